"""Rules: a configurable table that turns clinical events into draft jobs (not hard-wired ifs)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from integration import fhirtime, record
from integration.record import Change


class RuleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    name: str
    # Not "on": YAML 1.1 reads a bare `on` key as the boolean true.
    resource: str = Field(description="Resource type whose creation or change is the event, e.g. Encounter.")
    when: dict[str, list[str]] = Field(default_factory=dict, description="Element -> accepted codes.")
    events: list[str] = Field(
        default_factory=list,
        description="Message events the rule listens to (ORU^R01, ADT^A01, fhir:transaction…). Empty = any.",
    )
    task: str


class RuleTable(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rules: list[RuleSpec]


@dataclass(frozen=True)
class JobSpec:
    task: str
    rule: str
    patient_ref: str
    encounter_ref: str | None
    trigger_ref: str

    @property
    def idempotency_key(self) -> str:
        return f"{self.task}:{self.trigger_ref}"


def load_rules(path: Path | None = None) -> RuleTable:
    if path is None:
        text = resources.files("integration.rules").joinpath("default.yaml").read_text(encoding="utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    return RuleTable.model_validate(yaml.safe_load(text))


def _values(resource: dict[str, Any], element: str) -> set[str]:
    """Codes an element carries: a code string, a Coding's code, or a CodeableConcept's codes."""
    value = resource.get(element)
    items = value if isinstance(value, list) else [value]
    out: set[str] = set()
    for item in items:
        if isinstance(item, str):
            out.add(item)
        elif isinstance(item, dict):
            if isinstance(item.get("code"), str):
                out.add(item["code"])
            for coding in item.get("coding") or []:
                if isinstance(coding, dict) and isinstance(coding.get("code"), str):
                    out.add(coding["code"])
    return out


def matches(rule: RuleSpec, resource: dict[str, Any]) -> bool:
    if resource.get("resourceType") != rule.resource:
        return False
    return all(_values(resource, element) & set(accepted) for element, accepted in rule.when.items())


def _event_time(resource: dict[str, Any]) -> str:
    period = resource.get("period") or {}
    for key in ("end", "start"):
        if isinstance(period.get(key), str):
            return str(period[key])
    for key in ("effectiveDateTime", "issued", "recordedDate", "authoredOn", "date"):
        if isinstance(resource.get(key), str):
            return str(resource[key])
    return ""


@dataclass
class RuleEngine:
    table: RuleTable
    _types: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self._types = frozenset(r.resource for r in self.table.rules)

    def evaluate(self, session: Session, changes: Sequence[Change], event: str = "") -> list[JobSpec]:
        """Jobs for the events among ``changes``: per patient and resource type, only the most recent.

        ``event`` names the message that carried the changes (``ADT^A03``, ``fhir:transaction``); rules
        with an ``events`` list fire only for those.
        """
        specs: list[JobSpec] = []
        seen: set[tuple[str, str]] = set()
        for change in changes:
            if change.action == "unchanged" or change.resource_type not in self._types or not change.patient_ref:
                continue
            key = (change.patient_ref, change.resource_type)
            if key in seen:
                continue
            seen.add(key)
            latest = self._latest_candidate(session, change.patient_ref, change.resource_type)
            if latest is None or latest[0] not in {c.ref for c in changes if c.action != "unchanged"}:
                # The newest candidate in the record did not change in this message: what did
                # change is history arriving late, not an event.
                continue
            ref, body = latest
            for rule in self.table.rules:
                if rule.events and event not in rule.events:
                    continue
                if matches(rule, body):
                    specs.append(JobSpec(rule.task, rule.name, change.patient_ref, record.encounter_ref_of(body), ref))
                    break
        return specs

    def _latest_candidate(
        self, session: Session, patient_ref: str, resource_type: str
    ) -> tuple[str, dict[str, Any]] | None:
        rules = [r for r in self.table.rules if r.resource == resource_type]
        best: tuple[datetime, str, dict[str, Any]] | None = None
        for row in record.for_patient(session, patient_ref, resource_type):
            if not any(matches(r, row.body) for r in rules):
                continue
            when = fhirtime.sort_key(_event_time(row.body))
            if best is None or when > best[0]:
                best = (when, f"{row.resource_type}/{row.resource_id}", row.body)
        return (best[1], best[2]) if best else None


def engine_from(path: Path | None) -> RuleEngine:
    return RuleEngine(load_rules(path))


def describe(table: RuleTable) -> Iterable[str]:
    for rule in table.rules:
        cond = ", ".join(f"{k} in {v}" for k, v in rule.when.items()) or "always"
        yield f"{rule.name}: {rule.resource} where {cond} -> {rule.task}"
