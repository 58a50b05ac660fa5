"""``medgo-bridge deid``: show what the model would see for a note, a FHIR resource or an HL7 v2 message.

Input kinds (detected from the content):

* HL7 v2 (starts with ``MSH|``): mapped to FHIR with the pipeline's own ``Hl7v2Mapper``, then as FHIR.
* FHIR JSON (a resource or a Bundle): identifiers of Patient, RelatedPerson, Practitioner,
  Organization and Location (and ``contact`` entries) become known identifiers, exactly as in the
  pipeline (``integration.context.known_identifiers``); then every element gets the action the
  de-identification policy declares for its path (``integration/deid/policy.yaml`` or ``--policy``):
  drop, placeholder, keyed hash, date shift, free text or keep. Attachments with a ``text/*``
  content type are decoded and shown as de-identified plain text (so the output is for reading, not
  a valid resource any more).
* Anything else: a plain text note.

Dates inside free text become ``<DATE_n>`` placeholders; structured dates are shifted per patient.
The hash key and the shift here are random per run (this is a preview: nothing links to real
output). The placeholder mapping is never printed. Findings carry no values unless ``show_values``
is set; the report also lists the policy action taken on each element path.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Any, Final

from integration.context import known_identifiers, patient_language
from integration.deid import DeidSession, KnownIdentifier, build_analyzer
from integration.deid.dates import date_shift_days
from integration.deid.policy import Policy, PolicyApplier, deid_policy, load_policy

__all__ = ["DeidOutput", "deidentify_input", "detect_language"]

PARTY_TYPES: Final = frozenset({"Patient", "RelatedPerson", "Practitioner", "Organization", "Location"})


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
    raw: str,
    *,
    profile: str = "lite",
    language: str | None = None,
    show_values: bool = False,
    policy_file: str | None = None,
) -> DeidOutput:
    """De-identify ``raw`` (text, FHIR JSON or HL7 v2) with the pipeline's engine, rules and policy."""
    policy = load_policy(policy_file) if policy_file else deid_policy()
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
    body = _apply(document, walker, policy, patients[0].get("id") if patients else None)
    return DeidOutput(kind, lang, json.dumps(body, ensure_ascii=False, indent=2), walker.findings)


def _apply(document: dict[str, Any], walker: _Walker, policy: Policy, patient_id: Any) -> Any:
    key = os.urandom(32)
    applier = PolicyApplier(
        policy,
        placeholder=walker.session.placeholder,
        text=walker.text,
        hash_key=key,
        shift_days=date_shift_days(key, str(patient_id or "cli"), 365),
    )
    if document.get("resourceType") == "Bundle":
        # The Bundle's own elements are envelope (fullUrl, request); its resources get the policy.
        body = {k: v for k, v in document.items() if k != "entry"}
        body["entry"] = [
            {**e, "resource": applier.apply(e["resource"])} if isinstance(e.get("resource"), dict) else e
            for e in document.get("entry") or []
            if isinstance(e, dict)
        ]
    else:
        body = applier.apply(document)
    walker.findings += [
        {"path": a.path, "policy": a.action, **({"kind": a.kind} if a.kind else {})}
        for a in applier.applied
        if a.action != "text"  # text findings are listed one by one above, with offsets
    ]
    return body
