"""The operations console through HTTP: sign-in, roles, masking, the audit of unmasking, CSRF, replay.

Every test drives the real app (``build_app``) with a real database and the in-process pipeline;
replays are checked by letting the pipeline finish the work, not by inspecting the reset alone.
"""

from __future__ import annotations

import html
import json
import logging
import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from connectors.mllp.client import SyncMllpClient
from connectors.mllp.server import RunningServer
from integration.api.console import auth
from integration.db import session_scope
from integration.models import AuditEvent, ConsoleSession, ConsoleUser, Delivery, InboundMessage, Job
from medgo_bridge.wiring import build_app
from tests.conftest import sample

FHIR = {"Content-Type": "application/fhir+json"}
PASSWORD = "correct-horse-battery-staple"
ROLES = ("viewer", "operator", "privacy", "admin")

# From medgo_bridge/samples/en_discharge.json: the patient, a relative, the attending, the hospital.
EN_PHI = ["Ellison", "Margaret", "MRN-48213377", "555-0142", "42 Wren Lane", "1948-03-14", "Okafor", "617-555-0199"]

ADT = (
    "MSH|^~\\&|HIS|JCH|MEDGO|JCH|20260117102000+0800||ADT^A01^ADT_A01|ADT-CONSOLE-1|P|2.5|||AL|NE|CHN|UNICODE UTF-8\r"
    "EVN|A01|20260117102000+0800\r"
    "PID|1||ZY20260117^^^JCH^MR~43010219560317002X^^^CHN^NNCHN||王^秀英^^^^^L||19560317|F|||"
    "五一大道100号^^江城市^湖南省^410000^CHN||13812345678\r"
    "PV1|1|I|RESP^301^2^JCH||||1001^张^伟^^^^^^JCH||||||||||||V20260117001^^^JCH^VN|||||||||||||||||||||||||"
    "20260117102000+0800\r"
    "DG1|1||J18.9^肺炎^I10||20260117|A\r"
    "NTE|1||家属王秀英之女，电话13812345678，陪同入院\r"
).encode()
HL7_PHI = ["王秀英", "秀英", "ZY20260117", "43010219560317002X", "13812345678", "五一大道", "张^伟", "19560317"]


class Console:
    """A browser stand-in: keeps cookies, signs in through the form, reads CSRF tokens from pages."""

    def __init__(self, app: Any, *, base_url: str = "http://testserver") -> None:
        self.client = TestClient(app, base_url=base_url, raise_server_exceptions=False)

    def login(self, name: str, password: str = PASSWORD) -> Any:
        form = self.client.get("/console/login")
        token = re.search(r'name="login_csrf" value="([^"]+)"', form.text)
        assert token is not None
        return self.client.post(
            "/console/login",
            data={"name": name, "password": password, "login_csrf": token.group(1)},
            follow_redirects=False,
        )

    def csrf(self, page: str = "/console/") -> str:
        match = re.search(r'name="csrf" value="([^"]+)"', self.client.get(page).text)
        assert match is not None, f"no CSRF token on {page}"
        return match.group(1)

    def get(self, path: str) -> Any:
        return self.client.get(path, follow_redirects=False)

    def post(self, path: str, data: dict[str, Any], **kwargs: Any) -> Any:
        return self.client.post(path, data=data, follow_redirects=False, **kwargs)


def _text(response: Any) -> str:
    return html.unescape(response.text)


def _console_app(app: Any) -> Any:
    return next(r.app for r in app.routes if getattr(r, "path", "") == "/console")


@pytest.fixture
def bridge(make_services: Any) -> tuple[Any, Any]:
    """A bridge on SQLite with the in-process pipeline, and one console user per role."""
    services = make_services()
    with session_scope(services.sessions) as session:
        for role in ROLES:
            auth.create_user(session, role, role, PASSWORD)
    return services, build_app(services)


def _signed_in(app: Any, role: str) -> Console:
    console = Console(app)
    assert console.login(role).status_code == 303
    return console


def _ingest_sample(services: Any, app: Any, name: str = "en_discharge.json") -> None:
    client = TestClient(app)
    assert client.post("/fhir", content=sample(name), headers=FHIR).status_code == 202
    assert services.dispatcher.wait_idle(120)


def _audit(services: Any, action: str) -> list[AuditEvent]:
    with session_scope(services.sessions) as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)))


# --- signing in ------------------------------------------------------------------------------------


def test_pages_need_a_session_and_the_cookie_is_signed_httponly_strict_and_secure(make_services: Any) -> None:
    services = make_services(console_cookie_secure=True)
    with session_scope(services.sessions) as session:
        auth.create_user(session, "ops", "viewer", PASSWORD)
    app = build_app(services)
    anonymous = Console(app, base_url="https://testserver")
    for path in ("/console/", "/console/messages", "/console/dead-letters", "/console/drafts/1"):
        response = anonymous.get(path)
        assert response.status_code == 303 and response.headers["location"] == "/console/login"

    console = Console(app, base_url="https://testserver")
    response = console.login("ops")
    assert response.status_code == 303 and response.headers["location"] == "/console/"
    cookie = next(c for c in response.headers.get_list("set-cookie") if c.startswith("medgo_console="))
    attributes = {a.strip().split("=")[0].lower() for a in cookie.split(";")[1:]}
    assert {"httponly", "secure", "samesite", "path"} <= attributes
    assert "samesite=strict" in cookie.lower()
    assert console.get("/console/").status_code == 200

    token = cookie.split(";")[0].split("=", 1)[1].rpartition(".")[0]
    with session_scope(services.sessions) as session:
        stored = session.scalars(select(ConsoleSession.token_hash)).all()
        user = session.scalars(select(ConsoleUser)).one()
    assert len(stored) == 1 and token not in stored[0]  # only a hash of the token is kept
    assert user.password_hash.startswith("scrypt$") and PASSWORD not in user.password_hash

    # A cookie whose signature does not match is no session at all.
    forged = Console(app, base_url="https://testserver")
    forged.client.cookies.set("medgo_console", token + ".AAAA", path="/console")
    assert forged.get("/console/").status_code == 303

    # The embedded demo runs on plain HTTP: there the cookie is not Secure, or it would never be sent.
    embedded = make_services(data_dir=services.settings.data_dir.parent / "embedded")
    with session_scope(embedded.sessions) as session:
        auth.create_user(session, "ops", "viewer", PASSWORD)
    plain = Console(build_app(embedded)).login("ops")
    assert "secure" not in plain.headers["set-cookie"].lower()


def test_wrong_passwords_lock_the_account_and_are_audited(bridge: tuple[Any, Any]) -> None:
    services, app = bridge
    console = Console(app)
    for _ in range(auth.MAX_FAILURES_BEFORE_LOCK):
        response = console.login("viewer", "not-the-password")
        assert response.status_code == 401 and "Unknown user or wrong password" in response.text
    # Locked now: even the right password is refused until the lock runs out.
    locked = console.login("viewer")
    assert locked.status_code == 429 and "Too many failed sign-ins for this account" in locked.text
    failures = _audit(services, "sign-in-failed")  # the attempt during the lock is recorded too
    assert len(failures) == auth.MAX_FAILURES_BEFORE_LOCK + 1
    assert [e.detail["locked"] for e in failures] == [False] * auth.MAX_FAILURES_BEFORE_LOCK + [True]
    # An unknown account gets the same answer as a wrong password (no account discovery).
    unknown = console.login("nobody")
    assert unknown.status_code == 401 and "Unknown user or wrong password" in unknown.text

    with session_scope(services.sessions) as session:
        auth.set_password(session, "viewer", PASSWORD + "-new")  # an admin reset clears the lock
    assert console.login("viewer", PASSWORD + "-new").status_code == 303
    assert _audit(services, "signed-in")[-1].actor == "console:viewer"


def test_one_address_spraying_passwords_is_throttled(bridge: tuple[Any, Any]) -> None:
    _services, app = bridge
    _console_app(app).state.throttle = auth.AddressThrottle(max_failures=3, window_s=60)
    console = Console(app)
    for role in ("viewer", "operator", "privacy"):  # one guess per account: no account lock applies
        assert console.login(role, "Summer2026!!!").status_code == 401
    throttled = console.login("admin")
    assert throttled.status_code == 429 and int(throttled.headers["retry-after"]) >= 1


def test_logout_ends_the_session_on_the_server(bridge: tuple[Any, Any]) -> None:
    services, app = bridge
    console = _signed_in(app, "viewer")
    cookie = console.client.cookies.get("medgo_console")
    assert cookie is not None
    response = console.post("/console/logout", {"csrf": console.csrf()})
    assert response.status_code == 303 and response.headers["location"] == "/console/login"
    with session_scope(services.sessions) as session:
        assert session.scalar(select(func.count()).select_from(ConsoleSession)) == 0
    # The old cookie, replayed by someone who copied it, no longer works.
    stolen = Console(app)
    stolen.client.cookies.set("medgo_console", cookie, path="/console")
    assert stolen.get("/console/").status_code == 303
    assert [e.actor for e in _audit(services, "signed-out")] == ["console:viewer"]


def test_idle_sessions_expire(make_services: Any) -> None:
    services = make_services(console_idle_minutes=1)
    with session_scope(services.sessions) as session:
        auth.create_user(session, "ops", "viewer", PASSWORD)
    app = build_app(services)
    console = _signed_in(app, "ops")
    assert console.get("/console/").status_code == 200
    with session_scope(services.sessions) as session:
        row = session.scalars(select(ConsoleSession)).one()
        row.last_seen_at = row.last_seen_at.replace(year=row.last_seen_at.year - 1)
    assert console.get("/console/").status_code == 303


# --- CSRF and roles --------------------------------------------------------------------------------


def test_state_changing_forms_need_the_csrf_token_and_a_same_origin(bridge: tuple[Any, Any]) -> None:
    services, app = bridge
    _ingest_sample(services, app)
    console = _signed_in(app, "admin")
    for path in ("/console/dead-letters/replay", "/console/messages/1/identifiers", "/console/logout"):
        missing = console.post(path, {"item": "job:1"})
        assert missing.status_code == 400 and "Form refused" in missing.text, path
        wrong = console.post(path, {"item": "job:1", "csrf": "x" * 43})
        assert wrong.status_code == 400, path
    cross = console.post(
        "/console/messages/1/identifiers", {"csrf": console.csrf()}, headers={"Origin": "https://evil.example"}
    )
    assert cross.status_code == 403
    assert _audit(services, "phi-viewed") == []  # none of the refused requests showed anything
    # The login form has its own token (login CSRF): a form posted without it is refused.
    forged = Console(app).client.post("/console/login", data={"name": "admin", "password": PASSWORD})
    assert forged.status_code == 400


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("viewer", set()),
        ("operator", {"replay"}),
        ("privacy", {"unmask", "audit"}),
        ("admin", {"replay", "unmask", "audit", "users"}),
    ],
)
def test_roles_decide_what_a_user_may_do(bridge: tuple[Any, Any], role: str, allowed: set[str]) -> None:
    services, app = bridge
    _ingest_sample(services, app)
    console = _signed_in(app, role)
    csrf = console.csrf()
    for path in ("/console/", "/console/messages", "/console/jobs", "/console/drafts", "/console/sources"):
        assert console.get(path).status_code == 200, path
    checks = {
        "audit": console.get("/console/audit"),
        "users": console.get("/console/users"),
        "unmask": console.post("/console/drafts/1/identifiers", {"csrf": csrf}),
        "replay": console.post("/console/dead-letters/replay", {"csrf": csrf, "item": "job:1"}),
    }
    for permission, response in checks.items():
        expected = 200 if permission in allowed else 403
        assert response.status_code == expected, (role, permission, response.status_code)
    page = console.get("/console/drafts/1").text
    assert ('id="show-identifiers"' in page) == ("unmask" in allowed)


# --- masking and the audit of unmasking ------------------------------------------------------------


def _phi_in_logs(records: list[logging.LogRecord], phi: list[str]) -> list[str]:
    found = []
    for record in records:
        text = record.getMessage() + json.dumps({k: str(v) for k, v in record.__dict__.items()}, ensure_ascii=False)
        found += [value for value in phi if value in text]
    return found


def test_hl7_message_is_shown_masked_and_unmasking_is_audited(
    bridge: tuple[Any, Any], caplog: pytest.LogCaptureFixture
) -> None:
    services, app = bridge
    caplog.set_level(logging.DEBUG)
    with RunningServer(services, port=0) as listener, SyncMllpClient("127.0.0.1", listener.port) as client:
        assert client.send(ADT).code == "CA"
    assert services.dispatcher.wait_idle(120)
    with session_scope(services.sessions) as session:
        message_id = session.scalars(select(InboundMessage.id)).one()

    viewer = _signed_in(app, "viewer")
    journal = viewer.get("/console/messages?control_id=ADT-CONSOLE")
    assert journal.status_code == 200 and f"/console/messages/{message_id}" in journal.text
    masked = _text(viewer.get(f"/console/messages/{message_id}"))
    assert '<th class="seg">PID</th>' in masked and "PID-5" in masked and "‹name›" in masked
    assert "ADT^A01^ADT_A01" in masked and "J18.9^肺炎^I10" in masked  # the clinical content stays readable
    leaked = [value for value in HL7_PHI if value in masked]
    assert not leaked, f"masked view shows {leaked}"
    assert _audit(services, "phi-viewed") == []  # masked views are not PHI views

    privacy = _signed_in(app, "privacy")
    shown = privacy.post(f"/console/messages/{message_id}/identifiers", {"csrf": privacy.csrf()})
    assert shown.status_code == 200
    unmasked = _text(shown)
    assert "王^秀英" in unmasked and "ZY20260117" in unmasked and "13812345678" in unmasked
    assert "Identifiers shown" in unmasked
    (event,) = _audit(services, "phi-viewed")
    assert (event.actor, event.entity_type, event.entity_id) == ("console:privacy", "message", message_id)
    assert event.detail["role"] == "privacy" and event.at is not None
    assert f"event {event.id}" in unmasked
    # The audit trail itself holds no PHI, and the privacy officer can read it in the console.
    assert not [v for v in HL7_PHI if v in json.dumps(event.detail, ensure_ascii=False)]
    assert "phi-viewed" in privacy.get("/console/audit?action=phi-viewed").text

    assert not _phi_in_logs(caplog.records, HL7_PHI), "PHI reached a log line"


def test_fhir_bundle_and_draft_are_masked_and_each_unmasked_view_is_audited(
    bridge: tuple[Any, Any], caplog: pytest.LogCaptureFixture
) -> None:
    services, app = bridge
    caplog.set_level(logging.DEBUG)
    _ingest_sample(services, app)
    viewer = _signed_in(app, "viewer")

    message = _text(viewer.get("/console/messages/1"))
    assert "Patient/" in message and "‹name›" in message and "‹identifier›" in message
    assert not [v for v in EN_PHI if v in message]

    draft = _text(viewer.get("/console/drafts/1"))
    assert "AI draft" in draft and "Pneumonia" in draft  # the note is there, with identities masked
    assert "Provenance" in draft and "Prompt version" in draft and "De-id policy" in draft
    assert not [v for v in [*EN_PHI, "Anne"] if v in draft], "the masked draft names someone"

    admin = _signed_in(app, "admin")
    first = _text(admin.post("/console/drafts/1/identifiers", {"csrf": admin.csrf()}))
    assert "Ellison" in first
    again = _text(admin.post("/console/messages/1/identifiers", {"csrf": admin.csrf()}))
    assert "MRN-48213377" in again
    events = _audit(services, "phi-viewed")
    assert [(e.actor, e.entity_type, e.entity_id) for e in events] == [
        ("console:admin", "draft", 1),
        ("console:admin", "message", 1),
    ]
    # Nothing identifying in any URL the console produced: unmasking is a POST without parameters.
    assert not [v for v in EN_PHI if v in str(admin.client.get("/console/messages").url)]
    assert not _phi_in_logs(caplog.records, EN_PHI), "PHI reached a log line"


# --- dead letters and replay -----------------------------------------------------------------------


def test_replaying_a_dead_delivery_delivers_it_once(make_services: Any, emr: Any) -> None:
    emr.set_faults(fail_next=1, status=400)  # the EMR refuses the first write: a permanent error
    services = make_services(emr_fhir_url=emr.url)
    with session_scope(services.sessions) as session:
        auth.create_user(session, "op", "operator", PASSWORD)
    app = build_app(services)
    _ingest_sample(services, app)
    with session_scope(services.sessions) as session:
        job = session.scalars(select(Job)).one()
        assert job.state == "dead" and job.error_code
        assert session.scalars(select(Delivery)).one().state == "dead"
    assert emr.resources("DocumentReference") == []

    console = _signed_in(app, "op")
    listing = _text(console.get("/console/dead-letters"))
    assert f'id="dl-job-{job.id}"' in listing and job.error_code in listing
    replayed = console.post("/console/dead-letters/replay", {"csrf": console.csrf(), "item": f"job:{job.id}"})
    assert replayed.status_code == 200 and "1 replayed" in replayed.text and "queued for deliver" in replayed.text
    assert services.dispatcher.wait_idle(120)

    with session_scope(services.sessions) as session:
        assert session.get(Job, job.id).state == "delivered"  # type: ignore[union-attr]
        delivery = session.scalars(select(Delivery)).one()
        assert delivery.state == "delivered" and delivery.last_error is None
    assert len(emr.resources("DocumentReference")) == 1
    # Replaying again is refused (nothing is dead) and writes nothing more.
    twice = console.post("/console/dead-letters/replay", {"csrf": console.csrf(), "item": f"job:{job.id}"})
    assert "not a dead letter" in twice.text
    assert services.dispatcher.wait_idle(60)
    assert len(emr.resources("DocumentReference")) == 1
    (event,) = _audit(services, "replayed")
    assert (event.actor, event.entity_type, event.entity_id) == ("console:op", "job", job.id)
    assert "No dead letters" in console.get("/console/dead-letters").text


def test_replaying_a_job_that_died_drafting_drafts_it(make_services: Any, llm: Any) -> None:
    # The model server refuses the first request as unauthorised: a permanent error, dead-lettered at once.
    llm.set_faults(fail_next=1, status=401, error_type="authentication")
    services = make_services(llm_url=llm.url)
    with session_scope(services.sessions) as session:
        auth.create_user(session, "op", "operator", PASSWORD)
    app = build_app(services)
    _ingest_sample(services, app)
    with session_scope(services.sessions) as session:
        job = session.scalars(select(Job)).one()
    assert job.state == "dead" and job.error_code == "llm-auth"

    console = _signed_in(app, "op")
    result = _text(console.post("/console/dead-letters/replay", {"csrf": console.csrf(), "item": f"job:{job.id}"}))
    assert "queued for draft" in result
    assert services.dispatcher.wait_idle(120)
    with session_scope(services.sessions) as session:
        assert session.get(Job, job.id).state == "generated"  # type: ignore[union-attr]
        assert session.get(Job, job.id).attempts == 1  # type: ignore[union-attr]
    draft = _text(console.get("/console/drafts/1"))
    assert "stored" in draft and "Model" in draft  # kept here (no EMR configured), with provenance


def test_replaying_a_dead_message_ingests_it_and_refused_ones_stay_refused(bridge: tuple[Any, Any]) -> None:
    services, app = bridge
    mapper, services.hl7_mapper = services.hl7_mapper, None  # the ingest step cannot map HL7: dead
    with RunningServer(services, port=0) as listener, SyncMllpClient("127.0.0.1", listener.port) as client:
        assert client.send(ADT).code == "CA"
    assert services.dispatcher.wait_idle(120)
    refused = TestClient(app).post("/fhir", content=b'{"resourceType": "Bundle"}', headers=FHIR)
    assert refused.status_code >= 400
    with session_scope(services.sessions) as session:
        dead = session.scalars(select(InboundMessage).where(InboundMessage.protocol == "hl7v2")).one()
        rejected = session.scalars(select(InboundMessage).where(InboundMessage.status == "rejected")).one()
    assert dead.status == "dead"

    console = _signed_in(app, "admin")
    listing = _text(console.get("/console/dead-letters"))
    assert f'id="dl-message-{dead.id}"' in listing and f'id="dl-message-{rejected.id}"' in listing
    assert f'value="message:{rejected.id}"' not in listing  # refused messages offer no replay

    services.hl7_mapper = mapper  # the operator fixed the cause; now replay both
    result = _text(
        console.post(
            "/console/dead-letters/replay",
            {"csrf": console.csrf(), "item": [f"message:{dead.id}", f"message:{rejected.id}"]},
        )
    )
    assert "1 replayed, 1 not replayed" in result and "the sender was told and must resend" in result
    assert services.dispatcher.wait_idle(120)
    with session_scope(services.sessions) as session:
        assert session.get(InboundMessage, dead.id).status == "processed"  # type: ignore[union-attr]
        jobs = session.scalars(select(Job).where(Job.trigger_message_id == dead.id)).all()
    assert [j.task for j in jobs] == ["admission_ddx"] and jobs[0].state in {"generated", "delivered"}


def test_bulk_replay_of_everything_listed(make_services: Any, emr: Any) -> None:
    emr.set_faults(fail_next=2, status=422)
    services = make_services(emr_fhir_url=emr.url)
    with session_scope(services.sessions) as session:
        auth.create_user(session, "op", "operator", PASSWORD)
    app = build_app(services)
    _ingest_sample(services, app, "en_discharge.json")
    _ingest_sample(services, app, "zh_discharge.json")
    with session_scope(services.sessions) as session:
        assert sorted(session.scalars(select(Job.state))) == ["dead", "dead"]
    console = _signed_in(app, "op")
    page = console.get("/console/dead-letters").text
    assert "Replay all 2 listed" in page
    result = console.post("/console/dead-letters/replay", {"csrf": console.csrf(), "scope": "all", "kind": ""})
    assert "2 replayed, 0 not replayed" in _text(result)
    assert services.dispatcher.wait_idle(120)
    with session_scope(services.sessions) as session:
        assert sorted(session.scalars(select(Job.state))) == ["delivered", "delivered"]
    assert len(emr.resources("DocumentReference")) == 2
    assert len(_audit(services, "replayed")) == 2


# --- the other pages -------------------------------------------------------------------------------


def test_dashboard_sources_jobs_and_users_show_the_database_state(bridge: tuple[Any, Any]) -> None:
    services, app = bridge
    _ingest_sample(services, app, "en_discharge.json")
    _ingest_sample(services, app, "zh_discharge.json")
    console = _signed_in(app, "admin")

    dashboard = _text(console.get("/console/"))
    assert re.search(r'id="received-day">2<', dashboard) and re.search(r'id="drafts-day">2<', dashboard)
    assert 'id="depth-messages"' in dashboard and 'id="depth-jobs"' in dashboard
    assert 'id="depth-deliveries"' in dashboard
    assert "extractive" in dashboard  # model server status: none configured
    assert 'id="deid-status"' in dashboard and "recall" in dashboard

    sources = _text(console.get("/console/sources"))
    assert "inpatient-discharge" in sources and "result-interpretation" in sources and "18842-5" in sources
    assert "default" in sources and "fhir" in sources  # the embedded source that sent the bundles

    jobs = _text(console.get("/console/jobs?state=generated"))
    assert jobs.count('href="/console/jobs/') == 2
    assert "No job matches" in console.get("/console/jobs?state=dead").text
    drafts = _text(console.get("/console/drafts"))
    assert "Discharge summary" in drafts or "18842-5" in drafts

    users = _text(console.get("/console/users"))
    assert all(role in users for role in ROLES)

    headers = console.get("/console/").headers
    assert "default-src 'none'" in headers["content-security-policy"]
    assert headers["cache-control"] == "no-store" and headers["x-frame-options"] == "DENY"


def test_console_user_cli_takes_the_password_from_a_file_never_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from integration.settings import get_settings
    from medgo_bridge.cli import app as cli

    monkeypatch.setenv("MEDGO_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    secret = tmp_path / "pw"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    runner = CliRunner()
    try:
        created = runner.invoke(
            cli, ["console-user", "create", "li.wei", "--role", "operator", "--password-file", str(secret)]
        )
        assert created.exit_code == 0, created.output
        assert PASSWORD not in created.output
        short = tmp_path / "short"
        short.write_text("short\n", encoding="utf-8")
        refused = runner.invoke(cli, ["console-user", "create", "bob", "--password-file", str(short)])
        assert refused.exit_code == 1 and "at least 12 characters" in refused.output
        assert runner.invoke(cli, ["console-user", "role", "li.wei", "privacy"]).exit_code == 0
        listed = runner.invoke(cli, ["console-user", "list"])
        assert "li.wei\tprivacy\tactive" in listed.output
        # No TTY and no file: refuse instead of hanging on a prompt.
        assert runner.invoke(cli, ["console-user", "create", "carol"]).exit_code == 2
        help_text = runner.invoke(cli, ["console-user", "create", "--help"]).output
        assert "--password-file" in help_text and "--password " not in help_text

        from medgo_bridge.wiring import build_services

        services = build_services(get_settings(), dispatch="inprocess", resume=False)
        try:
            console = Console(build_app(services))
            assert console.login("li.wei").status_code == 303
            assert "privacy" in console.get("/console/").text
        finally:
            services.dispatcher.close()  # type: ignore[attr-defined]
            services.engine.dispose()
    finally:
        get_settings.cache_clear()
