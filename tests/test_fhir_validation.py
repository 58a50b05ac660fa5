"""Malformed FHIR gets a precise OperationOutcome naming the failing element, without echoing values."""

from __future__ import annotations

import json

import pytest

from integration.fhir_validation import InvalidFhir, operation_outcome, parse_bundle

PHI = "Zebulon Quartermaine"


def _bundle(resource: dict[str, object], btype: str = "transaction") -> bytes:
    return json.dumps(
        {
            "resourceType": "Bundle",
            "type": btype,
            "entry": [
                {
                    "fullUrl": "urn:uuid:1",
                    "resource": resource,
                    "request": {"method": "POST", "url": "Patient"},
                }
            ],
        }
    ).encode()


def _invalid(raw: bytes) -> InvalidFhir:
    with pytest.raises(InvalidFhir) as info:
        parse_bundle(raw)
    return info.value


def test_truncated_json_names_line_and_column() -> None:
    raw = _bundle({"resourceType": "Patient", "id": "p"})[:-7]
    exc = _invalid(raw)
    assert exc.status == 400
    assert exc.issues[0].code == "structure"
    assert "line 1, column" in exc.issues[0].diagnostics


def test_wrong_resource_type_at_top_level() -> None:
    exc = _invalid(json.dumps({"resourceType": "Patient", "id": "p"}).encode())
    assert exc.status == 422
    assert "Expected resourceType 'Bundle', got Patient" in exc.issues[0].diagnostics


def test_unknown_resource_type_in_an_entry() -> None:
    exc = _invalid(_bundle({"resourceType": "Pateint", "id": "p"}))
    assert exc.issues[0].expression == "Bundle.entry[0].resource.resourceType"


def test_invalid_r4_element_value_is_located_without_echoing_the_value() -> None:
    exc = _invalid(
        _bundle({"resourceType": "Patient", "id": "p", "name": [{"family": PHI}], "birthDate": "1961-13-45"})
    )
    assert exc.status == 422
    assert [i.expression for i in exc.issues] == ["Bundle.entry[0].resource.birthDate"]
    assert "1961-13-45" not in json.dumps(operation_outcome(exc.issues))
    assert PHI not in json.dumps(operation_outcome(exc.issues))


def test_element_not_in_r4() -> None:
    exc = _invalid(_bundle({"resourceType": "Patient", "id": "p", "favouriteColour": "blue"}))
    assert exc.issues[0].expression == "Bundle.entry[0].resource.favouriteColour"
    assert "not defined" in exc.issues[0].diagnostics


def test_wrong_cardinality() -> None:
    exc = _invalid(_bundle({"resourceType": "Patient", "id": "p", "name": {"family": "x"}}))
    assert exc.issues[0].expression == "Bundle.entry[0].resource.name"


def test_bundle_type_is_checked() -> None:
    assert _invalid(_bundle({"resourceType": "Patient"}, btype="bogus")).issues[0].expression == "Bundle.type"
    searchset = _invalid(_bundle({"resourceType": "Patient"}, btype="searchset"))
    assert searchset.issues[0].code == "not-supported"


def test_not_an_object_and_not_utf8() -> None:
    assert _invalid(b"[1, 2]").status == 400
    assert _invalid(b"\xff\xfe{").status == 400


def test_valid_bundles_pass() -> None:
    data = parse_bundle(_bundle({"resourceType": "Patient", "id": "p", "birthDate": "1961-04-02"}))
    assert data["type"] == "transaction"
