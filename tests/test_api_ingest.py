"""POST /fhir: durable before answered, duplicates, precise errors, limits, auth, the read API."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
import sqlalchemy
from fastapi.testclient import TestClient

from integration import apikeys
from integration.db import session_scope
from integration.inprocess import InProcessDispatcher
from integration.models import ApiKey, InboundMessage
from medgo_bridge.wiring import build_app
from tests.conftest import sample

FHIR = {"Content-Type": "application/fhir+json"}


def _client(services: Any) -> TestClient:
    return TestClient(build_app(services), raise_server_exceptions=False)


def _wait(services: Any) -> None:
    assert isinstance(services.dispatcher, InProcessDispatcher)
    assert services.dispatcher.wait_idle(60)


def test_accepted_only_after_commit(make_services: Any) -> None:
    services = make_services()
    seen: list[int] = []
    fresh = sqlalchemy.create_engine(services.settings.effective_database_url)

    class Probe:
        """Stands in for the broker: at publish time the row must already be visible to others."""

        def ingest(self, message_id: int) -> None:
            with fresh.connect() as conn:
                count = conn.execute(
                    sqlalchemy.text("SELECT count(*) FROM inbound_messages WHERE id = :i"), {"i": message_id}
                ).scalar()
            assert count == 1
            seen.append(message_id)

        draft = deliver = ingest

    services.dispatcher.close()
    services.dispatcher = Probe()
    resp = _client(services).post("/fhir", content=sample("en_discharge.json"), headers=FHIR)
    assert resp.status_code == 202, resp.text
    assert resp.headers["content-location"] == f"/messages/{seen[0]}"
    assert resp.json()["resourceType"] == "OperationOutcome"
    fresh.dispose()


def test_a_failed_store_is_never_acknowledged_and_logs_no_phi(
    make_services: Any, caplog: pytest.LogCaptureFixture
) -> None:
    services = make_services()
    with services.engine.begin() as conn:
        # The insert itself fails (as on a full disk): the driver's error would quote the row.
        conn.execute(
            sqlalchemy.text(
                "CREATE TRIGGER refuse BEFORE INSERT ON inbound_messages BEGIN SELECT RAISE(ABORT, 'refused'); END"
            )
        )
    caplog.set_level(logging.DEBUG)
    resp = _client(services).post("/fhir", content=sample("en_discharge.json"), headers=FHIR)
    assert resp.status_code == 500
    outcome = resp.json()
    assert outcome["resourceType"] == "OperationOutcome"
    assert "nothing was acknowledged" in outcome["issue"][0]["diagnostics"]
    logged = "\n".join(
        r.getMessage() + str(r.__dict__) + (str(r.exc_info) if r.exc_info else "") for r in caplog.records
    )
    assert "unexpected IntegrityError" in logged  # the failure is visible to the operator…
    for phi in ("Ellison", "MRN-48213377", "Wren Lane"):  # …without the data that was being stored
        assert phi not in logged and phi not in resp.text


def test_duplicate_is_acknowledged_again_not_processed_twice(make_services: Any) -> None:
    services = make_services()
    client = _client(services)
    first = client.post("/fhir", content=sample("en_discharge.json"), headers=FHIR)
    _wait(services)
    second = client.post("/fhir", content=sample("en_discharge.json"), headers=FHIR)
    assert (first.status_code, second.status_code) == (202, 200)
    assert first.headers["content-location"] == second.headers["content-location"]
    assert second.json()["issue"][0]["code"] == "duplicate"
    _wait(services)
    messages = client.get("/messages").json()
    assert messages["total"] == 1
    assert messages["items"][0]["duplicate_count"] == 1
    assert client.get("/jobs").json()["total"] == 1


def test_same_id_different_content_is_processed_and_flagged(make_services: Any) -> None:
    services = make_services()
    client = _client(services)
    bundle = json.loads(sample("en_discharge.json"))
    client.post("/fhir", content=json.dumps(bundle), headers=FHIR)
    bundle["entry"] = bundle["entry"][:4]
    resp = client.post("/fhir", content=json.dumps(bundle), headers=FHIR)
    assert resp.status_code == 202
    assert any("control-id-reused" in i["diagnostics"] for i in resp.json()["issue"])
    _wait(services)
    items = client.get("/messages").json()["items"]
    assert [m["flags"] for m in items] == [["control-id-reused"], []]
    assert {m["status"] for m in items} == {"processed"}


@pytest.mark.parametrize(
    ("body", "status", "expression"),
    [
        (b'{"resourceType": "Bundle", "type": "transaction", "entry": [', 400, None),
        (b'{"resourceType": "Patient", "id": "x"}', 422, "Patient"),
        (
            json.dumps(
                {
                    "resourceType": "Bundle",
                    "type": "collection",
                    "entry": [
                        {
                            "resource": {
                                "resourceType": "Observation",
                                "status": "final",
                                "code": {"text": "k"},
                                "valueQuantity": {"value": "three"},
                            }
                        }
                    ],
                }
            ).encode(),
            422,
            "Bundle.entry[0].resource.valueQuantity.value",
        ),
    ],
)
def test_malformed_input_is_stored_with_its_error_and_crashes_nothing(
    make_services: Any, body: bytes, status: int, expression: str | None
) -> None:
    services = make_services()
    client = _client(services)
    resp = client.post("/fhir", content=body, headers=FHIR)
    assert resp.status_code == status
    outcome = resp.json()
    assert outcome["resourceType"] == "OperationOutcome"
    assert outcome["issue"][0]["severity"] == "error"
    if expression:
        assert outcome["issue"][0]["expression"] == [expression]
    stored = client.get(resp.headers["content-location"]).json()
    assert stored["status"] == "rejected"
    assert stored["error"]
    with session_scope(services.sessions) as session:
        row = session.get(InboundMessage, stored["id"])
        assert row is not None
        assert row.raw == body  # nothing is lost
    # the listener still works after bad input
    assert client.post("/fhir", content=sample("en_discharge.json"), headers=FHIR).status_code == 202


def test_size_limit_and_content_type(make_services: Any) -> None:
    services = make_services(max_request_bytes=1000)
    client = _client(services)
    resp = client.post("/fhir", content=sample("en_discharge.json"), headers=FHIR)
    assert resp.status_code == 413
    assert "MEDGO_MAX_REQUEST_BYTES" in resp.json()["issue"][0]["diagnostics"]
    resp = client.post("/fhir", content=b"<Bundle/>", headers={"Content-Type": "application/fhir+xml"})
    assert resp.status_code == 415


def test_api_keys_are_required_and_stored_hashed(make_services: Any) -> None:
    services = make_services(api_auth=True)
    client = _client(services)
    assert client.post("/fhir", content=sample("en_discharge.json"), headers=FHIR).status_code == 401
    assert client.get("/messages").status_code == 401
    with session_scope(services.sessions) as session:
        key = apikeys.create(session, "EMR-MAIN")
    with session_scope(services.sessions) as session:
        row = session.query(ApiKey).one()
        assert key not in (row.key_hash, row.prefix) and len(row.key_hash) == 64
    resp = client.post("/fhir", content=sample("en_discharge.json"), headers={**FHIR, "Authorization": f"Bearer {key}"})
    assert resp.status_code == 202
    assert client.get("/messages", headers={"X-API-Key": key}).json()["items"][0]["source"] == "EMR-MAIN"
    assert client.get("/messages", headers={"X-API-Key": key + "x"}).status_code == 401
    with session_scope(services.sessions) as session:
        apikeys.revoke(session, "EMR-MAIN")
    assert client.get("/messages", headers={"X-API-Key": key}).status_code == 401


def test_auth_is_on_by_default_outside_the_embedded_demo(make_settings: Any) -> None:
    assert make_settings(api_auth=None).auth_required is False  # SQLite + in-process
    assert make_settings(api_auth=None, task_mode="celery").auth_required is True
    assert make_settings(api_auth=None, database_url="postgresql+psycopg://x@h/db").auth_required is True


def test_read_api_filters_and_pages(make_services: Any) -> None:
    services = make_services()
    client = _client(services)
    for name in ("en_discharge.json", "zh_discharge.json"):
        client.post("/fhir", content=sample(name), headers=FHIR)
    client.post("/fhir", content=b"{", headers=FHIR)
    _wait(services)
    page = client.get("/messages", params={"limit": 1}).json()
    assert (page["total"], len(page["items"])) == (3, 1)
    assert page["next"] == "/messages?offset=1&limit=1"
    assert client.get("/messages", params={"status": "rejected"}).json()["total"] == 1
    jobs = client.get("/jobs", params={"state": "generated"}).json()
    assert jobs["total"] == 2 and all(j["draft_id"] for j in jobs["items"])
    drafts = client.get("/drafts").json()["items"]
    assert {d["loinc_code"] for d in drafts} == {"18842-5"}
    assert all(d["delivery"]["state"] == "stored" and d["delivery"]["target"] == "none" for d in drafts)
    detail = client.get(f"/drafts/{drafts[0]['id']}").json()
    assert detail["text"].startswith(("AI draft", "【AI生成草稿"))
    assert client.get("/drafts/999").status_code == 404
    one = client.get("/drafts", params={"patient": drafts[0]["patient_ref"]}).json()
    assert one["total"] == 1


def test_health_readiness_and_openapi(make_services: Any) -> None:
    client = _client(make_services())
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["checks"]["database"] == "ok"
    schema = client.get("/openapi.json").json()
    post = schema["paths"]["/fhir"]["post"]
    assert set(post["requestBody"]["content"]["application/fhir+json"]["examples"]) == {
        "transaction",
        "notification",
    }
    assert {"202", "400", "413", "415", "422"} <= set(post["responses"])
    assert {"HTTPBearer", "APIKeyHeader"} <= set(schema["components"]["securitySchemes"])
