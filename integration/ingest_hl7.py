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

from sqlalchemy import select
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
    results: list[Hl7Received] = []
    in_batch: dict[tuple[str, str, str], InboundMessage] = {}
    for item in items:
        sha = hashlib.sha256(item.raw).hexdigest()
        control_id = item.header.control_id[:200]
        key = (item.source, control_id, sha)
        if control_id and item.problem is None:
            existing = in_batch.get(key) or session.scalar(
                select(InboundMessage).where(
                    InboundMessage.source == item.source,
                    InboundMessage.control_id == control_id,
                    InboundMessage.sha256 == sha,
                )
            )
            if existing is not None:
                # Same sender, same id, same bytes: acknowledge again, never process twice.
                existing.duplicate_count += 1
                existing.last_received_at = utcnow()
                session.flush()
                results.append(Hl7Received(existing.id, existing.status, True, list(existing.flags or [])))
                continue
        flags: list[str] = []
        if control_id and item.problem is None:
            reused = any(k[0] == item.source and k[1] == control_id for k in in_batch) or (
                session.scalar(
                    select(InboundMessage.id)
                    .where(InboundMessage.source == item.source, InboundMessage.control_id == control_id)
                    .limit(1)
                )
                is not None
            )
            if reused:
                flags.append("control-id-reused")  # senders do reset counters: process, but show it
        # A refused message is kept every time it comes: its key must not collide with a copy.
        stored_id = control_id if item.problem is None else f"{control_id}#rejected:{uuid.uuid4().hex}"
        problem = item.problem
        msg = InboundMessage(
            source=item.source,
            protocol="hl7v2",
            kind=item.header.message_type[:64] or None,
            control_id=stored_id[:200],
            sha256=sha,
            raw=item.raw,
            size=len(item.raw),
            content_type=f"x-application/hl7-v2+er7; charset={item.header.charset or 'unknown'}",
            status=MessageStatus.rejected if problem else MessageStatus.accepted,
            error=f"{problem.code}: {problem.text}" if problem else None,
            error_location=(problem.location or None) if problem else None,
            flags=flags,
            patient_ref=f"hl7:{item.source}:{item.header.patient_id}" if item.header.patient_id else None,
        )
        session.add(msg)
        session.flush()
        if item.problem is None and control_id:
            in_batch[key] = msg
        results.append(Hl7Received(msg.id, msg.status, False, flags))
    return results
