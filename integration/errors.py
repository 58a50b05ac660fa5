"""Error types that decide retry behaviour.

Messages must never carry PHI: they end up in logs, the console and the job row. Callers pass
counts, codes and resource types, never values taken from a record.
"""

from __future__ import annotations


class BridgeError(Exception):
    """Base class. ``code`` is a stable machine-readable reason shown in the console."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code


class TransientError(BridgeError):
    """Worth retrying with backoff: timeouts, 429/5xx, connection refused, lease held elsewhere."""

    code = "transient"


class PermanentError(BridgeError):
    """Retrying cannot help (bad input, 4xx from the EMR, leak gate refusal): dead-letter at once."""

    code = "permanent"


class LeakGateRefusal(PermanentError):
    """A prompt still held a known identifier; it was not sent."""

    code = "leak-gate"


class Deferred(TransientError):
    """Not a failure: the work must wait (another worker holds it, an earlier message comes first).

    Retried with backoff without counting towards the dead-letter budget and without marking the
    entity failed, since nothing went wrong with it.
    """

    code = "deferred"
