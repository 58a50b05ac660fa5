"""Deliver: write a draft to the EMR exactly once, whatever the broker or the EMR does.

Three layers, because each alone has a hole:
1. our own durable delivery row: a delivered draft is never sent again;
2. a lease on that row, so only one worker at a time talks to the EMR about one draft (a
   redelivered task while the first is still running waits instead of racing it);
3. before writing, a search of the EMR for the draft's identifier: if a worker died after the
   EMR stored the note but before we recorded it, the note is found, not written twice.
The transaction also carries ``ifNoneExist`` for servers that honour it, but we do not rely on
conditional create (several servers create duplicates under concurrency; Epic ignores it).
"""

from __future__ import annotations

import logging
import os
import socket
import time
import uuid
from datetime import timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, or_, select, update
from structlog.contextvars import bind_contextvars

from integration import audit, metrics, record
from integration.db import session_scope
from integration.documents import draft_identifier, transaction
from integration.errors import Deferred, PermanentError, TransientError
from integration.models import Delivery, DeliveryState, Draft, Job, JobState, utcnow
from integration.services import Services

log = logging.getLogger("medgo.delivery")

CLAIMABLE = (DeliveryState.pending, DeliveryState.failed, DeliveryState.in_progress)


def _owner() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def deliver_draft(services: Services, draft_id: int) -> str | None:
    """Deliver one draft; returns the EMR document reference (None when kept locally)."""
    with session_scope(services.sessions) as session:
        delivery = session.scalar(select(Delivery).where(Delivery.draft_id == draft_id))
        if delivery is None:
            raise PermanentError(f"draft {draft_id} has no delivery record")
        if delivery.state == DeliveryState.delivered:
            return delivery.document_ref
        if delivery.state in (DeliveryState.stored, DeliveryState.dead):
            return None
        target = delivery.target
    adapter = services.emr if target == "fhir" else services.hl7_sender if target == "mllp" else None
    if adapter is None:
        raise PermanentError(
            f"draft {draft_id} is meant for the {target} EMR interface, which is not configured; "
            "configure it and replay the dead letter"
        )

    owner, now = _owner(), utcnow()
    started = time.perf_counter()
    with session_scope(services.sessions) as session:
        claimed = cast(
            "CursorResult[Any]",
            session.execute(
                update(Delivery)
                .where(
                    Delivery.draft_id == draft_id,
                    Delivery.state.in_(CLAIMABLE),
                    or_(Delivery.lease_until.is_(None), Delivery.lease_until < now),
                )
                .values(
                    state=DeliveryState.in_progress,
                    lease_owner=owner,
                    lease_until=now + timedelta(seconds=services.settings.delivery_lease_s),
                    attempts=Delivery.attempts + 1,
                    endpoint=adapter.endpoint,
                )
            ),
        ).rowcount
        if not claimed:
            state = session.scalar(select(Delivery.state).where(Delivery.draft_id == draft_id))
            if state in (DeliveryState.delivered, DeliveryState.dead):
                return None
            raise Deferred(f"delivery of draft {draft_id} is held by another worker; retrying later")
        draft = session.get(Draft, draft_id)
        assert draft is not None
        session.expunge(draft)
        trigger = session.scalar(select(Job.trigger_message_id).where(Job.id == draft.job_id))
    # The EMR client's and this step's log lines name the job and the message behind the draft.
    bind_contextvars(draft_id=draft_id, job_id=draft.job_id, message_id=trigger, task=draft.task)

    already: str | None = None
    provenance_ref: str | None = None
    if services.emr is not None and target == "fhir":
        system, value = draft_identifier(draft)
        already = services.emr.find_document(system, value)
        if already is not None:
            document_ref = already
        else:
            bundle = transaction(draft, organization_ref=services.settings.organization_ref)
            locations = services.emr.post_transaction(bundle)
            if not locations:
                raise TransientError(f"the EMR answered the transaction for draft {draft_id} without locations")
            document_ref = locations[0]
            provenance_ref = locations[1] if len(locations) > 1 else None
    else:
        assert services.hl7_sender is not None
        with session_scope(services.sessions) as session:
            patient = record.get(session, draft.patient_ref)
            encounter = record.get(session, draft.encounter_ref) if draft.encounter_ref else None
        document_ref = f"MDM^T02/{services.hl7_sender.send(draft, patient, encounter)}"

    with session_scope(services.sessions) as session:
        delivery = session.scalar(select(Delivery).where(Delivery.draft_id == draft_id))
        assert delivery is not None
        delivery.state, delivery.document_ref, delivery.provenance_ref = (
            DeliveryState.delivered,
            document_ref,
            provenance_ref,
        )
        delivery.delivered_at, delivery.lease_owner, delivery.lease_until, delivery.last_error = (
            utcnow(),
            None,
            None,
            None,
        )
        job = session.get(Job, draft.job_id)
        if job is not None:
            job.state = JobState.delivered
        audit.record(
            session,
            "worker",
            "delivered",
            "draft",
            draft_id,
            endpoint=adapter.endpoint,
            document=document_ref,
            found_existing=already is not None,
        )
    metrics.DELIVERIES.labels(target, "true" if already is not None else "false").inc()
    metrics.STAGE_DURATION.labels("deliver", draft.task).observe(time.perf_counter() - started)
    return document_ref


def mark_failed(services: Services, draft_id: int, error: str, *, dead: bool, code: str = "error") -> None:
    with session_scope(services.sessions) as session:
        delivery = session.scalar(select(Delivery).where(Delivery.draft_id == draft_id))
        if delivery is None or delivery.state == DeliveryState.delivered:
            return
        delivery.state = DeliveryState.dead if dead else DeliveryState.failed
        target = delivery.target
        delivery.last_error, delivery.lease_owner, delivery.lease_until = error, None, None
        draft = session.get(Draft, draft_id)
        job = session.get(Job, draft.job_id) if draft else None
        if job is not None and dead:
            job.state, job.error, job.error_code = JobState.dead, error, code
        audit.record(
            session,
            "worker",
            "dead-lettered" if dead else "delivery-failed",
            "draft",
            draft_id,
            error=error,
            code=code,
        )
    # After the commit: a failure that was not recorded is not counted either.
    metrics.DELIVERY_FAILURES.labels(target, metrics.code_label(code), "true" if dead else "false").inc()
