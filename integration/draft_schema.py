"""The shape every model answer takes: sections of sentences, each citing the ledger facts it rests on.

Shared by the prompt (which asks for it), the backends (which pass it to the server's constrained
decoding), the simulator (which answers in it) and the grounding checker (which verifies it).
Task-specific schemas may narrow ``title`` to an ``enum`` of section names, never change the shape.
"""

from __future__ import annotations

from typing import Any

FACT_ID_PATTERN = "^S[0-9]+$"


def draft_schema(section_titles: list[str] | None = None) -> dict[str, Any]:
    """JSON Schema of an answer; with ``section_titles`` the section titles are limited to those."""
    title: dict[str, Any] = {"type": "string"}
    if section_titles:
        title = {"type": "string", "enum": list(section_titles)}
    sentence = {
        "type": "object",
        "properties": {
            "text": {"type": "string"},
            "cites": {"type": "array", "items": {"type": "string", "pattern": FACT_ID_PATTERN}},
        },
        "required": ["text", "cites"],
        "additionalProperties": False,
    }
    section = {
        "type": "object",
        "properties": {"title": title, "sentences": {"type": "array", "items": sentence}},
        "required": ["title", "sentences"],
        "additionalProperties": False,
    }
    return {
        "type": "object",
        "properties": {"sections": {"type": "array", "items": section}},
        "required": ["sections"],
        "additionalProperties": False,
    }
