"""Retry policy shared by the Celery tasks and the in-process runner."""

from __future__ import annotations

import random


def backoff(attempt: int, base_s: float, max_s: float) -> float:
    """Exponential backoff with full jitter (AWS architecture blog): spreads retry storms out."""
    ceiling = min(max_s, base_s * (2**attempt))
    return random.uniform(ceiling / 2, ceiling)
