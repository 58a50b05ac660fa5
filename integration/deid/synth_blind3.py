"""Third blind evaluation set of synthetic clinical notes with gold PHI spans ("blind3").

Written blind to the recognisers on 2026-11-22: the author had not seen the analyzer, the session,
the policy, the self-test, the earlier blind sets, the evaluation scripts or their tests, nor any
of their results. **Never use this set for tuning** -- do not read its templates or notes while
changing recognisers; report only its aggregate figures.

The API follows ``integration.deid.synth``: templates use ``<<KIND:key>>`` for gold spans and
``{key}`` for filler that is not PHI, and are filled by :func:`integration.deid.synth.render`.
Names come from several Faker locales (``en_US``, ``en_GB``, ``en_AU``, ``en_IN``, ``en_IE``,
``zh_CN``, ``zh_TW``) and from hand-written lists. Gold PERSON spans never include titles or
roles. Ages are gold only when 90 or over; drugs, doses, labs, diagnoses (eponyms included),
durations, bare years and departments are filler. Each note's ``known`` lists what the EMR
Patient resource holds (name and parts, record number, SSN or resident ID, phone, street address,
city, ISO birth date, e-mail).

Deterministic for one Faker version.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Final

from faker import Faker

from integration.deid.model import KnownIdentifier
from integration.deid.synth import SynthNote, cn_resident_id, render

__all__ = [
    "BLIND3_SEED",
    "EN_BLIND3_TEMPLATES",
    "ZH_BLIND3_TEMPLATES",
    "generate_blind3",
]

BLIND3_SEED: Final = 61_803_398
SPLIT: Final = "blind3"

_EN_LOCALES: Final = ("en_US", "en_GB", "en_AU", "en_IN", "en_IE")
_ZH_LOCALES: Final = ("zh_CN", "zh_TW")
_ALL_LOCALES: Final = _EN_LOCALES + _ZH_LOCALES

# ---------------------------------------------------------------------------------------------
# Hand-written names (in addition to Faker's).
# ---------------------------------------------------------------------------------------------
_HAND_EN: Final[tuple[tuple[str, str], ...]] = (
    ("Siobhan", "O'Driscoll"),
    ("Nguyen", "Thi Lan"),
    ("Oluwaseun", "Adeyemi"),
    ("Mary-Kate", "Dubois"),
    ("Pieter", "van der Berg"),
    ("Aroha", "Ngata"),
    ("Joaquín", "de la Cruz"),
    ("Zofia", "Wiśniewska"),
    ("Tadhg", "Mac Giolla Phádraig"),
    ("Kwame", "Mensah-Bonsu"),
    ("Ximena", "Ortiz-Llamas"),
    ("Hamish", "McAlister"),
    ("Priyanka", "Venkataraman"),
    ("Björn", "Åkesson"),
    ("Lachlan", "D'Souza"),
    ("Eun-ji", "Park"),
    ("Faisal", "Al-Rashidi"),
    ("Dmitri", "Volkov"),
    ("Amara", "Okonkwo-Reid"),
    ("Bao", "Tran"),
    ("Rhiannon", "ap Gwilym"),
    ("Jean-Luc", "LeBlanc"),
    ("Yusuf", "Ibrahim"),
    ("Grace", "Hope"),
    ("Paris", "Brooks"),
    ("Florence", "Nightingale-Ward"),
    ("Christian", "King"),
)
_NICKNAMES: Final[dict[str, str]] = {
    "William": "Bill",
    "Robert": "Bobby",
    "Elizabeth": "Liz",
    "Margaret": "Peggy",
    "Richard": "Dick",
    "James": "Jim",
    "Katherine": "Kate",
    "Catherine": "Cathy",
    "Jennifer": "Jen",
    "Michael": "Mike",
    "Christopher": "Chris",
    "Patricia": "Trish",
    "Joseph": "Joe",
    "Thomas": "Tom",
    "Daniel": "Danny",
    "Anthony": "Tony",
    "Rebecca": "Becky",
    "Alexander": "Sasha",
    "Susan": "Sue",
    "Edward": "Ted",
    "Jessica": "Jess",
    "Eleanor": "Ellie",
    "Victoria": "Vicky",
    "Samantha": "Sam",
    "Nicholas": "Nick",
    "Jonathan": "Jon",
    "Benjamin": "Ben",
    "Matthew": "Matt",
    "Stephanie": "Steph",
    "Kimberly": "Kim",
    "Andrew": "Andy",
    "Timothy": "Tim",
    "Gregory": "Greg",
    "Zachary": "Zach",
    "Abigail": "Abby",
    "Deborah": "Debbie",
    "Barbara": "Barb",
    "Lawrence": "Larry",
    "Frederick": "Fred",
    "Kenneth": "Ken",
    "Donald": "Don",
    "Ronald": "Ron",
    "Jacqueline": "Jackie",
    "Cynthia": "Cindy",
    "Christine": "Chrissy",
    "Nathaniel": "Nate",
}
_TW_GIVEN: Final = (
    "Chia-Hao",
    "Mei-Ling",
    "Yu-Ting",
    "Chih-Wei",
    "Shu-Fen",
    "Tzu-Yu",
    "Wen-Hsiung",
    "Hsin-Yi",
    "Po-Han",
    "I-Chen",
)
_ZH_COMPOUND: Final = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "慕容",
    "尉迟",
    "令狐",
    "端木",
    "公孙",
    "夏侯",
    "司徒",
    "呼延",
)
_ZH_RARE: Final = ("冼", "佘", "隗", "禤", "亓", "璩", "訾", "郗", "邝", "覃", "么", "晏", "逄", "甘", "缪", "仉", "蒯")
_ZH_GIVEN1: Final = ("蕾", "晗", "淼", "珺", "骁", "翀", "燚", "昊", "璇", "彧", "喆", "玥", "森", "娅", "鑫")
_ZH_GIVEN2: Final = (
    "若曦",
    "梓涵",
    "浩然",
    "一诺",
    "子墨",
    "思远",
    "雨桐",
    "嘉懿",
    "建国",
    "秀英",
    "桂兰",
    "志强",
    "丽华",
    "国栋",
)
_ZH_MILK: Final = ("豆豆", "乐乐", "果果", "妞妞", "阿宝", "小胖", "团团", "毛毛")

# ---------------------------------------------------------------------------------------------
# Clinical filler (never gold).
# ---------------------------------------------------------------------------------------------
_EN_MEDS: Final = (
    "apixaban 5 mg BID",
    "metoprolol succinate 50 mg daily",
    "insulin glargine 22 units qHS",
    "levetiracetam 500 mg q12h",
    "furosemide 40 mg IV",
    "piperacillin-tazobactam 4.5 g q8h",
    "sertraline 100 mg",
    "prednisone 40 mg taper",
    "atorvastatin 80 mg",
    "carbidopa-levodopa 25/100 TID",
    "enoxaparin 40 mg SC daily",
    "oxycodone 5 mg q4h PRN",
    "tamsulosin 0.4 mg",
    "vancomycin per pharmacy",
)
_EN_DX: Final = (
    "Parkinson disease",
    "Hodgkin lymphoma",
    "Crohn's disease",
    "Bell's palsy",
    "Graves disease",
    "Hashimoto thyroiditis",
    "Guillain-Barre syndrome",
    "Addison disease",
    "Cushing syndrome",
    "Wilson disease",
    "Barrett esophagus",
    "Raynaud phenomenon",
    "Alzheimer dementia",
    "Sjogren syndrome",
    "NSTEMI",
    "community-acquired pneumonia",
    "CKD stage 3b",
    "HFrEF (EF 30%)",
    "COPD exacerbation",
    "Down syndrome",
    "Meniere disease",
    "Kaposi sarcoma",
    "Paget disease of bone",
    "Lyme disease",
)
_EN_LABS: Final = (
    "Na 131",
    "K 5.6",
    "creatinine 1.9",
    "troponin I 0.42",
    "WBC 14.2",
    "Hgb 7.8",
    "INR 2.7",
    "lactate 3.1",
    "TSH 0.02",
    "A1c 9.4%",
    "BNP 1240",
    "lipase 612",
    "ALT 88",
    "procalcitonin 1.8",
)
_EN_DEPTS: Final = (
    "Cardiology",
    "Nephrology",
    "Infectious Diseases",
    "Neurology",
    "Palliative Care",
    "Geriatrics",
    "Orthopaedics",
    "General Surgery",
    "Endocrinology",
    "Psychiatry",
    "Hematology/Oncology",
)
_EN_DURATIONS: Final = (
    "four days",
    "2 wks",
    "36 hours",
    "three months",
    "10 days",
    "6 weeks",
    "overnight",
    "since Tuesday",
)
_EN_CARRIERS: Final = ("Aetna", "Blue Cross Blue Shield", "UnitedHealthcare", "Cigna", "Humana", "Medicare", "Medicaid")
_EN_STATES: Final = ("OH", "TX", "CA", "NY", "MN", "GA", "WA", "PA", "IL", "NC", "AZ", "MA")

_ZH_MEDS: Final = (
    "阿司匹林肠溶片100mg qd",
    "硫酸氢氯吡格雷75mg qd",
    "盐酸二甲双胍0.5g tid",
    "苯磺酸氨氯地平5mg qd",
    "注射用头孢曲松钠2g ivgtt qd",
    "呋塞米20mg iv",
    "门冬胰岛素8U 餐前皮下注射",
    "多巴丝肼片125mg tid",
    "左氧氟沙星0.5g qd",
    "甲泼尼龙40mg ivgtt",
    "奥美拉唑40mg ivgtt bid",
    "低分子肝素钙4100IU ih q12h",
)
_ZH_DX: Final = (
    "帕金森病",
    "阿尔茨海默病",
    "克罗恩病",
    "桥本甲状腺炎",
    "格林-巴利综合征",
    "库欣综合征",
    "唐氏综合征",
    "2型糖尿病",
    "高血压病3级（很高危）",
    "社区获得性肺炎",
    "慢性阻塞性肺疾病急性加重",
    "冠状动脉粥样硬化性心脏病",
    "急性脑梗死",
    "慢性肾脏病4期",
    "肝硬化失代偿期",
    "霍奇金淋巴瘤",
    "川崎病",
    "梅尼埃病",
)
_ZH_LABS: Final = (
    "血钾3.1mmol/L",
    "肌酐186μmol/L",
    "血红蛋白78g/L",
    "白细胞13.6×10^9/L",
    "BNP 1860pg/ml",
    "糖化血红蛋白9.2%",
    "D-二聚体3.4mg/L",
    "肌钙蛋白I 0.56ng/ml",
    "血糖16.8mmol/L",
    "ALT 132U/L",
)
_ZH_DEPTS: Final = (
    "心血管内科",
    "呼吸与危重症医学科",
    "神经内科",
    "内分泌科",
    "肾内科",
    "老年医学科",
    "普外科",
    "骨科",
    "消化内科",
    "重症医学科",
)
_ZH_DURATIONS: Final = ("3天", "一周余", "2月", "半年", "10余年", "4小时", "两天", "1年余")
_ZH_RELATIONS: Final = ("儿子", "女儿", "老伴", "儿媳", "女婿", "孙子", "外甥女", "弟弟")


# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------
_Fakers = dict[str, Faker]


def _en_person(fakes: _Fakers, rng: random.Random, *, locales: tuple[str, ...] = _ALL_LOCALES) -> tuple[str, str]:
    """(first, last) from a random locale (romanised for Chinese ones) or the hand-written list."""
    if rng.random() < 0.15:
        return rng.choice(_HAND_EN)
    locale = rng.choice(locales)
    fake = fakes[locale]
    if locale.startswith("zh"):
        first = fake.first_romanized_name() if locale == "zh_CN" else rng.choice(_TW_GIVEN)
        return first.title(), fake.last_romanized_name().title()
    return fake.first_name(), fake.last_name()


def _zh_person(fakes: _Fakers, rng: random.Random) -> tuple[str, str]:
    """(surname, given); 2-4 characters in all, rare and compound surnames included."""
    roll = rng.random()
    if roll < 0.12:
        return rng.choice(_ZH_COMPOUND), rng.choice(_ZH_GIVEN1 + _ZH_GIVEN2)
    if roll < 0.24:
        return rng.choice(_ZH_RARE), rng.choice(_ZH_GIVEN1 + _ZH_GIVEN2)
    if roll < 0.30:
        # Married name with both surnames (Hong Kong / Taiwan usage): four characters.
        fake = fakes["zh_TW"]
        return fake.last_name() + fake.last_name(), rng.choice(_ZH_GIVEN2)
    fake = fakes[rng.choice(_ZH_LOCALES)]
    return fake.last_name(), fake.first_name()


def _us_phone(rng: random.Random) -> str:
    a, b, c = rng.randint(201, 989), rng.randint(200, 999), rng.randint(0, 9999)
    style = rng.randrange(7)
    if style == 0:
        return f"({a}) {b}-{c:04d}"
    if style == 1:
        return f"{a}-{b}-{c:04d}"
    if style == 2:
        return f"{a}.{b}.{c:04d}"
    if style == 3:
        return f"+1 {a} {b} {c:04d}"
    if style == 4:
        return f"1-{a}-{b}-{c:04d}"
    if style == 5:
        return f"{a}{b}{c:04d}"
    return f"({a}){b}-{c:04d}"


def _intl_phone(rng: random.Random, locale: str) -> str:
    if locale == "en_GB":
        return rng.choice(
            [
                f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
                f"+44 20 {rng.randint(7000, 8999)} {rng.randint(1000, 9999)}",
            ]
        )
    if locale == "en_AU":
        return rng.choice(
            [
                f"04{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
                f"(02) {rng.randint(8000, 9999)} {rng.randint(1000, 9999)}",
            ]
        )
    if locale == "en_IN":
        return f"+91 {rng.randint(70000, 99999)} {rng.randint(10000, 99999)}"
    if locale == "en_IE":
        return f"+353 8{rng.randint(3, 9)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    return _us_phone(rng)


def _ssn(rng: random.Random) -> str:
    area, group, serial = rng.randint(100, 665), rng.randint(10, 99), rng.randint(1000, 9999)
    return rng.choice([f"{area}-{group}-{serial}", f"{area} {group} {serial}", f"{area}{group}{serial}"])


def _mbi(rng: random.Random) -> str:
    """A Medicare Beneficiary Identifier shape: 11 characters, printed with dashes."""
    letters = "ACDEFGHJKMNPQRTUVWXY"
    chars = [str(rng.randint(1, 9)), rng.choice(letters), rng.choice(letters + "0123456789"), str(rng.randint(0, 9))]
    chars += [rng.choice(letters), rng.choice(letters), str(rng.randint(0, 9))]
    chars += [rng.choice(letters), rng.choice(letters), str(rng.randint(0, 9)), str(rng.randint(0, 9))]
    return "".join(chars[:4]) + "-" + "".join(chars[4:7]) + "-" + "".join(chars[7:])


_MONTHS: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _en_date(rng: random.Random, day: dt.date, *, year: bool = True) -> str:
    month = _MONTHS[day.month - 1]
    if not year:
        return rng.choice(
            [
                f"{day.month}/{day.day}",
                f"{month} {day.day}",
                f"{month[:3]} {_ordinal(day.day)}",
                f"the {_ordinal(day.day)} of {month}",
                f"{day.day} {month[:3]}",
            ]
        )
    return rng.choice(
        [
            f"{day.month:02d}/{day.day:02d}/{day.year}",
            f"{day.month}/{day.day}/{day.year % 100:02d}",
            f"{day.day:02d}-{month[:3]}-{day.year}",
            f"{month} {day.day}, {day.year}",
            day.isoformat(),
            f"{day.day} {month} {day.year}",
            f"{_ordinal(day.day)} {month} {day.year}",
            f"{day.day:02d}.{day.month:02d}.{day.year}",
            f"{month[:3].upper()} {day.day:02d} {day.year}",
            f"{day.year}{day.month:02d}{day.day:02d}",
        ]
    )


_ZH_DIGITS: Final = "〇一二三四五六七八九"


def _zh_num(n: int) -> str:
    if n < 10:
        return _ZH_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _ZH_DIGITS[tens]) + "十" + ("" if ones == 0 else _ZH_DIGITS[ones])


def _zh_date(rng: random.Random, day: dt.date, *, year: bool = True) -> str:
    if not year:
        return rng.choice(
            [
                f"{day.month}月{day.day}日",
                f"{day.month}-{day.day}",
                f"{day.month}月{day.day}号",
                f"{day.month:02d}.{day.day:02d}",
            ]
        )
    return rng.choice(
        [
            f"{day.year}年{day.month}月{day.day}日",
            f"{day.year}-{day.month:02d}-{day.day:02d}",
            f"{day.year}.{day.month}.{day.day}",
            f"{day.year}/{day.month}/{day.day}",
            f"{day.year % 100}年{day.month}月{day.day}日",
            f"{day.year}年{day.month:02d}月{day.day:02d}日",
            "".join(_ZH_DIGITS[int(c)] for c in str(day.year)) + f"年{_zh_num(day.month)}月{_zh_num(day.day)}日",
            f"{day.year}{day.month:02d}{day.day:02d}",
        ]
    )


def _cn_mobile(rng: random.Random) -> str:
    prefix = rng.choice(["135", "138", "139", "150", "152", "158", "177", "186", "189", "199", "131", "166"])
    rest = f"{rng.randint(0, 99999999):08d}"
    style = rng.randrange(5)
    if style == 0:
        return prefix + rest
    if style == 1:
        return f"{prefix}-{rest[:4]}-{rest[4:]}"
    if style == 2:
        return f"{prefix} {rest[:4]} {rest[4:]}"
    if style == 3:
        return f"+86 {prefix}{rest}"
    return f"+86-{prefix}-{rest[:4]}-{rest[4:]}"


def _cn_landline(rng: random.Random) -> str:
    area = rng.choice(["010", "021", "020", "0755", "0571", "028", "027", "0731", "0532", "0898"])
    local = f"{rng.randint(2000, 8999)}{rng.randint(1000, 9999)}"
    return rng.choice([f"{area}-{local}", f"({area}){local[:4]} {local[4:]}", f"{area} {local}", f"（{area}）{local}"])


def _age_birth(rng: random.Random, ref: dt.date) -> tuple[int, dt.date]:
    age = rng.randint(90, 104) if rng.random() < 0.28 else rng.randint(19, 89)
    birth = ref - dt.timedelta(days=age * 365 + rng.randint(5, 360))
    # Recompute the exact age at ``ref`` so the text is self-consistent.
    exact = ref.year - birth.year - ((ref.month, ref.day) < (birth.month, birth.day))
    return exact, birth


# ---------------------------------------------------------------------------------------------
# English values
# ---------------------------------------------------------------------------------------------
def _en_values(fakes: _Fakers, rng: random.Random) -> tuple[dict[str, str], tuple[KnownIdentifier, ...]]:
    home = rng.choices(_EN_LOCALES, weights=(6, 2, 2, 1, 1))[0]
    hf = fakes[home]
    first, last = (
        _en_person(fakes, rng, locales=_EN_LOCALES) if rng.random() < 0.2 else (hf.first_name(), hf.last_name())
    )
    middle = fakes["en_US"].first_name()
    nick = _NICKNAMES.get(first, first)
    ref = dt.date(2022, 6, 1) + dt.timedelta(days=rng.randint(0, 900))
    age, birth = _age_birth(rng, ref)
    later = ref + dt.timedelta(days=rng.randint(1, 9))
    follow = later + dt.timedelta(days=rng.randint(6, 40))
    earlier = ref - dt.timedelta(days=rng.randint(30, 700))
    street = hf.street_address().replace("\n", ", ")
    city = hf.city()
    state = rng.choice(_EN_STATES)
    zipc = hf.postcode() if home != "en_US" else hf.zipcode()
    unit = rng.choice(
        [
            "",
            f" Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
            f", Unit {rng.randint(2, 19)}",
            f" #{rng.randint(100, 999)}",
        ]
    )
    mrn = rng.choice(
        [
            f"{rng.randint(0, 99_999_999):08d}",
            f"MRN{rng.randint(1_000_000, 9_999_999)}",
            f"{rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}",
            f"E{rng.randint(10_000_000, 99_999_999)}",
            f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(0, 9)}",
        ]
    )
    ssn = _ssn(rng)
    phone = _intl_phone(rng, home) if rng.random() < 0.5 else _us_phone(rng)
    email_local = rng.choice(
        [f"{first}.{last}", f"{first[0]}{last}", f"{nick}{rng.randint(50, 99)}", f"{last}_{first[0]}{birth.year % 100}"]
    )
    email = (
        email_local.lower().replace(" ", "").replace("'", "")
        + "@"
        + rng.choice(
            [
                "gmail.com",
                "yahoo.co.uk",
                "outlook.com",
                "bigpond.net.au",
                "eircom.net",
                "hotmail.com",
                "icloud.com",
                "rediffmail.com",
            ]
        )
    )
    v: dict[str, str] = {}

    def person(prefix: str) -> None:
        f, la = _en_person(fakes, rng)
        v[f"{prefix}_first"], v[f"{prefix}_last"], v[f"{prefix}_full"] = f, la, f"{f} {la}"

    for role in (
        "rel",
        "rel2",
        "doc",
        "doc2",
        "doc3",
        "res",
        "rn",
        "rn2",
        "np",
        "sw",
        "pharm",
        "interp",
        "visitor",
        "pcp",
        "tech",
    ):
        person(role)
    hospital = rng.choice(
        [
            f"{fakes['en_US'].last_name()} Memorial Hospital",
            f"{city} Regional Medical Center",
            f"St. {fakes['en_GB'].first_name()}'s Hospital",
            f"Royal {fakes['en_AU'].city()} Hospital",
            f"{fakes['en_IN'].last_name()} Multispeciality Hospital",
            "Mercy General",
        ]
    )
    v.update(
        {
            "first": first,
            "last": last,
            "full": f"{first} {last}",
            "nick": nick,
            "middle_init": middle[0],
            "last_first": f"{last}, {first}",
            "upper_last_first": f"{last.upper()}, {first.upper()}",
            "upper_full": f"{first} {last}".upper(),
            "lower_full": f"{first} {last}".lower(),
            "initials": rng.choice([f"{first[0]}.{last[0]}.", f"{first[0]}{last[0]}", f"{first[0]}. {last[0]}."]),
            "title": rng.choice(["Mr.", "Ms.", "Mrs.", "Mx.", "Mr", "Miss"]),
            "rel_role": rng.choice(
                ["daughter", "son", "wife", "husband", "partner", "niece", "brother", "granddaughter"]
            ),
            "rel2_role": rng.choice(["neighbour", "sister-in-law", "friend", "grandson", "carer"]),
            "mrn": mrn,
            "ssn": ssn,
            "acct": f"{rng.randint(100_000_000, 999_999_999)}",
            "member": f"{rng.choice(['XEK', 'W', 'ZGP', 'H'])}{rng.randint(100_000_000, 999_999_999)}",
            "group": f"GRP-{rng.randint(10000, 99999)}",
            "carrier": rng.choice(_EN_CARRIERS),
            "mbi": _mbi(rng),
            "nhs": f"{rng.randint(400, 499)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            "passport": rng.choice(
                [
                    f"{rng.randint(100_000_000, 999_999_999)}",
                    f"{rng.choice('PKLMN')}{rng.randint(1_000_000, 9_999_999)}",
                ]
            ),
            "dl": rng.choice(
                [
                    f"D{rng.randint(100, 999)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
                    f"{rng.choice('ABCS')}{rng.randint(1_000_000, 9_999_999)}",
                ]
            ),
            "plate": fakes["en_US"].license_plate(),
            "serial": f"SN {rng.choice(['PM', 'ICD', 'CGM'])}-{rng.randint(100000, 999999)}{rng.choice('XYZ')}",
            "accession": f"{rng.choice(['CT', 'MR', 'US', 'XR'])}{ref.year % 100}-{rng.randint(100000, 999999)}",
            "specimen": f"S{ref.year % 100}-{rng.randint(10000, 99999)}",
            "rx": f"{rng.randint(1_000_000, 9_999_999)}",
            "claim": f"CLM{rng.randint(10**9, 10**10 - 1)}",
            "dea": f"{rng.choice('ABFM')}{rng.choice('ABCDEFGHJKLMNPRSTW')}{rng.randint(1_000_000, 9_999_999)}",
            "npi": f"1{rng.randint(100_000_000, 999_999_999)}",
            "ip": f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            "url": rng.choice(
                [
                    f"https://mychart.{fakes['en_US'].domain_word()}health.org/visit/{rng.randint(10**5, 10**6)}",
                    f"www.caringbridge.org/visit/{first.lower()}{last.lower()}".replace("'", "").replace(" ", ""),
                ]
            ),
            "email": email,
            "phone": phone,
            "phone2": _us_phone(rng),
            "fax": _us_phone(rng),
            "pager": f"{rng.randint(2000, 9999)}",
            "cell_rel": _intl_phone(rng, rng.choice(_EN_LOCALES)),
            "street": street,
            "unit": unit,
            "city": city,
            "state": state,
            "zip": zipc,
            "full_addr": f"{street}{unit}, {city}, {state} {zipc}"
            if home == "en_US"
            else f"{street}{unit}, {city} {zipc}",
            "rel_city": fakes[rng.choice(_EN_LOCALES)].city(),
            "facility_city": fakes["en_US"].city(),
            "hospital": hospital,
            "snf": f"{fakes['en_GB'].last_name()} {rng.choice(['Gardens', 'House', 'Manor', 'Court'])} Care Home",
            "clinic": f"{fakes['en_AU'].last_name()} Street Practice",
            "employer": fakes[home].company(),
            "school": f"{fakes['en_US'].last_name()} Elementary School",
            "dob": _en_date(rng, birth),
            "ref": _en_date(rng, ref),
            "later": _en_date(rng, later),
            "follow": _en_date(rng, follow, year=rng.random() < 0.5),
            "earlier": _en_date(rng, earlier),
            "ref_short": _en_date(rng, ref, year=False),
            "death": _en_date(rng, later),
            "time": f"{rng.randint(0, 23):02d}{rng.choice(['00', '15', '30', '45'])}",
            "clock": f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM', 'pm'])}",
            "age": str(age),
            "rel_age": str(rng.randint(25, 70)),
            "rel2_age": str(rng.randint(8, 17)),
            "sib_age": str(
                rng.choice([91, 93, 95, 96, 99]) if age >= 90 and rng.random() < 0.5 else rng.randint(40, 88)
            ),
            "sex": rng.choice(["male", "female", "man", "woman"]),
            "med": rng.choice(_EN_MEDS),
            "med2": rng.choice(_EN_MEDS),
            "med3": rng.choice(_EN_MEDS),
            "dx": rng.choice(_EN_DX),
            "dx2": rng.choice(_EN_DX),
            "lab": rng.choice(_EN_LABS),
            "lab2": rng.choice(_EN_LABS),
            "dept": rng.choice(_EN_DEPTS),
            "dept2": rng.choice(_EN_DEPTS),
            "dur": rng.choice(_EN_DURATIONS),
            "bare_year": str(rng.randint(1995, 2020)),
            "bp": f"{rng.randint(92, 182)}/{rng.randint(48, 104)}",
            "hr": str(rng.randint(48, 131)),
            "spo2": str(rng.randint(85, 100)),
            "temp": f"{rng.randint(360, 394) / 10:.1f}",
            "weight": str(rng.randint(41, 132)),
            "pack_years": str(rng.randint(5, 60)),
            "gcs": str(rng.randint(9, 15)),
            "hours": str(rng.randint(2, 72)),
            "ef": str(rng.randint(15, 65)),
            "dose_units": str(rng.randint(4, 30)),
        }
    )
    known = (
        KnownIdentifier("PERSON", v["full"]),
        KnownIdentifier("PERSON", first),
        KnownIdentifier("PERSON", last),
        KnownIdentifier("ID", mrn),
        KnownIdentifier("ID", ssn),
        KnownIdentifier("PHONE", phone),
        KnownIdentifier("ADDRESS", street),
        KnownIdentifier("ADDRESS", city),
        KnownIdentifier("DATE", birth.isoformat()),
        KnownIdentifier("EMAIL", email),
    )
    return v, known


# ---------------------------------------------------------------------------------------------
# Chinese values
# ---------------------------------------------------------------------------------------------
def _zh_values(fakes: _Fakers, rng: random.Random) -> tuple[dict[str, str], tuple[KnownIdentifier, ...]]:
    cn = fakes["zh_CN"]
    surname, given = _zh_person(fakes, rng)
    female = rng.random() < 0.5
    ref = dt.date(2022, 3, 1) + dt.timedelta(days=rng.randint(0, 950))
    age, birth = _age_birth(rng, ref)
    later = ref + dt.timedelta(days=rng.randint(2, 15))
    follow = later + dt.timedelta(days=rng.randint(7, 60))
    earlier = ref - dt.timedelta(days=rng.randint(20, 800))
    province, city, district = cn.province(), cn.city_name(), cn.district()
    road = f"{cn.street_name().rstrip('街路')}{rng.choice(['路', '大街', '北路', '东巷', '大道'])}"
    street = f"{road}{rng.randint(1, 688)}号"
    room = rng.choice(
        [
            f"{rng.randint(1, 32)}栋{rng.randint(1, 5)}单元{rng.randint(101, 3204)}室",
            f"{rng.randint(1, 20)}号楼{rng.randint(101, 1802)}",
            f"{cn.last_name()}家{rng.choice(['村', '庄', '湾'])}{rng.randint(1, 9)}组{rng.randint(1, 60)}号",
            "",
        ]
    )
    address = rng.choice(
        [
            f"{province}{city}市{district}区{street}{room}",
            f"{city}市{district}区{street}{room}",
            f"{district}区{street}{room}",
        ]
    )
    rid = cn_resident_id(rng, birth)
    zyh = rng.choice(
        [
            f"{rng.randint(100000, 999999)}",
            f"ZY{ref.year}{rng.randint(0, 99999):05d}",
            f"{ref.year % 100}{rng.randint(0, 999999):06d}",
            f"00{rng.randint(1000000, 9999999)}",
        ]
    )
    mobile = _cn_mobile(rng)
    domain = rng.choice(["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"])
    email = f"{rng.choice(['xiao', 'ling', 'happy', 'sun', 'tiger', 'wx'])}{rng.randint(1960, 2005)}@{domain}"
    v: dict[str, str] = {}

    def person(prefix: str) -> None:
        s, g = _zh_person(fakes, rng)
        v[f"{prefix}_sur"], v[f"{prefix}_given"], v[f"{prefix}_name"] = s, g, s + g

    for role in ("rel", "rel2", "doc", "doc2", "doc3", "res", "rn", "rn2", "tech", "visitor", "witness", "pharm"):
        person(role)
    en_first, en_last = _en_person(fakes, rng, locales=_EN_LOCALES)
    hospital = rng.choice(
        [
            f"{city}市人民医院",
            f"{province}省立医院",
            f"{city}医科大学附属第一医院",
            f"{district}区中医院",
            f"{cn.last_name()}{rng.choice(['氏', ''])}骨科医院",
            f"解放军第{rng.randint(150, 990)}医院",
        ]
    )
    v.update(
        {
            "name": surname + given,
            "sur": surname,
            "given": given,
            "sex": "女" if female else "男",
            "hon": "女士" if female else "先生",
            "aunt": "阿姨" if female else "大爷",
            "milk": rng.choice(_ZH_MILK),
            "en_first": en_first,
            "en_last": en_last,
            "rel_role": rng.choice(_ZH_RELATIONS),
            "rel2_role": rng.choice(["邻居", "同事", "护工", "侄子", "表姐"]),
            "rid": rid,
            "rel_rid": cn_resident_id(rng, birth + dt.timedelta(days=rng.randint(8000, 12000))),
            "zyh": zyh,
            "mzh": rng.choice([f"MZ{rng.randint(10**7, 10**8 - 1)}", f"{rng.randint(10**9, 10**10 - 1)}"]),
            "bed": rng.choice(
                [f"{rng.randint(1, 68)}", f"+{rng.randint(1, 9)}", f"{rng.choice('ABC')}{rng.randint(1, 40)}"]
            ),
            "ybh": rng.choice(
                [
                    f"{rng.randint(10**11, 10**12 - 1)}",
                    f"{rng.choice(['GD', 'ZJ', 'SH', 'BJ'])}{rng.randint(10**9, 10**10 - 1)}",
                ]
            ),
            "sbk": f"{rng.choice('ABCDEFGH')}{rng.randint(10**7, 10**8 - 1)}",
            "passport": f"{rng.choice('EG')}{rng.randint(10**7, 10**8 - 1)}",
            "hk_permit": f"C{rng.randint(10**7, 10**8 - 1)}",
            "tw_id": f"{rng.choice('ABFHT')}{rng.choice('12')}{rng.randint(10**7, 10**8 - 1)}",
            "jcbh": f"{rng.choice(['CT', 'MR', 'DR', 'US'])}{ref.year}{rng.randint(10**5, 10**6 - 1)}",
            "specimen": f"{rng.randint(10**9, 10**10 - 1)}",
            "license": f"{rng.randint(10**14, 10**15 - 1)}",
            "plate": rng.choice("京沪粤浙苏鄂川湘") + rng.choice("ABCDEF") + f"{rng.randint(10000, 99999)}",
            "wechat": f"wxid_{rng.randint(10**9, 10**10 - 1)}",
            "qq": f"{rng.randint(10**7, 10**10 - 1)}",
            "mobile": mobile,
            "mobile2": _cn_mobile(rng),
            "mobile3": _cn_mobile(rng),
            "landline": _cn_landline(rng),
            "email": email,
            "address": address,
            "street": street,
            "city": f"{city}市",
            "district": f"{district}区",
            "village": f"{cn.last_name()}家{rng.choice(['村', '坪', '坳'])}",
            "hometown": f"{cn.city_name()}{rng.choice(['市', '县'])}",
            "hospital": hospital,
            "hospital2": f"{district}区{rng.choice(['社区卫生服务中心', '妇幼保健院', '第二人民医院'])}",
            "nursing_home": f"{cn.city_name()}{rng.choice(['颐康', '福寿', '康乐'])}养老院",
            "employer": cn.company(),
            "school": f"{city}市第{_zh_num(rng.randint(2, 40))}中学",
            "dob": _zh_date(rng, birth),
            "ref": _zh_date(rng, ref),
            "later": _zh_date(rng, later),
            "earlier": _zh_date(rng, earlier),
            "follow": _zh_date(rng, follow, year=rng.random() < 0.5),
            "ref_short": _zh_date(rng, ref, year=False),
            "clock": f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
            "age": str(age),
            "rel_age": str(rng.randint(30, 70)),
            "sib_age": str(rng.choice([90, 92, 94, 97]) if rng.random() < 0.3 else rng.randint(45, 89)),
            "med": rng.choice(_ZH_MEDS),
            "med2": rng.choice(_ZH_MEDS),
            "med3": rng.choice(_ZH_MEDS),
            "dx": rng.choice(_ZH_DX),
            "dx2": rng.choice(_ZH_DX),
            "lab": rng.choice(_ZH_LABS),
            "lab2": rng.choice(_ZH_LABS),
            "dept": rng.choice(_ZH_DEPTS),
            "dept2": rng.choice(_ZH_DEPTS),
            "dur": rng.choice(_ZH_DURATIONS),
            "bare_year": str(rng.randint(1998, 2020)),
            "bp": f"{rng.randint(92, 186)}/{rng.randint(50, 108)}",
            "hr": str(rng.randint(50, 130)),
            "temp": f"{rng.randint(360, 396) / 10:.1f}",
            "spo2": str(rng.randint(84, 100)),
            "rr": str(rng.randint(14, 32)),
            "gcs": str(rng.randint(8, 15)),
            "weight": str(rng.randint(38, 95)),
            "nrs": str(rng.randint(0, 8)),
            "braden": str(rng.randint(9, 20)),
            "morse": str(rng.randint(15, 85)),
        }
    )
    known = (
        KnownIdentifier("PERSON", v["name"]),
        KnownIdentifier("PERSON", surname),
        KnownIdentifier("PERSON", given),
        KnownIdentifier("ID", zyh),
        KnownIdentifier("ID", rid),
        KnownIdentifier("PHONE", mobile),
        KnownIdentifier("ADDRESS", address),
        KnownIdentifier("ADDRESS", v["city"]),
        KnownIdentifier("DATE", birth.isoformat()),
        KnownIdentifier("EMAIL", email),
    )
    return v, known


# ---------------------------------------------------------------------------------------------
# English templates
# ---------------------------------------------------------------------------------------------
EN_BLIND3_TEMPLATES: Final[dict[str, str]] = {
    "en_b3_progress_soap": (
        "HOSPITAL DAY 3 -- {dept} PROGRESS NOTE\n"
        "Pt: <<PERSON:upper_last_first>>   MRN <<ID:mrn>>   DOB <<DATE:dob>>\n"
        "S: Slept poorly. Says the {med} makes everything 'foggy'. <<PERSON:rel_first>> ({rel_role}) at bedside ov"
        "ernight, "
        "asking about going home before <<DATE:follow>>.\n"
        "O: T {temp}  HR {hr}  BP {bp}  SpO2 {spo2}% RA. {lab}, {lab2}.\n"
        "A/P: <<AGE:age>> y/o {sex} with {dx}, hx of {dx2} since {bare_year}. Continue {med2} x {dur}. "
        "Discussed with Dr <<PERSON:doc2_last>> ({dept2}) who agrees.\n"
        "-- <<PERSON:res_full>>, PGY-2, for <<PERSON:doc_full>> MD"
    ),
    "en_b3_hp_admission": (
        "ADMISSION HISTORY & PHYSICAL\n"
        "Date of service: <<DATE:ref>> {time}\nFacility: <<ORG:hospital>>\n"
        "Name: <<PERSON:last_first>> <<PERSON:middle_init>>.   Acct# <<ID:acct>>   SSN <<ID:ssn>>\n"
        "CC: 'can't catch my breath' x {dur}.\n"
        "HPI: {title} <<PERSON:last>> is a <<AGE:age>>-year-old retired employee of <<ORG:employer>> who was sent "
        "in by "
        "<<PERSON:pcp_full>> of <<ORG:clinic>> after {lab} was found on routine labs. Known {dx}; previously admit"
        "ted to "
        "<<ORG:snf>> on <<DATE:earlier>>.\n"
        "Social: lives at <<ADDRESS:full_addr>> with <<PERSON:rel_full>> ({rel_role}, {rel_age}). {pack_years} pac"
        "k-years.\n"
        "Meds: {med}; {med2}.\nPlan: admit to {dept}, {med3}."
    ),
    "en_b3_discharge_summary": (
        "DISCHARGE SUMMARY\n"
        "Patient <<PERSON:full>> | Hospital No. <<ID:mrn>> | Admitted <<DATE:ref>> | Discharged <<DATE:later>>\n"
        "Attending physician: <<PERSON:doc_last>>, <<PERSON:doc_first>>   Consultants: <<PERSON:doc2_full>> ({dept"
        "2}), "
        "<<PERSON:doc3_full>> ({dept})\n"
        "Principal diagnosis: {dx}. Secondary: {dx2}.\n"
        "Course: Treated with {med} and {med2}; {lab} on day 2 improved to {lab2}.\n"
        "Disposition: home with {rel_role} <<PERSON:rel_full>>, phone <<PHONE:cell_rel>>. "
        "Follow-up with <<PERSON:pcp_full>> on <<DATE:follow>> at <<ORG:clinic>>.\n"
        "Copies to: <<EMAIL:email>>"
    ),
    "en_b3_nursing_flowsheet": (
        "Nursing note {time}: Assumed care of pt from <<PERSON:rn2_first>> RN. Pt alert, oriented x{gcs}-ish, call"
        "s herself "
        "'<<PERSON:nick>>' and asked staff to use that. Pain 4/10, {med} given. Daughter-in-law <<PERSON:visitor_f"
        "ull>> visited "
        "{clock}-ish, left number <<PHONE:phone2>>. Bed alarm on. Fall risk high given {dx}.\n"
        "Handed off to <<PERSON:rn_full>>, RN at shift change. -- <<PERSON:rn2_full>>"
    ),
    "en_b3_consult_id": (
        "INFECTIOUS DISEASES CONSULT\nRequesting: <<PERSON:doc_full>>, {dept}\n"
        "Reason: bacteremia on {med}.\n"
        "<<PERSON:initials>> is a <<AGE:age>> yo who works as a nurse's aide at <<ORG:snf>>. Travelled to see fami"
        "ly in "
        "<<LOCATION:rel_city>> <<DATE:earlier>>; no sick contacts per {rel_role} <<PERSON:rel_first>>. "
        "Blood cx <<ID:specimen>> drawn <<DATE:ref_short>> grew GPC. Recommend {med2}, TTE (EF {ef}% in {bare_year"
        "}), "
        "repeat cultures. Will follow.\n<<PERSON:doc3_first>> <<PERSON:doc3_last>>, MD, ID fellow; pager <<PHONE:p"
        "ager>>"
    ),
    "en_b3_referral_letter": (
        "<<ORG:hospital>>\nDepartment of {dept}\n\n<<DATE:ref>>\n\n"
        "Dr <<PERSON:pcp_first>> <<PERSON:pcp_last>>\n<<ORG:clinic>>\n\n"
        "Dear <<PERSON:pcp_first>>,\n\n"
        "Re: <<PERSON:full>>, DOB <<DATE:dob>>, NHS No. <<ID:nhs>>\n<<ADDRESS:street>>, <<ADDRESS:city>> <<ADDRESS"
        ":zip>>\n\n"
        "Thank you for referring this pleasant {sex} whom I saw today with {dx}. I have started {med}. "
        "<<PERSON:rel_full>> ({rel_role}) asked that results go by e-mail to <<EMAIL:email>>.\n\n"
        "Kind regards,\n<<PERSON:doc_full>>\nConsultant, {dept}"
    ),
    "en_b3_portal_message": (
        "MyChart message received <<DATE:ref>> {clock}\nFrom: <<PERSON:lower_full>>\nTo: <<PERSON:np_full>>, NP\n\n"
        "hi its <<PERSON:nick>>. my {rel_role} <<PERSON:rel_first>> says i should ask if the {med} can be taken wi"
        "th {med2}? "
        "also my new cell is <<PHONE:phone>> and we moved to <<ADDRESS:full_addr>>. thx\n\n"
        "Reply: Hi <<PERSON:first>>, yes that is fine. Lab visit <<DATE:follow>>. -- <<PERSON:np_first>>"
    ),
    "en_b3_radiology_report": (
        "CT CHEST W/ CONTRAST   Accession <<ID:accession>>\n"
        "Patient: <<PERSON:last>>^<<PERSON:first>>   MRN: <<ID:mrn>>   Exam date: <<DATE:ref>>\n"
        "Ordering: <<PERSON:doc2_last>>, <<PERSON:doc2_first>>\n"
        "Comparison: <<DATE:earlier>> (outside study, <<ORG:hospital>>).\n"
        "Findings: Subsegmental PE RLL. Mild emphysema. Implanted device <<ID:serial>> noted.\n"
        "Impression: consistent with {dx}. Critical result called to <<PERSON:res_first>> <<PERSON:res_last>> at {"
        "clock}.\n"
        "Read by: <<PERSON:tech_full>>, MD"
    ),
    "en_b3_ed_triage": (
        "ED TRIAGE <<DATE:ref>> {time}\nArrived via EMS from <<ADDRESS:street>>. Brought in by <<PERSON:rel2_full>> "
        "({rel2_role}). Pt states name is '<<PERSON:first>>', unable to give surname; "
        "wallet ID reads <<PERSON:upper_full>>, driver licence <<ID:dl>>, plate <<ID:plate>>. "
        "Vitals HR {hr} BP {bp} GCS {gcs}. Glucose low, {med} given. Hx {dx} per EMS.\nTriage RN: <<PERSON:rn_last>>"
    ),
    "en_b3_social_work": (
        "SOCIAL WORK ASSESSMENT\nMet with pt and {rel_role} <<PERSON:rel_full>> (cell <<PHONE:cell_rel>>). "
        "Pt is <<AGE:age>>, widowed in {bare_year}, sister still living at <<AGE:sib_age>>. Previously employed by "
        "<<ORG:employer>>; insurance {carrier} member ID <<ID:member>>, group <<ID:group>>. Medicare MBI <<ID:mbi>>. "
        "Family requests placement near <<LOCATION:facility_city>>. Referral faxed to <<ORG:snf>> at <<PHONE:fax>>.\n"
        "<<PERSON:sw_full>>, LCSW"
    ),
    "en_b3_pharmacy": (
        "Pharmacy intervention <<DATE:ref_short>>: Rx #<<ID:rx>> for {med} clarified with prescriber <<PERSON:doc_"
        "full>> "
        "(DEA <<ID:dea>>, NPI <<ID:npi>>). Renal dosing for {lab}. Pt <<PERSON:last_first>> counselled with interp"
        "reter "
        "<<PERSON:interp_full>> (phone interpreter). {med2} held x {dur}.\n-- <<PERSON:pharm_first>> <<PERSON:phar"
        "m_last>>, PharmD"
    ),
    "en_b3_op_note": (
        "OPERATIVE REPORT\nDate: <<DATE:ref>>\nSurgeon: <<PERSON:doc_full>>\nAssistant: <<PERSON:res_full>>\n"
        "Anesthesia: <<PERSON:doc3_last>> (general)\nPreop dx: {dx}\n"
        "Procedure: Laparoscopic cholecystectomy on <<PERSON:full>> (<<ID:mrn>>). EBL 50 mL. Specimen <<ID:specime"
        "n>> to path. "
        "Counts correct x2 per circulating nurse <<PERSON:rn_first>>. Patient to PACU stable. Family (<<PERSON:rel"
        "_first>>) "
        "updated in waiting room at {clock}."
    ),
    "en_b3_death_note": (
        "Called to bedside at {clock} on <<DATE:death>> by RN <<PERSON:rn_full>>. <<PERSON:first>> <<PERSON:last>>, "
        "a <<AGE:age>>-year-old with end-stage {dx}, was without pulse or respirations. Time of death {time}. "
        "Next of kin <<PERSON:rel_full>> ({rel_role}) notified by phone at <<PHONE:cell_rel>>; declined autopsy. "
        "Funeral home: <<ORG:employer>>. Attending Dr. <<PERSON:doc_last>> notified.\n<<PERSON:res_first>> <<PERSO"
        "N:res_last>>, MD"
    ),
    "en_b3_telephone_encounter": (
        "TELEPHONE ENCOUNTER -- <<DATE:ref>>\nCaller: <<PERSON:rel_first>> <<PERSON:rel_last>>, {rel_role} of pt "
        "(<<PERSON:initials>>, DOB <<DATE:dob>>). Call-back <<PHONE:phone2>>; alternate <<PHONE:phone>>. "
        "Reports pt more confused since starting {med} {dur} ago. Advised ED if worse. Routed to <<PERSON:pcp_last"
        ">> and "
        "<<PERSON:np_first>> (NP). Verified identity with last four of SSN and address <<ADDRESS:street>>."
    ),
    "en_b3_work_status_form": (
        'WORK STATUS / RETURN TO WORK\nEmployee: <<PERSON:first>> "<<PERSON:nick>>" <<PERSON:last>>   '
        "DOB: <<DATE:dob>>\nEmployer: <<ORG:employer>>   Supervisor: <<PERSON:visitor_full>>\n"
        "Home address: <<ADDRESS:full_addr>>   Phone: <<PHONE:phone>>\n"
        "Seen for {dx}. Off work from <<DATE:ref>> until <<DATE:follow>>; light duty ({weight} lb lifting limit) f"
        "or {dur}. "
        "Medication: {med}.\nEmergency contact: <<PERSON:rel_full>> ({rel_role})\n"
        "Clinician: <<PERSON:pcp_full>>, MD   Signed <<DATE:later>>"
    ),
    "en_b3_geriatric_consult": (
        "GERIATRICS CONSULT (requested by <<PERSON:doc2_first>> <<PERSON:doc2_last>>)\n"
        "ID: <<AGE:age>> y.o. {sex}, lives alone in <<LOCATION:city>>, daughter <<PERSON:rel_first>> in <<LOCATION"
        ":rel_city>>. "
        "Brother (<<AGE:sib_age>>) also a patient here. MMSE 21/30. {dx}; {dx2}. Meds reviewed: stop {med}, contin"
        "ue {med2}.\n"
        "Seen with med student <<PERSON:tech_first>> and <<PERSON:visitor_first>> from chaplaincy. "
        "Note copied to <<URL:url>> per family request.\n-- <<PERSON:doc_last>>"
    ),
    "en_b3_it_audit": (
        "Chart access audit <<DATE:ref>>: record <<ID:mrn>> (<<PERSON:last_first>>) opened from workstation "
        "<<ID:ip>> by user <<PERSON:tech_full>> at {clock}. Access reason: 'covering for <<PERSON:doc_last>>'. "
        "Patient portal login e-mail <<EMAIL:email>>; claim <<ID:claim>> pending. Passport on file <<ID:passport>>. "
        "Privacy officer <<PERSON:sw_first>> <<PERSON:sw_last>> notified."
    ),
    "en_b3_wound_care": (
        "Wound care RN visit (home health) <<DATE:ref_short>>, address <<ADDRESS:full_addr>>.\n"
        "Sacral stage 3, {weight} kg. Dressing changed. Pt's carer <<PERSON:rel2_full>> trained; son <<PERSON:rel_"
        "first>> "
        "working at <<ORG:employer>> most days. Hx {dx}; glucose controlled on {med}. Next visit <<DATE:follow>>.\n"
        "Visit by <<PERSON:rn2_full>>; supervising <<PERSON:doc3_full>>."
    ),
}


# ---------------------------------------------------------------------------------------------
# Chinese templates
# ---------------------------------------------------------------------------------------------
ZH_BLIND3_TEMPLATES: Final[dict[str, str]] = {
    "zh_b3_daily_progress": (
        "日常病程记录\n<<DATE:ref>> {clock}\n"
        "患者<<PERSON:name>>，{sex}，<<AGE:age>>岁，因“{dx}”入住我科第{dur}。今日诉夜间睡眠差，{lab}。"
        "查体：T {temp}℃，P {hr}次/分，BP {bp}mmHg。<<PERSON:doc_sur>>主任查房后指示：继续{med}，加用{med2}，"
        "复查{lab2}。患者{rel_role}<<PERSON:rel_name>>表示理解。\n记录者：<<PERSON:res_name>>"
    ),
    "zh_b3_admission_record": (
        "入院记录\n姓名：<<PERSON:name>>    性别：{sex}    年龄：<<AGE:age>>岁\n"
        "出生日期：<<DATE:dob>>    籍贯：<<LOCATION:hometown>>\n身份证号：<<ID:rid>>\n"
        "工作单位：<<ORG:employer>>\n现住址：<<ADDRESS:address>>\n"
        "联系人：<<PERSON:rel_name>>（{rel_role}）  电话：<<PHONE:mobile2>>\n"
        "入院日期：<<DATE:ref>>    病史陈述者：患者本人及家属\n"
        "主诉：反复胸闷{dur}，加重1天。\n现病史：患者{bare_year}年于<<ORG:hospital2>>诊断为“{dx2}”，长期口服{med}。"
    ),
    "zh_b3_discharge": (
        "出院小结\n住院号：<<ID:zyh>>  床号：<<ID:bed>>  科室：{dept}\n"
        "患者<<PERSON:sur>><<PERSON:given>>于<<DATE:ref>>入院，<<DATE:later>>出院，共住院若干天。\n"
        "出院诊断：1.{dx} 2.{dx2}\n诊疗经过：予{med}、{med2}等治疗，{lab}较前好转。\n"
        "出院医嘱：{med3}；<<DATE:follow>>至<<ORG:hospital>>{dept2}门诊复诊，找<<PERSON:doc2_sur>>医生。"
        "如有不适请拨打<<PHONE:landline>>。\n主治医师：<<PERSON:doc_name>>  住院医师：<<PERSON:res_name>>"
    ),
    "zh_b3_nursing": (
        "护理记录单  <<DATE:ref_short>> {clock}\n<<ID:bed>>床 <<PERSON:name>>  Braden评分{braden}分，Morse评分{mor"
        "se}分，"
        "属跌倒高危。患者神志清，NRS {nrs}分。遵医嘱予{med}。陪护为其{rel_role}（<<PERSON:rel_name>>，"
        "手机<<PHONE:mobile2>>），已行防跌倒宣教。夜班交予<<PERSON:rn2_sur>>护士。\n签名：<<PERSON:rn_name>>"
    ),
    "zh_b3_consultation": (
        "会诊记录\n申请科室：{dept}  被邀科室：{dept2}\n"
        "会诊意见：患者<<PERSON:sur>>{hon}，<<AGE:age>>岁，{dx}病史{dur}。查看患者后考虑合并{dx2}，"
        "建议：1.{med}；2.复查血常规（前次{lab2}）；3.必要时转我科。\n会诊医师：<<PERSON:doc3_name>>（副主任医师）"
        "  时间：<<DATE:ref>> {clock}\n已与床位医生<<PERSON:res_sur>>医生沟通。"
    ),
    "zh_b3_ct_report": (
        "<<ORG:hospital>>\nCT检查报告单\n检查号：<<ID:jcbh>>   门诊号：<<ID:mzh>>\n"
        "姓名：<<PERSON:name>>  性别：{sex}  年龄：<<AGE:age>>岁  检查日期：<<DATE:ref>>\n"
        "检查所见：右肺下叶见斑片状高密度影，纵隔淋巴结未见肿大。\n诊断意见：考虑{dx}，请结合临床。\n"
        "报告医师：<<PERSON:tech_name>>   审核医师：<<PERSON:doc3_name>>"
    ),
    "zh_b3_consent": (
        "手术知情同意书\n患者姓名：<<PERSON:name>>  住院号：<<ID:zyh>>  身份证号码：<<ID:rid>>\n"
        "拟行手术：腹腔镜胆囊切除术  术前诊断：{dx}\n"
        "医师<<PERSON:doc_name>>已向我详细告知手术风险，我同意手术。\n"
        "患者签名：<<PERSON:name>>\n授权委托人：<<PERSON:rel_name>>  与患者关系：{rel_role}  "
        "身份证：<<ID:rel_rid>>  联系电话：<<PHONE:mobile3>>\n见证人：<<PERSON:witness_name>>\n日期：<<DATE:ref>>"
    ),
    "zh_b3_followup": (
        "随访记录\n随访日期：<<DATE:follow>>  随访方式：电话（<<PHONE:mobile>>）\n"
        "接听人为患者{rel_role}，自称“<<PERSON:rel_sur>>姐”。患者出院后在家服用{med}，血压{bp}mmHg，"
        "诉偶有头晕。已搬至<<ADDRESS:address>>居住，嘱就近于<<ORG:hospital2>>复查{lab}。\n随访护士：<<PERSON:rn_na"
        "me>>"
    ),
    "zh_b3_ward_round_senior": (
        "主任医师查房记录\n<<DATE:ref>>，<<PERSON:doc_name>>主任医师查房：老<<PERSON:sur>>今日精神可，"
        "仍诉乏力。{lab}，{lab2}。<<PERSON:doc_sur>>主任分析：患者高龄（<<AGE:age>>岁），合并{dx}、{dx2}，"
        "治疗需兼顾。调整{med}为{med2}。小<<PERSON:res_sur>>负责联系家属<<PERSON:rel_name>>（{rel_role}）。"
    ),
    "zh_b3_outpatient": (
        "门诊病历  <<ORG:hospital>> {dept}\n就诊日期：<<DATE:ref>>  门诊号：<<ID:mzh>>  医保卡号：<<ID:ybh>>\n"
        "<<PERSON:name>>，{sex}，<<AGE:age>>岁，<<ORG:employer>>职工。\n主诉：{dx}复诊。\n"
        "处理：{med}，{med2}，{dur}后复诊。\n医生签名：<<PERSON:doc2_name>>"
    ),
    "zh_b3_pediatric_nursing": (
        "儿科护理记录 <<DATE:ref_short>>\n患儿<<PERSON:name>>（小名“<<PERSON:milk>>”），就读于<<ORG:school>>，"
        "由母亲<<PERSON:rel_name>>陪护，母亲电话<<PHONE:mobile2>>。体温{temp}℃，予{med}后复测体温下降。"
        "患儿爷爷（<<AGE:sib_age>>岁）来院探视。交班给<<PERSON:rn2_name>>。"
    ),
    "zh_b3_transfer": (
        "转科记录\n患者<<PERSON:name>>，住院号<<ID:zyh>>，于<<DATE:ref>>因{dx}入住{dept}，"
        "现因{dx2}于<<DATE:later>> {clock}转入{dept2}。转出医师：<<PERSON:res_name>>；接收医师：<<PERSON:doc3_name"
        ">>。"
        "家属<<PERSON:rel_name>>已签字同意，社保卡号<<ID:sbk>>。"
    ),
    "zh_b3_foreign_patient": (
        "涉外患者登记\n患者英文名：<<PERSON:en_first>> <<PERSON:en_last>>，中文名<<PERSON:name>>，护照号<<ID:passp"
        "ort>>，"
        "港澳通行证<<ID:hk_permit>>。随行翻译<<PERSON:visitor_name>>，电话<<PHONE:mobile3>>。"
        "电子邮箱：<<EMAIL:email>>。患者既往在<<ORG:hospital>>行{dx}治疗。接诊医生：<<PERSON:doc_sur>>医生。"
    ),
    "zh_b3_lab_critical": (
        "危急值报告登记\n<<DATE:ref>> {clock} 检验科<<PERSON:tech_name>>电话报告：<<ID:bed>>床<<PERSON:name>>，标"
        "本号<<ID:specimen>>，"
        "{lab}。接获护士：<<PERSON:rn_sur>>护士；已报告值班医生<<PERSON:res_name>>，予{med}处理。"
    ),
    "zh_b3_death_record": (
        "死亡记录\n患者<<PERSON:name>>，<<AGE:age>>岁，于<<DATE:ref>>入院，因{dx}抢救无效于<<DATE:later>> {clock}"
        "宣告临床死亡。"
        "死亡原因：{dx2}。家属<<PERSON:rel_name>>（{rel_role}，身份证<<ID:rel_rid>>）在场，拒绝尸检。"
        "遗体送往<<ADDRESS:village>>。\n医师：<<PERSON:doc_name>>、<<PERSON:res_name>>"
    ),
    "zh_b3_wechat_message": (
        "患者家属微信留言（<<DATE:ref_short>>）：<<PERSON:doc2_sur>>大夫您好，我是<<PERSON:sur>>{aunt}的{rel_role}，"
        "她住在<<ADDRESS:district>><<ADDRESS:street>>，最近{med}吃完了，能不能开点？我微信号<<ID:wechat>>，"
        "QQ <<ID:qq>>，或者打我电话<<PHONE:mobile2>>。\n回复：已转交<<PERSON:pharm_name>>药师。"
    ),
    "zh_b3_nursing_home_referral": (
        "转诊单\n转出机构：<<ORG:nursing_home>>\n转入机构：<<ORG:hospital>>\n"
        "老人<<PERSON:name>>，<<AGE:age>>岁，出生于<<DATE:dob>>，入住本院自<<DATE:earlier>>。{dx}、{dx2}。"
        "近期进食差。由<<PERSON:rel2_name>>（{rel2_role}）陪同护送，车牌<<ID:plate>>。机构联系人<<PERSON:visitor_"
        "name>>，"
        "座机<<PHONE:landline>>。"
    ),
    "zh_b3_sick_leave": (
        "疾病证明书\n兹证明<<PERSON:name>>同志（身份证号<<ID:rid>>），系<<ORG:employer>>员工，于<<DATE:ref>>在我院"
        "{dept}就诊，诊断为{dx}，建议休息{dur}。\n医师：<<PERSON:doc_name>>  执业证书编号：<<ID:license>>\n"
        "<<ORG:hospital>>（盖章）  <<DATE:later>>"
    ),
}


_TEMPLATES: Final[dict[str, dict[str, str]]] = {"en": EN_BLIND3_TEMPLATES, "zh": ZH_BLIND3_TEMPLATES}
_VALUES: Final[dict[str, Callable[[_Fakers, random.Random], tuple[dict[str, str], tuple[KnownIdentifier, ...]]]]] = {
    "en": _en_values,
    "zh": _zh_values,
}


def generate_blind3(language: str, count: int = 500) -> list[SynthNote]:
    """``count`` blind3 notes in ``language`` (``en`` / ``zh``); templates round-robin, fresh persona each."""
    if language not in _TEMPLATES:
        raise ValueError(f"unknown language {language!r}")
    seed = BLIND3_SEED + (0 if language == "en" else 7)
    rng = random.Random(seed)
    fakes: _Fakers = {}
    for offset, locale in enumerate(_ALL_LOCALES):
        fake = Faker(locale)
        fake.seed_instance(seed * 31 + offset)
        fakes[locale] = fake
    templates = sorted(_TEMPLATES[language].items())
    notes: list[SynthNote] = []
    for index in range(count):
        name, template = templates[index % len(templates)]
        values, known = _VALUES[language](fakes, rng)
        text, spans = render(template, values)
        notes.append(SynthNote(f"{SPLIT}-{language}-{index + 1:04d}", SPLIT, language, name, text, spans, known))
    return notes
