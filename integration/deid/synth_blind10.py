# ruff: noqa: E501
"""Blind evaluation set ``blind10``: everyday general-hospital documentation, as busy clinicians write it.

Written blind: the author read only ``synth.py`` (``GoldSpan``, ``SynthNote``, ``render``,
``cn_resident_id``, ``GOLD_KINDS``), ``model.py`` and the structure test, and never looked at the
recognisers, their word lists, their tuning notes or their scores. **Do not tune against this set**:
look at its aggregate figures only, never at its templates or notes while changing recognisers.

English notes: admission H&P, SOAP progress notes, consults, discharge summaries, nursing handovers,
allied-health notes (PT/OT/SLP/dietitian), pharmacy reconciliation, case management, family
meetings, rapid-response and fall notes, GP letters, telephone messages. Chinese notes: 入院记录、
病程记录、查房、会诊、交接班、护理、出院小结、康复/营养/药学、随访电话、家属谈话、不良事件、门诊、转诊.

Gold conventions:

* ``PERSON``: any real person's name or part of one (patient, family, staff, GP, neighbours), in
  any form: full name, first name only, surname only, initial + surname, initials ("JS"), "SMITH,
  John", nicknames, Chinese 姓 alone, 名 alone, 叠字 nicknames (丽丽). Titles and roles stay outside
  the span ("Dr", "Mrs", ", RN", 主任, 医生, 护士, 女士, 阿姨 ...), as do the 老/小 prefixes (老<王>, 小<刘>)
  and surrounding punctuation. Names of diseases, drugs and scores (Parkinson, Glasgow) are not gold.
* ``ID``: record, account, encounter and lab-accession numbers, SSN (or its last four digits when
  written as an identifier), NHS numbers, NPI, insurance member numbers, 住院号/门诊号/病案号,
  身份证号 (also spaced or lower-case x), 医保卡号, WeChat IDs. Bed numbers, ward names, drug codes,
  ICD codes and lot numbers are not gold.
* ``PHONE``: telephone and fax numbers in any format, including internal extensions, bleeps and
  pagers (分机号) written as numbers.
* ``EMAIL``, ``URL``: whole address / link.
* ``ADDRESS``: a postal address or part of one written as an address (street line, or street plus
  city/state/ZIP as one span; Chinese 区/路/号 strings).
* ``LOCATION``: a place named in prose outside a postal address (a city, town, county, 村, 县),
  including the patient's own city.
* ``DATE``: every date more specific than a year (3/14, 14-Mar, 2024年3月14日, 3月14日, the birth date
  in any format). Bare years, times, durations and weekdays are not gold.
* ``ORG``: hospitals, nursing homes, GP practices, pharmacies, employers, insurers, community
  centres, when named. Generic "the ED", "ICU", "心内科" are not gold.
* ``AGE``: only ages of 90 or more, the number alone (digits, English words or Chinese numerals);
  "y/o", "-year-old", 岁 stay outside. Younger ages appear and are not gold.
* Values are stripped; spans never overlap; every note has at least one gold span.
* Each note has a fresh persona and its record (``known``): full name, first/given, last/sur name,
  record number, national ID (an SSN in English, exactly one 18-character resident ID in Chinese),
  phone, street address, city, ISO birth date, e-mail. The text uses these exactly and in variants,
  and carries much PHI the record does not list.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from faker import Faker

from integration.deid.model import KnownIdentifier
from integration.deid.synth import SynthNote, cn_resident_id, render

__all__ = [
    "BLIND10_SEED",
    "EN_BLIND10_TEMPLATES",
    "ZH_BLIND10_TEMPLATES",
    "blind10_age_of",
    "generate_blind10",
]

BLIND10_SEED: Final[int] = 47119023
_SPLIT: Final = "blind10"

# ---------------------------------------------------------------------------------------------
# Ages in words
# ---------------------------------------------------------------------------------------------
_ONES: Final = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS: Final = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ZH_DIGITS: Final = "零一二三四五六七八九"
_ZH_VALUES: Final[dict[str, int]] = {c: i for i, c in enumerate(_ZH_DIGITS)} | {"两": 2, "〇": 0}


def _en_words(n: int, *, a_hundred: bool = False) -> str:
    if n >= 100:
        head = "a hundred" if a_hundred else "one hundred"
        rest = n - 100
        return head if rest == 0 else f"{head} and {_en_words(rest)}"
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] if ones == 0 else f"{_TENS[tens]}-{_ONES[ones]}"


def _zh_numeral(n: int) -> str:
    if n >= 100:
        rest = n - 100
        if rest == 0:
            return "一百"
        if rest < 10:
            return "一百零" + _ZH_DIGITS[rest]
        return "一百" + ("一十" + (_ZH_DIGITS[rest - 10] if rest > 10 else "") if rest < 20 else _zh_numeral(rest))
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _ZH_DIGITS[tens] + "十")
    return head + (_ZH_DIGITS[ones] if ones else "")


def _zh_to_int(text: str) -> int:
    total = 0
    current = 0
    for ch in text:
        if ch in _ZH_VALUES:
            current = _ZH_VALUES[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += current * 100
            current = 0
        else:
            raise ValueError("not a Chinese numeral")
    return total + current


_EN_WORD_VALUES: Final[dict[str, int]] = {w: i for i, w in enumerate(_ONES)} | {
    w: 10 * i for i, w in enumerate(_TENS) if w
}


def blind10_age_of(text: str) -> int:
    """Read an age written as digits, English words or Chinese numerals."""
    value = text.strip()
    if value.isdigit():
        return int(value)
    if value and all(ch in _ZH_VALUES or ch in "十百" for ch in value):
        return _zh_to_int(value)
    total = 0
    current = 0
    words = [w for w in re.split(r"[\s-]+", value.lower()) if w and w != "and"]
    if not words:
        raise ValueError("not an age")
    for word in words:
        if word == "a":
            current = 1
        elif word == "hundred":
            total += (current or 1) * 100
            current = 0
        elif word in _EN_WORD_VALUES:
            current += _EN_WORD_VALUES[word]
        else:
            raise ValueError("not an age")
    return total + current


# ---------------------------------------------------------------------------------------------
# Invented people, places and numbers
# ---------------------------------------------------------------------------------------------
_EN_LOCALES: Final = (
    "en_US",
    "en_US",
    "en_US",
    "en_GB",
    "en_IE",
    "en_IN",
    "es_MX",
    "fr_FR",
    "de_DE",
    "it_IT",
    "pl_PL",
    "en_NZ",
)
_HAND_FIRST: Final = (
    "Hope",
    "Faith",
    "Joy",
    "Grace",
    "Will",
    "Rose",
    "Daisy",
    "Frank",
    "Mark",
    "Summer",
    "Sunny",
    "Dawn",
    "Ivy",
    "Rusty",
    "Bill",
    "Jack",
    "Precious",
    "Blessing",
    "Oluwaseun",
    "Siobhan",
    "Priya",
    "Tamati",
    "Aroha",
    "Ngozi",
    "Mohammed",
    "Zofia",
    "Kwame",
    "Aisling",
    "Rhys",
    "Mei",
    "Dolores",
    "Xochitl",
    "Bao",
    "Eun-ji",
)
_HAND_LAST: Final = (
    "Baker",
    "Cook",
    "Young",
    "Price",
    "Hall",
    "King",
    "Wood",
    "Little",
    "Moody",
    "Bishop",
    "Banks",
    "Church",
    "Best",
    "Stone",
    "Brown",
    "Long",
    "Love",
    "Small",
    "Good",
    "Rich",
    "Short",
    "Nguyen",
    "Adeyemi",
    "O'Sullivan",
    "Venkataraman",
    "Al-Rashid",
    "Wiśniewska",
    "Ngata",
    "Okonkwo",
    "Te Rangi",
    "van der Berg",
    "Da Silva-Moreira",
    "McAllister",
    "Ó Briain",
)
_NICKS: Final[dict[str, str]] = {
    "William": "Bill",
    "Robert": "Bob",
    "Elizabeth": "Liz",
    "Margaret": "Peggy",
    "James": "Jim",
    "Patricia": "Patty",
    "Richard": "Rick",
    "Jennifer": "Jen",
    "Michael": "Mike",
    "Katherine": "Kate",
    "Thomas": "Tom",
    "Christopher": "Chris",
    "Joseph": "Joe",
    "Deborah": "Debbie",
    "Daniel": "Dan",
    "Susan": "Sue",
    "Anthony": "Tony",
    "Barbara": "Barb",
    "Edward": "Ted",
    "Dorothy": "Dot",
    "Francis": "Frank",
    "Oluwaseun": "Seun",
    "Siobhan": "Shiv",
}
_TITLE_START: Final = re.compile(r"(?:Dr|Mr|Mrs|Ms|Miss|Mx|Pastor)\b", re.IGNORECASE)
_ZH_COMPOUND: Final = ("欧阳", "司马", "上官", "诸葛", "慕容", "端木", "皇甫", "令狐", "公孙", "东方", "尉迟", "长孙")
_ZH_RARE: Final = ("訾", "亓", "佘", "逄", "冼", "仉", "蒯", "鞠", "覃", "禚", "晏", "隗", "郇", "靳", "麻")
_ZH_MINORITY: Final = (
    "阿依古丽·买买提",
    "热依拉·艾力",
    "扎西顿珠",
    "格桑卓玛",
    "巴特尔",
    "乌云其其格",
    "阿卜杜拉·吐尔逊",
    "次仁央金",
    "努尔兰·哈森",
    "其木格",
    "玉素甫·艾山",
    "央宗",
)
_ZH_TITLES: Final = (
    "女士",
    "先生",
    "医生",
    "主任",
    "护士",
    "大夫",
    "阿姨",
    "大爷",
    "药师",
    "老师",
    "师傅",
    "老",
    "小",
    "姐",
    "哥",
    "叔",
)
_WARDS: Final = ("4 West", "5N", "AMU", "Ward 7B", "CCU step-down", "Gen Med 3", "Ortho 2", "SAU")
_ZH_WARDS: Final = ("心内科", "呼吸科", "神经内科", "老年科", "骨科", "普外科", "消化内科", "肾内科", "内分泌科")
_SAINTS: Final = ("Brigid", "Jude", "Columba", "Luke", "Vincent", "Anne", "Raphael", "Mungo", "Clare")
_EN_STREETS: Final = (
    "Rowan Close",
    "Mill Lane",
    "Elm St",
    "Harbour Rd",
    "Church View",
    "Quarry Hill",
    "Oak Ave",
    "Station Road",
)
_COUNTRIES: Final = (
    "Manila",
    "Lagos",
    "Kraków",
    "Guadalajara",
    "Kerala",
    "Cork",
    "Hanoi",
    "Auckland",
    "Accra",
    "Glasgow",
)
_ZH_PLACES: Final = ("溧水", "蓟州", "萧山", "黄陂", "武清", "昌平", "番禺", "江宁", "余杭", "宝坻", "临安", "双流")
_ZH_STEMS: Final = ("南京", "杭州", "武汉", "成都", "长沙", "青岛", "苏州", "合肥", "济南", "郑州", "宁波", "无锡")


@dataclass
class _Person:
    first: str
    last: str
    nick: str
    full: str = ""

    def __post_init__(self) -> None:
        if not self.full:
            self.full = f"{self.first} {self.last}"


@dataclass
class _Ctx:
    rng: random.Random
    fakers: dict[str, Faker]
    language: str
    base: dt.date
    patient: _Person
    birth: dt.date
    age: int
    sex: str
    record: dict[str, str] = field(default_factory=dict)
    people: dict[str, _Person] = field(default_factory=dict)


class _Values(dict[str, str]):
    """Values made on first use, so a key prefix stands for one invented person within a note."""

    def __init__(self, make: Callable[[str], str]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: str) -> str:
        value = self._make(key).strip()
        self[key] = value
        return value


def _ok_name(name: str) -> bool:
    return (
        bool(name.strip())
        and not _TITLE_START.match(name)
        and not name.endswith(_ZH_TITLES)
        and not name.startswith(("老", "小"))
    )


def _en_person(rng: random.Random, fakers: dict[str, Faker], sex: str | None = None) -> _Person:
    while True:
        sex_ = sex or rng.choice("FM")
        if rng.random() < 0.25:
            first, last = rng.choice(_HAND_FIRST), rng.choice(_HAND_LAST)
        else:
            fake = fakers[rng.choice(_EN_LOCALES)]
            first = fake.first_name_female() if sex_ == "F" else fake.first_name_male()
            last = fake.last_name()
        first, last = first.strip(), last.strip()
        if _ok_name(first) and _ok_name(last) and " " not in first:
            return _Person(first, last, _NICKS.get(first, first))


def _zh_person(rng: random.Random, fakers: dict[str, Faker], sex: str | None = None) -> _Person:
    fake = fakers["zh_CN"]
    while True:
        sex_ = sex or rng.choice("FM")
        roll = rng.random()
        given = fake.first_name_female() if sex_ == "F" else fake.first_name_male()
        if roll < 0.08:
            full = rng.choice(_ZH_MINORITY)
            if "·" in full:
                given, last = full.split("·")
            else:
                last, given = full[:2], full[2:] or full
            person = _Person(given, last, given, full)
        else:
            if roll < 0.2:
                last = rng.choice(_ZH_COMPOUND)
            elif roll < 0.3:
                last = rng.choice(_ZH_RARE)
            else:
                last = fake.last_name()
            nick = given[-1] * 2 if rng.random() < 0.6 else "阿" + given[-1]
            person = _Person(given, last, nick, last + given)
        if all(_ok_name(v) for v in (person.first, person.last, person.nick, person.full)):
            return person


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", folded.lower()) or "pt"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _us_phone(rng: random.Random) -> tuple[str, str, str]:
    return f"{rng.randint(201, 989)}", f"{rng.randint(200, 999)}", _digits(rng, 4)


def _en_phone_any(rng: random.Random) -> str:
    a, b, c = _us_phone(rng)
    return rng.choice(
        (f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"+1 {a} {b} {c}", f"{b}-{c}",
         f"07{_digits(rng, 3)} {_digits(rng, 6)}", f"+44 20 {_digits(rng, 4)} {_digits(rng, 4)}", f"1-800-{b}-{c}")
    )  # fmt: skip


def _cn_mobile(rng: random.Random) -> str:
    return rng.choice(("13", "15", "17", "18", "19")) + _digits(rng, 9)


def _cn_phone_variant(rng: random.Random, mobile: str) -> str:
    a, b, c = mobile[:3], mobile[3:7], mobile[7:]
    return rng.choice((f"{a}-{b}-{c}", f"{a} {b} {c}", f"+86 {mobile}", f"+86-{a}-{b}-{c}", f"{a}{b} {c}"))


def _cn_phone_any(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.55:
        mobile = _cn_mobile(rng)
        return mobile if rng.random() < 0.5 else _cn_phone_variant(rng, mobile)
    area = rng.choice(("010", "021", "025", "0571", "027", "028", "0731", "0532", "0755"))
    local = _digits(rng, 8 if len(area) == 3 else rng.choice((7, 8)))
    return rng.choice(
        (f"{area}-{local}", f"({area}){local}", f"{area} {local[:4]} {local[4:]}", f"{area}-{local[:4]} {local[4:]}")
    )


def _dates(rng: random.Random, base: dt.date) -> dt.date:
    return base + dt.timedelta(days=rng.randint(-40, 12))


_MONTHS: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS_LONG: Final = (
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


def _en_date(rng: random.Random, day: dt.date, style: str) -> str:
    mon, lmon = _MONTHS[day.month - 1], _MONTHS_LONG[day.month - 1]
    forms = {
        "dshort": f"{day.month}/{day.day}",
        "dlong": f"{lmon} {day.day}, {day.year}",
        "diso": day.isoformat(),
        "dmy": f"{day.day:02d}/{day.month:02d}/{day.year}",
        "dmon": f"{day.day}-{mon}",
        "dus": f"{day.month:02d}/{day.day:02d}/{day.year}",
        "dtext": f"{day.day} {mon} {day.year}",
        "dyy": f"{day.month}/{day.day}/{day.year % 100:02d}",
    }
    return forms[style] if style in forms else rng.choice(list(forms.values()))


def _zh_date(rng: random.Random, day: dt.date, style: str) -> str:
    forms = {
        "zdate": f"{day.year}年{day.month}月{day.day}日",
        "zmd": f"{day.month}月{day.day}日",
        "ziso": day.isoformat(),
        "zdot": f"{day.year}.{day.month}.{day.day}",
        "zslash": f"{day.year}/{day.month:02d}/{day.day:02d}",
        "zmdd": f"{day.month}.{day.day}",
    }
    return forms[style] if style in forms else rng.choice(list(forms.values()))


# ---------------------------------------------------------------------------------------------
# Values per key: ``prefix_form`` is a person (``pt`` the patient), anything else goes by its
# name without trailing digits.
# ---------------------------------------------------------------------------------------------
def _person_of(ctx: _Ctx, prefix: str) -> _Person:
    if prefix == "pt":
        return ctx.patient
    if prefix not in ctx.people:
        make = _en_person if ctx.language == "en" else _zh_person
        ctx.people[prefix] = make(ctx.rng, ctx.fakers)
    return ctx.people[prefix]


def _en_person_form(ctx: _Ctx, person: _Person, form: str) -> str:
    first, last = person.first, person.last
    forms = {
        "full": person.full,
        "first": first,
        "last": last,
        "nick": person.nick,
        "init": f"{first[0]}. {last}",
        "initials": f"{first[0]}{last[0]}".upper(),
        "caps": f"{last.upper()}, {first}",
        "lf": f"{last}, {first[0]}",
        "upper": last.upper(),
        "email": f"{_ascii(first)[:1]}.{_ascii(last)}@{ctx.rng.choice(('stbrigids-health.org', 'mercyhs.net', 'nhs.net', 'valleygp.co.uk', 'gmail.com'))}",
    }
    return forms[form]


def _zh_person_form(ctx: _Ctx, person: _Person, form: str) -> str:
    forms = {
        "full": person.full,
        "sur": person.last,
        "given": person.first,
        "nick": person.nick,
        "first": person.first,
        "last": person.last,
    }
    if form == "email":
        return ctx.fakers["zh_CN"].email()
    return forms[form]


def _en_value(ctx: _Ctx, key: str) -> str:
    rng, record = ctx.rng, ctx.record
    if "_" in key:
        prefix, form = key.rsplit("_", 1)
        if prefix == "pt" and form in record:
            return record[form]
        if prefix == "pt":
            return _en_patient_variant(ctx, form)
        return _en_person_form(ctx, _person_of(ctx, prefix), form)
    name = key.rstrip("0123456789")
    us = ctx.fakers["en_US"]
    day = _dates(rng, ctx.base)
    filler: dict[str, Callable[[], str]] = {
        "ward": lambda: rng.choice(_WARDS),
        "time": lambda: f"{rng.randint(0, 23):02d}{rng.choice(('00', '15', '30', '45', '10', '50'))}",
        "sex": lambda: ctx.sex,
        "bp": lambda: f"{rng.randint(92, 178)}/{rng.randint(48, 96)}",
        "hr": lambda: str(rng.randint(52, 124)),
        "sat": lambda: str(rng.randint(88, 99)),
        "temp": lambda: f"{rng.randint(360, 391) / 10:.1f}",
        "hb": lambda: f"{rng.randint(78, 148)}",
        "wcc": lambda: f"{rng.randint(32, 188) / 10:.1f}",
        "na": lambda: str(rng.randint(126, 146)),
        "k": lambda: f"{rng.randint(31, 58) / 10:.1f}",
        "cr": lambda: str(rng.randint(64, 289)),
        "plt": lambda: str(rng.randint(88, 460)),
        "inr": lambda: f"{rng.randint(9, 34) / 10:.1f}",
        "bed": lambda: f"{rng.randint(1, 32)}{rng.choice('ABCD')}",
        "young": lambda: str(rng.randint(24, 86)),
        "wt": lambda: f"{rng.randint(380, 1120) / 10:.1f}",
        "score": lambda: str(rng.randint(3, 24)),
    }
    phi: dict[str, Callable[[], str]] = {
        "phone": lambda: _en_phone_any(rng),
        "cell": lambda: "{}-{}-{}".format(*_us_phone(rng)),
        "fax": lambda: "({}) {}-{}".format(*_us_phone(rng)),
        "bleep": lambda: _digits(rng, rng.choice((4, 4, 5))),
        "mrn": lambda: rng.choice((_digits(rng, 8), "H" + _digits(rng, 7), "M" + _digits(rng, 7))),
        "acct": lambda: rng.choice(("ENC-" + _digits(rng, 9), _digits(rng, 10), "V" + _digits(rng, 8))),
        "acc": lambda: f"{ctx.base.year % 100}-{rng.choice(('CH', 'HM', 'MB', 'SP'))}-{_digits(rng, 6)}",
        "ssn": lambda: f"{rng.randint(100, 665)}-{_digits(rng, 2)}-{_digits(rng, 4)}",
        "nhs": lambda: f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 4)}",
        "npi": lambda: "1" + _digits(rng, 9),
        "ins": lambda: rng.choice(("XJH", "W", "MBR", "ZGP")) + _digits(rng, rng.choice((8, 9, 10))),
        "d": lambda: _en_date(rng, day, "any"),
        "email": lambda: _en_person_form(ctx, _person_of(ctx, "mail" + key), "email"),
        "url": lambda: rng.choice(
            (
                f"https://mychart.{_ascii(us.last_name())}health.org/appt/{_digits(rng, 6)}",
                f"www.{_ascii(us.city())}hospital.org/discharge-videos",
                f"https://telehealth.{_ascii(us.last_name())}.com/join/{_digits(rng, 9)}",
                f"http://bit.ly/{_ascii(us.last_name())[:4]}{_digits(rng, 3)}",
            )
        ),
        "hosp": lambda: rng.choice(
            (
                f"{us.city()} General Hospital",
                f"St. {rng.choice(_SAINTS)}'s Medical Center",
                f"Mercy {us.city()}",
                f"{_en_person(rng, ctx.fakers).last} Memorial Hospital",
                "Royal Victoria Infirmary",
            )
        ),
        "snf": lambda: rng.choice(
            (
                f"{rng.choice(('Willow', 'Cedar', 'Meadow', 'Larkspur', 'Oakhaven'))} Care Home",
                f"{_en_person(rng, ctx.fakers).last} House Nursing Home",
                f"Sunrise of {us.city()}",
                f"{rng.choice(('Golden', 'Silver', 'Maple'))} Years SNF",
            )
        ),
        "gp": lambda: rng.choice(
            (
                f"{rng.choice(_EN_STREETS)} Medical Practice",
                f"{us.city()} Family Medicine",
                f"{_en_person(rng, ctx.fakers).last} & Partners",
                "Riverside Health Centre",
            )
        ),
        "pharm": lambda: rng.choice(
            (
                f"{_en_person(rng, ctx.fakers).last}'s Pharmacy",
                f"Boots {us.city()}",
                "Walgreens on 5th",
                f"{us.city()} Apothecary",
            )
        ),
        "org": lambda: rng.choice(
            (
                us.company(),
                f"{us.city()} Home Health",
                "Meals on Wheels of " + us.city(),
                f"{rng.choice(('Aetna', 'Humana', 'Cigna', 'Kaiser Permanente', 'Blue Cross'))}",
            )
        ),
        "insorg": lambda: rng.choice(("Aetna", "Humana Gold Plus", "UnitedHealthcare", "Cigna", "BUPA")),
        "loc": lambda: rng.choice(
            (
                ctx.fakers[rng.choice(_EN_LOCALES)].city(),
                f"{_en_person(rng, ctx.fakers).last} County",
                rng.choice(_COUNTRIES),
            )
        ),
        "addr": lambda: rng.choice(
            (
                us.street_address(),
                f"{rng.randint(1, 220)} {rng.choice(_EN_STREETS)}",
                f"Flat {rng.randint(1, 40)}, {rng.randint(2, 90)} {rng.choice(_EN_STREETS)}",
            )
        ),
        "age": lambda: rng.choice((str(rng.randint(62, 104)), _en_words(rng.randint(88, 103)))),
    }
    if name in ("dshort", "dlong", "diso", "dmy", "dmon", "dus", "dtext", "dyy"):
        return _en_date(rng, day, name)
    if name in filler:
        return filler[name]()
    return phi[name]()


def _en_patient_variant(ctx: _Ctx, form: str) -> str:
    rng, r = ctx.rng, ctx.record
    phone = r["phone"]
    a, b, c = phone.split("-")
    birth = ctx.birth
    if form in ("full", "first", "last", "nick", "init", "initials", "caps", "lf", "upper"):
        return _en_person_form(ctx, ctx.patient, form)
    variants: dict[str, Callable[[], str]] = {
        "phonev": lambda: rng.choice(
            (f"({a}) {b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"+1 {a} {b} {c}", f"{a} {b} {c}")
        ),
        "mrnv": lambda: rng.choice(
            (f"{r['mrn'][:4]} {r['mrn'][4:]}", f"{r['mrn'][:4]}-{r['mrn'][4:]}", r["mrn"].lstrip("0") or r["mrn"])
        ),
        "ssnv": lambda: r["ssn"].replace("-", ""),
        "ssn4": lambda: r["ssn"][-4:],
        "dobv": lambda: rng.choice(
            (
                f"{birth.month:02d}/{birth.day:02d}/{birth.year}",
                f"{birth.day} {_MONTHS[birth.month - 1]} {birth.year}",
                f"{birth.month}/{birth.day}/{birth.year % 100:02d}",
                f"{_MONTHS_LONG[birth.month - 1]} {birth.day}, {birth.year}",
                f"{birth.day:02d}.{birth.month:02d}.{birth.year}",
            )
        ),
        "addrfull": lambda: f"{r['addr']}, {r['city']}, {r['state']} {r['zip']}",
        "age": lambda: str(ctx.age),
        "agew": lambda: _en_words(ctx.age, a_hundred=rng.random() < 0.5),
    }
    return variants[form]()


def _zh_value(ctx: _Ctx, key: str) -> str:
    rng, record = ctx.rng, ctx.record
    fake = ctx.fakers["zh_CN"]
    if "_" in key:
        prefix, form = key.rsplit("_", 1)
        if prefix == "pt" and form in record:
            return record[form]
        if prefix == "pt":
            return _zh_patient_variant(ctx, form)
        return _zh_person_form(ctx, _person_of(ctx, prefix), form)
    name = key.rstrip("0123456789")
    day = _dates(rng, ctx.base)
    stem = rng.choice(_ZH_STEMS)
    filler: dict[str, Callable[[], str]] = {
        "ward": lambda: rng.choice(_ZH_WARDS),
        "time": lambda: f"{rng.randint(0, 23):02d}:{rng.choice(('00', '15', '30', '45', '10', '50'))}",
        "sex": lambda: "女" if ctx.sex == "F" else "男",
        "bp": lambda: f"{rng.randint(92, 178)}/{rng.randint(48, 96)}",
        "hr": lambda: str(rng.randint(52, 124)),
        "sat": lambda: str(rng.randint(88, 99)),
        "temp": lambda: f"{rng.randint(360, 391) / 10:.1f}",
        "hb": lambda: str(rng.randint(78, 148)),
        "wcc": lambda: f"{rng.randint(32, 188) / 10:.1f}",
        "na": lambda: str(rng.randint(126, 146)),
        "k": lambda: f"{rng.randint(31, 58) / 10:.1f}",
        "cr": lambda: str(rng.randint(64, 289)),
        "plt": lambda: str(rng.randint(88, 460)),
        "inr": lambda: f"{rng.randint(9, 34) / 10:.1f}",
        "bed": lambda: str(rng.randint(1, 48)),
        "young": lambda: str(rng.randint(24, 86)),
        "wt": lambda: f"{rng.randint(38, 112)}",
        "score": lambda: str(rng.randint(3, 24)),
    }
    phi: dict[str, Callable[[], str]] = {
        "phone": lambda: _cn_phone_any(rng),
        "mobile": lambda: _cn_mobile(rng),
        "ext": lambda: _digits(rng, 4),
        "mrn": lambda: f"{ctx.base.year}{_digits(rng, 6)}",
        "mz": lambda: rng.choice(("MZ", "mz", "")) + _digits(rng, rng.choice((8, 10))),
        "ba": lambda: _digits(rng, rng.choice((7, 8))),
        "yb": lambda: rng.choice("ABCDEFGHJK") + _digits(rng, 8),
        "tm": lambda: f"{ctx.base.year % 100}{_digits(rng, 8)}",
        "wx": lambda: rng.choice(
            (
                "wxid_" + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(10)),
                f"{_ascii(fake.romanized_name())}{rng.randint(1950, 2005)}",
            )
        ),
        "sfz": lambda: cn_resident_id(rng, dt.date(rng.randint(1940, 2000), rng.randint(1, 12), rng.randint(1, 28))),
        "d": lambda: _zh_date(rng, day, "any"),
        "email": lambda: fake.email(),
        "url": lambda: rng.choice(
            (
                f"https://hlwyy.{_ascii(fake.romanized_name())}.com.cn/fz?id={_digits(rng, 8)}",
                f"http://wx.{stem}yy.cn/sf/{_digits(rng, 6)}",
                f"https://m.{_ascii(fake.romanized_name())}health.cn/report/{_digits(rng, 10)}",
            )
        ),
        "hosp": lambda: rng.choice(
            (
                f"{stem}市第{_zh_numeral(rng.randint(1, 9))}人民医院",
                f"{stem}市中医院",
                f"{fake.district()}区人民医院",
                f"{stem}医科大学附属第{_zh_numeral(rng.randint(1, 3))}医院",
                f"{fake.district()}县妇幼保健院",
            )
        ),
        "yly": lambda: rng.choice(
            (
                f"{fake.district()}区{rng.choice(('福寿', '康乐', '夕阳红', '颐和', '松鹤'))}养老院",
                f"{stem}{rng.choice(('康乐', '泰康之家', '颐养'))}护理院",
            )
        ),
        "sq": lambda: f"{fake.district()}{rng.choice(('街道', '镇', '路'))}社区卫生服务中心",
        "pharm": lambda: rng.choice(
            (
                f"老百姓大药房（{fake.district()}店）",
                f"益丰大药房{fake.district()}店",
                f"{stem}医药连锁{fake.district()}分店",
            )
        ),
        "org": lambda: fake.company(),
        "loc": lambda: rng.choice(
            (
                fake.city(),
                f"{rng.choice(_ZH_PLACES)}",
                f"{fake.district()}县",
                f"{fake.last_name()}家村",
                f"{fake.province()}",
            )
        ),
        "addr": lambda: rng.choice(
            (
                f"{fake.province()}{fake.city()}{fake.district()}区{fake.street_address()}",
                f"{fake.district()}区{fake.street_address()}{rng.randint(1, 9)}单元{rng.randint(1, 28)}0{rng.randint(1, 6)}室",
                f"{fake.street_address()}",
            )
        ),
        "age": lambda: rng.choice((str(rng.randint(62, 104)), _zh_numeral(rng.randint(88, 103)))),
    }
    if name in ("zdate", "zmd", "ziso", "zdot", "zslash", "zmdd"):
        return _zh_date(rng, day, name)
    if name in filler:
        return filler[name]()
    return phi[name]()


def _zh_patient_variant(ctx: _Ctx, form: str) -> str:
    rng, r = ctx.rng, ctx.record
    birth = ctx.birth
    if form in ("full", "sur", "given", "nick", "first", "last"):
        return _zh_person_form(ctx, ctx.patient, form)
    ident = r["id"]
    variants: dict[str, Callable[[], str]] = {
        "phonev": lambda: _cn_phone_variant(rng, r["phone"]),
        "mrnv": lambda: rng.choice(
            (f"ZY{r['mrn']}", f"{r['mrn'][:4]}-{r['mrn'][4:]}", f"{r['mrn'][:4]} {r['mrn'][4:]}")
        ),
        "idv": lambda: (
            ident.lower()
            if ident.endswith("X")
            else rng.choice((f"{ident[:6]} {ident[6:14]} {ident[14:]}", f"{ident[:6]}-{ident[6:14]}-{ident[14:]}"))
        ),
        "id4": lambda: ident[-4:],
        "dobv": lambda: rng.choice(
            (
                f"{birth.year}年{birth.month}月{birth.day}日",
                f"{birth.year}.{birth.month:02d}.{birth.day:02d}",
                f"{birth:%Y%m%d}",
                f"{birth.year}/{birth.month}/{birth.day}",
            )
        ),
        "addrfull": lambda: f"{r['province']}{r['city']}{r['addr']}",
        "street": lambda: r["street"],
        "age": lambda: str(ctx.age),
        "agez": lambda: _zh_numeral(ctx.age),
    }
    return variants[form]()


# ---------------------------------------------------------------------------------------------
# Persona and record
# ---------------------------------------------------------------------------------------------
def _age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _persona(rng: random.Random, fakers: dict[str, Faker], language: str) -> _Ctx:
    base = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 900))
    target = rng.randint(90, 104) if rng.random() < 0.38 else rng.randint(38, 89)
    birth = base - dt.timedelta(days=target * 365 + rng.randint(0, 364))
    age = _age_on(birth, base)
    sex = rng.choice("FM")
    if language == "en":
        patient = _en_person(rng, fakers, sex)
        us = fakers["en_US"]
        a, b, c = _us_phone(rng)
        record = {
            "full": patient.full,
            "first": patient.first,
            "last": patient.last,
            "mrn": rng.choice(("00", "10", "")) + _digits(rng, 6),
            "ssn": f"{rng.randint(100, 665)}-{_digits(rng, 2)}-{_digits(rng, 4)}",
            "phone": f"{a}-{b}-{c}",
            "addr": us.street_address(),
            "city": us.city(),
            "state": us.state_abbr(),
            "zip": us.zipcode(),
            "dob": birth.isoformat(),
            "email": f"{_ascii(patient.first)}.{_ascii(patient.last)}{rng.randint(1, 99)}@{us.free_email_domain()}",
        }
    else:
        patient = _zh_person(rng, fakers, sex)
        zh = fakers["zh_CN"]
        street = f"{zh.street_address()}{rng.randint(1, 12)}栋{rng.randint(1, 30)}0{rng.randint(1, 6)}室"
        record = {
            "full": patient.full,
            "first": patient.first,
            "last": patient.last,
            "mrn": f"{base.year}{_digits(rng, 6)}",
            "id": cn_resident_id(rng, birth),
            "phone": _cn_mobile(rng),
            "province": zh.province(),
            "city": zh.city(),
            "street": street,
            "addr": f"{zh.district()}区{street}",
            "dob": birth.isoformat(),
            "email": zh.email(),
        }
    return _Ctx(rng, fakers, language, base, patient, birth, age, sex, record)


def _known(ctx: _Ctx) -> tuple[KnownIdentifier, ...]:
    r = ctx.record
    national = r["ssn"] if ctx.language == "en" else r["id"]
    return (
        KnownIdentifier("PERSON", r["full"]),
        KnownIdentifier("PERSON", r["first"]),
        KnownIdentifier("PERSON", r["last"]),
        KnownIdentifier("ID", r["mrn"]),
        KnownIdentifier("ID", national),
        KnownIdentifier("PHONE", r["phone"]),
        KnownIdentifier("ADDRESS", r["addr"]),
        KnownIdentifier("ADDRESS", r["city"]),
        KnownIdentifier("DATE", r["dob"]),
        KnownIdentifier("EMAIL", r["email"]),
    )


def _fakers(language: str, seed: int) -> dict[str, Faker]:
    locales = sorted(set(_EN_LOCALES)) if language == "en" else ["zh_CN"]
    out: dict[str, Faker] = {}
    for offset, locale in enumerate([*locales, "en_US"] if "en_US" not in locales else locales):
        fake = Faker(locale)
        fake.seed_instance(seed + offset)
        out[locale] = fake
    return out


def generate_blind10(language: str, count: int = 500) -> list[SynthNote]:
    """``count`` notes in ``language`` ("en" or "zh"), the same on every run and in every process."""
    if language not in ("en", "zh"):
        raise ValueError(f"unsupported language {language!r}; expected 'en' or 'zh'")
    templates = EN_BLIND10_TEMPLATES if language == "en" else ZH_BLIND10_TEMPLATES
    names = sorted(templates)
    seed = BLIND10_SEED + (0 if language == "en" else 1_000_003)
    rng = random.Random(seed)
    fakers = _fakers(language, seed)
    notes: list[SynthNote] = []
    for index in range(count):
        name = names[index % len(names)]
        ctx = _persona(rng, fakers, language)
        values = _Values(functools.partial(_en_value if language == "en" else _zh_value, ctx))
        text, spans = render(templates[name], values, age_of=blind10_age_of)
        notes.append(
            SynthNote(f"{_SPLIT}-{language}-{index + 1:04d}", _SPLIT, language, name, text, spans, _known(ctx))
        )
    return notes


# ---------------------------------------------------------------------------------------------
# English templates
# ---------------------------------------------------------------------------------------------
EN_BLIND10_TEMPLATES: dict[str, str] = {
    "admission_hp": """ADMISSION H&P  {ward}  <<DATE:d1>> {time}
Pt: <<PERSON:pt_caps>>   MRN <<ID:pt_mrn>>   DOB <<DATE:pt_dobv>>
Attending Dr <<PERSON:dr1_last>> / admitting resident <<PERSON:dr2_full>> (bleep <<PHONE:bleep1>>)
CC: SOB x3d
HPI: <<AGE:pt_age>> y/o {sex} w/ HFrEF (EF 30% on TTE <<DATE:d2>>), CKD3b, AF on apixaban 2.5mg BD, BIBA from <<ORG:snf1>> after 2-3d worsening SOB, orthopnoea 3 pillows, wt up 4kg. Denies CP/palps. GP Dr <<PERSON:gp1_full>> (<<ORG:gp1>>) upped furosemide to 80mg on <<DATE:d3>>, no help.
PMH: HTN, T2DM (HbA1c 7.9%), CKD3b baseline Cr {cr}, OA knees, R THR 2011, cataracts.
SH: widowed, was living at <<ADDRESS:pt_addr>> until last yr, son <<PERSON:fam1_first>> visits daily (cell <<PHONE:cell1>>), dtr <<PERSON:fam2_full>> lives in <<LOCATION:loc1>>. Ex-smoker 20pk-yr. EtOH nil.
O/E: BP {bp} HR {hr} irreg RR 24 SpO2 {sat}% 2L T {temp}. JVP +4, bibasal creps, pitting oedema to knees.
Labs: Hb {hb} WCC {wcc} Na {na} K {k} Cr {cr} BNP 2140 trop 18->21.
A/P: ADHF. IV furosemide 80mg BD, FR 1.5L, daily wts, strict I/O, keep K>4 Mg>1. Repeat echo. D/w pt + son, full code for now.
<<PERSON:dr2_initials>> / <<PERSON:dr2_last>> PGY2""",
    "soap_progress": """Progress note HD3 <<DATE:d1>>
S: "slept better". <<PERSON:pt_first>> c/o mild R knee pain, 3/10. Nurse <<PERSON:rn1_first>> reports 1x loose BM overnight, no melaena. Wife <<PERSON:fam1_first>> asking re d/c date again (pls call her <<PHONE:phone1>> after 3pm).
O: T {temp} BP {bp} HR {hr} SpO2 {sat}% RA. Wt {wt}kg (adm 74.2). Chest clear, abdo SNT.
Labs <<DATE:d2>>: Hb {hb} plt {plt} INR {inr} Na {na} K {k} Cr {cr} CRP 41 (was 118).
A: CAP improving, AKI resolving.
P: switch IV co-amox -> PO amoxicillin 500mg TDS to complete 5d, stop IVF, rpt U&E am. PT/OT to see. Chase CXR report (acc <<ID:acc1>>). D/w Dr <<PERSON:dr1_last>> on WR.
<<PERSON:dr2_init>>, FY1 (x<<PHONE:bleep1>>)""",
    "consult_request": """CONSULT REQUEST -> Nephrology
Pt <<PERSON:pt_full>>  <<ID:pt_mrn>>  bed {bed}
Requesting: Dr <<PERSON:dr1_full>> (hospitalist), pager <<PHONE:bleep1>>
Q: AKI on CKD, Cr {cr} from baseline 130, K {k}. ?need for RRT. Pt <<AGE:pt_age>>, wants conservative mgmt per ACP signed <<DATE:d1>>.
Outside records from <<ORG:hosp1>> (their MRN <<ID:mrn1>>) faxed to <<PHONE:fax1>>.
Spoke w/ renal reg <<PERSON:dr2_first>> on phone, will see today after 2pm.
---
REPLY (<<PERSON:dr2_full>>, Renal SpR): Seen & examined. Euvolaemic. Pre-renal + ACEi/NSAID (ibuprofen 400mg TDS OTC from <<ORG:pharm1>>). Hold ramipril 5mg, avoid nephrotoxics, rpt bloods 48h. Not for RRT - d/w pt & her nephew <<PERSON:fam1_full>> (HCP) who agrees. Will f/u in renal clinic, appt letter to <<ADDRESS:pt_addrfull>>. Bleep <<PHONE:bleep2>> w/ Qs.""",
    "discharge_summary": """DISCHARGE SUMMARY
Name: <<PERSON:pt_full>>   DOB: <<DATE:pt_dob>>   MRN: <<ID:pt_mrn>>   Acct: <<ID:acct1>>
Admitted: <<DATE:d1>>   Discharged: <<DATE:d2>>   Consultant: Dr <<PERSON:dr1_init>>
Dx: NOF # (L) s/p hemiarthroplasty <<DATE:d3>> (Mr <<PERSON:dr2_last>>, ortho). Post-op delirium, resolved. Hb drop to {hb}, 1u PRBC.
Meds on d/c: paracetamol 1g QDS, oxycodone 2.5mg PRN max 4/24, enoxaparin 40mg OD x28d, alendronate 70mg weekly, Adcal-D3 1 BD, senna 15mg nocte.
Stopped: zopiclone 7.5mg (falls risk).
F/u: fracture clinic 6/52, GP (Dr <<PERSON:gp1_last>>, <<ORG:gp1>>) to check U&E 1/52. Home w/ package of care via <<ORG:org1>>.
Dispo: to daughter <<PERSON:fam1_full>>'s home at <<ADDRESS:addr1>> for 2 wks. Contact <<PHONE:phone1>>.
Pt <<AGE:pt_age>> y/o, lives alone normally in <<LOCATION:pt_city>>.
Dictated <<PERSON:dr3_full>>, MD""",
    "nursing_handover": """SBAR handover {time} <<DATE:dshort1>> - <<PERSON:rn1_first>> to <<PERSON:rn2_first>>
Bay 3 bed {bed}: <<PERSON:pt_last>>, <<PERSON:pt_first>> (goes by <<PERSON:pt_nick>>) <<AGE:pt_age>>yo, NOF #, POD2. NEWS 3 (RR 21, SpO2 {sat}%). PCA stopped 0600. Voided 350ml. Pressure areas intact, Waterlow 18, turns 2hrly. Son <<PERSON:fam1_first>> rang x2, wants a call back on <<PHONE:phone1>> - told him Dr <<PERSON:dr1_last>> will ring after rounds. Pt's own cell (<<PHONE:pt_phone>>) is in the locker.
Bed {bed}: Mr <<PERSON:pt2_last>> NBM for OGD tmrw.
- <<PERSON:rn1_initials>>""",
    "fall_incident": """FALL - post-fall review {time} <<DATE:d1>>
Called by HCA <<PERSON:hca1_first>> - pt found on floor beside bed by <<PERSON:rn1_full>> RN. Unwitnessed. Pt <<PERSON:pt_full>> (<<ID:pt_mrn>>) says she "went to the loo" w/o frame. Hit head? unsure. On apixaban.
GCS 15, PEARL, no focal deficit, ROM hips full, small skin tear L forearm 3cm - steristrips. Obs BP {bp} HR {hr} SpO2 {sat}%.
Plan: CT head (<24h on DOAC), neuro obs 1/2hrly x2h then hrly, bed rails NOT appropriate, low bed + sensor mat, falls care plan updated. Datix no. <<ID:acct1>>.
NOK <<PERSON:fam1_full>> informed by phone <<PHONE:phone1>> at {time}. Duty consultant Dr <<PERSON:dr1_full>> aware.
<<PERSON:dr2_first>> <<PERSON:dr2_last>>, CT1""",
    "rapid_response": """RRT call {time} <<DATE:d1>>, {ward}
Trigger: NEWS 7 (RR 28, SpO2 86% RA, HR {hr}, BP 88/50, new confusion). Pt <<PERSON:pt_caps>>, <<AGE:pt_agew>>-year-old, MRN <<ID:pt_mrnv>>.
Team: <<PERSON:dr1_full>> (med reg), <<PERSON:rn1_full>> (outreach), <<PERSON:rt1_first>> RT, <<PERSON:dr2_first>> FY1.
ABG pH 7.31 pCO2 6.8 pO2 7.1 lact 3.4. 15L NRB -> SpO2 93%. 500ml Hartmann's bolus x2. Cultures, tazocin 4.5g stat. CXR: RLL consolidation.
DNACPR in place (signed <<DATE:d2>> by Dr <<PERSON:dr3_last>>), ceiling = ward-based care. Daughter <<PERSON:fam1_first>> <<PERSON:fam1_last>> informed on <<PHONE:cell1>>, coming in from <<LOCATION:loc1>>.""",
    "pt_physio": """PHYSIOTHERAPY - <<DATE:dtext1>>
S: Pt keen to mobilise, pain 4/10 on mvmt. Lives w/ husband <<PERSON:fam1_first>> (<<AGE:age1>>, frail) in 2-storey house, 14 stairs, 1 rail. Prev indep w/ stick.
O: bed mob min A x1, STS mod A x1 from std chair, ambulated 10m ZF + A x1, SpO2 {sat}% RA post. Tinetti {score}/28.
A: below baseline, high falls risk.
P: BD physio, gait re-ed, stair assess before d/c, refer OT for home visit. Wheeled frame ordered from <<ORG:org1>> (order ref <<ID:acct1>>).
<<PERSON:phys1_full>>, PT (bleep <<PHONE:bleep1>>) covering for <<PERSON:phys2_first>>""",
    "ot_home_visit": """OT home visit report - <<DATE:d1>>
Address visited: <<ADDRESS:pt_addrfull>>. Present: pt <<PERSON:pt_first>>, dtr-in-law <<PERSON:fam1_full>>, neighbour "<<PERSON:nb1_nick>>" (<<PERSON:nb1_full>>, has key, <<PHONE:phone1>>).
Findings: steep front step, no rail; bath only (no shower); toilet 41cm - raised seat + frame. Loose rugs removed w/ consent.
Equipment requested: perching stool, bath board, 2nd stair rail via <<ORG:org2>>. Pendant alarm - already with <<ORG:org1>>, acct <<ID:ins1>>.
Recommend: POC BD for 2/52 (washing/dressing). D/w SW <<PERSON:sw1_first>> <<PERSON:sw1_last>>.
<<PERSON:ot1_init>>, OT""",
    "slp_swallow": """SLP bedside swallow assessment <<DATE:dmon1>>
Referred by Dr <<PERSON:dr1_last>> ?aspiration. <<PERSON:pt_full>>, <<AGE:pt_age>>, post-stroke day 4 (L MCA), NIHSS 9.
Oro-motor: R facial droop, weak cough. 3oz water test: FAILED (cough after 2nd sip). Teaspoon IDDSI 2 mildly thick: no s/s aspiration x5.
Rec: IDDSI level 5 minced & moist, level 2 fluids, upright 90deg, 1:1 supervision, meds crushed where poss (check w/ pharmacist <<PERSON:ph1_first>>). Oral care BD.
Wife <<PERSON:fam1_first>> brought in thickener from home, took her through it. Her email for the leaflet: <<EMAIL:fam1_email>>.
Review Thurs. <<PERSON:slp1_full>>, SLT x<<PHONE:bleep1>>""",
    "dietitian": """Dietitian review <<DATE:d1>>
<<PERSON:pt_last>> (<<ID:pt_mrn>>) MUST 3 - wt {wt}kg, BMI 17.8, 9% wt loss in 3/12. Poor appetite since wife died in <<DATE:dlong1>>.
Intake ~40% of meals per food charts (HCA <<PERSON:hca1_first>>). Alb 28.
Plan: fortified diet, Ensure Plus 2x200ml/d (600kcal, 24g prot), snacks between meals, thiamine 100mg TDS x10d (refeeding risk - PO4 0.71, Mg 0.68 -> replace).
Liaise w/ <<ORG:org1>> re meals on d/c. Son <<PERSON:fam1_full>> will shop, his no. <<PHONE:phone1>>.
<<PERSON:diet1_full>>, RD""",
    "pharmacy_medrec": """PHARMACY MEDICINES RECONCILIATION
Pt: <<PERSON:pt_full>>  DOB <<DATE:pt_dob>>  Allergies: penicillin (rash 1970s)
Sources: pt, GP summary from <<ORG:gp1>> (Dr <<PERSON:gp1_lf>>), community pharmacy <<ORG:pharm1>> (spoke to <<PERSON:ph2_first>>, tel <<PHONE:phone1>>), blister pack.
1. bisoprolol 2.5mg OD - cont
2. apixaban 5mg BD -> dose should be 2.5mg BD (age >=80, Cr {cr}) - flagged to Dr <<PERSON:dr1_last>>
3. amlodipine 10mg OD - withheld, BP {bp}
4. metformin 500mg BD - held, eGFR 28
5. sertraline 50mg OD - cont
6. co-codamol 30/500 2 QDS PRN - pt takes ~6/day
Insurance: <<ORG:insorg1>> member <<ID:ins1>>, Rx BIN 610014.
<<PERSON:ph1_full>>, clinical pharmacist, ext <<PHONE:bleep1>>""",
    "case_management": """CASE MANAGEMENT / DISCHARGE PLANNING <<DATE:d1>>
Pt <<PERSON:pt_full>>, <<AGE:pt_age>>yo, SSN xxx-xx-<<ID:pt_ssn4>>, MRN <<ID:pt_mrn>>. Payer: Medicare A/B + <<ORG:insorg1>> supplement (<<ID:ins1>>).
Lives alone, <<ADDRESS:pt_addr>>, <<LOCATION:pt_city>>. POA: niece <<PERSON:fam1_full>> <<PHONE:phone1>> / <<EMAIL:fam1_email>>.
PT rec SNF. Referrals sent to <<ORG:snf1>> (admissions: <<PERSON:cm2_first>>, <<PHONE:phone2>>) and <<ORG:snf2>> - bed offer from 1st for <<DATE:dshort2>>. 3-midnight rule met.
Transport: wheelchair van booked via <<ORG:org1>> conf# <<ID:acct1>>.
<<PERSON:cm1_full>>, RN CM, cell <<PHONE:cell1>>""",
    "family_meeting": """FAMILY MEETING NOTE <<DATE:d1>> 1400-1500, relatives' room {ward}
Present: Dr <<PERSON:dr1_full>> (consultant), <<PERSON:rn1_first>> (nurse in charge), <<PERSON:sw1_full>> (SW), pt's children <<PERSON:fam1_first>>, <<PERSON:fam2_first>> and <<PERSON:fam3_full>> (on speaker from <<LOCATION:loc1>>, <<PHONE:phone1>>).
Pt <<PERSON:pt_first>> not present (asleep), lacks capacity re d/c destination (MCA assmt <<DATE:d2>>).
Discussed: advanced dementia, aspiration pneumonia x2 this yr, poor oral intake. Agreed focus on comfort, no re-admission to ICU, DNACPR confirmed. Prefer <<ORG:snf1>> near <<PERSON:fam1_first>>'s house.
Actions: <<PERSON:sw1_first>> to send CHC checklist, Dr <<PERSON:dr1_last>> to write to GP <<PERSON:gp1_full>>.""",
    "gp_letter": """<<ORG:hosp1>>
Department of Medicine for Older People
Tel <<PHONE:phone1>>  Fax <<PHONE:fax1>>
<<DATE:dlong1>>

Dr <<PERSON:gp1_full>>
<<ORG:gp1>>
<<ADDRESS:addr1>>

Dear Dr <<PERSON:gp1_last>>,
Re: <<PERSON:pt_full>>, DOB <<DATE:pt_dobv>>, <<ADDRESS:pt_addrfull>>, NHS no. <<ID:nhs1>>
Thank you for referring this <<AGE:pt_agew>>-year-old gentleman/lady whom I saw in falls clinic today with his/her son <<PERSON:fam1_first>>. Lying BP 142/80, standing 118/70 at 3 min - orthostatic. Doxazosin 4mg stopped. ECG SR 68, PR 210. Vit D 22 - started colecalciferol 20,000IU weekly x7 then 800IU OD.
I will see again in 3 months. Please ring my secretary <<PERSON:sec1_first>> on <<PHONE:phone2>> with any concerns.
Yours sincerely,
Dr <<PERSON:dr1_full>>, consultant geriatrician (GMC <<ID:npi1>>)
cc: patient""",
    "telephone_message": """TELEPHONE MESSAGE <<DATE:dus1>> {time}
Taken by: <<PERSON:clerk1_first>> (ward clerk)
For: Dr <<PERSON:dr1_last>> / <<PERSON:rn1_first>>
Caller: <<PERSON:fam1_full>>, says she's <<PERSON:pt_first>>'s sister. Ph <<PHONE:phone1>> (home) or <<PHONE:cell1>> (mob).
Re: pt <<PERSON:pt_last>> bed {bed}, MRN <<ID:pt_mrn>>. Wants update + asks if brother <<PERSON:fam2_first>> can visit out of hours, flying in from <<LOCATION:loc1>> on <<DATE:dshort1>>.
Also: pt's cardiologist at <<ORG:hosp1>> (Dr <<PERSON:dr2_full>>) wants echo report faxed to <<PHONE:fax1>>.
Action: called back {time}, left VM.""",
    "discharge_phone_followup": """48h post-discharge call <<DATE:d1>>
Called pt on <<PHONE:pt_phonev>> - answered by husband <<PERSON:fam1_first>>. Pt <<PERSON:pt_first>> "much better", eating, BMs ok. Taking meds from dosette; confused about furosemide 40mg vs 20mg - clarified 40mg mane.
Wt at home {wt}kg. No SOB. Home care from <<ORG:org1>> started <<DATE:dshort2>> (carer <<PERSON:cg1_first>>).
Telehealth link for HF nurse review sent to <<EMAIL:pt_email>>: <<URL:url1>>
Red flags reviewed. <<PERSON:rn1_full>> RN, HF nurse, direct line <<PHONE:phone1>>""",
    "ed_to_ward": """ED -> ward referral {time}
<<PERSON:pt_caps>> <<AGE:pt_age>>{sex}, MRN <<ID:pt_mrn>>, ED enc <<ID:acct1>>
BIBA from home (<<ADDRESS:pt_addr>>) after neighbour <<PERSON:nb1_first>> found her on floor ?long lie ~12h. CK 4200, Cr {cr}, K {k}. CTH NAD. CXR clear.
Rx: 2L NaCl, cannulated x2. Tetanus given.
Accepting: Dr <<PERSON:dr1_full>>, gen med. Handed over by ED reg <<PERSON:dr2_first>> <<PERSON:dr2_last>> to <<PERSON:dr3_first>>.
Pt's key w/ security (log <<ID:acc1>>). Next of kin: grandson <<PERSON:fam1_full>> <<PHONE:phone1>>; GP <<ORG:gp1>>.""",
    "night_nursing": """Nursing note nights <<DATE:dmy1>>
22:00 Pt settled, obs stable BP {bp} HR {hr} T {temp}. Pain 2/10.
01:30 Pt agitated, calling out for "<<PERSON:fam1_nick>>" (late husband). Reoriented, 1:1 from HCA <<PERSON:hca1_first>> 0200-0400. Haloperidol 0.5mg PO given per Dr <<PERSON:dr1_last>> (on call, bleep <<PHONE:bleep1>>).
03:00 Fluids encouraged, 150ml. Catheter draining 40ml/h.
05:45 Daughter <<PERSON:fam2_first>> phoned from <<LOCATION:loc1>> asking how mum slept - updated. Her no. <<PHONE:phone1>>, NOK on file is still <<PERSON:fam3_full>>.
Safeguarding: bruise L arm, ?from falls at <<ORG:snf1>>, body map done, reported to <<PERSON:rn2_full>> (site mgr).
<<PERSON:rn1_init>>, RN""",
    "clinic_letter_patient": """<<ORG:hosp1>> - Outpatient Cardiology
Clinic date: <<DATE:dlong1>>  Clinician: <<PERSON:np1_full>>, NP
<<PERSON:pt_full>>, <<ADDRESS:pt_addrfull>>
Hospital no. <<ID:pt_mrn>>  Ph <<PHONE:pt_phone>>  Email <<EMAIL:pt_email>>
Dear <<PERSON:pt_first>>,
Nice to meet you and your friend <<PERSON:fr1_first>> today. Your heart monitor (Zio, 14 days, ID <<ID:acc1>>) showed AF 12% of the time, max HR 148. We will start apixaban 5mg twice daily and increase bisoprolol to 5mg.
Bloods (U&E, FBC) at your GP <<ORG:gp1>> in 1 week please. Book online: <<URL:url1>>
If palpitations + chest pain/fainting -> ED. Questions: cardiology nurses <<PHONE:phone1>> Mon-Fri.
<<PERSON:np1_first>>""",
    "ward_round_consultant": """Consultant WR <<DATE:d1>> - Dr <<PERSON:dr1_full>>, with <<PERSON:dr2_first>> (SHO), <<PERSON:dr3_first>> (FY1), <<PERSON:st1_first>> (med student), SN <<PERSON:rn1_last>>
<<PERSON:pt_last>> <<AGE:pt_age>>y. D5 IV abx for urosepsis, afebrile 48h, CRP 212->64. Delirium settling (4AT 2 from 7).
Plan: IV->PO (cefalexin 500mg BD, 7d total), remove IDC trial void, mobilise w/ PT, bone profile, PSA not indicated.
Family: son <<PERSON:fam1_first>> cross re communication - Dr <<PERSON:dr1_last>> to ring him today <<PHONE:phone1>>. Wife <<PERSON:fam2_full>> (<<AGE:age1>>) lives at <<ORG:snf1>>, cannot visit; video call arranged via iPad, her carer <<PERSON:cg1_full>>.
EDD <<DATE:dshort2>>.""",
    "social_work": """SW assessment <<DATE:d1>>
Met w/ pt <<PERSON:pt_full>> and partner <<PERSON:fam1_full>> (<<AGE:age1>>), who is main carer. Caregiver strain high. Pt's previous address <<ADDRESS:addr1>> - moved to partner's flat at <<ADDRESS:pt_addr>> in <<DATE:dtext1>>.
Finances: state pension + private pension via <<ORG:org1>>; SSN on file <<ID:pt_ssnv>>. Benefits check referred to <<ORG:org2>> (adviser <<PERSON:adv1_first>>, <<PHONE:phone1>>).
Pastor <<PERSON:cl1_full>> from <<ORG:org3>> visits weekly - pt wants him contacted: <<PHONE:phone2>>.
Plan: carers assessment, respite options, APS not indicated. <<PERSON:sw1_full>>, LCSW, <<EMAIL:sw1_email>>""",
    "ot_cognition": """OT cognitive screen <<DATE:d1>>
<<PERSON:pt_init>>, <<AGE:pt_agew>> yrs, retired {young}-yr career as bus driver for <<ORG:org1>>. MoCA {score}/30 (edu +1). Clock draw: poor planning. Kettle task: needed 3 prompts, left gas on x1.
Previously managed own meds; now needs prompting - dosette from <<ORG:pharm1>>.
Collateral from son <<PERSON:fam1_nick>> (<<PERSON:fam1_full>>), <<PHONE:phone1>>: 6/12 decline, got lost driving to <<LOCATION:loc1>>. DVLA informed? - to discuss w/ Dr <<PERSON:dr1_last>>.
<<PERSON:ot1_full>>, OT (mobile <<PHONE:cell1>>)""",
    "result_phone_call": """Lab critical result phoned {time} <<DATE:d1>>
From: <<PERSON:lab1_first>> in biochem (ext <<PHONE:bleep1>>), sample <<ID:acc1>>
Pt: <<PERSON:pt_caps>>, MRN <<ID:pt_mrn>>, DOB <<DATE:pt_dobv>>, loc {ward} bed {bed}
K+ 6.9 (haemolysed? - no, repeated). ECG: peaked T, no QRS widening.
Given: 10ml Ca gluconate 10%, 10u Actrapid in 50ml 50% dextrose, salbutamol 10mg neb. Rpt K 1h 5.8.
Informed Dr <<PERSON:dr1_full>> (reg on call) and pt's nephrologist Dr <<PERSON:dr2_last>> at <<ORG:hosp1>> (tel <<PHONE:phone1>>).
<<PERSON:dr3_first>>, FY2""",
}


# ---------------------------------------------------------------------------------------------
# Chinese templates
# ---------------------------------------------------------------------------------------------
ZH_BLIND10_TEMPLATES: dict[str, str] = {
    "入院记录": """入院记录
姓名：<<PERSON:pt_full>>  性别：{sex}  年龄：<<AGE:pt_age>>岁  住院号：<<ID:pt_mrn>>  床号：{bed}
出生日期：<<DATE:pt_dobv>>  身份证号：<<ID:pt_id>>  联系电话：<<PHONE:pt_phone>>
现住址：<<ADDRESS:pt_addrfull>>  入院时间：<<DATE:zdate1>> {time}  病史陈述者：患者本人及其女儿<<PERSON:fam1_full>>（电话<<PHONE:phone1>>），可靠。
主诉：反复胸闷气促5年，加重3天。
现病史：患者5年前于<<ORG:hosp1>>诊断“慢性心力衰竭”，平素口服呋塞米20mg qd、螺内酯20mg qd、沙库巴曲缬沙坦50mg bid。3天前受凉后气促加重，夜间不能平卧，双下肢水肿。门诊<<PERSON:dr1_sur>>主任以“心衰急性加重”收入{ward}。
既往史：高血压20余年，最高180/100mmHg；2型糖尿病10年，HbA1c 8.1%；否认肝炎结核史。青霉素过敏。
体格检查：T {temp}℃ P {hr}次/分 R 22次/分 BP {bp}mmHg SpO2 {sat}%，双肺底湿啰音，双下肢凹陷性水肿。
辅助检查：NT-proBNP 6840pg/ml，肌酐{cr}μmol/L，血钾{k}mmol/L，Hb {hb}g/L。
记录医师：<<PERSON:dr2_full>>  上级医师：<<PERSON:dr1_full>>""",
    "首次病程记录": """<<DATE:zdate1>> {time} 首次病程记录
患者<<PERSON:pt_full>>，{sex}，<<AGE:pt_agez>>岁，因“咳嗽咳痰伴发热4天”入院。
病例特点：1.老年患者，急性起病；2.体温最高39.1℃，咳黄痰；3.查体：右下肺可闻及湿啰音；4.辅助检查：WBC {wcc}×10^9/L，CRP 86mg/L，PCT 0.8ng/ml，胸片示右下肺斑片影。
初步诊断：社区获得性肺炎（CURB-65 2分）；高血压病3级（很高危）。
诊疗计划：哌拉西林他唑巴坦4.5g q8h静滴，痰培养+药敏（条码<<ID:tm1>>），监测血氧，必要时无创通气。
已向患者儿子<<PERSON:fam1_given>>交代病情，其表示理解，签字。儿子电话<<PHONE:phone1>>，儿媳<<PERSON:fam2_full>>电话<<PHONE:phone2>>。
住院医师：<<PERSON:dr1_full>>（分机<<PHONE:ext1>>）""",
    "日常病程记录": """<<DATE:zmd1>> 病程记录
患者今日精神可，诉夜间睡眠差，咳嗽较前减轻。查房时老伴<<PERSON:fam1_sur>>阿姨在旁陪护，诉患者昨晚吃了两个粽子，血糖{score}.2mmol/L。
查体：T {temp}℃，BP {bp}mmHg，双肺呼吸音粗，未闻及干湿啰音。
复查血常规：WBC {wcc}×10^9/L，Hb {hb}g/L，PLT {plt}×10^9/L；电解质：Na {na}mmol/L，K {k}mmol/L。
处理：继续目前抗感染方案，门冬胰岛素4-4-4U，甘精胰岛素12U睡前。嘱家属控制饮食。
<<PERSON:pt_sur>>老先生的小孙子<<PERSON:fam2_nick>>下午来探视，护士<<PERSON:rn1_given>>已告知探视时间。
医师签名：<<PERSON:dr1_full>>""",
    "上级医师查房": """<<DATE:zdate1>> <<PERSON:dr1_full>>主任医师查房记录
<<PERSON:dr1_sur>>主任查看患者后指出：患者<<PERSON:pt_full>>（住院号<<ID:pt_mrnv>>），高龄<<AGE:pt_age>>岁，肺部感染诊断明确，目前体温平稳3天，可降阶梯为头孢呋辛0.75g bid。注意患者吞咽功能，请康复科<<PERSON:dr2_sur>>医生会诊评估。
家属诉患者在<<ORG:yly1>>居住期间曾多次呛咳。
另，<<PERSON:dr1_sur>>主任交代主治<<PERSON:dr3_full>>与患者侄子<<PERSON:fam1_full>>（<<PHONE:phone1>>）沟通预后，侄子在<<LOCATION:loc1>>工作，周末回来。
记录：<<PERSON:dr4_full>>""",
    "会诊记录": """会诊申请单
申请科室：{ward}  床号：{bed}  患者：<<PERSON:pt_full>>  住院号：<<ID:pt_mrn>>
申请理由：患者今日血钾{k}mmol/L，肌酐{cr}μmol/L，尿量减少，请肾内科会诊协助诊治。
申请医师：<<PERSON:dr1_full>>  电话：<<PHONE:ext1>>  <<DATE:zdate1>>
会诊意见：
患者高龄，考虑肾前性急性肾损伤合并慢性肾脏病，建议：1.停用布洛芬、缬沙坦；2.补液1000ml/d，监测出入量；3.3天后复查肾功能；4.必要时转我科。患者女儿<<PERSON:fam1_sur>>女士表示拒绝透析，已记录。
会诊医师：<<PERSON:dr2_full>>（肾内科主治医师），联系手机<<PHONE:mobile1>>""",
    "交接班记录": """交班记录 <<DATE:zmd1>> 夜班→白班
{bed}床 <<PERSON:pt_full>>，<<AGE:pt_agez>>岁，股骨颈骨折术后第2天。生命体征平稳，BP {bp}mmHg，HR {hr}次/分。镇痛泵已停，疼痛评分3分。留置尿管通畅，尿色清。Braden评分13分，已每2小时翻身。
凌晨3点患者躁动，喊“<<PERSON:fam1_nick>>”（其女儿小名），值班<<PERSON:dr1_sur>>医生予喹硫平12.5mg口服后安静。
其女儿<<PERSON:fam1_full>>来电（<<PHONE:phone1>>）询问病情，已告知上午查房后由<<PERSON:dr2_sur>>主任回电。
交班护士：<<PERSON:rn1_full>>  接班护士：<<PERSON:rn2_full>>""",
    "护理记录": """护理记录单  <<DATE:ziso1>>
08:00 患者<<PERSON:pt_full>>神志清，T {temp}℃，P {hr}次/分，R 20次/分，BP {bp}mmHg，SpO2 {sat}%。
10:30 遵医嘱予0.9%氯化钠250ml+头孢曲松2g静滴，输液通畅无不适。
14:00 家属<<PERSON:fam1_full>>（患者外孙女）送来自带药物（阿托伐他汀20mg），已交责任护士<<PERSON:rn1_given>>并告知医生。
16:20 患者血糖{score}.6mmol/L，按医嘱门冬胰岛素6U皮下注射。
19:00 小<<PERSON:rn2_sur>>护士协助患者床旁如厕，步态不稳，已加床栏，跌倒高风险标识。
签名：<<PERSON:rn1_full>>/<<PERSON:rn2_full>>""",
    "出院小结": """出院小结
姓名：<<PERSON:pt_full>>  性别：{sex}  年龄：<<AGE:pt_age>>岁  住院号：<<ID:pt_mrn>>
入院日期：<<DATE:zdate1>>  出院日期：<<DATE:zdate2>>  住院天数：12天
入院诊断：1.脑梗死（左侧基底节区）2.高血压病3级 3.高脂血症
诊疗经过：入院后予阿司匹林100mg qd、氯吡格雷75mg qd双抗21天，阿托伐他汀40mg qn，康复科<<PERSON:dr2_full>>治疗师介入康复训练。NIHSS由6分降至2分。
出院医嘱：1.继续上述药物；2.低盐低脂饮食；3.2周后神经内科门诊复诊（<<PERSON:dr1_sur>>主任，周三上午）；4.如有肢体无力加重及时就诊。
出院后由女婿<<PERSON:fam1_full>>接回<<LOCATION:pt_city>>家中，随访电话<<PHONE:pt_phonev>>。
主治医师：<<PERSON:dr1_full>>  住院医师：<<PERSON:dr3_full>>""",
    "康复评定": """康复科评定记录 <<DATE:zmd1>>
患者<<PERSON:pt_full>>，右侧偏瘫，Brunnstrom分期：上肢III期，手II期，下肢IV期。Barthel指数{score}分，Berg平衡量表28分，跌倒高风险。
训练计划：1.良肢位摆放；2.坐站转移训练每日2次；3.上肢作业治疗；4.吞咽功能训练（洼田饮水试验3级）。
与患者老伴<<PERSON:fam1_full>>沟通，家住<<ADDRESS:pt_street>>，楼梯20级无扶手，建议加装扶手。其子<<PERSON:fam2_given>>在<<ORG:org1>>上班，白天无人照护，建议出院后转<<ORG:yly1>>过渡。
治疗师：<<PERSON:th1_full>>（微信<<ID:wx1>>）  指导医师：<<PERSON:dr1_sur>>主任""",
    "营养会诊": """营养科会诊记录 <<DATE:zdate1>>
患者<<PERSON:pt_full>>，<<AGE:pt_age>>岁，体重{wt}kg，BMI 17.2，近3个月体重下降6kg，NRS2002评分5分，存在营养风险。白蛋白29g/L，前白蛋白120mg/L。
建议：1.口服营养补充（ONS）安素每日3次，每次200ml；2.软食少量多餐；3.监测电解质，警惕再喂养综合征，磷{k}mmol/L需补充。
陪护<<PERSON:cg1_sur>>阿姨负责喂食，已示范。患者孙女<<PERSON:fam1_full>>要营养处方电子版，发至<<EMAIL:fam1_email>>。
营养师：<<PERSON:diet1_full>>，电话<<PHONE:ext1>>""",
    "药学查房": """临床药师查房记录 <<DATE:zdot1>>
患者<<PERSON:pt_full>>（<<ID:pt_mrn>>），入院带药核对：华法林2.5mg qd（INR {inr}）、地高辛0.125mg qd、美托洛尔缓释片47.5mg qd、奥美拉唑20mg qd。
问题：患者肌酐清除率约28ml/min，地高辛浓度2.1ng/ml偏高，建议减量至0.0625mg qd或隔日一次，已与<<PERSON:dr1_sur>>医生沟通同意。
患者此前在<<ORG:pharm1>>自购“关节灵”胶囊，成分不明，建议停用。其老伴<<PERSON:fam1_given>>称药是邻居<<PERSON:nb1_full>>推荐的。
药师：<<PERSON:ph1_full>>  联系电话：<<PHONE:phone1>>""",
    "出院随访电话": """出院随访电话记录
随访日期：<<DATE:zdate1>>  随访护士：<<PERSON:rn1_full>>
拨打患者<<PERSON:pt_full>>登记电话<<PHONE:pt_phone>>，无人接听；改拨其儿子<<PERSON:fam1_given>>手机<<PHONE:phone1>>，接通。
患者出院后第7天，目前精神可，每日步行约200米，血压128/76mmHg，按时服药（氯吡格雷75mg、阿托伐他汀20mg）。
提醒：<<DATE:zmd2>>上午到<<ORG:sq1>>抽血复查血脂，结果可在<<URL:url1>>查询。患者儿子要求将复诊预约短信发到他爱人<<PERSON:fam2_full>>手机<<PHONE:phone2>>。""",
    "家属谈话记录": """病情告知及家属谈话记录
谈话时间：<<DATE:zdate1>> {time}  地点：{ward}医生办公室
患者：<<PERSON:pt_full>>  身份证号：<<ID:pt_idv>>  年龄：<<AGE:pt_agez>>岁
参加人员：<<PERSON:dr1_full>>主任、主治医师<<PERSON:dr2_full>>、护士长<<PERSON:rn1_full>>；家属：长子<<PERSON:fam1_full>>（身份证<<ID:sfz1>>，电话<<PHONE:phone1>>）、次女<<PERSON:fam2_full>>（电话<<PHONE:phone2>>）。
谈话内容：患者重症肺炎合并呼吸衰竭，目前高流量吸氧FiO2 60%，SpO2 {sat}%，病情危重，随时可能需要气管插管。家属商议后表示不同意气管插管及胸外按压，要求保守治疗，已签署知情同意书。
家属签字：<<PERSON:fam1_full>>  医师签字：<<PERSON:dr2_full>>""",
    "跌倒不良事件": """不良事件报告（跌倒）
事件编号：<<ID:ba1>>  发生时间：<<DATE:zdate1>> {time}  地点：{ward}{bed}床旁
患者：<<PERSON:pt_full>>，住院号<<ID:pt_mrn>>，Morse跌倒评分55分（高危）。
经过：患者自行下床如厕时滑倒，护工<<PERSON:hg1_sur>>师傅发现后呼叫护士<<PERSON:rn1_full>>，值班医生<<PERSON:dr1_full>>到场查看，右前额皮肤擦伤1×2cm，神志清，GCS 15分，予头颅CT未见出血。
原因分析：夜间照明不足，患者未按铃求助，家属<<PERSON:fam1_full>>当晚未陪护。
整改：床旁夜灯，防滑拖鞋，加强宣教。已电话通知家属（<<PHONE:phone1>>）。
报告人：<<PERSON:rn2_full>>  护士长：<<PERSON:rn3_full>>""",
    "压疮事件": """压力性损伤上报
患者<<PERSON:pt_full>>，<<AGE:pt_age>>岁，由<<ORG:yly1>>转入，入院时骶尾部2期压力性损伤3×4cm，足跟1期。Braden评分10分。
处理：泡沫敷料，气垫床，每2小时翻身，营养科会诊。伤口造口专科护士<<PERSON:rn1_full>>会诊（分机<<PHONE:ext1>>）。
已与养老院负责人<<PERSON:nh1_full>>电话沟通（<<PHONE:phone1>>），对方称<<DATE:zmd1>>前无压疮。患者医保卡号<<ID:yb1>>，家属<<PERSON:fam1_sur>>先生要求拍照留档。
上报人：<<PERSON:rn2_given>>（责任护士）""",
    "门诊病历": """门诊病历  <<ORG:hosp1>>  老年医学科
就诊日期：<<DATE:zdate1>>  门诊号：<<ID:mz1>>
患者：<<PERSON:pt_full>>  {sex}  <<AGE:pt_age>>岁  电话：<<PHONE:pt_phonev>>
主诉：记忆力下降2年，近半年加重。
现病史：家属（儿媳<<PERSON:fam1_full>>）代诉，患者常忘记关煤气，上月独自外出在<<LOCATION:loc1>>走失，由派出所民警送回。MMSE {score}分，MoCA 12分。
诊断：阿尔茨海默病（中度）。
处理：多奈哌齐5mg qn，4周后加至10mg；头颅MRI预约<<DATE:zmd2>>。嘱家属注意安全，佩戴定位手环。
医生：<<PERSON:dr1_full>>""",
    "转诊信": """转诊单
<<ORG:sq1>>：
兹有患者<<PERSON:pt_full>>，{sex}，出生日期<<DATE:pt_dob>>，身份证<<ID:pt_id>>，家住<<ADDRESS:pt_addr>>，因“2型糖尿病、糖尿病肾病IV期”在我院{ward}住院治疗，现病情稳定，转回贵中心继续管理。
出院用药：利格列汀5mg qd，甘精胰岛素14U qn，硝苯地平控释片30mg qd，碳酸钙D3 600mg qd。
建议每月复查血糖、肾功能，eGFR 24ml/min，如肌酐>{cr}μmol/L请转回肾内科。
联系人：<<PERSON:dr1_full>>医师，电话<<PHONE:phone1>>，邮箱<<EMAIL:dr1_email>>
<<ORG:hosp1>>  <<DATE:zdate1>>""",
    "输血记录": """输血记录 <<DATE:zdate1>>
患者<<PERSON:pt_full>>，血型A型Rh(+)，Hb {hb}g/L，消化道出血。
输注去白悬浮红细胞2U，血袋号<<ID:tm1>>、<<ID:tm2>>，15:10开始，前15分钟15滴/分，无输血反应。
双人核对：<<PERSON:rn1_full>>、<<PERSON:rn2_full>>。开单医生：<<PERSON:dr1_sur>>医生（<<PERSON:dr1_full>>），分机<<PHONE:ext1>>。
患者之女<<PERSON:fam1_given>>签署输血同意书，其联系电话<<PHONE:phone1>>，身份证<<ID:sfz1>>。""",
    "心理社工记录": """社工/心理支持记录 <<DATE:zmd1>>
患者<<PERSON:pt_full>>丧偶独居，在<<LOCATION:pt_city>>无子女，唯一亲属为外甥<<PERSON:fam1_full>>（在<<LOCATION:loc1>>打工，电话<<PHONE:phone1>>）。老邻居“老<<PERSON:nb1_sur>>”每天送饭，住同一小区<<ADDRESS:addr1>>。
PHQ-9评分{score}分，提示中度抑郁，精神科<<PERSON:dr1_sur>>大夫会诊后予舍曲林25mg qd。
已联系街道<<ORG:sq1>>家庭医生<<PERSON:dr2_full>>，协助申请居家养老服务。社工：<<PERSON:sw1_full>>（微信号<<ID:wx1>>）""",
    "ICU转出记录": """转出记录
患者<<PERSON:pt_full>>，<<AGE:pt_age>>岁，因“感染性休克”于<<DATE:zdate1>>转入ICU，予去甲肾上腺素0.3μg/kg/min维持，美罗培南1g q8h，CRRT 48小时。现血管活性药已停用24小时，乳酸1.2mmol/L，尿量{wt}ml/h，于<<DATE:zdate2>>转回{ward}。
ICU主管医师<<PERSON:dr1_full>>已与病房<<PERSON:dr2_sur>>主任交接。患者长女<<PERSON:fam1_full>>和长婿<<PERSON:fam2_full>>在场，新的联系电话<<PHONE:phone1>>（原号码<<PHONE:pt_phone>>停用）。
检验报告：<<URL:url1>>""",
    "急诊留观": """急诊留观记录 <<DATE:zdate1>> {time}
患者<<PERSON:pt_full>>，{sex}，<<AGE:pt_age>>岁，由120从<<ADDRESS:addr1>>送入，邻居<<PERSON:nb1_full>>陪同，诉患者晨起言语含糊、右侧肢体无力2小时。
NIHSS 8分，头颅CT未见出血，符合溶栓指征，家属电话（侄女<<PERSON:fam1_given>>，<<PHONE:phone1>>）同意，阿替普酶0.9mg/kg静脉溶栓，DNT 42分钟。
急诊医生：<<PERSON:dr1_full>>  神经内科二线：<<PERSON:dr2_sur>>医生（手机<<PHONE:mobile1>>）。医保类型：职工医保，卡号<<ID:yb1>>，单位<<ORG:org1>>。""",
}
