"""Sanity checks for the blind4 synthetic evaluation set (structure only, never recogniser output)."""

from __future__ import annotations

import functools
import re

import pytest

from integration.deid.synth import GOLD_KINDS, SynthNote
from integration.deid.synth_blind4 import (
    BLIND4_SEED,
    EN_BLIND4_TEMPLATES,
    ZH_BLIND4_TEMPLATES,
    age_value,
    generate_blind4,
)

_LANGUAGES = ("en", "zh")
_TEMPLATES = {"en": EN_BLIND4_TEMPLATES, "zh": ZH_BLIND4_TEMPLATES}
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_RESIDENT_ID = re.compile(r"\d{17}[\dX]")
_LEFTOVER_MARK = re.compile(r"<<[A-Z]+:[a-z0-9_]+>>|\{[a-z0-9_]+\}")


@functools.cache
def _notes(language: str) -> tuple[SynthNote, ...]:
    return tuple(generate_blind4(language))


def _valid_resident_id(value: str) -> bool:
    total = sum(int(c) * w for c, w in zip(value[:17], _WEIGHTS, strict=True))
    return "10X98765432"[total % 11] == value[17]


def test_seed_is_an_int() -> None:
    assert isinstance(BLIND4_SEED, int)
    assert 10_000_000 <= BLIND4_SEED <= 99_999_999


@pytest.mark.parametrize("language", _LANGUAGES)
def test_template_count(language: str) -> None:
    assert len(_TEMPLATES[language]) >= 18


def test_unknown_language_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown language"):
        generate_blind4("fr", 1)


@pytest.mark.parametrize("language", _LANGUAGES)
def test_deterministic(language: str) -> None:
    again = generate_blind4(language, 40)
    assert again == list(_notes(language)[:40])
    assert again == generate_blind4(language, 40)


@pytest.mark.parametrize("language", _LANGUAGES)
def test_count_ids_and_split(language: str) -> None:
    notes = _notes(language)
    assert len(notes) >= 500
    assert notes[0].note_id == f"blind4-{language}-0001"
    assert notes[-1].note_id == f"blind4-{language}-{len(notes):04d}"
    assert len({n.note_id for n in notes}) == len(notes)
    assert all(n.split == "blind4" and n.language == language for n in notes)


@pytest.mark.parametrize("language", _LANGUAGES)
def test_every_template_used(language: str) -> None:
    assert {n.template for n in _notes(language)} == set(_TEMPLATES[language])


@pytest.mark.parametrize("language", _LANGUAGES)
def test_templates_round_robin_in_sorted_order(language: str) -> None:
    names = sorted(_TEMPLATES[language])
    for index, note in enumerate(_notes(language)[: 2 * len(names)]):
        assert note.template == names[index % len(names)]


@pytest.mark.parametrize("language", _LANGUAGES)
def test_gold_spans_match_text(language: str) -> None:
    for note in _notes(language):
        assert note.spans, note.note_id
        assert not _LEFTOVER_MARK.search(note.text), note.note_id
        for span in note.spans:
            assert span.kind in GOLD_KINDS
            assert span.value, note.note_id
            assert note.text[span.start : span.end] == span.value, note.note_id
        starts = [s.start for s in note.spans]
        assert starts == sorted(starts)


@pytest.mark.parametrize("language", _LANGUAGES)
def test_every_gold_kind_present(language: str) -> None:
    kinds = {s.kind for n in _notes(language) for s in n.spans}
    assert kinds == set(GOLD_KINDS)


@pytest.mark.parametrize("language", _LANGUAGES)
def test_no_gold_age_under_90(language: str) -> None:
    ages = [age_value(s.value) for n in _notes(language) for s in n.spans if s.kind == "AGE"]
    assert ages, "the set should contain some ages of 90 or more"
    assert min(ages) >= 90


def test_age_value_reads_words_and_numerals() -> None:
    assert age_value("93") == 93
    assert age_value("ninety-three") == 93
    assert age_value("九十三") == 93
    assert age_value("一百零二") == 102
    with pytest.raises(ValueError):
        age_value("very old")


@pytest.mark.parametrize("language", _LANGUAGES)
def test_known_values_non_empty(language: str) -> None:
    for note in _notes(language):
        assert note.known
        assert all(k.value.strip() for k in note.known), note.note_id
        kinds = {k.kind for k in note.known}
        assert {"PERSON", "ID", "PHONE", "ADDRESS", "DATE", "EMAIL"} <= kinds
        birth = [k.value for k in note.known if k.kind == "DATE"]
        assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) for value in birth), note.note_id


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
