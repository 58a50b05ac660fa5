"""Response models of the read API. They expose status and provenance, never raw clinical payloads."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

T = TypeVar("T")


def _utc(value: datetime | None) -> datetime | None:
    # SQLite hands timestamps back without their zone; they were written in UTC.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    @field_validator("*", mode="after")
    @classmethod
    def _zone(cls, value: object) -> object:
        return _utc(value) if isinstance(value, datetime) else value


class MessageOut(_Out):
    id: int
    source: str
    protocol: str = Field(examples=["fhir"])
    kind: str | None = Field(description="Bundle.type (or notification:<type>), or MSH-9.", examples=["transaction"])
    control_id: str = Field(description="The sender's id: Bundle.id or MSH-10; empty when none was sent.")
    sha256: str
    size: int
    received_at: datetime
    status: str = Field(examples=["processed"], description="accepted, rejected, processing, processed, failed, dead")
    error: str | None = Field(description="Why it was rejected or failed (never holds patient data).")
    error_location: str | None = Field(description="The failing element, as a FHIRPath-like expression.")
    flags: list[str]
    duplicate_count: int = Field(description="How often the same message was received again (and not reprocessed).")
    processed_at: datetime | None
    patient_ref: str | None
    job_ids: list[int] = Field(default_factory=list)


class DeliveryOut(_Out):
    target: str = Field(description="fhir = the EMR's FHIR API; none = kept here (no EMR configured).")
    endpoint: str | None
    state: str = Field(examples=["delivered"], description="pending, in_progress, delivered, stored, failed, dead")
    attempts: int
    document_ref: str | None = Field(description="The DocumentReference on the EMR.", examples=["DocumentReference/42"])
    provenance_ref: str | None
    last_error: str | None
    delivered_at: datetime | None


class JobOut(_Out):
    id: int
    uuid: str
    task: str = Field(examples=["discharge_summary"])
    rule: str
    patient_ref: str
    encounter_ref: str | None
    trigger_message_id: int | None
    language: str | None
    state: str = Field(examples=["delivered"], description="queued, deidentified, generated, delivered, failed, dead")
    attempts: int
    error_code: str | None
    error: str | None
    created_at: datetime
    updated_at: datetime
    draft_id: int | None = None


class DraftOut(_Out):
    id: int
    uuid: str = Field(description="Also the DocumentReference identifier: urn:uuid:<uuid>.")
    job_id: int
    task: str
    patient_ref: str
    encounter_ref: str | None
    loinc_code: str = Field(examples=["18842-5"])
    title: str
    language: str
    backend: str = Field(examples=["extractive", "tgi"])
    model: str
    model_revision: str
    prompt_version: str = Field(examples=["discharge_summary/en@1"])
    deid_policy: str
    flags: list[str] = Field(description="What the reviewer must look at (reasoning removed, odd placeholders…).")
    review_status: str
    created_at: datetime
    delivery: DeliveryOut | None = None


class DraftDetail(DraftOut):
    text: str = Field(description="The note as delivered: AI-draft banner first, identities restored.")
    sources: list[str] = Field(description="Record resources the draft was built from.")
    citations: dict[str, Any] = Field(
        default_factory=dict,
        description="Grounding record: each sentence with the ledger facts it cites, their record resources and "
        "the checks' findings (issues, 'check' = the marker number in the text); omissions; ledger size and "
        "condensation (docs/prompts.md).",
    )


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int
    next: str | None = Field(None, description="Relative URL of the next page, if any.")
