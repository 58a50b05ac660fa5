"""The declared de-identification policy (integration/deid/policy.yaml): loading, matching, applying."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from integration.context import known_identifiers
from integration.deid import DeidSession, build_analyzer
from integration.deid.policy import (
    PolicyApplier,
    PolicyError,
    deid_policy,
    identifying_values,
    load_policy,
    use_policy_file,
)

PATIENT: dict[str, Any] = {
    "resourceType": "Patient",
    "id": "p1",
    "text": {"status": "generated", "div": "<div xmlns='http://www.w3.org/1999/xhtml'>Ann Lee</div>"},
    "identifier": [{"system": "urn:mrn", "value": "A7654321"}, {"system": "urn:ssn", "value": "999-12-3456"}],
    "name": [{"use": "official", "family": "Lee", "given": ["Ann", "Marie"]}],
    "telecom": [{"system": "phone", "value": "(413) 555-0100", "use": "home"}, {"system": "email", "value": "a@x.org"}],
    "gender": "female",
    "birthDate": "1931-03-04",
    "address": [{"line": ["12 Elm Street"], "city": "Northampton", "postalCode": "01060", "state": "MA"}],
    "contact": [{"name": {"family": "Lee", "given": ["Bob"]}, "telecom": [{"system": "phone", "value": "555-0199"}]}],
    "extension": [
        {
            "url": "http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName",
            "valueString": "Clara Stone",
        },
        {
            "url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race",
            "extension": [{"url": "text", "valueString": "White"}],
        },
    ],
}
OBSERVATION: dict[str, Any] = {
    "resourceType": "Observation",
    "id": "o1",
    "status": "final",
    "code": {"coding": [{"system": "http://loinc.org", "code": "2823-3", "display": "Potassium"}]},
    "subject": {"reference": "Patient/p1", "display": "Ann Lee"},
    "effectiveDateTime": "2024-05-11T06:00:00+08:00",
    "issued": "2024-05-11T07:30:00Z",
    "valueQuantity": {"value": 3.1, "unit": "mmol/L"},
    "note": [{"text": "Called Ann Lee at (413) 555-0100 with the result."}],
}


def applier(known: list[Any] | None = None, *, shift: int = 10) -> tuple[PolicyApplier, DeidSession]:
    session = DeidSession(build_analyzer("lite"), known or [], date_shift_days=shift)
    return (
        PolicyApplier(
            load_policy(),
            placeholder=session.placeholder,
            text=lambda text, path: session.text(text, "en"),
            hash_key=b"test-key",
            shift_days=shift,
            today=dt.date(2026, 11, 21),
        ),
        session,
    )


def test_built_in_policy_loads_and_declares_the_safe_harbor_elements() -> None:
    policy = load_policy()
    assert policy.default == "text"
    assert policy.action_for(("Patient", "name", "family")) == "placeholder"
    assert policy.action_for(("Patient", "telecom", "value")) == "drop"
    assert policy.action_for(("Patient", "address", "city")) == "drop"
    assert policy.action_for(("Patient", "identifier", "value")) == "hash"
    assert policy.action_for(("Encounter", "identifier", "value")) == "hash"
    assert policy.action_for(("Patient", "birthDate"), "1931-03-04") == "shift"
    assert policy.action_for(("Observation", "effectiveDateTime"), "2024-05-11T06:00:00+08:00") == "shift"
    assert policy.action_for(("Observation", "code", "coding", "code")) == "keep"
    assert policy.action_for(("Observation", "note", "text"), "free text") == "text"
    assert policy.action_for(("Observation", "text", "div")) == "drop"
    # A string that is not a date is not shifted just because of the catch-all date rule.
    assert policy.action_for(("Observation", "valueString"), "K 3.1") == "text"


def test_applied_patient_keeps_nothing_identifying_and_shifts_dates() -> None:
    apply, session = applier()
    out = apply.apply(PATIENT)
    dumped = json.dumps(out)
    for value in ("Ann", "Lee", "A7654321", "999-12-3456", "555-0100", "a@x.org", "Elm", "Northampton", "01060"):
        assert value not in dumped, value
    assert "Clara" not in dumped and "div" not in dumped
    assert out["name"] == [{"text": "<PERSON_1>"}]
    assert session.mapping["<PERSON_1>"] == "Ann Marie Lee"
    # keyed hashes: stable for a value, different across values, no trace of the value
    hashes = [i["value"] for i in out["identifier"]]
    assert all(h.startswith("hmac-sha256:") for h in hashes) and hashes[0] != hashes[1]
    assert apply.hash("A7654321") == hashes[0]
    assert out["identifier"][0]["system"] == "urn:mrn"
    assert "telecom" not in out and "address" not in out
    # 1931 makes her 95 in 2026: Safe Harbor aggregates such ages, so the birth date goes entirely
    assert "birthDate" not in out
    assert any(a.path == "Patient.birthDate" and a.action == "drop" for a in apply.applied)


def test_dates_move_by_one_offset_so_intervals_stay_true() -> None:
    apply, _ = applier(shift=-40)
    younger = {**PATIENT, "birthDate": "1980-02-29"}
    assert apply.apply(younger)["birthDate"] == "1980-01-20"
    obs = apply.apply(OBSERVATION)
    assert obs["effectiveDateTime"] == "2024-04-01T06:00:00+08:00"
    assert obs["issued"] == "2024-04-01T07:30:00Z"
    assert obs["code"] == OBSERVATION["code"] and obs["valueQuantity"] == OBSERVATION["valueQuantity"]


def test_free_text_and_reference_display_go_through_the_text_deidentifier() -> None:
    known = known_identifiers(PATIENT)
    apply, _ = applier(known)
    obs = apply.apply(OBSERVATION)
    assert "Ann" not in json.dumps(obs) and "555-0100" not in json.dumps(obs)
    assert obs["subject"]["reference"] == "Patient/p1"
    assert obs["note"][0]["text"].startswith("Called <PERSON_")


def test_contained_resources_get_their_own_rules() -> None:
    apply, _ = applier()
    bundle_like = {
        **OBSERVATION,
        "contained": [{"resourceType": "Practitioner", "id": "pr", "name": [{"text": "Dr Ray"}]}],
    }
    out = apply.apply(bundle_like)
    # numbered after any person the observation's own note names (the census gazetteer finds one there)
    [name] = out["contained"][0]["name"]
    assert re.fullmatch(r"<PERSON_\d+>", name["text"])


def test_identifying_values_cover_the_pipeline_known_identifiers() -> None:
    values = {(k.kind, k.value) for k in identifying_values(PATIENT)}
    for expected in [
        ("PERSON", "Ann"),
        ("PERSON", "Lee"),
        ("PERSON", "Ann Marie Lee"),
        ("PERSON", "Bob"),
        ("PERSON", "Clara Stone"),
        ("ID", "A7654321"),
        ("PHONE", "(413) 555-0100"),
        ("EMAIL", "a@x.org"),
        ("ADDRESS", "12 Elm Street"),
        ("LOCATION", "Northampton"),
        ("DATE", "1931-03-04"),
    ]:
        assert expected in values, expected
    # technical parts of identifying elements are never identifiers to hunt for
    for word in ("official", "home", "phone", "email", "MA", "White"):
        assert all(v != word for _, v in values), word
    assert {(k.kind, k.value) for k in known_identifiers(PATIENT)} >= values


def test_contact_name_is_a_single_human_name_not_a_list() -> None:
    # Patient.contact.name is 0..1: its keys ("use", "text") must not become names to hunt for.
    values = {k.value for k in known_identifiers(PATIENT)}
    assert "family" not in values and "given" not in values and "use" not in values


def test_corpus_parties_identifiers_agree_with_the_policy(corpus: Path) -> None:
    checked = 0
    for path in sorted((corpus / "fhir").rglob("*.json")) + sorted((corpus / "zh").glob("*.json")):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        resources = (
            [e.get("resource") or {} for e in doc.get("entry") or []] if doc.get("resourceType") == "Bundle" else [doc]
        )
        for resource in resources:
            if resource.get("resourceType") in {"Patient", "Practitioner", "RelatedPerson", "Organization", "Location"}:
                known = {(k.kind, k.value) for k in known_identifiers(resource)}
                assert known >= {(k.kind, k.value) for k in identifying_values(resource)}, path.name
                applied = json.dumps(applier(known_identifiers(resource))[0].apply(resource), ensure_ascii=False)
                for kind, value in known:
                    # Resource ids are kept (references need them); Synthea reuses them as identifier values.
                    if value == resource.get("id"):
                        continue
                    if kind in {"PERSON", "ID", "PHONE", "EMAIL"} and len(value) >= 4:
                        assert value not in applied, f"{path.name}: a {kind} survived the policy"
                checked += 1
    assert checked >= 10


def test_policy_file_errors_say_what_to_fix(tmp_path: Path) -> None:
    bad = tmp_path / "policy.yaml"
    bad.write_text("version: 1\nrules:\n  - {path: 'Patient..name', action: drop}\n", encoding="utf-8")
    with pytest.raises(PolicyError, match="dotted element names"):
        load_policy(bad)
    bad.write_text("version: 1\nrules:\n  - {path: 'Patient.name', action: erase}\n", encoding="utf-8")
    with pytest.raises(PolicyError, match=r"rules\.0\.action"):
        load_policy(bad)
    with pytest.raises(PolicyError, match="cannot read"):
        load_policy(tmp_path / "missing.yaml")


def test_a_custom_policy_file_takes_effect(tmp_path: Path) -> None:
    custom = tmp_path / "strict.yaml"
    custom.write_text(
        "version: 1\ndefault: text\nrules:\n"
        "  - {path: 'Patient.name', action: placeholder, kind: PERSON}\n"
        "  - {path: 'Patient.gender', action: drop, kind: ID}\n",
        encoding="utf-8",
    )
    try:
        policy = use_policy_file(custom)
        assert deid_policy() == policy
        assert ("ID", "female") in {(k.kind, k.value) for k in identifying_values(PATIENT, policy)}
    finally:
        use_policy_file(None)
    assert deid_policy() == load_policy()
