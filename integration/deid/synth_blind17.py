# ruff: noqa: E501
"""Blind evaluation set 17: money, law and work (issue 4 blind sets).

Theme: insurance pre-authorisations, claims and appeals, billing disputes and collections letters,
workers-compensation and occupational-health assessments, fitness-to-work certificates, medico-legal
reports for solicitors and courts, subpoenas and records-release requests, complaints and
patient-advocacy cases, serious-incident investigations, staff credentialing and HR files, military
and veterans health records, travel-insurance repatriation; in Chinese 商业保险理赔、医保结算、异地就医备案、
工伤认定、职业病诊断、司法鉴定、医疗纠纷调解、病历复印申请、投诉处理、员工入职体检、退役军人优抚. English notes are
set in the US, the UK, Canada, Australia and the UAE; Chinese notes in mainland China.

This set was written blind: its author read only ``synth.py`` (the template format, ``render``,
``cn_resident_id``), ``model.py`` and the structure test, never the de-identifier or the other blind
sets. Do not tune the de-identifier against these templates; report only aggregate figures.

Gold conventions (those of ``synth.py``): ``<<KIND:key>>`` is a gold span and ``{key}`` is filler.

* PERSON: every person's name in any form (patients, relatives, staff, lawyers, anyone): full,
  first-only, surname-only, initials, "Last, First", ALL CAPS, lower case, mis-typed, nicknames,
  Chinese 全名/姓/名/小名 and pinyin. Titles and roles stay outside (Dr, Mr, Ms, RN, MD, Judge,
  医生, 护士, 主任, 老师, 律师, 阿姨, 先生, 女士); the 老/小 prefix of a surname stays outside and the
  surname alone is gold (老<王>, 小<李>), but a nickname built on a given-name character (小娟,
  阿芳, 娟娟) is one span. A possessive 's stays outside.
* ID: record, account, claim, policy, member, authorisation, case, court, incident, complaint,
  specimen, device, licence, staff, service and national numbers; a document number written as a
  whole (（2024）鄂0102民初1234号) is one span. Each Chinese note holds exactly one 18-digit resident
  ID, the patient's (``cn_resident_id``).
* PHONE (phones and faxes, extension included), EMAIL, URL, ADDRESS (one span, may include the
  city), LOCATION (cities, towns and districts below state/province level; countries, states,
  provinces and emirates as regions are not gold), DATE (any date with a day or month; times,
  weekdays and bare years are not), AGE (only 90 or more is gold; younger ages are rendered but
  not gold), ORG (named local facilities, firms, law firms, insurers, employers, courts and local
  offices named with their place). National and state programmes and regulators (Medicare, NHS,
  VA, WSIB, WorkSafe, DHA, 医保, 国家医保局), drugs, doses, amounts, codes (CPT, ICD), scores, lab
  values and eponyms are not gold.

``known`` holds what the patient's record holds: name parts, record number (and, in Chinese, the
resident ID), phone, address, birth date (ISO) and e-mail.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass
from typing import Final

from faker import Faker

from integration.deid.model import KnownIdentifier
from integration.deid.synth import SynthNote, cn_resident_id, render

__all__ = [
    "BLIND17_SEED",
    "BLIND17_SPLIT",
    "EN_BLIND17_TEMPLATES",
    "ZH_BLIND17_TEMPLATES",
    "blind17_age_of",
    "generate_blind17",
]

BLIND17_SEED: Final = 58230417
BLIND17_SPLIT: Final = "blind17"

# ---------------------------------------------------------------------------------------------
# Ages: digits, English words, Chinese numerals
# ---------------------------------------------------------------------------------------------
_ONES: Final = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_TENS: Final = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ZH_DIGITS: Final = "零一二三四五六七八九"


def _en_number_words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, rest = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[rest]}" if rest else "")
    hundreds, rest = divmod(n, 100)
    return f"{_ONES[hundreds]} hundred" + (f" and {_en_number_words(rest)}" if rest else "")


def _zh_number(n: int) -> str:
    if n < 10:
        return _ZH_DIGITS[n]
    if n < 100:
        tens, rest = divmod(n, 10)
        return ("" if tens == 1 else _ZH_DIGITS[tens]) + "十" + (_ZH_DIGITS[rest] if rest else "")
    hundreds, rest = divmod(n, 100)
    head = _ZH_DIGITS[hundreds] + "百"
    if not rest:
        return head
    if rest < 10:
        return head + "零" + _ZH_DIGITS[rest]
    tens, ones = divmod(rest, 10)
    return head + _ZH_DIGITS[tens] + "十" + (_ZH_DIGITS[ones] if ones else "")


_EN_NUMBER_VALUES: Final[dict[str, int]] = {word: i for i, word in enumerate(_ONES)} | {
    word: 10 * i for i, word in enumerate(_TENS) if word
}


def blind17_age_of(value: str) -> int:
    """Read an ``<<AGE:…>>`` value: ``93``, ``ninety-three``, ``one hundred and two``, ``九十三``, ``一百零二``."""
    text = value.strip().lower()
    if text.isdigit():
        return int(text)
    if text and all(ch in "零〇一二两三四五六七八九十百" for ch in text):
        total = 0
        digit = 0
        for ch in text:
            if ch == "十":
                total += (digit or 1) * 10
                digit = 0
            elif ch == "百":
                total += digit * 100
                digit = 0
            else:
                digit = 2 if ch == "两" else (0 if ch == "〇" else _ZH_DIGITS.index(ch))
        return total + digit
    words = text.replace("-", " ").replace(",", " ").split()
    if not words:
        raise ValueError("not an age")
    total = 0
    for word in words:
        if word == "and":
            continue
        if word == "a":
            total += 1
        elif word == "hundred":
            total = max(total, 1) * 100
        elif word in _EN_NUMBER_VALUES:
            total += _EN_NUMBER_VALUES[word]
        else:
            raise ValueError("not an age")
    return total


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------
_FAKER_CACHE: dict[str, Faker] = {}


class _NoteFaker:
    """Faker instances shared across notes, each seeded from the note on its first use in it."""

    def __init__(self, note_seed: str) -> None:
        self._seed = note_seed
        self._seeded: set[str] = set()

    def __call__(self, locale: str) -> Faker:
        fake = _FAKER_CACHE.get(locale)
        if fake is None:
            fake = Faker(locale)
            _FAKER_CACHE[locale] = fake
        if locale not in self._seeded:
            fake.seed_instance(f"{self._seed}:{locale}")
            self._seeded.add(locale)
        return fake


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if ch.isascii() and (ch.isalnum() or ch in ".-_"))


def _digits(rng: random.Random, n: int, *, lead_nonzero: bool = False) -> str:
    first = str(rng.randint(1, 9)) if lead_nonzero else str(rng.randint(0, 9))
    return first + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _letters(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def _pick(rng: random.Random, options: tuple[str, ...] | list[str]) -> str:
    return options[rng.randrange(len(options))]


def _pick_pair(rng: random.Random, options: tuple[tuple[str, str], ...]) -> tuple[str, str]:
    return options[rng.randrange(len(options))]


def _shift(day: dt.date, rng: random.Random, low: int, high: int) -> dt.date:
    return day + dt.timedelta(days=rng.randint(low, high))


_MONTHS: Final = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _en_date(day: dt.date, style: str) -> str:
    month = _MONTHS[day.month - 1]
    styles = {
        "mdy": f"{day.month:02d}/{day.day:02d}/{day.year}",
        "mdy_short": f"{day.month}/{day.day}/{day.year}",
        "mdy_yy": f"{day.month:02d}/{day.day:02d}/{day.year % 100:02d}",
        "mdy_dash": f"{day.month:02d}-{day.day:02d}-{day.year}",
        "long_us": f"{month} {day.day}, {day.year}",
        "abbr_us": f"{month[:3]} {day.day}, {day.year}",
        "dmy": f"{day.day:02d}/{day.month:02d}/{day.year}",
        "dmy_short": f"{day.day}/{day.month}/{day.year}",
        "dmy_yy": f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d}",
        "dmy_dot": f"{day.day:02d}.{day.month:02d}.{day.year}",
        "long_uk": f"{day.day} {month} {day.year}",
        "ord_uk": f"{_ordinal(day.day)} {month} {day.year}",
        "abbr_uk": f"{day.day} {month[:3]} {day.year}",
        "dmon": f"{day.day:02d}-{month[:3]}-{day.year}",
        "mil": f"{day.day:02d}{month[:3].upper()}{day.year}",
        "mil_sp": f"{day.day:02d} {month[:3].upper()} {day.year % 100:02d}",
        "iso": day.isoformat(),
    }
    return styles[style]


_EN_DATE_STYLES: Final[dict[str, tuple[str, ...]]] = {
    "US": ("mdy", "mdy", "mdy_short", "mdy_yy", "mdy_dash", "long_us", "long_us", "abbr_us", "iso"),
    "UK": ("dmy", "dmy", "dmy_short", "long_uk", "long_uk", "ord_uk", "abbr_uk", "dmon", "dmy_dot", "dmy_yy"),
    "AU": ("dmy", "dmy", "dmy_short", "long_uk", "abbr_uk", "dmon", "dmy_yy", "iso"),
    "CA": ("iso", "iso", "long_us", "abbr_us", "dmy", "long_uk", "mdy"),
    "AE": ("dmy", "dmy", "dmy_dot", "long_uk", "abbr_uk", "dmon", "iso", "dmy_short"),
}


def _zh_date(day: dt.date, style: str) -> str:
    styles = {
        "full": f"{day.year}年{day.month}月{day.day}日",
        "full0": f"{day.year}年{day.month:02d}月{day.day:02d}日",
        "iso": day.isoformat(),
        "slash": f"{day.year}/{day.month}/{day.day}",
        "dot": f"{day.year}.{day.month:02d}.{day.day:02d}",
        "short": f"{day.year % 100:02d}年{day.month}月{day.day}日",
        "md": f"{day.month}月{day.day}日",
        "cn": "".join("〇一二三四五六七八九"[int(c)] for c in str(day.year))
        + f"年{_zh_number(day.month)}月{_zh_number(day.day)}日",
    }
    return styles[style]


_ZH_DATE_STYLES: Final = ("full", "full", "full", "full0", "iso", "iso", "slash", "dot")


_RELATION_WORDS: Final[dict[str, dict[str, tuple[str, str]]]] = {
    "en": {
        "child": ("son", "daughter"),
        "parent": ("father", "mother"),
        "sibling": ("brother", "sister"),
        "spouse": ("husband", "wife"),
    },
    "zh": {
        "child": ("儿子", "女儿"),
        "parent": ("父亲", "母亲"),
        "sibling": ("弟弟", "妹妹"),
        "spouse": ("丈夫", "妻子"),
    },
}
_INVERSE_ROLE: Final = {"child": "parent", "parent": "child", "sibling": "sibling", "spouse": "spouse"}


def _relations(rng: random.Random, language: str, pt_sex: str, kin_sex: str, pt_age: int) -> tuple[str, str]:
    """(kin's relation to the patient, the patient's relation to kin), plausible for the patient's age."""
    if pt_age >= 60:
        roles = ["child"]
    elif pt_age < 30:
        roles = ["parent", "sibling"]
    else:
        roles = ["sibling"] + (["child"] if pt_age >= 45 else ["parent"])
    if pt_sex != kin_sex and pt_age < 60:
        roles += ["spouse", "spouse"]
    role = _pick(rng, roles)
    words = _RELATION_WORDS[language]
    kin_word = words[role][0 if kin_sex == "M" else 1]
    pt_word = words[_INVERSE_ROLE[role]][0 if pt_sex == "M" else 1]
    return kin_word, pt_word


# ---------------------------------------------------------------------------------------------
# English-language people
# ---------------------------------------------------------------------------------------------
# (given name, sex) and surnames per group, hand-written; Faker supplies the rest.
_EN_GROUPS: Final[dict[str, tuple[tuple[tuple[str, str], ...], tuple[str, ...]]]] = {
    "west_african": (
        (
            ("Chukwuemeka", "M"),
            ("Oluwaseun", "M"),
            ("Adebayo", "M"),
            ("Kwame", "M"),
            ("Kofi", "M"),
            ("Yaw", "M"),
            ("Ngozi", "F"),
            ("Chiamaka", "F"),
            ("Folasade", "F"),
            ("Abena", "F"),
            ("Efua", "F"),
            ("Obinna", "M"),
            ("Nnamdi", "M"),
            ("Funmilayo", "F"),
            ("Blessing", "F"),
            ("Precious", "F"),
            ("Godwin", "M"),
        ),
        (
            "Okonkwo",
            "Adeyemi",
            "Nwosu",
            "Mensah",
            "Boateng",
            "Asante",
            "Okafor",
            "Eze",
            "Oyelaran",
            "Adebayo-Smith",
            "Owusu-Ansah",
            "Danquah",
            "Osei",
            "Nwachukwu",
            "Ogunleye",
            "Achebe-Morris",
        ),
    ),
    "east_african": (
        (
            ("Wanjiru", "F"),
            ("Kamau", "M"),
            ("Otieno", "M"),
            ("Achieng", "F"),
            ("Abebe", "M"),
            ("Tigist", "F"),
            ("Tesfaye", "M"),
            ("Hamza", "M"),
            ("Amina", "F"),
            ("Mekdes", "F"),
            ("Yohannes", "M"),
            ("Nasra", "F"),
        ),
        (
            "Kamau",
            "Otieno",
            "Abebe",
            "Tesfaye",
            "Wanjiku",
            "Mwangi",
            "Haile",
            "Gebremedhin",
            "Abdi",
            "Warsame",
            "Farah",
            "Odhiambo",
            "Kiprop",
        ),
    ),
    "south_asian": (
        (
            ("Priya", "F"),
            ("Sanjay", "M"),
            ("Harpreet", "F"),
            ("Gurpreet", "M"),
            ("Venkatesh", "M"),
            ("Lakshmi", "F"),
            ("Arjun", "M"),
            ("Ananya", "F"),
            ("Imran", "M"),
            ("Ayesha", "F"),
            ("Rukhsana", "F"),
            ("Tariq", "M"),
            ("Farhana", "F"),
            ("Sunil", "M"),
            ("Deepika", "F"),
            ("Rajinder", "M"),
            ("Nirmala", "F"),
            ("Kiran", "F"),
            ("Balwinder", "M"),
            ("Shreya", "F"),
            ("Mohammed Irfan", "M"),
        ),
        (
            "Patel",
            "Chaudhary",
            "Venkataraman",
            "Subramanian",
            "Iyer",
            "Khan",
            "Siddiqui",
            "Rahman",
            "Hossain",
            "Sandhu",
            "Gill",
            "Dhillon",
            "Nair",
            "Menon",
            "Krishnamurthy",
            "Bhattacharya",
            "Chowdhury",
            "Qureshi",
            "Malik",
            "Pillai",
            "D'Souza",
            "Fernandes",
            "Thiruvengadam",
            "Kaur",
        ),
    ),
    "east_se_asian": (
        (
            ("Hiroshi", "M"),
            ("Yuki", "F"),
            ("Keiko", "F"),
            ("Min-jun", "M"),
            ("Seo-yeon", "F"),
            ("Ji-woo", "F"),
            ("Wei", "M"),
            ("Xiaoling", "F"),
            ("Jun", "M"),
            ("Somchai", "M"),
            ("Siriporn", "F"),
            ("Nattapong", "M"),
            ("Thanh", "M"),
            ("Huong", "F"),
            ("Ngoc Anh", "F"),
            ("Maricel", "F"),
            ("Rowena", "F"),
            ("Jericho", "M"),
            ("Analyn", "F"),
            ("Bayani", "M"),
        ),
        (
            "Nguyen",
            "Tran",
            "Pham",
            "Le",
            "Vo",
            "Tanaka",
            "Sato",
            "Watanabe",
            "Kim",
            "Park",
            "Lee",
            "Choi",
            "Wong",
            "Chan",
            "Lim",
            "Tan",
            "Ng",
            "Santos",
            "Reyes",
            "dela Cruz",
            "Bautista",
            "Mendoza",
            "Villanueva",
            "Wongsawat",
            "Saelim",
            "Nguyen-Tran",
            "Ong",
            "Macaraeg",
        ),
    ),
    "hispanic": (
        (
            ("María José", "F"),
            ("Guadalupe", "F"),
            ("Jesús", "M"),
            ("José Luis", "M"),
            ("Ximena", "F"),
            ("Alejandro", "M"),
            ("Yesenia", "F"),
            ("Juan Carlos", "M"),
            ("Itzel", "F"),
            ("Rosario", "F"),
            ("Maricela", "F"),
            ("Consuelo", "F"),
            ("Refugio", "M"),
        ),
        (
            "García-López",
            "De la Torre",
            "Del Río",
            "Hernández",
            "Ramírez",
            "Gutiérrez",
            "Villaseñor",
            "Ochoa",
            "Quintero",
            "de León",
            "Castillo Ruiz",
            "Zúñiga",
            "Salazar",
            "Espinoza",
        ),
    ),
    "arabic": (
        (
            ("Mohammed", "M"),
            ("Mohamed", "M"),
            ("Fatima", "F"),
            ("Abdullah", "M"),
            ("Khalid", "M"),
            ("Mariam", "F"),
            ("Aisha", "F"),
            ("Omar", "M"),
            ("Yousef", "M"),
            ("Hessa", "F"),
            ("Noura", "F"),
            ("Rashid", "M"),
            ("Saif", "M"),
            ("Layla", "F"),
            ("Ahmed", "M"),
            ("Hamdan", "M"),
            ("Shamma", "F"),
            ("Reem", "F"),
        ),
        (
            "Al Mansoori",
            "Al-Hashimi",
            "bin Rashid",
            "Al Nuaimi",
            "Haddad",
            "Khoury",
            "Al Ketbi",
            "Al Shamsi",
            "Al Falasi",
            "El-Sayed",
            "Abu-Khalil",
            "Al Zaabi",
            "Saleh",
            "Mahmoud",
            "Al Marzouqi",
            "Al-Farsi",
        ),
    ),
    "east_european": (
        (
            ("Wojciech", "M"),
            ("Agnieszka", "F"),
            ("Katarzyna", "F"),
            ("Oleksandr", "M"),
            ("Olena", "F"),
            ("Dmytro", "M"),
            ("Bogdan", "M"),
            ("Irina", "F"),
            ("Andrzej", "M"),
            ("Małgorzata", "F"),
            ("Tomasz", "M"),
            ("Ioana", "F"),
            ("Vasile", "M"),
            ("Zsófia", "F"),
            ("Milica", "F"),
            ("Dragan", "M"),
        ),
        (
            "Nowak",
            "Kowalczyk",
            "Wiśniewski",
            "Popescu",
            "Ivanova",
            "Horvat",
            "Kovalenko",
            "Shevchenko",
            "Petrović",
            "Jovanović",
            "Nagy",
            "Dumitrescu",
            "Zielińska",
            "Kowalski-Nowak",
            "Brzezinski",
        ),
    ),
    "pacific": (
        (
            ("Sione", "M"),
            ("Mele", "F"),
            ("Tevita", "M"),
            ("Losaline", "F"),
            ("Sefo", "M"),
            ("Malakai", "M"),
            ("Aroha", "F"),
            ("Wiremu", "M"),
            ("Hemi", "M"),
            ("Mere", "F"),
            ("Tamati", "M"),
            ("Ngaire", "F"),
            ("Lupe", "F"),
        ),
        (
            "Taufa",
            "Fifita",
            "Tuilagi",
            "Leota",
            "Faleolo",
            "Havili",
            "Vaipulu",
            "Tupou",
            "Ngata",
            "Te Whare",
            "Parata",
            "Tipene",
        ),
    ),
    "indigenous": (
        (
            ("Jedda", "F"),
            ("Kirra", "F"),
            ("Jarrah", "M"),
            ("Winona", "F"),
            ("Nizhoni", "F"),
            ("Ahanu", "M"),
            ("Siqiniq", "F"),
            ("Tecumseh", "M"),
            ("Allira", "F"),
            ("Bindi", "F"),
            ("Koorine", "F"),
        ),
        (
            "Yunupingu",
            "Mununggurr",
            "Wanganeen",
            "Marika",
            "Gurruwiwi",
            "Wirrpanda",
            "Cardinal",
            "Littlechild",
            "Nanibush",
            "Bellegarde",
            "Akeeagok",
            "Begay",
            "Tsosie",
            "Yazzie",
            "Benally",
            "Manuelito",
            "Kakakaway",
        ),
    ),
    "word_names": (
        (
            ("Hope", "F"),
            ("Grace", "F"),
            ("Rose", "F"),
            ("Will", "M"),
            ("Mark", "M"),
            ("Bill", "M"),
            ("Faith", "F"),
            ("Sandy", "F"),
            ("Joy", "F"),
            ("Dawn", "F"),
            ("Summer", "F"),
            ("Chase", "M"),
            ("Justice", "F"),
            ("Penny", "F"),
            ("Sue", "F"),
            ("Rich", "M"),
            ("Frank", "M"),
            ("Hunter", "M"),
            ("Royal", "M"),
            ("Iris", "F"),
            ("Ivy", "F"),
            ("Amber", "F"),
            ("Honor", "F"),
            ("Sterling", "M"),
            ("Baker", "M"),
        ),
        (
            "Young",
            "Brown",
            "Law",
            "Price",
            "Cash",
            "Banks",
            "Fine",
            "Bond",
            "Judge",
            "Sterling",
            "Bishop",
            "Cook",
            "Major",
            "Wood",
            "Stone",
            "Hope",
            "Rose",
            "Payne",
            "Sharp",
            "Gold",
            "Fair",
            "Worth",
            "Bright",
            "Noble",
            "Moody",
            "Strong",
            "Little",
            "King",
            "Marsh",
            "Hill",
            "Field",
            "Church",
            "Rich",
            "Nurse",
            "Grant",
            "Cost",
        ),
    ),
    "particles": (
        (
            ("Pieter", "M"),
            ("Anneke", "F"),
            ("Siobhán", "F"),
            ("Declan", "M"),
            ("Margriet", "F"),
            ("Ruairí", "M"),
            ("Thandiwe", "F"),
            ("Liesl", "F"),
            ("Giancarlo", "M"),
            ("Aoife", "F"),
        ),
        (
            "van der Merwe",
            "de Souza",
            "O'Brien",
            "McAllister",
            "da Silva",
            "Le Roux",
            "St. John",
            "Smith-Okafor",
            "ter Haar",
            "von Bülow",
            "D'Angelo",
            "Ní Bhriain",
            "MacLeod",
            "Fitzgerald-Hayes",
            "de Vries",
            "van den Berg",
            "Du Plessis",
            "El Amrani",
            "Ben-David",
            "dos Santos",
            "O'Sullivan-Reyes",
            "Mac Fhearghais",
        ),
    ),
}

_EN_LOCALES: Final[dict[str, tuple[str, ...]]] = {
    "US": ("en_US", "en_US", "en_US", "en_US", "es_MX", "en_IN", "en_NG", "en_PH", "en_KE"),
    "UK": ("en_GB", "en_GB", "en_GB", "en_GB", "en_IE", "pl_PL", "ro_RO", "en_IN", "en_PK", "yo_NG", "ig_NG"),
    "AU": ("en_AU", "en_AU", "en_AU", "en_NZ", "en_NZ", "en_IN", "id_ID", "en_TH", "zu_ZA", "en_GB"),
    "CA": ("en_CA", "en_CA", "en_CA", "fr_CA", "fr_CA", "en_IN", "en_PH", "hu_HU", "tw_GH"),
    "AE": ("en_IN", "en_IN", "en_IN", "en_PK", "en_PH", "en_GB", "en_KE", "ha_NG", "ro_RO"),
}
_EN_GROUP_WEIGHTS: Final[dict[str, tuple[str, ...]]] = {
    "US": (
        "hispanic",
        "hispanic",
        "west_african",
        "south_asian",
        "east_se_asian",
        "indigenous",
        "word_names",
        "word_names",
        "particles",
        "arabic",
        "east_european",
        "pacific",
    ),
    "UK": (
        "south_asian",
        "south_asian",
        "west_african",
        "east_african",
        "east_european",
        "east_european",
        "word_names",
        "word_names",
        "particles",
        "arabic",
        "east_se_asian",
    ),
    "AU": (
        "pacific",
        "pacific",
        "indigenous",
        "indigenous",
        "east_se_asian",
        "east_se_asian",
        "south_asian",
        "word_names",
        "word_names",
        "particles",
        "arabic",
        "east_european",
    ),
    "CA": (
        "indigenous",
        "indigenous",
        "east_se_asian",
        "south_asian",
        "south_asian",
        "word_names",
        "word_names",
        "particles",
        "west_african",
        "arabic",
        "east_european",
        "hispanic",
    ),
    "AE": (
        "arabic",
        "arabic",
        "arabic",
        "south_asian",
        "south_asian",
        "east_se_asian",
        "east_se_asian",
        "word_names",
        "particles",
        "east_african",
        "west_african",
    ),
}

_NICKNAMES: Final[dict[str, tuple[str, ...]]] = {
    "Robert": ("Bob", "Rob", "Bobby"),
    "William": ("Bill", "Will", "Billy"),
    "Elizabeth": ("Liz", "Beth", "Lizzie"),
    "Margaret": ("Peggy", "Maggie", "Meg"),
    "Charles": ("Chuck", "Charlie"),
    "James": ("Jim", "Jimmy", "Jamie"),
    "Katherine": ("Kate", "Kathy"),
    "Catherine": ("Cathy", "Kate"),
    "Richard": ("Rich", "Rick", "Dick"),
    "Michael": ("Mike", "Mikey"),
    "Christopher": ("Chris", "Kit"),
    "Jennifer": ("Jen", "Jenny"),
    "Patricia": ("Pat", "Trish", "Patty"),
    "Alexander": ("Alex", "Sasha"),
    "Mohammed": ("Mo", "Hamoudi"),
    "Mohamed": ("Mo",),
    "Oluwaseun": ("Seun",),
    "Chukwuemeka": ("Emeka",),
    "Oluwaseyi": ("Seyi",),
    "Wojciech": ("Wojtek",),
    "Guadalupe": ("Lupe",),
    "José Luis": ("Pepe",),
    "Venkatesh": ("Venky",),
    "Sandra": ("Sandy",),
    "Abdullah": ("Abdu",),
    "Thomas": ("Tom", "Tommy"),
    "Joseph": ("Joe", "Joey"),
    "Daniel": ("Dan", "Danny"),
    "Edward": ("Ed", "Ted", "Eddie"),
    "Susan": ("Sue", "Susie"),
    "Deborah": ("Debbie", "Deb"),
    "Victoria": ("Vicky", "Tori"),
    "Anthony": ("Tony",),
    "Nicholas": ("Nick",),
    "Benjamin": ("Ben",),
    "Matthew": ("Matt",),
    "Jonathan": ("Jon",),
    "Samantha": ("Sam",),
    "Rebecca": ("Becky",),
    "Oleksandr": ("Sasha",),
    "Dmytro": ("Dima",),
    "Małgorzata": ("Gosia",),
    "Andrzej": ("Andy",),
    "Gurpreet": ("Gary",),
    "Balwinder": ("Bal",),
    "Tevita": ("Vita",),
    "Siqiniq": ("Siqi",),
    "Min-jun": ("MJ",),
    "Bayani": ("Yani",),
    "Giancarlo": ("Gianni",),
    "Kwame": ("Kay",),
    "Nnamdi": ("Nam",),
    "Jesús": ("Chuy",),
    "Refugio": ("Cuco",),
    "Consuelo": ("Chelo",),
    "Rosario": ("Charo",),
    "Penny": ("Pen",),
    "Hunter": ("Hunt",),
}

_BAD_NAME_STARTS: Final = ("Pastor", "Dr", "Mr", "Mrs", "Ms", "Miss", "Mx")


@dataclass(frozen=True)
class _EnPerson:
    first: str
    middle: str
    last: str
    sex: str
    nick: str


def _faker_en_name(rng: random.Random, fake: Faker, sex: str) -> tuple[str, str, str]:
    for _ in range(20):
        first = str(fake.first_name_female() if sex == "F" else fake.first_name_male())
        middle = str(fake.first_name_female() if sex == "F" else fake.first_name_male())
        last = str(fake.last_name())
        if not any(part.startswith(_BAD_NAME_STARTS) for part in (first, middle, last)) and " " not in last.strip():
            return first, middle, last
    return ("Jordan", "Lee", "Okafor") if rng.random() < 0.5 else ("Morgan", "Ann", "Haddad")


def _en_person(rng: random.Random, nf: _NoteFaker, country: str, *, surname: str | None = None) -> _EnPerson:
    sex = "F" if rng.random() < 0.5 else "M"
    if rng.random() < 0.5:
        first, middle, last = _faker_en_name(rng, nf(_pick(rng, _EN_LOCALES[country])), sex)
    else:
        givens, surnames = _EN_GROUPS[_pick(rng, _EN_GROUP_WEIGHTS[country])]
        first, sex = givens[rng.randrange(len(givens))]
        same_sex = [g for g, s in givens if s == sex and g != first] or [first]
        middle = _pick(rng, same_sex)
        last = _pick(rng, surnames)
        if rng.random() < 0.25:
            _other_givens, other_surnames = _EN_GROUPS[_pick(rng, _EN_GROUP_WEIGHTS[country])]
            last = _pick(rng, other_surnames)
    if surname is not None:
        last = surname
    if rng.random() < 0.55:
        middle = ""
    nick = _pick(rng, _NICKNAMES[first]) if first in _NICKNAMES else first
    return _EnPerson(first, middle, last, sex, nick)


def _typo(rng: random.Random, word: str) -> str:
    letters = list(word)
    positions = [i for i in range(1, len(letters) - 1) if letters[i].isalpha() and letters[i + 1].isalpha()]
    if not positions:
        return word + word[-1]
    i = rng.choice(positions)
    op = rng.randrange(3)
    if op == 0 and letters[i] != letters[i + 1]:
        letters[i], letters[i + 1] = letters[i + 1], letters[i]
    elif op == 1 and len(letters) > 4:
        del letters[i]
    else:
        letters.insert(i, letters[i])
    result = "".join(letters)
    return result if result != word else word + word[-1]


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.replace("-", " ").split() if part[0].isalpha())


_EN_MAIL_DOMAINS: Final = (
    "gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "bigpond.com", "icloud.com", "shaw.ca",
    "proton.me", "emirates.net.ae", "btinternet.com", "optusnet.com.au", "rogers.com",
)  # fmt: skip


def _en_forms(rng: random.Random, key: str, person: _EnPerson) -> dict[str, str]:
    first, middle, last = person.first, person.middle, person.last
    full = f"{first} {last}"
    ini = _initials(first) + _initials(last)
    mid_initial = f" {middle[0]}." if middle else ""
    hon = "Mr" if person.sex == "M" else _pick(rng, ("Ms", "Ms", "Mrs", "Miss"))
    mail_local = _pick(
        rng,
        (
            f"{_ascii(first).lower()}.{_ascii(last).lower()}",
            f"{_ascii(first)[0].lower()}{_ascii(last).lower()}{rng.randint(1, 99)}",
            f"{_ascii(last).lower()}_{_ascii(first).lower()}",
            f"{_ascii(first).lower()}{rng.randint(1960, 2005)}",
        ),
    )
    return {
        f"{key}_full": full,
        f"{key}_fml": f"{first} {middle} {last}" if middle else full,
        f"{key}_fmi": f"{first}{mid_initial} {last}",
        f"{key}_first": first,
        f"{key}_last": last,
        f"{key}_fl": f"{first[0]}. {last}",
        f"{key}_fnl": f"{first[0]} {last}",
        f"{key}_ini": ini,
        f"{key}_inid": ".".join(ini) + ".",
        f"{key}_lf": f"{last}, {first}",
        f"{key}_lfm": f"{last}, {first}{mid_initial}",
        f"{key}_lfu": f"{last.upper()}, {first}",
        f"{key}_lfcu": f"{last.upper()}, {first.upper()}",
        f"{key}_lfi": f"{last} {_initials(first)}",
        f"{key}_caps": full.upper(),
        f"{key}_lastcaps": last.upper(),
        f"{key}_lower": full.lower(),
        f"{key}_firstlower": first.lower(),
        f"{key}_lastlower": last.lower(),
        f"{key}_typo": _pick(rng, (f"{first} {_typo(rng, last)}", f"{_typo(rng, first)} {last}")),
        f"{key}_typolast": _typo(rng, last),
        f"{key}_nick": person.nick,
        f"{key}_nickfull": f"{person.nick} {last}",
        f"{key}_hon": hon,
        f"{key}_he": "he" if person.sex == "M" else "she",
        f"{key}_he_cap": "He" if person.sex == "M" else "She",
        f"{key}_his": "his" if person.sex == "M" else "her",
        f"{key}_his_cap": "His" if person.sex == "M" else "Her",
        f"{key}_him": "him" if person.sex == "M" else "her",
        f"{key}_sex": "Male" if person.sex == "M" else "Female",
        f"{key}_mf": person.sex,
        f"{key}_rel": _pick(
            rng,
            ("husband", "son", "brother", "father", "partner")
            if person.sex == "M"
            else ("wife", "daughter", "sister", "mother", "partner"),
        ),
        f"{key}_parent": "father" if person.sex == "M" else "mother",
        f"{key}_sib": "brother" if person.sex == "M" else "sister",
        f"{key}_child": "son" if person.sex == "M" else "daughter",
        f"{key}_child_cap": "Son" if person.sex == "M" else "Daughter",
        f"{key}_partner": "wife" if person.sex == "M" else "husband",
        f"{key}_email": f"{mail_local}@{_pick(rng, _EN_MAIL_DOMAINS)}",
    }


# ---------------------------------------------------------------------------------------------
# English-language places, organisations, phones and identifiers
# ---------------------------------------------------------------------------------------------
# (city, region, region abbreviation, postcode stem, phone area code)
_EN_CITIES: Final[dict[str, tuple[tuple[str, str, str, str, str], ...]]] = {
    "US": (
        ("Tulsa", "Oklahoma", "OK", "741", "918"),
        ("Dayton", "Ohio", "OH", "454", "937"),
        ("Fresno", "California", "CA", "937", "559"),
        ("Spokane", "Washington", "WA", "992", "509"),
        ("Albany", "New York", "NY", "122", "518"),
        ("El Paso", "Texas", "TX", "799", "915"),
        ("Savannah", "Georgia", "GA", "314", "912"),
        ("Boise", "Idaho", "ID", "837", "208"),
        ("Toledo", "Ohio", "OH", "436", "419"),
        ("Scranton", "Pennsylvania", "PA", "185", "570"),
        ("Little Rock", "Arkansas", "AR", "722", "501"),
        ("Baton Rouge", "Louisiana", "LA", "708", "225"),
        ("Norfolk", "Virginia", "VA", "235", "757"),
        ("Durham", "North Carolina", "NC", "277", "919"),
        ("Tacoma", "Washington", "WA", "984", "253"),
        ("Chattanooga", "Tennessee", "TN", "374", "423"),
        ("Fayetteville", "North Carolina", "NC", "283", "910"),
        ("Killeen", "Texas", "TX", "765", "254"),
        ("Gallup", "New Mexico", "NM", "873", "505"),
        ("Jacksonville", "Florida", "FL", "322", "904"),
    ),
    "UK": (
        ("Leeds", "West Yorkshire", "", "LS", "0113"),
        ("Sheffield", "South Yorkshire", "", "S", "0114"),
        ("Bristol", "", "", "BS", "0117"),
        ("Nottingham", "", "", "NG", "0115"),
        ("Leicester", "", "", "LE", "0116"),
        ("Manchester", "", "", "M", "0161"),
        ("Liverpool", "Merseyside", "", "L", "0151"),
        ("Birmingham", "West Midlands", "", "B", "0121"),
        ("Cardiff", "Wales", "", "CF", "029"),
        ("Glasgow", "Scotland", "", "G", "0141"),
        ("Edinburgh", "Scotland", "", "EH", "0131"),
        ("Newcastle upon Tyne", "", "", "NE", "0191"),
        ("Plymouth", "Devon", "", "PL", "01752"),
        ("Portsmouth", "Hampshire", "", "PO", "023"),
        ("Norwich", "Norfolk", "", "NR", "01603"),
        ("Stoke-on-Trent", "Staffordshire", "", "ST", "01782"),
        ("Bradford", "West Yorkshire", "", "BD", "01274"),
        ("Wolverhampton", "", "", "WV", "01902"),
        ("Swansea", "Wales", "", "SA", "01792"),
        ("Aldershot", "Hampshire", "", "GU", "01252"),
        ("Colchester", "Essex", "", "CO", "01206"),
    ),
    "AU": (
        ("Wollongong", "New South Wales", "NSW", "2500", "02"),
        ("Newcastle", "New South Wales", "NSW", "2300", "02"),
        ("Geelong", "Victoria", "VIC", "3220", "03"),
        ("Ballarat", "Victoria", "VIC", "3350", "03"),
        ("Bendigo", "Victoria", "VIC", "3550", "03"),
        ("Townsville", "Queensland", "QLD", "4810", "07"),
        ("Cairns", "Queensland", "QLD", "4870", "07"),
        ("Toowoomba", "Queensland", "QLD", "4350", "07"),
        ("Darwin", "Northern Territory", "NT", "0800", "08"),
        ("Alice Springs", "Northern Territory", "NT", "0870", "08"),
        ("Hobart", "Tasmania", "TAS", "7000", "03"),
        ("Launceston", "Tasmania", "TAS", "7250", "03"),
        ("Bunbury", "Western Australia", "WA", "6230", "08"),
        ("Perth", "Western Australia", "WA", "6000", "08"),
        ("Adelaide", "South Australia", "SA", "5000", "08"),
        ("Parramatta", "New South Wales", "NSW", "2150", "02"),
        ("Dubbo", "New South Wales", "NSW", "2830", "02"),
        ("Nhulunbuy", "Northern Territory", "NT", "0880", "08"),
    ),
    "CA": (
        ("Hamilton", "Ontario", "ON", "L8", "905"),
        ("Sudbury", "Ontario", "ON", "P3", "705"),
        ("Thunder Bay", "Ontario", "ON", "P7", "807"),
        ("Kelowna", "British Columbia", "BC", "V1", "250"),
        ("Surrey", "British Columbia", "BC", "V3", "604"),
        ("Red Deer", "Alberta", "AB", "T4", "403"),
        ("Lethbridge", "Alberta", "AB", "T1", "403"),
        ("Saskatoon", "Saskatchewan", "SK", "S7", "306"),
        ("Regina", "Saskatchewan", "SK", "S4", "306"),
        ("Winnipeg", "Manitoba", "MB", "R3", "204"),
        ("Moncton", "New Brunswick", "NB", "E1", "506"),
        ("Halifax", "Nova Scotia", "NS", "B3", "902"),
        ("Sherbrooke", "Quebec", "QC", "J1", "819"),
        ("Laval", "Quebec", "QC", "H7", "450"),
        ("Gatineau", "Quebec", "QC", "J8", "819"),
        ("Iqaluit", "Nunavut", "NU", "X0A", "867"),
        ("Yellowknife", "Northwest Territories", "NT", "X1A", "867"),
        ("Prince Albert", "Saskatchewan", "SK", "S6", "306"),
    ),
    "AE": (
        ("Dubai", "", "", "", "4"),
        ("Abu Dhabi", "", "", "", "2"),
        ("Al Ain", "", "", "", "3"),
        ("Sharjah", "", "", "", "6"),
        ("Ajman", "", "", "", "6"),
        ("Ras Al Khaimah", "", "", "", "7"),
        ("Fujairah", "", "", "", "9"),
        ("Khor Fakkan", "", "", "", "9"),
        ("Ruwais", "", "", "", "2"),
    ),
}
_AE_AREAS: Final[dict[str, tuple[str, ...]]] = {
    "Dubai": (
        "Al Barsha 1",
        "Deira",
        "Bur Dubai",
        "Jumeirah Village Circle",
        "Al Nahda 2",
        "Al Qusais",
        "International City",
        "Dubai Silicon Oasis",
        "Al Mizhar 1",
    ),
    "Abu Dhabi": ("Khalifa City A", "Mussafah", "Al Reem Island", "Al Mushrif", "Mohammed Bin Zayed City"),
    "Al Ain": ("Al Jimi", "Al Muwaiji", "Al Towayya"),
    "Sharjah": ("Al Majaz 2", "Al Khan", "Al Nahda", "Muwaileh"),
    "Ajman": ("Al Nuaimiya", "Al Rashidiya"),
    "Ras Al Khaimah": ("Al Nakheel", "Al Hamra Village"),
    "Fujairah": ("Al Faseel", "Sakamkam"),
    "Khor Fakkan": ("Al Zubarah",),
    "Ruwais": ("Ruwais Housing Complex",),
}
# Foreign cities for travel and repatriation: (city, country, country code, area code)
_TRIP_CITIES: Final = (
    ("Denpasar", "Indonesia", "62", "361"), ("Chiang Mai", "Thailand", "66", "53"), ("Kathmandu", "Nepal", "977", "1"),
    ("Lisbon", "Portugal", "351", "21"), ("Marbella", "Spain", "34", "952"), ("Cancún", "Mexico", "52", "998"),
    ("Queenstown", "New Zealand", "64", "3"), ("Siem Reap", "Cambodia", "855", "63"), ("Hanoi", "Vietnam", "84", "24"),
    ("Kochi", "India", "91", "484"), ("Manila", "Philippines", "63", "2"), ("Nadi", "Fiji", "679", ""),
    ("Reykjavik", "Iceland", "354", ""), ("Cebu City", "Philippines", "63", "32"), ("Lahore", "Pakistan", "92", "42"),
    ("Colombo", "Sri Lanka", "94", "11"), ("Thiruvananthapuram", "India", "91", "471"), ("Dubrovnik", "Croatia", "385", "20"),
)  # fmt: skip

_SAINTS: Final = (
    "Aidan",
    "Brigid",
    "Columba",
    "Jude",
    "Vincent",
    "Luke",
    "Michael",
    "Anne",
    "Agnes",
    "Hilda",
    "Oswald",
    "Catherine",
    "Clare",
    "Boniface",
)
_HOSP_WORDS: Final = (
    "Riverside",
    "Lakeview",
    "Northgate",
    "Westmead",
    "Hillcrest",
    "Bayside",
    "Fairhaven",
    "Kingsbridge",
    "Meadowbank",
    "Cedar Ridge",
    "Stonebridge",
    "Harbourview",
)
_AE_HOSP: Final = (
    "Al Safa Medical Centre",
    "Jumeirah Specialist Hospital",
    "Al Yasmeen Hospital",
    "Al Qasr Healthcare",
    "Oasis Royal Clinic",
    "Al Reem Day Surgery Centre",
    "Corniche Specialty Hospital",
    "Al Nakheel Medical Centre",
)
_INSURERS: Final = (
    "Meridian Mutual Insurance",
    "Harbourside Health",
    "Northgate Assurance Ltd",
    "Bluewater Health Fund",
    "Keystone Casualty Co.",
    "Pinecrest Life & Health",
    "Al Waha National Insurance",
    "Crescent Takaful",
    "Tamarack Benefits Inc.",
    "Southern Cross Underwriting",
    "Granite State Indemnity",
    "Maplewood Group Insurance",
)
_TPAS: Final = (
    "NextCare Claims Services",
    "Halcyon TPA",
    "Medbridge Administrators",
    "Altura Claims Management",
    "ClaimWise Solutions LLC",
)
_COLLECTORS: Final = (
    "Summit Recovery Services",
    "Apex Receivables Group",
    "Lakeshore Credit Bureau",
    "Redwood Collections Ltd",
    "Tristar Account Management",
)
_AIR_AMB: Final = (
    "SkyCare Aeromedical",
    "Medflight Asia Pacific",
    "AirMed Repatriation Ltd",
    "Gulf Air Ambulance Services LLC",
    "Southern Cross Medevac",
)
_ASSIST: Final = ("GlobalAssist Travel Medical", "Traveller Rescue 24", "Orbit Assistance", "Compass Emergency Assist")
_INDUSTRIES: Final = (
    "Freight",
    "Logistics",
    "Construction",
    "Mining",
    "Poultry Processing",
    "Steel Fabrication",
    "Warehousing",
    "Roofing",
    "Cleaning Services",
    "Aged Care",
    "Meat Packing",
    "Scaffolding",
)
_FIRM_SUFFIX: Final[dict[str, tuple[str, ...]]] = {
    "US": ("Inc.", "LLC", "Co.", "Corp."),
    "UK": ("Ltd", "Ltd", "plc", "LLP"),
    "AU": ("Pty Ltd", "Pty Ltd", "Group"),
    "CA": ("Inc.", "Ltd.", "Corp."),
    "AE": ("LLC", "FZE", "FZCO", "L.L.C."),
}


def _hospital(rng: random.Random, country: str, city: str, surname: str) -> str:
    if country == "AE":
        return _pick(rng, _AE_HOSP)
    options = {
        "US": (
            f"{city} Regional Medical Center",
            f"St. {_pick(rng, _SAINTS)} Medical Center",
            f"{surname} Memorial Hospital",
            f"{_pick(rng, _HOSP_WORDS)} Community Hospital",
            f"Mercy {city} Hospital",
        ),
        "UK": (
            f"{city} Royal Infirmary",
            f"St {_pick(rng, _SAINTS)}'s Hospital",
            f"{city} General Hospital",
            f"{_pick(rng, _HOSP_WORDS)} Medical Practice",
            f"The {_pick(rng, _HOSP_WORDS)} Surgery",
        ),
        "AU": (
            f"{city} Base Hospital",
            f"St {_pick(rng, _SAINTS)}'s Private Hospital",
            f"{_pick(rng, _HOSP_WORDS)} Medical Centre",
            f"{city} Hospital",
            f"{_pick(rng, _HOSP_WORDS)} Day Surgery",
        ),
        "CA": (
            f"{city} General Hospital",
            f"Hôpital {_pick(rng, ('Sainte-Anne', 'Saint-Luc', 'Sacré-Coeur', 'Notre-Dame'))}",
            f"{_pick(rng, _HOSP_WORDS)} Health Centre",
            f"{city} Regional Health Centre",
            f"{_pick(rng, _HOSP_WORDS)} Family Practice",
        ),
    }[country]
    return _pick(rng, options)


def _law_firm(rng: random.Random, country: str, a: str, b: str) -> str:
    options = {
        "US": (f"{a} & {b}, LLP", f"{a} {b} Law Group", f"Law Offices of {a} & {b}, P.C."),
        "UK": (f"{a} {b} Solicitors", f"{a} & {b} LLP", f"{a} Legal Ltd"),
        "AU": (f"{a} {b} Lawyers", f"{a} & {b} Compensation Lawyers", f"{a} Legal Pty Ltd"),
        "CA": (f"{a} {b} LLP", f"{a} & {b} Barristers and Solicitors", f"{a} Injury Law"),
        "AE": (f"{a} & {b} Advocates and Legal Consultants", f"{a} Legal Consultancy FZ-LLC", f"Al {b} Advocates"),
    }[country]
    return _pick(rng, options)


def _court(rng: random.Random, country: str, city: str, county: str) -> str:
    options = {
        "US": (
            f"{county} County District Court",
            f"Superior Court of {county} County",
            f"{county} County Circuit Court",
        ),
        "UK": (f"County Court at {city}", f"{city} Combined Court Centre", f"{city} Magistrates' Court"),
        "AU": (f"District Court at {city}", f"{city} Local Court", f"Magistrates Court at {city}"),
        "CA": (
            f"Ontario Superior Court of Justice at {city}",
            f"Court of King's Bench at {city}",
            f"Provincial Court at {city}",
        ),
        "AE": (
            "Dubai Courts of First Instance",
            "Abu Dhabi Judicial Department, Civil Court",
            "Sharjah Federal Court of First Instance",
        ),
    }[country]
    return _pick(rng, options)


def _mobile_or_landline(rng: random.Random, country: str, area: str, *, mobile: bool, ext: bool = False) -> str:
    d = _digits
    if country in ("US", "CA"):
        code = (
            area if not mobile or rng.random() < 0.7 else _pick(rng, ("202", "312", "646", "416", "647", "778", "587"))
        )
        exch = f"{rng.randint(2, 9)}{d(rng, 2)}"
        line = d(rng, 4)
        number = _pick(
            rng,
            (
                f"({code}) {exch}-{line}",
                f"{code}-{exch}-{line}",
                f"{code}.{exch}.{line}",
                f"+1 {code} {exch} {line}",
                f"1-{code}-{exch}-{line}",
                f"({code}){exch}-{line}",
                f"+1 ({code}) {exch}-{line}",
            ),
        )
    elif country == "UK":
        if mobile:
            body = f"7{rng.randint(400, 999)}{d(rng, 6)}"
            number = _pick(
                rng,
                (
                    f"0{body[:4]} {body[4:]}",
                    f"+44 {body[:4]} {body[4:7]} {body[7:]}",
                    f"0{body}",
                    f"0{body[:4]}-{body[4:]}",
                    f"+44 (0){body[:4]} {body[4:]}",
                ),
            )
        else:
            rest_len = 10 - len(area) + 1
            rest = f"{rng.randint(2, 9)}{d(rng, rest_len - 1)}"
            tail = f"{rest[:3]} {rest[3:]}" if rest_len == 7 else (f"{rest[:4]} {rest[4:]}" if rest_len == 8 else rest)
            number = _pick(
                rng,
                (
                    f"{area} {tail}",
                    f"+44 (0){area[1:]} {tail}",
                    f"+44 {area[1:]} {tail}",
                    f"({area}) {tail}",
                    f"{area}-{rest}",
                ),
            )
    elif country == "AU":
        if mobile:
            body = f"4{d(rng, 8)}"
            number = _pick(
                rng,
                (
                    f"0{body[:3]} {body[3:6]} {body[6:]}",
                    f"+61 {body[:3]} {body[3:6]} {body[6:]}",
                    f"0{body}",
                    f"0{body[:3]}-{body[3:6]}-{body[6:]}",
                    f"+61{body}",
                ),
            )
        else:
            rest = f"{rng.randint(3, 9)}{d(rng, 7)}"
            number = _pick(
                rng,
                (
                    f"({area}) {rest[:4]} {rest[4:]}",
                    f"{area} {rest[:4]} {rest[4:]}",
                    f"+61 {area[1:]} {rest[:4]} {rest[4:]}",
                    f"{area}{rest}",
                    f"1300 {d(rng, 3)} {d(rng, 3)}",
                ),
            )
    elif country == "AE":
        if mobile:
            prefix = _pick(rng, ("50", "52", "54", "55", "56", "58"))
            body = d(rng, 7)
            number = _pick(
                rng,
                (
                    f"+971 {prefix} {body[:3]} {body[3:]}",
                    f"0{prefix}-{body[:3]}-{body[3:]}",
                    f"0{prefix} {body}",
                    f"00971 {prefix} {body[:3]} {body[3:]}",
                    f"+971{prefix}{body}",
                    f"+971-{prefix}-{body}",
                ),
            )
        else:
            body = f"{rng.randint(2, 8)}{d(rng, 6)}"
            number = _pick(
                rng,
                (
                    f"+971 {area} {body[:3]} {body[3:]}",
                    f"0{area} {body[:3]} {body[3:]}",
                    f"(0{area}) {body}",
                    f"+971-{area}-{body[:3]}-{body[3:]}",
                    f"0{area}-{body}",
                    f"800 {d(rng, 4)}",
                ),
            )
    else:
        raise ValueError(f"unsupported country {country}")
    if ext:
        number += _pick(
            rng,
            (
                f" ext. {d(rng, 3, lead_nonzero=True)}",
                f" x{d(rng, 4, lead_nonzero=True)}",
                f" ext {d(rng, 2, lead_nonzero=True)}",
                f", ext. {d(rng, 4, lead_nonzero=True)}",
            ),
        )
    return number


def _foreign_phone(rng: random.Random, cc: str, area: str) -> str:
    body = _digits(rng, 7, lead_nonzero=True)
    if area:
        return _pick(
            rng,
            (
                f"+{cc} {area} {body[:3]} {body[3:]}",
                f"+{cc}-{area}-{body}",
                f"00{cc} {area} {body}",
                f"(+{cc}) {area} {body[:3]} {body[3:]}",
            ),
        )
    return _pick(rng, (f"+{cc} {body[:3]} {body[3:]}", f"+{cc}{body}", f"00{cc} {body}"))


def _npi(rng: random.Random) -> str:
    body = f"{rng.choice('12')}{_digits(rng, 8)}"
    return body + _luhn_digit("80840" + body)


def _dea(rng: random.Random, last: str) -> str:
    first_letter = rng.choice("ABFGM")
    second = _ascii(last)[:1].upper() or "X"
    digits = [rng.randint(0, 9) for _ in range(6)]
    check = (digits[0] + digits[2] + digits[4] + 2 * (digits[1] + digits[3] + digits[5])) % 10
    return f"{first_letter}{second}{''.join(map(str, digits))}{check}"


def _nhs_number(rng: random.Random) -> str:
    while True:
        body = [rng.randint(0, 9) for _ in range(9)]
        body[0] = rng.randint(4, 6)
        check = 11 - sum(d * (10 - i) for i, d in enumerate(body)) % 11
        if check == 11:
            check = 0
        if check != 10:
            digits = "".join(map(str, body)) + str(check)
            return _pick(
                rng, (f"{digits[:3]} {digits[3:6]} {digits[6:]}", digits, f"{digits[:3]}-{digits[3:6]}-{digits[6:]}")
            )


def _au_medicare(rng: random.Random) -> str:
    body = [rng.randint(2, 6)] + [rng.randint(0, 9) for _ in range(7)]
    check = sum(d * w for d, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    digits = "".join(map(str, body)) + str(check) + str(rng.randint(1, 5))
    irn = str(rng.randint(1, 5))
    return _pick(
        rng,
        (
            f"{digits[:4]} {digits[4:9]} {digits[9]}",
            f"{digits[:4]} {digits[4:9]} {digits[9]}-{irn}",
            digits,
            f"{digits}/{irn}",
        ),
    )


def _sin(rng: random.Random) -> str:
    body = f"{rng.choice('12345679')}{_digits(rng, 7)}"
    digits = body + _luhn_digit(body)
    return _pick(rng, (f"{digits[:3]} {digits[3:6]} {digits[6:]}", f"{digits[:3]}-{digits[3:6]}-{digits[6:]}", digits))


def _ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    digits = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    return _pick(
        rng,
        (
            f"{digits[:3]}-{digits[3:5]}-{digits[5:]}",
            f"{digits[:3]}-{digits[3:5]}-{digits[5:]}",
            f"{digits[:3]} {digits[3:5]} {digits[5:]}",
            digits,
        ),
    )


def _emirates_id(rng: random.Random, birth_year: int) -> str:
    body = f"784{birth_year}{_digits(rng, 7)}"
    digits = body + _luhn_digit(body)
    return _pick(
        rng,
        (
            f"{digits[:3]}-{digits[3:7]}-{digits[7:14]}-{digits[14]}",
            digits,
            f"{digits[:3]} {digits[3:7]} {digits[7:14]} {digits[14]}",
        ),
    )


def _ohip(rng: random.Random) -> str:
    body = f"{rng.randint(1, 9)}{_digits(rng, 8)}"
    digits = body + _luhn_digit(body)
    version = _letters(rng, 2)
    return _pick(
        rng,
        (
            f"{digits[:4]}-{digits[4:7]}-{digits[7:]}-{version}",
            f"{digits[:4]} {digits[4:7]} {digits[7:]} {version}",
            f"{digits}{version}",
        ),
    )


def _iban_ae(rng: random.Random) -> str:
    body = f"{_digits(rng, 3)}{_digits(rng, 16)}"
    check = f"{rng.randint(2, 97):02d}"
    raw = f"AE{check}{body}"
    return _pick(rng, (" ".join(raw[i : i + 4] for i in range(0, len(raw), 4)), raw))


def _en_ids(rng: random.Random, country: str, year: int, birth_year: int, last: str, doc_last: str) -> dict[str, str]:
    d = _digits
    yy = year % 100
    ids = {
        "mrn": _pick(
            rng,
            (
                d(rng, 8),
                f"MRN{d(rng, 7)}",
                f"{_letters(rng, 2)}{d(rng, 7)}",
                f"M{d(rng, 7)}",
                f"{d(rng, 3)}-{d(rng, 3)}-{d(rng, 3)}",
                f"{d(rng, 2)}-{d(rng, 6)}",
                f"H{d(rng, 6)}{_letters(rng, 1)}",
            ),
        ),
        "acct": _pick(
            rng, (f"{d(rng, 3)}-{d(rng, 6)}", f"ACCT{d(rng, 9)}", f"{d(rng, 10)}", f"PT{d(rng, 8)}", f"V{d(rng, 9)}")
        ),
        "claim": _pick(
            rng,
            (
                f"CLM-{year}-{d(rng, 7)}",
                f"WC{yy}-{d(rng, 6)}",
                f"{yy}-{d(rng, 4)}-{d(rng, 4)}",
                f"C{d(rng, 8)}",
                f"CL {d(rng, 4)} {d(rng, 4)}",
                f"{d(rng, 10)}",
                f"{yy}{_letters(rng, 2)}{d(rng, 6)}",
            ),
        ),
        "claim2": _pick(
            rng, (f"{year}{d(rng, 8)}", f"X{d(rng, 9)}", f"{d(rng, 3)}-{d(rng, 7)}-{d(rng, 2)}", f"ICN {d(rng, 13)}")
        ),
        "policy": _pick(
            rng,
            (
                f"POL-{_letters(rng, 2)}-{d(rng, 4)}-{d(rng, 4)}",
                f"{_letters(rng, 2)}{d(rng, 7)}",
                f"{d(rng, 5)}-{d(rng, 4)}-{d(rng, 2)}",
                f"P{d(rng, 10)}",
                f"TRV/{year}/{d(rng, 6)}",
            ),
        ),
        "member": _pick(
            rng,
            (
                f"{_letters(rng, 3)}{d(rng, 9)}",
                f"W{d(rng, 9)}",
                f"MBR {d(rng, 4)} {d(rng, 4)} {d(rng, 2)}",
                f"{d(rng, 8)}-0{rng.randint(1, 4)}",
                f"{_letters(rng, 1)}{d(rng, 11)}",
            ),
        ),
        "group": _pick(rng, (f"GRP-{d(rng, 5)}", d(rng, 7), f"{d(rng, 6)}-{_letters(rng, 1)}", f"G{d(rng, 6)}")),
        "auth": _pick(
            rng,
            (
                f"PA-{d(rng, 7)}",
                f"{d(rng, 1)}{_letters(rng, 2)}{d(rng, 1)}-{d(rng, 2)}{_letters(rng, 2)}",
                f"AUTH{year}{d(rng, 7)}",
                f"UM-{yy}-{d(rng, 5)}",
                f"{d(rng, 11)}",
                f"PRE{d(rng, 6)}",
            ),
        ),
        "auth2": _pick(rng, (f"A{d(rng, 8)}", f"{yy}{d(rng, 6)}R", f"REF-{d(rng, 6)}")),
        "ref": _pick(
            rng,
            (
                f"{_letters(rng, 3)}/{d(rng, 5)}/{yy}",
                f"REF-{year}-{d(rng, 4)}",
                f"{_letters(rng, 2)}{d(rng, 6)}",
                f"{d(rng, 6)}.{d(rng, 3)}",
                f"OUR REF {_letters(rng, 3)}-{d(rng, 4)}",
            ),
        ),
        "ref2": _pick(
            rng,
            (
                f"{_letters(rng, 2)}/{_letters(rng, 2)}/{d(rng, 5)}",
                f"{d(rng, 7)}-{d(rng, 2)}",
                f"Y{d(rng, 6)}",
                f"M{d(rng, 5)}-{yy}",
            ),
        ),
        "invoice": _pick(rng, (f"INV-{d(rng, 8)}", f"{d(rng, 9)}", f"SI{yy}{d(rng, 6)}", f"STMT-{d(rng, 7)}")),
        "invoice2": _pick(rng, (f"INV-{d(rng, 8)}", f"{d(rng, 9)}", f"B{d(rng, 7)}")),
        "collect": _pick(
            rng,
            (
                f"COL-{d(rng, 6)}-{_letters(rng, 1)}",
                f"{d(rng, 12)}",
                f"SRS{d(rng, 8)}",
                f"{d(rng, 4)}-{d(rng, 4)}-{d(rng, 4)}",
            ),
        ),
        "case": _pick(
            rng,
            (
                f"CASE-{d(rng, 6)}",
                f"{yy}-{d(rng, 5)}",
                f"PA{year}-{d(rng, 4)}",
                f"ADV/{d(rng, 4)}/{yy}",
                f"{d(rng, 7)}",
            ),
        ),
        "court_us": _pick(
            rng,
            (
                f"CV-{year}-{d(rng, 6)}",
                f"{rng.randint(1, 4)}:{yy}-cv-{d(rng, 5)}",
                f"{yy}-L-{d(rng, 4)}",
                f"{year}CA{d(rng, 6)}",
            ),
        ),
        "court_uk": _pick(
            rng,
            (
                f"{_letters(rng, 1)}{d(rng, 2)}{_letters(rng, 2)}{d(rng, 3)}",
                f"QB-{year}-{d(rng, 6)}",
                f"{d(rng, 1)}{_letters(rng, 2)}{d(rng, 5)}",
                f"COP {d(rng, 8)}",
            ),
        ),
        "court_au": _pick(rng, (f"{year}/{d(rng, 8)}", f"DC-{yy}-{d(rng, 5)}", f"{d(rng, 5)} of {year}")),
        "court_ca": _pick(rng, (f"CV-{yy}-{d(rng, 8)}-0000", f"{d(rng, 4)}-{d(rng, 5)}", f"QB-{year}-{d(rng, 6)}")),
        "court_ae": _pick(
            rng, (f"{d(rng, 4)}/{year}", f"{rng.randint(100, 9999)} of {year} Civil", f"ADCFI-{year}-{d(rng, 5)}")
        ),
        "subpoena": _pick(rng, (f"SUB-{yy}-{d(rng, 4)}", f"SDT {d(rng, 6)}", f"{d(rng, 3)}-{d(rng, 5)}")),
        "incident": _pick(
            rng,
            (
                f"IR-{year}-{d(rng, 4)}",
                f"W{d(rng, 6)}",
                f"SI {year}/{d(rng, 4)}",
                f"INC{d(rng, 7)}",
                f"StEIS {year}/{d(rng, 5)}",
                f"RL{d(rng, 8)}",
            ),
        ),
        "complaint": _pick(
            rng,
            (
                f"COMP/{year}/{d(rng, 4)}",
                f"PALS-{yy}-{d(rng, 4)}",
                f"CMP-{d(rng, 5)}",
                f"{d(rng, 2)}/{d(rng, 4)}/C",
                f"PCC{d(rng, 6)}",
            ),
        ),
        "specimen": _pick(
            rng,
            (
                f"S{yy}-{d(rng, 6)}",
                f"{yy}-CH-{d(rng, 6)}",
                f"H{yy}-{d(rng, 5)}",
                f"LAB {d(rng, 10)}",
                f"{_letters(rng, 2)}{d(rng, 8)}",
            ),
        ),
        "accession": _pick(
            rng,
            (
                f"ACC{d(rng, 8)}",
                f"{yy}{_letters(rng, 1)}{d(rng, 6)}",
                f"RAD-{d(rng, 7)}",
                f"{d(rng, 3)}.{d(rng, 4)}.{d(rng, 3)}",
            ),
        ),
        "serial": _pick(
            rng,
            (
                f"PM{d(rng, 4)}-{d(rng, 4)}{_letters(rng, 1)}",
                f"{d(rng, 1)}{_letters(rng, 1)}{d(rng, 2)}{_letters(rng, 1)}{d(rng, 5)}",
                f"{d(rng, 4)}-{d(rng, 2)}-{d(rng, 4)}",
                f"SN{d(rng, 10)}",
                f"{_letters(rng, 3)}{d(rng, 6)}{_letters(rng, 1)}",
            ),
        ),
        "order": _pick(rng, (f"ORD{d(rng, 8)}", f"{d(rng, 9)}", f"RX-{d(rng, 7)}", f"{_letters(rng, 1)}{d(rng, 7)}")),
        "referral": _pick(
            rng,
            (f"REF-{year}-{d(rng, 4)}", f"RF{d(rng, 7)}", f"{d(rng, 8)}-R", f"ERS {d(rng, 4)} {d(rng, 4)} {d(rng, 4)}"),
        ),
        "emp": _pick(
            rng,
            (
                f"E{d(rng, 6)}",
                f"EMP-{d(rng, 5)}",
                d(rng, 6),
                f"{_letters(rng, 2)}{d(rng, 5)}",
                f"{d(rng, 3)}-{d(rng, 4)}",
            ),
        ),
        "emp2": _pick(rng, (f"E{d(rng, 6)}", f"EMP-{d(rng, 5)}", d(rng, 7), f"P{d(rng, 5)}")),
        "badge": _pick(
            rng, (d(rng, 4, lead_nonzero=True), f"B-{d(rng, 4)}", f"{d(rng, 5)}", f"{_letters(rng, 1)}{d(rng, 3)}")
        ),
        "npi": _npi(rng),
        "npi2": _npi(rng),
        "npi3": _npi(rng),
        "npi4": _npi(rng),
        "dea": _dea(rng, doc_last),
        "lic_us": _pick(
            rng,
            (
                f"{_letters(rng, 1)}{d(rng, 6)}",
                f"MD-{d(rng, 7)}",
                f"{d(rng, 2)}{_letters(rng, 2)}{d(rng, 5)}",
                f"RN{d(rng, 7)}",
            ),
        ),
        "lic_us2": _pick(rng, (f"{_letters(rng, 1)}{d(rng, 5)}", f"DO-{d(rng, 6)}", f"{d(rng, 8)}")),
        "gmc": _pick(rng, (d(rng, 7, lead_nonzero=True), f"{rng.choice('67')}{d(rng, 6)}")),
        "gmc2": d(rng, 7, lead_nonzero=True),
        "nmc": f"{d(rng, 2)}{_letters(rng, 1)}{d(rng, 4)}{_letters(rng, 1)}",
        "ahpra": _pick(rng, (f"MED{d(rng, 10)}", f"NMW{d(rng, 10)}", f"PHY{d(rng, 10)}")),
        "ahpra2": f"MED{d(rng, 10)}",
        "cpso": _pick(rng, (d(rng, 5, lead_nonzero=True), d(rng, 6, lead_nonzero=True))),
        "cmq": f"{rng.randint(1, 2)}-{d(rng, 5)}",
        "dha": _pick(rng, (f"DHA-P-{d(rng, 7)}", f"{d(rng, 8)}", f"GD{d(rng, 5)}", f"MOH-{d(rng, 6)}")),
        "dha2": _pick(rng, (f"DHA-P-{d(rng, 7)}", f"{d(rng, 8)}")),
        "ssn": _ssn(rng),
        "sin": _sin(rng),
        "nhs": _nhs_number(rng),
        "medicare_au": _au_medicare(rng),
        "ohip": _ohip(rng),
        "phn_bc": f"9{d(rng, 3)} {d(rng, 3)} {d(rng, 3)}",
        "emirates_id": _emirates_id(rng, birth_year),
        "emirates_id2": _emirates_id(rng, birth_year + rng.randint(18, 40)),
        "passport": _pick(
            rng,
            (
                d(rng, 9, lead_nonzero=True),
                f"PA{d(rng, 7)}",
                f"{_letters(rng, 1)}{d(rng, 7)}",
                f"N{d(rng, 7)}",
                f"P{d(rng, 7)}",
                f"{_letters(rng, 2)}{d(rng, 6)}",
            ),
        ),
        "mil_us": d(rng, 10, lead_nonzero=True),
        "va_file": _pick(
            rng,
            (
                f"C-{d(rng, 2)} {d(rng, 3)} {d(rng, 3)}",
                f"{d(rng, 8)}",
                f"C {d(rng, 8)}",
                f"XSS {d(rng, 3)}-{d(rng, 2)}-{d(rng, 4)}",
            ),
        ),
        "va_icn": f"{d(rng, 10, lead_nonzero=True)}V{d(rng, 6)}",
        "mil_uk": _pick(
            rng, (d(rng, 8, lead_nonzero=True), f"{_letters(rng, 1)}{d(rng, 7)}", f"{rng.randint(24, 30)}{d(rng, 6)}")
        ),
        "mil_au": _pick(rng, (d(rng, 7, lead_nonzero=True), d(rng, 8, lead_nonzero=True))),
        "dva_au": _pick(
            rng,
            (
                f"{_letters(rng, 1)}X{d(rng, 6)}",
                f"{rng.choice(('N', 'V', 'Q', 'W', 'S', 'T'))}{d(rng, 6)}",
                f"{rng.choice(('NX', 'VX', 'QX', 'WX'))}{d(rng, 5)}{_letters(rng, 1)}",
            ),
        ),
        "mil_ca": _pick(rng, (f"{_letters(rng, 1)}{d(rng, 2)} {d(rng, 3)} {d(rng, 3)}", d(rng, 9, lead_nonzero=True))),
        "vac": d(rng, 9, lead_nonzero=True),
        "wsib": _pick(rng, (d(rng, 8, lead_nonzero=True), f"{d(rng, 2)}-{d(rng, 6)}")),
        "workcover": _pick(
            rng, (f"{yy}/{d(rng, 7)}", f"{d(rng, 10)}", f"WC{d(rng, 8)}", f"{yy}{d(rng, 5)}{_letters(rng, 1)}")
        ),
        "bsb": f"{d(rng, 3)}-{d(rng, 3)}",
        "bank_acct": _pick(rng, (d(rng, 8), f"{d(rng, 4)} {d(rng, 4)}", d(rng, 9))),
        "sortcode": f"{d(rng, 2)}-{d(rng, 2)}-{d(rng, 2)}",
        "routing": d(rng, 9),
        "iban": _iban_ae(rng),
        "dl": _pick(
            rng,
            (
                f"{_letters(rng, 1)}{d(rng, 4)}-{d(rng, 5)}-{d(rng, 5)}",
                f"{_ascii(last)[:5].upper()}{d(rng, 6)}{_letters(rng, 2)}{d(rng, 2)}",
                f"{d(rng, 9)}",
            ),
        ),
        "plate": _pick(
            rng,
            (
                f"{_letters(rng, 3)} {d(rng, 3)}",
                f"{_letters(rng, 2)}{d(rng, 2)} {_letters(rng, 3)}",
                f"{d(rng, 1)}{_letters(rng, 3)}{d(rng, 3)}",
            ),
        ),
        "labour": _pick(rng, (f"{d(rng, 8)}", f"LC-{d(rng, 9)}", f"{d(rng, 3)}-{d(rng, 4)}-{d(rng, 7)}")),
        "uid_ae": d(rng, 9, lead_nonzero=True),
        "tpa_card": _pick(
            rng,
            (
                f"NC-{d(rng, 8)}",
                f"{d(rng, 4)}-{d(rng, 4)}-{d(rng, 4)}-{d(rng, 4)}",
                f"{_letters(rng, 3)}/{d(rng, 6)}/{d(rng, 2)}",
            ),
        ),
        "flight_pnr": _letters(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
        "x1": _pick(rng, (d(rng, 8), f"{_letters(rng, 2)}{d(rng, 6)}", f"{d(rng, 3)}-{d(rng, 4)}")),
        "x2": _pick(rng, (d(rng, 8), f"{_letters(rng, 2)}{d(rng, 6)}", f"{d(rng, 3)}-{d(rng, 4)}")),
        "x3": _pick(rng, (d(rng, 8), f"{_letters(rng, 2)}{d(rng, 6)}", f"{d(rng, 3)}-{d(rng, 4)}")),
        "x4": _pick(rng, (d(rng, 8), f"{_letters(rng, 2)}{d(rng, 6)}", f"{d(rng, 3)}-{d(rng, 4)}")),
        "x5": _pick(rng, (d(rng, 8), f"{_letters(rng, 2)}{d(rng, 6)}", f"{d(rng, 3)}-{d(rng, 4)}")),
    }
    _ = country
    return ids


def _domain(rng: random.Random, name: str, country: str) -> str:
    base = "".join(
        _ascii(part).lower()
        for part in name.replace("&", " ").split()
        if part.lower() not in ("the", "of", "and", "llp", "ltd", "inc.", "pty", "llc", "co.", "plc", "l.l.c.")
    )
    base = base.replace(".", "").replace("'", "")[:20] or "clinic"
    tld = {
        "US": (".com", ".org", ".net"),
        "UK": (".co.uk", ".org.uk", ".com"),
        "AU": (".com.au", ".org.au", ".net.au"),
        "CA": (".ca", ".com", ".org"),
        "AE": (".ae", ".com", ".co.ae"),
    }[country]
    return base + _pick(rng, tld)


def _en_street(rng: random.Random, nf: _NoteFaker, country: str) -> str:
    if country == "AE":
        return _pick(
            rng,
            (
                f"Flat {rng.randint(101, 2908)}, {_pick(rng, ('Marina Heights', 'Al Noor Building', 'Golden Sands 4', 'Silver Tower', 'Al Fattan Residence', 'Block C, Masaken'))}",
                f"Villa {rng.randint(1, 140)}, Street {rng.randint(1, 60)}{_pick(rng, ('', 'A', 'B'))}",
                f"Apartment {rng.randint(101, 1804)}, Building {rng.randint(2, 98)}",
            ),
        )
    locale = {"US": "en_US", "UK": "en_GB", "AU": "en_AU", "CA": "en_CA"}[country]
    return str(nf(locale).street_address()).replace("\n", ", ")


def _en_address(
    rng: random.Random, nf: _NoteFaker, country: str, city: tuple[str, str, str, str, str]
) -> tuple[str, str]:
    """(one-line address, two-line address)."""
    name, _region, abbr, stem, _area = city
    street = _en_street(rng, nf, country)
    if country == "US":
        tail = f"{name}, {abbr} {stem}{rng.randint(0, 99):02d}"
    elif country == "UK":
        tail = f"{name} {stem}{rng.randint(1, 19)} {rng.randint(1, 9)}{_letters(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    elif country == "AU":
        tail = f"{name} {abbr} {stem}"
    elif country == "CA":
        code = f"{stem}{_letters(rng, 1, 'ABCEGHJKLMNPRSTVWXYZ')}" if len(stem) == 2 else stem
        tail = f"{name}, {abbr} {code} {rng.randint(0, 9)}{_letters(rng, 1, 'ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}"
    else:
        if rng.random() < 0.2:
            box = f"P.O. Box {rng.randint(1000, 99999)}"
            return f"{box}, {name}", f"{box}\n{name}"
        tail = f"{_pick(rng, _AE_AREAS[name])}, {name}"
    return f"{street}, {tail}", f"{street}\n{tail}"


def _money(rng: random.Random, country: str, low: int, high: int) -> str:
    amount = rng.randint(low * 100, high * 100) / 100
    symbol = {"US": "$", "UK": "£", "AU": "$", "CA": "$", "AE": "AED "}[country]
    return f"{symbol}{amount:,.2f}"


_WORK_INJURIES: Final = (
    "lumbar strain lifting pallets",
    "left rotator cuff tear from overhead work",
    "crush injury to right hand (press)",
    "fall from ladder with right calcaneal fracture",
    "noise-induced hearing loss",
    "occupational contact dermatitis",
    "carpal tunnel syndrome, bilateral",
    "needlestick injury (hollow bore)",
    "chemical splash to left eye",
    "whiplash-associated disorder after forklift collision",
    "work-related stress and adjustment disorder",
    "right knee meniscal tear on stairs",
    "heat exhaustion on site",
    "laceration to left forearm from box cutter",
)
_PROCEDURES: Final = (
    ("MRI lumbar spine without contrast", "72148"),
    ("arthroscopic rotator cuff repair", "29827"),
    ("lumbar epidural steroid injection", "62323"),
    ("total knee arthroplasty", "27447"),
    ("sleep study, attended", "95810"),
    ("CT abdomen and pelvis with contrast", "74177"),
    ("physical therapy evaluation", "97161"),
    ("carpal tunnel release", "64721"),
    ("cardiac catheterisation", "93458"),
    ("bariatric sleeve gastrectomy", "43775"),
    ("PET-CT skull base to mid-thigh", "78815"),
    ("outpatient psychotherapy, 60 min", "90837"),
)
_CONDITIONS: Final = (
    "type 2 diabetes",
    "COPD",
    "hypertension",
    "atrial fibrillation on apixaban",
    "osteoarthritis of both knees",
    "major depressive disorder",
    "chronic kidney disease stage 3",
    "PTSD",
    "tinnitus",
    "asthma",
    "gout",
)
_EN_DRUGS: Final = (
    "ibuprofen 400 mg",
    "naproxen 500 mg",
    "tramadol 50 mg",
    "pregabalin 75 mg",
    "paracetamol 1 g",
    "sertraline 50 mg",
    "amitriptyline 10 mg",
    "oxycodone 5 mg",
)


def _age_for(rng: random.Random, profile: str) -> int:
    if profile == "work":
        return rng.randint(19, 66)
    if profile == "old":
        return rng.choice((rng.randint(72, 89), rng.randint(90, 104), rng.randint(90, 99)))
    return rng.choice((rng.randint(18, 64), rng.randint(30, 79), rng.randint(65, 89), rng.randint(90, 101)))


def _birth_for(rng: random.Random, today: dt.date, age: int) -> dt.date:
    days_into_year = rng.randint(1, 364)
    birth = dt.date(today.year - age - 1, 1, 1) + dt.timedelta(days=days_into_year)
    while _years_between(birth, today) > age:
        birth += dt.timedelta(days=30)
    while _years_between(birth, today) < age:
        birth -= dt.timedelta(days=30)
    return birth


def _years_between(birth: dt.date, today: dt.date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


_EN_PEOPLE: Final = (
    "pt",
    "kin",
    "kin2",
    "doc",
    "doc2",
    "doc3",
    "nurse",
    "nurse2",
    "clerk",
    "clerk2",
    "law",
    "law2",
    "mgr",
    "wit",
    "inv",
    "o1",
    "o2",
    "o3",
    "o4",
    "o5",
)


def _en_values(
    rng: random.Random, nf: _NoteFaker, country: str, profile: str
) -> tuple[dict[str, str], tuple[KnownIdentifier, ...]]:
    values: dict[str, str] = {}
    cities = _EN_CITIES[country]
    home = cities[rng.randrange(len(cities))]
    other = cities[rng.randrange(len(cities))]
    third = cities[rng.randrange(len(cities))]
    trip = _TRIP_CITIES[rng.randrange(len(_TRIP_CITIES))]
    people: dict[str, _EnPerson] = {}
    for key in _EN_PEOPLE:
        surname = None
        if key == "kin" and rng.random() < 0.6:
            surname = people["pt"].last
        if key == "kin2" and rng.random() < 0.4:
            surname = people["pt"].last
        people[key] = _en_person(rng, nf, country, surname=surname)
        values.update(_en_forms(rng, key, people[key]))
    pt = people["pt"]

    today = dt.date(2021, 6, 1) + dt.timedelta(days=rng.randint(0, 1580))
    age = _age_for(rng, profile)
    birth = _birth_for(rng, today, age)
    styles = _EN_DATE_STYLES[country]

    def fmt(day: dt.date) -> str:
        return _en_date(day, _pick(rng, styles))

    inj = _shift(today, rng, -420, -10)
    adm = _shift(today, rng, -200, -5)
    svc = _shift(today, rng, -300, -20)
    claim_day = _shift(svc, rng, 5, 40)
    deny = _shift(claim_day, rng, 10, 60)
    inc = _shift(today, rng, -180, -7)
    enlist = _shift(birth, rng, 18 * 365, 24 * 365)
    discharge = min(_shift(enlist, rng, 3 * 365, 24 * 365), _shift(today, rng, -400, -30))
    dep = _shift(today, rng, -60, -5)
    dates = {
        "d_doc": today,
        "d_inj": inj,
        "d_inj2": _shift(inj, rng, 1, 20),
        "d_adm": adm,
        "d_dis": _shift(adm, rng, 1, 30),
        "d_svc": svc,
        "d_svc2": _shift(svc, rng, 7, 60),
        "d_claim": claim_day,
        "d_deny": deny,
        "d_appeal": _shift(deny, rng, 5, 30),
        "d_due": _shift(today, rng, 10, 60),
        "d_exam": _shift(today, rng, -30, 0),
        "d_rtw": _shift(today, rng, 3, 90),
        "d_review": _shift(today, rng, 14, 60),
        "d_hear": _shift(today, rng, 20, 200),
        "d_inc": inc,
        "d_rep": _shift(inc, rng, 1, 60),
        "d_recv": _shift(today, rng, -40, -3),
        "d_start": _shift(today, rng, -6000, -100),
        "d_enl": enlist,
        "d_dc": discharge,
        "d_dep": dep,
        "d_ret": _shift(dep, rng, 7, 30),
        "d_exp": _shift(today, rng, 30, 900),
        "d_prev": _shift(today, rng, -900, -400),
        "d_next": _shift(today, rng, 1, 45),
    }
    dates["d_death"] = _shift(dates["d_dis"], rng, 0, 2)
    recv = dates["d_recv"]
    dates["d_sent"] = recv + dt.timedelta(days=rng.randint(1, max(1, (today - recv).days)))
    stay_days = max(0, (dates["d_dis"] - adm).days - 1)
    dates["d_stay"] = adm + dt.timedelta(days=rng.randint(0, stay_days))
    dates["d_stay2"] = _shift(dates["d_stay"], rng, 0, 2)
    for key, day in dates.items():
        values[key] = fmt(day)
        values[f"{key}_iso"] = day.isoformat()
        values[f"{key}_us"] = _en_date(day, "long_us")
        values[f"{key}_uk"] = _en_date(day, "long_uk")
        values[f"{key}_mil"] = _en_date(day, "mil")
    values["dob"] = fmt(birth)
    values["dob_iso"] = birth.isoformat()
    values["dob_us"] = _en_date(birth, "mdy")
    values["dob_uk"] = _en_date(birth, "dmy")
    values["dob_mil"] = _en_date(birth, "mil")
    values["d_onset_my"] = _pick(
        rng,
        (
            f"{_MONTHS[inj.month - 1]} {inj.year}",
            f"{_MONTHS[inj.month - 1][:3]} {inj.year}",
            f"{inj.month:02d}/{inj.year}",
        ),
    )
    values["d_inj_md"] = _pick(
        rng,
        (
            f"{_MONTHS[inj.month - 1]} {_ordinal(inj.day)}",
            f"{inj.day} {_MONTHS[inj.month - 1][:3]}",
            f"the {_ordinal(inj.day)} of {_MONTHS[inj.month - 1]}",
        ),
    )
    values["year_enl"] = str(enlist.year)
    values["year_dc"] = str(discharge.year)
    values["year_prev"] = str(today.year - rng.randint(3, 12))
    values["year"] = str(today.year)

    values["age"] = str(age)
    values["age_w"] = _en_number_words(age)
    values["kin_rel"], values["pt_rel"] = _relations(rng, "en", pt.sex, people["kin"].sex, age)
    kin_age = rng.choice((rng.randint(40, 70), rng.randint(90, 98)))
    values["age_o"] = str(kin_age)
    values["age_o_w"] = _en_number_words(kin_age)
    values["age_young"] = str(rng.randint(24, 58))

    values["time"] = f"{rng.randint(7, 18):02d}:{rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50)):02d}"
    values["time2"] = f"{rng.randint(1, 11)}:{rng.randint(0, 59):02d} {rng.choice(('am', 'pm'))}"
    values["time3"] = f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"

    values["city"] = home[0]
    values["city2"] = other[0]
    values["city3"] = third[0]
    values["region"] = (
        home[1] or {"US": "Texas", "UK": "England", "AU": "Queensland", "CA": "Ontario", "AE": "the UAE"}[country]
    )
    values["region_abbr"] = home[2] or home[1] or "UK"
    values["trip_city"] = trip[0]
    values["trip_country"] = trip[1]
    values["county"] = _pick(
        rng,
        ("Tulsa", "Montgomery", "Harris", "Franklin", "Jefferson", "Pima", "Kent", "Cumberland", "Marion", "Washoe"),
    )

    addr_pt, addr_pt_ml = _en_address(rng, nf, country, home)
    values["addr_pt"] = addr_pt
    values["addr_pt_ml"] = addr_pt_ml
    for key, city in (
        ("addr_kin", home),
        ("addr_hosp", home),
        ("addr_law", other),
        ("addr_ins", third),
        ("addr_emp", home),
        ("addr_court", other),
        ("addr_oh", other),
    ):
        one, two = _en_address(rng, nf, country, city)
        values[key] = one
        values[f"{key}_ml"] = two
    values["addr_trip"] = (
        f"{_pick(rng, ('Jl. Sunset Road No. 8', 'Soi 4, Nimmanhaemin Road', 'Rua das Flores 12', 'Calle Ancha 7', 'Boulevard Kukulcán km 9.5', 'Thamel Marg, Ward 26'))}, {trip[0]}"
    )

    surname_pool = [people[k].last for k in ("o1", "o2", "o3", "o4", "o5", "law", "law2")]
    values["hosp"] = _hospital(rng, country, home[0], surname_pool[0])
    values["hosp2"] = _hospital(rng, country, other[0], surname_pool[1])
    values["clinic"] = _pick(
        rng,
        (
            f"{_pick(rng, _HOSP_WORDS)} Occupational Health",
            f"{home[0]} Injury Clinic",
            f"WorkFit {home[0]}",
            f"{surname_pool[2]} Family Medicine",
            f"{_pick(rng, _HOSP_WORDS)} Medical Group",
        ),
    )
    values["ins"] = _pick(rng, _INSURERS)
    values["ins2"] = _pick(rng, _INSURERS)
    values["tpa"] = _pick(rng, _TPAS)
    values["collector"] = _pick(rng, _COLLECTORS)
    values["air_amb"] = _pick(rng, _AIR_AMB)
    values["assist"] = _pick(rng, _ASSIST)
    values["law_firm"] = _law_firm(rng, country, surname_pool[3], surname_pool[4])
    values["law_firm2"] = _law_firm(rng, country, surname_pool[5], surname_pool[6])
    suffix = _FIRM_SUFFIX[country]
    values["employer"] = _pick(
        rng,
        (
            f"{surname_pool[1]} {_pick(rng, _INDUSTRIES)} {_pick(rng, suffix)}",
            f"{_pick(rng, _HOSP_WORDS)} {_pick(rng, _INDUSTRIES)} {_pick(rng, suffix)}",
            f"{home[0]} {_pick(rng, _INDUSTRIES)} {_pick(rng, suffix)}",
        ),
    )
    values["employer2"] = f"{_pick(rng, _HOSP_WORDS)} {_pick(rng, _INDUSTRIES)} {_pick(rng, suffix)}"
    values["oh"] = _pick(
        rng,
        (
            f"{_pick(rng, _HOSP_WORDS)} Occupational Health {_pick(rng, suffix)}",
            f"WorkWell Assessments {_pick(rng, suffix)}",
            f"Sentinel OH Services {_pick(rng, suffix)}",
        ),
    )
    values["court"] = _court(rng, country, other[0], values["county"])
    values["lab"] = _pick(
        rng, (f"{home[0]} Pathology", f"{_pick(rng, _HOSP_WORDS)} Laboratories", f"Clinipath {home[0]}")
    )
    values["care_home"] = _pick(
        rng,
        (
            f"{_pick(rng, _HOSP_WORDS)} Care Home",
            f"{_pick(rng, _HOSP_WORDS)} Aged Care",
            f"{_pick(rng, _SAINTS)} House Nursing Home",
            f"{_pick(rng, _HOSP_WORDS)} Manor",
        ),
    )
    values["trip_hosp"] = _pick(
        rng,
        (
            f"{trip[0]} International Hospital",
            f"{_pick(rng, ('Siloam', 'Bumrungrad', 'Medicover', 'Galenia', 'Asian Heart'))} Hospital {trip[0]}",
            f"Clinica {_pick(rng, ('San Rafael', 'Santa Maria', 'del Mar'))}",
        ),
    )
    forces = {
        "US": (
            ("Marine Corps", "2nd Battalion, 7th Marines"),
            ("Army", "101st Airborne Division"),
            ("Navy", "USS Midway"),
            ("Army", "3rd Infantry Division"),
        ),
        "UK": (
            ("British Army", "1st Battalion, The Rifles"),
            ("Royal Navy", "HMS Ocean"),
            ("British Army", "Royal Engineers"),
            ("Royal Air Force", "RAF Regiment"),
        ),
        "AU": (
            ("Australian Army", "3rd Battalion, Royal Australian Regiment"),
            ("RAAF", "No. 3 Squadron RAAF"),
            ("Royal Australian Navy", "HMAS Sydney"),
        ),
        "CA": (
            ("Canadian Army", "Royal Canadian Regiment"),
            ("Canadian Army", "1 Combat Engineer Regiment"),
            ("Royal Canadian Navy", "HMCS Fredericton"),
        ),
    }["UK" if country == "AE" else country]
    values["branch"], values["unit"] = forces[rng.randrange(len(forces))]

    values["ph_pt"] = _mobile_or_landline(rng, country, home[4], mobile=True)
    values["ph_pt2"] = _mobile_or_landline(rng, country, home[4], mobile=False)
    values["ph_kin"] = _mobile_or_landline(rng, country, home[4], mobile=True)
    values["ph_kin2"] = _mobile_or_landline(rng, country, home[4], mobile=rng.random() < 0.5)
    values["ph_hosp"] = _mobile_or_landline(rng, country, home[4], mobile=False, ext=rng.random() < 0.5)
    values["fax_hosp"] = _mobile_or_landline(rng, country, home[4], mobile=False)
    values["ph_ins"] = _mobile_or_landline(rng, country, third[4], mobile=False, ext=rng.random() < 0.4)
    values["fax_ins"] = _mobile_or_landline(rng, country, third[4], mobile=False)
    values["ph_law"] = _mobile_or_landline(rng, country, other[4], mobile=False, ext=rng.random() < 0.3)
    values["fax_law"] = _mobile_or_landline(rng, country, other[4], mobile=False)
    values["ph_law2"] = _mobile_or_landline(rng, country, other[4], mobile=False, ext=rng.random() < 0.3)
    values["ph_emp"] = _mobile_or_landline(rng, country, home[4], mobile=False, ext=rng.random() < 0.5)
    values["ph_doc"] = _mobile_or_landline(rng, country, home[4], mobile=rng.random() < 0.5)
    values["ph_clerk"] = _mobile_or_landline(rng, country, home[4], mobile=False, ext=True)
    values["ph_collect"] = _mobile_or_landline(rng, country, third[4], mobile=False)
    values["ph_oh"] = _mobile_or_landline(rng, country, other[4], mobile=False, ext=rng.random() < 0.3)
    values["ph_trip"] = _foreign_phone(rng, trip[2], trip[3])
    values["ph_trip2"] = _foreign_phone(rng, trip[2], trip[3])
    values["ph_assist"] = _pick(
        rng,
        (
            _foreign_phone(rng, "44", "20"),
            _foreign_phone(rng, "61", "2"),
            _foreign_phone(rng, "971", "4"),
            _mobile_or_landline(rng, country, third[4], mobile=False),
        ),
    )
    values["ph_us"] = _mobile_or_landline(rng, "US", "214", mobile=False)
    for key in ("o1", "o2", "o3", "o4", "o5"):
        other_birth = _birth_for(rng, today, rng.randint(19, 95))
        values[f"{key}_dob"] = fmt(other_birth)
        values[f"{key}_dos"] = fmt(_shift(today, rng, -120, -3))
        values[f"{key}_amt"] = _money(rng, country, 60, 4000)

    law_dom = _domain(rng, values["law_firm"], country)
    ins_dom = _domain(rng, values["ins"], country)
    hosp_dom = _domain(rng, values["hosp"], country)
    col_dom = _domain(rng, values["collector"], country)
    emp_dom = _domain(rng, values["employer"], country)
    oh_dom = _domain(rng, values["oh"], country)
    values["em_pt"] = values["pt_email"]
    values["em_kin"] = values["kin_email"]
    values["em_law"] = (
        f"{_ascii(people['law'].first)[0].lower()}.{_ascii(people['law'].last).lower().replace('.', '')}@{law_dom}"
    )
    values["em_law2"] = (
        f"{_ascii(people['law2'].first).lower()}.{_ascii(people['law2'].last).lower().replace('.', '')}@{_domain(rng, values['law_firm2'], country)}"
    )
    values["em_ins"] = f"{_pick(rng, ('claims', 'appeals', 'preauth', 'provider.relations', 'um.review'))}@{ins_dom}"
    values["em_clerk"] = (
        f"{_ascii(people['clerk'].first).lower()}.{_ascii(people['clerk'].last).lower().replace('.', '')}@{hosp_dom}"
    )
    values["em_hosp"] = (
        f"{_pick(rng, ('medical.records', 'roi', 'patient.relations', 'complaints', 'billing', 'credentialing'))}@{hosp_dom}"
    )
    values["em_doc"] = (
        f"{_ascii(people['doc'].last).lower().replace('.', '')}{_ascii(people['doc'].first)[0].lower()}@{hosp_dom}"
    )
    values["em_emp"] = f"{_pick(rng, ('hr', 'whs', 'safety', 'people'))}@{emp_dom}"
    values["em_mgr"] = (
        f"{_ascii(people['mgr'].first).lower()}.{_ascii(people['mgr'].last).lower().replace('.', '')}@{emp_dom}"
    )
    values["em_oh"] = f"referrals@{oh_dom}"
    values["em_collect"] = f"disputes@{col_dom}"
    values["em_inv"] = f"{_ascii(people['inv'].first).lower()}{_ascii(people['inv'].last)[:1].lower()}@{hosp_dom}"
    values["url_ins"] = _pick(
        rng, (f"www.{ins_dom}/appeals", f"https://{ins_dom}/providers/prior-auth", f"http://{ins_dom}/forms")
    )
    values["url_records"] = _pick(
        rng,
        (
            f"https://{hosp_dom}/medical-records/request",
            f"www.{hosp_dom}/roi",
            f"https://records.{hosp_dom}/release?form=ROI",
        ),
    )
    values["url_law"] = f"www.{law_dom}"
    values["url_pay"] = _pick(
        rng, (f"https://pay.{col_dom}/account", f"www.{col_dom}/dispute", f"https://{col_dom}/pay?src=letter")
    )
    values["url_emp"] = f"https://{emp_dom}/careers/onboarding"
    values["url_oh"] = f"https://{oh_dom}/referral"
    values["url_complaint"] = f"https://{hosp_dom}/feedback/complaints"

    ids = _en_ids(rng, country, today.year, birth.year, pt.last, people["doc"].last)
    values.update(ids)
    values["url_portal"] = f"https://portal.{ins_dom}/claims/{_ascii(ids['claim']) or 'status'}"

    procedure, cpt = _PROCEDURES[rng.randrange(len(_PROCEDURES))]
    values["proc"] = procedure
    values["cpt"] = cpt
    values["cpt2"] = _pick(rng, ("99214", "99204", "97110", "97140", "20610", "99283", "73721", "99215"))
    values["icd"] = _pick(
        rng, ("M54.50", "S43.421A", "M75.121", "S82.001A", "H83.3X3", "L24.9", "G56.03", "F43.20", "M17.11", "F43.10")
    )
    values["injury"] = _pick(rng, _WORK_INJURIES)
    values["cond"] = _pick(rng, _CONDITIONS)
    values["cond2"] = _pick(rng, _CONDITIONS)
    values["drug"] = _pick(rng, _EN_DRUGS)
    values["amt1"] = _money(rng, country, 80, 900)
    values["amt2"] = _money(rng, country, 900, 9000)
    values["amt3"] = _money(rng, country, 40, 400)
    values["amt4"] = _money(rng, country, 5000, 95000)
    values["amt5"] = _money(rng, country, 300, 3000)
    values["pct"] = str(rng.choice((5, 8, 10, 12, 15, 20, 25, 30)))
    values["hours"] = str(rng.choice((4, 6, 8, 10)))
    values["kg"] = str(rng.choice((5, 7, 10, 15, 20)))
    values["job"] = _pick(
        rng,
        (
            "forklift operator",
            "registered nurse",
            "warehouse picker",
            "scaffolder",
            "care assistant",
            "bus driver",
            "line cook",
            "electrician",
            "mine fitter",
            "cleaner",
            "paramedic",
            "roofer",
            "teacher's aide",
            "security officer",
        ),
    )
    values["days"] = str(rng.randint(3, 45))
    values["weeks"] = str(rng.randint(2, 16))
    values["score"] = str(rng.randint(4, 26))
    values["rank"] = _pick(rng, ("Sgt", "Cpl", "LCpl", "SSgt", "Pte", "PO", "WO2", "Capt", "Maj", "Spc"))
    values["pct_rating"] = str(rng.choice((10, 20, 30, 40, 50, 60, 70, 80, 90, 100)))
    values["bed"] = f"{rng.randint(1, 40)}{rng.choice('ABCD')}"
    values["ward"] = _pick(rng, ("Ward 7B", "4 East", "Ward 12", "ICU Pod C", "Oak Ward", "AMU", "Ward 22", "Ortho 3"))
    values["cur"] = {"US": "USD", "UK": "GBP", "AU": "AUD", "CA": "CAD", "AE": "AED"}[country]

    birth_iso = birth.isoformat()
    national = {
        "US": ids["ssn"],
        "UK": ids["nhs"],
        "AU": ids["medicare_au"],
        "CA": ids["ohip"],
        "AE": ids["emirates_id"],
    }[country]
    known = (
        KnownIdentifier("PERSON", pt.first),
        KnownIdentifier("PERSON", pt.last),
        KnownIdentifier("PERSON", f"{pt.first} {pt.last}"),
        KnownIdentifier("ID", ids["mrn"]),
        KnownIdentifier("ID", national),
        KnownIdentifier("PHONE", values["ph_pt"]),
        KnownIdentifier("ADDRESS", addr_pt),
        KnownIdentifier("DATE", birth_iso),
        KnownIdentifier("EMAIL", values["em_pt"]),
    )
    return values, known


# ---------------------------------------------------------------------------------------------
# English templates: (country, age profile) per template in ``_EN_META``
# ---------------------------------------------------------------------------------------------
EN_BLIND17_TEMPLATES: Final[dict[str, str]] = {
    "ae_fitness_pre_employment": """OCCUPATIONAL HEALTH — PRE-EMPLOYMENT FITNESS CERTIFICATE
<<ORG:oh>> | <<ADDRESS:addr_oh>> | Tel <<PHONE:ph_oh>>

Candidate: <<PERSON:pt_caps>>            Nationality: {trip_country}
Passport No: <<ID:passport>>     Emirates ID: <<ID:emirates_id>>     UID: <<ID:uid_ae>>
DOB: <<DATE:dob>> (age <<AGE:age>>)    Mobile: <<PHONE:ph_pt>>
Employer: <<ORG:employer>> — HR contact <<PERSON:mgr_full>> (<<EMAIL:em_mgr>>)
Position applied: {job}     Labour card / work permit: <<ID:labour>>
Date of examination: <<DATE:d_exam>>

History: Previously employed by <<ORG:employer2>> in <<LOCATION:trip_city>> until {year_prev}. Declares {cond}; no prior work injury claims.
Vision: 6/6 both eyes, Ishihara normal. Audiometry within limits. BMI 27. Chest X-ray (accession <<ID:accession>>) clear.
Blood-borne virus screen sent to <<ORG:lab>>, specimen <<ID:specimen>>.

Outcome: FIT for the role of {job}, subject to annual review. No restriction on night shifts.

Examining physician: Dr <<PERSON:doc_fl>>, Occupational Physician, DHA licence <<ID:dha>>
Countersigned: <<PERSON:nurse_full>>, OH Nurse
Certificate valid until <<DATE:d_exp>>.
""",
    "ae_liability_complaint": """To: The Medical Liability Committee
Through: Patient Relations Office, <<ORG:hosp>>
Ref: complaint <<ID:complaint>> / file <<ID:mrn>>

Dear Sir / Madam,

I, <<PERSON:kin_fml>>, holder of Emirates ID <<ID:emirates_id2>>, write on behalf of my {pt_rel} <<PERSON:pt_full>> (Emirates ID <<ID:emirates_id>>, DOB <<DATE:dob>>), who was admitted on <<DATE:d_adm>> under Dr. <<PERSON:doc_full>> for {proc}. On the evening of <<DATE:d_dis>> the night nurse (<<PERSON:nurse_first>>, according to the badge) told us that the consultant "was not available" and that the on-call doctor, Dr <<PERSON:doc2_last>>, was covering two hospitals.

<<PERSON:pt_first>> was transferred to <<ORG:hosp2>> in <<LOCATION:city2>> the next morning. The discharge summary says "{cond}", which we were never told about. We also received an invoice <<ID:invoice>> for {amt2} although <<ORG:ins>> confirmed to us in writing (approval <<ID:auth>>) that the admission was covered.

I ask that the Committee obtain the full file, the CCTV of the ward corridor and the nurse call log for that night. My lawyer, <<PERSON:law_full>> of <<ORG:law_firm>>, has a copy of this letter (<<EMAIL:em_law>>, <<PHONE:ph_law>>).

I can be reached on <<PHONE:ph_kin>> or at <<ADDRESS:addr_kin>>.

Signed: <<PERSON:kin_lastcaps>>, <<PERSON:kin_first>>
Date: <<DATE:d_doc>>
""",
    "ae_medevac_repatriation": """REPATRIATION CASE — DAILY UPDATE
Assistance case: <<ID:case>>   Policy: <<ID:policy>>   Insurer: <<ORG:ins>>
Patient: <<PERSON:pt_lfu>> | <<AGE:age>> y | DOB <<DATE:dob>> | Passport <<ID:passport>>
Currently admitted: <<ORG:hosp>>, {ward}, bed {bed} (MRN <<ID:mrn>>)
Treating: Dr <<PERSON:doc_full>> — direct <<PHONE:ph_doc>>
Home: <<LOCATION:trip_city>>, {trip_country}. Receiving hospital: <<ORG:trip_hosp>> (<<PHONE:ph_trip>>)

{time} — Call with <<PERSON:kin_nick>> (wife's brother, speaks Malayalam/English) on <<PHONE:ph_kin>>. Family want repatriation asap; {kin2_child} <<PERSON:kin2_first>> flying in from <<LOCATION:city2>>.
{time2} — Fit-to-fly form signed by Dr <<PERSON:doc_last>>: stretcher + medical escort, O2 2 L/min.
Air ambulance quote from <<ORG:air_amb>> {amt4}; commercial stretcher via scheduled carrier booked under PNR <<ID:flight_pnr>>, departs <<DATE:d_next>>.
Escort nurse: <<PERSON:nurse2_full>> (mob <<PHONE:ph_pt2>>). Ground ambulance at destination arranged by <<PERSON:inv_first>> at our {trip_country} office, <<PHONE:ph_trip2>>.
Employer <<ORG:employer>> (sponsor) confirms cancellation of residence visa; labour card <<ID:labour>>.
Case manager: <<PERSON:clerk_full>> | <<ORG:assist>> | 24h <<PHONE:ph_assist>> | <<EMAIL:em_ins>>
""",
    "ae_preapproval": """PRE-APPROVAL REQUEST — OUTPATIENT / DAY CASE
Provider: <<ORG:hosp>>   Facility licence: <<ID:dha2>>
Payer / TPA: <<ORG:ins>> c/o <<ORG:tpa>>
Member name (as per card): <<PERSON:pt_caps>>
Card no.: <<ID:tpa_card>>     Emirates ID: <<ID:emirates_id>>
DOB: <<DATE:dob>>   Gender: {pt_sex}   Mobile: <<PHONE:ph_pt>>
Treating physician: Dr. <<PERSON:doc_full>> (DHA licence <<ID:dha>>)
Requested: {proc} (CPT {cpt}), ICD-10 {icd}
Estimated cost: {amt2}

Clinical justification: symptoms since <<DATE:d_onset_my>>, failed 6 weeks of conservative treatment with {drug}; background {cond}.

--- TPA response <<DATE:d_claim>> {time} ---
Status: REJECTED (MN-004 medical necessity not established). Medical reviewer: <<PERSON:clerk_fl>>.
Remarks: "Kindly share previous imaging and physio notes."

--- Resubmission <<DATE:d_appeal>> ---
Attached MRI report (accession <<ID:accession>>) and physio summary from <<ORG:clinic>>. Coordinator <<PERSON:clerk2_first>> (insurance desk, ext. 2231).
Contact pre-approval desk: <<PHONE:ph_ins>> / fax <<PHONE:fax_ins>> / <<EMAIL:em_ins>> / <<URL:url_ins>>
""",
    "au_advocate_case_log": """PATIENT ADVOCACY — CASE LOG
Case <<ID:case>> | Opened <<DATE:d_recv>> | Service: <<ORG:hosp>>
Consumer: <<PERSON:pt_full>> (prefers "<<PERSON:pt_nick>>"), UR <<ID:mrn>>, DOB <<DATE:dob>>
Support person: <<PERSON:kin_full>> ({kin_rel}) <<PHONE:ph_kin>>
Aboriginal Liaison Officer: <<PERSON:wit_full>>

<<DATE:d_recv>> — Walk-in to the advocacy office with aunty <<PERSON:kin2_first>>. Concerned the hospital sent a debt notice (invoice <<ID:invoice>>, {amt1}) for an ambulance transfer from <<LOCATION:city2>> that should have been covered. Also upset that the ED doctor ("Dr <<PERSON:doc_last>>, tall fella") called <<PERSON:pt_first>> non-compliant in front of family.
<<DATE:d_sent>> — Emailed Patient Liaison (<<EMAIL:em_hosp>>). Spoke with <<PERSON:clerk_full>>, Revenue, <<PHONE:ph_clerk>>: invoice placed on hold 30 days. Medicare no. on file <<ID:medicare_au>> was wrong (old card) — updated.
<<DATE:d_doc>> — Meeting with NUM <<PERSON:nurse_first>> <<PERSON:nurse_typolast>> (sp?) and <<PERSON:wit_first>>. Apology given. Cultural safety training flagged for the ED team. <<PERSON:pt_nick>> happy with the outcome; wants a copy of the notes sent to <<ADDRESS:addr_pt>>.
Follow-up due <<DATE:d_review>>. Advocate: <<PERSON:inv_full>>
""",
    "au_dva_white_card": """Department of Veterans' Affairs — Request for Approval of Treatment
Veteran: <<PERSON:pt_lfu>>          File No.: <<ID:dva_au>>
Service No.: <<ID:mil_au>>          Date of birth: <<DATE:dob>>
Card: White (accepted conditions: tinnitus, PTSD)       Age: <<AGE:age>>
Residential address: <<ADDRESS:addr_pt>>
Phone: <<PHONE:ph_pt>>

Service history: enlisted <<DATE:d_enl>>, {unit}; discharged {year_dc}. Deployed twice.

Treating provider: Dr <<PERSON:doc_fml>>, <<ORG:clinic>>
Provider no. <<ID:x3>> | AHPRA <<ID:ahpra>>
Ph <<PHONE:ph_doc>>   Fax <<PHONE:fax_hosp>>

Request: {proc} at <<ORG:hosp>> for a non-accepted condition ({cond}). Veteran, <<AGE:age_w>> years old, lives alone in <<LOCATION:city>>; {kin_child} <<PERSON:kin_full>> in <<LOCATION:city2>> (<<PHONE:ph_kin>>) holds enduring power of attorney.
Open Arms counsellor: <<PERSON:nurse_fl>>.

Signed: <<PERSON:doc_fl>>   Date: <<DATE:d_doc>>
DVA use only — delegate <<PERSON:clerk_ini>>, approval <<ID:auth>> dated <<DATE:d_next>>
""",
    "au_gap_fee_email_thread": """From: <<PERSON:pt_full>> <<<EMAIL:em_pt>>>
Sent: <<DATE:d_recv>> {time2}
To: accounts@ — <<ORG:hosp>>
Subject: RE: RE: Out of pocket for surgery — account <<ID:acct>>

Hi <<PERSON:clerk_first>>,

Thanks for calling me back. To recap: I was quoted {amt1} gap by Dr <<PERSON:doc_last>>'s rooms before the op on <<DATE:d_svc>>, and the anaesthetist (Dr <<PERSON:doc2_full>>) was meant to be no-gap. I've now had a bill from the anaesthetist for {amt5} and another from <<ORG:lab>> (invoice <<ID:invoice2>>).

My fund is <<ORG:ins>>, member no. <<ID:member>>, and Medicare <<ID:medicare_au>>. The fund says the anaesthetist didn't use their gap scheme. I have the informed financial consent form signed by your practice manager <<PERSON:mgr_first>> - it doesn't mention a second bill.

Cheers,
<<PERSON:pt_first>>
<<PHONE:ph_pt>>

-----Original Message-----
From: <<PERSON:clerk_full>> <<<EMAIL:em_clerk>>>
Sent: <<DATE:d_sent>>
Subject: RE: Out of pocket for surgery

Dear {pt_hon} <<PERSON:pt_last>>,
I have escalated this to our billing lead, <<PERSON:clerk2_fl>>. Our provider-relations contact at the fund is <<PERSON:inv_full>> (<<PHONE:ph_ins>>). Please quote <<ID:ref>>.
Kind regards, <<PERSON:clerk_first>> | Patient Accounts | <<PHONE:ph_clerk>>
""",
    "au_travel_claim_casenotes": """TRAVEL INSURANCE — MEDICAL ASSISTANCE FILE NOTES
File <<ID:case>> | Policy <<ID:policy>> (<<ORG:ins>>) | Claim <<ID:claim>>
Insured: <<PERSON:pt_caps>>, <<AGE:age>> yrs, of <<ADDRESS:addr_pt>>
Travelling companion: <<PERSON:kin_full>> — roaming mobile <<PHONE:ph_kin>>

<<DATE:d_dep>> 02:14 AEST — Call from <<PERSON:kin_first>>: insured collapsed at the hotel in <<LOCATION:trip_city>>, {trip_country}. Taken by taxi to <<ORG:trip_hosp>>, <<ADDRESS:addr_trip>>. Hospital switchboard <<PHONE:ph_trip>>.
<<DATE:d_dep>> 09:40 — Spoke to treating doctor, Dr <<PERSON:o1_full>> (English OK). Dx: {cond} decompensation. Guarantee of payment issued up to {amt4}.
<<DATE:d_ret>> — Our medical officer Dr <<PERSON:doc_fl>> reviewed: fit to fly with escort, business class + O2. Pre-existing conditions declared on application <<DATE:d_prev>>? Underwriting to check — <<PERSON:clerk_first>> assigned.
<<DATE:d_ret>> — Flights: escort nurse <<PERSON:nurse_full>> travelling ex-<<LOCATION:city>>. Passport for insured <<ID:passport>>. Booking ref <<ID:flight_pnr>>.
Arrival plan: road ambulance to <<ORG:hosp>>, <<LOCATION:city>>; admitting team notified (<<PHONE:ph_hosp>>). {kin2_child_cap} <<PERSON:kin2_fml>> to meet at the airport (<<PHONE:ph_kin2>>).
Note by: <<PERSON:clerk2_full>>, Assistance Coordinator, <<ORG:assist>>
""",
    "au_workcover_certificate": """CERTIFICATE OF CAPACITY — WORKERS COMPENSATION
Claim number: <<ID:workcover>>          Insurer/agent: <<ORG:ins>>
Worker: <<PERSON:pt_fml>>       DOB: <<DATE:dob>>
Address: <<ADDRESS:addr_pt>>
Phone: <<PHONE:ph_pt>>       Medicare no.: <<ID:medicare_au>>
Occupation: {job}       Employer: <<ORG:employer>>, site at <<LOCATION:city2>>
Employer contact (RTW coordinator): <<PERSON:mgr_full>> <<PHONE:ph_emp>>

Date of injury: <<DATE:d_inj>>       First seen: <<DATE:d_inj2>>
Diagnosis: {injury}. Consistent with the worker's description: "I was bending to lift a {kg} kg box and felt a pop".

Capacity from <<DATE:d_exam>> to <<DATE:d_rtw>>:
[ ] unfit for any work   [x] some capacity for work — {hours} hours/day, 3 days/week
Restrictions: no lifting > {kg} kg; no repetitive bending; sit/stand as needed.
Treatment plan: physio at <<ORG:clinic>> x {weeks} weeks; {drug} prn.
Next review: <<DATE:d_review>>

Medical practitioner: Dr <<PERSON:doc_full>>       AHPRA: <<ID:ahpra>>
Practice: <<ORG:hosp>>, <<ADDRESS:addr_hosp>>, ph <<PHONE:ph_hosp>>
Signature: ___<<PERSON:doc_ini>>___        Date: <<DATE:d_doc>>
""",
    "ca_ltd_aps": """ATTENDING PHYSICIAN'S STATEMENT — LONG TERM DISABILITY
<<ORG:ins>> | Claim No. <<ID:claim>> | Group policy <<ID:group>> | Certificate <<ID:member>>

Part A (plan member)
Name: <<PERSON:pt_lfm>>     Date of birth (YYYY-MM-DD): <<DATE:dob_iso>>
SIN: <<ID:sin>>     Health card: <<ID:ohip>>
Employer: <<ORG:employer>>     Last day worked: <<DATE:d_inj>>
Address: <<ADDRESS:addr_pt>>     Tel.: <<PHONE:ph_pt>>

Part B (attending physician)
Diagnosis: {cond2}; secondary {cond}. Symptoms began <<DATE:d_onset_my>>.
Objective findings: ...see attached consult from Dr <<PERSON:doc2_full>> (psychiatry, <<ORG:hosp2>>), seen <<DATE:d_svc>> and <<DATE:d_svc2>>.
Restrictions and limitations: unable to sustain concentration > 30 min; cannot drive the company vehicle (plate <<ID:plate>>).
Prognosis: guarded. Estimated return to work: <<DATE:d_rtw>>, graduated.

Physician: Dr. <<PERSON:doc_full>>, CPSO #<<ID:cpso>>
Clinic: <<ORG:clinic>>, <<ADDRESS:addr_hosp>>
Tel <<PHONE:ph_hosp>> | Fax <<PHONE:fax_hosp>>
Signature: <<PERSON:doc_fl>>  Date: <<DATE:d_doc>>

Please return to the case manager, <<PERSON:clerk_full>>, by fax <<PHONE:fax_ins>> or upload at <<URL:url_portal>>.
""",
    "ca_records_release_consent": """AUTHORIZATION TO RELEASE PERSONAL HEALTH INFORMATION / AUTORISATION DE COMMUNIQUER DES RENSEIGNEMENTS
<<ORG:hosp>> — Health Information Services / Archives médicales

I, <<PERSON:pt_full>>, born <<DATE:dob>>, chart no. <<ID:mrn>>, health card <<ID:ohip>>,
authorize <<ORG:hosp>> to release to:
   <<PERSON:law_full>>, <<ORG:law_firm>>
   <<ADDRESS:addr_law>>
   Tel. <<PHONE:ph_law>>   Fax <<PHONE:fax_law>>   File/Dossier: <<ID:ref>>
the following records for the period <<DATE:d_inj>> to <<DATE:d_doc>>:
[x] emergency record  [x] imaging reports  [ ] psychiatry  [x] physiotherapy  [x] billing statements

Purpose: personal injury claim (motor vehicle collision in <<LOCATION:city2>>), and the insurer <<ORG:ins>>, claim <<ID:claim>>.
This consent expires on <<DATE:d_exp>>. I may withdraw it in writing.

Signature: <<PERSON:pt_fl>>     Date: <<DATE:d_doc>>
Witness: <<PERSON:wit_full>>     Relationship: receptionist

FOR HIS USE ONLY — Request rec'd <<DATE:d_recv>>, logged by <<PERSON:clerk_ini>>. ROI no. <<ID:x2>>. Fee {amt3} invoiced to the firm. Released via secure e-mail to <<EMAIL:em_law>> on <<DATE:d_sent>> by <<PERSON:clerk_full>> (ext. 4410).
""",
    "ca_vac_disability": """VETERANS AFFAIRS CANADA — MEDICAL QUESTIONNAIRE (HEARING LOSS AND TINNITUS)
VAC file number: <<ID:vac>>     Service number: <<ID:mil_ca>>
Applicant: <<PERSON:pt_lfcu>>     DOB: <<DATE:dob>>     Age: <<AGE:age>>
Address: <<ADDRESS:addr_pt_ml>>
Tel: <<PHONE:ph_pt>>
Service: {branch}, {unit}, enrolled <<DATE:d_enl>>, released {year_dc}.

History (as given by the veteran, accompanied by {pt_his} {kin_child} <<PERSON:kin_full>>): artillery exposure on the ranges, no hearing protection in the early years. Worked afterwards as a millwright at <<ORG:employer>> in <<LOCATION:city>> — noisy. Spouse <<PERSON:kin2_first>> deceased <<DATE:d_death>>.

Audiogram <<DATE:d_exam>>, audiologist <<PERSON:nurse_full>>, <<ORG:clinic>> (report no. <<ID:accession>>): bilateral sensorineural loss, worse at 4 kHz. Tinnitus constant, bilateral.
At <<AGE:age_w>> {pt_he} remains independent; uses hearing aids (serial <<ID:serial>>).

Completed by: <<PERSON:doc_full>>, MD, CMQ <<ID:cmq>>
Phone <<PHONE:ph_doc>>   Date <<DATE:d_doc>>
""",
    "ca_wsib_faf": """FUNCTIONAL ABILITIES FORM FOR PLANNING EARLY AND SAFE RETURN TO WORK
Claim number: <<ID:wsib>>
Worker: <<PERSON:pt_first>> <<PERSON:pt_last>>          Telephone: <<PHONE:ph_pt>>
Employer: <<ORG:employer>>     Contact: <<PERSON:mgr_fl>>  <<PHONE:ph_emp>>
Date of accident/illness: <<DATE:d_inj>>

Health professional
Name: <<PERSON:doc_full>>, physiotherapist       Clinic: <<ORG:clinic>>
Address: <<ADDRESS:addr_hosp>>         Telephone: <<PHONE:ph_hosp>>     Fax: <<PHONE:fax_hosp>>
Date of assessment: <<DATE:d_exam>>

Abilities / limitations:
Walking — full | Standing — up to 30 min | Sitting — full
Lifting floor to waist — up to {kg} kg | Bending/twisting — limited
Use of hands: right hand limited (gripping), left full
Exposure to vibration — avoid. Operating motorized equipment — no (forklift licence <<ID:x3>> suspended by employer pending review).

Estimated duration: {weeks} weeks. Recommended follow-up: <<DATE:d_review>>.

Worker signature: <<PERSON:pt_lower>>         Date: <<DATE:d_doc>>
Comments from worker: "Supervisor <<PERSON:wit_first>> says there is light duty in shipping. Ok with that."
""",
    "dictation_medicolegal_ca": """[Voice dictation — unedited transcript — job <<ID:x4>>]
this is doctor <<PERSON:doc_lower>> dictating a medico legal report for <<PERSON:law_lastcaps>> at <<ORG:law_firm>> comma their file <<ID:ref>> full stop
the claimant is <<PERSON:pt_lower>> spelled <<PERSON:pt_lastcaps>> comma date of birth <<DATE:dob>> comma seen today <<DATE:d_exam>> at the <<LOCATION:city>> office full stop new paragraph
history colon mister slash missus uh <<PERSON:pt_typolast>> sorry <<PERSON:pt_last>> was rear ended on <<DATE:d_inj>> on the highway outside <<LOCATION:city2>> full stop the other driver a <<PERSON:wit_full>> was charged full stop
seen at <<ORG:hosp>> emergency same day by doctor <<PERSON:doc2_last>> comma imaging accession <<ID:accession>> normal full stop
family doctor is <<PERSON:doc3_full>> at <<ORG:clinic>> new paragraph
current complaints neck pain seven out of ten comma headaches comma poor sleep full stop takes {drug} full stop has not returned to work as a {job} at <<ORG:employer>> full stop
insurer adjuster <<PERSON:clerk_first>> from <<ORG:ins>> called my office twice comma claim number <<ID:claim>> full stop
please send the draft to <<PERSON:law_firstlower>> at <<EMAIL:em_law>> and copy <<PERSON:nurse_first>> in my office end of dictation
""",
    "uk_complaint_response": """PRIVATE AND CONFIDENTIAL
{kin_hon} <<PERSON:kin_full>>
<<ADDRESS:addr_kin_ml>>

Our ref: <<ID:complaint>>      NHS number: <<ID:nhs>>
Date: <<DATE:d_doc>>

Dear {kin_hon} <<PERSON:kin_last>>,

Re: your late {pt_parent}, <<PERSON:pt_fml>> (date of birth <<DATE:dob>>)

Thank you for your letter of <<DATE:d_recv>> about the care your {pt_parent} received on {ward} at <<ORG:hosp>> before {pt_he} died on <<DATE:d_death>>, aged <<AGE:age>>. I am very sorry for your loss.

Your complaint has been investigated by <<PERSON:inv_full>>, Matron for Older People's Medicine, and reviewed by Dr <<PERSON:doc_full>>, the consultant geriatrician responsible for your {pt_parent}'s care.

1. Pressure ulcer. The Waterlow score was recorded on admission but the repositioning chart was not completed between <<DATE:d_adm>> and <<DATE:d_dis>>. This fell below the standard we expect. Staff Nurse <<PERSON:nurse_last>> has reflected on this with {nurse_his} line manager.
2. Communication. You told us that no one rang you when your {pt_parent} fell on the night of <<DATE:d_stay>>. The incident (<<ID:incident>>) was logged at {time3} by the healthcare assistant, <<PERSON:nurse2_first>>, but the call to you was not made. I apologise unreservedly.
3. DNACPR. The form was discussed with your {kin2_sib}, <<PERSON:kin2_full>>, who was listed as next of kin; we accept you should have been included.

If you remain unhappy you may contact the Parliamentary and Health Service Ombudsman. Our Patient Advice and Liaison Service can be reached on <<PHONE:ph_hosp>> or <<EMAIL:em_hosp>>, or online at <<URL:url_complaint>>.

Yours sincerely,

<<PERSON:mgr_fml>>
Chief Executive
cc: <<PERSON:inv_fl>>; Dr <<PERSON:doc_fl>>; complaints file
""",
    "uk_court_of_protection": """COP3 — ASSESSMENT OF CAPACITY (summary for the applicant's solicitors)
Court of Protection case no.: <<ID:court_uk>>
Person to whom the application relates (P): <<PERSON:pt_full>>
Date of birth: <<DATE:dob>> (<<AGE:age>> years)
Usual address: <<ORG:care_home>>, <<ADDRESS:addr_pt>>
Applicant: <<PERSON:kin_full>> ({kin_rel}) — represented by <<ORG:law_firm>>, ref <<ID:ref>>, <<PERSON:law_fl>> <<PHONE:ph_law>>
Respondent: <<PERSON:kin2_full>>

Matter: property and affairs (sale of the former home at <<ADDRESS:addr_kin>>; management of savings).

Assessment on <<DATE:d_exam>> at the care home, {time}, in the presence of the deputy manager <<PERSON:nurse_full>>. <<PERSON:pt_first>>, aged <<AGE:age_w>>, is a retired schoolteacher who was born in <<LOCATION:city2>> and moved to <<LOCATION:city>> in {year_prev}. {pt_he_cap} greeted me warmly, called me "the young man from the bank" and asked after {pt_his} {pt_partner}, who died some years ago.

{pt_he_cap} could not retain information about the value of the house for more than a minute; MoCA {score}/30. In my opinion {pt_he} lacks capacity to make decisions about {pt_his} property and affairs. The impairment is likely to be permanent (mixed Alzheimer's and vascular dementia, diagnosed by Dr <<PERSON:doc2_full>> at <<ORG:hosp>>, hospital no. <<ID:mrn>>).

Practitioner: Dr <<PERSON:doc_full>>, GMC <<ID:gmc>>, <<ORG:clinic>>, <<PHONE:ph_doc>>
Signed <<DATE:d_doc>>
""",
    "uk_fit_note": """Statement of Fitness for Work — for social security or Statutory Sick Pay
Patient's name: {pt_hon} <<PERSON:pt_fml>>
Date of birth: <<DATE:dob>>      NHS no: <<ID:nhs>>
I assessed your case on: <<DATE:d_exam>>
and, because of the following condition(s): {injury}
I advise you that: [ ] you are not fit for work.  [x] you may be fit for work taking account of the following advice:
   [x] a phased return to work  [x] amended duties  [ ] altered hours  [ ] workplace adaptations
Comments: Avoid heavy lifting (> {kg} kg) and ladders. Reviewed with occupational health at <<ORG:oh>> (ref <<ID:referral>>).
This will be the case for {weeks} weeks, from <<DATE:d_exam>> to <<DATE:d_rtw>>.
I will not need to assess your fitness for work again at the end of this period.

Doctor's signature: <<PERSON:doc_fnl>>          Date of statement: <<DATE:d_doc>>
Doctor's address: <<ORG:hosp>>, <<ADDRESS:addr_hosp>>  Tel <<PHONE:ph_hosp>>

--- attached practice note ---
Pt works as {job} for <<ORG:employer>> (line manager <<PERSON:mgr_first>>). Employee no. <<ID:emp>>. Asked for a copy to be e-mailed to <<EMAIL:em_pt>>. GP <<PERSON:doc_ini>> / scribe <<PERSON:clerk_first>>.
""",
    "uk_medicolegal_report": """MEDICAL REPORT ON <<PERSON:pt_caps>>
Prepared for the Court in accordance with CPR Part 35

Claimant: <<PERSON:pt_fml>>            Date of birth: <<DATE:dob>>
Address: <<ADDRESS:addr_pt>>
Date of accident: <<DATE:d_inj>>       Date of examination: <<DATE:d_exam>>
Place of examination: <<ORG:clinic>>, <<LOCATION:city>>
Instructing party: <<ORG:law_firm>> (ref <<ID:ref>>), per <<PERSON:law_full>>
Defendant insurer: <<ORG:ins>> (claim <<ID:claim>>)
Case/portal reference: <<ID:ref2>>
Expert: Dr <<PERSON:doc_fmi>>, MB ChB FRCS (Orth), GMC <<ID:gmc>>

1. Identification. The claimant produced a photo driving licence (<<ID:dl>>). Accompanied by partner, <<PERSON:kin_first>>.
2. Accident. Driver, stationary at lights on the ring road in <<LOCATION:city2>>, struck from behind by a van. Seen at <<ORG:hosp>> ED (hospital number <<ID:mrn>>) the same day; discharged with {drug}.
3. Employment. {job} with <<ORG:employer>>; off work {weeks} weeks; statutory sick pay only.
4. Records reviewed. GP records from <<ORG:hosp2>> (Dr <<PERSON:doc2_lf>>) <<DATE:d_prev>> to <<DATE:d_recv>>; physiotherapy notes, <<PERSON:nurse_full>> MCSP.
5. Opinion. On the balance of probabilities the whiplash injury is attributable to the accident; symptoms should resolve within {weeks} months of the index date.

Statement of truth: I confirm that I have made clear which facts and matters referred to in this report are within my own knowledge...
Signed: <<PERSON:doc_fl>>      Dated: <<DATE:d_doc>>
Secretary: <<PERSON:clerk_full>> | <<PHONE:ph_clerk>> | <<EMAIL:em_clerk>>
""",
    "uk_oh_management_referral": """MANAGEMENT REFERRAL TO OCCUPATIONAL HEALTH (CONFIDENTIAL — STAFF IN CONFIDENCE)
Provider: <<ORG:oh>> | <<EMAIL:em_oh>> | <<URL:url_oh>>

Employee: <<PERSON:pt_full>>      Assignment no.: <<ID:emp>>
Job title: {job}      Department: Estates & Facilities, <<ORG:hosp>>
DOB: <<DATE:dob>>      Home tel: <<PHONE:ph_pt2>>     Mobile: <<PHONE:ph_pt>>
Referring manager: <<PERSON:mgr_full>> (<<EMAIL:em_mgr>>, <<PHONE:ph_emp>>)
HR adviser: <<PERSON:clerk_fl>>

Reason for referral: <<PERSON:pt_first>> has had 4 episodes of sickness absence since <<DATE:d_prev>> (total {days} days), most recently from <<DATE:d_inj>> with "back pain / stress". <<PERSON:pt_first>> is keen to return but has told me the night rota with <<PERSON:wit_full>> is difficult. There is an ongoing grievance (ref <<ID:case>>) which <<PERSON:wit_first>> is aware of.

Questions for OH:
1. Is <<PERSON:pt_first>> fit to return to full duties? If not, what adjustments?
2. Is the Equality Act likely to apply?
3. Should the attendance procedure stage 2 meeting (<<DATE:d_next>>) go ahead?

Employee consent: I have discussed this referral with the employee, who consents to the report being shared with me and HR. Signed <<PERSON:mgr_fl>> <<DATE:d_doc>>

OH use: triaged by <<PERSON:nurse_full>> RGN, SCPHN(OH); appointment <<DATE:d_review>> {time} with Dr <<PERSON:doc_last>>.
""",
    "uk_sar_solicitor_emails": """From: <<PERSON:law_full>> <<<EMAIL:em_law>>>
To: Information Governance <<<EMAIL:em_hosp>>>
Date: <<DATE:d_recv>>
Subject: Subject Access Request — <<PERSON:pt_full>> — NHS <<ID:nhs>> — our ref <<ID:ref>>

Dear Sirs,

We act for the above-named in a clinical negligence claim arising from treatment at <<ORG:hosp>> between <<DATE:d_adm>> and <<DATE:d_dis>>. Please find attached our client's signed authority and a copy of {pt_his} passport (<<ID:passport>>). {pt_his_cap} details: DOB <<DATE:dob>>, hospital number <<ID:mrn>>, address <<ADDRESS:addr_pt>>.

We request a complete copy of the records, including A&E cards, nursing notes, drug charts, CTG traces and any incident reports (we understand a Datix was raised, possibly <<ID:incident>>). Please also preserve the CCTV for <<DATE:d_inc>>.

Kind regards,
<<PERSON:law_fl>> | Associate Solicitor | <<ORG:law_firm>>
<<ADDRESS:addr_law>> | T <<PHONE:ph_law>> | F <<PHONE:fax_law>> | <<URL:url_law>>

---------- Reply ----------
From: <<PERSON:clerk_full>>
Date: <<DATE:d_sent>>
Dear <<PERSON:law_first>>,
Acknowledged, our SAR ref <<ID:x1>>. The records are held across two sites (maternity notes are at <<ORG:hosp2>>, <<LOCATION:city2>>). Our Caldicott Guardian, Dr <<PERSON:doc2_full>>, has asked for redaction of third-party information (the midwife's notes refer to the baby's father, <<PERSON:kin_full>>). Expected disclosure by <<DATE:d_due>>.
<<PERSON:clerk_first>> <<PERSON:clerk_lastcaps>> | Subject Access Team | <<PHONE:ph_clerk>>
""",
    "uk_serious_incident": """SERIOUS INCIDENT INVESTIGATION REPORT — DRAFT v0.3
StEIS ref: <<ID:incident>>     Local ref: <<ID:x2>>
Patient: <<PERSON:pt_lfu>>, <<AGE:age>> years, hospital no. <<ID:mrn>>
Incident: unwitnessed fall with fractured neck of femur, {ward}, <<ORG:hosp>>
Date/time of incident: <<DATE:d_stay>>, approx. {time3}
Lead investigator: <<PERSON:inv_full>>, Head of Nursing. Panel: Dr <<PERSON:doc2_full>> (orthogeriatrics), <<PERSON:mgr_full>> (patient safety).

Timeline
| Date | Time | Event | Staff |
| <<DATE:d_adm>> | 14:20 | Admitted from <<ORG:care_home>>; falls risk assessment "high" | SN <<PERSON:nurse_inid>> |
| <<DATE:d_stay>> | 02:10 | Call bell answered; patient toileted | HCA <<PERSON:nurse2_first>> |
| <<DATE:d_stay>> | 03:45 | Found on floor by bed {bed}; bay lights off | SN <<PERSON:nurse_last>> |
| <<DATE:d_stay>> | 04:30 | Reviewed by F1 doctor <<PERSON:o1_fl>>; X-ray requested (accession <<ID:accession>>) | |
| <<DATE:d_stay2>> | 09:00 | Family informed — {kin_child} <<PERSON:kin_full>>, tel <<PHONE:ph_kin>> | Duty of candour: <<PERSON:inv_ini>> |

Findings: bed-rail assessment not repeated after transfer; low-rise bed unavailable (asset serial <<ID:serial>> under repair).
Staff interviewed: <<PERSON:nurse_lf>>; <<PERSON:nurse2_lf>>; <<PERSON:o1_lf>>; <<PERSON:o2_lf>> (bank HCA, agency <<ORG:employer2>>).
Family's questions were collated by <<PERSON:kin2_first>> (grandchild) and answered in the meeting of <<DATE:d_rep>>.
""",
    "uk_veteran_referral": """Veterans' mental health and wellbeing service — GP referral
Patient: <<PERSON:pt_full>> ("<<PERSON:pt_nick>>")    DOB <<DATE:dob>>    NHS no. <<ID:nhs>>
Service number: <<ID:mil_uk>>    Service: {branch}, {unit} ({year_enl}–{year_dc})
Address: <<ADDRESS:addr_pt>>    Tel: <<PHONE:ph_pt>>    email <<EMAIL:em_pt>>
GP: Dr <<PERSON:doc_full>>, <<ORG:clinic>>, <<PHONE:ph_doc>>

Dear colleague,
I would be grateful if you could see this <<AGE:age>>-year-old veteran who served as a {rank} and completed two tours. Since a road traffic collision near <<LOCATION:city2>> on <<DATE:d_inj>> {pt_he} has had nightmares and hypervigilance; PCL-5 score {score}. {pt_he_cap} has recently separated from {pt_his} partner <<PERSON:kin_first>> and is staying with {pt_his} {kin2_sib} <<PERSON:kin2_full>> (<<PHONE:ph_kin2>>).

Alcohol: up to 40 units/week. Debt problems: {pt_he} has a county court claim from <<ORG:collector>> (ref <<ID:collect>>); the Citizens Advice adviser helping {pt_him} is <<PERSON:o3_full>>.
War pension: claim with Veterans UK ref <<ID:ref2>> pending.

Yours sincerely,
<<PERSON:doc_fl>>
""",
    "us_appeal_letter": """<<ORG:hosp>>
Utilization Review Department
<<ADDRESS:addr_hosp_ml>>
Phone <<PHONE:ph_hosp>> · Fax <<PHONE:fax_hosp>>

<<DATE:d_appeal_us>>

<<ORG:ins>>
Attn: Appeals Unit
<<ADDRESS:addr_ins>>

RE: Level 1 Provider Appeal
Patient: <<PERSON:pt_full>>    DOB: <<DATE:dob_us>>
Member ID: <<ID:member>>    Group #: <<ID:group>>
Claim #: <<ID:claim>>    Dates of service: <<DATE:d_svc>> – <<DATE:d_svc2>>
Denial letter dated <<DATE:d_deny>>; reference <<ID:auth2>>

To whom it may concern:

I am writing on behalf of my patient, <<PERSON:pt_first>> <<PERSON:pt_last>>, to appeal the denial of inpatient level of care. {pt_he_cap} presented to our emergency department with {cond} and was admitted by Dr. <<PERSON:doc2_full>>. Your reviewer, Dr. <<PERSON:o4_full>>, applied observation criteria without speaking to the attending; a peer-to-peer was requested on <<DATE:d_deny>> via your line (<<PHONE:ph_ins>>) but was never scheduled.

The patient required IV therapy for 52 hours, serial troponins and telemetry. Please see the enclosed records (our account <<ID:acct>>).

Sincerely,

<<PERSON:doc_fml>>, MD
NPI <<ID:npi>>
cc: <<PERSON:clerk_full>>, Patient Financial Services (<<EMAIL:em_clerk>>)
""",
    "us_billing_call_log": """ACCOUNT NOTES — PFS
Guarantor: <<PERSON:kin_lfu>>      Patient: <<PERSON:pt_lfu>>      Acct <<ID:acct>>      MRN <<ID:mrn>>
Balance {amt2}   Ins: <<ORG:ins>>   Sub ID <<ID:member>>

<<DATE:d_recv_iso>> {time} - INBOUND call from guarantor ({kin_rel}) <<PHONE:ph_kin>>. States EOB shows {amt1} patient resp but stmt shows {amt2}. Verified DOB <<DATE:dob>> + last 4 SSN. Advised itemized bill. -<<PERSON:clerk_firstlower>>
<<DATE:d_recv_iso>> {time2} - Called <<ORG:ins>> provider line <<PHONE:ph_ins>>, spoke w/ rep <<PERSON:o1_first>> (ref #<<ID:ref>>). Claim <<ID:claim>> processed as OON for anesthesia. Sent for reprocessing. -<<PERSON:clerk_ini>>
<<DATE:d_sent_iso>> - Stmt held 30d. Emailed itemized to <<EMAIL:em_kin>>. -<<PERSON:clerk2_first>>
<<DATE:d_doc_iso>> - Pt called from cell <<PHONE:ph_pt>> very upset, said {pt_he} was told by "<<PERSON:mgr_nick>> in billing" the balance was written off. No such note. Escalated to supervisor <<PERSON:mgr_full>>. Financial assistance app mailed to <<ADDRESS:addr_pt>>. -<<PERSON:clerk_firstlower>>
<<DATE:d_next_iso>> - Collections hold requested so acct NOT placed with <<ORG:collector>>. Pay portal: <<URL:url_pay>>. -<<PERSON:clerk2_ini>>
""",
    "us_collections_letter": """<<ORG:collector>>
<<ADDRESS:addr_ins_ml>>
Toll free <<PHONE:ph_collect>>  ·  <<URL:url_pay>>

<<DATE:d_doc_us>>

<<PERSON:pt_caps>>
<<ADDRESS:addr_pt_ml>>

Re: <<ORG:hosp>>
Original account: <<ID:acct>>     Our reference: <<ID:collect>>
Date of service: <<DATE:d_svc>>     Balance due: {amt2}

Dear <<PERSON:pt_first>> <<PERSON:pt_last>>:

The above account has been placed with our office for collection. This is an attempt to collect a debt and any information obtained will be used for that purpose.

Unless you notify us within 30 days after receipt of this letter that you dispute the validity of this debt or any portion of it, we will assume the debt is valid. If you notify us in writing within the 30-day period, we will obtain verification of the debt and mail you a copy.

Payment options: call <<PERSON:clerk_first>> at <<PHONE:ph_clerk>> (Mon–Fri, 8–5 CT), or mail to the address above. Please write your reference number on your check.

Medical debt notice: if you believe this bill should have been paid by your insurer (<<ORG:ins>>, member ID <<ID:member>>) or by a workers' compensation carrier, please send a copy of the EOB to <<EMAIL:em_collect>>.

Sincerely,
<<PERSON:mgr_fl>>, Collections Manager
""",
    "us_credentialing_roster": """MEDICAL STAFF OFFICE — RECREDENTIALING ROSTER (export <<DATE:d_doc_iso>>)
Facility: <<ORG:hosp>> | Coordinator: <<PERSON:clerk_full>> | <<PHONE:ph_clerk>>
last_name,first_name,degree,npi,state_license,license_exp,dea,dea_exp,board_exp,status
<<PERSON:doc_last>>,<<PERSON:doc_first>>,MD,<<ID:npi>>,<<ID:lic_us>>,<<DATE:d_exp>>,<<ID:dea>>,<<DATE:d_next>>,<<DATE:d_review>>,complete
<<PERSON:doc2_last>>,<<PERSON:doc2_first>>,DO,<<ID:npi2>>,<<ID:lic_us2>>,<<DATE:d_rtw>>,,,<<DATE:d_hear>>,missing DEA
<<PERSON:o1_lastcaps>>,<<PERSON:o1_first>>,NP,<<ID:npi3>>,<<ID:x2>>,<<DATE:d_due>>,,,,pending peer refs
<<PERSON:o2_last>>,<<PERSON:o2_first>>,CRNA,<<ID:npi4>>,<<ID:x4>>,<<DATE:d_exp>>,,,,complete

Notes:
- Dr. <<PERSON:doc2_last>>: NPDB query returned one paid claim (<<ID:court_us>>, settled). Chair <<PERSON:mgr_fl>> to review before MEC.
- <<PERSON:o1_fl>> NP: peer references requested from <<PERSON:o3_full>> and <<PERSON:o4_full>>; <<PERSON:o4_first>> has not replied (<<EMAIL:em_inv>>).
- <<PERSON:o2_first>>: malpractice carrier <<ORG:ins2>>, policy <<ID:policy>>; COI expires <<DATE:d_exp>>.
- Pre-employment drug screen (specimen <<ID:specimen>>) for new hire <<PERSON:o5_full>>, employee ID <<ID:emp>>, negative.
""",
    "us_deceased_records_request": """REQUEST FOR RECORDS OF A DECEASED PATIENT
To: Release of Information, <<ORG:hosp>> (fax <<PHONE:fax_hosp>>)
From: <<PERSON:kin_full>>, Personal Representative / Executor
Address: <<ADDRESS:addr_kin>>       Phone: <<PHONE:ph_kin>>      Email: <<EMAIL:em_kin>>

Decedent: <<PERSON:pt_fmi>>        Date of birth: <<DATE:dob>>
Date of death: <<DATE:d_death>>       Age at death: <<AGE:age>>
MRN (if known): <<ID:mrn>>        SSN: <<ID:ssn>>
Last address: <<ADDRESS:addr_pt>>

Records requested: final admission <<DATE:d_adm>> through death, including MAR, physician orders, and the hospice referral to <<ORG:care_home>>.
Purpose: [x] estate administration  [x] life insurance claim (<<ORG:ins2>>, policy <<ID:policy>>)  [ ] litigation

Enclosed: letters testamentary issued by the <<ORG:court>> (case <<ID:court_us>>) on <<DATE:d_recv>>; death certificate.

I declare that I am authorized to receive these records. Signed: <<PERSON:kin_fl>>   Date: <<DATE:d_doc>>

HIM use: verified by <<PERSON:clerk_full>> <<DATE:d_sent>>; 214 pages; <<PERSON:clerk_ini>> / log <<ID:x5>>. Note: records before 2015 on microfilm — ask <<PERSON:clerk2_first>>.
""",
    "us_first_report_injury": """EMPLOYER'S FIRST REPORT OF WORK INJURY OR ILLNESS
Carrier: <<ORG:ins>>     Policy no.: <<ID:policy>>     Carrier claim no.: <<ID:claim>>
Employer: <<ORG:employer>>     Location: <<ADDRESS:addr_emp>>     Phone: <<PHONE:ph_emp>>

EMPLOYEE
Name (last, first, MI): <<PERSON:pt_lfm>>     SSN: <<ID:ssn>>
Home address: <<ADDRESS:addr_pt>>     Phone: <<PHONE:ph_pt>>
DOB: <<DATE:dob>>     Sex: {pt_mf}     Date hired: <<DATE:d_start>>     Occupation: {job}     Employee #: <<ID:emp>>

INJURY
Date of injury: <<DATE:d_inj>>     Time: {time2}     Date employer notified: <<DATE:d_inj2>>
Where: loading dock 3, <<LOCATION:city>> distribution center
Describe: Employee states {pt_he} was walking backwards pulling a pallet jack when the jack struck {pt_his} heel. Witness: <<PERSON:wit_full>> (ext 3310). Supervisor on duty: <<PERSON:mgr_full>>.
Nature: {injury}
Treated at: <<ORG:clinic>>, then referred to <<ORG:hosp>> (MRN <<ID:mrn>>).
Physician: <<PERSON:doc_full>>, MD. Drug/alcohol test collected, specimen <<ID:specimen>>.
Lost time beyond day of injury? Yes — returned to modified duty <<DATE:d_rtw>>.

Prepared by: <<PERSON:clerk_fl>>, HR Generalist     Date: <<DATE:d_doc>>     <<EMAIL:em_emp>>
""",
    "us_ime_report": """INDEPENDENT MEDICAL EXAMINATION
Requested by: <<PERSON:clerk_full>>, Claims Adjuster, <<ORG:ins>>, claim <<ID:claim>>
Examinee: <<PERSON:pt_full>>     DOB: <<DATE:dob>>     Date of injury: <<DATE:d_inj>>
Employer: <<ORG:employer>>      Date of exam: <<DATE:d_exam>>      Interpreter: <<PERSON:wit_full>> (Spanish)

The examinee was advised that no doctor–patient relationship exists. Present: nurse case manager <<PERSON:nurse_full>>, RN.

HISTORY: Mr./Ms. <<PERSON:pt_last>> is a <<AGE:age>>-year-old right-handed {job} who reports that on <<DATE:d_inj_md>> {pt_he} slipped on hydraulic fluid. Initial care at <<ORG:clinic>> with Dr. <<PERSON:doc2_last>>; MRI <<DATE:d_svc>> (accession <<ID:accession>>) at <<ORG:hosp>>. Treating surgeon Dr. <<PERSON:doc3_fl>> recommended {proc}; UR denied (ref <<ID:auth>>).

RECORDS REVIEWED: 312 pages incl. deposition transcript of <<PERSON:mgr_full>> taken <<DATE:d_prev>>; surveillance report by <<PERSON:inv_full>> (<<ORG:employer2>>) showing examinee carrying groceries at a store in <<LOCATION:city2>>.

IMPRESSION: {injury}. Maximum medical improvement: not yet reached. Impairment rating deferred. Work status: modified duty, lifting ≤ {kg} lbs.

<<PERSON:doc_fml>>, MD, Board Certified Orthopaedic Surgery
License <<ID:lic_us>> | <<PHONE:ph_doc>>
""",
    "us_prior_auth_fax": """FAX — PRIOR AUTHORIZATION REQUEST                 Page 1 of 6
To: <<ORG:ins>> Utilization Management    Fax: <<PHONE:fax_ins>>
From: <<ORG:clinic>>    Fax: <<PHONE:fax_hosp>>    Phone: <<PHONE:ph_hosp>>
Date: <<DATE:d_doc>>    Urgent: [ ] yes [x] no

MEMBER: <<PERSON:pt_lfcu>>    DOB <<DATE:dob_us>>    Member ID <<ID:member>>    Group <<ID:group>>
Subscriber (if different): <<PERSON:kin_fmi>>, spouse
ORDERING PROVIDER: <<PERSON:doc_full>>, MD    NPI <<ID:npi>>    DEA <<ID:dea>>
SERVICING FACILITY: <<ORG:hosp>>, <<ADDRESS:addr_hosp>>    NPI <<ID:npi2>>
SERVICE: {proc}    CPT {cpt}    ICD-10 {icd}    Units 1    Setting: outpatient
Requested start date <<DATE:d_next>>

Clinical: <<AGE:age>> y/o with {cond}, failed {weeks} weeks of PT and {drug}. Prior imaging <<DATE:d_prev>> (order <<ID:order>>).
Office contact: <<PERSON:clerk_first>> <<PHONE:ph_clerk>>

CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in error notify the sender at the number above.

[payer stamp] RECEIVED <<DATE:d_recv_iso>> — case <<ID:auth>> — pended for clinicals — nurse reviewer <<PERSON:nurse_ini>>
""",
    "us_subpoena": """<<ORG:court>>
<<PERSON:pt_caps>>, Plaintiff,
v.                                                    Case No. <<ID:court_us>>
<<ORG:employer>> and <<PERSON:wit_caps>>, Defendants.

SUBPOENA DUCES TECUM FOR MEDICAL RECORDS

TO: Custodian of Records, <<ORG:hosp>>, <<ADDRESS:addr_hosp>>

YOU ARE COMMANDED to produce on or before <<DATE:d_due_us>> at the offices of <<ORG:law_firm2>>, <<ADDRESS:addr_law>>, the following: all medical and billing records relating to <<PERSON:pt_fml>>, date of birth <<DATE:dob>>, last four of SSN on request, for treatment from <<DATE:d_prev>> to present, including radiology films and the records of Dr. <<PERSON:doc_full>> and Dr. <<PERSON:doc2_full>>.

A certificate of records custodian is attached. In lieu of appearance you may mail certified copies.

Issued at the request of: <<PERSON:law2_full>>, Esq., Bar No. <<ID:x1>>, counsel for Defendant <<ORG:employer>>
Phone <<PHONE:ph_law>> | <<EMAIL:em_law2>>
Subpoena no. <<ID:subpoena>>      Date issued: <<DATE:d_doc>>
Clerk of Court: <<PERSON:clerk2_fl>>, by deputy clerk <<PERSON:o5_inid>>

HIM tracking: rec'd <<DATE:d_recv>> by <<PERSON:clerk_full>>; notice to patient sent to <<ADDRESS:addr_pt>>; patient's attorney <<PERSON:law_full>> (<<ORG:law_firm>>, <<PHONE:ph_law2>>) objects — HOLD.
""",
    "us_va_cnp_exam": """Compensation and Pension Examination — Hearing Loss and Tinnitus DBQ
Veteran: <<PERSON:pt_lfcu>>       SSN/C-file: <<ID:va_file>>       ICN: <<ID:va_icn>>
DOB: <<DATE:dob_mil>>    Age: <<AGE:age>>    Exam date: <<DATE:d_exam_mil>>
Examiner: <<PERSON:doc_full>>, Au.D., <<ORG:hosp>>
Accompanied by: {kin_child}-in-law <<PERSON:kin_fl>>, POA (<<PHONE:ph_kin>>)

Military history (per DD-214 and veteran report): {branch}, entered <<DATE:d_enl_mil>>, separated {year_dc}. MOS: artillery crewman. Veteran recalls gun crew exposure in Korea; no hearing protection issued. EDIPI <<ID:mil_us>>.
Civilian noise: 30 years at <<ORG:employer>> in <<LOCATION:city>> (machinist), used muffs "most of the time".

The veteran, now <<AGE:age_w>> years of age, lives with {pt_his} {kin2_child} <<PERSON:kin2_first>> in <<LOCATION:city2>>. Uses bilateral hearing aids issued by the VA audiology clinic (serial L <<ID:serial>>).

Puretone thresholds ... Maryland CNC word recognition: R 64%, L 58%.
Opinion: at least as likely as not (50% or greater probability) that the hearing loss and tinnitus are caused by military noise exposure.

Electronically signed: <<PERSON:doc_lastcaps>>, <<PERSON:doc_first>> <<DATE:d_doc_mil>> {time3}
Cosigner: <<PERSON:doc2_fl>>, Chief, Audiology | VSO representative: <<PERSON:o2_full>> (<<PHONE:ph_law>>)
""",
    "zz_claims_batch_export": """claim_id,member_no,patient_name,dob,date_of_service,provider,billed,status,assigned_to
<<ID:claim>>,<<ID:member>>,"<<PERSON:pt_lfu>>",<<DATE:dob>>,<<DATE:d_svc>>,<<ORG:hosp>>,"{amt2}",PEND-INFO,<<PERSON:clerk_firstlower>>
<<ID:x1>>,<<ID:x2>>,"<<PERSON:o1_lfu>>",<<DATE:o1_dob>>,<<DATE:o1_dos>>,<<ORG:clinic>>,"{o1_amt}",PAID,<<PERSON:clerk_firstlower>>
<<ID:x3>>,<<ID:x4>>,"<<PERSON:o2_lfi>>",<<DATE:o2_dob>>,<<DATE:o2_dos>>,<<ORG:hosp2>>,"{o2_amt}",DENIED-EXCL,<<PERSON:clerk2_firstlower>>
<<ID:x5>>,<<ID:claim2>>,"<<PERSON:o3_caps>>",<<DATE:o3_dob>>,<<DATE:o3_dos>>,<<ORG:lab>>,"{o3_amt}",APPEAL,<<PERSON:clerk2_firstlower>>
<<ID:invoice>>,<<ID:auth2>>,"<<PERSON:o4_full>>",<<DATE:o4_dob>>,<<DATE:o4_dos>>,<<ORG:hosp>>,"{o4_amt}",PAID-PARTIAL,<<PERSON:clerk_firstlower>>
# exported <<DATE:d_doc_iso>> {time} by <<EMAIL:em_clerk>> from <<ORG:ins>> claims workbench; flagged rows forwarded to SIU analyst <<PERSON:inv_fl>> (<<PHONE:ph_ins>>)
# note: row 4 dependent of <<PERSON:o5_full>> (subscriber); phone on file <<PHONE:ph_kin2>>
""",
}

# (country, age profile) for each English template
_EN_META: Final[dict[str, tuple[str, str]]] = {
    "ae_fitness_pre_employment": ("AE", "work"),
    "ae_liability_complaint": ("AE", "adult"),
    "ae_medevac_repatriation": ("AE", "old"),
    "ae_preapproval": ("AE", "adult"),
    "au_advocate_case_log": ("AU", "adult"),
    "au_dva_white_card": ("AU", "old"),
    "au_gap_fee_email_thread": ("AU", "adult"),
    "au_travel_claim_casenotes": ("AU", "old"),
    "au_workcover_certificate": ("AU", "work"),
    "ca_ltd_aps": ("CA", "work"),
    "ca_records_release_consent": ("CA", "adult"),
    "ca_vac_disability": ("CA", "old"),
    "ca_wsib_faf": ("CA", "work"),
    "dictation_medicolegal_ca": ("CA", "work"),
    "uk_complaint_response": ("UK", "old"),
    "uk_court_of_protection": ("UK", "old"),
    "uk_fit_note": ("UK", "work"),
    "uk_medicolegal_report": ("UK", "work"),
    "uk_oh_management_referral": ("UK", "work"),
    "uk_sar_solicitor_emails": ("UK", "adult"),
    "uk_serious_incident": ("UK", "old"),
    "uk_veteran_referral": ("UK", "work"),
    "us_appeal_letter": ("US", "adult"),
    "us_billing_call_log": ("US", "adult"),
    "us_collections_letter": ("US", "adult"),
    "us_credentialing_roster": ("US", "work"),
    "us_deceased_records_request": ("US", "old"),
    "us_first_report_injury": ("US", "work"),
    "us_ime_report": ("US", "work"),
    "us_prior_auth_fax": ("US", "adult"),
    "us_subpoena": ("US", "adult"),
    "us_va_cnp_exam": ("US", "old"),
    "zz_claims_batch_export": ("AU", "adult"),
}


# ---------------------------------------------------------------------------------------------
# Chinese people, places and identifiers
# ---------------------------------------------------------------------------------------------
_ZH_SURNAMES: Final[tuple[tuple[str, str], ...]] = (
    ("王", "Wang"),
    ("李", "Li"),
    ("张", "Zhang"),
    ("刘", "Liu"),
    ("陈", "Chen"),
    ("杨", "Yang"),
    ("黄", "Huang"),
    ("赵", "Zhao"),
    ("吴", "Wu"),
    ("周", "Zhou"),
    ("徐", "Xu"),
    ("孙", "Sun"),
    ("马", "Ma"),
    ("朱", "Zhu"),
    ("胡", "Hu"),
    ("郭", "Guo"),
    ("何", "He"),
    ("林", "Lin"),
    ("罗", "Luo"),
    ("高", "Gao"),
    ("郑", "Zheng"),
    ("梁", "Liang"),
    ("谢", "Xie"),
    ("宋", "Song"),
    ("唐", "Tang"),
    ("许", "Xu"),
    ("韩", "Han"),
    ("冯", "Feng"),
    ("邓", "Deng"),
    ("曹", "Cao"),
    ("彭", "Peng"),
    ("曾", "Zeng"),
    ("肖", "Xiao"),
    ("田", "Tian"),
    ("董", "Dong"),
    ("潘", "Pan"),
    ("袁", "Yuan"),
    ("蔡", "Cai"),
    ("蒋", "Jiang"),
    ("余", "Yu"),
    ("杜", "Du"),
    ("叶", "Ye"),
    ("程", "Cheng"),
    ("魏", "Wei"),
    ("苏", "Su"),
    ("吕", "Lyu"),
    ("丁", "Ding"),
    ("任", "Ren"),
    ("卢", "Lu"),
    ("姚", "Yao"),
    ("沈", "Shen"),
    ("钟", "Zhong"),
    ("崔", "Cui"),
    ("谭", "Tan"),
    ("陆", "Lu"),
    ("范", "Fan"),
    ("金", "Jin"),
    ("文", "Wen"),
    ("石", "Shi"),
    ("白", "Bai"),
    ("安", "An"),
    ("方", "Fang"),
    ("江", "Jiang"),
    ("左", "Zuo"),
    ("和", "He"),
    ("万", "Wan"),
    ("钱", "Qian"),
    ("贾", "Jia"),
    ("费", "Fei"),
    ("计", "Ji"),
    ("牛", "Niu"),
    ("龙", "Long"),
    ("毛", "Mao"),
    ("段", "Duan"),
    ("雷", "Lei"),
    ("侯", "Hou"),
    ("付", "Fu"),
    ("向", "Xiang"),
    ("常", "Chang"),
    ("易", "Yi"),
    ("乔", "Qiao"),
    ("贺", "He"),
    ("赖", "Lai"),
    ("甘", "Gan"),
    ("时", "Shi"),
    ("路", "Lu"),
    ("宁", "Ning"),
    ("明", "Ming"),
    ("花", "Hua"),
    ("黎", "Li"),
    ("司", "Si"),
    ("欧阳", "Ouyang"),
    ("司马", "Sima"),
    ("诸葛", "Zhuge"),
    ("上官", "Shangguan"),
    ("慕容", "Murong"),
    ("东方", "Dongfang"),
    ("皇甫", "Huangfu"),
    ("尉迟", "Yuchi"),
    ("公孙", "Gongsun"),
    ("令狐", "Linghu"),
    ("端木", "Duanmu"),
    ("夏侯", "Xiahou"),
    ("司徒", "Situ"),
    ("宇文", "Yuwen"),
)
# (given name, pinyin, sex)
_ZH_GIVEN: Final[tuple[tuple[str, str, str], ...]] = (
    ("建国", "Jianguo", "M"),
    ("国庆", "Guoqing", "M"),
    ("平安", "Ping'an", "M"),
    ("和平", "Heping", "M"),
    ("胜利", "Shengli", "M"),
    ("红梅", "Hongmei", "F"),
    ("春花", "Chunhua", "F"),
    ("志强", "Zhiqiang", "M"),
    ("秀英", "Xiuying", "F"),
    ("金凤", "Jinfeng", "F"),
    ("丽娟", "Lijuan", "F"),
    ("晓燕", "Xiaoyan", "F"),
    ("海燕", "Haiyan", "F"),
    ("桂兰", "Guilan", "F"),
    ("玉兰", "Yulan", "F"),
    ("淑珍", "Shuzhen", "F"),
    ("建华", "Jianhua", "M"),
    ("建军", "Jianjun", "M"),
    ("卫东", "Weidong", "M"),
    ("爱华", "Aihua", "F"),
    ("文华", "Wenhua", "M"),
    ("德明", "Deming", "M"),
    ("子涵", "Zihan", "F"),
    ("梓萱", "Zixuan", "F"),
    ("浩然", "Haoran", "M"),
    ("宇轩", "Yuxuan", "M"),
    ("一诺", "Yinuo", "F"),
    ("欣怡", "Xinyi", "F"),
    ("思远", "Siyuan", "M"),
    ("俊杰", "Junjie", "M"),
    ("嘉怡", "Jiayi", "F"),
    ("雨桐", "Yutong", "F"),
    ("明辉", "Minghui", "M"),
    ("志刚", "Zhigang", "M"),
    ("永红", "Yonghong", "F"),
    ("翠花", "Cuihua", "F"),
    ("美玲", "Meiling", "F"),
    ("小红", "Xiaohong", "F"),
    ("小军", "Xiaojun", "M"),
    ("晓东", "Xiaodong", "M"),
    ("伟", "Wei", "M"),
    ("芳", "Fang", "F"),
    ("娟", "Juan", "F"),
    ("敏", "Min", "F"),
    ("静", "Jing", "F"),
    ("磊", "Lei", "M"),
    ("洋", "Yang", "M"),
    ("勇", "Yong", "M"),
    ("军", "Jun", "M"),
    ("杰", "Jie", "M"),
    ("涛", "Tao", "M"),
    ("超", "Chao", "M"),
    ("明", "Ming", "M"),
    ("霞", "Xia", "F"),
    ("平", "Ping", "F"),
    ("刚", "Gang", "M"),
    ("鹏", "Peng", "M"),
    ("华", "Hua", "M"),
    ("婷婷", "Tingting", "F"),
    ("丽丽", "Lili", "F"),
    ("欢欢", "Huanhuan", "F"),
    ("乐乐", "Lele", "M"),
    ("冰冰", "Bingbing", "F"),
    ("晶晶", "Jingjing", "F"),
    ("园园", "Yuanyuan", "F"),
    ("默", "Mo", "M"),
    ("富贵", "Fugui", "M"),
    ("来福", "Laifu", "M"),
    ("金宝", "Jinbao", "M"),
    ("招娣", "Zhaodi", "F"),
    ("秋菊", "Qiuju", "F"),
    ("春燕", "Chunyan", "F"),
    ("宝珠", "Baozhu", "F"),
    ("万里", "Wanli", "M"),
    ("天佑", "Tianyou", "M"),
    ("得胜", "Desheng", "M"),
    ("家豪", "Jiahao", "M"),
    ("雅琴", "Yaqin", "F"),
    ("慧敏", "Huimin", "F"),
    ("立新", "Lixin", "M"),
    ("向东", "Xiangdong", "M"),
    ("援朝", "Yuanchao", "M"),
    ("抗美", "Kangmei", "M"),
    ("跃进", "Yuejin", "M"),
    ("卫国", "Weiguo", "M"),
    ("保国", "Baoguo", "M"),
    ("拥军", "Yongjun", "M"),
    ("红军", "Hongjun", "M"),
    ("八一", "Bayi", "M"),
    ("秀兰", "Xiulan", "F"),
    ("桂芳", "Guifang", "F"),
    ("凤英", "Fengying", "F"),
    ("玉梅", "Yumei", "F"),
    ("国华", "Guohua", "M"),
    ("振华", "Zhenhua", "M"),
    ("文", "Wen", "M"),
    ("安", "An", "F"),
    ("金", "Jin", "M"),
    ("诗涵", "Shihan", "F"),
    ("子轩", "Zixuan", "M"),
    ("梦琪", "Mengqi", "F"),
    ("晓丽", "Xiaoli", "F"),
    ("海涛", "Haitao", "M"),
    ("红霞", "Hongxia", "F"),
    ("丽萍", "Liping", "F"),
)
_ZH_HOMOPHONES: Final[dict[str, str]] = {
    "伟": "玮",
    "娟": "鹃",
    "芳": "方",
    "军": "君",
    "明": "铭",
    "华": "桦",
    "丽": "莉",
    "静": "靖",
    "刚": "钢",
    "敏": "民",
    "强": "墙",
    "国": "果",
    "红": "虹",
    "梅": "玫",
    "燕": "艳",
    "霞": "侠",
    "平": "萍",
    "涛": "滔",
    "王": "汪",
    "张": "章",
    "刘": "柳",
    "陈": "程",
    "杨": "阳",
    "黄": "王",
    "李": "黎",
    "林": "凌",
    "徐": "许",
}


@dataclass(frozen=True)
class _ZhPerson:
    sur: str
    given: str
    sex: str
    sur_py: str
    given_py: str


def _zh_person(
    rng: random.Random, nf: _NoteFaker, *, allow_faker: bool, surname: tuple[str, str] | None = None
) -> _ZhPerson:
    sur, sur_py = surname or _ZH_SURNAMES[rng.randrange(len(_ZH_SURNAMES))]
    if allow_faker and surname is None and rng.random() < 0.4:
        locale = "zh_TW" if rng.random() < 0.1 else "zh_CN"
        fake = nf(locale)
        sex = "F" if rng.random() < 0.5 else "M"
        given = str(fake.first_name_female() if sex == "F" else fake.first_name_male())
        faker_sur = str(fake.last_name())
        if not given.startswith("老") and 1 <= len(given) <= 2 and 1 <= len(faker_sur) <= 2:
            return _ZhPerson(faker_sur, given, sex, "", "")
    given, given_py, sex = _ZH_GIVEN[rng.randrange(len(_ZH_GIVEN))]
    return _ZhPerson(sur, given, sex, sur_py, given_py)


def _zh_forms(rng: random.Random, key: str, person: _ZhPerson) -> dict[str, str]:
    full = person.sur + person.given
    last_char = person.given[-1]
    if len(person.given) == 2 and person.given[0] == person.given[1]:
        nick = _pick(rng, (person.given, "小" + last_char, "阿" + last_char))
    else:
        nick = _pick(rng, ("小" + last_char, "阿" + last_char, last_char * 2))
    typo_chars = list(full)
    swappable = [i for i, ch in enumerate(typo_chars) if ch in _ZH_HOMOPHONES]
    if swappable:
        i = swappable[rng.randrange(len(swappable))]
        typo_chars[i] = _ZH_HOMOPHONES[typo_chars[i]]
    else:
        typo_chars.append(typo_chars[-1])
    forms = {
        f"{key}_full": full,
        f"{key}_sur": person.sur,
        f"{key}_given": person.given,
        f"{key}_nick": nick,
        f"{key}_typo": "".join(typo_chars),
        f"{key}_spaced": " ".join(full) if len(full) == 2 else full,
        f"{key}_x": person.sur + "某" + ("某" if len(person.given) == 2 else ""),
        f"{key}_hon": "先生" if person.sex == "M" else "女士",
        f"{key}_ta": "他" if person.sex == "M" else "她",
        f"{key}_sex": "男" if person.sex == "M" else "女",
        f"{key}_child": "儿子" if person.sex == "M" else "女儿",
        f"{key}_sib": _pick(rng, ("哥哥", "弟弟")) if person.sex == "M" else _pick(rng, ("姐姐", "妹妹")),
        f"{key}_spouse": "丈夫" if person.sex == "M" else "妻子",
        f"{key}_rel": _pick(rng, ("丈夫", "儿子", "哥哥", "父亲"))
        if person.sex == "M"
        else _pick(rng, ("妻子", "女儿", "姐姐", "母亲")),
        f"{key}_elder": "大爷" if person.sex == "M" else "阿姨",
        f"{key}_parent": "父亲" if person.sex == "M" else "母亲",
    }
    if person.sur_py:
        given_py = person.given_py
        forms |= {
            f"{key}_py": f"{person.sur_py} {given_py}",
            f"{key}_pyc": f"{person.sur_py.upper()} {given_py.upper()}",
            f"{key}_pyr": f"{given_py} {person.sur_py}",
            f"{key}_pys": f"{person.sur_py.upper()}/{given_py.upper().replace(chr(39), '')}",
            f"{key}_pyl": f"{person.sur_py.lower()}{given_py.lower().replace(chr(39), '')}",
        }
    return forms


# (province, city, districts, roads, area code, plate prefix)
_ZH_CITIES: Final[tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], str, str], ...]] = (
    (
        "湖北省",
        "武汉",
        ("江汉区", "武昌区", "洪山区", "汉阳区", "江岸区"),
        ("解放大道", "中山大道", "珞喻路", "武珞路", "建设大道"),
        "027",
        "鄂A",
    ),
    ("湖北省", "十堰", ("茅箭区", "张湾区"), ("人民北路", "北京路"), "0719", "鄂C"),
    ("湖北省", "宜昌", ("西陵区", "伍家岗区"), ("东山大道", "夷陵大道"), "0717", "鄂E"),
    (
        "广东省",
        "深圳",
        ("南山区", "福田区", "宝安区", "龙岗区"),
        ("深南大道", "科苑路", "宝安大道", "龙岗大道"),
        "0755",
        "粤B",
    ),
    ("广东省", "东莞", ("长安镇", "虎门镇", "塘厦镇", "南城街道"), ("长安大道", "莞太路", "鸿福路"), "0769", "粤S"),
    ("广东省", "佛山", ("顺德区", "南海区"), ("佛山大道", "桂澜路"), "0757", "粤E"),
    ("江苏省", "苏州", ("工业园区", "吴中区", "姑苏区"), ("星湖街", "干将路", "东吴北路"), "0512", "苏E"),
    ("浙江省", "温州", ("鹿城区", "瓯海区"), ("车站大道", "温州大道"), "0577", "浙C"),
    ("四川省", "成都", ("武侯区", "锦江区", "青羊区", "成华区"), ("人民南路", "红星路", "一环路南三段"), "028", "川A"),
    ("四川省", "绵阳", ("涪城区", "游仙区"), ("临园路", "剑南路"), "0816", "川B"),
    ("湖南省", "长沙", ("岳麓区", "芙蓉区", "雨花区"), ("五一大道", "芙蓉中路", "麓山路"), "0731", "湘A"),
    ("湖南省", "株洲", ("天元区", "芦淞区"), ("珠江北路", "建设中路"), "0731", "湘B"),
    ("山东省", "青岛", ("市南区", "黄岛区", "崂山区"), ("香港中路", "长江中路"), "0532", "鲁B"),
    ("山东省", "潍坊", ("奎文区", "潍城区"), ("东风东街", "胜利西街"), "0536", "鲁G"),
    ("江苏省", "南京", ("鼓楼区", "玄武区", "江宁区"), ("中山路", "北京东路"), "025", "苏A"),
    ("江苏省", "无锡", ("梁溪区", "滨湖区"), ("人民中路", "太湖大道"), "0510", "苏B"),
    ("河南省", "郑州", ("金水区", "二七区"), ("花园路", "建设路"), "0371", "豫A"),
    ("陕西省", "西安", ("雁塔区", "碑林区"), ("长安路", "南二环西段"), "029", "陕A"),
    ("贵州省", "遵义", ("红花岗区", "汇川区"), ("中华路", "上海路"), "0851", "贵C"),
    ("安徽省", "淮南", ("田家庵区", "谢家集区"), ("洞山路", "朝阳路"), "0554", "皖D"),
    ("山西省", "大同", ("平城区", "云冈区"), ("魏都大道", "御河西路"), "0352", "晋B"),
    ("辽宁省", "鞍山", ("铁东区", "铁西区"), ("胜利路", "建国大道"), "0412", "辽C"),
)
_ZH_TOWNS: Final = ("新华镇", "太平镇", "永安镇", "红星镇", "白马镇", "石桥镇", "青山镇", "龙泉镇")
_ZH_ABROAD: Final = (
    ("曼谷", "泰国", "66", "2"),
    ("清迈", "泰国", "66", "53"),
    ("东京", "日本", "81", "3"),
    ("大阪", "日本", "81", "6"),
    ("巴厘岛登巴萨", "印度尼西亚", "62", "361"),
    ("胡志明市", "越南", "84", "28"),
    ("首尔", "韩国", "82", "2"),
    ("吉隆坡", "马来西亚", "60", "3"),
)
_ZH_WORDS: Final = (
    "仁爱",
    "博爱",
    "同心",
    "康宁",
    "华康",
    "明德",
    "正和",
    "德衡",
    "楚天",
    "惠民",
    "安康",
    "济民",
    "众诚",
    "恒信",
    "嘉禾",
    "鼎诚",
)
_ZH_INSURERS: Final = (
    "泰和人寿保险股份有限公司",
    "鑫安财产保险股份有限公司",
    "安盛达健康保险股份有限公司",
    "华泽人寿保险有限公司",
    "长盈财产保险股份有限公司",
    "恒瑞养老保险有限公司",
)
_ZH_ADJUSTERS: Final = ("众诚保险公估有限公司", "中衡保险公估股份有限公司", "民信理赔服务有限公司")
_ZH_ASSIST: Final = ("安途国际救援（北京）有限公司", "环宇紧急救援服务有限公司", "康途旅行援助有限公司")
_ZH_FACTORIES: Final = (
    "五金制品有限公司",
    "电子科技有限公司",
    "建筑劳务有限公司",
    "纺织有限公司",
    "矿业集团有限公司",
    "物流有限公司",
    "家具制造有限公司",
    "化工有限公司",
    "精密模具有限公司",
    "物业管理有限公司",
)


def _zh_phone(rng: random.Random, area: str, *, mobile: bool, ext: bool = False) -> str:
    if mobile:
        body = f"1{rng.choice('35789')}{_digits(rng, 9)}"
        return _pick(
            rng,
            (
                body,
                body,
                f"{body[:3]}-{body[3:7]}-{body[7:]}",
                f"{body[:3]} {body[3:7]} {body[7:]}",
                f"+86 {body[:3]} {body[3:7]} {body[7:]}",
                f"+86-{body}",
                f"(+86){body}",
            ),
        )
    length = 8 if len(area) == 3 else rng.choice((7, 8))
    local = f"{rng.randint(2, 8)}{_digits(rng, length - 1)}"
    split = f"{local[:4]} {local[4:]}" if length == 8 else f"{local[:3]} {local[3:]}"
    number = _pick(
        rng,
        (
            f"{area}-{local}",
            f"({area}){local}",
            f"{area}-{split}",
            f"{area} {local}",
            f"+86-{area[1:]}-{local}",
            f"（{area}）{local}",
        ),
    )
    if ext:
        number += _pick(
            rng,
            (
                f"转{_digits(rng, 3, lead_nonzero=True)}",
                f"-{_digits(rng, 4, lead_nonzero=True)}",
                f" 转 {_digits(rng, 4, lead_nonzero=True)}",
            ),
        )
    return number


def _zh_address(rng: random.Random, city: tuple[str, str, tuple[str, ...], tuple[str, ...], str, str]) -> str:
    province, name, districts, roads, _area, _plate = city
    district = _pick(rng, districts)
    road = _pick(rng, roads)
    head = _pick(rng, (f"{province}{name}市{district}", f"{name}市{district}", f"{province}{name}市{district}"))
    return _pick(
        rng,
        (
            f"{head}{road}{rng.randint(1, 999)}号{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{rng.randint(1, 33)}{rng.randint(1, 4):02d}室",
            f"{head}{road}{rng.randint(1, 999)}号{_pick(rng, ('阳光', '锦绣', '金色', '翠湖', '幸福'))}{_pick(rng, ('花园', '家园', '小区', '新城'))}{rng.randint(1, 20)}-{rng.randint(1, 3)}-{rng.randint(101, 2802)}",
            f"{head}{road}{rng.randint(1, 300)}号院{rng.randint(1, 12)}号楼{rng.randint(101, 1802)}",
            f"{province}{name}市{district}{_pick(rng, _ZH_TOWNS)}{_pick(rng, ('新华', '红旗', '团结', '胜利', '光明'))}村{rng.randint(1, 12)}组{rng.randint(1, 80)}号",
        ),
    )


_ZH_PEOPLE: Final = (
    "pt",
    "kin",
    "kin2",
    "doc",
    "doc2",
    "doc3",
    "nurse",
    "nurse2",
    "clerk",
    "clerk2",
    "law",
    "law2",
    "mgr",
    "wit",
    "inv",
    "o1",
    "o2",
    "o3",
    "o4",
    "o5",
    "o6",
)
_ZH_PINYIN_PEOPLE: Final = ("pt", "kin", "kin2", "o1", "o2", "o3", "o4")


def _zh_values(rng: random.Random, nf: _NoteFaker, profile: str) -> tuple[dict[str, str], tuple[KnownIdentifier, ...]]:
    values: dict[str, str] = {}
    home = _ZH_CITIES[rng.randrange(len(_ZH_CITIES))]
    work = _ZH_CITIES[rng.randrange(len(_ZH_CITIES))] if rng.random() < 0.5 else home
    third = _ZH_CITIES[rng.randrange(len(_ZH_CITIES))]
    abroad = _ZH_ABROAD[rng.randrange(len(_ZH_ABROAD))]
    people: dict[str, _ZhPerson] = {}
    for key in _ZH_PEOPLE:
        surname = None
        if key in ("kin", "kin2") and rng.random() < 0.5:
            pt = people["pt"]
            surname = (pt.sur, pt.sur_py)
        people[key] = _zh_person(rng, nf, allow_faker=key not in _ZH_PINYIN_PEOPLE, surname=surname)
        values.update(_zh_forms(rng, key, people[key]))
    pt = people["pt"]

    today = dt.date(2021, 6, 1) + dt.timedelta(days=rng.randint(0, 1580))
    age = _age_for(rng, profile)
    birth = _birth_for(rng, today, age)

    def fmt(day: dt.date) -> str:
        return _zh_date(day, _pick(rng, _ZH_DATE_STYLES))

    inj = _shift(today, rng, -420, -10)
    adm = _shift(today, rng, -200, -5)
    inc = _shift(today, rng, -180, -7)
    enlist = _shift(birth, rng, 17 * 365, 22 * 365)
    discharge = min(_shift(enlist, rng, 3 * 365, 20 * 365), _shift(today, rng, -400, -30))
    dep = _shift(today, rng, -60, -5)
    dates = {
        "d_doc": today,
        "d_inj": inj,
        "d_inj2": _shift(inj, rng, 0, 3),
        "d_adm": adm,
        "d_dis": _shift(adm, rng, 3, 30),
        "d_exam": _shift(today, rng, -30, 0),
        "d_rtw": _shift(today, rng, 3, 90),
        "d_review": _shift(today, rng, 14, 60),
        "d_hear": _shift(today, rng, 20, 200),
        "d_inc": inc,
        "d_rep": _shift(inc, rng, 0, 5),
        "d_recv": _shift(today, rng, -40, -3),
        "d_start": _shift(today, rng, -6000, -100),
        "d_enl": enlist,
        "d_dc": discharge,
        "d_dep": dep,
        "d_ret": _shift(dep, rng, 7, 30),
        "d_exp": _shift(today, rng, 30, 900),
        "d_prev": _shift(today, rng, -900, -400),
        "d_next": _shift(today, rng, 1, 45),
        "d_due": _shift(today, rng, 10, 60),
        "d_svc": _shift(today, rng, -300, -20),
    }
    dates["d_death"] = _shift(dates["d_dis"], rng, 0, 2)
    dates["d_apply"] = _shift(inj, rng, 20, 120)
    dates["d_accept"] = _shift(dates["d_apply"], rng, 1, 10)
    dates["d_decide"] = _shift(dates["d_accept"], rng, 20, 60)
    dates["d_inj_dis"] = _shift(inj, rng, 3, 30)
    stay_days = max(0, (dates["d_dis"] - adm).days - 1)
    dates["d_stay"] = adm + dt.timedelta(days=rng.randint(0, stay_days))
    recv = dates["d_recv"]
    dates["d_sent"] = recv + dt.timedelta(days=rng.randint(1, max(1, (today - recv).days)))
    for key, day in dates.items():
        values[key] = fmt(day)
        values[f"{key}_full"] = _zh_date(day, "full")
        values[f"{key}_iso"] = day.isoformat()
        values[f"{key}_md"] = _zh_date(day, "md")
        values[f"{key}_cn"] = _zh_date(day, "cn")
    values["dob"] = fmt(birth)
    values["dob_full"] = _zh_date(birth, "full")
    values["dob_iso"] = birth.isoformat()
    values["dob_ym"] = _pick(rng, (f"{birth.year}年{birth.month}月", f"{birth.year}.{birth.month:02d}"))
    values["d_onset_my"] = _pick(
        rng, (f"{inj.year}年{inj.month}月", f"{inj.year}-{inj.month:02d}", f"{inj.year}年{_zh_number(inj.month)}月")
    )
    values["year_enl"] = str(enlist.year)
    values["year_dc"] = str(discharge.year)
    values["year_prev"] = str(today.year - rng.randint(3, 12))
    values["year"] = str(today.year)
    values["age"] = str(age)
    values["age_cn"] = _zh_number(age)
    values["ins_type"] = _pick(
        rng, ("退休人员", "退休人员", "城乡居民") if age >= 60 else ("在职职工", "在职职工", "城乡居民", "灵活就业人员")
    )
    values["kin_rel"], values["pt_rel"] = _relations(rng, "zh", pt.sex, people["kin"].sex, age)
    other_age = rng.choice((rng.randint(80, 89), rng.randint(90, 99)))
    values["age_o"] = str(other_age)
    values["age_o_cn"] = _zh_number(other_age)
    values["time"] = f"{rng.randint(7, 18)}:{rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50)):02d}"
    values["time2"] = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"

    values["province"] = home[0]
    values["city"] = _pick(rng, (home[1] + "市", home[1]))
    values["city_s"] = home[1]
    values["city2"] = _pick(rng, (work[1] + "市", work[1]))
    values["city3"] = third[1] + "市"
    values["province3"] = third[0]
    values["district"] = _pick(rng, home[2])
    values["abroad_city"] = abroad[0]
    values["abroad_country"] = abroad[1]
    district2 = _pick(rng, work[2])
    values["city_district2"] = f"{work[1]}市{district2}"
    values["gov"] = f"{work[1]}市人民政府"
    values["bank_branch"] = f"中国{_pick(rng, ('建设', '工商', '农业'))}银行{home[1]}{_pick(rng, home[2])}支行"
    values["town"] = _pick(
        rng, ("魏城镇", "石碣镇", "新塘镇", "柏合镇", "洪山镇", "岳口镇", "桐梓县", "凤台县", "乐至县")
    )
    values["town_clinic"] = values["town"] + _pick(rng, ("卫生院", "中心卫生院", "人民医院"))
    values["addr_pt"] = _zh_address(rng, home)
    values["addr_kin"] = _zh_address(rng, home)
    values["addr_work"] = _zh_address(rng, work)
    values["addr_hosp"] = _zh_address(rng, home)
    values["addr_org"] = _zh_address(rng, third)
    values["addr_court"] = _zh_address(rng, home)
    values["addr_law"] = _zh_address(rng, home)

    hosp_no = _pick(rng, ("第一", "第三", "第五", "第六", "中心", "第四"))
    values["hosp"] = _pick(
        rng,
        (
            f"{home[1]}市{hosp_no}人民医院",
            f"{home[1]}{_pick(rng, _ZH_WORDS)}医院",
            f"{home[1]}市中医医院",
            f"{_pick(rng, home[2])}人民医院",
        ),
    )
    values["hosp2"] = _pick(
        rng,
        (
            f"{work[1]}市{_pick(rng, ('第二', '第七', '中心'))}人民医院",
            f"{work[1]}{_pick(rng, _ZH_WORDS)}骨科医院",
            f"{work[1]}市康复医院",
        ),
    )
    values["hosp3"] = f"{third[1]}市{_pick(rng, ('第一', '第二', '中心'))}人民医院"
    values["oh_hosp"] = _pick(
        rng, (f"{work[1]}市职业病防治院", f"{work[1]}市职业病医院", f"{work[1]}市疾病预防控制中心职业病科")
    )
    values["ins"] = _pick(rng, _ZH_INSURERS) + _pick(rng, (f"{home[1]}分公司", f"{home[1]}中心支公司", ""))
    values["ins2"] = _pick(rng, _ZH_INSURERS)
    values["adjuster"] = _pick(rng, _ZH_ADJUSTERS)
    values["assist"] = _pick(rng, _ZH_ASSIST)
    values["law_firm"] = _pick(
        rng, (f"{home[0][:2]}{_pick(rng, _ZH_WORDS)}律师事务所", f"{home[1]}{_pick(rng, _ZH_WORDS)}律师事务所")
    )
    values["law_firm2"] = f"{_pick(rng, _ZH_WORDS)}{_pick(rng, ('联合', '合伙', ''))}律师事务所"
    values["jd"] = _pick(
        rng,
        (
            f"{home[1]}{_pick(rng, _ZH_WORDS)}司法鉴定所",
            f"{_pick(rng, _ZH_WORDS)}法医司法鉴定中心",
            f"{home[1]}市公正司法鉴定中心",
        ),
    )
    values["employer"] = _pick(
        rng,
        (
            f"{work[1]}市{_pick(rng, ('宏达', '永利', '鑫源', '华盛', '创辉', '金泰', '腾飞'))}{_pick(rng, _ZH_FACTORIES)}",
            str(nf("zh_CN").company()),
        ),
    )
    values["employer2"] = str(nf("zh_CN").company())
    values["mediation"] = f"{home[1]}市医疗纠纷人民调解委员会"
    values["hrss"] = f"{work[1]}市{_pick(rng, work[2])}人力资源和社会保障局"
    values["labour_board"] = f"{work[1]}市劳动能力鉴定委员会"
    districts = [x for x in home[2] if x.endswith("区")]
    values["court"] = (
        f"{home[1]}市{_pick(rng, districts)}人民法院"
        if districts
        else f"{home[1]}市第{_pick(rng, ('一', '二', '三'))}人民法院"
    )
    values["med_assoc"] = f"{home[1]}市医学会"
    values["vets_bureau"] = (
        f"{home[1]}市{_pick(rng, districts)}退役军人事务局" if districts else f"{home[1]}市退役军人事务局"
    )
    values["vets_hosp"] = _pick(rng, (f"{home[0]}荣军优抚医院", f"{home[1]}市优抚医院", f"{home[1]}市荣誉军人休养院"))
    values["checkup"] = _pick(
        rng,
        (
            f"{_pick(rng, _ZH_WORDS)}健康体检中心",
            f"{values['hosp']}健康管理中心",
            f"{home[1]}{_pick(rng, _ZH_WORDS)}体检中心",
        ),
    )
    values["abroad_hosp"] = _pick(
        rng, (f"{abroad[0]}国际医院", f"{abroad[0]}{_pick(rng, ('圣路加', '康民', '仁爱'))}医院")
    )
    values["care_home"] = f"{home[1]}市{_pick(rng, ('夕阳红', '福寿', '康乐', '颐和'))}养老院"

    values["ph_pt"] = _zh_phone(rng, home[4], mobile=True)
    values["ph_pt2"] = _zh_phone(rng, home[4], mobile=rng.random() < 0.3)
    values["ph_kin"] = _zh_phone(rng, home[4], mobile=True)
    values["ph_kin2"] = _zh_phone(rng, home[4], mobile=True)
    values["ph_hosp"] = _zh_phone(rng, home[4], mobile=False, ext=rng.random() < 0.5)
    values["fax_hosp"] = _zh_phone(rng, home[4], mobile=False)
    values["ph_ins"] = _zh_phone(rng, third[4], mobile=False, ext=rng.random() < 0.5)
    values["ph_law"] = _zh_phone(rng, home[4], mobile=rng.random() < 0.5)
    values["ph_emp"] = _zh_phone(rng, work[4], mobile=False, ext=rng.random() < 0.3)
    values["ph_mgr"] = _zh_phone(rng, work[4], mobile=True)
    values["ph_doc"] = _zh_phone(rng, home[4], mobile=True)
    values["ph_clerk"] = _zh_phone(rng, home[4], mobile=False, ext=True)
    values["ph_org"] = _zh_phone(rng, work[4], mobile=False)
    values["ph_abroad"] = _foreign_phone(rng, abroad[2], abroad[3])
    values["ph_assist"] = _zh_phone(rng, "010", mobile=False)

    py = values["pt_pyl"]
    values["em_pt"] = _pick(
        rng,
        (
            f"{py}{rng.randint(60, 99)}@163.com",
            f"{_digits(rng, 9, lead_nonzero=True)}@qq.com",
            f"{py}@126.com",
            f"{py[:6]}_{rng.randint(1, 999)}@sina.com",
            f"{py}@foxmail.com",
        ),
    )
    values["em_kin"] = _pick(
        rng, (f"{values['kin_pyl']}{rng.randint(1, 99)}@163.com", f"{_digits(rng, 10, lead_nonzero=True)}@qq.com")
    )
    values["em_law"] = (
        f"{_pick(rng, ('lvshi', 'lawyer', 'office', 'law'))}{rng.randint(1, 99)}@{_pick(rng, ('mdlaw.cn', 'zhlaw.com.cn', 'dhlawfirm.com', 'ctlaw.cn'))}"
    )
    values["em_hosp"] = (
        _pick(rng, ("yiwuchu", "bingan", "tousu", "ybb", "kefu"))
        + f"@{_pick(rng, ('whsy', 'szrm', 'cdzy', 'csdy', 'qdzx', 'njgl'))}{_pick(rng, ('.com', '.org.cn', '.cn'))}"
    )
    values["em_ins"] = (
        f"{_pick(rng, ('lipei', 'claims', 'kefu95'))}@{_pick(rng, ('taihelife', 'xinanins', 'asdhealth', 'huaze-life'))}.com.cn"
    )
    values["em_hr"] = (
        f"hr{rng.randint(1, 9)}@{_pick(rng, ('hongda-hw', 'jintai-tech', 'tengfei-wl', 'huasheng-fz'))}.com"
    )
    values["url_ins"] = _pick(
        rng,
        (
            f"https://www.{_pick(rng, ('taihelife', 'xinanins', 'asdhealth'))}.com.cn/lipei",
            f"http://m.{_pick(rng, ('taihelife', 'huaze-life'))}.cn/claim?src=sms",
            f"www.{_pick(rng, ('changying-ins', 'hengrui-pension'))}.com/service",
        ),
    )
    values["url_hosp"] = _pick(
        rng,
        (
            f"https://www.{_pick(rng, ('whsy', 'szrm', 'cdzy', 'csdy'))}.com/bafy",
            f"http://{_pick(rng, ('yy', 'his', 'fw'))}.{_pick(rng, ('qdzx', 'njgl', 'wxrm'))}.org.cn/fuyin",
        ),
    )
    values["url_other"] = _pick(
        rng,
        (
            f"https://{_pick(rng, ('mdlaw', 'zhlaw', 'ctlaw'))}.cn/case/{_digits(rng, 6)}",
            f"https://jd.{_pick(rng, ('gongzheng', 'mingde', 'kangning'))}.org.cn/query",
        ),
    )

    d = _digits
    yy = today.year
    plate = f"{home[5]}{_pick(rng, ('·', '', ' '))}{_letters(rng, 1)}{d(rng, 4)}"
    resident = cn_resident_id(rng, birth)
    while int(resident[16]) % 2 != (1 if pt.sex == "M" else 0):
        resident = cn_resident_id(rng, birth)
    ids = {
        "rid": resident,
        "rid_sp": f"{resident[:6]} {resident[6:14]} {resident[14:]}",
        "zyh": _pick(rng, (f"ZY{yy}{d(rng, 6)}", f"{d(rng, 8)}", f"{d(rng, 7)}", f"Z{d(rng, 9)}")),
        "mzh": _pick(rng, (f"MZ{d(rng, 8)}", f"{d(rng, 10)}", f"{d(rng, 12)}")),
        "bah": _pick(rng, (f"{d(rng, 7)}", f"BA{d(rng, 6)}", f"{d(rng, 6)}")),
        "bed": _pick(
            rng,
            (
                f"{rng.randint(1, 60)}",
                f"{rng.randint(1, 40)}",
                f"加{rng.randint(1, 9)}",
                f"{rng.randint(3, 18)}-{rng.randint(1, 6)}",
            ),
        ),
        "ybh": _pick(
            rng,
            (
                f"{_letters(rng, 1)}{d(rng, 8)}",
                f"{d(rng, 4)}{_letters(rng, 1)}{d(rng, 7)}",
                f"{d(rng, 10)}",
                f"YB{d(rng, 10)}",
            ),
        ),
        "sbk": _pick(rng, (f"{_letters(rng, 1)}{d(rng, 8)}", f"{d(rng, 9)}")),
        "bdh": _pick(
            rng,
            (
                f"P{d(rng, 6)}{yy}{d(rng, 8)}",
                f"{d(rng, 4)} {d(rng, 4)} {d(rng, 4)} {d(rng, 4)}",
                f"AHZ{d(rng, 14)}",
                f"{_letters(rng, 2)}{d(rng, 12)}",
            ),
        ),
        "lph": _pick(
            rng, (f"LP{yy}{d(rng, 8)}", f"9{d(rng, 14)}", f"RP{yy}{d(rng, 6)}", f"{yy}{_letters(rng, 2)}{d(rng, 7)}")
        ),
        "lph2": _pick(rng, (f"LP{yy}{d(rng, 8)}", f"{d(rng, 12)}")),
        "jsd": _pick(rng, (f"JS{d(rng, 6)}{yy}{d(rng, 7)}", f"{d(rng, 16)}", f"H{d(rng, 11)}")),
        "bah2": f"YDBA{yy}{d(rng, 8)}",
        "gsrd": _pick(
            rng,
            (
                f"{home[5][0]}人社工认〔{yy}〕{d(rng, 4)}号",
                f"{work[1][:1]}人社伤认字[{yy}]第{d(rng, 5)}号",
                f"GS{yy}{d(rng, 6)}",
            ),
        ),
        "ldnl": _pick(rng, (f"{work[1][:1]}劳鉴〔{yy}〕{d(rng, 4)}号", f"LDJD-{yy}-{d(rng, 5)}")),
        "zyb": _pick(
            rng, (f"职诊字〔{yy}〕第{d(rng, 4)}号", f"ZYB{yy}{d(rng, 5)}", f"{work[1][:1]}职诊〔{yy}〕{d(rng, 3)}号")
        ),
        "sfjd": _pick(
            rng,
            (
                f"{home[5][0]}{_pick(rng, _ZH_WORDS)}司鉴所〔{yy}〕临鉴字第{d(rng, 3)}号",
                f"SFJD-{yy}-{d(rng, 5)}",
                f"{_pick(rng, _ZH_WORDS)}司鉴〔{yy}〕法临鉴字第{d(rng, 4)}号",
            ),
        ),
        "court_no": f"（{yy}）{home[5][0]}{d(rng, 4)}民初{d(rng, 4, lead_nonzero=True)}号",
        "court_no2": f"（{yy}）{home[5][0]}{d(rng, 2)}民终{d(rng, 3, lead_nonzero=True)}号",
        "tj": _pick(
            rng, (f"YT{yy}-{d(rng, 3)}", f"医调〔{yy}〕第{d(rng, 3)}号", f"{home[1][:1]}医调字{yy}{d(rng, 4)}")
        ),
        "ts": _pick(rng, (f"TS{yy}{d(rng, 7)}", f"{yy}-{d(rng, 4)}-{d(rng, 2)}", f"12345-{d(rng, 10)}")),
        "fy": _pick(rng, (f"FY-{yy}-{d(rng, 5)}", f"{yy}{d(rng, 6)}", f"BAFY{d(rng, 8)}")),
        "gh": _pick(rng, (f"HR{d(rng, 8)}", f"{d(rng, 4)}", f"{d(rng, 6)}", f"{_letters(rng, 1)}{d(rng, 5)}")),
        "gh2": _pick(rng, (f"{d(rng, 4)}", f"{d(rng, 5)}", f"{_letters(rng, 2)}{d(rng, 4)}")),
        "tjh": _pick(rng, (f"TJ{yy}{d(rng, 4)}-{d(rng, 4)}", f"{d(rng, 10)}", f"T{d(rng, 9)}")),
        "bbh": _pick(rng, (f"S{d(rng, 10)}", f"{d(rng, 12)}", f"{yy % 100}{_letters(rng, 1)}{d(rng, 6)}")),
        "fph": d(rng, 8),
        "fpdm": d(rng, 12),
        "yszs": d(rng, 15, lead_nonzero=True),
        "yszs2": d(rng, 15, lead_nonzero=True),
        "hszs": d(rng, 12, lead_nonzero=True),
        "jgz": _pick(rng, (f"军字第{d(rng, 7)}号", f"{d(rng, 8)}", f"武字第{d(rng, 6)}号")),
        "ydz": _pick(rng, (f"{d(rng, 13)}", f"YD{d(rng, 11)}", f"{home[5][0]}优字{d(rng, 7)}号")),
        "cjz": _pick(rng, (f"{home[5][0]}民优字{d(rng, 7)}", f"CJ{d(rng, 9)}")),
        "bank": _pick(
            rng,
            (
                f"6222 {d(rng, 4)} {d(rng, 4)} {d(rng, 4)} {d(rng, 3)}",
                f"621700{d(rng, 13)}",
                f"6228 {d(rng, 4)} {d(rng, 4)} {d(rng, 4)}",
            ),
        ),
        "plate": plate,
        "tbz": d(rng, 8),
        "hz": f"E{d(rng, 8)}",
        "gat": f"C{d(rng, 8)}",
        "ldht": f"LDHT-{rng.randint(2012, yy)}-{d(rng, 4)}",
        "case": _pick(rng, (f"AJ{yy}{d(rng, 5)}", f"{yy}-{d(rng, 5)}", f"JC{d(rng, 8)}")),
        "ref": _pick(rng, (f"{d(rng, 10)}", f"RB{d(rng, 10)}", f"{yy}{d(rng, 10)}")),
        "dev": _pick(
            rng, (f"SN{d(rng, 10)}", f"{_letters(rng, 3)}{d(rng, 7)}", f"{d(rng, 4)}-{_letters(rng, 2)}-{d(rng, 5)}")
        ),
        "lawyer_lic": f"1{d(rng, 16)}",
        "x1": _pick(rng, (d(rng, 8), f"{_letters(rng, 2)}{d(rng, 6)}", f"{d(rng, 3)}-{d(rng, 5)}")),
        "x2": _pick(rng, (d(rng, 8), f"{_letters(rng, 2)}{d(rng, 6)}", f"{d(rng, 3)}-{d(rng, 5)}")),
        "x3": _pick(rng, (d(rng, 8), f"{_letters(rng, 2)}{d(rng, 6)}", f"{d(rng, 3)}-{d(rng, 5)}")),
        "x4": _pick(rng, (d(rng, 8), f"{_letters(rng, 2)}{d(rng, 6)}", f"{d(rng, 3)}-{d(rng, 5)}")),
        "x5": _pick(rng, (d(rng, 8), f"{_letters(rng, 2)}{d(rng, 6)}", f"{d(rng, 3)}-{d(rng, 5)}")),
        "x6": _pick(rng, (d(rng, 8), f"{_letters(rng, 2)}{d(rng, 6)}", f"{d(rng, 3)}-{d(rng, 5)}")),
    }
    values.update(ids)
    for key in ("o1", "o2", "o3", "o4", "o5", "o6"):
        other_birth = _birth_for(rng, today, rng.randint(19, 58))
        values[f"{key}_dob"] = fmt(other_birth)
        values[f"{key}_age"] = str(_years_between(other_birth, today))
        values[f"{key}_gh"] = _pick(rng, (d(rng, 4), f"{_letters(rng, 1)}{d(rng, 5)}"))
        values[f"{key}_tjh"] = f"TJ{yy}{d(rng, 4)}-{d(rng, 4)}"

    values["amt1"] = f"{rng.randint(800, 9000)}.{rng.randint(0, 99):02d}"
    values["amt2"] = f"{rng.randint(9000, 180000):,}.{rng.randint(0, 99):02d}"
    values["amt3"] = f"{rng.randint(100, 2000)}.00"
    values["amt4"] = f"{rng.randint(20000, 600000):,}"
    values["pct"] = str(rng.choice((50, 55, 60, 65, 70, 75, 80, 85, 90)))
    values["grade"] = _pick(rng, ("十级", "九级", "八级", "七级", "六级", "五级"))
    values["days"] = str(rng.randint(3, 40))
    values["months"] = str(rng.randint(1, 12))
    values["job"] = _pick(
        rng,
        (
            "冲压工",
            "电焊工",
            "搬运工",
            "保洁员",
            "快递员",
            "建筑工人",
            "井下采煤工",
            "打磨工",
            "护工",
            "厨师",
            "保安",
            "装配工",
            "货车司机",
        ),
    )
    values["injury"] = _pick(
        rng,
        (
            "右手示指、中指末节离断伤",
            "腰1椎体压缩性骨折",
            "左胫腓骨开放性骨折",
            "右桡骨远端骨折",
            "头皮裂伤、轻型颅脑损伤",
            "左踝关节扭伤",
            "右眼角膜化学烧伤",
            "多发肋骨骨折",
        ),
    )
    values["zyb_dx"], values["zyb_factor"] = _pick_pair(
        rng,
        (
            ("煤工尘肺壹期", "煤尘"),
            ("矽肺贰期", "矽尘（游离二氧化硅）"),
            ("职业性噪声聋（轻度）", "噪声"),
            ("职业性慢性苯中毒", "苯"),
            ("职业性手臂振动病", "手传振动"),
            ("职业性正己烷中毒", "正己烷"),
        ),
    )
    values["dx"] = _pick(
        rng,
        (
            "2型糖尿病",
            "冠心病",
            "慢性阻塞性肺疾病",
            "脑梗死恢复期",
            "高血压3级（极高危）",
            "右股骨颈骨折",
            "肺部感染",
            "慢性心力衰竭",
        ),
    )
    values["dx2"] = _pick(rng, ("高血压", "骨质疏松", "白内障术后", "前列腺增生", "阿尔茨海默病", "帕金森病"))
    values["drug"] = _pick(
        rng,
        (
            "阿托伐他汀钙片 20mg",
            "氨氯地平片 5mg",
            "二甲双胍 0.5g",
            "布洛芬缓释胶囊 0.3g",
            "头孢呋辛 1.5g",
            "氯吡格雷 75mg",
        ),
    )
    values["rank"] = _pick(rng, ("班长", "排长", "连长", "上士", "中士", "营长"))
    values["unit"] = _pick(rng, ("某部炮兵团", "原某军工兵营", "某部通信连", "原志愿军某师", "某部汽车连"))
    values["kg"] = str(rng.choice((5, 10, 15, 20)))
    values["score"] = str(rng.randint(10, 28))
    values["ward"] = _pick(rng, ("骨科二病区", "心内科", "老年病科", "神经内科", "ICU", "手外科", "呼吸内科"))

    known = (
        KnownIdentifier("PERSON", pt.sur + pt.given),
        KnownIdentifier("PERSON", values["pt_py"]),
        KnownIdentifier("ID", resident),
        KnownIdentifier("ID", ids["zyh"]),
        KnownIdentifier("PHONE", values["ph_pt"]),
        KnownIdentifier("ADDRESS", values["addr_pt"]),
        KnownIdentifier("DATE", birth.isoformat()),
        KnownIdentifier("EMAIL", values["em_pt"]),
    )
    return values, known


# ---------------------------------------------------------------------------------------------
# Chinese templates: age profile per template in ``_ZH_PROFILE``
# ---------------------------------------------------------------------------------------------
ZH_BLIND17_TEMPLATES: Final[dict[str, str]] = {
    "zh_billing_call": """出院结算争议来电记录
记录人：收费处 <<PERSON:clerk_full>>（工号<<ID:gh>>）　　时间：<<DATE:d_recv>> {time}
来电人：<<PERSON:kin_full>>，自称患者<<PERSON:pt_full>>的{kin_rel}，来电号码<<PHONE:ph_kin>>
患者住院号：<<ID:zyh>>　　床号：<<ID:bed>>　　身份证号：<<ID:rid>>
入院<<DATE:d_adm>>，出院<<DATE:d_dis>>，总费用{amt2}元，统筹支付后个人自付{amt1}元。

来电内容：家属认为费用清单中“一次性耗材”收费重复，且ICU床位费多算两天；称出院当天护士站<<PERSON:nurse_sur>>护士说可以“先走后结”，现在却收到催款短信。
处理：已核对费用明细，发现<<DATE:d_dis_md>>医用耗材一项确有重复录入，金额{amt3}元，已退费至原支付账户（银行卡<<ID:bank>>）。ICU床位费按实际时长计算，无误，已向家属解释。
家属要求出具书面说明，已转医务科<<PERSON:mgr_sur>>科长，联系电话<<PHONE:ph_clerk>>。
回访：<<DATE:d_sent>>由小<<PERSON:clerk2_sur>>电话回访，家属表示接受，另要求把发票（号码<<ID:fph>>）邮寄至<<ADDRESS:addr_kin>>。
""",
    "zh_court_request": """<<ORG:court>>
协助调查函

<<ORG:hosp>>：

本院受理原告<<PERSON:pt_full>>诉被告<<ORG:employer>>、<<PERSON:wit_full>>人身损害赔偿纠纷一案，案号<<ID:court_no>>。因审理需要，请贵院协助提供下列材料：
一、原告<<PERSON:pt_full>>（性别{pt_sex}，出生日期<<DATE:dob_full>>，公民身份号码<<ID:rid>>）自<<DATE:d_inj>>起在贵院门诊（门诊号<<ID:mzh>>）及住院（住院号<<ID:zyh>>）期间的全部病历资料复印件，并加盖公章；
二、原告住院期间的费用明细清单及票据存根；
三、主治医师<<PERSON:doc_full>>关于原告休息期、护理期、营养期的意见。

承办法官：<<PERSON:law_full>>　　书记员：<<PERSON:law2_full>>
联系电话：<<PHONE:ph_law>>
本院地址：<<ADDRESS:addr_court>>
持函人：<<PERSON:o6_full>>、<<PERSON:o5_full>>（执法证号<<ID:x1>>、<<ID:x2>>）

<<DATE:d_doc_cn>>
（院章）

病案室处理意见：经核对身份，已于<<DATE:d_sent>>提供病历复印件共86页，经办人<<PERSON:clerk_full>>。
""",
    "zh_cuijiao_notice": """医疗欠费催缴通知书
编号：<<ID:fy>>

<<PERSON:pt_full>>{pt_hon}（或其家属<<PERSON:kin_full>>）：
您（或您的家属）于<<DATE:d_adm>>至<<DATE:d_dis>>在我院{ward}住院治疗（住院号<<ID:zyh>>，病案号<<ID:bah>>），住院期间共发生医疗费用{amt2}元，已缴纳预交金{amt1}元，尚欠{amt3}元。我院曾于<<DATE:d_prev>>、<<DATE:d_recv>>两次电话联系（<<PHONE:ph_pt>>、<<PHONE:ph_kin>>），至今未结清。

请于<<DATE:d_due>>前到我院门诊一楼收费处办理结算，或通过医院公众号、<<URL:url_hosp>>缴费。如对费用有异议，可向我院医保办<<PERSON:clerk_full>>咨询，电话<<PHONE:ph_clerk>>。逾期未缴的，我院将依法通过<<ORG:law_firm>>向<<ORG:court>>提起诉讼。

邮寄地址：<<ADDRESS:addr_pt>>（身份证号<<ID:rid>>）

<<ORG:hosp>>财务科
<<DATE:d_doc>>
经办：<<PERSON:clerk2_full>>　审核：<<PERSON:mgr_sur>>科长
""",
    "zh_dictation": """【语音录入，未校对】
患者<<PERSON:pt_full>>，<<PERSON:pt_typo>>，不对，是<<PERSON:pt_full>>，{pt_sex}，<<AGE:age>>岁，住院号<<ID:zyh>>，<<DATE:d_adm_md>>因“{injury}”由工友<<PERSON:wit_given>>陪同从<<LOCATION:city2>>转入我科，单位是<<ORG:employer>>，工伤待认定，费用先由单位垫付，联系人老<<PERSON:mgr_sur>>电话<<PHONE:ph_mgr>>。
查体生命体征平稳，逗号，伤处已清创包扎，句号。
上级医生<<PERSON:doc_sur>>主任查房后指示，逗号，完善术前检查，择期手术，句号。
患者爱人<<PERSON:kin_nick>>说要问清楚工伤保险报不报这个进口钢板，我让{kin_ta}找医保办<<PERSON:clerk_sur>>老师。
另外患者的身份证号是<<ID:rid>>，录入系统时写错一位，已经让<<PERSON:nurse_nick>>改过来了。
<<PERSON:doc2_full>>口述，<<DATE:d_doc>> {time}
""",
    "zh_direct_billing": """GUARANTEE OF PAYMENT / 直付担保函
致：<<ORG:hosp>> 国际医疗部
保险公司：<<ORG:ins>>　　第三方管理：<<ORG:adjuster>>
被保险人：<<PERSON:pt_full>>（<<PERSON:pt_pyc>>）　　性别：{pt_sex}
出生日期：<<DATE:dob_iso>>　　证件号：<<ID:rid>>
保单号：<<ID:bdh>>　　会员卡号：<<ID:x3>>
主诊医生：<<PERSON:o3_full>>医生（Dr. <<PERSON:o3_py>>）

Dear <<PERSON:clerk_full>>,
We confirm cover for the planned admission on <<DATE:d_next_iso>> for {dx}, estimated cost CNY {amt4}, deductible CNY 0, co-insurance 0%. Authorisation code <<ID:lph>>. Any additional procedures require a new pre-authorisation; please e-mail <<EMAIL:em_ins>> or call our 24h line <<PHONE:ph_ins>>.
Member's spouse <<PERSON:kin_py>> (<<PERSON:kin_full>>) is the contact person, mobile <<PHONE:ph_kin>>.

预授权审核：<<PERSON:inv_full>>　　日期：<<DATE:d_doc>>
医院经办：国际部<<PERSON:clerk2_sur>>小姐，<<PHONE:ph_clerk>>
""",
    "zh_fy_application": """病历复印（复制）申请登记表
申请编号：<<ID:fy>>　　申请日期：<<DATE:d_recv>>
患者姓名：<<PERSON:pt_full>>　　性别：{pt_sex}　　出生日期：<<DATE:dob>>
住院号：<<ID:zyh>>　　出院日期：<<DATE:d_dis>>　　科室：{ward}
患者身份证号：<<ID:rid>>
申请人：[ ]本人　[x]代理人　[ ]死亡患者近亲属　[ ]保险机构
代理人姓名：<<PERSON:kin_full>>　　与患者关系：{kin_rel}　　联系电话：<<PHONE:ph_kin>>
受托律师：<<PERSON:law_full>>律师，<<ORG:law_firm>>，律师执业证号<<ID:lawyer_lic>>
复印用途：[x]商业保险理赔（<<ORG:ins>>，报案号<<ID:lph>>）　[x]诉讼

复印内容：入院记录、手术记录、出院记录、检验报告、医学影像检查报告（检查号<<ID:bbh>>）、护理记录（部分）
份数：2份，共{days}页，复印费{amt3}元

经办人：<<PERSON:clerk_full>>　　核对：<<PERSON:clerk2_given>>
邮寄：EMS至<<ADDRESS:addr_kin>>，收件人<<PERSON:kin_full>>
备注：代理人提交了授权委托书、患者身份证复印件；<<PERSON:mgr_sur>>主任签字同意复印护理记录。
""",
    "zh_gs_application": """工伤认定申请表
申请人：<<PERSON:pt_full>>（受伤职工本人）　　受理编号：<<ID:case>>
受伤害职工：<<PERSON:pt_full>>　　性别：{pt_sex}　　出生日期：<<DATE:dob>>
身份证号码：<<ID:rid>>　　联系电话：<<PHONE:ph_pt>>
家庭地址：<<ADDRESS:addr_pt>>
工作单位：<<ORG:employer>>　　单位联系电话：<<PHONE:ph_emp>>
单位地址：<<ADDRESS:addr_work>>
职业/工种：{job}　　参加工作时间：<<DATE:d_start>>　　劳动合同编号：<<ID:ldht>>
事故时间：<<DATE:d_inj>> {time}　　事故地点：<<LOCATION:city2>>车间三号冲压线
诊断时间：<<DATE:d_inj2>>　　诊断医院：<<ORG:hosp2>>（住院号<<ID:zyh>>）
受伤害部位：{injury}

受伤害经过简述：<<DATE:d_inj_md>>上午，申请人在操作冲床时，因设备安全光栅失灵（设备编号<<ID:dev>>），右手被压伤。班组长<<PERSON:wit_full>>（工号<<ID:gh2>>）及同事<<PERSON:o1_nick>>当即将其送医。单位负责人<<PERSON:mgr_full>>到医院垫付了首期费用。

申请人签字：<<PERSON:pt_full>>　　<<DATE:d_apply>>
代理人：<<PERSON:kin_full>>（{kin_rel}），电话<<PHONE:ph_kin>>

受理机关：<<ORG:hrss>>　　受理人：<<PERSON:clerk_full>>　　受理日期：<<DATE:d_accept>>
""",
    "zh_gs_decision": """<<ORG:hrss>>
认定工伤决定书
<<ID:gsrd>>

申请人：<<PERSON:pt_full>>
受伤害职工：<<PERSON:pt_full>>，{pt_sex}，<<DATE:dob_full>>出生，身份证号码<<ID:rid>>
用人单位：<<ORG:employer>>

<<DATE:d_accept_full>>，我局受理<<PERSON:pt_x>>的工伤认定申请后，根据提交的材料调查核实情况如下：<<PERSON:pt_x>>系<<ORG:employer>>{job}。<<DATE:d_inj_full>>{time}许，{pt_ta}在单位车间作业时受伤，经<<ORG:hosp2>>诊断为：{injury}。

我局认为：<<PERSON:pt_full>>受到的事故伤害，符合《工伤保险条例》第十四条第（一）项之规定，属于工伤认定范围，现予以认定为工伤。

如对本工伤认定决定不服的，可自收到本决定书之日起六十日内向<<ORG:gov>>申请行政复议，或者六个月内向人民法院提起行政诉讼。

（印章）
<<DATE:d_decide_cn>>
经办人：<<PERSON:clerk_full>>、<<PERSON:clerk2_full>>　　联系电话：<<PHONE:ph_org>>
抄送：<<ORG:employer>>，<<PERSON:mgr_full>>（<<PHONE:ph_mgr>>）
""",
    "zh_hr_credential": """医务人员执业资格审核表（人事档案）
姓名：<<PERSON:doc_full>>　　性别：{doc_sex}　　工号：<<ID:gh>>
身份证号：见人事系统（不在此表填写）
医师资格证书编号：<<ID:yszs>>　　医师执业证书编码：<<ID:yszs2>>
执业类别：临床　执业范围：外科专业　　执业地点：<<ORG:hosp>>
前工作单位：<<ORG:hosp3>>（<<DATE:d_start>>—<<DATE:d_prev>>），离职证明经办人<<PERSON:o6_full>>，电话<<PHONE:ph_org>>
推荐人：<<PERSON:doc2_full>>主任医师、<<PERSON:doc3_sur>>教授
联系方式：手机<<PHONE:ph_doc>>　邮箱<<EMAIL:em_hr>>

审核记录：
1. <<DATE:d_recv>>，人事科<<PERSON:clerk_full>>在国家卫健委医生执业注册信息系统核验，信息一致。
2. 外院进修期间发生医疗纠纷一起（调解案号<<ID:tj>>），已调解结案，患方<<PERSON:o1_x>>。
3. 入职体检（体检号<<ID:tjh>>）结果：合格。
4. 护士执业证书（配偶<<PERSON:kin_full>>，拟引进护理岗）编号<<ID:hszs>>，有效期至<<DATE:d_exp>>。

审核人：<<PERSON:mgr_full>>（人事科科长）　　<<DATE:d_doc>>
""",
    "zh_ins_claim_form": """个人医疗保险理赔申请书
保险公司：<<ORG:ins>>
保单号：<<ID:bdh>>　　报案号：<<ID:lph>>　　报案日期：<<DATE:d_recv>>
被保险人：<<PERSON:pt_full>>　　性别：{pt_sex}　　出生日期：<<DATE:dob>>
证件类型：居民身份证　　证件号码：<<ID:rid>>
联系电话：<<PHONE:ph_pt>>　　电子邮箱：<<EMAIL:em_pt>>
通讯地址：<<ADDRESS:addr_pt>>
申请人（如非被保险人）：<<PERSON:kin_full>>，与被保险人关系：{kin_rel}，电话<<PHONE:ph_kin>>

出险经过：被保险人于<<DATE:d_adm>>因“{dx}”在<<ORG:hosp>>住院治疗（住院号<<ID:zyh>>），<<DATE:d_dis>>出院。住院总费用{amt2}元，医保统筹支付后自付部分{amt1}元，申请按保险合同约定给付。

领款账户：开户行 <<ORG:bank_branch>>　户名 <<PERSON:pt_full>>　账号 <<ID:bank>>
附件：出院小结、费用清单、发票（发票代码<<ID:fpdm>>，号码<<ID:fph>>）、医保结算单（结算单号<<ID:jsd>>）

申请人签名：<<PERSON:pt_full>>　　日期：<<DATE:d_doc>>
业务员：<<PERSON:clerk_full>>（工号<<ID:gh2>>）　理赔进度查询：<<URL:url_ins>>
""",
    "zh_ins_investigation": """理赔调查报告（内部资料）
委托方：<<ORG:ins>>　　公估机构：<<ORG:adjuster>>
案件编号：<<ID:lph>>　　调查员：<<PERSON:inv_full>>、<<PERSON:o6_full>>
被保险人：<<PERSON:pt_full>>（<<ID:rid>>），投保时间<<DATE:d_prev>>，险种：重大疾病险，保额{amt4}元

一、调查经过
<<DATE:d_recv>>，调查员前往<<ORG:hosp>>病案室调阅被保险人住院病历（病案号<<ID:bah>>），经办人<<PERSON:clerk_full>>。入院记录既往史记载：“{dx2}病史五年，长期服药”。
<<DATE:d_sent>>，走访被保险人户籍地<<LOCATION:town>>，在<<ORG:town_clinic>>，乡村医生<<PERSON:o1_full>>称：“<<PERSON:pt_sur>>家的，前几年就在我这里拿降压药。”并提供了门诊登记本照片。
同日电话联系被保险人之{kin_rel}<<PERSON:kin_full>>（<<PHONE:ph_kin>>），对方称不清楚。
走访邻居<<PERSON:o2_sur>>大爷、<<PERSON:o3_full>>，均称被保险人平时身体“还可以”。

二、调查结论
被保险人投保前已患{dx2}，投保时未如实告知，建议拒赔。相关录音已上传至案件系统。

调查员：<<PERSON:inv_full>>　　手机：<<PHONE:ph_mgr>>
复核：<<PERSON:mgr_full>>　　<<DATE:d_doc>>
""",
    "zh_ldnl_conclusion": """<<ORG:labour_board>>
劳动能力鉴定结论书
<<ID:ldnl>>

被鉴定人：<<PERSON:pt_full>>　　性别：{pt_sex}　　年龄：<<AGE:age>>岁
身份证号：<<ID:rid>>
用人单位：<<ORG:employer>>
工伤认定书编号：<<ID:gsrd>>
受伤时间：<<DATE:d_inj>>
鉴定时间：<<DATE:d_exam>>

鉴定依据：《劳动能力鉴定 职工工伤与职业病致残等级》（GB/T 16180-2014）
伤情：{injury}，经<<ORG:hosp2>>手术治疗，现遗留功能障碍。
专家组意见：<<PERSON:doc_full>>（主任医师）、<<PERSON:doc2_full>>（副主任医师）、<<PERSON:doc3_sur>>主任查体后一致认为：
鉴定结论：伤残{grade}；生活自理障碍：无；停工留薪期确认至<<DATE:d_rtw>>。

如对本结论不服，可在收到本结论书之日起15日内向{province}劳动能力鉴定委员会申请再次鉴定。

送达：被鉴定人<<PERSON:pt_full>>（<<ADDRESS:addr_pt>>）；用人单位联系人<<PERSON:mgr_sur>>经理（<<PHONE:ph_emp>>）
<<DATE:d_decide>>
""",
    "zh_lawyer_letter": """律师函
<<ID:case>>

致：<<ORG:hosp>>
<<ORG:law_firm>>接受<<PERSON:kin_full>>（身份证号见附件）委托，指派<<PERSON:law_full>>律师、<<PERSON:law2_full>>律师就其{pt_rel}<<PERSON:pt_full>>（身份证号<<ID:rid>>）于<<DATE:d_adm>>在贵院住院期间死亡一事致函贵院。

据委托人陈述：患者于<<DATE:d_adm>>入院，诊断为{dx}，住院期间由<<PERSON:doc_full>>医生负责诊治。<<DATE:d_dis>>凌晨患者病情突然加重，值班医生<<PERSON:doc2_sur>>医生未能及时到场，护士<<PERSON:nurse_full>>于{time2}才通知家属。患者于当日死亡，享年<<AGE:age>>岁。

为此，本律师特函告如下：
一、请贵院立即封存患者全部病历（住院号<<ID:zyh>>）；
二、请于<<DATE:d_due>>前与本所联系，协商解决方案；否则委托人将向<<ORG:mediation>>申请调解或向<<ORG:court>>提起诉讼。

联系人：<<PERSON:law_full>>律师　电话：<<PHONE:ph_law>>　邮箱：<<EMAIL:em_law>>
地址：<<ADDRESS:addr_law>>

<<ORG:law_firm>>
<<DATE:d_doc>>
""",
    "zh_rz_list": """<<ORG:employer>> <<DATE:d_exam>> 新员工入职体检名单及结果汇总
体检机构：<<ORG:checkup>>　　联系人：<<PERSON:clerk_full>> <<PHONE:ph_clerk>>
序号|姓名|性别|年龄|工号|体检号|结论
1|<<PERSON:pt_full>>|{pt_sex}|<<AGE:age>>|<<ID:gh>>|<<ID:tjh>>|复查：ALT 86 U/L，建议<<DATE:d_next_md>>前复查
2|<<PERSON:o1_full>>|{o1_sex}|{o1_age}|<<ID:o1_gh>>|<<ID:o1_tjh>>|合格
3|<<PERSON:o2_full>>|{o2_sex}|{o2_age}|<<ID:o2_gh>>|<<ID:o2_tjh>>|合格
4|<<PERSON:o3_full>>|{o3_sex}|{o3_age}|<<ID:o3_gh>>|<<ID:o3_tjh>>|合格（近视，建议配镜）
5|<<PERSON:o4_full>>|{o4_sex}|{o4_age}|<<ID:o4_gh>>|<<ID:o4_tjh>>|不合格（高频听力损失，不宜噪声岗位）
6|<<PERSON:o5_full>>|{o5_sex}|{o5_age}|<<ID:o5_gh>>|<<ID:o5_tjh>>|合格

备注：第1位<<PERSON:pt_given>>的身份证号<<ID:rid>>与花名册不一致，已请HR<<PERSON:mgr_nick>>核对；第5位已电话告知本人（<<PHONE:ph_kin2>>）。
汇总人：<<PERSON:clerk2_full>>　　审核：<<PERSON:doc_full>>医师
""",
    "zh_rz_tijian": """员工入职健康体检报告
体检号：<<ID:tjh>>　　体检日期：<<DATE:d_exam>>
姓名：<<PERSON:pt_full>>　　性别：{pt_sex}　　年龄：<<AGE:age>>岁
身份证号：<<ID:rid>>　　手机：<<PHONE:ph_pt>>
应聘单位：<<ORG:employer>>　　应聘岗位：{job}
体检机构：<<ORG:checkup>>

一般检查：身高172cm，体重68kg，血压128/82mmHg。内科：心肺听诊未见异常。外科：脊柱四肢无畸形。
眼科：裸眼视力 右4.9 左5.0，色觉正常。
实验室检查：血常规正常；乙肝表面抗原阴性（标本号<<ID:bbh>>）。
胸部X线：未见明显异常。心电图：窦性心律。

主检医师意见：未发现影响从事{job}工作的疾病，体检合格。
主检医师：<<PERSON:doc_full>>　　审核医师：<<PERSON:doc2_sur>>医生
报告日期：<<DATE:d_doc>>

（本报告仅供入职使用。单位HR<<PERSON:mgr_full>>经本人<<PERSON:pt_given>>同意领取，<<DATE:d_next>>。）
""",
    "zh_sfjd_opinion": """<<ORG:jd>>
司法鉴定意见书
<<ID:sfjd>>

一、基本情况
委托人：<<ORG:court>>（<<ID:court_no>>）
委托事项：对被鉴定人<<PERSON:pt_full>>的伤残程度、误工期、护理期、营养期进行鉴定。
受理日期：<<DATE:d_accept>>　　鉴定日期：<<DATE:d_exam>>
鉴定地点：本所法医临床检查室
在场人员：被鉴定人之{kin_rel}<<PERSON:kin_full>>，被告代理人<<PERSON:law2_full>>律师

二、基本案情
据送检材料：<<DATE:d_inj_cn>>，被鉴定人<<PERSON:pt_full>>（{pt_sex}，<<DATE:dob_full>>出生，身份证号<<ID:rid>>）在<<LOCATION:city_district2>>某工地被<<PERSON:wit_full>>驾驶的车辆（号牌<<ID:plate>>）撞伤，随即送<<ORG:hosp>>治疗（住院号<<ID:zyh>>）。

三、资料摘要
<<ORG:hosp>>出院记录：入院<<DATE:d_inj>>，出院<<DATE:d_inj_dis>>。出院诊断：{injury}。

四、鉴定意见
被鉴定人<<PERSON:pt_full>>之损伤构成十级伤残；误工期180日，护理期60日，营养期60日。

司法鉴定人：<<PERSON:doc_full>>（执业证号<<ID:x5>>）
司法鉴定人：<<PERSON:doc3_full>>（执业证号<<ID:x6>>）
<<DATE:d_doc_cn>>
""",
    "zh_sick_leave": """诊断证明书（病休证明）
姓名：<<PERSON:pt_full>>　性别：{pt_sex}　年龄：<<AGE:age>>岁　门诊号：<<ID:mzh>>
工作单位：<<ORG:employer>>
诊断：{injury}
医嘱：建议休息{days}天（自<<DATE:d_exam>>至<<DATE:d_rtw>>），期间避免负重及夜班；<<DATE:d_review_md>>复诊。
医师：<<PERSON:doc_full>>　　日期：<<DATE:d_doc>>
（本证明需加盖医院医务科印章方有效。<<ORG:hosp>>）

——单位人事备注——
员工<<PERSON:pt_full>>（工号<<ID:gh>>）已提交上述证明。班组长<<PERSON:wit_sur>>反映该员工上月已请病假两次，请HR核实是否为同一伤情，是否应申报工伤。经询问，员工称伤情系<<DATE:d_inj_md>>在宿舍楼梯摔伤，与工作无关。
人事专员：<<PERSON:clerk_nick>>　<<DATE:d_sent>>
""",
    "zh_tj_agreement": """<<ORG:mediation>>
医疗纠纷人民调解协议书
<<ID:tj>>

当事人（患方）：<<PERSON:kin_full>>，{kin_sex}，系患者<<PERSON:pt_full>>之{kin_rel}，身份证号（略），住址<<ADDRESS:addr_kin>>，电话<<PHONE:ph_kin>>
当事人（患方）：<<PERSON:kin2_full>>，系患者之{kin2_rel}
委托代理人：<<PERSON:law_full>>，<<ORG:law_firm>>律师
当事人（医方）：<<ORG:hosp>>，法定代表人<<PERSON:mgr_full>>，委托代理人<<PERSON:clerk_full>>（医务科）

纠纷简要情况：患者<<PERSON:pt_full>>（身份证号<<ID:rid>>，住院号<<ID:zyh>>）于<<DATE:d_adm>>因{dx}入住医方{ward}，<<DATE:d_stay>>发生跌倒致{injury}。患方认为医方未尽看护义务。
经<<ORG:med_assoc>>专家咨询，医方存在护理评估不到位的过错，承担次要责任。

经调解，双方自愿达成如下协议：
一、医方一次性补偿患方{amt4}元（含医疗费、护理费、精神损害抚慰金等），于<<DATE:d_due>>前转入患方指定账户（户名<<PERSON:kin_full>>，账号<<ID:bank>>）；
二、本协议履行后，患方不得再以同一事由向医方主张任何权利。

调解员：<<PERSON:inv_full>>、<<PERSON:o6_sur>>老师
<<DATE:d_doc>>
""",
    "zh_travel_rescue": """境外医疗救援案件记录
救援案号：<<ID:case>>　　保单号：<<ID:bdh>>　　保险公司：<<ORG:ins>>
救援公司：<<ORG:assist>>　24小时热线：<<PHONE:ph_assist>>
被保险人：<<PERSON:pt_full>>（护照姓名 <<PERSON:pt_pys>>）　护照号：<<ID:hz>>
身份证号：<<ID:rid>>　　出生日期：<<DATE:dob_iso>>　　年龄：<<AGE:age>>岁
同行人：<<PERSON:kin_full>>（<<PERSON:kin_pyc>>），手机<<PHONE:ph_kin>>

<<DATE:d_dep>> 22:40（北京时间）　接<<PERSON:kin_given>>来电，称被保险人在<<LOCATION:abroad_city>>（{abroad_country}）旅行团行程中突发胸痛，已送至<<ORG:abroad_hosp>>急诊，医院电话<<PHONE:ph_abroad>>。
<<DATE:d_dep>> 23:55　联系当地医院主治医生Dr. <<PERSON:o1_pyr>>（华裔，会讲中文），诊断急性心肌梗死，需行PCI，费用预估{amt4}元人民币。已发出担保函。
<<DATE:d_ret>>　经我方医疗顾问<<PERSON:doc_full>>医生评估，病情稳定，可由医护陪同乘商业航班回国，担架位。
<<DATE:d_ret>>　随行护士<<PERSON:nurse_full>>出发；落地后由<<ORG:hosp>>救护车接回，接收科室联系人<<PERSON:doc2_sur>>主任，<<PHONE:ph_hosp>>。
家属另一联系人：<<PERSON:kin2_full>>（{kin2_rel}），<<PHONE:ph_kin2>>，住<<ADDRESS:addr_kin>>。
导游<<PERSON:o2_py>>（小<<PERSON:o2_sur>>）协助办理了护照及行李交接。
案件处理人：<<PERSON:clerk_full>>
""",
    "zh_ts_letter": """关于我父亲/母亲在贵院住院期间护理问题的投诉信

<<ORG:hosp>>院长：
我是患者<<PERSON:pt_full>>的{kin_rel}<<PERSON:kin_full>>。我{pt_parent}今年<<AGE:age_cn>>岁，<<DATE:d_adm>>因{dx}住进贵院{ward}，住院号<<ID:zyh>>，床号<<ID:bed>>。

住院期间，护工<<PERSON:o1_sur>>阿姨多次不给老人翻身，<<DATE:d_stay>>我们发现老人骶尾部压疮。护士长<<PERSON:nurse_full>>说“这么大年纪难免的”。我们找管床医生<<PERSON:doc_full>>，{doc_ta}说要去问<<PERSON:doc2_sur>>主任。老人出院时，出院小结上竟写着“皮肤完好”。

另外，老人是退役军人（优待证号<<ID:ydz>>），按规定应享受优先和减免，但收费处的小<<PERSON:clerk_sur>>说系统里没有登记。

我要求：一、查清压疮发生经过并道歉；二、更正出院小结；三、落实优抚对象的费用减免。

联系人：<<PERSON:kin_full>>　电话：<<PHONE:ph_kin>>　邮箱：<<EMAIL:em_kin>>
地址：<<ADDRESS:addr_kin>>
<<DATE:d_recv>>
（抄送：<<ORG:vets_bureau>>）
""",
    "zh_ts_record": """患者投诉受理及处理记录表
投诉编号：<<ID:ts>>　　受理日期：<<DATE:d_recv>>　　受理人：<<PERSON:clerk_full>>（门诊部）
投诉方式：[ ]来访　[x]电话　[ ]12345转办　[ ]网络
投诉人：<<PERSON:kin_full>>　　与患者关系：{kin_rel}　　联系电话：<<PHONE:ph_kin>>
患者：<<PERSON:pt_full>>　　门诊号：<<ID:mzh>>　　就诊日期：<<DATE:d_svc>>

投诉内容：患者在<<ORG:hosp>>骨科门诊就诊，接诊医生<<PERSON:doc_full>>态度生硬，未做检查即开具{drug}；收费时被多收挂号费。投诉人称当天导诊台有一位姓<<PERSON:o1_sur>>的护士可以作证，另有同诊室候诊的<<PERSON:o2_given>>阿姨也听到了争执。

调查情况：<<DATE:d_sent>>调取诊室录音录像（设备号<<ID:dev>>），约谈<<PERSON:doc_sur>>医生及<<PERSON:o1_full>>。经核实，挂号费系自助机重复扣费，已原路退回。
处理意见：对<<PERSON:doc_full>>进行诫勉谈话，扣当月绩效；由<<PERSON:mgr_full>>副院长向投诉人致歉。
回复情况：<<DATE:d_doc>>电话回复投诉人，投诉人表示满意。回复人：<<PERSON:clerk2_nick>>
""",
    "zh_wechat_group": """【工伤理赔工作群】聊天记录导出 <<DATE:d_doc>>
<<PERSON:clerk_full>>（人事）：各位，<<PERSON:pt_full>>的工伤材料还差什么？
老<<PERSON:mgr_sur>>：劳动合同我这边有，编号<<ID:ldht>>，社保卡号<<ID:sbk>>
<<PERSON:nurse_nick>>：医院那边诊断证明我明天去拿，住院号<<ID:zyh>>，找的<<PERSON:doc_sur>>医生
<<PERSON:clerk_full>>（人事）：证人证言找<<PERSON:wit_nick>>和<<PERSON:o1_given>>写，车间的小<<PERSON:o2_sur>>也在场
老<<PERSON:mgr_sur>>：@<<PERSON:clerk_given>> 伤者家属<<PERSON:kin_full>>刚打电话来，说要找律师，电话<<PHONE:ph_kin>>
<<PERSON:clerk_full>>（人事）：我来联系。<<PERSON:pt_given>>的身份证号发我一下
<<PERSON:nurse_nick>>：<<ID:rid>>
<<PERSON:o3_nick>>：财务这边垫付了{amt1}元，发票抬头写<<ORG:employer>>吗
<<PERSON:clerk_full>>（人事）：对。人社局那边经办是<<PERSON:o4_full>>，<<PHONE:ph_org>>，材料<<DATE:d_due_md>>前交
<<PERSON:o5_nick>>：收到👌
""",
    "zh_yb_audit": """医疗保障基金专项检查询问笔录
时间：<<DATE:d_exam>> {time}　地点：<<ORG:hosp>>行政楼会议室
检查组：<<PERSON:inv_full>>、<<PERSON:o6_full>>（执法证号<<ID:x3>>）
被询问人：<<PERSON:doc_full>>，{doc_sex}，{ward}主任，医师执业证书编码<<ID:yszs>>
记录人：<<PERSON:clerk_full>>

问：我们是医保局检查人员，现依法对你科室医保基金使用情况进行检查，你有如实回答的义务，听清楚了吗？
答：听清楚了。
问：患者<<PERSON:pt_full>>（医保号<<ID:ybh>>，身份证号<<ID:rid>>）<<DATE:d_adm>>至<<DATE:d_dis>>住院期间，医嘱记载每日康复治疗两次，护理记录显示患者<<DATE:d_adm_md>>后多次请假外出，这些治疗实际做了吗？
答：这个要问治疗师<<PERSON:nurse_full>>，我不太清楚。
问：住院结算单（<<ID:jsd>>）显示床号<<ID:bed>>，同一床位同期还结算了患者<<PERSON:o1_full>>，如何解释？
答：可能是系统录入错误，收费处<<PERSON:clerk2_sur>>会计可以核实。
问：你科室护士<<PERSON:nurse2_nick>>反映科室有“挂床住院”的情况，是否属实？
答：不属实，是误会。

被询问人签字：<<PERSON:doc_full>>　　<<DATE:d_doc>>
（以上笔录共2页，经本人核对无误。）
""",
    "zh_yb_settlement": """{province}基本医疗保险住院费用结算单
结算单号：<<ID:jsd>>　　结算日期：<<DATE:d_dis>>
定点医疗机构：<<ORG:hosp>>
姓名：<<PERSON:pt_full>>　性别：{pt_sex}　年龄：<<AGE:age>>　人员类别：{ins_type}
医保编号：<<ID:ybh>>　　身份证号：<<ID:rid>>
参保地：<<LOCATION:city3>>　　就医地：<<LOCATION:city>>（异地就医，备案号<<ID:bah2>>）
住院号：<<ID:zyh>>　　科室：{ward}　　床号：<<ID:bed>>
入院日期：<<DATE:d_adm>>　出院日期：<<DATE:d_dis>>　住院天数：{days}

费用合计：{amt2}　　其中：甲类 {amt1}　乙类自付 {amt3}
统筹基金支付　　大病保险支付　　医疗救助　　个人现金支付
（见打印明细）

经办人：<<PERSON:clerk_full>>　　复核：<<PERSON:clerk2_sur>>
患者或家属签字：<<PERSON:kin_full>>（{kin_rel}）　联系电话：<<PHONE:ph_kin>>
""",
    "zh_ydjy_filing": """跨省异地就医登记备案表
备案编号：<<ID:bah2>>　　申请日期：<<DATE:d_recv>>
参保人姓名：<<PERSON:pt_full>>　　性别：{pt_sex}　　出生日期：<<DATE:dob>>
社会保障卡卡号：<<ID:sbk>>　　身份证号：<<ID:rid>>
参保地：{province3}<<LOCATION:city3>>　　参保险种：职工基本医疗保险
备案类型：[x]异地长期居住人员　[ ]常驻异地工作人员　[ ]异地转诊人员
就医地：{province}<<LOCATION:city>>　　居住地址：<<ADDRESS:addr_pt>>
联系电话：<<PHONE:ph_pt>>　　备用电话：<<PHONE:ph_kin>>（{kin_rel}<<PERSON:kin_full>>）
备案开始日期：<<DATE:d_next>>

承诺：本人承诺所提供的材料真实有效，如有虚假，愿承担相应责任。
申请人（代办人）签字：<<PERSON:kin_full>>　　代办人身份证号：（已核验）

经办机构意见：同意备案。经办人：<<PERSON:clerk_full>>　<<DATE:d_sent>>
""",
    "zh_ydjy_wechat": """【聊天记录】医保服务中心咨询（微信）
<<DATE:d_recv>> {time}
<<PERSON:kin_nick>>：你好，我想帮我家老人办异地就医备案，老人叫<<PERSON:pt_full>>，<<AGE:age_cn>>岁了，医保在<<LOCATION:city3>>，现在跟我住<<LOCATION:city>>
客服小<<PERSON:clerk_sur>>：您好，可以通过国家医保服务平台APP线上备案，需要参保人身份证号和联系电话
<<PERSON:kin_nick>>：身份证号<<ID:rid>>，电话就填我的<<PHONE:ph_kin>>吧
客服小<<PERSON:clerk_sur>>：好的。老人是长期居住还是转诊？如果是转诊需要<<ORG:hosp3>>开具的转诊证明
<<PERSON:kin_nick>>：长期居住，我们住<<ADDRESS:addr_kin>>
<<PERSON:kin_nick>>：还有上个月在<<ORG:hosp>>住院没备案，花了{amt2}，自己垫的，能报吗
客服小<<PERSON:clerk_sur>>：可以补办备案后手工报销，携带发票、费用清单、出院小结到参保地医保经办窗口，或者邮寄。经办的<<PERSON:clerk2_full>>老师电话<<PHONE:ph_clerk>>
<<PERSON:kin_nick>>：谢谢！我{kin2_sib}<<PERSON:kin2_given>>在老家，可以让{kin2_ta}去窗口办吗
客服小<<PERSON:clerk_sur>>：可以的，带上委托书和双方身份证
""",
    "zh_yf_progress": """<<ORG:vets_hosp>>
病程记录

<<DATE:d_doc>> {time}　主任查房记录
患者<<PERSON:pt_full>>，{pt_sex}，<<AGE:age>>岁，退役老战士，一等伤残军人（残疾军人证号<<ID:cjz>>），住院号<<ID:zyh>>，床号<<ID:bed>>。<<PERSON:doc_sur>>主任查房：患者今日精神可，诉双下肢乏力，夜间咳嗽。查体：双肺底可闻及湿啰音。诊断：{dx}；{dx2}。
<<PERSON:doc_sur>>主任指示：继续抗感染治疗；请营养科<<PERSON:doc3_full>>会诊；与家属沟通病情。
患者{kin_child}<<PERSON:kin_full>>（<<PHONE:ph_kin>>）今日来院，告知病情，家属表示理解。患者老伴<<PERSON:kin2_full>>亦<<AGE:age_o>>岁高龄，居住于<<ORG:care_home>>。
老人讲述当年在{unit}任{rank}，和战友<<PERSON:o1_full>>、“大个子”<<PERSON:o2_sur>>一起修过边防公路，记忆清楚。
医疗费用按优抚对象政策由<<ORG:vets_bureau>>结算，经办人<<PERSON:clerk_full>>。

记录医师：<<PERSON:doc2_full>>
""",
    "zh_yf_reimburse": """重点优抚对象医疗费用补助审批表
编号：<<ID:case>>
姓名：<<PERSON:pt_full>>　　性别：{pt_sex}　　出生年月：<<DATE:dob_ym>>　　年龄：<<AGE:age_cn>>岁
身份证号：<<ID:rid>>　　优待证号：<<ID:ydz>>
优抚类别：[x]在乡退伍红军老战士　[ ]伤残军人　[x]带病回乡退伍军人
入伍时间：{year_enl}年　　退伍时间：{year_dc}年　　原部队：{unit}
家庭住址：<<ADDRESS:addr_pt>>　　联系电话：<<PHONE:ph_pt2>>
就医医院：<<ORG:hosp>>　　住院号：<<ID:zyh>>　　住院时间：<<DATE:d_adm>>至<<DATE:d_dis>>
医疗费用总额：{amt2}元；基本医保报销后个人负担：{amt1}元；申请补助：{amt3}元

申请人（代办人）：<<PERSON:kin_full>>（{kin_rel}）　电话：<<PHONE:ph_kin>>
村（社区）意见：情况属实。经办人：<<PERSON:o1_full>>　<<DATE:d_recv>>
乡镇（街道）意见：同意上报。<<PERSON:o2_full>>
<<ORG:vets_bureau>>审核意见：同意补助。审核人：<<PERSON:clerk_full>>　<<DATE:d_doc>>
""",
    "zh_ylsg_jd": """<<ORG:med_assoc>>
医疗损害鉴定书
<<ID:x1>>

委托人：<<ORG:court>>
委托事项：<<PERSON:pt_full>>与<<ORG:hosp>>医疗损害责任纠纷一案（<<ID:court_no2>>），就医方诊疗行为有无过错、过错与损害后果之间的因果关系及原因力大小进行鉴定。
听证会时间：<<DATE:d_recv>>
到会人员：患方<<PERSON:kin_full>>、<<PERSON:kin2_full>>，委托代理人<<PERSON:law_full>>；医方<<PERSON:doc_full>>、<<PERSON:clerk_full>>，委托代理人<<PERSON:law2_full>>（<<ORG:law_firm2>>）

一、病史摘要
患者<<PERSON:pt_full>>，{pt_sex}，入院时<<AGE:age>>岁，<<DATE:d_adm>>因{dx}入住医方，住院号<<ID:zyh>>。<<DATE:d_stay>>行手术治疗，主刀<<PERSON:doc_sur>>医生，麻醉医生<<PERSON:doc3_full>>。术后出现{dx2}。<<DATE:d_dis>>转<<ORG:hosp2>>继续治疗。

二、分析意见
医方术前评估不充分，未充分告知手术风险（知情同意书仅由患者之{kin_rel}<<PERSON:kin_nick>>签字），存在过错，与损害后果之间存在因果关系，原因力为次要因素。

专家组成员签名（略）
<<DATE:d_doc_cn>>
""",
    "zh_zyb_diagnosis": """职业病诊断证明书
<<ID:zyb>>

劳动者姓名：<<PERSON:pt_full>>　　性别：{pt_sex}　　身份证号：<<ID:rid>>
用人单位名称：<<ORG:employer>>
用人单位地址：<<ADDRESS:addr_work>>
接触职业病危害因素：{zyb_factor}　　接害工龄：{months}年
诊断结论：{zyb_dx}
诊断依据：职业史、职业健康检查资料、辅助检查（检查号<<ID:bbh>>）等，参照相应职业病诊断标准。
处理意见：调离原接害岗位，定期复查。

诊断医师：<<PERSON:doc_full>>、<<PERSON:doc2_full>>、<<PERSON:doc3_full>>
诊断机构：<<ORG:oh_hosp>>（盖章）
诊断日期：<<DATE:d_exam>>

——诊断过程记录摘要——
劳动者自述：<<DATE:d_start>>起在<<LOCATION:city2>>该公司从事{job}，车间防护差，仅发纱布口罩。工友<<PERSON:wit_full>>、“老<<PERSON:o1_sur>>”已确诊职业病。用人单位<<ORG:employer>>安全员<<PERSON:mgr_full>>否认劳动关系，劳动者提供了工资卡（<<ID:bank>>）流水及工牌（工号<<ID:gh>>）。
联系电话：<<PHONE:ph_pt>>；代理人<<PERSON:law_full>>律师 <<PHONE:ph_law>>
""",
    "zh_zyjk_batch": """职业健康检查结果汇总表（在岗期间）
用人单位：<<ORG:employer>>　　检查机构：<<ORG:oh_hosp>>　　报告编号：<<ID:x2>>
检查日期：<<DATE:d_exam>>　　危害因素：噪声、粉尘

姓名,性别,出生日期,工号,工种,结论
<<PERSON:pt_full>>,{pt_sex},<<DATE:dob>>,<<ID:gh>>,{job},疑似职业病（疑似{zyb_dx}），需进一步诊断
<<PERSON:o1_full>>,{o1_sex},<<DATE:o1_dob>>,<<ID:o1_gh>>,打磨工,目前未见异常
<<PERSON:o2_full>>,{o2_sex},<<DATE:o2_dob>>,<<ID:o2_gh>>,装配工,复查（听力）
<<PERSON:o3_full>>,{o3_sex},<<DATE:o3_dob>>,<<ID:o3_gh>>,电焊工,职业禁忌证（高血压3级）
<<PERSON:o4_full>>,{o4_sex},<<DATE:o4_dob>>,<<ID:o4_gh>>,叉车司机,目前未见异常

说明：疑似职业病者<<PERSON:pt_full>>（身份证号<<ID:rid>>）已于<<DATE:d_sent>>书面告知本人及用人单位（联系人<<PERSON:mgr_full>>，<<PHONE:ph_emp>>），并报告<<ORG:hrss>>。
主检医师：<<PERSON:doc_full>>　　报告日期：<<DATE:d_doc>>
""",
    "zh_blsj_report": """医疗安全（不良）事件报告表
事件编号：<<ID:ts>>　　上报日期：<<DATE:d_rep>>　　上报人：<<PERSON:nurse_full>>（护士），工号<<ID:gh2>>
事件类别：[ ]用药　[x]跌倒/坠床　[ ]管路　[ ]身份识别　[ ]医疗设备（设备号<<ID:dev>>）
发生时间：<<DATE:d_inc>> {time2}　　地点：{ward}<<ID:bed>>床
患者：<<PERSON:pt_full>>　　年龄：<<AGE:age>>岁　　住院号：<<ID:zyh>>

事件经过：患者夜间自行如厕，未呼叫护士，于卫生间门口跌倒，右髋着地。夜班护士<<PERSON:nurse_sur>>发现后立即报告值班医生<<PERSON:doc2_full>>，行X线检查（检查号<<ID:bbh>>）提示{injury}。陪护人员为患者{kin_child}<<PERSON:kin_nick>>，当时外出购物。
已通知家属<<PERSON:kin_full>>（<<PHONE:ph_kin>>）。
科室分析：入院Morse评分55分（高危），已悬挂防跌倒标识，但夜间陪护不在岗。
改进措施：护士长<<PERSON:nurse2_full>>组织科室学习；夜间每小时巡视。
事件等级：Ⅱ级　　护理部审核：<<PERSON:mgr_sur>>主任　<<DATE:d_sent>>
""",
}

# Age profile of each Chinese template
_ZH_PROFILE: Final[dict[str, str]] = {
    "zh_billing_call": "adult",
    "zh_blsj_report": "old",
    "zh_court_request": "work",
    "zh_cuijiao_notice": "adult",
    "zh_dictation": "work",
    "zh_direct_billing": "adult",
    "zh_fy_application": "adult",
    "zh_gs_application": "work",
    "zh_gs_decision": "work",
    "zh_hr_credential": "work",
    "zh_ins_claim_form": "adult",
    "zh_ins_investigation": "adult",
    "zh_lawyer_letter": "old",
    "zh_ldnl_conclusion": "work",
    "zh_rz_list": "work",
    "zh_rz_tijian": "work",
    "zh_sfjd_opinion": "work",
    "zh_sick_leave": "work",
    "zh_tj_agreement": "old",
    "zh_travel_rescue": "old",
    "zh_ts_letter": "old",
    "zh_ts_record": "adult",
    "zh_wechat_group": "work",
    "zh_yb_audit": "adult",
    "zh_yb_settlement": "old",
    "zh_ydjy_filing": "old",
    "zh_ydjy_wechat": "old",
    "zh_yf_progress": "old",
    "zh_yf_reimburse": "old",
    "zh_ylsg_jd": "adult",
    "zh_zyb_diagnosis": "work",
    "zh_zyjk_batch": "work",
}


# ---------------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------------
def generate_blind17(language: str, count: int) -> list[SynthNote]:
    """``count`` notes in ``language`` ("en" or "zh"); note i uses the i-th template in sorted order, round robin."""
    if language == "en":
        templates = EN_BLIND17_TEMPLATES
    elif language == "zh":
        templates = ZH_BLIND17_TEMPLATES
    else:
        raise ValueError(f"unsupported language {language!r}")
    names = sorted(templates)
    notes: list[SynthNote] = []
    for i in range(count):
        name = names[i % len(names)]
        rng = random.Random(f"{BLIND17_SEED}:{language}:{i}")
        fakers = _NoteFaker(f"{BLIND17_SEED}:{language}:{i}:{rng.randrange(2**32)}")
        if language == "en":
            country, profile = _EN_META[name]
            values, known = _en_values(rng, fakers, country, profile)
        else:
            values, known = _zh_values(rng, fakers, _ZH_PROFILE[name])
        text, spans = render(templates[name], values, age_of=blind17_age_of)
        notes.append(
            SynthNote(
                note_id=f"{BLIND17_SPLIT}-{language}-{i + 1:04d}",
                split=BLIND17_SPLIT,
                language=language,
                template=name,
                text=text,
                spans=spans,
                known=known,
            )
        )
    return notes
