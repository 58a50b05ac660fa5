"""FHIR date/dateTime strings: ordering across precisions and offsets, and ages."""

from __future__ import annotations

from datetime import UTC, date, datetime


def parse(value: str | None) -> datetime | None:
    """A comparable, timezone-aware instant for a FHIR date/dateTime (start of a partial date)."""
    if not value:
        return None
    text = value.strip()
    try:
        if len(text) == 4:
            return datetime(int(text), 1, 1, tzinfo=UTC)
        if len(text) == 7:
            return datetime(int(text[:4]), int(text[5:7]), 1, tzinfo=UTC)
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def sort_key(value: str | None) -> datetime:
    return parse(value) or datetime.min.replace(tzinfo=UTC)


def age_years(birth: str | None, at: str | None) -> int | None:
    born, when = parse(birth), parse(at) or datetime.now(UTC)
    if born is None:
        return None
    b, w = born.date(), when.date()
    return w.year - b.year - ((w.month, w.day) < (b.month, b.day))


def day(value: str | None) -> date | None:
    parsed = parse(value)
    return parsed.date() if parsed else None
