"""The one typed settings object, read from ``MEDGO_*`` environment variables.

Every knob lives here so an operator can see the whole surface in one place (``docs/configuration``
in the README is generated from the field descriptions). Embedded defaults need no services:
SQLite in ``./.medgo``, tasks in-process, the extractive backend instead of a model server.
"""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class TaskMode(StrEnum):
    inprocess = "inprocess"
    celery = "celery"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MEDGO_", env_file=".env", extra="ignore")

    # --- storage -------------------------------------------------------------------------------
    data_dir: Path = Field(Path(".medgo"), description="Directory for embedded state (SQLite file, vault key).")
    database_url: str = Field(
        "", description="SQLAlchemy URL. Empty = SQLite file in data_dir. PostgreSQL: postgresql+psycopg://…"
    )
    auto_migrate: bool = Field(
        True,
        description="Run Alembic migrations at start-up (compose runs them in a one-shot service instead).",
    )

    # --- tasks ---------------------------------------------------------------------------------
    task_mode: TaskMode = Field(
        TaskMode.inprocess, description="inprocess: run tasks in this process; celery: publish to the broker."
    )
    broker_url: str = Field("redis://127.0.0.1:6379/0", description="Celery broker (Redis).")
    broker_visibility_timeout_s: int = Field(
        3600, gt=0, description="Redis redelivers a task a dead worker held after this long (acks_late)."
    )
    reconcile_interval_s: float = Field(
        60.0, ge=0, description="How often the scheduler looks for committed work never published (0 = never)."
    )
    reconcile_after_s: float = Field(
        900.0, gt=0, description="Unfinished work untouched this long is published again (longer than any backoff)."
    )
    task_max_retries: int = Field(5, ge=0, description="Retries of a failing task before it is dead-lettered.")
    task_retry_backoff_s: float = Field(2.0, gt=0, description="First retry delay; doubles each retry (jittered).")
    task_retry_backoff_max_s: float = Field(600.0, gt=0, description="Ceiling of the retry delay.")

    # --- API -----------------------------------------------------------------------------------
    api_auth: bool | None = Field(
        None,
        description="Require an API key. Default: on, except in the embedded demo (in-process + SQLite).",
    )
    max_request_bytes: int = Field(20 * 1024 * 1024, gt=0, description="Largest accepted request body.")
    default_source: str = Field("default", description="Source name for unauthenticated embedded requests.")

    # --- HL7 v2 over MLLP ----------------------------------------------------------------------
    mllp_host: str = Field("127.0.0.1", description="Interface the MLLP listener binds (0.0.0.0 in containers).")
    mllp_port: int = Field(2575, ge=0, le=65535, description="MLLP listener TCP port.")
    mllp_source: str = Field(
        "", description="Source name for messages on this listener. Empty = MSH-3^MSH-4 of each message."
    )
    mllp_allow: list[str] = Field(
        default_factory=list, description="Sender IPs / CIDRs allowed to connect (JSON list). Empty = any."
    )
    mllp_max_message_bytes: int = Field(
        4 * 1024 * 1024, gt=0, description="Largest accepted HL7 message; larger ones are answered AR."
    )
    mllp_max_connections: int = Field(256, gt=0, description="Concurrent MLLP connections before refusing more.")
    mllp_idle_timeout_s: float = Field(600.0, gt=0, description="Close a connection silent for this long.")
    mllp_write_timeout_s: float = Field(30.0, gt=0, description="Give up on a peer that does not read its ACK.")
    mllp_tls_cert: Path | None = Field(None, description="PEM certificate: turns on TLS for the MLLP listener.")
    mllp_tls_key: Path | None = Field(None, description="PEM private key for mllp_tls_cert.")
    mllp_tls_client_ca: Path | None = Field(
        None, description="PEM CA bundle: when set, senders must present a certificate it signed (mutual TLS)."
    )
    mllp_default_charset: str = Field(
        "UNICODE UTF-8", description="Character set when MSH-18 is empty (HL7 table 0211 name, e.g. GB 18030-2000)."
    )
    mllp_charset_overrides: dict[str, str] = Field(
        default_factory=dict,
        description='Per-source character set that wins over MSH-18 (JSON, e.g. {"LIS^HOSP": "GB 18030-2000"}).',
    )
    hl7_timezone: str = Field(
        "", description="IANA zone of HL7 timestamps sent without an offset (e.g. Asia/Shanghai). Empty = date only."
    )
    mllp_commit_batch: int = Field(
        256, gt=0, description="Most messages committed in one transaction (group commit across connections)."
    )

    # --- model server --------------------------------------------------------------------------
    llm_url: str = Field("", description="TGI / vLLM / SGLang base URL. Empty = extractive backend, no model.")
    llm_token: SecretStr | None = Field(None, description="Bearer token for the model server, if it wants one.")
    llm_model: str = Field("OpenMedZoo/MedGo", description="Model id (sent as `model`; recorded in Provenance).")
    llm_revision: str = Field("main", description="Model revision recorded in Provenance.")
    llm_timeout_s: float = Field(120.0, gt=0, description="Timeout of one model request.")
    llm_max_new_tokens: int = Field(2048, gt=0, description="Upper bound on generated tokens per draft.")
    llm_temperature: float = Field(0.7, ge=0, description="Sampling temperature (Qwen3 non-thinking default).")
    llm_top_p: float = Field(0.8, gt=0, le=1, description="Nucleus sampling (Qwen3 non-thinking default).")
    llm_max_concurrency: int = Field(
        16,
        ge=1,
        description="Most model requests in flight per process (lowered to the server's /info "
        "max_concurrent_requests). Match the inference worker's threads (MEDGO_INFERENCE_CONCURRENCY).",
    )
    llm_slot_wait_s: float = Field(
        60.0, ge=0, description="How long a draft waits for a free request slot before retrying later (llm-busy)."
    )
    llm_circuit_failures: int = Field(
        5,
        ge=0,
        description="Consecutive model-server failures that open the circuit: calls then fail fast, "
        "nothing is sent (0 = no breaker).",
    )
    llm_circuit_reset_s: float = Field(
        30.0, gt=0, description="How long an open circuit stays open before one trial request is let through."
    )
    llm_stream: bool = Field(
        False, description="Stream model answers token by token (records time to first token per draft)."
    )

    # --- EMR write-back ------------------------------------------------------------------------
    emr_fhir_url: str = Field("", description="EMR FHIR R4 base URL for write-back. Empty = keep drafts here.")
    emr_token: SecretStr | None = Field(None, description="Bearer token for the EMR FHIR API.")
    emr_timeout_s: float = Field(30.0, gt=0, description="Timeout of one EMR request.")
    delivery_lease_s: float = Field(
        120.0, gt=0, description="How long one worker holds a draft's delivery before another may take over."
    )
    emr_mllp_address: str = Field(
        "", description="host:port of an EMR without a FHIR API: drafts go there as MDM^T02 over MLLP."
    )
    emr_mllp_tls_ca: Path | None = Field(None, description="PEM CA bundle: use TLS towards emr_mllp_address.")
    emr_mllp_charset: str = Field("UNICODE UTF-8", description="MSH-18 of outbound MDM^T02 (or GB 18030-2000).")
    emr_mllp_availability: str = Field(
        "UN", description="TXA-19 of outbound drafts: UN hides them until signed, AV shows them at once."
    )
    organization_ref: str = Field("", description="Custodian Organization reference, e.g. Organization/hosp.")

    # --- de-identification ---------------------------------------------------------------------
    vault_key: SecretStr | None = Field(
        None,
        description="Fernet key for the surrogate vault. Empty = generated once into data_dir/vault.key.",
    )
    deid_secret: SecretStr | None = Field(
        None,
        description="HMAC secret for date shifts and hashed identifiers. Empty = derived from vault key.",
    )
    deid_profile: Literal["lite", "full"] = Field(
        "lite",
        description="De-identification profile: lite (patterns only) or full (adds spaCy + LAC NER; needs the models).",
    )
    deid_policy_file: Path | None = Field(
        None,
        description="YAML de-identification policy (action per FHIR element path) replacing the built-in one.",
    )
    date_shift_max_days: int = Field(365, ge=1, description="Per-patient date shift is within ±this many days.")
    vault_retention_days: int = Field(
        30,
        ge=1,
        description="Vault rows expire this many days after the draft (expires_at; the retention job deletes them).",
    )

    # --- drafting ------------------------------------------------------------------------------
    default_language: str = Field("en", description="Draft language when the record does not say (en or zh).")
    rules_file: Path | None = Field(None, description="YAML rule table replacing the built-in one.")
    context_max_facts: int = Field(
        200, gt=0, description="Most fact lines in one prompt; more are condensed in stages, never cut silently."
    )
    ledger_max_tokens: int = Field(
        12000,
        gt=0,
        description="Token budget of the fact ledger in one prompt (counted by the model server's tokenizer "
        "when it has one); larger records are condensed in stages and the draft flagged ledger-condensed.",
    )
    ddx_loinc_code: str = Field(
        "51848-0",
        description="LOINC type of differential-diagnosis drafts: 51848-0 Evaluation note, or 11488-4, 11506-3, "
        "34117-2 for an EMR that does not accept it.",
    )
    result_plain_language: bool = Field(
        True, description="Result interpretations add a plain-language section for the patient."
    )
    keep_reasoning: bool = Field(
        False,
        description="Keep the model's <think> block (de-identified) with the draft for audit; never in the note.",
    )

    # --- operations ----------------------------------------------------------------------------
    log_level: str = Field("INFO", description="Log level (DEBUG, INFO, WARNING, ERROR).")
    log_format: str = Field("json", description="json (one object per line) or console.")
    metrics_public: bool = Field(
        True,
        description="Serve the API's GET /metrics without an API key (it holds counts and codes, no PHI); "
        "false = the API key is required.",
    )
    metrics_port: int = Field(
        0,
        ge=0,
        le=65535,
        description="Port on which the MLLP listener and each Celery worker serve their Prometheus metrics "
        "(0 = off). The API serves GET /metrics on its own port.",
    )
    metrics_host: str = Field(
        "127.0.0.1", description="Interface of the MEDGO_METRICS_PORT endpoint (0.0.0.0 in containers)."
    )

    # --- operations console --------------------------------------------------------------------
    console_secret: SecretStr | None = Field(
        None, description="HMAC key that signs console session cookies. Empty = derived from the vault key."
    )
    console_cookie_secure: bool | None = Field(
        None,
        description="Send the console cookie over HTTPS only. Default: on, except in the embedded demo.",
    )
    console_idle_minutes: int = Field(30, ge=1, description="A console session unused this long is signed out.")
    console_session_hours: float = Field(12.0, gt=0, description="A console session ends this long after sign-in.")

    # --- retention -----------------------------------------------------------------------------
    retention_raw_days: int = Field(
        0,
        ge=0,
        description="Raw message bytes are pruned this many days after receipt, once processed or refused (0 = keep).",
    )
    retention_draft_days: int = Field(
        0,
        ge=0,
        description="Draft texts are pruned this many days after creation, once delivered or stored (0 = keep).",
    )
    retention_export_dir: Path | None = Field(
        None,
        description="Before pruning, write what is pruned to a gzip JSONL file here (holds PHI). Empty = no export.",
    )
    retention_interval_s: float = Field(
        86400.0, ge=0, description="How often the scheduler prunes (0 = never; `medgo-bridge prune` runs it by hand)."
    )

    @field_validator("ddx_loinc_code")
    @classmethod
    def _ddx_code(cls, value: str) -> str:
        from integration.draft_tasks import DDX_LOINC

        if value not in DDX_LOINC:
            raise ValueError(f"ddx_loinc_code must be one of {', '.join(DDX_LOINC)}")
        return value

    @field_validator("default_language")
    @classmethod
    def _lang(cls, value: str) -> str:
        if value not in {"en", "zh"}:
            raise ValueError("default_language must be 'en' or 'zh'")
        return value

    # --- derived -------------------------------------------------------------------------------
    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'medgo.db').resolve()}"

    @property
    def is_embedded(self) -> bool:
        return self.task_mode is TaskMode.inprocess and self.effective_database_url.startswith("sqlite")

    @property
    def auth_required(self) -> bool:
        return (not self.is_embedded) if self.api_auth is None else self.api_auth

    @property
    def console_cookie_is_secure(self) -> bool:
        # The embedded demo is served over plain HTTP on loopback; anything else sits behind TLS.
        return (not self.is_embedded) if self.console_cookie_secure is None else self.console_cookie_secure


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
