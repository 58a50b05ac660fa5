"""A database outage is nobody's fault: the step is retried, never dead-lettered, never dropped.

The end-to-end proof is drill C in tests/test_failure_drills.py (PostgreSQL refusing connections for
30 s under real workers); these are the unit-level rules behind it.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from integration import steps
from workers import tasks


def _refused() -> OperationalError:
    # What SQLAlchemy raises when psycopg cannot connect: no SQLSTATE, the connection never existed.
    return OperationalError("SELECT 1", {}, psycopg.OperationalError("connection failed: Connection refused"))


def _raise(exc: BaseException) -> Any:
    def step(*_: object, **__: object) -> None:
        raise exc

    return step


def test_a_refused_connection_is_retried_without_spending_the_budget(
    make_services: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = make_services(task_max_retries=2, task_retry_backoff_s=0.05, task_retry_backoff_max_s=60)
    monkeypatch.setitem(steps.STEPS, "deliver", _raise(_refused()))
    marked: list[bool] = []
    monkeypatch.setattr(steps, "_mark", lambda *_a, dead, **_k: marked.append(dead))
    # Far past the budget: a genuine failure would be dead-lettered here; the database being away is not.
    outcome = steps.run(services, "deliver", 1, attempt=7)
    assert (outcome.status, outcome.counts_as_attempt) == ("retry", False)
    assert outcome.retry_in is not None and outcome.retry_in > 0
    assert marked == []  # nothing recorded: the database is not there to record it
    # The wait grows with each such retry, up to 32 x the first backoff.
    waits = [steps.run(services, "deliver", 1, attempt=0, waits=n).retry_in or 0 for n in (0, 5, 9)]
    base = services.settings.task_retry_backoff_s
    assert waits[0] <= base and base * 16 <= waits[1] <= base * 32 and base * 16 <= waits[2] <= base * 32


def test_a_failure_that_cannot_be_recorded_keeps_the_work(make_services: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    services = make_services(task_max_retries=0)
    monkeypatch.setitem(steps.STEPS, "draft", _raise(ValueError("the model answered nonsense")))

    def mark(*_: object, **__: object) -> None:
        raise _refused()

    monkeypatch.setattr(steps, "_mark", mark)
    outcome = steps.run(services, "draft", 1, attempt=0)
    # Not "dead": the dead letter could not be written, so the task stays with the broker instead.
    assert (outcome.status, outcome.counts_as_attempt) == ("retry", False)


def test_real_database_errors_still_count(make_services: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    services = make_services(task_max_retries=0)
    with services.engine.connect() as conn, pytest.raises(OperationalError) as missing_table:
        conn.execute(text("SELECT * FROM no_such_table"))
    assert not steps.database_unavailable(missing_table.value)
    monkeypatch.setitem(steps.STEPS, "deliver", _raise(missing_table.value))
    marked: list[bool] = []
    monkeypatch.setattr(steps, "_mark", lambda *_a, dead, **_k: marked.append(dead))
    assert steps.run(services, "deliver", 1, attempt=0).status == "dead"
    assert marked == [True]


def test_celery_never_cuts_a_step_task_short() -> None:
    # Celery's default max_retries (3) would drop a task on its fourth retry of any kind, deferrals included.
    for task in (tasks.ingest_message, tasks.draft_job, tasks.deliver_draft):
        assert task.max_retries is None


def test_reconciler_skips_quietly_while_the_database_is_down(monkeypatch: Any, caplog: Any) -> None:
    def refused(*_a: Any, **_k: Any) -> Any:
        raise OperationalError("SELECT 1", {}, ConnectionRefusedError("refused"))

    monkeypatch.setattr("integration.reconcile.reconcile", refused)
    fake = SimpleNamespace(settings=SimpleNamespace(reconcile_after_s=1))
    monkeypatch.setattr(tasks, "services", lambda: fake)
    with caplog.at_level("WARNING", logger="medgo.reconcile"):
        assert tasks.reconcile_task() == 0
    assert any("database is unreachable" in r.getMessage() for r in caplog.records)
    assert not any(r.exc_info for r in caplog.records)
