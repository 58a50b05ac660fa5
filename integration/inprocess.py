"""The embedded task runner: the same steps as the Celery workers, on a thread in this process.

One thread keeps per-patient order trivially and keeps SQLite free of writer contention. Retries
are scheduled with the same backoff as in Celery. Work queued here lives in memory only; what
was committed but not finished is found again from the database state on the next start
(``integration.reconcile``).
"""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time

from integration import steps
from integration.services import Services, safe_error

log = logging.getLogger("medgo.inprocess")

QUEUE_OF = {"ingest": "ingest", "draft": "inference", "deliver": "delivery"}


class InProcessDispatcher:
    def __init__(self, services: Services) -> None:
        self._services = services
        self._heap: list[tuple[float, int, str, int, int]] = []
        self._seq = itertools.count()
        self._cond = threading.Condition()
        self._busy = 0
        self._stop = False
        self._thread = threading.Thread(target=self._loop, name="medgo-inprocess", daemon=True)
        self._thread.start()

    # TaskDispatcher -----------------------------------------------------------------------------
    def ingest(self, message_id: int) -> None:
        self._push("ingest", message_id, 0, 0.0)

    def draft(self, job_id: int) -> None:
        self._push("draft", job_id, 0, 0.0)

    def deliver(self, draft_id: int) -> None:
        self._push("deliver", draft_id, 0, 0.0)

    # metrics ------------------------------------------------------------------------------------
    def queue_depths(self) -> dict[str, int]:
        """Steps waiting here (due now or retries scheduled later), under the Celery queue names
        (``workers.celery_app.QUEUES``), so the same dashboard serves both modes."""
        depths = dict.fromkeys(QUEUE_OF.values(), 0)
        with self._cond:
            for _due, _seq, step, _entity, _attempt in self._heap:
                depths[QUEUE_OF[step]] += 1
        return depths

    # control ------------------------------------------------------------------------------------
    def wait_idle(self, timeout: float = 60.0) -> bool:
        """Block until nothing is queued or running (retries scheduled later count as queued)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._heap or self._busy:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._cond.wait(min(remaining, 0.2))
        return True

    def close(self) -> None:
        with self._cond:
            self._stop = True
            self._cond.notify_all()
        self._thread.join(timeout=5)

    def _push(self, step: str, entity_id: int, attempt: int, delay: float) -> None:
        with self._cond:
            heapq.heappush(self._heap, (time.monotonic() + delay, next(self._seq), step, entity_id, attempt))
            self._cond.notify_all()

    def _loop(self) -> None:
        while True:
            with self._cond:
                while not self._stop and (not self._heap or self._heap[0][0] > time.monotonic()):
                    timeout = (self._heap[0][0] - time.monotonic()) if self._heap else None
                    self._cond.wait(timeout)
                if self._stop:
                    return
                _due, _seq, step, entity_id, attempt = heapq.heappop(self._heap)
                self._busy += 1
            try:
                outcome = steps.run(self._services, step, entity_id, attempt=attempt)
                if outcome.status == "retry" and outcome.retry_in is not None:
                    self._push(step, entity_id, attempt + (1 if outcome.counts_as_attempt else 0), outcome.retry_in)
            except Exception as exc:  # a bug in the runner itself must not kill the thread
                # Type and line only: exception text can quote the record being processed.
                log.error(
                    "in-process runner error", extra={"step": step, "entity": entity_id, "error": safe_error(exc)}
                )
            finally:
                with self._cond:
                    self._busy -= 1
                    self._cond.notify_all()
