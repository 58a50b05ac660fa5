"""Rules: events trigger jobs, history does not; the table is configuration."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from integration import ingest, record
from integration.db import session_scope
from integration.models import Job
from integration.rules import describe, load_rules


class Recorder:
    def __init__(self) -> None:
        self.drafts: list[int] = []

    def ingest(self, _id: int) -> None: ...

    def draft(self, job_id: int) -> None:
        self.drafts.append(job_id)

    def deliver(self, _id: int) -> None: ...


def _encounter(eid: str, cls: str, end: str, status: str = "finished") -> dict[str, Any]:
    return {
        "resourceType": "Encounter",
        "id": eid,
        "status": status,
        "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": cls},
        "subject": {"reference": "Patient/p1"},
        "period": {"start": end[:10], "end": end},
    }


def _bundle(*resources: dict[str, Any], bid: str = "b") -> bytes:
    import json

    entries = [{"fullUrl": f"{r['resourceType']}/{r['id']}", "resource": r} for r in resources]
    return json.dumps({"resourceType": "Bundle", "id": bid, "type": "collection", "entry": entries}).encode()


PATIENT = {"resourceType": "Patient", "id": "p1", "name": [{"family": "Doe", "given": ["Ann"]}]}


def _send(services: Any, raw: bytes) -> list[int]:
    received = ingest.receive_fhir(services, raw, source="test", content_type="application/fhir+json")
    return ingest.process_message(services, received.message_id)


def _jobs(services: Any) -> list[Job]:
    with session_scope(services.sessions) as session:
        return list(session.scalars(select(Job).order_by(Job.id)))


def _services(make_services: Any) -> Any:
    services = make_services()
    services.dispatcher.close()
    services.dispatcher = Recorder()
    return services


def test_history_yields_one_draft_for_the_most_recent_finished_encounter(make_services: Any) -> None:
    services = _services(make_services)
    _send(
        services,
        _bundle(
            PATIENT,
            _encounter("e1", "AMB", "2020-01-01T10:00:00Z"),
            _encounter("e2", "IMP", "2021-03-04T10:00:00+08:00"),
            _encounter("e3", "EMER", "2019-06-01T10:00:00Z"),
            _encounter("e4", "AMB", "2022-01-01T10:00:00Z", status="in-progress"),
        ),
    )
    jobs = _jobs(services)
    assert [(j.task, j.encounter_ref, j.rule) for j in jobs] == [
        ("discharge_summary", "Encounter/e2", "inpatient-discharge")
    ]
    assert services.dispatcher.drafts == [jobs[0].id]


def test_ambulatory_visit_gets_a_visit_summary(make_services: Any) -> None:
    services = _services(make_services)
    _send(services, _bundle(PATIENT, _encounter("e1", "AMB", "2020-01-01T10:00:00Z")))
    assert [j.task for j in _jobs(services)] == ["visit_summary"]


def test_resend_and_late_history_trigger_nothing(make_services: Any) -> None:
    services = _services(make_services)
    _send(services, _bundle(PATIENT, _encounter("e2", "IMP", "2021-03-04T10:00:00Z"), bid="1"))
    assert _send(services, _bundle(PATIENT, _encounter("e2", "IMP", "2021-03-04T10:00:00Z"), bid="2")) == []
    # an older encounter arriving later is history, not an event
    assert _send(services, _bundle(PATIENT, _encounter("e0", "IMP", "2018-01-01T00:00:00Z"), bid="3")) == []
    # a newer discharge is an event
    assert len(_send(services, _bundle(PATIENT, _encounter("e5", "IMP", "2023-01-01T00:00:00Z"), bid="4"))) == 1
    assert [j.encounter_ref for j in _jobs(services)] == ["Encounter/e2", "Encounter/e5"]


def test_admission_then_discharge_are_two_events(make_services: Any) -> None:
    services = _services(make_services)
    admitted = _encounter("e1", "IMP", "2021-01-01T00:00:00Z", "in-progress")
    assert len(_send(services, _bundle(PATIENT, admitted, bid="1"))) == 1
    # an update while still admitted (an A08) is not a second admission
    assert _send(services, _bundle(PATIENT, {**admitted, "reasonCode": [{"text": "fever"}]}, bid="2")) == []
    assert len(_send(services, _bundle(PATIENT, _encounter("e1", "IMP", "2021-01-01T00:00:00Z"), bid="3"))) == 1
    assert [(j.task, j.rule) for j in _jobs(services)] == [
        ("admission_ddx", "admission-differential"),
        ("discharge_summary", "inpatient-discharge"),
    ]


def test_result_reports_trigger_only_from_result_messages(make_services: Any) -> None:
    services = _services(make_services)
    report = {
        "resourceType": "DiagnosticReport",
        "id": "r1",
        "status": "final",
        "code": {"text": "CBC"},
        "subject": {"reference": "Patient/p1"},
        "issued": "2024-01-01T00:00:00Z",
    }
    changes = [record.Change("DiagnosticReport", "r1", "created", "Patient/p1", None)]
    with session_scope(services.sessions) as session:
        record.upsert(session, [PATIENT, report], None)
        assert services.rules.evaluate(session, changes, "fhir:transaction") == []
        specs = services.rules.evaluate(session, changes, "ORU^R01")
    assert [(s.task, s.trigger_ref) for s in specs] == [("result_interpretation", "DiagnosticReport/r1")]


def test_rule_table_is_configuration(make_services: Any, tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        "rules:\n  - name: er-only\n    resource: Encounter\n    when:\n      class: [EMER]\n"
        "      status: [finished]\n    task: visit_summary\n",
        encoding="utf-8",
    )
    services = make_services(rules_file=rules)
    services.dispatcher.close()
    services.dispatcher = Recorder()
    _send(services, _bundle(PATIENT, _encounter("e1", "IMP", "2021-01-01T00:00:00Z")))
    assert _jobs(services) == []
    _send(services, _bundle(PATIENT, _encounter("e2", "EMER", "2022-01-01T00:00:00Z"), bid="2"))
    assert [j.rule for j in _jobs(services)] == ["er-only"]
    assert list(describe(load_rules(rules))) == [
        "er-only: Encounter where class in ['EMER'], status in ['finished'] -> visit_summary"
    ]


def test_subscription_notification_with_full_resource_triggers(make_services: Any) -> None:
    import json

    services = _services(make_services)
    params = {
        "resourceType": "Parameters",
        "parameter": [{"name": "type", "valueCode": "event-notification"}],
    }
    note = {
        "resourceType": "Bundle",
        "type": "history",
        "entry": [
            {"fullUrl": "urn:uuid:aa", "resource": params},
            {"fullUrl": "Patient/p1", "resource": PATIENT},
            {"fullUrl": "Encounter/e9", "resource": _encounter("e9", "IMP", "2024-01-01T00:00:00Z")},
        ],
    }
    assert len(_send(services, json.dumps(note).encode())) == 1
    handshake = {
        "resourceType": "Bundle",
        "type": "history",
        "entry": [
            {
                "fullUrl": "urn:uuid:ab",
                "resource": {
                    "resourceType": "Parameters",
                    "parameter": [{"name": "type", "valueCode": "handshake"}],
                },
            }
        ],
    }
    assert _send(services, json.dumps(handshake).encode()) == []


def _id_only_notification(focus: str) -> bytes:
    import json

    params = {
        "resourceType": "Parameters",
        "parameter": [
            {"name": "type", "valueCode": "event-notification"},
            {
                "name": "notification-event",
                "part": [
                    {"name": "event-number", "valueString": "7"},
                    {"name": "focus", "valueReference": {"reference": focus}},
                ],
            },
        ],
    }
    return json.dumps(
        {
            "resourceType": "Bundle",
            "type": "history",
            "entry": [
                {"fullUrl": "urn:uuid:0f0e7b1c-0000-4000-8000-000000000001", "resource": params},
                {"fullUrl": focus},
            ],
        }
    ).encode()


def test_id_only_notification_fetches_the_focus_and_its_patient_from_the_emr(make_services: Any, emr: Any) -> None:
    import httpx

    encounter = _encounter("e42", "IMP", "2025-02-02T10:00:00Z")
    for resource in ({**PATIENT, "id": "p1"}, encounter):
        httpx.put(
            f"{emr.url}/{resource['resourceType']}/{resource['id']}",
            json=resource,
            headers={"Content-Type": "application/fhir+json"},
        ).raise_for_status()
    services = make_services(emr_fhir_url=emr.url)
    services.dispatcher.close()
    services.dispatcher = Recorder()
    assert len(_send(services, _id_only_notification(f"{emr.url}/Encounter/e42/_history/1"))) == 1
    assert [(j.task, j.encounter_ref) for j in _jobs(services)] == [("discharge_summary", "Encounter/e42")]


def test_id_only_notification_without_an_emr_is_flagged_not_lost(make_services: Any) -> None:
    from integration.models import InboundMessage

    services = _services(make_services)
    assert _send(services, _id_only_notification("Encounter/e42")) == []
    with session_scope(services.sessions) as session:
        msg = session.scalars(select(InboundMessage)).one()
        assert msg.status == "processed"
        assert any(f.startswith("id-only-notification") for f in msg.flags)
