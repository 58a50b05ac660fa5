"""The default rules of the new tasks: which events make a documentation review or a nursing handoff."""

from __future__ import annotations

from typing import Any

from integration import record
from integration.db import session_scope
from integration.record import Change

PATIENT = {"resourceType": "Patient", "id": "p1", "name": [{"family": "Doe", "given": ["Ann"]}]}
STAY = {
    "resourceType": "Encounter",
    "id": "e1",
    "status": "in-progress",
    "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "IMP"},
    "subject": {"reference": "Patient/p1"},
    "period": {"start": "2026-05-10T08:00:00+08:00"},
}


def _note(nid: str, loinc: str, doc_status: str, date: str = "2026-05-12T16:00:00+08:00") -> dict[str, Any]:
    return {
        "resourceType": "DocumentReference",
        "id": nid,
        "status": "current",
        "docStatus": doc_status,
        "type": {"coding": [{"system": "http://loinc.org", "code": loinc}]},
        "subject": {"reference": "Patient/p1"},
        "date": date,
        "context": {"encounter": [{"reference": "Encounter/e1"}]},
        "content": [{"attachment": {"contentType": "text/plain; charset=utf-8", "data": "Tm90ZQ=="}}],
    }


def _evaluate(services: Any, resource: dict[str, Any], event: str) -> list[tuple[str, str]]:
    change = Change(resource["resourceType"], resource["id"], "created", "Patient/p1", None)
    with session_scope(services.sessions) as session:
        record.upsert(session, [PATIENT, STAY, resource], None)
        return [(s.task, s.rule) for s in services.rules.evaluate(session, [change], event)]


def test_a_signed_note_arriving_on_its_own_is_reviewed(make_services: Any) -> None:
    services = make_services()
    note = _note("d1", "18842-5", "final")
    assert _evaluate(services, note, "MDM^T02") == [("documentation_qa", "documentation-review")]
    later = {**note, "id": "d2", "date": "2026-05-14T09:00:00+08:00"}
    assert _evaluate(services, later, "fhir:event-notification") == [("documentation_qa", "documentation-review")]


def test_unsigned_notes_and_notes_in_a_history_bundle_are_not_reviewed(make_services: Any) -> None:
    services = make_services()
    # our own AI drafts are preliminary: never reviewed (and never a loop) until a clinician signs them
    assert _evaluate(services, _note("d1", "18842-5", "preliminary"), "MDM^T02") == []
    # a FHIR bundle that carries the record's past carries old notes too: not an event
    assert _evaluate(services, _note("d2", "18842-5", "final"), "fhir:transaction") == []


def test_a_nurses_signed_shift_record_makes_a_handoff(make_services: Any) -> None:
    services = make_services()
    assert _evaluate(services, _note("n1", "34746-8", "final"), "MDM^T02") == [
        ("nursing_handoff", "nursing-shift-handoff")
    ]
    # the next shift's record is another resource, so another handoff
    later = _note("n2", "34746-8", "final", date="2026-05-13T00:00:00+08:00")
    assert _evaluate(services, later, "MDM^T02") == [("nursing_handoff", "nursing-shift-handoff")]


def test_a_ward_transfer_makes_a_handoff_and_an_admission_a_differential(make_services: Any) -> None:
    services = make_services()
    assert _evaluate(services, STAY, "ADT^A02") == [("nursing_handoff", "transfer-handoff")]
    assert _evaluate(services, STAY, "ADT^A01") == [("admission_ddx", "admission-differential")]


def test_document_types_follow_the_report_kind_and_the_differential_setting(make_settings: Any) -> None:
    import pytest
    from pydantic import ValidationError

    from integration.draft_tasks import document_type, get_task

    results = get_task("result_interpretation")
    assert document_type(results, focus_kind="lab") == ("11502-2", "Laboratory report")
    assert document_type(results, focus_kind="imaging") == ("18748-4", "Diagnostic imaging study")
    ddx = get_task("admission_ddx")
    assert document_type(ddx) == ("51848-0", "Evaluation note")
    assert document_type(ddx, ddx_code=make_settings(ddx_loinc_code="11488-4").ddx_loinc_code) == (
        "11488-4",
        "Consult note",
    )
    with pytest.raises(ValidationError):
        make_settings(ddx_loinc_code="99999-9")
