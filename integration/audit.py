"""The audit trail: who or what touched a draft, a job or a message. Details hold no PHI."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from integration.models import AuditEvent


def record(session: Session, actor: str, action: str, entity_type: str, entity_id: int, **detail: Any) -> None:
    session.add(AuditEvent(actor=actor, action=action, entity_type=entity_type, entity_id=entity_id, detail=detail))


def record_now(session: Session, actor: str, action: str, entity_type: str, entity_id: int, **detail: Any) -> int:
    """:func:`record`, flushed at once for its id (a page that links to the event it just wrote)."""
    event = AuditEvent(actor=actor, action=action, entity_type=entity_type, entity_id=entity_id, detail=detail)
    session.add(event)
    session.flush()
    return event.id
