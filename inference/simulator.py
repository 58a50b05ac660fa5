"""An inference-server simulator that speaks TGI's HTTP protocol, for tests, demos and benchmarks.

There is no model: the answer is derived deterministically from the prompt, so a test can check
that a draft is re-identified and grounded, and every request body is kept in a journal, so a test
can check that no PHI reached the model. What it copies from a real server:

* **Latency**: ``latency_s`` + ``prefill_per_token_s`` x prompt tokens + ``per_token_latency_s`` x
  generated tokens; streamed answers pay the first two before the first token, then one
  ``per_token_latency_s`` per token.
* **Capacity**: at most ``max_concurrent_requests`` generations at once; beyond that TGI's
  ``429 {"error": "Model is overloaded", "error_type": "overloaded"}`` (router ``InferError::Overloaded``).
* **Validation**: prompt tokens (the same tokenizer as ``/tokenize``, on the Qwen chat template) over
  ``max_input_tokens``, or prompt + ``max_new_tokens`` over ``max_total_tokens``, is a
  ``422 {"error": "Input validation error: ...", "error_type": "validation"}`` with TGI's wording.
* **Grammar**: with a JSON schema in ``response_format`` (TGI: ``{"type": "json_object" | "json",
  "value": schema}``; OpenAI flavor: ``{"type": "json_schema", "json_schema": {"schema": ...}}``) or
  in ``/generate``'s ``parameters.grammar``, the answer is JSON of the draft shape
  (``integration.draft_schema``): one sentence per ledger fact (``S12 | ... | text`` lines), citing
  it, with the patient's placeholder in the first sentence and the schema's title ``enum`` as the
  section titles. Without a schema, a plain-text answer listing the prompt's ``- `` lines.
* **Faults** (``POST /_simulator/faults``): ``fail_next`` N errors of a given status and type,
  ``down`` (503 everywhere), extra latency, ``hang`` (accept and never answer while set),
  ``bad_json`` (the next N constrained answers are cut off mid-JSON), ``think`` (a ``<think>`` block
  before every answer); ``POST /_simulator/script`` queues raw answers returned verbatim, in order,
  before the derived ones resume.

``flavor="openai"`` turns it into a bare OpenAI-compatible server instead (``/v1/models`` and
``/v1/chat/completions`` only, vLLM-style errors, unknown model names refused like vLLM, and
``chat_template_kwargs.enable_thinking`` honoured as Qwen3's template does).
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
    "grammar_answer",
    "ledger_facts",
    "planned_latency",
    "run_simulator",
    "simulated_answer",
    "tokenize",
]

PLACEHOLDER_RE = re.compile(r"<[A-Z][A-Z_]*_\d+>")
MAX_FACT_LINES = 12
# Facts restated in a constrained answer; the rest of a long ledger is left out, as a model would.
MAX_GRAMMAR_FACTS = 24
# Ledger lines: "S12 | Observation/x | 2024-05-11 06:00 | text", optionally bulleted.
LEDGER_LINE_RE = re.compile(r"^\s*(?:[-*\u2022]\s*)?(S\d+)\s*\|(.*)$")
TGI_VERSION = "3.3.4"
# Qwen2/3 vocabulary size, so token ids look like the real model's.
_VOCAB_SIZE = 151_936
# Lossless: every character of the text lands in exactly one token (whitespace rides on the token
# after it, as in byte-level BPE), so joined token texts give the text back. Chat-template markers
# (<|im_start|>, <|im_end|>) are one token each, as Qwen's special tokens are.
_TOKEN_RE = re.compile(r"\s*(?:<\|[a-z_]+\|>|[A-Za-z]{1,8}|\d|[^\sA-Za-z\d])|\s+")
_CONTROL_PREFIX = "/_simulator"


# --- configuration and runtime state ------------------------------------------------------------


@dataclass
class SimulatorConfig:
    """What the simulated server reports in ``/info`` and how it behaves.

    ``fail_next``/``fail_status``/``fail_error_type``, ``down``, ``latency_s``,
    ``prefill_per_token_s`` and ``per_token_latency_s`` are the initial fault settings;
    ``POST /_simulator/faults`` changes them at run time. ``api_key`` makes generation endpoints demand
    ``Authorization: Bearer <api_key>``, as TGI's and vLLM's ``--api-key`` do. ``think`` makes the
    model reason first (Qwen3's default; the OpenAI flavor honours ``enable_thinking: false``).
    ``grammar_support=False`` refuses constrained requests as TGI started with
    ``--disable-grammar-support`` does. ``hang_max_s`` bounds how long a hung request is held.
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
    prefill_per_token_s: float = 0.0
    per_token_latency_s: float = 0.0
    think: bool = False
    grammar_support: bool = True
    hang_max_s: float = 300.0
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
    prefill_per_token_s: float = 0.0
    per_token_latency_s: float = 0.0
    down: bool = False
    # Accept generation requests and hold them unanswered while set (a stuck GPU, a dead shard).
    hang: bool = False
    # The next N schema-constrained answers are cut off mid-JSON.
    bad_json: int = 0
    # A reasoning block before every answer, whatever the request asked.
    think: bool = False
    # Copies the start of the input into error messages, as some servers and proxies do; lets a test
    # prove the client never repeats server error text.
    echo_input: bool = False


_FAULT_TYPES: dict[str, tuple[type[Any], ...]] = {
    "fail_next": (int,),
    "status": (int,),
    "error_type": (str,),
    "latency_s": (int, float),
    "prefill_per_token_s": (int, float),
    "per_token_latency_s": (int, float),
    "down": (bool,),
    "hang": (bool,),
    "bad_json": (int,),
    "think": (bool,),
    "echo_input": (bool,),
}
_NON_NEGATIVE = frozenset({"fail_next", "bad_json", "latency_s", "prefill_per_token_s", "per_token_latency_s"})


class SimulatorState:
    """Journal, faults, scripted answers and in-flight count, shared by the handlers and the test thread."""

    def __init__(self, config: SimulatorConfig) -> None:
        self.config = config
        self._lock = threading.Lock()
        self._journal: deque[dict[str, Any]] = deque(maxlen=config.journal_max_entries)
        self._in_flight = 0
        self._peak_in_flight = 0
        self._script: deque[str] = deque()
        self._faults = self._initial_faults()

    def _initial_faults(self) -> _Faults:
        cfg = self.config
        return _Faults(
            fail_next=cfg.fail_next,
            status=cfg.fail_status,
            error_type=cfg.fail_error_type,
            latency_s=cfg.latency_s,
            prefill_per_token_s=cfg.prefill_per_token_s,
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

    def forget(self, path: str) -> None:
        """Drop the journal entries of one path (the start-up probe), keeping whatever else arrived."""
        with self._lock:
            kept = [entry for entry in self._journal if entry.get("path") != path]
            self._journal.clear()
            self._journal.extend(kept)

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
            if key in _NON_NEGATIVE and value < 0:
                raise ValueError(f"fault setting {key!r} must not be negative")
            if key == "status" and not 400 <= value <= 599:
                raise ValueError("fault status must be an HTTP error status (400-599)")
        with self._lock:
            for key, value in changes.items():
                setattr(self._faults, key, float(value) if key.endswith("latency_s") else value)
            return dict(self._faults.__dict__)

    def reset_faults(self) -> dict[str, Any]:
        """Initial faults again, and no scripted answers left (a test's script must not reach the next)."""
        with self._lock:
            self._faults = self._initial_faults()
            self._script.clear()
            return dict(self._faults.__dict__)

    def take_bad_json(self) -> bool:
        with self._lock:
            if self._faults.bad_json <= 0:
                return False
            self._faults.bad_json -= 1
            return True

    # scripted answers
    def script(self, answers: Sequence[str]) -> int:
        """Queue raw answers, returned verbatim by the next generation requests; returns the queue length."""
        if isinstance(answers, str) or not all(isinstance(a, str) for a in answers):
            raise ValueError("a script is a list of answer strings")
        with self._lock:
            self._script.extend(answers)
            return len(self._script)

    def scripted(self) -> list[str]:
        with self._lock:
            return list(self._script)

    def clear_script(self) -> None:
        with self._lock:
            self._script.clear()

    def next_scripted(self) -> str | None:
        with self._lock:
            return self._script.popleft() if self._script else None

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
            self._peak_in_flight = max(self._peak_in_flight, self._in_flight)
            return True

    def release(self) -> None:
        with self._lock:
            self._in_flight -= 1

    @property
    def in_flight(self) -> int:
        with self._lock:
            return self._in_flight

    @property
    def peak_in_flight(self) -> int:
        """Most generations admitted at once since start (or the last :meth:`reset_peak`)."""
        with self._lock:
            return self._peak_in_flight

    def reset_peak(self) -> None:
        with self._lock:
            self._peak_in_flight = self._in_flight


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
    else:
        lines = [
            "Simulated draft (medgo-bridge inference simulator).",
            f"Patient {person} was seen; the record lists the following facts:"
            if person
            else "The patient was seen; the record lists the following facts:",
        ]
        lines += facts or ["- (no fact lines in the prompt)"]
    answer = "\n".join(lines)
    return _think_block(_is_chinese(prompt, system)) + answer if think else answer


def ledger_facts(prompt: str) -> list[tuple[str, str]]:
    """``(fact id, fact text)`` for each ledger line (``S12 | source | time | text``), in prompt order.

    Liberal on purpose: any line starting with an ``S<digits>`` id (bulleted or not) followed by ``|``
    counts, and the text is the last ``|`` field, so the ledger layout can change without breaking it.
    """
    facts: list[tuple[str, str]] = []
    seen: set[str] = set()
    for line in prompt.splitlines():
        match = LEDGER_LINE_RE.match(line)
        if match is None or match.group(1) in seen:
            continue
        fields = [f.strip() for f in match.group(2).split("|")]
        text = next((f for f in reversed(fields) if f), "")
        if text:
            seen.add(match.group(1))
            facts.append((match.group(1), text))
    return facts


def _schema_titles(schema: Mapping[str, Any] | None) -> list[str]:
    """The section-title ``enum`` of a draft schema, if the task narrowed it to one."""
    try:
        title = schema["properties"]["sections"]["items"]["properties"]["title"]  # type: ignore[index]
    except (KeyError, TypeError):
        return []
    values = title.get("enum") if isinstance(title, dict) else None
    return [v for v in values if isinstance(v, str)] if isinstance(values, list) else []


def _sentence(text: str, chinese: bool) -> str:
    text = text.strip().rstrip(".。;；")
    return f"{text}。" if chinese else f"{text}."


def grammar_answer(prompt: str, schema: Mapping[str, Any] | None = None, *, system: str = "") -> str:
    """A draft-shaped JSON answer: one sentence per ledger fact, citing it (``integration.draft_schema``).

    The patient's placeholder opens the first sentence, so a test can check re-identification; the
    schema's title ``enum`` (if any) gives the sections, in order, with the facts spread across them.
    """
    chinese = _is_chinese(prompt, system)
    person = next((p for p in dict.fromkeys(PLACEHOLDER_RE.findall(prompt)) if p[1:].startswith("PERSON")), None)
    facts = ledger_facts(prompt)[:MAX_GRAMMAR_FACTS]
    titles = _schema_titles(schema) or (["摘要"] if chinese else ["Summary"])
    sentences: list[dict[str, Any]] = [{"text": _sentence(text, chinese), "cites": [fid]} for fid, text in facts]
    if person is not None:
        if sentences:
            first = sentences[0]["text"]
            sentences[0]["text"] = f"患者{person}：{first}" if chinese else f"Patient {person}: {first}"
        else:
            sentences.append({"text": f"患者{person}。" if chinese else f"Patient {person}.", "cites": []})
    elif not sentences:
        sentences.append({"text": "记录中没有事实条目。" if chinese else "The record lists no facts.", "cites": []})
    # Contiguous groups in ledger order, the earlier sections taking the remainder.
    per, extra = divmod(len(sentences), len(titles))
    sections: list[dict[str, Any]] = []
    start = 0
    for index, title in enumerate(titles):
        size = per + (1 if index < extra else 0)
        sections.append({"title": title, "sentences": sentences[start : start + size]})
        start += size
    return json.dumps({"sections": sections}, ensure_ascii=False)


def planned_latency(faults: Mapping[str, Any], input_tokens: int, output_tokens: int) -> tuple[float, float]:
    """(time to the first token, time for the rest) of one generation under the latency model.

    First token: the fixed ``latency_s`` plus ``prefill_per_token_s`` per prompt token. Then
    ``per_token_latency_s`` per generated token; a stream pays it before each token it sends, a
    plain answer in one wait, so both take the same total time.
    """
    first = float(faults["latency_s"]) + float(faults["prefill_per_token_s"]) * input_tokens
    return first, float(faults["per_token_latency_s"]) * output_tokens


def _broken_json(answer: str) -> str:
    # Cut inside the structure, as a model that ran out of tokens or lost the grammar would.
    return answer[: max(1, len(answer) // 2)]


def _think_block(chinese: bool) -> str:
    if chinese:
        return "<think>\n先核对去标识化记录中的事实，再起草。\n</think>\n\n"
    return "<think>\nChecking the de-identified record facts before drafting.\n</think>\n\n"


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
    """A refused request; ``length`` is (prompt tokens, max new tokens) when the prompt did not fit."""

    def __init__(self, message: str, *, length: tuple[int, int] | None = None) -> None:
        super().__init__(message)
        self.length = length


def _grammar_schema(value: Any) -> dict[str, Any] | None:
    if isinstance(value, str):  # TGI accepts the schema as a JSON string too
        try:
            value = json.loads(value)
        except ValueError:
            raise _ValidationError("Input validation error: grammar is not valid JSON") from None
    return value if isinstance(value, dict) else None


def _tgi_grammar(grammar: Any, field: str) -> tuple[bool, dict[str, Any] | None]:
    """(constrained, schema) from TGI's ``GrammarType`` (``#[serde(tag = "type", content = "value")]``)."""
    if grammar is None:
        return False, None
    if not isinstance(grammar, dict):
        raise _ValidationError(f"Failed to deserialize the JSON body into the target type: {field}: expected an object")
    kind = grammar.get("type")
    if kind not in ("json", "json_object", "json_schema", "regex"):
        raise _ValidationError(
            f"Failed to deserialize the JSON body into the target type: {field}: unknown variant `{kind}`, "
            "expected one of `json`, `json_object`, `json_schema`, `regex`"
        )
    if "value" not in grammar:
        raise _ValidationError(
            f"Failed to deserialize the JSON body into the target type: {field}: missing field `value`"
        )
    if kind == "regex":
        return False, None  # a regex grammar: the derived text answer stands in for it
    value = grammar["value"]
    if kind == "json_schema":  # newer TGI: {"type": "json_schema", "value": {"name": ..., "schema": ...}}
        value = value.get("schema") if isinstance(value, dict) else None
    return True, _grammar_schema(value)


def _openai_response_format(fmt: Any) -> tuple[bool, dict[str, Any] | None]:
    """(constrained, schema) from an OpenAI ``response_format`` (vLLM, SGLang)."""
    if fmt is None:
        return False, None
    kind = fmt.get("type") if isinstance(fmt, dict) else None
    if kind == "text":
        return False, None
    if kind == "json_object":
        return True, None
    if kind == "json_schema":
        spec = fmt.get("json_schema")
        schema = spec.get("schema") if isinstance(spec, dict) else None
        if not isinstance(schema, dict):
            raise _ValidationError("response_format.json_schema.schema: Field required")
        return True, schema
    raise _ValidationError(
        f"response_format.type: Input should be 'text', 'json_object' or 'json_schema', got {kind!r}"
    )


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
            f"and {max_new_tokens} `max_new_tokens`",
            length=(input_length, max_new_tokens),
        )
    if input_length > config.max_input_tokens:
        raise _ValidationError(
            f"Input validation error: `inputs` must have less than {config.max_input_tokens} tokens. "
            f"Given: {input_length}",
            length=(input_length, max_new_tokens),
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
            # TGI's router: a full max_concurrent_requests semaphore is InferError::Overloaded.
            return error(429, "Model is overloaded" + suffix, "overloaded")
        return _Slot(state)

    def rejected(slot: _Slot, exc: _ValidationError, body: Any) -> Response:
        slot.release()
        suffix = f": {excerpt(body)}" if state.faults()["echo_input"] else ""
        if cfg.flavor == "openai":
            # vLLM answers a request it cannot serve with 400 BadRequestError and its own length wording.
            message = str(exc)
            if exc.length is not None:
                prompt_tokens, new_tokens = exc.length
                message = (
                    f"This model's maximum context length is {cfg.max_total_tokens} tokens. However, you "
                    f"requested {prompt_tokens + new_tokens} tokens ({prompt_tokens} in the messages, "
                    f"{new_tokens} in the completion). Please reduce the length of the messages or completion."
                )
            return error(400, message + suffix, "BadRequestError")
        return error(422, str(exc) + suffix, "validation")

    async def pause(seconds: float) -> None:
        if seconds > 0:
            await asyncio.sleep(seconds)

    async def hold_while_hung() -> None:
        """The ``hang`` fault: the request was accepted and holds its slot, but no byte comes back."""
        deadline = time.monotonic() + cfg.hang_max_s
        while state.faults()["hang"] and time.monotonic() < deadline:
            await asyncio.sleep(0.05)

    def check_grammar(constrained: bool) -> None:
        if constrained and not cfg.grammar_support:
            # TGI launched with --disable-grammar-support (validation.rs: ValidationError::Grammar).
            raise _ValidationError("Input validation error: grammar is not supported")

    def compose(
        prompt: str, *, system: str = "", constrained: bool, schema: Mapping[str, Any] | None, may_think: bool
    ) -> str:
        """The answer before decoding: a scripted one verbatim, else derived from the prompt."""
        scripted = state.next_scripted()
        if scripted is not None:
            return scripted
        if constrained:
            answer = grammar_answer(prompt, schema, system=system)
            if state.take_bad_json():
                answer = _broken_json(answer)
        else:
            answer = simulated_answer(prompt, system=system)
        # Under a grammar the JSON starts at the first token, so the model's own reasoning cannot
        # appear; the "think" fault is a misbehaving server and ignores that.
        thinks = state.faults()["think"] or (cfg.think and may_think and not constrained)
        return _think_block(_is_chinese(prompt, system)) + answer if thinks else answer

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

    def generate_params(body: Any) -> tuple[str, _Sampling, dict[str, Any], bool, dict[str, Any] | None]:
        if not isinstance(body, dict) or not isinstance(body.get("inputs"), str):
            raise _ValidationError("Failed to deserialize the JSON body: `inputs` must be a string")
        params = body.get("parameters") or {}
        if not isinstance(params, dict):
            raise _ValidationError("Failed to deserialize the JSON body: `parameters` must be an object")
        constrained, schema = _tgi_grammar(params.get("grammar"), "parameters.grammar")
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
        check_grammar(constrained)
        return body["inputs"], sampling, params, constrained, schema

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
                inputs, sampling, params, constrained, schema = generate_params(body)
            except _ValidationError as exc:
                return rejected(admitted, exc, body)
            answer = compose(inputs, constrained=constrained, schema=schema, may_think=True)
            output = _decode(answer, sampling.max_new_tokens, sampling.stop)
            await hold_while_hung()
            faults = state.faults()
            await pause(sum(planned_latency(faults, sampling.input_length, len(output.tokens))))
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
            inputs, sampling, params, constrained, schema = generate_params(body)
        except _ValidationError as exc:
            return rejected(admitted, exc, body)
        answer = compose(inputs, constrained=constrained, schema=schema, may_think=True)
        output = _decode(answer, sampling.max_new_tokens, sampling.stop)

        async def events() -> AsyncIterator[str]:
            try:
                await hold_while_hung()
                faults = state.faults()
                await pause(planned_latency(faults, sampling.input_length, 0)[0])
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
            if cfg.flavor == "openai":
                constrained, schema = _openai_response_format(body.get("response_format"))
            else:
                constrained, schema = _tgi_grammar(body.get("response_format"), "response_format")
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
            check_grammar(constrained)
        except _ValidationError as exc:
            return rejected(admitted, exc, body)

        # vLLM and SGLang hand chat_template_kwargs to Qwen3's template; TGI's router has no such input.
        template_kwargs = body.get("chat_template_kwargs") if cfg.flavor == "openai" else None
        may_think = not (isinstance(template_kwargs, dict) and template_kwargs.get("enable_thinking") is False)
        answer = compose(
            users[-1] if users else "", system=system, constrained=constrained, schema=schema, may_think=may_think
        )
        output = _decode(answer, sampling.max_new_tokens, sampling.stop)
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
                await hold_while_hung()
                faults = state.faults()
                await pause(sum(planned_latency(faults, sampling.input_length, len(output.tokens))))
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
                await hold_while_hung()
                faults = state.faults()
                await pause(planned_latency(faults, sampling.input_length, 0)[0])
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

    @app.get(f"{_CONTROL_PREFIX}/script")
    async def get_script() -> list[str]:
        return state.scripted()

    @app.post(f"{_CONTROL_PREFIX}/script")
    async def add_script(request: Request) -> Response:
        """Queue raw answers: a JSON list of strings, or ``{"answers": [...]}``."""
        try:
            payload = json.loads(await request.body() or b"[]")
            answers = payload.get("answers") if isinstance(payload, dict) else payload
            if not isinstance(answers, list):
                raise ValueError("expected a list of answer strings")
            return JSONResponse({"queued": state.script(answers)})
        except ValueError as exc:
            return JSONResponse({"error": str(exc), "error_type": "validation"}, status_code=422)

    @app.delete(f"{_CONTROL_PREFIX}/script")
    async def clear_script() -> Response:
        state.clear_script()
        return Response(status_code=204)

    @app.get(f"{_CONTROL_PREFIX}/stats")
    async def stats() -> dict[str, int]:
        return {"in_flight": state.in_flight, "peak_in_flight": state.peak_in_flight}

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

    ``port=0`` picks a free port. The start-up probes are dropped from the journal once the server
    answers; requests from clients that were already waiting stay in it.
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
        # Only the probe's own requests: a client that was already waiting for this server (a test restarting
        # it under running jobs) may have been answered in between, and its requests must stay on record.
        self.state.forget("/health")
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
        """E.g. ``set_faults(fail_next=2, status=503, error_type="overloaded")``, ``down=True``, ``hang=True``."""
        return self.state.set_faults(**faults)

    def reset_faults(self) -> dict[str, Any]:
        """Initial faults, and the scripted answers dropped."""
        return self.state.reset_faults()

    def script(self, *answers: str) -> int:
        """Queue raw answers returned verbatim by the next generation requests, in order."""
        return self.state.script(list(answers))

    def chat_requests(self) -> list[dict[str, Any]]:
        """The journal's chat-completion entries only."""
        return [r for r in self.requests() if r["path"] == "/v1/chat/completions"]

    def clear(self) -> None:
        """Empty the journal."""
        self.state.clear()
