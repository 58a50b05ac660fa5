# ruff: noqa: E501
"""Blind evaluation set 16: laboratory medicine, pathology, radiology, research and infection control.

Theme: specimen and accession labels, pathology / cytology / bone-marrow reports, blood-bank crossmatch
and transfusion records, microbiology with infection-control contact-tracing line lists, outbreak
spreadsheets, radiology reports and PACS worklists, clinical-trial screening logs, consent forms,
serious-adverse-event reports, biobank manifests and genetic-testing reports with pedigrees. English
notes are set in the US, the UK, Australia, Germany (English-language notes) and the Philippines
(the template name's prefix says which); Chinese notes are mainland ones (检验科、病理科、输血科、院感科
流调、影像科、临床试验、伦理、生物样本库、遗传咨询家系).

Written blind: the author saw only ``synth.py`` (``GoldSpan``, ``SynthNote``, ``render``,
``cn_resident_id``), ``model.KnownIdentifier`` and the structure test, never the de-identifier, its
word lists or the other blind sets. **Do not tune the de-identifier against these templates.**

Gold conventions (those of ``synth.py``): ``<<KIND:key>>`` is a gold span and ``{key}`` is filler.

* PERSON: every person's name in any form (patients, relatives, donors, staff, contacts, monitors),
  full, first-name-only, surname-only, initials, ``LAST^FIRST``, upper/lower case, possessive (the
  ``'s`` stays outside), nicknames and mis-typed forms. Titles and roles stay outside (Dr, Mr, Prof,
  RN, MD, BMS, 医生, 护士, 老师, 主任, 技师, 阿姨, 师傅). In Chinese the 老/小 prefix of a *surname* stays
  outside (老<<张>>, 小<<刘>>), while a nickname built on a given-name character (小娟, 阿芳, 娟娟) is one
  span. Pinyin names and trial-subject initials (WXM) are PERSON.
* ID: record, accession, specimen, barcode, order, unit (blood donation), licence, badge, subject, site,
  screening, randomisation, case, reference, family, kit, biobank and device-serial numbers, insurance
  numbers; in Chinese also 住院号、门诊号、床号、医保号、病案号、病理号、血袋号 and the patient's resident ID
  (every Chinese record holds exactly one, the patient's). Labels stay outside.
* PHONE (phones, faxes, with their extension), EMAIL, URL, ADDRESS (street addresses, postcodes),
  LOCATION (cities, towns, districts; countries, states, provinces and Länder are not gold), DATE (any
  date with a day or month; times, weekdays and bare years are not), AGE (only 90 or more; younger ages
  are written but not gold), ORG (named local hospitals, labs, clinics, firms, schools, care homes;
  national agencies and programmes are not gold).
* Drugs, doses, lab values, scores, antigens and eponyms (Kell, Duffy, Kidd, Gram, Papanicolaou, Gleason),
  gene names and variants, ICD codes, ward names and box positions are not gold.

Each note carries the patient's structured record as ``known`` (name parts, record number, resident ID
for Chinese notes, phone, address, birth date in ISO form, email).
"""

from __future__ import annotations

import datetime as dt
import functools
import random
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from faker import Faker

from integration.deid.model import KnownIdentifier
from integration.deid.synth import SynthNote, cn_resident_id, render

__all__ = [
    "BLIND16_SEED",
    "BLIND16_SPLIT",
    "EN_BLIND16_TEMPLATES",
    "ZH_BLIND16_TEMPLATES",
    "blind16_age_of",
    "generate_blind16",
]

BLIND16_SEED: Final = 47160329
BLIND16_SPLIT: Final = "blind16"

Values = dict[str, str]

# =============================================================================================
# Ages: digits, English words, Chinese numerals
# =============================================================================================
_EN_UNITS: Final = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_EN_TENS: Final = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ZH_DIGITS: Final = "零一二三四五六七八九"


def _en_words(number: int, *, british: bool = False) -> str:
    """``93`` -> ``ninety-three``; ``102`` -> ``one hundred and two`` (UK) / ``one hundred two`` (US)."""
    if number < 20:
        return _EN_UNITS[number]
    if number < 100:
        tens, unit = divmod(number, 10)
        return _EN_TENS[tens] + (f"-{_EN_UNITS[unit]}" if unit else "")
    hundreds, rest = divmod(number, 100)
    head = f"{_EN_UNITS[hundreds]} hundred"
    if not rest:
        return head
    return f"{head} and {_en_words(rest)}" if british else f"{head} {_en_words(rest)}"


def _zh_number(number: int) -> str:
    """``93`` -> ``九十三``; ``102`` -> ``一百零二``; ``110`` -> ``一百一十``."""
    if number < 10:
        return _ZH_DIGITS[number]
    if number < 20:
        return "十" + (_ZH_DIGITS[number - 10] if number > 10 else "")
    if number < 100:
        tens, unit = divmod(number, 10)
        return _ZH_DIGITS[tens] + "十" + (_ZH_DIGITS[unit] if unit else "")
    hundreds, rest = divmod(number, 100)
    head = _ZH_DIGITS[hundreds] + "百"
    if not rest:
        return head
    if rest < 10:
        return head + "零" + _ZH_DIGITS[rest]
    tens, unit = divmod(rest, 10)
    return head + _ZH_DIGITS[tens] + "十" + (_ZH_DIGITS[unit] if unit else "")


_EN_WORD_VALUES: Final[dict[str, int]] = {
    **{word: value for value, word in enumerate(_EN_UNITS)},
    **{word: 10 * value for value, word in enumerate(_EN_TENS) if word},
}


def _parse_zh_number(text: str) -> int:
    digits = {c: i for i, c in enumerate(_ZH_DIGITS)} | {"两": 2, "〇": 0}
    total = 0
    current = 0
    seen = False
    for char in text:
        if char in digits:
            current = digits[char]
            seen = True
        elif char == "十":
            total += (current if seen and current else 1) * 10
            current = 0
            seen = False
        elif char == "百":
            total += (current if seen and current else 1) * 100
            current = 0
            seen = False
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + current


def blind16_age_of(value: str) -> int:
    """Read an ``<<AGE:…>>`` value: ``93``, ``ninety-three``, ``one hundred and two``, ``九十三``, ``一百零二``."""
    text = value.strip()
    if text.isdigit():
        return int(text)
    if text and all(c in _ZH_DIGITS + "十百两〇" for c in text):
        return _parse_zh_number(text)
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w and w != "and"]
    if not words:
        raise ValueError(f"not an age: {value!r}")
    total = 0
    current = 0
    for word in words:
        if word == "a" and not current:
            current = 1
        elif word == "hundred":
            total += (current or 1) * 100
            current = 0
        elif word in _EN_WORD_VALUES:
            current += _EN_WORD_VALUES[word]
        else:
            raise ValueError(f"not an age: {value!r}")
    return total + current


# =============================================================================================
# Small helpers
# =============================================================================================
def _ascii(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ø", "o")
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9]", "", folded).lower()


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def _letters(rng: random.Random, count: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(count))


def _nz(rng: random.Random, count: int) -> str:
    """``count`` digits not starting with 0."""
    return str(rng.randint(1, 9)) + _digits(rng, count - 1)


_MONTHS: Final = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip
_ORDINAL_WORDS: Final = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
    "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth",
    "thirtieth", "thirty-first",
)  # fmt: skip


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _fmt_date(date: dt.date, style: str) -> str:
    """Format with a small style language (no platform-dependent ``%-d``)."""
    month = _MONTHS[date.month - 1]
    table = {
        "mdy": f"{date.month:02d}/{date.day:02d}/{date.year}",
        "mdy_short": f"{date.month}/{date.day}/{date.year}",
        "mdy2": f"{date.month:02d}/{date.day:02d}/{date.year % 100:02d}",
        "mdy_dash": f"{date.month:02d}-{date.day:02d}-{date.year}",
        "dmy": f"{date.day:02d}/{date.month:02d}/{date.year}",
        "dmy_short": f"{date.day}/{date.month}/{date.year}",
        "dmy2": f"{date.day:02d}/{date.month:02d}/{date.year % 100:02d}",
        "dmy_dot": f"{date.day:02d}.{date.month:02d}.{date.year}",
        "dmy_dot_short": f"{date.day}.{date.month}.{date.year}",
        "dmy_dot2": f"{date.day:02d}.{date.month:02d}.{date.year % 100:02d}",
        "iso": date.isoformat(),
        "dmony": f"{date.day:02d}-{month[:3]}-{date.year}",
        "dmony_up": f"{date.day:02d}-{month[:3].upper()}-{date.year}",
        "dmony2": f"{date.day}-{month[:3]}-{date.year % 100:02d}",
        "d_mon_y": f"{date.day} {month[:3]} {date.year}",
        "d_month_y": f"{date.day} {month} {date.year}",
        "dth_month_y": f"{_ordinal(date.day)} {month} {date.year}",
        "d_dot_month_y": f"{date.day}. {month} {date.year}",
        "month_d_y": f"{month} {date.day}, {date.year}",
        "mon_d_y": f"{month[:3]} {date.day}, {date.year}",
        "mon_dot_d_y": f"{month[:3]}. {date.day}, {date.year}",
        "compact": f"{date.day:02d}{month[:3].upper()}{date.year}",
        "compact2": f"{date.day:02d}{month[:3].upper()}{date.year % 100:02d}",
        "ymd": f"{date.year}{date.month:02d}{date.day:02d}",
        "ymd_dot": f"{date.year}.{date.month:02d}.{date.day:02d}",
        "ymd_slash": f"{date.year}/{date.month:02d}/{date.day:02d}",
        "md": f"{date.month}/{date.day}",
        "dm": f"{date.day}/{date.month}",
        "dm_dot": f"{date.day:02d}.{date.month:02d}.",
        "mon_d": f"{month[:3]} {date.day}",
        "d_mon": f"{date.day} {month[:3]}",
        "dth_month": f"{_ordinal(date.day)} {month}",
        "month_dth": f"{month} {_ordinal(date.day)}",
        "spoken_us": f"{month.lower()} {_ORDINAL_WORDS[date.day - 1]}",
        "spoken_uk": f"the {_ORDINAL_WORDS[date.day - 1]} of {month}",
        "zh": f"{date.year}年{date.month}月{date.day}日",
        "zh_pad": f"{date.year}年{date.month:02d}月{date.day:02d}日",
        "zh_dash": date.isoformat(),
        "zh_slash": f"{date.year}/{date.month:02d}/{date.day:02d}",
        "zh_slash_short": f"{date.year}/{date.month}/{date.day}",
        "zh_dot": f"{date.year}.{date.month}.{date.day}",
        "zh_md": f"{date.month}月{date.day}日",
        "zh_md_dash": f"{date.month:02d}-{date.day:02d}",
        "zh_md_slash": f"{date.month}/{date.day}",
        "zh_md_dot": f"{date.month}.{date.day}",
        "zh_y2": f"{date.year % 100:02d}年{date.month}月{date.day}日",
    }
    return table[style]


# Per-country date styles: (main, long, short, compact, spoken)
_EN_DATE_STYLES: Final[dict[str, tuple[tuple[str, ...], ...]]] = {
    "us": (
        ("mdy", "mdy", "mdy_short", "mdy2", "iso", "dmony_up", "mon_d_y"),
        ("month_d_y", "mon_d_y", "mon_dot_d_y"),
        ("md", "mon_d"),
        ("compact", "ymd", "dmony2", "mdy2"),
        ("spoken_us",),
    ),
    "uk": (
        ("dmy", "dmy", "dmy_short", "dmy2", "d_mon_y", "dmony", "iso"),
        ("d_month_y", "dth_month_y", "d_mon_y"),
        ("dm", "d_mon", "dth_month"),
        ("compact", "dmony2", "ymd", "dmy2"),
        ("spoken_uk",),
    ),
    "au": (
        ("dmy", "dmy", "dmy_short", "dmy2", "d_mon_y", "dmony", "iso"),
        ("d_month_y", "d_mon_y", "dth_month_y"),
        ("dm", "d_mon"),
        ("compact", "dmony2", "ymd", "dmy2"),
        ("spoken_uk",),
    ),
    "de": (
        ("dmy_dot", "dmy_dot", "dmy_dot_short", "dmy_dot2", "iso", "d_mon_y"),
        ("d_dot_month_y", "d_month_y", "d_mon_y"),
        ("dm_dot", "d_mon"),
        ("ymd", "compact", "ymd_dot", "dmy_dot2"),
        ("spoken_uk",),
    ),
    "ph": (
        ("mdy", "mdy", "mdy_dash", "month_d_y", "mon_dot_d_y", "iso", "dmony_up"),
        ("month_d_y", "mon_dot_d_y", "mon_d_y"),
        ("md", "mon_d", "month_dth"),
        ("compact", "ymd", "ymd_slash", "mdy2"),
        ("spoken_us",),
    ),
}
_ZH_DATE_STYLES: Final = ("zh", "zh", "zh_pad", "zh_dash", "zh_dash", "zh_slash", "zh_slash_short", "zh_dot", "zh_y2")
_ZH_MD_STYLES: Final = ("zh_md", "zh_md", "zh_md_dash", "zh_md_slash", "zh_md_dot")


def _birth_for_age(rng: random.Random, on: dt.date, age: int) -> dt.date:
    """A birth date giving exactly ``age`` on ``on``."""
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    year = on.year - age - (1 if (month, day) > (on.month, on.day) else 0)
    return dt.date(year, month, day)


def _pick_age(rng: random.Random, *, low: int = 18) -> int:
    roll = rng.random()
    if roll < 0.3:
        return rng.randint(90, 104)
    if roll < 0.45:
        return rng.randint(75, 89)
    return rng.randint(low, 74)


# =============================================================================================
# English-language names: Faker locales plus hand-written lists
# =============================================================================================
@dataclass(frozen=True)
class _Pool:
    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[str, ...]


_POOLS: Final[dict[str, _Pool]] = {
    "word": _Pool(
        male=(
            "Will",
            "Mark",
            "Bill",
            "Sandy",
            "Rusty",
            "Buck",
            "Major",
            "Hunter",
            "Lucky",
            "Sonny",
            "Gift",
            "Royal",
            "Ace",
            "Forest",
            "Cash",
            "Ransom",
            "Sterling",
        ),
        female=(
            "Hope",
            "Grace",
            "Rose",
            "Faith",
            "Sandy",
            "Joy",
            "Dawn",
            "Summer",
            "Iris",
            "Ivy",
            "Pearl",
            "Precious",
            "Blessing",
            "Patience",
            "Honor",
            "Sunny",
            "Charity",
            "Amber",
            "April",
            "Merry",
            "Star",
            "Clementine",
            "Destiny",
            "Constance",
            "Mercy",
        ),
        surnames=(
            "Young",
            "Brown",
            "White",
            "Black",
            "Green",
            "Baker",
            "Cook",
            "Stone",
            "Bishop",
            "Page",
            "Gray",
            "Little",
            "Rich",
            "Hope",
            "Love",
            "Day",
            "Moon",
            "Fox",
            "Wolf",
            "Bell",
            "Hill",
            "Waters",
            "Strong",
            "Golden",
            "Knight",
            "Mason",
            "Small",
            "Long",
            "Church",
            "Friend",
            "King",
            "Lord",
            "Sharp",
            "Best",
            "Wise",
            "Frost",
            "Snow",
            "Field",
            "Rivers",
            "Street",
            "Banks",
            "Marsh",
            "Hunter",
            "Summers",
            "Winter",
            "Bush",
            "Swan",
            "Reed",
            "Chance",
            "Major",
        ),
    ),
    "african": _Pool(
        male=(
            "Chukwuemeka",
            "Oluwaseun",
            "Kwame",
            "Tendai",
            "Sipho",
            "Kofi",
            "Yaw",
            "Otieno",
            "Babajide",
            "Mandla",
            "Moussa",
            "Tesfaye",
            "Mulugeta",
            "Abdi",
            "Obinna",
            "Kelechi",
            "Emeka",
            "Tunde",
            "Themba",
            "Thabo",
            "Kagiso",
            "Jelani",
            "Mamadou",
            "Ibrahima",
            "Kwabena",
            "Nnamdi",
            "Desta",
        ),
        female=(
            "Ngozi",
            "Adaeze",
            "Abena",
            "Thandiwe",
            "Nomvula",
            "Ama",
            "Wanjiru",
            "Njeri",
            "Akinyi",
            "Folasade",
            "Ifeoma",
            "Tariro",
            "Lindiwe",
            "Zodwa",
            "Fatoumata",
            "Awa",
            "Alemitu",
            "Hodan",
            "Chiamaka",
            "Yetunde",
            "Nkechi",
            "Efua",
            "Adwoa",
            "Makena",
            "Nyambura",
            "Busisiwe",
            "Aminata",
        ),
        surnames=(
            "Okafor",
            "Adeyemi",
            "Mensah",
            "Owusu",
            "Boateng",
            "Nwosu",
            "Eze",
            "Okonkwo",
            "Dlamini",
            "Ndlovu",
            "Mokoena",
            "Moyo",
            "Chikwanha",
            "Mwangi",
            "Kamau",
            "Odhiambo",
            "Ochieng",
            "Diallo",
            "Traoré",
            "Keita",
            "Bekele",
            "Haile",
            "Abdullahi",
            "Warsame",
            "Osei-Bonsu",
            "Agyeman-Duah",
            "Oyelaran",
            "Nakamya",
            "Ssempijja",
            "Mutasa",
            "Chinyama",
            "Ogunleye",
            "Achebe",
            "Nkemelu",
            "Asante",
            "Ansah",
            "Wolde-Giorgis",
        ),
    ),
    "south_asian": _Pool(
        male=(
            "Venkatesh",
            "Arjun",
            "Harpreet",
            "Gurpreet",
            "Sanjay",
            "Anil",
            "Ravindra",
            "Farhan",
            "Sivakumar",
            "Dilshan",
            "Aarav",
            "Rajesh",
            "Pradeep",
            "Imran",
            "Kamal",
            "Suresh",
            "Manoj",
            "Tariq",
            "Nikhil",
            "Rohan",
            "Balwinder",
            "Jaswinder",
            "Mohan",
            "Prakash",
            "Shahid",
        ),
        female=(
            "Priyanka",
            "Lakshmi",
            "Deepika",
            "Shreya",
            "Nusrat",
            "Tahmina",
            "Kavitha",
            "Thilini",
            "Manpreet",
            "Anjali",
            "Sunita",
            "Meenakshi",
            "Parveen",
            "Shabana",
            "Rekha",
            "Pooja",
            "Divya",
            "Nirmala",
            "Harjit",
            "Sangeetha",
            "Ishani",
            "Rukhsana",
            "Vidya",
            "Gurleen",
            "Anusha",
        ),
        surnames=(
            "Subramanian",
            "Venkataraman",
            "Chaudhary",
            "Gill",
            "Sandhu",
            "Dhillon",
            "Patel",
            "Nair",
            "Menon",
            "Iyer",
            "Reddy",
            "Bandyopadhyay",
            "Chatterjee",
            "Rahman",
            "Hossain",
            "Perera",
            "Fernando",
            "Jayasuriya",
            "Wickramasinghe",
            "Khan",
            "Siddiqui",
            "Krishnamurthy",
            "Ramaswamy",
            "Banerjee",
            "Mukherjee",
            "Ahluwalia",
            "Grewal",
            "Desai",
            "Joshi",
            "Pillai",
            "Choudhury",
            "Sharma",
            "Thakur",
            "Malhotra",
            "Bhattacharya",
        ),
    ),
    "east_asian": _Pool(
        male=(
            "Wei",
            "Jun",
            "Minh",
            "Haruto",
            "Min-jun",
            "Ji-hoon",
            "Ka-Wai",
            "Somchai",
            "Takeshi",
            "Hiroshi",
            "Duc",
            "Quang",
            "Jian",
            "Hao",
            "Sung-min",
            "Kenji",
            "Tuan",
            "Wai Keung",
            "Chee Keong",
            "Boon Huat",
        ),
        female=(
            "Mei-Ling",
            "Yui",
            "Seo-yeon",
            "Ji-woo",
            "Lan",
            "Thi Hoa",
            "Pimchanok",
            "Siew Ling",
            "Xiaoling",
            "Hyun-ah",
            "Aiko",
            "Yuki",
            "Ngoc Anh",
            "Mai",
            "Hui Min",
            "Su-bin",
            "Kanokwan",
            "Wing Yan",
            "Mei",
            "Sakura",
        ),
        surnames=(
            "Nguyen",
            "Tran",
            "Pham",
            "Le",
            "Hoang",
            "Park",
            "Kim",
            "Lee",
            "Choi",
            "Sato",
            "Tanaka",
            "Takahashi",
            "Yamamoto",
            "Zhang",
            "Chan",
            "Wong",
            "Tan",
            "Lim",
            "Ng",
            "Cheung",
            "Srisuk",
            "Wongsawat",
            "Chen",
            "Liu",
            "Huynh",
            "Vo",
            "Jung",
            "Kang",
            "Nakamura",
            "Lau",
            "Yeung",
            "Teo",
            "Goh",
            "Ong",
        ),
    ),
    "filipino": _Pool(
        male=(
            "Jose Rizalino",
            "Rodrigo",
            "John Paul",
            "Jericho",
            "Dindo",
            "Ramon",
            "Efren",
            "Rogelio",
            "Arnel",
            "Jun-jun",
            "Bong",
            "Mark Anthony",
            "Christian",
            "Reynaldo",
            "Romeo",
            "Danilo",
            "Jomar",
            "Ariel",
            "Ferdinand",
            "Emmanuel",
            "Bienvenido",
            "Crisanto",
            "Teodoro",
            "Nonoy",
        ),
        female=(
            "Ma. Lourdes",
            "Marites",
            "Precious Joy",
            "Kristine Mae",
            "Mary Grace",
            "Angelica",
            "Analyn",
            "Rowena",
            "Lorna",
            "Maricel",
            "Jocelyn",
            "Evangeline",
            "Corazon",
            "Remedios",
            "Luzviminda",
            "Divina",
            "Rhodora",
            "Ging",
            "Jhoanna",
            "Lovely",
            "Cherry Mae",
            "Ma. Theresa",
            "Rosalinda",
            "Milagros",
        ),
        surnames=(
            "dela Cruz",
            "de los Santos",
            "Santos",
            "Reyes",
            "Bautista",
            "Garcia",
            "Mendoza",
            "Villanueva",
            "Aquino",
            "Dimaculangan",
            "Macaraeg",
            "Pangilinan",
            "Tolentino",
            "Sison",
            "Magbanua",
            "Panganiban",
            "Evangelista",
            "Soriano",
            "del Rosario",
            "de Guzman",
            "Ocampo",
            "Manalastas",
            "Macapagal",
            "Dizon",
            "Salonga",
            "Mercado",
            "Cabrera",
            "Lacson",
            "Sy",
            "Uy",
            "Go",
            "Co",
            "Tan",
            "Ampatuan",
            "Mangudadatu",
            "Sarmiento",
            "Balagtas",
            "Malabanan",
            "Buenaventura",
        ),
    ),
    "hispanic": _Pool(
        male=(
            "José Luis",
            "Jesús",
            "Alejandro",
            "Rigoberto",
            "Juan Carlos",
            "Luis Ángel",
            "Santiago",
            "Mateo",
            "Guillermo",
            "Ezequiel",
            "Héctor",
            "Joaquín",
            "Ignacio",
            "Esteban",
        ),
        female=(
            "María Fernanda",
            "Guadalupe",
            "Xiomara",
            "Yesenia",
            "Itzel",
            "Ximena",
            "Marisol",
            "Esperanza",
            "Consuelo",
            "Luz",
            "Dolores",
            "Rocío",
            "Maribel",
            "Araceli",
        ),
        surnames=(
            "García-Márquez",
            "Hernández",
            "de la Fuente",
            "del Valle",
            "Rodríguez",
            "Martínez López",
            "Quispe",
            "Mamani",
            "Ibarra",
            "Sánchez",
            "Gutiérrez",
            "Ortiz-Ramos",
            "Villalobos",
            "Echeverría",
            "Núñez",
            "Castañeda",
            "Peña",
            "de León",
            "Zúñiga",
            "Montoya",
        ),
    ),
    "arabic": _Pool(
        male=(
            "Mohammed",
            "Abdulrahman",
            "Yousef",
            "Omar",
            "Khaled",
            "Hussein",
            "Tariq",
            "Ahmad",
            "Mustafa",
            "Bilal",
            "Hamza",
            "Saif",
            "Faisal",
            "Nabil",
            "Karim",
        ),
        female=(
            "Fatima",
            "Nour",
            "Layla",
            "Aisha",
            "Rania",
            "Zainab",
            "Samira",
            "Mariam",
            "Huda",
            "Yasmin",
            "Amira",
            "Salma",
            "Dalia",
            "Hanan",
            "Rasha",
        ),
        surnames=(
            "Al-Farsi",
            "Al Mansouri",
            "El-Sayed",
            "bin Rashid",
            "Haddad",
            "Khoury",
            "Abu-Bakr",
            "Nasser",
            "Hamdan",
            "Abdel-Malek",
            "Qureshi",
            "Al-Amin",
            "Saleh",
            "Mahmoud",
            "Darwish",
            "Al-Hashimi",
            "Ibrahim",
            "Aziz",
            "El Khatib",
            "Bakr",
        ),
    ),
    "east_european": _Pool(
        male=(
            "Wojciech",
            "Dmitri",
            "Yevgeniy",
            "Bogdan",
            "Miroslav",
            "Radek",
            "Goran",
            "Tomasz",
            "Grzegorz",
            "Oleksandr",
            "Vasyl",
            "Andrzej",
            "Zoltán",
            "Marek",
            "Jiří",
            "Nikola",
        ),
        female=(
            "Agnieszka",
            "Katarzyna",
            "Oksana",
            "Zsófia",
            "Ludmila",
            "Jelena",
            "Milica",
            "Małgorzata",
            "Olena",
            "Natalia",
            "Svetlana",
            "Ewa",
            "Irina",
            "Bożena",
            "Dorota",
            "Anastasiya",
        ),
        surnames=(
            "Wiśniewska",
            "Kowalczyk",
            "Szczepański",
            "Przybylski",
            "Ivanova",
            "Kovalenko",
            "Shevchenko",
            "Horváth",
            "Novák",
            "Petrović",
            "Jovanović",
            "Popescu",
            "Dumitrescu",
            "Brzęczyszczykiewicz",
            "Lewandowski",
            "Nowak",
            "Kravchuk",
            "Bondarenko",
            "Dvořák",
            "Nagy",
            "Zieliński",
            "Kozlov",
        ),
    ),
    "pacific": _Pool(
        male=(
            "Sione",
            "Tevita",
            "Semisi",
            "Tane",
            "Wiremu",
            "Manaia",
            "Keala",
            "Viliami",
            "Pita",
            "Ropata",
            "Hemi",
            "Iosefa",
            "Tamati",
            "Koa",
        ),
        female=(
            "Mele",
            "Losana",
            "Ana",
            "Vailea",
            "Malia",
            "Aroha",
            "Mere",
            "Leilani",
            "Kalena",
            "Moana",
            "Ngaire",
            "Fetu",
            "Teuila",
            "Hinemoa",
        ),
        surnames=(
            "Taufa",
            "Fifita",
            "Tuilagi",
            "Faleolo",
            "Tupou",
            "Vaipulu",
            "Aumua",
            "Ngata",
            "Te Rangi",
            "Parata",
            "Kahananui",
            "Tuimavave",
            "Fonoti",
            "Leota",
            "Havili",
            "Pomare",
            "Te Whata",
            "Kealoha",
            "Mahe",
            "Tapsell",
        ),
    ),
    "indigenous": _Pool(
        male=(
            "Jarrah",
            "Yindi",
            "Dakota",
            "Jandamarra",
            "Bunji",
            "Tecumseh",
            "Ahanu",
            "Chayton",
            "Kele",
            "Mundara",
            "Wirrin",
            "Mingo",
        ),
        female=(
            "Kirra",
            "Marlee",
            "Talulah",
            "Winona",
            "Cheyenne",
            "Allira",
            "Jedda",
            "Narelle",
            "Kaya",
            "Tallara",
            "Aiyana",
            "Nizhoni",
        ),
        surnames=(
            "Mununggurr",
            "Yunupingu",
            "Gurruwiwi",
            "Wunungmurra",
            "Marika",
            "Tsosie",
            "Begay",
            "Yazzie",
            "Running Bear",
            "Whitehorse",
            "Littlewolf",
            "Two Crows",
            "Bancroft-Tjapaltjarri",
            "Namatjira",
            "Napangardi",
            "Yellowhair",
            "Thundercloud",
            "Jakamarra",
        ),
    ),
    "german": _Pool(
        male=(
            "Jürgen",
            "Ulrich",
            "Lutz",
            "Klaus-Dieter",
            "Hans-Peter",
            "Wolfgang",
            "Bernd",
            "Götz",
            "Matthias",
            "Sören",
            "Jörg",
            "Friedhelm",
            "Detlef",
            "Kai-Uwe",
            "Torsten",
        ),
        female=(
            "Hannelore",
            "Friederike",
            "Annegret",
            "Gisela",
            "Ute",
            "Heike",
            "Birgit",
            "Sabine",
            "Dörte",
            "Liselotte",
            "Wiebke",
            "Anke",
            "Brigitte",
            "Mareike",
            "Rosemarie",
        ),
        surnames=(
            "von Bredow",
            "von der Heide",
            "Meyer-Lindenberg",
            "Schäfer",
            "Groß",
            "Müller",
            "Schmidt",
            "Weiß",
            "Köhler",
            "zu Stolberg",
            "Hoffmann",
            "Becker",
            "Wagner",
            "Fuchs",
            "Krüger",
            "Brandt",
            "Vogel",
            "Jäger",
            "Zimmermann",
            "van der Berg",
            "de Vries",
            "ter Horst",
            "Oberländer",
            "Schulte-Möller",
        ),
    ),
    "turkish": _Pool(
        male=("Mehmet", "Emre", "Mustafa", "Hüseyin", "Cem", "Burak", "Yusuf", "Okan", "Kemal"),
        female=("Ayşe", "Elif", "Zeynep", "Fatma", "Emine", "Derya", "Gülşen", "Özlem", "Hatice"),
        surnames=(
            "Yılmaz",
            "Öztürk",
            "Demir",
            "Kaya",
            "Çelik",
            "Şahin",
            "Aydın",
            "Arslan",
            "Doğan",
            "Kılıç",
            "Yıldız",
            "Erdoğan",
        ),
    ),
    "celtic": _Pool(
        male=("Tadhg", "Cillian", "Oisín", "Ruairí", "Seamus", "Padraig", "Fergus", "Lachlan", "Hamish", "Ewan"),
        female=("Siobhán", "Niamh", "Aoife", "Caoimhe", "Saoirse", "Róisín", "Eilidh", "Morag", "Sinéad", "Gráinne"),
        surnames=(
            "O'Sullivan",
            "O'Neill",
            "MacDonald",
            "McAllister",
            "Ní Bhriain",
            "Ó Súilleabháin",
            "MacLeod",
            "O'Brien",
            "Fitzgerald",
            "McCarthy",
            "Mac Giolla Phádraig",
            "Ó Briain",
            "Kennedy",
            "Doherty",
            "McGillivray",
        ),
    ),
}

# Faker locales used for "ordinary" names of a country and for extra variety.
_FAKER_LOCALES: Final = (
    "en_US",
    "en_GB",
    "en_AU",
    "en_IN",
    "en_IE",
    "de_DE",
    "ig_NG",
    "yo_NG",
    "en_KE",
    "zu_ZA",
    "tw_GH",
    "es_MX",
    "pl_PL",
    "en_NZ",
    "en_PH",
    "zh_CN",
    "zh_TW",
)

# country -> weighted name sources ("faker:<locale>" or a pool name)
_COUNTRY_SOURCES: Final[dict[str, tuple[tuple[str, int], ...]]] = {
    "us": (
        ("faker:en_US", 30),
        ("hispanic", 12),
        ("faker:es_MX", 4),
        ("african", 7),
        ("faker:yo_NG", 2),
        ("south_asian", 7),
        ("faker:en_IN", 3),
        ("east_asian", 8),
        ("word", 10),
        ("arabic", 4),
        ("east_european", 4),
        ("indigenous", 3),
        ("pacific", 2),
        ("filipino", 3),
    ),
    "uk": (
        ("faker:en_GB", 30),
        ("celtic", 8),
        ("south_asian", 12),
        ("faker:en_IN", 3),
        ("african", 8),
        ("faker:ig_NG", 2),
        ("faker:tw_GH", 2),
        ("east_european", 7),
        ("faker:pl_PL", 3),
        ("word", 10),
        ("arabic", 6),
        ("east_asian", 5),
        ("hispanic", 2),
        ("filipino", 2),
    ),
    "au": (
        ("faker:en_AU", 30),
        ("indigenous", 6),
        ("east_asian", 12),
        ("south_asian", 9),
        ("pacific", 8),
        ("faker:en_NZ", 3),
        ("word", 10),
        ("east_european", 4),
        ("arabic", 5),
        ("african", 4),
        ("faker:zu_ZA", 2),
        ("filipino", 4),
        ("celtic", 3),
    ),
    "de": (
        ("faker:de_DE", 30),
        ("german", 14),
        ("turkish", 10),
        ("east_european", 10),
        ("faker:pl_PL", 3),
        ("arabic", 7),
        ("african", 4),
        ("faker:en_KE", 2),
        ("word", 5),
        ("south_asian", 4),
        ("east_asian", 5),
        ("faker:en_GB", 3),
    ),
    "ph": (
        ("filipino", 55),
        ("faker:en_PH", 5),
        ("east_asian", 10),
        ("word", 8),
        ("hispanic", 6),
        ("arabic", 4),
        ("south_asian", 3),
        ("faker:en_US", 4),
        ("indigenous", 1),
        ("pacific", 2),
    ),
}

_NICKNAMES: Final[dict[str, tuple[str, ...]]] = {
    "William": ("Bill", "Will", "Billy"), "Robert": ("Bob", "Rob", "Bobby"), "Elizabeth": ("Liz", "Beth", "Lizzie"),
    "Margaret": ("Peggy", "Maggie", "Meg"), "Alexandra": ("Sandy", "Alex", "Sasha"), "Katherine": ("Kate", "Kathy"),
    "Catherine": ("Cathy", "Kate"), "James": ("Jim", "Jimmy"), "Richard": ("Rick", "Dick"), "Patricia": ("Patty", "Trish"),
    "Charles": ("Chuck", "Charlie"), "Anthony": ("Tony",), "Jennifer": ("Jen", "Jenny"), "Christopher": ("Chris", "Kit"),
    "Michael": ("Mike", "Mick"), "Thomas": ("Tom", "Tommy"), "Joseph": ("Joe", "Joey"), "Daniel": ("Dan", "Danny"),
    "Matthew": ("Matt",), "Rebecca": ("Becky", "Bec"), "Samantha": ("Sam",), "Jessica": ("Jess",), "Victoria": ("Tori", "Vicky"),
    "Oluwaseun": ("Seun",), "Chukwuemeka": ("Emeka",), "Venkatesh": ("Venky",), "Abdulrahman": ("Abdul",),
    "Gurpreet": ("Preet", "Gurp"), "Thandiwe": ("Thandi",), "Wojciech": ("Wojtek",), "Katarzyna": ("Kasia",),
    "Dmitri": ("Dima",), "Małgorzata": ("Gosia",), "Yevgeniy": ("Zhenya",), "Jose Rizalino": ("Jun", "Riz"),
    "Ma. Lourdes": ("Lulu", "Lourdes"), "Mary Grace": ("Grace", "MG"), "Precious Joy": ("PJ", "Joy"),
    "Kristine Mae": ("Tin", "Kring"), "Rodrigo": ("Digong", "Rod"), "Reynaldo": ("Rey", "Nonoy"),
    "Evangeline": ("Vangie",), "Corazon": ("Cory", "Cora"), "Remedios": ("Medy",), "Luzviminda": ("Luz", "Minda"),
    "Ma. Theresa": ("Tess", "Tessie"), "Rosalinda": ("Linda", "Rosie"), "Emmanuel": ("Manny", "Emman"),
    "Teodoro": ("Teddy", "Doro"), "Guadalupe": ("Lupita", "Lupe"), "Jesús": ("Chuy",), "José Luis": ("Pepe", "Joselo"),
    "Dolores": ("Lola",), "Esperanza": ("Espe",), "Consuelo": ("Chelo",), "Mohammed": ("Mo", "Hamoudi"),
    "Siobhán": ("Shiv",), "Padraig": ("Paddy",), "Hans-Peter": ("HP",), "Klaus-Dieter": ("KD",),
    "Friederike": ("Rieke", "Fritzi"), "Liselotte": ("Lilo",), "Hannelore": ("Hanne",), "Wolfgang": ("Wolfi",),
    "Sandy": ("Sands",), "Grace": ("Gracie",), "Rose": ("Rosie",), "Faith": ("Fay",), "Will": ("Willy",),
    "Aroha": ("Ro",), "Wiremu": ("Wi",), "Leilani": ("Lani",), "Anastasiya": ("Nastya",), "Natalia": ("Natasha",),
    "Priyanka": ("Priya",), "Lakshmi": ("Lux",), "Venkataraman": ("Venky",), "Ravindra": ("Ravi",),
    "Sivakumar": ("Siva",), "Meenakshi": ("Meena",), "Nkechi": ("Kechi",), "Chiamaka": ("Amaka",),
    "Yetunde": ("Tunde",), "Folasade": ("Sade",), "Babajide": ("Jide",), "Nnamdi": ("Nam",),
}  # fmt: skip


@dataclass(frozen=True)
class _EnPerson:
    first: str
    last: str
    middle: str
    nick: str
    female: bool


def _faker_person(fake: Faker, rng: random.Random, female: bool) -> tuple[str, str]:
    first = fake.first_name_female() if female else fake.first_name_male()
    last = fake.last_name()
    return first.strip(), last.strip()


def _en_person(
    rng: random.Random,
    fakers: Mapping[str, Faker],
    country: str,
    *,
    female: bool | None = None,
    surname: str | None = None,
) -> _EnPerson:
    if female is None:
        female = rng.random() < 0.55
    sources = _COUNTRY_SOURCES[country]
    source = rng.choices([s for s, _ in sources], weights=[w for _, w in sources])[0]
    if source.startswith("faker:"):
        first, last = _faker_person(fakers[source[6:]], rng, female)
        middle_pool: tuple[str, ...] = (
            "Anne",
            "Marie",
            "James",
            "Lee",
            "Louise",
            "John",
            "Ray",
            "Jane",
            "Michael",
            "Rose",
            "Grace",
            "Edward",
        )
    else:
        pool = _POOLS[source]
        first = rng.choice(pool.female if female else pool.male)
        last = rng.choice(pool.surnames)
        middle_pool = (
            (pool.female if female else pool.male)
            if source not in ("filipino",)
            else ("Santos", "Reyes", "Cruz", "Bautista", "Ramos", "Castillo")
        )
    if surname is not None:
        last = surname
    # Faker sometimes gives single-token names with spaces removed; drop honorific junk defensively.
    first = re.sub(r"^(?:Dr|Mr|Mrs|Ms|Miss|Prof|pan|pani)\.?\s+", "", first)
    middle = rng.choice(middle_pool) if rng.random() < 0.4 else ""
    if middle == first:
        middle = ""
    nick = rng.choice(_NICKNAMES[first]) if first in _NICKNAMES else (first.split()[0] if " " in first else first)
    return _EnPerson(first=first, last=last, middle=middle, nick=nick, female=female)


def _typo(rng: random.Random, word: str) -> str:
    """A plausible keying error: swap two inner letters, drop or double a letter."""
    letters = list(word)
    inner = [i for i in range(1, len(letters) - 1) if letters[i].isalpha() and letters[i + 1].isalpha()]
    if not inner:
        return word + word[-1]
    i = rng.choice(inner)
    roll = rng.random()
    if roll < 0.45 and letters[i] != letters[i + 1]:
        letters[i], letters[i + 1] = letters[i + 1], letters[i]
    elif roll < 0.75 and len(letters) > 4:
        del letters[i]
    else:
        letters.insert(i, letters[i])
    result = "".join(letters)
    return result if result != word else word + word[-1]


def _initial(name: str) -> str:
    return next(c for c in name if c.isalpha()).upper()


def _en_forms(prefix: str, person: _EnPerson, rng: random.Random, domain: str) -> Values:
    first, last, middle = person.first, person.last, person.middle
    full = f"{first} {last}"
    first_i = _initial(first)
    last_word = last.split()[-1]
    values: Values = {
        prefix: full,
        f"{prefix}_f": first,
        f"{prefix}_l": last,
        f"{prefix}_fm": f"{first} {_initial(middle)}. {last}" if middle else full,
        f"{prefix}_fmf": f"{first} {middle} {last}" if middle else full,
        f"{prefix}_fi": f"{first_i}. {last}",
        f"{prefix}_fil": f"{first_i} {last}",
        f"{prefix}_lf": f"{last}, {first}",
        f"{prefix}_lfm": f"{last}, {first} {_initial(middle)}." if middle else f"{last}, {first}",
        f"{prefix}_lfi": f"{last.upper()} {first_i}",
        f"{prefix}_uc": f"{last.upper()}, {first.upper()}",
        f"{prefix}_ul": last.upper(),
        f"{prefix}_uf": f"{first.upper()} {last.upper()}",
        f"{prefix}_low": full.lower(),
        f"{prefix}_lowl": last.lower(),
        f"{prefix}_ini": f"{first_i}.{_initial(last_word)}."
        if rng.random() < 0.5
        else f"{first_i}{_initial(last_word)}",
        f"{prefix}_typo": f"{first} {_typo(rng, last_word) if last_word == last else last[: -len(last_word)] + _typo(rng, last_word)}"
        if rng.random() < 0.6
        else f"{_typo(rng, first)} {last}",
        f"{prefix}_ltypo": _typo(rng, last_word)
        if last_word == last
        else last[: -len(last_word)] + _typo(rng, last_word),
        f"{prefix}_nick": person.nick,
        f"{prefix}_nickl": f"{person.nick} {last}",
        f"{prefix}_dcm": f"{last.upper()}^{first.upper()}" + (f"^{_initial(middle)}" if middle else ""),
        f"{prefix}_fl2": f"{first} {_initial(last_word)}.",
        f"{prefix}_em": _staff_email(rng, first, last, domain),
        f"{prefix}_he": "she" if person.female else "he",
        f"{prefix}_his": "her" if person.female else "his",
        f"{prefix}_hisc": "Her" if person.female else "His",
        f"{prefix}_him": "her" if person.female else "him",
        f"{prefix}_sex": "F" if person.female else "M",
        f"{prefix}_gender": "female" if person.female else "male",
        f"{prefix}_t": rng.choice(("Ms", "Mrs", "Ms")) if person.female else "Mr",
    }
    return values


def _staff_email(rng: random.Random, first: str, last: str, domain: str) -> str:
    f, l_ = _ascii(first.split()[0]) or "x", _ascii(last) or "y"
    style = rng.randrange(5)
    local = (f"{f}.{l_}", f"{f[0]}{l_}", f"{f[0]}.{l_}", f"{l_}.{f}", f"{f}.{l_}{rng.randint(1, 99)}")[style]
    return f"{local}@{domain}"


# =============================================================================================
# English-language settings: places, organisations, phones, identifiers
# =============================================================================================
# (city, region filler, postcode seed)
_CITIES: Final[dict[str, tuple[tuple[str, str, str], ...]]] = {
    "us": (
        ("Boston", "MA", "021"), ("Cleveland", "OH", "441"), ("Tucson", "AZ", "857"), ("Fresno", "CA", "937"),
        ("Albany", "NY", "122"), ("Duluth", "MN", "558"), ("Macon", "GA", "312"), ("Spokane", "WA", "992"),
        ("Mobile", "AL", "366"), ("Reading", "PA", "196"), ("Florence", "SC", "295"), ("Orange", "CA", "928"),
        ("Paris", "TX", "754"), ("Hope", "AR", "718"), ("Provo", "UT", "846"), ("Lubbock", "TX", "794"),
        ("Toledo", "OH", "436"), ("Madison", "WI", "537"), ("Lafayette", "LA", "705"), ("Eugene", "OR", "974"),
        ("Buffalo", "NY", "142"), ("Sioux Falls", "SD", "571"), ("Pittsburgh", "PA", "152"), ("Shreveport", "LA", "711"),
    ),
    "uk": (
        ("Leeds", "West Yorkshire", "LS"), ("Sheffield", "South Yorkshire", "S"), ("Norwich", "Norfolk", "NR"),
        ("Swansea", "Wales", "SA"), ("Dundee", "Scotland", "DD"), ("Reading", "Berkshire", "RG"), ("Bath", "Somerset", "BA"),
        ("Luton", "Bedfordshire", "LU"), ("Wolverhampton", "West Midlands", "WV"), ("Stoke-on-Trent", "Staffordshire", "ST"),
        ("Bradford", "West Yorkshire", "BD"), ("Leicester", "Leicestershire", "LE"), ("Plymouth", "Devon", "PL"),
        ("Gateshead", "Tyne and Wear", "NE"), ("Kirkcaldy", "Fife", "KY"), ("Wrexham", "Wales", "LL"), ("Preston", "Lancashire", "PR"),
        ("Derby", "Derbyshire", "DE"), ("Ipswich", "Suffolk", "IP"), ("Exeter", "Devon", "EX"), ("Hull", "East Yorkshire", "HU"),
    ),
    "au": (
        ("Geelong", "VIC", "3220"), ("Ballarat", "VIC", "3350"), ("Wollongong", "NSW", "2500"), ("Townsville", "QLD", "4810"),
        ("Cairns", "QLD", "4870"), ("Parramatta", "NSW", "2150"), ("Orange", "NSW", "2800"), ("Dubbo", "NSW", "2830"),
        ("Bendigo", "VIC", "3550"), ("Launceston", "TAS", "7250"), ("Darwin", "NT", "0800"), ("Alice Springs", "NT", "0870"),
        ("Fremantle", "WA", "6160"), ("Bunbury", "WA", "6230"), ("Toowoomba", "QLD", "4350"), ("Mildura", "VIC", "3500"),
        ("Mount Gambier", "SA", "5290"), ("Elizabeth", "SA", "5112"), ("Liverpool", "NSW", "2170"), ("Footscray", "VIC", "3011"),
    ),
    "de": (
        ("München", "Bavaria", "80"), ("Köln", "North Rhine-Westphalia", "50"), ("Freiburg im Breisgau", "Baden-Württemberg", "79"),
        ("Leipzig", "Saxony", "04"), ("Hamburg", "Hamburg", "20"), ("Heidelberg", "Baden-Württemberg", "69"),
        ("Münster", "North Rhine-Westphalia", "48"), ("Essen", "North Rhine-Westphalia", "45"), ("Dresden", "Saxony", "01"),
        ("Tübingen", "Baden-Württemberg", "72"), ("Würzburg", "Bavaria", "97"), ("Mainz", "Rhineland-Palatinate", "55"),
        ("Kiel", "Schleswig-Holstein", "24"), ("Rostock", "Mecklenburg-Vorpommern", "18"), ("Göttingen", "Lower Saxony", "37"),
        ("Hannover", "Lower Saxony", "30"), ("Erlangen", "Bavaria", "91"), ("Bonn", "North Rhine-Westphalia", "53"),
    ),
    "ph": (
        ("Quezon City", "Metro Manila", "11"), ("Cebu City", "Cebu", "60"), ("Davao City", "Davao del Sur", "80"),
        ("Iloilo City", "Iloilo", "50"), ("Baguio", "Benguet", "26"), ("Makati", "Metro Manila", "12"), ("Pasig", "Metro Manila", "16"),
        ("Taguig", "Metro Manila", "16"), ("Cagayan de Oro", "Misamis Oriental", "90"), ("Bacolod", "Negros Occidental", "61"),
        ("Angeles", "Pampanga", "20"), ("San Fernando", "Pampanga", "20"), ("Dumaguete", "Negros Oriental", "62"),
        ("Tacloban", "Leyte", "65"), ("Zamboanga City", "Zamboanga del Sur", "70"), ("Lipa", "Batangas", "42"),
        ("Calamba", "Laguna", "40"), ("General Santos", "South Cotabato", "95"), ("Marikina", "Metro Manila", "18"),
        ("Valenzuela", "Metro Manila", "14"),
    ),
}  # fmt: skip

_COUNTRY_NAMES: Final = {"us": "USA", "uk": "United Kingdom", "au": "Australia", "de": "Germany", "ph": "Philippines"}

_STREET_SUFFIX: Final = {
    "us": ("Street", "Avenue", "Road", "Drive", "Lane", "Court", "Boulevard", "Way", "St", "Ave", "Blvd"),
    "uk": ("Road", "Street", "Lane", "Close", "Avenue", "Crescent", "Terrace", "Gardens", "Way", "Grove", "Mews"),
    "au": ("Street", "Road", "Avenue", "Parade", "Crescent", "Court", "Drive", "Place", "Tce", "St", "Rd"),
    "de": ("straße", "weg", "allee", "gasse", "ring", "platz"),
}
_PH_STREETS: Final = (
    "Sampaguita",
    "Mabini",
    "Rizal",
    "Kalayaan",
    "Magsaysay",
    "Bonifacio",
    "Luna",
    "Katipunan",
    "Narra",
    "Ilang-Ilang",
    "Molave",
    "Aguinaldo",
    "Gumamela",
    "Dahlia",
    "P. Burgos",
)
_PH_BARANGAYS: Final = (
    "San Isidro",
    "Poblacion",
    "Malinta",
    "Bagong Silang",
    "Sto. Niño",
    "Kapitolyo",
    "Lahug",
    "Talamban",
    "Mabolo",
    "Batasan Hills",
    "Commonwealth",
    "Guadalupe",
    "San Roque",
    "Bagumbayan",
    "Tandang Sora",
)
_DE_STREET_STEMS: Final = (
    "Linden",
    "Goethe",
    "Schiller",
    "Bahnhof",
    "Kirch",
    "Mühlen",
    "Garten",
    "Eichen",
    "Berg",
    "Rosen",
    "Hauptstraße",
    "Sonnen",
    "Ahorn",
    "Wiesen",
    "Friedrich-Ebert-",
)

_HOSPITALS: Final[dict[str, tuple[str, ...]]] = {
    "us": (
        "Mercy Regional Medical Center",
        "St. Vincent's Hospital",
        "Lakeside Memorial Hospital",
        "Providence Valley Medical Center",
        "Good Samaritan Hospital",
        "Brigham Hills Community Hospital",
        "{city} General Hospital",
        "{city} Regional Medical Center",
        "Sisters of Charity Hospital",
        "Riverside Methodist Hospital",
    ),
    "uk": (
        "St Aldhelm's Hospital",
        "Royal Wessex Infirmary",
        "{city} General Infirmary",
        "{city} Royal Hospital",
        "Princess Beatrice Hospital",
        "Queen Alexandra Hospital",
        "Moorfield Community Hospital",
        "St Cuthbert's Hospital",
    ),
    "au": (
        "St Brigid's Private Hospital",
        "{city} Base Hospital",
        "{city} Hospital",
        "Mater Misericordiae Hospital",
        "Royal Southern Hospital",
        "Coastal Districts Hospital",
        "Sir Charles Kingsford Hospital",
    ),
    "de": (
        "Klinikum {city}",
        "Universitätsklinikum {city}",
        "St. Elisabeth-Krankenhaus",
        "Evangelisches Krankenhaus Bethanien",
        "Kreisklinik {city}",
        "Marienhospital {city}",
    ),
    "ph": (
        "Sacred Heart Medical Center",
        "{city} Doctors' Hospital",
        "Our Lady of Peñafrancia Medical Center",
        "{city} Medical Center",
        "Holy Child Hospital",
        "Mother Seton General Hospital",
        "Dr. Jose N. Rodriguez Memorial Hospital",
    ),
}
_LABS: Final[dict[str, tuple[str, ...]]] = {
    "us": (
        "Northgate Reference Laboratories",
        "Clearwater Pathology Associates",
        "Summit Diagnostics LLC",
        "Keystone Molecular Genetics",
        "Bayview Clinical Labs",
    ),
    "uk": (
        "Pennine Pathology Partnership",
        "Wessex Cellular Pathology",
        "Harrowgate Diagnostics Ltd",
        "North Thames Genomic Laboratory Hub",
        "Severnside Microbiology",
    ),
    "au": (
        "Southern Cross Pathology",
        "Coral Coast Pathology",
        "Bayside Pathology",
        "Goldfields Diagnostic Services",
        "Tasman Genomics Pty Ltd",
    ),
    "de": (
        "MVZ Labor {city}",
        "Labor Dr. Kessler & Kollegen",
        "Institut für Pathologie am Dom",
        "Centogenix GmbH",
        "Labor am Ring MVZ",
    ),
    "ph": (
        "HiGenix Diagnostics Center",
        "Metro Lab Partners Inc.",
        "Visayas Pathology Group",
        "Mindanao Molecular Laboratory",
        "Sto. Rosario Diagnostic Laboratory",
    ),
}
_SPONSORS: Final = (
    "Halvorsen Therapeutics",
    "Kestrel Biopharma GmbH",
    "Meridian Clinical Research Pty Ltd",
    "Arcturus Oncology Inc.",
    "Novagen Trials Asia",
    "Bluewater CRO Ltd",
    "Caldera Bio AG",
    "Tidewater Pharmaceuticals",
    "Quillon Research Services",
    "Ostrander Biologics",
)
_GENLABS: Final = (
    "Helix Path Genomics",
    "GeneWorks Diagnostics",
    "Centogenix GmbH",
    "Ancestra Clinical Genomics",
    "Baseline Genetics Inc.",
    "Kinship Molecular Laboratory",
)
_BIOBANKS: Final[dict[str, tuple[str, ...]]] = {
    "us": ("Lakeshore Biobank", "Great Plains Biorepository", "Sagebrush Tissue Bank"),
    "uk": ("Wessex Tissue Bank", "Pennine Biobank", "Fenland Biorepository"),
    "au": ("North Coast Biorepository", "Southern Tablelands Biobank", "Coral Sea Tissue Bank"),
    "de": ("Biobank Rhein-Main", "Zentralbiobank Nord", "Biobank am Neckar"),
    "ph": ("Visayas Biobank Consortium", "Luzon Tissue Repository", "Mindanao Biospecimen Bank"),
}
_CARE_HOMES: Final[dict[str, tuple[str, ...]]] = {
    "us": (
        "Maple Grove Nursing Home",
        "Willowbrook Manor",
        "Golden Years Residence",
        "Sunrise Meadows Skilled Nursing",
    ),
    "uk": ("Sunnyvale Care Home", "Rosewood Lodge", "Hawthorn House Care Home", "The Laurels Nursing Home"),
    "au": ("Banksia Gardens Aged Care", "Wattle Grove Lodge", "Jacaranda Aged Care", "Bottlebrush Manor"),
    "de": ("Seniorenresidenz Am Park", "Haus Abendsonne", "Pflegeheim St. Josef", "Altenzentrum Lindenhof"),
    "ph": ("Casa Esperanza Home for the Aged", "Golden Acres Home for the Aged", "Bahay Kalinga Elderly Care"),
}
_WORKPLACES: Final[dict[str, tuple[str, ...]]] = {
    "us": (
        "Pinnacle Logistics",
        "Greenfield Meat Processors",
        "Cedar Point Call Center",
        "Lakeview Distribution Center",
    ),
    "uk": ("Harbour Lights Café", "Bluebell Laundry Services", "Castlegate Meat Packers", "Brightstart Nursery"),
    "au": ("Redgum Freight", "Brightstart Childcare Centre", "Southern Cross Abattoir", "Coral Bay Fisheries"),
    "de": ("Ostbahn Paketzentrum", "Bäckerei Sonnenschein", "Logistikzentrum Nord GmbH", "Schlachthof Emsland"),
    "ph": ("Kusina ni Lola Restaurant", "Allied Poultry Co.", "Bright Horizons BPO", "Golden Harvest Rice Mill"),
}
_SCHOOLS: Final[dict[str, tuple[str, ...]]] = {
    "us": ("Lincoln Elementary School", "Westfield High School"),
    "uk": ("St Mary's Primary School", "Greenhill College"),
    "au": ("Banyan Creek State School", "St Monica's College"),
    "de": ("Grundschule am Lindenhof", "Gymnasium am Rhein"),
    "ph": ("Holy Family Academy", "San Isidro National High School"),
}
_BLOOD_SUPPLIERS: Final = ("Tri-County Blood Center", "Heartland Blood Alliance", "Great Lakes Blood Services")
_NATIONAL: Final[dict[str, tuple[str, ...]]] = {
    "us": ("CDC", "FDA", "the state health department"),
    "uk": ("UKHSA", "NHSBT", "MHRA", "SHOT"),
    "au": ("Lifeblood", "the TGA", "the state Communicable Diseases Branch"),
    "de": ("the Paul-Ehrlich-Institut", "the RKI", "BfArM"),
    "ph": ("the DOH", "the FDA Philippines", "the Philippine Red Cross"),
}
_TLD: Final = {"us": "org", "uk": "nhs.uk", "au": "org.au", "de": "de", "ph": "com.ph"}
_FREE_MAIL: Final = ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "proton.me")
_REGIONAL_MAIL: Final = {
    "us": ("aol.com", "comcast.net"),
    "uk": ("btinternet.com", "yahoo.co.uk"),
    "au": ("bigpond.com", "optusnet.com.au"),
    "de": ("web.de", "gmx.de", "t-online.de"),
    "ph": ("yahoo.com.ph", "gmail.com"),
}


def _domain(name: str, country: str) -> str:
    words = [w for w in re.split(r"[\s\-']+", name) if w and w.lower() not in ("the", "of", "st", "st.", "dr.", "&")]
    stem = "".join(_ascii(w) for w in words[:2]) or "lab"
    return f"{stem}.{_TLD[country]}"


def _phone(rng: random.Random, country: str, kind: str = "land", *, ext: bool | None = None) -> str:
    """A phone (``land``, ``mobile`` or ``fax``) in one of the country's written formats."""
    if ext is None:
        ext = kind == "land" and rng.random() < 0.25
    if country == "us":
        area = rng.choice(
            ("617", "312", "216", "520", "559", "518", "218", "478", "509", "251", "610", "843", "412", "318")
        )
        exch, line = _nz(rng, 3), _digits(rng, 4)
        text = rng.choice(
            (
                f"({area}) {exch}-{line}",
                f"{area}-{exch}-{line}",
                f"{area}.{exch}.{line}",
                f"+1 {area} {exch} {line}",
                f"1-{area}-{exch}-{line}",
                f"({area}){exch}-{line}",
            )
        )
        suffix = rng.choice((f" x{_nz(rng, 4)}", f" ext. {_nz(rng, 3)}", f" ext {_nz(rng, 4)}"))
    elif country == "uk":
        if kind == "mobile":
            body = f"7{rng.choice('4579')}{_digits(rng, 2)} {_digits(rng, 6)}"
            text = rng.choice((f"0{body}", f"+44 {body}", f"+44 (0){body}", f"0{body.replace(' ', '')}"))
        else:
            area, rest = rng.choice(
                (
                    ("20", f"7{_digits(rng, 3)} {_digits(rng, 4)}"),
                    ("113", f"{_nz(rng, 3)} {_digits(rng, 4)}"),
                    ("114", f"{_nz(rng, 3)} {_digits(rng, 4)}"),
                    ("1603", f"{_nz(rng, 6)}"),
                    ("1792", f"{_nz(rng, 6)}"),
                    ("1382", f"{_nz(rng, 6)}"),
                    ("116", f"{_nz(rng, 3)} {_digits(rng, 4)}"),
                    ("1225", f"{_nz(rng, 6)}"),
                )
            )
            text = rng.choice((f"0{area} {rest}", f"+44 (0){area} {rest}", f"+44 {area} {rest}", f"(0{area}) {rest}"))
        suffix = rng.choice((f" ext {_nz(rng, 4)}", f" x{_nz(rng, 5)}", f" ext. {_nz(rng, 4)}"))
    elif country == "au":
        if kind == "mobile":
            body = f"4{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}"
            text = rng.choice((f"0{body}", f"+61 {body}", f"0{body.replace(' ', '')}"))
        else:
            area = rng.choice(("2", "3", "7", "8"))
            rest = f"{_nz(rng, 4)} {_digits(rng, 4)}"
            text = rng.choice(
                (f"(0{area}) {rest}", f"0{area} {rest}", f"+61 {area} {rest}", f"0{area}{rest.replace(' ', '')}")
            )
        suffix = rng.choice((f" ext {_nz(rng, 4)}", f" (ext. {_nz(rng, 4)})"))
    elif country == "de":
        if kind == "mobile":
            pre, rest = (
                f"1{rng.choice(('51', '52', '57', '60', '70', '71', '76', '77'))}",
                _digits(rng, rng.choice((7, 8))),
            )
            text = rng.choice(
                (f"0{pre} {rest}", f"+49 {pre} {rest}", f"0{pre}/{rest}", f"+49 (0){pre} {rest[:4]} {rest[4:]}")
            )
        else:
            area, rest = rng.choice(
                (
                    ("89", f"4400-{_nz(rng, 5)}"),
                    ("221", f"478-{_nz(rng, 4)}"),
                    ("761", f"270-{_nz(rng, 5)}"),
                    ("341", f"97-{_nz(rng, 5)}"),
                    ("40", f"7410-{_nz(rng, 5)}"),
                    ("6221", f"56-{_nz(rng, 4)}"),
                    ("351", f"458-{_nz(rng, 4)}"),
                    ("551", f"39-{_nz(rng, 5)}"),
                )
            )
            text = rng.choice(
                (
                    f"0{area} {rest}",
                    f"+49 {area} {rest}",
                    f"+49 (0){area} {rest}",
                    f"0{area}/{rest}",
                    f"(0{area}) {rest.replace('-', ' ')}",
                )
            )
        suffix = ""
    else:  # ph
        if kind == "mobile":
            pre = rng.choice(("917", "918", "920", "927", "939", "945", "977", "995", "998", "966"))
            a, b = _digits(rng, 3), _digits(rng, 4)
            text = rng.choice(
                (
                    f"0{pre} {a} {b}",
                    f"+63 {pre} {a} {b}",
                    f"0{pre}-{a}-{b}",
                    f"0{pre}{a}{b}",
                    f"+63{pre}{a}{b}",
                    f"(+63) {pre}-{a}-{b}",
                )
            )
        else:
            area, rest = rng.choice(
                (
                    ("2", f"8{_digits(rng, 3)} {_digits(rng, 4)}"),
                    ("2", f"8{_digits(rng, 3)}-{_digits(rng, 4)}"),
                    ("32", f"{_nz(rng, 3)} {_digits(rng, 4)}"),
                    ("82", f"{_nz(rng, 3)}-{_digits(rng, 4)}"),
                    ("33", f"{_nz(rng, 3)}-{_digits(rng, 4)}"),
                    ("74", f"{_nz(rng, 3)}-{_digits(rng, 4)}"),
                )
            )
            text = rng.choice((f"(0{area}) {rest}", f"+63 {area} {rest}", f"0{area}-{rest}", f"0{area} {rest}"))
        suffix = rng.choice((f" loc. {_nz(rng, 4)}", f" local {_nz(rng, 3)}", f" loc {_nz(rng, 4)}"))
    return text + suffix if ext and suffix else text


def _nhs_number(rng: random.Random) -> str:
    while True:
        body = [rng.randint(0, 9) for _ in range(9)]
        body[0] = rng.randint(4, 9)
        check = 11 - sum(d * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
        if check == 11:
            check = 0
        if check != 10:
            text = "".join(map(str, body)) + str(check)
            return f"{text[:3]} {text[3:6]} {text[6:]}"


def _medicare_au(rng: random.Random) -> str:
    body = [rng.randint(2, 6)] + [rng.randint(0, 9) for _ in range(7)]
    check = sum(d * w for d, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    digits = "".join(map(str, body)) + str(check) + str(rng.randint(1, 5))
    return f"{digits[:4]} {digits[4:9]} {digits[9]}"


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def _ihi(rng: random.Random) -> str:
    body = "800360" + _digits(rng, 9)
    text = body + _luhn_digit(body)
    return f"{text[:4]} {text[4:8]} {text[8:12]} {text[12:]}"


def _npi(rng: random.Random) -> str:
    body = str(rng.randint(1, 2)) + _digits(rng, 8)
    return body + _luhn_digit("80840" + body)


def _kvnr(rng: random.Random) -> str:
    letter = rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ")
    digits = _digits(rng, 8)
    seq = f"{ord(letter) - 64:02d}" + digits
    total = 0
    for i, ch in enumerate(seq):
        value = int(ch) * (1 if i % 2 == 0 else 2)
        total += value // 10 + value % 10
    return f"{letter}{digits}{total % 10}"


def _en_mrn(rng: random.Random, country: str) -> str:
    if country == "us":
        return rng.choice(
            (
                _digits(rng, 8),
                f"E{_digits(rng, 7)}",
                f"MR{_digits(rng, 6)}",
                f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 4)}",
                f"00{_digits(rng, 7)}",
            )
        )
    if country == "uk":
        return rng.choice(
            (
                f"{_letters(rng, 1)}{_digits(rng, 7)}",
                f"RJ{_digits(rng, 7)}",
                f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 5)}",
                f"M{_digits(rng, 6)}",
            )
        )
    if country == "au":
        return rng.choice(
            (
                _digits(rng, 7),
                f"UR{_digits(rng, 6)}",
                f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 3)}",
                f"MRN{_digits(rng, 7)}",
            )
        )
    if country == "de":
        return rng.choice((_digits(rng, 8), f"PID-{_digits(rng, 7)}", f"4{_digits(rng, 9)}"))
    return rng.choice(
        (
            f"{_digits(rng, 2)}-{_digits(rng, 6)}",
            f"HN-{rng.randint(2015, 2024)}-{_digits(rng, 6)}",
            f"{_digits(rng, 7)}",
            f"PH{_digits(rng, 8)}",
        )
    )


def _national_id(rng: random.Random, country: str) -> str:
    """The country's insurance / health number (NHS number, Medicare, KVNR, PhilHealth PIN, US member ID)."""
    if country == "uk":
        return _nhs_number(rng)
    if country == "au":
        return _medicare_au(rng)
    if country == "de":
        return _kvnr(rng)
    if country == "ph":
        return f"{_digits(rng, 2)}-{_digits(rng, 9)}-{_digits(rng, 1)}"
    return rng.choice(
        (
            f"{_letters(rng, 3)}{_digits(rng, 9)}",
            f"W{_digits(rng, 9)}",
            f"{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 6)}",
            f"ZGP{_digits(rng, 8)}01",
        )
    )


def _licence(rng: random.Random, country: str) -> str:
    if country == "us":
        return rng.choice((_npi(rng), f"{_digits(rng, 2)}D{_digits(rng, 7)}", f"MD{_digits(rng, 6)}", f"{_nz(rng, 6)}"))
    if country == "uk":
        return rng.choice(
            (_nz(rng, 7), f"BS{_nz(rng, 5)}", f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 4)}{_letters(rng, 1)}")
        )
    if country == "au":
        return rng.choice(
            (
                f"MED000{_nz(rng, 7)}",
                f"NMW000{_nz(rng, 7)}",
                f"{_nz(rng, 6)}{_letters(rng, 1)}{_letters(rng, 1, 'ABCDFHJKLTWXY')}",
            )
        )
    if country == "de":
        return rng.choice((_nz(rng, 9), f"{_nz(rng, 6)}{_digits(rng, 1)}{rng.randint(10, 99)}"))
    return rng.choice((f"0{_nz(rng, 6)}", f"{_nz(rng, 7)}", _nz(rng, 7)))


def _accession(rng: random.Random, country: str, prefix: str, year: int) -> str:
    yy = year % 100
    styles = {
        "us": (f"{prefix}{yy}-{_nz(rng, 5)}", f"{prefix}-{yy}-{_digits(rng, 6)}", f"{yy}{prefix}{_digits(rng, 6)}"),
        "uk": (f"{prefix}{yy}.{_digits(rng, 6)}", f"{prefix}{yy}/{_nz(rng, 5)}", f"{yy}{prefix}{_digits(rng, 5)}"),
        "au": (
            f"{yy}-{_digits(rng, 3)}-{_digits(rng, 4)}",
            f"{prefix}{yy}-{_nz(rng, 5)}",
            f"{_nz(rng, 2)}{prefix}{_digits(rng, 5)}",
        ),
        "de": (f"{prefix}-{year}-{_nz(rng, 5)}", f"{prefix}{yy}/{_nz(rng, 5)}", f"E-{yy}-{_nz(rng, 5)}"),
        "ph": (
            f"{prefix}-{year}-{_digits(rng, 5)}",
            f"{prefix}{yy}-{_nz(rng, 4)}",
            f"{year}-{prefix}-{_digits(rng, 5)}",
        ),
    }
    return rng.choice(styles[country])


def _din(rng: random.Random, country: str, year: int) -> str:
    """An ISBT 128-style donation identification number in one of its written forms."""
    facility = {
        "us": "W" + _digits(rng, 4),
        "uk": "G" + _digits(rng, 4),
        "au": "A" + _digits(rng, 4),
        "de": "D" + _digits(rng, 4),
        "ph": "P" + _digits(rng, 4),
    }[country]
    serial = _digits(rng, 6)
    flag = rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    yy = f"{year % 100:02d}"
    return rng.choice(
        (
            f"{facility} {yy} {serial} {flag}",
            f"{facility}{yy}{serial}",
            f"={facility}{yy}{serial}00",
            f"{facility}-{yy}-{serial}",
        )
    )


@functools.cache
def _faker(locale: str) -> Faker:
    return Faker(locale)


def _seeded_fakers(language: str, index: int, locales: tuple[str, ...]) -> dict[str, Faker]:
    fakers: dict[str, Faker] = {}
    for locale in locales:
        fake = _faker(locale)
        fake.seed_instance(f"{BLIND16_SEED}:{language}:{index}:{locale}")
        fakers[locale] = fake
    return fakers


def _en_address(
    rng: random.Random, fakers: Mapping[str, Faker], country: str, city: tuple[str, str, str]
) -> tuple[str, str, str]:
    """(street line, full one-line address, postcode)."""
    name, region, seed = city
    if country == "us":
        street = f"{rng.randint(12, 9899)} {fakers['en_US'].last_name()} {rng.choice(_STREET_SUFFIX['us'])}"
        if rng.random() < 0.3:
            street += rng.choice(
                (
                    f", Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
                    f" #{rng.randint(100, 999)}",
                    f", Unit {rng.randint(1, 30)}",
                )
            )
        postcode = seed + _digits(rng, 2)
        return street, f"{street}, {name}, {region} {postcode}", postcode
    if country == "uk":
        street = f"{rng.randint(1, 240)} {fakers['en_GB'].last_name()} {rng.choice(_STREET_SUFFIX['uk'])}"
        if rng.random() < 0.25:
            street = f"Flat {rng.randint(1, 24)}, " + street
        postcode = f"{seed}{rng.randint(1, 28)} {rng.randint(1, 9)}{_letters(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        return street, f"{street}, {name} {postcode}", postcode
    if country == "au":
        street = f"{rng.randint(1, 320)} {fakers['en_AU'].last_name()} {rng.choice(_STREET_SUFFIX['au'])}"
        if rng.random() < 0.3:
            street = (
                f"{rng.randint(1, 18)}/" + street if rng.random() < 0.5 else f"Unit {rng.randint(1, 18)}, " + street
            )
        return street, f"{street}, {name} {region} {seed}", seed
    if country == "de":
        stem = rng.choice(_DE_STREET_STEMS)
        street_name = stem if stem.endswith("straße") else stem + rng.choice(_STREET_SUFFIX["de"])
        street = f"{street_name} {rng.randint(1, 180)}{rng.choice(('', '', '', 'a', 'b'))}"
        postcode = seed + _digits(rng, 3)
        return street, f"{street}, {postcode} {name}", postcode
    street = rng.choice(
        (
            f"Blk {rng.randint(1, 60)} Lot {rng.randint(1, 40)}, {rng.choice(_PH_STREETS)} St., Brgy. {rng.choice(_PH_BARANGAYS)}",
            f"{rng.randint(1, 999)} {rng.choice(_PH_STREETS)} Street, Brgy. {rng.choice(_PH_BARANGAYS)}",
            f"Purok {rng.randint(1, 9)}, Brgy. {rng.choice(_PH_BARANGAYS)}",
        )
    )
    postcode = seed + _digits(rng, 2)
    return street, f"{street}, {name} {postcode}", postcode


def _org(rng: random.Random, pool: tuple[str, ...], city: str) -> str:
    return rng.choice(pool).replace("{city}", city)


def _en_values(
    rng: random.Random,
    fakers: Mapping[str, Faker],
    country: str,
    *,
    female_patient: bool | None = None,
    age_range: tuple[int, int] | None = None,
) -> tuple[Values, tuple[KnownIdentifier, ...]]:
    values: Values = {}
    cities = list(_CITIES[country])
    rng.shuffle(cities)
    home, other1, other2, other3 = cities[0], cities[1], cities[2], cities[3]

    # --- dates
    main, long_, short, compact, spoken = (rng.choice(styles) for styles in _EN_DATE_STYLES[country])
    start = dt.date(2023, 1, 2) + dt.timedelta(days=rng.randint(0, 960))
    days = [start]
    for _ in range(7):
        days.append(days[-1] + dt.timedelta(days=rng.randint(0, 4)))
    for i, day in enumerate(days, 1):
        values[f"d{i}"] = _fmt_date(day, main)
    for i, day in enumerate(days[:4], 1):
        values[f"dl{i}"] = _fmt_date(day, long_)
        values[f"ds{i}"] = _fmt_date(day + dt.timedelta(days=i - 1), short)
        values[f"dc{i}"] = _fmt_date(day, compact)
    values["dmon1"] = f"{_MONTHS[start.month - 1]} {start.year}"
    values["dsp1"] = _fmt_date(start - dt.timedelta(days=rng.randint(20, 300)), spoken)
    values["dsp2"] = _fmt_date(days[2], spoken)
    prior = [start - dt.timedelta(days=rng.randint(30, 700)) for _ in range(3)]
    prior.sort()
    for i, day in enumerate(prior, 1):
        values[f"dp{i}"] = _fmt_date(day, main)
        values[f"dpl{i}"] = _fmt_date(day, long_)
    values["d_iso"] = days[0].isoformat()
    for i in range(1, 7):
        values[f"t{i}"] = (
            f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
            if country != "us" or rng.random() < 0.5
            else f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(('AM', 'PM'))}"
        )
    values["year"] = str(start.year)

    # --- organisations
    values["org_hosp"] = _org(rng, _HOSPITALS[country], home[0])
    values["org_hosp2"] = _org(rng, _HOSPITALS[country], other1[0])
    if values["org_hosp2"] == values["org_hosp"]:
        values["org_hosp2"] = _org(rng, _HOSPITALS[country], other2[0]) + " Annex"
    values["org_lab"] = _org(rng, _LABS[country], home[0])
    values["org_lab2"] = _org(rng, _LABS[country], other1[0])
    values["org_spon"] = rng.choice(_SPONSORS)
    values["org_gen"] = rng.choice(_GENLABS)
    values["org_bio"] = rng.choice(_BIOBANKS[country])
    values["org_nh"] = rng.choice(_CARE_HOMES[country])
    values["org_work"] = rng.choice(_WORKPLACES[country])
    values["org_school"] = rng.choice(_SCHOOLS[country])
    values["org_blood"] = rng.choice(_BLOOD_SUPPLIERS) if country == "us" else values["org_lab"]
    values["nat1"], values["nat2"] = rng.sample(_NATIONAL[country], 2)
    dom_hosp = _domain(values["org_hosp"], country)
    dom_lab = _domain(values["org_lab"], country)
    dom_spon = _domain(values["org_spon"], "us").replace(".org", rng.choice((".com", ".eu", ".com")))
    dom_gen = _domain(values["org_gen"], "us").replace(".org", ".com")
    values.update(dom_hosp=dom_hosp, dom_lab=dom_lab, dom_spon=dom_spon, dom_gen=dom_gen)

    # --- places
    values["city1"], values["city2"], values["city3"] = other1[0], other2[0], other3[0]
    values["region1"], values["region2"] = other1[1], other2[1]
    values["country"] = _COUNTRY_NAMES[country]

    # --- people
    patient = _en_person(rng, fakers, country, female=female_patient)
    values.update(_en_forms("pt", patient, rng, "x.invalid"))
    relations = (
        ("r1", None, ("husband", "wife", "partner")),
        ("r2", patient.last, ("son", "daughter")),
        ("r3", patient.last, ("brother", "sister")),
        ("r4", patient.last, ("father", "mother")),
        ("r5", patient.last, ("grandfather", "grandmother")),
        ("r6", None, ("cousin", "aunt", "niece", "nephew", "uncle")),
    )
    for key, surname, words in relations:
        female = rng.random() < 0.5
        if key == "r1":
            female = not patient.female if rng.random() < 0.9 else patient.female
        same = surname if surname is not None and rng.random() < 0.8 else None
        if key == "r4" and female and rng.random() < 0.5:
            same = None
        relative = _en_person(rng, fakers, country, female=female, surname=same)
        values.update(_en_forms(key, relative, rng, "x.invalid"))
        word = (
            words[0]
            if len(words) == 1
            else (words[1] if female else words[0])
            if len(words) == 2
            else rng.choice(words)
        )
        if key == "r1":
            word = rng.choice(("partner", "wife" if female else "husband", "wife" if female else "husband"))
        if key == "r6":
            word = rng.choice(("cousin", "aunt" if female else "uncle", "niece" if female else "nephew"))
        values[f"{key}_rel"] = word
        values[f"{key}_ph"] = _phone(rng, country, "mobile" if rng.random() < 0.7 else "land", ext=False)
        values[f"{key}_dob"] = _fmt_date(_birth_for_age(rng, start, rng.randint(20, 88)), main)
        if key == "r5":
            values["r5_hon"] = "Lola" if female else "Lolo"
        if key == "r6":
            values["r6_au"] = "aunt" if female else "uncle"
    r5_age = rng.randint(90, 101) if rng.random() < 0.65 else rng.randint(70, 89)
    values["r5_age"] = str(r5_age)
    values["r5_age_w"] = _en_words(r5_age, british=country != "us")
    values["r4_age"] = str(rng.randint(50, 99))
    values["age_old"] = str(rng.randint(78, 104))
    values["r5_died"] = str(start.year - rng.randint(1, 25))

    for i in range(1, 10):
        key = f"s{i}"
        domain = dom_hosp if i <= 7 else dom_lab
        staff = _en_person(rng, fakers, country)
        values.update(_en_forms(key, staff, rng, domain))
        values[f"{key}_lic"] = _licence(rng, country)
        values[f"{key}_badge"] = rng.choice(
            (f"{_nz(rng, 5)}", f"E{_digits(rng, 5)}", f"{_letters(rng, 2)}{_digits(rng, 4)}", f"{_nz(rng, 6)}")
        )
        values[f"{key}_ph"] = _phone(rng, country, "land", ext=True)
    for prefix, count in (("c", 8), ("x", 6)):
        for i in range(1, count + 1):
            key = f"{prefix}{i}"
            person = _en_person(rng, fakers, country)
            values.update(_en_forms(key, person, rng, "x.invalid"))
            age = _pick_age(rng, low=19)
            event = days[0] - dt.timedelta(days=rng.randint(0, 9))
            values[f"{key}_age"] = str(age)
            values[f"{key}_dob"] = _fmt_date(_birth_for_age(rng, event, age), main)
            values[f"{key}_d"] = _fmt_date(event, main)
            values[f"{key}_ds"] = _fmt_date(event, short)
            values[f"{key}_mrn"] = _en_mrn(rng, country)
            values[f"{key}_ph"] = _phone(rng, country, "mobile" if rng.random() < 0.6 else "land", ext=False)

    # --- the patient's record
    pt_age = _pick_age(rng) if age_range is None else rng.randint(*age_range)
    birth = _birth_for_age(rng, days[0], pt_age)
    values["pt_age"] = str(pt_age)
    values["pt_age_w"] = _en_words(pt_age, british=country != "us")
    values["pt_dob"] = _fmt_date(birth, main)
    values["pt_dobl"] = _fmt_date(birth, long_)
    values["pt_dobc"] = _fmt_date(birth, compact)
    values["pt_yob"] = str(birth.year)
    street, address, postcode = _en_address(rng, fakers, country, home)
    values.update(pt_street=street, pt_addr=address, pt_pc=postcode, pt_city=home[0], pt_region=home[1])
    values["pt_addr_ml"] = address.replace(", ", "\n")
    _, org_address, _ = _en_address(rng, fakers, country, home)
    values["org_addr"] = org_address
    values["org_addr2"] = _en_address(rng, fakers, country, other1)[1]
    values["mrn"] = _en_mrn(rng, country)
    values["mrn2"] = _en_mrn(rng, country)
    values["nat"] = _national_id(rng, country)
    values["pt_phone"] = _phone(rng, country, "land" if rng.random() < 0.4 else "mobile", ext=False)
    values["pt_mob"] = _phone(rng, country, "mobile", ext=False)
    mail_first = _ascii(patient.first.split()[0]) or "pt"
    mail_last = _ascii(patient.last) or "x"
    values["pt_em"] = rng.choice(
        (
            f"{mail_first}.{mail_last}@{rng.choice(_FREE_MAIL)}",
            f"{mail_first}{mail_last[:1]}{birth.year % 100:02d}@{rng.choice(_REGIONAL_MAIL[country])}",
            f"{mail_last}{mail_first[:1]}{rng.randint(1, 999)}@{rng.choice(_FREE_MAIL)}",
            f"{_ascii(patient.nick) or mail_first}_{mail_last}@{rng.choice(_REGIONAL_MAIL[country])}",
        )
    )
    values["r1_em"] = (
        f"{_ascii(values['r1_f'].split()[0]) or 'fam'}.{_ascii(values['r1_l']) or 'x'}@{rng.choice(_FREE_MAIL)}"
    )

    # --- identifiers
    year = start.year
    for i, prefix in enumerate(("S", "CY", "RAD", "M"), 1):
        values[f"acc{i}"] = _accession(rng, country, prefix, year)
    values["acc5"] = _accession(rng, country, rng.choice(("BM", "H", "FS")), year)
    for i in range(1, 7):
        values[f"spec{i}"] = rng.choice(
            (
                f"{_nz(rng, 10)}",
                f"{days[0]:%y%m%d}-{_digits(rng, 4)}",
                f"{_letters(rng, 1)}{_digits(rng, 7)}",
                f"{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
                f"L{_digits(rng, 3)}{_letters(rng, 1)}{_digits(rng, 4)}",
            )
        )
    for i in range(1, 4):
        values[f"ord{i}"] = rng.choice(
            (f"ORD-{_nz(rng, 7)}", f"{_nz(rng, 8)}", f"OE{year % 100}-{_nz(rng, 6)}", _nz(rng, 7))
        )
    for i in range(1, 5):
        values[f"unit{i}"] = _din(rng, country, year)
    site = rng.choice(
        (
            f"{rng.randint(1, 9)}{_digits(rng, 2)}",
            f"{_letters(rng, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{_digits(rng, 3)}",
            f"{_nz(rng, 4)}",
        )
    )
    values["site"] = site
    for i in range(1, 4):
        values[f"subj{i}"] = rng.choice(
            (f"{site}-{_digits(rng, 3)}", f"{site}{_digits(rng, 3)}", f"S{site}-{_digits(rng, 4)}")
        )
    values["scr1"] = rng.choice((f"SCR-{_digits(rng, 4)}", f"S{_digits(rng, 5)}", f"{site}-S{_digits(rng, 3)}"))
    for i in range(2, 7):
        values[f"scr{i}"] = rng.choice((f"SCR-{_digits(rng, 4)}", f"S{_digits(rng, 5)}", f"{site}-S{_digits(rng, 3)}"))
    values["rand1"] = rng.choice((f"R{_digits(rng, 4)}", f"RND-{_nz(rng, 5)}", f"{_nz(rng, 6)}"))
    values["sae1"] = rng.choice(
        (f"SAE-{year}-{_digits(rng, 4)}", f"{_letters(rng, 2)}{year}{_digits(rng, 6)}", f"{year % 100}-{_nz(rng, 5)}")
    )
    values["sae2"] = rng.choice(
        (f"MFR-{_nz(rng, 7)}", f"{_letters(rng, 3)}-{year}-{_digits(rng, 5)}", f"{_nz(rng, 8)}")
    )
    for i in range(1, 4):
        values[f"case{i}"] = rng.choice(
            (f"OB-{year % 100}-{_digits(rng, 3)}", f"IPC{year}/{_nz(rng, 4)}", f"{_nz(rng, 6)}", f"C{_digits(rng, 5)}")
        )
    for i in range(1, 3):
        values[f"ref{i}"] = rng.choice(
            (
                f"REF-{_nz(rng, 6)}",
                f"{year % 100}/{_letters(rng, 3)}/{_digits(rng, 5)}",
                f"IR{_nz(rng, 5)}",
                f"W{_nz(rng, 6)}",
            )
        )
    bb_stem = rng.choice(
        (f"BB{year % 100}-{_digits(rng, 6)}", f"{_letters(rng, 3)}{_nz(rng, 5)}", f"BIO-{_nz(rng, 4)}")
    )
    for i in range(1, 7):
        values[f"bb{i}"] = f"{bb_stem}-{rng.choice(('P', 'S', 'B', 'D', 'T'))}{i:02d}"
    values["fam1"] = rng.choice((f"FAM-{_nz(rng, 4)}", f"F{year % 100}{_digits(rng, 3)}", f"PED{_nz(rng, 5)}"))
    values["kit1"] = rng.choice(
        (f"{_letters(rng, 2)}{_nz(rng, 8)}", f"KIT-{_nz(rng, 6)}-{_letters(rng, 1)}", f"{_nz(rng, 12)}")
    )
    for i in range(1, 3):
        values[f"ser{i}"] = rng.choice(
            (
                f"{_letters(rng, 2)}{_nz(rng, 6)}",
                f"{_nz(rng, 4)}-{_letters(rng, 1)}{_digits(rng, 4)}",
                f"SN{_nz(rng, 9)}",
                f"{_nz(rng, 7)}",
            )
        )
    values["enc1"] = rng.choice((f"V{_nz(rng, 8)}", f"{_nz(rng, 10)}", _nz(rng, 9), f"ENC-{_nz(rng, 7)}"))
    values["claim1"] = rng.choice(
        (f"CLM{_nz(rng, 9)}", f"{_nz(rng, 4)}-{_nz(rng, 6)}", f"{_letters(rng, 1)}{_nz(rng, 10)}")
    )
    values["ins1"] = rng.choice((f"{_letters(rng, 3)}{_nz(rng, 8)}", f"{_nz(rng, 9)}", f"GRP-{_nz(rng, 5)}"))
    values["cert1"] = rng.choice((f"{_nz(rng, 2)}D{_digits(rng, 7)}", _nz(rng, 7), f"{_nz(rng, 5)}"))

    # --- contact points
    values["ph_lab"] = _phone(rng, country, "land")
    values["ph_bb"] = _phone(rng, country, "land")
    values["ph_ic"] = _phone(rng, country, "land")
    values["ph_rad"] = _phone(rng, country, "land")
    values["ph_spon"] = _phone(rng, rng.choice(("us", "uk", "de", country)), "land")
    values["ph_gen"] = _phone(rng, country, "land")
    values["fax1"] = _phone(rng, country, "land", ext=False)
    values["fax2"] = _phone(rng, country, "land", ext=False)
    for i in range(1, 4):
        values[f"mob{i}"] = _phone(rng, country, "mobile", ext=False)
    values["em_dept"] = (
        f"{rng.choice(('path.enquiries', 'lab.enquiries', 'pathology', 'laboratory', 'lab.results'))}@{dom_hosp}"
    )
    values["em_ipc"] = f"{rng.choice(('infection.control', 'ipc', 'infectionprevention', 'hygiene'))}@{dom_hosp}"
    values["em_res"] = f"{rng.choice(('research.office', 'ethics', 'hrec', 'clinical.trials'))}@{dom_hosp}"
    values["em_spon"] = f"{rng.choice(('drugsafety', 'pv', 'safety.reports', 'sae'))}@{dom_spon}"
    values["em_gen"] = f"{rng.choice(('counselling', 'results', 'genetics'))}@{dom_gen}"
    values["url_pacs"] = rng.choice(
        (
            f"https://pacs.{dom_hosp}/viewer?acc={_letters(rng, 2)}{_nz(rng, 7)}",
            f"https://imaging.{dom_hosp}/zfp?PatientID={_nz(rng, 8)}",
            f"http://pacs-web.{dom_hosp}/study/1.2.840.{_nz(rng, 5)}.{_nz(rng, 3)}.{_nz(rng, 6)}",
        )
    )
    values["url_portal"] = rng.choice(
        (
            f"https://results.{dom_lab}/r/{_letters(rng, 4, 'abcdefghjkmnpqrstuvwxyz')}{_nz(rng, 5)}",
            f"www.{dom_lab}/patient-portal",
            f"https://{dom_lab}/report?id={_nz(rng, 9)}",
        )
    )
    values["url_trial"] = rng.choice(
        (
            f"https://edc.{dom_spon}/study/site{site}",
            f"https://{dom_spon}/participants",
            f"https://rave.{dom_spon}/login",
        )
    )
    values["url_bio"] = rng.choice(
        (
            f"https://{_domain(values['org_bio'], country)}/withdraw",
            f"www.{_domain(values['org_bio'], country)}/consent",
        )
    )
    values["url_gen"] = rng.choice(
        (f"https://portal.{dom_gen}/family/{values['fam1'].lower()}", f"https://{dom_gen}/cascade-testing")
    )
    values["ward1"] = rng.choice(
        ("Ward 7B", "4 North", "ICU", "Ward 12", "Acute Medical Unit", "Station 3", "Ward 5A", "CCU", "Ward 21")
    )
    values["ward2"] = rng.choice(
        ("Ward 6", "5 South", "HDU", "Ward 3C", "Station 7", "Short Stay", "Renal Unit", "Ward 9")
    )

    known = (
        KnownIdentifier("PERSON", values["pt"]),
        KnownIdentifier("PERSON", values["pt_f"]),
        KnownIdentifier("PERSON", values["pt_l"]),
        KnownIdentifier("ID", values["mrn"]),
        KnownIdentifier("ID", values["nat"]),
        KnownIdentifier("PHONE", values["pt_phone"]),
        KnownIdentifier("PHONE", values["pt_mob"]),
        KnownIdentifier("ADDRESS", values["pt_addr"]),
        KnownIdentifier("DATE", birth.isoformat()),
        KnownIdentifier("EMAIL", values["pt_em"]),
    )
    return values, known


# =============================================================================================
# English templates. The prefix of each name (us_, uk_, au_, de_, ph_) is the note's country.
# =============================================================================================
EN_BLIND16_TEMPLATES: Final[dict[str, str]] = {
    "us_blood_bank_crossmatch": """<<ORG:org_hosp>> - TRANSFUSION SERVICE
CROSSMATCH / ISSUE RECORD                                   Printed <<DATE:d2>> {t2}

Patient: <<PERSON:pt_uc>>          MRN: <<ID:mrn>>        DOB: <<DATE:pt_dob>>
Location: {ward1}     Attending: Dr. <<PERSON:s1_l>>
Type & screen specimen <<ID:spec1>> drawn <<DATE:d1>> {t1} by <<PERSON:s2_fi>>, RN; second-person ID check <<PERSON:s3_fi>>, RN

ABO/Rh: O POS        Antibody screen: POSITIVE (2 of 3 cells)
Antibody ID: anti-K (Kell) and anti-Fya (Duffy); DAT negative. Antigen-negative units required: K-, Fy(a-).
Historical record: antibody first identified <<DATE:dp1>> at <<ORG:org_hosp2>> (their ref <<ID:ref1>>).

Unit number                Component              ABO/Rh   XM (IS/AHG)   Tech
<<ID:unit1>>       RBC, leukoreduced      O NEG    Comp/Comp     <<PERSON:s4_ini>>
<<ID:unit2>>       RBC, leukoreduced      O POS    Comp/Comp     <<PERSON:s4_ini>>
<<ID:unit3>>       RBC, irradiated        O POS    INCOMPATIBLE  <<PERSON:s5_ini>>  -> returned to inventory, QA note

Antigen-negative units obtained from <<ORG:org_blood>>; requested by <<PERSON:s5>> at {t1}.
Blood bank phone <<PHONE:ph_bb>>. Supervisor on call: <<PERSON:s6_nickl>>, cell <<PHONE:mob1>>.
Issued <<DATE:d2>> {t3} to <<PERSON:c1_low>> (patient transport, badge <<ID:c1_mrn>>). Issue check by <<PERSON:s4>>, MLS(ASCP).
Bedside verification: <<PERSON:s7_fl2>> RN and <<PERSON:s8_typo>> RN (name as written on tag).
Patient is <<AGE:pt_age>> y/o; transfusion consent signed <<DATE:d1>>, witnessed by {r1_rel} <<PERSON:r1>>.""",
    "uk_transfusion_reaction": """HAEMOVIGILANCE INCIDENT REPORT - <<ORG:org_hosp>>
Datix ref: <<ID:ref1>>      Reported to MHRA (SABRE) and SHOT: yes, <<DATE:d3>>

Patient: <<PERSON:pt_lf>>   NHS no. <<ID:nat>>   Hosp no. <<ID:mrn>>
DOB <<DATE:pt_dob>> (<<AGE:pt_age>> yrs)   Address on PAS: <<ADDRESS:pt_addr>>

Component: red cells, donation number <<ID:unit1>>, issued <<DATE:d2>> at {t1}.
Transfusion started {t2} by staff nurse <<PERSON:s1_fl2>>; second checker recorded as "<<PERSON:s2_nick>>" (HCA - not a registrant, see learning) - re-checked retrospectively by Sister <<PERSON:s3_l>>.
At 20 min: T 38.9, rigors, BP 88/50. Transfusion stopped. FY1 Dr <<PERSON:s4_fi>> bleeped; medical registrar Dr <<PERSON:s5_l>> attended {t3}.
Samples: post-transfusion FBC, DAT, repeat group and screen (<<ID:spec1>>), blood cultures x2 (<<ID:spec2>>, <<ID:spec3>>).
Lab: DAT negative, no evidence of haemolysis; bag returned by porter <<PERSON:c1_f>> and sent for culture to <<ORG:org_lab>>, lab no. <<ID:acc4>>.
Consultant haematologist <<PERSON:s6>> informed; <<PERSON:s6_l>>'s plan: paracetamol, observe, future components via slow infusion.
NOK <<PERSON:r1_nickl>> ({r1_rel}) updated by phone on <<PHONE:r1_ph>>.
Form completed by <<PERSON:s7>>, Transfusion Practitioner (<<EMAIL:s7_em>>), <<DATE:d3>>.""",
    "us_surgical_pathology": """SURGICAL PATHOLOGY REPORT
<<ORG:org_lab>>  |  CLIA <<ID:cert1>>  |  Tel <<PHONE:ph_lab>>  |  Fax <<PHONE:fax1>>

Accession: <<ID:acc1>>                 Patient: <<PERSON:pt_lfm>>
MRN: <<ID:mrn>>    DOB: <<DATE:pt_dob>> (Age: <<AGE:pt_age>>)    Sex: {pt_sex}
Collected: <<DATE:d1>>    Received: <<DATE:d2>>    Reported: <<DATE:d4>>
Submitting physician: <<PERSON:s1_fm>>, MD - <<ORG:org_hosp>>
Copy to: <<PERSON:s2_lf>>, DO; tumor registry, <<ORG:org_hosp2>>

CLINICAL HISTORY: Rectal mass at 8 cm on colonoscopy <<DATE:dp3>>. Family history: {r4_rel} diagnosed with colon cancer at 46 (genetics referral, Dr. <<PERSON:s3_l>>).
GROSS: Received in formalin labeled "<<PERSON:pt_uc>> - rectum", a segment of rectosigmoid 14.5 cm ... Cassettes A1-A12. (Gross: <<PERSON:s9_ini>>)
MICROSCOPIC: Sections show adenocarcinoma invading through the muscularis propria into pericolorectal fat. 0/17 lymph nodes.
FINAL DIAGNOSIS: Rectosigmoid, low anterior resection: adenocarcinoma, moderately differentiated, pT3 pN0. Margins negative.
MMR IHC: loss of MLH1 and PMS2 expression. MLH1 promoter hypermethylation sent to <<ORG:org_gen>>, requisition <<ID:kit1>>.
Intradepartmental consultation: <<PERSON:s4_fil>>, MD concurs.

Electronically signed by <<PERSON:s5>>, MD on <<DATE:d4>> at {t1}""",
    "uk_cervical_cytology": """CERVICAL SCREENING - HPV / CYTOLOGY REPORT              Lab no. <<ID:acc2>>
<<ORG:org_lab>> (HPV primary screening laboratory)

Surname: <<PERSON:pt_ul>>        Forename(s): <<PERSON:pt_f>>        DOB: <<DATE:pt_dob>>
NHS number: <<ID:nat>>          Hospital/Practice ref: <<ID:mrn>>
Address: <<ADDRESS:pt_addr>>
Sample taker: <<PERSON:s2>> (practice nurse, NMC PIN <<ID:s2_lic>>)      Date taken: <<DATE:d1>>
Sender: Dr <<PERSON:s1_fi>>, <<ORG:org_hosp2>>

HPV (high-risk): DETECTED - other hrHPV (not 16/18)
Cytology (liquid based, Papanicolaou stain): Low-grade dyskaryosis
Management: refer to colposcopy, <<ORG:org_hosp>> (referral ref <<ID:ref2>>). Letter to woman sent <<DATE:d4>>.
Previous: <<DATE:dpl1>> HPV not detected.

Screened by <<PERSON:s9_ini>>. Reported by <<PERSON:s3>> (Consultant Biomedical Scientist, HCPC <<ID:s3_lic>>) on <<DATE:d3>>.
Queries: cytology office <<PHONE:ph_lab>> or <<EMAIL:em_dept>>""",
    "au_micro_cpe_alert": """MICROBIOLOGY - ALERT ORGANISM NOTIFICATION
From: <<ORG:org_lab>>, Microbiology      Ph <<PHONE:ph_lab>>   Fax <<PHONE:fax1>>
To: Infection Prevention & Control, <<ORG:org_hosp>>

Patient <<PERSON:pt_uf>>    UR <<ID:mrn>>    DOB <<DATE:pt_dob>>    Medicare <<ID:nat>>
Ward: {ward1}. Admitted <<DATE:d1>> from <<ORG:org_nh>>, <<LOCATION:pt_city>>.
Episode <<ID:acc4>> - rectal swab collected <<DATE:d2>> {t1}

RESULT: Carbapenemase-producing Enterobacterales (CPE) - Klebsiella pneumoniae, blaOXA-48 detected (PCR), confirmed on culture.
Susceptibility to follow. Isolate referred to the state reference lab (ref <<ID:ref1>>).

Phoned to <<PERSON:s1_f>> (IPC CNC) at {t2} on <<DATE:d3>> by <<PERSON:s2_fil>>, scientist. Read-back confirmed.
Actions requested: contact precautions + single room; screen bay contacts (line list <<ID:case1>>); alert flag on UR.
Previous isolate: <<ORG:org_hosp2>>, <<DATE:dp2>> (their lab no <<ID:spec2>>) - per discharge summary by Dr <<PERSON:s3_fi>>.
Facility DON at <<ORG:org_nh>>: <<PERSON:c5>>, notified {t3} on <<PHONE:c5_ph>>.
Validated: Dr <<PERSON:s4>>, clinical microbiologist.""",
    "au_ipc_contact_line_list": """IPC CONTACT TRACING LINE LIST - <<ORG:org_hosp>>            Event ref <<ID:case1>>
Index: <<PERSON:pt_lf>> (UR <<ID:mrn>>) - VRE vanB from rectal screen, detected <<DATE:d2>>
Exposure window: <<DATE:dp3>> to <<DATE:d2>>      Compiled by <<PERSON:s1>>, CNC IPC (ext. <<PHONE:s1_ph>>)

| # | Name                 | UR / Emp no.     | Contact type              | Last exposure  | Age     | Screen 1 | Screen 2 | Comment
| 1 | <<PERSON:c1_uc>>     | <<ID:c1_mrn>>    | bed neighbour, Bay 2      | <<DATE:c1_d>>  | <<AGE:c1_age>> | neg  | pending  |
| 2 | <<PERSON:c2_lf>>     | <<ID:c2_mrn>>    | shared ensuite            | <<DATE:c2_d>>  | <<AGE:c2_age>> | POS  | -        | moved to SR4; {c2_he} prefers "<<PERSON:c2_nick>>"
| 3 | <<PERSON:c3>>        | <<ID:s7_badge>>  | HCW (AIN), no PPE breach  | <<DATE:c3_d>>  | n/a     | neg      | -        | staff health informed
| 4 | <<PERSON:c4_fil>>    | <<ID:c4_mrn>>    | transferred to <<ORG:org_nh>> | <<DATE:c4_d>> | <<AGE:c4_age>> | not done | | facility DON <<PERSON:c5>> notified <<PHONE:c5_ph>>
| 5 | <<PERSON:c6_typo>>   | <<ID:c6_mrn>>    | same bay, 3 days          | <<DATE:c6_d>>  | <<AGE:c6_age>> | neg  | neg      | (spelling as on PAS - check)
| 6 | <<PERSON:c7_nickl>>  | <<ID:c7_mrn>>    | discharged home           | <<DATE:c7_d>>  | <<AGE:c7_age>> | -    | -        | lives in <<LOCATION:city1>>; GP Dr <<PERSON:s3_l>> <<PHONE:s3_ph>>
| 7 | <<PERSON:c8_lowl>>   | <<ID:c8_mrn>>    | physio gym                | <<DATE:c8_ds>> | <<AGE:c8_age>> | neg  | pending  |

Micro liaison: <<PERSON:s2_fi>>. Screening swabs to <<ORG:org_lab>>; results to <<EMAIL:em_ipc>>.""",
    "us_outbreak_spreadsheet": """# noro_linelist_v3.csv   exported <<DATE:d5>> {t1} by <<PERSON:s1_lowl>>   (do not email outside IP)
case_id,last_name,first_name,mrn,dob,age,unit,onset,symptoms,stool_sent,result,status,notes
<<ID:case1>>,<<PERSON:c1_l>>,<<PERSON:c1_f>>,<<ID:c1_mrn>>,"<<DATE:c1_dob>>",<<AGE:c1_age>>,{ward1},"<<DATE:c1_d>>",V/D,Y,GII POS,resolved,
<<ID:case2>>,<<PERSON:c2_l>>,<<PERSON:c2_f>>,<<ID:c2_mrn>>,"<<DATE:c2_dob>>",<<AGE:c2_age>>,{ward1},"<<DATE:c2_d>>",D,Y,pending,active,roommate of <<PERSON:c1_l>>
<<ID:case3>>,<<PERSON:c3_ul>>,<<PERSON:c3_f>>,STAFF,,,{ward1},"<<DATE:c3_d>>",V,N,,excluded 48h,"RN, badge <<ID:s7_badge>>"
4,<<PERSON:c4_l>>,<<PERSON:c4_nick>>,<<ID:c4_mrn>>,"<<DATE:c4_dob>>",<<AGE:c4_age>>,{ward2},"<<DATE:c4_d>>",V/D/fever,Y,GII POS,active,"transferred from <<ORG:org_nh>>"
5,<<PERSON:c5_l>>,<<PERSON:c5_f>>,<<ID:c5_mrn>>,"<<DATE:c5_dob>>",<<AGE:c5_age>>,{ward1},"<<DATE:c5_d>>",D,Y,neg,resolved,
6,<<PERSON:pt_l>>,<<PERSON:pt_f>>,<<ID:mrn>>,"<<DATE:pt_dob>>",<<AGE:pt_age>>,{ward1},"<<DATE:d1>>",V,Y,GII POS,active,"{pt_his} {r2_rel} <<PERSON:r2_f>> visited w/ symptoms - call <<PHONE:r2_ph>>"
7,<<PERSON:c6_l>>,<<PERSON:c6_f>>,VISITOR,,,lobby,"<<DATE:c6_d>>",V,N,,n/a,works at <<ORG:org_work>>
# unit closed to admissions <<DATE:d2>>; reopened pending 48h symptom-free. IP lead <<PERSON:s2>> <<PHONE:ph_ic>>; epi <<PERSON:s3_fl2>>; county notified <<DATE:d3>>.""",
    "us_radiology_ct_dictation": """<<ORG:org_hosp>> Department of Radiology
EXAM: CT CHEST ABDOMEN PELVIS WITH IV CONTRAST              ACCESSION: <<ID:acc3>>
PATIENT: <<PERSON:pt_uc>>   MRN: <<ID:mrn>>   DOB: <<DATE:pt_dob>>   AGE: <<AGE:pt_age>>
ORDERING: <<PERSON:s1_lf>> MD      PCP: <<PERSON:s2_fil>>
DATE OF SERVICE: <<DATE:d1>> {t1}

CLINICAL INDICATION: weight loss, anemia. per doctor <<PERSON:s1_lowl>> patient's {r2_rel} <<PERSON:r2_f>> reports 20 lb loss.
COMPARISON: CT abdomen <<DATE:dp2>> from <<ORG:org_hosp2>> (outside images pushed to <<URL:url_pacs>>). Chest radiograph dated <<DATE:dsp1>>.
TECHNIQUE: Axial images chest through pelvis after 100 mL Omnipaque 350. DLP 812 mGy-cm. Scanner S/N <<ID:ser1>>.
FINDINGS: 2.1 cm spiculated right upper lobe nodule. Hypoattenuating hepatic lesions, largest 1.8 cm in segment 7 ... Hiatal hernia. Degenerative change.
IMPRESSION:
1. Spiculated RUL nodule with hepatic lesions, concerning for primary lung malignancy with hepatic metastases.
2. Recommend tissue sampling; IR consult placed (order <<ID:ord1>>).

Critical result communicated to Dr. <<PERSON:s1_typo>> by telephone <<PHONE:s1_ph>> at {t2} on <<DATE:d1>> by <<PERSON:s3>>, read back verified.
Dictated by: <<PERSON:s4_fm>>, MD (resident)     Attending: <<PERSON:s5_fm>>, MD
[voice recognition - "doctor <<PERSON:s5_lowl>> agrees with the resident's findings period new paragraph"]
Signed <<DATE:d2>> {t3}""",
    "de_pacs_worklist": """RIS/PACS WORKLIST - Radiology, <<ORG:org_hosp>> - <<DATE:d1>>       Modality CT2 (S/N <<ID:ser1>>), MR1 (S/N <<ID:ser2>>)
Time  | Accession     | Patient name (DICOM)  | PID            | Birth date       | Mod | Referrer           | Status
{t1}  | <<ID:acc3>>   | <<PERSON:pt_dcm>>     | <<ID:mrn>>     | <<DATE:pt_dob>>  | CT  | <<PERSON:s1_ul>>   | COMPLETED
{t2}  | <<ID:acc1>>   | <<PERSON:x1_dcm>>     | <<ID:x1_mrn>>  | <<DATE:x1_dob>>  | MR  | <<PERSON:s2_ul>>   | SCHEDULED
{t3}  | <<ID:acc2>>   | <<PERSON:x2_dcm>>     | <<ID:x2_mrn>>  | <<DATE:x2_dob>>  | CT  | <<PERSON:s1_ul>>   | ARRIVED
{t4}  | <<ID:acc4>>   | <<PERSON:x3_dcm>>     | <<ID:x3_mrn>>  | <<DATE:x3_dob>>  | MR  | <<PERSON:s3_ul>>   | ON HOLD
{t5}  | <<ID:acc5>>   | <<PERSON:x4_dcm>>     | <<ID:x4_mrn>>  | <<DATE:x4_dob>>  | CT  | EXTERN <<ORG:org_hosp2>> | SCHEDULED
Notes (MTRA <<PERSON:s4_f>>):
- <<PERSON:x3_l>>: MR on hold, pacemaker card missing - ward to fax device ID (<<PHONE:fax1>>).
- <<PERSON:pt_lf>>: creatinine from <<DATE:dp3>> only; eGFR 41 -> hydration per Dr <<PERSON:s5_l>>, ward phone <<PHONE:s5_ph>>.
- <<PERSON:x4_fi>> (<<AGE:x4_age>> y) comes by taxi from <<LOCATION:city1>>, needs interpreter; contact relative <<PERSON:x5_f>> <<PHONE:x5_ph>>.
Image link for tumour board: <<URL:url_pacs>>""",
    "de_biobank_manifest": """SHIPMENT MANIFEST - <<ORG:org_bio>>  ->  <<ORG:org_gen>>
Shipment <<ID:ref1>>   Dry ice, 2 boxes   Courier AWB <<ID:ref2>>   Dispatch <<DATE:d3>> {t1}
Sender: <<PERSON:s1>>, biobank technician, <<ADDRESS:org_addr>>, Tel <<PHONE:s1_ph>>
Recipient contact: <<PERSON:s8_fi>> (<<EMAIL:s8_em>>)

Donor pseudonym | Sample ID       | Material     | Vol    | Box/Pos    | Consent | Collected
<<ID:subj1>>    | <<ID:bb1>>      | EDTA plasma  | 0.5 mL | Box 14/A3  | v4.2    | <<DATE:d1>>
<<ID:subj1>>    | <<ID:bb2>>      | buffy coat   | 0.3 mL | Box 14/A4  | v4.2    | <<DATE:d1>>
<<ID:subj2>>    | <<ID:bb3>>      | serum        | 0.5 mL | Box 14/B1  | v4.1    | <<DATE:d2>>
<<ID:subj3>>    | <<ID:bb4>>      | FFPE curls   | 4 x 10 um | Box 15/C7 | v3.0  | <<DATE:dp2>>
<<ID:subj3>>    | <<ID:bb5>>      | DNA (Qubit 48 ng/ul) | 50 uL | Box 15/C8 | v3.0 | <<DATE:dp2>>

QC: hemolysis index ok; temperature logger <<ID:ser1>> started {t2}.
!! Sample <<ID:bb6>> (<<PERSON:pt_lf>>, PID <<ID:mrn>>, born <<DATE:pt_dob>>) removed from box: donor withdrew consent <<DATE:d2>> - destroy per SOP, do NOT ship. Flagged by <<PERSON:s2_fi>>.
Re-identification key held by the trust office only (<<PERSON:s3>>, <<EMAIL:s3_em>>).
Packed by <<PERSON:s1_ini>>, checked by <<PERSON:s4_ini>>.""",
    "uk_genetics_pedigree": """CLINICAL GENETICS - <<ORG:org_hosp>>                      Family ID <<ID:fam1>>
Proband: <<PERSON:pt>> (III-2), DOB <<DATE:pt_dob>>, NHS <<ID:nat>>, hosp no <<ID:mrn>>
Referred by {s1_t} <<PERSON:s1_l>> (consultant breast surgeon) after diagnosis <<DATE:dpl1>>.
Pedigree taken <<DATE:d1>> by <<PERSON:s2>>, genetic counsellor; {pt_he} brought notes from {pt_his} aunt.

I-1   <<PERSON:r5>> ({r5_rel}) - alive, aged <<AGE:r5_age>>, in a care home in <<LOCATION:city1>>; prostate ca at 71
I-2   spouse of I-1 - d. {r5_died}, "stomach problems", no records
II-1  <<PERSON:r4>> ({r4_rel}) - <<AGE:r4_age>> now; cancers at 41 (breast) and 46 (pancreas)
II-2  <<PERSON:r6>> (pt's {r6_au}) - bowel ca at 58, treated at <<ORG:org_hosp2>>
III-1 <<PERSON:r3_f>> ({r3_rel}) - unaffected, lives in <<LOCATION:city2>>, tel <<PHONE:r3_ph>>
III-2 proband - triple-negative breast ca at 39
IV-1  <<PERSON:r2_f>> (pt's {r2_rel}) - 17, no testing until 18

Result: BRCA2 c.5946delT p.(Ser1982Argfs*22), pathogenic (class 5). Lab <<ORG:org_gen>>, kit <<ID:kit1>>, reported <<DATE:d3>>.
Plan: cascade testing offered to <<PERSON:r3_f>> and to <<PERSON:r4_f>>; family letter sent to <<ADDRESS:pt_addr>>. Family portal: <<URL:url_gen>>
Counsellor: <<PERSON:s2_fi>> - <<PHONE:ph_gen>> - <<EMAIL:s2_em>>""",
    "au_research_consent": """PARTICIPANT INFORMATION STATEMENT AND CONSENT FORM - version 5.0 dated <<DATE:dp1>>
Biomarkers in sepsis: a multi-centre observational study
Principal Investigator: A/Prof <<PERSON:s1>>, <<ORG:org_hosp>>
Site contact: <<PERSON:s2_fi>>, Research Nurse, <<PHONE:s2_ph>>, <<EMAIL:s2_em>>

Declaration by participant
I, <<PERSON:pt_fmf>> (print name), of <<ADDRESS:pt_addr>>, have read the Participant Information Sheet ...
I consent to blood samples (up to 40 mL) being stored in the <<ORG:org_bio>> for future research.   [x] yes  [ ] no
I consent to being re-contacted about future studies by email (<<EMAIL:pt_em>>) or phone (<<PHONE:pt_mob>>).   [x] yes

Signature ____________________      Date <<DATE:d1>>

Declaration by person responsible (participant lacks capacity on admission)
Name: <<PERSON:r1>>    Relationship: {r1_rel}    Phone: <<PHONE:r1_ph>>    Date <<DATE:d1>>
Interpreter used: yes - <<PERSON:s7>> (NAATI no. <<ID:s7_badge>>), language: Vietnamese, by phone.
Witness: <<PERSON:s8_fi>>

Researcher: <<PERSON:s2>>        Date <<DATE:d1>>
Office use - Participant ID <<ID:subj1>>   Medicare <<ID:nat>>   UR <<ID:mrn>>   Study portal <<URL:url_trial>>""",
    "us_trial_screening_log": """SCREENING AND ENROLLMENT LOG                          Site <<ID:site>> - <<ORG:org_hosp>>
PI: <<PERSON:s1_lf>>, MD      Sponsor: <<ORG:org_spon>>      CRA: <<PERSON:s9>> (<<EMAIL:em_spon>>)
Log maintained by <<PERSON:s2>>, CRC. Page 3 of 5.

Scr #        | Initials          | Screen date   | Age            | Sex     | Eligible | Reason (if not)          | Subject #      | Consent by
<<ID:scr1>>  | <<PERSON:pt_ini>> | <<DATE:d1>>   | <<AGE:pt_age>> | {pt_sex} | Y       | -                        | <<ID:subj1>>   | <<PERSON:s3_ini>>
<<ID:scr2>>  | <<PERSON:x1_ini>> | <<DATE:d2>>   | <<AGE:x1_age>> | {x1_sex} | N       | ECOG 3                   | -              | <<PERSON:s3_ini>>
<<ID:scr3>>  | <<PERSON:x2_ini>> | <<DATE:d2>>   | <<AGE:x2_age>> | {x2_sex} | N       | eGFR 28                  | -              | <<PERSON:s2_ini>>
<<ID:scr4>>  | <<PERSON:x3_ini>> | <<DATE:d3>>   | <<AGE:x3_age>> | {x3_sex} | Y       | -                        | <<ID:subj2>>   | <<PERSON:s3_ini>>
<<ID:scr5>>  | <<PERSON:x4_ini>> | <<DATE:d4>>   | <<AGE:x4_age>> | {x4_sex} | N       | withdrew before consent  | -              | -

Notes: <<ID:scr2>> referred back to Dr. <<PERSON:s4_l>>. <<ID:scr4>> (<<PERSON:x3_fi>>) randomized <<DATE:d5>>, rand no. <<ID:rand1>>; pharmacy (<<PERSON:s5_nick>>) notified.
<<ID:scr1>> - {pt_his} {r1_rel} asked that study calls go to <<PHONE:r1_ph>>, not the home number.
EDC: <<URL:url_trial>>   Regulatory binder reviewed by <<PERSON:s9_fi>> on <<DATE:d6>>.""",
    "de_sae_form": """SERIOUS ADVERSE EVENT REPORT            [x] initial   [ ] follow-up
Sponsor: <<ORG:org_spon>>  -  Drug Safety fax <<PHONE:fax2>>  -  <<EMAIL:em_spon>>
Sponsor case no.: <<ID:sae1>>     Site no.: <<ID:site>>     Subject no.: <<ID:subj1>>     Subject initials: <<PERSON:pt_ini>>
Year of birth: {pt_yob}     Sex: {pt_sex}     Age at onset: <<AGE:pt_age>>
Investigator: Prof. Dr. med. <<PERSON:s1>>, <<ORG:org_hosp>>, <<ADDRESS:org_addr>>, Tel <<PHONE:s1_ph>>

Event term: febrile neutropenia (CTCAE grade 4)      Onset: <<DATE:d2>>
Seriousness: hospitalisation <<DATE:d2>> - <<DATE:d5>> at <<ORG:org_hosp2>>, <<LOCATION:city1>>
Study drug: last dose <<DATE:d1>>, kit no. <<ID:kit1>>; action taken: dose interrupted
Narrative: The subject, a <<AGE:pt_age>>-year-old {pt_gender}, developed fever 39.4 at home in <<LOCATION:pt_city>>. {pt_hisc} {r1_rel} <<PERSON:r1_f>> called the study nurse <<PERSON:s2_fl2>> on the emergency number <<PHONE:mob1>>. ANC 0.1 on admission (lab no. <<ID:acc4>>). Blood cultures: Escherichia coli. Treated with piperacillin-tazobactam. Recovered <<DATE:d5>>.
Attachments: lab printout (page 2 - NOTE: shows "Patient: <<PERSON:pt_uc>>, PID <<ID:mrn>>" - to be redacted before sending!), discharge letter by Dr. <<PERSON:s3_l>>.
Causality (investigator): related.  Reporter: <<PERSON:s4_fi>>, study coordinator.  Signature date: <<DATE:d3>>
Monitor <<PERSON:s9>> informed <<DATE:d3>> {t1}; {nat1} reporting by sponsor.""",
    "ph_specimen_rejection_log": """<<ORG:org_hosp>> - DEPARTMENT OF PATHOLOGY AND LABORATORY MEDICINE
SPECIMEN REJECTION LOG                                   Month of <<DATE:dmon1>>

Date          | Time | Patient                | Hosp. No.        | Specimen No.   | Reason            | Requesting MD           | Informed                       | By
<<DATE:d1>>   | {t1} | <<PERSON:pt_uc>>       | <<ID:mrn>>       | <<ID:spec1>>   | hemolyzed (K+)    | Dr. <<PERSON:s1_l>>     | <<PERSON:s2_f>> (NOD {ward1}) | <<PERSON:s3_ini>>
<<DATE:d2>>   | {t2} | <<PERSON:x1_uc>>       | <<ID:x1_mrn>>    | <<ID:spec2>>   | unlabeled tube    | Dr. <<PERSON:s4_l>>     | <<PERSON:s5_nick>> (ER)        | <<PERSON:s3_ini>>
<<DATE:d2>>   | {t3} | <<PERSON:x2_lf>>       | <<ID:x2_mrn>>    | <<ID:spec3>>   | clotted EDTA      | Dr. <<PERSON:s1_l>>     | {s6_t} <<PERSON:s6_l>> (OB ward) | <<PERSON:s7_ini>>
<<DATE:d4>>   | {t4} | <<PERSON:x3_typo>>     | <<ID:x3_mrn>>    | <<ID:spec4>>   | name mismatch     | Dr. <<PERSON:s8_fi>>    | <<PERSON:s2_f>>                | <<PERSON:s7_ini>>

Remarks: name on request "<<PERSON:x3_typo>>" vs wristband "<<PERSON:x3_uf>>" - re-extraction done by RMT <<PERSON:s9_nick>> at {t5}.
Pathologist-in-charge: <<PERSON:s5>>, MD, FPSP (PRC Lic. No. <<ID:s5_lic>>)
Lab local <<PHONE:ph_lab>> / <<EMAIL:em_dept>>""",
    "ph_tb_xpert_contacts": """<<ORG:org_lab>> - MOLECULAR LABORATORY
Xpert MTB/RIF Ultra RESULT

Name: <<PERSON:pt_lf>>     Age/Sex: <<AGE:pt_age>>/{pt_sex}     Date of birth: <<DATE:pt_dob>>
Address: <<ADDRESS:pt_addr>>
PhilHealth PIN: <<ID:nat>>     Lab No.: <<ID:acc4>>     TB Case No.: <<ID:case1>>
Specimen: sputum, collected <<DATE:d1>>, received <<DATE:d2>>
Result: MTB DETECTED LOW; Rifampicin resistance NOT DETECTED
Referring facility: <<ORG:org_hosp2>> (DOTS), Dr. <<PERSON:s1_fi>>

Household contacts for screening (per NTP guideline):
- <<PERSON:r1>> ({r1_rel})
- <<PERSON:r2_f>> ({r2_rel}) - 9 y/o, for TST/CXR
- {r5_hon} <<PERSON:r5_f>>, <<AGE:r5_age>> y.o., bedridden
- <<PERSON:r3_nickl>> ({r3_rel}), works at <<ORG:org_work>>, <<LOCATION:city1>>
Contact person: <<PERSON:r3_nick>>, cp <<PHONE:r3_ph>>

Performed by: <<PERSON:s2>>, RMT (Lic. No. <<ID:s2_lic>>) - <<DATE:d2>> {t1}
Validated by: <<PERSON:s3_fm>>, MD, DPSP
Tel <<PHONE:ph_lab>> | results also via <<URL:url_portal>>""",
    "us_critical_value_log": """CRITICAL VALUE NOTIFICATION LOG - Core Laboratory, <<ORG:org_hosp>>
Date        | Time | Patient            | MRN             | Test / result          | Called to                  | Read-back | Caller
<<DATE:d1>> | {t1} | <<PERSON:pt_lf>>   | <<ID:mrn>>      | K 6.9 mmol/L (non-hem) | <<PERSON:s1_fl2>> RN       | Y         | <<PERSON:s2_ini>>
<<DATE:d1>> | {t2} | <<PERSON:x1_lf>>   | <<ID:x1_mrn>>   | Hgb 5.8 g/dL           | Dr <<PERSON:s3_l>>         | Y         | <<PERSON:s2_ini>>
<<DATE:d2>> | {t3} | <<PERSON:x2_lf>>   | <<ID:x2_mrn>>   | Blood cx: GPC clusters | <<PERSON:s4_f>> (charge)   | Y         | <<PERSON:s5_ini>>
<<DATE:d2>> | {t4} | <<PERSON:x3_lf>>   | <<ID:x3_mrn>>   | Glucose 38 mg/dL       | -                          | -         | <<PERSON:s5_ini>>

Comment row 4: unable to reach <<PERSON:x3_fi>>'s provider after 3 attempts (<<PHONE:s6_ph>>); escalated to house supervisor <<PERSON:s7_nick>> at <<PHONE:mob2>>, {t5}. Pt in ED hallway per <<PERSON:s8_f>>.
Comment row 1: repeat K on new draw (accession <<ID:acc4>>) 6.7; <<PERSON:pt_l>> on dialysis schedule, nephrology aware.
QA review <<DATE:d4>>: <<PERSON:s9>>, MT(ASCP), supervisor.""",
    "uk_frozen_section": """FROZEN SECTION REPORT - Cellular Pathology, <<ORG:org_hosp>>
Lab No: <<ID:acc5>>     Patient: <<PERSON:pt_uc>>     Hosp No: <<ID:mrn>>     DOB: <<DATE:pt_dob>>
Theatre 4; operating surgeon {s1_t} <<PERSON:s1_l>> (consultant), theatre phone <<PHONE:s1_ph>>

Specimen received {t1} <<DATE:d1>>: "left thyroid lobe - ?follicular lesion", fresh, 22 g.
Frozen section result phoned {t2} to {s1_t} <<PERSON:s1_l>>'s registrar, <<PERSON:s2_f>>: "Follicular lesion; no definite capsular/vascular invasion on FS - defer to paraffin."
Read-back by <<PERSON:s2_fil>>. Time from receipt to report: 18 min.
Pathologist: Dr <<PERSON:s3_fi>>, FRCPath (GMC <<ID:s3_lic>>).   BMS: <<PERSON:s4>>
Final report to follow with paraffin sections (see <<ID:acc1>>). Copy to endocrinologist Dr <<PERSON:s5_fil>>, <<ORG:org_hosp2>>.""",
    "au_bone_marrow_report": """BONE MARROW ASPIRATE AND TREPHINE REPORT
<<ORG:org_lab>> - Haematology       Lab episode <<ID:acc5>>      Ph <<PHONE:ph_lab>>
Patient: <<PERSON:pt_lf>>    URN: <<ID:mrn>>    DOB: <<DATE:pt_dob>>    Medicare: <<ID:nat>>
Requesting: Dr <<PERSON:s1_fi>> (haematologist), <<ORG:org_hosp>>      Collected: <<DATE:d1>>, by Dr <<PERSON:s2_l>> (registrar)

Clinical: pancytopenia; the patient is aged <<AGE:pt_age_w>> and lives independently in <<LOCATION:pt_city>> with {pt_his} {r1_rel}.
Aspirate: particulate, hypercellular. Blasts 34% (Wright-Giemsa), Auer rods present. Dysplasia in erythroid lineage.
Flow cytometry (<<ID:spec4>>): CD34+, CD117+, CD13+, CD33+, HLA-DR+, MPO+.
Cytogenetics/FISH and myeloid NGS panel referred to <<ORG:org_lab2>> (ref <<ID:ref2>>).
Trephine: 90% cellularity, sheets of blasts. Reticulin grade 1.
Conclusion: Acute myeloid leukaemia with myelodysplasia-related changes.

Reported by Dr <<PERSON:s3>> and Dr <<PERSON:s4_fil>> (registrar) on <<DATE:d3>>. Discussed with Dr <<PERSON:s1_l>> by phone {t1}.""",
    "de_hygiene_email": """From: <<PERSON:s1>> <<<EMAIL:s1_em>>>
To: Hygiene team <<<EMAIL:em_ipc>>>
Cc: <<PERSON:s2_fl2>>; <<PERSON:s3>>
Date: <<DATE:d2>> {t1}
Subject: MRSA + 3MRGN screening - <<PERSON:pt_l>>, PID <<ID:mrn>>, {ward1}

Dear colleagues, hi <<PERSON:s3_nick>>,

patient <<PERSON:pt_fi>> (born <<DATE:pt_dob>>), transferred on <<DATE:d1>> from <<ORG:org_hosp2>> in <<LOCATION:city1>>: admission screen (lab no. <<ID:acc4>>) grew MRSA (spa type t032) nose/throat and 3MRGN E. coli from the rectal swab.
Roommate {x1_t} <<PERSON:x1_l>> (PID <<ID:x1_mrn>>) needs screening today; {x1_he} was discharged to <<ORG:org_nh>> this morning, the home has been informed (contact <<PERSON:c5_fi>>, <<PHONE:c5_ph>>).
Decolonisation started by Dr. <<PERSON:s4_l>>. The patient's {r1_rel} <<PERSON:r1_f>> asked about risk at home - leaflet given.
KVNR for the reporting form: <<ID:nat>>.

Regards,
<<PERSON:s1_f>>
--
<<PERSON:s1>> | Infection Control | <<ORG:org_hosp>> | <<ADDRESS:org_addr>> | Tel. <<PHONE:s1_ph>> | Fax <<PHONE:fax1>>""",
    "uk_outbreak_meeting_minutes": """OUTBREAK CONTROL TEAM - Norovirus, {ward1} and {ward2}, <<ORG:org_hosp>>
Meeting 2 - <<DATE:d4>>, {t1}, via Teams
Present: <<PERSON:s1>> (DIPC, chair), <<PERSON:s2>> (IPC Nurse), Dr <<PERSON:s3_fi>> (Consultant Microbiologist), <<PERSON:s4>> (Matron), <<PERSON:s5_fl2>> ({nat1} health protection)
Apologies: <<PERSON:s6_nickl>> (Estates). Minutes: <<PERSON:s7_f>>.

1. Case update: 9 patients, 4 staff symptomatic since <<DATE:d1>>. Index case <<PERSON:pt_lfi>> (hosp no <<ID:mrn>>), onset <<DATE:d1>> {t2}, admitted from <<ORG:org_nh>>.
   {ward1} closed <<DATE:d2>>. Stools 5/7 GII positive at <<ORG:org_lab>> (ref <<ID:ref1>>).
2. {x1_t} <<PERSON:x1_l>>, aged <<AGE:age_old>>, died <<DATE:d3>>; not thought attributable - discussed with family (<<PERSON:x2_f>>, {x1_his} next of kin, <<PHONE:x2_ph>>).
3. Staff: <<PERSON:c1_fi>> and <<PERSON:c2_fi>> returned after 48 h symptom-free; <<PERSON:c3_f>> (bank HCA) also works at <<ORG:org_nh>> - advised.
4. Visitors restricted; <<PERSON:pt_l>>'s {r1_rel} to be met by the nurse in charge.
Actions: <<PERSON:s2_ini>> to update {nat1}; <<PERSON:s3_ini>> to liaise with the care home; <<PERSON:s4_ini>> deep clean (chlorine 1000 ppm).
Next meeting <<DATE:d6>> {t3}. Contact IPC on <<PHONE:ph_ic>> or <<EMAIL:em_ipc>>.""",
    "us_genetic_test_report": """<<ORG:org_gen>>     Tel <<PHONE:ph_gen>>     <<URL:url_gen>>
MOLECULAR GENETICS REPORT - Hereditary Cancer Panel (84 genes)

Patient: <<PERSON:pt_fmf>>      DOB: <<DATE:pt_dob>>      Sex: {pt_gender}
Accession: <<ID:acc5>>      Specimen: saliva, kit <<ID:kit1>>, collected <<DATE:d1>>, received <<DATE:d3>>
Ordering provider: <<PERSON:s1>>, MS, CGC - <<ORG:org_hosp>> (provider ID <<ID:s1_lic>>)
Family ID: <<ID:fam1>>      Relative previously tested: <<PERSON:r4>> ({r4_rel}; accession <<ID:acc2>>)

RESULT: POSITIVE - one pathogenic variant identified
MLH1 c.1852_1854delAAG p.(Lys618del), heterozygous. Consistent with Lynch syndrome.
No other reportable variants. VUS in ATM c.2572T>C not reported per patient preference.

Recommendations: colonoscopy every 1-2 years; cascade testing for first-degree relatives
(<<PERSON:r3>>, <<PERSON:r2>>). Family letter enclosed. Free testing for relatives for 90 days.
Billing: claim <<ID:claim1>>, member ID <<ID:nat>>, group <<ID:ins1>>; subscriber <<PERSON:r1_lf>>.

Lab director: <<PERSON:s8>>, PhD, FACMG          Report date: <<DATE:d5>>
Genetic counselor on call: <<PERSON:s7_fl2>>, <<EMAIL:em_gen>>""",
    "uk_biobank_withdrawal_letter": """<<ORG:org_bio>>
<<ADDRESS:org_addr>>
Tel <<PHONE:s2_ph>>

<<DATE:dl3>>

PRIVATE AND CONFIDENTIAL
{pt_t} <<PERSON:pt>>
<<ADDRESS:pt_addr_ml>>

Dear {pt_t} <<PERSON:pt_l>>,

Participant ID <<ID:subj1>> - withdrawal of consent

Thank you for your letter dated <<DATE:dl1>>, and for speaking with my colleague <<PERSON:s1_f>> on <<DATE:dl2>>.
As you requested ("no further use"), your samples <<ID:bb1>>, <<ID:bb2>> and <<ID:bb3>> were destroyed on <<DATE:d3>>, witnessed by <<PERSON:s1_fi>> and <<PERSON:s3_fi>>. Data already used in analyses cannot be removed.
Your {r2_rel} <<PERSON:r2_f>> also phoned (<<PHONE:r2_ph>>) to ask whether this affects {r2_his} own participation - it does not.

If you have any questions please contact me at <<EMAIL:s2_em>> or see <<URL:url_bio>>.

Yours sincerely,

<<PERSON:s2>>
Biobank Manager
cc: Dr <<PERSON:s4_fi>>, GP, <<ORG:org_hosp2>>""",
    "au_antenatal_antibody": """ANTENATAL SEROLOGY - <<ORG:org_lab>>           Episode <<ID:acc4>>
Patient: <<PERSON:pt_uc>>   DOB <<DATE:pt_dob>>   URN <<ID:mrn>>   Medicare <<ID:nat>>
Gestation 28+2 weeks (EDD <<DATE:d8>>)   G3P2   Requesting: Dr <<PERSON:s1_fi>> (obstetrician), <<ORG:org_hosp>>

Blood group: A RhD NEGATIVE.  Antibody screen: POSITIVE - anti-D, titre 4 (previous <<DATE:dp2>>: 2).
Kleihauer: 2 mL fetal red cells.  Partner: <<PERSON:r1>>, group O RhD positive (tested <<DATE:dp3>>, lab no <<ID:spec5>>).
Comment: likely passive anti-D after prophylaxis given <<DATE:dp3>>? Check with issuing site <<ORG:org_hosp2>>. Repeat at 32 weeks.
Cell-free fetal RHD genotyping referred to {nat1} (ref <<ID:ref1>>).
Results phoned to midwife <<PERSON:s2>> at {t1} on <<DATE:d2>> (<<PHONE:s2_ph>>). Patient's mobile on file <<PHONE:pt_mob>>.
Authorised: <<PERSON:s3>>, senior scientist; Dr <<PERSON:s4_l>>, haematologist.""",
    "ph_xray_report": """<<ORG:org_hosp>>
DEPARTMENT OF RADIOLOGY  -  <<ADDRESS:org_addr>>  -  Tel. <<PHONE:ph_rad>>

Name: <<PERSON:pt_uc>>     Age/Sex: <<AGE:pt_age>>/{pt_sex}     Hosp. No.: <<ID:mrn>>     X-ray No.: <<ID:acc3>>
Requesting Physician: Dr. <<PERSON:s1_fi>>     Date: <<DATE:d1>>     Room/Ward: {ward1}
PhilHealth: <<ID:nat>>

CHEST PA:
Hazy densities are seen in the right upper lobe. Heart is not enlarged. Aorta is atheromatous. Diaphragm and sulci are intact.
IMPRESSION: Pulmonary tuberculosis, right upper lobe, activity to be determined. Suggest sputum GeneXpert.

<<PERSON:s2_uf>>, MD, FPCR
Radiologist

Released to: <<PERSON:r2_nickl>> ({r2_rel}) on <<DATE:d2>>, valid ID presented; released by <<PERSON:s3_f>> (front desk).
Copy furnished: Dr. <<PERSON:s1_l>>, <<ORG:org_hosp2>>, <<LOCATION:city1>>.""",
    "ph_viber_lab_chat": """[Viber] MedTech Night Shift - <<ORG:org_hosp>>          <<DATE:d1>>
[{t1}] <<PERSON:s1_nick>>: guys yung K+ ni <<PERSON:pt_uc>> (HN <<ID:mrn>>) hemolyzed ulit, 3rd time na
[{t2}] <<PERSON:s2_f>> RMT: nag-call na ako kay Dr. <<PERSON:s3_l>>, <<PHONE:s3_ph>>, ok daw redraw
[{t3}] <<PERSON:s4_nick>>: pa-crossmatch 2 units PRBC for <<PERSON:x1_lowl>> ({ward2}) spec <<ID:spec2>>, donor <<PERSON:x2>> walk-in
[{t3}] <<PERSON:s1_nick>>: <<PERSON:s4_nick>> sino nag-extract? walang label yung red top
[{t4}] Ma'am <<PERSON:s5_f>>: ok noted. Pls log sa LIS and rejection log. Sir <<PERSON:s6_l>> will check the analyzer (S/N <<ID:ser1>>) bukas
[{t5}] <<PERSON:s2_f>> RMT: si <<PERSON:pt_f>> pala yung pasyente from <<LOCATION:city1>>, <<AGE:pt_age>> na daw, hirap kunan. {r2_rel} <<PERSON:r2_f>> nagbabantay <<PHONE:r2_ph>>
[{t6}] <<PERSON:s7_fl2>>: FYI QC for CBC passed. Pls email to <<EMAIL:em_dept>> the endorsement
[{t6}] <<PERSON:s1_nick>>: 👍""",
    "us_sendout_requisition": """SEND-OUT TEST REQUISITION
From: <<ORG:org_hosp>> Laboratory - <<ADDRESS:org_addr>> - <<PHONE:ph_lab>>
To: <<ORG:org_lab2>> (client services <<PHONE:ph_spon>>)

Patient: <<PERSON:pt_lf>>    DOB: <<DATE:pt_dob>>    Sex: {pt_sex}    MRN: <<ID:mrn>>    Enc: <<ID:enc1>>
Address: <<ADDRESS:pt_addr>>    Phone: <<PHONE:pt_phone>>    Email: <<EMAIL:pt_em>>
Insurance: Member ID <<ID:nat>>   Group <<ID:ins1>>   Subscriber: <<PERSON:r1_lf>> ({r1_rel}), DOB <<DATE:r1_dob>>

Tests: Anti-MOG IgG (CBA), Aquaporin-4 IgG, oligoclonal bands (paired CSF/serum)
Specimens: CSF <<ID:spec3>> and serum <<ID:spec4>>, collected <<DATE:d1>> {t1} by <<PERSON:s1_ini>>; frozen
Clinical: optic neuritis, transverse myelitis. Neurologist <<PERSON:s2_uf>> (sig illegible, printed as "<<PERSON:s2_typo>>")
Report to: fax <<PHONE:fax1>>, attn <<PERSON:s3_f>> (send-outs) and to <<EMAIL:s3_em>>
Courier: tracking <<ID:ref2>>, picked up <<DATE:d2>>""",
    "de_molecular_pathology": """INSTITUTE OF PATHOLOGY - <<ORG:org_hosp>>
Molecular pathology report                               Accession no. <<ID:acc1>>

Patient: <<PERSON:pt_lf>>, born <<DATE:pt_dob>>     Patient ID <<ID:mrn>>     Case no. <<ID:enc1>>
Health insurance: <<ID:nat>>
Submitted by: Dr. med. <<PERSON:s1>>, Department of Pneumology, <<ORG:org_hosp2>>, <<LOCATION:city1>>
Material: EBUS-TBNA station 7, cell block (primary accession <<ID:acc2>>, <<DATE:d1>>); tumour cell content approx. 30%

Methods: DNA/RNA NGS panel (52 genes), PD-L1 (22C3).
Results: EGFR exon 19 deletion c.2235_2249del p.(E746_A750del), VAF 18%. No ALK/ROS1/RET fusion. PD-L1 TPS 5%.
Assessment: lung adenocarcinoma with activating EGFR mutation - EGFR-TKI indicated.
Presented at thoracic tumour board <<DATE:d4>> (coordinator <<PERSON:s2_fi>>, <<PHONE:s2_ph>>).

Univ.-Prof. Dr. med. <<PERSON:s3>>                      Dr. med. <<PERSON:s4_fi>>
(Consultant)                                             (Molecular pathology, LANR <<ID:s4_lic>>)
<<DATE:d3>> - electronically released. Questions: <<EMAIL:em_dept>>""",
    "au_lookback_investigation": """TRANSFUSION LOOKBACK - CONFIDENTIAL                    File ref <<ID:ref1>>
Notification from {nat1}: donor seroconversion (HCV) - donation <<ID:unit1>>, collected <<DATE:dp1>>.

Recipient trace:
- Red cells from that donation transfused <<DATE:dp2>> to <<PERSON:pt_lf>> (URN <<ID:mrn>>, DOB <<DATE:pt_dob>>), {ward1}, <<ORG:org_hosp>>.
- FFP <<ID:unit2>>: discarded (expired) - no recipient.
- Platelet pool <<ID:unit3>>: issued to <<ORG:org_hosp2>>; recipient <<PERSON:x1_fi>> (their URN <<ID:x1_mrn>>) - their TM <<PERSON:s5>> informed <<DATE:d2>>.
Treating consultant at the time: Dr <<PERSON:s1_l>> (has left; now at <<ORG:org_lab2>>).
GP: Dr <<PERSON:s2_fil>>, <<ADDRESS:org_addr2>>, ph <<PHONE:s2_ph>>.

Patient contacted <<DATE:d3>> by <<PERSON:s3>> (Transfusion CNC) on <<PHONE:pt_mob>>; prefers "<<PERSON:pt_nick>>". Pt is <<AGE:pt_age>>, lives with {r1_rel} (<<PERSON:r1_f>>) in <<LOCATION:pt_city>>.
HCV Ab + RNA ordered, episode <<ID:acc4>>. Result <<DATE:d6>>: HCV Ab negative.
Closed <<DATE:d7>> by <<PERSON:s4_fi>>, Transfusion Medicine Unit.""",
    "us_pk_sample_log": """PK / BIOMARKER SAMPLE COLLECTION LOG                       Site <<ID:site>>  -  <<ORG:org_hosp>>
Subject <<ID:subj2>>   Initials <<PERSON:pt_ini>>   Visit C1D1 <<DATE:d1>>   Sponsor <<ORG:org_spon>>

Timepoint  | Scheduled | Actual | Tube ID      | Processed by        | Storage
Pre-dose   | 08:00     | {t1}   | <<ID:bb1>>   | <<PERSON:s1_ini>>   | -80 freezer #2 (S/N <<ID:ser1>>)
EOI        | 09:30     | {t2}   | <<ID:bb2>>   | <<PERSON:s1_ini>>   | -80 #2
2 h        | 11:30     | {t3}   | <<ID:bb3>>   | <<PERSON:s2_ini>>   | -80 #2
4 h        | 13:30     | MISSED | -            | -                   | -
24 h       | C1D2      | {t4}   | <<ID:bb4>>   | <<PERSON:s2_ini>>   | -80 #2

Deviation: 4 h sample missed - subject was in CT (accession <<ID:acc3>>) per Dr. <<PERSON:s3_l>>. Deviation log entry by <<PERSON:s2>>, <<DATE:d2>>.
Centrifuge serial <<ID:ser2>>, 1500 g x 10 min, 4 C.
Shipped to <<ORG:org_lab2>> <<DATE:d3>>, AWB <<ID:ref2>>. Monitor: <<PERSON:s9>> (<<PHONE:ph_spon>>).
Subject reminder call placed to <<PERSON:pt_f>> at <<PHONE:pt_phone>> by <<PERSON:s4_nick>>.""",
    "uk_radiology_discrepancy": """RADIOLOGY EVENTS AND LEARNING MEETING - case for discussion (anonymise before circulating!)
<<ORG:org_hosp>> - Dept of Imaging                  Meeting <<DATE:d6>>

Case submitted by: Dr <<PERSON:s1_fi>> (ST4)
Exam: CT head non-contrast, accession <<ID:acc3>>, performed <<DATE:d1>> {t1}
Patient: <<PERSON:pt_lfi>>, <<AGE:pt_age>>, <<ID:mrn>>   <- NOT anonymised in original submission
Original report (<<PERSON:s2_uf>>, locum): "No acute intracranial abnormality."
Discrepancy: subtle right frontal convexity subdural (4 mm) visible on coronal reformats; seen on follow-up <<DATE:d3>> (<<ID:acc1>>), reported by Dr <<PERSON:s3_l>>.
Outcome: conservative; no harm. Patient's {r1_rel}, <<PERSON:r1_f>>, raised concern via PALS (ref <<ID:ref2>>).
Learning: review coronals on anticoagulated patients; {pt_he} was on apixaban.
Circulated by <<PERSON:s4>> (REALM lead) - <<EMAIL:s4_em>>. PACS key images: <<URL:url_pacs>>""",
    "ph_trial_icf_witness": """INFORMED CONSENT FORM - SIGNATURE PAGE (English/Filipino)
Study: phase 3 dengue vaccine immunogenicity     Site no. <<ID:site>>, <<ORG:org_hosp>>, <<LOCATION:pt_city>>
Sponsor: <<ORG:org_spon>>

Participant name: <<PERSON:pt_fmf>>          Screening no.: <<ID:scr1>>
Age: <<AGE:pt_age>>     Address: <<ADDRESS:pt_addr>>     Mobile: <<PHONE:pt_mob>>
Participant cannot read; right thumbmark affixed.  Date/time: <<DATE:d1>> {t1}

Legally acceptable representative: <<PERSON:r2>>  Relationship: {r2_rel}  Contact: <<PHONE:r2_ph>>
Impartial witness: <<PERSON:c1>> (barangay health worker, <<ORG:org_hosp2>>)   Date <<DATE:d1>>
Person obtaining consent: <<PERSON:s1_fm>>, MD (sub-investigator)   Date <<DATE:d1>>
Copy of signed ICF given to participant/LAR: [x] Initials of staff: <<PERSON:s2_ini>>
Ethics queries: <<PERSON:s3>>, secretariat, <<PHONE:ph_ic>>, <<EMAIL:em_res>>
Study hotline (24h): <<PHONE:mob3>>""",
}


# =============================================================================================
# Chinese (mainland) names, places, organisations, phones and identifiers
# =============================================================================================
_ZH_SURNAMES: Final[dict[str, str]] = {
    "王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang", "黄": "Huang", "赵": "Zhao",
    "吴": "Wu", "周": "Zhou", "徐": "Xu", "孙": "Sun", "马": "Ma", "朱": "Zhu", "胡": "Hu", "郭": "Guo", "何": "He",
    "林": "Lin", "罗": "Luo", "高": "Gao", "郑": "Zheng", "梁": "Liang", "谢": "Xie", "宋": "Song", "唐": "Tang",
    "许": "Xu", "韩": "Han", "冯": "Feng", "邓": "Deng", "曹": "Cao", "彭": "Peng", "曾": "Zeng", "肖": "Xiao",
    "田": "Tian", "董": "Dong", "潘": "Pan", "袁": "Yuan", "蔡": "Cai", "蒋": "Jiang", "余": "Yu", "于": "Yu",
    "杜": "Du", "叶": "Ye", "程": "Cheng", "魏": "Wei", "苏": "Su", "吕": "Lyu", "丁": "Ding", "任": "Ren",
    "卢": "Lu", "姚": "Yao", "沈": "Shen", "钟": "Zhong", "姜": "Jiang", "崔": "Cui", "谭": "Tan", "陆": "Lu",
    "范": "Fan", "汪": "Wang", "廖": "Liao", "石": "Shi", "金": "Jin", "韦": "Wei", "贾": "Jia", "夏": "Xia",
    "付": "Fu", "方": "Fang", "邹": "Zou", "熊": "Xiong", "白": "Bai", "孟": "Meng", "秦": "Qin", "邱": "Qiu",
    "侯": "Hou", "江": "Jiang", "尹": "Yin", "薛": "Xue", "闫": "Yan", "段": "Duan", "雷": "Lei", "龙": "Long",
    "黎": "Li", "史": "Shi", "陶": "Tao", "贺": "He", "毛": "Mao", "郝": "Hao", "顾": "Gu", "龚": "Gong",
    "邵": "Shao", "万": "Wan", "覃": "Qin", "武": "Wu", "钱": "Qian", "戴": "Dai", "严": "Yan", "莫": "Mo",
    "孔": "Kong", "向": "Xiang", "常": "Chang", "文": "Wen", "牛": "Niu", "关": "Guan", "左": "Zuo", "安": "An",
    "艾": "Ai", "甘": "Gan", "单": "Shan", "车": "Che", "和": "He", "水": "Shui", "华": "Hua", "路": "Lu",
    "成": "Cheng", "宁": "Ning", "平": "Ping", "农": "Nong", "占": "Zhan", "欧": "Ou", "祝": "Zhu", "项": "Xiang",
}  # fmt: skip
_ZH_COMPOUND_SURNAMES: Final[dict[str, str]] = {
    "欧阳": "Ouyang", "司马": "Sima", "上官": "Shangguan", "诸葛": "Zhuge", "皇甫": "Huangfu", "尉迟": "Yuchi",
    "慕容": "Murong", "东方": "Dongfang", "令狐": "Linghu", "公孙": "Gongsun", "端木": "Duanmu", "夏侯": "Xiahou",
    "司徒": "Situ", "宇文": "Yuwen", "南宫": "Nangong", "西门": "Ximen",
}  # fmt: skip
_ZH_GIVEN_F: Final[dict[str, str]] = {
    "芳": "fang", "娜": "na", "敏": "min", "静": "jing", "丽": "li", "艳": "yan", "娟": "juan", "秀": "xiu",
    "霞": "xia", "桂": "gui", "英": "ying", "玉": "yu", "兰": "lan", "萍": "ping", "红": "hong", "婷": "ting",
    "雪": "xue", "梅": "mei", "涵": "han", "欣": "xin", "怡": "yi", "佳": "jia", "思": "si", "雨": "yu",
    "诗": "shi", "琪": "qi", "晓": "xiao", "燕": "yan", "慧": "hui", "琳": "lin", "颖": "ying", "倩": "qian",
    "蕾": "lei", "丹": "dan", "瑶": "yao", "玲": "ling", "悦": "yue", "彤": "tong", "萱": "xuan", "妍": "yan",
    "蓉": "rong", "莉": "li", "珍": "zhen", "淑": "shu", "凤": "feng", "美": "mei", "春": "chun", "秋": "qiu",
    "月": "yue", "云": "yun", "洁": "jie", "薇": "wei", "璐": "lu", "菲": "fei", "小": "xiao", "嘉": "jia",
}  # fmt: skip
_ZH_GIVEN_M: Final[dict[str, str]] = {
    "伟": "wei", "强": "qiang", "磊": "lei", "军": "jun", "洋": "yang", "勇": "yong", "杰": "jie", "涛": "tao",
    "明": "ming", "超": "chao", "平": "ping", "刚": "gang", "华": "hua", "建": "jian", "国": "guo", "文": "wen",
    "辉": "hui", "鹏": "peng", "宇": "yu", "浩": "hao", "博": "bo", "子": "zi", "晨": "chen", "轩": "xuan",
    "睿": "rui", "俊": "jun", "凯": "kai", "志": "zhi", "海": "hai", "鑫": "xin", "斌": "bin", "亮": "liang",
    "峰": "feng", "飞": "fei", "波": "bo", "宁": "ning", "安": "an", "乐": "le", "铭": "ming", "泽": "ze",
    "然": "ran", "皓": "hao", "天": "tian", "一": "yi", "航": "hang", "德": "de", "福": "fu", "生": "sheng",
    "林": "lin", "金": "jin", "宝": "bao", "荣": "rong", "庆": "qing", "永": "yong", "成": "cheng", "东": "dong",
    "新": "xin", "兵": "bing", "江": "jiang", "山": "shan", "龙": "long", "坤": "kun", "毅": "yi", "晓": "xiao",
}  # fmt: skip
# Given names that are ordinary words (or 叠字): (characters, syllables, female?)
_ZH_WORD_NAMES: Final[tuple[tuple[str, tuple[str, ...], bool], ...]] = (
    ("平安", ("ping", "an"), False),
    ("平安", ("ping", "an"), True),
    ("建国", ("jian", "guo"), False),
    ("国庆", ("guo", "qing"), False),
    ("和平", ("he", "ping"), False),
    ("胜利", ("sheng", "li"), False),
    ("红梅", ("hong", "mei"), True),
    ("海燕", ("hai", "yan"), True),
    ("春梅", ("chun", "mei"), True),
    ("秀英", ("xiu", "ying"), True),
    ("桂英", ("gui", "ying"), True),
    ("建华", ("jian", "hua"), False),
    ("志强", ("zhi", "qiang"), False),
    ("文静", ("wen", "jing"), True),
    ("美丽", ("mei", "li"), True),
    ("幸福", ("xing", "fu"), False),
    ("长江", ("chang", "jiang"), False),
    ("向阳", ("xiang", "yang"), False),
    ("卫东", ("wei", "dong"), False),
    ("爱华", ("ai", "hua"), True),
    ("如意", ("ru", "yi"), True),
    ("金凤", ("jin", "feng"), True),
    ("高峰", ("gao", "feng"), False),
    ("明", ("ming",), False),
    ("文", ("wen",), False),
    ("静", ("jing",), True),
    ("红", ("hong",), True),
    ("丹丹", ("dan", "dan"), True),
    ("婷婷", ("ting", "ting"), True),
    ("乐乐", ("le", "le"), False),
    ("欢欢", ("huan", "huan"), True),
    ("春", ("chun",), True),
    ("高", ("gao",), False),
    ("金", ("jin",), False),
    ("文华", ("wen", "hua"), False),
)


@dataclass(frozen=True)
class _ZhPerson:
    surname: str
    surname_py: str
    given: str
    given_py: tuple[str, ...]
    female: bool


def _zh_person(rng: random.Random, *, female: bool | None = None, surname: str | None = None) -> _ZhPerson:
    if female is None:
        female = rng.random() < 0.5
    if surname is None:
        pool = _ZH_COMPOUND_SURNAMES if rng.random() < 0.07 else _ZH_SURNAMES
        surname = rng.choice(sorted(pool))
    surname_py = _ZH_COMPOUND_SURNAMES.get(surname) or _ZH_SURNAMES[surname]
    roll = rng.random()
    if roll < 0.16:
        options = [w for w in _ZH_WORD_NAMES if w[2] == female]
        given, syllables, _ = rng.choice(options)
        return _ZhPerson(surname, surname_py, given, syllables, female)
    table = _ZH_GIVEN_F if female else _ZH_GIVEN_M
    count = 1 if roll < 0.3 else 2
    chars = [c for c in sorted(table) if count == 2 or c != "小"]
    picked = rng.sample(chars, count)
    if count == 2 and picked[1] == "小":
        picked.reverse()
    return _ZhPerson(surname, surname_py, "".join(picked), tuple(table[c] for c in picked), female)


def _pinyin_join(syllables: tuple[str, ...]) -> str:
    out = syllables[0]
    for syllable in syllables[1:]:
        out += ("'" if syllable[0] in "aeo" else "") + syllable
    return out


def _zh_homophone(rng: random.Random, char: str, syllable: str) -> str:
    pool = [c for table in (_ZH_GIVEN_F, _ZH_GIVEN_M) for c, py in table.items() if py == syllable and c != char]
    pool += [
        c
        for c, py in (
            ("晓", "xiao"),
            ("小", "xiao"),
            ("肖", "xiao"),
            ("丽", "li"),
            ("立", "li"),
            ("力", "li"),
            ("莉", "li"),
            ("伟", "wei"),
            ("玮", "wei"),
            ("炜", "wei"),
            ("静", "jing"),
            ("晶", "jing"),
            ("婧", "jing"),
            ("明", "ming"),
            ("铭", "ming"),
            ("敏", "min"),
            ("民", "min"),
            ("军", "jun"),
            ("俊", "jun"),
            ("君", "jun"),
            ("芳", "fang"),
            ("方", "fang"),
            ("红", "hong"),
            ("虹", "hong"),
            ("宏", "hong"),
        )
        if py == syllable and c != char and c not in pool
    ]
    return rng.choice(sorted(set(pool))) if pool else char


def _zh_forms(prefix: str, person: _ZhPerson, rng: random.Random, domain: str) -> Values:
    given, syllables = person.given, person.given_py
    last_char = given[-1]
    given_py = _pinyin_join(syllables).capitalize()
    initials = (
        _ZH_SURNAME_SYLLABLES.get(person.surname, person.surname_py[0]) + "".join(s[0] for s in syllables)
    ).upper()
    typo_index = rng.randrange(len(given))
    typo_given = (
        given[:typo_index] + _zh_homophone(rng, given[typo_index], syllables[typo_index]) + given[typo_index + 1 :]
    )
    if typo_given == given:
        typo_given = given[::-1] if len(given) > 1 and given[0] != given[1] else given + given[-1]
    nick_forms = (
        ("小" + last_char, "阿" + last_char, last_char * 2)
        if len(given) > 1 and given[0] != given[1]
        else (("小" + given[0], "阿" + given[0], given) if len(given) == 2 else ("小" + given, "阿" + given, given * 2))
    )
    values: Values = {
        prefix: person.surname + given,
        f"{prefix}_x": person.surname,
        f"{prefix}_m": given,
        f"{prefix}_n": rng.choice(nick_forms),
        f"{prefix}_xn": nick_forms[0],
        f"{prefix}_an": nick_forms[1],
        f"{prefix}_dd": nick_forms[2],
        f"{prefix}_py": f"{person.surname_py} {given_py}",
        f"{prefix}_pyu": f"{person.surname_py.upper()} {given_py.upper()}",
        f"{prefix}_pyr": f"{given_py} {person.surname_py}",
        f"{prefix}_dcm": f"{person.surname_py.upper()}^{given_py.upper()}",
        f"{prefix}_pyi": f"{person.surname_py} {''.join(s[0] for s in syllables).upper()}",
        f"{prefix}_ini": initials,
        f"{prefix}_typo": person.surname + typo_given,
        f"{prefix}_em": rng.choice(
            (
                f"{person.surname_py.lower()}{_pinyin_join(syllables).replace(chr(39), '')}@{domain}",
                f"{initials.lower()}{rng.randint(1, 99)}@{domain}",
                f"{_nz(rng, rng.randint(6, 10))}@qq.com",
                f"{person.surname_py.lower()}_{_pinyin_join(syllables).replace(chr(39), '')}{rng.randint(70, 99)}@163.com",
            )
        ),
        f"{prefix}_sex": "女" if person.female else "男",
        f"{prefix}_ta": "她" if person.female else "他",
        f"{prefix}_hon": "阿姨" if person.female else "大爷",
        f"{prefix}_xs": "女士" if person.female else "先生",
        f"{prefix}_nn": "奶奶" if person.female else "爷爷",
    }
    return values


_ZH_SURNAME_SYLLABLES: Final[dict[str, str]] = {
    "欧阳": "OY", "司马": "SM", "上官": "SG", "诸葛": "ZG", "皇甫": "HF", "尉迟": "YC", "慕容": "MR", "东方": "DF",
    "令狐": "LH", "公孙": "GS", "端木": "DM", "夏侯": "XH", "司徒": "ST", "宇文": "YW", "南宫": "NG", "西门": "XM",
}  # fmt: skip

# (province or "", city, districts, area code, domain stem)
_ZH_CITIES: Final[tuple[tuple[str, str, tuple[str, ...], str, str], ...]] = (
    ("浙江省", "杭州市", ("西湖区", "拱墅区", "上城区", "滨江区", "萧山区"), "0571", "hz"),
    ("江苏省", "南京市", ("鼓楼区", "玄武区", "秦淮区", "江宁区"), "025", "nj"),
    ("广东省", "广州市", ("天河区", "越秀区", "海珠区", "番禺区"), "020", "gz"),
    ("广东省", "深圳市", ("南山区", "福田区", "宝安区", "龙岗区"), "0755", "sz"),
    ("四川省", "成都市", ("武侯区", "锦江区", "青羊区", "双流区"), "028", "cd"),
    ("湖北省", "武汉市", ("洪山区", "武昌区", "江汉区", "江岸区"), "027", "wh"),
    ("", "北京市", ("朝阳区", "海淀区", "东城区", "丰台区"), "010", "bj"),
    ("", "上海市", ("徐汇区", "浦东新区", "静安区", "闵行区"), "021", "sh"),
    ("山东省", "青岛市", ("市南区", "崂山区", "黄岛区"), "0532", "qd"),
    ("河南省", "郑州市", ("金水区", "二七区", "中原区"), "0371", "zz"),
    ("湖南省", "长沙市", ("岳麓区", "芙蓉区", "雨花区"), "0731", "cs"),
    ("福建省", "厦门市", ("思明区", "湖里区", "集美区"), "0592", "xm"),
    ("陕西省", "西安市", ("雁塔区", "碑林区", "未央区"), "029", "xa"),
    ("江苏省", "苏州市", ("姑苏区", "吴中区", "相城区"), "0512", "suz"),
    ("浙江省", "宁波市", ("鄞州区", "海曙区", "江北区"), "0574", "nb"),
    ("安徽省", "合肥市", ("蜀山区", "包河区", "庐阳区"), "0551", "hf"),
    ("云南省", "昆明市", ("五华区", "盘龙区", "官渡区"), "0871", "km"),
    ("辽宁省", "沈阳市", ("和平区", "沈河区", "皇姑区"), "024", "sy"),
    ("", "天津市", ("和平区", "南开区", "河西区"), "022", "tj"),
    ("浙江省", "金华市", ("婺城区", "金东区"), "0579", "jh"),
    ("广西壮族自治区", "南宁市", ("青秀区", "兴宁区"), "0771", "nn"),
)
_ZH_TOWNS: Final = (
    "义乌市",
    "慈溪市",
    "昆山市",
    "瓜沥镇",
    "横店镇",
    "周庄镇",
    "乌镇",
    "文昌市",
    "高邮市",
    "安吉县",
    "德清县",
    "平湖市",
    "江阴市",
    "永康市",
    "安宁市",
    "福清市",
    "金堂县",
    "和县",
)
_ZH_ROADS: Final = (
    "文三路",
    "中山北路",
    "解放东路",
    "人民大道",
    "建设路",
    "学院路",
    "天目山路",
    "延安西路",
    "长江路",
    "黄河路",
    "和平路",
    "胜利街",
    "幸福路",
    "光明路",
    "新华路",
    "工农路",
    "平安大街",
    "金沙江路",
    "高新大道",
)
_ZH_COMMUNITIES: Final = (
    "阳光花园",
    "翠苑一区",
    "金色家园",
    "锦绣江南",
    "万家城",
    "和谐家园",
    "桂花苑",
    "丽水新村",
    "红星小区",
    "东方明珠苑",
    "幸福里",
    "春晓嘉园",
)

_ZH_HOSPITALS: Final = (
    "{cs}市第一人民医院",
    "{cs}市第三人民医院",
    "{cs}市中心医院",
    "{cs}市中医院",
    "{cs}市妇幼保健院",
    "{dist}人民医院",
    "{cs}仁和医院",
    "江城医科大学附属第二医院",
    "东海医学院附属医院",
    "{cs}市第六人民医院",
    "{cs}市肿瘤医院",
    "{cs}市儿童医院",
)
_ZH_LABS: Final = (
    "华检医学检验所",
    "康瑞医学检验实验室",
    "安诺精准医学检验所",
    "{cs}迪康医学检验中心",
    "云启医学检验实验室有限公司",
    "博远病理诊断中心",
)
_ZH_GENLABS: Final = ("博安基因科技有限公司", "华因医学检验所", "康源基因技术有限公司", "明德遗传诊断中心")
_ZH_SPONSORS: Final = (
    "瑞泽生物医药有限公司",
    "鼎华制药股份有限公司",
    "恒康生物技术(苏州)有限公司",
    "泽众医药科技有限公司",
    "启明星生物制药有限公司",
)
_ZH_CROS: Final = ("泰思医药科技(上海)有限公司", "康睿临床研究有限公司", "诺泽医药研发服务有限公司", "思卓临床SMO")
_ZH_SCHOOLS: Final = (
    "{dist}实验小学",
    "{cs}市第十四中学",
    "{cs}外国语学校",
    "{dist}阳光幼儿园",
    "{cs}职业技术学院",
    "育才中学",
)
_ZH_WORKPLACES: Final = (
    "宏达电子厂",
    "{cs}永兴食品有限公司",
    "鑫源物流有限公司",
    "好又多超市{dist}店",
    "金鼎建筑工程公司",
    "恒通快递{dist}网点",
    "老字号面馆",
)
_ZH_CARE_HOMES: Final = ("夕阳红养老院", "康乐颐养院", "{dist}社会福利院", "福寿康护理院", "松鹤养老公寓")
_ZH_NATIONAL: Final = (
    "国家卫生健康委",
    "中国疾病预防控制中心",
    "国家药品监督管理局",
    "国家药监局药品审评中心",
    "中华骨髓库",
)
_ZH_DEPTS: Final = (
    "呼吸与危重症医学科",
    "消化内科",
    "血液科",
    "肿瘤内科",
    "普外科",
    "神经内科",
    "肾内科",
    "重症医学科",
    "老年医学科",
    "心血管内科",
    "急诊科",
    "妇科",
    "乳腺外科",
)


def _zh_mobile(rng: random.Random) -> str:
    prefix = rng.choice(
        (
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
            "177",
            "180",
            "181",
            "185",
            "186",
            "187",
            "188",
            "189",
            "198",
            "199",
        )
    )
    a, b = _digits(rng, 4), _digits(rng, 4)
    return rng.choice(
        (
            f"{prefix}{a}{b}",
            f"{prefix}{a}{b}",
            f"{prefix} {a} {b}",
            f"{prefix}-{a}-{b}",
            f"+86 {prefix} {a} {b}",
            f"+86-{prefix}{a}{b}",
            f"(+86){prefix}{a}{b}",
        )
    )


def _zh_landline(rng: random.Random, area: str, *, ext: bool | None = None) -> str:
    length = 8 if len(area) == 3 or rng.random() < 0.8 else 7
    number = rng.choice("2345678") + _digits(rng, length - 1)
    split = f"{number[:4]} {number[4:]}" if length == 8 else f"{number[:3]} {number[3:]}"
    text = rng.choice(
        (
            f"{area}-{number}",
            f"{area}-{number}",
            f"({area}){number}",
            f"{area} {split}",
            f"{area}-{split}",
            f"+86-{area[1:]}-{number}",
            number,
        )
    )
    if ext is None:
        ext = rng.random() < 0.3
    if ext:
        text += rng.choice((f"转{_nz(rng, 4)}", f"-{_nz(rng, 4)}", f" 转 {_nz(rng, 3)}", f"（分机{_nz(rng, 4)}）"))
    return text


def _zh_values(
    rng: random.Random,
    fakers: Mapping[str, Faker],
    *,
    female_patient: bool | None = None,
    age_range: tuple[int, int] | None = None,
) -> tuple[Values, tuple[KnownIdentifier, ...]]:
    values: Values = {}
    cities = list(_ZH_CITIES)
    rng.shuffle(cities)
    home, other1, other2 = cities[0], cities[1], cities[2]
    prov, city, districts, area, stem = home
    dist = rng.choice(districts)
    cs = city[:-1]

    # --- dates and times
    main = rng.choice(_ZH_DATE_STYLES)
    md = rng.choice(_ZH_MD_STYLES)
    start = dt.date(2023, 1, 2) + dt.timedelta(days=rng.randint(0, 960))
    days = [start]
    for _ in range(7):
        days.append(days[-1] + dt.timedelta(days=rng.randint(0, 4)))
    for i, day in enumerate(days, 1):
        values[f"d{i}"] = _fmt_date(day, main)
    for i, day in enumerate(days[:4], 1):
        values[f"dm{i}"] = _fmt_date(day + dt.timedelta(days=i - 1), md)
        values[f"dz{i}"] = _fmt_date(day, "zh")
    prior = sorted(start - dt.timedelta(days=rng.randint(20, 700)) for _ in range(3))
    for i, day in enumerate(prior, 1):
        values[f"dp{i}"] = _fmt_date(day, main)
    for i in range(1, 7):
        hour, minute = rng.randint(0, 23), rng.randint(0, 59)
        values[f"t{i}"] = f"{hour:02d}:{minute:02d}" if rng.random() < 0.8 else f"{hour}时{minute}分"
    values["year"] = str(start.year)

    # --- places and organisations
    values.update(
        pt_prov=prov or city,
        pt_city=city,
        pt_dist=dist,
        city1=other1[1],
        city2=other2[1],
        dist1=rng.choice(other1[2]),
        town1=rng.choice(_ZH_TOWNS),
        town2=rng.choice(_ZH_TOWNS),
    )
    values["prov1"] = other1[0] or other1[1]

    def org(pool: tuple[str, ...]) -> str:
        return rng.choice(pool).replace("{cs}", cs).replace("{dist}", dist)

    values["org_hosp"] = org(_ZH_HOSPITALS)
    values["org_hosp2"] = (
        rng.choice(_ZH_HOSPITALS).replace("{cs}", other1[1][:-1]).replace("{dist}", rng.choice(other1[2]))
    )
    if values["org_hosp2"] == values["org_hosp"]:
        values["org_hosp2"] = f"{other2[1]}第二人民医院"
    values["org_lab"] = org(_ZH_LABS)
    values["org_gen"] = rng.choice(_ZH_GENLABS)
    values["org_spon"] = rng.choice(_ZH_SPONSORS)
    values["org_cro"] = rng.choice(_ZH_CROS)
    values["org_cdc"] = rng.choice(
        (f"{city}疾病预防控制中心", f"{dist}疾病预防控制中心", f"{cs}市疾控中心", f"{dist}疾控中心")
    )
    values["org_blood"] = rng.choice((f"{city}中心血站", f"{city}血液中心"))
    values["org_school"] = org(_ZH_SCHOOLS)
    values["org_school2"] = rng.choice(
        (f"{cs}市第十四中学", f"{cs}职业技术学院", "育才中学", f"{dist}第二高级中学", f"{cs}卫生学校")
    )
    values["org_work"] = org(_ZH_WORKPLACES)
    values["org_nh"] = org(_ZH_CARE_HOMES)
    values["org_chc"] = (
        f"{rng.choice(('翠苑', '文新', '湖滨', '城东', '南湖', '长庆', '和平', '金桥'))}街道社区卫生服务中心"
    )
    values["nat1"], values["nat2"] = rng.sample(_ZH_NATIONAL, 2)
    values["dept"], values["dept2"] = rng.sample(_ZH_DEPTS, 2)
    dom = (
        f"{stem}{rng.choice(('syy', 'zxyy', 'rmyy', 'fy', 'hospital', 'yy'))}.{rng.choice(('com.cn', 'org.cn', 'cn'))}"
    )
    dom_lab = rng.choice(("huajian-lab.com", "kangrui-med.cn", "annuo-lab.com", "yunqi-dx.cn"))
    dom_gen = rng.choice(("boangene.com", "huayin-dx.cn", "kygene.com.cn", "mingde-gd.cn"))
    dom_spon = rng.choice(("ruize-bio.com", "dinghua-pharma.cn", "hengkangbio.com", "qimingxing.cn"))

    # --- people
    patient = _zh_person(rng, female=female_patient)
    values.update(_zh_forms("pt", patient, rng, "x.invalid"))
    relations = (
        ("r1", ("丈夫", "妻子", "爱人", "老伴")),
        ("r2", ("儿子", "女儿")),
        ("r3", ("哥哥", "弟弟", "姐姐", "妹妹")),
        ("r4", ("父亲", "母亲")),
        ("r5", ("爷爷", "奶奶", "外公", "外婆")),
        ("r6", ("舅舅", "姨妈", "姑姑", "叔叔", "伯父")),
    )
    for key, words in relations:
        word = rng.choice(words)
        if key == "r1":
            female = not patient.female
            word = rng.choice(("妻子" if female else "丈夫", "爱人", "老伴" if rng.random() < 0.3 else "爱人"))
        else:
            female = word in ("女儿", "姐姐", "妹妹", "母亲", "奶奶", "外婆", "姨妈", "姑姑")
        same = key in ("r2", "r3") or word in ("父亲", "爷爷", "姑姑", "叔叔", "伯父")
        if key == "r2" and rng.random() < 0.1:
            same = False
        relative = _zh_person(rng, female=female, surname=patient.surname if same else None)
        values.update(_zh_forms(key, relative, rng, "x.invalid"))
        values[f"{key}_rel"] = word
        values[f"{key}_ph"] = _zh_mobile(rng)
    r5_age = rng.randint(90, 101) if rng.random() < 0.65 else rng.randint(70, 89)
    values["r5_age"] = str(r5_age)
    values["r5_agez"] = _zh_number(r5_age)
    values["r4_age"] = str(rng.randint(45, 95))

    for i in range(1, 10):
        key = f"s{i}"
        staff = _zh_person(rng)
        values.update(_zh_forms(key, staff, rng, dom))
        values[f"{key}_gh"] = rng.choice(
            (_nz(rng, 4), _digits(rng, 5), f"{rng.choice(('RY', 'JY', 'BL', 'HL'))}{_digits(rng, 4)}", _nz(rng, 6))
        )
        values[f"{key}_zs"] = rng.choice(
            (
                f"1{_digits(rng, 14)}",
                f"2{_digits(rng, 14)}",
                f"{start.year - rng.randint(2, 25)}{_nz(rng, 2)}{_digits(rng, 9)}",
            )
        )
        values[f"{key}_ph"] = rng.choice((_zh_mobile(rng), _zh_landline(rng, area, ext=True), f"{_nz(rng, 4)}"))
        if values[f"{key}_ph"].isdigit() and len(values[f"{key}_ph"]) == 4:
            values[f"{key}_ph"] = _zh_landline(rng, area, ext=True)
    for prefix, count in (("c", 8), ("x", 6)):
        for i in range(1, count + 1):
            key = f"{prefix}{i}"
            person = _zh_person(rng)
            values.update(_zh_forms(key, person, rng, "x.invalid"))
            age = _pick_age(rng, low=3 if prefix == "c" else 18)
            event = days[0] - dt.timedelta(days=rng.randint(0, 9))
            values[f"{key}_age"] = str(age)
            values[f"{key}_dob"] = _fmt_date(_birth_for_age(rng, event, age), main)
            values[f"{key}_d"] = _fmt_date(event, main)
            values[f"{key}_dm"] = _fmt_date(event, md)
            values[f"{key}_zy"] = rng.choice(
                (
                    _nz(rng, 8),
                    f"ZY{start.year}{_digits(rng, 5)}",
                    f"00{_digits(rng, 6)}",
                    f"{start.year % 100}{_digits(rng, 6)}",
                )
            )
            values[f"{key}_bed"] = rng.choice(
                (str(rng.randint(1, 48)), f"+{rng.randint(1, 6)}", f"{rng.choice('ABC')}{rng.randint(1, 30):02d}")
            )
            values[f"{key}_ph"] = _zh_mobile(rng)
    for i in range(1, 4):
        key = f"fk{i}"
        fake = fakers["zh_CN"]
        surname, given = fake.last_name(), fake.first_name()
        values[key], values[f"{key}_x"], values[f"{key}_m"] = surname + given, surname, given
    fake_tw = fakers["zh_TW"]
    tw_surname, tw_given = fake_tw.last_name(), fake_tw.first_name()
    values["tw1"], values["tw1_x"], values["tw1_m"] = tw_surname + tw_given, tw_surname, tw_given

    # --- the patient's record
    pt_age = _pick_age(rng, low=1) if age_range is None else rng.randint(*age_range)
    birth = _birth_for_age(rng, days[0], pt_age)
    values["pt_age"] = str(pt_age)
    values["pt_agez"] = _zh_number(pt_age)
    values["pt_dob"] = _fmt_date(birth, main)
    values["pt_dobz"] = _fmt_date(birth, "zh")
    values["pt_sfz"] = cn_resident_id(rng, birth)
    road = rng.choice(_ZH_ROADS)
    number = rng.randint(1, 999)
    community = rng.choice(_ZH_COMMUNITIES)
    unit = rng.choice(
        (
            f"{rng.randint(1, 30)}幢{rng.randint(1, 4)}单元{rng.randint(1, 28)}0{rng.randint(1, 4)}室",
            f"{rng.randint(1, 20)}栋{rng.randint(1, 33)}0{rng.randint(1, 6)}",
            f"{rng.randint(1, 18)}号楼{rng.randint(1, 3)}单元{rng.randint(1, 9)}0{rng.randint(1, 2)}",
        )
    )
    values["pt_addr"] = f"{prov}{city}{dist}{road}{number}号{community}{unit}"
    values["pt_addr_s"] = rng.choice(
        (f"{dist}{road}{number}号", f"{community}{unit}", f"{city}{dist}{community}{unit}")
    )
    values["org_addr"] = f"{city}{rng.choice(districts)}{rng.choice(_ZH_ROADS)}{rng.randint(1, 600)}号"
    values["pt_zy"] = rng.choice(
        (
            _nz(rng, 8),
            f"ZY{start.year}{_digits(rng, 5)}",
            f"00{_digits(rng, 6)}",
            f"{start.year % 100}{_digits(rng, 6)}",
            _nz(rng, 10),
        )
    )
    values["pt_mz"] = rng.choice(
        (f"MZ{days[0]:%Y%m%d}{_digits(rng, 3)}", _nz(rng, 10), f"0{_digits(rng, 9)}", f"{_nz(rng, 12)}")
    )
    values["pt_ba"] = rng.choice((_nz(rng, 6), f"BA{_digits(rng, 7)}", _nz(rng, 7)))
    values["pt_bed"] = rng.choice(
        (
            str(rng.randint(1, 48)),
            f"+{rng.randint(1, 6)}",
            f"{rng.choice('ABC')}{rng.randint(1, 30):02d}",
            f"{rng.randint(1, 60):02d}",
        )
    )
    values["pt_yb"] = rng.choice(
        (
            f"{rng.choice(('3301', '4401', '5101', '1101', '3101', '4403'))}{rng.choice('ABCDEFGH')}{_digits(rng, 7)}",
            f"1{_digits(rng, 9)}",
            f"{_letters(rng, 1)}{_digits(rng, 10)}",
        )
    )
    values["pt_jz"] = rng.choice((_nz(rng, 12), f"{_nz(rng, 9)}", f"JZ{_digits(rng, 8)}"))
    values["pt_phone"] = _zh_mobile(rng)
    values["pt_phone2"] = _zh_landline(rng, area, ext=False)
    values["pt_em"] = rng.choice(
        (
            f"{_nz(rng, rng.randint(7, 10))}@qq.com",
            f"{patient.surname_py.lower()}{_pinyin_join(patient.given_py).replace(chr(39), '')}{birth.year % 100:02d}@163.com",
            f"{values['pt_ini'].lower()}{birth:%m%d}@126.com",
            f"{patient.surname_py.lower()}.{_pinyin_join(patient.given_py).replace(chr(39), '')}@foxmail.com",
        )
    )

    # --- identifiers
    yy, yyyy, ymd = start.year % 100, start.year, f"{days[0]:%Y%m%d}"
    for i in range(1, 3):
        values[f"blh{i}"] = rng.choice(
            (f"{yy}-{_nz(rng, 5)}", f"P{yyyy}{_digits(rng, 5)}", f"B{yy}{_digits(rng, 5)}", f"{yyyy}-{_nz(rng, 5)}")
        )
    values["bld"] = rng.choice((f"F{yy}-{_digits(rng, 4)}", f"BD{yyyy}{_digits(rng, 4)}"))
    values["xbh"] = rng.choice((f"C{yy}-{_digits(rng, 4)}", f"TCT{yyyy}{_digits(rng, 5)}", f"XB{_digits(rng, 7)}"))
    for i in range(1, 7):
        values[f"tm{i}"] = rng.choice((_nz(rng, 10), f"{ymd}{_digits(rng, 4)}", f"J{_digits(rng, 9)}", _nz(rng, 11)))
    for i in range(1, 3):
        values[f"sq{i}"] = rng.choice((f"SQ{ymd}{_digits(rng, 4)}", f"{_nz(rng, 9)}", f"JY{yy}{_digits(rng, 6)}"))
    for i in range(1, 5):
        values[f"xd{i}"] = rng.choice(
            (
                f"{rng.choice(('3301', '4401', '1101', '5101', '3201'))}{yyyy}{_digits(rng, 6)}",
                f"0{_nz(rng, 12)}",
                f"=W{_digits(rng, 4)}{yy}{_digits(rng, 6)}",
            )
        )
    values["sx1"] = rng.choice((f"SX{yyyy}{_digits(rng, 5)}", f"BX{_digits(rng, 8)}"))
    for i in range(1, 4):
        values[f"jc{i}"] = rng.choice(
            (
                f"CT{yy}{_digits(rng, 6)}",
                f"MR{ymd}{_digits(rng, 3)}",
                f"DR{_digits(rng, 7)}",
                _nz(rng, 9),
                f"US{yy}{_digits(rng, 5)}",
            )
        )
    values["pacs1"] = rng.choice((f"P{_digits(rng, 8)}", _nz(rng, 10), f"IMG{_digits(rng, 7)}"))
    site = rng.choice((f"{rng.randint(1, 60):03d}", f"CN{_digits(rng, 3)}", f"{rng.randint(10, 99)}"))
    values["site"] = site
    for i in range(1, 4):
        values[f"sub{i}"] = rng.choice(
            (f"{site}-{_digits(rng, 3)}", f"S{site}{_digits(rng, 3)}", f"{site}{_digits(rng, 4)}")
        )
    for i in range(1, 6):
        values[f"scr{i}"] = rng.choice((f"S{_digits(rng, 4)}", f"SCR{_digits(rng, 3)}", f"{site}-S{_digits(rng, 2)}"))
    values["rand1"] = rng.choice((f"R{_digits(rng, 4)}", f"{_nz(rng, 4)}", f"RN-{_digits(rng, 5)}"))
    values["sae1"] = rng.choice(
        (f"SAE-{yyyy}-{_digits(rng, 3)}", f"CN-{yyyy}-{_nz(rng, 6)}", f"{_letters(rng, 2)}{yyyy}{_digits(rng, 5)}")
    )
    bb_stem = rng.choice((f"BB{yy}{_digits(rng, 6)}", f"YB{_nz(rng, 7)}", f"{stem.upper()}{yy}{_digits(rng, 5)}"))
    for i in range(1, 7):
        values[f"bb{i}"] = f"{bb_stem}-{i:02d}"
    values["fam1"] = rng.choice((f"F{yyyy}{_digits(rng, 3)}", f"JX-{_nz(rng, 4)}", f"FAM{_nz(rng, 5)}"))
    values["bg1"] = rng.choice(
        (f"GR{ymd}{_digits(rng, 3)}", f"{_letters(rng, 2)}{_nz(rng, 8)}", f"BG-{yyyy}-{_nz(rng, 5)}")
    )
    values["kit1"] = rng.choice((f"{_letters(rng, 2)}{_nz(rng, 8)}", f"KIT{_nz(rng, 7)}"))
    values["ld1"] = rng.choice(
        (f"LD{yyyy}{_digits(rng, 3)}", f"{stem.upper()}-LD-{_nz(rng, 4)}", f"YG{yy}-{_digits(rng, 3)}")
    )
    values["crd1"] = rng.choice((_nz(rng, 12), f"{_nz(rng, 6)}{yyyy}{_digits(rng, 4)}"))
    values["bl1"] = rng.choice((f"BL{yyyy}{_digits(rng, 3)}", f"ZYBL-{_nz(rng, 4)}"))
    for i in range(1, 3):
        values[f"ser{i}"] = rng.choice(
            (
                f"SN{_letters(rng, 2)}{_digits(rng, 6)}",
                f"{_nz(rng, 4)}-{_letters(rng, 1)}{_digits(rng, 4)}",
                f"{_letters(rng, 1)}{_nz(rng, 8)}",
            )
        )
    values["ref1"] = rng.choice((f"SF{_nz(rng, 12)}", f"JD{_nz(rng, 13)}", f"{_nz(rng, 12)}"))
    values["ref2"] = rng.choice((f"WS{yyyy}{_digits(rng, 5)}", f"{_letters(rng, 2)}{_nz(rng, 7)}"))

    # --- contact points
    values["ph_lab"] = _zh_landline(rng, area)
    values["ph_bb"] = _zh_landline(rng, area)
    values["ph_ic"] = _zh_landline(rng, area)
    values["ph_rad"] = _zh_landline(rng, area)
    values["ph_gcp"] = _zh_landline(rng, area)
    values["ph_spon"] = _zh_landline(rng, rng.choice(("021", "010", "0512", "020")), ext=False)
    values["ph_gen"] = rng.choice((_zh_landline(rng, area), f"400-{_nz(rng, 3)}-{_digits(rng, 4)}"))
    values["ph_cdc"] = _zh_landline(rng, area, ext=False)
    values["fax1"] = _zh_landline(rng, area, ext=False)
    for i in range(1, 4):
        values[f"mob{i}"] = _zh_mobile(rng)
    values["em_dept"] = f"{rng.choice(('jyk', 'blk', 'ygk', 'sxk', 'fsk', 'gcp', 'ky'))}@{dom}"
    values["em_spon"] = f"{rng.choice(('pv', 'drugsafety', 'sae'))}@{dom_spon}"
    values["em_gen"] = f"{rng.choice(('service', 'report', 'gc'))}@{dom_gen}"
    values["em_lab"] = f"{rng.choice(('kefu', 'report', 'service'))}@{dom_lab}"
    values["url_lis"] = rng.choice(
        (
            f"https://lis.{dom}/report?no={_nz(rng, 10)}",
            f"http://{dom}/jybg/query",
            f"https://www.{dom_lab}/q/{_letters(rng, 6, 'abcdefghjkmnpqrstuvwxyz23456789')}",
        )
    )
    values["url_pacs"] = rng.choice(
        (
            f"https://yun.{dom}/s/{_letters(rng, 8, 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')}",
            f"http://pacs.{dom}:8080/viewer?studyid={_nz(rng, 9)}",
            f"https://film.{dom}/m/{_nz(rng, 8)}",
        )
    )
    values["url_gen"] = rng.choice(
        (f"https://www.{dom_gen}/report/{values['fam1'].lower()}", f"https://{dom_gen}/family")
    )
    values["url_edc"] = rng.choice((f"https://edc.{dom_spon}/site{site}", f"https://{dom_spon}/ctms/login"))

    known = (
        KnownIdentifier("PERSON", values["pt"]),
        KnownIdentifier("PERSON", values["pt_m"]),
        KnownIdentifier("ID", values["pt_zy"]),
        KnownIdentifier("ID", values["pt_sfz"]),
        KnownIdentifier("ID", values["pt_yb"]),
        KnownIdentifier("PHONE", values["pt_phone"]),
        KnownIdentifier("PHONE", values["pt_phone2"]),
        KnownIdentifier("ADDRESS", values["pt_addr"]),
        KnownIdentifier("DATE", birth.isoformat()),
        KnownIdentifier("EMAIL", values["pt_em"]),
    )
    return values, known


# =============================================================================================
# Chinese templates (mainland)
# =============================================================================================
ZH_BLIND16_TEMPLATES: Final[dict[str, str]] = {
    "zh_biaoben_tiaoma": """【标本条码补打】<<ORG:org_hosp>>检验科            补打时间：<<DATE:d1>> {t2}
━━━━━━━━━━━━━━━━━━━━
<<PERSON:pt>>  {pt_sex}  <<AGE:pt_age>>岁  {dept}  <<ID:pt_bed>>床
住院号 <<ID:pt_zy>>
条码 <<ID:tm1>>    血常规+CRP    紫管
采集 <<DATE:d1>> {t1}  <<PERSON:s1>>
━━━━━━━━━━━━━━━━━━━━
<<PERSON:pt>>  {pt_sex}  <<AGE:pt_age>>岁  {dept}  <<ID:pt_bed>>床
住院号 <<ID:pt_zy>>
条码 <<ID:tm2>>    肝肾功能+电解质    黄管
采集 <<DATE:d1>> {t1}  <<PERSON:s1>>
━━━━━━━━━━━━━━━━━━━━
补打原因：原条码被酒精擦花，<<PERSON:s1_x>>护士电话申请（<<PHONE:s1_ph>>），检验科<<PERSON:s2_n>>核对身份证号<<ID:pt_sfz>>及腕带后补打。
同批患者<<PERSON:x1>>（<<ID:x1_bed>>床，住院号<<ID:x1_zy>>）条码<<ID:tm3>>重复打印，已作废。
经办：<<PERSON:s3>>（工号<<ID:s3_gh>>）""",
    "zh_weijizhi_dengji": """<<ORG:org_hosp>>检验科危急值报告登记本                     第17页
日期 | 时间 | 患者姓名 | 住院号/门诊号 | 床号 | 项目 | 结果 | 报告人 | 接收人 | 接收电话 | 复述确认
<<DATE:d1>> | {t1} | <<PERSON:pt>> | <<ID:pt_zy>> | <<ID:pt_bed>> | 血钾 | 6.8 mmol/L | <<PERSON:s1>> | <<PERSON:s2>> | <<PHONE:s2_ph>> | 是
<<DATE:d1>> | {t2} | <<PERSON:x1>> | <<ID:x1_zy>> | <<ID:x1_bed>> | 血小板 | 12×10^9/L | <<PERSON:s1>> | <<PERSON:s3_x>>医生 | <<PHONE:s3_ph>> | 是
<<DATE:d2>> | {t3} | <<PERSON:x2>> | <<ID:x2_zy>> | 急诊 | 血糖 | 1.9 mmol/L | <<PERSON:s4_m>> | <<PERSON:s5_xn>> | <<PHONE:mob1>> | 是
<<DATE:d2>> | {t4} | <<PERSON:x3_typo>> | <<ID:x3_zy>> | <<ID:x3_bed>> | 肌钙蛋白I | 12.6 ng/mL | <<PERSON:s4_m>> | — | — | 否
备注：第4条患者姓名应为“<<PERSON:x3>>”（<<AGE:x3_age>>岁），{dept2}护士站电话无人接听，{t5}再次联系值班医生<<PERSON:s6>>（<<PHONE:s6_ph>>），已告知并复述。
科主任核查：<<PERSON:s7_x>>主任 <<DATE:d3>>""",
    "zh_bingli_baogao": """<<ORG:org_hosp>>  病理诊断报告书
病理号：<<ID:blh1>>
姓名：<<PERSON:pt>>    性别：{pt_sex}    年龄：<<AGE:pt_age>>岁    住院号：<<ID:pt_zy>>    床号：<<ID:pt_bed>>
送检科室：{dept}    送检医生：<<PERSON:s1>>    收到日期：<<DATE:d1>>    报告日期：<<DATE:d3>>
临床诊断：胃窦占位
大体所见：（胃窦活检）灰白组织3块，直径0.2～0.4cm，全部取材。
病理诊断：（胃窦）黏膜内低分化腺癌，部分为印戒细胞癌。Lauren分型：弥漫型。
免疫组化：HER2（1+），Ki-67（约60%+），MLH1（+），PMS2（+），MSH2（+），MSH6（+），EBER原位杂交（-）。
诊断医师：<<PERSON:s2>>        审核医师：<<PERSON:s3>>
注：本报告仅对送检标本负责。如有疑问请致电病理科 <<PHONE:ph_lab>>；借片会诊请至病理科二楼找<<PERSON:s4_x>>老师办理（需患者本人身份证或{r1_rel}<<PERSON:r1>>持委托书）。""",
    "zh_bingdong_dianhua": """术中冰冻病理电话报告记录
冰冻号：<<ID:bld>>    关联病理号：<<ID:blh1>>
患者：<<PERSON:pt>>，{pt_sex}，<<AGE:pt_age>>岁，{dept}，<<ID:pt_bed>>床，住院号<<ID:pt_zy>>
手术间：6号    主刀：<<PERSON:s1_x>>主任（<<PERSON:s1>>）
标本送达：<<DATE:d1>> {t1}，送检人：手术室护士<<PERSON:s2_xn>>
冰冻诊断：（左乳肿物）浸润性癌，待石蜡及免疫组化进一步分型；（前哨淋巴结1枚）未见癌转移（0/1）。
电话报告：{t2}，报告医师：<<PERSON:s3>>；接听人：<<PERSON:s4>>（巡回护士，工号<<ID:s4_gh>>），已复述确认。
复核：<<PERSON:s5_x>>副主任医师。手术室电话：<<PHONE:s4_ph>>""",
    "zh_tct_baogao": """宫颈液基薄层细胞学检测（TCT）报告            <<ORG:org_lab>>
细胞学编号：<<ID:xbh>>    条码：<<ID:tm1>>
姓名：<<PERSON:pt>>    年龄：<<AGE:pt_age>>    门诊号：<<ID:pt_mz>>    送检单位：<<ORG:org_hosp>>妇科    送检医生：<<PERSON:s1_x>>医生
采样日期：<<DATE:d1>>    接收日期：<<DATE:d2>>    报告日期：<<DATE:d4>>
标本满意度：满意；鳞状上皮细胞数量>5000个。
判读结果（TBS 2014）：非典型鳞状细胞，意义不明确（ASC-US）。
建议：HPV分型检测，必要时阴道镜检查及活检。
初筛：<<PERSON:s2>>    复核：<<PERSON:s3>>（执业证书编号<<ID:s3_zs>>）
电子报告查询：<<URL:url_lis>>    客服电话：<<PHONE:ph_gen>>    邮箱：<<EMAIL:em_lab>>""",
    "zh_jiaocha_peixue": """<<ORG:org_hosp>>输血科  交叉配血报告单 / 发血记录
申请单号：<<ID:sx1>>
受血者：<<PERSON:pt>>  {pt_sex}  <<AGE:pt_age>>岁  科室：{dept}  床号：<<ID:pt_bed>>  住院号：<<ID:pt_zy>>
身份证号：<<ID:pt_sfz>>
血型：B型 RhD(+)    不规则抗体筛查：阴性    直接抗人球蛋白试验：阴性
血袋号 | 品种 | 血型 | 规格 | 主侧 | 次侧 | 配血者 | 复核者
<<ID:xd1>> | 去白悬浮红细胞 | B+ | 2U | 无凝集无溶血 | 无凝集无溶血 | <<PERSON:s1>> | <<PERSON:s2>>
<<ID:xd2>> | 去白悬浮红细胞 | B+ | 1.5U | 无凝集无溶血 | 无凝集无溶血 | <<PERSON:s1>> | <<PERSON:s2>>
<<ID:xd3>> | 新鲜冰冻血浆 | B | 200mL | — | — | <<PERSON:s1>> | <<PERSON:s2>>
血液来源：<<ORG:org_blood>>
发血时间：<<DATE:d2>> {t1}    发血者：<<PERSON:s1_x>>    取血者：{dept}护士<<PERSON:s3>>（工号<<ID:s3_gh>>）
床旁双人核对：<<PERSON:s3_x>>、<<PERSON:s4_xn>>    输血开始 {t2}，结束 {t3}，未见不良反应。
输血治疗同意书由{r1_rel}<<PERSON:r1>>签署（<<DATE:d1>>）。输血科电话：<<PHONE:ph_bb>>""",
    "zh_shuxue_fanying": """输血不良反应回报单
患者<<PERSON:pt>>，住院号<<ID:pt_zy>>，{dept}<<ID:pt_bed>>床，<<DATE:d2>> {t1}输注新鲜冰冻血浆（血袋号<<ID:xd1>>）约30分钟后出现全身荨麻疹、瘙痒，体温37.6℃，血压132/80mmHg。
值班医生<<PERSON:s1_x>>医生立即停止输血，予地塞米松5mg静推、异丙嗪25mg肌注。
护士<<PERSON:s2>>于{t2}电话通知输血科（<<PHONE:ph_bb>>），输血科<<PERSON:s3_x>>老师指导送检：剩余血袋及输血器、患者输血后血标本（条码<<ID:tm1>>）。
实验室检查：复查ABO/RhD同前，交叉配血相容，DAT阴性，血浆游离血红蛋白正常。
结论：过敏反应（轻度）。已上报医院输血管理委员会，并录入血液安全监测系统（编号<<ID:ref2>>）；通知<<ORG:org_blood>>质量科<<PERSON:c1>>（<<PHONE:c1_ph>>）。
报告人：<<PERSON:s2_m>>    科主任：<<PERSON:s4>>    日期：<<DATE:d3>>""",
    "zh_cre_baogao": """<<ORG:org_hosp>>微生物室  多重耐药菌检出报告（院感科联）
患者姓名：<<PERSON:pt>>  性别：{pt_sex}  年龄：<<AGE:pt_age>>岁  科室：{dept}  床号：<<ID:pt_bed>>  住院号：<<ID:pt_zy>>
标本：痰    标本号：<<ID:tm2>>    送检日期：<<DATE:d1>>    报告日期：<<DATE:d3>>
检出菌：耐碳青霉烯类肺炎克雷伯菌（CRKP），碳青霉烯酶：KPC型
药敏：美罗培南 R，亚胺培南 R，头孢他啶/阿维巴坦 S，多黏菌素 S（MIC 0.5）
报告人：<<PERSON:s1>>，于{t1}电话通知{dept}护士长<<PERSON:s2_x>>（<<PHONE:s2_ph>>）及院感科<<PERSON:s3>>。
院感科处置：单间接触隔离，专用听诊器、血压计；同病室患者<<PERSON:x1>>（<<ID:x1_bed>>床）、<<PERSON:x2_x>>{x2_hon}（<<ID:x2_bed>>床，<<AGE:x2_age>>岁）行肛拭子主动筛查。
患者{r1_rel}<<PERSON:r1>>为主要陪护，已宣教手卫生；护工<<PERSON:c1_x>>{c1_hon}同时护理两名患者，已调整。
院感科联系人：<<PERSON:s3_m>>    <<PHONE:ph_ic>>    <<EMAIL:em_dept>>""",
    "zh_liudiao_jiechuzhe": """<<ORG:org_hosp>>院感科  接触者追踪一览表
事件编号：<<ID:ld1>>    指示病例：<<PERSON:pt>>（住院号<<ID:pt_zy>>），痰涂片抗酸杆菌阳性（Ziehl-Neelsen染色），<<DATE:d2>>确诊
暴露时段：<<DATE:dp3>>—<<DATE:d2>>    调查人：<<PERSON:s1>>、<<PERSON:s2_x>>医生
序号 | 姓名 | 身份 | 科室/床号 | 接触方式 | 末次接触 | 年龄 | 联系电话 | 处置
1 | <<PERSON:c1>> | 同病室患者 | {dept} <<ID:c1_bed>>床 | 同室>8h | <<DATE:c1_d>> | <<AGE:c1_age>> | <<PHONE:c1_ph>> | 胸片+IGRA
2 | <<PERSON:c2>> | 陪护（{r1_rel}） | — | 密切 | <<DATE:c2_d>> | <<AGE:c2_age>> | <<PHONE:c2_ph>> | 胸片+IGRA
3 | <<PERSON:c3_n>> | 护士 | {dept} | 护理操作 | <<DATE:c3_dm>> | 28 | <<PHONE:c3_ph>> | IGRA
4 | <<PERSON:c4_x>>{c4_hon} | 保洁 | — | 清洁病房 | <<DATE:c4_dm>> | <<AGE:c4_age>> | <<PHONE:c4_ph>> | 胸片
5 | <<PERSON:c5_pyu>> | 进修医生 | {dept} | 查房 | <<DATE:c5_d>> | 31 | <<PHONE:c5_ph>> | IGRA
6 | <<PERSON:c6>> | 同病室患者（已出院至<<ORG:org_nh>>） | — | 同室 | <<DATE:c6_d>> | <<AGE:c6_age>> | <<PHONE:c6_ph>> | 转社区随访
7 | <<PERSON:c7_typo>>（姓名待核） | 陪护 | — | 同室 | <<DATE:c7_dm>> | <<AGE:c7_age>> | <<PHONE:c7_ph>> | 失访
备注：第6、7号已通知<<ORG:org_cdc>>（<<PHONE:ph_cdc>>）及<<ORG:org_chc>>随访；第2号<<PERSON:c2_x>>{c2_xs}拒绝胸片，已签字。""",
    "zh_nuoru_csv": """文件：<<ORG:org_nh>>诺如病毒聚集性疫情_病例一览表_v2.csv    导出：<<DATE:d4>> {t1}    导出人：<<PERSON:s1_py>>
序号,姓名,性别,年龄,床位,发病日期,症状,标本条码,检测结果,家属,家属电话,备注
1,<<PERSON:c1>>,{c1_sex},<<AGE:c1_age>>,<<ID:c1_bed>>,<<DATE:c1_d>>,呕吐/腹泻,<<ID:tm1>>,GII阳性,<<PERSON:x1>>,<<PHONE:x1_ph>>,
2,<<PERSON:c2>>,{c2_sex},<<AGE:c2_age>>,<<ID:c2_bed>>,<<DATE:c2_d>>,腹泻,<<ID:tm2>>,GII阳性,<<PERSON:x2>>,<<PHONE:x2_ph>>,送<<ORG:org_hosp>>补液
3,<<PERSON:c3>>,{c3_sex},<<AGE:c3_age>>,<<ID:c3_bed>>,<<DATE:c3_d>>,呕吐,<<ID:tm3>>,待检,<<PERSON:x3_m>>,<<PHONE:x3_ph>>,
4,<<PERSON:pt>>,{pt_sex},<<AGE:pt_age>>,<<ID:pt_bed>>,<<DATE:d1>>,呕吐/腹泻/发热,<<ID:tm4>>,GII阳性,<<PERSON:r2>>,<<PHONE:r2_ph>>,首发病例；身份证<<ID:pt_sfz>>
5,<<PERSON:c4_n>>,{c4_sex},—,—,<<DATE:c4_d>>,腹泻,<<ID:tm5>>,阴性,,,护理员，已停岗
6,<<PERSON:fk1>>,—,—,—,<<DATE:c5_d>>,呕吐,—,—,,,<<ORG:org_work>>送餐员
#调查：<<ORG:org_cdc>> <<PERSON:s2>>、<<PERSON:s3>>  电话 <<PHONE:ph_cdc>>；养老院<<PERSON:fk2_x>>院长已知情""",
    "zh_ct_baogao": """<<ORG:org_hosp>>  CT检查报告单
检查号：<<ID:jc1>>    影像号：<<ID:pacs1>>
姓名：<<PERSON:pt>>  性别：{pt_sex}  年龄：<<AGE:pt_age>>岁  科室：{dept}  床号：<<ID:pt_bed>>  住院号：<<ID:pt_zy>>
检查项目：胸部CT平扫+增强    检查日期：<<DATE:d1>>
影像所见：右肺上叶尖段见一分叶状软组织密度结节，大小约2.3cm×1.9cm，边缘见毛刺及胸膜凹陷征，增强后不均匀强化；纵隔4R组淋巴结肿大，短径约1.2cm。双侧胸腔未见积液。
影像诊断：1. 右肺上叶占位，考虑周围型肺癌，伴纵隔淋巴结转移可能；2. 请结合临床及病理检查。
与<<DATE:dp2>><<ORG:org_hosp2>>胸片比较，病灶为新发。
报告医师：<<PERSON:s1>>    审核医师：<<PERSON:s2>>    报告时间：<<DATE:d1>> {t1}
已于{t2}电话告知临床<<PERSON:s3_x>>医生（<<PHONE:s3_ph>>）。
云胶片：<<URL:url_pacs>>（有效期30天）""",
    "zh_pacs_liebiao": """PACS检查工作列表 — <<ORG:org_hosp>>放射科 — <<DATE:d1>> — MR2（设备序列号<<ID:ser1>>）
检查号 | 患者姓名 | 姓名拼音(DICOM) | 影像号 | 出生日期 | 检查项目 | 申请医生 | 状态
<<ID:jc1>> | <<PERSON:pt>> | <<PERSON:pt_dcm>> | <<ID:pacs1>> | <<DATE:pt_dob>> | 头颅MR平扫+DWI | <<PERSON:s1>> | 已完成
<<ID:jc2>> | <<PERSON:x1>> | <<PERSON:x1_dcm>> | <<ID:x1_zy>> | <<DATE:x1_dob>> | 腰椎MR平扫 | <<PERSON:s2>> | 已登记
<<ID:jc3>> | <<PERSON:x2>> | <<PERSON:x2_dcm>> | <<ID:x2_zy>> | <<DATE:x2_dob>> | 上腹部MR增强 | <<PERSON:s2>> | 检查中
— | <<PERSON:x3>> | <<PERSON:x3_pyu>> | <<ID:x3_zy>> | <<DATE:x3_dob>> | 膝关节MR | <<PERSON:s3_py>> | 待预约
技师备注（<<PERSON:s4_n>>）：<<PERSON:x3_x>>{x3_hon}（<<AGE:x3_age>>岁）自述装有心脏起搏器，需联系{dept}<<PERSON:s5_x>>医生确认型号，暂缓；
<<PERSON:x1_xn>>家属电话<<PHONE:x1_ph>>，已通知空腹。拼音姓名由登记处<<PERSON:s6>>录入，请核对。""",
    "zh_zengqiang_zhiqing": """<<ORG:org_hosp>>  碘对比剂增强检查知情同意书
患者姓名：<<PERSON:pt>>    性别：{pt_sex}    年龄：<<AGE:pt_age>>    检查号：<<ID:jc2>>    门诊号：<<ID:pt_mz>>
身份证号：<<ID:pt_sfz>>    联系电话：<<PHONE:pt_phone>>
检查项目：上腹部CT增强    预约日期：<<DATE:d2>> {t1}
风险告知：使用碘对比剂可能出现恶心、呕吐、荨麻疹，极少数出现喉头水肿、休克等严重过敏反应；对比剂外渗；对比剂肾病……
既往过敏史：无    肾功能（<<DATE:dp3>>）：肌酐78μmol/L
我已详细阅读以上内容，理解相关风险，同意接受检查。
患者签名：<<PERSON:pt>>    日期：<<DATE:d1>>
（患者无法签字时）授权委托人：<<PERSON:r2>>    与患者关系：{r2_rel}    联系电话：<<PHONE:r2_ph>>
谈话医师：<<PERSON:s1>>    日期：<<DATE:d1>>    影像科预约电话：<<PHONE:ph_rad>>""",
    "zh_shouzhe_shaixuan": """受试者筛选与入选登记表
项目名称：评价研究药物联合化疗一线治疗晚期非小细胞肺癌的随机、双盲、多中心III期临床研究
申办方：<<ORG:org_spon>>    CRO：<<ORG:org_cro>>
研究中心：<<ORG:org_hosp>>（中心编号<<ID:site>>）    主要研究者：<<PERSON:s1>>
筛选号 | 姓名缩写 | 性别 | 年龄 | 知情同意签署日期 | 是否入组 | 受试者编号 | 未入组原因 | 研究者签名
<<ID:scr1>> | <<PERSON:pt_ini>> | {pt_sex} | <<AGE:pt_age>> | <<DATE:d1>> | 是 | <<ID:sub1>> | — | <<PERSON:s2>>
<<ID:scr2>> | <<PERSON:x1_ini>> | {x1_sex} | <<AGE:x1_age>> | <<DATE:d2>> | 否 | — | 肌酐清除率<45 mL/min | <<PERSON:s2>>
<<ID:scr3>> | <<PERSON:x2_ini>> | {x2_sex} | <<AGE:x2_age>> | <<DATE:d2>> | 是 | <<ID:sub2>> | — | <<PERSON:s1>>
<<ID:scr4>> | <<PERSON:x3_ini>> | {x3_sex} | <<AGE:x3_age>> | <<DATE:d3>> | 否 | — | 撤回知情同意 | <<PERSON:s2>>
<<ID:scr5>> | <<PERSON:x4_ini>> | {x4_sex} | <<AGE:x4_age>> | <<DATE:d4>> | 否 | — | EGFR突变阳性 | <<PERSON:s1>>
CRC：<<PERSON:s3>>（电话<<PHONE:s3_ph>>）；监查员<<PERSON:s4_py>>（<<EMAIL:em_spon>>）于<<DATE:d5>>完成原始资料核查。
注：<<ID:scr1>>（<<PERSON:pt_x>>姓患者）随机号<<ID:rand1>>；EDC：<<URL:url_edc>>""",
    "zh_zhiqing_qianzi": """知情同意书签字页（版本号：3.0    版本日期：<<DATE:dp1>>）
受试者声明：我已经阅读了本知情同意书，并且我的研究医生（<<PERSON:s1>>）已将此次临床研究的目的、内容、风险和受益情况向我作了详细的解释说明……
受试者签名：<<PERSON:pt>>        联系电话：<<PHONE:pt_phone>>        日期：<<DATE:d1>>
（受试者为无/限制民事行为能力人时）法定代理人签名：<<PERSON:r1>>    与受试者关系：{r1_rel}    日期：<<DATE:d1>>
公正见证人（受试者或法定代理人无阅读能力时）：<<PERSON:c1>>    日期：<<DATE:d1>>
研究者声明：我已告知该受试者临床研究的背景、目的、步骤、风险及获益情况……
研究者签名：<<PERSON:s1>>        联系电话：<<PHONE:s1_ph>>        日期：<<DATE:d1>> {t1}
如有权益问题请联系<<ORG:org_hosp>>医学伦理委员会办公室：<<PHONE:ph_gcp>>（联系人：<<PERSON:s2_x>>老师）
受试者筛选号：<<ID:scr1>>（研究者填写）    住址：<<ADDRESS:pt_addr>>""",
    "zh_sae_baogao": """严重不良事件报告表
报告类型：■首次报告 □随访报告 □总结报告        报告时间：<<DATE:d3>>
医疗机构及专业名称：<<ORG:org_hosp>> 肿瘤内科    电话：<<PHONE:ph_gcp>>
申办者：<<ORG:org_spon>>    联系电话：<<PHONE:ph_spon>>    邮箱：<<EMAIL:em_spon>>
受试者信息：姓名缩写 <<PERSON:pt_ini>>    性别 {pt_sex}    出生日期 <<DATE:pt_dob>>    受试者编号 <<ID:sub1>>    中心编号 <<ID:site>>
SAE医学术语：免疫相关性肺炎    严重程度：3级    SAE情况：导致住院
发生时间：<<DATE:d2>>    研究者获知时间：<<DATE:d2>> {t1}
SAE描述：受试者于<<DATE:d1>>接受第3周期给药，<<DATE:d2>>在家中（<<LOCATION:pt_dist>>）出现咳嗽、气促，其{r1_rel}<<PERSON:r1_m>>电话告知研究护士<<PERSON:s2_n>>，随后至<<ORG:org_hosp2>>急诊，胸部CT（检查号<<ID:jc1>>）示双肺磨玻璃影。予甲泼尼龙2mg/kg，<<DATE:d5>>好转出院。
申办方病例编号：<<ID:sae1>>
报告人：<<PERSON:s1>>    职称：主任医师
附件说明：CT报告页眉含患者全名“<<PERSON:pt>>”及住院号<<ID:pt_zy>>，提交前需遮盖。""",
    "zh_lunli_shencha": """<<ORG:org_hosp>>医学伦理委员会  会议纪要（年度第5次会议）
会议时间：<<DATE:d5>> {t1}    地点：行政楼三楼会议室
出席委员：<<PERSON:s1>>（主任委员）、<<PERSON:s2>>、<<PERSON:s3>>、<<PERSON:fk1>>（法律专家）、<<PERSON:c1>>（社区代表）
秘书：<<PERSON:s5_n>>    列席：<<PERSON:s6>>（主要研究者）
审查事项三：严重不良事件审查
  受试者<<ID:sub1>>（姓名缩写<<PERSON:pt_ini>>，<<AGE:pt_age>>岁）于<<DATE:d2>>发生免疫相关性肝炎（3级），在<<ORG:org_hosp2>>住院治疗，<<DATE:d4>>转归好转。
  <<PERSON:s2_x>>委员：建议补充肝功能监测频率；<<PERSON:fk1_x>>委员：知情同意书风险条款需更新。
  利益冲突：<<PERSON:s3_x>>委员为该项目子课题参与者，回避表决。
决定：同意继续开展，要求申办方<<ORG:org_spon>>于30日内提交更新的研究者手册。
伦理办公室：<<PHONE:ph_gcp>>    <<EMAIL:em_dept>>""",
    "zh_yangbenku_ruku": """<<ORG:org_hosp>>生物样本库  样本入库清单
批次号：<<ID:ref2>>    入库日期：<<DATE:d2>>    操作人：<<PERSON:s1>>    复核人：<<PERSON:s2>>
样本编号 | 样本类型 | 来源 | 采集日期 | 冻存位置 | 知情同意 | 备注
<<ID:bb1>> | 血浆 | 住院号<<ID:pt_zy>> | <<DATE:d1>> | -80℃ 3号冰箱 A架2盒 B5 | 已签署 |
<<ID:bb2>> | 白膜层 | 同上 | <<DATE:d1>> | A架2盒 B6 | 已签署 |
<<ID:bb3>> | 癌组织（病理号<<ID:blh1>>） | 同上 | <<DATE:d1>> | 液氮罐2 C层 | 已签署 | 离体-冻存 35 min
<<ID:bb4>> | 癌旁组织 | 同上 | <<DATE:d1>> | 液氮罐2 C层 | 已签署 |
<<ID:bb5>> | 血清 | 住院号<<ID:x1_zy>> | <<DATE:d2>> | A架2盒 C1 | 待补签 | 暂不出库
异常记录：<<ID:bb3>>离体至冻存超过30分钟（手术室<<PERSON:s3_xn>>送样延迟），已标注。
样本管上手写了患者姓名“<<PERSON:pt>>”，不符合去标识化要求，已由<<PERSON:s4_x>>老师重新贴码。
冰箱温控设备序列号：<<ID:ser1>>；报警联系人<<PERSON:s5>>（<<PHONE:s5_ph>>）。""",
    "zh_yichuan_jiaxi": """<<ORG:org_hosp>>  遗传咨询门诊记录
家系编号：<<ID:fam1>>    咨询日期：<<DATE:d1>>    遗传咨询师：<<PERSON:s1>>
先证者：<<PERSON:pt>>（III-1），{pt_sex}，<<AGE:pt_age>>岁，门诊号<<ID:pt_mz>>，身份证号<<ID:pt_sfz>>
主诉：心悸、晕厥1次，家族中多人患肥厚型心肌病。
家系调查（四代）：
I-1   <<PERSON:r5>>（先证者{r5_rel}），<<AGE:r5_age>>岁，居住于<<LOCATION:town1>>，无症状，未检测
II-1  <<PERSON:r4>>（{r4_rel}），<<AGE:r4_age>>岁，HCM，已植入ICD，于<<ORG:org_hosp2>>随访
II-3  <<PERSON:r6>>（{r6_rel}），45岁猝死
III-2 <<PERSON:r3_m>>（{r3_rel}，小名“<<PERSON:r3_dd>>”），超声示室间隔17mm
III-4 <<PERSON:tw1>>（表亲，现居台湾，拟当地检测）
IV-1  <<PERSON:r2_n>>（先证者{r2_rel}，8岁）
基因检测：MYH7 c.1988G>A p.(Arg663His) 杂合，致病（ACMG：PS1+PM1+PM2+PP1）。检测机构：<<ORG:org_gen>>，报告编号<<ID:bg1>>。
建议：一级亲属级联检测；先证者电话<<PHONE:pt_phone>>，{r3_rel}电话<<PHONE:r3_ph>>。""",
    "zh_jiyin_baogao": """<<ORG:org_gen>>  基因检测报告
报告编号：<<ID:bg1>>    样本编号：<<ID:tm4>>    采样管条码：<<ID:kit1>>
受检者：<<PERSON:pt>>    性别：{pt_sex}    出生日期：<<DATE:pt_dob>>    送检单位：<<ORG:org_hosp>>    送检医生：<<PERSON:s1>>
样本类型：外周血    采样日期：<<DATE:d1>>    收样日期：<<DATE:d2>>    报告日期：<<DATE:d5>>
检测项目：遗传性肿瘤相关基因（139基因）
检测结果：检出BRCA1基因 c.5470_5477del p.(Ile1824Aspfs*3) 杂合变异，ACMG分级：致病。
家系验证：受检者{r4_rel}<<PERSON:r4>>（样本编号<<ID:tm5>>）携带相同变异；{r3_rel}<<PERSON:r3>>未携带。
检测人：<<PERSON:s2>>    审核人：<<PERSON:s3>>    签发人：<<PERSON:s4>>（实验室负责人）
实验室地址：<<ADDRESS:org_addr>>
客服：<<PHONE:ph_gen>>    邮箱：<<EMAIL:em_gen>>    报告查询：<<URL:url_gen>>""",
    "zh_weixin_qun": """【微信群：检验科大家庭（56）】<<DATE:d1>>
{t1} <<PERSON:s1_n>>：@<<PERSON:s2_x>>老师 {dept}<<ID:pt_bed>>床<<PERSON:pt>>的血气又凝了，第二次了😓
{t2} 老<<PERSON:s2_x>>：我打了护士站电话<<PHONE:s3_ph>>，让小<<PERSON:s3_x>>重新抽
{t3} <<PERSON:s4_an>>：门诊那个<<PERSON:x1_x>>{x1_hon}（<<AGE:x1_age>>岁）尿培养没贴条码，谁收的？
{t3} <<PERSON:s5_dd>>：我收的🙈 马上补，条码<<ID:tm3>>
{t4} <<PERSON:s6>>主任：大家注意，明天上午<<ORG:org_lab>>的工程师来修生化仪（序列号<<ID:ser1>>），联系人<<PERSON:c1>> <<PHONE:c1_ph>>
{t5} <<PERSON:s7_pyr>>：收到
{t5} <<PERSON:s1_n>>：收到👌  另外<<PERSON:pt_x>>家属（{r1_rel}）在窗口问报告，让家属加一下科室邮箱<<EMAIL:em_dept>>吗？
{t6} <<PERSON:s6>>主任：不行，报告只能在自助机或<<URL:url_lis>>查""",
    "zh_zhiye_baolu": """<<ORG:org_hosp>>  医务人员职业暴露登记表
编号：<<ID:bl1>>
暴露者：<<PERSON:s1>>    性别：{s1_sex}    工号：<<ID:s1_gh>>    科室：{dept}    职业：护士    联系电话：<<PHONE:s1_ph>>
暴露时间：<<DATE:d1>> {t1}    地点：{dept} <<ID:pt_bed>>床
暴露方式：针刺伤（采血后回套针帽时刺伤左手示指，有出血）
源患者：<<PERSON:pt>>，住院号<<ID:pt_zy>>，HBsAg(+)，抗-HCV(-)，抗-HIV(-)，梅毒(-)（检验条码<<ID:tm1>>）
现场处理：由近心端向远心端挤血，流动水冲洗5分钟，碘伏消毒。报告护士长<<PERSON:s2_x>>，{t2}上报院感科<<PERSON:s3>>（<<PHONE:ph_ic>>）。
暴露者基线：抗-HBs 8 mIU/mL，予乙肝免疫球蛋白+乙肝疫苗加强。
随访计划：<<DATE:d5>>、<<DATE:d8>>复查。院感科随访人：<<PERSON:s3_m>>    科主任签字：<<PERSON:s4>>""",
    "zh_fare_caiyang": """<<ORG:org_hosp>>发热门诊  呼吸道病原体采样登记（<<DATE:d1>> 夜班）
序号 | 姓名 | 性别 | 年龄 | 身份证号/门诊号 | 联系电话 | 现住址 | 采样项目 | 条码 | 采样人
1 | <<PERSON:pt>> | {pt_sex} | <<AGE:pt_age>> | <<ID:pt_sfz>> | <<PHONE:pt_phone>> | <<ADDRESS:pt_addr_s>> | 甲乙流抗原+新冠核酸 | <<ID:tm1>> | <<PERSON:s1_x>>
2 | <<PERSON:x1>> | {x1_sex} | <<AGE:x1_age>> | <<ID:x1_zy>> | <<PHONE:x1_ph>> | <<LOCATION:town1>> | 甲乙流抗原 | <<ID:tm2>> | <<PERSON:s1_x>>
3 | <<PERSON:x2>>（监护人：<<PERSON:x3>>） | {x2_sex} | <<AGE:x2_age>> | <<ID:x2_zy>> | <<PHONE:x3_ph>> | <<LOCATION:dist1>> | 甲乙流抗原+RSV | <<ID:tm3>> | <<PERSON:s2_n>>
4 | <<PERSON:x4>> | {x4_sex} | <<AGE:x4_age>> | <<ID:x4_zy>> | <<PHONE:x4_ph>> | <<LOCATION:town2>> | 新冠核酸 | <<ID:tm4>> | <<PERSON:s2_n>>
备注：2号近一周曾到<<LOCATION:city1>>出差；1号甲流抗原阳性，由<<PERSON:s3>>于{t3}电话通知并网络直报<<ORG:org_cdc>>（传染病报告卡编号<<ID:crd1>>）。""",
    "zh_xuepei_yangxing": """血培养阳性结果分级报告记录（微生物室）
患者：<<PERSON:pt>>    住院号：<<ID:pt_zy>>    科室：{dept}    床号：<<ID:pt_bed>>    标本号：<<ID:tm2>>（需氧瓶）、<<ID:tm3>>（厌氧瓶）
采集：<<DATE:d1>> {t1}    报阳：<<DATE:d2>> {t2}（报阳时间14.5 h）
一级报告（涂片）：革兰阳性球菌，成簇排列。<<DATE:d2>> {t3}电话报告{dept}<<PERSON:s1>>医生（<<PHONE:s1_ph>>），对方复述无误。报告人：<<PERSON:s2>>
二级报告（快速鉴定）：MALDI-TOF 金黄色葡萄球菌；头孢西丁筛选阳性（MRSA）。<<DATE:d3>>报告<<PERSON:s1_x>>医生及院感科<<PERSON:s3_xn>>。
三级报告（药敏）：万古霉素 S（MIC 1），利奈唑胺 S，达托霉素 S，苯唑西林 R。<<DATE:d4>>    审核：<<PERSON:s4>>
备注：同日患者<<PERSON:x1>>（{dept2}，<<ID:x1_bed>>床）血培养亦检出MRSA，院感科<<PERSON:s3_m>>已启动同源性调查（PFGE送<<ORG:org_cdc>>）。""",
    "zh_jiaojieban": """检验科急诊组交接班记录    <<DATE:d1>>    白班→夜班
交班人：<<PERSON:s1>>    接班人：<<PERSON:s2>>
1. {dept}<<PERSON:pt>>（<<ID:pt_bed>>床）凝血标本量不足，已通知病区<<PERSON:s3_xn>>重抽，待送。
2. <<PERSON:x1_x>>{x1_nn}（门诊号<<ID:x1_zy>>）血糖2.1 mmol/L，危急值已报，接收人<<PERSON:s4>>。
3. 生化仪（序列号<<ID:ser1>>）ALT质控在控；血球仪夜间需做维护。
4. 外送<<ORG:org_lab>>标本（快递单号<<ID:ref1>>）共12管，已交物流<<PERSON:c1_x>>师傅，{t1}取走。
5. 发热门诊<<PERSON:x2>>（<<AGE:x2_age>>岁）甲流抗原阳性，已电话告知<<PERSON:s5_x>>医生<<PHONE:s5_ph>>。
6. 老<<PERSON:s6_x>>明天调休，早班由<<PERSON:s7_dd>>顶；有事打<<PERSON:s8_m>>手机<<PHONE:mob2>>。""",
    "zh_biaoben_jiaojie": """手术标本送检交接登记本（手术室→病理科）
日期 | 手术间 | 患者姓名 | 住院号 | 标本名称 | 数量 | 固定液 | 离体时间 | 固定时间 | 送检人 | 接收人 | 病理号
<<DATE:d1>> | 3 | <<PERSON:pt>> | <<ID:pt_zy>> | 左乳肿物 | 1 | 10%中性缓冲福尔马林 | {t1} | {t2} | <<PERSON:s1>> | <<PERSON:s2>> | <<ID:blh1>>
<<DATE:d1>> | 5 | <<PERSON:x1>> | <<ID:x1_zy>> | 胆囊 | 1 | 10%中性缓冲福尔马林 | {t2} | {t3} | <<PERSON:s3_n>> | <<PERSON:s2>> | <<ID:blh2>>
<<DATE:d1>> | 8 | <<PERSON:x2_typo>> | <<ID:x2_zy>> | 阑尾 | 1 | 10%中性缓冲福尔马林 | {t3} | {t4} | <<PERSON:s1>> | <<PERSON:s4>> | 退回
备注：8号间标本申请单姓名“<<PERSON:x2_typo>>”与腕带“<<PERSON:x2>>”不符，已退回手术室，由巡回护士<<PERSON:s5>>更正后于{t5}重送。病理科登记电话<<PHONE:ph_lab>>。""",
    "zh_gusui_baogao": """<<ORG:org_hosp>>  骨髓细胞形态学检查报告
骨髓号：<<ID:blh2>>    姓名：<<PERSON:pt>>    性别：{pt_sex}    年龄：<<AGE:pt_age>>岁    住院号：<<ID:pt_zy>>    床号：<<ID:pt_bed>>
取材部位：髂后上棘    取材日期：<<DATE:d1>>    穿刺医生：<<PERSON:s1>>
骨髓象：取材、涂片、染色良好。增生明显活跃，粒红比4.2:1。原始细胞占42%，胞浆可见Auer小体；POX染色强阳性。红系、巨核系受抑。
意见：急性髓系白血病（AML），请结合流式细胞术（标本号<<ID:tm4>>）、染色体核型及融合基因（外送<<ORG:org_lab>>，条码<<ID:tm5>>）。
检验者：<<PERSON:s2>>    审核者：<<PERSON:s3>>    报告日期：<<DATE:d3>>
备注：已与{dept}<<PERSON:s4_x>>主任沟通；患者{r2_rel}<<PERSON:r2>>（<<PHONE:r2_ph>>）到科室询问结果，已告知由主管医生解释。""",
    "zh_zaoying_fanying": """碘对比剂不良反应处理记录（放射科）
患者：<<PERSON:pt>>    性别：{pt_sex}    检查号：<<ID:jc2>>    门诊号：<<ID:pt_mz>>    医保号：<<ID:pt_yb>>
经过：患者系<<AGE:pt_agez>>岁{pt_sex}性，于<<DATE:d1>> {t1}行上腹部CT增强（碘海醇80 mL），注射后约3分钟出现胸闷、全身皮疹，血压85/50 mmHg。
处理：技师<<PERSON:s1>>立即停止注射，呼叫<<PERSON:s2_x>>医生及急救小组，予肾上腺素0.3 mg肌注、吸氧、补液。
转归：{t2}症状缓解，由{r1_rel}<<PERSON:r1_m>>陪同转急诊留观，急诊<<PERSON:s3>>医生接收。
已上报药品不良反应监测系统（报告编号<<ID:ref2>>）。患者联系方式：<<PHONE:pt_phone>>；住址：<<ADDRESS:pt_addr>>。
记录人：<<PERSON:s4>>    <<DATE:d1>>""",
    "zh_mdt_taolun": """<<ORG:org_hosp>>  肝胆胰肿瘤MDT讨论记录
时间：<<DATE:d4>> {t1}    地点：门诊8楼示教室    主持：<<PERSON:s1>>主任
参加人员：影像科<<PERSON:s2>>、病理科<<PERSON:s3>>、肿瘤内科<<PERSON:s4_x>>主任、放疗科<<PERSON:s5>>、肝胆外科<<PERSON:s6_n>>（住院医师，记录）
病例：<<PERSON:pt>>，{pt_sex}，<<AGE:pt_age>>岁，住院号<<ID:pt_zy>>，医保号<<ID:pt_yb>>，籍贯<<LOCATION:town1>>
病史：<<DATE:dp2>>于<<ORG:org_hosp2>>行CT提示胰头占位，CA19-9 862 U/mL。
影像（<<PERSON:s2_x>>医生）：增强CT（检查号<<ID:jc1>>）示胰头4.1cm低强化灶，包绕肠系膜上动脉<180°，考虑交界可切除。
病理（<<PERSON:s3_x>>主任）：EUS-FNA细胞学（<<ID:xbh>>）见腺癌细胞。
讨论意见：建议新辅助化疗（mFOLFIRINOX）后再评估手术。
家属意见：患者{r2_rel}<<PERSON:r2>>（<<PHONE:r2_ph>>）同意，要求转回<<LOCATION:city1>>就近化疗。""",
    "zh_jiehe_xuexiao": """<<ORG:org_cdc>>  关于<<ORG:org_school2>>一例肺结核病例的流行病学调查报告
报告编号：<<ID:ld1>>
一、基本情况：<<DATE:d1>>，<<ORG:org_hosp>>结核门诊报告学生<<PERSON:pt>>（{pt_sex}，<<AGE:pt_age>>岁，身份证号<<ID:pt_sfz>>）痰涂片阳性、Xpert MTB/RIF阳性（利福平敏感）。家住<<ADDRESS:pt_addr>>，{r4_rel}<<PERSON:r4>>，联系电话<<PHONE:r4_ph>>。
二、密切接触者：同班同学43人、任课教师5人（班主任<<PERSON:c1>>老师）、同宿舍<<PERSON:c2>>、<<PERSON:c3>>、<<PERSON:c4_n>>（室友间称呼）、食堂员工<<PERSON:c5_x>>师傅。
三、筛查结果：PPD强阳性7人，IGRA阳性2人（<<PERSON:c2_x>>同学、<<PERSON:c6>>），胸片均未见异常，已纳入预防性治疗评估。<<PERSON:pt_x>>同学的{r5_rel}<<PERSON:r5>>（<<AGE:r5_age>>岁）同住，已安排<<ORG:org_chc>>上门筛查。
四、处置：学生休学治疗，<<DATE:d8>>复查。
调查人员：<<PERSON:s1>>、<<PERSON:s2>>    联系电话：<<PHONE:ph_cdc>>    日期：<<DATE:d5>>""",
    "zh_waisong_shenqing": """<<ORG:org_lab>>  检测申请单（医疗机构委托）
委托单位：<<ORG:org_hosp>>    科室：{dept}    送检医生：<<PERSON:s1>>    医生电话：<<PHONE:s1_ph>>
受检者：<<PERSON:pt>>    性别：{pt_sex}    年龄：<<AGE:pt_age>>    身份证号：<<ID:pt_sfz>>    住院号：<<ID:pt_zy>>
联系地址：<<ADDRESS:pt_addr>>    联系电话：<<PHONE:pt_phone>>    电子报告邮箱：<<EMAIL:pt_em>>
检测项目：血液肿瘤融合基因筛查（56种）、FLT3-ITD、NPM1
标本：骨髓 EDTA抗凝 2管    条码：<<ID:tm5>>    采集时间：<<DATE:d1>> {t1}
物流：冷链，快递单号<<ID:ref1>>，交接：<<PERSON:s2>> → <<PERSON:c1>>（物流专员）
费用类别：医保（医保号<<ID:pt_yb>>）
客服热线：<<PHONE:ph_gen>>    报告查询：<<URL:url_lis>>    <<EMAIL:em_lab>>""",
    "zh_yuyin_luru": """【语音录入草稿·未审核】超声检查报告    检查号<<ID:jc3>>
患者<<PERSON:pt_typo>>（系统提示：与登记姓名“<<PERSON:pt>>”不一致，请核对），<<AGE:pt_agez>>岁，{dept}，门诊号<<ID:pt_mz>>
申请医生<<PERSON:s1_x>>医生逗号临床诊断胆囊结石句号
肝脏形态大小正常句号包膜光滑句号胆囊壁毛糙逗号厚约四毫米逗号腔内可见多个强回声伴声影句号
对比<<DATE:dm1>>本院超声逗号结石较前增多句号
报告医生<<PERSON:s2>>换行审核<<PERSON:s3_x>>老师换行
（录入员<<PERSON:s4_n>> {t1}；如识别有误请联系超声科<<PHONE:ph_rad>>）""",
}


# =============================================================================================
# Generation
# =============================================================================================
# Templates whose patient is necessarily a woman and/or of a narrow age band: (female?, age range).
_PROFILES: Final[dict[str, tuple[bool | None, tuple[int, int] | None]]] = {
    "uk_cervical_cytology": (True, (25, 64)),
    "au_antenatal_antibody": (True, (19, 42)),
    "zh_tct_baogao": (True, (25, 64)),
    "zh_jiehe_xuexiao": (None, (15, 19)),
    "zh_nuoru_csv": (None, (75, 104)),
    "uk_genetics_pedigree": (None, (25, 50)),
    "zh_yichuan_jiaxi": (None, (26, 45)),
}
_EN_LOCALES: Final = tuple(locale for locale in _FAKER_LOCALES if not locale.startswith("zh"))
_ZH_LOCALES: Final = ("zh_CN", "zh_TW")


def generate_blind16(language: str, count: int) -> list[SynthNote]:
    """``count`` notes; note ``i`` uses the ``i``-th template in sorted name order (round robin)."""
    if language not in ("en", "zh"):
        raise ValueError(f"unsupported language {language!r}; expected 'en' or 'zh'")
    templates = EN_BLIND16_TEMPLATES if language == "en" else ZH_BLIND16_TEMPLATES
    names = sorted(templates)
    notes: list[SynthNote] = []
    for index in range(count):
        name = names[index % len(names)]
        rng = random.Random(f"{BLIND16_SEED}:{language}:{index}")
        female, ages = _PROFILES.get(name, (None, None))
        if language == "en":
            fakers = _seeded_fakers(language, index, _EN_LOCALES)
            values, known = _en_values(rng, fakers, name.split("_", 1)[0], female_patient=female, age_range=ages)
        else:
            fakers = _seeded_fakers(language, index, _ZH_LOCALES)
            values, known = _zh_values(rng, fakers, female_patient=female, age_range=ages)
        text, spans = render(templates[name], values, age_of=blind16_age_of)
        notes.append(
            SynthNote(
                note_id=f"{BLIND16_SPLIT}-{language}-{index + 1:04d}",
                split=BLIND16_SPLIT,
                language=language,
                template=name,
                text=text,
                spans=spans,
                known=known,
            )
        )
    return notes
