"""The synthetic clinical PHI generator (integration.deid.synth) and the scorer of benchmarks/deid_eval.py."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from types import ModuleType

import pytest

from integration.deid import DeidSession, build_analyzer, resident_id_is_valid
from integration.deid.synth import (
    EN_HELDOUT_TEMPLATES,
    EN_TUNING_TEMPLATES,
    GOLD_KINDS,
    HELDOUT_SEED,
    TUNING_SEED,
    ZH_HELDOUT_TEMPLATES,
    ZH_TUNING_TEMPLATES,
    GoldSpan,
    cn_resident_id,
    generate,
    render,
)
from tests.conftest import unavailable

ROOT = Path(__file__).resolve().parents[1]
SETS = [(split, lang) for split in ("tuning", "heldout") for lang in ("en", "zh")]


def _load_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("deid_eval", ROOT / "benchmarks" / "deid_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["deid_eval"] = module  # dataclasses look the module up while building the classes
    spec.loader.exec_module(module)
    return module


deid_eval = _load_eval()


@pytest.mark.parametrize(("split", "language"), SETS)
def test_generation_is_deterministic(split: str, language: str) -> None:
    assert generate(split, language, 30) == generate(split, language, 30)


@pytest.mark.parametrize(("split", "language"), SETS)
def test_gold_spans_are_exact_and_disjoint(split: str, language: str) -> None:
    notes = generate(split, language, 200)
    templates = {n.template for n in notes}
    assert len(templates) >= 8  # every template of the split is used
    for note in notes:
        assert note.language == language and note.split == split
        previous_end = 0
        for span in note.spans:
            assert note.text[span.start : span.end] == span.value
            assert span.kind in GOLD_KINDS
            assert span.value.strip() == span.value and span.value
            assert span.start >= previous_end
            previous_end = span.end
        assert note.known, "every note carries the record's structured identifiers"
        for known in note.known:
            if known.kind == "ID" and len(known.value) == 18 and known.value[:17].isdigit():
                assert resident_id_is_valid(known.value)


def test_resident_ids_have_valid_check_digits() -> None:
    import datetime as dt

    rng = random.Random(7)
    ids = [cn_resident_id(rng, dt.date(1930, 1, 1) + dt.timedelta(days=i * 97)) for i in range(300)]
    assert all(resident_id_is_valid(value) for value in ids)
    assert any(value.endswith("X") for value in ids)


def test_sets_are_large_enough_and_cover_many_templates() -> None:
    assert len(EN_TUNING_TEMPLATES) + len(EN_HELDOUT_TEMPLATES) >= 15
    assert len(ZH_TUNING_TEMPLATES) + len(ZH_HELDOUT_TEMPLATES) >= 15
    assert len(generate("heldout", "zh", 500)) == 500


def test_tuning_and_heldout_are_disjoint() -> None:
    assert len({TUNING_SEED, HELDOUT_SEED}) == 2
    assert not set(EN_TUNING_TEMPLATES) & set(EN_HELDOUT_TEMPLATES)
    assert not set(ZH_TUNING_TEMPLATES) & set(ZH_HELDOUT_TEMPLATES)
    assert not set(EN_TUNING_TEMPLATES.values()) & set(EN_HELDOUT_TEMPLATES.values())
    assert not set(ZH_TUNING_TEMPLATES.values()) & set(ZH_HELDOUT_TEMPLATES.values())
    for language in ("en", "zh"):
        tuning = generate("tuning", language, 100)
        heldout = generate("heldout", language, 100)
        assert not {n.template for n in tuning} & {n.template for n in heldout}
        assert not {n.text for n in tuning} & {n.text for n in heldout}


def test_render_marks_only_ages_of_90_and_over() -> None:
    template = "<<PERSON:name>> is {dose} and <<AGE:age>> years old."
    text, spans = render(template, {"name": "Ann Bee", "dose": "5 mg", "age": "89"})
    assert text == "Ann Bee is 5 mg and 89 years old."
    assert spans == (GoldSpan("PERSON", 0, 7, "Ann Bee"),)
    text, spans = render(template, {"name": "Ann Bee", "dose": "5 mg", "age": "92"})
    assert spans[-1] == GoldSpan("AGE", 20, 22, "92")


def test_scorer_on_a_hand_made_example() -> None:
    Span = deid_eval.Span
    #       0         1         2         3         4
    #       0123456789012345678901234567890123456789012345
    text = "Ann Bee, MRN 12345, call 555-0100, K 3.1 today"
    gold = [Span("PERSON", 0, 7), Span("ID", 13, 18), Span("PHONE", 25, 33)]
    detected = [
        Span("PERSON", 0, 3),  # covers "Ann" only: PERSON partial
        Span("ID", 13, 18),  # exact: found
        Span("ID", 35, 40),  # "K 3.1": a false positive
    ]
    tally = deid_eval.Tally()
    tally.add(text, gold, detected)
    rows = {r["kind"]: r for r in tally.rows()}
    assert (rows["PERSON"]["found"], rows["PERSON"]["partial"], rows["PERSON"]["missed"]) == (0, 1, 0)
    assert (rows["ID"]["found"], rows["ID"]["detected"], rows["ID"]["correct"]) == (1, 2, 1)
    assert (rows["PHONE"]["found"], rows["PHONE"]["missed"]) == (0, 1)
    overall = rows["ALL"]
    assert overall["recall"] == pytest.approx(1 / 3)
    assert overall["precision"] == pytest.approx(2 / 3)
    p, r = 2 / 3, 1 / 3
    assert overall["f2"] == pytest.approx(5 * p * r / (4 * p + r))
    # Two detections that together cover every alphanumeric character find the span; the
    # punctuation between them may stay uncovered.
    tally = deid_eval.Tally()
    tally.add("x 555-0100 y", [Span("PHONE", 2, 10)], [Span("PHONE", 2, 5), Span("PHONE", 6, 10)])
    assert tally.rows()[-1]["recall"] == 1.0
    # A detection on an out-of-scope span (a title, say) is neither correct nor false.
    tally = deid_eval.Tally()
    tally.add("Dr Ann", [Span("PERSON", 3, 6)], [Span("PERSON", 0, 2)], [Span("TITLE", 0, 2)])
    assert tally.rows()[-1]["detected"] == 0


def test_f2_edge_cases() -> None:
    assert deid_eval.f2(None, 1.0) is None
    assert deid_eval.f2(0.0, 0.0) == 0.0
    assert deid_eval.f2(1.0, 1.0) == pytest.approx(1.0)


def test_small_evaluation_run_end_to_end() -> None:
    analyzer = build_analyzer("lite")
    cases = deid_eval.synth_cases("tuning", "en", 18)
    with_known = deid_eval.run(analyzer, cases, with_known=True).tally.rows()[-1]
    without = deid_eval.run(analyzer, cases, with_known=False).tally.rows()[-1]
    assert with_known["gold"] == without["gold"] == sum(len(c.gold) for c in cases)
    assert 0 < without["recall"] <= with_known["recall"] <= 1
    assert 0 < with_known["precision"] <= 1


def test_presidio_mapping_reads_the_public_set_in_place(corpus: Path) -> None:
    if not deid_eval.PRESIDIO_SET.is_file():
        unavailable(f"{deid_eval.PRESIDIO_SET} is missing from the shared corpus")
    cases = deid_eval.presidio_cases(deid_eval.PRESIDIO_SET, 50)
    assert len(cases) == 50
    for case in cases:
        for span in case.gold:
            assert span.kind in GOLD_KINDS
            assert 0 <= span.start < span.end <= len(case.text)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_heldout_values_the_record_names_are_all_found(language: str) -> None:
    """Only the spans whose value the record itself lists (name parts, record number, phone, ...).

    This is NOT the overall held-out recall for PERSON/ID/PHONE (relatives, clinicians, plates and
    insurance numbers are not in the record); that one is below 0.99 with ``lite`` and is reported
    by benchmarks/deid_eval.py, not asserted.
    """
    analyzer = build_analyzer("lite")
    total = found = 0
    for note in generate("heldout", language, 60):
        values = {k.value.casefold() for k in note.known}
        session = DeidSession(analyzer, note.known)
        session.text(note.text, language)
        covered = bytearray(len(note.text))
        for finding in session.findings:
            covered[finding.start : finding.end] = b"\x01" * (finding.end - finding.start)
        for span in note.spans:
            if span.value.casefold() in values:
                total += 1
                found += all(covered[i] for i in range(span.start, span.end) if note.text[i].isalnum())
    assert total > 60
    assert found == total
