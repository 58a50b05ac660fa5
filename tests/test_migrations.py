"""The Alembic migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from integration import db
from integration.models import Base


def _diff(url: str) -> list[object]:
    engine = db.make_engine(url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    return list(diff)


def _check(url: str) -> None:
    db.upgrade(url)
    assert _diff(url) == [], "models and migrations disagree: add a migration"
    engine = db.make_engine(url)
    tables = set(inspect(engine).get_table_names())
    engine.dispose()
    assert {
        "inbound_messages",
        "resources",
        "jobs",
        "drafts",
        "deliveries",
        "vault_entries",
        "audit_events",
        "api_keys",
    } <= tables
    db.upgrade(url)  # idempotent


def test_sqlite(tmp_path: Path) -> None:
    _check(f"sqlite:///{tmp_path / 'm.db'}")


@pytest.mark.services
def test_postgresql(postgres_url: str) -> None:
    _check(postgres_url)
