"""Failure drills on real processes: lose the broker, kill a worker, take the database away.

Each drill starts its own stack as an operator runs it: a dedicated ``redis-server`` on a free port
(started without persistence, so a restart comes back empty), the API (``medgo-bridge serve``), the
MLLP listener (``medgo-bridge mllp``), Celery workers on all queues (``medgo-bridge worker``) and the
scheduler that runs the reconciler (``medgo-bridge scheduler``), all pointed at PostgreSQL through a
small TCP proxy that the test can switch to refusing connections. The model server and the EMR are
the simulators from ``conftest.py``; the EMR's store tells how many DocumentReferences each draft got.

Senders behave like interface engines: a message is resent until it is acknowledged (HTTP 202/200,
HL7 AA/CA). Every drill ends with the same audit: each acknowledged message is in the database once,
has one job, one draft, one delivered delivery and exactly one DocumentReference (and Provenance) in
the EMR, counted per draft identifier; nothing failed or dead-lettered; messages in = notes out.

Deselect with ``-m "not drills"``. The figures (messages, resends, recovery times) are printed; run
with ``-s`` to see them.
"""

from __future__ import annotations

import collections
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import httpx
import pytest
import redis
from cryptography.fernet import Fernet
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from connectors.mllp.client import MllpError, SyncMllpClient
from integration import apikeys, db
from integration.db import session_scope
from integration.documents import IDENTIFIER_SYSTEM
from integration.models import Delivery, Draft, InboundMessage, Job
from tests.conftest import ROOT, SAMPLES, unavailable

pytestmark = [pytest.mark.services, pytest.mark.drills]

DB_OUTAGE_S = float(os.environ.get("MEDGO_DRILL_DB_OUTAGE_S", "30"))
BROKER_OUTAGE_S = 5.0
DEADLINE_S = 240.0  # generous: the machine is shared; a healthy run needs a fraction of it


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(predicate: Callable[[], bool], timeout: float, what: str, detail: Callable[[], str] | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.25)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}\n{detail() if detail else ''}")


# --- the broker: a redis-server of our own --------------------------------------------------------


class RedisServer:
    """A redis-server on its own port, without RDB or AOF: killed and restarted, it comes back empty."""

    def __init__(self, workdir: Path) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            unavailable("redis-server is not installed")
        self.binary = binary
        self.port = _free_port()
        self.workdir = workdir
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        with (self.workdir / "redis.log").open("ab") as log:
            self._spawn(log)
        client = self.client()
        wait_for(lambda: self._ping(client), 20, "redis-server to answer")

    def _spawn(self, log: IO[bytes]) -> None:
        # No RDB snapshots, no AOF: what the server holds dies with it.
        args = ["--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self.proc = subprocess.Popen(
            [self.binary, *args, "--dir", str(self.workdir)],
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def _ping(self, client: redis.Redis) -> bool:
        assert self.proc is not None
        if self.proc.poll() is not None:
            raise RuntimeError(f"redis-server exited with {self.proc.returncode}")
        try:
            return bool(client.ping())
        except redis.RedisError:
            return False

    def client(self) -> redis.Redis:
        return redis.Redis(host="127.0.0.1", port=self.port, socket_connect_timeout=1, socket_timeout=2)

    def kill(self) -> None:
        """Hard stop: everything it held (queued and unacknowledged tasks) is gone."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)

    def held(self) -> dict[str, int]:
        """Tasks the broker holds: waiting per queue, and delivered to a worker but not yet acknowledged."""
        client = self.client()
        held = {q: int(client.llen(q)) for q in ("ingest", "inference", "delivery")}
        held["unacked"] = int(client.hlen("unacked"))
        return held


# --- the database: a proxy that can refuse connections ---------------------------------------------


class DbProxy:
    """TCP proxy in front of PostgreSQL. ``refuse()`` closes the listening socket (connections are
    refused, as from a server that is down) and cuts every open connection; ``restore()`` listens again
    on the same port. The shared server itself is never touched."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.port = _free_port()
        self._lock = threading.Lock()
        self._conns: set[socket.socket] = set()
        self._listener: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self.refused_since: float | None = None

    def start(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(128)
        listener.settimeout(0.2)
        self._listener = listener
        self._thread = threading.Thread(target=self._accept_loop, args=(listener,), daemon=True, name="db-proxy")
        self._thread.start()

    def _accept_loop(self, listener: socket.socket) -> None:
        while self._listener is listener:
            try:
                client, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                server = socket.create_connection(self.upstream, timeout=5)
            except OSError:
                client.close()
                continue
            client.settimeout(None)
            server.settimeout(None)
            with self._lock:
                if self._listener is not listener:  # refused meanwhile
                    client.close()
                    server.close()
                    return
                self._conns |= {client, server}
            for src, dst in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(src, dst), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            self._close(src)
            self._close(dst)

    def _close(self, sock: socket.socket) -> None:
        with self._lock:
            self._conns.discard(sock)
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
        sock.close()

    def refuse(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        with self._lock:
            conns = list(self._conns)
        for sock in conns:
            self._close(sock)
        self.refused_since = time.monotonic()

    def restore(self) -> None:
        self.start()
        self.refused_since = None

    def stop(self) -> None:
        self.refuse()


# --- what the senders send ------------------------------------------------------------------------


@dataclass
class Message:
    key: str  # Bundle.id or MSH-10
    protocol: str  # "fhir" or "hl7v2"
    payload: bytes
    acked_at: float | None = None
    sends: int = 0
    answers: list[tuple[float, str]] = field(default_factory=list)  # (time, "202" / "500" / "CA" / "no-ack")
    latency_s: list[float] = field(default_factory=list)  # of each send, until its answer


def fhir_bundle(tag: str, i: int) -> bytes:
    """The shipped discharge sample as a new patient: every resource id and the Bundle.id are unique."""
    raw = (SAMPLES / "en_discharge.json").read_text(encoding="utf-8")
    return raw.replace("4f1d2c3b", f"{tag}{i:07x}").replace("sample-en-discharge-1", f"drill-{tag}-{i}").encode()


def hl7_admission(tag: str, i: int) -> bytes:
    """ADT^A01 of a new inpatient (own MRN and visit number): one admission differential each."""
    segments = [
        f"MSH|^~\\&|HIS|DRILL|MEDGO|JCH|20260117102000+0800||ADT^A01^ADT_A01|DRILL-{tag}-{i}|P|2.5|||AL|NE|CHN|"
        "UNICODE UTF-8",
        "EVN|A01|20260117102000+0800",
        f"PID|1||ZY{tag}{i:05d}^^^JCH^MR||王^秀英^^^^^L||19560317|F|||五一大道100号^^江城市^湖南省^410000^CHN||13812345678",
        "PV1|1|I|RESP^301^2^JCH||||1001^张^伟^^^^^^JCH||||||||||||"
        f"V{tag}{i:05d}^^^JCH^VN|||||||||||||||||||||||||20260117102000+0800",
        "DG1|1||J18.9^肺炎^I10||20260117|A",
    ]
    return ("\r".join(segments) + "\r").encode()


def messages(tag: str, fhir: int, hl7: int) -> list[Message]:
    out = [Message(f"drill-{tag}-{i}", "fhir", fhir_bundle(tag, i)) for i in range(fhir)]
    return out + [Message(f"DRILL-{tag}-{i}", "hl7v2", hl7_admission(tag, i)) for i in range(hl7)]


class Sender(threading.Thread):
    """An interface engine: sends its messages in order, each resent until acknowledged."""

    def __init__(self, bridge: Bridge, batch: list[Message], pace_s: float) -> None:
        super().__init__(daemon=True)
        self.bridge, self.batch, self.pace_s = bridge, batch, pace_s
        self.error: BaseException | None = None

    def run(self) -> None:
        http = httpx.Client(timeout=30, trust_env=False)
        mllp = SyncMllpClient("127.0.0.1", self.bridge.mllp_port, timeout_s=20, connect_timeout_s=5)
        try:
            for message in self.batch:
                self._until_acked(message, http, mllp)
                time.sleep(self.pace_s)
        except BaseException as exc:
            self.error = exc
        finally:
            http.close()
            mllp.close()

    def _until_acked(self, message: Message, http: httpx.Client, mllp: SyncMllpClient) -> None:
        deadline = time.monotonic() + DEADLINE_S
        while time.monotonic() < deadline:
            message.sends += 1
            sent_at = time.monotonic()
            answer = self._send(message, http) if message.protocol == "fhir" else self._send_hl7(message, mllp)
            now = time.monotonic()
            message.answers.append((now, answer))
            message.latency_s.append(now - sent_at)
            if answer in ("202", "200", "AA", "CA"):
                message.acked_at = now
                return
            time.sleep(0.5)  # an engine waits a little, then resends what has no acknowledgement
        raise AssertionError(f"{message.key} was never acknowledged")

    def _send(self, message: Message, http: httpx.Client) -> str:
        try:
            resp = http.post(
                f"{self.bridge.api_url}/fhir",
                content=message.payload,
                headers={"Content-Type": "application/fhir+json", "Authorization": f"Bearer {self.bridge.key}"},
            )
        except httpx.TransportError:
            return "no-answer"
        return str(resp.status_code)

    def _send_hl7(self, message: Message, mllp: SyncMllpClient) -> str:
        try:
            ack = mllp.send(message.payload)
        except MllpError:
            return "no-ack"  # the listener closed the connection without an ACK (or never answered)
        assert ack.control_id == message.key
        return str(ack.code)


# --- the stack --------------------------------------------------------------------------------------


class Bridge:
    """API, MLLP listener, workers and scheduler as subprocesses; the database behind ``proxy``."""

    def __init__(
        self, tmp: Path, postgres_url: str, broker: RedisServer, proxy: DbProxy, emr: Any, llm: Any, **env: str
    ) -> None:
        self.tmp = tmp
        # The processes reach the database through the proxy; the test itself (the audit) goes direct.
        proxied = make_url(postgres_url).set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
        self.api_port, self.mllp_port = _free_port(), _free_port()
        self.api_url = f"http://127.0.0.1:{self.api_port}"
        self.env = {
            "MEDGO_DATABASE_URL": proxied,
            "MEDGO_AUTO_MIGRATE": "false",
            "MEDGO_BROKER_URL": broker.url,
            "MEDGO_TASK_MODE": "celery",
            "MEDGO_EMR_FHIR_URL": emr.url,
            "MEDGO_LLM_URL": llm.url,
            "MEDGO_DATA_DIR": str(tmp / "data"),
            "MEDGO_VAULT_KEY": Fernet.generate_key().decode(),
            "MEDGO_MLLP_HOST": "127.0.0.1",
            "MEDGO_MLLP_PORT": str(self.mllp_port),
            "MEDGO_BROKER_VISIBILITY_TIMEOUT_S": "8",
            "MEDGO_DELIVERY_LEASE_S": "4",
            "MEDGO_TASK_RETRY_BACKOFF_S": "0.2",
            "MEDGO_TASK_RETRY_BACKOFF_MAX_S": "2",
            "MEDGO_RECONCILE_INTERVAL_S": "2",
            "MEDGO_RECONCILE_AFTER_S": "10",
            "MEDGO_RETENTION_INTERVAL_S": "0",
            "MEDGO_LOG_LEVEL": "WARNING",
            **env,
        }
        db.upgrade(postgres_url)
        self.engine = db.make_engine(postgres_url)
        self.sessions = db.make_session_factory(self.engine)
        with session_scope(self.sessions) as session:
            self.key = apikeys.create(session, "drill-emr")
        self.procs: dict[str, subprocess.Popen[bytes]] = {}
        self._logs: list[IO[bytes]] = []

    def start(self, name: str, *args: str) -> subprocess.Popen[bytes]:
        log = (self.tmp / f"{name}.log").open("ab")
        self._logs.append(log)
        env = {k: v for k, v in os.environ.items() if not k.startswith("MEDGO_")}
        proc = subprocess.Popen(
            [sys.executable, "-m", "medgo_bridge", *args],
            cwd=ROOT,
            env={**env, **self.env},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: SIGKILL takes a worker's pool children too
        )
        self.procs[name] = proc
        return proc

    def start_worker(self, name: str) -> subprocess.Popen[bytes]:
        return self.start(name, "worker", "--concurrency", "2", "--loglevel", "WARNING")

    def start_all(self) -> None:
        self.start("api", "serve", "--port", str(self.api_port))
        self.start("mllp", "mllp")
        self.start_worker("worker-1")
        self.start("scheduler", "scheduler", "--loglevel", "WARNING")
        with httpx.Client(timeout=2, trust_env=False) as client:
            wait_for(lambda: self._answers(client), 90, "the API to answer", self.state)
        wait_for(self._listening, 90, "the MLLP listener", self.state)

    def _answers(self, client: httpx.Client) -> bool:
        self._check_alive()
        try:
            return client.get(f"{self.api_url}/healthz").status_code == 200
        except httpx.TransportError:
            return False

    def _listening(self) -> bool:
        self._check_alive()
        try:
            socket.create_connection(("127.0.0.1", self.mllp_port), timeout=1).close()
            return True
        except OSError:
            return False

    def _check_alive(self) -> None:
        for name, proc in self.procs.items():
            if proc.poll() is not None and name.startswith(("api", "mllp", "scheduler")):
                raise AssertionError(f"{name} exited with {proc.returncode}\n{self.logs()}")

    def kill(self, name: str) -> None:
        proc = self.procs[name]
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)

    def close(self) -> None:
        for name in list(self.procs):
            self.kill(name)
        for log in self._logs:
            log.close()
        self.engine.dispose()

    def count(self, stmt: Any) -> int:
        with session_scope(self.sessions) as session:
            return int(session.scalar(stmt) or 0)

    def delivered(self) -> int:
        return self.count(select(func.count()).select_from(Delivery).where(Delivery.state == "delivered"))

    def log_lines(self, needle: str, *names: str) -> list[str]:
        """Lines of the named processes' logs containing ``needle``."""
        return [
            line
            for name in names
            if (self.tmp / f"{name}.log").exists()
            for line in (self.tmp / f"{name}.log").read_text(errors="replace").splitlines()
            if needle in line
        ]

    def logs(self) -> str:
        return "".join(
            f"--- {p.name} ---\n{p.read_text(errors='replace')[-2500:]}\n" for p in sorted(self.tmp.glob("*.log"))
        )

    def state(self) -> str:
        with session_scope(self.sessions) as session:
            msgs = collections.Counter(session.scalars(select(InboundMessage.status)))
            jobs = collections.Counter(session.scalars(select(Job.state)))
            dels = collections.Counter(session.scalars(select(Delivery.state)))
            errors = {e for e in session.scalars(select(Job.error)) if e}
        return f"messages={dict(msgs)} jobs={dict(jobs)} deliveries={dict(dels)} errors={errors}\n{self.logs()}"


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path / "redis")
    server.start()
    yield server
    server.kill()


@pytest.fixture
def db_proxy(postgres_admin_url: str) -> Iterator[DbProxy]:
    url = make_url(postgres_admin_url)
    proxy = DbProxy((url.host or "127.0.0.1", url.port or 5432))
    proxy.start()
    yield proxy
    proxy.stop()


@pytest.fixture
def make_bridge(
    tmp_path: Path, postgres_url: str, broker: RedisServer, db_proxy: DbProxy, emr: Any, llm: Any
) -> Iterator[Callable[..., Bridge]]:
    built: list[Bridge] = []

    def make(**env: str) -> Bridge:
        bridge = Bridge(tmp_path, postgres_url, broker, db_proxy, emr, llm, **env)
        built.append(bridge)
        return bridge

    yield make
    for bridge in built:
        bridge.close()


# --- the audit every drill ends with ----------------------------------------------------------------


def _note_identifier(doc: dict[str, Any]) -> str:
    values = [i["value"] for i in doc.get("identifier", []) if i.get("system") == IDENTIFIER_SYSTEM]
    assert len(values) == 1, "a delivered DocumentReference carries exactly one draft identifier"
    return str(values[0])


def audit(bridge: Bridge, sent: list[Message], emr: Any) -> dict[str, int]:
    """Every acknowledged message -> one job -> one draft -> one delivered note; counts in == counts out."""
    acked = [m for m in sent if m.acked_at is not None]
    assert len(acked) == len(sent), "every message was acknowledged in the end (senders resend until ACK)"
    per_uuid = collections.Counter(_note_identifier(d) for d in emr.resources("DocumentReference"))
    provenance = emr.resources("Provenance")
    with session_scope(bridge.sessions) as session:
        rows = {
            (m.protocol, m.control_id): m
            for m in session.scalars(select(InboundMessage).where(InboundMessage.status != "rejected"))
        }
        assert len(rows) == len(acked), "exactly one stored row per distinct acknowledged message"
        for message in acked:
            row = rows[(message.protocol, message.key)]
            assert row.status == "processed", f"{message.key}: {row.status} {row.error}"
            jobs = list(session.scalars(select(Job).where(Job.trigger_message_id == row.id)))
            assert len(jobs) == 1, f"{message.key}: {len(jobs)} jobs"
            assert jobs[0].state == "delivered", f"{message.key}: job {jobs[0].state} {jobs[0].error}"
            draft = session.scalars(select(Draft).where(Draft.job_id == jobs[0].id)).one()
            delivery = session.scalars(select(Delivery).where(Delivery.draft_id == draft.id)).one()
            assert delivery.state == "delivered"
            assert per_uuid[f"urn:uuid:{draft.uuid}"] == 1, f"{message.key}: {per_uuid[f'urn:uuid:{draft.uuid}']} notes"
        counts = {
            "acknowledged": len(acked),
            "stored": len(rows),
            "jobs": int(session.scalar(select(func.count()).select_from(Job)) or 0),
            "drafts": int(session.scalar(select(func.count()).select_from(Draft)) or 0),
            "delivered": int(
                session.scalar(select(func.count()).select_from(Delivery).where(Delivery.state == "delivered")) or 0
            ),
            "emr_documents": sum(per_uuid.values()),
            "emr_provenance": len(provenance),
            "duplicates_acked_again": int(session.scalar(select(func.sum(InboundMessage.duplicate_count))) or 0),
        }
    assert max(per_uuid.values()) == 1, "no draft was written to the EMR twice"
    in_out = {k: v for k, v in counts.items() if k != "duplicates_acked_again"}
    assert set(in_out.values()) == {len(sent)}, f"counts in must equal counts out: {counts}"
    return counts


def warm_up(bridge: Bridge, batch: list[Message]) -> list[Message]:
    """Send one message per protocol and wait for their notes: the whole stack is up and working.
    Returns the rest of the batch, for the stream the failure is injected into."""
    first = [next(m for m in batch if m.protocol == p) for p in ("fhir", "hl7v2")]
    sender = Sender(bridge, first, 0.0)
    sender.start()
    sender.join(DEADLINE_S)
    assert sender.error is None, sender.error
    wait_for(lambda: bridge.delivered() >= len(first), DEADLINE_S, "the warm-up notes", bridge.state)
    return [m for m in batch if m not in first]


def stream(bridge: Bridge, batch: list[Message], pace_s: float) -> list[Sender]:
    """One sender per protocol, as two interface engines would send."""
    senders = [Sender(bridge, [m for m in batch if m.protocol == p], pace_s) for p in ("fhir", "hl7v2")]
    for s in senders:
        s.start()
    return senders


def dropped_tasks(bridge: Bridge, *workers: str) -> list[str]:
    """Step tasks a worker ended with an exception: Celery acknowledges those and forgets them."""
    steps = ("ingest_message", "draft_job", "deliver_draft")
    return [
        line
        for line in bridge.log_lines("raised unexpected", *workers)
        if any(f"Task medgo.{step}[" in line for step in steps)
    ]


def acked(batch: list[Message]) -> int:
    return sum(m.acked_at is not None for m in batch)


def report(drill: str, figures: dict[str, Any]) -> None:
    print(f"\n[drill {drill}] " + ", ".join(f"{k}={v}" for k, v in figures.items()))


# --- Drill A: Redis stopped mid-stream and restarted empty -------------------------------------------


def test_drill_a_broker_lost_mid_stream_and_restarted_empty(
    make_bridge: Callable[..., Bridge], broker: RedisServer, emr: Any, llm: Any
) -> None:
    bridge = make_bridge()
    llm.set_faults(latency_s=0.4)  # the model takes a moment: work piles up in the broker
    bridge.start_all()
    batch = messages("a", fhir=12, hl7=12)
    rest = warm_up(bridge, batch)
    before, during, after = rest[0::3], rest[1::3], rest[2::3]  # each part: both protocols
    senders = stream(bridge, before, 0.2)
    # Mid-stream: half of the first part acknowledged, work queued and in the workers' hands.
    wait_for(lambda: acked(before) >= len(before) // 2, DEADLINE_S, "the stream to be under way", bridge.state)
    broker.client().set("drill:sentinel", "1")
    held = broker.held()
    broker.kill()
    down_at = time.monotonic()
    senders += stream(bridge, during, 0.2)
    for s in senders:
        s.join(DEADLINE_S)
        assert s.error is None, s.error
    time.sleep(max(0.0, BROKER_OUTAGE_S - (time.monotonic() - down_at)))
    broker.start()  # same port, nothing persisted
    up_at = time.monotonic()
    assert broker.client().get("drill:sentinel") is None, "the broker came back empty"
    senders = stream(bridge, after, 0.2)
    for s in senders:
        s.join(DEADLINE_S)
        assert s.error is None, s.error
    wait_for(lambda: bridge.delivered() >= len(batch), DEADLINE_S, "every note delivered", bridge.state)
    recovered_s = time.monotonic() - up_at
    time.sleep(3)  # a late duplicate would show up now
    counts = audit(bridge, batch, emr)
    # The listeners acknowledged on the database commit alone, with no broker, at the first try...
    acked_while_down = [m for m in rest if m.acked_at is not None and down_at < m.acked_at < up_at]
    assert {m.key for m in during} <= {m.key for m in acked_while_down}
    assert all(m.answers[0][1] in ("202", "CA") for m in acked_while_down)
    # ... and their publishes really failed: the reconciler is what brought that work to the workers.
    publish_failed = bridge.log_lines("broker publish failed", "api", "mllp")
    assert publish_failed
    report(
        "A (broker lost)",
        {
            "messages": len(batch),
            "broker_held_at_kill": held,
            "acked_while_broker_down": len(acked_while_down),
            "ack_latency_while_down_max_s": round(max(m.latency_s[0] for m in acked_while_down), 2),
            "publishes_failed": len(publish_failed),
            "broker_down_s": round(up_at - down_at, 1),
            "recovery_s": round(recovered_s, 1),
            **counts,
        },
    )


# --- Drill B: a worker killed while it holds a task --------------------------------------------------


def test_drill_b_worker_killed_mid_job(make_bridge: Callable[..., Bridge], emr: Any, llm: Any) -> None:
    # The reconciler waits longer than this drill lasts: the broker's redelivery of the unacknowledged
    # task (acks_late, visibility timeout) must bring the job back on its own.
    bridge = make_bridge(MEDGO_RECONCILE_AFTER_S="600")
    llm.set_faults(latency_s=0.3)
    bridge.start_all()
    batch = messages("b", fhir=4, hl7=4)
    rest = warm_up(bridge, batch)
    llm.set_faults(latency_s=6.0)  # now each draft holds its worker for 6 s: time to kill it mid-call
    senders = stream(bridge, rest, 0.0)
    wait_for(lambda: llm.state.in_flight >= 1, DEADLINE_S, "a model call in flight", bridge.state)
    in_flight_before = llm.state.in_flight
    calls_before = len(llm.chat_requests())
    bridge.kill("worker-1")
    killed_at = time.monotonic()
    llm.set_faults(latency_s=0.3)
    for s in senders:
        s.join(DEADLINE_S)
        assert s.error is None, s.error
    bridge.start_worker("worker-2")
    wait_for(lambda: bridge.delivered() >= len(batch), DEADLINE_S, "every note delivered", bridge.state)
    recovered_s = time.monotonic() - killed_at
    time.sleep(3)
    counts = audit(bridge, batch, emr)
    # The killed calls were redone, by the rescue worker, which dropped no task.
    calls = len(llm.chat_requests())
    assert calls >= counts["drafts"] + 1, (calls, counts)
    assert not dropped_tasks(bridge, "worker-2")
    report(
        "B (worker killed)",
        {
            "messages": len(batch),
            "model_calls_in_flight_at_kill": in_flight_before,
            "model_calls_before_kill": calls_before,
            "model_calls_total": calls,
            "recovery_s": round(recovered_s, 1),
            **counts,
        },
    )


# --- Drill C: the database refuses connections for 30 s ----------------------------------------------


def test_drill_c_database_refuses_connections_for_30s(
    make_bridge: Callable[..., Bridge], db_proxy: DbProxy, emr: Any, llm: Any
) -> None:
    # The reconciler waits longer than this drill lasts: work in flight when the database goes away
    # must be carried across the outage by the workers' own retries, not found again later.
    bridge = make_bridge(MEDGO_RECONCILE_AFTER_S="600")
    llm.set_faults(latency_s=0.4)
    bridge.start_all()
    batch = messages("c", fhir=8, hl7=8)
    rest = warm_up(bridge, batch)
    senders = stream(bridge, rest, 0.5)
    wait_for(lambda: acked(rest) >= len(rest) // 3, DEADLINE_S, "a third of the stream acknowledged", bridge.state)
    db_proxy.refuse()
    down_at = time.monotonic()
    time.sleep(DB_OUTAGE_S)
    db_proxy.restore()
    up_at = time.monotonic()
    for s in senders:
        s.join(DEADLINE_S)
        assert s.error is None, s.error
    wait_for(lambda: bridge.delivered() >= len(batch), DEADLINE_S, "every note delivered", bridge.state)
    recovered_s = time.monotonic() - up_at
    time.sleep(3)
    counts = audit(bridge, batch, emr)

    # No acknowledgement without a durable commit: nothing was acknowledged while the database refused.
    answers = [(t, a, m.protocol) for m in batch for t, a in m.answers]
    during = [(a, p) for t, a, p in answers if down_at + 1.0 < t < up_at]
    assert during, "senders kept trying during the outage"
    assert not [a for a, _ in during if a in ("202", "200", "AA", "CA")], during
    refused = collections.Counter(a for a, _ in during)
    assert any(a.startswith("5") for a, p in during if p == "fhir"), refused
    assert any(a == "no-ack" for a, p in during if p == "hl7v2"), refused
    # Workers waited for the database (retries that do not count) and dropped no task.
    waited = bridge.log_lines("step waits for the database", "worker-1")
    dropped = dropped_tasks(bridge, "worker-1")
    assert not dropped, dropped[:3]
    report(
        "C (database refused)",
        {
            "messages": len(batch),
            "outage_s": round(up_at - down_at, 1),
            "refused_answers_during_outage": dict(refused),
            "resends": sum(m.sends for m in batch) - len(batch),
            "step_retries_waiting_for_db": len(waited),
            "recovery_s": round(recovered_s, 1),
            **counts,
        },
    )
