"""The Celery application: Redis broker, three queues, late acknowledgement.

``acks_late`` with ``prefetch 1`` means a task leaves the broker only when it has finished: a
worker killed mid-task leaves it unacknowledged, and Redis hands it to another worker after the
visibility timeout. Every step is idempotent (see ``integration.steps``), so running one twice is
safe. No result backend: the database holds the outcome of every step.
"""

from __future__ import annotations

from typing import Any

from celery import Celery
from kombu import Exchange, Queue

from integration.settings import Settings, get_settings

QUEUES = ("ingest", "inference", "delivery")


def make_app(settings: Settings | None = None) -> Celery:
    settings = settings or get_settings()
    app = Celery("medgo_bridge", broker=settings.broker_url, include=["workers.tasks"])
    app.conf.update(
        task_serializer="json",
        accept_content=["json"],
        task_ignore_result=True,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_default_queue="ingest",
        # One direct exchange per queue: a task routed to "inference" lands there and nowhere else.
        task_queues=[Queue(name, Exchange(name, type="direct"), routing_key=name) for name in QUEUES],
        task_routes={
            "medgo.ingest_message": {"queue": "ingest", "routing_key": "ingest"},
            "medgo.draft_job": {"queue": "inference", "routing_key": "inference"},
            "medgo.deliver_draft": {"queue": "delivery", "routing_key": "delivery"},
            "medgo.reconcile": {"queue": "ingest", "routing_key": "ingest"},
            "medgo.prune": {"queue": "ingest", "routing_key": "ingest"},
        },
        broker_transport_options={
            "visibility_timeout": settings.broker_visibility_timeout_s,
            # kombu scans for abandoned (unacked) tasks only every interval x throttle seconds,
            # 100 s by default; scanning a small sorted set every few seconds costs nothing and
            # bounds recovery after a killed worker to the visibility timeout plus a few seconds.
            "unacked_restore_interval": max(1, min(10, settings.broker_visibility_timeout_s // 4)),
            "unacked_restore_throttle": 1,
        },
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
        enable_utc=True,
    )
    # Run by `medgo-bridge scheduler` (celery beat): exactly one per deployment.
    schedule: dict[str, Any] = {}
    if settings.reconcile_interval_s > 0:
        schedule["reconcile"] = {
            "task": "medgo.reconcile",
            "schedule": settings.reconcile_interval_s,
            "options": {"expires": settings.reconcile_interval_s},
        }
    if settings.retention_interval_s > 0:
        # Even with no MEDGO_RETENTION_*_DAYS set, expired vault rows must go: they hold the way back
        # from placeholders to identities and are kept only for MEDGO_VAULT_RETENTION_DAYS.
        schedule["retention"] = {
            "task": "medgo.prune",
            "schedule": settings.retention_interval_s,
            "options": {"expires": settings.retention_interval_s},
        }
    if schedule:
        app.conf.beat_schedule = schedule
    return app


app = make_app()
