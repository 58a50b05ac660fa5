# ruff: noqa: E501
"""Blind evaluation set 22: oncology, chronic disease and care far from big hospitals.

Theme: chemotherapy day-unit records, tumour-board / MDT minutes, cancer-registry abstracts,
radiotherapy plans, HIV/ART clinic visits, diabetes and hypertension registers, TB DOTS cards,
community health-worker home-visit logs, mobile outreach and NGO field clinics, telemedicine
referrals from rural posts. English notes are set in Kenya, Uganda, Pakistan, Papua New Guinea and
the US Indian Health Service; Chinese notes in rural mainland China (肿瘤登记、化疗日间病房、放疗计划单、
MDT讨论记录、艾滋病随访、慢病管理、家庭医生签约、乡村医生巡诊、村卫生室、对口支援远程会诊).

Written blind: the author saw only ``synth.py`` (``GoldSpan``, ``SynthNote``, ``render``,
``cn_resident_id``), ``model.KnownIdentifier`` and the structure test, never the de-identifier.
Do not tune the de-identifier against these templates.

Gold conventions (those of ``synth.py``): ``<<KIND:key>>`` is a gold span, ``{key}`` is filler.
PERSON is every person's name in any form (patients, relatives, staff, anyone), with titles and
roles outside the span (Dr, Mr, RN, MD, 医生, 护士, 主任, 老师, 阿姨); the 老/小 prefix of a
surname stays outside and the surname alone is gold, while a nickname built on a given-name
character (小娟, 阿芳, 娟娟) is one span. LOCATION is a city, town or village below state or
province level (countries, states and provinces are not gold); ADDRESS is a street or postal
address; DATE is any date with a day or month (times, weekdays, bare years are not gold); AGE is
gold only for ages of 90 or more (younger ages are rendered but not gold); ORG is a named local
facility or firm. Drugs, doses, scores, lab values, eponyms and national programmes are not gold.
Each Chinese note's record holds exactly one valid 18-digit resident ID, the patient's.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Final

from faker import Faker

from integration.deid.model import KnownIdentifier
from integration.deid.synth import SynthNote, cn_resident_id, render

__all__ = [
    "BLIND22_SEED",
    "BLIND22_SPLIT",
    "EN_BLIND22_TEMPLATES",
    "ZH_BLIND22_TEMPLATES",
    "blind22_age_of",
    "generate_blind22",
]

BLIND22_SEED: Final = 47213958
BLIND22_SPLIT: Final = "blind22"

_FAKER_LOCALES: Final[tuple[str, ...]] = (
    "en_US",
    "en_GB",
    "en_AU",
    "en_IN",
    "en_NZ",
    "en_PH",
    "es_MX",
    "zh_CN",
    "zh_TW",
)
_FAKERS: dict[str, Faker] = {}


def _faker(locale: str) -> Faker:
    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(locale)
    return _FAKERS[locale]


def _seed_fakers(rng: random.Random) -> None:
    for locale in _FAKER_LOCALES:
        _faker(locale).seed_instance(rng.randrange(2**31))


# ---------------------------------------------------------------------------------------------
# Ages
# ---------------------------------------------------------------------------------------------
_EN_ONES: Final = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                   "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")  # fmt: skip
_EN_TENS: Final = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ZH_DIGITS: Final = "零一二三四五六七八九"


def _en_words(n: int) -> str:
    if n >= 100:
        rest = n - 100 * (n // 100)
        head = f"{_EN_ONES[n // 100]} hundred"
        return head if rest == 0 else f"{head} and {_en_words(rest)}"
    if n < 20:
        return _EN_ONES[n]
    tens, ones = divmod(n, 10)
    return _EN_TENS[tens] if ones == 0 else f"{_EN_TENS[tens]}-{_EN_ONES[ones]}"


def _zh_numeral(n: int) -> str:
    if n >= 100:
        rest = n % 100
        head = f"{_ZH_DIGITS[n // 100]}百"
        if rest == 0:
            return head
        if rest < 10:
            return f"{head}零{_ZH_DIGITS[rest]}"
        return f"{head}{_ZH_DIGITS[rest // 10]}十" + (_ZH_DIGITS[rest % 10] if rest % 10 else "")
    tens, ones = divmod(n, 10)
    out = ("" if tens == 1 else _ZH_DIGITS[tens]) + "十" if tens else ""
    return out + (_ZH_DIGITS[ones] if ones or not tens else "")


def _parse_zh(value: str) -> int:
    digits = {c: i for i, c in enumerate(_ZH_DIGITS)} | {"两": 2, "〇": 0}
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
            raise ValueError("not a Chinese numeral")
    return total + current


def blind22_age_of(value: str) -> int:
    """Read an ``<<AGE:…>>`` value: digits, English words or Chinese numerals."""
    text = value.strip().lower()
    if text.isdigit():
        return int(text)
    if text and all(ch in _ZH_DIGITS + "十百两〇" for ch in text):
        return _parse_zh(text)
    words = {w: i for i, w in enumerate(_EN_ONES)} | {w: 10 * i for i, w in enumerate(_EN_TENS) if w}
    total = 0
    current = 0
    seen = False
    for word in text.replace("-", " ").split():
        if word == "and":
            continue
        if word == "a":
            current = 1
            continue
        if word == "hundred":
            total += (current or 1) * 100
            current = 0
            seen = True
        elif word in words:
            current += words[word]
            seen = True
        else:
            raise ValueError("not an age")
    if not seen:
        raise ValueError("not an age")
    return total + current


def _age(rng: random.Random) -> int:
    return rng.randint(90, 103) if rng.random() < 0.22 else rng.randint(19, 86)


# ---------------------------------------------------------------------------------------------
# Shared helpers
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


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _en_date(rng: random.Random, d: dt.date, style: int) -> str:
    mon = _MONTHS[d.month - 1]
    styles = (
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.day} {mon[:3]} {d.year}",
        f"{mon} {d.day}, {d.year}",
        f"{d:%Y-%m-%d}",
        f"{d.day:02d}-{mon[:3].upper()}-{d:%y}",
        f"{d.month}/{d.day}/{d:%y}",
        f"{d.day}.{d.month}.{d.year}",
        f"{d.day}th {mon} {d.year}" if d.day not in (1, 2, 3, 21, 22, 23, 31) else f"{d.day} {mon} {d.year}",
    )
    return styles[style % len(styles)]


def _zh_date(rng: random.Random, d: dt.date, style: int) -> str:
    styles = (
        f"{d.year}年{d.month}月{d.day}日",
        f"{d:%Y-%m-%d}",
        f"{d.year}.{d.month}.{d.day}",
        f"{d.year}/{d.month:02d}/{d.day:02d}",
        f"{d.year}年{d.month:02d}月{d.day:02d}日",
        f"{d:%Y%m%d}",
    )
    return styles[style % len(styles)]


def _typo(rng: random.Random, word: str) -> str:
    core = word.replace(" ", "")
    if len(core) < 4 or " " in word or "-" in word:
        return word[:-1] + word[-1] * 2 if len(word) > 2 else word + word[-1]
    i = rng.randrange(1, len(word) - 2)
    swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return swapped if swapped != word else word[:i] + word[i + 1 :]


@dataclass(frozen=True)
class _Name:
    first: str
    last: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


# ---------------------------------------------------------------------------------------------
# English: regions
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Region:
    code: str
    country: str
    state: str
    firsts: tuple[str, ...]
    lasts: tuple[str, ...]
    towns: tuple[str, ...]
    villages: tuple[str, ...]
    facilities: tuple[str, ...]
    referrals: tuple[str, ...]
    ngos: tuple[str, ...]
    nat_label: str
    ins_label: str
    chw_title: str


_REGIONS: Final[dict[str, _Region]] = {
    "ke": _Region(
        "ke",
        "Kenya",
        "Homa Bay County",
        (
            "Achieng",
            "Wanjiru",
            "Kiprono",
            "Chebet",
            "Akinyi",
            "Nafula",
            "Jeptoo",
            "Atieno",
            "Mutua",
            "Faith",
            "Grace",
            "Hope",
            "Mercy",
            "Rose",
            "Brian",
            "Ekai",
            "Nakiru",
            "Auma",
            "Moraa",
            "Kerubo",
            "Halima",
            "Abdirahman",
        ),
        (
            "Otieno",
            "Ochieng",
            "Odhiambo",
            "Wanjiku",
            "Kamau",
            "Mwangi",
            "Kiplagat",
            "Chepkoech",
            "Wekesa",
            "Barasa",
            "Mutiso",
            "Kilonzo",
            "Abdi",
            "Lokwawi",
            "Ekiru",
            "Onyango",
            "Nyaboke",
            "Oduor",
            "Ogola",
            "Too",
        ),
        (
            "Kisumu",
            "Homa Bay",
            "Siaya",
            "Migori",
            "Lodwar",
            "Kakamega",
            "Bungoma",
            "Kitui",
            "Garissa",
            "Kericho",
            "Busia",
            "Mbita",
        ),
        ("Nyalenda", "Kanyamwa", "Kadel", "Got Agulu", "Kalokol", "Lwanda", "Rusinga", "Ombeyi", "Kendu Bay", "Rangwe"),
        (
            "Homa Bay County Teaching and Referral Hospital",
            "Lodwar County Referral Hospital",
            "Siaya County Referral Hospital",
            "Kombewa Sub-County Hospital",
            "Got Agulu Sub-District Hospital",
            "Nyalenda Health Centre",
            "Ombeyi Dispensary",
            "Rangwe Sub-County Hospital",
        ),
        (
            "Jaramogi Oginga Odinga Teaching and Referral Hospital",
            "Moi Teaching and Referral Hospital",
            "Kenyatta National Hospital",
            "Aga Khan Hospital Kisumu",
        ),
        ("Lwala Community Alliance", "Tumaini Mobile Clinic", "Mama Afya Outreach Trust", "Ziwa Health Boat Project"),
        "National ID",
        "SHA/NHIF No.",
        "CHP",
    ),
    "ug": _Region(
        "ug",
        "Uganda",
        "Northern Region",
        (
            "Akello",
            "Auma",
            "Nakato",
            "Babirye",
            "Kato",
            "Apio",
            "Opio",
            "Grace",
            "Patience",
            "Innocent",
            "Godfrey",
            "Brenda",
            "Ainembabazi",
            "Kyomuhendo",
            "Faith",
            "Acen",
            "Lamunu",
            "Oryem",
            "Fortunate",
            "Mark",
        ),
        (
            "Okello",
            "Ocen",
            "Odongo",
            "Nabukenya",
            "Ssewankambo",
            "Mugisha",
            "Tumwine",
            "Byaruhanga",
            "Namutebi",
            "Kiggundu",
            "Akena",
            "Olweny",
            "Ojok",
            "Anyango",
            "Tumusiime",
            "Atim",
            "Kisakye",
            "Ongom",
        ),
        (
            "Gulu",
            "Lira",
            "Arua",
            "Mbarara",
            "Kabale",
            "Soroti",
            "Kasese",
            "Hoima",
            "Kitgum",
            "Moroto",
            "Masaka",
            "Adjumani",
        ),
        ("Laroo", "Pece", "Aboke", "Bobi", "Nyakabale", "Rwentobo", "Kyarumba", "Ocokican", "Awach", "Koro"),
        (
            "Gulu Regional Referral Hospital",
            "St. Mary's Hospital Lacor",
            "Kuluva Hospital",
            "Kabale Regional Referral Hospital",
            "Aboke Health Centre IV",
            "Bobi Health Centre III",
            "Awach Health Centre IV",
            "Kitgum Government Hospital",
        ),
        (
            "Uganda Cancer Institute",
            "Mbarara Regional Referral Hospital",
            "Mulago National Referral Hospital",
            "Lira Regional Referral Hospital",
        ),
        (
            "Pece Community HIV Project",
            "Acholi Field Clinic Trust",
            "Kigezi Outreach Mission",
            "Rwenzori Mobile Health",
        ),
        "NIN",
        "Client No.",
        "VHT",
    ),
    "pk": _Region(
        "pk",
        "Pakistan",
        "Punjab",
        (
            "Muhammad",
            "Ayesha",
            "Fatima",
            "Bilal",
            "Zainab",
            "Imran",
            "Shazia",
            "Nasreen",
            "Ghulam",
            "Rukhsana",
            "Asif",
            "Sana",
            "Khadija",
            "Noor",
            "Allah Bux",
            "Parveen",
            "Zia",
            "Gul",
            "Hope",
            "Mehwish",
        ),
        (
            "Khan",
            "Bibi",
            "Baloch",
            "Memon",
            "Qureshi",
            "Siddiqui",
            "ul Haq",
            "ud Din",
            "Shah",
            "Jatoi",
            "Chandio",
            "Butt",
            "Malik",
            "Awan",
            "Rind",
            "Leghari",
            "Mengal",
            "Soomro",
            "Kolhi",
            "Bhutto",
        ),
        (
            "Muzaffargarh",
            "Dera Ghazi Khan",
            "Mithi",
            "Chitral",
            "Turbat",
            "Skardu",
            "Bahawalpur",
            "Jacobabad",
            "Rajanpur",
            "Umerkot",
            "Khuzdar",
            "Kot Addu",
        ),
        (
            "Basti Malana",
            "Islamkot",
            "Goth Allah Bux",
            "Booni",
            "Jhal Magsi",
            "Chak 112",
            "Basti Nau",
            "Diplo",
            "Chachro",
            "Taunsa",
        ),
        (
            "DHQ Hospital Muzaffargarh",
            "Civil Hospital Mithi",
            "THQ Hospital Kot Addu",
            "RHC Chachro",
            "BHU Basti Malana",
            "DHQ Hospital Chitral",
            "Civil Hospital Turbat",
        ),
        (
            "Bahawal Victoria Hospital",
            "Shaukat Khanum Memorial Cancer Hospital",
            "Nishtar Hospital Multan",
            "Indus Hospital Karachi",
        ),
        (
            "Sukh Sehat Foundation",
            "Al-Shifa Mobile Eye & Health Camp",
            "Thar Care Trust",
            "Roshan Rahen Welfare Society",
        ),
        "CNIC",
        "Sehat Card No.",
        "LHW",
    ),
    "pg": _Region(
        "pg",
        "Papua New Guinea",
        "Eastern Highlands Province",
        (
            "Kila",
            "Mary",
            "John",
            "Kapi",
            "Wani",
            "Dorcas",
            "Lucy",
            "Peter",
            "Nelson",
            "Grace",
            "Kepas",
            "Josephine",
            "Rose",
            "Sandy",
            "Will",
            "Hosea",
            "Ruth",
            "Tau",
            "Bill",
            "Naomi",
        ),
        (
            "Kapi",
            "Wari",
            "Yalo",
            "Kuman",
            "Kaupa",
            "Namaliu",
            "Sipa",
            "Paraka",
            "Yandi",
            "Kombuk",
            "Aihi",
            "Gomia",
            "Morea",
            "Tau",
            "Kewa",
            "Pupu",
            "Ipatas",
            "Waiyu",
        ),
        (
            "Goroka",
            "Mount Hagen",
            "Wewak",
            "Kundiawa",
            "Mendi",
            "Alotau",
            "Daru",
            "Kerema",
            "Lae",
            "Wabag",
            "Kainantu",
            "Popondetta",
        ),
        ("Asaro", "Lufa", "Kerowagi", "Tari", "Kiunga", "Balimo", "Maprik", "Okapa", "Obura", "Henganofi"),
        (
            "Goroka Provincial Hospital",
            "Kundiawa General Hospital",
            "Daru General Hospital",
            "Kudjip Nazarene Hospital",
            "Okapa Health Centre",
            "Balimo District Hospital",
            "Lufa Rural Hospital",
        ),
        ("Port Moresby General Hospital", "Angau Memorial Provincial Hospital", "Mount Hagen Provincial Hospital"),
        (
            "Highlands Outreach Health Trust",
            "Sepik Patrol Clinic Inc.",
            "Western Province Health Boat",
            "Asaro Valley Mission Clinic",
        ),
        "NID",
        "Health book no.",
        "VHV",
    ),
    "us": _Region(
        "us",
        "USA",
        "Arizona",
        (
            "Darlene",
            "Leroy",
            "Wilbert",
            "Marlena",
            "Sage",
            "Dakota",
            "Winona",
            "Raven",
            "Hope",
            "Will",
            "Sandy",
            "Bill",
            "Mark",
            "Faith",
            "Loretta",
            "Delbert",
            "Shaylee",
            "Harrison",
            "Orlando",
            "Tsinajinnie",
        ),
        (
            "Begay",
            "Yazzie",
            "Tsosie",
            "Benally",
            "Nez",
            "Tso",
            "Etsitty",
            "Manygoats",
            "Two Bulls",
            "Yellowhorse",
            "Brown",
            "Young",
            "Little",
            "Bird",
            "Charley",
            "Attakai",
            "Hoskie",
            "Afraid of Bear",
            "Ortiz-Begay",
            "Iron Cloud",
            "de la Cruz",
            "Whitehat",
        ),
        (
            "Shiprock",
            "Chinle",
            "Gallup",
            "Kayenta",
            "Tuba City",
            "Crownpoint",
            "Pine Ridge",
            "Whiteriver",
            "Fort Yates",
            "Browning",
            "Sells",
            "Zuni",
        ),
        (
            "Rough Rock",
            "Many Farms",
            "Lukachukai",
            "Kyle",
            "Wanblee",
            "Cibecue",
            "Oglala",
            "Naschitti",
            "Dennehotso",
            "Pinon",
        ),
        (
            "Chinle Comprehensive Health Care Facility",
            "Gallup Indian Medical Center",
            "Northern Navajo Medical Center",
            "Pine Ridge IHS Hospital",
            "Whiteriver Indian Hospital",
            "Kayenta Health Center",
            "Pinon Health Center",
        ),
        (
            "University of New Mexico Comprehensive Cancer Center",
            "Banner MD Anderson Cancer Center",
            "Monument Health Cancer Care Institute",
            "Flagstaff Medical Center",
        ),
        ("Dine Care Partners", "Canyon Mobile Mammography", "Oglala Lakota Wellness Van", "Four Corners Outreach Fund"),
        "Tribal enrollment #",
        "AHCCCS/Medicaid ID",
        "CHR",
    ),
}

# Visiting staff and others: names from many places, some also ordinary words.
_WORLD_FIRSTS: Final = (
    "Chukwuemeka",
    "Oluwaseun",
    "Thandiwe",
    "Yohannes",
    "Nguyen Thi",
    "Siosaia",
    "Mele",
    "Oleksandr",
    "Katarzyna",
    "Yousef",
    "Aisha",
    "Priyanka",
    "Rahul",
    "Mai",
    "Jorge",
    "Lupe",
    "Tevita",
    "Bogdan",
    "Fatou",
    "Amadou",
    "Grace",
    "Young-ho",
    "Hope",
    "Rose",
    "Will",
    "Sandy",
)
_WORLD_LASTS: Final = (
    "Okonkwo",
    "Adeyemi",
    "Dlamini",
    "Tesfaye",
    "Tran",
    "Tupou",
    "Fifita",
    "Kovalenko",
    "Nowak",
    "Al-Amin",
    "Haddad",
    "Raghunathan",
    "Gupta",
    "Nakamura",
    "García-López",
    "van der Merwe",
    "O'Sullivan",
    "Brown",
    "Young",
    "Mark",
    "Faith",
    "Kaur",
    "Diallo",
    "Ndiaye",
)
_STAFF_LOCALES: Final = ("en_US", "en_GB", "en_AU", "en_IN", "en_NZ", "en_PH", "es_MX")


def _region_name(rng: random.Random, region: _Region) -> _Name:
    return _Name(rng.choice(region.firsts), rng.choice(region.lasts))


def _staff_name(rng: random.Random, region: _Region) -> _Name:
    roll = rng.random()
    if roll < 0.45:
        return _region_name(rng, region)
    if roll < 0.7:
        return _Name(rng.choice(_WORLD_FIRSTS), rng.choice(_WORLD_LASTS))
    fake = _faker(rng.choice(_STAFF_LOCALES))
    return _Name(fake.first_name(), fake.last_name())


def _en_phone(rng: random.Random, code: str) -> str:
    def d(n: int) -> str:
        return _digits(rng, n)

    if code == "ke":
        p = "7" + rng.choice("0129") + d(1)
        return rng.choice(
            (
                f"+254 {p} {d(3)} {d(3)}",
                f"0{p} {d(6)}",
                f"0{p}-{d(3)}-{d(3)}",
                f"254{p}{d(6)}",
                f"057 20{d(2)} {d(3)}",
                f"+254 (0)20 {d(3)} {d(4)}",
            )
        )
    if code == "ug":
        p = rng.choice(("772", "782", "701", "752", "776"))
        return rng.choice(
            (f"+256 {p} {d(6)}", f"0{p} {d(3)} {d(3)}", f"0{p}-{d(6)}", f"+256 471 {d(3)} {d(3)}", f"(0471) {d(6)}")
        )
    if code == "pk":
        p = rng.choice(("300", "301", "333", "345", "312", "321"))
        return rng.choice(
            (
                f"+92 {p} {d(7)}",
                f"0{p}-{d(7)}",
                f"0{p} {d(3)} {d(4)}",
                f"(066) {d(7)}",
                f"062-{d(7)}",
                f"+92-66-{d(7)} Ext. {d(3)}",
            )
        )
    if code == "pg":
        return rng.choice(
            (
                f"+675 7{d(3)} {d(4)}",
                f"7{d(3)} {d(4)}",
                f"(+675) 532 {d(4)}",
                f"532 {d(4)}",
                f"+675 542{d(4)}",
                f"7{d(7)}",
            )
        )
    area = rng.choice(("928", "505", "605", "406", "520"))
    return rng.choice(
        (
            f"({area}) {d(3)}-{d(4)}",
            f"{area}.{d(3)}.{d(4)}",
            f"{area}-{d(3)}-{d(4)} ext. {d(3)}",
            f"+1 {area} {d(3)} {d(4)}",
            f"1-{area}-{d(3)}-{d(4)}",
            f"{area}-{d(3)}-{d(4)} x{d(4)}",
        )
    )


def _en_address(rng: random.Random, code: str, town: str, village: str) -> str:
    n = rng.randint(1, 999)
    if code == "ke":
        return rng.choice(
            (
                f"P.O. Box {n}-40{rng.randint(1, 4)}00, {town}",
                f"Plot {n % 80}, {village} Estate, {town}",
                f"House {n % 60}, Off Oginga Odinga Road, {town}",
            )
        )
    if code == "ug":
        return rng.choice(
            (
                f"Plot {n % 90}, Awich Road, {town}",
                f"P.O. Box {n}, {town}",
                f"Plot {n % 40} Lira Road, {village} Cell, {town}",
            )
        )
    if code == "pk":
        return rng.choice(
            (
                f"House {n % 200}, Gali {n % 9 + 1}, Mohalla Islampura, {town}",
                f"{village}, P.O. Khan Garh, Tehsil & District {town}",
                f"Ward {n % 20 + 1}, Near Jamia Masjid, {town}",
            )
        )
    if code == "pg":
        return rng.choice(
            (
                f"Section {n % 40 + 1} Lot {n % 30 + 1}, {town}",
                f"PO Box {n}, {town}, EHP",
                f"Allotment {n % 60}, {village} Road, {town}",
            )
        )
    fake = _faker("en_US")
    return rng.choice(
        (
            f"HC {n % 90 + 10} Box {n}, {town}, AZ 86503",
            f"PO Box {n * 3}, {village}, SD 57752",
            f"{fake.building_number()} {fake.street_name()} {fake.street_suffix()}, {town}, NM 87{_digits(rng, 3)}",
        )
    )


def _en_ids(rng: random.Random, code: str) -> dict[str, str]:
    def d(n: int) -> str:
        return _digits(rng, n)

    year = rng.choice(("2023", "2024", "2025"))
    out: dict[str, str] = {}
    if code == "ke":
        out["nat_id"] = rng.choice((d(8), f"{d(2)} {d(3)} {d(3)}"))
        out["ins_no"] = rng.choice((d(8), f"CR{d(10)}"))
        out["mrn"] = rng.choice((f"HBCTRH/OP/{year}/{d(6)}", f"IP-{d(7)}", f"{d(6)}/{year[2:]}"))
        out["prog_no"] = f"{d(5)}-{d(5)}"  # CCC number
        out["tb_no"] = f"HB/{_letters(rng, 3)}/{d(4)}/{year}"
    elif code == "ug":
        out["nat_id"] = f"C{rng.choice('MF')}{d(5)}{d(5)}{_letters(rng, 3)}"
        out["ins_no"] = f"UCI-{year}-{d(5)}"
        out["mrn"] = rng.choice((f"GRRH-{d(6)}", f"LAC/{year}/{d(5)}", f"OPD {d(5)}/{year[2:]}"))
        out["prog_no"] = rng.choice((f"ART/{d(4)}/{year[2:]}", f"{d(4)}/19"))
        out["tb_no"] = f"DTU-{_letters(rng, 2)}-{d(3)}/{year}"
    elif code == "pk":
        out["nat_id"] = f"{d(5)}-{d(7)}-{d(1)}"
        out["ins_no"] = f"SSP{d(9)}"
        out["mrn"] = rng.choice((f"MR# {year}-{d(6)}", f"{d(2)}-{d(5)}-{year[2:]}", f"DHQ/MZG/{d(5)}"))
        out["prog_no"] = f"DM-{_letters(rng, 3)}-{d(4)}"
        out["tb_no"] = f"MZG/{year}/{d(4)}"
    elif code == "pg":
        out["nat_id"] = d(10)
        out["ins_no"] = f"HB-{d(6)}"
        out["mrn"] = rng.choice((f"GPH-{year[2:]}-{d(5)}", f"UR {d(6)}", f"KGH{d(6)}"))
        out["prog_no"] = f"ART-EHP-{d(4)}"
        out["tb_no"] = f"EHP/TB/{d(3)}/{year[2:]}"
    else:
        out["nat_id"] = rng.choice((f"NN{d(6)}", f"OST-{d(5)}", f"{d(3)}-{d(5)}"))
        out["ins_no"] = rng.choice((f"A{d(8)}", f"{d(11)}", f"MCD {d(4)} {d(4)}"))
        out["mrn"] = rng.choice((f"0{d(5)}", d(6), f"CH-{d(6)}"))
        out["prog_no"] = f"PRC-{year}-{d(5)}"
        out["tb_no"] = f"LTBI-{d(4)}"
    return out


def _en_values(rng: random.Random, region: _Region) -> tuple[dict[str, str], tuple[KnownIdentifier, ...]]:
    code = region.code
    v: dict[str, str] = {}
    visit = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(900))
    age = _age(rng)
    birth = visit.replace(year=visit.year - age, day=min(visit.day, 28)) - dt.timedelta(days=rng.randrange(1, 300))
    style = rng.randrange(8)

    def date(days: int) -> str:
        return _en_date(rng, visit + dt.timedelta(days=days), style)

    pt = _region_name(rng, region)
    v["pt_first"], v["pt_last"], v["pt_full"] = pt.first, pt.last, pt.full
    v["pt_caps"] = f"{pt.last.upper()}, {pt.first}"
    v["pt_upper"] = pt.full.upper()
    v["pt_init"] = f"{pt.first[0]}. {pt.last}"
    v["pt_initials"] = f"{pt.first[0]}{pt.last[0]}"
    v["pt_lower"] = pt.full.lower()
    v["pt_typo"] = _typo(rng, pt.last)
    v["pt_first_typo"] = _typo(rng, pt.first)
    v["pt_lastfirst"] = f"{pt.last}, {pt.first}"
    v["pt_surfirst"] = f"{pt.last} {pt.first}"
    v["pt_typofull"] = f"{_typo(rng, pt.first)} {pt.last}"
    v["pt_nick"] = rng.choice(
        ("Sonny", "Bee", "Junior", "Tootie", "Shorty", "Dee", "Skip", "Bunny", "Chief", "Sissy", f"{pt.first[:3]}")
    )
    kin = _Name(rng.choice(region.firsts), pt.last if rng.random() < 0.6 else rng.choice(region.lasts))
    v["kin_full"], v["kin_first"], v["kin_last"] = kin.full, kin.first, kin.last
    kin2 = _region_name(rng, region)
    v["kin2_full"], v["kin2_first"] = kin2.full, kin2.first
    v["kin_rel"] = rng.choice(
        ("wife", "husband", "daughter", "son", "sister", "brother", "mother", "grandson", "niece")
    )
    v["kin2_rel"] = rng.choice(("neighbour", "cousin", "aunt", "in-law", "grandmother", "uncle"))
    for key in (
        "doc",
        "doc2",
        "onc",
        "nurse",
        "nurse2",
        "chw",
        "pharm",
        "rad",
        "phys",
        "coord",
        "path",
        "clerk",
        "driver",
        "sw",
    ):
        n = _staff_name(rng, region)
        v[f"{key}_full"], v[f"{key}_first"], v[f"{key}_last"] = n.full, n.first, n.last
        v[f"{key}_init"] = f"{n.first[0]}. {n.last}"
        v[f"{key}_lower"] = n.first.lower()
        v[f"{key}_caps"] = n.last.upper()
        v[f"{key}_initials"] = f"{n.first[0]}{n.last[0]}"
        v[f"{key}_lowerfull"] = n.full.lower()
        v[f"{key}_mixed"] = f"{n.first.lower()} {n.last.upper()}"
    v["chw_title"] = region.chw_title
    v["nat_label"], v["ins_label"] = region.nat_label, region.ins_label
    v["country"], v["state"] = region.country, region.state
    v["town"], v["town2"], v["ref_town"] = rng.sample(region.towns, 3)
    v["village"], v["village2"] = rng.sample(region.villages, 2)
    v["fac"], v["fac2"] = rng.sample(region.facilities, 2)
    v["ref_fac"] = rng.choice(region.referrals)
    v["ngo"] = rng.choice(region.ngos)
    v["lab_org"] = rng.choice(
        (
            "Lancet Laboratories",
            "PathCare",
            "Chughtai Lab",
            "Sonic Reference Lab",
            "AMPATH Reference Lab",
            "Quest Diagnostics",
            "Central Public Health Laboratories",
        )
    )
    v["pt_addr"] = _en_address(rng, code, v["town"], v["village"])
    ids = _en_ids(rng, code)
    v.update(ids)

    def d(n: int) -> str:
        return _digits(rng, n)

    v["case_no"] = rng.choice((f"TB-{d(5)}", f"CASE {d(6)}", f"C{d(4)}-{_letters(rng, 2)}"))
    v["claim_no"] = rng.choice((f"CLM-{d(8)}", f"{d(4)}-{d(4)}-{d(3)}", f"PA{d(9)}"))
    v["order_no"] = rng.choice((f"ORD{d(7)}", f"RX-{d(6)}", f"{d(8)}"))
    v["ref_no"] = rng.choice((f"REF/{d(4)}/{visit.year}", f"TM-{d(6)}", f"eRef {d(5)}{_letters(rng, 1)}"))
    v["spec_no"] = rng.choice((f"S{visit:%y}-{d(5)}", f"HP-{d(6)}", f"BX{d(7)}"))
    v["acc_no"] = rng.choice((f"ACC{d(8)}", f"{visit:%y}{_letters(rng, 1)}{d(6)}", f"A-{d(3)}-{d(4)}"))
    v["reg_no"] = rng.choice((f"CR-{visit.year}-{d(5)}", f"{region.code.upper()}{d(7)}", f"REG/{d(6)}"))
    v["plan_no"] = rng.choice((f"RTP-{d(4)}", f"Plan {d(5)}-{_letters(rng, 1)}", f"P{d(6)}"))
    v["serial"] = rng.choice(
        (f"{d(3)}{_letters(rng, 2)}{d(4)}", f"GX-{d(6)}", f"{_letters(rng, 3)}{d(8)}", f"ACM{d(6)}")
    )
    v["serial2"] = rng.choice((f"SN-{d(8)}", f"RP{d(5)}-{_letters(rng, 2)}", f"{d(4)}-{d(4)}-{d(2)}"))
    v["lic_no"] = {
        "ke": rng.choice((f"A{d(4)}", f"KMPDC/{d(5)}", f"NCK-{d(6)}")),
        "ug": rng.choice((f"UMDPC {d(4)}", f"MBBS/UMDPC/{d(4)}")),
        "pk": rng.choice((f"{d(5)}-P", f"{d(6)}-S", f"PMDC {d(5)}")),
        "pg": rng.choice((f"PNGMB {d(4)}", f"MBC/{d(3)}")),
        "us": rng.choice((f"NM{d(6)}", f"RN-{d(7)}", f"AZ {d(5)}")),
    }[code]
    v["badge_no"] = rng.choice((f"{d(4)}", f"EMP-{d(5)}", f"#{d(3)}"))
    v["npi"] = "1" + d(9)
    v["pt_phone"] = _en_phone(rng, code)
    v["kin_phone"] = _en_phone(rng, code)
    v["fac_phone"] = _en_phone(rng, code)
    v["fax"] = _en_phone(rng, code)
    v["chw_phone"] = _en_phone(rng, code)
    v["ref_phone"] = _en_phone(rng, "us" if code == "us" else rng.choice((code, code, "ke", "pk")))
    dom = rng.choice(
        {
            "ke": ("health.go.ke", "hbctrh.go.ke", "lwala.org"),
            "ug": ("gulurrh.go.ug", "lacorhospital.org", "uci.or.ug"),
            "pk": ("dhqmzg.gov.pk", "sukhsehat.org.pk", "gmail.com"),
            "pg": ("gph.gov.pg", "ehppha.gov.pg", "yahoo.com.au"),
            "us": ("ihs.gov", "navajo-nsn.gov", "gmail.com"),
        }[code]
    )
    v["doc_email"] = (
        f"{v['doc_first'].lower().replace(' ', '')}.{v['doc_last'].lower().replace(' ', '').replace(chr(39), '')}@{dom}"
    )
    v["coord_email"] = (
        f"{v['coord_first'][0].lower()}{v['coord_last'].lower().replace(' ', '').replace(chr(39), '')}{d(2)}@{dom}"
    )
    pt_email = f"{pt.first.lower().replace(' ', '')}{pt.last.lower().replace(' ', '')[:5]}{d(2)}@{rng.choice(('gmail.com', 'yahoo.com', 'outlook.com'))}"
    v["pt_email"] = pt_email
    v["tele_url"] = rng.choice(
        (
            f"https://telehealth.{dom}/session/{d(6)}",
            f"https://meet.echo-{code}.org/j/{d(10)}",
            f"https://portal.{dom}/referrals?id={d(7)}",
        )
    )
    v["portal_url"] = rng.choice(
        (
            f"www.{dom}/chemo-unit",
            f"https://{dom}/registry/case/{d(5)}",
            f"http://10.{d(1)}.1.{d(2)}/openmrs/patient/{d(5)}",
        )
    )
    v["dob"] = _en_date(rng, birth, style)
    v["dob_iso"] = f"{birth:%Y-%m-%d}"
    v["d_visit"], v["d_next"], v["d_prev"] = date(0), date(rng.randint(14, 42)), date(-rng.randint(14, 60))
    v["d_dx"], v["d_start"], v["d_end"] = (
        date(-rng.randint(90, 400)),
        date(-rng.randint(20, 80)),
        date(rng.randint(30, 120)),
    )
    v["d_spec"], v["d_mdt"], v["d_c2"] = date(-rng.randint(3, 20)), date(rng.randint(1, 9)), date(21)
    v["d_visit_iso"] = f"{visit:%Y-%m-%d}"
    v["d_dx_iso"] = f"{visit - dt.timedelta(days=rng.randint(90, 400)):%Y-%m-%d}"
    v["d_prev_iso"] = f"{visit - dt.timedelta(days=rng.randint(5, 60)):%Y-%m-%d}"
    v["d_short"] = f"{visit.day}/{visit.month}"
    v["d_month"] = f"{_MONTHS[(visit.month - 4) % 12]} {visit.year if visit.month > 3 else visit.year - 1}"
    v["age"] = str(age)
    v["age_word"] = _en_words(age)
    old = rng.randint(88, 104)
    v["old_age"] = str(old)
    v["old_word"] = _en_words(old).capitalize()
    v["kin_age"] = str(rng.randint(8, 75))
    v["sex"] = rng.choice(("M", "F"))
    v["hba1c"] = f"{rng.uniform(6.1, 13.5):.1f}"
    v["sbp"], v["dbp"] = str(rng.randint(112, 196)), str(rng.randint(68, 118))
    v["weight"] = f"{rng.uniform(38, 102):.1f}"
    v["cd4"], v["vl"] = str(rng.randint(40, 980)), rng.choice(("<50", "LDL", str(rng.randint(60, 250000))))
    v["regimen"] = rng.choice(
        ("AC-T", "CAPOX", "paclitaxel/carboplatin", "FOLFOX", "CHOP", "cisplatin weekly", "gemcitabine")
    )
    v["cycle"] = str(rng.randint(1, 6))
    v["site"] = rng.choice(
        (
            "cervix",
            "breast (left)",
            "oesophagus",
            "Kaposi sarcoma",
            "nasopharynx",
            "prostate",
            "liver",
            "Burkitt lymphoma",
        )
    )
    v["stage"] = rng.choice(("IIB", "IIIA", "IIIB", "IV", "T3N1M0", "T2N0M0"))
    v["art_reg"] = rng.choice(("TDF/3TC/DTG", "AZT/3TC/NVP", "ABC/3TC/DTG", "TLD"))
    v["dose_gy"] = rng.choice(("50 Gy / 25 fr", "45 Gy in 25#", "30 Gy/10 fractions", "8 Gy single"))
    v["hour"] = f"{rng.randint(7, 17):02d}:{rng.choice(('00', '15', '30', '45'))}"
    v["phase"] = rng.choice(("intensive", "continuation"))
    v["weekday"] = rng.choice(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"))
    known = (
        KnownIdentifier("PERSON", pt.full),
        KnownIdentifier("PERSON", pt.first),
        KnownIdentifier("PERSON", pt.last),
        KnownIdentifier("ID", ids["mrn"]),
        KnownIdentifier("ID", ids["nat_id"]),
        KnownIdentifier("PHONE", v["pt_phone"]),
        KnownIdentifier("ADDRESS", v["pt_addr"]),
        KnownIdentifier("DATE", v["dob_iso"]),
        KnownIdentifier("EMAIL", pt_email),
    )
    return v, known


EN_BLIND22_TEMPLATES: Final[dict[str, str]] = {
    "ke_chemo_day_unit": """<<ORG:fac>> — CHEMOTHERAPY DAY UNIT
Daily treatment sheet                                   Date: <<DATE:d_visit>>

Patient: <<PERSON:pt_caps>>    IP/OP No: <<ID:mrn>>    {ins_label} <<ID:ins_no>>
DOB <<DATE:dob>> (<<AGE:age>> yrs)  Sex {sex}   From: <<LOCATION:village>>, <<LOCATION:town>>
Dx: Ca {site}, stage {stage}. Regimen {regimen}, cycle {cycle} of 6.

Pre-chemo: Wt {weight} kg, BP {sbp}/{dbp}. FBC ok per <<ORG:lab_org>> (accession <<ID:acc_no>>).
Drugs reconstituted in BSC by <<PERSON:pharm_full>> (pharm tech), checked by Sr. <<PERSON:nurse_last>>.
Infusion started {hour}. Pump serial <<ID:serial>>.
Tolerated well. Escort: <<PERSON:kin_first>> ({kin_rel}) tel <<PHONE:kin_phone>>.
Next cycle <<DATE:d_c2>> — bring NHIF card. Fare support from <<ORG:ngo>> arranged by <<PERSON:sw_first>> (social work).

Nurse: <<PERSON:nurse_full>>, RN        MO: Dr <<PERSON:doc_init>>""",
    "ke_tb_dots_card": """REPUBLIC OF KENYA — NTLD-P  TB TREATMENT CARD (DOTS)
Facility: <<ORG:fac>>   Sub-county TB reg. no: <<ID:tb_no>>
Name: <<PERSON:pt_full>>   Age: <<AGE:age>>   Sex: {sex}
{nat_label}: <<ID:nat_id>>   Mobile: <<PHONE:pt_phone>>
Physical address / landmark: <<ADDRESS:pt_addr>>
Treatment supporter: <<PERSON:kin_full>> ({kin_rel}) — <<PHONE:kin_phone>>
Date treatment started: <<DATE:d_start>>   Phase: {phase}
GeneXpert: MTB detected, RIF not detected. Specimen <<ID:spec_no>> collected <<DATE:d_spec>>.

| Date | Dose observed by | Remarks |
| <<DATE:d_prev>> | <<PERSON:chw_lower>> ({chw_title}) | took 4FDC, no vomiting |
| <<DATE:d_visit>> | <<PERSON:nurse_init>> | wt {weight} kg |
Missed doses: none.   Next appointment: <<DATE:d_next>>
TB coordinator: <<PERSON:coord_full>>  <<PHONE:fac_phone>>""",
    "ke_chp_home_visit_log": """chp household visit log - <<LOCATION:village>> community unit
chp: <<PERSON:chw_mixed>>  phone <<PHONE:chw_phone>>
date <<DATE:d_visit>> time {hour}

hh 1: mama <<PERSON:pt_first>> (<<PERSON:pt_typo>>) - on HTN meds, bp {sbp}/{dbp}, says she ran out of amlodipine last week. referred to <<ORG:fac>>. her {kin_rel} <<PERSON:kin_first>> was home.
hh 2: old mzee <<PERSON:kin2_full>>, <<AGE:old_age>> yrs, bedridden, son hopes the palliative team can come.
hh 3: nobody home.
sent sms to cha <<PERSON:coord_first>> about mama <<PERSON:pt_first>>'s bp.
referral form no <<ID:ref_no>>""",
    "ke_hiv_ccc_visit": """<<ORG:fac>> Comprehensive Care Clinic
CCC No.: <<ID:prog_no>>   File: <<ID:mrn>>
Client: <<PERSON:pt_full>>, <<AGE:age>>{sex}, DOB <<DATE:dob>>
Visit <<DATE:d_visit>> (appt was <<DATE:d_prev>> — came late, fare problems from <<LOCATION:village>>)

On {art_reg} since <<DATE:d_dx>>. Last VL {vl} copies/ml, CD4 {cd4}.
Adherence counselling by <<PERSON:sw_full>>. Disclosed to partner <<PERSON:kin_first>>.
Cervical screen VIA: negative. Next VL due <<DATE:d_end>>.
Refill 3 months (DSD). TCA <<DATE:d_next>>.
Clinician: <<PERSON:doc_full>>  Lic. <<ID:lic_no>>
Client phone <<PHONE:pt_phone>> (may switch off — alt <<PHONE:kin_phone>>)""",
    "ke_via_outreach_camp": """MOBILE CERVICAL & BREAST SCREENING — <<ORG:ngo>>
Site: <<LOCATION:village>> Catholic church grounds, near <<LOCATION:town>>  Date: <<DATE:d_visit>>
Team lead: <<PERSON:nurse_full>>   Driver: <<PERSON:driver_first>>

#,Name,Age,Phone,VIA,CBE,Action
1,<<PERSON:pt_upper>>,<<AGE:age>>,<<PHONE:pt_phone>>,POS,normal,thermo-coag same day
2,<<PERSON:kin2_full>>,<<AGE:kin_age>>,<<PHONE:kin_phone>>,neg,normal,-
3,<<PERSON:kin_full>>,<<AGE:old_age>>,-,not done,lump R breast,refer <<ORG:ref_fac>>

Referral letter <<ID:ref_no>> given to no. 3. Photos uploaded to <<URL:portal_url>>.
Queries: <<EMAIL:coord_email>>""",
    "ug_art_clinic_visit": """<<ORG:fac>> — ART CLINIC
ART No <<ID:prog_no>>   NIN <<ID:nat_id>>
<<PERSON:pt_lastfirst>>   {sex}/<<AGE:age>>   Parish: <<LOCATION:village>>, <<LOCATION:town>> district
Date: <<DATE:d_visit>>

S: feels well, some numbness both feet. Missed 2 doses when she went to bury her aunt in <<LOCATION:town2>>.
O: wt {weight}kg, BP {sbp}/{dbp}. TB screen negative.
A: HIV on {art_reg}, VL {vl} (<<DATE:d_prev>>). Possible INH neuropathy.
P: pyridoxine, continue ART. Enrolled in community drug distribution point with <<PERSON:chw_full>> ({chw_title}).
RV <<DATE:d_next>>.
Seen: <<PERSON:doc_last>> (MO) / counsellor <<PERSON:sw_first>>
Contact: <<PHONE:pt_phone>>""",
    "ug_tumour_board_minutes": """MINUTES — REGIONAL TUMOUR BOARD (<<ORG:fac>> with <<ORG:ref_fac>> by video)
Date: <<DATE:d_mdt>>   Chair: Dr <<PERSON:onc_full>>
Present: <<PERSON:doc_full>> (surgery), <<PERSON:path_init>> (pathology), <<PERSON:rad_full>> (rad onc), Sr <<PERSON:nurse_first>> (palliative), <<PERSON:coord_full>> (coordinator, minutes)
Apologies: Dr <<PERSON:doc2_last>>

Case 1: <<PERSON:pt_full>>, <<AGE:age>>y, from <<LOCATION:village>>. Hosp no. <<ID:mrn>>.
Histology <<ID:spec_no>>: squamous cell carcinoma {site}, stage {stage}.
Discussion: <<PERSON:rad_last>> says the bunker in <<LOCATION:ref_town>> has a 6-week wait. <<PERSON:onc_last>> suggests neoadjuvant {regimen} locally meanwhile.
Outcome: refer for chemoradiation, <<PERSON:coord_first>> to book transport; family (<<PERSON:kin_full>>, <<PHONE:kin_phone>>) informed.
Case 2: deferred — slides not back from <<ORG:lab_org>>.
Next meeting <<DATE:d_next>>, link <<URL:tele_url>>""",
    "ug_cancer_registry_abstract": """POPULATION-BASED CANCER REGISTRY — CASE ABSTRACT
Registry ID: <<ID:reg_no>>        Abstractor: <<PERSON:clerk_init>>
Surname: <<PERSON:pt_caps>>
Other names: <<PERSON:kin2_first>> (alias used at <<ORG:fac2>>)
Sex {sex}   Date of birth <<DATE:dob>>   Age at dx <<AGE:age>>
Usual residence: <<LOCATION:village>> village, <<LOCATION:town>>
Date of incidence: <<DATE:d_dx>>   Basis: histology (lab no. <<ID:spec_no>>)
Topography: {site}    Stage: {stage}
Source(s): <<ORG:fac>> ward register; <<ORG:ref_fac>> RT records (pt no. <<ID:case_no>>)
Vital status last contact <<DATE:d_prev>>: alive. Informant: <<PERSON:kin_first>>, tel. <<PHONE:kin_phone>>""",
    "ug_vht_referral_sms": """SMS from <<PHONE:chw_phone>> received {hour}:
"gud eve dr <<PERSON:doc_lower>>. its <<PERSON:chw_first>> vht <<LOCATION:village>>. mzee <<PERSON:pt_last>> on tb drugs coughing blood since morning, age <<AGE:old_age>>. son <<PERSON:kin_first>> can bring him on boda to <<ORG:fac>>. ok?"

Reply sent by <<PERSON:nurse_full>>: yes bring now, ask for duty clinician. TB no <<ID:tb_no>>.
Logged in referral book p.{cycle}, ref <<ID:ref_no>>, <<DATE:d_visit>>.""",
    "ug_radiotherapy_plan": """<<ORG:ref_fac>> — RADIOTHERAPY PRESCRIPTION & PLAN
Patient <<PERSON:pt_full>>   RT No <<ID:ins_no>>   DOB <<DATE:dob>>
Referring hospital: <<ORG:fac>>, <<LOCATION:town>>
Plan ID <<ID:plan_no>>   Machine: Co-60 unit S/N <<ID:serial>>
Site: {site}   Intent: radical   Dose: {dose_gy}
Sim date <<DATE:d_spec>>; start <<DATE:d_visit>>; expected end <<DATE:d_end>>
Prescribing RO: <<PERSON:rad_full>>   Planner/physicist: <<PERSON:phys_full>> (checked <<PERSON:phys_initials>>)
Lodging at hostel arranged; attendant <<PERSON:kin_full>> <<PHONE:kin_phone>>""",
    "pk_lhw_diabetes_register": """LHW Programme — Diabetes / Hypertension register (extract)
LHW: <<PERSON:chw_full>>  (LHW code <<ID:badge_no>>)   LHS: <<PERSON:coord_full>>
Village: <<LOCATION:village>>, Tehsil <<LOCATION:town>>      Month: <<DATE:d_month>>

S#|Name|Husband/Father|CNIC|Age|BP|RBS|Remarks
1|<<PERSON:pt_full>>|<<PERSON:kin_full>>|<<ID:nat_id>>|<<AGE:age>>|{sbp}/{dbp}|{hba1c}|ref to <<ORG:fac>> <<DATE:d_visit>>
2|<<PERSON:kin2_full>>|-|-|<<AGE:old_age>>|150/90|-|bed-bound, visit at home
3|<<PERSON:nurse2_full>>|<<PERSON:doc2_full>>|-|<<AGE:kin_age>>|120/80|7.1|ok

Mobile of LHW: <<PHONE:chw_phone>>""",
    "pk_htn_screening_camp": """FREE MEDICAL CAMP — <<ORG:ngo>>
Venue: Govt Girls Primary School, <<LOCATION:village>>, District <<LOCATION:town>>
Date <<DATE:d_visit>>   Doctors on duty: Dr <<PERSON:doc_full>>, Dr <<PERSON:doc2_full>>

Pt: <<PERSON:pt_first>> w/o <<PERSON:kin_full>>, <<AGE:age>> yrs, CNIC <<ID:nat_id>>
BP {sbp}/{dbp}, known DM, on metformin. Foot exam: callus L heel.
Advice: follow at <<ORG:fac>> NCD corner; contact LHW <<PERSON:chw_first>> <<PHONE:chw_phone>>.
Camp contact: <<PHONE:fac_phone>>  |  <<EMAIL:coord_email>>  |  <<URL:portal_url>>""",
    "pk_oncology_referral_letter": """<<ORG:fac>>
Department of Medicine          Ph <<PHONE:fac_phone>>   Fax <<PHONE:fax>>

Ref No: <<ID:ref_no>>                                     Dated: <<DATE:d_visit>>

To: The Consultant Oncologist, <<ORG:ref_fac>>

Respected Sir/Madam,
Kindly see <<PERSON:pt_full>> s/o <<PERSON:kin_full>>, aged <<AGE:age>> years, MR# <<ID:mrn>>, resident of <<ADDRESS:pt_addr>>.
He presented with dysphagia for 4 months. Endoscopy on <<DATE:d_spec>> showed a fungating mass; biopsy (<<ID:spec_no>>) reported as SCC {site} by Dr <<PERSON:path_last>>.
Sehat card <<ID:ins_no>>. Attendant mobile <<PHONE:kin_phone>>.

Regards,
Dr. <<PERSON:doc_full>>, FCPS
Reg. <<ID:lic_no>>""",
    "pk_telemedicine_consult": """Tele-consult note (<<ORG:ngo>> e-clinic, <<LOCATION:village>> hub)
Session link: <<URL:tele_url>>
Date/time: <<DATE:d_visit>> {hour} PKT
Remote doctor: <<PERSON:doc_full>> (<<EMAIL:doc_email>>)
Nurse at hub: <<PERSON:nurse_first>> — connectivity poor, audio only after 10 min.
Patient: <<PERSON:pt_full>>, <<AGE:age>>/{sex}, token <<ID:order_no>>
HbA1c {hba1c}%, BP {sbp}/{dbp}. On glibenclamide, wants insulin but no fridge at home.
Plan: switch to gliclazide MR, refer to <<ORG:fac>> diabetic clinic on <<DATE:d_next>>.
Follow up call to <<PHONE:pt_phone>>.""",
    "pk_dictation_chemo": """[voice dictation — unedited]
this is doctor <<PERSON:onc_lowerfull>> dictating on the <<DATE:d_visit>> for patient <<PERSON:pt_typofull>> comma MR number <<ID:mrn>> full stop she is here for cycle {cycle} of {regimen} for carcinoma {site} new line tolerated the last cycle apart from grade two mucositis full stop husband <<PERSON:kin_first>> um <<PERSON:kin_last>> accompanying comma they travelled from <<LOCATION:town>> by bus overnight full stop plan proceed comma review with counts comma next date <<DATE:d_c2>> full stop copy to Dr <<PERSON:doc_last>> at <<ORG:fac>> end of dictation
transcribed by <<PERSON:clerk_full>> {hour}""",
    "pg_aid_post_radio_referral": """RADIO / PHONE REFERRAL LOG — <<ORG:fac>>
Time {hour}, date <<DATE:d_visit>>. Caller: CHW <<PERSON:chw_full>> at <<LOCATION:village>> aid post, on <<PHONE:chw_phone>> (mobile).
Pt: <<PERSON:pt_full>>, {sex}, approx <<AGE:age>> years, from <<LOCATION:village2>>.
Hx: breast lump x 8 months, now ulcerated, bleeding. Husband <<PERSON:kin_first>> wants to walk her to <<LOCATION:town>>, 2 days.
Advice given by Dr <<PERSON:doc_full>>: dress wound, come to OPD; will arrange PMV fare via <<ORG:ngo>>.
Ref no <<ID:ref_no>>. Callback: <<PHONE:fac_phone>>""",
    "pg_tb_treatment_card": """NATIONAL TB PROGRAM — PATIENT TREATMENT CARD
Health facility: <<ORG:fac>>    District TB No: <<ID:tb_no>>
Name: <<PERSON:pt_upper>>    {nat_label}: <<ID:nat_id>>
Village / settlement: <<LOCATION:village>>     Clan leader: <<PERSON:kin2_full>>
Contact: <<PHONE:pt_phone>>   Treatment supporter (VHV): <<PERSON:chw_first>>
Start date <<DATE:d_start>>; Xpert <<ID:spec_no>> on <<DATE:d_spec>>
Month 2 sputum: neg. Weight {weight}.
DOT by <<PERSON:chw_full>> at market house; supervisor <<PERSON:coord_init>>.
Household contacts screened: <<PERSON:kin_full>> (<<AGE:kin_age>>y), <<PERSON:kin2_first>>.
Next review <<DATE:d_next>>.""",
    "pg_ngo_patrol_clinic": """<<ORG:ngo>> — Patrol Report, <<LOCATION:village>> & <<LOCATION:village2>>
Dates: <<DATE:d_prev>> to <<DATE:d_visit>>
Team: <<PERSON:nurse_full>> (HEO), <<PERSON:nurse2_full>> (CHW), <<PERSON:driver_full>> (boat driver)

Seen 112 people. Notables:
- <<PERSON:pt_full>>, <<AGE:age>>, HTN {sbp}/{dbp}, given 3 months amlodipine. Lives with grandson <<PERSON:kin_first>>.
- Old man <<PERSON:kin2_full>> said to be <<AGE:old_age>>; cataracts, no acute issue.
- Suspected oral cancer, woman ~50, betel nut chewer — referred <<ORG:fac>>, referral <<ID:ref_no>>.
Solar fridge serial <<ID:serial2>> failed again; report to <<EMAIL:coord_email>>.
Sat phone: <<PHONE:fac_phone>>""",
    "pg_diabetes_followup_email": """From: <<PERSON:doc_full>> <<<EMAIL:doc_email>>>
To: <<PERSON:coord_full>> <<<EMAIL:coord_email>>>
Date: <<DATE:d_visit>>
Subject: diabetic foot - <<PERSON:pt_init>> (UR <<ID:mrn>>)

Hi <<PERSON:coord_first>>,
<<PERSON:pt_first>> came down from <<LOCATION:village>> again with the L foot ulcer. Glucose 18. <<PERSON:pt_last>> says the health centre at <<LOCATION:town2>> has had no metformin since <<DATE:d_prev>>.
Could you ask <<ORG:fac2>> to keep him a supply? His wife <<PERSON:kin_first>> is on <<PHONE:kin_phone>>.
Cheers, <<PERSON:doc_first>>
--
<<ORG:fac>> | Ph <<PHONE:fac_phone>>""",
    "us_ihs_diabetes_register": """<<ORG:fac>> — Diabetes Registry Audit (SDPI)  run <<DATE:d_visit>>
HRN,Name,DOB,Chapter/Community,Last A1c,Last eye exam,PCP
<<ID:mrn>>,"<<PERSON:pt_lastfirst>>",<<DATE:dob_iso>>,<<LOCATION:village>>,{hba1c},<<DATE:d_prev>>,<<PERSON:doc_last>>
<<ID:case_no>>,"<<PERSON:kin2_full>>",,<<LOCATION:village2>>,9.9,none,<<PERSON:doc2_last>>
Notes: pt <<PERSON:pt_initials>> overdue for foot exam; CHR <<PERSON:chw_full>> to visit.
Registry coordinator <<PERSON:coord_full>>, <<PHONE:fac_phone>>""",
    "us_ihs_chemo_infusion": """INFUSION CENTER NURSING NOTE — <<ORG:fac>>
Pt: <<PERSON:pt_full>>   HRN <<ID:mrn>>   DOB <<DATE:dob>>   {nat_label} <<ID:nat_id>>
Date <<DATE:d_visit>>   Chair 3
{regimen} C{cycle}D1 per <<ORG:ref_fac>> protocol (order <<ID:order_no>>, ordering MD <<PERSON:onc_full>>, NPI <<ID:npi>>).
Port accessed, + blood return. Premeds given.
Pt's sister <<PERSON:kin_first>> drove from <<LOCATION:village>> (2.5 hrs). Requests PRC travel reimbursement — claim <<ID:claim_no>>.
Completed without reaction. D/c home {hour}.
<<PERSON:nurse_full>>, RN, OCN""",
    "us_ihs_telehealth_referral": """PURCHASED/REFERRED CARE — TELEHEALTH ONCOLOGY REFERRAL
Referral #: <<ID:prog_no>>     Priority: routine     Date: <<DATE:d_visit>>
Patient: <<PERSON:pt_full>> (<<PERSON:pt_nick>>)   HRN: <<ID:mrn>>   {ins_label}: <<ID:ins_no>>
Address: <<ADDRESS:pt_addr>>   Phone: <<PHONE:pt_phone>>
Referring provider: <<PERSON:doc_full>>, MD, <<ORG:fac>> (fax <<PHONE:fax>>)
Consultant: <<PERSON:onc_full>>, <<ORG:ref_fac>>
Reason: new PSA 38, bone pain. Biopsy acc <<ID:acc_no>>.
Video visit: <<URL:tele_url>>   Backup phone <<PHONE:ref_phone>>
Interpreter requested (Diné); grandson <<PERSON:kin_first>> will assist.""",
    "us_ihs_chr_home_visit": """CHR HOME VISIT — <<LOCATION:village>>
CHR: <<PERSON:chw_full>>      Vehicle log <<ID:serial2>>
Date: <<DATE:d_visit>>  ({weekday})
Client <<PERSON:pt_surfirst>> (elder, age <<AGE:old_age>>) — lives alone, hauls water. Daughter <<PERSON:kin_full>> in <<LOCATION:town2>>, <<PHONE:kin_phone>>.
BP {sbp}/{dbp}, glucometer (SN <<ID:serial>>) reading 212.
Delivered meds from <<ORG:fac>> pharmacy (Rx <<ID:order_no>>).
Concerns: wood stove smoke; told PHN <<PERSON:nurse_first>>.""",
    "us_ihs_tumor_board": """<<ORG:fac>> / <<ORG:ref_fac>> VIRTUAL TUMOR BOARD
<<DATE:d_mdt>>  {hour} MST   Join: <<URL:tele_url>>
Attending: <<PERSON:onc_full>> MD; <<PERSON:rad_full>> MD; <<PERSON:path_full>> MD; <<PERSON:nurse_full>> RN (navigator); <<PERSON:sw_full>> LCSW

1. <<PERSON:pt_init>>, <<AGE:age>> yo, HRN <<ID:mrn>> — cervical ca {stage}. Needs brachytherapy; family (<<PERSON:kin_full>>) concerned about 4 hr drive from <<LOCATION:village>>. Navigator to arrange lodging.
2. <<PERSON:kin2_full>>, <<AGE:old_word>> years old, new liver lesion. Comfort-focused care per pt wishes.
Recorder: <<PERSON:coord_init>>""",
    "us_ihs_pharmacy_message": """Secure message — <<ORG:fac>> Pharmacy Refill Line
From: <<PERSON:pharm_full>>, PharmD (ext at <<PHONE:fac_phone>>)
To: <<PERSON:doc_last>>, <<PERSON:doc_first>>
Sent <<DATE:d_visit>> {hour}

Re: <<PERSON:pt_full>> HRN <<ID:mrn>> — lisinopril/HCTZ refill. Pt's husband <<PERSON:kin_first>> called from <<PHONE:kin_phone>>; road to <<LOCATION:village>> washed out, requesting mail-out. Last BP {sbp}/{dbp} on <<DATE:d_prev>>.
OK to mail-out 90 days?
-<<PERSON:pharm_first>>""",
    "xx_mdt_email_thread": """----- Forwarded message -----
From: <<EMAIL:doc_email>>
Sent: <<DATE:d_visit>>
Subject: RE: RE: <<PERSON:pt_last>> - for MDT?

<<PERSON:onc_first>>, yes please list <<PERSON:pt_first>> for <<DATE:d_mdt>>. Path <<ID:spec_no>> now reported. She's staying with her cousin <<PERSON:kin2_full>> in <<LOCATION:town>> until then (<<PHONE:pt_phone>>).
<<PERSON:doc_first>>

> On <<DATE:d_prev>>, <<PERSON:onc_full>> wrote:
> Happy to discuss. Can <<PERSON:coord_first>> send the scans? Our fax is <<PHONE:fax>>.
--
<<PERSON:doc_full>> | <<ORG:fac>> | <<PHONE:fac_phone>>""",
    "xx_discharge_summary": """<<ORG:fac>>                                    Page 1 of 2
DISCHARGE SUMMARY — ONCOLOGY/MEDICAL WARD
Name <<PERSON:pt_caps>>  No. <<ID:mrn>>  DOB <<DATE:dob>>
Admitted <<DATE:d_prev>>   Discharged <<DATE:d_visit>>   Consultant <<PERSON:onc_init>>
Dx: {site} ca, stage {stage}, with neutropenic fever after {regimen}.
Course: IV ceftriaxone, G-CSF. Counts recovered. Seen by palliative nurse <<PERSON:nurse2_full>>.
Follow up: <<ORG:fac2>> in <<LOCATION:town2>> on <<DATE:d_next>>; local {chw_title} <<PERSON:chw_full>> informed.
Next of kin: <<PERSON:kin_full>> (<<PHONE:kin_phone>>)
Signed: <<PERSON:doc_full>>  (<<ID:badge_no>>)
<<ORG:fac>> | <<ADDRESS:pt_addr>> on file | printed <<DATE:d_visit>> {hour}    Page 2 of 2""",
    "xx_palliative_home_visit": """Palliative home visit — <<ORG:ngo>>
Patient: <<PERSON:pt_full>>, aged <<AGE:age>> (<<AGE:age_word>> per family), DOB <<DATE:dob>>
Home: <<ADDRESS:pt_addr>>
Visit <<DATE:d_visit>> by <<PERSON:nurse_full>> and volunteer <<PERSON:chw_first>>.
Dx {site} ca, not for further treatment. Pain 6/10 on oral morphine 5 mg 4-hourly.
Main carer daughter-in-law <<PERSON:kin_first>>; granddaughter <<PERSON:kin2_first>> gives the doses.
Morphine stock from <<ORG:fac>> (batch record <<ID:order_no>>).
Next visit <<DATE:d_next>>. Team phone <<PHONE:fac_phone>>""",
    "xx_registry_csv_export": """# export cancer_registry_{cycle}.csv  generated <<DATE:d_visit>> by <<PERSON:clerk_lower>>
reg_id,surname,given,sex,dob,place,facility,incidence,icd_o,phone
<<ID:reg_no>>,<<PERSON:pt_last>>,<<PERSON:pt_first>>,{sex},<<DATE:dob_iso>>,<<LOCATION:town>>,<<ORG:fac>>,<<DATE:d_dx_iso>>,C53.9,<<PHONE:pt_phone>>
<<ID:case_no>>,<<PERSON:kin2_full>>,,F,,<<LOCATION:village2>>,<<ORG:fac2>>,<<DATE:d_prev_iso>>,C50.4,
# duplicates flagged for <<PERSON:coord_full>>""",
    "xx_specimen_courier_log": """SPECIMEN TRANSPORT LOG — <<ORG:fac>> to <<ORG:lab_org>>
Rider: <<PERSON:driver_full>>  Motorbike reg/serial <<ID:serial2>>   Cool box tag <<ID:serial>>
Date dispatched <<DATE:d_spec>>   Received <<DATE:d_visit>>

Specimen no | Patient | Test | Sent by
<<ID:spec_no>> | <<PERSON:pt_init>> | histology (cervix bx) | <<PERSON:nurse_first>>
<<ID:acc_no>> | <<PERSON:kin2_full>> | viral load | <<PERSON:nurse2_init>>
Lab receipt signed by <<PERSON:path_full>>. Results to <<EMAIL:doc_email>> or call <<PHONE:ref_phone>>.""",
    "xx_clinic_letterhead_note": """<<ORG:fac2>>
<<PHONE:fac_phone>> · fax <<PHONE:fax>> · <<URL:portal_url>>
________________________________________________
NCD follow-up  <<DATE:d_visit>>

Mr <<PERSON:pt_last>> (<<PERSON:pt_full>>, <<AGE:age>> y) reviewed for HTN + T2DM. Walked from <<LOCATION:village>>; lives with <<PERSON:kin_first>>, his {kin_rel}.
BP {sbp}/{dbp}, HbA1c {hba1c}. Amlodipine 10 mg, metformin 1 g bd.
{ins_label} <<ID:ins_no>> — expired; <<PERSON:clerk_first>> at records to renew.
Review <<DATE:d_next>>.
<<PERSON:doc_caps>>""",
}


# ---------------------------------------------------------------------------------------------
# Chinese
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _ZhPlace:
    province: str
    city: str
    county: str
    towns: tuple[str, ...]
    area: str
    code: str


_ZH_PLACES: Final = (
    _ZhPlace("云南省", "昭通市", "镇雄县", ("以勒镇", "母享镇", "塘房镇"), "0870", "530627"),
    _ZhPlace("贵州省", "毕节市", "威宁县", ("迤那镇", "哲觉镇", "石门乡"), "0857", "520526"),
    _ZhPlace("甘肃省", "定西市", "通渭县", ("马营镇", "华家岭镇", "鸡川镇"), "0932", "621121"),
    _ZhPlace("河南省", "周口市", "沈丘县", ("槐店镇", "刘庄店镇", "付井镇"), "0394", "411624"),
    _ZhPlace("四川省", "凉山州", "昭觉县", ("竹核乡", "四开乡", "谷曲乡"), "0834", "513431"),
    _ZhPlace("广西壮族自治区", "河池市", "都安县", ("地苏镇", "保安乡", "高岭镇"), "0778", "451228"),
    _ZhPlace("湖南省", "湘西州", "花垣县", ("双龙镇", "麻栗场镇", "边城镇"), "0743", "433124"),
    _ZhPlace("青海省", "海东市", "化隆县", ("群科镇", "扎巴镇", "甘都镇"), "0972", "630224"),
)
_ZH_VILLAGES: Final = (
    "石板村",
    "大坪村",
    "新寨村",
    "杨柳村",
    "高山村",
    "河口村",
    "坪上村",
    "水井湾村",
    "松林村",
    "岔河村",
    "平安村",
    "龙潭村",
)
_ZH_SUPPORT: Final = (
    "中山大学肿瘤防治中心",
    "四川大学华西医院",
    "浙江大学医学院附属第一医院",
    "复旦大学附属肿瘤医院",
    "郑州大学第一附属医院",
    "北京大学人民医院",
    "青岛大学附属医院",
)
_ZH_FIRMS: Final = (
    "国药控股云南有限公司",
    "九州通医药集团",
    "润心公益基金会",
    "康宁医疗器械有限公司",
    "金域医学检验所",
    "迪安诊断",
)
_ZH_COMPOUND: Final = ("欧阳", "司马", "上官", "诸葛", "皇甫", "令狐", "慕容", "东方", "尉迟", "司徒")
_ZH_WORD_SURNAMES: Final = ("金", "文", "高", "平", "江", "白", "石", "龙", "田", "马", "安")
_ZH_GIVEN_HAND: Final = (
    "平安",
    "春花",
    "建国",
    "秀英",
    "桂兰",
    "娟",
    "芳",
    "玉珍",
    "国强",
    "小红",
    "德福",
    "阿依",
    "布都",
    "拉姆",
    "卓玛",
    "海燕",
    "红梅",
    "志刚",
    "明",
    "静",
)
_PINYIN_SUR: Final[dict[str, str]] = {
    "张": "Zhang", "王": "Wang", "李": "Li", "刘": "Liu", "陈": "Chen", "杨": "Yang", "黄": "Huang", "赵": "Zhao",
    "吴": "Wu", "周": "Zhou", "金": "Jin", "文": "Wen", "高": "Gao", "马": "Ma", "石": "Shi", "龙": "Long",
    "白": "Bai", "田": "Tian", "安": "An", "江": "Jiang", "欧阳": "Ouyang", "司马": "Sima", "上官": "Shangguan", "诸葛": "Zhuge",
}  # fmt: skip
_PINYIN_GIVEN: Final[dict[str, str]] = {
    "秀英": "Xiuying", "桂英": "Guiying", "建国": "Jianguo", "平安": "Ping'an", "春花": "Chunhua", "伟": "Wei",
    "芳": "Fang", "敏": "Min", "磊": "Lei", "玉珍": "Yuzhen", "海燕": "Haiyan", "志强": "Zhiqiang", "桂兰": "Guilan",
    "红梅": "Hongmei", "德福": "Defu", "娟": "Juan", "静": "Jing", "明": "Ming",
}  # fmt: skip
_TITLE_TAILS: Final = ("女士", "先生", "医生", "主任", "护士", "大夫", "阿姨", "大爷", "药师", "老师")


def _zh_person(rng: random.Random) -> tuple[str, str]:
    """(surname, given) from Faker zh_CN / zh_TW and hand lists."""
    while True:
        roll = rng.random()
        fake = _faker("zh_TW" if roll < 0.15 else "zh_CN")
        if roll < 0.6:
            sur, given = fake.last_name(), fake.first_name()
        elif roll < 0.75:
            sur, given = rng.choice(_ZH_COMPOUND), fake.first_name()
        elif roll < 0.9:
            sur, given = rng.choice(_ZH_WORD_SURNAMES), rng.choice(_ZH_GIVEN_HAND)
        else:
            sur, given = fake.last_name(), rng.choice(_ZH_GIVEN_HAND)
        full = sur + given
        if not full.startswith("老") and not full.endswith(_TITLE_TAILS):
            return sur, given


def _zh_pinyin_person(rng: random.Random) -> tuple[str, str, str]:
    """(surname, given, pinyin) with a pinyin spelling that matches the characters."""
    sur = rng.choice(sorted(_PINYIN_SUR))
    given = rng.choice(sorted(_PINYIN_GIVEN))
    return sur, given, f"{_PINYIN_SUR[sur]} {_PINYIN_GIVEN[given]}"


def _zh_mobile(rng: random.Random) -> str:
    head = rng.choice(("138", "139", "150", "151", "157", "182", "187", "135", "199", "177", "152"))
    a, b = _digits(rng, 4), _digits(rng, 4)
    return rng.choice(
        (
            f"{head}{a}{b}",
            f"{head} {a} {b}",
            f"{head}-{a}-{b}",
            f"+86 {head} {a} {b}",
            f"+86-{head}{a}{b}",
            f"（+86）{head}{a}{b}",
        )
    )


def _zh_landline(rng: random.Random, area: str) -> str:
    n = rng.choice("2345678") + _digits(rng, 6)
    return rng.choice(
        (f"{area}-{n}", f"（{area}）{n}", f"{area} {n[:3]} {n[3:]}", f"{area}-{n}转{_digits(rng, 3)}", f"({area}){n}")
    )


def _zh_values(rng: random.Random, *, pinyin: bool) -> tuple[dict[str, str], tuple[KnownIdentifier, ...]]:
    v: dict[str, str] = {}
    place = rng.choice(_ZH_PLACES)
    visit = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(900))
    age = _age(rng)
    birth = visit.replace(year=visit.year - age, day=min(visit.day, 28)) - dt.timedelta(days=rng.randrange(1, 300))
    style = rng.randrange(6)

    def date(days: int) -> str:
        return _zh_date(rng, visit + dt.timedelta(days=days), style)

    if pinyin:
        sur, given, v["pt_pinyin"] = _zh_pinyin_person(rng)
    else:
        sur, given = _zh_person(rng)
        v["pt_pinyin"] = ""
    v["pt_name"], v["pt_sur"], v["pt_given"] = sur + given, sur, given
    last = given[-1]
    v["pt_nick"] = rng.choice((f"小{last}", f"阿{last}", last * 2))
    v["pt_pinyin_caps"] = v["pt_pinyin"].upper()
    for key in (
        "kin",
        "kin2",
        "doc",
        "doc2",
        "exp",
        "exp2",
        "nurse",
        "nurse2",
        "vdoc",
        "phys",
        "coord",
        "path",
        "pharm",
        "clerk",
        "fdoc",
        "vol",
    ):
        s, g = _zh_person(rng)
        v[f"{key}_name"], v[f"{key}_sur"], v[f"{key}_given"] = s + g, s, g
        v[f"{key}_nick"] = rng.choice((f"小{g[-1]}", f"阿{g[-1]}", g[-1] * 2))
    if rng.random() < 0.5:  # relative shares the patient's surname
        v["kin_name"], v["kin_sur"] = sur + v["kin_given"], sur
    v["kin_rel"] = rng.choice(("儿子", "女儿", "老伴", "丈夫", "妻子", "儿媳", "孙子", "侄子"))
    v["kin2_rel"] = rng.choice(("邻居", "村主任", "外甥", "表妹", "女婿"))
    if pinyin:
        s, g, v["exp_pinyin"] = _zh_pinyin_person(rng)
        v["exp_name"], v["exp_sur"], v["exp_given"] = s + g, s, g
    else:
        v["exp_pinyin"] = ""
    v["province"] = place.province
    v["city"], v["county"] = place.city, place.county
    v["town"], v["town2"] = rng.sample(place.towns, 2)
    v["village"], v["village2"] = rng.sample(_ZH_VILLAGES, 2)
    v["county_town"] = place.county + v["town"]
    v["town_village"] = v["town"] + v["village"]
    v["pt_addr"] = rng.choice(
        (
            f"{place.province}{place.city}{place.county}{v['town']}{v['village']}{rng.randint(1, 12)}组{rng.randint(1, 80)}号",
            f"{place.county}{v['town']}{v['village']}{rng.randint(1, 9)}社",
            f"{place.city}{place.county}城关镇人民路{rng.randint(1, 300)}号{rng.randint(1, 6)}栋{rng.randint(1, 6)}0{rng.randint(1, 4)}室",
        )
    )
    v["county_hosp"] = f"{place.county}人民医院"
    v["city_hosp"] = rng.choice((f"{place.city}第一人民医院", f"{place.city}肿瘤医院", f"{place.city}中医院"))
    v["town_hosp"] = f"{v['town']}卫生院"
    v["clinic"] = f"{v['village']}卫生室"
    v["support"] = rng.choice(_ZH_SUPPORT)
    v["firm"] = rng.choice(_ZH_FIRMS)
    v["county_cdc"] = f"{place.county}疾病预防控制中心"
    rid = cn_resident_id(rng, birth)
    v["rid"] = rid

    def d(n: int) -> str:
        return _digits(rng, n)

    yr = str(visit.year)
    v["zy_no"] = rng.choice((f"ZY{yr}{d(5)}", f"{yr[2:]}{d(6)}", d(7)))
    v["mz_no"] = rng.choice((f"MZ{visit:%y%m%d}-{d(4)}", f"{d(10)}", f"M{d(8)}"))
    v["bed2"] = rng.choice((f"加{rng.randint(1, 6)}", str(rng.randint(1, 48))))
    v["bed"] = rng.choice(
        (str(rng.randint(1, 48)), f"+{rng.randint(1, 6)}", f"{rng.randint(1, 3)}{rng.randint(0, 2)}{rng.randint(1, 9)}")
    )
    v["yb_no"] = rng.choice((f"{place.code}{d(8)}", f"H{place.code[:4]}{d(9)}", f"{d(4)} {d(4)} {d(4)}"))
    v["ba_no"] = rng.choice((d(6), f"BA{d(7)}", f"{d(3)}-{d(4)}"))
    v["reg_no"] = f"ZL-{place.code}-{yr}-{d(5)}"
    v["plan_no"] = rng.choice((f"RT{yr}-{d(4)}", f"FL{d(6)}", f"PL{d(4)}"))
    v["path_no"] = rng.choice((f"P{yr[2:]}-{d(5)}", f"B{yr}-{d(5)}", f"NP{d(6)}"))
    v["hiv_no"] = rng.choice((f"{place.code}{yr}A{d(4)}", f"ART-{place.code[:4]}-{d(5)}"))
    v["sign_no"] = rng.choice((f"QY-{yr}-{d(4)}-{d(4)}", f"JQ{d(9)}"))
    v["mb_no"] = rng.choice((f"MB-{d(5)}", f"GXY{d(6)}", f"TNB-{d(4)}"))
    v["consult_no"] = rng.choice((f"YC{visit:%Y%m%d}-{d(4)}", f"HZ{d(8)}"))
    v["ref_no"] = rng.choice((f"ZZ{yr}{d(5)}", f"转诊-{d(6)}"))
    v["serial"] = rng.choice((f"H{d(6)}", f"SN{d(4)}{_letters(rng, 2)}{d(3)}", f"VT-{d(5)}"))
    v["lic_no"] = rng.choice((f"1{d(2)}{place.code}{d(6)}", f"乡医证{d(8)}"))
    v["staff_no"] = rng.choice((f"GH{d(4)}", d(5), f"工号{d(4)}"))
    v["order_no"] = rng.choice((f"YZ{d(8)}", f"CF{visit:%y%m%d}{d(3)}"))
    v["tb_no"] = f"{place.code[:4]}-{yr}-{d(4)}"
    v["claim_no"] = rng.choice((f"BX{yr}{d(6)}", f"DBBX-{d(7)}"))
    v["spec_no"] = rng.choice((f"S{d(9)}", f"{visit:%y%m%d}{d(4)}", f"TM-{d(6)}"))
    v["pt_phone"], v["kin_phone"] = _zh_mobile(rng), _zh_mobile(rng)
    v["doc_phone"], v["vdoc_phone"] = _zh_mobile(rng), _zh_mobile(rng)
    v["fac_phone"] = _zh_landline(rng, place.area)
    v["fax"] = _zh_landline(rng, place.area)
    v["support_phone"] = _zh_landline(rng, rng.choice(("020", "028", "0571", "021", "0371", "010", "0532")))
    pinyin_doc = _PINYIN_SUR.get(v["doc_sur"], "li").lower()
    v["doc_email"] = f"{pinyin_doc}{d(3)}@{rng.choice(('163.com', 'qq.com', 'zxrmyy.cn', 'sysucc.org.cn'))}"
    v["coord_email"] = rng.choice((f"mdt_{d(4)}@126.com", f"ycyl{d(2)}@{rng.choice(('hxyy.cn', 'zs-hospital.cn'))}"))
    pt_email = f"{d(rng.randint(8, 10))}@qq.com"
    v["pt_email"] = pt_email
    v["tele_url"] = rng.choice(
        (
            f"https://ycyl.{rng.choice(('sysucc', 'wchscu', 'zy1', 'hmc'))}.cn/consult/{v['consult_no']}",
            f"https://meeting.tencent.com/dm/{_letters(rng, 4)}{d(6)}",
            f"http://211.{d(2)}.{d(2)}.{d(2)}:8080/pacs/view?acc={d(8)}",
        )
    )
    v["portal_url"] = rng.choice(
        (
            f"https://jtys.{place.code}.gov.cn/sign/{d(6)}",
            f"www.{place.code}zlzx.cn/report",
            f"https://mp.weixin.qq.com/s/{_letters(rng, 10)}",
        )
    )
    v["dob"] = _zh_date(rng, birth, style)
    v["dob_iso"] = f"{birth:%Y-%m-%d}"
    v["d_visit"], v["d_next"], v["d_prev"] = date(0), date(rng.randint(14, 42)), date(-rng.randint(14, 60))
    v["d_dx"], v["d_start"], v["d_end"] = (
        date(-rng.randint(90, 400)),
        date(-rng.randint(20, 80)),
        date(rng.randint(30, 120)),
    )
    v["d_spec"], v["d_mdt"] = date(-rng.randint(3, 20)), date(rng.randint(1, 9))
    nd = visit + dt.timedelta(days=rng.randint(14, 42))
    v["d_md"] = f"{nd.month}月{nd.day}日"
    v["d_mdot"] = f"{nd.month}.{nd.day}"
    v["age"] = str(age)
    v["age_zh"] = _zh_numeral(age)
    old = rng.randint(88, 104)
    v["old_age"], v["old_zh"] = str(old), _zh_numeral(old)
    v["kin_age"] = str(rng.randint(10, 70))
    v["sex"] = rng.choice(("男", "女"))
    v["sbp"], v["dbp"] = str(rng.randint(112, 196)), str(rng.randint(68, 118))
    v["fbg"] = f"{rng.uniform(4.8, 16.5):.1f}"
    v["hba1c"] = f"{rng.uniform(6.1, 12.5):.1f}"
    v["weight"] = f"{rng.uniform(38, 90):.1f}"
    v["cd4"], v["vl"] = str(rng.randint(40, 980)), rng.choice(("<20", "未检出", str(rng.randint(60, 90000))))
    v["regimen"] = rng.choice(("TP方案", "XELOX", "AC-T", "GP方案", "FOLFOX4", "替吉奥单药", "R-CHOP"))
    v["cycle"] = str(rng.randint(1, 6))
    v["site"] = rng.choice(("食管", "胃", "肺", "宫颈", "乳腺", "肝", "鼻咽", "结直肠"))
    v["stage"] = rng.choice(("ⅡB期", "ⅢA期", "ⅢB期", "Ⅳ期", "T3N1M0", "T2N0M0"))
    v["art_reg"] = rng.choice(("TDF+3TC+EFV", "AZT+3TC+NVP", "TDF+3TC+DTG", "比克恩丙诺"))
    v["dose"] = rng.choice(("50Gy/25F", "60Gy/30次", "45Gy/25F", "30Gy/10F"))
    v["hour"] = f"{rng.randint(7, 18)}:{rng.choice(('00', '10', '30', '45'))}"
    known = (
        KnownIdentifier("PERSON", v["pt_name"]),
        KnownIdentifier("ID", rid),
        KnownIdentifier("ID", v["zy_no"]),
        KnownIdentifier("ID", v["yb_no"]),
        KnownIdentifier("PHONE", v["pt_phone"]),
        KnownIdentifier("ADDRESS", v["pt_addr"]),
        KnownIdentifier("DATE", v["dob_iso"]),
        KnownIdentifier("EMAIL", pt_email),
    )
    return v, known


ZH_BLIND22_TEMPLATES: Final[dict[str, str]] = {
    "zh_chemo_day_ward": """<<ORG:county_hosp>>化疗日间病房治疗记录
姓名：<<PERSON:pt_name>>  性别：{sex}  年龄：<<AGE:age>>岁  床号：<<ID:bed>>
住院号：<<ID:zy_no>>  身份证号：<<ID:rid>>
诊断：{site}癌{stage}  方案：{regimen} 第{cycle}周期
治疗日期：<<DATE:d_visit>>  {hour}开始输注，输液泵编号<<ID:serial>>
配药：<<PERSON:pharm_name>>药师  核对：<<PERSON:nurse_name>>护士
患者诉轻度恶心，予昂丹司琼8mg静推。陪护：{kin_rel}<<PERSON:kin_name>>，电话<<PHONE:kin_phone>>
下周期预约：<<DATE:d_next>>  主管医生：<<PERSON:doc_name>>""",
    "zh_cancer_registry_card": """恶性肿瘤登记报告卡
登记号：<<ID:reg_no>>   报告单位：<<ORG:town_hosp>>
患者姓名：<<PERSON:pt_name>>  性别：{sex}  出生日期：<<DATE:dob>>
身份证号码：<<ID:rid>>   联系电话：<<PHONE:pt_phone>>
户籍地址：<<ADDRESS:pt_addr>>
诊断：{site}恶性肿瘤  病理号：<<ID:path_no>>  诊断日期：<<DATE:d_dx>>
最高诊断单位：<<ORG:city_hosp>>   诊断依据：病理
报告医生：<<PERSON:doc_name>>   报告日期：<<DATE:d_visit>>
审核：<<ORG:county_cdc>> <<PERSON:coord_name>>""",
    "zh_radiotherapy_plan": """<<ORG:city_hosp>>放疗科 放射治疗计划单
计划编号：<<ID:plan_no>>   加速器：直线加速器（序列号<<ID:serial>>）
患者：<<PERSON:pt_name>>（<<PERSON:pt_pinyin_caps>>）  病案号：<<ID:ba_no>>  床号<<ID:bed>>
诊断：{site}癌 {stage}  处方剂量：{dose}
定位日期：<<DATE:d_spec>>  计划开始：<<DATE:d_visit>>  预计结束：<<DATE:d_end>>
主管医师：<<PERSON:doc_name>>   物理师：<<PERSON:phys_name>>   技师：<<PERSON:nurse2_given>>
计划经<<PERSON:exp_sur>>主任审核，同意执行。""",
    "zh_mdt_minutes": """MDT讨论记录（远程）
时间：<<DATE:d_mdt>> {hour}  地点：<<ORG:county_hosp>>远程会诊室，连线<<ORG:support>>
主持：<<PERSON:exp_name>>教授
参加：<<PERSON:doc_name>>（肿瘤内科）、<<PERSON:doc2_name>>（外科）、<<PERSON:path_name>>（病理）、<<PERSON:phys_name>>（放疗）
记录：<<PERSON:clerk_name>>
病例：<<PERSON:pt_name>>，{sex}，<<AGE:age>>岁，住院号<<ID:zy_no>>，<<LOCATION:county_town>>人。
<<PERSON:exp_sur>>教授：建议先行{regimen}新辅助化疗2周期后评估手术。
<<PERSON:doc2_sur>>主任：同意，患者家属<<PERSON:kin_name>>担心费用，已联系<<ORG:firm>>援助项目。
会议链接：<<URL:tele_url>>""",
    "zh_hiv_followup": """艾滋病抗病毒治疗随访记录
抗病毒治疗编号：<<ID:hiv_no>>   随访机构：<<ORG:county_cdc>>
姓名：<<PERSON:pt_name>>   身份证：<<ID:rid>>   现住址：<<ADDRESS:pt_addr>>
随访日期：<<DATE:d_visit>>   随访方式：入户
治疗方案：{art_reg}   CD4：{cd4}   病毒载量：{vl}
服药依从性好，<<DATE:d_prev>>曾漏服一次。配偶<<PERSON:kin_name>>已检测，阴性。
随访人：<<PERSON:fdoc_name>>（乡镇卫生院），村医<<PERSON:vdoc_given>>陪同
下次随访：<<DATE:d_next>>  患者电话：<<PHONE:pt_phone>>""",
    "zh_htn_followup_table": """高血压患者随访服务记录表
姓名：<<PERSON:pt_name>>   编号：<<ID:mb_no>>   签约家庭医生：<<PERSON:fdoc_name>>
| 随访日期 | 血压 | 用药 | 随访医生 |
| <<DATE:d_prev>> | {sbp}/{dbp} | 氨氯地平5mg qd | <<PERSON:vdoc_name>> |
| <<DATE:d_visit>> | 146/88 | 同前 | <<PERSON:vdoc_sur>>医生 |
下次随访日期：<<DATE:d_next>>
备注：老人独居，儿子<<PERSON:kin_given>>在外打工（<<PHONE:kin_phone>>）。身份证号<<ID:rid>>""",
    "zh_diabetes_followup": """2型糖尿病患者随访表（<<ORG:town_hosp>>）
患者：<<PERSON:pt_name>>  {sex}  <<AGE:age>>岁  医保号：<<ID:yb_no>>
空腹血糖{fbg}mmol/L，HbA1c {hba1c}%，体重{weight}kg
足背动脉搏动减弱。二甲双胍0.5g tid，加用阿卡波糖。
转诊：建议到<<ORG:county_hosp>>内分泌科复查眼底，转诊单号<<ID:ref_no>>。
随访医生签字：<<PERSON:fdoc_name>>   日期：<<DATE:d_visit>>""",
    "zh_family_doctor_contract": """家庭医生签约服务协议书
签约编号：<<ID:sign_no>>
甲方（签约居民）：<<PERSON:pt_name>>  身份证号：<<ID:rid>>
联系电话：<<PHONE:pt_phone>>  住址：<<ADDRESS:pt_addr>>
乙方（家庭医生团队）：<<ORG:town_hosp>> 团队长<<PERSON:fdoc_name>>，成员：<<PERSON:nurse_name>>、村医<<PERSON:vdoc_name>>
服务包：慢病管理（高血压）+ 癌症康复随访
签约日期：<<DATE:d_visit>>   有效期至<<DATE:d_end>>
团队电话：<<PHONE:fac_phone>>   线上签约查询：<<URL:portal_url>>
甲方签字：<<PERSON:pt_name>>（代签：{kin_rel}<<PERSON:kin_name>>）""",
    "zh_village_doctor_rounds": """乡村医生巡诊日志  <<LOCATION:village>>
巡诊日期：<<DATE:d_visit>>  乡村医生：<<PERSON:vdoc_name>>（执业证号<<ID:lic_no>>）

1. <<PERSON:pt_name>>家：<<AGE:age>>岁，肺癌术后，精神可，疼痛评分3分。老伴说<<PERSON:pt_given>>这两天吃饭少。
2. 老<<PERSON:kin2_sur>>家：<<AGE:old_age>>岁，卧床，压疮已结痂。孙女<<PERSON:kin2_nick>>负责照顾。
3. <<PERSON:vol_name>>：血压{sbp}/{dbp}，嘱按时服药。
晚上给<<ORG:town_hosp>>公卫科<<PERSON:coord_sur>>老师打电话（<<PHONE:fac_phone>>）汇报。""",
    "zh_village_clinic_log": """<<ORG:clinic>>门诊日志
日期,姓名,性别,年龄,住址,诊断,处理,医生
<<DATE:d_visit>>,<<PERSON:pt_name>>,{sex},<<AGE:age>>,<<LOCATION:village>>,高血压,硝苯地平缓释片,<<PERSON:vdoc_sur>>
<<DATE:d_visit>>,<<PERSON:kin2_name>>,男,<<AGE:old_age>>,<<LOCATION:village2>>,慢阻肺,转<<ORG:town_hosp>>,<<PERSON:vdoc_sur>>
<<DATE:d_visit>>,<<PERSON:vol_given>>,女,<<AGE:kin_age>>,<<LOCATION:village>>,感冒,对症,<<PERSON:vdoc_sur>>
村卫生室电话：<<PHONE:vdoc_phone>>""",
    "zh_remote_consult_request": """对口支援远程会诊申请单
申请单号：<<ID:consult_no>>   申请日期：<<DATE:d_visit>>
申请医院：<<ORG:county_hosp>>   申请医生：<<PERSON:doc_name>>  电话：<<PHONE:doc_phone>>
会诊医院：<<ORG:support>>   会诊专家：<<PERSON:exp_name>>（<<PERSON:exp_pinyin>>）
患者：<<PERSON:pt_name>>  {sex}  <<AGE:age>>岁  门诊号<<ID:mz_no>>  身份证<<ID:rid>>
病史摘要：<<DATE:d_dx>>胃镜示{site}占位，病理（<<ID:path_no>>）示腺癌。
会诊目的：评估手术与化疗方案。影像资料：<<URL:tele_url>>
联系人：<<PERSON:coord_name>>  邮箱：<<EMAIL:coord_email>>""",
    "zh_remote_consult_opinion": """远程会诊意见
<<ORG:support>>肿瘤内科  <<PERSON:exp_name>>
患者<<PERSON:pt_name>>，<<AGE:age>>岁（住院号<<ID:zy_no>>），病理会诊同意<<ORG:city_hosp>>诊断。
建议：{regimen}化疗，每3周一次；<<DATE:d_next>>后复查CT。如有问题可联系<<PERSON:exp2_name>>医生，电话<<PHONE:support_phone>>，邮箱<<EMAIL:doc_email>>。
会诊时间：<<DATE:d_visit>> {hour}   基层医生：<<PERSON:doc_sur>>医生已确认。""",
    "zh_tb_dots_card": """肺结核患者治疗管理卡（督导服药）
登记号：<<ID:tb_no>>   患者：<<PERSON:pt_name>>  身份证<<ID:rid>>
住址：<<ADDRESS:pt_addr>>
督导员：村医<<PERSON:vdoc_name>>  电话<<PHONE:vdoc_phone>>
开始治疗：<<DATE:d_start>>   痰涂片复查：<<DATE:d_next>>
服药记录：<<DATE:d_prev>>起每日督导，漏服0次。
密切接触者：{kin_rel}<<PERSON:kin_name>>（<<AGE:kin_age>>岁）已筛查。
管理单位：<<ORG:county_cdc>> 结核病门诊 <<PERSON:coord_name>>""",
    "zh_wechat_group": """【<<LOCATION:town>>家庭医生团队群】聊天记录
<<PERSON:fdoc_nick>>（<<PERSON:fdoc_name>>）{hour}：@<<PERSON:vdoc_name>> <<LOCATION:village>>的<<PERSON:pt_name>>今天化疗回来没？
<<PERSON:vdoc_name>>：回来了，<<PERSON:pt_sur>>婶说吐得厉害
<<PERSON:nurse_nick>>：让她家<<PERSON:kin_given>>明天带到院里，我找<<PERSON:doc_sur>>主任开止吐药
<<PERSON:vdoc_name>>：好。她电话<<PHONE:pt_phone>>
<<PERSON:fdoc_nick>>：下次化疗<<DATE:d_md>>，记得提醒""",
    "zh_pathology_report": """<<ORG:city_hosp>>病理诊断报告
病理号：<<ID:path_no>>   送检单位：<<ORG:county_hosp>>
姓名：<<PERSON:pt_name>>  性别：{sex}  年龄：<<AGE:age>>  住院号：<<ID:zy_no>>  床号：<<ID:bed>>
送检日期：<<DATE:d_spec>>   报告日期：<<DATE:d_visit>>
标本：{site}活检组织   标本条码<<ID:spec_no>>
病理诊断：（{site}）中分化鳞状细胞癌。免疫组化已外送<<ORG:firm>>。
诊断医师：<<PERSON:path_name>>  复核：<<PERSON:path_sur>>主任（外院<<PERSON:exp_name>>会诊意见一致）""",
    "zh_chemo_consent": """化疗知情同意书（签字页）
患者：<<PERSON:pt_name>>   住院号：<<ID:zy_no>>   方案：{regimen}
医生已向我及家属告知化疗可能出现骨髓抑制、恶心呕吐、脱发等不良反应。
患者签名：<<PERSON:pt_name>>    日期：<<DATE:d_visit>>
授权委托人：<<PERSON:kin_name>>  与患者关系：{kin_rel}  身份证号：<<ID:rid>>
  联系电话：<<PHONE:kin_phone>>
谈话医生：<<PERSON:doc_name>>   见证护士：<<PERSON:nurse_name>>""",
    "zh_oncology_discharge": """<<ORG:county_hosp>>肿瘤科出院小结
姓名 <<PERSON:pt_name>>  住院号 <<ID:zy_no>>  医保号 <<ID:yb_no>>
入院日期<<DATE:d_prev>>  出院日期<<DATE:d_visit>>
入院诊断：{site}癌{stage}；高血压3级；2型糖尿病
诊疗经过：完成{regimen}第{cycle}周期，期间Ⅱ度骨髓抑制，予升白治疗后好转。
出院医嘱：<<DATE:d_mdot>>返院化疗，回<<LOCATION:town>>后由<<ORG:town_hosp>><<PERSON:fdoc_name>>医生随访血常规。
主治医师：<<PERSON:doc_name>>  住院医师：<<PERSON:doc2_name>>
科室电话：<<PHONE:fac_phone>>""",
    "zh_cancer_pain_call": """癌痛患者电话随访记录
随访日期：<<DATE:d_visit>>  随访护士：<<PERSON:nurse_name>>（工号<<ID:staff_no>>）
患者：<<PERSON:pt_name>>，<<AGE:age>>岁，接电话者：{kin_rel}<<PERSON:kin_given>>（<<PHONE:kin_phone>>）
疼痛评分NRS 4分，吗啡缓释片30mg q12h，便秘，已嘱乳果糖。
家属反映乡里药店买不到，需每月到<<LOCATION:county>>取药。已报告<<PERSON:doc_sur>>主任。
下次随访<<DATE:d_next>>""",
    "zh_hospice_home_visit": """安宁疗护居家访视记录
患者：<<PERSON:pt_name>>，<<AGE:age_zh>>岁（户口本<<AGE:age>>岁），出生<<DATE:dob>>
住址：<<ADDRESS:pt_addr>>
访视日期：<<DATE:d_visit>>   访视人员：<<PERSON:fdoc_name>>、<<PERSON:nurse_name>>、志愿者<<PERSON:vol_nick>>
{site}癌晚期，卧床，意识清。照护者：{kin_rel}<<PERSON:kin_name>>。
老人说想见在<<LOCATION:city>>打工的孙子<<PERSON:kin2_given>>。
处理：调整镇痛，指导翻身。联系电话<<PHONE:kin_phone>>""",
    "zh_poverty_ledger": """因病致贫大病专项救治台账（{cycle}月）
序号,姓名,身份证号,病种,定点医院,报销单号,联系电话
1,<<PERSON:pt_name>>,<<ID:rid>>,{site}癌,<<ORG:city_hosp>>,<<ID:claim_no>>,<<PHONE:pt_phone>>
2,<<PERSON:kin2_name>>,—,食管癌,<<ORG:county_hosp>>,待报,—
填报人：<<PERSON:clerk_name>>   填报日期：<<DATE:d_visit>>   审核：<<PERSON:coord_sur>>科长""",
    "zh_insurance_claim": """大病保险报销申请
申请人：<<PERSON:pt_name>>   医保号：<<ID:yb_no>>   身份证：<<ID:rid>>
就诊医院：<<ORG:support>>（异地就医备案号<<ID:ref_no>>）
住院时间：<<DATE:d_prev>>至<<DATE:d_visit>>   病案号：<<ID:ba_no>>
开户人：<<PERSON:kin_name>>（{kin_rel}）  电话：<<PHONE:kin_phone>>
经办人：<<ORG:county_hosp>>医保办 <<PERSON:clerk_given>>   受理单号：<<ID:claim_no>>""",
    "zh_two_way_referral": """双向转诊单（上转）
转诊编号：<<ID:ref_no>>
患者姓名：<<PERSON:pt_name>>   性别：{sex}  年龄：<<AGE:age>>  门诊号：<<ID:mz_no>>
转出单位：<<ORG:town_hosp>>（电话<<PHONE:fac_phone>>，传真<<PHONE:fax>>）
转入单位：<<ORG:county_hosp>>肿瘤科 <<PERSON:doc_name>>医生
初步诊断：{site}占位待查
转诊医生：<<PERSON:fdoc_name>>   日期：<<DATE:d_visit>>
患者住址：<<LOCATION:town_village>>，电话<<PHONE:pt_phone>>""",
    "zh_dictation_transcript": """【语音录入，未校对】
<<PERSON:doc_sur>>医生查房口述 <<DATE:d_visit>>
<<ID:bed>>床<<PERSON:pt_name>>啊，那个<<PERSON:pt_sur>>阿姨，{site}癌化疗第{cycle}次，昨天晚上发烧三十八度五，嗯，血象出来白细胞一点八，给她用上升白针，然后那个……她女儿<<PERSON:kin_nick>>说要转去<<ORG:support>>，让<<PERSON:nurse_given>>把病历复印一下，住院号<<ID:zy_no>>。嗯还有隔壁床的老<<PERSON:kin2_sur>>，<<AGE:old_zh>>岁那个，今天出院。
（转写：<<PERSON:clerk_name>>）""",
    "zh_nurse_handover": """护理交接班记录 <<DATE:d_visit>> 夜班
交班：<<PERSON:nurse_name>>  接班：<<PERSON:nurse2_name>>
<<ID:bed>>床 <<PERSON:pt_name>>，{regimen}化疗后第2天，PICC通畅，导管编号<<ID:serial>>，恶心2次。
陪护{kin_rel}<<PERSON:kin_given>>，电话<<PHONE:kin_phone>>。
<<ID:bed2>>床 <<PERSON:kin2_name>>，<<AGE:old_age>>岁，防跌倒、防压疮。
值班医生：<<PERSON:doc2_name>>""",
    "zh_mobile_clinic": """巡回医疗队义诊记录（<<ORG:support>>对口支援<<LOCATION:county>>）
日期：<<DATE:d_visit>>  地点：<<LOCATION:town_village>>村委会
队员：<<PERSON:exp_name>>、<<PERSON:exp2_name>>、<<PERSON:nurse_name>>，司机<<PERSON:vol_sur>>师傅
重点患者：<<PERSON:pt_name>>，<<AGE:age>>岁，颈部包块三月，建议到<<ORG:county_hosp>>穿刺，已开检查单<<ID:order_no>>。
另：<<PERSON:kin2_name>>大爷<<AGE:old_age>>岁，血压{sbp}/{dbp}。
合作企业：<<ORG:firm>>捐赠血压计（编号<<ID:serial>>）。
联系人：<<PERSON:coord_name>> <<PHONE:doc_phone>>""",
    "zh_sms_notice": """【<<ORG:county_hosp>>】<<PERSON:pt_name>>您好，您预约的放疗定位时间为<<DATE:d_next>> {hour}，请携带身份证（<<ID:rid>>）及医保卡到放疗科一楼。计划单号<<ID:plan_no>>。咨询电话<<PHONE:fac_phone>>，联系人<<PERSON:nurse_sur>>护士。退订回T
---
已发送至<<PHONE:pt_phone>>，发送人<<PERSON:clerk_given>>""",
    "zh_two_cancer_screening": """农村妇女“两癌”筛查登记表（<<LOCATION:town>>）
编号,姓名,年龄,身份证号,宫颈检查,乳腺检查,复查,联系电话
<<ID:spec_no>>,<<PERSON:pt_name>>,<<AGE:age>>,<<ID:rid>>,HPV16+,BI-RADS 2,转<<ORG:city_hosp>>阴道镜,<<PHONE:pt_phone>>
,<<PERSON:kin2_given>>,<<AGE:kin_age>>,,阴性,阴性,,
筛查医生：<<PERSON:doc2_name>>   登记人：<<PERSON:clerk_nick>>   日期：<<DATE:d_visit>>""",
    "zh_drug_donation_log": """靶向药慈善援助领药登记
援助项目编号：<<ID:order_no>>   援助方：<<ORG:firm>>
患者：<<PERSON:pt_name>>（<<PERSON:pt_pinyin>>）  身份证：<<ID:rid>>
领药日期：<<DATE:d_visit>>  药品：奥希替尼80mg ×30片   批号不计
代领人：<<PERSON:kin_name>>  电话：<<PHONE:kin_phone>>
发药药师：<<PERSON:pharm_name>>   下次领药：<<DATE:d_next>>
资料已上传<<URL:portal_url>>，如有疑问发邮件至<<EMAIL:coord_email>>""",
    "zh_health_record_cover": """居民健康档案（封面）
档案编号：<<ID:ba_no>>
姓名：<<PERSON:pt_name>>   性别：{sex}   出生日期：<<DATE:dob>>
身份证号：<<ID:rid>>   本人电话：<<PHONE:pt_phone>>   邮箱：<<EMAIL:pt_email>>
现住址：<<ADDRESS:pt_addr>>
乡镇（街道）名称：<<LOCATION:town>>   村（居）委会名称：<<LOCATION:village>>
建档单位：<<ORG:town_hosp>>   建档人：<<PERSON:fdoc_name>>   责任医生：<<PERSON:vdoc_name>>
建档日期：<<DATE:d_prev>>""",
    "zh_rt_daily_record": """放射治疗每日记录单
患者 <<PERSON:pt_name>>  病案号 <<ID:ba_no>>  计划号 <<ID:plan_no>>
| 日期 | 次数 | 剂量 | 执行技师 | 核对 |
| <<DATE:d_prev>> | 1 | 2Gy | <<PERSON:phys_given>> | <<PERSON:nurse2_sur>> |
| <<DATE:d_visit>> | 2 | 2Gy | <<PERSON:phys_nick>> | <<PERSON:nurse2_sur>> |
总剂量{dose}。加速器序列号<<ID:serial>>。
主管医生<<PERSON:doc_name>>，联系电话<<PHONE:doc_phone>>""",
}


def generate_blind22(language: str, count: int) -> list[SynthNote]:
    """``count`` notes in ``language`` (``"en"`` or ``"zh"``); note i uses the i-th template in sorted order, round robin."""
    if language == "en":
        templates = EN_BLIND22_TEMPLATES
    elif language == "zh":
        templates = ZH_BLIND22_TEMPLATES
    else:
        raise ValueError(f"unsupported language {language!r}")
    names = sorted(templates)
    notes: list[SynthNote] = []
    for i in range(count):
        name = names[i % len(names)]
        rng = random.Random(f"{BLIND22_SEED}:{language}:{i}")
        _seed_fakers(rng)
        if language == "en":
            code = name.split("_", 1)[0]
            region = _REGIONS[code] if code in _REGIONS else _REGIONS[rng.choice(sorted(_REGIONS))]
            values, known = _en_values(rng, region)
        else:
            values, known = _zh_values(rng, pinyin="pinyin" in templates[name])
        text, spans = render(templates[name], values, age_of=blind22_age_of)
        notes.append(
            SynthNote(
                note_id=f"{BLIND22_SPLIT}-{language}-{i + 1:04d}",
                split=BLIND22_SPLIT,
                language=language,
                template=name,
                text=text,
                spans=spans,
                known=known,
            )
        )
    return notes
