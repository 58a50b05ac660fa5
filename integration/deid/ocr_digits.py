"""Numbers that optical character recognition got wrong: "(9l4) 69B-4477", "+3S3 56 208 77B3".

Faxed referrals and scanned forms reach the EMR through OCR, which reads 0 as O, 1 as l or I, 5 as S,
8 as B, 2 as Z. A number with one such letter no longer looks like a number to any pattern, so it
would reach the model whole. ``ocr_view`` reads those letters back as digits, in tokens that are
mostly digits already, keeping every offset; ``OcrDigitsRecognizer`` runs the number recognisers
(phones, the number sweep, labelled identifiers) over the changed lines of that view and keeps what
they find where a letter was read back. Text without such tokens costs one regex scan.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex  # type: ignore[import-untyped]  # Presidio's own dependency; no stubs published
from presidio_analyzer import EntityRecognizer, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = ["OcrDigitsRecognizer", "ocr_view"]

# The letters OCR puts for digits, and the digit each stands for.
_CONFUSABLE: Final[dict[str, str]] = {
    "O": "0", "o": "0", "D": "0", "Q": "0",
    "I": "1", "l": "1", "i": "1",
    "Z": "2", "z": "2",
    "S": "5", "s": "5",
    "b": "6", "G": "6",
    "B": "8",
    "g": "9", "q": "9",
}  # fmt: skip
# A whole word of digits and confusable letters, with a digit in it.
_WORD: Final = regex.compile(r"(?<![\p{L}\p{N}])[0-9" + regex.escape("".join(_CONFUSABLE)) + r"]+(?![\p{L}\p{N}])")


# Digits and one lower-case letter that is a unit symbol: seconds, grams ("4l" stays a misread 41).
_UNIT_AFTER_DIGITS: Final = regex.compile(r"\d+[sg]")


def _reads_as_number(word: str) -> bool:
    """A word OCR made from a number: at least as many digits as letters, and a digit in it.

    "O85", "77B3", "4l", "20Z3" qualify; "Bo", "is", "OS" have no digit and stay words. Vitamin "B12"
    qualifies too, harmlessly: a three-digit number is no identifier by itself. A pipe is never read as
    a 1: it is the column separator of every pipe table and HL7 message.
    """
    if _UNIT_AFTER_DIGITS.fullmatch(word):
        return False  # "30s", "3000g": a unit written onto a number
    digits = sum(c.isdigit() for c in word)
    return digits >= 1 and len(word) - digits <= digits


def ocr_view(text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """The text with OCR letters in number-words read as digits (same length), and the changed spans.

    ``None`` when nothing changes, which is the common case.
    """
    changed: list[tuple[int, int]] = []
    chars: list[str] | None = None
    for match in _WORD.finditer(text):
        word = match.group()
        if word.isdigit() or not _reads_as_number(word):
            continue
        if chars is None:
            chars = list(text)
        for offset, char in enumerate(word):
            if not char.isdigit():
                chars[match.start() + offset] = _CONFUSABLE[char]
        changed.append((match.start(), match.end()))
    if chars is None:
        return None
    return "".join(chars), changed


def _lines_with(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines (start, end) of ``text`` that hold any of ``spans``, each once, in order."""
    lines: list[tuple[int, int]] = []
    for start, _ in spans:
        line_start = text.rfind("\n", 0, start) + 1
        if lines and lines[-1][0] == line_start:
            continue
        line_end = text.find("\n", start)
        lines.append((line_start, len(text) if line_end < 0 else line_end))
    return lines


class OcrDigitsRecognizer(LocalRecognizer):
    """What ``inner`` recognisers find in the OCR-corrected view, where a letter was read back.

    The results keep the inner recogniser's entity and score, so the session resolves them like any
    other detection; the original characters are what gets replaced.
    """

    def __init__(self, inner: Sequence[EntityRecognizer], *, supported_language: str = "en") -> None:
        self._inner = list(inner)
        entities = sorted({entity for recognizer in self._inner for entity in recognizer.supported_entities})
        self._label = f"OcrDigitsRecognizer_{supported_language}"
        super().__init__(
            supported_entities=entities,
            name=self._label,
            supported_language=supported_language,
        )

    def load(self) -> None:
        pass  # each inner recogniser loaded itself when it was built

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        view = ocr_view(text)
        if view is None:
            return []
        corrected, changed = view
        results: list[RecognizerResult] = []
        for line_start, line_end in _lines_with(text, changed):
            line = corrected[line_start:line_end]
            in_line = [(a - line_start, b - line_start) for a, b in changed if line_start <= a < line_end]
            for recognizer in self._inner:
                wanted = [e for e in recognizer.supported_entities if e in entities]
                if not wanted:
                    continue
                # the NLP artifacts describe the whole note, not this line: pattern recognisers need none
                for result in recognizer.analyze(line, wanted, None) or []:  # type: ignore[arg-type]
                    if not any(a < result.end and result.start < b for a, b in in_line):
                        continue  # the plain text has it already
                    result.start += line_start
                    result.end += line_start
                    result.recognition_metadata = {
                        **(result.recognition_metadata or {}),
                        RecognizerResult.RECOGNIZER_NAME_KEY: self._label,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    }
                    results.append(result)
        return results
