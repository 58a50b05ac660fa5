"""The ``medgo-bridge`` command line."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from integration import __version__

app = typer.Typer(
    name="medgo-bridge",
    help="HIS/EMR integration middleware: FHIR R4 / HL7 v2 in, de-identified LLM drafts back to the EMR.\n\n"
    "Configuration comes from MEDGO_* environment variables (see the README).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)
db_app = typer.Typer(help="Database schema (Alembic migrations).", no_args_is_help=True)
key_app = typer.Typer(help="API keys for EMRs and operators.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(key_app, name="apikey")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"medgo-bridge {__version__}")
        raise typer.Exit


@app.callback()
def main_callback(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    from medgo_bridge.logs import configure

    configure()


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, help="API processes. More than one needs MEDGO_TASK_MODE=celery.")] = 1,
) -> None:
    """Run the HTTP API (POST /fhir, /messages, /jobs, /drafts, /healthz, /readyz; OpenAPI at /docs)."""
    import uvicorn

    from integration.settings import TaskMode, get_settings

    if workers > 1 and get_settings().task_mode is not TaskMode.celery:
        # Each process would run its own in-process task thread over one SQLite file.
        raise typer.BadParameter("--workers > 1 needs MEDGO_TASK_MODE=celery (and PostgreSQL)")
    if workers > 1:
        settings = get_settings()
        if settings.auto_migrate:
            # Once, here, rather than racing in every API process.
            from integration import db

            db.upgrade(settings.effective_database_url)
            os.environ["MEDGO_AUTO_MIGRATE"] = "false"
        uvicorn.run(
            "medgo_bridge.wiring:build_app",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_config=None,
            access_log=False,
        )
        return
    from medgo_bridge.wiring import build_app

    uvicorn.run(build_app(), host=host, port=port, log_config=None, access_log=False)


@app.command()
def worker(
    queues: Annotated[str, typer.Option(help="Comma-separated queues: ingest, inference, delivery.")] = (
        "ingest,inference,delivery"
    ),
    concurrency: Annotated[int, typer.Option(help="Processes (prefork) or threads (threads pool).")] = 2,
    pool: Annotated[str, typer.Option(help="prefork, or threads for the inference queue (I/O-bound).")] = "prefork",
    loglevel: Annotated[str, typer.Option(help="Celery log level.")] = "INFO",
) -> None:
    """Run a Celery worker (Redis broker from MEDGO_BROKER_URL)."""
    from workers.celery_app import QUEUES
    from workers.celery_app import app as celery_app

    unknown = set(queues.split(",")) - set(QUEUES)
    if unknown:
        raise typer.BadParameter(f"unknown queue(s) {', '.join(sorted(unknown))}; choose from {', '.join(QUEUES)}")
    celery_app.worker_main(
        [
            "worker",
            "-Q",
            queues,
            "-c",
            str(concurrency),
            "-P",
            pool,
            "-l",
            loglevel,
            "--without-gossip",
            "--without-mingle",
            "-n",
            f"{queues.replace(',', '-')}@%h",
        ]
    )


@app.command()
def scheduler(
    loglevel: Annotated[str, typer.Option(help="Celery log level.")] = "INFO",
) -> None:
    """Run the periodic scheduler (Celery beat): the reconciler. Run exactly one per deployment."""
    from integration.settings import get_settings
    from workers.celery_app import app as celery_app

    schedule = get_settings().data_dir / "celerybeat-schedule"
    schedule.parent.mkdir(parents=True, exist_ok=True)
    celery_app.start(["beat", "-l", loglevel, "-s", str(schedule)])


@app.command()
def reconcile(
    older_than: Annotated[float, typer.Option(help="Only work untouched for this many seconds.")] = 0.0,
) -> None:
    """Publish again all unfinished work the database holds (after a broker outage, or to replay)."""
    from integration.inprocess import InProcessDispatcher
    from integration.reconcile import reconcile as run_reconcile
    from medgo_bridge.wiring import build_services

    services = build_services(dispatch="auto", resume=False)
    result = run_reconcile(services, older_than_s=older_than)
    if isinstance(services.dispatcher, InProcessDispatcher):
        services.dispatcher.wait_idle(timeout=3600)  # embedded mode: the work runs here, let it finish
    typer.echo(f"republished {result.messages} message(s), {result.jobs} job(s), {result.deliveries} delivery(ies)")
    if result.broker_down:
        typer.echo("error: the broker is unavailable; nothing more was published. Retry when it is back.", err=True)
        raise typer.Exit(1)


@db_app.command("upgrade")
def db_upgrade(revision: Annotated[str, typer.Argument(help="Target revision.")] = "head") -> None:
    """Apply database migrations (run once per release, before the API and workers start)."""
    from integration import db
    from integration.settings import get_settings

    url = get_settings().effective_database_url
    db.upgrade(url, revision)
    typer.echo(f"database at revision {revision}")


@key_app.command("create")
def apikey_create(
    name: Annotated[str, typer.Argument(help="Who uses the key, e.g. EMR-MAIN (names the source).")],
) -> None:
    """Create an API key and print it once. Only its hash is stored."""
    from integration import apikeys
    from integration.db import session_scope
    from medgo_bridge.wiring import build_services

    services = build_services(dispatch="celery", resume=False)
    try:
        with session_scope(services.sessions) as session:
            key = apikeys.create(session, name)
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(key)
    typer.echo(
        f"API key for {name!r} created. It is shown only now: store it in the sender's configuration.",
        err=True,
    )


@key_app.command("revoke")
def apikey_revoke(name: Annotated[str, typer.Argument(help="The key's name.")]) -> None:
    """Revoke an API key: requests with it are refused from now on."""
    from integration import apikeys
    from integration.db import session_scope
    from medgo_bridge.wiring import build_services

    services = build_services(dispatch="celery", resume=False)
    with session_scope(services.sessions) as session:
        if not apikeys.revoke(session, name):
            typer.echo(f"error: no active key named {name!r}", err=True)
            raise typer.Exit(1)
    typer.echo(f"revoked {name!r}")


@app.command()
def mllp(
    host: Annotated[str | None, typer.Option(help="Interface to bind (default MEDGO_MLLP_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="TCP port (default MEDGO_MLLP_PORT).")] = None,
) -> None:
    """Run the HL7 v2 MLLP listener: each message committed before its ACK; SIGTERM stops it gracefully."""
    from connectors.mllp.server import run_mllp
    from medgo_bridge.wiring import build_services

    run_mllp(build_services(), host=host, port=port)


@app.command("send-hl7")
def send_hl7(
    files: Annotated[
        list[Path], typer.Argument(exists=True, dir_okay=False, help="HL7 v2 files (batches and LF/CRLF are fine).")
    ],
    host: Annotated[str, typer.Option(help="Listener host.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Listener port.")] = 2575,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for each ACK.")] = 30.0,
    tls: Annotated[bool, typer.Option(help="Use TLS (verified against --ca or the system store).")] = False,
    ca: Annotated[Path | None, typer.Option(help="CA bundle that signed the listener's certificate.")] = None,
    cert: Annotated[Path | None, typer.Option(help="Client certificate for mutual TLS.")] = None,
    key: Annotated[Path | None, typer.Option(help="Private key of --cert.")] = None,
    server_name: Annotated[str | None, typer.Option(help="TLS server name if it differs from --host.")] = None,
) -> None:
    """Send HL7 v2 files over MLLP, one line per message; exit 1 unless every message got AA/CA."""
    from connectors.mllp.send import send_files

    code = send_files(
        files,
        host,
        port,
        timeout_s=timeout,
        tls=tls,
        ca_file=str(ca) if ca else None,
        cert_file=str(cert) if cert else None,
        key_file=str(key) if key else None,
        server_hostname=server_name,
        out=typer.echo,
    )
    raise typer.Exit(code)


@app.command("simulate-llm")
def simulate_llm(
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8080,
) -> None:
    """Run the inference-server simulator (TGI HTTP API: /generate, /v1/chat/completions, /info, /health)."""
    from inference.simulator import run_simulator

    run_simulator(host, port)


@app.command("simulate-emr")
def simulate_emr(
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8090,
) -> None:
    """Run a stand-in FHIR R4 EMR that stores and validates what it receives (for trials and tests)."""
    from connectors.emr_simulator import run_emr_simulator

    run_emr_simulator(host, port)


@app.command()
def rules() -> None:
    """Show the rule table in force (built-in, or MEDGO_RULES_FILE)."""
    from integration.rules import describe, load_rules
    from integration.settings import get_settings

    for line in describe(load_rules(get_settings().rules_file)):
        typer.echo(line)


@app.command()
def demo(
    bundles: Annotated[
        list[Path] | None,
        typer.Argument(help="FHIR Bundle JSON files or folders to push. Default: the built-in sample patients."),
    ] = None,
    emr: Annotated[bool, typer.Option(help="Deliver to a stand-in FHIR EMR started for the demo.")] = True,
    llm_simulator: Annotated[
        bool, typer.Option(help="Draft through the TGI protocol simulator instead of the extractive backend.")
    ] = False,
    lines: Annotated[int, typer.Option(help="Lines of each draft to print.")] = 8,
) -> None:
    """Push sample data through the whole flow on embedded defaults (SQLite, in-process tasks, no GPU)."""
    from medgo_bridge.demo import run_demo

    sys.exit(run_demo(bundles or [], with_emr=emr, with_llm_simulator=llm_simulator, lines=lines))


@app.command()
def deid(
    source: Annotated[
        str, typer.Argument(help="A text note, FHIR JSON (resource or Bundle) or HL7 v2 file; - = stdin.")
    ],
    profile: Annotated[
        str | None, typer.Option(help="lite or full. Default: MEDGO_DEID_PROFILE.", show_default=False)
    ] = None,
    language: Annotated[str | None, typer.Option(help="en or zh. Default: from the patient or the script.")] = None,
    report: Annotated[bool, typer.Option("--report", help="Print the findings as JSON instead of the text.")] = False,
    show_values: Annotated[
        bool, typer.Option("--show-values", help="Put the found values into the report (PHI on screen).")
    ] = False,
) -> None:
    """Show what the model would see: de-identify a note, FHIR resource/Bundle or HL7 v2 message."""
    import json

    from integration.errors import BridgeError
    from medgo_bridge.deid_cli import deidentify_input

    if profile is None:
        from integration.settings import get_settings

        profile = get_settings().deid_profile
    if profile not in {"lite", "full"}:
        raise typer.BadParameter("--profile must be lite or full")
    if language not in {None, "en", "zh"}:
        raise typer.BadParameter("--language must be en or zh")
    raw = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    try:
        result = deidentify_input(raw, profile=profile, language=language, show_values=show_values)
    except BridgeError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    if report:
        typer.echo(json.dumps(result.findings, ensure_ascii=False, indent=2))
    else:
        typer.echo(result.text)


def main() -> None:
    app()
