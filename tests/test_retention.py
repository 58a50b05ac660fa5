"""Retention: old raw messages and draft texts are pruned (exported first), expired vault rows deleted,
and the space really comes back; what replay, dedupe or exactly-once delivery still need stays."""

from __future__ import annotations

import base64
import gzip
import json
import os
import stat
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from integration.db import session_scope
from integration.models import AuditEvent, Delivery, Draft, InboundMessage, VaultEntry, utcnow
from integration.retention import prune
from medgo_bridge.wiring import build_app
from tests.conftest import sample

FHIR = {"Content-Type": "application/fhir+json"}


def _load(services: Any, bulk: int, size: int) -> dict[str, Any]:
    """Two discharges through the API (drafts kept here), plus ``bulk`` processed messages of ``size``
    bytes, one dead message and one recent one; the discharges and the bulk are made 40 days old."""
    client = TestClient(build_app(services))
    for name in ("en_discharge.json", "zh_discharge.json"):
        assert client.post("/fhir", content=sample(name), headers=FHIR).status_code == 202
    assert services.dispatcher.wait_idle(120)
    old = utcnow() - timedelta(days=40)
    with session_scope(services.sessions) as session:
        fhir_ids = list(session.scalars(select(InboundMessage.id).order_by(InboundMessage.id)))
        for i in range(bulk):
            session.add(
                InboundMessage(
                    source="LAB^HOSP", protocol="hl7v2", kind="ORU^R01", control_id=f"BULK-{i}", sha256=f"{i:064x}",
                    raw=os.urandom(size), size=size, status="processed", received_at=old, flags=[],
                )
            )  # fmt: skip
        dead = InboundMessage(
            source="LAB^HOSP", protocol="hl7v2", kind="ORU^R01", control_id="DEAD-1", sha256="d" * 64,
            raw=b"MSH|^~\\&|dead", size=13, status="dead", received_at=old, flags=[],
        )  # fmt: skip
        recent = InboundMessage(
            source="LAB^HOSP", protocol="hl7v2", kind="ORU^R01", control_id="NEW-1", sha256="e" * 64,
            raw=b"MSH|^~\\&|recent", size=15, status="processed", flags=[],
        )  # fmt: skip
        session.add_all([dead, recent])
        session.execute(update(InboundMessage).where(InboundMessage.id.in_(fhir_ids)).values(received_at=old))
        drafts = list(session.scalars(select(Draft).order_by(Draft.id)))
        assert len(drafts) == 2
        drafts[0].created_at = old  # the first draft is old; the second stays
        vaults = list(session.scalars(select(VaultEntry).order_by(VaultEntry.id)))
        vaults[0].expires_at = utcnow() - timedelta(days=1)
        session.flush()
        return {
            "client": client,
            "fhir_ids": fhir_ids,
            "dead": dead.id,
            "recent": recent.id,
            "old_draft": drafts[0].id,
            "old_text": drafts[0].text,
            "new_draft": drafts[1].id,
            "expired_vault": vaults[0].id,
            "kept_vault": vaults[1].id,
        }


def _check_pruned(services: Any, ids: dict[str, Any], bulk: int) -> None:
    with session_scope(services.sessions) as session:
        pruned = list(session.scalars(select(InboundMessage).where(InboundMessage.control_id.like("BULK-%"))))
        assert len(pruned) == bulk and all(m.raw == b"" and "raw-pruned" in m.flags for m in pruned)
        assert all(m.size > 0 and m.sha256 for m in pruned)  # the journal row keeps its facts
        assert session.get(InboundMessage, ids["dead"]).raw == b"MSH|^~\\&|dead"  # type: ignore[union-attr]
        assert session.get(InboundMessage, ids["recent"]).raw == b"MSH|^~\\&|recent"  # type: ignore[union-attr]
        old = session.get(Draft, ids["old_draft"])
        new = session.get(Draft, ids["new_draft"])
        assert old is not None and new is not None
        assert old.text == "" and "text-pruned" in old.flags and not old.citations
        assert new.text.startswith("AI") or new.text.startswith("【AI")
        assert session.scalar(select(Delivery.state).where(Delivery.draft_id == old.id)) == "stored"
        assert session.get(VaultEntry, ids["expired_vault"]) is None
        assert session.get(VaultEntry, ids["kept_vault"]) is not None
        actions = list(session.scalars(select(AuditEvent.action).where(AuditEvent.actor == "retention")))
    assert actions.count("raw-pruned") == bulk + 2 and actions.count("text-pruned") == 1


def test_prune_exports_then_frees_space_on_sqlite(make_services: Any, tmp_path: Path) -> None:
    exports = tmp_path / "exports"
    services = make_services(retention_raw_days=30, retention_draft_days=30, retention_export_dir=exports)
    bulk, size = 24, 512 * 1024
    ids = _load(services, bulk, size)
    with session_scope(services.sessions) as session:
        sample_raw = session.scalars(select(InboundMessage.raw).where(InboundMessage.control_id == "BULK-3")).one()

    planned = prune(services, dry_run=True)
    assert (planned.messages, planned.drafts, planned.vault_entries) == (bulk + 2, 1, 1)
    with session_scope(services.sessions) as session:  # a dry run changes nothing
        assert session.scalars(select(InboundMessage.raw).where(InboundMessage.control_id == "BULK-3")).one()

    result = prune(services)
    assert (result.messages, result.drafts, result.vault_entries) == (bulk + 2, 1, 1)
    assert result.file_bytes_before is not None and result.file_bytes_after is not None
    freed = result.file_bytes_before - result.file_bytes_after
    assert freed > bulk * size * 0.9, f"only {freed} bytes freed: VACUUM did not give the space back"
    _check_pruned(services, ids, bulk)

    # The export holds everything pruned, readable only by its owner, written before the rows changed.
    assert result.export is not None and result.export.parent == exports
    assert stat.S_IMODE(result.export.stat().st_mode) == 0o600
    with gzip.open(result.export, "rt", encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines]
    assert [r["type"] for r in records].count("message") == bulk + 2
    exported = next(r for r in records if r.get("control_id") == "BULK-3")
    assert base64.b64decode(exported["raw_base64"]) == sample_raw
    (draft,) = [r for r in records if r["type"] == "draft"]
    assert draft["id"] == ids["old_draft"] and draft["text"] == ids["old_text"]

    # A resend of a pruned message is still recognised as a duplicate, and its journal entry still reads.
    again = ids["client"].post("/fhir", content=sample("en_discharge.json"), headers=FHIR)
    assert again.status_code == 200
    assert ids["client"].get(f"/messages/{ids['fhir_ids'][0]}").json()["status"] == "processed"
    # Nothing left to prune: a second run is a no-op.
    assert prune(services).total == 0


def test_prune_command_dry_run(make_services: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from integration.settings import get_settings
    from medgo_bridge.cli import app as cli

    services = make_services(retention_raw_days=30)
    _load(services, bulk=3, size=1024)
    monkeypatch.setenv("MEDGO_DATA_DIR", str(services.settings.data_dir))
    monkeypatch.setenv("MEDGO_RETENTION_RAW_DAYS", "30")
    get_settings.cache_clear()
    try:
        dry = CliRunner().invoke(cli, ["prune", "--dry-run"])
        assert dry.exit_code == 0, dry.output
        assert "would prune: 5 raw message(s), 0 draft text(s), 1 vault row(s)" in dry.output
        done = CliRunner().invoke(cli, ["prune"])
        assert done.exit_code == 0 and "pruned: 5 raw message(s)" in done.output and "database file:" in done.output
    finally:
        get_settings.cache_clear()
    with session_scope(services.sessions) as session:
        assert session.scalars(select(InboundMessage.raw).where(InboundMessage.control_id == "BULK-0")).one() == b""


@pytest.mark.services
def test_prune_and_vacuum_on_postgresql(make_services: Any, postgres_url: str, tmp_path: Path) -> None:
    services = make_services(
        database_url=postgres_url, retention_raw_days=30, retention_draft_days=30, retention_export_dir=tmp_path / "x"
    )
    bulk = 6
    ids = _load(services, bulk, 64 * 1024)
    result = prune(services)
    assert (result.messages, result.drafts, result.vault_entries) == (bulk + 2, 1, 1)
    assert result.file_bytes_before is None  # no file to measure; VACUUM ran (it raises otherwise)
    _check_pruned(services, ids, bulk)
    assert prune(services).total == 0
