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
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy.orm import Session

from integration import fhirtime, record
from integration.deid import DeidSession, KnownIdentifier
from integration.deid.dates import shift_iso
from integration.deid.policy import deid_policy, identifying_values
from integration.reference_ranges import flag_for

INPATIENT_CLASSES = {"IMP", "ACUTE", "NONAC", "inpatient"}


@dataclass(frozen=True)
class Fact:
    """One numbered line of the fact ledger: what the model may state and must cite."""

    sid: str  # "S12": what the model cites
    ref: str  # "Observation/abc": what the sid stands for (kept out of the prompt: see line())
    when: str  # shifted date/dateTime, "" when unknown
    category: str  # patient | encounter | condition | observation | medication | allergy | procedure | report
    # | note | immunization | order | device | qa-check | summary
    text: str  # de-identified
    abnormal: bool = False
    in_encounter: bool = False
    kind: str = ""  # resource type shown in the line ("Observation"); "Summary" for a condensed line
    pending: bool = False  # a result not final yet, or an order not carried out: "pending results"
    status: str = ""  # the resource's status (active, completed…), for the omission checklist
    key: str = ""  # what repeated facts share (the test's name): condensation groups by it
    covers: tuple[str, ...] = ()  # a condensed line: every record reference it stands for
    span: str = ""  # a condensed line: the period it covers, as shown

    @property
    def refs(self) -> tuple[str, ...]:
        return self.covers or ((self.ref,) if self.ref else ())

    def line(self) -> str:
        """``S12 | Observation* | 2024-05-11 06:00 | 血钾: 3.1 mmol/L (abnormal)``.

        The resource type, not its id: ids are sender-chosen strings (Synthea's are 36-character
        UUIDs, ~25 tokens each, and an id may embed a visit number); the id stays in our ledger map.
        """
        marks = (" (abnormal)" if self.abnormal else "") + (" (pending)" if self.pending else "")
        scope = "*" if self.in_encounter else ""
        return f"{self.sid} | {self.kind}{scope} | {self.span or display_when(self.when)} | {self.text}{marks}"


def display_when(when: str) -> str:
    """``2024-05-11T06:00:00+08:00`` -> ``2024-05-11 06:00``: minutes are what a note quotes."""
    if not when:
        return "-"
    date, _, rest = when.partition("T")
    return f"{date} {rest[:5]}" if rest else date


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


LEDGER_HEAD = "Record facts, oldest first (cite as [S#]; * = part of this stay or report):"


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
    focus: str | None = None  # what the draft is about when it is not the whole encounter (a report, a note)
    focus_kind: str = ""  # "lab" | "imaging" for a report, "note" for a note under review
    # What fitting the ledger into its budget did (integration.ledger): stages applied, size.
    condensed: list[str] = field(default_factory=list)
    ledger_tokens: int | None = None
    ledger_tokens_measured: bool = False  # True: counted by the model server's tokenizer

    @property
    def sources(self) -> list[str]:
        refs = [self.patient_ref] + ([self.encounter.ref] if self.encounter else [])
        for fact in self.facts:
            refs += [r for r in fact.refs if r not in refs]
        return refs

    def fact(self, sid: str) -> Fact | None:
        return next((f for f in self.facts if f.sid == sid), None)

    def ledger(self) -> str:
        head = [f"Focus: {self.focus}"] if self.focus else []
        return "\n".join([*head, LEDGER_HEAD, *(f.line() for f in self.facts)])


# --- structured identifiers ------------------------------------------------------------------------


def _names(resource: dict[str, Any]) -> Iterable[str]:
    names = resource.get("name") or []
    # Patient.contact.name is a single HumanName, not a list: iterating it would yield its keys.
    for name in [names] if isinstance(names, dict) else names:
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
    # The declared policy (policy.yaml, MEDGO_DEID_POLICY_FILE) may name more identifying elements.
    seen = {(k.kind, k.value) for k in out}
    out += [k for k in identifying_values(resource, deid_policy()) if (k.kind, k.value) not in seen]
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
    if rtype == "ServiceRequest":
        # An order: pending tests and tasks for the next shift, examinations already asked for.
        return "order", f"{_concept(body.get('code')) or 'order'} ({body.get('status', 'unknown')})", False
    if rtype == "DeviceUseStatement":
        # Lines, drains, catheters: what a nursing handoff must name.
        device = _concept((body.get("device") or {}).get("concept")) or str(
            (body.get("device") or {}).get("display", "")
        )
        site = _concept(body.get("bodySite"))
        text = (device or "device") + (f", site: {site}" if site else "") + f" ({body.get('status', 'unknown')})"
        return "device", text, False
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
    "ServiceRequest",
    "DeviceUseStatement",
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
    "order": 3,
    "device": 1,
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
    trigger_ref: str | None = None,
) -> DraftContext:
    """Every fact of the record that belongs to this document's story, numbered oldest first.

    Nothing is cut here: fitting the ledger into its token budget is :func:`integration.ledger.fit`,
    which condenses in stages and says so, instead of dropping facts silently.
    """
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

    # A result report's draft is about that report: its results are the facts "in scope". A
    # documentation review is about one note, read against the stay it belongs to.
    focus: set[str] = set()
    focus_kind = ""
    trigger = record.get(session, trigger_ref) if trigger_ref else None
    note_checks: list[Fact] = []
    if trigger is not None and trigger.get("resourceType") == "DiagnosticReport":
        focus = {str(trigger_ref)} | {
            str(r["reference"]) for r in trigger.get("result") or [] if isinstance(r, dict) and r.get("reference")
        }
        cutoff = fhirtime.parse(str(trigger.get("issued") or _when(trigger))) or cutoff
        focus_kind = "imaging" if _is_imaging(trigger) else "lab"
    elif trigger is not None and trigger.get("resourceType") == "DocumentReference" and task == "documentation_qa":
        focus = {str(trigger_ref)}
        focus_kind = "note"
        written = fhirtime.parse(str(trigger.get("date") or ""))
        if written and cutoff and written > cutoff:
            cutoff = written  # a late note is still compared with everything up to its writing
        note_checks = _note_checks(trigger, str(trigger_ref), encounter, enc_info, language, shift)

    candidates: list[tuple[int, int, str, dict[str, Any], str, str, bool]] = []
    latest_by_code: dict[str, str] = {}
    repeats: dict[str, int] = {}
    rows = list(record.for_patient(session, patient_ref, *FACT_TYPES))
    for row in rows:
        body = row.body
        when = _when(body)
        when_dt = fhirtime.parse(when)
        if cutoff and when_dt and when_dt > cutoff:
            continue  # after the encounter: not part of this document's story
        ref = f"{row.resource_type}/{row.resource_id}"
        in_stay = bool(encounter_ref) and row.encounter_ref == encounter_ref
        in_enc = (ref in focus or (focus_kind == "note" and in_stay)) if focus else in_stay
        if body["resourceType"] == "Observation" and not in_enc:
            # Outside the encounter keep only the latest value of each test, not the whole history;
            # the line says how many earlier values it stands in for.
            code = _concept(body.get("code"))
            repeats[code] = repeats.get(code, 0) + 1
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
    facts: list[Fact] = []
    for scope, _prio, when, body, ref, cat_text, abnormal in kept:
        category, _, text = cat_text.partition("|")
        key = _concept(body.get("code")) if body["resourceType"] == "Observation" else ""
        if scope == 1 and key and repeats.get(key, 1) > 1:
            text += f" (latest of {repeats[key]} results)"
        status = str(body.get("status", ""))
        if body["resourceType"] in {"MedicationStatement", "MedicationRequest"} and status == "active":
            status = "active"
        facts.append(
            Fact(
                "",
                ref,
                shift_iso(when, shift) if when else "",
                category,
                text,
                abnormal,
                in_encounter=scope == 0,
                kind=body["resourceType"],
                pending=_is_pending(body),
                status=status,
                key=key,
            )
        )
    facts += note_checks
    words = LABELS["zh" if language == "zh" else "en"]
    gender = (patient or {}).get("gender") or "unknown"
    patient_fact = Fact(
        "",
        patient_ref,
        "",
        "patient",
        f"{label}; {words['sex']}: {words.get(gender, gender)}; {words['age']}: {age_text or words['unknown']}",
        in_encounter=True,
        kind="Patient",
    )
    if enc_info is not None:
        facts.append(_encounter_fact(enc_info, encounter or {}, words))
    facts.sort(key=lambda f: fhirtime.sort_key(f.when))
    focus_text = None
    if trigger is not None and focus:
        label_text = _concept(trigger.get("code") or trigger.get("type")) or trigger.get("resourceType", "")
        focus_text = f"{label_text} ({trigger.get('docStatus') or trigger.get('status', 'unknown status')})"
    context = DraftContext(
        task,
        language,
        patient_ref,
        label,
        (patient or {}).get("gender"),
        age_text,
        enc_info,
        [patient_fact, *facts],
        focus_text,
        focus_kind,
    )
    context.facts = number(context.facts)
    return context


def number(facts: list[Fact]) -> list[Fact]:
    """S1, S2, … in the order given (the ledger's chronological order)."""
    return [replace(f, sid=f"S{i}") for i, f in enumerate(facts, start=1)]


PENDING_STATUS = {"registered", "preliminary", "partial"}
OPEN_ORDER_STATUS = {"active", "on-hold"}


def _is_pending(body: dict[str, Any]) -> bool:
    status = str(body.get("status", ""))
    if body["resourceType"] in {"Observation", "DiagnosticReport"}:
        return status in PENDING_STATUS
    if body["resourceType"] == "ServiceRequest":
        return status in OPEN_ORDER_STATUS
    return False


IMAGING_CATEGORIES = {"RAD", "IMG", "CT", "MR", "US", "NMR", "LP29684-5", "imaging", "radiology"}


def _is_imaging(report: dict[str, Any]) -> bool:
    codes: set[str] = set()
    for cat in report.get("category") or []:
        codes |= {str(c.get("code", "")) for c in (cat or {}).get("coding") or [] if isinstance(c, dict)}
    return bool(codes & IMAGING_CATEGORIES)


# The ledger's own words for the patient and the stay, in the record's language (the model answers in it).
LABELS = {
    "en": {
        "sex": "sex",
        "age": "age",
        "unknown": "unknown",
        "inpatient": "inpatient stay",
        "to": "to",
        "ongoing": "ongoing",
        "days": "days",
        "reason": "reason",
        "attending": "attending",
        "facility": "facility",
    },
    "zh": {
        "sex": "性别",
        "age": "年龄",
        "unknown": "未知",
        "female": "女",
        "male": "男",
        "other": "其他",
        "inpatient": "住院",
        "to": "至",
        "ongoing": "至今",
        "days": "天",
        "reason": "入院原因",
        "attending": "主管医师",
        "facility": "机构",
    },
}


def _encounter_fact(enc: EncounterInfo, encounter: dict[str, Any], words: dict[str, str]) -> Fact:
    period = encounter.get("period") or {}
    start, end = fhirtime.parse(period.get("start")), fhirtime.parse(period.get("end"))
    kind = words["inpatient"] if enc.inpatient else (enc.class_code or "encounter")
    until = display_when(enc.end) if enc.end else words["ongoing"]
    text = f"{kind} ({enc.type_text}); {display_when(enc.start)} {words['to']} {until}"
    if start and end:
        # Calendar days, as a length of stay is counted: a summary may quote it, so it must be a fact.
        text += f" ({(end.date() - start.date()).days} {words['days']})"
    if enc.reasons:
        text += f"; {words['reason']}: {'; '.join(enc.reasons)}"
    if enc.attending:
        text += f"; {words['attending']}: {enc.attending}"
    if enc.provider:
        text += f"; {words['facility']}: {enc.provider}"
    return Fact("", enc.ref, enc.start, "encounter", text, in_encounter=True, kind="Encounter")


# Headings a note of each LOINC type must carry (卫医政发〔2010〕11号《病历书写基本规范》 for the Chinese
# ones; the US discharge summary / H&P layouts for the English ones). Any listed spelling counts.
REQUIRED_SECTIONS: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "18842-5": [
        ("入院情况 / Admission", ("入院情况", "admission")),
        ("入院诊断 / Admission diagnoses", ("入院诊断", "admission diagnos")),
        ("诊疗经过 / Hospital course", ("诊疗经过", "hospital course")),
        ("出院诊断 / Discharge diagnoses", ("出院诊断", "discharge diagnos")),
        ("出院情况 / Condition at discharge", ("出院情况", "condition at discharge", "discharge condition")),
        (
            "出院医嘱 / Discharge medications and instructions",
            ("出院医嘱", "discharge medication", "discharge instruction"),
        ),
    ],
    "34117-2": [
        ("主诉 / Chief complaint", ("主诉", "chief complaint")),
        ("现病史 / History of present illness", ("现病史", "history of present illness", "hpi")),
        ("既往史 / Past medical history", ("既往史", "past medical history", "pmh")),
        ("体格检查 / Physical examination", ("体格检查", "physical exam")),
        ("初步诊断 / Assessment", ("初步诊断", "assessment", "impression")),
    ],
}
# Time limits: (anchor in the encounter, hours). A discharge summary within 24 h of discharge and an
# admission note (入院记录 / H&P) within 24 h of admission (《病历书写基本规范》 第十八条, 第二十四条).
TIME_LIMITS: dict[str, tuple[str, int]] = {"18842-5": ("end", 24), "34117-2": ("start", 24)}


def _note_checks(
    note: dict[str, Any],
    note_ref: str,
    encounter: dict[str, Any] | None,
    enc: EncounterInfo | None,
    language: str,
    shift: int,
) -> list[Fact]:
    """What code can check in a note without a model: required headings and time limits.

    Each result is a ledger fact (citing the note and the stay), so the review cites it like any
    other fact and the extractive backend can list it.
    """
    zh = language == "zh"
    type_code = next(
        (str(c.get("code")) for c in (note.get("type") or {}).get("coding") or [] if isinstance(c, dict)), ""
    )
    covers = (note_ref, enc.ref) if enc else (note_ref,)
    when = shift_iso(str(note["date"]), shift) if isinstance(note.get("date"), str) else ""
    checks: list[str] = []
    text = _note_text(note).casefold()
    for label, spellings in REQUIRED_SECTIONS.get(type_code, []):
        if not any(s.casefold() in text for s in spellings):
            checks.append(
                f"被审核文书缺少必填项目：{label}" if zh else f"Required section missing from the note: {label}"
            )
    if type_code in REQUIRED_SECTIONS and len(checks) == 0:
        checks.append("被审核文书包含全部必填项目" if zh else "The note has every required section")
    limit = TIME_LIMITS.get(type_code)
    if limit is not None:
        anchor_name, hours = limit
        written = fhirtime.parse(str(note.get("date") or ""))
        anchor = fhirtime.parse(((encounter or {}).get("period") or {}).get(anchor_name))
        what = (
            ("出院" if anchor_name == "end" else "入院")
            if zh
            else ("discharge" if anchor_name == "end" else "admission")
        )
        if written is None:
            checks.append(
                "被审核文书没有书写时间，无法核对时限"
                if zh
                else "The note has no date: its time limit cannot be checked"
            )
        elif anchor is None:
            checks.append(
                f"病历中没有{what}时间，无法核对{hours}小时时限"
                if zh
                else f"The record has no {what} time: the {hours} h limit cannot be checked"
            )
        else:
            elapsed = (written - anchor).total_seconds() / 3600
            verdict = ("超时" if elapsed > hours else "符合时限") if zh else ("breached" if elapsed > hours else "met")
            checks.append(
                f"文书书写于{what}后{elapsed:.0f}小时（时限{hours}小时）：{verdict}"
                if zh
                else f"Note written {elapsed:.0f} h after {what} (limit {hours} h): {verdict}"
            )
    return [
        Fact("", note_ref, when, "qa-check", check, in_encounter=True, kind="Check", covers=covers) for check in checks
    ]


def _display_name(resource: dict[str, Any] | None) -> str:
    if not resource:
        return "unknown"
    names = list(_names(resource))
    return names[0] if names else str(resource.get("id", "unknown"))
