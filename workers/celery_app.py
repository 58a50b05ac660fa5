"""The Celery application: Redis broker, three queues, late acknowledgement.

``acks_late`` with ``prefetch 1`` means a task leaves the broker only when it has finished: a
worker killed mid-task leaves it unacknowledged, and Redis hands it to another worker after the
visibility timeout. Every step is idempotent (see ``integration.steps``), so running one twice is
safe. No result backend: the database holds the outcome of every step.
"""

from __future__ import annotations

from celery import Celery
from kombu import Queue

from integration.settings import get_settings

QUEUES = ("ingest", "inference", "delivery")


def make_app() -> Celery:
    settings = get_settings()
    app = Celery("medgo_bridge", broker=settings.broker_url, include=["workers.tasks"])
    app.conf.update(
        task_serializer="json",
        accept_content=["json"],
        task_ignore_result=True,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_default_queue="ingest",
        task_queues=[Queue(name) for name in QUEUES],
        task_routes={
            "medgo.ingest_message": {"queue": "ingest"},
            "medgo.draft_job": {"queue": "inference"},
            "medgo.deliver_draft": {"queue": "delivery"},
        },
        broker_transport_options={"visibility_timeout": settings.broker_visibility_timeout_s},
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
        worker_send_task_events=False,
        enable_utc=True,
    )
    return app


app = make_app()
