"""What clinicians did with a draft, as the EMR tells us: signed, or rejected.

A draft leaves as a preliminary document (FHIR ``docStatus=preliminary``; HL7 ``TXA-17=DO``) carrying
its identifier (FHIR ``urn:uuid:<draft uuid>``; HL7 TXA-12 the bare uuid). When the EMR later sends
that document back — a Subscriptions notification or a read after an update, an MDM^T04/T08 after
authentication, an MDM^T11 cancel — the inbound message is mapped to FHIR like any other, and this
module matches the DocumentReference to the draft and records the outcome:

* ``signed``: ``docStatus`` final or amended (HL7 TXA-17 AU / LA);
* ``rejected``: ``status`` entered-in-error (HL7 MDM^T11), or ``docStatus`` entered-in-error.

The outcome goes on the draft (``review_status``), into the audit trail and the
``medgo_draft_reviews_total`` counter, so the console and the metrics show how drafts are received.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from integration import audit, metrics
from integration.models import Draft

__all__ = ["draft_uuid_of", "outcome_of", "record_review_outcomes"]

_UUID: Final = re.compile(r"(?:urn:uuid:)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})", re.I)
REVIEW_STATES: Final = ("pending", "signed", "rejected")


def draft_uuid_of(doc: dict[str, Any]) -> str | None:
    """The uuid a DocumentReference names in its identifiers or master identifier, if any."""
    identifiers = [i for i in doc.get("identifier") or [] if isinstance(i, dict)]
    if isinstance(doc.get("masterIdentifier"), dict):
        identifiers.append(doc["masterIdentifier"])
    for ident in identifiers:
        match = _UUID.fullmatch(str(ident.get("value", "")).strip())
        if match:
            return match.group(1).lower()
    return None


def outcome_of(doc: dict[str, Any]) -> str | None:
    """``signed`` / ``rejected`` from a DocumentReference's status, or None while still preliminary."""
    if doc.get("status") == "entered-in-error" or doc.get("docStatus") == "entered-in-error":
        return "rejected"
    if doc.get("docStatus") in {"final", "amended"}:
        return "signed"
    return None


def record_review_outcomes(session: Session, resources: Iterable[dict[str, Any]], message_id: int) -> set[str]:
    """Record what the EMR says about our drafts; return the uuids of the drafts it named."""
    ours: set[str] = set()
    for doc in resources:
        if doc.get("resourceType") != "DocumentReference":
            continue
        uuid = draft_uuid_of(doc)
        if uuid is None:
            continue
        draft = session.scalar(select(Draft).where(Draft.uuid == uuid))
        if draft is None:
            continue
        ours.add(uuid)
        outcome = outcome_of(doc)
        # A rejection is final; a signature may follow an earlier one (an amendment) without counting twice.
        if outcome is None or outcome == draft.review_status or draft.review_status == "rejected":
            continue
        draft.review_status = outcome
        audit.record(session, "emr", f"draft-{outcome}", "draft", draft.id, message=message_id)
        metrics.DRAFT_REVIEWS.labels(draft.task, outcome).inc()
    return ours
