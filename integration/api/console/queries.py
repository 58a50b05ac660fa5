"""The numbers and lists behind the console pages, read straight from the database.

The database is the source of truth for what exists and in which state (the broker is not), so
"queue depth" here is rows per state, not broker queue lengths: it stays right after a broker
restart, and it is the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from integration.models import (
    ApiKey,
    Delivery,
    DeliveryState,
    Draft,
    InboundMessage,
    Job,
    JobState,
    MessageStatus,
    utcnow,
)

MESSAGE_STATES = [s.value for s in MessageStatus]
JOB_STATES = [s.value for s in JobState]
DELIVERY_STATES = [s.value for s in DeliveryState]


def _hour_bucket(session: Session, column: Any) -> ColumnElement[str]:
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(func.date_trunc("hour", func.timezone("UTC", column)), "YYYY-MM-DD HH24:00")
    return func.strftime("%Y-%m-%d %H:00", column)


@dataclass
class Throughput:
    received_hour: int = 0
    received_day: int = 0
    rejected_day: int = 0
    drafts_hour: int = 0
    drafts_day: int = 0
    delivered_hour: int = 0
    delivered_day: int = 0
    dead_day: int = 0
    # (hour label, messages received, drafts created), oldest first, 24 entries
    hourly: list[tuple[str, int, int]] = field(default_factory=list)
    peak: int = 1


def throughput(session: Session) -> Throughput:
    now = utcnow()
    hour, day = now - timedelta(hours=1), now - timedelta(hours=24)
    out = Throughput()
    out.received_hour = session.scalar(select(func.count()).where(InboundMessage.received_at >= hour)) or 0
    out.received_day = session.scalar(select(func.count()).where(InboundMessage.received_at >= day)) or 0
    out.rejected_day = (
        session.scalar(
            select(func.count()).where(
                InboundMessage.received_at >= day, InboundMessage.status == MessageStatus.rejected
            )
        )
        or 0
    )
    out.drafts_hour = session.scalar(select(func.count()).where(Draft.created_at >= hour)) or 0
    out.drafts_day = session.scalar(select(func.count()).where(Draft.created_at >= day)) or 0
    out.delivered_hour = session.scalar(select(func.count()).where(Delivery.delivered_at >= hour)) or 0
    out.delivered_day = session.scalar(select(func.count()).where(Delivery.delivered_at >= day)) or 0
    out.dead_day = (
        session.scalar(select(func.count()).where(Job.state == JobState.dead, Job.updated_at >= day)) or 0
    ) + (
        session.scalar(
            select(func.count()).where(InboundMessage.status == MessageStatus.dead, InboundMessage.received_at >= day)
        )
        or 0
    )
    received = dict(
        session.execute(
            select(bucket := _hour_bucket(session, InboundMessage.received_at), func.count())
            .where(InboundMessage.received_at >= day)
            .group_by(bucket)
        ).all()
    )
    drafted = dict(
        session.execute(
            select(bucket := _hour_bucket(session, Draft.created_at), func.count())
            .where(Draft.created_at >= day)
            .group_by(bucket)
        ).all()
    )
    start = now.replace(minute=0, second=0, microsecond=0) - timedelta(hours=23)
    for i in range(24):
        key = (start + timedelta(hours=i)).strftime("%Y-%m-%d %H:00")
        out.hourly.append((key[11:], int(received.get(key, 0)), int(drafted.get(key, 0))))
    out.peak = max([1, *(r for _, r, _ in out.hourly), *(d for _, _, d in out.hourly)])
    return out


def depth(session: Session) -> dict[str, list[tuple[str, int]]]:
    """Rows per state for messages, jobs and deliveries, every state listed (zero included)."""
    msg = dict(session.execute(select(InboundMessage.status, func.count()).group_by(InboundMessage.status)).all())
    job = dict(session.execute(select(Job.state, func.count()).group_by(Job.state)).all())
    dlv = dict(session.execute(select(Delivery.state, func.count()).group_by(Delivery.state)).all())
    return {
        "messages": [(s, int(msg.get(s, 0))) for s in MESSAGE_STATES],
        "jobs": [(s, int(job.get(s, 0))) for s in JOB_STATES],
        "deliveries": [(s, int(dlv.get(s, 0))) for s in DELIVERY_STATES],
    }


def oldest_unfinished(session: Session) -> datetime | None:
    """When the oldest message still waiting for its ingest step arrived: a stuck pipeline shows here."""
    return session.scalar(
        select(func.min(InboundMessage.received_at)).where(
            InboundMessage.status.in_((MessageStatus.accepted, MessageStatus.processing, MessageStatus.failed))
        )
    )


# --- dead letters ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeadLetter:
    kind: str  # message | job | delivery
    entity_id: int  # message id, job id, or draft id (deliveries are keyed by their draft)
    stage: str  # ingest | draft | deliver | receipt
    state: str
    reason_code: str
    error: str
    when: datetime | None
    replayable: bool
    note: str = ""  # e.g. newer messages for the same patient were processed since


def dead_letter_count(session: Session) -> int:
    """What the dead-letters page lists, counted without building the list (for the dashboard)."""
    messages = session.scalar(
        select(func.count()).where(InboundMessage.status.in_((MessageStatus.dead, MessageStatus.rejected)))
    )
    jobs = session.scalar(select(func.count()).where(Job.state == JobState.dead))
    deliveries = session.scalar(
        select(func.count())
        .select_from(Delivery)
        .join(Draft, Draft.id == Delivery.draft_id)
        .join(Job, Job.id == Draft.job_id)
        .where(Delivery.state == DeliveryState.dead, Job.state != JobState.dead)
    )
    return int(messages or 0) + int(jobs or 0) + int(deliveries or 0)


def dead_letters(session: Session, *, kind: str | None = None, limit: int = 500) -> list[DeadLetter]:
    out: list[DeadLetter] = []
    if kind in (None, "message"):
        rows = session.scalars(
            select(InboundMessage)
            .where(InboundMessage.status.in_((MessageStatus.dead, MessageStatus.rejected)))
            .order_by(InboundMessage.id.desc())
            .limit(limit)
        )
        for m in rows:
            dead = m.status == MessageStatus.dead
            note = ""
            if dead and m.patient_ref:
                newer = (
                    session.scalar(
                        select(func.count()).where(
                            InboundMessage.patient_ref == m.patient_ref,
                            InboundMessage.id > m.id,
                            InboundMessage.status == MessageStatus.processed,
                        )
                    )
                    or 0
                )
                if newer:
                    note = f"{newer} newer message(s) of this patient were processed since"
            out.append(
                DeadLetter(
                    "message",
                    m.id,
                    "ingest" if dead else "receipt",
                    m.status,
                    "ingest-failed" if dead else "refused",
                    m.error or "",
                    m.processed_at or m.received_at,
                    dead,
                    note,
                )
            )
    if kind in (None, "job"):
        rows2 = session.execute(
            select(Job, Draft.id)
            .outerjoin(Draft, Draft.job_id == Job.id)
            .where(Job.state == JobState.dead)
            .order_by(Job.id.desc())
            .limit(limit)
        ).all()
        for job, draft_id in rows2:
            out.append(
                DeadLetter(
                    "job",
                    job.id,
                    "deliver" if draft_id is not None else "draft",
                    job.state,
                    job.error_code or "error",
                    job.error or "",
                    job.updated_at,
                    True,
                )
            )
    if kind in (None, "delivery"):
        # A dead delivery normally kills its job too (listed above); these are the ones whose job
        # was not marked, so that nothing dead is invisible.
        rows3 = session.execute(
            select(Delivery, Job.state)
            .join(Draft, Draft.id == Delivery.draft_id)
            .join(Job, Job.id == Draft.job_id)
            .where(Delivery.state == DeliveryState.dead, Job.state != JobState.dead)
            .order_by(Delivery.id.desc())
            .limit(limit)
        ).all()
        for delivery, _job_state in rows3:
            out.append(
                DeadLetter(
                    "delivery",
                    delivery.draft_id,
                    "deliver",
                    delivery.state,
                    "delivery-dead",
                    delivery.last_error or "",
                    delivery.updated_at,
                    True,
                )
            )
    return out


# --- sources ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceRow:
    source: str
    protocol: str
    total: int
    rejected: int
    dead: int
    first_seen: datetime | None
    last_seen: datetime | None


def sources(session: Session) -> list[SourceRow]:
    rows = session.execute(
        select(
            InboundMessage.source,
            InboundMessage.protocol,
            func.count(),
            func.sum(case((InboundMessage.status == MessageStatus.rejected, 1), else_=0)),
            func.sum(case((InboundMessage.status == MessageStatus.dead, 1), else_=0)),
            func.min(InboundMessage.received_at),
            func.max(InboundMessage.received_at),
        )
        .group_by(InboundMessage.source, InboundMessage.protocol)
        .order_by(InboundMessage.protocol, InboundMessage.source)
    ).all()
    return [SourceRow(s, p, int(t), int(r or 0), int(d or 0), f, la) for s, p, t, r, d, f, la in rows]


def api_keys(session: Session) -> list[ApiKey]:
    return list(session.scalars(select(ApiKey).order_by(ApiKey.name)))


def stuck_jobs_filter(older_than: datetime) -> ColumnElement[bool]:
    """Jobs in a working state that have not moved since ``older_than``."""
    return and_(
        or_(Job.state == JobState.queued, Job.state == JobState.deidentified, Job.state == JobState.failed),
        Job.updated_at < older_than,
    )
