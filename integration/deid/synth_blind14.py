# ruff: noqa: E501
"""Blind evaluation set 14: mental health, addiction and forensic care (English and Chinese).

Theme: psychiatric admissions and detentions under mental-health law (sections, certificates,
tribunals, review boards, hearings), crisis-team and liaison notes, community mental-health team
reviews, safeguarding and child-protection referrals, multi-agency meetings with police and social
workers, prison and custody healthcare, opioid-substitution dispensing, therapy sessions. English
notes are set in the US, the UK, Ireland, New Zealand and South Africa; Chinese notes in mainland
China (精神科住院、非自愿住院、强制医疗、心理咨询、强制隔离戒毒、社区严重精神障碍管理、公安转介、社工).

Written blind: the author saw only ``synth.py`` (``render``, ``GoldSpan``, ``SynthNote``,
``cn_resident_id``), ``model.py`` (``KnownIdentifier``) and the structure test, never the
de-identifier, its word lists or its benchmarks. So: do not tune the de-identifier against these
templates; they exist to measure it, and looking at them while changing recognisers spoils that.

Gold conventions (those of ``synth.py``): ``<<KIND:key>>`` is a gold span and ``{key}`` is filler.

* PERSON: every person's name in any form (patients, relatives, staff, police, lawyers, anyone):
  full, given-only, surname-only, initials, nicknames, ALL CAPS, lower case, "SURNAME, Given",
  mis-typed, pinyin. Titles, roles and credentials stay outside (Dr, Mr, Ms, PC, DC, RN, MD, AMHP,
  医生, 护士, 主任, 民警, 社工, 老师, 阿姨). A possessive 's stays outside. The 老/小 prefix of a
  surname (老王, 小李) stays outside and the surname alone is gold; a nickname built on a given-name
  character (小娟, 阿芳, 娟娟) is one span.
* ID: record, hospital, NHS/NHI/PPS/SA ID/SSN and resident-ID numbers, staff, badge, collar and
  licence numbers, police incident/crime/event/case numbers, court and tribunal references,
  social-care, claim, order, referral, specimen and accession numbers, prisoner and booking
  numbers, device serials, vehicle registrations, WeChat/QQ accounts, dispensing-card numbers.
* PHONE (phones and faxes), EMAIL, URL, ADDRESS (street or postal address, whole).
* LOCATION: a city, town, suburb or township named on its own; countries, states, provinces,
  regions and counties are not gold.
* DATE: any date with a day or a month (dates of birth included); times, weekdays and bare
  years (Mental Health Act 1983) are not gold.
* AGE: only ages of 90 or more are gold (the number alone: "93" in "93-year-old", "九十三" in
  "九十三岁"); younger ages are written into the text and are not gold.
* ORG: named local facilities and firms (hospitals, wards, teams, police stations and local
  forces, courts, prisons, pharmacies, law firms, schools, NGOs, 派出所, 戒毒所, 居委会).
  National agencies and programmes, drugs, doses, scores, scales, form names, section numbers,
  lab values and eponyms are not gold.

Every Chinese note's record holds exactly one valid 18-digit resident ID (the patient's); the
``known`` identifiers are what the patient's record holds: name parts, record numbers, phone,
address, date of birth (ISO, once) and email.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from faker import Faker

from integration.deid.model import KnownIdentifier
from integration.deid.synth import SynthNote, cn_resident_id, render

__all__ = [
    "BLIND14_SEED",
    "BLIND14_SPLIT",
    "EN_BLIND14_TEMPLATES",
    "ZH_BLIND14_TEMPLATES",
    "blind14_age_of",
    "generate_blind14",
]

BLIND14_SEED: Final = 61730948
BLIND14_SPLIT: Final = "blind14"


# ---------------------------------------------------------------------------------------------
# Ages: digits, English words, Chinese numerals
# ---------------------------------------------------------------------------------------------
_EN_UNITS: Final[dict[str, int]] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_EN_TENS: Final[dict[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_ZH_DIGITS: Final[dict[str, int]] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip


def _en_words_to_int(value: str) -> int:
    words = [t for t in re.split(r"[\s\-]+", value.lower().strip()) if t and t != "and"]
    if not words:
        raise ValueError("not an age")
    total = 0
    current = 0
    for word in words:
        if word in ("a", "an"):
            current = 1
        elif word in _EN_UNITS:
            current += _EN_UNITS[word]
        elif word in _EN_TENS:
            current += _EN_TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        else:
            raise ValueError("not an age")
    return total + current


def _zh_to_int(value: str) -> int:
    total = 0
    current = 0
    for ch in value.strip():
        if ch in _ZH_DIGITS:
            current = _ZH_DIGITS[ch]
        elif ch == "十":
            total += max(current, 1) * 10 if current or total == 0 else 10
            current = 0
        elif ch == "百":
            total += max(current, 1) * 100
            current = 0
        else:
            raise ValueError("not an age")
    return total + current


def blind14_age_of(value: str) -> int:
    """Read an ``<<AGE:…>>`` value: digits (93), English words (ninety-three), Chinese (九十三)."""
    text = value.strip()
    if re.fullmatch(r"[0-9]+", text):
        return int(text)
    if text and all(ch in _ZH_DIGITS or ch in "十百" for ch in text):
        return _zh_to_int(text)
    return _en_words_to_int(text)


def _en_words(n: int) -> str:
    units = [k for k, v in sorted(_EN_UNITS.items(), key=lambda kv: kv[1])]
    tens = {v: k for k, v in _EN_TENS.items()}
    if n < 20:
        return units[n]
    if n < 100:
        return tens[n - n % 10] + ("" if n % 10 == 0 else "-" + units[n % 10])
    rest = n - 100 * (n // 100)
    head = f"{units[n // 100]} hundred"
    return head if rest == 0 else f"{head} and {_en_words(rest)}"


def _zh_number(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + ("" if n == 10 else digits[n - 10])
    if n < 100:
        return digits[n // 10] + "十" + ("" if n % 10 == 0 else digits[n % 10])
    rest = n % 100
    head = digits[n // 100] + "百"
    if rest == 0:
        return head
    if rest < 10:
        return head + "零" + digits[rest]
    return head + digits[rest // 10] + "十" + ("" if rest % 10 == 0 else digits[rest % 10])


def _zh_year(year: int) -> str:
    return "".join("〇一二三四五六七八九"[int(c)] for c in str(year))


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------
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
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _en_date(d: dt.date, style: str) -> str:
    month = _MONTHS[d.month - 1]
    mon = month[:3]
    formats: dict[str, str] = {
        "dmy": f"{d:%d/%m/%Y}",
        "dmy_short": f"{d.day}/{d.month}/{d:%y}",
        "dmy_dot": f"{d:%d.%m.%y}",
        "d_month_y": f"{d.day} {month} {d.year}",
        "dth_month_y": f"{_ordinal(d.day)} {month} {d.year}",
        "d_mon_y": f"{d.day:02d}-{mon}-{d.year}",
        "D_MON_Y": f"{d.day:02d}-{mon.upper()}-{d.year}",
        "iso": d.isoformat(),
        "mdy": f"{d:%m/%d/%Y}",
        "mdy_short": f"{d.month}/{d.day}/{d:%y}",
        "month_d_y": f"{month} {d.day}, {d.year}",
        "mon_d_y": f"{mon} {d.day} {d.year}",
        "ymd": f"{d:%Y/%m/%d}",
        "md": f"{d.month}/{d.day}",
        "mon_d": f"{mon} {d.day}",
        "dm": f"{d:%d/%m}",
        "d_mon": f"{d.day} {mon}",
        "dth_month": f"{_ordinal(d.day)} {month}",
    }
    return formats[style]


_DATE_STYLES: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "us": (("mdy", "mdy_short", "month_d_y", "mon_d_y", "iso", "D_MON_Y"), ("md", "mon_d")),
    "uk": (("dmy", "d_month_y", "dth_month_y", "d_mon_y", "dmy_dot", "dmy_short"), ("dm", "d_mon", "dth_month")),
    "ie": (("dmy", "d_month_y", "dth_month_y", "d_mon_y", "dmy_short"), ("dm", "d_mon", "dth_month")),
    "nz": (("dmy", "d_month_y", "d_mon_y", "dmy_short", "iso"), ("dm", "d_mon")),
    "za": (("ymd", "dmy", "d_month_y", "iso", "d_mon_y"), ("d_mon", "dm", "dth_month")),
}


def _zh_date(d: dt.date, style: str) -> str:
    formats: dict[str, str] = {
        "cn": f"{d.year}年{d.month}月{d.day}日",
        "cn0": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "dash": d.isoformat(),
        "dot": f"{d.year}.{d.month}.{d.day}",
        "slash": f"{d:%Y/%m/%d}",
        "short": f"{d.month}月{d.day}日",
        "short_dash": f"{d:%m-%d}",
        "upper": f"{_zh_year(d.year)}年{_zh_number(d.month)}月{_zh_number(d.day)}日",
        "yy": f"{d:%y}.{d.month:02d}.{d.day:02d}",
    }
    return formats[style]


def _age_on(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _birth_for_age(rng: random.Random, age: int, on: dt.date) -> dt.date:
    start = dt.date(on.year - age - 1, 1, 1)
    while True:
        birth = start + dt.timedelta(days=rng.randrange(730))
        if _age_on(birth, on) == age:
            return birth


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------
def _digits(rng: random.Random, n: int, *, lead: str = "123456789") -> str:
    return rng.choice(lead) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _letters(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _slug(text: str, sep: str = "") -> str:
    words = re.findall(r"[a-z0-9]+", _ascii(text).lower())
    return sep.join(words)


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


class _Fakers:
    """One seeded Faker per locale for one note (re-seeded on first use in each note)."""

    _cache: dict[str, Faker] = {}  # noqa: RUF012 - Faker start-up is slow; re-seeding makes reuse safe

    def __init__(self, seed: str) -> None:
        self._seed = seed
        self._seeded: set[str] = set()

    def __call__(self, locale: str) -> Faker:
        fake = self._cache.get(locale)
        if fake is None:
            fake = Faker(locale)
            self._cache[locale] = fake
        if locale not in self._seeded:
            fake.seed_instance(f"{self._seed}:{locale}")
            self._seeded.add(locale)
        return fake


# ---------------------------------------------------------------------------------------------
# English-context names: Faker per region plus hand-written lists
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _NameGroup:
    female: tuple[str, ...]
    male: tuple[str, ...]
    last: tuple[str, ...]


_GROUPS: Final[dict[str, _NameGroup]] = {
    "west_african": _NameGroup(
        (
            "Adaeze",
            "Ngozi",
            "Abena",
            "Folasade",
            "Chiamaka",
            "Efua",
            "Temitope",
            "Ifeoma",
            "Yetunde",
            "Akosua",
            "Nneka",
        ),
        (
            "Chukwuemeka",
            "Oluwaseun",
            "Kwame",
            "Kofi",
            "Babajide",
            "Obinna",
            "Yaw",
            "Olumide",
            "Ikechukwu",
            "Kwabena",
            "Tunde",
        ),
        (
            "Okonkwo",
            "Adeyemi",
            "Nwosu",
            "Mensah",
            "Asante",
            "Okafor",
            "Boateng",
            "Oyelaran",
            "Eze",
            "Owusu",
            "Adebayo",
            "Obi",
            "Danquah",
            "Olatunji",
            "Agyeman-Duah",
        ),
    ),
    "southern_african": _NameGroup(
        (
            "Thandiwe",
            "Nomvula",
            "Lerato",
            "Zanele",
            "Lindiwe",
            "Nokuthula",
            "Palesa",
            "Busisiwe",
            "Ayanda",
            "Nonhlanhla",
            "Refilwe",
            "Zodwa",
        ),
        (
            "Sipho",
            "Themba",
            "Kagiso",
            "Bongani",
            "Thabo",
            "Sibusiso",
            "Tshepo",
            "Lwazi",
            "Mandla",
            "Vusumuzi",
            "Lungile",
            "Xolani",
        ),
        (
            "Mthembu",
            "Ndlovu",
            "Dlamini",
            "Mokoena",
            "Khumalo",
            "Zulu",
            "Molefe",
            "Nkosi",
            "Mahlangu",
            "Sithole",
            "Mabaso",
            "Radebe",
            "Ntuli",
            "Maseko",
            "Mokgadi",
            "Nxumalo",
        ),
    ),
    "afrikaans": _NameGroup(
        ("Annelie", "Elmarie", "Liesl", "Karlien", "Marietjie", "Sunette", "Riana"),
        ("Pieter", "Johannes", "Marthinus", "Riaan", "Wynand", "Hendrik", "Jacobus", "Gert"),
        (
            "van der Merwe",
            "du Plessis",
            "de Villiers",
            "Botha",
            "van Wyk",
            "Steyn",
            "Pretorius",
            "le Roux",
            "Coetzee",
            "Janse van Rensburg",
            "du Toit",
            "Fourie",
        ),
    ),
    "sa_word": _NameGroup(
        ("Precious", "Memory", "Loveness", "Patience", "Goodness", "Beauty", "Pretty", "Nomatter", "Blessing"),
        ("Gift", "Lucky", "Godknows", "Innocent", "Given", "Blessing", "Justice", "Clever", "Wonder"),
        ("Ndlovu", "Moyo", "Sibanda", "Dube", "Ncube", "Mokoena", "Khumalo", "Nkosi", "Mahlangu", "Chauke"),
    ),
    "east_african": _NameGroup(
        ("Wanjiru", "Achieng", "Hodan", "Amina", "Nyambura", "Faith", "Halima", "Selam"),
        ("Kamau", "Otieno", "Abdi", "Mwangi", "Tesfaye", "Kiprono", "Yohannes", "Mohamud"),
        ("Kamau", "Otieno", "Mwangi", "Abdi", "Warsame", "Tesfaye", "Kiprop", "Njoroge", "Haile", "Odhiambo"),
    ),
    "south_asian": _NameGroup(
        (
            "Priyanka",
            "Harpreet",
            "Farzana",
            "Anjali",
            "Nusrat",
            "Tahmina",
            "Lakshmi",
            "Shabnam",
            "Deepa",
            "Gurpreet",
            "Rukhsana",
            "Kavitha",
        ),
        (
            "Venkatesh",
            "Gurpreet",
            "Imran",
            "Rohan",
            "Sandeep",
            "Arjun",
            "Rajesh",
            "Ravinder",
            "Zubair",
            "Harjit",
            "Mohammed Ali",
            "Shahid",
        ),
        (
            "Raghunathan",
            "Subramanian",
            "Sandhu",
            "Singh",
            "Qureshi",
            "Begum",
            "Deshpande",
            "Mehta",
            "Chaudhry",
            "Patel",
            "Gill",
            "Hussain",
            "Iyer",
            "Banerjee",
            "Rahman",
            "Kaur",
            "Siddiqui",
            "Venkataraman",
            "Mehta-Shah",
            "Uddin",
        ),
    ),
    "east_asian": _NameGroup(
        ("Mei", "Ploy", "Nurul", "Marites", "Haruka", "Yuki", "Su-bin", "Thi Hoa", "Maria Luisa", "Ngoc Anh"),
        ("Jun", "Hyun-woo", "Somchai", "Arief", "Rodel", "Jose Miguel", "Kenji", "Duc", "Wei", "Rizal"),
        (
            "Srisuk",
            "Wongsakul",
            "Santoso",
            "dela Cruz",
            "de los Reyes",
            "Bautista",
            "Villanueva",
            "Nakamura",
            "Lim",
            "Tan",
            "Ong",
            "Chua",
            "Nguyen",
            "Tran",
            "Pham",
            "Kim",
            "Park",
            "Huang",
        ),
    ),
    "hispanic": _NameGroup(
        (
            "María José",
            "Guadalupe",
            "Xóchitl",
            "Yesenia",
            "Marisol",
            "Luz",
            "Consuelo",
            "Rosario",
            "Dolores",
            "Socorro",
            "Itzel",
        ),
        (
            "Juan Carlos",
            "Alejandro",
            "Jesús",
            "Santiago",
            "Ángel",
            "Rigoberto",
            "Efraín",
            "Joaquín",
            "Héctor",
            "Luis Fernando",
        ),
        (
            "García-López",
            "de la Vega",
            "Hernández",
            "Ramírez",
            "Ortiz",
            "Castillo",
            "Gutiérrez",
            "Sánchez Ruiz",
            "Del Toro",
            "Villaseñor",
            "Ochoa",
            "Quiñones",
            "De León",
        ),
    ),
    "arabic": _NameGroup(
        ("Fatima", "Layla", "Nour", "Rania", "Aisha", "Samira", "Hiba", "Maryam", "Salma"),
        ("Mohammed", "Yousef", "Omar", "Khalid", "Abdirahman", "Hamza", "Tariq", "Bilal", "Mustafa", "Abdullah"),
        (
            "Al-Rashid",
            "El-Sayed",
            "Abu-Hamdan",
            "Haddad",
            "Nasser",
            "Al-Hashimi",
            "Mansour",
            "Ibrahim",
            "Khoury",
            "Bakr",
            "Abdullahi",
            "Farah",
            "Hassan",
            "al-Amin",
        ),
    ),
    "eastern_european": _NameGroup(
        ("Katarzyna", "Ivana", "Agnieszka", "Olena", "Zsófia", "Jelena", "Anastasiya", "Bogdana", "Mirela"),
        ("Oleksandr", "Dragomir", "Mihai", "Tomasz", "Bogdan", "Nikolai", "Marek", "Andrius", "Dmitri", "Grzegorz"),
        (
            "Wiśniewska",
            "Kovalenko",
            "Petrović",
            "Horvat",
            "Popescu",
            "Nowak",
            "Kowalczyk",
            "Shevchenko",
            "Ionescu",
            "Novák",
            "Kazlauskas",
            "Szabó",
            "Jovanović",
            "Ivanova",
            "Wójcik",
            "Brzęczyszczykiewicz",
        ),
    ),
    "pacific": _NameGroup(
        (
            "Mele",
            "Losana",
            "Aroha",
            "Mereana",
            "Malia",
            "Ana",
            "Kahurangi",
            "Moana",
            "Talia",
            "Lupe",
            "Hine",
            "Ngaio",
            "Sina",
        ),
        (
            "Sione",
            "Tevita",
            "Wiremu",
            "Tama",
            "Hemi",
            "Ioane",
            "Tipene",
            "Rawiri",
            "Manaia",
            "Siaosi",
            "Nikau",
            "Mikaere",
            "Lealaiauloto",
        ),
        (
            "Tupou",
            "Fifita",
            "Fonua",
            "Vakacegu",
            "Te Whare",
            "Ngata",
            "Parata",
            "Tipene",
            "Walker",
            "Faleolo",
            "Leota",
            "Taufa",
            "Tuhiwai",
            "Te Rangi",
            "Ruatapu",
            "Aumua",
            "Fuimaono",
            "Vaifale",
            "Tamihana",
            "Pōmare",
        ),
    ),
    "indigenous_us": _NameGroup(
        ("Winona", "Tallulah", "Cheyenne", "Aiyana", "Nizhoni", "Shandiin", "Kimimela"),
        ("Dakota", "Kele", "Chayton", "Ahanu", "Hosteen", "Tokala", "Nakai"),
        (
            "Yazzie",
            "Begaye",
            "Tsosie",
            "Redhorse",
            "Whitehorse",
            "Lone Wolf",
            "Two Bulls",
            "Runningwater",
            "Manygoats",
            "Benally",
            "Little Thunder",
        ),
    ),
    "irish": _NameGroup(
        ("Siobhán", "Aoife", "Caoimhe", "Niamh", "Sadhbh", "Gráinne", "Éabha", "Clodagh", "Bríd", "Orla"),
        ("Pádraig", "Oisín", "Ciarán", "Tadhg", "Donncha", "Cathal", "Seánie", "Diarmuid", "Fiachra", "Eoghan"),
        (
            "Ní Bhriain",
            "Ó Súilleabháin",
            "MacCarthy",
            "O'Donoghue",
            "Mac Giolla Phádraig",
            "Ó Murchú",
            "Ní Dhomhnaill",
            "Fitzgerald",
            "O'Shea",
            "Mc Elligott",
            "Breathnach",
            "Ward",
            "McDonagh",
            "Joyce",
        ),
    ),
    "word": _NameGroup(
        (
            "Hope",
            "Grace",
            "Faith",
            "Rose",
            "Joy",
            "Dawn",
            "Summer",
            "Ivy",
            "Hazel",
            "Honor",
            "Sandy",
            "Patience",
            "Star",
            "Autumn",
            "Destiny",
            "Sunny",
            "Precious",
            "Sky",
            "Mercy",
            "Ruby",
        ),
        (
            "Will",
            "Mark",
            "Bill",
            "Hunter",
            "Chance",
            "Guy",
            "Frank",
            "Rich",
            "Sandy",
            "Lucky",
            "Rocky",
            "Bishop",
            "Major",
            "Sonny",
            "Gift",
            "Ash",
            "Forrest",
            "King",
        ),
        (
            "Young",
            "Brown",
            "Hope",
            "King",
            "Rich",
            "Little",
            "Love",
            "Church",
            "Nurse",
            "Bishop",
            "Page",
            "Price",
            "Hill",
            "Green",
            "Wood",
            "Marsh",
            "Cook",
            "Baker",
            "Frost",
            "Snow",
            "Moody",
            "Black",
            "White",
            "Strong",
            "Wise",
            "Sharp",
            "Bell",
            "Hunter",
            "Mann",
            "Law",
            "Cross",
            "Waters",
            "Fields",
            "Rose",
            "Savage",
            "Steel",
            "Day",
            "Friend",
            "Goodchild",
        ),
    ),
}

# Names written family-name first in the patient's own usage: (given, family, full, gender).
_FAMILY_FIRST: Final[tuple[tuple[str, str, str, str], ...]] = (
    ("Lan", "Nguyen", "Nguyen Thi Lan", "f"),
    ("Minh", "Tran", "Tran Van Minh", "m"),
    ("Hoa", "Pham", "Pham Thi Hoa", "f"),
    ("Ji-woo", "Kim", "Kim Ji-woo", "f"),
    ("Min-jun", "Park", "Park Min-jun", "m"),
    ("Hiroshi", "Tanaka", "Tanaka Hiroshi", "m"),
    ("Wei", "Zhang", "Zhang Wei", "m"),
    ("Xiaoling", "Chen", "Chen Xiaoling", "f"),
    ("Bich Ngoc", "Vo", "Vo Thi Bich Ngoc", "f"),
    ("Sokha", "Chea", "Chea Sokha", "m"),
)

_REGION_GROUPS: Final[dict[str, tuple[tuple[str, float], ...]]] = {
    "us": (
        ("hispanic", 3),
        ("west_african", 1),
        ("south_asian", 1),
        ("east_asian", 2),
        ("arabic", 1),
        ("indigenous_us", 2),
        ("eastern_european", 1),
        ("irish", 0.5),
        ("east_african", 0.7),
    ),
    "uk": (
        ("south_asian", 3),
        ("west_african", 2),
        ("eastern_european", 2),
        ("arabic", 1),
        ("east_asian", 1),
        ("irish", 1),
        ("hispanic", 0.5),
        ("east_african", 1),
    ),
    "ie": (
        ("irish", 4),
        ("eastern_european", 2),
        ("west_african", 1.5),
        ("south_asian", 1),
        ("arabic", 0.5),
        ("east_asian", 0.7),
    ),
    "nz": (
        ("pacific", 5),
        ("east_asian", 1.5),
        ("south_asian", 1),
        ("irish", 0.5),
        ("eastern_european", 0.3),
        ("arabic", 0.3),
    ),
    "za": (
        ("southern_african", 5),
        ("afrikaans", 2.5),
        ("sa_word", 1.5),
        ("south_asian", 1),
        ("west_african", 0.7),
        ("east_african", 0.5),
    ),
}
_REGION_LOCALES: Final[dict[str, tuple[str, ...]]] = {
    "us": ("en_US", "en_US", "en_CA"),
    "uk": ("en_GB", "en_GB", "en_IN"),
    "ie": ("en_IE", "en_IE", "en_GB"),
    "nz": ("en_NZ", "en_NZ", "en_AU"),
    "za": ("zu_ZA", "zu_ZA", "en_GB"),
}

_NICKNAMES: Final[dict[str, tuple[str, ...]]] = {
    "William": ("Will", "Bill", "Billy"), "Robert": ("Bob", "Rob", "Bobby"), "Elizabeth": ("Liz", "Beth", "Lizzie"),
    "Katarzyna": ("Kasia",), "Oleksandr": ("Sasha",), "Oluwaseun": ("Seun",), "Thandiwe": ("Thandi",),
    "Mohammed": ("Mo",), "Folasade": ("Sade",), "Chukwuemeka": ("Emeka",), "Babajide": ("Jide",), "Temitope": ("Tope",),
    "Siobhán": ("Shiv",), "Pádraig": ("Paddy",), "Alejandro": ("Alex",), "Guadalupe": ("Lupe",), "Jesús": ("Chuy",),
    "Dragomir": ("Drago",), "Abdirahman": ("Abdi",), "Wiremu": ("Wiri",), "Venkatesh": ("Venky",), "Sandeep": ("Sandy",),
    "Priyanka": ("Priya",), "Rajesh": ("Raj",), "Nikolai": ("Kolya",), "Dmitri": ("Dima",), "Andrius": ("Andy",),
    "Johannes": ("Hannes",), "Marthinus": ("Tienie",), "Hendrik": ("Henk",), "Sibusiso": ("Sbu",), "Nokuthula": ("Thuli",),
    "Busisiwe": ("Busi",), "Lindiwe": ("Lindi",), "Bongani": ("Bongi",), "Vusumuzi": ("Vusi",), "Jacobus": ("Kobus",),
    "Michael": ("Mike", "Mikey"), "Christopher": ("Chris",), "Jennifer": ("Jen", "Jenny"), "Jessica": ("Jess",),
    "Matthew": ("Matt",), "Daniel": ("Dan", "Danny"), "Anthony": ("Tony", "Ant"), "Margaret": ("Maggie", "Peggy"),
    "Patricia": ("Trish", "Patsy"), "Katherine": ("Kate", "Kathy"), "Deborah": ("Debbie", "Deb"), "Rebecca": ("Becky",),
    "Samuel": ("Sam", "Sammy"), "Thomas": ("Tom", "Tommy"), "James": ("Jim", "Jimmy", "Jamie"), "Richard": ("Rich", "Dick", "Richie"),
    "Joseph": ("Joe", "Joey"), "Benjamin": ("Ben",), "Nicholas": ("Nick",), "Alexander": ("Alex", "Sandy"),
    "Jonathan": ("Jon",), "Timothy": ("Tim",), "Susan": ("Sue",), "Victoria": ("Vicky", "Tori"), "Stephen": ("Steve",),
    "Steven": ("Steve",), "Edward": ("Ted", "Eddie"), "Andrew": ("Andy", "Drew"), "Kenneth": ("Ken", "Kenny"),
    "Ronald": ("Ron", "Ronnie"), "Donald": ("Don",), "Gerald": ("Gerry",), "Sandra": ("Sandy",), "Alexandra": ("Sandy", "Lexi"),
    "Douglas": ("Doug", "Dougie"), "Raymond": ("Ray",), "Gregory": ("Greg",), "Jacqueline": ("Jackie",), "Natasha": ("Tash",),
    "Josephine": ("Jo", "Josie"), "Abigail": ("Abby",), "Zachary": ("Zach",), "Nathaniel": ("Nate",), "Henry": ("Hank", "Harry"),
    "Charles": ("Charlie", "Chuck"), "Dorothy": ("Dot", "Dottie"), "Eleanor": ("Nell", "Ellie"), "Kimberly": ("Kim",),
    "Pamela": ("Pam",), "Cynthia": ("Cindy",), "Christine": ("Chrissie",), "Mark": ("Marky",), "Grace": ("Gracie",),
    "Patience": ("Pat",), "Precious": ("Preshy",), "Frank": ("Frankie",), "Tevita": ("Vita",), "Sione": ("Sio",),
    "Oisín": ("Osh",), "Anastasiya": ("Nastya",), "Grzegorz": ("Greg",), "Yousef": ("Joe",),
}  # fmt: skip
_PARTICLES: Final = frozenset({"van", "der", "de", "du", "le", "la", "los", "del", "dela", "al", "el", "bin", "binti"})


@dataclass(frozen=True)
class _EnPerson:
    first: str
    last: str
    full: str
    gender: str
    nick: str
    middle: str = ""


def _initials(first: str, last: str) -> str:
    out: list[str] = []
    for part in re.split(r"[\s\-]+", first):
        if part:
            out.append(part[0].upper())
    for part in re.split(r"[\s\-]+", last):
        if not part:
            continue
        if part.lower() in _PARTICLES and part[0].islower():
            out.append(part[0])
        else:
            out.append(part[0].upper())
    return "".join(out)


def _typo(rng: random.Random, word: str) -> str:
    letters = list(word)
    positions = [i for i in range(1, len(letters) - 1) if letters[i].isalpha() and letters[i + 1].isalpha()]
    for _ in range(6):
        if not positions:
            break
        op = rng.randrange(3)
        i = rng.choice(positions)
        candidate = letters[:]
        if op == 0:
            candidate[i], candidate[i + 1] = candidate[i + 1], candidate[i]
        elif op == 1:
            del candidate[i]
        else:
            candidate.insert(i, candidate[i])
        result = "".join(candidate)
        if result != word:
            return result
    return word + word[-1]


def _en_forms(rng: random.Random, p: _EnPerson) -> dict[str, str]:
    middle = f" {p.middle}." if p.middle else ""
    return {
        "full": p.full,
        "first": p.first,
        "last": p.last,
        "nick": p.nick,
        "init": f"{p.first[0]}. {p.last}",
        "initials": _initials(p.first, p.last),
        "caps": f"{p.last.upper()}, {p.first}",
        "upper": p.full.upper(),
        "lower": p.full.lower(),
        "lowerfirst": p.first.lower(),
        "typo": _typo(rng, p.last),
        "typofull": f"{p.first} {_typo(rng, p.last)}",
        "lf": f"{p.last}, {p.first}",
        "fi": f"{p.first} {p.last[0].upper()}.",
        "mid": f"{p.first}{middle} {p.last}",
        "nickfull": f"{p.nick} {p.last}",
    }


def _en_person(
    rng: random.Random, fk: _Fakers, region: str, gender: str, last: str | None = None, *, pool: str | None = None
) -> _EnPerson:
    roll = rng.random()
    if pool is None:
        if roll < 0.05 and last is None:
            given, family, full, g = rng.choice([x for x in _FAMILY_FIRST if x[3] == gender])
            return _EnPerson(given, family, full, g, given)
        if roll < 0.42:
            pool = "faker"
        elif roll < 0.86:
            groups = _REGION_GROUPS[region]
            pool = rng.choices([g for g, _ in groups], weights=[w for _, w in groups])[0]
        else:
            pool = "sa_word" if region == "za" and rng.random() < 0.6 else "word"
    if pool == "faker":
        fake = fk(rng.choice(_REGION_LOCALES[region]))
        first = fake.first_name_female() if gender == "f" else fake.first_name_male()
        family = last or fake.last_name()
    else:
        group = _GROUPS[pool]
        first = rng.choice(group.female if gender == "f" else group.male)
        family = last or rng.choice(group.last)
    nick = rng.choice(_NICKNAMES[first]) if first in _NICKNAMES and rng.random() < 0.8 else first
    middle = rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < 0.2 else ""
    return _EnPerson(first, family, f"{first} {family}", gender, nick, middle)


# ---------------------------------------------------------------------------------------------
# English regions: places, streets, organisations, phones, identifiers
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Place:
    city: str
    area: str  # state / county / province / region (not gold on its own)
    phone: str  # area code
    post: str  # postcode / zip / eircode prefix
    extra: str = ""  # US county


_PLACES: Final[dict[str, tuple[_Place, ...]]] = {
    "uk": (
        _Place("Leeds", "West Yorkshire", "0113", "LS"), _Place("Bradford", "West Yorkshire", "01274", "BD"),
        _Place("Sheffield", "South Yorkshire", "0114", "S"), _Place("Leicester", "Leicestershire", "0116", "LE"),
        _Place("Luton", "Bedfordshire", "01582", "LU"), _Place("Stoke-on-Trent", "Staffordshire", "01782", "ST"),
        _Place("Middlesbrough", "North Yorkshire", "01642", "TS"), _Place("Wolverhampton", "West Midlands", "01902", "WV"),
        _Place("Norwich", "Norfolk", "01603", "NR"), _Place("Plymouth", "Devon", "01752", "PL"),
        _Place("Swindon", "Wiltshire", "01793", "SN"), _Place("Reading", "Berkshire", "0118", "RG"),
        _Place("Blackpool", "Lancashire", "01253", "FY"), _Place("Hull", "East Yorkshire", "01482", "HU"),
        _Place("Derby", "Derbyshire", "01332", "DE"), _Place("Ipswich", "Suffolk", "01473", "IP"),
        _Place("Preston", "Lancashire", "01772", "PR"), _Place("Sunderland", "Tyne and Wear", "0191", "SR"),
        _Place("Oldham", "Greater Manchester", "0161", "OL"), _Place("Rochdale", "Greater Manchester", "01706", "OL"),
        _Place("Cardiff", "South Glamorgan", "029", "CF"), _Place("Swansea", "West Glamorgan", "01792", "SA"),
        _Place("Brighton", "East Sussex", "01273", "BN"), _Place("Hastings", "East Sussex", "01424", "TN"),
        _Place("Margate", "Kent", "01843", "CT"), _Place("Barnsley", "South Yorkshire", "01226", "S"),
        _Place("Croydon", "Surrey", "020", "CR"), _Place("Walsall", "West Midlands", "01922", "WS"),
        _Place("Bolton", "Greater Manchester", "01204", "BL"), _Place("Newport", "Gwent", "01633", "NP"),
    ),
    "us": (
        _Place("Oakland", "CA", "510", "946", "Alameda"), _Place("Fresno", "CA", "559", "937", "Fresno"),
        _Place("Stockton", "CA", "209", "952", "San Joaquin"), _Place("Bakersfield", "CA", "661", "933", "Kern"),
        _Place("San Bernardino", "CA", "909", "924", "San Bernardino"), _Place("Tampa", "FL", "813", "336", "Hillsborough"),
        _Place("Orlando", "FL", "407", "328", "Orange"), _Place("Pittsburgh", "PA", "412", "152", "Allegheny"),
        _Place("Philadelphia", "PA", "215", "191", "Philadelphia"), _Place("Albany", "NY", "518", "122", "Albany"),
        _Place("Buffalo", "NY", "716", "142", "Erie"), _Place("Gallup", "NM", "505", "873", "McKinley"),
        _Place("Flagstaff", "AZ", "928", "860", "Coconino"), _Place("Dayton", "OH", "937", "454", "Montgomery"),
        _Place("Tacoma", "WA", "253", "984", "Pierce"), _Place("Spokane", "WA", "509", "992", "Spokane"),
        _Place("Baltimore", "MD", "410", "212", "Baltimore"), _Place("Memphis", "TN", "901", "381", "Shelby"),
    ),
    "ie": (
        _Place("Tralee", "Kerry", "066", "V92"), _Place("Ennis", "Clare", "065", "V95"), _Place("Drogheda", "Louth", "041", "A92"),
        _Place("Athlone", "Westmeath", "090", "N37"), _Place("Letterkenny", "Donegal", "074", "F92"), _Place("Castlebar", "Mayo", "094", "F23"),
        _Place("Sligo", "Sligo", "071", "F91"), _Place("Navan", "Meath", "046", "C15"), _Place("Limerick", "Limerick", "061", "V94"),
        _Place("Waterford", "Waterford", "051", "X91"), _Place("Galway", "Galway", "091", "H91"), _Place("Dundalk", "Louth", "042", "A91"),
        _Place("Clonmel", "Tipperary", "052", "E91"), _Place("Cork", "Cork", "021", "T12"), _Place("Mullingar", "Westmeath", "044", "N91"),
        _Place("Ballina", "Mayo", "096", "F26"), _Place("Tullamore", "Offaly", "057", "R35"),
    ),
    "nz": (
        _Place("Auckland", "Auckland", "09", "20"), _Place("Hamilton", "Waikato", "07", "32"), _Place("Rotorua", "Bay of Plenty", "07", "30"),
        _Place("Whangārei", "Northland", "09", "01"), _Place("Gisborne", "Tairāwhiti", "06", "40"), _Place("Napier", "Hawke's Bay", "06", "41"),
        _Place("Palmerston North", "Manawatū-Whanganui", "06", "44"), _Place("Porirua", "Wellington", "04", "50"),
        _Place("Lower Hutt", "Wellington", "04", "50"), _Place("Christchurch", "Canterbury", "03", "80"),
        _Place("Dunedin", "Otago", "03", "90"), _Place("Invercargill", "Southland", "03", "98"), _Place("Tauranga", "Bay of Plenty", "07", "31"),
        _Place("Kaitaia", "Northland", "09", "04"), _Place("Whanganui", "Manawatū-Whanganui", "06", "45"),
    ),
    "za": (
        _Place("Cape Town", "Western Cape", "021", "7"), _Place("Durban", "KwaZulu-Natal", "031", "4"),
        _Place("Johannesburg", "Gauteng", "011", "2"), _Place("Pretoria", "Gauteng", "012", "0"),
        _Place("Gqeberha", "Eastern Cape", "041", "6"), _Place("Bloemfontein", "Free State", "051", "9"),
        _Place("East London", "Eastern Cape", "043", "5"), _Place("Pietermaritzburg", "KwaZulu-Natal", "033", "3"),
        _Place("Polokwane", "Limpopo", "015", "0"), _Place("Mthatha", "Eastern Cape", "047", "5"),
        _Place("Kimberley", "Northern Cape", "053", "8"), _Place("George", "Western Cape", "044", "6"), _Place("Worcester", "Western Cape", "023", "6"),
    ),
}  # fmt: skip

_US_STATES: Final[dict[str, str]] = {
    "CA": "California", "FL": "Florida", "PA": "Pennsylvania", "NY": "New York", "NM": "New Mexico", "AZ": "Arizona",
    "OH": "Ohio", "WA": "Washington", "MD": "Maryland", "TN": "Tennessee",
}  # fmt: skip

_SUBURBS: Final[dict[str, tuple[str, ...]]] = {
    "uk": ("Harehills", "Gipton", "Beeston", "Armley", "Moss Side", "Everton", "Hartcliffe", "Gorton", "Ely", "Tilbury", "Seacroft", "Wythenshawe", "Parson Cross", "Byker"),
    "us": ("Fruitvale", "East Oakland", "Sulphur Springs", "Homewood", "Kensington", "Hilltop", "East Central", "Sandtown", "Orange Mound", "Tower District"),
    "ie": ("Ballyphehane", "Moyross", "Knocknaheeny", "Ballybane", "Southill", "Mahon", "Ballinacurra Weston", "Cranmore"),
    "nz": ("Ōtara", "Māngere", "Papatoetoe", "Glen Innes", "Cannons Creek", "Aranui", "Fordlands", "Naenae", "Flaxmere", "Enderley", "Kaikorai", "Castlecliff"),
    "za": ("Khayelitsha", "Mitchells Plain", "Bonteheuwel", "Gugulethu", "Manenberg", "Umlazi", "KwaMashu", "Chatsworth", "Soweto", "Alexandra", "Hillbrow", "Mamelodi", "Atteridgeville", "Motherwell", "New Brighton", "Eldorado Park"),
}  # fmt: skip

_STREETS: Final[dict[str, tuple[str, ...]]] = {
    "uk": ("Cowley Road", "Stanningley Road", "Roundhay Road", "Moss Lane East", "Lodge Lane", "Whitehall Road", "Albion Street", "Granby Street", "Coronation Avenue", "Mill Lane", "Chapel Street", "Victoria Terrace", "Bede Crescent", "Hazel Grove", "Prospect Row", "Nursery Gardens", "Union Street"),
    "us": ("Telegraph Ave", "International Blvd", "E 14th St", "Fruitvale Ave", "Kern St", "N Nebraska Ave", "W Colonial Dr", "Penn Ave", "Frankford Ave", "Central Ave", "Martin Luther King Jr Way", "S Union Ave", "Hollins St", "Old Route 66", "Lamar Ave", "Maple St", "Division St"),
    "ie": ("Church Street", "Main Street", "O'Connell Street", "Bóthar na Trá", "Ard Caoin", "Rock Street", "Castle Park", "Marian Terrace", "St. Brendan's Park", "Cluain Árd", "Pearse Road", "Ashe Street", "Ivy Terrace"),
    "nz": ("Great South Road", "East Tamaki Road", "Bader Drive", "Mahia Road", "Kenepuru Drive", "Pages Road", "Te Ngae Road", "Gloucester Street", "Fenton Street", "Whitaker Street", "Kamo Road", "Nikau Street", "Tui Crescent"),
    "za": ("Vilakazi Street", "Voortrekker Road", "Klipfontein Road", "Govan Mbeki Road", "Nelson Mandela Drive", "Main Road", "Lansdowne Road", "AZ Berman Drive", "Steve Biko Road", "Oxford Street", "NY 78", "Mew Way", "Spine Road", "Mahatma Gandhi Road"),
}  # fmt: skip

_ORGS: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "uk": {
        "hosp": ("Millbrook Mental Health Unit", "Larkhill Centre for Mental Health", "The Beacon Centre", "Fernlea Hospital", "Oakwood House", "Harbourside Mental Health Unit", "St Cuthbert's Hospital", "Northgate Psychiatric Unit", "The Bramley Unit", "Hollins Park Hospital"),
        "ward": ("Cedar Ward", "Willow Ward", "Kingfisher Ward", "Rowan PICU", "Aspen Ward", "Bluebell Ward", "Heron Ward", "Juniper Ward", "Lavender Ward", "Hazel Ward", "Ruby Ward"),
        "gen_hosp": ("St Margaret's Hospital", "Queen Elizabeth Royal Infirmary", "Northfield General Hospital", "Riverside University Hospital", "Airedale View Hospital"),
        "team": ("Riverside CMHT", "Northfield Community Mental Health Team", "Eastbrook Crisis Resolution and Home Treatment Team", "Westgate Early Intervention in Psychosis Team", "Hollybank Assertive Outreach Team", "Southmead CMHT"),
        "force": ("West Yorkshire Police", "Greater Manchester Police", "Thames Valley Police", "Merseyside Police", "Avon and Somerset Constabulary", "Kent Police", "South Wales Police", "Northumbria Police", "Lancashire Constabulary", "Metropolitan Police Service"),
        "station": ("Elland Road Police Station", "Trinity Road Custody Suite", "Holmes Street Police Station", "Marsh Lane Police Station", "Northgate Custody Suite", "Bridewell Police Station"),
        "prison": ("HMP Kestrel Moor", "HMP Blackwater Fields", "HMP Thornbury Grange", "HMP Ashdale", "HMP Fenmoor", "HMYOI Larkfield"),
        "pharmacy": ("Kelso Pharmacy", "Patel's Chemist", "Riverside Pharmacy", "Greenlight Chemists", "Hollybank Pharmacy", "Whitmore Late-Night Pharmacy"),
        "gp": ("Park View Surgery", "The Grange Medical Practice", "Hollins Park Medical Centre", "Northgate Health Centre", "Bridge Street Surgery"),
        "housing": ("Harbour Light Housing", "Oak Tree Supported Living", "Cornerstone Hostel", "Anchor House Project"),
        "drug": ("Pathways Recovery Service", "New Directions Drug & Alcohol Service", "Horizon Recovery Hub", "The Bridge Project"),
        "school": ("St Aidan's C of E Primary School", "Oakwood Academy", "Holy Family Catholic Primary", "Meadowbank Primary School", "Hillcrest Nursery"),
        "care_home": ("Elm Bank Care Home", "Rosewood Lodge Nursing Home", "Fairhaven Residential Home", "The Laurels Care Home"),
        "dv": ("Sanctuary Domestic Abuse Service", "Safe Haven IDVA Service", "Harbour Women's Aid"),
        "interp": ("Lingo Connect Ltd", "Clear Voice Interpreting", "Word360 Language Services"),
        "court_kind": ("Magistrates' Court", "Crown Court"),
    },
    "us": {
        "hosp": ("Valley Crest Behavioral Health Center", "Bayview Psychiatric Health Facility", "Three Rivers Behavioral Hospital", "Sunrise Recovery Hospital", "Mercy Harbor Hospital", "Pinecrest Psychiatric Hospital"),
        "ward": ("Sequoia Unit", "Redwood Adult Unit", "Magnolia Unit", "Cypress Geropsych Unit", "Juniper Crisis Stabilization Unit"),
        "gen_hosp": ("St. Agnes Medical Center", "St. Luke's Regional Medical Center", "Good Samaritan Hospital", "Lakeside Memorial Hospital", "Highland General Hospital"),
        "team": ("Mobile Crisis Team West", "Eastside ACT Team", "Northside Community Mental Health Center", "Harborview Outpatient Clinic"),
        "otp": ("Harbor Light Treatment Center", "New Dawn Opioid Treatment Program", "Crossroads Methadone Clinic", "Riverbend OTP", "Second Chance Recovery Clinic"),
        "pharmacy": ("Lakeview Pharmacy", "Main Street Drug", "Hilltop Apothecary", "Westgate Family Pharmacy"),
        "school": ("Lincoln Elementary School", "Roosevelt Middle School", "Cesar Chavez Elementary", "Lakeview Elementary", "Sequoia High School"),
        "law": ("Morales & Finch LLP", "Harper Dunn Law Group", "Okafor Legal Services PLLC", "Greene Whitfield Defense"),
        "care_home": ("Golden Pines Assisted Living", "Magnolia Gardens Skilled Nursing", "Willow Creek Memory Care"),
        "shelter": ("Hope Street Shelter", "Covenant House", "Safe Harbor Family Shelter", "Bridge Housing Navigation Center"),
    },
    "ie": {
        "hosp": ("St Finian's Approved Centre", "Ard Ghlas Acute Unit", "Sliabh Mór Inpatient Unit", "St Declan's Department of Psychiatry", "Lough Ree Mental Health Unit", "Cluain Lir Approved Centre"),
        "ward": ("Ward 4B", "Cois Abhann Ward", "Lios Mór Ward", "Tearmann Ward"),
        "gen_hosp": ("St Colman's Regional Hospital", "Our Lady of Lourdes General Hospital", "Mercy University Hospital", "St Brendan's General Hospital"),
        "team": ("North Kerry Community Mental Health Team", "Slievemore Home Based Treatment Team", "Abbey Street CMHT", "Liffey Valley Adult Mental Health Service"),
        "drug": ("Cuan Nua Addiction Service", "Bridge Recovery Centre", "Tabor Lodge", "Aiseiri Treatment Centre"),
        "pharmacy": ("Kenny's Pharmacy", "O'Sullivan's Pharmacy", "Castle Street Pharmacy", "Hickey & Ward Chemist"),
        "law": ("Moran & Co. Solicitors", "Fitzgerald Ní Bhriain Solicitors", "Daly Kearney LLP", "O'Mahony Regan Solicitors"),
        "school": ("Scoil Mhuire National School", "Gaelscoil an Chaisleáin", "St Joseph's National School", "Presentation Secondary School"),
        "frc": ("Ballyphehane Family Resource Centre", "Moyross Family Resource Centre", "Knocknaheeny Youth Project"),
        "gp": ("Castle Street Medical Centre", "Abbey Medical Practice", "The Square Surgery", "Ard Mhuire Medical Centre", "Bridge Street Family Practice"),
    },
    "nz": {
        "hosp": ("Te Puna Ora Acute Inpatient Unit", "Whare Āwhina Mental Health Unit", "Te Whare Tiaki", "Hillmorton Acute Unit", "Rangiora Mental Health Unit"),
        "ward": ("Kōwhai Ward", "Harakeke Ward", "Pūriri Ward", "Tōtara Ward", "Rimu Ward"),
        "gen_hosp": ("Middlemore Hospital", "Waikato Hospital", "Whangārei Base Hospital", "Christchurch Hospital", "Hutt Valley Hospital"),
        "team": ("Te Ara Hou Kaupapa Māori Mental Health Service", "Ōtara Community Mental Health Centre", "Southern Crisis Resolution Team", "Manukau Pacific Mental Health Service", "Ngā Hau e Whā Trust"),
        "drug": ("Te Ara Waiora Addiction Service", "Moana House", "Salvation Army Bridge Programme Ōtāhuhu", "Tauranga CADS"),
        "pharmacy": ("Kōwhai Pharmacy", "Tōtara Chemist", "Flat Bush Pharmacy", "Mahia Road Pharmacy", "Aranui Late Night Chemist"),
        "law": ("Tamihana Barristers", "Fuimaono & Leota Lawyers", "Kauri Legal", "Walker Te Rangi Law"),
        "school": ("Ōtara Primary School", "Tangaroa College", "Te Kura Kaupapa Māori o Mangere", "Cannons Creek School"),
    },
    "za": {
        "hosp": ("Kloofsig Psychiatric Hospital", "Ikhwezi Psychiatric Hospital", "Thembalethu Mental Health Unit", "Bosveld Psychiatric Hospital", "Kwa-Phila Psychiatric Unit"),
        "ward": ("Ward 12", "Sunbird Ward", "Protea Ward", "Aloe Ward"),
        "gen_hosp": ("Khayelitsha District Hospital", "Mitchells Plain District Hospital", "Addington Hospital", "Chris Hani Baragwanath Academic Hospital", "Livingstone Hospital"),
        "rehab": ("Serenity Rehabilitation Centre", "Siyaphila Treatment Centre", "Kuyasa Recovery Centre", "Hope House Treatment Centre", "Nkosinathi Rehab"),
        "scheme": ("Thuso Medical Scheme", "Ubuntu Health Fund", "Sizwe Medical Aid", "Protea Health Plan"),
        "school": ("Sinethemba Secondary School", "Zola Primary School", "Bonteheuwel High School", "Umlazi Comtech High"),
        "ngo": ("Siyakhana Child Welfare", "Cape Town Child Welfare Society", "Ubuntu Family Services", "Masithethe Counselling Centre"),
        "law": ("Mokoena & Botha Attorneys", "Legal Aid South Africa Bellville Office", "Nxumalo Inc.", "Van Wyk Steyn Attorneys"),
        "pharmacy": ("Link Pharmacy Mowbray", "Protea Pharmacy", "Umlazi Community Pharmacy", "Medirite Bonteheuwel"),
    },
}  # fmt: skip

_EMAIL_DOMAINS: Final[dict[str, tuple[str, ...]]] = {
    "uk": ("gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "btinternet.com"),
    "us": ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "protonmail.com"),
    "ie": ("gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "yahoo.ie"),
    "nz": ("gmail.com", "xtra.co.nz", "outlook.co.nz", "hotmail.com", "slingshot.co.nz"),
    "za": ("gmail.com", "webmail.co.za", "mweb.co.za", "yahoo.com", "telkomsa.net"),
}
_STAFF_DOMAINS: Final[dict[str, tuple[str, ...]]] = {
    "uk": ("nhs.net", "nhs.net", "{city}.gov.uk", "{slug}.nhs.uk"),
    "us": ("{slug}.org", "{county}county.gov", "{slug}health.org"),
    "ie": ("hse.ie", "hse.ie", "{slug}.ie"),
    "nz": ("{slug}.org.nz", "health.nz", "{slug}.health.nz"),
    "za": ("westerncape.gov.za", "health.gov.za", "{slug}.co.za", "{slug}.org.za"),
}


def _email_local(rng: random.Random, first: str, last: str, *, personal: bool) -> str:
    f = _slug(first) or "x"
    s = _slug(last) or "y"
    styles: tuple[str, ...]
    if personal:
        styles = (
            f"{f}.{s}{rng.randrange(10, 99)}",
            f"{f}{s}",
            f"{f[0]}{s}{rng.randrange(1, 999)}",
            f"{s}.{f}",
            f"{f}_{s[:4]}{rng.randrange(70, 99)}",
        )
    else:
        styles = (f"{f}.{s}", f"{f[0]}.{s}", f"{f}.{s}{rng.randrange(1, 9)}", f"{s}{f[0]}")
    return rng.choice(styles)


def _phone(rng: random.Random, region: str, place: _Place, kind: str) -> str:
    """A phone number in one of the region's usual written forms; kind is 'mobile', 'land' or 'ext'."""
    ext = f" ext. {_digits(rng, 4)}" if kind == "ext" and rng.random() < 0.6 else ""
    ext = ext if not ext or rng.random() < 0.6 else rng.choice((f" x{_digits(rng, 3)}", f" (ext {_digits(rng, 4)})"))
    if region == "us":
        area = (
            place.phone if kind != "mobile" or rng.random() < 0.7 else rng.choice(("415", "213", "312", "646", "720"))
        )
        a, b = _digits(rng, 3, lead="23456789"), _digits(rng, 4, lead="0123456789")
        forms = (
            f"({area}) {a}-{b}",
            f"{area}-{a}-{b}",
            f"{area}.{a}.{b}",
            f"+1 {area} {a} {b}",
            f"1-{area}-{a}-{b}",
            f"{area}{a}{b}",
        )
        return rng.choice(forms) + ext
    if region == "uk":
        if kind == "mobile":
            body = f"7{_digits(rng, 3, lead='4589')} {_digits(rng, 6, lead='0123456789')}"
            return rng.choice(
                (
                    f"0{body}",
                    f"+44 {body}",
                    f"+44 (0){body}",
                    f"0{body.replace(' ', '')}",
                    f"0{body[:4]} {body[5:8]} {body[8:]}",
                )
            )
        code = place.phone
        local_len = 11 - len(code)
        local = _digits(rng, local_len, lead="2345689")
        split = {8: (4, 4), 7: (3, 4), 6: (6,)}.get(local_len, (local_len,))
        parts: list[str] = []
        pos = 0
        for n in split:
            parts.append(local[pos : pos + n])
            pos += n
        spaced = " ".join(parts)
        return (
            rng.choice(
                (
                    f"{code} {spaced}",
                    f"({code}) {spaced}",
                    f"+44 (0){code[1:]} {spaced}",
                    f"+44 {code[1:]} {spaced}",
                    f"{code}{local}",
                )
            )
            + ext
        )
    if region == "ie":
        if kind == "mobile":
            net = rng.choice(("83", "85", "86", "87", "89"))
            a, b = _digits(rng, 3, lead="0123456789"), _digits(rng, 4, lead="0123456789")
            return rng.choice(
                (f"0{net} {a} {b}", f"+353 {net} {a} {b}", f"+353 (0){net} {a}{b}", f"0{net}-{a}{b}", f"0{net}{a}{b}")
            )
        code = place.phone
        local = _digits(rng, 7 if len(code) <= 3 else 6, lead="2345689")
        return (
            rng.choice(
                (
                    f"({code}) {local[:3]} {local[3:]}",
                    f"{code} {local}",
                    f"+353 {code[1:]} {local[:3]} {local[3:]}",
                    f"{code}-{local}",
                )
            )
            + ext
        )
    if region == "nz":
        if kind == "mobile":
            net = rng.choice(("21", "22", "27", "29", "20"))
            a, b = _digits(rng, 3, lead="123456789"), _digits(rng, 4, lead="0123456789")
            return rng.choice(
                (f"0{net} {a} {b}", f"0{net}-{a}-{b}", f"+64 {net} {a} {b}", f"+64 {net}{a}{b}", f"0{net} {a}{b}")
            )
        code = place.phone
        a, b = _digits(rng, 3, lead="2345689"), _digits(rng, 4, lead="0123456789")
        return (
            rng.choice(
                (
                    f"({code}) {a} {b}",
                    f"{code} {a} {b}",
                    f"{code}-{a}-{b}",
                    f"+64 {code[1:]} {a} {b}",
                    f"+64 ({code[1:]}) {a}{b}",
                )
            )
            + ext
        )
    # South Africa
    if kind == "mobile":
        net = rng.choice(("82", "83", "84", "72", "73", "76", "79", "61", "71"))
        a, b = _digits(rng, 3, lead="0123456789"), _digits(rng, 4, lead="0123456789")
        return rng.choice(
            (f"0{net} {a} {b}", f"+27 {net} {a} {b}", f"+27 (0){net} {a} {b}", f"0{net}{a}{b}", f"0{net}-{a}-{b}")
        )
    code = place.phone
    a, b = _digits(rng, 3, lead="2345689"), _digits(rng, 4, lead="0123456789")
    return (
        rng.choice(
            (
                f"{code} {a} {b}",
                f"({code}) {a}-{b}",
                f"+27 {code[1:]} {a} {b}",
                f"+27 (0){code[1:]} {a} {b}",
                f"{code}{a}{b}",
            )
        )
        + ext
    )


def _nhs_number(rng: random.Random) -> str:
    while True:
        body = _digits(rng, 9, lead="4")
        total = sum(int(c) * (10 - i) for i, c in enumerate(body))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            return body + str(check)


def _ppsn(rng: random.Random) -> str:
    body = _digits(rng, 7, lead="0123456789")
    second = rng.choice(("", "", "A", "W"))
    total = sum(int(c) * (8 - i) for i, c in enumerate(body))
    if second:
        total += 9 * ("WABCDEFGHIJKLMNOPQRSTUV".index(second))
    return body + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] + second


def _nhi(rng: random.Random) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        letters = "".join(rng.choice(alphabet) for _ in range(3))
        digits = _digits(rng, 3, lead="0123456789")
        values = [alphabet.index(c) + 1 for c in letters] + [int(c) for c in digits]
        total = sum(v * w for v, w in zip(values, (7, 6, 5, 4, 3, 2), strict=True)) % 11
        if total == 0:
            continue
        check = 11 - total
        if check == 10:
            check = 0
        return f"{letters}{digits}{check}"


def _sa_id(rng: random.Random, birth: dt.date, gender: str) -> str:
    seq = rng.randrange(5000, 10000) if gender == "m" else rng.randrange(0, 5000)
    body = f"{birth:%y%m%d}{seq:04d}08"
    return body + _luhn_digit(body)


def _npi(rng: random.Random) -> str:
    body = _digits(rng, 9, lead="12")
    return body + _luhn_digit("80840" + body)


def _dea(rng: random.Random, last: str) -> str:
    letter = (_slug(last)[:1] or "x").upper()
    d = [int(c) for c in _digits(rng, 6, lead="0123456789")]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFM") + letter + "".join(map(str, d)) + str(check)


_ZA_PROVINCE_CODES: Final[dict[str, str]] = {
    "Western Cape": "WC", "KwaZulu-Natal": "KZN", "Gauteng": "GP", "Eastern Cape": "EC", "Free State": "FS", "Limpopo": "LP", "Northern Cape": "NC",
}  # fmt: skip


def _ids(
    rng: random.Random, region: str, birth: dt.date, gender: str, ref: dt.date, place: _Place, dr_last: str
) -> dict[str, str]:
    yy = f"{ref:%y}"
    year = str(ref.year)

    def d(n: int) -> str:
        return _digits(rng, n, lead="0123456789")

    def L(n: int) -> str:
        return _letters(rng, n)

    common = {
        "uds_no": rng.choice((f"UDS-{yy}-{d(6)}", f"U{d(8)}", f"TOX{yy}{d(5)}", f"{L(2)}{d(7)}")),
        "lab_acc": rng.choice((f"{L(1)}{yy}.{d(7)}", f"ACC-{d(8)}", f"{yy}-{L(2)}-{d(5)}", f"{d(10)}")),
        "device_sn": rng.choice(
            (f"EMT-{d(5)}-{L(1)}", f"SN {d(4)}-{d(5)}", f"{L(3)}{d(7)}", f"S/N {L(2)}{d(2)}-{d(6)}")
        ),
        "staff_id": rng.choice((f"{d(8)}", f"E{d(6)}", f"{L(2)}{d(5)}")),
        "order_no": rng.choice((f"ORD{d(8)}", f"{d(9)}", f"PO-{yy}-{d(5)}")),
        "referral_no": rng.choice((f"REF-{yy}-{d(5)}", f"{L(3)}/{d(6)}", f"R{d(9)}", f"{year}/{d(6)}")),
        "letter_ref": rng.choice((f"{L(2)}/{L(2)}/{d(4)}", f"OUT-{d(7)}", f"LTR{d(6)}")),
        "otp_id": rng.choice((f"{d(5)}", f"OST-{d(5)}", f"{L(1)}{d(6)}", f"DC{d(4)}")),
        "marac_ref": rng.choice((f"MARAC-{yy}-{d(3)}", f"M{yy}/{d(4)}", f"DA{d(6)}")),
        "ambulance_ref": rng.choice((f"{d(8)}", f"AMB{d(7)}", f"CAD-{d(6)}")),
        "claim_no": rng.choice((f"{d(12)}", f"CLM-{d(9)}", f"{L(2)}{d(10)}")),
        "ect_sn": rng.choice((f"TX{d(6)}", f"SN{d(9)}", f"{d(4)}-{L(2)}-{d(4)}")),
    }
    if region == "uk":
        nhs = _nhs_number(rng)
        own = {
            "mrn": rng.choice((f"RX{d(7)}", f"{L(1)}{d(6)}", f"MH{d(7)}", f"{L(3)}{d(6)}", f"{d(8)}")),
            "natid": rng.choice((f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}", nhs, f"{nhs[:3]}-{nhs[3:6]}-{nhs[6:]}")),
            "crime_ref": rng.choice((f"{d(7)}/{yy}", f"{L(2)}/{d(5)}/{yy}", f"{yy}{d(6)}", f"CRN{d(8)}")),
            "incident_no": rng.choice((f"{d(4)}", f"INC-{d(8)}", f"STORM {d(4)}", f"{yy}{d(7)}")),
            "custody_no": rng.choice((f"{L(2)}/{d(5)}/{yy}", f"{d(2)}{L(2)}/{d(4)}/{yy}", f"CU{d(7)}")),
            "court_no": f"{d(2)}{L(2)}{d(5)}{yy}",
            "trib_ref": f"MP/{year}/{d(5)}",
            "sc_id": rng.choice((f"{d(7)}", f"{d(6)}", f"LAS{d(7)}")),
            "cp_ref": rng.choice((f"CP/{yy}/{d(4)}", f"CIN-{d(6)}", f"{d(7)}")),
            "prison_no": f"{L(1)}{d(4)}{L(2)}",
            "pnc": f"{yy}/{d(6)}{L(1)}",
            "reg_dr": d(7),
            "reg_dr2": d(7),
            "reg_dr3": d(7),
            "reg_nurse": f"{d(2)}{L(1)}{d(4)}{L(1)}",
            "reg_sw": f"SW{d(6)}",
            "rx_no": rng.choice((d(10), f"{d(5)} {d(5)}")),
            "vehicle": f"{L(2)}{d(2)} {L(3)}",
            "pol_badge": rng.choice((d(4), f"{L(2)}{d(4)}", d(5))),
            "pol2_badge": rng.choice((d(4), f"{L(2)}{d(4)}", d(5))),
            "ins_no": f"{L(3)}{d(8)}",
            "booking_no": f"{L(2)}/{d(5)}/{yy}",
        }
    elif region == "us":
        own = {
            "mrn": rng.choice((d(9), f"E{d(7)}", f"{d(3)}-{d(3)}-{d(3)}", f"MRN{d(8)}")),
            "natid": f"{rng.randrange(100, 665):03d}-{rng.randrange(10, 99):02d}-{rng.randrange(1000, 9999):04d}",
            "crime_ref": rng.choice((f"{yy}-{d(6)}", f"RD# {yy}-{d(6)}", f"{yy}{d(7)}")),
            "incident_no": rng.choice((f"{yy}{d(7)}", f"I{yy}-{d(6)}", f"{d(3)}-{d(4)}")),
            "custody_no": f"{yy}-{d(6)}",
            "court_no": rng.choice(
                (f"{yy}CR{d(6)}", f"MH-{yy}-{d(4)}", f"{year}-CF-{d(5)}", f"CP-51-CR-{d(7)}-{year}")
            ),
            "trib_ref": f"RH-{yy}-{d(4)}",
            "sc_id": rng.choice((f"{d(2)}-{d(6)}", f"{d(10)}")),
            "cp_ref": rng.choice((f"{year}-{d(7)}", f"{d(4)}-{d(4)}-{d(4)}-{d(7)}", f"CPS{d(8)}")),
            "prison_no": rng.choice((f"BK{d(6)}", f"{d(7)}", f"{L(2)}{d(4)}")),
            "pnc": f"{L(1)}{d(8)}",
            "reg_dr": rng.choice((f"{L(1)}{d(6)}", f"MD{d(6)}", f"{L(1)}-{d(5)}")),
            "reg_dr2": _npi(rng),
            "reg_dr3": _dea(rng, dr_last),
            "reg_nurse": f"RN{d(7)}",
            "reg_sw": rng.choice((f"LCSW {d(5)}", f"ASW{d(5)}", f"{d(5)}")),
            "rx_no": f"RX{d(8)}",
            "vehicle": rng.choice((f"{d(1)}{L(3)}{d(3)}", f"{L(3)}-{d(4)}", f"{L(3)} {d(3)}")),
            "pol_badge": d(4),
            "pol2_badge": rng.choice((d(4), d(5))),
            "ins_no": rng.choice((f"{L(3)}{d(9)}", f"{d(8)}{L(1)}", f"W{d(9)}", f"{L(1)}{d(8)}-{d(2)}")),
            "booking_no": rng.choice((f"{yy}-{d(6)}", f"BK{yy}{d(5)}")),
        }
    elif region == "ie":
        own = {
            "mrn": rng.choice((d(7), f"H{d(6)}", f"{d(6)}{L(1)}", f"MRN {d(7)}")),
            "natid": _ppsn(rng),
            "crime_ref": d(8),
            "incident_no": rng.choice((d(8), f"{d(7)}/{yy}")),
            "custody_no": f"{L(2)}-{d(5)}-{yy}",
            "court_no": rng.choice((f"{year}/{d(5)}", f"{year}/{d(3)}DC", f"DC/{d(5)}/{yy}")),
            "trib_ref": rng.choice((f"MHT/{yy}/{d(4)}", f"AO{d(6)}", f"MHC-{year}-{d(4)}")),
            "sc_id": rng.choice((d(7), f"TUS-{d(6)}")),
            "cp_ref": rng.choice((f"CP{yy}{d(4)}", d(7))),
            "prison_no": f"P{d(5)}",
            "pnc": d(8),
            "reg_dr": d(6),
            "reg_dr2": d(6),
            "reg_dr3": d(6),
            "reg_nurse": d(6),
            "reg_sw": f"SW{d(6)}",
            "rx_no": f"{d(6)}{L(1)}",
            "vehicle": f"{yy}{rng.choice(('1', '2'))}-{rng.choice(('KY', 'D', 'C', 'G', 'L', 'LH', 'MO', 'SO', 'WX'))}-{rng.randrange(1, 30000)}",
            "pol_badge": d(5),
            "pol2_badge": d(5),
            "ins_no": rng.choice((f"{d(7)}{L(1)}", f"GMS {d(6)}{L(1)}")),
            "booking_no": f"{L(2)}-{d(5)}-{yy}",
        }
    elif region == "nz":
        own = {
            "mrn": rng.choice((f"HN{d(6)}", f"{d(7)}", f"WDHB{d(6)}")),
            "natid": _nhi(rng),
            "crime_ref": f"P0{d(8)}",
            "incident_no": rng.choice((f"P0{d(8)}", f"{yy}{d(4)}/{d(4)}")),
            "custody_no": f"{L(3)}{d(6)}",
            "court_no": f"CRI-{year}-{d(3)}-{d(6)}",
            "trib_ref": f"MHRT {yy}/{d(3)}",
            "sc_id": d(7),
            "cp_ref": rng.choice((f"OT{d(7)}", d(8))),
            "prison_no": rng.choice((f"PRN {d(8)}", d(8))),
            "pnc": f"{L(1)}{d(6)}",
            "reg_dr": d(5),
            "reg_dr2": d(5),
            "reg_dr3": d(5),
            "reg_nurse": d(6),
            "reg_sw": f"SWRB {d(5)}",
            "rx_no": f"{L(2)}{d(6)}",
            "vehicle": f"{L(3)}{d(3)}",
            "pol_badge": f"{d(5)}{L(1)}",
            "pol2_badge": f"{d(5)}{L(1)}",
            "ins_no": rng.choice((f"{d(11)}", f"ACC{d(8)}")),
            "booking_no": f"{L(3)}{d(6)}",
        }
    else:
        own = {
            "mrn": rng.choice((d(7), f"{L(2)}{d(6)}", f"{d(4)} {d(4)}", f"FN-{d(6)}")),
            "natid": _sa_id(rng, birth, gender),
            "crime_ref": f"{rng.randrange(1, 999)}/{ref.month:02d}/{year}",
            "incident_no": rng.choice((f"OB {rng.randrange(1, 2000)}/{ref.month:02d}/{year}", f"{d(6)}")),
            "custody_no": f"SAP14/{d(4)}/{yy}",
            "court_no": rng.choice(
                (
                    f"{rng.randrange(1, 3000)}/{year}",
                    f"A{rng.randrange(1, 999)}/{year}",
                    f"SH{rng.randrange(1, 500)}/{yy}",
                )
            ),
            "trib_ref": f"MHRB/{_ZA_PROVINCE_CODES.get(place.area, 'WC')}/{year}/{d(4)}",
            "sc_id": f"DSD-{d(6)}",
            "cp_ref": rng.choice((f"F22-{d(6)}", f"CPR{d(7)}")),
            "prison_no": d(9),
            "pnc": f"SAP69-{d(6)}",
            "reg_dr": f"MP {d(7)}",
            "reg_dr2": f"MP{d(7)}",
            "reg_dr3": f"PS {d(7)}",
            "reg_nurse": d(8),
            "reg_sw": f"10-{d(5)}",
            "rx_no": f"{d(8)}",
            "vehicle": rng.choice((f"CA {d(3)}-{d(3)}", f"{L(2)} {d(2)} {L(2)} GP", f"ND {d(3)}-{d(3)}")),
            "pol_badge": f"{d(7)}-{d(1)}",
            "pol2_badge": f"{d(7)}-{d(1)}",
            "ins_no": rng.choice((d(9), f"{d(8)}-{d(2)}")),
            "booking_no": f"SAP14/{d(4)}/{yy}",
        }
    return {**common, **own}


_CITY_SUBURBS: Final[dict[str, tuple[str, ...]]] = {
    "Leeds": ("Harehills", "Gipton", "Beeston", "Armley", "Seacroft"), "Sheffield": ("Parson Cross", "Darnall", "Page Hall"),
    "Bradford": ("Manningham", "Holme Wood", "Bierley"), "Oldham": ("Glodwick", "Fitton Hill"), "Hull": ("Orchard Park", "Bransholme"),
    "Cardiff": ("Ely", "Splott", "Butetown"), "Middlesbrough": ("North Ormesby", "Grangetown"), "Croydon": ("Thornton Heath", "New Addington"),
    "Oakland": ("Fruitvale", "East Oakland", "West Oakland"), "Philadelphia": ("Kensington", "Fairhill"), "Pittsburgh": ("Homewood", "Hazelwood"),
    "Baltimore": ("Sandtown-Winchester", "Park Heights"), "Memphis": ("Orange Mound", "Frayser"), "Tampa": ("Sulphur Springs", "Ybor City"),
    "Fresno": ("Tower District", "Calwa"), "Buffalo": ("Kensington-Bailey", "Black Rock"),
    "Cork": ("Knocknaheeny", "Mahon", "Ballyphehane"), "Limerick": ("Moyross", "Southill"), "Galway": ("Ballybane", "Westside"),
    "Dundalk": ("Muirhevnamor", "Cox's Demesne"), "Waterford": ("Ballybeg", "Lisduggan"),
    "Auckland": ("Ōtara", "Māngere", "Papatoetoe", "Glen Innes", "Ōtāhuhu"), "Porirua": ("Cannons Creek", "Waitangirua"),
    "Christchurch": ("Aranui", "Linwood"), "Rotorua": ("Fordlands", "Koutu"), "Lower Hutt": ("Naenae", "Taitā"), "Napier": ("Maraenui", "Onekawa"),
    "Hamilton": ("Enderley", "Fairfield"), "Dunedin": ("Kaikorai", "Brockville"), "Whanganui": ("Castlecliff", "Gonville"),
    "Invercargill": ("Glengarry", "Strathern"), "Tauranga": ("Greerton", "Merivale"), "Whangārei": ("Otangarei", "Tikipunga"),
    "Gisborne": ("Kaiti", "Elgin"), "Palmerston North": ("Highbury", "Takaro"), "Kaitaia": ("Pukepoto", "Awanui"),
    "Cape Town": ("Khayelitsha", "Mitchells Plain", "Bonteheuwel", "Gugulethu", "Manenberg"), "Durban": ("Umlazi", "KwaMashu", "Chatsworth", "Phoenix"),
    "Johannesburg": ("Soweto", "Alexandra", "Hillbrow", "Eldorado Park"), "Pretoria": ("Mamelodi", "Atteridgeville", "Sunnyside"),
    "Gqeberha": ("Motherwell", "New Brighton", "Gelvandale"), "East London": ("Mdantsane", "Duncan Village"), "Pietermaritzburg": ("Edendale", "Imbali"),
    "Bloemfontein": ("Heidedal", "Mangaung"), "Polokwane": ("Seshego",), "Mthatha": ("Ngangelizwe",), "Kimberley": ("Galeshewe",),
    "George": ("Thembalethu", "Pacaltsdorp"), "Worcester": ("Zwelethemba", "Avian Park"),
    "Leicester": ("Highfields", "Braunstone"), "Luton": ("Marsh Farm", "Bury Park"), "Stoke-on-Trent": ("Hanley", "Bentilee"),
    "Wolverhampton": ("Whitmore Reans", "Low Hill"), "Norwich": ("Mile Cross", "Lakenham"), "Plymouth": ("Devonport", "Stonehouse"),
    "Swindon": ("Penhill", "Pinehurst"), "Reading": ("Whitley", "Southcote"), "Blackpool": ("Grange Park", "Mereside"),
    "Derby": ("Normanton", "Sinfin"), "Ipswich": ("Chantry", "Whitton"), "Preston": ("Ribbleton", "Deepdale"),
    "Sunderland": ("Hendon", "Pennywell"), "Rochdale": ("Kirkholt", "Langley"), "Swansea": ("Townhill", "Blaenymaes"),
    "Brighton": ("Whitehawk", "Moulsecoomb"), "Hastings": ("Ore", "Hollington"), "Margate": ("Cliftonville", "Millmead"),
    "Barnsley": ("Athersley", "Kendray"), "Walsall": ("Blakenall", "Caldmore"), "Bolton": ("Halliwell", "Breightmet"),
    "Newport": ("Pillgwenlly", "Ringland"), "Stockton": ("South Stockton", "Sierra Vista"), "Bakersfield": ("East Bakersfield", "Oildale"),
    "San Bernardino": ("Westside", "Del Rosa"), "Orlando": ("Parramore", "Pine Hills"), "Albany": ("Arbor Hill", "West Hill"),
    "Gallup": ("Mossman", "Indian Hills"), "Flagstaff": ("Sunnyside", "Southside"), "Dayton": ("Westwood", "Old North Dayton"),
    "Tacoma": ("Hilltop", "Eastside"), "Spokane": ("East Central", "Hillyard"), "Tralee": ("Mitchels", "Ballyard"),
    "Ennis": ("Cloughleigh", "Lifford"), "Drogheda": ("Moneymore", "Yellowbatter"), "Athlone": ("Coosan", "Willow Park"),
    "Letterkenny": ("Ballyraine", "Glencar"), "Castlebar": ("Knockthomas", "Saleen"), "Sligo": ("Cranmore", "Cartron"),
    "Navan": ("Johnstown", "Athlumney"), "Clonmel": ("Heywood", "Elm Park"), "Mullingar": ("Ardmore", "Lynn Road"),
    "Ballina": ("Ardnaree", "Behy"), "Tullamore": ("Clonminch", "Ballyduff"),
}  # fmt: skip
_WORLD_CITIES: Final = (
    "Lagos", "Harare", "Bulawayo", "Mogadishu", "Lahore", "Sylhet", "Kraków", "Iași", "Kharkiv", "Apia", "Nukuʻalofa",
    "Suva", "Manila", "Hanoi", "Aleppo", "Kabul", "Kinshasa", "Guadalajara", "San Salvador", "Tijuana", "Port Moresby",
    "Asmara", "Mirpur", "Accra", "Kampala", "Vilnius", "Gdańsk", "Chennai", "Ludhiana", "Dhaka",
)  # fmt: skip
_LANGS: Final = (
    "Polish",
    "Urdu",
    "Tigrinya",
    "Arabic",
    "Romanian",
    "Somali",
    "Samoan",
    "Tongan",
    "isiXhosa",
    "Spanish",
    "Vietnamese",
    "Punjabi",
    "Portuguese",
    "Lithuanian",
    "Dari",
)

_EN_ROLES: Final[dict[str, str]] = {
    # role -> gender ("r" random)
    "mother": "f", "father": "m", "sister": "f", "brother": "m", "son": "m", "dau": "f", "partner": "r", "ex": "r",
    "gran": "f", "child1": "r", "child2": "r", "wit": "r", "neighbour": "r", "friend": "r", "vic": "r",
    "dr": "r", "dr2": "r", "dr3": "r", "gp": "r", "nurse": "r", "nurse2": "r", "hca": "r", "sw": "r", "amhp": "r",
    "pol": "r", "pol2": "r", "pol3": "r", "sol": "r", "judge": "r", "lay": "r", "pharm": "r", "pharm2": "r", "ther": "r",
    "kw": "r", "prob": "r", "adv": "r", "teacher": "r", "mgr": "r", "sec": "r", "interp": "r", "da": "r", "pd": "r",
    "dao": "r", "idva": "r", "hv": "r", "peer": "r", "psych": "r", "warden": "r",
}  # fmt: skip
_SHARE_LAST: Final[dict[str, float]] = {
    "mother": 0.6,
    "father": 0.75,
    "sister": 0.7,
    "brother": 0.75,
    "son": 0.65,
    "dau": 0.6,
    "gran": 0.35,
    "child1": 0.55,
    "child2": 0.55,
    "partner": 0.25,
}

_AGE_PROFILE: Final[dict[str, str]] = {
    "uk_older_adult_safeguarding": "elder",
    "us_geripsych_consult": "elder",
    "nz_psychogeriatric_review": "elder",
    "ie_liaison_dictation": "mixed",
    "za_mhca_72hr_assessment": "mixed",
    "zh_laonian_huizhen": "elder",
    "zh_yanglaoyuan_zhuanzhen": "elder",
    "zh_shequ_suifang": "mixed",
    "zh_huli_jiaoban": "mixed",
    "zh_gaoxiao_xinli_weiji": "student",
    "zh_weichengnian_baogao": "parent",
    "us_cps_hotline_report": "parent",
    "ie_tusla_referral": "parent",
    "uk_marac_minutes": "parent",
    "za_child_protection_form22": "parent",
    "nz_police_mh_event": "parent",
}
_PLACE_FILTER: Final[dict[str, str]] = {"us_5150_application": "CA", "us_baker_act_transport": "FL"}


def _patient_age(rng: random.Random, template: str) -> int:
    profile = _AGE_PROFILE.get(template, "adult")
    if profile == "elder":
        return rng.randint(90, 104) if rng.random() < 0.55 else rng.randint(68, 89)
    if profile == "student":
        return rng.randint(18, 24)
    if profile == "parent":
        return rng.randint(24, 49)
    if profile == "mixed":
        return rng.randint(90, 101) if rng.random() < 0.2 else rng.randint(19, 84)
    return rng.randint(90, 98) if rng.random() < 0.02 else rng.randint(18, 72)


def _date_keys(rng: random.Random, ref: dt.date) -> dict[str, dt.date]:
    day = dt.timedelta
    dates = {
        "ref_date": ref, "inc_date": ref - day(rng.randint(1, 4)), "inc_date2": ref - day(rng.randint(0, 1)),
        "adm_date": ref - day(rng.randint(2, 40)), "sec_date": ref - day(rng.randint(10, 180)), "prev_date": ref - day(rng.randint(200, 1500)),
        "hear_date": ref + day(rng.randint(5, 30)), "rev_date": ref + day(rng.randint(7, 60)), "next_date": ref + day(rng.randint(1, 14)),
        "dc_date": ref + day(rng.randint(0, 10)), "exp_date": ref + day(rng.randint(28, 180)), "hcr_date": ref - day(rng.randint(10, 90)),
        "mtg_date": ref + day(rng.randint(3, 21)), "court_date": ref + day(rng.randint(7, 60)), "first_date": ref - day(rng.randint(300, 3000)),
        "last_seen": ref - day(rng.randint(3, 40)), "prior_adm": ref - day(rng.randint(400, 2500)), "release_date": ref + day(rng.randint(20, 400)),
        "sess_date": ref, "rx_start": ref - day(rng.randint(7, 120)), "rx_end": ref + day(rng.randint(7, 28)),
    }  # fmt: skip
    for k in range(1, 8):
        dates[f"d{k}"] = ref - day(7 - k)
    return dates


@dataclass(frozen=True)
class _Built:
    values: dict[str, str]
    known: tuple[KnownIdentifier, ...]


def _add_person(values: dict[str, str], role: str, forms: dict[str, str]) -> None:
    for form, value in forms.items():
        values[f"{role}_{form}"] = value


def _en_address(rng: random.Random, fk: _Fakers, region: str, place: _Place) -> str:
    n = rng.randint(1, 240)
    flat = rng.randint(1, 40)
    streets = _STREETS[region]
    locale = {"uk": "en_GB", "us": "en_US", "ie": "en_IE", "nz": "en_NZ", "za": "en_GB"}[region]
    street = rng.choice(streets) if rng.random() < 0.6 else fk(locale).street_name()
    suburbs = _CITY_SUBURBS.get(place.city, ())
    suburb = rng.choice(suburbs) if suburbs else ""
    sub = f"{suburb}, " if suburb and rng.random() < 0.7 else ""
    if region == "uk":
        pc = f"{place.post}{rng.randint(1, 29)} {rng.randint(1, 9)}{_letters(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        return rng.choice(
            (
                f"{n} {street}, {sub}{place.city} {pc}",
                f"Flat {flat}, {n} {street}, {place.city} {pc}",
                f"{n} {street}, {sub}{place.city}, {place.area} {pc}",
            )
        )
    if region == "us":
        z = f"{place.post}{rng.randint(1, 99):02d}"
        return rng.choice(
            (
                f"{n * 10 + 3} {street}, Apt {flat}{rng.choice('ABCD')}, {place.city}, {place.area} {z}",
                f"{n * 7} {street} #{flat}, {place.city}, {place.area} {z}",
                f"{n * 13} {street}, {place.city} {place.area} {z}",
            )
        )
    if region == "ie":
        eir = f"{place.post} {_letters(rng, 1, 'ACDEFHKNPRTVWXY')}{_digits(rng, 1)}{_letters(rng, 1, 'ACDEFHKNPRTVWXY')}{_digits(rng, 1)}"
        return rng.choice(
            (
                f"{n} {street}, {sub}{place.city}, Co. {place.area}, {eir}",
                f"Apt {flat}, {street}, {place.city}, {eir}",
                f"{n} {street}, {place.city}, Co. {place.area}",
            )
        )
    if region == "nz":
        pc = f"{place.post}{rng.randint(10, 99)}"
        return rng.choice(
            (
                f"{n} {street}, {sub}{place.city} {pc}",
                f"Flat {flat}, {n} {street}, {sub}{place.city}",
                f"{n}B {street}, {sub}{place.city} {pc}",
            )
        )
    pc = f"{place.post}{rng.randint(100, 999)}"
    suburb = suburb or place.city
    return rng.choice(
        (
            f"{n} {street}, {suburb}, {place.city}, {pc}",
            f"House {rng.randint(1, 9000)}, Zone {rng.randint(1, 12)}, {suburb}, {place.city}",
            f"Erf {rng.randint(1000, 99999)}, {street}, {suburb}",
            f"Flat {flat}, {fk('zu_ZA').last_name()} Court, {n} {street}, {suburb}, {place.city}, {pc}",
        )
    )


def _en_build(rng: random.Random, fk: _Fakers, template: str) -> _Built:
    region = template.split("_", 1)[0]
    places = _PLACES[region]
    wanted = _PLACE_FILTER.get(template)
    if wanted:
        places = tuple(p for p in places if p.area == wanted)
    place = rng.choice(places)
    place2 = rng.choice([p for p in _PLACES[region] if p != place])
    ref = dt.date(2021, 3, 1) + dt.timedelta(days=rng.randrange(1580))
    values: dict[str, str] = {}

    # --- people
    pt_gender = rng.choice("fm")
    pt = _en_person(rng, fk, region, pt_gender)
    _add_person(values, "pt", _en_forms(rng, pt))
    people: dict[str, _EnPerson] = {"pt": pt}
    for role, g in _EN_ROLES.items():
        gender = rng.choice("fm") if g == "r" else g
        if role == "partner":
            gender = ("m" if pt_gender == "f" else "f") if rng.random() < 0.8 else pt_gender
        share = _SHARE_LAST.get(role, 0.0)
        last = pt.last if rng.random() < share else None
        if role in ("child1", "child2") and last is None and "partner" in people and rng.random() < 0.6:
            last = people["partner"].last
        person = _en_person(rng, fk, region, gender, last)
        people[role] = person
        _add_person(values, role, _en_forms(rng, person))
    values["he"], values["his"], values["him"] = ("he", "his", "him") if pt_gender == "m" else ("she", "her", "her")
    values["he_cap"], values["his_cap"] = values["he"].capitalize(), values["his"].capitalize()
    values["pt_title"] = "Mr" if pt_gender == "m" else rng.choice(("Ms", "Mrs", "Miss", "Ms"))
    values["man"] = "man" if pt_gender == "m" else "woman"
    values["son_or_daughter"] = "son" if pt_gender == "m" else "daughter"
    partner = people["partner"]
    values["partner_word"] = rng.choice(
        (
            "partner",
            "partner",
            "husband" if partner.gender == "m" else "wife",
            "boyfriend" if partner.gender == "m" else "girlfriend",
        )
    )
    values["ex_word"] = rng.choice(("ex-partner", "former partner", "ex"))
    for role in ("child1", "child2", "ex", "partner", "wit", "vic", "friend", "neighbour"):
        g = people[role].gender
        values[f"{role}_he"], values[f"{role}_his"] = ("he", "his") if g == "m" else ("she", "her")
        values[f"{role}_rel"] = {
            "child1": "son" if g == "m" else "daughter",
            "child2": "son" if g == "m" else "daughter",
        }.get(role, "")

    # --- ages and dates
    age = _patient_age(rng, template)
    birth = _birth_for_age(rng, age, ref)
    values["age"] = str(age)
    values["age_words"] = _en_words(age)
    values["child1_age"] = str(rng.randint(2, 15))
    values["child2_age"] = str(rng.randint(1, 12))
    values["gran_age"] = str(rng.randint(74, 99))
    values["mother_age"] = str(min(age + rng.randint(20, 36), 104))
    values["son_age"] = str(max(age - rng.randint(24, 36), 18))
    values["partner_age"] = str(max(18, age + rng.randint(-8, 8)))
    values["vic_age"] = str(rng.randint(19, 80))
    styles, short_styles = _DATE_STYLES[region]
    main = rng.choice(styles)
    short = rng.choice(short_styles)
    for key, date in _date_keys(rng, ref).items():
        values[key] = _en_date(date, main if rng.random() < 0.75 else rng.choice(styles))
        values[f"{key}_s"] = _en_date(date, short)
    values["dob"] = _en_date(birth, main if rng.random() < 0.7 else rng.choice(styles))
    values["dob_iso"] = birth.isoformat()
    for child in ("child1", "child2"):
        cb = _birth_for_age(rng, int(values[f"{child}_age"]), ref)
        values[f"{child}_dob"] = _en_date(cb, main)
    times = sorted(
        f"{rng.randint(0, 23):02d}:{rng.choice(('00', '05', '10', '15', '20', '30', '40', '45', '50', '55'))}"
        for _ in range(6)
    )
    for k, t in enumerate(times, start=1):
        if region == "za" and rng.random() < 0.4:
            t = t.replace(":", "h")
        elif region == "us" and rng.random() < 0.4:
            h, m = int(t[:2]), t[3:]
            t = f"{(h % 12) or 12}:{m} {'AM' if h < 12 else 'PM'}"
        elif rng.random() < 0.25:
            t = t.replace(":", "") + " hrs"
        values[f"t{k}"] = t
    values["wd"] = ref.strftime("%A")
    values["wd2"] = (ref + dt.timedelta(days=rng.randint(1, 6))).strftime("%A")

    # --- places
    values["city"] = place.city
    values["city2"] = place2.city
    suburbs = _CITY_SUBURBS.get(place.city, ())
    values["suburb"] = rng.choice(suburbs) if suburbs else place.city
    values["area"] = _US_STATES.get(place.area, place.area) if region == "us" else place.area
    values["county"] = place.extra or place.area
    values["birth_city"] = rng.choice(_WORLD_CITIES)
    values["lang"] = rng.choice(_LANGS)
    for key in (
        "pt_addr",
        "mother_addr",
        "gran_addr",
        "inc_addr",
        "org_addr",
        "hostel_addr",
        "ex_addr",
        "sol_addr",
        "court_addr",
        "pharm_addr",
        "care_addr",
        "partner_addr",
        "son_addr",
        "vic_addr",
    ):
        values[key] = _en_address(rng, fk, region, place if key != "sol_addr" or rng.random() < 0.7 else place2)

    # --- organisations
    orgs = _ORGS[region]
    for key, options in orgs.items():
        values[key] = rng.choice(options)
        rest = [o for o in options if o != values[key]]
        values[f"{key}2"] = rng.choice(rest) if rest else values[key]
    county = place.extra or place.area
    suburb = values["suburb"]
    if region == "uk":
        values["court"] = f"{place.city} {rng.choice(orgs['court_kind'])}"
        values["police"] = values["force"]
        values["la"] = rng.choice(
            (
                f"{place.city} City Council",
                f"{place.city} Council Adult Social Care",
                f"{place.city} Metropolitan Borough Council",
            )
        )
        values["csc"] = rng.choice(
            (f"{place.city} Children's Social Care", f"{place.city} Children's Services", f"{place.city} MASH")
        )
        values["law"] = (
            f"{people['sol'].last if rng.random() < 0.5 else fk('en_GB').last_name()} & {fk('en_GB').last_name()} Solicitors"
        )
        values["jail"] = values["prison"]
    elif region == "us":
        court_kind = {
            "CA": f"Superior Court of California, County of {county}",
            "PA": f"{county} County Court of Common Pleas",
            "OH": f"{county} County Court of Common Pleas",
            "FL": f"{county} County Circuit Court",
        }
        values["court"] = rng.choice(
            (court_kind.get(place.area, f"{county} County District Court"), f"{county} County Mental Health Court")
        )
        values["police"] = rng.choice((f"{place.city} Police Department", f"{county} County Sheriff's Office"))
        values["station"] = rng.choice(
            (
                f"{place.city} PD Central Booking",
                f"{place.city} Police Department {rng.choice(('Eastern', 'Western', 'North', '3rd'))} District Station",
            )
        )
        values["jail"] = rng.choice(
            (f"{county} County Detention Center", f"{county} County Jail", f"{county} County Correctional Facility")
        )
        values["prison"] = values["jail"]
        values["la"] = rng.choice(
            (f"{county} County Behavioral Health Services", f"{county} County Department of Mental Health")
        )
        values["csc"] = rng.choice(
            (
                f"{county} County Department of Children and Family Services",
                f"{county} County Children and Youth Services",
                f"{county} County Child Protective Services",
            )
        )
        values["pd_office"] = f"{county} County Public Defender's Office"
        values["da_office"] = f"{county} County District Attorney's Office"
    elif region == "ie":
        values["court"] = rng.choice((f"{place.city} District Court", f"the Circuit Court sitting at {place.city}"))
        if values["court"].startswith("the "):
            values["court"] = f"{place.city} Circuit Court"
        values["police"] = f"{place.city} Garda Station"
        values["station"] = rng.choice((f"{place.city} Garda Station", f"{suburb} Garda Station"))
        values["jail"] = rng.choice(
            ("Cloverhill Prison", "Limerick Prison", "Castlerea Prison", "Cork Prison", "Mountjoy Prison")
        )
        values["prison"] = values["jail"]
        values["la"] = f"{place.area} County Council"
    elif region == "nz":
        values["court"] = f"{place.city} District Court"
        values["police"] = rng.choice((f"{place.city} Police Station", f"{suburb} Police"))
        values["station"] = f"{place.city} Central Police Station"
        values["jail"] = rng.choice(
            (
                "Mount Eden Corrections Facility",
                "Spring Hill Corrections Facility",
                "Rimutaka Prison",
                "Waikeria Prison",
                "Auckland Region Women's Corrections Facility",
            )
        )
        values["prison"] = values["jail"]
        values["la"] = f"{place.city} City Council"
    else:
        values["court"] = rng.choice(
            (f"{place.city} Magistrates' Court", f"{suburb} Magistrate's Court", f"{place.city} Regional Court")
        )
        values["police"] = rng.choice((f"{suburb} SAPS", f"SAPS {suburb}"))
        values["station"] = f"{suburb} Police Station"
        values["jail"] = rng.choice(
            (
                "Pollsmoor Correctional Centre",
                "Westville Correctional Centre",
                "Johannesburg Correctional Centre",
                "St Albans Correctional Centre",
                "Groenpunt Correctional Centre",
            )
        )
        values["prison"] = values["jail"]
        values["la"] = f"City of {place.city}"
    values["employer"] = fk(
        {"uk": "en_GB", "us": "en_US", "ie": "en_IE", "nz": "en_NZ", "za": "zu_ZA"}[region]
    ).company()
    slug = _slug(values["hosp"], "")[:18]
    values["hosp_upper"] = values["hosp"].upper()

    # --- phones, emails, urls
    for key, kind in (
        ("pt_phone", "mobile"), ("pt_home", "land"), ("mother_phone", "mobile"), ("father_phone", "mobile"), ("partner_phone", "mobile"),
        ("sister_phone", "mobile"), ("brother_phone", "mobile"), ("son_phone", "mobile"), ("dau_phone", "mobile"), ("gran_phone", "land"), ("wit_phone", "mobile"),
        ("team_phone", "ext"), ("ward_phone", "ext"), ("fax", "land"), ("fax2", "land"), ("dr_phone", "ext"), ("sw_phone", "mobile"), ("sw_desk", "ext"),
        ("pol_phone", "ext"), ("sol_phone", "ext"), ("pharm_phone", "land"), ("gp_phone", "land"), ("prison_phone", "ext"), ("court_phone", "ext"),
        ("kw_phone", "mobile"), ("hv_phone", "mobile"), ("school_phone", "land"), ("crisis_phone", "land"), ("otp_phone", "ext"), ("ther_phone", "ext"),
        ("amhp_phone", "ext"), ("dao_phone", "mobile"), ("idva_phone", "mobile"), ("prob_phone", "ext"), ("adv_phone", "mobile"), ("care_phone", "land"),
        ("ex_phone", "mobile"), ("friend_phone", "mobile"), ("neighbour_phone", "mobile"), ("vic_phone", "mobile"), ("teacher_phone", "ext"), ("interp_phone", "mobile"),
    ):  # fmt: skip
        values[key] = _phone(rng, region, place, kind)
    values["pt_email"] = f"{_email_local(rng, pt.first, pt.last, personal=True)}@{rng.choice(_EMAIL_DOMAINS[region])}"
    for role in ("mother", "partner", "sister", "son", "dau", "ex", "vic"):
        p = people[role]
        values[f"{role}_email"] = (
            f"{_email_local(rng, p.first, p.last, personal=True)}@{rng.choice(_EMAIL_DOMAINS[region])}"
        )
    city_slug = _slug(place.city)
    for role in (
        "sw",
        "dr",
        "dr2",
        "kw",
        "ther",
        "amhp",
        "prob",
        "idva",
        "pharm",
        "dao",
        "nurse",
        "gp",
        "psych",
        "hv",
        "mgr",
        "adv",
        "judge",
    ):
        p = people[role]
        domain = rng.choice(_STAFF_DOMAINS[region]).format(city=city_slug, slug=slug[:12], county=_slug(county))
        values[f"{role}_email"] = f"{_email_local(rng, p.first, p.last, personal=False)}@{domain}"
    police_domain = {
        "uk": f"{_slug(values['police'])[:14]}.police.uk",
        "us": f"{city_slug}pd.gov",
        "ie": "garda.ie",
        "nz": "police.govt.nz",
        "za": "saps.gov.za",
    }[region]
    values["pol_email"] = (
        f"{_email_local(rng, people['pol'].first, people['pol'].last, personal=False)}@{police_domain}"
    )
    law_tld = {"uk": "co.uk", "us": "com", "ie": "ie", "nz": "co.nz", "za": "co.za"}[region]
    values["sol_email"] = (
        f"{_email_local(rng, people['sol'].first, people['sol'].last, personal=False)}@{_slug(values['law'])[:14]}.{law_tld}"
    )
    school_tld = {"uk": "sch.uk", "us": "k12.us", "ie": "ie", "nz": "school.nz", "za": "co.za"}[region]
    values["teacher_email"] = (
        f"{_email_local(rng, people['teacher'].first, people['teacher'].last, personal=False)}@{_slug(values['school'])[:14]}.{school_tld}"
    )
    team_domain = rng.choice(_STAFF_DOMAINS[region]).format(city=city_slug, slug=slug[:12], county=_slug(county))
    values["team_email"] = rng.choice(
        (
            f"{city_slug}.amhp@{team_domain}",
            f"crisis.{city_slug}@{team_domain}",
            f"{slug[:10]}.referrals@{team_domain}",
            f"mash.{city_slug}@{team_domain}",
            f"safeguarding@{team_domain}",
        )
    )
    values["court_email"] = rng.choice(
        (f"{city_slug}court@{team_domain}", f"mhtribunal.listings@{team_domain}", f"registry.{city_slug}@{team_domain}")
    )
    tld = {"uk": "nhs.uk", "us": "org", "ie": "ie", "nz": "org.nz", "za": "org.za"}[region]

    def d(n: int) -> str:
        return _digits(rng, n, lead="0123456789")

    values["url_video"] = rng.choice((
        f"https://attend.{slug[:10]}.{tld}/join/{d(9)}", f"https://{slug[:8]}.zoom.us/j/{d(10)}?pwd={_letters(rng, 10, 'abcdefghkmnpqrstuvwxyz23456789')}",
        f"https://vc.{slug[:10]}.{tld}/room/{d(7)}", f"https://meet.{city_slug}{tld.split('.')[0]}.net/{_letters(rng, 3, 'abcdefghjkmnpqrstuvwxyz')}-{d(4)}",
    ))  # fmt: skip
    values["url_portal"] = rng.choice((
        f"https://portal.{slug[:12]}.{tld}/referrals/{d(8)}", f"https://{city_slug}.{'gov.uk' if region == 'uk' else tld}/safeguarding/report?ref={d(7)}",
        f"https://ehr.{slug[:10]}.{tld}/patient/{d(9)}/chart", f"http://10.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}:8080/rio/case?id={d(7)}",
    ))  # fmt: skip
    values["url_org"] = rng.choice(
        (
            f"www.{_slug(values.get('law', values['hosp']))[:16]}.{'co.uk' if region == 'uk' else tld}",
            f"https://{slug[:14]}.{tld}",
            f"https://www.{_slug(values['employer'])[:14]}.com",
        )
    )
    values["url_rehab"] = f"https://www.{_slug(values.get('rehab', values['hosp']))[:16]}.{tld}"
    values["url_form"] = rng.choice(
        (
            f"https://forms.{city_slug}.{'gov.uk' if region == 'uk' else tld}/s/{_letters(rng, 8, 'abcdefghjkmnpqrstuvwxyz23456789')}",
            f"https://docs.{slug[:10]}.{tld}/f/{d(6)}",
        )
    )

    # --- identifiers
    values.update(_ids(rng, region, birth, pt_gender, ref, place, people["dr"].last))
    values["doses"] = rng.choice(("60", "65", "70", "80", "90", "45", "100", "30"))
    values["bup_dose"] = rng.choice(("8", "12", "16", "24", "4"))

    known = [
        KnownIdentifier("PERSON", pt.full), KnownIdentifier("PERSON", pt.first), KnownIdentifier("PERSON", pt.last),
        KnownIdentifier("ID", values["mrn"]), KnownIdentifier("ID", values["natid"]), KnownIdentifier("PHONE", values["pt_phone"]),
        KnownIdentifier("ADDRESS", values["pt_addr"]), KnownIdentifier("DATE", birth.isoformat()), KnownIdentifier("EMAIL", values["pt_email"]),
    ]  # fmt: skip
    if pt.nick != pt.first:
        known.insert(3, KnownIdentifier("PERSON", pt.nick))
    return _Built(values, tuple(dict.fromkeys(known)))


# ---------------------------------------------------------------------------------------------
# Chinese (mainland) names, places, organisations, phones, identifiers
# ---------------------------------------------------------------------------------------------
_ZH_SURNAMES: Final[tuple[tuple[str, str], ...]] = (
    ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"), ("赵", "Zhao"),
    ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"), ("郭", "Guo"), ("何", "He"),
    ("林", "Lin"), ("罗", "Luo"), ("高", "Gao"), ("金", "Jin"), ("文", "Wen"), ("郑", "Zheng"), ("梁", "Liang"), ("谢", "Xie"),
    ("宋", "Song"), ("唐", "Tang"), ("许", "Xu"), ("韩", "Han"), ("冯", "Feng"), ("邓", "Deng"), ("曹", "Cao"), ("彭", "Peng"),
    ("曾", "Zeng"), ("肖", "Xiao"), ("田", "Tian"), ("董", "Dong"), ("袁", "Yuan"), ("潘", "Pan"), ("蒋", "Jiang"), ("蔡", "Cai"),
    ("余", "Yu"), ("杜", "Du"), ("叶", "Ye"), ("程", "Cheng"), ("魏", "Wei"), ("苏", "Su"), ("吕", "Lyu"), ("丁", "Ding"), ("任", "Ren"),
    ("沈", "Shen"), ("姚", "Yao"), ("卢", "Lu"), ("姜", "Jiang"), ("崔", "Cui"), ("钟", "Zhong"), ("谭", "Tan"), ("陆", "Lu"), ("范", "Fan"),
    ("石", "Shi"), ("白", "Bai"), ("向", "Xiang"), ("万", "Wan"), ("易", "Yi"), ("常", "Chang"), ("牛", "Niu"), ("付", "Fu"), ("左", "Zuo"),
    ("艾", "Ai"), ("安", "An"), ("平", "Ping"), ("习", "Xi"), ("毛", "Mao"), ("江", "Jiang"), ("龙", "Long"), ("喻", "Yu"), ("帅", "Shuai"),
)  # fmt: skip
_ZH_COMPOUND: Final[tuple[tuple[str, str], ...]] = (
    ("欧阳", "Ouyang"), ("司马", "Sima"), ("诸葛", "Zhuge"), ("上官", "Shangguan"), ("东方", "Dongfang"), ("皇甫", "Huangfu"),
    ("尉迟", "Yuchi"), ("公孙", "Gongsun"), ("慕容", "Murong"), ("端木", "Duanmu"), ("令狐", "Linghu"), ("夏侯", "Xiahou"),
    ("司徒", "Situ"), ("西门", "Ximen"), ("长孙", "Zhangsun"),
)  # fmt: skip
_ZH_GIVEN: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "m": (("伟", "wei"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("勇", "yong"), ("杰", "jie"), ("涛", "tao"), ("明", "ming"),
          ("超", "chao"), ("刚", "gang"), ("斌", "bin"), ("浩", "hao"), ("宇", "yu"), ("俊", "jun"), ("凯", "kai"), ("鹏", "peng"),
          ("辉", "hui"), ("鑫", "xin"), ("亮", "liang"), ("志", "zhi"), ("峰", "feng"), ("波", "bo"), ("东", "dong"), ("建", "jian"),
          ("国", "guo"), ("海", "hai"), ("文", "wen"), ("平", "ping"), ("林", "lin"), ("晨", "chen"), ("阳", "yang"), ("博", "bo"),
          ("正", "zheng"), ("天", "tian"), ("永", "yong"), ("德", "de"), ("晓", "xiao"), ("子", "zi"), ("嘉", "jia"), ("豪", "hao")),
    "f": (("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("艳", "yan"), ("娟", "juan"), ("秀", "xiu"),
          ("霞", "xia"), ("桂", "gui"), ("英", "ying"), ("红", "hong"), ("玲", "ling"), ("婷", "ting"), ("雪", "xue"), ("梅", "mei"),
          ("欣", "xin"), ("怡", "yi"), ("琪", "qi"), ("兰", "lan"), ("凤", "feng"), ("春", "chun"), ("燕", "yan"), ("云", "yun"),
          ("晓", "xiao"), ("佳", "jia"), ("慧", "hui"), ("萍", "ping"), ("丹", "dan"), ("莉", "li"), ("倩", "qian"), ("颖", "ying"),
          ("璐", "lu"), ("悦", "yue"), ("琳", "lin"), ("子", "zi"), ("雨", "yu"), ("思", "si"), ("梦", "meng"), ("金", "jin")),
}  # fmt: skip
_ZH_WORD_GIVEN: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "m": (("平安", "ping an"), ("建国", "jian guo"), ("国庆", "guo qing"), ("和平", "he ping"), ("胜利", "sheng li"), ("向阳", "xiang yang"),
          ("志强", "zhi qiang"), ("建华", "jian hua"), ("卫东", "wei dong"), ("红军", "hong jun"), ("金", "jin"), ("文", "wen"), ("高", "gao"),
          ("富贵", "fu gui"), ("长江", "chang jiang"), ("明明", "ming ming"), ("乐乐", "le le"), ("东东", "dong dong")),
    "f": (("春花", "chun hua"), ("秀英", "xiu ying"), ("桂兰", "gui lan"), ("红梅", "hong mei"), ("平安", "ping an"), ("金花", "jin hua"),
          ("翠花", "cui hua"), ("美丽", "mei li"), ("婷婷", "ting ting"), ("丹丹", "dan dan"), ("甜甜", "tian tian"), ("晶晶", "jing jing"),
          ("莉莉", "li li"), ("娟娟", "juan juan"), ("招娣", "zhao di"), ("文", "wen"), ("玉兰", "yu lan"), ("幸福", "xing fu")),
}  # fmt: skip


@dataclass(frozen=True)
class _ZhPerson:
    sur: str
    given: str
    sur_py: str
    syllables: tuple[str, ...]
    gender: str
    nick: str

    @property
    def given_py(self) -> str:
        out = ""
        for i, syl in enumerate(self.syllables):
            out += ("'" if i and syl[0] in "aeo" else "") + syl
        return out.capitalize()


def _zh_person(rng: random.Random, gender: str, sur: tuple[str, str] | None = None) -> _ZhPerson:
    if sur is None:
        sur = rng.choice(_ZH_COMPOUND) if rng.random() < 0.1 else rng.choice(_ZH_SURNAMES)
    roll = rng.random()
    if roll < 0.3:
        given, py = rng.choice(_ZH_GIVEN[gender])
        syllables: tuple[str, ...] = (py,)
    elif roll < 0.82:
        (a, pa), (b, pb) = rng.sample(_ZH_GIVEN[gender], 2)
        given, syllables = a + b, (pa, pb)
    else:
        given, spaced = rng.choice(_ZH_WORD_GIVEN[gender])
        syllables = tuple(spaced.split())
    last = given[-1]
    if len(given) == 2 and given[0] == given[1]:
        nick = rng.choice((given, "小" + last))
    else:
        nick = rng.choice(("小" + last, "阿" + last, last + last))
    return _ZhPerson(sur[0], given, sur[1], syllables, gender, nick)


def _zh_forms(p: _ZhPerson) -> dict[str, str]:
    given_py = p.given_py
    return {
        "full": p.sur + p.given,
        "sur": p.sur,
        "given": p.given,
        "nick": p.nick,
        "py": f"{p.sur_py} {given_py}",
        "pyu": f"{p.sur_py.upper()} {given_py}",
        "pyr": f"{given_py} {p.sur_py}",
        "pyl": f"{p.sur_py.lower()} {given_py.replace(chr(39), '').lower()}",
        "pyi": p.sur_py[0] + "".join(s[0].upper() for s in p.syllables),
    }


def _zh_faker_forms(fake: Faker, gender: str) -> dict[str, str]:
    sur = fake.last_name()
    given = fake.first_name_female() if gender == "f" else fake.first_name_male()
    return {"full": sur + given, "sur": sur, "given": given, "nick": ("小" if len(given) == 1 else "阿") + given[-1]}


@dataclass(frozen=True)
class _ZhCity:
    prov: str
    abbr: str
    city: str
    districts: tuple[str, ...]
    code: str
    plate: str
    streets: tuple[str, ...]


_ZH_CITIES: Final[tuple[_ZhCity, ...]] = (
    _ZhCity("浙江省", "浙", "杭州", ("西湖区", "拱墅区", "上城区", "滨江区", "余杭区"), "0571", "A", ("北山", "文新", "翠苑", "朝晖", "湖滨", "南星", "九堡")),
    _ZhCity("浙江省", "浙", "温州", ("鹿城区", "瓯海区", "龙湾区"), "0577", "C", ("五马", "南汇", "松台", "蒲鞋市")),
    _ZhCity("江苏省", "苏", "南京", ("鼓楼区", "玄武区", "秦淮区", "江宁区"), "025", "A", ("湖南路", "梅园新村", "夫子庙", "东山")),
    _ZhCity("江苏省", "苏", "苏州", ("姑苏区", "吴中区", "相城区"), "0512", "E", ("平江", "沧浪", "长桥", "元和")),
    _ZhCity("广东省", "粤", "广州", ("越秀区", "天河区", "白云区", "海珠区"), "020", "A", ("北京街", "石牌", "三元里", "江南中")),
    _ZhCity("广东省", "粤", "深圳", ("福田区", "南山区", "龙岗区", "宝安区"), "0755", "B", ("华强北", "蛇口", "布吉", "西乡")),
    _ZhCity("湖北省", "鄂", "武汉", ("江岸区", "武昌区", "洪山区", "江汉区"), "027", "A", ("球场", "水果湖", "珞南", "汉兴")),
    _ZhCity("四川省", "川", "成都", ("锦江区", "武侯区", "成华区", "青羊区"), "028", "A", ("春熙路", "玉林", "猛追湾", "草堂")),
    _ZhCity("湖南省", "湘", "长沙", ("芙蓉区", "岳麓区", "开福区", "雨花区"), "0731", "A", ("定王台", "望月湖", "伍家岭", "侯家塘")),
    _ZhCity("山东省", "鲁", "青岛", ("市南区", "市北区", "李沧区", "黄岛区"), "0532", "B", ("八大峡", "台东", "浮山路", "辛家庄")),
    _ZhCity("北京市", "京", "北京", ("朝阳区", "海淀区", "丰台区", "昌平区"), "010", "N", ("三里屯", "中关村", "方庄", "回龙观")),
    _ZhCity("上海市", "沪", "上海", ("徐汇区", "浦东新区", "闵行区", "静安区"), "021", "B", ("枫林", "陆家嘴", "古美", "江宁路")),
    _ZhCity("河南省", "豫", "郑州", ("金水区", "二七区", "中原区"), "0371", "A", ("经八路", "淮河路", "林山寨")),
    _ZhCity("云南省", "云", "昆明", ("五华区", "盘龙区", "官渡区"), "0871", "A", ("华山", "拓东", "关上")),
    _ZhCity("福建省", "闽", "厦门", ("思明区", "湖里区", "集美区"), "0592", "D", ("鹭江", "殿前", "侨英")),
    _ZhCity("广西壮族自治区", "桂", "南宁", ("青秀区", "兴宁区", "西乡塘区"), "0771", "A", ("新竹", "民生", "衡阳路")),
)  # fmt: skip
# (province, short province, city, county) of a registered home (户籍) elsewhere
_ZH_ORIGINS: Final = (
    ("安徽省", "安徽", "阜阳", "临泉县"), ("河南省", "河南", "周口", "太康县"), ("四川省", "四川", "南充", "顺庆区"), ("湖南省", "湖南", "邵阳", "邵东市"),
    ("江西省", "江西", "上饶", "广丰区"), ("贵州省", "贵州", "毕节", "威宁县"), ("甘肃省", "甘肃", "天水", "秦州区"), ("广西壮族自治区", "广西", "玉林", "北流市"),
    ("云南省", "云南", "昭通", "镇雄县"), ("湖北省", "湖北", "黄冈", "麻城市"), ("山东省", "山东", "菏泽", "曹县"), ("黑龙江省", "黑龙江", "齐齐哈尔", "龙沙区"),
    ("河北省", "河北", "邢台", "沙河市"), ("江西省", "江西", "赣州", "于都县"),
)  # fmt: skip
_ZH_WORK_CITIES: Final = ("东莞", "义乌", "昆山", "佛山", "宁波", "无锡", "中山", "晋江", "慈溪", "常州")
_ZH_TOWNS: Final = (
    "塘栖镇",
    "瓶窑镇",
    "新塘镇",
    "石楼镇",
    "柳市镇",
    "横店镇",
    "虎门镇",
    "周庄镇",
    "凤凰镇",
    "石湾镇",
    "良渚街道",
)
_ZH_ROADS: Final = (
    "文三路",
    "解放路",
    "人民路",
    "建设路",
    "中山路",
    "和平路",
    "新华路",
    "胜利街",
    "东风路",
    "工农路",
    "光明街",
    "幸福路",
    "长江路",
    "黄河路",
    "学院路",
    "青年路",
    "朝阳路",
    "梧桐巷",
    "桂花弄",
    "延安路",
    "天目山路",
)
_ZH_COMPOUNDS: Final = (
    "华星小区",
    "锦绣花园",
    "阳光新村",
    "翠苑一区",
    "金色家园",
    "幸福里",
    "绿城桂花园",
    "东方明珠苑",
    "和谐家园",
    "朝晖六区",
    "丽水佳园",
    "春江花月",
    "滨江名苑",
    "工人新村",
)
_ZH_VILLAGES: Final = ("黄华", "东山", "新联", "红星", "南庄", "大岭", "前进", "石桥", "高桥", "永安")
_ZH_MOBILE_PREFIX: Final = (
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "176",
    "177",
    "178",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "198",
    "199",
)


def _zh_mobile(rng: random.Random) -> str:
    n = rng.choice(_ZH_MOBILE_PREFIX) + _digits(rng, 8, lead="0123456789")
    return rng.choice(
        (
            n,
            n,
            f"{n[:3]} {n[3:7]} {n[7:]}",
            f"{n[:3]}-{n[3:7]}-{n[7:]}",
            f"+86 {n[:3]} {n[3:7]} {n[7:]}",
            f"+86-{n}",
            f"(+86){n}",
        )
    )


def _zh_landline(rng: random.Random, code: str, *, ext: bool = False) -> str:
    local = _digits(rng, 8, lead="2345678")
    base = rng.choice(
        (
            f"{code}-{local}",
            f"({code}){local}",
            f"{code} {local[:4]} {local[4:]}",
            f"+86-{code[1:]}-{local}",
            f"{code}{local}",
            local,
        )
    )
    if ext:
        base = rng.choice(
            (
                f"{code}-{local}转{_digits(rng, 4)}",
                f"{code}-{local}-{_digits(rng, 3)}",
                f"{base}（分机{_digits(rng, 3)}）",
                base,
            )
        )
    return base


def _zh_address(rng: random.Random, c: _ZhCity, district: str, street: str) -> str:
    road = rng.choice(_ZH_ROADS)
    n = rng.randint(1, 388)
    comp = rng.choice(_ZH_COMPOUNDS)
    b, u, r = rng.randint(1, 32), rng.randint(1, 6), rng.choice((101, 202, 303, 501, 602, 1103, 1502, 804, 2201))
    city_full = f"{c.city}市"
    prov = "" if c.prov == city_full else c.prov
    forms = (
        f"{prov}{city_full}{district}{road}{n}号{comp}{b}幢{u}单元{r}室",
        f"{city_full}{district}{road}{n}号{b}-{u}-{r}",
        f"{district}{comp}{b}栋{r}室",
        f"{city_full}{district}{street}街道{rng.choice(_ZH_VILLAGES)}村{rng.randint(1, 12)}组{rng.randint(1, 80)}号",
        f"{prov}{city_full}{district}{road}{n}弄{b}号{r}室",
    )
    return rng.choice(forms)


def _zh_ids(
    rng: random.Random, c: _ZhCity, district: str, ref: dt.date, birth: dt.date, jd_name: str
) -> dict[str, str]:
    def d(n: int) -> str:
        return _digits(rng, n, lead="0123456789")

    def L(n: int) -> str:
        return _letters(rng, n)

    yy = f"{ref:%y}"
    year = str(ref.year)
    area6 = rng.choice(
        (
            "330106",
            "330105",
            "320106",
            "440104",
            "420102",
            "510107",
            "430102",
            "370202",
            "110105",
            "310104",
            "410105",
            "530102",
            "350203",
        )
    )
    dab = district[0]
    ymd = f"{ref:%Y%m%d}"
    return {
        "rid": cn_resident_id(rng, birth),
        "zyh": rng.choice((f"{yy}{d(6)}", f"ZY{d(8)}", d(7), f"JS{yy}{d(5)}")),
        "mzh": rng.choice((f"MZ{d(9)}", d(12), f"0{d(9)}", f"{yy}{d(8)}")),
        "bed": rng.choice(
            (
                str(rng.randint(1, 48)),
                f"+{rng.randint(1, 6)}",
                f"{rng.randint(1, 9)}-{rng.randint(1, 40):02d}",
                f"A{rng.randint(1, 30):02d}",
            )
        ),
        "ybh": rng.choice((f"{area6}{d(8)}", f"H{area6}{d(6)}", d(10), f"{L(2)}{d(9)}")),
        "bah": rng.choice((d(8), f"BA{d(7)}", f"{yy}-{d(6)}")),
        "jqh": rng.choice((f"J{area6}{ymd}{d(4)}", f"JQ{ymd}{d(5)}", f"{yy}{d(4)}警{d(3)}")),
        "ajh": rng.choice((f"A{area6}{d(5)}{year}{d(6)}", f"{c.abbr}公{dab}({ref.month:02d}){d(4)}", f"AJ{ymd}{d(3)}")),
        "jh": d(6),
        "jh2": d(6),
        "jh3": d(6),
        "mgid": rng.choice((f"{area6}{d(5)}", f"{area6}-{rng.randint(2012, ref.year)}-{d(5)}", f"YZ{d(8)}")),
        "qjjds": f"{c.city[0]}公({dab})强戒决字〔{year}〕第{d(4)}号",
        "sjds": f"{c.city[0]}公({dab})社戒决字〔{year}〕{d(4)}号",
        "court_no": f"（{year}）{c.abbr}{d(4)}刑医{rng.randint(1, 12)}号",
        "court_no2": f"（{year}）{c.abbr}{d(4)}刑初{rng.randint(1, 999)}号",
        "jdh": f"{c.abbr}{jd_name}司鉴所〔{year}〕精鉴字第{d(3)}号",
        "mmt_no": rng.choice((f"{area6}{d(4)}", f"MMT-{d(5)}", d(4), f"{c.abbr}{d(6)}")),
        "fyk": rng.choice((f"FY{d(6)}", d(8))),
        "ujh": rng.choice((f"NJ{ref:%y%m%d}-{d(3)}", d(10), f"U{d(8)}")),
        "gah": rng.choice((f"XL{year}-{d(3)}", f"C{d(6)}", f"{yy}{L(1)}{d(4)}")),
        "sgah": f"SG-{_letters(rng, 2)}-{year}-{d(4)}",
        "zyzs": "1" + d(14),
        "hszs": "2" + d(11),
        "zzdh": f"ZZ{ymd}{d(3)}",
        "jyh": d(10),
        "sbh": rng.choice((f"SN{d(10)}", f"HX-{L(2)}{d(6)}", f"IMEI {d(15)}", f"{L(3)}{d(8)}")),
        "cf": rng.choice((f"CF{ymd}{d(5)}", d(12))),
        "ksno": f"{area6}{year}{d(5)}",
        "cph": rng.choice(
            (f"{c.abbr}{c.plate}·{d(1)}{L(1)}{d(3)}", f"{c.abbr}{c.plate}{L(1)}{d(4)}", f"{c.abbr}{c.plate}D{d(5)}")
        ),
        "qq": d(rng.choice((9, 10))),
        "xczh": f"{dab}公协字〔{year}〕{d(3)}号",
        "gzs": f"{dab}公(家)告字〔{year}〕{d(4)}号",
        "bhl": f"（{year}）{c.abbr}{d(4)}民保令{rng.randint(1, 60)}号",
        "zjh": rng.choice((f"{c.abbr}{d(6)}", f"SG{d(8)}")),
        "gh": rng.choice((d(4), d(5), f"{L(1)}{d(4)}")),
        "gh2": rng.choice((d(4), d(5), f"{L(1)}{d(4)}")),
        "dabh": f"{area6}{d(6)}",
        "jzh": rng.choice((f"JZ{yy}{d(5)}", d(9))),
        "ykth": rng.choice((d(10), f"YKT{d(8)}")),
        "yzbh": f"YZ{ymd}{d(4)}",
        "jkh": rng.choice((f"JK{area6}{d(6)}", f"{area6}{d(9)}")),
    }


_ZH_ROLES: Final[dict[str, str]] = {
    # role -> gender ("r" random); the patient's family share surnames as families do
    "fa": "m", "mo": "f", "sp": "x", "son": "m", "dau": "f", "bro": "m", "sis": "f", "gm": "f",
    "dr": "r", "dr2": "r", "dr3": "r", "nurse": "f", "nurse2": "r", "sw": "r", "pol": "m", "pol2": "r", "pol3": "r", "grid": "r",
    "vdoc": "r", "judge": "r", "clerk": "r", "prosec": "r", "lawyer": "r", "couns": "r", "jd": "r", "pharm": "r", "teacher": "r",
    "neighbor": "r", "vic": "r", "friend": "r", "wit": "r", "cadre": "r", "tech": "r", "vol": "r",
}  # fmt: skip
_ZH_CITY_PY: Final[dict[str, str]] = {
    "杭州": "hangzhou", "温州": "wenzhou", "南京": "nanjing", "苏州": "suzhou", "广州": "gz", "深圳": "sz", "武汉": "wuhan", "成都": "chengdu",
    "长沙": "changsha", "青岛": "qingdao", "北京": "beijing", "上海": "sh", "郑州": "zhengzhou", "昆明": "km", "厦门": "xm", "南宁": "nanning",
}  # fmt: skip
_ZH_FAKER_ROLES: Final = frozenset(
    {
        "dr2",
        "dr3",
        "nurse2",
        "pol2",
        "pol3",
        "clerk",
        "judge",
        "prosec",
        "neighbor",
        "wit",
        "jd",
        "pharm",
        "tech",
        "vol",
    }
)


def _zh_orgs(rng: random.Random, fk: _Fakers, c: _ZhCity, district: str, street: str, jd_name: str) -> dict[str, str]:
    n = rng.choice("三四五六七")
    city = c.city
    x_sg = rng.choice(("启明", "心桥", "阳光", "同心", "向日葵", "乐群", "益友"))
    return {
        "hosp": rng.choice(
            (
                f"{city}市第{n}人民医院",
                f"{city}市精神卫生中心",
                f"{city}市康宁医院",
                f"{city}市{district}精神卫生中心",
                f"{city}安定医院",
                f"{city}市心理健康医院",
            )
        ),
        "gen_hosp": rng.choice(
            (f"{city}市第一人民医院", f"{city}市中心医院", f"{city}医学院附属第二医院", f"{city}市{district}人民医院")
        ),
        "pcs": rng.choice(
            (f"{city}市公安局{district}分局{street}派出所", f"{district}公安分局{street}派出所", f"{street}派出所")
        ),
        "fenju": f"{city}市公安局{district}分局",
        "chc": rng.choice(
            (f"{district}{street}街道社区卫生服务中心", f"{street}街道社区卫生服务中心", f"{street}社区卫生服务站")
        ),
        "jds": rng.choice(
            (
                f"{city}市强制隔离戒毒所",
                f"{c.prov}第{n}强制隔离戒毒所" if c.prov != f"{city}市" else f"{city}市第{n}强制隔离戒毒所",
                f"{city}市女子强制隔离戒毒所",
            )
        ),
        "kss": rng.choice((f"{city}市看守所", f"{city}市{district}看守所")),
        "court": rng.choice((f"{city}市{district}人民法院", f"{city}市中级人民法院")),
        "procu": f"{city}市{district}人民检察院",
        "jdsuo": f"{city}{jd_name}司法鉴定所",
        "sgorg": f"{city}市{x_sg}社会工作服务中心",
        "mmt": rng.choice(
            (
                f"{district}美沙酮维持治疗门诊",
                f"{city}市第{n}人民医院美沙酮门诊",
                f"{district}疾控中心美沙酮维持治疗门诊",
            )
        ),
        "xlorg": f"{city}{rng.choice(('向暖', '知心', '心语', '安然', '树洞'))}心理咨询工作室",
        "school": rng.choice(
            (
                f"{district}{rng.choice(('实验', '育才', '文澜', '青蓝'))}小学",
                f"{city}市第{n}中学",
                f"{city}{rng.choice(('理工', '商贸', '信息'))}职业技术学院",
            )
        ),
        "univ": f"{city}{rng.choice(('理工', '师范', '财经', '医科'))}大学",
        "jwh": f"{street}社区居民委员会",
        "jwh_short": f"{street}社区居委会",
        "jdb": f"{street}街道办事处",
        "ylorg": rng.choice(
            (
                f"{city}市{rng.choice(('福寿', '康乐', '夕阳红', '松鹤'))}养老院",
                f"{district}{rng.choice(('颐养', '康养', '福星'))}中心",
            )
        ),
        "sfs": f"{street}司法所",
        "cdc": f"{district}疾病预防控制中心",
        "fulian": f"{district}妇女联合会",
        "employer": fk("zh_CN").company(),
        "employer2": fk("zh_CN").company(),
        "rehab": f"{district}{rng.choice(('阳光家园', '康复驿站', '温馨家园'))}",
        "kss2": f"{city}市拘留所",
        "lawfirm": f"{c.prov.rstrip('省市') if len(c.prov) <= 4 else city}{rng.choice(('天衡', '明德', '正大', '君诚', '和信'))}律师事务所",
        "xiaoxue": f"{district}{rng.choice(('实验', '育才', '文澜', '青蓝', '东方', '红星'))}小学",
    }


def _zh_build(rng: random.Random, fk: _Fakers, template: str) -> _Built:
    c = rng.choice(_ZH_CITIES)
    district = rng.choice(c.districts)
    street = rng.choice(c.streets)
    ref = dt.date(2021, 3, 1) + dt.timedelta(days=rng.randrange(1580))
    values: dict[str, str] = {}

    pt_gender = rng.choice("fm")
    pt = _zh_person(rng, pt_gender)
    values.update({f"pt_{k}": v for k, v in _zh_forms(pt).items()})
    people: dict[str, _ZhPerson] = {"pt": pt}
    pt_sur = (pt.sur, pt.sur_py)
    for role, g in _ZH_ROLES.items():
        gender = {"r": rng.choice("fm"), "x": "m" if pt_gender == "f" else "f"}.get(g, g)
        if role in _ZH_FAKER_ROLES and rng.random() < 0.6:
            values.update({f"{role}_{k}": v for k, v in _zh_faker_forms(fk("zh_CN"), gender).items()})
            continue
        sur: tuple[str, str] | None = None
        if role in ("fa", "bro", "sis") and rng.random() < 0.92:
            sur = pt_sur
        elif role in ("son", "dau") and rng.random() < 0.9:
            sur = pt_sur if pt_gender == "m" else (people["sp"].sur, people["sp"].sur_py)
        elif role == "gm" and rng.random() < 0.5:
            sur = pt_sur
        person = _zh_person(rng, gender, sur)
        people[role] = person
        values.update({f"{role}_{k}": v for k, v in _zh_forms(person).items()})
    values.update({f"tw_{k}": v for k, v in _zh_faker_forms(fk("zh_TW"), rng.choice("fm")).items()})
    values["ta"] = "他" if pt_gender == "m" else "她"
    values["xb"] = "男" if pt_gender == "m" else "女"
    values["sir"] = "先生" if pt_gender == "m" else "女士"
    values["sp_word"] = "妻子" if pt_gender == "m" else "丈夫"
    values["sp_sir"] = "女士" if pt_gender == "m" else "先生"
    values["parent_word"] = "爸爸" if pt_gender == "m" else "妈妈"
    values["bf"] = "女友" if pt_gender == "m" else "男友"
    values["sp_en"] = "his wife" if pt_gender == "m" else "her husband"
    values["bq"] = ("男" if pt_gender == "m" else "女") + rng.choice("一二三") + "病区"

    age = _patient_age(rng, template)
    birth = _birth_for_age(rng, age, ref)
    if age >= 60:
        guard_role, guard_rel = rng.choice((("sp", "配偶"), ("son", "儿子"), ("dau", "女儿"), ("son", "长子")))
    else:
        guard_role, guard_rel = rng.choice(
            (("sp", "配偶"), ("mo", "母亲"), ("fa", "父亲"), ("bro", "哥哥"), ("sis", "姐姐"))
        )
    for k in ("full", "sur", "given", "nick", "py", "pyu"):
        values[f"guard_{k}"] = values[f"{guard_role}_{k}"]
    values["guard_rel"] = guard_rel
    values["age"] = str(age)
    values["age_cn"] = _zh_number(age)
    values["son_age"] = str(max(age - rng.randint(24, 34), 16))
    values["mo_age"] = str(min(age + rng.randint(20, 34), 104))
    values["mo_age_cn"] = _zh_number(int(values["mo_age"]))
    values["fa_age"] = str(min(age + rng.randint(22, 38), 104))
    values["sp_age"] = str(max(18, age + rng.randint(-6, 6)))
    values["gm_age"] = str(rng.randint(76, 99))
    values["child_age"] = str(rng.randint(3, 15))
    values["vic_age"] = str(rng.randint(20, 80))
    main = rng.choice(("cn", "dash", "dot", "slash", "cn0", "cn"))
    for key, date in _date_keys(rng, ref).items():
        values[key] = _zh_date(date, main if rng.random() < 0.75 else rng.choice(("cn", "dash", "dot", "slash")))
        values[f"{key}_s"] = _zh_date(date, rng.choice(("short", "short", "short_dash")))
        values[f"{key}_up"] = _zh_date(date, "upper")
    values["dob"] = _zh_date(birth, main if rng.random() < 0.7 else rng.choice(("cn", "dash", "dot", "slash", "yy")))
    values["dob_up"] = _zh_date(birth, "upper")
    clock = sorted((rng.randint(0, 23), rng.choice(("00", "05", "10", "20", "30", "40", "45", "50"))) for _ in range(6))
    for idx, (hour, minute) in enumerate(clock, start=1):
        values[f"t{idx}"] = f"{hour}:{minute}" if rng.random() < 0.6 else f"{hour}时{minute}分"
    values["wd"] = "星期" + "一二三四五六日"[ref.weekday()]

    values["city"] = c.city
    values["city_full"] = f"{c.city}市"
    values["prov"] = c.prov
    values["district"] = district
    values["street"] = street
    origin = rng.choice(_ZH_ORIGINS)
    values["origin_prov"], values["origin_city"] = origin[1], origin[2]
    values["work_city"] = rng.choice(_ZH_WORK_CITIES)
    values["town"] = rng.choice(_ZH_TOWNS)
    for key in (
        "pt_addr",
        "fa_addr",
        "mo_addr",
        "sp_addr",
        "guard_addr",
        "inc_addr",
        "org_addr",
        "son_addr",
        "work_addr",
        "sis_addr",
        "vic_addr",
        "friend_addr",
    ):
        values[key] = _zh_address(rng, c, district if rng.random() < 0.7 else rng.choice(c.districts), street)
    values["hukou_addr"] = (
        f"{origin[0]}{origin[2]}市{origin[3]}{rng.choice(_ZH_VILLAGES)}村{rng.randint(1, 15)}组{rng.randint(1, 99)}号"
    )
    jd_name = rng.choice(("明镜", "正衡", "求实", "天平", "康宁"))
    values.update(_zh_orgs(rng, fk, c, district, street, jd_name))
    values.update(_zh_ids(rng, c, district, ref, birth, jd_name))

    for key in (
        "pt_mob",
        "fa_mob",
        "mo_mob",
        "sp_mob",
        "son_mob",
        "dau_mob",
        "bro_mob",
        "sis_mob",
        "guard_mob",
        "pol_mob",
        "sw_mob",
        "grid_mob",
        "vdoc_mob",
        "couns_mob",
        "teacher_mob",
        "lawyer_mob",
        "friend_mob",
        "neighbor_mob",
        "vic_mob",
        "cadre_mob",
        "dr_mob",
        "jd_mob",
        "vol_mob",
    ):
        values[key] = _zh_mobile(rng)
    for key, ext in (
        ("pt_tel", False),
        ("dr_tel", True),
        ("ward_tel", True),
        ("fax", False),
        ("pcs_tel", False),
        ("jd_tel", True),
        ("chc_tel", False),
        ("mmt_tel", False),
        ("school_tel", True),
        ("jwh_tel", False),
        ("court_tel", True),
        ("kss_tel", True),
        ("sg_tel", False),
        ("fax2", False),
        ("xl_tel", False),
    ):
        values[key] = _zh_landline(rng, c.code, ext=ext)
    tw = _digits(rng, 8, lead="0123456789")
    values["tw_mob"] = rng.choice((f"+886 9{tw[:2]} {tw[2:5]} {tw[5:]}", f"09{tw[:2]}-{tw[2:]}", f"+886-9{tw}"))
    pyslug = f"{pt.sur_py.lower()}{pt.given_py.replace(chr(39), '').lower()}"
    values["pt_email"] = rng.choice(
        (
            f"{pyslug}{rng.randint(70, 99)}@163.com",
            f"{values['qq']}@qq.com",
            f"{pyslug}@126.com",
            f"{pt.sur_py.lower()}{_letters(rng, 2, 'abcdefghjklmnpqrstwxyz')}{rng.randint(1, 999)}@sina.com",
            f"{pyslug}_{rng.randint(1, 99)}@foxmail.com",
        )
    )
    hosp_slug = rng.choice(("hzkn", "jwzx", "kn", "sydyy", "xljk", "adyy", "jszx"))
    for role in ("dr", "sw", "couns", "teacher", "lawyer", "sp", "grid", "dr2", "pol"):
        if f"{role}_py" in values:
            local = values[f"{role}_pyl"].replace(" ", "")
        else:
            local = f"{rng.choice(('wang', 'li', 'chen', 'liu', 'zhou'))}{_letters(rng, 2, 'abcdefghjklmnpqrstwxyz')}"
        domain = {
            "dr": f"{hosp_slug}.com.cn",
            "dr2": f"{hosp_slug}.com.cn",
            "sw": rng.choice(("163.com", "sgfw.org.cn", "qq.com")),
            "couns": rng.choice(("126.com", "xinli.cn", "qq.com")),
            "teacher": "edu.cn",
            "lawyer": rng.choice(("lawfirm.cn", "163.com")),
            "sp": rng.choice(("163.com", "qq.com", "hotmail.com")),
            "grid": "163.com",
            "pol": "gaj.gov.cn",
        }[role]
        values[f"{role}_email"] = f"{local}@{domain}"
    values["dept_email"] = f"{rng.choice(('jsk', 'xlk', 'jsws', 'yfk', 'jdk'))}@{hosp_slug}.com.cn"

    def d(n: int) -> str:
        return _digits(rng, n, lead="0123456789")

    alnum = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    values["url_yy"] = rng.choice(
        (
            f"https://www.{hosp_slug}.cn/yygh/detail?pid={d(8)}",
            f"https://wx.{hosp_slug}.com.cn/guahao/{d(7)}",
            f"http://{hosp_slug}.cn/xlzx/yy.aspx?id={d(6)}",
        )
    )
    values["url_sys"] = rng.choice(
        (
            f"http://10.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}:8080/jsws/huanzhe/{values['mgid']}",
            f"https://jsws.wsjkw.{_ZH_CITY_PY[c.city]}.gov.cn/case/{d(9)}",
            f"http://192.168.{rng.randint(0, 9)}.{rng.randint(2, 254)}/his/emr?zyh={values['zyh']}",
        )
    )
    values["url_wj"] = rng.choice(
        (
            f"https://wj.qq.com/s2/{d(8)}/{_letters(rng, 4, 'abcdef0123456789')}/",
            f"https://www.wjx.cn/vm/{''.join(rng.choice(alnum) for _ in range(7))}.aspx",
        )
    )
    values["url_gzh"] = f"https://mp.weixin.qq.com/s/{''.join(rng.choice(alnum) for _ in range(22))}"
    values["url_video"] = rng.choice(
        (
            f"https://meeting.tencent.com/dm/{''.join(rng.choice(alnum) for _ in range(12))}",
            f"https://meeting.tencent.com/p/{d(10)}",
        )
    )
    values["wx"] = rng.choice(
        (
            f"wxid_{''.join(rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(14))}",
            f"{pyslug}{rng.randint(1, 9999)}",
            f"{pt.sur_py.lower()}_{rng.randint(70, 99)}{_letters(rng, 2, 'abcdefghjkmnpqrstuvwxyz')}",
        )
    )
    values["doses"] = rng.choice(("35", "40", "50", "60", "70", "80", "45", "90"))

    known = (
        KnownIdentifier("PERSON", values["pt_full"]), KnownIdentifier("ID", values["rid"]), KnownIdentifier("ID", values["zyh"]),
        KnownIdentifier("ID", values["mzh"]), KnownIdentifier("PHONE", values["pt_mob"]), KnownIdentifier("ADDRESS", values["pt_addr"]),
        KnownIdentifier("DATE", birth.isoformat()), KnownIdentifier("EMAIL", values["pt_email"]),
    )  # fmt: skip
    return _Built(values, known)


# ---------------------------------------------------------------------------------------------
# English templates (name prefix = setting: uk, us, ie, nz, za)
# ---------------------------------------------------------------------------------------------
EN_BLIND14_TEMPLATES: Final[dict[str, str]] = {
    "uk_amhp_s2_outcome": """AMHP ASSESSMENT OUTCOME REPORT - MENTAL HEALTH ACT 1983
Local authority: <<ORG:la>>        AMHP service ref: <<ID:referral_no>>
Social care ID: <<ID:sc_id>>        NHS No: <<ID:natid>>

Name: <<PERSON:pt_full>>        Known as: <<PERSON:pt_nick>>
DOB: <<DATE:dob>>        Age: <<AGE:age>>
Address: <<ADDRESS:pt_addr>>
Tel: <<PHONE:pt_phone>>

Referral received <<DATE:inc_date>> at {t1} from <<PERSON:dr2_full>> (liaison psychiatry, <<ORG:gen_hosp>>) via switchboard <<PHONE:team_phone>>.
Assessing AMHP: <<PERSON:amhp_full>>, SWE reg <<ID:reg_sw>>, <<EMAIL:amhp_email>>

Medical recommendations
  1. Dr <<PERSON:dr_full>> (s12 approved), GMC <<ID:reg_dr>>, examined <<DATE:inc_date2>> {t2}
  2. Dr <<PERSON:gp_init>>, GP at <<ORG:gp>>, GMC <<ID:reg_dr2>> - previous acquaintance with the patient

Nearest relative (s26): <<PERSON:mother_full>> (mother), <<ADDRESS:mother_addr>>, mob <<PHONE:mother_phone>>.
Consulted by phone at {t3}; she did not object. She said <<PERSON:pt_first>> "has not been right since <<PERSON:partner_first>> moved out" and that {he} had stopped answering the door to <<PERSON:sister_first>> and the neighbours.
Interpreter: not required. PC <<PERSON:pol_last>> of <<ORG:force>> attended as the family had reported a knife in the flat; no warrant under s135 was needed as <<PERSON:mother_first>> let us in with her key.

Outcome: application made under Section 2. Bed identified on <<ORG:ward>> at <<ORG:hosp>>. Conveyed by ambulance, crew ref <<ID:ambulance_ref>>, departed {t4}.
Alternatives considered: home treatment (<<ORG:team>>) - declined by the patient; informal admission - lacks capacity to consent.
Children/dependants: none. Pets: cat, left with neighbour <<PERSON:neighbour_nickfull>> (<<PHONE:neighbour_phone>>).

Signed <<PERSON:amhp_initials>>, AMHP        <<DATE:ref_date>>""",
    "uk_tribunal_rc_report": """IN THE FIRST-TIER TRIBUNAL (HEALTH, EDUCATION AND SOCIAL CARE CHAMBER) MENTAL HEALTH
Tribunal ref: <<ID:trib_ref>>        Hearing: <<DATE:hear_date>> at {t2} by video (CVP: <<URL:url_video>>)

RESPONSIBLE CLINICIAN'S STATUTORY REPORT
Patient: <<PERSON:pt_upper>>        Hospital no. <<ID:mrn>>        DOB <<DATE:dob>>
Detained under Section 3, renewed <<DATE:sec_date>>, at <<ORG:hosp>> (<<ORG:ward>>)
Author: Dr <<PERSON:dr_full>>, Consultant Forensic Psychiatrist and RC, GMC <<ID:reg_dr>>

1. I have been {pt_title} <<PERSON:pt_last>>'s RC since <<DATE:prev_date>>. I last examined {him} on <<DATE:last_seen>>.
2. Forensic history: convicted at <<ORG:court>> (URN <<ID:court_no>>) of assault by beating; PNC <<ID:pnc>>. The victim, <<PERSON:vic_full>>, was a fellow resident at <<ORG:housing>>.
3. Mental state: no first-rank symptoms since the switch to clozapine; still believes <<PERSON:ex_first>> is "feeding information" to the police, but no longer acts on it.
4. Leave: escorted s17 leave to <<LOCATION:city>> town centre with RMN <<PERSON:nurse_full>>; one late return on <<DATE:adm_date_s>>.
5. Family: {his_cap} sister <<PERSON:sister_full>> visits weekly from <<LOCATION:city2>> and asked that the panel know she would offer a room.
6. Risk: HCR-20 V3 reviewed <<DATE:hcr_date>> with psychologist <<PERSON:psych_full>>.
7. Recommendation: continued detention; aftercare under s117 to be led by <<ORG:team>>, care coordinator <<PERSON:kw_full>> (<<PHONE:kw_phone>>).

Legal representative: <<PERSON:sol_full>>, <<ORG:law>>, tel <<PHONE:sol_phone>>, <<EMAIL:sol_email>>
Panel (as listed): Tribunal Judge <<PERSON:judge_full>>; specialist member Dr <<PERSON:dr3_init>>; lay member <<PERSON:lay_full>>.
Mental Health Act office: <<EMAIL:court_email>>

<<PERSON:dr_initials>>/<<PERSON:sec_initials>>    typed <<DATE:ref_date>>""",
    "uk_marac_minutes": """<<ORG:la>> MARAC - MINUTES (RESTRICTED)
Meeting: <<DATE:ref_date>>, {t1}, MS Teams        MARAC ref: <<ID:marac_ref>>
Chair: DS <<PERSON:pol2_full>> (<<ORG:force>>)        Minutes: <<PERSON:sec_full>>

| Role | Name | Agency | Contact |
| Victim (referred) | <<PERSON:pt_caps>> | - | <<PHONE:pt_phone>> |
| Perpetrator | <<PERSON:ex_caps>> | - | not to be contacted |
| IDVA | <<PERSON:idva_full>> | <<ORG:dv>> | <<PHONE:idva_phone>> |
| Police | DC <<PERSON:pol_full>> #<<ID:pol_badge>> | <<ORG:force>> | <<EMAIL:pol_email>> |
| Mental health | <<PERSON:kw_full>> | <<ORG:team>> | <<PHONE:kw_phone>> |
| Children's social care | <<PERSON:sw_full>> | <<ORG:csc>> | <<PHONE:sw_desk>> |
| Health visitor | <<PERSON:hv_fi>> | - | <<PHONE:hv_phone>> |

Victim DOB <<DATE:dob>>; address held on secure file only (refuge). Previous address <<ADDRESS:pt_addr>>.
Children: <<PERSON:child1_first>> (<<AGE:child1_age>>), <<PERSON:child2_first>> (<<AGE:child2_age>>) - both attend <<ORG:school>>.

Police: three incidents since last MARAC. Crime refs <<ID:crime_ref>> (criminal damage, <<DATE:inc_date>>) and incident log <<ID:incident_no>> (breach of non-molestation order). <<PERSON:ex_last>> arrested and bailed to <<ADDRESS:ex_addr>>; vehicle <<ID:vehicle>> flagged.
Mental health: <<PERSON:pt_first>> disclosed overdose in the context of threats. Seen by crisis team on <<DATE:adm_date_s>>.
CSC: strategy discussion held; s47 enquiry open, CP ref <<ID:cp_ref>>.

Actions
1. <<PERSON:idva_first>> to apply for sanctuary scheme at new address by <<DATE:next_date>>.
2. DC <<PERSON:pol_last>> to add marker to the address; DV disclosure (Clare's Law) to be considered.
3. <<PERSON:sw_init>> to share safety plan with school DSL, <<PERSON:teacher_full>>.
Next review: <<DATE:rev_date>>.""",
    "uk_prison_reception": """<<ORG:prison>> HEALTHCARE - RECEPTION SCREEN (FIRST NIGHT)
Prisoner no: <<ID:prison_no>>        PNC: <<ID:pnc>>        NHS no: <<ID:natid>>
Name: <<PERSON:pt_caps>>    Also known as: <<PERSON:pt_nickfull>>
DOB: <<DATE:dob>>    Age <<AGE:age>>    Received from <<ORG:court>> on <<DATE:inc_date>> at {t4}
Custody record (police): <<ID:custody_no>>, <<ORG:station>>

Screened by: <<PERSON:nurse_full>> RMN (NMC <<ID:reg_nurse>>)
Substance use: heroin smoked daily, crack 2-3 x week. Last used {t1} on <<DATE:inc_date2_s>>. Community OST: methadone {doses} mg daily from <<ORG:drug>>, prescriber Dr <<PERSON:gp_last>>, dispensed at <<ORG:pharmacy>> (<<PHONE:pharm_phone>>). Last supervised dose confirmed by phone with pharmacist <<PERSON:pharm_first>> at {t2}.
UDS on reception: specimen <<ID:uds_no>> - positive opiates, cocaine, benzodiazepines.
Mental health: previous admission to <<ORG:hosp>> (<<DATE:prior_adm>>). Current thoughts of self-harm: "if they don't sort my script I'll do something". ACCT opened by <<PERSON:nurse_initials>> at {t3}; assessor <<PERSON:nurse2_full>>.
Next of kin: <<PERSON:mother_full>> (mum) <<PHONE:mother_phone>>, <<ADDRESS:mother_addr>>. Consent to contact: yes.
Children: <<PERSON:child1_first>> lives with <<PERSON:partner_fi>>.
Plan: verify dose with <<ORG:drug>> (<<EMAIL:kw_email>>); first night in-cell observation; refer to mental health in-reach (<<PERSON:kw_full>>); release date (est.) <<DATE:release_date>>.""",
    "uk_ost_supervised_consumption": """<<ORG:pharmacy>> - SUPERVISED CONSUMPTION RECORD
Patient: <<PERSON:pt_lf>>    DOB <<DATE:dob>>    Dispensing card no. <<ID:otp_id>>
Prescriber: Dr <<PERSON:gp_full>>, <<ORG:drug>> (tel <<PHONE:otp_phone>>, secure fax <<PHONE:fax>>)
FP10MDA serial: <<ID:rx_no>>    Instalments <<DATE:rx_start>> to <<DATE:rx_end>>
Methadone 1mg/ml oral solution {doses} ml daily, supervised Mon-Sat, Sunday take-home.

Date        | Dose | Supervised | Sig.
<<DATE:d1>> | {doses} ml | Y | <<PERSON:pharm_initials>>
<<DATE:d2>> | {doses} ml | Y | <<PERSON:pharm_initials>>
<<DATE:d3>> | -    | MISSED | -
<<DATE:d4>> | -    | MISSED | -
<<DATE:d5>> | {doses} ml | Y (appeared drowsy, dose held 1 hr) | <<PERSON:pharm2_initials>>
<<DATE:d6>> | {doses} ml | Y | <<PERSON:pharm_initials>>

Notes: after 3 missed doses the script must be reviewed before dispensing. <<PERSON:pt_first>> came in with {his} {partner_word} <<PERSON:partner_first>> on <<DATE:d5_s>>; said {he} had been "staying at <<PERSON:friend_first>>'s in <<LOCATION:suburb>>". Keyworker <<PERSON:kw_full>> informed by phone ({t2}) and email <<EMAIL:kw_email>>.
Naloxone kit supplied. Pharmacist: <<PERSON:pharm_full>>, GPhC no. <<ID:staff_id>>.""",
    "uk_cto_recall_letter": """<<ORG:hosp>>
<<ADDRESS:org_addr>>
Tel <<PHONE:ward_phone>>   Fax <<PHONE:fax>>   Email <<EMAIL:team_email>>

Our ref: <<ID:letter_ref>>    NHS no: <<ID:natid>>
<<DATE:ref_date>>

PRIVATE AND CONFIDENTIAL - BY HAND
{pt_title} <<PERSON:pt_full>>
<<ADDRESS:pt_addr>>

Dear {pt_title} <<PERSON:pt_last>>,

Mental Health Act 1983, Section 17E - notice of recall to hospital (Community Treatment Order)

I am your responsible clinician. I am recalling you to <<ORG:ward>>, <<ORG:hosp>>, because you have not attended for your depot injection since <<DATE:last_seen>> and your care coordinator <<PERSON:kw_full>> and support worker <<PERSON:hca_first>> have been unable to see you at home. You must come to hospital by {t3} on <<DATE:next_date>>.

If you do not return, you may be taken and conveyed to hospital. Your nearest relative, <<PERSON:father_full>>, has been told of this letter (<<PHONE:father_phone>>).

You can ask for help from an Independent Mental Health Advocate: <<PERSON:adv_full>>, <<PHONE:adv_phone>>.

Yours sincerely

Dr <<PERSON:dr_full>>
Consultant Psychiatrist, GMC <<ID:reg_dr>>
cc: <<PERSON:gp_init>>, <<ORG:gp>>; <<ORG:team>>; MHA Office
Served by: <<PERSON:nurse_full>> at {t1} on <<DATE:ref_date_s>> (witness <<PERSON:nurse2_first>>)""",
    "uk_crisis_handover": """CRHTT HANDOVER {wd} {t1} - <<ORG:team>>
(nurse in charge <<PERSON:nurse_first>>, on call SpR Dr <<PERSON:dr2_last>> bleep via <<PHONE:team_phone>>)

1) <<PERSON:pt_upper>> (RiO <<ID:mrn>>) - day 4 of home tx. Seen by <<PERSON:nurse2_lowerfirst>> + <<PERSON:hca_first>> this am. Sleeping better, zopiclone 7.5. Mum (<<PERSON:mother_first>>) phoned at 0300 - <<PERSON:pt_nick>> was "talking to the telly again". Plan: twice daily visits, med review w/ Dr <<PERSON:dr_typo>> tmrw.
2) <<PERSON:friend_full>> - NOT OUR PT, friend of above, left number <<PHONE:friend_phone>> asking for update - no consent, not shared.
3) Referral from <<ORG:gen_hosp>> ED: <<PERSON:vic_lf>>, <<AGE:vic_age>>, OD paracetamol, medically fit <<DATE:inc_date2_s>>. Lives <<LOCATION:suburb>>, <<LOCATION:city>>. Assess today.
4) <<PERSON:brother_full>> (brother of pt 1) rang re: keys. Told to contact <<PERSON:kw_init>>.
5) DNA x2: <<PERSON:ex_init>>. Welfare check requested from <<ORG:force>>, log <<ID:incident_no>>, PC <<PERSON:pol_last>> to call back on <<PHONE:pol_phone>>.

Safeguarding: pt 1's daughter <<PERSON:dau_first>> (<<AGE:child1_age>>) at home during episode - discussed with <<ORG:csc>>, ref <<ID:cp_ref>>.
Written by <<PERSON:nurse_initials>>.""",
    "uk_older_adult_safeguarding": """ADULT SAFEGUARDING CONCERN (S42 CARE ACT 2014) - OLDER ADULT MENTAL HEALTH
To: <<ORG:la>> Adult Social Care, <<EMAIL:team_email>>        Form: <<URL:url_form>>
Date raised: <<DATE:ref_date>>        Referrer: <<PERSON:nurse_full>>, CPN, <<ORG:team>> (<<PHONE:team_phone>>)

Adult at risk: <<PERSON:pt_full>> (<<PERSON:pt_nick>>), <<AGE:age>> years, DOB <<DATE:dob>>, NHS <<ID:natid>>
Lives at: <<ORG:care_home>>, <<ADDRESS:care_addr>> (placed since <<DATE:first_date>>)
Diagnosis: mixed Alzheimer's and vascular dementia, behavioural symptoms; MMSE 14/30.

Concern: financial abuse suspected. Son, <<PERSON:son_full>> (<<AGE:son_age>>), holds LPA for property and finance. Care home manager <<PERSON:mgr_full>> reports fees unpaid since <<DATE:prev_date_s>> and that <<PERSON:son_first>> brought in a form for {pt_title} <<PERSON:pt_last>> to sign on <<DATE:inc_date>> at {t2}. {he_cap} told staff "<<PERSON:son_nick>> says I have to sell the bungalow". Daughter <<PERSON:dau_full>> (<<PHONE:dau_phone>>, <<EMAIL:dau_email>>) lives in <<LOCATION:city2>> and raised the concern with the GP, Dr <<PERSON:gp_last>>.
Also noted: unexplained bruising L forearm, body map completed by <<PERSON:hca_full>>.
{his_cap} late spouse's sister, <<PERSON:gran_full>> (<<AGE:gran_age>>), visits on Sundays and is the only other regular contact.

Capacity: lacks capacity re: finances (assessed <<DATE:hcr_date>> by Dr <<PERSON:dr_init>>).
Views of the adult: "I want to stay here with the birds."
Immediate actions: DoLS authorisation in place (ref <<ID:sc_id>>); OPG informed; police not yet informed - <<ORG:force>> to be consulted at strategy meeting <<DATE:mtg_date>>.""",
    "uk_email_thread": """From: <<PERSON:sw_full>> <<<EMAIL:sw_email>>>
Sent: <<DATE:ref_date>> {t3}
To: <<PERSON:kw_full>>; <<PERSON:dr_lf>>
Cc: <<EMAIL:team_email>>
Subject: RE: <<PERSON:pt_initials>> - s117 aftercare / housing

Hi <<PERSON:kw_first>>,

Thanks. I've spoken to <<ORG:housing>> - they can hold the room at <<ADDRESS:hostel_addr>> until <<DATE:next_date_s>> but need the risk assessment. <<PERSON:pt_first>>'s brother (<<PERSON:brother_nick>>) says {he} can't go back to <<ADDRESS:pt_addr>> because <<PERSON:ex_first>> still has a key.

Also FYI probation - <<PERSON:prob_full>> (<<PHONE:prob_phone>>) is {his} new PO, licence conditions incl. no contact with <<PERSON:vic_full>>.

Best,
<<PERSON:sw_first>>
Social Worker | <<ORG:la>> | <<PHONE:sw_desk>>
Case notes: <<URL:url_portal>>

-----Original Message-----
From: <<PERSON:kw_full>> <<<EMAIL:kw_email>>>
Sent: <<DATE:inc_date>> {t2}
Subject: <<PERSON:pt_initials>> - s117 aftercare / housing

<<PERSON:sw_first>> - ward round today: Dr <<PERSON:dr_last>> happy for trial leave from <<DATE:dc_date>>. {he_cap} needs somewhere to go. Hospital no <<ID:mrn>>, DOB <<DATE:dob>>. Can we talk?
<<PERSON:kw_first>>
Care Coordinator, <<ORG:team>>""",
    "uk_s136_police_record": """<<ORG:force>> - SECTION 136 MHA 1983 DETENTION RECORD
Incident log: <<ID:incident_no>>        Custody ref (if any): <<ID:custody_no>>
Detaining officer: PC <<PERSON:pol_full>> (collar <<ID:pol_badge>>); second officer PC <<PERSON:pol2_lf>> (<<ID:pol2_badge>>)
Street triage consulted: yes - <<PERSON:nurse_fi>> on <<PHONE:crisis_phone>> at {t1}

Person detained: <<PERSON:pt_caps>>        DOB <<DATE:dob>>        Age <<AGE:age>>
Home address: <<ADDRESS:pt_addr>>        Phone: <<PHONE:pt_phone>>
Location of detention: footbridge near <<ADDRESS:inc_addr>>, <<LOCATION:city>>, at {t2} on <<DATE:inc_date>>
Caller: member of public <<PERSON:wit_full>> (<<PHONE:wit_phone>>)

Circumstances: the person was on the wrong side of the railings and said "tell <<PERSON:child1_first>> I'm sorry". Talked back over by PC <<PERSON:pol_last>> after 25 mins. No force other than guiding hold. Searched - blister pack of sertraline found.
Place of safety: <<ORG:hosp>> s136 suite, arrived {t3}. Handed to <<PERSON:nurse2_full>> RMN. Vehicle <<ID:vehicle>> used for conveyance (ambulance ETA 2 hrs).
AMHP informed: <<PERSON:amhp_full>> at {t4}.
NOK informed: <<PERSON:partner_full>> ({partner_word}) on <<PHONE:partner_phone>>.
Officer signature: <<PERSON:pol_initials>> <<ID:pol_badge>>""",
    "us_5150_application": """APPLICATION FOR 72-HOUR DETENTION FOR EVALUATION AND TREATMENT (WIC 5150) - DHCS 1801
Facility: <<ORG:hosp>>, <<ADDRESS:org_addr>>        Unit: <<ORG:ward>>
Patient: <<PERSON:pt_lf>>        DOB: <<DATE:dob>>        Age: <<AGE:age>>        MRN: <<ID:mrn>>
Address: <<ADDRESS:pt_addr>>        Phone: <<PHONE:pt_phone>>

Detained <<DATE:inc_date>> at {t2} by Officer <<PERSON:pol_full>>, Badge #<<ID:pol_badge>>, <<ORG:police>>, incident no. <<ID:incident_no>>.
Probable cause: Pt called 911 stating {he} was going to "walk into traffic on the 580". Family (<<PERSON:mother_fi>>, mother, <<PHONE:mother_phone>>) report 4 days without sleep, pressured speech, gave away {his} car and $2,000 to a stranger. Pt told officers <<PERSON:partner_first>> was "part of it". Gravely disabled: not eating, left stove on twice per neighbor <<PERSON:neighbour_full>>.
Danger to self [X]    Danger to others [ ]    Gravely disabled [X]

Advisement given by <<PERSON:pol_last>> at {t3}: "My name is Officer <<PERSON:pol_last>>. I am a peace officer with <<ORG:police>>..." Completed [X]
Weapons: none. Personal property: phone, wallet (<<ID:ins_no>> insurance card), keys.

Received at facility {t4} by <<PERSON:nurse_full>>, RN (lic. <<ID:reg_nurse>>). Evaluated by <<PERSON:dr_full>>, MD (<<ID:reg_dr>>, NPI <<ID:reg_dr2>>).
Legal: patients' rights advocate <<PERSON:adv_full>> notified <<DATE:inc_date2_s>>; certification review (5250) hearing if held: <<DATE:hear_date>>.
Telephone for patient's rights: <<PHONE:adv_phone>>.""",
    "us_geripsych_consult": """CONSULTATION-LIAISON PSYCHIATRY - INPATIENT CONSULT NOTE
<<ORG:gen_hosp>>, <<LOCATION:city>>, {area}        Consult order #<<ID:order_no>>
Patient: <<PERSON:pt_full>>        MRN <<ID:mrn>>        DOB <<DATE:dob>>
Requesting: <<PERSON:dr2_full>>, MD (hospitalist)        Reason: agitation, pulling lines, ?capacity to refuse placement

HPI: <<AGE:age>> y/o {man} admitted <<DATE:adm_date>> after a fall at home. Per daughter <<PERSON:dau_full>> (HCPOA, <<PHONE:dau_phone>>) {he} has lived alone at <<ADDRESS:pt_addr>> since being widowed; neighbor <<PERSON:neighbour_nick>> checks in daily. Nocturnal confusion since admission; pulled out IV twice on night of <<DATE:inc_date_s>>. Son <<PERSON:son_first>> (lives in <<LOCATION:city2>>) states {he} was "sharp as a tack" last month.
Collateral from PCP Dr <<PERSON:gp_full>> (<<PHONE:gp_phone>>): mild cognitive impairment, MoCA 22 on <<DATE:prev_date>>.

MSE: drowsy then agitated, oriented to self only, CAM positive.
Assessment: hyperactive delirium (UTI, hyponatremia, anticholinergics) superimposed on probable neurocognitive disorder. Currently lacks capacity re: discharge destination.
Recs: stop diphenhydramine; melatonin 3 mg qhs; haloperidol 0.25 mg q6h prn severe agitation only; sitter; reorientation; family to bring hearing aids. SW <<PERSON:sw_full>> to start SNF search (<<ORG:care_home>> has bed).
<<PERSON:psych_full>>, MD - C-L Psychiatry - pager/callback <<PHONE:dr_phone>> - <<DATE:ref_date>> {t3}""",
    "us_cps_hotline_report": """SUSPECTED CHILD ABUSE REPORT (MANDATED REPORTER) - SS 8572 equivalent
Hotline referral #: <<ID:cp_ref>>        Agency: <<ORG:csc>>        Date/time called: <<DATE:ref_date>> {t2}
Reporter: <<PERSON:ther_full>>, LCSW (lic. <<ID:reg_sw>>), <<ORG:team>>, <<PHONE:ther_phone>>, <<EMAIL:ther_email>>
Hotline worker: <<PERSON:sw_first>> (ID <<ID:staff_id>>)

Child(ren):
  <<PERSON:child1_full>>, DOB <<DATE:child1_dob>>, age <<AGE:child1_age>>, <<ORG:school>>
  <<PERSON:child2_full>>, DOB <<DATE:child2_dob>>, age <<AGE:child2_age>>
Parent/caregiver: <<PERSON:pt_full>> (my client), <<ADDRESS:pt_addr>>, <<PHONE:pt_phone>>
Other adult in home: <<PERSON:partner_full>>, {partner_word}
Suspected perpetrator: <<PERSON:partner_full>>

Narrative: During session today client disclosed that on <<DATE:inc_date_s>> {his} {partner_word} "dangled" <<PERSON:child1_nick>> over the stair rail to "teach a lesson", and that <<PERSON:child2_first>> has a bruise on the cheek. Client relapsed on fentanyl 2 weeks ago (per client). Client is aware of this report. School counselor <<PERSON:teacher_full>> (<<PHONE:school_phone>>) may have additional information.
Law enforcement notified: <<ORG:police>>, report #<<ID:crime_ref>>, Ofc. <<PERSON:pol_last>>.
Written follow-up submitted via <<URL:url_portal>> on <<DATE:inc_date2>>.""",
    "us_jail_moud_intake": """<<ORG:jail>> - MEDICAL INTAKE / MOUD CONTINUATION
Booking #: <<ID:booking_no>>        SO#: <<ID:prison_no>>        Arrest agency: <<ORG:police>> (case <<ID:crime_ref>>)
Name: <<PERSON:pt_upper>>        AKA "<<PERSON:pt_nick>>"        DOB <<DATE:dob>>        Age <<AGE:age>>
Booked <<DATE:inc_date>> {t1}. Next court: <<ORG:court>>, case <<ID:court_no>>, arraignment <<DATE:court_date>>.

Reports buprenorphine/naloxone {bup_dose} mg SL daily. Verified w/ PDMP and with <<ORG:otp>> (<<PHONE:otp_phone>>), prescriber <<PERSON:dr_full>>, DEA <<ID:reg_dr3>>, NPI <<ID:reg_dr2>>. Last dose <<DATE:inc_date2_s>> AM.
Pharmacy fill: <<ORG:pharmacy>>, Rx <<ID:rx_no>>.
COWS at intake 9 (mild). UDS <<ID:uds_no>>: BUP+, FEN+, THC+.
Psych: hx bipolar I, prior 5150s; was seen at <<ORG:hosp>> <<DATE:prior_adm>>. Denies SI. Suicide screen neg.
Emergency contact: <<PERSON:sister_full>> (sister), <<PHONE:sister_phone>>.
Insurance (Medicaid): <<ID:ins_no>>.
Plan: continue bup {bup_dose} mg daily observed (crush & float), MAT coordinator <<PERSON:kw_full>> to see within 72h; reentry navigator <<PERSON:peer_nickfull>> re: bridge script on release.
Nurse: <<PERSON:nurse_lf>>, RN        Provider: <<PERSON:dr2_init>>, PA-C""",
    "us_therapy_dap_note": """PROGRESS NOTE - INDIVIDUAL PSYCHOTHERAPY (DAP)
Client: <<PERSON:pt_full>>    Client ID <<ID:mrn>>    DOB <<DATE:dob>>
Session: <<DATE:ref_date>>, {t2}-{t3}, 53 min, CPT 90837, telehealth (<<URL:url_video>>), client at home in <<LOCATION:city>>
Payer: <<ID:ins_no>> / claim <<ID:claim_no>>
Clinician: <<PERSON:ther_full>>, LMFT

D: <<PERSON:pt_first>> reported 9 days sober from alcohol. Nightmares about the collision continue (4/wk). Argued with {partner_word} <<PERSON:partner_first>> over custody schedule; <<PERSON:child1_first>> stayed with grandmother <<PERSON:gran_full>> in <<LOCATION:city2>> over the weekend. PHQ-9 = 16, PCL-5 = 48. Denied SI/HI; safety plan reviewed - will call <<PERSON:friend_first>> or sponsor "<<PERSON:peer_nick>>" (<<PHONE:friend_phone>>) if cravings spike.
A: PTSD with comorbid AUD in early remission; engaged, some avoidance.
P: Continue CPT module 5. Coordinate with psychiatrist <<PERSON:dr_init>>, MD re: prazosin. Next session <<DATE:next_date>>.
ROI on file for <<ORG:otp>> and probation officer <<PERSON:prob_full>> (<<EMAIL:prob_email>>).

Electronically signed: <<PERSON:ther_full>>, LMFT #<<ID:reg_sw>>, <<DATE:ref_date_s>>""",
    "us_competency_eval": """FORENSIC EVALUATION - COMPETENCY TO STAND TRIAL
<<ORG:court>>        People v. <<PERSON:pt_full>>        Case No. <<ID:court_no>>
Ordered by the Hon. <<PERSON:judge_full>> on <<DATE:prev_date>>        Report date <<DATE:ref_date>>
Evaluator: <<PERSON:psych_full>>, PhD, ABPP (license <<ID:reg_dr>>)

Sources: interview at <<ORG:jail>> (<<DATE:inc_date>>, 2.5 h), jail mental health records (booking <<ID:booking_no>>), police report <<ID:crime_ref>> authored by Det. <<PERSON:pol_full>>, collateral call with mother <<PERSON:mother_full>> (<<PHONE:mother_phone>>), records from <<ORG:hosp>> (<<DATE:prior_adm>>).
Defense counsel: <<PERSON:pd_full>>, <<ORG:pd_office>>, <<PHONE:sol_phone>>
Prosecutor: DDA <<PERSON:da_full>>, <<ORG:da_office>>

Identifying information: {pt_title} <<PERSON:pt_last>> is a <<AGE:age>>-year-old charged with arson (PC 451) and resisting arrest.
Understanding of proceedings: could not name {his} charge; believed "Judge <<PERSON:judge_last>>" was {his} cousin. Described the public defender as "<<PERSON:pd_lowerfirst>> from the FBI".
Opinion: NOT presently competent (PC 1368). Substantial probability of restoration within the statutory period with antipsychotic treatment. Recommend referral to a state hospital/JBCT program.
I declare under penalty of perjury that the foregoing is true. <<PERSON:psych_fi>>, PhD""",
    "us_otp_dosing_csv": """# export: <<ORG:otp>> dosing system, patient ledger, run <<DATE:ref_date>> {t1} by <<PERSON:nurse_lower>>
patient_id,patient_name,dob,date,medication,dose_mg,take_home,nurse,notes
<<ID:otp_id>>,"<<PERSON:pt_lf>>",<<DATE:dob>>,<<DATE:d1>>,methadone,{doses},0,<<PERSON:nurse_initials>>,
<<ID:otp_id>>,"<<PERSON:pt_lf>>",<<DATE:dob>>,<<DATE:d2>>,methadone,{doses},0,<<PERSON:nurse_initials>>,
<<ID:otp_id>>,"<<PERSON:pt_lf>>",<<DATE:dob>>,<<DATE:d3>>,methadone,{doses},1,<<PERSON:nurse2_initials>>,"Sun take-home, lockbox ok"
<<ID:otp_id>>,"<<PERSON:pt_lf>>",<<DATE:dob>>,<<DATE:d5>>,methadone,0,0,<<PERSON:nurse2_initials>>,"no show - called <<PHONE:pt_phone>> no answer"
<<ID:otp_id>>,"<<PERSON:pt_lf>>",<<DATE:dob>>,<<DATE:d6>>,methadone,{doses},0,<<PERSON:nurse_initials>>,"dosed after ER visit at <<ORG:gen_hosp>>; COWS 6"
<<ID:otp_id>>,"<<PERSON:pt_lf>>",<<DATE:dob>>,<<DATE:d7>>,methadone,{doses},0,<<PERSON:nurse_initials>>,"counselor <<PERSON:kw_first>> aware"
# guest dosing request from <<ORG:otp2>> (fax <<PHONE:fax>>) for travel to <<LOCATION:city2>> <<DATE:next_date_s>>-<<DATE:rev_date_s>>
# lab: UDS accession <<ID:lab_acc>> collected <<DATE:d2_s>>, observed by <<PERSON:hca_full>>""",
    "ie_admission_order_garda": """MENTAL HEALTH ACT 2001 - RECORD OF INVOLUNTARY ADMISSION (FORM 6 summary)
Approved centre: <<ORG:hosp>>, <<ADDRESS:org_addr>>        Unit: <<ORG:ward>>
Patient: <<PERSON:pt_full>>        MRN <<ID:mrn>>        PPSN <<ID:natid>>        DOB <<DATE:dob>>
Address: <<ADDRESS:pt_addr>>

Application: Section 12 - taken into custody by Garda <<PERSON:pol_full>> (Reg. <<ID:pol_badge>>), <<ORG:station>>, PULSE incident <<ID:crime_ref>>, on <<DATE:inc_date>> at {t1}, following a call from {his} father <<PERSON:father_full>> (<<PHONE:father_phone>>).
Recommendation (Form 5): Dr <<PERSON:gp_full>>, GP, <<ORG:gp>> (MCRN <<ID:reg_dr2>>), examined at <<ORG:station>> {t2}.
Removal: not required; conveyed by Garda car <<ID:vehicle>> with Gda. <<PERSON:pol2_last>>.
Examination by consultant psychiatrist: Dr <<PERSON:dr_full>> (MCRN <<ID:reg_dr>>) at {t3}; admission order made.

Notifications: Mental Health Commission notified <<DATE:inc_date2>>; legal representative assigned: <<PERSON:sol_full>>, <<ORG:law>> (<<PHONE:sol_phone>>). Independent consultant psychiatrist to examine: Dr <<PERSON:dr3_full>>.
Tribunal to be held within 21 days - scheduled <<DATE:hear_date>>.
Patient informed of rights by CNM2 <<PERSON:nurse_full>> (PIN <<ID:reg_nurse>>) - {he} asked that {his} {partner_word} <<PERSON:partner_nick>> not be told.""",
    "ie_tribunal_notice": """MENTAL HEALTH TRIBUNAL - NOTICE OF HEARING
Ref: <<ID:trib_ref>>        Issued <<DATE:ref_date>>

To: <<PERSON:pt_full>>, c/o <<ORG:ward>>, <<ORG:hosp>>
cc: Consultant psychiatrist Dr <<PERSON:dr_lf>>; Legal representative <<PERSON:sol_init>>, <<ORG:law>>, <<ADDRESS:sol_addr>>

A tribunal will review the admission order made on <<DATE:adm_date>> (renewal order <<DATE:sec_date_s>>).
Date: <<DATE:hear_date>>        Time: {t3}        Venue: approved centre, meeting room 2
Members: Mr/Ms <<PERSON:judge_full>> (chair, barrister); Dr <<PERSON:dr3_full>> (consultant psychiatrist); <<PERSON:lay_full>> (lay member)

You may attend and be heard. If you wish a relative to attend please tell the clinical nurse manager <<PERSON:nurse_full>> on <<PHONE:ward_phone>>.
Your solicitor can be contacted at <<PHONE:sol_phone>> / <<EMAIL:sol_email>>.

Tribunal administrator: <<PERSON:sec_full>>, <<EMAIL:court_email>>""",
    "ie_tusla_referral": """CHILD PROTECTION AND WELFARE REPORT FORM (Children First)
Tusla reference (office use): <<ID:sc_id>>        Received <<DATE:ref_date>>
Reporter: <<PERSON:kw_full>>, Clinical Nurse Specialist, <<ORG:team>>, <<PHONE:kw_phone>>, <<EMAIL:kw_email>>

Child/ren: <<PERSON:child1_full>>, DOB <<DATE:child1_dob>>, <<ORG:school>>; <<PERSON:child2_first>>, age <<AGE:child2_age>>
Parent: <<PERSON:pt_full>> (service user), <<ADDRESS:pt_addr>>, <<PHONE:pt_phone>>
Other parent: <<PERSON:partner_full>>, <<ADDRESS:partner_addr>>

Concern: Service user was admitted to <<ORG:hosp>> on <<DATE:adm_date>> with a relapse of psychosis. Children were found at home alone by Gardaí (<<ORG:station>>, PULSE <<ID:crime_ref>>, Garda <<PERSON:pol_fi>>). They are now staying with maternal grandmother <<PERSON:gran_nickfull>>, aged <<AGE:gran_age>>, in <<LOCATION:city2>> who has limited mobility.
Parent's view: <<PERSON:pt_first>> wants the children to go to {his} sister <<PERSON:sister_full>> (<<PHONE:sister_phone>>).
Other agencies involved: public health nurse <<PERSON:hv_full>>; <<ORG:frc>>.
Submitted via <<URL:url_portal>>
Signed <<PERSON:kw_init>>    <<DATE:ref_date_s>>""",
    "ie_liaison_dictation": """liaison psych note dictated {t4} - typed by <<PERSON:sec_lowerfirst>>, not proof read

seen in ED <<ORG:gen_hosp>> at request of Dr <<PERSON:dr2_typofull>> (ED reg). <<PERSON:pt_full>>, a <<AGE:age_words>> year old {man} from <<LOCATION:city>>, brought in by ambulance after neighbour <<PERSON:neighbour_full>> found {him} with a ligature in the shed. Garda <<PERSON:pol_last>> attended also.
background: first contact with services <<DATE:first_date>>, depressive episode, under <<ORG:team>> until discharge. no forensic history. lives alone since death of spouse. daughter <<PERSON:dau_first>> in <<LOCATION:birth_city>>, son <<PERSON:son_full>> local, mob <<PHONE:son_phone>>.
MSE: unkempt, poor eye contact, says "I was a burden on <<PERSON:son_lowerfirst>>". no psychotic features. ongoing intent.
risk: high. plan: admit to <<ORG:hosp>> voluntary if agrees else consider MHA. 1:1 special in ED. GP Dr <<PERSON:gp_last>> informed by phone <<PHONE:gp_phone>>, letter to follow, ref <<ID:letter_ref>>.
Dr <<PERSON:psych_full>>, SpR liaison psychiatry. MCRN <<ID:reg_dr>>. <<DATE:ref_date>>""",
    "ie_addiction_review": """HSE ADDICTION SERVICE - OST CLINICAL REVIEW
Clinic: <<ORG:drug>>        Central Treatment List no.: <<ID:otp_id>>        Date: <<DATE:ref_date>>
Client: <<PERSON:pt_caps>>        DOB <<DATE:dob>>        PPSN <<ID:natid>>        Medical card <<ID:ins_no>>
Keyworker: <<PERSON:kw_full>>        Prescribing doctor: Dr <<PERSON:dr_full>> (MCRN <<ID:reg_dr>>)
Dispensing pharmacy: <<ORG:pharmacy>>, <<ADDRESS:pharm_addr>>, <<PHONE:pharm_phone>>

Methadone {doses} mg daily since <<DATE:rx_start>>. Supervised 6/7, 1 take-away. Missed <<DATE:d3_s>> and <<DATE:d4_s>> (was in Garda custody at <<ORG:station>> - confirmed by Garda <<PERSON:pol_full>>).
Urine (<<ID:uds_no>>): methadone +, benzos +, cocaine -.
Social: Staying in emergency accommodation, <<ADDRESS:hostel_addr>>. Partner <<PERSON:partner_first>> pregnant, due <<DATE:exp_date>>; antenatal care at <<ORG:gen_hosp>>. Tusla SW <<PERSON:sw_full>> involved (<<PHONE:sw_phone>>).
Court: <<ORG:court>> <<DATE:court_date>>, charge no. <<ID:court_no>>. Solicitor <<PERSON:sol_last>> requesting a letter.
Plan: increase to {doses} +5 mg; benzodiazepine detox discussed; review 2 weeks. Next appt <<DATE:next_date>>.
<<PERSON:dr_initials>> / <<PERSON:kw_initials>>""",
    "nz_s11_dao_notes": """MENTAL HEALTH (COMPULSORY ASSESSMENT AND TREATMENT) ACT 1992 - DAO NOTES
Duly Authorised Officer: <<PERSON:dao_full>>, <<ORG:team>> - <<PHONE:dao_phone>>
Proposed patient: <<PERSON:pt_full>>        NHI <<ID:natid>>        DOB <<DATE:dob>>
Address: <<ADDRESS:pt_addr>>        Phone: <<PHONE:pt_phone>>
Whānau contact: <<PERSON:mother_full>> (whaea), <<PHONE:mother_phone>>; brother <<PERSON:brother_nick>>

<<DATE:inc_date>> {t1}: Call from Police (<<ORG:police>>, event <<ID:crime_ref>>) - <<PERSON:pt_first>> at marae in <<LOCATION:suburb>> shouting at kaumātua, believes {he} is being "makutu'd" by <<PERSON:ex_full>>. Constable <<PERSON:pol_last>> (QID <<ID:pol_badge>>) stayed with whānau.
{t2}: s8A application completed by <<PERSON:mother_first>>. s8B medical certificate by Dr <<PERSON:gp_full>> (MCNZ <<ID:reg_dr2>>).
{t3}: Assessment examination by Dr <<PERSON:dr_full>> (MCNZ <<ID:reg_dr>>) at <<ORG:gen_hosp>> ED. s11 certificate issued - 5 days assessment and treatment.
Conveyed to <<ORG:hosp>>, <<ORG:ward>>. Cultural support: kaumātua <<PERSON:peer_full>> and <<ORG:team2>>.
Notice given to patient, whānau, and district inspector <<PERSON:sol_full>> (<<PHONE:sol_phone>>).
s12 review due <<DATE:next_date>>. DAO sig: <<PERSON:dao_init>>""",
    "nz_police_mh_event": """NZ POLICE - MENTAL HEALTH EVENT (1X) REFERRAL TO MENTAL HEALTH SERVICES
Event no.: <<ID:incident_no>>        File: <<ID:crime_ref>>        Station: <<ORG:station>>
Attending: Sergeant <<PERSON:pol_full>> (<<ID:pol_badge>>), Constable <<PERSON:pol2_full>> (<<ID:pol2_badge>>)
Date/time: <<DATE:inc_date>>, {t2}        Location: <<ADDRESS:inc_addr>>

Subject: <<PERSON:pt_upper>> (DOB <<DATE:dob>>), <<ADDRESS:pt_addr>>, <<PHONE:pt_phone>>
Informant: <<PERSON:partner_full>> (<<PHONE:partner_phone>>)

Summary: Subject's {partner_word} reported {he} had sent texts saying goodbye and had taken {his} car (rego <<ID:vehicle>>). Located parked at the lookout above <<LOCATION:city>> with a hose. Spoke with subject for 40 min; agreed to voluntary assessment. Transported to <<ORG:gen_hosp>>, handed to crisis clinician <<PERSON:nurse_full>> at {t3}.
Children present at address: <<PERSON:child1_first>> (<<AGE:child1_age>>) - Report of Concern to Oranga Tamariki, ref <<ID:cp_ref>>.
Alcohol: yes. Weapons: none. Firearms licence: none.
Referral emailed to <<EMAIL:team_email>> (copy uploaded to <<URL:url_portal>>) by <<PERSON:pol_initials>>, <<DATE:ref_date>>.""",
    "nz_court_liaison_report": """FORENSIC COURT LIAISON - REPORT TO THE COURT (s 38 CPMIP Act 2003)
<<ORG:court>>        Police v <<PERSON:pt_full>>        <<ID:court_no>>
Before: Judge <<PERSON:judge_last>>        Date: <<DATE:court_date>>
Prepared by: <<PERSON:nurse_full>>, Court Liaison Nurse, <<ORG:team>> (<<PHONE:team_phone>>)

The defendant (DOB <<DATE:dob>>, NHI <<ID:natid>>, PRN <<ID:prison_no>>) was seen in the cells on <<DATE:inc_date>> at the request of duty lawyer <<PERSON:sol_full>> (<<ORG:law>>). Charges: wilful damage, breach of protection order (protected person <<PERSON:vic_full>>).
{he_cap} is known to <<ORG:team2>>; last admission to <<ORG:hosp>> <<DATE:prior_adm>>. Care manager <<PERSON:kw_first>> confirmed by phone that {he} has not collected clozapine from <<ORG:pharmacy>> since <<DATE:last_seen_s>>.
Whānau: aunt <<PERSON:mother_full>> attended court and can offer bail address <<ADDRESS:mother_addr>>.
Recommendation: a psychiatric report under s 38(2)(c) and remand to <<ORG:hosp>> (s 38(4)(a)) rather than custody at <<ORG:jail>>.
Contact: <<EMAIL:nurse_email>>""",
    "nz_whanau_hui_cmht": """WHĀNAU HUI - COMMUNITY MENTAL HEALTH REVIEW
Service: <<ORG:team>>        NHI <<ID:natid>>        Date: <<DATE:ref_date>>, {t2}, at whānau home

Present: <<PERSON:pt_first>> (tangata whaiora); mum <<PERSON:mother_nickfull>>; koro <<PERSON:father_first>>; cousin <<PERSON:friend_full>>; key worker <<PERSON:kw_full>>; psychiatrist Dr <<PERSON:dr_last>>; peer support <<PERSON:peer_full>>; Pacific navigator <<PERSON:adv_full>>.
Apologies: <<PERSON:sw_full>> (Oranga Tamariki).

Karakia by <<PERSON:father_first>>. <<PERSON:pt_first>> shared that since moving back from <<LOCATION:city2>> {he} feels safer. Voices quieter on paliperidone depot (last given <<DATE:last_seen>> at <<ORG:pharmacy>>). Cannabis most days; wants help - referral to <<ORG:drug>> agreed.
Whānau worry about {his} cousin's boyfriend, "<<PERSON:ex_nick>>", who has been bringing meth to the house.
Plan:
- Depot due <<DATE:next_date>>; <<PERSON:kw_first>> to text reminder to <<PHONE:pt_phone>>
- Mum to call crisis team on <<PHONE:crisis_phone>> if {he} stops sleeping
- Driver licence support via <<ORG:school>> whānau room
- Next hui: <<DATE:rev_date>>
Recorded by <<PERSON:kw_initials>>""",
    "nz_pharmacy_fax_ost": """FAX        Pages: 1
To: Opioid Substitution Treatment service, <<ORG:drug>>        Fax: <<PHONE:fax>>
From: <<ORG:pharmacy>>, <<ADDRESS:pharm_addr>>        Ph <<PHONE:pharm_phone>>        Fax <<PHONE:fax2>>
Date: <<DATE:ref_date>>

RE: <<PERSON:pt_full>>, NHI <<ID:natid>>, DOB <<DATE:dob>>
Prescription <<ID:rx_no>> - methadone {doses} mg daily, Dr <<PERSON:dr_init>>

Client has missed doses on <<DATE:d4_s>>, <<DATE:d5_s>> and <<DATE:d6_s>>. Per protocol we will not dispense until reviewed. Client's partner <<PERSON:partner_full>> came in asking for the takeaways; declined.
Case manager <<PERSON:kw_full>> advised by phone at {t1}. Please contact pharmacist <<PERSON:pharm_full>> on <<PHONE:pharm_phone>> or <<EMAIL:pharm_email>>.

CONFIDENTIAL: if received in error please call <<PHONE:pharm_phone>> and destroy.""",
    "nz_psychogeriatric_review": """MENTAL HEALTH SERVICES FOR OLDER PEOPLE - DOMICILIARY REVIEW
<<ORG:team>>        Date <<DATE:ref_date>>        NHI <<ID:natid>>
Client: <<PERSON:pt_full>> (prefers "<<PERSON:pt_nick>>"), <<AGE:age>> yrs, <<ADDRESS:pt_addr>>
EPOA (welfare): <<PERSON:dau_full>> (<<PHONE:dau_phone>>)        GP: Dr <<PERSON:gp_full>>, <<PHONE:gp_phone>>

Seen at home with daughter <<PERSON:dau_first>> and home support worker <<PERSON:hca_full>>. Referred after {he} rang 111 three times on <<DATE:inc_date>> saying a man was living in the roof. Police attended (event <<ID:incident_no>>), Constable <<PERSON:pol_full>>.
Background: widowed, lived in <<LOCATION:city>> all {his} life; son <<PERSON:son_full>> (<<AGE:son_age>>) lives in <<LOCATION:birth_city>>.
MSE: pleasant, hard of hearing, visual hallucinations of children in the garden, not distressed by them. ACE-III 61/100.
Impression: probable dementia with Lewy bodies.
Plan: avoid antipsychotics; rivastigmine patch trial; needs assessment via NASC (ref <<ID:referral_no>>); respite at <<ORG:hosp2>> considered. Review by Dr <<PERSON:dr_fi>> <<DATE:rev_date>>.
<<PERSON:nurse_full>>, RN, MHSOP - <<EMAIL:nurse_email>>""",
    "za_mhca_72hr_assessment": """MENTAL HEALTH CARE ACT 17 OF 2002 - 72-HOUR ASSESSMENT (FORM MHCA 07 summary)
Health establishment: <<ORG:gen_hosp>>        Folder no.: <<ID:mrn>>
User: <<PERSON:pt_full>>        SA ID: <<ID:natid>>        DOB <<DATE:dob>>        Age <<AGE:age>>
Address: <<ADDRESS:pt_addr>>        Cell: <<PHONE:pt_phone>>

Application (MHCA 04) by: <<PERSON:mother_full>> (mother), <<PHONE:mother_phone>>, on <<DATE:adm_date>>
Brought by SAPS (<<ORG:police>>), CAS <<ID:crime_ref>>, Const. <<PERSON:pol_full>> (force no. <<ID:pol_badge>>)
Medical practitioner 1: Dr <<PERSON:dr2_full>>, HPCSA <<ID:reg_dr2>>
Mental health care practitioner 2: <<PERSON:nurse_full>>, SANC <<ID:reg_nurse>>

Day 1 (<<DATE:adm_date_s>>): aggressive, threatened neighbour <<PERSON:neighbour_full>> with a panga. Smoking tik and dagga.
Day 2: calmer after haloperidol/promethazine. Says <<PERSON:brother_first>> "took my SASSA money".
Day 3 (<<DATE:ref_date>>): psychotic features persist; no insight.
Outcome: further involuntary care - transfer to <<ORG:hosp>> (MHCA 08 lodged with Review Board, ref <<ID:trib_ref>>). Head of health establishment: Dr <<PERSON:dr_full>>.
Contact sister <<PERSON:sister_nick>> in <<LOCATION:city2>> - <<PHONE:sister_phone>>.""",
    "za_review_board_letter": """MENTAL HEALTH REVIEW BOARD - {area}
Ref: <<ID:trib_ref>>        Tel <<PHONE:court_phone>>        Email <<EMAIL:court_email>>
<<DATE:ref_date>>

The Head of Health Establishment
<<ORG:hosp>>, <<ADDRESS:org_addr>>
Attention: Dr <<PERSON:dr_full>>

RE: APPEAL AGAINST INVOLUNTARY CARE - <<PERSON:pt_upper>>, ID <<ID:natid>>, folder <<ID:mrn>>

The Board received an appeal (MHCA 16) lodged on <<DATE:inc_date>> by the user's {partner_word}, <<PERSON:partner_full>> of <<ADDRESS:partner_addr>>, <<PHONE:partner_phone>>.
The appeal will be heard on <<DATE:hear_date>> at {t2}. The user may be represented; Legal Aid attorney <<PERSON:sol_full>> (<<ORG:law>>) has been notified.
Please submit the 72-hour assessment, the periodic report and the latest MHCA 13 by <<DATE:next_date>>. The treating psychiatrist <<PERSON:dr2_init>> and the ward social worker <<PERSON:sw_full>> should be available.

Yours faithfully
<<PERSON:judge_full>>, Chairperson
<<PERSON:lay_fi>>, community member        <<PERSON:psych_init>>, mental health care practitioner""",
    "za_forensic_observation": """FORENSIC PSYCHIATRY - REPORT IN TERMS OF SECTION 79 OF THE CRIMINAL PROCEDURE ACT 51 OF 1977
<<ORG:court>>        State v <<PERSON:pt_caps>>        Case no. <<ID:court_no>>        CAS <<ID:crime_ref>>
Referred for 30-day observation by Magistrate <<PERSON:judge_full>> on <<DATE:prev_date>>. Admitted to <<ORG:hosp>>, <<ORG:ward>>, on <<DATE:adm_date>>.
Panel: Dr <<PERSON:dr_full>> (psychiatrist, <<ID:reg_dr>>); Dr <<PERSON:dr3_full>> (psychiatrist, <<ID:reg_dr2>>); <<PERSON:psych_full>> (clinical psychologist, <<ID:reg_dr3>>)

Accused: <<PERSON:pt_full>>, DOB <<DATE:dob>>, ID <<ID:natid>>, inmate no. <<ID:prison_no>> (<<ORG:jail>>)
Charge: murder of <<PERSON:vic_full>>, <<AGE:vic_age>>, on <<DATE:first_date>> in <<LOCATION:suburb>>.
Collateral: mother <<PERSON:mother_full>> (<<PHONE:mother_phone>>); investigating officer W/O <<PERSON:pol_full>> (<<PHONE:pol_phone>>); school records from <<ORG:school>>.
Findings: schizophrenia; at the time of the alleged offence the accused was, by reason of mental illness, not capable of appreciating the wrongfulness of {his} act (s78(1)(a)).
Fitness to stand trial (s77): not fit.
Recommendation: State patient (s77(6)(a)(i)).
Signed at <<LOCATION:city>> on <<DATE:ref_date>>.""",
    "za_rehab_intake": """<<ORG:rehab>> - ADMISSION INTAKE (IN-PATIENT, 6 WEEKS)    <<URL:url_rehab>>
Client: <<PERSON:pt_full>>        Known as <<PERSON:pt_nick>>        ID <<ID:natid>>
Medical aid: <<ORG:scheme>>, member no. <<ID:ins_no>>, main member <<PERSON:father_full>>
Address: <<ADDRESS:pt_addr>>        Cell <<PHONE:pt_phone>>        Email <<EMAIL:pt_email>>
Admission date: <<DATE:adm_date>>        Referred by: <<PERSON:sw_full>>, social worker, <<ORG:ngo>> (<<PHONE:sw_phone>>), SACSSP <<ID:reg_sw>>

Substances: methamphetamine (tik) daily x 3 yrs, mandrax weekends, alcohol. Last use <<DATE:inc_date2_s>> {t1}.
Court: diversion order from <<ORG:court>>, case <<ID:court_no>>; probation officer <<PERSON:prob_full>>.
Family: lives with gogo <<PERSON:gran_full>> (<<AGE:gran_age>>) and sister <<PERSON:sister_first>>. Father <<PERSON:father_lf>> works in <<LOCATION:city2>>. The client's {partner_word} <<PERSON:partner_first>> (<<PHONE:partner_phone>>) is not allowed visits in first 2 weeks.
Medical: TB treatment completed <<DATE:prev_date>>. HIV neg (<<DATE:rx_start_s>>). Urine screen <<ID:uds_no>>.
Admitting nurse: <<PERSON:nurse_full>> (SANC <<ID:reg_nurse>>). Counsellor: <<PERSON:ther_first>>.
Emergency contact: <<PERSON:sister_full>>, <<PHONE:sister_phone>>.""",
    "za_child_protection_form22": """CHILDREN'S ACT 38 OF 2005 - REPORTING OF ABUSE OR DELIBERATE NEGLECT OF CHILD (FORM 22)
Designated social worker/office: <<ORG:ngo>>        Ref: <<ID:cp_ref>>        DSD case: <<ID:sc_id>>
Reporter: <<PERSON:nurse_full>>, professional nurse, <<ORG:hosp>>, <<PHONE:ward_phone>>, <<EMAIL:nurse_email>>
Date of report: <<DATE:ref_date>>

Child: <<PERSON:child1_full>>, DOB <<DATE:child1_dob>>, learner at <<ORG:school>>
Child's address: <<ADDRESS:pt_addr>>
Parent: <<PERSON:pt_full>> (mental health care user, admitted <<DATE:adm_date>>), ID <<ID:natid>>
Other caregiver: <<PERSON:gran_full>> (granny, <<AGE:gran_age>>), <<PHONE:gran_phone>>

Nature of concern: child left in the care of the parent's {partner_word} <<PERSON:partner_full>> who is reported by the neighbour <<PERSON:neighbour_first>> to be using drugs in the home; child missed school 11 days (confirmed by teacher <<PERSON:teacher_full>>, <<PHONE:school_phone>>).
SAPS informed: <<ORG:police>>, CAS <<ID:crime_ref>>, Sgt <<PERSON:pol_last>>.
Also reported to the social worker on duty, <<PERSON:sw_full>> (<<PHONE:sw_phone>>).""",
    "us_baker_act_transport": """TRANSPORTATION TO RECEIVING FACILITY - BAKER ACT (CF-MH 3100) / LAW ENFORCEMENT REPORT
Agency: <<ORG:police>>        Report #<<ID:incident_no>>        Deputy/Officer: <<PERSON:pol_full>>, ID <<ID:pol_badge>>
Person taken into custody: <<PERSON:pt_lf>>        DOB <<DATE:dob>>        Age <<AGE:age>>
Address: <<ADDRESS:pt_addr>>        Cell: <<PHONE:pt_phone>>
Date/time: <<DATE:inc_date>> {t3}        Location: <<ADDRESS:inc_addr>>

Circumstances: Called by <<ORG:shelter>> staff member <<PERSON:mgr_full>> after resident threatened to jump from the 3rd floor landing. Subject stated "<<PERSON:ex_first>> took my kids, there's no point". Subject has ex parte injunction against {him} (case <<ID:court_no>>).
Mental health professional contacted: <<PERSON:ther_full>>, LMHC, <<ORG:team>>.
Transported to <<ORG:hosp>> (receiving facility), arrived {t4}, received by <<PERSON:nurse_fi>>, RN.
Property: cell phone, ID card, $14. Vehicle left at scene, tag <<ID:vehicle>>.
Notified: sister <<PERSON:sister_full>> (<<PHONE:sister_phone>>).""",
}


# ---------------------------------------------------------------------------------------------
# Chinese templates (mainland)
# ---------------------------------------------------------------------------------------------
ZH_BLIND14_TEMPLATES: Final[dict[str, str]] = {
    "zh_feiziyuan_ruyuan": """<<ORG:hosp>> 入院记录（非自愿住院）
住院号：<<ID:zyh>>    病区：{bq}    床号：<<ID:bed>>
姓名：<<PERSON:pt_full>>    性别：{xb}    年龄：<<AGE:age>>岁    出生日期：<<DATE:dob>>
身份证号：<<ID:rid>>    医保卡号：<<ID:ybh>>
籍贯：{origin_prov}<<LOCATION:origin_city>>    现住址：<<ADDRESS:pt_addr>>
联系电话：<<PHONE:pt_mob>>
入院时间：<<DATE:inc_date2>> {t2}    病史陈述者：{guard_rel}<<PERSON:guard_full>>（<<PHONE:guard_mob>>），可靠
送诊方式：<<ORG:pcs>>民警<<PERSON:pol_full>>（警号<<ID:jh>>）、<<PERSON:pol2_sur>>警官协助家属送入，接警编号<<ID:jqh>>。

主诉：凭空闻声、怀疑被害2年，加重伴打人1周。
现病史：患者2年前在<<LOCATION:work_city>>务工期间出现失眠，称工友在宿舍装了"监听器"，曾在<<ORG:gen_hosp>>门诊诊断"精神分裂症"，服利培酮后好转，半年前自行停药。近1周认为邻居<<PERSON:neighbor_full>>"放毒气"，<<DATE:inc_date>>凌晨持菜刀敲其家门，并打伤前来劝阻的<<PERSON:sp_given>>（{sp_word}）。
既往史、个人史：无特殊。吸烟10年，否认饮酒及毒品。
家族史：其舅父年轻时"精神失常"，具体诊治不详。
精神检查：意识清，接触被动，存在被害妄想、评论性幻听，自知力缺乏。
入院诊断：精神分裂症。
依据《中华人民共和国精神卫生法》第三十条第二款第二项，患者已发生危害他人安全的行为，经本院<<PERSON:dr_full>>、<<PERSON:dr2_full>>两名精神科执业医师诊断评估，需实施住院治疗。监护人<<PERSON:guard_full>>已签署知情同意书。
记录医师：<<PERSON:dr3_full>>（工号<<ID:gh>>）    上级医师：<<PERSON:dr_sur>>主任""",
    "zh_zhiqing_tongyi": """<<ORG:hosp>>
精神科住院治疗知情同意书
患者姓名：<<PERSON:pt_full>>  性别：{xb}  年龄：<<AGE:age>>  病案号：<<ID:bah>>  住院号：<<ID:zyh>>
监护人姓名：<<PERSON:guard_full>>  与患者关系：{guard_rel}  监护人电话：<<PHONE:guard_mob>>
监护人住址：<<ADDRESS:guard_addr>>

尊敬的患者家属：
根据患者目前病情，医师建议住院治疗。住院期间如出现冲动、外走、自伤等情况，医护人员可依法采取保护性约束措施，并及时通知您。
本人已阅读并理解上述内容，同意患者住院治疗。

监护人签名：<<PERSON:guard_full>>    签字日期：<<DATE:adm_date>>
谈话医师：<<PERSON:dr_full>>    医师执业证书编码：<<ID:zyzs>>
见证护士：<<PERSON:nurse_full>>（执业证号<<ID:hszs>>）
备注：患者胞弟<<PERSON:bro_full>>（<<PHONE:bro_mob>>）为第二联系人；患者本人拒绝签字，由<<PERSON:nurse_sur>>护士记录在案。""",
    "zh_qiangzhi_yiliao_jueding": """<<ORG:court>>
决 定 书
<<ID:court_no>>

申请机关<<ORG:procu>>。
被申请人<<PERSON:pt_full>>，{xb}，<<DATE:dob_up>>出生，公民身份号码<<ID:rid>>，汉族，初中文化，户籍地<<ADDRESS:hukou_addr>>，住<<ADDRESS:pt_addr>>。现被采取临时保护性约束措施，在<<ORG:hosp>>接受治疗。
法定代理人<<PERSON:guard_full>>，系被申请人之{guard_rel}。
诉讼代理人<<PERSON:lawyer_full>>，<<ORG:lawfirm>>律师（法律援助）。

<<ORG:procu>>于<<DATE:adm_date_up>>向本院提出对被申请人强制医疗的申请。本院依法组成合议庭，通知法定代理人到场，公开开庭进行了审理。
本院查明：<<DATE:prev_date_up>>，被申请人<<PERSON:pt_full>>在<<ADDRESS:inc_addr>>，因怀疑被害人<<PERSON:vic_full>>"派人跟踪自己"，持刀将被害人刺伤……经<<ORG:jdsuo>>鉴定（<<ID:jdh>>），被申请人案发时患有精神分裂症，无刑事责任能力。
本院认为，被申请人实施暴力行为，危害公民人身安全，经法定程序鉴定依法不负刑事责任，有继续危害社会可能，应予强制医疗。依照《中华人民共和国刑事诉讼法》第三百零二条之规定，决定如下：
对被申请人<<PERSON:pt_full>>予以强制医疗。

审判长  <<PERSON:judge_full>>
人民陪审员  <<PERSON:wit_full>>
<<DATE:ref_date_up>>
书记员  <<PERSON:clerk_full>>""",
    "zh_gongan_songzhen": """<<ORG:pcs>>
疑似精神障碍患者送诊登记表
接警单号：<<ID:jqh>>    案件编号：<<ID:ajh>>
接警时间：<<DATE:inc_date>> {t1}    出警民警：<<PERSON:pol_full>>（<<ID:jh>>）、<<PERSON:pol2_full>>（<<ID:jh2>>）
事发地点：<<ADDRESS:inc_addr>>
报警人：<<PERSON:wit_full>>，电话<<PHONE:neighbor_mob>>

当事人：<<PERSON:pt_full>>  {xb}  <<AGE:age>>岁  身份证<<ID:rid>>
住址：<<ADDRESS:pt_addr>>    电话：<<PHONE:pt_mob>>
简要情况：当事人在小区楼道内大声喊叫，称"楼上<<PERSON:neighbor_sur>>家往我家放电波"，砸坏对方门锁，劝阻无效。现场未发现管制刀具。当事人{sp_word}<<PERSON:sp_full>>称其近一月不睡觉、不吃药。
处置：依据《精神卫生法》第二十八条，由民警会同家属将其送至<<ORG:hosp>>进行诊断，到达时间{t3}，接诊医生<<PERSON:dr_full>>，门诊号<<ID:mzh>>。
随行车辆：警车<<ID:cph>>。
家属签字：<<PERSON:sp_full>>    值班领导：<<PERSON:pol3_sur>>所长
联系电话：<<PHONE:pcs_tel>>""",
    "zh_shequ_suifang": """严重精神障碍患者随访服务记录表
患者编号：<<ID:mgid>>    姓名：<<PERSON:pt_full>>    随访日期：<<DATE:ref_date>>
管理单位：<<ORG:chc>>    随访医生：<<PERSON:vdoc_full>>（<<PHONE:chc_tel>>）
随访方式：□门诊 ☑家庭访视 □电话    危险性评估：1级
目前症状：□无 ☑幻觉 ☑失眠 □交流困难 □猜疑
自知力：部分    社会功能：生活自理一般
患者年龄：<<AGE:age>>岁    居住：与{guard_rel}<<PERSON:guard_full>>同住，<<ADDRESS:pt_addr>>
监护人电话：<<PHONE:guard_mob>>    以奖代补：已发放至<<DATE:prev_date_s>>
用药：奥氮平10mg qn，服药依从性：间断
实验室检查：血常规（条码<<ID:jyh>>）正常
本次随访分类：不稳定    处置：转诊至<<ORG:hosp>>，转诊单号<<ID:zzdh>>；已告知辖区民警<<PERSON:pol_sur>>警官（<<PHONE:pol_mob>>）及网格员<<PERSON:grid_nick>>。
下次随访日期：<<DATE:next_date>>
随访医生签名：<<PERSON:vdoc_full>>    患者（家属）签名：<<PERSON:guard_given>>""",
    "zh_guanai_bangfu_huiyi": """<<ORG:jdb>>严重精神障碍患者关爱帮扶小组会议纪要
时间：<<DATE:ref_date>> {t2}    地点：<<ORG:jwh>>二楼会议室
主持：<<PERSON:cadre_full>>（街道综治办）
参会：社区民警<<PERSON:pol_full>>、网格员<<PERSON:grid_full>>、社区医生<<PERSON:vdoc_full>>、社工<<PERSON:sw_full>>（<<ORG:sgorg>>）、监护人<<PERSON:guard_full>>
记录：<<PERSON:vol_full>>

一、个案研判：<<PERSON:pt_full>>（编号<<ID:mgid>>），{xb}，<<AGE:age>>岁，住<<ADDRESS:pt_addr>>。近两周夜间在楼下徘徊，与邻居<<PERSON:neighbor_full>>发生口角两次。<<PERSON:vdoc_sur>>医生反映其已自行停药约20天。
二、意见：
1. 由<<PERSON:pol_sur>>警官和<<PERSON:grid_given>>于<<DATE:next_date_s>>前上门，劝说复诊；
2. 社工<<PERSON:sw_nick>>负责对接监护人，协助申请监护补贴（医保号<<ID:ybh>>）；
3. 如出现伤人风险，立即拨打110并联系<<ORG:hosp>>精神科（<<PHONE:dr_tel>>）。
三、监护人<<PERSON:guard_sur>>表示家中经济困难，{guard_rel}的退休金是唯一收入。
签到表附后。""",
    "zh_qiangjie_rusuo_tijian": """<<ORG:jds>>
强制隔离戒毒人员入所健康检查表
决定书文号：<<ID:qjjds>>    所内编号：<<ID:ksno>>
姓名：<<PERSON:pt_full>>    曾用名/绰号：<<PERSON:pt_nick>>    性别：{xb}    年龄：<<AGE:age>>
身份证号码：<<ID:rid>>
户籍地：<<ADDRESS:hukou_addr>>
送戒单位：<<ORG:fenju>>    送戒民警：<<PERSON:pol_full>>、<<PERSON:pol2_full>>    入所日期：<<DATE:adm_date>>

吸毒史：吸食甲基苯丙胺（冰毒）5年，海洛因2年，末次吸食<<DATE:inc_date_s>>。曾于<<DATE:prior_adm>>在<<ORG:mmt>>参加美沙酮维持治疗（编号<<ID:mmt_no>>），后脱失。
尿检：吗啡（+）、甲基安非他明（+），样本号<<ID:ujh>>。
精神状况：焦虑，诉"有人要抓我"，夜眠差。心理评估由<<PERSON:couns_full>>完成，SCL-90总分212。
传染病筛查：HIV抗体（-），HCV抗体（+）。
家属：{sp_word}<<PERSON:sp_full>>，电话<<PHONE:sp_mob>>；已电话告知入所情况。
检查医师：<<PERSON:dr_full>>    管教民警：<<PERSON:jd_full>>（警号<<ID:jh3>>，<<PHONE:jd_tel>>）""",
    "zh_meishatong_fuyao": """<<ORG:mmt>>  服药记录（本周）
服药人员编号：<<ID:mmt_no>>    服药卡号：<<ID:fyk>>
姓名：<<PERSON:pt_full>>    身份证：<<ID:rid>>    联系电话：<<PHONE:pt_mob>>

日期 | 剂量(ml) | 服药时间 | 发药人 | 备注
<<DATE:d1>> | {doses} | {t2} | <<PERSON:pharm_sur>> |
<<DATE:d2>> | {doses} | {t3} | <<PERSON:pharm_sur>> |
<<DATE:d3>> | — | — | — | 未到
<<DATE:d4>> | {doses} | {t4} | <<PERSON:nurse_full>> | 诉昨日在<<LOCATION:town>>亲戚家
<<DATE:d5>> | {doses} | {t5} | <<PERSON:nurse_full>> | 尿检<<ID:ujh>>
<<DATE:d6>> | {doses} | {t6} | <<PERSON:pharm_full>> |

备注：该患者由<<ORG:sfs>>社区戒毒人员转介（<<ID:sjds>>），社区戒毒专职社工<<PERSON:sw_full>>（<<PHONE:sw_mob>>）每月核对服药情况。患者母亲<<PERSON:mo_full>>称其近期与"<<PERSON:friend_nick>>"来往频繁。
门诊电话：<<PHONE:mmt_tel>>    负责医生：<<PERSON:dr_full>>""",
    "zh_xinli_zixun_jilu": """<<ORG:xlorg>> 个案咨询记录（第6次）
个案编号：<<ID:gah>>    来访者：<<PERSON:pt_nick>>（<<PERSON:pt_full>>）    咨询师：<<PERSON:couns_full>>
时间：<<DATE:sess_date>> {t2}-{t3}    形式：线上（<<URL:url_video>>）

来访者本周情绪较前平稳，睡眠5-6小时。谈及与母亲<<PERSON:mo_given>>的冲突："她总拿我跟表姐<<PERSON:sis_given>>比。"回忆初中时被班主任<<PERSON:teacher_sur>>老师当众批评，至今仍感羞耻。
提到{bf}"<<PERSON:friend_nick>>"上周提出分手，当晚曾有割腕念头，未实施。已做安全评估：无具体计划，同意危机时联系咨询师（<<PHONE:couns_mob>>）或到<<ORG:hosp>>急诊。
PHQ-9：14分；GAD-7：11分。
咨询师反思：注意反移情；下次继续认知重构。
督导：<<PERSON:dr2_full>>（<<DATE:rev_date_s>>）
预约下次：<<DATE:next_date>> {t4}    预约链接：<<URL:url_yy>>""",
    "zh_huizhen_dan": """<<ORG:gen_hosp>> 会诊申请单
申请科室：急诊内科    床号：<<ID:bed>>    住院号：<<ID:zyh>>
患者：<<PERSON:pt_full>>  {xb}  <<AGE:age>>岁    申请时间：<<DATE:ref_date>> {t1}
申请医师：<<PERSON:dr2_full>>    会诊科室：精神科（<<ORG:hosp>>对口支援）
会诊目的：患者昨夜服用艾司唑仑约40片及白酒，由其{sp_word}<<PERSON:sp_full>>发现送入，洗胃后意识转清，请评估自杀风险及后续处置。

会诊意见（<<PERSON:dr_full>>，<<DATE:ref_date_s>> {t3}）：
患者近半年因<<ORG:employer>>裁员失业，欠网贷，债主多次打电话到其姐<<PERSON:sis_full>>处。自述"活着拖累<<PERSON:son_given>>"。存在明确自杀意图与计划，既往<<DATE:prior_adm>>曾在<<LOCATION:city>>另一医院因抑郁住院。
诊断：重度抑郁发作，伴自杀行为。
建议：1. 24小时专人陪护，移除危险物品；2. 病情平稳后转<<ORG:hosp>>住院（联系电话<<PHONE:ward_tel>>）；3. 告知家属风险并签字。
会诊医师签名：<<PERSON:dr_sur>>    联系电话：<<PHONE:dr_mob>>""",
    "zh_rexian_weiji": """心理援助热线 来电记录（高危）
来电时间：<<DATE:ref_date>> {t5}    接线员：<<PERSON:vol_full>>（工号<<ID:gh>>）    督导：<<PERSON:couns_full>>
来电号码：<<PHONE:pt_mob>>    来电者自称：<<PERSON:pt_nick>>    性别：{xb}    年龄：约<<AGE:age>>岁
所在地：<<LOCATION:city>><<LOCATION:district>>

来电内容：来电者称与{sp_word}离婚后独居，孩子由对方抚养，近一月失眠，今晚喝酒后站在<<ADDRESS:inc_addr>>楼顶。提到"<<PERSON:sp_given>>不让我见<<PERSON:son_nick>>"。
风险评估：高危（有计划、有工具、饮酒）。
处置：保持通话，另线报警（<<ORG:pcs>>，接警号<<ID:jqh>>），民警<<PERSON:pol_sur>>于{t6}到达现场，来电者同意随民警至<<ORG:hosp>>急诊。
后续：已征得同意，将联系方式转介给<<ORG:chc>>。回访安排在<<DATE:next_date_s>>。
记录人：<<PERSON:vol_given>>""",
    "zh_kanshousuo_yiwu": """<<ORG:kss>> 医务室 在押人员就诊记录
在押人员编号：<<ID:ksno>>    监室：3监区
姓名：<<PERSON:pt_full>>    年龄：<<AGE:age>>    入所日期：<<DATE:adm_date>>    办案单位：<<ORG:fenju>>（案件编号<<ID:ajh>>）

<<DATE:inc_date>> {t1}：管教民警<<PERSON:jd_sur>>报告，该员入所第三天，出汗、流涕、腹泻、全身酸痛，自述吸食海洛因（"白粉"），曾在<<ORG:mmt>>服美沙酮（卡号<<ID:fyk>>）。
查体：瞳孔散大，P 108次/分。
处置：对症处理，报驻所医生<<PERSON:dr_full>>；电话联系<<ORG:mmt>>（<<PHONE:mmt_tel>>）核实剂量，接电话人<<PERSON:nurse2_full>>。
<<DATE:inc_date2>> {t3}：情绪低落，称"对不起我妈"。已列为重点关注人员，夜间加强巡视。
家属送衣物登记：母亲<<PERSON:mo_full>>（<<PHONE:mo_mob>>），<<DATE:d7_s>>。
律师会见：<<PERSON:lawyer_full>>律师，<<DATE:court_date_s>>预约。
医务人员：<<PERSON:nurse_full>>""",
    "zh_sifa_jianding": """<<ORG:jdsuo>>
司法鉴定意见书
<<ID:jdh>>

一、基本情况
委托人：<<ORG:fenju>>
委托鉴定事项：被鉴定人<<PERSON:pt_full>>作案时精神状态及刑事责任能力
受理日期：<<DATE:prev_date>>    鉴定日期：<<DATE:inc_date>>
鉴定地点：<<ORG:kss>>
被鉴定人：<<PERSON:pt_full>>，{xb}，<<DATE:dob>>出生，身份证号<<ID:rid>>，住<<ADDRESS:pt_addr>>。
在场人员：办案民警<<PERSON:pol_full>>、<<PERSON:pol2_full>>

二、基本案情（摘自委托书）
<<DATE:first_date>>晚，被鉴定人在<<ADDRESS:inc_addr>>与其{sp_word}<<PERSON:sp_full>>发生争执，用锤子击打对方头部致重伤。
三、调查材料
1. 其母<<PERSON:mo_full>>（<<AGE:mo_age>>岁）证言：被鉴定人自<<LOCATION:work_city>>返乡后"变了一个人"，常说电视在讲{ta}的事。
2. <<ORG:hosp>>门诊病历（门诊号<<ID:mzh>>）：<<DATE:prior_adm>>诊断"精神分裂症"。
3. 同事<<PERSON:friend_full>>证言。
四、鉴定意见
被鉴定人<<PERSON:pt_full>>患有精神分裂症，作案时处于发病期，受被害妄想影响，实质性辨认能力丧失，评定为无刑事责任能力。
鉴定人：<<PERSON:dr_full>>（主任法医师，执业证号<<ID:zjh>>）
        <<PERSON:dr3_full>>（副主任法医师）
<<DATE:ref_date_up>>""",
    "zh_shegong_gean": """<<ORG:sgorg>> 个案服务记录
个案号：<<ID:sgah>>    服务对象：<<PERSON:pt_full>>    社工：<<PERSON:sw_full>>（社工证<<ID:zjh>>）
转介来源：<<ORG:pcs>>（协查函<<ID:xczh>>）    服务日期：<<DATE:ref_date>>    地点：服务对象家中

服务对象系社区戒毒人员，<<DATE:prev_date>>开始执行社区戒毒（<<ID:sjds>>）。今日家访，服务对象与奶奶<<PERSON:gm_full>>（<<AGE:gm_age>>岁）同住，<<PERSON:gm_given>>奶奶腿脚不便，家中无其他劳动力。服务对象称"<<PERSON:friend_nick>>叫我去<<LOCATION:work_city>>跑车"，社工提醒其社区戒毒期间离开本市需报备。
其父<<PERSON:fa_full>>在<<ORG:employer>>打工，电话<<PHONE:fa_mob>>，表示愿意每周视频监督。
评估：复吸风险中等；家庭支持薄弱。
计划：1. 每周二尿检（<<ORG:chc>>）；2. 链接<<ORG:rehab>>职业技能培训；3. 与<<ORG:sfs>><<PERSON:cadre_sur>>科长沟通就业帮扶。
下次服务：<<DATE:next_date>>    督导：<<PERSON:couns_full>>""",
    "zh_chuyuan_xiaojie": """<<ORG:hosp>> 出院小结
姓名：<<PERSON:pt_full>>  住院号：<<ID:zyh>>  入院：<<DATE:adm_date>>  出院：<<DATE:dc_date>>
入院诊断：双相情感障碍，目前为伴精神病性症状的躁狂发作
出院诊断：同上
入院情况：患者因话多、兴奋、乱花钱2周，由{sp_word}<<PERSON:sp_full>>及其弟<<PERSON:bro_given>>送入。入院前在<<ORG:employer>>刷信用卡消费十余万元。
诊疗经过：予碳酸锂、喹硫平治疗，血锂浓度（检验号<<ID:jyh>>）0.8mmol/L。住院期间曾因冲动予保护性约束1次（<<DATE:adm_date_s>>），由值班医生<<PERSON:dr2_full>>执行。
出院医嘱：1. 继续服药；2. 2周后门诊复查（<<PERSON:dr_sur>>医生门诊，周三上午），可通过<<URL:url_yy>>预约；3. 已将出院信息推送至<<ORG:chc>>，由<<PERSON:vdoc_full>>医生负责随访（<<PHONE:chc_tel>>）。
监护人：<<PERSON:guard_full>>，<<PHONE:guard_mob>>
主治医师：<<PERSON:dr_full>>    住院医师：<<PERSON:dr3_full>>    <<DATE:ref_date>>""",
    "zh_weixin_qunliao": """【微信群：<<ORG:jwh_short>>精防工作群】
<<PERSON:grid_nick>>（网格员）{t1}：@<<PERSON:vdoc_full>> 7幢<<PERSON:pt_full>>今天早上又在楼下骂人，说<<PERSON:neighbor_sur>>家偷{ta}东西
<<PERSON:vdoc_full>>（社区医生）{t2}：收到，上周去随访就说药吃完了。家属电话多少？
<<PERSON:grid_nick>>（网格员）{t2}：{guard_rel}<<PERSON:guard_nick>>，<<PHONE:guard_mob>>
老<<PERSON:pol_sur>>（社区民警）{t3}：我下午过去看看，先别刺激{ta}。有情况打我<<PHONE:pol_mob>>
小<<PERSON:sw_sur>>（社工）{t4}：我跟<<PERSON:pol_sur>>警官一起去。另外<<PERSON:pt_sur>>家低保复审材料<<DATE:next_date_s>>截止
<<PERSON:cadre_given>>（居委会）{t5}：@所有人 明天<<DATE:mtg_date_s>>上午开关爱帮扶小组会，地点居委会
<<PERSON:vdoc_full>>（社区医生）{t6}：已联系<<ORG:hosp>><<PERSON:dr_sur>>主任，可以直接复诊，门诊号<<ID:mzh>>""",
    "zh_weichengnian_baogao": """侵害未成年人案件强制报告登记表
报告单位：<<ORG:xiaoxue>>    报告人：<<PERSON:teacher_full>>（班主任）    联系电话：<<PHONE:teacher_mob>>
报告时间：<<DATE:ref_date>> {t2}    受理单位：<<ORG:pcs>>，受理民警<<PERSON:pol_full>>，受案号<<ID:ajh>>

未成年人：<<PERSON:dau_full>>，女，<<AGE:child_age>>岁，小名"<<PERSON:dau_nick>>"
监护人：<<PERSON:pt_full>>（{xb}，<<AGE:age>>岁，身份证<<ID:rid>>），住<<ADDRESS:pt_addr>>，电话<<PHONE:pt_mob>>
发现情况：学生近两周多次带伤到校，手臂有条状淤青，称"{parent_word}喝了酒就打人"。学生奶奶<<PERSON:gm_full>>反映孩子父母离异后，监护人长期酗酒，曾在<<ORG:hosp>>住院（精神科）。
已采取措施：学校心理老师<<PERSON:couns_full>>进行了初步安抚；已通知<<ORG:fulian>>和<<ORG:jwh>>。
附件：照片3张（已上传<<URL:url_sys>>）""",
    "zh_jiating_baoli_gaojie": """<<ORG:fenju>>
家庭暴力告诫书
<<ID:gzs>>

加害人：<<PERSON:sp_full>>，身份证号码见卷，住<<ADDRESS:sp_addr>>，联系电话<<PHONE:sp_mob>>。
受害人：<<PERSON:pt_full>>，{xb}，<<AGE:age>>岁，公民身份号码<<ID:rid>>，住<<ADDRESS:pt_addr>>。
经查，<<DATE:inc_date>>晚，加害人<<PERSON:sp_full>>在家中因琐事殴打受害人，致其面部软组织挫伤（<<ORG:gen_hosp>>门诊号<<ID:mzh>>）。受害人<<DATE:prev_date_s>>曾因抑郁在<<ORG:hosp>>就诊，加害人多次以"你是精神病"进行辱骂、威胁。
依据《中华人民共和国反家庭暴力法》第十六条，对加害人予以告诫。
办案民警：<<PERSON:pol_full>>、<<PERSON:pol2_full>>    <<DATE:ref_date>>
（抄送：<<ORG:jwh>>、<<ORG:fulian>>；受害人已申请人身安全保护令，案号<<ID:bhl>>）""",
    "zh_shequ_jiedu_xieyi": """社区戒毒社区康复协议书
编号：<<ID:dabh>>
甲方：<<ORG:jdb>>禁毒办（经办人：<<PERSON:cadre_full>>，电话<<PHONE:jwh_tel>>）
乙方：<<PERSON:pt_full>>，{xb}，<<DATE:dob>>生，身份证号<<ID:rid>>，住址<<ADDRESS:pt_addr>>，电话<<PHONE:pt_mob>>
丙方（家属）：<<PERSON:fa_full>>（父亲），电话<<PHONE:fa_mob>>

根据<<ORG:fenju>>作出的社区戒毒决定（<<ID:sjds>>），乙方自<<DATE:rx_start>>起接受社区戒毒，期限三年。
乙方承诺：1. 按时接受尿检（每月不少于2次）；2. 离开<<LOCATION:city>>须提前报告；3. 不与吸毒人员<<PERSON:friend_full>>等来往。
甲方责任：指定专职社工<<PERSON:sw_full>>（<<PHONE:sw_mob>>）负责帮教；协调<<ORG:chc>>提供戒毒医疗服务。
签订日期：<<DATE:ref_date>>
甲方（盖章）    乙方签名：<<PERSON:pt_full>>    丙方签名：<<PERSON:fa_given>>""",
    "zh_niaojian_csv": """序号,姓名,身份证号,检测日期,样本号,吗啡,冰毒,K粉,检测人,备注
1,<<PERSON:pt_full>>,<<ID:rid>>,<<DATE:d2>>,<<ID:ujh>>,阴性,阴性,阴性,<<PERSON:tech_full>>,
2,<<PERSON:friend_full>>,-,<<DATE:d2>>,<<ID:jyh>>,阴性,阳性,阴性,<<PERSON:tech_full>>,已通知<<ORG:sfs>>
3,<<PERSON:vic_full>>,-,<<DATE:d3>>,<<ID:zzdh>>,阴性,阴性,阴性,<<PERSON:nurse2_full>>,
# 导出：<<ORG:chc>> 社区戒毒尿检登记 <<DATE:ref_date>> 操作员 <<PERSON:nurse_pyl>>
# 复核：<<PERSON:dr_full>>  电话<<PHONE:chc_tel>>""",
    "zh_huli_jiaoban": """<<ORG:hosp>> {bq} 护理交班记录  <<DATE:ref_date>>  夜班
病区实有24人，新入1人，出院1人，请假0人，保护性约束1人。

<<ID:bed>>床 <<PERSON:pt_full>>（住院号<<ID:zyh>>），<<AGE:age>>岁，今日{t1}由{guard_rel}<<PERSON:guard_given>>陪同入院。入院后拒食、拒药，称"饭里有毒"，{t2}冲动踢门，遵<<PERSON:dr2_full>>医嘱予保护性约束，四肢约束，每15分钟观察一次，{t4}解除。家属要求每日电话告知情况，电话<<PHONE:guard_mob>>。
出院：<<PERSON:friend_full>>，{t3}由其姐<<PERSON:sis_full>>接出院。
其他：<<PERSON:vic_nick>>（老病人）夜间起床3次，已处理。
交班护士：<<PERSON:nurse_full>>    接班护士：<<PERSON:nurse2_full>>    护士长签阅：<<PERSON:tech_full>>""",
    "zh_menzhen_yuyin": """门诊病历（语音录入，未校对）
<<ORG:hosp>> 精神科门诊  就诊号<<ID:jzh>>  <<DATE:ref_date>>
患者<<PERSON:pt_full>> {xb} <<AGE:age>>岁 医保卡号<<ID:ybh>> 电话<<PHONE:pt_mob>>
主诉 情绪低落失眠三个月 加重一周
现病史 患者三个月前因儿子<<PERSON:son_given>>在<<LOCATION:work_city>>出车祸 之后开始睡不着 吃不下 自己说活着没意思 上周在家吃了十几片安眠药 被<<PERSON:sp_given>>发现送到<<ORG:gen_hosp>>洗胃 今日由{sp_word}和女儿<<PERSON:dau_nick>>陪同来诊 女儿电话<<PHONE:dau_mob>>
既往史 高血压 平时在<<ORG:chc>>拿药 <<PERSON:vdoc_sur>>医生开的
精神检查 意识清 情绪低 有消极观念 否认幻觉
诊断 抑郁发作 重度
处理 舍曲林50mg qd 曲唑酮 建议住院 家属考虑 已签拒绝住院告知书
复诊 一周后 <<DATE:next_date_s>> 挂<<PERSON:dr_sur>>主任号
医生 <<PERSON:dr_full>>""",
    "zh_laonian_huizhen": """<<ORG:gen_hosp>> 老年精神科会诊记录
患者：<<PERSON:pt_full>>    床号：<<ID:bed>>    住院号：<<ID:zyh>>    年龄：<<AGE:age_cn>>岁
申请科室：骨科    申请医师：<<PERSON:dr2_full>>    会诊时间：<<DATE:ref_date>> {t2}

病史：患者<<DATE:adm_date>>在家中跌倒致股骨颈骨折入院，术后第2天夜间出现胡言乱语，称"<<PERSON:fa_given>>来接我回家"（其父已故多年），拔输液管，不认识家人。儿子<<PERSON:son_full>>（<<AGE:son_age>>岁，<<PHONE:son_mob>>）诉患者近两年记性差，常把女儿<<PERSON:dau_given>>认成自己的妹妹，常找不到回家的路，曾走失一次，由<<ORG:pcs>>民警送回。平时与保姆<<PERSON:wit_full>>同住于<<ADDRESS:pt_addr>>。
检查：意识波动，定向力差，注意力不集中，MMSE无法完成。
诊断：谵妄（术后），阿尔茨海默病可能。
建议：1. 寻找并纠正诱因（电解质、感染、疼痛）；2. 小剂量喹硫平12.5mg qn，必要时；3. 家属陪护，保持夜间照明；4. 出院后至<<ORG:hosp>>记忆门诊随访。
会诊医师：<<PERSON:dr_full>>（<<PHONE:dr_tel>>）""",
    "zh_shuangxiang_zhuanzhen": """双向转诊单（上转）    单号：<<ID:zzdh>>
转出单位：<<ORG:chc>>    转入单位：<<ORG:hosp>>
患者姓名：<<PERSON:pt_full>>    性别：{xb}    年龄：<<AGE:age>>    身份证号：<<ID:rid>>
健康档案号：<<ID:jkh>>    严重精神障碍管理编号：<<ID:mgid>>
家庭住址：<<ADDRESS:pt_addr>>    联系电话：<<PHONE:pt_tel>> / <<PHONE:pt_mob>>
初步诊断：精神分裂症（病情不稳定）
转诊原因：近一周拒药，凭空对骂，砸坏家中电视，监护人<<PERSON:guard_full>>无法管理。危险性评估3级。
已告知：辖区民警<<PERSON:pol_full>>、网格员<<PERSON:grid_full>>
转诊医生：<<PERSON:vdoc_full>>    联系电话：<<PHONE:vdoc_mob>>    转诊日期：<<DATE:ref_date>>
————以下由接诊单位填写————
接诊科室：精神科门诊    接诊医生：<<PERSON:dr_full>>    接诊日期：<<DATE:inc_date2>>    处理：收住院，住院号<<ID:zyh>>""",
    "zh_jingyi_yanpan": """警医联动 重点人员研判会记录
时间：<<DATE:ref_date>> {t3}    地点：<<ORG:pcs>>会议室    视频接入：<<URL:url_video>>
参会：<<ORG:pcs>>副所长<<PERSON:pol_full>>、社区民警<<PERSON:pol2_full>>，<<ORG:hosp>>医务科<<PERSON:dr2_full>>、精神科<<PERSON:dr_full>>，<<ORG:chc>><<PERSON:vdoc_full>>，<<ORG:sgorg>>社工<<PERSON:sw_full>>

研判对象1：<<PERSON:pt_full>>，身份证号<<ID:rid>>，管理编号<<ID:mgid>>。近期警情2起（<<ID:jqh>>等），内容为与{sp_word}<<PERSON:sp_given>>争吵、扬言"烧房子"。<<PERSON:dr_sur>>医生意见：符合住院指征，建议家属送诊，必要时依法由公安协助。
研判对象2：<<PERSON:friend_full>>（化名"<<PERSON:friend_nick>>"），无固定住所，常在<<LOCATION:town>>一带流浪，曾在<<ORG:rehab>>康复，目前失联。请网格员<<PERSON:grid_full>>协助查找。
会议决定：对象1列为高风险，由<<PERSON:pol2_sur>>警官牵头于<<DATE:next_date_s>>前完成上门；所需救护车联系<<PHONE:ward_tel>>。
记录人：<<PERSON:clerk_full>>""",
    "zh_yingwen_zhaiyao": """病历摘要（中英文，供境外保险理赔）/ MEDICAL SUMMARY
Hospital: <<ORG:hosp>>    Inpatient No.: <<ID:zyh>>
Patient: <<PERSON:pt_pyu>> (<<PERSON:pt_full>>)    Sex: {xb}    DOB: <<DATE:dob>>
Passport/ID: <<ID:rid>>
Address: <<ADDRESS:pt_addr>>    Tel: <<PHONE:pt_mob>>    Email: <<EMAIL:pt_email>>
Admission: <<DATE:adm_date>>    Discharge: <<DATE:dc_date>>
Diagnosis: Acute and transient psychotic disorder (F23) / 急性短暂性精神病性障碍
Summary: <<PERSON:pt_py>> was brought in by {sp_en} <<PERSON:sp_pyr>> after 5 days of insomnia and persecutory ideas following travel. Treated with olanzapine 10 mg; symptoms resolved by day 9.
Emergency contact: <<PERSON:sp_pyu>> (<<PHONE:sp_mob>>, <<EMAIL:sp_email>>)
Overseas relative: <<PERSON:tw_full>>（台湾，<<PHONE:tw_mob>>）
Attending psychiatrist: Dr. <<PERSON:dr_py>> / <<PERSON:dr_full>>主任医师, Tel <<PHONE:dr_tel>>, Email <<EMAIL:dr_email>>
Claim reference: <<ID:yzbh>>    Date: <<DATE:ref_date>>""",
    "zh_yibao_teshu_bingzhong": """门诊特殊病种（严重精神障碍）待遇申请表
申请人：<<PERSON:pt_full>>    身份证号：<<ID:rid>>    医保编号：<<ID:ybh>>
参保地：<<LOCATION:city_full>>    联系电话：<<PHONE:pt_mob>>    邮箱：<<EMAIL:pt_email>>
户籍地址：<<ADDRESS:hukou_addr>>
现居住地址：<<ADDRESS:pt_addr>>
代办人：<<PERSON:guard_full>>（{guard_rel}），电话<<PHONE:guard_mob>>
疾病名称：双相情感障碍    首次确诊日期：<<DATE:first_date>>    确诊医院：<<ORG:hosp>>
鉴定医师：<<PERSON:dr_full>>、<<PERSON:dr2_full>>
定点医疗机构：<<ORG:hosp>>、<<ORG:chc>>
经办机构审核意见：同意，待遇享受期自<<DATE:rx_start>>至<<DATE:exp_date>>。
经办人：<<PERSON:clerk_full>>（<<ID:gh2>>）    <<DATE:ref_date>>
线上查询：<<URL:url_gzh>>""",
    "zh_gaoxiao_xinli_weiji": """<<ORG:univ>>心理健康教育与咨询中心 危机个案转介单
学生：<<PERSON:pt_full>>  {xb}  <<AGE:age>>岁  学号<<ID:ykth>>  所在学院：计算机学院    辅导员：<<PERSON:teacher_full>>（<<PHONE:teacher_mob>>，<<EMAIL:teacher_email>>）
宿舍：<<ADDRESS:org_addr>>
发现经过：<<DATE:inc_date>>晚，室友<<PERSON:friend_full>>发现其在朋友圈发布"再见了"并附药盒照片，随即报告辅导员。宿管<<PERSON:neighbor_sur>>阿姨协助看护至辅导员到场。
咨询师评估（<<PERSON:couns_full>>）：重度抑郁症状，有自杀计划，风险等级：高。
处置：已通知家长<<PERSON:fa_full>>（<<PHONE:fa_mob>>），家长当晚从<<LOCATION:origin_city>>赶来；由辅导员陪同至<<ORG:hosp>>急诊，接诊医生<<PERSON:dr_full>>。
学生微信：<<ID:wx>>    QQ：<<ID:qq>>
转介日期：<<DATE:ref_date>>    中心电话：<<PHONE:xl_tel>>""",
    "zh_yanglaoyuan_zhuanzhen": """<<ORG:ylorg>> 老人病情告知及转诊记录
老人姓名：<<PERSON:pt_full>>    年龄：<<AGE:age>>    入住日期：<<DATE:first_date>>    房间/床位：<<ID:bed>>
身份证号：<<ID:rid>>    医保卡：<<ID:ybh>>
紧急联系人：儿子<<PERSON:son_full>>（<<PHONE:son_mob>>）、女儿<<PERSON:dau_full>>（<<PHONE:dau_mob>>）

情况说明：老人近一周夜间吵闹，称同房间<<PERSON:neighbor_full>>奶奶"偷{ta}的金镯子"，<<DATE:inc_date>>凌晨{t1}推倒护理员<<PERSON:vol_full>>。白天嗜睡，进食减少。院内医生<<PERSON:dr2_full>>查看后建议专科就诊。
老人平时称护理员为"<<PERSON:nurse_nick>>"，对其比较信任。
转诊：<<DATE:ref_date>>由<<PERSON:nurse_full>>陪同至<<ORG:hosp>>老年精神科，挂号单号<<ID:mzh>>，医生<<PERSON:dr_full>>。
家属意见：儿子<<PERSON:son_sur>>先生同意转诊，费用自理。
院长：<<PERSON:cadre_full>>    电话：<<PHONE:sg_tel>>""",
    "zh_duanxin_tongzhi": """随访短信发送记录（系统导出）
发送平台：<<URL:url_sys>>    操作员：<<PERSON:vdoc_full>>
----------------------------------------
<<DATE:d2>> {t2} → <<PHONE:guard_mob>>
【<<ORG:chc>>】您好，您家属<<PERSON:pt_full>>的免费服药已到期，请于<<DATE:next_date_s>>前到社区卫生服务中心领取，咨询<<PHONE:chc_tel>>。
<<DATE:d4>> {t3} → <<PHONE:pt_mob>>
【<<ORG:hosp>>】<<PERSON:pt_nick>>你好，<<PERSON:dr_sur>>医生提醒您<<DATE:rev_date_s>>复诊，预约号<<ID:yzbh>>。
<<DATE:d6>> {t4} → <<PHONE:sw_mob>>（转发）
社工<<PERSON:sw_given>>：<<PERSON:pt_sur>>家今天没人开门，邻居说去<<LOCATION:origin_city>>老家了。
----------------------------------------
状态：已送达3条""",
}


# ---------------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------------
def generate_blind14(language: str, count: int) -> list[SynthNote]:
    """``count`` notes; note i uses the i-th template in sorted name order (round robin), deterministic."""
    if language == "en":
        templates: dict[str, str] = EN_BLIND14_TEMPLATES
        build: Callable[[random.Random, _Fakers, str], _Built] = _en_build
    elif language == "zh":
        templates = ZH_BLIND14_TEMPLATES
        build = _zh_build
    else:
        raise ValueError(f"unsupported language {language!r}; expected 'en' or 'zh'")
    names = sorted(templates)
    notes: list[SynthNote] = []
    for i in range(count):
        name = names[i % len(names)]
        rng = random.Random(f"{BLIND14_SEED}:{language}:{i}")
        fk = _Fakers(f"{BLIND14_SEED}:{language}:{i}")
        built = build(rng, fk, name)
        text, spans = render(templates[name], built.values, age_of=blind14_age_of)
        notes.append(
            SynthNote(
                note_id=f"{BLIND14_SPLIT}-{language}-{i + 1:04d}",
                split=BLIND14_SPLIT,
                language=language,
                template=name,
                text=text,
                spans=spans,
                known=built.known,
            )
        )
    return notes
