"""FHIR R4 documents we write back: a preliminary, AI-labelled DocumentReference and its Provenance.

Shapes follow HL7's AI Transparency on FHIR IG (AIAST in ``meta.security``, an AI Device as
author, an AI Provenance) and US Core's clinical-note DocumentReference. AIAST goes in
``meta.security`` and not in ``securityLabel``, which feeds XDS confidentialityCode in MHD.
Everything is validated with ``fhir.resources.R4B`` before it leaves.
"""

from __future__ import annotations

import base64
import uuid
from datetime import UTC, datetime
from typing import Any

from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.documentreference import DocumentReference
from fhir.resources.R4B.provenance import Provenance

from integration import __version__
from integration.models import Draft

AIAST = {
    "system": "http://terminology.hl7.org/CodeSystem/v3-ObservationValue",
    "code": "AIAST",
    "display": "Artificial Intelligence asserted",
}
AIT = "http://hl7.org/fhir/uv/aitransparency"
IDENTIFIER_SYSTEM = "urn:ietf:rfc:3986"
CATEGORY = {
    "system": "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category",
    "code": "clinical-note",
    "display": "Clinical Note",
}
FORMAT = {
    "system": "http://ihe.net/fhir/ihe.formatcode.fhir/CodeSystem/formatcode",
    "code": "urn:ihe:iti:xds:2017:mimeTypeSufficient",
    "display": "mimeType Sufficient",
}
LANG_TAG = {"zh": "zh-CN", "en": "en"}
MIDDLEWARE_URL = "https://github.com/medgo-bridge/medgo-bridge"


def draft_identifier(draft: Draft) -> tuple[str, str]:
    return IDENTIFIER_SYSTEM, f"urn:uuid:{draft.uuid}"


def _device(draft: Draft) -> dict[str, Any]:
    extractive = draft.backend == "extractive"
    name = "medgo-bridge extractive summariser (no language model)" if extractive else draft.model
    return {
        "resourceType": "Device",
        "id": "ai",
        "meta": {"profile": [f"{AIT}/StructureDefinition/AI-Device"]},
        "identifier": [
            {
                "system": "https://huggingface.co" if not extractive else MIDDLEWARE_URL,
                "value": f"{draft.model}@{draft.model_revision}",
            }
        ],
        "type": {
            "coding": [{"system": f"{AIT}/CodeSystem/AIdeviceTypeCS", "code": "Artificial-Intelligence"}],
            "text": "Artificial Intelligence",
        },
        "deviceName": [{"name": name, "type": "model-name"}],
        "version": [
            {"value": draft.model_revision},
            {"type": {"text": "serving"}, "value": f"{draft.backend}; medgo-bridge {__version__}"},
        ],
    }


def document_reference(draft: Draft, *, organization_ref: str = "", validate: bool = True) -> dict[str, Any]:
    system, value = draft_identifier(draft)
    extractive = draft.backend == "extractive"
    doc: dict[str, Any] = {
        "resourceType": "DocumentReference",
        "meta": {"security": [AIAST]},
        "identifier": [{"system": system, "value": value}],
        "status": "current",
        "docStatus": "preliminary",
        "type": {
            "coding": [{"system": "http://loinc.org", "code": draft.loinc_code, "display": draft.loinc_display}],
            "text": draft.title,
        },
        "category": [{"coding": [CATEGORY]}],
        "subject": {"reference": draft.patient_ref},
        "date": draft.created_at.astimezone(UTC).isoformat(timespec="seconds"),
        "contained": [_device(draft)],
        "author": [
            {
                "reference": "#ai",
                "display": (
                    "medgo-bridge extractive summariser (AI-labelled draft)"
                    if extractive
                    else f"{draft.model} (AI draft)"
                ),
            }
        ],
        "description": "AI-generated draft; not valid until reviewed and signed by a clinician.",
        "content": [
            {
                "attachment": {
                    "contentType": "text/plain; charset=utf-8",
                    "language": LANG_TAG.get(draft.language, draft.language),
                    "data": base64.b64encode(draft.text.encode("utf-8")).decode("ascii"),
                    "title": draft.title,
                    "creation": draft.created_at.astimezone(UTC).isoformat(timespec="seconds"),
                },
                "format": FORMAT,
            }
        ],
    }
    context: dict[str, Any] = {}
    if draft.encounter_ref:
        context["encounter"] = [{"reference": draft.encounter_ref}]
    if draft.period_start or draft.period_end:
        context["period"] = {k: v for k, v in (("start", draft.period_start), ("end", draft.period_end)) if v}
    if context:
        doc["context"] = context
    if organization_ref:
        doc["custodian"] = {"reference": organization_ref}
    if validate:
        DocumentReference.model_validate(doc)
    return doc


def cited_sources(draft: Draft) -> list[str]:
    """The record resources the draft's sentences cite (with the patient and the stay).

    The citation map knows which facts the text rests on; every resource that went into the prompt
    stays in ``draft.sources`` in our own store. A draft without a citation map (made before
    grounding existed) names all its input resources, as it always did.
    """
    cited = (draft.citations or {}).get("sources")
    if isinstance(cited, list) and cited:
        return [str(ref) for ref in cited]
    return list(draft.sources)


def provenance(draft: Draft, target: str, *, organization_ref: str = "", validate: bool = True) -> dict[str, Any]:
    """AI-Provenance: the model (or extractive backend) as author, the cited record resources as sources."""
    agent: dict[str, Any] = {
        "type": {
            "coding": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                    "code": "author",
                }
            ]
        },
        "role": [{"coding": [{"system": f"{AIT}/CodeSystem/AIdeviceTypeCS", "code": "Artificial-Intelligence"}]}],
        "who": {"reference": "#ai", "display": draft.model},
    }
    if organization_ref:
        agent["onBehalfOf"] = {"reference": organization_ref}
    prov: dict[str, Any] = {
        "resourceType": "Provenance",
        "meta": {"profile": [f"{AIT}/StructureDefinition/AI-Provenance"], "security": [AIAST]},
        "contained": [_device(draft)],
        "target": [{"reference": target}],
        "recorded": datetime.now(UTC).isoformat(timespec="seconds"),
        "reason": [{"coding": [AIAST]}],
        "activity": {
            "coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-DataOperation", "code": "CREATE"}]
        },
        "agent": [
            agent,
            {
                "type": {
                    "coding": [
                        {
                            "system": "http://terminology.hl7.org/CodeSystem/provenance-participant-type",
                            "code": "assembler",
                        }
                    ]
                },
                "who": {"display": f"medgo-bridge {__version__}"},
            },
        ],
        "entity": [{"role": "source", "what": {"reference": ref}} for ref in cited_sources(draft)]
        + [
            {
                "role": "derivation",
                "what": {
                    "identifier": {
                        "system": f"{MIDDLEWARE_URL}/prompt-templates",
                        "value": draft.prompt_version,
                    },
                    "display": f"prompt template {draft.prompt_version}; de-identification policy {draft.deid_policy}"
                    + (f"; checks: {', '.join(draft.flags)}" if draft.flags else "; checks: no findings"),
                },
            }
        ],
    }
    if validate:
        Provenance.model_validate(prov)
    return prov


def transaction(draft: Draft, *, organization_ref: str = "") -> dict[str, Any]:
    """DocumentReference + Provenance in one transaction, conditional on the draft's identifier."""
    system, value = draft_identifier(draft)
    doc_url = f"urn:uuid:{draft.uuid}"
    bundle: dict[str, Any] = {
        "resourceType": "Bundle",
        "type": "transaction",
        "entry": [
            {
                "fullUrl": doc_url,
                "resource": document_reference(draft, organization_ref=organization_ref, validate=False),
                "request": {
                    "method": "POST",
                    "url": "DocumentReference",
                    "ifNoneExist": f"identifier={system}|{value}",
                },
            },
            {
                "fullUrl": f"urn:uuid:{_provenance_uuid(draft)}",
                "resource": provenance(draft, doc_url, organization_ref=organization_ref, validate=False),
                "request": {"method": "POST", "url": "Provenance"},
            },
        ],
    }
    Bundle.model_validate(bundle)  # validates both resources once, as they are sent
    return bundle


def _provenance_uuid(draft: Draft) -> str:
    return str(uuid.uuid5(uuid.UUID(draft.uuid), "provenance"))
