"""The database, not the broker, decides what work exists.

A message or job can be committed and never published (the broker was down, the process died
between commit and publish), or published and lost (Redis restarted without its data). Every step
is idempotent, so the cure is simple: find work the database says is unfinished and has not moved
for a while, and publish it again. Run periodically (Celery beat, ``medgo-bridge scheduler``), on
demand (``medgo-bridge reconcile``), and at start-up of the embedded runner.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import and_, or_, select

from integration.db import session_scope
from integration.errors import TransientError
from integration.models import Delivery, DeliveryState, InboundMessage, Job, JobState, MessageStatus, utcnow
from integration.services import Services

log = logging.getLogger("medgo.reconcile")


@dataclass(frozen=True)
class Reconciled:
    messages: int
    jobs: int
    deliveries: int
    broker_down: bool = False

    @property
    def total(self) -> int:
        return self.messages + self.jobs + self.deliveries


def reconcile(services: Services, *, older_than_s: float, limit: int = 1000) -> Reconciled:
    """Re-publish unfinished work untouched for ``older_than_s`` seconds (0 = all of it)."""
    cutoff = utcnow() - timedelta(seconds=older_than_s)
    with session_scope(services.sessions) as session:
        messages = list(
            session.scalars(
                select(InboundMessage.id)
                .where(
                    InboundMessage.status.in_((MessageStatus.accepted, MessageStatus.processing, MessageStatus.failed)),
                    InboundMessage.received_at <= cutoff,
                )
                .order_by(InboundMessage.id)  # per-patient order: oldest first
                .limit(limit)
            )
        )
        jobs = list(
            session.scalars(
                select(Job.id)
                .where(
                    Job.state.in_((JobState.queued, JobState.deidentified, JobState.failed)), Job.updated_at <= cutoff
                )
                .order_by(Job.id)
                .limit(limit)
            )
        )
        now = utcnow()
        deliveries = list(
            session.scalars(
                select(Delivery.draft_id)
                .where(
                    or_(
                        and_(
                            Delivery.state.in_((DeliveryState.pending, DeliveryState.failed)),
                            Delivery.updated_at <= cutoff,
                        ),
                        # in progress, but its worker's lease ran out: that worker is gone
                        and_(Delivery.state == DeliveryState.in_progress, Delivery.lease_until < now),
                    )
                )
                .order_by(Delivery.draft_id)
                .limit(limit)
            )
        )
    sent = {"messages": 0, "jobs": 0, "deliveries": 0}
    try:
        for kind, ids, publish in (
            ("messages", messages, services.dispatcher.ingest),
            ("jobs", jobs, services.dispatcher.draft),
            ("deliveries", deliveries, services.dispatcher.deliver),
        ):
            for entity_id in ids:
                publish(entity_id)
                sent[kind] += 1
    except TransientError:
        log.warning("reconcile stopped: broker unavailable", extra=sent)
        return Reconciled(sent["messages"], sent["jobs"], sent["deliveries"], broker_down=True)
    if any(sent.values()):
        log.info("reconciled unfinished work", extra=sent)
    return Reconciled(sent["messages"], sent["jobs"], sent["deliveries"])
