"""A learned context tagger for names and identifiers: a linear-chain CRF (python-crfsuite).

Why a model beside the rules: every rule reads a name from one slot a note gives it ("Dr X", "其子X").
Each new set of notes brought slots no rule had seen, so the rules fixed the notes they were written
from and little else. A CRF weighs all the evidence around a token at once: its shape, how common it
is as an English word, whether a census or surname list has it, and the words on either side. It
learns that evidence from the development sets (never from the held-out ones) and so carries to
slots nobody wrote a rule for.

What it may not learn is the generator's own names: the evaluation sets are drawn from Faker's name
lists, and a model that memorised them would score well here and badly in a hospital. So English
words rarer than ``_COMMON_ZIPF`` are seen only through their shape and gazetteer flags, never their
spelling; and every Chinese name in the training notes is replaced, before training, by a random
surname and random common characters (``substitute_zh_names``), so the model has to read the context.

English is tagged per token, Chinese per character. Labels are ``PER``, ``ID`` and ``O``.
"""

from __future__ import annotations

import bisect
import functools
import random
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Final

import regex  # type: ignore[import-untyped]  # Presidio's own dependency; no stubs published
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from integration.deid import zh_surnames
from integration.deid.gazetteer import census_names_raw
from integration.deid.results import recognizer_result
from integration.deid.synth import GoldSpan, SynthNote
from integration.deid.table_names import column_headers

__all__ = [
    "FEATURES_VERSION",
    "LABELS",
    "MODEL_FILES",
    "NameModelRecognizer",
    "Token",
    "en_features",
    "label_tokens",
    "lowercase_names",
    "substitute_zh_names",
    "tokenize",
    "zh_features",
]

LABELS: Final[dict[str, str]] = {"PERSON": "PER", "ID": "ID"}
_ENTITY: Final[dict[str, str]] = {label: entity for entity, label in LABELS.items()}
MODEL_FILES: Final[dict[str, str]] = {"en": "names-en.crfsuite", "zh": "names-zh.crfsuite"}
# Bump when a feature changes: a model trained on other features reads garbage. Each model's
# manifest (``names-xx.json``) records the version it was trained with, and a test compares them.
FEATURES_VERSION: Final = 2
# Below this Zipf frequency an English word is "rare": the model sees its shape, not its spelling.
_COMMON_ZIPF: Final = 3.0
# A span is taken when the model's marginal for its label reaches this (below 0.5: recall first).
THRESHOLD: Final = 0.35
SCORE: Final = 0.6

_EN_TOKEN: Final = regex.compile(r"\p{L}+(?:['’]\p{L}+)*|\d+|\S", regex.VERSION1)
# Random surnames for the name replacement: the common hundred ten times as often as the rest.
_ZH_SURNAMES: Final = zh_surnames.COMMON * 10 + "".join(c for c in zh_surnames.MORE if c >= "\u4e00")
_ZH_COMPOUND: Final = tuple(zh_surnames.COMPOUND.split("|"))


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


def tokenize(text: str, language: str) -> list[Token]:
    """Words, numbers and single symbols (English); single non-space characters (Chinese).

    Chinese runs of Latin letters or digits stay one token: an MRN is one unit in either language.
    """
    if language == "zh":
        return [Token(m.group(), m.start(), m.end()) for m in _ZH_TOKEN.finditer(text)]
    return [Token(m.group(), m.start(), m.end()) for m in _EN_TOKEN.finditer(text)]


_ZH_TOKEN: Final = regex.compile(r"[A-Za-z]+|\d+|\S", regex.VERSION1)


def label_tokens(tokens: Sequence[Token], spans: Iterable[GoldSpan]) -> list[str]:
    """``PER``/``ID`` for a token inside a gold span of that kind, else ``O``."""
    labels = ["O"] * len(tokens)
    for span in spans:
        label = LABELS.get(span.kind)
        if label is None:
            continue
        for i, token in enumerate(tokens):
            if token.start < span.end and span.start < token.end:
                labels[i] = label
    return labels


def _header_features(text: str, tokens: Sequence[Token]) -> list[list[str]]:
    """For a token in a table cell, its column header (and the header's words): "hdr=seen by"."""
    cells = column_headers(text)
    out: list[list[str]] = [[] for _ in tokens]
    if not cells:
        return out
    starts = [a for a, _, _ in cells]
    for i, token in enumerate(tokens):
        k = bisect.bisect_right(starts, token.start) - 1
        if k >= 0 and token.start < cells[k][1]:
            header = cells[k][2][:24]
            out[i] = [f"hdr={header}", *(f"hw={w}" for w in header.split()[:3])]
    return out


# ----------------------------------------------------------------------------------------------
# English features
# ----------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency  # late: its lists load on first use

    return float(zipf_frequency(word.casefold(), "en"))


@functools.lru_cache(maxsize=65536)
def _shape(word: str) -> str:
    shape: list[str] = []
    for char in word:
        kind = "X" if char.isupper() else "x" if char.isalpha() else "d" if char.isdigit() else char
        if not shape or shape[-1] != kind:
            shape.append(kind)
    return "".join(shape)[:6]


def _ascii_upper(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper().replace("’", "'")


@functools.lru_cache(maxsize=65536)
def _word_view(word: str) -> tuple[str, str, str]:
    """(identity or '<rare:shape>', zipf bucket, census flags)."""
    if not word[0].isalpha():
        identity = word if not word.isdigit() else f"<d{min(len(word), 9)}>"
        return identity, "-", "-"
    z = _zipf(word)
    identity = word.casefold() if z >= _COMMON_ZIPF or len(word) == 1 else f"<rare:{_shape(word)}>"
    given, surnames = census_names_raw()
    key = _ascii_upper(word)
    flags = ("G" if key in given else "") + ("S" if key in surnames else "")
    return identity, str(min(int(z), 6)), flags or "-"


def en_features(text: str, tokens: Sequence[Token], allow: frozenset[str] = frozenset()) -> list[list[str]]:
    """One feature list per token: the token's view, its neighbours' views, line position."""
    views = [_word_view(t.text) for t in tokens]
    line_start = [i == 0 or "\n" in text[tokens[i - 1].end : tokens[i].start] for i in range(len(tokens))]
    line_end = [i == len(tokens) - 1 or "\n" in text[tokens[i].end : tokens[i + 1].start] for i in range(len(tokens))]
    headers = _header_features(text, tokens)
    features: list[list[str]] = []
    for i, token in enumerate(tokens):
        word = token.text
        identity, bucket, flags = views[i]
        f = [
            "b",
            f"w={identity}",
            f"z={bucket}",
            f"c={flags}",
            f"s={_shape(word)}",
            f"suf={word[-3:].casefold()}" if identity.startswith("<rare") else "suf=-",
            f"ls={line_start[i]}",
            f"le={line_end[i]}",
        ]
        if word.casefold() in allow:
            f.append("allow")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(tokens):
                other_identity, _, other_flags = views[j]
                f.append(f"{offset}w={other_identity}")
                f.append(f"{offset}s={_shape(tokens[j].text)}")
                if abs(offset) == 1:
                    f.append(f"{offset}c={other_flags}")
                    f.append(f"{offset}w|w={other_identity}|{identity}")
            else:
                f.append(f"{offset}w=<edge>")
        if i > 0 and "\n" not in text[tokens[i - 1].end : token.start] and tokens[i - 1].end < token.start:
            f.append("sp")
        f.extend(headers[i])
        features.append(f)
    return features


# ----------------------------------------------------------------------------------------------
# Chinese features
# ----------------------------------------------------------------------------------------------

_SURNAME_SET: Final = frozenset(_ZH_SURNAMES)
_COMPOUND_SET: Final = frozenset(_ZH_COMPOUND)


def _zh_char_class(char: str) -> str:
    if "\u4e00" <= char[0] <= "\u9fff":
        return "H"
    if char[0].isdigit():
        return "D"
    if char[0].isalpha():
        return "L"
    return char[0]


def zh_features(text: str, tokens: Sequence[Token], allow: frozenset[str] = frozenset()) -> list[list[str]]:
    """One feature list per character: characters and bigrams around it, surname flags, breaks."""
    chars = [t.text if len(t.text) == 1 else f"<{_zh_char_class(t.text)}{min(len(t.text), 9)}>" for t in tokens]
    breaks = [i == 0 or "\n" in text[tokens[i - 1].end : tokens[i].start] for i in range(len(tokens))]
    headers = _header_features(text, tokens)
    features: list[list[str]] = []
    n = len(chars)

    def at(j: int) -> str:
        return chars[j] if 0 <= j < n else "<edge>"

    for i, char in enumerate(chars):
        f = [
            "b",
            f"c={char}",
            f"k={_zh_char_class(tokens[i].text)}",
            f"-1c={at(i - 1)}",
            f"1c={at(i + 1)}",
            f"-2c={at(i - 2)}",
            f"2c={at(i + 2)}",
            f"-3c={at(i - 3)}",
            f"3c={at(i + 3)}",
            f"-2b={at(i - 2)}{at(i - 1)}",
            f"-1b={at(i - 1)}{char}",
            f"1b={char}{at(i + 1)}",
            f"2b={at(i + 1)}{at(i + 2)}",
            f"-3b={at(i - 3)}{at(i - 2)}",
            f"3b={at(i + 2)}{at(i + 3)}",
            f"br={breaks[i]}",
        ]
        for offset in (-2, -1, 0):
            j = i + offset
            if 0 <= j < n and chars[j] in _SURNAME_SET:
                f.append(f"sur{offset}")
            if 0 <= j < n - 1 and chars[j] + chars[j + 1] in _COMPOUND_SET:
                f.append(f"csur{offset}")
        if i + 1 < n and breaks[i + 1]:
            f.append("le")
        f.extend(headers[i])
        features.append(f)
    return features


@functools.cache
def _zh_name_char_pool() -> tuple[str, ...]:
    """Common Chinese characters (wordfreq's single-character words), not any list of names."""
    from wordfreq import top_n_list

    return tuple(w for w in top_n_list("zh", 20000) if len(w) == 1 and "\u4e00" <= w <= "\u9fff")[:2500]


def substitute_zh_names(note: SynthNote, rng: random.Random) -> SynthNote:
    """The note with every Chinese PERSON span rewritten: random surname, random common characters.

    Length and offsets are kept (one character for one), so the gold spans stay exact. A leading
    surname stays a surname (or a compound one), and 小/老/阿 prefixes stay, so the model learns
    those forms; the rest is random, so it cannot learn the generator's names. A name written twice
    is rewritten per occurrence, which only gives the model more names to read.
    """
    pool = _zh_name_char_pool()
    chars = list(note.text)
    spans: list[GoldSpan] = []
    for span in note.spans:
        if span.kind != "PERSON" or not all("\u4e00" <= c <= "\u9fff" or c == "·" for c in span.value):
            spans.append(span)
            continue
        value = span.value
        new: list[str] = []
        i = 0
        if value[:2] in _COMPOUND_SET and len(value) >= 3:
            new.extend(rng.choice(_ZH_COMPOUND))
            i = 2
        elif value[0] in "小老阿" and len(value) == 2:
            new.append(value[0])
            i = 1
            new.append(rng.choice(_ZH_SURNAMES) if value[1] in _SURNAME_SET else rng.choice(pool))
            i = 2
        elif value[0] in _SURNAME_SET and len(value) >= 2:
            new.append(rng.choice(_ZH_SURNAMES))
            i = 1
        while i < len(value):
            if value[i] == "·":
                new.append("·")
            elif i > 0 and value[i] == value[i - 1]:  # 叠字 stay doubled
                new.append(new[-1])
            else:
                new.append(rng.choice(pool))
            i += 1
        replacement = "".join(new)
        chars[span.start : span.end] = list(replacement)
        spans.append(GoldSpan(span.kind, span.start, span.end, replacement))
    return SynthNote(note.note_id, note.split, note.language, note.template, "".join(chars), tuple(spans), note.known)


def lowercase_names(note: SynthNote, rng: random.Random, share: float = 0.7) -> SynthNote:
    """The note with a ``share`` of its English PERSON spans lower-cased ("cc rachel", "typed by liam").

    Hurried notes write names in lower case; the sets have few, so training sees some of every form.
    """
    chars = list(note.text)
    spans: list[GoldSpan] = []
    for span in note.spans:
        if span.kind == "PERSON" and rng.random() < share:
            value = span.value.lower()
            if len(value) == span.end - span.start:  # lower() can change a length ("İ"): leave those
                chars[span.start : span.end] = list(value)
                span = GoldSpan(span.kind, span.start, span.end, value)
        spans.append(span)
    return SynthNote(note.note_id, note.split, note.language, note.template, "".join(chars), tuple(spans), note.known)


# ----------------------------------------------------------------------------------------------
# The recogniser
# ----------------------------------------------------------------------------------------------


def features(text: str, tokens: Sequence[Token], language: str, allow: frozenset[str]) -> list[list[str]]:
    return zh_features(text, tokens, allow) if language == "zh" else en_features(text, tokens, allow)


def model_path(language: str, directory: Path | None = None) -> Path:
    """The model file for ``language``: in ``directory``, or the one shipped in the package."""
    if directory is not None:
        return directory / MODEL_FILES[language]
    return Path(str(resources.files("integration.deid").joinpath("models", MODEL_FILES[language])))


def manifest_path(language: str, directory: Path | None = None) -> Path:
    """Where the model's training record (sets, notes, parameters, digest) is kept."""
    return model_path(language, directory).with_suffix(".json")


def _runs(labels: Sequence[str]) -> Iterator[tuple[str, int, int]]:
    """(label, first, last+1) for each run of one non-O label."""
    i = 0
    while i < len(labels):
        label = labels[i]
        if label == "O":
            i += 1
            continue
        j = i
        while j + 1 < len(labels) and labels[j + 1] == label:
            j += 1
        yield label, i, j + 1
        i = j + 1


class NameModelRecognizer(LocalRecognizer):
    """PERSON and ID from the CRF tagger, one model per language, loaded from the package."""

    def __init__(
        self,
        *,
        supported_language: str = "en",
        allow: frozenset[str] = frozenset(),
        model_dir: Path | None = None,
        threshold: float = THRESHOLD,
    ) -> None:
        self._allow = allow
        self._model_dir = model_dir
        self._threshold = threshold
        super().__init__(
            supported_entities=sorted(LABELS),
            name=f"NameModelRecognizer_{supported_language}",
            supported_language=supported_language,
        )

    def load(self) -> None:
        import pycrfsuite  # the "full" profile's dependency

        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_path(self.supported_language, self._model_dir)))
        self._lock = threading.Lock()  # a Tagger holds the current sequence: one caller at a time

    def tag(self, text: str) -> tuple[list[Token], list[str]]:
        """Tokens and their labels; a label wins where its marginal reaches the threshold."""
        tokens = tokenize(text, self.supported_language)
        if not tokens:
            return tokens, []
        items = features(text, tokens, self.supported_language, self._allow)
        with self._lock:
            self._tagger.set(items)
            best = self._tagger.tag()
            labels = list(best)
            for i, label in enumerate(best):
                if label != "O":
                    continue
                for candidate in LABELS.values():
                    if self._tagger.marginal(candidate, i) >= self._threshold:
                        labels[i] = candidate
                        break
        return tokens, labels

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if not text.strip():
            return []
        tokens, labels = self.tag(text)
        results: list[RecognizerResult] = []
        for label, first, last in _runs(labels):
            entity = _ENTITY[label]
            if entity not in entities:
                continue
            # a run never crosses a line: a header and the value under it are two things
            for a, b in _line_pieces(text, tokens, first, last):
                if entity == "PERSON" and text[a:b][-2:] in ("'s", "’s") and b - a > 2:
                    b -= 2  # "Kwabena's help": the possessive is grammar, not the name
                value = text[a:b]
                if not any(c.isalnum() for c in value):
                    continue
                if entity == "PERSON" and (value.casefold() in self._allow or _unlisted_lower_case(value)):
                    continue
                results.append(recognizer_result(self, entity, a, b, SCORE))
        return results


def _unlisted_lower_case(value: str) -> bool:
    """A lower-case English "name" no census list has: far more often a clinical word ("afebrile").

    Lower-case names are real ("rang sister (lorraine)"), but the model sees rare words by shape
    only, and a rare lower-case word is usually vocabulary; the census lists tell the two apart.
    """
    if any(c.isupper() for c in value) or not any("a" <= c <= "z" for c in value):
        return False
    given, surnames = census_names_raw()
    return not any(
        _ascii_upper(word) in given or _ascii_upper(word) in surnames for word in regex.findall(r"\p{L}+", value)
    )


def _line_pieces(text: str, tokens: Sequence[Token], first: int, last: int) -> Iterator[tuple[int, int]]:
    start = first
    for i in range(first + 1, last + 1):
        if i == last or "\n" in text[tokens[i - 1].end : tokens[i].start]:
            a, b = tokens[start].start, tokens[i - 1].end
            while a < b and not text[a].isalnum():
                a += 1
            while b > a and not (text[b - 1].isalnum() or text[b - 1] == "."):
                b -= 1
            if b > a:
                yield a, b
            start = i
