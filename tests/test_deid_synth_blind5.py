"""Sanity checks for the blind5 synthetic evaluation set (structure only, never recogniser output)."""

from __future__ import annotations

import functools
import re

import pytest

from integration.deid.synth import GOLD_KINDS, SynthNote
from integration.deid.synth_blind5 import (
    BLIND5_SEED,
    EN_BLIND5_TEMPLATES,
    ZH_BLIND5_TEMPLATES,
    blind5_age_of,
    generate_blind5,
)

_LANGUAGES = ("en", "zh")
_TEMPLATES = {"en": EN_BLIND5_TEMPLATES, "zh": ZH_BLIND5_TEMPLATES}
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_RESIDENT_ID = re.compile(r"\d{17}[\dXx]")


@functools.cache
def _notes(language: str) -> tuple[SynthNote, ...]:
    return tuple(generate_blind5(language))


def _valid_resident_id(value: str) -> bool:
    total = sum(int(c) * w for c, w in zip(value[:17], _WEIGHTS, strict=True))
    return "10X98765432"[total % 11] == value[17].upper()


def test_seed_is_an_int() -> None:
    assert isinstance(BLIND5_SEED, int)


@pytest.mark.parametrize("language", _LANGUAGES)
def test_template_count(language: str) -> None:
    assert len(_TEMPLATES[language]) >= 18


@pytest.mark.parametrize("language", _LANGUAGES)
def test_deterministic(language: str) -> None:
    again = generate_blind5(language, 40)
    assert again == list(_notes(language)[:40])
    assert again == generate_blind5(language, 40)


def test_unknown_language_rejected() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        generate_blind5("fr", 1)


@pytest.mark.parametrize("language", _LANGUAGES)
def test_count_ids_and_split(language: str) -> None:
    notes = _notes(language)
    assert len(notes) >= 500
    assert notes[0].note_id == f"blind5-{language}-0001"
    assert notes[-1].note_id == f"blind5-{language}-{len(notes):04d}"
    assert len({n.note_id for n in notes}) == len(notes)
    assert all(n.split == "blind5" and n.language == language for n in notes)


@pytest.mark.parametrize("language", _LANGUAGES)
def test_templates_round_robin_in_sorted_order(language: str) -> None:
    names = sorted(_TEMPLATES[language])
    notes = _notes(language)
    assert [n.template for n in notes[: len(names)]] == names
    assert {n.template for n in notes} == set(_TEMPLATES[language])


@pytest.mark.parametrize("language", _LANGUAGES)
def test_gold_spans_match_text(language: str) -> None:
    for note in _notes(language):
        assert note.spans, note.note_id
        for span in note.spans:
            assert span.kind in GOLD_KINDS
            assert span.value, note.note_id
            assert span.value == span.value.strip(), note.note_id
            assert note.text[span.start : span.end] == span.value, note.note_id
        starts = [s.start for s in note.spans]
        assert starts == sorted(starts)
        ends = [s.end for s in note.spans]
        assert all(e <= s for e, s in zip(ends, starts[1:], strict=False)), note.note_id


@pytest.mark.parametrize("language", _LANGUAGES)
def test_every_kind_present(language: str) -> None:
    kinds = {s.kind for n in _notes(language) for s in n.spans}
    assert kinds == set(GOLD_KINDS)


@pytest.mark.parametrize("language", _LANGUAGES)
def test_no_gold_age_under_90(language: str) -> None:
    ages = [blind5_age_of(s.value) for n in _notes(language) for s in n.spans if s.kind == "AGE"]
    assert ages, "the set should contain some ages of 90 or more"
    assert min(ages) >= 90


def test_age_reader() -> None:
    assert blind5_age_of("93") == 93
    assert blind5_age_of("ninety-seven") == 97
    assert blind5_age_of("one hundred and two") == 102
    assert blind5_age_of("a hundred") == 100
    assert blind5_age_of("九十三") == 93
    assert blind5_age_of("一百零二") == 102
    assert blind5_age_of("一百一十") == 110


@pytest.mark.parametrize("language", _LANGUAGES)
def test_known_values_non_empty(language: str) -> None:
    for note in _notes(language):
        assert note.known
        assert all(k.value.strip() for k in note.known), note.note_id
        kinds = {k.kind for k in note.known}
        assert {"PERSON", "ID", "PHONE", "ADDRESS", "DATE", "EMAIL"} <= kinds
        birth = [k.value for k in note.known if k.kind == "DATE"]
        assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", b) for b in birth), note.note_id


@pytest.mark.parametrize("language", _LANGUAGES)
def test_text_mixes_known_and_unlisted_phi(language: str) -> None:
    exact = unlisted = 0
    for note in _notes(language):
        known = {k.value for k in note.known}
        for span in note.spans:
            if span.value in known:
                exact += 1
            elif span.kind in ("PERSON", "PHONE", "ID"):
                unlisted += 1
    assert exact >= 500
    assert unlisted > 3 * exact


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
