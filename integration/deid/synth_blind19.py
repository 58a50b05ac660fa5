# ruff: noqa: E501
"""Blind evaluation set 19: allied health, dental, eye and traditional medicine.

Theme: physiotherapy, occupational therapy, speech-language therapy, dietetics, podiatry, audiology,
optometry and ophthalmology, dental charts and orthodontic plans, prosthetics and orthotics
workshops, pharmacy counselling and compounding records, ambulance patient-care reports (crew
numbers, incident numbers, vehicle call signs), sports medicine, and traditional Chinese medicine.
English notes are set in the US, the UK, Australia, New Zealand and Malaysia (the country is the
prefix of the template name); Chinese notes are mainland ones (中医门诊、针灸、推拿、中药代煎、膏方、
康复理疗、口腔科、眼视光、听力、假肢矫形、120 急救出车记录、社区药房).

Written blind: the author saw only ``synth.py`` (``GoldSpan``, ``SynthNote``, ``render``,
``cn_resident_id``, ``GOLD_KINDS``), ``model.KnownIdentifier`` and the structure test, never the
de-identifier, its name lists or its scores. Do not tune the de-identifier against these templates;
they exist to measure it honestly.

Gold conventions (those of ``synth.py``): ``<<KIND:key>>`` is a gold span, ``{key}`` is filler.

* PERSON: every person's name in any form (patients, relatives, staff, other patients, coaches,
  teachers), including first-name-only, surname-only, initials, nicknames, lower-case, ALL-CAPS,
  "Surname, Given", mis-typed and pinyin forms. Titles, roles and credentials stay outside (Dr, Mr,
  Mrs, Ms, Puan, Encik, PT, DPT, RN, MD, 医生, 护士, 主任, 老师, 阿姨, 师傅, 药师, 治疗师). The 老/小
  prefix of a surname stays outside (老<<PERSON>>); a nickname built on a given-name character
  (小娟, 阿芳, 娟娟) is one span. A possessive 's stays outside.
* ID: record, insurance, registration, staff, badge, claim, case, order, referral, prescription,
  batch/lot, specimen, device-serial, incident, crew and vehicle identifiers (call signs and
  number plates included). Each Chinese note holds exactly one valid 18-digit resident ID, the
  patient's.
* PHONE (phones and faxes, extensions included), EMAIL, URL.
* ADDRESS: street-level addresses and postcodes; LOCATION: cities, suburbs, towns and villages
  (countries, states and provinces are not gold).
* DATE: any date with a day or a month (times, weekdays and bare years are not gold).
* AGE: only ages of 90 or more are gold; younger ages are rendered but not gold.
* ORG: named local facilities and firms (clinics, hospitals, workshops, pharmacies, schools,
  clubs, employers). National programmes and payers (Medicare, NHS, NDIS, ACC, 医保), drugs,
  doses, scores, lab values and eponyms are not gold.

``known`` holds what the patient's record has: name and name parts, record numbers (and, for
Chinese notes, the resident ID), phones, the street address, the birth date (ISO) and the email.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from dataclasses import dataclass
from typing import Final

from faker import Faker

from integration.deid.model import KnownIdentifier
from integration.deid.synth import SynthNote, cn_resident_id, render

__all__ = [
    "BLIND19_SEED",
    "BLIND19_SPLIT",
    "EN_BLIND19_TEMPLATES",
    "ZH_BLIND19_TEMPLATES",
    "blind19_age_of",
    "generate_blind19",
]

BLIND19_SEED: Final = 47318265
BLIND19_SPLIT: Final = "blind19"


# ---------------------------------------------------------------------------------------------
# Ages: digits, English words, Chinese numerals
# ---------------------------------------------------------------------------------------------
_EN_UNITS: Final = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
_EN_TENS: Final = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_CN_DIGITS: Final = "零一二三四五六七八九"


def _en_number_words(n: int) -> str:
    if n < 20:
        return _EN_UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _EN_TENS[tens] + (f"-{_EN_UNITS[unit]}" if unit else "")
    hundreds, rest = divmod(n, 100)
    head = f"{_EN_UNITS[hundreds]} hundred"
    return head if not rest else f"{head} and {_en_number_words(rest)}"


def _cn_number(n: int) -> str:
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n - 10] if n > 10 else "")
    if n < 100:
        tens, unit = divmod(n, 10)
        return _CN_DIGITS[tens] + "十" + (_CN_DIGITS[unit] if unit else "")
    hundreds, rest = divmod(n, 100)
    head = _CN_DIGITS[hundreds] + "百"
    if not rest:
        return head
    if rest < 10:
        return head + "零" + _CN_DIGITS[rest]
    tens, unit = divmod(rest, 10)
    return head + _CN_DIGITS[tens] + "十" + (_CN_DIGITS[unit] if unit else "")


_EN_WORD_VALUES: Final[dict[str, int]] = {w: i for i, w in enumerate(_EN_UNITS)} | {
    w: 10 * i for i, w in enumerate(_EN_TENS) if w
}
_CN_VALUES: Final[dict[str, int]] = {c: i for i, c in enumerate(_CN_DIGITS)} | {"〇": 0, "两": 2}


def blind19_age_of(value: str) -> int:
    """Read an ``<<AGE:…>>`` value: ``93``, ``ninety-three``, ``one hundred and two``, ``a hundred``,
    ``九十三``, ``一百零二``, ``一百一十``."""
    text = value.strip()
    if text.isascii() and text.isdigit():
        return int(text)
    if re.fullmatch(r"[\d０-９]+", text):
        return int(unicodedata.normalize("NFKC", text))
    lowered = text.lower()
    if re.fullmatch(r"[a-z\s-]+", lowered):
        total = 0
        current = 0
        seen = False
        for piece in re.split(r"[\s-]+", lowered):
            if not piece or piece == "and":
                continue
            if piece in ("a", "an"):
                current = 1
            elif piece == "hundred":
                total += (current or 1) * 100
                current = 0
            elif piece in _EN_WORD_VALUES:
                current += _EN_WORD_VALUES[piece]
            else:
                raise ValueError(f"not an age: {value!r}")
            seen = True
        if not seen:
            raise ValueError(f"not an age: {value!r}")
        return total + current
    if text and all(ch in _CN_VALUES or ch in "十百" for ch in text):
        total = 0
        current = 0
        for ch in text:
            if ch == "十":
                total += (current or 1) * 10
                current = 0
            elif ch == "百":
                total += (current or 1) * 100
                current = 0
            else:
                current = _CN_VALUES[ch]
        return total + current
    raise ValueError(f"not an age: {value!r}")


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------
def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _nz(rng: random.Random, n: int) -> str:
    """``n`` digits, the first not zero."""
    return str(rng.randint(1, 9)) + _d(rng, n - 1)


def _letters(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _ascii_slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z]", "", folded.lower())


_FAKERS: dict[str, Faker] = {}


def _faker(locale: str, rng: random.Random) -> Faker:
    """A cached Faker for ``locale``, reseeded from ``rng`` on every use (so notes stay independent)."""
    fake = _FAKERS.get(locale)
    if fake is None:
        fake = Faker(locale)
        _FAKERS[locale] = fake
    fake.seed_instance(rng.randrange(2**31))
    return fake


def _birth_for(rng: random.Random, visit: dt.date, age: int) -> dt.date:
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    year = visit.year - age
    if (month, day) > (visit.month, visit.day):
        year -= 1
    return dt.date(year, month, day)


def _pick_age(rng: random.Random, band: tuple[int, int] | None) -> int:
    if band is not None:
        return rng.randint(*band)
    if rng.random() < 0.36:
        return rng.choice((90, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104))
    return rng.randint(19, 89)


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        digit = int(ch)
        if i % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return str((10 - total % 10) % 10)


def _npi(rng: random.Random) -> str:
    body = rng.choice("12") + _d(rng, 8)
    return body + _luhn_digit("80840" + body)


def _dea(rng: random.Random, surname: str) -> str:
    digits = [rng.randrange(10) for _ in range(6)]
    check = (digits[0] + digits[2] + digits[4] + 2 * (digits[1] + digits[3] + digits[5])) % 10
    initial = (_ascii_slug(surname)[:1] or "x").upper()
    return rng.choice("ABFM") + initial + "".join(map(str, digits)) + str(check)


def _mbi(rng: random.Random) -> str:
    alpha = "ACDEFGHJKMNPQRTUVWXY"
    alnum = alpha + "0123456789"
    chars = [
        str(rng.randint(1, 9)), rng.choice(alpha), rng.choice(alnum), str(rng.randrange(10)),
        rng.choice(alpha), rng.choice(alnum), str(rng.randrange(10)), rng.choice(alpha),
        rng.choice(alpha), str(rng.randrange(10)), str(rng.randrange(10)),
    ]  # fmt: skip
    raw = "".join(chars)
    return raw if rng.random() < 0.5 else f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"


def _nhs_number(rng: random.Random) -> str:
    while True:
        body = [rng.randint(4, 9)] + [rng.randrange(10) for _ in range(8)]
        total = sum(d * (10 - i) for i, d in enumerate(body))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            raw = "".join(map(str, body)) + str(check)
            style = rng.randrange(4)
            if style == 0:
                return raw
            if style == 1:
                return f"{raw[:3]}-{raw[3:6]}-{raw[6:]}"
            return f"{raw[:3]} {raw[3:6]} {raw[6:]}"


def _medicare_au(rng: random.Random) -> str:
    digits = [rng.randint(2, 6)] + [rng.randrange(10) for _ in range(7)]
    check = sum(d * w for d, w in zip(digits, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    raw = "".join(map(str, digits)) + str(check) + str(rng.randint(1, 5))
    irn = str(rng.randint(1, 5))
    style = rng.randrange(4)
    if style == 0:
        return f"{raw[:4]} {raw[4:9]} {raw[9]}"
    if style == 1:
        return f"{raw}-{irn}"
    if style == 2:
        return f"{raw[:4]} {raw[4:9]} {raw[9]} / {irn}"
    return raw


_NHI_LETTERS: Final = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _nhi(rng: random.Random) -> str:
    while True:
        letters = _letters(rng, 3, _NHI_LETTERS)
        digits = _d(rng, 3)
        values = [_NHI_LETTERS.index(c) + 1 for c in letters] + [int(c) for c in digits]
        total = sum(v * w for v, w in zip(values, (7, 6, 5, 4, 3, 2), strict=True))
        remainder = total % 11
        if remainder == 0:
            continue
        check = 11 - remainder
        if check == 10:
            check = 0
        return letters + digits + str(check)


def _mykad(rng: random.Random, birth: dt.date, male: bool) -> str:
    place = rng.choice(("14", "10", "08", "01", "07", "13", "12", "06", "11", "02"))
    serial = _d(rng, 3) + str(rng.choice((1, 3, 5, 7, 9) if male else (0, 2, 4, 6, 8)))
    raw = f"{birth:%y%m%d}{place}{serial}"
    return raw if rng.random() < 0.35 else f"{raw[:6]}-{raw[6:8]}-{raw[8:]}"


# ---------------------------------------------------------------------------------------------
# English names: Faker plus hand-written lists ("given|family|nickname|gender|order|particle")
# order: w = given family; e = family given (Tan Mei Ling); m = given + particle + family (bin/binti, a/l, anak)
# ---------------------------------------------------------------------------------------------
_EN_HAND: Final = """
Chukwuemeka|Okafor|Emeka|m|w
Adaeze|Nwosu|Ada|f|w
Oluwaseun|Adeyemi|Seun|m|w
Kwame|Mensah||m|w
Ama|Boateng||f|w
Thandiwe|Dlamini|Thandi|f|w
Sipho|Ndlovu||m|w
Wanjiru|Kamau|Wanji|f|w
Tendai|Moyo||m|w
Abebe|Tadesse||m|w
Fatou|Diallo||f|w
Nomvula|Khumalo|Vula|f|w
Blessing|Okonkwo||f|w
Precious|Mahlangu||f|w
Yaw|Asante-Darko||m|w
Makena|Otieno||f|w
Ifeoma|Obi-Williams|Ify|f|w
Priya|Raghunathan||f|w
Anil|Venkataraman||m|w
Harpreet Kaur|Sandhu|Preet|f|w
Gurdeep Singh|Gill|Dee|m|w
Muhammad|Iqbal||m|w
Sanjay|Krishnamurthy|Sanj|m|w
Lakshmi|Pillai||f|w
Farhana|Chowdhury||f|w
Rajesh|Nair|Raj|m|w
Nirmala|Perera||f|w
Tharindu|Wickramasinghe||m|w
Ayesha|Siddiqui||f|w
Thi Lan|Nguyen|Lan|f|e
Van Minh|Tran|Minh|m|e
Kim Anh|Pham||f|e
Ji-hoon|Park||m|w
Yuki|Sato||f|w
Hiroshi|Takahashi||m|w
Maria Luisa|Dela Cruz|Malou|f|w
Rosario|Bautista|Rosie|f|w
Somchai|Srisuk||m|w
José Luis|García-Márquez|Pepe|m|w
María del Carmen|Ortega|Carmen|f|w
Guadalupe|de la Cruz|Lupe|f|w
Francisco|Hernández|Paco|m|w
Ximena|Villalobos||f|w
Jesús|Del Río|Chuy|m|w
Abdulrahman|Al-Hashimi|Abdul|m|w
Fatima|El-Sayed||f|w
Layla|Haddad||f|w
Youssef|Ben Ammar||m|w
Noor|Al Amiri||f|w
Khalid|Mansour||m|w
Mariam|Abdelaziz||f|w
Małgorzata|Wiśniewska|Gosia|f|w
Dmitri|Volkov|Dima|m|w
Oksana|Shevchenko||f|w
Zoran|Petrović||m|w
Agnieszka|Kowalczyk|Aga|f|w
Jiří|Novák||m|w
Bogdan|Ionescu||m|w
Svetlana|Kuznetsova|Sveta|f|w
Tomasz|Brzęczyszczykiewicz|Tomek|m|w
Sione|Tupou||m|w
Mele|Fifita||f|w
Losaline|Vaipulu|Lose|f|w
Tevita|Fonua||m|w
Aroha|Ngata||f|w
Wiremu|Te Rangi|Wi|m|w
Mere|Parata||f|w
Tamati|Walker||m|w
Ngaire|Te Huia||f|w
Faʻafetai|Leota|Fetu|f|w
Epeli|Ratuva||m|w
Jarrah|Gurruwiwi||m|w
Kirra|Wanambi||f|w
Marlee|Bulmer||f|w
Dakota|Begay||m|w
Winona|Yazzie||f|w
Tallulah|Tsosie|Lula|f|w
Sean|O'Sullivan-Hart||m|w
Pieter|van der Berg|Piet|m|w
Aoife|Mac an tSaoi||f|w
Isabela|de Souza|Bela|f|w
Marco|D'Angelo||m|w
Gwenllian|ap Rhys|Gwen|f|w
Anneke|De Vries||f|w
Francois|du Plessis|Frik|m|w
Hamish|MacGillivray||m|w
Ruairi|Ó Briain||m|w
Lucia|dos Santos||f|w
Karl-Heinz|von Bergen||m|w
Maeve|St. John||f|w
"""

_MY_HAND: Final = """
Nur Aisyah|Ahmad||f|m|binti
Muhammad Hafiz|Ismail|Hafiz|m|m|bin
Siti Aminah|Yusof|Minah|f|m|binti
Ahmad Faizal|Rahman|Faizal|m|m|bin
Nurul Izzah|Hassan|Izzah|f|m|binti
Mohd Azlan|Abdullah|Lan|m|m|bin
Wan Nor Azlina|Wan Ibrahim|Lina|f|m|binti
Zulkifli|Mat Saman|Zul|m|m|bin
Ravi|Muthusamy||m|m|a/l
Devi|Rajan||f|m|a/p
Kumaresan|Subramaniam|Kumar|m|m|a/l
Saraswathy|Krishnan|Sara|f|m|a/p
Jimmy|Jugah||m|m|anak
Mary|Ngumbang||f|m|anak
Mei Ling|Tan||f|e|
Chee Keong|Lim|CK|m|e|
Mei Fong|Wong||f|e|
Wei Jie|Ong||m|e|
Siew Lan|Chua||f|e|
Kok Wai|Yap||m|e|
Hui Min|Goh||f|e|
Ah Kow|Teh||m|e|
Juanis|Gimbang||m|w|
Christina|Majimbun||f|w|
"""

_WORD_GIVEN_F: Final = (
    "Hope", "Grace", "Rose", "Faith", "Sandy", "Joy", "Summer", "Amber", "Dawn", "Violet", "Ruby",
    "Ivy", "Hazel", "Crystal", "Destiny", "Patience", "Autumn", "Honor", "Pearl", "Iris", "Heather",
    "Holly", "Star", "Precious", "Charity", "Sunny",
)  # fmt: skip
_WORD_GIVEN_M: Final = (
    "Will", "Mark", "Bill", "Frank", "Jack", "Hunter", "Chase", "Max", "Grant", "Wade", "Rich",
    "Bob", "Guy", "Art", "Rusty", "Sonny", "Forrest", "Cash", "Miles", "Ray", "Bud", "Sandy",
)  # fmt: skip
_WORD_FAMILY: Final = (
    "Young", "Brown", "White", "Black", "Green", "King", "Wood", "Hill", "Stone", "Little", "Long",
    "Rice", "Bell", "Cook", "Baker", "Page", "Ward", "Hall", "Marsh", "Frost", "Cross", "Sharp",
    "Moody", "Strong", "Swift", "Hope", "Church", "Sweet", "Lamb", "Fox", "Day", "May", "Best",
    "Power", "Hunt", "Grace", "Rose", "Bush", "Field", "Winter", "Small", "Savage", "Person", "Mann",
)  # fmt: skip
_NICKNAMES: Final[dict[str, str]] = {
    "William": "Bill", "Robert": "Bob", "Richard": "Rick", "Margaret": "Peggy", "Elizabeth": "Liz",
    "Katherine": "Kate", "Catherine": "Cathy", "James": "Jim", "Joseph": "Joe", "Michael": "Mike",
    "Christopher": "Chris", "Jennifer": "Jen", "Patricia": "Trish", "Thomas": "Tom", "Daniel": "Dan",
    "Anthony": "Tony", "Matthew": "Matt", "Jonathan": "Jon", "Samuel": "Sam", "Alexander": "Alex",
    "Benjamin": "Ben", "Deborah": "Debbie", "Susan": "Sue", "Rebecca": "Becky", "Victoria": "Vicky",
    "Nicholas": "Nick", "Timothy": "Tim", "Andrew": "Andy", "Edward": "Ted", "Charles": "Charlie",
    "Dorothy": "Dot", "Barbara": "Barb", "Kimberly": "Kim", "Stephanie": "Steph", "Jessica": "Jess",
    "Gregory": "Greg", "Douglas": "Doug", "Raymond": "Ray", "Gerald": "Gerry", "Lawrence": "Larry",
    "Theodore": "Teddy", "Penelope": "Penny", "Frances": "Fran", "Stephen": "Steve", "Steven": "Steve",
    "Donald": "Don", "Ronald": "Ron", "Kenneth": "Ken", "Jacqueline": "Jackie", "Abigail": "Abby",
    "Zachary": "Zach", "Nathan": "Nate", "Joshua": "Josh", "David": "Dave", "Peter": "Pete",
    "Christine": "Chrissy", "Alexandra": "Lexi", "Jacob": "Jake", "Gustavo": "Gus", "Isabel": "Izzy",
    "Josephine": "Jo", "Harold": "Harry", "Henry": "Hal", "Eleanor": "Ellie", "Madison": "Maddie",
}  # fmt: skip
_MIDDLE_INITIALS: Final = "ABCDEFGHJKLMNPRSTW"


@dataclass(frozen=True)
class _Name:
    given: str
    family: str
    nick: str
    female: bool
    order: str = "w"
    particle: str = ""

    @property
    def full(self) -> str:
        if self.order == "e":
            return f"{self.family} {self.given}"
        if self.order == "m":
            return f"{self.given} {self.particle} {self.family}"
        return f"{self.given} {self.family}"


def _parse_hand(block: str) -> tuple[_Name, ...]:
    names: list[_Name] = []
    for line in block.strip().splitlines():
        fields = line.split("|") + [""] * 6
        given, family, nick, gender, order, particle = fields[:6]
        names.append(_Name(given, family, nick or given.split()[0], gender == "f", order or "w", particle))
    return tuple(names)


_EN_HAND_NAMES: Final = _parse_hand(_EN_HAND)
_MY_HAND_NAMES: Final = _parse_hand(_MY_HAND)

_COUNTRY_LOCALES: Final[dict[str, tuple[str, ...]]] = {
    "us": ("en_US", "en_US", "en_US", "es_MX", "en_NG", "en_IN"),
    "uk": ("en_GB", "en_GB", "en_GB", "en_IN", "en_PK", "pl_PL", "tw_GH"),
    "au": ("en_AU", "en_AU", "en_GB", "en_IN", "zu_ZA", "es_MX"),
    "nz": ("en_NZ", "en_NZ", "en_GB", "en_IN", "en_KE"),
    "my": ("en_IN", "id_ID", "en_GB"),
}


# A name that begins like a title would be ambiguous gold; such Faker draws are replaced.
_TITLE_LIKE: Final = re.compile(r"(?:Pastor|Dr|Mr|Mrs|Ms|Miss|Mx|Rev|Sir)\b")


def _en_name(rng: random.Random, country: str, female: bool | None = None) -> _Name:
    if female is None:
        female = rng.random() < 0.5
    roll = rng.random()
    if country == "my" and roll < 0.7:
        pool = [n for n in _MY_HAND_NAMES if n.female == female]
        return rng.choice(pool)
    if roll < 0.36:
        pool = [n for n in _EN_HAND_NAMES if n.female == female]
        return rng.choice(pool)
    if roll < 0.52:
        fake = _faker(rng.choice(_COUNTRY_LOCALES[country]), rng)
        given = rng.choice(_WORD_GIVEN_F if female else _WORD_GIVEN_M)
        family = rng.choice(_WORD_FAMILY) if rng.random() < 0.6 else str(fake.last_name())
        return _Name(given, family, given, female)
    fake = _faker(rng.choice(_COUNTRY_LOCALES[country]), rng)
    given = str(fake.first_name_female() if female else fake.first_name_male())
    family = str(fake.last_name())
    if _TITLE_LIKE.match(given) or _TITLE_LIKE.match(family):
        return rng.choice([n for n in _EN_HAND_NAMES if n.female == female])
    if rng.random() < 0.12:
        family = rng.choice(_WORD_FAMILY)
    elif rng.random() < 0.08:
        family = f"{family}-{fake.last_name()}"
    return _Name(given, family, _NICKNAMES.get(given, given), female)


def _typo(rng: random.Random, word: str) -> str:
    letters = [i for i, ch in enumerate(word) if ch.isalpha()]
    if len(letters) < 3:
        return word + word[-1]
    for _ in range(12):
        i = rng.choice(letters[1:])
        op = rng.randrange(4)
        if op == 0 and i + 1 < len(word) and word[i + 1].isalpha() and word[i] != word[i + 1]:
            out = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif op == 1 and len(letters) > 3:
            out = word[:i] + word[i + 1 :]
        elif op == 2:
            out = word[:i] + word[i] + word[i:]
        else:
            vowels = "aeiou"
            if word[i].lower() not in vowels:
                continue
            out = word[:i] + rng.choice([v for v in vowels if v != word[i].lower()]) + word[i + 1 :]
        if out != word and out.strip() == out:
            return out
    return word + word[-1]


def _initial_letters(text: str) -> str:
    return "".join(part[0] for part in re.split(r"[\s-]+", text) if part and part[0].isalpha())


def _en_forms(prefix: str, name: _Name, rng: random.Random) -> dict[str, str]:
    given, family = name.given, name.family
    full = name.full
    gi = _initial_letters(given).upper()
    fi = _initial_letters(family)[:1].upper() or family[:1].upper()
    if name.order == "e":
        init = f"{family} {gi}"
        lf = f"{family.upper()} {given}"
        lfc = f"{family}, {given}"
    elif name.order == "m":
        init = f"{'.'.join(gi)}. {family}"
        lf = full.upper()
        lfc = full
    else:
        init = f"{gi[0]}. {family}" if rng.random() < 0.6 else f"{gi[0]} {family}"
        lf = f"{family.upper()}, {given}"
        lfc = f"{family}, {given}"
    mid = f"{given} {rng.choice(_MIDDLE_INITIALS)}. {family}" if name.order == "w" else full
    return {
        f"{prefix}_full": full,
        f"{prefix}_first": given,
        f"{prefix}_given1": given.split()[0],
        f"{prefix}_last": family,
        f"{prefix}_lf": lf,
        f"{prefix}_lfc": lfc,
        f"{prefix}_caps": full.upper(),
        f"{prefix}_lower": full.lower(),
        f"{prefix}_init": init,
        f"{prefix}_initials": gi[:2] + fi,
        f"{prefix}_dotted": ".".join(gi[:2] + fi) + ".",
        f"{prefix}_nick": name.nick,
        f"{prefix}_typo": _typo(rng, family) if len(family) >= 4 else _typo(rng, given),
        f"{prefix}_mid": mid,
        f"{prefix}_lastcaps": family.upper(),
        f"{prefix}_firstlower": given.lower(),
        f"{prefix}_he": "she" if name.female else "he",
        f"{prefix}_hecap": "She" if name.female else "He",
        f"{prefix}_his": "her" if name.female else "his",
        f"{prefix}_hiscap": "Her" if name.female else "His",
        f"{prefix}_him": "her" if name.female else "him",
        f"{prefix}_title": rng.choice(("Ms", "Mrs")) if name.female else "Mr",
        f"{prefix}_my_title": "Puan" if name.female else "Encik",
        f"{prefix}_sex": "F" if name.female else "M",
        f"{prefix}_sexword": "female" if name.female else "male",
    }


# ---------------------------------------------------------------------------------------------
# English places, phones, identifiers
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Place:
    city: str
    region: str
    post: str
    area: str


def _places(rows: str) -> tuple[_Place, ...]:
    return tuple(_Place(*line.split("|")) for line in rows.strip().splitlines())


_PLACES: Final[dict[str, tuple[_Place, ...]]] = {
    "us": _places("""
Tucson|AZ|857|520
Dayton|OH|454|937
Boise|ID|837|208
Fresno|CA|937|559
Lowell|MA|018|978
Spokane|WA|992|509
Macon|GA|312|478
Tulsa|OK|741|918
Omaha|NE|681|402
Albany|NY|122|518
Pueblo|CO|810|719
Duluth|MN|558|218
Flagstaff|AZ|860|928
Hialeah|FL|330|305
Bakersfield|CA|933|661
Paterson|NJ|075|973
El Paso|TX|799|915
Gary|IN|464|219
Billings|MT|591|406
Santa Fe|NM|875|505
"""),
    "uk": _places("""
Wolverhampton|West Midlands|WV|01902
Stockport|Greater Manchester|SK|0161
Swindon|Wiltshire|SN|01793
Harrogate|North Yorkshire|HG|01423
Barnsley|South Yorkshire|S|01226
Luton|Bedfordshire|LU|01582
Ipswich|Suffolk|IP|01473
Wrexham|Wales|LL|01978
Paisley|Renfrewshire|PA|0141
Dundee|Scotland|DD|01382
Llanelli|Carmarthenshire|SA|01554
Carlisle|Cumbria|CA|01228
Gateshead|Tyne and Wear|NE|0191
Slough|Berkshire|SL|01753
Bolton|Greater Manchester|BL|01204
Peterborough|Cambridgeshire|PE|01733
Truro|Cornwall|TR|01872
Lewisham|Greater London|SE|020
Hackney|Greater London|E|020
Derry|Northern Ireland|BT|028
"""),
    "au": _places("""
Parramatta|NSW|2150|02
Penrith|NSW|2750|02
Dandenong|VIC|3175|03
Frankston|VIC|3199|03
Ipswich|QLD|4305|07
Toowoomba|QLD|4350|07
Geelong|VIC|3220|03
Bunbury|WA|6230|08
Elizabeth|SA|5112|08
Launceston|TAS|7250|03
Wagga Wagga|NSW|2650|02
Cairns|QLD|4870|07
Palmerston|NT|0830|08
Tuggeranong|ACT|2900|02
Mildura|VIC|3500|03
Dubbo|NSW|2830|02
Blacktown|NSW|2148|02
Logan Central|QLD|4114|07
"""),
    "nz": _places("""
Manurewa|Counties Manukau|2102|09
Papakura|Counties Manukau|2110|09
Porirua|Wellington Region|5022|04
Hastings|Hawke's Bay|4120|06
Whanganui|Manawatū|4500|06
Rotorua|Bay of Plenty|3010|07
Gisborne|Tairāwhiti|4010|06
Timaru|Canterbury|7910|03
Invercargill|Southland|9810|03
Hamilton|Waikato|3204|07
Nelson|Tasman|7010|03
Kaitaia|Northland|0410|09
Whangārei|Northland|0110|09
Palmerston North|Manawatū|4410|06
Masterton|Wairarapa|5810|06
Tauranga|Bay of Plenty|3110|07
Ōtara|Counties Manukau|2023|09
Levin|Horowhenua|5510|06
"""),
    "my": _places("""
Petaling Jaya|Selangor|46050|03
Shah Alam|Selangor|40000|03
Ipoh|Perak|30450|05
Seremban|Negeri Sembilan|70200|06
Kuantan|Pahang|25200|09
Johor Bahru|Johor|80100|07
Kuching|Sarawak|93200|082
Kota Kinabalu|Sabah|88000|088
Klang|Selangor|41200|03
Alor Setar|Kedah|05100|04
Butterworth|Pulau Pinang|12000|04
Kota Bharu|Kelantan|15000|09
Sungai Petani|Kedah|08000|04
Bangi|Selangor|43650|03
Cheras|Wilayah Persekutuan|56000|03
Ayer Keroh|Melaka|75450|06
"""),
}

_STREET_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "us": (
        "Oracle",
        "Mesquite",
        "Lincoln",
        "Cottonwood",
        "Sycamore",
        "Maple",
        "Juniper",
        "Prospect",
        "Highland",
        "Cedar",
        "Magnolia",
        "Ridgeview",
        "Pinecrest",
        "Willow",
    ),
    "uk": (
        "Station",
        "Church",
        "Beech",
        "Victoria",
        "Mill",
        "Albert",
        "Windsor",
        "Grange",
        "Meadow",
        "Kingsley",
        "Orchard",
        "Chapel",
        "Hawthorn",
        "Queensway",
    ),
    "au": (
        "Wattle",
        "Banksia",
        "Jacaranda",
        "Bottlebrush",
        "Grevillea",
        "Waratah",
        "Ironbark",
        "Boronia",
        "Kurrajong",
        "Lilly Pilly",
        "Melaleuca",
        "Acacia",
    ),
    "nz": (
        "Kowhai",
        "Rimu",
        "Totara",
        "Pohutukawa",
        "Manuka",
        "Kauri",
        "Matai",
        "Puriri",
        "Karaka",
        "Tui",
        "Rata",
        "Nikau",
    ),
}
_STREET_SUFFIX: Final[dict[str, tuple[str, ...]]] = {
    "us": ("St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Ct", "Way", "Pl"),
    "uk": ("Road", "Street", "Close", "Avenue", "Grove", "Lane", "Crescent", "Way", "Drive", "Terrace", "Gardens"),
    "au": ("St", "Ave", "Cres", "Ct", "Pde", "Rd", "Cl", "Dr", "Pl", "Street", "Road"),
    "nz": ("Street", "Road", "Crescent", "Place", "Drive", "Terrace", "Avenue", "Rise"),
}
_MY_STREETS: Final = (
    "Jalan SS 2/24", "Jalan Mawar 3", "Lorong Kenanga 5", "Jalan Kebun Teh 1/2", "Persiaran Bayan Indah",
    "Jalan Ampang Hilir", "Jalan Sultan Azlan Shah", "Jalan Tun Razak", "Jalan Kelisa Emas 2", "Jalan Bunga Raya",
    "Lorong Seri Kembangan 7", "Jalan Bukit Beruang", "Jalan Padang Tembak", "Jalan Pending", "Jalan Teluk Sisek",
)  # fmt: skip
_MY_TAMAN: Final = (
    "Taman Sri Muda",
    "Taman Melawati",
    "Taman Desa Jaya",
    "Taman Bukit Indah",
    "Taman Tasik Utama",
    "Taman Rishah",
    "Taman Connaught",
)


def _street(rng: random.Random, country: str) -> str:
    if country == "my":
        number = rng.choice(
            (
                f"No. {rng.randint(1, 120)}",
                f"{rng.randint(1, 80)}A",
                f"Lot {rng.randint(100, 4999)}",
                f"{rng.randint(1, 40)}-{rng.randint(1, 12)}-{rng.randint(1, 9)}",
            )
        )
        taman = f", {rng.choice(_MY_TAMAN)}" if rng.random() < 0.5 else ""
        return f"{number}, {rng.choice(_MY_STREETS)}{taman}"
    fake = _faker({"us": "en_US", "uk": "en_GB", "au": "en_AU", "nz": "en_NZ"}[country], rng)
    word = rng.choice(_STREET_WORDS[country]) if rng.random() < 0.55 else str(fake.last_name())
    street = f"{word} {rng.choice(_STREET_SUFFIX[country])}"
    number = str(rng.randint(1, 240) if country != "us" else rng.randint(10, 9800))
    if country == "us":
        unit = rng.choice(
            (
                "",
                "",
                "",
                f" Apt {rng.randint(1, 30)}{rng.choice('ABCD')}",
                f" #{rng.randint(100, 420)}",
                f" Unit {rng.randint(1, 24)}",
            )
        )
        return f"{number} {rng.choice(('', '', 'N ', 'S ', 'E ', 'W '))}{street}{unit}"
    if country == "uk":
        flat = rng.choice(
            ("", "", "", f"Flat {rng.randint(1, 12)}, ", f"{rng.choice(('Rose', 'Ivy', 'Holly', 'Fern'))} Cottage, ")
        )
        return f"{flat}{number} {street}"
    if country == "au":
        unit = rng.choice(("", "", f"{rng.randint(1, 20)}/", f"Unit {rng.randint(1, 20)}, "))
        return f"{unit}{number} {street}"
    return f"{rng.choice(('', '', f'Flat {rng.randint(1, 6)}, '))}{number}{rng.choice(('', '', 'A', 'B'))} {street}"


def _postcode(rng: random.Random, country: str, place: _Place) -> str:
    if country == "us":
        base = place.post + _d(rng, 2)
        return base if rng.random() < 0.8 else f"{base}-{_d(rng, 4)}"
    if country == "uk":
        return f"{place.post}{rng.randint(1, 19)} {rng.randint(1, 9)}{_letters(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    return place.post


def _full_address(country: str, street: str, place: _Place, post: str) -> str:
    if country == "us":
        return f"{street}, {place.city}, {place.region} {post}"
    if country == "uk":
        return f"{street}, {place.city} {post}"
    if country == "au":
        return f"{street}, {place.city} {place.region} {post}"
    if country == "nz":
        return f"{street}, {place.city} {post}"
    return f"{street}, {post} {place.city}, {place.region}"


def _phone(rng: random.Random, country: str, kind: str, area: str = "") -> str:
    """kind: land, mob, free; ``area`` is the landline area code of the place."""
    if country == "us":
        if kind == "free":
            return rng.choice(
                (
                    f"1-800-{_nz(rng, 3)}-{_d(rng, 4)}",
                    f"(888) {_nz(rng, 3)}-{_d(rng, 4)}",
                    f"877.{_nz(rng, 3)}.{_d(rng, 4)}",
                )
            )
        code = area or rng.choice(("520", "937", "208", "559", "978", "509"))
        exch, line = f"{rng.randint(2, 9)}{_d(rng, 2)}", _d(rng, 4)
        return rng.choice(
            (
                f"({code}) {exch}-{line}",
                f"{code}-{exch}-{line}",
                f"{code}.{exch}.{line}",
                f"+1 {code} {exch} {line}",
                f"1 ({code}) {exch}-{line}",
                f"{code}{exch}{line}",
            )
        )
    if country == "uk":
        if kind == "free":
            return rng.choice(
                (f"0800 {_d(rng, 3)} {_d(rng, 4)}", f"0300 {_d(rng, 3)} {_d(rng, 4)}", f"0345 {_d(rng, 6)}")
            )
        if kind == "mob":
            body = f"7{rng.choice(('7', '8', '9', '4', '5'))}{_d(rng, 2)}"
            tail = _d(rng, 6)
            return rng.choice(
                (
                    f"0{body} {tail}",
                    f"0{body}{tail}",
                    f"+44 {body} {tail}",
                    f"+44 (0){body} {tail}",
                    f"0{body} {tail[:3]} {tail[3:]}",
                )
            )
        code = area or rng.choice(("01902", "0161", "01793"))
        parts: tuple[str, ...]
        if len(code) == 5:
            local = _nz(rng, 6)
            parts = (
                f"{code} {local}",
                f"({code}) {local}",
                f"+44 (0){code[1:]} {local}",
                f"+44 {code[1:]} {local}",
                f"{code}{local}",
            )
        elif len(code) == 4:
            local = _nz(rng, 3) + " " + _d(rng, 4)
            parts = (f"{code} {local}", f"({code}) {local}", f"+44 (0){code[1:]} {local}", f"+44 {code[1:]} {local}")
        else:
            local = rng.choice(("7", "3", "8", "9")) + _d(rng, 3) + " " + _d(rng, 4)
            parts = (f"{code} {local}", f"({code}) {local}", f"+44 (0){code[1:]} {local}", f"+44 {code[1:]} {local}")
        return rng.choice(parts)
    if country == "au":
        if kind == "free":
            return rng.choice(
                (f"1300 {_d(rng, 3)} {_d(rng, 3)}", f"1800 {_d(rng, 3)} {_d(rng, 3)}", f"13 {_d(rng, 2)} {_d(rng, 2)}")
            )
        if kind == "mob":
            body = "4" + _d(rng, 2)
            a, b = _d(rng, 3), _d(rng, 3)
            return rng.choice(
                (f"0{body} {a} {b}", f"0{body}{a}{b}", f"+61 {body} {a} {b}", f"+61{body}{a}{b}", f"0{body}-{a}-{b}")
            )
        code = area or "02"
        a, b = _nz(rng, 4), _d(rng, 4)
        return rng.choice(
            (f"({code}) {a} {b}", f"{code} {a} {b}", f"+61 {code[1:]} {a} {b}", f"{code}{a}{b}", f"({code}) {a}-{b}")
        )
    if country == "nz":
        if kind == "free":
            return rng.choice((f"0800 {_d(rng, 3)} {_d(rng, 3)}", f"0508 {_d(rng, 3)} {_d(rng, 3)}"))
        if kind == "mob":
            pre = rng.choice(("21", "22", "27", "29", "20"))
            a, b = _d(rng, 3), _d(rng, 4)
            return rng.choice(
                (f"0{pre} {a} {b}", f"0{pre}-{a} {b}", f"0{pre}{a}{b}", f"+64 {pre} {a} {b}", f"+64 {pre}{a}{b}")
            )
        code = area or "09"
        a, b = _nz(rng, 3), _d(rng, 4)
        return rng.choice(
            (f"({code}) {a} {b}", f"{code}-{a} {b}", f"{code} {a}{b}", f"+64 {code[1:]} {a} {b}", f"({code}) {a}-{b}")
        )
    if kind == "free":
        return rng.choice((f"1-300-{_d(rng, 2)}-{_d(rng, 4)}", f"1800-{_d(rng, 2)}-{_d(rng, 4)}"))
    if kind == "mob":
        pre = rng.choice(("12", "13", "16", "17", "19", "11", "18"))
        if pre == "11":
            a, b = _d(rng, 4), _d(rng, 4)
        else:
            a, b = _d(rng, 3), _d(rng, 4)
        return rng.choice(
            (
                f"0{pre}-{a} {b}",
                f"0{pre}-{a}{b}",
                f"+60 {pre}-{a} {b}",
                f"+60{pre} {a} {b}",
                f"0{pre}{a}{b}",
                f"0{pre} {a} {b}",
            )
        )
    code = area or "03"
    if code == "03":
        a, b = _nz(rng, 4), _d(rng, 4)
    elif len(code) == 3:
        a, b = _nz(rng, 2), _d(rng, 4)
    else:
        a, b = _nz(rng, 3), _d(rng, 4)
    return rng.choice(
        (f"{code}-{a} {b}", f"{code}-{a}{b}", f"+60 {code[1:]}-{a} {b}", f"+6{code} {a} {b}", f"({code}) {a} {b}")
    )


def _with_ext(rng: random.Random, country: str, number: str) -> str:
    ext = str(rng.randint(2, 9)) + _d(rng, rng.choice((1, 2, 3)))
    if country == "my":
        word = rng.choice(("ext.", "samb.", "x"))
    elif country == "nz":
        word = rng.choice(("extn", "ext", "x"))
    else:
        word = rng.choice(("ext.", "ext", "x", "Ext"))
    joiner = "" if word == "x" else " "
    return f"{number} {word}{joiner}{ext}"


def _en_reg(rng: random.Random, country: str, prof: str) -> str:
    """A professional registration / licence number for ``prof`` in ``country``."""
    if country == "uk":
        hcpc = {
            "PT": "PH",
            "OT": "OT",
            "SLT": "SL",
            "POD": "CH",
            "DT": "DT",
            "PARA": "PA",
            "PO": "PO",
            "ORTH": "OR",
            "AUD": "HAD",
        }
        if prof in hcpc:
            return f"{hcpc[prof]}{_nz(rng, rng.choice((5, 6)))}"
        if prof == "OPT":
            return f"01-{_nz(rng, 5)}"
        if prof == "DEN":
            return _nz(rng, 6)
        if prof == "PHARM":
            return "20" + _d(rng, 5)
        if prof == "RN":
            return f"{_d(rng, 2)}{rng.choice('ABCDEFGHIJ')}{_d(rng, 4)}{rng.choice('EOSNW')}"
        return rng.choice(("6", "7")) + _d(rng, 6)
    if country == "au":
        ahpra = {
            "PT": "PHY",
            "OT": "OCC",
            "POD": "POD",
            "OPT": "OPT",
            "DEN": "DEN",
            "PHARM": "PHA",
            "PARA": "PAR",
            "RN": "NMW",
            "MED": "MED",
            "TCM": "CMR",
            "ORTH": "MED",
        }
        if prof in ahpra:
            return f"{ahpra[prof]}{_d(rng, 10)}"
        if prof == "SLT":
            return f"SPA {_nz(rng, 5)}"
        if prof == "DT":
            return f"APD {_nz(rng, 5)}"
        if prof == "AUD":
            return f"AudA {_nz(rng, 4)}"
        return f"AOPA-{_nz(rng, 4)}"
    if country == "nz":
        return rng.choice(
            (f"{_d(rng, 2)}{_letters(rng, 4)}", f"{_nz(rng, 2)}-{_d(rng, 5)}", f"{_d(rng, 2)}{_letters(rng, 4)}")
        )
    if country == "my":
        fmt = {
            "PT": "FT",
            "OT": "OT",
            "SLT": "SLP",
            "DT": "DT",
            "AUD": "AUD",
            "OPT": "OPT",
            "PO": "PO",
            "POD": "POD",
            "PARA": "PM",
            "ORTH": "MMC",
        }
        if prof == "DEN":
            return f"MDC {_nz(rng, 5)}"
        if prof in ("MED", "ORTH"):
            return f"MMC {_nz(rng, 5)}"
        if prof == "PHARM":
            return f"FRN {_nz(rng, 6)}"
        if prof == "RN":
            return f"LJM {_nz(rng, 6)}"
        return f"MAHPC/{fmt.get(prof, 'AH')}/{_nz(rng, 5)}"
    us = {
        "PT": "PT",
        "OT": "OT",
        "SLT": "SLP",
        "DT": "LD",
        "POD": "DPM",
        "AUD": "AU",
        "OPT": "OD",
        "DEN": "DDS",
        "PHARM": "RPH",
        "PARA": "P",
        "RN": "RN",
        "MED": "MD",
        "PO": "CPO",
        "ORTH": "DDS",
    }
    code = us.get(prof, "LIC")
    return rng.choice((f"{code}{_nz(rng, 6)}", f"{code}-{_d(rng, 5)}", f"{code} {_nz(rng, 5)}", f"{code}.{_d(rng, 7)}"))


def _local_mrn(rng: random.Random, country: str) -> str:
    if country == "us":
        return rng.choice((f"E{_nz(rng, 7)}", _d(rng, 9), f"{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 4)}", f"{_nz(rng, 7)}"))
    if country == "uk":
        return rng.choice(
            (f"{rng.choice('KMRSDJ')}{_d(rng, 7)}", f"RXW{_d(rng, 7)}", f"{_nz(rng, 7)}", f"H{_d(rng, 6)}X")
        )
    if country == "au":
        return rng.choice(
            (_nz(rng, 7), f"00{_nz(rng, 6)}", f"MR{_d(rng, 6)}", f"{_nz(rng, 3)}-{_d(rng, 3)}-{_d(rng, 2)}")
        )
    if country == "nz":
        return rng.choice((f"PT-{_d(rng, 5)}", f"{_nz(rng, 6)}", f"CL{_d(rng, 6)}"))
    return rng.choice((f"RN{_d(rng, 8)}", f"{_nz(rng, 2)}{_d(rng, 6)}", f"HSB/{_d(rng, 6)}", f"KK-{_d(rng, 6)}"))


def _fmt_en_date(
    rng: random.Random, day: dt.date, country: str, *, allow_short: bool = True, birth: bool = False
) -> str:
    months = (
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
    mon = months[day.month - 1]
    abbr = mon[:3]
    y2 = f"{day.year % 100:02d}"
    if country == "us":
        styles = [
            f"{day.month:02d}/{day.day:02d}/{day.year}",
            f"{day.month}/{day.day}/{y2}",
            f"{abbr} {day.day}, {day.year}",
            f"{mon} {day.day}, {day.year}",
            f"{day:%Y-%m-%d}",
            f"{day.day:02d}-{abbr}-{day.year}",
            f"{day.month}/{day.day}/{day.year}",
        ]
    else:
        suffix = "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
        styles = [
            f"{day.day:02d}/{day.month:02d}/{day.year}",
            f"{day.day}/{day.month}/{y2}",
            f"{day.day} {abbr} {day.year}",
            f"{day.day} {mon} {day.year}",
            f"{day:%Y-%m-%d}",
            f"{day.day:02d}-{abbr}-{y2}",
            f"{day.day:02d}.{day.month:02d}.{day.year}",
            f"{day.day}{suffix} {mon} {day.year}",
        ]
    if allow_short:
        styles.append(f"{day.month}/{day.day}" if country == "us" else f"{day.day}/{day.month}")
    if birth:
        styles = [style for style in styles if str(day.year) in style]
    return rng.choice(styles)


def _short_date(rng: random.Random, day: dt.date, country: str) -> str:
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    if country == "us":
        return rng.choice(
            (f"{day.month}/{day.day}", f"{months[day.month - 1]} {day.day}", f"{day.month:02d}/{day.day:02d}")
        )
    return rng.choice(
        (
            f"{day.day}/{day.month}",
            f"{day.day} {months[day.month - 1]}",
            f"{day.day:02d}/{day.month:02d}",
            f"{day.day}-{months[day.month - 1]}",
        )
    )


def _times(rng: random.Random, n: int) -> list[str]:
    minute = rng.randint(6 * 60, 21 * 60)
    out: list[str] = []
    style = rng.randrange(3)
    for _ in range(n):
        hours, mins = divmod(minute % (24 * 60), 60)
        out.append((f"{hours:02d}{mins:02d}", f"{hours:02d}:{mins:02d}", f"{hours:02d}{mins:02d}h")[style])
        minute += rng.randint(2, 26)
    return out


_ORG_WORDS: Final = (
    "Riverside", "Northgate", "Harbourview", "Bayside", "Eastwood", "Kingsway", "Meadowbank", "Summit", "Coastal",
    "Hillcrest", "Redwood", "Parkside", "Southern Cross", "Elmstead", "Tidewater", "Greenfield", "Lakeside",
    "Bridgewater", "Westbury", "Oakridge", "Sunrise", "Silverbeech", "Ironbark", "Seaview", "Heritage", "Cornerstone",
    "Maple Leaf", "Cedar Grove", "Blue Gum", "Kōwhai", "Three Rivers", "Wildflower", "Beacon", "Clearwater",
)  # fmt: skip
_MY_ORG_WORDS: Final = (
    "Sentosa",
    "Mutiara",
    "Cahaya",
    "Bestari",
    "Harmoni",
    "Kasih",
    "Sinar",
    "Damansara",
    "Seri Kembangan",
    "Bukit Indah",
    "Putra",
    "Intan",
)
_SAINTS: Final = ("Brigid", "Vincent", "Luke", "Columba", "Anne", "Joseph", "Margaret", "Aidan", "Catherine", "Stephen")
_TLD: Final[dict[str, str]] = {"us": ".com", "uk": ".co.uk", "au": ".com.au", "nz": ".co.nz", "my": ".com.my"}


def _en_orgs(rng: random.Random, country: str, city: str, city2: str) -> dict[str, str]:
    words = _MY_ORG_WORDS if country == "my" and rng.random() < 0.6 else _ORG_WORDS

    def w() -> str:
        return rng.choice(words)

    def sur() -> str:
        return str(_faker(rng.choice(_COUNTRY_LOCALES[country]), rng).last_name())

    firm = {"us": "LLC", "uk": "Ltd", "au": "Pty Ltd", "nz": "Ltd", "my": "Sdn Bhd"}[country]
    my = country == "my"
    hosp = {
        "us": (
            f"{city} Regional Medical Center",
            f"St. {rng.choice(_SAINTS)} Hospital",
            f"{w()} Memorial Hospital",
            f"{city} General Hospital",
        ),
        "uk": (
            f"{city} General Hospital",
            f"Royal {city} Infirmary",
            f"{w()} Community Hospital",
            f"St {rng.choice(_SAINTS)}'s Hospital",
        ),
        "au": (
            f"{city} Hospital",
            f"{w()} Private Hospital",
            f"St {rng.choice(_SAINTS)}'s Hospital",
            f"{city} Base Hospital",
        ),
        "nz": (f"{city} Hospital", f"{w()} Private Hospital", f"{city} Base Hospital"),
        "my": (f"Hospital {city}", f"{w()} Specialist Hospital", f"Hospital Pakar {w()}", f"Pusat Perubatan {w()}"),
    }[country]
    gp = {
        "us": f"{w()} Family Medicine",
        "uk": rng.choice((f"{w()} Medical Practice", f"{w()} Surgery")),
        "au": f"{w()} Medical Centre",
        "nz": f"{w()} Health Centre",
        "my": f"Klinik {w()}",
    }[country]
    school = {
        "us": f"{w()} Elementary School",
        "uk": f"{w()} Primary School",
        "au": f"{city} Public School",
        "nz": f"{w()} School",
        "my": rng.choice((f"SK {w()}", f"SJK(C) {w()}", f"SMK {city}")),
    }[country]
    care = {
        "us": f"{w()} Senior Living",
        "uk": f"{w()} Care Home",
        "au": f"{w()} Aged Care",
        "nz": f"{w()} Rest Home",
        "my": f"Pusat Jagaan {w()}",
    }[country]
    return {
        "org_physio": rng.choice(
            (
                f"{w()} Physiotherapy",
                f"{w()} Physio & Sports Injury Clinic",
                f"{sur()} & {sur()} Physiotherapy",
                f"{city} Physiotherapy Centre",
            )
        )
        if not my
        else rng.choice((f"Pusat Fisioterapi {w()}", f"{w()} Physio Rehab {firm}")),
        "org_ot": rng.choice(
            (f"{w()} Occupational Therapy", f"{w()} Hand Therapy", f"{w()} Kids OT", f"{sur()} OT Services")
        ),
        "org_slp": rng.choice(
            (f"{w()} Speech Pathology", f"{w()} Speech Therapy", f"{w()} Speech & Language Clinic", f"Talk Time {city}")
        ),
        "org_diet": rng.choice((f"{w()} Nutrition & Dietetics", f"{sur()} Dietitians", f"{w()} Nutrition Clinic")),
        "org_pod": rng.choice(
            (f"{w()} Podiatry", f"{w()} Foot & Ankle Clinic", f"{city} Foot Clinic", f"{sur()} Podiatry")
        ),
        "org_aud": rng.choice(
            (f"{w()} Hearing", f"{w()} Audiology", f"{city} Hearing Centre", f"{sur()} Hearing Care")
        ),
        "org_opt": rng.choice(
            (f"{w()} Optometrists", f"{sur()} Eyecare", f"{w()} Eye Care Center", f"{sur()} & {sur()} Opticians")
        )
        if not my
        else f"Optik {w()}",
        "org_eye": rng.choice(
            (f"{city} Eye Hospital", f"{w()} Eye Clinic", f"{w()} Eye Specialists", f"{city} Eye Centre")
        ),
        "org_dent": rng.choice(
            (f"{w()} Dental", f"{w()} Family Dentistry", f"{sur()} Dental Surgery", f"{city} Smiles")
        )
        if not my
        else f"Klinik Pergigian {w()}",
        "org_ortho": rng.choice((f"{w()} Orthodontics", f"{sur()} Orthodontic Specialists", f"{city} Orthodontics")),
        "org_lab": rng.choice((f"{w()} Dental Laboratory", f"{sur()} Dental Lab {firm}", f"{w()} Dental Ceramics")),
        "org_po": rng.choice(
            (f"{w()} Prosthetics & Orthotics", f"{w()} Orthotic Workshop", f"{sur()} O&P", f"{city} Limb Centre")
        ),
        "org_pharm": rng.choice((f"{w()} Pharmacy", f"{sur()}'s Chemist", f"{w()} Chemist", f"{city} Pharmacy"))
        if not my
        else rng.choice((f"Farmasi {w()}", f"{w()} Pharmacy {firm}")),
        "org_compound": rng.choice((f"{w()} Compounding Pharmacy", f"{sur()} Compounding {firm}")),
        "org_hosp": rng.choice(hosp),
        "org_hosp2": rng.choice(hosp).replace(city, city2),
        "org_gp": gp,
        "org_school": school,
        "org_club": rng.choice(
            (
                f"{city} Rugby Club",
                f"{w()} Netball Club",
                f"{w()} Rovers FC",
                f"{city2} Hockey Club",
                f"{w()} Athletics Club",
            )
        ),
        "org_care": care,
        "org_employer": rng.choice(
            (
                f"{sur()} Logistics",
                f"{w()} Builders {firm}",
                str(_faker("en_US", rng).company()),
                f"{city2} Meatworks",
                f"{w()} Cleaning Services",
            )
        ),
        "org_station": f"{city} Ambulance Station",
    }


def _slug_domain(name: str, country: str) -> str:
    words = [_ascii_slug(part) for part in re.split(r"[\s&']+", name)]
    words = [x for x in words if x and x not in ("and", "pty", "ltd", "llc", "sdn", "bhd")]
    return "".join(words[:3]) + _TLD[country]


_PLV: Final = "0123456789ABCDEFGHJKLMNPQRTUVWXY"


def _au_provider_number(rng: random.Random) -> str:
    stem = _nz(rng, 6)
    location = rng.choice(_PLV[:12])
    total = sum(int(c) * w for c, w in zip(stem, (3, 5, 8, 4, 2, 1), strict=True)) + _PLV.index(location) * 6
    return stem + location + "YXWTLKJHFBA"[total % 11]


def _serial(rng: random.Random) -> str:
    return rng.choice((
        f"{rng.randint(19, 25)}{rng.randint(1, 52):02d}{rng.choice('LRX')}{_d(rng, 5)}",
        f"{_letters(rng, 3)}-{_d(rng, 6)}",
        _nz(rng, 10),
        f"SN{_d(rng, 8)}",
        f"{_letters(rng, 2)}{_d(rng, 4)}{_letters(rng, 1)}{_d(rng, 3)}",
    ))  # fmt: skip


def _callsign(rng: random.Random, country: str) -> str:
    if country == "us":
        return rng.choice(
            (
                f"Medic {rng.randint(1, 60)}",
                f"M{rng.randint(10, 99)}",
                f"Rescue {rng.randint(1, 30)}",
                f"A{rng.randint(100, 499)}",
            )
        )
    if country == "uk":
        return rng.choice(
            (
                f"{_letters(rng, 2)}{rng.randint(100, 499)}",
                f"{rng.randint(1, 9)}{rng.choice('ABCDE')}{rng.randint(10, 99)}",
                f"DSA{rng.randint(10, 99)}",
            )
        )
    if country == "au":
        return rng.choice(
            (
                f"{rng.choice('APMR')}{rng.randint(100, 999)}",
                f"MICA {rng.randint(1, 40)}",
                f"{rng.choice(('Nepean', 'Cobalt', 'Delta'))} {rng.randint(10, 99)}",
            )
        )
    if country == "nz":
        return rng.choice(
            (
                f"{_letters(rng, 3)}{rng.randint(1, 9)}{rng.randint(0, 9)}",
                f"{rng.choice(('Papa', 'Kilo', 'Echo'))}{rng.randint(1, 9)}{rng.randint(1, 9)}",
            )
        )
    return rng.choice(
        (
            f"AMB {rng.randint(1, 40):02d}",
            f"{_letters(rng, 2)}-AMB-{rng.randint(1, 20):02d}",
            f"UNIT {rng.randint(100, 300)}",
        )
    )


def _rego(rng: random.Random, country: str) -> str:
    if country == "us":
        return rng.choice(
            (
                f"{rng.randint(1, 9)}{_letters(rng, 3)}{_d(rng, 3)}",
                f"{_letters(rng, 3)}-{_d(rng, 4)}",
                f"EMS {_d(rng, 4)}",
            )
        )
    if country == "uk":
        return f"{_letters(rng, 2)}{rng.choice(('19', '69', '20', '70', '21', '71', '22', '72'))} {_letters(rng, 3)}"
    if country == "au":
        return rng.choice(
            (
                f"{_letters(rng, 2)}{_d(rng, 2)}{_letters(rng, 2)}",
                f"{_d(rng, 1)}{_letters(rng, 2)}-{_d(rng, 1)}{_letters(rng, 2)}",
                f"{_letters(rng, 3)}{_d(rng, 3)}",
            )
        )
    if country == "nz":
        return f"{_letters(rng, 3)}{_d(rng, 3)}"
    return f"{rng.choice(('W', 'B', 'J', 'P', 'Q', 'S'))}{_letters(rng, 2)} {_nz(rng, 4)}"


def _nok_relation(rng: random.Random, female: bool, band: tuple[int, int] | None, age: int, pt_female: bool) -> str:
    if band is not None and band[1] < 18:
        return "mother" if female else "father"
    if age >= 65:
        options = (
            ("daughter", "wife", "niece", "granddaughter", "daughter-in-law")
            if female
            else ("son", "husband", "nephew", "grandson", "son-in-law")
        )
    else:
        options = (
            ("partner", "mother", "sister", "wife", "friend")
            if female
            else ("partner", "father", "brother", "husband", "flatmate")
        )
    spouse_ok = female != pt_female
    return rng.choice(
        [o for o in options if spouse_ok or o not in ("wife", "husband", "daughter-in-law", "son-in-law")]
    )


def _en_values(
    rng: random.Random, country: str, band: tuple[int, int] | None, profs: tuple[str, ...]
) -> tuple[dict[str, str], list[KnownIdentifier]]:
    v: dict[str, str] = {}
    places = _PLACES[country]
    home, clinic, scene, other, third = (rng.choice(places) for _ in range(5))
    visit = dt.date(2023, 1, 2) + dt.timedelta(days=rng.randrange(1000))
    age = _pick_age(rng, band)
    birth = _birth_for(rng, visit, age)

    def day(offset_lo: int, offset_hi: int) -> dt.date:
        return visit + dt.timedelta(days=rng.randint(offset_lo, offset_hi))

    def date(value: dt.date, short: bool = True) -> str:
        return _fmt_en_date(rng, value, country, allow_short=short)

    def birth_date(value: dt.date) -> str:
        return _fmt_en_date(rng, value, country, allow_short=False, birth=True)

    pt = _en_name(rng, country)
    nok = _en_name(rng, country)
    rel = _en_name(rng, country)
    v.update(_en_forms("pt", pt, rng))
    v.update(_en_forms("nok", nok, rng))
    v.update(_en_forms("rel", rel, rng))
    v["pt_spelled"] = "-".join(ch.upper() for ch in pt.family if ch.isalpha())
    nok_name = nok
    if rng.random() < 0.3 and country in ("us", "uk", "au", "nz"):
        # relatives often share the surname
        nok_name = _Name(nok.given, pt.family, nok.nick, nok.female, "w")
        v.update(_en_forms("nok", nok_name, rng))
    v["nok_parent"] = "mom" if nok.female else "dad"
    v["pt_mak"] = "Mak" if pt.female else "Ayah"
    v["nok_rel"] = _nok_relation(rng, nok.female, band, age, pt.female)
    v["rel_rel"] = _nok_relation(rng, rel.female, band, age, pt.female)
    v["pt_age"] = str(age)
    v["pt_age_w"] = _en_number_words(age)
    nok_age = (
        max(18, age + rng.randint(-6, 4)) if age >= 70 and v["nok_rel"] in ("wife", "husband") else rng.randint(20, 88)
    )
    v["nok_age"] = str(nok_age)
    v["pt_dob"] = birth_date(birth)
    v["pt_dob2"] = birth_date(birth)
    v["pt_dob_num"] = f"{birth:%m/%d/%Y}" if country == "us" else rng.choice((f"{birth:%d/%m/%Y}", f"{birth:%Y-%m-%d}"))
    v["pt_dob_iso"] = birth.isoformat()
    v["pt_mrn"] = _local_mrn(rng, country)
    v["pt_mrn2"] = _local_mrn(rng, country)

    def ins() -> str:
        if country == "us":
            return rng.choice(
                (
                    f"{_letters(rng, 3)}{_nz(rng, 9)}",
                    f"W{_d(rng, 9)}",
                    f"{_nz(rng, 3)}-{_d(rng, 2)}-{_d(rng, 4)}-{_d(rng, 2)}",
                    _mbi(rng),
                )
            )
        if country == "uk":
            return _nhs_number(rng)
        if country == "au":
            return _medicare_au(rng)
        if country == "nz":
            return _nhi(rng)
        return _mykad(rng, birth, not pt.female)

    v["pt_ins"] = ins()
    v["pt_ins2"] = rng.choice(
        (
            f"{_nz(rng, 8)}",
            f"{_letters(rng, 2)}{_d(rng, 7)}",
            f"{_nz(rng, 4)} {_d(rng, 4)}",
            f"P{_d(rng, 6)}-{_d(rng, 2)}",
        )
    )
    v["mbi"] = _mbi(rng)
    area = home.area
    v["pt_mob"] = _phone(rng, country, "mob", area)
    v["pt_land"] = _phone(rng, country, "land", area)
    v["pt_work"] = _with_ext(rng, country, _phone(rng, country, "land", other.area))
    providers = {
        "us": ("gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com"),
        "uk": ("btinternet.com", "hotmail.co.uk", "gmail.com", "outlook.com"),
        "au": ("bigpond.com", "gmail.com", "outlook.com.au", "optusnet.com.au"),
        "nz": ("xtra.co.nz", "gmail.com", "outlook.co.nz"),
        "my": ("yahoo.com.my", "gmail.com", "hotmail.my"),
    }[country]

    def personal_email(name: _Name) -> str:
        g, f = _ascii_slug(name.given) or "pt", _ascii_slug(name.family) or "x"
        local = rng.choice(
            (f"{g}.{f}", f"{g[0]}{f}{_d(rng, 2)}", f"{f}{g[:3]}", f"{g}{rng.randint(50, 99)}", f"{g}_{f}")
        )
        return f"{local}@{rng.choice(providers)}"

    v["pt_email"] = personal_email(pt)
    v["nok_email"] = personal_email(nok_name)
    v["nok_mob"] = _phone(rng, country, "mob", area)
    v["nok_land"] = _phone(rng, country, "land", area)
    v["rel_mob"] = _phone(rng, country, "mob", area)
    street = _street(rng, country)
    post = _postcode(rng, country, home)
    v["pt_addr"] = street
    v["pt_city"] = home.city
    v["pt_region"] = home.region
    v["pt_post"] = post
    v["pt_addr_full"] = _full_address(country, street, home, post)
    cstreet = _street(rng, country)
    cpost = _postcode(rng, country, clinic)
    v["clinic_addr"] = cstreet
    v["clinic_city"] = clinic.city
    v["clinic_region"] = clinic.region
    v["clinic_post"] = cpost
    v["clinic_addr_full"] = _full_address(country, cstreet, clinic, cpost)
    v["gp_addr"] = _full_address(country, _street(rng, country), other, _postcode(rng, country, other))
    sstreet = _street(rng, country) if rng.random() < 0.6 else street
    v["scene_addr"] = sstreet
    v["scene_city"] = scene.city if sstreet != street else home.city
    v["scene_addr_full"] = _full_address(
        country,
        sstreet,
        scene if sstreet != street else home,
        _postcode(rng, country, scene) if sstreet != street else post,
    )
    v["town2"] = other.city
    v["town3"] = third.city
    v["clinic_ph"] = _phone(rng, country, "land", clinic.area)
    v["clinic_fax"] = _phone(rng, country, "land", clinic.area)
    v["clinic_ph_ext"] = _with_ext(rng, country, _phone(rng, country, "land", clinic.area))
    v["clinic_free"] = _phone(rng, country, "free")
    v["hosp_ph"] = _phone(rng, country, "land", clinic.area)
    v["ward_ph"] = (
        _with_ext(rng, country, _phone(rng, country, "land", clinic.area))
        if rng.random() < 0.5
        else _phone(rng, country, "land", clinic.area)
    )
    v["lab_ph"] = _phone(rng, country, "land", other.area)
    v["school_ph"] = _phone(rng, country, "land", home.area)
    orgs = _en_orgs(rng, country, clinic.city, other.city)
    v.update(orgs)
    word = rng.choice(_ORG_WORDS)
    v["org_hs"] = rng.choice((f"{word} High School", f"{home.city} High School", f"{word} Academy"))
    v["org_planmgr"] = rng.choice(
        (
            f"{word} Plan Management",
            f"{rng.choice(_ORG_WORDS)} Support Coordination",
            f"{home.city} Disability Services",
        )
    )
    v["org_ems"] = rng.choice(
        (f"{scene.city} Fire & EMS", f"{rng.choice(_ORG_WORDS)} Ambulance Service", f"{scene.city} Fire Rescue")
    )
    clinic_domain = _slug_domain(
        rng.choice((orgs["org_physio"], orgs["org_aud"], orgs["org_opt"], orgs["org_dent"], orgs["org_pod"])), country
    )
    hosp_domain = (
        _slug_domain(orgs["org_hosp"], country).replace(".co.uk", ".nhs.uk")
        if country == "uk"
        else _slug_domain(orgs["org_hosp"], country)
    )
    v["clinic_email"] = (
        f"{rng.choice(('reception', 'admin', 'info', 'hello', 'referrals', 'frontdesk', 'bookings'))}@{clinic_domain}"
    )

    staff = [_en_name(rng, country) for _ in range(6)]
    for k, person in enumerate(staff, start=1):
        p = f"s{k}"
        v.update(_en_forms(p, person, rng))
        prof = profs[k - 1] if k - 1 < len(profs) else "PT"
        v[f"{p}_reg"] = _en_reg(rng, country, prof)
        v[f"{p}_npi"] = _npi(rng)
        v[f"{p}_dea"] = _dea(rng, person.family)
        v[f"{p}_prov"] = _au_provider_number(rng)
        v[f"{p}_acc"] = rng.choice((f"{_nz(rng, 4)}", f"AACP-{_d(rng, 4)}", f"{_letters(rng, 1)}{_d(rng, 5)}"))
        v[f"{p}_no"] = rng.choice(
            (_nz(rng, 5), f"EMP-{_d(rng, 5)}", f"P{_d(rng, 5)}", f"{_nz(rng, 6)}", f"{_letters(rng, 2)}{_d(rng, 4)}")
        )
        g, f = _ascii_slug(person.given) or "staff", _ascii_slug(person.family) or "x"
        domain = rng.choice((clinic_domain, hosp_domain))
        v[f"{p}_email"] = rng.choice((f"{g}.{f}@{domain}", f"{g[0]}{f}@{domain}", f"{f}.{g[0]}@{domain}"))
        v[f"{p}_dd"] = _phone(rng, country, rng.choice(("mob", "land")), clinic.area)
        v[f"{p}_bleep"] = _nz(rng, 4)
        v[f"{p}_ext"] = _nz(rng, rng.choice((4, 5)))
        v[f"{p}_mi_title"] = "Whaea" if person.female else "Matua"
    for k in range(1, 5):
        p = f"x{k}"
        other_name = _en_name(rng, country)
        v.update(_en_forms(p, other_name, rng))
        v[f"{p}_mi_title"] = "Whaea" if other_name.female else "Matua"
        x_age = _pick_age(rng, band)
        x_birth = _birth_for(rng, visit, x_age)
        v[f"{p}_age"] = str(x_age)
        v[f"{p}_dob"] = birth_date(x_birth)
        v[f"{p}_dob_num"] = f"{x_birth:%m/%d/%Y}" if country == "us" else f"{x_birth:%d/%m/%Y}"
        v[f"{p}_mrn"] = _local_mrn(rng, country)
        v[f"{p}_ins"] = ins()
        v[f"{p}_mob"] = _phone(rng, country, "mob", area)
        v[f"{p}_order"] = f"{rng.choice(('CL', 'SO', 'ORD'))}{_d(rng, 6)}"
        v[f"{p}_ref"] = f"{_letters(rng, 2)}{_d(rng, 7)}"
        v[f"{p}_email"] = personal_email(other_name)
    bay = rng.choice("ABCDEF")
    for k, bed in enumerate(rng.sample(range(1, 29), 4), start=1):
        v[f"bed{k}"] = rng.choice(
            (f"{bed}", f"{bay}{bed}", f"{bay}-{bed:02d}", f"SR{bed % 8 + 1}" if k == 4 else f"{bed}")
        )

    v["d_visit"] = date(visit, False)
    v["d_visit2"] = date(visit, True)
    v["d_ref"] = date(day(-60, -5))
    v["d_prev"] = date(day(-30, -2))
    v["d_next"] = date(day(3, 60))
    v["d_rev"] = date(day(14, 90))
    v["d_inj"] = date(day(-120, -3))
    v["d_op"] = date(day(-900, -60), False)
    v["d_sent"] = date(day(0, 9))
    v["d_exp"] = date(day(30, 1100), False)
    v["d_issue"] = date(day(-400, -1), False)
    v["d_dm"] = _short_date(rng, day(-20, -1), country)
    v["d_dm2"] = _short_date(rng, day(1, 20), country)
    v["d_seq1"] = _short_date(rng, day(-24, -15), country)
    v["d_seq2"] = _short_date(rng, day(-13, -6), country)
    for i, t in enumerate(_times(rng, 8), start=1):
        v[f"t{i}"] = t

    v["claim"] = rng.choice(
        (
            f"{_nz(rng, 11)}",
            f"WC-{visit.year}-{_d(rng, 6)}",
            f"CLM{_d(rng, 8)}",
            f"{_letters(rng, 1)}{_d(rng, 7)}-{_d(rng, 2)}",
        )
    )
    v["ref_no"] = rng.choice(
        (
            f"REF-{_d(rng, 6)}",
            f"{_letters(rng, 2)}/{_d(rng, 5)}/{visit.year % 100:02d}",
            f"R{_d(rng, 8)}",
            f"{_nz(rng, 7)}",
        )
    )
    v["order_no"] = rng.choice((f"{_nz(rng, 8)}", f"ORD-{_d(rng, 7)}", f"{_letters(rng, 2)}{_d(rng, 6)}"))
    v["acc_no"] = rng.choice(
        (f"{_letters(rng, 2)}{visit.year % 100:02d}-{_d(rng, 6)}", f"{_nz(rng, 10)}", f"IMG{_d(rng, 8)}")
    )
    v["job_no"] = rng.choice(
        (f"J{_d(rng, 6)}", f"{_nz(rng, 5)}", f"WO-{_d(rng, 5)}", f"{visit.year % 100:02d}/{_d(rng, 4)}")
    )
    v["serial_l"] = _serial(rng)
    v["serial_r"] = _serial(rng)
    v["serial_dev"] = _serial(rng)
    v["lot_no"] = rng.choice(
        (
            f"{_letters(rng, 1)}{_d(rng, 6)}",
            f"{visit.year % 100:02d}{_letters(rng, 1)}{_d(rng, 4)}",
            f"C{visit:%y%m%d}-{rng.randint(1, 30):02d}",
        )
    )
    v["rx_no"] = rng.choice((f"{_nz(rng, 7)}", f"RX{_d(rng, 7)}", f"{_nz(rng, 4)}-{_d(rng, 4)}"))
    v["rx_no2"] = rng.choice((f"{_nz(rng, 7)}", f"RX{_d(rng, 7)}"))
    v["incident_no"] = rng.choice(
        (f"{visit:%y%m%d}-{_d(rng, 4)}", f"INC{_d(rng, 8)}", f"{visit:%Y}-{_d(rng, 6)}", f"E{_d(rng, 10)}")
    )
    v["case_no"] = rng.choice((f"{_nz(rng, 9)}", f"R{visit:%y}-{_d(rng, 5)}", f"{_letters(rng, 2)}{_d(rng, 7)}"))
    v["callsign"] = _callsign(rng, country)
    v["callsign2"] = _callsign(rng, country)
    v["rego"] = _rego(rng, country)
    v["auth_no"] = rng.choice((f"{_nz(rng, 9)}", f"PA{_d(rng, 7)}", f"{_letters(rng, 3)}-{_d(rng, 6)}"))
    v["invoice_no"] = rng.choice((f"INV-{_d(rng, 6)}", f"{_nz(rng, 8)}", f"A{_d(rng, 6)}"))
    v["group_no"] = rng.choice((f"{_nz(rng, 6)}", f"GRP-{_d(rng, 5)}", f"{_d(rng, 7)}"))
    v["booking_ref"] = f"{_letters(rng, 3)}{_d(rng, 5)}"
    v["ndis_no"] = rng.choice((f"43{_d(rng, 7)}", f"43{_d(rng, 1)} {_d(rng, 3)} {_d(rng, 3)}"))
    v["dva_no"] = (
        f"{rng.choice('NVQWST')}{rng.choice(('X', 'SS', 'M', ''))}{_d(rng, 6)}{rng.choice(('', '', 'A', 'B'))}"
    )
    v["acc45"] = f"{_letters(rng, 2)}{_d(rng, 5)}"
    v["vendor_no"] = f"{_letters(rng, 1)}{_d(rng, 5)}"
    v["client_no"] = f"{_nz(rng, 7)}"
    v["socso_no"] = rng.choice((f"{_nz(rng, 9)}", f"A{_d(rng, 8)}"))
    v["perf_no"] = _nz(rng, 6)
    v["hc2_no"] = f"HC2/{_nz(rng, 7)}"
    v["contract_no"] = f"{_nz(rng, 6)}/{_d(rng, 4)}"

    slug = _ascii_slug(pt.family)[:8] or "pt"
    token = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(rng.randint(6, 10)))
    v["url_portal"] = rng.choice(
        (
            f"https://portal.{clinic_domain}/appointments/{token}",
            f"https://{clinic_domain}/my-account?ref={token}",
            f"https://mychart.{hosp_domain}/MyChart/Visit/{_d(rng, 8)}",
        )
    )
    v["url_tele"] = rng.choice(
        (
            f"https://telehealth.{clinic_domain}/room/{slug}-{_d(rng, 4)}",
            f"https://meet.{clinic_domain}/{token}",
            f"https://zoom.us/j/{_nz(rng, 10)}?pwd={token}",
        )
    )
    v["url_hep"] = rng.choice(
        (
            f"https://www.physitrack.com/p/{token}",
            f"https://{clinic_domain}/hep/{slug}{_d(rng, 3)}",
            f"https://hep.link/{token}",
        )
    )
    v["url_form"] = rng.choice(
        (
            f"https://forms.{clinic_domain}/intake?id={_d(rng, 8)}",
            f"https://share.{clinic_domain}/s/{token}",
            f"https://{hosp_domain}/referrals/upload/{_d(rng, 6)}",
        )
    )
    v["url_book"] = rng.choice(
        (
            f"https://{clinic_domain}/book",
            f"https://book.{clinic_domain}/{slug}",
            f"https://www.{clinic_domain}/appointments?pt={_d(rng, 6)}",
        )
    )
    v["payer"] = {
        "us": rng.choice(
            ("Medicare Part B", "Medicaid", "BCBS PPO", "Aetna", "UnitedHealthcare", "Tricare", "Humana Gold")
        ),
        "uk": "NHS",
        "au": rng.choice(("Bupa", "Medibank", "HCF", "nib", "HBF", "Australian Unity")),
        "nz": "ACC",
        "my": rng.choice(("PERKESO", "Great Eastern", "AIA", "Prudential BSN")),
    }[country]

    known = [
        KnownIdentifier("PERSON", v["pt_full"]),
        KnownIdentifier("PERSON", pt.given),
        KnownIdentifier("PERSON", pt.family),
        KnownIdentifier("ID", v["pt_mrn"]),
        KnownIdentifier("ID", v["pt_ins"]),
        KnownIdentifier("PHONE", v["pt_mob"]),
        KnownIdentifier("PHONE", v["pt_land"]),
        KnownIdentifier("ADDRESS", v["pt_addr_full"]),
        KnownIdentifier("LOCATION", v["pt_city"]),
        KnownIdentifier("DATE", v["pt_dob_iso"]),
        KnownIdentifier("EMAIL", v["pt_email"]),
    ]
    return v, known


# ---------------------------------------------------------------------------------------------
# English templates (prefix = country: us, uk, au, nz, my)
# ---------------------------------------------------------------------------------------------
EN_BLIND19_TEMPLATES: Final[dict[str, str]] = {
    "us_pt_daily_soap": """<<ORG:org_physio>> - Outpatient Physical Therapy
<<ADDRESS:clinic_addr>>, <<LOCATION:clinic_city>>, {clinic_region} <<ADDRESS:clinic_post>>  |  Ph <<PHONE:clinic_ph>>  |  Fax <<PHONE:clinic_fax>>

DAILY NOTE (SOAP) - visit 7 of 12 - POC certified through <<DATE:d_next>>
Patient: <<PERSON:pt_lf>>     DOB: <<DATE:pt_dob>>     MRN: <<ID:pt_mrn>>
Payer: {payer}  Member ID <<ID:pt_ins>>  Grp <<ID:group_no>>  Auth #<<ID:auth_no>> (12 visits)
Referring provider: Dr. <<PERSON:s2_init>> (ortho), NPI <<ID:s2_npi>>
DOS: <<DATE:d_visit>>   Time in {t1} / out {t2}   CPT 97110 x2, 97140 x1, 97530 x1

S: Pt reports R knee "stiff in the mornings", 4/10 after walking the dog ~20 min. <<PERSON:pt_nick>> says {pt_his} {nok_rel} <<PERSON:nok_first>> has been helping with the HEP most days. Denies new falls. Ice after work.
O: AROM R knee flex 112 deg (was 104), ext -3 deg. No quad lag. SLR x15 w/ 2#. TUG 11.2 s. Gait: reduced stance time R, improving w/ cues.
   Manual: patellar mobs grade III sup/inf, tib-fem PA glides.
A: Progressing toward LTG 1 (flex >= 120). Tolerated session well; mild effusion after step-downs.
P: Continue 2x/wk per POC. Add lateral step-downs 6" box. Re-eval due <<DATE:d_rev>>. Home program updated - link texted to <<PHONE:pt_mob>>: <<URL:url_hep>>

<<PERSON:s1_full>>, PT, DPT    Lic# <<ID:s1_reg>>
Treatment provided with <<PERSON:s3_initials>> (PTA) under direct supervision.
""",
    "us_slp_swallow_eval": """SPEECH-LANGUAGE PATHOLOGY - CLINICAL (BEDSIDE) SWALLOW EVALUATION
<<ORG:org_hosp>> - Inpatient Rehab Unit
Pt: <<PERSON:pt_caps>>   MRN <<ID:pt_mrn>>   Acct <<ID:invoice_no>>   DOB <<DATE:pt_dob>>   <<AGE:pt_age>> y.o. {pt_sexword}
Attending: <<PERSON:s2_lf>>, MD     Consult requested <<DATE:d_ref>> by <<PERSON:s4_init>>, RN     Seen <<DATE:d_visit>> {t1}

HPI: <<AGE:pt_age_w>>-year-old admitted after a fall at <<ORG:org_care>> with R hip fx s/p ORIF. Per {pt_his} {nok_rel}, <<PERSON:nok_full>> (<<PHONE:nok_mob>>), coughing with thin liquids for about 3 weeks and "pocketing" food on the left. Wears upper denture; hearing aid L only.

Oral mech exam: mild L facial droop (old), lingual ROM WFL, strength reduced. Dentition: partial upper plate, poor fit.
PO trials:  thin liquid via cup - immediate cough x3;  thin via tsp - delayed throat clear;  mildly thick (IDDSI 2) via cup - no overt s/s;  puree - WFL;  soft & bite-sized - prolonged mastication, L-sided residue cleared with liquid wash.
Impression: moderate oropharyngeal dysphagia, suspected delayed swallow initiation.
Recommendations: IDDSI Level 5 minced & moist, Level 2 mildly thick liquids, meds whole in puree, upright 90 deg, 1:1 supervision. Instrumental assessment (MBSS) booked <<DATE:d_next>>, order #<<ID:order_no>>.
Education: discussed with pt and <<PERSON:nok_first>> at bedside; left voicemail for {pt_his} {rel_rel} <<PERSON:rel_first>> at <<PHONE:rel_mob>>.

<<PERSON:s1_full>>, M.S., CCC-SLP   ASHA# <<ID:s1_reg>>   pager <<PHONE:s1_bleep>>
""",
    "us_ems_pcr": """PATIENT CARE REPORT - <<ORG:org_ems>>
Incident #: <<ID:incident_no>>    Run #: <<ID:case_no>>    Unit: <<ID:callsign>>    Veh plate: <<ID:rego>>
Date of service: <<DATE:d_visit>>
Times: PSAP {t1} | Disp {t2} | Enrt {t3} | On scene {t4} | Pt contact {t5} | Transport {t6} | At dest {t7} | In service {t8}
Crew: <<PERSON:s1_lf>> (Paramedic, lic <<ID:s1_reg>>, emp <<ID:s1_no>>) / <<PERSON:s3_lf>> (EMT-B, emp <<ID:s3_no>>) / driver <<PERSON:s5_init>>

Scene: <<ADDRESS:scene_addr>>, <<LOCATION:scene_city>> - private residence, 2nd floor walk-up.
Patient: <<PERSON:pt_full>>   Age <<AGE:pt_age>>   Sex {pt_sex}   DOB <<DATE:pt_dob>>   Home ph <<PHONE:pt_land>>
Caller: neighbor, "<<PERSON:x1_nick>>" <<PERSON:x1_last>> (<<PHONE:x1_mob>>), heard a thud.

NARRATIVE: <<ID:callsign>> dispatched for fall. Found pt supine in kitchen, A&Ox4, c/o L hip pain 7/10, unable to bear weight, L leg shortened/externally rotated. Pt states "<<PERSON:nok_first>> usually checks on me in the morning" ({nok_rel}, at dialysis today). Denies LOC, no blood thinners per pt; med list on fridge photographed. Skin warm/dry. No spinal tenderness.
VS: {t5} BP 148/82 HR 96 RR 18 SpO2 95% RA BGL 132  |  {t6} BP 142/80 HR 90 RR 16 SpO2 96%
TX: vacuum splint, scoop to stretcher, fentanyl 50 mcg IV (per protocol), NS TKO 20g L AC.
Transported to <<ORG:org_hosp>> ED without incident; report to <<PERSON:s2_full>>, RN. Glasses and hearing aids (L/R) left with pt. Medicare MBI <<ID:mbi>> from card in wallet.

Signed: <<PERSON:s1_init>> / <<PERSON:s3_initials>>
""",
    "us_optometry_cl_orders_csv": """# export cl_orders_pending.csv - generated {t1} by <<PERSON:s6_firstlower>> - store: <<ORG:org_opt>> (<<LOCATION:clinic_city>>)
order_id,last,first,dob,phone,email,od,os,supplier_ref,notes
<<ID:order_no>>,<<PERSON:pt_last>>,<<PERSON:pt_first>>,<<DATE:pt_dob_num>>,<<PHONE:pt_mob>>,<<EMAIL:pt_email>>,-3.25/-0.75x180 BC8.6,-3.00/-0.50x170 BC8.6,<<ID:x4_ref>>,"annual supply; vision plan <<ID:pt_ins>>"
<<ID:x1_order>>,<<PERSON:x1_last>>,<<PERSON:x1_first>>,<<DATE:x1_dob_num>>,<<PHONE:x1_mob>>,,+1.50 add +2.00,+1.75 add +2.00,<<ID:x1_ref>>,"call <<PERSON:x1_nick>> when in - prefers text"
<<ID:x2_order>>,<<PERSON:x2_lastcaps>>,<<PERSON:x2_first>>,<<DATE:x2_dob_num>>,<<PHONE:x2_mob>>,<<EMAIL:x2_email>>,-6.00,-5.75,<<ID:x2_ref>>,"Dr <<PERSON:s1_last>> to recheck fit <<DATE:d_next>>"
<<ID:x3_order>>,<<PERSON:x3_last>>,<<PERSON:x3_first>>,<<DATE:x3_dob_num>>,<<PHONE:x3_mob>>,<<EMAIL:x3_email>>,plano,plano,<<ID:x3_ref>>,"cosmetic tint; {nok_parent} <<PERSON:nok_full>> pays"
# 4 rows; trial lenses dispensed by <<PERSON:s4_init>> on <<DATE:d_prev>>
""",
    "us_compounding_record": """COMPOUNDING RECORD - NON-STERILE
<<ORG:org_compound>>  |  <<ADDRESS:clinic_addr_full>>  |  Tel <<PHONE:clinic_ph>>  Fax <<PHONE:clinic_fax>>
Rx #: <<ID:rx_no>>      Lot #: <<ID:lot_no>>      Compounded: <<DATE:d_visit>> {t1}      BUD: <<DATE:d_exp>>
Patient: <<PERSON:pt_lfc>>     DOB <<DATE:pt_dob>>     Phone <<PHONE:pt_mob>>
Prescriber: <<PERSON:s2_full>>, DPM     NPI <<ID:s2_npi>>     DEA <<ID:s2_dea>>

Formula: Ketoprofen 10% / Lidocaine 5% in PLO gel, qs 60 g (master formulation MF-041)
| Ingredient           | Qty required | Qty weighed | By   | Checked |
| Ketoprofen USP       | 6.00 g       | 6.02 g      | <<PERSON:s4_initials>> | <<PERSON:s1_initials>> |
| Lidocaine HCl USP    | 3.00 g       | 3.01 g      | <<PERSON:s4_initials>> | <<PERSON:s1_initials>> |
| PLO gel base         | qs 60 g      | 50.97 g     | <<PERSON:s4_initials>> | <<PERSON:s1_initials>> |
Appearance: smooth, off-white, no grit. Packaged in 60 g metered pump, labelled.

Counseling: picked up by pt's {nok_rel} <<PERSON:nok_nick>>; apply 1 g (1 pump) to R heel TID, wash hands after, avoid sun on area. Callback number given <<PHONE:nok_mob>>.
Compounded by: <<PERSON:s4_full>>, CPhT (tech ID <<ID:s4_no>>)
Verified by: <<PERSON:s1_full>>, PharmD, RPh    lic <<ID:s1_reg>>
""",
    "us_audiology_fitting": """<<ORG:org_aud>> - Hearing Aid Fitting & Verification
Patient: <<PERSON:pt_full>> ("<<PERSON:pt_nick>>")    DOB: <<DATE:pt_dob>>    Chart #<<ID:pt_mrn>>
Date: <<DATE:d_visit>>    Audiologist: <<PERSON:s1_full>>, Au.D., CCC-A, lic. <<ID:s1_reg>>
Accompanied by: <<PERSON:nok_full>> ({nok_rel})

Devices: receiver-in-canal, rechargeable, M receivers, open domes
   Right serial <<ID:serial_r>>      Left serial <<ID:serial_l>>      Charger serial <<ID:serial_dev>>
   Manufacturer warranty through <<DATE:d_exp>>
Verification: real-ear measures to NAL-NL2, targets matched within 5 dB 500-4000 Hz bilaterally; MPO verified; feedback manager run.
Orientation: insertion/removal, charging, cleaning, phone streaming - pt able to teach back with prompting.

Pt is <<AGE:pt_age>> and lives at <<ORG:org_care>>; staff contact <<PERSON:x1_full>> <<PHONE:x1_mob>> will help with nightly charging.
Follow-up <<DATE:d_next>> for fine tuning. Billed to {payer}, member <<ID:pt_ins>>, claim <<ID:claim>>.
Patient portal: <<URL:url_portal>>
""",
    "us_sports_med_rtp": """<<ORG:org_physio>> - Sports Medicine
RETURN-TO-PLAY CLEARANCE

Athlete: <<PERSON:pt_full>>    DOB <<DATE:pt_dob>>    Age <<AGE:pt_age>>    School: <<ORG:org_hs>>
Sport: soccer (varsity)    Injury: L ankle inversion sprain, grade II (ATFL), sustained <<DATE:d_inj>> in a game
Head athletic trainer: <<PERSON:s3_full>>, ATC (cell <<PHONE:s3_dd>>)    Coach: <<PERSON:x1_last>>
Parent/guardian: <<PERSON:nok_full>>, <<PHONE:nok_mob>>, <<EMAIL:nok_email>>

Progression: pain-free ADLs and jogging; single-leg hop test 92% LSI; Y-balance anterior reach difference 3 cm; figure-8 and cutting drills without apprehension.
Plan: cleared for full participation from <<DATE:d_next>> with lace-up brace for the rest of the season. Continue balance program 3x/week with <<PERSON:s3_first>>.
If swelling returns, call <<PHONE:clinic_ph>> or email <<EMAIL:s1_email>>.

<<PERSON:s1_full>>, PT, DPT, SCS         <<PERSON:s2_full>>, MD (team physician)  NPI <<ID:s2_npi>>
cc: <<EMAIL:s3_email>>; athletic director
""",
    "us_ot_home_safety_dictation": """[DICTATION - TRANSCRIBED <<DATE:d_sent>> {t1} - UNEDITED DRAFT]
this is <<PERSON:s1_lower>> occupational therapist dictating a home safety evaluation on <<PERSON:pt_full>> spelled last name <<PERSON:pt_spelled>> date of birth <<DATE:pt_dob>> medical record number <<ID:pt_mrn>> period date of visit <<DATE:d_visit>> period new paragraph

the patient is a <<AGE:pt_age_w>> year old {pt_sexword} living at <<ADDRESS:pt_addr>> in <<LOCATION:pt_city>> comma a two story home with nine steps to enter and a rail on the left only period {pt_his} {nok_rel} <<PERSON:nok_first>> <<PERSON:nok_typo>> correction <<PERSON:nok_last>> was present for the visit and lives about twenty minutes away in <<LOCATION:town2>> period new paragraph

bathroom colon tub shower combo no grab bars bath mat is a throw rug which we removed period toilet height sixteen inches patient needed moderate assist times one to stand period recommendations colon number one tub transfer bench number two grab bars times two number three raised toilet seat with arms period per doctor <<PERSON:s2_typo>> uh that's doctor <<PERSON:s2_last>> the orthopedic surgeon weight bearing as tolerated period new paragraph

DME order number <<ID:order_no>> faxed to <<ORG:org_po>> at <<PHONE:lab_ph>> period patient's daughter-in-law <<PERSON:rel_firstlower>> will be the contact at <<PHONE:rel_mob>> period end of dictation job number <<ID:job_no>>
""",
    "us_prosthetics_work_order": """WORK ORDER - <<ORG:org_po>>          WO# <<ID:job_no>>          Promise date: <<DATE:d_next>>
Pt: <<PERSON:pt_lf>>      DOB <<DATE:pt_dob>>      Ph <<PHONE:pt_mob>>      Alt <<PHONE:pt_land>>
Dx: L transtibial amputation (Z89.512), K3 ambulator     Rx: <<PERSON:s2_init>>, MD, NPI <<ID:s2_npi>>, dated <<DATE:d_ref>>
HCPCS: L5301, L5637, L5671, L5981, L8420 x6, L8470 x6

Cast/scan: <<DATE:d_visit>> by <<PERSON:s1_full>>, CPO     Bench: <<PERSON:s5_nick>>     Lamination: <<PERSON:s6_lastcaps>>
Components:
  Foot: dynamic response, 26 cm, cat 4       SN <<ID:serial_dev>>
  Pylon / adapters                         SN <<ID:serial_l>>
  Liner: 6 mm cushion, size M              lot <<ID:lot_no>>
Test socket #2 fitted <<DATE:d_prev>>: distal end pressure - relieved fibular head 3 mm; pt walked 2 laps parallel bars, no redness at 10 min.
Insurance: {payer}, ID <<ID:pt_ins>>, PA# <<ID:auth_no>> valid through <<DATE:d_exp>>
Delivery note: pt's {nok_rel} <<PERSON:nok_first>> drives; ring <<PHONE:nok_land>> before 10am. Do NOT leave voicemail with <<PERSON:x1_first>> (roommate).
""",
    "us_dietitian_telehealth": """Medical Nutrition Therapy - Telehealth Follow-up
Visit link: <<URL:url_tele>>   (pt joined from home in <<LOCATION:pt_city>>, {pt_region}; verbal consent for video visit)
Pt: <<PERSON:pt_full>>  |  MRN <<ID:pt_mrn>>  |  DOB <<DATE:pt_dob>>  |  Referring: <<PERSON:s2_full>>, MD, <<ORG:org_gp>>
Date: <<DATE:d_visit>>   Start {t1}   End {t2}

Assessment: self-reported wt 84.2 kg (down 1.6 kg since <<DATE:d_prev>>); A1c 7.4% (was 8.1%). 24-h recall: skips breakfast, large dinner, 2 regular sodas/day -> now 1 diet soda.
Social: pt's {nok_rel} <<PERSON:nok_nick>> does the grocery shopping; pt cooks for grandson <<PERSON:rel_first>> on weekends. Works evenings at <<ORG:org_employer>>.
Intervention: plate method reviewed; carb counting basics (45 g/meal); label reading with a cereal box on camera.
Plan: goals - breakfast 5/7 days, walk 20 min after dinner. RTC <<DATE:d_next>> on the same link. Handouts emailed to <<EMAIL:pt_email>>.

<<PERSON:s1_full>>, MS, RDN, LD  |  lic <<ID:s1_reg>>  |  <<PHONE:clinic_ph_ext>>
""",
    "uk_podiatry_gp_letter": """<<ORG:org_hosp>> - Diabetic Foot Protection Service
Podiatry Department, <<ADDRESS:clinic_addr_full>>
Tel: <<PHONE:clinic_ph>>    Fax: <<PHONE:clinic_fax>>    Email: <<EMAIL:clinic_email>>

PRIVATE & CONFIDENTIAL
Dr <<PERSON:s2_init>>                                           Clinic date: <<DATE:d_visit>>
<<ORG:org_gp>>                                                 Typed: <<DATE:d_sent>>
<<ADDRESS:gp_addr>>

Dear Dr <<PERSON:s2_last>>

Re: {pt_title} <<PERSON:pt_full>>, DOB <<DATE:pt_dob>>, NHS No. <<ID:pt_ins>>, Hosp No. <<ID:pt_mrn>>
<<ADDRESS:pt_addr_full>>

I reviewed <<PERSON:pt_first>> in the high-risk foot clinic today. {pt_hecap} attended with {pt_his} {nok_rel}, <<PERSON:nok_full>>, who does most of the dressings at home.

Findings: neuro-ischaemic ulcer plantar R 1st MTPJ, 14 x 9 mm, granulating base, no probe to bone. Monofilament 0/10 both feet. ABPI R 0.72, L 0.88; monophasic DP on the right.
Plan: sharp debridement today; offloading with a total contact cast applied by <<PERSON:s3_full>> (Orthotist, HCPC <<ID:s3_reg>>); urgent referral to vascular (ref <<ID:ref_no>>). Cast change in one week with <<PERSON:s5_first>> in clinic.
Please could you check HbA1c and renal function - last HbA1c 71 mmol/mol on <<DATE:d_prev>>.

Yours sincerely

<<PERSON:s1_full>>
Highly Specialist Podiatrist, HCPC <<ID:s1_reg>>
Dictated but not checked. Typed by <<PERSON:s6_initials>>.
cc: Patient; District Nursing team (<<PERSON:s4_full>>)
""",
    "uk_msk_email_thread": """From: <<PERSON:s1_full>> <<<EMAIL:s1_email>>>
Sent: <<DATE:d_sent>> {t1}
To: MSK Triage; <<PERSON:s3_lfc>>
Cc: <<EMAIL:s4_email>>
Subject: RE: urgent - <<PERSON:pt_initials>> <<ID:pt_mrn>> - ?CES - physio advice please

Hi <<PERSON:s3_nick>>,

Spoke to this {pt_sexword} patient this morning. <<PERSON:pt_caps>>, NHS <<ID:pt_ins>>, DOB <<DATE:pt_dob>>, mob <<PHONE:pt_mob>> (or landline <<PHONE:pt_land>>, ask for <<PERSON:nok_first>>).
Saddle sensation reported normal, no bladder/bowel change, bilateral leg pain L>R since <<DATE:d_inj>>. Safety-netted with the CES card and told to attend ED if anything changes.
I've booked {pt_him} with <<PERSON:s5_init>> for <<DATE:d_next>> in the ESP clinic at <<ORG:org_hosp2>>. MRI request went in under ref <<ID:ref_no>>.

Thanks
<<PERSON:s1_nick>>
--
<<PERSON:s1_full>>  |  Advanced Practice Physiotherapist
<<ORG:org_hosp>>  |  Therapies Dept  |  Ext <<PHONE:s1_ext>>  |  Bleep <<PHONE:s1_bleep>>  |  Mob <<PHONE:s1_dd>>

-----Original Message-----
From: <<PERSON:s3_full>>
Sent: <<DATE:d_prev>> {t2}
Subject: urgent - <<PERSON:pt_initials>> <<ID:pt_mrn>>

<<PERSON:s1_given1>> - can you ring back re <<PERSON:pt_first>> <<PERSON:pt_last>>? GP is <<PERSON:s2_lower>> at <<ORG:org_gp>>, they're worried re CES. Cheers, <<PERSON:s3_initials>>
""",
    "uk_cataract_clinic_letter": """<<ORG:org_eye>>, <<ADDRESS:clinic_addr_full>>
Ophthalmology Outpatients    Switchboard <<PHONE:hosp_ph>>    Appointments <<PHONE:clinic_ph_ext>>
Consultant: {s1_title} <<PERSON:s1_full>> FRCOphth        Secretary: <<PERSON:s6_full>> <<PHONE:s6_dd>>
Clinic: <<DATE:d_visit>>    Typed: <<DATE:d_sent>>    (dictated but not read - please excuse errors)

Patient: <<PERSON:pt_lf>>    DOB <<DATE:pt_dob>>    Hospital No <<ID:pt_mrn>>    NHS No <<ID:pt_ins>>
Diagnosis: 1. Right visually significant cataract   2. Left pseudophakia (operated <<DATE:d_op>> at <<ORG:org_hosp2>>)

Dear Dr <<PERSON:s2_typo>>

I saw this pleasant <<AGE:pt_age>>-year-old today, accompanied by {pt_his} {nok_rel} <<PERSON:nok_full>>. Vision R 6/24, L 6/9; IOP 16/15. Dense nuclear sclerosis R, fundus view hazy but no obvious pathology. Orthoptist <<PERSON:s3_full>> (HCPC <<ID:s3_reg>>) did the biometry: AL 23.41 mm, target -0.25.
Listed for right phaco + IOL under local anaesthetic, waiting list ref <<ID:ref_no>>. Lens reserved: +21.0 D, lot <<ID:lot_no>>, serial <<ID:serial_dev>>.
<<PERSON:pt_first>> is keen and <<PERSON:nok_first>> will bring {pt_him} on the day. Pre-assessment with <<PERSON:s4_full>> on <<DATE:d_next>>.

Yours sincerely

{s1_title} <<PERSON:s1_init>>
Consultant Ophthalmic Surgeon    GMC <<ID:s1_reg>>
cc: {pt_title} <<PERSON:pt_last>>, <<ADDRESS:pt_addr_full>>
""",
    "uk_dental_chart": """<<ORG:org_dent>>    Contract <<ID:contract_no>>
DENTAL RECORD - NHS Course of Treatment (Band 2)
Patient: <<PERSON:pt_full>> ("<<PERSON:pt_nick>>")    DOB <<DATE:pt_dob>>    NHS <<ID:pt_ins>>    Pt ID <<ID:pt_mrn>>
Address: <<ADDRESS:pt_addr>>, <<LOCATION:pt_city>>  <<ADDRESS:pt_post>>        Mob <<PHONE:pt_mob>>
Exemption: HC2 certificate <<ID:hc2_no>>
Dentist: <<PERSON:s1_full>>, GDC <<ID:s1_reg>>, performer no. <<ID:perf_no>>        Nurse: <<PERSON:s4_first>>
Date: <<DATE:d_visit>>

Charting (FDI)
  UR: 18 -  17 MOD am  16 PFM crown  15 ok  14 ok  13 ok  12 ok  11 ok
  UL: 21 ok  22 ok  23 ok  24 DO comp (leaking)  25 ok  26 RCT + crown  27 -  28 -
  LL: 31 ok  32 ok  33 ok  34 ok  35 O comp  36 XLA planned  37 O am  38 -
  LR: 41 ok  42 ok  43 ok  44 ok  45 ok  46 MO caries  47 O am  48 -
BPE 2 2 3 / 2 2 2.   Soft tissues NAD.   Oral cancer screen NAD.
Tx plan: 46 MO composite; 36 XLA (LA, articaine); replace 24 DO; scale & polish with hygienist <<PERSON:s3_init>>; P/- acrylic lower.
Lab: docket <<ID:job_no>> to <<ORG:org_lab>> (<<PHONE:lab_ph>>), return by <<DATE:d_next>>.
MH: warfarin - INR 2.6 on <<DATE:d_prev>> (anticoag clinic). Pt anxious; prefers {pt_his} {nok_rel} <<PERSON:nok_first>> in the surgery.
Recall 6/12. Reminders by text.
""",
    "uk_prosthetics_job_card": """<<ORG:org_po>> - Prosthetic & Orthotic Workshop
JOB CARD     Job <<ID:job_no>>     Received <<DATE:d_prev>>     Required by <<DATE:d_next>>
Client: <<PERSON:pt_lastcaps>>, <<PERSON:pt_first>>     Unit no. <<ID:pt_mrn>>     NHS <<ID:pt_ins>>
Prescribed by: <<PERSON:s1_init>>, Prosthetist (HCPC <<ID:s1_reg>>)
Item: TF socket replacement, ischial containment, suction suspension; knee unit swap - old unit SN <<ID:serial_l>> returned, new unit SN <<ID:serial_r>>

Technician log
  <<DATE:d_prev>>   cast rectified, 4 mm reduction distal - <<PERSON:s5_first>>
  <<DATE:d_dm>>     check socket vac-formed, sent to clinic - <<PERSON:s5_first>>
  <<DATE:d_dm2>>    lamination, 2 layers carbon + nyglass - <<PERSON:s6_nick>>
Notes: client rang (<<PHONE:pt_land>>) - wants collection by {pt_his} {rel_rel} <<PERSON:rel_full>>; hospital transport booked on <<PHONE:clinic_free>>, ref <<ID:booking_ref>>.
QA sign-off: <<PERSON:s2_lastcaps>>
""",
    "uk_dietetics_ward_handover": """DIETETIC HANDOVER - <<ORG:org_hosp>> - Ward 7 (Care of the Elderly) - <<DATE:d_visit>>
Dietitian: <<PERSON:s1_full>> (bleep <<PHONE:s1_bleep>>)    Assistant: <<PERSON:s4_nick>>    Ward phone <<PHONE:ward_ph>>

| Bed | Name | Hosp no | Age | MUST | Plan | Action |
| <<ID:bed1>> | <<PERSON:pt_lfc>> | <<ID:pt_mrn>> | <<AGE:pt_age>> | 3 | ONS 2x/day, food chart, weigh Mon/Thu | r/v <<DATE:d_next>> |
| <<ID:bed2>> | <<PERSON:x1_lfc>> | <<ID:x1_mrn>> | <<AGE:x1_age>> | 2 | fortified diet | ask SLT (<<PERSON:s3_first>>) re IDDSI 4 |
| <<ID:bed3>> | <<PERSON:x2_lfc>> | <<ID:x2_mrn>> | <<AGE:x2_age>> | 0 | normal diet | d/c planned - TTO ONS not needed |
| <<ID:bed4>> | <<PERSON:x3_lf>> | <<ID:x3_mrn>> | <<AGE:x3_age>> | 4 | NG feed 1.5 kcal @ 55 ml/h | NG position confirmed, reviewed by <<PERSON:s2_init>> |

Notes: <<PERSON:x1_first>>'s daughter asked about thickener at home - please ring her on <<PHONE:x1_mob>>. <<PERSON:pt_nick>> refusing supplements except strawberry.
Handed over by <<PERSON:s1_initials>> {t1}.
""",
    "uk_rugby_injury_log": """<<ORG:org_club>> - Match-day Injury Log
Match date: <<DATE:d_inj>>, home fixture, KO {t1}.
Pitchside: <<PERSON:s1_full>> (physio, HCPC <<ID:s1_reg>>), <<PERSON:s3_full>> (first aider). Doctor on call: Dr <<PERSON:s2_last>>.

No. | Player | DOB | Injury | Mechanism | Action | Follow-up
7 | <<PERSON:pt_full>> | <<DATE:pt_dob>> | HIA - suspected concussion | tackle, head-knee contact | removed, HIA1 fail | GRTP; partner <<PERSON:nok_first>> informed <<PHONE:nok_mob>>
12 | <<PERSON:x1_init>> | <<DATE:x1_dob>> | L AC joint | fall on shoulder | sling, X-ray at <<ORG:org_hosp>> | r/v <<DATE:d_next>>
3 | "<<PERSON:x2_nick>>" <<PERSON:x2_last>> | <<DATE:x2_dob>> | calf tightness | sprint | iced, returned | -

Incident ref <<ID:ref_no>> emailed to the club welfare officer, <<PERSON:x4_full>> (<<EMAIL:x4_email>>).
<<PERSON:pt_first>> - no training, no driving for 24 h; GP letter given. Club phone <<PHONE:clinic_ph>>.
""",
    "au_ambulance_epcr": """ePCR    Case No: <<ID:case_no>>    CAD event: <<ID:incident_no>>    Priority: P1 (lights & sirens)
Vehicle: <<ID:callsign>>    Rego <<ID:rego>>    Station: <<ORG:org_station>>
Crew: <<PERSON:s1_lfc>> (ICP, staff no <<ID:s1_no>>, AHPRA <<ID:s1_reg>>) / <<PERSON:s3_lfc>> (Paramedic, staff no <<ID:s3_no>>)
Date: <<DATE:d_visit>>    Rcvd {t1}  Disp {t2}  At scene {t3}  At pt {t4}  Depart {t5}  At hosp {t6}  Clear {t7}

Location: <<ADDRESS:scene_addr_full>>
Pt: <<PERSON:pt_caps>>    DOB <<DATE:pt_dob>>    Age <<AGE:pt_age>>    Medicare <<ID:pt_ins>>    Ph <<PHONE:pt_mob>>
NOK: <<PERSON:nok_full>> ({nok_rel}) <<PHONE:nok_mob>>

Hx: found by {pt_his} {nok_rel} on the bathroom floor, ?syncope while toileting. Hx AF, HTN. Meds: apixaban, metoprolol. No head strike reported by <<PERSON:nok_first>>.
Obs | Time | HR | BP | RR | SpO2 | GCS | Pain
1   | {t4}  | 112 irreg | 96/60 | 24 | 93% | 15 | 4/10
2   | {t5}  | 98 irreg  | 108/66 | 20 | 96% (2 L NP) | 15 | 2/10
Mx: 12-lead AF 110s, no STE; IV 18G R AC; NaCl 250 mL; O2 2 L.
Handover (IMIST-AMBO) to <<PERSON:s2_full>> (triage RN) at <<ORG:org_hosp>> ED at {t6}. Backup unit <<ID:callsign2>> cancelled en route.
""",
    "au_ndis_ot_fca": """<<ORG:org_ot>>
FUNCTIONAL CAPACITY ASSESSMENT - NDIS plan review

Participant: <<PERSON:pt_full>>    NDIS no: <<ID:ndis_no>>    DOB: <<DATE:pt_dob>>
Address: <<ADDRESS:pt_addr_full>>    Mobile: <<PHONE:pt_mob>>
Support coordinator: <<PERSON:x1_full>>, <<ORG:org_planmgr>>, <<PHONE:x1_mob>>, <<EMAIL:x1_email>>
Assessing OT: <<PERSON:s1_full>>, AHPRA <<ID:s1_reg>>
Assessment dates: <<DATE:d_prev>> (home), <<DATE:d_visit>> (community access - <<LOCATION:town2>> shopping centre)

Background: <<PERSON:pt_first>> is a <<AGE:pt_age>>-year-old with cerebral palsy (GMFCS III) who lives with {pt_his} {nok_rel} <<PERSON:nok_first>> and {rel_rel} <<PERSON:rel_nick>>. Works two mornings a week at <<ORG:org_employer>>.
Findings: WHODAS 2.0 58%; independent with upper-body dressing, needs assistance with showering and lower-body dressing; uses a manual wheelchair outdoors.
Recommendations: 1) shower commode - quote <<ID:ref_no>> from <<ORG:org_po>>; 2) 2 h/week OT capacity building; 3) support worker for community access 6 h/week.

<<PERSON:s1_initials>>  <<DATE:d_sent>>
""",
    "au_orthodontic_plan": """<<ORG:org_ortho>> - Treatment Plan & Informed Consent
Patient: <<PERSON:pt_full>> (goes by <<PERSON:pt_nick>>)    DOB <<DATE:pt_dob>>    Age <<AGE:pt_age>>    File <<ID:pt_mrn>>
Parent/guardian: <<PERSON:nok_full>> (<<PHONE:nok_mob>>, <<EMAIL:nok_email>>) and <<PERSON:rel_full>>
Referred by: <<PERSON:s2_init>>, <<ORG:org_dent>>

Records taken <<DATE:d_visit>>: OPG, lateral ceph, intra-oral scan (scan ID <<ID:acc_no>>), photos.
Diagnosis: Class II div 1 on a mild Class II skeletal base; overjet 8 mm; overbite 70%, complete to palate; upper crowding 4 mm.
Plan: Phase 1 functional appliance 9-12 months, then upper and lower fixed appliances (~18 months). Extraction of 14 and 24 - refer to <<PERSON:s3_full>>, oral surgeon.
Fees: $7,450; health fund {payer} membership <<ID:pt_ins2>>; item numbers 811, 821, 845. Payment plan ref <<ID:invoice_no>>.

Consent: I, <<PERSON:nok_full>>, parent of <<PERSON:pt_first>>, have read the above and had my questions answered.
Signed ______________________    Date <<DATE:d_visit2>>
Orthodontist: <<PERSON:s1_full>> BDSc MDSc    AHPRA <<ID:s1_reg>>
""",
    "au_dva_podiatry": """Referral for Allied Health Services (D904)          DVA file no. <<ID:dva_no>>     Card: Gold
Veteran: <<PERSON:pt_lf>>     DOB <<DATE:pt_dob>>  (<<AGE:pt_age>> yrs)     Ph <<PHONE:pt_land>>
Address: <<ADDRESS:pt_addr>>, <<LOCATION:pt_city>> {pt_region} <<ADDRESS:pt_post>>
Referring GP: <<PERSON:s2_full>>, <<ORG:org_gp>>, provider no. <<ID:s2_prov>>, ph <<PHONE:hosp_ph>>
Referred to: <<ORG:org_pod>> - <<PERSON:s1_full>> (podiatrist, <<ID:s1_reg>>)
Date of referral <<DATE:d_ref>> - valid 12 months.
Reason: thickened dystrophic nails, recurrent corns, PVD. Unable to self-care feet.

Treatment record
<<DATE:d_prev>>   Nails 1-5 bilat debrided. Corn R 5th apex enucleated. DP palpable L only, PT absent bilat. - <<PERSON:s1_initials>>
<<DATE:d_visit>>  Home visit at <<ORG:org_care>>; {nok_rel} <<PERSON:nok_first>> present. Skin intact, mild oedema. Footwear poor - advised. - <<PERSON:s1_initials>>
Next visit <<DATE:d_next>>, confirmed by SMS to <<PHONE:nok_mob>>.
""",
    "au_hearing_services_summary": """Hearing Services Program - Client Summary
Provider: <<ORG:org_aud>>, <<ADDRESS:clinic_addr_full>>
Client: <<PERSON:pt_full>>    Client no. <<ID:client_no>>    DOB <<DATE:pt_dob>>    Voucher expires <<DATE:d_exp>>
Audiologist: <<PERSON:s1_full>> (<<ID:s1_reg>>)    Audiometrist: <<PERSON:s4_full>>

Audiogram <<DATE:d_prev>>: moderate-severe sloping SNHL, 3FA R 52 dB HL, L 58 dB HL; speech in noise poor.
Devices fitted <<DATE:d_visit>>: R <<ID:serial_r>> / L <<ID:serial_l>> (fully subsidised, rechargeable).
COSI goals: 1. hear the grandkids, <<PERSON:rel_nick>> and <<PERSON:x1_first>>, on video calls; 2. follow the sermon at church; 3. TV at a volume <<PERSON:nok_first>> can stand.
Client's {nok_rel} <<PERSON:nok_full>> helps with charging; contact <<PHONE:nok_mob>>.
Lost & damaged claim ref <<ID:claim>> lodged <<DATE:d_sent>> (L aid lost at the bowls club).
""",
    "au_physio_sms_log": """SMS log - <<ORG:org_physio>> - client <<PERSON:pt_full>> (file <<ID:pt_mrn>>), mobile <<PHONE:pt_mob>>
<<DATE:d_prev>> {t1}  OUT  Hi <<PERSON:pt_first>>, reminder of your appt with <<PERSON:s1_first>> on <<DATE:d_dm2>> at {t2}. Reply Y to confirm or call <<PHONE:clinic_ph>>.
<<DATE:d_prev>> {t3}  IN   y thx. can <<PERSON:nok_nick>> come in w me? shes driving
<<DATE:d_prev>> {t4}  OUT  Of course! Parking at the rear off <<ADDRESS:clinic_addr>>. - <<PERSON:s6_first>> (reception)
<<DATE:d_visit>> {t5}  IN   running 10 late sorry. also workcover claim no is <<ID:claim>> case mgr <<PERSON:x1_full>> <<PHONE:x1_mob>>
<<DATE:d_visit>> {t6}  OUT  No worries. Your exercises: <<URL:url_hep>>
<<DATE:d_next>> {t7}  IN   who is this
<<DATE:d_next>> {t8}  OUT  It's <<ORG:org_physio>> :) <<PERSON:s1_first>> has left you a note - call when you can.
""",
    "au_pharmacist_hmr": """HOME MEDICINES REVIEW - Report to referring GP
Accredited pharmacist: <<PERSON:s1_full>>    accreditation no. <<ID:s1_acc>>    AHPRA <<ID:s1_reg>>
To: Dr <<PERSON:s2_full>>, <<ORG:org_gp>>    Fax <<PHONE:clinic_fax>>
Patient: <<PERSON:pt_full>>    DOB <<DATE:pt_dob>>    Medicare <<ID:pt_ins>>    Ph <<PHONE:pt_land>>
Interview <<DATE:d_visit>> at home (<<ADDRESS:pt_addr_full>>); carer <<PERSON:nok_full>> ({nok_rel}) present.
Medicines dispensed by <<ORG:org_pharm>> in a dose administration aid.

Issues identified
1. Ramipril + furosemide + ibuprofen (OTC, bought for knee pain) - risk of AKI. eGFR 48 on <<DATE:d_prev>>.
2. Temazepam 10 mg nocte long term; two falls this year per <<PERSON:nok_first>>.
3. Tiotropium technique poor - demonstrated, pt repeated correctly.
Recommendations: cease OTC ibuprofen, trial paracetamol SR 1330 mg BD; gradual temazepam taper; spacer education done.
Also seeing cardiologist <<PERSON:s3_init>> at <<ORG:org_hosp>>.
Referral ref <<ID:ref_no>>    Claim ID <<ID:claim>>
""",
    "au_optometrist_referral": """<<ORG:org_opt>>  |  <<ADDRESS:clinic_addr_full>>  |  P <<PHONE:clinic_ph>>  |  F <<PHONE:clinic_fax>>
<<DATE:d_visit>>

Dr <<PERSON:s2_full>>
<<ORG:org_eye>>

Dear <<PERSON:s2_given1>>,

Re: <<PERSON:pt_full>> (DOB <<DATE:pt_dob>>), <<ADDRESS:pt_addr>>, <<LOCATION:pt_city>>    mob <<PHONE:pt_mob>>

Thank you for seeing <<PERSON:pt_first>>, who presented with sudden flashes and a "cobweb" floater in the left eye since <<DATE:d_dm>>. VA 6/6 OU. Dilated fundus exam: Weiss ring OS, tobacco dust +, a small horseshoe tear at 2 o'clock in the superotemporal periphery. No RD seen. Right eye normal.
OCT and widefield images (scan ID <<ID:acc_no>>) uploaded to <<URL:url_form>>.
I have advised {pt_him} to attend your rooms tomorrow; {pt_his} {nok_rel} <<PERSON:nok_nick>> will drive.

Kind regards
<<PERSON:s1_full>>  B.Optom    AHPRA <<ID:s1_reg>>
""",
    "nz_acc_physio_request": """ACC32 - Request for prior approval of treatment
Claim number: <<ID:claim>>    ACC45 no.: <<ID:acc45>>    NHI: <<ID:pt_ins>>
Client: <<PERSON:pt_full>>    DOB: <<DATE:pt_dob>>    Ph: <<PHONE:pt_mob>>    Email: <<EMAIL:pt_email>>
Address: <<ADDRESS:pt_addr_full>>
Employer: <<ORG:org_employer>> (supervisor <<PERSON:x1_full>>, <<PHONE:x1_mob>>)
Date of injury: <<DATE:d_inj>>    Where: at work, <<LOCATION:town2>> depot
Provider: <<PERSON:s1_full>>, Physiotherapist, HPI-CPN <<ID:s1_reg>>, <<ORG:org_physio>>, vendor ID <<ID:vendor_no>>

Injury: L shoulder - lifting a pallet jack, immediate pain. Read code S43.4 (not ID).
Treatment to date: 16 sessions since <<DATE:d_ref>>; improving but plateaued with overhead work.
Request: 8 further sessions plus a work-site assessment with <<PERSON:x1_first>>.
Whānau: lives with {pt_his} {nok_rel} <<PERSON:nok_first>> and their tamariki; koro (<<PERSON:rel_full>>) helps with the kids when <<PERSON:pt_first>> is at physio.
Signed <<PERSON:s1_init>>    <<DATE:d_sent>>
""",
    "nz_slt_progress_report": """Speech-Language Therapy - Progress Report
<<ORG:org_slp>>
Child: <<PERSON:pt_full>> ("<<PERSON:pt_nick>>")    DOB <<DATE:pt_dob>>    Age <<AGE:pt_age>>    NHI <<ID:pt_ins>>
School: <<ORG:org_school>>, Room 7 - kaiako {x1_mi_title} <<PERSON:x1_first>>
Parents: <<PERSON:nok_full>> and <<PERSON:rel_full>> - contact <<PHONE:nok_mob>>
Therapist: <<PERSON:s1_full>>, SLT (reg <<ID:s1_reg>>)
Sessions this term: <<DATE:d_seq1>>, <<DATE:d_seq2>>, <<DATE:d_visit>>

Goals and progress
1. /k/ and /g/ in word-initial position: 80% accuracy in structured play (baseline 20%).
2. Narrative retell: uses "first/then/at the end" with visual support. <<PERSON:pt_first>> told me all about {pt_his} cousin <<PERSON:x2_first>>'s birthday at the marae - lovely sequencing!
3. Classroom: {x1_mi_title} <<PERSON:x1_first>> reports more hand-ups during mat time.
Next review <<DATE:d_next>>. Copy to RTLB <<PERSON:x3_full>> (<<EMAIL:x3_email>>).
""",
    "nz_ambulance_eprf": """PATIENT REPORT FORM (ePRF)    Incident <<ID:incident_no>>    Job <<ID:case_no>>
Resource: <<ID:callsign>> (<<LOCATION:clinic_city>> station)    Date <<DATE:d_visit>>
Crew: <<PERSON:s1_full>> (ID <<ID:s1_no>>) / <<PERSON:s3_full>> (ID <<ID:s3_no>>) / observer <<PERSON:s5_first>>
Times: call {t1}, mobile {t2}, at scene {t3}, depart {t4}, at hospital {t5}

Location: <<ADDRESS:scene_addr_full>>
Pt: <<PERSON:pt_full>>    NHI <<ID:pt_ins>>    Age <<AGE:pt_age>>    Ph <<PHONE:pt_land>>
History: called by mokopuna <<PERSON:rel_first>> (<<PHONE:rel_mob>>). Pt SOB for 2 days, worse overnight, productive cough. Hx COPD, home O2 nocte.
Primary survey: A clear, B RR 28 accessory muscle use, SpO2 84% RA, C HR 118 reg, BP 150/90, D GCS 15, E temp 38.4.
Mx: salbutamol/ipratropium neb x2, O2 titrated to 88-92%, prednisone 40 mg PO.
Transported to <<ORG:org_hosp>>; handover to <<PERSON:s2_full>>, RN at {t5}. Hearing aids and dentures with pt. Pt's {nok_rel} <<PERSON:nok_first>> following by car.
""",
    "nz_retinal_screening_recall": """<<ORG:org_opt>>
<<ADDRESS:clinic_addr_full>>  ·  <<PHONE:clinic_ph>>  ·  <<URL:url_book>>

<<DATE:d_sent>>

<<PERSON:pt_caps>>
<<ADDRESS:pt_addr_full>>

Kia ora <<PERSON:pt_first>>,

Your diabetic eye screening is due. Your last photographs on <<DATE:d_prev>> (image set <<ID:acc_no>>) showed no change needing treatment (R1 M0 both eyes).
Book online at <<URL:url_book>> or ring <<PERSON:s6_first>> on <<PHONE:clinic_ph>>. If you need transport, the <<ORG:org_gp>> shuttle can help - ask for <<PERSON:x1_full>>.

Ngā mihi
<<PERSON:s1_full>>
Optometrist, reg <<ID:s1_reg>>
NHI <<ID:pt_ins>>  |  Our ref <<ID:ref_no>>
""",
    "my_rehab_discharge_summary": """JABATAN PERUBATAN PEMULIHAN / Rehabilitation Medicine Department
<<ORG:org_hosp>>, <<ADDRESS:clinic_addr_full>>    Tel <<PHONE:hosp_ph>>
REHABILITATION DISCHARGE SUMMARY
Name: <<PERSON:pt_caps>>    MyKad: <<ID:pt_ins>>    RN: <<ID:pt_mrn>>
Age: <<AGE:pt_age>>    Sex: {pt_sex}    Admitted: <<DATE:d_prev>>    Discharged: <<DATE:d_visit>>
Address: <<ADDRESS:pt_addr_full>>
Next of kin: <<PERSON:nok_full>> ({nok_rel})  H/P <<PHONE:nok_mob>>

Diagnosis: left MCA infarct with right hemiparesis and expressive dysphasia.
Physiotherapy (<<PERSON:s1_full>>, <<ID:s1_reg>>): walks 20 m with quad stick and min assist; stairs not yet.
Occupational therapy (<<PERSON:s3_first>>): needs help with bathing; kitchen assessment done - safe with supervision.
Speech therapy (<<PERSON:s5_init>>): naming improving, uses communication board with family.
Dietitian (<<PERSON:s4_full>>): soft diet, diabetic.
Follow-up: rehab clinic <<DATE:d_next>>; Klinik Kesihatan <<LOCATION:pt_city>> for home physio - contact {x1_my_title} <<PERSON:x1_full>> <<PHONE:x1_mob>>.
PERKESO invalidity claim ref <<ID:socso_no>>.
Prepared by: Dr <<PERSON:s2_full>> (<<ID:s2_reg>>)
""",
    "my_dental_referral": """<<ORG:org_dent>>
<<ADDRESS:clinic_addr_full>>    Tel: <<PHONE:clinic_ph>>

SURAT RUJUKAN / REFERRAL LETTER
Ruj. kami: <<ID:ref_no>>        Tarikh: <<DATE:d_visit>>

To: Oral & Maxillofacial Surgery Clinic, <<ORG:org_hosp>>

Patient: <<PERSON:pt_full>>    IC: <<ID:pt_ins>>    Tel: <<PHONE:pt_mob>>    Age <<AGE:pt_age>>
Dear Dr,
Kindly see this patient for surgical removal of impacted 38 and 48 (mesioangular, close to IAN on OPG). Recurrent pericoronitis, last episode <<DATE:d_dm>> treated with metronidazole. Patient is a teacher at <<ORG:org_school>> and prefers appointments after 2 pm. {pt_hiscap} {nok_rel} <<PERSON:nok_first>> can be contacted at <<PHONE:nok_mob>>.
OPG attached (image no. <<ID:acc_no>>).

Thank you.
Dr <<PERSON:s1_full>> (<<ID:s1_reg>>), Pegawai Pergigian
cc: <<PERSON:s4_first>>, dental surgery assistant
""",
    "my_pharmacy_whatsapp": """WhatsApp chat export - counselling line <<PHONE:clinic_ph>> (<<ORG:org_pharm>>)
[<<DATE:d_prev>>, {t1}] <<PERSON:nok_full>>: Salam, saya anak kepada <<PERSON:pt_full>>, IC <<ID:pt_ins>>. {pt_mak} saya baru discharge from <<ORG:org_hosp>>. Boleh tanya pasal ubat?
[<<DATE:d_prev>>, {t2}] <<ORG:org_pharm>>: Wslm. Boleh, please share the prescription photo.
[<<DATE:d_prev>>, {t3}] <<PERSON:nok_first>>: <image omitted> Dr <<PERSON:s2_last>> yang bagi. Rx no <<ID:rx_no>>
[<<DATE:d_prev>>, {t4}] <<ORG:org_pharm>>: Ok noted. Warfarin 3 mg ON - ikut INR. Jangan ambil ubat tahan sakit (NSAID) without asking. Metformin selepas makan. - <<PERSON:s1_first>>
[<<DATE:d_prev>>, {t5}] <<PERSON:nok_first>>: tq. nanti adik saya <<PERSON:rel_nick>> ambil ubat. boleh?
[<<DATE:d_prev>>, {t6}] <<ORG:org_pharm>>: Boleh. Bring IC and the buku rawatan. Kedai kami at <<ADDRESS:clinic_addr_full>>. - <<PERSON:s1_full>>, Pharmacist (<<ID:s1_reg>>)
""",
    "my_myopia_control_record": """<<ORG:org_opt>> - Myopia Management Record
Child: <<PERSON:pt_full>>    DOB <<DATE:pt_dob>>    Age <<AGE:pt_age>>    Record <<ID:pt_mrn>>
School: <<ORG:org_school>>    Parent: {nok_my_title} <<PERSON:nok_full>>, <<PHONE:nok_mob>>, <<EMAIL:nok_email>>
Optometrist: <<PERSON:s1_full>> (<<ID:s1_reg>>)

| Date | Rx R | Rx L | Axial length R/L (mm) | Notes |
| <<DATE:d_ref>> | -2.25 | -2.00 | 24.31 / 24.18 | started DIMS lenses |
| <<DATE:d_prev>> | -2.50 | -2.25 | 24.42 / 24.27 | compliance good per mum |
| <<DATE:d_visit>> | -2.50 | -2.25 | 24.45 / 24.30 | stable; atropine 0.01% discussed |
Lens order no. <<ID:order_no>>, frame warranty <<ID:serial_dev>>.
<<PERSON:pt_nick>> plays badminton after school; encouraged 2 h outdoors daily. Next review <<DATE:d_next>>.
""",
    "my_ambulance_record": """BORANG REKOD PESAKIT AMBULANS / AMBULANCE PATIENT RECORD
No. kes: <<ID:case_no>>    MERS 999 ref: <<ID:incident_no>>    Ambulans: <<ID:callsign>> (<<ID:rego>>)
Crew: PPP <<PERSON:s1_full>> (<<ID:s1_no>>), JM <<PERSON:s3_first>>, pemandu <<PERSON:s5_init>>
Tarikh: <<DATE:d_visit>>    Call {t1}  Depart {t2}  Scene {t3}  Leave {t4}  ETD {t5}

Lokasi: <<ADDRESS:scene_addr_full>>
Pesakit: <<PERSON:pt_caps>>    IC <<ID:pt_ins>>    Umur <<AGE:pt_age>>    Tel waris <<PHONE:nok_mob>> (<<PERSON:nok_full>>, {nok_rel})
Complaint: chest pain 30 min, radiating to L arm, diaphoretic. Known DM, HPT, on follow-up at <<ORG:org_gp>>.
Vitals: BP 160/95, PR 104, RR 22, SpO2 95%, DXT 14.2.
Tx: aspirin 300 mg chewed, GTN 0.5 mg SL x1, O2 via nasal prong 3 L.
Handed over to ETD <<ORG:org_hosp>> - MO Dr <<PERSON:s2_last>> at {t5}.
""",
}


# ---------------------------------------------------------------------------------------------
# Chinese names (with pinyin), places, values
# ---------------------------------------------------------------------------------------------
def _table(text: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(item.split(":")) for item in text.split())


_ZH_SURNAMES: Final = _table(
    "王:Wang 李:Li 张:Zhang 刘:Liu 陈:Chen 杨:Yang 黄:Huang 赵:Zhao 吴:Wu 周:Zhou 徐:Xu 孙:Sun 马:Ma 朱:Zhu "
    "胡:Hu 郭:Guo 何:He 林:Lin 罗:Luo 高:Gao 梁:Liang 郑:Zheng 谢:Xie 宋:Song 唐:Tang 韩:Han 冯:Feng 邓:Deng "
    "曹:Cao 彭:Peng 曾:Zeng 肖:Xiao 田:Tian 董:Dong 潘:Pan 袁:Yuan 蔡:Cai 蒋:Jiang 余:Yu 杜:Du 叶:Ye 程:Cheng "
    "魏:Wei 苏:Su 丁:Ding 任:Ren 姚:Yao 沈:Shen 钟:Zhong 崔:Cui 谭:Tan 陆:Lu 范:Fan 廖:Liao 石:Shi 金:Jin 文:Wen "
    "白:Bai 方:Fang 江:Jiang 常:Chang 牛:Niu 钱:Qian 向:Xiang 安:An 甘:Gan 龙:Long 易:Yi 万:Wan 祝:Zhu 贺:He "
    "严:Yan 覃:Qin 单:Shan 区:Ou 仇:Qiu 连:Lian 和:He 海:Hai 平:Ping 高:Gao 左:Zuo 卜:Bu 伍:Wu 艾:Ai"
)
_ZH_COMPOUND: Final = _table(
    "欧阳:Ouyang 司马:Sima 诸葛:Zhuge 上官:Shangguan 东方:Dongfang 皇甫:Huangfu 尉迟:Yuchi 慕容:Murong "
    "令狐:Linghu 公孙:Gongsun 夏侯:Xiahou 端木:Duanmu 司徒:Situ 宇文:Yuwen 呼延:Huyan 南宫:Nangong"
)
_ZH_GIVEN_F: Final = _table(
    "芳:fang 娟:juan 敏:min 静:jing 丽:li 艳:yan 秀:xiu 霞:xia 桂:gui 英:ying 兰:lan 红:hong 梅:mei 燕:yan "
    "婷:ting 雪:xue 琳:lin 欣:xin 慧:hui 颖:ying 倩:qian 蕾:lei 萍:ping 莉:li 璐:lu 瑶:yao 诗:shi 怡:yi 翠:cui "
    "凤:feng 珍:zhen 淑:shu 月:yue 玲:ling 佳:jia 思:si 雨:yu 晓:xiao 春:chun 秋:qiu 安:an 宁:ning"
)
_ZH_GIVEN_M: Final = _table(
    "伟:wei 强:qiang 磊:lei 军:jun 洋:yang 勇:yong 杰:jie 涛:tao 明:ming 超:chao 刚:gang 华:hua 建:jian 国:guo "
    "志:zhi 海:hai 宇:yu 浩:hao 轩:xuan 博:bo 俊:jun 凯:kai 鹏:peng 飞:fei 斌:bin 睿:rui 泽:ze 康:kang 健:jian "
    "宏:hong 亮:liang 永:yong 东:dong 荣:rong 德:de 福:fu 文:wen 晓:xiao 子:zi 嘉:jia 安:an 平:ping"
)
_ZH_WORD_GIVEN: Final = _table(
    "平安:ping'an:n 建国:jianguo:m 国庆:guoqing:m 红梅:hongmei:f 海燕:haiyan:f 春花:chunhua:f 秀英:xiuying:f "
    "和平:heping:m 招娣:zhaodi:f 来福:laifu:m 桂花:guihua:f 冬梅:dongmei:f 胜利:shengli:m 爱华:aihua:f "
    "建军:jianjun:m 卫东:weidong:m 金花:jinhua:f 学文:xuewen:m 光明:guangming:m 美丽:meili:f 永红:yonghong:f "
    "文静:wenjing:f 高峰:gaofeng:m 春生:chunsheng:m"
)
_ZH_MINORITY: Final = (
    "买买提·吐尔逊",
    "阿依古丽·艾买提",
    "扎西次仁",
    "次仁卓玛",
    "巴特尔",
    "其其格",
    "热依拉·阿不都",
    "格桑拉姆",
    "阿卜杜拉·热合曼",
)
_SURNAME_HOMOPHONES: Final[dict[str, str]] = {
    "张": "章", "王": "汪", "李": "黎", "刘": "留", "林": "凌", "徐": "许", "吴": "伍", "周": "舟", "朱": "珠", "胡": "湖",
    "何": "河", "高": "郜", "罗": "骆", "郑": "正", "杨": "阳", "黄": "皇", "赵": "照", "陈": "辰", "马": "码", "金": "今",
    "文": "闻", "石": "时", "江": "姜", "常": "长", "孙": "荪", "程": "成", "沈": "审", "叶": "业", "苏": "舒",
}  # fmt: skip
_GIVEN_HOMOPHONES: Final[dict[str, str]] = {
    "晓": "小", "伟": "威", "芳": "方", "丽": "莉", "敏": "民", "明": "鸣", "华": "化", "军": "君", "杰": "洁", "燕": "艳",
    "涛": "滔", "磊": "垒", "霞": "侠", "平": "萍", "红": "宏", "梅": "玫", "英": "莺", "娟": "鹃", "静": "晶", "海": "还",
}  # fmt: skip


@dataclass(frozen=True)
class _ZhName:
    sur: str
    given: str
    female: bool
    sur_py: str = ""
    given_py: str = ""

    @property
    def full(self) -> str:
        return self.sur + self.given


def _pinyin_join(syllables: str) -> str:
    return syllables[:1].upper() + syllables[1:]


def _zh_table_name(rng: random.Random, female: bool | None = None) -> _ZhName:
    if female is None:
        female = rng.random() < 0.5
    sur, sur_py = rng.choice(_ZH_COMPOUND) if rng.random() < 0.12 else rng.choice(_ZH_SURNAMES)
    roll = rng.random()
    if roll < 0.18:
        words = [w for w in _ZH_WORD_GIVEN if w[2] in ("n", "f" if female else "m")]
        given, given_py, _ = rng.choice(words)
    else:
        pool = _ZH_GIVEN_F if female else _ZH_GIVEN_M
        count = 1 if roll < 0.42 else 2
        chars = [rng.choice(pool) for _ in range(count)]
        if count == 2 and chars[0][0] == chars[1][0] and rng.random() < 0.7:
            chars[1] = rng.choice(pool)
        given = "".join(c for c, _ in chars)
        parts = [p for _, p in chars]
        given_py = parts[0] + "".join(("'" + p) if p[0] in "aoe" else p for p in parts[1:])
    return _ZhName(sur, given, female, sur_py, given_py)


_ZH_TITLES: Final = ("女士", "先生", "医生", "主任", "护士", "大夫", "阿姨", "大爷", "药师", "老师", "师傅")


def _zh_name(rng: random.Random, female: bool | None = None, allow_faker: bool = True) -> _ZhName:
    if female is None:
        female = rng.random() < 0.5
    if allow_faker and rng.random() < 0.4:
        fake = _faker("zh_CN" if rng.random() < 0.85 else "zh_TW", rng)
        given = str(fake.first_name_female() if female else fake.first_name_male())
        sur = str(fake.last_name())
        if not (sur + given).startswith("老") and not (sur + given).endswith(_ZH_TITLES):
            return _ZhName(sur, given, female)
    return _zh_table_name(rng, female)


def _zh_typo(rng: random.Random, name: _ZhName) -> str:
    if name.sur in _SURNAME_HOMOPHONES and rng.random() < 0.6:
        return _SURNAME_HOMOPHONES[name.sur] + name.given
    for i, ch in enumerate(name.given):
        if ch in _GIVEN_HOMOPHONES:
            return name.sur + name.given[:i] + _GIVEN_HOMOPHONES[ch] + name.given[i + 1 :]
    if name.sur in _SURNAME_HOMOPHONES:
        return _SURNAME_HOMOPHONES[name.sur] + name.given
    if len(name.given) == 2:
        return name.sur + name.given[::-1]
    return name.sur + name.given + name.given


def _zh_forms(prefix: str, name: _ZhName, rng: random.Random) -> dict[str, str]:
    last = name.given[-1]
    out = {
        f"{prefix}_name": name.full,
        f"{prefix}_sur": name.sur,
        f"{prefix}_given": name.given,
        f"{prefix}_xiao": "小" + last,
        f"{prefix}_a": "阿" + last,
        f"{prefix}_die": last + last,
        f"{prefix}_nick": rng.choice(("小" + last, "阿" + last, last + last)),
        f"{prefix}_typo": _zh_typo(rng, name),
        f"{prefix}_ta": "她" if name.female else "他",
        f"{prefix}_sex": "女" if name.female else "男",
        f"{prefix}_xs": "女士" if name.female else "先生",
        f"{prefix}_ayi": "阿姨" if name.female else "叔叔",
        f"{prefix}_daye": "大妈" if name.female else "大爷",
        f"{prefix}_spaced": " ".join(name.full) if len(name.full) <= 3 else name.full,
    }
    if name.sur_py:
        sur_py = name.sur_py
        given_py = _pinyin_join(name.given_py)
        out[f"{prefix}_py"] = rng.choice((f"{sur_py} {given_py}", f"{sur_py.upper()} {given_py}"))
        out[f"{prefix}_pyc"] = f"{sur_py.upper()} {given_py.upper()}"
        out[f"{prefix}_pyr"] = f"{given_py} {sur_py}"
        out[f"{prefix}_pyl"] = f"{sur_py.lower()}{name.given_py.replace(chr(39), '')}"
    return out


@dataclass(frozen=True)
class _ZhPlace:
    province: str
    city: str
    py: str
    area: str
    districts: tuple[str, ...]
    roads: tuple[str, ...]
    towns: tuple[str, ...]
    streets: tuple[str, ...]


def _zh_places(rows: str) -> tuple[_ZhPlace, ...]:
    out: list[_ZhPlace] = []
    for line in rows.strip().splitlines():
        prov, city, py, area, districts, roads, towns, streets = line.split("|")
        out.append(
            _ZhPlace(
                prov,
                city,
                py,
                area,
                tuple(districts.split(",")),
                tuple(roads.split(",")),
                tuple(towns.split(",")),
                tuple(streets.split(",")),
            )
        )
    return tuple(out)


_ZH_PLACES: Final = _zh_places("""
浙江省|杭州|hz|0571|西湖区,拱墅区,上城区,滨江区|文三路,天目山路,莫干山路,解放路,江南大道|桐庐,建德,临安,瓶窑镇|翠苑,文新,古荡,闸弄口
江苏省|苏州|sz|0512|姑苏区,吴中区,相城区|干将路,人民路,星湖街,东环路|昆山,常熟,张家港,甪直镇|双塔,沧浪,娄门
广东省|佛山|fs|0757|禅城区,南海区,顺德区|季华路,桂澜路,汾江中路,岭南大道|西樵镇,九江镇,均安镇,乐从镇|祖庙,石湾,张槎
四川省|成都|cd|028|武侯区,锦江区,青羊区,成华区|人民南路,红星路,蜀汉路,玉林北路|都江堰,彭州,简阳,洛带镇|玉林,草市街,府南
湖南省|长沙|cs|0731|岳麓区,芙蓉区,雨花区,开福区|麓山南路,五一大道,韶山中路,芙蓉中路|浏阳,宁乡,靖港镇,望城|左家塘,望月湖,东塘
山东省|青岛|qd|0532|市南区,崂山区,李沧区,市北区|香港中路,海尔路,书院路,延安三路|即墨,胶州,平度,莱西|八大峡,中韩,浮山新区
湖北省|武汉|wh|027|武昌区,江汉区,洪山区,江岸区|中山路,解放大道,珞喻路,沿江大道|孝感,鄂州,黄冈,仙桃|水果湖,民族街,二七
陕西省|西安|xa|029|雁塔区,碑林区,未央区,新城区|长安南路,小寨西路,凤城八路,东大街|蓝田,周至,临潼,户县|小寨路,长延堡,张家堡
安徽省|合肥|hf|0551|蜀山区,庐阳区,包河区|长江西路,金寨路,徽州大道|肥西,长丰,巢湖,庐江|三里庵,逍遥津,望湖
辽宁省|大连|dl|0411|沙河口区,中山区,甘井子区|黄河路,人民路,五四路|瓦房店,庄河,普兰店,金州|春柳,青泥洼桥,马栏
福建省|泉州|qz|0595|鲤城区,丰泽区,洛江区|温陵路,泉秀街,刺桐路|晋江,石狮,南安,惠安|开元,东湖,华大
河南省|洛阳|ly|0379|涧西区,西工区,洛龙区|中州路,开元大道,九都路|偃师,孟津,栾川,伊川|天津路,王城路,关林
""")
_ZH_ESTATES: Final = (
    "华星小区",
    "锦绣花园",
    "阳光家园",
    "金色家园",
    "东方名苑",
    "幸福里",
    "和谐佳苑",
    "滨江花园",
    "工人新村",
    "桂花苑",
    "紫荆公寓",
    "枫林湾",
    "丽景湾",
    "教师新村",
)
_ZH_VILLAGES: Final = ("后山村", "李家村", "东湖村", "新塘村", "石桥村", "上王村", "大坪村")
_ZH_ORG_WORDS: Final = (
    "仁和",
    "济生",
    "同德",
    "康宁",
    "杏林",
    "德仁",
    "博爱",
    "惠民",
    "益寿",
    "百草",
    "明视",
    "聆音",
    "安康",
    "恒康",
    "瑞康",
    "天和",
    "永安",
    "普济",
    "万全",
    "敬一",
    "华康",
    "怡康",
)
_CN_ORDINALS: Final = ("一", "二", "三", "四", "五", "六", "七")
_MOBILE_PREFIXES: Final = (
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
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "177",
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
    raw = rng.choice(_MOBILE_PREFIXES) + _d(rng, 8)
    return rng.choice(
        (
            raw,
            raw,
            f"{raw[:3]} {raw[3:7]} {raw[7:]}",
            f"{raw[:3]}-{raw[3:7]}-{raw[7:]}",
            f"+86 {raw[:3]} {raw[3:7]} {raw[7:]}",
            f"+86-{raw}",
            f"(+86){raw}",
        )
    )


def _zh_landline(rng: random.Random, area: str, ext: bool = False) -> str:
    local = _nz(rng, 8)
    number = rng.choice(
        (
            f"{area}-{local}",
            f"{area}-{local[:4]} {local[4:]}",
            f"({area}){local}",
            f"{area} {local}",
            f"{area}{local}",
            local,
        )
    )
    if ext:
        return f"{number}{rng.choice(('转', '-', ' 转 ', '转分机'))}{_nz(rng, rng.choice((3, 4)))}"
    return number


def _cn_year_words(year: int) -> str:
    return "".join("〇一二三四五六七八九"[int(c)] for c in str(year))


def _fmt_zh_date(rng: random.Random, day: dt.date, *, allow_short: bool = True, birth: bool = False) -> str:
    styles = [
        f"{day.year}年{day.month}月{day.day}日", f"{day:%Y-%m-%d}", f"{day.year}/{day.month}/{day.day}", f"{day:%Y.%m.%d}",
        f"{day.year}年{day.month:02d}月{day.day:02d}日", f"{day.year % 100:02d}年{day.month}月{day.day}日",
    ]  # fmt: skip
    if allow_short:
        styles += [f"{day.month}月{day.day}日", f"{day.month}-{day.day}", f"{day.month}.{day.day}"]
    if birth:
        styles = [style for style in styles if str(day.year) in style]
    return rng.choice(styles)


def _zh_short(rng: random.Random, day: dt.date) -> str:
    return rng.choice(
        (f"{day.month}月{day.day}日", f"{day.month}-{day.day}", f"{day.month}/{day.day}", f"{day.month}月{day.day}号")
    )


def _zh_relation(rng: random.Random, female: bool, band: tuple[int, int] | None, age: int, pt_female: bool) -> str:
    spouse_ok = female != pt_female
    if band is not None and band[1] < 18:
        return rng.choice(("母亲", "妈妈", "外婆", "奶奶") if female else ("父亲", "爸爸", "爷爷", "外公"))
    if age >= 65:
        options = (
            ("女儿", "老伴", "儿媳", "孙女", "侄女", "外孙女") if female else ("儿子", "老伴", "女婿", "孙子", "侄子")
        )
    else:
        options = ("妻子", "母亲", "姐姐", "妹妹", "朋友") if female else ("丈夫", "父亲", "哥哥", "弟弟", "同事")
    return rng.choice([o for o in options if spouse_ok or o not in ("老伴", "妻子", "丈夫", "儿媳", "女婿")])


def _zh_values(rng: random.Random, band: tuple[int, int] | None) -> tuple[dict[str, str], list[KnownIdentifier]]:
    v: dict[str, str] = {}
    place = rng.choice(_ZH_PLACES)
    other = rng.choice([p for p in _ZH_PLACES if p is not place])
    visit = dt.date(2023, 1, 2) + dt.timedelta(days=rng.randrange(1000))
    age = _pick_age(rng, band)
    birth = _birth_for(rng, visit, age)

    def day(lo: int, hi: int) -> dt.date:
        return visit + dt.timedelta(days=rng.randint(lo, hi))

    pt = _zh_table_name(rng)
    j1 = _zh_table_name(rng)
    j2 = _zh_name(rng, female=not pt.female)
    j1_rel = _zh_relation(rng, j1.female, band, age, pt.female)
    j2_rel = _zh_relation(rng, j2.female, band, age, pt.female)
    paternal = ("父亲", "爸爸", "爷爷", "儿子", "孙子", "孙女", "女儿", "哥哥", "弟弟", "姐姐", "妹妹")
    if j1_rel in paternal and (rng.random() < 0.85 or j1_rel in ("父亲", "爸爸", "爷爷")):
        j1 = _ZhName(pt.sur, j1.given, j1.female, pt.sur_py, j1.given_py)
    elif j1.sur == pt.sur:
        j1 = _ZhName(
            "欧阳" if pt.sur != "欧阳" else "司马",
            j1.given,
            j1.female,
            "Ouyang" if pt.sur != "欧阳" else "Sima",
            j1.given_py,
        )
    if j2_rel in ("父亲", "爸爸", "爷爷"):
        j2 = _ZhName(pt.sur, j2.given, j2.female, pt.sur_py, j2.given_py)
    v.update(_zh_forms("pt", pt, rng))
    v.update(_zh_forms("j1", j1, rng))
    v.update(_zh_forms("j2", j2, rng))
    v["j1_rel"] = j1_rel
    v["j2_rel"] = j2_rel
    v["pt_age"] = str(age)
    v["pt_age_cn"] = _cn_number(age)
    j1_age = age + rng.randint(-5, 3) if v["j1_rel"] == "老伴" else rng.randint(22, 86)
    v["j1_age"] = str(max(j1_age, 18))
    v["j2_age"] = str(max(18, age + rng.randint(-6, 4)))
    v["dob"] = _fmt_zh_date(rng, birth, allow_short=False, birth=True)
    v["dob2"] = _fmt_zh_date(rng, birth, allow_short=False, birth=True)
    v["dob_iso"] = birth.isoformat()
    v["dob_compact"] = f"{birth:%Y%m%d}"
    v["rid"] = cn_resident_id(rng, birth)
    v["zyh"] = rng.choice((f"ZY{visit:%Y}{_d(rng, 6)}", _nz(rng, 8), f"{visit:%y}{_d(rng, 6)}", f"Z{_d(rng, 7)}"))
    v["mzh"] = rng.choice(
        (f"MZ{visit:%y%m%d}{_d(rng, 4)}", _nz(rng, 10), f"{_d(rng, 4)}-{_d(rng, 6)}", f"M{_d(rng, 9)}")
    )
    v["bed"] = rng.choice(
        (
            str(rng.randint(1, 48)),
            f"{rng.randint(1, 30):02d}",
            f"加{rng.randint(1, 6)}",
            f"{rng.randint(3, 16)}-{rng.randint(1, 40)}",
        )
    )
    v["yb"] = rng.choice(
        (
            f"{place.area[1:]}{_d(rng, 11)}",
            f"H{_d(rng, 13)}",
            f"{_letters(rng, 2)}{_d(rng, 10)}",
            f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}",
        )
    )
    v["ba"] = rng.choice((_nz(rng, 6), f"{_nz(rng, 7)}", f"BA{_d(rng, 7)}"))
    v["card"] = rng.choice((f"{_nz(rng, 12)}", f"JZK{_d(rng, 8)}", f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 4)}"))
    v["sb"] = rng.choice((f"{_letters(rng, 1)}{_d(rng, 8)}", f"{_nz(rng, 9)}"))
    v["pt_mob"] = _zh_mobile(rng)
    v["pt_mob2"] = _zh_mobile(rng)
    v["pt_tel"] = _zh_landline(rng, place.area)
    v["j1_mob"] = _zh_mobile(rng)
    v["j2_mob"] = _zh_mobile(rng)
    v["j1_tel"] = _zh_landline(rng, other.area)
    qq = _nz(rng, rng.choice((8, 9, 10)))
    pyl = v["pt_pyl"]
    v["pt_email"] = rng.choice(
        (
            f"{qq}@qq.com",
            f"{pyl}{_d(rng, 2)}@163.com",
            f"{pyl}@126.com",
            f"{pyl}{rng.randint(60, 99)}@foxmail.com",
            f"{pyl}_{_d(rng, 3)}@sina.com",
        )
    )
    v["j1_email"] = f"{_nz(rng, 9)}@qq.com"
    district = rng.choice(place.districts)
    road = rng.choice(place.roads)
    estate = rng.choice(_ZH_ESTATES)
    addr = rng.choice((
        f"{district}{road}{rng.randint(1, 499)}号{estate}{rng.randint(1, 30)}幢{rng.randint(1, 4)}单元{rng.randint(1, 28)}0{rng.randint(1, 4)}室",
        f"{district}{road}{rng.randint(1, 300)}弄{rng.randint(1, 60)}号{rng.randint(1, 6)}0{rng.randint(1, 3)}室",
        f"{district}{rng.choice(place.streets)}街道{estate}{rng.randint(1, 20)}栋{rng.randint(1, 30)}{rng.randint(1, 4):02d}",
        f"{district}{road}{rng.randint(1, 500)}号",
    ))  # fmt: skip
    v["pt_addr"] = addr
    v["pt_city"] = place.city + ("市" if rng.random() < 0.6 else "")
    v["pt_prov"] = place.province
    v["pt_addr_full"] = f"{place.province}{place.city}市{addr}"
    town = rng.choice(place.towns)
    v["pt_town"] = town
    v["village_addr"] = f"{rng.choice(_ZH_VILLAGES)}{rng.randint(1, 12)}组{rng.randint(1, 88)}号"
    v["hometown"] = rng.choice(
        ("信阳", "天水", "黄冈", "周口", "阜阳", "宜宾", "邵阳", "赣州", "商丘", "达州", "六安", "遵义")
    )
    v["other_city"] = other.city
    scene_district = rng.choice(place.districts)
    v["scene_addr"] = rng.choice((
        f"{scene_district}{rng.choice(place.roads)}{rng.randint(1, 400)}号{rng.choice(_ZH_ESTATES)}{rng.randint(1, 20)}幢楼下",
        "{}{}与{}交叉口".format(scene_district, *rng.sample(place.roads, 2)),
        addr,
    ))  # fmt: skip
    v["clinic_addr"] = f"{rng.choice(place.districts)}{rng.choice(place.roads)}{rng.randint(1, 600)}号"
    v["clinic_tel"] = _zh_landline(rng, place.area)
    v["clinic_fax"] = _zh_landline(rng, place.area)
    v["clinic_ext"] = _zh_landline(rng, place.area, ext=True)
    v["hosp_tel"] = _zh_landline(rng, place.area)
    v["hotline"] = rng.choice((f"400-{_d(rng, 3)}-{_d(rng, 4)}", f"400{_d(rng, 7)}", f"{place.area}-{_nz(rng, 8)}"))

    w = rng.choice(_ZH_ORG_WORDS)
    w2 = rng.choice(_ZH_ORG_WORDS)
    city = place.city + "市"
    street = rng.choice(place.streets)
    v["org_hosp"] = rng.choice(
        (
            f"{city}第{rng.choice(_CN_ORDINALS)}人民医院",
            f"{city}{district}人民医院",
            f"{city}中心医院",
            f"{place.city}市康复医院",
        )
    )
    v["org_hosp2"] = rng.choice(
        (f"{other.city}市第{rng.choice(_CN_ORDINALS)}人民医院", f"{other.city}市中心医院", f"{other.city}大学附属医院")
    )
    v["org_tcm"] = rng.choice(
        (f"{city}中医院", f"{city}{district}中医医院", f"{city}中西医结合医院", f"{place.city}市中医药大学附属医院")
    )
    v["org_clinic"] = rng.choice(
        (f"{w}堂中医诊所", f"{w}国医馆", f"{pt.sur if rng.random() < 0.2 else j2.sur}氏正骨推拿馆", f"{w}中医门诊部")
    )
    v["org_sq"] = rng.choice((f"{street}街道社区卫生服务中心", f"{district}{street}社区卫生服务站", f"{town}卫生院"))
    v["org_pharm"] = rng.choice((f"{w2}大药房", f"{w2}大药房{road}店", f"{w2}堂药店", f"{city}{w2}医药连锁{street}店"))
    v["org_opt"] = rng.choice((f"{w}眼镜", f"{w}视光中心", f"{city}{w}眼科门诊部", f"{city}眼科医院视光中心"))
    v["org_aud"] = rng.choice((f"{w2}听力验配中心", f"{w2}助听器{district}店", f"{city}{w2}听力康复中心"))
    v["org_po"] = rng.choice((f"{city}{w}假肢矫形器有限公司", f"{w}康复辅具中心", f"{place.city}{w}假肢矫形康复中心"))
    v["org_dent"] = rng.choice((f"{w2}口腔门诊部", f"{city}口腔医院", f"{w2}齿科", f"{place.city}{w2}口腔诊所"))
    v["org_school"] = rng.choice(
        (f"{city}第{rng.choice(_CN_ORDINALS)}中学", f"{street}小学", f"{w}幼儿园", f"{city}{road}小学")
    )
    v["org_kg"] = rng.choice((f"{w}幼儿园", f"{street}幼儿园", f"{city}机关幼儿园", f"{place.city}市{road}幼儿园"))
    v["org_company"] = str(_faker("zh_CN", rng).company())
    v["org_team"] = rng.choice(
        (f"{city}游泳队", f"{city}体育运动学校游泳队", f"{place.city}{w}游泳俱乐部", f"{city}青少年游泳训练中心")
    )
    v["org_yl"] = rng.choice((f"{w}养老院", f"{district}社会福利院", f"{w2}护理院", f"{street}颐养中心"))
    v["org_decoct"] = rng.choice((f"{city}中药代煎中心", f"{w}中药饮片有限公司代煎部", f"{place.city}{w2}煎药中心"))
    v["org_lab"] = rng.choice((f"{place.city}{w}义齿加工有限公司", f"{w2}齿科技工所"))
    v["org_120"] = rng.choice((f"{city}急救中心", f"{city}{district}急救站", f"{city}紧急医疗救援中心{district}分站"))
    v["mz_full"] = rng.choice(_ZH_MINORITY)

    domain_core = place.py + rng.choice(("zyy", "dyrmyy", "kfyy", "kqyy", "yk", "zxyy"))
    domain = domain_core + rng.choice((".com.cn", ".org.cn", ".cn", ".com"))
    v["clinic_email"] = f"{rng.choice(('kf', 'yyb', 'zjk', 'kefu', 'office'))}@{domain}"
    v["url"] = rng.choice(
        (
            f"https://hlwyy.{domain}/h5/followup?pid={_d(rng, 8)}",
            f"https://wx.{domain}/mp/report/{_letters(rng, 4, 'abcdefghjkmnpqrstuvwxyz')}{_d(rng, 5)}",
            f"https://www.wjx.cn/vm/{_letters(rng, 7, 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ')}.aspx",
            f"https://{domain}/yygh/index.html?dept={_d(rng, 3)}",
        )
    )
    v["url_intranet"] = rng.choice(
        (
            f"http://10.{rng.randint(1, 250)}.{rng.randint(1, 250)}.{rng.randint(2, 250)}:8080/emr/view?zyh={v['zyh']}",
            f"http://his.{domain_core}.local/lis/report?tm={_d(rng, 12)}",
            f"http://192.168.{rng.randint(0, 20)}.{rng.randint(2, 250)}/pacs/viewer?acc={_d(rng, 10)}",
        )
    )
    v["url_track"] = rng.choice(
        (f"https://m.kuaidi100.com/result.jsp?nu=SF{_d(rng, 13)}", f"https://{domain}/dj/track?order={_d(rng, 10)}")
    )

    staff = [_zh_table_name(rng) if k < 2 else _zh_name(rng) for k in range(6)]
    for k, person in enumerate(staff, start=1):
        p = f"s{k}"
        v.update(_zh_forms(p, person, rng))
        v[f"{p}_gh"] = rng.choice(
            (f"{_d(rng, 5)}", f"{_letters(rng, 2)}{_d(rng, 4)}", f"{place.py.upper()}{_d(rng, 5)}", f"0{_nz(rng, 4)}")
        )
        v[f"{p}_zy"] = rng.choice(
            (f"{_nz(rng, 15)}", f"{visit.year - rng.randint(3, 25)}{_d(rng, 8)}", f"{_nz(rng, 12)}")
        )
        v[f"{p}_mob"] = _zh_mobile(rng)
        v[f"{p}_ext"] = _nz(rng, 4)
        local = v.get(f"{p}_pyl") or f"{p}{_d(rng, 4)}"
        v[f"{p}_email"] = f"{local}@{domain}"
    beds = rng.sample([b for b in range(1, 49) if str(b) != v["bed"]], 3)
    for k in range(1, 4):
        p = f"x{k}"
        person = _zh_name(rng)
        v.update(_zh_forms(p, person, rng))
        x_age = _pick_age(rng, band)
        v[f"{p}_age"] = str(x_age)
        v[f"{p}_age_cn"] = _cn_number(x_age)
        v[f"{p}_dob"] = _fmt_zh_date(rng, _birth_for(rng, visit, x_age), allow_short=False, birth=True)
        v[f"{p}_mzh"] = rng.choice((f"MZ{visit:%y%m%d}{_d(rng, 4)}", _nz(rng, 10), f"{_d(rng, 4)}-{_d(rng, 6)}"))
        v[f"{p}_zyh"] = rng.choice((f"ZY{visit:%Y}{_d(rng, 6)}", _nz(rng, 8)))
        v[f"{p}_bed"] = str(beds[k - 1])
        v[f"{p}_mob"] = _zh_mobile(rng)
        v[f"{p}_gf"] = f"GF{visit:%y}{_d(rng, 4)}"

    v["d_visit"] = _fmt_zh_date(rng, visit, allow_short=False)
    v["d_visit2"] = _fmt_zh_date(rng, visit)
    v["d_cn"] = f"{_cn_year_words(visit.year)}年{_cn_number(visit.month)}月{_cn_number(visit.day)}日"
    v["d_ref"] = _fmt_zh_date(rng, day(-60, -5))
    v["d_prev"] = _fmt_zh_date(rng, day(-30, -2))
    v["d_prev2"] = _fmt_zh_date(rng, day(-90, -31))
    v["d_next"] = _fmt_zh_date(rng, day(3, 60))
    v["d_rev"] = _fmt_zh_date(rng, day(14, 90))
    v["d_inj"] = _fmt_zh_date(rng, day(-120, -3))
    v["d_op"] = _fmt_zh_date(rng, day(-900, -60), allow_short=False)
    v["d_sent"] = _fmt_zh_date(rng, day(0, 9))
    v["d_exp"] = _fmt_zh_date(rng, day(30, 1100), allow_short=False)
    v["d_dm"] = _zh_short(rng, day(-20, -1))
    v["d_dm2"] = _zh_short(rng, day(1, 20))
    v["d_dm3"] = _zh_short(rng, day(21, 40))
    v["d_seq1"] = _zh_short(rng, day(-24, -15))
    v["d_seq2"] = _zh_short(rng, day(-13, -6))
    minute = rng.randint(6 * 60, 21 * 60)
    style = rng.randrange(3)
    for i in range(1, 9):
        hours, mins = divmod(minute % (24 * 60), 60)
        v[f"t{i}"] = (f"{hours:02d}:{mins:02d}", f"{hours}时{mins:02d}分", f"{hours:02d}{mins:02d}")[style]
        minute += rng.randint(2, 25)

    yy = visit.strftime("%Y%m%d")
    v["cf"] = rng.choice((f"CF{yy}{_d(rng, 4)}", f"{_nz(rng, 10)}", f"{visit:%y%m%d}-{_d(rng, 4)}"))
    v["cf2"] = rng.choice((f"CF{yy}{_d(rng, 4)}", f"{_nz(rng, 10)}"))
    v["dj"] = rng.choice((f"DJ{visit:%y%m%d}{_d(rng, 4)}", f"{_nz(rng, 9)}", f"JY-{_d(rng, 7)}"))
    v["gf"] = rng.choice((f"GF-{visit.year}-{_d(rng, 4)}", f"{visit:%y}GF{_d(rng, 4)}", f"膏{_d(rng, 5)}"))
    v["kd"] = rng.choice((f"SF{_d(rng, 13)}", f"JDX0{_d(rng, 11)}", f"YT{_d(rng, 13)}", f"{_nz(rng, 12)}"))
    v["rw"] = rng.choice((f"{yy}{_d(rng, 4)}", f"120-{yy}-{_d(rng, 4)}", f"RW{_d(rng, 9)}"))
    plate_letter = {
        "浙江省": "浙",
        "江苏省": "苏",
        "广东省": "粤",
        "四川省": "川",
        "湖南省": "湘",
        "山东省": "鲁",
        "湖北省": "鄂",
        "陕西省": "陕",
        "安徽省": "皖",
        "辽宁省": "辽",
        "福建省": "闽",
        "河南省": "豫",
    }[place.province]
    v["plate"] = rng.choice(
        (
            f"{plate_letter}{_letters(rng, 1, 'ABCDEFGH')}{_d(rng, 5)}",
            f"{plate_letter}{_letters(rng, 1, 'ABCDEF')}·{_letters(rng, 1)}{_d(rng, 4)}",
            f"{plate_letter}{_letters(rng, 1, 'ABCD')}D{_d(rng, 5)}",
        )
    )
    v["car_no"] = rng.choice((f"{rng.randint(1, 40)}号车", f"急救{rng.randint(1, 30):02d}车"))
    v["ys"] = rng.choice((f"YG{yy}{_d(rng, 3)}", f"{_nz(rng, 8)}", f"VS-{_d(rng, 6)}"))
    v["sn_l"] = rng.choice((f"{_d(rng, 4)}L{_d(rng, 5)}", f"{_letters(rng, 2)}{_d(rng, 8)}", f"{_nz(rng, 10)}"))
    v["sn_r"] = rng.choice((f"{_d(rng, 4)}R{_d(rng, 5)}", f"{_letters(rng, 2)}{_d(rng, 8)}", f"{_nz(rng, 10)}"))
    v["dev"] = rng.choice((f"{_letters(rng, 3)}{_d(rng, 7)}", f"SN{_d(rng, 10)}", f"{_d(rng, 2)}-{_d(rng, 6)}"))
    v["lot"] = rng.choice((f"{_d(rng, 8)}", f"L{visit:%y%m}{_d(rng, 3)}", f"{_letters(rng, 1)}{_d(rng, 7)}"))
    v["dd"] = rng.choice((f"JZ-{visit.year}-{_d(rng, 4)}", f"DD{yy}{_d(rng, 3)}", f"{_nz(rng, 9)}"))
    v["jc"] = rng.choice((f"DR{yy}-{_d(rng, 4)}", f"{_nz(rng, 10)}", f"US{_d(rng, 7)}"))
    v["tm"] = _nz(rng, 12)
    v["yy"] = rng.choice((f"{_nz(rng, 8)}", f"YY{_d(rng, 7)}"))
    v["hz"] = rng.choice((f"HZ{yy}{_d(rng, 3)}", f"{_nz(rng, 7)}"))
    v["zz"] = rng.choice((f"ZZ{visit.year}{_d(rng, 5)}", f"{_nz(rng, 9)}"))
    v["jsd"] = rng.choice((f"{_nz(rng, 16)}", f"JS{yy}{_d(rng, 6)}"))
    v["fp"] = rng.choice((f"{_nz(rng, 8)}", f"No.{_d(rng, 8)}"))
    v["ydy"] = rng.choice((f"{visit.year - rng.randint(1, 8)}{_d(rng, 6)}", f"YD{_d(rng, 7)}"))
    v["kh"] = rng.choice((f"VIP{_d(rng, 6)}", f"{_nz(rng, 11)}"))
    v["xh"] = rng.choice((f"{visit.year - rng.randint(0, 6)}{_d(rng, 6)}", f"G{_d(rng, 9)}"))
    v["ph"] = rng.choice((f"{visit:%y%m%d}{_d(rng, 2)}", f"P{_d(rng, 6)}"))

    known = [
        KnownIdentifier("PERSON", pt.full),
        KnownIdentifier("PERSON", pt.given),
        KnownIdentifier("ID", v["rid"]),
        KnownIdentifier("ID", v["zyh"]),
        KnownIdentifier("ID", v["mzh"]),
        KnownIdentifier("PHONE", v["pt_mob"]),
        KnownIdentifier("ADDRESS", v["pt_addr_full"]),
        KnownIdentifier("LOCATION", place.city),
        KnownIdentifier("DATE", v["dob_iso"]),
        KnownIdentifier("EMAIL", v["pt_email"]),
    ]
    return v, known


# ---------------------------------------------------------------------------------------------
# Chinese templates (mainland)
# ---------------------------------------------------------------------------------------------
ZH_BLIND19_TEMPLATES: Final[dict[str, str]] = {
    "tcm_outpatient_first_visit": """<<ORG:org_tcm>> 中医门诊病历（初诊）
门诊号：<<ID:mzh>>    就诊卡号：<<ID:card>>    就诊日期：<<DATE:d_visit>> {t1}
姓名：<<PERSON:pt_name>>    性别：{pt_sex}    年龄：<<AGE:pt_age>>岁    身份证号：<<ID:rid>>
联系电话：<<PHONE:pt_mob>>    住址：<<ADDRESS:pt_addr_full>>
医保类型：职工医保    医保卡号：<<ID:yb>>

主诉：反复胃脘胀痛3年，加重1周。
现病史：患者3年前因饮食不节出现胃脘胀痛，饭后尤甚，嗳气，反酸，曾在<<ORG:org_hosp>>查胃镜示"慢性非萎缩性胃炎"。1周前与家人争吵后症状加重，纳差，眠差，大便溏，日2~3次。{pt_ta}{j1_rel}<<PERSON:j1_name>>陪诊，诉其平素性情急躁。
舌脉：舌淡红，边有齿痕，苔薄白腻，脉弦细。
中医诊断：胃痛（肝胃不和证）    西医诊断：慢性胃炎
治法：疏肝和胃，理气止痛。
处方：柴胡10g 白芍15g 枳壳10g 炙甘草6g 陈皮10g 法半夏9g 茯苓15g 白术12g 香附10g 郁金10g 海螵蛸15g 焦三仙各10g
共7剂，每日1剂，代煎，每剂2袋，早晚饭后温服。处方号：<<ID:cf>>
医嘱：忌生冷辛辣，调畅情志。<<DATE:d_next>>复诊。
医师：<<PERSON:s1_name>>（工号<<ID:s1_gh>>）    审方药师：<<PERSON:s3_name>>
""",
    "acupuncture_session_table": """<<ORG:org_tcm>>针灸科 针灸治疗记录单
患者：<<PERSON:pt_name>>   门诊号：<<ID:mzh>>   年龄：<<AGE:pt_age_cn>>岁   电话：<<PHONE:pt_mob>>
诊断：面瘫（风寒袭络证），左侧周围性面神经麻痹，发病日期<<DATE:d_prev2>>
主治医师：<<PERSON:s1_name>>主任    治疗师：<<PERSON:s2_name>>、<<PERSON:s4_name>>

| 次数 | 日期 | 主穴 | 配穴 | 手法/电针 | 留针 | 签名 |
| 1 | <<DATE:d_seq1>> | 阳白、四白、地仓、颊车 | 合谷（右）、翳风 | 浅刺平补平泻 | 30分钟 | <<PERSON:s2_sur>> |
| 2 | <<DATE:d_seq2>> | 同上 | 加足三里 | 电针疏密波 | 30分钟 | <<PERSON:s4_given>> |
| 3 | <<DATE:d_visit2>> | 同上 | 加太冲 | 电针+温灸 | 30分钟 | <<PERSON:s2_sur>> |
备注：第2次治疗时患者诉针刺处轻微出血，已按压止血，告知{pt_ta}{j1_rel}<<PERSON:j1_nick>>不必紧张。House-Brackmann分级由IV级改善至III级。
下次预约：<<DATE:d_dm2>> {t2}，如需改期请致电<<PHONE:clinic_tel>>。
""",
    "tuina_treatment_sheet": """推拿科治疗单    <<ORG:org_clinic>>
姓名：<<PERSON:pt_name>>（<<PERSON:pt_py>>）  性别：{pt_sex}  出生日期：<<DATE:dob>>
身份证：<<ID:rid>>   手机：<<PHONE:pt_mob>>
诊断：颈椎病（神经根型），C5/6椎间盘突出；肩周炎（右）
治疗项目：颈椎推拿、肩关节松动术、中药热敷、拔罐
治疗记录：
<<DATE:d_seq1>>  滚法、一指禅推法放松颈肩部肌群，拔伸颈椎，点按风池、肩井、天宗。患者诉右上肢麻木减轻。——推拿师 老<<PERSON:s3_sur>>
<<DATE:d_seq2>>    同前，加肩关节松动III级手法。患者自述晚上能睡整觉了。——<<PERSON:s3_name>>
<<DATE:d_visit2>>  因<<PERSON:s3_sur>>师傅休假，由小<<PERSON:s5_sur>>代做，手法偏轻，患者要求下次仍约<<PERSON:s3_sur>>师傅。
注意：患者有骨质疏松（2年前DXA T值-2.6），禁用扳法。
会员卡号：<<ID:kh>>  剩余次数：6次   介绍人：<<PERSON:j2_name>>（老客户，电话<<PHONE:j2_mob>>）
""",
    "decoction_delivery_slip": """<<ORG:org_decoct>> 中药代煎配送单
代煎单号：<<ID:dj>>    处方号：<<ID:cf>>    开方医院：<<ORG:org_tcm>>    开方医生：<<PERSON:s1_name>>
患者：<<PERSON:pt_name>>    门诊号：<<ID:mzh>>    剂数：14剂（每剂2袋，每袋200ml）
煎药方式：先煎生龙骨、生牡蛎30分钟；后下砂仁。    煎药员：<<PERSON:s4_name>>    复核：<<PERSON:s5_name>>
煎药日期：<<DATE:d_visit>>    包装批号：<<ID:ph>>

收件人：<<PERSON:j1_name>>（{j1_rel}）
收件电话：<<PHONE:j1_mob>>    备用电话：<<PHONE:pt_tel>>
收件地址：<<ADDRESS:pt_addr_full>>
快递公司：顺丰冷运    运单号：<<ID:kd>>    查询：<<URL:url_track>>
备注：白天家中无人，请送到小区门卫，交给保安<<PERSON:x1_sur>>师傅代收，并电话通知<<PERSON:j1_given>>。
药袋请冷藏保存，饮用前隔水加热。如有疑问请拨打<<PHONE:hotline>>。电子发票将发送至<<EMAIL:pt_email>>。
""",
    "gaofang_register": """<<ORG:org_tcm>> 膏方门诊 膏方制作登记表（冬令进补）
制膏日期：<<DATE:d_visit>>    制膏师：<<PERSON:s4_name>>    质检：<<PERSON:s5_name>>

| 膏方编号 | 姓名 | 年龄 | 开方医生 | 辅料 | 取膏日期 | 联系电话 | 备注 |
| <<ID:gf>> | <<PERSON:pt_name>> | <<AGE:pt_age>> | <<PERSON:s1_name>> | 阿胶、冰糖、黄酒 | <<DATE:d_dm2>> | <<PHONE:pt_mob>> | 糖尿病，改木糖醇 |
| <<ID:x1_gf>> | <<PERSON:x1_name>> | <<AGE:x1_age>> | <<PERSON:s1_sur>>主任 | 龟甲胶、鹿角胶 | <<DATE:d_dm2>> | <<PHONE:x1_mob>> | 代取：<<PERSON:x1_sur>>{x1_xs}的家属 |
| <<ID:x2_gf>> | <<PERSON:x2_name>> | <<AGE:x2_age>> | <<PERSON:s2_name>> | 阿胶、蜂蜜 | <<DATE:d_dm3>> | <<PHONE:x2_mob>> | 需快递 |
| <<ID:x3_gf>> | <<PERSON:x3_spaced>> | <<AGE:x3_age>> | <<PERSON:s2_sur>>医生 | 素膏 | <<DATE:d_dm3>> | <<PHONE:x3_mob>> | 素食者，不用动物胶 |

说明：1号膏方患者<<PERSON:pt_sur>>{pt_xs}身份证号<<ID:rid>>，已签署膏方知情同意书；开路方已服2周（<<DATE:d_prev>>起）。
""",
    "rehab_pt_assessment": """<<ORG:org_hosp>> 康复医学科 物理治疗（PT）评定记录
姓名：<<PERSON:pt_name>>  性别：{pt_sex}  年龄：<<AGE:pt_age>>岁  住院号：<<ID:zyh>>  床号：<<ID:bed>>
入院日期：<<DATE:d_ref>>    评定日期：<<DATE:d_visit>>    主管医生：<<PERSON:s2_name>>    治疗师：<<PERSON:s1_name>>（<<PERSON:s1_py>>）
诊断：脑梗死恢复期，右侧偏瘫

一、Brunnstrom分期：右上肢III期，右手II期，右下肢IV期。
二、肌张力（改良Ashworth）：右肘屈肌1+级，右踝跖屈肌1级。
三、平衡：Berg平衡量表32/56分；坐位平衡3级，立位平衡2级。
四、步行：四脚拐+小量帮助下步行约15米，划圈步态。Holden步行功能分级2级。
五、ADL：改良Barthel指数45分。
康复目标：2周内独立室内步行（四脚拐），Berg≥40分。
治疗计划：Bobath技术、减重步行训练、站立床、功能性电刺激（右胫前肌）。
家属<<PERSON:j1_name>>（{j1_rel}，电话<<PHONE:j1_mob>>）已参加家属培训，下午由护工<<PERSON:x1_sur>>{x1_ayi}陪同训练。
""",
    "swallow_speech_record": """言语吞咽治疗记录
科室：康复医学科    病区：二病区    床号：<<ID:bed>>    住院号：<<ID:zyh>>
姓名：<<PERSON:pt_name>>    年龄：<<AGE:pt_age_cn>>岁    诊断：脑出血后吞咽障碍、构音障碍
治疗师：<<PERSON:s1_name>>（言语治疗师）    日期：<<DATE:d_visit>>

洼田饮水试验：3级（分两次以上咽下，有呛咳）。
反复唾液吞咽试验：30秒内2次。
进食评估：糊状食物（IDDSI 4级）可安全进食；稀流质呛咳明显。
构音评估：中度痉挛型构音障碍，言语清晰度约50%。
治疗：冰刺激、空吞咽训练、门德尔松手法、舌肌抗阻训练；发音训练"啊、衣、乌"。
宣教：已教会{j1_rel}<<PERSON:j1_nick>>配制增稠剂，喂食时半卧位≥60°，每口≤5ml。
备注：患者{j2_rel}<<PERSON:j2_name>>在外地（<<LOCATION:other_city>>）工作，要求每周视频沟通一次，联系方式<<PHONE:j2_mob>>。
下次吞咽造影检查：<<DATE:d_next>>，检查号<<ID:jc>>。
""",
    "ot_adl_record": """作业治疗（OT）评估与治疗记录
<<ORG:org_hosp>> 康复治疗部    OT治疗师：<<PERSON:s1_given>>（<<PERSON:s1_name>>）    督导：<<PERSON:s2_sur>>老师
患者：<<PERSON:pt_name>>    住院号：<<ID:zyh>>    床号：<<ID:bed>>    身份证：<<ID:rid>>
诊断：右桡骨远端骨折术后（<<DATE:d_op>>于<<ORG:org_hosp2>>行切开复位内固定）
评估日期：<<DATE:d_visit>>

手功能：握力 右8kg / 左24kg；捏力 右2kg；腕背伸AROM 35°，掌屈30°。
ADL：穿衣、梳洗需少量帮助；不能拧毛巾、开瓶盖。
职业：在<<ORG:org_company>>做会计，需长时间用电脑。
治疗：腕关节被动牵伸、分级抓握训练、橡皮泥训练、仿真家务训练；定制腕手矫形器（订单号<<ID:dd>>，由<<ORG:org_po>>制作）。
家庭作业：每天3组，每组10次。<<PERSON:pt_given>>说自己会坚持，{j1_rel}<<PERSON:j1_die>>会监督。
""",
    "nutrition_consult": """<<ORG:org_hosp>> 临床营养科会诊单
会诊单号：<<ID:hz>>    申请科室：康复科    申请医生：<<PERSON:s2_name>>    申请日期：<<DATE:d_prev>>
患者：<<PERSON:pt_name>>  {pt_sex}  <<AGE:pt_age>>岁  住院号：<<ID:zyh>>  床号：<<ID:bed>>
会诊目的：患者近1月体重下降5kg，进食差，请协助制定营养方案。

营养评估：身高158cm，体重41kg，BMI 16.4；NRS2002评分5分；白蛋白28g/L，前白蛋白120mg/L。
膳食调查：每日主食约150g，基本不吃肉，{j1_rel}<<PERSON:j1_name>>说{pt_ta}"只爱喝稀饭"。
营养诊断：中度营养不良，蛋白质-能量摄入不足。
建议：1. 匀浆膳+口服营养补充（ONS）每日2次，每次200ml；2. 增加优质蛋白（鸡蛋、鱼肉）；3. 每周测体重两次；4. 请营养科<<PERSON:s3_sur>>营养师<<DATE:d_next>>复评。
会诊医师：<<PERSON:s1_name>>（营养科）  联系电话：<<PHONE:clinic_ext>>
""",
    "dental_record": """<<ORG:org_dent>> 口腔科门诊病历
病历号：<<ID:ba>>    就诊日期：<<DATE:d_visit>>    医生：<<PERSON:s1_name>>    护士：<<PERSON:s4_xiao>>
患者：<<PERSON:pt_name>>  性别：{pt_sex}  出生日期：<<DATE:dob>>  电话：<<PHONE:pt_mob>>
身份证号：<<ID:rid>>

主诉：左下后牙咬物痛1月。
检查：36 远中邻牙合面深龋，探(+)，叩(±)，冷测一过性敏感；37 充填体边缘继发龋；46 缺失；18、28、38、48 未萌。牙周：全口牙石（+），BOP（+）。
X线：36 龋坏近髓，根尖周未见明显暗影。（影像号<<ID:jc>>）
诊断：36 深龋；37 继发龋；46 牙列缺损
处置：36 去腐，垫底，树脂充填；37 重新充填。建议46 种植或固定桥修复。
义齿加工单：46 临时冠，加工单号<<ID:dd>>，送<<ORG:org_lab>>，技师<<PERSON:s5_name>>，预计<<DATE:d_dm2>>返回。
医嘱：1周内避免患侧咬硬物。复诊请联系前台<<PERSON:s6_given>>，电话<<PHONE:clinic_tel>>。
""",
    "ortho_consent": """<<ORG:org_dent>> 口腔正畸治疗知情同意书
患者姓名：<<PERSON:pt_name>>    性别：{pt_sex}    年龄：<<AGE:pt_age>>岁    病历号：<<ID:ba>>
学校：<<ORG:org_school>>    监护人：<<PERSON:j1_name>>（{j1_rel}）  电话：<<PHONE:j1_mob>>
监护人身份证号：（略）    患者身份证号：<<ID:rid>>

诊断：安氏II类1分类错合，上前牙前突，深覆合III度，上牙列拥挤约4mm。
治疗方案：1. 拔除14、24、34、44；2. 上下颌直丝弓固定矫治（自锁托槽）；3. 预计疗程24~30个月；4. 矫治后佩戴保持器至少2年。
费用：28000元，可分期。
风险告知：牙根吸收、牙龈炎、脱矿白斑、复发等，已向患者及监护人详细说明。
小朋友小名<<PERSON:pt_die>>，比较怕疼，{j1_rel}要求第一次粘托槽时陪同。家长邮箱：<<EMAIL:j1_email>>
正畸医生：<<PERSON:s1_name>>    签字日期：<<DATE:d_visit>>
监护人签字：<<PERSON:j1_name>>    日期：<<DATE:d_visit2>>
""",
    "optometry_sheet": """<<ORG:org_opt>> 验光单
验光单号：<<ID:ys>>    日期：<<DATE:d_visit>>    验光师：<<PERSON:s1_name>>（工号<<ID:s1_gh>>）
姓名：<<PERSON:pt_name>>    年龄：<<AGE:pt_age>>    电话：<<PHONE:pt_mob>>    会员卡：<<ID:kh>>

|   | 球镜 | 柱镜 | 轴位 | 矫正视力 | 瞳距 | 下加光 |
| 右眼R | -3.25 | -0.75 | 180 | 1.0 | 32 | +2.00 |
| 左眼L | -2.75 | -0.50 | 175 | 1.0 | 31.5 | +2.00 |
眼压：R 15 mmHg，L 16 mmHg（非接触）。
建议：渐进多焦点镜片，初戴适应1~2周。
配镜：镜架型号及镜片订单号<<ID:dd>>，取镜日期<<DATE:d_dm2>>。
复核：<<PERSON:s2_name>>    顾客签名：<<PERSON:pt_name>>
备注：顾客由{j1_rel}<<PERSON:j1_given>>陪同，取镜时请通知<<PHONE:j1_mob>>。
""",
    "cataract_op_record": """<<ORG:org_hosp>> 眼科 手术记录
姓名：<<PERSON:pt_name>>    性别：{pt_sex}    年龄：<<AGE:pt_age>>岁    住院号：<<ID:zyh>>    床号：<<ID:bed>>
手术日期：<<DATE:d_visit>>    手术开始：{t1}    结束：{t2}
术前诊断：右眼年龄相关性白内障（核性）    术后诊断：同术前
手术名称：右眼超声乳化白内障吸除+人工晶状体植入术
术者：<<PERSON:s1_name>>    一助：<<PERSON:s3_name>>    器械护士：<<PERSON:s4_name>>    麻醉：表面麻醉
人工晶状体：+21.5D，序列号<<ID:dev>>，批号<<ID:lot>>（条码已贴于病历背面）
手术经过：常规消毒铺巾，开睑器开睑，11点位透明角膜切口，连续环形撕囊约5.5mm，水分离，超声乳化吸除晶状体核，I/A吸除残余皮质，囊袋内植入人工晶状体，位正，水密切口。术毕结膜囊涂妥布霉素地塞米松眼膏，包眼。
术中情况：顺利，后囊完整。
患者术后由{j1_rel}<<PERSON:j1_name>>陪护，已告知次日<<DATE:d_dm2>>上午8点复查。
记录者：<<PERSON:s3_sur>>医生  <<DATE:d_visit2>>
""",
    "hearing_aid_fitting": """<<ORG:org_aud>> 听力检测及助听器验配记录
顾客：<<PERSON:pt_name>>    年龄：<<AGE:pt_age>>岁    电话：<<PHONE:pt_tel>>    地址：<<ADDRESS:pt_addr>>
身份证：<<ID:rid>>    残疾证：无    检测日期：<<DATE:d_prev>>
听力师：<<PERSON:s1_name>>（国家职业资格证书编号<<ID:s1_zy>>）

纯音测听：右耳平均听阈 62dB HL，左耳 58dB HL，双耳感音神经性听力损失（中重度）。
言语识别率：右68%，左72%。鼓室图：双耳A型。
验配：双耳耳背式助听器，右耳序列号<<ID:sn_r>>，左耳序列号<<ID:sn_l>>，保修至<<DATE:d_exp>>。
验配日期：<<DATE:d_visit>>。真耳测试已完成，言语香蕉图补偿良好。
备注：老人平时由{j1_rel}<<PERSON:j1_nick>>照顾，电池更换已教会{j1_ta}。老人说"听<<PERSON:j2_given>>（老伴）讲话最吃力"。
复调日期：<<DATE:d_next>>。
""",
    "prosthesis_order": """<<ORG:org_po>> 假肢矫形器订制单
订单号：<<ID:dd>>    下单日期：<<DATE:d_prev>>    交付日期：<<DATE:d_next>>
客户：<<PERSON:pt_name>>    性别：{pt_sex}    年龄：<<AGE:pt_age>>    电话：<<PHONE:pt_mob>>
身份证号：<<ID:rid>>    地址：<<ADDRESS:pt_addr_full>>
处方医院：<<ORG:org_hosp>>    处方医生：<<PERSON:s2_name>>

产品：左小腿假肢（PTB全接触式接受腔，硅胶内衬套，储能脚）
取型：<<DATE:d_visit>>，石膏取型，取型师<<PERSON:s1_name>>
试样：<<DATE:d_dm2>>    技师：老<<PERSON:s3_sur>>（接受腔）、<<PERSON:s5_name>>（组装）
部件：储能脚 序列号<<ID:sn_l>>；硅胶套 批号<<ID:lot>>；连接件 序列号<<ID:dev>>
残肢情况：残肢长度约14cm，残端皮肤愈合良好，轻度水肿。
评估报告发送邮箱：<<EMAIL:clinic_email>>
付款：残联补助（联系人<<PERSON:x1_name>>，<<PHONE:x1_mob>>）+ 自付部分。
备注：客户{j1_rel}<<PERSON:j1_name>>负责接送，路远（<<LOCATION:pt_town>>），请提前一天电话确认。
""",
    "ems_120_record": """<<ORG:org_120>> 院前急救出车记录
任务单号：<<ID:rw>>    车辆：<<ID:car_no>>（车牌<<ID:plate>>）    日期：<<DATE:d_visit>>
受理时间：{t1}  出车时间：{t2}  到达现场：{t3}  离开现场：{t4}  到达医院：{t5}
出诊医生：<<PERSON:s1_name>>    护士：<<PERSON:s4_name>>    驾驶员：<<PERSON:s5_sur>>师傅    担架员：<<PERSON:s6_given>>
呼救电话：<<PHONE:j1_mob>>    呼救人：<<PERSON:j1_name>>（{j1_rel}）
现场地址：<<ADDRESS:scene_addr>>

患者：<<PERSON:pt_name>>  {pt_sex}  <<AGE:pt_age>>岁  身份证号：<<ID:rid>>
主诉（代诉）：突发意识不清30分钟。
现场查体：T 36.8℃，P 112次/分，R 24次/分，BP 186/104mmHg，SpO2 92%；GCS 9分（E2V2M5），右侧肢体肌力0级，双瞳不等大（左3mm，右2.5mm）。
初步诊断：脑卒中？
处置：吸氧、建立静脉通道、心电监护、保持呼吸道通畅，途中通知卒中中心绿色通道。
送往医院：<<ORG:org_hosp>>急诊，交接医生<<PERSON:s2_name>>，交接时间{t5}。
备注：患者邻居<<PERSON:x1_sur>>{x1_daye}协助搬运；家属<<PERSON:j1_given>>随车。
""",
    "community_pharmacy_consult": """<<ORG:org_pharm>> 药学服务/用药咨询记录
日期：<<DATE:d_visit>> {t1}    咨询药师：<<PERSON:s1_name>>（执业药师注册证号<<ID:s1_zy>>）
顾客：<<PERSON:pt_name>>    年龄：<<AGE:pt_age>>    电话：<<PHONE:pt_mob>>    医保卡号：<<ID:yb>>
处方来源：<<ORG:org_sq>>，处方号<<ID:cf>>，开方医生<<PERSON:s2_name>>

用药清单：氨氯地平片5mg qd；二甲双胍缓释片0.5g bid；阿托伐他汀钙片20mg qn；自购：复方丹参滴丸、某品牌"降压茶"。
咨询问题：<<PERSON:pt_sur>>{pt_xs}问"降压茶"能否和降压药一起喝；另诉服二甲双胍后胃不舒服。
药师建议：1. 保健茶成分不明，建议停用，并带包装给社区医生看；2. 二甲双胍随餐服用；3. 每周测2次血压，记在本子上。
随访：<<DATE:d_next>>电话随访。顾客{j1_rel}<<PERSON:j1_name>>电话<<PHONE:j1_mob>>（同住）。
""",
    "herb_dispensing_check": """中药饮片调剂/复核记录    <<ORG:org_tcm>> 中药房
日期：<<DATE:d_visit>>    班次：白班

| 序号 | 处方号 | 患者 | 剂数 | 调剂 | 复核 | 发药 | 备注 |
| 1 | <<ID:cf>> | <<PERSON:pt_name>> | 7 | <<PERSON:s4_sur>> | <<PERSON:s5_name>> | <<PERSON:s6_given>> | 附子先煎1小时 |
| 2 | <<ID:cf2>> | <<PERSON:x1_name>> | 14 | <<PERSON:s4_sur>> | <<PERSON:s5_name>> | <<PERSON:s6_given>> | 代煎（代煎单<<ID:dj>>） |
| 3 | <<ID:x2_mzh>> | <<PERSON:x2_name>> | 5 | <<PERSON:s6_given>> | <<PERSON:s5_name>> | <<PERSON:s4_sur>> | 患者要求打粉 |

问题记录：1号处方中"细辛6g"超《药典》常用量，已电话联系开方医师<<PERSON:s1_name>>（分机<<PHONE:s1_ext>>）确认并双签。
患者<<PERSON:pt_name>>（身份证<<ID:rid>>）由其{j1_rel}<<PERSON:j1_name>>代取，已交代煎服方法。
""",
    "sports_medicine_clinic": """<<ORG:org_hosp>> 运动医学科门诊记录
姓名：<<PERSON:pt_name>>（英文名/拼音：<<PERSON:pt_pyc>>）    年龄：<<AGE:pt_age>>岁    运动员注册号：<<ID:ydy>>
单位：<<ORG:org_team>>    项目：游泳（自由泳）    教练：<<PERSON:x1_name>>    队医：<<PERSON:s3_name>>
联系电话：<<PHONE:pt_mob>>    就诊日期：<<DATE:d_visit>>    门诊号：<<ID:mzh>>

主诉：右肩痛2个月，训练量增加后加重。
查体：右肩Neer征(+)，Hawkins征(+)，空罐试验(±)，肩胛骨运动障碍。
MRI（<<DATE:d_prev>>，检查号<<ID:jc>>）：冈上肌腱病，无全层撕裂。
诊断：右肩峰下撞击综合征
处理：1. 训练量减半2周；2. 肩袖及肩胛稳定性训练（由康复师<<PERSON:s4_name>>指导）；3. 冲击波治疗每周1次×4次；4. 体外冲击波后冰敷。
已与<<PERSON:x1_sur>>教练电话沟通（<<PHONE:x1_mob>>），<<DATE:d_next>>复查后决定能否参加比赛。
接诊医生：<<PERSON:s1_name>>  签名：<<PERSON:s1_pyl>>  邮箱：<<EMAIL:s1_email>>
""",
    "diabetic_foot_care": """糖尿病足护理/足病门诊记录    <<ORG:org_hosp>> 内分泌科足病门诊
患者：<<PERSON:pt_name>>    性别：{pt_sex}    年龄：<<AGE:pt_age>>    病案号：<<ID:ba>>
身份证号：<<ID:rid>>    电话：<<PHONE:pt_tel>>    住址：<<ADDRESS:pt_addr>>
就诊日期：<<DATE:d_visit>>    足病师：<<PERSON:s1_name>>    护士：<<PERSON:s4_xiao>>

足部检查：左足第一跖骨头处溃疡1.5cm×1.0cm，基底红润，少量渗出，无异味；Wagner 2级。足背动脉左侧减弱。10g尼龙丝试验左足3/10。
处理：清创、藻酸盐敷料、减压鞋垫（订单号<<ID:dd>>）。
教育：每日检查双足，不可赤足行走，不用热水泡脚。患者的{j1_rel}<<PERSON:j1_name>>负责每日换药，已示范。
下次换药：<<DATE:d_dm2>>（社区：<<ORG:org_sq>>，<<PERSON:s5_name>>护士）。
""",
    "wechat_rehab_group": """【微信群聊记录导出】"<<ORG:org_hosp>>康复随访群（3）"
<<DATE:d_prev>> {t1}
<<PERSON:s1_name>>（康复科治疗师）：@<<PERSON:j1_name>> <<PERSON:pt_sur>>{pt_ayi}这周在家练得怎么样？有没有视频发一下
<<DATE:d_prev>> {t2}
<<PERSON:j1_nick>>（<<PERSON:pt_name>>家属）：[视频] 今天扶着床栏能站5分钟了，就是左腿还是发抖
<<DATE:d_prev>> {t3}
<<PERSON:s1_name>>（康复科治疗师）：进步很大👍 发抖是肌力不够，继续做坐站转移，每天3组。下周<<DATE:d_dm2>>回来复评，记得带上住院号<<ID:zyh>>的出院小结
<<DATE:d_prev>> {t4}
<<PERSON:x1_name>>：请问<<PERSON:s1_sur>>老师，我爸的助行器在哪里买？
<<DATE:d_prev>> {t5}
<<PERSON:s2_name>>（护士长）：@<<PERSON:x1_name>> 可以去<<ORG:org_po>>，地址<<ADDRESS:clinic_addr>>，电话<<PHONE:clinic_tel>>，报<<PERSON:s1_sur>>老师名字有折扣
<<DATE:d_prev>> {t6}
<<PERSON:j1_nick>>（<<PERSON:pt_name>>家属）：好的谢谢！另外<<PERSON:pt_given>>想问问<<PERSON:s3_sur>>医生针灸能不能一起做
<<DATE:d_prev>> {t7}
<<PERSON:s1_name>>（康复科治疗师）：可以的，我帮你约，<<PERSON:s3_sur>>医生周三上午在。随访问卷也麻烦填一下：<<URL:url>>
""",
    "phone_followup_table": """<<ORG:org_tcm>> 康复科出院患者电话随访登记表    随访人：<<PERSON:s1_name>>    随访日期：<<DATE:d_visit>>

| 姓名 | 住院号 | 年龄 | 联系人 | 电话 | 随访内容 | 结果 |
| <<PERSON:pt_name>> | <<ID:zyh>> | <<AGE:pt_age>> | <<PERSON:j1_name>>（{j1_rel}） | <<PHONE:j1_mob>> | 步行、服药、跌倒 | 能独立室内步行，无跌倒；<<DATE:d_next>>门诊复查 |
| <<PERSON:x1_name>> | <<ID:x1_zyh>> | <<AGE:x1_age>> | 本人 | <<PHONE:x1_mob>> | 吞咽、饮食 | 可进软食，偶有呛咳，建议复查 |
| <<PERSON:x2_name>> | <<ID:x2_zyh>> | <<AGE:x2_age>> | 女儿 | <<PHONE:x2_mob>> | 针灸疗程 | 电话未接通，<<DATE:d_dm2>>再联系 |
| <<PERSON:x3_name>> | <<ID:x3_zyh>> | <<AGE:x3_age>> | 护工<<PERSON:j2_sur>>{j2_ayi} | <<PHONE:x3_mob>> | 压疮 | 骶尾部压疮愈合 |
备注：<<PERSON:pt_name>>（身份证<<ID:rid>>）家属反映家中卫生间无扶手，已建议联系社区适老化改造。
""",
    "medical_insurance_settlement": """门诊慢特病费用结算单（<<LOCATION:pt_city>>）
结算单号：<<ID:jsd>>    结算日期：<<DATE:d_visit>>    定点机构：<<ORG:org_tcm>>
参保人：<<PERSON:pt_name>>    性别：{pt_sex}    出生日期：<<DATE:dob>>
公民身份号码：<<ID:rid>>    医保编号：<<ID:yb>>    社保卡号：<<ID:sb>>
参保地：<<LOCATION:pt_city>>    病种：脑卒中后遗症（康复治疗）
项目明细：
  针刺（电针）    10次    300.00
  推拿治疗        10次    400.00
  中药饮片        14剂    532.40
  作业疗法        10次    350.00
合计：1582.40    统筹支付：1107.68    个人自付：474.72
经办人：<<PERSON:s6_name>>    发票号：<<ID:fp>>    打印时间：<<DATE:d_visit2>> {t1}
""",
    "home_rehab_visit": """家庭病床/上门康复服务记录    <<ORG:org_sq>>
服务对象：<<PERSON:pt_name>>  <<AGE:pt_age>>岁  {pt_sex}    建床号：<<ID:ba>>    身份证：<<ID:rid>>
地址：<<ADDRESS:village_addr>>（<<LOCATION:pt_town>>）    联系电话：<<PHONE:pt_tel>> / <<PHONE:j1_mob>>（{j1_rel}<<PERSON:j1_given>>）
签约家庭医生：<<PERSON:s2_name>>    康复治疗师：<<PERSON:s1_name>>    上门日期：<<DATE:d_visit>>

情况：老人髋部骨折术后3个月，卧床为主，能在床边坐10分钟。老伴<<PERSON:j2_name>>（<<AGE:j2_age>>岁）身体也不好。
训练：床上桥式运动、踝泵、床边坐位平衡、辅助站立。
环境改造建议：床边加扶手，卫生间防滑垫，夜间小夜灯。
下次上门：<<DATE:d_next>>。村医<<PERSON:x1_name>>（<<PHONE:x1_mob>>）每周测一次血压。
治疗师签名：<<PERSON:s1_name>>    家属签名：<<PERSON:j1_name>>
""",
    "rehab_ward_handover": """<<ORG:org_hosp>> 康复医学科 护理交接班记录    日期：<<DATE:d_visit>>    白班→夜班
交班：<<PERSON:s4_name>>    接班：<<PERSON:s5_name>>    护士长：<<PERSON:s2_sur>>护士长

<<ID:bed>>床 <<PERSON:pt_name>>，<<AGE:pt_age>>岁，脑梗死，住院号<<ID:zyh>>。今日PT、OT各1次，下午在<<PERSON:s1_sur>>老师指导下站立30分钟。夜间注意防跌倒，床栏拉起。家属<<PERSON:j1_xiao>>（{j1_rel}）陪护，电话<<PHONE:j1_mob>>。
<<ID:x1_bed>>床 <<PERSON:x1_name>>，<<AGE:x1_age>>岁，脊髓损伤，间歇导尿q4h，今日尿量1600ml。
<<ID:x2_bed>>床 <<PERSON:x2_sur>>{x2_daye}（<<PERSON:x2_name>>），<<AGE:x2_age_cn>>岁，下午针灸后诉头晕，测BP 150/90，已告知值班医生<<PERSON:s3_name>>，嘱观察。
<<ID:x3_bed>>床 <<PERSON:x3_name>>，新入院，明日空腹抽血，标本条码<<ID:tm>>已贴。
""",
    "referral_form": """双向转诊单（上转）    转诊单号：<<ID:zz>>
转出单位：<<ORG:org_sq>>    转入单位：<<ORG:org_hosp>> 康复医学科
患者姓名：<<PERSON:pt_name>>    性别：{pt_sex}    年龄：<<AGE:pt_age>>    身份证号：<<ID:rid>>
家庭住址：<<ADDRESS:pt_addr_full>>    联系电话：<<PHONE:pt_mob>>
初步诊断：腰椎间盘突出症（L4/5），右下肢放射痛
转诊原因：社区针灸推拿治疗4周（<<DATE:d_prev2>>至<<DATE:d_prev>>），症状改善不明显，右足背麻木加重，建议上级医院进一步检查（MRI）及康复评估。
主要检查结果：直腿抬高试验右40°(+)，右拇背伸肌力4级。
已用药：塞来昔布胶囊0.2g qd，甲钴胺片0.5mg tid。
转诊医生：<<PERSON:s1_name>>    联系电话：<<PHONE:clinic_tel>>    转诊日期：<<DATE:d_visit>>
接诊医生（签收）：<<PERSON:s2_sur>>    预约号：<<ID:yy>>
影像资料已上传：<<URL:url_intranet>>，如无法打开请发邮件至<<EMAIL:s2_email>>。
""",
    "voice_dictation_record": """【语音录入病历（未校对）】 录入时间：<<DATE:d_visit>> {t1}    录入人：<<PERSON:s1_py>>
患者<<PERSON:pt_typo>>，不对，是<<PERSON:pt_name>>，住院号<<ID:zyh>>，今天是第十二次针灸治疗，患者自诉腰痛较前明显减轻，可以自己下楼买菜了，逗号，{j1_rel}<<PERSON:j1_typo>>说{pt_ta}昨天晚上睡得比较好，句号。
查体腰部压痛减轻，直腿抬高右侧六十度，左侧正常。治疗继续取肾俞、大肠俞、委中、阿是穴，电针二十分钟，加拔罐，句号。
另外请<<PERSON:s2_typo>>，应该是<<PERSON:s2_name>>主任明天查房的时候看一下{pt_ta}的片子，检查号<<ID:jc>>，句号。
下次治疗时间<<DATE:d_dm2>>上午，换行。治疗师<<PERSON:s1_name>>。
""",
    "child_language_eval": """<<ORG:org_hosp>> 儿童康复科 语言发育评估报告
儿童姓名：<<PERSON:pt_name>>    小名：<<PERSON:pt_die>>    性别：{pt_sex}    年龄：<<AGE:pt_age>>岁
出生日期：<<DATE:dob>>    身份证号：<<ID:rid>>    就诊卡号：<<ID:card>>
幼儿园：<<ORG:org_kg>>，班主任<<PERSON:x1_sur>>老师
家长：<<PERSON:j1_name>>（{j1_rel}）电话<<PHONE:j1_mob>>；<<PERSON:j2_name>>（{j2_rel}）
评估日期：<<DATE:d_visit>>    评估师：<<PERSON:s1_name>>

S-S语言发育迟缓评价：阶段3-2（相当于2岁半水平）。
表现：能说双词句"妈妈抱""吃饭饭"，能听懂简单指令，不能回答"谁""在哪里"问题；构音：/g/、/k/发成/d/、/t/。
印象：语言发育迟缓（表达性为主）。
建议：1. 每周2次语言训练（由<<PERSON:s3_name>>老师负责）；2. 家长多与孩子对话，减少电子屏幕时间；3. <<DATE:d_rev>>复评。
""",
    "tcm_constitution_checkup": """<<ORG:org_sq>> 中医药健康管理服务记录表（老年人中医体质辨识）
编号：<<ID:ba>>    姓名：<<PERSON:pt_name>>    年龄：<<AGE:pt_age>>    身份证号：<<ID:rid>>
联系电话：<<PHONE:pt_tel>>    家庭住址：<<ADDRESS:pt_addr>>    填表日期：<<DATE:d_visit>>
辨识结果：气虚质（转化分52），兼阳虚质倾向（转化分38）
保健指导：1. 情志调摄：多参加社区活动；2. 饮食调养：山药、大枣、黄芪炖鸡；3. 起居调摄：避风寒，早睡；4. 运动保健：八段锦、太极拳，每周不少于5次；5. 穴位保健：足三里、气海艾灸。
备注：<<PERSON:pt_sur>>{pt_daye}年纪大了，由{j1_rel}<<PERSON:j1_name>>代答部分问题。老人说老家在<<LOCATION:hometown>>，年轻时在<<ORG:org_company>>上班。
医生签名：<<PERSON:s1_name>>    下次体质辨识：明年
""",
    "pediatric_tuina": """小儿推拿治疗记录    <<ORG:org_clinic>>
宝宝姓名：<<PERSON:pt_name>>（乳名<<PERSON:pt_die>>）    性别：{pt_sex}    年龄：<<AGE:pt_age>>岁    出生日期：<<DATE:dob>>
家长：<<PERSON:j1_name>>    电话：<<PHONE:j1_mob>>    推拿师：<<PERSON:s1_sur>>老师（<<PERSON:s1_name>>）
诊断：小儿积滞（脾虚夹积）；夜啼
| 日期 | 手法 | 宝宝反应 | 家长反馈 | 推拿师 |
| <<DATE:d_seq1>> | 补脾经300次、清大肠200次、揉板门、摩腹5分钟、捏脊5遍 | 哭闹 | 当晚大便1次 | <<PERSON:s1_sur>> |
| <<DATE:d_seq2>> | 同上，加清肝经、掐揉小天心 | 较配合 | 夜醒减少为2次 | <<PERSON:s1_sur>> |
| <<DATE:d_visit2>> | 同上 | 睡着了 | 胃口好转，外婆说<<PERSON:pt_xiao>>"能吃一小碗饭了" | 小<<PERSON:s2_sur>> |
医嘱：饮食清淡，少吃零食，<<DATE:d_dm2>>再来。
""",
}


# ---------------------------------------------------------------------------------------------
# Per-template settings and the generator
# ---------------------------------------------------------------------------------------------
# Professions of staff s1..s6 (for registration-number formats); unlisted staff are "PT".
_EN_PROFS: Final[dict[str, tuple[str, ...]]] = {
    "us_pt_daily_soap": ("PT", "MED", "PT"),
    "us_slp_swallow_eval": ("SLT", "MED"),
    "us_ems_pcr": ("PARA", "RN", "PARA"),
    "us_compounding_record": ("PHARM", "POD", "PHARM", "PHARM"),
    "us_audiology_fitting": ("AUD",),
    "us_dietitian_telehealth": ("DT", "MED"),
    "uk_podiatry_gp_letter": ("POD", "MED", "PO", "RN", "POD"),
    "uk_cataract_clinic_letter": ("MED", "MED", "ORTH", "RN"),
    "uk_dental_chart": ("DEN", "DEN", "DEN", "RN"),
    "uk_prosthetics_job_card": ("PO", "PO"),
    "uk_rugby_injury_log": ("PT", "MED"),
    "au_ambulance_epcr": ("PARA", "RN", "PARA"),
    "au_ndis_ot_fca": ("OT",),
    "au_orthodontic_plan": ("DEN", "DEN", "DEN"),
    "au_dva_podiatry": ("POD", "MED"),
    "au_hearing_services_summary": ("AUD",),
    "au_pharmacist_hmr": ("PHARM", "MED", "MED"),
    "au_optometrist_referral": ("OPT", "MED"),
    "nz_slt_progress_report": ("SLT",),
    "nz_retinal_screening_recall": ("OPT",),
    "my_rehab_discharge_summary": ("PT", "MED", "OT", "DT", "SLT"),
    "my_dental_referral": ("DEN",),
    "my_pharmacy_whatsapp": ("PHARM", "MED"),
    "my_myopia_control_record": ("OPT",),
}
_EN_AGE_BANDS: Final[dict[str, tuple[int, int]]] = {
    "us_sports_med_rtp": (14, 18),
    "au_orthodontic_plan": (9, 15),
    "nz_slt_progress_report": (4, 11),
    "my_myopia_control_record": (6, 14),
    "au_ndis_ot_fca": (18, 64),
    "uk_rugby_injury_log": (17, 38),
    "nz_acc_physio_request": (19, 64),
    "my_dental_referral": (24, 60),
    "us_audiology_fitting": (70, 104),
    "au_dva_podiatry": (75, 104),
    "au_hearing_services_summary": (66, 104),
    "au_pharmacist_hmr": (65, 104),
    "uk_dietetics_ward_handover": (70, 104),
    "us_slp_swallow_eval": (65, 104),
    "uk_cataract_clinic_letter": (55, 104),
}
_ZH_AGE_BANDS: Final[dict[str, tuple[int, int]]] = {
    "ortho_consent": (10, 16),
    "child_language_eval": (2, 6),
    "pediatric_tuina": (1, 6),
    "sports_medicine_clinic": (13, 30),
    "home_rehab_visit": (68, 104),
    "hearing_aid_fitting": (60, 104),
    "tcm_constitution_checkup": (65, 104),
    "ot_adl_record": (25, 60),
    "cataract_op_record": (55, 104),
    "medical_insurance_settlement": (45, 104),
    "optometry_sheet": (40, 104),
}


def generate_blind19(language: str, count: int) -> list[SynthNote]:
    """``count`` notes; note ``i`` uses the ``i``-th template in sorted name order (round robin),
    its own ``random.Random(f"{BLIND19_SEED}:{language}:{i}")`` and Fakers seeded from it."""
    if language not in ("en", "zh"):
        raise ValueError(f"unsupported language {language!r}; expected 'en' or 'zh'")
    templates = EN_BLIND19_TEMPLATES if language == "en" else ZH_BLIND19_TEMPLATES
    names = sorted(templates)
    notes: list[SynthNote] = []
    for i in range(count):
        name = names[i % len(names)]
        rng = random.Random(f"{BLIND19_SEED}:{language}:{i}")
        if language == "en":
            values, known = _en_values(rng, name.split("_", 1)[0], _EN_AGE_BANDS.get(name), _EN_PROFS.get(name, ()))
        else:
            values, known = _zh_values(rng, _ZH_AGE_BANDS.get(name))
        text, spans = render(templates[name], values, age_of=blind19_age_of)
        notes.append(
            SynthNote(
                note_id=f"{BLIND19_SPLIT}-{language}-{i + 1:04d}",
                split=BLIND19_SPLIT,
                language=language,
                template=name,
                text=text,
                spans=spans,
                known=tuple(known),
            )
        )
    return notes
