"""LLM backend for a model server (TGI, vLLM, SGLang) through its OpenAI-compatible chat endpoint.

``/v1/chat/completions`` is the one call all three serve the same way, so the bridge does not care
which is deployed; TGI's ``/info`` is read when present, to record the server kind and size concurrency.

Errors decide what the caller does: :class:`TransientError` is retried with backoff, :class:`PermanentError`
is dead-lettered. Their messages carry an HTTP status and a short server error *type* only: server error
text can quote the input, and the input is clinical text.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import random
import re
import time
from typing import Any, cast

import httpx
from huggingface_hub import InferenceClient
from huggingface_hub import constants as hf_constants
from huggingface_hub.errors import HfHubHTTPError, InferenceTimeoutError, OfflineModeIsEnabled

from integration.errors import BridgeError, PermanentError, TransientError
from integration.ports import Generation, GenerationRequest

__all__ = ["ModelServerBackend"]

logger = logging.getLogger(__name__)

# huggingface_hub builds a user-agent for every request and, unless telemetry is off, first fetches an
# "agent harness" registry from huggingface.co to do so: an internet call from the hospital network on
# the first draft (and a 3 s stall where there is no route out). This process only talks to an on-prem
# model server, so telemetry is switched off for the whole process.
hf_constants.HF_HUB_DISABLE_TELEMETRY = True

_TRANSPORT_ERRORS: tuple[type[BaseException], ...] = (httpx.TransportError, OSError)
# Recent huggingface_hub talks through httpx2 and lets its transport errors through unwrapped; older
# releases use httpx or requests (whose errors are OSErrors), both covered above.
with contextlib.suppress(ImportError):
    _TRANSPORT_ERRORS = (importlib.import_module("httpx2").TransportError, *_TRANSPORT_ERRORS)

# Server error types are echoed into messages only when they look like an identifier, never free text.
_SAFE_ERROR_TYPE = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]{0,39}")
# Retrying these at once is cheap and often works (a restarting pod, a full queue). Timeouts are left to
# the caller's backoff: an immediate retry of a request that just ran for timeout_s only adds load.
_RETRY_IN_CALL = frozenset({"llm-unreachable", "llm-overloaded", "llm-server-error"})


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


def _server_error_type(response: Any) -> str | None:
    """TGI's ``error_type``, or the OpenAI-style ``error.type`` of vLLM/SGLang, if it is a plain name."""
    try:
        data = response.json()
    except Exception:  # any unreadable body simply has no type
        return None
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


def _classify_status(status: int, error_type: str | None) -> BridgeError:
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
    return PermanentError(detail, code="llm-rejected")


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
    ) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise ValueError("model server URL must start with http:// or https://")
        if timeout_s <= 0 or max_retries < 0:
            raise ValueError("timeout_s must be positive and max_retries not negative")
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.revision = revision
        self.timeout_s = timeout_s
        self.max_retries = max_retries
        self._root = _root_url(self.base_url)
        # With no token, huggingface_hub falls back to this machine's Hugging Face login (HF_TOKEN or the
        # token file) and would hand it to the model server. A None header value wins the merge and is
        # then dropped, so no Authorization header goes out at all.
        headers = {} if token else cast(dict[str, str], {"authorization": None})
        self._client = InferenceClient(base_url=self.base_url, token=token or None, timeout=timeout_s, headers=headers)
        auth = {"Authorization": f"Bearer {token}"} if token else {}
        self._http = httpx.Client(headers=auth, timeout=min(timeout_s, 10.0))
        self._server_kind: str | None = None
        self._info: dict[str, Any] | None = None
        if _hf_offline():
            logger.warning(
                "HF_HUB_OFFLINE is set: huggingface_hub refuses every HTTP call, including to the model "
                "server; unset it for the bridge (HF_HUB_DISABLE_TELEMETRY=1 keeps it off the internet)"
            )

    # --- LlmBackend ----------------------------------------------------------------------------

    def generate(self, request: GenerationRequest) -> Generation:
        messages = [{"role": "user", "content": request.user}]
        if request.system:
            messages.insert(0, {"role": "system", "content": request.system})
        attempt = 0
        while True:
            attempt += 1
            try:
                output = self._chat(messages, request)
                break
            except TransientError as exc:
                if exc.code not in _RETRY_IN_CALL or attempt > self.max_retries:
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

        choices = getattr(output, "choices", None)
        if not choices:
            raise PermanentError("model server response has no choices", code="llm-bad-response")
        choice = choices[0]
        text = choice.message.content if choice.message is not None else None
        if not isinstance(text, str) or not text:
            # Retrying the same request cannot help (typically the whole budget went to reasoning).
            raise PermanentError(
                f"model server returned no text (finish_reason={choice.finish_reason})", code="llm-empty"
            )
        usage = getattr(output, "usage", None)
        if self._server_kind is None:
            self.info()  # learns the server kind; the server just answered, so this is quick
        return Generation(
            text=text,
            backend=self._server_kind or "openai-compatible",
            model=self.model,
            revision=self.revision,
            prompt_tokens=getattr(usage, "prompt_tokens", None),
            completion_tokens=getattr(usage, "completion_tokens", None),
            extra={"finish_reason": choice.finish_reason, "attempts": attempt},
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
        try:
            data = response.json()
        except ValueError:
            data = None
        if _looks_like_tgi(data):
            self._server_kind = "tgi"
            self._info = dict(data)
            return dict(data)
        self._server_kind = "openai-compatible"
        return None

    def close(self) -> None:
        self._http.close()
        self._client.close()  # type: ignore[no-untyped-call]  # untyped in huggingface_hub

    # --- internals ------------------------------------------------------------------------------

    def _chat(self, messages: list[dict[str, str]], request: GenerationRequest) -> Any:
        # TGI rejects top_p >= 1 ("must be > 0.0 and < 1.0"); leaving it out means the same thing.
        top_p = request.top_p if 0.0 < request.top_p < 1.0 else None
        try:
            return self._client.chat_completion(
                cast(list[Any], messages),
                model=self.model,
                max_tokens=request.max_new_tokens,
                temperature=request.temperature,
                top_p=top_p,
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
            raise _classify_status(status, _server_error_type(exc.response)) from None
        except _TRANSPORT_ERRORS as exc:
            raise TransientError(f"model server unreachable ({type(exc).__name__})", code="llm-unreachable") from None
        except ValueError:  # a 200 whose body is not a chat completion (JSON errors are ValueErrors)
            raise PermanentError(
                "model server answered with something that is not a chat completion", code="llm-bad-response"
            ) from None


def _hf_offline() -> bool:
    return bool(getattr(hf_constants, "HF_HUB_OFFLINE", False))
