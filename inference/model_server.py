"""LLM backend for a model server (TGI, vLLM, SGLang) through its OpenAI-compatible chat endpoint.

``/v1/chat/completions`` is the one call all three serve the same way, so the bridge does not care
which is deployed; TGI's ``/info`` is read when present, to record the server kind, size concurrency
and know the input limit, and TGI's ``/tokenize`` measures long prompts.

Errors decide what the caller does: :class:`TransientError` is retried with backoff, :class:`PermanentError`
is dead-lettered. Their messages carry an HTTP status and a short server error *type* only: server error
text can quote the input, and the input is clinical text.

Resilience, per process and per server URL (shared by every backend built for that URL):

* a circuit breaker: after ``circuit_failures`` consecutive transient failures (unreachable, timeout,
  overloaded, server error) calls fail at once with ``llm-circuit-open`` and send nothing, for
  ``circuit_reset_s``; then one trial request decides (half-open); a success closes it again.
* a slot limiter: at most ``max_concurrency`` requests in flight, lowered to the server's
  ``max_concurrent_requests`` when ``/info`` reports it, so we never draw TGI's 429 ourselves.
  Waiting for a slot is bounded by ``slot_wait_s`` (then ``llm-busy``).

Neither error is retried inside the call: the task's own backoff (``integration.steps``) spaces
them out, so a dead server sees a handful of requests per cool-down, not a retry storm.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import random
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, cast

import httpx
from huggingface_hub import InferenceClient
from huggingface_hub import constants as hf_constants
from huggingface_hub.errors import (
    HfHubHTTPError,
    InferenceTimeoutError,
    OfflineModeIsEnabled,
    OverloadedError,
    TextGenerationError,
    ValidationError,
)

from integration.errors import BridgeError, Deferred, PermanentError, TransientError
from integration.ports import Generation, GenerationRequest

__all__ = [
    "CircuitBreaker",
    "ModelServerBackend",
    "SlotLimiter",
    "reset_shared_state",
    "response_format_for",
]

logger = logging.getLogger(__name__)

# huggingface_hub builds a user-agent for every request and, unless telemetry is off, first fetches an
# "agent harness" registry from huggingface.co to do so: an internet call from the hospital network on
# the first draft (and a 3 s stall where there is no route out). This process only talks to an on-prem
# model server, so telemetry is switched off for the whole process.
hf_constants.HF_HUB_DISABLE_TELEMETRY = True

_TRANSPORT_ERRORS: tuple[type[BaseException], ...] = (httpx.TransportError, OSError)
_TIMEOUT_ERRORS: tuple[type[BaseException], ...] = (httpx.TimeoutException,)
# Recent huggingface_hub talks through httpx2 and lets its transport errors through unwrapped; older
# releases use httpx or requests (whose errors are OSErrors), both covered above. A read timeout in
# the middle of a stream is raised while iterating, outside huggingface_hub's own timeout mapping.
with contextlib.suppress(ImportError):
    _httpx2 = importlib.import_module("httpx2")
    _TRANSPORT_ERRORS = (_httpx2.TransportError, *_TRANSPORT_ERRORS)
    _TIMEOUT_ERRORS = (_httpx2.TimeoutException, *_TIMEOUT_ERRORS)

# Server error types are echoed into messages only when they look like an identifier, never free text.
_SAFE_ERROR_TYPE = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]{0,39}")
# Retrying these at once is cheap and often works (a restarting pod, a full queue). Timeouts are left to
# the caller's backoff: an immediate retry of a request that just ran for timeout_s only adds load.
_RETRY_IN_CALL = frozenset({"llm-unreachable", "llm-overloaded", "llm-server-error"})
# What says "the server is unwell" to the breaker. A 4xx means it answered, so it counts as alive.
_BREAKER_FAILURES = frozenset({"llm-unreachable", "llm-timeout", "llm-overloaded", "llm-server-error"})
# Phrases of the servers' own length errors (TGI validation.rs; vLLM's context check). Only matched,
# never repeated: the rest of the message may quote the prompt.
_TOO_LONG = re.compile(r"must have less than|tokens \+ `max_new_tokens`|maximum context length|is too long", re.I)
_GRAMMAR = re.compile(r"grammar|response_format|json_schema|guided|outlines|xgrammar|schema", re.I)
# Chat-template wrapping per message (role markers, newlines) that /tokenize of the bare text misses.
_TEMPLATE_TOKENS_PER_MESSAGE = 8
SCHEMA_NAME = "draft"


def _root_url(base_url: str) -> str:
    root = base_url.rstrip("/")
    return root[: -len("/v1")] if root.endswith("/v1") else root


def _looks_like_tgi(info: Any) -> bool:
    return (
        isinstance(info, dict)
        and isinstance(info.get("model_id"), str)
        and "max_total_tokens" in info
        and ("max_input_tokens" in info or "max_input_length" in info)
    )


def _json_body(response: Any) -> Any:
    try:
        return response.json()
    except Exception:  # an unread stream, HTML from a proxy, an empty body: no JSON to look at
        return None


def _server_error_type(response: Any) -> str | None:
    """TGI's ``error_type``, or the OpenAI-style ``error.type`` of vLLM/SGLang, if it is a plain name."""
    data = _json_body(response)
    candidate: Any = None
    if isinstance(data, dict):
        nested = data.get("error")
        if isinstance(data.get("error_type"), str):
            candidate = data["error_type"]
        elif isinstance(nested, dict):
            candidate = nested.get("type") or nested.get("code")
        elif isinstance(data.get("type"), str):
            candidate = data["type"]
    if isinstance(candidate, str) and _SAFE_ERROR_TYPE.fullmatch(candidate):
        return candidate
    return None


def _server_error_text(response: Any) -> str:
    """The server's error message, for pattern matching only (it may quote the input)."""
    data = _json_body(response)
    if isinstance(data, dict):
        nested = data.get("error")
        if isinstance(nested, str):
            return nested
        if isinstance(nested, dict) and isinstance(nested.get("message"), str):
            return str(nested["message"])
        if isinstance(data.get("message"), str):
            return str(data["message"])
        if isinstance(data.get("detail"), str):
            return str(data["detail"])
    return ""


def _classify_status(status: int, error_type: str | None, text: str = "", *, constrained: bool = False) -> BridgeError:
    detail = f"model server answered HTTP {status}" + (f" ({error_type})" if error_type else "")
    if status == 429:
        return TransientError(detail, code="llm-overloaded")
    if status in (408, 504):
        return TransientError(detail, code="llm-timeout")
    # 424 is TGI's "generation" error: a shard failed (often out of memory under load), not the input.
    if status == 424 or (status >= 500 and status != 501):
        return TransientError(detail, code="llm-server-error")
    if status in (401, 403):
        return PermanentError(detail + "; check MEDGO_LLM_TOKEN", code="llm-auth")
    if status == 404:
        return PermanentError(detail + "; check MEDGO_LLM_URL and MEDGO_LLM_MODEL", code="llm-not-found")
    if status in (400, 413, 422) and _TOO_LONG.search(text):
        return PermanentError(detail + "; the prompt exceeds the model server's input limit", code="llm-input-too-long")
    if constrained and status in (400, 422) and _GRAMMAR.search(text):
        return PermanentError(
            detail + "; the server refused the answer schema (constrained decoding off or unsupported: "
            "TGI without --disable-grammar-support, vLLM with a guided-decoding backend)",
            code="llm-grammar-rejected",
        )
    return PermanentError(detail, code="llm-rejected")


def response_format_for(server_kind: str, schema: Mapping[str, Any]) -> dict[str, Any]:
    """The ``response_format`` that asks this kind of server to constrain its answer to ``schema``.

    TGI reads ``response_format`` as its grammar type (``{"type": "json", "value": schema}``, with
    ``json_object`` accepted as an alias); vLLM, SGLang and OpenAI take the OpenAI structured-output form.
    """
    if server_kind == "tgi":
        return {"type": "json_object", "value": dict(schema)}
    return {"type": "json_schema", "json_schema": {"name": SCHEMA_NAME, "schema": dict(schema)}}


class _WireAsIs(dict[str, Any]):
    """A ``response_format`` that reaches the wire unchanged.

    For every ``base_url`` server huggingface_hub uses its hf-inference helper, which rewrites a
    ``{"type": "json_schema", ...}`` response format into TGI's ``{"type": "json_object", "value": ...}``
    (HF endpoints are TGI). vLLM and SGLang read that as schema-less JSON mode: valid JSON, but not our
    shape. The helper decides with ``.get("type")`` and builds the body from ``.items()``, so hiding the
    type from that one lookup keeps the OpenAI form; ``tests/test_model_server_backend.py`` checks the
    body the server received.
    """

    def get(self, key: str, default: Any = None) -> Any:
        return default if key == "type" else super().get(key, default)


# --- shared per-server state --------------------------------------------------------------------


class CircuitBreaker:
    """closed -> open after ``failures`` consecutive failures -> one trial after ``reset_s`` -> closed.

    ``failures=0`` turns it off. Thread-safe; ``clock`` is injectable for tests.
    """

    def __init__(self, failures: int, reset_s: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        if failures < 0 or reset_s <= 0:
            raise ValueError("failures must not be negative and reset_s must be positive")
        self.failures = failures
        self.reset_s = reset_s
        self._clock = clock
        self._lock = threading.Lock()
        self._consecutive = 0
        self._opened_at: float | None = None
        self._trial = False

    @property
    def state(self) -> str:
        """``closed``, ``open`` (refusing) or ``half-open`` (cool-down over; a trial may go or is out)."""
        with self._lock:
            if self._opened_at is None:
                return "closed"
            return "open" if self._clock() - self._opened_at < self.reset_s else "half-open"

    def retry_in(self) -> float:
        """Seconds until a trial may go (0 when closed or half-open)."""
        with self._lock:
            if self._opened_at is None:
                return 0.0
            return max(0.0, self.reset_s - (self._clock() - self._opened_at))

    def allow(self) -> bool:
        """May a request go now? In half-open state exactly one caller gets True until it reports."""
        with self._lock:
            if self._opened_at is None:
                return True
            if self._clock() - self._opened_at < self.reset_s or self._trial:
                return False
            self._trial = True
            return True

    def record_success(self) -> None:
        with self._lock:
            self._consecutive, self._opened_at, self._trial = 0, None, False

    def record_failure(self) -> None:
        with self._lock:
            self._consecutive += 1
            if self._trial:
                # The trial failed: another full cool-down before the next one.
                self._opened_at, self._trial = self._clock(), False
            elif self.failures and self._opened_at is None and self._consecutive >= self.failures:
                self._opened_at = self._clock()
                logger.warning(
                    "model server circuit opened after %d consecutive failures; next trial in %.0f s",
                    self._consecutive,
                    self.reset_s,
                )

    def abandon(self) -> None:
        """The caller allowed through did not reach the server (no slot, a bug): no verdict."""
        with self._lock:
            self._trial = False

    def reset(self) -> None:
        self.record_success()


class SlotLimiter:
    """A counting semaphore whose size can shrink or grow while in use (``/info`` arrives late)."""

    def __init__(self, limit: int) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        self._limit = limit
        self._in_use = 0
        self._cond = threading.Condition()

    @property
    def limit(self) -> int:
        with self._cond:
            return self._limit

    @property
    def in_use(self) -> int:
        with self._cond:
            return self._in_use

    def set_limit(self, limit: int) -> None:
        with self._cond:
            self._limit = max(1, limit)
            self._cond.notify_all()

    def acquire(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._in_use >= self._limit:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._cond.wait(remaining)
            self._in_use += 1
            return True

    def release(self) -> None:
        with self._cond:
            self._in_use = max(0, self._in_use - 1)
            self._cond.notify()


@dataclass
class _ServerState:
    breaker: CircuitBreaker
    slots: SlotLimiter
    configured_limit: int
    server_limit: int | None = None

    def apply_server_limit(self, server_limit: int) -> None:
        self.server_limit = server_limit
        self.slots.set_limit(min(self.configured_limit, server_limit))


_SHARED_LOCK = threading.Lock()
_SHARED: dict[str, _ServerState] = {}


def _shared_state(root: str, *, failures: int, reset_s: float, max_concurrency: int) -> _ServerState:
    """The breaker and limiter of ``root`` in this process; building a backend (re)configures them.

    A backend is built once per process in production (at start-up), so configuring here also
    starts the URL with a closed circuit, which keeps one test's outage from leaking into the next.
    """
    with _SHARED_LOCK:
        shared = _SHARED.get(root)
        if shared is None:
            shared = _ServerState(CircuitBreaker(failures, reset_s), SlotLimiter(max_concurrency), max_concurrency)
            _SHARED[root] = shared
            return shared
        shared.breaker.failures, shared.breaker.reset_s = failures, reset_s
        shared.breaker.reset()
        shared.configured_limit = max_concurrency
        limit = max_concurrency if shared.server_limit is None else min(max_concurrency, shared.server_limit)
        shared.slots.set_limit(limit)
        return shared


def reset_shared_state() -> None:
    """Forget every server's breaker and limiter (tests)."""
    with _SHARED_LOCK:
        _SHARED.clear()


# --- the backend --------------------------------------------------------------------------------


@dataclass
class _Answer:
    text: str | None
    finish_reason: str | None
    prompt_tokens: int | None
    completion_tokens: int | None
    ttft_s: float | None = None


class ModelServerBackend:
    """:class:`integration.ports.LlmBackend` over ``huggingface_hub.InferenceClient``.

    ``base_url`` is the server root (``http://tgi:80``; a trailing ``/v1`` is accepted). ``model`` is sent
    as the request's ``model`` (vLLM refuses names it does not serve; TGI ignores it) and, with
    ``revision``, recorded in every :class:`Generation`. Quick failures are retried ``max_retries`` times
    within the call, with jittered delays of 0.2-1 s, before the error is raised.
    """

    name = "model-server"

    def __init__(
        self,
        base_url: str,
        *,
        model: str,
        revision: str,
        token: str | None = None,
        timeout_s: float = 120.0,
        max_retries: int = 2,
        max_concurrency: int = 16,
        slot_wait_s: float = 60.0,
        circuit_failures: int = 5,
        circuit_reset_s: float = 30.0,
        stream: bool = False,
    ) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise ValueError("model server URL must start with http:// or https://")
        if timeout_s <= 0 or max_retries < 0:
            raise ValueError("timeout_s must be positive and max_retries not negative")
        if max_concurrency < 1 or slot_wait_s < 0:
            raise ValueError("max_concurrency must be at least 1 and slot_wait_s not negative")
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.revision = revision
        self.timeout_s = timeout_s
        self.max_retries = max_retries
        self.slot_wait_s = slot_wait_s
        self.stream = stream
        self._root = _root_url(self.base_url)
        self._token = token or None
        # With no token, huggingface_hub falls back to this machine's Hugging Face login (HF_TOKEN or the
        # token file) and would hand it to the model server. A None header value wins the merge and is
        # then dropped, so no Authorization header goes out at all.
        self._headers = {} if token else cast(dict[str, str], {"authorization": None})
        self._client = self._new_client()
        auth = {"Authorization": f"Bearer {token}"} if token else {}
        self._http = httpx.Client(headers=auth, timeout=min(timeout_s, 10.0))
        self._lock = threading.Lock()
        self._server_kind: str | None = None
        self._info: dict[str, Any] | None = None
        self._tokenize_supported: bool | None = None
        self._shared = _shared_state(
            self._root, failures=circuit_failures, reset_s=circuit_reset_s, max_concurrency=max_concurrency
        )
        if _hf_offline():
            logger.warning(
                "HF_HUB_OFFLINE is set: huggingface_hub refuses every HTTP call, including to the model "
                "server; unset it for the bridge (HF_HUB_DISABLE_TELEMETRY=1 keeps it off the internet)"
            )

    @property
    def breaker(self) -> CircuitBreaker:
        return self._shared.breaker

    @property
    def slots(self) -> SlotLimiter:
        return self._shared.slots

    # --- LlmBackend ----------------------------------------------------------------------------

    def generate(self, request: GenerationRequest) -> Generation:
        if _hf_offline():
            raise PermanentError(
                "HF_HUB_OFFLINE is set, which blocks huggingface_hub's calls to the model server",
                code="llm-config",
            )
        messages = [{"role": "user", "content": request.user}]
        if request.system:
            messages.insert(0, {"role": "system", "content": request.system})
        started = time.monotonic()
        attempt = 0
        while True:
            attempt += 1
            try:
                answer, max_new_tokens = self._attempt(messages, request)
                break
            except TransientError as exc:
                # Once the circuit has opened, a quick retry would only become (or wait for) the trial:
                # the task's backoff takes over.
                if exc.code not in _RETRY_IN_CALL or attempt > self.max_retries or self.breaker.state != "closed":
                    raise
                delay = min(1.0, 0.2 * 2 ** (attempt - 1) * random.uniform(1.0, 1.5))
                logger.warning(
                    "model server call failed (%s: %s); retry %d/%d in %.2f s",
                    exc.code,
                    exc,
                    attempt,
                    self.max_retries,
                    delay,
                )
                time.sleep(delay)

        if not isinstance(answer.text, str) or not answer.text:
            # Retrying the same request cannot help (typically the whole budget went to reasoning).
            raise PermanentError(
                f"model server returned no text (finish_reason={answer.finish_reason})", code="llm-empty"
            )
        extra: dict[str, Any] = {
            "finish_reason": answer.finish_reason,
            "attempts": attempt,
            "latency_s": round(time.monotonic() - started, 4),
            "prompt_tokens": answer.prompt_tokens,
            "completion_tokens": answer.completion_tokens,
            "constrained": request.response_schema is not None,
            "stream": self.stream,
        }
        if answer.ttft_s is not None:
            extra["ttft_s"] = round(answer.ttft_s, 4)
        if max_new_tokens != request.max_new_tokens:
            extra["max_new_tokens"] = max_new_tokens  # lowered to fit the server's total-token limit
        return Generation(
            text=answer.text,
            backend=self._server_kind or "openai-compatible",
            model=self.model,
            revision=self.revision,
            prompt_tokens=answer.prompt_tokens,
            completion_tokens=answer.completion_tokens,
            extra=extra,
        )

    def health(self) -> bool:
        """``/health`` answers 200 (TGI, vLLM, SGLang); where there is none, ``/v1/models`` does."""
        if _hf_offline():
            return False  # generate() could not reach the server either
        try:
            response = self._http.get(f"{self._root}/health")
            if response.status_code in (404, 405):
                response = self._http.get(f"{self._root}/v1/models")
        except httpx.HTTPError:
            return False
        return response.status_code == 200

    # --- extras ---------------------------------------------------------------------------------

    def info(self) -> dict[str, Any] | None:
        """TGI's ``/info`` (``max_concurrent_requests``, ``max_input_tokens``, ...), or None elsewhere."""
        with self._lock:
            if self._info is not None:
                return dict(self._info)
        try:
            response = self._http.get(f"{self._root}/info")
        except httpx.HTTPError:
            return None  # unknown yet: ask again next time
        if response.status_code in (404, 405):
            self._server_kind = "openai-compatible"
            return None
        if response.status_code != 200:
            return None
        data = _json_body(response)
        if not _looks_like_tgi(data):
            self._server_kind = "openai-compatible"
            return None
        with self._lock:
            self._server_kind = "tgi"
            self._info = dict(data)
        limit = data.get("max_concurrent_requests")
        if isinstance(limit, int) and not isinstance(limit, bool) and limit > 0:
            self._shared.apply_server_limit(limit)
        return dict(data)

    def count_tokens(self, text: str) -> int | None:
        """Tokens in ``text`` by the server's own tokenizer (TGI ``POST /tokenize``), else None.

        None means "estimate it yourself": the server has no such endpoint (remembered, so it is not
        asked again), is unreachable, or its circuit is open.
        """
        if self._tokenize_supported is False or self.breaker.state == "open":
            return None
        try:
            response = self._http.post(f"{self._root}/tokenize", json={"inputs": text})
        except httpx.HTTPError:
            return None
        if response.status_code in (404, 405):
            self._tokenize_supported = False
            return None
        if response.status_code != 200:
            return None
        data = _json_body(response)
        if not isinstance(data, list):
            self._tokenize_supported = False  # something else lives at /tokenize
            return None
        self._tokenize_supported = True
        return len(data)

    def close(self) -> None:
        self._http.close()
        self._client.close()  # type: ignore[no-untyped-call]  # untyped in huggingface_hub

    # --- internals ------------------------------------------------------------------------------

    def _new_client(self) -> InferenceClient:
        return InferenceClient(
            base_url=self.base_url, token=self._token, timeout=self.timeout_s, headers=dict(self._headers)
        )

    def _attempt(self, messages: list[dict[str, str]], request: GenerationRequest) -> tuple[_Answer, int]:
        """One request through the breaker and a slot; reports the outcome to the breaker."""
        breaker = self.breaker
        # Deferred, not failed: the job did nothing wrong, so waiting out an outage must not use up its
        # retry budget (a long model-server outage would otherwise dead-letter every waiting job).
        if not breaker.allow():
            raise Deferred(
                f"model server circuit open after repeated failures; next trial in {breaker.retry_in():.0f} s",
                code="llm-circuit-open",
            )
        if not self.slots.acquire(self.slot_wait_s):
            breaker.abandon()
            raise Deferred(
                f"no free model-server slot within {self.slot_wait_s:g} s ({self.slots.limit} in flight)",
                code="llm-busy",
            )
        try:
            kind = self._discover()
            max_new_tokens = self._output_budget(messages, request.max_new_tokens)
            answer = self._chat(messages, request, kind, max_new_tokens)
        except TransientError as exc:
            if exc.code in _BREAKER_FAILURES:
                breaker.record_failure()
                if breaker.state != "closed":
                    # The server is down for everyone, not failing on this request: the job waits without
                    # spending its retry budget. While the circuit is closed a failure still counts, so a
                    # request the server keeps failing on alone ends in the dead-letter queue.
                    raise Deferred(f"{exc} (circuit {breaker.state})", code=exc.code) from None
            else:
                breaker.abandon()
            raise
        except PermanentError:
            breaker.record_success()  # it answered: refusing this request says nothing about its health
            raise
        except BaseException:
            breaker.abandon()
            raise
        finally:
            self.slots.release()
        breaker.record_success()
        return answer, max_new_tokens

    def _discover(self) -> str:
        """The server kind, asking ``/info`` the first time (it decides the grammar form and the limits)."""
        if self._server_kind is None:
            self.info()
        if self._server_kind is None:
            raise TransientError("model server did not answer /info", code="llm-unreachable")
        return self._server_kind

    def prompt_token_limit(self, max_new_tokens: int) -> int | None:
        """Most prompt tokens the server takes with ``max_new_tokens`` of answer, if it says (TGI's /info).

        The drafting step condenses the ledger to fit under it, so a long record is summarised rather than
        refused as ``llm-input-too-long``. None where the server does not publish its limits (vLLM,
        SGLang): then ``MEDGO_LEDGER_MAX_TOKENS`` alone bounds the ledger.
        """
        info = self.info()
        if not info:
            return None
        max_input = info.get("max_input_tokens", info.get("max_input_length"))
        max_total = info.get("max_total_tokens")
        limits = [v for v in (max_input, (max_total - max_new_tokens) if isinstance(max_total, int) else None) if v]
        usable = [int(v) for v in limits if isinstance(v, int) and v > 0]
        return min(usable) if usable else None

    def _output_budget(self, messages: list[dict[str, str]], max_new_tokens: int) -> int:
        """Refuse a prompt over TGI's ``max_input_tokens`` before sending it; fit the output into the rest.

        Only long prompts are measured (one ``/tokenize`` call): a Qwen token is at least about half a
        character of Chinese and several of English, so a prompt with fewer characters than half the
        limit cannot exceed it. Elsewhere the server's own length error is mapped the same way.
        """
        with self._lock:
            info = dict(self._info) if self._info else None
        if info is None:
            return max_new_tokens
        max_input = info.get("max_input_tokens", info.get("max_input_length"))
        max_total = info.get("max_total_tokens")
        if not isinstance(max_input, int) or sum(len(m["content"]) for m in messages) < max_input // 2:
            return max_new_tokens
        counted = self.count_tokens("\n".join(m["content"] for m in messages))
        if counted is None:
            return max_new_tokens
        prompt_tokens = counted + _TEMPLATE_TOKENS_PER_MESSAGE * len(messages)
        if prompt_tokens > max_input:
            raise PermanentError(
                f"prompt has about {prompt_tokens} tokens; the model server accepts at most {max_input} "
                "(max_input_tokens): shorten the context (MEDGO_CONTEXT_MAX_FACTS)",
                code="llm-input-too-long",
            )
        if isinstance(max_total, int) and prompt_tokens + max_new_tokens > max_total:
            return max(1, max_total - prompt_tokens)
        return max_new_tokens

    def _chat(
        self, messages: list[dict[str, str]], request: GenerationRequest, kind: str, max_new_tokens: int
    ) -> _Answer:
        # TGI rejects top_p >= 1 ("must be > 0.0 and < 1.0"); leaving it out means the same thing.
        top_p = request.top_p if 0.0 < request.top_p < 1.0 else None
        response_format: Any = None
        if request.response_schema is not None:
            response_format = response_format_for(kind, request.response_schema)
            if kind != "tgi":
                response_format = _WireAsIs(response_format)
        # Qwen3 thinks unless its chat template is told not to. vLLM and SGLang pass chat_template_kwargs
        # to the template; TGI's router renders the template with a fixed set of inputs and has no such
        # field, so it is not sent there (under a JSON grammar TGI cannot emit <think> anyway, and the
        # output cleaner strips any reasoning that does come back).
        extra_body = None if kind == "tgi" else {"chat_template_kwargs": {"enable_thinking": request.thinking}}
        constrained = request.response_schema is not None
        try:
            if self.stream:
                return self._chat_streamed(
                    messages, max_new_tokens, request.temperature, top_p, response_format, extra_body
                )
            output = self._client.chat_completion(
                cast(list[Any], messages),
                model=self.model,
                max_tokens=max_new_tokens,
                temperature=request.temperature,
                top_p=top_p,
                response_format=response_format,
                extra_body=extra_body,
                stream=False,
            )
        # Each branch re-raises "from None": the original exception's text can hold the server's error body.
        except OfflineModeIsEnabled:
            raise PermanentError(
                "HF_HUB_OFFLINE is set, which blocks huggingface_hub's calls to the model server",
                code="llm-config",
            ) from None
        except InferenceTimeoutError:
            raise TransientError(
                f"model server did not answer within {self.timeout_s:g} s", code="llm-timeout"
            ) from None
        except HfHubHTTPError as exc:
            status = getattr(exc.response, "status_code", None)
            if not isinstance(status, int):
                raise TransientError("model server call failed without a status", code="llm-unreachable") from None
            text = _server_error_text(exc.response)
            raise _classify_status(status, _server_error_type(exc.response), text, constrained=constrained) from None
        except TextGenerationError as exc:
            # An error event inside a stream (TGI sends {"error", "error_type"} and closes it).
            raise _classify_stream_error(exc) from None
        except _TIMEOUT_ERRORS:
            raise TransientError(
                f"model server stopped answering for {self.timeout_s:g} s mid-stream", code="llm-timeout"
            ) from None
        except _TRANSPORT_ERRORS as exc:
            raise TransientError(f"model server unreachable ({type(exc).__name__})", code="llm-unreachable") from None
        except ValueError:  # a 200 whose body is not a chat completion (JSON errors are ValueErrors)
            raise PermanentError(
                "model server answered with something that is not a chat completion", code="llm-bad-response"
            ) from None
        choices = getattr(output, "choices", None)
        if not choices:
            raise PermanentError("model server response has no choices", code="llm-bad-response")
        choice = choices[0]
        usage = getattr(output, "usage", None)
        return _Answer(
            text=choice.message.content if choice.message is not None else None,
            finish_reason=choice.finish_reason,
            prompt_tokens=getattr(usage, "prompt_tokens", None),
            completion_tokens=getattr(usage, "completion_tokens", None),
        )

    def _chat_streamed(
        self,
        messages: list[dict[str, str]],
        max_new_tokens: int,
        temperature: float,
        top_p: float | None,
        response_format: Any,
        extra_body: dict[str, Any] | None,
    ) -> _Answer:
        # A client per stream: InferenceClient keeps every streamed response on its exit stack until it
        # is closed, which on a shared long-lived client grows without bound and is not thread-safe.
        client = self._new_client()
        started = time.monotonic()
        parts: list[str] = []
        finish: str | None = None
        usage: Any = None
        ttft: float | None = None
        try:
            chunks = client.chat_completion(
                cast(list[Any], messages),
                model=self.model,
                max_tokens=max_new_tokens,
                temperature=temperature,
                top_p=top_p,
                response_format=response_format,
                extra_body=extra_body,
                stream=True,
                stream_options=cast(Any, {"include_usage": True}),
            )
            for chunk in chunks:
                if getattr(chunk, "usage", None) is not None:
                    usage = chunk.usage
                for choice in chunk.choices or []:
                    content = choice.delta.content if choice.delta is not None else None
                    if content:
                        if ttft is None:
                            ttft = time.monotonic() - started
                        parts.append(content)
                    if choice.finish_reason:
                        finish = choice.finish_reason
        finally:
            client.close()  # type: ignore[no-untyped-call]  # untyped in huggingface_hub
        return _Answer(
            text="".join(parts),
            finish_reason=finish,
            prompt_tokens=getattr(usage, "prompt_tokens", None),
            completion_tokens=getattr(usage, "completion_tokens", None),
            ttft_s=ttft,
        )


def _classify_stream_error(exc: TextGenerationError) -> BridgeError:
    if isinstance(exc, ValidationError):
        return PermanentError("model server refused the request mid-stream (validation)", code="llm-rejected")
    if isinstance(exc, OverloadedError):
        return TransientError("model server overloaded mid-stream", code="llm-overloaded")
    return TransientError(f"model server failed mid-stream ({type(exc).__name__})", code="llm-server-error")


def _hf_offline() -> bool:
    return bool(getattr(hf_constants, "HF_HUB_OFFLINE", False))
