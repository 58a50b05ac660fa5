"""The second blind evaluation set (``integration.deid.synth_blind2``): structure only.

These tests check that the set is well formed (exact offsets, valid check digits, the gold rules);
they deliberately say nothing about how the recognisers score on it.
"""

from __future__ import annotations

import re

import pytest

from integration.deid.model import KINDS
from integration.deid.synth import GOLD_KINDS, SynthNote
from integration.deid.synth_blind2 import (
    BLIND2_SEED,
    EN_BLIND2_TEMPLATES,
    MBI_PATTERN,
    SPLIT,
    ZH_BLIND2_TEMPLATES,
    age_number,
    dea_valid,
    generate_blind2,
    npi_valid,
    render_blind2,
    resident_id_valid,
)

LANGUAGES = ("en", "zh")
TEMPLATES = {"en": EN_BLIND2_TEMPLATES, "zh": ZH_BLIND2_TEMPLATES}
_NOTES: dict[str, list[SynthNote]] = {}


def notes_for(language: str) -> list[SynthNote]:
    if language not in _NOTES:
        _NOTES[language] = generate_blind2(language)
    return _NOTES[language]


def labelled_ids(notes: list[SynthNote], label: re.Pattern[str]) -> list[str]:
    """Gold ID values whose preceding 30 characters match ``label``."""
    return [
        span.value
        for note in notes
        for span in note.spans
        if span.kind == "ID" and label.search(note.text[max(0, span.start - 30) : span.start])
    ]


def test_seed_is_its_own() -> None:
    assert isinstance(BLIND2_SEED, int)
    assert SPLIT == "blind2"


@pytest.mark.parametrize("language", LANGUAGES)
def test_at_least_sixteen_templates_and_every_one_used(language: str) -> None:
    notes = notes_for(language)
    assert len(TEMPLATES[language]) >= 16
    assert {note.template for note in notes} == set(TEMPLATES[language])


@pytest.mark.parametrize("language", LANGUAGES)
def test_five_hundred_notes_with_ids_and_split(language: str) -> None:
    notes = notes_for(language)
    assert len(notes) >= 500
    assert notes[0].note_id == f"blind2-{language}-0001"
    assert len({note.note_id for note in notes}) == len(notes)
    assert all(note.split == "blind2" and note.language == language for note in notes)


@pytest.mark.parametrize("language", LANGUAGES)
def test_deterministic(language: str) -> None:
    first = generate_blind2(language, 40)
    assert first == generate_blind2(language, 40)
    assert first == notes_for(language)[:40]


@pytest.mark.parametrize("language", LANGUAGES)
def test_gold_spans_are_exact_ordered_and_disjoint(language: str) -> None:
    for note in notes_for(language):
        assert note.spans, note.note_id
        previous_end = 0
        for span in note.spans:
            assert span.kind in GOLD_KINDS
            assert span.value
            assert note.text[span.start : span.end] == span.value
            assert span.value == span.value.strip()
            assert span.start >= previous_end
            previous_end = span.end


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_gold_kind_occurs(language: str) -> None:
    kinds = {span.kind for note in notes_for(language) for span in note.spans}
    assert kinds == set(GOLD_KINDS)


@pytest.mark.parametrize("language", LANGUAGES)
def test_known_identifiers_are_filled(language: str) -> None:
    for note in notes_for(language):
        kinds = {known.kind for known in note.known}
        assert {"PERSON", "ID", "PHONE", "ADDRESS", "DATE", "EMAIL"} <= kinds
        assert all(known.kind in KINDS and known.value.strip() for known in note.known)
        birth = [known.value for known in note.known if known.kind == "DATE"]
        assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) for value in birth)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_gold_age_under_ninety(language: str) -> None:
    ages = [span.value for note in notes_for(language) for span in note.spans if span.kind == "AGE"]
    assert ages
    assert all(age_number(value) >= 90 for value in ages)


def test_young_ages_are_rendered_but_not_gold() -> None:
    text, spans = render_blind2(
        "<<AGE:a>> y/o, <<AGE:b>>岁, <<AGE:c>>-year-old", {"a": "89", "b": "九十一", "c": "ninety"}
    )
    assert text == "89 y/o, 九十一岁, ninety-year-old"
    assert [span.value for span in spans] == ["九十一", "ninety"]


def test_medicare_mbis_follow_the_cms_format() -> None:
    mbis = labelled_ids(notes_for("en"), re.compile(r"MBI:? $"))
    assert len(mbis) >= 20
    for value in mbis:
        assert MBI_PATTERN.fullmatch(value), value
        raw = value.replace("-", "")
        assert len(raw) == 11
        assert not set(raw) & set("SLOIBZ")


def test_npi_and_dea_check_digits() -> None:
    notes = notes_for("en")
    npis = labelled_ids(notes, re.compile(r"NPI $"))
    deas = labelled_ids(notes, re.compile(r"DEA $"))
    assert npis
    assert deas
    assert all(npi_valid(value) for value in npis)
    assert all(dea_valid(value) for value in deas)


def test_resident_ids_have_valid_check_digits() -> None:
    notes = notes_for("zh")
    in_text = [
        span.value
        for note in notes
        for span in note.spans
        if span.kind == "ID" and re.fullmatch(r"\d{17}[\dX]", span.value)
    ]
    in_record = [known.value for note in notes for known in note.known if re.fullmatch(r"\d{17}[\dX]", known.value)]
    assert len(in_text) >= 50
    assert len(in_record) == len(notes)
    assert all(resident_id_valid(value) for value in in_text + in_record)


def test_titles_are_outside_person_spans() -> None:
    for note in notes_for("en") + notes_for("zh"):
        for span in note.spans:
            if span.kind == "PERSON":
                assert not re.match(r"(Dr|Mr|Mrs|Ms|Miss|Pastor)\b", span.value), span.value
                assert not span.value.endswith(("医生", "主任", "女士", "先生", "护士", "老师", "阿姨")), span.value
                assert not span.value.startswith("老"), span.value  # 小 may begin a given name (小红)
