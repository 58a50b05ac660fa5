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
surname and random common characters (``train_name_model.substitute_zh_names``), so the model has to
read the context.

English is tagged per token, Chinese per character. Labels are ``PER``, ``ID`` and ``O``.
"""

from __future__ import annotations

import bisect
import functools
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Final

import regex  # type: ignore[import-untyped]  # Presidio's own dependency; no stubs published
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from integration.deid import zh_surnames
from integration.deid.gazetteer import census_key, census_names_raw
from integration.deid.name_sweep import zipf
from integration.deid.results import line_pieces, recognizer_result
from integration.deid.synth import GoldSpan
from integration.deid.table_names import column_headers

__all__ = [
    "FEATURES_VERSION",
    "LABELS",
    "MODEL_FILES",
    "ZH_COMPOUND_SURNAMES",
    "ZH_SURNAME_CHARS",
    "NameModelRecognizer",
    "Token",
    "en_features",
    "label_tokens",
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
_ZH_TOKEN: Final = regex.compile(r"[A-Za-z]+|\d+|\S", regex.VERSION1)
ZH_COMPOUND_SURNAMES: Final = tuple(zh_surnames.COMPOUND.split("|"))


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
def _shape(word: str) -> str:
    shape: list[str] = []
    for char in word:
        kind = "X" if char.isupper() else "x" if char.isalpha() else "d" if char.isdigit() else char
        if not shape or shape[-1] != kind:
            shape.append(kind)
    return "".join(shape)[:6]


@functools.lru_cache(maxsize=65536)
def _word_view(word: str) -> tuple[str, str, str]:
    """(identity or '<rare:shape>', zipf bucket, census flags)."""
    if not word[0].isalpha():
        identity = word if not word.isdigit() else f"<d{min(len(word), 9)}>"
        return identity, "-", "-"
    z = zipf(word)
    identity = word.casefold() if z >= _COMMON_ZIPF or len(word) == 1 else f"<rare:{_shape(word)}>"
    given, surnames = census_names_raw()
    key = census_key(word)
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

ZH_SURNAME_CHARS: Final = frozenset(c for c in zh_surnames.COMMON + zh_surnames.MORE if c >= "\u4e00")
_COMPOUND_SET: Final = frozenset(ZH_COMPOUND_SURNAMES)


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
            if 0 <= j < n and chars[j] in ZH_SURNAME_CHARS:
                f.append(f"sur{offset}")
            if 0 <= j < n - 1 and chars[j] + chars[j + 1] in _COMPOUND_SET:
                f.append(f"csur{offset}")
        if i + 1 < n and breaks[i + 1]:
            f.append("le")
        f.extend(headers[i])
        features.append(f)
    return features


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
            for a, b in line_pieces(text, tokens[first].start, tokens[last - 1].end):
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
        census_key(word) in given or census_key(word) in surnames for word in regex.findall(r"\p{L}+", value)
    )
