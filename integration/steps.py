"""One place that runs a pipeline step and decides: done, retry later, or dead-letter.

Both the Celery tasks and the in-process runner call :func:`run`, so the embedded default and
production share the same failure semantics.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from integration import delivery, drafting, ingest
from integration.errors import BridgeError, Deferred, PermanentError
from integration.retry import backoff
from integration.services import Services, safe_error

log = logging.getLogger("medgo.steps")

STEPS: dict[str, Callable[[Services, int], Any]] = {
    "ingest": ingest.process_message,
    "draft": drafting.draft_job,
    "deliver": delivery.deliver_draft,
}


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


def run(services: Services, step: str, entity_id: int, *, attempt: int) -> Outcome:
    """Run ``step`` for ``entity_id``; ``attempt`` counts earlier failed attempts (0 the first time)."""
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
        )
    except Exception as exc:
        error = safe_error(exc)
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
        _mark(services, step, entity_id, error, dead=final, code=code)
        if final:
            return Outcome("dead", error=error)
        return Outcome(
            "retry",
            backoff(attempt, settings.task_retry_backoff_s, settings.task_retry_backoff_max_s),
            error=error,
        )
    return Outcome("done")
