"""References as letters, claims and exports write them: quoted references, booking codes, dockets,
code words before numbers, certificate numbers, identifier columns of a table.

Fixtures are written for this file. Each case says what must be found and what must be left alone.
"""

from __future__ import annotations

import pytest

from integration.deid import DeidSession
from tests.deid_support import covered, language_of, lite


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("When you reply, please quote OUR REF KDW-2290. Regards", "OUR REF KDW-2290"),
        ("File/Dossier: 604418.212 (appeal bundle)", "604418.212"),
        ("Flights held under PNR 7QXT2M for Friday.", "7QXT2M"),
        ("Booking ref HJRWTP confirmed by the agent.", "HJRWTP"),
        ("Record locator: ZK4P9D", "ZK4P9D"),
        ("Filed as 3:24-cv-01187-RJK in the district court.", "3:24-cv-01187-RJK"),
        ("Logged as SI 2025/3310 and StEIS 2025/44821 the same day.", "SI 2025/3310"),
        ("Logged as SI 2025/3310 and StEIS 2025/44821 the same day.", "StEIS 2025/44821"),
        ("Member card MBR 5521 0934 27 shown at the desk.", "MBR 5521 0934 27"),
        ("优抚对象，优待证号：川优字7730215号，按规定减免。", "川优字7730215号"),
        ("调解协议书编号 杭医调字20240315，双方签字。", "杭医调字20240315"),
        ("Midwife: A. Osei, RM (CMO 6620); OB (CPSO #41187) aware.", "CMO 6620"),
        ("Midwife: A. Osei, RM (CMO 6620); OB (CPSO #41187) aware.", "CPSO #41187"),
        ("Licence CNM.552190 on file.", "CNM.552190"),
        ("Moved to cot C17 under phototherapy; chair 6 for dialysis.", "C17"),
        ("Moved to cot C17 under phototherapy; chair 6 for dialysis.", "6"),
        ("Paid by M-Pesa, code QKT7RB2LWX, by her uncle.", "QKT7RB2LWX"),
        ("Clinic card CWC No: 233/25 seen.", "233/25"),
        ("召回编号转2375510，复查地点另行通知。", "转2375510"),
        ("已为其预约下周一上午，预约号118号。", "118号"),
        ("供精者编号：供6203，冷冻管数2。", "供6203"),
        ("Hosp No 4417-52 for the list.", "4417-52"),
        ("UDI: (01)00884521003117(17)270430(10)K22816 on the sticker", "(01)00884521003117(17)270430(10)K22816"),
        ("床号：ICU-+3，术后转入。", "ICU-+3"),
        ("电话：（0571）60378570转分机8090。", "转分机8090"),
    ],
)
def test_references_and_codes(text: str, value: str) -> None:
    assert covered(text, value), value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("time,bed,patient,call\n02:10,17,Hamid,assist\n02:44,C4,Lerato,toilet", "17"),
        ("time,bed,patient,call\n02:10,17,Hamid,assist\n02:44,C4,Lerato,toilet", "C4"),
        ("name|staff no|role\nPeng L|4471|HCA\nOkafor C|0932|RN", "0932"),
        ("Passenger,PNR,Seat\nSMITH/JO,QWXZPT,14C", "QWXZPT"),
        ("时间,床号,患者,呼叫类型\n03:15,加2,陈某,普通呼叫\n03:40,12,刘某,输液呼叫", "加2"),
        ("序号 | 姓名 | 床号 | 手术\n1 | 某甲 | 22-05 | 阑尾切除术", "22-05"),
        ("姓名,性别,工号,工种\n某甲,男,5521,焊工\n某乙,女,0417,装配工", "0417"),
    ],
)
def test_identifier_columns_of_a_table(text: str, value: str) -> None:
    assert covered(text, value), value


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ('I quote the patient: "it hurts". She filed a complaint.', "quote the patient"),
        ("Gave 2 x 500mg at 10:00; 3 x5 blocks; range 2-3 ext 4 no.", "3 x5 blocks"),
        ("Gave 2 x 500mg at 10:00; 3 x5 blocks; range 2-3 ext 4 no.", "ext 4"),
        ("claim no,outcome\nTBC,approved\npending,declined", "TBC,approved\npending"),
        ("他签字同意手术，字迹清楚。", "签字同意手术"),
        ("Sat out in the chair 30 minutes; wound bed 4.5 cm.", "chair 30 minutes"),
        ("HER2 negative, BRCA1 wild type, CYP2D6 normal, COVID19 swab sent.", "HER2 negative, BRCA1"),
        ("BP 128/76 at rest.", "128/76"),
        ("Seen in 2024-03 and again in 1999/12.", "2024-03 and again in 1999/12"),
        ("住院号：待补，床号未定。", "住院号：待补"),
    ],
)
def test_what_looks_like_a_reference_but_is_not(text: str, kept: str) -> None:
    assert kept in DeidSession(lite(), ()).text(text, language_of(text))


def test_extension_is_covered_after_any_phone() -> None:
    text = "Accounts desk 1300 089 139 ext 57, or fax."
    assert covered(text, "1300 089 139 ext 57")
