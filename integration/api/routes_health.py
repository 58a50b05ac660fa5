"""Liveness and readiness for orchestrators and on-call engineers."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text

from integration.api.deps import ServicesDep
from integration.deid.selftest import self_test
from integration.settings import TaskMode

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="Liveness: the process answers")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


def _broker_ok(url: str) -> bool:
    import redis

    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1)
        return bool(client.ping())
    except Exception:  # any failure means "not reachable"; the detail is for the broker's own logs
        return False


@router.get("/readyz", summary="Readiness: database, broker, model server and EMR")
def readyz(services: ServicesDep) -> JSONResponse:
    """503 when the database or (in Celery mode) the broker is unreachable, or the de-id self-test fails.

    The model server and the EMR are reported but do not make the API unready: messages are
    still accepted and stored while they are down, and the work waits for them.
    """
    checks: dict[str, Any] = {}
    try:
        with services.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        checks["database"] = "ok"
    except Exception:
        checks["database"] = "unreachable"
    if services.settings.task_mode is TaskMode.celery:
        checks["broker"] = "ok" if _broker_ok(services.settings.broker_url) else "unreachable"
    else:
        checks["broker"] = "in-process"
    checks["model_server"] = (
        ("ok" if services.backend.health() else "unreachable") if services.settings.llm_url else "extractive"
    )
    checks["emr"] = services.emr.endpoint if services.emr is not None else "not configured (drafts kept here)"
    deid = self_test(services.settings.deid_profile)  # cached per process: the first call builds the engine
    checks["deidentification"] = deid.status
    ready = checks["database"] == "ok" and checks["broker"] != "unreachable" and deid.ok
    return JSONResponse(
        {"status": "ready" if ready else "not ready", "checks": checks}, status_code=200 if ready else 503
    )
