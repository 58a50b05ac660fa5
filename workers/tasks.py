"""Celery tasks: thin shells over ``integration.steps.run`` (the same code the embedded runner uses)."""

from __future__ import annotations

import logging
import threading
from typing import Any

from integration.services import Services
from integration.steps import database_unavailable, run
from workers.celery_app import app

logger = logging.getLogger("medgo.reconcile")

_lock = threading.Lock()
_services: Services | None = None


def services() -> Services:
    """This process's service container, built on first use (after the prefork fork)."""
    global _services
    with _lock:
        if _services is None:
            from medgo_bridge.wiring import build_services

            _services = build_services(dispatch="celery")
        return _services


# The step tasks are declared with max_retries=None: ``integration.steps`` decides when to give up
# (MEDGO_TASK_MAX_RETRIES, deferrals and database outages not counted). With Celery's default of 3,
# ``task.retry`` raised MaxRetriesExceededError on the fourth retry of any kind and the task was dropped,
# leaving its row for the reconciler to find MEDGO_RECONCILE_AFTER_S later. (``max_retries=None`` in the
# ``retry`` call itself means "the task's default", not "unlimited".)


def _run(task: Any, step: str, entity_id: int, attempt: int) -> str:
    # Deferrals and database outages do not count towards the retry budget, so the attempt number
    # travels with the task; Celery's own counter minus it is the number of retries that did not count.
    waits = max(0, int(task.request.retries or 0) - attempt)
    outcome = run(services(), step, entity_id, attempt=attempt, waits=waits)
    if outcome.status == "retry" and outcome.retry_in is not None:
        next_attempt = attempt + (1 if outcome.counts_as_attempt else 0)
        raise task.retry(args=[entity_id], kwargs={"attempt": next_attempt}, countdown=outcome.retry_in)
    return outcome.status


@app.task(name="medgo.reconcile")
def reconcile_task() -> int:
    """Publish committed work that never reached (or was lost by) the broker; see integration.reconcile."""
    from integration import metrics
    from integration.reconcile import reconcile

    svc = services()
    try:
        result = reconcile(svc, older_than_s=svc.settings.reconcile_after_s)
    except Exception as exc:
        if not database_unavailable(exc):
            raise
        # One line per interval during an outage, not a traceback: the next run picks up where this stopped.
        logger.warning("reconciler skipped: the database is unreachable (%s)", type(exc).__name__)
        return 0
    for kind, count in (("messages", result.messages), ("jobs", result.jobs), ("deliveries", result.deliveries)):
        metrics.RECONCILED.labels(kind).inc(count)
    return result.total


@app.task(name="medgo.prune")
def prune_task() -> int:
    """Retention (raw messages, draft texts, expired vault rows), then VACUUM; see integration.retention."""
    from integration.retention import prune

    return prune(services()).total


@app.task(name="medgo.ingest_message", bind=True, max_retries=None)
def ingest_message(self: Any, message_id: int, attempt: int = 0) -> str:
    return _run(self, "ingest", message_id, attempt)


@app.task(name="medgo.draft_job", bind=True, max_retries=None)
def draft_job(self: Any, job_id: int, attempt: int = 0) -> str:
    return _run(self, "draft", job_id, attempt)


@app.task(name="medgo.deliver_draft", bind=True, max_retries=None)
def deliver_draft(self: Any, draft_id: int, attempt: int = 0) -> str:
    return _run(self, "deliver", draft_id, attempt)
