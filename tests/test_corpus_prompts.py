"""Over every bundle and message in the shared corpus: no identifier the record knows reaches the model.

Each item is pushed alone through the real pipeline (FHIR: the receive path of POST /fhir; HL7 v2:
the MLLP store path) against the TGI simulator, whose journal records every request; then the
patient's identifiers, as the record holds them, are searched for in exactly that item's prompts.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from connectors.hl7v2.batch import split_messages
from connectors.hl7v2.header import read_header
from integration import ingest
from integration.context import record_identifiers
from integration.db import session_scope
from integration.ingest_hl7 import receive_hl7
from integration.inprocess import InProcessDispatcher
from integration.models import Job

pytestmark = pytest.mark.corpus


def _identifiers(services: Any, job_ids: list[int]) -> set[str]:
    values: set[str] = set()
    with session_scope(services.sessions) as session:
        for job in session.scalars(select(Job).where(Job.id.in_(job_ids))):
            _patient, known = record_identifiers(session, job.patient_ref)
            for item in known:
                value = item.value.strip()
                # the same floor the de-identifier uses: one character, or a short number, is not an identifier
                if len(value) >= 2 and not (value.isdigit() and len(value) < 4):
                    values.add(value)
    return values


def _items(corpus: Path) -> list[tuple[str, str, bytes]]:
    items: list[tuple[str, str, bytes]] = []
    for path in sorted((corpus / "fhir").rglob("*.json")) + sorted((corpus / "zh").glob("*.json")):
        items.append(("fhir", path.name, path.read_bytes()))
    for path in sorted((corpus / "hl7v2").glob("*.hl7")):
        for index, message in enumerate(split_messages(path.read_bytes()), start=1):
            items.append(("hl7v2", f"{path.name}#{index}", message))
    return items


def test_no_known_identifier_in_any_prompt(corpus: Path, make_services: Any, llm: Any) -> None:
    services = make_services(llm_url=llm.url)
    assert isinstance(services.dispatcher, InProcessDispatcher)
    drafted = 0
    for protocol, name, raw in _items(corpus):
        llm.clear()
        with session_scope(services.sessions) as session:
            before = set(session.scalars(select(Job.id)))
        if protocol == "fhir":
            received = ingest.receive_fhir(services, raw, source="corpus", content_type="application/fhir+json")
            if received.issues:
                continue  # not a Bundle (a lone resource); stored and answered 4xx
            services.dispatcher.ingest(received.message_id)
        else:
            reading = read_header(raw)
            stored = receive_hl7(services, raw, source=reading.source, header=reading.header, problem=reading.problem)
            if reading.problem is not None or stored.duplicate:
                continue
            services.dispatcher.ingest(stored.message_id)
        assert services.dispatcher.wait_idle(120), name
        with session_scope(services.sessions) as session:
            new_jobs = [j for j in session.scalars(select(Job.id)) if j not in before]
        if not new_jobs:
            continue
        prompts = json.dumps([r["body"] for r in llm.requests()], ensure_ascii=False)
        drafted += 1 if prompts != "[]" else 0
        for value in _identifiers(services, new_jobs):
            assert value not in prompts, f"{name}: an identifier from the record reached the model"
    # the corpus does exercise the model path: Synthea patients, ADT discharges, ORU results
    assert drafted >= 10
