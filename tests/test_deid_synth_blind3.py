"""Sanity checks for the blind3 synthetic evaluation set (structure only, never recogniser output)."""

from __future__ import annotations

import functools
import re

import pytest

from integration.deid.synth import GOLD_KINDS, SynthNote
from integration.deid.synth_blind3 import (
    BLIND3_SEED,
    EN_BLIND3_TEMPLATES,
    ZH_BLIND3_TEMPLATES,
    generate_blind3,
)

_LANGUAGES = ("en", "zh")
_TEMPLATES = {"en": EN_BLIND3_TEMPLATES, "zh": ZH_BLIND3_TEMPLATES}
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_RESIDENT_ID = re.compile(r"\d{17}[\dX]")


@functools.cache
def _notes(language: str) -> tuple[SynthNote, ...]:
    return tuple(generate_blind3(language))


def _valid_resident_id(value: str) -> bool:
    total = sum(int(c) * w for c, w in zip(value[:17], _WEIGHTS, strict=True))
    return "10X98765432"[total % 11] == value[17]


def test_seed_is_an_int() -> None:
    assert isinstance(BLIND3_SEED, int)


@pytest.mark.parametrize("language", _LANGUAGES)
def test_template_count(language: str) -> None:
    assert len(_TEMPLATES[language]) >= 16


@pytest.mark.parametrize("language", _LANGUAGES)
def test_deterministic(language: str) -> None:
    again = generate_blind3(language, 40)
    assert again == list(_notes(language)[:40])
    assert again == generate_blind3(language, 40)


@pytest.mark.parametrize("language", _LANGUAGES)
def test_count_ids_and_split(language: str) -> None:
    notes = _notes(language)
    assert len(notes) >= 500
    assert notes[0].note_id == f"blind3-{language}-0001"
    assert len({n.note_id for n in notes}) == len(notes)
    assert all(n.split == "blind3" and n.language == language for n in notes)


@pytest.mark.parametrize("language", _LANGUAGES)
def test_every_template_used(language: str) -> None:
    assert {n.template for n in _notes(language)} == set(_TEMPLATES[language])


@pytest.mark.parametrize("language", _LANGUAGES)
def test_gold_spans_match_text(language: str) -> None:
    for note in _notes(language):
        assert note.spans, note.note_id
        for span in note.spans:
            assert span.kind in GOLD_KINDS
            assert span.value, note.note_id
            assert note.text[span.start : span.end] == span.value, note.note_id
        starts = [s.start for s in note.spans]
        assert starts == sorted(starts)


@pytest.mark.parametrize("language", _LANGUAGES)
def test_no_gold_age_under_90(language: str) -> None:
    ages = [int(s.value) for n in _notes(language) for s in n.spans if s.kind == "AGE"]
    assert ages, "the set should contain some ages of 90 or more"
    assert min(ages) >= 90


@pytest.mark.parametrize("language", _LANGUAGES)
def test_known_values_non_empty(language: str) -> None:
    for note in _notes(language):
        assert note.known
        assert all(k.value.strip() for k in note.known), note.note_id
        kinds = {k.kind for k in note.known}
        assert {"PERSON", "ID", "PHONE", "ADDRESS", "DATE", "EMAIL"} <= kinds


def test_resident_ids_have_valid_check_digits() -> None:
    seen = 0
    for note in _notes("zh"):
        values = [k.value for k in note.known] + [s.value for s in note.spans if s.kind == "ID"]
        for value in values:
            if _RESIDENT_ID.fullmatch(value) and value[6:8] in {"18", "19", "20"}:
                assert _valid_resident_id(value), note.note_id
                seen += 1
    assert seen >= 500


def test_person_gold_excludes_titles() -> None:
    en_title = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Miss|Mx)\.?\s|,\s*(?:MD|RN|NP)$")
    zh_suffixes = ("女士", "先生", "医生", "主任", "护士", "大夫", "阿姨", "大爷", "药师")
    for language in _LANGUAGES:
        for note in _notes(language):
            for span in note.spans:
                if span.kind == "PERSON":
                    assert not en_title.search(span.value), note.note_id
                    assert not span.value.endswith(zh_suffixes), note.note_id
