"""``/metrics`` scraped during real traffic agrees with the database (issue 6, must-show 4).

FHIR bundles from the shared corpus go to a uvicorn server over HTTP, HL7 v2 corpus messages to the
MLLP listener over TCP, drafts come from the TGI protocol simulator and go to the stand-in EMR. A bad
message, a duplicate of each protocol, a leak-gate refusal and a dead-lettered delivery are provoked.
``/metrics`` (and the listener's own endpoint) is fetched with a real HTTP GET and parsed with
prometheus_client's parser: every counter's movement is compared with the rows it describes, the
gauges with the database's GROUP BY, and the whole output is searched for the corpus patients'
names and numbers.

The counters are process-wide (the pytest process holds those of earlier tests too), so each check
compares the movement between two scrapes with the rows of this test's fresh database.

The second test is the production shape: PostgreSQL, Redis, a Celery prefork worker and the MLLP
listener as separate processes, each scraped on its own ``MEDGO_METRICS_PORT``.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from cryptography.fernet import Fernet
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import func, select

from connectors.hl7v2.batch import split_file
from connectors.hl7v2.parse import parse
from connectors.mllp.client import SyncMllpClient
from connectors.mllp.server import RunningServer
from integration import apikeys, metrics
from integration.db import session_scope
from integration.models import Delivery, Draft, InboundMessage, Job, VaultEntry
from integration.settings import Settings
from medgo_bridge import exporter
from medgo_bridge.wiring import build_app, build_services
from tests.conftest import ROOT, sample
from tests.test_pipeline import EN_PHI, ZH_PHI

FHIR = {"Content-Type": "application/fhir+json"}
ARTIFACTS = ROOT / "test-artifacts" / "metrics"
FHIR_FILES = [
    "Clemente_Kreiger_1484a42d-0eaf-4654-9cbf-6b050a5cd73b.json",
    "Buster_Hoeger_ad2e3fc5-2b5d-4cb9-8d03-9ea0f4ac8423.json",
]
DEAD_DELIVERY_FILE = "Gustavo_Mejía_59a8543c-e24f-4a01-b28b-47ccde6bc11d.json"
HL7_FILES = ["cdc-ti_005_MN_ADT_A01.hl7", "hapi_adt_a03.hl7", "cdc-ti_002_CA_ORU_R01.hl7", "hapi_ADT_A01.hl7"]
HL7_MALFORMED = "malformed/cdc-iis_testencoding.hl7"  # two messages, both refused (CR 100)
BAD_BUNDLE = b'{"resourceType": "Bundle", "type": "not-a-bundle-type", "entry": []}'

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


# --- scraping ------------------------------------------------------------------------------------


class Scrape:
    """One GET of a metrics endpoint, parsed by prometheus_client's own parser."""

    def __init__(self, url: str) -> None:
        response = httpx.get(url, timeout=30)
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith("text/plain")
        self.text = response.text
        self.samples: Samples = {}
        # Names, help texts and label values: everything but the numbers.
        self.words: list[str] = []
        for family in text_string_to_metric_families(self.text):
            self.words += [family.name, family.documentation]
            for s in family.samples:
                self.samples[(s.name, frozenset(s.labels.items()))] = s.value
                self.words += list(s.labels.values())

    def total(self, name: str, **labels: str) -> float:
        want = set(labels.items())
        return sum(v for (n, ls), v in self.samples.items() if n == name and want <= ls)

    def by(self, name: str, *keys: str) -> dict[tuple[str, ...], float]:
        """Samples of ``name`` summed by the given labels (zeros dropped)."""
        out: dict[tuple[str, ...], float] = {}
        for (n, ls), v in self.samples.items():
            if n == name:
                labels = dict(ls)
                key = tuple(labels.get(k, "") for k in keys)
                out[key] = out.get(key, 0.0) + v
        return {k: v for k, v in out.items() if v}

    def has(self, name: str) -> bool:
        return any(n == name for n, _ in self.samples)


def moved(before: Scrape, after: Scrape, name: str, **labels: str) -> float:
    return after.total(name, **labels) - before.total(name, **labels)


def moved_by(before: Scrape, after: Scrape, name: str, *keys: str) -> dict[tuple[str, ...], float]:
    a, b = after.by(name, *keys), before.by(name, *keys)
    return {k: a.get(k, 0) - b.get(k, 0) for k in set(a) | set(b) if a.get(k, 0) != b.get(k, 0)}


# --- what the database says ----------------------------------------------------------------------


def db_counts(services: Any) -> dict[str, Any]:
    with session_scope(services.sessions) as session:
        rows = session.execute(
            select(InboundMessage.protocol, InboundMessage.source, InboundMessage.kind, InboundMessage.duplicate_count)
        ).all()
        received: Counter[tuple[str, str, str]] = Counter()
        duplicates: Counter[str] = Counter()
        for protocol, source, kind, dup in rows:
            received[(protocol, source, metrics.type_label(protocol, kind))] += 1 + dup
            duplicates[protocol] += dup
        messages = {
            (p, s): n
            for p, s, n in session.execute(
                select(InboundMessage.protocol, InboundMessage.status, func.count()).group_by(
                    InboundMessage.protocol, InboundMessage.status
                )
            )
        }
        return {
            "received": received,
            "duplicates": duplicates,
            "rejected": Counter(
                dict(
                    session.execute(
                        select(InboundMessage.protocol, func.count())
                        .where(InboundMessage.status == "rejected")
                        .group_by(InboundMessage.protocol)
                    ).all()
                )
            ),
            "messages": messages,
            "processed": session.scalar(select(func.count()).where(InboundMessage.status == "processed")) or 0,
            "jobs": {
                (t, s): n
                for t, s, n in session.execute(select(Job.task, Job.state, func.count()).group_by(Job.task, Job.state))
            },
            "dead_codes": dict(
                session.execute(
                    select(Job.error_code, func.count()).where(Job.state == "dead").group_by(Job.error_code)
                ).all()
            ),
            "deliveries": {
                (t, s): n
                for t, s, n in session.execute(
                    select(Delivery.target, Delivery.state, func.count()).group_by(Delivery.target, Delivery.state)
                )
            },
            "delivered": session.scalar(select(func.count()).where(Delivery.state == "delivered")) or 0,
            "dead_deliveries": session.scalar(select(func.count()).where(Delivery.state == "dead")) or 0,
            "drafts": {
                (t, r): n
                for t, r, n in session.execute(
                    select(Draft.task, Draft.review_status, func.count()).group_by(Draft.task, Draft.review_status)
                )
            },
            "draft_count": session.scalar(select(func.count()).select_from(Draft)) or 0,
            "deidentified": session.scalar(select(func.count()).select_from(VaultEntry)) or 0,
        }


def assert_inbound_agrees(before: Scrape, after: Scrape, db: dict[str, Any], protocols: tuple[str, ...]) -> None:
    """The message counters moved exactly as the rows say, per protocol, source and type."""
    expected = {k: float(v) for k, v in db["received"].items() if k[0] in protocols}
    got = moved_by(before, after, "medgo_messages_received_total", "protocol", "source", "type")
    assert {k: v for k, v in got.items() if k[0] in protocols} == expected
    for protocol in protocols:
        stored = sum(v for k, v in expected.items() if k[0] == protocol)
        assert stored > 0, protocol
        assert moved(before, after, "medgo_messages_duplicates_total", protocol=protocol) == db["duplicates"][protocol]
        assert moved(before, after, "medgo_messages_rejected_total", protocol=protocol) == db["rejected"][protocol]
        # Every stored message was answered, and each answer is one observation of the latency.
        acknowledged = moved(before, after, "medgo_messages_acknowledged_total", protocol=protocol)
        assert acknowledged == stored, protocol
        assert moved(before, after, "medgo_ack_latency_seconds_count", protocol=protocol) == acknowledged


def assert_state_agrees(scrape: Scrape, db: dict[str, Any]) -> None:
    """The gauges are the database's GROUP BY, state by state (zeros included for known states)."""
    assert scrape.total("medgo_database_up") == 1
    assert scrape.by("medgo_messages", "protocol", "status") == {k: float(v) for k, v in db["messages"].items()}
    assert scrape.by("medgo_jobs", "task", "state") == {k: float(v) for k, v in db["jobs"].items()}
    assert scrape.by("medgo_deliveries", "target", "state") == {k: float(v) for k, v in db["deliveries"].items()}
    assert scrape.by("medgo_drafts", "task", "review_status") == {k: float(v) for k, v in db["drafts"].items()}
    assert scrape.by("medgo_jobs_dead", "code") == {(k,): float(v) for k, v in db["dead_codes"].items()}


# --- PHI ----------------------------------------------------------------------------------------


def bundle_phi(bundle: dict[str, Any]) -> list[str]:
    patient = next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient")
    values: list[str] = []
    for name in patient.get("name", []):
        values += [name.get("family", ""), *name.get("given", [])]
    values += [i.get("value", "") for i in patient.get("identifier", [])]
    values += [t.get("value", "") for t in patient.get("telecom", [])]
    values += [line for a in patient.get("address", []) for line in a.get("line", [])]
    return values


def hl7_phi(message: bytes) -> list[str]:
    pid = parse(message).first("PID")
    if pid is None:
        return []
    values = [rep.c(1) for rep in pid.reps(3)]
    values += [rep.c(1) for rep in pid.reps(5)] + [rep.c(2) for rep in pid.reps(5)]
    values += [rep.c(1) for rep in pid.reps(11)]
    return values


def assert_no_phi(scrapes: list[Scrape], phi: list[str]) -> None:
    values = sorted({v for v in phi if len(v) >= 4 and not v.isdigit()})
    numbers = sorted({v for v in phi if len(v) >= 4 and v.isdigit()})
    assert len(values) >= 10 and len(numbers) >= 2  # the check would be empty otherwise
    for scrape in scrapes:
        for value in values:  # names, addresses, MRN-like strings: nowhere in the output
            assert value not in scrape.text, f"PHI in the metrics output: {value[:2]}…"
        # Purely numeric identifiers only in names, help and labels: a sample value such as a latency
        # sum may contain any digit sequence by chance.
        words = "\n".join(scrape.words)
        for number in numbers:
            assert number not in words, f"an identifier in a metric name or label: {number[:2]}…"


# --- a real HTTP server --------------------------------------------------------------------------


class Server:
    """The bridge's API under uvicorn on a thread, on a port the kernel picked."""

    def __init__(self, app: Any) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        config = uvicorn.Config(app, log_config=None, access_log=False, lifespan="off", timeout_graceful_shutdown=2)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]}, daemon=True)
        self.thread.start()
        wait_for(lambda: bool(self.server.started) or not self.thread.is_alive(), 30, "the API server")
        assert self.thread.is_alive()

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def wait_for(predicate: Callable[[], bool], timeout: float, what: str, detail: Callable[[], str] = str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}\n{detail()}")
        time.sleep(0.1)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# --- embedded: one process, SQLite, in-process steps ----------------------------------------------


@pytest.fixture
def bridge(make_services: Any, llm: Any, emr: Any) -> Iterator[tuple[Any, Server]]:
    services = make_services(llm_url=llm.url, emr_fhir_url=emr.url)
    app = build_app(services)
    app.state.metrics_state.cache_s = 0  # each scrape reads the database afresh (production: a few seconds)
    server = Server(app)
    try:
        yield services, server
    finally:
        server.stop()


@pytest.mark.corpus
def test_metrics_move_in_agreement_with_the_database(
    bridge: tuple[Any, Server], corpus: Path, llm: Any, emr: Any, make_settings: Any, monkeypatch: Any
) -> None:
    services, api = bridge
    listener_metrics = exporter.start(make_settings(metrics_port=0))  # the listener's own endpoint
    listener_url = f"http://127.0.0.1:{listener_metrics.server_port}/metrics"
    phi: list[str] = list(EN_PHI)
    try:
        base, base_listener = Scrape(f"{api.url}/metrics"), Scrape(listener_url)

        # --- phase 1: corpus traffic, one bad message and one duplicate per protocol -------------
        with httpx.Client(base_url=api.url, timeout=120) as http:
            for name in FHIR_FILES:
                body = (corpus / "fhir" / "synthea" / name).read_bytes()
                phi += bundle_phi(json.loads(body))
                assert http.post("/fhir", content=body, headers=FHIR).status_code == 202
            assert http.post("/fhir", content=body, headers=FHIR).status_code == 200  # duplicate
            assert http.post("/fhir", content=BAD_BUNDLE, headers=FHIR).status_code == 422
        hl7 = [m for name in HL7_FILES for m in split_file(corpus / "hl7v2" / name)]
        malformed = split_file(corpus / "hl7v2" / HL7_MALFORMED)
        phi += [v for m in hl7 for v in hl7_phi(m)]
        listener = RunningServer(services, host="127.0.0.1", port=0)
        try:
            with SyncMllpClient("127.0.0.1", listener.port, timeout_s=60) as mllp:
                codes = [mllp.send(m).code for m in [*hl7, hl7[0], *malformed]]
        finally:
            listener.stop()  # every connection closed: every ACK written has been counted
        assert codes.count("CR") + codes.count("AR") == len(malformed)
        assert services.dispatcher.wait_idle(600)

        first, first_listener = Scrape(f"{api.url}/metrics"), Scrape(listener_url)
        db = db_counts(services)
        assert_inbound_agrees(base, first, db, ("fhir", "hl7v2"))
        assert db["duplicates"] == {"fhir": 1, "hl7v2": 1}
        assert db["rejected"] == {"fhir": 1, "hl7v2": len(malformed)}
        # The listener's endpoint serves the same process's counters, and no database state.
        assert moved(base_listener, first_listener, "medgo_messages_acknowledged_total", protocol="hl7v2") == sum(
            v for k, v in db["received"].items() if k[0] == "hl7v2"
        )
        assert not first_listener.has("medgo_messages") and first_listener.has("medgo_ack_latency_seconds_count")
        assert_state_agrees(first, db)
        assert db["delivered"] >= len(FHIR_FILES) and db["delivered"] == db["draft_count"]
        assert moved(base, first, "medgo_deliveries_delivered_total") == db["delivered"]
        assert len(emr.resources("DocumentReference")) == db["delivered"]
        assert moved(base, first, "medgo_drafts_created_total") == db["draft_count"]
        # Job stages: one observation per job that completed the stage.
        assert moved(base, first, "medgo_stage_duration_seconds_count", stage="deidentify") == db["deidentified"]
        assert moved(base, first, "medgo_stage_duration_seconds_count", stage="generate") == db["draft_count"]
        assert moved(base, first, "medgo_stage_duration_seconds_count", stage="deliver") == db["delivered"]
        assert moved(base, first, "medgo_step_runs_total", step="ingest", outcome="done") == db["processed"]
        assert moved(base, first, "medgo_step_runs_total", step="draft", outcome="done") == db["draft_count"]
        assert moved(base, first, "medgo_step_runs_total", step="deliver", outcome="done") == db["delivered"]
        # Model calls: one per chat completion the simulator served, with latency and tokens.
        calls = len(llm.chat_requests())
        assert calls >= db["draft_count"]
        assert moved(base, first, "medgo_model_requests_total", outcome="ok") == calls
        assert moved(base, first, "medgo_model_latency_seconds_count") == calls
        assert moved(base, first, "medgo_model_prompt_tokens_total") > 0
        assert moved(base, first, "medgo_model_completion_tokens_total") > 0
        assert first.by("medgo_queue_depth", "queue") == {}  # in-process backlog: all zero when idle
        assert {k for (n, ls), _ in first.samples.items() if n == "medgo_queue_depth" for k in ls} == {
            ("queue", "ingest"),
            ("queue", "inference"),
            ("queue", "delivery"),
        }

        # --- phase 2: a leak-gate refusal, then a delivery the EMR refuses outright --------------
        import integration.prompts as prompts

        with monkeypatch.context() as patch:
            # A template that smuggles the patient's surname into the prompt (as in test_pipeline).
            patch.setitem(prompts.SYSTEM, "en", prompts.SYSTEM["en"] + " The patient is Ellison.")
            assert httpx.post(f"{api.url}/fhir", content=sample("en_discharge.json"), headers=FHIR).status_code == 202
            assert services.dispatcher.wait_idle(300)
        emr.set_faults(fail_next=1, status=400)
        body = (corpus / "fhir" / "synthea" / DEAD_DELIVERY_FILE).read_bytes()
        phi += bundle_phi(json.loads(body))
        assert httpx.post(f"{api.url}/fhir", content=body, headers=FHIR, timeout=120).status_code == 202
        assert services.dispatcher.wait_idle(300)

        second = Scrape(f"{api.url}/metrics")
        db2 = db_counts(services)
        assert_inbound_agrees(base, second, db2, ("fhir", "hl7v2"))
        assert moved(first, second, "medgo_messages_received_total", protocol="fhir") == 2  # the counters move
        assert moved(first, second, "medgo_messages_received_total", protocol="hl7v2") == 0
        assert_state_agrees(second, db2)
        assert db2["dead_codes"].get("leak-gate") == 1
        assert moved(first, second, "medgo_leak_gate_refusals_total") == 1
        assert moved(first, second, "medgo_step_runs_total", step="draft", outcome="dead", code="leak-gate") == 1
        assert second.total("medgo_jobs_dead", code="leak-gate") == 1
        assert db2["dead_deliveries"] == 1
        assert moved(first, second, "medgo_delivery_failures_total", target="fhir", final="true") == 1
        dead_code = next(code for code in db2["dead_codes"] if code != "leak-gate")
        assert moved(first, second, "medgo_delivery_failures_total", code=dead_code, final="true") == 1
        assert moved(base, second, "medgo_deliveries_delivered_total") == db2["delivered"]

        assert_no_phi([base, first, first_listener, second], phi)
        # What was scraped, for a human to read (Prometheus text format).
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        for name, scrape in [("api-1", first), ("listener-1", first_listener), ("api-2", second)]:
            (ARTIFACTS / f"{name}.prom").write_text(scrape.text, encoding="utf-8")
    finally:
        listener_metrics.shutdown()


def test_an_unreachable_broker_is_a_gauge_not_a_failed_scrape(make_services: Any) -> None:
    from fastapi.testclient import TestClient

    services = make_services(dispatch="celery", task_mode="celery", broker_url=f"redis://127.0.0.1:{free_port()}/0")
    client = TestClient(build_app(services))
    response = client.get("/metrics")
    assert response.status_code == 200
    families = {f.name: f for f in text_string_to_metric_families(response.text)}
    assert families["medgo_broker_up"].samples[0].value == 0
    assert families["medgo_database_up"].samples[0].value == 1
    assert "medgo_queue_depth" not in families


def test_metrics_need_the_api_key_when_not_public(make_services: Any) -> None:
    from fastapi.testclient import TestClient

    services = make_services(api_auth=True, metrics_public=False)
    with session_scope(services.sessions) as session:
        key = apikeys.create(session, "prometheus")
    client = TestClient(build_app(services))
    assert client.get("/metrics").status_code == 401
    assert client.get("/metrics", headers={"Authorization": f"Bearer {key}"}).status_code == 200
    public = TestClient(build_app(make_services(api_auth=True)))
    assert public.get("/metrics").status_code == 200  # the default: no key needed on the internal network


def test_sender_controlled_labels_stay_bounded() -> None:
    assert metrics.hl7_type_label("ADT^A01^ADT_A01") == "ADT^A01"
    assert metrics.hl7_type_label("ORU~R01") == "ORU^R01"  # a non-default component separator
    assert metrics.hl7_type_label("Smith^John") == "invalid"
    assert metrics.hl7_type_label("") == "unknown"
    assert metrics.fhir_type_label("notification:Jane Doe") == "notification:other"
    assert metrics.fhir_type_label("transaction") == "transaction"
    assert metrics.fhir_type_label("made-up") == "other"
    bounded = metrics._Bounded(2)
    assert [bounded(v) for v in ("a", "b", "c", "a")] == ["a", "b", "other", "a"]


# --- production shape: separate processes, PostgreSQL, Redis -------------------------------------


@pytest.mark.services
@pytest.mark.corpus
def test_each_process_serves_its_own_counters_and_they_add_up_to_the_database(
    postgres_url: str, redis_url: str, corpus: Path, llm: Any, emr: Any, tmp_path: Path
) -> None:
    env = {
        "MEDGO_DATABASE_URL": postgres_url,
        "MEDGO_BROKER_URL": redis_url,
        "MEDGO_TASK_MODE": "celery",
        "MEDGO_EMR_FHIR_URL": emr.url,
        "MEDGO_LLM_URL": llm.url,
        "MEDGO_DATA_DIR": str(tmp_path / "data"),
        "MEDGO_VAULT_KEY": Fernet.generate_key().decode(),
        "MEDGO_TASK_RETRY_BACKOFF_S": "0.2",
        "MEDGO_TASK_RETRY_BACKOFF_MAX_S": "2",
        "MEDGO_LOG_LEVEL": "WARNING",
        "MEDGO_MLLP_HOST": "127.0.0.1",
    }
    settings = Settings.model_validate({k.removeprefix("MEDGO_").lower(): v for k, v in env.items()})
    services = build_services(settings, dispatch="celery")
    app = build_app(services)
    app.state.metrics_state.cache_s = 0
    with session_scope(services.sessions) as session:
        key = apikeys.create(session, "synthea-emr")
    api = Server(app)
    procs: list[subprocess.Popen[bytes]] = []
    worker_port, listener_port, mllp_port = free_port(), free_port(), free_port()

    def spawn(name: str, args: list[str], metrics_port: int, extra: dict[str, str]) -> None:
        log = (tmp_path / f"{name}.log").open("wb")
        procs.append(
            subprocess.Popen(
                [sys.executable, "-m", "medgo_bridge", *args],
                cwd=ROOT,
                env={**os.environ, **env, "MEDGO_METRICS_PORT": str(metrics_port), **extra},
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        )

    def logs() -> str:
        return "".join(p.read_text(errors="replace")[-3000:] for p in sorted(tmp_path.glob("*.log")))

    def up(url: str) -> bool:
        try:
            return httpx.get(url, timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    try:
        # A prefork pool: the tasks run in forked children, so this exercises multiprocess mode.
        spawn("worker", ["worker", "--concurrency", "2", "--loglevel", "WARNING"], worker_port, {})
        spawn("listener", ["mllp", "--port", str(mllp_port)], listener_port, {})
        worker_url = f"http://127.0.0.1:{worker_port}/metrics"
        listener_url = f"http://127.0.0.1:{listener_port}/metrics"
        wait_for(lambda: up(worker_url) and up(listener_url), 120, "the metrics endpoints", logs)

        phi: list[str] = []
        headers = {**FHIR, "Authorization": f"Bearer {key}"}
        base = Scrape(f"{api.url}/metrics")  # this process's counters hold earlier tests' counts too
        with httpx.Client(base_url=api.url, timeout=120) as http:
            body = (corpus / "fhir" / "synthea" / FHIR_FILES[0]).read_bytes()
            phi += bundle_phi(json.loads(body))
            assert http.post("/fhir", content=body, headers=headers).status_code == 202
            assert http.post("/fhir", content=body, headers=headers).status_code == 200
        hl7 = [m for name in HL7_FILES[:2] for m in split_file(corpus / "hl7v2" / name)]
        malformed = split_file(corpus / "hl7v2" / HL7_MALFORMED)
        phi += [v for m in hl7 for v in hl7_phi(m)]
        wait_for(lambda: up_tcp(mllp_port), 60, "the MLLP listener", logs)
        with SyncMllpClient("127.0.0.1", mllp_port, timeout_s=60) as mllp:
            for message in [*hl7, hl7[0], *malformed]:
                mllp.send(message)

        def settled() -> bool:
            db = db_counts(services)
            unfinished = sum(n for (_p, s), n in db["messages"].items() if s not in ("processed", "rejected"))
            busy = sum(n for (_t, s), n in db["jobs"].items() if s not in ("delivered", "dead"))
            return not unfinished and not busy and db["delivered"] == db["draft_count"]

        wait_for(settled, 300, "every message processed and every draft delivered", logs)
        db = db_counts(services)
        assert db["delivered"] >= 1

        worker, listener, state = Scrape(worker_url), Scrape(listener_url), Scrape(f"{api.url}/metrics")
        # The listener: every HL7 message it stored, acknowledged, timed; nothing of the others.
        hl7_stored = sum(v for k, v in db["received"].items() if k[0] == "hl7v2")
        assert listener.total("medgo_messages_received_total", protocol="hl7v2") == hl7_stored
        assert listener.total("medgo_messages_acknowledged_total", protocol="hl7v2") == hl7_stored
        assert listener.total("medgo_ack_latency_seconds_count", protocol="hl7v2") == hl7_stored
        assert listener.total("medgo_messages_duplicates_total") == db["duplicates"]["hl7v2"] == 1
        assert listener.total("medgo_messages_rejected_total") == db["rejected"]["hl7v2"] == len(malformed)
        assert listener.total("medgo_messages_received_total", protocol="fhir") == 0
        # The worker (two forked children, added up by the parent's endpoint): the pipeline's events.
        assert worker.total("medgo_step_runs_total", step="ingest", outcome="done") == db["processed"]
        assert worker.total("medgo_stage_duration_seconds_count", stage="deliver") == db["delivered"]
        assert worker.total("medgo_stage_duration_seconds_count", stage="generate") == db["draft_count"]
        assert worker.total("medgo_deliveries_delivered_total") == db["delivered"]
        assert worker.total("medgo_model_requests_total", outcome="ok") == len(llm.chat_requests())
        assert worker.total("medgo_messages_received_total") == 0
        # The API: its own FHIR counters, and the state of the whole deployment.
        fhir_stored = sum(v for k, v in db["received"].items() if k[0] == "fhir")
        assert moved(base, state, "medgo_messages_acknowledged_total", protocol="fhir") == fhir_stored == 2
        assert moved(base, state, "medgo_ack_latency_seconds_count", protocol="fhir") == fhir_stored
        assert moved(base, state, "medgo_messages_duplicates_total", protocol="fhir") == db["duplicates"]["fhir"]
        assert_state_agrees(state, db)
        assert state.total("medgo_broker_up") == 1
        assert state.by("medgo_queue_depth", "queue") == {}  # all three queues present and empty
        assert sum(1 for n, _ in state.samples if n == "medgo_queue_depth") == 3
        assert_no_phi([worker, listener, state], phi)
    finally:
        for proc in procs:
            if proc.poll() is None:
                os.killpg(proc.pid, 15)
        for proc in procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, 9)
                proc.wait(timeout=10)
        api.stop()
        services.engine.dispose()


def up_tcp(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


# --- JSON logs: correlation ids -------------------------------------------------------------------


def test_pipeline_log_lines_carry_correlation_ids_and_no_phi(
    make_services: Any, llm: Any, emr: Any, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    import logging

    from fastapi.testclient import TestClient

    import integration.prompts as prompts
    from medgo_bridge.logs import configure

    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    configure()  # the JSON renderer, writing to this test's captured stderr
    try:
        services = make_services(llm_url=llm.url, emr_fhir_url=emr.url)
        client = TestClient(build_app(services))
        emr.set_faults(fail_next=1, status=503)  # one failed delivery attempt, then retried: a warning
        assert client.post("/fhir", content=sample("zh_discharge.json"), headers=FHIR).status_code == 202
        assert services.dispatcher.wait_idle(120)
        with monkeypatch.context() as patch:  # a leak-gate refusal: a warning from the draft step
            patch.setitem(prompts.SYSTEM, "en", prompts.SYSTEM["en"] + " The patient is Ellison.")
            assert client.post("/fhir", content=sample("en_discharge.json"), headers=FHIR).status_code == 202
            assert services.dispatcher.wait_idle(120)
    finally:
        root.handlers[:], _ = saved
        root.setLevel(saved[1])
    err = capsys.readouterr().err
    lines = [json.loads(line) for line in err.splitlines() if line.startswith("{")]
    failed = [line for line in lines if line.get("event") == "step failed"]
    with session_scope(services.sessions) as session:
        jobs = {j.id: j for j in session.scalars(select(Job))}
        drafts = {d.id: d for d in session.scalars(select(Draft))}
    deliver = next(line for line in failed if line["step"] == "deliver")
    draft = drafts[deliver["draft_id"]]
    assert deliver["job_id"] == draft.job_id and deliver["message_id"] == jobs[draft.job_id].trigger_message_id
    refused = next(line for line in failed if line["step"] == "draft")
    assert refused["code"] == "leak-gate"
    assert refused["message_id"] == jobs[refused["job_id"]].trigger_message_id
    # Bound per step run: the runner thread's previous step (the other patient's delivery) left nothing.
    assert "draft_id" not in refused
    for phi in [*EN_PHI, *ZH_PHI]:
        assert phi not in err


def test_the_periodic_reconciler_counts_what_it_publishes_again(make_services: Any, monkeypatch: Any) -> None:
    import workers.tasks
    from integration.ingest import receive_fhir

    class Lost:
        """A broker that accepted nothing: the message is committed and never published."""

        def ingest(self, _id: int) -> None: ...

        draft = deliver = ingest

    services = make_services(reconcile_after_s=0.001)
    runner, services.dispatcher = services.dispatcher, Lost()
    receive_fhir(services, sample("en_discharge.json"), source="default", content_type="application/fhir+json")
    services.dispatcher = runner
    monkeypatch.setattr(workers.tasks, "_services", services)
    from prometheus_client import REGISTRY

    def reconciled() -> float:
        return REGISTRY.get_sample_value("medgo_reconciled_total", {"kind": "messages"}) or 0.0

    before = reconciled()
    time.sleep(0.01)  # older than MEDGO_RECONCILE_AFTER_S (1 ms): not an assertion on time
    assert workers.tasks.reconcile_task() >= 1
    assert reconciled() - before == 1
    assert runner.wait_idle(120)
