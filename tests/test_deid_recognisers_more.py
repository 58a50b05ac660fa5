"""Recognisers added from the blind sets' misses: census name pairs, lone given names, sign-offs and
initials, international and national phone forms, date stamps, registration numbers, and their Chinese
counterparts. Every fixture here is written for this file (none is copied from a blind set), and each
case says both what must be found and what must be left alone."""

from __future__ import annotations

import pytest

from integration.deid.gazetteer import census_names
from integration.deid.model import kind_for_entity
from tests.deid_support import covered, lite


def _found(text: str, language: str) -> dict[str, set[str]]:
    """Detected substrings per placeholder kind."""
    out: dict[str, set[str]] = {}
    for result in lite().analyze(text=text, language=language):
        out.setdefault(kind_for_entity(result.entity_type), set()).add(text[result.start : result.end])
    return out


def test_census_lists_load_offline_and_skip_everyday_words() -> None:
    given, surnames = census_names()
    assert len(given) > 5000 and len(surnames) > 88000
    assert {"MARGARET", "DOLORES"} <= given and {"OKAFOR", "GALLAGHER"} & surnames
    assert "HOSPITAL" not in surnames and "WILL" not in surnames


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Discussed the plan; Margaret Gallagher agreed to the change.", "Margaret Gallagher"),
        ("Roster: Gallagher, Margaret; Byrne, Thomas", "Gallagher, Margaret"),
        ("Copy to Margaret T. Gallagher at the practice.", "Margaret T. Gallagher"),
        ("PATIENT LIST  MARGARET GALLAGHER  bed 4", "MARGARET GALLAGHER"),
        ("She asked for Dolores twice overnight.", "Dolores"),
    ],
)
def test_names_without_a_role_around_them(text: str, name: str) -> None:
    assert covered(text, name, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Will continue apixaban; Grace period for the copay ends soon.",
        "Hope for discharge tomorrow if the Foley is out.",
        "Bell palsy on the left, improving. May Measurement Month clinic.",
    ],
)
def test_everyday_words_that_are_also_names_are_left_alone(text: str) -> None:
    assert "PERSON" not in _found(text, "en")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Fluids reviewed, plan unchanged. -KT", "KT"),
        ("Reassured and settled. -- Orla", "Orla"),
        ("Insulin checked: witness P.D. / RN on duty", "P.D."),
        ("Co-signed by: MRW", "MRW"),
        ("Legend: JBK = Joan Kavanagh, RN", "JBK"),
        ("Night: Fionnuala (nephew) stayed at the bedside.", "Fionnuala"),
        ("Consultants: Ravindra Pillai (Nephrology), hepatology", "Ravindra Pillai"),
        ("Routed to Okafor and Brennan (NP) for review.", "Brennan"),
        ("Ordering: Keane, Aoife  Indication: cough", "Keane, Aoife"),
        ("Supervisor: Zoë Ní Bhriain", "Zoë Ní Bhriain"),
        ("(RT, DOB 3/4/1941) seen in clinic", "RT"),
        ("JM is a 77 yo woman with COPD.", "JM"),
    ],
)
def test_sign_offs_initials_and_bracketed_roles(text: str, value: str) -> None:
    assert covered(text, value, "en")


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Daughter on 0412 555 019 after 5 pm.", "0412 555 019"),
        ("Practice (03) 9555 0142 ext. 214 for results.", "(03) 9555 0142 ext. 214"),
        ("Mobile +44 (0)7700 900123 preferred.", "+44 (0)7700 900123"),
        ("Brother in Cork: +353 21 555 0188.", "+353 21 555 0188"),
        ("Registrar on pager 4471 tonight.", "4471"),
        ("Irish landline (065) 682 41 for the pharmacy.", "(065) 682 41"),
    ],
)
def test_phone_forms_beyond_north_america(text: str, phone: str) -> None:
    assert covered(text, phone, "en")


@pytest.mark.parametrize(
    "text",
    ["Na 138, K 4.1, Hb 10.2, BP 132/78, dose 0.5 mg, pager policy 2.1", "Seen 01.02.2023 10 mg given"],
)
def test_lab_values_and_dates_are_not_phones(text: str) -> None:
    assert "PHONE" not in _found(text, "en")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Fell at home on Monday 3 March 2025 and again later.", "Monday 3 March 2025"),
        ("Parcel due 14Mar2025 by courier.", "14Mar2025"),
        ("Blister packs from 3-Jan-25 onwards.", "3-Jan-25"),
        ("DOB 23-11-1948 confirmed at the desk.", "23-11-1948"),
        ("Vaccine | 12.06.2019 | batch AB12", "12.06.2019"),
        ("Dressing next due 9th Feb.", "9th Feb"),
        ("Sent: 11:42 03-27-2025 ok.", "11:42 03-27-2025"),
        ("e-signed 6/14 7:45pm", "6/14 7:45pm"),
        ("Off school until Thursday 19th.", "Thursday 19th"),
    ],
)
def test_date_stamps(text: str, date: str) -> None:
    assert covered(text, date, "en")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Registered with IMC No. 123987 since 2010.", "123987"),
        ("Claim member 40017733*02, group 77120.", "40017733*02"),
        ("Pharmacy profile (Rx 4471234, 5523411-04): metformin", "5523411-04"),
        ("Still drives (his car KD19 XPT) daily.", "KD19 XPT"),
        ("MRN: RX 4471203    DOB unknown", "RX 4471203"),
    ],
)
def test_registration_and_claim_numbers(text: str, value: str) -> None:
    assert covered(text, value, "en")


def test_lab_acronyms_before_numbers_are_not_identifiers() -> None:
    found = _found("WBC 11200, PLT 245000, LDH 1250 and CK 2300 on admission.", "en")
    assert "ID" not in found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("涉外登记 英文名：Aoife Brennan，中文名李安。", "Aoife Brennan"),
        ("患儿小名“乐乐”，今日体温正常。", "乐乐"),
        ("检验科欧阳敏电话报告血钾2.9。", "欧阳敏"),
        ("医师：许芳、潘静宜、訾明", "潘静宜"),
        ("陪护为其女儿（陳黃麗華，手机13912340000）。", "陳黃麗華"),
        ("找么医生复诊。", "么"),
    ],
)
def test_chinese_names_in_more_forms(text: str, value: str) -> None:
    assert covered(text, value, "zh")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("身份证：3301**********1234 已核对。", "3301**********1234"),
        ("订单号：2024111512345678    服务时间", "2024111512345678"),
        ("报案号：PA12345678901，保单号：12", "PA12345678901"),
        ("床号：+6  科室：消化内科", "+6"),
        ("客服热线：95511 报告已发送", "95511"),
        ("护士长（联系电话（0512）6552211分机318）", "（0512）6552211分机318"),
        ("联系人王芳，62581234转56）", "62581234转56"),
        ("境外电话：+34 612 345 678", "+34 612 345 678"),
    ],
)
def test_chinese_identifiers_and_phones(text: str, value: str) -> None:
    assert covered(text, value, "zh")


def test_chinese_doses_and_amounts_are_not_phones() -> None:
    found = _found("统筹支付12,480.00元，予头孢曲松2g ivgtt qd，尿酸512μmol/L。", "zh")
    assert "PHONE" not in found and "ID" not in found
