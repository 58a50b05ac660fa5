"""Store an inbound HL7 v2 message durably, before any ACK is sent.

The MLLP connector reads the header fields it needs (MSH-3/4/9/10/12/18) without a full parse,
decides whether the message is acceptable at all, and calls :func:`receive_hl7` with its verdict.
This function stores the raw bytes in every case (accepted, rejected, duplicate), commits, and says
what to acknowledge. Dedupe key: (source, MSH-10, sha256): a repeat is acknowledged again and not
processed twice; the same control id with other content is processed and flagged.
"""

from __future__ import annotations

import hashlib
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
                "patient_ref": f"hl7:{item.source}:{item.header.patient_id}" if item.header.patient_id else None,
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
