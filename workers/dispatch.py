"""Publish pipeline steps to the broker. Called only after the database commit they refer to."""

from __future__ import annotations

import logging
import threading

from celery import Celery

from integration.errors import TransientError
from integration.settings import Settings

log = logging.getLogger("medgo.dispatch")


class CeleryDispatcher:
    """Producer side: its own Celery app built from the same settings object as the rest of the process."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._app: Celery | None = None
        self._lock = threading.Lock()

    @property
    def app(self) -> Celery:
        with self._lock:
            if self._app is None:
                from workers.celery_app import make_app

                self._app = make_app(self._settings)
            return self._app

    def _send(self, name: str, entity_id: int) -> None:
        try:
            self.app.send_task(name, args=[entity_id])
        except Exception as exc:  # kombu raises OperationalError and friends when Redis is down
            # The row is committed; recovery or a replay picks it up. Say so, don't hide it.
            log.error(
                "broker publish failed",
                extra={"task": name, "entity": entity_id, "error": type(exc).__name__},
            )
            raise TransientError(f"could not publish {name} for {entity_id}: broker unavailable") from exc

    def ingest(self, message_id: int) -> None:
        self._send("medgo.ingest_message", message_id)

    def draft(self, job_id: int) -> None:
        self._send("medgo.draft_job", job_id)

    def deliver(self, draft_id: int) -> None:
        self._send("medgo.deliver_draft", draft_id)
