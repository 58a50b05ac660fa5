"""HL7 v2 → FHIR R4: the corpus maps and validates; ADT, ORU, MDM, escapes, charsets, Chinese names.

Every patient in messages written here is fictional. Corpus files are read in place.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B import get_fhir_model_class

from connectors.hl7v2 import mapping as mapping_module
from connectors.hl7v2.mapping import CONTEXT_TAG, Hl7v2Mapper, iter_references, parse_dtm, resources_of_type
from connectors.hl7v2.parse import Hl7ParseError, parse, parse_text, split_messages, validate_strict
from integration.context import patient_language
from integration.errors import PermanentError
from integration.ports import Hl7Mapper, MappedMessage

SOURCE = "HIS^HOSP"


def hl7(*segments: str, sep: str = "\r") -> str:
    return sep.join(segments) + sep


def one(mapped: MappedMessage, resource_type: str) -> dict[str, Any]:
    found = resources_of_type(mapped, resource_type)
    assert len(found) == 1, f"{len(found)} {resource_type}"
    return found[0]


def code_of(resource: dict[str, Any]) -> str:
    return str((resource["code"].get("coding") or [{}])[0].get("code", ""))


def validate_all(mapped: MappedMessage) -> None:
    ids = {(r["resourceType"], r["id"]) for r in mapped.resources}
    for resource in mapped.resources:
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)
        for ref in iter_references(resource):
            rtype, _, rid = ref.partition("/")
            assert rtype[:1].isupper() and rid and "/" not in rid, ref
            if rtype in {"Patient", "Encounter", "Practitioner", "Location", "Observation", "Condition"}:
                # Patient.link names the replaced patient, which this message does not carry.
                if resource["resourceType"] == "Patient" and resource.get("link"):
                    continue
                assert (rtype, rid) in ids, f"dangling {rtype} reference in {resource['resourceType']}"
    if mapped.patient_ref:
        assert ("Patient", mapped.patient_ref.removeprefix("Patient/")) in ids


def phi_strings(mapped: MappedMessage) -> set[str]:
    """Names and identifiers of the message's patients: none may appear in a warning."""
    out: set[str] = set()
    for patient in resources_of_type(mapped, "Patient") + resources_of_type(mapped, "RelatedPerson"):
        for name in patient.get("name", []):
            out.update(v for v in [name.get("family", ""), *name.get("given", [])] if len(v) >= 3)
        out.update(i["value"] for i in patient.get("identifier", []) if len(i["value"]) >= 3)
        if patient.get("birthDate"):
            out.add(patient["birthDate"])
    return out


# --- fixtures written here (fictional) ------------------------------------------------------------

A01 = hl7(
    "MSH|^~\\&|HIS|HOSP|MEDGO|HOSP|20260510080000+0800||ADT^A01^ADT_A01|ADT0001|P|2.5|||AL|NE|CHN|UNICODE UTF-8",
    "EVN|A01|20260510080000+0800",
    "PID|1||900001^^^HOSP^MR~110101196001010000^^^CHN^NNCHN||TESTER^ANNA^B^JR^DR^^L||19600101|F|||"
    "1 TEST ROAD^APT 2^TESTCITY^TS^100000^CHN^H||^PRN^PH^^86^10^5550100~^NET^Internet^anna@example.org"
    "|^WPN^PH^^^10^5550199|eng^English^ISO639|M",
    "NK1|1|TESTER^BOB|SPO^Spouse^HL70063||^PRN^CP^^^139^5550101",
    "PV1|1|I|WARD1^101^2^HOSP^^^BLDG^3||||1001^DOCTOR^DORA^^^DR^^^HOSP|2002^REFER^RITA||MED||||7|||"
    "1001^DOCTOR^DORA^^^DR^^^HOSP||V900001^^^HOSP^VN|||||||||||||||||||||||||20260510073000+0800",
    "AL1|1|DA|70618^Penicillin^RXNORM|SV|Hives~Wheezing|20200101",
    "DG1|1||I10^Essential hypertension^I10||20260510|A|||||||||1",
    "ZPI|1|custom|data",
)
A03 = hl7(
    "MSH|^~\\&|HIS|HOSP|MEDGO|HOSP|20260517100000+0800||ADT^A03^ADT_A03|ADT0002|P|2.5",
    "EVN|A03|20260517100000+0800",
    "PID|1||900001^^^HOSP^MR||TESTER^ANNA||19600101|F",
    "PV1|1|I|WARD1^101^2^HOSP||||1001^DOCTOR^DORA^^^DR^^^HOSP||||||||||||V900001^^^HOSP^VN"
    "|||||||||||||||||01||||||||20260510073000+0800|20260517093000+0800",
    "DG1|1||I10^Essential hypertension^I10||20260517|F",
)


def adt(trigger: str, *, pv1_tail: str = "|" * 25 + "20260510073000+0800") -> bytes:
    return hl7(
        f"MSH|^~\\&|HIS|HOSP|MEDGO|HOSP|20260518100000+0800||ADT^{trigger}|ADT-{trigger}|P|2.5",
        f"EVN|{trigger}|20260518100000+0800",
        "PID|1||900001^^^HOSP^MR||TESTER^ANNA||19600101|F",
        "PV1|1|I|WARD2^201^1^HOSP|||WARD1^101^2^HOSP|||||||||||||V900001^^^HOSP^VN" + pv1_tail,
    ).encode()


ORU = hl7(
    "MSH|^~\\&|LIS|HOSP|MEDGO|HOSP|20260512083000+0800||ORU^R01^ORU_R01|LAB0001|P|2.5.1|||AL|NE",
    "PID|1||900001^^^HOSP^MR||TESTER^ANNA||19600101|F",
    "PV1|1|I|WARD1^101^2^HOSP||||||||||||||||V900001^^^HOSP^VN",
    "ORC|RE|ORD1^EMR|FIL1^LIS",
    "OBR|1|ORD1^EMR|FIL1^LIS|24323-8^Metabolic panel^LN|||20260512070000+0800|||||||||||||||20260512082900+0800||CH|F",
    "OBX|1|NM|2345-7^Glucose^LN||112|mg/dL^mg/dL^UCUM|70-99|H|||F|||20260512070000+0800",
    "OBX|2|NM|2823-3^Potassium^LN||<2.5|mmol/L|3.5-5.1|LL^Critical low^HL70078|||F",
    "NTE|1|L|Repeated.",
    "NTE|2|L|Called to ward.",
    "OBX|3|SN|2160-0^Creatinine^LN||>^300|umol/L|<110|H|||F",
    "OBX|4|CWE|600-7^Blood culture^LN||260373001^Detected^SCT||||||F",
    "OBX|5|ED|PDF^Report^L||^application^pdf^Base64^JVBERi0=||||||F",
    "OBR|2|ORD2^EMR|FIL2^LIS|18748-4^Chest X-ray^LN|||20260512071000+0800|||||||||||||||||RAD|P",
    "OBX|1|TX|18748-4^Chest X-ray^LN||Findings: no consolidation.||||||P",
    "OBX|2|TX|18748-4^Chest X-ray^LN||Heart size normal; lines \\F\\ tubes \\T\\ drains.||||||P",
    "OBX|3|FT|59776-5^Impression^LN||Line one\\.br\\Line two \\S\\ caret||||||P",
)


# --- the corpus -----------------------------------------------------------------------------------


def corpus_messages(corpus: Path) -> list[tuple[str, bytes, bool]]:
    """(label, bytes, malformed) for every message in the HL7 v2 corpus; multi-message files split."""
    out: list[tuple[str, bytes, bool]] = []
    for path in sorted((corpus / "hl7v2").rglob("*")):
        if not path.is_file():
            continue
        raw = path.read_bytes()
        malformed = "malformed" in path.parts
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("iso-8859-1")
        parts = split_messages(text)
        if len(parts) > 1:
            out += [(f"{path.name}#{i}", p.encode("utf-8"), malformed) for i, p in enumerate(parts)]
        else:
            out.append((path.name, raw, malformed))
    return out


@pytest.mark.corpus
def test_every_corpus_message_maps_and_every_resource_validates_as_r4(corpus: Path) -> None:
    mapper = Hl7v2Mapper(timezone="UTC")
    messages = corpus_messages(corpus)
    assert len(messages) >= 40
    mapped_count = 0
    refused: list[tuple[str, bool, str]] = []
    for label, raw, malformed in messages:
        try:
            mapped = mapper.map(raw, source="corpus")
        except PermanentError as exc:
            refused.append((label, malformed, exc.code))
            continue
        mapped_count += 1
        validate_all(mapped)
        secrets = phi_strings(mapped)
        for warning in mapped.warnings:
            assert not any(s in warning for s in secrets), f"{label}: a warning quotes the record"
        assert mapped.event, label
    assert mapped_count >= 35
    assert [r for r in refused if not r[1]] == []  # only files broken on purpose may be refused


@pytest.mark.corpus
def test_corpus_malformed_files_never_crash(corpus: Path) -> None:
    codes = []
    for path in sorted((corpus / "hl7v2" / "malformed").iterdir()):
        try:
            Hl7v2Mapper().map(path.read_bytes(), source="corpus")
        except PermanentError as exc:  # the only exception a listener or worker may see
            codes.append(exc.code)
    assert codes  # the empty file, the fuzzer outputs …
    assert all(code.startswith("hl7-") for code in codes)


@pytest.mark.corpus
def test_corpus_adt_a01_v28_patient_and_encounter(corpus: Path) -> None:
    mapped = Hl7v2Mapper().map((corpus / "hl7v2" / "cdc-ti_001_ADT_A01_v28.hl7").read_bytes(), source="cdc")
    assert mapped.event == "ADT^A01"
    patient = one(mapped, "Patient")
    assert patient["name"][0]["family"] == "DOGCOW"
    assert patient["name"][0]["given"] == ["CLARUS", "M"]
    assert patient["birthDate"] == "1961-06-15"
    assert patient["gender"] == "male"
    mr = next(i for i in patient["identifier"] if i["value"] == "PATID1234")
    assert mr["system"] == "urn:id:ADT1"
    assert mr["assigner"]["display"] == "ADT1"
    assert mr["type"]["coding"][0]["code"] == "MR"
    ss = next(i for i in patient["identifier"] if i["value"] == "123456789")
    assert ss["type"]["coding"][0]["code"] == "SS"
    assert patient["address"][0]["city"] == "GREENSBORO"
    assert patient["maritalStatus"]["coding"][0]["code"] == "S"
    encounter = one(mapped, "Encounter")
    assert encounter["status"] == "in-progress"
    assert encounter["class"]["code"] == "IMP"
    assert encounter["subject"]["reference"] == mapped.patient_ref
    attending = encounter["participant"][0]
    assert attending["type"][0]["coding"][0]["code"] == "ATND"
    practitioner = next(
        r for r in mapped.resources if f"Practitioner/{r['id']}" == attending["individual"]["reference"]
    )
    assert practitioner["name"][0]["family"] == "ATTEND"
    spouse = one(mapped, "RelatedPerson")
    assert spouse["relationship"][0]["coding"][0]["code"] == "SPO"
    assert "meta" not in patient  # an ADT feed is authoritative, not context


@pytest.mark.corpus
def test_corpus_adt_a03_discharge(corpus: Path) -> None:
    raw = (corpus / "hl7v2" / "hapi_adt_a03.hl7").read_bytes()
    encounter = one(Hl7v2Mapper().map(raw, source="hapi"), "Encounter")
    assert encounter["status"] == "finished"
    assert encounter["class"]["code"] == "IMP"
    assert encounter["identifier"][0]["value"] == "2008003369"
    assert encounter["period"] == {"end": "2008-03-03"}  # no offset sent, no zone configured: the date
    zoned = one(Hl7v2Mapper(timezone="Europe/Rome").map(raw, source="hapi"), "Encounter")
    assert zoned["period"] == {"end": "2008-03-03T15:08:00+01:00"}


@pytest.mark.corpus
def test_corpus_oru_text_report_escapes_and_notes(corpus: Path) -> None:
    mapped = Hl7v2Mapper().map((corpus / "hl7v2" / "cdc-ti_002_CA_ORU_R01.hl7").read_bytes(), source="ca")
    narrative = next(o for o in resources_of_type(mapped, "Observation") if code_of(o) == "57724-7")
    text = narrative["valueString"]
    assert "COMMUNITY REG MEDICAL CENTER LAB ~2823 FRESNO ST" in text  # \R\ is the repetition character
    assert "\\.br\\" not in text and "\n" in text
    epic = Hl7v2Mapper().map((corpus / "hl7v2" / "cdc-ti_002_Epic_ORU_R01.hl7").read_bytes(), source="epic")
    interpretation = next(o for o in resources_of_type(epic, "Observation") if o.get("note"))
    assert interpretation["note"][0]["text"].startswith("This individual DOES NOT have the factor V Leiden F5\n")
    assert len(interpretation["note"]) == 1  # consecutive NTEs are one comment


@pytest.mark.corpus
def test_corpus_radiology_oru_flags_and_coded_values(corpus: Path) -> None:
    mapped = Hl7v2Mapper().map((corpus / "hl7v2" / "dcm4che_ORU-R01-SR.hl7").read_bytes(), source="dcm")
    report = one(mapped, "DiagnosticReport")
    assert report["status"] == "final"
    assert len(report["result"]) == 15
    text = base64.b64decode(report["presentedForm"][0]["data"]).decode("utf-8")
    assert text.startswith("The right kidney is slightly enlarged")
    findings = [o for o in resources_of_type(mapped, "Observation") if code_of(o) == "859776-5"]
    assert [f["interpretation"][0]["coding"][0]["code"] for f in findings] == ["N", "A"]
    renal = next(o for o in resources_of_type(mapped, "Observation") if "valueCodeableConcept" in o)
    assert renal["valueCodeableConcept"]["coding"][0] == {
        "code": "C65.2",
        "system": "http://hl7.org/fhir/sid/icd-10",
        "display": "Malignant neoplasm of left renal pelvis",
    }


@pytest.mark.corpus
def test_corpus_mdm_t02_inbound(corpus: Path) -> None:
    mapped = Hl7v2Mapper().map((corpus / "hl7v2" / "fhirconv_MDM-T02-01.hl7").read_bytes(), source="ms")
    assert mapped.event == "MDM^T02"
    doc = one(mapped, "DocumentReference")
    assert doc["masterIdentifier"]["value"] == "1.2.840.317.5947431.51.20080131160038"
    assert doc["identifier"][0]["value"] == "1.2.840.317.5947431.51.20080131160038"
    assert doc["docStatus"] == "final"  # TXA-17 AU
    assert doc["status"] == "current"
    assert doc["subject"]["reference"] == mapped.patient_ref
    assert any("ED" in w for w in mapped.warnings)
    assert one(mapped, "Encounter")["meta"]["tag"] == [CONTEXT_TAG]


@pytest.mark.corpus
def test_corpus_z_segments_and_declared_charset_mismatch(corpus: Path) -> None:
    mapped = Hl7v2Mapper().map((corpus / "hl7v2" / "dcm4che_OMG-O19-Eyecare.hl7").read_bytes(), source="dcm")
    assert "Z-segments not mapped: ZDS" in mapped.warnings
    assert "MSH-18 declares 8859/1 but the content is UTF-8; decoded as UTF-8" in mapped.warnings
    assert "OMG^O19 not mapped beyond PID/PV1" in mapped.warnings
    assert one(mapped, "Patient")["meta"]["tag"] == [CONTEXT_TAG]


@pytest.mark.corpus
def test_corpus_hex_escapes_in_declared_latin1(corpus: Path) -> None:
    msg = parse((corpus / "hl7v2" / "dcm4che_SIU-S12-NewAppointmentBooking.hl7").read_bytes())
    ais = msg.first("AIS")
    assert ais is not None
    assert ais.get(3, 2) == "SEPTOPLASTIA (OPERAÇÃO ISOLADA)"


# --- ADT ------------------------------------------------------------------------------------------


def test_adt_a01_maps_patient_encounter_allergy_condition_related_person() -> None:
    mapped = Hl7v2Mapper(timezone="Asia/Shanghai").map(A01.encode(), source=SOURCE)
    validate_all(mapped)
    assert mapped.event == "ADT^A01"
    patient = one(mapped, "Patient")
    assert mapped.patient_ref == f"Patient/{patient['id']}"
    assert patient["name"] == [
        {"use": "official", "family": "TESTER", "given": ["ANNA", "B"], "prefix": ["DR"], "suffix": ["JR"]}
    ]
    assert patient["identifier"][0] == {
        "value": "900001",
        "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
        "system": "urn:id:HOSP",
        "assigner": {"display": "HOSP"},
    }
    assert patient["telecom"] == [
        {"system": "phone", "value": "+86 10 5550100", "use": "home"},
        {"system": "email", "value": "anna@example.org"},
        {"system": "phone", "value": "10 5550199", "use": "work"},
    ]
    assert patient["address"][0] == {
        "line": ["1 TEST ROAD", "APT 2"],
        "city": "TESTCITY",
        "state": "TS",
        "postalCode": "100000",
        "country": "CHN",
        "use": "home",
    }
    assert patient["maritalStatus"]["coding"][0]["code"] == "M"
    assert patient_language(patient, "zh") == "en"

    encounter = one(mapped, "Encounter")
    assert encounter["status"] == "in-progress"
    assert encounter["class"]["code"] == "IMP"
    assert encounter["period"] == {"start": "2026-05-10T07:30:00+08:00"}
    assert encounter["identifier"][0]["value"] == "V900001"
    assert encounter["identifier"][0]["type"]["coding"][0]["code"] == "VN"
    roles = [p["type"][0]["coding"][0]["code"] for p in encounter["participant"]]
    assert roles == ["ATND", "REF", "ADM"]
    assert encounter["participant"][0]["individual"] == encounter["participant"][2]["individual"]
    assert len(resources_of_type(mapped, "Practitioner")) == 2  # the attending is also the admitter
    location = one(mapped, "Location")
    assert location["name"] == "WARD1 101 2"
    assert encounter["location"][0] == {"location": {"reference": f"Location/{location['id']}"}, "status": "active"}
    assert encounter["hospitalization"]["admitSource"]["coding"][0]["code"] == "7"

    allergy = one(mapped, "AllergyIntolerance")
    assert allergy["category"] == ["medication"]
    assert allergy["criticality"] == "high"
    assert [m["text"] for m in allergy["reaction"][0]["manifestation"]] == ["Hives", "Wheezing"]
    assert allergy["patient"]["reference"] == mapped.patient_ref
    condition = one(mapped, "Condition")
    assert condition["code"]["coding"][0]["system"] == "http://hl7.org/fhir/sid/icd-10"
    assert condition["verificationStatus"]["coding"][0]["code"] == "provisional"
    assert condition["encounter"]["reference"] == f"Encounter/{encounter['id']}"
    assert encounter["diagnosis"] == [
        {
            "condition": {"reference": f"Condition/{condition['id']}"},
            "use": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/diagnosis-role", "code": "AD"}]},
            "rank": 1,
        }
    ]
    related = one(mapped, "RelatedPerson")
    assert related["telecom"] == [{"system": "phone", "value": "139 5550101", "use": "mobile"}]
    assert "Z-segments not mapped: ZPI" in mapped.warnings


def test_a01_then_a03_update_the_same_encounter_and_condition() -> None:
    mapper = Hl7v2Mapper(timezone="Asia/Shanghai")
    admitted, discharged = mapper.map(A01.encode(), source=SOURCE), mapper.map(A03.encode(), source=SOURCE)
    validate_all(discharged)
    assert admitted.patient_ref == discharged.patient_ref
    before, after = one(admitted, "Encounter"), one(discharged, "Encounter")
    assert before["id"] == after["id"]
    assert after["status"] == "finished"
    assert after["period"] == {"start": "2026-05-10T07:30:00+08:00", "end": "2026-05-17T09:30:00+08:00"}
    assert after["location"][0]["status"] == "completed"
    assert after["hospitalization"]["dischargeDisposition"]["coding"][0]["code"] == "01"
    assert one(admitted, "Condition")["id"] == one(discharged, "Condition")["id"]
    assert one(discharged, "Condition")["verificationStatus"]["coding"][0]["code"] == "confirmed"
    assert after["diagnosis"][0]["use"]["coding"][0]["code"] == "DD"


@pytest.mark.parametrize(
    ("trigger", "status"),
    [
        ("A02", "in-progress"),
        ("A04", "in-progress"),
        ("A08", "in-progress"),
        ("A11", "cancelled"),
        ("A13", "in-progress"),
    ],
)
def test_encounter_status_follows_the_trigger_event(trigger: str, status: str) -> None:
    mapped = Hl7v2Mapper().map(adt(trigger), source=SOURCE)
    validate_all(mapped)
    encounter = one(mapped, "Encounter")
    assert encounter["status"] == status
    assert "end" not in encounter.get("period", {})
    if trigger == "A02":
        assert [loc["status"] for loc in encounter["location"]] == ["active", "completed"]


def test_a08_with_a_discharge_date_does_not_reopen_the_visit() -> None:
    tail = "|" * 25 + "20260510073000+0800|20260517093000+0800"
    encounter = one(Hl7v2Mapper().map(adt("A08", pv1_tail=tail), source=SOURCE), "Encounter")
    assert encounter["status"] == "finished"
    assert encounter["period"]["end"] == "2026-05-17T09:30:00+08:00"


def test_a13_cancel_discharge_drops_the_end() -> None:
    tail = "|" * 25 + "20260510073000+0800|20260517093000+0800"
    encounter = one(Hl7v2Mapper().map(adt("A13", pv1_tail=tail), source=SOURCE), "Encounter")
    assert encounter["status"] == "in-progress"
    assert "end" not in encounter["period"]


def test_ids_are_deterministic_and_scoped_by_assigning_authority() -> None:
    mapper = Hl7v2Mapper()
    first, again = mapper.map(A01.encode(), source=SOURCE), mapper.map(A01.encode(), source=SOURCE)
    assert first.resources == again.resources
    # PID-3 names its assigning authority (HOSP): another feed of the same hospital means the same patient
    other = mapper.map(A01.encode(), source="LIS^HOSP")
    assert one(other, "Patient")["id"] == one(first, "Patient")["id"]
    # without an authority the number is only unique within its source
    bare = A01.replace("900001^^^HOSP^MR", "900001")
    assert (
        one(mapper.map(bare.encode(), source="LIS^HOSP"), "Patient")["id"]
        != (one(mapper.map(bare.encode(), source=SOURCE), "Patient")["id"])
    )
    lab = mapper.map(ORU.encode(), source=SOURCE)
    assert lab.patient_ref == first.patient_ref  # same source, same PID-3 authority and id
    assert one(lab, "Encounter")["id"] == one(first, "Encounter")["id"]


@pytest.mark.parametrize("sep", ["\n", "\r\n"])
def test_lf_and_crlf_segment_ends_map_like_cr(sep: str) -> None:
    mapper = Hl7v2Mapper()
    assert mapper.map(A01.replace("\r", sep).encode(), source=SOURCE).resources == (
        mapper.map(A01.encode(), source=SOURCE).resources
    )


def test_person_only_and_unmapped_adt_events() -> None:
    merge = hl7(
        "MSH|^~\\&|HIS|HOSP|MEDGO|HOSP|20260518100000||ADT^A40^ADT_A39|M1|P|2.5",
        "EVN|A40|20260518100000",
        "PID|1||900002^^^HOSP^MR||TESTER^ANNA",
        "MRG|900001^^^HOSP^MR",
    )
    mapped = Hl7v2Mapper().map(merge.encode(), source=SOURCE)
    old = Hl7v2Mapper().map(A01.encode(), source=SOURCE).patient_ref
    assert one(mapped, "Patient")["link"] == [{"other": {"reference": old}, "type": "replaces"}]
    swap = hl7(
        "MSH|^~\\&|HIS|HOSP|MEDGO|HOSP|20260518100000||ADT^A17|S1|P|2.5",
        "PID|1||900001^^^HOSP^MR||TESTER^ANNA",
        "PV1|1|I|WARD1^101^2||||||||||||||||V900001^^^HOSP^VN",
    )
    swapped = Hl7v2Mapper().map(swap.encode(), source=SOURCE)
    assert "ADT^A17 not mapped beyond PID/PV1" in swapped.warnings
    assert one(swapped, "Encounter")["status"] == "unknown"


# --- ORU ------------------------------------------------------------------------------------------


def test_oru_values_units_ranges_flags_and_text_report() -> None:
    mapped = Hl7v2Mapper(timezone="Asia/Shanghai").map(ORU.encode(), source=SOURCE)
    validate_all(mapped)
    assert mapped.event == "ORU^R01"
    lab, rad = resources_of_type(mapped, "DiagnosticReport")
    assert lab["status"] == "final"
    assert rad["status"] == "preliminary"
    assert lab["identifier"][0]["value"] == "FIL1"
    assert lab["issued"] == "2026-05-12T08:29:00+08:00"
    assert lab["category"][0]["coding"][0]["code"] == "CH"
    obs = {code_of(o): o for o in resources_of_type(mapped, "Observation")}

    glucose = obs["2345-7"]
    assert glucose["valueQuantity"] == {
        "value": 112,
        "unit": "mg/dL",
        "system": "http://unitsofmeasure.org",
        "code": "mg/dL",
    }
    assert glucose["referenceRange"][0]["low"]["value"] == 70
    assert glucose["referenceRange"][0]["high"]["value"] == 99
    assert glucose["interpretation"][0]["coding"][0]["code"] == "H"
    assert glucose["category"][0]["coding"][0]["code"] == "laboratory"
    assert glucose["effectiveDateTime"] == "2026-05-12T07:00:00+08:00"
    assert glucose["status"] == "final"

    potassium = obs["2823-3"]
    assert potassium["valueQuantity"] == {"value": 2.5, "unit": "mmol/L", "comparator": "<"}
    assert potassium["interpretation"][0]["coding"][0]["code"] == "LL"
    assert potassium["note"] == [{"text": "Repeated.\nCalled to ward."}]
    creatinine = obs["2160-0"]
    assert creatinine["valueQuantity"]["comparator"] == ">"
    assert creatinine["valueQuantity"]["value"] == 300
    assert creatinine["referenceRange"][0]["high"]["value"] == 110
    culture = obs["600-7"]
    assert culture["valueCodeableConcept"]["coding"][0]["system"] == "http://snomed.info/sct"
    assert "OBX-5 of type ED (embedded or referenced data) not mapped" in mapped.warnings
    assert len(lab["result"]) == 4  # the ED OBX is skipped

    xray = obs["18748-4"]
    assert xray["valueString"] == "Findings: no consolidation.\nHeart size normal; lines | tubes & drains."
    assert xray["status"] == "preliminary"
    assert xray["category"][0]["coding"][0]["code"] == "imaging"
    impression = obs["59776-5"]
    assert impression["valueString"] == "Line one\nLine two ^ caret"
    report_text = base64.b64decode(rad["presentedForm"][0]["data"]).decode("utf-8")
    assert report_text == f"{xray['valueString']}\n{impression['valueString']}"
    assert rad["result"] == [
        {"reference": f"Observation/{xray['id']}"},
        {"reference": f"Observation/{impression['id']}"},
    ]
    encounter = one(mapped, "Encounter")
    assert encounter["status"] == "unknown"  # a result says nothing about the visit's state
    assert encounter["meta"]["tag"] == [CONTEXT_TAG]
    assert glucose["encounter"]["reference"] == f"Encounter/{encounter['id']}"


def test_oru_report_status_corrected_and_repeated_codes_get_distinct_ids() -> None:
    message = hl7(
        "MSH|^~\\&|LIS|HOSP|MEDGO|HOSP|20260512083000||ORU^R01|LAB0002|P|2.3",
        "PID|1||900001^^^HOSP^MR||TESTER^ANNA",
        "OBR|1||FIL9^LIS|GLU^Glucose series^L|||20260512070000||||||||||||||||||C",
        "OBX|1|NM|2345-7^Glucose^LN||5.5|mmol/L||N|||C",
        "OBX|2|NM|2345-7^Glucose^LN||7.9|mmol/L||H|||C",
    )
    mapped = Hl7v2Mapper().map(message.encode(), source=SOURCE)
    validate_all(mapped)
    assert one(mapped, "DiagnosticReport")["status"] == "corrected"
    first, second = resources_of_type(mapped, "Observation")
    assert first["id"] != second["id"]
    assert first["status"] == "corrected"
    assert first["effectiveDateTime"] == "2026-05-12"  # no zone anywhere: the date only


# --- MDM ------------------------------------------------------------------------------------------


def test_mdm_t02_inbound_document_text_and_doc_status() -> None:
    message = hl7(
        "MSH|^~\\&|EMR|HOSP|MEDGO|HOSP|20260512103000+0800||MDM^T02^MDM_T02|DOC1|P|2.5.1",
        "EVN|T02|20260512103000+0800",
        "PID|1||900001^^^HOSP^MR||TESTER^ANNA",
        "PV1|1|I|||||||||||||||||V900001^^^HOSP^VN",
        "TXA|1|CN^Consultation note^HL70270|TX|20260512100000+0800||20260512103000+0800|||2002^REFER^RITA"
        "|||DOC-77^EMR|||||IP||AV",
        "OBX|1|TX|11488-4^Consult note^LN|1|Line 1 \\F\\ pipe||||||F",
        "OBX|2|TX|11488-4^Consult note^LN|2|||||||F",
        "OBX|3|TX|11488-4^Consult note^LN|3|Line 3||||||F",
    )
    mapped = Hl7v2Mapper().map(message.encode(), source=SOURCE)
    validate_all(mapped)
    doc = one(mapped, "DocumentReference")
    assert doc["docStatus"] == "preliminary"  # TXA-17 IP
    assert doc["identifier"] == [{"value": "DOC-77", "system": "urn:id:EMR"}]
    assert doc["type"]["coding"][0]["code"] == "CN"
    assert doc["date"] == "2026-05-12T10:30:00+08:00"
    text = base64.b64decode(doc["content"][0]["attachment"]["data"]).decode("utf-8")
    assert text == "Line 1 | pipe\n\nLine 3"
    assert doc["content"][0]["attachment"]["contentType"] == "text/plain; charset=utf-8"
    assert doc["author"][0]["reference"].startswith("Practitioner/")
    assert doc["context"]["encounter"][0]["reference"] == f"Encounter/{one(mapped, 'Encounter')['id']}"
    cancel = message.replace("MDM^T02", "MDM^T11").replace("EVN|T02", "EVN|T11")
    cancelled = Hl7v2Mapper().map(cancel.encode(), source=SOURCE)
    assert one(cancelled, "DocumentReference")["status"] == "entered-in-error"
    assert one(cancelled, "DocumentReference")["id"] == doc["id"]


# --- Chinese, character sets ----------------------------------------------------------------------


def chinese_adt(charset: str) -> str:
    return hl7(
        f"MSH|^~\\&|HIS|医院|MEDGO|医院|20260510080000+0800||ADT^A01^ADT_A01|CN0001|P|2.5|||AL|NE|CHN|{charset}",
        "EVN|A01|20260510080000+0800",
        "PID|1||300001^^^HOSP^MR||王^秀英^^^^^L||19580312|F|||朝阳区测试路1号^^北京市^北京^100020^CHN^H"
        "||^PRN^CP^^^^13800000000|||M",
        "PV1|1|I|心内科^301^2^HOSP||||1001^李^四|||CAR|||||||||V300001^^^HOSP^VN" + "|" * 25 + "20260510073000+0800",
        "DG1|1||I10^原发性高血压^I10||20260510|A",
    )


@pytest.mark.parametrize(("charset", "codec"), [("UNICODE UTF-8", "utf-8"), ("GB 18030-2000", "gb18030")])
def test_chinese_adt_keeps_the_exact_name(charset: str, codec: str) -> None:
    raw = chinese_adt(charset).encode(codec)
    mapped = Hl7v2Mapper().map(raw, source=SOURCE)
    validate_all(mapped)
    name = one(mapped, "Patient")["name"][0]
    assert name == {"use": "official", "family": "王", "given": ["秀英"], "text": "王秀英"}
    assert one(mapped, "Patient")["address"][0]["city"] == "北京市"
    assert one(mapped, "Condition")["code"]["coding"][0]["display"] == "原发性高血压"
    assert one(mapped, "Location")["name"] == "心内科 301 2"
    assert one(mapped, "Practitioner")["name"][0]["text"] == "李四"


def test_gbk_without_msh18_needs_an_override_or_a_default() -> None:
    raw = chinese_adt("").encode("gbk")
    with pytest.raises(PermanentError) as info:
        Hl7v2Mapper().map(raw, source=SOURCE)
    assert info.value.code == "hl7-charset"
    assert "王" not in str(info.value)
    by_override = Hl7v2Mapper(charset_overrides={SOURCE: "GBK"}).map(raw, source=SOURCE)
    by_default = Hl7v2Mapper(default_charset="GB 18030-2000").map(raw, source=SOURCE)
    assert one(by_override, "Patient")["name"][0]["text"] == "王秀英"
    assert by_override.resources == by_default.resources


def test_whole_cjk_name_in_one_component_survives_as_text() -> None:
    message = chinese_adt("UNICODE UTF-8").replace("王^秀英^^^^^L", "王秀英")
    name = one(Hl7v2Mapper().map(message.encode(), source=SOURCE), "Patient")["name"][0]
    assert name["text"] == "王秀英"


def test_declared_latin1_is_latin1_when_it_is_not_utf8() -> None:
    message = hl7(
        "MSH|^~\\&|HIS|HOSP|MEDGO|HOSP|20260510080000||ADT^A01|L1|P|2.5||||||8859/1",
        "PID|1||900003^^^HOSP^MR||MÜLLER^RENÉ",
    ).encode("iso-8859-1")
    mapped = Hl7v2Mapper().map(message, source=SOURCE)
    assert one(mapped, "Patient")["name"][0] == {"family": "MÜLLER", "given": ["RENÉ"]}
    assert not any("UTF-8" in w for w in mapped.warnings)


# --- parser details -------------------------------------------------------------------------------


def test_escape_sequences() -> None:
    msg = parse_text(hl7("MSH|^~\\&|A|B|C|D|20260101||ADT^A01|1|P|2.5"))
    assert msg.unescape("a\\F\\b\\S\\c\\T\\d\\R\\e\\E\\f") == "a|b^c&d~e\\f"
    assert msg.unescape("\\H\\bold\\N\\ line\\.br\\next\\.sp2\\end") == "bold line\nnext\n\nend"
    assert msg.unescape("\\XE7\\\\X8E\\\\X8B\\ \\XE7\\") == "王 ç"  # a stray byte falls back to Latin-1
    assert msg.unescape("C:\\temp\\x") == "C:\\temp\\x"  # not an escape sequence: kept as sent
    assert msg.unescape("unterminated \\F") == "unterminated \\F"


def test_non_default_delimiters_and_doubled_escape_in_msh2() -> None:
    caret = parse_text("MSH^~|\\&^APP^FAC^^^20120918^^ADT~A24^1^T^2.4\rPID^1^^11111~~~FOO^^SMITH~JOHN\r")
    assert caret.event == "ADT^A24"
    pid = caret.first("PID")
    assert pid is not None and pid.get(5, 2) == "JOHN"
    doubled = parse_text("MSH|^~\\\\&|A|B|C|D|20260101||ADT^A01|1|P|2.6\rPID|1||X1^^^H^MR||DOE^JOHN\r")
    assert doubled.delimiters.subcomponent == "&"
    assert "MSH-2 repeats an encoding character; duplicates ignored" in doubled.warnings


def test_unreadable_messages_raise_phi_free_permanent_errors() -> None:
    for raw, code in [
        (b"", "hl7-empty"),
        (b"PID|1||X", "hl7-no-msh"),
        (b"MSHX^~\\&|", "hl7-delimiters"),
        (b"MSH|^~\\&|A|B\r", "hl7-msh"),
        (b"MSH|^~\\&|A|B|C|D|1||ADT^A01|1|P|2.5||||||XYZ-9\r", "hl7-charset"),
        (A01.encode() + A03.encode(), "hl7-multiple-messages"),
    ]:
        with pytest.raises(Hl7ParseError) as info:
            Hl7v2Mapper().map(raw, source=SOURCE)
        assert info.value.code == code
    bad_utf8 = A01.replace("TESTER", "T\udcffSTER").encode("utf-8", errors="surrogateescape")
    with pytest.raises(PermanentError, match=r"not valid utf-8 \(byte offset \d+\)") as refused:
        Hl7v2Mapper().map(bad_utf8, source=SOURCE)
    assert "STER" not in str(refused.value)


def test_a_mapping_bug_becomes_a_phi_free_permanent_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(ctx: Any, seg: Any) -> None:
        raise ValueError("TESTER ANNA 900001")

    monkeypatch.setattr(mapping_module, "map_al1", boom)
    with pytest.raises(PermanentError) as info:
        Hl7v2Mapper().map(A01.encode(), source=SOURCE)
    assert str(info.value) == "HL7 v2 mapping failed at AL1 #5 (ValueError)"
    assert info.value.__cause__ is None and info.value.__suppress_context__


def test_dtm_parsing() -> None:
    assert parse_dtm("2026") is not None and parse_dtm("2026").date() == "2026"  # type: ignore[union-attr]
    assert parse_dtm("20260230") is None
    assert parse_dtm("DOB") is None
    value = parse_dtm("20260512103000.123+0800")
    assert value is not None and value.datetime(None) == "2026-05-12T10:30:00.123+08:00"
    assert parse_dtm("202605121030").datetime(None) == "2026-05-12"  # type: ignore[union-attr]


def test_mapper_satisfies_the_port() -> None:
    mapper: Hl7Mapper = Hl7v2Mapper("UNICODE UTF-8", {})
    assert isinstance(mapper.map(A01.encode(), source=SOURCE), MappedMessage)
    with pytest.raises(ValueError, match="unknown time zone"):
        Hl7v2Mapper(timezone="Mars/Olympus")


def test_strict_validation_path_reports_without_values() -> None:
    problems = validate_strict(parse(A01.encode()))
    assert isinstance(problems, list)
    assert not any("TESTER" in p or "900001" in p or "ANNA" in p for p in problems)
