"""FhirEmrClient against the live EMR simulator and against scripted transports."""

from __future__ import annotations

import base64
import json
import logging
import socket
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from connectors.emr_fhir_client import FhirEmrClient, summarize_operation_outcome
from connectors.emr_simulator import EmrSimulatorConfig, EmrSimulatorServer
from integration.errors import PermanentError, TransientError
from integration.ports import EmrClient

SYSTEM = "urn:ietf:rfc:3986"
BASE = "https://emr.example/fhir/R4"
PHI = "Zhang San"


def document(doc_urn: str, text: str = "Draft discharge summary") -> dict[str, Any]:
    return {
        "resourceType": "DocumentReference",
        "identifier": [{"system": SYSTEM, "value": doc_urn}],
        "status": "current",
        "docStatus": "preliminary",
        "subject": {"reference": "Patient/x"},
        "content": [
            {
                "attachment": {
                    "contentType": "text/plain; charset=utf-8",
                    "data": base64.b64encode(text.encode()).decode(),
                }
            }
        ],
    }


def transaction(doc_urn: str, *, text: str = "Draft discharge summary") -> dict[str, Any]:
    return {
        "resourceType": "Bundle",
        "type": "transaction",
        "entry": [
            {
                "fullUrl": doc_urn,
                "resource": document(doc_urn, text),
                "request": {
                    "method": "POST",
                    "url": "DocumentReference",
                    "ifNoneExist": f"identifier={SYSTEM}|{doc_urn}",
                },
            },
            {
                "fullUrl": f"urn:uuid:{uuid.uuid4()}",
                "resource": {
                    "resourceType": "Provenance",
                    "target": [{"reference": doc_urn}],
                    "recorded": "2025-01-01T00:00:00Z",
                    "agent": [{"who": {"display": "medgo-bridge"}}],
                },
                "request": {"method": "POST", "url": "Provenance"},
            },
        ],
    }


def new_urn() -> str:
    return f"urn:uuid:{uuid.uuid4()}"


@pytest.fixture
def emr(emr_server: EmrSimulatorServer) -> Iterator[EmrSimulatorServer]:
    """The session's simulator (conftest), clean before and after: faults must not leak to others."""
    emr_server.reset()
    yield emr_server
    emr_server.reset()


@pytest.fixture
def client(emr: EmrSimulatorServer) -> Iterator[FhirEmrClient]:
    with FhirEmrClient(emr.url, timeout_s=5) as fhir:
        yield fhir


def scripted(handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> FhirEmrClient:
    return FhirEmrClient(BASE, transport=httpx.MockTransport(handler), **kwargs)


def outcome(*issues: dict[str, Any]) -> dict[str, Any]:
    return {"resourceType": "OperationOutcome", "issue": list(issues)}


# --- happy path against the simulator -------------------------------------------------------------


def test_post_transaction_then_find_document(client: FhirEmrClient, emr: EmrSimulatorServer) -> None:
    doc_urn = new_urn()
    assert client.find_document(SYSTEM, doc_urn) is None

    locations = client.post_transaction(transaction(doc_urn))

    assert len(locations) == 2
    doc_location, prov_location = locations
    assert doc_location.startswith("DocumentReference/")
    assert doc_location.endswith("/_history/1")
    assert prov_location.startswith("Provenance/")
    assert prov_location.endswith("/_history/1")
    doc_ref = doc_location.rsplit("/_history/", 1)[0]
    assert client.find_document(SYSTEM, doc_urn) == doc_ref
    assert client.find_document(SYSTEM, new_urn()) is None
    [stored_prov] = emr.resources("Provenance")
    assert stored_prov["target"] == [{"reference": doc_ref}]
    assert client.endpoint == emr.url


def test_endpoint_is_normalised_and_base_url_checked() -> None:
    port: EmrClient = FhirEmrClient(BASE)  # structural check of the port, for mypy
    assert port.endpoint == BASE
    with FhirEmrClient(BASE + "/") as fhir:
        assert fhir.endpoint == BASE
        assert "token" not in repr(fhir)
    for bad in ["emr.example/fhir", "ftp://emr.example/fhir", "https://emr.example/fhir?x=1"]:
        with pytest.raises(ValueError):
            FhirEmrClient(bad)


def test_request_shape() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.method == "GET":
            return httpx.Response(200, json={"resourceType": "Bundle", "type": "searchset", "total": 0})
        return httpx.Response(
            200,
            json={
                "resourceType": "Bundle",
                "type": "transaction-response",
                "entry": [
                    {"response": {"status": "201 Created", "location": "DocumentReference/9/_history/1"}},
                    {"response": {"status": "201", "location": "Provenance/10/_history/1"}},
                ],
            },
        )

    doc_urn = new_urn()
    with scripted(handler, token="s3cret") as fhir:
        fhir.find_document(SYSTEM, doc_urn)
        fhir.post_transaction(transaction(doc_urn))

    search, post = seen
    assert search.url.path == "/fhir/R4/DocumentReference"
    assert search.url.params["identifier"] == f"{SYSTEM}|{doc_urn}"
    assert b"%7C" in search.url.query  # the "|" separator travels percent-encoded
    assert post.method == "POST"
    assert str(post.url) == BASE
    for request in seen:
        assert request.headers["accept"] == "application/fhir+json"
        assert request.headers["authorization"] == "Bearer s3cret"
        assert request.headers["user-agent"].startswith("medgo-bridge/")
    assert post.headers["content-type"] == "application/fhir+json"
    sent = json.loads(post.content)
    assert (sent["resourceType"], sent["type"], len(sent["entry"])) == ("Bundle", "transaction", 2)
    assert sent["entry"][0]["resource"] == document(doc_urn)


def test_search_value_separators_are_escaped() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.params["identifier"])
        return httpx.Response(200, json={"resourceType": "Bundle", "type": "searchset"})

    with scripted(handler) as fhir:
        assert fhir.find_document("urn:sys", "a|b,c") is None
    assert seen == [r"urn:sys|a\|b\,c"]


def test_locations_are_made_relative() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            json={
                "resourceType": "Bundle",
                "type": "transaction-response",
                "entry": [
                    {
                        "response": {
                            "status": "201 Created",
                            "location": f"{BASE}/DocumentReference/5/_history/1",
                        }
                    },
                    # Behind a proxy the EMR may report a different host for its own base.
                    {
                        "response": {
                            "status": "201 Created",
                            "location": "http://internal:8080/fhir/Provenance/6",
                        }
                    },
                ],
            },
        )

    with scripted(handler) as fhir:
        assert fhir.post_transaction(transaction(new_urn())) == [
            "DocumentReference/5/_history/1",
            "Provenance/6",
        ]


def test_location_falls_back_to_the_returned_resource() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        entry = {
            "response": {"status": "200 OK"},
            "resource": {"resourceType": "DocumentReference", "id": "5", "meta": {"versionId": "3"}},
        }
        return httpx.Response(200, json={"resourceType": "Bundle", "type": "transaction-response", "entry": [entry]})

    bundle = transaction(new_urn())
    bundle["entry"] = bundle["entry"][:1]
    with scripted(handler) as fhir:
        assert fhir.post_transaction(bundle) == ["DocumentReference/5/_history/3"]


def test_find_document_returns_the_first_of_several(caplog: pytest.LogCaptureFixture) -> None:
    doc_urn = new_urn()

    def handler(request: httpx.Request) -> httpx.Response:
        entries = [{"resource": {**document(doc_urn), "id": i}, "search": {"mode": "match"}} for i in ("7", "8")]
        entries.append({"resource": outcome({"severity": "warning", "code": "informational"})})
        return httpx.Response(200, json={"resourceType": "Bundle", "type": "searchset", "entry": entries})

    with caplog.at_level(logging.WARNING, logger="connectors.emr_fhir_client"), scripted(handler) as fhir:
        assert fhir.find_document(SYSTEM, doc_urn) == "DocumentReference/7"
    assert "2 DocumentReferences" in caplog.text
    assert doc_urn not in caplog.text


def test_find_document_ignores_documents_without_the_identifier() -> None:
    """A server that ignores the search parameter must not make us think a draft was delivered."""

    def handler(request: httpx.Request) -> httpx.Response:
        other = {**document(new_urn()), "id": "1"}
        return httpx.Response(200, json={"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": other}]})

    with scripted(handler) as fhir:
        assert fhir.find_document(SYSTEM, new_urn()) is None


# --- error classification -------------------------------------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 503, 504, 429, 408])
def test_retryable_statuses_are_transient(client: FhirEmrClient, emr: EmrSimulatorServer, status: int) -> None:
    emr.set_faults(fail_next=1, status=status)

    with pytest.raises(TransientError) as caught:
        client.post_transaction(transaction(new_urn()))

    assert f"HTTP {status}" in str(caught.value)
    assert caught.value.code == f"emr-http-{status}"
    assert emr.resources("DocumentReference") == []
    client.post_transaction(transaction(new_urn()))  # the fault was one-shot
    assert len(emr.resources("DocumentReference")) == 1


def test_invalid_resource_is_permanent_with_element_path(client: FhirEmrClient, emr: EmrSimulatorServer) -> None:
    bundle = transaction(new_urn())
    bundle["entry"][0]["resource"]["category"] = []  # R4B model accepts it; FHIR JSON (and the EMR) do not

    with pytest.raises(PermanentError) as caught:
        client.post_transaction(bundle)

    message = str(caught.value)
    assert "HTTP 422" in message
    assert "error/structure@Bundle.entry[0].resource.category" in message
    assert caught.value.code == "emr-http-422"
    assert emr.resources("Provenance") == []


def test_bad_request_is_permanent(client: FhirEmrClient) -> None:
    bundle = transaction(new_urn())
    bundle["entry"][1]["resource"]["target"] = [{"reference": new_urn()}]  # dangling placeholder

    with pytest.raises(PermanentError) as caught:
        client.post_transaction(bundle)

    assert "HTTP 400" in str(caught.value)
    assert "Bundle.entry[1].resource.target[0].reference" in str(caught.value)


def test_unsupported_search_is_permanent(client: FhirEmrClient, emr: EmrSimulatorServer) -> None:
    emr.set_faults(fail_next=1, status=404)  # writes only: a search is not affected
    assert client.find_document(SYSTEM, new_urn()) is None

    with pytest.raises(PermanentError) as caught:
        client.post_transaction(transaction(new_urn()))
    assert "HTTP 404" in str(caught.value)


def test_connection_refused_is_transient() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    # Nothing listens on the port now.
    with FhirEmrClient(f"http://127.0.0.1:{port}/fhir", timeout_s=2) as fhir:
        with pytest.raises(TransientError) as caught:
            fhir.find_document(SYSTEM, new_urn())
        assert caught.value.code == "emr-unreachable"
        with pytest.raises(TransientError):
            fhir.post_transaction(transaction(new_urn()))


def test_slow_emr_times_out_as_transient(emr: EmrSimulatorServer) -> None:
    emr.set_faults(latency_s=0.5)
    with FhirEmrClient(emr.url, timeout_s=0.05) as impatient, pytest.raises(TransientError) as caught:
        impatient.find_document(SYSTEM, new_urn())
    assert caught.value.code == "emr-timeout"


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (httpx.ReadTimeout("timed out"), "emr-timeout"),
        (httpx.ConnectTimeout("timed out"), "emr-timeout"),
        (httpx.WriteTimeout("timed out"), "emr-timeout"),
        (httpx.PoolTimeout("timed out"), "emr-timeout"),
        (httpx.ReadError("connection reset"), "emr-connection-lost"),
        (httpx.RemoteProtocolError("peer closed connection"), "emr-connection-lost"),
        (httpx.ConnectError("refused"), "emr-unreachable"),
    ],
)
def test_transport_failures_are_transient(error: httpx.TransportError, code: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error

    with scripted(handler) as fhir, pytest.raises(TransientError) as caught:
        fhir.post_transaction(transaction(new_urn()))
    assert caught.value.code == code


def test_unsupported_protocol_is_permanent() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.UnsupportedProtocol("no")

    with scripted(handler) as fhir, pytest.raises(PermanentError):
        fhir.find_document(SYSTEM, new_urn())


@pytest.mark.parametrize("drop_mode", ["500", "close"])
def test_lost_response_after_commit_is_transient_and_the_document_is_findable(
    client: FhirEmrClient, emr: EmrSimulatorServer, drop_mode: str
) -> None:
    """A worker that never learns its delivery succeeded must find it on the retry, not re-post it."""
    doc_urn = new_urn()
    emr.set_faults(drop_after_commit_next=1, drop_mode=drop_mode)  # type: ignore[arg-type]

    with pytest.raises(TransientError):
        client.post_transaction(transaction(doc_urn))

    [stored] = emr.resources("DocumentReference")
    assert client.find_document(SYSTEM, doc_urn) == f"DocumentReference/{stored['id']}"


def test_find_before_post_prevents_duplicates_when_the_emr_ignores_if_none_exist() -> None:
    with (
        EmrSimulatorServer(EmrSimulatorConfig(conditional_create=False)) as epic_like,
        FhirEmrClient(epic_like.url, timeout_s=5) as fhir,
    ):
        doc_urn = new_urn()
        epic_like.set_faults(drop_after_commit_next=1)
        with pytest.raises(TransientError):
            fhir.post_transaction(transaction(doc_urn))

        # What the delivery task does on its retry.
        if fhir.find_document(SYSTEM, doc_urn) is None:
            fhir.post_transaction(transaction(doc_urn))

        assert len(epic_like.resources("DocumentReference")) == 1
        fhir.post_transaction(transaction(doc_urn))  # without the check the EMR would duplicate
        assert len(epic_like.resources("DocumentReference")) == 2


def test_redirect_is_permanent_and_not_followed() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(301, headers={"Location": "https://elsewhere.example/fhir"})

    with scripted(handler) as fhir, pytest.raises(PermanentError) as caught:
        fhir.post_transaction(transaction(new_urn()))
    assert "HTTP 301" in str(caught.value)
    assert len(calls) == 1


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, text="<html>proxy login</html>"),
        httpx.Response(200, json=[1, 2]),
        httpx.Response(200, json={"resourceType": "OperationOutcome", "issue": []}),
        httpx.Response(200, json={"resourceType": "Bundle", "type": "transaction-response", "entry": []}),
        httpx.Response(
            200,
            json={
                "resourceType": "Bundle",
                "type": "transaction-response",
                "entry": [{"response": {"status": "201 Created", "location": "nonsense"}}] * 2,
            },
        ),
    ],
    ids=["html", "array", "outcome", "entry-count", "bad-location"],
)
def test_unreadable_success_is_transient(response: httpx.Response) -> None:
    """After a 2xx the EMR has probably committed: retrying (find first) is the way to find out."""
    with scripted(lambda request: response) as fhir, pytest.raises(TransientError) as caught:
        fhir.post_transaction(transaction(new_urn()))
    assert caught.value.code == "emr-bad-response"


@pytest.mark.parametrize(
    "bundle",
    [
        {"resourceType": "Bundle", "type": "batch", "entry": []},
        {"resourceType": "Bundle", "type": "transaction"},
        {"resourceType": "Bundle", "type": "transaction", "entry": [{"resource": {"resourceType": "Basic"}}]},
    ],
)
def test_malformed_bundle_is_refused_before_sending(bundle: dict[str, Any]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError("nothing should be sent")

    with scripted(handler) as fhir, pytest.raises(PermanentError) as caught:
        fhir.post_transaction(bundle)
    assert caught.value.code == "emr-invalid-bundle"


# --- no PHI in error messages ---------------------------------------------------------------------


def _echoing_outcome(request: httpx.Request) -> dict[str, Any]:
    """What a chatty EMR answers: diagnostics, details and expressions that quote the record."""
    body = request.content.decode() if request.content else ""
    return outcome(
        {
            "severity": "error",
            "code": "invalid",
            "diagnostics": f"Patient {PHI} (MRN 12345): text invalid: {body}",
            "details": {"text": f"{PHI} has no consent", "coding": [{"code": PHI}]},
            "expression": ["DocumentReference.content[0].attachment.data"],
            "location": [f"/f:DocumentReference/f:description[@value='{PHI}']"],
        },
        {"severity": "error", "code": "value", "expression": [f"Patient.name.where(family='{PHI}')"]},
        {"severity": PHI, "code": f"{PHI} code", "expression": [PHI.replace(" ", ""), "ZhangSan.name"]},
    )


@pytest.mark.parametrize("status", [400, 404, 409, 422, 429, 500, 503])
@pytest.mark.parametrize("operation", ["post", "find"])
def test_error_messages_never_carry_diagnostics_or_request_text(status: int, operation: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=_echoing_outcome(request), headers={"X-Patient": PHI})

    doc_urn = new_urn()
    bundle = transaction(doc_urn, text=f"{PHI} was admitted with chest pain")
    with scripted(handler) as fhir:
        call: Callable[[], object] = (
            (lambda: fhir.post_transaction(bundle))
            if operation == "post"
            else (lambda: fhir.find_document(SYSTEM, f"MRN-{PHI}"))
        )
        with pytest.raises((TransientError, PermanentError)) as caught:
            call()

    message = str(caught.value)
    expected = TransientError if status in {429, 500, 503} else PermanentError
    assert isinstance(caught.value, expected)
    assert f"HTTP {status}" in message
    assert "error/invalid@DocumentReference.content[0].attachment.data" in message
    assert "error/value@Patient.name.where…" in message
    for secret in (PHI, "Zhang", "ZhangSan", "12345", "chest pain", "MRN", doc_urn, "consent"):
        assert secret not in message
        assert secret not in repr(caught.value)


def test_client_side_validation_names_the_element_not_the_value() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError("nothing should be sent")

    bundle = transaction(new_urn())
    bundle["entry"][0]["resource"]["description"] = {"text": PHI}  # must be a string
    with scripted(handler) as fhir, pytest.raises(PermanentError) as caught:
        fhir.post_transaction(bundle)
    assert "Bundle.entry[0].resource.description" in str(caught.value)
    assert "Zhang" not in str(caught.value)


def test_transport_error_messages_do_not_carry_the_request() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError(f"reset while sending {request.url}")

    with scripted(handler) as fhir, pytest.raises(TransientError) as caught:
        fhir.find_document(SYSTEM, f"MRN-{PHI}")
    assert "Zhang" not in str(caught.value)
    assert "MRN" not in str(caught.value)


def test_summary_of_foreign_or_garbage_bodies_is_empty() -> None:
    assert summarize_operation_outcome(None) == ""
    assert summarize_operation_outcome({"resourceType": "Patient", "name": PHI}) == ""
    assert summarize_operation_outcome({"resourceType": "OperationOutcome", "issue": PHI}) == ""
    many = outcome(*[{"severity": "error", "code": "value"}] * 8)
    assert summarize_operation_outcome(many).endswith("+3 more")
