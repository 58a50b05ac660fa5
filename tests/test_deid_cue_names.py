"""Names that only their context marks as names (issue 4, fifth round): UK grades and ward shorthand after
or before a name, action items, whose house, handovers, sign-offs on the last line, Irish particles; in
Chinese, relatives and nurses named by the given name alone, signers after a label, pet names in quotes.

Every fixture is written for this file (none comes from a blind set). Each rule has a case it must find
and clinical text it must leave alone. Profile ``lite`` (no NER), so the rules themselves are tested.
"""

from __future__ import annotations

import functools

import pytest
from presidio_analyzer import AnalyzerEngine

from integration.deid import build_analyzer


@functools.cache
def _lite() -> AnalyzerEngine:
    return build_analyzer("lite")


def _spans(text: str, language: str) -> list[tuple[int, int, str]]:
    return [(r.start, r.end, r.entity_type) for r in _lite().analyze(text=text, language=language)]


def _covered(text: str, value: str, language: str) -> bool:
    """Every alphanumeric character of ``value`` (first occurrence) lies inside some detection."""
    start = text.index(value)
    spans = _spans(text, language)
    return all(any(a <= i < b for a, b, _ in spans) for i in range(start, start + len(value)) if text[i].isalnum())


def _untouched(text: str, value: str, language: str) -> bool:
    start = text.index(value)
    return not any(a < start + len(value) and b > start for a, b, _ in _spans(text, language))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a letter that is not ASCII no longer ends a short word ("No" vetoed "Noémi")
        ("06:10 Daughter Noémi rang for an update.", "Noémi"),
        ("Seen with Hope, FY1, at the bedside.", "Hope"),
        ("Plan agreed. Grace Abernathy, Medical Reg", "Grace Abernathy"),
        ("Bernard Ó Ceallaigh, SpR, reviewed overnight.", "Bernard Ó Ceallaigh"),
        ("Chest drain by Mercy Tan (ST4) under US guidance.", "Mercy Tan"),
        ("Ward round with Dr Osei, Will (SHO) and Ruth (FY2).", "Ruth"),
        ("Escalated to the night reg Faith, who will attend.", "Faith"),
        ("Please ask my secretary Siobhan to rebook.", "Siobhan"),
        ("Placement advice from adviser Rowan on the ward.", "Rowan"),
        ("D/w SW Precious Dube re housing.", "Precious Dube"),
        ("Discussed with GP Summer Hale by phone.", "Summer Hale"),
        ("Handover given to NOK Lorcan Byrne at 14:00.", "Lorcan Byrne"),
        ("Calm overnight, calling out for 'Frank' at times.", "Frank"),
        ("OT Ivy covering for Dawn this week.", "Dawn"),
        ("Present: grandchildren Rose, Pearl and Jade Munro.", "Jade Munro"),
        ("Collateral from niece Hope (Hope Carrick) by phone.", "Hope Carrick"),
        ("Referred by Dr Aziz / Lily for review.", "Lily"),
        ("Keen to go home to Teddy's house on discharge.", "Teddy"),
        ("Actions: Hazel to send the CHC checklist.", "Hazel"),
        ("Bay 2 handover 19:30 - Poppy to Clement", "Poppy"),
        ("KT / Marsh PGY2", "KT"),
        ("GP letter from Dr Nair, S) enclosed.", "Nair, S"),
        ("NOK: sister Aoife Ní Bhriain, lives locally.", "Aoife Ní Bhriain"),
        ("Obs stable, for review in the morning.\n- JB", "JB"),
        ("Cardiac rehab booked for next month.\nHazel", "Hazel"),
        ("Many thanks for seeing her.\nThanks, Marigold", "Marigold"),
    ],
)
def test_english_name_is_found_by_its_context(text: str, value: str) -> None:
    assert _covered(text, value, "en"), f"{value!r} not covered in {text!r}"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Plan to review bloods in the morning.", "Plan"),
        ("Physio to see tomorrow for mobility.", "Physio"),
        ("Son to bring clothes and glasses.", "Son"),
        ("Obs stable overnight.\nNKDA", "NKDA"),
        ("Repeat U&E in the morning.\nNoted", "Noted"),
        ("Seen in the Cushing's clinic today.", "Cushing"),
        ("OT assessment booked; OT Referral sent.", "Referral"),
        ("Ward round done.\n- CXR", "CXR"),
    ],
)
def test_english_clinical_text_is_left_alone(text: str, value: str) -> None:
    assert _untouched(text, value, "en"), f"{value!r} was taken in {text!r}"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("随访未接通，改拨其女儿萍手机13912345678。", "萍"),
        ("家属电话（外甥女秋，电话已登记）同意手术。", "秋"),
        ("患者之子磊签署手术知情同意书。", "磊"),
        ("小孙女朵朵下午来看望。", "朵朵"),
        ("已交管床护士蕾并告知医生。", "蕾"),
        ("护士晴已完成宣教。", "晴"),
        ("上报人：俊（责任护士）", "俊"),
        ("双人核对：欧阳雪、宁静。", "欧阳雪"),
        ("双人核对：欧阳雪、宁静。", "宁静"),
        ("护士签名：吕方/杭雨", "杭雨"),
        ("营养师：詹平，电话8812。", "詹平"),
        ("记录：苗青", "苗青"),
        ("开单医生：栾医生（栾海涛），分机3301。", "栾海涛"),
        ("康复科上官飞治疗师指导训练。", "上官飞"),
        ("夜间患者呼喊“豆豆”（孙子小名）。", "豆豆"),
        ("夜间反复喊“阿强”，定向力差。", "阿强"),
        ("查房时孟老先生诉头晕。", "孟"),
        ("主任嘱主治柏林与家属沟通。", "柏林"),
        ("患者长婿祁东在场。", "祁东"),
    ],
)
def test_chinese_name_is_found_by_its_context(text: str, value: str) -> None:
    assert _covered(text, value, "zh"), f"{value!r} not covered in {text!r}"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("护士长已到场协助。", "护士长"),
        ("请拨打护士站电话。", "护士站"),
        ("女儿今日来院办理手续。", "今日"),
        ("家属商议后决定保守治疗。", "商议"),
        ("医生查房后调整用药。", "查房"),
        ("责任护士已告知注意事项。", "告知"),
        ("患者说“谢谢”，情绪平稳。", "谢谢"),
        ("开单医生：栾医生（栾海涛），分机3301。", "开单"),
        ("护士协助患者翻身。", "协助"),
    ],
)
def test_chinese_clinical_text_is_left_alone(text: str, value: str) -> None:
    assert _untouched(text, value, "zh"), f"{value!r} was taken in {text!r}"
