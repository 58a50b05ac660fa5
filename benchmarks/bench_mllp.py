"""MLLP ingest: durable, acknowledged messages per second and ACK latency, next to the Python peers.

Each target listener runs in its own process; the load generator runs here with ``--senders``
persistent connections, each sending one message and waiting for its ACK before the next (as MLLP
requires). Every message has a fresh MSH-10, so none is a duplicate. Bounded: ``--messages`` per
target and message kind, then it stops.

Targets:
  medgo-postgresql  our listener, group commit into PostgreSQL (own schema, dropped afterwards)
  medgo-sqlite      our listener, group commit into SQLite (WAL, synchronous=FULL)
  python-hl7        python-hl7's asyncio MLLP server (``hl7.mllp.start_hl7_server``): reads
                    (and thereby parses) each message, answers ``create_ack()``; stores nothing
  hl7apy            hl7apy's ``MLLPServer``: the handler parses with hl7apy and builds an ACK; stores
                    nothing; it closes the socket after every message, so each sender reconnects
                    for every message (that is the only way to use it)

Our listener's dispatcher is a no-op here (the ACK never waits for it anyway): the figure is
store + commit + ACK. The check at the end counts the rows: every ACK must be a stored message.

    python benchmarks/bench_mllp.py                        # all targets, ADT^A01 and ORU^R01 (30 OBX)
    python benchmarks/bench_mllp.py --targets medgo-postgresql --kinds adt --messages 8000
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from _common import free_port, percentile

ROOT = Path(__file__).resolve().parents[1]
TARGETS = ["medgo-postgresql", "medgo-sqlite", "python-hl7", "hl7apy"]
DEFAULT_MESSAGES = {"medgo-postgresql": 6000, "medgo-sqlite": 4000, "python-hl7": 4000, "hl7apy": 400}


# --- synthetic messages ---------------------------------------------------------------------------


def adt_a01(control_id: str) -> bytes:
    segments = [
        f"MSH|^~\\&|ADT|HOSP|MEDGO|AI|20260512083000||ADT^A01^ADT_A01|{control_id}|P|2.5.1|||||CHN|UNICODE UTF-8",
        "EVN|A01|20260512083000",
        f"PID|1||MRN{control_id[-8:]}^^^HOSP^MR||DOE^JANE^Q||19610402|F|||1 WREN LANE^^SPRINGFIELD^^12345||555-0100",
        "PV1|1|I|W1^101^1|||||||MED||||||||V123|||||||||||||||||||||||||20260512083000",
        "DG1|1||I21.9^Acute myocardial infarction^I10||20260512",
    ]
    return ("\r".join(segments) + "\r").encode()


def oru_r01(control_id: str, observations: int = 30) -> bytes:
    segments = [
        f"MSH|^~\\&|LIS|HOSP|MEDGO|AI|20260512083000||ORU^R01^ORU_R01|{control_id}|P|2.5.1|||||CHN|UNICODE UTF-8",
        f"PID|1||MRN{control_id[-8:]}^^^HOSP^MR||DOE^JANE^Q||19610402|F",
        "PV1|1|I|W1^101^1",
        "ORC|RE|ORD1|FIL1",
        "OBR|1|ORD1|FIL1|24323-8^Comprehensive metabolic panel^LN|||20260512070000|||||||||||||||20260512080000|||F",
    ]
    for n in range(1, observations + 1):
        segments.append(
            f"OBX|{n}|NM|{2000 + n}-{n % 10}^Analyte {n}^LN||{4.0 + n / 10:.1f}|mmol/L|3.5-5.5|N|||F|||20260512075500"
        )
    return ("\r".join(segments) + "\r").encode()


KINDS: dict[str, Callable[[str], bytes]] = {"adt": adt_a01, "oru": oru_r01}


# --- listeners (each runs in a child process: ``bench_mllp.py _serve TARGET PORT [URL DIR]``) ------------


def serve_medgo(port: int, url: str, data_dir: str) -> None:
    from connectors.mllp.server import run_mllp
    from integration.settings import Settings, TaskMode
    from medgo_bridge.wiring import build_services

    class NoDispatch:
        def ingest(self, _id: int) -> None:
            pass

        draft = deliver = ingest

    settings = Settings(
        data_dir=Path(data_dir),
        database_url=url,
        task_mode=TaskMode.celery,
        mllp_host="127.0.0.1",
        mllp_port=port,
    )
    services = build_services(settings, dispatch="celery", resume=False)
    services.dispatcher = NoDispatch()
    run_mllp(services)


def serve_python_hl7(port: int) -> None:
    import hl7.mllp

    async def handle(reader: hl7.mllp.HL7StreamReader, writer: hl7.mllp.HL7StreamWriter) -> None:
        try:
            while not writer.is_closing():
                message = await reader.readmessage()
                writer.writemessage(message.create_ack())
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()

    async def main() -> None:
        server = await hl7.mllp.start_hl7_server(handle, "127.0.0.1", port)
        async with server:
            await server.serve_forever()

    asyncio.run(main())


def serve_hl7apy(port: int) -> None:
    from hl7apy.core import Message
    from hl7apy.mllp import AbstractHandler, MLLPServer
    from hl7apy.parser import parse_message

    class Ack(AbstractHandler):  # type: ignore[misc]
        def reply(self) -> str:
            incoming = parse_message(self.incoming_message, find_groups=False)
            ack = Message("ACK", version=incoming.msh.msh_12.value)
            ack.msh.msh_3 = incoming.msh.msh_5.value
            ack.msh.msh_4 = incoming.msh.msh_6.value
            ack.msh.msh_5 = incoming.msh.msh_3.value
            ack.msh.msh_6 = incoming.msh.msh_4.value
            ack.msh.msh_9 = "ACK^A01^ACK"
            ack.msh.msh_10 = f"A{time.monotonic_ns()}"[:20]
            ack.msa.msa_1 = "AA"
            ack.msa.msa_2 = incoming.msh.msh_10.value
            return "\x0b" + str(ack.to_er7()) + "\x1c\r"

    handlers = {"ADT^A01^ADT_A01": (Ack,), "ORU^R01^ORU_R01": (Ack,)}
    MLLPServer("127.0.0.1", port, handlers).serve_forever()


# --- load ---------------------------------------------------------------------------------------


async def _read_ack(reader: asyncio.StreamReader) -> bytes:
    return await reader.readuntil(b"\x1c")


async def sender(
    port: int, messages: list[tuple[str, bytes]], latencies: list[float], reconnect_each: bool
) -> list[str]:
    """One sender: send, wait for the ACK, check MSA-1/MSA-2, next. Returns the failures."""
    failures: list[str] = []
    reader: asyncio.StreamReader | None = None
    writer: asyncio.StreamWriter | None = None
    for control_id, payload in messages:
        started = time.perf_counter()
        if writer is None or reconnect_each:
            if writer is not None:
                writer.close()
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
        assert reader is not None
        writer.write(b"\x0b" + payload + b"\x1c\r")
        await writer.drain()
        ack = await _read_ack(reader)
        latencies.append(time.perf_counter() - started)
        expected = f"|{control_id}".encode()
        if not (b"MSA|AA" in ack or b"MSA|CA" in ack) or expected not in ack.split(b"MSA", 1)[1]:
            failures.append(control_id)
        if not reconnect_each:
            continue
    if writer is not None:
        writer.close()
    return failures


async def load(
    port: int, messages: list[tuple[str, bytes]], senders: int, reconnect_each: bool
) -> tuple[float, list[float], int]:
    latencies: list[float] = []
    parts = [messages[k::senders] for k in range(senders)]
    started = time.perf_counter()
    results = await asyncio.gather(*(sender(port, part, latencies, reconnect_each) for part in parts))
    elapsed = time.perf_counter() - started
    return elapsed, latencies, sum(len(r) for r in results)


def wait_for_port(port: int, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"listener exited with {proc.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("listener did not start")


def count_rows(url: str) -> int:
    import sqlalchemy

    engine = sqlalchemy.create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(sqlalchemy.text("SELECT count(*) FROM inbound_messages")).scalar_one())
    finally:
        engine.dispose()


def run_target(target: str, kind: str, count: int, senders: int, postgres_url: str) -> dict[str, object]:
    port = free_port()
    tmp = Path(tempfile.mkdtemp(prefix="medgo-bench-mllp-"))
    url = ""
    schema = ""
    admin = None
    args = [sys.executable, __file__, "_serve", target, str(port)]
    if target == "medgo-postgresql":
        import sqlalchemy

        schema = f"bench_mllp_{uuid.uuid4().hex[:8]}"
        admin = sqlalchemy.create_engine(postgres_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sqlalchemy.text(f"CREATE SCHEMA {schema}"))
        url = f"{postgres_url}{'&' if '?' in postgres_url else '?'}options=-csearch_path%3D{schema}"
    elif target == "medgo-sqlite":
        url = f"sqlite:///{tmp / 'medgo.db'}"
    if url:
        args += [url, str(tmp)]
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEDGO_")}
    proc = subprocess.Popen(args, cwd=tmp, env=env, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port, proc)
        make = KINDS[kind]
        run = uuid.uuid4().hex[:6]
        warm = [(f"W{run}{i:06d}", make(f"W{run}{i:06d}")) for i in range(min(200, count // 10))]
        asyncio.run(load(port, warm, senders, target == "hl7apy"))
        messages = [(f"B{run}{i:07d}", make(f"B{run}{i:07d}")) for i in range(count)]
        elapsed, latencies, failures = asyncio.run(load(port, messages, senders, target == "hl7apy"))
        stored = count_rows(url) - len(warm) if url else None
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
        if admin is not None:
            import sqlalchemy

            with admin.connect() as conn:
                conn.execute(sqlalchemy.text(f"DROP SCHEMA {schema} CASCADE"))
            admin.dispose()
    return {
        "target": target,
        "kind": kind,
        "messages": count,
        "size": len(make("X0000000")),
        "rate": count / elapsed,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": percentile(latencies, 0.99) * 1000,
        "failures": failures,
        "stored": stored,
    }


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "_serve":
        target, port = sys.argv[2], int(sys.argv[3])
        if target.startswith("medgo"):
            serve_medgo(port, sys.argv[4], sys.argv[5])
        elif target == "python-hl7":
            serve_python_hl7(port)
        else:
            serve_hl7apy(port)
        return 0
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--targets", default=",".join(TARGETS))
    parser.add_argument("--kinds", default="adt,oru")
    parser.add_argument("--messages", type=int, default=0, help="per target and kind (default: per target)")
    parser.add_argument("--senders", type=int, default=8)
    parser.add_argument("--postgres-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    print(f"{args.senders} senders, persistent connections (hl7apy: one connection per message), loopback")
    header = f"{'target':18} {'kind':4} {'bytes':>6} {'msgs':>6} {'msg/s':>8} {'p50 ms':>7} {'p99 ms':>7}  check"
    print(header)
    ok = True
    for kind in args.kinds.split(","):
        for target in args.targets.split(","):
            count = args.messages or DEFAULT_MESSAGES[target]
            r = run_target(target, kind, count, args.senders, args.postgres_url)
            check = "ok" if not r["failures"] else f"{r['failures']} bad ACKs"
            if r["stored"] is not None:
                check += f", {r['stored']} rows" + ("" if r["stored"] == count else " (MISMATCH)")
                ok = ok and r["stored"] == count
            ok = ok and not r["failures"]
            print(
                f"{target:18} {kind:4} {r['size']:>6} {count:>6} {r['rate']:>8.0f} "
                f"{r['p50_ms']:>7.2f} {r['p99_ms']:>7.2f}  {check}",
                flush=True,
            )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
