"""Draft scoring against the ledger, and shadow runs of stored jobs through a candidate model server."""

from __future__ import annotations

import json
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from typer.testing import CliRunner

from inference.model_server import ModelServerBackend
from inference.simulator import SimulatorServer
from integration.context import record_identifiers
from integration.db import session_scope
from integration.draft_eval import Score, score_citations, shadow
from integration.draft_tasks import get_task
from integration.models import Delivery, Draft, VaultEntry
from integration.settings import get_settings
from medgo_bridge.cli import app
from medgo_bridge.wiring import build_app
from tests.conftest import sample

FHIR = {"Content-Type": "application/fhir+json"}


def test_scores_count_citations_sentences_and_omissions() -> None:
    citations = {
        "structured": True,
        "sentences": [
            {"cites": ["S1"], "issues": []},
            {"cites": ["S2", "S9"], "issues": ["unknown-citation:S9"]},
            {"cites": ["S3"], "issues": ["number:7.5"]},
            {"cites": [], "issues": ["uncited"]},
        ],
        "omissions": {"allergies": ["S4"], "pending-results": ["S5"]},
    }
    score = score_citations(citations, {"allergies", "abnormal-results", "pending-results", "discharge-medications"})
    # S1 and S2 are supported; S9 names no fact; S3 does not carry the number written beside it.
    assert (score.citations, score.supported_citations) == (4, 2)
    assert score.citation_precision == 0.5
    assert (score.sentences, score.unsupported) == (4, 3)
    assert score.omission_rate == 0.5
    total = score + score_citations({"structured": False, "sentences": [], "omissions": {}}, set())
    assert (total.drafts, total.structured) == (2, 1)
    assert Score().citation_precision is None  # nothing cited: no precision to speak of


def test_shadow_rescores_stored_drafts_and_a_candidate_without_writing(make_services: Any, llm: Any, emr: Any) -> None:
    services = make_services(llm_url=llm.url, emr_fhir_url=emr.url)
    client = TestClient(build_app(services), raise_server_exceptions=False)
    for name in ("en_discharge.json", "zh_discharge.json"):
        assert client.post("/fhir", content=sample(name), headers=FHIR).status_code == 202
    assert services.dispatcher.wait_idle(60)

    def counts() -> tuple[int, int, int]:
        with session_scope(services.sessions) as session:
            return (
                session.scalar(select(func.count(Draft.id))) or 0,
                session.scalar(select(func.count(Delivery.id))) or 0,
                session.scalar(select(func.count(VaultEntry.id))) or 0,
            )

    before = counts()
    assert before[0] == 2
    with SimulatorServer() as candidate_server:
        # Newest first: the Chinese draft is re-run first, and this candidate invents a potassium value
        # there; the English one gets the simulator's own (grounded) answer.
        title = get_task("discharge_summary").sections("zh")[0]
        invented = {"text": "血钾 9.9 mmol/L。", "cites": ["S1"]}
        candidate_server.script(json.dumps({"sections": [{"title": title, "sentences": [invented]}]}))
        candidate = ModelServerBackend(candidate_server.url, model="candidate-model", revision="r2")
        report = shadow(services, candidate, limit=10)
        prompts = json.dumps([r["body"] for r in candidate_server.chat_requests()], ensure_ascii=False)

    assert counts() == before  # no draft, no delivery, no vault row written by a shadow run
    data = report.as_dict()
    assert data["drafts"] == 2 and data["failed"] == 0
    assert data["baseline"]["structured"] == 2
    assert data["baseline"]["citation_precision"] == 1.0 and data["baseline"]["unsupported_rate"] == 0.0
    cand = data["candidate_scores"]
    assert cand["drafts"] == 2 and cand["unsupported"] >= 1
    assert cand["unsupported_rate"] > data["baseline"]["unsupported_rate"]
    assert data["candidate"]["model"] == "candidate-model"
    for row in data["rows"]:
        assert row["baseline"]["template"].endswith("@2") and row["candidate"]["revision"] == "r2"
    # The candidate saw de-identified prompts only: nothing the record knows reached it.
    with session_scope(services.sessions) as session:
        refs = list(session.scalars(select(Draft.patient_ref)))
        known = [k.value for ref in refs for k in record_identifiers(session, ref)[1] if len(k.value) >= 4]
    assert known and not [v for v in known if v in prompts]
    # The report itself holds ids and numbers, no text from the record.
    dumped = json.dumps(data, ensure_ascii=False)
    assert not [v for v in known if v in dumped]


def test_shadow_cli_prints_scores(make_services: Any, llm: Any, monkeypatch: Any, tmp_path: Any) -> None:
    services = make_services(llm_url=llm.url)
    client = TestClient(build_app(services), raise_server_exceptions=False)
    assert client.post("/fhir", content=sample("en_discharge.json"), headers=FHIR).status_code == 202
    assert services.dispatcher.wait_idle(60)
    for key, value in {
        "MEDGO_DATABASE_URL": services.settings.effective_database_url,
        "MEDGO_DATA_DIR": str(services.settings.data_dir),
        "MEDGO_LLM_URL": llm.url,
    }.items():
        monkeypatch.setenv(key, value)
    out = tmp_path / "shadow.json"
    get_settings.cache_clear()  # the CLI reads settings from the environment set above
    try:
        result = CliRunner().invoke(app, ["shadow", "--llm-url", llm.url, "--model", "m2", "--output", str(out)])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    assert "stored drafts" in result.output and "candidate m2@unknown" in result.output
    assert json.loads(out.read_text())["drafts"] == 1
