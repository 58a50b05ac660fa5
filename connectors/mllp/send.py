"""``medgo-bridge send-hl7``: send HL7 v2 files to an MLLP listener and report every ACK.

One persistent connection for all messages, one line per message, a summary, and an exit code an
interface analyst can script against: 0 only when every message was accepted (AA or CA).
"""

from __future__ import annotations

import asyncio
import ssl
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from connectors.hl7v2.batch import split_messages
from connectors.hl7v2.header import read_header
from connectors.mllp.client import ConnectFailed, MllpClient, MllpError, client_ssl_context


def send_files(
    paths: Sequence[str | Path],
    host: str = "127.0.0.1",
    port: int = 2575,
    *,
    timeout_s: float = 30.0,
    tls: bool = False,
    ca_file: str | None = None,
    cert_file: str | None = None,
    key_file: str | None = None,
    server_hostname: str | None = None,
    out: Callable[[str], object] = print,
) -> int:
    """Send every message in ``paths``; return 0 if all were accepted, else 1."""
    ssl_context = (
        client_ssl_context(ca_file=ca_file, cert_file=cert_file, key_file=key_file)
        if tls or ca_file or cert_file
        else None
    )
    return asyncio.run(_send_all(paths, host, port, timeout_s, ssl_context, server_hostname, out))


async def _send_all(
    paths: Sequence[str | Path],
    host: str,
    port: int,
    timeout_s: float,
    ssl_context: ssl.SSLContext | None,
    server_hostname: str | None,
    out: Callable[[str], object],
) -> int:
    client = MllpClient(host, port, timeout_s=timeout_s, ssl_context=ssl_context, server_hostname=server_hostname)
    tally: Counter[str] = Counter()
    total = 0
    try:
        for path in paths:
            try:
                messages = split_messages(Path(path).read_bytes())
            except OSError as exc:
                out(f"{path}: cannot read ({type(exc).__name__})")
                tally["unreadable file"] += 1
                continue
            if not messages:
                out(f"{path}: no HL7 messages found")
                tally["empty file"] += 1
                continue
            for index, message in enumerate(messages, start=1):
                total += 1
                header = read_header(message).header
                label = f"{path} #{index} {header.message_type or '?'} {header.control_id or '-'}"
                try:
                    ack = await client.send(message)
                except ConnectFailed as exc:
                    out(f"{label} -> not sent: {exc}")
                    tally["not sent"] += 1
                    continue
                except MllpError as exc:
                    out(f"{label} -> no ACK: {exc}")
                    tally["no ACK"] += 1
                    continue
                detail = ""
                if ack.error_codes:
                    where = ",".join(ack.error_locations) or "-"
                    detail = f" error {','.join(ack.error_codes)} at {where}"
                out(f"{label} -> {ack.code or 'unreadable reply'}{detail} {ack.latency_s * 1000:.1f} ms")
                tally[ack.code or "unreadable reply"] += 1
    finally:
        await client.close()
    accepted = tally["AA"] + tally["CA"]
    others = ", ".join(f"{count} {name}" for name, count in sorted(tally.items()) if name not in ("AA", "CA"))
    out(f"{total} messages: {accepted} accepted" + (f", {others}" if others else ""))
    return 0 if accepted == total and not others else 1
