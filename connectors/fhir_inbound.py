"""FHIR R4 inbound over HTTP: ``POST /fhir`` for Bundles and Subscriptions notifications.

The body is stored and committed before the answer goes out (``202`` with a link to the
message); invalid input is stored too and answered with an ``OperationOutcome`` that names the
failing element. Publishing the work happens after the commit: if the broker is down the
message is safe in the database and is picked up again, so the sender still gets its 202.
"""

from __future__ import annotations

import logging
import time
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from integration import metrics
from integration.api.deps import Caller, ServicesDep
from integration.errors import TransientError
from integration.fhir_validation import Issue, operation_outcome
from integration.ingest import Received, receive_fhir
from integration.services import Services

log = logging.getLogger("medgo.fhir_inbound")
router = APIRouter(tags=["fhir"])

FHIR_JSON = "application/fhir+json"
ACCEPTED_TYPES = (FHIR_JSON, "application/json", "application/json+fhir")

_EXAMPLE_TRANSACTION: dict[str, Any] = {
    "resourceType": "Bundle",
    "id": "adt-20260512-0001",
    "type": "transaction",
    "entry": [
        {
            "fullUrl": "urn:uuid:7c1f0a4e-0000-4000-8000-000000000001",
            "resource": {
                "resourceType": "Patient",
                "id": "p1",
                "name": [{"family": "Doe", "given": ["Jane"]}],
                "gender": "female",
                "birthDate": "1961-04-02",
            },
            "request": {"method": "PUT", "url": "Patient/p1"},
        },
        {
            "fullUrl": "urn:uuid:7c1f0a4e-0000-4000-8000-000000000002",
            "resource": {
                "resourceType": "Encounter",
                "id": "e1",
                "status": "finished",
                "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "IMP"},
                "subject": {"reference": "Patient/p1"},
                "period": {"start": "2026-05-01T08:00:00+08:00", "end": "2026-05-12T10:00:00+08:00"},
            },
            "request": {"method": "PUT", "url": "Encounter/e1"},
        },
    ],
}
_EXAMPLE_NOTIFICATION: dict[str, Any] = {
    "resourceType": "Bundle",
    "type": "history",
    "entry": [
        {
            "fullUrl": "urn:uuid:7c1f0a4e-0000-4000-8000-0000000000aa",
            "resource": {
                "resourceType": "Parameters",
                "parameter": [
                    {"name": "subscription", "valueReference": {"reference": "Subscription/discharges"}},
                    {
                        "name": "topic",
                        "valueCanonical": "http://example.org/SubscriptionTopic/encounter-complete",
                    },
                    {"name": "status", "valueCode": "active"},
                    {"name": "type", "valueCode": "event-notification"},
                    {"name": "events-since-subscription-start", "valueString": "12"},
                ],
            },
        },
    ],
}

OPENAPI_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": "A FHIR R4 Bundle (transaction, batch, collection, message, document) or a Subscriptions "
        "R4 Backport notification (Bundle.type history, Parameters first).",
        "content": {
            FHIR_JSON: {
                "schema": {
                    "type": "object",
                    "required": ["resourceType"],
                    "properties": {"resourceType": {"type": "string", "enum": ["Bundle"]}},
                },
                "examples": {
                    "transaction": {
                        "summary": "A discharge: Patient + finished inpatient Encounter",
                        "value": _EXAMPLE_TRANSACTION,
                    },
                    "notification": {
                        "summary": "Subscriptions backport event notification (id-only)",
                        "value": _EXAMPLE_NOTIFICATION,
                    },
                },
            },
        },
    },
    "responses": {
        "202": {
            "description": "Stored; processing continues in the background. `Content-Location` links the message.",
            "content": {
                FHIR_JSON: {
                    "example": operation_outcome(
                        [
                            Issue(
                                "informational",
                                "Accepted as message 17. Track it at /messages/17.",
                                severity="information",
                            )
                        ]
                    )
                }
            },
        },
        "200": {"description": "A duplicate of an earlier message: acknowledged again, not processed twice."},
        "400": {"description": "Not JSON: an OperationOutcome says where parsing failed."},
        "413": {"description": "Body larger than MEDGO_MAX_REQUEST_BYTES."},
        "415": {"description": "Content-Type is not application/fhir+json or application/json."},
        "422": {
            "description": "Not a valid R4 Bundle: the OperationOutcome names the failing element.",
            "content": {
                FHIR_JSON: {
                    "example": operation_outcome(
                        [
                            Issue(
                                "value",
                                "Date value string does not match spec regex.",
                                "Bundle.entry[0].resource.birthDate",
                            )
                        ]
                    )
                }
            },
        },
    },
}


def _outcome(status: int, issues: list[Issue], headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(operation_outcome(issues), status_code=status, media_type=FHIR_JSON, headers=headers)


def _arrived() -> float:
    """The request's arrival, for the ACK latency histogram.

    Declared as the route's first dependency, so it is taken before the API key lookup: the latency
    covers everything the sender waits for once its request is in, authentication included.
    """
    return time.perf_counter()


Arrived = Annotated[float, Depends(_arrived)]


async def _read_limited(request: Request, limit: int) -> bytes | None:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        return None
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            return None
    return bytes(body)


@router.post(
    "/fhir",
    summary="Receive a FHIR R4 Bundle or Subscription notification",
    openapi_extra=OPENAPI_BODY,
    status_code=202,
    response_class=JSONResponse,
)
async def receive(request: Request, started: Arrived, services: ServicesDep, source: Caller) -> JSONResponse:
    """Store the Bundle durably, then answer. Processing (normalisation, rules, drafts) follows asynchronously."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type not in ACCEPTED_TYPES:
        metrics.MESSAGES_REFUSED.labels("fhir", "unsupported-media-type").inc()
        return _outcome(
            415,
            [
                Issue(
                    "not-supported",
                    f"Send the Bundle as {FHIR_JSON} (or application/json); XML is not accepted.",
                )
            ],
        )
    limit = services.settings.max_request_bytes
    raw = await _read_limited(request, limit)
    if raw is None:
        metrics.MESSAGES_REFUSED.labels("fhir", "too-large").inc()
        return _outcome(
            413,
            [
                Issue(
                    "too-costly",
                    f"Body exceeds {limit} bytes; split the Bundle or raise MEDGO_MAX_REQUEST_BYTES.",
                )
            ],
        )
    # The database write is blocking; keep it off the event loop.
    try:
        received = await run_in_threadpool(receive_fhir, services, raw, source=source, content_type=content_type)
    except Exception:
        metrics.STORE_FAILURES.labels("fhir").inc()
        raise
    type_ = metrics.fhir_type_label(received.kind)
    rejected = str(received.http_status) if received.issues and not received.duplicate else None
    metrics.message_stored("fhir", source, type_, duplicate=received.duplicate, rejected_code=rejected)
    # _answer publishes to the broker: on a worker thread, so a broker that is down or slow (publishing may
    # wait for a connection timeout) does not stall the event loop and every other sender with it.
    response = await run_in_threadpool(_answer, services, received)
    metrics.acknowledged("fhir", source, type_, str(response.status_code), started)
    return response


def _answer(services: Services, received: Received) -> JSONResponse:
    """The answer for a stored message (its row is committed): 202, 200 for a duplicate, 4xx if refused."""
    link = f"/messages/{received.message_id}"
    headers = {"Content-Location": link, "X-Medgo-Message-Id": str(received.message_id)}
    if received.issues:
        issues = [
            *received.issues,
            Issue("informational", f"Stored as message {received.message_id} ({link}).", severity="information"),
        ]
        return _outcome(received.http_status, issues, headers)
    if received.duplicate:
        return _outcome(
            200,
            [
                Issue(
                    "duplicate",
                    f"Already received as message {received.message_id}; not processed again. Track it at {link}.",
                    severity="information",
                )
            ],
            headers,
        )
    try:
        services.dispatcher.ingest(received.message_id)
    except TransientError:
        # Stored and committed: the sender must not resend. Recovery re-dispatches from the database.
        log.warning("dispatch deferred", extra={"message_id": received.message_id})
    notes = [
        Issue(
            "informational",
            f"Accepted as message {received.message_id}. Track it at {link}.",
            severity="information",
        )
    ]
    notes += [Issue("informational", f"Flag: {flag}.", severity="warning") for flag in received.flags]
    return _outcome(202, notes, headers)
