"""Retention: drop what is no longer needed, and give the disk space back.

What goes, and why only that:
- the raw bytes of a message, ``MEDGO_RETENTION_RAW_DAYS`` after receipt, once it was processed
  (its content now lives in the patient record) or refused (the sender was told). The row stays,
  with its sha256, size, status and error: the journal keeps its history, duplicate detection still
  recognises a resend, and job and record rows keep their reference. Dead or unfinished messages keep
  their bytes: an operator may still replay them.
- the text of a draft (and its citation record and kept reasoning), ``MEDGO_RETENTION_DRAFT_DAYS``
  after creation, once delivered (the EMR holds the note) or stored here. The row and its delivery
  stay: they are what makes write-back exactly-once, so a late redelivery still finds them.
- vault rows whose ``expires_at`` (``MEDGO_VAULT_RETENTION_DAYS``) has passed, and expired console
  sessions.

Deleting rows does not shrink a database file by itself (Mirth's pruner is known for that). So
after pruning: ``VACUUM`` on SQLite (rewrites the file, which then really is smaller) and a plain
``VACUUM`` on PostgreSQL (marks the space reusable without the exclusive lock of ``VACUUM FULL``;
the tables stop growing instead of the file shrinking). With ``MEDGO_RETENTION_EXPORT_DIR`` set,
everything about to be pruned is first written to a gzip JSON-lines file there, fsynced before the
rows change.
"""

from __future__ import annotations

import base64
import gzip
import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO, Any, cast

from sqlalchemy import CursorResult, delete, func, select, text
from sqlalchemy.engine import Engine

from integration import audit
from integration.db import session_scope
from integration.models import (
    ConsoleSession,
    Delivery,
    DeliveryState,
    Draft,
    InboundMessage,
    MessageStatus,
    VaultEntry,
    utcnow,
)
from integration.services import Services

log = logging.getLogger("medgo.retention")

BATCH = 200
RAW_DONE = (MessageStatus.processed, MessageStatus.rejected)
DRAFT_DONE = (DeliveryState.delivered, DeliveryState.stored)
PRUNED_TABLES = ("inbound_messages", "drafts", "vault_entries", "console_sessions")


@dataclass(frozen=True)
class Pruned:
    messages: int = 0
    drafts: int = 0
    vault_entries: int = 0
    sessions: int = 0
    export: Path | None = None
    file_bytes_before: int | None = None  # SQLite only: the database file, before and after VACUUM
    file_bytes_after: int | None = None
    dry_run: bool = False

    @property
    def total(self) -> int:
        return self.messages + self.drafts + self.vault_entries + self.sessions


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _sqlite_path(engine: Engine) -> Path | None:
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database
    return Path(database) if database and database != ":memory:" else None


def _file_bytes(path: Path | None) -> int | None:
    if path is None:
        return None
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())


def _deleted(result: Any) -> int:
    return int(cast("CursorResult[Any]", result).rowcount or 0)


def _batches(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), BATCH):
        yield ids[start : start + BATCH]


class _Export:
    """A gzip JSON-lines file written next to nothing else, readable only by its owner (it holds PHI)."""

    def __init__(self, directory: Path, now: datetime) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.path = directory / f"medgo-prune-{now.strftime('%Y%m%dT%H%M%SZ')}.jsonl.gz"
        self._partial = self.path.with_suffix(".gz.partial")
        fd = os.open(self._partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        self._raw: IO[bytes] = os.fdopen(fd, "wb")
        self._gz = gzip.GzipFile(fileobj=self._raw, mode="wb")

    def write(self, record: dict[str, Any]) -> None:
        self._gz.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")

    def sync(self) -> None:
        # On disk before the rows it describes are changed: an export is worthless if it can be lost.
        self._gz.flush()
        self._raw.flush()
        os.fsync(self._raw.fileno())

    def close(self) -> Path:
        self._gz.close()
        self._raw.close()
        os.replace(self._partial, self.path)
        return self.path


def prune(services: Services, *, dry_run: bool = False, vacuum: bool = True, now: datetime | None = None) -> Pruned:
    """Apply the retention settings once. ``dry_run`` counts what would go and changes nothing."""
    settings = services.settings
    now = now or utcnow()
    with session_scope(services.sessions) as session:
        message_ids: list[int] = []
        if settings.retention_raw_days:
            cutoff = now - timedelta(days=settings.retention_raw_days)
            message_ids = list(
                session.scalars(
                    select(InboundMessage.id)
                    .where(
                        InboundMessage.received_at < cutoff,
                        InboundMessage.status.in_(RAW_DONE),
                        func.length(InboundMessage.raw) > 0,
                    )
                    .order_by(InboundMessage.id)
                )
            )
        draft_ids: list[int] = []
        if settings.retention_draft_days:
            cutoff = now - timedelta(days=settings.retention_draft_days)
            draft_ids = list(
                session.scalars(
                    select(Draft.id)
                    .join(Delivery, Delivery.draft_id == Draft.id)
                    .where(Draft.created_at < cutoff, Delivery.state.in_(DRAFT_DONE), Draft.text != "")
                    .order_by(Draft.id)
                )
            )
        vault = session.scalar(select(func.count()).where(VaultEntry.expires_at < now)) or 0
        sessions = session.scalar(select(func.count()).where(ConsoleSession.expires_at < now)) or 0
    if dry_run:
        return Pruned(len(message_ids), len(draft_ids), vault, sessions, dry_run=True)

    db_file = _sqlite_path(services.engine)
    before = _file_bytes(db_file)
    export = _Export(settings.retention_export_dir, now) if settings.retention_export_dir else None
    try:
        for batch in _batches(message_ids):
            with session_scope(services.sessions) as session:
                rows = list(session.scalars(select(InboundMessage).where(InboundMessage.id.in_(batch))))
                if export is not None:
                    for m in rows:
                        export.write(
                            {
                                "type": "message", "id": m.id, "source": m.source, "protocol": m.protocol,
                                "kind": m.kind, "control_id": m.control_id, "sha256": m.sha256,
                                "content_type": m.content_type, "received_at": _iso(m.received_at),
                                "status": m.status, "raw_base64": base64.b64encode(m.raw).decode("ascii"),
                            }
                        )  # fmt: skip
                    export.sync()
                for m in rows:
                    m.raw = b""
                    m.flags = [*m.flags, "raw-pruned"]
                    audit.record(session, "retention", "raw-pruned", "message", m.id, days=settings.retention_raw_days)
        for batch in _batches(draft_ids):
            with session_scope(services.sessions) as session:
                drafts = list(session.scalars(select(Draft).where(Draft.id.in_(batch))))
                if export is not None:
                    for d in drafts:
                        export.write(
                            {
                                "type": "draft", "id": d.id, "uuid": d.uuid, "job_id": d.job_id, "task": d.task,
                                "patient_ref": d.patient_ref, "title": d.title, "loinc_code": d.loinc_code,
                                "language": d.language, "created_at": _iso(d.created_at), "text": d.text,
                                "citations": getattr(d, "citations", None), "flags": d.flags,
                            }
                        )  # fmt: skip
                    export.sync()
                for d in drafts:
                    d.text = ""
                    d.flags = [*d.flags, "text-pruned"]
                    # The citation record quotes the note sentence by sentence; reasoning restates it.
                    if hasattr(d, "citations"):
                        d.citations = {}
                    if hasattr(d, "reasoning"):
                        d.reasoning = None
                    audit.record(session, "retention", "text-pruned", "draft", d.id, days=settings.retention_draft_days)
        with session_scope(services.sessions) as session:
            # The vault is not exported: its whole point is to be gone after the retention period.
            vault = _deleted(session.execute(delete(VaultEntry).where(VaultEntry.expires_at < now)))
            sessions = _deleted(session.execute(delete(ConsoleSession).where(ConsoleSession.expires_at < now)))
    finally:
        export_path = export.close() if export is not None else None
    if vacuum and (message_ids or draft_ids or vault or sessions):
        reclaim(services.engine)
    result = Pruned(
        len(message_ids), len(draft_ids), vault, sessions, export_path, before, _file_bytes(db_file), dry_run=False
    )
    log.info(
        "retention pruned",
        extra={
            "messages": result.messages, "drafts": result.drafts, "vault_entries": result.vault_entries,
            "sessions": result.sessions, "exported": bool(export_path),
            "bytes_before": before, "bytes_after": result.file_bytes_after,
        },
    )  # fmt: skip
    return result


def reclaim(engine: Engine) -> None:
    """Make the space of deleted and emptied rows usable again (SQLite: and give it back to the OS)."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        if engine.dialect.name == "sqlite":
            # VACUUM rewrites the main file; the WAL then holds a copy of every page until it is
            # checkpointed, so truncate it after (and before, to start from a small WAL).
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
            conn.execute(text("VACUUM"))
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        elif engine.dialect.name == "postgresql":
            # Plain VACUUM, not FULL: no exclusive lock, the API keeps accepting messages meanwhile.
            conn.execute(text(f"VACUUM (ANALYZE) {', '.join(PRUNED_TABLES)}"))
