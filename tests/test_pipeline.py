"""The whole flow in-process against the TGI simulator and the stand-in EMR.

Safety invariants checked here: no identifier in any prompt, the real name in the delivered note,
exactly one note per draft under redelivery and lost responses, every draft preliminary and
AI-labelled, failures dead-lettered with PHI-free reasons.
"""

from __future__ import annotations

import base64
import json
import logging
from typing import Any

import pytest
from fastapi.testclient import TestClient
from fhir.resources.R4B.documentreference import DocumentReference
from fhir.resources.R4B.provenance import Provenance
from sqlalchemy import select

from integration import delivery, drafting
from integration.db import session_scope
from integration.models import Delivery, Draft, Job
from medgo_bridge.wiring import build_app
from tests.conftest import sample

FHIR = {"Content-Type": "application/fhir+json"}
EN_PHI = [
    "Ellison",
    "Margaret",
    "MRN-48213377",
    "555-0142",
    "m.ellison@example.org",
    "42 Wren Lane",
    "Milford",
    "1948-03-14",
    "Okafor",
    "Chidi",
    "Riverside General",
    "617-555-0199",
    "Anne",  # a relative named only in a nurse's note, caught beside the known surname
]
ZH_PHI = [
    "王秀英",
    "秀英",
    "ZY20260117",
    "43010219560317002X",
    "13812345678",
    "五一大道",
    "张伟",
    "李建国",
    "13912345678",
    "江城市第一人民医院",
    "1956-03-17",
]


def _run(services: Any, *names: str) -> TestClient:
    client = TestClient(build_app(services), raise_server_exceptions=False)
    for name in names:
        assert client.post("/fhir", content=sample(name), headers=FHIR).status_code == 202
    assert services.dispatcher.wait_idle(120)
    return client


def _note_text(doc: dict[str, Any]) -> str:
    return base64.b64decode(doc["content"][0]["attachment"]["data"]).decode("utf-8")


def _prompts(llm: Any) -> str:
    return json.dumps([r["body"] for r in llm.requests()], ensure_ascii=False)


def test_drafts_reach_the_emr_with_real_names_and_prompts_hold_none(
    make_services: Any, emr: Any, llm: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    services = make_services(emr_fhir_url=emr.url, llm_url=llm.url)
    client = _run(services, "en_discharge.json", "zh_discharge.json")

    docs, provs = emr.resources("DocumentReference"), emr.resources("Provenance")
    assert len(docs) == 2 and len(provs) == 2
    prompts = _prompts(llm)
    assert "<PERSON_1>" in prompts
    for phi in EN_PHI + ZH_PHI:
        assert phi not in prompts, f"identifier reached the model: {phi[:2]}…"
    by_lang = {d["content"][0]["attachment"]["language"]: d for d in docs}
    assert "Margaret June Ellison" in _note_text(by_lang["en"])
    assert "王秀英" in _note_text(by_lang["zh-CN"])
    assert _note_text(by_lang["zh-CN"]).startswith("【AI生成草稿")
    for doc in docs:
        DocumentReference.model_validate(doc)
        assert doc["docStatus"] == "preliminary" and doc["status"] == "current"
        assert doc["meta"]["security"][0]["code"] == "AIAST"
        assert "securityLabel" not in doc
        assert doc["type"]["coding"][0]["code"] == "18842-5"
        assert doc["content"][0]["attachment"]["contentType"] == "text/plain; charset=utf-8"
    for prov in provs:
        Provenance.model_validate(prov)
        assert prov["target"][0]["reference"].startswith("DocumentReference/")
        assert prov["reason"][0]["coding"][0]["code"] == "AIAST"
        assert any(e["role"] == "derivation" for e in prov["entity"])
    # the read API says where each draft went
    drafts = client.get("/drafts").json()["items"]
    assert {d["delivery"]["state"] for d in drafts} == {"delivered"}
    assert all(d["delivery"]["document_ref"].startswith("DocumentReference/") for d in drafts)
    assert {d["backend"] for d in drafts} == {"tgi"}
    # nothing we logged carries an identifier
    logged = "\n".join(r.getMessage() + json.dumps(r.__dict__, default=str, ensure_ascii=False) for r in caplog.records)
    for phi in EN_PHI + ZH_PHI:
        assert phi not in logged


def test_redelivery_and_redrafting_make_no_second_note(make_services: Any, emr: Any) -> None:
    services = make_services(emr_fhir_url=emr.url)
    _run(services, "en_discharge.json")
    with session_scope(services.sessions) as session:
        draft = session.scalars(select(Draft)).one()
        job = session.scalars(select(Job)).one()
    for _ in range(3):
        delivery.deliver_draft(services, draft.id)
        assert drafting.draft_job(services, job.id) is None  # delivered: nothing to redo
    assert len(emr.resources("DocumentReference")) == 1


def test_a_lost_response_after_the_emr_stored_the_note_makes_no_duplicate(make_services: Any, emr: Any) -> None:
    """The EMR commits, then the connection drops (as when a worker dies mid-delivery)."""
    emr.set_faults(drop_after_commit_next=1)
    services = make_services(emr_fhir_url=emr.url)
    _run(services, "en_discharge.json")
    assert len(emr.resources("DocumentReference")) == 1
    with session_scope(services.sessions) as session:
        row = session.scalars(select(Delivery)).one()
        assert row.state == "delivered" and row.attempts == 2


def test_emr_ignoring_conditional_create_still_gets_one_note(make_services: Any, emr_server: Any) -> None:
    from connectors.emr_simulator import EmrSimulatorConfig, EmrSimulatorServer

    with EmrSimulatorServer(EmrSimulatorConfig(conditional_create=False)) as epic_like:
        services = make_services(emr_fhir_url=epic_like.url)
        _run(services, "zh_discharge.json")
        with session_scope(services.sessions) as session:
            draft_id = session.scalars(select(Draft.id)).one()
            # a worker killed after the EMR stored the note, before we recorded it
            row = session.scalars(select(Delivery)).one()
            row.state, row.document_ref = "in_progress", None
        delivery.deliver_draft(services, draft_id)
        assert len(epic_like.resources("DocumentReference")) == 1


def test_emr_outage_is_retried_then_delivered(make_services: Any, emr: Any) -> None:
    emr.set_faults(fail_next=2, status=503)
    services = make_services(emr_fhir_url=emr.url)
    _run(services, "en_discharge.json")
    assert len(emr.resources("DocumentReference")) == 1


def test_emr_rejection_is_dead_lettered_with_a_phi_free_reason(make_services: Any, emr: Any) -> None:
    emr.set_faults(fail_next=50, status=400)
    services = make_services(emr_fhir_url=emr.url)
    client = _run(services, "en_discharge.json")
    draft = client.get("/drafts").json()["items"][0]
    assert draft["delivery"]["state"] == "dead"
    assert "400" in draft["delivery"]["last_error"]
    job = client.get(f"/jobs/{draft['job_id']}").json()
    assert job["state"] == "dead"
    for phi in EN_PHI:
        assert phi not in json.dumps(draft) + json.dumps(job)


def test_model_overload_is_retried(make_services: Any, emr: Any, llm: Any) -> None:
    llm.set_faults(fail_next=3, status=503, error_type="overloaded")
    services = make_services(emr_fhir_url=emr.url, llm_url=llm.url)
    _run(services, "en_discharge.json")
    assert len(emr.resources("DocumentReference")) == 1


def test_leak_gate_fails_closed_and_nothing_is_sent(make_services: Any, llm: Any, monkeypatch: Any) -> None:
    import integration.prompts as prompts

    real = prompts.SYSTEM["en"]
    # A template that smuggles the patient's surname into the prompt must be stopped.
    monkeypatch.setitem(prompts.SYSTEM, "en", real + " The patient is Ellison.")
    services = make_services(llm_url=llm.url)
    client = _run(services, "en_discharge.json")
    job = client.get("/jobs").json()["items"][0]
    assert job["state"] == "dead" and job["error_code"] == "leak-gate"
    assert "Ellison" not in job["error"]
    assert llm.requests() == [] or all(r["path"] in {"/info", "/health"} for r in llm.requests())


def test_reasoning_blocks_never_reach_the_note(make_services: Any, emr: Any, llm: Any) -> None:
    # A server that reasons even under a grammar (the simulator's "think" fault): the block is removed.
    llm.set_faults(think=True)
    services = make_services(emr_fhir_url=emr.url, llm_url=llm.url)
    client = _run(services, "en_discharge.json")
    note = _note_text(emr.resources("DocumentReference")[0])
    assert "<think>" not in note and "</think>" not in note
    assert "reasoning-removed" in client.get("/drafts").json()["items"][0]["flags"]


def test_without_an_emr_drafts_stay_here(make_services: Any) -> None:
    services = make_services()
    client = _run(services, "en_discharge.json")
    item = client.get("/drafts").json()["items"][0]
    assert item["delivery"] == {**item["delivery"], "state": "stored", "target": "none", "endpoint": None}
    assert "Margaret June Ellison" in client.get(f"/drafts/{item['id']}").json()["text"]
