"""End-to-end draft throughput of ONE inference worker against a model server of capacity C and latency L.

The TGI simulator runs in this process with ``max_concurrent_requests=C`` and a fixed per-request
latency ``L`` (no model, so the model's cost is excluded and the ideal is exactly C/L jobs per second).
A real Celery worker process (``medgo-bridge worker --queues inference --pool threads``) drafts the jobs
from Redis, with PostgreSQL as the database; it learns C from the simulator's ``/info`` and caps its
requests in flight there. Jobs are ingested here first (FHIR receive + rules, fresh ids per bundle), then
all N draft tasks are published at once and the clock runs until the last draft is stored.

Reported: job throughput against C/L, the peak of requests in flight the simulator saw, and the worker
process's CPU per job (``time.process_time`` of the worker, sampled by a thread inside it), with the
de-identification part (``DeidSession`` and re-identification, timed per call with ``thread_time``)
shown separately. PostgreSQL and Redis run in their own processes and are not counted.

    python benchmarks/bench_inference.py                                   # C=16, L=0.5 s, 200 jobs
    python benchmarks/bench_inference.py --capacity 16 --latency 2 --jobs 200 --threads 20

Needs PostgreSQL (``--postgres-url``, a scratch schema is created and dropped) and Redis
(``--redis-url``; the database is flushed).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from functools import partial, wraps
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
BUNDLES = ("en_discharge.json", "zh_discharge.json")


# --- worker mode: the Celery worker, instrumented --------------------------------------------------


class _DeidMeter:
    """Thread CPU spent inside de-identification calls, summed over the worker's threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.cpu_s = 0.0
        self.calls = 0

    def wrap(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.thread_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent = time.thread_time() - started
                with self.lock:
                    self.cpu_s += spent
                    self.calls += 1

        return timed


def _run_worker(stats_file: Path, threads: int) -> None:
    import integration.steps  # noqa: F401  # loads every module that draws on de-identification
    from integration.deid import reidentify as original_reidentify
    from integration.deid.session import DeidSession

    meter = _DeidMeter()
    for name in ("__init__", "text", "gate"):
        setattr(DeidSession, name, meter.wrap(getattr(DeidSession, name)))
    # Re-identification is imported by name wherever it is used: rebind it in each such module.
    timed_reidentify = meter.wrap(original_reidentify)
    users = [
        module
        for name, module in list(sys.modules.items())
        if name.startswith("integration.") and not name.startswith("integration.deid")
    ]
    for module in users:
        if getattr(module, "reidentify", None) is original_reidentify:
            module.reidentify = timed_reidentify  # type: ignore[attr-defined]

    def report() -> None:
        # process_time covers every thread of the worker; written atomically for the parent to read.
        while True:
            with meter.lock:
                snapshot = {"process_cpu_s": time.process_time(), "deid_cpu_s": meter.cpu_s, "at": time.time()}
            tmp = stats_file.with_suffix(".tmp")
            tmp.write_text(json.dumps(snapshot))
            os.replace(tmp, stats_file)
            time.sleep(0.2)

    threading.Thread(target=report, name="bench-stats", daemon=True).start()
    from medgo_bridge.cli import worker

    worker(queues="inference", concurrency=threads, pool="threads", loglevel="WARNING")


# --- the driver ---------------------------------------------------------------------------------


def _renamed(salt: uuid.UUID, match: re.Match[str]) -> str:
    return str(uuid.uuid5(salt, match.group(0)))


class _Recorder:
    """Collects the draft jobs the rules create, so publishing them is timed separately."""

    def __init__(self) -> None:
        self.jobs: list[int] = []

    def ingest(self, _message_id: int) -> None: ...

    def draft(self, job_id: int) -> None:
        self.jobs.append(job_id)

    def deliver(self, _draft_id: int) -> None: ...


def _read_stats(path: Path, newer_than: float) -> dict[str, float]:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            data: dict[str, float] = json.loads(path.read_text())
            if data["at"] > newer_than:
                return data
        except (OSError, ValueError, KeyError):
            pass
        time.sleep(0.05)
    raise RuntimeError("the worker stopped reporting its CPU")


def _stop(worker: subprocess.Popen[bytes]) -> None:
    if worker.poll() is None:
        worker.terminate()  # Celery's warm shutdown
        try:
            worker.wait(30)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()


def _wait_done(services: Any, job_ids: list[int], timeout_s: float, worker: subprocess.Popen[bytes]) -> float:
    from sqlalchemy import func, select

    from integration.db import session_scope
    from integration.models import Job, JobState

    finished = (JobState.generated, JobState.delivered, JobState.dead)
    deadline = time.monotonic() + timeout_s
    last_print = 0.0
    while time.monotonic() < deadline:
        with session_scope(services.sessions) as session:
            done = session.scalar(select(func.count()).where(Job.id.in_(job_ids), Job.state.in_(finished))) or 0
        now = time.monotonic()
        if done == len(job_ids):
            return now
        if worker.poll() is not None:
            raise RuntimeError(f"the worker exited with {worker.returncode}")
        if now - last_print > 2:
            print(f"  {done}/{len(job_ids)} drafted", flush=True)
            last_print = now
        time.sleep(0.05)
    raise RuntimeError(f"jobs not finished within {timeout_s:.0f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--capacity", type=int, default=16, help="C: the simulator's max_concurrent_requests")
    parser.add_argument("--latency", type=float, default=0.5, help="L: seconds per model request")
    parser.add_argument("--jobs", type=int, default=200, help="N: jobs timed")
    parser.add_argument(
        "--threads", type=int, help="worker threads (default C + C/4: CPU work of the next jobs overlaps the model)"
    )
    parser.add_argument("--warmup", type=int, default=24, help="jobs drafted before the clock starts")
    parser.add_argument("--postgres-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/14")
    parser.add_argument("--worker-mode", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--stats-file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    threads = args.threads or args.capacity + max(1, args.capacity // 4)
    if args.worker_mode:
        _run_worker(args.stats_file, threads)
        return 0

    import redis
    import sqlalchemy
    from cryptography.fernet import Fernet
    from sqlalchemy import func, select

    from inference.simulator import SimulatorConfig, SimulatorServer
    from integration import ingest
    from integration.db import session_scope
    from integration.models import Draft, Job
    from integration.settings import Settings
    from medgo_bridge.wiring import build_services

    schema = f"medgo_bench_{uuid.uuid4().hex[:10]}"
    admin = sqlalchemy.create_engine(args.postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sqlalchemy.text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in args.postgres_url else "?"
    database_url = f"{args.postgres_url}{sep}options=-csearch_path%3D{schema}"
    redis.Redis.from_url(args.redis_url).flushdb()
    bundles = [json.loads((ROOT / "medgo_bridge" / "samples" / name).read_bytes()) for name in BUNDLES]
    config = SimulatorConfig(max_concurrent_requests=args.capacity, latency_s=args.latency)
    worker: subprocess.Popen[bytes] | None = None
    try:
        with SimulatorServer(config) as llm, tempfile.TemporaryDirectory() as tmp:
            env = {
                "MEDGO_DATABASE_URL": database_url,
                "MEDGO_TASK_MODE": "celery",
                "MEDGO_BROKER_URL": args.redis_url,
                "MEDGO_LLM_URL": llm.url,
                "MEDGO_LLM_MAX_CONCURRENCY": str(threads),  # as compose sets it; /info lowers it to C
                "MEDGO_DATA_DIR": str(Path(tmp) / "data"),
                "MEDGO_VAULT_KEY": Fernet.generate_key().decode(),
                "MEDGO_AUTO_MIGRATE": "false",
                "MEDGO_LOG_LEVEL": "WARNING",
            }
            values: dict[str, Any] = {k.removeprefix("MEDGO_").lower(): v for k, v in env.items()}
            settings = Settings(**{**values, "auto_migrate": True})  # this process migrates; the worker does not
            services = build_services(settings, dispatch="celery")
            publisher = services.dispatcher
            recorder = _Recorder()
            services.dispatcher = recorder

            total = args.warmup + args.jobs
            print(f"ingesting {total} bundles (fresh ids each) ...", flush=True)
            ingest_cpu = time.thread_time()
            for n in range(total):
                raw = UUID_RE.sub(partial(_renamed, uuid.uuid4()), json.dumps(bundles[n % len(bundles)]))
                data = json.loads(raw)
                data["id"] = f"bench-{n}-{uuid.uuid4().hex}"
                received = ingest.receive_fhir(services, json.dumps(data).encode(), source="bench", content_type=None)
                ingest.process_message(services, received.message_id)
            ingest_cpu = time.thread_time() - ingest_cpu
            jobs = list(recorder.jobs)
            if len(jobs) != total:
                raise RuntimeError(f"expected one job per bundle, the rules made {len(jobs)}")
            warm, timed = jobs[: args.warmup], jobs[args.warmup :]

            stats_file = Path(tmp) / "worker-stats.json"
            cmd = [
                sys.executable,
                __file__,
                "--worker-mode",
                "--stats-file",
                str(stats_file),
                "--threads",
                str(threads),
            ]
            print(f"starting the inference worker: --pool threads --concurrency {threads}", flush=True)
            worker = subprocess.Popen(cmd, env={**os.environ, **env}, cwd=ROOT)
            try:
                print(f"warm-up: {len(warm)} jobs", flush=True)
                for job_id in warm:
                    publisher.draft(job_id)
                _wait_done(services, warm, 300, worker)
                time.sleep(0.5)  # let the last warm-up task finish its bookkeeping
                before = _read_stats(stats_file, time.time())
                llm.state.reset_peak()
                llm.clear()

                print(f"timed: {len(timed)} jobs, C={args.capacity}, L={args.latency:g} s", flush=True)
                started = time.monotonic()
                for job_id in timed:
                    publisher.draft(job_id)
                finished = _wait_done(services, timed, 600, worker)
                wall = finished - started
                time.sleep(0.5)
                after = _read_stats(stats_file, time.time())
                chat_requests = len(llm.chat_requests())
                peak = llm.state.peak_in_flight
                with session_scope(services.sessions) as session:
                    attempts = session.scalar(select(func.sum(Job.attempts)).where(Job.id.in_(timed))) or 0
                    dead = session.scalar(select(func.count()).where(Job.id.in_(timed), Job.state == "dead")) or 0
                    stored = sorted(session.scalars(select(Draft.created_at).where(Draft.job_id.in_(timed))))
                services.engine.dispose()
            finally:
                _stop(worker)
    finally:
        if worker is not None:
            _stop(worker)
        with admin.connect() as conn:
            conn.execute(sqlalchemy.text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        admin.dispose()

    n = len(timed)
    ideal = args.capacity / args.latency
    throughput = n / wall
    cpu = (after["process_cpu_s"] - before["process_cpu_s"]) / n * 1000
    deid = (after["deid_cpu_s"] - before["deid_cpu_s"]) / n * 1000
    print()
    print(
        f"model server: simulator, capacity C={args.capacity}, latency L={args.latency:g} s per request "
        f"(ideal C/L = {ideal:.2f} jobs/s)"
    )
    print(f"worker: 1 process, --pool threads --concurrency {threads}, requests in flight capped at C by /info")
    print(f"jobs: {n} timed after {len(warm)} warm-up; dead {dead}; draft attempts {attempts} ({attempts - n} retries)")
    print(f"  wall                          {wall:8.2f} s")
    print(f"  throughput                    {throughput:8.2f} jobs/s  = {throughput / ideal * 100:5.1f} % of C/L")
    # Without the ramp-up and the last partly filled wave: drafts 10 % to 90 % by their commit times.
    low, high = stored[len(stored) // 10], stored[len(stored) * 9 // 10]
    steady = (len(stored) * 9 // 10 - len(stored) // 10) / max((high - low).total_seconds(), 1e-9)
    print(f"  steady state (10-90 %)        {steady:8.2f} jobs/s  = {steady / ideal * 100:5.1f} % of C/L")
    print(f"  model requests                {chat_requests:8d}      peak in flight at the server {peak}")
    print(f"  worker CPU per job            {cpu:8.1f} ms  (whole process, all threads)")
    print(f"    de-identification           {deid:8.1f} ms  (DeidSession + re-identification)")
    print(f"    everything else             {cpu - deid:8.1f} ms  (Celery, DB, context, prompt, HTTP client)")
    per_ingest = ingest_cpu / (args.warmup + n) * 1000
    print(f"  ingest in this process        {per_ingest:8.1f} ms/job (receive + rules; not the worker)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
