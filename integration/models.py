"""SQLAlchemy 2 ORM: the durable state of the bridge.

The database, not the broker, is the source of truth: a message exists once its row is
committed; a job's state column says what is left to do; a delivery row makes write-back
idempotent whatever the EMR does with conditional creates. Schema changes go through Alembic
(``integration/migrations``); a test checks the models and the migrations agree.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_uuid() -> str:
    return str(uuid.uuid4())


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# BigInteger ids on PostgreSQL, INTEGER on SQLite (which only autoincrements "INTEGER PRIMARY KEY").
Id = BigInteger().with_variant(Integer(), "sqlite")
Stamp = DateTime(timezone=True)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class MessageStatus(StrEnum):
    accepted = "accepted"  # stored, waiting for normalisation
    rejected = "rejected"  # stored, refused with an error (never processed)
    processing = "processing"
    processed = "processed"
    failed = "failed"  # last attempt failed, will be retried
    dead = "dead"  # retries exhausted; replay from the console


class JobState(StrEnum):
    queued = "queued"
    deidentified = "deidentified"
    generated = "generated"
    delivered = "delivered"
    failed = "failed"
    dead = "dead"


class DeliveryState(StrEnum):
    pending = "pending"
    in_progress = "in_progress"
    delivered = "delivered"
    stored = "stored"  # no EMR configured: the draft stays here, readable through the API
    failed = "failed"
    dead = "dead"


class ApiKey(Base):
    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    prefix: Mapped[str] = mapped_column(String(16), index=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(Stamp)
    revoked_at: Mapped[datetime | None] = mapped_column(Stamp)


class InboundMessage(Base):
    __tablename__ = "inbound_messages"
    __table_args__ = (
        UniqueConstraint("source", "control_id", "sha256", name="uq_inbound_messages_dedupe"),
        Index("ix_inbound_messages_status_received", "status", "received_at"),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    source: Mapped[str] = mapped_column(String(100))
    protocol: Mapped[str] = mapped_column(String(16))  # "fhir" | "hl7v2"
    kind: Mapped[str | None] = mapped_column(String(64))  # Bundle.type, or MSH-9
    # Sender's id for the message (Bundle.id / MSH-10); "" when the sender gave none, so that the
    # dedupe constraint still applies (NULLs never collide in a unique index).
    control_id: Mapped[str] = mapped_column(String(200), default="")
    sha256: Mapped[str] = mapped_column(String(64))
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)
    content_type: Mapped[str | None] = mapped_column(String(100))
    received_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)
    status: Mapped[str] = mapped_column(String(16), default=MessageStatus.accepted)
    error: Mapped[str | None] = mapped_column(Text)  # PHI-free
    error_location: Mapped[str | None] = mapped_column(String(300))
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    duplicate_count: Mapped[int] = mapped_column(Integer, default=0)
    last_received_at: Mapped[datetime | None] = mapped_column(Stamp)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    processed_at: Mapped[datetime | None] = mapped_column(Stamp)
    patient_ref: Mapped[str | None] = mapped_column(String(200), index=True)


class StoredResource(Base):
    """The local patient record: the latest version of each FHIR resource we were sent."""

    __tablename__ = "resources"
    __table_args__ = (UniqueConstraint("resource_type", "resource_id", name="uq_resources_type_id"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    resource_type: Mapped[str] = mapped_column(String(64))
    resource_id: Mapped[str] = mapped_column(String(128))
    patient_ref: Mapped[str | None] = mapped_column(String(200), index=True)
    encounter_ref: Mapped[str | None] = mapped_column(String(200), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    body: Mapped[dict[str, Any]] = mapped_column(JSON)
    source_message_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    updated_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)


class Job(Base):
    __tablename__ = "jobs"
    __table_args__ = (Index("ix_jobs_state_updated", "state", "updated_at"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    # One job per (task, trigger): a resend of the same discharge never makes a second draft.
    idempotency_key: Mapped[str] = mapped_column(String(300), unique=True)
    task: Mapped[str] = mapped_column(String(64))
    rule: Mapped[str] = mapped_column(String(100))
    patient_ref: Mapped[str] = mapped_column(String(200), index=True)
    encounter_ref: Mapped[str | None] = mapped_column(String(200))
    # The resource whose change was the event (Encounter/…, DiagnosticReport/…): what the draft is about.
    trigger_ref: Mapped[str | None] = mapped_column(String(200))
    trigger_message_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"), index=True)
    language: Mapped[str | None] = mapped_column(String(8))
    state: Mapped[str] = mapped_column(String(16), default=JobState.queued)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error_code: Mapped[str | None] = mapped_column(String(64))
    error: Mapped[str | None] = mapped_column(Text)  # PHI-free
    created_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow, onupdate=utcnow)


class VaultEntry(Base):
    """The encrypted surrogate map of one job; deleted after the retention period."""

    __tablename__ = "vault_entries"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"), unique=True)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(Stamp, index=True)


class Draft(Base):
    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    # The draft's stable identity: the DocumentReference identifier (urn:uuid:…) on every delivery.
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id"), unique=True)
    task: Mapped[str] = mapped_column(String(64))
    patient_ref: Mapped[str] = mapped_column(String(200), index=True)
    encounter_ref: Mapped[str | None] = mapped_column(String(200))
    loinc_code: Mapped[str] = mapped_column(String(16))
    loinc_display: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)  # re-identified, banner first: what the clinician reviews
    backend: Mapped[str] = mapped_column(String(32))
    model: Mapped[str] = mapped_column(String(200))
    model_revision: Mapped[str] = mapped_column(String(100))
    prompt_version: Mapped[str] = mapped_column(String(64))
    deid_policy: Mapped[str] = mapped_column(String(64))
    sources: Mapped[list[str]] = mapped_column(JSON, default=list)
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Grounding record (integration.grounding): each sentence with the ledger facts it cites, the
    # record resources behind them and what the checks found; the omissions; the ledger's size.
    citations: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # The model's <think> block, de-identified as the model saw the record; only kept when
    # MEDGO_KEEP_REASONING is on (for audit), never part of the note.
    reasoning: Mapped[str | None] = mapped_column(Text)
    period_start: Mapped[str | None] = mapped_column(String(40))
    period_end: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)
    review_status: Mapped[str] = mapped_column(String(16), default="pending")


class Delivery(Base):
    __tablename__ = "deliveries"
    __table_args__ = (Index("ix_deliveries_state_lease", "state", "lease_until"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id"), unique=True)
    target: Mapped[str] = mapped_column(String(16))  # "fhir" | "none"
    endpoint: Mapped[str | None] = mapped_column(String(500))
    state: Mapped[str] = mapped_column(String(16), default=DeliveryState.pending)
    lease_owner: Mapped[str | None] = mapped_column(String(100))
    lease_until: Mapped[datetime | None] = mapped_column(Stamp)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    document_ref: Mapped[str | None] = mapped_column(String(300))
    provenance_ref: Mapped[str | None] = mapped_column(String(300))
    last_error: Mapped[str | None] = mapped_column(Text)  # PHI-free
    delivered_at: Mapped[datetime | None] = mapped_column(Stamp)
    updated_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow, onupdate=utcnow)


class AuditEvent(Base):
    """Who or what touched a draft (or a message): the trail an auditor asks for."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_entity", "entity_type", "entity_id"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))  # "worker", "api:<key name>", "cli"
    action: Mapped[str] = mapped_column(String(64))
    entity_type: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int] = mapped_column(Id)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # PHI-free


class ConsoleUser(Base):
    """A person who signs in to the operations console. Only an scrypt hash of the password is kept."""

    __tablename__ = "console_users"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(16))  # viewer | operator | privacy | admin
    password_hash: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(Stamp)
    # Consecutive failed sign-ins and the lock they earned: slows password guessing per account.
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(Stamp)
    disabled_at: Mapped[datetime | None] = mapped_column(Stamp)


class ConsoleSession(Base):
    """A signed-in browser. The cookie carries a random token; only its SHA-256 is stored here,
    so a copy of the database does not let anyone sign in, and logout really ends the session."""

    __tablename__ = "console_sessions"

    id: Mapped[int] = mapped_column(Id, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("console_users.id", ondelete="CASCADE"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(Stamp, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(Stamp, index=True)
