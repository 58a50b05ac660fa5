"""Outbound MDM^T02: shape, escaping, character sets, and a round trip through our parser and hl7apy."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from fhir.resources.R4B import get_fhir_model_class
from hl7apy.consts import VALIDATION_LEVEL
from hl7apy.parser import parse_message

from connectors.hl7v2.mapping import Hl7v2Mapper, resources_of_type
from connectors.hl7v2.mdm import build_for_draft, build_mdm_t02, escape
from connectors.hl7v2.parse import Delimiters, parse, parse_text, validate_strict
from integration.draft_tasks import BANNER
from integration.errors import PermanentError
from integration.models import Draft

DRAFT_UUID = "7f3c0000-0000-4000-8000-000000000001"
CREATED = datetime(2026, 5, 12, 10, 30, tzinfo=timezone(timedelta(hours=8)))
PATIENT: dict[str, Any] = {
    "resourceType": "Patient",
    "id": "p1",
    "identifier": [
        {
            "system": "urn:id:HOSP",
            "value": "300001",
            "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
            "assigner": {"display": "HOSP"},
        },
        {"system": "urn:oid:2.16.156.10011.1.1", "value": "X-1"},
    ],
    "name": [{"use": "official", "family": "王", "given": ["秀英"], "text": "王秀英"}],
    "birthDate": "1958-03-12",
    "gender": "female",
}
ENCOUNTER: dict[str, Any] = {
    "resourceType": "Encounter",
    "id": "e1",
    "status": "finished",
    "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "IMP"},
    "identifier": [{"system": "urn:id:HOSP", "value": "V300001", "type": {"coding": [{"code": "VN"}]}}],
    "period": {"start": "2026-05-01T08:00:00+08:00", "end": "2026-05-12T09:00:00+08:00"},
}
NOTE = (
    f"{BANNER['zh']}\n\n"
    "入院情况：血压 150/90 mmHg，主诉|胸闷^三天 & 气短~加重 \\ 反斜杠\n"
    "出院诊断：原发性高血压\r（内嵌回车）\n"
    "literal \\F\\ stays literal\n"
)


def build(text: str = NOTE, **options: Any) -> bytes:
    values: dict[str, Any] = {
        "draft_uuid": DRAFT_UUID,
        "loinc_code": "18842-5",
        "loinc_display": "Discharge summary",
        "title": "出院小结（AI草稿）",
        "patient": PATIENT,
        "encounter": ENCOUNTER,
        "model": "OpenMedZoo/MedGo",
        "model_revision": "abc123",
        "prompt_version": "discharge_summary/zh@1",
        "created_at": CREATED,
    }
    values.update(options)
    return build_mdm_t02(text, **values)


def obx_text(raw: bytes, codec: str) -> str:
    msg = parse_text(raw.decode(codec), codec=codec)
    return "\n".join(seg.text(5) for seg in msg.all("OBX") if seg.get(2) == "TX")


def test_segments_and_fields() -> None:
    raw = build()
    assert raw.endswith(b"\r") and b"\n" not in raw.replace(b"\\X0A\\", b"")
    msg = parse(raw)
    names = [s.name for s in msg.segments]
    assert names[:5] == ["MSH", "EVN", "PID", "PV1", "TXA"]
    assert names[-2:] == ["OBX", "NTE"]
    assert msg.event == "MDM^T02"
    assert msg.structure == "MDM_T02"
    assert msg.version == "2.5.1"
    assert msg.msh.get(3) == "MEDGO-BRIDGE"
    assert msg.msh.get(7) == "20260512103000+0800"
    assert msg.msh.get(18) == "UNICODE UTF-8"
    assert msg.control_id == "7f3c0000000040008000"
    pid = msg.first("PID")
    assert pid is not None
    assert pid.raw(3) == "300001^^^HOSP^MR~X-1^^^&2.16.156.10011.1.1&ISO"
    assert pid.raw(5) == "王^秀英"
    assert (pid.get(7), pid.get(8)) == ("19580312", "F")
    pv1 = msg.first("PV1")
    assert pv1 is not None
    assert (pv1.get(2), pv1.raw(19)) == ("I", "V300001^^^HOSP^VN")
    assert (pv1.get(44), pv1.get(45)) == ("20260501080000+0800", "20260512090000+0800")
    txa = msg.first("TXA")
    assert txa is not None
    assert txa.get(2) == "18842-5"
    assert txa.get(3) == "TX"
    assert txa.get(4) == txa.get(6) == "20260512103000+0800"
    assert txa.get(12) == DRAFT_UUID
    assert txa.get(12, 2) == "MEDGO-BRIDGE"
    assert txa.get(17) == "DO"
    assert txa.get(19) == "UN"
    assert build(availability="AV").split(b"\rTXA|")[1].split(b"\r")[0].endswith(b"|DO||AV")


def test_banner_is_the_first_obx_and_each_line_is_one_obx() -> None:
    msg = parse(build())
    obx = msg.all("OBX")
    text_obx = [s for s in obx if s.get(2) == "TX"]
    assert len(text_obx) == NOTE.count("\n") + 1
    assert text_obx[0].text(5) == BANNER["zh"]
    assert text_obx[0].raw(3) == "18842-5^Discharge summary^LN"
    assert [s.get(1) for s in obx] == [str(i) for i in range(1, len(obx) + 1)]
    assert all(s.get(11) == "P" for s in obx)
    with_banner = parse(build("正文", banner=BANNER["zh"]))
    assert [s.text(5) for s in with_banner.all("OBX") if s.get(2) == "TX"] == [BANNER["zh"], "正文"]
    not_twice = parse(build(NOTE, banner=BANNER["zh"]))
    assert len([s for s in not_twice.all("OBX") if s.text(5) == BANNER["zh"]]) == 1


def test_provenance_obx_and_note() -> None:
    msg = parse(build())
    ed = msg.all("OBX")[-1]
    assert ed.get(2) == "ED"
    assert ed.get(3) == "AIPROV"
    value = ed.first(5)
    assert (value.c(1), value.c(2), value.c(3), value.c(4)) == ("MEDGO-BRIDGE", "application", "json", "Base64")
    provenance = json.loads(base64.b64decode(value.c(5)))
    assert provenance["draft"] == f"urn:uuid:{DRAFT_UUID}"
    assert (provenance["model"], provenance["modelRevision"]) == ("OpenMedZoo/MedGo", "abc123")
    assert provenance["promptVersion"] == "discharge_summary/zh@1"
    assert provenance["docStatus"] == "preliminary" and provenance["security"] == "AIAST"
    nte = msg.first("NTE")
    assert nte is not None
    assert "OpenMedZoo/MedGo" in nte.text(3) and "discharge_summary/zh@1" in nte.text(3)


@pytest.mark.parametrize(("charset", "codec"), [("UNICODE UTF-8", "utf-8"), ("GB 18030-2000", "gb18030")])
def test_round_trip_restores_the_note_exactly(charset: str, codec: str) -> None:
    raw = build(charset=charset)
    if codec == "gb18030":
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
    assert obx_text(raw, codec) == NOTE
    msg = parse(raw)  # MSH-18 picks the codec
    assert msg.codec == codec
    assert msg.msh.get(18) == charset


@pytest.mark.parametrize(("charset", "codec"), [("UNICODE UTF-8", "utf-8"), ("GB 18030-2000", "gb18030")])
def test_hl7apy_reads_it_back(charset: str, codec: str) -> None:
    # hl7apy re-escapes \Xhh\ sequences when it hands values out (\E\X0D\E\), so this note has no
    # control characters; our own parser restores those exactly (test above).
    note = NOTE.replace("\r", "")
    raw = build(note, charset=charset)
    text = raw.decode(codec)
    msg: Any = parse_message(text, validation_level=VALIDATION_LEVEL.TOLERANT, find_groups=True)
    assert msg.name == "MDM_T02"
    assert msg.msh.msh_18.value == charset
    assert msg.txa.txa_12.value == f"{DRAFT_UUID}^MEDGO-BRIDGE"
    assert msg.txa.txa_17.value == "DO"
    groups = [g for g in msg.children if g.name.startswith("MDM_T02_OBX")]
    values = [s.obx_5.value for g in groups for s in g.children if s.name == "OBX" and s.obx_2.value == "TX"]
    ours = parse_text(text)
    assert "\n".join(ours.unescape(v) for v in values) == note
    assert values[0] == BANNER["zh"]
    # hl7apy's own conformance check finds nothing structural: TXA-2 (user table 0270) is a warning.
    problems = validate_strict(parse(raw))
    assert [p for p in problems if p.startswith("Error")] == []


def test_inbound_mapping_of_our_own_message() -> None:
    mapped = Hl7v2Mapper().map(build(charset="GB 18030-2000"), source="EMR^HOSP")
    for resource in mapped.resources:
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)
    (doc,) = resources_of_type(mapped, "DocumentReference")
    assert doc["docStatus"] == "preliminary"
    assert doc["identifier"] == [{"value": DRAFT_UUID, "system": "urn:id:MEDGO-BRIDGE"}]
    assert doc["type"]["coding"][0] == {"code": "18842-5", "system": "http://loinc.org"}
    assert base64.b64decode(doc["content"][0]["attachment"]["data"]).decode("utf-8") == NOTE
    (patient,) = resources_of_type(mapped, "Patient")
    assert patient["name"][0]["text"] == "王秀英"
    assert {i["value"] for i in patient["identifier"]} == {"300001", "X-1"}
    (encounter,) = resources_of_type(mapped, "Encounter")
    assert encounter["identifier"][0]["value"] == "V300001"


def test_escape() -> None:
    assert escape("a|b^c&d~e\\f") == "a\\F\\b\\S\\c\\T\\d\\R\\e\\E\\f"
    assert escape("x\ry\x0bz\x1c") == "x\\X0D\\y\\X0B\\z\\X1C\\"
    assert escape("tab\tstays") == "tab\tstays"
    custom = Delimiters(field="!", component="@", repetition="*", escape="%", subcomponent="+")
    assert escape("a!b@c|d%", custom) == "a%F%b%S%c|d%E%"
    msg = parse_text("MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5\r")
    sample = "⊕ |^&~\\ \r \x0b 王 \\F\\ \\X41\\"
    assert msg.unescape(escape(sample)) == sample


def test_latin1_cannot_carry_chinese_and_bad_options_are_refused() -> None:
    with pytest.raises(PermanentError) as refused:
        build(charset="8859/1")
    assert refused.value.code == "hl7-charset"
    assert "王" not in str(refused.value) and "血压" not in str(refused.value)
    assert b"8859/1" in build("plain ascii", charset="8859/1", patient=None)
    with pytest.raises(ValueError, match="TXA-19"):
        build(availability="XX")
    with pytest.raises(ValueError, match="not supported"):
        build(charset="EBCDIC")


def test_without_patient_or_encounter() -> None:
    msg = parse(build("text", patient=None, encounter=None))
    pid, pv1 = msg.first("PID"), msg.first("PV1")
    assert pid is not None and pid.fields == ["PID", "1"]
    assert pv1 is not None and pv1.get(2) == "U"


def test_build_for_draft_row() -> None:
    draft = Draft(
        uuid=DRAFT_UUID,
        job_id=1,
        task="discharge_summary",
        patient_ref="Patient/p1",
        encounter_ref="Encounter/e1",
        loinc_code="18842-5",
        loinc_display="Discharge summary",
        title="出院小结（AI草稿）",
        language="zh",
        text=NOTE,
        backend="tgi",
        model="OpenMedZoo/MedGo",
        model_revision="abc123",
        prompt_version="discharge_summary/zh@1",
        deid_policy="p@1",
        created_at=datetime(2026, 5, 12, 2, 30, tzinfo=UTC),
    )
    raw = build_for_draft(draft, patient=PATIENT, encounter=ENCOUNTER, charset="GB 18030-2000", availability="AV")
    assert raw == build(charset="GB 18030-2000", availability="AV", created_at=draft.created_at)
    assert obx_text(raw, "gb18030") == NOTE
    # A resend of the same draft is the same message (same MSH-10, TXA-12): receivers can dedupe.
    assert raw == build_for_draft(
        draft, patient=PATIENT, encounter=ENCOUNTER, charset="GB 18030-2000", availability="AV"
    )
