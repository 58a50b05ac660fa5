"""Outbound MDM^T02 (v2.5.1): an AI draft as "original document notification and content".

For EMRs without FHIR write-back. Shape per ``docs/hl7v2-mapping.md`` (from the clinical-AI notes
§1.6/§6.3): MSH, EVN, PID, PV1, TXA, then one ``OBX|TX`` per line of the note (the AI-draft banner
is the note's first line, so it is the first OBX), then an ``OBX|ED`` carrying the AI provenance as
JSON plus an NTE saying the same in words, for EMRs that do not display ED.

TXA-17 is ``DO`` (documented, never authenticated: a clinician signs in the EMR), TXA-19 ``UN`` or
``AV``, TXA-12 the draft's identifier, so a resend of the same draft names the same document.
Text is escaped with the message's encoding characters (``|`` → ``\\F\\`` …) and control characters
as ``\\Xhh\\``, so :func:`connectors.hl7v2.parse.ParsedMessage.unescape` restores it exactly. hl7apy's
escaping is not used: it leaves text that already looks like an escape sequence (``\\F\\`` typed in a
note) unescaped, so the note would not come back as written.

TXA-2 is an IS in v2.5.1 (user table 0270), so it carries the bare LOINC code; the coded form with
its system (``18842-5^Discharge summary^LN``) is in every OBX-3.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from connectors.hl7v2 import charset as charsets
from connectors.hl7v2.parse import Delimiters
from integration.errors import PermanentError

SENDING_APPLICATION = "MEDGO-BRIDGE"
VERSION = "2.5.1"
AVAILABILITY = frozenset({"AV", "UN", "CA", "OB"})  # HL7 table 0273
DEFAULT_DELIMITERS = Delimiters()

_CLASS_TO_V2 = {
    "IMP": "I",
    "ACUTE": "I",
    "NONAC": "I",
    "AMB": "O",
    "EMER": "E",
    "PRENC": "P",
    "OBSENC": "O",
    "HH": "O",
    "VR": "O",
}
_GENDER_TO_V2 = {"male": "M", "female": "F", "other": "O", "unknown": "U"}


def escape(text: str, delimiters: Delimiters = DEFAULT_DELIMITERS) -> str:
    """HL7-escape text for one field value: delimiters become \\F\\ \\S\\ \\T\\ \\R\\ \\E\\, control
    characters (CR would end the segment, VT/FS would break MLLP framing) become \\Xhh\\."""
    esc = delimiters.escape
    table: dict[int, str] = {
        ord(esc): f"{esc}E{esc}",
        ord(delimiters.field): f"{esc}F{esc}",
        ord(delimiters.component): f"{esc}S{esc}",
        ord(delimiters.subcomponent): f"{esc}T{esc}",
        ord(delimiters.repetition): f"{esc}R{esc}",
    }
    if delimiters.truncation:
        table[ord(delimiters.truncation)] = f"{esc}P{esc}"
    for code in (*range(0x00, 0x09), *range(0x0A, 0x20), 0x7F):
        table[code] = f"{esc}X{code:02X}{esc}"
    return text.translate(table)


def hl7_timestamp(value: datetime) -> str:
    """DTM with seconds and offset (``20260512103000+0800``); a naive time is taken as UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.strftime("%Y%m%d%H%M%S%z")


def _fhir_to_dtm(value: str) -> str:
    """FHIR date/dateTime → HL7 DTM (keeps the precision and offset that were given)."""
    if "T" not in value:
        return value.replace("-", "")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value[:10].replace("-", "")
    return hl7_timestamp(parsed)


def _components(*parts: str) -> str:
    """Join already escaped components, dropping trailing empty ones."""
    items = list(parts)
    while items and not items[-1]:
        items.pop()
    return "^".join(items)


def _authority(identifier: Mapping[str, Any]) -> str:
    """HD for CX-4 from a FHIR Identifier: assigner display and/or the system as universal id."""
    display = str((identifier.get("assigner") or {}).get("display") or "")
    system = str(identifier.get("system") or "")
    namespace, universal, kind = display, "", ""
    if system.startswith("urn:oid:"):
        universal, kind = system.removeprefix("urn:oid:"), "ISO"
    elif system.startswith("urn:uuid:"):
        universal, kind = system.removeprefix("urn:uuid:"), "UUID"
    elif system.startswith("urn:id:"):
        namespace = namespace or system.removeprefix("urn:id:")
    elif system:
        universal, kind = system, "URI"
    subs = [escape(namespace), escape(universal), kind]
    while subs and not subs[-1]:
        subs.pop()
    return "&".join(subs)


def _type_code(identifier: Mapping[str, Any]) -> str:
    for coding in (identifier.get("type") or {}).get("coding") or []:
        if isinstance(coding, dict) and coding.get("code"):
            return escape(str(coding["code"]))
    return ""


def _cx(identifier: Mapping[str, Any]) -> str:
    return _components(escape(str(identifier["value"])), "", "", _authority(identifier), _type_code(identifier))


def _xpn(name: Mapping[str, Any]) -> str:
    family = str(name.get("family") or "")
    given = [str(g) for g in name.get("given") or []]
    if not family and not given:
        family = str(name.get("text") or "")  # a name known only as text (e.g. a whole CJK name)
    prefix = " ".join(str(p) for p in name.get("prefix") or [])
    suffix = " ".join(str(s) for s in name.get("suffix") or [])
    return _components(
        escape(family),
        escape(given[0] if given else ""),
        escape(" ".join(given[1:])),
        escape(suffix),
        escape(prefix),
    )


def _names(patient: Mapping[str, Any]) -> list[str]:
    names = [n for n in patient.get("name") or [] if isinstance(n, dict)]
    names.sort(key=lambda n: 0 if n.get("use") == "official" else 1)  # the legal name first
    return [x for x in (_xpn(n) for n in names) if x]


def _pid(patient: Mapping[str, Any] | None) -> str:
    if not patient:
        return "PID|1"
    identifiers = [i for i in patient.get("identifier") or [] if isinstance(i, dict) and i.get("value")]
    fields = [""] * 9
    fields[1] = "1"
    fields[3] = "~".join(_cx(i) for i in identifiers)
    fields[5] = "~".join(_names(patient))
    birth = patient.get("birthDate")
    fields[7] = _fhir_to_dtm(str(birth)) if birth else ""
    fields[8] = _GENDER_TO_V2.get(str(patient.get("gender") or ""), "")
    return _segment("PID", fields)


def _visit_number(encounter: Mapping[str, Any]) -> str:
    identifiers = [i for i in encounter.get("identifier") or [] if isinstance(i, dict) and i.get("value")]
    chosen = next((i for i in identifiers if _type_code(i) == "VN"), identifiers[0] if identifiers else None)
    return _cx(chosen) if chosen else ""


def _pv1(encounter: Mapping[str, Any] | None) -> str:
    fields = [""] * 46
    fields[1] = "1"
    if not encounter:
        fields[2] = "U"  # PV1-2 is required; "unknown" is the honest value without an encounter
        return _segment("PV1", fields)
    code = str((encounter.get("class") or {}).get("code") or "")
    fields[2] = _CLASS_TO_V2.get(code, "U")
    fields[19] = _visit_number(encounter)
    period = encounter.get("period") or {}
    if period.get("start"):
        fields[44] = _fhir_to_dtm(str(period["start"]))
    if period.get("end"):
        fields[45] = _fhir_to_dtm(str(period["end"]))
    return _segment("PV1", fields)


def _segment(name: str, fields: Sequence[str]) -> str:
    items = list(fields)
    while len(items) > 1 and not items[-1]:
        items.pop()
    items[0] = name
    return "|".join(items)


def _control_id(draft_id: str) -> str:
    """MSH-10 (ST(20) in v2.5.1) derived from the draft: a resend of the same draft repeats it."""
    try:
        return uuid.UUID(draft_id).hex[:20]
    except ValueError:
        return uuid.uuid5(uuid.NAMESPACE_URL, f"urn:medgo-bridge:draft:{draft_id}").hex[:20]


def provenance_json(
    *,
    draft_uuid: str,
    model: str,
    model_revision: str,
    prompt_version: str,
    created_at: datetime,
    title: str,
    loinc_code: str,
) -> dict[str, Any]:
    """What the ED OBX carries: enough to trace the draft to its model and prompt (no PHI)."""
    return {
        "draft": f"urn:uuid:{draft_uuid}",
        "generator": SENDING_APPLICATION,
        "model": model,
        "modelRevision": model_revision,
        "promptVersion": prompt_version,
        "created": (created_at if created_at.tzinfo else created_at.replace(tzinfo=UTC)).isoformat(),
        "title": title,
        "type": f"http://loinc.org|{loinc_code}",
        "security": "AIAST",
        "docStatus": "preliminary",
    }


def build_mdm_t02(
    draft_text: str,
    *,
    draft_uuid: str | uuid.UUID,
    loinc_code: str,
    loinc_display: str,
    title: str,
    patient: Mapping[str, Any] | None,
    encounter: Mapping[str, Any] | None,
    model: str,
    model_revision: str,
    prompt_version: str,
    created_at: datetime,
    charset: str = "UNICODE UTF-8",
    availability: str = "UN",
    banner: str | None = None,
    sending_facility: str = "",
    receiving_application: str = "",
    receiving_facility: str = "",
    control_id: str | None = None,
    processing_id: str = "P",
    country: str = "",
    originator_id: str = SENDING_APPLICATION,
    originator_name: str = "AI draft service",
) -> bytes:
    """The MDM^T02 for one draft, encoded in ``charset`` (an HL7 table 0211 name, also sent in MSH-18).

    ``draft_text`` is the note as the clinician will review it; ``banner``, when given and not
    already the first line, is put in front. ``control_id`` defaults to one derived from the draft,
    so a retried send carries the same MSH-10 and a receiver that dedupes sees a repeat.
    Raises :class:`PermanentError` if the text cannot be encoded in ``charset`` (ValueError for a
    bad ``availability`` or ``charset`` name: those are configuration mistakes).
    """
    if availability not in AVAILABILITY:
        raise ValueError(f"TXA-19 availability must be one of {sorted(AVAILABILITY)}")
    codec = charsets.codec_for(charset)  # raises UnsupportedCharset (a ValueError) for unknown names
    draft_id = str(draft_uuid)
    stamp = hl7_timestamp(created_at)
    if banner and not draft_text.startswith(banner):
        draft_text = f"{banner}\n{draft_text}"
    msh10 = control_id or _control_id(draft_id)
    doc_type = _components(escape(loinc_code), escape(loinc_display), "LN")

    msh = "|".join(
        [
            "MSH",
            "^~\\&",
            SENDING_APPLICATION,
            escape(sending_facility),
            escape(receiving_application),
            escape(receiving_facility),
            stamp,
            "",
            "MDM^T02^MDM_T02",
            escape(msh10),
            processing_id,
            VERSION,
            "",
            "",
            "AL",
            "NE",
            escape(country),
            charset,
        ]
    )
    evn = f"EVN|T02|{stamp}"
    txa_fields = [""] * 20
    txa_fields[1] = "1"
    txa_fields[2] = escape(loinc_code)  # IS in v2.5.1 (user table 0270): the bare code; OBX-3 says "LN"
    txa_fields[3] = "TX"
    txa_fields[4] = stamp
    txa_fields[6] = stamp
    txa_fields[9] = _components(escape(originator_id), escape(originator_name))
    txa_fields[12] = _components(escape(draft_id), SENDING_APPLICATION)
    txa_fields[17] = "DO"  # documented: never AU/LA, a clinician authenticates in the EMR
    txa_fields[19] = availability
    segments = [msh, evn, _pid(patient), _pv1(encounter), _segment("TXA", txa_fields)]

    lines = draft_text.split("\n")  # "\n" only: a "\r" inside a line is kept (escaped as \X0D\)
    for index, line in enumerate(lines, start=1):
        segments.append(f"OBX|{index}|TX|{doc_type}|{index}|{escape(line)}||||||P")
    prov = provenance_json(
        draft_uuid=draft_id,
        model=model,
        model_revision=model_revision,
        prompt_version=prompt_version,
        created_at=created_at,
        title=title,
        loinc_code=loinc_code,
    )
    payload = base64.b64encode(json.dumps(prov, ensure_ascii=False, sort_keys=True).encode("utf-8")).decode("ascii")
    n = len(lines) + 1
    segments.append(
        f"OBX|{n}|ED|AIPROV^AI provenance^L|{n}|{SENDING_APPLICATION}^application^json^Base64^{payload}||||||P"
    )
    words = f"AI-generated draft (not reviewed): model {model} revision {model_revision}, prompt {prompt_version}"
    segments.append(f"NTE|1|O|{escape(words)}")  # 0105 "O": another system is the source

    message = "\r".join(segments) + "\r"
    try:
        return message.encode(codec)
    except UnicodeEncodeError as exc:
        raise PermanentError(
            f"draft text cannot be encoded in {charset[:40]} (character {exc.start}); "
            "use UNICODE UTF-8 or GB 18030-2000",
            code="hl7-charset",
        ) from None


def build_for_draft(
    draft: Any,
    *,
    patient: Mapping[str, Any] | None,
    encounter: Mapping[str, Any] | None,
    charset: str = "UNICODE UTF-8",
    availability: str = "UN",
    **options: Any,
) -> bytes:
    """:func:`build_mdm_t02` from an :class:`integration.models.Draft` row (duck-typed)."""
    return build_mdm_t02(
        draft.text,
        draft_uuid=draft.uuid,
        loinc_code=draft.loinc_code,
        loinc_display=draft.loinc_display,
        title=draft.title,
        patient=patient,
        encounter=encounter,
        model=draft.model,
        model_revision=draft.model_revision,
        prompt_version=draft.prompt_version,
        created_at=draft.created_at,
        charset=charset,
        availability=availability,
        **options,
    )
