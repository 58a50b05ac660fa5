"""An MLLP sender: persistent connection, ACK correlation, reconnects, TLS, a retry policy.

The ACK that answers a message is the one whose MSA-2 equals the message's MSH-10: an ACK that
arrives late for an earlier message (after we timed out on it) is skipped, never taken for the
current one, which is the mistake behind duplicate floods in engines that match by order.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal

from connectors.hl7v2.header import read_header
from connectors.mllp.ack import AckResult, parse_ack
from connectors.mllp.framing import Frame, FrameDecoder, frame

log = logging.getLogger("medgo.mllp.client")

MAX_ACK_BYTES = 1024 * 1024


class MllpError(Exception):
    """The message may or may not have reached the receiver: resend it (receivers dedupe on MSH-10)."""


class AckTimeout(MllpError):
    pass


class ConnectionLost(MllpError):
    pass


class ConnectFailed(MllpError):
    """The listener could not be reached (nothing was sent)."""


def client_ssl_context(
    *, ca_file: str | None = None, cert_file: str | None = None, key_file: str | None = None
) -> ssl.SSLContext:
    """TLS for a sender: verify the listener against ``ca_file`` (or the system store); present a
    client certificate when the listener wants mutual TLS."""
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    if cert_file:
        ctx.load_cert_chain(cert_file, key_file)
    return ctx


def expected_control_id(message: bytes) -> str:
    return read_header(message).header.control_id


class MllpClient:
    """One persistent connection to an MLLP listener (asyncio)."""

    def __init__(
        self,
        host: str,
        port: int,
        *,
        timeout_s: float = 30.0,
        connect_timeout_s: float = 10.0,
        ssl_context: ssl.SSLContext | None = None,
        server_hostname: str | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self.timeout_s = timeout_s
        self.connect_timeout_s = connect_timeout_s
        self.ssl_context = ssl_context
        self.server_hostname = server_hostname
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None
        self._decoder = FrameDecoder(MAX_ACK_BYTES)
        self._sent_on_connection = 0

    @property
    def connected(self) -> bool:
        return self._writer is not None and not self._writer.is_closing()

    async def connect(self) -> None:
        await self.close()
        hostname = (self.server_hostname or self.host) if self.ssl_context else None
        try:
            self._reader, self._writer = await asyncio.wait_for(
                asyncio.open_connection(self.host, self.port, ssl=self.ssl_context, server_hostname=hostname),
                timeout=self.connect_timeout_s,
            )
        except (OSError, TimeoutError) as exc:
            raise ConnectFailed(f"cannot connect to {self.host}:{self.port}: {type(exc).__name__}") from None
        self._decoder = FrameDecoder(MAX_ACK_BYTES)
        self._sent_on_connection = 0

    async def close(self) -> None:
        writer, self._writer, self._reader = self._writer, None, None
        if writer is not None:
            writer.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(writer.wait_closed(), timeout=2.0)

    async def __aenter__(self) -> MllpClient:
        await self.connect()
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.close()

    async def send(self, message: bytes, *, timeout_s: float | None = None) -> AckResult:
        """Send one message and wait for its ACK. Raises :class:`MllpError` when there is none.

        A connection the listener closed while we were idle (idle timeout, restart) is noticed
        here and the message is sent once more on a new connection: safe, because receivers
        acknowledge a repeat of the same bytes again without processing it twice.
        """
        control_id = expected_control_id(message)
        reused = self.connected and self._sent_on_connection > 0
        try:
            return await self._exchange(message, control_id, timeout_s)
        except ConnectionLost:
            if not reused:
                raise
            log.info("mllp connection was closed by the listener; resending on a new one")
            return await self._exchange(message, control_id, timeout_s)

    async def _exchange(self, message: bytes, control_id: str, timeout_s: float | None) -> AckResult:
        if not self.connected:
            await self.connect()
        assert self._reader is not None
        assert self._writer is not None
        timeout = self.timeout_s if timeout_s is None else timeout_s
        started = time.perf_counter()
        try:
            self._writer.write(frame(message))
            await self._writer.drain()
            self._sent_on_connection += 1
            deadline = started + timeout
            while True:
                remaining = deadline - time.perf_counter()
                if remaining <= 0:
                    raise TimeoutError
                data = await asyncio.wait_for(self._reader.read(65536), timeout=remaining)
                if not data:
                    raise ConnectionLost("the listener closed the connection without an ACK")
                for event in self._decoder.feed(data):
                    if not isinstance(event, Frame):
                        continue
                    result = parse_ack(event.payload)
                    if control_id and result.control_id != control_id:
                        # A late answer to an earlier message: it must not be taken for this one.
                        log.info("mllp skipped an ACK for another message")
                        continue
                    return AckResult(
                        result.code,
                        result.control_id,
                        result.raw,
                        result.error_codes,
                        result.error_locations,
                        time.perf_counter() - started,
                    )
        except TimeoutError:
            # Start clean: a late ACK on this connection would only confuse the next exchange.
            await self.close()
            raise AckTimeout(f"no ACK within {timeout:g} s") from None
        except (ConnectionError, OSError) as exc:
            await self.close()
            raise ConnectionLost(f"connection lost: {type(exc).__name__}") from None
        except ConnectionLost:
            await self.close()
            raise


class SyncMllpClient:
    """A blocking wrapper around :class:`MllpClient` (scripts, the CLI, tests)."""

    def __init__(self, host: str, port: int, **kwargs: object) -> None:
        self._loop = asyncio.new_event_loop()
        self.client = MllpClient(host, port, **kwargs)  # type: ignore[arg-type]

    def connect(self) -> None:
        self._loop.run_until_complete(self.client.connect())

    def send(self, message: bytes, *, timeout_s: float | None = None) -> AckResult:
        return self._loop.run_until_complete(self.client.send(message, timeout_s=timeout_s))

    def close(self) -> None:
        if not self._loop.is_closed():
            self._loop.run_until_complete(self.client.close())
            self._loop.close()

    def __enter__(self) -> SyncMllpClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


# --- outbound delivery policy ------------------------------------------------------------------

Verdict = Literal["delivered", "retry", "quarantine"]


@dataclass(frozen=True)
class RetryPolicy:
    """When to resend an outbound message and when to give up on it.

    AA/CA: delivered. AR/CR: the receiver refuses the message itself; resending the same bytes
    cannot help, so it is quarantined at once for a person to look at. AE/CE, no ACK, a dropped
    connection: worth retrying with exponential backoff (jittered), up to ``max_attempts``.
    """

    max_attempts: int = 5
    backoff_s: float = 1.0
    backoff_max_s: float = 60.0
    jitter: float = 0.2

    def verdict(self, result: AckResult | None) -> Verdict:
        if result is None:
            return "retry"
        if result.code in ("AA", "CA"):
            return "delivered"
        if result.code in ("AR", "CR"):
            return "quarantine"
        return "retry"

    def delay(self, attempt: int) -> float:
        base = min(self.backoff_max_s, self.backoff_s * 2.0 ** max(attempt - 1, 0))
        return base * (1 - self.jitter * random.random())


@dataclass(frozen=True)
class DeliveryOutcome:
    status: Literal["delivered", "quarantined", "failed"]
    attempts: int
    ack: AckResult | None
    error: str = ""  # PHI-free: an exception type or the ACK code


async def deliver(
    client: MllpClient,
    message: bytes,
    policy: RetryPolicy | None = None,
    *,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
) -> DeliveryOutcome:
    """Send with retries per ``policy``; ``failed`` means retries ran out (dead-letter it)."""
    policy = policy or RetryPolicy()
    ack: AckResult | None = None
    error = ""
    for attempt in range(1, policy.max_attempts + 1):
        try:
            ack = await client.send(message)
            error = ack.code
        except MllpError as exc:
            ack, error = None, type(exc).__name__
        verdict = policy.verdict(ack)
        if verdict == "delivered":
            return DeliveryOutcome("delivered", attempt, ack)
        if verdict == "quarantine":
            return DeliveryOutcome("quarantined", attempt, ack, error)
        if attempt < policy.max_attempts:
            await sleep(policy.delay(attempt))
    return DeliveryOutcome("failed", policy.max_attempts, ack, error)
