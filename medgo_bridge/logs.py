"""Structured JSON logs with correlation ids (message, job, draft ids), never payloads.

Log calls across the code pass ids and codes in ``extra``; this renders them as JSON fields.
Nothing here inspects values for PHI: the rule is that no call site logs record content, and a
test captures the logs of a full run and searches them for the patients' identifiers.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import MutableMapping
from typing import Any

import structlog

from integration.settings import get_settings

_RESERVED = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message", "asctime"}


def _extra_fields(_logger: Any, _name: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    record = event.get("_record")
    if isinstance(record, logging.LogRecord):
        for key, value in record.__dict__.items():
            if key not in _RESERVED and not key.startswith("_"):
                event.setdefault(key, value)
    return event


def configure() -> None:
    settings = get_settings()
    renderer: structlog.types.Processor = (
        structlog.processors.JSONRenderer()
        if settings.log_format == "json"
        else structlog.dev.ConsoleRenderer(colors=False)
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=[
            # Correlation ids bound by the pipeline (integration.steps: message_id, job_id, draft_id,
            # step, task) for the duration of one step, in whatever thread runs it.
            structlog.contextvars.merge_contextvars,
            structlog.stdlib.add_log_level,
            structlog.stdlib.add_logger_name,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
        ],
        processors=[_extra_fields, structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(settings.log_level.upper())
    # Presidio logs every recogniser it loads at INFO; that is noise for an operator.
    # httpx logs every request and alembic every plugin at INFO: routine noise for an operator.
    for noisy in ("presidio-analyzer", "httpx", "alembic"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
