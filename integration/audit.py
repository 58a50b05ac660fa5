"""The audit trail: who or what touched a draft, a job or a message. Details hold no PHI."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from integration.models import AuditEvent


def record(session: Session, actor: str, action: str, entity_type: str, entity_id: int, **detail: Any) -> None:
    session.add(AuditEvent(actor=actor, action=action, entity_type=entity_type, entity_id=entity_id, detail=detail))
