"""The operations console: a small server-rendered web app mounted at ``/console``.

No JavaScript and no build step: Jinja2 templates, one stylesheet, plain forms. That keeps the
Content-Security-Policy strict (no inline script can run even if a value slipped through
escaping) and lets the console work on locked-down hospital workstations.

What never happens here: PHI in a URL (unmasking is a POST, searches are by control id, source,
type, status and time), PHI in a log line (nothing from a payload is logged), an unmasked view
without an audit event, or a state change without a CSRF token.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import math
import secrets
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from integration import audit
from integration.api.console import auth, masking, queries
from integration.api.console.replay import parse_item, replay
from integration.context import record_identifiers
from integration.db import session_scope
from integration.deid.selftest import self_test
from integration.models import (
    AuditEvent,
    ConsoleUser,
    Delivery,
    Draft,
    InboundMessage,
    Job,
    utcnow,
)
from integration.services import Services
from integration.settings import TaskMode

log = logging.getLogger("medgo.console")

HERE = Path(__file__).parent
COOKIE = "medgo_console"
LOGIN_COOKIE = "medgo_console_login"
PAGE_SIZE = 50
MAX_FORM_BYTES = 64 * 1024
MAX_BULK = 500

_templates = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def _aware(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)  # SQLite drops the zone; everything is written in UTC
    return value


def _fmt_dt(value: datetime | None) -> str:
    value = _aware(value)
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S") if value else "–"


def _fmt_ago(value: datetime | None) -> str:
    value = _aware(value)
    if value is None:
        return "–"
    seconds = (utcnow() - value).total_seconds()
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{int(seconds // size)} {unit} ago"
    return f"{max(int(seconds), 0)} s ago"


_templates.filters["dt"] = _fmt_dt
_templates.filters["ago"] = _fmt_ago
_templates.filters["tojson_pretty"] = lambda v: json.dumps(v, ensure_ascii=False, indent=2, default=str)


# --- plumbing: errors, headers, forms --------------------------------------------------------------


class NotSignedIn(Exception):
    pass


class Forbidden(Exception):
    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


class BadForm(Exception):
    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


class SecurityHeaders:
    """Headers every console answer carries; HTML is never cached (it may show patient data)."""

    CSP = (
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    )

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                extra = {
                    b"content-security-policy": self.CSP.encode(),
                    b"x-frame-options": b"DENY",
                    b"x-content-type-options": b"nosniff",
                    b"referrer-policy": b"no-referrer",
                    b"cross-origin-opener-policy": b"same-origin",
                }
                if b"cache-control" not in names:
                    extra[b"cache-control"] = b"no-store"
                headers += [(k, v) for k, v in extra.items() if k not in names]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


def services_of(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


def base_of(request: Request) -> str:
    return str(request.scope.get("root_path", "")).rstrip("/")


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def cookie_secret(services: Services) -> bytes:
    if services.settings.console_secret is not None:
        return services.settings.console_secret.get_secret_value().encode("utf-8")
    return hmac.new(services.deid_secret, b"medgo-bridge console cookies", hashlib.sha256).digest()


async def form_data(request: Request) -> dict[str, list[str]]:
    """The urlencoded body of a console form (small by construction; larger is refused)."""
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            raise BadForm("the form is too large")
    # A cross-site POST from a browser carries its Origin; ours always matches the Host.
    origin = request.headers.get("origin")
    if origin and origin != "null":
        host = request.headers.get("host", "")
        if origin.split("://", 1)[-1] != host:
            raise Forbidden("cross-origin form submission refused")
    return parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)


Form = Annotated[dict[str, list[str]], Depends(form_data)]


def _one(form: Mapping[str, list[str]], key: str) -> str:
    values = form.get(key) or [""]
    return values[0]


def current(request: Request) -> auth.Principal:
    services = services_of(request)
    token = auth.unsign(request.app.state.secret, request.cookies.get(COOKIE))
    if token is None:
        raise NotSignedIn
    with session_scope(services.sessions) as session:
        principal = auth.load_session(session, token, services.settings)
    if principal is None:
        raise NotSignedIn
    return principal


def requires(permission: str) -> Callable[[Request], auth.Principal]:
    def dependency(request: Request) -> auth.Principal:
        principal = current(request)
        if not principal.can(permission):
            raise Forbidden(f"your role ({principal.role}) does not allow this")
        return principal

    return dependency


Viewer = Annotated[auth.Principal, Depends(requires("view"))]
Operator = Annotated[auth.Principal, Depends(requires("replay"))]
Unmasker = Annotated[auth.Principal, Depends(requires("unmask"))]
Auditor = Annotated[auth.Principal, Depends(requires("audit"))]
Admin = Annotated[auth.Principal, Depends(requires("users"))]


def check_csrf(me: auth.Principal, form: Mapping[str, list[str]]) -> None:
    if not hmac.compare_digest(_one(form, "csrf"), me.csrf_token):
        raise BadForm("the form has expired or did not come from this console; reload the page and retry")


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("me", None)
    html = _templates.get_template(template).render(
        base=base_of(request), path=request.url.path, roles_help=auth.ROLE_HELP, **context
    )
    return HTMLResponse(html, status_code=status_code)


class Pager:
    def __init__(self, request: Request, total: int, page: int) -> None:
        self.total, self.page = total, page
        self.pages = max(1, math.ceil(total / PAGE_SIZE))
        self.prev = str(request.url.include_query_params(page=page - 1)) if page > 1 else None
        self.next = str(request.url.include_query_params(page=page + 1)) if page < self.pages else None
        self.offset = (page - 1) * PAGE_SIZE


def _paged(session: Session, request: Request, stmt: Select[Any], page: int) -> tuple[list[Any], Pager]:
    total = session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
    pager = Pager(request, total, page)
    return list(session.scalars(stmt.limit(PAGE_SIZE).offset(pager.offset))), pager


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)  # the console works in UTC


Page = Annotated[int, Query(ge=1, le=100_000)]

router = APIRouter()


# --- sign in / out ---------------------------------------------------------------------------------


def _login_page(request: Request, *, error: str = "", status_code: int = 200) -> HTMLResponse:
    # Login CSRF: a random value both in a cookie and in the form; a forged cross-site form cannot
    # read the cookie, so it cannot sign a victim in to an attacker's account.
    token = secrets.token_urlsafe(24)
    response = render(request, "login.html", status_code, error=error, login_csrf=token)
    response.set_cookie(
        LOGIN_COOKIE,
        auth.sign(request.app.state.secret, token),
        max_age=3600,
        httponly=True,
        samesite="strict",
        secure=services_of(request).settings.console_cookie_is_secure,
        path=base_of(request) or "/",
    )
    return response


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request) -> HTMLResponse:
    return _login_page(request)


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, form: Form) -> Response:
    services = services_of(request)
    address = client_address(request)
    expected = auth.unsign(request.app.state.secret, request.cookies.get(LOGIN_COOKIE))
    if expected is None or not hmac.compare_digest(_one(form, "login_csrf"), expected):
        return _login_page(request, error="The sign-in form expired. Please try again.", status_code=400)
    wait = request.app.state.throttle.retry_after(address)
    if wait > 0:
        response = _login_page(
            request,
            error=f"Too many failed sign-ins from this address. Try again in {math.ceil(wait)} s.",
            status_code=429,
        )
        response.headers["Retry-After"] = str(math.ceil(wait))
        return response
    name, password = _one(form, "name")[:100], _one(form, "password")[:1024]
    with session_scope(services.sessions) as session:
        result = auth.authenticate(session, name, password)
        if result.user is None:
            known = session.scalar(select(ConsoleUser.id).where(ConsoleUser.name == name.strip()))
            if known is not None:
                audit.record(
                    session,
                    "console",
                    "sign-in-failed",
                    "console_user",
                    known,
                    client=address,
                    locked=result.retry_after_s > 0,
                )
            token = None
        else:
            token = auth.start_session(session, result.user, services.settings)
            audit.record(
                session,
                f"console:{result.user.name}",
                "signed-in",
                "console_user",
                result.user.id,
                client=address,
                role=result.user.role,
            )
            user_name, role = result.user.name, result.user.role
    if token is None:
        request.app.state.throttle.failed(address)
        log.info("console sign-in refused", extra={"client": address})
        if result.retry_after_s > 0:
            message = f"Too many failed sign-ins for this account. Try again in {math.ceil(result.retry_after_s)} s."
            return _login_page(request, error=message, status_code=429)
        return _login_page(request, error="Unknown user or wrong password.", status_code=401)
    request.app.state.throttle.succeeded(address)
    log.info("console sign-in", extra={"user": user_name, "role": role})
    base = base_of(request)
    signed_in = RedirectResponse(f"{base}/", status_code=303)
    signed_in.set_cookie(
        COOKIE,
        auth.sign(request.app.state.secret, token),
        httponly=True,
        samesite="strict",
        secure=services.settings.console_cookie_is_secure,
        path=base or "/",
    )
    signed_in.delete_cookie(LOGIN_COOKIE, path=base or "/")
    return signed_in


@router.post("/logout")
def logout(request: Request, form: Form, me: Viewer) -> Response:
    check_csrf(me, form)
    services = services_of(request)
    token = auth.unsign(request.app.state.secret, request.cookies.get(COOKIE))
    with session_scope(services.sessions) as session:
        if token is not None:
            auth.end_session(session, token)
        audit.record(session, me.actor, "signed-out", "console_user", me.user_id)
    base = base_of(request)
    response = RedirectResponse(f"{base}/login", status_code=303)
    response.delete_cookie(COOKIE, path=base or "/")
    return response


STATIC = {"console.css": "text/css", "favicon.svg": "image/svg+xml"}


@router.get("/static/{name}")
def static(name: str) -> Response:
    # A fixed list rather than a directory mount: nothing else under static/ can ever be served.
    if name not in STATIC:
        return Response(status_code=404)
    return Response(
        (HERE / "static" / name).read_bytes(),
        media_type=STATIC[name],
        headers={"Cache-Control": "public, max-age=3600"},
    )


# --- dashboard -------------------------------------------------------------------------------------


def _model_status(services: Services) -> dict[str, str]:
    settings = services.settings
    if not settings.llm_url:
        return {"state": "extractive", "detail": "no model server configured: drafts are extractive digests"}
    ok = services.backend.health()
    return {
        "state": "ok" if ok else "unreachable",
        "detail": f"{settings.llm_model}@{settings.llm_revision} ({getattr(services.backend, 'name', 'model server')})",
    }


def _broker_status(services: Services) -> str:
    if services.settings.task_mode is not TaskMode.celery:
        return "in-process"
    from integration.api.routes_health import _broker_ok

    return "ok" if _broker_ok(services.settings.broker_url) else "unreachable"


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, me: Viewer) -> HTMLResponse:
    services = services_of(request)
    settings = services.settings
    with session_scope(services.sessions) as session:
        stats = queries.throughput(session)
        depth = queries.depth(session)
        oldest = queries.oldest_unfinished(session)
        stuck = (
            session.scalar(
                select(func.count())
                .select_from(Job)
                .where(queries.stuck_jobs_filter(utcnow() - timedelta(seconds=settings.reconcile_after_s)))
            )
            or 0
        )
        dead = queries.dead_letter_count(session)
    deid = self_test(settings.deid_profile)
    return render(
        request,
        "dashboard.html",
        me=me,
        nav="dashboard",
        stats=stats,
        depth=depth,
        oldest=oldest,
        stuck=stuck,
        dead=dead,
        model=_model_status(services),
        broker=_broker_status(services),
        deid={
            "state": "ok" if deid.ok else "failed",
            "detail": f"{deid.status}; recall {deid.recall:.2f}",
            "profile": settings.deid_profile,
        },
        emr=services.delivery_target,
        now=utcnow(),
    )


# --- message journal -------------------------------------------------------------------------------


@router.get("/messages", response_class=HTMLResponse)
def messages(
    request: Request,
    me: Viewer,
    control_id: str = "",
    source: str = "",
    kind: str = "",
    status: str = "",
    protocol: str = "",
    since: str = "",
    until: str = "",
    page: Page = 1,
) -> HTMLResponse:
    services = services_of(request)
    stmt = select(InboundMessage).order_by(InboundMessage.id.desc())
    if control_id:
        # A prefix search: batch senders number their messages with a common stem.
        escaped = control_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(InboundMessage.control_id.like(f"{escaped}%", escape="\\"))
    for column, value in (
        (InboundMessage.source, source),
        (InboundMessage.kind, kind),
        (InboundMessage.status, status),
        (InboundMessage.protocol, protocol),
    ):
        if value:
            stmt = stmt.where(column == value)
    start, end = _parse_time(since), _parse_time(until)
    if start is not None:
        stmt = stmt.where(InboundMessage.received_at >= start)
    if end is not None:
        stmt = stmt.where(InboundMessage.received_at < end)
    with session_scope(services.sessions) as session:
        rows, pager = _paged(session, request, stmt, page)
        known_sources = list(session.scalars(select(InboundMessage.source).distinct().order_by(InboundMessage.source)))
        known_kinds = [
            k for k in session.scalars(select(InboundMessage.kind).distinct().order_by(InboundMessage.kind)) if k
        ]
    return render(
        request,
        "messages.html",
        me=me,
        nav="messages",
        rows=rows,
        pager=pager,
        filters={
            "control_id": control_id,
            "source": source,
            "kind": kind,
            "status": status,
            "protocol": protocol,
            "since": since,
            "until": until,
        },
        sources=known_sources,
        kinds=known_kinds,
        statuses=queries.MESSAGE_STATES,
    )


def _message_page(request: Request, me: auth.Principal, message_id: int, *, unmasked: bool) -> HTMLResponse:
    services = services_of(request)
    settings = services.settings
    with session_scope(services.sessions) as session:
        msg = session.get(InboundMessage, message_id)
        if msg is None:
            return render(request, "error.html", 404, me=me, title="Not found", why=f"No message {message_id}.")
        jobs = list(session.scalars(select(Job).where(Job.trigger_message_id == msg.id).order_by(Job.id)))
        events = list(
            session.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity_type == "message", AuditEvent.entity_id == msg.id)
                .order_by(AuditEvent.id)
                .limit(200)
            )
        )
        audit_id = _audit_phi_view(session, me, request, "message", msg.id) if unmasked else None
    segments: list[masking.Hl7Segment] = []
    resources: list[masking.FhirResourceView] = []
    resource_total = 0
    unreadable = ""
    if msg.protocol == "hl7v2":
        override = settings.mllp_charset_overrides.get(msg.source)
        text = masking.decode_hl7(msg.raw, default_charset=settings.mllp_default_charset, override=override)
        segments = masking.hl7_segments(text, mask=not unmasked, profile=settings.deid_profile)
    else:
        try:
            payload = json.loads(msg.raw)
        except ValueError:
            payload = None
        if isinstance(payload, dict):
            resources, resource_total = masking.fhir_views(payload, mask=not unmasked, profile=settings.deid_profile)
        else:
            unreadable = "The body is not a JSON object; it was refused at receipt (see the error above)."
    if unmasked:
        log.info("console identifiers shown", extra={"user": me.name, "message_id": msg.id, "audit": audit_id})
    return render(
        request,
        "message.html",
        me=me,
        nav="messages",
        msg=msg,
        jobs=jobs,
        events=events,
        segments=segments,
        resources=resources,
        resource_total=resource_total,
        unreadable=unreadable,
        unmasked=unmasked,
        audit_id=audit_id,
    )


@router.get("/messages/{message_id}", response_class=HTMLResponse)
def message_detail(request: Request, message_id: int, me: Viewer) -> HTMLResponse:
    return _message_page(request, me, message_id, unmasked=False)


@router.post("/messages/{message_id}/identifiers", response_class=HTMLResponse)
def message_identifiers(request: Request, message_id: int, form: Form, me: Unmasker) -> HTMLResponse:
    # A POST, not ?unmask=1: the request carries a CSRF token, is never prefetched or bookmarked,
    # and leaves no trace in proxies' URL logs; the audit event is committed before the page is sent.
    check_csrf(me, form)
    return _message_page(request, me, message_id, unmasked=True)


# --- jobs ------------------------------------------------------------------------------------------


@router.get("/jobs", response_class=HTMLResponse)
def jobs(
    request: Request, me: Viewer, state: str = "", task: str = "", error_code: str = "", page: Page = 1
) -> HTMLResponse:
    services = services_of(request)
    stmt = select(Job).order_by(Job.id.desc())
    for column, value in ((Job.state, state), (Job.task, task), (Job.error_code, error_code)):
        if value:
            stmt = stmt.where(column == value)
    with session_scope(services.sessions) as session:
        rows, pager = _paged(session, request, stmt, page)
        drafts = dict(
            session.execute(select(Draft.job_id, Draft.id).where(Draft.job_id.in_([j.id for j in rows]))).all()
        )
        tasks = list(session.scalars(select(Job.task).distinct().order_by(Job.task)))
        codes = [c for c in session.scalars(select(Job.error_code).distinct().order_by(Job.error_code)) if c]
    return render(
        request,
        "jobs.html",
        me=me,
        nav="jobs",
        rows=rows,
        pager=pager,
        drafts=drafts,
        filters={"state": state, "task": task, "error_code": error_code},
        states=queries.JOB_STATES,
        tasks=tasks,
        codes=codes,
    )


@router.get("/jobs/{job_id}", response_class=HTMLResponse)
def job_detail(request: Request, job_id: int, me: Viewer) -> HTMLResponse:
    services = services_of(request)
    with session_scope(services.sessions) as session:
        job = session.get(Job, job_id)
        if job is None:
            return render(request, "error.html", 404, me=me, title="Not found", why=f"No job {job_id}.")
        draft = session.scalar(select(Draft).where(Draft.job_id == job.id))
        delivery = session.scalar(select(Delivery).where(Delivery.draft_id == draft.id)) if draft else None
        events = list(
            session.scalars(
                select(AuditEvent)
                .where(
                    or_(
                        (AuditEvent.entity_type == "job") & (AuditEvent.entity_id == job.id),
                        (AuditEvent.entity_type == "draft") & (AuditEvent.entity_id == (draft.id if draft else -1)),
                    )
                )
                .order_by(AuditEvent.id)
                .limit(200)
            )
        )
    return render(request, "job.html", me=me, nav="jobs", job=job, draft=draft, delivery=delivery, events=events)


# --- drafts ----------------------------------------------------------------------------------------

# Columns the draft page lays out itself; any other column (added by a later migration) is listed
# generically, so the page never hides what the table holds.
_DRAFT_SHOWN = {
    "id",
    "uuid",
    "job_id",
    "task",
    "patient_ref",
    "encounter_ref",
    "loinc_code",
    "loinc_display",
    "title",
    "language",
    "text",
    "backend",
    "model",
    "model_revision",
    "prompt_version",
    "deid_policy",
    "sources",
    "flags",
    "period_start",
    "period_end",
    "created_at",
    "review_status",
    "citations",
}


@router.get("/drafts", response_class=HTMLResponse)
def drafts(
    request: Request, me: Viewer, delivery_state: str = "", task: str = "", flagged: str = "", page: Page = 1
) -> HTMLResponse:
    services = services_of(request)
    stmt = select(Draft).order_by(Draft.id.desc())
    if task:
        stmt = stmt.where(Draft.task == task)
    if delivery_state:
        stmt = stmt.join(Delivery, Delivery.draft_id == Draft.id).where(Delivery.state == delivery_state)
    with session_scope(services.sessions) as session:
        if flagged:
            # JSON arrays differ between SQLite and PostgreSQL; the flag list is short, filter here.
            all_rows = [d for d in session.scalars(stmt.limit(5000)) if d.flags]
            pager = Pager(request, len(all_rows), page)
            rows = all_rows[pager.offset : pager.offset + PAGE_SIZE]
        else:
            rows, pager = _paged(session, request, stmt, page)
        deliveries = {
            d.draft_id: d for d in session.scalars(select(Delivery).where(Delivery.draft_id.in_([r.id for r in rows])))
        }
        tasks = list(session.scalars(select(Draft.task).distinct().order_by(Draft.task)))
    return render(
        request,
        "drafts.html",
        me=me,
        nav="drafts",
        rows=rows,
        pager=pager,
        deliveries=deliveries,
        filters={"delivery_state": delivery_state, "task": task, "flagged": flagged},
        states=queries.DELIVERY_STATES,
        tasks=tasks,
    )


def _mask_json(value: Any, free: masking.FreeText | None) -> Any:
    if free is None:
        return value
    if isinstance(value, str):
        # Sentences of the note go through the engine; short values (codes, references) only
        # through the known-value pass, which is cheap.
        return free.mask(value) if len(value) > 24 and " " in value else free.known.mask(value)
    if isinstance(value, list):
        return [_mask_json(v, free) for v in value]
    if isinstance(value, dict):
        return {k: _mask_json(v, free) for k, v in value.items()}
    return value


def _draft_page(request: Request, me: auth.Principal, draft_id: int, *, unmasked: bool) -> HTMLResponse:
    services = services_of(request)
    with session_scope(services.sessions) as session:
        draft = session.get(Draft, draft_id)
        if draft is None:
            return render(request, "error.html", 404, me=me, title="Not found", why=f"No draft {draft_id}.")
        delivery = session.scalar(select(Delivery).where(Delivery.draft_id == draft.id))
        job = session.get(Job, draft.job_id)
        masker = None
        if not unmasked:
            # The note names the real patient (it was re-identified for the clinician): mask it with
            # everything the record knows about the patient and the people around them, and with
            # the de-identification engine for what the record never held in a field.
            _patient, known = record_identifiers(session, draft.patient_ref)
            masker = masking.FreeText(known, services.settings.deid_profile)
        audit_id = _audit_phi_view(session, me, request, "draft", draft.id) if unmasked else None
        extra = {
            column.name: _mask_json(getattr(draft, column.key, None), masker)
            for column in Draft.__table__.columns
            if column.name not in _DRAFT_SHOWN
        }
        citations = _mask_json(getattr(draft, "citations", None), masker)
        text = masker.mask(draft.text) if masker is not None else draft.text
    if unmasked:
        log.info("console identifiers shown", extra={"user": me.name, "draft": draft_id, "audit": audit_id})
    return render(
        request,
        "draft.html",
        me=me,
        nav="drafts",
        draft=draft,
        text=text,
        delivery=delivery,
        job=job,
        citations=citations,
        citation_rows=_citation_rows(citations),
        extra=extra,
        unmasked=unmasked,
        audit_id=audit_id,
    )


def _cell(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _citation_rows(citations: Any) -> list[tuple[str, list[str], list[dict[str, str]]]]:
    """Tables for the list-of-objects parts of the citation record (sentences, omissions…)."""
    tables: list[tuple[str, list[str], list[dict[str, str]]]] = []
    if not isinstance(citations, dict):
        return tables
    for key, value in citations.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            columns: list[str] = []
            for item in value:
                columns += [k for k in item if k not in columns]
            rows = [{c: _cell(item.get(c, "")) for c in columns} for item in value]
            tables.append((key, columns[:8], rows))
    return tables


@router.get("/drafts/{draft_id}", response_class=HTMLResponse)
def draft_detail(request: Request, draft_id: int, me: Viewer) -> HTMLResponse:
    return _draft_page(request, me, draft_id, unmasked=False)


@router.post("/drafts/{draft_id}/identifiers", response_class=HTMLResponse)
def draft_identifiers(request: Request, draft_id: int, form: Form, me: Unmasker) -> HTMLResponse:
    check_csrf(me, form)
    return _draft_page(request, me, draft_id, unmasked=True)


# --- dead letters ----------------------------------------------------------------------------------


def _dead_letters_page(
    request: Request, me: auth.Principal, kind: str, results: list[Any] | None = None, error: str = ""
) -> HTMLResponse:
    services = services_of(request)
    with session_scope(services.sessions) as session:
        rows = queries.dead_letters(session, kind=kind or None)
    return render(
        request,
        "dead_letters.html",
        me=me,
        nav="dead",
        rows=rows,
        kind=kind,
        results=results,
        error=error,
        replayable=sum(1 for r in rows if r.replayable),
    )


@router.get("/dead-letters", response_class=HTMLResponse)
def dead_letters(request: Request, me: Viewer, kind: str = "") -> HTMLResponse:
    return _dead_letters_page(request, me, kind)


@router.post("/dead-letters/replay", response_class=HTMLResponse)
def replay_dead_letters(request: Request, form: Form, me: Operator) -> HTMLResponse:
    check_csrf(me, form)
    services = services_of(request)
    kind = _one(form, "kind")
    if _one(form, "scope") == "all":
        # "Replay all listed": what the operator sees, recomputed now (not a list the page sent).
        with session_scope(services.sessions) as session:
            items = [(r.kind, r.entity_id) for r in queries.dead_letters(session, kind=kind or None) if r.replayable]
    else:
        parsed = [parse_item(v) for v in form.get("item", [])]
        items = [p for p in parsed if p is not None]
    if not items:
        return _dead_letters_page(request, me, kind, error="Nothing selected to replay.")
    if len(items) > MAX_BULK:
        items = items[:MAX_BULK]
    results = replay(services, items, me.actor)
    return _dead_letters_page(request, me, kind, results=results)


# --- sources and rules -----------------------------------------------------------------------------


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request, me: Viewer) -> HTMLResponse:
    services = services_of(request)
    settings = services.settings
    with session_scope(services.sessions) as session:
        rows = queries.sources(session)
        keys = queries.api_keys(session)
    from integration.draft_tasks import TASKS

    listener = {
        "address": f"{settings.mllp_host}:{settings.mllp_port}",
        "tls": "mutual TLS" if settings.mllp_tls_client_ca else ("TLS" if settings.mllp_tls_cert else "off"),
        "allow": ", ".join(settings.mllp_allow) or "any address",
        "source": settings.mllp_source or "MSH-3^MSH-4 of each message",
        "charset": settings.mllp_default_charset,
        "overrides": settings.mllp_charset_overrides,
        "max_bytes": settings.mllp_max_message_bytes,
    }
    return render(
        request,
        "sources.html",
        me=me,
        nav="sources",
        rows=rows,
        keys=keys,
        listener=listener,
        rules=services.rules.table.rules,
        rules_file=str(settings.rules_file or "the built-in table (integration/rules/default.yaml)"),
        tasks=TASKS,
        target=services.delivery_target,
    )


# --- audit trail and users -------------------------------------------------------------------------


@router.get("/audit", response_class=HTMLResponse)
def audit_trail(request: Request, me: Auditor, action: str = "", actor: str = "", page: Page = 1) -> HTMLResponse:
    services = services_of(request)
    stmt = select(AuditEvent).order_by(AuditEvent.id.desc())
    if action:
        stmt = stmt.where(AuditEvent.action == action)
    if actor:
        stmt = stmt.where(AuditEvent.actor == actor)
    with session_scope(services.sessions) as session:
        rows, pager = _paged(session, request, stmt, page)
        actions = list(session.scalars(select(AuditEvent.action).distinct().order_by(AuditEvent.action)))
    return render(
        request,
        "audit.html",
        me=me,
        nav="audit",
        rows=rows,
        pager=pager,
        actions=actions,
        filters={"action": action, "actor": actor},
    )


@router.get("/users", response_class=HTMLResponse)
def users(request: Request, me: Admin) -> HTMLResponse:
    services = services_of(request)
    with session_scope(services.sessions) as session:
        rows = list(session.scalars(select(ConsoleUser).order_by(ConsoleUser.name)))
    return render(request, "users.html", me=me, nav="users", rows=rows, now=utcnow())


# --- the app ---------------------------------------------------------------------------------------


def create_console(services: Services) -> FastAPI:
    app = FastAPI(title="medgo-bridge console", openapi_url=None, docs_url=None, redoc_url=None)
    app.state.services = services
    app.state.secret = cookie_secret(services)
    app.state.throttle = auth.AddressThrottle()
    app.add_middleware(SecurityHeaders)
    app.include_router(router)

    @app.exception_handler(NotSignedIn)
    def _signed_out(request: Request, _exc: NotSignedIn) -> Response:
        return RedirectResponse(f"{base_of(request)}/login", status_code=303)

    @app.exception_handler(Forbidden)
    def _forbidden(request: Request, exc: Forbidden) -> Response:
        return render(request, "error.html", 403, title="Not allowed", why=exc.why)

    @app.exception_handler(BadForm)
    def _bad_form(request: Request, exc: BadForm) -> Response:
        return render(request, "error.html", 400, title="Form refused", why=exc.why)

    return app


def _audit_phi_view(session: Session, me: auth.Principal, request: Request, entity_type: str, entity_id: int) -> int:
    """Record that ``me`` looked at identifiers of this entity (who, role, from where; no PHI)."""
    return audit.record_now(
        session,
        me.actor,
        "phi-viewed",
        entity_type,
        entity_id,
        view=entity_type,
        role=me.role,
        client=client_address(request),
    )
