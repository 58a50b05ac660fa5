"""The catch-all sweeps (``integration/deid/number_sweep.py``, ``name_sweep.py``, ``interface_names.py``
and the Chinese role/act name rules): numbers that are not measurements, names by what they are not.
Every fixture is written for this file (none comes from a blind set); each rule has a case it must find
and the clinical content it must leave alone."""

from __future__ import annotations

import pytest

from integration.deid import DeidSession, reidentify
from integration.deid.model import kind_for_entity
from integration.deid.name_sweep import is_common_english, zipf
from tests.deid_support import covered, lite


def _untouched(text: str, value: str, language: str) -> bool:
    start = text.index(value)
    spans = [(r.start, r.end) for r in lite().analyze(text=text, language=language)]
    return not any(a < start + len(value) and b > start for a, b in spans)


# --- numbers ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Porter: Dilys Amwell (71824) will take her down.", "71824"),
        ("Tracking ref QX-40218-77 for the courier.", "QX-40218-77"),
        ("Implant card shows serial K7741093.", "K7741093"),
        ("Stores code AB7720 was used.", "AB7720"),
        ("Photo ID number ending ***5120 checked.", "***5120"),
        ("Unit 2: RBC, pack W5512 19 330418 K, started 14:10.", "W5512 19 330418 K"),
        ("Hosp no K 7310554   DOB on file", "K 7310554"),
        ("Escort badge no. 418 issued.", "418"),
        ("Chaplain bleep 2-7731 after 18:00.", "2-7731"),
        ("Night porter contact 6620, ask for the desk.", "6620"),
        ("Moved to bed HDU-7 at noon.", "HDU-7"),
        ("Bed: 5S-12, side room.", "5S-12"),
        ("please ring her on four one six, two two nine, oh eight seven three period", "four one six"),
        ("old policy listed ###-##-5512 in error", "###-##-5512"),
        ("SSN (last four): 6170 verified", "6170"),
        ("WeChat ID mei_lan1987 given for updates", "mei_lan1987"),
        ("HKID K771203 (5) sighted", "K771203 (5)"),
        ("NRIC S 7712045 J on the form", "S 7712045 J"),
        ("reach her son on (852) 61234770 tonight", "61234770"),
        ("Screened as 104-007 under the protocol.", "104-007"),
    ],
)
def test_identifier_shaped_numbers_without_a_known_label(text: str, value: str) -> None:
    assert covered(text, value, "en"), value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Na 139 mmol/L, K 4.1, creatinine 88 umol/L.", "88"),
        ("BP 142/88, HR 96 bpm, SpO2 95%.", "142/88"),
        ("Heparin 25000 units in 50 mL at 4 mL/h.", "25000"),
        ("WBC 11400, PLT 312000 on the day of transfer.", "312000"),
        ("Invoice total $12,480.50 paid.", "12,480.50"),
        ("Bill came to $18250 after the discount.", "18250"),
        ("Reference range 0.45-1.20 for this assay.", "0.45-1.20"),
        ("Coded as S72.001A on the claim summary; staged T2N1M0.", "T2N1M0"),
        ("Served in the navy 1968-1972.", "1968-1972"),
        ("Night shift 1900-0700 uneventful.", "1900-0700"),
        ("Closed with 3-0 nylon, 120-140 mL drained.", "120-140"),
        ("Call 911 if the swelling worsens.", "911"),
        ("IV line: 18G in the left forearm.", "18G"),
        ("Recheck in 10分钟 then 5 mins later.", "10"),
        ("Wound bed 60% granulation tissue.", "60"),
    ],
)
def test_measurements_amounts_and_codes_are_left_alone(text: str, value: str) -> None:
    assert _untouched(text, value, "en"), value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("门卫室（短号661204）已通知。", "661204"),
        ("派出所民警到场，警号C4471。", "C4471"),
        ("输注悬浮红细胞（血袋编号B7710284413）。", "B7710284413"),
        ("随访人工号2231，座机转5318。", "5318"),
        ("床位：31，加床+2。", "31"),
        ("心电图（ECG20231188）提示窦性心律。", "ECG20231188"),
        ("尾号4419的银行卡已登记。", "4419"),
        ("家属手机幺三九 洞二七五 八八四幺，请回电。", "幺三九 洞二七五 八八四幺"),
        ("住院号三四七二九一，已核对。", "三四七二九一"),
        ("认定书编号：洪人社工认〔2024〕1187号。", "洪人社工认〔2024〕1187号"),
        ("案号（2022）粤0304民初7781号。", "粤0304民初7781号"),
        ("电话：020-83312245，分机618。", "分机618"),
        ("聯絡人電話：07-331-2468 分機 552。", "07-331-2468"),
        ("床號 17，已通知。", "17"),
        ("LINE：ahmei_0921 已加好友", "ahmei_0921"),
        ("收款账户 6217 0031 2024 8890 113（本人）", "6217 0031 2024 8890 113"),
    ],
)
def test_chinese_numbers_after_any_label(text: str, value: str) -> None:
    assert covered(text, value, "zh"), value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("血压 118/76mmHg，心率 82次/分。", "118/76mmHg"),
        ("出生体重3120g，身长50cm。", "3120g"),
        ("予低分子肝素钙4100IU皮下注射。", "4100IU"),
        ("NT-proBNP 2310pg/ml，较前下降。", "2310pg/ml"),
        ("住院费用合计12,350.00元。", "12,350.00"),
    ],
)
def test_chinese_measurements_are_left_alone(text: str, value: str) -> None:
    assert _untouched(text, value, "zh"), value


# --- English names ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minutes: Oisín Adeyemi-Clarke (chair) opened the meeting.", "Oisín Adeyemi-Clarke"),
        ("Visitors: Tamsin Okonkwo; none other.", "Tamsin Okonkwo"),
        ("Bed 4 - MCALLISTER Fenella, awaiting transport", "MCALLISTER Fenella"),
        ("List: OYELARAN, BEATRIX, 71F", "OYELARAN, BEATRIX"),
        ("Checked by W. Featherstonehaugh before release.", "W. Featherstonehaugh"),
        ("Pt's husband bartholomew quigley phoned twice.", "bartholomew quigley"),
        ("Seen by dr ottoline marchbanks on the ward.", "ottoline marchbanks"),
        ("Anointing by Fr. Mulcahy at the bedside.", "Mulcahy"),
        ("Discharge checklist witnessed by eudora blackwood-tate.", "eudora blackwood-tate"),
        ("Electronically signed Wojtaszek, P. 03-02-2024", "Wojtaszek, P."),
        ("| 2 | TRAN, THI HUONG | 6610 |", "TRAN, THI HUONG"),
        ("surname spelled K-O-W-A-L first name", "K-O-W-A-L"),
        ("hey its bernadette again, bp fine", "bernadette"),
        ("Absent: Dorothea (on leave).", "Dorothea"),
        ("08:40 | TERESA NÚÑEZ ORTIZ | 4412 |", "TERESA NÚÑEZ ORTIZ"),
        ("came in with her daughter oyelowo today", "oyelowo"),
        ("[3/9/24, 21:05] Marisol: ok will bring her", "Marisol"),
        ("Next of kin: Rohana binti Ismail (wife)", "Rohana binti Ismail"),
        ("Employer: Mr Kumaravel s/o Ganesan, NRIC on file", "Kumaravel s/o Ganesan"),
        ("contact tracing - Teo Ah Kiat, son, 54", "Teo Ah Kiat"),
    ],
)
def test_names_by_rarity_case_and_title(text: str, name: str) -> None:
    assert covered(text, name, "en"), name


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Chest Pain Clinic referral accepted.", "Chest Pain Clinic"),
        ("Home Care Services will visit weekly.", "Home Care Services"),
        ("ACUTE KIDNEY INJURY resolved.", "ACUTE KIDNEY INJURY"),
        ("Patient tolerated the procedure well.", "Patient tolerated"),
        ("Discussed with son who agrees.", "son who agrees"),
        ("Nothing to see here overnight.", "see here"),
        ("Transferred to nursing home from hospital.", "nursing home"),
        ("Started metformin and Apixaban today.", "Apixaban"),
        ("| Chest Pain | 5 mg | daily |", "Chest Pain"),
        ("came in with her daughter for review", "for review"),
    ],
)
def test_everyday_and_clinical_words_are_not_names(text: str, kept: str) -> None:
    found = [
        text[r.start : r.end]
        for r in lite().analyze(text=text, language="en")
        if kind_for_entity(r.entity_type) == "PERSON"
    ]
    assert not any(kept in f or f in kept for f in found), found


def test_word_frequencies_load_offline() -> None:
    # wordfreq's lists ship inside the wheel; nothing is downloaded
    assert is_common_english("patient") and is_common_english("Discussion")
    assert not is_common_english("Featherstonehaugh")
    assert zipf("the") > 7


# --- Chinese names ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("家属江河大声询问病情，已解释。", "江河"),
        ("值班护士蒋梅及医生高山到场。", "高山"),
        ("转入后由孔明接收，交接完毕。", "孔明"),
        ("已报告护士长汪及总值班。", "汪"),
        ("伍药师：建议停用该药。", "伍"),
        ("社区网格员巴特尔负责上门随访。", "巴特尔"),
        ("邻居阿依努尔·吐尔逊报警。", "阿依努尔·吐尔逊"),
        ("同病房患者白露夜间呼救。", "白露"),
        ("外婆麴秀兰，八十岁，健在。", "麴秀兰"),
        ("鉴定人：第五明辉　主任法医师", "第五明辉"),
        ("转诊医生：胡志明（Dr WONG Ka Fai）", "WONG Ka Fai"),
        ("[21:04] 向日葵的春天：谢谢医生", "向日葵的春天"),
        ('家属（微信昵称"lanlan77"）留言', "lanlan77"),
        ("邻居老薛有备用钥匙。", "薛"),
        ("｜姓名｜工号｜\n｜邬建成｜4471｜", "邬建成"),
    ],
)
def test_chinese_names_after_a_role_or_act(text: str, name: str) -> None:
    assert covered(text, name, "zh"), name


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("医生查房后调整用药。", "查房"),
        ("患者高热三天，护士安排床位。", "高热"),
        ("药师：左氧氟沙星需调整剂量。", "左氧氟沙星"),
        ("主任医师查看患者。", "查看"),
        ("护士宣教后，医生计划手术。", "宣教"),
        ("医生常规查体未见异常。", "常规"),
        ("｜高血压｜白内障｜", "白内障"),
    ],
)
def test_chinese_clinical_words_after_a_role_are_not_names(text: str, kept: str) -> None:
    assert _untouched(text, kept, "zh"), kept


def test_sweep_placeholders_round_trip() -> None:
    note = "Porter Dilys Amwell (71824) took the pack W5512 19 330418 K; 家属江河（短号661204）在场。"
    session = DeidSession(lite(), [])
    en, zh = note.split("; ")
    out = session.text(en, "en") + "; " + session.text(zh, "zh")
    for value in ("71824", "W5512", "330418", "Dilys Amwell", "江河", "661204"):
        assert value not in out, value
    assert reidentify(out, session.mapping).text == note


# --- names as interfaces write them ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "language"),
    [
        ("PID|1||551^^^H^MR||Okafor^Chidi^N||19580211|M", "Okafor^Chidi^N", "en"),
        ("ORC|NW|1|||1770912233^HALVORSEN^INGRID|IN|V9", "HALVORSEN^INGRID", "en"),
        ("RXA|0|1||mkerrigan^KERRIGAN^MAEVE RXR|IM", "mkerrigan^KERRIGAN^MAEVE", "en"),
        ("<assignedPerson><name><given>Rosalind</given><family>Achterberg</family></name>", "Achterberg", "en"),
        ('{"patientName": "Ilse Vandamme", "drugName": "Warfarin"}', "Ilse Vandamme", "en"),
        ("NM1*IL*1*BRENNAN*SHAUNA*M***MI*K44~", "BRENNAN", "en"),
        ("2024-03-10T04:47:52Z user=tpellegr action=VIEW", "tpellegr", "en"),
        ("OBR|1|||N40112^欧阳静怡 OBR|2", "欧阳静怡", "zh"),
        ('<送检医生 工号="2231">诸葛明远</送检医生>', "诸葛明远", "zh"),
        ("2023-11-17 19:50:58 用户 liuxiaobo 打印了病历", "liuxiaobo", "zh"),
    ],
)
def test_names_in_interface_formats(text: str, name: str, language: str) -> None:
    assert covered(text, name, language), name


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("OBX|1|NM|2951-2^Sodium^LN||140|mmol/L", "Sodium"),
        ("DG1|1||I10^Essential hypertension^I10", "Essential hypertension"),
        ('{"drugName": "Apixaban", "testName": "Troponin"}', "Troponin"),
        ("Tablets given by mouth at 08:00.", "mouth"),
    ],
)
def test_coded_elements_and_words_are_not_interface_names(text: str, kept: str) -> None:
    assert _untouched(text, kept, "en"), kept
