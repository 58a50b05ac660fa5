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
        # second round (blind11 studied)
        ("[00:01:10] DR. OKONKWO: Any chest pain?", "OKONKWO"),
        ("Attending crew: ICP Tom Reyes (emp 4411) / AP Lia W. (emp 5512)", "Lia W."),
        ("Lives with her son; Aroha visits most days.", "Aroha"),
        ("Escorted by PC Dylan Marsh, collar 4471.", "Dylan Marsh"),
        ("cc: Ciarán Ó hUiginn, practice manager", "Ciarán Ó hUiginn"),
        ("HR contact: Siti binte Rahman, ext 22", "Siti binte Rahman"),
        ("Reviewed by Ana dela Paz, NP", "Ana dela Paz"),
        ("OHNP: Sr Elna van Wyk", "Elna van Wyk"),
        ("Night coordinator Moira x3317 if worried.", "Moira"),
        ("Message taken by: Bex (front desk)", "Bex"),
        ("From: Noor H., MA", "Noor H."),
        ("Follow-up booked with Opal on 3/4.", "Opal"),
        ("Ward list compiled by Tariq (bleep 2231)", "Tariq"),
        ("Sister Ines on 07700 900 312 wants an update", "Ines"),
        ("will come after 5\nthanks\nLeilani\nSent from my phone", "Leilani"),
        ("- Wendell\nRiverside Family Practice | (555) 201 3344", "Wendell"),
        ("referral dictated by dr kowhai\nthank you for seeing aroha who is", "aroha"),
        ("many thanks\ndr hill Riverside Practice", "hill"),
        ("his wife dawn will drive him", "dawn"),
        ("Dr Aoife Mac Suibhne  MICGP", "Aoife Mac Suibhne"),
        ("Caller: Ruby Ward - daughter", "Ruby Ward"),
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
        ("MR. RICE WAS SEEN", "WAS"),
        ("Plan:\n- Analgesia\n- Mobilise", "Analgesia"),
        ("Travelled to see family last week.", "Travelled"),
        ("Consultants: Dr Yang (General Surgery) agrees.", "General"),
        ("Blood cultures grew GPC. Recommend review.", "Recommend"),
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
        # second round (blind11 studied)
        ("下单人：远航（儿子，在外地）", "远航"),
        ("陪诊师：晓峰（工号A2231）", "晓峰"),
        ("导出时间 2024-03-01 导出人 葛亮", "葛亮"),
        ("驾驶人钱途，电话13800001111", "钱途"),
        ("性伴通知专员欧阳晓，负责告知。", "欧阳晓"),
        ("宁：20:15 爸今天精神好多了", "宁"),
        ("我明天请假陪你去。——婷", "婷"),
        ("仅知姓柯，微信号kk2231。", "柯"),
        ("留言：“谢谢秋菊，辛苦了”", "秋菊"),
        ("转诊医生（签字）：海涛  联系电话：0571-1234567", "海涛"),
        ("心内科二线冉静（手机13700001111）。", "冉静"),
        ("10:20与柏林医生交接。", "柏林"),
        ("口述医生远山\n患者男性", "远山"),
        ("体育老师小欧阳已知情。", "小欧阳"),
        ("校医：甘露", "甘露"),
        ("老杭今天精神好。", "老杭"),
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
        ("护理员：翻身，拍背。", "翻身"),
        ("工作人员：小组讨论后决定。", "小组"),
        ("谢谢配合，谢谢大家！", "配合"),
        ("09:54与医生交接。", "交接"),
        ("患者姓名见上，姓名：无。", "见上"),
    ],
)
def test_chinese_clinical_text_is_left_alone(text: str, value: str) -> None:
    assert _untouched(text, value, "zh"), f"{value!r} was taken in {text!r}"


@pytest.mark.parametrize(
    ("text", "value", "language"),
    [
        ('bed,mrn,name,ats,dr,nurse\nA3,MRN1234567,"KOWALSKA, Ewa",3,TP,Grace\n', "TP", "en"),
        ('bed,mrn,name,ats,dr,nurse\nA3,MRN1234567,"KOWALSKA, Ewa",3,TP,Grace\n', "Grace", "en"),
        ('bed,mrn,name,ats,dr,nurse\nA3,MRN1234567,"KOWALSKA, Ewa",3,TP,Grace\n', "KOWALSKA, Ewa", "en"),
        ("| Bed | Patient | MRN |\n|---|---|---|\n| R2 | HOPE, Faith | RX7712 |", "HOPE, Faith", "en"),
        ("床号,姓名,年龄,责任护士\n12,江河,88,晓晓\n", "江河", "zh"),
        ("床号,姓名,年龄,责任护士\n12,江河,88,晓晓\n", "晓晓", "zh"),
        ("| 床号 | 姓名 | 诊断 |\n| 3 | 高山 | 肺炎 |", "高山", "zh"),
    ],
)
def test_a_cell_under_a_person_header_is_a_name(text: str, value: str, language: str) -> None:
    assert _covered(text, value, language), f"{value!r} not covered in {text!r}"


@pytest.mark.parametrize(
    ("text", "value", "language"),
    [
        ("bed,mrn,name,ats,dr,nurse,status\nA3,MRN1234567,Ewa K,3,TP,Grace,awaiting CT\n", "awaiting CT", "en"),
        ("| Drug | Dose | Route |\n| Aspirin | 75 mg | PO |", "Aspirin", "en"),
        ("床号,姓名,诊断\n12,江河,肺炎\n", "肺炎", "zh"),
    ],
)
def test_other_columns_are_left_alone(text: str, value: str, language: str) -> None:
    assert _untouched(text, value, language), f"{value!r} was taken in {text!r}"
