"""Text-level de-identification: find PHI in free text, swap it for placeholders, put it back.

Typical use in one job::

    session = DeidSession(build_analyzer(), known, date_shift_days=shift)
    line = f"Patient {session.placeholder('PERSON', name)}"      # structured fields
    note = session.text(note_text, "zh")                            # free text
    session.gate(prompt)                                            # last check before sending
    answer = reidentify(unshift_text(raw_answer, shift), session.mapping)

Importing this package pins tldextract to its bundled suffix list (no network).
"""

from integration.deid.analyzer import build_analyzer, resident_id_is_valid
from integration.deid.dates import date_shift_days, derive_secret, shift_iso, unshift_text
from integration.deid.model import KINDS, Finding, KnownIdentifier
from integration.deid.reidentify import ReidResult, reidentify
from integration.deid.session import DeidSession
from integration.deid.vault import Vault, VaultError, load_or_create_key

__all__ = [
    "KINDS",
    "DeidSession",
    "Finding",
    "KnownIdentifier",
    "ReidResult",
    "Vault",
    "VaultError",
    "build_analyzer",
    "date_shift_days",
    "derive_secret",
    "load_or_create_key",
    "reidentify",
    "resident_id_is_valid",
    "shift_iso",
    "unshift_text",
]
