"""The inference simulator speaks TGI's protocol: shapes, streaming, errors, journal and faults."""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from inference.simulator import (
    SimulatorConfig,
    SimulatorServer,
    grammar_answer,
    ledger_facts,
    planned_latency,
    simulated_answer,
    tokenize,
)
from integration.draft_schema import FACT_ID_PATTERN, draft_schema

PROMPT = (
    "Draft a discharge summary for <PERSON_1> (MRN <MRN_1>), referred by <PERSON_2>.\n"
    "- Diagnosis: community-acquired pneumonia\n"
    "- Treatment: amoxicillin 500 mg for 7 days\n"
    "  - Follow-up with <PERSON_2> in 2 weeks\n"
)


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=10) as client:
        yield client


@pytest.fixture
def sim(llm: SimulatorServer) -> SimulatorServer:
    """The session's simulator (tests/conftest.py), journal cleared and faults reset."""
    return llm


def chat_body(user: str = PROMPT, system: str = "You are a clinical documentation assistant.") -> dict[str, Any]:
    return {
        "model": "OpenMedZoo/MedGo",
        "messages": [{"role": "system", "content": system}, {"role": "user", "content": user}],
        "max_tokens": 512,
    }


def sse_events(text: str) -> list[str]:
    return [line[len("data:") :].strip() for line in text.splitlines() if line.startswith("data:")]


# --- the answer --------------------------------------------------------------------------------


def test_answer_names_first_person_placeholder_and_lists_fact_lines() -> None:
    answer = simulated_answer("<MRN_1> then <PERSON_3> and <PERSON_1>\n- a\nno\n - b\n")
    assert answer.splitlines() == [
        "Simulated draft (medgo-bridge inference simulator).",
        "Patient <PERSON_3> was seen; the record lists the following facts:",
        "- a",
        "- b",
    ]


def test_answer_without_person_and_fact_limit() -> None:
    facts = "".join(f"- fact {i}\n" for i in range(20))
    lines = simulated_answer("<DATE_1>\n" + facts).splitlines()
    assert lines[1].startswith("The patient was seen")
    assert lines[2:] == [f"- fact {i}" for i in range(12)]


def test_chinese_answer_from_prompt_or_system() -> None:
    from_prompt = simulated_answer("请写中文出院小结 <PERSON_1>\n- 诊断：肺炎\n")
    assert from_prompt.splitlines() == [
        "模拟草稿（medgo-bridge 推理模拟器）。",
        "患者 <PERSON_1> 的记录包含以下事实：",
        "- 诊断：肺炎",
    ]
    assert simulated_answer("<PERSON_1>\n- x\n", system="请用中文回答。").startswith("模拟草稿")
    assert simulated_answer("<PERSON_1>\n- x\n").startswith("Simulated draft")


def test_think_block_is_prepended() -> None:
    answer = simulated_answer(PROMPT, think=True)
    assert answer.startswith("<think>\n")
    assert answer.split("</think>\n\n", 1)[1] == simulated_answer(PROMPT)


def test_tokenizer_is_lossless_with_offsets() -> None:
    text = "Hello  wonderfully-long world,\n 中文 42 \n"
    tokens = tokenize(text)
    assert "".join(t.text for t in tokens) == text
    assert all(text[t.start : t.stop] == t.text for t in tokens)
    assert [t.text for t in tokens if "中" in t.text or "文" in t.text] == ["\n 中", "文"]


# --- TGI endpoints -----------------------------------------------------------------------------


def test_health_and_info(sim: SimulatorServer, http: httpx.Client) -> None:
    health = http.get(f"{sim.url}/health")
    assert health.status_code == 200
    assert health.content == b""
    info = http.get(f"{sim.url}/info").json()
    assert info["model_id"] == "OpenMedZoo/MedGo"
    assert info["router"] == "text-generation-router"
    for key in ("model_sha", "model_dtype", "max_best_of", "max_stop_sequences", "version"):
        assert key in info
    assert info["max_concurrent_requests"] == 128
    assert info["max_input_tokens"] == 30000
    assert info["max_total_tokens"] > info["max_input_tokens"]


def test_generate_with_details(sim: SimulatorServer, http: httpx.Client) -> None:
    response = http.post(f"{sim.url}/generate", json={"inputs": PROMPT, "parameters": {"details": True, "seed": 7}})
    assert response.status_code == 200
    body = response.json()
    assert body["generated_text"] == simulated_answer(PROMPT)
    details = body["details"]
    assert details["finish_reason"] == "eos_token"
    assert details["seed"] == 7
    assert details["generated_tokens"] == len(details["tokens"])
    assert "".join(t["text"] for t in details["tokens"]) == body["generated_text"]


def test_generate_without_details_and_length_limit(sim: SimulatorServer, http: httpx.Client) -> None:
    body = http.post(f"{sim.url}/generate", json={"inputs": PROMPT, "parameters": {"max_new_tokens": 3}}).json()
    assert set(body) == {"generated_text"}
    assert body["generated_text"] == "".join(t.text for t in tokenize(simulated_answer(PROMPT))[:3])
    limited = http.post(
        f"{sim.url}/generate", json={"inputs": PROMPT, "parameters": {"max_new_tokens": 3, "details": True}}
    ).json()
    assert limited["details"]["finish_reason"] == "length"


def test_generate_stream(sim: SimulatorServer, http: httpx.Client) -> None:
    response = http.post(f"{sim.url}/generate_stream", json={"inputs": PROMPT, "parameters": {}})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    events = [json.loads(e) for e in sse_events(response.text)]
    assert [e["index"] for e in events] == list(range(1, len(events) + 1))
    assert all(e["generated_text"] is None and e["details"] is None for e in events[:-1])
    final = events[-1]
    assert final["generated_text"] == simulated_answer(PROMPT)
    assert "".join(e["token"]["text"] for e in events) == final["generated_text"]
    assert final["details"]["generated_tokens"] == len(events)


def test_tokenize_endpoint(sim: SimulatorServer, http: httpx.Client) -> None:
    tokens = http.post(f"{sim.url}/tokenize", json={"inputs": "Fever 38.5 C"}).json()
    assert [t["text"] for t in tokens] == ["Fever", " 3", "8", ".", "5", " C"]
    assert all({"id", "text", "start", "stop"} <= set(t) for t in tokens)


# --- chat completions --------------------------------------------------------------------------


def test_chat_completion(sim: SimulatorServer, http: httpx.Client) -> None:
    body = chat_body()
    body["messages"].insert(1, {"role": "user", "content": "an earlier turn about <PERSON_9>"})
    response = http.post(f"{sim.url}/v1/chat/completions", json=body)
    assert response.status_code == 200
    data = response.json()
    assert data["object"] == "chat.completion"
    choice = data["choices"][0]
    assert choice["finish_reason"] == "stop"
    assert choice["message"]["role"] == "assistant"
    content = choice["message"]["content"]
    assert content == simulated_answer(PROMPT)  # from the last user message only
    assert "<PERSON_1>" in content
    assert "- Treatment: amoxicillin 500 mg for 7 days" in content
    usage = data["usage"]
    assert usage["completion_tokens"] == len(tokenize(content))
    assert usage["prompt_tokens"] > len(tokenize(PROMPT))
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]


def test_chat_completion_accepts_content_parts(sim: SimulatorServer, http: httpx.Client) -> None:
    body = chat_body()
    body["messages"][1]["content"] = [{"type": "text", "text": PROMPT}]
    data = http.post(f"{sim.url}/v1/chat/completions", json=body).json()
    assert data["choices"][0]["message"]["content"] == simulated_answer(PROMPT)


def test_chat_completion_stream(sim: SimulatorServer, http: httpx.Client) -> None:
    body = {**chat_body(), "stream": True, "stream_options": {"include_usage": True}}
    with http.stream("POST", f"{sim.url}/v1/chat/completions", json=body) as response:
        assert response.status_code == 200
        events = sse_events(response.read().decode())
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    usage_chunk = chunks[-1]
    assert usage_chunk["choices"] == []
    token_chunks = chunks[:-1]
    text = "".join(c["choices"][0]["delta"]["content"] for c in token_chunks)
    assert text == simulated_answer(PROMPT)
    assert [c["choices"][0]["finish_reason"] for c in token_chunks][-2:] == [None, "stop"]
    assert usage_chunk["usage"]["completion_tokens"] == len(token_chunks)


def test_chinese_chat_answer(sim: SimulatorServer, http: httpx.Client) -> None:
    body = chat_body(user="<PERSON_1>\n- 诊断：肺炎\n", system="请用中文撰写出院小结。")
    content = http.post(f"{sim.url}/v1/chat/completions", json=body).json()["choices"][0]["message"]["content"]
    assert content.startswith("模拟草稿（medgo-bridge 推理模拟器）。\n患者 <PERSON_1> 的记录包含以下事实：")


def test_think_config(http: httpx.Client) -> None:
    with SimulatorServer(SimulatorConfig(think=True)) as server:
        data = http.post(f"{server.url}/v1/chat/completions", json=chat_body()).json()
    assert data["choices"][0]["message"]["content"] == simulated_answer(PROMPT, think=True)


# --- TGI-faithful errors -----------------------------------------------------------------------


def test_input_too_long_is_422_validation(http: httpx.Client) -> None:
    with SimulatorServer(SimulatorConfig(max_input_tokens=40, max_total_tokens=2048)) as server:
        chat = http.post(f"{server.url}/v1/chat/completions", json=chat_body(user="word " * 100))
        generate = http.post(f"{server.url}/generate", json={"inputs": "word " * 100})
        short = http.post(f"{server.url}/generate", json={"inputs": "short"})
    for response in (chat, generate):
        assert response.status_code == 422
        assert response.json()["error_type"] == "validation"
        assert "must have less than 40 tokens" in response.json()["error"]
    assert short.status_code == 200


def test_total_tokens_and_sampling_validation(sim: SimulatorServer, http: httpx.Client) -> None:
    too_many = http.post(f"{sim.url}/v1/chat/completions", json={**chat_body(), "max_tokens": 40000})
    assert too_many.status_code == 422
    assert "max_new_tokens" in too_many.json()["error"]
    top_p_one = http.post(f"{sim.url}/v1/chat/completions", json={**chat_body(), "top_p": 1.0})
    assert top_p_one.status_code == 422
    assert top_p_one.json() == {
        "error": "Input validation error: `top_p` must be > 0.0 and < 1.0",
        "error_type": "validation",
    }
    greedy = http.post(f"{sim.url}/v1/chat/completions", json={**chat_body(), "temperature": 0})
    assert greedy.status_code == 200
    zero_temp = http.post(f"{sim.url}/generate", json={"inputs": "x", "parameters": {"temperature": 0}})
    assert zero_temp.status_code == 422
    no_messages = http.post(f"{sim.url}/v1/chat/completions", json={"model": "m", "messages": []})
    assert no_messages.status_code == 422
    assert sim.state.in_flight == 0  # refused requests give their slot back


def test_overload_429_under_concurrency(http: httpx.Client) -> None:
    config = SimulatorConfig(max_concurrent_requests=2, latency_s=0.5)
    statuses: list[int] = []
    bodies: list[dict[str, Any]] = []
    lock = threading.Lock()
    with SimulatorServer(config) as server:
        barrier = threading.Barrier(6)

        def call() -> None:
            barrier.wait()
            response = http.post(f"{server.url}/v1/chat/completions", json=chat_body(), timeout=10)
            with lock:
                statuses.append(response.status_code)
                bodies.append(response.json())

        threads = [threading.Thread(target=call) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert server.state.in_flight == 0
    assert sorted(set(statuses)) == [200, 429]
    assert 1 <= statuses.count(200) <= 4  # at most two run at once; late arrivals may find a free slot
    overloaded = [b for s, b in zip(statuses, bodies, strict=True) if s == 429]
    assert all(b == {"error": "Model is overloaded", "error_type": "overloaded"} for b in overloaded)


def test_open_streams_hold_their_slots(http: httpx.Client) -> None:
    with SimulatorServer(SimulatorConfig(max_concurrent_requests=1, per_token_latency_s=0.05)) as server:
        body = {**chat_body(), "stream": True}
        with http.stream("POST", f"{server.url}/v1/chat/completions", json=body) as stream:
            lines = stream.iter_lines()  # keep a reference: a dropped iterator closes the connection
            assert next(lines).startswith("data:")
            refused = http.post(f"{server.url}/generate", json={"inputs": "x"})
            assert refused.status_code == 429
        server.set_faults(per_token_latency_s=0)
        # The server notices the closed stream asynchronously; then the slot is free again.
        for _ in range(250):
            if server.state.in_flight == 0:
                break
            time.sleep(0.02)
        assert http.post(f"{server.url}/generate", json={"inputs": "x"}).status_code == 200


# --- journal -----------------------------------------------------------------------------------


def test_journal_records_every_request_and_clears(sim: SimulatorServer, http: httpx.Client) -> None:
    http.get(f"{sim.url}/health")
    http.post(f"{sim.url}/v1/chat/completions", json=chat_body())
    http.post(f"{sim.url}/generate", json={"inputs": "x"}, headers={"Authorization": "Bearer t"})
    http.get(f"{sim.url}/no/such/path")
    journal = http.get(f"{sim.url}/_simulator/requests").json()
    assert [(r["method"], r["path"]) for r in journal] == [
        ("GET", "/health"),
        ("POST", "/v1/chat/completions"),
        ("POST", "/generate"),
        ("GET", "/no/such/path"),
    ]
    assert journal[1]["body"] == chat_body()
    assert [r["authorization"] for r in journal] == [False, False, True, False]
    assert sim.requests() == journal
    assert http.delete(f"{sim.url}/_simulator/requests").status_code == 204
    assert sim.requests() == []


def test_journal_file(tmp_path: Path, http: httpx.Client) -> None:
    path = tmp_path / "journal.jsonl"
    with SimulatorServer(SimulatorConfig(journal_path=path)) as server:
        http.post(f"{server.url}/v1/chat/completions", json=chat_body(user="<PERSON_1>\n- 发热\n"))
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    chats = [entry for entry in lines if entry["path"] == "/v1/chat/completions"]
    assert chats[0]["body"]["messages"][1]["content"] == "<PERSON_1>\n- 发热\n"


# --- faults ------------------------------------------------------------------------------------


def test_fail_next_via_http(sim: SimulatorServer, http: httpx.Client) -> None:
    set_response = http.post(
        f"{sim.url}/_simulator/faults", json={"fail_next": 2, "status": 503, "error_type": "overloaded"}
    )
    assert set_response.json()["fail_next"] == 2
    first = http.post(f"{sim.url}/v1/chat/completions", json=chat_body())
    second = http.post(f"{sim.url}/generate", json={"inputs": "x"})
    third = http.post(f"{sim.url}/v1/chat/completions", json=chat_body())
    assert (first.status_code, second.status_code, third.status_code) == (503, 503, 200)
    assert first.json()["error_type"] == "overloaded"
    assert http.get(f"{sim.url}/_simulator/faults").json()["fail_next"] == 0


def test_down_fault(sim: SimulatorServer, http: httpx.Client) -> None:
    sim.set_faults(down=True)
    assert http.get(f"{sim.url}/health").status_code == 503
    for path, body in (("/v1/chat/completions", chat_body()), ("/generate", {"inputs": "x"})):
        response = http.post(f"{sim.url}{path}", json=body)
        assert response.status_code == 503
        assert response.json()["error_type"] == "unhealthy"
    assert http.get(f"{sim.url}/info").status_code == 200  # the router still answers
    assert http.delete(f"{sim.url}/_simulator/faults").json()["down"] is False
    assert http.get(f"{sim.url}/health").status_code == 200


def test_invalid_fault_settings_are_refused(sim: SimulatorServer, http: httpx.Client) -> None:
    assert http.post(f"{sim.url}/_simulator/faults", json={"explode": True}).status_code == 422
    assert http.post(f"{sim.url}/_simulator/faults", json={"status": 200}).status_code == 422
    assert http.post(f"{sim.url}/_simulator/faults", json={"fail_next": True}).status_code == 422
    with pytest.raises(ValueError, match="latency_s"):
        sim.set_faults(latency_s=-1)


def test_api_key(http: httpx.Client) -> None:
    with SimulatorServer(SimulatorConfig(api_key="s3cret")) as server:
        url = f"{server.url}/v1/chat/completions"
        assert http.post(url, json=chat_body()).status_code == 401
        assert http.post(url, json=chat_body(), headers={"Authorization": "Bearer nope"}).status_code == 401
        ok = http.post(url, json=chat_body(), headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 200
        assert http.get(f"{server.url}/health").status_code == 200


def test_openai_flavor(http: httpx.Client) -> None:
    with SimulatorServer(SimulatorConfig(flavor="openai", model_id="medgo")) as server:
        assert http.get(f"{server.url}/info").status_code == 404
        assert http.get(f"{server.url}/health").status_code == 404
        assert http.get(f"{server.url}/v1/models").json()["data"][0]["id"] == "medgo"
        wrong = http.post(f"{server.url}/v1/chat/completions", json=chat_body())
        assert wrong.status_code == 404
        assert wrong.json()["error"]["type"] == "NotFoundError"
        right = http.post(f"{server.url}/v1/chat/completions", json={**chat_body(), "model": "medgo"})
        assert right.json()["choices"][0]["message"]["content"] == simulated_answer(PROMPT)
        assert right.json()["id"].startswith("chatcmpl-")


def test_journal_keeps_the_latest_entries() -> None:
    with SimulatorServer(SimulatorConfig(journal_max_entries=2)) as server, httpx.Client() as client:
        for n in range(3):
            client.post(f"{server.url}/tokenize", json={"inputs": str(n)})
        assert [r["body"]["inputs"] for r in server.requests()] == ["1", "2"]


# --- the latency model -------------------------------------------------------------------------


def test_latency_model_is_overhead_plus_prefill_then_per_token() -> None:
    faults = {"latency_s": 0.25, "prefill_per_token_s": 0.001, "per_token_latency_s": 0.02}
    first, rest = planned_latency(faults, input_tokens=2000, output_tokens=500)
    assert first == pytest.approx(0.25 + 2.0)
    assert rest == pytest.approx(10.0)


def test_prefill_latency_is_a_fault_setting(sim: SimulatorServer, http: httpx.Client) -> None:
    assert http.post(f"{sim.url}/_simulator/faults", json={"prefill_per_token_s": 0.0001}).status_code == 200
    assert sim.state.faults()["prefill_per_token_s"] == 0.0001
    assert http.post(f"{sim.url}/_simulator/faults", json={"prefill_per_token_s": -1}).status_code == 422


# --- grammar-constrained answers ---------------------------------------------------------------

LEDGER_PROMPT = (
    "Write the discharge summary for <PERSON_1> (seen by <PERSON_2>).\n"
    "Facts:\n"
    "S1 | Condition/pn | <DATE_1> | Community-acquired pneumonia.\n"
    "- S2 | MedicationRequest/amx | <DATE_1> | amoxicillin 500 mg three times daily\n"
    "  S3|Observation/k|<DATE_2> 06:00|potassium 3.1 mmol/L (L)\n"
    "S4 | Procedure/cxr | <DATE_3> | chest X-ray, no effusion |\n"
    "S1 | duplicate id | ignored\n"
    "not a fact: S9 | in the middle of a line\n"
)


def check_draft_shape(answer: dict[str, Any]) -> list[dict[str, Any]]:
    """The shape of integration.draft_schema, checked by hand (no JSON Schema library installed)."""
    assert set(answer) == {"sections"}
    sentences: list[dict[str, Any]] = []
    for section in answer["sections"]:
        assert set(section) == {"title", "sentences"} and isinstance(section["title"], str)
        for sentence in section["sentences"]:
            assert set(sentence) == {"text", "cites"} and isinstance(sentence["text"], str)
            assert all(re.fullmatch(FACT_ID_PATTERN, cite) for cite in sentence["cites"])
            sentences.append(sentence)
    return sentences


def test_ledger_lines_are_read_liberally() -> None:
    assert ledger_facts(LEDGER_PROMPT) == [
        ("S1", "Community-acquired pneumonia."),
        ("S2", "amoxicillin 500 mg three times daily"),
        ("S3", "potassium 3.1 mmol/L (L)"),
        ("S4", "chest X-ray, no effusion"),
    ]


def test_grammar_answer_restates_and_cites_each_fact_with_the_patient_first() -> None:
    sentences = check_draft_shape(json.loads(grammar_answer(LEDGER_PROMPT, draft_schema())))
    assert [s["cites"] for s in sentences] == [["S1"], ["S2"], ["S3"], ["S4"]]
    assert [s["text"] for s in sentences] == [
        "Patient <PERSON_1>: Community-acquired pneumonia.",
        "amoxicillin 500 mg three times daily.",
        "potassium 3.1 mmol/L (L).",
        "chest X-ray, no effusion.",
    ]


def test_grammar_answer_uses_the_schemas_section_titles_in_order() -> None:
    titles = ["入院情况", "诊疗经过", "出院医嘱", "待回报结果"]
    prompt = "请用中文撰写。患者 <PERSON_1>\n" + "".join(
        f"S{i} | Observation/{i} | <DATE_1> | 事实{i}\n" for i in range(1, 7)
    )
    answer = json.loads(grammar_answer(prompt, draft_schema(titles)))
    sentences = check_draft_shape(answer)
    assert [s["title"] for s in answer["sections"]] == titles
    assert [len(s["sentences"]) for s in answer["sections"]] == [2, 2, 1, 1]
    assert [c for s in sentences for c in s["cites"]] == [f"S{i}" for i in range(1, 7)]
    assert sentences[0]["text"] == "患者<PERSON_1>：事实1。"


def test_grammar_answer_without_facts_still_names_the_patient() -> None:
    answer = json.loads(grammar_answer("Summarise <PERSON_1>.\n- no ledger here\n", None))
    assert answer == {"sections": [{"title": "Summary", "sentences": [{"text": "Patient <PERSON_1>.", "cites": []}]}]}


def test_chat_with_tgi_grammar_answers_draft_json(sim: SimulatorServer, http: httpx.Client) -> None:
    schema = draft_schema(["Course", "Medications"])
    body = {**chat_body(user=LEDGER_PROMPT), "response_format": {"type": "json_object", "value": schema}}
    data = http.post(f"{sim.url}/v1/chat/completions", json=body).json()
    answer = json.loads(data["choices"][0]["message"]["content"])
    assert [s["title"] for s in answer["sections"]] == ["Course", "Medications"]
    assert [c for s in check_draft_shape(answer) for c in s["cites"]] == ["S1", "S2", "S3", "S4"]
    # TGI's own grammar key and a schema given as a JSON string work too.
    for grammar in (
        {"type": "json", "value": json.dumps(schema)},
        {"type": "json_schema", "value": {"schema": schema}},
    ):
        again = http.post(f"{sim.url}/v1/chat/completions", json={**body, "response_format": grammar}).json()
        assert json.loads(again["choices"][0]["message"]["content"]) == answer


def test_tgi_refuses_a_grammar_it_cannot_deserialize(sim: SimulatorServer, http: httpx.Client) -> None:
    openai_form = {"type": "json_schema", "json_schema": {"name": "draft", "schema": draft_schema()}}
    refused = http.post(f"{sim.url}/v1/chat/completions", json={**chat_body(), "response_format": openai_form})
    assert refused.status_code == 422
    assert refused.json()["error_type"] == "validation"
    assert "missing field `value`" in refused.json()["error"]
    unknown = http.post(f"{sim.url}/v1/chat/completions", json={**chat_body(), "response_format": {"type": "xml"}})
    assert unknown.status_code == 422
    assert sim.state.in_flight == 0


def test_generate_with_grammar_parameter(sim: SimulatorServer, http: httpx.Client) -> None:
    body = {"inputs": LEDGER_PROMPT, "parameters": {"max_new_tokens": 500, "grammar": {"type": "json", "value": {}}}}
    text = http.post(f"{sim.url}/generate", json=body).json()["generated_text"]
    assert [s["cites"] for s in check_draft_shape(json.loads(text))] == [["S1"], ["S2"], ["S3"], ["S4"]]


def test_grammar_support_off_is_refused_like_tgi(http: httpx.Client) -> None:
    with SimulatorServer(SimulatorConfig(grammar_support=False)) as server:
        grammar = {"type": "json_object", "value": draft_schema()}
        refused = http.post(f"{server.url}/v1/chat/completions", json={**chat_body(), "response_format": grammar})
        plain = http.post(f"{server.url}/v1/chat/completions", json=chat_body())
    assert refused.status_code == 422
    assert refused.json() == {"error": "Input validation error: grammar is not supported", "error_type": "validation"}
    assert plain.status_code == 200


def test_openai_flavor_json_schema_and_enable_thinking(http: httpx.Client) -> None:
    config = SimulatorConfig(flavor="openai", model_id="medgo", think=True)
    with SimulatorServer(config) as server:
        url = f"{server.url}/v1/chat/completions"
        base = {**chat_body(user=LEDGER_PROMPT), "model": "medgo"}
        schema_form = {"type": "json_schema", "json_schema": {"name": "draft", "schema": draft_schema(["A"])}}
        quiet = {**base, "response_format": schema_form, "chat_template_kwargs": {"enable_thinking": False}}
        answer = http.post(url, json=quiet).json()["choices"][0]["message"]["content"]
        assert [s["title"] for s in json.loads(answer)["sections"]] == ["A"]
        thinking = http.post(url, json=base).json()["choices"][0]["message"]["content"]
        assert thinking.startswith("<think>")  # Qwen3 thinks unless its template is told not to
        not_thinking = {**base, "chat_template_kwargs": {"enable_thinking": False}}
        assert not http.post(url, json=not_thinking).json()["choices"][0]["message"]["content"].startswith("<think>")
        tgi_form = {**base, "response_format": {"type": "json_object", "value": draft_schema(["A"])}}
        schemaless = json.loads(http.post(url, json=tgi_form).json()["choices"][0]["message"]["content"])
        assert [s["title"] for s in schemaless["sections"]] == ["Summary"]  # JSON mode: no schema seen
        bad = http.post(url, json={**base, "response_format": {"type": "json_schema"}})
        assert bad.status_code == 400
        assert bad.json()["error"]["type"] == "BadRequestError"


def test_openai_flavor_length_error_is_vllms(http: httpx.Client) -> None:
    config = SimulatorConfig(flavor="openai", model_id="medgo", max_input_tokens=40, max_total_tokens=2048)
    with SimulatorServer(config) as server:
        body = {**chat_body(user="word " * 100), "model": "medgo", "max_tokens": 100}
        response = http.post(f"{server.url}/v1/chat/completions", json=body)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["type"] == "BadRequestError"
    assert error["message"].startswith("This model's maximum context length is 2048 tokens.")


# --- new faults --------------------------------------------------------------------------------


def test_bad_json_fault_breaks_the_next_constrained_answers(sim: SimulatorServer, http: httpx.Client) -> None:
    sim.set_faults(bad_json=1)
    body = {**chat_body(user=LEDGER_PROMPT), "response_format": {"type": "json_object", "value": draft_schema()}}
    first = http.post(f"{sim.url}/v1/chat/completions", json=body).json()["choices"][0]["message"]["content"]
    with pytest.raises(json.JSONDecodeError):
        json.loads(first)
    second = http.post(f"{sim.url}/v1/chat/completions", json=body).json()["choices"][0]["message"]["content"]
    check_draft_shape(json.loads(second))
    assert sim.state.faults()["bad_json"] == 0


def test_think_fault_prepends_reasoning_even_under_a_grammar(sim: SimulatorServer, http: httpx.Client) -> None:
    sim.set_faults(think=True)
    body = {**chat_body(user=LEDGER_PROMPT), "response_format": {"type": "json_object", "value": draft_schema()}}
    content = http.post(f"{sim.url}/v1/chat/completions", json=body).json()["choices"][0]["message"]["content"]
    thought, answer = content.split("</think>\n\n", 1)
    assert thought.startswith("<think>")
    check_draft_shape(json.loads(answer))
    plain = http.post(f"{sim.url}/generate", json={"inputs": PROMPT, "parameters": {"max_new_tokens": 500}}).json()
    assert plain["generated_text"] == simulated_answer(PROMPT, think=True)


def test_think_config_stays_out_of_grammar_answers(http: httpx.Client) -> None:
    with SimulatorServer(SimulatorConfig(think=True)) as server:
        body = {**chat_body(user=LEDGER_PROMPT), "response_format": {"type": "json_object", "value": draft_schema()}}
        content = http.post(f"{server.url}/v1/chat/completions", json=body).json()["choices"][0]["message"]["content"]
    check_draft_shape(json.loads(content))  # the grammar starts the JSON at the first token


def test_scripted_answers_come_back_verbatim_in_order(sim: SimulatorServer, http: httpx.Client) -> None:
    bad = ['{"sections": [{"title": "x", "sentences": [{"text": "K 9.9 mmol/L", "cites": []}]}]}', "<PERSON_7> free"]
    assert http.post(f"{sim.url}/_simulator/script", json=bad).json() == {"queued": 2}
    assert http.get(f"{sim.url}/_simulator/script").json() == bad
    grammar = {"type": "json_object", "value": draft_schema()}
    first = http.post(f"{sim.url}/v1/chat/completions", json={**chat_body(), "response_format": grammar}).json()
    second = http.post(f"{sim.url}/generate", json={"inputs": PROMPT, "parameters": {"max_new_tokens": 50}}).json()
    third = http.post(f"{sim.url}/v1/chat/completions", json=chat_body()).json()
    assert first["choices"][0]["message"]["content"] == bad[0]
    assert second["generated_text"] == bad[1]
    assert third["choices"][0]["message"]["content"] == simulated_answer(PROMPT)  # script used up
    assert sim.requests()[0]["body"]["response_format"] == grammar  # the journal still has every prompt


def test_script_control_plane(sim: SimulatorServer, http: httpx.Client) -> None:
    assert http.post(f"{sim.url}/_simulator/script", json={"answers": ["a"]}).json() == {"queued": 1}
    assert sim.script("b", "c") == 3
    assert http.post(f"{sim.url}/_simulator/script", json=[1, 2]).status_code == 422
    assert http.post(f"{sim.url}/_simulator/script", json="abc").status_code == 422
    assert http.delete(f"{sim.url}/_simulator/script").status_code == 204
    assert sim.state.scripted() == []
    sim.script("left over")
    sim.reset_faults()  # what the test fixture does between tests
    assert sim.state.scripted() == []


def test_hang_holds_the_request_and_its_slot(http: httpx.Client) -> None:
    with SimulatorServer(SimulatorConfig(max_concurrent_requests=1)) as server:
        server.set_faults(hang=True)
        with pytest.raises(httpx.ReadTimeout):
            http.post(f"{server.url}/v1/chat/completions", json=chat_body(), timeout=0.3)
        assert server.state.in_flight == 1
        assert http.post(f"{server.url}/generate", json={"inputs": "x"}).status_code == 429  # its slot is taken
        server.set_faults(hang=False)
        deadline = time.monotonic() + 5
        while server.state.in_flight and time.monotonic() < deadline:
            time.sleep(0.02)
        assert server.state.in_flight == 0
        assert http.post(f"{server.url}/generate", json={"inputs": "x"}).status_code == 200
        assert server.state.peak_in_flight == 1
