"""Shared fixtures: settings on temporary storage, real PostgreSQL / Redis, the simulators, the corpus.

Under ``CI=true`` a missing service or corpus is a failure, not a skip: CI must prove the
integration, a laptop without PostgreSQL may only skip it.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest

from integration.settings import Settings, TaskMode

ON_CI = os.environ.get("CI", "").lower() == "true"
ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("MEDGO_TEST_CORPUS", ROOT.parent / "shared" / "corpus"))
POSTGRES_URL = os.environ.get("MEDGO_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("MEDGO_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
SAMPLES = ROOT / "medgo_bridge" / "samples"


def unavailable(reason: str) -> NoReturn:
    """Skip on a laptop; fail in CI, where every service and the corpus must be present."""
    if ON_CI:
        pytest.fail(f"{reason} (CI=true: required)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not (CORPUS / "README.md").exists():
        unavailable(f"shared corpus not found at {CORPUS}; set MEDGO_TEST_CORPUS")
    return CORPUS


@pytest.fixture(scope="session")
def postgres_admin_url() -> str:
    import sqlalchemy

    try:
        engine = sqlalchemy.create_engine(POSTGRES_URL)
        with engine.connect() as conn:
            conn.execute(sqlalchemy.text("SELECT 1"))
        engine.dispose()
    except Exception as exc:
        unavailable(f"PostgreSQL not reachable at {POSTGRES_URL}: {type(exc).__name__}")
    return POSTGRES_URL


@pytest.fixture
def postgres_url(postgres_admin_url: str) -> Iterator[str]:
    """A fresh schema per test on the real server, dropped afterwards (tests can run side by side)."""
    import sqlalchemy

    schema = f"medgo_t_{uuid.uuid4().hex[:10]}"
    engine = sqlalchemy.create_engine(postgres_admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(sqlalchemy.text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in postgres_admin_url else "?"
    yield f"{postgres_admin_url}{sep}options=-csearch_path%3D{schema}"
    with engine.connect() as conn:
        conn.execute(sqlalchemy.text(f"DROP SCHEMA {schema} CASCADE"))
    engine.dispose()


@pytest.fixture
def redis_url() -> str:
    import redis

    try:
        client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
        client.ping()
        client.flushdb()
    except Exception as exc:
        unavailable(f"Redis not reachable at {REDIS_URL}: {type(exc).__name__}")
    return REDIS_URL


@pytest.fixture(scope="session")
def emr_server() -> Iterator[Any]:
    from connectors.emr_simulator import EmrSimulatorServer

    with EmrSimulatorServer() as server:
        yield server


@pytest.fixture
def emr(emr_server: Any) -> Any:
    emr_server.reset()
    return emr_server


@pytest.fixture(scope="session")
def llm_server() -> Iterator[Any]:
    from inference.simulator import SimulatorServer

    with SimulatorServer() as server:
        yield server


@pytest.fixture
def llm(llm_server: Any) -> Any:
    llm_server.clear()
    llm_server.reset_faults()
    return llm_server


@pytest.fixture
def make_settings(tmp_path: Path) -> Any:
    def make(**overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "data_dir": tmp_path / "data",
            "database_url": "",
            "task_mode": TaskMode.inprocess,
            "api_auth": False,
            "task_retry_backoff_s": 0.05,
            "task_retry_backoff_max_s": 0.5,
            "delivery_lease_s": 5,
        }
        values.update(overrides)
        return Settings(**values)

    return make


@pytest.fixture
def make_services(make_settings: Any) -> Iterator[Any]:
    """Build a service container (in-process dispatch by default) and close it afterwards."""
    from integration.inprocess import InProcessDispatcher
    from medgo_bridge.wiring import build_services

    built: list[Any] = []

    def make(dispatch: str = "inprocess", **overrides: Any) -> Any:
        services = build_services(make_settings(**overrides), dispatch=dispatch)  # type: ignore[arg-type]
        built.append(services)
        return services

    yield make
    for services in built:
        if isinstance(services.dispatcher, InProcessDispatcher):
            services.dispatcher.close()
        services.engine.dispose()


def load_json(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_bytes())
    return data


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def require_module(name: str, install: str) -> None:
    """An optional package the test needs: skip on a laptop without it, fail under CI=true."""
    import importlib.util

    if importlib.util.find_spec(name) is None:
        unavailable(f"{name} is not installed (pip install {install})")
