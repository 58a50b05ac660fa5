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
console_app = typer.Typer(
    help="Operations console users (/console): roles viewer, operator, privacy, admin.", no_args_is_help=True
)
app.add_typer(console_app, name="console-user")


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
    """Run the HTTP API (POST /fhir, /messages, /jobs, /drafts, /healthz, /readyz, /metrics; OpenAPI at /docs)."""
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
        # Several API processes: a scrape of /metrics reaches one of them, so they share their
        # counters through prometheus_client's multiprocess files (the workers are spawned, not forked).
        from medgo_bridge.exporter import prepare_multiprocess

        prepare_multiprocess(forked=False)
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
    """Run a Celery worker (Redis broker from MEDGO_BROKER_URL); metrics on MEDGO_METRICS_PORT when set."""
    from integration.settings import get_settings

    settings = get_settings()
    if settings.metrics_port and pool in ("prefork", "processes"):
        # Before anything imports prometheus_client: the tasks run in forked children.
        from medgo_bridge.exporter import prepare_multiprocess

        prepare_multiprocess()
    from workers.celery_app import QUEUES
    from workers.celery_app import app as celery_app

    unknown = set(queues.split(",")) - set(QUEUES)
    if unknown:
        raise typer.BadParameter(f"unknown queue(s) {', '.join(sorted(unknown))}; choose from {', '.join(QUEUES)}")
    if settings.metrics_port:
        from medgo_bridge.exporter import start

        start(settings)
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
    """Run the periodic scheduler (Celery beat): the reconciler and retention. Run exactly one per deployment."""
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


@app.command()
def prune(
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Count what would be pruned; change nothing.")] = False,
    vacuum: Annotated[bool, typer.Option(help="VACUUM afterwards so the space is really freed.")] = True,
) -> None:
    """Apply retention (MEDGO_RETENTION_*, MEDGO_VAULT_RETENTION_DAYS): prune, export first if set, VACUUM."""
    from integration.retention import prune as run_prune
    from medgo_bridge.wiring import build_services

    services = build_services(dispatch="celery", resume=False)
    try:
        result = run_prune(services, dry_run=dry_run, vacuum=vacuum)
    finally:
        services.engine.dispose()
    verb = "would prune" if dry_run else "pruned"
    typer.echo(
        f"{verb}: {result.messages} raw message(s), {result.drafts} draft text(s), "
        f"{result.vault_entries} vault row(s), {result.sessions} console session(s)"
    )
    if result.export is not None:
        typer.echo(f"exported to {result.export}")
    if result.file_bytes_before is not None and result.file_bytes_after is not None:
        typer.echo(f"database file: {result.file_bytes_before} -> {result.file_bytes_after} bytes")


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


def _read_password(password_file: Path | None, *, confirm: bool = True) -> str:
    """From a file (or - for stdin), else an interactive prompt; never from the command line,
    where it would land in the shell history and in every process listing."""
    if password_file is not None:
        text = sys.stdin.read() if str(password_file) == "-" else password_file.read_text(encoding="utf-8")
        return text.splitlines()[0] if text.strip() else ""
    if not sys.stdin.isatty():
        typer.echo("error: no terminal to prompt on; pass --password-file FILE (or - for stdin)", err=True)
        raise typer.Exit(2)
    value: str = typer.prompt("Password", hide_input=True, confirmation_prompt=confirm)
    return value


def _console_users(action: str, name: str, *args: str) -> None:
    from integration.api.console import auth
    from integration.db import session_scope
    from medgo_bridge.wiring import build_services

    services = build_services(dispatch="celery", resume=False)
    try:
        with session_scope(services.sessions) as session:
            if action == "create":
                auth.create_user(session, name, args[0], args[1])
            elif action == "passwd":
                auth.set_password(session, name, args[0])
            elif action == "role":
                auth.set_role(session, name, args[0])
            elif action == "disable":
                auth.disable_user(session, name)
            else:
                auth.enable_user(session, name)
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    finally:
        services.engine.dispose()


Role = Annotated[str, typer.Option("--role", help="viewer, operator, privacy or admin.")]
PasswordFile = Annotated[
    Path | None,
    typer.Option("--password-file", help="Read the password from this file's first line (- = stdin)."),
]


@console_app.command("create")
def console_user_create(
    name: Annotated[str, typer.Argument(help="Sign-in name, e.g. li.wei.")],
    role: Role = "viewer",
    password_file: PasswordFile = None,
) -> None:
    """Create a console user; the password is prompted for (or read from --password-file)."""
    _console_users("create", name, role, _read_password(password_file))
    typer.echo(f"console user {name!r} created with role {role}")


@console_app.command("passwd")
def console_user_passwd(
    name: Annotated[str, typer.Argument(help="The user.")], password_file: PasswordFile = None
) -> None:
    """Set a new password (signs the user out everywhere and clears a sign-in lock)."""
    _console_users("passwd", name, _read_password(password_file))
    typer.echo(f"password of {name!r} changed")


@console_app.command("role")
def console_user_role(
    name: Annotated[str, typer.Argument(help="The user.")],
    role: Annotated[str, typer.Argument(help="viewer, operator, privacy or admin.")],
) -> None:
    """Change a user's role (takes effect on their next page)."""
    _console_users("role", name, role)
    typer.echo(f"{name!r} is now {role}")


@console_app.command("disable")
def console_user_disable(name: Annotated[str, typer.Argument(help="The user.")]) -> None:
    """Disable a user and end their sessions."""
    _console_users("disable", name)
    typer.echo(f"{name!r} disabled")


@console_app.command("enable")
def console_user_enable(name: Annotated[str, typer.Argument(help="The user.")]) -> None:
    """Enable a disabled user again (and clear a sign-in lock)."""
    _console_users("enable", name)
    typer.echo(f"{name!r} enabled")


@console_app.command("list")
def console_user_list() -> None:
    """List console users: name, role, state, last sign-in."""
    from sqlalchemy import select

    from integration.db import session_scope
    from integration.models import ConsoleUser
    from medgo_bridge.wiring import build_services

    services = build_services(dispatch="celery", resume=False)
    with session_scope(services.sessions) as session:
        for user in session.scalars(select(ConsoleUser).order_by(ConsoleUser.name)):
            state = "disabled" if user.disabled_at else "active"
            last = user.last_login_at.strftime("%Y-%m-%d %H:%M") if user.last_login_at else "never"
            typer.echo(f"{user.name}\t{user.role}\t{state}\tlast sign-in {last}")
    services.engine.dispose()


@app.command()
def mllp(
    host: Annotated[str | None, typer.Option(help="Interface to bind (default MEDGO_MLLP_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="TCP port (default MEDGO_MLLP_PORT).")] = None,
) -> None:
    """Run the HL7 v2 MLLP listener: each message committed before its ACK; SIGTERM stops it gracefully.

    Its metrics (messages, ACK latency, connections) are served on MEDGO_METRICS_PORT when set.
    """
    from connectors.mllp.server import run_mllp
    from integration.settings import get_settings
    from medgo_bridge.wiring import build_services

    settings = get_settings()
    if settings.metrics_port:
        from medgo_bridge.exporter import start

        start(settings)
    run_mllp(build_services(settings), host=host, port=port)


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
    capacity: Annotated[
        int, typer.Option(help="max_concurrent_requests: more in flight get TGI's 429 'overloaded'.")
    ] = 128,
    latency: Annotated[float, typer.Option(help="Fixed seconds per request, before any token.")] = 0.0,
    per_token: Annotated[float, typer.Option(help="Seconds per generated token (streamed token by token).")] = 0.0,
    flavor: Annotated[str, typer.Option(help="tgi or openai (vLLM/SGLang-style /info and errors).")] = "tgi",
) -> None:
    """Run the inference-server simulator (TGI HTTP API: /generate, /v1/chat/completions, /info, /health).

    Faults can be switched at run time with POST /_simulator/faults; scripted answers with
    POST /_simulator/script.
    """
    from inference.simulator import SimulatorConfig, run_simulator

    if flavor not in {"tgi", "openai"}:
        raise typer.BadParameter("--flavor must be tgi or openai")
    config = SimulatorConfig(
        max_concurrent_requests=capacity,
        latency_s=latency,
        per_token_latency_s=per_token,
        flavor="tgi" if flavor == "tgi" else "openai",
    )
    run_simulator(host, port, config)


@app.command()
def shadow(
    llm_url: Annotated[
        str | None,
        typer.Option(help="Candidate model server (TGI/vLLM/SGLang root URL). Without it: score stored drafts only."),
    ] = None,
    model: Annotated[str, typer.Option(help="Candidate model name sent with each request.")] = "candidate",
    revision: Annotated[str, typer.Option(help="Candidate model revision, recorded in the report.")] = "unknown",
    limit: Annotated[int, typer.Option(min=1, help="Newest stored drafts to compare.")] = 50,
    task: Annotated[str | None, typer.Option(help="Only drafts of this task (e.g. discharge_summary).")] = None,
    output: Annotated[Path | None, typer.Option(help="Write the full JSON report here (ids and numbers only).")] = None,
) -> None:
    """Compare a candidate model or prompt with the drafts already stored, on this hospital's own records.

    Each stored job is de-identified again exactly as the pipeline does it, sent to the candidate and
    checked by the same grounding code; nothing is written or delivered. Prints citation precision,
    unsupported-sentence rate and omission rate for the stored drafts and the candidate.
    """
    import json

    from integration.draft_eval import shadow as run_shadow
    from integration.settings import get_settings
    from medgo_bridge.wiring import build_services

    settings = get_settings()
    services = build_services(settings, dispatch="inprocess", resume=False)
    candidate = None
    if llm_url:
        from inference.model_server import ModelServerBackend

        token = settings.llm_token.get_secret_value() if settings.llm_token else None
        candidate = ModelServerBackend(
            llm_url, model=model, revision=revision, token=token, timeout_s=settings.llm_timeout_s
        )

    def progress(done: int, total: int) -> None:
        typer.echo(f"\r{done}/{total} drafts", nl=done == total, err=True)

    report = run_shadow(services, candidate, limit=limit, task=task, progress=progress)
    data = report.as_dict()
    if output:
        output.write_text(json.dumps(data, indent=2), encoding="utf-8")
        typer.echo(f"report written to {output}", err=True)
    rows = [("stored drafts", data["baseline"])]
    if "candidate_scores" in data:
        rows.append((f"candidate {model}@{revision}", data["candidate_scores"]))
    typer.echo(f"{'':<28}{'drafts':>7}{'JSON':>6}{'cit.prec':>10}{'unsupp.':>9}{'omitted':>9}")
    for label, sc in rows:

        def pct(v: float | None) -> str:
            return "-" if v is None else f"{v:.3f}"

        typer.echo(
            f"{label[:27]:<28}{sc['drafts']:>7}{sc['structured']:>6}{pct(sc['citation_precision']):>10}"
            f"{pct(sc['unsupported_rate']):>9}{pct(sc['omission_rate']):>9}"
        )
    if data["failed"]:
        typer.echo(f"{data['failed']} draft(s) could not be re-run (see the report's error column)", err=True)


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
    policy: Annotated[
        Path | None,
        typer.Option(help="De-identification policy YAML to try. Default: MEDGO_DEID_POLICY_FILE or the built-in."),
    ] = None,
) -> None:
    """Show what the model would see: de-identify a note, FHIR resource/Bundle or HL7 v2 message.

    FHIR elements get the action the policy declares for their path (drop, placeholder, hash, date
    shift, free text, keep); --report lists those actions and every finding in free text.
    """
    import json

    from integration.deid.policy import PolicyError
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
        result = deidentify_input(
            raw,
            profile=profile,
            language=language,
            show_values=show_values,
            policy_file=str(policy) if policy else None,
        )
    except (BridgeError, PolicyError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    if report:
        typer.echo(json.dumps(result.findings, ensure_ascii=False, indent=2))
    else:
        typer.echo(result.text)


def main() -> None:
    app()
