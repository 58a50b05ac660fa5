"""Start-up canary: de-identify built-in synthetic notes whose PHI is known, demand 100 % recall.

Run once per process and profile (``self_test`` caches). ``/readyz`` reports it and the draft
step refuses to call the model when it fails, so a broken recogniser, a Presidio upgrade that
changes pattern compilation or a missing NER model cannot silently let identifiers through.

Every canary value is invented. Results name kinds only, never values.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Final

from integration.deid.analyzer import PROFILES, build_analyzer
from integration.deid.model import KnownIdentifier
from integration.deid.session import DeidSession

__all__ = ["SelfTestResult", "clear_cache", "self_test"]


@dataclass(frozen=True)
class SelfTestResult:
    ok: bool
    recall: float
    missed_kinds: list[str] = field(default_factory=list)

    @property
    def status(self) -> str:
        """The ``/readyz`` wording: ``ok`` or ``failed: kinds A, B``."""
        return "ok" if self.ok else f"failed: kinds {', '.join(self.missed_kinds) or 'unknown'}"


@dataclass(frozen=True)
class _Gold:
    value: str
    kind: str
    profiles: frozenset[str] = frozenset(PROFILES)


_FULL_ONLY: Final = frozenset({"full"})

# The structured record: what ``integration.context.known_identifiers`` takes from a Patient.
_PATIENT_EN: Final[dict[str, Any]] = {
    "resourceType": "Patient",
    "name": [{"family": "Quillfeather", "given": ["Odessa"]}],
    "identifier": [{"value": "QX-448812"}],
    "telecom": [{"system": "phone", "value": "(413) 555-0142"}],
    "birthDate": "1931-04-09",
}
_PATIENT_ZH: Final[dict[str, Any]] = {
    "resourceType": "Patient",
    "name": [{"text": "欧阳秀琴", "family": "欧阳", "given": ["秀琴"]}],
    "identifier": [{"value": "ZY7731905"}],
}

_CANARIES: Final[tuple[tuple[str, str, dict[str, Any], tuple[_Gold, ...]], ...]] = (
    (
        "en",
        "Odessa Quillfeather (ID QX-448812, born 04/09/1931) is a 93-year-old woman seen by Dr. Canary "
        "on 2024-01-17. MRN: 55120987. Email o.quill@example.org, phone (413) 555-0142. "
        "Michael Brandt visited her today. She takes apixaban and metformin; WBC 11.2, BUN 30.",
        _PATIENT_EN,
        (
            _Gold("Odessa", "PERSON"),
            _Gold("Quillfeather", "PERSON"),
            _Gold("QX-448812", "ID"),
            _Gold("04/09/1931", "DATE"),
            _Gold("93", "AGE"),
            _Gold("Canary", "PERSON"),
            _Gold("2024-01-17", "DATE"),
            _Gold("55120987", "ID"),
            _Gold("o.quill@example.org", "EMAIL"),
            _Gold("(413) 555-0142", "PHONE"),
            _Gold("Michael Brandt", "PERSON", _FULL_ONLY),
        ),
    ),
    (
        "zh",
        "患者欧阳秀琴，女，九十三岁，住院号：ZY7731905，身份证11010519491231002X，手机13912345678，"
        "于2024年1月17日入院。姓名：金丝雀。张建华前来探视。予阿哌沙班，白细胞升高，肌酐正常。",
        _PATIENT_ZH,
        (
            _Gold("欧阳秀琴", "PERSON"),
            _Gold("九十三", "AGE"),
            _Gold("ZY7731905", "ID"),
            _Gold("11010519491231002X", "ID"),
            _Gold("13912345678", "PHONE"),
            _Gold("2024年1月17日", "DATE"),
            _Gold("金丝雀", "PERSON"),
            _Gold("张建华", "PERSON", _FULL_ONLY),
        ),
    ),
)
# Clinical words that must survive (the allow-list and the patterns must not eat them).
_KEEP: Final[dict[str, tuple[str, ...]]] = {
    "en": ("apixaban", "metformin", "WBC", "BUN"),
    "zh": ("阿哌沙班", "白细胞", "肌酐"),
}


def _run(profile: str) -> SelfTestResult:
    from integration.context import known_identifiers  # the pipeline's own structured path

    try:
        analyzer = build_analyzer(profile)
    except Exception as exc:  # a profile that cannot load fails the test; the type is enough to say why
        return SelfTestResult(False, 0.0, [f"engine-unavailable ({type(exc).__name__})"])
    total = found = 0
    missed: set[str] = set()
    for language, note, patient, golds in _CANARIES:
        session = DeidSession(analyzer, known_identifiers(patient))
        output = session.text(note, language)
        covered = [(f.start, f.end) for f in session.findings]
        for gold in golds:
            if profile not in gold.profiles:
                continue
            total += 1
            start = note.find(gold.value)
            if start >= 0 and all(any(a <= i < b for a, b in covered) for i in range(start, start + len(gold.value))):
                found += 1
            else:
                missed.add(gold.kind)
        if any(word not in output for word in _KEEP[language]):
            missed.add("ALLOW_LIST")
    recall = found / total if total else 0.0
    return SelfTestResult(not missed and recall == 1.0, recall, sorted(missed))


_results: dict[str, SelfTestResult] = {}
_lock = threading.Lock()


def self_test(profile: str = "lite") -> SelfTestResult:
    """The canary result for ``profile`` (computed once per process; thread-safe)."""
    with _lock:
        result = _results.get(profile)
        if result is None:
            result = _results[profile] = _run(profile)
        return result


def clear_cache() -> None:
    """Forget cached results (tests)."""
    with _lock:
        _results.clear()


def known_canary_identifiers() -> list[KnownIdentifier]:
    """The structured identifiers of the canary patients (for tests and diagnostics)."""
    from integration.context import known_identifiers

    return [k for _, _, patient, _ in _CANARIES for k in known_identifiers(patient)]
