# ruff: noqa: E501
"""Blind evaluation set 21: public health, outbreaks and disasters.

Theme: notifiable-disease reports, contact-tracing interviews, vaccination campaign rosters,
port-health and quarantine forms, TB and STI partner notification, environmental-health
complaints, food-poisoning investigations, mass-casualty triage tags and casualty lists,
evacuation-centre registers, missing-persons / family-reunification lists and heat-wave welfare
checks. English notes are set in the US, the UK, Australia, India and Ghana; Chinese notes are
mainland ones (传染病报告卡、流调报告、密接追踪、预防接种登记、出入境检疫、结核病随访、食物中毒调查、
突发事件伤员名单、安置点登记、寻亲登记).

Written blind: the author saw only the template format of ``synth.py``, ``KnownIdentifier`` and the
structure test, never the de-identifier, its recognisers, word lists or scores. Do not tune the
de-identifier against these templates; they exist to measure it honestly.

Gold conventions (those of ``synth.py``): ``<<KIND:key>>`` is a gold span, ``{key}`` is filler.
PERSON is every person's name in any form (patients, relatives, contacts, staff, anyone), with
titles and roles outside the span (Dr, Mr, Sister, RN, MD, 医生, 护士, 老师, 主任, 阿姨, 师傅); the
老/小 prefix of a surname stays outside and the surname alone is gold, while a nickname built on a
given-name character (小娟, 阿芳, 娟娟) is one span. ID covers record, case, claim, order, referral,
reference, specimen/accession, staff/badge/licence, triage-tag, passport, plate, insurance and
device serial numbers (住院号、门诊号、床号、医保号、病案号 …). PHONE covers phones and faxes; EMAIL,
URL and ADDRESS (street addresses, postcodes, Ghana digital addresses) as usual. LOCATION is a city,
town, suburb, district or village below state/province level (countries, states, provinces and
regions are not gold). DATE is any date carrying a day or a month (times, weekdays and bare years are
not gold). AGE is gold only for 90 or more (younger ages are rendered but not gold). ORG is a named
local facility or firm (hospitals, clinics, local health offices, restaurants, caterers, shelters,
schools, firms); national agencies and programmes, drugs, doses, lab values, scores, ICD codes and
eponyms are not gold. Each Chinese record holds exactly one valid 18-digit resident ID, the
patient's. ``known`` holds what the patient's record holds.
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
    "BLIND21_SEED",
    "BLIND21_SPLIT",
    "EN_BLIND21_TEMPLATES",
    "ZH_BLIND21_TEMPLATES",
    "blind21_age_of",
    "generate_blind21",
]

BLIND21_SEED: Final = 47310926
BLIND21_SPLIT: Final = "blind21"

# ---------------------------------------------------------------------------------------------
# Ages: digits, English words, Chinese numerals
# ---------------------------------------------------------------------------------------------
_EN_ONES: Final = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_EN_TENS: Final = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ZH_DIGITS: Final = "零一二三四五六七八九"


def _en_words(n: int) -> str:
    if n < 20:
        return _EN_ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _EN_TENS[tens] + (f"-{_EN_ONES[ones]}" if ones else "")
    hundreds, rest = divmod(n, 100)
    head = f"{_EN_ONES[hundreds]} hundred"
    return head + (f" and {_en_words(rest)}" if rest else "")


def _zh_number(n: int) -> str:
    if n < 10:
        return _ZH_DIGITS[n]
    if n < 20:
        return "十" + (_ZH_DIGITS[n - 10] if n > 10 else "")
    if n < 100:
        tens, ones = divmod(n, 10)
        return _ZH_DIGITS[tens] + "十" + (_ZH_DIGITS[ones] if ones else "")
    hundreds, rest = divmod(n, 100)
    head = _ZH_DIGITS[hundreds] + "百"
    if rest == 0:
        return head
    if rest < 10:
        return head + "零" + _ZH_DIGITS[rest]
    tens, ones = divmod(rest, 10)
    return head + _ZH_DIGITS[tens] + "十" + (_ZH_DIGITS[ones] if ones else "")


def _parse_zh(text: str) -> int:
    digits = {c: i for i, c in enumerate(_ZH_DIGITS)} | {"两": 2, "〇": 0}
    total = 0
    current = 0
    for ch in text:
        if ch in digits:
            current = digits[ch]
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            raise ValueError("not a Chinese numeral")
    return total + current


def _parse_en(text: str) -> int:
    words = re.split(r"[\s-]+", text.lower().strip())
    values = {w: i for i, w in enumerate(_EN_ONES)} | {w: 10 * i for i, w in enumerate(_EN_TENS) if w}
    total = 0
    current = 0
    seen = False
    for word in words:
        if word in ("and", ""):
            continue
        if word == "a":
            current = 1
            continue
        if word == "hundred":
            total += (current or 1) * 100
            current = 0
            seen = True
            continue
        if word not in values:
            raise ValueError("not an English number")
        current += values[word]
        seen = True
    if not seen:
        raise ValueError("not an English number")
    return total + current


def blind21_age_of(value: str) -> int:
    """Read an ``<<AGE:…>>`` value: digits (``93``), English words (``ninety-three``) or Chinese (``九十三``)."""
    text = value.strip()
    if text.isdigit():
        return int(text)
    if re.search(r"[零一二三四五六七八九十百两〇]", text):
        return _parse_zh(text.removesuffix("岁").removesuffix("周岁"))
    return _parse_en(text)


# ---------------------------------------------------------------------------------------------
# Shared helpers
# ---------------------------------------------------------------------------------------------
def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and c.isalpha())


def _typo(rng: random.Random, word: str) -> str:
    letters = [i for i in range(1, len(word) - 1) if word[i].isalpha() and word[i + 1].isalpha()]
    if len(word) >= 4 and letters:
        i = rng.choice(letters)
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if word and word[-1].isalpha():
        return word + word[-1]
    return word + "e"


def _day_between(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _en_date(rng: random.Random, d: dt.date, country: str) -> str:
    us = country == "us"
    styles: list[Callable[[], str]] = [
        lambda: d.isoformat(),
        lambda: f"{d:%d %B %Y}".lstrip("0"),
        lambda: f"{d:%d-%b-%Y}",
        lambda: f"{d:%d-%b-%y}".upper(),
        lambda: f"{_ordinal(d.day)} {d:%B}",
        lambda: f"{d:%d %b}",
    ]
    if us:
        styles += [
            lambda: f"{d.month}/{d.day}/{d:%Y}",
            lambda: f"{d:%m/%d/%y}",
            lambda: f"{d:%B} {d.day}, {d:%Y}",
            lambda: f"{d:%b} {_ordinal(d.day)}",
            lambda: f"{d.month}/{d.day}",
        ]
    else:
        styles += [
            lambda: f"{d:%d/%m/%Y}",
            lambda: f"{d.day}/{d.month}/{d:%y}",
            lambda: f"{d:%d.%m.%Y}",
            lambda: f"{d.day}/{d.month}",
            lambda: f"{_ordinal(d.day)} of {d:%B}",
        ]
    return rng.choice(styles)()


def _zh_date(rng: random.Random, d: dt.date) -> str:
    styles: list[Callable[[], str]] = [
        lambda: f"{d.year}年{d.month}月{d.day}日",
        lambda: f"{d.year}年{d.month:02d}月{d.day:02d}日",
        lambda: d.isoformat(),
        lambda: f"{d.year}/{d.month}/{d.day}",
        lambda: f"{d.year}.{d.month:02d}.{d.day:02d}",
        lambda: f"{d.month}月{d.day}日",
        lambda: f"{d.month}月{d.day}号",
        lambda: f"{d:%Y%m%d}",
    ]
    return rng.choice(styles)()


def _age(rng: random.Random, elderly: bool = False) -> int:
    if rng.random() < (0.35 if elderly else 0.14):
        return rng.randint(90, 104)
    return rng.randint(68, 89) if elderly else rng.randint(1, 88)


_CHILD_WORDS: Final = ("vax", "polio", "hfmd", "school", "vaccination")
_ELDERLY_WORDS: Final = ("heat", "flu_cluster")
_ADULT_WORDS: Final = (
    "sti",
    "tb",
    "hiv",
    "mpox",
    "brucellosis",
    "port",
    "ndr",
    "dengue",
    "qfever",
    "complaint",
    "epi_investigation",
    "food",
    "legionella",
)


def _profile(template_name: str) -> str:
    """Which ages suit the patient of a template: a child, an elderly person, an adult or anyone."""
    if "hfmd" in template_name:
        return "infant"
    if any(word in template_name for word in _CHILD_WORDS):
        return "child"
    if any(word in template_name for word in _ELDERLY_WORDS):
        return "elderly"
    if any(word in template_name for word in _ADULT_WORDS):
        return "adult"
    return "any"


def _patient_age(rng: random.Random, profile: str) -> int:
    if profile == "child":
        return rng.randint(1, 12)
    if profile == "infant":
        return rng.randint(1, 5)
    if profile == "elderly":
        return _age(rng, elderly=True)
    age = _age(rng)
    return max(age, rng.randint(18, 40)) if profile == "adult" else age


def _en_age_text(rng: random.Random, age: int) -> str:
    return _en_words(age) if rng.random() < 0.25 else str(age)


def _zh_age_text(rng: random.Random, age: int) -> str:
    return _zh_number(age) if rng.random() < 0.3 else str(age)


def _birth(rng: random.Random, age: int, ref: dt.date) -> dt.date:
    year = ref.year - age - (1 if rng.random() < 0.5 else 0)
    return _day_between(rng, dt.date(year, 1, 1), dt.date(year, 12, 28))


# ---------------------------------------------------------------------------------------------
# English names
# ---------------------------------------------------------------------------------------------
_POOLS: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "gh": (
        (
            "Kwame",
            "Kofi",
            "Kwabena",
            "Kwaku",
            "Yaw",
            "Kojo",
            "Kwesi",
            "Ama",
            "Akua",
            "Yaa",
            "Adwoa",
            "Efua",
            "Esi",
            "Abena",
            "Akosua",
            "Afua",
            "Nana Yaa",
            "Selasi",
            "Elikem",
            "Mawuli",
            "Dzifa",
            "Fuseini",
            "Abdul-Rahman",
            "Mariama",
            "Alhassan",
            "Ekow",
            "Araba",
            "Naa Adjeley",
            "Nii Armah",
            "Mawunyo",
            "Wumpini",
            "Gifty",
            "Ebenezer",
        ),
        (
            "Mensah",
            "Owusu",
            "Boateng",
            "Asante",
            "Osei",
            "Agyeman",
            "Appiah",
            "Darko",
            "Quaye",
            "Tetteh",
            "Addo",
            "Amankwah",
            "Ofori-Atta",
            "Danquah",
            "Quarshie",
            "Agyei-Mensah",
            "Nkansah",
            "Antwi",
            "Sarpong",
            "Adjei",
            "Dery",
            "Issahaku",
            "Abubakari",
            "Yeboah",
            "Frimpong",
            "Acquah",
            "Lamptey",
            "Ansah",
            "Kuffour",
            "Ankrah",
            "Bawumia",
            "Kpodo",
            "Agbenyega",
        ),
    ),
    "ng": (
        (
            "Chukwuemeka",
            "Ngozi",
            "Oluwaseun",
            "Adebayo",
            "Funmilayo",
            "Chiamaka",
            "Ifeanyi",
            "Babatunde",
            "Yetunde",
            "Aisha",
            "Emeka",
            "Tobenna",
            "Zainab",
            "Obiageli",
            "Temitope",
        ),
        (
            "Okafor",
            "Adeyemi",
            "Nwosu",
            "Balogun",
            "Eze",
            "Obi",
            "Okonkwo",
            "Abiodun",
            "Olatunji",
            "Danjuma",
            "Ogunleye",
            "Uche",
        ),
    ),
    "in": (
        (
            "Priya",
            "Rahul",
            "Ananya",
            "Venkatesh",
            "Lakshmi",
            "Arjun",
            "Sunita",
            "Mohammed Irfan",
            "Harpreet",
            "Gurpreet",
            "Deepika",
            "Sai Kiran",
            "Meenakshi",
            "Rajesh",
            "Kavitha",
            "Suresh",
            "Parvathi",
            "Imran",
            "Shabana",
            "Tenzin",
            "Lalremruati",
        ),
        (
            "Sharma",
            "Iyer",
            "Nair",
            "Reddy",
            "Banerjee",
            "Chatterjee",
            "Patel",
            "Singh",
            "Kaur",
            "Menon",
            "Pillai",
            "Deshpande",
            "Kulkarni",
            "Venkataraman",
            "D'Souza",
            "Fernandes",
            "Gill",
            "Sandhu",
            "Qureshi",
            "Ansari",
            "Bhattacharya",
            "Hmar",
            "Yadav",
        ),
    ),
    "ea": (
        (
            "Minh Anh",
            "Thi Lan",
            "Van Duc",
            "Hiroshi",
            "Yuki",
            "Ji-woo",
            "Seo-yeon",
            "Maricel",
            "Jomar",
            "Somchai",
            "Malee",
            "Wei Ling",
            "Kyaw",
            "Sokha",
            "Rizal",
            "Siti Nurhaliza",
        ),
        (
            "Nguyen",
            "Tran",
            "Le",
            "Pham",
            "Kim",
            "Park",
            "Lee",
            "Tanaka",
            "Sato",
            "Santos",
            "Reyes",
            "Bautista",
            "Wongsakul",
            "Chan",
            "Tan",
            "Lim",
            "Sok",
            "Hoang",
        ),
    ),
    "hisp": (
        (
            "María José",
            "José Luis",
            "Guadalupe",
            "Xochitl",
            "Alejandro",
            "Jesús",
            "Itzel",
            "Marisol",
            "Rigoberto",
            "Yesenia",
            "Luz",
            "Socorro",
        ),
        (
            "García López",
            "de la Cruz",
            "Hernández",
            "Ramírez",
            "Villanueva",
            "Castillo",
            "Del Toro",
            "Ochoa",
            "Gutiérrez",
            "de los Santos",
            "Zúñiga",
            "Cárdenas",
        ),
    ),
    "ar": (
        (
            "Mohammed",
            "Fatima",
            "Omar",
            "Layla",
            "Yousef",
            "Noor",
            "Khalid",
            "Amira",
            "Hamza",
            "Rania",
            "Abdulaziz",
            "Huda",
        ),
        (
            "Al-Rashid",
            "Haddad",
            "El-Sayed",
            "Abdullah",
            "Mansour",
            "Khoury",
            "Al Mansoori",
            "Nasser",
            "Hamdan",
            "bin Salleh",
            "Al-Amin",
            "Saleh",
        ),
    ),
    "ee": (
        (
            "Oleksandr",
            "Małgorzata",
            "Katarzyna",
            "Dmitri",
            "Ioana",
            "Bogdan",
            "Agnieszka",
            "Vesna",
            "Žarko",
            "Olena",
            "Tomasz",
            "Radka",
        ),
        (
            "Kowalczyk",
            "Wiśniewska",
            "Kovalenko",
            "Popescu",
            "Horvat",
            "Novák",
            "Petrović",
            "Shevchenko",
            "Dąbrowski",
            "Ivanova",
            "Zieliński",
            "Bondarenko",
        ),
    ),
    "pac": (
        (
            "Sione",
            "Losana",
            "Tevita",
            "Mele",
            "Aroha",
            "Wiremu",
            "Malia",
            "Sefo",
            "Iosefa",
            "Ana",
            "Kalolaine",
            "Manaia",
        ),
        (
            "Tupou",
            "Vunibola",
            "Taufa",
            "Fifita",
            "Ngata",
            "Te Rangi",
            "Faleolo",
            "Tuilagi",
            "Mata'afa",
            "Havili",
            "Lolohea",
        ),
    ),
    "indig": (
        (
            "Jarrah",
            "Kirra",
            "Tahnee",
            "Jace",
            "Winona",
            "Dakota",
            "Marlee",
            "Bindi",
            "Talulah",
            "Koorine",
            "Mato",
            "Yindi",
        ),
        (
            "Yunupingu",
            "Gurruwiwi",
            "Namatjira",
            "Mununggurr",
            "Begay",
            "Yazzie",
            "Tsosie",
            "Benally",
            "Whitehorse",
            "Running Bear",
            "Two Feathers",
            "Wunungmurra",
            "Lente",
        ),
    ),
    "word": (
        (
            "Hope",
            "Grace",
            "Rose",
            "Will",
            "Mark",
            "Bill",
            "Faith",
            "Sandy",
            "Joy",
            "Precious",
            "Blessing",
            "Comfort",
            "Patience",
            "Gift",
            "Summer",
            "Dawn",
            "Ivy",
            "Pearl",
            "Honor",
            "Sunny",
            "Rusty",
            "Destiny",
            "Sky",
            "Charity",
            "Justice",
        ),
        (
            "Young",
            "Brown",
            "White",
            "Green",
            "Stone",
            "Wood",
            "Bird",
            "Hill",
            "Little",
            "King",
            "Baker",
            "Cook",
            "Mason",
            "Church",
            "May",
            "Friday",
            "Love",
            "Rich",
            "Gold",
            "Moon",
            "Bell",
            "Banks",
            "Strong",
            "Wise",
            "Sweet",
            "Long",
            "Short",
        ),
    ),
    "particle": (
        ("Pieter", "Siobhan", "Ciarán", "Aoife", "Hendrik", "Mairead", "Rohan", "Camille", "Eamon", "Marguerite"),
        (
            "van der Berg",
            "O'Connor",
            "McAllister",
            "da Silva",
            "ter Horst",
            "Le Roux",
            "D'Souza",
            "von Bülow",
            "Smith-Jones",
            "Mac Giolla Bhríde",
            "St. John",
            "De'Ath",
            "van Rensburg",
            "Fitzgerald-Hayes",
            "O'Sullivan",
        ),
    ),
}
_COUNTRY_POOLS: Final[dict[str, tuple[str, ...]]] = {
    "us": ("faker", "faker", "faker", "hisp", "hisp", "indig", "ea", "ar", "word", "ng", "particle", "ee"),
    "uk": ("faker", "faker", "faker", "in", "ng", "ee", "ar", "word", "particle", "gh", "ea"),
    "au": ("faker", "faker", "faker", "indig", "pac", "ea", "ee", "in", "word", "particle", "ar"),
    "in": ("in", "in", "in", "in", "faker", "ar", "word", "particle"),
    "gh": ("gh", "gh", "gh", "gh", "gh", "ng", "word", "faker", "ar", "in"),
}
_FAKER_LOCALE: Final = {"us": "en_US", "uk": "en_GB", "au": "en_AU", "in": "en_IN", "gh": "en_GB"}
_NICKS: Final = {
    "William": "Bill", "Robert": "Bob", "Margaret": "Peggy", "Elizabeth": "Liz", "Jennifer": "Jen", "Michael": "Mike",
    "Katherine": "Kate", "Christopher": "Chris", "Patricia": "Trish", "Oluwaseun": "Seun", "Mohammed": "Mo",
    "Guadalupe": "Lupita", "Kwabena": "Kobby", "Abena": "Abby", "Venkatesh": "Venky", "Sione": "Sy", "Alejandro": "Alex",
    "Chukwuemeka": "Emeka", "Oleksandr": "Sasha", "Katarzyna": "Kasia", "Rigoberto": "Rigo", "Joseph": "Joe",
    "Richard": "Rick", "James": "Jim", "Thomas": "Tommy", "Susan": "Sue", "Deborah": "Debbie", "Rebecca": "Becky",
    "Kwame": "Kay", "Ebenezer": "Ebo", "Ifeanyi": "Iffy", "Temitope": "Tope", "Funmilayo": "Funmi", "Abdulaziz": "Aziz",
    "Daniel": "Dan", "Samuel": "Sam", "Matthew": "Matt", "Jessica": "Jess", "Anthony": "Tony", "Edward": "Ted",
}  # fmt: skip


@dataclass(frozen=True)
class _Person:
    given: str
    family: str
    full: str


def _en_person(rng: random.Random, fakes: dict[str, Faker], country: str) -> _Person:
    pool = rng.choice(_COUNTRY_POOLS[country])
    if pool == "faker":
        fake = fakes[_FAKER_LOCALE[country]]
        given = fake.first_name()
        family = fake.last_name()
    else:
        givens, families = _POOLS[pool]
        given = rng.choice(givens)
        family = rng.choice(families)
        if pool == "word" and rng.random() < 0.5:
            other = rng.choice(_COUNTRY_POOLS[country])
            if other not in ("faker", "word"):
                family = rng.choice(_POOLS[other][1])
    full = (
        f"{family} {given}"
        if pool == "ea" and family in ("Nguyen", "Tran", "Le", "Pham", "Hoang")
        else f"{given} {family}"
    )
    return _Person(given, family, full)


def _add_en_forms(values: dict[str, str], key: str, person: _Person, rng: random.Random) -> None:
    given, family = person.given, person.family
    first = given.split()[0]
    values[key] = person.full
    values[f"{key}_g"] = first
    values[f"{key}_f"] = family
    values[f"{key}_gf"] = f"{family}, {given}"
    values[f"{key}_cap"] = f"{family.upper()}, {given}"
    values[f"{key}_up"] = person.full.upper()
    values[f"{key}_lo"] = person.full.lower()
    values[f"{key}_in"] = f"{first[0]}. {family}"
    values[f"{key}_ini"] = "".join(
        part[0].upper() for part in f"{given} {family}".replace("-", " ").split() if part[0].isalpha()
    )
    values[f"{key}_typo"] = f"{given} {_typo(rng, family)}"
    values[f"{key}_nick"] = _NICKS.get(first, first)
    values[f"{key}_gi"] = f"{first} {family[0].upper()}."


# ---------------------------------------------------------------------------------------------
# English places, organisations, numbers
# ---------------------------------------------------------------------------------------------
_CITIES: Final[dict[str, tuple[str, ...]]] = {
    "us": (
        "Fresno",
        "Tulsa",
        "Bakersfield",
        "El Paso",
        "Gallup",
        "Dayton",
        "Modesto",
        "Yuma",
        "Flagstaff",
        "Lubbock",
        "Stockton",
        "Shreveport",
        "Chula Vista",
        "Farmington",
        "Merced",
    ),
    "uk": (
        "Leeds",
        "Bradford",
        "Leicester",
        "Stoke-on-Trent",
        "Wolverhampton",
        "Luton",
        "Sunderland",
        "Rochdale",
        "Peterborough",
        "Swindon",
        "Ipswich",
        "Oldham",
        "Hartlepool",
        "Blackburn",
    ),
    "au": (
        "Wagga Wagga",
        "Lismore",
        "Dubbo",
        "Toowoomba",
        "Bundaberg",
        "Mildura",
        "Shepparton",
        "Tamworth",
        "Bendigo",
        "Katherine",
        "Alice Springs",
        "Parramatta",
        "Logan",
        "Rockhampton",
    ),
    "in": (
        "Pune",
        "Chennai",
        "Guwahati",
        "Kozhikode",
        "Patna",
        "Nagpur",
        "Madurai",
        "Vijayawada",
        "Aizawl",
        "Thrissur",
        "Bhubaneswar",
        "Ludhiana",
        "Siliguri",
        "Kolhapur",
    ),
    "gh": (
        "Kumasi",
        "Tamale",
        "Cape Coast",
        "Takoradi",
        "Ho",
        "Koforidua",
        "Sunyani",
        "Techiman",
        "Tema",
        "Bolgatanga",
        "Obuasi",
        "Nkawkaw",
        "Winneba",
        "Kasoa",
    ),
}
_SUBURBS: Final[dict[str, tuple[str, ...]]] = {
    "us": ("Del Paso Heights", "South Valley", "Oak Cliff", "Midtown", "Lemon Grove", "East Side"),
    "uk": ("Chapeltown", "Harehills", "Moss Side", "Sparkbrook", "Toxteth", "Tipton"),
    "au": ("Blacktown", "Woodridge", "Mount Druitt", "Goodna", "North Lismore", "Moe"),
    "in": ("Dharavi", "Kalyani Nagar", "Hadapsar", "Velachery", "Beltola", "Kakkanad"),
    "gh": ("Nima", "Agbogbloshie", "Madina", "Ashaiman", "Aboabo", "Bantama", "Jamestown", "Old Fadama"),
}
_STATE: Final = {
    "us": ("CA", "OK", "TX", "NM", "OH", "AZ"),
    "au": ("NSW", "QLD", "VIC", "NT"),
    "in": ("Maharashtra", "Kerala", "Assam", "Tamil Nadu"),
}
_HOSPITALS: Final[dict[str, tuple[str, ...]]] = {
    "us": (
        "Valley Mercy Medical Center",
        "St. Agnes Community Hospital",
        "Saint Francis Hospital South",
        "Kern Regional Medical Center",
        "Gallup Indian Medical Center",
        "Miami Valley Hospital North",
    ),
    "uk": (
        "St James's University Hospital",
        "Royal Oldham Hospital",
        "Leicester Royal Infirmary",
        "Sunderland Royal Hospital",
        "Peterborough City Hospital",
        "Royal Stoke University Hospital",
    ),
    "au": (
        "Lismore Base Hospital",
        "Wagga Wagga Base Hospital",
        "Royal Darwin Hospital",
        "Toowoomba Hospital",
        "Westmead Hospital",
        "Bendigo Health",
    ),
    "in": (
        "Sassoon General Hospital",
        "Rajiv Gandhi Government General Hospital",
        "Gauhati Medical College Hospital",
        "Kozhikode Medical College Hospital",
        "Ruby Hall Clinic",
        "Apollo Hospitals Greams Road",
    ),
    "gh": (
        "Korle Bu Teaching Hospital",
        "Komfo Anokye Teaching Hospital",
        "Tamale Teaching Hospital",
        "Ridge Hospital",
        "Cape Coast Teaching Hospital",
        "Effia Nkwanta Regional Hospital",
        "Tema General Hospital",
    ),
}
_CLINICS: Final[dict[str, tuple[str, ...]]] = {
    "us": (
        "Fresno County Department of Public Health",
        "Tulsa Health Department",
        "Westside Family Health Center",
        "La Clínica de la Raza",
        "McKinley County Health Office",
    ),
    "uk": (
        "Harehills Lane Surgery",
        "Leeds Sexual Health at Merrion Centre",
        "Oldham Integrated Care Centre",
        "Leicester City Council Environmental Health",
        "Bradford Chest Clinic",
    ),
    "au": (
        "Northern NSW Public Health Unit",
        "Murrumbidgee Local Health District",
        "Logan Central Community Health",
        "Danila Dilba Health Service",
        "Sunraysia Community Health Services",
    ),
    "in": (
        "Hadapsar Urban Primary Health Centre",
        "Pune Municipal Corporation Health Department",
        "Velachery UPHC",
        "Kakkanad Family Health Centre",
        "Beltola Urban PHC",
    ),
    "gh": (
        "Ga East Municipal Health Directorate",
        "Nima Polyclinic",
        "Madina Polyclinic",
        "Ashaiman Polyclinic",
        "Tamale Metropolitan Health Directorate",
        "Kumasi Metro Health Directorate",
    ),
}
_FOOD: Final[dict[str, tuple[str, ...]]] = {
    "us": ("El Sabor Taqueria", "Golden Wok Buffet", "Lucky Star Catering", "Rosie's Diner", "Tacos Don Chuy"),
    "uk": ("The Spice Lounge", "Oldfield Fish Bar", "Sunrise Catering Ltd", "Nando's Briggate", "Kebab Hut Harehills"),
    "au": ("Lucky Dragon Chinese Restaurant", "Bundy Bakehouse", "The Wharf Bistro", "Mama's Kitchen Catering"),
    "in": ("Hotel Saravana Bhavan Annexe", "Shree Krishna Caterers", "Al-Kabir Biryani House", "Paradise Mess"),
    "gh": (
        "Mama Ama's Chop Bar",
        "Auntie Muni Waakye",
        "Sweet Mother Catering Services",
        "Papaye Fast Foods",
        "Asanka Local Restaurant",
    ),
}
_SHELTERS: Final[dict[str, tuple[str, ...]]] = {
    "us": (
        "Roosevelt High School gym",
        "Westside Community Center",
        "St. Paul AME Church hall",
        "Fairgrounds Pavilion B",
    ),
    "uk": ("Chapeltown Community Centre", "Moss Side Leisure Centre", "St Aidan's Church Hall", "Rochdale Town Hall"),
    "au": (
        "Southern Cross University Lismore campus",
        "Lismore Showgrounds",
        "Goodna Community Hall",
        "Dubbo RSL Club",
    ),
    "in": (
        "Government Higher Secondary School, Thrissur",
        "Kalyan Mandapam Velachery",
        "St. Joseph's School relief camp",
    ),
    "gh": (
        "Adabraka Presbyterian School",
        "Weija Evangelical Church",
        "Accra Sports Stadium annex",
        "Ho Technical University hall",
    ),
}
_LABS: Final = ("Quest Diagnostics", "SYNLAB", "Sullivan Nicolaides Pathology", "Metropolis Healthcare", "Dr Lal PathLabs",
                "Noguchi Memorial Institute", "LabCorp", "Eurofins Clinical Diagnostics")  # fmt: skip
_SCHOOLS: Final = ("Riverside Primary School", "St Mary's Catholic Primary", "Little Stars Daycare", "Achimota Basic School",
                   "Sunrise Kindergarten", "Holy Cross Convent School", "Kingsway Junior High")  # fmt: skip
_FIRMS_EXTRA: Final = (
    "Coolaire HVAC Services",
    "Bright Pest Control Ltd",
    "Apex Cooling Towers Inc",
    "Green Valley Water Co",
)


def _en_phone(rng: random.Random, country: str, *, ext: bool = False) -> str:
    d = _digits
    if country == "us":
        area = f"{rng.randint(2, 9)}{d(rng, 2)}"
        mid = f"{rng.randint(2, 9)}{d(rng, 2)}"
        last = d(rng, 4)
        value = rng.choice(
            [
                f"({area}) {mid}-{last}",
                f"{area}-{mid}-{last}",
                f"{area}.{mid}.{last}",
                f"+1 {area} {mid} {last}",
                f"1-{area}-{mid}-{last}",
            ]
        )
        return value + (rng.choice([f" x{d(rng, 3)}", f" ext. {d(rng, 4)}", f" ext {d(rng, 3)}"]) if ext else "")
    if country == "uk":
        value = rng.choice(
            [
                f"0113 {d(rng, 3)} {d(rng, 4)}",
                f"0161 {d(rng, 3)} {d(rng, 4)}",
                f"07{d(rng, 3)} {d(rng, 6)}",
                f"+44 7{d(rng, 3)} {d(rng, 6)}",
                f"+44 (0)116 {d(rng, 3)} {d(rng, 4)}",
                f"020 {rng.choice('78')}{d(rng, 3)} {d(rng, 4)}",
                f"01733{d(rng, 6)}",
            ]
        )
        return value + (rng.choice([f" ext {d(rng, 4)}", f" (ext. {d(rng, 5)})"]) if ext else "")
    if country == "au":
        value = rng.choice(
            [
                f"(02) {d(rng, 4)} {d(rng, 4)}",
                f"02 {d(rng, 4)} {d(rng, 4)}",
                f"04{d(rng, 2)} {d(rng, 3)} {d(rng, 3)}",
                f"+61 4{d(rng, 2)} {d(rng, 3)} {d(rng, 3)}",
                f"+61 7 {d(rng, 4)} {d(rng, 4)}",
                f"(08) {d(rng, 4)}-{d(rng, 4)}",
                f"1800 {d(rng, 3)} {d(rng, 3)}",
            ]
        )
        return value + (f" ext {d(rng, 3)}" if ext else "")
    if country == "in":
        mobile = f"{rng.choice('6789')}{d(rng, 4)}"
        value = rng.choice(
            [
                f"+91 {mobile} {d(rng, 5)}",
                f"0{mobile} {d(rng, 5)}",
                f"{mobile}{d(rng, 5)}",
                f"020-{d(rng, 4)} {d(rng, 4)}",
                f"(044) {d(rng, 4)} {d(rng, 4)}",
                f"+91-{mobile}-{d(rng, 5)}",
                f"0361 {d(rng, 7)}",
            ]
        )
        return value + (f" Extn. {d(rng, 3)}" if ext else "")
    net = rng.choice(["24", "54", "55", "20", "50", "26", "27", "57", "59"])
    value = rng.choice(
        [
            f"+233 {net} {d(rng, 3)} {d(rng, 4)}",
            f"0{net} {d(rng, 3)} {d(rng, 4)}",
            f"0{net}{d(rng, 7)}",
            f"0302-{d(rng, 6)}",
            f"+233 (0){net} {d(rng, 3)} {d(rng, 4)}",
            f"0{net}-{d(rng, 3)}-{d(rng, 4)}",
            f"+233 322 {d(rng, 6)}",
        ]
    )
    return value + (f" ext. {d(rng, 3)}" if ext else "")


def _en_address(rng: random.Random, fakes: dict[str, Faker], country: str, city: str) -> str:
    if country == "gh":
        street = rng.choice(
            [
                "Kojo Thompson Road",
                "Ring Road West",
                "Liberation Road",
                "Oxford Street",
                "Nsawam Road",
                "Tamale-Bolgatanga Road",
                "Harper Road",
                "Bank Lane",
                "Kaneshie-Odorkor Highway",
            ]
        )
        form = rng.random()
        if form < 0.35:
            return f"House No. {rng.randint(1, 99)}, {street}, {city}"
        if form < 0.7:
            return f"{rng.choice(['GA', 'AK', 'NT', 'CC', 'WS', 'VH'])}-{rng.randint(100, 999)}-{_digits(rng, 4)}"
        return f"Plot {rng.randint(1, 400)} Block {rng.choice('ABCDEFG')}, off {street}, {city}"
    fake = fakes[_FAKER_LOCALE[country]]
    street = str(fake.street_address()).replace("\n", ", ")
    if country == "us":
        return f"{street}, {city}, {rng.choice(_STATE['us'])} {_digits(rng, 5)}"
    if country == "uk":
        return f"{street}, {city} {fake.postcode()}"
    if country == "au":
        return f"{street}, {city} {rng.choice(_STATE['au'])} {rng.randint(2000, 4899)}"
    return f"{street}, {city} - {rng.randint(1, 8)}{_digits(rng, 5)}"


def _nhs_number(rng: random.Random) -> str:
    while True:
        body = [rng.randint(0, 9) for _ in range(9)]
        body[0] = rng.randint(4, 6)
        check = 11 - sum(d * (10 - i) for i, d in enumerate(body)) % 11
        if check == 11:
            check = 0
        if check != 10:
            digits = "".join(map(str, body)) + str(check)
            return rng.choice(
                [f"{digits[:3]} {digits[3:6]} {digits[6:]}", digits, f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"]
            )


def _national_id(rng: random.Random, country: str) -> str:
    d = _digits
    if country == "us":
        return rng.choice(
            [
                f"{_letters(rng, 3)}{d(rng, 9)}",
                f"9{d(rng, 8)}A",
                f"{rng.randint(1, 9)}{_letters(rng, 1)}{rng.randint(1, 9)}{_letters(rng, 1)}-{_letters(rng, 1)}{d(rng, 2)}-{_letters(rng, 2)}{d(rng, 2)}",
            ]
        )
    if country == "uk":
        return _nhs_number(rng)
    if country == "au":
        return rng.choice(
            [f"{rng.randint(2, 6)}{d(rng, 3)} {d(rng, 5)} {rng.randint(1, 9)}", f"{rng.randint(2, 6)}{d(rng, 9)}"]
        )
    if country == "in":
        return rng.choice(
            [
                f"{rng.randint(2, 9)}{d(rng, 3)} {d(rng, 4)} {d(rng, 4)}",
                f"91-{d(rng, 4)}-{d(rng, 4)}-{d(rng, 4)}",
                f"{rng.randint(2, 9)}{d(rng, 11)}",
            ]
        )
    return rng.choice([f"GHA-{d(rng, 9)}-{d(rng, 1)}", f"GHA{d(rng, 10)}", f"{d(rng, 8)}"])


def _en_values(
    rng: random.Random, fakes: dict[str, Faker], country: str, profile: str
) -> tuple[dict[str, str], list[KnownIdentifier]]:
    d = _digits
    values: dict[str, str] = {}
    people = ["p", "c1", "c2", "c3", "c4", "c5", "c6", "s1", "s2", "s3", "s4"]
    persons: dict[str, _Person] = {}
    for key in people:
        persons[key] = _en_person(rng, fakes, country)
        _add_en_forms(values, key, persons[key], rng)
    word_given, word_family = _POOLS["word"]
    w = _Person(rng.choice(word_given), rng.choice(word_family), "")
    w = _Person(w.given, w.family, f"{w.given} {w.family}")
    _add_en_forms(values, "w", w, rng)
    values["w2_g"] = rng.choice(word_given)
    values["w3_f"] = rng.choice(word_family)
    cities = list(_CITIES[country])
    rng.shuffle(cities)
    values["city"], values["city2"], values["city3"] = cities[0], cities[1], cities[2]
    values["suburb"] = rng.choice(_SUBURBS[country])
    values["suburb2"] = rng.choice([s for s in _SUBURBS[country] if s != values["suburb"]])
    values["abroad_city"] = rng.choice(
        ["Lagos", "Dhaka", "Karachi", "Kinshasa", "Manila", "Dubai", "Lomé", "Abidjan", "Kathmandu", "Jakarta"]
    )
    values["p_addr"] = _en_address(rng, fakes, country, values["city"])
    values["addr2"] = _en_address(rng, fakes, country, values["city2"])
    values["addr3"] = _en_address(rng, fakes, country, values["city"])
    values["postcode"] = (
        str(fakes["en_GB"].postcode())
        if country == "uk"
        else f"{rng.randint(2000, 4899)}"
        if country == "au"
        else _digits(rng, 5)
        if country == "us"
        else f"{rng.randint(1, 8)}{d(rng, 5)}"
        if country == "in"
        else f"GA-{rng.randint(100, 999)}-{d(rng, 4)}"
    )
    hospitals = list(_HOSPITALS[country])
    rng.shuffle(hospitals)
    values["hosp"], values["hosp2"] = hospitals[0], hospitals[1]
    values["clinic"] = rng.choice(_CLINICS[country])
    values["food"] = rng.choice(_FOOD[country])
    values["food2"] = rng.choice([f for f in _FOOD[country] if f != values["food"]])
    values["shelter"] = rng.choice(_SHELTERS[country])
    values["lab"] = rng.choice(_LABS)
    values["airport"] = {
        "us": "Fresno Yosemite International Airport",
        "uk": "Leeds Bradford Airport",
        "au": "Ballina Byron Gateway Airport",
        "in": "Pune International Airport",
        "gh": "Kotoka International Airport",
    }[country]
    values["school"] = rng.choice(_SCHOOLS)
    values["firm"] = rng.choice([str(fakes[_FAKER_LOCALE[country]].company()), rng.choice(_FIRMS_EXTRA)])
    values["employer"] = str(fakes["en_US"].company()) if rng.random() < 0.5 else rng.choice(_FIRMS_EXTRA)
    # phones
    for key in ("p_phone", "phone2", "phone3", "phone4", "phone5"):
        values[key] = _en_phone(rng, country)
    values["phone_ext"] = _en_phone(rng, country, ext=True)
    values["fax"] = _en_phone(rng, country)
    values["phone_intl"] = _en_phone(rng, rng.choice(["us", "uk", "au", "in", "gh"]))
    # email / url
    pg, pf = _ascii(persons["p"].given).lower() or "pt", _ascii(persons["p"].family).lower() or "x"
    values["p_email"] = rng.choice(
        [
            f"{pg}.{pf}{rng.randint(1, 99)}@gmail.com",
            f"{pg[0]}{pf}@yahoo.co.uk",
            f"{pf}{pg}{d(rng, 2)}@outlook.com",
            f"{pg}_{pf}@hotmail.com",
        ]
    )
    sg, sf = _ascii(persons["s1"].given).lower() or "staff", _ascii(persons["s1"].family).lower() or "x"
    domain = {
        "us": "fresnocountyca.gov",
        "uk": "leeds.gov.uk",
        "au": "health.nsw.gov.au",
        "in": "punecorporation.org",
        "gh": "ghs.gov.gh",
    }[country]
    values["s_email"] = rng.choice([f"{sg}.{sf}@{domain}", f"{sg[0]}{sf}@{domain}", f"{sf}.{sg[0]}@{domain}"])
    values["team_email"] = rng.choice(
        [
            f"cdc-notify@{domain}",
            f"outbreaks@{domain}",
            f"ehealth.complaints@{domain}",
            f"tracing.team{d(rng, 2)}@{domain}",
        ]
    )
    case_no = rng.choice(
        [
            f"NDR-{rng.randint(2023, 2025)}-{d(rng, 5)}",
            f"CD{d(rng, 7)}",
            f"{d(rng, 2)}-{d(rng, 6)}",
            f"OB/{rng.randint(23, 25)}/{d(rng, 3)}",
            f"HPZ{d(rng, 6)}",
            f"IDSP-{_letters(rng, 2)}-{d(rng, 4)}",
        ]
    )
    values["case_no"] = case_no
    values["url_case"] = rng.choice(
        [
            f"https://surveillance.{domain}/case/{d(rng, 7)}",
            f"https://{domain}/outbreak/{rng.randint(2023, 2025)}-{d(rng, 3)}/linelist",
            f"www.{domain}/tracing?ref={d(rng, 8)}",
            f"https://redcap.{domain}/surveys/?s={_letters(rng, 8, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}",
        ]
    )
    values["url_portal"] = rng.choice(
        [
            f"https://book.{domain}/vax/{_letters(rng, 6)}{d(rng, 2)}",
            f"{domain}/report-a-problem/{d(rng, 6)}",
            f"https://forms.{domain}/heat-check?id={d(rng, 6)}",
        ]
    )
    # identifiers
    values["mrn"] = rng.choice(
        [
            f"{d(rng, 8)}",
            f"MRN{d(rng, 7)}",
            f"{_letters(rng, 1)}{d(rng, 6)}",
            f"{d(rng, 3)}-{d(rng, 3)}-{d(rng, 3)}",
            f"RX{d(rng, 7)}",
            f"{d(rng, 2)}.{d(rng, 5)}",
        ]
    )
    values["natid"] = _national_id(rng, country)
    values["case2"] = f"{rng.choice(['CT', 'CON', 'PN', 'FU'])}-{d(rng, 5)}"
    values["claim"] = rng.choice(
        [f"CLM{d(rng, 9)}", f"{d(rng, 4)}-{d(rng, 4)}-{d(rng, 2)}", f"WC/{d(rng, 6)}/{rng.randint(23, 25)}"]
    )
    values["order_no"] = rng.choice([f"ORD{d(rng, 8)}", f"{d(rng, 10)}", f"LO-{d(rng, 6)}"])
    values["referral"] = rng.choice([f"REF-{d(rng, 6)}", f"R{d(rng, 9)}", f"{rng.randint(23, 25)}/RF/{d(rng, 5)}"])
    values["ref_no"] = rng.choice(
        [
            f"EH/{rng.randint(23, 25)}/{d(rng, 5)}",
            f"SR-{d(rng, 7)}",
            f"CRM{d(rng, 8)}",
            f"{_letters(rng, 3)}{d(rng, 6)}",
        ]
    )
    values["acc"] = rng.choice(
        [
            f"{rng.randint(23, 25)}-{_letters(rng, 2)}-{d(rng, 6)}",
            f"ACC{d(rng, 9)}",
            f"S{rng.randint(23, 25)}-{d(rng, 6)}",
            f"{d(rng, 12)}",
        ]
    )
    values["acc2"] = rng.choice(
        [f"{rng.randint(23, 25)}M{d(rng, 7)}", f"SP-{d(rng, 6)}-{rng.randint(1, 4)}", f"NMI/{d(rng, 5)}"]
    )
    values["badge"] = rng.choice([f"{d(rng, 5)}", f"EHO-{d(rng, 3)}", f"B{d(rng, 4)}", f"#{d(rng, 4)}"]).lstrip("#")
    values["licence"] = rng.choice(
        [
            f"RN{d(rng, 7)}",
            f"{d(rng, 2)}{_letters(rng, 1)}{d(rng, 4)}{_letters(rng, 1)}",
            f"MED{d(rng, 10)}",
            f"{d(rng, 7)}",
            f"MDC/RN/{d(rng, 5)}",
            f"KMC-{d(rng, 5)}",
        ]
    )
    values["tag"] = rng.choice([f"{d(rng, 6)}", f"MCI-{d(rng, 4)}", f"T{d(rng, 5)}", f"{_letters(rng, 1)}-{d(rng, 4)}"])
    values["tag2"] = rng.choice([f"{d(rng, 6)}", f"MCI-{d(rng, 4)}", f"T{d(rng, 5)}"])
    values["tag3"] = rng.choice([f"{d(rng, 6)}", f"MCI-{d(rng, 4)}", f"T{d(rng, 5)}"])
    values["passport"] = rng.choice(
        [f"{_letters(rng, 1)}{d(rng, 7)}", f"{d(rng, 9)}", f"{_letters(rng, 2)}{d(rng, 7)}", f"G{d(rng, 8)}"]
    )
    values["passport2"] = rng.choice(
        [f"{_letters(rng, 1)}{d(rng, 7)}", f"{d(rng, 9)}", f"{_letters(rng, 2)}{d(rng, 7)}"]
    )
    values["serial"] = rng.choice(
        [
            f"SN {_letters(rng, 2)}{d(rng, 6)}",
            f"{d(rng, 4)}-{_letters(rng, 2)}-{d(rng, 4)}",
            f"{_letters(rng, 3)}{d(rng, 8)}",
            f"CT-{d(rng, 3)}-{_letters(rng, 1)}{d(rng, 3)}",
        ]
    ).removeprefix("SN ")
    values["insurance"] = rng.choice(
        [
            f"{_letters(rng, 3)}{d(rng, 9)}",
            f"{d(rng, 3)}-{d(rng, 2)}-{d(rng, 4)}{_letters(rng, 1)}",
            f"NHIS {d(rng, 8)}",
            f"{d(rng, 11)}",
        ]
    ).removeprefix("NHIS ")
    values["plate"] = {
        "us": f"{rng.randint(1, 9)}{_letters(rng, 3)}{d(rng, 3)}",
        "uk": f"{_letters(rng, 2)}{d(rng, 2)} {_letters(rng, 3)}",
        "au": f"{_letters(rng, 3)}-{d(rng, 3)}",
        "in": f"MH {d(rng, 2)} {_letters(rng, 2)} {d(rng, 4)}",
        "gh": f"GR {d(rng, 4)}-{rng.randint(10, 24)}",
    }[country]
    values["staff_id"] = rng.choice(
        [f"E{d(rng, 6)}", f"{d(rng, 7)}", f"STF-{d(rng, 4)}", f"{_letters(rng, 2)}{d(rng, 5)}"]
    )
    values["bed"] = rng.choice(
        [f"C-{rng.randint(1, 150)}", f"{rng.choice('ABCDE')}{rng.randint(1, 60)}", f"Cot {rng.randint(1, 200)}"]
    ).removeprefix("Cot ")
    values["reunif"] = rng.choice([f"RFL-{d(rng, 5)}", f"MP{d(rng, 6)}", f"{rng.randint(23, 25)}/MISS/{d(rng, 4)}"])
    values["reunif2"] = rng.choice([f"RFL-{d(rng, 5)}", f"MP{d(rng, 6)}", f"{rng.randint(23, 25)}/MISS/{d(rng, 4)}"])
    values["tb_id"] = rng.choice(
        [f"{d(rng, 8)}", f"NIK-{d(rng, 8)}", f"TB/{rng.randint(23, 25)}/{d(rng, 4)}"]
    ).removeprefix("NIK-")
    # dates
    event = _day_between(rng, dt.date(2023, 1, 5), dt.date(2025, 9, 30))
    age = _patient_age(rng, profile)
    dob = _birth(rng, age, event)

    def fmt(day: dt.date) -> str:
        return _en_date(rng, day, country)

    values["dob"] = fmt(dob)
    values["date_onset"] = fmt(event - dt.timedelta(days=rng.randint(2, 9)))
    values["date_exp"] = fmt(event - dt.timedelta(days=rng.randint(10, 20)))
    values["date_exp2"] = fmt(event - dt.timedelta(days=rng.randint(8, 14)))
    values["date_rep"] = fmt(event)
    values["date_spec"] = fmt(event - dt.timedelta(days=rng.randint(0, 2)))
    values["date_res"] = fmt(event + dt.timedelta(days=rng.randint(1, 3)))
    values["date_fu"] = fmt(event + dt.timedelta(days=rng.randint(5, 21)))
    values["date_fu2"] = fmt(event + dt.timedelta(days=rng.randint(22, 60)))
    values["date_arr"] = fmt(event - dt.timedelta(days=rng.randint(3, 12)))
    values["date_dep"] = fmt(event - dt.timedelta(days=rng.randint(13, 30)))
    values["date_c1"] = fmt(event - dt.timedelta(days=rng.randint(1, 6)))
    values["date_c2"] = fmt(event - dt.timedelta(days=rng.randint(1, 6)))
    values["dob_c1"] = fmt(_birth(rng, rng.randint(1, 17), event))
    values["dob_c2"] = fmt(_birth(rng, rng.randint(1, 17), event))
    values["date_vax"] = fmt(event + dt.timedelta(days=rng.randint(0, 3)))
    values["date_vax_prev"] = fmt(event - dt.timedelta(days=rng.randint(28, 400)))
    values["date_exp_pass"] = fmt(_day_between(rng, dt.date(2026, 1, 1), dt.date(2034, 12, 31)))
    # ages
    values["p_age"] = _en_age_text(rng, age)
    for key in ("c1_age", "c2_age", "c3_age", "c4_age", "c5_age", "c6_age"):
        values[key] = _en_age_text(rng, _age(rng))
    for key in ("e1_age", "e2_age", "e3_age", "e4_age"):
        values[key] = _en_age_text(rng, _age(rng, elderly=True))
    # filler (never PHI)
    values["disease"] = rng.choice(
        [
            "Salmonellosis",
            "Shigellosis",
            "Measles",
            "Pertussis",
            "Hepatitis A",
            "Legionellosis",
            "Cholera",
            "Typhoid",
            "Meningococcal disease",
            "STEC O157",
        ]
    )
    values["organism"] = rng.choice(
        [
            "Salmonella Enteritidis",
            "Shigella sonnei",
            "Vibrio cholerae O1",
            "Campylobacter jejuni",
            "norovirus GII.4",
            "Clostridium perfringens",
        ]
    )
    values["sti"] = rng.choice(
        ["early latent syphilis", "primary syphilis", "gonorrhoea", "chlamydia", "mpox", "HIV-1"]
    )
    values["vaccine"] = rng.choice(
        [
            "MMR",
            "Td",
            "HPV (Gardasil 9)",
            "OPV",
            "Men ACWY",
            "influenza (quadrivalent)",
            "yellow fever",
            "typhoid conjugate",
            "JE",
        ]
    )
    values["time1"] = f"{rng.randint(0, 23):02d}:{rng.choice(['00', '05', '10', '15', '20', '30', '40', '45', '50'])}"
    values["time2"] = f"{rng.randint(0, 23):02d}{rng.choice(['00', '12', '25', '38', '47'])}"
    values["weekday"] = rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
    values["temp"] = f"{rng.randint(36, 40)}.{rng.randint(0, 9)}"
    values["n_ill"] = str(rng.randint(4, 60))
    values["n_exposed"] = str(rng.randint(60, 300))
    values["heat_index"] = str(rng.randint(38, 48))
    values["icd"] = rng.choice(["A02.0", "A03.3", "B05.9", "A37.0", "A00.1", "A01.0", "A39.0", "U07.1", "B15.9"])
    values["gcs"] = str(rng.randint(3, 15))
    values["rr"] = str(rng.randint(8, 34))
    known = [
        KnownIdentifier("PERSON", persons["p"].full),
        KnownIdentifier("PERSON", persons["p"].given),
        KnownIdentifier("PERSON", persons["p"].family),
        KnownIdentifier("ID", values["mrn"]),
        KnownIdentifier("ID", values["natid"]),
        KnownIdentifier("PHONE", values["p_phone"]),
        KnownIdentifier("ADDRESS", values["p_addr"]),
        KnownIdentifier("DATE", dob.isoformat()),
        KnownIdentifier("EMAIL", values["p_email"]),
    ]
    return values, known


# ---------------------------------------------------------------------------------------------
# English templates (the name prefix is the country the note is set in)
# ---------------------------------------------------------------------------------------------
EN_BLIND21_TEMPLATES: Final[dict[str, str]] = {
    "us_ndr_notifiable_form": """CONFIDENTIAL MORBIDITY REPORT — {disease}
Reporting facility: <<ORG:hosp>>    Report date: <<DATE:date_rep>>
Case ID: <<ID:case_no>>    MRN: <<ID:mrn>>
Patient name (Last, First): <<PERSON:p_gf>>
DOB: <<DATE:dob>>   Age: <<AGE:p_age>>   Sex: F / M / X
Address: <<ADDRESS:p_addr>>
Phone: <<PHONE:p_phone>>   Email: <<EMAIL:p_email>>
Medicaid / member ID: <<ID:insurance>>
Onset: <<DATE:date_onset>>   Specimen collected: <<DATE:date_spec>> (accession <<ID:acc>>, <<ORG:lab>>)
ICD-10 {icd}. Hospitalized: Y. Outcome: pending.
Occupation: food handler at <<ORG:food>>, <<LOCATION:city>>.
Reported by: <<PERSON:s1>>, RN, Infection Prevention — <<PHONE:phone_ext>>, fax <<PHONE:fax>>
Attending: Dr. <<PERSON:s2_f>>
Submit via <<URL:url_case>> or email <<EMAIL:team_email>>.""",
    "us_contact_tracing_interview": """Contact tracing interview — {disease}, case <<ID:case_no>>
Interviewer: <<PERSON:s1_gi>> (DIS badge <<ID:badge>>), by phone, {weekday} {time1}.
Spoke with the index case <<PERSON:p_g>> <<PERSON:p_f>> (preferred name "<<PERSON:p_nick>>") and with her sister <<PERSON:c1>> who interpreted in Spanish. Symptom onset <<DATE:date_onset>>; rash started two days later. Exposure period starts <<DATE:date_exp>>.
Contacts named:
- <<PERSON:c2_g>> (roommate, <<AGE:c2_age>> yrs) — <<PHONE:phone2>>
- coworker "<<PERSON:w_g>>" at <<ORG:employer>>, last name unknown
- <<PERSON:c3_lo>>, church choir, <<LOCATION:suburb>> — no phone, visit <<ADDRESS:addr2>>
- Mr. <<PERSON:c4_f>>, landlord — <<PHONE:phone3>>
Index attended services at <<ORG:shelter>> on <<DATE:date_c1>>. <<PERSON:p_g>>'s daughter goes to <<ORG:school>>; school nurse <<PERSON:c5>> notified.
Pt declined to name others. Will call back. — <<PERSON:s1_ini>>""",
    "us_sti_partner_services": """PARTNER SERVICES FIELD RECORD (DIS)
Original patient: <<PERSON:p_cap>>  OP #: <<ID:case2>>  Dx: {sti}
Interview <<DATE:date_rep>> at <<ORG:clinic>>. DIS: <<PERSON:s1>> / supervisor <<PERSON:s2_in>>
Partners (initiated):
 1. <<PERSON:c1_up>> aka "<<PERSON:c1_nick>>"  ph <<PHONE:phone2>>  last exposure <<DATE:date_c1>>  disposition: tested, treated
 2. first name <<PERSON:c2_g>> only — met via app, handle not given; <<LOCATION:city>> area
 3. <<PERSON:w>>  ph <<PHONE:phone3>>  addr <<ADDRESS:addr2>>  — field visit needed
Notes: OP says #3 goes by <<PERSON:w2_g>> at work. Prior syphilis Dx per record <<ID:mrn>>. Field follow-up <<DATE:date_fu>>.
Contact DIS at <<PHONE:phone_ext>>.""",
    "us_heat_welfare_checks": """Excessive Heat Warning — welfare check log, heat index {heat_index} C
team,client,age,address,phone,result,notes
<<PERSON:s1_g>>/<<PERSON:s2_g>>,<<PERSON:p_cap>>,<<AGE:p_age>>,<<ADDRESS:p_addr>>,<<PHONE:p_phone>>,seen,no AC; taken to cooling center at <<ORG:shelter>>
<<PERSON:s1_g>>/<<PERSON:s2_g>>,<<PERSON:c1_cap>>,<<AGE:e1_age>>,<<ADDRESS:addr2>>,<<PHONE:phone2>>,no answer,neighbor <<PERSON:c2_g>> has key; recheck {time1}
<<PERSON:s3_g>>,<<PERSON:c3_cap>>,<<AGE:e2_age>>,<<ADDRESS:addr3>>,<<PHONE:phone3>>,EMS,temp {temp}; transported to <<ORG:hosp>>
<<PERSON:s3_g>>,<<PERSON:w_cap>>,<<AGE:e3_age>>,<<LOCATION:suburb>> (unhoused),none,water given,refused shelter
Log entered <<DATE:date_rep>> by <<PERSON:s4>>. Escalations: <<EMAIL:team_email>>""",
    "us_evac_shelter_register": """WILDFIRE EVACUATION — SHELTER REGISTRATION
Shelter: <<ORG:shelter>>, <<LOCATION:city>>   Date opened: <<DATE:date_rep>>
Head of household: <<PERSON:p>>   DOB <<DATE:dob>>   Cot <<ID:bed>>
Home address (evacuated): <<ADDRESS:p_addr>>   Zone: mandatory
Cell: <<PHONE:p_phone>>   Vehicle plate: <<ID:plate>>
Household members: <<PERSON:c1_g>> (spouse), <<PERSON:c2_g>> (<<AGE:c2_age>>), grandmother <<PERSON:c3>> (<<AGE:e1_age>>, uses walker, O2 concentrator serial <<ID:serial>>)
Pets: 1 dog. Medical needs: insulin — pharmacist <<PERSON:s2_f>> contacted.
Intake worker: <<PERSON:s1_in>>   Reunification case: <<ID:reunif>>
Family looking for uncle <<PERSON:c4_gi>> last seen <<LOCATION:suburb>> <<DATE:date_c1>>.""",
    "us_mci_casualty_list": """MCI — bus rollover on the interstate — casualty tracking (Command: <<PERSON:s1_f>>)
Tag#      Name                 Age  Triage  Dest
<<ID:tag>>   <<PERSON:p_cap>>    <<AGE:p_age>>   RED     <<ORG:hosp>>
<<ID:tag2>>   <<PERSON:c1_up>>    <<AGE:c1_age>>   YELLOW  <<ORG:hosp2>>
<<ID:tag3>>   unknown male (“<<PERSON:c2_g>>”?)  ~40  BLACK   ME
--       <<PERSON:c3_gf>>   <<AGE:c3_age>>   GREEN   released to <<PERSON:c4>> (brother) at scene
Transport officer <<PERSON:s2_gi>>; RR {rr}, GCS {gcs} on red. Family hotline <<PHONE:phone_ext>>.
Updated {time1}, <<DATE:date_rep>>.""",
    "us_dictation_epi_voicemail": """[auto transcript — voicemail to epi line, low confidence]
hi this is <<PERSON:s1_lo>> from <<ORG:clinic>> um calling about a patient <<PERSON:p_lo>> thats <<PERSON:p_f>> spelled like it sounds date of birth <<DATE:dob>> we got a positive {organism} stool culture accession <<ID:acc>> collected <<DATE:date_spec>> she ate at <<ORG:food>> on <<LOCATION:city2>> side with her friend <<PERSON:c1_g>> and uh <<PERSON:w2_g>> who is also sick. best number is <<PHONE:phone2>> or my cell <<PHONE:phone3>> ask for <<PERSON:s1_nick>> thanks bye""",
    "us_port_health_traveler": """CDC-style Traveler Health Declaration (<<ORG:airport>> quarantine station copy)
Traveler: <<PERSON:p_up>>   Passport <<ID:passport>> (exp <<DATE:date_exp_pass>>)
Arrived <<DATE:date_arr>> from <<LOCATION:abroad_city>> via connecting flight; departed <<DATE:date_dep>>.
US address: <<ADDRESS:p_addr>>   Phone: <<PHONE:phone_intl>>
Symptoms: fever {temp}, rash. Measles IgM pending, accession <<ID:acc2>>.
Travel companion: <<PERSON:c1>> (passport <<ID:passport2>>).
Quarantine officer: <<PERSON:s1>> (badge <<ID:badge>>); referred to <<PERSON:s2_f>>, MD at <<ORG:hosp>>.
Local health department notified <<DATE:date_rep>>: <<ORG:clinic>>, fax <<PHONE:fax>>.""",
    "us_vax_campaign_roster": """School-located vaccination clinic — roster export
clinic: <<ORG:school>>, <<LOCATION:city>>   date: <<DATE:date_vax>>   lead RN: <<PERSON:s1_gf>> (lic. <<ID:licence>>)
student_name | dob | parent | parent_phone | vaccine | consent
<<PERSON:p_gf>> | <<DATE:dob>> | <<PERSON:c1>> | <<PHONE:p_phone>> | {vaccine} | Y
<<PERSON:c2_gf>> | <<DATE:dob_c2>> | <<PERSON:c3_g>> (guardian) | <<PHONE:phone2>> | {vaccine} | Y
<<PERSON:w_gf>> | <<DATE:dob_c1>> | <<PERSON:c4_up>> | <<PHONE:phone3>> | {vaccine} | N – refused
Insurance on file for row 1: <<ID:insurance>>. Prior dose <<DATE:date_vax_prev>> per registry record <<ID:mrn>>.
Questions: <<URL:url_portal>>""",
    "uk_hpzone_meningococcal": """Case <<ID:case_no>> — invasive meningococcal disease (probable)
Patient: <<PERSON:p>>, DOB <<DATE:dob>>, NHS no. <<ID:natid>>
Admitted <<ORG:hosp>> <<DATE:date_onset>>; notified by Dr <<PERSON:s1_f>> (microbiology) <<DATE:date_rep>>.
Household close contacts for ciprofloxacin:
• <<PERSON:c1>> (mother) — <<PHONE:p_phone>>
• <<PERSON:c2_g>>, <<AGE:c2_age>> (brother)
• <<PERSON:c3_gf>> (partner, not at address) — <<PHONE:phone2>>
Kissing contact at a party in <<LOCATION:city2>> on <<DATE:date_c1>>: "<<PERSON:w_g>>", surname not known.
GP: <<ORG:clinic>>. Lab ref <<ID:acc>>.
Action by HP practitioner <<PERSON:s2>> (spelt <<PERSON:s2_typo>> on the referral); discussed with consultant <<PERSON:s3_in>>. Letter to <<ORG:school>> (head teacher <<PERSON:s4_gi>>).""",
    "uk_ehp_damp_mould_complaint": """From: <<PERSON:s1>> <<<EMAIL:s_email>>>
Sent: <<DATE:date_rep>> {time1}
Subject: RE: Service request <<ID:ref_no>> - damp and mould, <<ADDRESS:p_addr>>

Hi <<PERSON:c1_g>>,

Thanks for passing this on. I visited the property with my colleague <<PERSON:s2_g>> this morning. Tenant Ms <<PERSON:p_f>> lives there with her two children; the youngest, <<PERSON:c2_g>>, has been under <<ORG:hosp>> with recurrent wheeze. Black mould in both bedrooms. The landlord, <<PERSON:c3>> of <<ORG:firm>>, has not responded since <<DATE:date_exp>>. I've served a notice and asked him to call me on <<PHONE:phone_ext>>.

Tenant's number: <<PHONE:p_phone>>. Photos uploaded to <<URL:url_portal>>.

Kind regards,
<<PERSON:s1_g>>
Environmental Health Officer (badge <<ID:badge>>)""",
    "uk_food_outbreak_otc_minutes": """OUTBREAK CONTROL TEAM — minutes, meeting 2
Ref <<ID:case_no>>. {organism}, linked to a wedding buffet on <<DATE:date_exp>> at <<ORG:food>>, <<LOCATION:city>>.
Present: <<PERSON:s1>> (chair, CCDC), <<PERSON:s2>> (EHO), <<PERSON:s3_gi>> (epidemiologist), <<PERSON:s4_f>> (FSA liaison).
1. Case definition agreed. {n_ill} ill of {n_exposed} guests. Index case <<PERSON:p_in>> admitted <<ORG:hosp>>; stool <<ID:acc>> positive <<DATE:date_res>>.
2. Caterer: <<ORG:food2>> (proprietor <<PERSON:c1>>, mob. <<PHONE:phone2>>). Food handler <<PERSON:c2_g>> symptomatic on <<DATE:date_c1>> — excluded.
3. Bride's father <<PERSON:c3_f>> supplied the guest list (<<PERSON:c3_g>>'s email <<EMAIL:p_email>>).
4. Questionnaire live at <<URL:url_case>>.
Actions: <<PERSON:s2_ini>> to sample the cold room; <<PERSON:s3_ini>> to run cohort analysis. Next OCT <<DATE:date_fu>>.""",
    "uk_tb_contact_letter": """<<ORG:clinic>>
<<ADDRESS:addr2>>  Tel <<PHONE:phone3>>  Fax <<PHONE:fax>>

<<DATE:date_rep>>

Dear Dr <<PERSON:s2_f>>,

Re: <<PERSON:p_cap>>  DOB <<DATE:dob>>  NHS <<ID:natid>>  Hosp no <<ID:mrn>>
<<ADDRESS:p_addr>>

This <<AGE:p_age>>-year-old man from <<LOCATION:abroad_city>> was diagnosed with smear-positive pulmonary TB on <<DATE:date_onset>>. He lives with his wife <<PERSON:c1_g>> and his mother-in-law, Mrs <<PERSON:c2_f>>, who is <<AGE:e1_age>>. Both have been screened; IGRA for <<PERSON:c1_g>> was positive and she starts treatment <<DATE:date_fu>>.
Workplace contacts at <<ORG:employer>> will be screened on site; the manager is <<PERSON:c3>> (<<PHONE:phone2>>).

Yours sincerely,
<<PERSON:s1>>
TB Nurse Specialist, NMC <<ID:licence>>
cc: <<PERSON:p_in>> (patient)""",
    "uk_port_health_ship": """PORT HEALTH AUTHORITY — Maritime Declaration of Health follow-up
Vessel agent: <<ORG:firm>>. Port health officer <<PERSON:s1_gi>>, contact <<PHONE:phone_ext>>.
Sick crew member: <<PERSON:p_up>>, passport <<ID:passport>>, DOB <<DATE:dob>>, joined ship at <<LOCATION:abroad_city>> <<DATE:date_dep>>.
Symptoms since <<DATE:date_onset>>: fever {temp}, jaundice. Landed and taken to <<ORG:hosp>> under Dr <<PERSON:s2_f>>.
Master: Capt. <<PERSON:c1_gf>>. Ship's cook <<PERSON:c2_g>> also unwell.
Shore address while ashore: <<ADDRESS:addr3>>. Free pratique granted <<DATE:date_rep>>.""",
    "uk_heat_welfare_texts": """Heatwave welfare calls — shared notes (do not forward)
<<DATE:date_rep>>
{time1} <<PERSON:s1_g>>: rang mrs <<PERSON:p_f>> (<<AGE:p_age>>) on <<PHONE:p_phone>>, no answer x2
{time2} <<PERSON:s2_g>>: neighbour <<PERSON:c1_g>> at no. 14 says she's gone to her daughter <<PERSON:c2>> in <<LOCATION:city2>>
<<PERSON:s1_g>>: ok can someone ring <<PERSON:c2_g>>? number on system is <<PHONE:phone2>>
<<PERSON:s3_nick>>: done, she's fine, fan on, drinking
<<PERSON:s2_g>>: next one is <<PERSON:c3_cap>> <<AGE:e2_age>> at <<ADDRESS:addr2>> — carer from <<ORG:firm>> ({weekday}) says he was confused
<<PERSON:s4_ini>>: 999 called {time1}, taken to <<ORG:hosp>>""",
    "uk_legionella_investigation": """Legionnaires' disease — environmental investigation
Cases: <<PERSON:p_in>> (case 1, <<ID:case_no>>) and <<PERSON:c1_in>> (case 2, <<ID:case2>>), both living within 1 km of <<ORG:firm>>, <<ADDRESS:addr2>>.
Cooling tower serial <<ID:serial>>; maintained by <<ORG:employer>> (contact <<PERSON:c2>>, <<PHONE:phone2>>, <<EMAIL:team_email>>).
Samples taken <<DATE:date_spec>> by <<PERSON:s1>> and <<PERSON:s2_typo>>; lab refs <<ID:acc>>, <<ID:acc2>>.
Case 1 is <<AGE:p_age>>, smoker, admitted <<ORG:hosp>> ITU <<DATE:date_onset>>.
Sign-off: <<PERSON:s3_up>>, Lead EHO""",
    "au_measles_exposure_sms": """Public health alert log — measles exposure sites
Case: <<PERSON:p>> (<<ID:case_no>>), infectious <<DATE:date_exp>> to <<DATE:date_exp2>>.
Exposure sites: <<ORG:hosp>> ED waiting room; <<ORG:food>>, <<LOCATION:city>>.
SMS sent to contacts (template MX-3):
  <<PERSON:c1_g>> <<PERSON:c1_f>>  <<PHONE:phone2>>  delivered
  <<PERSON:c2_gf>>  <<PHONE:phone3>>  failed — try email <<EMAIL:p_email>>?
  <<PERSON:w>>  <<PHONE:phone4>>  delivered, rang back, pregnant — referred to Dr <<PERSON:s1_f>> for NHIG
Medicare no. for case: <<ID:natid>>. Contact tracer <<PERSON:s2_g>> (staff ID <<ID:staff_id>>).
Public notice: <<URL:url_case>>""",
    "au_flood_evac_register": """FLOOD EVACUATION CENTRE — REGISTER
Centre: <<ORG:shelter>>, <<LOCATION:city>>    Opened <<DATE:date_rep>>
No. | Surname | Given | Age | From | Phone | Needs
1 | <<PERSON:p_f>> | <<PERSON:p_g>> | <<AGE:p_age>> | <<LOCATION:suburb>> | <<PHONE:p_phone>> | dialysis Tue/Thu/Sat
2 | <<PERSON:c1_f>> | <<PERSON:c1_g>> | <<AGE:e1_age>> | <<LOCATION:suburb2>> | nil | wheelchair
3 | <<PERSON:c2_up>> | (child) | <<AGE:c2_age>> | <<LOCATION:suburb>> | via mum <<PERSON:c3_g>> <<PHONE:phone2>> | asthma
4 | <<PERSON:w_f>> | <<PERSON:w_g>> | <<AGE:c4_age>> | <<LOCATION:city2>> | <<PHONE:phone3>> | pets x2
Registered with Register.Find.Reunite: <<ID:reunif>>. Duty manager <<PERSON:s1>>; nurse <<PERSON:s2_g>> from <<ORG:clinic>>.""",
    "au_school_vax_roster": """Year 7 school vaccination program — consent & administration
School: <<ORG:school>>   Session date: <<DATE:date_vax>>
Immuniser: <<PERSON:s1_gf>> (AHPRA <<ID:licence>>)
Student, DOB, Medicare, Parent/guardian, Phone, Given, Arm
"<<PERSON:p_gf>>",<<DATE:dob>>,<<ID:natid>>,<<PERSON:c1>>,<<PHONE:p_phone>>,{vaccine},L
"<<PERSON:c2_gf>>",<<DATE:dob_c2>>,,<<PERSON:c3_gi>>,<<PHONE:phone2>>,absent,-
"<<PERSON:w_gf>>",<<DATE:dob_c1>>,,<<PERSON:c4_g>> (aunty),<<PHONE:phone3>>,{vaccine},R
AIR upload by <<PERSON:s2_ini>>. Catch-up clinic <<DATE:date_fu>> at <<ORG:clinic>>.""",
    "au_family_reunification": """Missing persons / family reunification — bushfire, <<LOCATION:city>> district
Enquiry <<ID:reunif>> lodged <<DATE:date_rep>> by <<PERSON:c1>> (<<PHONE:phone2>>), looking for her father <<PERSON:p>>, <<AGE:p_age>>, of <<ADDRESS:p_addr>>. Last contact <<DATE:date_c1>>, said he was going to <<PERSON:c2_g>>'s place in <<LOCATION:suburb>>.
Also missing: neighbour "<<PERSON:c3_nick>>" <<PERSON:c3_f>> and dog.
Enquiry <<ID:reunif2>>: <<PERSON:c4_cap>> — FOUND safe at <<ORG:shelter>>, advised by <<PERSON:s1_g>> (police liaison, <<PHONE:phone_ext>>).
Checked against hospital lists at <<ORG:hosp>> and <<ORG:hosp2>> — nil match for <<PERSON:p_f>> (also searched as <<PERSON:p_typo>>).""",
    "au_qfever_lab_notification": """<<ORG:lab>> — NOTIFIABLE CONDITION
To: <<ORG:clinic>>   Fax: <<PHONE:fax>>   Phone: <<PHONE:phone_ext>>
Patient: <<PERSON:p_cap>>  Sex: M  DOB: <<DATE:dob>>  Medicare: <<ID:natid>>
Address: <<ADDRESS:p_addr>>
Lab no: <<ID:acc>>  Collected: <<DATE:date_spec>>  Reported: <<DATE:date_res>>
Test: Coxiella burnetii phase II IgM — POSITIVE (titre 1:640)
Requesting doctor: Dr <<PERSON:s1_in>>, <<ORG:hosp>>, provider no. <<ID:staff_id>>
Clinical notes: abattoir worker at <<ORG:employer>>, fever since <<DATE:date_onset>>.
Authorised: <<PERSON:s2>>, Pathologist""",
    "in_idsp_cholera_linelist": """Outbreak line list — acute diarrhoeal disease, <<LOCATION:suburb>>, <<LOCATION:city>>
Outbreak ID <<ID:case_no>> | Reported to IDSP unit <<DATE:date_rep>> by <<PERSON:s1>> (MO, <<ORG:clinic>>)
S.No, Name, Age/Sex, Father/Husband name, Address, Mobile, Onset, Stool sample
1, <<PERSON:p>>, <<AGE:p_age>>/F, <<PERSON:c1>>, <<ADDRESS:p_addr>>, <<PHONE:p_phone>>, <<DATE:date_onset>>, <<ID:acc>>
2, <<PERSON:c2_up>>, <<AGE:c2_age>>/M, <<PERSON:c3_f>>, same house, -, <<DATE:date_c1>>, not taken
3, <<PERSON:c4_g>> (surname not given), <<AGE:c4_age>>/F, -, <<LOCATION:suburb>>, <<PHONE:phone2>>, <<DATE:date_c2>>, <<ID:acc2>>
Water source: municipal tanker + borewell. ASHA worker <<PERSON:c5_g>> assisting. RRT lead: Dr. <<PERSON:s2_f>> (<<PHONE:phone_ext>>).""",
    "in_dengue_case_investigation": """DENGUE CASE INVESTIGATION FORM
Name: <<PERSON:p_up>>     Age: <<AGE:p_age>>     Aadhaar: <<ID:natid>>
Address: <<ADDRESS:p_addr>>     Mobile: <<PHONE:p_phone>>
Date of onset: <<DATE:date_onset>>     NS1 Ag: positive (<<ORG:lab>>, sample <<ID:acc>>, <<DATE:date_spec>>)
Hospital: <<ORG:hosp>>, IP no. <<ID:mrn>>; treating physician Dr <<PERSON:s1_gi>>
Travel in last 14 days: visited relatives <<PERSON:c1_g>> and <<PERSON:c2_g>> at <<LOCATION:city2>>.
Breeding sites found at neighbour <<PERSON:c3_f>>'s terrace (coolers, tyres). Fogging done <<DATE:date_fu>>.
Investigated by: <<PERSON:s2>>, MPW, staff no. <<ID:staff_id>>   Verified: <<PERSON:s3_ini>>""",
    "in_polio_booth_roster": """Pulse Polio round — booth tally & house-to-house remarks
Booth: <<ORG:school>>, ward <<LOCATION:suburb>>   Date: <<DATE:date_vax>>
Vaccinator: <<PERSON:s1>>   Supervisor: <<PERSON:s2_gi>> (<<PHONE:phone2>>)
Missed children (X-marked houses):
- Household 1: <<PERSON:p_g>> s/o <<PERSON:c1>>, age 3 — family away at <<LOCATION:city2>>, mobile <<PHONE:p_phone>>
- Household 2: baby of <<PERSON:c2_lo>> (newborn, DOB <<DATE:dob_c2>>) — refused, religious leader <<PERSON:c3_f>> to be approached
- Transit site: <<PERSON:w_g>>, brick-kiln family, no phone
Reported to <<ORG:clinic>> via <<URL:url_portal>>.""",
    "in_flood_relief_camp": """RELIEF CAMP REGISTER — <<ORG:shelter>>
Camp in-charge: <<PERSON:s1>> (Tahsildar office), <<PHONE:phone_ext>>
Family card <<ID:ref_no>> | Head: <<PERSON:p_cap>> | Members 5 | Village: <<LOCATION:suburb>> | Mobile <<PHONE:p_phone>>
  Mother: <<PERSON:c1_g>>, <<AGE:e1_age>> yrs, bedridden
  Wife: <<PERSON:c2>>   Children: <<PERSON:c3_g>>, <<PERSON:w2_g>>
Aadhaar (head): <<ID:natid>>. Arrived <<DATE:date_arr>>. Medical camp by <<ORG:hosp>> team (Dr <<PERSON:s2_f>>, Dr <<PERSON:s3_f>>).
Missing from village: <<PERSON:c4>>, last seen <<DATE:date_c1>> near river bank — reported to police, ref <<ID:reunif>>.""",
    "in_tb_followup_visit": """TB treatment follow-up — home visit
Patient: <<PERSON:p>>   Nikshay ID: <<ID:tb_id>>   UHID: <<ID:mrn>>
Diagnosed <<DATE:date_onset>> at <<ORG:hosp>>; CBNAAT <<ID:acc>>, rif-sensitive.
Treatment supporter: <<PERSON:c1_g>> (wife). Address <<ADDRESS:p_addr>>, phone <<PHONE:p_phone>>.
Visit by STS <<PERSON:s1_gi>> on <<DATE:date_fu>>: missed 6 doses, went to <<LOCATION:city2>> for work at <<ORG:employer>>.
Household contacts screened: <<PERSON:c2_g>> (<<AGE:c2_age>>), <<PERSON:c3_g>> (<<AGE:c3_age>>), father <<PERSON:c4_f>> (<<AGE:e1_age>>). TPT started for children.
DBT bank verification pending. Next visit <<DATE:date_fu2>>. — <<PERSON:s1_ini>>""",
    "gh_cholera_linelist": """GHANA HEALTH SERVICE — cholera line list (extract)
District: <<ORG:clinic>>   Week ending <<DATE:date_rep>>   DSO: <<PERSON:s1>> (<<PHONE:phone_ext>>)
EPID No | Name | Age | Sex | Community | Phone | Onset | RDT | Outcome
<<ID:case_no>> | <<PERSON:p_cap>> | <<AGE:p_age>> | F | <<LOCATION:suburb>> | <<PHONE:p_phone>> | <<DATE:date_onset>> | pos | admitted <<ORG:hosp>>
<<ID:case2>> | <<PERSON:c1_cap>> | <<AGE:c1_age>> | M | <<LOCATION:suburb2>> | <<PHONE:phone2>> | <<DATE:date_c1>> | pos | discharged
- | <<PERSON:w_up>> | <<AGE:c2_age>> | F | <<LOCATION:suburb>> | - | <<DATE:date_c2>> | neg | OPD
Food vendor <<PERSON:c3_g>> at <<ORG:food>> tested; sample <<ID:acc>> sent to <<ORG:lab>>.
NHIS no. (case 1): <<ID:insurance>>. Ghana Card: <<ID:natid>>. Digital address: <<ADDRESS:p_addr>>""",
    "gh_lassa_contact_followup": """Lassa fever — contact follow-up sheet, day 9 of 21
Index: <<PERSON:p>> (died <<DATE:date_rep>>, <<ORG:hosp>>). Case ID <<ID:case_no>>.
Contact tracer: <<PERSON:s1_g>> <<PERSON:s1_f>>, <<PHONE:phone2>>
# | Contact | Relation | Phone | Temp AM | Temp PM | Symptoms
1 | <<PERSON:c1>> | husband | <<PHONE:phone3>> | 36.8 | 37.0 | none
2 | <<PERSON:c2_g>> | daughter, <<AGE:c2_age>> | same | 36.6 | 36.9 | none
3 | Nurse <<PERSON:c3>> | ward staff | <<PHONE:phone4>> | {temp} | - | headache → isolated, sample <<ID:acc>>
4 | <<PERSON:c4_f>> (Opanin) | landlord, <<AGE:e1_age>> | - | 36.5 | 36.7 | none
Burial team lead <<PERSON:s2>>. Last exposure <<DATE:date_c1>>; follow-up ends <<DATE:date_fu>>.""",
    "gh_mci_road_crash": """MASS CASUALTY INCIDENT — <<ORG:hosp>> Emergency Dept
Road crash near <<LOCATION:city2>>, <<DATE:date_rep>>, first arrivals {time1}. Incident commander Dr <<PERSON:s1_f>>.
Tag | Name | Triage | Disposal
<<ID:tag>> | <<PERSON:p_up>>, age <<AGE:p_age>> | P1 | theatre
<<ID:tag2>> | <<PERSON:c1_g>> <<PERSON:c1_f>> | P2 | ward, called brother <<PERSON:c2_g>> on <<PHONE:phone2>>
<<ID:tag3>> | unknown female, approx 30 | P1 | ICU — possibly "<<PERSON:w_g>>" per bus manifest
Bus operator: <<ORG:firm>>, vehicle <<ID:plate>>. Driver <<PERSON:c3>> in police custody.
Relatives desk run by <<PERSON:s2_g>> (<<PHONE:phone_ext>>). Press enquiries to <<EMAIL:team_email>>.""",
    "gh_mpox_partner_notification": """Partner notification — {sti}
Client code <<ID:case2>>; folder <<ID:mrn>>, <<ORG:clinic>>. Counsellor: <<PERSON:s1>>.
Client <<PERSON:p_g>> (<<PHONE:p_phone>>) consented to provider referral for:
  a) <<PERSON:c1_g>> — lives <<LOCATION:suburb>>, works at <<ORG:food>>; ph <<PHONE:phone2>>
  b) "<<PERSON:c2_nick>>", surname maybe <<PERSON:c2_f>>; met in <<LOCATION:city>> <<DATE:date_c1>>
  c) <<PERSON:w_lo>> (contact via WhatsApp <<PHONE:phone3>>)
Partner a) tested <<DATE:date_fu>>; sample <<ID:acc>> to <<ORG:lab>>.
Reviewed with Dr <<PERSON:s2_in>>.""",
    "gh_flood_missing_persons": """NADMO / Red Cross — family tracing list, flood
Compiled at <<ORG:shelter>>, <<LOCATION:city>>, <<DATE:date_rep>> by <<PERSON:s1_g>> (volunteer ID <<ID:staff_id>>)
SEEKING                      SOUGHT                        LAST SEEN                STATUS
<<PERSON:c1>> <<PHONE:phone2>>   <<PERSON:p>> (<<AGE:p_age>>)        <<LOCATION:suburb>>, <<DATE:date_c1>>    open <<ID:reunif>>
<<PERSON:c2_up>> <<PHONE:phone3>>   <<PERSON:c3_gi>> and baby      <<ADDRESS:addr2>>        FOUND at <<ORG:hosp>>
<<PERSON:c4_g>> (relative)       <<PERSON:w>> (<<AGE:e1_age>>)      <<LOCATION:suburb2>>                 open <<ID:reunif2>>
Hotline <<PHONE:phone_ext>>. Photos: <<URL:url_case>>
Volunteers coordinated by Pastor <<PERSON:c5_f>>; ward nurse Sister <<PERSON:c6_g>> checks the FOUND list.""",
    "gh_yellow_fever_port_health": """PORT HEALTH — <<ORG:airport>> arrivals hall, yellow fever card check
Traveller: <<PERSON:p_gf>>   Passport: <<ID:passport>>   DOB: <<DATE:dob>>
Arrived <<DATE:date_arr>> from <<LOCATION:abroad_city>>; staying at <<ADDRESS:p_addr>>, phone <<PHONE:phone_intl>>
Yellow fever certificate: not presented. Vaccinated on site <<DATE:date_vax>>, certificate no. <<ID:ref_no>>.
Travelling with: <<PERSON:c1_gf>> (passport <<ID:passport2>>) — valid card.
Port health officer: <<PERSON:s1_cap>>, staff no. <<ID:staff_id>>. Refer to <<ORG:clinic>> if fever; follow-up call <<DATE:date_fu>> by <<PERSON:s2_g>>.""",
}


# ---------------------------------------------------------------------------------------------
# Chinese names, places, organisations, numbers
# ---------------------------------------------------------------------------------------------
_ZH_COMPOUND: Final = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "慕容",
    "皇甫",
    "尉迟",
    "公孙",
    "令狐",
    "夏侯",
    "端木",
    "司徒",
    "西门",
)
_ZH_WORD_SURNAMES: Final = ("金", "文", "高", "平", "向", "安", "石", "江", "夏", "常", "白", "方")
_ZH_WORD_GIVEN: Final = (
    "平安",
    "向阳",
    "建国",
    "国庆",
    "红旗",
    "文静",
    "金凤",
    "高峰",
    "海燕",
    "春花",
    "秋菊",
    "美丽",
    "幸福",
    "长江",
    "和平",
    "胜利",
)
_PY_SURNAMES: Final = (
    "Zhang",
    "Wang",
    "Li",
    "Liu",
    "Chen",
    "Huang",
    "Zhao",
    "Wu",
    "Zhou",
    "Xu",
    "Ouyang",
    "Situ",
    "Lü",
    "Guo",
    "He",
    "Luo",
)
_PY_GIVEN: Final = (
    "Wei",
    "Xiaoming",
    "Jianguo",
    "Yanling",
    "Mingyu",
    "Haiyan",
    "Zihan",
    "Yuxuan",
    "Jun",
    "Lili",
    "Guoqiang",
    "Xiuying",
    "Tingting",
    "Hao",
)
_ZH_PLACES: Final[tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]] = (
    ("广州市", "广州", ("天河区", "越秀区", "海珠区", "白云区", "番禺区"), ("石牌街", "登峰街", "新市街", "钟村街")),
    ("深圳市", "深圳", ("福田区", "南山区", "宝安区", "龙岗区"), ("沙头街道", "西乡街道", "布吉街道", "蛇口街道")),
    ("东莞市", "东莞", ("莞城街道", "南城街道", "东城街道"), ("石龙镇", "虎门镇", "常平镇", "长安镇")),
    ("武汉市", "武汉", ("江岸区", "洪山区", "武昌区", "江汉区"), ("珞南街", "花桥街", "水果湖街")),
    ("杭州市", "杭州", ("西湖区", "上城区", "余杭区", "拱墅区"), ("翠苑街道", "良渚街道", "湖滨街道")),
    ("长沙市", "长沙", ("岳麓区", "芙蓉区", "开福区", "雨花区"), ("望月湖街道", "东屯渡街道", "洞井街道")),
    ("南京市", "南京", ("鼓楼区", "玄武区", "江宁区", "秦淮区"), ("宁海路街道", "东山街道", "夫子庙街道")),
    ("成都市", "成都", ("武侯区", "锦江区", "成华区", "郫都区"), ("玉林街道", "犀浦街道", "双桥子街道")),
    ("青岛市", "青岛", ("市南区", "黄岛区", "李沧区", "崂山区"), ("八大峡街道", "辛安街道", "沙子口街道")),
    ("昆明市", "昆明", ("五华区", "盘龙区", "官渡区"), ("龙翔街道", "拓东街道", "小板桥街道")),
)
_ZH_PROVINCE: Final = {"广州": "广东省", "深圳": "广东省", "东莞": "广东省", "武汉": "湖北省", "杭州": "浙江省", "长沙": "湖南省",
                       "南京": "江苏省", "成都": "四川省", "青岛": "山东省", "昆明": "云南省"}  # fmt: skip
_ZH_STREETS: Final = (
    "体育西路",
    "中山大道",
    "解放北路",
    "人民路",
    "建设路",
    "滨江东路",
    "东风路",
    "环市东路",
    "和平街",
    "新华路",
    "工业大道",
    "沿江西路",
    "光明巷",
    "幸福里",
)
_ZH_ABROAD: Final = ("曼谷", "金边", "吉隆坡", "雅加达", "迪拜", "拉各斯", "内罗毕", "万象", "仰光", "胡志明市")
_ZH_HOSPITALS: Final = (
    "第八人民医院",
    "第一人民医院",
    "中医院",
    "传染病医院",
    "妇幼保健院",
    "人民医院",
    "第三人民医院",
    "公共卫生临床中心",
    "胸科医院",
)
_ZH_FOOD: Final = (
    "湘味轩酒家",
    "老地方大排档",
    "阿强烧腊店",
    "好再来快餐店",
    "蜀香园川菜馆",
    "潮汕牛肉火锅店",
    "福满楼酒家",
    "兰州牛肉拉面馆",
    "幸福里团餐配送中心",
    "金满园食府",
)
_ZH_LABS: Final = ("金域医学检验中心", "迪安诊断", "艾迪康医学检验实验室", "华大基因临床检验中心", "凯普医学检验所")
_ZH_MOBILE_PREFIX: Final = (
    "130",
    "131",
    "132",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "158",
    "159",
    "166",
    "177",
    "180",
    "181",
    "186",
    "187",
    "188",
    "189",
    "199",
)
_ZH_AREA: Final = {
    "广州": "020",
    "深圳": "0755",
    "东莞": "0769",
    "武汉": "027",
    "杭州": "0571",
    "长沙": "0731",
    "南京": "025",
    "成都": "028",
    "青岛": "0532",
    "昆明": "0871",
}


def _zh_mobile(rng: random.Random) -> str:
    a, b, c = rng.choice(_ZH_MOBILE_PREFIX), _digits(rng, 4), _digits(rng, 4)
    return rng.choice(
        [
            f"{a}{b}{c}",
            f"{a} {b} {c}",
            f"{a}-{b}-{c}",
            f"+86 {a} {b} {c}",
            f"+86-{a}{b}{c}",
            f"0086 {a}{b}{c}",
            f"{a}{b}{c}",
        ]
    )


def _zh_landline(rng: random.Random, short_city: str, *, ext: bool = False) -> str:
    area = _ZH_AREA[short_city]
    n = 7 if area in ("0769", "0871") and rng.random() < 0.3 else 8
    num = f"{rng.randint(2, 8)}{_digits(rng, n - 1)}"
    value = rng.choice(
        [
            f"{area}-{num}",
            f"({area}){num[:4]} {num[4:]}",
            f"{area} {num[:4]} {num[4:]}",
            f"+86 {area[1:]} {num}",
            f"{area}—{num}",
        ]
    )
    return value + (
        rng.choice([f"转{_digits(rng, 3)}", f"-{_digits(rng, 4)}", f" 转 {_digits(rng, 4)}"]) if ext else ""
    )


def _zh_nick(rng: random.Random, given: str) -> str:
    last = given[-1]
    if len(given) >= 2 and given[-1] == given[-2]:
        return given
    return rng.choice([f"小{last}", f"阿{last}", f"{last}{last}"])


def _zh_person(rng: random.Random, fake: Faker, kind: str = "plain") -> tuple[str, str]:
    while True:
        if kind == "compound":
            surname, given = rng.choice(_ZH_COMPOUND), str(fake.first_name())
        elif kind == "word":
            surname = rng.choice(_ZH_WORD_SURNAMES)
            given = rng.choice(_ZH_WORD_GIVEN) if rng.random() < 0.7 else str(fake.first_name())
        else:
            surname, given = str(fake.last_name()), str(fake.first_name())
            if rng.random() < 0.12:
                given = given[-1] * 2  # 叠字
        if not (surname + given).startswith("老") and surname != given:
            return surname, given


def _add_zh_forms(values: dict[str, str], key: str, surname: str, given: str, rng: random.Random) -> None:
    values[key] = surname + given
    values[f"{key}_s"] = surname
    values[f"{key}_g"] = given
    values[f"{key}_nick"] = _zh_nick(rng, given)


def _zh_values(
    rng: random.Random, fakes: dict[str, Faker], profile: str
) -> tuple[dict[str, str], list[KnownIdentifier]]:
    d = _digits
    fake = fakes["zh_CN"]
    values: dict[str, str] = {}
    names: dict[str, tuple[str, str]] = {}
    for key in ("p", "c1", "c2", "c3", "c4", "c5", "c6", "d1", "d2", "d3", "d4"):
        kind = "compound" if rng.random() < 0.08 else "word" if rng.random() < 0.1 else "plain"
        names[key] = _zh_person(rng, fake, kind)
        _add_zh_forms(values, key, *names[key], rng)
    _add_zh_forms(values, "cp", *_zh_person(rng, fake, "compound"), rng)
    _add_zh_forms(values, "wp", *_zh_person(rng, fake, "word"), rng)
    tw = fakes["zh_TW"]
    _add_zh_forms(values, "tw", str(tw.last_name()), str(tw.first_name()), rng)
    for key in ("py1", "py2"):
        sur, giv = rng.choice(_PY_SURNAMES), rng.choice(_PY_GIVEN)
        values[key] = rng.choice(
            [f"{sur} {giv}", f"{sur.upper()} {giv}", f"{giv} {sur}", f"{sur.upper()} {giv.upper()}", f"{sur}{giv}"]
        )
    # places
    places = list(_ZH_PLACES)
    rng.shuffle(places)
    city_full, short, districts, towns = places[0]
    values["city"] = rng.choice([city_full, short])
    values["city2"] = rng.choice([places[1][0], places[1][1]])
    values["city3"] = places[2][1]
    values["district"] = rng.choice(districts)
    values["district2"] = rng.choice(districts)
    values["town"] = rng.choice(towns)
    values["village"] = rng.choice(
        ["王家庄", "李村", "石塘村", "下沙村", "黄泥坳", "新围村", "陈屋", "马家湾村", "上林村", "东坑村"]
    )
    values["abroad_city"] = rng.choice(_ZH_ABROAD)
    values["province"] = _ZH_PROVINCE[short]

    def address(district: str) -> str:
        street = rng.choice(_ZH_STREETS)
        n = rng.randint(1, 899)
        form = rng.random()
        if form < 0.3:
            return f"{city_full}{district}{street}{n}号{rng.randint(1, 30)}栋{rng.randint(1, 32)}0{rng.randint(1, 8)}室"
        if form < 0.55:
            return f"{district}{street}{n}号之{rng.randint(1, 9)}"
        if form < 0.75:
            return f"{street}{n}号{rng.randint(1, 6)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}"
        if form < 0.9:
            return f"{values['province']}{city_full}{district}{street}{n}号"
        return f"{rng.choice(towns)}{values['village']}{rng.randint(1, 12)}组{rng.randint(1, 99)}号"

    values["p_addr"] = address(values["district"])
    values["addr2"] = address(values["district2"])
    values["addr3"] = address(rng.choice(districts))
    # organisations
    hospitals = rng.sample(_ZH_HOSPITALS, 2)
    values["hosp"] = f"{short}市{hospitals[0]}"
    values["hosp2"] = f"{places[1][1]}市{hospitals[1]}" if rng.random() < 0.5 else f"{values['district']}人民医院"
    values["cdc"] = rng.choice(
        [f"{values['district']}疾病预防控制中心", f"{short}市疾病预防控制中心", f"{values['district']}疾控中心"]
    )
    values["jds"] = f"{values['district']}卫生监督所"
    values["fyz"] = f"{rng.choice(towns)}动物防疫站"
    values["cdc_short"] = f"{values['district']}疾控"
    values["chc"] = f"{rng.choice(towns)}社区卫生服务中心"
    values["food"] = rng.choice(_ZH_FOOD)
    values["food2"] = rng.choice([f for f in _ZH_FOOD if f != values["food"]])
    values["lab"] = rng.choice(_ZH_LABS)
    values["school"] = rng.choice(
        [
            f"{values['district']}华阳小学",
            f"{rng.choice(towns)}中心幼儿园",
            f"{short}市第二十一中学",
            f"{values['district']}实验幼儿园",
            f"{short}职业技术学院",
        ]
    )
    values["kindergarten"] = rng.choice(
        [
            f"{rng.choice(towns)}中心幼儿园",
            f"{values['district']}实验幼儿园",
            f"{short}市机关第二幼儿园",
            "小太阳双语幼儿园",
        ]
    )
    values["shelter"] = rng.choice(
        [
            f"{rng.choice(towns)}中心小学安置点",
            f"{short}市体育中心安置点",
            f"{values['village']}村委会",
            f"{values['district']}文化活动中心",
        ]
    )
    values["port"] = rng.choice(
        [
            "白云国际机场",
            "深圳湾口岸",
            "蛇口邮轮母港",
            "天河国际机场",
            "双流国际机场",
            "萧山国际机场",
            "禄口国际机场",
            "长水国际机场",
        ]
    )
    values["firm"] = str(fake.company())
    values["firm2"] = str(fake.company())
    # phones / email / url
    values["p_phone"] = _zh_mobile(rng)
    for key in ("phone2", "phone3", "phone4", "phone5"):
        values[key] = _zh_mobile(rng)
    values["tel"] = _zh_landline(rng, short)
    values["tel_ext"] = _zh_landline(rng, short, ext=True)
    values["fax"] = _zh_landline(rng, short)
    values["tel2"] = _zh_landline(rng, places[1][1])
    values["hk_phone"] = rng.choice(
        [
            f"+852 {rng.choice('5679')}{d(rng, 3)} {d(rng, 4)}",
            f"(852) {rng.choice('5679')}{d(rng, 7)}",
            f"00852-{rng.choice('5679')}{d(rng, 3)}-{d(rng, 4)}",
        ]
    )
    py_user = rng.choice(
        ["zhangwei", "liuxy", "chen.hao", "wangfang88", "lili_2019", "huangjun", "xiaoyu", "ouyangming"]
    )
    values["p_email"] = rng.choice(
        [
            f"{py_user}{d(rng, 2)}@163.com",
            f"{rng.randint(1, 9)}{d(rng, rng.randint(6, 9))}@qq.com",
            f"{py_user}@126.com",
            f"{py_user}@sina.com",
        ]
    )
    dom = rng.choice(
        ["gzcdc.org.cn", "szcdc.net", "whcdc.org", "hzcdc.gov.cn", "cscdc.org.cn", "njcdc.cn", "cdcdc.cn", "qdcdc.com"]
    )
    values["s_email"] = rng.choice(
        [f"liudiao{d(rng, 2)}@{dom}", f"jbk@{dom}", f"wsjd_{d(rng, 3)}@{dom}", f"mianyi@{dom}"]
    )
    values["url"] = rng.choice(
        [
            f"https://www.{dom}/xxgk/yqfk/{d(rng, 6)}.html",
            f"http://jbkz.{dom}/report?card={d(rng, 10)}",
            f"https://mp.weixin.qq.com/s/{_letters(rng, 10, 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')}",
            f"www.{dom}/jzyy?id={d(rng, 7)}",
        ]
    )
    # identifiers (never 18 digits except the resident ID)
    event = _day_between(rng, dt.date(2023, 1, 5), dt.date(2025, 9, 30))
    age = _patient_age(rng, profile)
    dob = _birth(rng, age, event)
    sfz = cn_resident_id(rng, dob)
    shape = rng.random()
    values["sfz"] = (
        sfz if shape < 0.8 else f"{sfz[:6]} {sfz[6:14]} {sfz[14:]}" if shape < 0.9 else sfz[:-1] + sfz[-1].lower()
    )
    values["zyh"] = rng.choice([f"ZY{d(rng, 8)}", f"{d(rng, 7)}", f"{rng.randint(23, 25)}{d(rng, 6)}", f"Z{d(rng, 9)}"])
    values["mzh"] = rng.choice([f"MZ{d(rng, 10)}", f"{d(rng, 10)}", f"00{d(rng, 8)}"])
    values["bed"] = rng.choice(
        [
            f"{rng.randint(1, 12)}-{rng.randint(1, 45):02d}",
            f"{rng.choice('ABCDE')}{rng.randint(1, 45):02d}",
            f"加{rng.randint(1, 9)}",
        ]
    )
    values["ybh"] = rng.choice([f"{d(rng, 10)}", f"G44{d(rng, 9)}", f"1101{d(rng, 12)}", f"H{d(rng, 11)}"])
    values["bah"] = rng.choice([f"{d(rng, 6)}", f"BA{d(rng, 7)}", f"{d(rng, 8)}"])
    values["card_no"] = rng.choice(
        [f"{d(rng, 6)}{rng.randint(2023, 2025)}{d(rng, 5)}", f"CRB-{d(rng, 8)}", f"{d(rng, 12)}"]
    )
    values["ld_no"] = rng.choice(
        [f"LD-{rng.randint(2023, 2025)}-{d(rng, 4)}", f"流调{d(rng, 6)}", f"{_letters(rng, 2)}{d(rng, 6)}"]
    ).removeprefix("流调")
    values["mj_no"] = rng.choice([f"MJ{d(rng, 6)}", f"{d(rng, 5)}-{rng.randint(1, 30):02d}", f"CC-{d(rng, 5)}"])
    values["jzz"] = rng.choice([f"{d(rng, 4)}{d(rng, 4)}{d(rng, 4)}", f"JZ{d(rng, 10)}", f"{d(rng, 15)}"])
    values["passport"] = rng.choice(
        [f"E{d(rng, 8)}", f"EA{d(rng, 7)}", f"G{d(rng, 8)}", f"P{_letters(rng, 1)}{d(rng, 7)}"]
    )
    values["passport2"] = rng.choice([f"E{d(rng, 8)}", f"EJ{d(rng, 7)}"])
    values["gat"] = rng.choice([f"C{d(rng, 8)}", f"C{_letters(rng, 1)}{d(rng, 7)}", f"{d(rng, 8)}"])
    values["jy_no"] = rng.choice([f"GZQ{d(rng, 8)}", f"JY-{rng.randint(2023, 2025)}-{d(rng, 5)}", f"{d(rng, 14)}"])
    values["sample"] = rng.choice(
        [f"BB{rng.randint(23, 25)}-{d(rng, 5)}", f"S{d(rng, 9)}", f"{rng.randint(23, 25)}{_letters(rng, 2)}{d(rng, 5)}"]
    )
    values["sample2"] = rng.choice([f"BB{rng.randint(23, 25)}-{d(rng, 5)}", f"S{d(rng, 9)}"])
    values["plate"] = rng.choice(
        [
            f"粤A·{_letters(rng, 1)}{d(rng, 4)}",
            f"鄂A{d(rng, 5)}",
            f"浙A·{d(rng, 3)}{_letters(rng, 2)}",
            f"湘A{_letters(rng, 1)}{d(rng, 3)}{_letters(rng, 1)}",
        ]
    )
    values["gh"] = rng.choice([f"GH{d(rng, 5)}", f"{d(rng, 6)}", f"CDC-{d(rng, 4)}"])
    values["zyzs"] = rng.choice([f"{d(rng, 15)}", f"{rng.randint(2010, 2023)}{d(rng, 8)}", f"{d(rng, 12)}"])
    values["sy_no"] = rng.choice(
        [f"SY-{rng.randint(1, 199):03d}", f"红{rng.randint(1, 60):02d}", f"{d(rng, 6)}", f"T{d(rng, 5)}"]
    )
    values["sy_no2"] = rng.choice([f"SY-{rng.randint(200, 399):03d}", f"黄{rng.randint(1, 60):02d}", f"{d(rng, 6)}"])
    values["sy_no3"] = rng.choice([f"SY-{rng.randint(400, 599):03d}", f"绿{rng.randint(1, 60):02d}", f"{d(rng, 6)}"])
    values["xq_no"] = rng.choice(
        [f"XQ{d(rng, 6)}", f"{rng.randint(2023, 2025)}-XQ-{d(rng, 4)}", f"寻{d(rng, 5)}"]
    ).removeprefix("寻")
    values["az_no"] = rng.choice([f"AZ-{d(rng, 4)}", f"{rng.randint(1, 20)}-{d(rng, 3)}", f"A{d(rng, 5)}"])
    values["tb_no"] = rng.choice(
        [f"{rng.randint(2023, 2025)}{d(rng, 5)}", f"TB{d(rng, 8)}", f"{d(rng, 4)}-{d(rng, 5)}"]
    )
    values["serial"] = rng.choice(
        [
            f"SN{d(rng, 4)}{_letters(rng, 1)}{d(rng, 4)}",
            f"{_letters(rng, 3)}-{d(rng, 7)}",
            f"{d(rng, 6)}{_letters(rng, 2)}{d(rng, 3)}",
        ]
    )
    values["order"] = rng.choice([f"{d(rng, 19)}", f"MT{d(rng, 14)}", f"{d(rng, 16)}"])
    values["complaint"] = rng.choice([f"12345-{d(rng, 8)}", f"TS{d(rng, 10)}", f"{rng.randint(2023, 2025)}{d(rng, 7)}"])
    values["hiv_no"] = rng.choice([f"{d(rng, 6)}{d(rng, 7)}", f"HIV-{d(rng, 6)}", f"{_letters(rng, 1)}{d(rng, 9)}"])

    # dates
    def fmt(day: dt.date) -> str:
        return _zh_date(rng, day)

    values["dob"] = fmt(dob)
    values["date_onset"] = fmt(event - dt.timedelta(days=rng.randint(2, 9)))
    values["date_exp"] = fmt(event - dt.timedelta(days=rng.randint(10, 20)))
    values["date_exp2"] = fmt(event - dt.timedelta(days=rng.randint(6, 9)))
    values["date_rep"] = fmt(event)
    values["date_diag"] = fmt(event - dt.timedelta(days=rng.randint(0, 1)))
    values["date_spec"] = fmt(event - dt.timedelta(days=rng.randint(0, 2)))
    values["date_res"] = fmt(event + dt.timedelta(days=rng.randint(1, 3)))
    values["date_fu"] = fmt(event + dt.timedelta(days=rng.randint(5, 21)))
    values["date_fu2"] = fmt(event + dt.timedelta(days=rng.randint(22, 60)))
    values["date_arr"] = fmt(event - dt.timedelta(days=rng.randint(3, 12)))
    values["date_c1"] = fmt(event - dt.timedelta(days=rng.randint(1, 6)))
    values["date_c2"] = fmt(event - dt.timedelta(days=rng.randint(1, 6)))
    values["dob_c1"] = fmt(_birth(rng, rng.randint(1, 12), event))
    values["dob_c2"] = fmt(_birth(rng, rng.randint(1, 12), event))
    values["date_vax"] = fmt(event + dt.timedelta(days=rng.randint(0, 3)))
    values["date_vax2"] = fmt(event + dt.timedelta(days=rng.randint(7, 28)))
    # ages
    values["p_age"] = _zh_age_text(rng, age)
    for key in ("c1_age", "c2_age", "c3_age", "c4_age", "c5_age", "c6_age"):
        values[key] = _zh_age_text(rng, _age(rng))
    for key in ("e1_age", "e2_age", "e3_age", "e4_age"):
        values[key] = _zh_age_text(rng, _age(rng, elderly=True))
    # filler (never PHI)
    values["disease"] = rng.choice(
        ["细菌性痢疾", "霍乱", "登革热", "麻疹", "手足口病", "流行性腮腺炎", "戊型肝炎", "伤寒", "猩红热", "布鲁氏菌病"]
    )
    values["vaccine"] = rng.choice(
        [
            "麻腮风疫苗",
            "乙肝疫苗",
            "百白破疫苗",
            "脊灰灭活疫苗",
            "流感疫苗",
            "23价肺炎疫苗",
            "狂犬病疫苗",
            "乙脑减毒活疫苗",
        ]
    )
    values["food_item"] = rng.choice(
        ["凉拌木耳", "卤水拼盘", "隔夜米粉", "生腌蟹", "鸡蛋炒饭", "自制米酒", "野生菌火锅", "豆角焖面"]
    )
    values["pathogen"] = rng.choice(
        ["副溶血性弧菌", "沙门氏菌", "诺如病毒GII型", "金黄色葡萄球菌肠毒素", "蜡样芽胞杆菌", "米酵菌酸"]
    )
    values["time1"] = f"{rng.randint(0, 23)}:{rng.choice(['00', '10', '20', '30', '45'])}"
    values["time2"] = f"{rng.randint(6, 22)}时{rng.choice(['', '30分', '15分'])}"
    values["weekday"] = rng.choice(["周一", "周二", "周三", "周四", "周五", "周六", "周日", "星期三"])
    values["temp"] = f"{rng.randint(37, 40)}.{rng.randint(0, 9)}"
    values["n_ill"] = str(rng.randint(5, 80))
    values["n_exposed"] = str(rng.randint(80, 600))
    known = [
        KnownIdentifier("PERSON", values["p"]),
        KnownIdentifier("PERSON", values["p_s"]),
        KnownIdentifier("PERSON", values["p_g"]),
        KnownIdentifier("ID", sfz),
        KnownIdentifier("ID", values["zyh"]),
        KnownIdentifier("ID", values["ybh"]),
        KnownIdentifier("PHONE", values["p_phone"]),
        KnownIdentifier("ADDRESS", values["p_addr"]),
        KnownIdentifier("DATE", dob.isoformat()),
        KnownIdentifier("EMAIL", values["p_email"]),
    ]
    return values, known


# ---------------------------------------------------------------------------------------------
# Chinese templates
# ---------------------------------------------------------------------------------------------
ZH_BLIND21_TEMPLATES: Final[dict[str, str]] = {
    "zh_infectious_report_card": """中华人民共和国传染病报告卡
卡片编号：<<ID:card_no>>　　报卡类别：初次报告
患者姓名：<<PERSON:p>>　　（患儿家长姓名：<<PERSON:c1>>）
有效证件号：<<ID:sfz>>　　性别：男　　出生日期：<<DATE:dob>>　　（实足年龄：<<AGE:p_age>>岁）
工作单位：<<ORG:firm>>　　联系电话：<<PHONE:p_phone>>
病人属于：本县区　　现住址：<<ADDRESS:p_addr>>
人群分类：工人　　病例分类：确诊病例
发病日期：<<DATE:date_onset>>　　诊断日期：<<DATE:date_diag>>
疾病名称：乙类传染病　{disease}
报告单位：<<ORG:hosp>>　　联系电话：<<PHONE:tel_ext>>
报告医生：<<PERSON:d1>>　　填卡日期：<<DATE:date_rep>>
备注：门诊号<<ID:mzh>>，已电话告知<<ORG:cdc>><<PERSON:d2_s>>科长。""",
    "zh_epi_investigation_report": """{disease}病例流行病学调查报告
<<ORG:cdc>>　　编号：<<ID:ld_no>>
一、基本情况
<<PERSON:p>>，<<AGE:p_age>>岁，身份证号<<ID:sfz>>，现住<<ADDRESS:p_addr>>，在<<ORG:firm>>从事仓储工作，联系电话<<PHONE:p_phone>>。
二、发病就诊经过
患者于<<DATE:date_onset>>出现发热（最高{temp}℃）、腹泻，当晚由妻子<<PERSON:c1_g>>陪同至<<ORG:chc>>就诊，<<DATE:date_diag>>转至<<ORG:hosp>>，住院号<<ID:zyh>>，床号<<ID:bed>>。
三、暴露史
发病前一周曾到<<LOCATION:city2>>参加同学聚会，同桌有<<PERSON:c2>>、<<PERSON:c3>>及“<<PERSON:c4_nick>>”（全名不详）。<<DATE:date_exp>>在<<ORG:food>>就餐，进食{food_item}。
四、密切接触者
共判定密接7人，由<<ORG:cdc>>流调员<<PERSON:d2>>、<<PERSON:d3>>负责追踪。
调查人：<<PERSON:d1_s>>　审核：<<PERSON:d4>>　　<<DATE:date_rep>>""",
    "zh_close_contact_table": """密切接触者登记表（<<ID:mj_no>>）
指示病例：<<PERSON:p>>　　身份证：<<ID:sfz>>　　报告日期：<<DATE:date_rep>>
序号	姓名	关系	年龄	联系方式	末次接触	管理方式
1	<<PERSON:c1>>	配偶	<<AGE:c1_age>>	<<PHONE:phone2>>	<<DATE:date_c1>>	居家医学观察
2	<<PERSON:c2_g>>	女儿	<<AGE:c2_age>>	同上	<<DATE:date_c1>>	居家医学观察
3	<<PERSON:c3>>	同事	<<AGE:c3_age>>	<<PHONE:phone3>>	<<DATE:date_c2>>	集中隔离
4	<<PERSON:cp>>	邻居	<<AGE:e1_age>>	<<PHONE:tel>>	<<DATE:date_c2>>	居家
5	<<PERSON:py1>>（外籍同事）	同事	<<AGE:c4_age>>	<<PHONE:phone4>>	<<DATE:date_c2>>	居家
填表人：<<PERSON:d1>>　　核对：<<PERSON:d2_s>>
上报至<<ORG:cdc>>邮箱<<EMAIL:s_email>>""",
    "zh_vaccination_register": """预防接种登记（<<ORG:chc>>接种门诊）
日期：<<DATE:date_vax>>　　接种护士：<<PERSON:d1>>　　登记：<<PERSON:d2_nick>>
受种者　出生日期　监护人　联系电话　疫苗　剂次　接种证号
<<PERSON:p>>　<<DATE:dob>>　<<PERSON:c1>>　<<PHONE:p_phone>>　{vaccine}　第2剂　<<ID:jzz>>
<<PERSON:c2>>　<<DATE:dob_c1>>　<<PERSON:c3_s>>女士　<<PHONE:phone2>>　{vaccine}　第1剂　—
<<PERSON:wp>>　<<DATE:dob_c2>>　爷爷<<PERSON:c4>>　<<PHONE:phone3>>　{vaccine}　第1剂　暂缓（发热{temp}℃）
备注：第一位受种者身份证<<ID:sfz>>，下次接种<<DATE:date_vax2>>，预约链接<<URL:url>>。""",
    "zh_port_quarantine_form": """出入境人员健康申明卡　检疫查验记录
口岸：<<ORG:port>>　　查验编号：<<ID:jy_no>>
姓名：<<PERSON:p>>　拼音：<<PERSON:py1>>　护照号：<<ID:passport>>
出生日期：<<DATE:dob>>　身份证：<<ID:sfz>>
入境日期：<<DATE:date_arr>>　出发地：<<LOCATION:abroad_city>>
境内住址：<<ADDRESS:p_addr>>　手机：<<PHONE:p_phone>>
症状：发热{temp}℃、皮疹　采样编号：<<ID:sample>>
同行人：<<PERSON:tw>>（台胞证<<ID:gat>>），<<PERSON:c1>>（护照<<ID:passport2>>）
处置：转送<<ORG:hosp>>排查，已通报<<ORG:cdc>>。
查验关员：<<PERSON:d1>>（工号<<ID:gh>>）　　复核：<<PERSON:d2_s>>科长""",
    "zh_tb_followup": """肺结核患者随访记录
登记号：<<ID:tb_no>>　　病案号：<<ID:bah>>
患者：<<PERSON:p>>　　性别：女　　年龄：<<AGE:p_age>>岁
住址：<<ADDRESS:p_addr>>　　电话：<<PHONE:p_phone>>
确诊日期：<<DATE:date_diag>>（<<ORG:hosp>>结核门诊，主治<<PERSON:d1_s>>医生）
随访日期：<<DATE:date_fu>>　方式：入户
督导服药人：丈夫<<PERSON:c1_g>>；村医<<PERSON:c2>>每周核查服药卡。
本次发现漏服3次，患者诉去<<LOCATION:city2>>照顾母亲<<PERSON:c3_g>>（<<AGE:e1_age>>岁）。
家庭密接筛查：<<PERSON:c4_nick>>（孙女）PPD阴性。
随访人：<<PERSON:d2>>　　下次随访：<<DATE:date_fu2>>""",
    "zh_food_poisoning_investigation": """食物中毒事件流行病学调查简报
事件编号：<<ID:ld_no>>　报告时间：<<DATE:date_rep>> {time1}
<<DATE:date_exp>>晚，<<LOCATION:town>>某村民<<PERSON:c1>>家办寿宴（为其母<<PERSON:c2_g>>庆祝<<AGE:e1_age>>岁生日），菜品由<<ORG:food>>承办，厨师<<PERSON:c3>>。共{n_exposed}人就餐，{n_ill}人发病。
首发病例<<PERSON:p>>（<<AGE:p_age>>岁，身份证<<ID:sfz>>）于次日凌晨出现呕吐，送<<ORG:hosp2>>，住院号<<ID:zyh>>。
剩余食品{food_item}及患者呕吐物送<<ORG:lab>>，样本号<<ID:sample>>、<<ID:sample2>>，检出{pathogen}。
现场调查：<<ORG:cdc>> <<PERSON:d1>>、<<PERSON:d2>>；市场监管所<<PERSON:d3_s>>所长。
联系人：<<PERSON:d1_s>>　<<PHONE:tel_ext>>""",
    "zh_mass_casualty_list": """突发事件伤员名单（第3次更新 {time1}）
事件：<<LOCATION:district>>客车侧翻　　上报单位：<<ORG:hosp>>急诊科
编号	姓名	性别	年龄	伤情分级	去向
<<ID:sy_no>>	<<PERSON:p>>	男	<<AGE:p_age>>	红	手术室
<<ID:sy_no2>>	<<PERSON:c1>>	女	<<AGE:c1_age>>	黄	骨科，家属<<PERSON:c2>> <<PHONE:phone2>>
<<ID:sy_no3>>	无名氏（自称“<<PERSON:c3_nick>>”）	女	约20	绿	留观
—	<<PERSON:cp>>	男	<<AGE:e1_age>>	黑	—
客车所属：<<ORG:firm>>，车牌<<ID:plate>>，司机<<PERSON:c4>>。
总指挥：<<PERSON:d1_s>>院长　联络：<<PERSON:d2>> <<PHONE:tel>>　日期<<DATE:date_rep>>
首位伤员身份证：<<ID:sfz>>""",
    "zh_shelter_register": """临时安置点人员登记表
安置点：<<ORG:shelter>>（<<LOCATION:town>>）　开设日期：<<DATE:date_rep>>
安置编号　户主　家庭人数　原住址　联系电话　特殊需求
<<ID:az_no>>　<<PERSON:p>>　4　<<ADDRESS:p_addr>>　<<PHONE:p_phone>>　母亲<<PERSON:c1_g>><<AGE:e1_age>>岁，卧床
—　<<PERSON:c2>>　2　<<LOCATION:village>>　<<PHONE:phone2>>　孕妇
—　<<PERSON:wp>>　1　<<LOCATION:village>>　无　透析患者，联系<<ORG:hosp>>
户主身份证：<<ID:sfz>>
医疗点值班：<<PERSON:d1_s>>医生、<<PERSON:d2_s>>护士　　登记人：<<PERSON:d3>>　<<PHONE:phone3>>""",
    "zh_family_search_register": """寻亲登记（<<ORG:shelter>>服务台）
登记号：<<ID:xq_no>>　　登记时间：<<DATE:date_rep>> {time2}
寻找人：<<PERSON:c1>>（与被寻人关系：女儿）　电话：<<PHONE:phone2>>
被寻人：<<PERSON:p>>，<<AGE:p_age>>岁，身份证<<ID:sfz>>，住<<ADDRESS:p_addr>>
最后联系：<<DATE:date_c1>>，称去<<LOCATION:village>>找老<<PERSON:c2_s>>打牌。
体貌特征：身高约165，穿蓝色外套，左手戴手环（<<ORG:chc>>发放，编号<<ID:serial>>）。
核查：<<ORG:hosp>>、<<ORG:hosp2>>伤员名单均未见。
另：<<PERSON:c3_nick>>（<<PERSON:c3>>）已在本点找到其外婆<<PERSON:c4>>，<<DATE:date_c2>>结案。
经办：<<PERSON:d1>>""",
    "zh_heat_welfare_visit": """高温天气独居老人走访记录（<<ORG:chc>>）
走访日期：<<DATE:date_rep>>　{weekday}　室外{temp}℃
姓名	年龄	住址	电话	情况
<<PERSON:p>>	<<AGE:p_age>>	<<ADDRESS:p_addr>>	<<PHONE:p_phone>>	无空调，已送风扇
<<PERSON:c1>>	<<AGE:e1_age>>	<<ADDRESS:addr2>>	<<PHONE:tel>>	头晕，女儿<<PERSON:c2_g>>接回<<LOCATION:city2>>
<<PERSON:cp>>	<<AGE:e2_age>>	<<ADDRESS:addr3>>	无	敲门无应答，邻居<<PERSON:c3_s>>阿姨说去了医院
<<PERSON:wp>>	<<AGE:e3_age>>	同上楼栋	<<PHONE:phone3>>	正常
走访人：<<PERSON:d1_nick>>、小<<PERSON:d2_s>>　　网格员<<PERSON:d3>>
首位老人身份证<<ID:sfz>>，医保号<<ID:ybh>>。""",
    "zh_sti_partner_notification": """性伴告知记录（保密）
就诊者编号：<<ID:hiv_no>>　　门诊号：<<ID:mzh>>
就诊者：<<PERSON:p_s>>某（全名见病历<<PERSON:p>>），诊断：梅毒
告知日期：<<DATE:date_rep>>　咨询员：<<PERSON:d1>>
性伴1：<<PERSON:c1_g>>，手机<<PHONE:phone2>>，已来检测，RPR阴性
性伴2：网名“<<PERSON:c2_nick>>”，真名<<PERSON:c2>>（就诊者提供），在<<LOCATION:city2>>，未联系上
性伴3：<<PERSON:py1>>，外籍，邮箱<<EMAIL:p_email>>
转介至<<ORG:hosp>>皮肤性病科<<PERSON:d2_s>>主任。
就诊者身份证：<<ID:sfz>>""",
    "zh_env_complaint": """12345热线工单　　工单号：<<ID:complaint>>
来电时间：<<DATE:date_rep>> {time1}　来电人：<<PERSON:p>>　电话：<<PHONE:p_phone>>
反映地址：<<ADDRESS:addr2>>
内容：楼下<<ORG:food>>油烟直排、后巷垃圾堆积，老鼠多，家中老人<<PERSON:c1_g>>（<<AGE:e1_age>>岁）被咬伤，已在<<ORG:chc>>打狂犬疫苗。
来电人住址：<<ADDRESS:p_addr>>，身份证<<ID:sfz>>
承办：<<ORG:jds>>　经办人<<PERSON:d1>>（执法证<<ID:gh>>）
现场核查<<DATE:date_fu>>，已责令业主<<PERSON:c2>>整改，回复来电人。""",
    "zh_wechat_tracing_group": """【<<LOCATION:district>>流调3组】微信群聊记录
<<PERSON:d1>>：病例<<PERSON:p>>的轨迹出来了，<<DATE:date_c1>>去过<<ORG:food>>和<<ORG:firm>>
<<PERSON:d2_nick>>：收到，<<ORG:food>>老板<<PERSON:c1_s>>总电话<<PHONE:phone2>>
<<PERSON:d3>>：病例的老婆<<PERSON:c2_g>>说还见过她表哥<<PERSON:c3>>，住<<ADDRESS:addr2>>
<<PERSON:d1>>：@<<PERSON:d3>> 表哥年龄？
<<PERSON:d3>>：<<AGE:c3_age>>
<<PERSON:d4_s>>主任：今晚12点前把密接名单发<<EMAIL:s_email>>，别发群里
<<PERSON:d2_nick>>：好的。病例身份证<<ID:sfz>>我单独发你""",
    "zh_phone_followup": """电话随访记录
随访对象：<<PERSON:p>>（<<PERSON:py2>>）　号码：<<PHONE:p_phone>>
随访时间：<<DATE:date_fu>> {time2}
随访员：<<PERSON:d1>>（工号<<ID:gh>>）
内容：对象自述<<DATE:date_onset>>起咳嗽，已在<<ORG:hosp>>就诊，门诊号<<ID:mzh>>。同住人：父亲<<PERSON:c1>>（<<AGE:e1_age>>岁）、弟弟<<PERSON:c2_g>>。
对象要求以后打座机<<PHONE:tel>>或联系其姐姐<<PERSON:c3_nick>>（<<PHONE:phone2>>）。
备注：档案身份证号<<ID:sfz>>与医保号<<ID:ybh>>已核对。""",
    "zh_dengue_case": """登革热个案调查表
病例编号：<<ID:card_no>>
姓名：<<PERSON:p>>　　年龄：<<AGE:p_age>>　　职业：外卖骑手（<<ORG:firm>>）
住址：<<ADDRESS:p_addr>>　　电话：<<PHONE:p_phone>>
发病：<<DATE:date_onset>>　　NS1检测：阳性（<<ORG:lab>>，标本<<ID:sample>>）
发病前14天活动：<<DATE:date_exp>>至<<DATE:date_exp2>>从<<LOCATION:abroad_city>>务工返回，途经<<LOCATION:city2>>。
同住：<<PERSON:c1>>、<<PERSON:c2>>；工友“<<PERSON:c3_nick>>”同去。
蚊媒应急处置：<<ORG:cdc>> <<PERSON:d1>>组织对<<LOCATION:village>>周边200米灭蚊。
调查者：<<PERSON:d2>>　复核：<<PERSON:d3_s>>""",
    "zh_rabies_exposure": """狂犬病暴露处置门诊登记
门诊号：<<ID:mzh>>　　就诊日期：<<DATE:date_rep>>
姓名：<<PERSON:p_nick>>（<<PERSON:p>>）　　年龄：<<AGE:p_age>>岁　　监护人：<<PERSON:c1>>
暴露：被邻居<<PERSON:c2_s>>家犬咬伤右小腿，Ⅲ级暴露，地点<<ADDRESS:addr2>>
处置：冲洗、{vaccine}第1针，抗狂犬病免疫球蛋白。接种医生：<<PERSON:d1>>
后续：<<DATE:date_vax>>、<<DATE:date_vax2>>按程序接种；联系电话<<PHONE:p_phone>>
犬只已由<<ORG:fyz>><<PERSON:d2>>隔离观察。
身份证号：<<ID:sfz>>""",
    "zh_school_norovirus_cluster": """学校聚集性疫情处置报告
学校：<<ORG:school>>　　报告人：校医<<PERSON:c1>>　<<PHONE:phone2>>
<<DATE:date_onset>>起，三年级2班陆续出现呕吐腹泻，共{n_ill}例。
首例：<<PERSON:p>>，班主任<<PERSON:c2_s>>老师发现后通知家长<<PERSON:c3>>。
病例身份证<<ID:sfz>>，就诊于<<ORG:hosp>>，门诊号<<ID:mzh>>。
肛拭子标本<<ID:sample>>经<<ORG:cdc>>实验室检测，结果{pathogen}阳性（<<DATE:date_res>>）。
食堂承包方：<<ORG:firm>>，负责人<<PERSON:c4>>。
处置：停课一周，<<PERSON:d1>>、<<PERSON:d2>>指导终末消毒。""",
    "zh_hfmd_kindergarten": """手足口病病例登记（托幼机构）
园所：<<ORG:kindergarten>>　　登记日期：<<DATE:date_rep>>
幼儿　出生日期　家长　电话　发病日期　班级
<<PERSON:p>>　<<DATE:dob>>　<<PERSON:c1>>（父）　<<PHONE:p_phone>>　<<DATE:date_onset>>　中二班
<<PERSON:c2_nick>>　<<DATE:dob_c1>>　<<PERSON:c3_s>>妈妈　<<PHONE:phone2>>　<<DATE:date_c1>>　中二班
<<PERSON:cp>>　<<DATE:dob_c2>>　奶奶　<<PHONE:phone3>>　<<DATE:date_c2>>　小一班
保健医：<<PERSON:d1>>　　社区医生：<<PERSON:d2_s>>医生（<<ORG:chc>>）
首例患儿身份证：<<ID:sfz>>""",
    "zh_flu_cluster_nursing_home": """养老机构流感样病例聚集报告
机构：<<ORG:firm>>（<<ADDRESS:addr2>>）
报告人：护理部<<PERSON:c1>>　电话<<PHONE:tel_ext>>
<<DATE:date_onset>>至<<DATE:date_rep>>，共{n_ill}名老人出现发热咳嗽。
重症：<<PERSON:p>>，<<AGE:p_age>>岁，转<<ORG:hosp>>，住院号<<ID:zyh>>，床号<<ID:bed>>
<<PERSON:c2>>，<<AGE:e1_age>>岁，<<PERSON:c3>>，<<AGE:e2_age>>岁，留院观察。
咽拭子<<ID:sample>>、<<ID:sample2>>送检。已接种{vaccine}的老人仅<<PERSON:c4_s>>奶奶一人。
<<ORG:cdc>>联络员<<PERSON:d1>>，邮箱<<EMAIL:s_email>>
重症老人身份证<<ID:sfz>>，医保<<ID:ybh>>""",
    "zh_lab_specimen_form": """标本送检单
送检单位：<<ORG:cdc>>　　送检人：<<PERSON:d1>>　　电话：<<PHONE:tel>>　传真：<<PHONE:fax>>
接收实验室：<<ORG:lab>>
标本编号　姓名　身份证/年龄　采样日期　标本类型
<<ID:sample>>　<<PERSON:p>>　<<ID:sfz>>　<<DATE:date_spec>>　血清
<<ID:sample2>>　<<PERSON:c1>>　<<AGE:c1_age>>岁　<<DATE:date_spec>>　咽拭子
检测项目：{disease}核酸
接收人：<<PERSON:d2_g>>　接收时间：<<DATE:date_res>> {time1}
报告查询：<<URL:url>>""",
    "zh_shelter_clinic_handover": """安置点医疗站交班记录　<<DATE:date_rep>>夜班
值班：<<PERSON:d1_s>>医生　<<PERSON:d2_nick>>（护士）
1. 帐篷区<<PERSON:p>>，<<AGE:p_age>>岁，血压高，已服药，明早复测。儿子<<PERSON:c1_g>>电话<<PHONE:p_phone>>。身份证<<ID:sfz>>。
2. <<PERSON:c2_s>>大爷（<<AGE:e1_age>>岁）夜间腹泻3次，补液，大便标本<<ID:sample>>留存。
3. 小<<PERSON:c3_s>>（志愿者）手割伤，已包扎。
4. 新转入<<PERSON:wp>>一家三口，来自<<LOCATION:village>>，原住<<ADDRESS:addr2>>。
交班人：<<PERSON:d1>>　接班人：<<PERSON:d3>>""",
    "zh_typhoon_evacuation_list": """防台风人员转移名单（<<LOCATION:town>>）
转移时间：<<DATE:date_rep>> {time2}　安置去向：<<ORG:shelter>>
户主	人数	住址	电话	备注
<<PERSON:p>>	3	<<ADDRESS:p_addr>>	<<PHONE:p_phone>>	老人<<AGE:e1_age>>岁需担架
<<PERSON:c1>>	2	<<ADDRESS:addr2>>	<<PHONE:phone2>>	—
<<PERSON:c2_s>>（全名<<PERSON:c2>>）	5	<<LOCATION:village>>	<<PHONE:phone3>>	渔船未归，船主<<PERSON:c3>>
<<PERSON:cp>>	1	<<ADDRESS:addr3>>	<<PHONE:tel>>	独居
包村干部：<<PERSON:d1>>　联系<<PHONE:phone4>>　　车辆：<<ID:plate>>
户主1身份证：<<ID:sfz>>""",
    "zh_earthquake_triage": """地震伤员检伤分类登记
检伤点：<<ORG:school>>操场　　检伤医生：<<PERSON:d1>>、<<PERSON:d2_s>>医生
伤票号	姓名	年龄	分类	处置
<<ID:sy_no>>	<<PERSON:p>>	<<AGE:p_age>>	红（危重）	直升机转<<ORG:hosp>>
<<ID:sy_no2>>	<<PERSON:c1>>	<<AGE:c1_age>>	黄	后送<<ORG:hosp2>>
<<ID:sy_no3>>	<<PERSON:c2_nick>>	<<AGE:c2_age>>	绿	就地处理，母亲<<PERSON:c3>>陪同
—	不详（<<PERSON:py2>>?）	约50	黑	待辨认
日期：<<DATE:date_rep>>　记录：<<PERSON:d3>>　上报：<<ORG:cdc>> <<PHONE:tel_ext>>
第一名伤员身份证：<<ID:sfz>>，家属<<PERSON:c4>> <<PHONE:phone2>>""",
    "zh_hiv_followup": """HIV感染者随访表（保密）
随访编号：<<ID:hiv_no>>　　姓名：<<PERSON:p>>　　身份证：<<ID:sfz>>
现住址：<<ADDRESS:p_addr>>　　电话：<<PHONE:p_phone>>
确证日期：<<DATE:date_diag>>　　抗病毒治疗机构：<<ORG:hosp>>（主管医生<<PERSON:d1>>）
本次随访：<<DATE:date_fu>>，CD4 412，病毒载量未检出。
配偶<<PERSON:c1>>已于<<DATE:date_c1>>检测阴性。
随访人：<<PERSON:d2>>（执业证书编号<<ID:zyzs>>）　　下次随访：<<DATE:date_fu2>>""",
    "zh_brucellosis_village": """布病病例入户调查（<<LOCATION:village>>）
患者：老<<PERSON:p_s>>（<<PERSON:p>>），<<AGE:p_age>>岁，养羊户，身份证<<ID:sfz>>
住址：<<ADDRESS:p_addr>>　电话：<<PHONE:p_phone>>
<<DATE:date_onset>>起反复发热、关节痛，在<<ORG:chc>>输液无效，<<DATE:date_diag>>经<<ORG:hosp>>确诊，病案号<<ID:bah>>。
羊群从<<LOCATION:city2>>羊贩子“<<PERSON:c1_nick>>”处购入，接羔时与邻居老<<PERSON:c2_s>>、<<PERSON:c3>>一起，均未戴手套。
老伴<<PERSON:c4_g>>（<<AGE:e1_age>>岁）无症状，已采血<<ID:sample>>。
调查：<<ORG:cdc>> <<PERSON:d1>>、兽医站<<PERSON:d2>>　<<DATE:date_rep>>""",
    "zh_asr_dictation": """【语音转写，未校对】
嗯，这个病人叫<<PERSON:p>>，护照上英文名写的是<<PERSON:py1>>，身份证<<ID:sfz>>，他是<<DATE:date_onset>>开始拉肚子的，那个，在<<LOCATION:city>>的<<ORG:food>>吃了{food_item}，一起吃的还有他同事<<PERSON:c1_g>>啊还有一个叫<<PERSON:c2_nick>>的，然后电话是<<PHONE:p_phone>>，不对，是<<PHONE:phone2>>，住址<<ADDRESS:p_addr>>，报告医生是<<PERSON:d1_s>>医生，我是<<ORG:cdc_short>>的<<PERSON:d2>>，今天是<<DATE:date_rep>>，好，就这样。""",
    "zh_csv_export": """导出时间,<<DATE:date_rep>> {time1}
来源系统,传染病网络直报
卡片ID,姓名,性别,出生日期,身份证号,联系电话,现住址,疾病,报告单位,审核人
<<ID:card_no>>,<<PERSON:p>>,女,<<DATE:dob>>,<<ID:sfz>>,<<PHONE:p_phone>>,<<ADDRESS:p_addr>>,{disease},<<ORG:hosp>>,<<PERSON:d1>>
备注列,"家长<<PERSON:c1>>；学校<<ORG:school>>；紧急联系<<PERSON:c2_nick>> <<PHONE:phone2>>"
导出人,<<PERSON:d2>>,<<EMAIL:s_email>>""",
    "zh_quarantine_notice": """居家健康监测告知书
<<PERSON:p>>（身份证号：<<ID:sfz>>）：
您于<<DATE:date_exp>>与{disease}病例有密切接触，根据规定，请自<<DATE:date_rep>>起至<<DATE:date_fu>>居家健康监测，每日早晚测量体温两次。
同住人员<<PERSON:c1>>、<<PERSON:c2_g>>请同时监测。如出现发热（≥37.3℃）等症状，请拨打社区电话<<PHONE:tel_ext>>，或联系网格员<<PERSON:c3_s>>姐（<<PHONE:phone2>>）。
居住地址：<<ADDRESS:p_addr>>
<<ORG:chc>>（盖章）
告知人：<<PERSON:d1>>　被告知人签字：<<PERSON:p_g>>""",
    "zh_cross_border_traveller": """入境人员健康随访（港澳台及境外人员）
随访对象：<<PERSON:tw>>，台湾居民，台胞证<<ID:gat>>，出生<<DATE:dob_c1>>
同行大陆亲属：<<PERSON:p>>（身份证<<ID:sfz>>），联系电话<<PHONE:p_phone>>
入境：<<DATE:date_arr>>经<<ORG:port>>，前14天到过<<LOCATION:abroad_city>>。
暂住：<<ADDRESS:addr2>>（亲戚<<PERSON:c1>>家）
香港朋友<<PERSON:py2>>电话<<PHONE:hk_phone>>，另有内地号<<PHONE:phone5>>。
随访人：<<PERSON:d1>>、<<PERSON:d2_nick>>　　日期：<<DATE:date_fu>>
上报：<<ORG:cdc>>　<<EMAIL:s_email>>""",
}


# ---------------------------------------------------------------------------------------------
# Generator
# ---------------------------------------------------------------------------------------------
_LOCALES: Final = ("en_US", "en_GB", "en_AU", "en_IN", "zh_CN", "zh_TW")


def generate_blind21(language: str, count: int) -> list[SynthNote]:
    """``count`` notes; note ``i`` uses the ``i``-th template in sorted name order, round robin."""
    if language == "en":
        templates: dict[str, str] = EN_BLIND21_TEMPLATES
    elif language == "zh":
        templates = ZH_BLIND21_TEMPLATES
    else:
        raise ValueError(f"unsupported language {language!r}; expected 'en' or 'zh'")
    names = sorted(templates)
    fakes = {locale: Faker(locale) for locale in _LOCALES}
    notes: list[SynthNote] = []
    for i in range(count):
        name = names[i % len(names)]
        rng = random.Random(f"{BLIND21_SEED}:{language}:{i}")
        faker_seed = rng.randrange(2**31)
        for offset, fake in enumerate(fakes.values()):
            fake.seed_instance(faker_seed + offset)
        if language == "en":
            values, known = _en_values(rng, fakes, name.split("_", 1)[0], _profile(name))
        else:
            values, known = _zh_values(rng, fakes, _profile(name))
        text, spans = render(templates[name], values, age_of=blind21_age_of)
        notes.append(
            SynthNote(
                note_id=f"{BLIND21_SPLIT}-{language}-{i + 1:04d}",
                split=BLIND21_SPLIT,
                language=language,
                template=name,
                text=text,
                spans=spans,
                known=tuple(known),
            )
        )
    return notes
