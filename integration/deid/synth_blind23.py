# ruff: noqa: E501
"""Blind evaluation set 23: hospital operations behind the wards.

Theme: bed-management huddles, porter and patient-transport logs, IT helpdesk tickets and
system audit logs that mention patients, door-access and badge logs, interpreter and chaplaincy
bookings, catering and diet lists, lost-property and patients'-valuables registers, security and
violence-incident logs, car-park permits, volunteer rotas and visitor registers (English notes set
in the US, UK, Ireland, Singapore and South Africa); 信息科工单、系统审计日志、门禁记录、陪护证管理、
营养餐订餐、失物招领、患者贵重物品登记、保卫科事件记录、停车证、志愿者排班、探视登记、床位调度会 (Chinese,
mainland).

Written blind: the author saw only ``synth.py`` (lines 1-135), ``model.py`` and the structure test,
never the de-identifier, its recognisers, word lists or benchmarks. Do not tune the de-identifier
against these templates; they exist to measure it honestly.

Gold conventions (those of ``synth.py``): ``<<KIND:key>>`` is a gold span, ``{key}`` is filler.
PERSON covers every person's name in any form (patients, relatives, staff, visitors, volunteers;
full, first-only, surname-only, initials, nicknames, lower-case, ALL-CAPS, mis-typed, pinyin);
titles and roles stay outside (Dr, Mr, Sister, RN, 医生, 护士, 主任, 师傅, 阿姨), and the 老/小 prefix of a
surname stays outside with the surname alone gold, while a nickname built on a given-name
character (小娟, 阿芳, 娟娟) is one span. ID covers record, staff, badge, ticket, incident, permit,
plate, seal, serial, specimen, booking and insurance numbers, bed numbers and IP addresses.
PHONE covers phones and faxes (an extension belongs to the number). DATE is any date with a day or
month (times, weekdays and bare years are not gold). AGE is gold only at 90 or more. LOCATION is a
city or town (countries, states and provinces are not gold); ADDRESS is a street address as a
whole; ORG is a named local facility or firm. Each Chinese note's record holds exactly one valid
18-digit resident ID, the patient's. ``known`` holds what the patient's record holds.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
import re
from typing import Final

from faker import Faker

from integration.deid.model import KnownIdentifier
from integration.deid.synth import SynthNote, cn_resident_id, render

__all__ = [
    "BLIND23_SEED",
    "BLIND23_SPLIT",
    "EN_BLIND23_TEMPLATES",
    "ZH_BLIND23_TEMPLATES",
    "blind23_age_of",
    "generate_blind23",
]

BLIND23_SEED: Final = 61730492
BLIND23_SPLIT: Final = "blind23"

_FAKER_LOCALES: Final = (
    "en_US",
    "en_GB",
    "en_IE",
    "en_IN",
    "en_NG",
    "en_KE",
    "zu_ZA",
    "es_MX",
    "pl_PL",
    "zh_CN",
    "zh_TW",
)


@functools.cache
def _faker() -> Faker:
    return Faker(list(_FAKER_LOCALES))


# ---------------------------------------------------------------------------------------------
# Ages: digits, English words, Chinese numerals
# ---------------------------------------------------------------------------------------------
_EN_UNITS: Final = (
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
_EN_TENS: Final = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ZH_DIGITS: Final = "零一二三四五六七八九"


def _en_words(n: int) -> str:
    if n < 20:
        return _EN_UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _EN_TENS[tens] + (f"-{_EN_UNITS[unit]}" if unit else "")
    rest = n - 100
    return "one hundred" + (f" and {_en_words(rest)}" if rest else "")


def _zh_numeral(n: int) -> str:
    if n < 10:
        return _ZH_DIGITS[n]
    if n < 20:
        return "十" + (_ZH_DIGITS[n - 10] if n > 10 else "")
    if n < 100:
        tens, unit = divmod(n, 10)
        return _ZH_DIGITS[tens] + "十" + (_ZH_DIGITS[unit] if unit else "")
    rest = n - 100
    if rest == 0:
        return "一百"
    if rest < 10:
        return "一百零" + _ZH_DIGITS[rest]
    tens, unit = divmod(rest, 10)
    return "一百" + _ZH_DIGITS[tens] + "十" + (_ZH_DIGITS[unit] if unit else "")


def _read_zh(text: str) -> int:
    total = 0
    current = 0
    for ch in text:
        if ch in _ZH_DIGITS:
            current = _ZH_DIGITS.index(ch)
        elif ch == "两":
            current = 2
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + current


def _read_en(text: str) -> int:
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w and w != "and"]
    if not words:
        raise ValueError(f"not an age: {text!r}")
    total = 0
    for word in words:
        if word == "a":
            total += 1
        elif word in _EN_UNITS:
            total += _EN_UNITS.index(word)
        elif word in _EN_TENS and word:
            total += _EN_TENS.index(word) * 10
        elif word == "hundred":
            total = (total or 1) * 100
        else:
            raise ValueError(f"not an age: {text!r}")
    return total


def blind23_age_of(value: str) -> int:
    """Read an ``<<AGE:…>>`` value: digits ("93"), English words ("ninety-three", "a hundred and one") or Chinese numerals ("九十三")."""
    text = value.strip()
    if text.isdigit():
        return int(text)
    if text and all(ch in _ZH_DIGITS + "十百两" for ch in text):
        return _read_zh(text)
    return _read_en(text)


# ---------------------------------------------------------------------------------------------
# Shared helpers
# ---------------------------------------------------------------------------------------------
def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def _date_between(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def _time(rng: random.Random) -> str:
    return f"{rng.randrange(24):02d}:{rng.randrange(60):02d}"


def _age_pair(rng: random.Random, old_share: float) -> int:
    return rng.randint(90, 104) if rng.random() < old_share else rng.randint(19, 89)


# ---------------------------------------------------------------------------------------------
# English name pools (hand-written, many origins; some are ordinary words)
# ---------------------------------------------------------------------------------------------
_EN_FIRST_HAND: Final = (
    "Oluwaseun",
    "Chiamaka",
    "Thandiwe",
    "Sipho",
    "Nomvula",
    "Kwame",
    "Abena",
    "Tendai",
    "Wanjiru",
    "Obinna",
    "Priyanka",
    "Ravindra",
    "Harpreet",
    "Sunita",
    "Arjun",
    "Lakshmi",
    "Farhan",
    "Nusrat",
    "Imran",
    "Ayesha",
    "Siew Ling",
    "Wei Jie",
    "Nguyen Thi",
    "Thanh",
    "Kiri",
    "Mere",
    "Sione",
    "Losana",
    "Ximena",
    "Joaquín",
    "Guadalupe",
    "Aurelio",
    "Yusuf",
    "Fatima",
    "Mahmoud",
    "Layla",
    "Bogdan",
    "Katarzyna",
    "Dmitri",
    "Oksana",
    "Aoife",
    "Siobhán",
    "Niamh",
    "Pádraig",
    "Caoimhe",
    "Tadhg",
    "Wiremu",
    "Tjarra",
    "Jarrah",
    "Marlee",
    "Nur Aisyah",
    "Muthu",
    "Kavitha",
    "Jun Hao",
    "Hui Min",
    "Pieter",
    "Annelie",
    "Lindiwe",
    "Zanele",
    "Refilwe",
)
_EN_LAST_HAND: Final = (
    "Adeyemi",
    "Okonkwo",
    "Mthembu",
    "Dlamini",
    "Nkosi",
    "Mensah",
    "Boateng",
    "Moyo",
    "Kariuki",
    "Eze",
    "Chaudhary",
    "Venkataraman",
    "Sandhu",
    "Ramaswamy",
    "Iyer",
    "Rahman",
    "Siddiqui",
    "Chowdhury",
    "Qureshi",
    "Bhattacharya",
    "Tan",
    "Lim",
    "Ng",
    "Goh",
    "Pham",
    "Tupou",
    "Fonoti",
    "Taufa",
    "Hernández",
    "Villanueva",
    "Quispe",
    "al-Hashimi",
    "El-Sayed",
    "Haddad",
    "Kowalczyk",
    "Wiśniewska",
    "Petrenko",
    "Horvath",
    "Nowak",
    "Novák",
    "O'Sullivan",
    "Mac Giolla Phádraig",
    "Ní Bhriain",
    "Ó Briain",
    "van der Merwe",
    "du Plessis",
    "de Souza",
    "De la Cruz",
    "van Wyk",
    "le Roux",
    "Smith-Okafor",
    "Campbell-Nair",
    "Holloway-Reyes",
    "Naidoo",
    "Pillay",
    "Govender",
    "Subramaniam",
    "Yarran",
    "Tjapaltjarri",
    "Wilson-Kelly",
)
_EN_WORD_FIRST: Final = (
    "Hope",
    "Grace",
    "Rose",
    "Will",
    "Mark",
    "Bill",
    "Faith",
    "Sandy",
    "Joy",
    "Patience",
    "Precious",
    "Gift",
    "Blessing",
    "Lucky",
    "Summer",
    "Dawn",
    "Ray",
    "Jack",
    "Sunny",
    "Ivy",
    "Honey",
    "Pearl",
    "Destiny",
    "Justice",
)
_EN_WORD_LAST: Final = (
    "Young",
    "Brown",
    "King",
    "Bird",
    "Hall",
    "Rich",
    "Strong",
    "Green",
    "Black",
    "Short",
    "Long",
    "Wise",
    "Hope",
    "Rose",
    "Price",
    "Sharp",
    "May",
    "Baker",
    "Cook",
    "Bishop",
    "Moody",
    "Best",
    "Sweet",
    "Love",
)
_EN_NICKS: Final = (
    ("William", "Bill"),
    ("William", "Will"),
    ("Robert", "Bob"),
    ("Elizabeth", "Liz"),
    ("Margaret", "Peggy"),
    ("Margaret", "Maggie"),
    ("Michael", "Mick"),
    ("Katherine", "Kate"),
    ("Sandra", "Sandy"),
    ("Richard", "Dick"),
    ("Patrick", "Paddy"),
    ("Alexander", "Sasha"),
    ("Christopher", "Kit"),
    ("Abimbola", "Bimbo"),
    ("Oluwadamilare", "Dami"),
    ("Siphesihle", "Sihle"),
    ("Venkatesh", "Venky"),
    ("Jonathan", "Jonno"),
    ("Francisco", "Paco"),
    ("Guadalupe", "Lupita"),
    ("Theresa", "Tess"),
    ("Gwendolyn", "Gwen"),
    ("Dorothy", "Dot"),
    ("Nomathemba", "Thembi"),
)
_SG_CHINESE: Final = (
    ("Tan", "Wei Ling"),
    ("Lim", "Boon Huat"),
    ("Ng", "Siew Mei"),
    ("Goh", "Kah Wai"),
    ("Chua", "Li Ting"),
    ("Teo", "Jun Kiat"),
    ("Ong", "Bee Hoon"),
    ("Koh", "Chee Keong"),
)

_EN_LOCALE_BY_COUNTRY: Final = {
    "US": ("en_US", "en_US", "es_MX", "en_IN", "en_NG", "pl_PL"),
    "UK": ("en_GB", "en_GB", "en_IN", "en_NG", "pl_PL", "en_IE"),
    "IE": ("en_IE", "en_IE", "en_GB", "pl_PL", "en_NG", "en_IN"),
    "SG": ("en_IN", "en_GB", "en_US", "en_IN"),
    "ZA": ("zu_ZA", "zu_ZA", "en_GB", "en_IN", "en_KE", "en_NG"),
}


def _typo(rng: random.Random, word: str) -> str:
    letters = [i for i in range(1, len(word) - 1) if word[i].isalpha() and word[i + 1].isalpha()]
    if len(word) >= 4 and letters:
        i = rng.choice(letters)
        swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if swapped != word:
            return swapped
    return word + word[-1]


def _en_person(rng: random.Random, fk: Faker, country: str, kind: str = "any") -> tuple[str, str, bool]:
    """(first, last, surname_first)."""
    if kind == "word":
        return rng.choice(_EN_WORD_FIRST), rng.choice(_EN_LAST_HAND + _EN_WORD_LAST), False
    if kind == "wordlast":
        return fk[rng.choice(_EN_LOCALE_BY_COUNTRY[country])].first_name(), rng.choice(_EN_WORD_LAST), False
    if kind == "nick":
        full, _ = rng.choice(_EN_NICKS)
        return full, fk[rng.choice(_EN_LOCALE_BY_COUNTRY[country])].last_name(), False
    roll = rng.random()
    if country == "SG" and roll < 0.4:
        last, first = rng.choice(_SG_CHINESE)
        return first, last, True
    if roll < 0.35:
        return rng.choice(_EN_FIRST_HAND), rng.choice(_EN_LAST_HAND), False
    if roll < 0.45:
        return rng.choice(_EN_WORD_FIRST + _EN_FIRST_HAND), rng.choice(_EN_WORD_LAST + _EN_LAST_HAND), False
    loc = rng.choice(_EN_LOCALE_BY_COUNTRY[country])
    return fk[loc].first_name(), fk[loc].last_name(), False


def _en_forms(
    rng: random.Random, prefix: str, first: str, last: str, surname_first: bool, nick: str | None = None
) -> dict[str, str]:
    full = f"{last} {first}" if surname_first else f"{first} {last}"
    last_initial = next((c for c in last if c.isupper()), last[0].upper())
    return {
        f"{prefix}_full": full,
        f"{prefix}_first": first,
        f"{prefix}_last": last,
        f"{prefix}_caps": f"{last.upper()}, {first}",
        f"{prefix}_upper": full.upper(),
        f"{prefix}_init": f"{first[0]}. {last}",
        f"{prefix}_ini": f"{first[0]}{last_initial}",
        f"{prefix}_lower": full.lower(),
        f"{prefix}_typo": f"{first} {_typo(rng, last)}",
        f"{prefix}_nick": nick or first.split()[0],
    }


# ---------------------------------------------------------------------------------------------
# English places, organisations, phones, identifiers, dates
# ---------------------------------------------------------------------------------------------
_EN_CITIES: Final = {
    "US": (
        "Fall River",
        "Dayton",
        "Tacoma",
        "Worcester",
        "Bakersfield",
        "Albany",
        "Lowell",
        "Provo",
        "Scranton",
        "Gainesville",
        "El Paso",
        "Duluth",
    ),
    "UK": (
        "Wolverhampton",
        "Stockport",
        "Sunderland",
        "Bradford",
        "Swindon",
        "Ipswich",
        "Wrexham",
        "Paisley",
        "Barnsley",
        "Luton",
        "Carlisle",
        "Dundee",
    ),
    "IE": (
        "Drogheda",
        "Tralee",
        "Dundalk",
        "Navan",
        "Athlone",
        "Letterkenny",
        "Ennis",
        "Carlow",
        "Tullamore",
        "Castlebar",
        "Mullingar",
        "Naas",
    ),
    "SG": (
        "Jurong West",
        "Tampines",
        "Ang Mo Kio",
        "Woodlands",
        "Bedok",
        "Sengkang",
        "Toa Payoh",
        "Yishun",
        "Punggol",
        "Clementi",
        "Bukit Batok",
        "Hougang",
    ),
    "ZA": (
        "Pietermaritzburg",
        "Soweto",
        "Durban",
        "Polokwane",
        "Mthatha",
        "Stellenbosch",
        "Bloemfontein",
        "Gqeberha",
        "Mahikeng",
        "Welkom",
        "Umlazi",
        "Kimberley",
    ),
}
_EN_STREETS: Final = (
    "Birch Grove",
    "Station Road",
    "Mill Lane",
    "Harbour View",
    "Jacaranda Street",
    "Orchard Close",
    "Quarry Hill",
    "Canal Walk",
    "Ridge Avenue",
    "Marine Parade",
    "Church Street",
    "Sycamore Drive",
    "Kestrel Way",
    "Long Acre",
    "Beach Road",
)
_EN_HOSP_STEMS: Final = (
    "General Hospital",
    "Community Hospital",
    "Regional Medical Center",
    "University Hospital",
    "District Hospital",
    "Infirmary",
)
_EN_FIRMS: Final = {
    "cater": (
        "Brightwell Catering Ltd",
        "Harvest Table Foods",
        "Kitchen Partners Inc.",
        "Meals on Ward Co.",
        "FreshPlate Contract Catering",
    ),
    "sec": (
        "Sentinel Guard Services",
        "Bastion Security Group",
        "Ironbark Protection (Pty) Ltd",
        "Halo Security Ltd",
        "NorthStar Guarding Inc.",
    ),
    "trans": (
        "Swift Patient Transport",
        "CareRide Ambulance Services",
        "Medivan Transfers Ltd",
        "Bluebird Non-Emergency Transport",
        "AmbuLink (Pty) Ltd",
    ),
    "interp": (
        "LinguaLink Interpreting",
        "Babel Bridge Language Services",
        "ClearVoice Interpreters Ltd",
        "TalkTogether Language Line",
        "Ubuntu Translations cc",
    ),
    "cab": ("City Cabs Ltd", "Eastside Taxi Co.", "Rank 1 Taxis", "Sunshine Cabs", "Metro Radio Taxis"),
    "home": (
        "Willow Lodge Nursing Home",
        "Seaview Care Centre",
        "Oakridge Assisted Living",
        "Harbour House Residential Care",
        "Glenmore Retirement Village",
    ),
}
_WARDS: Final = (
    "Ward 7B",
    "AMU",
    "Ward 12",
    "Oak Ward",
    "Maple Ward",
    "4 North",
    "Coronary Care",
    "SAU",
    "Ward 23",
    "Respiratory",
    "ED Obs",
    "Elderly Care 2",
    "Ortho Trauma",
    "MAU",
)
_LANGS: Final = (
    "Tigrinya",
    "Polish",
    "Mandarin",
    "Cantonese",
    "Arabic",
    "Somali",
    "Romanian",
    "isiZulu",
    "Tamil",
    "Portuguese",
    "Dari",
    "BSL",
    "Irish Sign Language",
    "Vietnamese",
    "Hokkien",
    "Malay",
)
_FAITHS: Final = (
    "Roman Catholic",
    "Church of Ireland",
    "Muslim",
    "Hindu",
    "Jewish",
    "Anglican",
    "Methodist",
    "Buddhist",
    "Sikh",
    "Dutch Reformed",
    "no religion",
    "Pentecostal",
)
_DIETS: Final = (
    "halal",
    "kosher",
    "soft & bite-sized (IDDSI 6)",
    "minced & moist (IDDSI 5)",
    "renal",
    "diabetic",
    "gluten free",
    "vegetarian",
    "NBM",
    "high protein",
    "low residue",
    "puree (IDDSI 4)",
)


def _en_phone(rng: random.Random, country: str, mobile: bool = False, ext: bool = False) -> str:
    if country == "US":
        area = rng.choice(("617", "508", "937", "253", "661", "518", "978", "801", "570", "352", "915", "218"))
        body = f"{rng.randint(200, 989)}"
        last = _digits(rng, 4)
        style = rng.randrange(5)
        out = (
            f"({area}) {body}-{last}",
            f"{area}-{body}-{last}",
            f"{area}.{body}.{last}",
            f"+1 {area} {body} {last}",
            f"1-{area}-{body}-{last}",
        )[style]
    elif country == "UK":
        if mobile:
            out = rng.choice(
                (
                    f"07{_digits(rng, 3)} {_digits(rng, 6)}",
                    f"+44 7{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
                    f"07{_digits(rng, 3)}{_digits(rng, 6)}",
                )
            )
        else:
            code = rng.choice(("0161", "0113", "01902", "0191", "01274", "0141", "01793"))
            local = f"{_digits(rng, 3)} {_digits(rng, 4)}" if len(code) == 4 else _digits(rng, 6)
            out = rng.choice((f"{code} {local}", f"+44 (0){code[1:]} {local}", f"({code}) {local}"))
    elif country == "IE":
        if mobile:
            out = rng.choice(
                (
                    f"08{rng.choice('35679')} {_digits(rng, 3)} {_digits(rng, 4)}",
                    f"+353 8{rng.choice('35679')} {_digits(rng, 3)} {_digits(rng, 4)}",
                    f"+353 (0)8{rng.choice('35679')}-{_digits(rng, 7)}",
                )
            )
        else:
            code = rng.choice(("01", "021", "041", "066", "090", "074", "065"))
            out = rng.choice(
                (
                    f"({code}) {_digits(rng, 3)} {_digits(rng, 4)}",
                    f"+353 {code[1:]} {_digits(rng, 3)} {_digits(rng, 4)}",
                    f"{code}-{_digits(rng, 7)}",
                )
            )
    elif country == "SG":
        first = rng.choice("89") if mobile else "6"
        out = rng.choice(
            (
                f"+65 {first}{_digits(rng, 3)} {_digits(rng, 4)}",
                f"{first}{_digits(rng, 3)} {_digits(rng, 4)}",
                f"{first}{_digits(rng, 3)}-{_digits(rng, 4)}",
                f"(65) {first}{_digits(rng, 7)}",
            )
        )
    else:
        if mobile:
            pre = rng.choice(("082", "083", "072", "071", "061", "084"))
            out = rng.choice(
                (
                    f"{pre} {_digits(rng, 3)} {_digits(rng, 4)}",
                    f"+27 {pre[1:]} {_digits(rng, 3)} {_digits(rng, 4)}",
                    f"+27 (0){pre[1:]} {_digits(rng, 3)}-{_digits(rng, 4)}",
                )
            )
        else:
            code = rng.choice(("021", "011", "031", "012", "033", "041"))
            out = rng.choice(
                (
                    f"({code}) {_digits(rng, 3)}-{_digits(rng, 4)}",
                    f"+27 {code[1:]} {_digits(rng, 3)} {_digits(rng, 4)}",
                    f"{code} {_digits(rng, 3)} {_digits(rng, 4)}",
                )
            )
    if ext:
        out += rng.choice(
            (f" ext. {_digits(rng, 4)}", f" x{_digits(rng, 4)}", f" ext {_digits(rng, 3)}", f" (ext {_digits(rng, 4)})")
        )
    return out


def _en_date(rng: random.Random, d: dt.date, country: str) -> str:
    month = d.strftime("%B")
    mon = d.strftime("%b")
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    if country == "US":
        styles = (
            f"{d.month:02d}/{d.day:02d}/{d.year}",
            f"{d.month}/{d.day}/{d.year % 100:02d}",
            f"{month} {d.day}, {d.year}",
            f"{mon} {d.day}",
            f"{d:%Y-%m-%d}",
            f"{d.day}-{mon.upper()}-{d.year}",
            f"{d.month}/{d.day}",
        )
    else:
        styles = (
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day}.{d.month}.{d.year % 100:02d}",
            f"{d.day} {month} {d.year}",
            f"{d.day}{suffix} {month}",
            f"{d:%Y-%m-%d}",
            f"{d.day:02d}-{mon}-{d.year % 100:02d}",
            f"{d.day}/{d.month}",
        )
    return rng.choice(styles)


def _en_mrn(rng: random.Random, country: str) -> str:
    if country == "US":
        return rng.choice(
            (
                _digits(rng, 8),
                f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 3)}",
                f"E{_digits(rng, 7)}",
                f"MR{_digits(rng, 6)}",
            )
        )
    if country == "UK":
        return rng.choice(
            (
                f"{_letters(rng, 1)}{_digits(rng, 6)}",
                f"RX{_digits(rng, 7)}",
                f"K{_digits(rng, 7)}{_letters(rng, 1)}",
                _digits(rng, 7),
            )
        )
    if country == "IE":
        return rng.choice((_digits(rng, 7), f"{_digits(rng, 3)} {_digits(rng, 3)}", f"UR{_digits(rng, 6)}"))
    if country == "SG":
        return rng.choice(
            (f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 6)}", f"CGH{_digits(rng, 7)}", f"{_digits(rng, 10)}")
        )
    return rng.choice((f"{_digits(rng, 9)}", f"GSH{_digits(rng, 6)}", f"{_digits(rng, 2)}/{_digits(rng, 6)}"))


def _nhs_number(rng: random.Random) -> str:
    while True:
        body = _digits(rng, 9)
        total = sum(int(c) * w for c, w in zip(body, range(10, 1, -1), strict=True))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            raw = body + str(check)
            return rng.choice((f"{raw[:3]} {raw[3:6]} {raw[6:]}", raw, f"{raw[:3]}-{raw[3:6]}-{raw[6:]}"))


def _nric(rng: random.Random) -> str:
    weights = (2, 7, 6, 5, 4, 3, 2)
    prefix = rng.choice("ST")
    body = _digits(rng, 7)
    total = sum(int(c) * w for c, w in zip(body, weights, strict=True)) + (4 if prefix == "T" else 0)
    return prefix + body + "JZIHGFEDCBA"[total % 11]


def _za_id(rng: random.Random, birth: dt.date) -> str:
    body = f"{birth:%y%m%d}{_digits(rng, 4)}{rng.choice('01')}8"
    return body + _luhn_digit(body)


def _national(rng: random.Random, country: str, birth: dt.date) -> tuple[str, str]:
    if country == "UK":
        return "NHS No", _nhs_number(rng)
    if country == "IE":
        return "PPSN", f"{_digits(rng, 7)}{_letters(rng, 1)}{rng.choice(('', 'A', 'W'))}"
    if country == "SG":
        return "NRIC", _nric(rng)
    if country == "ZA":
        return "ID no.", _za_id(rng, birth)
    return "Member ID", f"{_letters(rng, 3)}{_digits(rng, 9)}"


def _plate(rng: random.Random, country: str) -> str:
    if country == "UK":
        return f"{_letters(rng, 2)}{_digits(rng, 2)} {_letters(rng, 3)}"
    if country == "IE":
        return f"{rng.choice(('191', '202', '222', '231', '242', '12', '08'))}-{rng.choice(('D', 'LH', 'KY', 'MH', 'WH', 'C', 'G'))}-{rng.randint(1, 29999)}"
    if country == "SG":
        return f"S{_letters(rng, 2)}{rng.randint(1, 9999)}{_letters(rng, 1)}"
    if country == "ZA":
        return rng.choice(
            (
                f"CA {_digits(rng, 3)}-{_digits(rng, 3)}",
                f"{_letters(rng, 2)} {_digits(rng, 2)} {_letters(rng, 2)} GP",
                f"ND {_digits(rng, 3)}-{_digits(rng, 3)}",
            )
        )
    return rng.choice(
        (
            f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}",
            f"{_letters(rng, 3)}-{_digits(rng, 4)}",
            f"{_digits(rng, 3)} {_letters(rng, 3)}",
        )
    )


def _imei(rng: random.Random) -> str:
    body = "35" + _digits(rng, 12)
    return body + _luhn_digit(body)


def _en_address(rng: random.Random, fk: Faker, country: str, city: str) -> str:
    street = rng.choice(_EN_STREETS)
    num = rng.randint(1, 240)
    if country == "US":
        state = rng.choice(("MA", "OH", "WA", "CA", "NY", "UT", "PA", "FL", "TX", "MN"))
        return rng.choice(
            (
                f"{num} {street}, Apt {rng.randint(1, 40)}, {city}, {state} {_digits(rng, 5)}",
                f"{fk['en_US'].street_address()}, {city} {state} {_digits(rng, 5)}",
            )
        )
    if country == "UK":
        return rng.choice(
            (
                f"{num} {street}, {city} {fk['en_GB'].postcode()}",
                f"Flat {rng.randint(1, 30)}, {fk['en_GB'].street_address()}, {city}, {fk['en_GB'].postcode()}",
            )
        )
    if country == "IE":
        return rng.choice(
            (
                f"{num} {street}, {city}, Co. {rng.choice(('Louth', 'Kerry', 'Meath', 'Westmeath', 'Donegal', 'Clare'))}",
                f"Apt {rng.randint(1, 60)}, {street}, {city} {_letters(rng, 1)}{_digits(rng, 2)} {_letters(rng, 1)}{_digits(rng, 1)}{_letters(rng, 2)}",
            )
        )
    if country == "SG":
        return f"Blk {rng.randint(100, 999)} {city} Street {rng.randint(11, 93)}, #{rng.randint(2, 25):02d}-{rng.randint(1, 400):03d}, Singapore {_digits(rng, 6)}"
    return rng.choice(
        (
            f"{num} {street}, {rng.choice(('Morningside', 'Northdale', 'Sea Point', 'Lenasia', 'Umbilo'))}, {city}, {_digits(rng, 4)}",
            f"Unit {rng.randint(1, 50)}, {street}, {city} {_digits(rng, 4)}",
        )
    )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


_EN_COUNTRIES: Final = ("US", "UK", "IE", "SG", "ZA")
_EN_TLD: Final = {"US": "org", "UK": "nhs.uk", "IE": "ie", "SG": "com.sg", "ZA": "co.za"}


def _en_values(
    rng: random.Random, fk: Faker, forced_country: str | None
) -> tuple[dict[str, str], tuple[KnownIdentifier, ...]]:
    country = forced_country or rng.choice(_EN_COUNTRIES)
    v: dict[str, str] = {}
    people: dict[str, tuple[str, str, bool]] = {}
    used: set[str] = set()
    for prefix in ("pt", "nok", "s1", "s2", "s3", "s4", "s6", "s7", "s8", "vis", "vol"):
        for _ in range(20):
            first, last, sf = _en_person(rng, fk, country)
            if first not in used and last not in used:
                break
        used.update((first, last))
        people[prefix] = (first, last, sf)
    people["w"] = _en_person(rng, fk, country, "word")
    people["w2"] = _en_person(rng, fk, country, "wordlast")
    people["s5"] = _en_person(rng, fk, country, "nick")
    nick_of = dict(_EN_NICKS)
    for prefix, (first, last, sf) in people.items():
        nick = nick_of.get(first) if prefix == "s5" else None
        v.update(_en_forms(rng, prefix, first, last, sf, nick))
    if people["s5"][0] in nick_of:
        v["s5_nick"] = rng.choice([n for f, n in _EN_NICKS if f == people["s5"][0]])
    # the relative shares the patient's surname half the time
    if rng.random() < 0.5 and not people["pt"][2]:
        v.update(_en_forms(rng, "nok", people["nok"][0], people["pt"][1], False))
    cities = _EN_CITIES[country]
    v["city"], v["city2"] = rng.sample(cities, 2)
    v["hosp"] = f"{rng.choice(cities)} {rng.choice(_EN_HOSP_STEMS)}"
    v["hosp2"] = rng.choice(
        (
            f"St {rng.choice(('Brigid', 'Luke', 'Columba', 'Margaret', 'Aidan'))}'s Hospital",
            f"{v['city2']} {rng.choice(_EN_HOSP_STEMS)}",
        )
    )
    for key, pool in _EN_FIRMS.items():
        v[f"firm_{key}"] = rng.choice(pool)
    v["addr"] = _en_address(rng, fk, country, v["city"])
    v["addr2"] = _en_address(rng, fk, country, v["city2"])
    birth = _date_between(rng, dt.date(1918, 1, 1), dt.date(2004, 12, 31))
    event = _date_between(rng, dt.date(2023, 1, 1), dt.date(2025, 6, 30))
    v["dob"] = _en_date(rng, birth, country)
    v["d1"] = _en_date(rng, event, country)
    v["d2"] = _en_date(rng, event + dt.timedelta(days=rng.randint(1, 6)), country)
    v["d3"] = _en_date(rng, event - dt.timedelta(days=rng.randint(1, 20)), country)
    v["d4"] = _en_date(rng, event + dt.timedelta(days=rng.randint(20, 200)), country)
    v["d1_iso"] = f"{event:%Y-%m-%d}"
    v["d2_iso"] = f"{event + dt.timedelta(days=1):%Y-%m-%d}"
    v["wd"] = event.strftime("%A")
    v["wd3"] = event.strftime("%a")
    for i, t in enumerate(sorted(_time(rng) for _ in range(6)), start=1):
        v[f"t{i}"] = t
    age = _age_pair(rng, 0.4)
    v["age"] = str(age) if rng.random() < 0.7 else _en_words(age)
    old = rng.randint(90, 104)
    v["age_old"] = str(old) if rng.random() < 0.5 else rng.choice((_en_words(old), _en_words(old).capitalize()))
    v["age_young"] = str(rng.randint(21, 79))
    v["mrn"] = _en_mrn(rng, country)
    v["nat_label"], v["natid"] = _national(rng, country, birth)
    year2 = f"{event.year % 100:02d}"
    v["badge1"] = rng.choice(
        (f"B-{_digits(rng, 5)}", f"{_digits(rng, 6)}", f"EMP{_digits(rng, 6)}", f"S{_digits(rng, 4)}")
    )
    v["badge2"] = rng.choice(
        (f"B-{_digits(rng, 5)}", f"{_digits(rng, 6)}", f"C{_digits(rng, 5)}", f"VOL-{_digits(rng, 3)}")
    )
    v["badge3"] = f"{_digits(rng, 5)}"
    v["ticket"] = rng.choice(
        (
            f"INC{_digits(rng, 7)}",
            f"REQ-{event.year}-{_digits(rng, 5)}",
            f"HD#{_digits(rng, 5)}",
            f"SR{_digits(rng, 8)}",
        )
    )
    v["ticket2"] = f"CHG{_digits(rng, 7)}"
    v["incident"] = rng.choice(
        (
            f"SEC-{year2}-{_digits(rng, 5)}",
            f"IR{event.year}/{_digits(rng, 4)}",
            f"W{_digits(rng, 6)}",
            f"{_digits(rng, 5)}",
        )
    )
    v["police"] = rng.choice(
        (
            f"CAD {_digits(rng, 4)}-{event.day:02d}{event.month:02d}",
            f"CR/{_digits(rng, 6)}/{year2}",
            f"PULSE {_digits(rng, 8)}",
            f"CAS {rng.randint(1, 999)}/{event.month:02d}/{event.year}",
            f"#{_digits(rng, 2)}-{_digits(rng, 6)}",
        )
    )
    v["permit"] = rng.choice(
        (
            f"CP-{_digits(rng, 4)}",
            f"PERMIT {_digits(rng, 6)}",
            f"P{year2}{_digits(rng, 4)}",
            f"{_letters(rng, 2)}{_digits(rng, 4)}",
        )
    )
    v["plate"] = _plate(rng, country)
    v["seal"] = rng.choice((f"{_digits(rng, 7)}", f"SB{_digits(rng, 6)}", f"A {_digits(rng, 6)}"))
    v["seal2"] = f"{_digits(rng, 7)}"
    v["serial"] = rng.choice(
        (
            f"SN {_letters(rng, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}{_digits(rng, 5)}{_letters(rng, 2)}",
            f"{_letters(rng, 2)}{_digits(rng, 8)}",
            f"C02{_letters(rng, 2)}{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 3)}",
        )
    )
    v["imei"] = _imei(rng)
    v["booking"] = rng.choice(
        (f"INT-{_digits(rng, 5)}", f"BK{_digits(rng, 7)}", f"{_letters(rng, 3)}/{_digits(rng, 4)}")
    )
    v["lpref"] = rng.choice((f"LP/{event.year}/{_digits(rng, 4)}", f"LP-{_digits(rng, 5)}", f"{_digits(rng, 4)}-LP"))
    v["vpass"] = rng.choice((f"V-{_digits(rng, 4)}", f"{_digits(rng, 3)}", f"VIS{_digits(rng, 5)}"))
    v["carduid"] = rng.choice(
        (
            f"{_letters(rng, 2, '0123456789ABCDEF')}:{_letters(rng, 2, '0123456789ABCDEF')}:{_letters(rng, 2, '0123456789ABCDEF')}:{_letters(rng, 2, '0123456789ABCDEF')}",
            f"{_digits(rng, 10)}",
            f"0x{_letters(rng, 8, '0123456789ABCDEF')}",
        )
    )
    first, last = people["s2"][0], people["s2"][1]
    v["login"] = rng.choice(
        (
            f"{_slug(first)[:1]}{_slug(last)[:7]}",
            f"{_slug(last)[:6]}{_digits(rng, 2)}",
            f"{_letters(rng, 1).lower()}{_digits(rng, 6)}",
        )
    )
    v["login2"] = f"{_slug(people['s3'][0])[:1]}{_slug(people['s3'][1])[:8] or 'x'}{rng.randint(1, 9)}"
    v["ip"] = f"10.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
    v["insure"] = rng.choice(
        (
            f"{_letters(rng, 3)}{_digits(rng, 9)}",
            f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
            f"VHI {_digits(rng, 8)}",
            f"{_digits(rng, 11)}",
        )
    )
    v["specimen"] = rng.choice(
        (f"{year2}H{_digits(rng, 6)}", f"S{year2}-{_digits(rng, 6)}", f"{_digits(rng, 10)}", f"BT{_digits(rng, 7)}")
    )
    v["transport"] = rng.choice(
        (f"PTS-{event.year}-{_digits(rng, 5)}", f"JOB {_digits(rng, 6)}", f"TR{_digits(rng, 6)}")
    )
    v["dietorder"] = rng.choice((f"DO-{_digits(rng, 5)}", f"{_digits(rng, 6)}", f"MEAL/{_digits(rng, 4)}"))
    v["referral"] = rng.choice((f"REF {_digits(rng, 5)}", f"CHP-{_digits(rng, 4)}", f"R{_digits(rng, 6)}"))
    v["claim"] = rng.choice(
        (
            f"CLM-{_digits(rng, 4)}-{_digits(rng, 4)}",
            f"{_letters(rng, 2)}{_digits(rng, 7)}",
            f"CL/{year2}/{_digits(rng, 5)}",
        )
    )
    v["bed"] = rng.choice(
        (
            f"{rng.randint(1, 36)}",
            f"B{rng.randint(1, 6)}-{rng.randint(1, 8)}",
            f"{rng.randint(1, 9)}{rng.choice('ABCDEF')}",
            f"SR{rng.randint(1, 12)}",
        )
    )
    v["bed2"] = rng.choice(
        (
            f"{rng.randint(1, 36)}",
            f"B{rng.randint(1, 6)}-{rng.randint(1, 8)}",
            f"{rng.randint(1, 9)}{rng.choice('ABCDEF')}",
        )
    )
    v["volid"] = f"V{_digits(rng, 5)}"
    v["volid2"] = f"V{_digits(rng, 5)}"
    v["vpass2"] = f"{_digits(rng, 3)}"
    v["vpass3"] = f"V-{_digits(rng, 4)}"
    v["job2"] = f"J-{_digits(rng, 4)}"
    v["job3"] = f"J{_digits(rng, 5)}"
    v["lp2"] = f"LP-{_digits(rng, 5)}"
    v["ip2"] = f"10.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
    v["mrn2"] = _en_mrn(rng, country)
    v["mrn3"] = _en_mrn(rng, country)
    v["bed3"] = f"{rng.randint(1, 40)}"
    v["lic"] = rng.choice(
        (
            f"SIA {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
            f"PSIRA {_digits(rng, 7)}",
            f"PSA-{_digits(rng, 5)}",
            f"{_letters(rng, 1)}{_digits(rng, 7)}",
        )
    )
    v["pt_phone"] = _en_phone(rng, country, mobile=True)
    v["nok_phone"] = _en_phone(rng, country, mobile=rng.random() < 0.7)
    v["s_phone"] = _en_phone(rng, country, ext=True)
    v["fax"] = _en_phone(rng, country)
    v["firm_phone"] = _en_phone(rng, country, ext=rng.random() < 0.3)
    v["vis_phone"] = _en_phone(rng, country, mobile=True)
    tld = _EN_TLD[country]
    domain = _slug(v["hosp"])[:14]
    v["hosp_slug"] = domain
    v["pt_email"] = rng.choice(
        (
            f"{_slug(people['pt'][0])[:8]}.{_slug(people['pt'][1])[:10] or 'x'}{rng.randint(1, 99)}@gmail.com",
            f"{_slug(people['pt'][1])[:10] or 'x'}{_digits(rng, 2)}@outlook.com",
            f"{_slug(people['pt'][0])[:10] or 'x'}_{rng.randint(60, 99)}@yahoo.co.uk",
        )
    )
    v["s_email"] = f"{_slug(people['s1'][0])[:10] or 'x'}.{_slug(people['s1'][1])[:12] or 'x'}@{domain}.{tld}"
    v["s3_email"] = f"{_slug(people['s3'][1])[:12] or 'x'}{_slug(people['s3'][0])[:1] or 'x'}@{domain}.{tld}"
    v["nok_email"] = f"{_slug(people['nok'][0])[:10] or 'x'}{_digits(rng, 3)}@hotmail.com"
    v["firm_email"] = f"bookings@{_slug(v['firm_interp'])[:12]}.com"
    v["url_ticket"] = rng.choice(
        (
            f"https://servicedesk.{domain}.{tld}/ticket/{v['ticket']}".replace("#", "").replace(" ", ""),
            f"https://helpdesk.{domain}.{tld}/incident?id={_digits(rng, 6)}",
        )
    )
    v["url_portal"] = rng.choice(
        (
            f"https://myrecord.{domain}.{tld}/patient/{_digits(rng, 7)}",
            f"https://visit.{domain}.{tld}/book?ref={_digits(rng, 6)}",
            f"www.{domain}.{tld}/parking/permit/{_digits(rng, 5)}",
        )
    )
    v["ward"], v["ward2"] = rng.sample(_WARDS, 2)
    v["lang"] = rng.choice(_LANGS)
    v["faith"] = rng.choice(_FAITHS)
    v["diet"], v["diet2"] = rng.sample(_DIETS, 2)
    v["n_beds"] = str(rng.randint(2, 19))
    v["n_breach"] = str(rng.randint(1, 14))
    v["amount"] = f"{rng.randint(5, 480)}.{rng.randint(0, 99):02d}"
    v["currency"] = {"US": "$", "UK": "£", "IE": "€", "SG": "S$", "ZA": "R"}[country]
    v["zone"] = rng.choice(("Zone A", "Level 2", "Blue car park", "P3", "Multi-storey", "Staff lot C"))
    known = (
        KnownIdentifier("PERSON", v["pt_full"]),
        KnownIdentifier("PERSON", v["pt_first"]),
        KnownIdentifier("PERSON", v["pt_last"]),
        KnownIdentifier("ID", v["mrn"]),
        KnownIdentifier("ID", v["natid"]),
        KnownIdentifier("PHONE", v["pt_phone"]),
        KnownIdentifier("ADDRESS", v["addr"]),
        KnownIdentifier("DATE", f"{birth:%Y-%m-%d}"),
        KnownIdentifier("EMAIL", v["pt_email"]),
    )
    return v, known


# ---------------------------------------------------------------------------------------------
# English templates (country in the name's last part where the text is country-specific)
# ---------------------------------------------------------------------------------------------
EN_BLIND23_TEMPLATES: Final[dict[str, str]] = {
    "en_access_log_uk": """DOOR ACCESS REPORT - exported {t1} <<DATE:d1>> by <<PERSON:s3_init>> (Security Control Room, <<ORG:hosp>>)
Filter: reader group "{ward} + Pharmacy store"; reason: complaint by family of patient <<PERSON:pt_upper>> (<<ID:mrn>>)

Time     | Reader                  | Card UID      | Holder                 | Badge   | Result
{t2}    | {ward} main door IN     | <<ID:carduid>> | <<PERSON:s2_caps>>    | <<ID:badge1>> | GRANTED
{t3}    | Pharm store           | <<ID:carduid>> | <<PERSON:s2_caps>>    | <<ID:badge1>> | DENIED (out of hours)
{t4}    | {ward} main door IN     | --            | visitor tailgated      | --      | FORCED
{t5}    | Stairwell B exit        | n/a           | <<PERSON:s6_caps>>     | <<ID:badge2>> | GRANTED

Note: the forced entry at {t4} matches the CCTV of a man later identified as <<PERSON:vis_full>>, ex-partner of the patient. Ward manager <<PERSON:s1_first>> <<PERSON:s1_last>> asked for card <<ID:badge1>> to be suspended pending review. Contact <<PHONE:s_phone>>.
""",
    "en_bed_huddle_ie": """BED MANAGEMENT HUDDLE - {wd} <<DATE:d1>> @ {t1}
Chair: <<PERSON:s1_full>> (Patient Flow) | scribe <<PERSON:s4_ini>>
Present: <<PERSON:s2_first>> (ED), Sr <<PERSON:s3_last>> ({ward}), <<PERSON:w_full>> (AMU), <<PERSON:s6_nick>> from Housekeeping

ED: {n_breach} over 24h on trolleys. Longest wait - <<PERSON:pt_caps>>, <<AGE:age>> y.o., on a trolley since <<DATE:d3>>, for {ward}.
- {ward} bed <<ID:bed>> to be vacated after {t2} once Mr <<PERSON:nok_last>> collects his mother (transport booked w/ <<ORG:firm_trans>>).
- Transfer to <<ORG:hosp2>> - accepted by Dr <<PERSON:s7_last>>, awaiting step-down bed; ring their bed manager on <<PHONE:fax>>.
- Delayed discharge: 1 pt for <<ORG:firm_home>> in <<LOCATION:city>>, HSE funding approved <<DATE:d2>>.
Escalation to Full Capacity Protocol if {n_beds} beds not freed by 16:00. Next huddle {t5}.
""",
    "en_bed_meeting_minutes_sg": """Bed Management Meeting - <<ORG:hosp>>
Date: <<DATE:d1>>   Time: {t1}
Attendees: <<PERSON:s1_full>> (NM, Bed Mgmt Unit), <<PERSON:s2_full>> (ED), <<PERSON:s3_full>> (Ward {ward}), <<PERSON:w_first>> (MSW)

1. Census: {n_beds} pending admissions; 4 boarders in ED.
2. <<PERSON:pt_full>> (NRIC <<ID:natid>>), <<AGE:age>> years old, from <<LOCATION:city>>: awaiting transfer to community hospital. MSW <<PERSON:w_last>> spoke with son <<PERSON:nok_full>> (<<PHONE:nok_phone>>) re: financial counselling; MediFund form submitted <<DATE:d2>>.
3. Isolation room <<ID:bed>> on {ward} blocked for terminal clean; <<PERSON:s6_first>> from housekeeping to confirm by {t3}.
4. AOB: <<PERSON:s7_init>> reminded all that the bed board login must not be shared.
Minutes by <<PERSON:s4_lower>>.
""",
    "en_car_park_permit_uk": """CAR PARK PERMIT APPLICATION - carers / long stay
Patient: <<PERSON:pt_full>>    Hosp no: <<ID:mrn>>    NHS No: <<ID:natid>>
Ward: {ward}    Expected stay from <<DATE:d1>> to <<DATE:d4>>
Applicant (carer): <<PERSON:nok_full>>   relationship: husband
Address: <<ADDRESS:addr2>>
Tel: <<PHONE:nok_phone>>   Email: <<EMAIL:nok_email>>
Vehicle reg: <<ID:plate>>   (2nd vehicle: n/a)
Concession: free (patient aged <<AGE:age_old>>, end of life)   Permit no.: <<ID:permit>>   Valid in: {zone}
Authorised by: <<PERSON:s1_full>>, Ward Sister   signature: <<PERSON:s1_ini>>
Issued by Estates (<<PERSON:s4_init>>) on <<DATE:d2>>. Lost permits - contact Parking Office <<PHONE:s_phone>>.
""",
    "en_carpark_incident_za": """PARKING INCIDENT - Visitors' parking, <<ORG:hosp>>
Ref <<ID:incident>>    Logged: <<DATE:d1>> {t1}    Guard on duty: <<PERSON:s6_full>> (<<ID:lic>>), <<ORG:firm_sec>>

Vehicle <<ID:plate>> (white Toyota Quantum) blocking the ambulance bay for 40 min. Driver <<PERSON:vis_full>> said they were fetching their gogo <<PERSON:pt_first>> <<PERSON:pt_last>> (aged <<AGE:age>>) from the ward. Clamped at {t2}; released at {t3} after the release fee of {currency}{amount} (receipt <<ID:claim>>).
Driver contact: <<PHONE:vis_phone>>. The driver alleged the boom gate at Gate 3 took his ticket. Shift supervisor <<PERSON:s7_last>> reviewed the footage - confirmed. Copy to <<PERSON:s1_first>> in Facilities.
""",
    "en_catering_list_us": """DIET ORDER SHEET - {ward} - <<DATE:d1>>   (kitchen: <<ORG:firm_cater>>)
Rm/Bed,Patient,MRN,Diet,Allergies,Notes
<<ID:bed>>,<<PERSON:pt_caps>>,<<ID:mrn>>,{diet},peanut,"pt is <<AGE:age>> y/o - tray set-up + assist"
<<ID:bed2>>,<<PERSON:s8_caps>>,<<ID:mrn2>>,{diet2},none,"late tray after dialysis ~{t2}"
<<ID:bed3>>,<<PERSON:w2_caps>>,<<ID:mrn3>>,regular,shellfish,"daughter <<PERSON:nok_first>> brings outside food - OK'd by RD"
Checked by: <<PERSON:s4_full>>, RD   Diet office ext / phone <<PHONE:s_phone>>
Order no. <<ID:dietorder>> - substitutions call <<PERSON:s6_first>> at the kitchen <<PHONE:firm_phone>>
""",
    "en_chaplaincy_referral_ie": """Chaplaincy & Pastoral Care referral   Ref: <<ID:referral>>
To: on-call chaplain (<<PERSON:s7_full>>)
Patient <<PERSON:pt_full>>, DOB <<DATE:dob>>, MRN <<ID:mrn>>, {ward} bed <<ID:bed>>
Faith: {faith}.  Requested by: next of kin <<PERSON:nok_full>> (<<PHONE:nok_phone>>)
Reason: Anointing of the Sick requested; patient <<AGE:age>>, deteriorating since <<DATE:d3>>. Family would like their own parish priest, Fr <<PERSON:s8_last>> of <<LOCATION:city2>>, if possible - parish office <<PHONE:fax>>.
Referrer: <<PERSON:s2_init>>, CNM2, at {t1} on <<DATE:d1>>.
Chaplain's note: visited {t4}. Spoke with <<PERSON:pt_first>> and her sister <<PERSON:vis_first>>. Will return <<DATE:d2>>. - <<PERSON:s7_first>>
""",
    "en_dictated_security_us": """security supervisor dictation transcribed by <<PERSON:s4_lower>> - <<DATE:d1>>
this is <<PERSON:s6_full>> badge <<ID:badge2>> um dictating the code gray from earlier at approximately {t2} in the emergency department at <<ORG:hosp>> the patient is <<PERSON:pt_full>> that's <<PERSON:pt_typo>> sorry spelling is in the chart medical record number <<ID:mrn>> he became aggressive toward R N <<PERSON:s2_first>> <<PERSON:s2_last>> and the tech <<PERSON:w_first>> um <<PERSON:w_last>> period new paragraph officers <<PERSON:s7_last>> and <<PERSON:s8_last>> responded, <<PERSON:s8_first>> applied a hold for less than one minute, no injuries. <<LOCATION:city>> PD notified report number <<ID:police>>. patient's wife <<PERSON:nok_first>> called at {t3} from <<PHONE:nok_phone>>. end of dictation
""",
    "en_helpdesk_merge_us": """Ticket <<ID:ticket>> | Priority 2 | Category: EHR > Patient merge
Opened <<DATE:d1>> {t1} by <<PERSON:s3_full>> (<<EMAIL:s3_email>>, <<PHONE:s_phone>>)
Summary: Two charts for same patient - please merge
Details: Registration created a new MRN for <<PERSON:pt_upper>> (DOB <<DATE:dob>>) at the <<LOCATION:city>> urgent care. Old MRN <<ID:mrn>>, new MRN <<ID:badge3>>. Labs for specimen <<ID:specimen>> posted to the wrong chart. Patient's member ID <<ID:insure>>.
Work notes:
  [{t2}] <<PERSON:s2_ini>> - assigned to HIM data integrity (<<PERSON:s7_full>>).
  [<<DATE:d2>>] <<PERSON:s7_first>>: merge completed, survivor = <<ID:mrn>>. Notified PCP Dr <<PERSON:s8_last>>.
Link: <<URL:url_ticket>>
""",
    "en_helpdesk_printer_sg": """From: <<PERSON:s3_full>> <<<EMAIL:s3_email>>>
Sent: <<DATE:d1>> {t1}
Subject: RE: wristband printer {ward} printing wrong patient

Hi <<PERSON:s2_nick>>,
Still happening. Admitted <<PERSON:pt_full>> (<<ID:mrn>>) at {t2} and the label came out for another patient, <<PERSON:vis_full>>, discharged yesterday. The printer asset tag is <<ID:serial>>, IP <<ID:ip>>. Staff had to handwrite the band.
Can someone come up? Call me at <<PHONE:s_phone>>.
Thanks,
<<PERSON:s3_first>>

-----Original Message-----
From: IT Service Desk
Ticket <<ID:ticket>> assigned to <<PERSON:s2_full>>. Track at <<URL:url_ticket>>.
""",
    "en_interpreter_booking_uk": """INTERPRETER BOOKING CONFIRMATION
Booking ref: <<ID:booking>>    Agency: <<ORG:firm_interp>> (<<EMAIL:firm_email>>, <<PHONE:firm_phone>>)
Language: {lang}    Mode: face to face    Date: <<DATE:d2>> at {t3}
Patient: <<PERSON:pt_full>>   Hospital no: <<ID:mrn>>   DOB <<DATE:dob>>
Location: {ward}, <<ORG:hosp>>
Clinician: Dr <<PERSON:s1_last>>   Booked by: <<PERSON:s4_full>> (<<PHONE:s_phone>>)
Interpreter allocated: <<PERSON:s8_full>> (NRPSI <<ID:lic>>)
NB patient has asked that her nephew <<PERSON:vis_first>> NOT interpret. Female interpreter requested. If <<PERSON:s8_first>> unavailable call the agency's duty line.
""",
    "en_interpreter_noshow_za": """Interpreter no-show log  -  <<DATE:d1>>
Booked: {lang} via <<ORG:firm_interp>>, job <<ID:booking>>, for <<PERSON:pt_caps>> ({ward}, folder no. <<ID:mrn>>)
{t1} interpreter <<PERSON:s8_first>> did not arrive. Agency says she was sent to <<ORG:hosp2>> in error.
{t2} ward clerk <<PERSON:w_full>> used phone interpreting; consent discussion done with Dr <<PERSON:s7_init>> (HPCSA <<ID:lic>>).
Family present: son <<PERSON:nok_full>> (<<PHONE:nok_phone>>), grandson <<PERSON:vis_first>>.
Invoice query emailed to <<EMAIL:firm_email>>. Sister <<PERSON:s3_last>> to sign off.
""",
    "en_lost_property_ie": """LOST PROPERTY REGISTER - Main Reception, <<ORG:hosp>>
LP ref | Date found | Item | Where | Found by | Claimed by | ID seen
<<ID:lpref>> | <<DATE:d1>> | hearing aid (L), Phonak, serial <<ID:serial>> | {ward} day room | <<PERSON:vol_full>> (volunteer) | <<PERSON:nok_full>> for her dad <<PERSON:pt_full>> | driving licence
<<ID:lp2>> | <<DATE:d2>> | black wallet, no cards | car park {zone} | porter <<PERSON:s6_first>> | unclaimed | -
Claimant phone: <<PHONE:nok_phone>>. Item returned {t3} by <<PERSON:s4_ini>>.
Unclaimed items go to the Gardaí in <<LOCATION:city>> after 3 months.
""",
    "en_porter_log_uk": """PORTERING - JOB LOG (Helpdesk ext, <<PHONE:s_phone>>)   Shift: nights <<DATE:d1>>
Job       Req'd  From        To           Patient/Item                  Porter         Done
<<ID:transport>>  {t1}  {ward}     CT           <<PERSON:pt_init>> (<<ID:mrn>>) bed    <<PERSON:s6_first>>          {t2}
<<ID:job2>>    {t3}  ED Resus    Mortuary     deceased - see book           <<PERSON:w_full>> + <<PERSON:s8_first>>   {t4}
<<ID:job3>>    {t5}  {ward2}     Path lab     specimen <<ID:specimen>> (urgent) <<PERSON:s8_caps>>   {t6}
Comments: <<PERSON:s6_first>> reports the patient's son, <<PERSON:nok_first>>, insisted on coming to CT. Supervisor <<PERSON:s1_last>> informed.
""",
    "en_ptransport_booking_za": """NON-EMERGENCY PATIENT TRANSPORT REQUEST   Job no. <<ID:transport>>
Provider: <<ORG:firm_trans>>, tel <<PHONE:firm_phone>>
Patient: <<PERSON:pt_full>>   Age: <<AGE:age>>   ID no.: <<ID:natid>>
Pick-up: {ward}, <<ORG:hosp>> on <<DATE:d2>> at {t2}
Drop-off: <<ADDRESS:addr>>
Mobility: wheelchair + O2 2L. Escort: niece <<PERSON:nok_first>> <<PERSON:nok_last>>, cell <<PHONE:nok_phone>>.
Medical aid no.: <<ID:insure>>
Requested by: Sr <<PERSON:s3_full>>   Authorised: Dr <<PERSON:s1_last>>
Driver on the day: <<PERSON:s6_first>> (vehicle <<ID:plate>>).
""",
    "en_ptransport_delay_us": """Patient Transport Delay Report - <<ORG:firm_trans>>
Trip # <<ID:transport>>, scheduled <<DATE:d1>> {t1}
Patient <<PERSON:pt_full>>, <<AGE:age>>, from <<ORG:hosp>> to <<ORG:firm_home>>, <<ADDRESS:addr2>>
Crew: <<PERSON:s6_full>> (EMT, cert <<ID:lic>>), <<PERSON:s7_full>> (driver)
Delay 2h 10m - unit <<ID:plate>> broke down on I-90 outside <<LOCATION:city2>>. Dispatcher <<PERSON:w_first>> called the floor (<<PHONE:s_phone>>) at {t2} and spoke with charge nurse <<PERSON:s2_first>>. Family (<<PERSON:nok_full>>, <<PHONE:nok_phone>>) notified.
Complaint filed by family on <<DATE:d2>>, ref <<ID:claim>>.
""",
    "en_security_violence_uk": """VIOLENCE & AGGRESSION INCIDENT FORM   Incident no: <<ID:incident>>
Date <<DATE:d1>>   Time {t1}   Location: {ward}, <<ORG:hosp>>
Person(s) affected (staff): <<PERSON:s2_full>>, HCA; <<PERSON:s3_first>> (student nurse)
Perpetrator: visitor - <<PERSON:vis_full>>, brother of patient <<PERSON:pt_full>> (<<ID:mrn>>)
Description: Mr <<PERSON:vis_last>> became verbally abusive when told visiting was over, threw a chair. Security (<<PERSON:s6_init>>, <<PERSON:s7_init>>) attended {t2}. Police attended, crime ref <<ID:police>>.
Witness: <<PERSON:w2_full>>, domestic, tel <<PHONE:s_phone>>.
Follow-up: warning letter sent to <<ADDRESS:addr2>> on <<DATE:d2>>. Reported by <<PERSON:s1_full>>, Ward Manager.
""",
    "en_sms_thread_sg": """[WhatsApp - Bed Mgmt NM group] <<DATE:d1>>
{t1} <<PERSON:s1_first>>: any male bed? ED got 1 for <<PERSON:pt_last>> <<AGE:age>> yo, fall @ home in <<LOCATION:city>>
{t2} <<PERSON:s2_nick>>: {ward} bed <<ID:bed>> after 3pm, pt waiting for <<ORG:firm_trans>> ambulance
{t2} <<PERSON:s3_ini>>: ok I tell <<PERSON:s4_first>> to prep. NOK is <<PERSON:nok_first>> hp <<PHONE:nok_phone>>
{t3} <<PERSON:s1_first>>: thx! pls don't put NRIC here ah
{t4} <<PERSON:w_first>>: noted
""",
    "en_sys_audit_ie": """AUDIT TRAIL EXTRACT - requested by Data Protection Officer <<PERSON:s1_full>> (<<EMAIL:s_email>>)
Subject: record of <<PERSON:pt_upper>>, MRN <<ID:mrn>>, PPSN <<ID:natid>>
Reason: patient <<PERSON:pt_first>> believes a neighbour who works here looked at her chart.

timestamp            user        workstation_ip   action        module
<<DATE:d1_iso>>T{t1}:04  <<ID:login>>  <<ID:ip>>   VIEW          Results
<<DATE:d1_iso>>T{t2}:51  <<ID:login>>  <<ID:ip>>   PRINT         Discharge summary
<<DATE:d2_iso>> {t3}:17  <<ID:login2>>  <<ID:ip2>>     VIEW          Demographics

User <<ID:login>> = <<PERSON:s2_full>> (staff no. <<ID:badge1>>), <<LOCATION:city2>> address on HR file. No care relationship found. Referred to HR <<DATE:d2>>.
""",
    "en_sys_audit_us": """BREAK-THE-GLASS REVIEW  (Privacy Office)
Patient: <<PERSON:pt_caps>>  MRN: <<ID:mrn>>  DOB: <<DATE:dob>>  Age: <<AGE:age>>
VIP flag: Y (local news coverage of the <<LOCATION:city>> fire)
Accesses <<DATE:d3>> - <<DATE:d1>>:
  user=<<ID:login>> (<<PERSON:s2_full>>, unit clerk) reason="patient care" count=14
  user=<<ID:login2>> (<<PERSON:s3_full>>, RN {ward}) reason="patient care" count=3
Finding: <<PERSON:s2_last>> had no assignment to this patient. Interview scheduled with manager <<PERSON:s1_init>> and HR partner <<PERSON:w_full>>. Case <<ID:incident>>.
Reviewer: <<PERSON:s7_ini>>, Privacy Analyst, <<PHONE:s_phone>>, fax <<PHONE:fax>>
""",
    "en_valuables_register_uk": """PATIENTS' PROPERTY & VALUABLES RECORD (to be kept in cashier's safe)
Patient <<PERSON:pt_full>>   Unit no <<ID:mrn>>   Location: {ward}   Date <<DATE:d1>>
Envelope/seal no: <<ID:seal>>
Items: 1 x yellow metal ring (not tested), 1 x wristwatch, cash {currency}{amount}, mobile phone IMEI <<ID:imei>>, bank card (expired)
Patient unable to sign (confused); witnessed by <<PERSON:s2_full>> (RN) and <<PERSON:s3_full>> (HCA).
Deposited with cashier <<PERSON:w_init>> at {t2}.
Released on <<DATE:d2>> to next of kin <<PERSON:nok_full>>, <<ADDRESS:addr2>>, on production of ID. Signature: <<PERSON:nok_lower>>
""",
    "en_valuables_dispute_za": """Memo - Patient Affairs, <<ORG:hosp>>   <<DATE:d2>>
Re: missing valuables, <<PERSON:pt_upper>> (folder <<ID:mrn>>), aged <<AGE:age>>
Family (granddaughter <<PERSON:nok_full>>, <<PHONE:nok_phone>>, <<EMAIL:nok_email>>) reports a gold chain and cellphone missing after transfer from {ward} on <<DATE:d1>>. Property list signed by <<PERSON:s2_init>> shows only "1 x bag clothing". Seal bag <<ID:seal>> intact. The ward's safe log for <<DATE:d3>> is unsigned.
SAPS case <<ID:police>> opened at <<LOCATION:city>> station. Claim <<ID:claim>> forwarded to Legal (<<PERSON:s7_full>>).
Prepared by <<PERSON:s1_full>>.
""",
    "en_visitor_register_ie": """VISITOR SIGN-IN - {ward} (restricted visiting - COVID)
Date: <<DATE:d1>>
Time in | Visitor name         | Visiting           | Phone          | Pass  | Out
{t1}   | <<PERSON:nok_full>>         | <<PERSON:pt_lower>>      | <<PHONE:nok_phone>> | <<ID:vpass>> | {t2}
{t3}   | <<PERSON:vis_upper>>          | bed <<ID:bed>>            | <<PHONE:vis_phone>> | <<ID:vpass2>>    | {t4}
{t5}   | <<PERSON:w_first>> + 2 kids        | Mrs <<PERSON:pt_last>>    |   -            | <<ID:vpass3>>    |
Nurse in charge: <<PERSON:s3_typo>> (CNM)  - visitors over the limit turned away at {t6}.
""",
    "en_visitor_restriction_us": """VISITOR RESTRICTION NOTICE - posted at {ward} desk
Effective <<DATE:d1>> until further notice, per Security (<<PERSON:s6_full>>, <<PHONE:s_phone>>) and Case Mgmt.
Patient: room <<ID:bed>> - <<PERSON:pt_init>>
DO NOT ADMIT: <<PERSON:vis_full>> (aka "<<PERSON:vis_nick>>"), DOB <<DATE:d3>>, vehicle <<ID:plate>>. Restraining order from <<LOCATION:city>> court.
Approved visitors: <<PERSON:nok_full>> (sister), <<PERSON:w_full>> (pastor at her church).
If seen on campus call Security and ask for Sgt <<PERSON:s7_last>>. Password for phone info: "<<PERSON:nok_first>>".
""",
    "en_volunteer_rota_uk": """VOLUNTEER ROTA - week commencing <<DATE:d1>> - Voluntary Services, <<ORG:hosp>>
Day   | Shift      | Volunteer                 | Vol ID      | Role
Mon   | 09:00-13:00 | <<PERSON:vol_full>>          | <<ID:volid>> | Ward befriender, {ward}
Mon   | 13:00-17:00 | <<PERSON:w_first>> <<PERSON:w_last>>        | <<ID:volid2>>      | Meet & greet, main entrance
Tue   | 10:00-14:00 | <<PERSON:s5_nick>> <<PERSON:s5_last>>     | <<ID:badge2>> | Chaplaincy visitor
Wed   | 09:00-12:00 | <<PERSON:vis_caps>>       | (DBS pending) | Tea trolley
Notes: <<PERSON:vol_first>> is doing extra time with Mr <<PERSON:pt_last>> ({ward}, aged <<AGE:age_old>>) who has no visitors. Coordinator: <<PERSON:s1_full>>, <<PHONE:s_phone>>, <<EMAIL:s_email>>.
""",
    "en_volunteer_feedback_za": """Volunteer feedback form - Hospice & Hospital Befrienders
Name: <<PERSON:vol_full>>   Volunteer no: <<ID:volid>>   Cell: <<PHONE:vis_phone>>
Date of visit: <<DATE:d1>>   Ward: {ward}
Who did you visit? Uncle <<PERSON:pt_first>> (surname <<PERSON:pt_last>>, bed <<ID:bed>>). He told me he turns <<AGE:age_old>> on <<DATE:d2>> and grew up in <<LOCATION:city>>.
Any concerns? He says the night porter "<<PERSON:s6_nick>>" is kind but nobody brought his dentures back from the bathroom. I told Sister <<PERSON:s3_first>>.
Signed: <<PERSON:vol_ini>>
""",
    "en_wifi_ticket_za": """IT Helpdesk - call log <<ID:ticket>>
Caller: <<PERSON:s3_first>> <<PERSON:s3_last>> ({ward})  Tel: <<PHONE:s_phone>>
Logged <<DATE:d1>> {t1} by agent <<PERSON:s2_ini>>
Issue: guest WiFi voucher for long-stay patient <<PERSON:pt_full>> (<<ID:mrn>>) not working on her tablet, serial <<ID:serial>>. Patient is <<AGE:age>> and wants to do video calls with her son <<PERSON:nok_first>> in <<LOCATION:city2>>.
Resolution: new voucher issued; MAC whitelisted. Patient portal info sent to <<EMAIL:pt_email>> - <<URL:url_portal>>.
Closed <<DATE:d2>> by <<PERSON:s7_full>>.
""",
    "en_badge_request_us": """ID BADGE / ACCESS REQUEST FORM
Requester: <<PERSON:s1_full>>, Nurse Manager, {ward}   Date: <<DATE:d1>>
New badge for: <<PERSON:w2_full>>   Employee #: <<ID:badge1>>   Start date: <<DATE:d2>>
Access needed: {ward} doors, med room, nourishment room, staff lot <<ID:permit>>
Replacement badge for: <<PERSON:s8_upper>>  old badge <<ID:badge2>> (lost - found later in patient <<PERSON:pt_last>>'s room, bed <<ID:bed>>)
Photo taken by <<PERSON:s4_first>>. Security approver: <<PERSON:s6_init>>  Contact: <<PHONE:s_phone>>
""",
    "en_discharge_lounge_sg": """Discharge Lounge Log - <<ORG:hosp>> - <<DATE:d1>>
{t1}  <<PERSON:pt_full>> (<<ID:mrn>>) arrived from {ward}, wheelchair. Waiting for son <<PERSON:nok_first>>.
{t2}  Son called (<<PHONE:nok_phone>>) - stuck at <<LOCATION:city>>, arriving late. Meal (diet: {diet}) given.
{t3}  Pt asked for her valuables - seal bag <<ID:seal>> retrieved from cashier by <<PERSON:vol_first>> (volunteer).
{t4}  Left with son via taxi (<<ORG:firm_cab>>, <<ID:plate>>). Home address confirmed: <<ADDRESS:addr>>.
Lounge nurse: <<PERSON:s2_full>>
""",
}

_EN_COUNTRY_OF: Final[dict[str, str]] = {name: name.rsplit("_", 1)[1].upper() for name in EN_BLIND23_TEMPLATES}


# ---------------------------------------------------------------------------------------------
# Chinese pools and values
# ---------------------------------------------------------------------------------------------
_ZH_COMPOUND: Final = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "慕容",
    "令狐",
    "长孙",
    "夏侯",
    "司徒",
    "端木",
    "公孙",
)
_ZH_WORD_SUR: Final = ("金", "文", "高", "白", "石", "万", "常", "安", "乐", "龙", "江", "夏", "田", "易", "向")
_ZH_WORD_GIVEN: Final = (
    "平安",
    "建国",
    "国庆",
    "春花",
    "美丽",
    "志强",
    "文",
    "红梅",
    "胜利",
    "小红",
    "和平",
    "永福",
    "海燕",
    "秀英",
    "卫东",
)
_ZH_DOUBLE_GIVEN: Final = ("婷婷", "欢欢", "乐乐", "丹丹", "明明", "佳佳", "露露", "飞飞", "晶晶", "莉莉")
_ZH_PINYIN: Final = (
    ("Zhang", "Wei"),
    ("Li", "Jianguo"),
    ("Chen", "Xiaoling"),
    ("Ouyang", "Ming"),
    ("Huang", "Meiying"),
    ("Zhou", "Haitao"),
    ("Xu", "Lina"),
    ("Sima", "Yunfei"),
    ("Wang", "Fang"),
    ("Liu", "Yang"),
    ("Zhao", "Lei"),
    ("Sun", "Jiahui"),
)
_ZH_CITIES: Final = (
    "苏州",
    "无锡",
    "昆山",
    "嘉兴",
    "绍兴",
    "佛山",
    "东莞",
    "宜昌",
    "襄阳",
    "洛阳",
    "绵阳",
    "株洲",
    "南通",
    "温州",
    "泉州",
    "芜湖",
    "保定",
    "潍坊",
)
_ZH_PROVINCE_OF: Final = {
    "苏州": "江苏省",
    "无锡": "江苏省",
    "昆山": "江苏省",
    "嘉兴": "浙江省",
    "绍兴": "浙江省",
    "佛山": "广东省",
    "东莞": "广东省",
    "宜昌": "湖北省",
    "襄阳": "湖北省",
    "洛阳": "河南省",
    "绵阳": "四川省",
    "株洲": "湖南省",
    "南通": "江苏省",
    "温州": "浙江省",
    "泉州": "福建省",
    "芜湖": "安徽省",
    "保定": "河北省",
    "潍坊": "山东省",
}
_ZH_PLATE_PREFIX: Final = (
    "苏E",
    "苏B",
    "浙F",
    "浙D",
    "粤E",
    "粤S",
    "鄂E",
    "豫C",
    "川B",
    "湘B",
    "苏F",
    "闽C",
    "皖B",
    "冀F",
    "鲁G",
    "沪A",
    "京N",
)
_ZH_AREA_CODES: Final = (
    "0512",
    "0510",
    "0573",
    "0575",
    "0757",
    "0769",
    "0717",
    "0710",
    "0379",
    "0816",
    "0731",
    "0513",
    "0577",
    "0595",
    "0553",
    "0312",
    "0536",
    "021",
    "010",
)
_ZH_ROADS: Final = (
    "人民路",
    "解放路",
    "建设路",
    "中山北路",
    "长江路",
    "学府路",
    "幸福里",
    "滨江大道",
    "新华街",
    "东环路",
    "青年路",
    "胜利街",
)
_ZH_DISTRICTS: Final = (
    "高新区",
    "经济技术开发区",
    "城东街道",
    "新城区",
    "城北区",
    "东城街道",
    "滨湖新区",
    "老城区",
    "城南街道",
    "西湖街道",
    "工业园区",
    "江北新区",
)
_ZH_HOSP_STEMS: Final = (
    "市第一人民医院",
    "市中心医院",
    "市第二人民医院",
    "市中医医院",
    "市妇幼保健院",
    "市第三人民医院",
)
_ZH_FIRMS: Final = {
    "wy": ("恒安物业管理有限公司", "绿城服务集团分公司", "万家物业服务有限公司", "德信物业管理有限公司"),
    "ba": ("安泰保安服务有限公司", "金盾保安服务公司", "卫士通安保集团", "平安卫士保安公司"),
    "cy": ("鑫源餐饮管理有限公司", "禾丰团膳服务公司", "康膳餐饮有限公司", "味之源营养餐配送中心"),
    "hg": ("康乐护工服务中心", "仁爱陪护服务有限公司", "安心家政护理公司", "福康护理服务社"),
    "ylw": ("夕阳红养老院", "福寿康养中心", "颐和护理院", "松鹤老年公寓"),
    "zy": ("120急救转运服务中心", "安途医疗转运有限公司", "康达非急救转运公司", "绿色通道医疗转运服务部"),
    "fy": ("译通翻译服务有限公司", "言桥语言服务中心", "手语之家翻译工作室", "环球通翻译公司"),
}
_ZH_WARDS: Final = (
    "心内科二病区",
    "神经内科",
    "骨科一病区",
    "呼吸与危重症医学科",
    "老年医学科",
    "急诊留观",
    "肝胆外科",
    "肾内科",
    "普外科三病区",
    "ICU",
    "康复科",
    "消化内科",
)
_ZH_DIETS: Final = (
    "糖尿病餐",
    "低盐低脂餐",
    "流质",
    "半流质",
    "软食",
    "清真餐",
    "低蛋白餐",
    "匀浆膳",
    "禁食",
    "普食",
    "高蛋白餐",
    "低嘌呤餐",
)


def _zh_person(rng: random.Random, fk: Faker, kind: str = "any") -> tuple[str, str]:
    """(surname, given)."""
    loc = "zh_TW" if rng.random() < 0.15 else "zh_CN"
    roll = rng.random()
    if kind == "word" or (kind == "any" and roll < 0.12):
        return rng.choice(_ZH_WORD_SUR), rng.choice(_ZH_WORD_GIVEN)
    if kind == "compound" or (kind == "any" and roll < 0.22):
        return rng.choice(_ZH_COMPOUND), fk[loc].first_name()
    if kind == "double" or (kind == "any" and roll < 0.3):
        return fk["zh_CN"].last_name(), rng.choice(_ZH_DOUBLE_GIVEN)
    while True:
        sur, given = fk[loc].last_name(), fk[loc].first_name()
        if not sur.startswith("老") and len(sur) <= 2:
            return sur, given


def _zh_forms(rng: random.Random, prefix: str, sur: str, given: str) -> dict[str, str]:
    last = given[-1]
    return {
        f"{prefix}_full": sur + given,
        f"{prefix}_sur": sur,
        f"{prefix}_given": given,
        f"{prefix}_nick": rng.choice(("小" + last, "阿" + last, last + last))
        if len(set(given)) > 1 or len(given) == 1
        else given,
    }


def _zh_phone(rng: random.Random, mobile: bool = True, ext: bool = False) -> str:
    if mobile:
        pre = rng.choice(
            ("138", "139", "135", "150", "151", "158", "186", "187", "177", "199", "133", "189", "182", "136")
        )
        a, b = _digits(rng, 4), _digits(rng, 4)
        return rng.choice(
            (
                f"{pre}{a}{b}",
                f"{pre} {a} {b}",
                f"{pre}-{a}-{b}",
                f"+86 {pre} {a} {b}",
                f"+86-{pre}{a}{b}",
                f"(+86){pre}{a}{b}",
            )
        )
    code = rng.choice(_ZH_AREA_CODES)
    n = 8 if len(code) == 3 or rng.random() < 0.7 else 7
    local = f"{rng.randint(2, 8)}{_digits(rng, n - 1)}"
    out = rng.choice(
        (
            f"{code}-{local}",
            f"({code}){local}",
            f"{code} {local[:4]} {local[4:]}",
            f"+86 {code[1:]} {local}",
            f"{code}—{local}",
        )
    )
    if ext:
        out += rng.choice((f"转{_digits(rng, 4)}", f"-{_digits(rng, 3)}", f" 转 {_digits(rng, 3)}"))
    return out


def _zh_date(rng: random.Random, d: dt.date) -> str:
    return rng.choice(
        (
            f"{d.year}年{d.month}月{d.day}日",
            f"{d:%Y-%m-%d}",
            f"{d.year}/{d.month}/{d.day}",
            f"{d.month}月{d.day}日",
            f"{d:%Y.%m.%d}",
            f"{d.month}月{d.day}号",
            f"{d.year}年{d.month:02d}月{d.day:02d}日",
        )
    )


def _zh_plate(rng: random.Random) -> str:
    pre = rng.choice(_ZH_PLATE_PREFIX)
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
    if rng.random() < 0.2:
        body = rng.choice("DF") + _digits(rng, 5)
    return rng.choice((f"{pre}{body}", f"{pre}·{body}", f"{pre} {body}"))


def _zh_address(rng: random.Random, city: str) -> str:
    road = rng.choice(_ZH_ROADS)
    dist = rng.choice(_ZH_DISTRICTS)
    core = rng.choice(
        (
            f"{road}{rng.randint(1, 899)}号{rng.randint(1, 30)}栋{rng.randint(1, 3)}单元{rng.randint(1, 28)}0{rng.randint(1, 4)}室",
            f"{road}{rng.randint(1, 400)}弄{rng.randint(1, 60)}号{rng.randint(101, 1804)}室",
            f"{rng.choice(('阳光', '锦绣', '翠苑', '东湖', '金色'))}{rng.choice(('花园', '家园', '新村', '小区'))}{rng.randint(1, 40)}幢{rng.randint(101, 2602)}室",
        )
    )
    return rng.choice((f"{_ZH_PROVINCE_OF[city]}{city}市{dist}{core}", f"{city}市{dist}{core}", f"{dist}{core}"))


def _zh_values(rng: random.Random, fk: Faker) -> tuple[dict[str, str], tuple[KnownIdentifier, ...]]:
    v: dict[str, str] = {}
    kinds = {
        "pt": "any",
        "nok": "any",
        "s1": "any",
        "s2": "any",
        "s3": "compound",
        "s4": "any",
        "s5": "double",
        "s6": "any",
        "s7": "any",
        "s8": "any",
        "w": "word",
        "vis": "any",
        "vol": "any",
        "hg": "any",
    }
    people: dict[str, tuple[str, str]] = {p: _zh_person(rng, fk, k) for p, k in kinds.items()}
    if rng.random() < 0.5:
        people["nok"] = (people["pt"][0], people["nok"][1])
    for prefix, (sur, given) in people.items():
        v.update(_zh_forms(rng, prefix, sur, given))
    for i, (ps, pg) in enumerate(rng.sample(_ZH_PINYIN, 2), start=1):
        v[f"py{i}_full"] = rng.choice((f"{ps} {pg}", f"{ps.upper()} {pg}", f"{pg} {ps}", f"{ps}{pg}"))
        v[f"py{i}_caps"] = f"{ps.upper()} {pg.upper()}"
        v[f"py{i}_mail"] = f"{ps.lower()}{pg.lower()}{rng.randint(1, 99)}"
    city, city2 = rng.sample(_ZH_CITIES, 2)
    v["city"] = rng.choice((city, city + "市"))
    v["city2"] = rng.choice((city2, city2 + "市"))
    v["province"] = _ZH_PROVINCE_OF[city]
    v["hosp"] = city + rng.choice(_ZH_HOSP_STEMS)
    v["hosp2"] = city2 + rng.choice(_ZH_HOSP_STEMS)
    for key, pool in _ZH_FIRMS.items():
        v[f"firm_{key}"] = rng.choice(pool)
    v["addr"] = _zh_address(rng, city)
    v["addr2"] = _zh_address(rng, city2)
    birth = _date_between(rng, dt.date(1920, 1, 1), dt.date(2004, 12, 31))
    event = _date_between(rng, dt.date(2023, 1, 1), dt.date(2025, 6, 30))
    v["rid"] = cn_resident_id(rng, birth)
    v["dob"] = _zh_date(rng, birth)
    v["d1"] = _zh_date(rng, event)
    v["d2"] = _zh_date(rng, event + dt.timedelta(days=rng.randint(1, 6)))
    v["d3"] = _zh_date(rng, event - dt.timedelta(days=rng.randint(1, 20)))
    v["d4"] = _zh_date(rng, event + dt.timedelta(days=rng.randint(30, 180)))
    v["d1_iso"] = f"{event:%Y-%m-%d}"
    v["d2_iso"] = f"{event + dt.timedelta(days=1):%Y-%m-%d}"
    v["wd"] = "周" + "一二三四五六日"[event.weekday()]
    for i, t in enumerate(sorted(_time(rng) for _ in range(6)), start=1):
        v[f"t{i}"] = t
    age = _age_pair(rng, 0.4)
    v["age"] = str(age) if rng.random() < 0.6 else _zh_numeral(age)
    old = rng.randint(90, 104)
    v["age_old"] = str(old) if rng.random() < 0.5 else _zh_numeral(old)
    v["age_young"] = str(rng.randint(22, 78))
    ym = f"{event.year}{event.month:02d}"
    v["zyh"] = rng.choice(
        (
            f"{event.year}{_digits(rng, 6)}",
            f"ZY{_digits(rng, 8)}",
            _digits(rng, 8),
            f"{_digits(rng, 3)}-{_digits(rng, 5)}",
        )
    )
    v["mzh"] = rng.choice((f"MZ{ym}{_digits(rng, 5)}", _digits(rng, 10), f"{_digits(rng, 12)}"))
    v["bed"] = rng.choice(
        (
            f"{rng.randint(1, 60)}",
            f"{rng.randint(1, 12)}-{rng.randint(1, 6)}",
            f"加{rng.randint(1, 9)}",
            f"A{rng.randint(1, 40):02d}",
        )
    )
    v["bed2"] = rng.choice(
        (f"{rng.randint(1, 60)}", f"{rng.randint(1, 12)}-{rng.randint(1, 6)}", f"加{rng.randint(1, 9)}")
    )
    v["ybh"] = rng.choice(
        (
            f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
            f"{_letters(rng, 1)}{_digits(rng, 11)}",
            f"{_digits(rng, 10)}",
        )
    )
    v["bah"] = rng.choice((f"{_digits(rng, 7)}", f"BA{_digits(rng, 6)}", f"{_digits(rng, 2)}-{_digits(rng, 6)}"))
    v["gdh"] = rng.choice(
        (
            f"XXK-{event:%Y%m%d}-{_digits(rng, 4)}",
            f"GD{ym}{_digits(rng, 4)}",
            f"IT{_digits(rng, 8)}",
            f"#{_digits(rng, 6)}",
        )
    )
    v["phz"] = rng.choice((f"PH{event.year}-{_digits(rng, 4)}", f"陪{_digits(rng, 5)}", f"{_digits(rng, 6)}"))
    v["mjk"] = rng.choice(
        (f"{_letters(rng, 8, '0123456789ABCDEF')}", f"{_digits(rng, 10)}", f"0x{_letters(rng, 6, '0123456789ABCDEF')}")
    )
    v["mjk2"] = f"{_digits(rng, 10)}"
    v["tcz"] = rng.choice(
        (f"TC-{_digits(rng, 4)}", f"停{event.year % 100:02d}{_digits(rng, 4)}", f"P{_digits(rng, 5)}")
    )
    v["plate"] = _zh_plate(rng)
    v["gzwp"] = rng.choice((f"GZ-{event.year}-{_digits(rng, 3)}", f"贵{_digits(rng, 6)}", f"{ym}{_digits(rng, 3)}"))
    v["swzl"] = rng.choice((f"SW{event:%y%m%d}-{_digits(rng, 2)}", f"失{_digits(rng, 5)}", f"LF{_digits(rng, 6)}"))
    v["swzl2"] = f"SW{event:%y%m%d}-{_digits(rng, 2)}"
    v["bwk"] = rng.choice((f"BW-{event.year}-{_digits(rng, 3)}", f"保卫{ym}{_digits(rng, 3)}", f"AQ{_digits(rng, 7)}"))
    v["jjd"] = rng.choice((f"{_digits(rng, 4)}{ym}{_digits(rng, 4)}", f"JJ{_digits(rng, 10)}"))
    v["gh1"] = rng.choice((f"H{_digits(rng, 5)}", f"{_digits(rng, 6)}", f"GH-{_digits(rng, 4)}"))
    v["gh2"] = rng.choice((f"H{_digits(rng, 5)}", f"{_digits(rng, 5)}", f"BA{_digits(rng, 4)}"))
    v["gh3"] = f"{_digits(rng, 4)}"
    v["specimen"] = rng.choice((f"{_digits(rng, 10)}", f"BB{_digits(rng, 8)}", f"{event:%y%m%d}{_digits(rng, 4)}"))
    v["tsz"] = rng.choice((f"TS{_digits(rng, 5)}", f"探{_digits(rng, 4)}", f"{_digits(rng, 4)}"))
    v["zyz"] = rng.choice((f"ZYZ-{_digits(rng, 5)}", f"V{_digits(rng, 6)}", f"{_digits(rng, 8)}"))
    v["zyz2"] = f"ZYZ-{_digits(rng, 5)}"
    v["zyz3"] = f"V{_digits(rng, 6)}"
    v["bed3"] = f"加{rng.randint(1, 9)}"
    v["passport"] = f"E{_digits(rng, 8)}"
    v["ip"] = f"{rng.choice(('192.168', '10.10', '172.16'))}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
    v["ip2"] = f"10.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"
    v["dczd"] = rng.choice((f"DC{event:%Y%m%d}{_digits(rng, 4)}", f"{_digits(rng, 9)}"))
    v["fyd"] = rng.choice((f"FY-{_digits(rng, 5)}", f"YY{_digits(rng, 8)}"))
    v["sn"] = rng.choice(
        (
            f"SN{_letters(rng, 2)}{_digits(rng, 8)}",
            f"{_letters(rng, 4, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}-{_digits(rng, 6)}",
            f"{_digits(rng, 12)}",
        )
    )
    v["imei"] = _imei(rng)
    v["login"] = rng.choice(
        (f"{_letters(rng, 2).lower()}{_digits(rng, 4)}", f"his{_digits(rng, 5)}", f"{v['gh1'].lower()}")
    )
    v["login2"] = f"{_letters(rng, 3).lower()}{_digits(rng, 3)}"
    v["jzk"] = rng.choice((f"{_digits(rng, 12)}", f"JZ{_digits(rng, 9)}"))
    v["zyd"] = rng.choice((f"ZY-{ym}-{_digits(rng, 3)}", f"转{_digits(rng, 6)}"))
    v["hgz"] = rng.choice((f"HG{_digits(rng, 5)}", f"{_digits(rng, 7)}"))
    v["pt_phone"] = _zh_phone(rng)
    v["nok_phone"] = _zh_phone(rng)
    v["vis_phone"] = _zh_phone(rng)
    v["s_phone"] = _zh_phone(rng, mobile=False, ext=rng.random() < 0.6)
    v["fax"] = _zh_phone(rng, mobile=False)
    v["firm_phone"] = _zh_phone(rng, mobile=rng.random() < 0.3)
    v["hg_phone"] = _zh_phone(rng)
    v["pt_email"] = rng.choice(
        (
            f"{_digits(rng, rng.randint(6, 10))}@qq.com",
            f"{v['py1_mail']}@163.com",
            f"wx_{birth:%Y%m%d}@126.com",
            f"{_letters(rng, 3).lower()}{birth.year}@sina.com",
        )
    )
    v["s_email"] = f"{v['py2_mail']}@{rng.choice(('hosp', 'yy', 'rmyy'))}{_digits(rng, 2)}.com.cn"
    v["firm_email"] = f"service{_digits(rng, 2)}@{rng.choice(('fanyi', 'peihu', 'canyin'))}{_digits(rng, 3)}.cn"
    dom = rng.choice(("rmyy", "zxyy", "dyrmyy", "hosp"))
    v["url"] = rng.choice(
        (
            f"http://oa.{dom}-{_digits(rng, 3)}.cn/ticket?id={_digits(rng, 6)}",
            f"https://it.{dom}{_digits(rng, 2)}.com/gd/{_digits(rng, 7)}",
            f"http://{_digits(rng, 3)}.{dom}.cn:8080/audit/log?pid={_digits(rng, 8)}",
        )
    )
    v["url2"] = rng.choice(
        (
            f"https://tc.{dom}{_digits(rng, 2)}.cn/permit/{_digits(rng, 5)}",
            f"https://weixin.{dom}.cn/visit?no={_digits(rng, 6)}",
        )
    )
    v["ward"], v["ward2"] = rng.sample(_ZH_WARDS, 2)
    v["diet"], v["diet2"] = rng.sample(_ZH_DIETS, 2)
    v["n_beds"] = str(rng.randint(2, 18))
    v["n_wait"] = str(rng.randint(3, 25))
    v["amount"] = str(rng.randint(50, 9800))
    known = (
        KnownIdentifier("PERSON", v["pt_full"]),
        KnownIdentifier("PERSON", v["pt_given"]),
        KnownIdentifier("ID", v["rid"]),
        KnownIdentifier("ID", v["zyh"]),
        KnownIdentifier("ID", v["ybh"]),
        KnownIdentifier("PHONE", v["pt_phone"]),
        KnownIdentifier("ADDRESS", v["addr"]),
        KnownIdentifier("DATE", f"{birth:%Y-%m-%d}"),
        KnownIdentifier("EMAIL", v["pt_email"]),
    )
    return v, known


# ---------------------------------------------------------------------------------------------
# Chinese templates
# ---------------------------------------------------------------------------------------------
ZH_BLIND23_TEMPLATES: Final[dict[str, str]] = {
    "zh_bed_dispatch_meeting": """床位调度会会议纪要
时间：<<DATE:d1>>（{wd}）{t1}　地点：<<ORG:hosp>>行政楼三楼会议室
主持：医务科<<PERSON:s1_full>>　记录：<<PERSON:s4_given>>
参会：急诊科<<PERSON:s2_sur>>主任、{ward}<<PERSON:s3_full>>护士长、入院服务中心小<<PERSON:s6_sur>>
一、急诊滞留{n_wait}人，其中<<PERSON:pt_full>>（住院号<<ID:zyh>>，<<AGE:age>>岁）已等候超过48小时，需收{ward}。
二、{ward}<<ID:bed>>床今日下午出院，腾出后优先收<<PERSON:pt_sur>>老人；家属<<PERSON:nok_full>>电话<<PHONE:nok_phone>>。
三、向<<ORG:hosp2>>转诊2人，联系人<<PERSON:s7_full>>，电话<<PHONE:s_phone>>。
四、加床{n_beds}张，由老<<PERSON:s4_sur>>协调护工。
""",
    "zh_bed_wechat_group": """【床位协调群】<<DATE:d1>>
{t1} <<PERSON:s1_nick>>：{ward}还有空床吗？急诊一个老太太<<AGE:age>>岁，摔倒，<<LOCATION:city>>转来的
{t2} <<PERSON:s2_full>>：<<ID:bed>>床刚出院，保洁在做终末消毒
{t3} <<PERSON:s5_given>>：我跟<<PERSON:s5_sur>>老师说一下，病人叫<<PERSON:pt_full>>，门诊号<<ID:mzh>>
{t4} 小<<PERSON:s6_sur>>：收到👌 家属<<PERSON:nok_given>>在急诊门口，手机<<PHONE:nok_phone>>
{t5} <<PERSON:s1_nick>>：好的，麻烦别在群里发身份证号
""",
    "zh_it_ticket_his": """信息科工单
工单号：<<ID:gdh>>　提交时间：<<DATE:d1>> {t1}
报修科室：{ward}　报修人：<<PERSON:s2_full>>（工号<<ID:gh1>>）　联系电话：<<PHONE:s_phone>>
问题描述：HIS系统中患者<<PERSON:pt_full>>（住院号<<ID:zyh>>）的医嘱无法提交，提示“医保号<<ID:ybh>>校验失败”。
处理人：<<PERSON:s7_full>>　处理过程：核对发现医保接口中该患者身份证号<<ID:rid>>与登记不一致，已联系入院处<<PERSON:s8_given>>修改。
完成时间：<<DATE:d2>> {t3}　工单链接：<<URL:url>>
""",
    "zh_it_ticket_printer": """【报修】腕带打印机打错患者信息
报修人：<<PERSON:s3_full>>护士　科室：{ward}　分机/电话：<<PHONE:s_phone>>
时间：<<DATE:d1>> {t2}
情况：给新入院的<<PERSON:pt_full>>（<<ID:bed>>床）打腕带，打出来却是昨天出院的<<PERSON:vis_full>>的信息。打印机序列号<<ID:sn>>，IP地址<<ID:ip>>。
信息科回复（<<PERSON:py2_full>>，工单<<ID:gdh>>）：驱动缓存问题，已远程清除。如再出现请联系<<PERSON:s7_sur>>工。
""",
    "zh_audit_log_export": """系统审计日志导出（应患者投诉调取）
患者：<<PERSON:pt_full>>　病案号：<<ID:bah>>　身份证号：<<ID:rid>>
导出人：信息科<<PERSON:s7_full>>　审批：院办<<PERSON:s1_full>>　导出日期：<<DATE:d2>>

时间,账号,终端IP,操作,模块
<<DATE:d1_iso>> {t1}:12,<<ID:login>>,<<ID:ip>>,查询,检验报告
<<DATE:d1_iso>> {t2}:40,<<ID:login>>,<<ID:ip>>,打印,出院小结
<<DATE:d2_iso>> {t3}:05,<<ID:login2>>,<<ID:ip2>>,查询,患者基本信息

结论：账号<<ID:login>>属于<<PERSON:s2_full>>（工号<<ID:gh1>>），与该患者无诊疗关系，已移交纪检。患者邻居<<PERSON:vis_given>>称曾听到有人议论其病情。
""",
    "zh_audit_log_raw": """[AUDIT] <<DATE:d1_iso>>T{t1}:33+08:00 user=<<ID:login>> name=<<PERSON:py1_caps>> ip=<<ID:ip2>> action=EXPORT target=patient/<<ID:zyh>> result=DENIED reason=无权限
[AUDIT] <<DATE:d1_iso>>T{t2}:02+08:00 user=<<ID:login2>> name=<<PERSON:s3_full>> ip=<<ID:ip>> action=VIEW target=patient/<<ID:zyh>> result=OK
[NOTE] 上述记录由信息科<<PERSON:s7_sur>>工于<<DATE:d2>>核查，患者<<PERSON:pt_full>>为VIP标记，已通知保卫科<<PERSON:s6_full>>。
""",
    "zh_access_control_record": """门禁记录查询（保卫科）
查询时间：<<DATE:d2>>　查询人：<<PERSON:s6_full>>（保卫科，电话<<PHONE:s_phone>>）
事由：{ward}<<ID:bed>>床患者<<PERSON:pt_full>>家属反映夜间有陌生人进入病房

时间　　门禁点　　　　　　卡号　　　　　持卡人　　　结果
{t1}　{ward}东门　　<<ID:mjk>>　<<PERSON:s2_full>>　通过
{t2}　{ward}东门　　<<ID:mjk2>>　<<PERSON:hg_full>>（护工）　通过
{t3}　污物通道　　　——　　　　　　尾随进入　　　　报警

经调取监控，尾随人员为<<PERSON:vis_full>>，系患者前夫。已告知<<PERSON:pt_given>>本人及其女儿<<PERSON:nok_full>>。事件编号<<ID:bwk>>。
""",
    "zh_access_card_apply": """门禁卡/工作证申请表
申请人：<<PERSON:w_full>>　工号：<<ID:gh2>>　部门：后勤保障部（外包：<<ORG:firm_wy>>）
入职日期：<<DATE:d1>>　手机：<<PHONE:vis_phone>>
申请区域：{ward}、配餐间、污物间
审批：科室负责人<<PERSON:s1_sur>>主任（签字：<<PERSON:s1_full>>）　保卫科<<PERSON:s6_sur>>科长
备注：原卡<<ID:mjk>>遗失于<<PERSON:pt_sur>>姓患者病房（<<ID:bed>>床），已挂失。
""",
    "zh_escort_pass": """陪护证登记表
证号：<<ID:phz>>　办理日期：<<DATE:d1>>　有效期至：<<DATE:d4>>
患者姓名：<<PERSON:pt_full>>　性别：女　年龄：<<AGE:age>>岁　科室：{ward}　床号：<<ID:bed>>
住院号：<<ID:zyh>>　身份证号：<<ID:rid>>
陪护人：<<PERSON:nok_full>>　关系：儿子　联系电话：<<PHONE:nok_phone>>
陪护人核酸/健康码：已核验
备注：患者高龄卧床，同意一人固定陪护。经办人：<<PERSON:s4_full>>
""",
    "zh_escort_caregiver": """护工派遣单　编号：<<ID:hgz>>
派遣公司：<<ORG:firm_hg>>（电话<<PHONE:firm_phone>>）
护工：<<PERSON:hg_full>>（大家都叫她<<PERSON:hg_nick>>）　手机：<<PHONE:hg_phone>>
服务对象：<<PERSON:pt_full>>，<<AGE:age>>岁，{ward}<<ID:bed>>床，住院号<<ID:zyh>>
服务期间：<<DATE:d1>>起，一对一，费用{amount}元
家属签字：<<PERSON:nok_full>>　护士站确认：<<PERSON:s5_full>>
""",
    "zh_meal_order": """营养餐订餐单（{ward}）　日期：<<DATE:d1>>　订餐单号：<<ID:dczd>>
配送单位：<<ORG:firm_cy>>　订餐电话：<<PHONE:firm_phone>>
床号,姓名,住院号,膳食,备注
<<ID:bed>>,<<PERSON:pt_full>>,<<ID:zyh>>,{diet},<<AGE:age>>岁，需喂食
<<ID:bed2>>,<<PERSON:s8_full>>,<<ID:bah>>,{diet2},回民
<<ID:bed3>>,<<PERSON:w_full>>,<<ID:jzk>>,普食,家属<<PERSON:nok_given>>自带饭
营养师：<<PERSON:s4_full>>　核对护士：<<PERSON:s5_given>>
""",
    "zh_meal_complaint": """营养科投诉处理记录
投诉日期：<<DATE:d2>>　投诉人：<<PERSON:nok_full>>（患者之女，电话<<PHONE:nok_phone>>）
患者：<<PERSON:pt_sur>>老先生，<<AGE:age>>岁，{ward}<<ID:bed>>床，医保号<<ID:ybh>>
内容：<<DATE:d1>>晚餐医嘱为{diet}，实际送来普食，老人血糖升高。送餐员为<<ORG:firm_cy>>的<<PERSON:vis_nick>>。
处理：营养科<<PERSON:s4_sur>>主任致歉，配送公司经理<<PERSON:s8_full>>（<<PHONE:firm_phone>>）已对员工处理。
""",
    "zh_lost_and_found": """失物招领登记簿（门诊大厅服务台）
编号　　拾获日期　　物品　　　　　　　拾获地点　　拾获人　　　　认领人　　　认领电话
<<ID:swzl>>　<<DATE:d1>>　黑色钱包（内有就诊卡<<ID:jzk>>）　二楼收费处　保洁<<PERSON:w_full>>　<<PERSON:pt_full>>　<<PHONE:pt_phone>>
<<ID:swzl2>>　<<DATE:d2>>　老花镜一副　　　{ward}走廊　志愿者<<PERSON:vol_given>>　未认领　　——
经手人：<<PERSON:s4_full>>　认领人核验身份证后签字：<<PERSON:pt_given>>
""",
    "zh_lost_phone_report": """失物报告（保卫科）
报失人：<<PERSON:vis_full>>，电话<<PHONE:vis_phone>>，住址<<ADDRESS:addr2>>
报失时间：<<DATE:d1>> {t1}
物品：手机一部，IMEI <<ID:imei>>，遗失于{ward}探视时（探视患者<<PERSON:pt_full>>）
处理：保卫科<<PERSON:s6_full>>调取监控，发现被另一名家属误拿，已于<<DATE:d2>>归还。回执号<<ID:swzl>>。
""",
    "zh_valuables_register": """患者贵重物品登记表
登记号：<<ID:gzwp>>　科室：{ward}　床号：<<ID:bed>>
患者：<<PERSON:pt_full>>　住院号：<<ID:zyh>>　身份证号：<<ID:rid>>
入院日期：<<DATE:d1>>　患者状态：意识不清，由急诊送入
物品清单：黄金项链1条、手表1块、现金{amount}元、手机1部（IMEI <<ID:imei>>）
登记护士：<<PERSON:s2_full>>　见证人：<<PERSON:s5_full>>
交家属<<PERSON:nok_full>>（电话<<PHONE:nok_phone>>）签收日期：<<DATE:d2>>　签字：<<PERSON:nok_full>>
""",
    "zh_valuables_dispute": """关于患者贵重物品遗失的情况说明
医务科：
<<DATE:d2>>，{ward}患者<<PERSON:pt_full>>（<<AGE:age>>岁，住院号<<ID:zyh>>）家属<<PERSON:nok_given>>反映，患者从ICU转出后金戒指一枚不见。经查，<<DATE:d1>>ICU护士<<PERSON:s3_full>>与<<PERSON:s2_sur>>护士登记物品时未见戒指。保卫科已受理，编号<<ID:bwk>>；派出所接警回执<<ID:jjd>>。
联系人：护理部<<PERSON:s1_full>>，电话<<PHONE:s_phone>>，邮箱<<EMAIL:s_email>>。
""",
    "zh_security_incident": """保卫科事件记录
事件编号：<<ID:bwk>>　发生时间：<<DATE:d1>> {t1}　地点：急诊科抢救室外
当事人：患者<<PERSON:pt_full>>（门诊号<<ID:mzh>>）的家属<<PERSON:vis_full>>
经过：因候诊时间长，<<PERSON:vis_sur>>某情绪激动，推搡护士<<PERSON:s2_full>>并砸坏电脑。保安<<PERSON:s6_full>>（工号<<ID:gh2>>）、小<<PERSON:s8_sur>>到场制止，{t2}报警，<<LOCATION:city>>公安局某派出所出警，接警单号<<ID:jjd>>。
伤情：<<PERSON:s2_given>>右前臂软组织挫伤，已做伤情鉴定。
记录人：<<PERSON:s7_full>>
""",
    "zh_security_patrol": """保安巡逻日志　<<ORG:firm_ba>>驻院项目部
日期：<<DATE:d1>>　班次：夜班　班长：<<PERSON:s6_full>>
{t1} 巡查住院部，{ward}一名患者（<<PERSON:pt_full>>，<<AGE:age>>岁）独自走到楼梯间，已送回病房交给值班护士<<PERSON:s5_given>>。
{t2} 地下车库发现车辆<<ID:plate>>占用消防通道，车主<<PERSON:vis_full>>（<<PHONE:vis_phone>>）称来陪护。
{t3} <<PERSON:w_full>>报告住院部电梯困人，已通知电梯维保。
交班人：<<PERSON:s6_given>>　接班人：老<<PERSON:s8_sur>>
""",
    "zh_parking_permit": """职工/陪护长期停车证申请
申请编号：<<ID:tcz>>　申请日期：<<DATE:d1>>
申请人：<<PERSON:nok_full>>　类型：长期陪护（患者<<PERSON:pt_full>>，<<AGE:age_old>>岁，住院号<<ID:zyh>>，身份证<<ID:rid>>）
车牌号：<<ID:plate>>　手机：<<PHONE:nok_phone>>
家庭住址：<<ADDRESS:addr2>>
有效期：<<DATE:d1>>至<<DATE:d4>>
审核：总务科<<PERSON:s8_full>>　在线查询：<<URL:url2>>
""",
    "zh_parking_violation": """停车场违停处理单
日期：<<DATE:d1>> {t2}　车牌：<<ID:plate>>　位置：急诊通道
车主<<PERSON:vis_full>>称送父亲<<PERSON:pt_full>>（<<AGE:age>>岁）看急诊，电话<<PHONE:vis_phone>>。
处理：提醒后挪车，未收费。停车场管理方<<ORG:firm_wy>>值班员<<PERSON:w_given>>。
备注：该车已申请停车证<<ID:tcz>>，有效期至<<DATE:d4>>。
""",
    "zh_volunteer_schedule": """志愿者排班表（<<DATE:d1>>当周）　社工部
日期,时段,志愿者,志愿者编号,岗位,联系电话
周一,08:00-12:00,<<PERSON:vol_full>>,<<ID:zyz>>,门诊导诊,<<PHONE:vis_phone>>
周二,08:00-12:00,<<PERSON:w_full>>,<<ID:zyz2>>,自助机协助,——
周三,14:00-17:00,<<PERSON:py1_full>>,<<ID:zyz3>>,英文导诊,——
周四,08:00-12:00,<<PERSON:s5_given>>,——,{ward}陪伴,——
负责人：社工<<PERSON:s1_full>>（<<EMAIL:s_email>>）
备注：<<PERSON:vol_given>>周四另去{ward}陪伴<<PERSON:pt_sur>>奶奶（<<AGE:age_old>>岁，无家属探视）。
""",
    "zh_volunteer_feedback": """志愿服务记录
志愿者：<<PERSON:vol_full>>（编号<<ID:zyz>>）　服务日期：<<DATE:d1>>
服务对象：{ward}<<ID:bed>>床<<PERSON:pt_full>>爷爷，他说自己今年<<AGE:age_old>>岁了，老家在<<LOCATION:city2>>。
情况：老人想给孙女<<PERSON:nok_nick>>打视频电话，帮他拨通了<<PHONE:nok_phone>>。老人反映夜班护工“<<PERSON:hg_nick>>”很照顾他。
督导：<<PERSON:s1_given>>老师
""",
    "zh_visit_register": """探视登记（{ward}）　日期：<<DATE:d1>>
时间,探视人,被探视患者,床号,关系,电话,探视证
{t1},<<PERSON:nok_full>>,<<PERSON:pt_full>>,<<ID:bed>>,女儿,<<PHONE:nok_phone>>,<<ID:tsz>>
{t2},<<PERSON:vis_full>>,<<PERSON:pt_given>>,<<ID:bed>>,同事,<<PHONE:vis_phone>>,——
{t3},<<PERSON:w_full>>,<<PERSON:s8_full>>,<<ID:bed2>>,儿子,——,——
值班护士：<<PERSON:s5_given>>　超时未离开者已由小<<PERSON:s6_sur>>劝离。
""",
    "zh_visit_restriction": """特殊探视管理通知
{ward}<<ID:bed>>床患者<<PERSON:pt_full>>（住院号<<ID:zyh>>），自<<DATE:d1>>起限制探视。
禁止探视人员：<<PERSON:vis_full>>（患者前夫），车牌<<ID:plate>>。法院保护令由<<LOCATION:city>>某区人民法院出具。
允许探视：<<PERSON:nok_full>>（姐姐，<<PHONE:nok_phone>>）。
如发现上述人员，请立即联系保卫科<<PERSON:s6_sur>>队长（<<PHONE:s_phone>>）。
护士长：<<PERSON:s3_full>>
""",
    "zh_transport_log": """患者转运记录（中央运送）
转运单号：<<ID:zyd>>　日期：<<DATE:d1>>
{t1} {ward} → CT室　患者<<PERSON:pt_full>>，住院号<<ID:zyh>>，平车，运送员<<PERSON:w_full>>
{t2} 急诊 → {ward2}　患者<<PERSON:s8_full>>，轮椅，运送员老<<PERSON:s4_sur>>
{t3} {ward2} → 检验科　标本<<ID:specimen>>（急），运送员<<PERSON:hg_given>>
调度：<<PERSON:s7_full>>，调度电话<<PHONE:s_phone>>
""",
    "zh_transfer_out": """非急救转运申请
患者：<<PERSON:pt_full>>　年龄：<<AGE:age>>　住院号：<<ID:zyh>>　医保号：<<ID:ybh>>
出发：<<ORG:hosp>>{ward}　目的地：<<ORG:firm_ylw>>（<<ADDRESS:addr>>）
转运日期：<<DATE:d2>> {t2}
承运：<<ORG:firm_zy>>，电话<<PHONE:firm_phone>>，车牌<<ID:plate>>
随行家属：<<PERSON:nok_full>>，<<PHONE:nok_phone>>
申请医生：<<PERSON:s1_full>>　联系人：<<PERSON:s3_sur>>护士
""",
    "zh_interpreter_booking": """翻译服务预约单
预约号：<<ID:fyd>>　服务机构：<<ORG:firm_fy>>（<<EMAIL:firm_email>>）
语种：手语　日期：<<DATE:d2>> {t3}
患者：<<PERSON:pt_full>>，{ward}<<ID:bed>>床，门诊号<<ID:mzh>>
预约人：<<PERSON:s5_full>>（电话<<PHONE:s_phone>>，传真<<PHONE:fax>>）
翻译员：<<PERSON:s8_full>>
备注：患者聋哑，家属<<PERSON:nok_given>>会简单手语但不宜作为翻译。
""",
    "zh_foreign_patient": """国际医疗部 归国华侨患者沟通记录
患者：<<PERSON:py1_full>>（中文名<<PERSON:pt_full>>），<<AGE:age>>岁，护照号码<<ID:passport>>，住院号<<ID:zyh>>
身份证号（大陆居民）：<<ID:rid>>
<<DATE:d1>>，预约英语翻译（预约号<<ID:fyd>>），由<<PERSON:py2_full>>（医务社工）陪同与主治医生<<PERSON:s1_sur>>医生沟通。
患者家属<<PERSON:nok_full>>在<<LOCATION:city>>，电话<<PHONE:nok_phone>>，邮箱<<EMAIL:pt_email>>。
""",
    "zh_spiritual_care": """安宁疗护 心理/灵性关怀转介
转介日期：<<DATE:d1>>　转介人：<<PERSON:s3_full>>护士长
患者：<<PERSON:pt_full>>，<<AGE:age>>岁，{ward}<<ID:bed>>床，病案号<<ID:bah>>
信仰：佛教。患者希望家人请<<LOCATION:city2>>某寺的师父来诵经，家属<<PERSON:nok_full>>（<<PHONE:nok_phone>>）已同意。
社工<<PERSON:s5_full>>于<<DATE:d2>>探访，患者称孙子<<PERSON:vis_nick>>最记挂她。
""",
}


# ---------------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------------
def generate_blind23(language: str, count: int) -> list[SynthNote]:
    """``count`` notes; note i uses the i-th template in sorted name order (round robin), deterministic."""
    if language == "en":
        templates = EN_BLIND23_TEMPLATES
    elif language == "zh":
        templates = ZH_BLIND23_TEMPLATES
    else:
        raise ValueError(f"unsupported language {language!r}; expected 'en' or 'zh'")
    names = sorted(templates)
    fk = _faker()
    notes: list[SynthNote] = []
    for i in range(count):
        name = names[i % len(names)]
        rng = random.Random(f"{BLIND23_SEED}:{language}:{i}")
        fk.seed_instance(f"{BLIND23_SEED}:{language}:{i}:faker")
        if language == "en":
            values, known = _en_values(rng, fk, _EN_COUNTRY_OF[name])
        else:
            values, known = _zh_values(rng, fk)
        text, spans = render(templates[name], values, age_of=blind23_age_of)
        notes.append(
            SynthNote(
                note_id=f"{BLIND23_SPLIT}-{language}-{i + 1:04d}",
                split=BLIND23_SPLIT,
                language=language,
                template=name,
                text=text,
                spans=spans,
                known=known,
            )
        )
    return notes
