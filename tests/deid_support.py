"""What the recogniser tests share: the ``lite`` analyzer and the coverage check they assert with."""

from __future__ import annotations

import functools

from presidio_analyzer import AnalyzerEngine

from integration.deid import build_analyzer


@functools.cache
def lite() -> AnalyzerEngine:
    return build_analyzer("lite")


def language_of(text: str) -> str:
    """ "zh" for text with any Han character, else "en"."""
    return "zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en"


def covered(text: str, value: str, language: str | None = None) -> bool:
    """Every alphanumeric character of ``value`` (first occurrence) lies inside some ``lite`` detection."""
    start = text.index(value)
    spans = [(r.start, r.end) for r in lite().analyze(text=text, language=language or language_of(text))]
    return all(any(a <= i < b for a, b in spans) for i in range(start, start + len(value)) if text[i].isalnum())
