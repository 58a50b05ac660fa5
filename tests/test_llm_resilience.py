"""The model-server client under the simulator's faults: the breaker, the slot limit, and whole jobs.

What must hold (issue 5): no job is lost, no hot retry loop hammers a server that is down or
overloaded, and work resumes by itself when the server comes back. The breaker and limiter are
also tested on their own, with an injected clock, so their state machine is pinned exactly.
"""

from __future__ import annotations

import math
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from inference.model_server import CircuitBreaker, ModelServerBackend, SlotLimiter, reset_shared_state
from inference.simulator import SimulatorServer
from integration.errors import TransientError
from integration.ports import GenerationRequest
from medgo_bridge.wiring import build_app
from tests.conftest import sample

FHIR = {"Content-Type": "application/fhir+json"}
BUNDLES = ("en_discharge.json", "zh_discharge.json")


@pytest.fixture(autouse=True)
def _fresh_breakers() -> Iterator[None]:
    """Breakers and slot limits are per process and URL: no test may leave one open for the next."""
    reset_shared_state()
    yield
    reset_shared_state()


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def request() -> GenerationRequest:
    return GenerationRequest(task="discharge-summary", language="en", system="Summarise.", user="<PERSON_1>\n- fever")


def backend(url: str, **overrides: Any) -> ModelServerBackend:
    values: dict[str, Any] = {"model": "OpenMedZoo/MedGo", "revision": "main", "timeout_s": 5.0}
    values.update(overrides)
    return ModelServerBackend(url, **values)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(condition: Any, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


# --- the breaker on its own ---------------------------------------------------------------------


def test_breaker_opens_after_consecutive_failures_and_a_success_resets_the_count() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker(3, 30.0, clock=clock)
    for _ in range(2):
        assert breaker.allow()
        breaker.record_failure()
    assert breaker.allow()
    breaker.record_success()  # not consecutive any more
    for _ in range(2):
        breaker.record_failure()
    assert breaker.state == "closed" and breaker.allow()
    breaker.record_failure()
    assert breaker.state == "open"
    assert not breaker.allow()
    assert breaker.retry_in() == pytest.approx(30.0)


def test_breaker_lets_exactly_one_trial_through_after_the_cool_down() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker(1, 30.0, clock=clock)
    breaker.record_failure()
    clock.now += 29.9
    assert not breaker.allow()
    clock.now += 0.2
    assert breaker.state == "half-open"
    assert breaker.allow()  # the trial
    assert not breaker.allow()  # everyone else waits for its verdict
    breaker.record_success()
    assert breaker.state == "closed"
    assert breaker.allow() and breaker.allow()


def test_a_failed_trial_reopens_for_a_full_cool_down() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker(2, 10.0, clock=clock)
    breaker.record_failure()
    breaker.record_failure()
    clock.now += 10.0
    assert breaker.allow()
    breaker.record_failure()
    assert breaker.state == "open"
    assert breaker.retry_in() == pytest.approx(10.0)
    clock.now += 9.0
    assert not breaker.allow()


def test_an_abandoned_trial_frees_the_trial_slot() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker(1, 5.0, clock=clock)
    breaker.record_failure()
    clock.now += 5.0
    assert breaker.allow()
    breaker.abandon()  # e.g. no request slot: the server was never asked
    assert breaker.state == "half-open"
    assert breaker.allow()


def test_breaker_off_never_opens() -> None:
    breaker = CircuitBreaker(0, 1.0)
    for _ in range(100):
        breaker.record_failure()
    assert breaker.state == "closed" and breaker.allow()
    with pytest.raises(ValueError):
        CircuitBreaker(-1, 1.0)


def test_only_one_of_many_threads_gets_the_trial() -> None:
    clock = FakeClock()
    breaker = CircuitBreaker(1, 1.0, clock=clock)
    breaker.record_failure()
    clock.now += 1.0
    barrier = threading.Barrier(16)
    allowed: list[bool] = []
    lock = threading.Lock()

    def race() -> None:
        barrier.wait()
        verdict = breaker.allow()
        with lock:
            allowed.append(verdict)

    threads = [threading.Thread(target=race) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert allowed.count(True) == 1


# --- the slot limiter on its own ----------------------------------------------------------------


def test_slot_limiter_bounds_waits_and_follows_a_new_limit() -> None:
    slots = SlotLimiter(2)
    assert slots.acquire(0) and slots.acquire(0)
    assert not slots.acquire(0.05)  # full: a bounded wait, then no
    slots.set_limit(1)  # /info said less than configured while two are out
    slots.release()
    assert not slots.acquire(0)  # still one in use, and the limit is one
    slots.release()
    assert slots.acquire(0)
    slots.set_limit(3)
    assert slots.acquire(0) and slots.acquire(0)
    assert slots.in_use == 3 and slots.limit == 3


def test_a_waiter_gets_a_released_slot() -> None:
    slots = SlotLimiter(1)
    assert slots.acquire(0)
    got: list[bool] = []
    waiter = threading.Thread(target=lambda: got.append(slots.acquire(10)))
    waiter.start()
    assert wait_for(lambda: waiter.is_alive(), 1)
    slots.release()
    waiter.join()
    assert got == [True]


# --- the breaker in the backend -----------------------------------------------------------------


def test_open_circuit_sends_nothing_while_the_server_is_down() -> None:
    with SimulatorServer() as server:
        server.set_faults(down=True)
        model_server = backend(server.url, circuit_failures=3, circuit_reset_s=60.0, max_retries=2)
        with pytest.raises(TransientError) as first:
            model_server.generate(request())  # the first try and two quick retries: three failures
        assert first.value.code == "llm-server-error"
        assert len(server.chat_requests()) == 3
        for _ in range(20):
            with pytest.raises(TransientError) as refused:
                model_server.generate(request())
            assert refused.value.code == "llm-circuit-open"
        assert len(server.chat_requests()) == 3  # twenty drafts later, not one more request


def test_trial_after_cool_down_then_recovery() -> None:
    with SimulatorServer() as server:
        server.set_faults(down=True)
        model_server = backend(server.url, circuit_failures=1, circuit_reset_s=0.2, max_retries=2)
        with pytest.raises(TransientError) as first:
            model_server.generate(request())
        assert first.value.code == "llm-server-error"
        assert len(server.chat_requests()) == 1  # it opened at once, so no quick retry followed
        assert model_server.breaker.state == "open"
        assert wait_for(lambda: model_server.breaker.state == "half-open")
        with pytest.raises(TransientError) as trial:
            model_server.generate(request())
        assert trial.value.code == "llm-server-error"  # the one trial request, and no retry after it
        assert len(server.chat_requests()) == 2
        assert model_server.breaker.state == "open"
        server.set_faults(down=False)
        assert wait_for(lambda: model_server.breaker.state == "half-open")
        assert model_server.generate(request()).text
        assert model_server.breaker.state == "closed"


def test_breaker_is_shared_by_every_backend_of_a_server_url() -> None:
    with SimulatorServer() as server:
        first = backend(server.url, circuit_failures=2, circuit_reset_s=60.0, max_retries=1)
        second = backend(server.url, circuit_failures=2, circuit_reset_s=60.0, max_retries=1)
        server.set_faults(down=True)
        with pytest.raises(TransientError):
            first.generate(request())
        with pytest.raises(TransientError) as refused:
            second.generate(request())
        assert refused.value.code == "llm-circuit-open"
        assert len(server.chat_requests()) == 2


def test_dead_server_opens_the_circuit_and_is_found_again_when_it_returns() -> None:
    port = free_port()
    model_server = backend(f"http://127.0.0.1:{port}", circuit_failures=2, circuit_reset_s=0.2, max_retries=0)
    codes = []
    for _ in range(4):
        with pytest.raises(TransientError) as refused:
            model_server.generate(request())
        codes.append(refused.value.code)
    assert codes == ["llm-unreachable", "llm-unreachable", "llm-circuit-open", "llm-circuit-open"]
    with SimulatorServer(port=port) as server:
        assert wait_for(lambda: model_server.breaker.state == "half-open")
        assert model_server.generate(request()).backend == "tgi"
        assert len(server.chat_requests()) == 1


def test_many_threads_against_a_dead_server_make_a_bounded_number_of_requests() -> None:
    with SimulatorServer() as server:
        server.set_faults(down=True)
        model_server = backend(server.url, circuit_failures=3, circuit_reset_s=60.0, max_retries=2)
        threads_n, calls_each = 8, 5

        def hammer() -> None:
            for _ in range(calls_each):
                with pytest.raises(TransientError):
                    model_server.generate(request())

        threads = [threading.Thread(target=hammer) for _ in range(threads_n)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        # Without the breaker: 8 x 5 calls x 3 attempts = 120 requests. With it: the three that open it,
        # plus at most one already on its way from each other thread.
        assert len(server.chat_requests()) <= 3 + threads_n


# --- whole jobs through the in-process pipeline --------------------------------------------------


def _post(services: Any) -> TestClient:
    client = TestClient(build_app(services), raise_server_exceptions=False)
    for name in BUNDLES:
        assert client.post("/fhir", content=sample(name), headers=FHIR).status_code == 202
    return client


def _resilient(make_services: Any, emr: Any, url: str, **overrides: Any) -> Any:
    values: dict[str, Any] = {
        "emr_fhir_url": emr.url,
        "llm_url": url,
        "llm_circuit_failures": 3,
        "llm_circuit_reset_s": 0.5,
        # An outage of a few seconds against test backoffs of 0.05-0.5 s: enough budget not to dead-letter.
        "task_max_retries": 60,
    }
    values.update(overrides)
    return make_services(**values)


def _assert_every_job_delivered_once(client: TestClient, emr: Any) -> None:
    jobs = client.get("/jobs").json()["items"]
    assert len(jobs) == len(BUNDLES)
    assert {job["state"] for job in jobs} == {"delivered"}
    assert len(emr.resources("DocumentReference")) == len(BUNDLES)  # one note per job, no duplicate


def _request_bound(window_s: float, failures: int, reset_s: float) -> int:
    # What a breaker allows in a window: the failures that open it, one trial per cool-down, and the
    # first job's quick in-call retries counted among those failures.
    return failures + math.ceil(window_s / reset_s) + 1


def test_overloaded_server_jobs_wait_without_hammering_and_all_arrive(make_services: Any, emr: Any) -> None:
    with SimulatorServer() as server:
        server.set_faults(fail_next=1_000_000, status=429, error_type="overloaded")
        services = _resilient(make_services, emr, server.url)
        started = time.monotonic()
        client = _post(services)
        time.sleep(2.0)  # the overload lasts a while
        server.set_faults(fail_next=0)
        window = time.monotonic() - started
        refused = len(server.chat_requests())
        assert 3 <= refused <= _request_bound(window, 3, 0.5)
        assert services.dispatcher.wait_idle(60)
        _assert_every_job_delivered_once(client, emr)
        assert len(server.chat_requests()) == refused + len(BUNDLES)  # one successful request per job


def test_dead_server_jobs_are_kept_and_delivered_when_it_returns(make_services: Any, emr: Any) -> None:
    port = free_port()
    # A budget of two retries: an outage far longer than that must still dead-letter nothing, because
    # jobs that find the circuit open are deferred, not failed.
    services = _resilient(make_services, emr, f"http://127.0.0.1:{port}", task_max_retries=2)
    client = _post(services)

    def circuit_open_seen() -> bool:
        return bool(services.backend.breaker.state != "closed")

    assert wait_for(circuit_open_seen)  # jobs wait on the breaker, not on connection attempts
    time.sleep(3.0)  # many deferred retries later, still nothing is dead: waiting spends no retry budget
    assert {job["state"] for job in client.get("/jobs").json()["items"]} <= {"queued", "deidentified", "failed"}
    with SimulatorServer(port=port) as server:
        assert services.dispatcher.wait_idle(60)
        _assert_every_job_delivered_once(client, emr)
        assert len(server.chat_requests()) == len(BUNDLES)


def test_hung_server_times_out_opens_the_circuit_and_recovers(make_services: Any, emr: Any) -> None:
    with SimulatorServer() as server:
        server.set_faults(hang=True)
        services = _resilient(make_services, emr, server.url, llm_timeout_s=0.3, llm_circuit_failures=2)
        started = time.monotonic()
        client = _post(services)
        time.sleep(2.5)
        server.set_faults(hang=False)
        window = time.monotonic() - started
        # Each hung request costs the client its timeout; timeouts are never retried in the call.
        assert 2 <= len(server.chat_requests()) <= _request_bound(window, 2, 0.5)
        jobs = client.get("/jobs").json()["items"]
        assert {job["error_code"] for job in jobs} & {"llm-timeout", "llm-circuit-open"}
        assert services.dispatcher.wait_idle(60)
        _assert_every_job_delivered_once(client, emr)


def test_a_server_with_a_small_context_gets_a_condensed_ledger_not_a_refusal(
    make_services: Any, emr: Any, corpus: Any
) -> None:
    from sqlalchemy import select

    from inference.simulator import SimulatorConfig
    from integration.db import session_scope
    from integration.models import Draft, Job

    bundle = sorted((corpus / "fhir" / "synthea").glob("*.json"))[0].read_bytes()
    # A long Synthea record against a server that takes 3,000 prompt tokens: the ledger must be condensed
    # below what /info says, not sent whole and refused as llm-input-too-long (a permanent error).
    config = SimulatorConfig(max_input_tokens=3000, max_total_tokens=5048)
    with SimulatorServer(config) as server:
        services = _resilient(make_services, emr, server.url, llm_max_new_tokens=2048)
        client = TestClient(build_app(services), raise_server_exceptions=False)
        assert client.post("/fhir", content=bundle, headers=FHIR).status_code == 202
        assert services.dispatcher.wait_idle(120)
        with session_scope(services.sessions) as session:
            jobs = list(session.scalars(select(Job)))
            drafts = list(session.scalars(select(Draft)))
            assert jobs and all(job.state == "delivered" for job in jobs), [j.error_code for j in jobs]
            assert drafts and all("ledger-condensed" in d.flags for d in drafts)
            assert all(d.citations["ledger"]["tokens"] <= 3000 for d in drafts)
        assert server.chat_requests()
