"""Small helpers the recognisers share: a word set from a string, a ``RecognizerResult``, line pieces."""

from __future__ import annotations

from presidio_analyzer import LocalRecognizer, RecognizerResult

__all__ = ["line_pieces", "recognizer_result", "word_set"]


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``: word lists are written as one string in the source."""
    return frozenset(text.split())


def recognizer_result(recognizer: LocalRecognizer, entity: str, start: int, end: int, score: float) -> RecognizerResult:
    """A result that names the recogniser that found it, as Presidio's own pattern recognisers do."""
    return RecognizerResult(
        entity_type=entity,
        start=start,
        end=end,
        score=score,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.__class__.__name__,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
        },
    )


def line_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A model's span that runs across a line break merges a header into a value: each line's part of it."""
    pieces: list[tuple[int, int]] = []
    position = start
    for line in text[start:end].split("\n"):
        a, b = position, position + len(line)
        position = b + 1
        while a < b and not text[a].isalnum():
            a += 1
        while b > a and not (text[b - 1].isalnum() or text[b - 1] in ".'’"):
            b -= 1
        if b > a:
            pieces.append((a, b))
    return pieces
