"""An inference-server simulator that speaks TGI's HTTP protocol, for tests and demos.

There is no model: the answer is derived deterministically from the prompt (its placeholders and its
``- `` fact lines), so a test can check that a draft is re-identified, and every request body is kept
in a journal, so a test can check that no PHI reached the model. Status codes and error bodies follow
TGI (``{"error": ..., "error_type": ...}``; 422 validation, 429 overloaded, 503 down), which is what
the real backend has to classify.

``flavor="openai"`` turns it into a bare OpenAI-compatible server instead (``/v1/models`` and
``/v1/chat/completions`` only, OpenAI-style error bodies, unknown model names refused like vLLM).
"""

from __future__ import annotations

import asyncio
import copy
import json
import re
import socket
import threading
import time
import uuid
import zlib
from collections import deque
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

import httpx
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.background import BackgroundTask

__all__ = [
    "SimulatorConfig",
    "SimulatorServer",
    "SimulatorState",
    "SimulatorToken",
    "create_simulator_app",
    "run_simulator",
    "simulated_answer",
    "tokenize",
]

PLACEHOLDER_RE = re.compile(r"<[A-Z][A-Z_]*_\d+>")
MAX_FACT_LINES = 12
TGI_VERSION = "3.3.4"
# Qwen2/3 vocabulary size, so token ids look like the real model's.
_VOCAB_SIZE = 151_936
# Lossless: every character of the text lands in exactly one token (whitespace rides on the token
# after it, as in byte-level BPE), so joined token texts give the text back.
_TOKEN_RE = re.compile(r"\s*(?:[A-Za-z]{1,8}|\d|[^\sA-Za-z\d])|\s+")
_CONTROL_PREFIX = "/_simulator"


# --- configuration and runtime state ------------------------------------------------------------


@dataclass
class SimulatorConfig:
    """What the simulated server reports in ``/info`` and how it behaves.

    ``fail_next``/``fail_status``/``fail_error_type``, ``down``, ``latency_s`` and
    ``per_token_latency_s`` are the initial fault settings; ``POST /_simulator/faults`` changes them at
    run time. ``api_key`` makes generation endpoints demand ``Authorization: Bearer <api_key>``, as
    TGI's and vLLM's ``--api-key`` do.
    """

    model_id: str = "OpenMedZoo/MedGo"
    model_sha: str | None = "0000000000000000000000000000000000000000"
    model_dtype: str = "torch.bfloat16"
    max_concurrent_requests: int = 128
    max_input_tokens: int = 30000
    max_total_tokens: int = 32768
    max_best_of: int = 2
    max_stop_sequences: int = 4
    max_client_batch_size: int = 4
    latency_s: float = 0.0
    per_token_latency_s: float = 0.0
    think: bool = False
    journal_path: str | Path | None = None
    # The in-memory journal keeps the latest entries only, so a long demo does not grow without bound.
    journal_max_entries: int = 10_000
    api_key: str | None = None
    flavor: Literal["tgi", "openai"] = "tgi"
    fail_next: int = 0
    fail_status: int = 503
    fail_error_type: str = "overloaded"
    down: bool = False

    def __post_init__(self) -> None:
        if self.max_concurrent_requests < 1:
            raise ValueError("max_concurrent_requests must be at least 1")
        if not 0 < self.max_input_tokens < self.max_total_tokens:
            raise ValueError("need 0 < max_input_tokens < max_total_tokens")
        if self.journal_max_entries < 1:
            raise ValueError("journal_max_entries must be at least 1")
        if self.flavor not in ("tgi", "openai"):
            raise ValueError("flavor must be 'tgi' or 'openai'")


@dataclass
class _Faults:
    fail_next: int = 0
    status: int = 503
    error_type: str = "overloaded"
    latency_s: float = 0.0
    per_token_latency_s: float = 0.0
    down: bool = False
    # Copies the start of the input into error messages, as some servers and proxies do; lets a test
    # prove the client never repeats server error text.
    echo_input: bool = False


_FAULT_TYPES: dict[str, tuple[type[Any], ...]] = {
    "fail_next": (int,),
    "status": (int,),
    "error_type": (str,),
    "latency_s": (int, float),
    "per_token_latency_s": (int, float),
    "down": (bool,),
    "echo_input": (bool,),
}


class SimulatorState:
    """Journal, faults and in-flight count, shared by the app's handlers and the test thread."""

    def __init__(self, config: SimulatorConfig) -> None:
        self.config = config
        self._lock = threading.Lock()
        self._journal: deque[dict[str, Any]] = deque(maxlen=config.journal_max_entries)
        self._in_flight = 0
        self._faults = self._initial_faults()

    def _initial_faults(self) -> _Faults:
        cfg = self.config
        return _Faults(
            fail_next=cfg.fail_next,
            status=cfg.fail_status,
            error_type=cfg.fail_error_type,
            latency_s=cfg.latency_s,
            per_token_latency_s=cfg.per_token_latency_s,
            down=cfg.down,
        )

    # journal
    def record(self, path: str, method: str, body: Any, *, authorization: bool) -> None:
        entry = {"path": path, "method": method, "body": body, "authorization": authorization}
        with self._lock:
            self._journal.append(entry)
            if self.config.journal_path is not None:
                with Path(self.config.journal_path).open("a", encoding="utf-8") as handle:
                    handle.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def requests(self) -> list[dict[str, Any]]:
        with self._lock:
            return copy.deepcopy(list(self._journal))

    def clear(self) -> None:
        with self._lock:
            self._journal.clear()

    # faults
    def faults(self) -> dict[str, Any]:
        with self._lock:
            return dict(self._faults.__dict__)

    def set_faults(self, **changes: Any) -> dict[str, Any]:
        """Change some fault settings; the others keep their values (``reset_faults`` restores all)."""
        for key, value in changes.items():
            if key not in _FAULT_TYPES:
                raise ValueError(f"unknown fault setting {key!r}; known: {sorted(_FAULT_TYPES)}")
            allowed = _FAULT_TYPES[key]
            # bool is an int subclass; only "down"/"echo_input" take booleans.
            if not isinstance(value, allowed) or (isinstance(value, bool) and bool not in allowed):
                raise ValueError(f"fault setting {key!r} has the wrong type")
            if key in ("fail_next", "latency_s", "per_token_latency_s") and value < 0:
                raise ValueError(f"fault setting {key!r} must not be negative")
            if key == "status" and not 400 <= value <= 599:
                raise ValueError("fault status must be an HTTP error status (400-599)")
        with self._lock:
            for key, value in changes.items():
                setattr(self._faults, key, float(value) if key.endswith("latency_s") else value)
            return dict(self._faults.__dict__)

    def reset_faults(self) -> dict[str, Any]:
        with self._lock:
            self._faults = self._initial_faults()
            return dict(self._faults.__dict__)

    def take_failure(self) -> tuple[int, str] | None:
        with self._lock:
            if self._faults.fail_next <= 0:
                return None
            self._faults.fail_next -= 1
            return self._faults.status, self._faults.error_type

    # concurrency
    def try_acquire(self) -> bool:
        with self._lock:
            if self._in_flight >= self.config.max_concurrent_requests:
                return False
            self._in_flight += 1
            return True

    def release(self) -> None:
        with self._lock:
            self._in_flight -= 1

    @property
    def in_flight(self) -> int:
        with self._lock:
            return self._in_flight


class _Slot:
    """One admitted generation; released exactly once whether the response completes or not."""

    def __init__(self, state: SimulatorState) -> None:
        self._state = state
        self._held = True

    def release(self) -> None:
        if self._held:
            self._held = False
            self._state.release()


# --- tokenizer and the deterministic answer ------------------------------------------------------


@dataclass(frozen=True)
class SimulatorToken:
    id: int
    text: str
    start: int
    stop: int

    def as_tgi(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "start": self.start, "stop": self.stop}


def tokenize(text: str) -> list[SimulatorToken]:
    """Split into word pieces (up to 8 ASCII letters), single digits and single other characters."""
    return [
        SimulatorToken(zlib.crc32(m.group().encode()) % _VOCAB_SIZE, m.group(), m.start(), m.end())
        for m in _TOKEN_RE.finditer(text)
    ]


def _is_chinese(prompt: str, system: str) -> bool:
    return "中文" in prompt or "请用中文" in system


def simulated_answer(prompt: str, *, system: str = "", think: bool = False) -> str:
    """The simulator's reply to ``prompt`` (the last user message, or TGI ``inputs``)."""
    placeholders = list(dict.fromkeys(PLACEHOLDER_RE.findall(prompt)))
    person = next((p for p in placeholders if p[1:].startswith("PERSON")), None)
    facts = [line.strip() for line in prompt.splitlines() if line.lstrip().startswith("- ")][:MAX_FACT_LINES]
    if _is_chinese(prompt, system):
        lines = [
            "模拟草稿（medgo-bridge 推理模拟器）。",
            f"患者 {person} 的记录包含以下事实：" if person else "该患者的记录包含以下事实：",
        ]
        lines += facts or ["- （提示中没有事实条目）"]
        thought = "<think>\n先核对去标识化记录中的事实，再起草。\n</think>\n\n"
    else:
        lines = [
            "Simulated draft (medgo-bridge inference simulator).",
            f"Patient {person} was seen; the record lists the following facts:"
            if person
            else "The patient was seen; the record lists the following facts:",
        ]
        lines += facts or ["- (no fact lines in the prompt)"]
        thought = "<think>\nChecking the de-identified record facts before drafting.\n</think>\n\n"
    answer = "\n".join(lines)
    return thought + answer if think else answer


@dataclass
class _Output:
    tokens: list[SimulatorToken]
    finish_reason: Literal["length", "eos_token", "stop_sequence"]

    @property
    def text(self) -> str:
        return "".join(t.text for t in self.tokens)


def _decode(answer: str, max_new_tokens: int, stop: Sequence[str]) -> _Output:
    produced: list[SimulatorToken] = []
    text = ""
    for token in tokenize(answer):
        if len(produced) >= max_new_tokens:
            return _Output(produced, "length")
        produced.append(token)
        text += token.text
        if any(s and s in text for s in stop):
            return _Output(produced, "stop_sequence")
    return _Output(produced, "eos_token")


def _chatml(messages: Sequence[Mapping[str, str]]) -> str:
    # Qwen's chat template (MedGo is Qwen-based): the prompt length is counted on what TGI would see.
    rendered = "".join(f"<|im_start|>{m['role']}\n{m['content']}<|im_end|>\n" for m in messages)
    return rendered + "<|im_start|>assistant\n"


# --- request validation ------------------------------------------------------------------------


class _ValidationError(Exception):
    pass


def _opt_number(params: Mapping[str, Any], key: str) -> float | None:
    value = params.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _ValidationError(f"Failed to deserialize the JSON body: `{key}` must be a number")
    return float(value)


def _opt_int(params: Mapping[str, Any], key: str, default: int | None) -> int | None:
    if key not in params:
        return default
    value = params[key]
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _ValidationError(f"Failed to deserialize the JSON body: `{key}` must be a non-negative integer")
    return value


def _stop_list(value: Any, limit: int) -> list[str]:
    if value is None:
        return []
    stops = [value] if isinstance(value, str) else value
    if not isinstance(stops, list) or not all(isinstance(s, str) for s in stops):
        raise _ValidationError("Failed to deserialize the JSON body: `stop` must be a list of strings")
    if len(stops) > limit:
        raise _ValidationError(
            f"Input validation error: `stop` supports up to {limit} stop sequences. Given: {len(stops)}"
        )
    return stops


@dataclass
class _Sampling:
    max_new_tokens: int
    input_length: int
    stop: list[str]
    seed: int | None


def _validate(
    config: SimulatorConfig,
    prompt: str,
    *,
    max_new_tokens: int | None,
    temperature: float | None,
    top_p: float | None,
    allow_zero_temperature: bool,
    stop: list[str],
    seed: int | None,
) -> _Sampling:
    # Same checks, order and wording as TGI's router (validation.rs).
    if temperature is not None and (temperature < 0 or (temperature == 0 and not allow_zero_temperature)):
        raise _ValidationError("Input validation error: `temperature` must be strictly positive")
    if top_p is not None and not 0.0 < top_p < 1.0:
        raise _ValidationError("Input validation error: `top_p` must be > 0.0 and < 1.0")
    if max_new_tokens == 0:
        raise _ValidationError("Input validation error: `max_new_tokens` must be strictly positive")
    if not prompt:
        raise _ValidationError("Input validation error: `inputs` cannot be empty")
    input_length = len(tokenize(prompt))
    if max_new_tokens is None:
        max_new_tokens = max(1, min(config.max_total_tokens - input_length, 1024))
    if input_length + max_new_tokens > config.max_total_tokens:
        raise _ValidationError(
            "Input validation error: `inputs` tokens + `max_new_tokens` must be "
            f"<= {config.max_total_tokens}. Given: {input_length} `inputs` tokens "
            f"and {max_new_tokens} `max_new_tokens`"
        )
    if input_length > config.max_input_tokens:
        raise _ValidationError(
            f"Input validation error: `inputs` must have less than {config.max_input_tokens} tokens. "
            f"Given: {input_length}"
        )
    return _Sampling(max_new_tokens, input_length, stop, seed)


def _message_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = [p.get("text", "") for p in content if isinstance(p, dict) and p.get("type") == "text"]
        if all(isinstance(p, str) for p in parts):
            return "".join(parts)
    raise _ValidationError("Failed to deserialize the JSON body: message `content` must be text")


def _chat_messages(body: Mapping[str, Any]) -> list[dict[str, str]]:
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise _ValidationError("Failed to deserialize the JSON body: `messages` must be a non-empty list")
    out: list[dict[str, str]] = []
    for message in messages:
        if not isinstance(message, dict) or not isinstance(message.get("role"), str):
            raise _ValidationError("Failed to deserialize the JSON body: each message needs a `role`")
        out.append({"role": message["role"], "content": _message_text(message.get("content", ""))})
    return out


# --- the app -----------------------------------------------------------------------------------


def _sse(payload: Any) -> str:
    # TGI (axum) writes compact JSON after "data:" with no space; the closing "data: [DONE]" has one,
    # which is what huggingface_hub's stream parser compares against.
    return "data:" + json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n\n"


def create_simulator_app(config: SimulatorConfig | None = None) -> FastAPI:
    """Build the simulator. Its :class:`SimulatorState` is ``app.state.simulator``."""
    cfg = config or SimulatorConfig()
    state = SimulatorState(cfg)
    app = FastAPI(title="medgo-bridge inference simulator", openapi_url=None, docs_url=None, redoc_url=None)
    app.state.simulator = state
    fingerprint = f"{TGI_VERSION}-sha-{(cfg.model_sha or '0000000')[:7]}-native"

    def error(status: int, message: str, error_type: str) -> JSONResponse:
        if cfg.flavor == "openai":
            body: dict[str, Any] = {"error": {"message": message, "type": error_type, "param": None, "code": status}}
        else:
            body = {"error": message, "error_type": error_type}
        return JSONResponse(body, status_code=status)

    def not_found() -> Response:
        return JSONResponse({"detail": "Not Found"}, status_code=404)

    async def read_and_record(request: Request) -> Any:
        raw = await request.body()
        body: Any = None
        if raw:
            try:
                body = json.loads(raw)
            except ValueError:
                body = raw.decode("utf-8", errors="replace")
        state.record(
            request.url.path,
            request.method,
            body,
            authorization="authorization" in request.headers,
        )
        return body

    def authorized(request: Request) -> bool:
        return cfg.api_key is None or request.headers.get("authorization") == f"Bearer {cfg.api_key}"

    def excerpt(body: Any) -> str:
        return json.dumps(body, ensure_ascii=False)[:80]

    def admit(request: Request, body: Any) -> _Slot | Response:
        """Refusals in the order a real server meets them: auth, outage or injected failure, capacity."""
        if not authorized(request):
            return error(401, "Unauthorized", "authentication")
        faults = state.faults()
        suffix = f": {excerpt(body)}" if faults["echo_input"] else ""
        if faults["down"]:
            return error(503, "Model is not available (simulated outage)" + suffix, "unhealthy")
        failure = state.take_failure()
        if failure is not None:
            status, error_type = failure
            return error(status, f"Simulated failure ({error_type})" + suffix, error_type)
        if not state.try_acquire():
            return error(429, "Model is overloaded" + suffix, "overloaded")
        return _Slot(state)

    def rejected(slot: _Slot, exc: _ValidationError, body: Any) -> Response:
        slot.release()
        suffix = f": {excerpt(body)}" if state.faults()["echo_input"] else ""
        return error(422, str(exc) + suffix, "validation")

    async def pause(seconds: float) -> None:
        if seconds > 0:
            await asyncio.sleep(seconds)

    # -- TGI endpoints --------------------------------------------------------------------------

    @app.get("/health")
    async def health(request: Request) -> Response:
        await read_and_record(request)
        if cfg.flavor == "openai":
            return not_found()
        if state.faults()["down"]:
            return error(503, "unhealthy", "healthcheck")
        return Response(status_code=200)

    @app.get("/info")
    async def info(request: Request) -> Response:
        await read_and_record(request)
        if cfg.flavor == "openai":
            return not_found()
        return JSONResponse(
            {
                "model_id": cfg.model_id,
                "model_sha": cfg.model_sha,
                "model_dtype": cfg.model_dtype,
                "model_device_type": "cuda",
                "model_pipeline_tag": "text-generation",
                "max_concurrent_requests": cfg.max_concurrent_requests,
                "max_best_of": cfg.max_best_of,
                "max_stop_sequences": cfg.max_stop_sequences,
                "max_input_tokens": cfg.max_input_tokens,
                "max_total_tokens": cfg.max_total_tokens,
                "validation_workers": 2,
                "max_client_batch_size": cfg.max_client_batch_size,
                "router": "text-generation-router",
                "version": TGI_VERSION,
                "sha": None,
                "docker_label": None,
            }
        )

    @app.get("/v1/models")
    async def models(request: Request) -> Response:
        await read_and_record(request)
        if cfg.flavor == "openai" and state.faults()["down"]:
            return error(503, "Model is not available (simulated outage)", "unhealthy")
        model = {"id": cfg.model_id, "object": "model", "created": 0, "owned_by": cfg.model_id}
        return JSONResponse({"object": "list", "data": [model]})

    @app.post("/tokenize")
    async def tokenize_endpoint(request: Request) -> Response:
        body = await read_and_record(request)
        if cfg.flavor == "openai":
            return not_found()
        if not isinstance(body, dict) or not isinstance(body.get("inputs"), str):
            return error(422, "Failed to deserialize the JSON body: `inputs` must be a string", "validation")
        return JSONResponse([t.as_tgi() for t in tokenize(body["inputs"])])

    def generate_params(body: Any) -> tuple[str, _Sampling, dict[str, Any]]:
        if not isinstance(body, dict) or not isinstance(body.get("inputs"), str):
            raise _ValidationError("Failed to deserialize the JSON body: `inputs` must be a string")
        params = body.get("parameters") or {}
        if not isinstance(params, dict):
            raise _ValidationError("Failed to deserialize the JSON body: `parameters` must be an object")
        sampling = _validate(
            cfg,
            body["inputs"],
            # TGI's serde default for max_new_tokens is 100; an explicit null means "as many as fit".
            max_new_tokens=_opt_int(params, "max_new_tokens", 100),
            temperature=_opt_number(params, "temperature"),
            top_p=_opt_number(params, "top_p"),
            allow_zero_temperature=False,
            stop=_stop_list(params.get("stop"), cfg.max_stop_sequences),
            seed=_opt_int(params, "seed", None),
        )
        return body["inputs"], sampling, params

    @app.post("/generate")
    async def generate(request: Request) -> Response:
        body = await read_and_record(request)
        if cfg.flavor == "openai":
            return not_found()
        admitted = admit(request, body)
        if isinstance(admitted, Response):
            return admitted
        try:
            try:
                inputs, sampling, params = generate_params(body)
            except _ValidationError as exc:
                return rejected(admitted, exc, body)
            faults = state.faults()
            output = _decode(simulated_answer(inputs, think=cfg.think), sampling.max_new_tokens, sampling.stop)
            await pause(faults["latency_s"] + faults["per_token_latency_s"] * len(output.tokens))
            text = output.text
            if params.get("return_full_text"):
                text = inputs + text
            result: dict[str, Any] = {"generated_text": text}
            if params.get("details"):
                prefill = (
                    [{"id": t.id, "text": t.text, "logprob": None} for t in tokenize(inputs)]
                    if params.get("decoder_input_details")
                    else []
                )
                result["details"] = {
                    "finish_reason": output.finish_reason,
                    "generated_tokens": len(output.tokens),
                    "seed": sampling.seed,
                    "prefill": prefill,
                    "tokens": [{"id": t.id, "text": t.text, "logprob": -0.05, "special": False} for t in output.tokens],
                }
            return JSONResponse(result)
        finally:
            admitted.release()

    @app.post("/generate_stream")
    async def generate_stream(request: Request) -> Response:
        body = await read_and_record(request)
        if cfg.flavor == "openai":
            return not_found()
        admitted = admit(request, body)
        if isinstance(admitted, Response):
            return admitted
        try:
            inputs, sampling, params = generate_params(body)
        except _ValidationError as exc:
            return rejected(admitted, exc, body)
        faults = state.faults()
        output = _decode(simulated_answer(inputs, think=cfg.think), sampling.max_new_tokens, sampling.stop)

        async def events() -> AsyncIterator[str]:
            try:
                await pause(faults["latency_s"])
                last = len(output.tokens)
                for index, token in enumerate(output.tokens, start=1):
                    await pause(faults["per_token_latency_s"])
                    final = index == last
                    text = output.text
                    if final and params.get("return_full_text"):
                        text = inputs + text
                    yield _sse(
                        {
                            "index": index,
                            "token": {"id": token.id, "text": token.text, "logprob": -0.05, "special": False},
                            "top_tokens": None,
                            "generated_text": text if final else None,
                            "details": {
                                "finish_reason": output.finish_reason,
                                "generated_tokens": last,
                                "seed": sampling.seed,
                                "input_length": sampling.input_length,
                            }
                            if final
                            else None,
                        }
                    )
            finally:
                admitted.release()

        return StreamingResponse(events(), media_type="text/event-stream", background=BackgroundTask(admitted.release))

    # -- OpenAI-compatible chat -------------------------------------------------------------------

    @app.post("/v1/chat/completions")
    async def chat_completions(request: Request) -> Response:
        body = await read_and_record(request)
        admitted = admit(request, body)
        if isinstance(admitted, Response):
            return admitted
        try:
            if not isinstance(body, dict):
                raise _ValidationError("Failed to deserialize the JSON body: expected an object")
            if cfg.flavor == "openai" and body.get("model") != cfg.model_id:
                admitted.release()
                return error(404, f"The model `{body.get('model')}` does not exist.", "NotFoundError")
            messages = _chat_messages(body)
            users = [m["content"] for m in messages if m["role"] == "user"]
            system = "\n".join(m["content"] for m in messages if m["role"] == "system")
            prompt = _chatml(messages)
            sampling = _validate(
                cfg,
                prompt,
                max_new_tokens=_opt_int(body, "max_tokens", None),
                temperature=_opt_number(body, "temperature"),
                top_p=_opt_number(body, "top_p"),
                allow_zero_temperature=True,
                stop=_stop_list(body.get("stop"), cfg.max_stop_sequences),
                seed=_opt_int(body, "seed", None),
            )
        except _ValidationError as exc:
            return rejected(admitted, exc, body)

        faults = state.faults()
        output = _decode(
            simulated_answer(users[-1] if users else "", system=system, think=cfg.think),
            sampling.max_new_tokens,
            sampling.stop,
        )
        finish = "length" if output.finish_reason == "length" else "stop"
        usage = {
            "prompt_tokens": sampling.input_length,
            "completion_tokens": len(output.tokens),
            "total_tokens": sampling.input_length + len(output.tokens),
        }
        common = {
            "id": "" if cfg.flavor == "tgi" else f"chatcmpl-{uuid.uuid4().hex}",
            "created": int(time.time()),
            # TGI reports the model it serves whatever the request said; vLLM echoes the (checked) name.
            "model": cfg.model_id,
            "system_fingerprint": fingerprint,
        }

        if not body.get("stream"):
            try:
                await pause(faults["latency_s"] + faults["per_token_latency_s"] * len(output.tokens))
            finally:
                admitted.release()
            choice = {
                "index": 0,
                "message": {"role": "assistant", "content": output.text},
                "logprobs": None,
                "finish_reason": finish,
            }
            return JSONResponse({"object": "chat.completion", **common, "choices": [choice], "usage": usage})

        options = body.get("stream_options")
        include_usage = isinstance(options, dict) and bool(options.get("include_usage"))

        async def chunks() -> AsyncIterator[str]:
            try:
                await pause(faults["latency_s"])
                last = len(output.tokens)
                for index, token in enumerate(output.tokens, start=1):
                    await pause(faults["per_token_latency_s"])
                    choice = {
                        "index": 0,
                        "delta": {"role": "assistant", "content": token.text},
                        "logprobs": None,
                        "finish_reason": finish if index == last else None,
                    }
                    yield _sse({"object": "chat.completion.chunk", **common, "choices": [choice], "usage": None})
                if include_usage:
                    yield _sse({"object": "chat.completion.chunk", **common, "choices": [], "usage": usage})
                yield "data: [DONE]\n\n"
            finally:
                admitted.release()

        return StreamingResponse(chunks(), media_type="text/event-stream", background=BackgroundTask(admitted.release))

    # -- control plane (not journaled) ----------------------------------------------------------

    @app.get(f"{_CONTROL_PREFIX}/requests")
    async def journal() -> list[dict[str, Any]]:
        return state.requests()

    @app.delete(f"{_CONTROL_PREFIX}/requests")
    async def clear_journal() -> Response:
        state.clear()
        return Response(status_code=204)

    @app.get(f"{_CONTROL_PREFIX}/faults")
    async def get_faults() -> dict[str, Any]:
        return state.faults()

    @app.post(f"{_CONTROL_PREFIX}/faults")
    async def set_faults(request: Request) -> Response:
        try:
            changes = json.loads(await request.body() or b"{}")
            if not isinstance(changes, dict):
                raise ValueError("expected a JSON object")
            return JSONResponse(state.set_faults(**changes))
        except ValueError as exc:
            return JSONResponse({"error": str(exc), "error_type": "validation"}, status_code=422)

    @app.delete(f"{_CONTROL_PREFIX}/faults")
    async def reset_faults() -> dict[str, Any]:
        return state.reset_faults()

    # Anything else is journaled too, so a test can see a request it did not expect (a phone-home).
    @app.api_route("/{path:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"], include_in_schema=False)
    async def unknown(request: Request, path: str) -> Response:
        await read_and_record(request)
        return not_found()

    return app


# --- running it -------------------------------------------------------------------------------


def run_simulator(host: str = "127.0.0.1", port: int = 8080, config: SimulatorConfig | None = None) -> None:
    """Serve the simulator until interrupted (``medgo-bridge simulate-llm``)."""
    uvicorn.run(create_simulator_app(config), host=host, port=port, log_level="info")


class SimulatorServer:
    """The simulator on a background thread, for tests and the demo.

    ``port=0`` picks a free port. The journal is cleared once the server answers, so the start-up
    probes are not in it.
    """

    def __init__(
        self,
        config: SimulatorConfig | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        startup_timeout_s: float = 10.0,
    ) -> None:
        self.config = config or SimulatorConfig()
        self.app = create_simulator_app(self.config)
        self.state: SimulatorState = self.app.state.simulator
        self.host = host
        self._requested_port = port
        self._port: int | None = None
        self._startup_timeout_s = startup_timeout_s
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("simulator is not running")
        return self._port

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> SimulatorServer:
        if self._thread is not None:
            raise RuntimeError("simulator already started")
        # Binding here rather than in uvicorn makes the port known before the thread starts.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.host, self._requested_port))
        except OSError:
            sock.close()
            raise
        self._port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app, log_level="warning", access_log=False, lifespan="off", timeout_graceful_shutdown=1
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [sock]},
            name=f"llm-simulator:{self._port}",
            daemon=True,
        )
        self._thread.start()
        try:
            self._wait_until_answering()
        except BaseException:
            self.stop()
            raise
        self.state.clear()
        return self

    def _wait_until_answering(self) -> None:
        deadline = time.monotonic() + self._startup_timeout_s
        # trust_env=False: a proxy from the environment must not sit between us and the loopback.
        with httpx.Client(timeout=0.5, trust_env=False) as client:
            while time.monotonic() < deadline:
                if self._thread is None or not self._thread.is_alive():
                    raise RuntimeError("simulator thread exited during start-up")
                try:
                    client.get(f"{self.url}/health")  # any status: 503 is a valid answer when "down"
                    return
                except httpx.TransportError:
                    time.sleep(0.02)
        raise RuntimeError(f"simulator did not answer within {self._startup_timeout_s} s")

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._server = None
        self._thread = None

    def __enter__(self) -> SimulatorServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- test helpers ---------------------------------------------------------------------------

    def requests(self) -> list[dict[str, Any]]:
        """The journal: ``{"path", "method", "body", "authorization"}`` per request received."""
        return self.state.requests()

    def set_faults(self, **faults: Any) -> dict[str, Any]:
        """E.g. ``set_faults(fail_next=2, status=503, error_type="overloaded")``, ``down=True``."""
        return self.state.set_faults(**faults)

    def reset_faults(self) -> dict[str, Any]:
        return self.state.reset_faults()

    def clear(self) -> None:
        """Empty the journal."""
        self.state.clear()
