"""``medgo-bridge deid``: show what the model would see for a note, a FHIR resource or an HL7 v2 message.

Input kinds (detected from the content):

* HL7 v2 (starts with ``MSH|``): mapped to FHIR with the pipeline's own ``Hl7v2Mapper``, then as FHIR.
* FHIR JSON (a resource or a Bundle): identifiers of Patient, RelatedPerson, Practitioner,
  Organization and Location (and ``contact`` entries) become known identifiers, exactly as in the
  pipeline (``integration.context.known_identifiers``); then every string element is de-identified
  except technical ones (ids, codes, systems, references, URLs of extensions). Attachments with a
  ``text/*`` content type are decoded and shown as de-identified plain text (so the output is for
  reading, not a valid resource any more).
* Anything else: a plain text note.

Dates are replaced by ``<DATE_n>`` placeholders here (the pipeline shifts full ISO dates per
patient instead). The placeholder mapping is never printed. Findings carry no values unless
``show_values`` is set.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field
from typing import Any, Final

from integration.context import known_identifiers, patient_language
from integration.deid import DeidSession, KnownIdentifier, build_analyzer

__all__ = ["DeidOutput", "deidentify_input", "detect_language"]

PARTY_TYPES: Final = frozenset({"Patient", "RelatedPerson", "Practitioner", "Organization", "Location"})
# Keys whose strings are machinery, not content: de-identifying them would only break the shape.
TECHNICAL_KEYS: Final = frozenset(
    {
        "resourceType", "id", "system", "code", "reference", "url", "fullUrl", "status", "use", "type_",
        "gender", "language", "unit", "contentType", "versionId", "profile", "mode", "intent", "priority",
        "hash", "lastUpdated", "source", "div_status", "method",
    }
)  # fmt: skip


@dataclass
class DeidOutput:
    kind: str  # "text", "fhir" or "hl7v2"
    language: str
    text: str  # what the model would see (JSON for FHIR and HL7 v2 input)
    findings: list[dict[str, Any]] = field(default_factory=list)


def detect_language(text: str) -> str:
    """``zh`` when the text holds Han characters, else ``en``."""
    return "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"


class _Walker:
    def __init__(self, session: DeidSession, language: str, show_values: bool) -> None:
        self.session = session
        self.language = language
        self.show_values = show_values
        self.findings: list[dict[str, Any]] = []

    def text(self, fragment: str, path: str) -> str:
        before = len(self.session.findings)
        out = self.session.text(fragment, self.language)
        for finding in self.session.findings[before:]:
            row: dict[str, Any] = {
                "kind": finding.kind,
                "start": finding.start,
                "end": finding.end,
                "recognizer": finding.recognizer,
                "score": round(finding.score, 3),
            }
            if path:
                row = {"path": path, **row}
            if self.show_values:
                row["value"] = fragment[finding.start : finding.end]
            self.findings.append(row)
        return out

    def walk(self, node: Any, path: str) -> Any:
        if isinstance(node, dict):
            out: dict[str, Any] = {}
            is_text_attachment = isinstance(node.get("data"), str) and str(node.get("contentType", "")).startswith(
                "text/"
            )
            for key, value in node.items():
                child = f"{path}.{key}" if path else key
                if key == "data" and is_text_attachment:
                    out[key] = self.walk(_decode(value), child)
                elif key in TECHNICAL_KEYS and isinstance(value, str):
                    out[key] = value
                else:
                    out[key] = self.walk(value, child)
            return out
        if isinstance(node, list):
            return [self.walk(item, f"{path}[{i}]") for i, item in enumerate(node)]
        if isinstance(node, str):
            return self.text(node, path)
        return node


def _decode(data: str) -> str:
    try:
        return base64.b64decode(data, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return data


def _resources(document: Any) -> list[dict[str, Any]]:
    """Every resource in a resource or Bundle, including contained ones."""
    found: list[dict[str, Any]] = []

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("resourceType"), str):
                found.append(node)
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for item in node:
                visit(item)

    visit(document)
    return found


def _known(resources: list[dict[str, Any]]) -> list[KnownIdentifier]:
    known: list[KnownIdentifier] = []
    for resource in resources:
        if resource.get("resourceType") in PARTY_TYPES:
            known += known_identifiers(resource)
    return known


def _is_hl7(raw: str) -> bool:
    return raw.lstrip("\ufeff \t\r\n").startswith("MSH|")


def _fhir_document(raw: str) -> Any | None:
    stripped = raw.lstrip("\ufeff \t\r\n")
    if not stripped.startswith("{"):
        return None
    try:
        document = json.loads(stripped)
    except json.JSONDecodeError:
        return None
    return document if isinstance(document, dict) and "resourceType" in document else None


def deidentify_input(
    raw: str, *, profile: str = "lite", language: str | None = None, show_values: bool = False
) -> DeidOutput:
    """De-identify ``raw`` (text, FHIR JSON or HL7 v2) with the pipeline's engine and rules."""
    analyzer = build_analyzer(profile)
    if _is_hl7(raw):
        from connectors.hl7v2.mapping import Hl7v2Mapper

        message = raw.lstrip("\ufeff \t\r\n").replace("\r\n", "\r").replace("\n", "\r")
        mapped = Hl7v2Mapper().map(message.encode("utf-8"), source="cli")
        document: Any = {"resourceType": "Bundle", "type": "collection"}
        document["entry"] = [{"resource": resource} for resource in mapped.resources]
        kind = "hl7v2"
    else:
        document = _fhir_document(raw)
        kind = "fhir" if document is not None else "text"
    if document is None:
        lang = language or detect_language(raw)
        walker = _Walker(DeidSession(analyzer, []), lang, show_values)
        return DeidOutput(kind, lang, walker.text(raw, ""), walker.findings)
    resources = _resources(document)
    patients = [r for r in resources if r.get("resourceType") == "Patient"]
    lang = language or patient_language(patients[0] if patients else None, detect_language(raw))
    walker = _Walker(DeidSession(analyzer, _known(resources)), lang, show_values)
    body = walker.walk(document, "")
    return DeidOutput(kind, lang, json.dumps(body, ensure_ascii=False, indent=2), walker.findings)
