"""The small interfaces the core needs from the edges (ports-and-adapters).

Adapters live in ``inference/`` (model backends), ``connectors/`` (EMR clients) and ``workers/``
(task dispatch); :mod:`medgo_bridge.wiring` picks them from settings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass(frozen=True)
class GenerationRequest:
    """One draft request. ``system``/``user`` are already de-identified and leak-gated.

    ``context`` is the de-identified structured context (an :class:`integration.context.DraftContext`)
    for backends that work from structure rather than from the rendered prompt (the extractive one).
    """

    task: str
    language: str
    system: str
    user: str
    max_new_tokens: int = 1024
    temperature: float = 0.7
    top_p: float = 0.8
    context: Any = None
    # JSON Schema the answer must follow; the backend hands it to the server's constrained decoding
    # (TGI grammar / OpenAI-style response_format). None: free text.
    response_schema: Mapping[str, Any] | None = None
    # Qwen3-style reasoning. Off by default: summaries do not need it and it costs tokens.
    thinking: bool = False


@dataclass(frozen=True)
class Generation:
    text: str
    backend: str  # "tgi", "openai-compatible", "extractive"
    model: str
    revision: str
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)


class LlmBackend(Protocol):
    """Turns a de-identified request into text. Raises TransientError / PermanentError."""

    name: str

    def generate(self, request: GenerationRequest) -> Generation: ...

    def health(self) -> bool: ...


@dataclass(frozen=True)
class DeliveryResult:
    endpoint: str
    document_ref: str  # e.g. "DocumentReference/123" on the EMR
    provenance_ref: str | None
    already_present: bool  # True when the EMR already held the document (a redelivery)


class EmrClient(Protocol):
    """Writes a draft transaction to the EMR. Raises TransientError / PermanentError."""

    endpoint: str

    def find_document(self, identifier_system: str, identifier_value: str) -> str | None:
        """Reference (``DocumentReference/id``) of a document with this identifier, if the EMR has one."""
        ...

    def read(self, reference: str) -> dict[str, Any] | None:
        """The resource at a relative ``Type/id`` on the EMR, or None when it does not exist."""
        ...

    def post_transaction(self, bundle: Mapping[str, Any]) -> Sequence[str]:
        """POST a transaction Bundle; return the ``response.location`` of each entry, in order."""
        ...


class DocumentSender(Protocol):
    """Delivers a draft as HL7 v2 (MDM^T02 over MLLP) to an EMR without a FHIR API.

    Raises TransientError (timeout, AE/CE: retry) or PermanentError (AR/CR: quarantine). There is no
    way to ask an HL7 v2 EMR whether it already holds a document, so the message control id and TXA-12
    are derived from the draft: a resend after a lost ACK is recognisable as the same document.
    """

    endpoint: str

    def send(self, draft: Any, patient: dict[str, Any] | None, encounter: dict[str, Any] | None) -> str:
        """Send and wait for the ACK; returns the acknowledged message control id."""
        ...


class TaskDispatcher(Protocol):
    """Hands work to whoever runs it (in-process thread or Celery). Called only after a commit."""

    def ingest(self, message_id: int) -> None: ...

    def draft(self, job_id: int) -> None: ...

    def deliver(self, draft_id: int) -> None: ...


@dataclass(frozen=True)
class MappedMessage:
    """An HL7 v2 message as FHIR R4: what the patient record takes in."""

    event: str  # MSH-9.1^MSH-9.2, e.g. "ADT^A03"
    resources: list[dict[str, Any]]  # R4 resources with ids and relative Type/id references
    patient_ref: str | None  # "Patient/<id>" of the message's patient, if any
    warnings: list[str] = field(default_factory=list)  # PHI-free notes for the console


class Hl7Mapper(Protocol):
    """Maps a stored HL7 v2 message to FHIR R4. Raises PermanentError for a message it cannot read."""

    def map(self, raw: bytes, *, source: str) -> MappedMessage: ...
