"""The console in a real headless Chromium against a real server holding real corpus data.

A uvicorn server (random port) runs the whole bridge: FHIR bundles from the shared corpus arrive
over HTTP, HL7 v2 messages over MLLP, drafts come from the TGI protocol simulator and go to the
stand-in EMR. One delivery is made to fail so there is a dead letter. Chromium (Debian's package,
driven by Playwright) signs in, visits every page, checks what it shows, replays the dead letter
with the button, and saves a screenshot of each page under ``test-artifacts/console/``.
"""

from __future__ import annotations

import html
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from sqlalchemy import func, select

from connectors.hl7v2.batch import split_file
from connectors.mllp.client import SyncMllpClient
from connectors.mllp.server import RunningServer
from integration.api.console import auth
from integration.db import session_scope
from integration.models import AuditEvent, Delivery, Draft, InboundMessage, Job
from medgo_bridge.wiring import build_app
from tests.conftest import ROOT, require_module, unavailable

pytestmark = pytest.mark.corpus

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "test-artifacts" / "console"
PASSWORD = "browser-test-password-1"
FHIR_FILES = [
    "Clemente_Kreiger_1484a42d-0eaf-4654-9cbf-6b050a5cd73b.json",
    "Buster_Hoeger_ad2e3fc5-2b5d-4cb9-8d03-9ea0f4ac8423.json",
]
DEAD_FILE = "Gustavo_Mejía_59a8543c-e24f-4a01-b28b-47ccde6bc11d.json"
HL7_FILES = [
    "cdc-ti_005_MN_ADT_A01.hl7",
    "hapi_adt_a03.hl7",
    "cdc-ti_002_CA_ORU_R01.hl7",
    "dcm4che_ADT-A08.hl7",
    "malformed/cdc-iis_testencoding.hl7",
]
# From cdc-ti_005_MN_ADT_A01.hl7 (PID-3, PID-5, PID-11): must not show in the masked view.
A01_PHI = ["11102779", "SARAH", "555 STATE HIGHWAY", "DEER CREEK"]


class Server:
    """The bridge's API under uvicorn on a thread, on a port the kernel picked."""

    def __init__(self, app: Any) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, log_config=None, access_log=False, lifespan="off", timeout_graceful_shutdown=2)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]}, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the API server did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture
def chromium() -> Path:
    require_module("playwright", "playwright")
    if not CHROMIUM.exists():
        unavailable(f"{CHROMIUM} not found: apt-get install -y chromium")
    return CHROMIUM


@pytest.fixture
def loaded(make_services: Any, corpus: Path, llm: Any, emr: Any) -> Iterator[tuple[Any, Server, Any]]:
    """A running bridge holding corpus data: drafts delivered, one refused message, one dead delivery."""
    import httpx

    services = make_services(llm_url=llm.url, emr_fhir_url=emr.url, console_cookie_secure=False)
    with session_scope(services.sessions) as session:
        auth.create_user(session, "ops.admin", "admin", PASSWORD)
    server = Server(build_app(services))
    try:
        with httpx.Client(base_url=server.url, timeout=60) as http:
            for name in FHIR_FILES:
                body = (corpus / "fhir" / "synthea" / name).read_bytes()
                response = http.post("/fhir", content=body, headers={"Content-Type": "application/fhir+json"})
                assert response.status_code == 202, response.text
            with RunningServer(services, port=0) as listener, SyncMllpClient("127.0.0.1", listener.port) as mllp:
                for name in HL7_FILES:
                    for message in split_file(corpus / "hl7v2" / name):
                        mllp.send(message)
            assert services.dispatcher.wait_idle(300)
            # The EMR refuses the next write outright: that delivery is dead-lettered.
            emr.set_faults(fail_next=1, status=400)
            body = (corpus / "fhir" / "synthea" / DEAD_FILE).read_bytes()
            response = http.post("/fhir", content=body, headers={"Content-Type": "application/fhir+json"})
            assert response.status_code == 202
            assert services.dispatcher.wait_idle(300)
        yield services, server, emr
    finally:
        server.stop()


def _shot(page: Any, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_console_pages_in_headless_chromium(chromium: Path, loaded: tuple[Any, Server, Any]) -> None:
    from playwright.sync_api import sync_playwright

    services, server, emr = loaded
    with session_scope(services.sessions) as session:
        received = session.scalar(select(func.count()).select_from(InboundMessage)) or 0
        a01 = session.scalars(select(InboundMessage).where(InboundMessage.control_id == "407750281")).one()
        fhir_message = session.scalars(select(InboundMessage).where(InboundMessage.protocol == "fhir")).first()
        dead_job = session.scalars(select(Job).where(Job.state == "dead")).one()
        draft_id = session.scalars(select(Draft.id).where(Draft.job_id != dead_job.id)).first()
        refused = session.scalar(select(func.count()).where(InboundMessage.status == "rejected")) or 0
    assert fhir_message is not None and draft_id is not None and refused >= 1
    documents_before = len(emr.resources("DocumentReference"))

    shutil.rmtree(SHOTS, ignore_errors=True)
    SHOTS.mkdir(parents=True)
    base = f"{server.url}/console"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(chromium), headless=True, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        try:
            page.goto(f"{base}/")
            assert page.url.endswith("/console/login")  # not signed in: sent to the login form
            _shot(page, "01-login")
            page.fill("#name", "ops.admin")
            page.fill("#password", "wrong password here")
            page.click("button[type=submit]")
            assert "Unknown user or wrong password" in page.inner_text(".alert")
            page.fill("#name", "ops.admin")
            page.fill("#password", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_url(f"{base}/")
            # From here on, any error in the browser's console (a CSP violation, a missing file) fails.
            errors: list[str] = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

            # Dashboard: throughput, queue depth per state, model server and de-identification status.
            assert page.inner_text("#signed-in-user") == "ops.admin"
            assert page.inner_text("#received-day") == str(received)
            assert "delivered" in page.inner_text("#depth-jobs") and "dead" in page.inner_text("#depth-jobs")
            assert "ok" in page.inner_text("#model-status")  # the TGI simulator answers /health
            assert "ok" in page.inner_text("#deid-status")
            _shot(page, "02-dashboard")

            # Message journal: everything received, searchable by control id.
            page.click("nav >> text=Messages")
            assert page.locator("#messages tbody tr").count() == min(received, 50)
            page.fill("#f-control_id", "407750281")
            page.click("form.filters button[type=submit]")
            assert page.locator("#messages tbody tr").count() == 1
            _shot(page, "03-messages")

            # HL7 detail: one row per segment, identifiers masked.
            page.click(f"#messages a[href='/console/messages/{a01.id}']")
            segments = page.inner_text("#segments")
            assert "PID" in segments and "PV1" in segments and "ADT^A01" in segments and "‹name›" in segments
            content = html.unescape(page.content())
            assert not [v for v in A01_PHI if v in content], "the masked HL7 view shows identifiers"
            _shot(page, "04-message-hl7-masked")

            # "Show identifiers" (admin may): shown, and the view is in the audit trail.
            page.click("#show-identifiers")
            assert "Identifiers shown" in page.inner_text("#unmasked-banner")
            assert "SMITH^BB SARAH" in page.inner_text("#segments")
            _shot(page, "05-message-hl7-identifiers-shown")
            assert "?" not in page.url  # nothing about the request (let alone PHI) in the address

            page.goto(f"{base}/messages/{fhir_message.id}")
            assert page.locator("#resources tbody tr").count() > 10
            assert "Patient" in page.inner_text("#resources")
            _shot(page, "06-message-fhir-masked")

            # Jobs and one job.
            page.click("nav >> text=Jobs")
            assert page.locator("#jobs tbody tr").count() >= 3
            _shot(page, "07-jobs")
            page.goto(f"{base}/jobs/{dead_job.id}")
            assert "dead" in page.inner_text("h1") and str(dead_job.error_code) in page.inner_text("dl.facts")
            _shot(page, "08-job-dead")

            # Drafts and one draft: text, flags, provenance, delivery.
            page.click("nav >> text=Drafts")
            assert page.locator("#drafts tbody tr").count() >= 2
            _shot(page, "09-drafts")
            page.goto(f"{base}/drafts/{draft_id}")
            note = page.inner_text("#draft-text")
            assert note.startswith(("AI draft", "【AI")) and "‹name›" in note  # banner first, patient masked
            provenance = page.inner_text("#provenance")
            assert "OpenMedZoo/MedGo" in provenance and "structured-first" in provenance
            assert "delivered" in page.inner_text("#delivery")
            _shot(page, "10-draft")

            # Sources and rules.
            page.click("nav >> text=Sources")
            assert "inpatient-discharge" in page.inner_text("#rules")
            assert "hl7v2" in page.inner_text("#sources") and "fhir" in page.inner_text("#sources")
            _shot(page, "11-sources-and-rules")

            # Dead letters: the dead delivery and the refused message; replay the delivery by its button.
            page.click("nav >> text=Dead letters")
            row = page.locator(f"#dl-job-{dead_job.id}")
            assert "deliver" in row.inner_text() and "400" in row.inner_text()
            assert page.locator("#dead-letters tbody tr").count() == 1 + refused
            _shot(page, "12-dead-letters")
            row.locator(".replay-one").click()
            assert "1 replayed, 0 not replayed" in page.inner_text("#replay-results")
            assert services.dispatcher.wait_idle(120)
            page.goto(f"{base}/dead-letters")
            assert page.locator(f"#dl-job-{dead_job.id}").count() == 0
            _shot(page, "13-dead-letters-after-replay")

            # Audit trail: the unmasked view and the replay, with who did them.
            page.click("nav >> text=Audit")
            audit_text = page.inner_text("#audit")
            assert "phi-viewed" in audit_text and "replayed" in audit_text and "console:ops.admin" in audit_text
            _shot(page, "14-audit")
            page.click("nav >> text=Users")
            assert "ops.admin" in page.inner_text("#users")
            _shot(page, "15-users")

            page.click("text=Sign out")
            page.wait_for_url(f"{base}/login")
            page.goto(f"{base}/")
            assert page.url.endswith("/console/login")
        finally:
            browser.close()
    assert errors == [], f"browser console errors (CSP violations?): {errors}"

    with session_scope(services.sessions) as session:
        assert session.get(Job, dead_job.id).state == "delivered"  # type: ignore[union-attr]
        assert session.scalar(select(func.count()).where(Delivery.state == "dead")) == 0
        unmasked = list(session.scalars(select(AuditEvent).where(AuditEvent.action == "phi-viewed")))
    assert [(e.actor, e.entity_type, e.entity_id) for e in unmasked] == [("console:ops.admin", "message", a01.id)]
    assert len(emr.resources("DocumentReference")) == documents_before + 1  # the replayed note, once
    shots = sorted(p.name for p in SHOTS.glob("*.png"))
    assert len(shots) == 15 and all((SHOTS / s).stat().st_size > 5000 for s in shots)
    print(f"\nconsole screenshots: {SHOTS} ({len(shots)} pages)")
    assert re.fullmatch(r"\d\d-[a-z0-9-]+\.png", shots[0])
