"""Publish pipeline steps to the broker. Called only after the database commit they refer to."""

from __future__ import annotations

import logging
import threading
from typing import Any

from celery import Celery

from integration.errors import TransientError
from integration.settings import Settings

log = logging.getLogger("medgo.dispatch")

# kombu's default Redis priority steps (kombu.transport.redis.PRIORITY_STEPS).
PRIORITY_STEPS = (0, 3, 6, 9)
KOMBU_SEP = "\x06\x16"  # kombu.transport.redis.Channel.sep


class CeleryDispatcher:
    """Producer side: its own Celery app built from the same settings object as the rest of the process."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._app: Celery | None = None
        self._redis: Any = None  # redis.Redis, for queue_depths (built on first scrape)
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

    def queue_depths(self) -> dict[str, int] | None:
        """Tasks waiting in each queue's Redis list (None for another broker); raises if unreachable.

        kombu's Redis transport keeps one list per queue and priority step (the queue's name, then the
        name, kombu's separator and the step); their lengths add up to what waits. One pipelined round
        trip with a one-second timeout: a scrape must not hang on a dead broker.
        """
        url = self._settings.broker_url
        if not url.startswith(("redis://", "rediss://", "unix://")):
            return None
        import redis

        from workers.celery_app import QUEUES

        with self._lock:
            if self._redis is None:
                self._redis = redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1)
            client = self._redis
        keys = [(q, q if p == 0 else f"{q}{KOMBU_SEP}{p}") for q in QUEUES for p in PRIORITY_STEPS]
        pipe = client.pipeline(transaction=False)
        for _queue, key in keys:
            pipe.llen(key)
        depths = dict.fromkeys(QUEUES, 0)
        for (queue, _key), length in zip(keys, pipe.execute(), strict=True):
            depths[queue] += int(length)
        return depths

    def ingest(self, message_id: int) -> None:
        self._send("medgo.ingest_message", message_id)

    def draft(self, job_id: int) -> None:
        self._send("medgo.draft_job", job_id)

    def deliver(self, draft_id: int) -> None:
        self._send("medgo.deliver_draft", draft_id)
