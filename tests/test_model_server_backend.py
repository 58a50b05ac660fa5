"""ModelServerBackend against a live inference simulator: results, error classes, PHI-free errors."""

from __future__ import annotations

import socket
import traceback
from pathlib import Path
from typing import Any

import pytest
from huggingface_hub import constants as hf_constants
from huggingface_hub.utils import _detect_agent

from inference.model_server import ModelServerBackend
from inference.simulator import SimulatorConfig, SimulatorServer, simulated_answer, tokenize
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


def test_input_too_long_is_permanent_and_not_retried() -> None:
    with SimulatorServer(SimulatorConfig(max_input_tokens=40, max_total_tokens=4096)) as server:
        server.set_faults(echo_input=True)  # the server quotes the input in its error text
        with pytest.raises(PermanentError) as raised:
            backend(server.url, max_retries=2).generate(request())
        assert len(chat_calls(server)) == 1
    assert raised.value.code == "llm-rejected"
    assert str(raised.value) == "model server answered HTTP 422 (validation)"
    assert_no_prompt_text(raised.value)


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
