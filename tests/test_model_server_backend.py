"""ModelServerBackend against a live inference simulator: results, error classes, PHI-free errors,
constrained decoding and thinking per server kind, token counting, streaming, the slot limit."""

from __future__ import annotations

import json
import socket
import threading
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from huggingface_hub import constants as hf_constants
from huggingface_hub.utils import _detect_agent

from inference.model_server import ModelServerBackend, reset_shared_state, response_format_for
from inference.simulator import SimulatorConfig, SimulatorServer, simulated_answer, tokenize
from integration.draft_schema import draft_schema
from integration.errors import PermanentError, TransientError
from integration.ports import GenerationRequest, LlmBackend

SYSTEM = "You are a clinical documentation assistant. Write a discharge summary."
USER = (
    "Patient <PERSON_1>, MRN <MRN_1>, admitted <DATE_1>.\n"
    "- Diagnosis: community-acquired pneumonia\n"
    "- Treatment: amoxicillin 500 mg three times daily\n"
    "- Attending: <PERSON_2>\n"
)
# A distinctive piece of the prompt that must never show up in an error message or traceback.
MARKER = "amoxicillin 500 mg three times daily"


LEDGER = (
    "Patient <PERSON_1>, admitted <DATE_1>.\n"
    "S1 | Condition/pn | <DATE_1> | community-acquired pneumonia\n"
    "S2 | MedicationRequest/amx | <DATE_1> | amoxicillin 500 mg three times daily\n"
    "S3 | Observation/k | <DATE_2> 06:00 | potassium 3.1 mmol/L (L)\n"
)


@pytest.fixture(autouse=True)
def _fresh_breakers() -> Iterator[None]:
    """Breakers and slot limits are per process and URL: no test may leave one open for the next."""
    reset_shared_state()
    yield
    reset_shared_state()


def request(user: str = USER, **overrides: Any) -> GenerationRequest:
    values: dict[str, Any] = {"task": "discharge-summary", "language": "en", "system": SYSTEM, "user": user}
    values.update(overrides)
    return GenerationRequest(**values)


def backend(url: str, **overrides: Any) -> ModelServerBackend:
    values: dict[str, Any] = {"model": "OpenMedZoo/MedGo", "revision": "main", "timeout_s": 10.0}
    values.update(overrides)
    return ModelServerBackend(url, **values)


def chat_calls(server: SimulatorServer) -> list[dict[str, Any]]:
    return [r for r in server.requests() if r["path"] == "/v1/chat/completions"]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def assert_no_prompt_text(exc: BaseException) -> None:
    rendered = "".join(traceback.format_exception(exc))
    assert MARKER not in rendered
    assert "<PERSON_1>" not in rendered


# --- success -----------------------------------------------------------------------------------


def test_generate_returns_the_raw_answer_with_usage(llm: SimulatorServer) -> None:
    model_server = backend(llm.url)
    generation = model_server.generate(request())
    assert generation.text == simulated_answer(USER)
    assert "<PERSON_1>" in generation.text
    assert "- Treatment: amoxicillin 500 mg three times daily" in generation.text
    assert generation.backend == "tgi"
    assert (generation.model, generation.revision) == ("OpenMedZoo/MedGo", "main")
    assert generation.completion_tokens == len(tokenize(generation.text))
    assert generation.prompt_tokens is not None
    assert generation.prompt_tokens > len(tokenize(USER))
    assert generation.extra["finish_reason"] == "stop"

    (call,) = chat_calls(llm)
    assert call["body"]["messages"] == [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": USER},
    ]
    assert call["body"]["model"] == "OpenMedZoo/MedGo"
    assert (call["body"]["max_tokens"], call["body"]["temperature"], call["body"]["top_p"]) == (
        1024,
        0.7,
        0.8,
    )
    assert call["body"]["stream"] is False


def test_satisfies_the_port(llm: SimulatorServer) -> None:
    port: LlmBackend = backend(llm.url)
    assert port.name == "model-server"


def test_text_is_not_stripped() -> None:
    with SimulatorServer(SimulatorConfig(think=True)) as server:
        generation = backend(server.url).generate(request())
    assert generation.text.startswith("<think>\n")
    assert generation.text == simulated_answer(USER, think=True)


def test_chinese_prompt(llm: SimulatorServer) -> None:
    generation = backend(llm.url).generate(
        request(user="<PERSON_1>\n- 诊断：肺炎\n", system="请用中文撰写出院小结。", language="zh")
    )
    assert generation.text.startswith("模拟草稿")
    assert "患者 <PERSON_1>" in generation.text


def test_top_p_of_one_is_left_out(llm: SimulatorServer) -> None:
    # TGI refuses top_p >= 1 with a 422; "no nucleus cut-off" is the same as not sending it.
    generation = backend(llm.url).generate(request(top_p=1.0, temperature=0.0))
    assert generation.text == simulated_answer(USER)
    (call,) = chat_calls(llm)
    assert "top_p" not in call["body"]
    assert call["body"]["temperature"] == 0.0


def test_base_url_with_v1_suffix(llm: SimulatorServer) -> None:
    model_server = backend(f"{llm.url}/v1/")
    assert model_server.generate(request()).backend == "tgi"
    assert model_server.health() is True


def test_max_new_tokens_truncates(llm: SimulatorServer) -> None:
    generation = backend(llm.url).generate(request(max_new_tokens=5))
    assert generation.completion_tokens == 5
    assert generation.extra["finish_reason"] == "length"


# --- credentials and the outside world ---------------------------------------------------------


def test_no_implicit_hugging_face_token_is_sent(llm: SimulatorServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_TOKEN", "hf_local_login_must_not_leak")
    backend(llm.url).generate(request())
    assert [r["authorization"] for r in llm.requests()] == [False, False]  # chat + /info


def test_configured_token_is_sent() -> None:
    with SimulatorServer(SimulatorConfig(api_key="s3cret")) as server:
        generation = backend(server.url, token="s3cret").generate(request())
        assert generation.text == simulated_answer(USER)
        with pytest.raises(PermanentError) as refused:
            backend(server.url, token="wrong", max_retries=0).generate(request())
        assert refused.value.code == "llm-auth"
        assert "401" in str(refused.value)
        assert len(chat_calls(server)) == 2  # a refused token is not retried


def test_no_call_to_the_hugging_face_hub(llm: SimulatorServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Point "the Hub" at the simulator so a phone-home would land in its journal.
    monkeypatch.setattr(hf_constants, "ENDPOINT", llm.url)
    monkeypatch.setattr(hf_constants, "AGENT_HARNESSES_PATH", str(tmp_path / "harnesses.json"))
    monkeypatch.setattr(_detect_agent, "_registry", None)
    backend(llm.url).generate(request())
    assert {r["path"] for r in llm.requests()} == {"/v1/chat/completions", "/info"}


# --- transient errors --------------------------------------------------------------------------


def test_503_is_retried_in_call_then_succeeds(llm: SimulatorServer) -> None:
    llm.set_faults(fail_next=1, status=503, error_type="overloaded")
    generation = backend(llm.url, max_retries=2).generate(request())
    assert generation.text == simulated_answer(USER)
    assert generation.extra["attempts"] == 2
    assert len(chat_calls(llm)) == 2


@pytest.mark.parametrize(
    ("status", "error_type", "code"),
    [
        (503, "overloaded", "llm-server-error"),
        (429, "overloaded", "llm-overloaded"),
        (500, "generation", "llm-server-error"),
        (502, "bad_gateway", "llm-server-error"),
    ],
)
def test_persistent_server_errors_raise_transient(
    llm: SimulatorServer, status: int, error_type: str, code: str
) -> None:
    llm.set_faults(fail_next=10, status=status, error_type=error_type, echo_input=True)
    with pytest.raises(TransientError) as raised:
        backend(llm.url, max_retries=1).generate(request())
    assert raised.value.code == code
    assert str(raised.value) == f"model server answered HTTP {status} ({error_type})"
    assert_no_prompt_text(raised.value)
    assert len(chat_calls(llm)) == 2  # first try + one retry


def test_dead_server_is_transient() -> None:
    with pytest.raises(TransientError) as raised:
        backend(f"http://127.0.0.1:{closed_port()}", max_retries=0).generate(request())
    assert raised.value.code == "llm-unreachable"
    assert_no_prompt_text(raised.value)


def test_timeout_is_transient_and_not_retried_in_call() -> None:
    with SimulatorServer(SimulatorConfig(latency_s=0.6)) as server:
        with pytest.raises(TransientError) as raised:
            backend(server.url, timeout_s=0.1, max_retries=2).generate(request())
        assert raised.value.code == "llm-timeout"
        assert len(chat_calls(server)) == 1
    assert_no_prompt_text(raised.value)


def test_outage_is_transient(llm: SimulatorServer) -> None:
    llm.set_faults(down=True)
    with pytest.raises(TransientError) as raised:
        backend(llm.url, max_retries=0).generate(request())
    assert str(raised.value) == "model server answered HTTP 503 (unhealthy)"


# --- permanent errors --------------------------------------------------------------------------


def test_input_over_max_input_tokens_is_refused_before_sending() -> None:
    """TGI's /info gives the input limit and /tokenize measures the prompt: nothing is sent, no retry."""
    with SimulatorServer(SimulatorConfig(max_input_tokens=40, max_total_tokens=4096)) as server:
        with pytest.raises(PermanentError) as raised:
            backend(server.url, max_retries=2).generate(request())
        assert chat_calls(server) == []
        assert [r["path"] for r in server.requests()] == ["/info", "/tokenize"]
    assert raised.value.code == "llm-input-too-long"
    assert "max_input_tokens" in str(raised.value)
    assert_no_prompt_text(raised.value)


def test_servers_own_length_error_is_input_too_long_and_not_retried() -> None:
    # vLLM has no /info: its 400 "maximum context length" answer is recognised, never repeated.
    config = SimulatorConfig(flavor="openai", max_input_tokens=40, max_total_tokens=4096)
    with SimulatorServer(config) as server:
        server.set_faults(echo_input=True)  # the server quotes the input in its error text
        with pytest.raises(PermanentError) as raised:
            backend(server.url, max_retries=2).generate(request())
        assert len(chat_calls(server)) == 1
    assert raised.value.code == "llm-input-too-long"
    assert str(raised.value).startswith("model server answered HTTP 400 (BadRequestError)")
    assert_no_prompt_text(raised.value)


def test_output_budget_is_lowered_to_fit_max_total_tokens() -> None:
    # The prompt fits max_input_tokens, but prompt + 1024 new tokens would overflow max_total_tokens.
    with SimulatorServer(SimulatorConfig(max_input_tokens=300, max_total_tokens=400)) as server:
        generation = backend(server.url).generate(request())
        (call,) = chat_calls(server)
    lowered = generation.extra["max_new_tokens"]
    assert call["body"]["max_tokens"] == lowered
    assert 0 < lowered < 1024
    assert generation.prompt_tokens is not None
    assert generation.prompt_tokens + lowered <= 400


def test_unsupported_grammar_is_a_clear_permanent_error() -> None:
    with SimulatorServer(SimulatorConfig(grammar_support=False)) as server:
        with pytest.raises(PermanentError) as raised:
            backend(server.url, max_retries=2).generate(request(LEDGER, response_schema=draft_schema()))
        assert len(chat_calls(server)) == 1
    assert raised.value.code == "llm-grammar-rejected"
    assert "HTTP 422 (validation)" in str(raised.value)
    assert "grammar" in str(raised.value)


def test_unknown_model_on_openai_server_is_permanent() -> None:
    with (
        SimulatorServer(SimulatorConfig(flavor="openai", model_id="medgo-7b")) as server,
        pytest.raises(PermanentError) as raised,
    ):
        backend(server.url).generate(request())
    assert raised.value.code == "llm-not-found"
    assert "HTTP 404 (NotFoundError)" in str(raised.value)


def test_hf_offline_mode_is_a_configuration_error(llm: SimulatorServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hf_constants, "HF_HUB_OFFLINE", True)
    model_server = backend(llm.url, max_retries=2)
    with pytest.raises(PermanentError) as raised:
        model_server.generate(request())
    assert raised.value.code == "llm-config"
    assert model_server.health() is False
    assert chat_calls(llm) == []


# --- other servers, health, info ---------------------------------------------------------------


def test_openai_compatible_server() -> None:
    with SimulatorServer(SimulatorConfig(flavor="openai", model_id="OpenMedZoo/MedGo")) as server:
        model_server = backend(server.url)
        generation = model_server.generate(request())
        assert generation.backend == "openai-compatible"
        assert generation.text == simulated_answer(USER)
        assert model_server.info() is None
        assert model_server.health() is True  # no /health there: /v1/models answered
        server.set_faults(down=True)
        assert model_server.health() is False


def test_health(llm: SimulatorServer) -> None:
    model_server = backend(llm.url)
    assert model_server.health() is True
    llm.set_faults(down=True)
    assert model_server.health() is False
    assert backend(f"http://127.0.0.1:{closed_port()}").health() is False


def test_info(llm: SimulatorServer) -> None:
    info = backend(llm.url).info()
    assert info is not None
    assert info["model_id"] == "OpenMedZoo/MedGo"
    assert info["max_concurrent_requests"] == 128
    assert backend(f"http://127.0.0.1:{closed_port()}").info() is None


def test_constructor_validation() -> None:
    with pytest.raises(ValueError, match="http"):
        ModelServerBackend("tgi:8080", model="m", revision="r")


# --- constrained decoding and thinking, per server kind ---------------------------------------


def test_response_format_shapes() -> None:
    schema = draft_schema(["Course"])
    assert response_format_for("tgi", schema) == {"type": "json_object", "value": schema}
    assert response_format_for("openai-compatible", schema) == {
        "type": "json_schema",
        "json_schema": {"name": "draft", "schema": schema},
    }


def _check_draft(answer: dict[str, Any], titles: list[str]) -> list[dict[str, Any]]:
    assert [s["title"] for s in answer["sections"]] == titles
    sentences = [sentence for section in answer["sections"] for sentence in section["sentences"]]
    assert all(set(sentence) == {"text", "cites"} for sentence in sentences)
    return sentences


def test_tgi_gets_its_grammar_form_and_no_template_kwargs(llm: SimulatorServer) -> None:
    schema = draft_schema(["Hospital course", "Discharge medications"])
    generation = backend(llm.url).generate(request(LEDGER, response_schema=schema))
    (call,) = chat_calls(llm)
    assert call["body"]["response_format"] == {"type": "json_object", "value": schema}
    # TGI's router renders the chat template without caller kwargs; the key is not sent there.
    assert "chat_template_kwargs" not in call["body"]
    sentences = _check_draft(json.loads(generation.text), ["Hospital course", "Discharge medications"])
    assert [s["cites"] for s in sentences] == [["S1"], ["S2"], ["S3"]]
    assert sentences[0]["text"].startswith("Patient <PERSON_1>: community-acquired pneumonia")
    assert generation.extra["constrained"] is True


def test_openai_compatible_server_gets_json_schema_and_thinking_off() -> None:
    config = SimulatorConfig(flavor="openai", model_id="OpenMedZoo/MedGo", think=True)
    with SimulatorServer(config) as server:
        generation = backend(server.url).generate(request(LEDGER, response_schema=draft_schema()))
        free = backend(server.url).generate(request())
        (constrained_call, free_call) = chat_calls(server)
    assert constrained_call["body"]["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "draft", "schema": draft_schema()},
    }
    assert constrained_call["body"]["chat_template_kwargs"] == {"enable_thinking": False}
    assert free_call["body"]["chat_template_kwargs"] == {"enable_thinking": False}
    assert "response_format" not in free_call["body"]
    assert [s["cites"] for s in _check_draft(json.loads(generation.text), ["Summary"])] == [["S1"], ["S2"], ["S3"]]
    # A Qwen3 model that thinks by default stays quiet when its template is told so.
    assert "<think>" not in free.text


def test_thinking_on_request_reaches_the_template() -> None:
    config = SimulatorConfig(flavor="openai", model_id="OpenMedZoo/MedGo", think=True)
    with SimulatorServer(config) as server:
        generation = backend(server.url).generate(request(thinking=True))
        (call,) = chat_calls(server)
    assert call["body"]["chat_template_kwargs"] == {"enable_thinking": True}
    assert generation.text.startswith("<think>")


# --- token counting ---------------------------------------------------------------------------


def test_count_tokens_uses_tgi_tokenize(llm: SimulatorServer) -> None:
    model_server = backend(llm.url)
    assert model_server.count_tokens("Fever 38.5 C") == len(tokenize("Fever 38.5 C")) == 6
    assert model_server.count_tokens("血钾 3.1 mmol/L") == len(tokenize("血钾 3.1 mmol/L"))
    assert [r["path"] for r in llm.requests()] == ["/tokenize", "/tokenize"]


def test_count_tokens_without_tokenize_is_none_and_asked_once() -> None:
    with SimulatorServer(SimulatorConfig(flavor="openai")) as server:
        model_server = backend(server.url)
        assert model_server.count_tokens("Fever 38.5 C") is None
        assert model_server.count_tokens("another text") is None
        assert [r["path"] for r in server.requests()] == ["/tokenize"]
    assert backend(f"http://127.0.0.1:{closed_port()}").count_tokens("x") is None


# --- streaming --------------------------------------------------------------------------------


def test_streaming_accumulates_deltas_and_records_time_to_first_token(llm: SimulatorServer) -> None:
    generation = backend(llm.url, stream=True).generate(request())
    assert generation.text == simulated_answer(USER)
    assert generation.completion_tokens == len(tokenize(generation.text))
    assert generation.prompt_tokens is not None
    assert generation.extra["finish_reason"] == "stop"
    assert generation.extra["stream"] is True
    assert 0 <= generation.extra["ttft_s"] <= generation.extra["latency_s"]
    (call,) = chat_calls(llm)
    assert call["body"]["stream"] is True
    assert call["body"]["stream_options"] == {"include_usage": True}


def test_streamed_answer_that_stops_coming_is_a_timeout() -> None:
    with SimulatorServer() as server:
        server.set_faults(hang=True)
        try:
            with pytest.raises(TransientError) as raised:
                backend(server.url, stream=True, timeout_s=0.3, max_retries=2).generate(request())
        finally:
            server.set_faults(hang=False)
        assert len(chat_calls(server)) == 1  # a timeout is left to the task's backoff
    assert raised.value.code == "llm-timeout"


# --- in-flight limit --------------------------------------------------------------------------


def test_in_flight_requests_are_capped_at_the_servers_capacity() -> None:
    """Configured for 8, told 2 by /info: eight threads keep 2 in flight and never draw a 429."""
    with SimulatorServer(SimulatorConfig(max_concurrent_requests=2, latency_s=0.2)) as server:
        model_server = backend(server.url, max_concurrency=8, max_retries=0)
        model_server.info()
        assert model_server.slots.limit == 2
        results: list[str] = []
        errors: list[BaseException] = []

        def call() -> None:
            try:
                results.append(model_server.generate(request()).text)
            except BaseException as exc:  # collected: an assertion below reports it
                errors.append(exc)

        threads = [threading.Thread(target=call) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        assert len(results) == 8
        assert len(chat_calls(server)) == 8  # no refused request, so no retry either
        assert server.state.peak_in_flight == 2


def test_waiting_for_a_slot_is_bounded() -> None:
    with SimulatorServer() as server:
        model_server = backend(server.url, max_concurrency=1, slot_wait_s=0.1, timeout_s=5.0)
        server.set_faults(hang=True)
        holder = threading.Thread(target=model_server.generate, args=(request(),))
        holder.start()
        try:
            deadline = time.monotonic() + 5
            while server.state.in_flight == 0 and time.monotonic() < deadline:
                time.sleep(0.01)
            with pytest.raises(TransientError) as raised:
                model_server.generate(request())
            assert raised.value.code == "llm-busy"
            assert len(chat_calls(server)) == 1  # the waiting call never reached the server
        finally:
            server.set_faults(hang=False)
            holder.join()
        assert model_server.breaker.state == "closed"  # being busy is not the server's failure
