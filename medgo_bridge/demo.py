"""``medgo-bridge demo``: the whole flow on embedded defaults, printed per patient.

It starts the real API on a loopback port, a stand-in FHIR EMR (and optionally the TGI protocol
simulator), POSTs each bundle over HTTP exactly as an EMR would, waits for the in-process
workers, and shows where each draft went with its first lines.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from datetime import datetime
from importlib import resources
from pathlib import Path

import httpx
import typer
import uvicorn
from fastapi import FastAPI
from sqlalchemy import select

from integration.db import session_scope
from integration.inprocess import InProcessDispatcher
from integration.models import Delivery, Draft, InboundMessage, Job
from integration.settings import Settings, TaskMode


def sample_bundles() -> list[tuple[str, bytes]]:
    folder = resources.files("medgo_bridge").joinpath("samples")
    return sorted((p.name, p.read_bytes()) for p in folder.iterdir() if p.name.endswith(".json"))


def _collect(paths: Sequence[Path]) -> list[tuple[str, bytes]]:
    found: list[tuple[str, bytes]] = []
    for path in paths:
        files = sorted(path.glob("*.json")) if path.is_dir() else [path]
        found += [(f.name, f.read_bytes()) for f in files]
    return found


@contextmanager
def serve_in_thread(app: FastAPI, port: int = 0) -> Iterator[str]:
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        log_config=None,
        access_log=False,
        lifespan="off",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the API did not start")
        time.sleep(0.02)
    bound = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{bound}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def run_demo(paths: Sequence[Path], *, with_emr: bool, with_llm_simulator: bool, lines: int) -> int:
    from medgo_bridge.wiring import build_app, build_services

    # The demo prints its own progress; only problems should interrupt it.
    logging.getLogger().setLevel(logging.WARNING)
    bundles = _collect(paths) if paths else sample_bundles()
    if not bundles:
        typer.echo("No bundles to send: give FHIR Bundle JSON files or folders.", err=True)
        return 2
    data_dir = Path(".medgo") / f"demo-{datetime.now():%Y%m%d-%H%M%S}"
    with ExitStack() as stack:
        overrides: dict[str, object] = {
            "data_dir": data_dir,
            "database_url": "",
            "task_mode": TaskMode.inprocess,
            "api_auth": False,
        }
        if with_emr:
            from connectors.emr_simulator import EmrSimulatorServer

            emr = stack.enter_context(EmrSimulatorServer())
            overrides["emr_fhir_url"] = emr.url
        if with_llm_simulator:
            from inference.simulator import SimulatorServer

            llm = stack.enter_context(SimulatorServer())
            overrides["llm_url"] = llm.url
        settings = Settings(**overrides)  # type: ignore[arg-type]
        typer.echo(
            f"medgo-bridge demo: SQLite at {settings.effective_database_url.removeprefix('sqlite:///')}, "
            f"tasks in-process, backend {'TGI simulator' if with_llm_simulator else 'extractive (no model)'}, "
            f"EMR {settings.emr_fhir_url or 'none (drafts kept locally)'}"
        )
        services = build_services(settings, dispatch="inprocess")
        base = stack.enter_context(serve_in_thread(build_app(services)))
        with httpx.Client(base_url=base, timeout=120) as client:
            for i, (name, body) in enumerate(bundles, start=1):
                started = time.perf_counter()
                resp = client.post("/fhir", content=body, headers={"Content-Type": "application/fhir+json"})
                outcome = resp.json().get("issue", [{}])[0].get("diagnostics", "")
                typer.echo(
                    f"[{i}/{len(bundles)}] POST {name} ({len(body) // 1024} KiB) -> {resp.status_code} "
                    f"in {(time.perf_counter() - started) * 1000:.0f} ms: {outcome}"
                )
        typer.echo("waiting for the workers (normalise, de-identify, draft, deliver)…")
        dispatcher = services.dispatcher
        if isinstance(dispatcher, InProcessDispatcher) and not dispatcher.wait_idle(timeout=600):
            typer.echo("the workers did not finish within 10 minutes", err=True)
            return 1
        return _report(services, lines)


def _report(services: object, lines: int) -> int:
    from integration.services import Services

    assert isinstance(services, Services)
    failures = 0
    with session_scope(services.sessions) as session:
        messages = list(session.scalars(select(InboundMessage).order_by(InboundMessage.id)))
        for msg in messages:
            jobs = list(session.scalars(select(Job).where(Job.trigger_message_id == msg.id)))
            typer.echo("")
            typer.echo(
                f"message {msg.id} ({msg.control_id or 'no id'}): {msg.status}"
                + (f" — {msg.error}" if msg.error else "")
            )
            if not jobs:
                typer.echo("  no event in this message triggered a draft")
            for job in jobs:
                draft = session.scalar(select(Draft).where(Draft.job_id == job.id))
                if draft is None:
                    failures += 1
                    typer.echo(f"  job {job.id} {job.task} for {job.patient_ref}: {job.state} — {job.error}")
                    continue
                delivery = session.scalar(select(Delivery).where(Delivery.draft_id == draft.id))
                where = (
                    f"delivered to {delivery.endpoint} as {delivery.document_ref}"
                    if delivery and delivery.state == "delivered"
                    else f"kept here (GET /drafts/{draft.id})"
                    if delivery and delivery.state == "stored"
                    else f"delivery {delivery.state if delivery else 'missing'}"
                )
                typer.echo(f"  {draft.patient_ref}: {draft.title} [{draft.loinc_code}], {draft.backend}; {where}")
                for line in draft.text.splitlines()[:lines]:
                    typer.echo(f"    | {line}")
    typer.echo("")
    typer.echo(json.dumps({"messages": len(messages), "failures": failures}))
    return 1 if failures else 0
