"""Middleware CPU per job, stage by stage, excluding the model server and the EMR.

Runs each bundle through the real steps in this thread (receive -> normalise + rules -> de-identify +
draft -> deliver) against the TGI protocol simulator and the stand-in EMR, which run on other threads,
so ``time.thread_time`` counts only the bridge's own CPU. SQLite in a temporary directory.

    python benchmarks/bench_pipeline.py                      # the sample bundles, 20 rounds
    python benchmarks/bench_pipeline.py --corpus ../shared/corpus/fhir/synthea --rounds 1
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import tempfile
import time
import uuid
from collections import defaultdict
from functools import partial
from pathlib import Path
from typing import Any

from connectors.emr_simulator import EmrSimulatorServer
from inference.simulator import SimulatorServer
from integration import delivery, drafting, ingest
from integration.settings import Settings
from medgo_bridge.wiring import build_services

ROOT = Path(__file__).resolve().parents[1]
UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _renamed(salt: uuid.UUID, match: re.Match[str]) -> str:
    return str(uuid.uuid5(salt, match.group(0)))


class Recorder:
    """Collects what the steps would publish, so this thread runs every step itself."""

    def __init__(self) -> None:
        self.jobs: list[int] = []
        self.drafts: list[int] = []

    def ingest(self, _message_id: int) -> None: ...

    def draft(self, job_id: int) -> None:
        self.jobs.append(job_id)

    def deliver(self, draft_id: int) -> None:
        self.drafts.append(draft_id)


def timed(samples: dict[str, list[float]], stage: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
    started = time.thread_time()
    result = fn(*args, **kwargs)
    samples[stage].append((time.thread_time() - started) * 1000)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, help="folder of FHIR Bundle JSON files (default: built-in samples)")
    parser.add_argument("--rounds", type=int, default=20, help="times each bundle is sent (fresh ids each time)")
    parser.add_argument("--backend", choices=["simulator", "extractive"], default="simulator")
    args = parser.parse_args()

    folder = args.corpus or ROOT / "medgo_bridge" / "samples"
    bundles = [json.loads(p.read_bytes()) for p in sorted(folder.glob("*.json"))]
    samples: dict[str, list[float]] = defaultdict(list)
    with EmrSimulatorServer() as emr, SimulatorServer() as llm, tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            data_dir=Path(tmp),
            emr_fhir_url=emr.url,
            api_auth=False,
            llm_url=llm.url if args.backend == "simulator" else "",
        )
        services = build_services(settings, dispatch="inprocess")
        services.dispatcher.close()  # type: ignore[attr-defined]
        recorder = Recorder()
        services.dispatcher = recorder
        # warm-up: imports, the analyzer, first connections
        first = ingest.receive_fhir(services, json.dumps(bundles[0]).encode(), source="warm", content_type=None)
        ingest.process_message(services, first.message_id)
        for job_id in list(recorder.jobs):
            drafting.draft_job(services, job_id)
        for draft_id in list(recorder.drafts):
            delivery.deliver_draft(services, draft_id)
        recorder.jobs.clear()
        recorder.drafts.clear()
        wall = time.perf_counter()
        jobs = 0
        for round_no in range(args.rounds):
            for bundle in bundles:
                # New ids each round (every UUID mapped consistently), so each round brings new
                # patients and encounters: events, not resends.
                salt = uuid.uuid4()
                raw = UUID_RE.sub(partial(_renamed, salt), json.dumps(bundle))
                data = json.loads(raw)
                data["id"] = f"bench-{round_no}-{uuid.uuid4().hex}"
                received = timed(
                    samples,
                    "1 receive (validate + store)",
                    ingest.receive_fhir,
                    services,
                    json.dumps(data).encode(),
                    source="bench",
                    content_type=None,
                )
                timed(samples, "2 normalise + rules", ingest.process_message, services, received.message_id)
                while recorder.jobs:
                    timed(
                        samples,
                        "3 de-identify + prompt + model call + re-identify",
                        drafting.draft_job,
                        services,
                        recorder.jobs.pop(0),
                    )
                    jobs += 1
                while recorder.drafts:
                    timed(
                        samples,
                        "4 deliver (search + transaction)",
                        delivery.deliver_draft,
                        services,
                        recorder.drafts.pop(0),
                    )
        wall = time.perf_counter() - wall
        services.engine.dispose()

    print(
        f"pipeline CPU per job (this process only; model server and EMR excluded), backend={args.backend}, "
        f"{len(bundles)} bundle(s) x {args.rounds} round(s), {jobs} jobs, wall {wall:.1f} s"
    )
    total = 0.0
    for stage in sorted(samples):
        values = samples[stage]
        mean = statistics.mean(values)
        total += mean * len(values) / max(jobs, 1)
        print(f"  {stage:<55} mean {mean:7.2f} ms  median {statistics.median(values):7.2f} ms  n={len(values)}")
    print(f"  {'total per job':<55} {total:7.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
