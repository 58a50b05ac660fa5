"""The service container every step receives: settings, storage and the adapters picked at start-up."""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from integration.deid.vault import Vault, load_or_create_key
from integration.errors import BridgeError
from integration.ports import DocumentSender, EmrClient, Hl7Mapper, LlmBackend, TaskDispatcher
from integration.rules import RuleEngine
from integration.settings import Settings

log = logging.getLogger("medgo.services")


class _NoDispatcher:
    def _fail(self, *_: Any) -> None:
        raise RuntimeError("no task dispatcher wired; build Services through medgo_bridge.wiring")

    ingest = draft = deliver = _fail


@dataclass
class Services:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    rules: RuleEngine
    backend: LlmBackend
    emr: EmrClient | None
    vault: Vault
    deid_secret: bytes
    dispatcher: TaskDispatcher = field(default_factory=_NoDispatcher)
    hl7_mapper: Hl7Mapper | None = None
    hl7_sender: DocumentSender | None = None  # MDM^T02 over MLLP, for EMRs without a FHIR API

    @property
    def delivery_target(self) -> tuple[str, str | None]:
        """Where new drafts go: ("fhir", url), ("mllp", host:port) or ("none", None)."""
        if self.emr is not None:
            return "fhir", self.emr.endpoint
        if self.hl7_sender is not None:
            return "mllp", self.hl7_sender.endpoint
        return "none", None


def vault_key(settings: Settings) -> bytes:
    if settings.vault_key is not None:
        return settings.vault_key.get_secret_value().encode("ascii")
    return load_or_create_key(Path(settings.data_dir) / "vault.key")


def safe_error(exc: BaseException) -> str:
    """A description of an error that is safe to store and show: no exception text unless ours.

    Our own errors are written PHI-free by construction. Anything else (a library's ValueError,
    a database error) may quote the data it choked on, so only its type and where it was raised
    are kept; the operator finds the rest in the worker's log under the same job id.
    """
    if isinstance(exc, BridgeError):
        return str(exc)
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"unexpected {type(exc).__name__}{where}"
