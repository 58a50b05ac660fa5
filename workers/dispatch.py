"""Publish pipeline steps to the broker. Called only after the database commit they refer to."""

from __future__ import annotations

import logging

from integration.errors import TransientError

log = logging.getLogger("medgo.dispatch")


class CeleryDispatcher:
    def _send(self, name: str, entity_id: int) -> None:
        from workers.celery_app import app

        try:
            app.send_task(name, args=[entity_id])
        except Exception as exc:  # kombu raises OperationalError and friends when Redis is down
            # The row is committed; the reconciler (or a replay) picks it up. Say so, don't hide it.
            log.error("broker publish failed", extra={"task": name, "entity": entity_id,
                                                      "error": type(exc).__name__})
            raise TransientError(f"could not publish {name} for {entity_id}: broker unavailable") from exc

    def ingest(self, message_id: int) -> None:
        self._send("medgo.ingest_message", message_id)

    def draft(self, job_id: int) -> None:
        self._send("medgo.draft_job", job_id)

    def deliver(self, draft_id: int) -> None:
        self._send("medgo.deliver_draft", draft_id)
