"""Prometheus metrics: every definition in one place (the list in docs/deployment.md, "Metrics").

Two kinds, because the bridge is several processes (API, MLLP listener, one Celery worker per queue):

* **Events** (counters, histograms) are counted in the process where they happen: messages and ACKs
  in the API and the listener, pipeline stages, model calls, leak-gate refusals and deliveries in
  whichever process runs the step (a worker, or the API / listener in the embedded in-process mode).
  Each process exposes its own: the API on ``GET /metrics``, the listener and the workers on
  ``MEDGO_METRICS_PORT``. Prometheus sums them across targets; a restart resets a process's counters
  to zero, which ``rate()``/``increase()`` handle.
* **State** (gauges: messages / jobs / deliveries / drafts per state, queue depth, broker up) belongs
  to no process: :class:`StateCollector` computes it at scrape time from the database (a few cheap
  ``GROUP BY`` queries, cached for :data:`STATE_CACHE_S`) and from the broker, and only the API
  exposes it, so it is not counted once per process.

Labels are bounded and never carry PHI: a source name (API key name, ``MEDGO_MLLP_SOURCE`` or
MSH-3^MSH-4), a protocol, a message type (``ADT^A01``, a Bundle type), a task, a state, a queue, an
error code. Never an id, a name or an MRN: a label value is stored by Prometheus forever and shown to
anyone who can read a dashboard.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Protocol

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.metrics_core import Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector
from sqlalchemy import func, select

from integration.models import Delivery, DeliveryState, Draft, InboundMessage, Job, JobState, MessageStatus

if TYPE_CHECKING:
    from integration.services import Services

log = logging.getLogger("medgo.metrics")

# `*_created` series double every counter's output and no dashboard here uses them.
disable_created_metrics()  # type: ignore[no-untyped-call]  # prometheus_client leaves it unannotated

__all__ = ["CONTENT_TYPE_LATEST", "STATE_CACHE_S", "StateCollector", "exposition", "registry_for"]

# --- label hygiene --------------------------------------------------------------------------------


class _Bounded:
    """At most ``limit`` distinct values per label in one process; later newcomers become "other".

    Sources and message types come from senders (MSH-3/4, MSH-9). A misconfigured or hostile sender
    must not be able to create unbounded series, which would exhaust Prometheus, not just us.
    """

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._seen: set[str] = set()
        self._lock = threading.Lock()

    def __call__(self, value: str) -> str:
        with self._lock:
            if value in self._seen:
                return value
            if len(self._seen) >= self._limit:
                return "other"
            self._seen.add(value)
            return value


_source = _Bounded(200)
_type = _Bounded(200)
_HL7_PART = re.compile(r"[A-Z0-9]{3}")
_BUNDLE_TYPES = frozenset(
    {
        "document",
        "message",
        "transaction",
        "transaction-response",
        "batch",
        "batch-response",
        "history",
        "searchset",
        "collection",
    }
)
_NOTIFICATION_TYPES = frozenset({"handshake", "heartbeat", "event-notification", "query-status", "query-event"})


def source_label(source: str) -> str:
    return _source(source[:100] or "unknown")


def hl7_type_label(message_type: str) -> str:
    """``ADT^A01^ADT_A01`` -> ``ADT^A01``: message code and trigger event, the structure dropped.

    Split on anything that is not a letter or digit, so a sender's non-default component separator
    gives the same label. Anything that is not two HL7-shaped codes is "invalid".
    """
    parts = [p for p in re.split(r"[^A-Za-z0-9_]+", message_type.upper()) if p][:2]
    if not parts or not all(_HL7_PART.fullmatch(p) for p in parts):
        return "invalid" if message_type else "unknown"
    return _type("^".join(parts))


def fhir_type_label(kind: str | None) -> str:
    """The stored ``kind`` of a FHIR message (Bundle.type, or ``notification:<type>``) as a label."""
    if not kind:
        return "unknown"
    if kind.startswith("notification:"):
        sub = kind.removeprefix("notification:")
        return f"notification:{sub if sub in _NOTIFICATION_TYPES else 'other'}"
    return kind if kind in _BUNDLE_TYPES else "other"


def type_label(protocol: str, kind: str | None) -> str:
    """The ``type`` label of a stored message, from its ``inbound_messages.kind``."""
    return hl7_type_label(kind or "") if protocol == "hl7v2" else fhir_type_label(kind)


def code_label(code: str | None) -> str:
    """Error codes are our own constants (``integration.errors`` and the adapters); keep them short."""
    return (code or "none")[:64]


# --- inbound: API (FHIR) and MLLP listener ---------------------------------------------------------

MESSAGES_RECEIVED = Counter(
    "medgo_messages_received",
    "Inbound messages stored (new, duplicate or rejected): one per POST /fhir body or MLLP frame that "
    "reached the database. Equals rows + duplicate_count in inbound_messages.",
    ["protocol", "source", "type"],
)
MESSAGES_DUPLICATES = Counter(
    "medgo_messages_duplicates",
    "Inbound messages that repeated a stored one (same source, control id and bytes): acknowledged again, "
    "not processed. Equals sum(duplicate_count).",
    ["protocol", "source", "type"],
)
MESSAGES_REJECTED = Counter(
    "medgo_messages_rejected",
    "Inbound messages stored as rejected (AE/AR, HTTP 4xx); code is the HL7 table 0357 code or the HTTP status.",
    ["protocol", "source", "type", "code"],
)
MESSAGES_ACKNOWLEDGED = Counter(
    "medgo_messages_acknowledged",
    "Answers written for stored messages, after the commit: code is the ACK code (AA/AE/AR, CA/CE/CR) or "
    "the HTTP status (202, 200 duplicate, 4xx rejected).",
    ["protocol", "source", "type", "code"],
)
MESSAGES_REFUSED = Counter(
    "medgo_messages_refused",
    "Inbound messages refused without being stored (MLLP frame over the size limit, HTTP 413/415).",
    ["protocol", "reason"],
)
STORE_FAILURES = Counter(
    "medgo_store_failures",
    "Database failures while storing inbound messages: nothing was acknowledged (the sender resends).",
    ["protocol"],
)
ACK_LATENCY = Histogram(
    "medgo_ack_latency_seconds",
    "Time from a message's arrival to its answer, commit included. MLLP: frame decoded -> ACK written to "
    "the socket; FHIR: request handler entered -> response ready.",
    ["protocol"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0),
)
MLLP_CONNECTIONS = Gauge(
    "medgo_mllp_connections",
    "Open MLLP connections on this listener.",
    multiprocess_mode="livesum",
)
MLLP_CONNECTIONS_REFUSED = Counter(
    "medgo_mllp_connections_refused",
    "MLLP connections closed at once: sender not in MEDGO_MLLP_ALLOW, or the connection limit reached.",
    ["reason"],
)

# --- pipeline: wherever the steps run -------------------------------------------------------------

STEP_RUNS = Counter(
    "medgo_step_runs",
    "Pipeline step executions (ingest, draft, deliver) by outcome: done, deferred (waits, not a failure), "
    "retry, dead (dead-lettered); code is the error code.",
    ["step", "outcome", "code"],
)
STEP_DURATION = Histogram(
    "medgo_step_duration_seconds",
    "Wall time of one pipeline step execution, whatever its outcome.",
    ["step", "outcome"],
    buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0),
)
STAGE_DURATION = Histogram(
    "medgo_stage_duration_seconds",
    "Duration of a job's completed stages per task: deidentify (record -> sealed surrogate map), generate "
    "(model call(s) + grounding checks), deliver (lease taken -> EMR write recorded).",
    ["stage", "task"],
    buckets=(0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 30.0, 60.0, 120.0, 300.0),
)
MODEL_REQUESTS = Counter(
    "medgo_model_requests",
    "Calls to the LLM backend by outcome: ok, or the error code (llm-busy, llm-circuit-open, ...).",
    ["backend", "task", "outcome"],
)
MODEL_LATENCY = Histogram(
    "medgo_model_latency_seconds",
    "Latency of successful LLM calls (as the backend measured it, in-call retries included).",
    ["backend", "task"],
    buckets=(0.1, 0.5, 1.0, 2.5, 5.0, 10.0, 15.0, 20.0, 30.0, 45.0, 60.0, 90.0, 120.0, 300.0),
)
MODEL_TTFT = Histogram(
    "medgo_model_ttft_seconds",
    "Time to first token of streamed LLM answers (MEDGO_LLM_STREAM).",
    ["backend", "task"],
    buckets=(0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0),
)
MODEL_PROMPT_TOKENS = Counter(
    "medgo_model_prompt_tokens",
    "Prompt tokens the model server reported for successful calls.",
    ["backend", "task"],
)
MODEL_COMPLETION_TOKENS = Counter(
    "medgo_model_completion_tokens",
    "Completion tokens the model server reported for successful calls.",
    ["backend", "task"],
)
LEAK_GATE_REFUSALS = Counter(
    "medgo_leak_gate_refusals",
    "Prompts the leak gate refused (an identifier survived de-identification); nothing was sent.",
    ["task"],
)
DRAFTS_CREATED = Counter("medgo_drafts_created", "Drafts stored.", ["task", "backend"])
DRAFT_REVIEWS = Counter(
    "medgo_draft_reviews",
    "Review outcomes the EMR reported for our drafts (signed, rejected).",
    ["task", "outcome"],
)
DRAFT_FLAGS = Counter(
    "medgo_draft_flags",
    "Grounding flags on stored drafts (uncited-sentence, unsupported-number, omission, json-retried, ...).",
    ["task", "flag"],
)
DELIVERIES = Counter(
    "medgo_deliveries_delivered",
    "Drafts written to the EMR; found_existing=true when the EMR already held it (a redelivery).",
    ["target", "found_existing"],
)
RECONCILED = Counter(
    "medgo_reconciled",
    "Committed work the periodic reconciler found unpublished or lost by the broker and published again "
    "(kind: messages, jobs, deliveries). Steadily above zero means work goes missing between commit and broker.",
    ["kind"],
)
DELIVERY_FAILURES = Counter(
    "medgo_delivery_failures",
    "Failed delivery attempts per target and error code; final=true when dead-lettered.",
    ["target", "code", "final"],
)


# --- recording helpers (one call per event at the call sites) -------------------------------------


def message_stored(
    protocol: str, source: str, type_: str, *, duplicate: bool, rejected_code: str | None = None
) -> None:
    src = source_label(source)
    MESSAGES_RECEIVED.labels(protocol, src, type_).inc()
    if duplicate:
        MESSAGES_DUPLICATES.labels(protocol, src, type_).inc()
    elif rejected_code is not None:
        MESSAGES_REJECTED.labels(protocol, src, type_, code_label(rejected_code)).inc()


def acknowledged(protocol: str, source: str, type_: str, code: str, started: float) -> None:
    """An answer for a stored message went out; ``started`` is its ``time.perf_counter()`` at arrival."""
    MESSAGES_ACKNOWLEDGED.labels(protocol, source_label(source), type_, code).inc()
    ACK_LATENCY.labels(protocol).observe(max(0.0, time.perf_counter() - started))


# --- state: computed at scrape time ---------------------------------------------------------------

STATE_CACHE_S = 5.0
STATE_QUERY_TIMEOUT_MS = 2000


class QueueIntrospection(Protocol):
    """A dispatcher that can say how much work waits in each queue (CeleryDispatcher, InProcessDispatcher)."""

    def queue_depths(self) -> Mapping[str, int] | None:
        """Tasks waiting per queue; None when it cannot tell (not a Redis broker). Raises if unreachable."""
        ...


def _gauge(name: str, doc: str, labels: list[str], rows: Iterable[tuple[tuple[str, ...], float]]) -> Metric:
    family = GaugeMetricFamily(name, doc, labels=labels)
    for values, value in rows:
        family.add_metric(list(values), value)
    return family


class StateCollector:
    """Gauges from the database and the broker, read at scrape time and cached for ``cache_s``.

    The cache keeps several scrapers (two Prometheus replicas, a dashboard) from multiplying the
    queries. A database or broker that does not answer shows as ``medgo_database_up 0`` /
    ``medgo_broker_up 0``: the scrape itself still succeeds, so the alert names the right thing.
    """

    def __init__(self, services: Services, cache_s: float = STATE_CACHE_S) -> None:
        self.services = services
        self.cache_s = cache_s
        self._lock = threading.Lock()
        self._cached: list[Metric] | None = None
        self._at = 0.0

    def collect(self) -> Iterable[Metric]:
        with self._lock:
            now = time.monotonic()
            if self._cached is None or now - self._at >= self.cache_s:
                self._cached = self._read()
                self._at = time.monotonic()
            return list(self._cached)

    def _read(self) -> list[Metric]:
        started = time.perf_counter()
        out = self._database()
        out += self._queues()
        out.append(
            GaugeMetricFamily(
                "medgo_state_scrape_seconds",
                "Time the last database / broker state read took.",
                value=time.perf_counter() - started,
            )
        )
        return out

    def _database(self) -> list[Metric]:
        engine = self.services.engine
        try:
            with engine.connect() as conn, conn.begin():
                if engine.dialect.name == "postgresql":
                    # A scrape must never queue up behind a slow count: give up and report the DB down.
                    conn.exec_driver_sql(f"SET LOCAL statement_timeout = {STATE_QUERY_TIMEOUT_MS}")
                messages = conn.execute(
                    select(InboundMessage.protocol, InboundMessage.status, func.count()).group_by(
                        InboundMessage.protocol, InboundMessage.status
                    )
                ).all()
                jobs = conn.execute(select(Job.task, Job.state, func.count()).group_by(Job.task, Job.state)).all()
                dead = conn.execute(
                    select(Job.error_code, func.count()).where(Job.state == JobState.dead).group_by(Job.error_code)
                ).all()
                deliveries = conn.execute(
                    select(Delivery.target, Delivery.state, func.count()).group_by(Delivery.target, Delivery.state)
                ).all()
                drafts = conn.execute(
                    select(Draft.task, Draft.review_status, func.count()).group_by(Draft.task, Draft.review_status)
                ).all()
        except Exception as exc:  # reported as a gauge; the detail goes to the log without any data
            log.warning("metrics: database state unavailable", extra={"error": type(exc).__name__})
            return [GaugeMetricFamily("medgo_database_up", "1 when the state query succeeded.", value=0)]

        # Every known state is emitted, zeros included, so a series does not vanish when it empties.
        msg_counts = {(str(p), str(s)): int(n) for p, s, n in messages}
        protocols = sorted({p for p, _ in msg_counts} | {"fhir", "hl7v2"})
        msg_rows = [((p, s.value), msg_counts.get((p, s.value), 0)) for p in protocols for s in MessageStatus]
        job_counts = {(str(t), str(s)): int(n) for t, s, n in jobs}
        tasks = sorted({t for t, _ in job_counts})
        job_rows = [((t, s.value), job_counts.get((t, s.value), 0)) for t in tasks for s in JobState]
        del_counts = {(str(t), str(s)): int(n) for t, s, n in deliveries}
        targets = sorted({t for t, _ in del_counts})
        del_rows = [((t, s.value), del_counts.get((t, s.value), 0)) for t in targets for s in DeliveryState]
        return [
            GaugeMetricFamily("medgo_database_up", "1 when the state query succeeded.", value=1),
            _gauge(
                "medgo_messages",
                "Inbound messages by status (database).",
                ["protocol", "status"],
                msg_rows,
            ),
            _gauge("medgo_jobs", "Jobs by task and state (database).", ["task", "state"], job_rows),
            _gauge(
                "medgo_jobs_dead",
                "Dead-lettered jobs by error code (database): what the console's dead letters list holds.",
                ["code"],
                [((code_label(c),), int(n)) for c, n in dead],
            ),
            _gauge(
                "medgo_deliveries",
                "Deliveries by target and state (database).",
                ["target", "state"],
                del_rows,
            ),
            _gauge(
                "medgo_drafts",
                "Drafts by task and review status (database).",
                ["task", "review_status"],
                [((str(t), str(r)), int(n)) for t, r, n in drafts],
            ),
        ]

    def _queues(self) -> list[Metric]:
        from integration.settings import TaskMode

        depths_of = getattr(self.services.dispatcher, "queue_depths", None)
        if not callable(depths_of):
            return []
        broker = self.services.settings.task_mode is TaskMode.celery
        try:
            depths: Mapping[str, int] | None = depths_of()
        except Exception as exc:  # an unreachable broker is a state to show, not a failed scrape
            log.warning("metrics: broker unavailable", extra={"error": type(exc).__name__})
            return [GaugeMetricFamily("medgo_broker_up", "1 when the broker answered.", value=0)] if broker else []
        out: list[Metric] = []
        if depths is None:
            return out
        if broker:
            out.append(GaugeMetricFamily("medgo_broker_up", "1 when the broker answered.", value=1))
        out.append(
            _gauge(
                "medgo_queue_depth",
                "Tasks waiting per queue: Redis list length (Celery), or the in-process runner's backlog. "
                "Retries waiting for their countdown are held by workers and not counted.",
                ["queue"],
                [((q,), n) for q, n in sorted(depths.items())],
            )
        )
        return out


class _Forward:
    """The process's own event metrics (the default registry) inside the API's registry."""

    def __init__(self, source: CollectorRegistry) -> None:
        self._source = source

    def collect(self) -> Iterable[Metric]:
        return self._source.collect()


def multiprocess_dir() -> str | None:
    import os

    return os.environ.get("PROMETHEUS_MULTIPROC_DIR") or None


def registry_for(state: Collector | None = None) -> CollectorRegistry:
    """The registry an endpoint serves: this process's events (or all processes' in multiprocess mode),
    plus the database / broker state when ``state`` is given (the API only)."""
    registry = CollectorRegistry()
    path = multiprocess_dir()
    if path:
        # Several processes (uvicorn --workers, Celery prefork): each writes its own files; add them up.
        MultiProcessCollector(registry, path=path)  # type: ignore[no-untyped-call]  # unannotated upstream
    else:
        registry.register(_Forward(REGISTRY))
    if state is not None:
        registry.register(state)
    return registry


def exposition(registry: CollectorRegistry) -> bytes:
    """Prometheus text format (``CONTENT_TYPE_LATEST``)."""
    return generate_latest(registry)
