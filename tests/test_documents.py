"""What we write back: preliminary, AI-labelled, traceable, and valid R4."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.documentreference import DocumentReference
from fhir.resources.R4B.provenance import Provenance

from integration import documents
from integration.models import Draft


def _draft(**overrides: object) -> Draft:
    values: dict[str, object] = {
        "uuid": "7f3c0000-0000-4000-8000-000000000001",
        "job_id": 1,
        "task": "discharge_summary",
        "patient_ref": "Patient/p1",
        "encounter_ref": "Encounter/e1",
        "loinc_code": "18842-5",
        "loinc_display": "Discharge summary",
        "title": "出院小结（AI草稿）",
        "language": "zh",
        "text": "【AI生成草稿，需经治医师审核签名后生效】\n\n患者: 王秀英\n",
        "backend": "tgi",
        "model": "OpenMedZoo/MedGo",
        "model_revision": "abc123",
        "prompt_version": "discharge_summary/zh@1",
        "deid_policy": "p@1",
        "sources": ["Patient/p1", "Encounter/e1", "Observation/o1"],
        "flags": [],
        "period_start": "2026-01-17T10:20:00+08:00",
        "period_end": "2026-01-24T09:00:00+08:00",
        "created_at": datetime(2026, 1, 24, 3, 0, tzinfo=UTC),
    }
    values.update(overrides)
    return Draft(**values)


def test_document_reference_is_a_preliminary_ai_labelled_note() -> None:
    doc = documents.document_reference(_draft(), organization_ref="Organization/hosp")
    DocumentReference.model_validate(doc)
    assert (doc["status"], doc["docStatus"]) == ("current", "preliminary")
    assert doc["meta"]["security"] == [documents.AIAST]
    assert "securityLabel" not in doc  # AIAST belongs in meta.security (MHD maps securityLabel to XDS)
    assert doc["identifier"] == [
        {"system": "urn:ietf:rfc:3986", "value": "urn:uuid:7f3c0000-0000-4000-8000-000000000001"}
    ]
    assert doc["type"]["coding"][0] == {"system": "http://loinc.org", "code": "18842-5", "display": "Discharge summary"}
    assert doc["category"][0]["coding"][0]["code"] == "clinical-note"
    assert doc["subject"] == {"reference": "Patient/p1"}
    assert doc["context"]["encounter"] == [{"reference": "Encounter/e1"}]
    assert doc["custodian"] == {"reference": "Organization/hosp"}
    assert len(doc["content"]) == 1  # EMRs such as Epic keep only the first attachment
    attachment = doc["content"][0]["attachment"]
    assert attachment["contentType"] == "text/plain; charset=utf-8" and attachment["language"] == "zh-CN"
    assert base64.b64decode(attachment["data"]).decode("utf-8").startswith("【AI生成草稿")
    assert doc["author"][0]["reference"] == "#ai" and doc["contained"][0]["resourceType"] == "Device"


def test_provenance_names_model_revision_template_and_sources() -> None:
    prov = documents.provenance(_draft(), "urn:uuid:x")
    Provenance.model_validate(prov)
    device = prov["contained"][0]
    assert device["identifier"][0]["value"] == "OpenMedZoo/MedGo@abc123"
    assert prov["reason"][0]["coding"][0]["code"] == "AIAST"
    sources = [e["what"]["reference"] for e in prov["entity"] if e["role"] == "source"]
    assert sources == ["Patient/p1", "Encounter/e1", "Observation/o1"]
    derivation = next(e for e in prov["entity"] if e["role"] == "derivation")
    assert derivation["what"]["identifier"]["value"] == "discharge_summary/zh@1"


def test_extractive_drafts_say_no_model_wrote_them() -> None:
    doc = documents.document_reference(_draft(backend="extractive", model="medgo-bridge/extractive"))
    assert "extractive" in doc["author"][0]["display"]
    assert "no language model" in doc["contained"][0]["deviceName"][0]["name"]


def test_transaction_is_conditional_on_the_draft_identifier() -> None:
    bundle = documents.transaction(_draft())
    Bundle.model_validate(bundle)
    doc_entry, prov_entry = bundle["entry"]
    assert doc_entry["request"]["ifNoneExist"] == (
        "identifier=urn:ietf:rfc:3986|urn:uuid:7f3c0000-0000-4000-8000-000000000001"
    )
    assert prov_entry["resource"]["target"] == [{"reference": doc_entry["fullUrl"]}]
    # the same draft always yields the same identities: a retry is recognisable
    again = documents.transaction(_draft())
    assert [e["fullUrl"] for e in again["entry"]] == [e["fullUrl"] for e in bundle["entry"]]
