"""Committed but never published (broker down): the reconciler finds it and the work completes."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from integration.errors import TransientError
from integration.inprocess import InProcessDispatcher
from integration.reconcile import reconcile
from medgo_bridge.wiring import build_app
from tests.conftest import sample


class BrokerDown:
    def _fail(self, *_: Any) -> None:
        raise TransientError("broker unavailable")

    ingest = draft = deliver = _fail


def test_work_committed_while_the_broker_was_down_is_published_later(make_services: Any) -> None:
    services = make_services()
    services.dispatcher.close()
    services.dispatcher = BrokerDown()
    client = TestClient(build_app(services), raise_server_exceptions=False)
    # the sender still gets its 202: the message is committed, only the publish failed
    assert (
        client.post(
            "/fhir", content=sample("en_discharge.json"), headers={"Content-Type": "application/fhir+json"}
        ).status_code
        == 202
    )
    assert reconcile(services, older_than_s=0).broker_down

    services.dispatcher = InProcessDispatcher(services)  # the broker is back
    assert reconcile(services, older_than_s=3600).total == 0  # too recent: a retry may still be on its way
    assert reconcile(services, older_than_s=0).messages == 1
    assert services.dispatcher.wait_idle(60)
    drafts = client.get("/drafts").json()
    assert drafts["total"] == 1
    assert client.get("/messages").json()["items"][0]["status"] == "processed"
    assert reconcile(services, older_than_s=0).total == 0  # nothing left to do
    services.dispatcher.close()
