"""Small helpers the sweep recognisers share: a word set from a string, a ``RecognizerResult``."""

from __future__ import annotations

from presidio_analyzer import LocalRecognizer, RecognizerResult

__all__ = ["recognizer_result", "word_set"]


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
