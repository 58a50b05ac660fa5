"""The MLLP listener end to end over real sockets: durable before acknowledged, duplicates, limits,
TLS, Chinese text byte-exact; plus the sender (correlation, retries) and ``send-hl7``."""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy

from connectors.mllp.ack import AckResult, parse_ack
from connectors.mllp.client import (
    AckTimeout,
    ConnectionLost,
    MllpClient,
    RetryPolicy,
    SyncMllpClient,
    client_ssl_context,
    deliver,
)
from connectors.mllp.framing import Frame, FrameDecoder, frame
from connectors.mllp.send import send_files
from connectors.mllp.server import RunningServer, is_allowed, parse_allow
from integration.errors import TransientError

NAME = "王^秀英"  # a fictional patient


def adt(
    control_id: str,
    *,
    name: str = "DOE^JANE",
    charset: str = "",
    encoding: str = "utf-8",
    msh15: str = "",
    extra: str = "",
) -> bytes:
    msh = f"MSH|^~\\&|ADT|HOSP|MEDGO|AI|20260512083000||ADT^A01^ADT_A01|{control_id}|P|2.5.1|||{msh15}|||{charset}"
    pid = f"PID|1||MRN-{control_id}^^^HOSP^MR||{name}||19610402|F{extra}"
    return f"{msh}\rEVN|A01|20260512083000\r{pid}\rPV1|1|I|W1^101^1\r".encode(encoding)


class Recorder:
    """Stands in for the task dispatcher: records what was handed over after each commit."""

    def __init__(self, fail: bool = False) -> None:
        self.ids: list[int] = []
        self.fail = fail

    def ingest(self, message_id: int) -> None:
        self.ids.append(message_id)
        if self.fail:
            raise TransientError("broker down")

    def draft(self, job_id: int) -> None:
        pass

    def deliver(self, draft_id: int) -> None:
        pass


def embedded(make_services: Any, **overrides: Any) -> Any:
    services = make_services(**overrides)
    services.dispatcher.close()
    services.dispatcher = Recorder()
    return services


@contextmanager
def serve(services: Any, **kwargs: Any) -> Iterator[RunningServer]:
    server = RunningServer(services, host="127.0.0.1", port=0, **kwargs)
    try:
        yield server
    finally:
        server.stop()


class Peer:
    """A raw MLLP peer on a plain socket, for what a well-behaved client would never do."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.decoder = FrameDecoder(1 << 20)
        self.frames: list[bytes] = []

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def read(self, count: int) -> list[bytes]:
        while len(self.frames) < count:
            data = self.sock.recv(65536)
            if not data:
                raise ConnectionError("closed")
            self.frames += [e.payload for e in self.decoder.feed(data) if isinstance(e, Frame)]
        out, self.frames = self.frames[:count], self.frames[count:]
        return out

    def closed_by_server(self, timeout: float = 10.0) -> bool:
        self.sock.settimeout(timeout)
        try:
            return self.sock.recv(1) == b""
        except ConnectionResetError:
            return True
        except TimeoutError:
            return False

    def close(self) -> None:
        self.sock.close()


def rows(services: Any, where: str = "1=1", **params: Any) -> list[Any]:
    """Read through a separate engine: what another process would see, committed only."""
    engine = sqlalchemy.create_engine(services.settings.effective_database_url)
    try:
        with engine.connect() as conn:
            return list(
                conn.execute(
                    sqlalchemy.text(
                        "SELECT id, control_id, status, raw, duplicate_count, flags, error, error_location, source "
                        f"FROM inbound_messages WHERE {where} ORDER BY id"
                    ),
                    params,
                )
            )
    finally:
        engine.dispose()


# --- durability and acknowledgement -------------------------------------------------------------


def test_many_messages_on_one_connection_each_acked_only_once_visible(make_services: Any) -> None:
    services = embedded(make_services)
    engine = sqlalchemy.create_engine(services.settings.effective_database_url)
    with serve(services) as server, SyncMllpClient("127.0.0.1", server.port, timeout_s=10) as client:
        for i in range(40):
            ack = client.send(adt(f"M{i:03d}"))
            assert (ack.code, ack.control_id, ack.error_codes) == ("AA", f"M{i:03d}", ())
            with engine.connect() as conn:  # a separate connection sees the row the moment we hold the ACK
                stored = conn.execute(
                    sqlalchemy.text("SELECT status FROM inbound_messages WHERE control_id = :c"), {"c": f"M{i:03d}"}
                ).scalar()
            assert stored == "accepted"
        assert server.server.stats.connections == 1
    engine.dispose()
    stored_rows = rows(services)
    assert len(stored_rows) == 40
    assert services.dispatcher.ids == [r.id for r in stored_rows]  # handed over after commit, each once


def test_pipelined_messages_are_acked_in_order(make_services: Any) -> None:
    services = embedded(make_services)
    with serve(services) as server:
        peer = Peer(server.port)
        peer.send(b"".join(frame(adt(f"P{i}")) for i in range(25)))
        acks = [parse_ack(a) for a in peer.read(25)]
        peer.close()
    assert [a.control_id for a in acks] == [f"P{i}" for i in range(25)]
    assert {a.code for a in acks} == {"AA"}


def test_duplicate_is_acked_again_and_stored_once(make_services: Any) -> None:
    services = embedded(make_services)
    message = adt("DUP1")
    with serve(services) as server, SyncMllpClient("127.0.0.1", server.port) as client:
        first, second, third = (client.send(message) for _ in range(3))
    assert [a.code for a in (first, second, third)] == ["AA", "AA", "AA"]
    (row,) = rows(services)
    assert row.duplicate_count == 2
    assert services.dispatcher.ids == [row.id]  # processed once


def test_same_control_id_other_content_is_processed_and_flagged(make_services: Any) -> None:
    services = embedded(make_services)
    with serve(services) as server, SyncMllpClient("127.0.0.1", server.port) as client:
        assert client.send(adt("SAME", name="DOE^JANE")).code == "AA"
        assert client.send(adt("SAME", name="ROE^RICHARD")).code == "AA"
    first, second = rows(services)
    assert (first.status, second.status) == ("accepted", "accepted")
    assert "control-id-reused" in str(second.flags)
    assert services.dispatcher.ids == [first.id, second.id]


def test_dispatch_failure_does_not_withhold_the_ack(make_services: Any) -> None:
    services = embedded(make_services)
    services.dispatcher = Recorder(fail=True)
    with serve(services) as server, SyncMllpClient("127.0.0.1", server.port) as client:
        assert client.send(adt("BROKER-DOWN")).code == "AA"
    assert len(rows(services)) == 1


def test_failed_store_is_never_acknowledged(make_services: Any, caplog: pytest.LogCaptureFixture) -> None:
    services = embedded(make_services)
    with services.engine.begin() as conn:
        conn.execute(
            sqlalchemy.text(
                "CREATE TRIGGER refuse BEFORE INSERT ON inbound_messages BEGIN SELECT RAISE(ABORT, 'refused'); END"
            )
        )
    message = adt("NOSTORE", name="PHISURNAME^GIVEN")
    with serve(services) as server:
        client = SyncMllpClient("127.0.0.1", server.port, timeout_s=10)
        with pytest.raises(ConnectionLost):
            client.send(message)  # closed without any ACK: the sender will resend
        with services.engine.begin() as conn:
            conn.execute(sqlalchemy.text("DROP TRIGGER refuse"))
        assert client.send(message).code == "AA"  # the resend is stored and acknowledged
        client.close()
    assert [r.control_id for r in rows(services)] == ["NOSTORE"]
    logged = " ".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
    assert "store failed" in logged
    assert "PHISURNAME" not in logged


def test_graceful_stop_acknowledges_only_what_it_stored(make_services: Any) -> None:
    services = embedded(make_services)
    server = RunningServer(services, host="127.0.0.1", port=0)
    peer = Peer(server.port)
    peer.send(b"".join(frame(adt(f"G{i:02d}")) for i in range(30)))
    acked = [parse_ack(a).control_id for a in peer.read(1) + peer.frames]
    server.stop()  # stops reading; what is in flight is committed and acknowledged, then it closes
    peer.sock.settimeout(10)
    while True:
        data = peer.sock.recv(65536)
        if not data:
            break
        acked += [parse_ack(e.payload).control_id for e in peer.decoder.feed(data) if isinstance(e, Frame)]
    peer.close()
    stored = {r.control_id for r in rows(services)}
    assert set(acked) <= stored
    assert acked == [f"G{i:02d}" for i in range(len(acked))]  # in order, no gaps


# --- bad input ----------------------------------------------------------------------------------


def test_undecodable_input_is_answered_ae_and_stored_byte_exact(make_services: Any) -> None:
    services = embedded(make_services)
    raw = adt("BAD1", name="DOE^JANE", charset="UNICODE UTF-8").replace(b"JANE", b"JA\xffNE")
    with serve(services) as server, SyncMllpClient("127.0.0.1", server.port) as client:
        ack = client.send(raw)
    assert (ack.code, ack.control_id, ack.error_codes, ack.error_locations) == ("AE", "BAD1", ("102",), ("PID^1^5",))
    (row,) = rows(services)
    assert row.status == "rejected"
    assert bytes(row.raw) == raw
    assert row.error_location == "PID^1^5"
    assert services.dispatcher.ids == []


def test_garbage_never_crashes_the_listener(make_services: Any) -> None:
    services = embedded(make_services)
    junk = [b"", b"\x00\x00\x00", b"MSH", b"MSH|", b"MSH|^~\\&", b"\xff\xfe\xfd" * 50, b"MSH|^~\\&|" + b"|" * 5000]
    with serve(services) as server:
        peer = Peer(server.port)
        peer.send(b"noise\r\n" + b"".join(frame(j) for j in junk) + b"\x0bMSH|half")  # ends mid-frame
        acks = [parse_ack(a) for a in peer.read(len(junk))]
        peer.send(b"\x1c\r" + frame(adt("AFTER")))  # finish the half frame, then a good one
        half, good = (parse_ack(a) for a in peer.read(2))
        peer.close()
    assert [a.code for a in acks] == ["AR"] * len(junk)
    assert half.code == "AR"
    assert (good.code, good.control_id) == ("AA", "AFTER")


def test_oversize_is_rejected_and_the_connection_stays_usable(make_services: Any) -> None:
    services = embedded(make_services, mllp_max_message_bytes=2000)
    big = adt("BIG1", extra="|" + "x" * 10_000)
    with serve(services) as server:
        peer = Peer(server.port)
        peer.send(frame(big))
        (reply,) = peer.read(1)
        peer.send(frame(adt("SMALL1")))
        (after,) = peer.read(1)
        peer.close()
    ack = parse_ack(reply)
    assert (ack.code, ack.control_id, ack.error_codes) == ("AR", "BIG1", ("104",))
    assert (parse_ack(after).code, parse_ack(after).control_id) == ("AA", "SMALL1")
    assert [r.control_id for r in rows(services)] == ["SMALL1"]  # the oversize message was never buffered


# --- connection management ----------------------------------------------------------------------


def test_idle_connection_is_closed(make_services: Any) -> None:
    services = embedded(make_services, mllp_idle_timeout_s=0.3)
    with serve(services) as server:
        peer = Peer(server.port)
        peer.send(frame(adt("I1")))
        assert parse_ack(peer.read(1)[0]).code == "AA"
        assert peer.closed_by_server(timeout=10)
        peer.close()


def test_connection_limit_refuses_extra_connections_cleanly(make_services: Any) -> None:
    services = embedded(make_services, mllp_max_connections=2)
    with serve(services) as server:
        first, second = Peer(server.port), Peer(server.port)
        for i, peer in enumerate((first, second)):  # both are served
            peer.send(frame(adt(f"L{i}")))
            assert parse_ack(peer.read(1)[0]).code == "AA"
        third = Peer(server.port)
        assert third.closed_by_server()
        first.close()
        time.sleep(0.2)  # let the server notice the freed slot
        fourth = Peer(server.port)
        fourth.send(frame(adt("L4")))
        assert parse_ack(fourth.read(1)[0]).code == "AA"
        for peer in (second, third, fourth):
            peer.close()
        assert server.server.stats.refused_connections == 1


def test_allow_list_refuses_other_senders(make_services: Any, caplog: pytest.LogCaptureFixture) -> None:
    services = embedded(make_services, mllp_allow=["10.1.0.0/16", "192.168.7.7"])
    with serve(services) as server:
        peer = Peer(server.port)
        assert peer.closed_by_server()
        peer.close()
    assert rows(services) == []
    assert any(getattr(r, "peer", None) == "127.0.0.1" for r in caplog.records)
    allowed = embedded(make_services, mllp_allow=["127.0.0.1/32"])
    with serve(allowed) as server, SyncMllpClient("127.0.0.1", server.port) as client:
        assert client.send(adt("OK1")).code == "AA"


def test_allow_list_matching() -> None:
    nets = parse_allow(["10.0.0.0/8", "2001:db8::/32", "192.168.1.5"])
    assert is_allowed("10.2.3.4", nets)
    assert is_allowed("::ffff:10.2.3.4", nets)
    assert is_allowed("2001:db8::1", nets)
    assert is_allowed("192.168.1.5", nets)
    assert not is_allowed("192.168.1.6", nets)
    assert not is_allowed("not-an-ip", nets)
    assert is_allowed("203.0.113.9", [])
    with pytest.raises(ValueError, match="not an IP"):
        parse_allow(["hospital.example"])


# --- TLS ----------------------------------------------------------------------------------------


def _certificates(directory: Path) -> dict[str, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.UTC)

    def key() -> ec.EllipticCurvePrivateKey:
        return ec.generate_private_key(ec.SECP256R1())

    def name(cn: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])

    def write(stem: str, cert: x509.Certificate, private: ec.EllipticCurvePrivateKey) -> None:
        (directory / f"{stem}.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        (directory / f"{stem}.key").write_bytes(
            private.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )

    ca_key = key()
    ca = (
        x509.CertificateBuilder()
        .subject_name(name("medgo test CA"))
        .issuer_name(name("medgo test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    write("ca", ca, ca_key)
    for stem, usage, san in (
        ("server", ExtendedKeyUsageOID.SERVER_AUTH, x509.IPAddress(ipaddress.ip_address("127.0.0.1"))),
        ("client", ExtendedKeyUsageOID.CLIENT_AUTH, x509.DNSName("lis.hospital.test")),
    ):
        leaf_key = key()
        leaf = (
            x509.CertificateBuilder()
            .subject_name(name(stem))
            .issuer_name(ca.subject)
            .public_key(leaf_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([san]), critical=False)
            .add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
            .sign(ca_key, hashes.SHA256())
        )
        write(stem, leaf, leaf_key)
    return {p.stem + p.suffix: p for p in directory.iterdir()}


def test_tls(make_services: Any, tmp_path: Path) -> None:
    certs = _certificates(tmp_path)
    services = embedded(make_services, mllp_tls_cert=certs["server.pem"], mllp_tls_key=certs["server.key"])
    with serve(services) as server:
        tls = client_ssl_context(ca_file=str(certs["ca.pem"]))
        with SyncMllpClient("127.0.0.1", server.port, ssl_context=tls) as client:
            assert client.send(adt("TLS1")).code == "AA"
        plain = Peer(server.port)  # a plain-text sender gets nothing: the handshake fails
        plain.send(frame(adt("PLAIN1")))
        assert plain.closed_by_server()
        plain.close()
    assert [r.control_id for r in rows(services)] == ["TLS1"]


def test_mutual_tls_requires_a_client_certificate(make_services: Any, tmp_path: Path) -> None:
    certs = _certificates(tmp_path)
    services = embedded(
        make_services,
        mllp_tls_cert=certs["server.pem"],
        mllp_tls_key=certs["server.key"],
        mllp_tls_client_ca=certs["ca.pem"],
    )
    with serve(services) as server:
        anonymous = SyncMllpClient(
            "127.0.0.1", server.port, ssl_context=client_ssl_context(ca_file=str(certs["ca.pem"])), timeout_s=5
        )
        with pytest.raises((ConnectionLost, ssl.SSLError, OSError)):
            anonymous.send(adt("ANON1"))
        anonymous.close()
        tls = client_ssl_context(
            ca_file=str(certs["ca.pem"]), cert_file=str(certs["client.pem"]), key_file=str(certs["client.key"])
        )
        with SyncMllpClient("127.0.0.1", server.port, ssl_context=tls) as client:
            assert client.send(adt("MTLS1")).code == "AA"
    assert [r.control_id for r in rows(services)] == ["MTLS1"]


# --- Chinese text -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("charset", "codec"),
    [("UNICODE UTF-8", "utf-8"), ("GB 18030-2000", "gb18030")],
)
def test_chinese_adt_is_stored_byte_exact_and_decodes_to_the_name(make_services: Any, charset: str, codec: str) -> None:
    services = embedded(make_services)
    raw = adt(f"ZH-{codec}", name=NAME, charset=charset, encoding=codec, extra="|||北京市東城區^^北京")
    with serve(services) as server, SyncMllpClient("127.0.0.1", server.port) as client:
        ack = client.send(raw)
    assert (ack.code, ack.control_id) == ("AA", f"ZH-{codec}")
    assert charset.encode() in ack.raw  # MSH-18 echoed
    (row,) = rows(services)
    assert bytes(row.raw) == raw
    pid = bytes(row.raw).decode(codec).split("\r")[2].split("|")
    assert pid[5] == NAME
    assert pid[3].startswith(f"MRN-ZH-{codec}")


# --- the sender ---------------------------------------------------------------------------------


class _ScriptedListener:
    """A listener that answers with scripted bytes, to test what real receivers get wrong."""

    def __init__(self, answers: list[bytes]) -> None:
        self.answers = answers
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.received: list[bytes] = []
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        conn, _ = self.sock.accept()
        decoder = FrameDecoder(1 << 20)
        with conn:
            for answer in self.answers:
                while True:
                    events = decoder.feed(conn.recv(65536))
                    if events:
                        self.received += [e.payload for e in events if isinstance(e, Frame)]
                        break
                if answer:
                    conn.sendall(answer)
            time.sleep(3)  # hold the connection open past the client's timeout


def _ack_for(control_id: str, code: str = "AA") -> bytes:
    return frame(f"MSH|^~\\&|R|F|S|F|2026||ACK^A01^ACK|X{control_id}|P|2.5.1\rMSA|{code}|{control_id}\r".encode())


def test_client_skips_a_late_ack_for_an_earlier_message() -> None:
    listener = _ScriptedListener([_ack_for("EARLIER") + _ack_for("NOW")])
    with SyncMllpClient("127.0.0.1", listener.port, timeout_s=5) as client:
        ack = client.send(adt("NOW"))
    assert (ack.code, ack.control_id) == ("AA", "NOW")


def test_client_times_out_without_its_ack() -> None:
    listener = _ScriptedListener([_ack_for("SOMEONE-ELSE")])
    with SyncMllpClient("127.0.0.1", listener.port, timeout_s=0.5) as client, pytest.raises(AckTimeout):
        client.send(adt("MINE"))


def test_client_reconnects_after_the_listener_restarts(make_services: Any) -> None:
    services = embedded(make_services)
    server = RunningServer(services, host="127.0.0.1", port=0)
    port = server.port
    client = SyncMllpClient("127.0.0.1", port)
    assert client.send(adt("R1")).code == "AA"
    server.stop()
    server = RunningServer(services, host="127.0.0.1", port=port)
    try:
        assert client.send(adt("R2")).code == "AA"  # the dead connection is noticed and replaced
    finally:
        client.close()
        server.stop()


def test_retry_policy() -> None:
    class Fake:
        def __init__(self, outcomes: list[Any]) -> None:
            self.outcomes = outcomes
            self.sent = 0

        async def send(self, message: bytes) -> AckResult:
            self.sent += 1
            outcome = self.outcomes.pop(0)
            if isinstance(outcome, Exception):
                raise outcome
            return AckResult(outcome, "C1", b"")

    delays: list[float] = []

    async def sleep(seconds: float) -> None:
        delays.append(seconds)

    policy = RetryPolicy(max_attempts=4, backoff_s=1.0, jitter=0.0)

    def run(outcomes: list[Any]) -> Any:
        return asyncio.run(deliver(Fake(outcomes), b"MSH", policy, sleep=sleep))  # type: ignore[arg-type]

    done = run([AckTimeout("t"), "AE", "CE", "AA"])
    assert (done.status, done.attempts) == ("delivered", 4)
    assert delays == [1.0, 2.0, 4.0]
    assert run(["AR"]).status == "quarantined"
    assert run(["CA"]).status == "delivered"
    assert run(["AE", "CR"]).status == "quarantined"
    failed = run([ConnectionLost("x")] * 4)
    assert (failed.status, failed.attempts, failed.error) == ("failed", 4, "ConnectionLost")


def test_send_files_reports_each_message_and_the_exit_code(make_services: Any, tmp_path: Path) -> None:
    services = embedded(make_services)
    good = tmp_path / "good.hl7"
    good.write_bytes(adt("S1").replace(b"\r", b"\r\n") + b"\n" + adt("S2").replace(b"\r", b"\n"))
    bad = tmp_path / "bad.hl7"
    bad.write_bytes(adt("S3").replace(b"2.5.1", b"2.9"))
    lines: list[str] = []
    with serve(services) as server:
        assert send_files([good], "127.0.0.1", server.port, out=lines.append) == 0
        assert send_files([good, bad], "127.0.0.1", server.port, out=lines.append) == 1
    assert lines[0].startswith(f"{good} #1 ADT^A01^ADT_A01 S1 -> AA ")
    assert lines[1].startswith(f"{good} #2 ADT^A01^ADT_A01 S2 -> AA ")
    assert lines[2] == "2 messages: 2 accepted"
    assert lines[5].startswith(f"{bad} #1 ADT^A01^ADT_A01 S3 -> AR error 203 at MSH^1^12 ")
    assert lines[6] == "3 messages: 2 accepted, 1 AR"
    assert send_files([good], "127.0.0.1", server.port, timeout_s=1, out=lines.append) == 1
    assert "not sent" in lines[7]


def test_async_client_context_manager(make_services: Any) -> None:
    services = embedded(make_services)

    async def go(port: int) -> list[str]:
        async with MllpClient("127.0.0.1", port) as client:
            return [(await client.send(adt(f"A{i}"))).code for i in range(3)]

    with serve(services) as server:
        assert asyncio.run(go(server.port)) == ["AA", "AA", "AA"]
