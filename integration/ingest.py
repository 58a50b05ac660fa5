"""Ingest: store what the EMR sent (before answering), then normalise it and fire the rules.

``receive_fhir`` runs on the request path and ends with a commit; only after it returns may the
sender be answered. ``process_message`` runs in a worker: it upserts the resources into the
patient record, evaluates the rule table and creates one job per event.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from integration import audit, record
from integration.db import session_scope
from integration.errors import Deferred, PermanentError
from integration.fhir_validation import InvalidFhir, Issue, parse_bundle
from integration.models import Draft, InboundMessage, Job, JobState, MessageStatus, utcnow
from integration.review import draft_uuid_of, record_review_outcomes
from integration.services import Services

log = logging.getLogger("medgo.ingest")

PENDING = (MessageStatus.accepted, MessageStatus.processing, MessageStatus.failed)


@dataclass(frozen=True)
class Received:
    message_id: int
    status: str
    duplicate: bool
    issues: list[Issue]
    http_status: int
    flags: list[str]
    kind: str | None = None  # Bundle.type or notification:<type>, as stored (the metrics' type label)


def _notification_kind(bundle: dict[str, Any]) -> str | None:
    """For a Subscriptions notification, its type (handshake, heartbeat, event-notification…)."""
    if bundle.get("type") != "history":
        return None
    entries = bundle.get("entry") or []
    first = (entries[0].get("resource") if entries and isinstance(entries[0], dict) else None) or {}
    if first.get("resourceType") == "Parameters":  # R4 backport
        for p in first.get("parameter") or []:
            if p.get("name") == "type":
                return str(p.get("valueCode") or "event-notification")
        return "event-notification"
    if first.get("resourceType") == "SubscriptionStatus":  # R4B
        return str(first.get("type") or "event-notification")
    return None


def receive_fhir(
    services: Services, raw: bytes, *, source: str, content_type: str | None, _race_retry: bool = True
) -> Received:
    """Validate and durably store one inbound FHIR payload. Never raises for bad input.

    Raises only when the database cannot store it; the caller must then not acknowledge.
    """
    sha = hashlib.sha256(raw).hexdigest()
    bundle: dict[str, Any] | None = None
    issues: list[Issue] = []
    http_status = 202
    try:
        bundle = parse_bundle(raw)
    except InvalidFhir as exc:
        issues, http_status = exc.issues, exc.status

    control_id = str((bundle or {}).get("id") or "")
    kind = str(bundle.get("type")) if bundle else None
    notification = _notification_kind(bundle) if bundle else None
    if notification:
        kind = f"notification:{notification}"
    patients = record.patient_refs_in(bundle) if bundle else []

    with session_scope(services.sessions) as session:
        existing = session.scalar(
            select(InboundMessage).where(
                InboundMessage.source == source,
                InboundMessage.control_id == control_id,
                InboundMessage.sha256 == sha,
            )
        )
        if existing is not None:
            # Same sender, same id, same bytes: acknowledge again, do not process twice.
            existing.duplicate_count += 1
            existing.last_received_at = utcnow()
            audit.record(session, f"source:{source}", "duplicate-received", "message", existing.id)
            return Received(
                existing.id,
                existing.status,
                True,
                issues,
                200 if not issues else http_status,
                list(existing.flags or []),
                existing.kind,
            )
        flags: list[str] = []
        if (
            control_id
            and session.scalar(
                select(InboundMessage.id)
                .where(InboundMessage.source == source, InboundMessage.control_id == control_id)
                .limit(1)
            )
            is not None
        ):
            # Senders do reuse ids (counter resets, edits). Process it, but make it visible.
            flags.append("control-id-reused")
        msg = InboundMessage(
            source=source,
            protocol="fhir",
            kind=kind,
            control_id=control_id,
            sha256=sha,
            raw=raw,
            size=len(raw),
            content_type=content_type,
            status=MessageStatus.rejected if issues else MessageStatus.accepted,
            error="; ".join(i.diagnostics for i in issues[:5]) or None,
            error_location=(issues[0].expression if issues else None),
            flags=flags,
            patient_ref=patients[0] if patients else None,
        )
        session.add(msg)
        try:
            session.flush()
        except IntegrityError:
            if not _race_retry:
                raise
            # A concurrent request stored the same message first: it is a duplicate of that one.
            session.rollback()
            return receive_fhir(services, raw, source=source, content_type=content_type, _race_retry=False)
        audit.record(session, f"source:{source}", "received", "message", msg.id, status=msg.status, size=len(raw))
        message_id, status = msg.id, msg.status
    return Received(message_id, status, False, issues, http_status, flags, kind)


def process_message(services: Services, message_id: int) -> list[int]:
    """Normalise one stored message into the record and create jobs. Returns the new job ids."""
    with session_scope(services.sessions) as session:
        msg = session.get(InboundMessage, message_id)
        if msg is None:
            raise PermanentError(f"message {message_id} does not exist")
        if msg.status in (MessageStatus.rejected, MessageStatus.dead):
            return []  # never to be processed (or given up on until an operator replays it)
        if msg.status == MessageStatus.processed:
            # A redelivered task: the record is done, but publishing its jobs may not have been.
            pending = list(
                session.scalars(select(Job.id).where(Job.trigger_message_id == msg.id, Job.state == JobState.queued))
            )
            for job_id in pending:
                services.dispatcher.draft(job_id)
            return pending
        if (
            msg.patient_ref
            and session.scalar(
                select(InboundMessage.id)
                .where(
                    InboundMessage.patient_ref == msg.patient_ref,
                    InboundMessage.id < msg.id,
                    InboundMessage.status.in_(PENDING),
                )
                .limit(1)
            )
            is not None
        ):
            # Per-patient order: an earlier message for this patient is still in flight.
            raise Deferred(f"message {message_id} waits for an earlier message of the same patient")
        msg.status, msg.attempts = MessageStatus.processing, msg.attempts + 1
        raw, protocol, source = msg.raw, msg.protocol, msg.source

    resources, flags, event = _resources_of(services, message_id, raw, protocol, source)
    job_ids: list[int] = []
    with session_scope(services.sessions) as session:
        msg = session.get(InboundMessage, message_id)
        assert msg is not None
        if flags:
            msg.flags = [*msg.flags, *flags]
        if resources:
            changes = record.upsert(session, resources, msg.id, merge=protocol == "hl7v2")
            ours = record_review_outcomes(session, resources, msg.id)
            for spec in services.rules.evaluate(session, changes, event):
                if spec.task == "documentation_qa" and _reviews_our_review(session, spec.trigger_ref, ours):
                    continue  # a signed AI quality review is not itself reviewed: no review of reviews
                job_ids += _create_job(session, spec, msg.id)
        msg.status, msg.processed_at, msg.error = MessageStatus.processed, utcnow(), None
        audit.record(session, "worker", "processed", "message", msg.id, jobs=job_ids)
    for job_id in job_ids:
        services.dispatcher.draft(job_id)
    return job_ids


def _reviews_our_review(session: Session, trigger_ref: str, ours: set[str]) -> bool:
    body = record.get(session, trigger_ref) if trigger_ref.startswith("DocumentReference/") else None
    uuid = draft_uuid_of(body) if body else None
    if uuid is None or uuid not in ours:
        return False
    return session.scalar(select(Draft.task).where(Draft.uuid == uuid)) == "documentation_qa"


def _resources_of(
    services: Services, message_id: int, raw: bytes, protocol: str, source: str
) -> tuple[list[dict[str, Any]], list[str], str]:
    """The FHIR resources a stored message carries (fetched from the EMR for id-only notifications).

    Runs outside any database transaction: it may parse for a while or wait on the EMR.
    """
    if protocol == "hl7v2":
        if services.hl7_mapper is None:
            raise PermanentError(f"message {message_id}: no HL7 v2 mapper is configured")
        mapped = services.hl7_mapper.map(raw, source=source)
        return mapped.resources, [f"hl7:{w}" for w in mapped.warnings[:10]], mapped.event
    # Validated when it was received (only accepted messages get here): plain JSON suffices.
    bundle = json.loads(raw)
    notification = _notification_kind(bundle)
    event = f"fhir:{notification or bundle.get('type')}"
    if notification in {"handshake", "heartbeat", "query-status"}:
        return [], [f"subscription-{notification}"], event
    resources = record.bundle_resources(bundle, message_id)
    if not notification:
        return resources, [], event
    # entry[0] is the notification's status; the rest are the focus resources, if sent in full.
    resources = [r for r in resources if r["resourceType"] not in {"Parameters", "SubscriptionStatus"}]
    if resources:
        return resources, [], event
    focus = _focus_references(bundle)
    if services.emr is None or not focus:
        return [], ["id-only-notification: no EMR FHIR URL to fetch the focus from"], event
    return _fetch_with_patients(services, focus), ["id-only-notification: focus fetched from the EMR"], event


def _focus_references(bundle: dict[str, Any]) -> list[str]:
    refs: list[str] = []
    entries = bundle.get("entry") or []
    status = (entries[0].get("resource") or {}) if entries else {}
    for param in status.get("parameter") or []:  # R4 backport: notification-event.focus
        if param.get("name") == "notification-event":
            for part in param.get("part") or []:
                if part.get("name") == "focus" and isinstance(part.get("valueReference"), dict):
                    refs.append(str(part["valueReference"].get("reference", "")))
    for event in status.get("notificationEvent") or []:  # R4B SubscriptionStatus
        if isinstance(event.get("focus"), dict):
            refs.append(str(event["focus"].get("reference", "")))
    refs += [str(e.get("fullUrl", "")) for e in entries[1:] if isinstance(e, dict) and not e.get("resource")]
    out: list[str] = []
    for ref in refs:
        rel = record.relative_reference(ref)
        if rel and rel not in out:
            out.append(rel)
    return out


def _fetch_with_patients(services: Services, focus: list[str]) -> list[dict[str, Any]]:
    assert services.emr is not None
    fetched: dict[str, dict[str, Any]] = {}
    for ref in focus:
        body = services.emr.read(ref)
        if body is not None:
            fetched[ref] = body
    # The record needs the patient the focus is about, to draft anything for it.
    for body in list(fetched.values()):
        patient = record.patient_ref_of(body)
        if patient and patient not in fetched:
            with session_scope(services.sessions) as session:
                known = record.get(session, patient) is not None
            if not known:
                patient_body = services.emr.read(patient)
                if patient_body is not None:
                    fetched[patient] = patient_body
    return [record.normalise_resource(body) for body in fetched.values()]


def _create_job(session: Session, spec: Any, message_id: int) -> list[int]:
    if session.scalar(select(Job.id).where(Job.idempotency_key == spec.idempotency_key)) is not None:
        return []  # the same event arrived again (a resend): one job, one draft
    job = Job(
        idempotency_key=spec.idempotency_key,
        task=spec.task,
        rule=spec.rule,
        patient_ref=spec.patient_ref,
        trigger_ref=spec.trigger_ref,
        encounter_ref=spec.encounter_ref,
        trigger_message_id=message_id,
        state=JobState.queued,
    )
    session.add(job)
    session.flush()
    audit.record(session, "rules", "job-created", "job", job.id, rule=spec.rule, task=spec.task)
    return [job.id]


def mark_failed(services: Services, message_id: int, error: str, *, dead: bool) -> None:
    with session_scope(services.sessions) as session:
        msg = session.get(InboundMessage, message_id)
        if msg is not None and msg.status not in (MessageStatus.processed, MessageStatus.rejected):
            msg.status = MessageStatus.dead if dead else MessageStatus.failed
            msg.error = error
            audit.record(session, "worker", "dead-lettered" if dead else "failed", "message", msg.id, error=error)
