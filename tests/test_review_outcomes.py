"""What clinicians do with a draft comes back from the EMR: signed or rejected, by FHIR and by HL7 v2."""

from __future__ import annotations

import json
import uuid
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from connectors.hl7v2.header import read_header
from integration import ingest
from integration.db import session_scope
from integration.ingest_hl7 import receive_hl7
from integration.models import AuditEvent, Draft, Job
from integration.review import draft_uuid_of, outcome_of
from medgo_bridge.wiring import build_app
from tests.conftest import sample

FHIR = {"Content-Type": "application/fhir+json"}


def _drafted(make_services: Any, llm: Any, emr: Any) -> tuple[Any, Draft]:
    services = make_services(llm_url=llm.url, emr_fhir_url=emr.url)
    client = TestClient(build_app(services), raise_server_exceptions=False)
    assert client.post("/fhir", content=sample("en_discharge.json"), headers=FHIR).status_code == 202
    assert services.dispatcher.wait_idle(60)
    with session_scope(services.sessions) as session:
        draft = session.scalars(select(Draft)).one()
        session.expunge(draft)
    return services, draft


def _txa(fields: dict[int, str]) -> str:
    return "|".join(["TXA", *(fields.get(i, "") for i in range(1, max(fields) + 1))])


def _status(services: Any, draft_id: int) -> str:
    with session_scope(services.sessions) as session:
        draft = session.get(Draft, draft_id)
        assert draft is not None
        return draft.review_status


def test_outcome_and_identifier_rules() -> None:
    value = str(uuid.uuid4())
    assert draft_uuid_of({"identifier": [{"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{value}"}]}) == value
    assert draft_uuid_of({"masterIdentifier": {"value": value.upper()}}) == value
    assert draft_uuid_of({"identifier": [{"value": "DOC-12"}]}) is None
    assert outcome_of({"status": "current", "docStatus": "preliminary"}) is None
    assert outcome_of({"status": "current", "docStatus": "final"}) == "signed"
    assert outcome_of({"status": "current", "docStatus": "amended"}) == "signed"
    assert outcome_of({"status": "entered-in-error", "docStatus": "final"}) == "rejected"


def test_a_signed_draft_sent_back_over_fhir_is_recorded_as_signed(make_services: Any, llm: Any, emr: Any) -> None:
    services, draft = _drafted(make_services, llm, emr)
    assert draft.review_status == "pending"
    stored = next(d for d in emr.resources("DocumentReference") if draft_uuid_of(d) == draft.uuid)
    assert stored["docStatus"] == "preliminary"
    # The clinician signs it in the EMR; the EMR's notification (or a sync) carries the new version.
    signed = {**stored, "docStatus": "final"}
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": signed}]}
    received = ingest.receive_fhir(
        services, json.dumps(bundle).encode(), source="emr", content_type="application/fhir+json"
    )
    assert not received.issues
    services.dispatcher.ingest(received.message_id)
    assert services.dispatcher.wait_idle(60)
    assert _status(services, draft.id) == "signed"
    with session_scope(services.sessions) as session:
        actions = list(session.scalars(select(AuditEvent.action).where(AuditEvent.entity_id == draft.id)))
        assert "draft-signed" in actions
        # A draft coming back is not a new clinical event for the same task.
        assert session.scalars(select(Job.task)).all().count("discharge_summary") == 1


def test_hl7_authentication_and_cancel_are_recorded(make_services: Any, llm: Any, emr: Any) -> None:
    services, draft = _drafted(make_services, llm, emr)

    def mdm(trigger: str, completion: str, control: str) -> bytes:
        segments = [
            f"MSH|^~\\&|EPIC|HOSP|MEDGO|HOSP|20240518103000||MDM^{trigger}|{control}|P|2.5.1",
            "EVN|" + trigger + "|20240518103000",
            "PID|1||MRN-REVIEW-1^^^HOSP^MR||Doe^Jane||19600101|F",
            "PV1|1|I",
            _txa(
                {
                    1: "1",
                    2: "18842-5",
                    3: "TX",
                    4: "20240518090000",
                    12: f"{draft.uuid}^MEDGO",
                    17: completion,
                    19: "AV",
                }
            ),
        ]
        return ("\r".join(segments) + "\r").encode()

    def send(raw: bytes) -> None:
        reading = read_header(raw)
        stored = receive_hl7(services, raw, source=reading.source, header=reading.header, problem=reading.problem)
        services.dispatcher.ingest(stored.message_id)
        assert services.dispatcher.wait_idle(60)

    send(mdm("T04", "LA", "R1"))  # legally authenticated: signed
    assert _status(services, draft.id) == "signed"
    send(mdm("T11", "LA", "R2"))  # cancelled afterwards: rejected, and that is final
    assert _status(services, draft.id) == "rejected"
    send(mdm("T08", "AU", "R3"))
    assert _status(services, draft.id) == "rejected"
