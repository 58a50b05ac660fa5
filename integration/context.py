"""Assemble a de-identified draft context from the patient record.

Structured first: names, identifiers, telecom, addresses and organisations are never copied
into the context; where the draft needs them (the patient, the attending) a placeholder stands
in. Dates are shifted per patient. Only free-text fragments (notes, ``valueString``, a report's
conclusion, a condition's own text) go through the text de-identifier, with every identifier
known from the structured record injected so it is found inside running text as well.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from integration import fhirtime, record
from integration.deid import DeidSession, KnownIdentifier
from integration.deid.dates import shift_iso
from integration.reference_ranges import flag_for

INPATIENT_CLASSES = {"IMP", "ACUTE", "NONAC", "inpatient"}


@dataclass(frozen=True)
class Fact:
    sid: str  # "S12": what the model cites
    ref: str  # "Observation/abc": what the sid stands for (kept out of the model's way)
    when: str  # shifted date/dateTime, "" when unknown
    category: str  # condition | observation | medication | allergy | procedure | report | note | immunization
    text: str  # de-identified
    abnormal: bool = False
    in_encounter: bool = False

    def line(self) -> str:
        flag = " (abnormal)" if self.abnormal else ""
        scope = "*" if self.in_encounter else ""
        return f"- {self.sid} | {self.when or 'date unknown'} | {self.category}{scope} | {self.text}{flag}"


@dataclass(frozen=True)
class EncounterInfo:
    ref: str
    inpatient: bool
    class_code: str
    type_text: str
    start: str  # shifted
    end: str  # shifted
    reasons: list[str]
    attending: str | None  # placeholder
    provider: str | None  # placeholder


@dataclass
class DraftContext:
    task: str
    language: str
    patient_ref: str
    patient_label: str  # placeholder, e.g. "<PERSON_1>"
    sex: str | None
    age: str | None  # "54" or "90+"
    encounter: EncounterInfo | None
    facts: list[Fact] = field(default_factory=list)
    focus: str | None = None  # what the draft is about when it is not the whole encounter (a report)

    @property
    def sources(self) -> list[str]:
        refs = [self.patient_ref] + ([self.encounter.ref] if self.encounter else [])
        return refs + [f.ref for f in self.facts if f.ref not in refs]

    def ledger(self) -> str:
        head = [f"Patient: {self.patient_label} | sex: {self.sex or 'unknown'} | age: {self.age or 'unknown'}"]
        if self.encounter:
            enc = self.encounter
            head.append(
                f"Encounter: {'inpatient' if enc.inpatient else enc.class_code or 'encounter'} | {enc.type_text}"
                f" | {enc.start or '?'} to {enc.end or '?'}"
                + (f" | reason: {'; '.join(enc.reasons)}" if enc.reasons else "")
                + (f" | attending: {enc.attending}" if enc.attending else "")
                + (f" | facility: {enc.provider}" if enc.provider else "")
            )
        if self.focus:
            head.append(f"Focus: {self.focus}")
        head.append("Facts (cite as [S#]; * = part of this encounter or report):")
        return "\n".join(head + [f.line() for f in self.facts])


# --- structured identifiers ------------------------------------------------------------------------


def _names(resource: dict[str, Any]) -> Iterable[str]:
    for name in resource.get("name") or []:
        if isinstance(name, str):  # Organization.name / Location.name
            yield name
            continue
        given = [g for g in name.get("given") or [] if isinstance(g, str)]
        family = name.get("family") if isinstance(name.get("family"), str) else None
        if name.get("text"):
            yield str(name["text"])
        if given or family:
            yield " ".join([*given, family or ""]).strip()
            if family and given:
                yield f"{family}{''.join(given)}"  # Chinese order, no space: 张三
                yield f"{family} {' '.join(given)}"
        yield from given
        if family:
            yield family


def known_identifiers(resource: dict[str, Any]) -> list[KnownIdentifier]:
    """Identifiers a Patient, RelatedPerson, Practitioner, Organization or Location carries."""
    rtype = resource.get("resourceType")
    out: list[KnownIdentifier] = []
    name_kind = "ORG" if rtype == "Organization" else "LOCATION" if rtype == "Location" else "PERSON"
    if rtype in {"Organization", "Location"} and isinstance(resource.get("name"), str):
        out.append(KnownIdentifier(name_kind, resource["name"]))
    else:
        out += [KnownIdentifier(name_kind, n) for n in _names(resource)]
    for alias in resource.get("alias") or []:
        if isinstance(alias, str):
            out.append(KnownIdentifier(name_kind, alias))
    for ident in resource.get("identifier") or []:
        if isinstance(ident, dict) and isinstance(ident.get("value"), str):
            out.append(KnownIdentifier("ID", ident["value"]))
    for telecom in resource.get("telecom") or []:
        if isinstance(telecom, dict) and isinstance(telecom.get("value"), str):
            kind = {"email": "EMAIL", "url": "URL"}.get(str(telecom.get("system")), "PHONE")
            out.append(KnownIdentifier(kind, telecom["value"]))
    addresses = resource.get("address") or []
    for addr in addresses if isinstance(addresses, list) else [addresses]:
        if not isinstance(addr, dict):
            continue
        out += [KnownIdentifier("ADDRESS", line) for line in addr.get("line") or [] if isinstance(line, str)]
        for key in ("text", "city", "district", "postalCode"):
            if isinstance(addr.get(key), str):
                out.append(KnownIdentifier("LOCATION" if key in {"city", "district"} else "ADDRESS", addr[key]))
    if isinstance(resource.get("birthDate"), str):
        out.append(KnownIdentifier("DATE", resource["birthDate"]))
    for ext in resource.get("extension") or []:
        url = str(ext.get("url", "")) if isinstance(ext, dict) else ""
        if url.endswith("patient-mothersMaidenName") and isinstance(ext.get("valueString"), str):
            out.append(KnownIdentifier("PERSON", ext["valueString"]))
        if url.endswith("patient-birthPlace") and isinstance(ext.get("valueAddress"), dict):
            city = ext["valueAddress"].get("city")
            if isinstance(city, str):
                out.append(KnownIdentifier("LOCATION", city))
    for contact in resource.get("contact") or []:
        if isinstance(contact, dict):
            out += known_identifiers({"resourceType": "RelatedPerson", **contact})
    return out


def _referenced(body: Any, prefixes: tuple[str, ...]) -> Iterable[str]:
    if isinstance(body, dict):
        for key, value in body.items():
            if key == "reference" and isinstance(value, str) and value.startswith(prefixes):
                yield value
            else:
                yield from _referenced(value, prefixes)
    elif isinstance(body, list):
        for item in body:
            yield from _referenced(item, prefixes)


PARTY_PREFIXES = ("Practitioner/", "PractitionerRole/", "Organization/", "Location/", "RelatedPerson/")


def record_identifiers(session: Session, patient_ref: str) -> tuple[dict[str, Any] | None, list[KnownIdentifier]]:
    """The Patient resource and every identifier known for it and the parties in its record."""
    patient = record.get(session, patient_ref)
    known = known_identifiers(patient) if patient else []
    parties: set[str] = set()
    rows = list(record.for_patient(session, patient_ref))
    for row in rows:
        if row.resource_type == "RelatedPerson":
            known += known_identifiers(row.body)
        parties.update(_referenced(row.body, PARTY_PREFIXES))
    for ref in sorted(parties):
        body = record.get(session, ref)
        if body:
            known += known_identifiers(body)
    return patient, known


# --- facts ---------------------------------------------------------------------------------------


def _concept(value: Any) -> str:
    if not isinstance(value, dict):
        return ""
    codings = [c for c in value.get("coding") or [] if isinstance(c, dict)]
    for coding in codings:
        if coding.get("display"):
            return str(coding["display"])
    if value.get("text"):
        return str(value["text"])
    # A bare code (clinicalStatus "active") still says more than nothing.
    return next((str(c["code"]) for c in codings if c.get("code")), "")


def _quantity(q: dict[str, Any]) -> str:
    value = q.get("value")
    unit = q.get("unit") or q.get("code") or ""
    if isinstance(value, float):
        value = round(value, 2)
    return f"{value} {unit}".strip()


def _observation_value(obs: dict[str, Any]) -> tuple[str, bool | None]:
    """Rendered value and whether it is abnormal (None when unknown)."""
    code = next((c.get("code") for c in (obs.get("code") or {}).get("coding") or [] if isinstance(c, dict)), None)
    flagged = {c.get("code") for ic in obs.get("interpretation") or [] for c in ic.get("coding") or []}
    abnormal: bool | None = bool(flagged & {"H", "HH", "L", "LL", "A", "AA", "HU", "LU"}) if flagged else None
    if isinstance(obs.get("valueQuantity"), dict):
        q = obs["valueQuantity"]
        if abnormal is None:
            abnormal = flag_for(code, q.get("value"), q.get("unit"), obs.get("referenceRange"))
        return _quantity(q), abnormal
    if "valueCodeableConcept" in obs:
        return _concept(obs["valueCodeableConcept"]), abnormal
    for key in ("valueString", "valueBoolean", "valueInteger", "valueDateTime"):
        if key in obs:
            return str(obs[key]), abnormal
    parts = []
    for comp in obs.get("component") or []:
        name = _concept(comp.get("code"))
        if isinstance(comp.get("valueQuantity"), dict):
            q = comp["valueQuantity"]
            ccode = next((c.get("code") for c in (comp.get("code") or {}).get("coding") or []), None)
            comp_abn = flag_for(ccode, q.get("value"), q.get("unit"), comp.get("referenceRange"))
            abnormal = abnormal or comp_abn
            parts.append(f"{name} {_quantity(q)}" + (" (abnormal)" if comp_abn else ""))
        elif "valueCodeableConcept" in comp:
            parts.append(f"{name} {_concept(comp['valueCodeableConcept'])}")
    return "; ".join(parts), abnormal


def _when(resource: dict[str, Any]) -> str:
    for key in (
        "effectiveDateTime",
        "onsetDateTime",
        "performedDateTime",
        "authoredOn",
        "recordedDate",
        "occurrenceDateTime",
        "issued",
        "date",
    ):
        if isinstance(resource.get(key), str):
            return str(resource[key])
    for key in ("effectivePeriod", "performedPeriod", "period"):
        period = resource.get(key)
        if isinstance(period, dict) and isinstance(period.get("start"), str):
            return str(period["start"])
    return ""


def _note_text(doc: dict[str, Any]) -> str:
    for content in doc.get("content") or []:
        att = content.get("attachment") or {}
        ctype = str(att.get("contentType", ""))
        if ctype.startswith("text/plain") and isinstance(att.get("data"), str):
            try:
                return base64.b64decode(att["data"]).decode("utf-8", errors="replace")
            except (binascii.Error, ValueError):
                return ""
    return ""


def _describe(body: dict[str, Any], deid: DeidSession, language: str) -> tuple[str, str, bool] | None:
    """(category, text, abnormal) for one resource, or None when it adds nothing to a summary."""
    rtype = body["resourceType"]

    def free(text: str) -> str:
        return deid.text(text, language) if text else ""

    if rtype == "Condition":
        status = _concept(body.get("clinicalStatus"))
        label = _concept(body.get("code")) or free(str((body.get("code") or {}).get("text", "")))
        abated = body.get("abatementDateTime")
        resolved = f"resolved {shift_iso(str(abated), deid.date_shift_days)}" if isinstance(abated, str) else ""
        parts = [p for p in (status, resolved) if p]
        detail = f" ({', '.join(parts)})" if parts else ""
        return "condition", f"{free(label)}{detail}", False
    if rtype == "Observation":
        value, abnormal = _observation_value(body)
        name = _concept(body.get("code"))
        notes = " ".join(str(n.get("text", "")) for n in body.get("note") or [] if isinstance(n, dict))
        text = f"{free(name)}: {free(value) if 'valueString' in body else value}"
        if notes:
            text += f" — note: {free(notes)}"
        return "observation", text, bool(abnormal)
    if rtype in {"MedicationRequest", "MedicationStatement"}:
        med = _concept(body.get("medicationCodeableConcept")) or "medication (coded by reference)"
        dosage = "; ".join(free(str(d.get("text", ""))) for d in body.get("dosageInstruction") or [] if d.get("text"))
        status = body.get("status", "unknown")
        return "medication", f"{med} ({status})" + (f", {dosage}" if dosage else ""), False
    if rtype == "AllergyIntolerance":
        subst = _concept(body.get("code")) or "allergy"
        reactions = [_concept(m) for r in body.get("reaction") or [] for m in r.get("manifestation") or []]
        crit = body.get("criticality")
        text = subst + (f", reaction: {', '.join(r for r in reactions if r)}" if any(reactions) else "")
        return "allergy", text + (f", criticality {crit}" if crit else ""), False
    if rtype == "Procedure":
        return (
            "procedure",
            f"{_concept(body.get('code')) or 'procedure'} ({body.get('status', 'unknown')})",
            False,
        )
    if rtype == "DiagnosticReport":
        conclusion = free(str(body.get("conclusion", "")))
        text = _concept(body.get("code")) + (f": {conclusion}" if conclusion else "")
        return "report", text, False
    if rtype == "Immunization":
        return "immunization", _concept(body.get("vaccineCode")) or "immunization", False
    if rtype == "DocumentReference":
        note = _note_text(body)
        if not note:
            return None
        return "note", f"{_concept(body.get('type')) or 'note'}: {free(' '.join(note.split()))}", False
    return None


FACT_TYPES = (
    "Condition",
    "Observation",
    "MedicationRequest",
    "MedicationStatement",
    "AllergyIntolerance",
    "Procedure",
    "DiagnosticReport",
    "Immunization",
    "DocumentReference",
)
# Lower sorts first when the fact budget forces a choice: what a reviewer must never miss first.
PRIORITY = {
    "allergy": 0,
    "medication": 1,
    "condition": 2,
    "report": 3,
    "note": 3,
    "observation": 4,
    "procedure": 5,
    "immunization": 6,
}


def patient_language(patient: dict[str, Any] | None, default: str) -> str:
    """The draft language: the patient's stated language, else Chinese for a name in Han script."""
    for comm in (patient or {}).get("communication") or []:
        for coding in (comm.get("language") or {}).get("coding") or []:
            code = str(coding.get("code", "")).lower()
            if code.startswith("zh"):
                return "zh"
            if code.startswith("en"):
                return "en"
    # HL7 v2 feeds rarely carry PID-15; a name written in Han characters is a strong signal.
    if any("\u4e00" <= ch <= "\u9fff" for name in _names(patient or {}) for ch in name):
        return "zh"
    return default


def build_context(
    session: Session,
    deid: DeidSession,
    *,
    task: str,
    patient_ref: str,
    encounter_ref: str | None,
    patient: dict[str, Any] | None,
    language: str,
    max_facts: int,
    trigger_ref: str | None = None,
) -> DraftContext:
    shift = deid.date_shift_days
    label = deid.placeholder("PERSON", _display_name(patient)) if patient else "the patient"
    encounter = record.get(session, encounter_ref) if encounter_ref else None
    enc_info: EncounterInfo | None = None
    cutoff = None
    if encounter:
        period = encounter.get("period") or {}
        # A finished stay ends the story; an ongoing admission's story runs up to now.
        cutoff = fhirtime.parse(period.get("end")) if period.get("end") else None
        attending = next(
            (
                p["individual"]["reference"]
                for p in encounter.get("participant") or []
                if isinstance(p.get("individual"), dict) and p["individual"].get("reference")
            ),
            None,
        )
        attending_body = record.get(session, attending) if attending else None
        provider_ref = (encounter.get("serviceProvider") or {}).get("reference")
        provider_body = record.get(session, provider_ref) if provider_ref else None
        enc_info = EncounterInfo(
            ref=str(encounter_ref),
            inpatient=(encounter.get("class") or {}).get("code") in INPATIENT_CLASSES,
            class_code=str((encounter.get("class") or {}).get("code", "")),
            type_text=deid.text(_concept((encounter.get("type") or [{}])[0]), language)
            if encounter.get("type")
            else "encounter",
            start=shift_iso(str(period.get("start", "")), shift) if period.get("start") else "",
            end=shift_iso(str(period.get("end", "")), shift) if period.get("end") else "",
            reasons=[deid.text(_concept(r), language) for r in encounter.get("reasonCode") or [] if _concept(r)],
            attending=deid.placeholder("PERSON", _display_name(attending_body)) if attending_body else None,
            provider=deid.placeholder("ORG", str(provider_body.get("name")))
            if provider_body and provider_body.get("name")
            else None,
        )

    age_at = (encounter or {}).get("period", {}).get("end") if encounter else None
    age = fhirtime.age_years((patient or {}).get("birthDate"), age_at)
    age_text = None if age is None else ("90+" if age >= 90 else str(age))

    # A result report's draft is about that report: its results are the facts "in scope".
    focus: set[str] = set()
    trigger = record.get(session, trigger_ref) if trigger_ref and trigger_ref.startswith("DiagnosticReport/") else None
    if trigger is not None:
        focus = {str(trigger_ref)} | {
            str(r["reference"]) for r in trigger.get("result") or [] if isinstance(r, dict) and r.get("reference")
        }
        cutoff = fhirtime.parse(str(trigger.get("issued") or _when(trigger))) or cutoff

    candidates: list[tuple[int, int, str, dict[str, Any], str, str, bool]] = []
    latest_by_code: dict[str, str] = {}
    rows = list(record.for_patient(session, patient_ref, *FACT_TYPES))
    for row in rows:
        body = row.body
        when = _when(body)
        when_dt = fhirtime.parse(when)
        if cutoff and when_dt and when_dt > cutoff:
            continue  # after the encounter: not part of this document's story
        ref = f"{row.resource_type}/{row.resource_id}"
        in_enc = ref in focus if focus else bool(encounter_ref) and row.encounter_ref == encounter_ref
        if body["resourceType"] == "Observation" and not in_enc:
            # Outside the encounter keep only the latest value of each test, not the whole history.
            code = _concept(body.get("code"))
            if when <= latest_by_code.get(code, ""):
                continue
            latest_by_code[code] = when
        described = _describe(body, deid, language)
        if described is None:
            continue
        category, text, abnormal = described
        candidates.append(
            (0 if in_enc else 1, PRIORITY.get(category, 9), when, body, ref, category + "|" + text, abnormal)
        )

    # Observations outside the encounter may have been superseded by a later value of the same test.
    kept = [
        c
        for c in candidates
        if not (
            c[3]["resourceType"] == "Observation"
            and c[0] == 1
            and latest_by_code.get(_concept(c[3].get("code"))) != c[2]
        )
    ]
    kept.sort(key=lambda c: (c[0], c[1], -fhirtime.sort_key(c[2]).timestamp()))
    chosen = kept[:max_facts]
    chosen.sort(key=lambda c: fhirtime.sort_key(c[2]))
    facts = []
    for i, (scope, _prio, when, _body, ref, cat_text, abnormal) in enumerate(chosen, start=1):
        category, _, text = cat_text.partition("|")
        facts.append(
            Fact(
                f"S{i}",
                ref,
                shift_iso(when, shift) if when else "",
                category,
                text,
                abnormal,
                in_encounter=scope == 0,
            )
        )
    focus_text = None
    if trigger is not None:
        focus_text = f"{_concept(trigger.get('code')) or 'report'} ({trigger.get('status', 'unknown status')})"
    return DraftContext(
        task, language, patient_ref, label, (patient or {}).get("gender"), age_text, enc_info, facts, focus_text
    )


def _display_name(resource: dict[str, Any] | None) -> str:
    if not resource:
        return "unknown"
    names = list(_names(resource))
    return names[0] if names else str(resource.get("id", "unknown"))
