"""Per-patient date shifting (the pattern of Google Healthcare's ``DateShiftConfig``).

Every full date of one patient moves by the same number of days, so intervals (length of stay,
days since surgery) stay true for the model, while the calendar dates it sees are not the real
ones. The offset comes from an HMAC of a stable patient key, so it is the same on every job of
that patient and cannot be recomputed without the secret.

Dates with year or year-month precision are left as they are: Safe Harbor only treats the year as
identifying for ages over 89, and shifting a bare year by days is meaningless.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import hmac
import re
from typing import Final

__all__ = ["date_shift_days", "derive_secret", "shift_iso", "unshift_text"]

_YEAR_ONLY: Final = re.compile(r"\d{4}(?:-\d{2})?")
_FULL: Final = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2})(?P<rest>[T ].*)?", re.DOTALL)

# Dates the model may write back. ISO is what the prompts use; the slash and 年月日 forms are
# there because a Chinese draft often re-renders an ISO date, and a date left shifted in a
# delivered document would be silently wrong.
_ISO_IN_TEXT: Final = re.compile(r"(?<![0-9])(\d{4})-(\d{2})-(\d{2})(?![0-9])")
_SLASH_IN_TEXT: Final = re.compile(r"(?<![0-9/])(\d{4})/(\d{1,2})/(\d{1,2})(?![0-9/])")
_ZH_IN_TEXT: Final = re.compile(r"(?<![0-9])(\d{4})年(\d{1,2})月(\d{1,2})日")


def derive_secret(master: bytes, purpose: str) -> bytes:
    """A purpose-bound secret from a master key (used when ``MEDGO_DEID_SECRET`` is not set)."""
    return hmac.new(master, b"medgo-bridge/" + purpose.encode(), hashlib.sha256).digest()


def date_shift_days(secret: bytes, patient_key: str, max_days: int) -> int:
    """Non-zero offset in ``[-max_days, max_days]``, stable for (secret, patient_key)."""
    if max_days < 1:
        raise ValueError("max_days must be at least 1")
    digest = hmac.new(secret, patient_key.encode(), hashlib.sha256).digest()
    # 64 bits modulo a few hundred: the bias is far below anything observable.
    n = int.from_bytes(digest[:8], "big") % (2 * max_days)
    offset = n - max_days
    return offset + 1 if offset >= 0 else offset


def _shift_date(year: int, month: int, day: int, days: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day) + _dt.timedelta(days=days)
    except (ValueError, OverflowError):
        return None


def shift_iso(value: str, days: int) -> str:
    """Shift a FHIR date/dateTime/instant by ``days``, keeping its precision and time part.

    ``YYYY`` and ``YYYY-MM`` come back unchanged. The time of day and the zone offset are kept
    as written: a whole-day shift does not move the wall clock.
    """
    if days == 0 or _YEAR_ONLY.fullmatch(value):
        return value
    match = _FULL.fullmatch(value)
    if match is None:
        # The message must not echo the value: it may be a birth date.
        raise ValueError("not a FHIR date, dateTime or instant")
    year, month, day = (int(part) for part in match["date"].split("-"))
    shifted = _shift_date(year, month, day, days)
    if shifted is None:
        raise ValueError("FHIR date is out of range or not a calendar date")
    return shifted.isoformat() + (match["rest"] or "")


def unshift_text(text: str, days: int) -> str:
    """Undo ``days`` on every full date in model output (ISO, ``YYYY/M/D`` and ``YYYY年M月D日``).

    Each date keeps its written form (zero padding, separators); strings that are not calendar
    dates (``2024-02-30``) are left alone.
    """
    if days == 0:
        return text

    def _replace(match: re.Match[str], fmt: str) -> str:
        y, m, d = match.group(1), match.group(2), match.group(3)
        shifted = _shift_date(int(y), int(m), int(d), -days)
        if shifted is None:
            return match.group(0)
        month = f"{shifted.month:02d}" if len(m) == 2 else str(shifted.month)
        day = f"{shifted.day:02d}" if len(d) == 2 else str(shifted.day)
        return fmt.format(y=f"{shifted.year:04d}", m=month, d=day)

    text = _ISO_IN_TEXT.sub(lambda m: _replace(m, "{y}-{m}-{d}"), text)
    text = _SLASH_IN_TEXT.sub(lambda m: _replace(m, "{y}/{m}/{d}"), text)
    return _ZH_IN_TEXT.sub(lambda m: _replace(m, "{y}年{m}月{d}日"), text)
