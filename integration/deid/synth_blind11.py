# ruff: noqa: E501
"""Blind evaluation set ``blind11``: the front door and the community.

Written blind: the author read only ``synth.render`` / ``GoldSpan`` / ``SynthNote`` /
``cn_resident_id``, ``KnownIdentifier`` and the structure test of the blind sets, never the
recognisers, their word lists, the other blind sets or any benchmark output. Nothing here was tuned
against the de-identifier; it was not run on these notes while they were written.

Theme. English: emergency-department triage and physician notes, urgent care and walk-in clinics,
ambulance patient-care records and handovers, GP consultations, referral and outpatient letters
copied to several people, telehealth transcripts, occupational health, school nurses, travel and
sexual-health clinics (partner notification), pre-op assessment, portal messages, telephone
messages, interpreter-assisted visits, pasted WhatsApp text, dictation and board exports (CSV and
pipe tables), written the way clinicians in the US, UK (England and Scotland), Ireland, Canada,
Australia, New Zealand, Singapore, South Africa and India write. Chinese: 急诊预检分诊/急诊病历、
120/999院前急救、家庭医生签约随访、社区慢病管理表、门诊病历、互联网医院图文问诊、体检报告、发热门诊、
校医室、工伤门诊、性病门诊（性伴通知）、术前访视、双向转诊单、预防接种记录、异地就医备案、陪诊/护工记录、
微信群/短信粘贴、语音录入、国际医疗部双语病历、少数民族患者、家庭病床。Every note has a fresh invented
persona (Faker locales plus hand-written name lists) and the structured record ``known`` of that
persona: full name, given name, surname (or name parts), record number, national identifier (SSN,
NHS/CHI, PPSN, Medicare, NHI, OHIP, NRIC, SA ID or Aadhaar in English; exactly one mainland resident
ID from ``synth.cn_resident_id`` in Chinese), mobile phone, street address, city, ISO birth date and
e-mail. The text uses these exactly and in other forms, and carries much PHI the record does not list.

Gold conventions (values are stripped; spans never overlap; every note has at least one span):

* PERSON: any real person's name or part of one -- patient, family, staff, GP, interpreters,
  teachers, partners, callers -- in any form: lower case, ALL CAPS, ``Last, First`` (one span),
  initials (``HB``, ``K.M.``), a first name with a surname initial (``Kelsey M.``), nicknames,
  乳名/小名 and 叠字 names, pinyin, a spelled-out surname (``B-R-O-O-K-S``), a signature, a name-based
  WeChat nickname. Titles and roles stay outside (Dr, Mr, Mrs, Ms, Miss, Mx, Sr, Garda, PC, ``, RN``,
  ``, MD``, ``, NP``, ``, PA-C``, 主任, 医生, 护士, 护士长, 女士, 先生, 阿姨, 大爷, 奶奶, 爷爷, 姐, 师傅,
  老师, 药师, 大夫), as do the 老/小 address prefixes (老<王>, 小<李>), a possessive ``'s`` and
  surrounding punctuation. A 乳名 that itself begins with 小 (小宝) is a whole PERSON span. Diseases,
  signs, scores and drugs named after people (Parkinson, Wells, Glasgow, Cushing, Bell, Graves,
  Colles, Weber, 帕金森, 桥本, 克氏征) are not gold; an organisation named after a person is ORG.
* ID: record/MRN/URN/UHID, FIN/visit/encounter, accession, lab, pathology and case numbers, SSN
  (also its last four when written as the identifier), NHS/CHI/PPSN/Medicare/IHI/DVA/NHI/OHIP/NRIC/
  SA ID/Aadhaar/ABHA, NPI and clinicians' registration numbers (GMC, IMC, AHPRA, MCR, HPCSA,
  执业证书编码), insurance member/policy/pre-auth/claim numbers, referral, notification, certificate,
  contact-slip and partner-notification card numbers, ambulance incident/case/task numbers, staff and
  employee numbers, badge numbers, vehicle registration plates, portal and app usernames, Instagram
  handles (with the ``@``), WeChat IDs, portal access codes, 住院号/门诊号/急诊号/病案号/就诊卡号/
  医保卡号/社保卡号/身份证号/签约编号/备案编号/接种证号/订单号. Not gold: bed, bay, cubicle and room
  numbers, ward and unit names, ambulance call signs, drug codes, ICD codes, vaccine lot/batch
  numbers (even when they look like dates), lab values, scores.
* PHONE: every telephone, mobile, fax, pager, bleep or extension number written as digits, in any
  format; a number with its extension (``ext. 2214``, ``转8021``) is one span, while the ``x`` of a
  bare extension (``x4952``) stays outside. Public service numbers that identify nobody (911, 999,
  000, 111, 108, 10177, 120, 12320) are not gold.
* EMAIL and URL: the whole address or link, every one that is written (a public organisation's site
  too); a name inside an e-mail address or URL is not a separate span.
* ADDRESS: a postal address or part of one written as an address (street line, city line,
  postcode, Eircode, block/unit); a one-line address is one span, each line of a multi-line address
  is its own span. LOCATION: a place named in prose outside a postal address -- city, town, suburb,
  county (``Co. Kerry`` whole), district, 县/镇/村, named venues, beaches, parks and landmarks; a
  contiguous place chain in prose (安吉县王家村) is one span. Countries and states/provinces standing
  alone are not gold.
* DATE: every date more specific than a year, in any format or language (birth dates, visit,
  follow-up, vaccination and travel dates; ``15/3``, ``3月15日``, ``二〇二四年三月十五日``). Times,
  weekdays, durations (``3/7``, ``2/52``), bare years and relative days (yesterday, 次日) are not
  gold; in a date-time only the date is gold.
* ORG: named hospitals, practices, clinics, pharmacies, schools, employers, insurers and medical
  schemes, ambulance services, police/Garda stations, health boards, community centres, agencies.
  Departments, ward names and programmes used as labels (NHS number, Medicare number, 医保) are not.
* AGE: only an age of 90 or more, the number alone (``93``, ``ninety-two``, ``九十三``); younger ages
  are present and not gold.

Deterministic: each note's ``random.Random`` is seeded from ``BLIND11_SEED``, the language and the
note's index; Faker instances are re-seeded from it before every use. Notes take the templates in
sorted-name order, round robin.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from faker import Faker

from integration.deid.model import KnownIdentifier
from integration.deid.synth import SynthNote, cn_resident_id, render

__all__ = [
    "BLIND11_SEED",
    "BLIND11_SPLIT",
    "EN_BLIND11_TEMPLATES",
    "ZH_BLIND11_TEMPLATES",
    "blind11_age_of",
    "generate_blind11",
]

BLIND11_SEED: Final = 47301958
BLIND11_SPLIT: Final = "blind11"

# ---------------------------------------------------------------------------------------------
# Ages: digits, English words, Chinese numerals
# ---------------------------------------------------------------------------------------------
_EN_ONES: Final = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                   "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")  # fmt: skip
_EN_TENS: Final = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_CN_DIGITS: Final = "零一二三四五六七八九"


def _en_words(n: int) -> str:
    """An age in English words: 93 -> ninety-three, 102 -> one hundred and two."""
    if n >= 100:
        rest = n % 100
        head = f"{_EN_ONES[n // 100]} hundred"
        return head if rest == 0 else f"{head} and {_en_words(rest)}"
    if n < 20:
        return _EN_ONES[n]
    tens, ones = divmod(n, 10)
    return _EN_TENS[tens] if ones == 0 else f"{_EN_TENS[tens]}-{_EN_ONES[ones]}"


def _cn_number(n: int) -> str:
    """A number in Chinese numerals as ages are written: 93 -> 九十三, 102 -> 一百零二, 15 -> 十五."""
    if n >= 100:
        hundreds, rest = divmod(n, 100)
        head = _CN_DIGITS[hundreds] + "百"
        if rest == 0:
            return head
        if rest < 10:
            return head + "零" + _CN_DIGITS[rest]
        return head + _CN_DIGITS[rest // 10] + "十" + (_CN_DIGITS[rest % 10] if rest % 10 else "")
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")


def _read_cn(value: str) -> int:
    digits = {c: i for i, c in enumerate(_CN_DIGITS)} | {"〇": 0, "两": 2}
    total = 0
    current = 0
    for ch in value:
        if ch in digits:
            current = digits[ch]
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            raise ValueError(f"not a Chinese numeral age: {value!r}")
    return total + current


def _read_en(value: str) -> int:
    words = re.split(r"[\s-]+", value.lower().strip())
    units = {w: i for i, w in enumerate(_EN_ONES)} | {w: 10 * i for i, w in enumerate(_EN_TENS) if w}
    total = 0
    current = 0
    seen = False
    for word in words:
        if word in {"and", ""}:
            continue
        if word == "a":
            current = 1
            continue
        if word == "hundred":
            total += (current or 1) * 100
            current = 0
            seen = True
        elif word in units:
            current += units[word]
            seen = True
        else:
            raise ValueError(f"not an age in words: {value!r}")
    if not seen:
        raise ValueError(f"not an age in words: {value!r}")
    return total + current


def blind11_age_of(value: str) -> int:
    """Read an age written in digits (``93``), English words (``ninety-three``, ``one hundred and two``,
    ``a hundred``) or Chinese numerals (``九十三``, ``一百零二``, ``一百一十``)."""
    text = value.strip()
    if text.isdigit():
        return int(text)
    if text and all(ch in _CN_DIGITS + "〇两十百" for ch in text):
        return _read_cn(text)
    return _read_en(text)


# ---------------------------------------------------------------------------------------------
# Identifier check digits
# ---------------------------------------------------------------------------------------------
def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _luhn_check(body: str) -> str:
    """The Luhn digit to append to ``body``."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def _ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"


def _mod11_nhs(body: str) -> str | None:
    total = sum(int(c) * w for c, w in zip(body, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 10:
        return None
    return "0" if check == 11 else str(check)


def _nhs_number(rng: random.Random) -> str:
    while True:
        body = str(rng.randrange(4, 7)) + _digits(rng, 8)
        check = _mod11_nhs(body)
        if check is not None:
            return f"{body[:3]} {body[3:6]} {body[6:]}{check}"


def _chi_number(rng: random.Random, birth: dt.date, sex: str) -> str:
    while True:
        sex_digit = rng.choice("13579" if sex == "M" else "02468")
        body = f"{birth:%d%m%y}{_digits(rng, 2)}{sex_digit}"
        check = _mod11_nhs(body)
        if check is not None:
            return body + check


def _ppsn(rng: random.Random) -> str:
    body = _digits(rng, 7)
    second = rng.choice(["", "", "A", "W"])
    total = sum(int(c) * w for c, w in zip(body, range(8, 1, -1), strict=True))
    if second:
        total += (ord(second) - 64) * 9 if second != "W" else 0
    remainder = total % 23
    check = "W" if remainder == 0 else chr(64 + remainder)
    return body + check + second


def _medicare_au(rng: random.Random) -> str:
    body = str(rng.randrange(2, 7)) + _digits(rng, 7)
    check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    issue = rng.randrange(1, 6)
    return f"{body[:4]} {body[4:]}{check} {issue}"


def _ihi(rng: random.Random) -> str:
    body = "800360" + _digits(rng, 9)
    full = body + _luhn_check(body)
    return " ".join(full[i : i + 4] for i in range(0, 16, 4))


_NHI_LETTERS: Final = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _nhi(rng: random.Random) -> str:
    while True:
        letters = "".join(rng.choice(_NHI_LETTERS) for _ in range(3))
        nums = _digits(rng, 3)
        values = [_NHI_LETTERS.index(ch) + 1 for ch in letters] + [int(c) for c in nums]
        total = sum(v * w for v, w in zip(values, (7, 6, 5, 4, 3, 2), strict=True))
        remainder = total % 11
        if remainder == 0:
            continue
        check = 11 - remainder
        return f"{letters}{nums}{0 if check == 10 else check}"


def _ohip(rng: random.Random) -> str:
    body = str(rng.randrange(1, 10)) + _digits(rng, 8)
    full = body + _luhn_check(body)
    version = "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
    return f"{full[:4]}-{full[4:7]}-{full[7:]}-{version}"


def _sin(rng: random.Random) -> str:
    body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + _digits(rng, 7)
    full = body + _luhn_check(body)
    return f"{full[:3]} {full[3:6]} {full[6:]}"


def _nric(rng: random.Random, birth: dt.date) -> str:
    prefix = "S" if birth.year < 2000 else "T"
    body = f"{birth.year % 100:02d}" + _digits(rng, 5) if rng.random() < 0.7 else _digits(rng, 7)
    total = sum(int(c) * w for c, w in zip(body, (2, 7, 6, 5, 4, 3, 2), strict=True)) + (4 if prefix == "T" else 0)
    return prefix + body + "JZIHGFEDCBA"[total % 11]


def _za_id(rng: random.Random, birth: dt.date, sex: str) -> str:
    seq = rng.randrange(5000, 10000) if sex == "M" else rng.randrange(0, 5000)
    body = f"{birth:%y%m%d}{seq:04d}08"
    return body + _luhn_check(body)


_VERHOEFF_D: Final = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5), (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7), (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3), (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)  # fmt: skip
_VERHOEFF_P: Final = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4), (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7), (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)  # fmt: skip
_VERHOEFF_INV: Final = (0, 4, 3, 2, 1, 5, 6, 7, 8, 9)


def _aadhaar(rng: random.Random) -> str:
    body = str(rng.randrange(2, 10)) + _digits(rng, 10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[(i + 1) % 8][int(ch)]]
    full = body + str(_VERHOEFF_INV[c])
    return f"{full[:4]} {full[4:8]} {full[8:]}"


def _npi(rng: random.Random) -> str:
    body = str(rng.choice([1, 2])) + _digits(rng, 8)
    return body + _luhn_check("80840" + body)


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------
_MONTHS: Final = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")  # fmt: skip


def _rand_date(rng: random.Random, lo: dt.date, hi: dt.date) -> dt.date:
    return lo + dt.timedelta(days=rng.randrange((hi - lo).days + 1))


def _birth_for(rng: random.Random, visit: dt.date, age: int) -> dt.date:
    """A birth date that makes the person exactly ``age`` on ``visit``."""
    latest = _shift_years(visit, -age)
    earliest = _shift_years(visit, -age - 1) + dt.timedelta(days=1)
    return _rand_date(rng, earliest, latest)


def _shift_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _en_date(rng: random.Random, d: dt.date, country: str, style: str) -> str:
    us = country == "US"
    mon = _MONTHS[d.month - 1]
    if style == "iso":
        return d.isoformat()
    if style == "default":
        if us:
            return f"{d:%m/%d/%Y}"
        if country == "CA":
            return d.isoformat()
        if country == "ZA":
            return f"{d:%Y/%m/%d}"
        return f"{d:%d/%m/%Y}"
    if style == "long":
        return f"{mon} {d.day}, {d.year}" if us or country == "CA" else f"{d.day} {mon} {d.year}"
    if style == "spoken":
        return (
            f"{mon} {_ordinal(d.day)}, {d.year}"
            if us or country == "CA"
            else f"the {_ordinal(d.day)} of {mon} {d.year}"
        )
    if style == "dm":
        if us or country == "CA":
            return rng.choice([f"{d.month}/{d.day}", f"{mon[:3]} {d.day}"])
        return rng.choice([f"{d.day}/{d.month}", f"{d.day} {mon[:3]}", f"{d.day:02d}/{d.month:02d}"])
    if style == "short":
        return f"{d.month}/{d.day}/{d:%y}" if us else f"{d.day}/{d.month}/{d:%y}"
    # "alt": another common way of writing the same date
    if us:
        options = [
            f"{d.month}/{d.day}/{d.year}",
            f"{mon[:3]} {d.day}, {d.year}",
            f"{d:%m-%d-%Y}",
            f"{d.month}/{d.day}/{d:%y}",
        ]
    elif country == "CA":
        options = [f"{d:%Y/%m/%d}", f"{mon[:3]} {d.day}, {d.year}", f"{d.day} {mon[:3]} {d.year}"]
    elif country == "ZA":
        options = [f"{d.day} {mon[:3]} {d.year}", f"{d:%d-%m-%Y}", f"{d:%d/%m/%Y}"]
    elif country == "IN":
        options = [f"{d:%d-%m-%Y}", f"{d:%d.%m.%Y}", f"{d:%d/%m/%y}", f"{d.day} {mon[:3]} {d.year}"]
    else:
        options = [
            f"{d.day:02d}-{mon[:3]}-{d.year}",
            f"{d:%d.%m.%Y}",
            f"{_ordinal(d.day)} {mon} {d.year}",
            f"{d.day}/{d.month}/{d:%y}",
            f"{d.day} {mon[:3]} {d.year}",
        ]
    return rng.choice(options)


def _cn_date(d: dt.date, style: str) -> str:
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d:%Y/%m/%d}"
    if style == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    if style == "md":
        return f"{d.month}月{d.day}日"
    if style == "hz":
        year = "".join("〇" if c == "0" else _CN_DIGITS[int(c)] for c in str(d.year))
        return f"{year}年{_cn_number(d.month)}月{_cn_number(d.day)}日"
    if style == "en":
        return f"{d.day} {_MONTHS[d.month - 1][:3]} {d.year}"
    raise ValueError(style)


def _time(rng: random.Random, lo: int = 0, hi: int = 23) -> str:
    return f"{rng.randrange(lo, hi + 1):02d}:{rng.randrange(60):02d}"


def _times(rng: random.Random, n: int) -> list[str]:
    """A time some hours before, then ``n`` times of day in order, minutes apart (an encounter's timeline)."""
    minute = rng.randrange(7 * 60, 19 * 60)
    before = minute - rng.randrange(20, 360)
    out: list[str] = [f"{before // 60 % 24:02d}:{before % 60:02d}"]
    for _ in range(n):
        out.append(f"{minute // 60 % 24:02d}:{minute % 60:02d}")
        minute += rng.randrange(4, 55)
    return out


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _ascii(text).lower())


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and (c.isalnum() or c in "._-"))


# ---------------------------------------------------------------------------------------------
# English names: Faker locales plus hand-written lists (romanised where Faker has none)
# ---------------------------------------------------------------------------------------------
_FAKERS: dict[str, Faker] = {}


def _faker(locale: str, rng: random.Random) -> Faker:
    fake = _FAKERS.get(locale)
    if fake is None:
        fake = _FAKERS[locale] = Faker(locale)
    fake.seed_instance(rng.getrandbits(32))
    return fake


# (female given names, male given names, surnames); full name written given-first unless noted.
_OWN_NAMES: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]] = {
    "vi": (
        ("Lan", "Hoa", "Mai", "Linh", "Thảo", "Hương", "Trang", "Nhung", "Phương", "Hạnh", "Ngọc Anh"),
        ("Minh", "Tuấn", "Hùng", "Dũng", "Hải", "Long", "Nam", "Khoa", "Phúc", "Thanh", "Quang"),
        (
            "Nguyen",
            "Nguyễn",
            "Tran",
            "Trần",
            "Le",
            "Lê",
            "Pham",
            "Phạm",
            "Hoang",
            "Vu",
            "Dang",
            "Bui",
            "Do",
            "Ngo",
            "Duong",
            "Ly",
        ),
    ),
    "fil": (
        (
            "Maria Luz",
            "Ma. Cristina",
            "Rowena",
            "Marivic",
            "Jocelyn",
            "Lorna",
            "Divina",
            "Analyn",
            "Precious Joy",
            "Mercy",
            "Grace",
        ),
        ("Jhun", "Bong", "Rodrigo", "Jerome", "Romeo", "Ariel", "Noel", "Reynaldo", "Jun-Jun", "Arnel"),
        (
            "dela Cruz",
            "de los Santos",
            "Santos",
            "Reyes",
            "Bautista",
            "Villanueva",
            "Dimaculangan",
            "Macapagal",
            "Pangilinan",
            "Ocampo",
            "Mercado",
            "Manalo",
            "del Rosario",
            "Dizon",
        ),
    ),
    "ar": (
        ("Fatima", "Aisha", "Layla", "Mariam", "Noor", "Huda", "Amira", "Rania", "Samira", "Yasmin"),
        ("Mohammed", "Ahmed", "Omar", "Youssef", "Khalid", "Hassan", "Ali", "Ibrahim", "Tariq", "Karim"),
        (
            "Al-Rashid",
            "Haddad",
            "El-Sayed",
            "Al Mansouri",
            "Khoury",
            "Nasser",
            "Abdullah",
            "Al-Hashimi",
            "Saleh",
            "Barakat",
            "Hamdan",
            "Abu-Khalil",
            "Al Zahrani",
        ),
    ),
    "ko": (
        ("Seo-yeon", "Ji-woo", "Ha-eun", "Min-seo", "Su-bin", "Ji-yeon", "Eun-ji", "Hye-jin"),
        ("Min-jun", "Ji-ho", "Do-yun", "Seo-jun", "Hyun-woo", "Jae-won", "Sung-min", "Dong-hyun"),
        ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin"),
    ),
    "maori": (
        ("Aroha", "Mere", "Ngaio", "Hine", "Kiri", "Anahera", "Moana", "Huia", "Ataahua"),
        ("Wiremu", "Hemi", "Tama", "Rawiri", "Manaia", "Nikau", "Tane", "Hohepa", "Ihaia"),
        (
            "Ngata",
            "Tipene",
            "Parata",
            "Tawhiri",
            "Te Whata",
            "Pomare",
            "Takerei",
            "Ngata-Aerengamate",
            "Te Rangi",
            "Rewiti",
        ),
    ),
    "pasifika": (
        ("Losa", "Mele", "Talia", "Sina", "Ana", "Fetu", "Salote"),
        ("Sione", "Tevita", "Siaosi", "Viliami", "Iosefa", "Semisi"),
        ("Tupou", "Fa'asavalu", "Faleolo", "Taufa", "Leota", "Tuilagi", "Fonoti", "Vaipulu"),
    ),
    "afr": (
        ("Annelie", "Marelize", "Riana", "Elna", "Hester", "Zelda", "Charlize"),
        ("Riaan", "Jacobus", "Pieter", "Johan", "Hendrik", "Francois", "Gerhard", "Wynand"),
        (
            "du Plessis",
            "van Wyk",
            "Botha",
            "Pieterse",
            "van der Merwe",
            "Nel",
            "Coetzee",
            "le Roux",
            "Steyn",
            "Venter",
            "Fourie",
            "Kruger",
        ),
    ),
    "nguni": (
        ("Thandeka", "Nomvula", "Lerato", "Palesa", "Naledi", "Zanele", "Nandi", "Busisiwe", "Precious", "Gift"),
        ("Sipho", "Thabo", "Lwazi", "Mpho", "Tshepo", "Kagiso", "Bongani", "Themba", "Blessing"),
        (
            "Ndlovu",
            "Dlamini",
            "Mokoena",
            "Nkosi",
            "Khumalo",
            "Mahlangu",
            "Molefe",
            "Sithole",
            "Mthembu",
            "Radebe",
            "Zulu",
            "Mabuza",
        ),
    ),
    "in": (
        ("Priya", "Lakshmi", "Gurpreet", "Harpreet", "Anjali", "Deepa", "Meenakshi", "Kavya", "Sunita", "Shabana"),
        (
            "Venkatesh",
            "Harjit",
            "Rajesh",
            "Arjun",
            "Mohammed Irfan",
            "Sanjay",
            "Gurdeep",
            "Karthik",
            "Abhishek",
            "Imran",
        ),
        (
            "Raghunathan",
            "Subramaniam",
            "Kaur",
            "Singh Sandhu",
            "Shaikh",
            "Iyer",
            "Nair",
            "Reddy",
            "D'Souza",
            "Menon",
            "Chatterjee",
            "Gowda",
            "Patil",
            "Khan",
        ),
    ),
    "word": (
        (
            "Hope",
            "Grace",
            "Mercy",
            "Faith",
            "Joy",
            "Paris",
            "Summer",
            "Rose",
            "Iris",
            "Dawn",
            "April",
            "Ivy",
            "Holly",
            "Ruby",
            "Amber",
            "Patience",
            "Charity",
            "Sunny",
        ),
        (
            "Will",
            "Frank",
            "Sterling",
            "Hunter",
            "Chase",
            "Drew",
            "Bill",
            "Mark",
            "Rich",
            "Jack",
            "Guy",
            "Miles",
            "Art",
            "Grant",
            "Lance",
            "Cliff",
            "Dale",
            "Glen",
            "Wade",
        ),
        (
            "Brooks",
            "King",
            "Lane",
            "Hope",
            "Sterling",
            "Frank",
            "Paris",
            "Bishop",
            "Little",
            "Young",
            "Long",
            "Small",
            "Wood",
            "Hill",
            "Church",
            "Cook",
            "Baker",
            "Fox",
            "Bell",
            "Marsh",
            "Stone",
            "Field",
            "Moody",
            "Gray",
            "Black",
            "White",
            "Green",
            "Love",
            "English",
            "French",
            "Winter",
            "May",
            "Day",
            "Power",
            "Wells",
            "Parkinson",
            "Graves",
            "Addison",
            "Down",
            "Best",
            "Sharp",
            "Swift",
            "Hardy",
            "Strong",
            "Noble",
            "Law",
            "Major",
            "Ward",
            "Banks",
            "Waters",
            "Rivers",
            "Frost",
            "Snow",
            "Cross",
            "Glasgow",
        ),
    ),
    "multi": (
        (),
        (),
        (
            "de la Cruz",
            "van der Berg",
            "O'Neill",
            "dos Santos",
            "Al-Farsi",
            "Smith-Jones",
            "St. John",
            "Mac Giolla Phádraig",
            "Ní Bhriain",
            "van Wyk",
            "D'Souza",
            "ter Haar",
            "Le Roux",
            "da Silva",
            "von Essen",
            "Fitzgerald-Murphy",
            "Ó Súilleabháin",
            "McAllister-Boyd",
            "del Rosario",
            "de Souza Lima",
            "O'Sullivan",
            "MacDonald",
            "Nguyen Thi",
            "Van den Bosch",
        ),
    ),
}
_FAMILY_FIRST: Final = frozenset({"vi", "sgcn"})
_SG_NAMES: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]] = {
    "sgcn": (
        ("Wei Ling", "Siew Hwa", "Hui Min", "Mei Ling", "Li Ting", "Xin Yi", "Pei Shan", "Shu Fen"),
        ("Boon Keng", "Wei Jie", "Kok Leong", "Jun Hao", "Chee Meng", "Teck Seng", "Kian Hock", "Zhi Wei"),
        ("Tan", "Lim", "Lee", "Ng", "Goh", "Chua", "Wong", "Teo", "Ong", "Koh", "Chan", "Yeo", "Sim", "Low"),
    ),
    "malay": (
        ("Nur Aisyah", "Siti Nurhaliza", "Nurul Huda", "Farah", "Aishah", "Nadia"),
        ("Muhammad Hafiz", "Ahmad Faizal", "Mohamed Rizal", "Iskandar", "Khairul Anwar"),
        ("Rahman", "Ismail", "Hassan", "Osman", "Salleh", "Ibrahim", "Abdullah", "Yusof"),
    ),
    "tamil": (
        ("Kavitha", "Lakshmi", "Priya", "Revathi", "Malathi", "Devi"),
        ("Suresh", "Rajendran", "Ganesan", "Kumar", "Murugan", "Selvam"),
        ("Ramasamy", "Pillai", "Krishnan", "Subramaniam", "Arumugam", "Nadarajan"),
    ),
}
_NICKNAMES: Final = {
    "William": "Bill", "Robert": "Bob", "Margaret": "Peggy", "Elizabeth": "Liz", "Patricia": "Pat", "James": "Jim",
    "Catherine": "Kate", "Michael": "Mick", "Joseph": "Joe", "Thomas": "Tom", "Christopher": "Chris", "Jennifer": "Jen",
    "Katherine": "Kathy", "Susan": "Sue", "Deborah": "Debbie", "Alexander": "Alex", "Daniel": "Danny", "Anthony": "Tony",
    "Francis": "Frank", "Frances": "Fran", "Edward": "Ted", "Dorothy": "Dot", "Barbara": "Babs", "Rebecca": "Becky",
    "Samuel": "Sam", "Benjamin": "Ben", "Nicholas": "Nick", "Jessica": "Jess", "Victoria": "Vicky", "Joshua": "Josh",
    "Matthew": "Matt", "Abigail": "Abby", "Gabriel": "Gabe", "Siobhán": "Shiv", "Seán": "Shane", "Kimberly": "Kim",
}  # fmt: skip
_BAD_NAME_START: Final = re.compile(r"(?:Pastor|Dr|Mr|Mrs|Ms|Miss|Mx|Sr)\b")


def _en_name(rng: random.Random, source: str, sex: str) -> tuple[str, str, str]:
    """(given, surname, full name as the person writes it)."""
    for _ in range(20):
        first, last, full = _en_name_once(rng, source, sex)
        if not (_BAD_NAME_START.match(first) or _BAD_NAME_START.match(last)) and first and last:
            return first, last, full
    raise RuntimeError("no acceptable name")  # pragma: no cover


def _en_name_once(rng: random.Random, source: str, sex: str) -> tuple[str, str, str]:
    female = sex == "F"
    if source in _SG_NAMES:
        fem, mal, surs = _SG_NAMES[source]
        first = rng.choice(fem if female else mal)
        last = rng.choice(surs)
        if source == "sgcn":
            if rng.random() < 0.3:
                english = rng.choice(
                    ("Jasmine", "Cheryl", "Vivian", "Audrey") if female else ("Kelvin", "Desmond", "Benjamin", "Alvin")
                )
                return f"{english} {first}", last, f"{english} {last} {first}"
            return first, last, f"{last} {first}"
        if source == "malay":
            return first, last, f"{first} {'binte' if female else 'bin'} {last}"
        return first, last, f"{first} {'d/o' if female else 's/o'} {last}"
    if source in _OWN_NAMES and source != "multi":
        fem, mal, surs = _OWN_NAMES[source]
        first = rng.choice(fem if female else mal)
        last = rng.choice(surs)
        if source == "vi":
            middle = rng.choice(("Thi", "Thị", "Ngoc", "Thu") if female else ("Van", "Văn", "Duc", "Minh", "Quoc"))
            if rng.random() < 0.5:
                return first, last, f"{last} {middle} {first}"
            return first, f"{last} {middle}", f"{first} {last} {middle}"
        if source == "ko" and rng.random() < 0.4:
            return first, last, f"{last} {first}"
    else:
        if source == "multi":
            locale = rng.choice(("en_US", "en_GB", "pt_BR", "nl_NL", "en_IE"))
            fake = _faker(locale, rng)
            first = fake.first_name_female() if female else fake.first_name_male()
            last = rng.choice(_OWN_NAMES["multi"][2])
        else:
            fake = _faker(source, rng)
            first = fake.first_name_female() if female else fake.first_name_male()
            last = fake.last_name()
        if rng.random() < 0.12:
            fem, mal, surs = _OWN_NAMES["word"]
            if rng.random() < 0.5:
                first = rng.choice(fem if female else mal)
            else:
                last = rng.choice(surs)
    return first, last, f"{first} {last}"


def _initial(part: str) -> str:
    letters = [c for c in part if c.isalpha()]
    return letters[0].upper() if letters else "X"


def _spell(word: str) -> str:
    return "-".join(c.upper() for c in word if c.isalpha())


def _en_person(v: dict[str, str], key: str, first: str, last: str, full: str, sex: str, age: int = 40) -> None:
    """Every written form of one person's name under ``key_*``, and their pronouns."""
    firsts = first.replace("-", " ").split()
    init = "".join(_initial(p) for p in firsts[:2]) + _initial(last)
    v[f"{key}_first"] = first
    v[f"{key}_last"] = last
    v[f"{key}_full"] = full
    v[f"{key}_first_uc"] = first.upper()
    v[f"{key}_last_uc"] = last.upper()
    v[f"{key}_full_uc"] = full.upper()
    v[f"{key}_first_lc"] = first.lower()
    v[f"{key}_last_lc"] = last.lower()
    v[f"{key}_full_lc"] = full.lower()
    v[f"{key}_lf"] = f"{last}, {first}"
    v[f"{key}_lf_uc"] = f"{last.upper()}, {first}"
    v[f"{key}_init"] = init
    v[f"{key}_init_dot"] = ".".join(init) + "."
    v[f"{key}_fi_last"] = f"{_initial(first)}. {last}"
    v[f"{key}_first_init"] = f"{first} {_initial(last)}."
    v[f"{key}_nick"] = _NICKNAMES.get(first.split()[0], first.split()[0])
    v[f"{key}_spell"] = _spell(last)
    female = sex == "F"
    v[f"{key}_sex"] = sex
    v[f"{key}_he"] = "she" if female else "he"
    v[f"{key}_he_cap"] = "She" if female else "He"
    v[f"{key}_him"] = "her" if female else "him"
    v[f"{key}_his"] = "her" if female else "his"
    v[f"{key}_his_cap"] = "Her" if female else "His"
    v[f"{key}_man"] = ("girl" if female else "boy") if age < 16 else ("woman" if female else "man")
    v[f"{key}_sexw"] = "female" if female else "male"
    if female:
        v[f"{key}_title"] = "Miss" if age < 30 else ("Mrs" if age > 60 else "Ms")
    else:
        v[f"{key}_title"] = "Mr"


# ---------------------------------------------------------------------------------------------
# English-speaking countries: who lives there, where, which organisations, how numbers look
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Country:
    sources: tuple[tuple[str, int], ...]
    # city, region (state / county / province or ""), postcode prefix or full code, local hospitals
    places: tuple[tuple[str, str, str, tuple[str, ...]], ...]
    streets: tuple[str, ...]
    orgs: dict[str, tuple[str, ...]]
    mail_domains: tuple[str, ...]
    staff_domain: str


_COUNTRIES: Final[dict[str, _Country]] = {
    "US": _Country(
        sources=(
            ("en_US", 40),
            ("es_MX", 12),
            ("vi", 6),
            ("fil", 6),
            ("ko", 5),
            ("ar", 4),
            ("pt_BR", 3),
            ("pl_PL", 3),
            ("yo_NG", 3),
            ("word", 12),
            ("multi", 6),
        ),
        places=(
            ("Springfield", "IL", "62704", ("Memorial Medical Center", "HSHS St. John's Hospital")),
            (
                "Houston",
                "TX",
                "77002",
                ("Ben Taub Hospital", "Houston Methodist Hospital", "Memorial Hermann-Texas Medical Center"),
            ),
            ("Fresno", "CA", "93721", ("Community Regional Medical Center", "Saint Agnes Medical Center")),
            ("Columbus", "OH", "43215", ("Riverside Methodist Hospital", "Grant Medical Center", "Mount Carmel East")),
            ("Tucson", "AZ", "85705", ("Banner - University Medical Center Tucson", "Tucson Medical Center")),
            ("Worcester", "MA", "01608", ("UMass Memorial Medical Center", "Saint Vincent Hospital")),
            ("Paterson", "NJ", "07501", ("St. Joseph's University Medical Center",)),
            ("Lansing", "MI", "48906", ("Sparrow Hospital", "McLaren Greater Lansing")),
            ("Durham", "NC", "27701", ("Duke Regional Hospital", "Duke University Hospital")),
            ("Savannah", "GA", "31401", ("Memorial Health University Medical Center", "St. Joseph's/Candler Hospital")),
            (
                "Omaha",
                "NE",
                "68102",
                ("Nebraska Medicine - Nebraska Medical Center", "CHI Health Creighton University Medical Center"),
            ),
            ("Hope", "AR", "71801", ("Wadley Regional Medical Center at Hope",)),
        ),
        streets=(
            "Maple Ave",
            "Elm St",
            "Oak Ridge Dr",
            "Cedar Ln",
            "Washington Blvd",
            "Martin Luther King Jr Blvd",
            "Pine St",
            "Lakeview Terrace",
            "Hope St",
            "Grace Ave",
            "Sterling Ct",
            "Brookside Dr",
            "N 5th St",
            "Mercy Ln",
            "Parkway Pl",
            "Cottonwood Rd",
            "Sycamore Cir",
        ),
        orgs={
            "pharm": ("Walgreens", "CVS Pharmacy", "Rite Aid", "Kroger Pharmacy", "H-E-B Pharmacy", "Walmart Pharmacy"),
            "insurer": (
                "Blue Cross Blue Shield of Illinois",
                "Aetna",
                "UnitedHealthcare",
                "Cigna",
                "Humana",
                "Molina Healthcare",
                "Ambetter from Sunshine Health",
            ),
            "amb": (
                "AMR",
                "Acadian Ambulance",
                "Houston Fire Department EMS",
                "Columbus Division of Fire EMS",
                "Rural/Metro Ambulance",
            ),
            "clinic": (
                "CareNow Urgent Care",
                "MedExpress Urgent Care",
                "ChoiceOne Urgent Care",
                "MinuteClinic",
                "AFC Urgent Care Westside",
            ),
            "gp": (
                "Lakeside Family Medicine",
                "Prairie Internal Medicine Associates",
                "Northside Primary Care",
                "Riverbend Family Practice",
                "Unity Health Partners",
            ),
            "school": (
                "Lincoln Elementary School",
                "Roosevelt Middle School",
                "Cesar Chavez Elementary",
                "Jefferson High School",
                "Grace Hopper STEM Academy",
            ),
            "employer": ("Tyson Foods", "Amazon", "UPS", "Home Depot", "Kroger", "Caterpillar Inc.", "State Farm"),
            "snf": (
                "Sunrise Senior Living",
                "Brookdale Willow Creek",
                "Heritage Manor Nursing & Rehab",
                "Golden LivingCenter - Parkview",
            ),
            "lab": ("Quest Diagnostics", "Labcorp"),
            "agency": ("Visiting Angels", "Home Instead", "BrightStar Care"),
            "scribe_co": ("ScribeAmerica", "Augmedix"),
        },
        mail_domains=("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com"),
        staff_domain="health.org",
    ),
    "UK": _Country(
        sources=(
            ("en_GB", 40),
            ("pl_PL", 8),
            ("in", 8),
            ("en_IN", 4),
            ("yo_NG", 4),
            ("en_NG", 3),
            ("tr_TR", 4),
            ("ar", 4),
            ("de_DE", 2),
            ("fr_FR", 2),
            ("word", 12),
            ("multi", 6),
            ("en_IE", 3),
        ),
        places=(
            (
                "London",
                "SE5",
                "SE5",
                ("King's College Hospital", "Guy's and St Thomas' Hospital", "University College Hospital"),
            ),
            ("Leeds", "LS6", "LS", ("St James's University Hospital", "Leeds General Infirmary")),
            ("Manchester", "M14", "M", ("Manchester Royal Infirmary", "Wythenshawe Hospital")),
            ("Birmingham", "B12", "B", ("Queen Elizabeth Hospital Birmingham", "Heartlands Hospital")),
            ("Bristol", "BS2", "BS", ("Bristol Royal Infirmary", "Southmead Hospital")),
            ("Leicester", "LE2", "LE", ("Leicester Royal Infirmary", "Glenfield Hospital")),
            ("Bradford", "BD7", "BD", ("Bradford Royal Infirmary",)),
            ("Luton", "LU1", "LU", ("Luton and Dunstable University Hospital",)),
            ("Norwich", "NR2", "NR", ("Norfolk and Norwich University Hospital",)),
            ("Cardiff", "CF24", "CF", ("University Hospital of Wales",)),
            ("Sheffield", "S10", "S", ("Northern General Hospital", "Royal Hallamshire Hospital")),
            ("Reading", "RG1", "RG", ("Royal Berkshire Hospital",)),
        ),
        streets=(
            "Larkspur Close",
            "Victoria Road",
            "Church Lane",
            "Grace Street",
            "Station Road",
            "Kingsley Avenue",
            "Mill Lane",
            "The Crescent",
            "Paris Gardens",
            "Hope Street",
            "Beechwood Drive",
            "Orchard Way",
            "Mercy Terrace",
            "Princes Street",
            "Queen's Road",
        ),
        orgs={
            "pharm": ("Boots", "Lloyds Pharmacy", "Well Pharmacy", "Superdrug Pharmacy", "Rowlands Pharmacy"),
            "amb": (
                "London Ambulance Service",
                "Yorkshire Ambulance Service",
                "North West Ambulance Service",
                "West Midlands Ambulance Service",
                "South Western Ambulance Service",
                "Welsh Ambulance Service",
            ),
            "gp": (
                "The Grange Medical Centre",
                "Park View Surgery",
                "Church Street Practice",
                "Oakwood Health Centre",
                "Riverside Medical Practice",
                "Beacon Medical Group",
                "Hope Family Medical Centre",
            ),
            "employer": (
                "Royal Mail",
                "Tesco Extra",
                "Network Rail",
                "Amazon UK",
                "Arla Foods",
                "Sainsbury's",
                "Greggs",
            ),
            "shc": (
                "Burrell Street Sexual Health Clinic",
                "Centre for Sexual Health",
                "Brook Clinic",
                "Integrated Sexual Health Service (iSH)",
                "56 Dean Street",
            ),
            "talking": (
                "Leeds Mental Wellbeing Service",
                "Talking Therapies Southwark",
                "Steps2Wellbeing",
                "Healthy Minds",
            ),
        },
        mail_domains=("gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com"),
        staff_domain="nhs.net",
    ),
    "SCO": _Country(
        sources=(("en_GB", 50), ("pl_PL", 8), ("in", 6), ("en_IE", 6), ("ar", 3), ("word", 15), ("multi", 6)),
        places=(
            ("Glasgow", "G", "G", ("Queen Elizabeth University Hospital", "Glasgow Royal Infirmary")),
            ("Paisley", "PA", "PA", ("Royal Alexandra Hospital",)),
            ("Edinburgh", "EH", "EH", ("Royal Infirmary of Edinburgh", "Western General Hospital")),
            ("Dundee", "DD", "DD", ("Ninewells Hospital",)),
            ("Aberdeen", "AB", "AB", ("Aberdeen Royal Infirmary",)),
            ("Kilmarnock", "KA", "KA", ("University Hospital Crosshouse",)),
        ),
        streets=(
            "Dumbarton Road",
            "Byres Road",
            "Gallowgate",
            "Leith Walk",
            "Union Street",
            "Perth Road",
            "Hope Street",
            "Kelvin Way",
            "Victoria Road",
        ),
        orgs={
            "gp": (
                "Woodside Health Centre",
                "Govan Health Centre",
                "Leith Links Practice",
                "Lochee Health Centre",
                "Foresterhill Health Centre",
            ),
            "employer": (
                "ScotRail",
                "Tennent's Wellpark Brewery",
                "Glasgow City Council",
                "Aggreko",
                "Baxters Food Group",
            ),
        },
        mail_domains=("gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com"),
        staff_domain="nhs.scot",
    ),
    "IE": _Country(
        sources=(
            ("en_IE", 45),
            ("ga_IE", 10),
            ("pl_PL", 10),
            ("pt_BR", 6),
            ("en_IN", 4),
            ("en_NG", 4),
            ("word", 12),
            ("multi", 6),
        ),
        places=(
            ("Dublin 8", "", "D08", ("St James's Hospital",)),
            ("Dublin 7", "", "D07", ("Mater Misericordiae University Hospital",)),
            ("Ballincollig", "Co. Cork", "P31", ("Cork University Hospital", "Mercy University Hospital")),
            ("Galway", "", "H91", ("University Hospital Galway",)),
            ("Limerick", "", "V94", ("University Hospital Limerick",)),
            ("Tralee", "Co. Kerry", "V92", ("University Hospital Kerry",)),
            ("Sligo", "", "F91", ("Sligo University Hospital",)),
            ("Drogheda", "Co. Louth", "A92", ("Our Lady of Lourdes Hospital",)),
            ("Ennis", "Co. Clare", "V95", ("University Hospital Limerick",)),
        ),
        streets=(
            "Ashgrove Park",
            "Main Street",
            "Bridge Street",
            "Church Road",
            "Cherry Orchard Avenue",
            "The Maltings",
            "Ard na Gréine",
            "Bóthar na Trá",
            "Castle View",
            "Mercy Lane",
        ),
        orgs={
            "gp": (
                "Abbey Medical Centre",
                "Riverside Family Practice",
                "Ashgrove Medical",
                "Bridge Street Surgery",
                "The Square Medical Centre",
            ),
            "ooh": ("SouthDoc", "Caredoc", "Shannondoc", "Westdoc", "NEDOC", "DubDoc"),
            "garda": (
                "Mayfield Garda Station",
                "Tralee Garda Station",
                "Mill Street Garda Station",
                "Drogheda Garda Station",
                "Ennis Garda Station",
            ),
        },
        mail_domains=("gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "yahoo.ie"),
        staff_domain="hse.ie",
    ),
    "AU": _Country(
        sources=(
            ("en_GB", 25),
            ("en_US", 10),
            ("vi", 10),
            ("ko", 5),
            ("ar", 8),
            ("in", 6),
            ("sgcn", 4),
            ("fil", 4),
            ("pasifika", 3),
            ("word", 14),
            ("multi", 6),
        ),
        places=(
            ("Footscray", "VIC", "3011", ("Footscray Hospital", "Sunshine Hospital")),
            ("Dandenong", "VIC", "3175", ("Dandenong Hospital", "Monash Medical Centre")),
            ("Parramatta", "NSW", "2150", ("Westmead Hospital",)),
            ("Cabramatta", "NSW", "2166", ("Fairfield Hospital", "Liverpool Hospital")),
            ("Blacktown", "NSW", "2148", ("Blacktown Hospital",)),
            ("Logan Central", "QLD", "4114", ("Logan Hospital",)),
            ("Townsville", "QLD", "4810", ("Townsville University Hospital",)),
            ("Elizabeth", "SA", "5112", ("Lyell McEwin Hospital",)),
            ("Joondalup", "WA", "6027", ("Joondalup Health Campus",)),
            ("Darwin", "NT", "0800", ("Royal Darwin Hospital",)),
            ("Hobart", "TAS", "7000", ("Royal Hobart Hospital",)),
            ("Wagga Wagga", "NSW", "2650", ("Wagga Wagga Base Hospital",)),
        ),
        streets=(
            "Wattle Grove",
            "Smith Street",
            "Barkly Street",
            "Banksia Crescent",
            "Bunya Road",
            "Hope Street",
            "King Street",
            "Lane Cove Road",
            "Jacaranda Drive",
            "Paris Avenue",
        ),
        orgs={
            "pharm": ("Chemist Warehouse", "Priceline Pharmacy", "TerryWhite Chemmart", "Amcal Pharmacy"),
            "amb": (
                "Ambulance Victoria",
                "NSW Ambulance",
                "Queensland Ambulance Service",
                "SA Ambulance Service",
                "St John WA",
                "Ambulance Tasmania",
            ),
            "gp": (
                "Westside Family Medical Centre",
                "Barkly Street Medical Clinic",
                "Banksia Family Practice",
                "Myhealth Medical Centre",
                "Bulk Billing Doctors Plus",
            ),
            "physio": ("Active Physio", "Back in Motion", "Lifecare Physiotherapy", "Physio Inq"),
            "community": ("cohealth", "Bolton Clarke", "Uniting AgeWell", "Silverchain"),
            "shc": (
                "Melbourne Sexual Health Centre",
                "Sydney Sexual Health Centre",
                "Clinic 34",
                "M Clinic",
                "Darwin Clinic 34",
            ),
        },
        mail_domains=("gmail.com", "bigpond.com", "outlook.com", "hotmail.com", "optusnet.com.au"),
        staff_domain="health.gov.au",
    ),
    "NZ": _Country(
        sources=(
            ("en_NZ", 35),
            ("maori", 15),
            ("pasifika", 10),
            ("fil", 5),
            ("in", 5),
            ("ko", 5),
            ("word", 12),
            ("multi", 5),
            ("en_GB", 8),
        ),
        places=(
            ("Auckland", "Otara", "2023", ("Middlemore Hospital", "Auckland City Hospital")),
            ("Porirua", "Cannons Creek", "5024", ("Wellington Regional Hospital",)),
            ("Hamilton", "Fairfield", "3214", ("Waikato Hospital",)),
            ("Rotorua", "Ngongotahā", "3010", ("Rotorua Hospital",)),
            ("Christchurch", "Aranui", "8061", ("Christchurch Hospital",)),
            ("Dunedin", "Caversham", "9012", ("Dunedin Hospital",)),
            ("Whangārei", "Tikipunga", "0112", ("Whangārei Hospital",)),
            ("Gisborne", "Kaiti", "4010", ("Gisborne Hospital",)),
        ),
        streets=(
            "Kowhai Street",
            "Rimu Road",
            "Pohutukawa Avenue",
            "Great South Road",
            "Te Rauparaha Street",
            "Hope Street",
            "Grace Road",
            "Kauri Crescent",
        ),
        orgs={
            "gp": (
                "Otara Family and Christian Health Centre",
                "Ora Toa Medical Centre",
                "Fairfield Medical Centre",
                "Te Whare Hauora o Ngongotahā",
                "Aranui Medical Centre",
            ),
            "clinic": (
                "Worldwise Travellers Health Centre",
                "Auckland Travel Health",
                "Travel Doctor",
                "Travelsafe Clinic",
            ),
            "employer": ("Fonterra", "Fletcher Building", "Countdown", "Air New Zealand", "Sanford Limited"),
        },
        mail_domains=("xtra.co.nz", "gmail.com", "outlook.co.nz", "hotmail.com", "slingshot.co.nz"),
        staff_domain="tewhatuora.govt.nz",
    ),
    "CA": _Country(
        sources=(
            ("en_US", 30),
            ("fr_FR", 12),
            ("fil", 8),
            ("pt_BR", 5),
            ("pl_PL", 5),
            ("en_IN", 6),
            ("ar", 6),
            ("vi", 4),
            ("ko", 3),
            ("word", 12),
            ("multi", 6),
            ("es_MX", 3),
        ),
        places=(
            ("Toronto", "ON", "M5T", ("Toronto Western Hospital", "St. Michael's Hospital")),
            ("Mississauga", "ON", "L5B", ("Credit Valley Hospital", "Mississauga Hospital")),
            ("Brampton", "ON", "L6T", ("Brampton Civic Hospital",)),
            ("Ottawa", "ON", "K1N", ("The Ottawa Hospital - Civic Campus", "Montfort Hospital")),
            ("Hamilton", "ON", "L8N", ("Hamilton General Hospital", "St. Joseph's Healthcare Hamilton")),
            ("London", "ON", "N6A", ("Victoria Hospital", "University Hospital")),
            ("Scarborough", "ON", "M1P", ("Scarborough General Hospital",)),
        ),
        streets=(
            "Dundas St W",
            "Bloor St",
            "Queen St E",
            "Hurontario St",
            "Rideau St",
            "King St W",
            "Richmond St",
            "Kennedy Rd",
            "Hope Ave",
            "Brooks Cres",
        ),
        orgs={
            "pharm": ("Shoppers Drug Mart", "Rexall", "Guardian Pharmacy", "Costco Pharmacy"),
            "clinic": (
                "Etobicoke Urgent Care Centre",
                "Peel Memorial Urgent Care",
                "Appletree Medical Centre",
                "Queensway Walk-in Clinic",
            ),
            "gp": (
                "Village Family Health Team",
                "Bloor West Family Practice",
                "Rideau Family Health Organization",
                "Hamilton Family Health Team",
            ),
            "interp_co": ("CulturaLink", "MCIS Language Solutions", "Language Services Toronto"),
            "dec": (
                "Diabetes Education Centre at LMC",
                "Banting & Best Diabetes Centre",
                "Community Diabetes Education Program",
            ),
        },
        mail_domains=("gmail.com", "rogers.com", "sympatico.ca", "outlook.com", "hotmail.ca"),
        staff_domain="uhn.ca",
    ),
    "SG": _Country(
        sources=(
            ("sgcn", 40),
            ("malay", 18),
            ("tamil", 14),
            ("fil", 8),
            ("en_GB", 6),
            ("in", 4),
            ("word", 5),
            ("ko", 3),
            ("vi", 2),
        ),
        places=(
            ("Tampines", "", "52", ("Changi General Hospital",)),
            ("Ang Mo Kio", "", "56", ("Khoo Teck Puat Hospital", "Tan Tock Seng Hospital")),
            ("Jurong West", "", "64", ("Ng Teng Fong General Hospital",)),
            ("Woodlands", "", "73", ("Khoo Teck Puat Hospital",)),
            ("Bedok", "", "46", ("Changi General Hospital",)),
            ("Toa Payoh", "", "31", ("Tan Tock Seng Hospital",)),
            ("Sengkang", "", "54", ("Sengkang General Hospital",)),
            ("Bukit Batok", "", "65", ("Ng Teng Fong General Hospital",)),
        ),
        streets=("Street", "Avenue", "Drive", "Central", "North"),
        orgs={
            "clinic": (
                "Raffles Medical Tampines",
                "Healthway Medical Ang Mo Kio",
                "Fullerton Health @ Woodlands",
                "Parkway Shenton Medical Clinic",
                "Tampines Polyclinic",
                "Bukit Batok Polyclinic",
            ),
            "employer": ("SATS Ltd", "Keppel Shipyard", "ComfortDelGro", "Sheng Siong", "DBS Bank", "Singapore Post"),
        },
        mail_domains=("gmail.com", "singnet.com.sg", "hotmail.com", "yahoo.com.sg"),
        staff_domain="clinic.com.sg",
    ),
    "ZA": _Country(
        sources=(
            ("zu_ZA", 25),
            ("nguni", 20),
            ("afr", 18),
            ("en_GB", 12),
            ("in", 8),
            ("word", 10),
            ("multi", 4),
            ("yo_NG", 3),
        ),
        places=(
            ("Soweto", "Orlando West", "1804", ("Chris Hani Baragwanath Academic Hospital",)),
            ("Mamelodi", "Mamelodi East", "0122", ("Steve Biko Academic Hospital", "Mamelodi Regional Hospital")),
            ("Umlazi", "Umlazi V Section", "4031", ("Prince Mshiyeni Memorial Hospital",)),
            ("Khayelitsha", "Site B", "7784", ("Khayelitsha District Hospital",)),
            ("Rustenburg", "Tlhabane", "0309", ("Job Shimankana Tabane Hospital",)),
            ("Polokwane", "Seshego", "0742", ("Pietersburg Hospital",)),
            ("Welkom", "Thabong", "9463", ("Bongani Regional Hospital",)),
            ("Emalahleni", "KwaGuqa", "1039", ("Witbank Hospital",)),
        ),
        streets=(
            "Vilakazi Street",
            "Mandela Drive",
            "Church Street",
            "Voortrekker Road",
            "Khumalo Street",
            "Hope Street",
            "Protea Avenue",
            "Mabopane Highway",
        ),
        orgs={
            "employer": (
                "Impala Platinum",
                "Sibanye-Stillwater",
                "Harmony Gold",
                "Eskom",
                "Transnet",
                "Anglo American Platinum",
            ),
            "insurer": ("Discovery Health Medical Scheme", "Bonitas Medical Fund", "GEMS", "Momentum Health", "Polmed"),
            "clinic": (
                "Orlando East Clinic",
                "Mamelodi West Community Health Centre",
                "Site B Community Day Centre",
                "Seshego Clinic",
                "Thabong Clinic",
            ),
        },
        mail_domains=("gmail.com", "mweb.co.za", "webmail.co.za", "outlook.com", "telkomsa.net"),
        staff_domain="health.gov.za",
    ),
    "IN": _Country(
        sources=(("en_IN", 45), ("in", 40), ("ar", 5), ("multi", 5), ("word", 5)),
        places=(
            (
                "Bengaluru",
                "Koramangala",
                "5600",
                ("St. John's Medical College Hospital", "Manipal Hospital Old Airport Road"),
            ),
            (
                "Chennai",
                "Anna Nagar",
                "6000",
                ("Apollo Hospitals Greams Road", "Rajiv Gandhi Government General Hospital"),
            ),
            ("Mumbai", "Bandra West", "4000", ("Lilavati Hospital", "KEM Hospital")),
            ("Pune", "Koregaon Park", "4110", ("Ruby Hall Clinic", "Sassoon General Hospital")),
            ("Hyderabad", "Banjara Hills", "5000", ("Yashoda Hospitals Somajiguda", "Osmania General Hospital")),
            ("Kochi", "Edappally", "6820", ("Amrita Institute of Medical Sciences",)),
            ("Lucknow", "Gomti Nagar", "2260", ("King George's Medical University",)),
            ("New Delhi", "Lajpat Nagar", "1100", ("Safdarjung Hospital", "AIIMS New Delhi")),
        ),
        streets=(
            "4th Cross Road",
            "MG Road",
            "Link Road",
            "Station Road",
            "Temple Street",
            "Nehru Nagar Main Road",
            "Gandhi Bazaar",
        ),
        orgs={
            "insurer": (
                "Star Health and Allied Insurance",
                "Medi Assist TPA",
                "ICICI Lombard",
                "Niva Bupa",
                "HDFC ERGO",
            ),
            "police": (
                "Koramangala Police Station",
                "Anna Nagar Police Station",
                "Bandra Police Station",
                "Koregaon Park Police Station",
                "Banjara Hills Police Station",
                "Gomti Nagar Police Station",
            ),
        },
        mail_domains=("gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"),
        staff_domain="hospital.in",
    ),
}


def _mobile(rng: random.Random, country: str) -> tuple[str, str]:
    """(canonical, another way of writing the same mobile number)."""
    if country in {"US", "CA"}:
        area = rng.choice(
            ("217", "713", "559", "614", "520", "508", "973", "517", "919", "912", "402", "870")
            if country == "US"
            else ("416", "647", "905", "613", "289", "519", "437")
        )
        ex, line = f"{rng.randrange(2, 10)}{_digits(rng, 2)}", _digits(rng, 4)
        forms = [
            f"({area}) {ex}-{line}",
            f"{area}-{ex}-{line}",
            f"{area}.{ex}.{line}",
            f"+1 {area} {ex} {line}",
            f"{area}{ex}{line}",
        ]
    elif country in {"UK", "SCO"}:
        a, b = "7" + _digits(rng, 3), _digits(rng, 6)
        forms = [f"0{a} {b}", f"0{a}{b}", f"+44 {a} {b}", f"0{a} {b[:3]} {b[3:]}", f"+44 (0){a} {b}"]
    elif country == "IE":
        p, a, b = rng.choice(("83", "85", "86", "87", "89")), _digits(rng, 3), _digits(rng, 4)
        forms = [f"0{p} {a} {b}", f"0{p}{a}{b}", f"+353 {p} {a} {b}", f"0{p}-{a}{b}", f"(0{p}) {a} {b}"]
    elif country == "AU":
        a, b, c = "4" + _digits(rng, 2), _digits(rng, 3), _digits(rng, 3)
        forms = [f"0{a} {b} {c}", f"0{a}{b}{c}", f"+61 {a} {b} {c}", f"+61{a}{b}{c}", f"0{a}-{b}-{c}"]
    elif country == "NZ":
        p, a, b = rng.choice(("21", "22", "27")), _digits(rng, 3), _digits(rng, 4)
        forms = [
            f"0{p} {a} {b}",
            f"0{p}{a}{b}",
            f"+64 {p} {a} {b}",
            f"0{p}-{a}-{b}",
            f"+6421{a}{b}" if p == "21" else f"+64{p}{a}{b}",
        ]
    elif country == "SG":
        a, b = rng.choice("89") + _digits(rng, 3), _digits(rng, 4)
        forms = [f"{a} {b}", f"{a}{b}", f"+65 {a} {b}", f"+65-{a}-{b}", f"(65) {a}{b}"]
    elif country == "ZA":
        p, a, b = rng.choice(("82", "83", "72", "73", "76", "79", "61", "71")), _digits(rng, 3), _digits(rng, 4)
        forms = [f"0{p} {a} {b}", f"0{p}{a}{b}", f"+27 {p} {a} {b}", f"+27{p}{a}{b}", f"0{p}-{a}-{b}"]
    else:  # IN
        a, b = rng.choice("6789") + _digits(rng, 4), _digits(rng, 5)
        forms = [f"+91 {a} {b}", f"{a} {b}", f"{a}{b}", f"+91-{a}{b}", f"0{a}{b}"]
    return forms[0], rng.choice(forms[1:])


def _landline(rng: random.Random, country: str) -> str:
    if country in {"US", "CA"}:
        return _mobile(rng, country)[0]
    if country == "SCO":
        return rng.choice(
            [
                f"0141 {_digits(rng, 3)} {_digits(rng, 4)}",
                f"0131 {_digits(rng, 3)} {_digits(rng, 4)}",
                f"01382 {_digits(rng, 6)}",
                f"(01224) {_digits(rng, 6)}",
                f"01563 {_digits(rng, 6)}",
            ]
        )
    if country in {"UK", "SCO"}:
        return rng.choice(
            [
                f"020 7{_digits(rng, 3)} {_digits(rng, 4)}",
                f"0113 {_digits(rng, 3)} {_digits(rng, 4)}",
                f"0141 {_digits(rng, 3)} {_digits(rng, 4)}",
                f"0161 {_digits(rng, 3)} {_digits(rng, 4)}",
                f"(0117) {_digits(rng, 3)} {_digits(rng, 4)}",
            ]
        )
    if country == "IE":
        return rng.choice(
            [
                f"(01) {_digits(rng, 3)} {_digits(rng, 4)}",
                f"021 {_digits(rng, 3)} {_digits(rng, 4)}",
                f"066 71{_digits(rng, 5)}",
                f"+353 91 {_digits(rng, 6)}",
            ]
        )
    if country == "AU":
        return rng.choice(
            [
                f"(03) 9{_digits(rng, 3)} {_digits(rng, 4)}",
                f"(02) 98{_digits(rng, 2)} {_digits(rng, 4)}",
                f"07 3{_digits(rng, 3)} {_digits(rng, 4)}",
                f"08 8{_digits(rng, 3)} {_digits(rng, 4)}",
            ]
        )
    if country == "NZ":
        return rng.choice(
            [
                f"(09) {_digits(rng, 3)} {_digits(rng, 4)}",
                f"04 {_digits(rng, 3)} {_digits(rng, 4)}",
                f"(07) 8{_digits(rng, 2)} {_digits(rng, 4)}",
                f"03 {_digits(rng, 3)} {_digits(rng, 4)}",
            ]
        )
    if country == "SG":
        return rng.choice([f"6{_digits(rng, 3)} {_digits(rng, 4)}", f"+65 6{_digits(rng, 3)} {_digits(rng, 4)}"])
    if country == "ZA":
        return rng.choice(
            [
                f"011 {_digits(rng, 3)} {_digits(rng, 4)}",
                f"(012) {_digits(rng, 3)}-{_digits(rng, 4)}",
                f"021 {_digits(rng, 3)} {_digits(rng, 4)}",
                f"+27 31 {_digits(rng, 3)} {_digits(rng, 4)}",
            ]
        )
    return rng.choice(
        [
            f"080-{_digits(rng, 4)} {_digits(rng, 4)}",
            f"044 {_digits(rng, 4)} {_digits(rng, 4)}",
            f"+91 22 {_digits(rng, 4)} {_digits(rng, 4)}",
            f"020-{_digits(rng, 8)}",
        ]
    )


_EIRCODE_CHARS: Final = "ACDEFHKNPRTVWXY0123456789"
_UK_INWARD: Final = "ABDEFGHJLNPQRSTUWXYZ"


def _address(rng: random.Random, country: str, place: tuple[str, str, str, tuple[str, ...]]) -> tuple[str, str, str]:
    """(street line, the rest of the address, full one-line address)."""
    city, region, code, _ = place
    street_name = rng.choice(_COUNTRIES[country].streets)
    number = rng.randrange(1, 240)
    if country == "US":
        street = f"{rng.randrange(10, 9999)} {street_name}" + (
            f" Apt {rng.randrange(1, 40)}{rng.choice('ABCD')}" if rng.random() < 0.3 else ""
        )
        rest = f"{city}, {region} {code}"
        return street, rest, f"{street}, {rest}"
    if country in {"UK", "SCO"}:
        street = (f"Flat {rng.randrange(1, 20)}, " if rng.random() < 0.25 else "") + f"{number} {street_name}"
        outward = region if country == "UK" and region[-1].isdigit() else f"{code}{rng.randrange(1, 40)}"
        postcode = f"{outward} {rng.randrange(1, 10)}{rng.choice(_UK_INWARD)}{rng.choice(_UK_INWARD)}"
        rest = f"{city} {postcode}"
        return street, rest, f"{street}, {city}, {postcode}"
    if country == "IE":
        street = f"{number} {street_name}"
        eircode = f"{code} {''.join(rng.choice(_EIRCODE_CHARS) for _ in range(4))}"
        rest = f"{city}, {region + ', ' if region else ''}{eircode}"
        return street, rest, f"{street}, {rest}"
    if country == "AU":
        street = (f"Unit {rng.randrange(1, 12)}/" if rng.random() < 0.3 else "") + f"{number} {street_name}"
        rest = f"{city} {region} {code}"
        return street, rest, f"{street}, {rest}"
    if country == "NZ":
        street = f"{number} {street_name}"
        rest = f"{region}, {city} {code}"
        return street, rest, f"{street}, {rest}"
    if country == "CA":
        street = (
            f"{rng.randrange(101, 2400)}-" if rng.random() < 0.35 else ""
        ) + f"{rng.randrange(10, 3000)} {street_name}"
        postal = f"{code} {rng.randrange(10)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randrange(10)}"
        rest = f"{city}, {region} {postal}"
        return street, rest, f"{street}, {rest}"
    if country == "SG":
        blk = rng.randrange(100, 999)
        street = f"Blk {blk} {city} {street_name} {rng.randrange(1, 82)}, #{rng.randrange(2, 25):02d}-{rng.randrange(1, 400):02d}"
        rest = f"Singapore {code}{_digits(rng, 1)}{blk % 1000:03d}"
        return street, rest, f"{street}, {rest}"
    if country == "ZA":
        street = f"{rng.randrange(1, 9999)} {street_name}"
        rest = f"{region}, {city}, {code}"
        return street, rest, f"{street}, {rest}"
    building = rng.choice(
        (
            "Sai Krupa Apartments",
            "Lakshmi Nivas",
            "Green Park Residency",
            "Shanti Kunj",
            "Prestige Meridian",
            "Royal Enclave",
        )
    )
    street = f"Flat {rng.randrange(1, 9)}0{rng.randrange(1, 9)}, {building}, {rng.choice(_COUNTRIES[country].streets)}"
    rest = f"{region}, {city} {code}{_digits(rng, 2)}"
    return street, rest, f"{street}, {rest}"


@dataclass(frozen=True)
class _Meta:
    """Where a template is set and who its patient can be."""

    country: str
    age: tuple[int, int]
    old: float = 0.0  # chance of a patient aged 90 to 104
    sex: str = ""  # "" for either
    sources: tuple[tuple[str, int], ...] = ()  # name sources overriding the country's mix
    city: str = ""  # a city the patient must live in
    pinyin: bool = False  # names written in pinyin too (Chinese)
    minority: bool = False  # an ethnic-minority patient (Chinese)


def _weighted(rng: random.Random, choices: Sequence[tuple[str, int]]) -> str:
    total = sum(w for _, w in choices)
    pick = rng.randrange(total)
    for name, weight in choices:
        pick -= weight
        if pick < 0:
            return name
    return choices[-1][0]


def _draw_age(rng: random.Random, meta: _Meta) -> int:
    if meta.old and rng.random() < meta.old:
        return rng.randrange(90, 105)
    lo, hi = meta.age
    return rng.randrange(lo, hi + 1)


def _email(rng: random.Random, first: str, last: str, domain: str) -> str:
    f, last_part = _slug(first), _slug(last)
    style = rng.randrange(5)
    if style == 0:
        local = f"{f}.{last_part}"
    elif style == 1:
        local = f"{f[:1]}{last_part}{rng.randrange(1, 99)}"
    elif style == 2:
        local = f"{last_part}.{f}{rng.randrange(50, 99)}"
    elif style == 3:
        local = f"{f}_{last_part[:4]}{rng.randrange(1940, 2010)}"
    else:
        local = f"{f}{last_part[:1]}.{rng.randrange(100, 999)}"
    return f"{local.strip('.')}@{domain}"


def _mrn(rng: random.Random, country: str) -> str:
    if country == "US":
        return rng.choice(
            [
                _digits(rng, 9),
                f"E{_digits(rng, 7)}",
                f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
                _digits(rng, 8),
            ]
        )
    if country in {"UK", "SCO"}:
        return rng.choice(
            [
                f"RXH{_digits(rng, 7)}",
                f"K{_digits(rng, 7)}",
                f"M{_digits(rng, 6)}",
                f"{_digits(rng, 2)}{rng.choice('ABCDEFGH')}{_digits(rng, 5)}",
            ]
        )
    if country == "IE":
        return rng.choice([_digits(rng, 7), f"H{_digits(rng, 6)}", f"0{_digits(rng, 6)}"])
    if country == "AU":
        return rng.choice([_digits(rng, 7), f"UR{_digits(rng, 6)}", f"MRN{_digits(rng, 8)}"])
    if country == "NZ":
        return _nhi(rng)
    if country == "CA":
        return rng.choice([_digits(rng, 8), f"MRN-{_digits(rng, 7)}", f"{_digits(rng, 4)} {_digits(rng, 4)}"])
    if country == "SG":
        return f"{rng.randrange(20, 26)}-{_digits(rng, 7)}{rng.choice('ABCDEFGHJKZ')}"
    if country == "ZA":
        return rng.choice([_digits(rng, 8), f"{_digits(rng, 2)}/{_digits(rng, 6)}", f"J{_digits(rng, 7)}"])
    return rng.choice(
        [
            f"UHID{_digits(rng, 10)}",
            f"MH{_digits(rng, 10)}",
            f"{rng.choice(('SJMCH', 'APL', 'RHC', 'KGMU'))}.{_digits(rng, 7)}",
        ]
    )


def _reg(rng: random.Random, country: str) -> str:
    """A clinician's registration number."""
    if country in {"UK", "SCO"}:
        return _digits(rng, 7)
    if country == "IE":
        return str(rng.randrange(100000, 500000))
    if country == "AU":
        return f"MED000{_digits(rng, 7)}"
    if country == "NZ":
        return str(rng.randrange(10000, 80000))
    if country == "CA":
        return str(rng.randrange(10000, 130000))
    if country == "SG":
        return f"M{_digits(rng, 5)}{rng.choice('ABCDEFGHIJKLZ')}"
    if country == "ZA":
        return f"MP {_digits(rng, 7)}"
    if country == "IN":
        return f"{rng.choice(('KMC', 'TNMC', 'MMC', 'DMC', 'TSMC'))} {rng.randrange(10000, 130000)}"
    return _npi(rng)


def _nid(rng: random.Random, country: str, birth: dt.date, sex: str) -> tuple[str, str]:
    """(the national identifier as the record holds it, another way of writing it)."""
    if country == "US":
        value = _ssn(rng)
        return value, rng.choice([value.replace("-", " "), value.replace("-", "")])
    if country == "UK":
        value = _nhs_number(rng)
        return value, rng.choice([value.replace(" ", ""), value.replace(" ", "-")])
    if country == "SCO":
        value = _chi_number(rng, birth, sex)
        return value, f"{value[:6]} {value[6:]}"
    if country == "IE":
        value = _ppsn(rng)
        return value, f"{value[:7]} {value[7:]}"
    if country == "AU":
        value = _medicare_au(rng)
        return value, value.replace(" ", "")[:10] + "/" + value[-1]
    if country == "NZ":
        value = _nhi(rng)
        return value, value.lower()
    if country == "CA":
        value = _ohip(rng)
        return value, value.replace("-", " ")
    if country == "SG":
        value = _nric(rng, birth)
        return value, value.lower()
    if country == "ZA":
        value = _za_id(rng, birth, sex)
        return value, f"{value[:6]} {value[6:10]} {value[10:]}"
    value = _aadhaar(rng)
    return value, value.replace(" ", "")


_LOCAL: Final[dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]]] = {
    "SCO": {
        "Glasgow": (
            ("Woodside Health Centre", "Govan Health Centre", "Bridgeton Health Centre"),
            ("Buchanan Bus Station", "Glasgow Central Station", "Kelvingrove Park", "Barras Market"),
        ),
        "Paisley": (
            ("Paisley Health Centre", "Abbey Medical Practice"),
            ("Paisley Gilmour Street station", "Paisley Centre"),
        ),
        "Edinburgh": (
            ("Leith Links Practice", "Craigmillar Medical Group"),
            ("Princes Street Gardens", "Waverley Station", "Ocean Terminal"),
        ),
        "Dundee": (("Lochee Health Centre", "Whitfield Health Centre"), ("Overgate Centre", "Caird Park")),
        "Aberdeen": (("Foresterhill Health Centre", "Northfield Medical Practice"), ("Union Square", "Duthie Park")),
        "Kilmarnock": (("Kilmarnock Health Centre",), ("Kilmarnock bus station", "Dean Castle Country Park")),
    },
    "IN": {
        "Bengaluru": ((), ("Silk Board junction", "Sony World signal", "Madiwala")),
        "Chennai": ((), ("Koyambedu", "Vadapalani", "Guindy")),
        "Mumbai": ((), ("Kherwadi junction", "Andheri East", "Sion circle")),
        "Pune": ((), ("Swargate", "Shivajinagar", "Hadapsar")),
        "Hyderabad": ((), ("Punjagutta", "Ameerpet", "Mehdipatnam")),
        "Kochi": ((), ("Vyttila junction", "Palarivattom", "Kaloor")),
        "Lucknow": ((), ("Hazratganj", "Charbagh", "Alambagh")),
        "New Delhi": ((), ("Moolchand flyover", "Ashram Chowk", "Nehru Place")),
    },
}
_SCO_BOARDS: Final = {"Glasgow": "NHS Greater Glasgow and Clyde", "Paisley": "NHS Greater Glasgow and Clyde", "Edinburgh": "NHS Lothian",
                      "Dundee": "NHS Tayside", "Aberdeen": "NHS Grampian", "Kilmarnock": "NHS Ayrshire & Arran"}  # fmt: skip
_LANGS: Final = {
    "vi": "Vietnamese",
    "ar": "Arabic",
    "fil": "Tagalog",
    "pt_BR": "Portuguese",
    "pl_PL": "Polish",
    "ko": "Korean",
    "es_MX": "Spanish",
    "in": "Punjabi",
}
_TRAVEL: Final = (
    ("Peru", ("Lima", "Cusco", "Iquitos")), ("Kenya", ("Nairobi", "Mombasa")), ("Vietnam", ("Hanoi", "Hoi An", "Ho Chi Minh City")),
    ("India", ("Delhi", "Jaipur", "Varanasi")), ("Indonesia", ("Denpasar", "Ubud", "Yogyakarta")), ("Ghana", ("Accra", "Kumasi")),
    ("Thailand", ("Bangkok", "Chiang Mai")), ("Brazil", ("Manaus", "Salvador", "Rio de Janeiro")), ("Tanzania", ("Arusha", "Zanzibar City")),
)  # fmt: skip


def _en_values(rng: random.Random, meta: _Meta) -> tuple[dict[str, str], list[KnownIdentifier]]:
    country = meta.country
    c = _COUNTRIES[country]
    v: dict[str, str] = {}
    visit = _rand_date(rng, dt.date(2023, 1, 3), dt.date(2025, 6, 27))
    age = _draw_age(rng, meta)
    birth = _birth_for(rng, visit, age)
    sex = meta.sex or rng.choice("FM")
    source = _weighted(rng, meta.sources or c.sources)
    first, last, full = _en_name(rng, source, sex)
    _en_person(v, "p", first, last, full, sex, age)
    v["p_age"] = str(age)
    v["p_agew"] = _en_words(age)
    v["lang"] = _LANGS.get(source, "Arabic")
    place = rng.choice(c.places)
    street, rest, one_line = _address(rng, country, place)
    v["p_street"], v["p_addr_l2"], v["p_addr"] = street, rest, one_line
    v["p_addr_lc"] = one_line.lower().replace(",", "")
    v["p_city"] = place[0]
    others = [p for p in c.places if p[0] != place[0]]
    v["loc1"], v["loc2"] = (p[0] for p in rng.sample(others, 2))
    hospitals = place[3] + tuple(h for p in others for h in p[3] if h not in place[3])
    v["h1"] = hospitals[0] if rng.random() < 0.7 else rng.choice(place[3])
    v["h2"] = rng.choice([h for h in hospitals if h != v["h1"]])
    for kind, pool in c.orgs.items():
        if pool:
            v[kind] = rng.choice(pool)
    if country == "SCO":
        v["board"] = _SCO_BOARDS[place[0]]
    if country in _LOCAL:
        local_orgs, local_places = _LOCAL[country][place[0]]
        if local_orgs:
            v["gp"] = rng.choice(local_orgs)
        v["venue"] = v["local_area"] = rng.choice(local_places)
    if country == "IN":
        v["police"] = f"{place[1]} Police Station"
    if country == "ZA":
        v["clinic"] = f"{place[1].split()[0]} Clinic" if rng.random() < 0.6 else f"{place[1]} Community Health Centre"
    v["venue_ca"] = rng.choice(
        ("Lamport Stadium", "Christie Pits", "Earl Bales Park", "Lansdowne Park", "Gage Park", "Centennial Park")
    )
    for key in ("gp", "h1", "pharm", "clinic"):
        org_street, org_rest, org_line = _address(rng, country, place if rng.random() < 0.7 else rng.choice(c.places))
        v[f"{key}_addr"], v[f"{key}_addr_l2"], v[f"{key}_addr1"] = org_street, org_rest, org_line
    # dates
    for key, day in (("p_dob", birth), ("vdate", visit)):
        for style in ("default", "iso", "long", "alt", "spoken", "dm", "short"):
            v[f"{key}_{style}" if style != "default" else key] = _en_date(rng, day, country, style)
    later = sorted(visit + dt.timedelta(days=rng.randrange(1, 120)) for _ in range(3))
    earlier = (visit - dt.timedelta(days=rng.randrange(2, 100)), visit - dt.timedelta(days=rng.randrange(100, 700)))
    for key, day in (
        ("fdate", later[0]),
        ("fdate2", later[1]),
        ("fdate3", later[2]),
        ("odate", earlier[0]),
        ("odate2", earlier[1]),
    ):
        v[key] = _en_date(rng, day, country, "default")
        v[f"{key}_long"] = _en_date(rng, day, country, "long")
        v[f"{key}_dm"] = _en_date(rng, day, country, "dm")
    depart = visit + dt.timedelta(days=rng.randrange(10, 60))
    v["ddate"] = _en_date(rng, depart, country, "long")
    v["rdate"] = _en_date(rng, depart + dt.timedelta(days=rng.randrange(14, 90)), country, "long")
    v["yf_valid"] = _en_date(rng, visit + dt.timedelta(days=10), country, "default")
    v["vdate_prev"] = _en_date(rng, visit - dt.timedelta(days=1), country, "default")
    v["recent_dm"] = _en_date(rng, visit - dt.timedelta(days=rng.randrange(3, 12)), country, "dm")
    v["rtw"] = _en_date(rng, visit + dt.timedelta(days=rng.randrange(2, 6)), country, "default")
    v["molst_date"] = _en_date(rng, visit - dt.timedelta(days=rng.randrange(30, 900)), country, "default")
    v["mc_from"] = _en_date(rng, visit, country, "default")
    v["mc_to"] = _en_date(rng, visit + dt.timedelta(days=2), country, "default")
    v["wdate1"] = f"{visit - dt.timedelta(days=1):%d/%m/%Y}"
    v["wdate2"] = f"{visit:%d/%m/%Y}"
    v["vtime_prev"], *times = _times(rng, 6)
    for i, t in enumerate(times):
        v["vtime" if i == 0 else f"vtime{i + 1}"] = t
    for i in range(1, 7):
        v[f"t{i}"] = f"{7 + i}:{rng.randrange(10, 60)}"
    # identifiers of the patient
    v["p_mrn"] = _mrn(rng, country)
    v["p_mrn_alt"] = v["p_mrn"].lstrip("0") or v["p_mrn"]
    nid, nid_alt = _nid(rng, country, birth, sex)
    v["p_nid"], v["p_nid_alt"] = nid, nid_alt
    v["p_nid_lc"] = nid.lower()
    v["p_ssn4"] = nid[-4:]
    v["p_phone"], v["p_phone_alt"] = _mobile(rng, country)
    v["p_phone_work"] = _landline(rng, country)
    v["p_email"] = _email(rng, first, last, rng.choice(c.mail_domains))
    # family: r1 partner (or mother of a child), r2 adult child (or father), r3 sibling / friend / neighbour
    child = age < 18
    if child:
        r1_sex = "F"
    elif rng.random() < 0.9:
        r1_sex = "M" if sex == "F" else "F"
    else:
        r1_sex = sex
    r2_sex = "M" if child else rng.choice("FM")
    r3_sex = rng.choice("FM")
    for key, rsex, share in (
        ("r1", r1_sex, 0.55),
        ("r2", r2_sex, 0.75 if child else 0.6),
        ("r3", r3_sex, 0.8 if child else 0.55),
    ):
        rs = source if rng.random() < 0.75 else _weighted(rng, c.sources)
        rfirst, rlast, _ = _en_name(rng, rs, rsex)
        while rfirst == first:
            rfirst = _en_name(rng, rs, rsex)[0]
        if rng.random() < share:
            rlast = last
        _en_person(v, key, rfirst, rlast, f"{rfirst} {rlast}", rsex, 45)
        v[f"{key}_phone"], v[f"{key}_phone_alt"] = _mobile(rng, country)
        v[f"{key}_phone_work"] = _landline(rng, country)
        v[f"{key}_email"] = _email(rng, rfirst, rlast, rng.choice(c.mail_domains))
    if child:
        v["r1_rel"], v["r2_rel"] = "mother", "father"
        v["r3_rel"] = "sister" if r3_sex == "F" else "brother"
    else:
        v["r1_rel"] = rng.choice(("wife", "partner")) if r1_sex == "F" else rng.choice(("husband", "partner"))
        if r1_sex == sex:
            v["r1_rel"] = "partner"
        v["r2_rel"] = "daughter" if r2_sex == "F" else "son"
        v["r3_rel"] = "sister" if r3_sex == "F" else "brother"
    v["fa_full"] = f"{_en_name(rng, source, 'M')[0]} {last}"
    # staff and others
    for key in ("d1", "d2", "d3", "n1", "n2", "gp", "x1", "x2", "x3"):
        ssex = rng.choice("FM")
        sfirst, slast, sfull = _en_name(rng, _weighted(rng, c.sources), ssex)
        _en_person(v, key, sfirst, slast, sfull, ssex)
        v[f"{key}_phone"], v[f"{key}_phone_alt"] = _mobile(rng, country)
        v[f"{key}_reg"] = _reg(rng, country)
        v[f"{key}_title2"] = "Mrs." if ssex == "F" and rng.random() < 0.5 else ("Ms." if ssex == "F" else "Mr.")
    v["gp_email"] = _email(rng, v["gp_first"], v["gp_last"], c.staff_domain)
    employer_domain = _slug(v.get("employer", "company"))[:12] + (".com.sg" if country == "SG" else ".com")
    v["hr_email"] = _email(rng, v["x1_first"], v["x1_last"], employer_domain)
    v["physio_email"] = (
        f"reception.{_slug(v['p_city'])}@{rng.choice(('activephysio.com.au', 'backinmotion.com.au', 'physioinq.com.au'))}"
    )
    # other patients for boards and handover lists
    for key in ("o1", "o2", "o3", "o4"):
        osex = rng.choice("FM")
        ofirst, olast, ofull = _en_name(rng, _weighted(rng, c.sources), osex)
        oage = rng.randrange(90, 103) if rng.random() < 0.25 else rng.randrange(16, 89)
        _en_person(v, key, ofirst, olast, ofull, osex, oage)
        v[f"{key}_age"] = str(oage)
        v[f"{key}_mrn"] = _mrn(rng, country)
        v[f"{key}_dob"] = _en_date(rng, _birth_for(rng, visit, oage), country, "default")
        rfirst, _, _ = _en_name(rng, _weighted(rng, c.sources), rng.choice("FM"))
        v[f"{key}_r_first"] = rfirst
        v[f"{key}_r_phone"] = _mobile(rng, country)[0]
    # organisation numbers and other identifiers
    for key in (
        "h1_phone",
        "gp_phone",
        "pharm_phone",
        "clinic_phone",
        "agency_phone",
        "interp_phone",
        "school_phone",
        "snf_phone",
        "employer_phone",
    ):
        v[key] = _landline(rng, country)
    for key in ("h1_fax", "gp_fax", "pharm_fax"):
        v[key] = _landline(rng, country)
    v["snf_phone_x"] = f"{v['snf_phone']} ext. {rng.randrange(100, 9999)}"
    v["school_phone_x"] = f"{v['school_phone']} x{rng.randrange(100, 999)}"
    v["bleep"] = str(rng.randrange(1000, 9999))
    v["pager"] = rng.choice(
        [f"{rng.randrange(2, 9)}-{rng.randrange(1000, 9999)}", f"{_digits(rng, 3)}-{_digits(rng, 4)}"]
    )
    v["ext"] = str(rng.randrange(2000, 7999))
    _en_identifiers(rng, v, country, visit)
    _en_fillers(rng, v, country)
    known = [
        KnownIdentifier("PERSON", v["p_full"]),
        KnownIdentifier("PERSON", first),
        KnownIdentifier("PERSON", last),
        KnownIdentifier("ID", v["p_mrn"]),
        KnownIdentifier("ID", nid),
        KnownIdentifier("PHONE", v["p_phone"]),
        KnownIdentifier("ADDRESS", street),
        KnownIdentifier("LOCATION", place[0]),
        KnownIdentifier("DATE", birth.isoformat()),
        KnownIdentifier("EMAIL", v["p_email"]),
    ]
    return v, known


def _en_identifiers(rng: random.Random, v: dict[str, str], country: str, visit: dt.date) -> None:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    v["fin"] = rng.choice([_digits(rng, 10), f"V{_digits(rng, 9)}", f"{_digits(rng, 4)}-{_digits(rng, 6)}"])
    v["acc"] = rng.choice(
        [
            f"{rng.choice(up)}{visit:%y}-{_digits(rng, 6)}",
            f"{_digits(rng, 2)}{rng.choice(up)}{_digits(rng, 7)}",
            f"BC{_digits(rng, 8)}",
        ]
    )
    v["case_no"] = rng.choice([f"{visit:%y%m%d}-{_digits(rng, 4)}", f"{_digits(rng, 9)}", f"C{_digits(rng, 8)}"])
    v["incident"] = rng.choice(
        [
            f"{_digits(rng, 7)}",
            f"INC-{visit:%Y}-{_digits(rng, 6)}",
            f"{rng.choice(('CK', 'DB', 'GY', 'MW'))}{_digits(rng, 8)}",
        ]
    )
    v["ref_no"] = rng.choice([f"R{_digits(rng, 8)}", f"REF-{_digits(rng, 6)}", _digits(rng, 10)])
    v["claim"] = rng.choice(
        [
            f"{_digits(rng, 4)}/{_digits(rng, 6)}",
            f"CL{_digits(rng, 9)}",
            f"{_digits(rng, 2)}/{_digits(rng, 2)}/{_digits(rng, 5)}",
        ]
    )
    v["ins_id"] = rng.choice(
        [f"{''.join(rng.choice(up) for _ in range(3))}{_digits(rng, 9)}", f"W{_digits(rng, 9)}", f"{_digits(rng, 11)}"]
    )
    v["policy"] = rng.choice(
        [
            f"P{_digits(rng, 3)}/{_digits(rng, 7)}",
            f"{_digits(rng, 4)}/{_digits(rng, 8)}/00/000",
            f"31000{_digits(rng, 7)}",
        ]
    )
    v["preauth"] = f"PA{_digits(rng, 8)}"
    v["emp_no"] = rng.choice([f"{_digits(rng, 7)}", f"EMP{_digits(rng, 6)}", f"I{_digits(rng, 6)}"])
    v["emp1"], v["emp2"] = str(rng.randrange(10000, 99999)), str(rng.randrange(10000, 99999))
    v["pin1"] = str(rng.randrange(100000, 199999))
    v["badge"] = rng.choice([str(rng.randrange(10000, 99999)), f"{rng.choice(up)}{_digits(rng, 4)}"])
    v["vreg"] = (
        f"{rng.choice(('191', '201', '212', '222', '231', '10', '08'))}-{rng.choice(('C', 'KY', 'D', 'G', 'LK', 'LH', 'CE'))}-{rng.randrange(1, 99999)}"
    )
    v["dva"] = f"{rng.choice(('NX', 'VX', 'QX', 'WX'))}{_digits(rng, 6)}"
    v["ihi"] = _ihi(rng)
    v["prov_no"] = f"{_digits(rng, 6)}{rng.choice('0123456789ABCDEFGHJKLMNPQRTUVWXY')}{rng.choice('ABFHJKLTWXY')}"
    v["npi"] = _npi(rng)
    v["gms"] = f"{_digits(rng, 6)}{rng.choice(up)}"
    v["thread"] = _digits(rng, 8)
    v["portal_user"] = rng.choice(
        [
            f"{_slug(v['p_first'])[:6]}{_slug(v['p_last'])[:1]}{rng.randrange(10, 99)}",
            f"{_slug(v['p_last'])[:7]}_{rng.randrange(1950, 2010)}",
        ]
    )
    v["access_code"] = f"{''.join(rng.choice(up) for _ in range(4))}-{''.join(rng.choice(up) for _ in range(4))}"
    v["student_id"] = rng.choice([_digits(rng, 7), f"S{_digits(rng, 8)}"])
    v["gum_no"] = rng.choice(
        [f"{rng.choice(up)}{_digits(rng, 6)}", f"GU{_digits(rng, 7)}", f"{_digits(rng, 2)}-{_digits(rng, 5)}"]
    )
    v["slip1"] = f"PN{_digits(rng, 6)}"
    v["lab_no"] = rng.choice([f"{visit:%y}L{_digits(rng, 7)}", f"M{_digits(rng, 8)}"])
    v["app_user"] = rng.choice(("bigdawg_", "lonelyboi", "sunnyside", "gymrat", "anon")) + str(rng.randrange(10, 999))
    v["insta"] = (
        "@"
        + rng.choice(("", "the.", "its.", "x"))
        + _slug(v["x3_first"])[:8]
        + rng.choice(("_", ".", ""))
        + str(rng.randrange(1, 99))
    )
    v["icvp"] = f"NZ{_digits(rng, 7)}"
    v["notif"] = f"{visit:%y}-{_digits(rng, 6)}"
    v["mc_no"] = f"{_digits(rng, 2)}{rng.choice(up)}{_digits(rng, 7)}"
    v["mlc"] = rng.choice([f"{_digits(rng, 4)}/{visit:%Y}", f"MLC/{_digits(rng, 5)}/{visit:%y}"])
    v["ip_no"] = f"IP{_digits(rng, 8)}"
    v["abha"] = f"{_digits(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}"
    v["interp_id"] = f"{rng.choice(('CL', 'MC', 'LS'))}{_digits(rng, 5)}"
    v["video_url"] = rng.choice(
        [
            f"https://doxy.me/dr{_slug(v['d1_last'])}",
            f"https://zoom.us/j/{_digits(rng, 11)}?pwd={''.join(rng.choice('abcdefghkmnpqrstuvwxyzABCDEFGH23456789') for _ in range(14))}",
            f"https://telehealth.{_slug(v['h1'])[:16]}.org/visit/{_digits(rng, 8)}",
        ]
    )
    v["talking_url"] = rng.choice(
        (
            "https://www.nhs.uk/talking-therapies",
            f"https://www.{_slug(v.get('talking', 'healthyminds'))}.nhs.uk/self-referral",
            "www.talkingtherapies.nhs.uk",
        )
    )
    v["portal_url"] = rng.choice(
        [
            f"https://mychart.{_slug(v.get('clinic', 'uc'))[:14]}.com/results?id={_digits(rng, 9)}",
            f"https://portal.healow.com/{_slug(v['p_last'])[:5]}{_digits(rng, 4)}",
            f"www.followmyhealth.com/{_digits(rng, 6)}",
        ]
    )
    v["ltk_url"] = rng.choice(
        ("https://letthemknow.org.au", "www.letthemknow.org.au/tell-them", "https://www.thedramadownunder.info")
    )


def _en_fillers(rng: random.Random, v: dict[str, str], country: str) -> None:
    """Non-PHI details that vary: beds, units, lots, grades."""
    v["cubicle"] = str(rng.randrange(1, 24))
    v["bed"] = rng.choice(("Resus 2", "Majors 14", "Bay 3 bed 2", "Cubicle 7", "Bed 12", "Hallway 4"))
    for i in range(1, 6):
        v[f"bed{i}"] = rng.choice(("R", "A", "B", "C", "EMU")) + str(rng.randrange(1, 30))
    v["unit"] = rng.choice(("Medic 7", "Alpha 214", "MICA 12", "Unit 3C41", "Car 2", "Ambulance 44"))
    v["callsign"] = rng.choice(("Cork 2", "DUB 14", "Kerry 1", "Sligo 3", "Galway 5"))
    for i in range(1, 5):
        v[f"lot{i}"] = rng.choice(
            (
                f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{_digits(rng, 5)}{rng.choice('ABCDEF')}",
                f"{_digits(rng, 6)}",
                f"{rng.choice(('UJ', 'AHAV', 'TB', 'L'))}{_digits(rng, 4)}AB",
            )
        )
    v["grade"] = str(min(12, max(1, int(v["p_age"]) - 5)))
    v["room"] = str(rng.randrange(101, 340))
    v["dest_country"], cities = rng.choice(_TRAVEL)
    v["dest1"], v["dest2"] = rng.sample(cities, 2)


# ---------------------------------------------------------------------------------------------
# English templates
# ---------------------------------------------------------------------------------------------
_EN: Final[dict[str, tuple[_Meta, str]]] = {
    "ae_clerking_uk": (
        _Meta("UK", (55, 99), 0.35),
        """EMERGENCY DEPARTMENT - MAJORS CLERKING
<<ORG:h1>> | cubicle {cubicle}
Name: <<PERSON:p_lf_uc>>    Hosp No: <<ID:p_mrn>>    NHS No: <<ID:p_nid>>
DOB: <<DATE:p_dob>> (<<AGE:p_age>>y)  {p_sex}
Address: <<ADDRESS:p_addr>>
GP: Dr <<PERSON:gp_fi_last>>, <<ORG:gp>> (<<PHONE:gp_phone>>)
NOK: <<PERSON:r1_first>> ({r1_rel}) <<PHONE:r1_phone>>
Arrived {vtime} on <<DATE:vdate>> by ambulance (<<ORG:amb>>), triage cat 2.

PC: SOB 3/7, worse o/n.
HPC: <<AGE:p_age>>yo {p_man}, 3/7 hx productive cough, green sputum, pleuritic R chest pain. No haemoptysis. Back from <<LOCATION:loc1>> on <<DATE:recent_dm>> after staying with {p_his} {r3_rel} <<PERSON:r3_first>>. Completed amoxicillin from GP 2/52 ago.
PMH: COPD (FEV1 48%), T2DM, AF. Ex-smoker 30 pack-yrs.
DH: apixaban 5mg BD, metformin 1g BD, Trelegy 1 puff OD, salbutamol PRN. NKDA.
SH: lives with <<PERSON:r1_first>> in a bungalow in <<LOCATION:p_city>>, independent ADLs, no carers.
O/E: RR 26, SpO2 88% RA -> 93% on 2L, HR 112 irreg, BP 104/62, T 38.4. GCS 15. Coarse creps R base.
CURB-65: 3. Wells (PE) 1.5 - PE unlikely, D-dimer not sent given CXR.
Ix: CRP 212, WCC 16.4, Na 131, Ur 8.9. CXR: RLL consolidation. VBG lactate 2.6.
Imp: CAP RLL with sepsis (NEWS2 7).
Plan: sepsis 6 done by {vtime2}; co-amoxiclav IV + clarithromycin; 500 mL Hartmann's; d/w med reg Dr <<PERSON:d2_last>> - accepted to AMU. {p_his_cap} {r2_rel} <<PERSON:r2_full>> updated on <<PHONE:r2_phone>>.
<<PERSON:d1_full>> (FY2) bleep <<PHONE:bleep>>   GMC <<ID:d1_reg>>""",
    ),
    "ambulance_handover_ie": (
        _Meta("IE", (17, 85)),
        """NATIONAL AMBULANCE SERVICE - ISBAR HANDOVER
Incident No. <<ID:incident>>   Call sign {callsign}   Date <<DATE:vdate>>   Call received {vtime}
I - <<PERSON:p_full>>, <<AGE:p_age>>{p_sex}, DOB <<DATE:p_dob_alt>>. Address <<ADDRESS:p_addr>>. NOK {r1_rel} <<PERSON:r1_first>> on <<PHONE:r1_phone>>.
S - Driver, restrained, single-vehicle RTC into a ditch on a rural road outside <<LOCATION:loc1>> approx {vtime_prev}, est. 60 km/h. Own vehicle reg <<ID:vreg>>. Gardai from <<ORG:garda>> on scene (Garda <<PERSON:x3_full>>, reg no. <<ID:badge>>).
B - PMH asthma, nil else. Meds Symbicort. NKDA. GP: <<ORG:gp>>, <<LOCATION:p_city>>.
A - A patent. C-spine: Canadian C-spine rule positive (dangerous mechanism) - collar + blocks. B RR 22, SpO2 97%. C HR 108, BP 122/70, CRT <2s. D GCS 15, PEARL. E seatbelt sign across L chest/abdo, tender LUQ.
R - Pre-alert via NEOC; trauma team at <<ORG:h1>> aware. Penthrox 3 mL at scene, IV access 18G L ACF, paracetamol 1 g IV.
Crew: <<PERSON:x1_full>> (AP, PIN <<ID:pin1>>), <<PERSON:x2_full>> (EMT). Handed over to Dr <<PERSON:d1_last>>, ED reg.""",
    ),
    "ambulance_pcr_au": (
        _Meta("AU", (70, 102), 0.5, sex="F"),
        """<<ORG:amb>> - ELECTRONIC PATIENT CARE RECORD
Case No: <<ID:case_no>>    Dispatch: 17A01 (Falls)    Priority: Code 2
Call received {vtime} <<DATE:vdate>> | At scene {vtime2} | Depart {vtime3}
Unit: {unit}
Caller: <<PERSON:r2_full>> ({r2_rel}) ph <<PHONE:r2_phone>>
Scene: <<ADDRESS:p_addr>> - single-storey unit, rear access via side gate.

Patient: <<PERSON:p_last_uc>>, <<PERSON:p_first>>   DOB <<DATE:p_dob>>   Age <<AGE:p_age>>   Sex F
Medicare: <<ID:p_nid>>   DVA: <<ID:dva>>
GP: Dr <<PERSON:gp_full>>, <<ORG:gp>>

Hx: Found on bathroom floor by {r2_rel} approx {vtime_prev}, long lie est. 6 hrs. Pt states "I just went down, love". Denies LOC, CP, SOB. Hx AF (apixaban), HTN, OA, CKD3. Lives alone since {r1_rel} <<PERSON:r1_first>> passed; <<PERSON:r2_first>> visits daily. Uses 4WW.
Obs:
{vtime2}  HR 96 irreg  BP 148/82  RR 20  SpO2 95% RA  GCS 15  BGL 7.2  T 35.9  Pain 7/10
{vtime3}  HR 88 irreg  BP 136/78  RR 18  SpO2 96% RA  GCS 15  Pain 3/10
12-lead: AF 90s, no acute ST changes. L leg shortened + externally rotated.
Mx: methoxyflurane 3 mL inhaled; fentanyl 25 mcg IN x2; pillows as splint; warming blanket.
Dx: ?#NOF L, long lie, rhabdo risk.
Transport: Code 2 to <<ORG:h1>> ED. Handover to triage RN <<PERSON:n1_first>> at {vtime4}, cubicle {cubicle}.
Crew: ICP <<PERSON:x1_full>> (emp <<ID:emp1>>) / AP <<PERSON:x2_first_init>> (emp <<ID:emp2>>)""",
    ),
    "casualty_mlc_in": (
        _Meta("IN", (15, 70)),
        """CASUALTY / EMERGENCY - MEDICO-LEGAL CASE
<<ORG:h1>>, <<LOCATION:p_city>>
MLC No: <<ID:mlc>>   Casualty Reg No: <<ID:p_mrn>>   Date & time: <<DATE:vdate>> {vtime}
Name: <<PERSON:p_full>>   S/o / D/o / W/o: <<PERSON:fa_full>>   Age: <<AGE:p_age>>   Sex: {p_sex}
Address: <<ADDRESS:p_addr>>    Ph: <<PHONE:p_phone>>
Brought by: <<PERSON:r3_full>> ({r3_rel}), <<PHONE:r3_phone>>; 108 ambulance.
Identification marks: 1) mole on R cheek 2) healed scar L forearm.
Alleged history: RTA - two-wheeler skid near <<LOCATION:local_area>> at about {vtime_prev}; helmet worn; no LOC/vomiting/ENT bleed.
Intimation sent to: <<ORG:police>> (PC <<PERSON:x1_full>>, B. No. <<ID:badge>>) at {vtime2}.
O/E: conscious, oriented, GCS 15/15. PR 96/min, BP 130/80, SpO2 99%. Abrasions L elbow 4x3 cm, L knee 5x4 cm. Tender L wrist (?Colles' #).
Ix: X-ray L wrist; CT brain not indicated (Canadian CT head rule - low risk).
Tx: inj. TT 0.5 mL IM, inj. diclofenac 75 mg IM, wound wash & dressing, BE slab L wrist.
Dr. <<PERSON:d1_full>>, CMO   Reg. <<ID:d1_reg>>""",
    ),
    "dictated_gp_nz": (
        _Meta("NZ", (25, 64)),
        """dictated by doctor <<PERSON:gp_full_lc>> on <<DATE:vdate_spoken>> typed by <<PERSON:x1_first_lc>> not checked
referral to <<ORG:h1>> general surgery outpatients
re <<PERSON:p_full_lc>> nhi <<ID:p_nid_lc>> date of birth <<DATE:p_dob_spoken>> address <<ADDRESS:p_addr_lc>> phone <<PHONE:p_phone>>
thank you for seeing <<PERSON:p_first_lc>> who is a <<AGE:p_agew>> year old {p_man} with a painful lump in the right groin for about 3 months it is reducible with a cough impulse and is getting bigger it is now stopping {p_him} from working at <<ORG:employer>> where {p_he} lifts heavy boxes full stop new paragraph
past history type 2 diabetes on metformin 1 gram twice daily and gout on allopurinol 300 mg no previous surgery smokes 5 a day
on examination bmi 31 right inguinal hernia reducible not tender no signs of obstruction
{p_his} {r1_rel} <<PERSON:r1_first_lc>> will bring {p_him} to appointments and can be reached on <<PHONE:r1_phone>> they live out past <<LOCATION:loc1>> so a morning slot would help
many thanks
dr <<PERSON:gp_last_lc>> <<ORG:gp>> <<PHONE:gp_phone>>
cc <<PERSON:n1_first_lc>> practice nurse""",
    ),
    "ed_board_csv_au": (
        _Meta("AU", (18, 99), 0.3),
        """# ED whiteboard export - <<ORG:h1>> - generated <<DATE:vdate_iso>> {vtime} by <<PERSON:n2_full>>
bed,urn,name,dob,age,ats,presenting_problem,dr,nurse,status
{bed1},<<ID:o1_mrn>>,"<<PERSON:o1_lf_uc>>",<<DATE:o1_dob>>,<<AGE:o1_age>>,3,abdo pain RIF,<<PERSON:d1_init>>,<<PERSON:n1_first>>,awaiting CT
{bed2},<<ID:p_mrn>>,"<<PERSON:p_lf_uc>>",<<DATE:p_dob>>,<<AGE:p_age>>,2,fall + head strike on apixaban,<<PERSON:d2_init>>,<<PERSON:n2_first>>,CT brain NAD - for geri r/v
{bed3},<<ID:o2_mrn>>,"<<PERSON:o2_lf_uc>>",<<DATE:o2_dob>>,<<AGE:o2_age>>,4,lac R hand (glass),,<<PERSON:n1_first>>,waiting
{bed4},<<ID:o3_mrn>>,"<<PERSON:o3_lf_uc>>",<<DATE:o3_dob>>,<<AGE:o3_age>>,2,chest pain - HEART 5,<<PERSON:d1_init>>,<<PERSON:n2_first>>,trop x2 pending
{bed5},<<ID:o4_mrn>>,"<<PERSON:o4_lf_uc>>",<<DATE:o4_dob>>,<<AGE:o4_age>>,3,SOB ?PE (Wells 4.5),<<PERSON:d2_init>>,<<PERSON:n1_first>>,CTPA booked
# notes: {bed2} NOK <<PERSON:r2_first>> (<<PHONE:r2_phone>>) on the way from <<LOCATION:loc1>>; {bed3} police aware""",
    ),
    "ed_physician_us": (
        _Meta("US", (60, 104), 0.45),
        """EMERGENCY MEDICINE PROVIDER NOTE
Patient: <<PERSON:p_full>>  |  MRN <<ID:p_mrn>>  |  DOS <<DATE:vdate>>  |  Attending: <<PERSON:d1_full>>, MD  |  Resident: <<PERSON:d2_full>>, DO
HPI: <<AGE:p_age>> yo {p_sexw} w/ PMH Parkinson disease, HFpEF, CKD 3b, hypothyroidism, sent in from <<ORG:snf>> for AMS x1 day. Per facility RN <<PERSON:x1_first>> (<<PHONE:snf_phone_x>>) pt was eating breakfast then "just stopped talking". LKW {vtime_prev} on <<DATE:vdate_prev>>. {p_his_cap} {r2_rel} <<PERSON:r2_first>> (HCPOA) reached at <<PHONE:r2_phone>>, confirms DNR/DNI, MOLST on file dated <<DATE:molst_date>>.
ROS: unable 2/2 AMS.
Exam: T 100.9 F, HR 112, BP 98/54, RR 24, SpO2 91% 2L NC. Dry MM. Cogwheel rigidity BUE (baseline per RN). GCS 12 (E3V4M5). No meningismus. Sacral stage 2 pressure injury.
MDM: ddx urosepsis vs aspiration PNA, hypernatremia, NCSE less likely, CVA (NIHSS 4, outside window). Wells PE 1.5. qSOFA 2. CURB-65 4.
Labs: WBC 17.2, Na 152, Cr 2.4 (baseline 1.6), lactate 3.1, UA nitrite+, LE 3+. CXR RLL opacity. CT head no acute.
Orders: sepsis bundle - 30 mL/kg LR, cefepime + vanc, blood cx x2 (accession <<ID:acc>>).
Consults: d/w hospitalist Dr. <<PERSON:d3_last>> (pager <<PHONE:pager>>), accepts to step-down. Pharmacy (<<PERSON:x2_first>>, PharmD) to dose vanc.
Dispo: admit. Goals of care reviewed with <<PERSON:r2_first>>, who is flying in from <<LOCATION:loc1>> tomorrow.
Electronically signed by <<PERSON:d1_full>>, MD (NPI <<ID:npi>>) on <<DATE:vdate_alt>> at {vtime3}.""",
    ),
    "ed_scotland_chi": (
        _Meta("SCO", (20, 99), 0.3),
        """Emergency Department - <<ORG:h1>>, <<ORG:board>>
CHI: <<ID:p_nid>>     Name: <<PERSON:p_full_uc>>     DOB: <<DATE:p_dob>>     Unit no: <<ID:p_mrn>>
Address: <<ADDRESS:p_street>>,
         <<ADDRESS:p_addr_l2>>
Registered GP: <<ORG:gp>>, tel <<PHONE:gp_phone>>
Attended <<DATE:vdate_long>> {vtime}. Brought by {r3_rel} <<PERSON:r3_full>> after a collapse at <<LOCATION:venue>> in <<LOCATION:p_city>>.
HPC: witnessed syncope while standing in a queue, LOC <1 min, no tonic-clonic movements per <<PERSON:r3_first>>, no incontinence, prodrome of feeling hot and nauseated. First episode. San Francisco Syncope Rule negative. Canadian Syncope Risk Score -1.
PMH: Graves' disease (RAI), Bell's palsy. DH: levothyroxine 100 mcg OD. Lives in <<LOCATION:p_city>>; works at <<ORG:employer>>.
O/E: GCS 15/15 (Glasgow Coma Scale 14 at scene per SAS crew). Lying BP 124/76, standing 118/72. HS I+II+0. No focal neurology. ECG SR 68, QTc 421, no pre-excitation, no Brugada pattern.
Imp: vasovagal syncope.
Plan: home with <<PERSON:r3_first>>; DVLA advice given; GP letter; ECG copy to patient.
Dr <<PERSON:d1_fi_last>> (ST3), GMC <<ID:d1_reg>>. Discussed with consultant <<PERSON:d2_full>>.""",
    ),
    "ed_triage_us": (
        _Meta("US", (18, 99), 0.2),
        """ED TRIAGE NOTE - <<ORG:h1>> Emergency Department
Arrival: <<DATE:vdate>> {vtime}   Mode: EMS (<<ORG:amb>> {unit})   ESI: 2
Pt: <<PERSON:p_lf_uc>>   MRN: <<ID:p_mrn>>   FIN: <<ID:fin>>   DOB: <<DATE:p_dob>>   Age: <<AGE:p_age>> y   Sex: {p_sex}
SSN (last 4): <<ID:p_ssn4>>    Insurance: <<ORG:insurer>> member ID <<ID:ins_id>>
PCP: <<PERSON:gp_lf>>, MD    Preferred pharmacy: <<ORG:pharm>>, <<ADDRESS:pharm_addr1>>, <<PHONE:pharm_phone>>
Emergency contact: <<PERSON:r2_full>> ({r2_rel}) cell <<PHONE:r2_phone>>
CC: "my chest feels tight" x 2 hrs
Triage assessment: substernal pressure radiating to L arm, onset {vtime_prev} while shoveling snow. Diaphoretic. Hx HTN, HLD, DM2, former smoker. ASA 324 mg chewed per EMS, NTG x1 SL with partial relief.
VS: BP 168/94  HR 104  RR 20  SpO2 96% RA  T 98.4 F  Pain 8/10  Wt 92 kg
Allergies: PCN (hives), sulfa.
EKG at {vtime2}, shown to Dr. <<PERSON:d1_last>> at {vtime3} - STEMI alert not activated per MD; serial EKGs + trop.
Morse fall score 35. C-SSRS negative. Interpreter needed: no.
Triage RN: <<PERSON:n1_full>>, RN""",
    ),
    "gp_consult_uk": (
        _Meta("UK", (18, 70)),
        """<<ORG:gp>> - Consultation record
Patient: <<PERSON:p_full>> ({p_title})   DOB <<DATE:p_dob>>   NHS <<ID:p_nid_alt>>   Usual GP: Dr <<PERSON:gp_last>>
<<DATE:vdate>> {vtime}  Surgery consultation  -  <<PERSON:d1_full>> (GP Registrar)
  History: 2/52 low mood, poor sleep, early morning waking. Separated from partner <<PERSON:r1_first>> in the spring. Works at <<ORG:employer>>, off sick 1/52. Alcohol 20 u/wk.
  Examination: PHQ-9 17, GAD-7 12. No active SI; protective factors: children, dog.
  Comment: talking therapies discussed - self-referral to <<ORG:talking>> (<<URL:talking_url>>).
  Medication: sertraline 50 mg OD, 28 tabs.
  Follow up: 2/52 telephone, Dr <<PERSON:gp_last>>.
<<DATE:fdate>> {vtime2}  Telephone encounter  -  <<PERSON:gp_init>>
  Spoke to pt on <<PHONE:p_phone_alt>>. Mood slightly better, some nausea. Continue. Fit note <<DATE:fdate_dm>> to <<DATE:fdate2>>.
<<DATE:fdate3>> {vtime3}  Letter from <<ORG:h1>> crisis team - scanned - <<PERSON:x1_init>> (admin)""",
    ),
    "gp_referral_ie": (
        _Meta("IE", (25, 99), 0.2),
        """<<ORG:gp>>
<<ADDRESS:gp_addr>>
<<ADDRESS:gp_addr_l2>>
Tel <<PHONE:gp_phone>>   Fax <<PHONE:gp_fax>>   Healthmail <<EMAIL:gp_email>>

<<DATE:vdate_long>>

Dr <<PERSON:d1_full>>
Consultant Cardiologist
<<ORG:h1>>

Re: <<PERSON:p_full>>, DOB <<DATE:p_dob>>, <<ADDRESS:p_addr>>
PPSN <<ID:p_nid>>   GMS no. <<ID:gms>>   Mobile <<PHONE:p_phone>>

Dear <<PERSON:d1_first>>,
Thank you for seeing this <<AGE:p_age>>-year-old {p_man}, who describes six weeks of exertional chest tightness walking the pier in <<LOCATION:p_city>>, settling with rest in 2-3 minutes. {p_his_cap} brother <<PERSON:r3_full>> had a CABG at 52. Ex-smoker (10 years).
O/E BP 152/88, HR 78 reg, BMI 31. ECG in surgery: SR, LVH by voltage, no Q waves. QRISK3 18.4%. LDL 4.1, HbA1c 44.
I have started aspirin 75 mg, atorvastatin 40 mg and GTN spray, and advised {p_him} to attend ED if pain at rest.
{p_his_cap} {r1_rel} <<PERSON:r1_first>> drives {p_him}, so Tuesday appointments suit best (<<PHONE:r1_phone>>).

Yours sincerely,

Dr <<PERSON:gp_full>>  MICGP
IMC No. <<ID:gp_reg>>
cc: <<PERSON:p_full>>, <<ADDRESS:p_street>>
cc: <<PERSON:x1_full>>, Practice Nurse""",
    ),
    "handover_pipe_uk": (
        _Meta("UK", (40, 99), 0.3),
        """AMU/ED NIGHT HANDOVER - <<ORG:h1>> - <<DATE:vdate>> - compiled by <<PERSON:d1_first>> (bleep <<PHONE:bleep>>)
| Bed | Patient | Age | Hosp no | Issue | Jobs |
|---|---|---|---|---|---|
| {bed1} | <<PERSON:p_lf_uc>> | <<AGE:p_age>> | <<ID:p_mrn>> | NSTEMI, trop 86 -> 412 | repeat trop 06:00, cardiology r/v (Dr <<PERSON:d2_last>>) |
| {bed2} | <<PERSON:o1_lf_uc>> | <<AGE:o1_age>> | <<ID:o1_mrn>> | DKA, pH 7.12 | hrly CBG, K+ 2-hrly; <<PERSON:o1_r_first>> on <<PHONE:o1_r_phone>> wants update |
| {bed3} | <<PERSON:o2_lf_uc>> | <<AGE:o2_age>> | <<ID:o2_mrn>> | delirium ?UTI; Parkinson's - time-critical meds | Madopar on time; DoLS form |
| {bed4} | <<PERSON:o3_lf_uc>> | <<AGE:o3_age>> | <<ID:o3_mrn>> | upper GI bleed, Glasgow-Blatchford 11 | OGD am, 2 units crossmatched |
Outstanding: NOK for {bed1} is <<PERSON:r1_full>> (<<PHONE:r1_phone>>) - call if any change. Site manager tonight <<PERSON:x1_first>> x<<PHONE:ext>>.""",
    ),
    "interpreter_visit_ca": (
        _Meta(
            "CA",
            (30, 95),
            0.15,
            sources=(("vi", 3), ("ar", 3), ("fil", 2), ("pt_BR", 2), ("pl_PL", 2), ("ko", 2), ("es_MX", 2), ("in", 2)),
        ),
        """<<ORG:h1>> - Family Medicine Clinic - interpreter-assisted visit
Patient: <<PERSON:p_full>>   OHIP: <<ID:p_nid>>   MRN: <<ID:p_mrn>>   DOB: <<DATE:p_dob>>
Language: {lang}. Professional interpreter: <<PERSON:x1_full>> (<<ORG:interp_co>>, interpreter ID <<ID:interp_id>>) by phone, line <<PHONE:interp_phone>>, {vtime} - {vtime2}.
{p_his_cap} {r2_rel} <<PERSON:r2_first>> came along and waited outside for the history, at the patient's request.
Reason: follow-up HbA1c; new cough.
S: dry cough x 3/52, worse at night. No fever, weight stable. Ramipril 5 mg started at last visit (<<DATE:odate>>). Glucose diary 7-11 mmol/L.
O: BP 132/80, HR 74, SpO2 98%. Chest clear. Feet: monofilament 10/10, pulses present.
A/P: 1. ACE-i cough - switch ramipril to irbesartan 150 mg. 2. T2DM, HbA1c 7.9% - metformin up to 1000 mg BID; referred to the <<ORG:dec>>.
Teach-back done through interpreter. Next visit <<DATE:fdate>> - book interpreter again (patient asked for <<PERSON:x1_first>>).
<<PERSON:d1_full>>, MD CCFP   CPSO <<ID:d1_reg>>""",
    ),
    "occ_health_za": (
        _Meta("ZA", (20, 62)),
        """<<ORG:employer>> - Occupational Health Centre, <<LOCATION:p_city>>
INJURY ON DUTY (IOD) CONSULTATION
Employee: <<PERSON:p_lf_uc>>    Co. no: <<ID:emp_no>>    ID no: <<ID:p_nid>>
DOB <<DATE:p_dob>>   Cell <<PHONE:p_phone>>   Res. address <<ADDRESS:p_addr>>
Medical aid: <<ORG:insurer>> no. <<ID:ins_id>>
Supervisor: <<PERSON:x1_full>> (shift boss), cell <<PHONE:x1_phone>>. Safety officer: <<PERSON:x2_first>>.
Injury: <<DATE:odate>> at {vtime_prev}, level 12 west, stope 4.
History: struck on R hand by falling rock while barring down; glove on. Immediate pain and swelling.
Exam: 3 cm laceration dorsum R hand over 4th MC; FDP/FDS intact; no rotational deformity. Tetanus last <<DATE:odate2>>.
X-ray R hand (<<ORG:h1>>, ref <<ID:acc>>): undisplaced # 4th metacarpal shaft.
Mx: irrigated, 4/0 nylon x4, POP ulnar gutter slab; ibuprofen 400 mg TDS, paracetamol 1 g QID.
Fitness: unfit for underground work until <<DATE:fdate>>; light surface duty (lamp room) thereafter.
WCL2 completed; COIDA claim no. <<ID:claim>>.
OMP: Dr <<PERSON:d1_full>> (HPCSA <<ID:d1_reg>>)    OHNP: Sr <<PERSON:n1_full>>""",
    ),
    "ooh_gp_ie": (
        _Meta("IE", (1, 6)),
        """<<ORG:ooh>> - Out of Hours GP Service      Case ref: <<ID:case_no>>
Call received {vtime} <<DATE:vdate>> from <<PERSON:r1_full>> (mother) on <<PHONE:r1_phone>>
Patient: <<PERSON:p_first>> <<PERSON:p_last>>   DOB <<DATE:p_dob>>
Own GP: Dr <<PERSON:gp_last>>, <<ORG:gp>>. Not a GMS patient.
Nurse triage (<<PERSON:n1_first>>): 2/7 fever max 39.4, off form, drinking less, 3 wet nappies today. No rash. Advised treatment centre.
Consultation {vtime2}, Dr <<PERSON:d1_first>> <<PERSON:d1_last>>:
<<PERSON:p_first>>'s mum reports pulling at L ear. Big {r3_rel} <<PERSON:r3_first>> had the same last week. Immunisations up to date per mum.
O/E: alert, playful, T 38.6, HR 132, CRT <2s, no rash. L TM bulging, red. Throat mildly injected. Chest clear.
NICE traffic light: green.
Imp: L AOM.
Rx: amoxicillin 250 mg/5 mL, 5 mL TDS x 5/7; paracetamol/ibuprofen by weight (13.2 kg).
Sepsis red flags explained to <<PERSON:r1_first>>; leaflet given. Notes to own GP via Healthlink.""",
    ),
    "outpatient_letter_cc_au": (
        _Meta("AU", (40, 99), 0.3),
        """<<ORG:h1>>  |  Department of Geriatric Medicine
<<ADDRESS:h1_addr1>>  |  Ph <<PHONE:h1_phone>>  |  Fax <<PHONE:h1_fax>>

<<DATE:vdate_long>>

Dr <<PERSON:gp_full>>
<<ORG:gp>>
<<ADDRESS:gp_addr1>>

Dear Dr <<PERSON:gp_last>>,

Re: <<PERSON:p_full>>   DOB <<DATE:p_dob>>   URN <<ID:p_mrn>>   Medicare <<ID:p_nid>>   IHI <<ID:ihi>>
    <<ADDRESS:p_addr>>

I reviewed <<PERSON:p_first>> in the Falls and Balance Clinic today, with {p_his} {r2_rel} <<PERSON:r2_first>>. <<PERSON:p_first>> is a <<AGE:p_agew>>-year-old {p_man} with three falls since <<DATE:odate_dm>>.
Diagnoses:
1. Recurrent falls - multifactorial (orthostatic hypotension, peripheral neuropathy, polypharmacy)
2. Parkinson's disease (Hoehn and Yahr 2)
3. Osteoporosis, T-score -3.1; previous Colles' fracture
Medications: levodopa/carbidopa 100/25 TDS, Prolia 60 mg 6-monthly (last <<DATE:odate2>>), cholecalciferol 1000 IU.
5x sit-to-stand 19 s. Timed Up and Go 22 s. MoCA 24/30.
Plan: cease amitriptyline; home OT assessment through <<ORG:community>>; physiotherapy with <<PERSON:x1_full>> at <<ORG:physio>>; review in 3 months.

Yours sincerely,

Dr <<PERSON:d1_full>>
Geriatrician   Provider No. <<ID:prov_no>>

cc: <<PERSON:p_full>>, <<ADDRESS:p_addr>>
cc: <<PERSON:x1_full>>, <<ORG:physio>> (<<EMAIL:physio_email>>)
cc: <<PERSON:r2_full>> ({r2_rel}, EPOA) by email <<EMAIL:r2_email>>""",
    ),
    "phone_message_us": (
        _Meta("US", (70, 101), 0.35, sex="F"),
        """TELEPHONE ENCOUNTER   <<DATE:vdate>> {vtime}   Taken by: <<PERSON:x1_first>> (front desk)
Caller: <<PERSON:r2_full>> - {r2_rel} of pt <<PERSON:p_lf>> (DOB <<DATE:p_dob_short>>)   HIPAA release on file: yes
Call back #: <<PHONE:r2_phone>> (cell) or <<PHONE:r2_phone_work>> (work, ask for <<PERSON:r2_nick>>)
Message: pls call re mom's labs from <<DATE:odate_dm>>, she got a letter from <<ORG:lab>> saying her potassium is high?? also out of lasix 40mg, uses <<ORG:pharm>> <<PHONE:pharm_phone>>. mom is <<AGE:p_age>> and lives w/ caregiver <<PERSON:x2_first>> from <<ORG:agency>> (<<PHONE:agency_phone>>).
Urgent?  [ ] yes  [x] no
Routed to: <<PERSON:n1_full>>, RN  ->  Dr. <<PERSON:d1_last>>
RN note <<DATE:vdate>> {vtime2}: called <<PERSON:r2_first>> back, LVM. K 5.6 on <<DATE:odate>>; per Dr. <<PERSON:d1_last>> repeat BMP this week, hold KCl. Refill sent. - <<PERSON:n1_init>>""",
    ),
    "portal_messages_us": (
        _Meta("US", (20, 80)),
        """Patient Portal - Message Thread (<<ORG:h1>> MyChart)   Thread #<<ID:thread>>
Patient: <<PERSON:p_full>>   MRN <<ID:p_mrn>>   Portal username: <<ID:portal_user>>

From: <<PERSON:p_full>> <<<EMAIL:p_email>>>
Sent: <<DATE:vdate>> {vtime}
Subject: refill + question about my knee

hi, im almost out of the meloxicam, can you send it to the <<ORG:pharm>> on <<ADDRESS:pharm_addr>> instead of mail order? also my knee is still swelling after the cortisone shot on <<DATE:odate_dm>>, is that normal?? my {r1_rel} <<PERSON:r1_first>> thinks I need the MRI. you can call me at work <<PHONE:p_phone_work>> after 3
thanks
<<PERSON:p_nick>>
Sent from my iPhone

From: <<PERSON:x1_first_init>>, MA (for Dr. <<PERSON:d1_last>>)
Sent: <<DATE:vdate>> {vtime2}
Hi <<PERSON:p_first>>, the refill went to the <<ORG:pharm>> you asked for. Dr. <<PERSON:d1_last>> would like to see you before ordering an MRI - swelling 3 weeks after an injection can be an OA flare but {d1_he} wants to examine it. Scheduling will call you at <<PHONE:p_phone>>. If the knee gets hot and red or you get a fever, go to urgent care or the ED.
- <<PERSON:x1_first>>
<<ORG:gp>> | <<PHONE:gp_phone>>

From: <<PERSON:r1_full>> (proxy access)
Sent: <<DATE:fdate>> {vtime3}
Booked for <<DATE:fdate2_dm>>. Can <<PERSON:p_first_lc>> bring the X-rays from <<ORG:h2>> on a CD?""",
    ),
    "preop_in": (
        _Meta("IN", (18, 95), 0.15),
        """<<ORG:h1>> - Department of Anaesthesiology
PRE-ANAESTHETIC CHECK-UP (PAC)
UHID: <<ID:p_mrn>>   IP No: <<ID:ip_no>>   Name: <<PERSON:p_full_uc>>   Age/Sex: <<AGE:p_age>>/{p_sex}
Aadhaar: <<ID:p_nid>>   ABHA: <<ID:abha>>   Mobile: <<PHONE:p_phone>>
Address: <<ADDRESS:p_addr>>
Surgeon: Dr. <<PERSON:d1_full>> (Unit III)   Procedure: lap cholecystectomy   Planned DOS: <<DATE:fdate>>
Attendant: <<PERSON:r2_full>> ({r2_rel}) <<PHONE:r2_phone>>; alt. contact <<PERSON:r3_full>> <<PHONE:r3_phone>>
TPA/Insurer: <<ORG:insurer>>, policy <<ID:policy>>, pre-auth <<ID:preauth>>
History: DM2 x 12 yrs on metformin 500 BD + glimepiride 1 mg OD, HTN on telmisartan 40. Old PTB, ATT completed. No h/o CAD/asthma/seizures. Previous GA for LSCS - uneventful.
Exam: Wt 68 kg, Ht 158 cm, BMI 27.2. HR 82, BP 138/86, SpO2 98%. Airway: MPC II, mouth opening 3 FB, TMD >6 cm, neck movements full. Loose upper incisor (informed). CVS/RS NAD.
Ix: Hb 11.2, TLC 7800, Plt 2.1 L, FBS 148, HbA1c 7.8, Cr 0.9, Na/K 138/4.2, ECG NSR, CXR NAD, 2D echo EF 60%.
ASA II. Fit for GA with high-risk consent (glycaemic control).
Advice: NBM 6 h solids / 2 h clear fluids; omit OHAs on morning of surgery; GRBS monitoring; 2 units PRBC crossmatched.
Anaesthesiologist: Dr. <<PERSON:d2_full>> (<<ID:d2_reg>>)    Date: <<DATE:vdate>>""",
    ),
    "school_nurse_us": (
        _Meta("US", (5, 17)),
        """<<ORG:school>> - Health Office Visit Log
Student: <<PERSON:p_last>>, <<PERSON:p_first>> (goes by "<<PERSON:p_nick>>")   Grade {grade}   Student ID <<ID:student_id>>   DOB <<DATE:p_dob>>
Homeroom: {x1_title2} <<PERSON:x1_last>>, room {room}
Date: <<DATE:vdate>>   In {vtime}   Out {vtime3}
Complaint: headache and "tummy hurts" after recess; hit in the face by a dodgeball per classmate <<PERSON:x2_first>>.
Assessment: alert and oriented, PERRL, no vomiting, no LOC per student and PE teacher {x3_title2} <<PERSON:x3_last>>. Temp 98.9. Concussion symptom checklist 3/22. Allergies: peanut (EpiPen Jr in office).
Care: ice pack 10 min, rest in health office, water. No meds given (no signed medication authorization on file).
Parent contact: called mom <<PERSON:r1_full>> at <<PHONE:r1_phone>> ({vtime2}) - no answer, left VM. Called dad <<PERSON:r2_first>> at work (<<PHONE:r2_phone_work>>); he will pick up. Released to dad at {vtime3}, ID checked.
<<PERSON:p_nick>>'s mom called back at {vtime4}; informed. Head injury letter sent home and by email to <<EMAIL:r1_email>>.
Nurse: <<PERSON:n1_full>>, BSN, RN  (<<PHONE:school_phone_x>>)""",
    ),
    "sexual_health_au": (
        _Meta("AU", (18, 50)),
        """<<ORG:shc>>  |  CONFIDENTIAL  |  Clinic ID <<ID:gum_no>>
Client: <<PERSON:p_first>> <<PERSON:p_last>>   DOB <<DATE:p_dob>>   Medicare not provided (client preference)
Preferred contact: SMS <<PHONE:p_phone>>, email <<EMAIL:p_email>>
Visit <<DATE:vdate>>   Clinician: <<PERSON:n1_full>> (sexual health nurse)
Reason: contact of syphilis. Regular partner <<PERSON:r1_first>> diagnosed with secondary syphilis at <<ORG:h1>> on <<DATE:odate>>; together 4 months, last contact ~2/52 ago.
Other partners in 3/12: one, met in <<LOCATION:loc1>>, first name <<PERSON:x3_first>> only, Instagram <<ID:insta>>.
Exam: no chancre, no rash, no lymphadenopathy.
Ix: syphilis serology (EIA, RPR, TPPA), HIV Ag/Ab, CT/NG NAAT x3 sites - lab ref <<ID:lab_no>>.
Rx: benzathine benzylpenicillin 2.4 MU IM stat (epidemiological treatment).
PN: client will contact <<PERSON:x3_first>> via Instagram; anonymous SMS through <<URL:ltk_url>> offered. Contact tracing nurse <<PERSON:x1_full>> (<<PHONE:x1_phone>>) to follow up.
Recall <<DATE:fdate>> for results; PrEP discussed - eligible.""",
    ),
    "sexual_health_uk": (
        _Meta("UK", (16, 60)),
        """<<ORG:shc>> - Sexual Health
Clinic no: <<ID:gum_no>>   Name given: <<PERSON:p_first>> (no surname recorded - patient choice)   Age <<AGE:p_age>>
Contact: text only to <<PHONE:p_phone>>, no voicemail
Seen <<DATE:vdate>> by <<PERSON:d1_full>> (SpR); HA <<PERSON:x1_first>>
Hx: dysuria and urethral discharge 4/7. Partners in last 3/12: 3.
  P1 - regular partner <<PERSON:r1_first>>, last UPSI 5/7 ago, aware of attendance.
  P2 - casual, met via app (username <<ID:app_user>>), no other details.
  P3 - <<PERSON:x3_init_dot>>, one-off at a festival near <<LOCATION:loc1>>; pt has mobile <<PHONE:x3_phone>>.
Micro: urethral GS - GNDC seen. NAAT CT/GC sent (lab no. <<ID:lab_no>>). HIV/syphilis bloods sent. Hep B immune.
Dx: presumptive gonorrhoea.
Rx: ceftriaxone 1 g IM stat (batch {lot1}). Abstain 7/7 and until partners treated.
PN: patient referral for P1 (contact slip <<ID:slip1>>); provider referral for P3 - HA to text <<PHONE:x3_phone_alt>> from clinic phone; P2 untraceable.
TOC <<DATE:fdate>>. PrEP discussed, booked with <<PERSON:n1_first>> on <<DATE:fdate2>>.""",
    ),
    "telehealth_transcript_us": (
        _Meta("US", (20, 85)),
        """TELEHEALTH VIDEO VISIT - AUTO TRANSCRIPT (edited)   Link: <<URL:video_url>>
Provider: <<PERSON:d1_full>>, MD    Visit date: <<DATE:vdate_long>>    Start {vtime}
[00:00:04] DR. <<PERSON:d1_last_uc>>: Hi, can you hear me okay? Before we start I need to verify two identifiers - your full name and date of birth?
[00:00:09] PATIENT: yeah it's <<PERSON:p_full>>, <<DATE:p_dob_spoken>>.
[00:00:15] DR. <<PERSON:d1_last_uc>>: Thanks. Can you spell your last name for me?
[00:00:17] PATIENT: <<PERSON:p_spell>>.
[00:00:22] DR. <<PERSON:d1_last_uc>>: And where are you physically right now, in case we get cut off?
[00:00:26] PATIENT: at home, <<ADDRESS:p_street>> in <<LOCATION:p_city>>. My {r1_rel} <<PERSON:r1_first>> is here too.
[00:00:31] DR. <<PERSON:d1_last_uc>>: Best callback number?
[00:00:33] PATIENT: my cell, <<PHONE:p_phone_alt>>.
[00:01:10] PATIENT: the rash started like four days after we got back from camping near <<LOCATION:loc1>>, it's a big red ring on my thigh, not itchy. kind of achy all over.
[00:01:42] DR. <<PERSON:d1_last_uc>>: That bullseye look with the timing makes me think of early Lyme disease. I'll start doxycycline 100 mg twice a day for 10 days. Which pharmacy?
[00:01:50] PATIENT: the <<ORG:pharm>> on <<ADDRESS:pharm_addr>>.
[00:02:05] DR. <<PERSON:d1_last_uc>>: Got it. Your after-visit summary will go to <<EMAIL:p_email>>. Any fever, facial droop like Bell's palsy, or palpitations - go to the ED.
[end {vtime2}]
Scribe: <<PERSON:x1_first>> (virtual scribe, <<ORG:scribe_co>>)""",
    ),
    "travel_clinic_nz": (
        _Meta("NZ", (18, 80)),
        """<<ORG:clinic>> - Travel Health Consultation
Name: <<PERSON:p_full>>   NHI: <<ID:p_nid>>   DOB: <<DATE:p_dob>>   Mobile: <<PHONE:p_phone>>
Email: <<EMAIL:p_email>>   Address: <<ADDRESS:p_addr>>
Consult <<DATE:vdate>>   Nurse: <<PERSON:n1_full>> RN   Doctor: Dr <<PERSON:d1_last>>
Itinerary: departs <<LOCATION:p_city>> <<DATE:ddate>> -> <<LOCATION:dest1>> ({dest_country}) -> <<LOCATION:dest2>> and rural areas; returns <<DATE:rdate>>. Travelling with partner <<PERSON:r1_full>>.
Purpose: holiday/backpacking, some homestays. Altitude up to 3400 m possible.
PMH: mild asthma. Meds: Seretide. Allergies: nil known.
Vaccines today:
- Hepatitis A (Havrix 1440) L deltoid, batch {lot1}
- Typhoid (Typhim Vi) R deltoid, batch {lot2}
- Yellow fever (Stamaril) - ICVP issued, certificate no. <<ID:icvp>>, valid from <<DATE:yf_valid>>
Previously: Tdap <<DATE:odate>> at <<ORG:gp>>; MMR x2 in childhood.
Malaria: atovaquone-proguanil 250/100 mg daily from 1-2 days before to 7 days after the risk area. Acetazolamide 125 mg BD for altitude discussed.
Advice: insect bite avoidance (DEET 30-50%), food and water, rabies (pre-exposure declined - signed).
Emergency contact while away: <<PERSON:r2_full>> ({r2_rel}) <<PHONE:r2_phone_alt>>""",
    ),
    "urgent_care_ca": (
        _Meta("CA", (2, 80)),
        """<<ORG:clinic>> - Urgent Care Visit Record
Patient: <<PERSON:p_lf>>     Health card: <<ID:p_nid>>     Chart #: <<ID:p_mrn>>
DOB: <<DATE:p_dob>>     Tel: <<PHONE:p_phone>>     Address: <<ADDRESS:p_addr>>
Family physician: Dr. <<PERSON:gp_full>> (<<ORG:gp>>, fax <<PHONE:gp_fax>>)
Seen <<DATE:vdate>> {vtime} by <<PERSON:d1_full>>, NP
S: inversion injury R ankle playing soccer at <<LOCATION:venue_ca>> yesterday evening. Could weight-bear 4 steps then, now limping. No previous injury.
O: swelling over lateral malleolus, tender at its posterior edge. Ottawa ankle rules positive -> X-ray. No 5th MT tenderness. NV intact. Squeeze test negative.
X-ray (on site): Weber A avulsion, distal fibula.
A/P: Aircast, crutches, ibuprofen 400 mg TID with food x 5/7. Fracture clinic referral to <<ORG:h1>> (ref # <<ID:ref_no>>) - they will call <<PHONE:p_phone_alt>>. Rx faxed to <<ORG:pharm>> <<PHONE:pharm_fax>>. Note for work/school given. Return if numbness, colour change or increasing pain.""",
    ),
    "urgent_care_discharge_us": (
        _Meta("US", (3, 80)),
        """<<ORG:clinic>>  |  <<ADDRESS:clinic_addr1>>  |  <<PHONE:clinic_phone>>
DISCHARGE INSTRUCTIONS
Patient: <<PERSON:p_full>>   DOB: <<DATE:p_dob>>   Visit #: <<ID:fin>>   Date: <<DATE:vdate>>
Provider: <<PERSON:d1_full>>, PA-C      Nurse: <<PERSON:n1_first>>
Diagnosis: strep pharyngitis (J02.0) - rapid strep positive (kit lot {lot1}). Centor score 4.
Medications: amoxicillin 500 mg by mouth twice a day for 10 days. Ibuprofen 400 mg every 6 hours as needed.
Return or go to the ER for: trouble breathing or swallowing, drooling, a stiff neck, or fever over 104 F.
Your lab results will be posted at <<URL:portal_url>> within 48 hours. Access code: <<ID:access_code>>.
Follow up with your primary care provider, Dr. <<PERSON:gp_last>> at <<ORG:gp>> (<<PHONE:gp_phone>>), in 3-5 days if not improving.
Work/school excuse: may return <<DATE:rtw>>.
I have received and understand these instructions.   Patient/guardian signature: <<PERSON:p_init_dot>> / <<PERSON:r1_full>> ({r1_rel})""",
    ),
    "walkin_clinic_sg": (
        _Meta("SG", (18, 75)),
        """<<ORG:clinic>>
CONSULTATION NOTE                                        Visit date: <<DATE:vdate>>
Name: <<PERSON:p_full_uc>>          NRIC/FIN: <<ID:p_nid>>
DOB: <<DATE:p_dob>>  Sex: {p_sex}  HP: <<PHONE:p_phone>>
Address: <<ADDRESS:p_addr>>
Company: <<ORG:employer>> (HR: <<PERSON:x1_full>>, <<EMAIL:hr_email>>)
Hx: 3/7 fever, myalgia, retro-orbital pain. Neighbour in the same block had dengue last week. No bleeding. No travel.
O/E: T 38.6, HR 98, BP 112/70. Tourniquet test negative. No hepatomegaly.
Ix: FBC plt 142, Hct 41; dengue NS1 Ag positive.
Dx: dengue fever without warning signs (A90).
Mx: paracetamol 1 g QDS PRN (avoid NSAIDs); oral fluids 2.5-3 L/day; repeat FBC in 24 h. Notified MOH via CDLENS (notification no. <<ID:notif>>).
MC: <<DATE:mc_from>> to <<DATE:mc_to>> (3 days), MC serial <<ID:mc_no>>.
Dr <<PERSON:d1_full>> (MCR <<ID:d1_reg>>)""",
    ),
    "whatsapp_paste_za": (
        _Meta("ZA", (55, 99), 0.2, sex="F"),
        """Pasted into notes by Sr <<PERSON:n1_full>> (<<ORG:clinic>>) on <<DATE:vdate>> - WhatsApp messages from the patient's {r2_rel} about home-based care; consent given to file. Folder no. <<ID:p_mrn>>.
[<<DATE:wdate1>>, {t1}] <<PERSON:r2_first>> <<PERSON:r2_last>>: Morning Sister, its <<PERSON:r2_first>>, <<PERSON:p_first>>'s {r2_rel}. Mama's sugar was 19.4 this morning before breakfast
[<<DATE:wdate1>>, {t2}] Sr <<PERSON:n1_first>>: Morning <<PERSON:r2_first>>. Did she take the insulin last night? How many units?
[<<DATE:wdate1>>, {t3}] <<PERSON:r2_first>> <<PERSON:r2_last>>: 24 units protaphane like the dr said. She only ate pap and amasi
[<<DATE:wdate1>>, {t4}] Sr <<PERSON:n1_first>>: Ok. Please bring her and her clinic card tomorrow. If she is drowsy or vomiting call the ambulance on 10177 or take her to <<ORG:h1>>
[<<DATE:wdate2>>, {t5}] <<PHONE:r3_phone_alt>>: This is her {r3_rel} <<PERSON:r3_first>>, <<PERSON:r2_first>>s phone is off. The taxis from <<LOCATION:loc1>> are full today, can we come Monday?
[<<DATE:wdate2>>, {t6}] Sr <<PERSON:n1_first>>: Monday is fine. Ask for Dr <<PERSON:d1_last>>. Her ID no. <<ID:p_nid>> for the file please.
Plan: HbA1c and U&E at visit; review protaphane dose; diabetic foot check.""",
    ),
}


# ---------------------------------------------------------------------------------------------
# Chinese names: Faker zh_CN / zh_TW plus hand-written lists (with pinyin where a note needs it)
# ---------------------------------------------------------------------------------------------
_PY_SURNAMES: Final = {
    "王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang", "黄": "Huang", "赵": "Zhao", "吴": "Wu", "周": "Zhou",
    "徐": "Xu", "孙": "Sun", "马": "Ma", "朱": "Zhu", "胡": "Hu", "郭": "Guo", "何": "He", "林": "Lin", "罗": "Luo", "高": "Gao", "郑": "Zheng",
    "梁": "Liang", "谢": "Xie", "宋": "Song", "唐": "Tang", "许": "Xu", "韩": "Han", "冯": "Feng", "邓": "Deng", "曹": "Cao", "彭": "Peng",
    "曾": "Zeng", "肖": "Xiao", "田": "Tian", "董": "Dong", "潘": "Pan", "袁": "Yuan", "蒋": "Jiang", "蔡": "Cai", "余": "Yu", "杜": "Du",
    "叶": "Ye", "程": "Cheng", "魏": "Wei", "苏": "Su", "吕": "Lyu", "丁": "Ding", "沈": "Shen", "任": "Ren", "姚": "Yao", "卢": "Lu",
    "钟": "Zhong", "姜": "Jiang", "崔": "Cui", "谭": "Tan", "廖": "Liao", "范": "Fan", "汪": "Wang", "陆": "Lu", "金": "Jin", "石": "Shi",
    "贾": "Jia", "夏": "Xia", "邱": "Qiu", "方": "Fang", "侯": "Hou", "邹": "Zou", "熊": "Xiong", "孟": "Meng", "秦": "Qin", "白": "Bai",
    "江": "Jiang", "薛": "Xue", "尹": "Yin", "段": "Duan", "雷": "Lei", "龙": "Long", "陶": "Tao", "顾": "Gu", "毛": "Mao", "郝": "Hao",
    "邵": "Shao", "万": "Wan", "钱": "Qian", "严": "Yan", "覃": "Qin", "武": "Wu", "向": "Xiang", "常": "Chang", "齐": "Qi",
    "欧阳": "Ouyang", "司马": "Sima", "上官": "Shangguan", "诸葛": "Zhuge", "东方": "Dongfang", "皇甫": "Huangfu", "尉迟": "Yuchi",
    "公孙": "Gongsun", "慕容": "Murong", "令狐": "Linghu", "夏侯": "Xiahou", "司徒": "Situ", "端木": "Duanmu", "南宫": "Nangong",
    "亓": "Qi", "仝": "Tong", "佘": "She", "蒯": "Kuai", "逄": "Pang", "訾": "Zi", "隗": "Wei", "缑": "Gou", "郗": "Xi", "芮": "Rui",
    "冼": "Xian", "揭": "Jie", "第五": "Diwu", "禚": "Zhuo", "笪": "Da", "眭": "Sui",
}  # fmt: skip
_PY_GIVEN: Final = {
    "伟": "wei", "芳": "fang", "娜": "na", "敏": "min", "静": "jing", "丽": "li", "强": "qiang", "磊": "lei", "军": "jun", "洋": "yang",
    "勇": "yong", "艳": "yan", "杰": "jie", "娟": "juan", "涛": "tao", "明": "ming", "超": "chao", "秀": "xiu", "英": "ying", "华": "hua",
    "平": "ping", "刚": "gang", "桂": "gui", "兰": "lan", "玉": "yu", "梅": "mei", "建": "jian", "国": "guo", "志": "zhi", "红": "hong",
    "海": "hai", "燕": "yan", "霞": "xia", "文": "wen", "辉": "hui", "鹏": "peng", "晨": "chen", "雪": "xue", "婷": "ting", "宇": "yu",
    "浩": "hao", "然": "ran", "欣": "xin", "怡": "yi", "子": "zi", "涵": "han", "梓": "zi", "轩": "xuan", "诗": "shi", "琪": "qi", "佳": "jia",
    "俊": "jun", "凤": "feng", "淑": "shu", "秋": "qiu", "菊": "ju", "春": "chun", "德": "de", "福": "fu", "荣": "rong", "宝": "bao", "云": "yun",
    "亮": "liang", "峰": "feng", "斌": "bin", "琳": "lin", "倩": "qian", "慧": "hui", "晓": "xiao", "东": "dong", "新": "xin", "永": "yong",
    "安": "an", "玲": "ling", "萍": "ping", "成": "cheng", "光": "guang", "卫": "wei", "振": "zhen", "家": "jia", "思": "si", "雨": "yu",
    "若": "ruo", "一": "yi", "航": "hang", "睿": "rui", "博": "bo", "泽": "ze", "山": "shan", "河": "he", "月": "yue", "阳": "yang",
}  # fmt: skip
_GIVEN_F: Final = "芳娜敏静丽艳娟秀英华兰玉梅红燕霞雪婷欣怡涵诗琪佳凤淑秋菊春琳倩慧玲萍思雨若月"
_GIVEN_M: Final = "伟强磊军洋勇杰涛明超刚国志海辉鹏宇浩然子轩俊德福荣宝亮峰斌晓东新永成光卫振家航睿博泽建山平文华"
_WORD_NAMES: Final = (("高", "山"), ("江", "河"), ("文", "明"), ("金", "山"), ("夏", "雨"), ("白", "云"), ("明", "月"), ("向", "阳"),
                      ("方", "正"), ("石", "磊"), ("常", "青"), ("万", "里"), ("海", "洋"), ("田", "野"), ("林", "立"), ("安", "全"),
                      ("黄", "金"), ("夏", "天"), ("周", "全"), ("马", "力"), ("齐", "心"), ("朱", "红"), ("程", "序"), ("江", "山"))  # fmt: skip
_COMPOUND: Final = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "令狐",
    "夏侯",
    "司徒",
    "端木",
    "南宫",
    "第五",
)
_RARE: Final = ("亓", "仝", "佘", "蒯", "逄", "訾", "隗", "缑", "郗", "芮", "冼", "揭", "禚", "笪", "眭")
_RUMING: Final = (
    "豆豆",
    "乐乐",
    "甜甜",
    "果果",
    "毛毛",
    "丫丫",
    "妞妞",
    "贝贝",
    "壮壮",
    "小宝",
    "小雨",
    "团团",
    "圆圆",
    "嘟嘟",
    "小米",
    "朵朵",
)
# ethnic-minority names: (ethnic group, female names, male names, language, city index into _MINORITY_PLACES)
_MINORITY: Final[tuple[tuple[str, tuple[str, ...], tuple[str, ...], str, int], ...]] = (
    ("藏族", ("次仁卓玛", "格桑拉姆", "德吉央宗", "达瓦卓玛", "白玛央金", "次旦卓嘎"), ("扎西多吉", "索朗旺堆", "尼玛次仁", "平措扎西", "丹增多吉", "洛桑顿珠"), "藏语", 0),
    ("维吾尔族", ("阿依古丽·买买提", "古丽娜尔·艾合买提", "热依拉·吐尔洪", "迪丽努尔·阿布都", "阿依努尔·热合曼"), ("艾力·吐尔逊", "买买提江·阿不都热合曼", "艾尔肯·努尔", "吐尔洪·热合曼", "阿不都·克里木"), "维吾尔语", 1),
    ("蒙古族", ("斯琴高娃", "其木格", "乌云其木格", "萨仁图雅", "娜仁花"), ("巴特尔", "额尔敦巴雅尔", "苏和", "阿拉坦仓", "朝鲁"), "蒙古语", 2),
    ("彝族", ("吉克阿依", "阿西阿呷", "曲比阿乌", "沙马阿果"), ("吉伍木呷", "阿苦日呷", "沙马拉毅", "吉克曲布"), "彝语", 3),
)  # fmt: skip
_MINORITY_PLACES: Final[tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str], ...]] = (
    ("西藏自治区", "拉萨市", ("城关区",), ("西藏自治区人民医院", "拉萨市人民医院"), ("墨竹工卡县", "当雄县", "林周县"), "牧区"),
    ("新疆维吾尔自治区", "乌鲁木齐市", ("天山区", "沙依巴克区"), ("新疆医科大学第一附属医院", "新疆维吾尔自治区人民医院"), ("疏勒县", "伽师县", "墨玉县"), "农村"),
    ("内蒙古自治区", "呼和浩特市", ("新城区", "赛罕区"), ("内蒙古自治区人民医院", "内蒙古医科大学附属医院"), ("四子王旗", "凉城县", "武川县"), "牧区"),
    ("四川省", "西昌市", ("",), ("凉山彝族自治州第一人民医院", "西昌市人民医院"), ("昭觉县", "布拖县", "美姑县"), "山区"),
)  # fmt: skip
_MINORITY_CODES: Final = {"拉萨市": "0891", "乌鲁木齐市": "0991", "呼和浩特市": "0471", "西昌市": "0834"}
# province prefix, city, districts, hospitals, sub-district (街道) names, emergency centre, area code
_ZH_CITIES: Final[tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...], str, str], ...]] = (
    ("", "上海市", ("徐汇区", "闵行区", "浦东新区", "杨浦区"), ("复旦大学附属中山医院", "上海市第六人民医院", "上海交通大学医学院附属瑞金医院", "上海市第十人民医院"), ("枫林街道", "田林街道", "江川路街道", "五角场街道"), "上海市医疗急救中心", "021"),
    ("", "北京市", ("朝阳区", "海淀区", "丰台区", "西城区"), ("北京大学第三医院", "首都医科大学附属北京朝阳医院", "北京积水潭医院", "中国医学科学院北京协和医院"), ("和平街街道", "学院路街道", "方庄街道", "展览路街道"), "北京急救中心", "010"),
    ("广东省", "广州市", ("天河区", "越秀区", "海珠区"), ("中山大学附属第一医院", "广州市第一人民医院", "南方医科大学南方医院"), ("石牌街道", "北京街道", "江南中街道"), "广州市急救医疗指挥中心", "020"),
    ("浙江省", "杭州市", ("西湖区", "拱墅区", "余杭区"), ("浙江大学医学院附属邵逸夫医院", "杭州市第一人民医院", "浙江省人民医院"), ("文新街道", "米市巷街道", "五常街道"), "杭州市急救中心", "0571"),
    ("湖北省", "武汉市", ("武昌区", "江汉区", "洪山区"), ("武汉大学人民医院", "华中科技大学同济医学院附属协和医院", "武汉市中心医院"), ("水果湖街道", "万松街道", "关山街道"), "武汉市急救中心", "027"),
    ("四川省", "成都市", ("武侯区", "锦江区", "金牛区"), ("四川大学华西医院", "成都市第三人民医院", "四川省人民医院"), ("玉林街道", "春熙路街道", "荷花池街道"), "成都市急救指挥中心", "028"),
    ("湖南省", "长沙市", ("岳麓区", "雨花区", "开福区"), ("中南大学湘雅医院", "湖南省人民医院", "长沙市第一医院"), ("望月湖街道", "砂子塘街道", "四方坪街道"), "长沙市急救中心", "0731"),
    ("江苏省", "南京市", ("鼓楼区", "玄武区", "秦淮区"), ("南京鼓楼医院", "江苏省人民医院", "南京市第一医院"), ("宁海路街道", "玄武门街道", "夫子庙街道"), "南京市急救中心", "025"),
    ("山东省", "青岛市", ("市南区", "崂山区", "李沧区"), ("青岛大学附属医院", "青岛市市立医院"), ("八大湖街道", "中韩街道", "李村街道"), "青岛市急救中心", "0532"),
    ("广东省", "深圳市", ("南山区", "福田区", "龙岗区"), ("香港大学深圳医院", "深圳市人民医院", "北京大学深圳医院"), ("粤海街道", "华富街道", "布吉街道"), "深圳市急救中心", "0755"),
)  # fmt: skip
_ZH_ROADS: Final = (
    "宛平南路",
    "中山北路",
    "人民路",
    "解放大道",
    "建设路",
    "学院路",
    "文三路",
    "长江路",
    "和平街",
    "幸福路",
    "光明路",
    "胜利街",
    "新华路",
    "复兴路",
    "团结路",
    "红旗街",
    "朝阳路",
    "延安西路",
)
_ZH_COMPOUNDS: Final = (
    "阳光花园",
    "幸福家园",
    "翠苑一区",
    "金色家园",
    "锦绣华庭",
    "碧水湾",
    "和谐小区",
    "桂花园",
    "明月小区",
    "高山新村",
)
_ZH_COUNTIES: Final = (
    "安吉县",
    "桐庐县",
    "淳安县",
    "庐江县",
    "汝南县",
    "盐源县",
    "宁都县",
    "沭阳县",
    "郓城县",
    "巴东县",
)
_ZH_TOWNS: Final = ("塘栖镇", "周庄镇", "乌镇", "朱家角镇", "西塘镇", "木渎镇", "新市镇", "柳林镇", "白云镇", "金山镇")
_ZH_VILLAGES: Final = ("王家村", "李家庄村", "石桥村", "柳树屯村", "大石头村", "新华村", "前进村", "张家湾村", "高山村")
_ZH_OTHER_CITIES: Final = (
    "三亚",
    "昆明",
    "哈尔滨",
    "西安",
    "郑州",
    "厦门",
    "温州",
    "义乌",
    "东莞",
    "佛山",
    "贵阳",
    "南宁",
    "三亚市",
    "昆明市",
    "温州市",
)
_ZH_LANDMARKS: Final = (
    "人民公园",
    "中山公园",
    "人民广场",
    "东门菜市场",
    "长途汽车站",
    "滨江公园",
    "鼓楼",
    "城隍庙",
    "西湖文化广场",
)
_ZH_ORGS: Final[dict[str, tuple[str, ...]]] = {
    "employer": ("中建三局第一建设工程有限责任公司", "富士康科技集团", "顺丰速运有限公司", "宏达纺织有限公司", "杭州华东机械厂", "比亚迪股份有限公司", "海尔集团", "京东物流", "格力电器", "国家电网"),
    "employer_old": ("上海第三钢铁厂", "武汉锅炉厂", "红星机械厂", "国营七七一厂", "长沙纺织厂", "南京熊猫电子厂"),
    "rider_co": ("美团", "饿了么", "闪送", "达达快送"),
    "insurer": ("中国人寿", "平安健康保险", "泰康人寿", "中国太平洋保险", "友邦保险"),
    "intl_insurer": ("Bupa Global", "Cigna Global", "AXA", "MSH China", "Allianz Care"),
    "tj_brand": ("美年大健康体检中心", "爱康国宾体检中心", "瑞慈体检中心"),
    "ih": ("微医互联网医院", "京东健康互联网医院", "好大夫在线", "平安好医生", "阿里健康"),
    "pharm": ("老百姓大药房", "益丰大药房", "大参林", "海王星辰", "国大药房", "一心堂"),
    "escort_co": ("安心陪诊", "暖心陪诊服务中心", "小鹿陪诊", "e陪诊"),
    "clinic": ("仁爱诊所", "康宁门诊部", "济民诊所", "惠民医院"),
}  # fmt: skip
_CN_MOBILE_PREFIX: Final = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156", "157", "158", "159",
                            "166", "176", "177", "178", "180", "181", "182", "183", "186", "187", "188", "189", "191", "198", "199")  # fmt: skip
_BAD_ZH_END: Final = ("女士", "先生", "医生", "主任", "护士", "大夫", "阿姨", "大爷", "药师", "老师")


def _cn_mobile(rng: random.Random) -> tuple[str, str, str]:
    """(canonical 11 digits, dashed, spaced)."""
    prefix, mid, tail = rng.choice(_CN_MOBILE_PREFIX), _digits(rng, 4), _digits(rng, 4)
    return f"{prefix}{mid}{tail}", f"{prefix}-{mid}-{tail}", f"{prefix} {mid} {tail}"


def _cn_landline(rng: random.Random, code: str) -> str:
    body = _digits(rng, 8 if len(code) == 3 or code in {"0571", "0755", "0731", "0532"} else 7)
    body = str(rng.randrange(2, 9)) + body[1:]
    return rng.choice(
        [f"{code}-{body}", f"({code}){body}", f"{code} {body[:4]} {body[4:]}", f"{code}-{body[:4]}{body[4:]}"]
    )


def _pinyin(text: str, surname: bool) -> str | None:
    if surname:
        return _PY_SURNAMES.get(text)
    out: list[str] = []
    for i, ch in enumerate(text):
        syllable = _PY_GIVEN.get(ch)
        if syllable is None:
            return None
        out.append(("'" if i and syllable[0] in "aoe" else "") + syllable)
    joined = "".join(out)
    return joined[:1].upper() + joined[1:]


@dataclass(frozen=True)
class _ZhName:
    name: str
    xing: str  # surname, or the first part of a name that has none
    ming: str  # given name, or the rest
    call: str  # the part used with an honorific (王女士, 阿依古丽女士)
    py: str  # "Zhang Wei" or "" when not written in pinyin


def _zh_name(rng: random.Random, sex: str, *, pinyin: bool = False, source: str = "") -> _ZhName:
    for _ in range(30):
        made = _zh_name_once(rng, sex, pinyin, source)
        if made is not None and not made.name.endswith(_BAD_ZH_END) and not made.name.startswith("老"):
            return made
    raise RuntimeError("no acceptable name")  # pragma: no cover


def _zh_name_once(rng: random.Random, sex: str, pinyin: bool, source: str) -> _ZhName | None:
    female = sex == "F"
    kind = source or _weighted(
        rng,
        (("faker", 1), ("own", 1))
        if pinyin
        else (("faker", 50), ("tw", 4), ("own", 25), ("compound", 6), ("rare", 5), ("word", 7)),
    )
    if kind in {"faker", "tw"}:
        fake = _faker("zh_CN" if kind == "faker" else "zh_TW", rng)
        xing = fake.last_name()
        ming = fake.first_name_female() if female else fake.first_name_male()
    elif kind == "word":
        xing, ming = rng.choice(_WORD_NAMES)
    else:
        if kind == "compound":
            xing = rng.choice(_COMPOUND)
        elif kind == "rare":
            xing = rng.choice(_RARE)
        else:
            xing = rng.choice([s for s in _PY_SURNAMES if len(s) == 1 and s not in _RARE])
        pool = _GIVEN_F if female else _GIVEN_M
        ming = "".join(rng.choice(pool) for _ in range(rng.choice((1, 2, 2, 2))))
    py = ""
    if pinyin:
        sur, giv = _pinyin(xing, True), _pinyin(ming, False)
        if sur is None or giv is None:
            return None
        py = f"{sur} {giv}"
    return _ZhName(xing + ming, xing, ming, xing, py)


def _zh_minority(rng: random.Random, sex: str, group: int) -> _ZhName:
    _, fem, mal, _, _ = _MINORITY[group]
    name = rng.choice(fem if sex == "F" else mal)
    if "·" in name:
        first, rest = name.split("·")
        if rng.random() < 0.25:
            name = first + rest
        return _ZhName(name, first, rest, first, "")
    if len(name) == 4:
        return _ZhName(name, name[:2], name[2:], name[2:] if group == 3 else name, "")
    return _ZhName(name, name, name, name, "")


def _zh_person(v: dict[str, str], key: str, n: _ZhName, sex: str, rng: random.Random) -> None:
    v[f"{key}_name"] = n.name
    v[f"{key}_xing"] = n.xing
    v[f"{key}_ming"] = n.ming
    v[f"{key}_call"] = n.call
    if n.py:
        v[f"{key}_py"] = n.py
        sur, giv = n.py.split(" ", 1)
        v[f"{key}_py_uc"] = f"{sur.upper()} {giv}"
    v[f"{key}_honor"] = "女士" if sex == "F" else "先生"
    v[f"{key}_ta"] = "她" if sex == "F" else "他"
    v[f"{key}_sex"] = "女" if sex == "F" else "男"
    last = n.ming[-1]
    v[f"{key}_nick"] = rng.choice((last + last, n.ming if len(n.ming) == 2 else last + last))


def _zh_address(rng: random.Random, prov: str, city: str, district: str) -> tuple[str, str]:
    """(full address, the part after the district)."""
    road = rng.choice(_ZH_ROADS)
    style = rng.randrange(4)
    if style == 0:
        street = f"{road}{rng.randrange(1, 999)}号"
    elif style == 1:
        street = (
            f"{road}{rng.randrange(1, 999)}弄{rng.randrange(1, 60)}号{rng.randrange(1, 20)}0{rng.randrange(1, 5)}室"
        )
    elif style == 2:
        street = f"{rng.choice(_ZH_COMPOUNDS)}{rng.randrange(1, 30)}栋{rng.randrange(1, 6)}单元{rng.randrange(1, 30)}0{rng.randrange(1, 5)}室"
    else:
        street = f"{road}{rng.randrange(1, 400)}号{rng.choice(_ZH_COMPOUNDS)}{rng.randrange(1, 20)}幢{rng.randrange(1, 30)}0{rng.randrange(1, 4)}"
    return f"{prov}{city}{district}{street}", street


def _zh_values(rng: random.Random, meta: _Meta) -> tuple[dict[str, str], list[KnownIdentifier]]:
    v: dict[str, str] = {}
    visit = _rand_date(rng, dt.date(2023, 1, 3), dt.date(2025, 6, 27))
    age = _draw_age(rng, meta)
    birth = _birth_for(rng, visit, age)
    sex = meta.sex or rng.choice("FM")
    group = rng.randrange(len(_MINORITY)) if meta.minority else -1
    if group >= 0:
        prov, city, districts, hospitals, counties, area = _MINORITY_PLACES[_MINORITY[group][4]]
        jiedao: tuple[str, ...] = ("新区街道", "团结街道")
        jjzx, code = f"{city}急救中心", _MINORITY_CODES[city]
        person = _zh_minority(rng, sex, group)
        v["p_ethnic"], v["lang_cn"], v["area"] = _MINORITY[group][0], _MINORITY[group][3], area
        v["loc_county"] = rng.choice(counties)
    else:
        choices = [c for c in _ZH_CITIES if not meta.city or c[1] == meta.city]
        prov, city, districts, hospitals, jiedao, jjzx, code = rng.choice(choices)
        person = _zh_name(rng, sex, pinyin=meta.pinyin)
        v["loc_county"] = rng.choice(_ZH_COUNTIES)
    district = rng.choice(districts)
    _zh_person(v, "p", person, sex, rng)
    v["p_age"] = str(age)
    v["p_age_cn"] = _cn_number(age)
    if age >= 60:
        v["p_honor2"] = "奶奶" if sex == "F" else "爷爷"
    else:
        v["p_honor2"] = "阿姨" if sex == "F" else "叔叔"
    v["p_xiaoming"] = rng.choice(_RUMING)
    full_addr, street = _zh_address(rng, prov, city, district)
    v["p_addr"], v["p_street"], v["p_city"] = full_addr, street, city
    rid = cn_resident_id(rng, birth)
    v["p_rid"] = rid
    v["p_phone"], v["p_phone_dash"], v["p_phone_sp"] = _cn_mobile(rng)
    v["p_phone_intl"] = f"+86 {v['p_phone_sp']}"
    domain = rng.choice(("163.com", "qq.com", "126.com", "sina.com", "139.com", "foxmail.com"))
    if domain == "qq.com" and rng.random() < 0.5:
        v["p_email"] = f"{rng.randrange(10000000, 3999999999)}@qq.com"
    elif domain == "139.com":
        v["p_email"] = f"{v['p_phone']}@139.com"
    else:
        handle = _slug(person.py) if person.py else rng.choice(("sunny", "happy", "lucky", "tiger", "panda", "moon"))
        v["p_email"] = (
            f"{handle}{rng.choice(('', '_', '.'))}{birth:%Y}@{domain}"
            if rng.random() < 0.5
            else f"{handle}{rng.randrange(10, 999)}@{domain}"
        )
    v["p_rec"] = rng.choice(
        [
            _digits(rng, 10),
            f"MZ{_digits(rng, 8)}",
            f"J{_digits(rng, 9)}",
            f"{visit:%Y%m}{_digits(rng, 5)}",
            _digits(rng, 8),
        ]
    )
    v["p_card"] = rng.choice(
        [_digits(rng, 12), f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}", f"A{_digits(rng, 11)}"]
    )
    v["p_yb"] = rng.choice(
        [
            f"{rng.choice('ABCDEFGHJK')}{_digits(rng, 8)}",
            f"{_digits(rng, 4)}{rng.choice('ABCDEFGHJK')}{_digits(rng, 6)}",
            _digits(rng, 12),
        ]
    )
    v["p_sb"] = f"{rng.choice('ABCDEFGHJKLMN')}{_digits(rng, 8)}"
    v["p_zyh"] = str(rng.randrange(100000, 9999999))
    v["p_wx"] = rng.choice(
        [
            f"wxid_{''.join(rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(12))}",
            f"{_slug(person.py) or 'lily'}{rng.randrange(1960, 2010)}",
        ]
    )
    # dates
    for key, day in (("vdate", visit), ("p_dob", birth)):
        for style in ("cn", "iso", "slash", "dot", "md", "hz", "en"):
            v[f"{key}_{style}"] = _cn_date(day, style)
    later = sorted(visit + dt.timedelta(days=rng.randrange(1, 90)) for _ in range(2))
    earlier = (visit - dt.timedelta(days=rng.randrange(2, 60)), visit - dt.timedelta(days=rng.randrange(100, 600)))
    between = earlier[0] + dt.timedelta(days=rng.randrange(0, (visit - earlier[0]).days))
    for key, day in (
        ("fdate", later[0]),
        ("fdate2", later[1]),
        ("odate", earlier[0]),
        ("odate2", earlier[1]),
        ("between", between),
    ):
        for style in ("cn", "iso", "md", "slash"):
            v[f"{key}_{style}"] = _cn_date(day, style)
    v["vdate_next_md"] = _cn_date(visit + dt.timedelta(days=1), "md")
    v["tenure"] = str(max(1, min(age - 17, rng.randrange(1, 15))))
    v["p_mom"] = "我妈" if sex == "F" else "我爸"
    v["odate3_md"] = _cn_date(visit - dt.timedelta(days=rng.randrange(3, 8)), "md")
    v["odate4_md"] = _cn_date(visit - dt.timedelta(days=rng.randrange(1, 3)), "md")
    if age < 8:  # 乙肝3, 脊灰2, 百白破3, 麻腮风1 at about 6, 3, 5 and 8 months
        for i, days in enumerate((183, 92, 152, 245), 1):
            v[f"vd{i}"] = _cn_date(birth + dt.timedelta(days=days + rng.randrange(-3, 12)), "iso")
    v["vtime_prev"], *times = _times(rng, 5)
    for i, t in enumerate(times):
        v["vtime" if i == 0 else f"vtime{i + 1}"] = t
    for i, t in enumerate(sorted(_time(rng, 7, 22) for _ in range(6)), 1):
        v[f"t{i}"] = t
    # family: r1 spouse (or mother), r2 adult child (or father), r3 sibling / other relative, r4 grandchild
    child = age < 18
    for key, rsex, shares in (
        ("r1", "F" if child else ("M" if sex == "F" else "F"), False),
        ("r2", "M" if child else rng.choice("FM"), True),
        ("r3", rng.choice("FM"), False),
        ("r4", rng.choice("FM"), True),
    ):
        rname = person
        while rname.name == person.name or rname.ming == person.ming:
            if group >= 0:
                rname = _zh_minority(rng, rsex, group)
            else:
                rname = _zh_name(rng, rsex, pinyin=meta.pinyin)
                if shares and rng.random() < 0.85 and len(person.xing) <= 2:
                    py = (person.py.split(" ")[0] + " " + rname.py.split(" ", 1)[1]) if rname.py and person.py else ""
                    rname = _ZhName(person.xing + rname.ming, person.xing, rname.ming, person.xing, py)
        _zh_person(v, key, rname, rsex, rng)
        v[f"{key}_phone"], v[f"{key}_phone_dash"], v[f"{key}_phone_sp"] = _cn_mobile(rng)
        rbirth = _birth_for(
            rng,
            visit,
            max(18, age - 28)
            if key == "r2"
            else (age + rng.randrange(-5, 6) if key == "r1" and not child else rng.randrange(25, 70)),
        )
        v[f"{key}_rid"] = cn_resident_id(rng, rbirth)
        v[f"{key}_wx"] = rng.choice(
            [
                f"wxid_{''.join(rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(10))}",
                f"{rng.choice(('xiaoyu', 'tiantian', 'a', 'mm', 'sky'))}{_digits(rng, 6)}",
            ]
        )
    if child:
        v["r1_rel"], v["r2_rel"], v["r3_rel"] = "母亲", "父亲", rng.choice(("外婆", "奶奶", "姑姑"))
    else:
        v["r1_rel"] = "妻子" if sex == "M" else "丈夫"
        if age >= 65:
            v["r1_rel"] = "老伴"
        v["r2_rel"] = "女儿" if v["r2_sex"] == "女" else "儿子"
        v["r3_rel"] = (
            rng.choice(("姐姐", "妹妹", "侄女", "外甥女"))
            if v["r3_sex"] == "女"
            else rng.choice(("哥哥", "弟弟", "侄子", "外甥"))
        )
    v["r4_rel"] = "孙女" if v["r4_sex"] == "女" else "孙子"
    # staff and others
    for key in ("d1", "d2", "d3", "n1", "n2", "n3", "x1", "x2", "x3"):
        ssex = rng.choice("FM") if key[0] != "n" else ("F" if rng.random() < 0.85 else "M")
        _zh_person(v, key, _zh_name(rng, ssex, pinyin=meta.pinyin), ssex, rng)
        v[f"{key}_phone"] = _cn_mobile(rng)[rng.randrange(3)]
        v[f"{key}_no"] = rng.choice([_digits(rng, 6), f"{rng.choice('ABCDEFGHPW')}{_digits(rng, 5)}"])
    v["d1_lic"] = f"{rng.randrange(1, 3)}{rng.randrange(10, 99)}{_digits(rng, 12)}"
    # other patients for tables
    for key in ("o1", "o2", "o3"):
        osex = rng.choice("FM")
        oage = rng.randrange(90, 103) if rng.random() < 0.3 else rng.randrange(18, 89)
        _zh_person(v, key, _zh_name(rng, osex), osex, rng)
        v[f"{key}_age"] = str(oage)
        v[f"{key}_rid"] = cn_resident_id(rng, _birth_for(rng, visit, oage))
        v[f"{key}_phone"] = _cn_mobile(rng)[0]
        v[f"{key}_rec"] = rng.choice([_digits(rng, 10), f"J{_digits(rng, 9)}"])
        v[f"{key}_date"] = _cn_date(visit - dt.timedelta(days=rng.randrange(0, 3)), "iso")
        v[f"{key}_honor2"] = ("阿姨" if osex == "F" else "大爷") if oage >= 50 else ("女士" if osex == "F" else "先生")
        rsex = rng.choice("FM")
        _zh_person(v, f"{key}_r", _zh_name(rng, rsex), rsex, rng)
        v[f"{key}_r_phone"] = _cn_mobile(rng)[0]
    # places and organisations
    others = [c for c in _ZH_CITIES if c[1] != city]
    v["loc_city2"] = rng.choice(_ZH_OTHER_CITIES)
    v["ins_city"] = rng.choice(others)[1]
    v["loc_town"] = rng.choice(_ZH_TOWNS)
    v["loc_cv"] = rng.choice(_ZH_COUNTIES) + rng.choice(_ZH_VILLAGES + _ZH_TOWNS)
    v["landmark"] = rng.choice(_ZH_LANDMARKS)
    v["abroad_city"] = rng.choice(
        ("Bangkok", "曼谷", "Singapore", "新加坡", "Dubai", "迪拜", "Tokyo", "东京", "Jakarta")
    )
    v["h1"] = rng.choice(hospitals)
    v["h2"] = rng.choice(
        [h for c in others for h in c[3]] if group < 0 else [h for h in hospitals if h != v["h1"]] or list(hospitals)
    )
    v["sq"] = f"{district}{rng.choice(jiedao)}社区卫生服务中心"
    v["vacc_clinic"] = f"{v['sq']}预防接种门诊"
    v["jjzx"] = jjzx
    v["school"] = (
        f"{city}{rng.choice(('实验小学', '阳光小学', '育才小学') if age < 12 else ('第二中学', '育才中学', '外国语学校', '第十五中学'))}"
    )
    for kind, pool in _ZH_ORGS.items():
        v[kind] = rng.choice(pool)
    v["tj"] = rng.choice((v["tj_brand"], f"{v['h1']}健康管理中心"))
    v["hrsb"] = f"{city}人力资源和社会保障局"
    v["yb_office"] = (
        rng.choice((f"{city}医疗保障局", f"{district}医疗保障事务中心")) if district else f"{city}医疗保障局"
    )
    v["police"] = f"{district or city}交警大队"
    v["town_clinic"] = f"{v['loc_town']}卫生院" if group < 0 else f"{v['loc_county']}人民医院"
    for key in ("h1_phone", "sq_phone", "tj_phone", "clinic_phone", "caller_landline"):
        v[key] = _cn_landline(rng, code)
    v["h1_phone_x"] = f"{_cn_landline(rng, code)}转{rng.randrange(1000, 8999)}"
    # identifiers
    up = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    v["task_no"] = rng.choice([f"{visit:%Y%m%d}{_digits(rng, 5)}", f"RW{_digits(rng, 10)}", _digits(rng, 13)])
    v["plate"] = f"京{rng.choice('ABCEFGHJKLMNPQ')}{''.join(rng.choice(up + '0123456789') for _ in range(5))}"
    v["sign_no"] = f"QY{_digits(rng, 10)}"
    v["consult_no"] = f"WZ{visit:%Y%m%d}{_digits(rng, 6)}"
    v["consult_url"] = rng.choice(
        [
            f"https://ih.{rng.choice(('zs-hospital', 'hxyy', 'xyeyy', 'whuh', 'srrsh'))}.cn/consult/detail?id={_digits(rng, 12)}",
            f"https://m.guahao.com/wz/{_digits(rng, 10)}",
            f"https://www.haodf.com/wenzhen/flow_{_digits(rng, 10)}.html",
        ]
    )
    v["report_url"] = rng.choice(
        [
            f"https://report.{rng.choice(('ikang', 'meinian', 'rich-healthcare'))}.com/r/{''.join(rng.choice('abcdefghjkmnpqrstuvwxyz23456789') for _ in range(10))}",
            f"http://tj.{rng.choice(('zs-hospital', 'srrsh', 'xyeyy'))}.cn/query?no={_digits(rng, 10)}",
        ]
    )
    v["booking_url"] = rng.choice(
        [
            f"https://yuyue.{rng.choice(('zs-hospital', 'hxyy', 'bjcyh', 'srrsh'))}.cn",
            f"http://t.cn/{''.join(rng.choice('ABCDEFGHJKabcdefghjk23456789') for _ in range(7))}",
            "https://www.114yygh.com",
        ]
    )
    v["tj_no"] = f"TJ{visit:%y%m%d}{_digits(rng, 4)}"
    v["report_card"] = f"{rng.randrange(11, 65)}{_digits(rng, 4)}{visit:%Y}{_digits(rng, 6)}"
    v["student_id"] = rng.choice([f"{visit.year - age + 6}{_digits(rng, 4)}", f"G{_digits(rng, 7)}"])
    v["claim"] = f"GS{visit:%Y}{_digits(rng, 6)}"
    v["lab_no"] = f"{visit:%y%m%d}{_digits(rng, 4)}"
    v["card1"], v["card2"] = f"XB{_digits(rng, 6)}", f"XB{_digits(rng, 6)}"
    v["ref_no"] = f"ZZ{visit:%Y}{_digits(rng, 5)}"
    v["vacc_no"] = _digits(rng, 13)
    v["filing_no"] = f"BA{_digits(rng, 14)}"
    v["order_no"] = f"PZ{_digits(rng, 12)}"
    v["member_no"] = rng.choice([_digits(rng, 10), f"VIP{_digits(rng, 7)}"])
    v["appt"] = _digits(rng, 6)
    v["path_no"] = f"{rng.choice(('P', 'BL', 'S'))}{visit:%y}-{_digits(rng, 5)}"
    v["bed_no"] = f"JCB{visit:%Y}{_digits(rng, 3)}"
    v["acc"] = rng.choice([f"CT{_digits(rng, 8)}", _digits(rng, 9)])
    v["passport"] = f"E{_digits(rng, 8)}" if rng.random() < 0.6 else f"E{rng.choice(up)}{_digits(rng, 7)}"
    v["policy"] = rng.choice(
        [
            f"{''.join(rng.choice(up) for _ in range(3))}{_digits(rng, 8)}",
            f"{_digits(rng, 4)}-{_digits(rng, 6)}-{_digits(rng, 2)}",
        ]
    )
    v["tw_permit"] = _digits(rng, 8)
    # fillers
    v["bed"] = str(rng.randrange(1, 40))
    for i in range(1, 5):
        v[f"bed{i}"] = f"{rng.choice(('留观', 'EICU', '抢救', '观察'))}{rng.randrange(1, 30)}"
        v[f"lot{i}"] = rng.choice(
            [
                f"{visit.year - 1}{_digits(rng, 2)}{rng.randrange(1, 29):02d}{_digits(rng, 2)}",
                f"{rng.choice(up)}{_digits(rng, 9)}",
                f"{visit.year}{_digits(rng, 4)}-{_digits(rng, 2)}",
            ]
        )
    v["unit"] = rng.choice(("急救分站3号车", "沪A车组12", "站点7-2", "南站1号车"))
    v["grade_cn"] = (
        f"{rng.choice('一二三四五六')}年级（{rng.randrange(1, 12)}）班"
        if age < 12
        else f"初{rng.choice('一二三')}（{rng.randrange(1, 15)}）班"
        if age < 15
        else f"高{rng.choice('一二三')}（{rng.randrange(1, 15)}）班"
    )
    v["job"] = rng.choice(("退休", "农民", "教师", "快递员", "个体", "无业", "工人", "学生" if age < 23 else "职员"))
    known = [
        KnownIdentifier("PERSON", person.name),
        KnownIdentifier("ID", v["p_rec"]),
        KnownIdentifier("ID", rid),
        KnownIdentifier("PHONE", v["p_phone"]),
        KnownIdentifier("ADDRESS", street),
        KnownIdentifier("LOCATION", city),
        KnownIdentifier("DATE", birth.isoformat()),
        KnownIdentifier("EMAIL", v["p_email"]),
    ]
    for part in dict.fromkeys((person.ming, person.xing)):
        if part != person.name:
            known.insert(1, KnownIdentifier("PERSON", part))
    return v, known


# ---------------------------------------------------------------------------------------------
# Chinese templates
# ---------------------------------------------------------------------------------------------
_ZH: Final[dict[str, tuple[_Meta, str]]] = {
    "beijing_999_prehospital": (
        _Meta("CN", (19, 58), city="北京市", pinyin=True),
        """北京市红十字会紧急救援中心（999）院前急救记录
记录编号：<<ID:task_no>>  日期：<<DATE:vdate_cn>>  受理时间：{vtime}  到达现场：{vtime2}
事件：交通事故（电动自行车与小型轿车碰撞），地点：<<LOCATION:landmark>>东侧路口
伤者：<<PERSON:p_name>>（<<PERSON:p_py_uc>>），{p_sex}，<<AGE:p_age>>岁，外卖骑手（<<ORG:rider_co>>），站长<<PERSON:x1_name>>，电话<<PHONE:x1_phone>>
对方车辆：<<ID:plate>>，驾驶人<<PERSON:x2_name>>，电话<<PHONE:x2_phone>>；<<ORG:police>>民警已到场。
伤情：佩戴头盔，神清，GCS 15分；左小腿中段畸形、反常活动，足背动脉可触及；左前臂擦伤5×3cm。BP 128/76mmHg，HR 104次/分，SpO2 98%。
处置：真空夹板固定左下肢，生理盐水冲洗包扎，布托啡诺1mg肌注。
转运：送<<ORG:h1>>急诊，{vtime3}交接，接收护士<<PERSON:n1_name>>。
伤者身份证号：<<ID:p_rid>>  联系电话：<<PHONE:p_phone_dash>>  家属<<PERSON:r1_name>>（{r1_rel}）正赶往医院。
急救医师：<<PERSON:d1_name>>  担架员：小<<PERSON:x3_call>>""",
    ),
    "checkup_report": (
        _Meta("CN", (25, 70)),
        """<<ORG:tj>> 健康体检报告
体检编号：<<ID:tj_no>>   单位：<<ORG:employer>>（团检）   体检日期：<<DATE:vdate_cn>>
姓名：<<PERSON:p_name>>  性别：{p_sex}  年龄：<<AGE:p_age>>  身份证号：<<ID:p_rid>>  手机：<<PHONE:p_phone>>
电子报告接收邮箱：<<EMAIL:p_email>>
一、一般检查：身高172cm 体重81kg BMI 27.4 血压138/86mmHg（检查医生：<<PERSON:d1_name>>）
二、内科：心肺听诊未见异常（<<PERSON:d2_name>>）
三、检验：ALT 68 U/L↑，TG 3.2 mmol/L↑，LDL-C 3.9 mmol/L↑，UA 512 μmol/L↑，FPG 6.3 mmol/L↑，HbA1c 6.1%
四、影像：腹部彩超示中度脂肪肝；甲状腺左叶结节0.4cm（TI-RADS 3类）；胸部低剂量CT示右上肺磨玻璃结节5mm（Lung-RADS 2类）。
五、主检结论及建议：1.超重、脂肪肝、高尿酸血症，建议低嘌呤饮食、减重；2.空腹血糖受损，3个月后复查OGTT；3.肺结节12个月后复查低剂量CT。
主检医师：<<PERSON:d3_name>>   审核：<<PERSON:x1_name>>
报告查询：<<URL:report_url>>   客服电话：<<PHONE:tj_phone>>""",
    ),
    "community_dm_table": (
        _Meta("CN", (45, 99), 0.3),
        """<<ORG:sq>> 糖尿病患者季度随访汇总（<<DATE:vdate_cn>>导出，导出人：<<PERSON:x1_name>>）
| 序号 | 姓名 | 性别 | 年龄 | 身份证号 | 联系电话 | 空腹血糖 | HbA1c | 责任医生 |
|---|---|---|---|---|---|---|---|---|
| 1 | <<PERSON:p_name>> | {p_sex} | <<AGE:p_age>> | <<ID:p_rid>> | <<PHONE:p_phone>> | 7.8 | 7.2% | <<PERSON:d1_name>> |
| 2 | <<PERSON:o1_name>> | {o1_sex} | <<AGE:o1_age>> | <<ID:o1_rid>> | <<PHONE:o1_phone>> | 9.6 | 8.4% | <<PERSON:d1_name>> |
| 3 | <<PERSON:o2_name>> | {o2_sex} | <<AGE:o2_age>> | <<ID:o2_rid>> | <<PHONE:o2_phone>> | 6.1 | 6.5% | <<PERSON:d2_name>> |
| 4 | <<PERSON:o3_name>> | {o3_sex} | <<AGE:o3_age>> | <<ID:o3_rid>> | <<PHONE:o3_phone>> | 11.3 | 9.1% | <<PERSON:d2_name>> |
备注：2号<<PERSON:o1_call>>{o1_honor2}近期血糖控制差，已预约<<DATE:fdate_md>>上门随访；3号独居，紧急联系人<<PERSON:o2_r_name>>（侄子）<<PHONE:o2_r_phone>>；1号由{r1_rel}<<PERSON:r1_name>>代取药。""",
    ),
    "dictation_no_punct": (
        _Meta("CN", (55, 99), 0.35),
        """语音录入未校对 口述医生<<PERSON:d1_name>>
患者<<PERSON:p_name>>{p_sex}<<AGE:p_age_cn>>岁住<<ADDRESS:p_addr>>因反复咳嗽咳痰二十余年加重伴气促三天于<<DATE:vdate_hz>>上午由{r2_rel}<<PERSON:r2_name>>陪同步行入院既往慢阻肺病史长期吸入噻托溴铵否认高血压糖尿病吸烟四十年每天一包已戒五年查体体温三十七点八度脉搏一百零二次每分呼吸二十六次每分血压一百四十二比八十六双肺可闻及哮鸣音及湿罗音双下肢不肿诊断慢阻肺急性加重二型呼吸衰竭处理无创通气甲强龙四十毫克静滴哌拉西林他唑巴坦抗感染{r2_rel}电话<<PHONE:r2_phone>>患者医保卡号<<ID:p_yb>>请<<PERSON:n1_call>>护士补录入院评估""",
    ),
    "escort_service_log": (
        _Meta("CN", (70, 102), 0.5),
        """<<ORG:escort_co>> 陪诊服务记录单   订单号：<<ID:order_no>>
服务日期：<<DATE:vdate_cn>>  服务时间：{vtime}—{vtime4}
被陪诊人：<<PERSON:p_name>>（<<AGE:p_age_cn>>岁，{p_sex}）  就诊卡号：<<ID:p_card>>
下单人：<<PERSON:r2_name>>（{r2_rel}，在<<LOCATION:loc_city2>>工作）  手机：<<PHONE:r2_phone>>  微信：<<ID:r2_wx>>
陪诊师：<<PERSON:x1_name>>（工号<<ID:x1_no>>）
行程：{vtime}到<<ADDRESS:p_addr>>接<<PERSON:p_call>>{p_honor2}出发 → <<ORG:h1>>门诊楼 → 老年医学科<<PERSON:d1_name>>主任号 → 空腹抽血 → 心电图 → 取药。
医嘱转述：BNP较前升高，呋塞米改为20mg qd，螺内酯20mg qd不变，1周后复查电解质；注意每日称体重。
护工交接：病区护工<<PERSON:x2_call>>姐（<<PHONE:x2_phone>>）负责夜间陪护，已交代低盐饮食、记24小时尿量。
费用：陪诊服务费280元（已支付）。下单人留言：“谢谢<<PERSON:x1_ming>>，辛苦了，{p_mom}耳朵背，说话要大声点。”""",
    ),
    "family_doctor_followup": (
        _Meta("CN", (60, 99), 0.3),
        """<<ORG:sq>>  家庭医生签约服务  高血压患者随访服务记录表
签约编号：<<ID:sign_no>>   健康档案号：<<ID:p_rec>>
姓名：<<PERSON:p_name>>   性别：{p_sex}   出生日期：<<DATE:p_dob_iso>>   身份证号：<<ID:p_rid>>
现住址：<<ADDRESS:p_addr>>   联系电话：<<PHONE:p_phone>>
签约团队：全科医生<<PERSON:d1_name>>、社区护士<<PERSON:n1_name>>、公卫医师<<PERSON:x1_name>>
随访日期：<<DATE:vdate_cn>>   随访方式：☑门诊 □家庭 □电话
症状：偶有头晕，无胸闷胸痛。
体征：血压146/88mmHg，心率72次/分，体重63kg，BMI 24.6
生活方式：日吸烟0支，日饮酒1两（白酒），运动每周5次每次30分钟（广场舞），摄盐情况：中
服药依从性：规律   药物不良反应：无
用药：苯磺酸氨氯地平片5mg qd；阿托伐他汀钙片20mg qn
此次随访分类：控制不满意
下一步管理措施：加用厄贝沙坦150mg qd，2周后复查。  转诊：否
下次随访日期：<<DATE:fdate_cn>>
备注：由{r1_rel}<<PERSON:r1_name>>陪同，{r1_rel}手机<<PHONE:r1_phone_sp>>。
随访医生签名：<<PERSON:d1_name>>""",
    ),
    "fever_clinic": (
        _Meta("CN", (55, 96), 0.2),
        """<<ORG:h1>> 发热门诊就诊记录
登记号：<<ID:p_rec>>  就诊时间：<<DATE:vdate_iso>> {vtime}
姓名：<<PERSON:p_name>>  性别：{p_sex}  年龄：<<AGE:p_age>>岁  职业：{job}  电话：<<PHONE:p_phone>>
现住址：<<ADDRESS:p_addr>>
流行病学史：发病前7天内曾到<<LOCATION:loc_city2>>探亲（<<DATE:odate3_md>>—<<DATE:odate4_md>>），住<<LOCATION:loc_cv>>，当地有禽类养殖，同住亲属<<PERSON:r3_name>>近日亦发热。否认活禽市场接触。同住人：{r1_rel}<<PERSON:r1_name>>、{r4_rel}<<PERSON:r4_nick>>（小名）。
主诉：发热3天，最高39.6℃，伴咳嗽、肌肉酸痛。
查体：T 39.1℃，P 106次/分，R 22次/分，BP 122/74mmHg，SpO2 95%。咽充血，右下肺可闻及湿啰音。
辅助检查：WBC 3.2×10^9/L，L 0.6×10^9/L，CRP 36mg/L；甲流抗原（+），新冠抗原（-）；胸片右下肺斑片影。
诊断：甲型流感；社区获得性肺炎（CURB-65 1分）。
处理：奥司他韦75mg bid×5天，莫西沙星0.4g qd。已网络直报，报告卡编号<<ID:report_card>>。
医师：<<PERSON:d1_name>>    护士：<<PERSON:n1_name>>""",
    ),
    "home_sickbed_round": (
        _Meta("CN", (86, 104), 0.6),
        """<<ORG:sq>> 家庭病床查床记录
建床号：<<ID:bed_no>>  患者：<<PERSON:p_name>>  {p_sex}  <<AGE:p_age>>岁  档案号：<<ID:p_rec>>
地址：<<ADDRESS:p_addr>>（<<LOCATION:landmark>>对面）
查床日期：<<DATE:vdate_cn>>  查床医生：<<PERSON:d1_name>>  护士：<<PERSON:n1_name>>
病情：脑梗死后遗症长期卧床，骶尾部压力性损伤2期，面积2×1.5cm，较上次（<<DATE:odate_md>>）缩小。
生命体征：T 36.5℃，P 78次/分，BP 132/74mmHg，SpO2 96%。Braden评分12分，Barthel指数25分。
处理：藻酸盐敷料换药；更换导尿管（16F，批号{lot1}）；指导家属q2h翻身。
照护者：保姆<<PERSON:x1_call>>阿姨（<<PHONE:x1_phone>>，老家<<LOCATION:loc_county>>），{r2_rel}<<PERSON:r2_name>>每周末来（<<PHONE:r2_phone_dash>>）。
老<<PERSON:p_call>>今天精神好，讲起年轻时在<<ORG:employer_old>>当钳工，还认出了<<PERSON:d1_call>>医生。
下次查床：<<DATE:fdate_md>>""",
    ),
    "insurance_cross_province": (
        _Meta("CN", (50, 95), 0.2),
        """基本医疗保险跨省异地就医备案登记表
备案编号：<<ID:filing_no>>   申请日期：<<DATE:vdate_cn>>
参保人姓名：<<PERSON:p_name>>  性别：{p_sex}  社会保障号码：<<ID:p_rid>>
参保地：<<LOCATION:ins_city>>   险种：城乡居民基本医疗保险   医保卡号：<<ID:p_yb>>
备案类型：异地长期居住（随子女）   就医地：<<LOCATION:p_city>>
就医地联系地址：<<ADDRESS:p_addr>>   联系电话：<<PHONE:p_phone>>
备案有效期：<<DATE:vdate_iso>> 起长期有效
选定定点医疗机构：<<ORG:h1>>、<<ORG:sq>>
代办人：<<PERSON:r2_name>>（{r2_rel}）  身份证号：<<ID:r2_rid>>  手机：<<PHONE:r2_phone>>
承诺：本人承诺以上信息真实有效。  申请人（签字/手印）：<<PERSON:p_name>>   代办人：<<PERSON:r2_name>>
经办人：<<PERSON:x1_name>>   经办机构：<<ORG:yb_office>>（国家医保服务平台APP线上备案）""",
    ),
    "internet_hospital_chat": (
        _Meta("CN", (40, 80), sex="F"),
        """<<ORG:ih>> 图文问诊记录   问诊单号：<<ID:consult_no>>
链接：<<URL:consult_url>>
就诊人：<<PERSON:p_name>>（{p_sex}，<<AGE:p_age>>岁）  就诊卡号：<<ID:p_card>>
提交人：<<PERSON:r2_name>>（{r2_rel}，微信昵称“<<PERSON:r2_nick>>”，微信号<<ID:r2_wx>>）
接诊医生：<<PERSON:d1_name>> 主治医师  <<ORG:h1>>内分泌科
[{t1}] 家属：医生您好，我妈<<DATE:odate_md>>在<<ORG:tj_brand>>体检，甲状腺彩超提示右叶结节TI-RADS 4a类，1.2×0.9cm，报告已上传。
[{t2}] <<PERSON:d1_call>>医生：您好，报告看了。TSH 2.1，FT3、FT4正常。4a类建议做细针穿刺（FNA）明确性质。以前查过吗？有没有桥本甲状腺炎？
[{t3}] 家属：没查过。她有高血压，吃硝苯地平控释片。
[{t4}] <<PERSON:d1_call>>医生：可以挂我周三上午门诊，穿刺当天能做。电话预约<<PHONE:h1_phone>>。
[{t5}] 家属：谢谢<<PERSON:d1_call>>医生！我妈叫<<PERSON:p_name>>，身份证<<ID:p_rid>>，手机<<PHONE:p_phone>>，麻烦帮忙加个号。
[{t6}] <<PERSON:d1_call>>医生：已加号，<<DATE:fdate_md>>上午9:30，记得带医保卡。""",
    ),
    "intl_bilingual_note": (
        _Meta("CN", (22, 80), pinyin=True),
        """<<ORG:h1>> International Medical Services / 国际医疗部
Patient: <<PERSON:p_py_uc>> (<<PERSON:p_name>>)   MRN/病案号: <<ID:p_rec>>   DOB: <<DATE:p_dob_iso>>
Passport No.: <<ID:passport>>   Mobile: <<PHONE:p_phone_intl>>   Email: <<EMAIL:p_email>>
Insurance: <<ORG:intl_insurer>> (policy <<ID:policy>>), direct billing confirmed with case manager <<PERSON:x1_py>>.
Visit <<DATE:vdate_en>> {vtime}. Attending: Dr. <<PERSON:d1_py>> (<<PERSON:d1_name>>医生)
CC: 咳嗽 2 weeks after returning from <<LOCATION:abroad_city>> on <<DATE:odate_iso>>.
HPI: dry cough, low-grade fever 37.8, no haemoptysis. Colleague on the same trip also coughing. 否认结核接触史。
Exam: T 37.6, SpO2 97%, scattered wheeze.
Ix: CBC normal, CRP 18, Mycoplasma IgM (+), CXR: patchy infiltrate RLL.
Dx: Mycoplasma pneumonia (支原体肺炎).
Plan: azithromycin 500 mg qd x3d; review in 1 week (<<DATE:fdate_iso>>). Sick leave note for employer given.
Emergency contact: <<PERSON:r1_py>> ({r1_rel}), <<PHONE:r1_phone>>.
Signed: <<PERSON:d1_py>>, MD   签名：<<PERSON:d1_name>>""",
    ),
    "jz_record": (
        _Meta("CN", (25, 62), sex="M"),
        """<<ORG:h1>> 急诊病历
就诊时间：<<DATE:vdate_cn>> {vtime}  科别：急诊内科  急诊号：<<ID:p_rec>>  就诊卡号：<<ID:p_card>>
患者：<<PERSON:p_name>>，{p_sex}，<<AGE:p_age>>岁，住址：<<ADDRESS:p_addr>>
主诉：突发剧烈头痛伴呕吐1天。
现病史：患者昨日下午在工地搬运钢筋时突发剧烈头痛，呈“炸裂样”，伴喷射性呕吐3次，无发热，无肢体无力。工友<<PERSON:x1_name>>（电话<<PHONE:x1_phone>>）陪同先至<<ORG:clinic>>就诊，予布洛芬缓释胶囊0.3g口服无缓解，今晨转来我院。
既往史：高血压5年，未规律服药。吸烟20年，每日1包。
查体：BP 186/108mmHg，神清，GCS 15分，颈抵抗（+），克氏征（+），布氏征（-），双侧瞳孔等大等圆，对光反射灵敏，四肢肌力5级，病理征未引出。
辅助检查：头颅CT（检查号<<ID:acc>>）示蛛网膜下腔出血，改良Fisher分级3级；Hunt-Hess分级Ⅱ级。
初步诊断：1.自发性蛛网膜下腔出血（I60.9）；2.高血压3级（很高危）
处理：绝对卧床，尼莫地平泵入，控制血压；请神经外科<<PERSON:d2_call>>主任会诊，建议急诊CTA。已向患者{r1_rel}<<PERSON:r1_name>>（<<PHONE:r1_phone>>）交代病情，签字同意。
医师签名：<<PERSON:d1_name>>   上级医师：<<PERSON:d3_name>>""",
    ),
    "jz_triage": (
        _Meta("CN", (50, 102), 0.4),
        """<<ORG:h1>> 急诊预检分诊单
分诊时间：<<DATE:vdate_iso>> {vtime}    急诊号：<<ID:p_rec>>    分诊护士：<<PERSON:n1_name>>
姓名：<<PERSON:p_name>>  性别：{p_sex}  年龄：<<AGE:p_age>>岁  出生日期：<<DATE:p_dob_cn>>
身份证号：<<ID:p_rid>>   联系电话：<<PHONE:p_phone>>
来院方式：120救护车（<<ORG:jjzx>>）   陪同人：<<PERSON:r2_name>>（{r2_rel}） <<PHONE:r2_phone>>
主诉：突发胸闷气促2小时，伴大汗。
生命体征：T 36.8℃  P 118次/分  R 28次/分  BP 86/52mmHg  SpO2 89%（未吸氧）  GCS 15分  指尖血糖11.2mmol/L
疼痛评分（NRS）5分   跌倒风险（Morse）55分
分级：Ⅰ级（濒危）→ 抢救室{bed}床
既往史：高血压20年，冠心病PCI术后（<<DATE:odate_cn>>于<<ORG:h2>>），2型糖尿病。否认药物过敏。
已通知：急诊科<<PERSON:d1_call>>医生{vtime2}到场；心内科二线<<PERSON:d2_name>>（手机<<PHONE:d2_phone>>）。
护士签名：<<PERSON:n2_name>>  {vtime3}""",
    ),
    "minority_bilingual_visit": (
        _Meta("CN", (30, 95), 0.15, minority=True),
        """<<ORG:h1>> 门诊病历（双语就诊）
门诊号：<<ID:p_rec>>  就诊日期：<<DATE:vdate_cn>>
姓名：<<PERSON:p_name>>  民族：{p_ethnic}  性别：{p_sex}  年龄：<<AGE:p_age>>岁
身份证号：<<ID:p_rid>>  电话：<<PHONE:p_phone>>
住址：<<ADDRESS:p_addr>>
语言：患者不通汉语，由{r2_rel}<<PERSON:r2_name>>担任{lang_cn}翻译；医院志愿者<<PERSON:x1_name>>在场。
主诉：双下肢水肿1月。
现病史：患者长居<<LOCATION:loc_county>>{area}，1月前出现双下肢凹陷性水肿，活动后气促，夜间不能平卧。曾在<<ORG:town_clinic>>予氢氯噻嗪治疗，效果欠佳。平素饮食偏咸。
查体：BP 168/98mmHg，颈静脉怒张，双肺底湿啰音，肝颈静脉回流征阳性，双下肢Ⅱ度凹陷性水肿。
辅助检查：Hb 168g/L，NT-proBNP 4200pg/ml；心超：右心扩大，肺动脉收缩压68mmHg。
诊断：慢性心力衰竭急性加重；肺动脉高压；高血压3级。
医嘱：呋塞米20mg qd，螺内酯20mg qd，低盐饮食。复诊请联系<<PERSON:d1_call>>医生助理<<PERSON:x2_name>>，电话<<PHONE:clinic_phone>>。
医生：<<PERSON:d1_name>>""",
    ),
    "obs_ward_csv": (
        _Meta("CN", (18, 99), 0.25),
        """# <<ORG:h1>>急诊留观患者一览 导出时间 <<DATE:vdate_iso>> {vtime} 导出人 <<PERSON:n1_name>>
床号,姓名,性别,年龄,急诊号,入观时间,诊断,责任医生,联系人电话
{bed1},<<PERSON:o1_name>>,{o1_sex},<<AGE:o1_age>>,<<ID:o1_rec>>,<<DATE:o1_date>> {t1},社区获得性肺炎,<<PERSON:d1_name>>,<<PHONE:o1_r_phone>>
{bed2},<<PERSON:p_name>>,{p_sex},<<AGE:p_age>>,<<ID:p_rec>>,<<DATE:vdate_iso>> {t2},急性胰腺炎（BISAP 2分）,<<PERSON:d2_name>>,<<PHONE:r1_phone>>
{bed3},<<PERSON:o2_name>>,{o2_sex},<<AGE:o2_age>>,<<ID:o2_rec>>,<<DATE:o2_date>> {t3},心衰急性加重,<<PERSON:d1_name>>,<<PHONE:o2_r_phone>>
{bed4},<<PERSON:o3_name>>,{o3_sex},<<AGE:o3_age>>,<<ID:o3_rec>>,<<DATE:o3_date>> {t4},低钾血症（K 2.7）,<<PERSON:d2_name>>,<<PHONE:o3_r_phone>>
# 备注：{bed2}家属<<PERSON:r1_name>>要求病情变化随时电话告知；{bed4}已请肾内科<<PERSON:d3_call>>医生会诊""",
    ),
    "occupational_injury": (
        _Meta("CN", (20, 60), sex="M"),
        """<<ORG:h1>> 职业病与工伤门诊
就诊日期：<<DATE:vdate_cn>>  门诊号：<<ID:p_rec>>  社保卡号：<<ID:p_sb>>
姓名：<<PERSON:p_name>>  性别：男  年龄：<<AGE:p_age>>岁  身份证号：<<ID:p_rid>>  手机：<<PHONE:p_phone>>
用人单位：<<ORG:employer>>（安全员<<PERSON:x1_name>>，<<PHONE:x1_phone>>）  工种：冲压工  工龄{tenure}年
受伤经过：<<DATE:odate_cn>> {vtime_prev}在车间操作冲床时右手被压伤，由工友小<<PERSON:x2_call>>送至<<ORG:clinic>>简单包扎后转来。
查体：右手示指、中指末节毁损，甲床缺失，指骨外露。
诊断：右手示、中指末节离断伤（S68.1）。
处理：清创、残端修整术；破伤风抗毒素1500U皮试阴性后肌注。
工伤认定：单位已于<<DATE:between_cn>>向<<ORG:hrsb>>提交申请，受理编号<<ID:claim>>。劳动能力鉴定待治疗终结后申请。
职业危害因素：车间噪声92 dB(A)，建议纯音测听。
医师：<<PERSON:d1_name>>（执业证书编码<<ID:d1_lic>>）""",
    ),
    "outpatient_gi": (
        _Meta("CN", (18, 85)),
        """<<ORG:h1>> 门诊病历        门诊号：<<ID:p_rec>>
姓名：<<PERSON:p_name>>  性别：{p_sex}  年龄：<<AGE:p_age>>岁  科室：消化内科  就诊日期：<<DATE:vdate_slash>>
医保类型：城镇职工  医保卡号：<<ID:p_yb>>  联系电话：<<PHONE:p_phone_sp>>
主诉：反复上腹痛3月，加重1周。
现病史：3月前在<<LOCATION:loc_city2>>出差期间出现上腹隐痛，餐后加重，伴反酸。自服奥美拉唑（剂量不详）可缓解。1周前饮酒后加重，黑便1次。{r1_rel}<<PERSON:r1_name>>有胃癌家族史（其父）。
既往史：否认肝炎、结核。长期服用阿司匹林100mg qd（冠心病）。
查体：腹软，剑突下压痛，无反跳痛，Murphy征阴性。
辅助检查：Hb 112g/L，大便隐血（+），C13呼气试验阳性。
诊断：上腹痛待查：消化性溃疡？幽门螺杆菌感染。
处理：1.预约胃镜（<<DATE:fdate_md>>，预约号<<ID:appt>>）；2.雷贝拉唑20mg bid；3.与心内科<<PERSON:d2_name>>医生沟通阿司匹林是否暂停。
医师：<<PERSON:d1_name>>""",
    ),
    "phone_followup": (
        _Meta("CN", (30, 90)),
        """出院患者电话随访记录
随访日期：<<DATE:vdate_slash>>  随访护士：<<PERSON:n1_name>>  随访电话：<<PHONE:p_phone_sp>>（本人）/<<PHONE:r1_phone>>（{r1_rel}）
患者：<<PERSON:p_name>>  住院号：<<ID:p_zyh>>  出院日期：<<DATE:odate_cn>>  出院诊断：腹腔镜胆囊切除术后
随访内容：第一次拨打无人接听，{t2}再次拨打，由{r1_rel}<<PERSON:r1_call>>{r1_honor}接听后转交患者本人。患者诉切口愈合好，无发热、腹痛、黄疸，饮食已恢复。
提醒：<<DATE:fdate_md>>到<<ORG:h1>>肝胆外科<<PERSON:d1_call>>主任门诊复查（预约号<<ID:appt>>）；病理报告（病理号<<ID:path_no>>）已出，为慢性胆囊炎。
满意度：非常满意。患者表扬护士<<PERSON:n2_name>>和<<PERSON:n3_call>>护士长。医院总机<<PHONE:h1_phone_x>>。""",
    ),
    "preop_anesthesia": (
        _Meta("CN", (60, 101), 0.3),
        """<<ORG:h1>> 麻醉科 术前访视评估记录
住院号：<<ID:p_zyh>>  病案号：<<ID:p_rec>>  床号：{bed}床  病区：骨科二病区
姓名：<<PERSON:p_name>>  性别：{p_sex}  年龄：<<AGE:p_age>>岁  体重：52kg
拟行手术：右股骨颈骨折人工股骨头置换术  拟手术日期：<<DATE:fdate_cn>>  手术医生：<<PERSON:d1_name>>主任
既往史：高血压、2型糖尿病、慢阻肺；<<DATE:odate_cn>>因脑梗死在<<ORG:h2>>住院。
体格检查：神清，Mallampati分级Ⅲ级，张口度3横指，甲颏距离6cm。心率82次/分，律齐。双肺呼吸音粗，少许干啰音。
辅助检查：Hb 98g/L，PLT 168×10^9/L，INR 1.08，BNP 420pg/ml；ECG窦律，ST-T改变；心超EF 55%；血气PaO2 68mmHg。
ASA分级：Ⅲ级  NYHA心功能Ⅱ级  Caprini评分7分（极高危）  改良心脏风险指数（Lee）2分
麻醉计划：腰硬联合麻醉+髂筋膜阻滞+镇静，备全麻。
告知对象：{r2_rel}<<PERSON:r2_name>>（身份证号<<ID:r2_rid>>，电话<<PHONE:r2_phone>>），已签署麻醉知情同意书。
麻醉医师：<<PERSON:d2_name>>   访视时间：<<DATE:vdate_iso>> {vtime}""",
    ),
    "prehospital_120": (
        _Meta("CN", (60, 100), 0.45),
        """<<ORG:jjzx>> 院前医疗急救病历
任务单号：<<ID:task_no>>   车组：{unit}   受理时间：<<DATE:vdate_iso>> {vtime}   到达现场：{vtime2}
呼救电话：<<PHONE:r2_phone>>（呼救人：<<PERSON:r2_name>>，患者{r2_rel}）
现场地址：<<ADDRESS:p_addr>>（<<LOCATION:landmark>>旁，3楼无电梯）
患者：<<PERSON:p_name>>  {p_sex}  <<AGE:p_age_cn>>岁（家属代述）  身份证号：<<ID:p_rid>>
主诉（家属代诉）：被发现倒地、呼之不应约30分钟。
现场情况：患者侧卧于卫生间地面，口角少量呕吐物，右侧肢体无自主活动。既往房颤服华法林，帕金森病服多巴丝肼。独居，{r2_rel}每日下午探视。
查体：GCS 8分（E2V2M4），双瞳孔不等大（左3mm/右2mm），BP 196/110mmHg，HR 102次/分（房颤律），SpO2 91%，血糖8.6mmol/L。FAST阳性。
处置：清理气道，侧卧位，鼻导管吸氧5L/min，心电监护，建立静脉通道，电话预警卒中中心。
送达：<<ORG:h1>>急诊卒中绿色通道，{vtime3}与<<PERSON:d1_name>>医生交接。
随车医生：<<PERSON:d2_name>>   护士：<<PERSON:n1_name>>   驾驶员：<<PERSON:x1_call>>师傅""",
    ),
    "referral_two_way": (
        _Meta("CN", (30, 90)),
        """双向转诊（转出）单                         编号：<<ID:ref_no>>
患者姓名：<<PERSON:p_name>>  性别：{p_sex}  年龄：<<AGE:p_age>>  家庭住址：<<ADDRESS:p_addr>>  联系电话：<<PHONE:p_phone>>
因病情需要，现转入<<ORG:h1>>心内科<<PERSON:d2_name>>医生处诊治。
初步印象：不稳定型心绞痛？
主要现病史（转出原因）：反复活动后胸闷1月，近3天静息时发作，每次约10分钟，含服硝酸甘油可缓解。社区心电图示V1-V4导联ST段压低0.1mV。
主要既往史：高血压、高脂血症。
治疗经过：阿司匹林300mg嚼服，阿托伐他汀40mg。
转出单位：<<ORG:sq>>（盖章）  转诊医生（签字）：<<PERSON:d1_name>>  联系电话：<<PHONE:sq_phone>>
<<DATE:vdate_cn>>
----------------------------------------（存根）
患者<<PERSON:p_name>>于<<DATE:vdate_md>>因“不稳定型心绞痛？”转入<<ORG:h1>>，转诊医生<<PERSON:d1_call>>医生，陪同家属<<PERSON:r2_name>>。""",
    ),
    "school_infirmary": (
        _Meta("CN", (7, 17)),
        """<<ORG:school>> 校医室就诊登记
日期：<<DATE:vdate_md>>  时间：{vtime}
学生：<<PERSON:p_name>>  班级：{grade_cn}  学号：<<ID:student_id>>  班主任：<<PERSON:x1_call>>老师
主诉：体育课800米跑后头晕、恶心，面色苍白。
处理：平卧休息，BP 92/58mmHg，HR 110次/分，指尖血糖3.6mmol/L，予葡萄糖水口服；20分钟后复测血糖5.2mmol/L，症状缓解。
既往：自述未吃早餐。无哮喘、心脏病史。青霉素过敏。
联系家长：{vtime2}电话联系母亲<<PERSON:r1_name>>（<<PHONE:r1_phone>>）未接；联系父亲<<PERSON:r2_call>>先生（<<PHONE:r2_phone_dash>>），称{vtime3}来校接回。
家长到校签字：<<PERSON:r2_name>>
备注：同班同学<<PERSON:x2_name>>陪同送来；体育老师小<<PERSON:x3_call>>已知情。家长说孩子小名“<<PERSON:p_xiaoming>>”，在家也容易低血糖，建议去<<ORG:h1>>儿科查一下。
校医：<<PERSON:n1_name>>""",
    ),
    "sms_screenshot_paste": (
        _Meta("CN", (45, 85), sex="F"),
        """门诊随访附件：患者提供的短信截图文字（<<DATE:vdate_iso>>，记录：<<PERSON:n1_name>>）
【<<ORG:h1>>】尊敬的<<PERSON:p_name>>您好，您预约的<<DATE:fdate_cn>> 08:30呼吸内科<<PERSON:d1_name>>副主任医师门诊（就诊序号12）已成功，就诊卡号<<ID:p_card>>。如需取消请提前1天拨打<<PHONE:h1_phone>>或登录<<URL:booking_url>>。
【<<ORG:h1>>】<<PERSON:p_call>>{p_honor}，您<<DATE:odate4_md>>的检验报告（血常规、CRP）已出，请在医院公众号查看。
【<<ORG:pharm>>】您登记的慢病用药（沙美特罗替卡松粉吸入剂50/250μg）即将用完，会员号<<ID:member_no>>，店长<<PERSON:x1_name>> <<PHONE:x1_phone>>。
<<PHONE:r2_phone>>：妈，医院说下周三复查肺功能，我请好假了陪你去。——<<PERSON:r2_ming>>""",
    ),
    "std_clinic_partner": (
        _Meta("CN", (18, 55)),
        """<<ORG:h1>> 皮肤性病科 性病门诊病历（保密）
门诊号：<<ID:p_rec>>  就诊日期：<<DATE:vdate_slash>>
姓名：<<PERSON:p_name>>  性别：{p_sex}  年龄：<<AGE:p_age>>  联系方式：<<PHONE:p_phone>>（仅短信）  身份证号：<<ID:p_rid>>
主诉：尿道口/阴道分泌物增多伴尿痛4天。
性接触史：发病前5天有非婚性接触。固定性伴：<<PERSON:r1_name>>（配偶）。非固定性伴1人，仅知姓<<PERSON:r3_call>>，微信号<<ID:r3_wx>>。
查体：尿道口红肿，见黄白色脓性分泌物。腹股沟淋巴结未触及肿大。
检查：分泌物涂片革兰染色见细胞内革兰阴性双球菌；淋球菌培养（标本号<<ID:lab_no>>）；TPPA、RPR、HIV抗体已送检。
诊断：淋菌性尿道炎（A54.0）。
治疗：头孢曲松1g肌注单次；多西环素100mg bid×7天。
性伴通知：发放性伴告知卡2张（编号<<ID:card1>>、<<ID:card2>>）；患者同意由性伴通知专员<<PERSON:x1_name>>（工作电话<<PHONE:x1_phone>>）协助通知配偶。
疫情报告：已网络直报。复诊：<<DATE:fdate_md>>。
医师：<<PERSON:d1_name>>""",
    ),
    "vaccination_record": (
        _Meta("CN", (1, 2)),
        """<<ORG:vacc_clinic>> 儿童预防接种记录（电子档案打印）
儿童姓名：<<PERSON:p_name>>（乳名：<<PERSON:p_xiaoming>>）  性别：{p_sex}  出生日期：<<DATE:p_dob_cn>>  接种证号：<<ID:vacc_no>>
母亲：<<PERSON:r1_name>>  电话：<<PHONE:r1_phone>>    父亲：<<PERSON:r2_name>>  电话：<<PHONE:r2_phone>>
家庭住址：<<ADDRESS:p_addr>>
| 疫苗名称 | 剂次 | 接种日期 | 批号 | 接种部位 | 接种人员 |
| 乙肝疫苗 | 3 | <<DATE:vd1>> | {lot1} | 右上臂 | <<PERSON:n1_name>> |
| 脊灰灭活疫苗 | 2 | <<DATE:vd2>> | {lot2} | 左大腿前外侧 | <<PERSON:n2_name>> |
| 百白破疫苗 | 3 | <<DATE:vd3>> | {lot3} | 右上臂 | <<PERSON:n1_name>> |
| 麻腮风疫苗 | 1 | <<DATE:vd4>> | {lot4} | 右上臂 | <<PERSON:n2_name>> |
下次预约：<<DATE:fdate_cn>>（乙脑减毒活疫苗第1剂）
不良反应记录：<<DATE:vd3>>接种百白破后低热37.8℃，24小时内自行消退（{r1_rel}电话告知，接听人<<PERSON:n3_name>>）。""",
    ),
    "wechat_family_group": (
        _Meta("CN", (65, 100), 0.45, sex="M"),
        """（以下为家属微信群聊天记录文字，经家属<<PERSON:r2_name>>同意粘贴入病程记录，<<DATE:vdate_iso>>，记录人：<<PERSON:n1_name>>）
群聊：“爸爸住院沟通群”（4人）
<<PERSON:r2_ming>>：{t1} 今天主任查房说爸的肌酐又高了，要不要透析还要再看
<<PERSON:r3_name>>：{t2} 我明天从<<LOCATION:loc_city2>>赶回来，高铁<<DATE:vdate_next_md>>上午到
<<PERSON:n1_call>>护士：{t3} 家属好，明天上午10点<<PERSON:d1_call>>主任找家属谈话，请直系亲属到场，带上{p_ta}的身份证和医保卡。
<<PERSON:r2_ming>>：{t4} 收到，谢谢小<<PERSON:n1_call>>！身份证号先发一下：<<ID:p_rid>>
<<PERSON:r4_nick>>：{t5} 爷爷今天吃了半碗粥，血压135/80，说想回家
<<PERSON:r2_ming>>：{t6} 爸今年<<AGE:p_age>>了，能不透析就别透析吧，我们商量一下。有事打我电话<<PHONE:r2_phone>>""",
    ),
}


# ---------------------------------------------------------------------------------------------
# Public surface
# ---------------------------------------------------------------------------------------------
EN_BLIND11_TEMPLATES: Final[dict[str, str]] = {name: text for name, (_, text) in _EN.items()}
ZH_BLIND11_TEMPLATES: Final[dict[str, str]] = {name: text for name, (_, text) in _ZH.items()}


def generate_blind11(language: str, count: int) -> list[SynthNote]:
    """``count`` notes in ``language`` ("en" or "zh"), templates taken in sorted-name order, round robin."""
    if language == "en":
        table, build = _EN, _en_values
    elif language == "zh":
        table, build = _ZH, _zh_values
    else:
        raise ValueError(f"unsupported language {language!r}: blind11 has 'en' and 'zh'")
    names = sorted(table)
    notes: list[SynthNote] = []
    for index in range(count):
        name = names[index % len(names)]
        meta, template = table[name]
        rng = random.Random(f"{BLIND11_SEED}/{language}/{index}")
        values, known = build(rng, meta)
        text, spans = render(template, values, age_of=blind11_age_of)
        notes.append(
            SynthNote(
                note_id=f"blind11-{language}-{index + 1:04d}",
                split=BLIND11_SPLIT,
                language=language,
                template=name,
                text=text,
                spans=spans,
                known=tuple(known),
            )
        )
    return notes
