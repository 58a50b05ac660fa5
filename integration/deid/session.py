"""One job's de-identification: placeholders, free-text scrubbing and the leak gate.

Known identifiers from the structured record are the strongest signal we have (published
systems find 99.9-100 % of identifiers that the structured data names), so they are matched
literally in every fragment and again in the final prompt. They are a plain regex alternation,
longest value first, not Presidio's ``deny_list``: that one demands ``\\W`` around a match and so
never finds 张伟 in 张伟手机.

A session is not thread-safe; create one per job.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Final

from presidio_analyzer import AnalyzerEngine, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from integration.deid.analyzer import GATE_ENTITIES
from integration.deid.dates import shift_iso
from integration.deid.model import KINDS, Finding, KnownIdentifier, kind_for_entity
from integration.errors import LeakGateRefusal

__all__ = ["KNOWN_RECOGNIZER", "DeidSession", "KnownMatcher"]

KNOWN_RECOGNIZER: Final = "KnownIdentifierRecognizer"
PROPAGATED_RECOGNIZER: Final = "PropagatedNameRecognizer"

# Latin letters and digits: a known value starting or ending with one must not be matched inside a
# longer word ("Rice" is not found in "Ricecake" or "Rice858"). Han has no word boundaries, so CJK
# edges get none and 张伟 is found in 张伟手机.
_WORD = "0-9A-Za-z\u00c0-\u024f"
_PHONE_SEP: Final = r"[\s\-./()（）]{0,3}"
_ID_SEPARATORS: Final = re.compile(r"[\s\-./()（）]")
_ISO_DATE: Final = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?", re.DOTALL)
_PARTIAL_DATE: Final = re.compile(r"\d{4}(?:-\d{2})?")
_MONTH_NAMES: Final = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _is_word_char(char: str) -> bool:
    return bool(re.match(f"[{_WORD}]", char))


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def _national_phone_digits(value: str) -> str:
    """Digits without an explicit +86 / +1 country code (only when the value shows one)."""
    digits = _digits(value)
    stripped = value.lstrip()
    if stripped.startswith("+") or stripped.startswith("00"):
        digits = digits[2:] if stripped.startswith("00") else digits
        for code in ("86", "1"):
            if digits.startswith(code) and len(digits) - len(code) >= 7:
                return digits[len(code) :]
    return digits


def _normalise(kind: str, value: str) -> str:
    """The identity of a value for placeholder numbering: spelling variants share a number."""
    text = " ".join(unicodedata.normalize("NFKC", value).casefold().split())
    if kind == "PHONE":
        return _national_phone_digits(text)
    if kind == "ID":
        return _ID_SEPARATORS.sub("", text)
    return text


def _usable(identifier: KnownIdentifier) -> bool:
    value = identifier.value.strip()
    if len(value) < 2:
        return False  # one character (a CJK given name, an initial) would hit everywhere
    if _ID_SEPARATORS.sub("", value).isdigit() and len(_digits(value)) < 4:
        return False  # bed 12, room 305: indistinguishable from doses and lab values
    # Year or year-month alone is not identifying (Safe Harbor) and a bare "1956" would trip
    # the gate on any number that happens to equal it.
    return not (identifier.kind == "DATE" and _PARTIAL_DATE.fullmatch(value))


def _literal(value: str, *, kind: str = "") -> str:
    body = r"\s+".join(re.escape(part) for part in value.split())
    before = f"(?<![{_WORD}])" if _is_word_char(value[0]) else ""
    after = f"(?![{_WORD}])" if _is_word_char(value[-1]) else ""
    if kind in {"PERSON", "ORG", "LOCATION"} and value[-1].isascii() and value[-1].isalpha():
        # "the Laings", "Smith's chart": the name is found before a plural or possessive ending, which
        # stays outside the span ("<PERSON_2>'s chart"), so re-identification restores the name alone.
        return before + body + r"(?=(?:['’]s|s['’]?|['’])?(?![" + _WORD + r"]))"
    return before + body + after


def _phone_alternatives(value: str) -> list[str]:
    forms = {_digits(value), _national_phone_digits(value)}
    return [
        # The optional "+" and "(" keep "(413) 555-0187" whole instead of leaving a stray "(".
        r"(?<![0-9+(])\+?\(?" + _PHONE_SEP.join(form) + r"(?![0-9])"
        for form in sorted(forms, key=len, reverse=True)
    ]


def _date_alternatives(value: str) -> list[str]:
    """A birth date also written as 3/2/1956, 1956年3月2日, March 2, 1956 …"""
    match = _ISO_DATE.fullmatch(value)
    if match is None:
        return [_literal(value)]
    y, m, d = match.group(1), int(match.group(2)), int(match.group(3))
    if not 1 <= m <= 12:
        return [_literal(value)]
    mm, dd = f"0?{m}", f"0?{d}"
    month = _MONTH_NAMES[m - 1]
    month_alt = f"(?:{month}|{month[:3]})\\.?"
    forms = [
        f"{y}-{m:02d}-{d:02d}",
        f"{y}[/.]{mm}[/.]{dd}",
        f"{mm}/{dd}/{y}",
        f"{dd}[/.]{mm}[/.]{y}",
        f"{y}\\s*年\\s*{mm}\\s*月\\s*{dd}\\s*[日号]",
        f"{month_alt}\\s+{dd}(?:st|nd|rd|th)?,?\\s+{y}",
        f"{dd}(?:st|nd|rd|th)?\\s+{month_alt},?\\s+{y}",
    ]
    return [f"(?<![0-9])(?:{form})(?![0-9])" for form in forms]


@dataclass(frozen=True)
class _Entry:
    kind: str
    guard_lowercase: bool


class KnownMatcher:
    """Finds known identifier values in text: the same rules for scrubbing and for the gate.

    Matching ignores case, with one exception: a one-word alphabetic name part ("Will", "Mark",
    "Grace") written all in lower case is ordinary prose, not the name. Without this the gate
    would refuse every prompt whose template says "will".
    """

    def __init__(self, known: Iterable[KnownIdentifier]) -> None:
        seen: set[tuple[str, str]] = set()
        usable: list[KnownIdentifier] = []
        for identifier in known:
            key = (identifier.kind, _normalise(identifier.kind, identifier.value))
            if key not in seen and _usable(identifier):
                seen.add(key)
                usable.append(identifier)
        # Longest first, so "Rice858" wins over "Rice" and 张伟国 over 张伟 at the same position.
        usable.sort(key=lambda ident: len(ident.value.strip()), reverse=True)
        self._entries: list[_Entry] = []
        groups: list[str] = []
        for index, identifier in enumerate(usable):
            value = identifier.value.strip()
            if identifier.kind == "PHONE":
                alternatives = _phone_alternatives(value)
            elif identifier.kind == "DATE":
                alternatives = _date_alternatives(value)
            else:
                alternatives = [_literal(value, kind=identifier.kind)]
            groups.append(f"(?P<k{index}>{'|'.join(alternatives)})")
            guard = value.isalpha() and not value.islower() and value.isascii()
            self._entries.append(_Entry(identifier.kind, guard))
        self._regex = re.compile("|".join(groups), re.IGNORECASE) if groups else None

    def __len__(self) -> int:
        return len(self._entries)

    def finditer(self, text: str) -> Iterator[tuple[int, int, str]]:
        """``(start, end, kind)`` of every known value in ``text``, left to right, non-overlapping."""
        if self._regex is None:
            return
        for match in self._regex.finditer(text):
            group = match.lastgroup
            if group is None:
                continue
            entry = self._entries[int(group[1:])]
            if entry.guard_lowercase and match.group(0).islower():
                continue
            yield match.start(), match.end(), entry.kind


class _KnownRecognizer(LocalRecognizer):
    """Presidio adapter so known values compete with the pattern recognisers in one result set."""

    def __init__(self, matcher: KnownMatcher, language: str) -> None:
        super().__init__(
            supported_entities=[f"KNOWN_{kind}" for kind in KINDS],
            name=KNOWN_RECOGNIZER,
            supported_language=language,
        )
        self._matcher = matcher

    def load(self) -> None:
        """Nothing to load: the matcher is compiled by the session."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return [
            RecognizerResult(
                entity_type=f"KNOWN_{kind}",
                start=start,
                end=end,
                score=1.0,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: KNOWN_RECOGNIZER,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for start, end, kind in self._matcher.finditer(text)
        ]


# Capitalised words that commonly stand before a surname without being a given name.
_NOT_GIVEN_NAMES = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "Mx",
        "Dr",
        "Prof",
        "Sir",
        "Madam",
        "Patient",
        "Pt",
        "The",
        "A",
        "An",
        "And",
        "Or",
        "But",
        "Per",
        "By",
        "With",
        "To",
        "From",
        "For",
        "Of",
        "In",
        "On",
        "At",
        "As",
        "Called",
        "Saw",
        "Seen",
        "Told",
        "Asked",
        "Daughter",
        "Son",
        "Wife",
        "Husband",
        "Mother",
        "Father",
        "Sister",
        "Brother",
        "Family",
        "Nurse",
        "Doctor",
        "Dear",
        "Hi",
        "Hello",
        "Attending",
        "Resident",
        "Discussed",
        "Informed",
        "Spoke",
        "Contacted",
    ]
)
_WORD_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z][a-z]+(?:-[A-Z][a-z]+)?) $")


def _given_names_before_known_surnames(spans: list[_Span], fragment: str) -> list[_Span]:
    """A relative named after the patient ("daughter Anne Ellison") shares the known surname.

    The structured record only knows the patient's own given names, so a capitalised word right
    before a known PERSON match is taken as a given name too. A wrong guess costs a word swapped
    for a placeholder and restored on the way back; a miss would send a relative's name out.
    """
    found: list[_Span] = []
    for span in spans:
        if not (span.known and span.kind == "PERSON"):
            continue
        match = _WORD_BEFORE.search(fragment, max(0, span.start - 40), span.start)
        if match and match.group(1) not in _NOT_GIVEN_NAMES:
            found.append(_Span(match.start(1), match.end(1), "PERSON", "surname-neighbour", 0.7, known=False))
    return found


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    kind: str
    recognizer: str
    score: float
    known: bool


def _resolve(spans: list[_Span], text: str) -> list[_Span]:
    """Non-overlapping spans: known identifiers first, then longer, then higher score.

    A span that loses an overlap keeps the part nobody else covers. Dropping it whole would leak
    the rest of it: a known name part inside a detected address would otherwise leave the street
    and house number in the clear.
    """
    ordered = sorted(spans, key=lambda s: (not s.known, -(s.end - s.start), -s.score, s.start))
    taken: list[tuple[int, int]] = []
    chosen: list[_Span] = []
    for span in ordered:
        overlapping = [(a, b) for a, b in taken if a < span.end and b > span.start]
        if not overlapping:
            taken.append((span.start, span.end))
            chosen.append(span)
            continue
        pieces = [(span.start, span.end)]
        for t_start, t_end in overlapping:
            next_pieces: list[tuple[int, int]] = []
            for p_start, p_end in pieces:
                if t_end <= p_start or t_start >= p_end:
                    next_pieces.append((p_start, p_end))
                    continue
                if p_start < t_start:
                    next_pieces.append((p_start, t_start))
                if t_end < p_end:
                    next_pieces.append((t_end, p_end))
            pieces = next_pieces
        for p_start, p_end in pieces:
            # Punctuation and spaces left at the cut are not identifying; keep them as text.
            while p_start < p_end and not text[p_start].isalnum():
                p_start += 1
            while p_end > p_start and not text[p_end - 1].isalnum():
                p_end -= 1
            if p_start >= p_end:
                continue
            taken.append((p_start, p_end))
            chosen.append(_Span(p_start, p_end, span.kind, span.recognizer, span.score, span.known))
    return sorted(chosen, key=lambda s: s.start)


class DeidSession:
    """De-identification state of one job: issued placeholders, their originals, what was found."""

    def __init__(self, analyzer: AnalyzerEngine, known: Iterable[KnownIdentifier], *, date_shift_days: int = 0) -> None:
        self._analyzer = analyzer
        self._matcher = KnownMatcher(known)
        self._date_shift_days = date_shift_days
        self._recognizers: dict[str, _KnownRecognizer] = {}
        self._issued: dict[tuple[str, str], str] = {}
        self._mapping: dict[str, str] = {}
        self._counters: Counter[str] = Counter()
        self._findings: list[Finding] = []
        self._languages: frozenset[str] = frozenset(analyzer.supported_languages)
        # Names the pattern recognisers found (a titled or labelled name), hunted for in the rest
        # of the session's text: "Dr. Keller" makes a later bare "Keller" count, 姓名：张伟 makes a
        # later 张伟 count. Not used by the gate: a false "name" would refuse innocent templates.
        self._discovered: dict[str, KnownIdentifier] = {}
        self._discovered_matcher = KnownMatcher(())

    # --- placeholders ------------------------------------------------------------------------
    def placeholder(self, kind: str, value: str) -> str:
        """``<KIND_n>`` for ``value``; the same (kind, normalised value) always gets the same one.

        Spelling variants (case, spacing, phone separators) share a placeholder, so the model
        sees one person, not two; re-identification restores the first spelling seen.
        """
        if kind not in KINDS:
            raise ValueError(f"unknown placeholder kind {kind!r}; expected one of {', '.join(KINDS)}")
        if not value.strip():
            raise ValueError("cannot issue a placeholder for an empty value")
        key = (kind, _normalise(kind, value))
        token = self._issued.get(key)
        if token is None:
            self._counters[kind] += 1
            token = f"<{kind}_{self._counters[kind]}>"
            self._issued[key] = token
            self._mapping[token] = value
        return token

    @property
    def mapping(self) -> dict[str, str]:
        """Placeholder -> original value (a copy): seal it with ``Vault``, never log it."""
        return dict(self._mapping)

    @property
    def findings(self) -> list[Finding]:
        return list(self._findings)

    @property
    def date_shift_days(self) -> int:
        return self._date_shift_days

    @property
    def known_count(self) -> int:
        """How many known identifiers are in use (after dropping too-short ones)."""
        return len(self._matcher)

    # --- free text ---------------------------------------------------------------------------
    def _language(self, language: str) -> str:
        lang = language.split("-")[0].split("_")[0].lower()
        if lang not in self._languages:
            raise ValueError(f"language {language!r} is not supported by the analyzer")
        return lang

    def _recognizer(self, language: str) -> _KnownRecognizer:
        recognizer = self._recognizers.get(language)
        if recognizer is None:
            recognizer = self._recognizers[language] = _KnownRecognizer(self._matcher, language)
        return recognizer

    def _discover(self, spans: list[_Span], fragment: str) -> None:
        added = False
        for span in spans:
            if span.kind != "PERSON" or span.known:
                continue
            candidate = KnownIdentifier("PERSON", fragment[span.start : span.end])
            key = _normalise("PERSON", candidate.value)
            if key not in self._discovered and _usable(candidate):
                self._discovered[key] = candidate
                added = True
        if added:
            self._discovered_matcher = KnownMatcher(self._discovered.values())

    def _replacement(self, kind: str, original: str) -> str:
        # With a date shift, a full ISO date stays a date the model can reason with (intervals
        # stay true) instead of becoming an opaque token; ``unshift_text`` undoes it on output.
        if kind == "DATE" and self._date_shift_days and _ISO_DATE.fullmatch(original):
            try:
                return shift_iso(original, self._date_shift_days)
            except ValueError:
                pass
        return self.placeholder(kind, original)

    def text(self, fragment: str, language: str = "en") -> str:
        """``fragment`` with every detected identifier replaced (or, for ISO dates, shifted)."""
        lang = self._language(language)
        if not fragment.strip():
            return fragment
        results = self._analyzer.analyze(text=fragment, language=lang, ad_hoc_recognizers=[self._recognizer(lang)])
        spans = [
            _Span(
                start=r.start,
                end=r.end,
                kind=kind_for_entity(r.entity_type),
                recognizer=str(r.recognition_metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY, "")),
                score=float(r.score),
                known=r.entity_type.startswith("KNOWN_"),
            )
            for r in results
        ]
        spans += _given_names_before_known_surnames(spans, fragment)
        self._discover(spans, fragment)
        # A name found here is also "discovered" here: keep the recogniser that found it on record.
        found_here = {(s.start, s.end) for s in spans}
        spans += [
            _Span(start, end, kind, PROPAGATED_RECOGNIZER, 0.9, known=False)
            for start, end, kind in self._discovered_matcher.finditer(fragment)
            if (start, end) not in found_here
        ]
        parts: list[str] = []
        position = 0
        for span in _resolve(spans, fragment):
            parts.append(fragment[position : span.start])
            parts.append(self._replacement(span.kind, fragment[span.start : span.end]))
            position = span.end
            self._findings.append(Finding(span.kind, span.start, span.end, span.recognizer, span.score))
        parts.append(fragment[position:])
        return "".join(parts)

    # --- leak gate ---------------------------------------------------------------------------
    def gate(self, prompt: str) -> None:
        """Refuse (``LeakGateRefusal``) a prompt that still holds a known value or an ID shape.

        The message carries counts per kind only; it ends up in logs and the job row.
        """
        known_hits: Counter[str] = Counter()
        covered: list[tuple[int, int]] = []
        for start, end, kind in self._matcher.finditer(prompt):
            known_hits[kind] += 1
            covered.append((start, end))
        pattern_hits: Counter[str] = Counter()
        seen: set[tuple[int, int]] = set()
        for lang in sorted(self._languages):
            supported = set(self._analyzer.get_supported_entities(lang))
            entities = [e for e in GATE_ENTITIES if e in supported]
            if not entities:
                continue
            for r in self._analyzer.analyze(text=prompt, language=lang, entities=entities):
                span = (r.start, r.end)
                if span in seen or any(s <= r.start and r.end <= e for s, e in covered):
                    continue
                seen.add(span)
                pattern_hits[kind_for_entity(r.entity_type)] += 1
        if not known_hits and not pattern_hits:
            return
        parts = [f"{n} known identifier(s) of kind {k}" for k, n in sorted(known_hits.items())]
        parts += [f"{n} identifier pattern match(es) of kind {k}" for k, n in sorted(pattern_hits.items())]
        raise LeakGateRefusal(f"leak gate: {', '.join(parts)} remain in the prompt; not sent")
