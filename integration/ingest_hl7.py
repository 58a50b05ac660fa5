"""Store an inbound HL7 v2 message durably, before any ACK is sent.

The MLLP connector reads the header fields it needs (MSH-3/4/9/10/12/18) without a full parse,
decides whether the message is acceptable at all, and calls :func:`receive_hl7` with its verdict.
This function stores the raw bytes in every case (accepted, rejected, duplicate), commits, and says
what to acknowledge. Dedupe key: (source, MSH-10, sha256): a repeat is acknowledged again and not
processed twice; the same control id with other content is processed and flagged.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import insert, select, tuple_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from integration.db import session_scope
from integration.models import InboundMessage, MessageStatus, utcnow
from integration.services import Services


@dataclass(frozen=True)
class Hl7Header:
    """What the connector read from MSH (all plain text, already decoded)."""

    sending_application: str = ""
    sending_facility: str = ""
    message_type: str = ""  # MSH-9 as sent, e.g. "ADT^A01^ADT_A01"
    control_id: str = ""  # MSH-10
    version: str = ""  # MSH-12
    charset: str = ""  # MSH-18 as sent (or the source's override)
    patient_id: str = ""  # PID-3.1 when cheaply visible: per-patient ordering and the console


@dataclass(frozen=True)
class Hl7Problem:
    """Why the connector refuses a message. ``code`` is from HL7 table 0357; text holds no PHI."""

    ack_code: str  # "AE" or "AR" (original mode); the connector maps to CE/CR in enhanced mode
    code: str  # e.g. "100" segment sequence error, "200" unsupported message type, "203" version
    text: str
    location: str = ""  # e.g. "MSH^1^12" (segment^sequence^field), or "" when unknown


@dataclass(frozen=True)
class Hl7Received:
    message_id: int
    status: str
    duplicate: bool
    flags: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Hl7Inbound:
    """One message as it came off the wire, with the connector's reading of its header."""

    raw: bytes
    source: str
    header: Hl7Header
    problem: Hl7Problem | None = None


def receive_hl7(
    services: Services, raw: bytes, *, source: str, header: Hl7Header, problem: Hl7Problem | None = None
) -> Hl7Received:
    """Store and commit one message; the caller acknowledges only after this returns."""
    return receive_hl7_batch(services, [Hl7Inbound(raw, source, header, problem)])[0]


def receive_hl7_batch(services: Services, items: Sequence[Hl7Inbound]) -> list[Hl7Received]:
    """Store and commit many messages in one transaction (group commit); results in input order.

    Raises if the database cannot store them: then none of them may be acknowledged.
    """
    try:
        if services.engine.dialect.name == "postgresql" and len({_key(i) for i in items}) == len(items):
            return _store_postgresql(services, items)
        with session_scope(services.sessions) as session:
            return _store(session, items)
    except IntegrityError:
        if len(items) == 1:
            # A concurrent transaction stored the same message first: now it is a duplicate.
            with session_scope(services.sessions) as session:
                return _store(session, items)
        # Someone else committed one of these meanwhile: settle them one at a time.
        return [r for item in items for r in receive_hl7_batch(services, [item])]


def _store(session: Session, items: Sequence[Hl7Inbound]) -> list[Hl7Received]:
    """Set-based: one SELECT of known (source, MSH-10) pairs and one multi-row INSERT per batch.

    A per-message ORM round trip (3 per message) capped the listener at ~285 msg/s on PostgreSQL;
    the work per batch is now a handful of statements whatever its size.
    """
    prepared = []
    for item in items:
        sha = hashlib.sha256(item.raw).hexdigest()
        prepared.append((item, sha, item.header.control_id[:200]))
    keyed = {(it.source, cid) for it, _sha, cid in prepared if cid and it.problem is None}
    existing: dict[tuple[str, str, str], tuple[int, str, list[str]]] = {}
    used: set[tuple[str, str]] = set()
    if keyed:
        rows = session.execute(
            select(
                InboundMessage.id,
                InboundMessage.source,
                InboundMessage.control_id,
                InboundMessage.sha256,
                InboundMessage.status,
                InboundMessage.flags,
            ).where(tuple_(InboundMessage.source, InboundMessage.control_id).in_(sorted(keyed)))
        )
        for row in rows:
            used.add((row.source, row.control_id))
            existing[(row.source, row.control_id, row.sha256)] = (row.id, row.status, list(row.flags or []))
    now = utcnow()
    results: list[Hl7Received | None] = [None] * len(prepared)
    bumps: dict[int, int] = {}
    new_rows: list[dict[str, object]] = []
    new_meta: list[tuple[str, list[str]]] = []  # (status, flags) of each new row, typed
    new_index: list[int] = []
    first_new: dict[tuple[str, str, str], int] = {}  # key -> position in new_rows
    dup_of_new: list[tuple[int, int]] = []  # (result index, new_rows position)
    for i, (item, sha, cid) in enumerate(prepared):
        key = (item.source, cid, sha)
        if cid and item.problem is None:
            if key in existing:
                mid, status, known_flags = existing[key]
                bumps[mid] = bumps.get(mid, 0) + 1
                results[i] = Hl7Received(mid, status, True, known_flags)
                continue
            if key in first_new:
                pos = first_new[key]
                new_rows[pos]["duplicate_count"] = int(new_rows[pos]["duplicate_count"]) + 1  # type: ignore[call-overload]
                new_rows[pos]["last_received_at"] = now
                dup_of_new.append((i, pos))
                continue
        flags: list[str] = []
        if cid and item.problem is None and (item.source, cid) in used:
            flags.append("control-id-reused")
        stored_id = cid if item.problem is None else f"{cid}#rejected:{uuid.uuid4().hex}"
        problem = item.problem
        if cid and problem is None:
            used.add((item.source, cid))
            first_new[key] = len(new_rows)
        new_meta.append((MessageStatus.rejected if problem else MessageStatus.accepted, flags))
        new_rows.append(
            {
                "source": item.source,
                "protocol": "hl7v2",
                "kind": item.header.message_type[:64] or None,
                "control_id": stored_id[:200],
                "sha256": sha,
                "raw": item.raw,
                "size": len(item.raw),
                "content_type": f"x-application/hl7-v2+er7; charset={item.header.charset or 'unknown'}",
                "status": MessageStatus.rejected if problem else MessageStatus.accepted,
                "error": f"{problem.code}: {problem.text}" if problem else None,
                "error_location": (problem.location or None) if problem else None,
                "flags": flags,
                "duplicate_count": 0,
                "last_received_at": None,
                "received_at": now,
                "attempts": 0,
                "patient_ref": _ordering_key(item),
            }
        )
        new_index.append(i)
    if new_rows:
        # Returning the unique key (not sort_by_parameter_order, which makes SQLAlchemy insert one row
        # at a time on a table without a sentinel column) keeps this one multi-row INSERT.
        returned = session.execute(
            insert(InboundMessage).returning(
                InboundMessage.id, InboundMessage.source, InboundMessage.control_id, InboundMessage.sha256
            ),
            new_rows,
        ).all()
        by_key = {(r.source, r.control_id, r.sha256): r.id for r in returned}
        ids = [by_key[(str(row["source"]), str(row["control_id"]), str(row["sha256"]))] for row in new_rows]
        for pos, (i, mid) in enumerate(zip(new_index, ids, strict=True)):
            status, new_flags = new_meta[pos]
            results[i] = Hl7Received(mid, status, False, list(new_flags))
        for i, pos in dup_of_new:
            status, new_flags = new_meta[pos]
            results[i] = Hl7Received(ids[pos], status, True, list(new_flags))
    for mid, n in bumps.items():
        session.execute(
            update(InboundMessage)
            .where(InboundMessage.id == mid)
            .values(duplicate_count=InboundMessage.duplicate_count + n, last_received_at=now)
        )
    return [r for r in results if r is not None]


def _ordering_key(item: Hl7Inbound) -> str | None:
    """Per-patient ordering key: a digest of (source, PID-3), not the MRN itself.

    The column is shown by the read API and the console; the number that identifies the patient
    stays in the stored message only.
    """
    if not item.header.patient_id:
        return None
    digest = hashlib.sha256(f"{item.source}\x1f{item.header.patient_id}".encode()).hexdigest()[:24]
    return f"hl7:{digest}"


def _key(item: Hl7Inbound) -> tuple[str, str, str]:
    return item.source, item.header.control_id[:200], hashlib.sha256(item.raw).hexdigest()


_PG_INSERT = """
INSERT INTO inbound_messages (source, protocol, kind, control_id, sha256, raw, size, content_type, received_at,
  status, error, error_location, flags, duplicate_count, attempts, patient_ref)
SELECT v.source, 'hl7v2', v.kind, v.control_id, v.sha256, v.raw, v.size, v.content_type, now(), v.status,
  v.error, v.error_location,
  CASE WHEN v.status = 'accepted' AND v.control_id <> '' AND EXISTS (
      SELECT 1 FROM inbound_messages m WHERE m.source = v.source AND m.control_id = v.control_id)
    THEN '["control-id-reused"]'::json ELSE '[]'::json END,
  0, 0, v.patient_ref
FROM (VALUES {rows}) AS v(ord, source, kind, control_id, sha256, raw, size, content_type, status, error,
  error_location, patient_ref)
ORDER BY v.ord
ON CONFLICT (source, control_id, sha256) DO UPDATE
  SET duplicate_count = inbound_messages.duplicate_count + 1, last_received_at = now()
RETURNING id, status, flags::text, (xmax = 0) AS inserted, source, control_id, sha256
"""
_PG_ROW = "(%s::int, %s, %s, %s, %s, %s::bytea, %s::int, %s, %s, %s, %s, %s)"


def _store_postgresql(services: Services, items: Sequence[Hl7Inbound]) -> list[Hl7Received]:
    """One statement per batch: insert the new, count the repeats, flag reused ids (PostgreSQL).

    At the MLLP listener's rates the round trips are the cost: the set-based path needs a SELECT, an
    INSERT and the commit; this needs one INSERT … ON CONFLICT … RETURNING and the commit, roughly
    doubling durable messages/s (docs/performance.md). Batches with an exact repeat inside them take
    the general path, since ON CONFLICT cannot touch one row twice in a statement. Two different
    messages reusing one control id inside a single batch are not flagged against each other here;
    against anything already stored they are.
    """
    params: list[object] = []
    keys: list[tuple[str, str, str]] = []
    for order, item in enumerate(items):
        source, control_id, sha = _key(item)
        problem = item.problem
        stored_id = (control_id if problem is None else f"{control_id}#rejected:{uuid.uuid4().hex}")[:200]
        keys.append((source, stored_id, sha))
        params += [
            order,
            source,
            item.header.message_type[:64] or None,
            stored_id,
            sha,
            item.raw,
            len(item.raw),
            f"x-application/hl7-v2+er7; charset={item.header.charset or 'unknown'}",
            MessageStatus.rejected.value if problem else MessageStatus.accepted.value,
            f"{problem.code}: {problem.text}" if problem else None,
            (problem.location or None) if problem else None,
            _ordering_key(item),
        ]
    statement = _PG_INSERT.format(rows=", ".join([_PG_ROW] * len(items)))
    with services.engine.begin() as conn:
        rows = conn.exec_driver_sql(statement, tuple(params)).all()
    by_key = {(r[4], r[5], r[6]): r for r in rows}
    return [Hl7Received(by_key[k][0], by_key[k][1], not by_key[k][3], json.loads(by_key[k][2])) for k in keys]
