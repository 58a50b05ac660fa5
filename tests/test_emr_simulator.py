"""The stand-in FHIR R4 EMR: transactions, conditional create, validation, search and faults."""

from __future__ import annotations

import base64
import copy
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.bundle import Bundle

from connectors.emr_simulator import (
    EmrSimulatorConfig,
    EmrSimulatorServer,
    create_emr_app,
    emr_of,
    validate_resource,
)

SYSTEM = "urn:ietf:rfc:3986"
FHIR_HEADERS = {"Content-Type": "application/fhir+json", "Accept": "application/fhir+json"}


def document(doc_urn: str, *, patient: str = "Patient/x") -> dict[str, Any]:
    return {
        "resourceType": "DocumentReference",
        "identifier": [{"system": SYSTEM, "value": doc_urn}],
        "status": "current",
        "docStatus": "preliminary",
        "subject": {"reference": patient},
        "content": [
            {
                "attachment": {
                    "contentType": "text/plain; charset=utf-8",
                    "data": base64.b64encode(b"Draft discharge summary").decode(),
                }
            }
        ],
    }


def provenance(target: str) -> dict[str, Any]:
    return {
        "resourceType": "Provenance",
        "target": [{"reference": target}],
        "recorded": "2025-01-01T00:00:00Z",
        "agent": [{"who": {"display": "medgo-bridge"}}],
    }


def transaction(doc_urn: str | None = None, *, conditional: bool = True) -> dict[str, Any]:
    doc_urn = doc_urn or f"urn:uuid:{uuid.uuid4()}"
    doc_request: dict[str, Any] = {"method": "POST", "url": "DocumentReference"}
    if conditional:
        doc_request["ifNoneExist"] = f"identifier={SYSTEM}|{doc_urn}"
    return {
        "resourceType": "Bundle",
        "type": "transaction",
        "entry": [
            {"fullUrl": doc_urn, "resource": document(doc_urn), "request": doc_request},
            {
                "fullUrl": f"urn:uuid:{uuid.uuid4()}",
                "resource": provenance(doc_urn),
                "request": {"method": "POST", "url": "Provenance"},
            },
        ],
    }


@pytest.fixture
def client() -> Iterator[TestClient]:
    with TestClient(create_emr_app()) as test_client:
        yield test_client


def post_bundle(client: TestClient, bundle: dict[str, Any]) -> Any:  # TestClient's (httpx2) Response
    return client.post("/fhir", json=bundle, headers=FHIR_HEADERS)


def expressions(outcome: dict[str, Any]) -> list[str]:
    assert outcome["resourceType"] == "OperationOutcome"
    return [e for issue in outcome["issue"] for e in issue.get("expression", [])]


# --- transactions ---------------------------------------------------------------------------------


def test_transaction_stores_document_and_rewrites_placeholder_references(client: TestClient) -> None:
    doc_urn = f"urn:uuid:{uuid.uuid4()}"
    response = post_bundle(client, transaction(doc_urn))

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/fhir+json")
    answer = response.json()
    Bundle.model_validate(answer)
    assert answer["type"] == "transaction-response"
    statuses = [e["response"]["status"] for e in answer["entry"]]
    locations = [e["response"]["location"] for e in answer["entry"]]
    assert statuses == ["201 Created", "201 Created"]
    doc_id = locations[0].split("/")[1]
    assert locations[0] == f"DocumentReference/{doc_id}/_history/1"
    assert locations[1].startswith("Provenance/")
    assert locations[1].endswith("/_history/1")

    [stored_prov] = client.get("/_emr/resources/Provenance").json()
    assert stored_prov["target"] == [{"reference": f"DocumentReference/{doc_id}"}]
    [stored_doc] = client.get("/_emr/resources/DocumentReference").json()
    # The identifier carries the same urn:uuid as the fullUrl, yet it is data, not a reference.
    assert stored_doc["identifier"] == [{"system": SYSTEM, "value": doc_urn}]
    assert stored_doc["meta"]["versionId"] == "1"
    assert stored_doc["meta"]["lastUpdated"].endswith("Z")
    for resource in (stored_doc, stored_prov):
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)

    read = client.get(f"/fhir/DocumentReference/{doc_id}")
    assert read.status_code == 200
    assert read.json()["id"] == doc_id
    assert read.headers["etag"] == 'W/"1"'


def test_conditional_create_returns_the_existing_document(client: TestClient) -> None:
    doc_urn = f"urn:uuid:{uuid.uuid4()}"
    first = post_bundle(client, transaction(doc_urn)).json()
    second = post_bundle(client, transaction(doc_urn)).json()

    assert second["entry"][0]["response"]["status"] == "200 OK"
    assert second["entry"][0]["response"]["location"] == first["entry"][0]["response"]["location"]
    assert len(client.get("/_emr/resources/DocumentReference").json()) == 1
    doc_ref = first["entry"][0]["response"]["location"].rsplit("/_history/", 1)[0]
    provenances = client.get("/_emr/resources/Provenance").json()
    assert [p["target"][0]["reference"] for p in provenances] == [doc_ref, doc_ref]


def test_conditional_create_can_be_ignored_like_some_emrs() -> None:
    with TestClient(create_emr_app(EmrSimulatorConfig(conditional_create=False))) as client:
        doc_urn = f"urn:uuid:{uuid.uuid4()}"
        post_bundle(client, transaction(doc_urn))
        second = post_bundle(client, transaction(doc_urn)).json()
        assert second["entry"][0]["response"]["status"] == "201 Created"
        assert len(client.get("/_emr/resources/DocumentReference").json()) == 2
        metadata = client.get("/fhir/metadata").json()
        assert metadata["rest"][0]["resource"][0]["conditionalCreate"] is False


def test_if_none_exist_header_on_plain_create(client: TestClient) -> None:
    doc_urn = f"urn:uuid:{uuid.uuid4()}"
    headers = {**FHIR_HEADERS, "If-None-Exist": f"identifier={SYSTEM}|{doc_urn}"}
    created = client.post("/fhir/DocumentReference", json=document(doc_urn), headers=headers)
    again = client.post("/fhir/DocumentReference", json=document(doc_urn), headers=headers)

    assert created.status_code == 201
    assert created.headers["location"].endswith(f"/fhir/DocumentReference/{created.json()['id']}/_history/1")
    assert again.status_code == 200
    assert again.json()["id"] == created.json()["id"]


def test_conditional_create_matching_several_resources_is_a_precondition_failure() -> None:
    with TestClient(create_emr_app(EmrSimulatorConfig(conditional_create=False))) as loose:
        doc_urn = f"urn:uuid:{uuid.uuid4()}"
        post_bundle(loose, transaction(doc_urn))
        post_bundle(loose, transaction(doc_urn))
        emr = emr_of(loose.app)  # type: ignore[arg-type]
        emr.config = EmrSimulatorConfig(conditional_create=True)
        response = post_bundle(loose, transaction(doc_urn))
        assert response.status_code == 412
        assert expressions(response.json()) == ["Bundle.entry[0].request.ifNoneExist"]


@pytest.mark.parametrize(
    ("mutate", "expected_expression", "expected_code"),
    [
        (lambda doc: doc.pop("content"), "Bundle.entry[0].resource.content", "required"),
        (
            lambda doc: doc["content"][0]["attachment"].update(data="notb64!"),
            "Bundle.entry[0].resource.content[0].attachment.data",
            "value",
        ),
        (lambda doc: doc.update(colour="red"), "Bundle.entry[0].resource.colour", "structure"),
        (lambda doc: doc.update(category=[]), "Bundle.entry[0].resource.category", "structure"),
        (lambda doc: doc.update(date="yesterday"), "Bundle.entry[0].resource.date", "value"),
    ],
    ids=["missing-content", "bad-base64", "unknown-element", "empty-array", "bad-instant"],
)
def test_invalid_resource_rejects_the_whole_transaction(
    client: TestClient, mutate: Any, expected_expression: str, expected_code: str
) -> None:
    bundle = transaction()
    mutate(bundle["entry"][0]["resource"])

    response = post_bundle(client, bundle)

    assert response.status_code == 422
    outcome = response.json()
    get_fhir_model_class("OperationOutcome").model_validate(outcome)
    assert expected_expression in expressions(outcome)
    issue = next(i for i in outcome["issue"] if expected_expression in i["expression"])
    assert issue["code"] == expected_code
    # All or nothing: the valid Provenance in the same transaction is not stored either.
    assert client.get("/_emr/resources/Provenance").json() == []
    assert client.get("/_emr/resources/DocumentReference").json() == []


def test_validation_can_be_relaxed() -> None:
    with TestClient(create_emr_app(EmrSimulatorConfig(strict_validation=False))) as loose:
        bundle = transaction()
        bundle["entry"][0]["resource"]["colour"] = "red"
        assert post_bundle(loose, bundle).status_code == 200


def test_unresolved_placeholder_reference_is_rejected(client: TestClient) -> None:
    bundle = transaction()
    bundle["entry"][1]["resource"]["target"] = [{"reference": f"urn:uuid:{uuid.uuid4()}"}]

    response = post_bundle(client, bundle)

    assert response.status_code == 400
    assert expressions(response.json()) == ["Bundle.entry[1].resource.target[0].reference"]
    assert client.get("/_emr/resources/DocumentReference").json() == []


@pytest.mark.parametrize(
    ("bundle", "status", "expression"),
    [
        ({"resourceType": "Patient"}, 400, "Bundle.resourceType"),
        ({"resourceType": "Bundle", "type": "collection"}, 400, "Bundle.type"),
        (
            {
                "resourceType": "Bundle",
                "type": "transaction",
                "entry": [{"resource": {"resourceType": "Basic"}}],
            },
            400,
            "Bundle.entry[0].request",
        ),
        (
            {
                "resourceType": "Bundle",
                "type": "transaction",
                "entry": [{"resource": {"resourceType": "Nope"}, "request": {"method": "POST", "url": "Nope"}}],
            },
            400,
            "Bundle.entry[0].resource.resourceType",
        ),
        (
            {
                "resourceType": "Bundle",
                "type": "transaction",
                "entry": [
                    {
                        "resource": {"resourceType": "Basic", "code": {"text": "x"}},
                        "request": {"method": "DELETE", "url": "Basic/1"},
                    }
                ],
            },
            400,
            "Bundle.entry[0].request.method",
        ),
    ],
    ids=["not-a-bundle", "wrong-type", "no-request", "unknown-type", "unsupported-method"],
)
def test_malformed_bundles_are_rejected(
    client: TestClient, bundle: dict[str, Any], status: int, expression: str
) -> None:
    response = post_bundle(client, bundle)
    assert response.status_code == status
    assert expression in expressions(response.json())


def test_non_json_body_is_rejected(client: TestClient) -> None:
    assert client.post("/fhir", content=b"{not json", headers=FHIR_HEADERS).status_code == 400
    xml = client.post("/fhir", content=b"<Bundle/>", headers={"Content-Type": "application/fhir+xml"})
    assert xml.status_code == 415
    assert xml.json()["resourceType"] == "OperationOutcome"


def test_put_creates_then_versions_and_vread(client: TestClient) -> None:
    resource = {**document(f"urn:uuid:{uuid.uuid4()}"), "id": "draft-7"}
    created = client.put("/fhir/DocumentReference/draft-7", json=resource, headers=FHIR_HEADERS)
    resource["docStatus"] = "final"
    updated = client.put("/fhir/DocumentReference/draft-7", json=resource, headers=FHIR_HEADERS)

    assert (created.status_code, updated.status_code) == (201, 200)
    assert updated.json()["meta"]["versionId"] == "2"
    first = client.get("/fhir/DocumentReference/draft-7/_history/1").json()
    assert first["docStatus"] == "preliminary"
    assert client.get("/fhir/DocumentReference/draft-7").json()["docStatus"] == "final"
    mismatched = client.put("/fhir/DocumentReference/other", json=resource, headers=FHIR_HEADERS)
    assert mismatched.status_code == 400


def test_transaction_put_and_server_ids_do_not_collide(client: TestClient) -> None:
    doc = {**document(f"urn:uuid:{uuid.uuid4()}"), "id": "1"}
    bundle = transaction()
    bundle["entry"].append({"resource": doc, "request": {"method": "PUT", "url": "DocumentReference/1"}})

    answer = post_bundle(client, bundle).json()

    locations = [e["response"]["location"] for e in answer["entry"]]
    assert locations[2] == "DocumentReference/1/_history/1"
    assert locations[0] != locations[2]
    assert len(client.get("/_emr/resources/DocumentReference").json()) == 2


def test_batch_answers_each_entry_independently(client: TestClient) -> None:
    good = transaction()["entry"][0]
    bad = copy.deepcopy(good)
    bad["resource"].pop("content")
    bad["request"].pop("ifNoneExist")

    answer = post_bundle(client, {"resourceType": "Bundle", "type": "batch", "entry": [good, bad]}).json()

    assert answer["type"] == "batch-response"
    assert answer["entry"][0]["response"]["status"] == "201 Created"
    assert answer["entry"][1]["response"]["status"].startswith("422")
    assert "Bundle.entry[1].resource.content" in expressions(answer["entry"][1]["response"]["outcome"])
    assert len(client.get("/_emr/resources/DocumentReference").json()) == 1


# --- reads and searches ---------------------------------------------------------------------------


def test_search_by_identifier_subject_patient_and_target(client: TestClient) -> None:
    doc_urn = f"urn:uuid:{uuid.uuid4()}"
    answer = post_bundle(client, transaction(doc_urn)).json()
    post_bundle(client, transaction())  # a second, unrelated document
    doc_ref = answer["entry"][0]["response"]["location"].rsplit("/_history/", 1)[0]

    by_identifier = client.get("/fhir/DocumentReference", params={"identifier": f"{SYSTEM}|{doc_urn}"}).json()
    assert by_identifier["type"] == "searchset"
    assert by_identifier["total"] == 1
    assert by_identifier["entry"][0]["resource"]["id"] == doc_ref.split("/")[1]
    assert by_identifier["entry"][0]["fullUrl"].endswith(f"/fhir/{doc_ref}")
    Bundle.model_validate(by_identifier)

    def total(resource_type: str, **params: str) -> int:
        result = client.get(f"/fhir/{resource_type}", params=params).json()
        assert result["resourceType"] == "Bundle", result
        return int(result["total"])

    assert total("DocumentReference", identifier=doc_urn) == 1  # value only, any system
    assert total("DocumentReference", identifier=f"urn:other|{doc_urn}") == 0
    assert total("DocumentReference", identifier=f"{SYSTEM}|") == 2
    assert total("DocumentReference", identifier=f"|{doc_urn}") == 0  # "|value" means no system
    assert total("DocumentReference", subject="Patient/x") == 2
    assert total("DocumentReference", patient="x") == 2
    assert total("DocumentReference", patient="Patient/y") == 0
    assert total("Provenance", target=doc_ref) == 1
    assert total("DocumentReference", _id=doc_ref.split("/")[1]) == 1
    assert total("DocumentReference", identifier=f"{SYSTEM}|{doc_urn}", status="current") == 1
    assert len(client.get("/fhir/DocumentReference", params={"_count": "1"}).json()["entry"]) == 1


def test_search_unescapes_token_separators(client: TestClient) -> None:
    doc = document("a|b,c")
    doc["identifier"] = [{"system": "urn:sys", "value": "a|b,c"}]
    assert client.post("/fhir/DocumentReference", json=doc, headers=FHIR_HEADERS).status_code == 201
    found = client.get("/fhir/DocumentReference", params={"identifier": r"urn:sys|a\|b\,c"}).json()
    assert found["total"] == 1


def test_unknown_search_parameter_is_an_error_not_a_full_listing(client: TestClient) -> None:
    post_bundle(client, transaction())
    response = client.get("/fhir/DocumentReference", params={"identifer": "x"})
    assert response.status_code == 400
    assert response.json()["issue"][0]["code"] == "not-supported"


def test_unknown_type_id_and_route_answer_operation_outcomes(client: TestClient) -> None:
    for path, status in [("/fhir/Nope/1", 404), ("/fhir/DocumentReference/404", 404), ("/nowhere", 404)]:
        response = client.get(path)
        assert response.status_code == status
        assert response.json()["resourceType"] == "OperationOutcome"


def test_capability_statement_is_valid(client: TestClient) -> None:
    response = client.get("/fhir/metadata")
    assert response.status_code == 200
    get_fhir_model_class("CapabilityStatement").model_validate(response.json())
    assert response.json()["fhirVersion"] == "4.0.1"


def test_validate_resource_accepts_the_test_resources() -> None:
    assert validate_resource(document("urn:uuid:1")) == []
    assert validate_resource(provenance("DocumentReference/1")) == []
    assert validate_resource({"resourceType": "Element"})[0]["code"] == "not-supported"


# --- faults and hooks -----------------------------------------------------------------------------


def test_fail_next_fails_writes_before_storing(client: TestClient) -> None:
    faults = client.post("/_emr/faults", json={"fail_next": 2, "status": 503}).json()
    assert faults["fail_next"] == 2

    first = post_bundle(client, transaction())
    second = client.post("/fhir/DocumentReference", json=document("urn:uuid:2"), headers=FHIR_HEADERS)
    third = post_bundle(client, transaction())

    assert (first.status_code, second.status_code, third.status_code) == (503, 503, 200)
    assert first.json()["issue"][0]["code"] == "transient"
    assert first.headers["retry-after"] == "1"
    assert len(client.get("/_emr/resources/DocumentReference").json()) == 1
    assert client.get("/_emr/faults").json()["fail_next"] == 0


def test_fail_next_does_not_affect_reads(client: TestClient) -> None:
    client.post("/_emr/faults", json={"fail_next": 1, "status": 429})
    assert client.get("/fhir/DocumentReference", params={"identifier": "x"}).status_code == 200
    throttled = post_bundle(client, transaction())
    assert throttled.status_code == 429
    assert throttled.json()["issue"][0]["code"] == "throttled"


def test_drop_after_commit_stores_but_answers_500(client: TestClient) -> None:
    client.post("/_emr/faults", json={"drop_after_commit_next": 1})
    doc_urn = f"urn:uuid:{uuid.uuid4()}"

    response = post_bundle(client, transaction(doc_urn))

    assert response.status_code == 500
    assert response.json()["issue"][0]["code"] == "exception"
    found = client.get("/fhir/DocumentReference", params={"identifier": f"{SYSTEM}|{doc_urn}"}).json()
    assert found["total"] == 1
    assert post_bundle(client, transaction()).status_code == 200  # only the next N


def test_failed_transaction_does_not_consume_drop_fault(client: TestClient) -> None:
    client.post("/_emr/faults", json={"drop_after_commit_next": 1})
    bad = transaction()
    bad["entry"][0]["resource"].pop("content")
    assert post_bundle(client, bad).status_code == 422
    assert client.get("/_emr/faults").json()["drop_after_commit_next"] == 1


def test_fault_settings_are_validated_and_reset(client: TestClient) -> None:
    assert client.post("/_emr/faults", json={"fail_nxt": 1}).status_code == 422
    assert client.post("/_emr/faults", json={"status": 200}).status_code == 422
    client.post("/_emr/faults", json={"latency_s": 0.01, "drop_mode": "close"})
    post_bundle(client, transaction())

    assert client.delete("/_emr").status_code == 204

    assert client.get("/_emr/resources/DocumentReference").json() == []
    assert client.get("/_emr/faults").json() == {
        "fail_next": 0,
        "status": 503,
        "drop_after_commit_next": 0,
        "drop_mode": "500",
        "latency_s": 0.0,
    }


# --- the threaded server --------------------------------------------------------------------------


def test_server_runs_on_a_free_port_and_cuts_the_connection_after_commit() -> None:
    with EmrSimulatorServer() as server:
        assert server.url.startswith("http://127.0.0.1:")
        assert server.url.endswith("/fhir")
        with httpx.Client(timeout=5) as http:
            assert http.get(f"{server.url}/metadata").status_code == 200

            server.set_faults(drop_after_commit_next=1, drop_mode="close")
            doc_urn = f"urn:uuid:{uuid.uuid4()}"
            with pytest.raises(httpx.RemoteProtocolError):
                http.post(server.url, json=transaction(doc_urn), headers=FHIR_HEADERS)
            assert [d["identifier"][0]["value"] for d in server.resources("DocumentReference")] == [doc_urn]

            server.reset()
            assert server.resources("DocumentReference") == []
            assert http.delete(f"{server.root_url}/_emr").status_code == 204
    server.stop()  # idempotent
