"""The Prometheus endpoint of the processes that have no HTTP API: the MLLP listener and Celery workers.

Each runs in its own container, so each serves its own counters on ``MEDGO_METRICS_PORT`` and
Prometheus scrapes every one (docs/deployment.md, "Metrics"). A Celery prefork worker is several
processes: the tasks run in forked children, which a scrape of the parent cannot see, so there
prometheus_client's multiprocess mode is switched on (each process writes its values to files in a
shared directory and the parent's endpoint adds them up). Threads and solo pools are one process
and use the ordinary registry.

Nothing here imports prometheus_client at module level: multiprocess mode has to be chosen before
its first import in the process, and the CLI calls :func:`prepare_multiprocess` first.
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path
from wsgiref.simple_server import WSGIServer

from integration.settings import Settings

log = logging.getLogger("medgo.metrics")

ENV = "PROMETHEUS_MULTIPROC_DIR"


def prepare_multiprocess(*, forked: bool = True) -> str:
    """Switch this process (and the ones it starts) to multiprocess metrics; returns the directory.

    ``PROMETHEUS_MULTIPROC_DIR`` set by the operator is used (emptied first: prometheus_client needs
    a clean directory per run, or the last run's counts would be added to this one's); otherwise a
    fresh temporary directory, removed at exit. ``forked`` says the children are forked from here
    (Celery prefork), so this process must not have created any metric yet; spawned children
    (uvicorn ``--workers``) import everything afresh and only need the environment variable.
    """
    given = os.environ.get(ENV)
    if given:
        path = given
        Path(path).mkdir(parents=True, exist_ok=True)
        for stale in Path(path).glob("*.db"):
            stale.unlink()
    else:
        path = tempfile.mkdtemp(prefix="medgo-metrics-")
        os.environ[ENV] = path
        owner = os.getpid()

        def _cleanup() -> None:
            if os.getpid() == owner:  # never from a forked child that happens to run atexit handlers
                shutil.rmtree(path, ignore_errors=True)

        atexit.register(_cleanup)
    values = sys.modules.get("prometheus_client.values")
    if forked and values is not None and getattr(values, "ValueClass", None) is getattr(values, "MutexValue", None):
        raise RuntimeError(
            "prometheus_client was imported before multiprocess mode was set up; the forked workers' "
            "metrics would be invisible"
        )
    return path


def start(settings: Settings) -> WSGIServer:
    """Serve this process's metrics on ``MEDGO_METRICS_HOST:MEDGO_METRICS_PORT``; returns the server.

    A daemon thread with prometheus_client's own small HTTP server (any path answers with the
    metrics). It serves event counters only: database and queue state come from the API's /metrics.
    Called with port 0 (tests) it binds a free port: ``server.server_port``.
    """
    from prometheus_client import start_http_server

    from integration import metrics

    server, _thread = start_http_server(
        settings.metrics_port, addr=settings.metrics_host, registry=metrics.registry_for()
    )
    port = int(server.server_port)
    log.info(
        "metrics endpoint listening",
        extra={"host": settings.metrics_host, "port": port, "multiprocess": bool(os.environ.get(ENV))},
    )
    return server
