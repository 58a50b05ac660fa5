"""The MLLP listener: durable before acknowledged, with group commit across connections.

Each connection decodes frames and hands every message to one writer task. The writer takes
whatever is pending from all connections (up to ``mllp_commit_batch``), stores it with
:func:`integration.ingest_hl7.receive_hl7_batch` in a thread (one transaction, one commit), and
only then resolves each message's future, so its connection writes the ACK, in order. Because
MLLP senders wait for each ACK, the batch fills by itself under load and costs nothing when idle:
one commit serves as many senders as were waiting for it.

If the store fails, nothing in that batch is acknowledged. Each message is retried alone (so one
bad row cannot take its batch-mates down); one that still fails gets no ACK and its connection is
closed. We do not answer AE 207 for it: many senders (Mirth's default among them) treat AE as a
final answer and would drop the message, whereas every MLLP sender resends what was never
acknowledged when the connection drops.

Accepted (non-duplicate) message ids go to ``services.dispatcher.ingest`` after the commit, from a
separate thread: a slow or absent broker must not hold up acknowledgements, and the rows are
already committed for recovery to find.

Nothing here logs message content: peer IPs, sizes, our message ids and 0357 codes only.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import queue
import signal
import ssl
import threading
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from connectors.hl7v2.header import VALUE_TOO_LONG, HeaderReading, read_header
from connectors.mllp.ack import ack_code, build_ack
from connectors.mllp.framing import Abandoned, Frame, FrameDecoder, Oversize, frame
from integration import metrics
from integration.errors import TransientError
from integration.ingest_hl7 import Hl7Inbound, Hl7Problem, Hl7Received, receive_hl7_batch
from integration.models import MessageStatus
from integration.services import Services
from integration.settings import Settings

log = logging.getLogger("medgo.mllp")

READ_CHUNK = 64 * 1024
# Messages one connection may have in flight (sent, not yet acknowledged). MLLP senders wait for
# each ACK, so this only bounds the memory a pipelining peer can pin.
PIPELINE_DEPTH = 32
TLS_HANDSHAKE_TIMEOUT_S = 15.0
DISPATCH_BACKLOG = 100_000


class StoreFailed(Exception):
    """The database did not take the message: it must not be acknowledged."""


Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_allow(entries: Iterable[str]) -> list[Network]:
    """``mllp_allow`` entries (IPs or CIDRs) as networks. A bad entry is a configuration error."""
    networks: list[Network] = []
    for entry in entries:
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError as exc:
            raise ValueError(f"MEDGO_MLLP_ALLOW: {entry!r} is not an IP address or CIDR") from exc
    return networks


def is_allowed(ip: str, networks: list[Network]) -> bool:
    if not networks:
        return True
    try:
        addr = ipaddress.ip_address(ip.split("%")[0])
    except ValueError:
        return False
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return any(addr in net for net in networks)


def server_ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """TLS for the listener when ``mllp_tls_cert`` is set; mutual TLS when ``mllp_tls_client_ca`` is."""
    if settings.mllp_tls_cert is None:
        return None
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    key = settings.mllp_tls_key
    ctx.load_cert_chain(str(settings.mllp_tls_cert), str(key) if key else None)
    if settings.mllp_tls_client_ca is not None:
        ctx.verify_mode = ssl.CERT_REQUIRED
        ctx.load_verify_locations(cafile=str(settings.mllp_tls_client_ca))
    return ctx


@dataclass
class ServerStats:
    """Counters for the console and the tests (no content, only numbers)."""

    connections: int = 0
    refused_connections: int = 0
    accepted: int = 0
    duplicates: int = 0
    rejected: int = 0
    oversize: int = 0
    store_failures: int = 0
    batches: int = 0


@dataclass(frozen=True)
class _Ack:
    """A framed ACK and what the metrics need once it is written (None: not a stored message)."""

    data: bytes
    source: str = ""
    type: str = ""
    code: str = ""
    started: float | None = None


@dataclass
class _Pending:
    reading: HeaderReading
    item: Hl7Inbound
    future: asyncio.Future[_Ack]
    started: float  # time.perf_counter() when the frame was decoded: the ACK latency starts here


@dataclass
class _Connection:
    peer: str
    slots: asyncio.Semaphore
    replies: asyncio.Queue[asyncio.Future[_Ack] | None] = field(default_factory=asyncio.Queue)
    in_flight: int = 0
    dead: bool = False
    read: asyncio.Future[bytes] | None = None


def _retrieve(fut: asyncio.Future[_Ack]) -> None:
    # A connection that went away leaves its futures unread; mark their outcome as seen.
    if not fut.cancelled():
        fut.exception()


class MllpServer:
    """An asyncio MLLP listener. ``await start()`` binds (port 0 picks one) and returns the port."""

    def __init__(
        self,
        services: Services,
        *,
        host: str | None = None,
        port: int | None = None,
        ssl_context: ssl.SSLContext | None = None,
        store_concurrency: int = 0,
    ) -> None:
        settings = services.settings
        self.services = services
        self.settings = settings
        self.host = settings.mllp_host if host is None else host
        self.requested_port = settings.mllp_port if port is None else port
        self.port = 0
        self.ssl_context = ssl_context if ssl_context is not None else server_ssl_context(settings)
        self.allow = parse_allow(settings.mllp_allow)
        self.stats = ServerStats()
        self._server: asyncio.Server | None = None
        self._queue: asyncio.Queue[_Pending | None] | None = None
        self._writer_task: asyncio.Task[None] | None = None
        self._connections: dict[asyncio.Task[Any], _Connection] = {}
        self._closing = False
        # SQLite has one writer at a time anyway; on PostgreSQL a second batch in flight overlaps one
        # batch's round trips and commit with the next one's.
        sqlite = settings.effective_database_url.startswith("sqlite")
        self.store_concurrency = store_concurrency or (1 if sqlite else 2)
        self._store_pool = ThreadPoolExecutor(max_workers=self.store_concurrency, thread_name_prefix="mllp-store")
        self._dispatch_queue: queue.Queue[int | None] = queue.Queue(maxsize=DISPATCH_BACKLOG)
        self._dispatch_thread = threading.Thread(target=self._dispatch_loop, name="mllp-dispatch", daemon=True)

    # --- lifecycle -----------------------------------------------------------------------------

    async def start(self) -> int:
        self._queue = asyncio.Queue()
        self._writer_task = asyncio.create_task(self._writer_loop(), name="mllp-writer")
        self._dispatch_thread.start()
        self._server = await asyncio.start_server(
            self._on_connect, self.host, self.requested_port, limit=READ_CHUNK, reuse_address=True
        )
        self.port = int(self._server.sockets[0].getsockname()[1])
        log.info(
            "mllp listening",
            extra={"host": self.host, "port": self.port, "tls": self.ssl_context is not None},
        )
        return self.port

    async def stop(self, grace_s: float = 10.0) -> None:
        """Stop accepting, stop reading, acknowledge what was already received, then close."""
        if self._server is None:
            return
        self._closing = True
        self._server.close()
        for conn in self._connections.values():
            if conn.read is not None and not conn.read.done():
                conn.read.cancel()  # the read loop ends; in-flight messages still get their ACKs
        tasks = list(self._connections)
        if tasks:
            _done, pending = await asyncio.wait(tasks, timeout=grace_s)
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.wait(pending, timeout=1.0)
        if self._queue is not None and self._writer_task is not None:
            self._queue.put_nowait(None)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._writer_task, timeout=grace_s)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._server.wait_closed(), timeout=1.0)
        self._store_pool.shutdown(wait=True)
        self._dispatch_queue.put(None)
        await asyncio.to_thread(self._dispatch_thread.join, grace_s)
        self._server = None
        log.info("mllp stopped", extra={"port": self.port})

    # --- connections ---------------------------------------------------------------------------

    async def _on_connect(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peername = writer.get_extra_info("peername")
        peer = str(peername[0]) if isinstance(peername, tuple) else "unknown"
        if self._closing:
            writer.close()
            return
        if not is_allowed(peer, self.allow):
            self.stats.refused_connections += 1
            metrics.MLLP_CONNECTIONS_REFUSED.labels("not-allowed").inc()
            log.warning("mllp connection refused: sender not in MEDGO_MLLP_ALLOW", extra={"peer": peer})
            writer.close()
            return
        if len(self._connections) >= self.settings.mllp_max_connections:
            self.stats.refused_connections += 1
            metrics.MLLP_CONNECTIONS_REFUSED.labels("limit").inc()
            log.warning(
                "mllp connection refused: connection limit reached",
                extra={"peer": peer, "limit": self.settings.mllp_max_connections},
            )
            writer.close()
            return
        task = asyncio.current_task()
        assert task is not None
        conn = _Connection(peer, asyncio.Semaphore(PIPELINE_DEPTH))
        self._connections[task] = conn
        self.stats.connections += 1
        metrics.MLLP_CONNECTIONS.inc()
        try:
            if self.ssl_context is not None:
                try:
                    await writer.start_tls(self.ssl_context, ssl_handshake_timeout=TLS_HANDSHAKE_TIMEOUT_S)
                except (ssl.SSLError, OSError, TimeoutError) as exc:
                    log.warning("mllp tls handshake failed", extra={"peer": peer, "error": type(exc).__name__})
                    return
            log.info("mllp connection opened", extra={"peer": peer})
            await self._serve(conn, reader, writer)
        except Exception as exc:  # bad input or a broken peer must never take the listener down
            log.error("mllp connection failed", extra={"peer": peer, "error": type(exc).__name__})
        finally:
            del self._connections[task]
            metrics.MLLP_CONNECTIONS.dec()
            writer.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(writer.wait_closed(), timeout=1.0)
            log.info("mllp connection closed", extra={"peer": peer})

    async def _serve(self, conn: _Connection, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        decoder = FrameDecoder(self.settings.mllp_max_message_bytes)
        sender = asyncio.create_task(self._send_replies(conn, writer))
        try:
            while not self._closing and not conn.dead:
                conn.read = asyncio.ensure_future(reader.read(READ_CHUNK))
                try:
                    data = await asyncio.wait_for(conn.read, timeout=self.settings.mllp_idle_timeout_s)
                except TimeoutError:
                    if conn.in_flight:
                        continue  # silent because it is waiting for us, not idle
                    log.info("mllp connection idle: closing", extra={"peer": conn.peer})
                    break
                except asyncio.CancelledError:
                    task = asyncio.current_task()
                    if self._closing and task is not None and not task.cancelling():
                        break  # stop(): no more reading; what is in flight still gets its ACK
                    raise
                if not data:
                    break
                for event in decoder.feed(data):
                    reply = self._on_event(event, conn)
                    if reply is None:
                        continue
                    await conn.slots.acquire()
                    if conn.dead:
                        break
                    conn.in_flight += 1
                    conn.replies.put_nowait(reply)
        finally:
            conn.read = None
            conn.replies.put_nowait(None)
            await sender

    def _on_event(self, event: Frame | Oversize | Abandoned, conn: _Connection) -> asyncio.Future[_Ack] | None:
        loop = asyncio.get_running_loop()
        if isinstance(event, Abandoned):
            log.warning("mllp frame abandoned by the sender", extra={"peer": conn.peer, "size": event.size})
            return None
        if isinstance(event, Oversize):
            # Not stored (it was never buffered). AR, because resending the same message cannot work;
            # 104 "value too long" is the 0357 code that says what is wrong. The head still lets us
            # answer in the sender's delimiters with its MSH-10 in MSA-2.
            self.stats.oversize += 1
            metrics.MESSAGES_REFUSED.labels("hl7v2", "oversize").inc()
            limit = self.settings.mllp_max_message_bytes
            log.warning(
                "mllp message over the size limit: AR",
                extra={"peer": conn.peer, "size": event.size, "limit": limit},
            )
            reading = self._read(event.head)
            problem = Hl7Problem("AR", VALUE_TOO_LONG, f"message of {event.size} bytes exceeds {limit}")
            done: asyncio.Future[_Ack] = loop.create_future()
            done.set_result(_Ack(frame(build_ack(reading, ack_code(reading, problem), problem))))
            return done
        started = time.perf_counter()
        reading = self._read(event.payload)
        fut: asyncio.Future[_Ack] = loop.create_future()
        fut.add_done_callback(_retrieve)
        item = Hl7Inbound(event.payload, reading.source, reading.header, reading.problem)
        assert self._queue is not None
        self._queue.put_nowait(_Pending(reading, item, fut, started))
        return fut

    def _read(self, payload: bytes) -> HeaderReading:
        return read_header(
            payload,
            source=self.settings.mllp_source,
            charset_overrides=self.settings.mllp_charset_overrides,
            default_charset=self.settings.mllp_default_charset,
        )

    async def _send_replies(self, conn: _Connection, writer: asyncio.StreamWriter) -> None:
        """Write each ACK when its message is committed, in the order the messages arrived."""
        failed = False
        try:
            while True:
                fut = await conn.replies.get()
                if fut is None:
                    return
                try:
                    ack = await fut
                except StoreFailed:
                    log.error("mllp store failed: closing without ACK", extra={"peer": conn.peer})
                    failed = True
                    return
                writer.write(ack.data)
                try:
                    await asyncio.wait_for(writer.drain(), timeout=self.settings.mllp_write_timeout_s)
                except TimeoutError:
                    log.warning("mllp peer does not read its ACKs: closing", extra={"peer": conn.peer})
                    failed = True
                    return
                if ack.started is not None:
                    # Counted once the ACK is in the socket's hands, not when it was decided.
                    metrics.acknowledged("hl7v2", ack.source, ack.type, ack.code, ack.started)
                conn.in_flight -= 1
                conn.slots.release()
        except (ConnectionError, OSError) as exc:
            log.info("mllp peer went away", extra={"peer": conn.peer, "error": type(exc).__name__})
            failed = True
        finally:
            conn.dead = True
            for _ in range(PIPELINE_DEPTH):
                conn.slots.release()  # a reader waiting for a slot wakes up and sees the connection is dead
            if failed:
                # Dropping the connection is the signal: the sender resends whatever it has no ACK for.
                writer.transport.abort()

    # --- the writer: group commit --------------------------------------------------------------

    async def _writer_loop(self) -> None:
        assert self._queue is not None
        batch_max = self.settings.mllp_commit_batch
        slots = asyncio.Semaphore(self.store_concurrency)
        running: set[asyncio.Task[None]] = set()
        stopping = False
        while not stopping:
            # Wait for a free store slot first: while both are busy, arriving messages pile up in the
            # queue and go together into the next batch (that is the group commit).
            await slots.acquire()
            first = await self._queue.get()
            if first is None:
                slots.release()
                break
            batch = [first]
            while len(batch) < batch_max:
                try:
                    nxt = self._queue.get_nowait()
                except asyncio.QueueEmpty:
                    break
                if nxt is None:
                    stopping = True
                    break
                batch.append(nxt)
            task = asyncio.create_task(self._commit_guarded(batch, slots))
            running.add(task)
            task.add_done_callback(running.discard)
        if running:
            await asyncio.wait(running)

    async def _commit_guarded(self, batch: list[_Pending], slots: asyncio.Semaphore) -> None:
        try:
            await self._commit(batch)
        except Exception as exc:  # never let a batch go unanswered: every future must be settled
            log.error("mllp writer error", extra={"error": type(exc).__name__})
            for pending in batch:
                if not pending.future.done():
                    pending.future.set_exception(StoreFailed())
        finally:
            slots.release()

    async def _commit(self, batch: list[_Pending]) -> None:
        loop = asyncio.get_running_loop()
        items = [p.item for p in batch]
        try:
            results: list[Hl7Received] = await loop.run_in_executor(
                self._store_pool, receive_hl7_batch, self.services, items
            )
        except Exception as exc:
            self.stats.store_failures += 1
            metrics.STORE_FAILURES.labels("hl7v2").inc()
            log.error("mllp store failed", extra={"count": len(batch), "error": type(exc).__name__})
            if len(batch) > 1:
                for pending in batch:  # isolate the culprit: the others may still be stored
                    await self._commit([pending])
            elif not batch[0].future.done():
                batch[0].future.set_exception(StoreFailed())
            return
        self.stats.batches += 1
        # Acknowledge first: everything below is bookkeeping and must not delay or block an ACK.
        types = [metrics.hl7_type_label(p.item.header.message_type) for p in batch]
        for pending, type_ in zip(batch, types, strict=True):
            problem = pending.item.problem
            if not pending.future.done():
                code = ack_code(pending.reading, problem)
                data = frame(build_ack(pending.reading, code, problem))
                pending.future.set_result(_Ack(data, pending.item.source, type_, code, pending.started))
        for pending, result in zip(batch, results, strict=True):
            problem = pending.item.problem
            if result.duplicate:
                self.stats.duplicates += 1
            elif problem is not None:
                self.stats.rejected += 1
                log.warning(
                    "mllp message refused",
                    extra={
                        "message_id": result.message_id,
                        "ack": problem.ack_code,
                        "code": problem.code,
                        "location": problem.location,
                    },
                )
            else:
                self.stats.accepted += 1
                if result.status == MessageStatus.accepted:
                    self._hand_over(result.message_id)
        # Last: counting must not delay the hand-over to the dispatcher either.
        for pending, result, type_ in zip(batch, results, types, strict=True):
            problem = pending.item.problem
            metrics.message_stored(
                "hl7v2",
                pending.item.source,
                type_,
                duplicate=result.duplicate,
                rejected_code=problem.code if problem is not None else None,
            )

    def _hand_over(self, message_id: int) -> None:
        try:
            self._dispatch_queue.put_nowait(message_id)
        except queue.Full:
            # Committed all the same; recovery finds accepted, unprocessed rows in the database.
            log.warning("mllp dispatch backlog full: left for recovery", extra={"message_id": message_id})

    def _dispatch_loop(self) -> None:
        while True:
            message_id = self._dispatch_queue.get()
            if message_id is None:
                return
            try:
                self.services.dispatcher.ingest(message_id)
            except TransientError:
                log.warning("dispatch deferred", extra={"message_id": message_id})
            except Exception as exc:
                log.error("dispatch failed", extra={"message_id": message_id, "error": type(exc).__name__})


# --- running it --------------------------------------------------------------------------------


def run_mllp(services: Services, *, host: str | None = None, port: int | None = None) -> None:
    """Run the listener until SIGTERM / SIGINT, then shut down gracefully (blocking)."""

    async def main() -> None:
        server = MllpServer(services, host=host, port=port)
        await server.start()
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(sig, stop.set)
        await stop.wait()
        log.info("mllp shutting down")
        await server.stop()

    asyncio.run(main())


class RunningServer:
    """An :class:`MllpServer` on its own event loop thread (tests, benchmarks, embedding)."""

    def __init__(self, services: Services, **kwargs: Any) -> None:
        self.server = MllpServer(services, **kwargs)
        self._loop = asyncio.new_event_loop()
        self._started = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="mllp-server", daemon=True)
        self._thread.start()
        self._started.wait(30)
        if self._error is not None:
            raise self._error

    @property
    def port(self) -> int:
        return self.server.port

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self.server.start())
        except BaseException as exc:
            self._error = exc
            self._started.set()
            return
        self._started.set()
        self._loop.run_forever()
        self._loop.close()

    def stop(self, grace_s: float = 10.0) -> None:
        if not self._thread.is_alive():
            return
        fut = asyncio.run_coroutine_threadsafe(self.server.stop(grace_s), self._loop)
        fut.result(grace_s + 15)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def __enter__(self) -> RunningServer:
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()
