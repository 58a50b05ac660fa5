# ruff: noqa: E501
"""Blind evaluation set 5: acute inpatient and hospital-internal documents, English and Chinese.

Written blind: the author read only the public API of ``synth.py`` (``render``, ``GoldSpan``,
``SynthNote``, ``cn_resident_id``) and ``KnownIdentifier``, never the recognisers, so the set
estimates how the de-identifier does on text nobody tuned it for. **Do not tune against it**;
look at aggregate figures only.

Documents: ED triage and physician notes, EMS/trauma handover, ICU daily notes, operative notes and
consents, anaesthesia records, pathology/radiology reports, transfusion records, code-blue records,
incident reports, social-work/case-management/chaplaincy notes, M&M summaries, bed-management and
transfer logs, death certificates, coroner referrals, research consent; and the Chinese inpatient
record types (入院记录 … 出院记录).

Each note has a fresh invented persona. ``known`` holds what the EMR Patient resource would hold
(name and parts, record number, national ID / resident ID, phone, street address, city, ISO birth
date, e-mail); the text uses those values sometimes exactly and sometimes spelt otherwise, and is
full of PHI the record does not list (relatives, staff, other patients, neighbours, employers).

Gold: ``<<KIND:key>>`` in a template is a gold span, ``{key}`` is filler. Values are produced
lazily from the key's prefix (``nm_x`` a person's full name, ``fn_x`` the same person's first name,
``mob_x`` a mobile number, ``dts_x`` a timestamp, ...), so every key with the same suffix in one
note refers to the same invented person. Ages are gold only at 90 or more (``render`` drops the
rest); ages may be written in words or Chinese numerals, read back by ``blind5_age_of``.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from faker import Faker

from integration.deid.model import KnownIdentifier
from integration.deid.synth import SynthNote, cn_resident_id, render

__all__ = [
    "BLIND5_SEED",
    "EN_BLIND5_TEMPLATES",
    "ZH_BLIND5_TEMPLATES",
    "blind5_age_of",
    "generate_blind5",
]

BLIND5_SEED: Final[int] = 73056218
_SPLIT: Final = "blind5"


# ---------------------------------------------------------------------------------------------
# Ages written as digits, English words or Chinese numerals
# ---------------------------------------------------------------------------------------------
_EN_SMALL: Final = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_EN_TENS: Final = ("_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_CN_DIGITS: Final = "零一二三四五六七八九"


def _en_age_words(n: int, rng: random.Random) -> str:
    def below_100(k: int) -> str:
        if k < 20:
            return _EN_SMALL[k]
        tens, unit = divmod(k, 10)
        return _EN_TENS[tens] + (f"-{_EN_SMALL[unit]}" if unit else "")

    if n < 100:
        return below_100(n)
    rest = n - 100
    if not rest:
        return rng.choice(("one hundred", "a hundred"))
    return f"one hundred {rng.choice(('and ', ''))}{below_100(rest)}"


def _cn_age(n: int) -> str:
    if n < 10:
        return _CN_DIGITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[unit] if unit else "")
    hundreds, rest = divmod(n, 100)
    if not rest:
        return _CN_DIGITS[hundreds] + "百"
    if rest < 10:
        return _CN_DIGITS[hundreds] + "百零" + _CN_DIGITS[rest]
    tens, unit = divmod(rest, 10)
    return _CN_DIGITS[hundreds] + "百" + _CN_DIGITS[tens] + "十" + (_CN_DIGITS[unit] if unit else "")


def blind5_age_of(text: str) -> int:
    """The number an age string of this set stands for (digits, English words, Chinese numerals)."""
    value = text.strip()
    if value.isdigit():
        return int(value)
    if any(c in _CN_DIGITS + "十百" for c in value):
        total = current = 0
        for char in value:
            if char in _CN_DIGITS:
                current = _CN_DIGITS.index(char)
            elif char == "十":
                total += (current or 1) * 10
                current = 0
            elif char == "百":
                total += current * 100
                current = 0
        return total + current
    total = 0
    for word in re.split(r"[\s-]+", value.lower()):
        if word in ("and", ""):
            continue
        if word in ("a", "hundred"):
            total = max(total, 1) * 100 if word == "hundred" else total
        elif word in _EN_SMALL:
            total += _EN_SMALL.index(word)
        elif word in _EN_TENS:
            total += _EN_TENS.index(word) * 10
        else:
            raise ValueError("not an age")
    return total


# ---------------------------------------------------------------------------------------------
# Check-digit helpers for realistic national identifiers
# ---------------------------------------------------------------------------------------------
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


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def _verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(_VERHOEFF_INV[c])


def _us_ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def _nhs_number(rng: random.Random) -> str:
    while True:
        body = str(rng.randint(4, 9)) + _digits(rng, 8)
        check = 11 - sum(int(c) * w for c, w in zip(body, range(10, 1, -1), strict=True)) % 11
        if check == 11:
            check = 0
        if check != 10:
            n = body + str(check)
            return f"{n[:3]} {n[3:6]} {n[6:]}"


def _medicare_au(rng: random.Random) -> str:
    body = str(rng.randint(2, 6)) + _digits(rng, 7)
    check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    return f"{body[:4]} {body[4:]}{check} {rng.randint(1, 5)}"


def _aadhaar(rng: random.Random) -> str:
    body = str(rng.randint(2, 9)) + _digits(rng, 10)
    n = body + _verhoeff_digit(body)
    return f"{n[:4]} {n[4:8]} {n[8:]}"


def _ppsn(rng: random.Random) -> str:
    body = _digits(rng, 7)
    total = sum(int(c) * w for c, w in zip(body, range(8, 1, -1), strict=True))
    return body + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]


_NHI_LETTERS: Final = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _nhi(rng: random.Random) -> str:
    while True:
        letters = "".join(rng.choice(_NHI_LETTERS) for _ in range(3))
        nums = _digits(rng, 3)
        values = [_NHI_LETTERS.index(c) + 1 for c in letters] + [int(c) for c in nums]
        mod = sum(v * w for v, w in zip(values, (7, 6, 5, 4, 3, 2), strict=True)) % 11
        if mod == 0:
            continue
        check = 11 - mod
        return letters + nums + ("0" if check == 10 else str(check))


def _ohip(rng: random.Random) -> str:
    body = str(rng.randint(1, 9)) + _digits(rng, 8)
    n = body + _luhn_digit(body)
    version = "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
    return f"{n[:4]}-{n[4:7]}-{n[7:]}-{version}"


def _npi(rng: random.Random) -> str:
    body = str(rng.randint(1, 2)) + _digits(rng, 8)
    return body + _luhn_digit("80840" + body)


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z]", "", folded).lower()


# ---------------------------------------------------------------------------------------------
# English settings (country conventions for phones, addresses, IDs, dates)
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Setting:
    code: str
    locale: str
    day_first: bool
    cc: str
    cities: tuple[tuple[str, str], ...]  # (city, region)
    nid_label: str
    nid: Callable[[random.Random], str]
    counties: tuple[str, ...]


_SETTINGS: Final[tuple[_Setting, ...]] = (
    _Setting("US", "en_US", False, "1", (
        ("Dayton", "OH"), ("Toledo", "OH"), ("Fresno", "CA"), ("Spokane", "WA"), ("Tulsa", "OK"), ("Albany", "NY"),
        ("Macon", "GA"), ("Erie", "PA"), ("Duluth", "MN"), ("Boise", "ID"), ("Lubbock", "TX"), ("Akron", "OH"),
        ("Savannah", "GA"), ("Eugene", "OR"), ("Paterson", "NJ"), ("Gary", "IN"), ("Laredo", "TX"), ("Flint", "MI"),
    ), "SSN", _us_ssn, ("Montgomery", "Hamilton", "Cuyahoga", "Marion", "Jefferson", "Lancaster", "Polk", "Tulare", "Spokane", "Bibb")),
    _Setting("GB", "en_GB", True, "44", (
        ("Leeds", "West Yorkshire"), ("Sheffield", "South Yorkshire"), ("Derby", "Derbyshire"), ("Norwich", "Norfolk"),
        ("Swansea", "West Glamorgan"), ("Dundee", "Angus"), ("Wolverhampton", "West Midlands"), ("Stockport", "Cheshire"),
        ("Ipswich", "Suffolk"), ("Carlisle", "Cumbria"), ("Hastings", "East Sussex"), ("Bangor", "Gwynedd"),
    ), "NHS No.", _nhs_number, ("Leeds", "Sheffield", "Norfolk", "Suffolk", "Cumbria", "Gwynedd")),
    _Setting("AU", "en_AU", True, "61", (
        ("Ballarat", "VIC"), ("Geelong", "VIC"), ("Wollongong", "NSW"), ("Toowoomba", "QLD"), ("Townsville", "QLD"),
        ("Launceston", "TAS"), ("Bunbury", "WA"), ("Dubbo", "NSW"), ("Mildura", "VIC"), ("Cairns", "QLD"), ("Wagga Wagga", "NSW"),
    ), "Medicare", _medicare_au, ("Ballarat", "Geelong", "Illawarra", "Darling Downs", "Far North")),
    _Setting("IN", "en_IN", True, "91", (
        ("Pune", "Maharashtra"), ("Coimbatore", "Tamil Nadu"), ("Lucknow", "Uttar Pradesh"), ("Indore", "Madhya Pradesh"),
        ("Mysuru", "Karnataka"), ("Kochi", "Kerala"), ("Nagpur", "Maharashtra"), ("Bhubaneswar", "Odisha"),
        ("Vadodara", "Gujarat"), ("Madurai", "Tamil Nadu"), ("Thrissur", "Kerala"),
    ), "Aadhaar", _aadhaar, ("Pune", "Ernakulam", "Lucknow", "Madurai", "Khordha")),
    _Setting("IE", "en_IE", True, "353", (
        ("Cork", "Co. Cork"), ("Galway", "Co. Galway"), ("Limerick", "Co. Limerick"), ("Waterford", "Co. Waterford"),
        ("Athlone", "Co. Westmeath"), ("Sligo", "Co. Sligo"), ("Drogheda", "Co. Louth"), ("Tralee", "Co. Kerry"),
        ("Kilkenny", "Co. Kilkenny"), ("Letterkenny", "Co. Donegal"), ("Castlebar", "Co. Mayo"),
    ), "PPSN", _ppsn, ("Cork", "Galway", "Limerick", "Kerry", "Mayo", "Donegal")),
    _Setting("NZ", "en_NZ", True, "64", (
        ("Hamilton", "Waikato"), ("Tauranga", "Bay of Plenty"), ("Dunedin", "Otago"), ("Palmerston North", "Manawatū"),
        ("Nelson", "Tasman"), ("Napier", "Hawke's Bay"), ("Whangārei", "Northland"), ("Invercargill", "Southland"),
        ("Rotorua", "Bay of Plenty"), ("Timaru", "Canterbury"),
    ), "NHI", _nhi, ("Waikato", "Otago", "Southland", "Northland", "Canterbury")),
    _Setting("CA", "en_CA", False, "1", (
        ("Saskatoon", "SK"), ("Kelowna", "BC"), ("Halifax", "NS"), ("Sudbury", "ON"), ("Moncton", "NB"),
        ("Red Deer", "AB"), ("Kingston", "ON"), ("Lethbridge", "AB"), ("Sherbrooke", "QC"), ("Thunder Bay", "ON"),
    ), "OHIP", _ohip, ("Simcoe", "Frontenac", "Halifax", "Westmorland", "Waterloo")),
)  # fmt: skip
_SETTING_WEIGHTS: Final = (34, 16, 12, 12, 10, 8, 8)

_US_AREAS: Final = (
    "937",
    "419",
    "559",
    "509",
    "918",
    "518",
    "478",
    "814",
    "218",
    "208",
    "806",
    "330",
    "912",
    "541",
    "973",
    "219",
    "956",
    "810",
)
_CA_AREAS: Final = ("306", "250", "902", "705", "506", "403", "613", "819", "807")
# (area code, local-number length) for landlines; mobile prefixes per country
_LANDLINES: Final[dict[str, tuple[tuple[str, int], ...]]] = {
    "GB": (
        ("113", 7),
        ("114", 7),
        ("1332", 6),
        ("1603", 6),
        ("1792", 6),
        ("1382", 6),
        ("1902", 6),
        ("161", 7),
        ("20", 8),
    ),
    "AU": (("3", 8), ("2", 8), ("7", 8), ("8", 8)),
    "IN": (("20", 8), ("422", 7), ("522", 7), ("731", 7), ("821", 7), ("484", 7), ("712", 7)),
    "IE": (("21", 7), ("91", 7), ("61", 6), ("51", 6), ("90", 7), ("71", 7), ("1", 7)),
    "NZ": (("7", 7), ("3", 7), ("6", 7), ("9", 7), ("4", 7)),
}
_MOBILES: Final[dict[str, tuple[tuple[str, int], ...]]] = {
    "GB": (("7700", 6), ("7911", 6), ("7456", 6), ("7823", 6), ("7398", 6)),
    "AU": (("412", 6), ("438", 6), ("400", 6), ("422", 6), ("491", 6)),
    "IN": (("98", 8), ("94", 8), ("70", 8), ("88", 8), ("99", 8)),
    "IE": (("87", 7), ("86", 7), ("85", 7), ("83", 7), ("89", 7)),
    "NZ": (("21", 7), ("27", 7), ("22", 7), ("20", 8)),
}


def _split_local(local: str) -> tuple[str, str]:
    if len(local) == 8:
        return local[:4], local[4:]
    return local[:3], local[3:]


def _fmt_phone(setting: _Setting, area: str, local: str, style: int) -> str:
    styles: tuple[str, ...]
    if setting.code in ("US", "CA"):
        a, b, c = area, local[:3], local[3:]
        styles = (
            f"({a}) {b}-{c}",
            f"{a}-{b}-{c}",
            f"{a}.{b}.{c}",
            f"{a}{b}{c}",
            f"+1 {a} {b} {c}",
            f"+1-{a}-{b}-{c}",
            f"1 ({a}) {b}-{c}",
            f"({a}){b}-{c}",
        )
        return styles[style % len(styles)]
    x, y = _split_local(local)
    cc = setting.cc
    if setting.code == "IN" and len(area) == 2 and len(local) == 8:
        # mobile: ten digits written 5+5
        ten = area + local
        styles = (
            f"+91 {ten[:5]} {ten[5:]}",
            f"{ten[:5]} {ten[5:]}",
            f"0{ten[:5]} {ten[5:]}",
            f"+91-{ten}",
            ten,
            f"+91 {ten[:5]}-{ten[5:]}",
            f"(+91) {ten}",
        )
        return styles[style % len(styles)]
    styles = (
        f"0{area} {x} {y}",
        f"0{area}{x}{y}",
        f"+{cc} {area} {x} {y}",
        f"+{cc} (0){area} {x} {y}",
        f"(0{area}) {x} {y}",
        f"0{area}-{x}-{y}",
        f"0{area} {x}{y}",
        f"+{cc}{area}{x}{y}",
        f"0{area}.{x}.{y}",
    )
    return styles[style % len(styles)]


# ---------------------------------------------------------------------------------------------
# English name pools (Faker locales plus hand-written rare, compound and foreign names)
# ---------------------------------------------------------------------------------------------
_NAME_LOCALES: Final = ("en_US", "en_GB", "en_AU", "en_IN", "en_IE", "en_NZ", "en_CA")
_NAME_LOCALE_WEIGHTS: Final = (24, 16, 8, 16, 12, 8, 6)
_RARE_FEMALE: Final = (
    "Siobhán", "Aoife", "Ngaio", "Thandiwe", "Xiomara", "Saoirse", "Mei-Ling", "Priyanka", "Zofia", "Bronwyn",
    "Marguerite", "Eilidh", "Ifeoma", "Anneliese", "Esperanza", "Dagny", "Ottoline", "Hortense", "Beatrix",
    "Imelda", "Wilhelmina", "Precious", "Blessing", "Joy", "Grace", "Faith", "Hope", "May", "June", "Summer",
    "Marigold", "Aroha", "Mere", "Nkechi", "Radhika", "Lalitha", "Agnieszka", "Małgorzata", "Ngozi", "Dymphna",
    "Pania", "Tui", "Rosaleen", "Fionnuala", "Ayşe", "Lakshmi", "Olufunmilayo", "Jo-Anne", "Marie-Claire",
)  # fmt: skip
_RARE_MALE: Final = (
    "Wiremu", "Kwabena", "Dmitri", "Bartholomew", "Tadhg", "Ruairí", "Eamonn", "Hamish", "Thaddeus", "Cormac",
    "Ignatius", "Augustin", "Somchai", "Jaswinder", "Gurpreet", "Obadiah", "Florian", "Lachlan", "Hemi", "Rangi",
    "Tāne", "Hunter", "Sterling", "Major", "King", "Will", "Rusty", "Chidi", "Oluwaseun", "Venkatesh", "Przemysław",
    "Jean-Luc", "Diarmuid", "Pádraig", "Mehmet", "Aleksandr", "Nnamdi", "Sione", "Tevita", "Ihaia", "Clement",
)  # fmt: skip
_RARE_SURNAMES: Final = (
    "Ó Súilleabháin", "Nakamura-Blake", "van der Merwe", "de la Cruz", "MacGillivray", "Fitzgerald-O'Toole",
    "Adeyemi", "Przybylski", "Nguyen", "Papadopoulos", "Te Whata", "Okonkwo", "St. John", "Le Roux", "D'Souza",
    "bin Abdullah", "Ní Bhriain", "Mac an tSaoi", "Kowalczyk", "Szczepańska", "Ramaswamy", "Venkataraghavan",
    "Abernethy-Smythe", "Church", "Parish", "Hope", "Bishop", "Marsh", "Wood", "Lane", "English", "Rich", "Moody",
    "Payne", "Young", "Black", "Major", "Love", "Summers", "Friend", "Christmas", "Ngata", "Tuhiwai", "Fa'asavalu",
    "Ōtaki-Brown", "Chukwuemeka", "Oyelaran-Smith", "Iyer", "Subramanian", "Chatterjee", "Dela Peña", "Delos Santos",
    "O'Dwyer", "McAllister", "Vu", "Tran", "Haddad", "El-Amin", "Al-Rashid", "Kaur", "Sandhu", "Wojciechowski",
)  # fmt: skip
_NICKNAMES: Final[dict[str, tuple[str, ...]]] = {
    "Robert": ("Bob", "Bobby", "Rob"), "William": ("Bill", "Billy", "Will"), "Margaret": ("Peggy", "Maggie", "Meg"),
    "Elizabeth": ("Betty", "Liz", "Beth"), "Patricia": ("Patty", "Trish"), "Catherine": ("Cathy", "Kate"),
    "James": ("Jim", "Jimmy", "Jamie"), "Michael": ("Mike", "Mick"), "Richard": ("Dick", "Rick", "Richie"),
    "Anthony": ("Tony",), "Edward": ("Ted", "Eddie", "Ned"), "Thomas": ("Tom", "Tommy"), "Joseph": ("Joe", "Joey"),
    "Charles": ("Chuck", "Charlie"), "Christopher": ("Chris", "Kit"), "Daniel": ("Danny", "Dan"),
    "Jennifer": ("Jen", "Jenny"), "Susan": ("Sue", "Suzie"), "Deborah": ("Deb", "Debbie"), "Rebecca": ("Becky",),
    "Victoria": ("Vicky", "Tori"), "Alexander": ("Sasha", "Alex"), "Natasha": ("Tash",), "Kathleen": ("Kath", "Kitty"),
    "Barbara": ("Babs", "Barb"), "Dorothy": ("Dot", "Dottie"), "Francis": ("Frank", "Frankie"), "Henry": ("Harry", "Hal"),
    "Lawrence": ("Larry",), "Gerald": ("Gerry",), "Siobhán": ("Shiv",), "Bartholomew": ("Bart",), "Wilhelmina": ("Mina", "Billie"),
    "Ignatius": ("Iggy",), "Venkatesh": ("Venky",), "Oluwaseun": ("Seun",), "Olufunmilayo": ("Funmi",), "Przemysław": ("Przemek",),
    "Aleksandr": ("Sasha",), "Thaddeus": ("Tad",), "Lakshmi": ("Lucky",), "Gurpreet": ("Preet", "Gary"), "Jaswinder": ("Jassi",),
}  # fmt: skip
_GENERIC_NICKS: Final = (
    "Sonny",
    "Bub",
    "Red",
    "Skip",
    "Tiny",
    "Lulu",
    "Birdie",
    "Dutch",
    "Buddy",
    "Sissy",
    "Boo",
    "Cookie",
)


@dataclass(frozen=True)
class _Name:
    first: str
    middle: str
    last: str
    nick: str


# ---------------------------------------------------------------------------------------------
# English organisation, place and filler pools
# ---------------------------------------------------------------------------------------------
_HOSP_WORDS: Final = (
    "Riverbend", "Cedar Ridge", "Lakeshore", "Northgate", "Sycamore Valley", "Blue Heron", "Mount Carmel",
    "Good Samaritan", "St. Agnes", "St. Columba's", "Our Lady of Lourdes", "Queen Adelaide", "Kingsbridge",
    "Holy Cross", "Mercy", "Providence St. Jude", "Wattle Grove", "Kauri Coast", "Ironbark", "Sacred Heart",
    "St. Brigid's", "St. Finbarr's", "Amrita", "Lotus Valley", "Sanjeevani", "Fairmont", "Hollins", "Whitfield",
)  # fmt: skip
_HOSP_SUFFIX: Final[dict[str, tuple[str, ...]]] = {
    "US": (
        "Medical Center",
        "Regional Medical Center",
        "Memorial Hospital",
        "Community Hospital",
        "Health System",
        "Children's Hospital",
    ),
    "GB": (
        "University Hospital",
        "Royal Infirmary",
        "General Hospital",
        "Hospital NHS Foundation Trust",
        "Community Hospital",
    ),
    "AU": ("Base Hospital", "District Hospital", "Private Hospital", "Health Service", "Hospital"),
    "IN": (
        "Multispeciality Hospital",
        "Institute of Medical Sciences",
        "Hospital & Research Centre",
        "Medical College Hospital",
    ),
    "IE": ("University Hospital", "Regional Hospital", "General Hospital", "Hospital"),
    "NZ": ("Hospital", "Base Hospital", "Private Surgical Hospital"),
    "CA": ("Health Sciences Centre", "General Hospital", "Regional Hospital", "Hospital"),
}
_NH_NAMES: Final = (
    "Larkspur Gardens Care Home", "Oakhaven Skilled Nursing Facility", "Bellbird Lodge Aged Care", "St. Joseph's Residential Care",
    "Maple Court Assisted Living", "Sunnyside Rest Home", "Anand Seniors' Residence", "Glenview Manor Nursing Home",
    "Kōwhai Court Rest Home", "Heatherbrae Lodge", "Pinecrest Rehabilitation and Nursing", "Carrowmore House Nursing Home",
    "The Willows Retirement Village", "Brookdale Riverside", "Shanti Niketan Old Age Home", "Elmwood Terrace Care Centre",
)  # fmt: skip
_INSURERS: Final = (
    "BlueRidge Mutual Health", "Aetna", "Humana", "Kaiser Permanente", "Cascadia Health Plan", "Bupa", "Medibank",
    "Southern Cross Health Society", "Star Health and Allied Insurance", "Vhi Healthcare", "Laya Healthcare",
    "Sun Life Financial", "Manulife", "Anthem Blue Cross", "UnitedHealthcare", "HCF", "nib", "Irish Life Health",
)  # fmt: skip
_LABS: Final = (
    "Meridian Reference Laboratories", "Quest Diagnostics", "Sullivan Nicolaides Pathology", "Dr Lal PathLabs",
    "LabCorp", "Healius Pathology", "Eurofins Biomnis", "Awanui Labs", "Metropolis Healthcare", "Dynacare",
)  # fmt: skip
_WORDS: Final = (
    "Harbour", "Oakfield", "Wren", "Juniper", "Kestrel", "Bramble", "Thornbury", "Silverdale", "Greenhill",
    "Ashgrove", "Rosemount", "Fernleigh", "Highfield", "Millbrook", "Beacon", "Lantern", "Crossroads", "Haven",
)  # fmt: skip
_STREET_NAMES: Final[dict[str, tuple[str, ...]]] = {
    "US": (
        "Old Mill Rd",
        "Maple Ave",
        "N High St",
        "Sunset Blvd",
        "W 3rd St",
        "Elmwood Dr",
        "Carriage Hill Ln",
        "Route 9",
        "Oak Park Ave",
        "S Main St",
        "Cherry Blossom Ct",
        "Lincoln Way E",
    ),
    "GB": (
        "Lambeth Walk",
        "Station Road",
        "Church Lane",
        "Victoria Terrace",
        "Moorland Crescent",
        "High Street",
        "Mill Hill",
        "Queen's Drive",
        "Albion Street",
        "Bridge End",
    ),
    "AU": (
        "Banksia Cres",
        "Sturt St",
        "Mitchell Hwy",
        "Wattle Ave",
        "Bourke St",
        "Koala Cl",
        "Lyons Rd",
        "Eyre Pde",
        "Jacaranda Dr",
        "Mair St E",
    ),
    "IN": (
        "14th Cross, Indiranagar",
        "MG Road",
        "Gandhi Nagar Main Rd",
        "Nehru Colony",
        "Tilak Path",
        "Sector 21",
        "Anna Salai",
        "Ashok Vihar Phase 2",
        "Shivaji Chowk",
    ),
    "IE": (
        "Ballyvolane Road",
        "Main Street",
        "Sea Road",
        "Cathedral Walk",
        "The Maltings",
        "Knocknacarra Park",
        "Patrick Street",
        "Bothar na Tra",
        "Church View",
    ),
    "NZ": (
        "Te Rapa Road",
        "Cameron Road",
        "George Street",
        "Kāinga Place",
        "Marine Parade",
        "Tui Crescent",
        "Riccarton Road",
        "Rimu Street",
        "Kōwhai Avenue",
    ),
    "CA": (
        "Rue Wellington",
        "Bay St",
        "Spadina Ave",
        "Lakeshore Rd",
        "Prairie Rose Cres",
        "Chemin du Lac",
        "King St W",
        "Maple Leaf Dr",
        "Quinpool Rd",
    ),
}
_ABROAD: Final = (
    "Manila", "Lagos", "Karachi", "Kraków", "Bucharest", "Dhaka", "Kerala", "Punjab", "Auckland", "Vancouver", "Glasgow",
    "Sligo", "Fiji", "Samoa", "Nigeria", "Poland", "Portugal", "Ho Chi Minh City", "Mombasa", "Tenerife", "Cancún", "Bali",
    "Phuket", "Montego Bay", "Tonga", "Rarotonga", "Lisbon", "Accra", "Nairobi", "Goa", "Chennai", "Belfast", "Orlando",
    "Dubai", "Riyadh", "Sialkot", "Gdańsk", "Cluj-Napoca", "Cebu", "Suva",
)  # fmt: skip

_EN_FILL: Final[dict[str, tuple[str, ...]]] = {
    "drug": ("metoprolol", "apixaban", "piperacillin-tazobactam", "noradrenaline", "propofol", "fentanyl", "ceftriaxone",
             "vancomycin", "furosemide", "insulin glargine", "levetiracetam", "enoxaparin", "tranexamic acid",
             "ondansetron", "paracetamol", "morphine", "midazolam", "amiodarone", "heparin", "dexamethasone",
             "meropenem", "rocuronium", "ketamine", "phenylephrine", "haloperidol", "quetiapine", "warfarin"),
    "dx": ("community-acquired pneumonia", "NSTEMI", "Parkinson's disease", "Crohn's disease", "Alzheimer dementia",
           "Guillain-Barré syndrome", "Hodgkin lymphoma", "Cushing's syndrome", "Addison's disease", "Graves' disease",
           "Hashimoto thyroiditis", "Bell's palsy", "Wilson disease", "Ménière's disease", "Sjögren syndrome",
           "Still's disease", "Huntington disease", "Barrett's oesophagus", "urosepsis", "fractured neck of femur",
           "DKA", "COPD exacerbation", "Stevens-Johnson syndrome", "Fournier's gangrene", "Ludwig's angina",
           "Takotsubo cardiomyopathy", "Wernicke encephalopathy", "subdural haematoma"),
    "proc": ("laparoscopic cholecystectomy", "hemiarthroplasty, right hip", "emergency laparotomy and Hartmann's procedure",
             "open reduction internal fixation, left distal radius", "below-knee amputation", "Whipple procedure",
             "burr hole evacuation of chronic subdural", "TURP", "Nissen fundoplication", "appendicectomy",
             "Ivor Lewis oesophagectomy", "washout and debridement, left knee"),
    "mode": ("ambulance", "private car", "walk-in", "police escort", "helicopter retrieval", "taxi", "inter-facility transfer"),
    "cc": ("fall, unable to get up", "chest pain radiating to jaw", "short of breath", "confusion since last night",
           "abdominal pain and vomiting", "head strike on anticoagulation", "found down", "fever and rigors", "hematemesis",
           "left-sided weakness", "seizure x2", "syncope in church"),
    "allergy": ("penicillin (rash)", "NKDA", "sulfa drugs", "codeine (vomiting)", "latex", "contrast (hives)", "nil known"),
    "abo": ("O Rh(D) negative", "A positive", "B negative", "AB positive", "O positive", "A negative"),
    "lang": ("Punjabi", "Polish", "Vietnamese", "Tongan", "Irish Sign Language", "Tagalog", "Portuguese", "Somali", "Romanian", "Yoruba", "Malayalam", "Samoan"),
    "faithword": ("Roman Catholic", "Anglican", "Sikh", "Muslim", "Methodist", "Jewish", "no religion", "Hindu", "Pentecostal", "Latter-day Saints"),
    "job": ("bus driver", "schoolteacher", "farmer", "nurse", "carpenter", "shop assistant", "engineer", "seamstress", "railway signalman", "publican"),
    "cause": ("multi-organ failure", "septic shock", "massive pulmonary embolism", "intracerebral haemorrhage",
              "cardiogenic shock", "aspiration pneumonia", "ruptured abdominal aortic aneurysm", "hypoxic brain injury"),
    "mech": ("MVC, restrained driver, T-bone at ~50 km/h", "pedestrian struck by reversing van", "fall from ladder ~3 m",
             "motorcycle vs car, helmeted", "assault with blunt object", "farm quad-bike rollover", "house fire, smoke inhalation"),
    "icu": ("ICU", "Pod B ICU", "Cardiothoracic ICU", "Neuro ICU", "HDU", "MICU", "SICU"),
    "ward": ("Ward 7B", "4 North", "Acute Medical Unit", "Surgical Short Stay", "6 West", "Ortho ward", "Ward 22", "Stroke Unit"),
    "medic": ("Medic 14", "Unit 2231", "Rescue 7", "Car 3", "Ambulance 41", "Medic 6"),
}  # fmt: skip
_EN_NUM: Final[dict[str, tuple[int, int]]] = {
    "hr": (48, 138),
    "sys": (78, 182),
    "dia": (40, 102),
    "rr": (10, 34),
    "spo2": (84, 100),
    "gcs": (6, 15),
    "wt": (38, 121),
    "asa": (1, 5),
    "n": (1, 12),
    "hb": (58, 142),
    "lac": (1, 9),
    "ebl": (50, 1400),
    "min": (2, 38),
}


# Day offsets from the note's base date for date keys whose suffix names an event, so that admission,
# discharge and death dates in one note come in a plausible order.
_DATE_WINDOWS: Final = (
    ("adm", (0, 0)),
    ("arr", (0, 0)),
    ("first", (0, 1)),
    ("cy", (8, 14)),
    ("dc", (8, 14)),
    ("death", (7, 7)),
    ("sw", (7, 7)),
    ("bw", (3, 5)),
)


def _window(suffix: str, default: tuple[int, int]) -> tuple[int, int]:
    for start, days in _DATE_WINDOWS:
        if suffix.startswith(start):
            return days
    return default


def _pick(rng: random.Random, items: tuple[str, ...]) -> str:
    return items[rng.randrange(len(items))]


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
_WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _en_date(rng: random.Random, d: dt.date, style: str, day_first: bool) -> str:
    mon, mon3 = _MONTHS[d.month - 1], _MONTHS[d.month - 1][:3]
    options: tuple[str, ...]
    if style == "num":
        if day_first:
            options = (
                f"{d:%d/%m/%Y}",
                f"{d.day}/{d.month}/{d:%y}",
                f"{d:%d.%m.%Y}",
                f"{d:%d-%m-%Y}",
                f"{d.day}/{d.month}/{d.year}",
                f"{d:%d/%m/%y}",
            )
        else:
            options = (
                f"{d:%m/%d/%Y}",
                f"{d.month}/{d.day}/{d:%y}",
                f"{d:%m-%d-%Y}",
                f"{d.month}/{d.day}/{d.year}",
                f"{d:%m/%d/%y}",
            )
        return _pick(rng, options)
    if style == "long":
        if day_first:
            options = (
                f"{d.day} {mon} {d.year}",
                f"{_ordinal(d.day)} {mon} {d.year}",
                f"{d.day} {mon3} {d.year}",
                f"{d.day} {mon3}. {d.year}",
            )
        else:
            options = (
                f"{mon} {d.day}, {d.year}",
                f"{mon3} {d.day}, {d.year}",
                f"{mon3}. {d.day}, {d.year}",
                f"{mon} {_ordinal(d.day)}, {d.year}",
            )
        return _pick(rng, options)
    if style == "abbr":
        return _pick(
            rng,
            (
                f"{d:%d}-{mon3}-{d.year}",
                f"{d:%d}{mon3.upper()}{d.year}",
                f"{d.day}-{mon3}-{d:%y}",
                f"{d:%d} {mon3.upper()} {d:%y}",
                f"{d:%d}/{mon3}/{d.year}",
            ),
        )
    if style == "iso":
        return _pick(rng, (d.isoformat(), f"{d:%Y%m%d}", f"{d:%Y/%m/%d}"))
    if style == "md":
        if day_first:
            options = (
                f"{d.day}/{d.month}",
                f"{d:%d/%m}",
                f"{d.day} {mon3}",
                f"{_ordinal(d.day)} {mon}",
                f"{d.day}.{d.month}.",
            )
        else:
            options = (
                f"{d.month}/{d.day}",
                f"{mon3} {d.day}",
                f"{mon} {_ordinal(d.day)}",
                f"{d:%m/%d}",
                f"{mon3}. {d.day}",
            )
        return _pick(rng, options)
    if style == "wk":
        wd = _WEEKDAYS[d.weekday()]
        if day_first:
            options = (
                f"{wd[:3]} {d.day} {mon3} {d.year}",
                f"{wd} {d.day} {mon} {d.year}",
                f"{wd[:3]} {d:%d/%m/%y}",
                f"{wd}, {_ordinal(d.day)} {mon}",
            )
        else:
            options = (
                f"{wd}, {mon} {d.day}, {d.year}",
                f"{wd[:3]} {d:%m/%d/%Y}",
                f"{wd[:3]}, {mon3} {d.day}",
                f"{wd} {d.month}/{d.day}/{d:%y}",
            )
        return _pick(rng, options)
    if style == "my":
        return _pick(
            rng,
            (
                f"{mon} {d.year}",
                f"{d:%m/%Y}",
                f"{mon3} {d.year}",
                f"{mon3}-{d:%y}",
                f"{'Sept' if d.month == 9 else mon3}. {d.year}",
            ),
        )
    raise ValueError(style)


def _en_time(rng: random.Random) -> str:
    h, m = rng.randrange(24), rng.randrange(60)
    return _pick(
        rng,
        (
            f"{h:02d}:{m:02d}",
            f"{h:02d}{m:02d}",
            f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}",
            f"{h:02d}:{m:02d}h",
            f"{h:02d}{m:02d} hrs",
        ),
    )


# ---------------------------------------------------------------------------------------------
# Lazily filled values
# ---------------------------------------------------------------------------------------------
class _Lazy(dict[str, str]):
    """A ``dict`` that makes a missing value from its key the first time the key is read."""

    def __init__(self, make: Callable[[str], str]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, key: str) -> str:
        value = self._make(key)
        self[key] = value
        return value


class _EnNote:
    """Everything one English note needs: the setting, the persona and a lazy value factory."""

    def __init__(self, rng: random.Random, fakers: dict[str, Faker]) -> None:
        self.rng = rng
        self.fakers = fakers
        self.s: _Setting = rng.choices(_SETTINGS, weights=_SETTING_WEIGHTS)[0]
        self.base = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(2370))
        self.people: dict[str, _Name] = {}
        self.values = _Lazy(self._make)

    # -- people -------------------------------------------------------------------------------
    def _new_name(self, female: bool | None = None, surname: str | None = None) -> _Name:
        rng = self.rng
        if female is None:
            female = rng.random() < 0.5
        if rng.random() < 0.14:
            first = _pick(rng, _RARE_FEMALE if female else _RARE_MALE)
        else:
            fk = self.fakers[rng.choices(_NAME_LOCALES, weights=_NAME_LOCALE_WEIGHTS)[0]]
            first = fk.first_name_female() if female else fk.first_name_male()
        if surname is None:
            if rng.random() < 0.16:
                surname = _pick(rng, _RARE_SURNAMES)
            else:
                fk = self.fakers[rng.choices(_NAME_LOCALES, weights=_NAME_LOCALE_WEIGHTS)[0]]
                surname = fk.last_name()
                if rng.random() < 0.07:
                    surname = f"{surname}-{self.fakers[_pick(rng, _NAME_LOCALES)].last_name()}"
        middle = ""
        if rng.random() < 0.35:
            fk = self.fakers[_pick(rng, _NAME_LOCALES)]
            middle = fk.first_name_female() if female else fk.first_name_male()
        nicks = _NICKNAMES.get(first)
        nick = _pick(rng, nicks) if nicks else (_pick(rng, _GENERIC_NICKS) if rng.random() < 0.3 else first)
        return _Name(first, middle, surname, nick)

    def person(self, suffix: str) -> _Name:
        if suffix not in self.people:
            if suffix.startswith("k") and self.rng.random() < 0.6:
                self.people[suffix] = self._new_name(surname=self.people["pt"].last)
            else:
                self.people[suffix] = self._new_name()
        return self.people[suffix]

    # -- phones ---------------------------------------------------------------------------------
    def phone_parts(self, mobile: bool) -> tuple[str, str]:
        rng, code = self.rng, self.s.code
        if code in ("US", "CA"):
            area = _pick(rng, _US_AREAS if code == "US" else _CA_AREAS)
            return area, str(rng.randint(2, 9)) + _digits(rng, 6)
        area, length = rng.choice(_MOBILES[code] if mobile else _LANDLINES[code])
        first = str(rng.randint(2, 9))
        return area, first + _digits(rng, length - 1)

    def phone(self, mobile: bool) -> str:
        area, local = self.phone_parts(mobile)
        return _fmt_phone(self.s, area, local, self.rng.randrange(12))

    # -- dates ----------------------------------------------------------------------------------
    def date(self, style: str, days: tuple[int, int] = (1, 7), suffix: str = "") -> str:
        d = self.base + dt.timedelta(days=self.rng.randint(*_window(suffix, days)))
        return _en_date(self.rng, d, style, self.s.day_first)

    def stamp(self, suffix: str = "") -> str:
        rng = self.rng
        d = self.base + dt.timedelta(days=rng.randint(*_window(suffix, (1, 7))))
        h, m = rng.randrange(24), rng.randrange(60)
        day = _en_date(rng, d, rng.choice(("num", "num", "abbr", "iso", "long")), self.s.day_first)
        return _pick(rng, (
            f"{day} {h:02d}:{m:02d}", f"{day} {h:02d}{m:02d}", f"{day} @ {h:02d}:{m:02d}", f"{day}, {(h % 12) or 12}:{m:02d} {'am' if h < 12 else 'pm'}",
            f"{d.isoformat()}T{h:02d}:{m:02d}", f"{day} at {h:02d}{m:02d}h", f"{h:02d}:{m:02d} {day}", f"{day} {h:02d}:{m:02d}:{rng.randrange(60):02d}",
        ))  # fmt: skip

    # -- organisations and places ---------------------------------------------------------------
    def city(self) -> str:
        return _pick(self.rng, tuple(c for c, _ in self.s.cities))

    def street(self) -> str:
        rng, code = self.rng, self.s.code
        name = _pick(rng, _STREET_NAMES[code]) if rng.random() < 0.7 else self.fakers[self.s.locale].street_name()
        num = str(rng.randint(1, 4999 if code in ("US", "CA") else 240))
        r = rng.random()
        if code in ("US", "CA"):
            if r < 0.1:
                return f"RR {rng.randint(1, 9)} Box {rng.randint(10, 999)}"
            if r < 0.35:
                return f"{num} {name}, {_pick(rng, ('Apt', 'Unit', '#', 'Apt.', 'Suite'))} {rng.randint(1, 40)}{_pick(rng, ('', 'A', 'B', 'C'))}".replace(
                    "# ", "#"
                )
            return f"{num} {name}"
        if code == "GB":
            return f"Flat {rng.randint(1, 30)}, {num} {name}" if r < 0.3 else f"{num} {name}"
        if code == "AU":
            if r < 0.1:
                return f"RMB {rng.randint(100, 9999)}"
            return f"{rng.randint(1, 40)}/{num} {name}" if r < 0.4 else f"{num} {name}"
        if code == "IN":
            return f"Flat {rng.randint(1, 12)}0{rng.randint(1, 9)}, {_pick(rng, ('Sai Krupa', 'Shree Ganesh', 'Green Valley', 'Lakshmi Nivas'))} Apartments, {name}"
        if code == "IE":
            if r < 0.15:
                return f"{_pick(rng, ('Ballyglass', 'Knockanore', 'Carrigeen', 'Derrylea'))}, {_pick(rng, ('Co. Mayo', 'Co. Clare', 'Co. Roscommon'))}"
            return f"Apt {rng.randint(1, 60)}, {name}" if r < 0.35 else f"{num} {name}"
        if r < 0.12:
            return f"{rng.randint(100, 2999)} {name}, RD {rng.randint(1, 9)}"
        return f"Flat {rng.randint(1, 12)}, {num} {name}" if r < 0.3 else f"{num} {name}"

    def postcode(self) -> str:
        rng, code = self.rng, self.s.code
        up = string.ascii_uppercase
        if code == "US":
            return _digits(rng, 5)
        if code == "GB":
            return f"{rng.choice(('LS', 'S', 'DE', 'NR', 'SA', 'DD', 'WV', 'SK', 'IP', 'CA'))}{rng.randint(1, 20)} {rng.randint(1, 9)}{rng.choice(up)}{rng.choice(up)}"
        if code == "AU":
            return str(rng.randint(2000, 7999))
        if code == "IN":
            return str(rng.randint(110001, 799999))
        if code == "IE":
            return f"{rng.choice(('T12', 'H91', 'V94', 'X91', 'N37', 'F91', 'A92', 'V92', 'R95', 'F92'))} {rng.choice(up)}{rng.randint(1, 9)}{rng.choice(up)}{rng.randint(1, 9)}"
        if code == "NZ":
            return str(rng.randint(1010, 9893))
        return f"{rng.choice('SVBPETKLJ')}{rng.randint(1, 9)}{rng.choice(up)} {rng.randint(1, 9)}{rng.choice(up)}{rng.randint(1, 9)}"

    def full_address(self, street: str, city: str) -> str:
        region = dict(self.s.cities).get(city, "")
        code = self.s.code
        if code in ("US", "CA"):
            return f"{street}, {city}, {region} {self.postcode()}"
        if code == "AU":
            return f"{street}, {city} {region} {self.postcode()}"
        if code == "GB":
            return f"{street}, {city} {self.postcode()}"
        if code == "IN":
            return f"{street}, {city} - {self.postcode()}, {region}"
        if code == "IE":
            return f"{street}, {city}, {self.postcode()}"
        return f"{street}, {city} {self.postcode()}"

    def hospital(self) -> str:
        rng = self.rng
        if rng.random() < 0.25:
            return f"{self.city()} {_pick(rng, ('General Hospital', 'Hospital', 'Regional Medical Center' if self.s.code == 'US' else 'District Hospital'))}"
        return f"{_pick(rng, _HOSP_WORDS)} {_pick(rng, _HOSP_SUFFIX[self.s.code])}"

    def surname(self) -> str:
        return self.fakers[_pick(self.rng, _NAME_LOCALES)].last_name()

    def county(self) -> str:
        return _pick(self.rng, self.s.counties)

    def email_for(self, name: _Name, staff: bool) -> str:
        rng = self.rng
        first, last = _ascii(name.first) or "pt", _ascii(name.last) or "x"
        if staff:
            domain = _pick(
                rng,
                (
                    "nhs.net",
                    "health.nsw.gov.au",
                    "riverbendhealth.org",
                    "hse.ie",
                    "waikatodhb.health.nz",
                    "ahs.ca",
                    "mercy.net",
                    "stagnes.org",
                    "amritahospitals.org",
                ),
            )
            return _pick(
                rng,
                (
                    f"{first}.{last}@{domain}",
                    f"{first[0]}{last}@{domain}",
                    f"{last}{first[0]}@{domain}",
                    f"{first}.{last}{rng.randint(2, 9)}@{domain}",
                ),
            )
        domain = _pick(
            rng,
            (
                "gmail.com",
                "yahoo.co.uk",
                "outlook.com",
                "bigpond.com",
                "hotmail.co.uk",
                "eircom.net",
                "xtra.co.nz",
                "rediffmail.com",
                "icloud.com",
                "protonmail.com",
                "aol.com",
                "shaw.ca",
                "comcast.net",
            ),
        )
        nick = _ascii(name.nick) or first
        return _pick(rng, (
            f"{first}.{last}@{domain}", f"{first[0]}{last}{rng.randint(1, 99)}@{domain}", f"{nick}{last[:3]}{rng.randint(40, 99)}@{domain}",
            f"{last}_{first}@{domain}", f"{first}{rng.randint(1940, 2005)}@{domain}", f"the.{last}s@{domain}", f"{nick}.{_pick(rng, ('gardens', 'fishing', 'knits', 'bakes', 'rides'))}@{domain}",
        ))  # fmt: skip

    # -- the lazy factory ---------------------------------------------------------------------
    def _make(self, key: str) -> str:
        rng = self.rng
        prefix, _, suffix = key.partition("_")
        s = self.s
        # people
        if prefix in ("nm", "fn", "ln", "ini", "lf", "up", "nick"):
            p = self.person(suffix)
            if prefix == "fn":
                return p.first
            if prefix == "ln":
                return p.last
            if prefix == "nick":
                return p.nick
            if prefix == "ini":
                f, m, last = p.first[0].upper(), p.middle[:1].upper(), p.last[0].upper()
                return _pick(rng, (f"{f}.{last}.", f"{f}{last}", f"{f}{m}{last}", f"{f}. {p.last}"))
            if prefix == "lf":
                return _pick(
                    rng, (f"{p.last}, {p.first}", f"{p.last}, {p.first} {p.middle}".strip(), f"{p.last}, {p.first[0]}.")
                )
            if prefix == "up":
                return _pick(
                    rng,
                    (
                        f"{p.last.upper()}, {p.first}",
                        f"{p.last.upper()}, {p.first.upper()}",
                        f"{p.first.upper()} {p.last.upper()}",
                        f"{p.last.upper()} {p.first}",
                    ),
                )
            r = rng.random()
            if r < 0.12 and p.middle:
                return f"{p.first} {p.middle[0]}. {p.last}"
            if r < 0.17:
                return f"{p.first} {p.last}".lower()
            if r < 0.22:
                return f"{p.first[0]}. {p.last}"
            if r < 0.26 and p.nick != p.first:
                return f"{p.first} '{p.nick}' {p.last}" if rng.random() < 0.5 else f"{p.nick} {p.last}"
            return f"{p.first} {p.last}"
        # phones
        if prefix == "mob":
            return self.phone(True)
        if prefix in ("land", "ph", "fax"):
            return self.phone(prefix == "ph" and rng.random() < 0.5)
        if prefix == "ext":
            return self.phone(False) + _pick(
                rng,
                (
                    f" ext. {rng.randint(200, 8999)}",
                    f" x{rng.randint(2000, 7999)}",
                    f" ext {rng.randint(10, 999)}",
                    f", ext {rng.randint(1000, 9999)}",
                ),
            )
        if prefix == "bleep":
            return _pick(
                rng,
                (
                    str(rng.randint(1000, 9999)),
                    str(rng.randint(10000, 99999)),
                    f"{rng.randint(2, 8)}-{rng.randint(1000, 9999)}",
                    self.phone(True),
                ),
            )
        if prefix == "intl":
            return _pick(rng, (
                f"+63 9{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 4)}", f"+234 80{rng.randint(2, 9)} {_digits(rng, 3)} {_digits(rng, 4)}",
                f"+48 {rng.randint(500, 799)} {_digits(rng, 3)} {_digits(rng, 3)}", f"+40 7{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
                f"+92 3{_digits(rng, 2)} {_digits(rng, 7)}", f"+971 5{rng.randint(0, 8)} {_digits(rng, 3)} {_digits(rng, 4)}",
                f"+676 {_digits(rng, 5)}", f"+1 ({_pick(rng, _US_AREAS)}) {_digits(rng, 3)}-{_digits(rng, 4)}", f"0044 7{_digits(rng, 3)} {_digits(rng, 6)}",
                f"+61 4{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}", f"+353 8{rng.randint(3, 9)} {_digits(rng, 3)} {_digits(rng, 4)}",
            ))  # fmt: skip
        # identifiers
        if prefix == "mrn":
            return self.mrn_shape()[0]
        if prefix == "acc":
            return _pick(
                rng,
                (
                    f"RAD-{self.base:%y}-{_digits(rng, 7)}",
                    f"A{_digits(rng, 8)}",
                    f"CT{self.base:%y%m}{_digits(rng, 6)}",
                    f"{_digits(rng, 10)}",
                    f"ACC{_digits(rng, 7)}",
                    f"XR{_digits(rng, 9)}",
                ),
            )
        if prefix == "spec":
            return _pick(
                rng,
                (
                    f"S{self.base:%y}-{rng.randint(100, 39999)}",
                    f"SP-{self.base:%y}-{_digits(rng, 6)} A{rng.randint(1, 6)}",
                    f"HP{self.base:%y}/{_digits(rng, 5)}",
                    f"{self.base:%y}M{_digits(rng, 6)}",
                    f"C{self.base:%y}-{_digits(rng, 4)}",
                    f"BB{_digits(rng, 8)}",
                ),
            )
        if prefix == "run":
            return _pick(
                rng,
                (
                    f"{self.base:%Y-%m%d}-{_digits(rng, 4)}",
                    f"{_digits(rng, 8)}",
                    f"PCR{_digits(rng, 7)}",
                    f"E{self.base:%y}-{_digits(rng, 6)}",
                    f"{self.base:%y}{_digits(rng, 6)}",
                ),
            )
        if prefix == "case":
            return _pick(
                rng,
                (
                    f"{self.base:%y}-{_digits(rng, 6)}",
                    f"{self.base:%y}-{_digits(rng, 5)}-CAD",
                    f"{self.base.year}-{_digits(rng, 8)}",
                    f"INC{_digits(rng, 9)}",
                    f"CR/{_digits(rng, 5)}/{self.base:%y}",
                    f"{_digits(rng, 2)}/{_digits(rng, 6)}/{self.base:%y}",
                ),
            )
        if prefix == "wb":
            return _pick(
                rng,
                (f"WB{_digits(rng, 10)}", _digits(rng, 12), f"{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 3)}"),
            )
        if prefix == "bed":
            return _pick(
                rng,
                (
                    f"{rng.randint(2, 9)}{_pick(rng, ('N', 'S', 'E', 'W'))}-{rng.randint(1, 32):02d}",
                    f"B{rng.randint(1, 24)}",
                    f"{rng.randint(1, 30)}{_pick(rng, ('A', 'B', 'C'))}",
                    f"ICU-{rng.randint(1, 20)}",
                ),
            )
        if prefix == "din":
            return f"{_pick(rng, ('W0418', 'G1234', 'W1361', 'A9974', 'W0059'))} {self.base:%y} {_digits(rng, 6)}{_pick(rng, ('', ' N', ' 0', ' K'))}"
        if prefix == "badge":
            return _pick(
                rng,
                (
                    str(rng.randint(100, 99999)),
                    f"{_pick(rng, ('PC', 'DC', 'G'))}{rng.randint(100, 9999)}",
                    f"{rng.randint(1000, 9999)}",
                ),
            )
        if prefix == "npi":
            return _npi(rng)
        if prefix == "lic":
            return _pick(
                rng,
                (
                    _npi(rng),
                    f"MED000{_digits(rng, 7)}",
                    str(rng.randint(1000000, 7999999)),
                    f"{_digits(rng, 2)}{rng.choice('ABCDEFGHIJK')}{_digits(rng, 4)}{rng.choice('EO')}",
                    _digits(rng, 5),
                    f"RN{_digits(rng, 6)}",
                    f"P{_digits(rng, 6)}",
                ),
            )
        if prefix == "plate":
            up = string.ascii_uppercase
            return _pick(rng, (
                f"{rng.randint(1, 9)}{''.join(rng.choice(up) for _ in range(3))}{_digits(rng, 3)}",
                f"{''.join(rng.choice(up) for _ in range(2))}{_digits(rng, 2)} {''.join(rng.choice(up) for _ in range(3))}",
                f"{_digits(rng, 3)}-{rng.choice(('D', 'C', 'G', 'KY', 'MO'))}-{_digits(rng, 4)}", f"{''.join(rng.choice(up) for _ in range(3))}{_digits(rng, 3)}",
                f"MH {rng.randint(10, 49):02d} {rng.choice(up)}{rng.choice(up)} {_digits(rng, 4)}",
            ))  # fmt: skip
        if prefix == "mem":
            return _pick(
                rng,
                (
                    f"{''.join(rng.choice(string.ascii_uppercase) for _ in range(3))}{_digits(rng, 9)}",
                    f"{_digits(rng, 8)}-{_digits(rng, 2)}",
                    f"M{_digits(rng, 10)}",
                    f"{rng.randint(1, 9)}EG{rng.randint(1, 9)}-TE{rng.randint(1, 9)}-MK{_digits(rng, 2)}",
                ),
            )
        if prefix == "pass":
            return _pick(
                rng,
                (
                    f"{rng.choice('KLMNPRSTUVZ')}{_digits(rng, 7)}",
                    _digits(rng, 9),
                    f"P{rng.choice(string.ascii_uppercase)}{_digits(rng, 7)}",
                    f"EC{_digits(rng, 7)}",
                ),
            )
        if prefix == "ser":
            return _pick(
                rng,
                (
                    f"{_digits(rng, 2)}KX-{_digits(rng, 6)}",
                    f"PJN{_digits(rng, 6)}S",
                    f"{''.join(rng.choice(string.ascii_uppercase) for _ in range(3))}{_digits(rng, 7)}",
                    _digits(rng, 9),
                ),
            )
        if prefix == "last4":
            return _digits(rng, 4)
        if prefix == "acct":
            return _pick(
                rng,
                (
                    f"{_digits(rng, 10)}",
                    f"ACCT-{_digits(rng, 8)}",
                    f"V{_digits(rng, 9)}",
                    f"{_digits(rng, 4)}-{_digits(rng, 6)}",
                ),
            )
        if prefix == "nid":
            return s.nid(rng)
        if prefix == "ir":
            return _pick(
                rng,
                (
                    f"IR-{self.base.year}-{_digits(rng, 5)}",
                    f"W{_digits(rng, 6)}",
                    f"D{_digits(rng, 6)}",
                    f"RL{_digits(rng, 7)}",
                    f"SE{self.base:%y}/{_digits(rng, 4)}",
                ),
            )
        if prefix == "cor":
            return _pick(
                rng,
                (
                    f"CR-{self.base:%y}-{_digits(rng, 5)}",
                    f"ME{self.base.year}-{_digits(rng, 4)}",
                    f"{self.base.year}/{_digits(rng, 4)}",
                    f"COR-{_digits(rng, 6)}",
                ),
            )
        if prefix == "subj":
            return _pick(
                rng,
                (
                    f"{_digits(rng, 3)}-{_digits(rng, 3)}",
                    f"SUB-{_digits(rng, 4)}-{_digits(rng, 3)}",
                    f"{rng.choice(('AU', 'GB', 'US', 'IN', 'NZ'))}{_digits(rng, 2)}-{_digits(rng, 4)}",
                    f"R{_digits(rng, 5)}",
                ),
            )
        if prefix == "cert":
            return _pick(
                rng,
                (
                    f"{self.base.year}-{_digits(rng, 6)}",
                    f"{_digits(rng, 6)}/{self.base:%y}",
                    f"{_digits(rng, 3)}-{self.base:%y}-{_digits(rng, 6)}",
                    f"DC{_digits(rng, 8)}",
                ),
            )
        if prefix == "xm":
            return _pick(
                rng,
                (
                    f"XM{_digits(rng, 7)}",
                    f"{self.base:%y}B{_digits(rng, 6)}",
                    f"GS{_digits(rng, 8)}",
                    f"TS-{_digits(rng, 6)}",
                ),
            )
        if prefix == "tx":
            return _pick(
                rng,
                (
                    f"TC-{self.base:%y%m%d}-{_digits(rng, 3)}",
                    f"REF{_digits(rng, 7)}",
                    f"{_digits(rng, 6)}",
                    f"TRF/{self.base.year}/{_digits(rng, 5)}",
                ),
            )
        if prefix == "dlic":
            return _pick(
                rng,
                (
                    f"{rng.choice(string.ascii_uppercase)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                    _digits(rng, 9),
                    f"{''.join(rng.choice(string.ascii_uppercase) for _ in range(5))}{_digits(rng, 6)}{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}9{rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}",
                    f"DL-{_digits(rng, 13)}",
                ),
            )
        if prefix == "prop":
            return _pick(
                rng, (f"P{_digits(rng, 6)}", f"PROP-{_digits(rng, 5)}", f"{_digits(rng, 7)}", f"SB{_digits(rng, 4)}")
            )
        if prefix == "staffid":
            return _pick(rng, (f"E{_digits(rng, 6)}", _digits(rng, 5), f"INT-{_digits(rng, 4)}", _digits(rng, 6)))
        # dates
        if prefix == "dt":
            return self.date(_pick(rng, ("num", "num", "long", "abbr", "iso")), suffix=suffix)
        if prefix == "dnum":
            return self.date("num", suffix=suffix)
        if prefix == "dlong":
            return self.date("long", suffix=suffix)
        if prefix == "dabbr":
            return self.date("abbr", suffix=suffix)
        if prefix == "dmd":
            return self.date("md", suffix=suffix)
        if prefix == "dwk":
            return self.date("wk", suffix=suffix)
        if prefix == "dts":
            return self.stamp(suffix)
        if prefix == "dpast":
            return self.date(_pick(rng, ("my", "my", "num", "long", "abbr")), (-9000, -60))

        if prefix == "dfut":
            return self.date(_pick(rng, ("num", "long", "md", "wk")), (8, 90))

        if prefix == "age":
            return str(rng.randint(90, 103) if rng.random() < 0.35 else rng.randint(20, 89))
        if prefix == "agew":
            return _en_age_words(rng.randint(90, 104) if rng.random() < 0.5 else rng.randint(40, 89), rng)
        # organisations
        if prefix == "hosp":
            return self.hospital()
        if prefix == "nh":
            return (
                _pick(rng, _NH_NAMES)
                if rng.random() < 0.7
                else f"{_pick(rng, _WORDS)} {_pick(rng, ('Care Home', 'Nursing Home', 'Aged Care', 'Rest Home', 'Assisted Living', 'Manor'))}"
            )
        if prefix == "pol":
            return _pick(rng, {
                "US": (f"{self.city()} Police Department", f"{self.county()} County Sheriff's Office", f"{self.city()} PD", "Ohio State Highway Patrol"),
                "GB": (f"{_pick(rng, ('West Yorkshire', 'South Yorkshire', 'Norfolk', 'Suffolk', 'Cumbria', 'Sussex'))} Police", "Police Scotland", "British Transport Police"),
                "AU": ("Victoria Police", "NSW Police Force", "Queensland Police Service", f"{self.city()} Police Station"),
                "IN": (f"{self.city()} City Police", f"{_pick(rng, ('Kothrud', 'Gandhipuram', 'Hazratganj', 'Palarivattom'))} Police Station"),
                "IE": (f"An Garda Síochána, {self.city()} Garda Station", f"{self.city()} Garda Station"),
                "NZ": ("New Zealand Police", f"{self.city()} Central Police Station"),
                "CA": (f"{self.city()} Police Service", "Royal Canadian Mounted Police", f"RCMP {self.city()} Detachment"),
            }[s.code])  # fmt: skip
        if prefix == "school":
            return f"{_pick(rng, (*_WORDS, 'St. Brendan', 'Holy Trinity', 'Lincoln', 'Kingsway'))} {_pick(rng, ('High School', 'Primary School', 'College', 'Middle School', 'Grammar School', 'Community School'))}"
        if prefix == "emp":
            return (
                self.fakers[s.locale].company()
                if rng.random() < 0.6
                else f"{_pick(rng, _WORDS)} {_pick(rng, ('Logistics', 'Meats', 'Construction Ltd', 'Motors', 'Dairy Co-op', 'Council', 'Timber Mill', 'Textiles Pvt Ltd', 'Freight'))}"
            )
        if prefix == "insr":
            return _pick(rng, _INSURERS)
        if prefix == "fun":
            return _pick(
                rng,
                (
                    f"{self.surname()} & Sons Funeral Directors",
                    f"{_pick(rng, _WORDS)} Funeral Home",
                    f"{self.surname()} Family Funeral Services",
                    f"{self.surname()} Funeral Chapel",
                ),
            )
        if prefix == "shel":
            return _pick(
                rng,
                (
                    "Harbor Light Men's Shelter",
                    "St. Vincent de Paul Night Shelter",
                    "Crossroads Women's Refuge",
                    f"{_pick(rng, _WORDS)} House Emergency Shelter",
                    "Simon Community Hostel",
                    f"{self.city()} Rescue Mission",
                ),
            )
        if prefix == "ems":
            return _pick(rng, {
                "US": (f"{self.city()} Fire-Rescue", f"{self.county()} County EMS", "AMR", f"{self.city()} Fire Department"),
                "GB": ("Yorkshire Ambulance Service NHS Trust", "East of England Ambulance Service", "Welsh Ambulance Service", "North West Ambulance Service"),
                "AU": ("Ambulance Victoria", "NSW Ambulance", "Queensland Ambulance Service", "Royal Flying Doctor Service"),
                "IN": ("Dial 108 Emergency Response Service", "Ziqitza Health Care", f"{self.city()} Municipal Ambulance"),
                "IE": ("National Ambulance Service", "Dublin Fire Brigade", "Order of Malta Ambulance Corps"),
                "NZ": ("Hato Hone St John", "Wellington Free Ambulance"),
                "CA": (f"{self.city()} Paramedic Services", "EHS Nova Scotia", "Alberta Health Services EMS"),
            }[s.code])  # fmt: skip
        if prefix == "faith":
            return _pick(
                rng,
                (
                    "St. Brendan's Parish",
                    f"Gurdwara Sahib {self.city()}",
                    "Beth Shalom Synagogue",
                    f"{self.city()} Islamic Centre",
                    "Grace Baptist Church",
                    "Holy Redeemer Parish",
                    "Kingdom Hall, Eastside",
                    "St. Mary's Catholic Church",
                ),
            )
        if prefix == "lab":
            return _pick(rng, _LABS)
        if prefix == "agency":
            return _pick(rng, {
                "US": (f"{self.county()} County Adult Protective Services", f"{self.county()} County Department of Job and Family Services", f"{_pick(rng, _WORDS)} Home Health"),
                "GB": (f"{self.city()} City Council Adult Social Care", f"{self.city()} Community Mental Health Team", f"{_pick(rng, _WORDS)} Homecare Ltd"),
                "AU": ("Office of the Public Advocate", "NSW Trustee and Guardian", f"{_pick(rng, _WORDS)} Community Care"),
                "IN": (f"{self.city()} District Legal Services Authority", f"{_pick(rng, _WORDS)} Home Nursing Services"),
                "IE": ("HSE Safeguarding and Protection Team", "Tusla Child and Family Agency", f"{_pick(rng, _WORDS)} Home Care"),
                "NZ": ("Oranga Tamariki", f"{_pick(rng, _WORDS)} Home Support"),
                "CA": (f"{self.city()} Community Care Access Centre", "Office of the Public Guardian and Trustee"),
            }[s.code])  # fmt: skip
        if prefix == "prob":
            return _pick(rng, {
                "US": (f"{self.county()} County Adult Probation Department",), "GB": ("National Probation Service", "The Probation Service, Yorkshire"),
                "AU": (f"Community Corrections {self.city()}",), "IN": (f"{self.city()} District Probation Office",),
                "IE": ("The Probation Service, Cork",), "NZ": (f"Ara Poutama {self.city()} Community Corrections",), "CA": (f"{self.city()} Probation and Parole",),
            }[s.code])  # fmt: skip
        if prefix == "clinic":
            return _pick(
                rng,
                (
                    f"{_pick(rng, _WORDS)} Medical Practice",
                    f"{_pick(rng, _WORDS)} Family Health Center",
                    f"{_pick(rng, _STREET_NAMES[s.code]).split(',')[0]} Surgery",
                    f"{self.city()} Medical Centre",
                    f"{_pick(rng, _WORDS)} Health Clinic",
                ),
            )
        if prefix == "mex":
            return _pick(rng, {
                "US": (f"{self.county()} County Medical Examiner's Office", f"{self.county()} County Coroner"), "GB": (f"HM Coroner for {self.city()}", f"{self.city()} Coroner's Office"),
                "AU": ("Coroners Court of Victoria", "NSW State Coroner's Court", "Queensland Coroners Court"), "IN": (f"{self.city()} Government Medical College Forensic Department",),
                "IE": (f"Office of the Coroner for {self.county()}",), "NZ": ("Coronial Services of New Zealand",), "CA": ("Office of the Chief Coroner for Ontario", "Nova Scotia Medical Examiner Service"),
            }[s.code])  # fmt: skip
        if prefix == "spons":
            return _pick(
                rng,
                (
                    f"{self.fakers['en_US'].last_name()} Therapeutics",
                    "Aldemere Pharmaceuticals",
                    "Novum BioSciences",
                    f"{_pick(rng, _WORDS)} Clinical Research Pty Ltd",
                    "George Institute for Global Health",
                    "NorthStar CRO",
                ),
            )
        if prefix == "pharm":
            return _pick(
                rng,
                (
                    f"{_pick(rng, _WORDS)} Pharmacy",
                    "Walgreens #0412",
                    "Boots",
                    "Chemist Warehouse",
                    "Apollo Pharmacy",
                    "Shoppers Drug Mart",
                    f"{self.surname()}'s Chemist",
                ),
            )
        # addresses and places
        if prefix == "addr":
            return self.full_address(self.street(), self.city())
        if prefix == "street":
            return self.street()
        if prefix == "city":
            return self.city()
        if prefix == "abroad":
            return _pick(rng, _ABROAD)
        # e-mail and URLs
        if prefix == "em":
            known = suffix in self.people or suffix.startswith("k")
            return self.email_for(
                self.person(suffix) if known else self._new_name(),
                staff=not suffix.startswith("k") and rng.random() < 0.6,
            )
        if prefix == "url":
            p = self.people["pt"]
            first, last = _ascii(p.first), _ascii(p.last)
            urls = (
                f"https://mychart.{_pick(rng, ('riverbendhealth.org', 'mercy.net', 'stagnes.org'))}/MyChart/Messaging/{_digits(rng, 8)}",
                f"https://www.gofundme.com/f/help-{first}-{last}-{_pick(rng, ('recover', 'come-home', 'fight'))}",
                f"https://meet.{_pick(rng, ('telehealth.nhs.uk', 'healthdirect.gov.au', 'amwell.com'))}/room/{_digits(rng, 9)}",
                f"http://www.{_ascii(_pick(rng, _WORDS))}funerals.com.au/tributes/{first}-{last}",
                f"https://www.facebook.com/{first}.{last}.{_digits(rng, 2)}",
                f"https://clinicaltrials.gov/study/NCT0{_digits(rng, 7)}",
                f"https://www.legacy.com/obituaries/name/{first}-{last}-obituary?id={_digits(rng, 8)}",
                f"https://portal.{_ascii(_pick(rng, _WORDS))}care.co.nz/residents/{_digits(rng, 5)}",
            )  # fmt: skip
            groups = {"reg": (5,), "appeal": (1,), "fam": (4, 7), "portal": (0, 2), "fb": (4,), "pp": (0, 2, 7)}
            return urls[rng.choice(groups.get(suffix, tuple(range(len(urls)))))]
        # filler
        if prefix in _EN_FILL:
            return _pick(rng, _EN_FILL[prefix])
        if prefix in _EN_NUM:
            return str(rng.randint(*_EN_NUM[prefix]))
        if prefix == "t":
            return _en_time(rng)
        if prefix == "yr":
            return str(rng.randint(1958, self.base.year - 1))
        if prefix == "temp":
            return f"{rng.uniform(35.1, 40.2):.1f}"
        raise KeyError(key)

    def mrn_shape(self) -> tuple[str, str]:
        """A medical record number and another realistic spelling of the same number."""
        rng = self.rng
        shape = rng.randrange(7)
        if shape == 0:
            n = _digits(rng, 7)
            return n, f"{n[:3]}-{n[3:]}"
        if shape == 1:
            n = "00" + _digits(rng, 6)
            return n, n.lstrip("0")
        if shape == 2:
            n = _digits(rng, 7)
            return f"E{n}", f"E {n}"
        if shape == 3:
            a, b = _digits(rng, 3), _digits(rng, 5)
            return f"RBH-{a}{b}", f"RBH{a}{b}"
        if shape == 4:
            a, b, c = _digits(rng, 2), _digits(rng, 2), _digits(rng, 4)
            return f"M{a}-{b}-{c}", f"M{a}{b}{c}"
        if shape == 5:
            n = _digits(rng, 6)
            return f"K{n}", f"k{n}"
        n = _digits(rng, 8)
        return n, f"{n[:2]} {n[2:5]} {n[5:]}"


def _en_note(rng: random.Random, fakers: dict[str, Faker]) -> tuple[_Lazy, tuple[KnownIdentifier, ...]]:
    note = _EnNote(rng, fakers)
    s, v = note.s, note.values
    female = rng.random() < 0.55
    name = note._new_name(female=female)
    note.people["pt"] = name
    age = rng.randint(90, 104) if rng.random() < 0.34 else rng.randint(19, 89)
    birth = note.base - dt.timedelta(days=age * 365 + rng.randint(10, 350))
    age = note.base.year - birth.year - ((note.base.month, note.base.day) < (birth.month, birth.day))
    mrn, mrn_v = note.mrn_shape()
    nid = s.nid(rng)
    area, local = note.phone_parts(rng.random() < 0.7)
    phone = _fmt_phone(s, area, local, 0 if s.code != "IN" else 1)
    phone_v = _fmt_phone(s, area, local, rng.randint(1, 8))
    street = note.street()
    city = note.city()
    email = note.email_for(name, staff=False)
    full = (
        f"{name.first} {name.middle} {name.last}" if name.middle and rng.random() < 0.4 else f"{name.first} {name.last}"
    )

    street_v = street
    for long, short in (
        ("Road", "Rd"),
        ("Street", "St"),
        ("Avenue", "Ave"),
        ("Drive", "Dr"),
        ("Crescent", "Cres"),
        ("Apt ", "#"),
        ("Flat ", "F"),
    ):
        if long in street_v:
            street_v = street_v.replace(long, short)
            break
    else:
        street_v = street.upper() if rng.random() < 0.5 else street
    digits_nid = re.sub(r"[\s-]", "", nid)
    nid_v = _pick(
        rng,
        (
            digits_nid,
            nid,
            f"XXX-XX-{digits_nid[-4:]}" if s.code == "US" else f"***{digits_nid[-4:]}",
            nid.replace(" ", "-"),
        ),
    )

    v.update({
        "pt_name": full, "pt_first": name.first, "pt_last": name.last,
        "pt_name_v": _pick(rng, (full, f"{name.nick} {name.last}", f"{name.first} {name.middle[:1]}. {name.last}".replace(" . ", " "), f"{name.last}, {name.first}", full.upper(), f"{name.first[0]}. {name.last}")),
        "pt_mrn": mrn, "pt_mrn_v": _pick(rng, (mrn, mrn_v, mrn_v)),
        "pt_nid": nid, "pt_nid_v": nid_v, "nid_label": s.nid_label,
        "pt_phone": phone, "pt_phone_v": phone_v,
        "pt_street": street, "pt_street_v": street_v, "pt_addr": note.full_address(street, city), "pt_city": city,
        "pt_dob": birth.isoformat(), "pt_dob_v": _en_date(rng, birth, _pick(rng, ("num", "num", "long", "abbr")), s.day_first),
        "pt_email": email, "pt_email_v": _pick(rng, (email, email.upper(), email[0].upper() + email[1:])),
        "pt_age": str(age), "pt_age_w": _en_age_words(age, rng),
        "sex": "F" if female else "M", "sex_word": "woman" if female else "man", "pron": "she" if female else "he",
        "pron_c": "She" if female else "He", "poss": "her" if female else "his", "obj": "her" if female else "him",
        "title": _pick(rng, ("Mrs", "Ms", "Miss")) if female else "Mr",
    })  # fmt: skip
    known = [
        KnownIdentifier("PERSON", full),
        KnownIdentifier("PERSON", name.first),
        KnownIdentifier("PERSON", name.last),
    ]
    if name.middle and name.middle in full:
        known.append(KnownIdentifier("PERSON", name.middle))
    known += [
        KnownIdentifier("ID", mrn),
        KnownIdentifier("ID", nid),
        KnownIdentifier("PHONE", phone),
        KnownIdentifier("ADDRESS", street),
        KnownIdentifier("LOCATION", city),
        KnownIdentifier("DATE", birth.isoformat()),
        KnownIdentifier("EMAIL", email),
    ]
    return v, tuple(known)


# ---------------------------------------------------------------------------------------------
# Chinese pools
# ---------------------------------------------------------------------------------------------
_ZH_SURNAMES: Final = (
    ("张", "Zhang"), ("王", "Wang"), ("李", "Li"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"),
    ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"),
    ("郭", "Guo"), ("何", "He"), ("高", "Gao"), ("林", "Lin"), ("罗", "Luo"), ("郑", "Zheng"), ("梁", "Liang"),
    ("谢", "Xie"), ("宋", "Song"), ("唐", "Tang"), ("许", "Xu"), ("韩", "Han"), ("冯", "Feng"), ("邓", "Deng"),
    ("曹", "Cao"), ("彭", "Peng"), ("曾", "Zeng"), ("肖", "Xiao"), ("田", "Tian"), ("董", "Dong"), ("袁", "Yuan"),
    ("潘", "Pan"), ("蒋", "Jiang"), ("蔡", "Cai"), ("余", "Yu"), ("杜", "Du"), ("叶", "Ye"), ("程", "Cheng"),
    ("苏", "Su"), ("魏", "Wei"), ("吕", "Lyu"), ("丁", "Ding"), ("任", "Ren"), ("沈", "Shen"), ("姚", "Yao"),
    ("卢", "Lu"), ("钟", "Zhong"), ("姜", "Jiang"), ("崔", "Cui"), ("谭", "Tan"), ("陆", "Lu"), ("范", "Fan"),
    ("汪", "Wang"), ("廖", "Liao"), ("石", "Shi"), ("金", "Jin"), ("韦", "Wei"), ("贾", "Jia"), ("夏", "Xia"),
    ("付", "Fu"), ("方", "Fang"), ("邹", "Zou"), ("熊", "Xiong"), ("白", "Bai"), ("孟", "Meng"), ("秦", "Qin"),
    ("邱", "Qiu"), ("侯", "Hou"), ("江", "Jiang"), ("尹", "Yin"), ("薛", "Xue"), ("闫", "Yan"), ("段", "Duan"),
    ("雷", "Lei"), ("龙", "Long"), ("黎", "Li"), ("史", "Shi"), ("陶", "Tao"), ("贺", "He"), ("毛", "Mao"),
    ("郝", "Hao"), ("顾", "Gu"), ("龚", "Gong"), ("邵", "Shao"), ("万", "Wan"), ("覃", "Qin"), ("武", "Wu"),
    ("钱", "Qian"), ("戴", "Dai"), ("严", "Yan"), ("莫", "Mo"), ("孔", "Kong"), ("向", "Xiang"), ("常", "Chang"),
    ("欧阳", "Ouyang"), ("司马", "Sima"), ("诸葛", "Zhuge"), ("上官", "Shangguan"), ("皇甫", "Huangfu"),
    ("令狐", "Linghu"), ("慕容", "Murong"), ("东方", "Dongfang"), ("尉迟", "Yuchi"), ("端木", "Duanmu"),
)  # fmt: skip
_ZH_GIVEN: Final = (
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("秀", "xiu"), ("英", "ying"), ("敏", "min"), ("静", "jing"),
    ("丽", "li"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"),
    ("杰", "jie"), ("娟", "juan"), ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("霞", "xia"), ("平", "ping"),
    ("刚", "gang"), ("桂", "gui"), ("兰", "lan"), ("建", "jian"), ("国", "guo"), ("华", "hua"), ("玉", "yu"),
    ("梅", "mei"), ("淑", "shu"), ("珍", "zhen"), ("凤", "feng"), ("志", "zhi"), ("红", "hong"), ("春", "chun"),
    ("德", "de"), ("福", "fu"), ("永", "yong"), ("海", "hai"), ("文", "wen"), ("秋", "qiu"), ("雪", "xue"),
    ("宇", "yu"), ("浩", "hao"), ("欣", "xin"), ("婷", "ting"), ("子", "zi"), ("轩", "xuan"), ("涵", "han"),
    ("睿", "rui"), ("梓", "zi"), ("萱", "xuan"), ("堃", "kun"), ("喆", "zhe"), ("昳", "yi"), ("翀", "chong"),
    ("祎", "yi"), ("彧", "yu"), ("珺", "jun"), ("淼", "miao"), ("鑫", "xin"), ("森", "sen"), ("蕾", "lei"),
    ("璐", "lu"), ("琪", "qi"), ("瑶", "yao"), ("晗", "han"), ("翔", "xiang"), ("鹏", "peng"), ("飞", "fei"),
    ("斌", "bin"), ("彬", "bin"), ("振", "zhen"), ("宏", "hong"), ("荣", "rong"), ("金", "jin"), ("根", "gen"),
    ("生", "sheng"), ("全", "quan"), ("有", "you"), ("财", "cai"), ("富", "fu"), ("贵", "gui"), ("喜", "xi"),
    ("莲", "lian"), ("菊", "ju"), ("翠", "cui"), ("香", "xiang"), ("淑", "shu"), ("琴", "qin"), ("云", "yun"),
)  # fmt: skip
# (full name, surname, given) — minority, foreign and word-like names
_ZH_SPECIAL: Final = (
    ("阿依古丽·买买提", "", "阿依古丽"), ("买买提·艾力", "", "买买提"), ("热依拉·阿不都", "", "热依拉"), ("扎西顿珠", "", "扎西顿珠"),
    ("次仁卓玛", "", "次仁卓玛"), ("格桑拉姆", "", "格桑拉姆"), ("乌云其木格", "", "乌云其木格"), ("巴特尔", "", "巴特尔"),
    ("阿不都热合曼·吐尔逊", "", "阿不都热合曼"), ("金美善", "金", "美善"), ("约翰·史密斯", "史密斯", "约翰"),
    ("玛丽亚·加西亚", "加西亚", "玛丽亚"), ("安娜·伊万诺娃", "伊万诺娃", "安娜"), ("山田太郎", "山田", "太郎"),
    ("阮氏红", "阮", "氏红"), ("朴成浩", "朴", "成浩"), ("高峰", "高", "峰"), ("石磊", "石", "磊"), ("林海", "林", "海"),
    ("江山", "江", "山"), ("王平安", "王", "平安"), ("马路", "马", "路"), ("胡同", "胡", "同"), ("黄河", "黄", "河"),
    ("白雪", "白", "雪"), ("金鑫", "金", "鑫"), ("夏天", "夏", "天"), ("向阳", "向", "阳"), ("文明", "文", "明"),
    ("常青", "常", "青"), ("方圆", "方", "圆"), ("田野", "田", "野"), ("程功", "程", "功"), ("钱多多", "钱", "多多"),
    ("于洋", "于", "洋"), ("李想", "李", "想"), ("张扬", "张", "扬"), ("安全", "安", "全"), ("包容", "包", "容"),
)  # fmt: skip
# (province or "", city, districts)
_ZH_CITIES: Final = (
    ("浙江省", "杭州市", ("西湖区", "拱墅区", "上城区", "滨江区", "余杭区")), ("江苏省", "南京市", ("鼓楼区", "玄武区", "秦淮区", "江宁区")),
    ("广东省", "广州市", ("越秀区", "海珠区", "天河区", "白云区")), ("广东省", "深圳市", ("福田区", "南山区", "宝安区", "龙岗区")),
    ("湖北省", "武汉市", ("江汉区", "武昌区", "洪山区", "汉阳区")), ("四川省", "成都市", ("锦江区", "青羊区", "武侯区", "成华区")),
    ("湖南省", "长沙市", ("芙蓉区", "岳麓区", "开福区", "雨花区")), ("山东省", "青岛市", ("市南区", "市北区", "黄岛区", "崂山区")),
    ("河南省", "郑州市", ("金水区", "二七区", "中原区", "管城回族区")), ("陕西省", "西安市", ("雁塔区", "碑林区", "未央区", "长安区")),
    ("福建省", "厦门市", ("思明区", "湖里区", "集美区")), ("安徽省", "合肥市", ("蜀山区", "包河区", "庐阳区")),
    ("辽宁省", "沈阳市", ("和平区", "沈河区", "皇姑区", "铁西区")), ("河北省", "石家庄市", ("长安区", "桥西区", "裕华区")),
    ("江西省", "南昌市", ("东湖区", "西湖区", "青山湖区")), ("", "北京市", ("朝阳区", "海淀区", "东城区", "丰台区")),
    ("", "上海市", ("徐汇区", "浦东新区", "静安区", "闵行区")), ("", "重庆市", ("渝中区", "江北区", "沙坪坝区")),
    ("", "天津市", ("和平区", "南开区", "河西区")),
)  # fmt: skip
_ZH_COUNTIES: Final = (
    ("浙江省", "金华市", "浦江县", ("黄宅镇", "郑宅镇")), ("湖南省", "邵阳市", "隆回县", ("桃洪镇", "六都寨镇")),
    ("河南省", "周口市", "郸城县", ("汲冢镇", "宁平镇")), ("四川省", "南充市", "仪陇县", ("新政镇", "马鞍镇")),
    ("安徽省", "阜阳市", "临泉县", ("城关镇", "杨桥镇")), ("山东省", "菏泽市", "曹县", ("庄寨镇", "青堌集镇")),
    ("江西省", "赣州市", "于都县", ("贡江镇", "银坑镇")), ("贵州省", "毕节市", "威宁彝族回族苗族自治县", ("草海镇", "雪山镇")),
)  # fmt: skip
_ZH_AREA_CODES: Final = {
    "北京市": "010", "上海市": "021", "广州市": "020", "深圳市": "0755", "杭州市": "0571", "武汉市": "027", "成都市": "028",
    "长沙市": "0731", "南京市": "025", "青岛市": "0532", "郑州市": "0371", "重庆市": "023", "西安市": "029", "厦门市": "0592",
    "合肥市": "0551", "沈阳市": "024", "石家庄市": "0311", "南昌市": "0791", "天津市": "022",
}  # fmt: skip
_ZH_STREETS: Final = (
    "文三路",
    "莫干山路",
    "解放大道",
    "人民中路",
    "中山北路",
    "建设路",
    "和平街",
    "学院路",
    "滨江大道",
    "长江西路",
    "朝阳北路",
    "东风路",
    "黄河南路",
    "光明巷",
    "纺织路",
)
_ZH_ESTATES: Final = (
    "锦绣花园",
    "翠湖天地",
    "阳光新城",
    "金色家园",
    "幸福里",
    "梧桐苑",
    "华星小区",
    "绿城桂花园",
    "纺织厂宿舍",
    "东湖名苑",
    "万科城",
    "和谐家园",
    "铁路新村",
)
_ZH_VILLAGES: Final = (
    "张家湾",
    "李家庄",
    "上坪",
    "下湾",
    "杨柳",
    "石桥",
    "红星",
    "新华",
    "大坪",
    "枫树",
    "塘坊",
    "黄泥岗",
)
_ZH_JIEDAO: Final = ("翠苑", "湖滨", "南湖", "文新", "五里墩", "东门", "城南", "江汉路", "紫阳", "长青")
_ZH_ABROAD: Final = (
    "新加坡", "日本大阪", "澳大利亚墨尔本", "美国洛杉矶", "泰国清迈", "越南胡志明市", "马来西亚吉隆坡", "韩国首尔", "加拿大温哥华",
    "迪拜", "意大利米兰", "香港", "澳门", "台北", "云南西双版纳", "海南三亚", "西藏拉萨", "新疆喀什", "黑龙江漠河", "内蒙古呼伦贝尔", "老挝万象", "缅甸仰光",
)  # fmt: skip
_ZH_MOBILE_PREFIX: Final = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156", "157", "158",
    "159", "166", "173", "175", "176", "177", "178", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "195", "198", "199",
)  # fmt: skip
_ZH_UNIVS: Final = (
    "中南大学湘雅",
    "四川大学华西",
    "华中科技大学同济医学院附属协和",
    "浙江大学医学院附属第二",
    "南京医科大学第一附属",
    "郑州大学第一附属",
    "西安交通大学第一附属",
    "山东大学齐鲁",
    "中山大学附属第一",
    "福建医科大学附属协和",
    "安徽医科大学第一附属",
    "中国医科大学附属盛京",
    "河北医科大学第二",
)
_ZH_HOSP_WORDS: Final = ("仁爱", "康宁", "博爱", "和平", "同仁", "慈安", "安康", "济民", "华康", "瑞康")
_ZH_WORDS: Final = ("福寿", "康乐", "夕阳红", "颐和", "松鹤", "长青", "乐龄", "安怡", "金秋", "百合")
_ZH_INSURERS: Final = ("泰康", "太平洋", "新华", "阳光", "平安", "人保健康", "国寿", "中宏", "华夏", "合众")
_ZH_CN_ORD: Final = ("一", "二", "三", "四", "五", "六", "七", "八", "九")

_ZH_FILL: Final[dict[str, tuple[str, ...]]] = {
    "drug": ("去甲肾上腺素", "丙泊酚", "咪达唑仑", "头孢曲松", "万古霉素", "美罗培南", "呋塞米", "低分子肝素", "氨甲环酸", "阿托伐他汀",
             "胺碘酮", "甘露醇", "地塞米松", "奥美拉唑", "左乙拉西坦", "瑞芬太尼", "舒芬太尼", "罗库溴铵", "肾上腺素", "多巴胺"),
    "dx": ("社区获得性肺炎", "急性ST段抬高型心肌梗死", "帕金森病", "克罗恩病", "阿尔茨海默病", "吉兰-巴雷综合征", "霍奇金淋巴瘤",
           "库欣综合征", "桥本甲状腺炎", "慢性阻塞性肺疾病急性加重", "脓毒性休克", "股骨颈骨折", "急性胰腺炎", "脑出血", "2型糖尿病",
           "川崎病", "干燥综合征", "重症肌无力", "肝硬化失代偿期", "急性肾损伤", "主动脉夹层（Stanford A型）", "贝尔面瘫"),
    "proc": ("腹腔镜胆囊切除术", "右股骨头置换术", "剖腹探查+乙状结肠切除+Hartmann术", "左桡骨远端骨折切开复位内固定术",
             "胰十二指肠切除术", "钻孔引流术", "经尿道前列腺电切术", "腹腔镜阑尾切除术", "冠状动脉旁路移植术", "胃癌根治术（D2）"),
    "dept": ("心内科", "呼吸与危重症医学科", "神经外科", "普外科", "骨科", "老年医学科", "肾内科", "消化内科", "急诊科", "重症医学科", "血液科", "肿瘤科"),
    "abo": ("A型RhD阳性", "B型RhD阳性", "O型RhD阳性", "AB型RhD阳性", "O型RhD阴性"),
    "cause": ("多器官功能衰竭", "脓毒性休克", "急性大面积肺栓塞", "脑疝", "心源性休克", "呼吸衰竭", "失血性休克"),
    "rel": ("儿子", "女儿", "老伴", "侄子", "外孙女", "儿媳", "女婿", "孙子", "弟弟", "姐姐"),
    "job": ("退休教师", "个体经营", "农民", "公交司机", "退休工人", "保洁员", "外卖骑手", "会计", "建筑工人", "无业"),
}  # fmt: skip
_ZH_NUM: Final[dict[str, tuple[int, int]]] = {
    "hr": (48, 140),
    "sys": (70, 190),
    "dia": (40, 110),
    "rr": (10, 36),
    "spo2": (80, 100),
    "gcs": (3, 15),
    "n": (1, 12),
    "hb": (52, 150),
    "wt": (38, 95),
    "ebl": (20, 1500),
    "min": (2, 45),
    "asa": (1, 5),
    "ml": (100, 800),
}


def _zh_date(rng: random.Random, d: dt.date, style: str) -> str:
    if style == "c":
        return _pick(rng, (f"{d.year}年{d.month}月{d.day}日", f"{d.year}年{d.month:02d}月{d.day:02d}日"))
    if style == "n":
        return _pick(
            rng,
            (
                d.isoformat(),
                f"{d.year}/{d.month}/{d.day}",
                f"{d:%Y.%m.%d}",
                f"{d.year}-{d.month}-{d.day}",
                f"{d:%Y%m%d}",
                f"{d:%Y/%m/%d}",
            ),
        )
    if style == "md":
        return _pick(
            rng,
            (
                f"{d.month}月{d.day}日",
                f"{d.month}-{d.day}",
                f"{d:%m/%d}",
                f"{d.month}.{d.day}",
                f"{d.month}月{d.day}号",
            ),
        )
    if style == "cn":
        year = "".join("〇一二三四五六七八九"[int(c)] for c in str(d.year))
        return f"{year}年{_cn_age(d.month)}月{_cn_age(d.day)}日"
    if style == "ym":
        return _pick(rng, (f"{d.year}年{d.month}月", f"{d:%Y-%m}", f"{d.year}.{d.month}"))
    raise ValueError(style)


@dataclass(frozen=True)
class _ZhName:
    full: str
    sur: str
    given: str
    pinyin: tuple[str, str] | None  # (surname, given) when known


class _ZhNote:
    def __init__(self, rng: random.Random, fakers: dict[str, Faker]) -> None:
        self.rng = rng
        self.fakers = fakers
        self.base = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(2370))
        self.people: dict[str, _ZhName] = {}
        self.home = _pick(rng, tuple(c[1] for c in _ZH_CITIES))
        self.values = _Lazy(self._make)

    def pinyin_name(self, sur: tuple[str, str] | None = None) -> _ZhName:
        rng = self.rng
        if sur is None:
            sur = rng.choice(_ZH_SURNAMES[:-10]) if rng.random() < 0.93 else rng.choice(_ZH_SURNAMES[-10:])
        s_hz, s_py = sur
        n = 1 if rng.random() < 0.3 else 2
        chars = [rng.choice(_ZH_GIVEN) for _ in range(n)]
        given = "".join(c for c, _ in chars)
        given_py = "".join(p for _, p in chars)
        return _ZhName(s_hz + given, s_hz, given, (s_py, given_py.capitalize()))

    def new_name(self, same_surname: bool = False) -> _ZhName:
        rng = self.rng
        if same_surname:
            pt = self.people["pt"]
            if pt.pinyin:
                return self.pinyin_name((pt.sur, pt.pinyin[0]))
            if pt.sur:
                given = _pick(rng, ("国强", "建华", "丽", "小燕", "伟", "志明"))
                return _ZhName(pt.sur + given, pt.sur, given, None)
        r = rng.random()
        if r < 0.4:
            return self.pinyin_name()
        if r < 0.8:
            fk = self.fakers[_pick(rng, ("zh_CN", "zh_CN", "zh_CN", "zh_TW"))]
            sur = fk.last_name()
            given = fk.first_name()
            return _ZhName(sur + given, sur, given, None)
        full, sur, given = rng.choice(_ZH_SPECIAL)
        return _ZhName(full, sur, given, None)

    def person(self, suffix: str) -> _ZhName:
        if suffix not in self.people:
            self.people[suffix] = self.new_name(same_surname=suffix.startswith("k") and self.rng.random() < 0.6)
        return self.people[suffix]

    def mobile(self, styled: bool = True) -> str:
        rng = self.rng
        n = _pick(rng, _ZH_MOBILE_PREFIX) + _digits(rng, 8)
        return self.fmt_mobile(n) if styled else n

    def fmt_mobile(self, n: str) -> str:
        return _pick(
            self.rng,
            (
                n,
                n,
                f"{n[:3]}-{n[3:7]}-{n[7:]}",
                f"{n[:3]} {n[3:7]} {n[7:]}",
                f"+86 {n}",
                f"+86-{n[:3]}-{n[3:7]}-{n[7:]}",
                f"(+86){n}",
                f"0086 {n}",
            ),
        )

    def landline(self, city: str | None = None) -> str:
        rng = self.rng
        area = _ZH_AREA_CODES.get(city or self.home, "0571")
        local = str(rng.randint(2, 8)) + _digits(rng, 7 if len(area) == 3 or rng.random() < 0.8 else 6)
        x, y = local[: len(local) - 4], local[-4:]
        return _pick(
            rng,
            (
                f"{area}-{local}",
                f"({area}){local}",
                f"{area} {x} {y}",
                f"{area}－{local}",
                f"（{area}）{x}-{y}",
                f"{area}-{x} {y}",
                local,
            ),
        )

    def address(self, city_entry: tuple[str, str, tuple[str, ...]] | None = None) -> tuple[str, str, str]:
        """(full address, another spelling of it, city)."""
        rng = self.rng
        if rng.random() < 0.2:
            prov, city, county, towns = rng.choice(_ZH_COUNTIES)
            town, vill = _pick(rng, towns), _pick(rng, _ZH_VILLAGES)
            group, num = rng.randint(1, 12), rng.randint(1, 88)
            full = f"{prov}{city}{county}{town}{vill}村{group}组{num}号"
            alt = (
                f"{county}{town}{vill}村{_cn_age(group)}组{num}号"
                if rng.random() < 0.5
                else f"{city}{county}{vill}村{group}组"
            )
            return full, alt, city
        prov, city, districts = city_entry or rng.choice(_ZH_CITIES)
        district = _pick(rng, districts)
        street = _pick(rng, _ZH_STREETS) if rng.random() < 0.6 else self.fakers["zh_CN"].street_name()
        num, estate = rng.randint(1, 699), _pick(rng, _ZH_ESTATES)
        b, u, room = rng.randint(1, 32), rng.randint(1, 6), rng.randint(1, 28) * 100 + rng.randint(1, 4)
        bld = _pick(rng, ("幢", "栋", "号楼"))
        full = f"{prov}{city}{district}{street}{num}号{estate}{b}{bld}{u}单元{room}室"
        alt = _pick(rng, (
            f"{city}{district}{street}{num}号{b}-{u}-{room}", f"{district}{estate}{b}{bld}{u}单元{room}", f"{city[:-1]}{district}{estate}{b}-{u}-{room}室",
            f"{prov}{city}{district}{street}{num}号", full,
        ))  # fmt: skip
        return full, alt, city

    def zy(self) -> tuple[str, str]:
        rng = self.rng
        shape = rng.randrange(5)
        if shape == 0:
            n = f"{self.base:%Y%m%d}{_digits(rng, 2)}"
            return n, n[2:] if rng.random() < 0.5 else n
        if shape == 1:
            n = "00" + _digits(rng, 8)
            return n, n.lstrip("0")
        if shape == 2:
            n = f"ZY{self.base:%Y}{_digits(rng, 6)}"
            return n, f"ZY-{n[2:]}"
        if shape == 3:
            n = f"H{_digits(rng, 8)}"
            return n, n
        n = f"BA{self.base:%Y}-{_digits(rng, 5)}"
        return n, n.replace("-", "")

    def date(self, style: str, days: tuple[int, int] = (1, 7), suffix: str = "") -> str:
        return _zh_date(self.rng, self.base + dt.timedelta(days=self.rng.randint(*_window(suffix, days))), style)

    def stamp(self, suffix: str = "") -> str:
        rng = self.rng
        d = self.base + dt.timedelta(days=rng.randint(*_window(suffix, (1, 7))))
        h, m = rng.randrange(24), rng.randrange(60)
        return _pick(rng, (
            f"{d.isoformat()} {h:02d}:{m:02d}", f"{d.year}年{d.month}月{d.day}日 {h:02d}:{m:02d}", f"{d.year}年{d.month}月{d.day}日{h}时{m}分",
            f"{d.isoformat()} {h:02d}:{m:02d}:{rng.randrange(60):02d}", f"{d:%Y/%m/%d} {h:02d}:{m:02d}", f"{d.year}.{d.month}.{d.day} {h}时",
            f"{d.month}月{d.day}日 {h:02d}:{m:02d}", f"{d.month}-{d.day} {h}:{m:02d}", f"{d.year}-{d.month:02d}-{d.day:02d} {h:02d}时{m:02d}分",
        ))  # fmt: skip

    def hospital(self) -> str:
        rng = self.rng
        prov, city, districts = rng.choice(_ZH_CITIES)
        if rng.random() < 0.7:
            prov, city, districts = next(c for c in _ZH_CITIES if c[1] == self.home)
        return _pick(rng, (
            f"{city}第{_pick(rng, _ZH_CN_ORD)}人民医院", f"{(prov or city)[:-1]}省人民医院".replace("市省", "市"), f"{_pick(rng, _ZH_UNIVS)}医院",
            f"{_pick(rng, districts)}人民医院", f"{city}中医院", f"{city}妇幼保健院", f"{rng.choice(_ZH_COUNTIES)[2]}人民医院",
            f"{city[:-1]}{_pick(rng, _ZH_HOSP_WORDS)}医院", f"{city}中心医院", f"{city}第{_pick(rng, _ZH_CN_ORD)}医院", f"{city[:-1]}市{_pick(rng, _ZH_HOSP_WORDS)}老年病医院",
        ))  # fmt: skip

    def _make(self, key: str) -> str:
        rng = self.rng
        prefix, _, suffix = key.partition("_")
        base = self.base
        if prefix in ("nm", "sur", "gv", "nick"):
            p = self.person(suffix)
            if prefix == "nm":
                return p.full
            if prefix == "sur":
                return p.sur or p.full
            if prefix == "gv":
                return p.given if len(p.given) > 1 else p.full
            if not p.sur or "·" in p.full:
                return p.given
            tail = p.given[-1]
            return _pick(rng, (f"阿{tail}", f"小{tail}", tail * 2))
        if prefix == "mob":
            return self.mobile()
        if prefix == "land":
            return self.landline(_pick(rng, (self.home, self.home, _pick(rng, tuple(_ZH_AREA_CODES)))))
        if prefix == "ext":
            area = _ZH_AREA_CODES.get(self.home, "0571")
            main = str(rng.randint(2, 8)) + _digits(rng, 7)
            ext = str(rng.randint(2000, 8999))
            return _pick(rng, (f"{area}-{main}转{ext}", f"{main}-{ext}", f"{area}-{main}-{ext}", f"{main}转{ext}"))
        if prefix in ("fen", "short"):
            return (
                str(rng.randint(2000, 8999))
                if prefix == "fen" or rng.random() < 0.5
                else str(rng.randint(600000, 699999))
            )
        if prefix == "fax":
            return self.landline()
        if prefix == "ph":
            return self.mobile() if rng.random() < 0.6 else self.landline()
        if prefix == "intl":
            return _pick(
                rng,
                (
                    f"+852 {_digits(rng, 4)} {_digits(rng, 4)}",
                    f"+1 (626) {_digits(rng, 3)}-{_digits(rng, 4)}",
                    f"+81 90-{_digits(rng, 4)}-{_digits(rng, 4)}",
                    f"+61 4{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
                    f"+65 {rng.randint(8, 9)}{_digits(rng, 3)} {_digits(rng, 4)}",
                    f"+886 9{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
                    f"00853-6{_digits(rng, 7)}",
                ),
            )
        # identifiers
        if prefix == "rid":
            birth = dt.date(rng.randint(1930, 2005), rng.randint(1, 12), rng.randint(1, 28))
            rid = cn_resident_id(rng, birth)
            return rid if rng.random() < 0.85 else rid.lower()
        if prefix == "zy":
            return self.zy()[0]
        if prefix == "mz":
            return _pick(rng, (f"MZ{base:%Y%m%d}{_digits(rng, 3)}", f"{_digits(rng, 10)}", f"0{_digits(rng, 9)}"))
        if prefix == "jzk":
            return _pick(
                rng,
                (_digits(rng, 13), f"86{_digits(rng, 11)}", f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}"),
            )
        if prefix == "yb":
            return _pick(
                rng,
                (
                    f"{_pick(rng, ('3301', '4301', '1101', '5101', '4403'))}{_digits(rng, 8)}",
                    f"S{_digits(rng, 12)}",
                    f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
                    f"Y{_digits(rng, 9)}",
                ),
            )
        if prefix == "bl":
            return _pick(
                rng,
                (
                    f"P{base:%y}-{_digits(rng, 5)}",
                    f"{base.year}-B{_digits(rng, 5)}",
                    f"F{base:%y}-{_digits(rng, 4)}",
                    f"BL{base:%Y}{_digits(rng, 5)}",
                    f"{base:%y}{_digits(rng, 5)}",
                ),
            )
        if prefix == "yx":
            return _pick(
                rng,
                (
                    f"CT{base:%Y%m%d}{_digits(rng, 4)}",
                    f"MR{base:%y%m%d}{_digits(rng, 4)}",
                    f"DR{_digits(rng, 7)}",
                    f"{_digits(rng, 9)}",
                    f"US-{base:%Y%m%d}-{_digits(rng, 3)}",
                ),
            )
        if prefix == "xd":
            return _pick(
                rng,
                (
                    f"{_digits(rng, 5)}{base:%y%m%d}{_digits(rng, 4)}",
                    f"A{_digits(rng, 2)}{base:%y}{_digits(rng, 6)}",
                    f"{_digits(rng, 4)}-{_digits(rng, 8)}",
                    f"XD{_digits(rng, 10)}",
                ),
            )
        if prefix == "pxh":
            return _pick(
                rng, (f"PX{base:%y%m%d}{_digits(rng, 3)}", f"{base:%Y%m%d}-{_digits(rng, 2)}", f"BX{_digits(rng, 7)}")
            )
        if prefix == "jq":
            return _pick(
                rng,
                (
                    f"J{_digits(rng, 6)}{base:%Y%m%d}{_digits(rng, 6)}",
                    f"{base:%Y%m%d}{_digits(rng, 5)}",
                    f"JQ{base:%y}{_digits(rng, 8)}",
                ),
            )
        if prefix == "sgrd":
            return f"{_pick(rng, ('杭', '宁', '深', '武', '成', '长'))}公交认字[{base.year}]第{_digits(rng, 5)}号"
        if prefix == "che":
            return _pick(
                rng,
                (f"120-{base:%y%m-%d}-{_digits(rng, 4)}", f"{base:%Y%m%d}{_digits(rng, 4)}", f"CC{_digits(rng, 9)}"),
            )
        if prefix == "plate":
            prov = _pick(rng, ("京", "沪", "粤", "浙", "苏", "鄂", "川", "湘", "鲁", "豫"))
            letter = rng.choice("ABCDEFGHJK")
            tail = "".join(rng.choice(string.digits + "ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4))
            return _pick(
                rng,
                (
                    f"{prov}{letter}·{rng.randint(1, 9)}{tail}",
                    f"{prov}{letter}{rng.randint(1, 9)}{tail}",
                    f"{prov}{letter} {rng.randint(1, 9)}{tail}",
                    f"{prov}{letter}D{_digits(rng, 5)}",
                ),
            )
        if prefix == "pass":
            return _pick(
                rng, (f"E{_digits(rng, 8)}", f"E{rng.choice('ABCDEFGHJ')}{_digits(rng, 7)}", f"G{_digits(rng, 8)}")
            )
        if prefix == "hk":
            return _pick(rng, (f"C{_digits(rng, 8)}", f"CD{_digits(rng, 7)}", _digits(rng, 8)))
        if prefix == "ser":
            return _pick(
                rng,
                (
                    f"PJN{_digits(rng, 6)}S",
                    f"SN{_digits(rng, 10)}",
                    f"{rng.choice('ABCDEFGH')}{_digits(rng, 2)}{rng.choice('KLMNP')}{_digits(rng, 6)}",
                ),
            )
        if prefix == "wx":
            return _pick(
                rng,
                (
                    f"wxid_{''.join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(10))}",
                    f"{self.fakers['zh_CN'].user_name()}_{rng.randint(1960, 2005)}",
                    f"{self.fakers['zh_CN'].user_name()}{_digits(rng, 3)}",
                ),
            )
        if prefix == "qq":
            return str(rng.randint(10000000, 3999999999))
        if prefix == "ae":
            return _pick(
                rng,
                (
                    f"AE-{base.year}-{base:%m%d}-{_digits(rng, 3)}",
                    f"BL{base:%Y}{_digits(rng, 4)}",
                    f"{base:%Y}-{_digits(rng, 4)}",
                    f"YL{_digits(rng, 8)}",
                ),
            )
        if prefix == "subj":
            return _pick(
                rng,
                (
                    f"S-{_digits(rng, 4)}-{_digits(rng, 3)}",
                    f"{_digits(rng, 2)}-{_digits(rng, 3)}",
                    f"SCR{_digits(rng, 4)}",
                    f"R{_digits(rng, 2)}{_digits(rng, 3)}",
                ),
            )
        if prefix == "cert":
            return _pick(
                rng,
                (
                    f"{rng.choice('ABCDEFGHJKLMNPQR')}{_digits(rng, 9)}",
                    f"{_pick(rng, ('330106', '420102', '110105'))}{base.year}{_digits(rng, 5)}",
                    f"No.{_digits(rng, 8)}",
                ),
            )
        if prefix == "gh":
            return _pick(
                rng,
                (_digits(rng, 4), _digits(rng, 5), f"{rng.choice('ABCDHN')}{_digits(rng, 4)}", f"0{_digits(rng, 5)}"),
            )
        if prefix == "yhk":
            return _digits(rng, 4)
        if prefix == "bx":
            return _pick(rng, (f"P{_digits(rng, 14)}", f"{_digits(rng, 18)}", f"8{_digits(rng, 11)}"))
        if prefix == "bed":
            return _pick(
                rng,
                (
                    str(rng.randint(1, 48)),
                    f"+{rng.randint(1, 9)}",
                    f"{rng.choice('ABCDE')}{rng.randint(1, 30)}",
                    f"{rng.choice('ABCDE')}-{rng.randint(1, 30):02d}",
                ),
            )
        if prefix == "jzh":
            return _pick(
                rng, (f"JZ{base:%Y%m%d}{_digits(rng, 4)}", f"{_digits(rng, 12)}", f"E{base:%y}{_digits(rng, 7)}")
            )
        # dates
        if prefix == "dt":
            return self.date(_pick(rng, ("c", "c", "n")), suffix=suffix)
        if prefix == "dc":
            return self.date("c", suffix=suffix)
        if prefix == "dn":
            return self.date("n", suffix=suffix)
        if prefix == "dmd":
            return self.date("md", suffix=suffix)
        if prefix == "dcn":
            return self.date("cn", suffix=suffix)
        if prefix == "dts":
            return self.stamp(suffix)
        if prefix == "dpast":
            return self.date(_pick(rng, ("ym", "ym", "c", "n")), (-9000, -60))

        if prefix == "dfut":
            return self.date(_pick(rng, ("c", "n", "md")), (8, 90))

        if prefix == "age":
            return str(rng.randint(90, 103) if rng.random() < 0.35 else rng.randint(20, 89))
        if prefix == "agecn":
            return _cn_age(rng.randint(90, 104) if rng.random() < 0.5 else rng.randint(40, 89))
        # organisations
        if prefix == "hosp":
            return self.hospital()
        if prefix == "sq":
            return f"{_pick(rng, _ZH_JIEDAO)}街道社区卫生服务中心"
        if prefix == "nh":
            _, city, districts = rng.choice(_ZH_CITIES)
            return _pick(
                rng,
                (
                    f"{city}{_pick(rng, _ZH_WORDS)}养老院",
                    f"{_pick(rng, districts)}社会福利院",
                    f"{_pick(rng, _ZH_WORDS)}颐养中心",
                    f"{_pick(rng, _ZH_VILLAGES)}敬老院",
                    f"{city[:-1]}{_pick(rng, _ZH_WORDS)}护理院",
                ),
            )
        if prefix == "pcs":
            _, city, districts = rng.choice(_ZH_CITIES)
            d = _pick(rng, districts)
            return _pick(
                rng,
                (
                    f"{city}公安局{d[:-1]}分局{_pick(rng, _ZH_JIEDAO)}派出所",
                    f"{_pick(rng, _ZH_JIEDAO)}派出所",
                    f"{d}公安分局",
                ),
            )
        if prefix == "jj":
            _, city, districts = rng.choice(_ZH_CITIES)
            return _pick(
                rng, (f"{city}公安局交通警察支队{_pick(rng, districts)}大队", f"{_pick(rng, districts)}交警大队")
            )
        if prefix == "emp":
            return (
                self.fakers["zh_CN"].company()
                if rng.random() < 0.6
                else f"{self.home}{_pick(rng, ('第三建筑工程有限公司', '公交集团', '自来水公司', '纺织厂', '供电公司', '环卫处', '物业管理有限公司'))}"
            )
        if prefix == "school":
            _, city, districts = rng.choice(_ZH_CITIES)
            return _pick(
                rng,
                (
                    f"{city}第{_pick(rng, _ZH_CN_ORD)}中学",
                    f"{_pick(rng, districts)}实验小学",
                    f"{city[:-1]}职业技术学院",
                    f"{city}外国语学校",
                ),
            )
        if prefix == "insr":
            return _pick(
                rng,
                (
                    f"{_pick(rng, _ZH_INSURERS)}人寿保险股份有限公司{self.home[:-1]}分公司",
                    f"{_pick(rng, _ZH_INSURERS)}财产保险股份有限公司{self.home}中心支公司",
                    f"{_pick(rng, _ZH_INSURERS)}保险",
                ),
            )
        if prefix == "fun":
            return _pick(
                rng,
                (
                    f"{self.home}殡仪馆",
                    f"{rng.choice(_ZH_CITIES)[2][0]}殡仪服务中心",
                    f"{self.home[:-1]}{_pick(rng, ('永安', '安息', '福寿'))}殡葬服务有限公司",
                ),
            )
        if prefix == "ems":
            return _pick(
                rng,
                (
                    f"{self.home}急救中心",
                    f"{self.home}120急救指挥中心",
                    f"{self.home[:-1]}市紧急医疗救援中心".replace("市市", "市"),
                ),
            )
        if prefix == "cw":
            return _pick(
                rng,
                (
                    f"{_pick(rng, _ZH_VILLAGES)}村村民委员会",
                    f"{_pick(rng, _ZH_VILLAGES)}村委会",
                    f"{_pick(rng, _ZH_ESTATES)}社区居委会",
                ),
            )
        if prefix == "mzj":
            return _pick(
                rng,
                (
                    f"{self.home}民政局",
                    f"{self.home}救助管理站",
                    f"{rng.choice(_ZH_CITIES)[2][0]}残疾人联合会",
                    f"{self.home[:-1]}市医疗保障局".replace("市市", "市"),
                ),
            )
        if prefix == "sfs":
            return f"{_pick(rng, _ZH_JIEDAO)}司法所"
        if prefix == "lab":
            return _pick(
                rng,
                (
                    f"{self.home[:-1]}{_pick(rng, ('迪安', '艾迪康', '金域', '华银'))}医学检验实验室",
                    f"{self.home}血液中心",
                    f"{self.home}中心血站",
                ),
            )
        if prefix == "spons":
            return _pick(
                rng,
                (
                    f"{self.fakers['zh_CN'].company_prefix()}医药科技有限公司",
                    f"{_pick(rng, ('恒瑞', '百济', '信达', '君实'))}医药",
                    "昆泰医药发展（上海）有限公司",
                ),
            )
        # places
        if prefix == "addr":
            return self.address()[0]
        if prefix == "addrs":
            return self.address()[1]
        if prefix == "vill":
            prov, city, county, towns = rng.choice(_ZH_COUNTIES)
            return f"{county}{_pick(rng, towns)}{_pick(rng, _ZH_VILLAGES)}村{rng.randint(1, 12)}组"
        if prefix == "city":
            city = _pick(rng, tuple(c[1] for c in _ZH_CITIES))
            return city if rng.random() < 0.6 else city[:-1]
        if prefix == "jg":
            prov, city, county, _ = rng.choice(_ZH_COUNTIES)
            return _pick(rng, (f"{prov[:-1]}{city[:-1]}", f"{prov}{city}", f"{prov[:-1]}{county}", f"{prov[:-1]}"))
        if prefix == "abroad":
            return _pick(rng, _ZH_ABROAD)
        if prefix == "em":
            p = self.person(suffix) if suffix in self.people or suffix.startswith("k") else self.pinyin_name()
            return self.email_for(p)
        if prefix == "url":
            urls = (
                f"https://www.shuidichou.com/raise/detail/{_digits(rng, 8)}", f"https://hlwyy.{_pick(rng, ('zju', 'xyyy', 'whuh', 'scu'))}.edu.cn/consult/{_digits(rng, 9)}",
                f"http://ybj.{_pick(rng, ('hangzhou', 'wuhan', 'cs', 'nanjing'))}.gov.cn/yd/{_digits(rng, 6)}", f"https://m.qschou.com/project/index/{_digits(rng, 7)}",
                f"https://www.chictr.org.cn/showproj.html?proj={_digits(rng, 6)}", f"https://weibo.com/u/{_digits(rng, 10)}",
                f"https://yyghwx.{_pick(rng, ('zjsrmyy', 'hnsrmyy', 'sxmu'))}.cn/h5/#/report/{_digits(rng, 12)}",
            )  # fmt: skip
            groups = {"chou": (0, 3), "reg": (4,), "hz": (1,), "rep": (6,), "bl": (6, 1)}
            return urls[rng.choice(groups.get(suffix, tuple(range(len(urls)))))]
        if prefix in _ZH_FILL:
            return _pick(rng, _ZH_FILL[prefix])
        if prefix in _ZH_NUM:
            return str(rng.randint(*_ZH_NUM[prefix]))
        if prefix == "t":
            h, m = rng.randrange(24), rng.randrange(60)
            return _pick(rng, (f"{h:02d}:{m:02d}", f"{h}时{m}分", f"{h}:{m:02d}"))
        if prefix == "yr":
            return str(rng.randint(1958, base.year - 1))
        if prefix == "temp":
            return f"{rng.uniform(35.2, 40.3):.1f}"
        raise KeyError(key)

    def email_for(self, p: _ZhName) -> str:
        rng = self.rng
        if not p.pinyin:
            user = self.fakers["zh_CN"].user_name()
            return _pick(
                rng,
                (
                    f"{user}@163.com",
                    f"{user}{_digits(rng, 3)}@126.com",
                    f"{rng.randint(10000000, 3999999999)}@qq.com",
                    f"{user}@yeah.net",
                ),
            )
        s_py, g_py = p.pinyin[0].lower(), p.pinyin[1].lower()
        return _pick(rng, (
            f"{s_py}{g_py}{rng.randint(1950, 2005)}@163.com", f"{rng.randint(10000000, 3999999999)}@qq.com", f"{g_py or s_py}.{s_py}@126.com",
            f"{s_py}{g_py}@sina.com", f"{s_py}_{g_py}{_digits(rng, 2)}@foxmail.com", f"{s_py}{g_py}@{_pick(rng, ('zju.edu.cn', 'csu.edu.cn', 'hust.edu.cn', 'whu.edu.cn'))}",
            f"{s_py[:1]}{g_py}@{_pick(rng, ('sinopec.com', 'chinamobile.com', 'icbc.com.cn'))}",
        )).replace("_@", "@").replace(".@", "@")  # fmt: skip


def _zh_note(rng: random.Random, fakers: dict[str, Faker]) -> tuple[_Lazy, tuple[KnownIdentifier, ...]]:
    note = _ZhNote(rng, fakers)
    v = note.values
    female = rng.random() < 0.52
    name = note.pinyin_name()
    note.people["pt"] = name
    age = rng.randint(90, 104) if rng.random() < 0.34 else rng.randint(18, 89)
    birth = note.base - dt.timedelta(days=age * 365 + rng.randint(10, 350))
    age = note.base.year - birth.year - ((note.base.month, note.base.day) < (birth.month, birth.day))
    rid = cn_resident_id(rng, birth)
    zy, zy_v = note.zy()
    mobile = note.mobile(styled=False)
    entry = next(c for c in _ZH_CITIES if c[1] == note.home)
    addr, addr_v, city = note.address(entry)
    email = note.email_for(name)
    assert name.pinyin is not None
    s_py, g_py = name.pinyin
    rid_v = _pick(
        rng,
        (
            rid,
            rid,
            f"{rid[:6]} {rid[6:14]} {rid[14:]}",
            rid.lower() if rid.endswith("X") else rid,
            rid[-4:],
            f"{rid[:6]}********{rid[-4:]}",
        ),
    )
    v.update({
        "pt_name": name.full, "pt_sur": name.sur, "pt_given": name.given,
        "pt_py": _pick(rng, (f"{s_py.upper()} {g_py}", f"{s_py} {g_py}", f"{s_py.upper()} {g_py.upper()}", f"{g_py} {s_py.upper()}", f"{s_py.upper()}, {g_py.upper()}")),
        "pt_zy": zy, "pt_zy_v": _pick(rng, (zy, zy_v)), "pt_rid": rid, "pt_rid_v": rid_v,
        "pt_mob": mobile, "pt_mob_v": note.fmt_mobile(mobile),
        "pt_addr": addr, "pt_addr_v": addr_v, "pt_city": city, "pt_city_s": city[:-1],
        "pt_dob": birth.isoformat(), "pt_dob_v": _zh_date(rng, birth, _pick(rng, ("c", "n", "n"))),
        "pt_email": email, "pt_age": str(age), "pt_age_cn": _cn_age(age),
        "sex": "女" if female else "男", "ta": "她" if female else "他",
        "hon": "女士" if female else "先生", "elder": "奶奶" if female else "爷爷", "auntie": "阿姨" if female else "大爷",
        "spouse": "丈夫" if female else "妻子",
    })  # fmt: skip
    known = (
        KnownIdentifier("PERSON", name.full),
        KnownIdentifier("PERSON", name.given),
        KnownIdentifier("ID", zy),
        KnownIdentifier("ID", rid),
        KnownIdentifier("PHONE", mobile),
        KnownIdentifier("ADDRESS", addr),
        KnownIdentifier("LOCATION", city),
        KnownIdentifier("DATE", birth.isoformat()),
        KnownIdentifier("EMAIL", email),
    )
    return v, known


# ---------------------------------------------------------------------------------------------
# English templates
# ---------------------------------------------------------------------------------------------
EN_BLIND5_TEMPLATES: Final[dict[str, str]] = {
    "ed_triage": """EMERGENCY DEPARTMENT - TRIAGE ASSESSMENT
<<ORG:hosp_a>>
Arrived: <<DATE:dts_arr>>   Mode: {mode}   Triage RN: <<PERSON:nm_rn1>> (<<PERSON:ini_rn1>>)
Pt: <<PERSON:up_pt>>   <<AGE:pt_age>>{sex}   DOB <<DATE:pt_dob_v>>   MRN <<ID:pt_mrn>>   Armband <<ID:wb_a>>
PC: {cc}. Found by neighbour <<PERSON:nm_nb>> on the kitchen floor at <<ADDRESS:pt_street_v>> this morning;
neighbour's number <<PHONE:mob_nb>> (happy to be contacted, has a spare key).
NOK: daughter <<PERSON:nm_k1>>, mobile <<PHONE:mob_k1>>, work <<PHONE:ext_k1>>. Second contact: son-in-law <<PERSON:fn_k2>> on <<PHONE:ph_k2>>.
GP: Dr <<PERSON:ln_gp>>, <<ORG:clinic_a>> (fax <<PHONE:fax_gp>>).
Obs: HR {hr_1} BP {sys_1}/{dia_1} RR {rr_1} SpO2 {spo2_1}% RA T {temp_1}. GCS {gcs_1}.
Allergies: {allergy_1}. Regular meds per blister pack from <<ORG:pharm_a>>: {drug_1}, {drug_2}.
Travel: returned from <<LOCATION:abroad_a>> on <<DATE:dmd_ret>> after visiting a sister there.
Category {n_cat}; to Resus {n_bay}. Team leader informed <<DATE:dts_inf>>.
<<PERSON:ini_rn1>>""",
    "ed_physician": """ED PHYSICIAN NOTE
Seen <<DATE:dts_seen>> | Attending: <<PERSON:nm_att>>, MD | Resident: <<PERSON:nm_res>>, DO | Scribe: <<PERSON:fn_scr>>
<<PERSON:pt_name>>, <<AGE:pt_age>> y/o {sex_word}, MRN <<ID:pt_mrn_v>>, {nid_label} on file <<ID:pt_nid_v>>.
HPI: {title} <<PERSON:pt_last>> is a poor historian. History from the patient's grandson, <<PERSON:nm_kgs>> (cell <<PHONE:mob_kgs>>), who last saw {obj} well on
<<DATE:dmd_lsw>> at {poss} apartment (<<ADDRESS:pt_addr>>). {pron_c} was seen at <<ORG:hosp_b>> on <<DATE:dpast_prev>> for
{dx_prev}; their discharge summary was faxed over from <<PHONE:fax_b>> and reviewed.
PMH: {dx_1}; {dx_2}; HTN. Meds: {drug_1}, {drug_2}.
Social: lives alone; home health aide <<PERSON:nm_aide>> from <<ORG:agency_hh>> visits weekdays, reachable at <<PHONE:ph_aide>>.
Retired {job_1}; worked from {yr_1} at <<ORG:emp_a>>.
ED course: CT head (accession <<ID:acc_ct>>) per Dr. <<PERSON:ln_rad>>: no acute bleed. Neurology fellow <<PERSON:nm_neuro>>
(pager <<PHONE:bleep_neuro>>) called at {t_call}, recommends MRI. Patient's listed phone <<PHONE:pt_phone>> rings out.
Dispo: admit to medicine, accepting hospitalist <<PERSON:nm_hosp>>. Signed out to <<PERSON:nm_night>> at shift change.
-- <<PERSON:nm_res>>, DO / attested <<PERSON:ini_att>> <<DATE:dts_att>>""",
    "ems_trauma_handover": """PREHOSPITAL PATIENT CARE REPORT / TRAUMA HANDOVER (MIST)
Agency: <<ORG:ems_a>>   {medic_1}   Run no. <<ID:run_a>>   Dispatched <<DATE:dts_disp>>
Crew: <<PERSON:nm_p1>> (paramedic, reg. <<ID:lic_p1>>), <<PERSON:nm_p2>>
Received by trauma team leader Dr <<PERSON:ln_ttl>>, <<ORG:hosp_a>>, resus bay {n_bay}.
Patient: initially unknown; identified from wallet as <<PERSON:pt_name>>, licence <<ID:dlic_pt>>, DOB <<DATE:pt_dob_v>>,
address on licence <<ADDRESS:pt_addr>>.
M: {mech} on <<ADDRESS:street_scene>>, <<LOCATION:city_scene>>. Entrapment ~{min_1} min.
I: scalp laceration, L chest wall tenderness, deformed R femur.
S: HR {hr_1}, BP {sys_1}/{dia_1}, RR {rr_1}, SpO2 {spo2_1}%, GCS {gcs_1}.
T: 2x IV, {drug_1}, pelvic binder, traction splint. TXA given {t_txa}.
Police: Constable <<PERSON:nm_cop>> (badge <<ID:badge_cop>>), <<ORG:pol_a>>, incident no. <<ID:case_a>>.
Vehicle registration <<ID:plate_a>>; other driver <<PERSON:nm_od>> taken by <<ORG:ems_b>> to <<ORG:hosp_b>>.
Bystander <<PERSON:nm_wit>> (stopped to help) left number <<PHONE:mob_wit>> with police.
Wallet and phone bagged, property no. <<ID:prop_a>>, signed for by security officer <<PERSON:nm_sec>>.
Handover complete <<DATE:dts_ho>>. Receiving RN: <<PERSON:nm_rrn>>""",
    "icu_daily": """ICU DAILY PROGRESS NOTE - {icu_1}, <<ORG:hosp_a>>
<<DATE:dwk_today>>   ICU day {n_day}   Bed <<ID:bed_a>>
<<PERSON:lf_pt>>   MRN <<ID:pt_mrn>>   Age <<AGE:pt_age>>
Intensivist: <<PERSON:nm_int>>   Fellow: <<PERSON:nm_fel>>   RN days: <<PERSON:fn_rnd>>   RN nights: <<PERSON:fn_rnn>>
Overnight: desaturation at {t_desat}, re-recruited; {drug_1} weaned.
Neuro: RASS -2 on {drug_2}. CVS: MAP > 65 on {drug_3}. Resp: PC 18/8, FiO2 0.45.
Renal: CRRT since <<DATE:dmd_crrt>>. ID: blood cultures <<DATE:dnum_cx>> (lab no. <<ID:spec_cx>>) grew GNR; on {drug_4}.
Lines: R IJ CVC inserted <<DATE:dmd_cvc>> by <<PERSON:nm_cvc>>; L radial art line.
Family: met with wife <<PERSON:nm_ka>> and brother <<PERSON:nm_kb>> (flew in from <<LOCATION:abroad_kb>>) on <<DATE:dts_fam>>.
Substitute decision-maker is <<PERSON:fn_ka>>; enduring power of attorney dated <<DATE:dpast_poa>> scanned to chart.
Family prefers updates on <<PHONE:mob_ka>> or by e-mail to <<EMAIL:em_ka>>. <<PERSON:fn_kb>> can be reached on <<PHONE:intl_kb>>.
Family asked that updates NOT be posted on <<URL:url_fb>>.
Interpreter ({lang_1}) <<PERSON:nm_intp>>, staff no. <<ID:staffid_intp>>, present for the meeting.
Plan discussed with <<PERSON:nm_int>> at the bedside. Next family meeting <<DATE:dfut_fm>>.""",
    "operative_note": """OPERATION NOTE
<<ORG:hosp_a>> - Main Theatres {n_th}
Date of operation: <<DATE:dlong_op>>
Patient: <<PERSON:pt_name>>   Hosp. No.: <<ID:pt_mrn>>   D.O.B.: <<DATE:pt_dob_v>>
Surgeon: <<PERSON:nm_sx>>, FRCS   Assistant: <<PERSON:nm_asst>>   Anaesthetist: Dr <<PERSON:ln_an>>
Scrub nurse: <<PERSON:nm_scrub>>   Circulating: <<PERSON:fn_circ>>
Procedure: {proc_1}
Indication: {dx_1}. Consent signed <<DATE:dnum_cons>>; witnessed by <<PERSON:nm_witc>>.
Findings: as expected. Specimens: sent to histology (request <<ID:spec_a>>) and microbiology.
Implants: prosthesis lot <<ID:ser_imp>>, cement batch recorded on sticker sheet.
EBL {ebl_1} mL. Counts correct x2 (<<PERSON:ini_scrub>>/<<PERSON:ini_circ>>).
Post-op: ward {ward_1}; {drug_1} for 24 h; review by <<PERSON:nm_reg>> (bleep <<PHONE:bleep_reg>>) this evening.
Next of kin (son <<PERSON:nm_k1>>, <<PHONE:mob_k1>>) updated by phone at end of case.
Follow-up in clinic on <<DATE:dfut_fu>>.
Signed: <<PERSON:nm_sx>>""",
    "surgical_consent": """CONSENT FORM 1 - PATIENT AGREEMENT TO INVESTIGATION OR TREATMENT
Organisation: <<ORG:hosp_a>>
Patient's surname/family name: <<PERSON:pt_last>>   First names: <<PERSON:pt_first>>
Date of birth: <<DATE:pt_dob>>   Hospital number: <<ID:pt_mrn>>   {nid_label}: <<ID:pt_nid>>
Responsible health professional: <<PERSON:nm_sx>>   Job title: Consultant Surgeon
Name of proposed procedure: {proc_1}
Statement of health professional: I have explained the procedure ... Signed: <<PERSON:ini_sx>>  Date: <<DATE:dnum_c1>>
Name (PRINT): <<PERSON:up_sx>>   Contact details (if patient wishes to discuss options later): <<PHONE:ext_sx>>
Statement of interpreter: I have interpreted the information above to the patient to the best of my ability.
Interpreter: <<PERSON:nm_intp>>  ({lang_1})  Booking ref <<ID:staffid_intp>>  Date <<DATE:dnum_c2>>
Patient unable to sign (arthritic hands); mark made and witnessed by <<PERSON:nm_wit>>, whose address is
<<ADDRESS:addr_wit>>.
Person with parental responsibility / attorney: <<PERSON:nm_k1>> (<<PHONE:mob_k1>>), relationship: niece.
Confirmation of consent (to be completed on the day): confirmed by <<PERSON:nm_reg>> on <<DATE:dts_conf>>.
Copy given to patient. Patient requests copy also be e-mailed to <<EMAIL:pt_email_v>>.""",
    "anaesthetic_record": """ANAESTHETIC RECORD
<<ORG:hosp_a>>   Theatre {n_th}   Date <<DATE:dabbr_op>>
<<PERSON:up_pt>>   Hosp no <<ID:pt_mrn_v>>   DOB <<DATE:pt_dob_v>>   Wt {wt_1} kg   ASA {asa_1}
Anaesthetist: <<PERSON:nm_an>> (reg <<ID:lic_an>>)   Consultant: <<PERSON:nm_cons>> (bleep <<PHONE:bleep_cons>>)
Anaesthetic assistant / ODP: <<PERSON:nm_odp>>
Pre-op: fasted from {t_fast}. Dentures and hearing aids given to partner <<PERSON:fn_k1>> in the relatives' room.
Previous GA at <<ORG:hosp_b>> in <<DATE:dpast_ga>>: difficult airway letter from Dr <<PERSON:ln_prev>> on file.
Induction {t_ind}: {drug_1}, {drug_2}, {drug_3}. VL grade 1, 7.5 ETT 22 cm at teeth.
Machine checked - serial <<ID:ser_mach>>. Warmer, TCI pump <<ID:ser_pump>>.
Intra-op: MAP 65-80, {drug_4} infusion. UO 210 mL. EBL {ebl_1} mL. Cell saver used.
Extubated awake {t_ext}. Handed to recovery nurse <<PERSON:nm_pacu>>.
Post-op: PCA {drug_5}; acute pain service <<PHONE:bleep_aps>>.
Signature: <<PERSON:ini_an>>""",
    "pathology_report": """SURGICAL PATHOLOGY REPORT
<<ORG:lab_a>> - Histopathology, on behalf of <<ORG:hosp_a>>
Accession: <<ID:spec_a>>     Received: <<DATE:dts_rec>>     Reported: <<DATE:dts_rep>>
Patient: <<PERSON:lf_pt>>   DOB: <<DATE:pt_dob_v>>   MRN: <<ID:pt_mrn>>   Age/Sex: <<AGE:pt_age>>/{sex}
Referring clinician: <<PERSON:nm_ref>>, MD (<<ORG:clinic_a>>)   Copy to: Dr <<PERSON:ln_cc>>
Clinical details: {dx_1}? Frozen section requested by <<PERSON:nm_sx>> (theatre ext <<PHONE:ext_th>>).
Specimen: A) {proc_1}. B) lymph nodes. Blocks A1-A12, B1-B4 (<<ID:spec_b>>).
Intraoperative consultation: called to theatre by phone to <<PERSON:fn_sx>> at {t_fs}.
Microscopy: ... Immunohistochemistry performed at referral lab, ref <<ID:acc_ihc>>.
DIAGNOSIS: ... margins clear. pT2 N0.
Comment: discussed at MDT on <<DATE:dlong_mdt>>. Prior biopsy <<ID:spec_old>> (<<DATE:dpast_bx>>) reviewed for comparison.
Reported by: <<PERSON:nm_path>>, FRCPath   Verified electronically <<DATE:dts_ver>>
Queries: histopathology office <<PHONE:land_lab>>, <<EMAIL:em_path>>""",
    "radiology_report": """RADIOLOGY REPORT
<<ORG:hosp_a>> - Department of Medical Imaging
Exam: CT CHEST/ABDOMEN/PELVIS WITH CONTRAST   Accession #: <<ID:acc_a>>   Order #: <<ID:acct_ord>>
Patient: <<PERSON:up_pt>>  |  MRN <<ID:pt_mrn_v>>  |  DOB <<DATE:pt_dob_v>> (<<AGE:pt_age>> yrs)  |  Location: {ward_1}
Exam date: <<DATE:dts_exam>>
Referring physician: <<PERSON:nm_ref>>, MD, NPI <<ID:npi_ref>>, phone <<PHONE:ext_ref>>
Clinical history: {dx_1}, fall. Comparison: outside CT from <<ORG:hosp_b>> dated <<DATE:dnum_cmp>>, uploaded via image exchange.
Technique: ... Contrast: 80 mL iohexol, batch <<ID:ser_ctr>>. Technologist: <<PERSON:nm_tech>>.
Findings: ... Incidental 7 mm RUL nodule.
Impression: 1. ... 2. Follow-up CT recommended by <<DATE:dfut_ct>>.
Critical result: communicated by <<PERSON:nm_rad>> to <<PERSON:nm_ref>> by telephone at {t_crit} on <<DATE:dmd_crit>>, read back confirmed.
Dictated by: <<PERSON:nm_resr>>, MD (resident). Electronically signed: <<PERSON:nm_rad>>, MD <<DATE:dts_sign>>""",
    "transfusion_record": """BLOOD BANK / TRANSFUSION RECORD
<<ORG:hosp_a>> Transfusion Laboratory   Lab phone <<PHONE:land_bb>>   Out-of-hours BMS bleep <<PHONE:bleep_bms>>
Patient: <<PERSON:pt_last>>, <<PERSON:pt_first>>   MRN <<ID:pt_mrn>>   DOB <<DATE:pt_dob>>   Group: {abo_1}
Sample no. <<ID:xm_a>> taken <<DATE:dts_samp>> by <<PERSON:nm_phleb>>; second-sample rule satisfied (<<ID:xm_b>>).
Antibody screen: anti-K identified (historical, from <<ORG:lab_b>> <<DATE:dpast_ab>>).
Unit 1: RBC, donation no. <<ID:din_1>>, expiry <<DATE:dfut_exp1>>. Checked at bedside by <<PERSON:nm_chk1>> and <<PERSON:nm_chk2>>.
  Started <<DATE:dts_st1>>; obs 15 min: T {temp_1}, HR {hr_1}, BP {sys_1}/{dia_1}.
Unit 2: RBC, donation no. <<ID:din_2>>. Started <<DATE:dts_st2>>.
At 40 min patient rigors, T {temp_2}. Transfusion stopped; reaction reported to haematologist Dr <<PERSON:ln_haem>> and to
haemovigilance (SHOT/SABRE ref <<ID:ir_hv>>). Bag returned to lab with giving set.
Consent for transfusion: discussed with patient and son <<PERSON:nm_k1>>; Jehovah's Witness liaison <<PERSON:nm_jw>> of
<<ORG:faith_a>> asked to attend by family (contact <<PHONE:mob_jw>>) - patient accepted red cells after discussion.
Traceability label returned: <<PERSON:ini_chk1>> <<DATE:dnum_trace>>""",
    "code_blue": """CODE BLUE / MEDICAL EMERGENCY TEAM RECORD
<<ORG:hosp_a>>   Location: {ward_1}, bed <<ID:bed_a>>   Call time: <<DATE:dts_call>>
Patient: <<PERSON:pt_name>> (MRN <<ID:pt_mrn>>), <<AGE:pt_age_w>> years old
Called by: <<PERSON:nm_caller>>, RN - found unresponsive on routine obs.
Team: leader Dr <<PERSON:nm_lead>>; airway <<PERSON:nm_air>>; compressions <<PERSON:fn_c1>>, <<PERSON:fn_c2>>, <<PERSON:fn_c3>>;
recorder <<PERSON:nm_rec>>; pharmacist <<PERSON:nm_pharm>>.
Timeline: CPR started {t_cpr}. Rhythm VF -> shock 200J. Adrenaline 1 mg x3. Amiodarone 300 mg. ROSC after {min_1} min.
Defibrillator serial <<ID:ser_defib>> - event downloaded.
Family: wife <<PERSON:nm_ka>> on the ward during the arrest, supported by chaplain <<PERSON:nm_chap>>; daughter
<<PERSON:nm_kb>> phoned on <<PHONE:mob_kb>>, travelling from <<LOCATION:city_kb>>.
Post-ROSC: discussed with ICU registrar <<PERSON:nm_icu>> (bleep <<PHONE:bleep_icu>>); transferred to ICU <<DATE:dts_tx>>.
Resuscitation status previously documented as full code on <<DATE:dnum_dnr>> by <<PERSON:nm_doc0>>.
Debrief held; recorder <<PERSON:ini_rec>>.""",
    "incident_report": """PATIENT SAFETY INCIDENT REPORT (CONFIDENTIAL - QUALITY IMPROVEMENT PRIVILEGE)
Incident ref: <<ID:ir_a>>   Reported: <<DATE:dts_rep>>   Reporter: <<PERSON:nm_rep>> (staff no. <<ID:staffid_rep>>)
Facility: <<ORG:hosp_a>>, {ward_1}
Person affected: <<PERSON:pt_name>>, MRN <<ID:pt_mrn>>, aged <<AGE:pt_age>>
Date/time of incident: <<DATE:dts_inc>>   Category: fall with harm
Description: Patient found on floor beside bed by HCA <<PERSON:nm_hca>>. Bed alarm not activated. Patient in the
next bed, <<PERSON:nm_other>> (MRN <<ID:mrn_other>>), had pressed the call bell. Visitor <<PERSON:nm_vis>> helped
lift the patient before staff arrived.
Injuries: skin tear L forearm; x-ray (accession <<ID:acc_xr>>) shows no fracture.
Immediate action: reviewed by <<PERSON:nm_fy1>>, FY1; consultant <<PERSON:nm_cons>> informed.
Duty of candour: son <<PERSON:nm_k1>> informed by phone (<<PHONE:mob_k1>>) on <<DATE:dmd_doc>>; letter sent to
<<ADDRESS:addr_k1>>.
Contributing factors: agency nurse (<<ORG:emp_agency>>) unfamiliar with falls bundle; 2 RN vacancies.
Manager reviewing: <<PERSON:nm_mgr>>, <<EMAIL:em_mgr>>. Review due <<DATE:dfut_rev>>.""",
    "social_work": """SOCIAL WORK ASSESSMENT - INPATIENT
<<ORG:hosp_a>>   Referral received <<DATE:dnum_ref>> from <<PERSON:nm_refsw>>, RN
Client: <<PERSON:pt_name_v>> ("<<PERSON:nick_pt>>"), DOB <<DATE:pt_dob_v>>, age <<AGE:pt_age>>, MRN <<ID:pt_mrn>>
Housing: Rents a room at <<ADDRESS:pt_street>>, <<LOCATION:pt_city>>. Landlord <<PERSON:nm_ll>> (<<PHONE:ph_ll>>) has served
a notice to quit dated <<DATE:dnum_ntq>>. Before that, stayed at <<ORG:shel_a>> on and off.
Legal: on a community order; probation officer <<PERSON:nm_po>>, <<ORG:prob_a>>, tel <<PHONE:land_po>>, e-mail <<EMAIL:em_po>>.
Case no. <<ID:case_prob>>. Next appointment <<DATE:dfut_po>>.
Family: estranged from ex-partner <<PERSON:nm_kx>>; adult daughter <<PERSON:nm_kd>> lives in <<LOCATION:city_kd>>, mobile
<<PHONE:mob_kd>>. Client asks that {poss} brother <<PERSON:fn_kb>> NOT be given any information.
Finances: benefits paid to account ending <<ID:last4_acct>>; appointee is <<PERSON:nm_app>> of <<ORG:agency_a>>.
Guardian: none. Capacity for discharge decision assessed by <<PERSON:nm_psy>> on <<DATE:dmd_cap>>.
Friends have started an online appeal (<<URL:url_appeal>>) to cover storage of belongings.
Plan: referral to <<ORG:shel_b>> (intake worker <<PERSON:nm_intake>>, <<PHONE:ph_intake>>); food bank voucher; follow-up
call to client's own phone <<PHONE:pt_phone_v>>.
<<PERSON:nm_sw>>, MSW, LCSW - tel <<PHONE:ext_sw>>""",
    "case_management": """CASE MANAGEMENT / DISCHARGE PLANNING NOTE - <<DATE:dwk_today>>
Patient <<PERSON:lf_pt>> | MRN <<ID:pt_mrn>> | {nid_label} <<ID:pt_nid_v>> | Payer: <<ORG:insr_a>>, member ID <<ID:mem_a>>
Admitted <<DATE:dnum_adm>> with {dx_1}. Anticipated discharge <<DATE:dfut_dc>>.
Prior level of function: independent, lives with spouse <<PERSON:nm_ks>> (<<AGE:age_ks>> y/o, {dx_ks}) at <<ADDRESS:pt_addr>>.
Spoke with <<PERSON:fn_ks>> on the home line <<PHONE:pt_phone>>: cannot manage transfers at home.
SNF referrals sent: <<ORG:nh_1>> (admissions <<PERSON:nm_adm1>>, fax <<PHONE:fax_nh1>>); <<ORG:nh_2>> (declined - no
{lang_1}-speaking staff). Bed offer from <<ORG:nh_1>> pending insurance authorization, auth ref <<ID:tx_auth>>,
reviewer <<PERSON:nm_ur>> at <<PHONE:ext_ur>>.
DME: hospital bed delivered to home by <<ORG:emp_dme>>, order no. <<ID:acct_dme>>.
Transport: wheelchair van booked <<DATE:dts_van>>.
Patient e-mail for portal invite: <<EMAIL:pt_email>> (link sent: <<URL:url_portal>>). Daughter-in-law <<PERSON:nm_kdl>> (<<EMAIL:em_kdl>>) to receive copies, per signed release.
<<PERSON:nm_cm>>, RN, CCM""",
    "chaplaincy": """SPIRITUAL CARE / CHAPLAINCY NOTE
Visit: <<DATE:dts_visit>>   Requested by: <<PERSON:nm_req>>, RN   Faith tradition: {faithword_1}
Visited {title} <<PERSON:pt_last>> (prefers "<<PERSON:nick_pt>>"; "<<AGE:pt_age_w>> and still here") in room {n_rm} with {poss} partner <<PERSON:nm_kp>> and granddaughter <<PERSON:fn_kg>>.
{pron_c} spoke of {poss} late spouse <<PERSON:nm_kdead>>, who died here on <<DATE:dpast_death>>, and of growing up in
<<LOCATION:abroad_home>>. Asked that {poss} parish priest, Fr. <<PERSON:nm_priest>> of <<ORG:faith_a>>, be contacted
(parish office <<PHONE:land_par>>). Sacrament of the sick administered by Fr. <<PERSON:ln_priest>> at {t_sac}.
Family requested a Bible from the chapel and the number for <<ORG:fun_a>> "just in case" - provided <<PHONE:land_fun>>.
Granddaughter shared the family's update page, <<URL:url_fam>>, with the team.
Follow-up: will visit again <<DATE:dfut_vis>>. On-call chaplain pager <<PHONE:bleep_chap>>.
Rev. <<PERSON:nm_chap>>, BCC""",
    "mm_summary": """MORBIDITY AND MORTALITY CONFERENCE - CASE SUMMARY (peer review, privileged)
Department of Surgery, <<ORG:hosp_a>>   Conference date: <<DATE:dlong_mm>>   Presenter: <<PERSON:nm_pres>>
Case 1: <<PERSON:ini_pt>>, <<AGE:pt_age>>{sex}, MRN <<ID:pt_mrn>>. Admitted <<DATE:dnum_adm>> with {dx_1}; {proc_1} on
<<DATE:dmd_op>> (surgeon <<PERSON:nm_sx>>). Anastomotic leak POD 5, missed on ward round by <<PERSON:nm_jr>>; returned to theatre
<<DATE:dmd_rtt>>. Died <<DATE:dts_death>> in ICU.
Case 2 (comparison): <<PERSON:ini_o2>>, MRN <<ID:mrn_o2>>, similar presentation at <<ORG:hosp_b>>, transferred <<DATE:dmd_o2>>.
Case 3: <<PERSON:nm_o3>> (MRN <<ID:mrn_o3>>), <<AGE:age_o3>> y/o, readmitted <<DATE:dnum_o3>> with wound dehiscence.
Discussion: <<PERSON:nm_chair>> (chair) noted delay in escalation; registrar on call (<<PERSON:nm_reg>>, bleep <<PHONE:bleep_reg>>)
was covering two sites. Family complaint received from <<PERSON:nm_k1>> via patient relations (case <<ID:ir_pr>>).
Learning points circulated by <<EMAIL:em_pres>>.""",
    "bed_management": """BED MANAGEMENT / PATIENT FLOW HUDDLE LOG - <<DATE:dwk_today>> {t_huddle}
Site: <<ORG:hosp_a>>   Bed manager: <<PERSON:nm_bm>> (<<PHONE:bleep_bm>>)   Site practitioner: <<PERSON:nm_sp>>
Capacity: ED 42 pts, 11 waiting for beds. OPEL 3.
Outstanding admissions:
 - <<PERSON:up_pt>>, <<ID:pt_mrn>>, {dx_1} - needs side room (CPE screen pending) - accepted by <<PERSON:nm_acc1>>
 - <<PERSON:up_o1>>, <<ID:mrn_o1>>, <<AGE:age_o1>>F, hip # - ortho bed <<ID:bed_o1>> from 14:00
 - <<PERSON:up_o2>>, <<ID:mrn_o2>> - awaiting psych review (<<PERSON:nm_psych>>)
Discharges pending: <<PERSON:lf_o3>> (<<ID:mrn_o3>>) - waiting for transport, son <<PERSON:fn_ko3>> collecting;
<<PERSON:lf_o4>> - awaiting package of care from <<ORG:agency_o4>>.
Repatriations: <<PERSON:nm_o5>> to <<ORG:hosp_b>> (transfer ref <<ID:tx_o5>>), contact their bed bureau <<PHONE:land_bb>>.
Escalation: on-call manager <<PERSON:nm_ocm>> on <<PHONE:mob_ocm>>. Next huddle 16:00.""",
    "transfer_centre": """TRANSFER CENTER CALL LOG
Call ref <<ID:tx_a>>   Received <<DATE:dts_call>>   Coordinator: <<PERSON:nm_coord>>
Sending facility: <<ORG:hosp_b>>, <<LOCATION:city_b>>. Caller: Dr <<PERSON:nm_send>>, callback <<PHONE:ph_send>>
Patient: {title} <<PERSON:pt_name>>, DOB <<DATE:pt_dob_v>>, <<AGE:pt_age>>{sex}. Sending MRN <<ID:mrn_send>>.
Reason: {dx_1}, needs tertiary neurosurgery. Imaging pushed via PACS link (study UID ending <<ID:acc_uid>>).
Accepting physician: <<PERSON:nm_acc>> (neurosurgery), paged <<DATE:dts_page>> on <<PHONE:bleep_acc>>; accepted.
Bed: <<ID:bed_a>>, {icu_1}. Transport: <<ORG:ems_a>> critical care team, ETA {t_eta}.
Insurance: <<ORG:insr_a>>, ID <<ID:mem_a>>. Family: husband <<PERSON:nm_kh>> driving separately, cell <<PHONE:mob_kh>>.
Nurse-to-nurse report given by <<PERSON:nm_srn>> to <<PERSON:nm_rrn>> at {t_n2n}. Recorded line ref <<ID:tx_line>>.""",
    "death_certificate": """MEDICAL CERTIFICATE OF CAUSE OF DEATH - WORKSHEET
Certificate no. <<ID:cert_a>>   Registration district: <<LOCATION:city_reg>>
Name of deceased: <<PERSON:up_pt>>   Date of birth: <<DATE:pt_dob_v>>   Age: <<AGE:pt_age>>
Usual address: <<ADDRESS:pt_addr>>
Place of death: <<ORG:hosp_a>>, {ward_1}   Date of death: <<DATE:dlong_death>>   Time: {t_death}
Last seen alive by me: <<DATE:dnum_seen>>
Cause of death: I(a) {cause_1}  I(b) {dx_1}  II {dx_2}
Occupation: retired {job_1} (<<ORG:emp_a>>). Marital status: widowed; spouse <<PERSON:nm_kdead>> (deceased <<DATE:dpast_sp>>).
Informant: <<PERSON:nm_k1>>, daughter, of <<ADDRESS:addr_k1>>, tel <<PHONE:mob_k1>>.
Referred to coroner: No (discussed with <<PERSON:nm_me>>, medical examiner, on <<DATE:dmd_me>>).
Implanted devices: pacemaker serial <<ID:ser_pm>> - removed by <<ORG:fun_a>> on request.
Certifying practitioner: <<PERSON:nm_cert>>   Registration no. <<ID:lic_cert>>   Contact <<PHONE:bleep_cert>>""",
    "coroner_referral": """REFERRAL TO CORONER / MEDICAL EXAMINER
To: <<ORG:mex_a>>   Via secure e-mail <<EMAIL:em_cor>>   Phone <<PHONE:land_cor>>
Referring doctor: <<PERSON:nm_refd>>, ST4 Acute Medicine, <<ORG:hosp_a>>, bleep <<PHONE:bleep_refd>>
Deceased: <<PERSON:pt_name>> (also known as <<PERSON:nm_aka>>), DOB <<DATE:pt_dob>>, {nid_label} <<ID:pt_nid>>, MRN <<ID:pt_mrn>>
Last address: <<ADDRESS:pt_street_v>>, <<LOCATION:pt_city>>
Date and time of death: <<DATE:dts_death>>. Verified by <<PERSON:nm_ver>>, RN.
Reason for referral: death within 24 h of admission following fall at <<ORG:nh_a>>; possible neglect.
Police informed: <<ORG:pol_a>>, officer <<PERSON:nm_cop>>, log <<ID:case_a>>.
Next of kin: nephew <<PERSON:nm_kn>>, <<PHONE:ph_kn>>, <<EMAIL:em_kn>>. NOK aware of referral.
Body held in mortuary, tag no. <<ID:prop_mort>>. Funeral director named by family: <<ORG:fun_a>>.
Coroner's officer <<PERSON:nm_co>> accepted the case, ref <<ID:cor_a>>, on <<DATE:dmd_acc>>.""",
    "research_consent": """RESEARCH PARTICIPANT CONSENT AND ENROLMENT NOTE
Study: randomised trial of early vasopressin in septic shock. Sponsor: <<ORG:spons_a>>. Registry: <<URL:url_reg>>
Site: <<ORG:hosp_a>>   Site PI: <<PERSON:nm_pi>>   Research coordinator: <<PERSON:nm_rc>> (<<PHONE:ph_rc>>, <<EMAIL:em_rc>>)
Participant: <<PERSON:pt_name>>   MRN <<ID:pt_mrn>>   Screening no. <<ID:subj_scr>>   Randomisation no. <<ID:subj_rand>>
Patient lacked capacity; consent obtained from legally authorised representative <<PERSON:nm_lar>> (wife) on <<DATE:dts_cons>>,
by phone to <<PHONE:mob_lar>> with witness <<PERSON:nm_wit>>. Deferred consent form posted to <<ADDRESS:pt_addr>>.
Version of PIS/ICF: v4.0 dated <<DATE:dnum_pis>>.
Eligibility checked by <<PERSON:nm_inv>>; randomised <<DATE:dts_rand>>. Study drug kit <<ID:ser_kit>> dispensed by <<PERSON:nm_rph>>.
Patient regained capacity <<DATE:dmd_regain>> and confirmed continued participation; copy of consent given.
Participant portal: <<URL:url_pp>>. Contact for questions: <<EMAIL:em_rc>>.""",
    "nursing_handover": """NURSING SHIFT HANDOVER - {ward_1} - Night -> Day - <<DATE:dnum_today>>
Roster: NIC <<PERSON:nm_nic>>; RNs <<PERSON:fn_r1>>, <<PERSON:fn_r2>>, <<PERSON:nm_r3>>; HCA <<PERSON:nick_hca>>; bank nurse <<PERSON:nm_bank>>
Bed 1: <<PERSON:lf_o1>>, post-op day 2, pain controlled.
Bed 2: <<PERSON:lf_pt>> (<<ID:pt_mrn>>), <<AGE:pt_age>>, {dx_1}. Restless overnight, tried to leave - 1:1 by <<PERSON:fn_r2>> until 04:00.
  Says "my sister <<PERSON:fn_ks>> is coming from <<LOCATION:city_ks>>" - sister confirmed on <<PHONE:ph_ks>>, arriving today.
  Daughter <<PERSON:nm_kd>> asked to be called before any transfer: <<PHONE:mob_kd>>.
  Pressure areas intact. Wristband re-printed (<<ID:wb_a>>) after the old one was cut off.
Bed 3: <<PERSON:nm_o3>>, for discharge to <<ORG:nh_o3>>; transport at 11:00.
Bed 4: empty - admission from ED (<<PERSON:up_o4>>).
Visitors: patient in bed 5's husband <<PERSON:nm_v5>> verbally aggressive at 21:00; security (<<PERSON:nm_sec>>) attended.
Handed over by <<PERSON:ini_nic>> / received by <<PERSON:nm_day>>""",
    "security_incident": """SECURITY / VIOLENCE AND AGGRESSION INCIDENT LOG
Log no. <<ID:ir_a>>   <<DATE:dts_inc>>   Location: ED waiting room, <<ORG:hosp_a>>
Staff involved: security officers <<PERSON:nm_s1>> (badge <<ID:badge_s1>>) and <<PERSON:nm_s2>>; triage nurse <<PERSON:nm_tn>>.
Subject: <<PERSON:nm_subj>>, visitor, stated address <<ADDRESS:addr_subj>>, DOB given as <<DATE:dpast_subj>>.
Relationship to patient: partner of patient <<PERSON:pt_name>> (MRN <<ID:pt_mrn>>), who was in cubicle {n_cub}.
Narrative: subject shouted at staff, demanded discharge of patient. Subject's mobile <<PHONE:mob_subj>> recorded.
Police called on <<PHONE:land_pol>>; <<ORG:pol_a>> attended <<DATE:dts_pol>>, officers <<PERSON:nm_cop>> and <<PERSON:nm_cop2>>,
reference <<ID:case_a>>. Subject's vehicle <<ID:plate_a>> noted in ambulance bay.
Patient reports feeling unsafe; referred to hospital IDVA <<PERSON:nm_idva>> (<<EMAIL:em_idva>>).
Patient's emergency contact changed from subject to friend <<PERSON:nm_fr>>, <<PHONE:mob_fr>>.
CCTV retained, ref <<ID:prop_cctv>>. Reviewed by <<PERSON:nm_secmgr>>, Security Manager.""",
}


# ---------------------------------------------------------------------------------------------
# Chinese templates
# ---------------------------------------------------------------------------------------------
ZH_BLIND5_TEMPLATES: Final[dict[str, str]] = {
    "ruyuan_jilu": """入院记录
<<ORG:hosp_a>>   科别：{dept_1}   床号：<<ID:bed_a>>   住院号：<<ID:pt_zy>>
姓名：<<PERSON:pt_name>>    性别：{sex}    年龄：<<AGE:pt_age>>岁    出生日期：<<DATE:pt_dob_v>>
籍贯：<<LOCATION:jg_pt>>    职业：{job_1}    工作单位：<<ORG:emp_a>>
身份证号：<<ID:pt_rid>>    联系电话：<<PHONE:pt_mob>>
现住址：<<ADDRESS:pt_addr>>
入院时间：<<DATE:dts_adm>>    记录时间：<<DATE:dts_rec>>
病史陈述者：患者本人及其{rel_1}<<PERSON:nm_k1>>（电话<<PHONE:mob_k1>>），可靠。
主诉：反复胸闷气促3年，加重2天。
现病史：患者3年前无明显诱因出现胸闷，曾于<<DATE:dpast_1>>在<<ORG:hosp_b>>诊断为“{dx_1}”，规律服用{drug_1}。
<<DATE:dmd_on>>晚饭后症状加重，由<<ORG:ems_a>>送至我院急诊。
既往史：{dx_2}病史10余年；<<DATE:dpast_op>>行阑尾切除术。否认输血史。
个人史：生于<<LOCATION:jg_birth>>，久居<<LOCATION:pt_city_s>>。近1月曾到<<LOCATION:abroad_a>>旅游。
婚育史：适龄结婚，{spouse}<<PERSON:nm_ksp>>体健，育有一子一女。
家族史：父亲因{dx_3}去世。
体格检查：T {temp_1}℃ P {hr_1}次/分 R {rr_1}次/分 BP {sys_1}/{dia_1}mmHg。
初步诊断：{dx_1}
住院医师：<<PERSON:nm_zy>>    主治医师：<<PERSON:nm_zz>>    <<DATE:dc_sign>>""",
    "shouci_bingcheng": """首次病程记录
<<DATE:dts_first>>
患者<<PERSON:pt_name>>，{sex}，<<AGE:pt_age_cn>>岁，因“跌倒后右髋部疼痛6小时”于<<DATE:dts_adm>>由急诊拟“右股骨颈骨折”收入我科。
病例特点：1. {sex}性，独居于<<ADDRESS:pt_addr_v>>，邻居<<PERSON:nm_nb>>发现其倒地后拨打120。
2. 既往{dx_1}、{dx_2}。长期服用{drug_1}。3. 急诊X线（检查号<<ID:yx_a>>）示右股骨颈骨折。
诊断依据：……
鉴别诊断：……
诊疗计划：1. 完善术前检查；2. 请<<ORG:hosp_a>>麻醉科会诊；3. 与患者{rel_1}<<PERSON:nm_k1>>沟通手术风险，其联系电话<<PHONE:mob_k1>>，
另一联系人为外甥<<PERSON:nm_k2>>（<<PHONE:ph_k2>>）。4. 医保类型：职工医保，医保卡号<<ID:yb_pt>>。
住院医师：<<PERSON:nm_zy>>
<<PERSON:sur_zz>>主治医师审阅：同意上述诊疗计划。""",
    "chafang_jilu": """主任医师查房记录
<<DATE:dts_cf>>  <<PERSON:sur_zr>>主任查房
患者<<PERSON:pt_name>>（住院号<<ID:pt_zy_v>>）今日神志清，诉夜间睡眠差。{ta}的{rel_1}<<PERSON:gv_k1>>陪护，反映昨夜隔壁床患者<<PERSON:nm_o1>>（<<ID:bed_o1>>床）
家属<<PERSON:nm_v1>>大声喧哗，已由值班护士<<PERSON:nm_hs>>协调。
查体：BP {sys_1}/{dia_1}mmHg，双肺底少许湿啰音。
辅助检查：<<DATE:dmd_lab>>血常规 Hb {hb_1}g/L；CT（<<ID:yx_a>>）较<<DATE:dn_prev>>片变化不大。
<<PERSON:sur_zr>>主任分析：患者{dx_1}诊断明确，目前{drug_1}剂量可，建议加用{drug_2}，必要时请<<PERSON:nm_hz>>教授会诊。
嘱：与家属沟通，患者女婿<<PERSON:nm_k2>>（单位<<ORG:emp_k2>>）要求每日电话告知病情，电话<<PHONE:mob_k2>>。
记录者：<<PERSON:nm_zy>>/<<PERSON:nm_zz>>""",
    "huizhen_jilu": """会诊记录
申请科室：{dept_1}   申请医师：<<PERSON:nm_sq>>   申请时间：<<DATE:dts_sq>>   会诊单号：<<ID:jzh_hz>>
患者：<<PERSON:pt_name>>  {sex}  <<AGE:pt_age>>岁  住院号：<<ID:pt_zy>>  床号：<<ID:bed_a>>
会诊目的：患者术后第3天出现意识障碍，请神经内科协助诊治。
会诊意见（神经内科 <<PERSON:nm_hzys>>副主任医师，工号<<ID:gh_hz>>，短号<<PHONE:short_hz>>）：
患者既往{dx_1}，<<DATE:dpast_1>>在<<ORG:hosp_b>>住院（外院住院号<<ID:zy_wy>>）。查体……
建议：1. 完善头颅MRI；2. 停用{drug_1}；3. 如有变化请随时联系，科室电话<<PHONE:ext_nk>>。
外院会诊专家：<<ORG:hosp_c>> <<PERSON:nm_wz>>主任，经远程会诊平台（<<URL:url_hz>>）参与讨论，会诊意见发送至<<EMAIL:em_wz>>。
会诊时间：<<DATE:dts_hz>>""",
    "shoushu_jilu": """手术记录
<<ORG:hosp_a>>
姓名：<<PERSON:pt_name>>   性别：{sex}   年龄：<<AGE:pt_age>>   科室：{dept_1}   住院号：<<ID:pt_zy>>
手术日期：<<DATE:dc_op>>   手术开始：{t_start}   手术结束：{t_end}
术前诊断：{dx_1}   术后诊断：同术前
手术名称：{proc_1}
主刀：<<PERSON:nm_zd>>   一助：<<PERSON:nm_yz>>   二助：<<PERSON:nm_ez>>
麻醉方式：全身麻醉   麻醉医师：<<PERSON:nm_mz>>
器械护士：<<PERSON:nm_qx>>   巡回护士：<<PERSON:nm_xh>>
手术经过：……术中冰冻病理（<<ID:bl_bd>>）回报……
植入物：钢板一块，条码<<ID:ser_imp>>，已粘贴于植入物登记单。
术中出血约{ebl_1}ml，输注悬浮红细胞2U（血袋号<<ID:xd_1>>）。
标本经{rel_1}<<PERSON:nm_k1>>过目后送病理。
术毕患者安返PACU，交接给<<PERSON:nm_pacu>>护士。
记录人：<<PERSON:nm_yz>>   <<DATE:dts_rec>>""",
    "mazui_tongyi": """麻醉知情同意书
<<ORG:hosp_a>> 麻醉科
患者姓名：<<PERSON:pt_name>>   性别：{sex}   年龄：<<AGE:pt_age>>岁   病区：{dept_1}   住院号：<<ID:pt_zy>>
拟行手术：{proc_1}   拟施麻醉方式：全身麻醉＋神经阻滞
术前诊断：{dx_1}   ASA分级：{asa_1}级
麻醉医师已向患者及家属详细告知麻醉风险，包括但不限于……
患者签名：<<PERSON:pt_name>>（患者因视力障碍由{rel_1}代签）
被授权人签名：<<PERSON:nm_k1>>   与患者关系：{rel_1}   身份证号：<<ID:rid_k1>>   电话：<<PHONE:mob_k1>>
见证人：<<PERSON:nm_jz>>（住址：<<ADDRESS:addr_jz>>）
麻醉医师签名：<<PERSON:nm_mz>>    上级医师：<<PERSON:nm_mzsj>>
签署时间：<<DATE:dts_sign>>
授权委托书见附页，委托日期<<DATE:dc_wt>>，公证书编号<<ID:ae_gz>>。""",
    "shuxue_jilu": """输血记录单
<<ORG:hosp_a>>输血科    科室电话：<<PHONE:land_sxk>>    夜班短号：<<PHONE:short_sxk>>
受血者：<<PERSON:pt_name>>   性别：{sex}   住院号：<<ID:pt_zy>>   血型：{abo_1}
申请医师：<<PERSON:nm_sq>>   申请时间：<<DATE:dts_sq>>   配血单号：<<ID:pxh_a>>
标本采集：<<PERSON:nm_cx>>护士于<<DATE:dts_cx>>采集，标本条码<<ID:pxh_b>>
供血单位：<<ORG:lab_a>>
第1袋：悬浮红细胞2U，血袋编号<<ID:xd_1>>，有效期至<<DATE:dn_exp>>
第2袋：新鲜冰冻血浆200ml，血袋编号<<ID:xd_2>>
床旁核对：<<PERSON:nm_hd1>>、<<PERSON:nm_hd2>>双人核对无误，开始输注时间<<DATE:dts_st>>
输血后30分钟患者出现寒战，T {temp_1}℃，立即停止输血，报告<<PERSON:sur_ys>>医生及输血科<<PERSON:nm_sxys>>，
按输血不良反应流程上报（编号<<ID:ae_a>>）。
输血治疗同意书由患者{rel_1}<<PERSON:nm_k1>>签署（<<DATE:dc_ty>>）。""",
    "bingli_baogao": """病理诊断报告书
<<ORG:hosp_a>>病理科    病理号：<<ID:bl_a>>
姓名：<<PERSON:pt_name>>   性别：{sex}   年龄：<<AGE:pt_age>>岁   住院号：<<ID:pt_zy_v>>   送检科室：{dept_1}
送检医师：<<PERSON:nm_sj>>   送检日期：<<DATE:dn_sj>>   收到日期：<<DATE:dn_sd>>
临床诊断：{dx_1}
标本名称：{proc_1}切除标本
肉眼所见：……
病理诊断：……切缘未见肿瘤。
免疫组化：外送<<ORG:lab_b>>，外送编号<<ID:bl_ws>>。
附注：本例曾于<<DATE:dpast_bx>>在<<ORG:hosp_b>>行穿刺活检（病理号<<ID:bl_old>>），借片会诊结果一致。
诊断医师：<<PERSON:nm_bl1>>    复核医师：<<PERSON:nm_bl2>>    报告日期：<<DATE:dc_bg>>
如有疑问请致电病理科 <<PHONE:ext_bl>>，或发邮件至<<EMAIL:em_bl1>>""",
    "yingxiang_baogao": """CT检查报告单
<<ORG:hosp_a>>医学影像科
检查号：<<ID:yx_a>>   影像号：<<ID:yx_b>>
姓名：<<PERSON:pt_name>>   性别：{sex}   年龄：<<AGE:pt_age>>岁   门诊/住院号：<<ID:pt_zy>>
申请科室：{dept_1}   申请医生：<<PERSON:nm_sq>>   检查日期：<<DATE:dts_jc>>
检查部位：胸部+全腹部增强CT
影像所见：……右肺上叶见一约7mm结节……
影像诊断：1. ……；2. 建议<<DATE:dfut_fc>>前复查。
对比：与<<DATE:dn_prev>>外院（<<ORG:hosp_b>>）片比较，结节略增大。
危急值：已于{t_wj}电话通知临床<<PERSON:nm_sq>>医生（电话<<PHONE:short_sq>>），接收人复述无误。
报告医师：<<PERSON:nm_bg>>    审核医师：<<PERSON:nm_sh>>    报告时间：<<DATE:dts_bg>>
患者可通过<<URL:url_rep>>查看电子胶片。""",
    "jizhen_qiangjiu": """急诊抢救记录
<<ORG:hosp_a>>急诊科   抢救室<<ID:bed_a>>床
患者<<PERSON:pt_name>>，{sex}，<<AGE:pt_age>>岁，于<<DATE:dts_arr>>由<<ORG:ems_a>>送入（出车单号<<ID:che_a>>），
随车医生<<PERSON:nm_scys>>交接：患者在<<ADDRESS:addr_scene>>附近被电动车撞倒，当场意识不清。
报警人<<PERSON:nm_bj>>（<<PHONE:mob_bj>>）。<<ORG:jj_a>>民警<<PERSON:nm_mj>>到院，警情号<<ID:jq_a>>，肇事车辆<<ID:plate_a>>。
患者身上未带证件，经手机联系到其{rel_1}<<PERSON:nm_k1>>（<<PHONE:mob_k1>>）确认身份，身份证号<<ID:pt_rid_v>>。
抢救经过：{t_1}患者心率下降，立即胸外按压，予肾上腺素1mg静推……{min_1}分钟后恢复自主心律。
参加抢救人员：<<PERSON:nm_qj1>>、<<PERSON:nm_qj2>>、<<PERSON:nm_qj3>>，护士<<PERSON:nm_hs1>>、<<PERSON:nm_hs2>>。
抢救后转入EICU，由<<PERSON:nm_eicu>>接收，时间<<DATE:dts_zr>>。
记录医师：<<PERSON:nm_jl>>""",
    "siwang_jilu": """死亡记录
姓名：<<PERSON:pt_name>>   性别：{sex}   年龄：<<AGE:pt_age_cn>>岁   住院号：<<ID:pt_zy>>
入院时间：<<DATE:dts_adm>>   死亡时间：<<DATE:dts_sw>>
入院情况：患者因“{dx_1}”入院……
诊疗经过：入院后予{drug_1}、{drug_2}治疗，<<DATE:dmd_bw>>病情恶化，下达病危通知，家属<<PERSON:nm_k1>>签字。
<<DATE:dmd_sw>>凌晨突发呼吸心跳骤停，经抢救无效，宣布临床死亡。
死亡原因：{cause_1}
死亡诊断：{dx_1}；{dx_2}
家属意见：患者{spouse}<<PERSON:nm_ksp>>（住<<ADDRESS:addr_ksp>>）及儿子<<PERSON:nm_kson>>表示理解，拒绝尸检，签字确认。遗体由<<ORG:fun_a>>接运。
死亡医学证明书编号：<<ID:cert_a>>
医师签名：<<PERSON:nm_ys>>   上级医师：<<PERSON:nm_sjys>>   记录时间：<<DATE:dc_jl>>""",
    "siwang_taolun": """死亡病例讨论记录
讨论时间：<<DATE:dts_tl>>   地点：{dept_1}示教室   主持人：<<PERSON:nm_zc>>主任
参加人员：<<PERSON:nm_c1>>副主任医师、<<PERSON:nm_c2>>主治医师、<<PERSON:nm_c3>>、<<PERSON:nm_c4>>护士长、药剂科<<PERSON:nm_yj>>药师
患者：<<PERSON:pt_name>>，{sex}，<<AGE:pt_age>>岁，住院号<<ID:pt_zy>>，于<<DATE:dc_sw>>死亡。
病例汇报（<<PERSON:nm_hb>>住院医师）：患者系<<ORG:nh_a>>入住老人，由该院护工<<PERSON:nm_hg>>陪同入院……
<<PERSON:sur_c1>>副主任医师：患者基础疾病多，入院时已有脓毒症表现……
<<PERSON:sur_yj>>药师：{drug_1}与{drug_2}存在相互作用……
主持人总结：死亡原因考虑{cause_1}。需加强与养老院沟通，该院联系人<<PERSON:nm_yly>>，电话<<PHONE:land_yly>>。
记录人：<<PERSON:nm_jlr>>""",
    "huli_jiaojie": """护理交接班记录  {dept_1}  <<DATE:dc_jb>>  夜班→白班
在班人员：<<PERSON:nm_h1>>（责任组长）、<<PERSON:nm_h2>>、<<PERSON:nick_h3>>（规培）、护工<<PERSON:nm_hg>>
<<ID:bed_o1>>床 <<PERSON:nm_o1>> 术后第1天，生命体征平稳。
<<ID:bed_pt>>床 <<PERSON:pt_name>> <<AGE:pt_age>>岁 {dx_1}。夜间烦躁，拔除胃管1次，已重置（{t_1}）。
  家属：{rel_1}<<PERSON:nm_k1>>（<<PHONE:mob_k1>>）今晨来院；患者{elder}常念叨的孙女“<<PERSON:nick_k2>>”在<<LOCATION:abroad_k2>>读书，视频电话已联系。
  压疮风险评分13分，骶尾部皮肤完好。腕带信息核对：住院号<<ID:pt_zy>>。
<<ID:bed_o3>>床 <<PERSON:nm_o3>> 今日出院，回<<ORG:nh_o3>>，接送车辆<<ID:plate_o3>>。
<<ID:bed_o4>>床 新入院 <<PERSON:nm_o4>>，{auntie}比较紧张，需多安慰。
特殊事件：22:40 <<ID:bed_o5>>床患者家属<<PERSON:nm_v5>>与护士发生争执，已报告护士长<<PERSON:sur_hsz>>及保卫科（<<PHONE:short_bwk>>）。
交班人：<<PERSON:nm_h1>>   接班人：<<PERSON:nm_day>>""",
    "buliang_shijian": """医疗安全（不良）事件报告表
事件编号：<<ID:ae_a>>   上报时间：<<DATE:dts_sb>>   上报人：<<PERSON:nm_sb>>（工号<<ID:gh_sb>>，联系电话<<PHONE:mob_sb>>）
发生科室：{dept_1}   发生时间：<<DATE:dts_fs>>   事件类别：跌倒/坠床
当事患者：<<PERSON:pt_name>>  {sex}  <<AGE:pt_age>>岁  住院号：<<ID:pt_zy>>
事件经过：患者夜间自行如厕时跌倒，同病房患者<<PERSON:nm_o1>>按铃呼叫。值班护士<<PERSON:nm_zb>>及医生<<PERSON:nm_zbys>>到场处理。
患者头部CT（<<ID:yx_ct>>）未见出血。
当时陪护为外聘护工<<PERSON:nm_hg>>（<<ORG:emp_hg>>），联系电话<<PHONE:mob_hg>>，事发时不在床旁。
告知情况：已电话告知患者{rel_1}<<PERSON:nm_k1>>（<<PHONE:ph_k1>>），家属表示将向<<ORG:mzj_a>>投诉。
科室负责人意见：<<PERSON:sur_kzr>>主任已组织讨论。护理部审核：<<PERSON:nm_hlb>> <<DATE:dc_sh>>""",
    "zhuanke_jilu": """转科记录
转出科室：{dept_1}   转入科室：{dept_2}   转科时间：<<DATE:dts_zk>>
患者<<PERSON:pt_name>>，{sex}，<<AGE:pt_age>>岁，住院号<<ID:pt_zy_v>>，于<<DATE:dc_adm>>因“{dx_1}”入院。
入院后诊疗经过：……经<<PERSON:nm_hz>>主任会诊后同意转入{dept_2}继续治疗。
目前情况：神志清，气管插管接呼吸机辅助通气，<<DATE:dmd_cg>>留置右股静脉导管。
注意事项：患者对{drug_1}过敏。家属委托人为<<PERSON:nm_k1>>（{rel_1}，身份证<<ID:rid_k1>>，手机<<PHONE:mob_k1>>）。
转出医师：<<PERSON:nm_zc>>   转入接收医师：<<PERSON:nm_zr>>（分机<<PHONE:fen_zr>>）""",
    "zhuanyuan_jilu": """转院记录
<<ORG:hosp_a>>
患者<<PERSON:pt_name>>（拼音 <<PERSON:pt_py>>），{sex}，<<AGE:pt_age>>岁，身份证号<<ID:pt_rid>>，住院号<<ID:pt_zy>>。
入院日期：<<DATE:dc_adm>>   转院日期：<<DATE:dc_zy>>
转院原因：病情需要上级医院进一步诊治，经与<<ORG:hosp_b>>转运中心联系（联系人<<PERSON:nm_lx>>，电话<<PHONE:ext_lx>>），
对方<<PERSON:nm_js>>主任同意接收。
转运方式：<<ORG:ems_a>>负压救护车，随车医生<<PERSON:nm_sc>>、护士<<PERSON:nm_schs>>。
医保：异地就医备案，医保卡号<<ID:yb_pt>>，参保地<<LOCATION:jg_cb>>。
家属：{spouse}<<PERSON:nm_ksp>>随车，另有女儿<<PERSON:nm_kd>>从<<LOCATION:abroad_kd>>赶回，国际电话<<PHONE:intl_kd>>。
女儿邮箱<<EMAIL:em_kd>>已留存。病情摘要及检查资料已刻盘（影像号<<ID:yx_a>>）随患者带走。
经治医师：<<PERSON:nm_jzys>>   科主任：<<PERSON:nm_kzr>>""",
    "yihuan_goutong": """医患沟通记录
沟通时间：<<DATE:dts_gt>>   地点：医生办公室   沟通医师：<<PERSON:nm_gt>>（主治医师）
患者：<<PERSON:pt_name>>   住院号：<<ID:pt_zy>>   床号：<<ID:bed_a>>
参加沟通家属：{rel_1}<<PERSON:nm_k1>>（电话<<PHONE:mob_k1>>）、{rel_2}<<PERSON:nm_k2>>（电话<<PHONE:mob_k2>>）、患者单位代表<<PERSON:nm_dw>>（<<ORG:emp_a>>）
沟通内容：1. 目前诊断{dx_1}，病情危重……2. 需行{proc_1}，费用预计……
3. 家属询问商业保险理赔事宜，已告知需向<<ORG:insr_a>>申请（保单号<<ID:bx_a>>），理赔员<<PERSON:nm_lpy>>电话<<PHONE:mob_lpy>>。
4. 家属要求病情变化时先联系<<PERSON:gv_k1>>，其次联系邮箱<<EMAIL:em_k1>>（在国外的亲属）。
家属意见：同意手术。签名：<<PERSON:nm_k1>>  <<DATE:dc_qm>>
医师签名：<<PERSON:nm_gt>>   见证护士：<<PERSON:nm_jzhs>>""",
    "shegong_fangtan": """医务社工访谈记录
访谈日期：<<DATE:dc_ft>>   社工：<<PERSON:nm_sg>>（医务社工部，短号<<PHONE:short_sg>>）   转介人：<<PERSON:nm_zj>>护士
服务对象：<<PERSON:pt_name>>，<<AGE:pt_age>>岁，现住<<ADDRESS:pt_addr_v>>，户籍地<<ADDRESS:vill_hj>>。
家庭情况：丧偶，独子<<PERSON:nm_kson>>在<<LOCATION:abroad_kson>>务工，微信<<ID:wx_kson>>，已两年未回家。
日常由邻居<<PERSON:nm_lj>>（<<PHONE:mob_lj>>）及<<ORG:cw_a>>网格员<<PERSON:nm_wgy>>照看。
经济状况：低保户，低保证号<<ID:ae_db>>；患者提供的银行卡尾号<<ID:yhk_a>>。
法律问题：患者孙子<<PERSON:nm_ksun>>处于社区矫正期，由<<ORG:sfs_a>><<PERSON:nm_sfs>>负责，电话<<PHONE:land_sfs>>。
居住安全：房东<<PERSON:nm_fd>>（<<PHONE:mob_fd>>）要求月底搬离。
计划：1. 联系<<ORG:mzj_a>>申请临时救助；2. 评估入住<<ORG:nh_a>>，该院地址<<ADDRESS:addr_nh>>；3. 发起水滴筹<<URL:url_chou>>。
儿子留下的邮箱：<<EMAIL:em_kson>>。
下次访谈：<<DATE:dfut_ft>>""",
    "linchuang_shiyan": """临床试验受试者入组记录
试验名称：某新药治疗脓毒症的多中心随机双盲研究   申办方：<<ORG:spons_a>>   注册号链接：<<URL:url_reg>>
研究中心：<<ORG:hosp_a>>   主要研究者：<<PERSON:nm_pi>>教授   研究协调员（CRC）：<<PERSON:nm_crc>>（<<PHONE:mob_crc>>，<<EMAIL:em_crc>>）
受试者：<<PERSON:pt_name>>（姓名缩写 <<PERSON:pt_py>>）   筛选号：<<ID:subj_scr>>   随机号：<<ID:subj_rand>>
知情同意：患者镇静状态，由法定代理人<<PERSON:nm_k1>>（{rel_1}，身份证<<ID:rid_k1>>）于<<DATE:dts_zq>>签署知情同意书（版本号V3.0，版本日期<<DATE:dn_bb>>）。
公正见证人：<<PERSON:nm_jzr>>。
入选/排除标准核对：<<PERSON:nm_yjz>>医师确认符合。
随机时间：<<DATE:dts_sj>>；研究药物编号<<ID:ser_yw>>，由<<PERSON:nm_yjs>>药师发放。
受试者联系方式：<<PHONE:pt_mob_v>>，邮箱<<EMAIL:pt_email>>。
患者<<DATE:dmd_qx>>清醒后本人再次确认同意继续参加。""",
    "chuyuan_jilu": """出院记录
<<ORG:hosp_a>>   住院号：<<ID:pt_zy>>
姓名：<<PERSON:pt_name>>   性别：{sex}   年龄：<<AGE:pt_age>>岁   入院日期：<<DATE:dc_adm>>   出院日期：<<DATE:dc_cy>>   共住院{n_days}天
入院诊断：{dx_1}   出院诊断：{dx_1}；{dx_2}
诊疗经过：……住院期间经<<PERSON:nm_hz>>教授会诊……
出院情况：……
出院医嘱：1. {drug_1}继续口服；2. <<DATE:dfut_fz>>至<<PERSON:nm_mzys>>主任门诊复诊（门诊号<<ID:mz_a>>）；
3. 居家护理由<<ORG:sq_a>>家庭医生<<PERSON:nm_jtys>>负责，签约电话<<PHONE:land_jt>>。
4. 出院后接送：{rel_1}<<PERSON:nm_k1>>，送回<<ADDRESS:pt_addr>>。
随访电话：<<PHONE:pt_mob>>；复印病历请至病案室，或登录<<URL:url_bl>>。
医师签名：<<PERSON:nm_zy>>/<<PERSON:nm_zz>>""",
    "yuanqian_jiaojie": """院前急救病历（交接单）
<<ORG:ems_a>>   出车单号：<<ID:che_a>>   受理时间：<<DATE:dts_sl>>   到达现场：{t_dd}
现场地址：<<ADDRESS:addr_scene>>   呼救电话：<<PHONE:mob_hj>>   呼救人：<<PERSON:nm_hj>>（路人）
患者：<<PERSON:pt_name>>（现场由工友<<PERSON:nm_gy>>辨认），{sex}，约<<AGE:pt_age>>岁
工作单位：<<ORG:emp_a>>   单位负责人<<PERSON:nm_fzr>>电话<<PHONE:land_dw>>
主诉/现场情况：高处坠落约3米，意识模糊……
处置：颈托固定、建立静脉通道、{drug_1}……
派出所：<<ORG:pcs_a>>，民警<<PERSON:nm_mj>>（警号<<ID:gh_mj>>）到场，接警编号<<ID:jq_a>>
随车人员：医生<<PERSON:nm_ys>>、护士<<PERSON:nm_hs>>、驾驶员<<PERSON:nm_jsy>>；车牌<<ID:plate_jhc>>
交接医院：<<ORG:hosp_a>>急诊   交接时间：<<DATE:dts_jj>>   接收人：<<PERSON:nm_js>>""",
    "zhongzheng_rizhi": """重症医学科 每日病程（ICU）
<<DATE:dc_today>>  ICU第{n_day}天   床位：<<ID:bed_a>>
患者<<PERSON:pt_name>>，<<AGE:pt_age>>岁，住院号<<ID:pt_zy>>。
夜班<<PERSON:nm_yb>>医生交班：凌晨{t_1}氧合下降，调整PEEP后好转。
循环：去甲肾上腺素{n_ne}μg/min维持。呼吸：有创机械通气。肾脏：<<DATE:dmd_crrt>>起CRRT。
感染：<<DATE:dn_pycx>>血培养（标本号<<ID:bl_pycx>>）示肺炎克雷伯菌，予{drug_1}。
管路：右颈内静脉导管（<<DATE:dmd_cvc>>由<<PERSON:nm_cvc>>置入）。
家属探视：{spouse}<<PERSON:nm_ksp>>、儿子<<PERSON:nm_kson>>。患者儿子在<<ORG:emp_kson>>上班，要求通过<<EMAIL:em_kson>>接收检查结果。
病危通知书已于<<DATE:dc_bw>>由<<PERSON:nm_kson>>签收。
ICU主任：<<PERSON:nm_icuzr>>   主治医师：<<PERSON:nm_zz>>   责任护士：<<PERSON:nm_zrhs>>""",
    "chuangwei_diaodu": """住院服务中心 床位调度日志 <<DATE:dc_rq>>
值班调度员：<<PERSON:nm_dd>>（短号<<PHONE:short_dd>>）
待入院患者：
1. <<PERSON:pt_name>>，<<AGE:pt_age>>岁，门诊号<<ID:mz_pt>>，{dx_1}，拟入{dept_1}，预约床位<<ID:bed_a>>，电话<<PHONE:pt_mob_v>>
2. <<PERSON:nm_o2>>，门诊号<<ID:mz_o2>>，需隔离单间，家属<<PERSON:nm_ko2>>电话<<PHONE:mob_ko2>>
3. <<PERSON:nm_o3>>，<<AGE:age_o3>>岁，由<<ORG:hosp_b>>下转（转诊单号<<ID:jzh_o3>>），联系人<<PERSON:nm_lxo3>> <<PHONE:land_o3>>
今日出院：<<ID:bed_o4>>床 <<PERSON:nm_o4>>；<<ID:bed_o5>>床 <<PERSON:nm_o5>>（等家属<<PERSON:nm_ko5>>办理结算）
加床：{dept_2}加床2张，已报告医务科<<PERSON:nm_ywk>>。
备注：<<PERSON:sur_o2>>女士的医保为异地，需<<DATE:dmd_ba>>前完成备案。""",
}


# ---------------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------------
_FAKER_LOCALES: Final = {"en": _NAME_LOCALES, "zh": ("zh_CN", "zh_TW")}


def generate_blind5(language: str, count: int = 500) -> list[SynthNote]:
    """``count`` notes in ``language`` ("en" or "zh"); the same arguments always give the same notes."""
    if language not in _FAKER_LOCALES:
        raise ValueError(f"unsupported language {language!r}; expected 'en' or 'zh'")
    templates = EN_BLIND5_TEMPLATES if language == "en" else ZH_BLIND5_TEMPLATES
    names = sorted(templates)
    rng = random.Random(BLIND5_SEED * 10 + (0 if language == "en" else 1))
    fakers: dict[str, Faker] = {}
    for offset, locale in enumerate(_FAKER_LOCALES[language]):
        fakers[locale] = Faker(locale)
        fakers[locale].seed_instance(BLIND5_SEED + offset)
    make = _en_note if language == "en" else _zh_note
    notes: list[SynthNote] = []
    for index in range(count):
        name = names[index % len(names)]
        values, known = make(rng, fakers)
        text, spans = render(templates[name], values, age_of=blind5_age_of)
        notes.append(SynthNote(f"blind5-{language}-{index + 1:04d}", _SPLIT, language, name, text, spans, known))
    return notes
