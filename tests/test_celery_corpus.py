"""Production shape on real services: PostgreSQL, Redis, real Celery worker processes, the corpus.

Every Synthea bundle in ../shared/corpus goes POST -> job -> exactly one valid R4 DocumentReference
+ Provenance on the stand-in EMR, with the real name in the note and in no prompt. Then a worker
is killed with SIGKILL in the middle of a delivery, and a new worker finishes it: still one note.
"""

from __future__ import annotations

import base64
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet
from fastapi.testclient import TestClient
from fhir.resources.R4B.documentreference import DocumentReference
from fhir.resources.R4B.provenance import Provenance
from sqlalchemy import func, select

from integration import apikeys
from integration.db import session_scope
from integration.models import Delivery, Draft, Job
from integration.settings import Settings
from medgo_bridge.wiring import build_app, build_services
from tests.conftest import ROOT, load_json

pytestmark = pytest.mark.services


def wait_for(predicate: Callable[[], bool], timeout: float, what: str, stack: Stack | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.25)
    detail = f"\n{stack.state()}" if stack is not None else ""
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}{detail}")


class Stack:
    """The API in this process (Celery dispatch) and worker subprocesses sharing one configuration."""

    def __init__(self, env: dict[str, str], tmp: Path) -> None:
        self.env = env
        self.tmp = tmp
        self.settings = Settings.model_validate(
            {k.removeprefix("MEDGO_").lower(): v for k, v in env.items() if k.startswith("MEDGO_")}
        )
        self.services = build_services(self.settings, dispatch="celery")
        self.client = TestClient(build_app(self.services), raise_server_exceptions=False)
        with session_scope(self.services.sessions) as session:
            self.key = apikeys.create(session, "synthea-emr")
        self.workers: list[subprocess.Popen[bytes]] = []

    def start_worker(self, name: str) -> subprocess.Popen[bytes]:
        log = (self.tmp / f"{name}.log").open("wb")
        proc = subprocess.Popen(
            [sys.executable, "-m", "medgo_bridge", "worker", "--concurrency", "2", "--loglevel", "WARNING"],
            cwd=ROOT,
            env={**os.environ, **self.env},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: SIGKILL takes the pool children too
        )
        self.workers.append(proc)
        return proc

    def kill(self, proc: subprocess.Popen[bytes]) -> None:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)

    def post(self, raw: bytes) -> Any:
        return self.client.post(
            "/fhir",
            content=raw,
            headers={"Content-Type": "application/fhir+json", "Authorization": f"Bearer {self.key}"},
        )

    def count(self, stmt: Any) -> int:
        with session_scope(self.services.sessions) as session:
            return int(session.scalar(stmt) or 0)

    def state(self) -> str:
        """What the database and the workers say, for a failure message."""
        from integration.models import InboundMessage

        with session_scope(self.services.sessions) as session:
            msgs = [(m.id, m.status, m.error) for m in session.scalars(select(InboundMessage))]
            jobs = [(j.id, j.state, j.error) for j in session.scalars(select(Job))]
            dels = [(d.draft_id, d.state, d.attempts, d.last_error) for d in session.scalars(select(Delivery))]
        logs = "".join(p.read_text(errors="replace")[-3000:] for p in sorted(self.tmp.glob("*.log")))
        return f"messages={msgs}\njobs={jobs}\ndeliveries={dels}\nworker logs:\n{logs}"

    def close(self) -> None:
        for proc in self.workers:
            if proc.poll() is None:
                self.kill(proc)
        self.services.engine.dispose()


@pytest.fixture
def stack(postgres_url: str, redis_url: str, emr: Any, llm: Any, tmp_path: Path) -> Iterator[Stack]:
    env = {
        "MEDGO_DATABASE_URL": postgres_url,
        "MEDGO_BROKER_URL": redis_url,
        "MEDGO_TASK_MODE": "celery",
        "MEDGO_EMR_FHIR_URL": emr.url,
        "MEDGO_LLM_URL": llm.url,
        "MEDGO_DATA_DIR": str(tmp_path / "data"),
        "MEDGO_VAULT_KEY": Fernet.generate_key().decode(),
        "MEDGO_BROKER_VISIBILITY_TIMEOUT_S": "6",
        "MEDGO_DELIVERY_LEASE_S": "4",
        "MEDGO_TASK_RETRY_BACKOFF_S": "0.2",
        "MEDGO_TASK_RETRY_BACKOFF_MAX_S": "2",
        "MEDGO_LOG_LEVEL": "WARNING",
    }
    s = Stack(env, tmp_path)
    yield s
    s.close()


def _note(doc: dict[str, Any]) -> str:
    return base64.b64decode(doc["content"][0]["attachment"]["data"]).decode("utf-8")


def _patient(bundle: dict[str, Any]) -> dict[str, Any]:
    return next(e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Patient")


def test_every_synthea_bundle_yields_one_valid_note_through_celery(
    stack: Stack, corpus: Path, emr: Any, llm: Any
) -> None:
    files = sorted((corpus / "fhir" / "synthea").glob("*.json"))
    assert len(files) >= 7
    stack.start_worker("worker-1")
    for path in files:
        resp = stack.post(path.read_bytes())
        assert resp.status_code == 202, resp.text

    wait_for(
        lambda: (
            stack.count(select(func.count()).select_from(Delivery).where(Delivery.state == "delivered")) == len(files)
        ),
        300,
        "one delivered draft per bundle",
        stack,
    )
    assert stack.count(select(func.count()).select_from(Job)) == len(files)  # history made no extra jobs

    docs, provs = emr.resources("DocumentReference"), emr.resources("Provenance")
    assert len(docs) == len(files) and len(provs) == len(files)
    by_patient = {d["subject"]["reference"]: d for d in docs}
    prompts = json.dumps([r["body"] for r in llm.requests()], ensure_ascii=False)
    for path in files:
        patient = _patient(load_json(path))
        doc = by_patient[f"Patient/{patient['id']}"]
        DocumentReference.model_validate(doc)
        assert doc["docStatus"] == "preliminary" and doc["meta"]["security"][0]["code"] == "AIAST"
        name = patient["name"][0]
        full = " ".join([*name["given"], name["family"]])
        assert full in _note(doc), f"real name missing from the note for {path.name}"
        # Not the birth date: prompts of all seven patients are checked together, and one patient's
        # shifted dates may land on another's birthday. Per-patient birth dates: tests/test_pipeline.py.
        for identifier in [
            name["family"],
            *name["given"],
            patient["telecom"][0]["value"],
            patient["address"][0]["line"][0],
            *[i["value"] for i in patient["identifier"]],
        ]:
            assert identifier not in prompts, f"{path.name}: a structured identifier reached the model"
    for prov in provs:
        Provenance.model_validate(prov)
    # the workers' own logs (everything they wrote) carry no patient's name either
    logs = "".join(p.read_text(errors="replace") for p in stack.tmp.glob("*.log"))
    for path in files:
        name = _patient(load_json(path))["name"][0]
        assert name["family"] not in logs and name["given"][0] not in logs
    # the inpatient stay that closes Sammie Zemlak's record is a discharge summary; the others visits
    codes = sorted(d["type"]["coding"][0]["code"] for d in docs)
    assert "18842-5" in codes and "11506-3" in codes


def test_killed_worker_mid_delivery_and_redelivery_still_make_one_note(stack: Stack, emr: Any) -> None:
    sample = (ROOT / "medgo_bridge" / "samples" / "en_discharge.json").read_bytes()
    emr.set_faults(latency_s=3.0)  # every EMR call takes 3 s: time to kill the worker mid-call
    first = stack.start_worker("worker-doomed")
    assert stack.post(sample).status_code == 202
    wait_for(
        lambda: stack.count(select(func.count()).select_from(Delivery).where(Delivery.state == "in_progress")) == 1,
        120,
        "delivery in progress",
        stack,
    )
    stack.kill(first)
    emr.set_faults(latency_s=0.0)

    stack.start_worker("worker-rescue")
    wait_for(
        lambda: stack.count(select(func.count()).select_from(Delivery).where(Delivery.state == "delivered")) == 1,
        120,
        "the unacknowledged delivery to be redone by another worker",
        stack,
    )
    assert len(emr.resources("DocumentReference")) == 1

    # re-delivering through the broker again changes nothing
    with session_scope(stack.services.sessions) as session:
        draft_id = session.scalars(select(Draft.id)).one()
    for _ in range(3):
        stack.services.dispatcher.deliver(draft_id)
    time.sleep(2)
    assert len(emr.resources("DocumentReference")) == 1
    with session_scope(stack.services.sessions) as session:
        assert session.scalars(select(Delivery.attempts)).one() >= 2
