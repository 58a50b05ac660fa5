"""Kill -9 the listener mid-stream: every message that got AA is in the database; after a restart
the sender resends what it has no ACK for, and nothing is processed twice."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy

from connectors.mllp.client import MllpError, SyncMllpClient
from tests.test_mllp_server import adt

TOTAL = 1000
SENDERS = 4
KILL_AFTER = 400

# The listener as an operator runs it (run_mllp: blocking, signals), in its own process. The
# dispatcher is a no-op: this test is about the store, and dispatch errors never block an ACK.
SCRIPT = """
import sys
from pathlib import Path
from integration.settings import Settings, TaskMode
from medgo_bridge.wiring import build_services
from connectors.mllp.server import run_mllp

class NoDispatch:
    def ingest(self, _id): pass
    draft = deliver = ingest

settings = Settings(
    data_dir=Path(sys.argv[1]), database_url=sys.argv[2], task_mode=TaskMode.celery,
    mllp_host="127.0.0.1", mllp_port=int(sys.argv[3]),
)
services = build_services(settings, dispatch="celery", resume=False)
services.dispatcher = NoDispatch()
run_mllp(services)
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(tmp: Path, url: str, port: int) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEDGO_")}
    proc = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(tmp / "data"), url, str(port)],
        cwd=tmp,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return proc
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError("listener process exited at start-up") from None
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("listener did not start")


def _stored(url: str) -> list[Any]:
    engine = sqlalchemy.create_engine(url)
    try:
        with engine.connect() as conn:
            return list(
                conn.execute(sqlalchemy.text("SELECT control_id, status, duplicate_count FROM inbound_messages"))
            )
    finally:
        engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_acknowledged_messages_survive_sigkill_and_resends_are_not_processed_twice(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'data' / 'medgo.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
    port = _free_port()
    messages = {f"K{i:04d}": adt(f"K{i:04d}") for i in range(TOTAL)}
    ids = list(messages)
    acked: set[str] = set()
    lock = threading.Lock()
    proc = _start(tmp_path, url, port)

    def stream(part: list[str]) -> None:
        client = SyncMllpClient("127.0.0.1", port, timeout_s=10)
        try:
            for control_id in part:
                try:
                    ack = client.send(messages[control_id])
                except MllpError:
                    return  # the listener died: everything from here on is unacknowledged
                assert (ack.code, ack.control_id) == ("AA", control_id)
                with lock:
                    acked.add(control_id)
        finally:
            client.close()

    threads = [threading.Thread(target=stream, args=(ids[k::SENDERS],)) for k in range(SENDERS)]
    for t in threads:
        t.start()
    while len(acked) < KILL_AFTER and any(t.is_alive() for t in threads):
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    for t in threads:
        t.join(30)

    stored_at_kill = {r.control_id for r in _stored(url)}
    assert KILL_AFTER <= len(acked) < TOTAL, "the kill must land mid-stream"
    assert acked <= stored_at_kill, "an acknowledged message was lost"

    # Restart; resend everything without an ACK, plus some that were acknowledged (a sender
    # that could not tell), one connection, in order.
    proc = _start(tmp_path, url, port)
    resend = [i for i in ids if i not in acked] + sorted(acked)[:25]
    try:
        with SyncMllpClient("127.0.0.1", port, timeout_s=10) as client:
            for control_id in resend:
                ack = client.send(messages[control_id])
                assert (ack.code, ack.control_id) == ("AA", control_id)
    finally:
        proc.send_signal(signal.SIGTERM)  # graceful stop
        assert proc.wait(30) == 0

    final = _stored(url)
    assert sorted(r.control_id for r in final) == ids  # each stored exactly once
    assert {r.status for r in final} == {"accepted"}
    already = {i for i in resend if i in stored_at_kill}
    assert sum(r.duplicate_count for r in final) == len(already)  # resends counted, not reprocessed
