"""One place that runs a pipeline step and decides: done, retry later, or dead-letter.

Both the Celery tasks and the in-process runner call :func:`run`, so the embedded default and
production share the same failure semantics.
"""

from __future__ import annotations

import contextvars
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from structlog.contextvars import bind_contextvars

from integration import delivery, drafting, ingest, metrics
from integration.errors import BridgeError, Deferred, PermanentError
from integration.retry import backoff
from integration.services import Services, safe_error
from integration.settings import Settings

log = logging.getLogger("medgo.steps")

STEPS: dict[str, Callable[[Services, int], Any]] = {
    "ingest": ingest.process_message,
    "draft": drafting.draft_job,
    "deliver": delivery.deliver_draft,
}
# The correlation id each step's log lines carry (the steps bind the related ids as they learn them).
ENTITY_ID = {"ingest": "message_id", "draft": "job_id", "deliver": "draft_id"}


@dataclass(frozen=True)
class Outcome:
    status: str  # "done" | "retry" | "dead"
    retry_in: float | None = None
    counts_as_attempt: bool = True
    error: str | None = None


def _mark(services: Services, step: str, entity_id: int, error: str, *, dead: bool, code: str) -> None:
    if step == "ingest":
        ingest.mark_failed(services, entity_id, error, dead=dead)
    elif step == "draft":
        drafting.mark_failed(services, entity_id, error, dead=dead, code=code)
    else:
        delivery.mark_failed(services, entity_id, error, dead=dead, code=code)


def database_unavailable(exc: BaseException) -> bool:
    """The database could not be reached (refused, connection dropped, shutting down, too many clients):
    nothing is wrong with the work itself, and nothing about it can be recorded meanwhile."""
    if not isinstance(exc, DBAPIError):
        return False
    if exc.connection_invalidated:
        return True
    if not isinstance(exc, OperationalError | InterfaceError):
        return False
    sqlite_error = getattr(exc.orig, "sqlite_errorname", None)
    if sqlite_error is not None:
        return sqlite_error in ("SQLITE_BUSY", "SQLITE_LOCKED")
    # No SQLSTATE: the client failed to connect or lost the server. 08 connection exception, 53 insufficient
    # resources (too many connections), 57P admin/crash shutdown or "cannot connect now" (starting up).
    sqlstate = getattr(exc.orig, "sqlstate", None)
    return sqlstate is None or str(sqlstate).startswith(("08", "53", "57P"))


def run(services: Services, step: str, entity_id: int, *, attempt: int, waits: int = 0) -> Outcome:
    """Run ``step`` for ``entity_id``; ``attempt`` counts earlier failed attempts (0 the first time),
    ``waits`` earlier retries that did not count (they only lengthen the wait for the database)."""
    started = time.perf_counter()
    # A copy of the context per run: the ids bound while it runs end with it and never label the next
    # step that the same worker thread (or the in-process runner) picks up.
    outcome, code = contextvars.copy_context().run(_run, services, step, entity_id, attempt, waits)
    status = "deferred" if outcome.status == "retry" and not outcome.counts_as_attempt else outcome.status
    metrics.STEP_RUNS.labels(step, status, code).inc()
    metrics.STEP_DURATION.labels(step, status).observe(time.perf_counter() - started)
    return outcome


def _database_down(step: str, entity_id: int, error: str, waits: int, settings: Settings) -> tuple[Outcome, str]:
    # Retry without spending the retry budget: a database outage must neither drop the task (the broker
    # would forget it until the reconciler's next pass, MEDGO_RECONCILE_AFTER_S later) nor dead-letter it.
    # The wait grows with each such retry, up to 32 x the first backoff.
    log.warning("step waits for the database", extra={"step": step, "entity": entity_id, "error": error})
    return Outcome(
        "retry",
        backoff(min(waits, 5), settings.task_retry_backoff_s, settings.task_retry_backoff_max_s),
        counts_as_attempt=False,
        error=error,
    ), "database-unavailable"


def _run(services: Services, step: str, entity_id: int, attempt: int, waits: int) -> tuple[Outcome, str]:
    bind_contextvars(**{ENTITY_ID[step]: entity_id}, step=step)
    settings = services.settings
    try:
        STEPS[step](services, entity_id)
    except Deferred as exc:
        log.info("step deferred", extra={"step": step, "entity": entity_id, "reason": exc.code})
        return Outcome(
            "retry",
            backoff(min(attempt, 4), settings.task_retry_backoff_s, 30.0),
            counts_as_attempt=False,
            error=str(exc),
        ), metrics.code_label(exc.code)
    except Exception as exc:
        error = safe_error(exc)
        if database_unavailable(exc):
            return _database_down(step, entity_id, error, waits, settings)
        code = exc.code if isinstance(exc, BridgeError) else "unexpected"
        final = isinstance(exc, PermanentError) or attempt >= settings.task_max_retries
        log.warning(
            "step failed",
            extra={
                "step": step,
                "entity": entity_id,
                "code": code,
                "final": final,
                "attempt": attempt,
                "error": error,
            },
        )
        try:
            _mark(services, step, entity_id, error, dead=final, code=code)
        except Exception as mark_exc:
            if not database_unavailable(mark_exc):
                raise
            return _database_down(step, entity_id, error, waits, settings)  # nothing recorded, nothing decided
        if final:
            return Outcome("dead", error=error), metrics.code_label(code)
        return Outcome(
            "retry",
            backoff(attempt, settings.task_retry_backoff_s, settings.task_retry_backoff_max_s),
            error=error,
        ), metrics.code_label(code)
    return Outcome("done"), "ok"
