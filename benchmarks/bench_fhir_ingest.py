"""Durable FHIR ingest: acknowledged Bundles per second and ACK latency, over real HTTP.

Starts ``medgo-bridge serve`` in a subprocess in its production shape (Celery dispatch to Redis,
so an answer means stored + committed + published), then POSTs Bundles from concurrent clients on
loopback. Every request carries a fresh Bundle.id, so none is a duplicate. Bounded: it sends
``--requests`` Bundles and stops.

    python benchmarks/bench_fhir_ingest.py --db sqlite --requests 400 --concurrency 8
    python benchmarks/bench_fhir_ingest.py --db postgresql --requests 400 --concurrency 8
    python benchmarks/bench_fhir_ingest.py --db postgresql --bundle synthea --requests 40 --concurrency 4
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from _common import free_port, percentile

ROOT = Path(__file__).resolve().parents[1]
SYNTHEA = ROOT.parent / "shared" / "corpus" / "fhir" / "synthea"
SYNTHEA_BUNDLE = SYNTHEA / "Buster_Hoeger_ad2e3fc5-2b5d-4cb9-8d03-9ea0f4ac8423.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--postgres-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/14")
    parser.add_argument("--bundle", choices=["sample", "synthea"], default="sample")
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--api-workers", type=int, default=1, help="API processes (needs --db postgresql if > 1)")
    args = parser.parse_args()

    source = SYNTHEA_BUNDLE if args.bundle == "synthea" else ROOT / "medgo_bridge" / "samples" / "en_discharge.json"
    template = json.loads(source.read_bytes())
    tmp = Path(tempfile.mkdtemp(prefix="medgo-bench-"))
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    db_url = f"sqlite:///{tmp / 'bench.db'}"
    if args.db == "postgresql":
        import sqlalchemy

        admin = sqlalchemy.create_engine(args.postgres_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sqlalchemy.text(f"CREATE SCHEMA {schema}"))
        db_url = f"{args.postgres_url}?options=-csearch_path%3D{schema}"
    port = free_port()
    env = {
        **os.environ,
        "MEDGO_DATABASE_URL": db_url,
        "MEDGO_TASK_MODE": "celery",
        "MEDGO_BROKER_URL": args.redis_url,
        "MEDGO_API_AUTH": "false",
        "MEDGO_DATA_DIR": str(tmp),
        "MEDGO_LOG_LEVEL": "WARNING",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "medgo_bridge", "serve", "--port", str(port), "--workers", str(args.api_workers)],
        env=env,
        cwd=tmp,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit("server did not start")
            time.sleep(0.2)

        bodies = []
        for _ in range(args.requests):
            template["id"] = uuid.uuid4().hex
            bodies.append(json.dumps(template).encode())
        latencies: list[float] = []
        statuses: dict[int, int] = {}

        def send(client: httpx.Client, body: bytes) -> None:
            started = time.perf_counter()
            resp = client.post("/fhir", content=body, headers={"Content-Type": "application/fhir+json"})
            latencies.append(time.perf_counter() - started)
            statuses[resp.status_code] = statuses.get(resp.status_code, 0) + 1

        clients = [httpx.Client(base_url=base, timeout=60) for _ in range(args.concurrency)]
        send(clients[0], json.dumps({**template, "id": "warm-up"}).encode())
        latencies.clear()
        statuses.clear()
        started = time.perf_counter()
        with ThreadPoolExecutor(args.concurrency) as pool:
            for i, body in enumerate(bodies):
                pool.submit(send, clients[i % args.concurrency], body)
        elapsed = time.perf_counter() - started
        for c in clients:
            c.close()
        print(
            f"FHIR ingest, {args.db}, {args.api_workers} API process(es), bundle={args.bundle} "
            f"({len(bodies[0]) // 1024} KiB), "
            f"{args.requests} requests, {args.concurrency} concurrent clients"
        )
        print(f"  answers: {statuses}")
        print(f"  durable acknowledged bundles/s: {args.requests / elapsed:.1f}")
        print(
            f"  ACK latency ms: p50 {percentile(latencies, 0.5) * 1000:.1f}"
            f"  p90 {percentile(latencies, 0.9) * 1000:.1f}"
            f"  p99 {percentile(latencies, 0.99) * 1000:.1f}  mean {statistics.mean(latencies) * 1000:.1f}"
        )
    finally:
        server.terminate()
        server.wait(timeout=20)
        if args.db == "postgresql":
            with admin.connect() as conn:
                conn.execute(sqlalchemy.text(f"DROP SCHEMA {schema} CASCADE"))
        import redis

        redis.Redis.from_url(args.redis_url).flushdb()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
