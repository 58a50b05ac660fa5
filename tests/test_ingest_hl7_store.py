"""The durable HL7 store behaves the same on SQLite (set-based) and PostgreSQL (one statement)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from integration.db import session_scope
from integration.ingest_hl7 import Hl7Header, Hl7Inbound, Hl7Problem, receive_hl7_batch
from integration.models import InboundMessage


def _item(control_id: str, body: str = "x", problem: Hl7Problem | None = None) -> Hl7Inbound:
    raw = f"MSH|^~\\\\&|LIS|H|||20260101||ORU^R01|{control_id}|P|2.5\\r{body}".encode()
    return Hl7Inbound(raw, "LIS^H", Hl7Header("LIS", "H", "ORU^R01", control_id, "2.5", "", "p1"), problem)


@pytest.fixture(params=["sqlite", "postgresql"])
def services(request: pytest.FixtureRequest, make_services: Any) -> Any:
    if request.param == "sqlite":
        return make_services()
    return make_services(database_url=request.getfixturevalue("postgres_url"))


def test_store_semantics(services: Any) -> None:
    first = receive_hl7_batch(services, [_item("1"), _item("2"), _item("3", problem=Hl7Problem("AR", "101", "x"))])
    assert [(r.status, r.duplicate) for r in first] == [("accepted", False), ("accepted", False), ("rejected", False)]
    again = receive_hl7_batch(
        services, [_item("1"), _item("2", body="edited"), _item("3", problem=Hl7Problem("AR", "101", "x"))]
    )
    assert again[0].duplicate and again[0].message_id == first[0].message_id
    assert not again[1].duplicate and again[1].flags == ["control-id-reused"]
    assert not again[2].duplicate and again[2].message_id != first[2].message_id  # every refusal is kept
    # an exact repeat inside one batch is folded into one row
    inside = receive_hl7_batch(services, [_item("9"), _item("9")])
    assert inside[0].message_id == inside[1].message_id and inside[1].duplicate
    with session_scope(services.sessions) as session:
        rows = list(session.scalars(select(InboundMessage)))
        assert len(rows) == 6  # 1, 2, 3 (refused), 2 (edited), 3 (refused again), 9
        assert sorted(m.duplicate_count for m in rows) == [0, 0, 0, 0, 1, 1]
