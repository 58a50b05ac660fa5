# ruff: noqa: E501
"""Blind evaluation set 20: surgery and the perioperative pathway (issue 4).

Theme: theatre lists and schedules, pre-op assessment clinics, anaesthetic charts, WHO surgical
safety checklists with the team's names, operation notes and dictated op reports, implant and
instrument tracking (lot, serial and tray numbers), recovery/PACU handovers, day-surgery discharge
calls, transplant coordination (donor and recipient codes), cell-salvage records, intra-operative
frozen sections and surgical complaints. English notes are set in the US, the UK, Australia,
Canada and Nigeria (the template name's prefix says which); Chinese notes in mainland China
(手术排班表、术前访视、麻醉记录单、手术安全核查、手术记录、植入物登记、器械包追溯、复苏室交接、
日间手术随访、器官移植协调、术中冰冻 ...).

Written blind: its author saw only the note format of ``synth.py`` (``GoldSpan``, ``SynthNote``,
``render``, ``cn_resident_id``), ``KnownIdentifier`` and the structure test, never the
de-identifier, its recognisers, word lists or scores. Do not tune the de-identifier against these
templates; they exist to measure it on text nobody tuned for.

Gold conventions (those of ``synth.py``): ``<<KIND:key>>`` is a gold span and ``{key}`` is filler.

* PERSON: every person's name in any form (patients, relatives, staff, other patients on a list):
  full names, first names, surnames, initials, nicknames, lower-case, ALL-CAPS, mis-typed and
  possessive forms (the ``'s`` stays outside). Titles and roles stay outside (Dr, Mr, Prof, RN,
  MD, CRNA, 医生, 护士, 主任, 老师, 阿姨). A 老/小 prefix of a surname (老王, 小李) stays outside and
  the surname alone is gold; a nickname built on a given-name character (小娟, 阿芳, 娟娟) is one
  span. Names written in pinyin are PERSON too.
* ID: record numbers, health/insurance numbers, staff, badge and licence numbers, case, claim,
  order, referral and reference numbers, specimen and accession numbers, implant lot and serial
  numbers, UDIs, tray and set barcodes, donor and recipient codes, 住院号/门诊号/床号/医保号/病案号.
  Each Chinese note's record holds exactly one 18-digit resident ID (the patient's).
* PHONE (phones, faxes, extensions and bleeps), EMAIL, URL, ADDRESS (street addresses),
  LOCATION (cities and towns; countries, states and provinces are not gold), ORG (named local
  hospitals, clinics and firms), DATE (any date with a day or a month; times, weekdays and bare
  years are not gold), AGE (only ages of 90 or more are gold; younger ages are rendered but not
  gold; ages may be digits, English words or Chinese numerals, read by ``blind20_age_of``).
* Drugs, doses, scores, lab values, eponyms (Pfannenstiel, Mayo, Foley) and national programmes are
  not gold.

``known`` holds what the patient's record holds: name, record number (and the resident ID for
Chinese notes), phone, address, birth date (ISO) and email.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from collections.abc import Callable
from typing import Final

from faker import Faker

from integration.deid.model import KnownIdentifier
from integration.deid.synth import SynthNote, cn_resident_id, render

__all__ = [
    "BLIND20_SEED",
    "BLIND20_SPLIT",
    "EN_BLIND20_TEMPLATES",
    "ZH_BLIND20_TEMPLATES",
    "blind20_age_of",
    "generate_blind20",
]

BLIND20_SEED: Final = 57204613
BLIND20_SPLIT: Final = "blind20"

# ---------------------------------------------------------------------------------------------
# Ages
# ---------------------------------------------------------------------------------------------
_EN_UNITS: Final[dict[str, int]] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "a": 1,
}  # fmt: skip
_EN_TENS: Final[dict[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_ZH_DIGITS: Final[dict[str, int]] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip


def blind20_age_of(value: str) -> int:
    """Read an age written in digits, English words or Chinese numerals ("93", "ninety-three", "九十三")."""
    text = value.strip().lower()
    digits = re.fullmatch(r"(\d{1,3})\s*(?:y|yo|yrs?|岁|周岁)?", text)
    if digits:
        return int(digits.group(1))
    if text and all(ch in _ZH_DIGITS or ch in "十百岁周" for ch in text):
        total = current = 0
        for ch in text:
            if ch in _ZH_DIGITS:
                current = _ZH_DIGITS[ch]
            elif ch == "十":
                total += (current or 1) * 10
                current = 0
            elif ch == "百":
                total += (current or 1) * 100
                current = 0
        return total + current
    words = [w for w in re.split(r"[\s\-]+", text) if w and w != "and"]
    if not words:
        raise ValueError("not an age")
    total = 0
    current = 0
    for word in words:
        if word in _EN_UNITS:
            current += _EN_UNITS[word]
        elif word in _EN_TENS:
            current += _EN_TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        else:
            raise ValueError("not an age")
    return total + current


def _en_words(n: int) -> str:
    units = [k for k, v in sorted(_EN_UNITS.items(), key=lambda kv: kv[1]) if k != "a"]
    tens = {v: k for k, v in _EN_TENS.items()}
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {_en_words(rest)}" if rest else "")
    if n < 20:
        return units[n]
    word = tens[n - n % 10]
    return word if n % 10 == 0 else f"{word}-{units[n % 10]}"


def _zh_number(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n >= 100:
        rest = n - 100
        if rest == 0:
            return "一百"
        if rest < 10:
            return "一百零" + digits[rest]
        tail = _zh_number(rest)
        return "一百" + ("一" + tail if rest < 20 else tail)
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")


def _clock(rng: random.Random) -> list[int]:
    """Eight increasing times of day (minutes after midnight), five minutes apart at least."""
    start = rng.randrange(7 * 60, 11 * 60, 5)
    times = [start]
    for _ in range(7):
        times.append(times[-1] + rng.choice((5, 10, 15, 20, 25, 35, 45, 60, 80)))
    return times


def _age(rng: random.Random, old_share: float = 0.3) -> int:
    return rng.randint(90, 104) if rng.random() < old_share else rng.randint(19, 89)


# ---------------------------------------------------------------------------------------------
# Faker (one instance per locale, re-seeded for each note)
# ---------------------------------------------------------------------------------------------
_FAKER_LOCALES: Final = (
    "en_US",
    "en_GB",
    "en_AU",
    "en_CA",
    "en_IN",
    "en_NG",
    "yo_NG",
    "ig_NG",
    "ha_NG",
    "en_PH",
    "zh_CN",
    "zh_TW",
)
_FAKERS: dict[str, Faker] = {}


def _seeded_fakers(seed: int) -> dict[str, Faker]:
    for index, locale in enumerate(_FAKER_LOCALES):
        if locale not in _FAKERS:
            _FAKERS[locale] = Faker(locale)
        _FAKERS[locale].seed_instance(seed + index)
    return _FAKERS


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and c.isalpha()).lower()


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------------------------------------
# English people, places and identifiers
# ---------------------------------------------------------------------------------------------
_EN_FIRST: Final = (
    "Adaeze", "Chinedu", "Oluwaseun", "Ngozi", "Emeka", "Funmilayo", "Babatunde", "Yetunde", "Ifeoma",
    "Chukwuemeka", "Kwame", "Abena", "Thandiwe", "Sipho", "Wanjiru", "Tendai", "Priya", "Arjun", "Lakshmi",
    "Venkatesh", "Harpreet", "Anjali", "Siddharth", "Farhan", "Nusrat", "Mei", "Hiroshi", "Yuki", "Minh",
    "Thi Lan", "Jae-won", "Seo-yeon", "Somchai", "Siti", "Rizal", "Maria José", "Alejandro", "Guadalupe",
    "Xiomara", "Joaquín", "Yusuf", "Fatima", "Omar", "Layla", "Khalid", "Noor", "Aleksandra", "Bogdan",
    "Zofia", "Dmitri", "Oksana", "Tomasz", "Sione", "Losa", "Mele", "Tane", "Aroha", "Wiremu", "Jarrah",
    "Kirra", "Hope", "Grace", "Rose", "Will", "Mark", "Bill", "Faith", "Sandy", "Joy", "Precious",
    "Blessing", "Godspower", "Goodluck", "Patience", "Favour", "Summer", "Ngaire", "Dawit", "Amara",
    "Bongani", "Esi", "Kofi", "Rangi", "Mateo", "Ximena", "Saoirse", "Siobhan", "Eilidh", "Niamh",
)  # fmt: skip
_EN_LAST: Final = (
    "Okafor", "Adeyemi", "Nwosu", "Balogun", "Eze", "Obi", "Mensah", "Dlamini", "Ndlovu", "Patel",
    "Sharma", "Iyer", "Reddy", "Chatterjee", "Krishnamurthy", "Singh", "Gill", "Rahman", "Chowdhury",
    "Nguyen", "Tran", "Pham", "Kim", "Park", "Tanaka", "Watanabe", "Chen", "Wong", "Lim", "Tan", "Santos",
    "dela Cruz", "de la Cruz", "García", "Hernández", "Ramírez", "Al-Hassan", "Haddad", "Mansour",
    "El-Sayed", "Kowalski", "Nowak", "Wiśniewski", "Petrov", "Ivanova", "Kovačević", "Tuilagi", "Fifita",
    "Taufa", "Ngata", "van der Merwe", "van den Berg", "O'Connor", "McAllister", "Smith-Okafor",
    "Fraser-Mensah", "Young", "Brown", "Bird", "Fox", "Hope", "Rose", "Banks", "Marsh", "Begum",
    "Oyelaran-Bakare", "ter Horst", "Da Silva", "di Stefano", "Abdi", "Haile", "Tesfaye", "Mwangi",
    "Ochieng", "Nakamura", "Takahashi", "Yilmaz", "Gonzaga", "Whitehorse", "Tjapaltjarri", "Bennelong",
    "Grace", "Sandy", "Will", "Love", "Day", "King", "Little",
)  # fmt: skip
_NICKNAMES: Final[dict[str, str]] = {
    "Chukwuemeka": "Emeka", "Babatunde": "Tunde", "Oluwaseun": "Seun", "Funmilayo": "Funmi", "Siddharth": "Sid",
    "Aleksandra": "Ola", "Alejandro": "Alex", "Guadalupe": "Lupe", "Will": "Willy", "Bill": "Billy",
    "Dmitri": "Dima", "Venkatesh": "Venky", "Ifeoma": "Ify", "Yetunde": "Tunde", "Rizal": "Riz",
}  # fmt: skip

_COUNTRY_LOCALES: Final[dict[str, tuple[str, ...]]] = {
    "us": ("en_US", "en_US", "en_PH", "en_IN"),
    "uk": ("en_GB", "en_GB", "en_IN"),
    "au": ("en_AU", "en_AU", "en_PH"),
    "ca": ("en_CA", "en_CA", "en_IN"),
    "ng": ("en_NG", "yo_NG", "ig_NG", "ha_NG"),
}
_CITIES: Final[dict[str, tuple[str, ...]]] = {
    "us": (
        "Baltimore",
        "Tucson",
        "Des Moines",
        "Fresno",
        "Toledo",
        "Spokane",
        "El Paso",
        "Lubbock",
        "Savannah",
        "Duluth",
        "Albuquerque",
        "Paterson",
    ),
    "uk": (
        "Leeds",
        "Swansea",
        "Derby",
        "Stockport",
        "Dundee",
        "Wolverhampton",
        "Truro",
        "Carlisle",
        "Ipswich",
        "Wrexham",
        "Luton",
        "Paisley",
    ),
    "au": (
        "Geelong",
        "Ballarat",
        "Townsville",
        "Wagga Wagga",
        "Toowoomba",
        "Launceston",
        "Bendigo",
        "Dubbo",
        "Mildura",
        "Alice Springs",
        "Cairns",
        "Bunbury",
    ),
    "ca": (
        "Hamilton",
        "Kelowna",
        "Saskatoon",
        "Moncton",
        "Sudbury",
        "Kamloops",
        "Red Deer",
        "Thunder Bay",
        "Lethbridge",
        "Sherbrooke",
        "Nanaimo",
        "Brandon",
    ),
    "ng": (
        "Ibadan",
        "Enugu",
        "Kano",
        "Port Harcourt",
        "Abeokuta",
        "Ilorin",
        "Benin City",
        "Owerri",
        "Jos",
        "Zaria",
        "Calabar",
        "Oshogbo",
    ),
}
_HOSPITAL_FORMS: Final[dict[str, tuple[str, ...]]] = {
    "us": (
        "{c} Memorial Hospital",
        "Mercy {c} Medical Center",
        "{c} Ambulatory Surgery Center",
        "St. Agnes Hospital of {c}",
        "{c} Regional Medical Center",
    ),
    "uk": (
        "{c} Royal Infirmary",
        "{c} General Hospital",
        "{c} Treatment Centre",
        "Royal {c} Hospital",
        "{c} Day Surgery Unit",
    ),
    "au": ("{c} Base Hospital", "{c} Private Hospital", "{c} Day Surgery", "St Vincent's {c}", "{c} Health Service"),
    "ca": (
        "{c} General Hospital",
        "{c} Health Sciences Centre",
        "St. Joseph's {c}",
        "{c} Regional Hospital",
        "{c} Surgical Centre",
    ),
    "ng": (
        "{c} State Teaching Hospital",
        "Federal Medical Centre {c}",
        "{c} Specialist Hospital",
        "St. Luke's Hospital {c}",
        "{c} General Hospital",
    ),
}
_HEALTH_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "us": ("Member ID", "Policy #", "Medicare MBI", "Ins ID"),
    "uk": ("NHS No", "NHS number", "NHS #"),
    "au": ("Medicare", "Medicare No.", "DVA file"),
    "ca": ("OHIP", "Health card", "HCN"),
    "ng": ("NHIS No", "HMO ID", "NHIA enrolee no."),
}
_LICENCE_LABELS: Final[dict[str, tuple[str, ...]]] = {
    "us": ("NPI", "NPI #", "Lic."),
    "uk": ("GMC", "GMC No.", "NMC PIN"),
    "au": ("AHPRA", "Prescriber No.", "AHPRA reg"),
    "ca": ("CPSO #", "CPSO", "Licence"),
    "ng": ("MDCN", "MDCN Folio", "NMCN Reg"),
}


def _en_person(rng: random.Random, fakers: dict[str, Faker], country: str) -> tuple[str, str]:
    if rng.random() < 0.55:
        return rng.choice(_EN_FIRST), rng.choice(_EN_LAST)
    fk = fakers[rng.choice(_COUNTRY_LOCALES[country])]
    first, last = fk.first_name(), fk.last_name()
    if rng.random() < 0.1:
        last = f"{last}-{rng.choice(_EN_LAST)}"
    return first, last


def _initials(first: str, last: str, dotted: bool) -> str:
    parts = [p for p in re.split(r"[\s\-]+", f"{first} {last}") if p and p[0].isupper()]
    letters = [p[0] for p in parts] or [first[0].upper()]
    return "".join(f"{c}." for c in letters) if dotted else "".join(letters)


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 4 or not word.isalpha():
        return word + word[-1]
    i = rng.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _en_date(rng: random.Random, day: dt.date, country: str) -> str:
    forms: tuple[str, ...]
    if country == "us":
        forms = ("%m/%d/%Y", "%B %-d, %Y", "%-m/%-d/%y", "%d-%b-%Y", "%b %-d", "%Y-%m-%d")
    else:
        forms = ("%d/%m/%Y", "%-d %B %Y", "%-d %b %y", "%d.%m.%y", "%Y-%m-%d", "%-d/%-m", "%d-%b-%Y")
    text = day.strftime(rng.choice(forms))
    if rng.random() < 0.08 and country != "us":
        suffix = "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
        text = f"{day.day}{suffix} {day:%B}"
    return text


def _en_phone(rng: random.Random, country: str, kind: str = "any") -> str:
    d = _digits
    if country in ("us", "ca"):
        area = rng.choice(
            ("410", "520", "515", "559", "419", "509", "915", "806", "912", "218", "505", "973")
            if country == "us"
            else ("905", "250", "306", "506", "705", "403", "807", "819", "204")
        )
        body = f"{rng.randint(200, 989)}"
        last = d(rng, 4)
        forms = (
            f"({area}) {body}-{last}",
            f"{area}-{body}-{last}",
            f"{area}.{body}.{last}",
            f"+1 {area} {body} {last}",
            f"1-{area}-{body}-{last}",
            f"{area}{body}{last}",
        )
        text = rng.choice(forms)
        if kind == "desk" and rng.random() < 0.5:
            text += rng.choice((" x", " ext. ", " ext ", ",,")) + d(rng, 4)
        return text
    if country == "uk":
        if kind == "mobile" or (kind == "any" and rng.random() < 0.4):
            n = "07" + d(rng, 3) + d(rng, 6)
            return rng.choice((f"{n[:5]} {n[5:]}", f"+44 {n[1:5]} {n[5:]}", f"{n[:5]} {n[5:8]} {n[8:]}", n))
        code = rng.choice(("0113", "01792", "01332", "0161", "01382", "01902", "020"))
        rest = d(rng, 11 - len(code))
        text = rng.choice(
            (f"{code} {rest}", f"({code}) {rest[:3]} {rest[3:]}", f"+44 (0){code[1:]} {rest}", f"{code}-{rest}")
        )
        if kind == "desk" and rng.random() < 0.4:
            text += rng.choice((" ext ", " x", " (ext. ")) + d(rng, 4)
            if "(ext" in text:
                text += ")"
        return text
    if country == "au":
        if kind == "mobile" or (kind == "any" and rng.random() < 0.4):
            n = "04" + d(rng, 8)
            return rng.choice(
                (f"{n[:4]} {n[4:7]} {n[7:]}", f"+61 {n[1:4]} {n[4:7]} {n[7:]}", n, f"{n[:4]}-{n[4:7]}-{n[7:]}")
            )
        area = rng.choice(("02", "03", "07", "08"))
        rest = d(rng, 8)
        return rng.choice(
            (
                f"({area}) {rest[:4]} {rest[4:]}",
                f"{area} {rest[:4]} {rest[4:]}",
                f"+61 {area[1]} {rest[:4]} {rest[4:]}",
                f"{area}{rest}",
            )
        )
    # Nigeria
    if kind == "mobile" or (kind == "any" and rng.random() < 0.6):
        pre = rng.choice(("0803", "0806", "0813", "0703", "0705", "0812", "0908", "0816"))
        rest = d(rng, 7)
        return rng.choice(
            (
                f"{pre} {rest[:3]} {rest[3:]}",
                f"+234 {pre[1:]} {rest[:3]} {rest[3:]}",
                f"{pre}{rest}",
                f"+234-{pre[1:]}-{rest}",
                f"{pre}-{rest[:3]}-{rest[3:]}",
            )
        )
    area = rng.choice(("01", "02", "09", "042", "084"))
    return rng.choice((f"{area}-{d(rng, 7)}", f"+234 {area[1:]} {d(rng, 3)} {d(rng, 4)}", f"({area}) {d(rng, 7)}"))


def _en_address(rng: random.Random, fakers: dict[str, Faker], country: str, city: str) -> str:
    if country == "ng":
        street = rng.choice(
            (
                "Awolowo Road",
                "Ogui Road",
                "Bompai Road",
                "Aba Road",
                "Ring Road",
                "Ahmadu Bello Way",
                "Ikwerre Road",
                "Wetheral Road",
            )
        )
        return rng.choice(
            (
                f"{rng.randint(1, 120)} {street}, {city}",
                f"Plot {rng.randint(2, 900)}, {street}, {city}",
                f"No. {rng.randint(1, 60)}, {street}, off {rng.choice(('Oba Adebimpe Road', 'Zik Avenue', 'Murtala Mohammed Way'))}, {city}",
            )
        )
    locale = {"us": "en_US", "uk": "en_GB", "au": "en_AU", "ca": "en_CA"}[country]
    return fakers[locale].address().replace("\n", ", ")


def _health_number(rng: random.Random, country: str) -> str:
    if country == "uk":
        while True:
            body = [rng.randint(0, 9) for _ in range(9)]
            check = 11 - sum(d * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
            if check == 11:
                check = 0
            if check != 10:
                n = "".join(map(str, body)) + str(check)
                return rng.choice((f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"))
    if country == "au":
        n = str(rng.randint(2, 6)) + _digits(rng, 9)
        return rng.choice((f"{n[:4]} {n[4:9]} {n[9]}", f"{n}-{rng.randint(1, 5)}", n))
    if country == "ca":
        n = _digits(rng, 10)
        return rng.choice(
            (f"{n[:4]}-{n[4:7]}-{n[7:]}-{_letters(rng, 2)}", f"{n[:4]} {n[4:7]} {n[7:]} {_letters(rng, 2)}", n)
        )
    if country == "ng":
        return rng.choice(
            (
                f"NHIS/{rng.choice(('LAG', 'OYO', 'ENU', 'KAN', 'RIV'))}/{rng.randint(2012, 2023)}/{_digits(rng, 6)}",
                f"HYG-{_digits(rng, 7)}",
                f"{_letters(rng, 3)}{_digits(rng, 8)}",
            )
        )
    return rng.choice(
        (
            f"{rng.randint(1, 9)}{_letters(rng, 1)}{_letters(rng, 1, 'ACDEFGHJKMNPQRTUVWXY0123456789')}{rng.randint(0, 9)}-{_letters(rng, 2)}{rng.randint(0, 9)}-{_letters(rng, 2)}{_digits(rng, 2)}",
            f"{_letters(rng, 3)}{_digits(rng, 9)}",
            f"W{_digits(rng, 9)}",
        )
    )


def _licence(rng: random.Random, country: str) -> str:
    return {
        "us": lambda: rng.choice(("1", "2")) + _digits(rng, 9),
        "uk": lambda: rng.choice(
            (_digits(rng, 7), f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 4)}{_letters(rng, 1)}")
        ),
        "au": lambda: rng.choice((f"MED000{_digits(rng, 7)}", f"NMW000{_digits(rng, 7)}", _digits(rng, 7))),
        "ca": lambda: _digits(rng, rng.choice((5, 6))),
        "ng": lambda: rng.choice((f"MDCN/R/{_digits(rng, 5)}", f"{_digits(rng, 5)}", f"RN{_digits(rng, 6)}")),
    }[country]()


def _en_mrn(rng: random.Random, country: str) -> str:
    return {
        "us": lambda: rng.choice(
            (_digits(rng, 8), f"E{_digits(rng, 8)}", f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}")
        ),
        "uk": lambda: rng.choice(
            (f"{_letters(rng, 1)}{_digits(rng, 6)}", f"RX{_digits(rng, 7)}", f"{_digits(rng, 7)}{_letters(rng, 1)}")
        ),
        "au": lambda: rng.choice((f"UR{_digits(rng, 6)}", _digits(rng, 7), f"{_digits(rng, 3)} {_digits(rng, 3)}")),
        "ca": lambda: rng.choice((f"H{_digits(rng, 8)}", f"{_digits(rng, 2)}-{_digits(rng, 6)}", _digits(rng, 7))),
        "ng": lambda: rng.choice(
            (
                f"{rng.choice(('UCH', 'UNTH', 'AKTH', 'UPTH', 'FMCA'))}/{_digits(rng, 2)}/{_digits(rng, 5)}",
                _digits(rng, 6),
                f"{_digits(rng, 4)}-{_digits(rng, 2)}",
            )
        ),
    }[country]()


def _en_values(
    rng: random.Random, fakers: dict[str, Faker], country: str
) -> tuple[dict[str, str], list[KnownIdentifier]]:
    v: dict[str, str] = {}
    first, last = _en_person(rng, fakers, country)
    v["pt"] = f"{first} {last}"
    v["pt_f"] = first
    v["pt_l"] = last
    v["pt_lf"] = f"{last.upper()}, {first}"
    v["pt_up"] = f"{first} {last}".upper()
    v["pt_lup"] = last.upper()
    v["pt_low"] = f"{first} {last}".lower()
    v["pt_ini"] = _initials(first, last, rng.random() < 0.5)
    v["pt_typo"] = _typo(rng, last)
    v["pt_nick"] = _NICKNAMES.get(first, first.split()[0] if " " in first else first)
    for n in range(1, 11):
        sf, sl = _en_person(rng, fakers, country)
        key = f"s{n}"
        v[key] = f"{sf} {sl}"
        v[f"{key}_f"] = sf
        v[f"{key}_l"] = sl
        v[f"{key}_i"] = _initials(sf, sl, False)
        v[f"{key}_fl"] = f"{sf[0]}. {sl}"
        v[f"{key}_up"] = sl.upper()
        v[f"{key}_low"] = sf.lower()
    for n in range(1, 3):
        rf, rl = _en_person(rng, fakers, country)
        if rng.random() < 0.5:
            rl = last
        v[f"r{n}"] = f"{rf} {rl}"
        v[f"r{n}_f"] = rf
        v[f"rel{n}"] = rng.choice(
            ("wife", "husband", "daughter", "son", "partner", "niece", "brother", "sister", "carer", "grandson")
        )
    for n in range(1, 5):
        of, ol = _en_person(rng, fakers, country)
        v[f"o{n}"] = rng.choice((f"{ol.upper()}, {of}", f"{of} {ol}", f"{ol}, {of[0]}."))
        v[f"o{n}_id"] = _en_mrn(rng, country)
        v[f"o{n}_age"] = str(rng.randint(19, 88))
        v[f"o{n}_proc"] = rng.choice(_PROCEDURES)
    age = _age(rng)
    v["age"] = str(age)
    v["age_w"] = _en_words(age)
    today = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(700))
    birth = today - dt.timedelta(days=age * 365 + rng.randrange(365))
    v["dob"] = _en_date(rng, birth, country)
    offsets = {
        "d_pre": -rng.randint(3, 30),
        "d_op": 0,
        "d_adm": -rng.randint(0, 1),
        "d_dc": rng.randint(0, 6),
        "d_fu": rng.randint(7, 60),
        "d_ref": -rng.randint(30, 120),
        "d_comp": rng.randint(20, 90),
        "d_exp": rng.randint(300, 1500),
        "d_mfg": -rng.randint(100, 600),
        "d_next": rng.randint(1, 14),
    }
    for key, delta in offsets.items():
        v[key] = _en_date(rng, today + dt.timedelta(days=delta), country)
    v["wd"] = (today + dt.timedelta(days=offsets["d_next"])).strftime("%A")
    v["op_wd"] = today.strftime("%A")
    cities = list(_CITIES[country])
    rng.shuffle(cities)
    v["city"], v["city2"], v["city3"] = cities[0], cities[1], cities[2]
    v["hosp"] = rng.choice(_HOSPITAL_FORMS[country]).format(c=cities[3])
    v["hosp2"] = rng.choice(_HOSPITAL_FORMS[country]).format(c=cities[4])
    v["firm"] = fakers[_COUNTRY_LOCALES[country][0]].company()
    v["firm2"] = (
        f"{fakers[_COUNTRY_LOCALES[country][-1]].last_name()} {rng.choice(('Medical Supplies', 'Surgical Ltd', 'Orthopaedics', 'Sterile Services', 'Couriers'))}"
    )
    v["addr"] = _en_address(rng, fakers, country, cities[0])
    v["mrn"] = _en_mrn(rng, country)
    v["hc"] = _health_number(rng, country)
    v["hc_lbl"] = rng.choice(_HEALTH_LABELS[country])
    v["lic"] = _licence(rng, country)
    v["lic2"] = _licence(rng, country)
    v["lic_lbl"] = rng.choice(_LICENCE_LABELS[country])
    yy = f"{today:%y}"
    v["case"] = rng.choice(
        (f"OR-{today:%Y}-{_digits(rng, 5)}", f"TH{yy}/{_digits(rng, 4)}", f"C{_digits(rng, 7)}", f"{_digits(rng, 6)}")
    )
    v["claim"] = rng.choice(
        (
            f"CLM-{_digits(rng, 9)}",
            f"{_letters(rng, 2)}{_digits(rng, 8)}",
            f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 3)}",
        )
    )
    v["order"] = rng.choice((f"ORD{_digits(rng, 8)}", f"{_digits(rng, 10)}", f"SO-{_digits(rng, 6)}"))
    v["referral"] = rng.choice(
        (f"REF-{yy}-{_digits(rng, 5)}", f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}", f"R{_digits(rng, 8)}")
    )
    v["ref"] = rng.choice(
        (
            f"{_letters(rng, 3)}-{_digits(rng, 6)}",
            f"{_digits(rng, 8)}",
            f"{_letters(rng, 2)}{_digits(rng, 5)}{_letters(rng, 1)}",
        )
    )
    v["spec"] = rng.choice(
        (f"S{yy}-{_digits(rng, 5)}", f"FS{yy}-{_digits(rng, 4)}", f"{_letters(rng, 1)}{yy}.{_digits(rng, 5)}")
    )
    v["acc"] = rng.choice(
        (f"ACC{_digits(rng, 9)}", f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 6)}", f"A{_digits(rng, 7)}")
    )
    v["lot"] = rng.choice(
        (
            f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 4)}{_letters(rng, 1)}",
            _digits(rng, 7),
            f"{_letters(rng, 2)}{_digits(rng, 6)}",
            f"{_digits(rng, 7)}",
        )
    )
    v["lot2"] = rng.choice(
        (
            f"{_letters(rng, 1)}{_digits(rng, 6)}",
            f"{_digits(rng, 4)}-{_digits(rng, 4)}",
            f"{_digits(rng, 2)}{_letters(rng, 2)}{_digits(rng, 3)}",
        )
    )
    v["serial"] = rng.choice(
        (
            f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 7)}",
            f"SN{_digits(rng, 8)}",
            f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}",
        )
    )
    v["serial2"] = rng.choice(
        (
            f"{_digits(rng, 9)}",
            f"{_letters(rng, 2)}-{_digits(rng, 5)}",
            f"{_digits(rng, 4)}{_letters(rng, 2)}{_digits(rng, 2)}",
        )
    )
    v["udi"] = rng.choice(
        (
            f"(01){_digits(rng, 14)}(17){_digits(rng, 6)}(10){_letters(rng, 1)}{_digits(rng, 5)}",
            f"0{_digits(rng, 13)}",
            f"+H{_digits(rng, 3)}{_letters(rng, 4)}{_digits(rng, 4)}",
        )
    )
    v["tray"] = rng.choice(
        (
            f"TRAY-{rng.choice(('ORTH', 'LAP', 'MAJ', 'HIP', 'CAE', 'ENT'))}-{_digits(rng, 3)}",
            f"{rng.choice(('MAJGEN', 'LAPCHOLE', 'KNEE', 'MINOR'))}{_digits(rng, 2)}-{_digits(rng, 4)}",
            f"T{_digits(rng, 6)}",
        )
    )
    v["tray2"] = rng.choice(
        (f"{_digits(rng, 12)}", _digits(rng, 5), f"{rng.choice(('BASIC', 'HAND', 'SPINE'))}/{_digits(rng, 3)}")
    )
    v["donor"] = rng.choice(
        (f"{_letters(rng, 4)}{_digits(rng, 3)}", f"DN{_digits(rng, 6)}", f"{_letters(rng, 3)}{_digits(rng, 4)}")
    )
    v["recip"] = rng.choice(
        (f"{_digits(rng, 6)}", f"R-{_digits(rng, 7)}", f"WL{_digits(rng, 6)}", f"{_letters(rng, 2)}{_digits(rng, 5)}")
    )
    v["match"] = rng.choice((f"MR{_digits(rng, 8)}", f"{_digits(rng, 9)}", f"OFF-{_digits(rng, 6)}"))
    v["salv"] = rng.choice((f"CS-{yy}-{_digits(rng, 4)}", f"{_digits(rng, 6)}", f"CSR{_digits(rng, 5)}"))
    v["unit"] = rng.choice(
        (
            f"G{_digits(rng, 3)} {yy} {_digits(rng, 6)}",
            f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 7)}",
            f"W{_digits(rng, 12)}",
        )
    )
    v["incident"] = rng.choice(
        (f"INC-{_digits(rng, 6)}", f"W{_digits(rng, 6)}", f"{_digits(rng, 5)}", f"IR{yy}-{_digits(rng, 4)}")
    )
    v["comp"] = rng.choice(
        (
            f"COMP/{today:%Y}/{_digits(rng, 4)}",
            f"PALS-{_digits(rng, 5)}",
            f"{_letters(rng, 2)}{_digits(rng, 6)}",
            f"FB-{_digits(rng, 4)}",
        )
    )
    v["booking"] = rng.choice(
        (
            f"BK{_digits(rng, 7)}",
            f"{_letters(rng, 3)}{_digits(rng, 4)}",
            f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
        )
    )
    v["badge"] = rng.choice((f"{_digits(rng, 5)}", f"E{_digits(rng, 6)}", f"{_letters(rng, 2)}{_digits(rng, 4)}"))
    v["badge2"] = rng.choice((f"{_digits(rng, 6)}", f"S{_digits(rng, 5)}", f"{_digits(rng, 3)}{_letters(rng, 1)}"))
    v["ph"] = _en_phone(rng, country, "any")
    v["ph_mob"] = _en_phone(rng, country, "mobile")
    v["ph_r1"] = _en_phone(rng, country, "any")
    v["ph_desk"] = _en_phone(rng, country, "desk")
    v["ph_fax"] = _en_phone(rng, country, "landline")
    v["ph_coord"] = _en_phone(rng, country, "desk")
    v["bleep"] = rng.choice((_digits(rng, 4), _digits(rng, 3), _digits(rng, 4)))
    v["ph_intl"] = rng.choice(
        (
            "+44 20 7946 " + _digits(rng, 4),
            "+1 (416) 555-" + _digits(rng, 4),
            "+61 2 9" + _digits(rng, 3) + " " + _digits(rng, 4),
            "+234 809 " + _digits(rng, 3) + " " + _digits(rng, 4),
            "+91 98" + _digits(rng, 3) + " " + _digits(rng, 5),
        )
    )
    slug = _ascii(cities[3]) or "hospital"
    tld = {"us": "org", "uk": "nhs.uk", "au": "org.au", "ca": "ca", "ng": "com.ng"}[country]
    local = rng.choice(
        (
            f"{_ascii(first)}.{_ascii(last)}",
            f"{_ascii(first)[:1]}{_ascii(last)}{_digits(rng, 2)}",
            f"{_ascii(last)}_{_ascii(first)}",
            f"{_ascii(first)}{rng.randint(60, 99)}",
        )
    )
    v["email"] = (
        f"{local}@{rng.choice(('gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.co.uk', 'bigpond.com', 'icloud.com', 'yahoo.co.uk'))}"
    )
    v["email_s"] = f"{_ascii(v['s1_f'])[:1]}.{_ascii(v['s1_l'])}@{slug}health.{tld}"
    v["email_dept"] = (
        f"{rng.choice(('preop', 'theatres', 'daysurgery', 'pacu', 'transplant.office', 'complaints', 'implants'))}@{slug}health.{tld}"
    )
    v["email_r1"] = f"{_ascii(v['r1_f'])}{_digits(rng, 3)}@{rng.choice(('gmail.com', 'yahoo.com', 'mail.com'))}"
    v["url"] = rng.choice(
        (
            f"https://www.{slug}health.{tld}/surgery/preop?ref={v['booking']}",
            f"http://intranet.{slug}health.{tld}/theatres/list/{today:%Y%m%d}",
            f"https://portal.{slug}health.{tld}/patient/{_digits(rng, 7)}",
            f"www.{slug}health.{tld}/daysurgery-feedback",
        )
    )
    v["url2"] = rng.choice(
        (
            f"https://{slug}-implants.{tld}/track?sn={_digits(rng, 8)}",
            f"https://forms.{slug}health.{tld}/complaints/{_digits(rng, 5)}",
            f"https://teams.{slug}health.{tld}/meet/{_letters(rng, 6).lower()}{_digits(rng, 3)}",
        )
    )
    sep = rng.choice(":.")
    for n, minute in enumerate(_clock(rng), start=1):
        v[f"t{n}"] = f"{minute // 60:02d}{sep}{minute % 60:02d}"
    v["asa"] = rng.choice(("I", "II", "III", "IV", "2", "3", "1E", "3E"))
    v["bmi"] = f"{rng.uniform(18, 44):.1f}"
    v["ebl"] = str(rng.choice((20, 50, 100, 150, 250, 400, 600, 900)))
    v["hb"] = str(rng.randint(78, 156))
    v["proc"] = rng.choice(_PROCEDURES)
    v["proc2"] = rng.choice(_PROCEDURES)
    v["theatre"] = str(rng.randint(1, 14))
    v["bay"] = str(rng.randint(1, 12))
    v["size"] = rng.choice(("3", "4", "5", "52mm", "54mm", "size 6", "10.5 x 140"))
    v["cell_ml"] = str(rng.randint(150, 1400))
    v["cold"] = f"{rng.randint(3, 18)}h {rng.randint(0, 59)}m"
    known = [
        KnownIdentifier("PERSON", v["pt"]),
        KnownIdentifier("PERSON", first),
        KnownIdentifier("PERSON", last),
        KnownIdentifier("ID", v["mrn"]),
        KnownIdentifier("ID", v["hc"]),
        KnownIdentifier("PHONE", v["ph"]),
        KnownIdentifier("ADDRESS", v["addr"]),
        KnownIdentifier("DATE", birth.isoformat()),
        KnownIdentifier("EMAIL", v["email"]),
    ]
    return v, known


_PROCEDURES: Final = (
    "lap cholecystectomy", "right total hip arthroplasty", "left TKR", "inguinal hernia repair (mesh)",
    "ORIF left distal radius", "hysteroscopy + D&C", "TURP", "carpal tunnel release", "septoplasty",
    "EUA + haemorrhoidectomy", "laparoscopic appendicectomy", "cataract extraction + IOL", "tonsillectomy",
    "ACL reconstruction", "dynamic hip screw", "hemiarthroplasty", "wide local excision + SLNB",
    "laparotomy, small bowel resection", "thyroidectomy (total)", "ureteroscopy + stent", "TAH BSO",
    "deceased donor renal transplant", "arthroscopic menisectomy", "excision of lipoma back",
)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Chinese people, places and identifiers
# ---------------------------------------------------------------------------------------------
_ZH_SURNAMES_PY: Final[tuple[tuple[str, str], ...]] = (
    ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"),
    ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"),
    ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("高", "Gao"), ("林", "Lin"), ("罗", "Luo"), ("郑", "Zheng"),
    ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"), ("唐", "Tang"), ("金", "Jin"), ("文", "Wen"), ("叶", "Ye"),
    ("付", "Fu"), ("万", "Wan"), ("向", "Xiang"), ("钟", "Zhong"), ("白", "Bai"), ("石", "Shi"), ("田", "Tian"),
    ("欧阳", "Ouyang"), ("司马", "Sima"), ("诸葛", "Zhuge"), ("上官", "Shangguan"), ("东方", "Dongfang"),
    ("皇甫", "Huangfu"), ("慕容", "Murong"), ("令狐", "Linghu"), ("夏侯", "Xiahou"), ("尉迟", "Yuchi"),
)  # fmt: skip
_ZH_GIVEN_PY: Final[tuple[tuple[str, str], ...]] = (
    ("伟", "wei"), ("芳", "fang"), ("娟", "juan"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("强", "qiang"),
    ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("涛", "tao"),
    ("明", "ming"), ("超", "chao"), ("秀", "xiu"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"), ("桂", "gui"),
    ("英", "ying"), ("华", "hua"), ("建", "jian"), ("国", "guo"), ("安", "an"), ("春", "chun"), ("梅", "mei"),
    ("海", "hai"), ("燕", "yan"), ("婷", "ting"), ("雪", "xue"), ("晨", "chen"), ("宇", "yu"), ("欣", "xin"),
    ("怡", "yi"), ("浩", "hao"), ("然", "ran"), ("子", "zi"), ("涵", "han"), ("乐", "le"), ("文", "wen"),
    ("红", "hong"), ("兰", "lan"), ("东", "dong"), ("志", "zhi"), ("玲", "ling"), ("凤", "feng"), ("秋", "qiu"),
)  # fmt: skip
_ZH_WHOLE_GIVEN: Final[tuple[tuple[str, str], ...]] = (
    ("平安", "Ping'an"), ("建国", "Jianguo"), ("国庆", "Guoqing"), ("春花", "Chunhua"), ("婷婷", "Tingting"),
    ("乐乐", "Lele"), ("丹丹", "Dandan"), ("卫东", "Weidong"), ("红梅", "Hongmei"), ("招娣", "Zhaodi"),
    ("永福", "Yongfu"), ("淑珍", "Shuzhen"), ("德胜", "Desheng"), ("爱华", "Aihua"), ("向阳", "Xiangyang"),
    ("明明", "Mingming"), ("玉兰", "Yulan"), ("胜利", "Shengli"), ("海燕", "Haiyan"), ("文", "Wen"),
)  # fmt: skip
_ZH_EXTRA_NAMES: Final[tuple[tuple[str, str], ...]] = (
    ("欧阳", "晓峰"), ("司马", "静"), ("诸葛", "文亮"), ("上官", "婉"), ("东方", "明"), ("慕容", "雪"), ("金", "平安"),
    ("文", "丽"), ("高", "原"), ("常", "青"), ("安", "然"), ("艾", "买提"), ("马", "古丽"), ("司徒", "嘉欣"), ("端木", "蓉"),
    ("白", "玛"), ("扎西", "卓玛"), ("乌", "兰"), ("宁", "静"), ("尚", "武"), ("汪", "洋"), ("武", "功"),
)  # fmt: skip
_ZH_CITIES: Final = (
    "杭州", "宁波", "温州", "苏州", "无锡", "南通", "合肥", "芜湖", "长沙", "株洲", "郑州", "洛阳", "成都", "绵阳",
    "昆明", "大理", "济南", "青岛", "潍坊", "石家庄", "保定", "南昌", "赣州", "福州", "厦门", "泉州", "兰州",
    "贵阳", "遵义", "桂林", "柳州", "义乌", "慈溪", "昆山", "张家港", "徐州", "扬州", "绍兴", "台州", "襄阳",
)  # fmt: skip
_ZH_TOWNS: Final = ("乌镇", "周庄", "同里镇", "安吉县", "德清县", "桐庐县", "长兴县", "平遥县", "凤凰县", "婺源县")
_ZH_PROVINCES: Final = (
    "浙江省",
    "江苏省",
    "安徽省",
    "湖南省",
    "河南省",
    "四川省",
    "云南省",
    "山东省",
    "河北省",
    "江西省",
    "福建省",
    "甘肃省",
    "贵州省",
    "广西",
    "湖北省",
)
_ZH_ROADS: Final = (
    "解放路",
    "人民路",
    "中山北路",
    "建设大道",
    "文三路",
    "学院路",
    "延安西路",
    "和平街",
    "长江路",
    "滨江大道",
    "友谊路",
    "东风路",
)
_ZH_AREA_CODES: Final[dict[str, str]] = {
    "杭州": "0571", "宁波": "0574", "温州": "0577", "苏州": "0512", "无锡": "0510", "南通": "0513", "合肥": "0551",
    "长沙": "0731", "郑州": "0371", "成都": "028", "昆明": "0871", "济南": "0531", "青岛": "0532", "南昌": "0791",
    "福州": "0591", "厦门": "0592", "兰州": "0931", "贵阳": "0851", "桂林": "0773", "徐州": "0516",
}  # fmt: skip


def _zh_person(rng: random.Random, fakers: dict[str, Faker]) -> tuple[str, str]:
    roll = rng.random()
    if roll < 0.3:
        return rng.choice(_ZH_EXTRA_NAMES)
    if roll < 0.45:
        fk = fakers["zh_TW"]
        return fk.last_name(), fk.first_name()
    if roll < 0.8:
        fk = fakers["zh_CN"]
        return fk.last_name(), fk.first_name()
    sur = rng.choice(_ZH_SURNAMES_PY)[0]
    given = (
        rng.choice(_ZH_WHOLE_GIVEN)[0]
        if rng.random() < 0.5
        else "".join(rng.choice(_ZH_GIVEN_PY)[0] for _ in range(rng.choice((1, 2))))
    )
    return sur, given


def _zh_py_person(rng: random.Random) -> tuple[str, str, str]:
    """A name built from the pinyin tables: (surname, given name, pinyin)."""
    sur, sur_py = rng.choice(_ZH_SURNAMES_PY)
    if rng.random() < 0.35:
        given, given_py = rng.choice(_ZH_WHOLE_GIVEN)
    else:
        chars = [rng.choice(_ZH_GIVEN_PY) for _ in range(rng.choice((1, 2, 2)))]
        given = "".join(c for c, _ in chars)
        given_py = "".join(p for _, p in chars).capitalize()
    form = rng.random()
    if form < 0.45:
        py = f"{sur_py} {given_py}"
    elif form < 0.7:
        py = f"{sur_py} {given_py}".upper()
    elif form < 0.9:
        py = f"{given_py} {sur_py}"
    else:
        py = f"{sur_py.upper()} {given_py}"
    return sur, given, py


def _zh_nick(rng: random.Random, given: str) -> str:
    last = given[-1]
    return rng.choice((f"小{last}", f"阿{last}", last * 2)) if len(given) <= 2 else f"小{last}"


def _zh_date(rng: random.Random, day: dt.date) -> str:
    form = rng.randrange(9)
    if form == 0:
        return f"{day.year}年{day.month}月{day.day}日"
    if form == 1:
        return f"{day:%Y-%m-%d}"
    if form == 2:
        return f"{day.year}/{day.month}/{day.day}"
    if form == 3:
        return f"{day.month}月{day.day}日"
    if form == 4:
        return f"{day:%Y.%m.%d}"
    if form == 5:
        return f"{day.month}月{day.day}号"
    if form == 6:
        return f"{_zh_number(day.month)}月{_zh_number(day.day)}日"
    if form == 7:
        return f"{day:%Y%m%d}"
    return f"{day.year}年{day.month:02d}月{day.day:02d}日"


def _zh_mobile(rng: random.Random) -> str:
    n = rng.choice(("13", "15", "18", "17", "19")) + _digits(rng, 9)
    return rng.choice(
        (n, f"{n[:3]}-{n[3:7]}-{n[7:]}", f"{n[:3]} {n[3:7]} {n[7:]}", f"+86 {n[:3]} {n[3:7]} {n[7:]}", f"+86-{n}")
    )


def _zh_landline(rng: random.Random, city: str, ext: bool = False) -> str:
    code = _ZH_AREA_CODES.get(city, rng.choice(("0571", "025", "027", "020", "0755", "0731")))
    body = _digits(rng, 8 if len(code) == 3 else rng.choice((7, 8)))
    text = rng.choice(
        (
            f"{code}-{body}",
            f"({code}){body}",
            f"{code} {body[:4]} {body[4:]}",
            f"（{code}）{body}",
            f"+86 {code[1:]} {body}",
        )
    )
    if ext:
        text += rng.choice(("转", "-", " 分机 ", "转分机")) + _digits(rng, rng.choice((3, 4)))
    return text


def _zh_address(rng: random.Random, fakers: dict[str, Faker], city: str) -> str:
    if rng.random() < 0.3:
        return fakers["zh_CN"].address()
    district = rng.choice(("西湖区", "鼓楼区", "高新区", "开发区", "城关镇", "经济技术开发区", "江北区", "市南区"))
    road = rng.choice(_ZH_ROADS)
    tail = rng.choice(
        (
            f"{rng.randint(1, 999)}号{rng.randint(1, 30)}幢{rng.randint(1, 6)}单元{rng.randint(1, 33)}0{rng.randint(1, 4)}室",
            f"{rng.randint(1, 300)}号",
            f"{rng.randint(1, 300)}弄{rng.randint(1, 80)}号{rng.randint(101, 2204)}室",
            f"{rng.choice(('锦绣', '阳光', '金色', '幸福'))}{rng.choice(('花园', '家园', '小区', '新村'))}{rng.randint(1, 40)}栋{rng.randint(101, 3306)}",
        )
    )
    province = rng.choice(_ZH_PROVINCES) if rng.random() < 0.5 else ""
    return f"{province}{city}市{district}{road}{tail}"


def _zh_hospital(rng: random.Random, city: str) -> str:
    return rng.choice(
        (
            f"{city}市第{_zh_number(rng.randint(1, 7))}人民医院",
            f"{city}市中心医院",
            f"{city}市中医院",
            f"{city}大学附属第{_zh_number(rng.randint(1, 3))}医院",
            f"{city}市{rng.choice(('骨科', '妇幼保健', '肿瘤', '眼科'))}医院",
            f"{city}{rng.choice(('仁爱', '博爱', '康华', '同济'))}医院",
            f"{city}日间手术中心",
        )
    )


def _zh_values(rng: random.Random, fakers: dict[str, Faker]) -> tuple[dict[str, str], list[KnownIdentifier]]:
    v: dict[str, str] = {}
    sur, given, py = _zh_py_person(rng)
    v["pt"] = sur + given
    v["pt_s"] = sur
    v["pt_g"] = given
    v["pt_py"] = py
    v["pt_nick"] = _zh_nick(rng, given)
    for n in range(1, 11):
        if n == 1:
            ssur, sgiven, spy = _zh_py_person(rng)
            v["s1_py"] = spy
        else:
            ssur, sgiven = _zh_person(rng, fakers)
        v[f"s{n}"] = ssur + sgiven
        v[f"s{n}_s"] = ssur
        v[f"s{n}_g"] = sgiven
        v[f"s{n}_nick"] = _zh_nick(rng, sgiven)
    for n in range(1, 3):
        rsur, rgiven = _zh_person(rng, fakers)
        if n == 1 and rng.random() < 0.5:
            rsur = sur
        v[f"r{n}"] = rsur + rgiven
        v[f"r{n}_s"] = rsur
        v[f"rel{n}"] = rng.choice(("儿子", "女儿", "妻子", "丈夫", "儿媳", "女婿", "孙子", "侄女", "老伴", "外甥"))
    for n in range(1, 5):
        osur, ogiven = _zh_person(rng, fakers)
        v[f"o{n}"] = osur + ogiven
        v[f"o{n}_id"] = _digits(rng, rng.choice((6, 7, 8, 10)))
        v[f"o{n}_age"] = str(rng.randint(18, 88))
        v[f"o{n}_proc"] = rng.choice(_ZH_PROCEDURES)
        v[f"o{n}_bed"] = f"{rng.randint(1, 60)}"
    age = _age(rng)
    v["age"] = str(age)
    v["age_zh"] = _zh_number(age)
    today = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(700))
    birth = today - dt.timedelta(days=age * 365 + rng.randrange(365))
    v["dob"] = _zh_date(rng, birth)
    offsets = {
        "d_pre": -rng.randint(1, 7),
        "d_op": 0,
        "d_adm": -rng.randint(1, 4),
        "d_dc": rng.randint(0, 9),
        "d_fu": rng.randint(7, 60),
        "d_comp": rng.randint(10, 60),
        "d_exp": rng.randint(300, 1500),
        "d_mfg": -rng.randint(60, 600),
        "d_next": rng.randint(1, 14),
        "d_donor": -rng.randint(0, 1),
    }
    for key, delta in offsets.items():
        v[key] = _zh_date(rng, today + dt.timedelta(days=delta))
    cities = list(_ZH_CITIES)
    rng.shuffle(cities)
    v["city"], v["city2"], v["city3"] = cities[0], cities[1], cities[2]
    v["town"] = rng.choice(_ZH_TOWNS)
    v["prov"] = rng.choice(_ZH_PROVINCES)
    v["hosp"] = _zh_hospital(rng, cities[0] if rng.random() < 0.5 else cities[3])
    v["hosp2"] = _zh_hospital(rng, cities[4])
    v["firm"] = rng.choice(
        (
            fakers["zh_CN"].company(),
            f"{cities[5]}{rng.choice(('康迪', '华信', '瑞康', '博恩', '天健'))}医疗器械有限公司",
            f"{cities[5]}{rng.choice(('安达', '顺捷'))}消毒供应服务有限公司",
        )
    )
    v["addr"] = _zh_address(rng, fakers, cities[0])
    v["sfz"] = cn_resident_id(rng, birth)
    v["zyh"] = rng.choice((_digits(rng, 8), f"ZY{_digits(rng, 8)}", f"{today:%Y}{_digits(rng, 6)}"))
    v["mzh"] = rng.choice((_digits(rng, 10), f"MZ{_digits(rng, 9)}", f"{_digits(rng, 4)}-{_digits(rng, 6)}"))
    v["bed"] = rng.choice(
        (
            f"{rng.randint(1, 60)}",
            f"{rng.randint(1, 30)}-{rng.randint(1, 45):02d}",
            f"+{rng.randint(1, 9)}",
            f"{rng.choice('ABCDE')}{rng.randint(1, 40)}",
        )
    )
    v["ybh"] = rng.choice(
        (
            f"{_letters(rng, 1)}{_digits(rng, 10)}",
            f"{_digits(rng, 2)}{_digits(rng, 8)}{_letters(rng, 1, 'ABCDEFGH')}",
            f"3301{_digits(rng, 10)}",
        )
    )
    v["bah"] = rng.choice((_digits(rng, 7), f"BA{_digits(rng, 7)}", f"{_digits(rng, 6)}"))
    v["ssbh"] = rng.choice(
        (f"SS{today:%Y%m%d}{_digits(rng, 3)}", f"{today:%y}-{_digits(rng, 5)}", f"OP{_digits(rng, 7)}")
    )
    v["mzbh"] = rng.choice((f"MZ{today:%y}{_digits(rng, 5)}", f"A{_digits(rng, 7)}", f"{_digits(rng, 9)}"))
    v["lot"] = rng.choice(
        (
            f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 5)}",
            f"{today:%Y%m}{_digits(rng, 3)}",
            f"{_letters(rng, 2)}{_digits(rng, 6)}",
        )
    )
    v["sn"] = rng.choice((f"{_letters(rng, 3)}{_digits(rng, 7)}", f"{_digits(rng, 10)}", f"SN-{_digits(rng, 6)}"))
    v["udi"] = rng.choice((f"(01){_digits(rng, 14)}(11){_digits(rng, 6)}(10){_digits(rng, 6)}", f"0{_digits(rng, 13)}"))
    v["reg"] = rng.choice(
        (
            f"国械注准{today.year - rng.randint(1, 6)}3{_digits(rng, 6)}",
            f"国械注进{today.year - rng.randint(1, 6)}3{_digits(rng, 6)}",
        )
    )
    v["tray"] = rng.choice(
        (
            f"{_digits(rng, 12)}",
            f"QX{_digits(rng, 8)}",
            f"{rng.choice(('GK', 'FQ', 'XW', 'MN'))}-{_digits(rng, 4)}-{_digits(rng, 3)}",
        )
    )
    v["tray2"] = rng.choice((f"{_digits(rng, 10)}", f"BAO{_digits(rng, 6)}"))
    v["bl"] = rng.choice((f"B{today:%y}-{_digits(rng, 5)}", f"F{_digits(rng, 6)}", f"{today:%Y}-BD{_digits(rng, 4)}"))
    v["donor"] = rng.choice(
        (
            f"{rng.choice(('ZJ', 'JS', 'HN', 'SC', 'GD'))}{today:%Y}{_digits(rng, 4)}",
            f"D-{_digits(rng, 6)}",
            f"COTRS{_digits(rng, 8)}",
        )
    )
    v["recip"] = rng.choice((f"R{_digits(rng, 8)}", f"{_digits(rng, 11)}", f"SH-{_digits(rng, 6)}"))
    v["salv"] = rng.choice((f"HS{today:%y}{_digits(rng, 4)}", f"{_digits(rng, 8)}", f"ZT-{_digits(rng, 5)}"))
    v["blood"] = rng.choice((f"=0{_digits(rng, 4)}{today:%y}{_digits(rng, 6)}"[1:], f"{_digits(rng, 13)}"))
    v["comp"] = rng.choice((f"TS{today:%Y}{_digits(rng, 4)}", f"{today:%Y}-{_digits(rng, 3)}", _digits(rng, 8)))
    v["event"] = rng.choice((f"BL{_digits(rng, 7)}", f"{today:%Y}{_digits(rng, 5)}", f"AE-{_digits(rng, 5)}"))
    v["badge"] = rng.choice((_digits(rng, 5), f"{_letters(rng, 1)}{_digits(rng, 4)}", _digits(rng, 6)))
    v["badge2"] = rng.choice((_digits(rng, 4), _digits(rng, 6), f"HS{_digits(rng, 4)}"))
    v["lic"] = rng.choice((f"{_digits(rng, 15)}", f"{today.year - rng.randint(3, 25)}{_digits(rng, 11)}"))
    v["ins"] = rng.choice((f"P{_digits(rng, 12)}", f"{_letters(rng, 4)}{_digits(rng, 10)}"))
    v["order"] = rng.choice((f"{_digits(rng, 12)}", f"YZ{_digits(rng, 8)}"))
    v["jy"] = rng.choice((f"{_digits(rng, 12)}", f"{_digits(rng, 10)}"))
    v["ph"] = _zh_mobile(rng)
    v["ph_r1"] = _zh_mobile(rng)
    v["ph_r2"] = _zh_mobile(rng)
    v["ph_s"] = _zh_mobile(rng)
    v["ph_land"] = _zh_landline(rng, cities[0])
    v["ph_desk"] = _zh_landline(rng, cities[0], ext=rng.random() < 0.6)
    v["ph_fax"] = _zh_landline(rng, cities[0])
    v["ph_short"] = rng.choice((_digits(rng, 4), f"6{_digits(rng, 3)}", _digits(rng, 5)))
    sur_py = py.split()[0].lower() if py.split()[0].lower() != py.split()[-1].lower() else py.lower()
    local = rng.choice(
        (py.replace(" ", "").replace("'", "").lower(), f"{sur_py}{_digits(rng, 4)}", f"{_digits(rng, 9)}")
    )
    v["email"] = f"{local}@{rng.choice(('qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com', 'aliyun.com'))}"
    v["email_s"] = (
        f"{v['s1_py'].replace(' ', '').replace(chr(39), '').lower()}@{rng.choice(('zjhospital', 'hosp-mail', 'fy1yy', 'rmyy'))}.cn"
    )
    v["email_dept"] = (
        f"{rng.choice(('ssk', 'mzk', 'rjss', 'yzzx', 'yiwuchu', 'tousu'))}{rng.choice(('', '_office', '2023'))}@{rng.choice(('zjhospital', 'sy-hosp', 'rmyy'))}.cn"
    )
    host = rng.choice(("zjhospital", "rmyy", "fy1yy", "zxyy"))
    v["url"] = rng.choice(
        (
            f"https://www.{host}.cn/rjss/yuyue?id={_digits(rng, 8)}",
            f"http://{host}.com.cn/ssk/paiban/{today:%Y%m%d}",
            f"https://m.{host}.cn/suifang/{_letters(rng, 5).lower()}",
            f"www.{host}.cn/tousu",
        )
    )
    v["url2"] = rng.choice(
        (
            f"https://udi.nmpa.gov.cn/showDetail?id={_digits(rng, 10)}",
            f"https://{host}.cn/zhuisu?tray={_digits(rng, 8)}",
            f"http://10.{rng.randint(1, 250)}.{rng.randint(1, 250)}.{rng.randint(1, 250)}:8080/his/ss/{_digits(rng, 6)}",
        )
    )
    for n, minute in enumerate(_clock(rng), start=1):
        v[f"t{n}"] = f"{minute // 60:02d}:{minute % 60:02d}"
    v["asa"] = rng.choice(("Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "2", "3"))
    v["ebl"] = str(rng.choice((10, 20, 50, 100, 200, 300, 500, 800)))
    v["proc"] = rng.choice(_ZH_PROCEDURES)
    v["proc2"] = rng.choice(_ZH_PROCEDURES)
    v["room"] = str(rng.randint(1, 26))
    v["bmi"] = f"{rng.uniform(17, 36):.1f}"
    v["hb"] = str(rng.randint(70, 160))
    v["cell_ml"] = str(rng.randint(150, 1500))
    known = [
        KnownIdentifier("PERSON", v["pt"]),
        KnownIdentifier("ID", v["sfz"]),
        KnownIdentifier("ID", v["zyh"]),
        KnownIdentifier("PHONE", v["ph"]),
        KnownIdentifier("ADDRESS", v["addr"]),
        KnownIdentifier("DATE", birth.isoformat()),
        KnownIdentifier("EMAIL", v["email"]),
    ]
    return v, known


_ZH_PROCEDURES: Final = (
    "腹腔镜胆囊切除术", "右侧全髋关节置换术", "左膝关节置换术", "腹股沟疝无张力修补术", "桡骨远端骨折切开复位内固定术",
    "宫腔镜检查+诊刮术", "经尿道前列腺电切术", "甲状腺全切术", "腹腔镜阑尾切除术", "白内障超声乳化+人工晶体植入术",
    "扁桃体切除术", "乳腺肿物切除术+术中冰冻", "同种异体肾移植术", "肝移植术", "股骨头置换术", "混合痔切除术",
    "腰椎间盘髓核摘除术", "胃癌根治术", "输尿管镜碎石术", "鼻中隔矫正术",
)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# English templates (prefix = country: us, uk, au, ca, ng)
# ---------------------------------------------------------------------------------------------
EN_BLIND20_TEMPLATES: Final[dict[str, str]] = {
    "uk_theatre_list": """<<ORG:hosp>> - THEATRE {theatre} - ELECTIVE LIST
{op_wd} <<DATE:d_op>>   Surgeon: Mr <<PERSON:s1>> ({lic_lbl} <<ID:lic>>)   Anaesthetist: Dr <<PERSON:s2_fl>>
Registrar: <<PERSON:s3_f>> (bleep <<PHONE:bleep>>)   Scrub: <<PERSON:s4_up>>   ODP: <<PERSON:s5>>

| # | Patient | Hosp No | Age | Procedure | Notes |
|---|---------|---------|-----|-----------|-------|
| 1 | <<PERSON:pt_lf>> | <<ID:mrn>> | <<AGE:age>> | {proc} | latex allergy, first on list |
| 2 | <<PERSON:o1>> | <<ID:o1_id>> | {o1_age} | {o1_proc} | |
| 3 | <<PERSON:o2>> | <<ID:o2_id>> | {o2_age} | {o2_proc} | interpreter booked |
| 4 | <<PERSON:o3>> | <<ID:o3_id>> | {o3_age} | {o3_proc} | ?cancel - see <<PERSON:s3_f>> |

List changes to theatre coordinator <<PERSON:s6>> on <<PHONE:ph_desk>> or <<EMAIL:email_dept>>.
Printed {t1} by <<PERSON:s7_low>>""",
    "us_preop_clinic": """PRE-ADMISSION TESTING - <<ORG:hosp>>
Pt: <<PERSON:pt>>   DOB <<DATE:dob>>   MRN <<ID:mrn>>   {hc_lbl}: <<ID:hc>>
Scheduled: {proc} with Dr. <<PERSON:s1_l>> on <<DATE:d_op>>, case # <<ID:case>>
<<AGE:age>> yo, ASA {asa}, BMI {bmi}. Lives at <<ADDRESS:addr>> with <<PERSON:r1>> ({rel1}); <<PERSON:r1_f>> will drive home, cell <<PHONE:ph_r1>>.
PMH: HTN, OSA on CPAP, prior PONV. Hb {hb}. Hold lisinopril AM of surgery, continue metoprolol.
Seen by <<PERSON:s2>>, NP. Discussed with anesthesia attending Dr <<PERSON:s3>> (pager <<PHONE:bleep>>).
Pt's best number <<PHONE:ph>>; e-mail on file <<EMAIL:email>>. Pre-op instructions: <<URL:url>>""",
    "au_anaesthetic_chart": """ANAESTHETIC RECORD   <<ORG:hosp>>   UR <<ID:mrn>>
Name: <<PERSON:pt_up>>   DOB: <<DATE:dob>>   {hc_lbl} <<ID:hc>>
Date <<DATE:d_op>>  Theatre {theatre}  Procedure: {proc}
Anaesthetist: Dr <<PERSON:s2>> ({lic_lbl} <<ID:lic>>)   Anaes nurse: <<PERSON:s5_f>> <<PERSON:s5_up>>
Consultant surgeon: <<PERSON:s1_fl>>
Induction {t1}: propofol 180 mg, fentanyl 100 mcg, rocuronium 50 mg. ETT 7.5 grade 1 view.
Maintenance sevo/air/O2. Cefazolin 2 g at {t2}. Dex 8 mg, ondansetron 4 mg.
Emergence {t3}, extubated awake. Handed to PACU RN <<PERSON:s6>> at {t4}.
Signed: <<PERSON:s2_i>>""",
    "uk_who_checklist": """WHO SURGICAL SAFETY CHECKLIST - <<ORG:hosp>>
Patient: <<PERSON:pt>>  NHS no. <<ID:hc>>  Hosp no. <<ID:mrn>>  DOB <<DATE:dob>>
SIGN IN ({t1}) - identity, site, procedure and consent confirmed with patient. Site marked by <<PERSON:s3_i>>.
TIME OUT ({t2}) - team introduced:
  Surgeon: <<PERSON:s1>>
  Assistant: <<PERSON:s3>>
  Anaesthetist: <<PERSON:s2>>
  Scrub practitioner: <<PERSON:s4>>
  Circulating: <<PERSON:s5_f>>
  ODP: <<PERSON:s6_f>> <<PERSON:s6_up>>
Antibiotic given: yes. VTE: yes. Imaging displayed: yes. Tray <<ID:tray>> indicator checked by <<PERSON:s4_f>>.
SIGN OUT ({t3}) - counts correct (<<PERSON:s4_i>>/<<PERSON:s5_i>>), specimen <<ID:spec>> labelled, equipment issues: none.
Completed by <<PERSON:s5>> {lic_lbl} <<ID:lic2>> on <<DATE:d_op>>""",
    "us_dictated_op_note": """dictated by dr <<PERSON:s1_low>> <<PERSON:s1_l>> transcribed {t5} job number <<ID:order>>
patient name <<PERSON:pt_low>> spelled <<PERSON:pt_up>> medical record number <<ID:mrn>> date of surgery <<DATE:d_op>> period
preoperative diagnosis symptomatic cholelithiasis period postoperative diagnosis same period procedure {proc} period
surgeon myself assistant <<PERSON:s3>> comma PA-C period anesthesia general by doctor <<PERSON:s2_l>> period
findings comma gallbladder thick walled comma no bile leak period EBL {ebl} mL period specimens gallbladder to pathology accession <<ID:acc>> period
the patient is a <<AGE:age_w>> year old who was seen in clinic on <<DATE:d_pre>> new paragraph
the patient tolerated the procedure well and went to PACU in stable condition period i called the {rel1} <<PERSON:r1_f>> at <<PHONE:ph_r1>> after the case period
cc doctor <<PERSON:s7>> primary care <<ORG:hosp2>> fax <<PHONE:ph_fax>> end of dictation""",
    "ca_op_report": """OPERATIVE REPORT - <<ORG:hosp>>, <<LOCATION:city3>>
Patient: <<PERSON:pt_lf>>    Chart: <<ID:mrn>>    {hc_lbl}: <<ID:hc>>
Date of operation: <<DATE:d_op>>
Surgeon: Dr. <<PERSON:s1>> (CPSO <<ID:lic>>)    Assistant: Dr. <<PERSON:s3_fl>> (R3)
Anaesthesia: Dr. <<PERSON:s2>>
Procedure: {proc}
Indications: <<PERSON:pt_f>> is a <<AGE:age>>-year-old referred by Dr. <<PERSON:s8_l>> of <<LOCATION:city2>> (referral <<ID:referral>>, received <<DATE:d_ref>>).
Description: Supine, GA, prepped and draped. Pfannenstiel incision. Findings as expected. Haemostasis secured, closed in layers, 3-0 Monocryl to skin.
Implants: see implant record, lot <<ID:lot>>.
Disposition: PACU, then home same day if criteria met. Follow-up with <<PERSON:s1_l>>'s office in 2 weeks - <<PHONE:ph_desk>>.
Electronically signed <<PERSON:s1_i>> <<DATE:d_op>> {t6}""",
    "au_implant_register": """PROSTHESIS / IMPLANT REGISTER - <<ORG:hosp>>
Patient label: <<PERSON:pt_lf>> | UR <<ID:mrn>> | DOB <<DATE:dob>> | {hc_lbl} <<ID:hc>>
Procedure {proc} on <<DATE:d_op>>, surgeon <<PERSON:s1_fl>>
Item,Supplier,Ref,Lot,Serial,Expiry,Size
Acetabular shell,<<ORG:firm>>,REF 1217-{theatre},<<ID:lot>>,<<ID:serial>>,<<DATE:d_exp>>,{size}
Femoral stem,<<ORG:firm>>,REF 2210-4,<<ID:lot2>>,<<ID:serial2>>,,{size}
UDI (scanned): <<ID:udi>>
Stickers applied to chart and to the registry form. Checked by <<PERSON:s4>> (scrub) and <<PERSON:s5_f>> (scout).
Loan kit returned via <<ORG:firm2>> courier; rep <<PERSON:s9>> contacted on <<PHONE:ph_mob>>.""",
    "uk_tray_tracking": """SSD TRACEABILITY EXPORT - <<ORG:hosp>> sterile services
tray_id,description,cycle,washer,autoclave_load,packed_by,opened_by,theatre,patient_no,date
<<ID:tray>>,Major general set,{theatre}4,W2,L{bay}18,<<PERSON:s4_i>>,<<PERSON:s5_up>>,TH{theatre},<<ID:mrn>>,<<DATE:d_op>>
<<ID:tray2>>,Laparoscopic set,{theatre}1,W1,L{bay}19,<<PERSON:s6_i>>,<<PERSON:s5_up>>,TH{theatre},<<ID:mrn>>,<<DATE:d_op>>
Note: tray <<ID:tray2>> returned with a missing Maryland grasper - reported by <<PERSON:s5>> to SSD supervisor <<PERSON:s9_f>> (ext <<PHONE:bleep>>). Datix <<ID:incident>>.""",
    "us_pacu_handover": """PACU HANDOFF (I-PASS)  <<ORG:hosp>>  Bay {bay}
I: <<PERSON:pt>>, <<AGE:age>>y, MRN <<ID:mrn>>, s/p {proc} with Dr <<PERSON:s1_l>>. Stable.
P: GA, LMA. Received from CRNA <<PERSON:s2>> at {t3}; OR RN <<PERSON:s5_f>> gave report.
A: Pain 4/10 - hydromorphone 0.4 mg IV x1. PONV - ondansetron. Voided. Dressing dry.
S: Ride = {rel1} <<PERSON:r1>> in waiting room, phone <<PHONE:ph_r1>>. Discharge Aldrete >= 9.
Received by <<PERSON:s6>>, RN at {t4}. Charge RN <<PERSON:s7_f>> aware.""",
    "au_day_surgery_call": """DAY SURGERY - NEXT DAY PHONE CALL
Pt: <<PERSON:pt_f>> <<PERSON:pt_l>>   UR <<ID:mrn>>   Procedure {proc} <<DATE:d_op>>
Called <<PHONE:ph>> at {t2} <<DATE:d_next>> - no answer, left message. Rang back {t3} on mobile <<PHONE:ph_mob>>, spoke to {rel1} <<PERSON:r1_f>>.
Pain controlled with paracetamol/ibuprofen. No nausea. Wound ok. Passing urine.
Confirmed home address <<ADDRESS:addr>>. Reminded re follow-up at <<PERSON:s1_l>>'s rooms in <<LOCATION:city2>>, booking ref <<ID:booking>>.
Feedback survey link sent: <<URL:url>>
Call by <<PERSON:s6>> RN""",
    "us_transplant_coord": """TRANSPLANT COORDINATOR NOTE - <<ORG:hosp>> Kidney Program
Recipient: <<PERSON:pt>> (MRN <<ID:mrn>>, UNOS WL ID <<ID:recip>>), <<AGE:age>> yo, blood type B+
Offer received <<DATE:d_op>> {t1} via UNet, donor ID <<ID:donor>>, match run <<ID:match>>. Donor hospital <<ORG:hosp2>>, <<LOCATION:city2>>.
KDPI 42%, CIT at arrival est. {cold}. Crossmatch virtual negative.
Discussed with Dr. <<PERSON:s1>> (transplant surgeon on call) who accepted at {t2}. Dr <<PERSON:s3_l>> (nephrology) aware.
Pt called at <<PHONE:ph>>, told NPO, arriving with {rel1} <<PERSON:r1>>. Organ courier <<ORG:firm2>> ETA {t5}.
Coordinator: <<PERSON:s9>>, RN CCTC, <<PHONE:ph_coord>>, <<EMAIL:email_dept>>""",
    "uk_organ_offer": """NHSBT ODT - organ offer log (recipient centre: <<ORG:hosp>>)
Donor: <<ID:donor>> (DBD, {o1_age}y), donating hospital <<ORG:hosp2>>
Recipient: <<PERSON:pt_lf>> NHS <<ID:hc>> hosp <<ID:mrn>>, recipient ID <<ID:recip>>
{t1} offer from SNOD <<PERSON:s9_f>> (<<PHONE:ph_coord>>) - accepted by Mr <<PERSON:s1_l>>
{t2} pt contacted at home in <<LOCATION:city>> on <<PHONE:ph>>, to attend by {t4}
{t3} recipient coordinator <<PERSON:s8>> informed; HLA lab <<PERSON:s7_fl>> sample <<ID:spec>>
Retrieval team lead <<PERSON:s3>> (NORS). Kidney arrived {t5} <<DATE:d_op>>.""",
    "ng_theatre_schedule": """<<ORG:hosp>> - MAIN THEATRE SCHEDULE FOR <<DATE:d_op>>
Unit: General Surgery II (Prof. <<PERSON:s1>>)
1. <<PERSON:pt_up>> (<<AGE:age>>y/F, Hosp No <<ID:mrn>>) - {proc} - Dr <<PERSON:s3_l>>/Dr <<PERSON:s8_l>>
2. <<PERSON:o1>> (Hosp No <<ID:o1_id>>) - {o1_proc}
3. <<PERSON:o2>> (Hosp No <<ID:o2_id>>) - {o2_proc} - bring 2 units, cross-matched
Anaesthesia: Dr <<PERSON:s2>> / Dr <<PERSON:s10_f>> (SR)
Scrub nurses: <<PERSON:s4_f>>, <<PERSON:s5_f>>
N.B. Patients' relatives to pay for consumables at the account before 8am. Enquiries: theatre office <<PHONE:ph_desk>>.
Signed: CNO <<PERSON:s6>>""",
    "ng_op_note": """OPERATION NOTE
Name: <<PERSON:pt>>   Age: <<AGE:age>>   Hosp. No: <<ID:mrn>>   {hc_lbl}: <<ID:hc>>
Ward: Male Surgical   Date: <<DATE:d_op>>
Surgeon: Dr <<PERSON:s1>>   Assistants: Dr <<PERSON:s3_f>> <<PERSON:s3_l>>, Dr <<PERSON:s8_fl>>
Anaesthetist: Dr <<PERSON:s2_l>>   Scrub: Nurse <<PERSON:s4_f>>
Anaesthesia: spinal. Findings: right indirect inguinal hernia, contents omentum.
Procedure: {proc}. Mesh lot <<ID:lot>>. Haemostasis secured. Skin closed with nylon 2/0.
Post-op: vital signs half-hourly, analgesia, review by Dr <<PERSON:s3_f>> in the morning.
Relations: {rel1} <<PERSON:r1>> (<<PHONE:ph_r1>>), from <<LOCATION:city2>>.""",
    "ng_preop_consent": """PRE-OPERATIVE CHECK / CONSENT - <<ORG:hosp>>
I, <<PERSON:pt_up>> of <<ADDRESS:addr>>, consent to {proc} to be done by Dr <<PERSON:s1>> and team.
Explained in Yoruba/English by Dr <<PERSON:s3_fl>>; interpreter: <<PERSON:s10>>.
Witness: <<PERSON:r1>> ({rel1}) phone <<PHONE:ph_r1>>.
Patient phone: <<PHONE:ph>>   Hosp No: <<ID:mrn>>   DOB: <<DATE:dob>>
Blood: 2 units grouped and saved, request no. <<ID:order>>. Hb {hb} g/L.
Date: <<DATE:d_pre>>""",
    "uk_cell_salvage": """INTRA-OPERATIVE CELL SALVAGE RECORD   <<ORG:hosp>>
Patient: <<PERSON:pt_f>> <<PERSON:pt_lup>>  MRN <<ID:mrn>>  Date <<DATE:d_op>>
Procedure: {proc}  Consultant: <<PERSON:s1_fl>>
Machine serial <<ID:serial>>, bowl set lot <<ID:lot>> expiry <<DATE:d_exp>>
Collection started {t1} by <<PERSON:s6>> (trained operator, badge <<ID:badge>>)
Volume processed {cell_ml} mL, reinfused at {t3} - bag no. <<ID:salv>>
Reinfusion checked by <<PERSON:s2_l>> (anaes) and <<PERSON:s5_f>>. Bag discarded within 4 h.
Queries: transfusion practitioner <<PERSON:s9>>, <<PHONE:ph_desk>>, <<EMAIL:email_dept>>""",
    "us_complaint_letter": """<<ADDRESS:addr>>
<<DATE:d_comp>>

Patient Relations, <<ORG:hosp>>

Re: my {rel1}'s surgery, <<PERSON:pt>>, MRN <<ID:mrn>>, claim <<ID:claim>>

To whom it may concern,
On <<DATE:d_op>> my {rel1} had {proc}. We waited six hours; nobody told us anything until a nurse named Hope came out at {t6}. Dr. <<PERSON:s1_l>> never spoke to us. The anesthesiologist, I think <<PERSON:s2_f>>, was kind.
At discharge the wrong paperwork (for a <<PERSON:o1>>!) was in our folder. That is a privacy breach.
I also want to know why we were billed twice (<<ID:order>>).
Please call me at <<PHONE:ph_r1>> or write to <<EMAIL:email_r1>>.
Sincerely,
<<PERSON:r1>>""".replace("a nurse named Hope", "a nurse named <<PERSON:s7_f>>"),
    "au_complaint_email": """From: <<EMAIL:email>>
To: <<EMAIL:email_dept>>
Date: <<DATE:d_comp>>
Subject: Complaint - knee op <<DATE:d_op>> (UR <<ID:mrn>>)

Hi,
I'm <<PERSON:pt_f>> <<PERSON:pt_l>>, had my {proc} at <<ORG:hosp>>. Nobody rang the day after like the brochure said. My GP Dr <<PERSON:s8>> in <<LOCATION:city2>> had to take the clips out. Also the letter says "<<PERSON:pt_typo>>" not <<PERSON:pt_l>> - please fix.
The anaesthetist (<<PERSON:s2_f>>?) was lovely, but the surgeon's rooms never returned calls.
You can reach me on <<PHONE:ph_mob>>.
Cheers, <<PERSON:pt_nick>>

-- reply --
Ref <<ID:comp>>. Thanks <<PERSON:pt_f>>, forwarded to NUM <<PERSON:s6>>. <<PERSON:s9_f>>, Consumer Liaison""",
    "ca_preop_phone_message": """PHONE MESSAGE - Pre-Admission Clinic, <<ORG:hosp>>
For: <<PERSON:s2_f>> (anaesthesia) / from: <<PERSON:s7>>, RN
Re: <<PERSON:pt>>  DOB <<DATE:dob>>  MRN <<ID:mrn>>  {hc_lbl} <<ID:hc>>
Surgery <<DATE:d_op>> with Dr <<PERSON:s1_l>>. Pt on apixaban - when to hold? Also asks if {rel1} <<PERSON:r1_f>> can stay overnight.
Call pt back at <<PHONE:ph>> (home) or <<PHONE:ph_mob>>. Prefers afternoons. Lives in <<LOCATION:city>>, 2 h drive.
Message taken {t2} <<DATE:d_pre>> - <<PERSON:s7_i>>""",
    "uk_frozen_section": """HISTOPATHOLOGY - INTRA-OPERATIVE FROZEN SECTION REQUEST
<<ORG:hosp>> Cellular Pathology, tel <<PHONE:ph_desk>>
Patient: <<PERSON:pt_lf>>   Hosp No <<ID:mrn>>   NHS No <<ID:hc>>   DOB <<DATE:dob>>
Requesting surgeon: Ms <<PERSON:s1>>   Theatre {theatre}, contact <<PHONE:bleep>>
Specimen: sentinel node, right axilla. Lab no <<ID:spec>>.
Sent {t1} by <<PERSON:s5_f>> via porter <<PERSON:s10_f>>.
Result phoned {t2} by Dr <<PERSON:s7_l>> (pathologist) to <<PERSON:s3>>: "No metastatic carcinoma seen on frozen; await paraffin."
Final report accession <<ID:acc>> issued <<DATE:d_fu>>.""",
    "us_implant_recall": """<<ORG:hosp>> - Risk Management
<<DATE:d_comp>>

<<PERSON:pt>>
<<ADDRESS:addr>>

Dear <<PERSON:pt_f>>,
You had surgery on <<DATE:d_op>>. Our records show that a device with serial number <<ID:serial>> (lot <<ID:lot>>) made by <<ORG:firm>> was used. The manufacturer has issued a voluntary recall of this lot.
Please call Dr. <<PERSON:s1_l>>'s office at <<PHONE:ph_desk>> to book a review, quoting reference <<ID:ref>>. More information: <<URL:url2>>
Sincerely,
<<PERSON:s9>>, RN, Implant Coordinator
cc: <<PERSON:s1>>, MD""",
    "ca_safety_checklist": """SURGICAL SAFETY CHECKLIST (Canada)  <<ORG:hosp>>
Briefing: <<PERSON:pt>>, chart <<ID:mrn>>, {proc}, <<DATE:d_op>>
Team: surgeon <<PERSON:s1_f>> <<PERSON:s1_l>> | anaesthesiologist <<PERSON:s2>> | RN <<PERSON:s4_f>> | RN <<PERSON:s5_f>> | resident <<PERSON:s3_f>>
Allergies: penicillin (rash). Blood available: yes, group and screen <<ID:order>>.
Time-out {t2}: all agree. Sign-out {t3}: counts correct, specimen <<ID:spec>>.
Debrief: C-arm slow to arrive - <<PERSON:s4_f>> to email biomed re unit <<ID:serial2>>.
Recorded by <<PERSON:s5>>""",
    "ng_pacu_handover": """RECOVERY ROOM HANDOVER - <<ORG:hosp>>
Pt <<PERSON:pt_f>> <<PERSON:pt_lup>>, <<AGE:age>> yrs, Hosp No <<ID:mrn>>, post {proc}
Handed over by Dr <<PERSON:s2_f>> (anaes) to Nurse <<PERSON:s6>> at {t3}
Vitals: BP 128/76, PR 88, SpO2 97% on 2L. Pain controlled, IV pentazocine 30mg given.
Drain output 40 mL. Urethral catheter in situ.
NOK: <<PERSON:r1>> ({rel1}), <<PHONE:ph_r1>> / <<PHONE:ph_intl>> (abroad)
Ward informed: Female Surgical, nurse <<PERSON:s7_f>>.""",
    "uk_day_case_discharge": """DAY SURGERY UNIT - DISCHARGE SUMMARY     <<ORG:hosp>>
To: Dr <<PERSON:s8>>, <<ORG:hosp2>>, fax <<PHONE:ph_fax>>
Patient: <<PERSON:pt>>, <<ADDRESS:addr>>   DOB <<DATE:dob>>   NHS <<ID:hc>>
Admitted and discharged <<DATE:d_op>>. Procedure: {proc} under Mr <<PERSON:s1>>.
Escort: <<PERSON:r1>> ({rel1}). Nurse-led discharge by <<PERSON:s6_f>> at {t6}.
Follow-up: telephone review <<DATE:d_next>>; clinic in 6 weeks, ref <<ID:referral>>.
Any problems ring the DSU on <<PHONE:ph_desk>> ({t7}-20:00) or out of hours <<PHONE:ph_coord>>.""",
    "us_scheduling_email": """From: <<EMAIL:email_s>>
To: <<EMAIL:email_dept>>
Subject: add-on for <<DATE:d_next>>

Hey <<PERSON:s9_f>> - can you add <<PERSON:pt_lf>> (MRN <<ID:mrn>>) to my {wd} block? {proc2}, 90 min, needs C-arm and the <<ORG:firm>> rep.
Auth # <<ID:claim>> came through, referral <<ID:referral>>.
Pt cell <<PHONE:ph_mob>>, prefers texts. Pre-testing at <<ORG:hosp2>>.
Thx - <<PERSON:s1_f>>
--
<<PERSON:s1>>, MD | Orthopaedic Surgery | <<ORG:hosp>> | <<PHONE:ph_desk>> | NPI <<ID:lic>>""",
    "au_list_sms": """[Theatre coord group]
<<PERSON:s6_f>> {t1}: Th{theatre} running late, <<PERSON:s1_l>> still in ED. Pt 1 <<PERSON:pt_lup>> ok to wait?
<<PERSON:s2_f>> {t1}: yep she's fasted from 0200, UR <<ID:mrn>>
<<PERSON:s4_low>> {t2}: tray <<ID:tray>> still in ssd 😬
<<PERSON:s6_f>> {t2}: ring them on <<PHONE:ph_desk>>
<<PERSON:s1_f>> {t3}: on my way, 10 min. start the block pls <<PERSON:s2_f>>
<<PERSON:s5_f>> {t4}: <<PERSON:pt_f>>'s {rel1} rang - <<PHONE:ph_r1>> - wants update
<<PERSON:s6_f>> {t4}: will call. also <<PERSON:o2>> bumped to <<DATE:d_next>>""",
    "ca_living_donor": """LIVING DONOR WORK-UP - <<ORG:hosp>> Multi-Organ Transplant
Donor: <<PERSON:r1>> ({rel1} of recipient), donor no. <<ID:donor>>, phone <<PHONE:ph_r1>>, email <<EMAIL:email_r1>>
Recipient: <<PERSON:pt>>, <<AGE:age>> yo, MRN <<ID:mrn>>, {hc_lbl} <<ID:hc>>, recipient ID <<ID:recip>>
Independent living donor advocate: <<PERSON:s10>>. Social work: <<PERSON:s7_fl>>.
CT angio <<DATE:d_pre>>: single renal arteries bilaterally. GFR 96. Psychosocial cleared.
Surgery provisionally <<DATE:d_op>>, Dr <<PERSON:s1>> (donor nephrectomy) and Dr <<PERSON:s3>> (recipient).
Coordinator <<PERSON:s9_f>> <<PERSON:s9_l>> - <<PHONE:ph_coord>>. Portal: <<URL:url>>""",
    "uk_preassessment_elderly": """PRE-OPERATIVE ASSESSMENT - #NOF   <<ORG:hosp>>, <<LOCATION:city>>
<<PERSON:pt_lf>>   aged <<AGE:age>>   Hosp <<ID:mrn>>   NHS <<ID:hc>>
Admitted <<DATE:d_adm>> after fall at home (<<ADDRESS:addr>>). Lives alone, carer <<PERSON:r2>> visits twice a day.
Next of kin: {rel1} <<PERSON:r1>> in <<LOCATION:city2>>, <<PHONE:ph_r1>>.
Clinical frailty 6. AMTS 7/10. Hb {hb}. Echo <<DATE:d_pre>>: mod AS.
Plan: {proc} on trauma list <<DATE:d_op>>, spinal preferred - Dr <<PERSON:s2>> (consultant anaesthetist) to see. Ortho-geri review <<PERSON:s7_fl>>.
DNACPR discussed with <<PERSON:pt_f>> and <<PERSON:r1_f>>; form signed by <<PERSON:s3_l>>.""",
    "us_incident_report": """EVENT REPORT # <<ID:incident>>   <<ORG:hosp>>
Date of event: <<DATE:d_op>> {t5}   Location: OR {theatre}
Patient: <<PERSON:pt>> (MRN <<ID:mrn>>)
Type: count discrepancy - 1 raytec sponge
Description: At closing count circulator <<PERSON:s5>> noted 1 sponge missing. Surgeon (Dr <<PERSON:s1_l>>) informed, wound explored, xray ordered <<ID:acc>>, read by Dr <<PERSON:s7_l>> as negative. Sponge later found in kick bucket by tech <<PERSON:s4_f>>.
Reported by: <<PERSON:s5_f>> <<PERSON:s5_l>>, employee # <<ID:badge>>, ext <<PHONE:bleep>>
Manager follow-up: <<PERSON:s6>> on <<DATE:d_next>>""",
    "ng_blood_transfusion": """INTRA-OP BLOOD & SALVAGE CHART - <<ORG:hosp>>
Patient: <<PERSON:pt_lf>>   Hosp No <<ID:mrn>>   Ward: O&G
Procedure: {proc} (Dr <<PERSON:s1_l>>), <<DATE:d_op>>
Unit 1: <<ID:unit>> (donated by {rel1} <<PERSON:r1>>), started {t2}, checked by <<PERSON:s5_f>> & Dr <<PERSON:s2_f>>
Cell saver bag <<ID:salv>>: {cell_ml} mL reinfused {t3}
Blood bank: <<PHONE:ph_desk>>, scientist on duty <<PERSON:s9>>
EBL {ebl} mL. Post-op PCV requested.""",
    "au_op_note_brief": """Op note  <<DATE:d_op>>  <<ORG:hosp>>
Pt: <<PERSON:pt_lup>>, <<PERSON:pt_f>>  UR <<ID:mrn>>
Surg: <<PERSON:s1_i>> / Asst: <<PERSON:s3_f>> / Anaes: <<PERSON:s2_l>>
Proc: {proc}
- GA + local
- findings as per dx
- closed 4-0 monocryl, dermabond
- specimen to Anatomical Pathology ({spec})
Plan: home today if ok, review rooms 2/52 - ph <<PHONE:ph_desk>>. Script for 10 x oxycodone 5mg.
<<PERSON:s1_fl>>""".replace("({spec})", "(<<ID:spec>>)"),
    "ca_pacu_discharge": """PACU / DAY SURGERY DISCHARGE - <<ORG:hosp>>, <<LOCATION:city>>
Name: <<PERSON:pt>>   Chart: <<ID:mrn>>   Age: <<AGE:age_w>>
Phase II discharge {t7}. Discharged to care of <<PERSON:r1>> ({rel1}), who will stay overnight at <<ADDRESS:addr>>.
Instructions reviewed by <<PERSON:s6>>, RN. Follow-up with Dr. <<PERSON:s1_l>> <<DATE:d_fu>>.
If concerns call the surgeon's office <<PHONE:ph_desk>>, or the patient's family doctor Dr <<PERSON:s8_fl>>.
Survey: <<URL:url>>""",
    "us_claim_appeal": """Appeal of denied claim <<ID:claim>>
Member: <<PERSON:pt_up>>   {hc_lbl}: <<ID:hc>>   DOB <<DATE:dob>>
Provider: <<PERSON:s1>>, MD (NPI <<ID:lic>>), <<ORG:hosp>>
Date of service: <<DATE:d_op>>; CPT 27130; implant invoice <<ID:order>> from <<ORG:firm>>.
To the medical director: Mr/Mrs <<PERSON:pt_l>> is a <<AGE:age>>-year-old with end-stage OA who failed 6 months of PT ({proc}). Prior auth was requested <<DATE:d_ref>> (ref <<ID:ref>>).
Please direct questions to our billing specialist <<PERSON:s10>> at <<PHONE:ph_desk>> or fax <<PHONE:ph_fax>>.""",
}


# ---------------------------------------------------------------------------------------------
# Chinese templates
# ---------------------------------------------------------------------------------------------
ZH_BLIND20_TEMPLATES: Final[dict[str, str]] = {
    "zh_ssk_paiban": """<<ORG:hosp>>手术室 手术排班表（<<DATE:d_op>>）
术间 | 台次 | 姓名 | 住院号 | 床号 | 手术名称 | 主刀 | 麻醉 | 洗手 | 巡回
{room} | 1 | <<PERSON:pt>> | <<ID:zyh>> | <<ID:bed>> | {proc} | <<PERSON:s1>> | <<PERSON:s2>> | <<PERSON:s4>> | <<PERSON:s5>>
{room} | 2 | <<PERSON:o1>> | <<ID:o1_id>> | <<ID:o1_bed>> | {o1_proc} | <<PERSON:s1>> | <<PERSON:s2>> | <<PERSON:s4>> | <<PERSON:s5>>
{room} | 3 | <<PERSON:o2>> | <<ID:o2_id>> | <<ID:o2_bed>> | {o2_proc} | <<PERSON:s3>> | <<PERSON:s10>> | <<PERSON:s6>> | <<PERSON:s5>>
备注：首台{t1}入室；第3台需备血，联系输血科<<PHONE:ph_short>>。排班：<<PERSON:s7>>（护士长）""",
    "zh_shuqian_fangshi": """术前访视记录单
患者：<<PERSON:pt>>  性别：女  年龄：<<AGE:age>>岁  科室：普外科  床号：<<ID:bed>>  住院号：<<ID:zyh>>
身份证号：<<ID:sfz>>
拟施手术：{proc}   拟手术日期：<<DATE:d_op>>
访视内容：向患者及家属（{rel1}<<PERSON:r1>>，电话<<PHONE:ph_r1>>）介绍手术室环境、术前禁食禁饮时间、术中配合要点。患者紧张，已安慰。
既往史：高血压10年，口服氨氯地平5mg qd。无过敏史。
访视护士：<<PERSON:s5>>   访视时间：<<DATE:d_pre>> {t2}""",
    "zh_mazui_jilu": """麻醉记录单    <<ORG:hosp>>
姓名 <<PERSON:pt>>  年龄 <<AGE:age_zh>>岁  病案号 <<ID:bah>>  麻醉编号 <<ID:mzbh>>
手术日期 <<DATE:d_op>>  手术间 {room}
术前诊断：胆囊结石伴慢性胆囊炎   拟行手术：{proc}   ASA分级 {asa}
麻醉方法：全身麻醉（气管插管）
麻醉医师：<<PERSON:s2>>  <<PERSON:s10_s>>（住院医）   麻醉护士：<<PERSON:s6>>
{t1} 入室，{t2} 诱导：丙泊酚120mg，舒芬太尼20μg，罗库溴铵40mg
{t3} 切皮   {t4} 手术结束   {t5} 拔管，送PACU
术中出血{ebl}ml，输液1500ml，尿量300ml
签名：<<PERSON:s2>>""",
    "zh_anquan_hecha": """手术安全核查表
科别：骨科   患者姓名：<<PERSON:pt>>   性别：男   年龄：<<AGE:age>>
病案号：<<ID:bah>>   住院号：<<ID:zyh>>   麻醉方式：腰硬联合
手术方式：{proc}   术者：<<PERSON:s1>>   手术日期：<<DATE:d_op>>
一、麻醉实施前：患者身份、手术部位与标识、知情同意均已核对。
二、手术开始前：手术、麻醉、护理三方再次核对。器械包<<ID:tray>>灭菌指示合格。
三、患者离开手术室前：实际手术方式确认，物品清点正确，病理标本<<ID:bl>>已送检。
手术医师签名：<<PERSON:s1>>  <<PERSON:s3>>
麻醉医师签名：<<PERSON:s2>>
手术室护士签名：<<PERSON:s4>>/<<PERSON:s5>>""",
    "zh_shoushu_jilu": """手术记录
姓名：<<PERSON:pt>>  住院号：<<ID:zyh>>  身份证号：<<ID:sfz>>
手术日期：<<DATE:d_op>>  开始{t3}  结束{t4}
术前诊断：右侧腹股沟斜疝   术后诊断：同前
手术名称：{proc}
手术者：<<PERSON:s1>>   一助：<<PERSON:s3>>   二助：<<PERSON:s8>>（规培）
麻醉方式：全麻   麻醉医师：<<PERSON:s2>>
手术经过：患者仰卧位，麻醉成功后常规消毒铺巾……补片批号<<ID:lot>>，固定满意，逐层关闭切口。
术中出血约{ebl}ml，术后安返病房。术后向家属<<PERSON:r1>>交代病情。
记录者：<<PERSON:s3>>  <<DATE:d_op>>""",
    "zh_yuyin_zhuanxie": """【语音转写-未审核】
今天是<<DATE:d_op>>下午 病人<<PERSON:pt>>逗号 住院号<<ID:zyh>> 句号 由<<PERSON:s1_s>>主任主刀 逗号 我<<PERSON:s3>>一助 句号
手术名称{proc} 句号 术中发现……啊 那个 粘连比较重 句号 冰冻送了 病理号<<ID:bl>> 句号
出血大概{ebl}毫升 句号 老<<PERSON:s2_s>>那边麻醉很平稳 句号
另起一段 术后跟家属沟通了 他{rel1}<<PERSON:r1>>在外面 电话<<PHONE:ph_r1>> 句号
小<<PERSON:s5_s>>记得把器械包条码<<ID:tray>>贴到记录上 句号 完""",
    "zh_zhiruwu_dengji": """植入性医疗器械使用登记表    <<ORG:hosp>>
患者姓名：<<PERSON:pt>>  住院号：<<ID:zyh>>  医保号：<<ID:ybh>>
手术日期：<<DATE:d_op>>  手术名称：{proc}
产品名称 | 生产企业/供应商 | 注册证号 | 批号 | 序列号 | 有效期
髋臼杯 | <<ORG:firm>> | {reg} | <<ID:lot>> | <<ID:sn>> | <<DATE:d_exp>>
UDI：<<ID:udi>>
条形码粘贴处（已粘贴）
主刀医师：<<PERSON:s1>>   巡回护士：<<PERSON:s5>>   跟台人员：<<PERSON:s9>>（<<PHONE:ph_s>>）
患者/家属签字：<<PERSON:r1>>""",
    "zh_qixiebao_zhuisu": """消毒供应中心 器械包追溯记录（导出）
包条码,包名称,清洗人,包装人,灭菌锅次,灭菌日期,使用手术间,使用患者,住院号,使用日期
<<ID:tray>>,骨科基础包,<<PERSON:s6>>,<<PERSON:s7>>,3-{room},<<DATE:d_pre>>,{room},<<PERSON:pt>>,<<ID:zyh>>,<<DATE:d_op>>
<<ID:tray2>>,腔镜器械包,<<PERSON:s6>>,<<PERSON:s9_nick>>,2-{room},<<DATE:d_pre>>,{room},<<PERSON:pt>>,<<ID:zyh>>,<<DATE:d_op>>
外来器械：<<ORG:firm>>送达，接收人<<PERSON:s4>>，送货人<<PERSON:s10>> <<PHONE:ph_s>>
追溯查询：<<URL:url2>>""",
    "zh_fusushi_jiaojie": """麻醉恢复室（PACU）交接记录
患者：<<PERSON:pt>>，<<AGE:age>>岁，{room}号间，床号<<ID:bed>>，住院号<<ID:zyh>>
手术：{proc}   麻醉：全麻   手术结束{t4}
交班：麻醉医生<<PERSON:s2_s>>、手术室护士<<PERSON:s5_nick>>   接班：复苏室护士<<PERSON:s6>>
入室T 36.4℃，BP 132/78mmHg，SpO2 98%。{t5}拔除喉罩，Steward评分6分。
疼痛评分3分，给予氟比洛芬酯50mg。
出室{t6}，送回病房，病房护士<<PERSON:s7_g>>接收。""",
    "zh_rijian_suifang": """日间手术中心 术后随访记录
患者：<<PERSON:pt>>  门诊号：<<ID:mzh>>  手术：{proc}（<<DATE:d_op>>）
随访日期：<<DATE:d_next>>  随访方式：电话  号码：<<PHONE:ph>>
接听人：患者本人/家属（{rel1}<<PERSON:r1>>）
伤口：无渗血渗液；疼痛：轻度；体温正常；已正常进食。
嘱：<<DATE:d_fu>>来院拆线，挂<<PERSON:s1>>医生门诊。如有不适拨打日间手术中心<<PHONE:ph_desk>>。
随访护士：<<PERSON:s6>>（工号<<ID:badge>>）""",
    "zh_yizhi_xietiao": """器官移植协调记录    <<ORG:hosp>>器官移植中心
供体编号：<<ID:donor>>   供体医院：<<ORG:hosp2>>（<<LOCATION:city2>>）   获取日期：<<DATE:d_donor>>
受者：<<PERSON:pt>>，<<AGE:age>>岁，血型A，受者编号<<ID:recip>>，住院号<<ID:zyh>>
身份证：<<ID:sfz>>   联系电话：<<PHONE:ph>>
{t1} 接到分配系统通知；{t2} 通知受者，由{rel1}<<PERSON:r1>>陪同从<<LOCATION:city>>赶来。
{t3} 器官到达，冷缺血时间约{t4}起算。
移植医生：<<PERSON:s1>>；协调员：<<PERSON:s9>>（<<PHONE:ph_s>>，<<EMAIL:email_dept>>）""",
    "zh_bingdong_shenqing": """术中快速冰冻病理申请单
送检医院：<<ORG:hosp>>  科室：乳腺外科  手术间：{room}
姓名：<<PERSON:pt>>  性别：女  年龄：<<AGE:age>>  住院号：<<ID:zyh>>  床号：<<ID:bed>>
送检标本：左乳肿物   离体时间：{t1}   固定：否
临床诊断：左乳肿物性质待查
送检医生：<<PERSON:s1>>   电话：<<PHONE:ph_short>>
病理号：<<ID:bl>>   报告：（左乳）浸润性导管癌，待石蜡。报告医师：<<PERSON:s7>>  {t2}
电话通知：<<PERSON:s3_s>>医生（{t2}）""",
    "zh_zitixue_huishou": """术中自体血回收记录单
患者：<<PERSON:pt>>  住院号：<<ID:zyh>>  手术日期：<<DATE:d_op>>
手术：{proc}   回收机编号<<ID:sn>>   耗材批号<<ID:lot>>
回收开始{t2}，操作者<<PERSON:s6>>；回收量{cell_ml}ml，回输{t4}
回收单号：<<ID:salv>>   异体血：红细胞悬液2U，血袋号<<ID:blood>>
核对人：<<PERSON:s2>>、<<PERSON:s5>>""",
    "zh_tousu_chuli": """患者投诉处理登记表    编号：<<ID:comp>>
投诉人：<<PERSON:r1>>（患者{rel1}）   联系电话：<<PHONE:ph_r1>>
患者：<<PERSON:pt>>   住院号：<<ID:zyh>>   手术日期：<<DATE:d_op>>
投诉内容：称手术当天等待5小时无人告知，术后<<PERSON:s1_s>>主任未与家属见面；另称收费清单中有未使用的耗材（批号<<ID:lot>>）。
受理人：<<PERSON:s9>>（医务处）   受理日期：<<DATE:d_comp>>
处理意见：由手术室护士长<<PERSON:s7_s>>、麻醉科<<PERSON:s2>>共同核查，3个工作日内回复。
回复邮箱：<<EMAIL:email_dept>>""",
    "zh_zhiqing_tonghua": """手术知情同意书（术前谈话记录）
患者<<PERSON:pt>>，<<AGE:age_zh>>岁，身份证号<<ID:sfz>>，家住<<ADDRESS:addr>>。
拟于<<DATE:d_op>>在<<ORG:hosp>>行{proc}。
谈话医师：<<PERSON:s3>>   主刀：<<PERSON:s1>>
患者签名：<<PERSON:pt>>   委托人：<<PERSON:r1>>（{rel1}） 电话：<<PHONE:ph_r1>>
谈话时间：<<DATE:d_pre>> {t5}""",
    "zh_weixin_qun": """【麻醉科-手术室工作群】
<<PERSON:s6>>：{room}间第一台<<PERSON:pt>>，还在病房没下来
<<PERSON:s2_nick>>：病房说<<PERSON:pt_g>>血压高，{t2}再测
<<PERSON:s7>>：@<<PERSON:s4_g>> 那台的器械包<<ID:tray>>到了吗
<<PERSON:s4_g>>：到了 在无菌间
<<PERSON:s1_s>>主任：我{t3}到，先把二台<<PERSON:o2>>接进来
<<PERSON:s5_nick>>：收到👌 二台住院号<<ID:o2_id>>，已核对
<<PERSON:s6>>：家属<<PERSON:r1>>在等候区，电话<<PHONE:ph_r1>>""",
    "zh_duanxin_tongzhi": """【<<ORG:hosp>>】尊敬的<<PERSON:pt>>，您好！您预约的日间手术（{proc}）安排在<<DATE:d_op>> {t1}，请于{t7}前空腹到门诊楼4楼日间手术中心报到，携带身份证及医保卡（医保号<<ID:ybh>>）。预约号<<ID:order>>。改期请致电<<PHONE:ph_desk>>，或登录<<URL:url>>。回复TD退订""",
    "zh_gaoling_pinggu": """高龄患者术前多学科评估
患者<<PERSON:pt>>，<<AGE:age>>岁，因“跌倒致右髋疼痛”于<<DATE:d_adm>>入院，住院号<<ID:zyh>>，身份证<<ID:sfz>>。
既往：冠心病、慢性心衰（EF 45%），老年痴呆轻度。独居于<<LOCATION:town>>，平时由保姆<<PERSON:r2>>照顾。
参会：骨科<<PERSON:s1>>、麻醉科<<PERSON:s2>>、老年科<<PERSON:s7>>、心内科<<PERSON:s8_s>>主任
结论：限期行{proc}，神经阻滞+轻度镇静。{rel1}<<PERSON:r1>>（<<PHONE:ph_r1>>）已知情同意。
记录：<<PERSON:s3>>  <<DATE:d_pre>>""",
    "zh_qixie_zhaohui": """关于植入物批次召回的告知函
<<PERSON:pt>>先生/女士：
您于<<DATE:d_op>>在我院接受{proc}，术中使用的植入物（批号<<ID:lot>>，序列号<<ID:sn>>）属于<<ORG:firm>>本次主动召回范围。
请于<<DATE:d_fu>>前携带病历（病案号<<ID:bah>>）到骨科门诊找<<PERSON:s1>>主任复查。
咨询电话：<<PHONE:ph_desk>>；产品信息可查询<<URL:url2>>。
<<ORG:hosp>>医务处  <<DATE:d_comp>>""",
    "zh_bingqu_jiaoban": """外科病区 护理交班本 <<DATE:d_op>> 夜班
<<ID:bed>>床 <<PERSON:pt>> <<AGE:age>>岁 今日行{proc}，{t4}返回病房，生命体征平稳，切口敷料干燥，留置尿管通畅。家属<<PERSON:r1>>陪护。
<<ID:o1_bed>>床 <<PERSON:o1>> 明日手术，已备皮、禁食，术前谈话已签。
<<ID:o2_bed>>床 <<PERSON:o2>> 术后第2天，体温38.1℃，已报告值班医生<<PERSON:s3_s>>。
交班：<<PERSON:s6>>   接班：<<PERSON:s7_nick>>""",
    "zh_rijian_chuyuan": """日间手术出院小结
姓名：<<PERSON:pt>>  门诊号：<<ID:mzh>>  医保号：<<ID:ybh>>  身份证：<<ID:sfz>>
入出院日期：<<DATE:d_op>>
手术：{proc}   主刀：<<PERSON:s1>>   麻醉：<<PERSON:s2>>
出院诊断：同上。出院时情况：生命体征平稳，VAS 2分，可自行行走。
出院医嘱：1. 切口保持干燥；2. <<DATE:d_fu>>复诊；3. 如有发热、出血请及时来院。
联系人：<<PERSON:r1>>（{rel1}），地址：<<ADDRESS:addr>>
医师：<<PERSON:s3>>  电话：<<PHONE:ph_desk>>""",
    "zh_pinyin_huanzhe": """国际医疗部 术前麻醉访视（双语）
Patient / 患者：<<PERSON:pt_py>>（<<PERSON:pt>>）   Passport/身份证：<<ID:sfz>>
MRN / 病案号：<<ID:bah>>   Tel：<<PHONE:ph>>   Email：<<EMAIL:email>>
Surgery / 手术：{proc}   Date：<<DATE:d_op>>
Anesthesiologist / 麻醉医师：Dr. <<PERSON:s1_py>>（<<PERSON:s1>>）
Interpreter / 翻译：<<PERSON:s10>>
Note：患者<<PERSON:pt_g>>在<<LOCATION:city>>出生，现居<<ADDRESS:addr>>，既往在<<ORG:hosp2>>做过阑尾切除。""",
    "zh_zhuanyun_jiaojie": """手术室-ICU 患者转运交接单
患者：<<PERSON:pt>>  年龄：<<AGE:age>>  住院号：<<ID:zyh>>  床号：ICU-<<ID:bed>>
手术：{proc}（<<DATE:d_op>>）
管道：气管插管、右颈内静脉导管、胃管、尿管、腹腔引流管2根
转出：麻醉医生<<PERSON:s2>>、手术室护士<<PERSON:s5>>   转入：ICU医生<<PERSON:s8>>、护士<<PERSON:s9_g>>
转运时间：{t6}   转运途中平稳
家属<<PERSON:r1>>已告知，电话<<PHONE:ph_r1>>""",
    "zh_shoushu_biaoji": """手术部位标识确认单
患者姓名：<<PERSON:pt>>（小名“<<PERSON:pt_nick>>”）  住院号：<<ID:zyh>>
手术部位：左侧膝关节   手术：{proc}
标记者：<<PERSON:s3>>   标记时间：<<DATE:d_pre>> {t3}
患者/家属确认：<<PERSON:r1>>（{rel1}）
病房护士核对：<<PERSON:s7>>   手术室接诊核对：<<PERSON:s5>>""",
    "zh_buliang_shijian": """医疗安全（不良）事件报告    事件编号：<<ID:event>>
发生时间：<<DATE:d_op>> {t5}   地点：手术室{room}间
患者：<<PERSON:pt>>  住院号：<<ID:zyh>>  床号：<<ID:bed>>
事件类型：手术物品清点不清
经过：关腹前清点发现纱布少1块，巡回护士<<PERSON:s5>>立即告知主刀<<PERSON:s1>>，C臂透视后于手术台下找到。
报告人：<<PERSON:s5>>（工号<<ID:badge2>>，电话<<PHONE:ph_s>>）
科室负责人：<<PERSON:s7_s>>护士长   上报日期：<<DATE:d_next>>""",
    "zh_yizhi_suifang": """肾移植术后随访表
患者：<<PERSON:pt>>   受者编号：<<ID:recip>>   移植日期：<<DATE:d_op>>
本次随访：<<DATE:d_next>>   他克莫司谷浓度6.8ng/ml，肌酐98μmol/L
供体编号：<<ID:donor>>
联系方式：<<PHONE:ph>> / 家属<<PERSON:r1>> <<PHONE:ph_r1>>
住址：<<ADDRESS:addr>>
随访医生：<<PERSON:s1>>   协调员：<<PERSON:s9>>
下次随访：<<DATE:d_fu>>，检验条码<<ID:jy>>""",
    "zh_youjian": """发件人：<<PERSON:s1>> <<EMAIL:email_s>>
收件人：<<EMAIL:email_dept>>
日期：<<DATE:d_pre>>
主题：下周加台申请

<<PERSON:s7_s>>老师好：
下周想加一台{proc2}，患者<<PERSON:pt>>（住院号<<ID:zyh>>），需要<<ORG:firm>>的跟台人员<<PERSON:s9>>。器械清单见附件，也可以在<<URL:url>>查看。
麻醉请<<PERSON:s2_s>>老师帮忙看一下，患者<<AGE:age>>岁，心功能一般。
谢谢！
<<PERSON:s1>>  骨科  <<PHONE:ph_desk>>""",
    "zh_waichu_qixie": """外来医疗器械接收登记
日期：<<DATE:d_pre>>   手术日期：<<DATE:d_op>>
供应商：<<ORG:firm>>   送货人：<<PERSON:s10>>   电话：<<PHONE:ph_s>>
器械名称：脊柱内固定工具包（共3箱）   包号：<<ID:tray>>、<<ID:tray2>>
使用患者：<<PERSON:pt>>   住院号：<<ID:zyh>>   主刀：<<PERSON:s1>>
接收人：<<PERSON:s6>>   清洗灭菌：<<PERSON:s7_g>>
传真回执请发至<<PHONE:ph_fax>>""",
    "zh_jiashu_dengdai": """手术等候区 家属信息登记
手术患者：<<PERSON:pt>>（<<PERSON:pt_s>>*）  手术间：{room}   状态：手术中
家属：<<PERSON:r1>>（{rel1}）  手机：<<PHONE:ph_r1>>
第二联系人：<<PERSON:r2>>  手机：<<PHONE:ph_r2>>
来自：<<LOCATION:city>><<LOCATION:town>>
广播：请<<PERSON:pt>>的家属到谈话间，<<PERSON:s1_s>>医生找。
登记人：导医<<PERSON:s10_nick>>""",
    "zh_yibao_jiesuan": """住院费用结算单（手术）
医院：<<ORG:hosp>>   结算日期：<<DATE:d_dc>>
姓名：<<PERSON:pt>>   医保号：<<ID:ybh>>   住院号：<<ID:zyh>>   身份证号：<<ID:sfz>>
入院：<<DATE:d_adm>>   出院：<<DATE:d_dc>>
手术费 3,860.00   麻醉费 1,240.00   植入物（批号<<ID:lot>>） 12,600.00
商业保险保单号：<<ID:ins>>
经办人：<<PERSON:s9_g>>   电话：<<PHONE:ph_land>>""",
}


# ---------------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------------
def _country_of(template_name: str) -> str:
    return template_name.split("_", 1)[0]


def generate_blind20(language: str, count: int) -> list[SynthNote]:
    """``count`` notes; note i uses the i-th template in sorted name order (round robin)."""
    if language == "en":
        templates = EN_BLIND20_TEMPLATES
    elif language == "zh":
        templates = ZH_BLIND20_TEMPLATES
    else:
        raise ValueError(f"unsupported language {language!r}; expected 'en' or 'zh'")
    names = sorted(templates)
    age_of: Callable[[str], int] = blind20_age_of
    notes: list[SynthNote] = []
    for i in range(count):
        name = names[i % len(names)]
        rng = random.Random(f"{BLIND20_SEED}:{language}:{i}")
        fakers = _seeded_fakers(rng.randrange(2**31))
        if language == "en":
            values, known = _en_values(rng, fakers, _country_of(name))
        else:
            values, known = _zh_values(rng, fakers)
        text, spans = render(templates[name], values, age_of=age_of)
        notes.append(
            SynthNote(
                note_id=f"{BLIND20_SPLIT}-{language}-{i + 1:04d}",
                split=BLIND20_SPLIT,
                language=language,
                template=name,
                text=text,
                spans=spans,
                known=tuple(known),
            )
        )
    return notes
