"""What the console shows of a message or a draft when identifiers must stay hidden.

Two passes, because either alone leaks. First by structure: the fields that hold names, numbers,
phones, addresses and birth dates (PID-5, NK1-2, ``Patient.name``, ``identifier.value``…) are
replaced whole by the kind of thing they held. Then every value taken out that way is hunted for
in all the other text (an NTE comment, an OBX-5 note, a narrative, the draft itself), since senders
and models repeat a patient's name where no field position announces it. The values come from the
same routine that feeds the de-identifier (:func:`integration.context.known_identifiers`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from integration.context import known_identifiers
from integration.deid import DeidSession, KnownIdentifier, build_analyzer

# What a masked value is replaced by: the kind, never a length or a hash of the value.
LABEL = {
    "PERSON": "‹name›",
    "ID": "‹identifier›",
    "PHONE": "‹phone›",
    "EMAIL": "‹email›",
    "URL": "‹url›",
    "ADDRESS": "‹address›",
    "LOCATION": "‹place›",
    "DATE": "‹birth date›",
    "ORG": "‹organisation›",
    "AGE": "‹age›",
}


def label(kind: str) -> str:
    return LABEL.get(kind, "‹hidden›")


# --- free text -------------------------------------------------------------------------------------

_WORDISH = re.compile(r"^[\w .'-]+$", re.ASCII)


@dataclass
class TextMasker:
    """Replaces known identifier values wherever they occur in a piece of text."""

    values: dict[str, str] = field(default_factory=dict)  # value -> kind
    _pattern: re.Pattern[str] | None = None

    def add(self, kind: str, value: str) -> None:
        value = value.strip()
        # One character matches everywhere (王 in 王府井); such values stay masked in their own field.
        if len(value) < 2 or value in self.values:
            return
        self.values[value] = kind
        self._pattern = None

    def extend(self, items: Iterable[tuple[str, str]]) -> None:
        for kind, value in items:
            self.add(kind, value)

    def _compiled(self) -> re.Pattern[str] | None:
        if self._pattern is None and self.values:
            parts = []
            # Longest first, so "Zhang Wei" is masked as one name rather than around "Wei".
            for value in sorted(self.values, key=len, reverse=True):
                escaped = re.escape(value)
                # ASCII words need boundaries (the name "Ann" must not mask "Annual"); CJK text has no
                # spaces between words, so there a plain substring is the only workable match.
                parts.append(rf"(?<![\w])(?:{escaped})(?![\w])" if _WORDISH.match(value) else escaped)
            self._pattern = re.compile("|".join(parts), re.IGNORECASE)
        return self._pattern

    def mask(self, text: str) -> str:
        pattern = self._compiled()
        if pattern is None or not text:
            return text
        lowered = {v.lower(): k for v, k in self.values.items()}
        return pattern.sub(lambda m: label(lowered.get(m.group(0).lower(), "")), text)


class FreeText:
    """Masks running text (notes, comments, the draft) with the de-identification engine itself.

    Known-value substitution alone misses what the record never held in a field (a daughter's name
    and phone in a nurse's note); the engine that protects the prompts finds those too. Dates are
    put back unless they are a known birth date: the console hides identifiers, not the timeline.
    """

    _PLACEHOLDER = re.compile(r"<([A-Z]+)_(\d+)>")

    def __init__(self, known: Iterable[KnownIdentifier], profile: str) -> None:
        known = list(known)
        self._session = DeidSession(build_analyzer(profile), known)
        self._birth_dates = {k.value for k in known if k.kind == "DATE"}
        self.known = TextMasker()
        self.known.extend((k.kind, k.value) for k in known)

    def mask(self, text: str) -> str:
        if not text or not text.strip():
            return text
        language = "zh" if re.search(r"[\u4e00-\u9fff]", text) else "en"
        masked = self._session.text(text, language)
        originals = self._session.mapping

        def restore(match: re.Match[str]) -> str:
            kind, original = match.group(1), originals.get(match.group(0))
            if original is None:
                return match.group(0)  # the text held this token itself: not ours to replace
            if kind == "DATE" and original not in self._birth_dates:
                return original
            return label(kind)

        return self._PLACEHOLDER.sub(restore, masked)


# --- HL7 v2 ----------------------------------------------------------------------------------------

# Field positions that carry who the message is about or who was involved, and their HL7 data type:
# which components are the identifying ones depends on it (XPN family^given, XCN id^family^given…).
SENSITIVE_FIELDS: dict[str, dict[int, str]] = {
    "PID": {
        2: "CX",
        3: "CX",
        4: "CX",
        5: "XPN",
        6: "XPN",
        7: "DTM",
        9: "XPN",
        11: "XAD",
        12: "ST",
        13: "XTN",
        14: "XTN",
        18: "CX",
        19: "ST",
        20: "CX",
        21: "CX",
        23: "ST",
    },
    "PD1": {4: "XCN"},
    "NK1": {
        2: "XPN",
        4: "XAD",
        5: "XTN",
        6: "XTN",
        12: "CX",
        16: "DTM",
        30: "XPN",
        31: "XTN",
        32: "XAD",
        33: "CX",
        37: "ST",
    },
    "PV1": {3: "PL", 7: "XCN", 8: "XCN", 9: "XCN", 17: "XCN", 19: "CX", 50: "CX", 52: "XCN"},
    "MRG": {1: "CX", 2: "CX", 3: "CX", 4: "CX", 5: "CX", 6: "CX", 7: "XPN"},
    "GT1": {
        2: "CX",
        3: "XPN",
        4: "XPN",
        5: "XAD",
        6: "XTN",
        7: "XTN",
        8: "DTM",
        12: "ST",
        16: "XPN",
        17: "XAD",
        18: "XTN",
        19: "CX",
    },
    "IN1": {16: "XPN", 18: "DTM", 19: "XAD", 36: "ST", 49: "CX"},
    "IN2": {1: "CX", 2: "ST", 6: "ST", 8: "ST"},
    "ORC": {10: "XCN", 11: "XCN", 12: "XCN", 23: "XTN"},
    "OBR": {10: "XCN", 16: "XCN", 17: "XTN", 28: "XCN", 32: "XCN", 33: "XCN", 34: "XCN", 35: "XCN"},
    "OBX": {16: "XCN", 25: "XCN"},
    "TXA": {5: "XCN", 9: "XCN", 10: "XCN", 11: "XCN", 22: "XCN", 23: "XCN"},
    "EVN": {5: "XCN"},
    "ROL": {4: "XCN", 11: "XAD", 12: "XTN"},
    "PRT": {5: "XCN", 14: "XAD", 15: "XTN"},
    "DG1": {16: "XCN"},
    "PR1": {8: "XCN", 11: "XCN", 12: "XCN"},
    "RXA": {10: "XCN"},
    "SCH": {12: "XCN", 13: "XCN", 14: "XTN", 15: "XAD", 16: "XCN", 20: "XCN"},
    "AIP": {3: "XCN"},
    "STF": {3: "XPN", 10: "XTN", 11: "XAD"},
}

KIND_OF_TYPE = {
    "CX": "ID",
    "ST": "ID",
    "XPN": "PERSON",
    "XCN": "PERSON",
    "DTM": "DATE",
    "XAD": "ADDRESS",
    "XTN": "PHONE",
    "PL": "LOCATION",
}
# Components (1-based) whose values are hunted for elsewhere; the rest (type codes, country) are not
# identifying and would mask unrelated text.
TOKEN_COMPONENTS = {
    "CX": (1,),
    "ST": (1,),
    "XPN": (1, 2, 3),
    "XCN": (1, 2, 3, 4),
    "DTM": (1,),
    "XAD": (1, 2, 3, 5),
    "XTN": (1, 4, 6, 7),
    "PL": (2, 3),
}

# HL7 table 0211 names (MSH-18) to Python codecs. Display only: undecodable bytes become U+FFFD.
CHARSETS = {
    "ASCII": "ascii",
    "UNICODE UTF-8": "utf-8",
    "UNICODE": "utf-8",
    "8859/1": "latin-1",
    "8859/2": "iso8859-2",
    "8859/5": "iso8859-5",
    "8859/7": "iso8859-7",
    "8859/9": "iso8859-9",
    "GB 18030-2000": "gb18030",
    "BIG-5": "big5",
    "KS X 1001": "euc_kr",
    "ISO IR87": "iso2022_jp",
    "ISO IR6": "ascii",
}


@dataclass(frozen=True)
class Hl7Field:
    position: str  # "PID-5"
    value: str
    masked: bool


@dataclass(frozen=True)
class Hl7Segment:
    name: str
    fields: list[Hl7Field]


def decode_hl7(raw: bytes, *, default_charset: str, override: str | None) -> str:
    """The message as text, decoded the way the listener did: per-source override, MSH-18, default."""
    charset = override
    if charset is None:
        first = raw.split(b"\r", 1)[0].split(b"\n", 1)[0]
        if first.startswith(b"MSH") and len(first) > 3:
            fields = first.split(first[3:4])
            declared = fields[17].split(b"~")[0].decode("ascii", "replace").strip() if len(fields) > 17 else ""
            charset = declared or None
    codec = CHARSETS.get((charset or default_charset).upper(), "utf-8")
    return raw.decode(codec, errors="replace")


def _components(value: str, delims: str) -> list[str]:
    rep, comp, sub = delims[1], delims[0], delims[3] if len(delims) > 3 else "&"
    out = []
    for repetition in value.split(rep):
        for component in repetition.split(comp):
            out.append(component.split(sub)[0])
    return out


def _tokens(value: str, dtype: str, delims: str) -> list[tuple[str, str]]:
    kind = KIND_OF_TYPE[dtype]
    rep, comp, sub = delims[1], delims[0], delims[3] if len(delims) > 3 else "&"
    found: list[tuple[str, str]] = []
    wanted = TOKEN_COMPONENTS[dtype]
    for repetition in value.split(rep):
        parts = [c.split(sub)[0].strip() for c in repetition.split(comp)]
        picked = [parts[i - 1] for i in wanted if i - 1 < len(parts) and parts[i - 1]]
        found += [(kind, p) for p in picked]
        if dtype in {"XPN", "XCN"}:
            offset = 1 if dtype == "XCN" else 0
            family = parts[offset] if len(parts) > offset else ""
            given = parts[offset + 1] if len(parts) > offset + 1 else ""
            if family and given:
                # Written out elsewhere as "Given Family", "Family Given" or, in Chinese, "FamilyGiven".
                found += [(kind, f"{given} {family}"), (kind, f"{family} {given}"), (kind, f"{family}{given}")]
        if dtype == "DTM" and len(parts[0]) >= 8 and parts[0][:8].isdigit():
            d = parts[0]
            found.append((kind, f"{d[:4]}-{d[4:6]}-{d[6:8]}"))
    return found


# Fields that hold running text: masked with the de-identification engine, not only by known values.
FREE_TEXT_FIELDS = {("NTE", 3), ("OBX", 5), ("OBR", 13), ("PV2", 3), ("AL1", 5), ("TXA", 16)}
TEXT_TYPES = {"TX", "FT", "ST", "CF", "CWE", "CE"}


def hl7_segments(text: str, *, mask: bool, profile: str = "lite") -> list[Hl7Segment]:
    """Segments and their non-empty fields; with ``mask``, identifying fields and their values hidden."""
    lines = [line for line in re.split(r"\r\n|\r|\n", text) if line.strip()]
    if not lines or not lines[0].startswith("MSH") or len(lines[0]) < 8:
        # Not readable as HL7: show nothing of it rather than a raw dump that may hold anything.
        return [Hl7Segment("?", [Hl7Field("-", "not readable as HL7 v2", False)])]
    sep, delims = lines[0][3], lines[0][4:8]
    known: list[KnownIdentifier] = []
    parsed: list[tuple[str, list[str]]] = []
    for line in lines:
        parts = line.split(sep)
        name = parts[0][:3]
        # MSH-1 is the field separator itself, so MSH field n sits at parts[n-1].
        values = [sep, *parts[1:]] if name == "MSH" else parts[1:]
        parsed.append((name, values))
        for index, value in enumerate(values, start=1):
            dtype = SENSITIVE_FIELDS.get(name, {}).get(index)
            if dtype and value:
                known += [KnownIdentifier(kind, v) for kind, v in _tokens(value, dtype, delims) if len(v) >= 2]
    free = FreeText(known, profile) if mask else None
    segments = []
    for name, values in parsed:
        fields = []
        for index, value in enumerate(values, start=1):
            position = f"{name}-{index}"
            if name == "MSH" and index <= 2:
                fields.append(Hl7Field(position, value, False))
                continue
            if value == "":
                continue
            dtype = SENSITIVE_FIELDS.get(name, {}).get(index)
            if free is None:
                fields.append(Hl7Field(position, value, False))
            elif dtype:
                fields.append(Hl7Field(position, label(KIND_OF_TYPE[dtype]), True))
            elif name == "OBX" and index == 5 and len(values) > 1 and values[1] in {"ED", "RP"}:
                fields.append(Hl7Field(position, "‹attachment hidden›", True))
            else:
                running = (name, index) in FREE_TEXT_FIELDS and (
                    name != "OBX" or (len(values) > 1 and values[1] in TEXT_TYPES)
                )
                plain = _unescape(value, delims) if running else value
                shown = free.mask(plain) if running else free.known.mask(value)
                fields.append(Hl7Field(position, shown, shown != plain))
        segments.append(Hl7Segment(name, fields))
    return segments


def _unescape(value: str, delims: str) -> str:
    # \.br\ and friends (formatted text line breaks) become real ones, so the engine reads words.
    escape = delims[2] if len(delims) > 2 else "\\"
    repetition = delims[1] if len(delims) > 1 else "~"
    return value.replace(f"{escape}.br{escape}", "\n").replace(repetition, "\n")


# --- FHIR ------------------------------------------------------------------------------------------

PARTY_TYPES = {"Patient", "RelatedPerson", "Practitioner", "Person", "Organization", "Location"}
PARTY_FIELDS = {
    "name": "PERSON",
    "alias": "PERSON",
    "telecom": "PHONE",
    "address": "ADDRESS",
    "birthDate": "DATE",
    "contact": "PERSON",
    "photo": "PERSON",
}


@dataclass(frozen=True)
class FhirResourceView:
    resource_type: str
    resource_id: str
    json: str  # pretty-printed, masked when asked


# Keys whose string values are running text in FHIR (Annotation.text, Observation.valueString…).
FREE_TEXT_KEYS = {
    "text", "valueString", "conclusion", "description", "comment", "patientInstruction", "summary", "note",
}  # fmt: skip


def _mask_resource(resource: dict[str, Any], free: FreeText) -> dict[str, Any]:
    party = resource.get("resourceType") in PARTY_TYPES
    out: dict[str, Any] = {}
    for key, item in resource.items():
        if party and key in PARTY_FIELDS:
            out[key] = label(PARTY_FIELDS[key])
        elif party and key == "extension" and isinstance(item, list):
            # Party extensions are mothers' maiden names, birth places, ethnicity: hide the values.
            out[key] = [{"url": e.get("url"), "value": "‹hidden›"} if isinstance(e, dict) else "‹hidden›" for e in item]
        else:
            out[key] = _mask_value(key, item, free, resource)
    return out


def _mask_value(key: str, value: Any, free: FreeText, parent: dict[str, Any]) -> Any:
    if key == "identifier":
        return _mask_identifiers(value)
    if key == "display" and isinstance(value, str) and ("reference" in parent or "identifier" in parent):
        # A reference's display is where senders put the person's name ("Mr. John Doe").
        return label("PERSON")
    if key == "div" and isinstance(value, str):
        return "‹narrative hidden›"
    if key == "data" and isinstance(value, str) and len(value) > 64:
        return "‹attachment hidden›"  # base64 documents cannot be searched for names
    if isinstance(value, str):
        return free.mask(value) if key in FREE_TEXT_KEYS else free.known.mask(value)
    if isinstance(value, list):
        return [_mask_value(key, v, free, parent) for v in value]
    if isinstance(value, dict):
        if "resourceType" in value:
            return _mask_resource(value, free)
        return {k: _mask_value(k, v, free, value) for k, v in value.items()}
    return value


def _mask_identifiers(value: Any) -> Any:
    items = value if isinstance(value, list) else [value]
    masked: list[Any] = []
    for ident in items:
        if isinstance(ident, dict):
            masked.append({k: (label("ID") if k == "value" else v) for k, v in ident.items()})
        else:
            masked.append(label("ID"))
    return masked if isinstance(value, list) else masked[0]


def fhir_resources(payload: dict[str, Any]) -> list[dict[str, Any]]:
    if payload.get("resourceType") == "Bundle":
        return [
            e["resource"]
            for e in payload.get("entry") or []
            if isinstance(e, dict) and isinstance(e.get("resource"), dict)
        ]
    return [payload]


def fhir_views(
    payload: dict[str, Any], *, mask: bool, profile: str = "lite", limit: int = 500
) -> tuple[list[FhirResourceView], int]:
    """Each resource of a Bundle (or the single resource), masked when asked; and how many there were."""
    resources = fhir_resources(payload)
    free = None
    if mask:
        known = [k for r in resources if r.get("resourceType") in PARTY_TYPES for k in known_identifiers(r)]
        free = FreeText(known, profile)
    views = []
    for resource in resources[:limit]:
        shown = _mask_resource(resource, free) if free is not None else resource
        views.append(
            FhirResourceView(
                str(resource.get("resourceType", "?")),
                str(resource.get("id", "")),
                json.dumps(shown, ensure_ascii=False, indent=2),
            )
        )
    return views, len(resources)
