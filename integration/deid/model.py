"""Value types shared by the de-identification engine.

Nothing here may carry PHI into logs: ``Finding`` deliberately has no value field, and error
messages name kinds, never values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

# The placeholder vocabulary. It is also the contract with the prompt templates and with
# ``reidentify``: a placeholder is always ``<KIND_n>`` with KIND from this tuple.
KINDS: Final[tuple[str, ...]] = (
    "PERSON", "ID", "PHONE", "EMAIL", "ADDRESS", "LOCATION", "DATE", "ORG", "URL", "AGE",
)  # fmt: skip

# Presidio entity types (built-in and ours from ``analyzer.py``) -> placeholder kind. Anything
# not listed falls back to ID: an unknown detector still means "identifier", and hiding it under
# a generic kind is safer than letting it through.
ENTITY_KINDS: Final[dict[str, str]] = {
    "PERSON": "PERSON",
    "PHONE_NUMBER": "PHONE",
    "CN_MOBILE": "PHONE",
    "CN_LANDLINE": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "URL": "URL",
    "IP_ADDRESS": "ID",
    "US_SSN": "ID",
    "US_ITIN": "ID",
    "US_MBI": "ID",
    "US_NPI": "ID",
    "MEDICAL_LICENSE": "ID",
    "CREDIT_CARD": "ID",
    "IBAN_CODE": "ID",
    "MRN": "ID",
    "CN_RESIDENT_ID": "ID",
    "CN_MEDICAL_RECORD_NO": "ID",
    "DATE_TIME": "DATE",
    "DATE": "DATE",
    "LOCATION": "ADDRESS",
    "ADDRESS": "ADDRESS",
    "ORGANIZATION": "ORG",
    "ORG": "ORG",
    "HOSPITAL": "ORG",
    # Ages of 90 and over (Safe Harbor): only the number becomes ``<AGE_n>``; "-year-old" / 岁 stay.
    "AGE_OVER_89": "AGE",
}


def kind_for_entity(entity_type: str) -> str:
    """Placeholder kind for a Presidio entity type (``KNOWN_<KIND>`` for known identifiers)."""
    if entity_type.startswith("KNOWN_") and entity_type[6:] in KINDS:
        return entity_type[6:]
    return ENTITY_KINDS.get(entity_type, "ID")


@dataclass(frozen=True)
class KnownIdentifier:
    """An identifier taken from the structured record, hunted for in free text and in the prompt."""

    kind: str
    value: str

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            # The kind is not PHI, the value is: only the kind goes into the message.
            raise ValueError(f"unknown identifier kind {self.kind!r}; expected one of {', '.join(KINDS)}")


@dataclass(frozen=True)
class Finding:
    """One replaced span, for reporting. Offsets refer to the fragment given to ``DeidSession.text``."""

    kind: str
    start: int
    end: int
    recognizer: str
    score: float
