"""HL7 v2 → FHIR R4, table-driven. The tables are documented in ``docs/hl7v2-mapping.md``.

What is mapped: ADT (Patient from PID, Encounter from PV1 with its status set by the trigger event,
Condition from DG1, AllergyIntolerance from AL1, RelatedPerson from NK1, Observation from OBX),
ORU (DiagnosticReport per OBR, Observation per OBX), MDM (DocumentReference from TXA + OBX text).
Any other message: Patient/Encounter from PID/PV1 and a warning; nothing ever raises except
:class:`~integration.errors.PermanentError` for a message that cannot be read.

Ids are deterministic (uuid5 of source + business keys) so that later messages about the same
patient, visit, order or document update the same resources instead of adding copies. See
``docs/hl7v2-mapping.md`` for the keys. Warnings and errors name segments, field positions and
table codes only, never values: they are shown in the console and stored on the message row.

Resources are not validated here (``fhir.resources.R4B`` validation costs ~0.2 ms per resource,
several times the whole mapping); the tests validate every resource the corpus produces.
"""

from __future__ import annotations

import base64
import calendar
import functools
import hashlib
import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from connectors.hl7v2.parse import ParsedMessage, Segment, Value, parse
from integration.errors import PermanentError
from integration.ports import MappedMessage

# Fixed forever: uuid5(NAMESPACE_URL, "https://github.com/medgo-bridge/medgo-bridge/hl7v2").
# Changing it would give every resource a new id and split each patient's record in two.
NAMESPACE = uuid.UUID("61666719-7479-5e88-8886-3b71160fd5d6")

Resource = dict[str, Any]

V2 = "http://terminology.hl7.org/CodeSystem/v2-"
V3_ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
V3_NULL = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor"
V3_PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
V3_INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
V3_MARITAL = "http://terminology.hl7.org/CodeSystem/v3-MaritalStatus"
UCUM = "http://unitsofmeasure.org"
BCP47 = "urn:ietf:bcp:47"
# Resources built from a message that is not about the patient's administration (ORU, MDM, ORM …)
# carry this tag: their Patient/Encounter are context, thinner than the ADT feed's, and the record
# may prefer not to overwrite an ADT-derived version with them.
CONTEXT_TAG = {"system": "https://github.com/medgo-bridge/medgo-bridge/hl7v2", "code": "context-only"}

# --- tables ---------------------------------------------------------------------------------------

# ADT trigger → Encounter.status. Events not listed map PID/PV1 as context only.
ADT_ENCOUNTER_STATUS: dict[str, str] = {
    "A01": "in-progress",  # admit
    "A02": "in-progress",  # transfer
    "A03": "finished",  # discharge
    "A04": "in-progress",  # register (outpatient / ED)
    "A05": "planned",  # pre-admit
    "A06": "in-progress",  # outpatient → inpatient
    "A07": "in-progress",  # inpatient → outpatient
    "A08": "in-progress",  # update (finished when PV1-45 is present)
    "A11": "cancelled",  # cancel admit / visit
    "A12": "in-progress",  # cancel transfer
    "A13": "in-progress",  # cancel discharge
    "A14": "planned",  # pending admit
    "A21": "onleave",  # leave of absence out
    "A22": "in-progress",  # back from leave
    "A27": "cancelled",  # cancel pending admit
    "A38": "cancelled",  # cancel pre-admit
}
# ADT events about the person only: Patient is authoritative, PV1 (usually a placeholder) is skipped.
ADT_PERSON_EVENTS = frozenset({"A28", "A29", "A31", "A40", "A47"})

# PV1-2 patient class (HL7 table 0004) → Encounter.class (v3 ActCode).
PATIENT_CLASS: dict[str, tuple[str, str]] = {
    "I": ("IMP", "inpatient encounter"),
    "O": ("AMB", "ambulatory"),
    "E": ("EMER", "emergency"),
    "P": ("PRENC", "pre-admission"),
    "R": ("AMB", "ambulatory"),  # recurring patient
    "B": ("IMP", "inpatient encounter"),  # obstetrics
    "C": ("AMB", "ambulatory"),  # commercial account
}
ADMINISTRATIVE_GENDER = {"M": "male", "F": "female", "O": "other", "U": "unknown", "A": "other", "N": "unknown"}
# HL7 table 0002 → v3 MaritalStatus (or NullFlavor), per the HL7 v2-to-FHIR concept map.
MARITAL_STATUS: dict[str, tuple[str, str, str]] = {
    "A": (V3_MARITAL, "L", "Legally Separated"),
    "D": (V3_MARITAL, "D", "Divorced"),
    "M": (V3_MARITAL, "M", "Married"),
    "S": (V3_MARITAL, "S", "Never Married"),
    "W": (V3_MARITAL, "W", "Widowed"),
    "C": (V3_MARITAL, "T", "Domestic partner"),
    "G": (V3_MARITAL, "T", "Domestic partner"),
    "P": (V3_MARITAL, "T", "Domestic partner"),
    "R": (V3_MARITAL, "T", "Domestic partner"),
    "E": (V3_MARITAL, "L", "Legally Separated"),
    "N": (V3_MARITAL, "A", "Annulled"),
    "I": (V3_MARITAL, "I", "Interlocutory"),
    "B": (V3_MARITAL, "U", "unmarried"),
    "U": (V3_NULL, "UNK", "unknown"),
    "O": (V3_NULL, "OTH", "other"),
    "T": (V3_NULL, "UNK", "unknown"),
}
NAME_USE = {
    "L": "official",
    "D": "usual",
    "M": "maiden",
    "N": "nickname",
    "A": "usual",
    "B": "official",
    "C": "official",
    "S": "anonymous",
    "T": "temp",
    "U": "old",
    "BAD": "old",
}
ADDRESS_USE: dict[str, tuple[str | None, str | None]] = {  # XAD-7 → (use, type)
    "H": ("home", None),
    "P": ("home", None),
    "B": ("work", None),
    "O": ("work", None),
    "C": ("temp", None),
    "M": (None, "postal"),
    "BA": ("old", None),
    "BDL": (None, "physical"),
    "L": ("home", None),
}
TELECOM_USE = {"PRN": "home", "ORN": "home", "WPN": "work", "VHN": "temp", "EMR": "temp", "ASN": "temp"}
TELECOM_SYSTEM = {
    "PH": "phone",
    "FX": "fax",
    "MD": "other",
    "CP": "phone",
    "BP": "pager",
    "INTERNET": "email",
    "X.400": "email",
    "TDD": "other",
    "TTY": "other",
    "SAT": "phone",
}
LANGUAGES = {  # PID-15 codes or texts → BCP 47 (what context.patient_language reads)
    "EN": "en", "ENG": "en", "ENGLISH": "en", "EN-US": "en-US", "ZH": "zh", "ZHO": "zh", "CHI": "zh", "CMN": "zh",
    "CHINESE": "zh", "ZH-CN": "zh-CN", "中文": "zh", "汉语": "zh", "普通话": "zh", "ES": "es", "SPA": "es",
    "SPANISH": "es", "FR": "fr", "FRE": "fr", "FRA": "fr", "FRENCH": "fr", "DE": "de", "GER": "de", "DEU": "de",
    "JA": "ja", "JPN": "ja", "KO": "ko", "KOR": "ko", "PT": "pt", "POR": "pt", "IT": "it", "ITA": "it",
}  # fmt: skip

# Coding system names (CWE-3 / CE-3) → FHIR system URIs. Others become "urn:id:<name>".
CODE_SYSTEMS = {
    "LN": "http://loinc.org", "LOINC": "http://loinc.org",
    "SCT": "http://snomed.info/sct", "SNM": "http://snomed.info/sct", "SNM3": "http://snomed.info/sct",
    "SNOMED": "http://snomed.info/sct", "SNOMEDCT": "http://snomed.info/sct", "SNOMED-CT": "http://snomed.info/sct",
    "I10": "http://hl7.org/fhir/sid/icd-10", "ICD10": "http://hl7.org/fhir/sid/icd-10",
    "ICD-10": "http://hl7.org/fhir/sid/icd-10", "I10C": "http://hl7.org/fhir/sid/icd-10-cm",
    "ICD10CM": "http://hl7.org/fhir/sid/icd-10-cm", "I10P": "http://www.cms.gov/Medicare/Coding/ICD10",
    "I9": "http://hl7.org/fhir/sid/icd-9-cm", "I9C": "http://hl7.org/fhir/sid/icd-9-cm",
    "I9CDX": "http://hl7.org/fhir/sid/icd-9-cm", "I9M": "http://hl7.org/fhir/sid/icd-9-cm",
    "ICD9": "http://hl7.org/fhir/sid/icd-9-cm",
    "UCUM": UCUM, "CVX": "http://hl7.org/fhir/sid/cvx", "MVX": "http://hl7.org/fhir/sid/mvx",
    "NDC": "http://hl7.org/fhir/sid/ndc", "RXNORM": "http://www.nlm.nih.gov/research/umls/rxnorm",
    "RXN": "http://www.nlm.nih.gov/research/umls/rxnorm", "C4": "http://www.ama-assn.org/go/cpt",
    "CPT": "http://www.ama-assn.org/go/cpt", "DCM": "http://dicom.nema.org/resources/ontology/DCM",
    "RADLEX": "http://radlex.org", "CDCREC": "urn:oid:2.16.840.1.113883.6.238",
    "NCIT": "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl", "ISO639": "urn:ietf:bcp:47",
    "ATC": "http://www.whocc.no/atc",
}  # fmt: skip
_HL7_TABLE = re.compile(r"HL7(\d{4})\Z")

# OBX-11 (table 0085) → Observation.status.
OBSERVATION_STATUS = {
    "F": "final", "C": "corrected", "A": "amended", "P": "preliminary", "R": "preliminary", "S": "preliminary",
    "I": "registered", "O": "registered", "X": "cancelled", "N": "cancelled", "D": "entered-in-error",
    "W": "entered-in-error", "U": "final", "V": "final", "B": "amended",
}  # fmt: skip
# OBR-25 (table 0123) → DiagnosticReport.status.
REPORT_STATUS = {
    "F": "final", "P": "preliminary", "C": "corrected", "A": "partial", "R": "partial", "O": "registered",
    "I": "registered", "S": "registered", "X": "cancelled", "M": "corrected", "Y": "unknown", "Z": "unknown",
}  # fmt: skip
# OBX-8 (table 0078) codes that exist unchanged in v3 ObservationInterpretation, with displays.
INTERPRETATION = {
    "L": "Low", "H": "High", "LL": "Critical low", "HH": "Critical high", "LU": "Significantly low",
    "HU": "Significantly high", "N": "Normal", "A": "Abnormal", "AA": "Critical abnormal", "<": "Off scale low",
    ">": "Off scale high", "U": "Significant change up", "D": "Significant change down", "B": "Better",
    "W": "Worse", "S": "Susceptible", "R": "Resistant", "I": "Intermediate", "MS": "moderately susceptible",
    "VS": "very susceptible", "POS": "Positive", "NEG": "Negative", "IND": "Indeterminate", "DET": "Detected",
    "ND": "Not detected", "E": "Equivocal", "EX": "outside threshold", "HX": "above high threshold",
    "LX": "below low threshold", "NR": "Non-reactive", "RR": "Reactive", "WR": "Weakly reactive",
}  # fmt: skip
# OBR-24 diagnostic service section (table 0074) → Observation.category.
IMAGING_SECTIONS = frozenset(
    {"RAD", "CT", "MR", "US", "NMR", "NMS", "RX", "XRC", "CUS", "VUS", "OUS", "RUS", "IMG", "CTH", "MRI"}
)
# TXA-17 (table 0271) → DocumentReference.docStatus, as LinuxForHealth's converter maps it.
DOC_STATUS = {
    "DI": "preliminary",
    "DO": "preliminary",
    "IN": "preliminary",
    "IP": "preliminary",
    "PA": "preliminary",
    "LA": "final",
    "AU": "final",
}
# AL1-2 allergen type (table 0127) → AllergyIntolerance.category.
ALLERGY_CATEGORY = {
    "DA": "medication",
    "FA": "food",
    "EA": "environment",
    "AA": "environment",
    "PA": "environment",
    "LA": "environment",
    "DRUG": "medication",
    "FOOD": "food",
    "ENV": "environment",
}
# AL1-4 severity (table 0128) → (criticality, reaction severity).
ALLERGY_SEVERITY: dict[str, tuple[str, str | None]] = {
    "SV": ("high", "severe"),
    "MO": ("low", "moderate"),
    "MI": ("low", "mild"),
    "U": ("unable-to-assess", None),
}
# DG1-6 diagnosis type (table 0052) → (verificationStatus, Encounter.diagnosis.use).
DIAGNOSIS_TYPE: dict[str, tuple[str, str | None]] = {
    "A": ("provisional", "AD"),
    "W": ("provisional", None),
    "F": ("confirmed", "DD"),
}
PARTICIPANTS = ((7, "ATND", "attender"), (8, "REF", "referrer"), (9, "CON", "consultant"), (17, "ADM", "admitter"))
TEXT_TYPES = frozenset({"TX", "FT"})

# --- small helpers --------------------------------------------------------------------------------

_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff]")
_DTM = re.compile(
    r"(\d{4})(?:(\d{2})(?:(\d{2})(?:T?(\d{2})(?:(\d{2})(?:(\d{2})(?:\.(\d{1,6}))?)?)?)?)?)?\s*(?:([+-])(\d{2})(\d{2}))?\Z"
)
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)\Z")
_RANGE = re.compile(r"\s*([+-]?\d+(?:\.\d+)?)\s*(?:-|–|~|to)\s*([+-]?\d+(?:\.\d+)?)\s*\Z")
_BOUND = re.compile(r"\s*(<=|>=|<|>|≤|≥)\s*([+-]?\d+(?:\.\d+)?)\s*\Z")
_LOINC = re.compile(r"\d{1,7}-\d\Z")
_CODE = re.compile(r"[A-Za-z0-9.\-]{1,10}\Z")  # what may be echoed in a warning: a table code, never free text


def _number(text: str) -> int | float | None:
    text = text.strip()
    if not _NUMBER.match(text):
        return None
    if "." in text:
        return float(text)
    return int(text)


def _code_for_warning(code: str) -> str:
    return code if _CODE.match(code) else "(non-standard)"


@dataclass(frozen=True)
class Dtm:
    """An HL7 DTM/TS value split into parts; converts to FHIR date, dateTime and instant."""

    year: str
    month: str | None
    day: str | None
    hour: str | None
    minute: str | None
    second: str | None
    fraction: str | None
    offset: str | None  # "+08:00"

    def date(self) -> str:
        return "-".join(p for p in (self.year, self.month, self.day) if p)

    def key(self) -> str:
        """All parts, compact: an id ingredient that does not depend on the configured zone."""
        parts = (self.year, self.month, self.day, self.hour, self.minute, self.second, self.fraction, self.offset)
        return "".join(p or "" for p in parts)

    def datetime(self, tz: tzinfo | None) -> str:
        """FHIR dateTime. A time needs a zone in FHIR: without one (sender or configured) the date only."""
        return _fhir_datetime(self, tz)

    def _datetime(self, tz: tzinfo | None) -> str:
        if self.hour is None or self.day is None or self.month is None:
            return self.date()
        offset = self.offset or self._local_offset(tz)
        if offset is None:
            return self.date()
        secs = self.second or "00"
        frac = f".{self.fraction}" if self.fraction else ""
        return f"{self.date()}T{self.hour}:{self.minute or '00'}:{secs}{frac}{offset}"

    def instant(self, tz: tzinfo | None) -> str | None:
        value = self.datetime(tz)
        return value if "T" in value else None

    def _local_offset(self, tz: tzinfo | None) -> str | None:
        if tz is None:
            return None
        assert self.month is not None and self.day is not None and self.hour is not None  # noqa: PT018
        local = datetime(
            int(self.year), int(self.month), int(self.day), int(self.hour), int(self.minute or 0), tzinfo=tz
        )
        delta = local.utcoffset()
        if delta is None:
            return None
        minutes = int(delta.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        minutes = abs(minutes)
        return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


@functools.lru_cache(maxsize=4096)
def _fhir_datetime(value: Dtm, tz: tzinfo | None) -> str:
    return value._datetime(tz)  # cached: the zone lookup is the slow part and values repeat


@functools.lru_cache(maxsize=4096)
def parse_dtm(text: str) -> Dtm | None:
    """HL7 DTM/TS/DT (``YYYY[MM[DD[HH[MM[SS[.S…]]]]]][+/-ZZZZ]``) or None when it is not one.

    Cached: a result message repeats the same few timestamps in every OBX."""
    m = _DTM.match(text.strip())
    if not m:
        return None
    year, month, day, hour, minute, second, fraction, sign, oh, om = m.groups()
    if month is not None and not 1 <= int(month) <= 12:
        return None
    if day is not None and (month is None or not 1 <= int(day) <= calendar.monthrange(int(year), int(month))[1]):
        return None
    if hour is not None and int(hour) > 23:
        return None
    if minute is not None and int(minute) > 59:
        return None
    if second is not None and int(second) > 59:
        return None
    offset = None
    if sign:
        if int(oh) > 14 or int(om) > 59:
            return None
        offset = f"{sign}{oh}:{om}"
    return Dtm(year, month, day, hour, minute, second, fraction, offset)


def uuid5(namespace: uuid.UUID, name: str) -> str:
    """``str(uuid.uuid5(namespace, name))`` without building UUID objects (RFC 4122 §4.3, SHA-1)."""
    digest = bytearray(hashlib.sha1(namespace.bytes + name.encode("utf-8"), usedforsecurity=False).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _uri_token(text: str) -> str:
    return re.sub(r"\s+", "_", text.strip())


def code_system(name: str) -> str | None:
    """FHIR system URI for a v2 coding system name (CWE-3); ``urn:id:<name>`` for local ones."""
    name = name.strip()
    if not name:
        return None
    upper = name.upper()
    if upper in CODE_SYSTEMS:
        return CODE_SYSTEMS[upper]
    m = _HL7_TABLE.match(upper)
    if m:
        return f"{V2}{m.group(1)}"
    return f"urn:id:{_uri_token(name)}"


def hd_system(namespace: str, universal: str, universal_type: str) -> str | None:
    """Identifier.system for an HD (assigning authority): OID / UUID / URI when given, else a urn:id."""
    kind = universal_type.upper()
    if universal and kind == "ISO":
        return f"urn:oid:{universal}"
    if universal and kind == "UUID":
        return f"urn:uuid:{universal.lower()}"
    if universal and kind in {"URI", "URL"}:
        return _uri_token(universal)
    if namespace:
        return f"urn:id:{_uri_token(namespace)}"
    if universal:
        return f"urn:id:{_uri_token(universal)}"
    return None


def codeable(value: Value, *, default_system: str | None = None) -> dict[str, Any] | None:
    """CE/CWE/CNE (or a bare IS/ID code) → CodeableConcept: primary and alternate triplets, original text."""
    p = value.parts(9)
    codings: list[dict[str, Any]] = []
    for base in (0, 3):
        code = p[base]
        if not code:
            continue
        coding: dict[str, Any] = {"code": code}
        system = code_system(p[base + 2]) if p[base + 2] else (default_system if base == 0 else None)
        if system:
            coding["system"] = system
        if p[base + 1]:
            coding["display"] = p[base + 1]
        codings.append(coding)
    concept: dict[str, Any] = {}
    if codings:
        concept["coding"] = codings
    text = p[8] or ("" if codings else p[1])
    if text:
        concept["text"] = text
    return concept or None


def human_name(value: Value) -> dict[str, Any] | None:
    """XPN → HumanName; CJK names also get ``text`` (family + given, no space)."""
    family = value.c(1)
    given = [g for g in (value.c(2), value.c(3)) if g]
    return _name(family, given, value.c(5), [s for s in (value.c(4), value.c(6)) if s], value.c(7))


def _name(family: str, given: list[str], prefix: str, suffix: list[str], use: str) -> dict[str, Any] | None:
    if not family and not given:
        return None
    name: dict[str, Any] = {}
    if use and use.upper() in NAME_USE:
        name["use"] = NAME_USE[use.upper()]
    if family:
        name["family"] = family
    if given:
        name["given"] = given
    if prefix:
        name["prefix"] = [prefix]
    if suffix:
        name["suffix"] = suffix
    if _CJK.search(family) or any(_CJK.search(g) for g in given):
        # Chinese, Japanese and Korean names are written family-first without a space; the exact
        # form (王秀英) is what clinicians, documents and de-identification must see.
        name["text"] = family + "".join(given)
    return name


def address(value: Value) -> dict[str, Any] | None:
    lines = [p for p in (value.c(1), value.c(2)) if p]
    addr: dict[str, Any] = {}
    if lines:
        addr["line"] = lines
    for key, pos in (("city", 3), ("state", 4), ("postalCode", 5), ("country", 6), ("district", 9)):
        part = value.c(pos)
        if part:
            addr[key] = part
    if not addr:
        return None
    use, kind = ADDRESS_USE.get(value.c(7).upper(), (None, None))
    if use:
        addr["use"] = use
    if kind:
        addr["type"] = kind
    return addr


def telecom(value: Value, default_use: str) -> dict[str, Any] | None:
    """XTN → ContactPoint: XTN-1 (formatted), else XTN-12 (unformatted), else +country area local ext."""
    use_code, equipment = value.c(2).upper(), value.c(3).upper()
    if equipment in {"INTERNET", "X.400"} or use_code == "NET":
        system, number = "email", value.c(4) or value.c(1)
    else:
        system = TELECOM_SYSTEM.get(equipment, "phone")
        number = value.c(1) or value.c(12)
        if not number and value.c(7):
            parts = [f"+{value.c(5)}" if value.c(5) else "", value.c(6), value.c(7)]
            number = " ".join(p for p in parts if p)
            if value.c(8):
                number += f" ext. {value.c(8)}"
    if not number:
        return None
    point: dict[str, Any] = {"system": system, "value": number}
    use = "mobile" if equipment == "CP" else TELECOM_USE.get(use_code) or (default_use if system != "email" else None)
    if use:
        point["use"] = use
    return point


# --- the mapping context --------------------------------------------------------------------------


@dataclass
class _Order:
    report: Resource
    key: str
    results: list[Resource] = field(default_factory=list)
    used_keys: dict[str, int] = field(default_factory=dict)


@dataclass
class _Ctx:
    msg: ParsedMessage
    source: str
    tz: tzinfo | None
    namespace: uuid.UUID
    msg_key: str  # MSH-10, or a digest of the bytes when MSH-10 is empty
    context_only: bool
    resources: dict[tuple[str, str], Resource] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    patient_id: str | None = None
    patient_ids: list[str] = field(default_factory=list)
    encounter_id: str | None = None
    encounter: Resource | None = None
    order: _Order | None = None
    last_obs: Resource | None = None
    segment: Segment | None = None

    def id(self, *parts: str) -> str:
        # \x1f (unit separator) cannot occur in HL7 text, so ("a|b", "c") never equals ("a", "b|c").
        return uuid5(self.namespace, "\x1f".join((self.source, *parts)))

    def issued_id(self, kind: str, authority: str, value: str) -> str:
        """Id of something an assigning authority numbered (an MRN, a visit number).

        With an authority the number means the same patient or visit whichever feed sends it (the
        HIS's ADT and the LIS's ORU link up); without one it is only unique within this source.
        """
        if authority:
            return uuid5(self.namespace, "\x1f".join(("issued", kind, authority, value)))
        return self.id(kind, authority, value)

    def add(self, resource: Resource) -> Resource:
        key = (resource["resourceType"], resource["id"])
        if key in self.resources:
            return self.resources[key]
        if self.context_only and resource["resourceType"] in {"Patient", "Encounter"}:
            resource["meta"] = {"tag": [dict(CONTEXT_TAG)]}
        self.resources[key] = resource
        return resource

    def warn(self, text: str) -> None:
        if text not in self.warnings:
            self.warnings.append(text)

    def dtm(self, seg: Segment, n: int, c: int = 1) -> Dtm | None:
        raw = seg.get(n, c)
        if not raw:
            return None
        value = parse_dtm(raw)
        if value is None:
            self.warn(f"{seg.name}-{n} is not a valid HL7 date/time; ignored")
        return value

    def patient_reference(self) -> dict[str, str] | None:
        return {"reference": f"Patient/{self.patient_id}"} if self.patient_id else None

    def encounter_reference(self) -> dict[str, str] | None:
        return {"reference": f"Encounter/{self.encounter_id}"} if self.encounter_id else None

    def link(self, resource: Resource) -> None:
        """``subject`` and ``encounter`` of a clinical resource, where the message names them."""
        if self.patient_id:
            resource["subject"] = self.patient_reference()
        if self.encounter_id:
            resource["encounter"] = self.encounter_reference()


# --- segments -------------------------------------------------------------------------------------


def _identifier(value: Value, *, type_code: str = "") -> dict[str, Any] | None:
    """CX (or EI when ``type_code`` is given) → Identifier with system from the assigning authority."""
    ident_value = value.c(1)
    if not ident_value:
        return None
    if type_code:  # EI: entity id ^ namespace ^ universal id ^ universal id type
        system = hd_system(value.c(2), value.c(3), value.c(4))
        authority = value.c(2) or value.c(3)
        kind = type_code
    else:  # CX: id ^ check digit ^ scheme ^ authority (HD, as subcomponents) ^ id type code
        system = hd_system(value.s(4, 1), value.s(4, 2), value.s(4, 3))
        authority = value.s(4, 1) or value.s(4, 2)
        kind = value.c(5)
    ident: dict[str, Any] = {"value": ident_value}
    if kind:
        ident["type"] = {"coding": [{"system": f"{V2}0203", "code": kind}]}
    if system:
        ident["system"] = system
    if authority:
        ident["assigner"] = {"display": authority}
    return ident


_PREFERRED_ID_TYPES = ("MR", "PI", "PT", "MRN", "PN")


def _patient_key(pid: Segment) -> tuple[str, str] | None:
    """(assigning authority, id) of the identifier the Patient id is made from."""
    candidates: list[Value] = []
    for n in (3, 2, 4):
        candidates = [v for v in pid.reps(n) if v.c(1)]
        if candidates:
            break
    if not candidates:
        return None
    chosen = candidates[0]
    for kind in _PREFERRED_ID_TYPES:
        match = next((v for v in candidates if v.c(5).upper() == kind), None)
        if match is not None:
            chosen = match
            break
    return chosen.s(4, 1) or chosen.s(4, 2), chosen.c(1)


def map_pid(ctx: _Ctx, pid: Segment) -> Resource:
    key = _patient_key(pid)
    if key is None:
        ctx.warn("PID-3 is empty: the Patient cannot be linked across messages")
        pid_id = ctx.id("patient-message", ctx.msg_key, str(pid.index))
    else:
        pid_id = ctx.issued_id("patient", *key)
    patient: Resource = {"resourceType": "Patient", "id": pid_id}
    identifiers = [i for n in (3, 2, 4) for i in (_identifier(v) for v in pid.reps(n)) if i]
    ssn = pid.get(19)
    if ssn:
        identifiers.append({"type": {"coding": [{"system": f"{V2}0203", "code": "SS"}]}, "value": ssn})
    if identifiers:
        patient["identifier"] = _unique(identifiers)
    names = [n for n in (human_name(v) for v in pid.reps(5)) if n]
    if names:
        patient["name"] = names
    dob = ctx.dtm(pid, 7)
    if dob:
        patient["birthDate"] = dob.date()
    gender = pid.get(8).upper()
    if gender:
        if gender in ADMINISTRATIVE_GENDER:
            patient["gender"] = ADMINISTRATIVE_GENDER[gender]
        else:
            ctx.warn("PID-8 is not in HL7 table 0001; gender not mapped")  # the value itself is PHI
    addresses = [a for a in (address(v) for v in pid.reps(11)) if a]
    if addresses:
        patient["address"] = addresses
    points = [t for t in (telecom(v, "home") for v in pid.reps(13)) if t]
    points += [t for t in (telecom(v, "work") for v in pid.reps(14)) if t]
    if points:
        patient["telecom"] = _unique(points)
    language = _language(pid.first(15))
    if language:
        patient["communication"] = [{"language": language, "preferred": True}]
    marital = pid.first(16)
    if marital:
        patient["maritalStatus"] = _marital(marital)
    death = ctx.dtm(pid, 29)
    if death:
        patient["deceasedDateTime"] = death.datetime(ctx.tz)
    elif pid.get(30).upper() in {"Y", "N"}:
        patient["deceasedBoolean"] = pid.get(30).upper() == "Y"
    maiden = pid.get(6)
    if maiden:
        patient["extension"] = [
            {"url": "http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName", "valueString": maiden}
        ]
    ctx.patient_id = pid_id
    ctx.encounter_id, ctx.encounter, ctx.order, ctx.last_obs = None, None, None, None
    if pid_id not in ctx.patient_ids:
        ctx.patient_ids.append(pid_id)
    return ctx.add(patient)


def _language(value: Value) -> dict[str, Any] | None:
    code, text = value.c(1), value.c(2)
    bcp = LANGUAGES.get(code.upper()) or LANGUAGES.get(text.upper())
    if not code and not text:
        return None
    concept: dict[str, Any] = {}
    if bcp:
        concept["coding"] = [{"system": BCP47, "code": bcp}]
    if text or code:
        concept["text"] = text or code
    return concept


def _marital(value: Value) -> dict[str, Any]:
    code = value.c(1).upper()
    mapped = MARITAL_STATUS.get(code)
    concept: dict[str, Any] = {}
    if mapped:
        system, fhir_code, display = mapped
        concept["coding"] = [{"system": system, "code": fhir_code, "display": display}]
    text = value.c(2) or ("" if mapped else value.c(1))
    if text:
        concept["text"] = text
    return concept


def _unique(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out


def _practitioner(ctx: _Ctx, value: Value) -> str | None:
    """XCN → Practitioner (id from assigning authority + id, else from the name); returns its id."""
    ident = value.c(1)
    name = _name(
        value.c(2),
        [g for g in (value.c(3), value.c(4)) if g],
        value.c(6),
        [s for s in (value.c(5), value.c(7)) if s],
        "",
    )
    if not ident and not name:
        return None
    authority = value.s(9, 1) or value.s(9, 2)
    if ident:
        pid = ctx.id("practitioner", authority, ident)
    else:
        assert name is not None
        pid = ctx.id("practitioner-name", name.get("family", ""), " ".join(name.get("given", [])))
    practitioner: Resource = {"resourceType": "Practitioner", "id": pid}
    if ident:
        entry: dict[str, Any] = {"value": ident}
        system = hd_system(value.s(9, 1), value.s(9, 2), value.s(9, 3))
        if system:
            entry["system"] = system
        practitioner["identifier"] = [entry]
    if name:
        practitioner["name"] = [name]
    ctx.add(practitioner)
    return pid


def _location(ctx: _Ctx, value: Value) -> str | None:
    """PL → Location (an instance: bed, room or ward); returns its id."""
    poc, room, bed = value.c(1), value.c(2), value.c(3)
    facility = value.s(4, 1) or value.s(4, 2)
    building, floor, description = value.c(7), value.c(8), value.c(9)
    parts = [p for p in (poc, room, bed) if p]
    if not parts and not description:
        return None
    lid = ctx.id("location", facility, building, floor, poc, room, bed, "" if parts else description)
    kind = ("bd", "Bed") if bed else ("ro", "Room") if room else ("wa", "Ward")
    location: Resource = {
        "resourceType": "Location",
        "id": lid,
        "status": "active",
        "mode": "instance",
        "name": " ".join(parts) if parts else description,
        "physicalType": {
            "coding": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/location-physical-type",
                    "code": kind[0],
                    "display": kind[1],
                }
            ]
        },
    }
    if description and parts:
        location["description"] = description
    ctx.add(location)
    return lid


def map_pv1(ctx: _Ctx, pv1: Segment, *, trigger: str, authoritative: bool) -> Resource | None:
    visit = pv1.first(19)
    admit, discharge = ctx.dtm(pv1, 44), ctx.dtm(pv1, 45)
    patient_class = pv1.get(2).upper()
    if not visit.c(1) and not admit and not discharge and not patient_class and not pv1.get(3):
        return None  # an empty placeholder PV1 (A28/A31, many ORMs)
    if visit.c(1):
        eid = ctx.issued_id("encounter", visit.s(4, 1) or visit.s(4, 2), visit.c(1))
    elif admit and ctx.patient_id:
        eid = ctx.id("encounter-start", ctx.patient_id, admit.key())
    else:
        ctx.warn("PV1-19 and PV1-44 are empty: the Encounter cannot be linked across messages")
        eid = ctx.id("encounter-message", ctx.msg_key, str(pv1.index))

    evn = ctx.msg.first("EVN")
    event_time = (ctx.dtm(evn, 6) or ctx.dtm(evn, 2)) if evn is not None else None
    if authoritative:
        status = ADT_ENCOUNTER_STATUS[trigger]
        if trigger == "A08" and discharge:
            status = "finished"
    else:
        status = "unknown"  # a result or order says nothing about the visit's state

    encounter: Resource = {"resourceType": "Encounter", "id": eid, "status": status}
    if patient_class in PATIENT_CLASS:
        code, display = PATIENT_CLASS[patient_class]
        encounter["class"] = {"system": V3_ACT_CODE, "code": code, "display": display}
    else:
        if patient_class:
            ctx.warn(f"PV1-2 code {_code_for_warning(patient_class)} is not in HL7 table 0004; class unknown")
        encounter["class"] = {"system": V3_NULL, "code": "UNK", "display": "unknown"}
    if visit.c(1):
        ident = _identifier(visit)
        if ident is not None:
            ident["type"] = {"coding": [{"system": f"{V2}0203", "code": "VN", "display": "Visit number"}]}
            encounter["identifier"] = [ident]
    if ctx.patient_id:
        encounter["subject"] = ctx.patient_reference()

    start = admit or (event_time if authoritative and trigger in {"A01", "A04"} else None)
    end = discharge or (event_time if authoritative and trigger == "A03" else None)
    if authoritative and trigger in {"A11", "A13"}:
        end = None  # a cancelled discharge has no end; a cancelled admission never had one
    period = {}
    if start:
        period["start"] = start.datetime(ctx.tz)
    if end and (status == "finished" or not authoritative):
        period["end"] = end.datetime(ctx.tz)
    if period.get("start") and period.get("end") and _before(period["end"], period["start"]):
        ctx.warn("PV1-45 is before PV1-44; period end dropped")
        del period["end"]
    if period:
        encounter["period"] = period

    participants = []
    for n, code, display in PARTICIPANTS:
        for value in pv1.reps(n):
            prac = _practitioner(ctx, value)
            if prac:
                participants.append(
                    {
                        "type": [{"coding": [{"system": V3_PARTICIPATION, "code": code, "display": display}]}],
                        "individual": {"reference": f"Practitioner/{prac}"},
                    }
                )
    if participants:
        encounter["participant"] = participants

    locations = []
    current = _location(ctx, pv1.first(3))
    if current:
        loc_status = "completed" if status == "finished" else "active" if status == "in-progress" else None
        entry: dict[str, Any] = {"location": {"reference": f"Location/{current}"}}
        if loc_status:
            entry["status"] = loc_status
        locations.append(entry)
    if authoritative and trigger == "A02":
        prior = _location(ctx, pv1.first(6))
        if prior and prior != current:
            locations.append({"location": {"reference": f"Location/{prior}"}, "status": "completed"})
    if locations:
        encounter["location"] = locations

    service = pv1.first(10)
    if service:
        concept = codeable(service, default_system=f"{V2}0069")
        if concept:
            encounter["serviceType"] = concept
    hospitalization: dict[str, Any] = {}
    for n, key, table in ((14, "admitSource", "0023"), (36, "dischargeDisposition", "0112")):
        value = pv1.first(n)
        concept = codeable(value, default_system=f"{V2}{table}") if value else None
        if concept:
            hospitalization[key] = concept
    if hospitalization:
        encounter["hospitalization"] = hospitalization

    ctx.encounter_id, ctx.encounter = eid, encounter
    return ctx.add(encounter)


def _before(a: str, b: str) -> bool:
    if "T" in a and "T" in b:
        return datetime.fromisoformat(a) < datetime.fromisoformat(b)
    return a[:10] < b[:10]


def map_dg1(ctx: _Ctx, dg1: Segment) -> Resource | None:
    code = codeable(dg1.first(3))
    if code is None and dg1.get(4):
        code = {"text": dg1.get(4)}
    if code is None:
        ctx.warn("DG1 without DG1-3 or DG1-4 skipped")
        return None
    if not ctx.patient_id:
        ctx.warn("DG1 without a PID skipped")  # Condition.subject is mandatory in R4
        return None
    cid = ctx.id("condition", ctx.patient_id, ctx.encounter_id or "", _concept_key(code))
    condition: Resource = {
        "resourceType": "Condition",
        "id": cid,
        "category": [
            {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/condition-category",
                        "code": "encounter-diagnosis",
                        "display": "Encounter Diagnosis",
                    }
                ]
            }
        ],
        "code": code,
    }
    ctx.link(condition)
    kind = dg1.get(6).upper()
    verification, use = DIAGNOSIS_TYPE.get(kind, (None, None))
    if verification:
        condition["verificationStatus"] = {
            "coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": verification}]
        }
    recorded = ctx.dtm(dg1, 5)
    if recorded:
        condition["recordedDate"] = recorded.datetime(ctx.tz)
    ctx.add(condition)
    if ctx.encounter is not None:
        entry: dict[str, Any] = {"condition": {"reference": f"Condition/{cid}"}}
        if use:
            entry["use"] = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/diagnosis-role", "code": use}]}
        rank = dg1.get(15)
        if rank.isdigit() and int(rank) > 0:
            entry["rank"] = int(rank)
        diagnoses = ctx.encounter.setdefault("diagnosis", [])
        if entry not in diagnoses:
            diagnoses.append(entry)
    return condition


def _concept_key(concept: Mapping[str, Any]) -> str:
    coding = (concept.get("coding") or [{}])[0]
    if coding.get("code"):
        return f"{coding.get('system', '')}|{coding['code']}"
    return f"text|{concept.get('text', '')}"


def map_al1(ctx: _Ctx, al1: Segment) -> Resource | None:
    code = codeable(al1.first(3))
    if code is None:
        ctx.warn("AL1 without AL1-3 skipped")
        return None
    if not ctx.patient_id:
        ctx.warn("AL1 without a PID skipped")
        return None
    allergy: Resource = {
        "resourceType": "AllergyIntolerance",
        "id": ctx.id("allergy", ctx.patient_id, _concept_key(code)),
        "clinicalStatus": {
            "coding": [
                {"system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "code": "active"}
            ]
        },
        "type": "allergy",
        "code": code,
        "patient": ctx.patient_reference(),
    }
    kind = al1.get(2).upper()
    if kind in ALLERGY_CATEGORY:
        allergy["category"] = [ALLERGY_CATEGORY[kind]]
    severity = al1.get(4).upper()
    criticality, reaction_severity = ALLERGY_SEVERITY.get(severity, (None, None))
    if criticality:
        allergy["criticality"] = criticality
    reactions = [v.text().strip() for v in al1.reps(5)]
    reactions = [r for r in reactions if r]
    if reactions:
        reaction: dict[str, Any] = {"manifestation": [{"text": r} for r in reactions]}
        if reaction_severity:
            reaction["severity"] = reaction_severity
        allergy["reaction"] = [reaction]
    onset = ctx.dtm(al1, 6)
    if onset:
        allergy["onsetDateTime"] = onset.datetime(ctx.tz)
    return ctx.add(allergy)


def map_nk1(ctx: _Ctx, nk1: Segment) -> Resource | None:
    if not ctx.patient_id:
        return None
    names = [n for n in (human_name(v) for v in nk1.reps(2)) if n]
    relationship = codeable(nk1.first(3), default_system=f"{V2}0063")
    if not names and relationship is None:
        return None
    name_key = names[0].get("family", "") + "|" + " ".join(names[0].get("given", [])) if names else nk1.get(1)
    related: Resource = {
        "resourceType": "RelatedPerson",
        "id": ctx.id("related-person", ctx.patient_id, _concept_key(relationship or {}), name_key),
        "active": True,
        "patient": ctx.patient_reference(),
    }
    if relationship:
        related["relationship"] = [relationship]
    if names:
        related["name"] = names
    points = [t for t in (telecom(v, "home") for v in nk1.reps(5)) if t]
    points += [t for t in (telecom(v, "work") for v in nk1.reps(6)) if t]
    if points:
        related["telecom"] = _unique(points)
    addresses = [a for a in (address(v) for v in nk1.reps(4)) if a]
    if addresses:
        related["address"] = addresses
    return ctx.add(related)


def map_mrg(ctx: _Ctx, mrg: Segment) -> None:
    """A patient merge: the surviving Patient links to the old id; moving its resources is the record's job."""
    if not ctx.patient_id:
        return
    old = next((v for v in mrg.reps(1) if v.c(1)), None)
    if old is None:
        return
    old_id = ctx.issued_id("patient", old.s(4, 1) or old.s(4, 2), old.c(1))
    if old_id == ctx.patient_id:
        return
    patient = ctx.resources[("Patient", ctx.patient_id)]
    patient["link"] = [{"other": {"reference": f"Patient/{old_id}"}, "type": "replaces"}]
    ctx.warn("patient merge mapped as Patient.link; resources of the replaced Patient are not moved")


# --- observations and reports ---------------------------------------------------------------------


def _unit(units: Value) -> dict[str, Any]:
    """OBX-6 as the unit part of a Quantity (shared by the value and its reference range)."""
    code, text, system_name = units.parts(3)
    unit: dict[str, Any] = {}
    if text or code:
        unit["unit"] = text or code
    if code and system_name:
        # Most senders put UCUM-looking units in OBX-6.1 without naming the system; claim a
        # system only when they name one, a wrong system is worse than none.
        system = code_system(system_name)
        if system:
            unit["system"] = system
            unit["code"] = code
    return unit


def _quantity(number: int | float, unit: Mapping[str, Any]) -> dict[str, Any]:
    return {"value": number, **unit}


def _reference_range(text: str, units: Mapping[str, Any]) -> dict[str, Any] | None:
    text = text.strip()
    if not text:
        return None
    m = _RANGE.match(text)
    if m:
        low, high = _number(m.group(1)), _number(m.group(2))
        if low is not None and high is not None:
            return {"low": _quantity(low, units), "high": _quantity(high, units), "text": text}
    m = _BOUND.match(text)
    if m:
        bound = _number(m.group(2))
        if bound is not None:
            side = "high" if m.group(1) in {"<", "<=", "≤"} else "low"
            return {side: _quantity(bound, units), "text": text}
    return {"text": text}


def _interpretation(obx: Segment) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for value in obx.reps(8):
        code = value.c(1)
        if not code:
            continue
        upper = code.upper()
        if upper in INTERPRETATION:
            out.append({"coding": [{"system": V3_INTERPRETATION, "code": upper, "display": INTERPRETATION[upper]}]})
        else:
            out.append({"text": value.c(2) or code})
    return out


def _sn_value(value: Value, units: Mapping[str, Any]) -> dict[str, Any] | None:
    """SN: comparator ^ num1 ^ separator/suffix ^ num2 → valueQuantity / valueRange / valueRatio."""
    comparator, num1, sep, num2 = value.c(1), _number(value.c(2)), value.c(3), _number(value.c(4))
    if num1 is None:
        return None
    if sep in {"-"} and num2 is not None:
        return {"valueRange": {"low": _quantity(num1, units), "high": _quantity(num2, units)}}
    if sep in {":", "/"} and num2 is not None:
        return {"valueRatio": {"numerator": {"value": num1}, "denominator": {"value": num2}}}
    quantity = _quantity(num1, units)
    if comparator in {"<", "<=", ">", ">="}:
        quantity["comparator"] = comparator
    return {"valueQuantity": quantity}


def _obx_value(ctx: _Ctx, obx: Segment, value_type: str, units: Mapping[str, Any]) -> dict[str, Any] | None:
    """OBX-5 by OBX-2 value type → the ``value[x]`` element (as a one-key dict), or None."""
    reps = obx.reps(5)
    if not reps:
        return None
    first = reps[0]
    if value_type == "NM":
        raw = first.c(1)
        number = _number(raw)
        if number is not None:
            return {"valueQuantity": _quantity(number, units)}
        bound = _BOUND.match(raw)
        if bound and _number(bound.group(2)) is not None:
            quantity = _quantity(_number(bound.group(2)) or 0, units)
            quantity["comparator"] = {"≤": "<=", "≥": ">="}.get(bound.group(1), bound.group(1))
            return {"valueQuantity": quantity}
        ctx.warn(f"OBX-5 of type NM is not a number (OBX set id {_code_for_warning(obx.get(1))}); kept as text")
        return {"valueString": first.text().strip()}
    if value_type == "SN":
        sn = _sn_value(first, units)
        if sn is not None:
            return sn
        return {"valueString": first.text().strip()}
    if value_type in {"CE", "CWE", "CNE", "CF", "CD"}:
        if len(reps) > 1:
            ctx.warn(f"OBX-5 {value_type} repetitions beyond the first ignored")
        concept = codeable(first)
        return {"valueCodeableConcept": concept} if concept else None
    if value_type in {"TS", "DTM", "DT"}:
        when = parse_dtm(first.c(1))
        if when is not None:
            return {"valueDateTime": when.datetime(ctx.tz)}
        return {"valueString": first.c(1)}
    if value_type == "TM":
        m = re.match(r"(\d{2})(\d{2})?(\d{2})?", first.c(1))
        if m and int(m.group(1)) < 24:
            return {"valueTime": f"{m.group(1)}:{m.group(2) or '00'}:{m.group(3) or '00'}"}
        return {"valueString": first.c(1)}
    if value_type in TEXT_TYPES or value_type == "ST":
        return {"valueString": obx.text(5)}
    # XCN, CX, HD and other composites: their readable parts, in order.
    if value_type not in {"HD", "CX", "XCN", "XPN", "XAD", "XON", "EI", "ID", "IS"}:
        ctx.warn(f"OBX value type {_code_for_warning(value_type)} read as text")
    parts = [first.c(i) for i in range(1, 10) if first.c(i)]
    return {"valueString": " ".join(parts)} if parts else None


def _order_key(ctx: _Ctx, obr: Segment, index: int) -> str:
    filler, placer = obr.first(3), obr.first(2)
    if filler.c(1):
        return f"filler|{filler.c(2) or filler.c(3)}|{filler.c(1)}"
    if placer.c(1):
        return f"placer|{placer.c(2) or placer.c(3)}|{placer.c(1)}"
    return f"message|{ctx.msg_key}|{obr.get(1) or index}"


def map_obr(ctx: _Ctx, obr: Segment, index: int) -> _Order:
    key = _order_key(ctx, obr, index)
    code = codeable(obr.first(4)) or {"text": "unspecified report"}
    report: Resource = {
        "resourceType": "DiagnosticReport",
        "id": ctx.id("report", key),
        "status": "unknown",
        "code": code,
    }
    identifiers = []
    for n, kind in ((3, "FILL"), (2, "PLAC")):
        ident = _identifier(obr.first(n), type_code=kind)
        if ident:
            identifiers.append(ident)
    if identifiers:
        report["identifier"] = identifiers
    section = obr.get(24).upper()
    if section:
        report["category"] = [{"coding": [{"system": f"{V2}0074", "code": section}]}]
    ctx.link(report)
    when = ctx.dtm(obr, 7)
    if when:
        report["effectiveDateTime"] = when.datetime(ctx.tz)
    issued = ctx.dtm(obr, 22)
    if issued and issued.instant(ctx.tz):
        report["issued"] = issued.instant(ctx.tz)
    status = obr.get(25).upper()
    if status:
        if status in REPORT_STATUS:
            report["status"] = REPORT_STATUS[status]
        else:
            ctx.warn(f"OBR-25 code {_code_for_warning(status)} is not in HL7 table 0123")
    order = _Order(report=report, key=key)
    ctx.order, ctx.last_obs = order, None
    ctx.add(report)
    return order


def map_obx(ctx: _Ctx, obx: Segment) -> Resource | None:
    value_type = obx.get(2).upper()
    if value_type in {"ED", "RP"}:
        ctx.warn(f"OBX-5 of type {value_type} (embedded or referenced data) not mapped")
        ctx.last_obs = None
        return None
    order = ctx.order
    code_value = obx.first(3)
    sub_id = obx.get(4)
    previous = ctx.last_obs
    if value_type in TEXT_TYPES and previous is not None and previous.get("_group") == (code_value.raw, sub_id):
        # A text report arrives one line per OBX with the same OBX-3/OBX-4: one observation.
        previous["_lines"].append(obx.text(5))
        return previous

    code = codeable(code_value)
    if code is None and order is not None:
        code = order.report.get("code")  # text lines often leave OBX-3 empty under a coded OBR-4
    code = code or {"text": "unspecified observation"}
    base = f"{_concept_key(code)}|{sub_id}"
    if order is not None:
        seen = order.used_keys.get(base, 0)
        order.used_keys[base] = seen + 1
        oid = ctx.id("observation", order.key, base, str(seen) if seen else "")
    else:
        anchor = ctx.encounter_id or f"{ctx.patient_id or ''}|{ctx.msg_key}"
        oid = ctx.id("observation", "standalone", anchor, base, obx.get(1))
    status_code = obx.get(11).upper()
    status = OBSERVATION_STATUS.get(status_code)
    if status is None:
        if status_code:
            ctx.warn(f"OBX-11 code {_code_for_warning(status_code)} is not in HL7 table 0085")
        status = "final" if order is None else _report_to_observation_status(order.report["status"])
    obs: Resource = {"resourceType": "Observation", "id": oid, "status": status, "code": code}
    if order is not None and "category" in order.report:
        section = order.report["category"][0]["coding"][0]["code"]
        category = "imaging" if section in IMAGING_SECTIONS else "laboratory"
        obs["category"] = [
            {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": category}]}
        ]
    ctx.link(obs)
    when = ctx.dtm(obx, 14)
    if when:
        obs["effectiveDateTime"] = when.datetime(ctx.tz)
    elif order is not None and "effectiveDateTime" in order.report:
        obs["effectiveDateTime"] = order.report["effectiveDateTime"]
    if order is not None and "issued" in order.report:
        obs["issued"] = order.report["issued"]
    if value_type in TEXT_TYPES:
        obs["_group"] = (code_value.raw, sub_id)
        obs["_lines"] = [obx.text(5)]
    units = _unit(obx.first(6))
    if value_type not in TEXT_TYPES:
        value = _obx_value(ctx, obx, value_type, units)
        if value:
            obs.update(value)
    ref_range = _reference_range(obx.text(7, " "), units)
    if ref_range:
        obs["referenceRange"] = [ref_range]
    interpretation = _interpretation(obx)
    if interpretation:
        obs["interpretation"] = interpretation
    if order is not None:
        order.results.append(obs)
    ctx.last_obs = obs
    return ctx.add(obs)


def _report_to_observation_status(report_status: str) -> str:
    if report_status in {"final", "preliminary", "corrected", "registered", "cancelled"}:
        return report_status
    return "preliminary" if report_status == "partial" else "unknown"


def map_nte(ctx: _Ctx, nte: Segment, *, continues: bool) -> None:
    """NTE after an OBX → Observation.note; consecutive NTEs are one comment, one line each."""
    obs = ctx.last_obs
    if obs is None:
        return
    text = nte.text(3)
    notes = obs.setdefault("note", [])
    if continues and notes:
        notes[-1]["text"] = f"{notes[-1]['text']}\n{text}"
    else:
        notes.append({"text": text})


def _finish_observation(obs: Resource) -> str | None:
    """Settle a text observation's lines into valueString; returns its text for the report."""
    lines = obs.pop("_lines", None)
    obs.pop("_group", None)
    for note in obs.get("note", []):
        note["text"] = note["text"].strip("\n") or "(empty comment)"
    if lines is None:
        return None
    text = "\n".join(lines).strip("\n")
    if text.strip():
        obs["valueString"] = text
        return text
    return None


def _finish_order(order: _Order, texts: dict[str, str]) -> None:
    report = order.report
    if order.results:
        report["result"] = [{"reference": f"Observation/{o['id']}"} for o in order.results]
        if report["status"] == "unknown":
            statuses = {o["status"] for o in order.results}
            if statuses <= {"final"}:
                report["status"] = "final"
            elif statuses & {"corrected", "amended"}:
                report["status"] = "corrected"
            elif "preliminary" in statuses:
                report["status"] = "preliminary"
    report_text = "\n".join(texts[o["id"]] for o in order.results if o["id"] in texts)
    if report_text.strip():
        report["presentedForm"] = [
            {
                "contentType": "text/plain; charset=utf-8",
                "data": base64.b64encode(report_text.encode("utf-8")).decode("ascii"),
            }
        ]


# --- documents (MDM) ------------------------------------------------------------------------------

MDM_CANCEL = frozenset({"T11"})
MDM_REPLACE = frozenset({"T09", "T10"})


def map_mdm(ctx: _Ctx, txa: Segment, obxs: list[Segment], trigger: str) -> Resource:
    number = txa.first(12)
    if number.c(1):
        did = ctx.id("document", number.c(2) or number.c(3), number.c(1))
    else:
        ctx.warn("TXA-12 is empty: the DocumentReference cannot be linked across messages")
        did = ctx.id("document-message", ctx.msg_key)
    status = "entered-in-error" if trigger in MDM_CANCEL else "current"
    doc: Resource = {"resourceType": "DocumentReference", "id": did, "status": status}
    if number.c(1):
        ident: dict[str, Any] = {"value": number.c(1)}  # TXA-12 is an EI: id ^ namespace ^ universal id ^ type
        system = hd_system(number.c(2), number.c(3), number.c(4))
        if system:
            ident["system"] = system
        doc["masterIdentifier"] = dict(ident)
        doc["identifier"] = [dict(ident)]
    completion = txa.get(17).upper()
    if completion in DOC_STATUS:
        doc["docStatus"] = DOC_STATUS[completion]
    elif completion:
        ctx.warn(f"TXA-17 code {_code_for_warning(completion)} is not in HL7 table 0271")
    txa2 = txa.first(2)
    # v2.5.1 TXA-2 is an IS: a bare code. A LOINC-shaped one (ours, many EMRs') is LOINC, not table 0270.
    bare_loinc = not txa2.c(3) and _LOINC.match(txa2.c(1)) is not None
    doc_type = codeable(txa2, default_system="http://loinc.org" if bare_loinc else f"{V2}0270")
    if doc_type:
        doc["type"] = doc_type
    if ctx.patient_id:
        doc["subject"] = ctx.patient_reference()
    origination = ctx.dtm(txa, 6)
    if origination and origination.instant(ctx.tz):
        doc["date"] = origination.instant(ctx.tz)
    authors = [a for a in (_practitioner(ctx, v) for v in txa.reps(9)) if a]
    if authors:
        doc["author"] = [{"reference": f"Practitioner/{a}"} for a in authors]
    authenticator = next((a for a in (_practitioner(ctx, v) for v in txa.reps(22)) if a), None)
    if authenticator:
        doc["authenticator"] = {"reference": f"Practitioner/{authenticator}"}
    if trigger in MDM_REPLACE:
        parent = txa.first(13)
        if parent.c(1):
            parent_id = ctx.id("document", parent.c(2) or parent.c(3), parent.c(1))
            doc["relatesTo"] = [{"code": "replaces", "target": {"reference": f"DocumentReference/{parent_id}"}}]

    lines: list[str] = []
    for obx in obxs:
        value_type = obx.get(2).upper()
        if value_type in TEXT_TYPES or value_type == "ST":
            lines.append(obx.text(5))
        elif value_type:
            ctx.warn(f"MDM OBX-5 of type {_code_for_warning(value_type)} not part of the document text")
    attachment: dict[str, Any] = {"contentType": "text/plain; charset=utf-8"}
    if lines:
        attachment["data"] = base64.b64encode("\n".join(lines).encode("utf-8")).decode("ascii")
    else:
        ctx.warn("MDM message has no text content (OBX TX/FT/ST)")
    title = (
        txa.get(25)
        or (doc_type or {}).get("text")
        or next((c.get("display") for c in (doc_type or {}).get("coding", []) if c.get("display")), None)
    )
    if title:
        attachment["title"] = title
    if origination:
        attachment["creation"] = origination.datetime(ctx.tz)
    doc["content"] = [{"attachment": attachment}]
    activity = ctx.dtm(txa, 4)
    context: dict[str, Any] = {}
    if ctx.encounter_id:
        context["encounter"] = [ctx.encounter_reference()]
    if activity:
        context["period"] = {"start": activity.datetime(ctx.tz)}
    if context:
        doc["context"] = context
    return ctx.add(doc)


# --- the walk -------------------------------------------------------------------------------------


def _message_key(msg: ParsedMessage, raw: bytes) -> str:
    return msg.control_id or "sha256:" + hashlib.sha256(raw).hexdigest()[:32]


def map_message(
    msg: ParsedMessage, *, source: str, raw: bytes = b"", tz: tzinfo | None = None, namespace: uuid.UUID = NAMESPACE
) -> MappedMessage:
    """Map a parsed message. Raises :class:`PermanentError` (PHI-free) when the mapping itself fails."""
    code, event = msg.message_code, msg.event
    trigger = event.partition("^")[2]
    if code == "ADT" and trigger in ADT_ENCOUNTER_STATUS:
        kind = "adt"
    elif code == "ADT" and trigger in ADT_PERSON_EVENTS:
        kind = "person"
    else:
        kind = {"ORU": "oru", "MDM": "mdm"}.get(code, "other")
    ctx = _Ctx(
        msg=msg,
        source=source,
        tz=tz,
        namespace=namespace,
        msg_key=_message_key(msg, raw or msg.text.encode("utf-8")),
        context_only=kind not in {"adt", "person"},
        warnings=list(msg.warnings),
    )
    try:
        _walk(ctx, kind, trigger)
    except PermanentError:
        raise
    except Exception as exc:
        where = f"{ctx.segment.name} #{ctx.segment.index}" if ctx.segment is not None else "the message"
        # No chaining: the cause's text may quote a value from the message.
        raise PermanentError(f"HL7 v2 mapping failed at {where} ({type(exc).__name__})", code="hl7-mapping") from None
    if kind == "other":
        label = event if _EVENT.match(event) else "this message type"
        ctx.warn(f"{label} not mapped beyond PID/PV1")
    if len(ctx.patient_ids) > 1:
        ctx.warn(f"message carries {len(ctx.patient_ids)} patients; patient_ref names the first")
    patient_ref = f"Patient/{ctx.patient_ids[0]}" if ctx.patient_ids else None
    return MappedMessage(
        event=event, resources=list(ctx.resources.values()), patient_ref=patient_ref, warnings=ctx.warnings
    )


_EVENT = re.compile(r"[A-Z0-9]{3}(\^[A-Z0-9_]{1,7})?\Z")


def _walk(ctx: _Ctx, kind: str, trigger: str) -> None:
    handlers: dict[str, Callable[[Segment], object]] = {"PID": lambda s: map_pid(ctx, s)}
    if kind in {"adt", "person"}:
        handlers.update(NK1=lambda s: map_nk1(ctx, s), MRG=lambda s: map_mrg(ctx, s))
    if kind == "adt":
        handlers.update(
            PV1=lambda s: map_pv1(ctx, s, trigger=trigger, authoritative=True),
            DG1=lambda s: map_dg1(ctx, s),
            AL1=lambda s: map_al1(ctx, s),
            OBX=lambda s: map_obx(ctx, s),
        )
    elif kind in {"oru", "mdm", "other"}:
        handlers["PV1"] = lambda s: map_pv1(ctx, s, trigger=trigger, authoritative=False)
    orders: list[_Order] = []
    mdm_obx: list[Segment] = []
    if kind == "oru":
        handlers.update(
            OBR=lambda s: orders.append(map_obr(ctx, s, len(orders) + 1)),
            OBX=lambda s: map_obx(ctx, s),
        )
    if kind == "mdm":
        handlers["OBX"] = mdm_obx.append
    z_segments: list[str] = []
    previous = ""
    for seg in ctx.msg.segments:
        ctx.segment = seg
        name = seg.name
        if name == "NTE":
            if kind in {"adt", "oru"} and previous in {"OBX", "NTE"}:
                map_nte(ctx, seg, continues=previous == "NTE")
            else:
                ctx.last_obs = None  # NTEs after PID or OBR have no home in R4
            previous = name
            continue
        if name != "OBX":
            ctx.last_obs = None  # an OBX text group or its NTEs end at any other segment
        handler = handlers.get(name)
        if handler is not None:
            handler(seg)
        elif name[0] == "Z" and name not in z_segments:
            z_segments.append(name)
        previous = name
    ctx.segment = None
    texts: dict[str, str] = {}
    for resource in ctx.resources.values():
        if resource["resourceType"] == "Observation":
            text = _finish_observation(resource)
            if text is not None:
                texts[resource["id"]] = text
    for order in orders:
        _finish_order(order, texts)
    if kind == "mdm":
        txa = ctx.msg.first("TXA")
        if txa is None:
            ctx.warn("MDM message without TXA: no DocumentReference")
        else:
            map_mdm(ctx, txa, mdm_obx, trigger)
    if z_segments:
        ctx.warn(f"Z-segments not mapped: {', '.join(z_segments[:10])}")


# --- the port -------------------------------------------------------------------------------------


class Hl7v2Mapper:
    """:class:`integration.ports.Hl7Mapper` for HL7 v2.3–2.8.

    ``default_charset`` / ``charset_overrides`` are ``Settings.mllp_default_charset`` /
    ``mllp_charset_overrides`` (HL7 table 0211 names; overrides keyed by source). ``timezone``
    (IANA name, e.g. ``Asia/Shanghai``) is the zone of timestamps sent without an offset; without
    it such timestamps keep their date only, since FHIR needs a zone on any time of day.
    """

    def __init__(
        self,
        default_charset: str = "UNICODE UTF-8",
        charset_overrides: Mapping[str, str] | None = None,
        *,
        timezone: str | None = None,
        namespace: uuid.UUID = NAMESPACE,
    ) -> None:
        self.default_charset = default_charset
        self.charset_overrides = dict(charset_overrides or {})
        self.namespace = namespace
        self.tz: tzinfo | None = None
        if timezone:
            try:
                self.tz = UTC if timezone.upper() == "UTC" else ZoneInfo(timezone)
            except (ZoneInfoNotFoundError, ValueError):
                raise ValueError(f"unknown time zone {timezone[:60]!r}") from None

    def map(self, raw: bytes, *, source: str) -> MappedMessage:
        msg = parse(raw, default_charset=self.default_charset, override=self.charset_overrides.get(source))
        return map_message(msg, source=source, raw=raw, tz=self.tz, namespace=self.namespace)


def resources_of_type(mapped: MappedMessage, resource_type: str) -> list[Resource]:
    """Convenience for callers and tests."""
    return [r for r in mapped.resources if r["resourceType"] == resource_type]


def iter_references(node: Any) -> Iterable[str]:
    """Every ``reference`` string in a resource (tests check they are all relative ``Type/id``)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "reference" and isinstance(value, str):
                yield value
            else:
                yield from iter_references(value)
    elif isinstance(node, list):
        for item in node:
            yield from iter_references(item)
