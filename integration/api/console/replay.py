"""Replay a dead letter: put it back where the normal pipeline picks it up, then publish it.

Replay never runs a step itself and never writes to the EMR directly. It resets the row to the
state the step expects (a message to ``accepted``, a job without a draft to ``queued``, a draft's
delivery to ``pending``) with its attempt counter at zero, commits, and hands the id to the
dispatcher. Everything after that is the ordinary, idempotent pipeline: a job has one draft
(``drafts.job_id`` is unique), a delivery searches the EMR for the draft's identifier before
writing, so replaying twice, or replaying something that a worker is about to finish anyway,
cannot produce a second note. If the broker is down the reset still stands, and the reconciler
publishes the row when it next runs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from integration import audit
from integration.db import session_scope
from integration.errors import TransientError
from integration.models import (
    Delivery,
    DeliveryState,
    Draft,
    InboundMessage,
    Job,
    JobState,
    MessageStatus,
)
from integration.services import Services

log = logging.getLogger("medgo.console")

KINDS = ("message", "job", "delivery")


@dataclass(frozen=True)
class Replayed:
    kind: str
    entity_id: int
    ok: bool
    detail: str  # PHI-free: shown to the operator


def parse_item(item: str) -> tuple[str, int] | None:
    """``"job:12"`` -> ("job", 12); anything else -> None."""
    kind, _, raw_id = item.partition(":")
    if kind not in KINDS or not raw_id.isdigit():
        return None
    return kind, int(raw_id)


def _reset_delivery(session: Session, delivery: Delivery) -> None:
    delivery.state, delivery.attempts, delivery.last_error = DeliveryState.pending, 0, None
    delivery.lease_owner, delivery.lease_until = None, None


def _prepare(session: Session, kind: str, entity_id: int, actor: str) -> tuple[str, int] | str:
    """Reset one dead letter; returns (step, id to publish) or why it cannot be replayed."""
    if kind == "message":
        msg = session.get(InboundMessage, entity_id)
        if msg is None:
            return "no such message"
        if msg.status == MessageStatus.rejected:
            # The sender was answered AR/AE (or 4xx) and will resend a corrected message; replaying the
            # refused one as well would process the same event twice from two different rows.
            return "refused at receipt: the sender was told and must resend"
        if msg.status != MessageStatus.dead:
            return f"not a dead letter (status {msg.status})"
        audit.record(session, actor, "replayed", "message", msg.id, previous=msg.status, error=msg.error)
        msg.status, msg.attempts, msg.error = MessageStatus.accepted, 0, None
        return "ingest", msg.id
    if kind == "job":
        job = session.get(Job, entity_id)
        if job is None:
            return "no such job"
        if job.state != JobState.dead:
            return f"not a dead letter (state {job.state})"
        audit.record(session, actor, "replayed", "job", job.id, previous=job.state, code=job.error_code)
        draft_id = session.scalar(select(Draft.id).where(Draft.job_id == job.id))
        job.error, job.error_code = None, None
        if draft_id is None:
            # It died before a draft existed: draft it again (the vault entry is rewritten then).
            job.state, job.attempts = JobState.queued, 0
            return "draft", job.id
        # It died delivering: the draft stands, only its delivery is retried.
        job.state = JobState.generated
        delivery = session.scalar(select(Delivery).where(Delivery.draft_id == draft_id))
        if delivery is not None and delivery.state in (DeliveryState.dead, DeliveryState.failed):
            _reset_delivery(session, delivery)
        return "deliver", draft_id
    delivery = session.scalar(select(Delivery).where(Delivery.draft_id == entity_id))
    if delivery is None:
        return "no such delivery"
    if delivery.state != DeliveryState.dead:
        return f"not a dead letter (state {delivery.state})"
    audit.record(session, actor, "replayed", "draft", entity_id, previous=delivery.state, error=delivery.last_error)
    _reset_delivery(session, delivery)
    draft = session.get(Draft, entity_id)
    job = session.get(Job, draft.job_id) if draft is not None else None
    if job is not None and job.state == JobState.dead:
        job.state, job.error, job.error_code = JobState.generated, None, None
    return "deliver", entity_id


def replay(services: Services, items: list[tuple[str, int]], actor: str) -> list[Replayed]:
    """Replay each (kind, id); one transaction for all resets, then one publish each."""
    results: list[Replayed] = []
    to_publish: list[tuple[str, str, int, int]] = []
    with session_scope(services.sessions) as session:
        for kind, entity_id in items:
            outcome = _prepare(session, kind, entity_id, actor)
            if isinstance(outcome, str):
                results.append(Replayed(kind, entity_id, False, outcome))
            else:
                to_publish.append((kind, outcome[0], entity_id, outcome[1]))
    publishers: dict[str, Callable[[int], None]] = {
        "ingest": services.dispatcher.ingest,
        "draft": services.dispatcher.draft,
        "deliver": services.dispatcher.deliver,
    }
    broker_down = False
    for kind, step, entity_id, target in to_publish:
        if not broker_down:
            try:
                publishers[step](target)
            except TransientError:
                broker_down = True
        detail = (
            "reset; the broker is unavailable, the reconciler will publish it when it is back"
            if broker_down
            else f"queued for {step}"
        )
        results.append(Replayed(kind, entity_id, True, detail))
    if to_publish:
        log.info("dead letters replayed", extra={"count": len(to_publish), "actor": actor, "broker_down": broker_down})
    return results
