# ruff: noqa: E501
# (Template lines are note text; they keep the widths a real EHR export has.)
"""Second blind evaluation set for the de-identifier: synthetic notes with gold PHI spans.

Written blind to the recognisers on 2026-11-21: its author did not read the analyzer, the
session code, the self-test, the earlier evaluation sets or their documentation, and reused none
of the earlier templates' phrasings. **Never use these templates or their notes for tuning**;
only report aggregate figures from them, or the set stops being blind.

Notes imitate real hospital exports: lab tables, flowsheets, medication administration records,
discharge instructions, clinician e-mail, consent forms, run sheets, letters, certificates,
secure-chat messages (English) and the usual Chinese inpatient and outpatient documents.

Gold rules
----------
* ``<<KIND:key>>`` in a template is a gold span, ``{key}`` is filler that is not PHI.
* A title, role or credential (Dr., RN, 医生, 主任, 女士, 老/小/阿) is never part of a PERSON span:
  in 王女士 or 老王 the gold span is 王; in "Dr. Smith, MD" it is Smith.
* Street addresses and postcodes are ADDRESS, cities / counties / towns named on their own are
  LOCATION, hospitals / clinics / employers / schools / agencies / payers are ORG; bed and room
  numbers, accession, device serial, licence, plan and IP numbers are ID.
* Dates are gold in every form (with or without a year, month-year); times and bare years are not.
* ``AGE`` is gold only for 90 and over (the number only, in digits, words or Chinese numerals).
* Drugs, doses, lot and catalogue numbers, lab values, diagnoses (eponyms included), scores,
  durations, departments, wards and operating-room numbers are filler.

Each note carries ``known``: what the structured record lists for the patient (name and parts,
record number, SSN or resident ID, phone, street address, city, ISO birth date, e-mail). For
Chinese patients a single-character surname is not listed on its own (a compound one is).

Deterministic for one Faker version: ``generate_blind2(language, count)`` always gives the same
notes; templates are used round-robin so every one appears.
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
from integration.deid.synth import GoldSpan, SynthNote, cn_resident_id, render

__all__ = [
    "BLIND2_SEED",
    "EN_BLIND2_TEMPLATES",
    "MBI_PATTERN",
    "SPLIT",
    "ZH_BLIND2_TEMPLATES",
    "age_number",
    "dea_valid",
    "generate_blind2",
    "npi_valid",
    "render_blind2",
    "resident_id_valid",
]

BLIND2_SEED: Final = 61_803_398
SPLIT: Final = "blind2"

# CMS Medicare Beneficiary Identifier: 11 characters, letters exclude S L O I B Z.
_MBI_ALPHA: Final = "ACDEFGHJKMNPQRTUVWXY"
MBI_PATTERN: Final = re.compile(
    r"[1-9][ACDEFGHJKMNPQRTUVWXY][ACDEFGHJKMNPQRTUVWXY0-9][0-9]-?"
    r"[ACDEFGHJKMNPQRTUVWXY][ACDEFGHJKMNPQRTUVWXY0-9][0-9]-?"
    r"[ACDEFGHJKMNPQRTUVWXY]{2}[0-9]{2}"
)

# ---------------------------------------------------------------------------------------------
# Rendering (same markup as ``synth.render``; ages may also be words or Chinese numerals)
# ---------------------------------------------------------------------------------------------
_EN_ONES: Final = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_EN_TENS: Final = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_CN_DIGITS: Final = "〇一二三四五六七八九"


def _en_words(n: int) -> str:
    if n < 20:
        return _EN_ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _EN_TENS[tens] + (f"-{_EN_ONES[ones]}" if ones else "")
    hundreds, rest = divmod(n, 100)
    return f"{_EN_ONES[hundreds]} hundred" + (f" {_en_words(rest)}" if rest else "")


def _cn_number(n: int) -> str:
    """Chinese numerals for 0-199 as written for ages and days (九十二, 一百零一, 十五)."""
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n - 10] if n > 10 else "")
    if n < 100:
        tens, ones = divmod(n, 10)
        return _CN_DIGITS[tens] + "十" + (_CN_DIGITS[ones] if ones else "")
    rest = n - 100
    if rest == 0:
        return "一百"
    if rest < 10:
        return "一百零" + _CN_DIGITS[rest]
    if rest < 20:
        return "一百一十" + (_CN_DIGITS[rest - 10] if rest > 10 else "")
    return "一百" + _cn_number(rest)


def age_number(value: str) -> int:
    """The number in an age as written here: digits, English words or Chinese numerals."""
    text = value.strip()
    if text.isdigit():
        return int(text)
    lowered = text.lower().replace("-", " ")
    if all(word in _EN_ONES or word in _EN_TENS or word == "hundred" for word in lowered.split()):
        total = 0
        for word in lowered.split():
            if word == "hundred":
                total *= 100
            elif word in _EN_TENS:
                total += 10 * _EN_TENS.index(word)
            else:
                total += _EN_ONES.index(word)
        return total
    total, current = 0, 0
    for char in text:
        if char == "零":
            current = 0
        elif char in _CN_DIGITS:
            current = _CN_DIGITS.index(char)
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
        else:
            raise ValueError("age is not a number")
    return total + current


def render_blind2(template: str, values: dict[str, str]) -> tuple[str, tuple[GoldSpan, ...]]:
    """:func:`integration.deid.synth.render`, reading ages written in words or Chinese numerals."""
    return render(template, values, age_of=age_number)


# ---------------------------------------------------------------------------------------------
# Check-digit identifiers
# ---------------------------------------------------------------------------------------------
def _luhn_check_digit(digits: str) -> int:
    total = 0
    for position, char in enumerate(reversed(digits)):
        d = int(char)
        if position % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def _npi(rng: random.Random) -> str:
    body = f"{rng.choice('12')}{rng.randint(0, 99_999_999):08d}"
    return body + str(_luhn_check_digit("80840" + body))


def npi_valid(value: str) -> bool:
    """NPI: 10 digits, Luhn over the 80840 prefix."""
    if not re.fullmatch(r"[12]\d{9}", value):
        return False
    return _luhn_check_digit("80840" + value[:9]) == int(value[9])


def _dea(rng: random.Random, surname: str) -> str:
    initial = unicodedata.normalize("NFKD", surname)[:1].upper()
    if not ("A" <= initial <= "Z"):
        initial = "9"
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFGM") + initial + "".join(map(str, d)) + str(check)


def dea_valid(value: str) -> bool:
    """DEA registration: 2 letters (second may be 9), 7 digits, last one a check digit."""
    if not re.fullmatch(r"[A-Z][A-Z9]\d{7}", value):
        return False
    d = [int(c) for c in value[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def _mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + "0123456789"
    chars = [
        str(rng.randint(1, 9)), rng.choice(_MBI_ALPHA), rng.choice(an), str(rng.randint(0, 9)),
        rng.choice(_MBI_ALPHA), rng.choice(an), str(rng.randint(0, 9)),
        rng.choice(_MBI_ALPHA), rng.choice(_MBI_ALPHA), str(rng.randint(0, 9)), str(rng.randint(0, 9)),
    ]  # fmt: skip
    raw = "".join(chars)
    return f"{raw[:4]}-{raw[4:7]}-{raw[7:]}" if rng.random() < 0.5 else raw


def _nhs_number(rng: random.Random) -> str:
    while True:
        body = [rng.randint(0, 9) for _ in range(9)]
        check = 11 - sum(d * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
        if check == 10:
            continue
        digits = "".join(map(str, body)) + str(0 if check == 11 else check)
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def _hkid(rng: random.Random) -> str:
    letter = rng.choice("ACDEGHKMPRVYZ")
    digits = [rng.randint(0, 9) for _ in range(6)]
    total = 8 * (ord(letter) - 55) + sum(d * w for d, w in zip(digits, range(7, 1, -1), strict=True))
    check = (11 - (36 * 9 + total) % 11) % 11
    return f"{letter}{''.join(map(str, digits))}({'A' if check == 10 else check})"


_ID_WEIGHTS: Final = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def resident_id_valid(value: str) -> bool:
    """GB 11643 resident ID: 17 digits and an ISO 7064 MOD 11-2 check character."""
    if not re.fullmatch(r"\d{17}[\dX]", value):
        return False
    total = sum(int(c) * w for c, w in zip(value[:17], _ID_WEIGHTS, strict=True))
    return "10X98765432"[total % 11] == value[17]


# ---------------------------------------------------------------------------------------------
# Small format helpers
# ---------------------------------------------------------------------------------------------
def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _en_date(rng: random.Random, day: dt.date, kind: str = "full") -> str:
    month = day.strftime("%B")
    mon = month[:3]
    styles: list[str]
    if kind == "full":
        styles = [
            f"{day.month:02d}/{day.day:02d}/{day.year}", f"{day.month}/{day.day}/{day.year}",
            f"{day.month}/{day.day}/{day.year % 100:02d}", f"{month} {day.day}, {day.year}",
            f"{mon} {day.day}, {day.year}", f"{mon} {day.day} {day.year}", f"{day.day} {month} {day.year}",
            f"{day.day:02d}-{mon}-{day.year}", f"{day.day:02d}{mon.upper()}{day.year}", day.isoformat(),
            f"{day.year}/{day.month:02d}/{day.day:02d}", f"{month} {_ordinal(day.day)}, {day.year}",
            f"{day.month:02d}-{day.day:02d}-{day.year}", f"{day.month:02d}.{day.day:02d}.{day.year % 100:02d}",
        ]  # fmt: skip
    elif kind == "noyear":
        styles = [
            f"{day.month}/{day.day}", f"{mon} {day.day}", f"{month} {_ordinal(day.day)}",
            f"{_ordinal(day.day)} of {month}", f"{day.day}-{mon}", f"{day.month:02d}/{day.day:02d}",
            f"{month} {day.day}",
        ]  # fmt: skip
    elif kind == "intl":
        styles = [
            f"{day.day:02d}/{day.month:02d}/{day.year}", f"{day.day}.{day.month}.{day.year}",
            f"{day.day} {month} {day.year}", f"{day.day} {mon} {day.year}", f"{_ordinal(day.day)} {month} {day.year}",
            f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d}",
        ]  # fmt: skip
    elif kind == "monthyear":
        styles = [f"{month} {day.year}", f"{mon} {day.year}", f"{day.month:02d}/{day.year}", f"{day.month}/{day.year}"]
    else:  # "stamp": what a system prints in a table
        styles = [
            f"{day.month:02d}/{day.day:02d}/{day.year}", day.isoformat(), f"{day.month:02d}/{day.day:02d}/{day.year % 100:02d}",
            f"{day.day:02d}-{mon.upper()}-{day.year}",
        ]  # fmt: skip
    return rng.choice(styles)


def _en_time(rng: random.Random) -> str:
    h, m = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice(
        [
            f"{h:02d}{m:02d}",
            f"{h:02d}:{m:02d}",
            f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}",
            f"{h:02d}{m:02d}h",
        ]
    )


def _zh_date(rng: random.Random, day: dt.date, kind: str = "full") -> str:
    y, m, d = day.year, day.month, day.day
    if kind == "noyear":
        return rng.choice([f"{m}月{d}日", f"{m}月{d}号", f"{m:02d}-{d:02d}", f"{m}.{d}", f"{m}-{d}"])
    if kind == "cn":
        year = "".join(_CN_DIGITS[int(c)] for c in str(y))
        return f"{year}年{_cn_number(m)}月{_cn_number(d)}日"
    if kind == "monthyear":
        return rng.choice([f"{y}年{m}月", f"{y}.{m:02d}", f"{y}-{m:02d}"])
    return rng.choice(
        [
            f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日", day.isoformat(), f"{y}/{m}/{d}", f"{y}.{m:02d}.{d:02d}",
            f"{y}-{m}-{d}", f"{y}/{m:02d}/{d:02d}", f"{y}{m:02d}{d:02d}",
        ]
    )  # fmt: skip


def _zh_time(rng: random.Random) -> str:
    h, m = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice(
        [f"{h:02d}:{m:02d}", f"{h}时{m}分", f"{h:02d}：{m:02d}", f"{h:02d}:{m:02d}:{rng.randint(0, 59):02d}"]
    )


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", folded.lower()) or "user"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------------------------------------
# English people, places, organisations
# ---------------------------------------------------------------------------------------------
_EN_LOCALES: Final = ("en_US", "en_GB", "en_CA", "en_NZ", "en_PH", "en_IN")
_OWN_EN_FEMALE: Final = (
    "Siobhán", "Aroha", "Precious", "Hope", "Faith", "Summer", "Marigold", "Divya", "Maricel", "Ngaire",
    "Oluwaseun", "Zainab", "Yesenia", "Guadalupe", "Mei-Ling", "Priyanka", "Brandi-Lynn", "Mary Kate", "Georgette",
    "Wilhelmina", "Dolores", "Constance", "Ma. Theresa", "Lorna", "Aaliyah", "Rosario", "Temperance", "June",
)  # fmt: skip
_OWN_EN_MALE: Final = (
    "Tane", "Rawiri", "Emmanuel", "Rafael", "Pádraig", "Bartholomew", "Mohammed", "Kwame", "Ravi", "Jose Mari",
    "Rustam", "Teodoro", "Will", "Grant", "Mark", "Frank", "Hunter", "Chase", "Jean-Luc", "Dwayne", "LeRoy",
    "Clement", "Amos", "Baldev", "Ezekiel", "Miles", "Royal", "Sonny",
)  # fmt: skip
_OWN_EN_LAST: Final = (
    "O'Sullivan", "MacLeod", "van der Merwe", "De la Cruz", "Dela Peña", "St. John", "Te Huia", "Ngata",
    "Adeyemi-Whitfield", "Fitzgerald-Ross", "Nguyen", "Tran", "Oyelaran", "Krishnamurthy", "Venkataraman",
    "Banerjee", "Macapagal", "Bautista", "Sandoval", "Kowalczyk", "Brown", "White", "Young", "King", "Price",
    "Little", "Short", "Walker", "Cook", "Bishop", "Moody", "Love", "Rich", "Parkinson", "Graves", "Bell",
    "Hodgkin", "Crohn", "Tuipulotu", "Ó Briain", "Abernathy", "Dimaculangan", "Sithebe", "Mahmoud", "Begay",
)  # fmt: skip
_NICKNAMES_M: Final = (
    ("Robert", "Bob"), ("William", "Bill"), ("James", "Jim"), ("Joseph", "Joe"), ("Charles", "Chuck"),
    ("Edward", "Ted"), ("Thomas", "Tommy"), ("Lawrence", "Larry"), ("Harold", "Hal"), ("Henry", "Hank"),
    ("Michael", "Mickey"), ("Anthony", "Tony"), ("Gerald", "Jerry"), ("Ignatius", "Iggy"), ("Francisco", "Paco"),
    ("Rodrigo", "Digoy"), ("Venkatesh", "Venky"),
)  # fmt: skip
_NICKNAMES_F: Final = (
    ("Margaret", "Peggy"), ("Elizabeth", "Betty"), ("Katherine", "Kit"), ("Dorothy", "Dot"), ("Patricia", "Trish"),
    ("Mary", "Molly"), ("Eleanor", "Nell"), ("Susan", "Sue"), ("Deborah", "Debbie"), ("Josephine", "Jo"),
    ("Virginia", "Ginny"), ("Theresa", "Tess"), ("Concepcion", "Connie"), ("Maria Lourdes", "Malou"),
    ("Rosalind", "Roz"), ("Wilhelmina", "Billie"),
)  # fmt: skip
_EN_CITIES: Final = (
    ("Mobile", "AL"), ("Reading", "PA"), ("Normal", "IL"), ("Independence", "MO"), ("Florence", "SC"),
    ("Jackson", "MS"), ("Tyler", "TX"), ("Warren", "MI"), ("Lincoln", "NE"), ("Eugene", "OR"), ("Augusta", "GA"),
    ("Duluth", "MN"), ("Boise", "ID"), ("Tacoma", "WA"), ("Fresno", "CA"), ("Dayton", "OH"), ("Paterson", "NJ"),
    ("Lowell", "MA"), ("Chester", "PA"), ("Hope", "AR"), ("Commerce", "TX"), ("Victoria", "TX"), ("Camden", "NJ"),
    ("Bangor", "ME"), ("Kalamazoo", "MI"), ("Yakima", "WA"), ("Gary", "IN"), ("Troy", "NY"), ("Salem", "OR"),
    ("Provo", "UT"), ("Laredo", "TX"), ("Hilo", "HI"), ("Sioux Falls", "SD"), ("Winston-Salem", "NC"),
    ("Coeur d'Alene", "ID"), ("St. Cloud", "MN"),
)  # fmt: skip
_EN_COUNTIES: Final = (
    "Kent County", "Maricopa County", "Cuyahoga County", "Pierce County", "Lancaster County", "Washoe County",
    "Jefferson Parish", "Fairfax County", "Hidalgo County", "Hampden County", "Yakima County", "Hennepin County",
)  # fmt: skip
_HOMETOWNS: Final[dict[str, tuple[str, ...]]] = {
    "en_US": ("Toledo, Ohio", "El Paso", "Biloxi", "Scranton", "Gallup, New Mexico"),
    "en_GB": ("Leeds", "Swansea", "Dundee", "Belfast", "Stoke-on-Trent"),
    "en_CA": ("Moncton", "Red Deer", "Sudbury", "Trois-Rivières", "Corner Brook"),
    "en_NZ": ("Dunedin", "Rotorua", "Napier", "Whanganui", "Invercargill"),
    "en_PH": ("Cebu City", "Iloilo City", "Davao City", "Tacloban", "San Fernando, Pampanga"),
    "en_IN": ("Pune", "Kochi", "Lucknow", "Ludhiana", "Madurai"),
}
_UK_TOWNS: Final = ("Harrogate", "Kettering", "Barnstaple", "Wrexham", "Stockport", "Carlisle", "Kendal", "Truro")
_WORDS: Final = (
    "Cedar", "Willow", "Brookhaven", "Golden Oaks", "Heritage", "Pinecrest", "Riverside", "Summit", "Harborview",
    "Meadowbrook", "Lakeside", "Prairie", "Evergreen", "Silver Creek", "Bayou", "Copper Ridge",
)  # fmt: skip
_SAINTS: Final = ("Luke", "Joseph", "Vincent", "Francis", "Anne", "Mary", "Elizabeth", "Jude", "Agnes", "Catherine")
_LANGUAGES: Final = (
    "Spanish", "Tagalog", "Punjabi", "Vietnamese", "Haitian Creole", "Samoan", "Malayalam", "Cantonese", "Somali",
    "Portuguese", "Arabic", "Tongan",
)  # fmt: skip

# Clinical filler (none of it is PHI)
_EN_DRUGS: Final = (
    "rivaroxaban 15 mg daily with supper", "Lasix 40 mg PO BID", "Eliquis 2.5 mg BID", "Keppra 500 mg BID",
    "piperacillin-tazobactam 3.375 g IV q8h (extended infusion)", "tamsulosin 0.4 mg qHS", "donepezil 10 mg qHS",
    "Seroquel 12.5 mg qHS PRN agitation", "pantoprazole 40 mg daily", "acetaminophen 650 mg q6h PRN",
    "prednisone 40 mg x 5 days", "nitrofurantoin 100 mg BID", "Coumadin 2.5 mg Mon/Wed/Fri, 5 mg other days",
    "amiodarone 200 mg daily", "Humalog 4 units with meals", "cefepime 2 g IV q12h", "gabapentin 100 mg TID",
    "Entresto 24-26 mg BID", "heparin 5,000 units SC q8h", "Zosyn 4.5 g IV q6h",
)  # fmt: skip
_EN_DX: Final = (
    "Parkinson disease with recurrent falls", "Alzheimer dementia with behavioral disturbance", "Graves disease",
    "Guillain-Barré syndrome", "Clostridioides difficile colitis", "Wernicke encephalopathy", "Charcot foot",
    "Fournier gangrene", "Mallory-Weiss tear", "Takotsubo cardiomyopathy", "a ruptured Baker cyst", "Colles fracture",
    "acute on chronic HFrEF (EF 25%)", "sepsis from a urinary source", "hyponatremia (Na 118)",
    "right lower lobe pneumonia", "Hashimoto thyroiditis with myxedema", "Ménière disease", "Stevens-Johnson syndrome",
    "Addison disease in crisis", "COPD exacerbation", "left MCA stroke",
)  # fmt: skip
_EN_SIGNS: Final = (
    "Murphy sign negative", "Homans sign negative", "Babinski downgoing bilaterally", "Romberg positive",
    "Kernig and Brudzinski negative", "Tinel positive at the wrist", "McMurray negative", "Trendelenburg gait",
)  # fmt: skip
_EN_DEVICES: Final = (
    "Foley catheter", "Jackson-Pratt drain", "Hickman line", "Miami J collar", "Bair Hugger", "PICC (right basilic)",
    "Swan-Ganz catheter", "Pleur-evac", "Roho cushion", "Thomas splint",
)  # fmt: skip
_UNITS: Final = ("4 West", "MICU", "7N Tele", "6 South", "CVICU", "5E Ortho", "Step-Down B", "ED Pod C", "3 North")


def _clean_en(text: str) -> str:
    return re.sub(r"\s*\n\s*", ", ", text).strip()


class _EnPeople:
    """Name factory mixing Faker English locales and hand-written names."""

    def __init__(self, fakers: dict[str, Faker], rng: random.Random) -> None:
        self.fakers = fakers
        self.rng = rng

    def make(self, female: bool, last: str | None = None) -> tuple[str, str, str, str]:
        """(first, middle, last, locale)."""
        rng = self.rng
        locale = rng.choice(_EN_LOCALES)
        fake = self.fakers[locale]
        if rng.random() < 0.25:
            first = rng.choice(_OWN_EN_FEMALE if female else _OWN_EN_MALE)
            surname = rng.choice(_OWN_EN_LAST)
        else:
            first = fake.first_name_female() if female else fake.first_name_male()
            surname = fake.last_name()
        middle = fake.first_name_female() if female else fake.first_name_male()
        return first, middle, last or surname, locale


def _add_en_person(v: dict[str, str], rng: random.Random, role: str, first: str, middle: str, last: str) -> None:
    mi = middle[0]
    v[f"{role}_first"] = first
    v[f"{role}_last"] = last
    v[f"{role}_middle"] = middle
    v[f"{role}_full"] = f"{first} {last}"
    v[f"{role}_fml"] = f"{first} {mi}. {last}"
    v[f"{role}_fmidl"] = f"{first} {middle} {last}"
    v[f"{role}_lfm"] = rng.choice([f"{last}, {first} {mi}", f"{last}, {first} {mi}.", f"{last}, {first}"])
    v[f"{role}_ulf"] = rng.choice([f"{last.upper()}, {first.upper()}", f"{last.upper()},{first.upper()} {mi}"])
    v[f"{role}_ufull"] = f"{first.upper()} {last.upper()}"
    v[f"{role}_ulast"] = last.upper()
    v[f"{role}_fi"] = rng.choice([f"{first[0]}. {last}", f"{first[0]} {last}", f"{first[0]}.{last}"])
    initials = first[0] + last.replace("'", "").replace(" ", "")[0]
    v[f"{role}_ini"] = rng.choice(
        [initials.upper(), f"{first[0]}.{last[0]}.".upper(), (first[0] + mi + last[0]).upper()]
    )


_EN_ROLES_F: Final = (
    "rn",
    "rn2",
    "cm",
    "cna",
    "mgr",
    "rd",
    "wocn",
    "ma",
    "hha_rn",
    "circ",
    "snf_liaison",
    "ed_rn",
    "mother",
)
_EN_ROLES_ANY: Final = (
    "att", "res", "pcp", "interp", "interp2", "np", "emt1", "emt2", "neighbor", "ed_doc", "pharm", "bm", "charge1",
    "hosp", "tx", "surg", "pa", "anes", "crna", "scrub", "ep", "dev_rn", "ref", "ref_from", "sw", "cousin",
    "supervisor", "pastor", "fd", "rad", "tech", "clerk", "id_doc", "molst_witness", "uk_cons", "gp", "path", "st",
    "rel2", "guardian",
)  # fmt: skip


def _us_phone(rng: random.Random, *, ext: bool = False) -> str:
    a, b, c = rng.randint(201, 989), rng.randint(212, 989), rng.randint(0, 9999)
    number = rng.choice(
        [
            f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{a}.{b}.{c:04d}", f"{a} {b} {c:04d}", f"{a}{b}{c:04d}",
            f"1-{a}-{b}-{c:04d}", f"+1 ({a}) {b}-{c:04d}", f"+1-{a}-{b}-{c:04d}", f"({a}){b}-{c:04d}", f"{a}/{b}-{c:04d}",
        ]
    )  # fmt: skip
    if ext:
        number += rng.choice(
            [f" ext. {rng.randint(100, 9999)}", f" x{rng.randint(100, 9999)}", f" ext {rng.randint(10, 999)}"]
        )
    return number


def _intl_phone(rng: random.Random, locale: str) -> str:
    if locale == "en_GB":
        return rng.choice(
            [f"07{_digits(rng, 3)} {_digits(rng, 6)}", f"+44 7{_digits(rng, 3)} {_digits(rng, 6)}",
             f"01{_digits(rng, 3)} {_digits(rng, 6)}", f"020 {rng.randint(7000, 8999)} {_digits(rng, 4)}"]
        )  # fmt: skip
    if locale == "en_IN":
        return rng.choice([f"+91 9{_digits(rng, 4)} {_digits(rng, 5)}", f"09{_digits(rng, 4)}-{_digits(rng, 5)}"])
    if locale == "en_PH":
        return rng.choice(
            [
                f"+63 9{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 4)}",
                f"09{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
            ]
        )
    if locale == "en_NZ":
        return rng.choice(
            [
                f"+64 21 {_digits(rng, 3)} {_digits(rng, 4)}",
                f"(09) {_digits(rng, 3)} {_digits(rng, 4)}",
                f"027 {_digits(rng, 3)} {_digits(rng, 4)}",
            ]
        )
    return _us_phone(rng)


def _us_ssn(rng: random.Random) -> str:
    area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice(
        [
            f"{area:03d}-{group:02d}-{serial:04d}",
            f"{area:03d} {group:02d} {serial:04d}",
            f"{area:03d}{group:02d}{serial:04d}",
        ]
    )


def _en_hospital(rng: random.Random, last: str, city: str) -> str:
    return rng.choice(
        [
            f"{last} Memorial Hospital", f"{city} Regional Medical Center", f"St. {rng.choice(_SAINTS)} Hospital",
            f"{rng.choice(_WORDS)} Medical Center", f"Mercy Hospital of {city}", f"{city} Community Hospital",
            f"{last}-{rng.choice(_WORDS).split()[0]} University Hospital",
        ]
    )  # fmt: skip


def _en_values(fakers: dict[str, Faker], rng: random.Random) -> tuple[dict[str, str], tuple[KnownIdentifier, ...]]:
    us = fakers["en_US"]
    gb = fakers["en_GB"]
    people = _EnPeople(fakers, rng)
    v: dict[str, str] = {}

    # --- the patient ------------------------------------------------------------------------
    female = rng.random() < 0.5
    p_first, p_middle, p_last, p_locale = people.make(female)
    nick = p_first
    if rng.random() < 0.4:
        p_first, nick = rng.choice(_NICKNAMES_F if female else _NICKNAMES_M)
    _add_en_person(v, rng, "p", p_first, p_middle, p_last)
    v["p_nick"] = nick
    v["p_title"] = rng.choice(["Ms.", "Mrs."]) if female else "Mr."
    v["p_title_uk"] = rng.choice(["Mrs", "Ms", "Miss"]) if female else "Mr"
    pron = ("she", "her", "her", "herself", "She", "Her") if female else ("he", "his", "him", "himself", "He", "His")
    for key, word in zip(("p_he", "p_his", "p_him", "p_self", "p_he_cap", "p_his_cap"), pron, strict=True):
        v[key] = word
    v["sex_word"] = "female" if female else "male"
    v["sex_letter"] = "F" if female else "M"
    v["p_mom"] = "Mom" if female else "Dad"
    v["lady"] = "lady" if female else "gentleman"
    admit = dt.date(2024, 2, 1) + dt.timedelta(days=rng.randint(0, 640))
    age = rng.randint(90, 106) if rng.random() < 0.4 else rng.randint(19, 89)
    birth = admit - dt.timedelta(days=age * 365 + age // 4 + rng.randint(1, 360))
    v["age"] = str(age)
    v["age_words"] = _en_words(age)
    v["dob"] = _en_date(rng, birth)
    v["dob_uk"] = _en_date(rng, birth, "intl")
    v["dob_noyear"] = _en_date(rng, birth, "noyear")

    city, state = rng.choice(_EN_CITIES) if rng.random() < 0.6 else (us.city(), us.state_abbr())
    street = rng.choice([us.street_address(), f"{us.street_address()} {us.secondary_address()}", f"{rng.randint(1, 999)} {us.street_name()} Apt {rng.randint(1, 30)}{rng.choice('ABCDEF')}",
                         f"{rng.randint(100, 29999)} County Road {rng.randint(1, 400)}", f"{rng.randint(1, 9999)} {us.street_name()}, Unit {rng.randint(1, 40)}{rng.choice('ABCD')}"])  # fmt: skip
    zipcode = us.zipcode() if rng.random() < 0.7 else us.zipcode_plus4()
    v.update(p_street=street, p_city=city, p_state=state, p_zip=zipcode, p_county=rng.choice(_EN_COUNTIES))
    v["p_addr_full"] = rng.choice(
        [f"{street}, {city}, {state} {zipcode}", f"{street.upper()}, {city.upper()} {state} {zipcode}"]
    )
    v["p_hometown"] = rng.choice(_HOMETOWNS[p_locale])
    v["birthplace"] = rng.choice(_HOMETOWNS[p_locale])
    v["p_addr_uk"] = f"{_clean_en(gb.street_address())}, {rng.choice(_UK_TOWNS)} {gb.postcode()}"
    p_phone = _us_phone(rng) if rng.random() < 0.75 else _intl_phone(rng, p_locale)
    v["p_phone"] = p_phone
    user = rng.choice([f"{_ascii(p_first)}.{_ascii(p_last)}", f"{_ascii(p_first)[0]}{_ascii(p_last)}{rng.randint(1, 99)}",
                       f"{_ascii(p_last)}{_ascii(p_first)[:3]}", f"{_ascii(nick)}{birth.year % 100:02d}", f"{_ascii(p_first)}_{_ascii(p_last)}_{rng.randint(1940, 2001)}"])  # fmt: skip
    p_email = f"{user}@{rng.choice(['gmail.com', 'yahoo.com', 'aol.com', 'hotmail.com', 'icloud.com', 'comcast.net', 'outlook.com', 'protonmail.com'])}"
    v["p_email"] = p_email

    # --- everyone else ----------------------------------------------------------------------
    for role in _EN_ROLES_F:
        f, m, last, _ = people.make(True)
        _add_en_person(v, rng, role, f, m, last)
    for role in _EN_ROLES_ANY:
        f, m, last, _ = people.make(rng.random() < 0.5)
        _add_en_person(v, rng, role, f, m, last)
    rel_female = rng.random() < 0.55
    f, m, last, _ = people.make(rel_female, p_last if rng.random() < 0.5 else None)
    _add_en_person(v, rng, "rel", f, m, last)
    v["rel_relation"] = rng.choice(
        ["daughter", "niece", "granddaughter", "sister"] if rel_female else ["son", "nephew", "grandson", "brother"]
    )
    v["rel_relation_cap"] = v["rel_relation"].capitalize()
    v["rel_his"] = "her" if rel_female else "his"
    v["rel_he"] = "she" if rel_female else "he"
    v["rel_he_cap"] = v["rel_he"].capitalize()
    v["rel_spouse_first"] = people.make(not rel_female)[0]
    f, m, last, _ = people.make(not female, p_last if rng.random() < 0.8 else None)
    _add_en_person(v, rng, "spouse", f, m, last)
    v["spouse_maiden"] = people.make(True)[2] if not female else p_last
    v["spouse_word"] = "husband" if female else "wife"
    f, m, _, _ = people.make(False)
    _add_en_person(v, rng, "father", f, m, p_last if rng.random() < 0.7 else people.make(False)[2])
    v["rel_age_young"] = str(rng.randint(14, 24))
    spouse_age = max(60, age + rng.randint(-6, 3))
    v["spouse_age"] = str(spouse_age)
    v["surg_title_last"] = v["surg_last"]

    # --- dates ------------------------------------------------------------------------------
    def d(offset: int, kind: str = "full") -> str:
        return _en_date(rng, admit + dt.timedelta(days=offset), kind)

    discharge = rng.randint(3, 12)
    v.update(
        admit=d(0), discharge=d(discharge), visit_date=d(rng.randint(0, 3)), email_date=d(discharge - 1),
        email_date0=d(discharge - 2, "stamp"), lab_d1=d(1, "stamp"), print_date=d(3, "stamp"), fs_d1=d(1, "noyear"),
        fs_d2=d(2, "noyear"), mar_date=d(2), fu_date=d(discharge + 9, "noyear"),
        lab_fu=d(discharge + rng.randint(3, 5), "noyear"), consent_date=d(1), run_date=d(0), consult_date=d(1, "noyear"),
        prev_meas=d(-6, "noyear"), note_date=d(2), huddle_date=d(0), event_date=d(rng.randint(1, 4)),
        review_date=d(rng.randint(6, 10)), letter_date=d(-rng.randint(5, 30)), denial_date=d(-rng.randint(40, 90)),
        death_date=d(discharge), sign_date=d(discharge + 1), ex_from=d(0, "noyear"), ex_to=d(discharge + 3, "noyear"),
        return_date=d(discharge + 4), uk_letter_date=d(-3, "intl"), tel_date=d(-2, "stamp"), tel_date2=d(-1, "noyear"),
        cm_date=d(discharge - 1), stopped_driving=d(-rng.randint(200, 900), "monthyear"), poa_date=d(-rng.randint(100, 2000)),
        snf_bed_date=d(discharge, "noyear"), imm_date=d(discharge - 1, "noyear"), exam_date=d(0),
        prior_exam=d(-rng.randint(60, 700)), proc_date=d(1), proc_date_next=d(2, "stamp"), implant_date=d(-rng.randint(300, 2500)),
        tx_date=d(rng.randint(0, 30)), next_remote=d(rng.randint(90, 100), "noyear"), fax_date=d(-1), fam_meet=d(4, "noyear"),
        molst_date=d(-rng.randint(30, 900)), evict_date=d(-rng.randint(10, 60), "noyear"), last_worked=d(-rng.randint(5, 40)),
        fu_dow=(admit + dt.timedelta(days=discharge + 9)).strftime("%A"), gp_seen=d(-10, "intl"),
    )  # fmt: skip
    v["dob_iso"] = birth.isoformat()
    for key in ("t1", "t2", "t3", "t4", "t5", "t6", "t7", "t_print", "t_event", "fu_time"):
        v[key] = _en_time(rng)

    # --- identifiers ------------------------------------------------------------------------
    mrn = rng.choice(
        [f"{rng.randint(0, 99_999_999):08d}", f"E{_digits(rng, 7)}", f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
         f"MR{_digits(rng, 6)}", f"{_digits(rng, 7)}-{rng.randint(0, 9)}", f"{rng.randint(1, 9)}{_digits(rng, 9)}"]
    )  # fmt: skip
    v["mrn"] = mrn
    v["mrn_last4"] = re.sub(r"\D", "", mrn)[-4:]
    v["acct"] = rng.choice([_digits(rng, 10), f"V{_digits(rng, 9)}", f"{_digits(rng, 4)}-{_digits(rng, 6)}"])
    v["fin"] = f"{rng.randint(1, 9)}{_digits(rng, 11)}"
    ssn = _us_ssn(rng)
    v["ssn"] = ssn
    v["ssn4"] = re.sub(r"\D", "", ssn)[-4:]
    v["mbi"] = _mbi(rng)
    v["member_id"] = rng.choice(
        [
            f"{_letters(rng, 3)}{_digits(rng, 9)}",
            f"W{_digits(rng, 9)}",
            f"{_digits(rng, 9)}-01",
            f"ZGP{_digits(rng, 8)}",
            f"U{_digits(rng, 8)} 01",
        ]
    )
    v["group_no"] = rng.choice(
        [f"0{_digits(rng, 6)}", f"GRP-{_digits(rng, 5)}", f"{_digits(rng, 5)}-{_digits(rng, 3)}"]
    )
    v["medicaid_id"] = rng.choice(
        [
            f"{_digits(rng, 8)}{_letters(rng, 1)}",
            f"{_letters(rng, 2)}{_digits(rng, 5)}{_letters(rng, 1)}",
            f"{_digits(rng, 12)}",
        ]
    )
    v["medicaid_app"] = f"{_digits(rng, 4)}-{_digits(rng, 7)}"
    v["pa_case"] = rng.choice([f"PA{_digits(rng, 10)}", f"{_digits(rng, 3)}-{_digits(rng, 6)}-{_letters(rng, 2)}"])
    v["denial_ref"] = f"{_letters(rng, 1)}{_digits(rng, 11)}"
    for role in ("att", "pcp", "surg"):
        v[f"{role}_npi"] = _npi(rng)
        v[f"{role}_dea"] = _dea(rng, v[f"{role}_last"])
        v[f"{role}_lic"] = rng.choice(
            [
                f"A{_digits(rng, 6)}",
                f"MD{_digits(rng, 6)}",
                f"{_digits(rng, 2)}-{_digits(rng, 5)}",
                f"G{_digits(rng, 5)}",
                f"{_digits(rng, 10)}",
                f"MD.{_digits(rng, 7)}",
            ]
        )
    v["gmc_no"] = f"{rng.randint(2, 7)}{_digits(rng, 6)}"
    v["nhs_no"] = _nhs_number(rng)
    v["emt1_lic"] = f"{rng.choice('PE')}{_digits(rng, 6)}"
    v["emt2_lic"] = f"{rng.choice('PE')}{_digits(rng, 6)}"
    v["fd_lic"] = f"FD{_digits(rng, 4)}"
    v["incident_no"] = rng.choice([f"{admit.year % 100}-{_digits(rng, 6)}", f"F{admit.year % 100}{_digits(rng, 6)}"])
    v["plate"] = rng.choice(
        [us.license_plate(), f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}", f"EMS {_digits(rng, 4)}"]
    )
    v["event_no"] = rng.choice(
        [f"SE-{_digits(rng, 6)}", f"{admit.year % 100}{_digits(rng, 5)}", f"RL{_digits(rng, 7)}"]
    )
    v["room"] = rng.choice(
        [
            f"{rng.randint(2, 9)}{rng.randint(1, 40):02d}",
            f"{rng.randint(2, 9)}{rng.randint(1, 40):02d}-{rng.choice('AB')}",
            f"{rng.randint(1, 30)}{rng.choice('AB')}",
        ]
    )
    v["ed_bed"] = rng.choice(
        [str(rng.randint(1, 40)), f"{rng.randint(1, 40)}{rng.choice('AB')}", f"H{rng.randint(1, 12)}"]
    )
    v["device_serial"] = rng.choice(
        [f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}", f"{_digits(rng, 8)}", f"SN{_digits(rng, 9)}"]
    )
    v["lead_sn1"] = f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}"
    v["lead_sn2"] = f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}"
    v["implant_sn"] = rng.choice([f"{_digits(rng, 9)}", f"{_letters(rng, 2)}{_digits(rng, 7)}"])
    v["bed_serial"] = f"{_letters(rng, 2)}{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 5)}"
    v["accn1"] = rng.choice(
        [
            f"C{admit.year % 100}-{_digits(rng, 6)}",
            f"{admit.year % 100}-{rng.randint(1, 365):03d}-{_digits(rng, 5)}",
            f"H{_digits(rng, 7)}",
        ]
    )
    v["accn_rad"] = rng.choice([f"CT{_digits(rng, 8)}", f"{_digits(rng, 10)}", f"RAD-{_digits(rng, 7)}"])
    v["path_accn"] = f"S{admit.year % 100}-{_digits(rng, 5)}"
    v["clia"] = f"{_digits(rng, 2)}D{_digits(rng, 7)}"
    v["ncpdp"] = _digits(rng, 7)
    v["rx_no"] = rng.choice([_digits(rng, 7), f"{_digits(rng, 7)}-{_digits(rng, 5)}"])
    v["tin"] = f"{_digits(rng, 2)}-{_digits(rng, 7)}"
    v["interp_id"] = _digits(rng, rng.choice([5, 6]))
    v["interp2_id"] = _digits(rng, 6)
    v["job_no"] = _digits(rng, 8)
    v["device_clinic_id"] = f"DC-{_digits(rng, 6)}"
    v["transport_conf"] = f"{_letters(rng, 3)}{_digits(rng, 5)}"
    v["death_cert_no"] = f"{admit.year}-{_digits(rng, 6)}"
    v["va_no"] = f"C-{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}"
    v["ip"] = rng.choice([us.ipv4_public(), us.ipv4_private()])
    v["mrn_old"] = f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)}"

    # --- organisations, places, contacts ------------------------------------------------------
    hosp_city, hosp_state = rng.choice(_EN_CITIES)
    v["hosp"] = _en_hospital(rng, us.last_name(), hosp_city)
    v["hosp_street"] = us.street_address()
    v["hosp_city"] = hosp_city
    v["hosp_state"] = hosp_state
    v["hosp_zip"] = us.zipcode()
    dom = _ascii(rng.choice(_WORDS)) + rng.choice(["health", "med", "hospital", "hc"])
    v["hosp_domain"] = dom
    v["outside_hosp"] = _en_hospital(rng, us.last_name(), us.city())
    v["pharmacy"] = rng.choice([f"Walgreens #{_digits(rng, 5)}", f"CVS Pharmacy #{_digits(rng, 4)}", f"Kroger Pharmacy {rng.randint(100, 999)}",
                                f"{us.last_name()}'s Drug Store", f"Hy-Vee Pharmacy ({us.street_name()})", f"Costco Pharmacy #{_digits(rng, 3)}"])  # fmt: skip
    v["pharm_addr"] = us.street_address()
    v["pharm_city"] = rng.choice(_EN_CITIES)[0]
    v["pharm_zip"] = us.zipcode()
    v["pcp_clinic"] = rng.choice(
        [
            f"{city} Family Medicine",
            f"{us.last_name()} & {us.last_name()} Internal Medicine, PLLC",
            f"{rng.choice(_WORDS)} Primary Care",
        ]
    )
    v["pcp_addr"] = f"{us.street_address()}, {rng.choice(['Suite', 'Ste', 'Bldg'])} {rng.randint(100, 450)}"
    v["practice"] = v["pcp_clinic"]
    v["practice_addr"] = v["pcp_addr"]
    v["practice_city"] = city
    v["practice_state"] = state
    v["practice_zip"] = us.zipcode()
    v["snf"] = rng.choice(
        [
            f"{rng.choice(_WORDS)} Gardens Rehabilitation and Nursing",
            f"{rng.choice(_WORDS)} Manor",
            f"The {us.last_name()} Home",
        ]
    )
    v["snf2"] = f"{rng.choice(_WORDS)} Health and Rehab"
    v["snf3"] = f"{us.last_name()} Care Center"
    v["snf_city"] = rng.choice(_EN_CITIES)[0]
    v["hha"] = f"{rng.choice(_WORDS)} Home Health"
    v["dme"] = f"{rng.choice(_WORDS)} Medical Supply"
    v["ems_agency"] = rng.choice(
        [
            f"{rng.choice(_EN_COUNTIES).split()[0]} County EMS",
            f"{hosp_city} Fire Department",
            f"{rng.choice(_WORDS)} Ambulance Service",
        ]
    )
    v["payer"] = rng.choice(["Humana Gold Plus", "Aetna Better Health", "UnitedHealthcare Community Plan", "Molina Healthcare",
                             f"{rng.choice(_WORDS)} Health Plan", "Cigna Healthcare", "WellCare"])  # fmt: skip
    v["payer_addr"] = f"P.O. Box {rng.randint(1000, 99999)}, {us.city()}, {us.state_abbr()} {us.zipcode()}"
    v["employer"] = rng.choice(
        [
            us.company(),
            f"{city} Unified School District",
            "Tyson Foods",
            f"{hosp_city} Police Department",
            f"{us.last_name()} Trucking LLC",
        ]
    )
    v["rel_employer"] = us.company()
    v["school"] = rng.choice(
        [f"{us.last_name()} Elementary School", f"{city} High School", f"{us.last_name()} Middle School"]
    )
    v["funeral_home"] = rng.choice(
        [f"{us.last_name()} & Sons Funeral Home", f"{us.last_name()}-{us.last_name()} Funeral Chapel"]
    )
    v["fh_addr"] = f"{us.street_address()}, {rng.choice(_EN_CITIES)[0]}"
    v["uc"] = rng.choice(
        [f"{city} Urgent Care", f"{rng.choice(_WORDS)} Walk-In Clinic", f"MedNow Urgent Care – {us.street_name()}"]
    )
    v["uc_addr_line"] = f"{us.street_address()} · {city}, {state} {us.zipcode()}"
    v["gp_surgery"] = rng.choice(
        [
            f"{rng.choice(_WORDS)} Medical Practice",
            f"The {gb.last_name()} Surgery",
            f"{rng.choice(_UK_TOWNS)} Health Centre",
        ]
    )
    v["gp_addr_uk"] = f"{_clean_en(gb.street_address())}, {rng.choice(_UK_TOWNS)} {gb.postcode()}"
    v["uk_trust"] = f"{rng.choice(_UK_TOWNS)} and District NHS Foundation Trust"
    v["care_agency"] = f"{rng.choice(_WORDS)} Homecare Ltd"
    v["rel_city_uk"] = rng.choice(_UK_TOWNS)
    v["church"] = rng.choice(
        [
            f"St. {rng.choice(_SAINTS)} Catholic Church",
            f"{city} First Baptist Church",
            f"Iglesia Cristiana {rng.choice(_WORDS)}",
        ]
    )
    v["transport_co"] = f"{rng.choice(_WORDS)} Medical Transport"
    v["ref_clinic"] = f"{hosp_city} Neurology Associates"
    v["rel_city"] = rng.choice(_EN_CITIES)[0]
    v["scene_addr"] = rng.choice(
        [
            street,
            us.street_address(),
            f"{us.street_name()} and {us.street_name()}",
            f"mile marker {rng.randint(10, 200)}, I-{rng.choice([5, 10, 35, 80, 95])}",
        ]
    )
    v["scene_city"] = city
    v["cousin_addr"] = f"{us.street_address()}, {rng.choice(_EN_CITIES)[0]}"
    v["rel_addr_full"] = f"{us.street_address()}, {us.city()}, {us.state_abbr()} {us.zipcode()}"
    for key in ("rel_phone", "rel2_phone", "clinic_phone", "sched_phone", "pharm_phone", "ed_phone", "hha_phone", "hha_fax", "snf_fax", "snf_phone",
                "practice_phone", "practice_fax", "payer_fax", "uc_phone", "att_cell", "ref_fax", "cm_phone", "rel_phone2", "lab_phone"):  # fmt: skip
        v[key] = _us_phone(rng, ext=key in ("clinic_phone", "practice_phone", "payer_fax") and rng.random() < 0.3)
    v["ref_phone"] = _us_phone(rng)
    v["att_pager"] = _us_phone(rng)
    v["gp_phone_uk"] = _intl_phone(rng, "en_GB")
    v["rel_phone_intl"] = _intl_phone(rng, p_locale)
    v["att_email"] = f"{_ascii(v['att_first'])[0]}{_ascii(v['att_last'])}@{dom}.org"
    v["res_email"] = f"{_ascii(v['res_first'])}.{_ascii(v['res_last'])}@{dom}.org"
    v["pcp_email"] = f"{_ascii(v['pcp_last'])}{_ascii(v['pcp_first'])[0]}@{_ascii(rng.choice(_WORDS))}pc.com"
    v["rn_email"] = f"{_ascii(v['rn_first'])}.{_ascii(v['rn_last'])}@{dom}.org"
    v["rel_email"] = (
        f"{_ascii(v['rel_first'])}{rng.randint(1, 999)}@{rng.choice(['gmail.com', 'yahoo.com', 'live.com'])}"
    )
    v["gp_email"] = f"{_ascii(v['gp_first'])}.{_ascii(v['gp_last'])}{rng.choice(['', '1', '2'])}@nhs.net"
    v["portal_url"] = rng.choice(
        [f"https://mychart.{dom}.org", f"https://{dom}.org/patient-portal", f"www.{dom}.org/myhealth"]
    )
    v["wound_url"] = f"https://woundimg.{dom}.org/case/{_digits(rng, 7)}"
    v["gofundme"] = (
        f"https://www.gofundme.com/f/help-{_ascii(p_first)}-{_ascii(p_last)}-{rng.choice(['recover', 'get-home', 'medical-bills'])}"
    )
    v["tele_url"] = f"https://{dom}.zoom.us/j/{_digits(rng, 11)}"

    # --- clinical filler ------------------------------------------------------------------
    v["dx"] = rng.choice(_EN_DX)
    v["dx2"] = rng.choice(_EN_DX)
    v["drug"] = rng.choice(_EN_DRUGS)
    v["drug2"] = rng.choice(_EN_DRUGS)
    v["drug_old"] = rng.choice(_EN_DRUGS)
    v["sign"] = rng.choice(_EN_SIGNS)
    v["device"] = rng.choice(_EN_DEVICES)
    v["unit"] = rng.choice(_UNITS)
    v["language"] = rng.choice(_LANGUAGES)
    v["bp"] = f"{rng.randint(88, 182)}/{rng.randint(44, 104)}"
    v["bp2"] = f"{rng.randint(88, 182)}/{rng.randint(44, 104)}"
    v["hr"] = str(rng.randint(44, 132))
    v["hr2"] = str(rng.randint(44, 132))
    v["sat"] = str(rng.randint(84, 100))
    v["bgl"] = str(rng.randint(54, 420))
    v["crcl"] = str(rng.randint(14, 58))
    v["k"] = f"{rng.uniform(2.6, 6.4):.1f}"
    v["k_crit"] = f"{rng.choice([rng.uniform(2.1, 2.8), rng.uniform(6.2, 7.4)]):.1f}"
    v["medic_no"] = str(rng.randint(1, 60))
    v["lab_rows"] = _en_lab_rows(rng)
    v["flow_rows"] = _en_flow_rows(rng)
    v["cod_a"] = rng.choice(
        ["Acute hypoxic respiratory failure", "Septic shock", "Cardiogenic shock", "Intracranial hemorrhage"]
    )
    v["cod_b"] = rng.choice(
        [
            "Aspiration pneumonia",
            "Complicated urinary tract infection",
            "Acute myocardial infarction",
            "Subdural hematoma",
        ]
    )
    v["cod_c"] = rng.choice(
        ["Parkinson disease", "Alzheimer dementia", "Fall on anticoagulation", "Coronary artery disease"]
    )
    v["language2"] = rng.choice(_LANGUAGES)
    v["procedure"] = rng.choice(["laparoscopic cholecystectomy", "right total hip arthroplasty", "open reduction internal fixation, left distal radius",
                                 "dual-chamber pacemaker implantation", "Whipple procedure (pancreaticoduodenectomy)", "Nissen fundoplication"])  # fmt: skip
    v["implant_desc"] = rng.choice(
        [
            "Femoral stem, cementless, size 12",
            "Acetabular shell 54 mm",
            "Volar locking plate, 3-hole",
            "Mesh 15 x 15 cm",
        ]
    )
    v["ref_no"] = f"{_digits(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 3)}"
    v["lot_no"] = f"{_letters(rng, 1)}{_digits(rng, 5)}"
    v["hcpcs"] = rng.choice(["E0601", "J0135", "E1390", "K0823", "J1745"])
    v["icd10"] = rng.choice(["G47.33", "M05.79", "J44.1", "E11.65", "I50.22", "G20.A1"])
    v["requested_item"] = rng.choice(["CPAP device with heated humidifier", "adalimumab 40 mg every other week", "home oxygen concentrator",
                                      "Group 2 power wheelchair", "infliximab infusion q8 weeks"])  # fmt: skip
    v["device_model"] = rng.choice(["Azure XT DR MRI", "Accolade MRI", "Assurity MRI", "Edora 8 DR-T"])

    known_names = [p_first, p_last, f"{p_first} {p_last}", p_middle]
    known = (
        *(KnownIdentifier("PERSON", name) for name in known_names),
        KnownIdentifier("ID", mrn),
        KnownIdentifier("ID", ssn),
        KnownIdentifier("PHONE", p_phone),
        KnownIdentifier("ADDRESS", street),
        KnownIdentifier("ADDRESS", city),
        KnownIdentifier("DATE", birth.isoformat()),
        KnownIdentifier("EMAIL", p_email),
    )
    return v, known


def _en_lab_rows(rng: random.Random) -> str:
    rows = [
        ("Sodium", rng.randint(118, 149), "mmol/L", "136-145", 136, 145),
        ("Potassium", round(rng.uniform(2.6, 6.4), 1), "mmol/L", "3.5-5.1", 3.5, 5.1),
        ("Chloride", rng.randint(88, 112), "mmol/L", "98-107", 98, 107),
        ("CO2", rng.randint(14, 32), "mmol/L", "22-29", 22, 29),
        ("BUN", rng.randint(6, 88), "mg/dL", "8-23", 8, 23),
        ("Creatinine", round(rng.uniform(0.5, 4.2), 2), "mg/dL", "0.51-0.95", 0.51, 0.95),
        ("Glucose", rng.randint(54, 420), "mg/dL", "70-99", 70, 99),
        ("WBC", round(rng.uniform(2.1, 24.0), 1), "K/uL", "4.0-11.0", 4.0, 11.0),
        ("Hemoglobin", round(rng.uniform(6.8, 15.9), 1), "g/dL", "11.7-15.5", 11.7, 15.5),
        ("Platelets", rng.randint(38, 512), "K/uL", "150-400", 150, 400),
        ("INR", round(rng.uniform(0.9, 4.8), 1), "", "0.9-1.1", 0.9, 1.1),
        ("Lactate", round(rng.uniform(0.6, 6.1), 1), "mmol/L", "0.5-2.0", 0.5, 2.0),
    ]
    lines = []
    for name, value, units, ref, low, high in rng.sample(rows, rng.randint(6, 10)):
        flag = "L" if value < low else "H" if value > high else ""
        lines.append(f"{name:<18}{value!s:>8}  {flag:<4} {units:<10} {ref}")
    return "\n".join(lines)


def _en_flow_rows(rng: random.Random) -> str:
    def row(label: str, make: Callable[[], str]) -> str:
        return f"{label:<14}" + "".join(f"{make():>14}" for _ in range(4))

    return "\n".join(
        [
            row("Temp (C)", lambda: f"{rng.uniform(36.0, 39.4):.1f}"),
            row("HR", lambda: str(rng.randint(48, 131))),
            row("BP", lambda: f"{rng.randint(86, 178)}/{rng.randint(42, 98)}"),
            row("RR", lambda: str(rng.randint(12, 30))),
            row("SpO2 (%)", lambda: str(rng.randint(86, 100))),
            row("O2 device", lambda: rng.choice(["RA", "NC 2L", "NC 4L", "HFNC 40/50", "VM 35%"])),
            row("Pain (0-10)", lambda: str(rng.randint(0, 9))),
            row("RASS", lambda: rng.choice(["0", "-1", "+1", "-2"])),
        ]
    )


# ---------------------------------------------------------------------------------------------
# English templates
# ---------------------------------------------------------------------------------------------
EN_BLIND2_TEMPLATES: Final[dict[str, str]] = {
    "en_lab_cumulative": """\
<<ORG:hosp>> - Clinical Laboratory - CLIA# <<ID:clia>>
<<ADDRESS:hosp_street>>, <<LOCATION:hosp_city>>, {hosp_state} <<ADDRESS:hosp_zip>>   Medical Director: <<PERSON:path_full>>, MD, PhD
==========================================================================================
PATIENT: <<PERSON:p_ulf>>                 MRN: <<ID:mrn>>        ACCT#: <<ID:acct>>
DOB: <<DATE:dob>>  (<<AGE:age>>Y)  SEX: {sex_letter}         LOC: {unit} / <<ID:room>>
ORDERING: <<PERSON:att_lfm>> MD            CC: <<PERSON:pcp_lfm>>
ACCESSION          COLLECTED                 RECEIVED
<<ID:accn1>>      <<DATE:lab_d1>> {t1}        <<DATE:lab_d1>> {t2}
------------------------------------------------------------------------------------------
TEST              RESULT  FLAG UNITS      REF RANGE
{lab_rows}
------------------------------------------------------------------------------------------
** CRITICAL ** Potassium {k_crit} called to and read back by <<PERSON:rn_first>> <<PERSON:rn_last>>, RN ({unit}) at {t3}
   on <<DATE:lab_d1>>. Called by: <<PERSON:tech_ini>>
Comment: Specimen slightly hemolyzed; recollection requested from <<PERSON:res_fi>>.
Report printed <<DATE:print_date>> {t_print} - page 1 of 1 - CONFIDENTIAL
""",
    "en_vitals_flowsheet": """\
FLOWSHEET: VITAL SIGNS (LAST 72 HRS)                              Printed <<DATE:print_date>> {t_print} by <<PERSON:clerk_ini>>
<<PERSON:p_ufull>> | MRN <<ID:mrn>> | <<AGE:age>> yo {sex_word} | Bed <<ID:room>> | Attending: <<PERSON:att_last>>, <<PERSON:att_first>>
                 <<DATE:fs_d1>> 0400   <<DATE:fs_d1>> 0800   <<DATE:fs_d2>> 0000   <<DATE:fs_d2>> 1200
{flow_rows}
Initials             <<PERSON:rn_ini>>           <<PERSON:rn_ini>>           <<PERSON:rn2_ini>>           <<PERSON:rn2_ini>>

Comments
<<DATE:fs_d1>> 0815  HR in 120s, pt asymptomatic. Notified <<PERSON:res_fi>> (cross-cover); 12-lead done, order for {drug}. -<<PERSON:rn_first>>
<<DATE:fs_d2>> 0020  O2 weaned per RT (<<PERSON:tech_first>>). {device} in place. Family (<<PERSON:rel_first>>) at bedside overnight.
<<DATE:fs_d2>> 1210  Pt asking for {p_his} {spouse_word}, <<PERSON:spouse_first>>; reoriented. CAM negative. -<<PERSON:rn2_last>>
""",
    "en_mar": """\
MEDICATION ADMINISTRATION RECORD                                            Page 2 of 3
Patient: <<PERSON:p_lfm>>       MRN <<ID:mrn>>     FIN <<ID:fin>>     Rm <<ID:room>>
DOB <<DATE:dob>>    Wt 61.2 kg    Allergies: sulfa (rash), codeine (N/V)
Administration date: <<DATE:mar_date>>

SCHEDULED
  {drug}                             0900  GIVEN       <<PERSON:rn_ini>>
  {drug2}                            0900  GIVEN       <<PERSON:rn_ini>>   scanned
  metoprolol tartrate 25 mg PO       0900  HELD        SBP 92 - Dr. <<PERSON:res_last>> aware
  insulin lispro (sliding scale)     1200  GIVEN 4 u   BG 212   <<PERSON:rn_ini>> / witness <<PERSON:rn2_ini>>
  {drug_old}                         2100  GIVEN       <<PERSON:rn2_ini>>
PRN
  oxycodone 5 mg PO                  1630  GIVEN       pain 7/10 -> 3/10 at 1715   <<PERSON:rn2_ini>>
  ondansetron 4 mg IV                2210  NOT GIVEN   pt refused ("<<PERSON:rn2_first>>, I'm fine")

Signature legend
  <<PERSON:rn_ini>> = <<PERSON:rn_full>>, RN            <<PERSON:rn2_ini>> = <<PERSON:rn2_lfm>>, LPN
Verified by pharmacist <<PERSON:pharm_fi>>, PharmD, <<DATE:mar_date>> 0745
Scan override x1: wristband unreadable - new band printed for <<PERSON:p_ulf>> and checked with {p_him} verbally.
""",
    "en_discharge_instructions": """\
YOUR DISCHARGE INSTRUCTIONS - please keep this with your medicines

<<PERSON:p_first>>, you were in the hospital ({unit}) from <<DATE:admit>> to <<DATE:discharge>> for {dx}.

WHAT TO DO AT HOME
* Start {drug}. Stop taking your old {drug_old} - throw away the bottle at home.
* Weigh yourself every morning before breakfast. If you gain more than 3 pounds in a day or 5 in a week,
  call the Heart Failure Nurse Line at <<PHONE:clinic_phone>>.
* Your prescriptions were sent to <<ORG:pharmacy>>, <<ADDRESS:pharm_addr>> (phone <<PHONE:pharm_phone>>).

YOUR APPOINTMENTS
* {fu_dow}, <<DATE:fu_date>> at {fu_time} - <<PERSON:pcp_full>>, NP, at <<ORG:pcp_clinic>>, <<ADDRESS:pcp_addr>>.
* Blood test on <<DATE:lab_fu>> - you do not need to fast.
* To change a visit call <<PHONE:sched_phone>>, or message your care team at <<URL:portal_url>>.

Your care team: Dr. <<PERSON:att_last>> (attending), Dr. <<PERSON:res_last>> (resident), your nurse <<PERSON:rn_first>>.
Your case manager <<PERSON:cm_first>> set up home oxygen with <<ORG:dme>>; they will deliver to <<ADDRESS:p_street>>
between 9 AM and noon the day after you get home.

Call 911 or go to the nearest emergency room if you have chest pain, trouble breathing, or fainting.

I received these instructions and my questions were answered.
Patient or representative: <<PERSON:p_full>>       Date: <<DATE:discharge>>
Nurse: <<PERSON:rn_full>>, RN
""",
    "en_clinician_email": """\
From: <<PERSON:att_lfm>> <<<EMAIL:att_email>>>
Sent: <<DATE:email_date>> {t1}
To: <<PERSON:pcp_full>>; <<PERSON:cm_lfm>>
Cc: <<EMAIL:res_email>>
Subject: RE: <<PERSON:p_last>> - dispo / SNF question

<<PERSON:pcp_first>>,

Thanks for the heads-up about {p_title} <<PERSON:p_last>>. {p_he_cap} is medically ready today. {p_his_cap} {rel_relation}
<<PERSON:rel_first>> wants <<ORG:snf>> in <<LOCATION:snf_city>> since it's near {rel_his} job at <<ORG:rel_employer>>, but the
bed there isn't open until <<DATE:snf_bed_date>>. I looped in <<PERSON:cm_first>> - she'll fax the packet to <<PHONE:snf_fax>> this afternoon.

One more thing: <<PERSON:p_nick>> (insists on it) asked that we NOT call <<PERSON:rel2_full>> at <<PHONE:rel2_phone>>, who is still
listed as emergency contact. Can your office fix that in the chart on your side?

Best,
<<PERSON:att_first>>

<<PERSON:att_full>>, MD | Hospital Medicine | <<ORG:hosp>>
pager <<PHONE:att_pager>> | cell <<PHONE:att_cell>>
This e-mail may contain protected health information. If you are not the intended recipient, delete it.

-----Original Message-----
From: <<PERSON:pcp_full>> [mailto:<<EMAIL:pcp_email>>]
Sent: <<DATE:email_date0>> {t2}
Subject: <<PERSON:p_last>>

Hey - saw my pt got admitted. {p_he_cap}'s been declining since spring. Call me if you want history. -<<PERSON:pcp_ini>>
""",
    "en_consent_form": """\
<<ORG:hosp>>
CONSENT FOR OPERATION / PROCEDURE, ANESTHESIA AND BLOOD PRODUCTS

Patient name: <<PERSON:p_fml>>             Medical record #: <<ID:mrn>>           Date of birth: <<DATE:dob>>

1. I, <<PERSON:rel_full>>, [ ] patient  [X] legally authorized representative (relationship: {rel_relation}), authorize
   Dr. <<PERSON:surg_full>> and such assistants, residents and fellows as the surgeon may select, to perform:
   {procedure}.
2. The nature, purpose, risks (including bleeding, infection, injury to nearby structures, blood clots and death),
   benefits and alternatives have been explained to me.
3. I consent to the disposal or teaching use of any tissue removed.
4. Interpreter used: [X] yes - {language}, <<PERSON:interp_full>>, interpreter ID# <<ID:interp_id>>   [ ] no

Signature of patient / representative: ____________________   Printed name: <<PERSON:rel_ufull>>
Date: <<DATE:consent_date>>   Time: {t1}
Witness: <<PERSON:rn_full>>, RN      Date: <<DATE:consent_date>>

PHYSICIAN ATTESTATION: I have explained the procedure above to the patient/representative.
<<PERSON:surg_fi>>, MD   NPI <<ID:surg_npi>>      Date/time: <<DATE:consent_date>> {t2}
Telephone consent: obtained from <<PERSON:rel_first>> <<PERSON:rel_last>> at <<PHONE:rel_phone>>; second witness <<PERSON:rn2_first>> <<PERSON:rn2_last>>.
""",
    "en_interpreter_note": """\
INTERPRETER SERVICES - ENCOUNTER DOCUMENTATION
Date of service: <<DATE:visit_date>>     Start {t1}   End {t2}     Modality: video remote (VRI)
Language: {language}      Interpreter: <<PERSON:interp_first>> <<PERSON:interp_last>> (vendor ID <<ID:interp_id>>)
Patient: <<PERSON:p_lfm>>    MRN <<ID:mrn>>    Room <<ID:room>>
Clinicians present: <<PERSON:att_fi>> (attending), <<PERSON:np_full>>, NP

Pt's granddaughter (<<PERSON:rel_first>>, age <<AGE:rel_age_young>>) had been interpreting informally; per policy family members
are not used for consent or goals-of-care discussions. <<PERSON:interp_first>> interpreted the conversation verbatim.
Patient confirmed name and date of birth (<<DATE:dob>>) before the discussion. Pt stated (interpreted): "Tell <<PERSON:rel2_first>>
I want to go back to <<LOCATION:p_hometown>> to die." Pt's {spouse_word} (<<PERSON:spouse_first>>, <<AGE:spouse_age>>) also present and agreed.
Video dropped at {t3}; reconnected with a second interpreter, <<PERSON:interp2_full>> (#<<ID:interp2_id>>), who finished the session.
Entered by <<PERSON:np_last>>, <<PERSON:np_first>>, NP on <<DATE:visit_date>> {t4}
""",
    "en_ems_run_sheet": """\
PATIENT CARE REPORT                                   <<ORG:ems_agency>>
Incident # <<ID:incident_no>>     Unit: Medic {medic_no}     Date: <<DATE:run_date>>     Veh. plate <<ID:plate>>
Crew: <<PERSON:emt1_lfm>> (Paramedic, cert <<ID:emt1_lic>>) / <<PERSON:emt2_lfm>> (EMT-B, cert <<ID:emt2_lic>>)
TIMES  PSAP {t1} | Disp {t2} | Enrt {t3} | On scene {t4} | Depart {t5} | At dest {t6}
Scene: <<ADDRESS:scene_addr>>, <<LOCATION:scene_city>> - private residence
PT: <<PERSON:p_ulf>>    DOB <<DATE:dob>>    AGE <<AGE:age>>    {sex_letter}
Home ph <<PHONE:p_phone>>

NARRATIVE: Dispatched for a fall. Found <<AGE:age>> y/o {sex_word} supine on kitchen floor; neighbor "<<PERSON:neighbor_first>>"
(<<PERSON:neighbor_full>>) let crew in with a key. Pt states "I just got dizzy getting up." Denies LOC per pt, neighbor unsure.
Hx per med list on fridge: HTN, AFib, {dx2}. Meds: {drug}, {drug2}.
VITALS
 {t4}  BP {bp}  HR {hr}  RR 18  SpO2 {sat}% RA  GCS 15  BGL {bgl}
 {t5}  BP {bp2} HR {hr2}  RR 16  SpO2 97% 2L NC
TX: 12-lead sinus brady 48, no STE, transmitted to <<ORG:hosp>> ({t5}, <<PHONE:ed_phone>>). IV 20g L AC, NS TKO.
C-collar not indicated per NEXUS. Transported to <<ORG:hosp>> ED; report to <<PERSON:ed_rn_first>>, RN; placed in ED bed <<ID:ed_bed>>.
Belongings (wallet, hearing aids x2) with pt. {rel_relation_cap} <<PERSON:rel_full>> notified by phone (<<PHONE:rel_phone>>), meeting pt at ED.
Crew sig: <<PERSON:emt1_ini>>     Receiving RN sig: <<PERSON:ed_rn_full>>
""",
    "en_wound_care": """\
WOUND CARE - FOLLOW-UP
<<PERSON:p_last>>, <<PERSON:p_first>> | <<ID:mrn>> | <<AGE:age>>y | {unit} <<ID:room>>
Consult requested by Dr. <<PERSON:res_last>> on <<DATE:consult_date>>.

Wound 1: sacrum/coccyx, stage 3 pressure injury (present on admission - ED photo <<DATE:admit>>)
  Today:                  L 4.1 x W 3.0 x D 0.6 cm, undermining 1.2 cm at 12 o'clock
  Prior (<<DATE:prev_meas>>):   L 4.8 x W 3.2 x D 0.8 cm
  Wound bed 70% granulation / 30% slough; periwound macerated; moderate serosanguineous drainage; no odor.
Wound 2: R heel DTI 2.0 x 2.5 cm, intact, purple/maroon.
Braden 12. Albumin 2.6. {sign}.
Plan: cleanse NS; hydrofiber + silicone foam, change q48h and PRN. Low-air-loss surface (serial <<ID:bed_serial>>) delivered {t1}.
Offload heels. Dietitian <<PERSON:rd_first>> aware - adding protein supplement.
Photos uploaded: <<URL:wound_url>>
Pt lives with {p_his} partner <<PERSON:rel2_first>> in <<LOCATION:p_city>>. Home health via <<ORG:hha>> (<<PHONE:hha_phone>>, fax <<PHONE:hha_fax>>)
will resume after discharge; agency RN <<PERSON:hha_rn_full>> to see pt within 48 h.
-- <<PERSON:wocn_full>>, BSN, RN, CWOCN
""",
    "en_pharmacy_intervention": """\
PHARMACY INTERVENTION - renal dose adjustment / anticoagulation
Pt: <<PERSON:p_full>> (<<PERSON:p_ini>>), <<AGE:age>> {sex_letter}, MRN <<ID:mrn>>. CrCl ~{crcl} mL/min (Cockcroft-Gault, actual wt). K {k}.
Issue: {drug} as ordered by <<PERSON:res_fi>> exceeds the recommended dose for this renal function; also on {drug2}.
Recommendation: reduce dose, repeat BMP in AM, hold if K > 5.5.
Called Dr. <<PERSON:res_last>> at {t1} on <<DATE:note_date>> - accepted; prescriber modified order.
Discharge Rx: e-prescribed to <<ORG:pharmacy>>, <<ADDRESS:pharm_addr>>, <<LOCATION:pharm_city>> <<ADDRESS:pharm_zip>> (NCPDP <<ID:ncpdp>>), Rx #<<ID:rx_no>>.
Prescriber of record <<PERSON:att_lfm>>, MD - NPI <<ID:att_npi>> - DEA <<ID:att_dea>>.
Claim rejected (75 - prior authorization required). Member ID <<ID:member_id>>, BIN 610014 PCN MEDDPRIME.
Spoke with pt's {rel_relation} <<PERSON:rel_first>> about the $47 copay; {rel_he} will pick up.
<<PERSON:pharm_full>>, PharmD, BCPS
""",
    "en_bed_huddle_chat": """\
Secure Chat - PATIENT FLOW HUDDLE - <<DATE:huddle_date>>
[{t1}] <<PERSON:bm_lfm>> (Bed Mgmt): ED boarding 14. Need 2 tele beds. Who has a discharge before noon?
[{t2}] <<PERSON:charge1_first>> (6N charge): <<ID:room>> being cleaned, EVS called. Can take <<PERSON:p_ulast>> once it's ready
[{t3}] <<PERSON:bm_first>>: which one? there are two <<PERSON:p_last>>s in the ED lol
[{t4}] <<PERSON:charge1_first>>: <<PERSON:p_fi>>, DOB <<DATE:dob_noyear>>, MRN ending <<ID:mrn_last4>>. the other one is going to <<ORG:snf>>
[{t5}] <<PERSON:hosp_full>> (Hospitalist): accepted. FYI {p_his} {rel_relation} <<PERSON:rel_full>> wants a call when pt moves - <<PHONE:rel_phone>>
[{t6}] <<PERSON:tx_first>> (Transport): omw w/ stretcher
[{t7}] <<PERSON:bm_first>>: thx all. <<ID:room>> assigned, ADT updated. <<PERSON:charge1_first>> pls page <<PERSON:hosp_last>> when pt arrives
""",
    "en_incident_report": """\
SAFETY EVENT REPORT #<<ID:event_no>>            Submitted <<DATE:event_date>> {t1}     Anonymous: No
Event type: Fall - unassisted; harm: minor
Location: {unit}, room <<ID:room>>, bathroom
Date/time of event: <<DATE:event_date>> approx. {t_event}
Person affected: Patient - <<PERSON:p_full>>, MRN <<ID:mrn>>, age <<AGE:age>>

Description: At approx. {t_event} CNA <<PERSON:cna_first>> heard the bed alarm and found the patient sitting on the floor beside
the toilet. Pt stated "<<PERSON:rn_first>> told me to call but I didn't want to bother anybody." 2 cm skin tear R forearm;
no head strike per pt. Morse fall score 65 on admission; bed alarm was on, non-skid socks on.
Notified: Dr. <<PERSON:res_full>> at {t2} (exam unremarkable, CT head not ordered); family - {rel_relation} <<PERSON:rel_full>>
at {t3}, who said {p_he} "falls at home all the time".
Witnesses: <<PERSON:cna_full>> (CNA), <<PERSON:rn2_full>> (RN)
Reported by: <<PERSON:rn_lfm>>, RN - <<EMAIL:rn_email>>

Manager review (<<PERSON:mgr_full>>, MSN, RN, Nurse Manager) - <<DATE:review_date>>: hourly rounding reinforced with night
shift; <<PERSON:cna_first>> commended for fast response. Huddle with <<PERSON:rn_last>> completed.
""",
    "en_prior_auth_letter": """\
<<ORG:practice>>
<<ADDRESS:practice_addr>>
<<LOCATION:practice_city>>, {practice_state} <<ADDRESS:practice_zip>>
Tel <<PHONE:practice_phone>>  *  Fax <<PHONE:practice_fax>>  *  Tax ID <<ID:tin>>

<<DATE:letter_date>>

<<ORG:payer>>
Attn: Utilization Management - Pharmacy Prior Authorization
<<ADDRESS:payer_addr>>
Fax: <<PHONE:payer_fax>>

RE: LETTER OF MEDICAL NECESSITY
Member: <<PERSON:p_fmidl>>          DOB: <<DATE:dob>>
Member ID: <<ID:member_id>>         Group #: <<ID:group_no>>
Medicare (secondary) MBI: <<ID:mbi>>
Case reference: <<ID:pa_case>>
Requested: {requested_item} (HCPCS {hcpcs}); diagnosis ICD-10 {icd10}

To whom it may concern:

I am writing on behalf of my patient, {p_title} <<PERSON:p_last>>, to request reconsideration of your denial dated
<<DATE:denial_date>> (reference <<ID:denial_ref>>). {p_he_cap} has been under my care since 2016 for {dx}.
{p_his_cap} condition has not responded to {drug} or {drug2}, and a further delay risks hospitalization.
Records from <<ORG:outside_hosp>> and from Dr. <<PERSON:ref_last>> are enclosed (14 pages).

Please contact my office at the number above with any questions.

Sincerely,

<<PERSON:pcp_full>>, MD
NPI <<ID:pcp_npi>>  |  State license <<ID:pcp_lic>>
cc: <<PERSON:p_full>>, <<ADDRESS:p_addr_full>>
""",
    "en_death_certificate_worksheet": """\
CERTIFICATE OF DEATH - PHYSICIAN WORKSHEET (not an official record)        State file no. <<ID:death_cert_no>>
1. Decedent's legal name (first, middle, last): <<PERSON:p_fmidl>>      AKA: <<PERSON:p_nick>> <<PERSON:p_last>>
2. Sex: {sex_word}     3. Social Security number: <<ID:ssn>>
4a. Age - last birthday (years): <<AGE:age>>     5. Date of birth: <<DATE:dob>>     6. Birthplace: <<LOCATION:birthplace>>
7a-e. Residence: <<ADDRESS:p_street>>, <<LOCATION:p_city>>, {p_state} <<ADDRESS:p_zip>>     County: <<LOCATION:p_county>>
10. Surviving spouse's name: <<PERSON:spouse_full>>
11. Father's name: <<PERSON:father_full>>     12. Mother's name prior to first marriage: <<PERSON:mother_first>> <<PERSON:mother_last>>
13a. Informant: <<PERSON:rel_full>>   13b. Relationship: {rel_relation}   13c. Mailing address: <<ADDRESS:rel_addr_full>>
14. Place of death: hospital inpatient    15. Facility: <<ORG:hosp>>, <<LOCATION:hosp_city>>
24. Date pronounced dead: <<DATE:death_date>>     25. Time pronounced: {t1}     Pronounced by <<PERSON:res_full>>, MD
PART I   a. {cod_a}                              onset to death: hours
         b. {cod_b}                              onset to death: 3 days
         c. {cod_c}                              onset to death: years
PART II  Chronic kidney disease stage 4; atrial fibrillation
33. Autopsy performed: No     Referred to medical examiner: No
Certifier: <<PERSON:att_full>>, MD     License # <<ID:att_lic>>     Date certified: <<DATE:sign_date>>
Funeral home: <<ORG:funeral_home>>, <<ADDRESS:fh_addr>>; funeral director <<PERSON:fd_full>> (lic. <<ID:fd_lic>>)
""",
    "en_work_school_note": """\
<<ORG:uc>>
<<ADDRESS:uc_addr_line>>    Phone <<PHONE:uc_phone>>

                                   WORK / SCHOOL EXCUSE
Date: <<DATE:visit_date>>

To whom it may concern:

<<PERSON:rel_full>> is the primary caregiver for a family member who was hospitalized at <<ORG:hosp>> from <<DATE:admit>>.
Please excuse <<PERSON:rel_first>> from work at <<ORG:rel_employer>> from <<DATE:ex_from>> through <<DATE:ex_to>>.
{rel_he_cap} may return to full duty on <<DATE:return_date>>.

Also seen today: <<PERSON:st_first>> <<PERSON:rel_last>>, student at <<ORG:school>>. Please excuse from school and from PE until
<<DATE:ex_to>> (sprained ankle). Questions about this note may be directed to our office; diagnosis details are released only with
written consent of <<PERSON:st_first>>'s parent or guardian, <<PERSON:rel_first>>.

<<PERSON:np_full>>, PA-C
""",
    "en_gp_referral_letter": """\
<<ORG:gp_surgery>>
<<ADDRESS:gp_addr_uk>>
Tel: <<PHONE:gp_phone_uk>>     Secure e-mail: <<EMAIL:gp_email>>

Dr <<PERSON:uk_cons_full>>
Consultant Geriatrician, <<ORG:uk_trust>>

<<DATE:uk_letter_date>>

Dear Dr <<PERSON:uk_cons_last>>,

Re: {p_title_uk} <<PERSON:p_full>>, DOB <<DATE:dob_uk>>, NHS No. <<ID:nhs_no>>
    <<ADDRESS:p_addr_uk>>    Tel <<PHONE:rel_phone_intl>> (son/daughter's mobile)

Thank you for seeing this <<AGE:age_words>>-year-old {lady}, whom I reviewed at home on <<DATE:gp_seen>>. Over the last two
months {p_he} has had three falls and increasing confusion. {p_he_cap} lives alone in sheltered housing; {p_his} {rel_relation}
<<PERSON:rel_first>> visits from <<LOCATION:rel_city_uk>> at weekends and carers from <<ORG:care_agency>> attend four times a day.
MMSE 19/30 today (24/30 last year). {sign}. Medication: {drug}; {drug2}. Bloods: eGFR 38, Hb 104, TSH normal.

I would be grateful for your assessment in the falls clinic. {p_he_cap} would prefer a morning appointment.

Yours sincerely,

Dr <<PERSON:gp_full>> MBChB MRCGP
GMC <<ID:gmc_no>>
cc: patient
""",
    "en_telephone_encounter": """\
TELEPHONE ENCOUNTER    <<DATE:tel_date>> {t1}    Taken by: <<PERSON:ma_full>>, CMA
Caller: <<PERSON:rel_first>> (pt's {rel_relation})   Callback: <<PHONE:rel_phone>> (cell - OK to leave msg)   Alt: <<PHONE:rel_phone2>>
Identity verified: pt name + DOB (<<DATE:dob>>) + address on file (<<ADDRESS:p_street>>).
Reason for call: "{p_mom}'s been more confused since the weekend and isn't eating." Per caller pt has not taken
{drug} for 2 days. No fever measured. Pharmacy: <<ORG:pharmacy>>.
Routed to Dr. <<PERSON:pcp_last>> - HIGH priority.
-----
<<DATE:tel_date>> {t2}  <<PERSON:pcp_ini>>: Spoke with <<PERSON:rel_first>>. Advised ED eval today (UTI vs stroke vs med effect). If
{p_he} refuses, bring in for UA tomorrow AM. Caller verbalized understanding.
-----
<<DATE:tel_date2>> {t3}  Follow-up call to <<PERSON:p_first>> at <<PHONE:p_phone>> - no answer; left HIPAA-compliant voicemail asking
for a call back. -<<PERSON:ma_first>>
""",
    "en_case_management": """\
CASE MANAGEMENT - DISCHARGE PLANNING        <<DATE:cm_date>>
Pt: <<PERSON:p_lfm>> | <<AGE:age>> | MRN <<ID:mrn>> | Medicare A/B - MBI <<ID:mbi>> | Medicaid <<ID:medicaid_id>>
Living situation: alone, 2nd-floor apt at <<ADDRESS:p_street>>, <<LOCATION:p_city>> - 14 steps, no rail. PTA independent
with rollator; stopped driving <<DATE:stopped_driving>>.
Support: <<PERSON:rel_full>> ({rel_relation}, HCPOA - document scanned <<DATE:poa_date>>) <<PHONE:rel_phone>>; neighbor
<<PERSON:neighbor_first>> checks in daily.
PT/OT recommend SNF. Pt agreeable after speaking with <<PERSON:rel_first>>.
Referrals sent:
  1) <<ORG:snf>> - accepted; bed <<DATE:snf_bed_date>>; liaison <<PERSON:snf_liaison_full>> <<PHONE:snf_phone>>
  2) <<ORG:snf2>> - declined (no Medicaid-pending beds)
  3) <<ORG:snf3>> - pending; clinicals faxed to <<PHONE:snf_fax>>
3-midnight stay met (<<DATE:admit>> - <<DATE:discharge>>). IM notice given <<DATE:imm_date>>, signed by <<PERSON:rel_first>> <<PERSON:rel_last>>.
Transport: wheelchair van (<<ORG:transport_co>>) pickup {t1}, confirmation <<ID:transport_conf>>.
<<PERSON:cm_full>>, RN, CCM  |  <<PHONE:cm_phone>>
""",
    "en_radiology_report": """\
EXAM: CT HEAD WITHOUT CONTRAST
ACCESSION: <<ID:accn_rad>>      MRN: <<ID:mrn>>      PATIENT: <<PERSON:p_ulf>>
EXAM DATE: <<DATE:exam_date>> {t1}      ORDERING: <<PERSON:ed_doc_lfm>>
HISTORY: <<AGE:age>> {sex_word}, fall on anticoagulation, headache.
COMPARISON: MRI brain <<DATE:prior_exam>> performed at <<ORG:outside_hosp>> (images imported to PACS).
TECHNIQUE: Axial 5 mm images from skull base to vertex. Dose reduction technique used. DLP 980 mGy-cm.
FINDINGS: 6 mm acute subdural hematoma along the right frontal convexity without midline shift. Chronic small-vessel
ischemic change. Old left cerebellar lacune. Chiari I configuration (tonsils 6 mm below foramen magnum), unchanged.
IMPRESSION:
1. Small acute right frontal subdural hematoma.
2. No midline shift or hydrocephalus.
CRITICAL RESULT discussed with Dr. <<PERSON:ed_doc_last>> by telephone at {t2} on <<DATE:exam_date>>; read-back confirmed.
Note: cardiac device present; per technologist <<PERSON:tech_first>> the device card lists serial <<ID:device_serial>>.
Dictated by: <<PERSON:res_full>>, MD (resident)
Electronically signed: <<PERSON:rad_fml>>, MD  <<DATE:exam_date>> {t3}   workstation <<ID:ip>>
""",
    "en_progress_note_family": """\
HOSPITAL DAY 4 - PROGRESS NOTE (Hospitalist)
S: <<PERSON:p_nick>> (prefers this over <<PERSON:p_first>>) slept poorly - "<<PERSON:rn2_first>> kept waking me for vitals." Denies CP/SOB.
{rel_relation_cap} <<PERSON:rel_first>> and {rel_his} spouse <<PERSON:rel_spouse_first>> visited last night; worried about <<PERSON:p_nick>>'s memory.
O: Tmax 37.9  HR {hr}  BP {bp}  SpO2 {sat}% 2L.  {sign}. Mild asterixis. Foley draining clear urine; {device} in place.
   Labs reviewed: see table; trop flat.
A/P: <<AGE:age>>{sex_letter} with {dx}.
1. Infection - continue {drug}; d/w ID (Dr. <<PERSON:id_doc_last>>) - narrow when cultures final.
2. Delirium - CAM+. Avoid diphenhydramine/benzos; sitter; glasses and hearing aids at bedside.
3. Dispo - PT recommends home with 24 h supervision; <<PERSON:rel_first>>'s house in <<LOCATION:rel_city>> discussed.
   Family meeting <<DATE:fam_meet>> 2 pm with SW <<PERSON:sw_first>>.
Code: DNR/DNI (MOLST dated <<DATE:molst_date>>, witnessed by <<PERSON:molst_witness_full>>).
<<PERSON:hosp_full>>, DO    <<PHONE:att_pager>>
""",
    "en_operative_report": """\
OPERATIVE REPORT
Date of surgery: <<DATE:proc_date>>
Surgeon: <<PERSON:surg_full>>, MD, FACS
Assistants: <<PERSON:res_full>>, MD (PGY-4); <<PERSON:pa_first>> <<PERSON:pa_last>>, PA-C
Anesthesia: general endotracheal - <<PERSON:anes_fi>>, MD / <<PERSON:crna_full>>, CRNA
Preoperative diagnosis: {dx}
Procedure: {procedure}
Implants: {implant_desc}   REF {ref_no}   LOT {lot_no}   SN <<ID:implant_sn>>
Specimens: as below, to pathology (<<ID:path_accn>>)
EBL 150 mL. Fluids 1.2 L LR. UOP 300 mL. Counts correct x2 (circulator <<PERSON:circ_first>>, scrub <<PERSON:scrub_first>>).
Indications: <<PERSON:p_last>> is a <<AGE:age>>-year-old with {dx2}; risks and benefits reviewed with the patient and {p_his}
{rel_relation}, who signed consent.
Description: Time-out performed with all team members. {sign}. Prepped and draped in the usual sterile fashion...
Disposition: PACU, extubated, stable. I spoke with <<PERSON:rel_first>> in the surgical waiting area afterwards.
<<PERSON:surg_ulast>>/<<PERSON:res_ini>>   D: <<DATE:proc_date>> {t1}   T: <<DATE:proc_date_next>> {t2}   Job #<<ID:job_no>>
""",
    "en_device_remote_transmission": """\
REMOTE DEVICE TRANSMISSION - REVIEW
Patient: <<PERSON:p_first>> <<PERSON:p_last>>     DOB: <<DATE:dob>>     Device clinic ID: <<ID:device_clinic_id>>
Device: {device_model} dual-chamber pacemaker, implanted <<DATE:implant_date>> by Dr. <<PERSON:ep_last>> at <<ORG:hosp>>
Generator serial: <<ID:device_serial>>    RA lead SN <<ID:lead_sn1>>    RV lead SN <<ID:lead_sn2>>
Transmission: <<DATE:tx_date>> {t1} (scheduled) from bedside monitor, IP <<ID:ip>>
Battery longevity 7.5 yr. RA pacing 41%, RV pacing 3%. AT/AF burden 3.2% (longest 4 h 12 min). Lead impedances stable.
Pt is on {drug}. No alerts.
Next remote: <<DATE:next_remote>>. In-clinic check in 6 months. Letter mailed to <<ADDRESS:p_addr_full>>.
Reviewed by <<PERSON:dev_rn_full>>, RN, CCDS; co-signed <<PERSON:ep_fi>>, MD
""",
    "en_referral_fax_cover": """\
F A X
To: <<PERSON:ref_full>> / <<ORG:ref_clinic>>          Fax: <<PHONE:ref_fax>>     Phone: <<PHONE:ref_phone>>
From: <<PERSON:ref_from_full>> for Dr. <<PERSON:pcp_last>>              Fax: <<PHONE:practice_fax>>
Date: <<DATE:fax_date>>          Pages (incl. cover): 7
Re: URGENT referral - <<PERSON:p_lfm>>, DOB <<DATE:dob>>, ph <<PHONE:p_phone>>
Insurance: <<ORG:payer>>, ID <<ID:member_id>>
[ ] Urgent  [X] For review  [ ] Please reply
Comments: enclosed last 2 office notes, labs and CT report. Pt prefers morning appointments; speaks {language};
{rel_relation} <<PERSON:rel_first>> (<<EMAIL:rel_email>>) coordinates. Old MRN <<ID:mrn_old>> from the previous EHR.
CONFIDENTIALITY NOTICE: The documents accompanying this fax contain confidential health information. If you received
this in error please call <<PHONE:practice_phone>> and destroy the documents.
""",
    "en_social_work_assessment": """\
SOCIAL WORK PSYCHOSOCIAL ASSESSMENT
Referral source: ED - housing and financial concerns.
Met with pt at bedside; spoke with cousin <<PERSON:cousin_full>> by phone with pt's permission.
Verified: legal name <<PERSON:p_ufull>> (also goes by "<<PERSON:p_nick>>"), SSN ending <<ID:ssn4>>, phone <<PHONE:p_phone>>,
e-mail <<EMAIL:p_email>>.
Housing: staying on <<PERSON:cousin_first>>'s couch at <<ADDRESS:cousin_addr>> since an eviction on <<DATE:evict_date>>;
previously at <<ADDRESS:p_street>>, <<LOCATION:p_city>> <<ADDRESS:p_zip>>.
Employment: part-time at <<ORG:employer>> (supervisor <<PERSON:supervisor_full>>) until <<DATE:last_worked>>.
Benefits: SSI application pending; Medicaid application #<<ID:medicaid_app>>. Served US Army 1971-1974; VA claim <<ID:va_no>>.
Faith community at <<ORG:church>> - Pastor <<PERSON:pastor_last>> visits; church has offered meals.
Family started an online fundraiser: <<URL:gofundme>>
Plan: shelter list given; referral to <<ORG:hha>> for post-discharge visits; follow up on <<DATE:fam_meet>>.
<<PERSON:sw_full>>, LCSW
""",
}


# ---------------------------------------------------------------------------------------------
# Chinese people, places, organisations
# ---------------------------------------------------------------------------------------------
_ZH_COMPOUND_SURNAMES: Final = (
    "欧阳", "司马", "上官", "诸葛", "慕容", "皇甫", "东方", "尉迟", "令狐", "公孙", "长孙", "宇文", "夏侯", "司徒",
    "端木", "呼延", "轩辕", "澹台",
)  # fmt: skip
_ZH_RARE_SURNAMES: Final = (
    "仝", "亓", "禚", "乜", "晏", "訾", "佘", "岑", "冼", "逄", "滕", "阚", "郗", "眭", "靳", "缪", "覃", "笪", "蔺",
    "揭", "隗", "厍", "扈", "寇", "暴", "操", "苟", "高", "石", "白", "常", "于", "史", "金", "田", "安", "和", "时",
)  # fmt: skip
_ZH_GIVEN_F: Final = (
    "秀英", "桂兰", "红梅", "淑珍", "玉兰", "金凤", "雨涵", "子涵", "晓燕", "海燕", "招娣", "小红", "一诺", "敏",
    "静", "娟", "芳", "霞", "婷", "琳", "珺", "玥", "昳", "翠花", "美玲", "爱华", "春燕", "凤英",
)  # fmt: skip
_ZH_GIVEN_M: Final = (
    "建国", "国庆", "志强", "德胜", "春生", "梓轩", "浩然", "思远", "卫东", "福来", "来福", "永康", "军", "伟",
    "磊", "勇", "涛", "杰", "强", "刚", "鑫", "喆", "昇", "堃", "翀", "赟", "燊", "淼", "犇", "垚", "铁柱", "援朝",
)  # fmt: skip
_ZH_MINORITY_NAMES: Final = (
    "买买提·吐尔逊", "阿依古丽·艾买提", "古丽娜尔", "扎西多吉", "次仁卓玛", "巴特尔", "其其格", "热依拉·阿不都",
)  # fmt: skip
_ZH_REGIONS: Final = (
    ("河南省", "周口", ("川汇",), ("郸城", "太康", "鹿邑")),
    ("河南省", "郑州", ("金水", "二七", "中原"), ("中牟",)),
    ("山东省", "临沂", ("兰山", "罗庄"), ("沂南", "费")),
    ("湖南省", "长沙", ("岳麓", "开福", "雨花"), ("长沙",)),
    ("四川省", "南充", ("顺庆", "高坪"), ("南部", "仪陇")),
    ("广东省", "湛江", ("赤坎", "霞山"), ("遂溪", "徐闻")),
    ("江苏省", "徐州", ("鼓楼", "云龙"), ("沛", "丰", "睢宁")),
    ("安徽省", "阜阳", ("颍州", "颍东"), ("临泉", "太和")),
    ("河北省", "保定", ("竞秀", "莲池"), ("涞水", "蠡")),
    ("浙江省", "温州", ("鹿城", "瓯海"), ("永嘉", "平阳")),
    ("辽宁省", "铁岭", ("银州",), ("西丰", "昌图")),
    ("陕西省", "渭南", ("临渭",), ("蒲城", "大荔")),
    ("广西壮族自治区", "玉林", ("玉州",), ("博白", "陆川")),
    ("福建省", "莆田", ("城厢", "荔城"), ("仙游",)),
    ("", "北京", ("朝阳", "海淀", "丰台"), ()),
    ("", "上海", ("浦东新", "徐汇", "闵行"), ()),
)  # fmt: skip
_ZH_TOWNS: Final = ("城关", "石桥", "宜路", "大营", "黄庄", "新集", "白马", "龙塘", "三河", "柳林", "古城", "马头")
_ZH_VILLAGES: Final = ("李楼", "王庄", "张家湾", "后屯", "小刘庄", "东风", "红旗", "杨湾", "高庄", "前进", "老鸦陈")
_ZH_ROADS: Final = (
    "人民路", "解放大道", "建设路", "中山北路", "文化路", "纬五路", "黄河路", "长江东路", "幸福街", "民主巷",
    "光明路", "友谊大街", "农业路", "胜利街",
)  # fmt: skip
_ZH_ESTATES: Final = (
    "阳光花园", "锦绣华庭", "幸福里小区", "金水湾", "翡翠城", "滨江一号", "电力家属院", "纺织厂宿舍", "教师新村",
    "碧桂园", "万科城",
)  # fmt: skip
_ZH_RELATIONS_F: Final = ("女儿", "女儿", "儿媳", "孙女", "侄女", "外甥女")
_ZH_RELATIONS_M: Final = ("儿子", "儿子", "女婿", "孙子", "侄子", "外甥")
_PINYIN: Final = (
    "zhang",
    "li",
    "wang",
    "liu",
    "chen",
    "yang",
    "huang",
    "zhao",
    "wu",
    "zhou",
    "xu",
    "sun",
    "ma",
    "hu",
    "lin",
    "guo",
    "he",
    "gao",
    "luo",
    "zheng",
)
_CANTONESE: Final = {
    "陈": "CHAN",
    "陳": "CHAN",
    "李": "LEE",
    "张": "CHEUNG",
    "張": "CHEUNG",
    "黄": "WONG",
    "黃": "WONG",
    "王": "WONG",
    "刘": "LAU",
    "劉": "LAU",
    "林": "LAM",
    "吴": "NG",
    "吳": "NG",
    "何": "HO",
    "梁": "LEUNG",
}
_CANTONESE_GIVEN: Final = ("Siu Ming", "Ka Yan", "Wai Kit", "Mei Ling", "Chi Keung", "Yuk Lan", "Kwok Wing", "Suk Fan")

_ZH_DRUGS: Final = (
    "莫西沙星0.4g ivgtt qd", "单硝酸异山梨酯缓释片40mg po qd", "瑞舒伐他汀10mg po qn", "甘精胰岛素12U ih qn",
    "奥美拉唑40mg ivgtt qd", "氨溴索30mg iv bid", "华法林2.5mg po qd", "地高辛0.125mg po qd", "螺内酯20mg po qd",
    "阿莫西林克拉维酸钾1.2g ivgtt q8h", "哌拉西林他唑巴坦4.5g ivgtt q8h", "左乙拉西坦0.5g po bid", "多巴丝肼片125mg po tid",
    "托拉塞米10mg iv qd", "阿托伐他汀钙20mg po qn", "复方丹参滴丸10丸 tid",
)  # fmt: skip
_ZH_DX: Final = (
    "帕金森病", "阿尔茨海默病", "克罗恩病", "桥本甲状腺炎", "格林-巴利综合征", "库欣综合征", "布加综合征",
    "白塞病", "梅尼埃病", "马方综合征", "霍奇金淋巴瘤", "韦尼克脑病", "重症肺炎", "急性ST段抬高型心肌梗死",
    "脑梗死（左侧基底节区）", "慢性心力衰竭急性失代偿", "2型糖尿病酮症酸中毒", "股骨转子间骨折", "上消化道出血",
    "慢性阻塞性肺疾病急性加重", "尿源性脓毒症", "高钾血症",
)  # fmt: skip
_ZH_HERBS: Final = ("王不留行", "何首乌", "黄芪", "陈皮", "杜仲", "田七", "马齿苋", "白芍", "牛黄", "石膏", "金银花")
_ZH_DEPTS: Final = (
    "心血管内科",
    "老年医学科",
    "呼吸与危重症医学科",
    "神经内科",
    "小儿外科",
    "骨科",
    "普外科",
    "肾内科",
    "消化内科",
    "内分泌科",
)
_ZH_SIGNS: Final = (
    "墨菲征阴性",
    "巴氏征（-）",
    "克氏征、布氏征阴性",
    "麦氏点无压痛",
    "双肺可闻及湿啰音",
    "Babinski征阳性",
)


def _cn_mobile_digits(rng: random.Random) -> str:
    prefix = rng.choice(["130", "131", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "157", "158",
                         "159", "166", "173", "177", "180", "181", "186", "187", "189", "191", "195", "199"])  # fmt: skip
    return prefix + _digits(rng, 8)


def _cn_mobile(rng: random.Random) -> str:
    d = _cn_mobile_digits(rng)
    return rng.choice(
        [d, d, f"{d[:3]}-{d[3:7]}-{d[7:]}", f"{d[:3]} {d[3:7]} {d[7:]}", f"+86 {d}", f"+86-{d[:3]}-{d[3:7]}-{d[7:]}",
         f"0086 {d}", f"(+86){d}", f"{d[:3]}{d[3:7]} {d[7:]}"]
    )  # fmt: skip


_CN_AREA_CODES: Final = (("010", 8), ("021", 8), ("020", 8), ("022", 8), ("023", 8), ("025", 8), ("027", 8), ("028", 8),
                         ("0371", 8), ("0755", 8), ("0512", 8), ("0731", 8), ("0531", 8), ("0394", 7), ("0377", 7), ("0931", 7))  # fmt: skip


def _cn_landline(rng: random.Random) -> str:
    area, length = rng.choice(_CN_AREA_CODES)
    local = str(rng.randint(2, 8)) + _digits(rng, length - 1)
    half = length // 2
    return rng.choice(
        [f"{area}-{local}", f"({area}){local[:half]}-{local[half:]}", f"{area} {local[:half]} {local[half:]}",
         f"{area}-{local}转{rng.randint(800, 8999)}", f"（{area}）{local}", local, f"{area}{local}"]
    )  # fmt: skip


class _ZhPeople:
    def __init__(self, fakers: dict[str, Faker], rng: random.Random) -> None:
        self.cn = fakers["zh_CN"]
        self.tw = fakers["zh_TW"]
        self.rng = rng

    def make(self, female: bool, surname: str | None = None) -> tuple[str, str]:
        """(surname, given)."""
        rng = self.rng
        fake = self.cn if rng.random() < 0.75 else self.tw
        if surname is None:
            roll = rng.random()
            if roll < 0.12:
                surname = rng.choice(_ZH_COMPOUND_SURNAMES)
            elif roll < 0.3:
                surname = rng.choice(_ZH_RARE_SURNAMES)
            else:
                surname = fake.last_name()
        if rng.random() < 0.3:
            given = rng.choice(_ZH_GIVEN_F if female else _ZH_GIVEN_M)
        else:
            given = fake.first_name_female() if female else fake.first_name_male()
        return surname, given


def _add_zh_person(v: dict[str, str], role: str, surname: str, given: str, full: str | None = None) -> None:
    v[f"{role}_name"] = full or surname + given
    v[f"{role}_sur"] = surname
    v[f"{role}_given"] = given
    v[f"{role}_g1"] = given[-1]


_ZH_ROLES: Final = (
    "zy", "zz", "zr", "hs1", "hs2", "hs3", "hsz", "zb", "mz", "mz2", "ss", "xh", "qx", "jy", "sh", "bg", "shs",
    "mzdoc", "ems_doc", "nb", "hz", "icu", "icu2", "sf", "hg", "ext_doc", "yw", "town_doc", "o1", "o2", "o3", "o2_fam",
    "reporter", "jz3", "xj_hs", "ward_doc",
)  # fmt: skip
_ZH_MINORITY_OK: Final = frozenset({"o1", "hs3", "jy", "jz3"})


def _zh_region(rng: random.Random) -> tuple[str, str, str, str]:
    """(province, city, district, county) with a county even for municipalities."""
    prov, city, districts, counties = rng.choice(_ZH_REGIONS)
    if not counties:
        _, _, _, counties = rng.choice(_ZH_REGIONS[:-2])
    return prov, city, rng.choice(districts), rng.choice(counties)


def _zh_address(rng: random.Random, style: str | None = None) -> tuple[str, str]:
    """(address, city) in an urban, rural or short form."""
    prov, city, district, county = _zh_region(rng)
    style = style or rng.choice(["urban", "urban", "rural", "short"])
    while style == "rural" and not prov:  # municipalities: use a province for a village address
        prov, city, district, county = _zh_region(rng)
    if style == "rural":
        return (
            f"{prov}{city}市{county}县{rng.choice(_ZH_TOWNS)}{rng.choice(['镇', '乡'])}{rng.choice(_ZH_VILLAGES)}村"
            f"{rng.choice(['一', '二', '三', '四', '五', '6', '7'])}组{rng.choice(['', f'{rng.randint(1, 99)}号'])}",
            f"{city}市",
        )
    if style == "short":
        return (
            f"{city}市{district}区{rng.choice(_ZH_ESTATES)}{rng.randint(1, 30)}-{rng.randint(1, 6)}-{rng.randint(101, 2602)}",
            f"{city}市",
        )
    prefix = f"{prov}{city}市" if prov and rng.random() < 0.6 else f"{city}市"
    return (
        f"{prefix}{district}区{rng.choice(_ZH_ROADS)}{rng.randint(1, 399)}号{rng.choice(_ZH_ESTATES)}"
        f"{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{rng.randint(101, 2602)}室",
        f"{city}市",
    )


def _zh_hospital(rng: random.Random) -> str:
    prov, city, district, county = _zh_region(rng)
    return rng.choice(
        [f"{city}市第一人民医院", f"{city}市中心医院", f"{prov or city + '市'}人民医院", f"{city}市中医院", f"{county}县人民医院",
         f"{city}大学附属第二医院", f"{city}市{district}区人民医院", f"{city}市妇幼保健院"]
    )  # fmt: skip


def _zh_lab_rows(rng: random.Random) -> str:
    rows = [
        ("WBC", "白细胞计数", round(rng.uniform(1.8, 22.0), 2), "10^9/L", 3.5, 9.5),
        ("NEUT%", "中性粒细胞百分比", round(rng.uniform(40, 95), 1), "%", 40, 75),
        ("HGB", "血红蛋白", rng.randint(62, 168), "g/L", 115, 150),
        ("PLT", "血小板计数", rng.randint(31, 520), "10^9/L", 125, 350),
        ("K", "钾", round(rng.uniform(2.7, 6.6), 2), "mmol/L", 3.5, 5.3),
        ("Na", "钠", round(rng.uniform(118, 150), 1), "mmol/L", 137, 147),
        ("Cr", "肌酐", rng.randint(38, 612), "μmol/L", 41, 81),
        ("ALT", "丙氨酸氨基转移酶", rng.randint(6, 380), "U/L", 7, 40),
        ("CRP", "C反应蛋白", round(rng.uniform(0.3, 210), 1), "mg/L", 0, 10),
        ("PCT", "降钙素原", round(rng.uniform(0.02, 48), 2), "ng/mL", 0, 0.05),
        ("NT-proBNP", "N端脑钠肽前体", rng.randint(30, 35000), "pg/mL", 0, 125),
    ]
    lines = []
    for number, (code, name, value, units, low, high) in enumerate(rng.sample(rows, rng.randint(6, 9)), start=1):
        flag = "↓" if value < low else "↑" if value > high else ""
        lines.append(f"{number:<3}{code:<10}{name}\t{value}{flag}\t{units}\t{low}-{high}")
    return "\n".join(lines)


def _zh_values(fakers: dict[str, Faker], rng: random.Random) -> tuple[dict[str, str], tuple[KnownIdentifier, ...]]:
    cn = fakers["zh_CN"]
    people = _ZhPeople(fakers, rng)
    v: dict[str, str] = {}

    female = rng.random() < 0.5
    surname, given = people.make(female)
    full = None
    if female and len(surname) == 1 and rng.random() < 0.08:  # 冠夫姓: husband's surname + own surname + given
        full = people.make(False)[0][:1] + surname + given
    _add_zh_person(v, "p", surname, given, full)
    v["sex"] = "女" if female else "男"
    v["p_honorific"] = "女士" if female else "先生"
    v["p_ta"] = "她" if female else "他"
    v["p_en_name"] = f"{_CANTONESE.get(surname[:1], 'WONG')} {rng.choice(_CANTONESE_GIVEN)}"
    admit = dt.date(2024, 1, 10) + dt.timedelta(days=rng.randint(0, 650))
    age = rng.randint(90, 105) if rng.random() < 0.4 else rng.randint(18, 89)
    birth = admit - dt.timedelta(days=age * 365 + age // 4 + rng.randint(1, 360))
    v["age"] = str(age)
    v["age_cn"] = _cn_number(age)
    v["p_id"] = cn_resident_id(rng, birth)
    address, city = _zh_address(rng)
    v["p_addr"] = address
    v["p_city"] = city
    v["hukou_addr"] = _zh_address(rng, "rural")[0] if rng.random() < 0.6 else address
    v["new_addr"] = _zh_address(rng, rng.choice(["urban", "short"]))[0]
    v["scene_addr"] = rng.choice(
        [
            address,
            f"{city}{rng.choice(_ZH_ROADS)}与{rng.choice(_ZH_ROADS)}交叉口",
            f"{city}{rng.choice(_ZH_ESTATES)}北门",
        ]
    )
    v["birthplace"] = rng.choice([f"{r[0]}{r[1]}市" if r[0] else f"{r[1]}市" for r in _ZH_REGIONS])
    v["jz_city"] = rng.choice([f"{r[1]}市" for r in _ZH_REGIONS] + ["深圳", "东莞", "杭州", "苏州"])
    v["jz2_city"] = rng.choice(["深圳", "东莞", "杭州", "苏州", "广州", "宁波", "义乌", "厦门"])
    p_mobile = _cn_mobile(rng)
    v["p_mobile"] = p_mobile
    p_email = rng.choice([f"{rng.randint(10000, 2999999999)}@qq.com", f"{rng.choice(_PINYIN)}{rng.choice(_PINYIN)}{rng.randint(1, 9999)}@163.com",
                          f"{rng.choice(_PINYIN)}_{birth.year % 100:02d}{rng.randint(10, 99)}@126.com", f"{rng.choice(_PINYIN)}.{rng.choice(_PINYIN)}@sina.com"])  # fmt: skip
    v["p_email"] = p_email
    v["wechat"] = rng.choice(
        [
            f"wxid_{_letters(rng, 10, 'abcdefghijkmnpqrstuvwxyz0123456789')}",
            f"{rng.choice(_PINYIN)}{rng.choice(_PINYIN)}{rng.randint(1960, 2005)}",
        ]
    )

    for role in _ZH_ROLES:
        if role in _ZH_MINORITY_OK and rng.random() < 0.2:
            name = rng.choice(_ZH_MINORITY_NAMES)
            _add_zh_person(v, role, name[:1], name[1:], name)
        else:
            s, g = people.make(rng.random() < 0.5)
            _add_zh_person(v, role, s, g)
    for key in ("jz1", "jz2"):
        rel_female = rng.random() < 0.5
        s, g = people.make(rel_female, surname if rng.random() < 0.5 else None)
        _add_zh_person(v, key, s, g)
        if age >= 55:  # a child's generation (or the spouse)
            relation = rng.choice(_ZH_RELATIONS_F if rel_female else _ZH_RELATIONS_M)
            rel_birth = birth + dt.timedelta(days=rng.randint(20, 32) * 365 + rng.randint(0, 364))
        else:  # a parent, sibling or spouse
            relation = rng.choice(["母亲", "姐姐", "妹妹"] if rel_female else ["父亲", "哥哥", "弟弟"])
            rel_birth = birth + dt.timedelta(days=rng.randint(-30 * 365, 8 * 365))
        if rel_female != female and rng.random() < 0.3:
            relation = "妻子" if rel_female else "丈夫"
            rel_birth = birth + dt.timedelta(days=rng.randint(-5 * 365, 5 * 365))
        v[f"{key}_rel"] = relation
        v[f"{key}_ta"] = "她" if rel_female else "他"
        v[f"{key}_id"] = cn_resident_id(rng, min(rel_birth, admit - dt.timedelta(days=18 * 366)))
        v[f"{key}_mobile"] = _cn_mobile(rng)
    s, g = people.make(not female)
    _add_zh_person(v, "spouse", s, g)
    v["spouse_age"] = str(max(60, age + rng.randint(-5, 3)))
    for key in ("o1", "o2", "o3"):
        v[f"{key}_age"] = str(rng.randint(90, 99) if rng.random() < 0.25 else rng.randint(35, 89))
    v["o2_fam_rel"] = rng.choice(["丈夫", "老伴", "儿子"])

    # --- dates ------------------------------------------------------------------------------
    def d(offset: int, kind: str = "full") -> str:
        return _zh_date(rng, admit + dt.timedelta(days=offset), kind)

    stay = rng.randint(4, 16)
    v.update(
        admit=d(0), discharge=d(stay), d2=d(1), d3=d(2), prior_visit=d(-rng.randint(20, 400)),
        onset_noyear=d(-rng.randint(1, 6), "noyear"), lab_date=d(1), spouse_death=d(-rng.randint(400, 6000), "monthyear"),
        jjb_date=d(rng.randint(1, 3)), next_day=d(1), op_date=d(rng.randint(1, 4)), fu_noyear=d(stay + rng.randint(7, 21), "noyear"),
        bw_date=d(1), bw_date_cn=d(1, "cn"), exam_date=d(0), prior_exam=d(-rng.randint(30, 900)), visit_date=d(0),
        prior_visit_noyear=d(-rng.randint(3, 20), "noyear"), er_date=d(0), th_date=d(2), tf_date=d(3),
        sf_date=d(stay + rng.randint(7, 30)), next_sf=d(stay + rng.randint(40, 90), "noyear"), xj_d1=d(0, "noyear"),
        xj_d2=d(2, "noyear"), xj_d3=d(stay, "noyear"), death_date=d(stay), death_date_cn=d(stay + 1, "cn"), dob=_zh_date(rng, birth),
        ae_date=d(rng.randint(1, 5)), hz_date=d(2), dob_cn=_zh_date(rng, birth, "cn"), op_noyear=d(3, "noyear"),
    )  # fmt: skip
    for key in ("time", "time2", "time3", "time4"):
        v[key] = _zh_time(rng)

    # --- identifiers ------------------------------------------------------------------------
    zyh = rng.choice([f"{rng.randint(0, 9_999_999):07d}", f"ZY{admit.year}{_digits(rng, 5)}", f"{admit.year % 100:02d}{_digits(rng, 6)}",
                      f"Z{_digits(rng, 8)}", f"00{_digits(rng, 6)}", f"{admit.year}{_digits(rng, 6)}"])  # fmt: skip
    v["zyh"] = zyh
    v["mzh"] = rng.choice(
        [f"MZ{_digits(rng, 10)}", _digits(rng, 10), f"{admit:%Y%m%d}{_digits(rng, 4)}", f"0000{_digits(rng, 6)}"]
    )
    v["bah"] = rng.choice([_digits(rng, 6), f"BA{_digits(rng, 7)}", f"{_digits(rng, 3)}-{_digits(rng, 3)}"])
    v["bed"] = rng.choice(
        [
            str(rng.randint(1, 60)),
            f"{rng.randint(1, 60):02d}",
            f"加{rng.randint(1, 9)}",
            f"{rng.choice('ABC')}{rng.randint(1, 30)}",
        ]
    )
    v["bed2"] = str(rng.randint(1, 60))
    v["bed3"] = str(rng.randint(1, 60))
    v["ybh"] = rng.choice(
        [
            f"{_letters(rng, 1)}{_digits(rng, 10)}",
            f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
            f"{_digits(rng, 2)}{_letters(rng, 2)}{_digits(rng, 8)}",
        ]
    )
    v["sbk"] = rng.choice([f"{_letters(rng, 1)}{_digits(rng, 8)}", _digits(rng, 9)])
    v["passport"] = rng.choice([f"E{_digits(rng, 8)}", f"E{_letters(rng, 1)}{_digits(rng, 7)}"])
    v["hk_permit"] = rng.choice([f"H{_digits(rng, 8)}", f"H{_digits(rng, 10)}", f"C{_digits(rng, 8)}"])
    v["hkid"] = _hkid(rng)
    v["tw_permit"] = _digits(rng, 8)
    v["plate_cn"] = rng.choice(
        [f"{rng.choice('京沪豫鲁湘川粤苏皖冀浙')}{_letters(rng, 1)}·{_letters(rng, 1, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}{_digits(rng, 4)}",
         f"{rng.choice('京沪豫鲁湘川粤苏皖冀浙')}{_letters(rng, 1)}{_digits(rng, 5)}", f"{rng.choice('京沪豫粤')}{_letters(rng, 1)}D{_digits(rng, 5)}"]
    )  # fmt: skip
    v["sample_no"] = _digits(rng, rng.choice([4, 10]))
    v["barcode"] = _digits(rng, 12)
    v["ct_no"] = f"CT{admit:%y%m%d}{_digits(rng, 4)}"
    v["pacs_no"] = rng.choice([f"P{_digits(rng, 8)}", f"DR{_digits(rng, 7)}", _digits(rng, 9)])
    v["doc_license"] = f"1{_digits(rng, 14)}"
    v["staff_no"] = _digits(rng, rng.choice([4, 5, 6]))
    v["death_no"] = rng.choice([f"{_letters(rng, 1)}{_digits(rng, 9)}", _digits(rng, 10)])
    v["ae_no"] = f"BL{admit:%Y%m}{_digits(rng, 3)}"
    v["lg_no"] = f"LG{_digits(rng, 8)}"
    v["policy_no"] = f"{_letters(rng, 2)}{_digits(rng, 12)}"
    v["ip"] = rng.choice(
        [
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            cn.ipv4_public(),
        ]
    )

    # --- organisations, contacts ------------------------------------------------------------
    v["hosp"] = _zh_hospital(rng)
    v["hosp2"] = _zh_hospital(rng)
    v["prior_hosp"] = _zh_hospital(rng)
    v["ext_hosp"] = _zh_hospital(rng)
    h_address, _ = _zh_address(rng, "urban")
    v["hosp_addr"] = re.sub(r"[^号]*$", "", h_address)
    _, _, town_district, town_county = _zh_region(rng)
    town = rng.choice(_ZH_TOWNS)
    v["township_hosp"] = rng.choice(
        [f"{town_county}县{town}镇卫生院", f"{town_district}区社区卫生服务中心", f"{town}乡中心卫生院"]
    )
    v["clinic_village"] = rng.choice(
        [f"{rng.choice(_ZH_VILLAGES)}村卫生室", f"{town}镇{rng.choice(_ZH_ROADS)}个体诊所", f"{town}镇中心卫生院"]
    )
    v["employer"] = rng.choice([cn.company(), f"{town_county}县供电公司", f"{v['p_city']}第{rng.choice('一二三四五六七八')}中学", f"{v['p_city']}自来水公司",
                                f"{v['p_city']}公安局{town_district}分局", f"{town_county}县第二建筑工程公司"])  # fmt: skip
    v["jz1_employer"] = cn.company()
    v["nursing_home"] = (
        f"{rng.choice(['福寿', '康乐', '夕阳红', '颐和', '松鹤'])}{rng.choice(['养老院', '护理院', '老年公寓'])}"
    )
    for key in ("ward_landline", "lab_landline", "yw_landline", "town_landline", "nurse_line", "jz1_landline"):
        v[key] = _cn_landline(rng)
    v["nb_mobile"] = _cn_mobile(rng)
    v["hk_phone"] = rng.choice(
        [
            f"+852 {_digits(rng, 4)} {_digits(rng, 4)}",
            f"(852) {rng.choice('5669')}{_digits(rng, 7)}",
            f"+853 6{_digits(rng, 7)}",
        ]
    )
    dom = rng.choice(["zzdxyfy", "rmyy", "zxyy", "fey", "dyrmyy", "szyy"])
    v["zh_url"] = rng.choice(
        [f"https://www.{dom}.com.cn", f"https://hlwyy.{dom}.cn/register", f"http://{dom}.org.cn/guahao"]
    )
    v["zh_url2"] = rng.choice(
        [
            f"https://{dom}.com.cn/report?id={_digits(rng, 10)}",
            f"https://mp.weixin.qq.com/s/{_letters(rng, 12, 'abcdefghijkmnpqrstuvwxyzABCDEFGH')}",
        ]
    )
    v["doc_email"] = f"{rng.choice(_PINYIN)}{rng.choice(_PINYIN)}@{dom}.com.cn"

    # --- clinical filler ------------------------------------------------------------------
    v["dx"] = rng.choice(_ZH_DX)
    v["dx2"] = rng.choice(_ZH_DX)
    v["drug"] = rng.choice(_ZH_DRUGS)
    v["drug2"] = rng.choice(_ZH_DRUGS)
    v["herb"] = rng.choice(_ZH_HERBS)
    v["herb2"] = rng.choice(_ZH_HERBS)
    v["dept"] = rng.choice(_ZH_DEPTS)
    v["sign"] = rng.choice(_ZH_SIGNS)
    v["bp"] = f"{rng.randint(86, 186)}/{rng.randint(44, 108)}"
    v["hr"] = str(rng.randint(46, 138))
    v["spo2"] = str(rng.randint(82, 100))
    v["duration"] = rng.choice(["3天", "5天", "1周", "半月余", "2月", "10余年", "3小时"])
    v["lab_rows"] = _zh_lab_rows(rng)
    v["or_room"] = f"{rng.randint(1, 24)}号"
    v["ethnic"] = rng.choice(["汉族", "汉族", "回族", "满族", "壮族", "维吾尔族"])
    v["edu"] = rng.choice(["小学", "初中", "高中", "大专", "本科", "文盲"])
    v["job"] = rng.choice(["退休", "农民", "教师", "个体", "工人", "无业"])
    v["op"] = rng.choice(
        [
            "腹腔镜下胆囊切除术",
            "股骨近端防旋髓内钉内固定术",
            "经皮冠状动脉介入治疗",
            "右半结肠切除术",
            "人工全髋关节置换术",
        ]
    )
    v["anes"] = rng.choice(["全身麻醉（气管插管）", "腰硬联合麻醉", "神经阻滞+静脉镇静"])
    v["k_value"] = f"{rng.uniform(5.8, 6.9):.1f}"
    v["fee_type"] = rng.choice(["城镇职工医保", "城乡居民医保", "自费", "新农合"])

    known_names = [v["p_name"], given] + ([surname] if len(surname) > 1 else [])
    known = (
        *(KnownIdentifier("PERSON", name) for name in known_names),
        KnownIdentifier("ID", zyh),
        KnownIdentifier("ID", v["p_id"]),
        KnownIdentifier("PHONE", p_mobile),
        KnownIdentifier("ADDRESS", address),
        KnownIdentifier("ADDRESS", city),
        KnownIdentifier("DATE", birth.isoformat()),
        KnownIdentifier("EMAIL", p_email),
    )
    return v, known


# ---------------------------------------------------------------------------------------------
# Chinese templates
# ---------------------------------------------------------------------------------------------
ZH_BLIND2_TEMPLATES: Final[dict[str, str]] = {
    "zh_ruyuan_jilu": """\
<<ORG:hosp>>
入 院 记 录
姓名：<<PERSON:p_name>>　　　　性别：{sex}　　　　年龄：<<AGE:age>>岁　　　　民族：{ethnic}
婚姻：丧偶　　　　职业：{job}　　　　出生地：<<LOCATION:birthplace>>
工作单位：<<ORG:employer>>
现住址：<<ADDRESS:p_addr>>
联系人：<<PERSON:jz1_name>>（{jz1_rel}）　　联系电话：<<PHONE:jz1_mobile>>
入院日期：<<DATE:admit>> {time}　　　记录日期：<<DATE:admit>> {time2}
病史陈述者：患者本人及其{jz1_rel}，可靠　　　住院号：<<ID:zyh>>　　床号：<<ID:bed>>

主诉：反复胸闷、气促{duration}，加重1天。
现病史：患者{duration}前无明显诱因出现胸闷、气促，活动后明显，曾于<<DATE:prior_visit>>就诊于<<ORG:prior_hosp>>，
查心脏彩超示EF 38%，予{drug}等治疗后好转出院。<<DATE:onset_noyear>>受凉后上述症状再发加重，夜间不能平卧，
遂由其{jz1_rel}陪同来我院急诊，急诊以“{dx}”收入我科。
既往史：高血压病史10余年，最高190/110mmHg；2型糖尿病史8年。2015年行白内障手术。否认肝炎、结核病史。
个人史：生于<<LOCATION:birthplace>>，久居<<LOCATION:p_city>>，吸烟40余年，已戒5年。
婚育史：适龄婚育，配偶<<PERSON:spouse_name>>于<<DATE:spouse_death>>因病去世，育有2子1女，均体健。
家族史：父母已故，死因不详。
体格检查：T 36.8℃　P {hr}次/分　R 20次/分　BP {bp}mmHg。神志清，{sign}。
辅助检查：<<DATE:lab_date>>本院：{drug2}使用前血钾偏低，NT-proBNP明显升高。
初步诊断：1. {dx}　2. 高血压病3级（很高危）　3. 2型糖尿病
　　　　　　　　　　　　　　　　　住院医师：<<PERSON:zy_name>>
　　　　　　　　　　　　　　　　　主治医师：<<PERSON:zz_name>>
""",
    "zh_shouci_bingcheng": """\
<<DATE:admit>> {time}　　　首次病程记录
患者<<PERSON:p_name>>，{sex}，<<AGE:age>>岁，因“发热、咳嗽{duration}”于<<DATE:admit>>{time2}由急诊收入院。
一、病例特点：
1. {sex}性，急性起病。
2. 既往{dx2}病史，长期口服{drug}。
3. 查体：T 38.9℃，BP {bp}mmHg，SpO2 {spo2}%（未吸氧），{sign}。
4. 辅助检查：血常规示白细胞及中性粒细胞比例升高，C反应蛋白升高。
二、拟诊讨论：
诊断依据：根据病史、症状、体征及辅助检查，初步诊断{dx}。
鉴别诊断：1. 肺结核：……2. {dx2}：……需完善相关检查以鉴别。
三、诊疗计划：
1. 呼吸内科护理常规，一级护理，告病重；
2. 完善血培养、痰培养、胸部CT等检查；
3. 予{drug2}抗感染，中药{herb}、{herb2}煎服（家属要求），注意监测肝肾功能；
4. 向家属（{jz1_rel}<<PERSON:jz1_name>>）交代病情，已签署病重通知书及知情同意书。
　　　　　　　　　　　　　　　　　　　　　　医师签名：<<PERSON:zy_name>>
""",
    "zh_richang_bingcheng": """\
<<DATE:d3>> {time}　　　　病程记录
今日查房，患者诉夜间睡眠差，咳嗽较前减轻，无胸痛。<<PERSON:hs1_sur>>护士夜班反映患者凌晨曾自行拔除留置针，
已重新置管并加强看护。查体：BP {bp}mmHg，HR {hr}次/分，双肺呼吸音粗，{sign}。
复查：血钾3.2mmol/L，已予口服补钾。
<<PERSON:zz_sur>>主治医师查看患者后指示：继续目前{drug}治疗，明日复查电解质。
患者{jz2_rel}<<PERSON:jz2_name>>下午来院，已向其交代病情及预后，<<PERSON:jz2_given>>表示理解，要求暂不告知患者本人，
并留电话<<PHONE:jz2_mobile>>，夜间有变化随时联系。
护工<<PERSON:hg_sur>>阿姨反映患者近两日进食少，约平时一半，已请营养科会诊。
　　　　　　　　　　　　　　　　　　　　　　记录者：<<PERSON:zy_name>>
""",
    "zh_shangji_chafang": """\
<<DATE:d2>> {time}　　　<<PERSON:zr_name>>主任医师查房记录
今日<<PERSON:zr_sur>>主任查房，听取住院医师<<PERSON:zy_name>>汇报病史后，详细询问病史并查体。
<<PERSON:zr_sur>>主任分析：患者高龄（<<AGE:age>>岁），基础疾病多，此次{dx}诊断明确。需与{dx2}鉴别，
后者多有相应病史，必要时完善相关检查。患者既往服用{herb}等中药（自述“<<PERSON:hz_sur>>大夫开的方子”），
注意药物性肝损伤。
指示：1. 继续{drug}；2. 请心内科<<PERSON:hz_name>>教授会诊；3. 与家属沟通，必要时转ICU。
　　　　　　　　　　　　　　　　记录者：<<PERSON:zy_name>>　　　审核：<<PERSON:zr_name>>
""",
    "zh_jiaojieban": """\
护理交接班记录　　{dept}　　<<DATE:jjb_date>>　夜班→白班
交班护士：<<PERSON:hs1_name>>　　　接班护士：<<PERSON:hs2_name>>、<<PERSON:hs3_name>>
原有38　入院2　出院1　转出0　死亡0　现有39　病危2　病重5
<<ID:bed>>床　<<PERSON:p_name>>　{sex}　<<AGE:age>>岁　{dx}：夜间烦躁，22:30诉胸闷，SpO2 {spo2}%，已告知值班<<PERSON:zb_sur>>医生，
　　予吸氧4L/min后缓解。尿管通畅，尿量1350ml。骶尾部压红，已翻身q2h。家属<<PERSON:jz1_given>>陪护。
<<ID:bed2>>床　<<PERSON:o1_name>>　男　<<AGE:o1_age>>岁　{op}术后第1天：伤口敷料干燥，引流管引出淡血性液体约50ml。
<<ID:bed3>>床　<<PERSON:o2_name>>　女　<<AGE:o2_age>>岁　新入：{dx2}，陪护为其{o2_fam_rel}老<<PERSON:o2_fam_sur>>，
　　对陪护制度有意见，已解释。小<<PERSON:hs2_sur>>明早重点关注。
接班核对无误。<<PERSON:hs2_name>> {time}
""",
    "zh_huli_pinggu": """\
住院患者入院护理评估单
科室：{dept}　床号：<<ID:bed>>　姓名：<<PERSON:p_name>>　性别：{sex}　年龄：<<AGE:age>>岁　住院号：<<ID:zyh>>
入院时间：<<DATE:admit>> {time}　　入院方式：□步行　☑轮椅　□平车　　入院诊断：{dx}
文化程度：{edu}　　宗教信仰：无　　医疗费用：{fee_type}
联系人：<<PERSON:jz1_name>>　　关系：{jz1_rel}　　电话：<<PHONE:jz1_mobile>>
过敏史：☑有（青霉素）　□无
意识：☑清醒　□嗜睡　□昏迷　　　语言表达：□清楚　☑含糊（方言，需家属翻译）
自理能力（Barthel）：40分，重度依赖　　　Braden评分：13分　　　Morse跌倒评分：55分
皮肤：骶尾部2期压力性损伤 3cm×2cm（院外带入）
管路：□无　☑胃管　☑尿管
评估护士：<<PERSON:hs1_name>>　　　评估时间：<<DATE:admit>> {time2}
护士长审核：<<PERSON:hsz_name>>　　　<<DATE:next_day>>
""",
    "zh_shoushu_hecha": """\
手术安全核查表
科别：{dept}　患者姓名：<<PERSON:p_name>>　性别：{sex}　年龄：<<AGE:age>>　病案号：<<ID:bah>>
麻醉方式：{anes}　　手术方式：{op}　　术者：<<PERSON:ss_name>>　　手术日期：<<DATE:op_date>>
【麻醉实施前】患者身份核对 ☑是　手术部位与标识 ☑正确　知情同意 ☑是　麻醉设备安全检查 ☑完成
　　　　　　　皮肤是否完整 ☑是　术前备血 ☑是（2U）　假体/植入物 ☑有
【手术开始前】患者身份 ☑是　手术方式确认 ☑是　手术部位与标识确认 ☑是　手术、麻醉风险预警 ☑已讨论
【患者离开手术室前】实际手术方式确认 ☑　手术用药、输血核查 ☑　清点手术用物 ☑　手术标本确认 ☑
　　　　　　　　　　患者去向：☑恢复室　□病房　□ICU
手术医师签名：<<PERSON:ss_name>>　　麻醉医师签名：<<PERSON:mz_name>>　　巡回护士签名：<<PERSON:xh_name>>
""",
    "zh_mazui_jilu": """\
<<ORG:hosp>>　　麻 醉 记 录 单　　　　　　　第1页
姓名 <<PERSON:p_name>>　性别 {sex}　年龄 <<AGE:age>>岁　体重 52kg　科室 {dept}　床号 <<ID:bed>>　住院号 <<ID:zyh>>
手术日期 <<DATE:op_date>>　　手术间 {or_room}　　ASA Ⅲ级　　禁食 ☑
术前诊断：{dx}　　　拟施手术：{op}
麻醉方法：{anes}
时间　　　08:00　08:15　08:30　08:45　09:00　09:15
BP　　　　{bp}　142/80　118/66　105/60　112/64　120/70
HR　　　　{hr}　88　　76　　72　　70　　74
SpO2　　　98　　100　100　99　　99　　99
用药：咪达唑仑1mg，舒芬太尼15μg，丙泊酚80mg，罗库溴铵40mg，去氧肾上腺素50μg×2
输液：乳酸钠林格液1000ml，琥珀酰明胶500ml　　出血200ml　　尿量300ml
麻醉医师：<<PERSON:mz_name>>/<<PERSON:mz2_name>>　　手术医师：<<PERSON:ss_name>>
器械护士：<<PERSON:qx_name>>　　巡回护士：<<PERSON:xh_name>>
""",
    "zh_chuyuan_tongzhi": """\
出院通知单
<<PERSON:p_name>>您好：
您于<<DATE:admit>>因“{dx}”入住我院{dept}，经治疗病情好转，经<<PERSON:zz_sur>>医生评估，可于<<DATE:discharge>>出院。
请家属于当日上午10点前到住院部一楼结算窗口办理出院手续，请携带押金条、医保卡（<<ID:ybh>>）
及患者身份证（<<ID:p_id>>）。
出院带药：{drug}；{drug2}。请按时服药，不要自行停药。
出院后注意事项：低盐低脂饮食，每日监测血压、体重并记录；如出现胸闷、气喘加重、双下肢水肿，请及时就诊。
复诊：请于<<DATE:fu_noyear>>上午到门诊三楼<<PERSON:zz_name>>主任专家门诊复查，挂号可关注医院公众号或登录<<URL:zh_url>>。
科室电话：<<PHONE:ward_landline>>（24小时）　　医院地址：<<ADDRESS:hosp_addr>>
祝您早日康复！
　　　　　　　　　　　　　　　　　　　<<ORG:hosp>>{dept}　<<DATE:discharge>>
""",
    "zh_bingwei_tongzhi": """\
病危（重）通知书
<<PERSON:p_name>>家属：
患者<<PERSON:p_name>>，{sex}，<<AGE:age>>岁，因“{dx}”于<<DATE:admit>>入住我院{dept}，住院号<<ID:zyh>>。
目前患者病情危重，随时可能出现呼吸心跳骤停、多器官功能衰竭等危及生命的情况。我们将尽全力救治，
但仍可能发生难以预料的后果，特此通知，请家属予以理解并配合治疗。
患方意见：已知晓病情，☑同意继续积极治疗　☑同意气管插管　□不同意心肺复苏
患者家属签名：<<PERSON:jz1_name>>　　与患者关系：{jz1_rel}
家属身份证号：<<ID:jz1_id>>　　联系电话：<<PHONE:jz1_mobile>>
签名时间：<<DATE:bw_date_cn>> {time}
告知医师：<<PERSON:zz_name>>　　　告知时间：<<DATE:bw_date>> {time}
（本通知一式两份，一份交患方，一份存病历）
""",
    "zh_jianyan_baogao": """\
<<ORG:hosp>>检验报告单
姓　名：<<PERSON:p_name>>　　性　别：{sex}　　年　龄：<<AGE:age>>岁　　标本号：<<ID:sample_no>>
科　别：{dept}　　床　号：<<ID:bed>>　　病历号：<<ID:bah>>　　条形码：<<ID:barcode>>
送检医生：<<PERSON:zy_name>>　　标本类型：静脉血　　临床诊断：{dx}
No.代号　　项目名称　　结果　　单位　　参考区间
{lab_rows}
采集时间：<<DATE:lab_date>> 06:12　接收时间：<<DATE:lab_date>> 07:03　报告时间：<<DATE:lab_date>> 09:47
检验者：<<PERSON:jy_name>>　　审核者：<<PERSON:sh_name>>
危急值：血钾{k_value}mmol/L，已于07:20电话通知病房<<PERSON:hs1_sur>>护士（工号<<ID:staff_no>>），接收人复述无误。
*本报告仅对所检标本负责，如有疑问请致电<<PHONE:lab_landline>>。
""",
    "zh_yingxiang_baogao": """\
<<ORG:hosp>>　医学影像科　CT检查报告单
检查号：<<ID:ct_no>>　　影像号：<<ID:pacs_no>>　　住院号：<<ID:zyh>>　　床号：<<ID:bed>>
姓名：<<PERSON:p_name>>　性别：{sex}　年龄：<<AGE:age>>Y　科室：{dept}　检查日期：<<DATE:exam_date>>
检查部位：胸部CT平扫
检查所见：双肺纹理增多，右肺下叶见斑片状高密度影，边界模糊；与<<DATE:prior_exam>>外院片（<<ORG:prior_hosp>>）比较，
病灶范围增大。纵隔内见多发小淋巴结，短径小于1cm。心影增大，主动脉及冠状动脉壁钙化。双侧胸腔少量积液。
诊断意见：1. 右肺下叶炎症，较前进展，请结合临床；2. 心脏增大，双侧少量胸腔积液。
报告医师：<<PERSON:bg_name>>　　审核医师：<<PERSON:shs_name>>　　报告日期：<<DATE:exam_date>>
（本报告仅供临床参考）
""",
    "zh_menzhen_bingli": """\
<<ORG:hosp2>>　　门诊病历
门诊号：<<ID:mzh>>　　就诊日期：<<DATE:visit_date>>　　科室：{dept}
姓名：<<PERSON:p_name>>　性别：{sex}　年龄：<<AGE:age>>岁　费别：{fee_type}　医保号：<<ID:ybh>>
电话：<<PHONE:p_mobile>>　　地址：<<ADDRESS:p_addr>>
主诉：头晕、乏力{duration}。
现病史：患者{duration}前出现头晕，伴乏力、纳差，<<DATE:prior_visit_noyear>>在<<ORG:clinic_village>>输液3天（具体不详），
效果欠佳。家属代诉近来记忆力下降，夜间常喊已故老伴的名字“<<PERSON:spouse_given>>”。
既往史：{dx2}病史，规律服用{drug}。
查体：BP {bp}mmHg，神清，{sign}。
处理：1. 查血常规、电解质、头颅CT；2. {drug2}；3. 1周后复诊，不适随诊。
医师：<<PERSON:mzdoc_name>>（执业证书编码<<ID:doc_license>>）
""",
    "zh_jizhen_liuguan": """\
急诊留观记录　　留观号：<<ID:lg_no>>
来诊时间：<<DATE:er_date>> {time}　来诊方式：120急救车（车牌<<ID:plate_cn>>，随车医生<<PERSON:ems_doc_name>>）
现场地址：<<ADDRESS:scene_addr>>
患者：<<PERSON:p_name>>　{sex}　<<AGE:age>>岁　身份证号：<<ID:p_id>>
陪同：邻居<<PERSON:nb_sur>>阿姨（电话<<PHONE:nb_mobile>>）。家属在<<LOCATION:jz_city>>打工，已电话联系其{jz1_rel}<<PERSON:jz1_given>>，
　　　称明日赶回，同意先行抢救。
病情：晨起被邻居发现倒在家中卫生间，呼之能应，言语不清，右侧肢体无力。BP {bp}mmHg，{sign}。
处理：开通绿色通道，急查头颅CT、血糖、凝血；神经内科<<PERSON:ward_doc_sur>>医生会诊，考虑{dx}，溶栓时间窗已过。
{time2} 患者病情平稳，暂留观，待家属到院后办理住院。
留观医师：<<PERSON:zb_name>>　　护士：<<PERSON:hs1_name>>
""",
    "zh_jiashu_tanhua": """\
医患沟通（谈话）记录
谈话时间：<<DATE:th_date>> {time}　　谈话地点：{dept}医生办公室
患者姓名：<<PERSON:p_name>>　　住院号：<<ID:zyh>>　　床号：<<ID:bed>>
参加人员：医方——<<PERSON:zr_name>>（主任医师）、<<PERSON:zz_name>>（主治医师）
　　　　　患方——<<PERSON:jz1_name>>（{jz1_rel}）、<<PERSON:jz2_name>>（{jz2_rel}）、<<PERSON:jz3_name>>
谈话内容：患者目前诊断{dx}，病情危重。<<PERSON:zr_sur>>主任向家属详细说明了下一步治疗方案（手术/保守）及各自风险、
费用（预计8-10万元），以及患者年龄（<<AGE:age_cn>>岁）和基础疾病带来的麻醉风险。
患方意见：<<PERSON:jz1_given>>表示需与在<<LOCATION:jz2_city>>工作的兄妹商量，暂选择保守治疗；<<PERSON:jz3_name>>不同意，
双方意见不一致，已建议家属内部统一意见后答复。
患方签名：<<PERSON:jz1_name>>　　电话：<<PHONE:jz1_mobile>>　　身份证号：<<ID:jz1_id>>
医师签名：<<PERSON:zz_name>>
""",
    "zh_zhuanke_jilu": """\
转科记录（转出）
患者<<PERSON:p_name>>，{sex}，<<AGE:age>>岁，因“{dx}”于<<DATE:admit>>入住我科。入院后予{drug}等治疗。
<<DATE:tf_date>>凌晨患者出现意识障碍，血氧下降至{spo2}%，经<<PERSON:zr_sur>>主任与ICU<<PERSON:icu_name>>副主任医师共同会诊，
考虑病情加重，需转ICU进一步治疗，已征得家属（{jz1_rel}<<PERSON:jz1_name>>）同意并签字。
转科时情况：BP {bp}mmHg，HR {hr}次/分，经鼻高流量吸氧中。
转科目的：进一步生命支持治疗。
注意事项：患者对头孢类过敏；家属要求病情变化时先联系<<PERSON:jz1_given>>（<<PHONE:jz1_mobile>>）。
转出医师：<<PERSON:zy_name>>　　　接收医师：<<PERSON:icu2_name>>　　<<DATE:tf_date>> {time}
""",
    "zh_suifang_jilu": """\
出院患者电话随访记录
随访日期：<<DATE:sf_date>>　　随访方式：电话　　随访人：<<PERSON:sf_name>>
患者姓名：<<PERSON:p_name>>　　出院日期：<<DATE:discharge>>　　出院诊断：{dx}
联系电话：<<PHONE:p_mobile>>（本人）／<<PHONE:jz1_landline>>（家）
接听人：老伴（<<PERSON:spouse_name>>，<<AGE:spouse_age>>岁）
随访内容：老<<PERSON:p_sur>>出院后按时服用{drug}，血压控制在130-150/70-90mmHg。家属说：“老<<PERSON:p_sur>>这两天吃饭好了点，
就是晚上睡不踏实。”已嘱咐按时复诊，如有不适及时就诊。
其他：患者已搬至子女家居住，新地址：<<ADDRESS:new_addr>>，以后随访请打{jz2_rel}<<PERSON:jz2_given>>的手机<<PHONE:jz2_mobile>>。
下次随访时间：<<DATE:next_sf>>
""",
    "zh_jiankang_xuanjiao": """\
健康教育记录单
姓名：<<PERSON:p_name>>　　床号：<<ID:bed>>　　住院号：<<ID:zyh>>　　文化程度：{edu}
宣教对象：☑患者　☑家属（<<PERSON:jz2_name>>，{jz2_rel}）
日期　　　宣教内容　　　　　　　　　　　方式　　　　效果评价　　宣教护士　　患者/家属签名
<<DATE:xj_d1>>　入院宣教：病区环境、陪护制度　口头+资料　　理解　　　<<PERSON:hs1_name>>　　<<PERSON:jz2_name>>
<<DATE:xj_d2>>　低盐低脂饮食、{drug}用法　　　口头+示范　　部分理解　<<PERSON:hs2_sur>>（实习）　<<PERSON:p_name>>
<<DATE:xj_d3>>　出院指导：复诊、自我监测　　　口头+视频　　掌握　　　<<PERSON:xj_hs_name>>　　<<PERSON:jz2_given>>代签
备注：患者听力差，宣教主要针对家属；家属（小名“阿<<PERSON:jz2_g1>>”）已学会测量血压。
扫码或访问<<URL:zh_url2>>查看报告；护理咨询热线<<PHONE:nurse_line>>。
""",
    "zh_siwang_zhengming": """\
居民死亡医学证明（推断）书　　　　编号：<<ID:death_no>>
死者姓名：<<PERSON:p_name>>　　性别：{sex}　　民族：{ethnic}　　国家或地区：中国
有效身份证件类别：居民身份证　　证件号码：<<ID:p_id>>
年龄：<<AGE:age_cn>>岁　　婚姻状况：丧偶　　出生日期：<<DATE:dob>>　　文化程度：{edu}
死亡日期：<<DATE:death_date>> {time}　　死亡地点：医疗卫生机构　　死亡时是否处于妊娠期：否
生前工作单位：<<ORG:employer>>
户籍地址：<<ADDRESS:hukou_addr>>
常住地址：<<ADDRESS:p_addr>>
可联系的家属姓名：<<PERSON:jz1_name>>　　联系电话：<<PHONE:jz1_mobile>>　　家属工作单位：<<ORG:jz1_employer>>
致死的主要疾病诊断：（a）直接死亡原因：呼吸循环衰竭　　发病到死亡大概间隔时间：2小时
　　　　　　　　　　（b）引起（a）的疾病：{dx}　　　　　　　　　　　　　　　　　　3天
　　　　　　　　　　（c）引起（b）的疾病：{dx2}　　　　　　　　　　　　　　　　　　10余年
住院号：<<ID:zyh>>　　医师签名：<<PERSON:zz_name>>　　医疗卫生机构盖章：<<ORG:hosp>>
填表日期：<<DATE:death_date_cn>>
""",
    "zh_buliang_shijian": """\
护理不良事件报告表　　　　事件编号：<<ID:ae_no>>
发生时间：<<DATE:ae_date>> {time}　　发生地点：{dept}<<ID:bed>>床旁
患者：<<PERSON:p_name>>，{sex}，<<AGE:age>>岁，住院号<<ID:zyh>>，入院诊断{dx}
事件类型：☑跌倒　□坠床　□给药错误　□管路滑脱
事件经过：患者夜间自行下床如厕，护工<<PERSON:hg_name>>（病区里都叫“阿<<PERSON:hg_g1>>”）在隔壁床协助其他患者，未能及时搀扶，
患者滑倒在地，左额部擦伤约2cm×1cm。当班护士<<PERSON:hs1_name>>立即通知值班医生<<PERSON:zb_name>>查看，急查头颅CT未见出血。
已电话告知家属<<PERSON:jz1_name>>（<<PHONE:jz1_mobile>>）。
原因分析：Morse评分55分，高危；夜间陪护缺位；床栏未拉起。
整改措施：全科再培训防跌倒流程；护工管理公司负责人<<PERSON:reporter_sur>>经理已约谈。
报告人：<<PERSON:hs1_name>>（工号<<ID:staff_no>>）　　护士长：<<PERSON:hsz_name>>　　上报日期：<<DATE:ae_date>>
""",
    "zh_guoji_menzhen": """\
<<ORG:hosp>>　国际医疗部门诊病历
姓名：<<PERSON:p_name>>（英文名：<<PERSON:p_en_name>>）　　性别：{sex}　　年龄：<<AGE:age>>岁
证件：港澳居民来往内地通行证<<ID:hk_permit>>；香港身份证<<ID:hkid>>；护照<<ID:passport>>
联系电话：<<PHONE:hk_phone>>（港澳）／<<PHONE:p_mobile>>（内地）　　电子邮箱：<<EMAIL:p_email>>
微信：<<ID:wechat>>
商业保险：境外医疗保险，保单号<<ID:policy_no>>，需开具英文诊断证明。
主诉：返乡探亲期间出现腹痛、腹泻{duration}。
现病史：患者长期居住香港，<<DATE:prior_visit_noyear>>回<<LOCATION:birthplace>>探亲，进食海鲜后出现……既往在<<ORG:prior_hosp>>诊断{dx2}。
处理：{drug}；补液；大便常规+培养。嘱返港后至原诊治医生处随诊。
医师：<<PERSON:mzdoc_name>>　　　<<DATE:visit_date>>
""",
    "zh_huizhen_jilu": """\
会诊申请单
申请科室：{dept}　　床号：<<ID:bed>>　　患者：<<PERSON:p_name>>　　{sex}　　<<AGE:age>>岁　　住院号：<<ID:zyh>>
病情摘要：患者因{dx}入院，近2日出现四肢麻木无力、吞咽困难，{sign}，考虑{dx2}可能。
会诊目的：明确诊断，指导治疗。☑急会诊　□普通会诊
邀请：<<ORG:ext_hosp>>神经内科<<PERSON:ext_doc_name>>教授（院外会诊，联系人：医务科<<PERSON:yw_sur>>老师，<<PHONE:yw_landline>>）
申请医师：<<PERSON:zy_name>>　　申请时间：<<DATE:hz_date>> {time}

会诊意见：病史及查体同上。建议完善腰穿脑脊液检查及肌电图；可予丙种球蛋白0.4g/kg/d×5天；监测呼吸功能，
必要时转ICU。已与<<PERSON:zz_sur>>主治医师当面沟通。
会诊医师：<<PERSON:ext_doc_name>>（<<ORG:ext_hosp>>）　　<<DATE:hz_date>> {time2}　　邮箱<<EMAIL:doc_email>>
""",
    "zh_shuangxiang_zhuanzhen": """\
双向转诊（回转）单
患者姓名：<<PERSON:p_name>>　　性别：{sex}　　年龄：<<AGE:age>>　　社保卡号：<<ID:sbk>>
参保单位：<<ORG:employer>>
家庭住址：<<ADDRESS:p_addr>>　　联系电话：<<PHONE:p_mobile>>
诊疗经过：患者于<<DATE:admit>>因{dx}由<<ORG:township_hosp>>转入<<ORG:hosp>>，经治疗病情稳定，于<<DATE:discharge>>出院，
现转回<<ORG:township_hosp>>继续康复治疗。
主要检查结果：见附件（出院小结、检验报告）。
后续治疗建议：{drug}；康复训练；1个月后来我院门诊复查。
接诊医生：<<PERSON:town_doc_name>>（<<PHONE:town_landline>>）
转诊医生：<<PERSON:zz_name>>　　转出医院：<<ORG:hosp>>（盖章）　　<<DATE:discharge>>
""",
    "zh_keshi_qunliao": """\
【{dept}工作群】聊天记录导出　<<DATE:d3>>
<<PERSON:hsz_name>>：各位注意，<<ID:bed>>床<<PERSON:p_sur>>{p_honorific}今天下午做增强CT，{time}前停{drug}，谁跟一下？
小<<PERSON:hs2_sur>>：收到，我来
<<PERSON:zy_name>>：<<ID:bed>>床家属刚打电话问费用，我让他找收费处了。家属电话<<PHONE:jz1_mobile>>，姓<<PERSON:jz1_sur>>
<<PERSON:zz_sur>>老师：@<<PERSON:zy_given>> 明天交班前把<<PERSON:p_given>>的会诊单打出来
<<PERSON:hs3_name>>：<<ID:bed2>>床老<<PERSON:o3_sur>>又拔胃管了，已约束，通知了<<PERSON:zb_sur>>医生
<<PERSON:hsz_name>>：好。另外EMR今天下午升级，外网登录用<<ID:ip>>，有问题找信息科
""",
}


# ---------------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------------
_Values = Callable[[dict[str, Faker], random.Random], tuple[dict[str, str], tuple[KnownIdentifier, ...]]]
_LANGUAGES_SETUP: Final[dict[str, tuple[dict[str, str], _Values, tuple[str, ...], int]]] = {
    "en": (EN_BLIND2_TEMPLATES, _en_values, _EN_LOCALES, 0),
    "zh": (ZH_BLIND2_TEMPLATES, _zh_values, ("zh_CN", "zh_TW"), 1),
}


def generate_blind2(language: str, count: int = 500) -> list[SynthNote]:
    """``count`` notes in ``language`` (``en`` / ``zh``); split ``blind2``, ids ``blind2-en-0001``...

    Templates are used round-robin (sorted by name) so every template appears once ``count`` reaches
    the number of templates; each note gets a fresh persona.
    """
    if language not in _LANGUAGES_SETUP:
        raise ValueError(f"unknown language {language!r}")
    templates, make_values, locales, offset = _LANGUAGES_SETUP[language]
    seed = BLIND2_SEED + offset
    rng = random.Random(seed)
    fakers: dict[str, Faker] = {}
    for index, locale in enumerate(locales):
        fake = Faker(locale)
        fake.seed_instance(seed * 31 + index)
        fakers[locale] = fake
    ordered = sorted(templates.items())
    notes: list[SynthNote] = []
    for index in range(count):
        name, template = ordered[index % len(ordered)]
        values, known = make_values(fakers, rng)
        text, spans = render_blind2(template, values)
        notes.append(SynthNote(f"{SPLIT}-{language}-{index + 1:04d}", SPLIT, language, name, text, spans, known))
    return notes
