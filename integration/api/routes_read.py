"""Read endpoints: messages, jobs and drafts, filterable and paginated."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from sqlalchemy import Select, func, select

from integration.api.deps import Caller, ServicesDep
from integration.api.schemas import DeliveryOut, DraftDetail, DraftOut, JobOut, MessageOut, Page
from integration.db import session_scope
from integration.models import Delivery, Draft, InboundMessage, Job

router = APIRouter()

Limit = Annotated[int, Query(ge=1, le=200, description="Page size.")]
Offset = Annotated[int, Query(ge=0, description="Items to skip.")]


def _page(
    request: Request, session: Any, stmt: Select[Any], limit: int, offset: int
) -> tuple[list[Any], int, str | None]:
    total = session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
    rows = list(session.scalars(stmt.limit(limit).offset(offset)))
    nxt = None
    if offset + limit < total:
        nxt = f"{request.url.path}?{request.url.include_query_params(offset=offset + limit, limit=limit).query}"
    return rows, total, nxt


def _message_out(session: Any, msg: InboundMessage) -> MessageOut:
    out = MessageOut.model_validate(msg)
    out.job_ids = list(session.scalars(select(Job.id).where(Job.trigger_message_id == msg.id).order_by(Job.id)))
    return out


@router.get("/messages", response_model=Page[MessageOut], summary="List inbound messages")
def list_messages(
    request: Request,
    services: ServicesDep,
    _caller: Caller,
    status: Annotated[str | None, Query(description="accepted, rejected, processing, processed, failed, dead")] = None,
    source: str | None = None,
    protocol: Annotated[str | None, Query(description="fhir or hl7v2")] = None,
    kind: str | None = None,
    control_id: str | None = None,
    received_after: datetime | None = None,
    received_before: datetime | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[MessageOut]:
    """Every message the bridge has received, newest first, including rejected ones and their errors."""
    stmt = select(InboundMessage).order_by(InboundMessage.id.desc())
    for column, value in (
        (InboundMessage.status, status),
        (InboundMessage.source, source),
        (InboundMessage.protocol, protocol),
        (InboundMessage.kind, kind),
        (InboundMessage.control_id, control_id),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    if received_after is not None:
        stmt = stmt.where(InboundMessage.received_at >= received_after)
    if received_before is not None:
        stmt = stmt.where(InboundMessage.received_at < received_before)
    with session_scope(services.sessions) as session:
        rows, total, nxt = _page(request, session, stmt, limit, offset)
        return Page[MessageOut](
            items=[_message_out(session, m) for m in rows], total=total, limit=limit, offset=offset, next=nxt
        )


@router.get("/messages/{message_id}", response_model=MessageOut, summary="One inbound message")
def get_message(message_id: int, services: ServicesDep, _caller: Caller) -> MessageOut:
    with session_scope(services.sessions) as session:
        msg = session.get(InboundMessage, message_id)
        if msg is None:
            raise HTTPException(404, f"No message {message_id}. List messages with GET /messages.")
        return _message_out(session, msg)


def _job_out(session: Any, job: Job) -> JobOut:
    out = JobOut.model_validate(job)
    out.draft_id = session.scalar(select(Draft.id).where(Draft.job_id == job.id))
    return out


@router.get("/jobs", response_model=Page[JobOut], summary="List draft jobs")
def list_jobs(
    request: Request,
    services: ServicesDep,
    _caller: Caller,
    state: Annotated[str | None, Query(description="queued, deidentified, generated, delivered, failed, dead")] = None,
    task: str | None = None,
    patient: Annotated[str | None, Query(description="Patient reference, e.g. Patient/123")] = None,
    message_id: int | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[JobOut]:
    stmt = select(Job).order_by(Job.id.desc())
    for column, value in (
        (Job.state, state),
        (Job.task, task),
        (Job.patient_ref, patient),
        (Job.trigger_message_id, message_id),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    with session_scope(services.sessions) as session:
        rows, total, nxt = _page(request, session, stmt, limit, offset)
        return Page[JobOut](
            items=[_job_out(session, j) for j in rows], total=total, limit=limit, offset=offset, next=nxt
        )


@router.get("/jobs/{job_id}", response_model=JobOut, summary="One draft job")
def get_job(job_id: int, services: ServicesDep, _caller: Caller) -> JobOut:
    with session_scope(services.sessions) as session:
        job = session.get(Job, job_id)
        if job is None:
            raise HTTPException(404, f"No job {job_id}. List jobs with GET /jobs.")
        return _job_out(session, job)


def _draft_out(session: Any, draft: Draft, model: type[DraftOut] = DraftOut) -> DraftOut:
    out = model.model_validate(draft)
    delivery = session.scalar(select(Delivery).where(Delivery.draft_id == draft.id))
    out.delivery = DeliveryOut.model_validate(delivery) if delivery else None
    return out


@router.get("/drafts", response_model=Page[DraftOut], summary="List drafts")
def list_drafts(
    request: Request,
    services: ServicesDep,
    _caller: Caller,
    delivery_state: Annotated[str | None, Query(description="pending, delivered, stored, failed, dead…")] = None,
    task: str | None = None,
    patient: Annotated[str | None, Query(description="Patient reference, e.g. Patient/123")] = None,
    job_id: int | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[DraftOut]:
    """Drafts with where each was delivered. The note text is in GET /drafts/{id}."""
    stmt = select(Draft).order_by(Draft.id.desc())
    for column, value in ((Draft.task, task), (Draft.patient_ref, patient), (Draft.job_id, job_id)):
        if value is not None:
            stmt = stmt.where(column == value)
    if delivery_state is not None:
        stmt = stmt.join(Delivery, Delivery.draft_id == Draft.id).where(Delivery.state == delivery_state)
    with session_scope(services.sessions) as session:
        rows, total, nxt = _page(request, session, stmt, limit, offset)
        return Page[DraftOut](
            items=[_draft_out(session, d) for d in rows], total=total, limit=limit, offset=offset, next=nxt
        )


@router.get("/drafts/{draft_id}", response_model=DraftDetail, summary="One draft, with its text")
def get_draft(draft_id: int, services: ServicesDep, _caller: Caller) -> DraftOut:
    with session_scope(services.sessions) as session:
        draft = session.get(Draft, draft_id)
        if draft is None:
            raise HTTPException(404, f"No draft {draft_id}. List drafts with GET /drafts.")
        return _draft_out(session, draft, DraftDetail)
