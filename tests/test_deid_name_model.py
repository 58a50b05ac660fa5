"""The learned name/identifier tagger (``integration.deid.name_model``) and its training script.

Fixtures are written here; none is taken from an evaluation set. The shipped models are checked for
what makes their figures honest (never trained on a held-out set, trained on today's features) and
for the name forms they exist for: a person named where no rule looks.
"""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import pytest

from integration.deid.analyzer import ALLOW_LIST
from integration.deid.blind_sets import HELD_OUT
from integration.deid.name_model import (
    FEATURES_VERSION,
    MODEL_FILES,
    ZH_COMPOUND_SURNAMES,
    NameModelRecognizer,
    en_features,
    label_tokens,
    manifest_path,
    model_path,
    tokenize,
    zh_features,
)
from integration.deid.synth import SynthNote, render
from integration.deid.table_names import column_headers
from integration.deid.train_name_model import DEFAULT_SETS, lowercase_names, main, substitute_zh_names, train
from tests.conftest import require_module


def _note(template: str, values: dict[str, str], language: str) -> SynthNote:
    text, spans = render(template, values)
    return SynthNote("t-1", "test", language, "t", text, tuple(spans), ())


def _recognizer(language: str, model_dir: Path | None = None) -> NameModelRecognizer:
    require_module("pycrfsuite", "python-crfsuite")
    recognizer = NameModelRecognizer(supported_language=language, allow=ALLOW_LIST, model_dir=model_dir)
    recognizer.load()
    return recognizer


def _found(recognizer: NameModelRecognizer, text: str, entity: str = "PERSON") -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text, ["PERSON", "ID"]) if r.entity_type == entity]


# ------------------------------------------------------------------------------------------------
# Tokens, labels, features
# ------------------------------------------------------------------------------------------------


def test_english_tokens_keep_offsets_and_words_with_apostrophes() -> None:
    text = "Seen by O'Neill, MRN A-1234.\nPlan: d/c"
    tokens = tokenize(text, "en")
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.text for t in tokens][:6] == ["Seen", "by", "O'Neill", ",", "MRN", "A"]


def test_chinese_tokens_are_characters_but_digit_and_latin_runs_stay_whole() -> None:
    text = "住院号ZY2034 王芳"
    assert [t.text for t in tokenize(text, "zh")] == ["住", "院", "号", "ZY", "2034", "王", "芳"]


def test_labels_follow_gold_spans_by_overlap() -> None:
    note = _note("Spoke to <<PERSON:a>> re MRN <<ID:b>> today", {"a": "Ana Lima", "b": "77-1234"}, "en")
    tokens = tokenize(note.text, "en")
    labelled = {t.text: label for t, label in zip(tokens, label_tokens(tokens, note.spans), strict=True)}
    assert labelled["Ana"] == labelled["Lima"] == "PER"
    assert labelled["77"] == labelled["1234"] == "ID"
    assert labelled["MRN"] == labelled["Spoke"] == "O"


def test_rare_english_words_are_seen_by_shape_never_by_spelling() -> None:
    # The evaluation sets draw names from Faker: a model that learnt their spellings would be scored
    # on its memory. A rare word's identity feature is its shape only.
    text = "Daughter Xiomara called"
    features = en_features(text, tokenize(text, "en"))
    assert "w=<rare:Xx>" in features[1]
    assert not any("xiomara" in f for feature in features for f in feature)
    assert "w=daughter" in features[0] and "1w=<rare:Xx>" in features[0]


def test_table_cells_carry_their_column_header() -> None:
    text = "bed,name,seen by\n4,Kim,AB\n"
    cells = column_headers(text)
    assert [(text[a:b], header) for a, b, header in cells] == [("4", "bed"), ("Kim", "name"), ("AB", "seen by")]
    tokens = tokenize(text, "en")
    features = en_features(text, tokens)
    ab = next(i for i, t in enumerate(tokens) if t.text == "AB")
    assert "hdr=seen by" in features[ab] and "hw=seen" in features[ab]
    zh_tab = "床号\t护工\n3\t桂兰\n"
    zh_tokens = tokenize(zh_tab, "zh")
    lan = next(i for i, t in enumerate(zh_tokens) if t.text == "桂")
    assert "hdr=护工" in zh_features(zh_tab, zh_tokens)[lan]


# ------------------------------------------------------------------------------------------------
# Training data: names replaced, forms kept
# ------------------------------------------------------------------------------------------------


def test_chinese_names_are_replaced_before_training_with_offsets_kept() -> None:
    note = _note(
        "患者<<PERSON:p>>，其女<<PERSON:d>>陪护，护工<<PERSON:c>>（小名<<PERSON:n>>）。床号<<ID:b>>",
        {"p": "欧阳秀琴", "d": "王芳", "c": "李桂兰", "n": "兰兰", "b": "12"},
        "zh",
    )
    changed = substitute_zh_names(note, random.Random(3))
    assert len(changed.text) == len(note.text)
    for before, after in zip(note.spans, changed.spans, strict=True):
        assert (after.kind, after.start, after.end) == (before.kind, before.start, before.end)
        assert changed.text[after.start : after.end] == after.value
    names = {s.value: c.value for s, c in zip(note.spans, changed.spans, strict=True) if s.kind == "PERSON"}
    assert all(names[old] != old for old in names)  # every name rewritten
    assert names["欧阳秀琴"][:2] in ZH_COMPOUND_SURNAMES  # a compound surname stays a compound surname
    assert names["兰兰"][0] == names["兰兰"][1]  # 叠字 stay doubled
    assert changed.text.replace(names["欧阳秀琴"], "").startswith("患者，其女")
    assert changed.text.endswith("床号12")  # identifiers untouched


def test_lowercase_names_keeps_offsets_and_marks_the_same_spans() -> None:
    note = _note("cc <<PERSON:a>> and <<PERSON:b>>", {"a": "Rachel Moss", "b": "Tom"}, "en")
    changed = lowercase_names(note, random.Random(0), share=1.0)
    assert changed.text == "cc rachel moss and tom"
    assert [changed.text[s.start : s.end] for s in changed.spans] == ["rachel moss", "tom"]


def test_training_refuses_a_held_out_set(tmp_path: Path) -> None:
    require_module("pycrfsuite", "python-crfsuite")
    with pytest.raises(ValueError, match="held-out"):
        train("en", ["tuning", HELD_OUT[0]], 2, tmp_path, progress=False)
    with pytest.raises(SystemExit):  # the command line says so and exits non-zero
        main(["--languages", "en", "--sets", HELD_OUT[-1], "--out", str(tmp_path)])
    assert not set(DEFAULT_SETS) & set(HELD_OUT)


def test_a_small_training_run_writes_a_model_and_manifest_that_load(tmp_path: Path) -> None:
    require_module("pycrfsuite", "python-crfsuite")
    for language in ("en", "zh"):
        path = train(language, ["tuning"], 12, tmp_path, iterations=20, progress=False)
        manifest = json.loads(manifest_path(language, tmp_path).read_text(encoding="utf-8"))
        assert manifest["sets"] == ["tuning"] and manifest["notes"] == 12
        assert manifest["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        recognizer = _recognizer(language, tmp_path)
        assert isinstance(recognizer.analyze("text", ["PERSON"]), list)


# ------------------------------------------------------------------------------------------------
# The shipped models
# ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", sorted(MODEL_FILES))
def test_shipped_model_is_trained_on_development_sets_only_with_todays_features(language: str) -> None:
    manifest = json.loads(manifest_path(language).read_text(encoding="utf-8"))
    assert not set(manifest["sets"]) & set(HELD_OUT), "a held-out set was trained on: its figures mean nothing"
    assert manifest["features_version"] == FEATURES_VERSION, "features changed: retrain (train_name_model)"
    assert manifest["sha256"] == hashlib.sha256(model_path(language).read_bytes()).hexdigest()
    assert manifest["notes"] >= 1000


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Long chat with Okonkwo about the scan results; he will come in on Friday.", "Okonkwo"),
        ("Handover given to Marisol at 19:00, all obs stable.", "Marisol"),
        ("Discussed with daughter Priyanka who agrees with the plan.", "Priyanka"),
        ("Message left for Siobhan to call back re results.", "Siobhan"),
        ("rang sister (lorraine) - no answer", "lorraine"),
        ("Pt walked to bathroom with Kwabena's help.", "Kwabena"),
    ],
)
def test_english_model_finds_a_person_no_rule_names(text: str, name: str) -> None:
    assert name in _found(_recognizer("en"), text)  # the name itself: no title, no possessive


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("下午护工翠萍协助翻身，皮肤完好。", "翠萍"),
        ("已电话告知其外孙女龚晓雯，今晚来院。", "龚晓雯"),
        ("志愿者阿梅今天来读报。", "阿梅"),
        ("由阚立新医生完成置管，过程顺利。", "阚立新"),
    ],
)
def test_chinese_model_finds_a_person_no_rule_names(text: str, name: str) -> None:
    assert name in _found(_recognizer("zh"), text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Started on Clexane 40 mg and Tazocin 4.5 g; known Crohn disease, Parkinson plus."),
        ("en", "Plan: repeat FBC, U&E and CRP in the morning. Continue Keppra. Bloods to lab."),
        ("en", "age 95, afebrile"),  # a rare lower-case word no census lists is vocabulary
        ("zh", "予阿托伐他汀钙片20mg口服，复查血常规、肝肾功能，继续观察。"),
        ("zh", "患者诉头晕乏力，查体：神清，双肺呼吸音清，心律齐。"),
    ],
)
def test_models_leave_clinical_text_alone(language: str, text: str) -> None:
    assert _found(_recognizer(language), text) == []


def test_model_spans_never_cross_a_line() -> None:
    text = "Nurse\nAdaeze Obi\nward round at 10"
    for result in _recognizer("en").analyze(text, ["PERSON", "ID"]):
        assert "\n" not in text[result.start : result.end]


def test_only_the_entities_asked_for_are_returned() -> None:
    recognizer = _recognizer("en")
    assert recognizer.analyze("   \n ", ["PERSON", "ID"]) == []
    text = "Discussed with daughter Priyanka, MRN 55-20931."
    assert {r.entity_type for r in recognizer.analyze(text, ["PERSON", "ID"])} == {"PERSON", "ID"}
    assert {r.entity_type for r in recognizer.analyze(text, ["ID"])} == {"ID"}
