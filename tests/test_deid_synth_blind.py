"""The blind held-out synthetic set: deterministic, exact gold offsets, valid identifier formats.

These tests check the generator only; they do not look at (and must not be used to look at) how
the de-identifier scores on the notes.
"""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from integration.deid.model import KINDS
from integration.deid.synth import SynthNote
from integration.deid.synth_blind import (
    BLIND_SPLIT,
    EN_BLIND_TEMPLATES,
    GOLD_KINDS,
    ZH_BLIND_TEMPLATES,
    _dea,
    _mbi,
    _npi,
    generate_blind,
    mbi_is_valid,
    resident_id_is_valid,
)

TEMPLATES = {"en": EN_BLIND_TEMPLATES, "zh": ZH_BLIND_TEMPLATES}
COUNT = 500


@pytest.fixture(scope="module")
def notes() -> dict[str, list[SynthNote]]:
    return {language: generate_blind(language, COUNT) for language in TEMPLATES}


def _luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


@pytest.mark.parametrize("language", ["en", "zh"])
def test_template_counts(language: str) -> None:
    assert len(TEMPLATES[language]) >= 14


@pytest.mark.parametrize("language", ["en", "zh"])
def test_deterministic(language: str, notes: dict[str, list[SynthNote]]) -> None:
    again = generate_blind(language, 40)
    assert again == generate_blind(language, 40)
    assert again == notes[language][:40]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_count_ids_and_split(language: str, notes: dict[str, list[SynthNote]]) -> None:
    batch = notes[language]
    assert len(batch) == COUNT
    assert batch[0].note_id == f"blind-{language}-0001"
    assert batch[-1].note_id == f"blind-{language}-{COUNT:04d}"
    assert len({n.note_id for n in batch}) == COUNT
    assert {n.split for n in batch} == {BLIND_SPLIT}
    assert {n.language for n in batch} == {language}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_template_used(language: str, notes: dict[str, list[SynthNote]]) -> None:
    assert {n.template for n in notes[language]} == set(TEMPLATES[language])


@pytest.mark.parametrize("language", ["en", "zh"])
def test_gold_spans_exact(language: str, notes: dict[str, list[SynthNote]]) -> None:
    for note in notes[language]:
        assert note.spans, note.note_id
        previous_end = 0
        for span in note.spans:
            assert span.kind in GOLD_KINDS
            assert span.value, note.note_id
            assert note.text[span.start : span.end] == span.value, note.note_id
            assert span.value == span.value.strip(), note.note_id
            assert span.start >= previous_end, note.note_id  # sorted, no overlaps
            previous_end = span.end
        assert "<<" not in note.text and ">>" not in note.text
        assert "{" not in note.text and "}" not in note.text


@pytest.mark.parametrize("language", ["en", "zh"])
def test_known_identifiers(language: str, notes: dict[str, list[SynthNote]]) -> None:
    for note in notes[language]:
        assert note.known
        for item in note.known:
            assert item.kind in KINDS
            assert isinstance(item.value, str)
            assert item.value.strip() == item.value != ""
        kinds = {item.kind for item in note.known}
        assert {"PERSON", "ID", "PHONE", "ADDRESS", "DATE", "EMAIL"} <= kinds
        births = [item.value for item in note.known if item.kind == "DATE"]
        assert len(births) == 1
        dt.date.fromisoformat(births[0])


@pytest.mark.parametrize("language", ["en", "zh"])
def test_no_gold_age_under_90(language: str, notes: dict[str, list[SynthNote]]) -> None:
    ages = [int(s.value) for n in notes[language] for s in n.spans if s.kind == "AGE"]
    assert ages, "some ages of 90+ must be gold"
    assert min(ages) >= 90
    # Younger ages are present in the same positions but are not gold.
    templated = [n for n in notes[language] if "<<AGE:age>>" in TEMPLATES[language][n.template]]
    assert any(not any(s.kind == "AGE" for s in n.spans) for n in templated)


def test_mbis_valid(notes: dict[str, list[SynthNote]]) -> None:
    with_mbi = [n for n in notes["en"] if "<<ID:mbi>>" in EN_BLIND_TEMPLATES[n.template]]
    assert with_mbi
    for note in with_mbi:
        assert any(mbi_is_valid(s.value) for s in note.spans if s.kind == "ID"), note.note_id
    rng = random.Random(7)
    for _ in range(2000):
        value = _mbi(rng)
        assert mbi_is_valid(value), value
        assert not set(value) & set("SLOIBZ")


@pytest.mark.parametrize(
    "bad", ["0EG4TE5MK73", "1SG4TE5MK73", "1EG4TE5MK7", "1EGATE5MK73", "1EG4TE5MZ73", "1EG4-1E5-MK73"]
)
def test_mbi_validator_rejects(bad: str) -> None:
    assert not mbi_is_valid(bad)


def test_resident_ids_valid(notes: dict[str, list[SynthNote]]) -> None:
    pattern = re.compile(r"\d{17}[\dX]")
    checked = 0
    for note in notes["zh"]:
        ids = [k.value for k in note.known if k.kind == "ID" and pattern.fullmatch(k.value)]
        assert len(ids) == 1, note.note_id
        ids += [s.value for s in note.spans if s.kind == "ID" and pattern.fullmatch(s.value)]
        for value in ids:
            assert resident_id_is_valid(value), note.note_id
            checked += 1
    assert checked > COUNT
    good = notes["zh"][0].known[3].value
    assert resident_id_is_valid(good)
    wrong = "0" if good[-1] != "0" else "1"
    assert not resident_id_is_valid(good[:-1] + wrong)


def test_provider_numbers_valid() -> None:
    rng = random.Random(11)
    for _ in range(500):
        npi = _npi(rng)
        assert len(npi) == 10 and _luhn_ok("80840" + npi)
        dea = _dea(rng, "Okafor")
        d = [int(c) for c in dea[2:]]
        assert dea[1] == "O" and (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def test_kind_coverage(notes: dict[str, list[SynthNote]]) -> None:
    for language in ("en", "zh"):
        kinds = {s.kind for n in notes[language] for s in n.spans}
        assert kinds == set(GOLD_KINDS), language


def test_unknown_language() -> None:
    with pytest.raises(ValueError, match="unknown language"):
        generate_blind("fr", 1)
