"""The local patient record: FHIR resources upserted by (type, id), linked to patient and encounter.

Inbound bundles reference each other with ``urn:uuid:`` fullUrls (transactions) or absolute
URLs; everything is rewritten to relative ``Type/id`` references so that the record, the rules
and the documents we write back all speak the EMR's own ids.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from integration.models import StoredResource, utcnow

PATIENT_LINKS = ("subject", "patient", "beneficiary")
ENCOUNTER_LINKS = ("encounter", "context")


@dataclass(frozen=True)
class Change:
    resource_type: str
    resource_id: str
    action: str  # "created" | "updated" | "unchanged"
    patient_ref: str | None
    encounter_ref: str | None

    @property
    def ref(self) -> str:
        return f"{self.resource_type}/{self.resource_id}"


def _entry_id(entry: dict[str, Any], resource: dict[str, Any], message_id: int, index: int) -> str:
    if isinstance(resource.get("id"), str) and resource["id"]:
        return str(resource["id"])
    full_url = str(entry.get("fullUrl") or "")
    if full_url.startswith("urn:uuid:"):
        return full_url.removeprefix("urn:uuid:")
    # A deterministic id keeps a replayed message from creating a second copy.
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"medgo-bridge:{message_id}:{index}"))


def _reference_map(entries: list[tuple[dict[str, Any], dict[str, Any], str]]) -> dict[str, str]:
    refs: dict[str, str] = {}
    for entry, resource, rid in entries:
        target = f"{resource['resourceType']}/{rid}"
        full_url = str(entry.get("fullUrl") or "")
        if full_url:
            refs[full_url] = target
    return refs


def _rewrite(node: Any, refs: dict[str, str]) -> Any:
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key == "reference" and isinstance(value, str):
                out[key] = _normalise_reference(value, refs)
            else:
                out[key] = _rewrite(value, refs)
        return out
    if isinstance(node, list):
        return [_rewrite(v, refs) for v in node]
    return node


def _normalise_reference(value: str, refs: dict[str, str]) -> str:
    if value in refs:
        return refs[value]
    if value.startswith(("http://", "https://")):
        parts = value.rstrip("/").split("/")
        if "_history" in parts:
            parts = parts[: parts.index("_history")]
        if len(parts) >= 2 and parts[-2][:1].isupper():
            return f"{parts[-2]}/{parts[-1]}"
    return value


def relative_reference(value: str) -> str | None:
    """``Type/id`` for a relative or absolute reference (``_history`` dropped), None otherwise."""
    rel = _normalise_reference(value, {})
    parts = rel.split("/")
    if len(parts) == 2 and parts[0][:1].isupper() and parts[1]:
        return rel
    return None


def normalise_resource(body: dict[str, Any]) -> dict[str, Any]:
    """A resource fetched from a server, with absolute references made relative."""
    return dict(_rewrite(body, {}))


def _first_reference(resource: dict[str, Any], keys: Iterable[str], prefix: str) -> str | None:
    for key in keys:
        value = resource.get(key)
        candidates = value if isinstance(value, list) else [value]
        for cand in candidates:
            if isinstance(cand, dict):
                ref = cand.get("reference")
                if isinstance(ref, str) and ref.startswith(prefix):
                    return ref
                # DocumentReference.context.encounter is a list of references one level down.
                inner = cand.get("encounter")
                for item in inner if isinstance(inner, list) else [inner]:
                    if isinstance(item, dict) and str(item.get("reference", "")).startswith(prefix):
                        return str(item["reference"])
    return None


def patient_ref_of(resource: dict[str, Any]) -> str | None:
    if resource.get("resourceType") == "Patient" and resource.get("id"):
        return f"Patient/{resource['id']}"
    return _first_reference(resource, PATIENT_LINKS, "Patient/")


def encounter_ref_of(resource: dict[str, Any]) -> str | None:
    if resource.get("resourceType") == "Encounter" and resource.get("id"):
        return f"Encounter/{resource['id']}"
    return _first_reference(resource, ENCOUNTER_LINKS, "Encounter/")


def bundle_resources(bundle: dict[str, Any], message_id: int) -> list[dict[str, Any]]:
    """The bundle's resources with ids assigned and references rewritten to ``Type/id``."""
    raw_entries: list[tuple[dict[str, Any], dict[str, Any], str]] = []
    for index, entry in enumerate(bundle.get("entry") or []):
        resource = entry.get("resource")
        if not isinstance(resource, dict):
            continue
        if (entry.get("request") or {}).get("method") == "DELETE":
            continue
        raw_entries.append((entry, resource, _entry_id(entry, resource, message_id, index)))
    refs = _reference_map(raw_entries)
    out: list[dict[str, Any]] = []
    for _entry, resource, rid in raw_entries:
        body = _rewrite(copy.deepcopy(resource), refs)
        body["id"] = rid
        out.append(body)
    return out


def patient_refs_in(bundle: dict[str, Any]) -> list[str]:
    """Patients a bundle is about, cheaply: it runs on the request path, before the answer."""
    entries = [e for e in bundle.get("entry") or [] if isinstance(e, dict) and isinstance(e.get("resource"), dict)]
    refs = {
        str(e["fullUrl"]): f"{e['resource']['resourceType']}/{_entry_id(e, e['resource'], 0, i)}"
        for i, e in enumerate(entries)
        if e.get("fullUrl")
    }
    found: list[str] = []
    for i, entry in enumerate(entries):
        resource = entry["resource"]
        if resource.get("resourceType") == "Patient":
            ref: str | None = f"Patient/{_entry_id(entry, resource, 0, i)}"
        else:
            raw = next((resource[k].get("reference") for k in PATIENT_LINKS if isinstance(resource.get(k), dict)), None)
            ref = _normalise_reference(raw, refs) if isinstance(raw, str) else None
        if ref and ref.startswith("Patient/") and ref not in found:
            found.append(ref)
    return found


CONTEXT_ONLY = "context-only"


def _context_only(body: dict[str, Any]) -> bool:
    """A resource a message carries only as context (the Patient of an ORU), not as news about it."""
    return any(t.get("code") == CONTEXT_ONLY for t in (body.get("meta") or {}).get("tag") or [] if isinstance(t, dict))


def _merged(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """An HL7 v2 update: what the message says wins, what it leaves out is kept (an A03 without PV1-44)."""
    out = {**old, **new}
    if isinstance(old.get("period"), dict) and isinstance(new.get("period"), dict):
        out["period"] = {**old["period"], **new["period"]}
        if "end" in old["period"] and "end" not in new["period"] and new.get("status") == "in-progress":
            out["period"].pop("end")  # an A13 cancels the discharge: the end goes with it
    return out


def upsert(
    session: Session, resources: list[dict[str, Any]], message_id: int | None, *, merge: bool = False
) -> list[Change]:
    """Store resources by (type, id). ``merge``: HL7 v2 semantics (partial updates), else FHIR (replace)."""
    changes: list[Change] = []
    # One query per resource type instead of one per resource: a Synthea bundle has hundreds.
    existing: dict[tuple[str, str], StoredResource] = {}
    by_type: dict[str, list[str]] = {}
    for body in resources:
        by_type.setdefault(str(body["resourceType"]), []).append(str(body["id"]))
    for rtype, ids in by_type.items():
        for start in range(0, len(ids), 500):
            stmt = select(StoredResource).where(
                StoredResource.resource_type == rtype, StoredResource.resource_id.in_(ids[start : start + 500])
            )
            existing.update({(rtype, r.resource_id): r for r in session.scalars(stmt)})
    for body in resources:
        rtype, rid = str(body["resourceType"]), str(body["id"])
        patient_ref, encounter_ref = patient_ref_of(body), encounter_ref_of(body)
        row = existing.get((rtype, rid))
        if row is None:
            row = StoredResource(
                resource_type=rtype,
                resource_id=rid,
                patient_ref=patient_ref,
                encounter_ref=encounter_ref,
                body=body,
                source_message_id=message_id,
            )
            session.add(row)
            existing[(rtype, rid)] = row  # the same resource twice in one bundle: the later one wins
            action = "created"
        elif _context_only(body) and not _context_only(row.body):
            action = "unchanged"  # a thinner copy never overwrites the record the ADT feed built
        elif _comparable(row.body) == _comparable(merged := _merged(row.body, body) if merge else body):
            action = "unchanged"
        else:
            row.body, row.version, row.updated_at = merged, row.version + 1, utcnow()
            row.patient_ref, row.encounter_ref, row.source_message_id = patient_ref, encounter_ref, message_id
            action = "updated"
        changes.append(Change(rtype, rid, action, patient_ref, encounter_ref))
    session.flush()
    return changes


def _comparable(body: dict[str, Any]) -> dict[str, Any]:
    # Server-managed metadata changes on every resend; it is not a clinical change.
    return {k: v for k, v in body.items() if k != "meta"}


def get(session: Session, ref: str) -> dict[str, Any] | None:
    rtype, _, rid = ref.partition("/")
    row = session.scalar(
        select(StoredResource).where(StoredResource.resource_type == rtype, StoredResource.resource_id == rid)
    )
    return row.body if row else None


def for_patient(session: Session, patient_ref: str, *types: str) -> Iterator[StoredResource]:
    stmt = select(StoredResource).where(StoredResource.patient_ref == patient_ref)
    if types:
        stmt = stmt.where(StoredResource.resource_type.in_(types))
    yield from session.scalars(stmt.order_by(StoredResource.id))
