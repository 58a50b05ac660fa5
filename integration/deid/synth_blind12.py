# ruff: noqa: E501
"""Blind evaluation set ``blind12``: clinical specialties where many people are named.

Written blind: the author of this module did not read the de-identifier (its analyzer, sweeps,
gazetteers, interface-name lists, policy or self-test), any other blind set, its documentation
or its benchmark figures, and never ran the de-identifier on these notes. The set is meant to be
scored once, as an honest estimate on text nobody tuned for.

Theme. English notes as clinicians write them in the US, the UK (England and Scotland), Canada,
Australia, Ireland and New Zealand: psychiatry and mental-health-act paperwork, safeguarding and
child-protection / social-work notes, obstetrics and neonatal care (mother, baby, father,
midwives; "Baby Girl Okafor", "Twin A"), paediatrics with schools and carers, oncology MDT and
tumour-board minutes with attendee lists, palliative care and bereavement, genetic counselling
with pedigrees, infectious-disease contact tracing, transplant and donor coordination,
forensic/custody medicine, advance directives and powers of attorney, complaint and incident
investigations with witness statements, research consent and trial-screening logs, chaplaincy.
Chinese notes: 精神科病程与强制医疗文书、心理咨询、产科与新生儿、儿科（监护人、老师）、肿瘤MDT
讨论记录、安宁疗护与哀伤辅导、遗传咨询家系图、传染病流调与密接名单、器官捐献与移植协调、司法
鉴定与羁押体检、预立医疗指示与授权委托书、医疗纠纷调查与证人陈述、临床试验筛选日志、医务社工.
Names come from Faker's person lists of many locales (en_US, en_GB, en_IE, ga_IE, en_NZ, en_IN,
yo_NG, ig_NG, es_ES, es_MX, it_IT, de_DE, nl_NL, sv_SE, pl_PL, fr_FR, pt_BR, tr_TR, ru_RU
transliterated here, ja_JP romanised, zh_TW/zh_CN romanised, zh_CN, zh_TW) and from lists written
here (Māori, Pacific, Hawaiian, Arabic and Hebrew romanised; names that are ordinary words such
as Rose, Faith, Young, Ward, Bishop, 高峰, 海燕, 建国; particle / hyphenated / apostrophised
surnames; Chinese compound and rare surnames, minority names with and without ·, 小名 and 叠字).

Gold conventions
* PERSON: any real person's name or part of one (patient, family, staff, GP, contacts, witnesses,
  donors, interpreters), in any form: full, given or surname alone, "Last, First", ALL CAPS, lower
  case, initials ("Mother (AB)", a signature "JK", dictation "RM/ab" gives two spans), nicknames
  and 小名/叠字 (a milk name that begins with 小, 小雨, is wholly PERSON), pinyin. Titles, roles and
  credentials stay outside (Dr, Mr, Mrs, Ms, Miss, Mx, Fr, Sister, Pastor, Rev, PC, DC, Nana,
  ", RN", ", MD", ", NP", ", RM", ", LCSW", 主任, 医生, 护士, 护士长, 女士, 先生, 阿姨, 大爷, 老师,
  药师, 大夫, 警官, 律师 ...), as do 老/小 used as a familiar prefix to a surname (老<王>, 小<李>),
  possessive 's, brackets and quotes. No PERSON span begins with "Pastor" or 老. "Baby Girl
  <Okafor>", "Baby of <Adaeze Okafor>": only the name is gold; "Twin A" is not. "<王芳>之女": the
  parent's name is gold, 之女/之子 is not. Diseases, scales, signs and manoeuvres named after
  people (Apgar, Bishop, Edinburgh PND scale, Down, Turner, Wilms, Hodgkin, Lynch, Huntington,
  Parkinson, Young Mania Rating Scale, Hamilton / 汉密尔顿, Beck / 贝克, Kleihauer, McRoberts,
  Morse, Braden, Conners, Vanderbilt, Waldenström, 洼田 ...) are not PERSON, and scales named
  after places (Manchester score, Edinburgh PND scale, Deauville) are not LOCATION; wards, units,
  charities or hospitals named after people (Nightingale Ward, Lister Ward, Marie Curie, Ronald
  McDonald House) are not PERSON; a named charity or hospital is ORG as a whole. Pets' names (the dog Bella) are not
  PERSON. A name tattooed on a detainee (文身"春梅") is PERSON.
* ID: record / MRN / UR / hospital numbers, account, encounter (CSN/FIN), accession, SSN (also
  the last four written as an identifier: "SSN last 4: 6789" -> 6789), NHS / CHI / Medicare / SIN
  / health-card / PPSN / NHI numbers, NPI and professional registration numbers (GMC, NMC, AHPRA,
  MCNZ, IMC, 执业证书编号), insurance member numbers, court / case / detention / custody /
  safeguarding / crime / incident / tribunal / coroner reference numbers, police collar or badge
  numbers, notary commission numbers, trial subject IDs, donor IDs, vehicle registration plates,
  住院号/门诊号/病案号/ID号, 身份证号, 医保卡号, 出生医学证明编号, 案件编号/鉴定编号, 在押人员编号,
  警号, passport numbers. Messaging and social-media handles and user names (WeChat ID, QQ
  number, "@sunny_okafor84") are ID, not PERSON. Bed and bay numbers, ward names, drug codes,
  ICD codes, lot / batch numbers, NCT / CTR / protocol / ethics (REC, IRAS) numbers, HLA
  types, pedigree positions (II-3, Ⅲ-2), flight and train numbers, scores and lab values are
  not gold.
* PHONE: every telephone, fax, mobile, extension, pager or bleep number written as a number, in
  any format, including the numbers of crisis lines, switchboards and public-health units ("ext"
  / "bleep" / 转 / 分机 stay outside).
* EMAIL and URL: the whole address or link (every URL written in a note is gold, whatever it
  points to; a name inside a URL is not a separate PERSON).
* ADDRESS: a postal address, or a part of one written as an address (a street line, a
  "Postcode:" field). A full address is one span, town and postcode included.
* LOCATION: a place named in prose outside a postal address: city, town, suburb, county, 村, 镇,
  县, 区. Countries, states, provinces (省) and larger regions are not gold on their own.
* DATE: every date more specific than a year, in any format (birth dates, "14/3", "3月7日",
  二〇二四年三月七日). Bare years, times, weekdays, durations ("3/7", "6/52"), gestational ages
  ("38+2") are not gold.
* ORG: named hospitals, hospices, practices, schools, employers, insurers, courts and
  tribunals, police stations, law firms, funeral directors, care homes, parishes, laboratories,
  charities and helplines run by them (Lifeline, Griefline, Samaritans), community centres,
  marae, and place-qualified local bodies (Leeds City Council, 海淀区民政局, 向阳村村委会).
  National programmes and agencies (NHS, HSE, Medicare, Medicaid, WIC, Tusla, Oranga Tamariki,
  the Decision Support Service, 医保局, a 疾控中心 without a place), generic services and their
  abbreviations (social services, the crisis team, CAS, MASH, CATT, CAMHS, 居委会, 医务科) and
  software or platforms (Teams, Zoom, Instagram, 微信, 腾讯会议) are not gold.
* AGE: only ages of 90 or more, the number alone (digits, English words or Chinese numerals:
  "ninety-three", 九十三); "-year-old", "aged", 岁 stay outside. Younger ages are not gold.
* Values are stripped, spans never overlap, every note has at least one gold span.

Every note has a fresh persona whose record is ``known``: full name, given name, surname, record
number, national identifier (SSN / NHS / CHI / SIN-health card / Medicare / PPSN / NHI in English;
exactly one valid 18-character mainland resident ID in every Chinese note), phone, street address,
city (LOCATION), ISO birth date and e-mail. Notes use these values exactly and in variants, and
carry much PHI the record does not list (relatives, staff, contacts, other numbers).

Templates use ``synth.render`` markup (``<<KIND:key>>`` gold, ``{key}`` filler); values come from
a lazy per-note value table whose key names say what to make (``f3_full`` a woman's full name,
``rm2_first`` a male relative's given name, ``mob1`` a mobile number ...). ``[[name]]`` marks a
variable-length block (contact lists, attendee lists, pedigrees) expanded before rendering.
Deterministic for one Faker version (only Faker's static name lists are used, never its random).
"""

from __future__ import annotations

import datetime as dt
import importlib
import random
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Final, TypeVar

from integration.deid.model import KnownIdentifier
from integration.deid.synth import GoldSpan, SynthNote, cn_resident_id, render

__all__ = [
    "BLIND12_SEED",
    "BLIND12_SPLIT",
    "EN_BLIND12_TEMPLATES",
    "ZH_BLIND12_TEMPLATES",
    "blind12_age_of",
    "generate_blind12",
]

BLIND12_SEED: Final = 61829437
BLIND12_SPLIT: Final = "blind12"
_T = TypeVar("_T")


# ---------------------------------------------------------------------------------------------
# Numbers in words (English) and in Chinese numerals, both ways
# ---------------------------------------------------------------------------------------------
_EN_UNITS: Final = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_EN_TENS: Final = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ZH_DIGITS: Final = "零一二三四五六七八九"


def _en_words(number: int, *, article: bool = False) -> str:
    """``93`` -> "ninety-three", ``102`` -> "one hundred and two" (``article``: "a hundred and two")."""
    if number < 20:
        return _EN_UNITS[number]
    if number < 100:
        tens, units = divmod(number, 10)
        return _EN_TENS[tens] + (f"-{_EN_UNITS[units]}" if units else "")
    hundreds, rest = divmod(number, 100)
    head = "a hundred" if article and hundreds == 1 else f"{_EN_UNITS[hundreds]} hundred"
    return head + (f" and {_en_words(rest)}" if rest else "")


def _zh_number(number: int) -> str:
    """``93`` -> 九十三, ``102`` -> 一百零二, ``110`` -> 一百一十, ``15`` -> 十五."""
    if number < 10:
        return _ZH_DIGITS[number]
    if number < 20:
        return "十" + (_ZH_DIGITS[number - 10] if number > 10 else "")
    if number < 100:
        tens, units = divmod(number, 10)
        return _ZH_DIGITS[tens] + "十" + (_ZH_DIGITS[units] if units else "")
    hundreds, rest = divmod(number, 100)
    if rest == 0:
        return _ZH_DIGITS[hundreds] + "百"
    if rest < 10:
        return _ZH_DIGITS[hundreds] + "百零" + _ZH_DIGITS[rest]
    tail = _zh_number(rest)
    return _ZH_DIGITS[hundreds] + "百" + ("一" + tail if rest < 20 else tail)


_EN_WORD_VALUES: Final = {word: i for i, word in enumerate(_EN_UNITS)} | {
    word: 10 * i for i, word in enumerate(_EN_TENS) if word
}
_ZH_VALUES: Final = {ch: i for i, ch in enumerate(_ZH_DIGITS)} | {"〇": 0, "两": 2}


def _read_en_words(text: str) -> int:
    tokens = [t for t in re.split(r"[\s-]+", text.lower()) if t and t != "and"]
    if not tokens:
        raise ValueError("not an age")
    total = 0
    current = 0
    for word in tokens:
        if word == "a":
            current = 1 if current == 0 else current
        elif word == "hundred":
            total += (current or 1) * 100
            current = 0
        elif word in _EN_WORD_VALUES:
            current += _EN_WORD_VALUES[word]
        else:
            raise ValueError("not an age")
    return total + current


def _read_zh_number(text: str) -> int:
    total = 0
    current = 0
    seen = False
    for ch in text:
        if ch in _ZH_VALUES:
            current = _ZH_VALUES[ch]
            seen = True
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
            seen = True
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
            seen = True
        else:
            raise ValueError("not an age")
    if not seen:
        raise ValueError("not an age")
    return total + current


def blind12_age_of(value: str) -> int:
    """An age written in digits ("93"), English words ("ninety-three", "a hundred and one") or
    Chinese numerals (九十三, 一百零二). Raises ``ValueError`` for anything else."""
    text = value.strip()
    if text.isdigit():
        return int(text)
    if re.fullmatch(r"[A-Za-z][A-Za-z\s-]*", text):
        return _read_en_words(text)
    if text and all(ch in _ZH_VALUES or ch in "十百" for ch in text):
        return _read_zh_number(text)
    raise ValueError("not an age")


# ---------------------------------------------------------------------------------------------
# Name pools (English notes). Only Faker's static lists are read; the choice is ours (seeded).
# ---------------------------------------------------------------------------------------------
_TITLE_START = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Pastor|The)\b")
_CYRILLIC: Final = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
         "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"],
        strict=True,
    )
)  # fmt: skip


def _translit(name: str) -> str:
    out = "".join(_CYRILLIC.get(ch.lower(), ch) for ch in name)
    return out[:1].upper() + out[1:]


def _faker_list(locale: str, attr: str) -> tuple[str, ...]:
    module = importlib.import_module(f"faker.providers.person.{locale}")
    raw: Iterable[object] = getattr(module.Provider, attr)
    return tuple(dict.fromkeys(str(item) for item in raw))


_PARTICLE_WORDS: Final = frozenset(
    ("Mac", "Mc", "Nic", "Ó", "Ní", "Te", "St.", "Giolla", "Vander", "Abu", "De", "La", "Di", "Le", "Van")
)


def _usable(name: str) -> bool:
    if not name or name != name.strip() or "," in name or any(ch.isdigit() for ch in name):
        return False
    if _TITLE_START.match(name) or len(name.split()) > 3:
        return False
    words = name.split()
    # Multi-word surnames only when the extra words are particles (de Boer, van der Berg, Mac Giolla).
    return len(words) == 1 or all(w[:1].islower() or w in _PARTICLE_WORDS or w.startswith("'") for w in words[:-1])


def _clean(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(n for n in dict.fromkeys(names) if _usable(n))


def _title_roman(name: str) -> str:
    return "-".join(part.capitalize() for part in name.split("-"))


_WORD_FIRST_F: Final = (
    "Rose", "Faith", "Dawn", "Hope", "Joy", "Grace", "Summer", "Sage", "Amber", "Ivy", "Heather", "Holly",
    "Hazel", "Iris", "June", "April", "Autumn", "Destiny", "Patience", "Honor", "Misty", "Crystal", "Pearl",
    "Ruby", "Violet", "Willow", "Skye", "Star", "Merry", "Charity", "Precious", "Blessing",
)  # fmt: skip
_WORD_FIRST_M: Final = (
    "Will", "Mark", "Frank", "Bill", "Rich", "Hunter", "Major", "Chance", "Miles", "Cash", "Rusty", "Sterling",
    "Guy", "Drew", "Earl", "Duke", "King", "Royal", "Ray", "Art", "Jack", "Gene", "Sonny", "Forest", "Wade",
    "Chase", "Ward",
)  # fmt: skip
_WORD_LAST: Final = (
    "Young", "Wood", "Bell", "Page", "Hunter", "Major", "Sage", "Rich", "Rose", "Summers", "King", "Little",
    "Small", "Long", "Strong", "Hardy", "Sharp", "Moody", "Good", "Best", "Love", "Price", "Cash", "Church",
    "Bishop", "Parsons", "Ward", "Day", "Knight", "Fox", "Swan", "Mason", "Baker", "Cook", "Walker", "Banks",
    "Gray", "Green", "White", "Black", "Brown", "Noble", "Dean", "Friend", "Guest", "Law", "Justice", "Booth",
    "Temple", "Hall", "Chase", "Bliss", "Moss", "Frost", "Snow", "Winter", "Rush", "Field", "Marsh", "Brook",
    "Lane", "Hope", "Child", "Sterling", "English", "French", "Welsh", "Savage", "Wise", "Gentle", "Hale",
    "Bond", "Potter", "Stone", "Hill", "Pope", "Nurse", "Sly", "Coffin", "Blessing",
)  # fmt: skip
_PARTICLE_LAST: Final = (
    "D'Souza", "O'Sullivan", "O'Connor", "O'Neill", "McAllister", "MacDonald", "Fitzgerald-Moore", "ter Horst",
    "van der Merwe", "van den Berg", "bin Abdullah", "de la Cruz", "Al-Rashid", "Ó Briain", "Mac Giolla Phádraig",
    "da Silva", "dos Santos", "von Essen", "le Roux", "D'Arcy", "Smith-Ngata", "Te Whata", "Ben-David",
    "El-Masri", "Abu-Khalil", "de Vries", "van 't Hof", "Lloyd-Jones", "ap Rhys", "O'Neill-Kahananui",
    "MacAuley", "Di Stefano", "De Luca", "La Rosa", "dela Peña", "Ó Súilleabháin", "Mc Loughlin", "DeShawn-Hill",
    "St. Clair", "Vander Zalm", "Ní Bhriain", "Nic Amhlaoibh", "Twelvetrees", "Bowes-Lyon", "O'Shaughnessy",
)  # fmt: skip
_MAORI_F: Final = (
    "Aroha",
    "Mere",
    "Ngaire",
    "Anahera",
    "Kiri",
    "Hine",
    "Moana",
    "Tui",
    "Whetu",
    "Huia",
    "Pania",
    "Atawhai",
    "Marama",
    "Roimata",
    "Awhina",
    "Ngaio",
    "Hana",
    "Tia",
    "Manaia",
    "Kahurangi",
)
_MAORI_M: Final = (
    "Hemi",
    "Wiremu",
    "Tama",
    "Rangi",
    "Tane",
    "Nikau",
    "Ariki",
    "Rawiri",
    "Tipene",
    "Mikaere",
    "Hohepa",
    "Te Ariki",
    "Pita",
    "Matiu",
    "Tamati",
    "Kauri",
    "Rewi",
    "Hone",
    "Piripi",
    "Tawhiri",
)
_MAORI_LAST: Final = (
    "Ngata",
    "Parata",
    "Herewini",
    "Te Rangi",
    "Tawhiri",
    "Waititi",
    "Pomare",
    "Ruatapu",
    "Horomona",
    "Te Kani",
    "Paewai",
    "Tamihana",
    "Karaka",
    "Mahuika",
    "Rangihuna",
    "Kereama",
    "Te Whata",
    "Potae",
    "Walker",
    "Tuhiwai",
    "Kingi",
    "Te Huia",
    "Wihongi",
    "Pene",
    "Tipoki",
)
_PACIFIC_F: Final = (
    "Losana",
    "Mele",
    "Sina",
    "Ana",
    "Lupe",
    "Salote",
    "Malia",
    "Fetu",
    "Tasi",
    "Leilani",
    "Noelani",
    "Kalani",
    "Keala",
)
_PACIFIC_M: Final = (
    "Tevita",
    "Sione",
    "Sefo",
    "Iosefa",
    "Viliami",
    "Semisi",
    "Tavita",
    "Kainoa",
    "Makoa",
    "Keoni",
    "Mikaele",
    "Talolo",
)
_PACIFIC_LAST: Final = (
    "Fifita",
    "Taufa",
    "Vaka",
    "Tupou",
    "Aumua",
    "Leota",
    "Faleolo",
    "Tuilagi",
    "Kahananui",
    "Kealoha",
    "Akana",
    "Kamakau",
    "Mahoe",
    "Fonoti",
    "Latu",
    "Havili",
    "Sapolu",
    "Mataafa",
)
_HEBREW_F: Final = (
    "Yael",
    "Noa",
    "Tamar",
    "Shira",
    "Rivka",
    "Dvora",
    "Ayelet",
    "Michal",
    "Orly",
    "Hadas",
    "Tzipora",
    "Liat",
)
_HEBREW_M: Final = (
    "Avi",
    "Eitan",
    "Yossi",
    "Moshe",
    "Itai",
    "Ariel",
    "Yehuda",
    "Amnon",
    "Noam",
    "Shmuel",
    "Ze'ev",
    "Gilad",
)
_HEBREW_LAST: Final = (
    "Cohen",
    "Levi",
    "Mizrahi",
    "Peretz",
    "Biton",
    "Friedman",
    "Azoulay",
    "Ben-David",
    "Shapiro",
    "Katz",
    "Avraham",
    "Ben-Ami",
    "Ohana",
    "Dahan",
    "Weissberg",
    "Ashkenazi",
)
_ARABIC_F: Final = (
    "Fatima",
    "Layla",
    "Mariam",
    "Noor",
    "Aisha",
    "Zainab",
    "Huda",
    "Rania",
    "Amira",
    "Salma",
    "Yasmin",
    "Hanan",
    "Dalia",
)
_ARABIC_M: Final = (
    "Ahmed",
    "Omar",
    "Yusuf",
    "Khalid",
    "Hassan",
    "Tariq",
    "Samir",
    "Mohammed",
    "Karim",
    "Bilal",
    "Imran",
    "Faisal",
    "Walid",
)
_ARABIC_LAST: Final = (
    "Al-Sayed",
    "Haddad",
    "Khalil",
    "bin Abdullah",
    "El-Masri",
    "Nasser",
    "Saleh",
    "Abdel-Rahman",
    "Al-Farsi",
    "Mansour",
    "Qureshi",
    "Hussain",
    "Abu Bakr",
    "Darwish",
    "Al-Amin",
    "Hamdan",
)
_NICKNAMES: Final = {
    "William": "Bill",
    "Robert": "Bob",
    "Richard": "Rich",
    "Elizabeth": "Liz",
    "Margaret": "Peggy",
    "Katherine": "Kate",
    "Catherine": "Cathy",
    "Patricia": "Trish",
    "James": "Jimmy",
    "Michael": "Mick",
    "Christopher": "Chris",
    "Jennifer": "Jen",
    "Rebecca": "Becky",
    "Alexander": "Sandy",
    "Anthony": "Tony",
    "Joseph": "Joe",
    "Thomas": "Tom",
    "Samantha": "Sam",
    "Victoria": "Tori",
    "Deborah": "Debs",
    "Susan": "Sue",
    "Daniel": "Danny",
    "Matthew": "Matty",
    "Nicholas": "Nick",
    "Jonathan": "Jonno",
    "Benjamin": "Ben",
    "Edward": "Ted",
    "Charles": "Chuck",
    "Francis": "Frank",
    "Wiremu": "Wiri",
    "Aroha": "Ro",
    "Siobhán": "Shiv",
    "Pádraig": "Paddy",
    "Margarita": "Rita",
    "Alejandro": "Alex",
    "Guadalupe": "Lupita",
    "Francesca": "Frankie",
    "Oluwaseun": "Seun",
    "Chukwuemeka": "Emeka",
    "Adaeze": "Ada",
    "Hemi": "Hem",
    "Yusuf": "Yus",
}
_GENERIC_NICKS: Final = (
    "Sunny",
    "Bub",
    "Red",
    "Jojo",
    "Lulu",
    "Bear",
    "Mac",
    "Tiny",
    "Boo",
    "Coco",
    "Pip",
    "Bubba",
    "Smiley",
    "Ace",
    "Dusty",
    "Sparky",
    "Bunny",
    "Squeak",
)


@dataclass(frozen=True)
class _Origin:
    female: tuple[str, ...]
    male: tuple[str, ...]
    last: tuple[str, ...]
    last_female: tuple[str, ...] = ()


def _build_origins() -> dict[str, _Origin]:
    ja_last = tuple(pair[2] for pair in _faker_tuple_pairs("ja_JP", "last_name_pairs"))
    ja_f = tuple(pair[2] for pair in _faker_tuple_pairs("ja_JP", "first_name_female_pairs"))
    ja_m = tuple(pair[2] for pair in _faker_tuple_pairs("ja_JP", "first_name_male_pairs"))
    origins = {
        "us": _Origin(
            _faker_list("en_US", "first_names_female"),
            _faker_list("en_US", "first_names_male"),
            _faker_list("en_US", "last_names"),
        ),
        "gb": _Origin(
            _faker_list("en_GB", "first_names_female"),
            _faker_list("en_GB", "first_names_male"),
            _faker_list("en_GB", "last_names"),
        ),
        "ie": _Origin(
            _faker_list("en_IE", "first_names_female"),
            _faker_list("en_IE", "first_names_male"),
            _faker_list("en_IE", "last_names"),
        ),
        "ga": _Origin(
            _faker_list("ga_IE", "first_names_female"),
            _faker_list("ga_IE", "first_names_male"),
            _faker_list("ga_IE", "last_names"),
        ),
        "nz": _Origin(
            _faker_list("en_NZ", "first_names_female"),
            _faker_list("en_NZ", "first_names_male"),
            _faker_list("en_NZ", "last_names"),
        ),
        "in": _Origin(
            _faker_list("en_IN", "first_names_female"),
            _faker_list("en_IN", "first_names_male"),
            _faker_list("en_IN", "last_names"),
        ),
        "ng": _Origin(
            _faker_list("yo_NG", "first_names_female") + _faker_list("ig_NG", "first_names_female"),
            _faker_list("yo_NG", "first_names_male") + _faker_list("ig_NG", "first_names_male"),
            _faker_list("yo_NG", "last_names")
            + _faker_list("ig_NG", "last_names")
            + _faker_list("en_NG", "last_names"),
        ),
        "es": _Origin(
            _faker_list("es_ES", "first_names_female"),
            _faker_list("es_ES", "first_names_male"),
            _faker_list("es_ES", "last_names"),
        ),
        "mx": _Origin(
            _faker_list("es_MX", "first_names_female"),
            _faker_list("es_MX", "first_names_male"),
            _faker_list("es_MX", "last_names"),
        ),
        "it": _Origin(
            _faker_list("it_IT", "first_names_female"),
            _faker_list("it_IT", "first_names_male"),
            _faker_list("it_IT", "last_names"),
        ),
        "de": _Origin(
            _faker_list("de_DE", "first_names_female"),
            _faker_list("de_DE", "first_names_male"),
            _faker_list("de_DE", "last_names"),
        ),
        "nl": _Origin(
            _faker_list("nl_NL", "first_names_female"),
            _faker_list("nl_NL", "first_names_male"),
            _faker_list("nl_NL", "last_names"),
        ),
        "se": _Origin(
            _faker_list("sv_SE", "first_names_female"),
            _faker_list("sv_SE", "first_names_male"),
            _faker_list("sv_SE", "last_names"),
        ),
        "pl": _Origin(
            _faker_list("pl_PL", "first_names_female"),
            _faker_list("pl_PL", "first_names_male"),
            _faker_list("pl_PL", "male_last_names"),
        ),
        "fr": _Origin(
            _faker_list("fr_FR", "first_names_female"),
            _faker_list("fr_FR", "first_names_male"),
            _faker_list("fr_FR", "last_names"),
        ),
        "br": _Origin(
            _faker_list("pt_BR", "first_names_female"),
            _faker_list("pt_BR", "first_names_male"),
            _faker_list("pt_BR", "last_names"),
        ),
        "tr": _Origin(
            _faker_list("tr_TR", "first_names_female"),
            _faker_list("tr_TR", "first_names_male"),
            _faker_list("tr_TR", "last_names"),
        ),
        "ru": _Origin(
            tuple(_translit(n) for n in _faker_list("ru_RU", "first_names_female")),
            tuple(_translit(n) for n in _faker_list("ru_RU", "first_names_male")),
            tuple(_translit(n) for n in _faker_list("ru_RU", "last_names_male")),
            tuple(_translit(n) for n in _faker_list("ru_RU", "last_names_female")),
        ),
        "jp": _Origin(ja_f, ja_m, ja_last),
        "tw": _Origin(
            tuple(_title_roman(n) for n in _faker_list("zh_TW", "first_romanized_names_female")),
            tuple(_title_roman(n) for n in _faker_list("zh_TW", "first_romanized_names_male")),
            tuple(_title_roman(n) for n in _faker_list("zh_TW", "last_romanized_names"))
            + _faker_list("zh_CN", "last_romanized_names"),
        ),
        "maori": _Origin(_MAORI_F, _MAORI_M, _MAORI_LAST),
        "pacific": _Origin(_PACIFIC_F, _PACIFIC_M, _PACIFIC_LAST),
        "hebrew": _Origin(_HEBREW_F, _HEBREW_M, _HEBREW_LAST),
        "arabic": _Origin(_ARABIC_F, _ARABIC_M, _ARABIC_LAST),
        "word": _Origin(_WORD_FIRST_F, _WORD_FIRST_M, _WORD_LAST),
    }
    return {
        key: _Origin(_clean(o.female), _clean(o.male), _clean(o.last), _clean(o.last_female))
        for key, o in origins.items()
    }


def _faker_tuple_pairs(locale: str, attr: str) -> tuple[tuple[str, str, str], ...]:
    module = importlib.import_module(f"faker.providers.person.{locale}")
    raw: Iterable[tuple[str, str, str]] = getattr(module.Provider, attr)
    return tuple(dict.fromkeys((str(a), str(b), str(c)) for a, b, c in raw))


_ORIGINS: Final = _build_origins()
# Weights of name origins by country (English notes).
_ORIGIN_WEIGHTS: Final[dict[str, dict[str, int]]] = {
    "US": {
        "us": 30,
        "mx": 14,
        "es": 3,
        "ng": 6,
        "in": 5,
        "tw": 4,
        "it": 4,
        "de": 3,
        "ie": 4,
        "hebrew": 3,
        "arabic": 3,
        "jp": 2,
        "pacific": 2,
        "ru": 2,
        "pl": 2,
        "word": 9,
        "br": 2,
        "fr": 1,
    },
    "UK": {
        "gb": 32,
        "in": 9,
        "pl": 5,
        "ng": 6,
        "ie": 4,
        "arabic": 4,
        "it": 2,
        "tr": 3,
        "ru": 2,
        "tw": 2,
        "word": 9,
        "es": 2,
        "br": 1,
        "ga": 1,
        "se": 1,
    },
    "SC": {"gb": 34, "ie": 8, "pl": 6, "in": 5, "ng": 3, "arabic": 3, "word": 9, "it": 2, "ga": 2},
    "CA": {
        "us": 24,
        "fr": 10,
        "in": 9,
        "tw": 7,
        "it": 4,
        "de": 3,
        "nl": 3,
        "ng": 3,
        "arabic": 3,
        "ru": 2,
        "pl": 3,
        "word": 9,
        "jp": 1,
        "mx": 2,
    },
    "AU": {
        "gb": 20,
        "us": 8,
        "it": 6,
        "tw": 7,
        "in": 6,
        "nz": 4,
        "arabic": 4,
        "pacific": 3,
        "hebrew": 2,
        "de": 2,
        "nl": 2,
        "word": 9,
        "jp": 2,
        "tr": 2,
        "ru": 1,
    },
    "IE": {
        "ie": 30,
        "ga": 10,
        "gb": 6,
        "pl": 6,
        "ng": 5,
        "in": 4,
        "br": 3,
        "word": 8,
        "es": 2,
        "it": 2,
        "ru": 2,
        "arabic": 2,
    },
    "NZ": {
        "nz": 20,
        "maori": 16,
        "pacific": 10,
        "gb": 6,
        "tw": 6,
        "in": 5,
        "nl": 3,
        "se": 1,
        "word": 9,
        "de": 2,
        "jp": 2,
        "hebrew": 1,
    },
}


@dataclass(frozen=True)
class _Person:
    first: str
    last: str
    female: bool
    middle: str
    nick: str


def _make_person(
    rng: random.Random,
    country: str,
    *,
    female: bool | None = None,
    origin: str | None = None,
    last: str | None = None,
    word: bool = False,
    particle: bool = False,
) -> _Person:
    if female is None:
        female = rng.random() < 0.5
    if origin is None:
        if word:
            origin = "word"
        else:
            weights = _ORIGIN_WEIGHTS[country]
            origin = rng.choices(list(weights), weights=list(weights.values()))[0]
    pool = _ORIGINS[origin]
    first = rng.choice(pool.female if female else pool.male)
    if word and rng.random() < 0.5:
        first = rng.choice(_ORIGINS["word"].female if female else _ORIGINS["word"].male)
    if last is None:
        if particle or rng.random() < 0.06:
            last = rng.choice(_PARTICLE_LAST)
        elif word:
            last = rng.choice(_WORD_LAST)
        elif female and pool.last_female:
            last = rng.choice(pool.last_female)
        else:
            last = rng.choice(pool.last)
            if rng.random() < 0.05:
                last = f"{last}-{rng.choice(_ORIGINS[rng.choice(('gb', 'us', 'ie', 'mx'))].last)}"
    middle = rng.choice("ABCDEFGHJKLMNPRSTVW")
    nick = _NICKNAMES.get(first, "")
    if not nick:
        plain = unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode()
        nick = (
            plain[:3] + rng.choice(("", "s", "ie"))
            if len(plain) >= 6 and plain.isalpha()
            else rng.choice(_GENERIC_NICKS)
        )
    return _Person(first, last, female, middle, nick)


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _initials(person: _Person) -> str:
    parts = [person.first, *re.split(r"[\s-]+", person.last)]
    return "".join(p[0].upper() for p in parts if p and p[0].isalpha())


def _en_form(person: _Person, form: str) -> str:
    first, last = person.first, person.last
    forms: dict[str, Callable[[], str]] = {
        "first": lambda: first,
        "last": lambda: last,
        "full": lambda: f"{first} {last}",
        "lf": lambda: f"{last}, {first}",
        "caps": lambda: f"{last.upper()}, {first}",
        "upper": lambda: f"{first} {last}".upper(),
        "lastup": lambda: last.upper(),
        "lower": lambda: f"{first} {last}".lower(),
        "firstlow": lambda: first.lower(),
        "lastlow": lambda: last.lower(),
        "init": lambda: _initials(person),
        "initd": lambda: ".".join(_initials(person)) + ".",
        "ilast": lambda: f"{first[0]}. {last}",
        "ilastnd": lambda: f"{first[0]} {last}",
        "mid": lambda: f"{first} {person.middle}. {last}",
        "nick": lambda: person.nick,
        "nickfull": lambda: f"{person.nick} {last}",
        "lfi": lambda: f"{last}, {first[0]}.",
        "initlow": lambda: _initials(person).lower(),
        "lfup": lambda: f"{last.upper()}, {first.upper()}",
        "firsti": lambda: f"{first} {last[0]}.",
    }
    return forms[form]()


PERSON_FORMS_EN: Final = frozenset(
    ("first", "last", "full", "lf", "caps", "upper", "lastup", "lower", "firstlow", "lastlow", "init", "initd",
     "ilast", "ilastnd", "mid", "nick", "nickfull", "lfi", "lfup", "firsti", "initlow")
)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Places (English notes): town/suburb, region, postcode stem, telephone area code
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Place:
    town: str
    region: str  # state / county / province abbreviation or name
    postcode: str  # stem: ZIP3, UK outward letters, AU/NZ postcode, IE routing key, CA first letter
    area: str  # landline area code without the trunk 0 (US/CA: the 3-digit area code)
    extra: str = ""  # UK locality, NZ city of the suburb, IE county for the full address
    region_name: str = ""


_US_PLACES: Final = (
    _Place("Columbus", "OH", "432", "614", region_name="Ohio"), _Place("Dayton", "OH", "454", "937", region_name="Ohio"),
    _Place("Toledo", "OH", "436", "419", region_name="Ohio"), _Place("Akron", "OH", "443", "330", region_name="Ohio"),
    _Place("Springfield", "MA", "011", "413", region_name="Massachusetts"), _Place("Worcester", "MA", "016", "508", region_name="Massachusetts"),
    _Place("Lowell", "MA", "018", "978", region_name="Massachusetts"), _Place("Fresno", "CA", "937", "559", region_name="California"),
    _Place("Tucson", "AZ", "857", "520", region_name="Arizona"), _Place("El Paso", "TX", "799", "915", region_name="Texas"),
    _Place("Austin", "TX", "787", "512", region_name="Texas"), _Place("Albuquerque", "NM", "871", "505", region_name="New Mexico"),
    _Place("Savannah", "GA", "314", "912", region_name="Georgia"), _Place("Macon", "GA", "312", "478", region_name="Georgia"),
    _Place("Tulsa", "OK", "741", "918", region_name="Oklahoma"), _Place("Omaha", "NE", "681", "402", region_name="Nebraska"),
    _Place("Lincoln", "NE", "685", "402", region_name="Nebraska"), _Place("Boise", "ID", "837", "208", region_name="Idaho"),
    _Place("Spokane", "WA", "992", "509", region_name="Washington"), _Place("Tacoma", "WA", "984", "253", region_name="Washington"),
    _Place("Flint", "MI", "485", "810", region_name="Michigan"), _Place("Lansing", "MI", "489", "517", region_name="Michigan"),
    _Place("Peoria", "IL", "616", "309", region_name="Illinois"), _Place("Jackson", "MS", "392", "601", region_name="Mississippi"),
    _Place("Reading", "PA", "196", "610", region_name="Pennsylvania"), _Place("Scranton", "PA", "185", "570", region_name="Pennsylvania"),
    _Place("Camden", "NJ", "081", "856", region_name="New Jersey"), _Place("Paterson", "NJ", "075", "973", region_name="New Jersey"),
    _Place("Utica", "NY", "135", "315", region_name="New York"), _Place("Yonkers", "NY", "107", "914", region_name="New York"),
    _Place("Hartford", "CT", "061", "860", region_name="Connecticut"), _Place("Providence", "RI", "029", "401", region_name="Rhode Island"),
    _Place("Duluth", "MN", "558", "218", region_name="Minnesota"), _Place("Fargo", "ND", "581", "701", region_name="North Dakota"),
    _Place("Hilo", "HI", "967", "808", region_name="Hawaii"), _Place("Eugene", "OR", "974", "541", region_name="Oregon"),
)  # fmt: skip
_UK_PLACES: Final = (
    _Place("Leeds", "", "LS", "113", "Headingley"), _Place("Leeds", "", "LS", "113", "Harehills"), _Place("Bradford", "", "BD", "1274", "Manningham"),
    _Place("Sheffield", "", "S", "114", "Firth Park"), _Place("Manchester", "", "M", "161", "Moss Side"), _Place("Salford", "", "M", "161", ""),
    _Place("Stockport", "", "SK", "161", ""), _Place("Reading", "", "RG", "118", "Whitley"), _Place("Bath", "", "BA", "1225", "Twerton"),
    _Place("Wells", "", "BA", "1749", ""), _Place("Hastings", "", "TN", "1424", "Ore"), _Place("Chester", "", "CH", "1244", "Blacon"),
    _Place("Lincoln", "", "LN", "1522", ""), _Place("Norwich", "", "NR", "1603", "Mile Cross"), _Place("Ipswich", "", "IP", "1473", ""),
    _Place("Luton", "", "LU", "1582", "Bury Park"), _Place("Derby", "", "DE", "1332", "Normanton"), _Place("Leicester", "", "LE", "116", "Belgrave"),
    _Place("Coventry", "", "CV", "24", "Foleshill"), _Place("Swansea", "", "SA", "1792", "Townhill"), _Place("Cardiff", "", "CF", "29", "Splott"),
    _Place("Belfast", "", "BT", "28", "Andersonstown"), _Place("Sunderland", "", "SR", "191", ""), _Place("Gateshead", "", "NE", "191", ""),
    _Place("Hull", "", "HU", "1482", "Bransholme"), _Place("York", "", "YO", "1904", ""), _Place("Whitby", "", "YO", "1947", ""),
    _Place("Deal", "", "CT", "1304", ""), _Place("March", "", "PE", "1354", ""), _Place("Bury", "", "BL", "161", ""),
    _Place("Wigan", "", "WN", "1942", ""), _Place("Bolton", "", "BL", "1204", ""), _Place("Plymouth", "", "PL", "1752", "Devonport"),
    _Place("Exeter", "", "EX", "1392", ""), _Place("Truro", "", "TR", "1872", ""), _Place("London", "", "E", "20", "Hackney"),
    _Place("London", "", "SE", "20", "Peckham"), _Place("Sale", "", "M", "161", ""),
)  # fmt: skip
_SC_PLACES: Final = (
    _Place("Glasgow", "", "G", "141", "Govan"), _Place("Glasgow", "", "G", "141", "Easterhouse"), _Place("Edinburgh", "", "EH", "131", "Leith"),
    _Place("Edinburgh", "", "EH", "131", "Craigmillar"), _Place("Dundee", "", "DD", "1382", "Lochee"), _Place("Aberdeen", "", "AB", "1224", "Torry"),
    _Place("Paisley", "", "PA", "141", ""), _Place("Inverness", "", "IV", "1463", ""), _Place("Kilmarnock", "", "KA", "1563", ""),
    _Place("Perth", "", "PH", "1738", ""), _Place("Stirling", "", "FK", "1786", ""), _Place("Motherwell", "", "ML", "1698", ""),
)  # fmt: skip
_CA_PLACES: Final = (
    _Place("Toronto", "ON", "M", "416", region_name="Ontario"), _Place("Mississauga", "ON", "L", "905", region_name="Ontario"),
    _Place("Hamilton", "ON", "L", "905", region_name="Ontario"), _Place("Ottawa", "ON", "K", "613", region_name="Ontario"),
    _Place("Sudbury", "ON", "P", "705", region_name="Ontario"), _Place("Thunder Bay", "ON", "P", "807", region_name="Ontario"),
    _Place("Winnipeg", "MB", "R", "204", region_name="Manitoba"), _Place("Regina", "SK", "S", "306", region_name="Saskatchewan"),
    _Place("Saskatoon", "SK", "S", "306", region_name="Saskatchewan"), _Place("Edmonton", "AB", "T", "780", region_name="Alberta"),
    _Place("Red Deer", "AB", "T", "403", region_name="Alberta"), _Place("Calgary", "AB", "T", "403", region_name="Alberta"),
    _Place("Victoria", "BC", "V", "250", region_name="British Columbia"), _Place("Surrey", "BC", "V", "604", region_name="British Columbia"),
    _Place("Kamloops", "BC", "V", "250", region_name="British Columbia"), _Place("Halifax", "NS", "B", "902", region_name="Nova Scotia"),
    _Place("Moncton", "NB", "E", "506", region_name="New Brunswick"), _Place("St. John's", "NL", "A", "709", region_name="Newfoundland and Labrador"),
    _Place("Gatineau", "QC", "J", "819", region_name="Quebec"), _Place("Sherbrooke", "QC", "J", "819", region_name="Quebec"),
    _Place("Whitehorse", "YT", "Y", "867", region_name="Yukon"), _Place("Iqaluit", "NU", "X", "867", region_name="Nunavut"),
)  # fmt: skip
_AU_PLACES: Final = (
    _Place("Parramatta", "NSW", "2150", "2"), _Place("Blacktown", "NSW", "2148", "2"), _Place("Liverpool", "NSW", "2170", "2"),
    _Place("Orange", "NSW", "2800", "2"), _Place("Dubbo", "NSW", "2830", "2"), _Place("Wollongong", "NSW", "2500", "2"),
    _Place("Footscray", "VIC", "3011", "3"), _Place("Dandenong", "VIC", "3175", "3"), _Place("Geelong", "VIC", "3220", "3"),
    _Place("Ballarat", "VIC", "3350", "3"), _Place("Logan Central", "QLD", "4114", "7"), _Place("Ipswich", "QLD", "4305", "7"),
    _Place("Townsville", "QLD", "4810", "7"), _Place("Cairns", "QLD", "4870", "7"), _Place("Gladstone", "QLD", "4680", "7"),
    _Place("Elizabeth", "SA", "5112", "8"), _Place("Salisbury", "SA", "5108", "8"), _Place("Midland", "WA", "6056", "8"),
    _Place("Armadale", "WA", "6112", "8"), _Place("Bunbury", "WA", "6230", "8"), _Place("Darwin", "NT", "0800", "8"),
    _Place("Palmerston", "NT", "0830", "8"), _Place("Alice Springs", "NT", "0870", "8"), _Place("Launceston", "TAS", "7250", "3"),
    _Place("Glenorchy", "TAS", "7010", "3"), _Place("Belconnen", "ACT", "2617", "2"),
)  # fmt: skip
_IE_PLACES: Final = (
    _Place("Tallaght", "Dublin", "D24", "1", "Dublin 24"), _Place("Finglas", "Dublin", "D11", "1", "Dublin 11"),
    _Place("Swords", "Dublin", "K67", "1"), _Place("Bray", "Wicklow", "A98", "1"), _Place("Naas", "Kildare", "W91", "45"),
    _Place("Navan", "Meath", "C15", "46"), _Place("Drogheda", "Louth", "A92", "41"), _Place("Dundalk", "Louth", "A91", "42"),
    _Place("Mullingar", "Westmeath", "N91", "44"), _Place("Athlone", "Westmeath", "N37", "90"), _Place("Ennis", "Clare", "V95", "65"),
    _Place("Limerick", "Limerick", "V94", "61"), _Place("Tralee", "Kerry", "V92", "66"), _Place("Mallow", "Cork", "P51", "22"),
    _Place("Cork", "Cork", "T12", "21"), _Place("Waterford", "Waterford", "X91", "51"), _Place("Kilkenny", "Kilkenny", "R95", "56"),
    _Place("Carlow", "Carlow", "R93", "59"), _Place("Galway", "Galway", "H91", "91"), _Place("Tuam", "Galway", "H54", "93"),
    _Place("Castlebar", "Mayo", "F23", "94"), _Place("Sligo", "Sligo", "F91", "71"), _Place("Letterkenny", "Donegal", "F92", "74"),
    _Place("Cavan", "Cavan", "H12", "49"), _Place("Portlaoise", "Laois", "R32", "57"), _Place("Kilcullen", "Kildare", "R56", "45"),
    _Place("Nenagh", "Tipperary", "E45", "67"),
)  # fmt: skip
_NZ_PLACES: Final = (
    _Place("Otara", "", "2023", "9", "Auckland"), _Place("Mangere", "", "2022", "9", "Auckland"), _Place("Papakura", "", "2110", "9", "Auckland"),
    _Place("Henderson", "", "0612", "9", "Auckland"), _Place("Glen Innes", "", "1072", "9", "Auckland"), _Place("Porirua East", "", "5024", "4", "Porirua"),
    _Place("Naenae", "", "5011", "4", "Lower Hutt"), _Place("Frankton", "", "3204", "7", "Hamilton"), _Place("Dinsdale", "", "3204", "7", "Hamilton"),
    _Place("Flaxmere", "", "4120", "6", "Hastings"), _Place("Onekawa", "", "4110", "6", "Napier"), _Place("Aranui", "", "8061", "3", "Christchurch"),
    _Place("Hornby", "", "8042", "3", "Christchurch"), _Place("South Dunedin", "", "9012", "3", "Dunedin"), _Place("Kaitaia", "", "0410", "9", "Kaitaia"),
    _Place("Whanganui East", "", "4500", "6", "Whanganui"), _Place("Tokoroa", "", "3420", "7", "Tokoroa"), _Place("Nelson South", "", "7010", "3", "Nelson"),
    _Place("Gore", "", "9710", "3", "Gore"), _Place("Timaru", "", "7910", "3", "Timaru"), _Place("Levin", "", "5510", "6", "Levin"),
    _Place("Fordlands", "", "3015", "7", "Rotorua"), _Place("Ōpōtiki", "", "3122", "7", "Ōpōtiki"), _Place("Kaiti", "", "4010", "6", "Gisborne"),
)  # fmt: skip
_PLACES: Final[dict[str, tuple[_Place, ...]]] = {
    "US": _US_PLACES, "UK": _UK_PLACES, "SC": _SC_PLACES, "CA": _CA_PLACES, "AU": _AU_PLACES, "IE": _IE_PLACES, "NZ": _NZ_PLACES,
}  # fmt: skip
_US_COUNTIES: Final = (
    "Franklin",
    "Cuyahoga",
    "Hamilton",
    "Montgomery",
    "Lake",
    "Marion",
    "Wayne",
    "Kent",
    "Essex",
    "Bexar",
    "Pima",
    "Fulton",
    "DeKalb",
    "Cook",
    "Washtenaw",
    "Pierce",
    "Multnomah",
    "Hidalgo",
    "Lancaster",
    "Douglas",
)
_STREET_NAMES: Final = (
    "Maple", "Oak", "Elm", "Cedar", "Pine", "Birch", "Willow", "Chestnut", "Church", "Station", "Mill", "Victoria", "Albert",
    "Queen", "George", "Park", "Bishop's", "Hunter", "Hope", "Rose", "Ward", "Page", "Bell", "Orchard", "Meadow", "Harbour",
    "Ridge", "Valley", "Highland", "Brook", "Riverside", "Castle", "Abbey", "Ferry", "Quarry", "Cherry", "Sycamore",
    "Lincoln", "Jefferson", "Grant", "Franklin", "Hawthorn", "Laurel", "Primrose", "Kingfisher", "Nelson", "Wellington",
)  # fmt: skip
_STREET_LOCAL: Final[dict[str, tuple[str, ...]]] = {
    "AU": ("Wattle", "Banksia", "Jacaranda", "Waratah", "Bottlebrush", "Kookaburra", "Lachlan", "Macquarie"),
    "NZ": ("Kowhai", "Pohutukawa", "Rata", "Tui", "Kauri", "Te Atatū", "Rimu", "Māhoe", "Titirangi"),
    "IE": ("Dollymount", "Griffith", "Ballymun", "Cill Dara", "Slievenamon", "Shannon", "Boreen", "Clonard"),
    "SC": ("Govan", "Duke", "Argyle", "Dalmarnock", "Balgray", "Craighall"),
    "CA": ("Sainte-Catherine", "Yonge", "Bloor", "Portage", "Jasper", "Robson", "Dufferin", "Laurier"),
}
_STREET_SUFFIX: Final[dict[str, tuple[str, ...]]] = {
    "US": ("St", "Street", "Ave", "Avenue", "Dr", "Drive", "Rd", "Road", "Ln", "Blvd", "Ct", "Way", "Pl"),
    "UK": (
        "Road",
        "Street",
        "Lane",
        "Avenue",
        "Close",
        "Crescent",
        "Grove",
        "Walk",
        "Way",
        "Gardens",
        "Terrace",
        "Mews",
    ),
    "SC": ("Road", "Street", "Terrace", "Crescent", "Place", "Gardens", "Wynd", "Drive"),
    "CA": ("Street", "St", "Avenue", "Ave", "Road", "Crescent", "Drive", "Boulevard"),
    "AU": ("Street", "St", "Road", "Rd", "Avenue", "Ave", "Parade", "Crescent", "Court", "Place", "Circuit"),
    "IE": ("Road", "Street", "Avenue", "Park", "Lawns", "Grove", "Heights", "Court", "Drive", "Close"),
    "NZ": ("Road", "Street", "Avenue", "Crescent", "Place", "Drive", "Terrace", "Way", "Grove"),
}
_EIRCODE_CHARS: Final = "ACDEFHKNPRTVWXY0123456789"


@dataclass(frozen=True)
class _Address:
    street: str
    town: str
    full: str
    postcode: str
    region: str


def _street_line(rng: random.Random, country: str) -> str:
    names = _STREET_NAMES + _STREET_LOCAL.get(country, ())
    base = (
        f"{rng.randint(1, 240 if country != 'US' else 9800)} {rng.choice(names)} {rng.choice(_STREET_SUFFIX[country])}"
    )
    roll = rng.random()
    if country == "US" and roll < 0.3:
        return base + rng.choice(
            (
                f", Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
                f" #{rng.randint(2, 320)}",
                f", Unit {rng.randint(1, 24)}",
            )
        )
    if country in ("UK", "SC", "IE") and roll < 0.3:
        return (
            rng.choice(
                (
                    f"Flat {rng.randint(1, 30)}, ",
                    f"Apartment {rng.randint(1, 80)}, ",
                    f"Flat {rng.randint(0, 3)}/{rng.randint(1, 4)}, ",
                )
            )
            + base
        )
    if country in ("AU", "NZ") and roll < 0.35:
        return f"{rng.randint(1, 12)}/{base}"
    return base


def _address(rng: random.Random, country: str, place: _Place | None = None) -> _Address:
    place = place or rng.choice(_PLACES[country])
    street = _street_line(rng, country)
    if country == "US":
        postcode = f"{place.postcode}{rng.randint(0, 99):02d}"
        full = f"{street}, {place.town}, {place.region} {postcode}"
    elif country in ("UK", "SC"):
        postcode = f"{place.postcode}{rng.randint(1, 28)} {rng.randint(0, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        locality = f"{place.extra}, " if place.extra and rng.random() < 0.6 else ""
        full = f"{street}, {locality}{place.town} {postcode}"
    elif country == "CA":
        letters = "ABCEGHJKLMNPRSTVWXYZ"
        postcode = f"{place.postcode}{rng.randint(0, 9)}{rng.choice(letters)} {rng.randint(0, 9)}{rng.choice(letters)}{rng.randint(0, 9)}"
        full = f"{street}, {place.town}, {place.region} {postcode}"
    elif country == "AU":
        postcode = place.postcode
        full = f"{street}, {place.town} {place.region} {postcode}"
    elif country == "IE":
        postcode = f"{place.postcode} {''.join(rng.choice(_EIRCODE_CHARS) for _ in range(4))}"
        middle = f"{place.extra}" if place.extra else f"Co. {place.region}"
        full = f"{street}, {place.town}, {middle}, {postcode}"
    else:  # NZ
        postcode = place.postcode
        full = (
            f"{street}, {place.town}, {place.extra} {postcode}"
            if place.extra != place.town
            else f"{street}, {place.town} {postcode}"
        )
    return _Address(street, place.town, full, postcode, place.region)


# ---------------------------------------------------------------------------------------------
# Telephone numbers: national significant number + formatting styles
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Phone:
    country: str
    mobile: bool
    area: str
    local: str


def _digits(rng: random.Random, n: int, *, first: str = "23456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _new_phone(rng: random.Random, country: str, place: _Place, *, mobile: bool) -> _Phone:
    if country in ("US", "CA"):
        area = (
            place.area
            if rng.random() < 0.7
            else rng.choice(("212", "617", "312", "415", "206", "647", "604", "905", "503", "720"))
        )
        return _Phone(country, mobile, area, _digits(rng, 3) + _digits(rng, 4, first="0123456789"))
    if country in ("UK", "SC"):
        if mobile:
            return _Phone(
                country,
                True,
                "7"
                + rng.choice(
                    (
                        "700",
                        "712",
                        "723",
                        "734",
                        "745",
                        "756",
                        "767",
                        "778",
                        "789",
                        "798",
                        "802",
                        "831",
                        "852",
                        "904",
                        "944",
                    )
                ),
                _digits(rng, 6, first="123456789"),
            )
        return _Phone(country, False, place.area, _digits(rng, 10 - len(place.area)))
    if country == "AU":
        if mobile:
            return _Phone(
                country,
                True,
                "4"
                + rng.choice(
                    (
                        "00",
                        "01",
                        "04",
                        "07",
                        "10",
                        "12",
                        "13",
                        "14",
                        "17",
                        "19",
                        "20",
                        "23",
                        "27",
                        "30",
                        "38",
                        "47",
                        "50",
                        "66",
                        "88",
                    )
                ),
                _digits(rng, 6, first="0123456789"),
            )
        return _Phone(country, False, place.area, _digits(rng, 8, first="3456789"))
    if country == "IE":
        if mobile:
            return _Phone(country, True, rng.choice(("83", "85", "86", "87", "89")), _digits(rng, 7))
        return _Phone(country, False, place.area, _digits(rng, 7))
    if mobile:  # NZ
        return _Phone(country, True, rng.choice(("21", "22", "27", "29")), _digits(rng, 7))
    return _Phone(country, False, place.area, _digits(rng, 7, first="2345789"))


def _phone_styles(p: _Phone) -> tuple[str, ...]:
    a, n = p.area, p.local
    if p.country in ("US", "CA"):
        e, ln = n[:3], n[3:]
        return (
            f"({a}) {e}-{ln}",
            f"{a}-{e}-{ln}",
            f"{a}.{e}.{ln}",
            f"+1 {a} {e} {ln}",
            f"{a}{e}{ln}",
            f"{a} {e} {ln}",
            f"+1-{a}-{e}-{ln}",
            f"1-{a}-{e}-{ln}",
            f"({a}){e}-{ln}",
        )
    if p.country in ("UK", "SC"):
        if p.mobile:
            nsn = a + n
            return (
                f"0{nsn[:4]} {nsn[4:]}",
                f"0{nsn}",
                f"+44 {nsn[:4]} {nsn[4:]}",
                f"+44 (0){nsn[:4]} {nsn[4:]}",
                f"0{nsn[:4]} {nsn[4:7]} {nsn[7:]}",
                f"+44{nsn}",
            )
        half = len(n) // 2 if len(n) == 8 else 3
        return (
            f"0{a} {n[:half]} {n[half:]}",
            f"(0{a}) {n}",
            f"+44 {a} {n[:half]} {n[half:]}",
            f"0{a}{n}",
            f"0{a} {n}",
            f"(0{a}) {n[:half]} {n[half:]}",
        )
    if p.country == "AU":
        if p.mobile:
            nsn = a + n
            return (
                f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}",
                f"0{nsn}",
                f"+61 {nsn[:3]} {nsn[3:6]} {nsn[6:]}",
                f"+61{nsn}",
                f"0{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
            )
        return (
            f"(0{a}) {n[:4]} {n[4:]}",
            f"0{a} {n[:4]} {n[4:]}",
            f"+61 {a} {n[:4]} {n[4:]}",
            f"0{a}{n}",
            f"(0{a}) {n[:4]}-{n[4:]}",
        )
    if p.country == "IE":
        if p.mobile:
            return (
                f"0{a} {n[:3]} {n[3:]}",
                f"0{a}{n}",
                f"+353 {a} {n[:3]} {n[3:]}",
                f"+353 (0){a} {n}",
                f"0{a}-{n}",
                f"(0{a}) {n[:3]} {n[3:]}",
            )
        return (
            f"(0{a}) {n[:3]} {n[3:]}",
            f"0{a} {n[:3]} {n[3:]}",
            f"+353 {a} {n[:3]} {n[3:]}",
            f"0{a}-{n}",
            f"0{a} {n}",
        )
    if p.mobile:  # NZ
        return (
            f"0{a} {n[:3]} {n[3:]}",
            f"0{a}{n}",
            f"+64 {a} {n[:3]} {n[3:]}",
            f"0{a}-{n[:3]} {n[3:]}",
            f"+64{a}{n}",
            f"(0{a}) {n[:3]} {n[3:]}",
        )
    return (
        f"(0{a}) {n[:3]} {n[3:]}",
        f"0{a} {n[:3]} {n[3:]}",
        f"0{a}-{n[:3]} {n[3:]}",
        f"+64 {a} {n[:3]} {n[3:]}",
        f"(0{a}) {n[:3]}-{n[3:]}",
    )


def _crisis_line(rng: random.Random, country: str) -> str:
    if country == "AU":
        return rng.choice(
            (
                f"13 {rng.randint(10, 99)} {rng.randint(10, 99)}",
                f"1300 {rng.randint(100, 999)} {rng.randint(100, 999)}",
                f"1800 {rng.randint(100, 999)} {rng.randint(100, 999)}",
            )
        )
    if country == "NZ":
        return rng.choice(
            (f"0800 {rng.randint(100, 999)} {rng.randint(100, 999)}", f"0800 {rng.randint(100000, 999999)}")
        )
    if country == "IE":
        return rng.choice(
            (
                f"1800 {rng.randint(100, 999)} {rng.randint(100, 999)}",
                f"1850 {rng.randint(100, 999)} {rng.randint(100, 999)}",
            )
        )
    if country in ("UK", "SC"):
        return rng.choice(
            (
                f"0800 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                f"0300 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                f"0808 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            )
        )
    return rng.choice(
        (
            f"1-800-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
            f"(888) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
            f"1-877-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
        )
    )


# ---------------------------------------------------------------------------------------------
# Identifiers with real check digits where the real ones have them
# ---------------------------------------------------------------------------------------------
def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def _nhs_number(rng: random.Random) -> str:
    while True:
        body = "".join(rng.choice("0123456789") for _ in range(9))
        if body[0] == "0":
            continue
        check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
        if check == 10:
            continue
        return body + str(0 if check == 11 else check)


def _chi_number(rng: random.Random, birth: dt.date) -> str:
    while True:
        body = f"{birth:%d%m%y}{rng.randint(0, 999):03d}"
        check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
        if check != 10:
            return body + str(0 if check == 11 else check)


def _ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def _npi(rng: random.Random) -> str:
    body = rng.choice("12") + "".join(rng.choice("0123456789") for _ in range(8))
    return body + _luhn_digit("80840" + body)


def _sin(rng: random.Random) -> str:
    body = rng.choice("1234567") + "".join(rng.choice("0123456789") for _ in range(7))
    full = body + _luhn_digit(body)
    return f"{full[:3]} {full[3:6]} {full[6:]}"


def _ohip(rng: random.Random) -> str:
    body = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(8))
    full = body + _luhn_digit(body)
    return f"{full[:4]}-{full[4:7]}-{full[7:]}-{rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')}"


def _medicare_au(rng: random.Random) -> str:
    body = rng.choice("23456") + "".join(rng.choice("0123456789") for _ in range(7))
    check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    return f"{body[:4]} {body[4:]}{check} {rng.randint(1, 9)}"


def _ppsn(rng: random.Random) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(7))
    second = rng.choice(("", "A", "B", "H", "W"))
    total = sum(int(c) * w for c, w in zip(digits, range(8, 1, -1), strict=True))
    if second:
        total += 9 * (ord(second) - 64)
    remainder = total % 23
    check = "W" if remainder == 0 else chr(64 + remainder)
    return digits + check + second


_NHI_LETTERS: Final = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _nhi(rng: random.Random) -> str:
    while True:
        letters = "".join(rng.choice(_NHI_LETTERS) for _ in range(3))
        digits = "".join(rng.choice("0123456789") for _ in range(3))
        total = sum((_NHI_LETTERS.index(ch) + 1) * w for ch, w in zip(letters, (7, 6, 5), strict=True))
        total += sum(int(d) * w for d, w in zip(digits, (4, 3, 2), strict=True))
        check = 11 - total % 11
        if check == 11:
            continue
        return f"{letters}{digits}{0 if check == 10 else check}"


def _alnum(rng: random.Random, pattern: str) -> str:
    """``A`` a capital letter (no I/O), ``9`` a digit, anything else literal."""
    out = []
    for ch in pattern:
        if ch == "A":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        elif ch == "9":
            out.append(rng.choice("0123456789"))
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Organisations (English notes)
# ---------------------------------------------------------------------------------------------
_SAINTS: Final = (
    "St Vincent's",
    "St Luke's",
    "St Joseph's",
    "St Mary's",
    "St James's",
    "St Brigid's",
    "St Columcille's",
    "St Michael's",
    "St Elizabeth's",
    "St Francis",
    "St John of God",
    "Holy Cross",
    "Sacred Heart",
    "Good Samaritan",
    "Mater Misericordiae",
    "St Patrick's",
    "St Anne's",
    "St Catherine's",
)
_TREES: Final = (
    "Rowan",
    "Hawthorn",
    "Willow",
    "Beech",
    "Larch",
    "Cedar",
    "Alder",
    "Linden",
    "Magnolia",
    "Heather",
    "Juniper",
    "Kowhai",
    "Wattle",
)


def _org(rng: random.Random, country: str, kind: str, surname: Callable[[], str], home: _Place) -> str:
    place = home if rng.random() < 0.5 else rng.choice(_PLACES[country])
    town = place.town if country != "NZ" else (place.extra if rng.random() < 0.7 else place.town)
    saint = rng.choice(_SAINTS)
    if country == "US":
        saint = saint.replace("St ", "St. ")
    county = rng.choice(_US_COUNTIES)
    table: dict[str, tuple[str, ...]] = {
        "hosp": {
            "US": (
                f"{town} General Hospital",
                f"{saint} Medical Center",
                f"{town} Children's Hospital",
                f"{town} Regional Medical Center",
                f"Mercy Hospital {town}",
                f"{county} County Medical Center",
                f"{town} Behavioral Health Hospital",
            ),
            "UK": (
                f"{town} General Infirmary",
                f"Royal {town} Hospital",
                f"{saint} Hospital",
                f"{town} Royal Infirmary",
                f"{town} District General Hospital",
                f"{saint} University Hospital",
            ),
            "SC": (
                f"{town} Royal Infirmary",
                f"Royal Hospital for Children {town}",
                f"{saint} Hospital",
                f"University Hospital {town}",
                f"{town} Royal Hospital",
            ),
            "CA": (
                f"{town} General Hospital",
                f"{saint} Hospital",
                f"{town} Health Sciences Centre",
                f"Hôpital {rng.choice(('Sainte-Justine', 'Saint-Luc', 'Notre-Dame', 'Sacré-Cœur'))}",
                f"{town} Regional Health Centre",
            ),
            "AU": (
                f"Royal {town} Hospital",
                f"{town} Hospital",
                f"{saint} Hospital {town}",
                f"{town} Base Hospital",
                f"Mater Hospital {town}",
            ),
            "IE": (
                f"University Hospital {town}",
                f"{saint} University Hospital",
                f"{town} General Hospital",
                f"Regional Hospital {town}",
                "Our Lady of Lourdes Hospital",
                f"{saint} Hospital",
            ),
            "NZ": (
                f"{town} Hospital",
                "Middlemore Hospital",
                f"{town} Public Hospital",
                "Starship Children's Hospital",
                f"{town} Base Hospital",
            ),
        }[country],
        "practice": {
            "US": (
                f"{town} Family Medicine",
                f"{town} Pediatrics",
                f"{county} Community Health Center",
                f"{rng.choice(_TREES)} Street Clinic",
            ),
            "UK": (
                f"The {town} Surgery",
                f"{town} Health Centre",
                f"{rng.choice(_TREES)} Medical Practice",
                f"{place.extra or town} Medical Centre",
            ),
            "SC": (
                f"{town} Health Centre",
                f"{place.extra or town} Medical Practice",
                f"{rng.choice(_TREES)} Practice",
            ),
            "CA": (
                f"{town} Family Health Team",
                f"{town} Community Health Centre",
                f"{rng.choice(_TREES)} Medical Clinic",
            ),
            "AU": (f"{town} Medical Centre", f"{town} Family Practice", f"{rng.choice(_TREES)} Street Medical"),
            "IE": (f"{town} Medical Centre", f"{town} Family Practice", f"The {rng.choice(_TREES)} Clinic"),
            "NZ": (f"{town} Medical Centre", f"{town} Family Doctors", f"{rng.choice(_TREES)} Health"),
        }[country],
        "school": {
            "US": (
                f"{town} Elementary School",
                f"{town} Middle School",
                f"{county} High School",
                f"{saint} Catholic School",
            ),
            "UK": (
                f"{town} Primary School",
                f"{saint} RC Primary School",
                f"{town} Academy",
                f"{place.extra or town} Community High School",
            ),
            "SC": (f"{town} Primary School", f"{place.extra or town} Academy", f"{saint} RC Primary"),
            "CA": (
                f"{town} Public School",
                f"{saint} Catholic Elementary School",
                f"{town} Collegiate Institute",
                f"École {rng.choice(('Saint-Joseph', 'des Pionniers', 'Jeanne-Mance'))}",
            ),
            "AU": (
                f"{town} Public School",
                f"{town} Primary School",
                f"{saint} Catholic College",
                f"{town} State High School",
            ),
            "IE": (
                f"{saint} National School",
                "Scoil Mhuire",
                f"{town} Community College",
                f"Gaelscoil {rng.choice(('Bhríde', 'an Chuilinn', 'na Cille'))}",
            ),
            "NZ": (
                f"{town} School",
                f"{town} Intermediate",
                f"{town} College",
                f"Te Kura o {rng.choice(('Ngā Tapuwae', 'Hoani Waititi', 'Te Rito'))}",
            ),
        }[country],
        "court": {
            "US": (
                f"{county} County Family Court",
                f"{county} County Probate Court",
                f"{county} County Juvenile Court",
                f"Superior Court of {place.region_name}",
            ),
            "UK": (
                f"{town} Family Court",
                f"{town} Magistrates' Court",
                f"{town} Crown Court",
                "First-tier Tribunal (Mental Health)",
            ),
            "SC": (f"{town} Sheriff Court", f"Sheriff Court at {town}"),
            "CA": (
                "Ontario Court of Justice",
                f"{town} Family Court",
                f"Court of King's Bench of {place.region_name}",
                "Consent and Capacity Board",
            ),
            "AU": (
                "Federal Circuit and Family Court of Australia",
                f"{town} Children's Court",
                f"{town} Local Court",
                "Mental Health Review Tribunal",
            ),
            "IE": (
                f"{town} District Court",
                "Dublin District Court",
                "Mental Health Tribunal",
                f"{town} Circuit Court",
            ),
            "NZ": (f"Family Court at {town}", f"{town} District Court", f"Youth Court at {town}"),
        }[country],
        "pstn": {
            "US": (f"{town} Police Department", f"{county} County Sheriff's Office", f"{town} PD"),
            "UK": (f"{town} Police Station", f"{place.extra or town} Police Station", f"{town} Central Police Station"),
            "SC": (f"{town} Police Office", f"{place.extra or town} Police Station"),
            "CA": (f"{town} Police Service", f"RCMP {town} Detachment"),
            "AU": (f"{town} Police Station", f"{town} Police"),
            "IE": (f"{town} Garda Station",),
            "NZ": (f"{town} Police Station", f"{town} Central Police Station"),
        }[country],
        "charity": {
            "US": (
                "Catholic Charities",
                f"{town} Rescue Mission",
                "Salvation Army",
                "Ronald McDonald House",
                "Make-A-Wish",
                f"{town} Pregnancy Resource Center",
                "NAMI",
            ),
            "UK": (
                "Samaritans",
                "Cruse Bereavement Support",
                "Mind",
                "Barnardo's",
                "NSPCC",
                "Marie Curie",
                "Macmillan Cancer Support",
                "Women's Aid",
                "Shelter",
                f"{town} Foodbank",
            ),
            "SC": ("SAMH", "Children 1st", "Cruse Scotland", "Marie Curie", f"{town} Foodbank", "Maggie's"),
            "CA": (
                "Canadian Mental Health Association",
                "Salvation Army",
                f"{town} Food Bank",
                "Ronald McDonald House",
                "Canadian Cancer Society",
            ),
            "AU": (
                "Beyond Blue",
                "Red Cross",
                "Salvation Army",
                "Anglicare",
                "Canteen",
                "Uniting",
                "Griefline",
                "Foodbank",
                "Lifeline",
            ),
            "IE": (
                "Pieta",
                "Barnardos",
                "Irish Hospice Foundation",
                "St Vincent de Paul",
                "Jigsaw",
                "Aware",
                "ALONE",
                "Irish Cancer Society",
            ),
            "NZ": ("Plunket", "Barnardos", "Salvation Army", "Women's Refuge", "Skylight", "Cancer Society", "Le Va"),
        }[country],
        "cc": {
            "US": (f"{town} Community Center", f"{town} YMCA", f"{county} County Food Pantry"),
            "UK": (f"{place.extra or town} Community Centre", f"{town} Family Hub", f"{town} Sure Start Centre"),
            "SC": (f"{place.extra or town} Community Centre", f"{town} Family Centre"),
            "CA": (f"{town} Community Centre", f"{town} Friendship Centre", f"{town} Native Friendship Centre"),
            "AU": (f"{town} Neighbourhood House", f"{town} Community Centre", f"{town} PCYC"),
            "IE": (f"{town} Family Resource Centre", f"{town} Community Centre", f"{town} Men's Shed"),
            "NZ": (
                f"{rng.choice(('Ōrākei', 'Ngā Hau e Whā', 'Tūrangawaewae', 'Hoani Waititi', 'Pipitea'))} Marae",
                f"{town} Community House",
                f"{town} Pacific Community Centre",
            ),
        }[country],
        "employer": {
            "US": (
                "Walmart",
                "Amazon",
                "Kroger",
                "FedEx",
                "Tyson Foods",
                "Home Depot",
                f"{town} Public Schools",
                f"{surname()} Construction LLC",
                "Target",
                "UPS",
            ),
            "UK": (
                "Tesco",
                "Sainsbury's",
                "Royal Mail",
                "Amazon",
                f"{surname()} & Sons Builders",
                "Greggs",
                "Asda",
                "Arriva",
                f"{town} City Council",
            ),
            "SC": ("Tesco", "ScotRail", "Royal Mail", f"{surname()} Joinery Ltd", "Greggs", f"{town} City Council"),
            "CA": ("Tim Hortons", "Canada Post", "Loblaws", f"{surname()} Trucking Ltd.", "Canadian Tire", "Walmart"),
            "AU": (
                "Woolworths",
                "Coles",
                "Bunnings",
                "Australia Post",
                f"{surname()} Plumbing Pty Ltd",
                "Qantas",
                "Kmart",
            ),
            "IE": (
                "Dunnes Stores",
                "Tesco Ireland",
                "Intel Ireland",
                "An Post",
                f"{surname()} Haulage Ltd",
                "Aldi",
                "Penneys",
            ),
            "NZ": (
                "Countdown",
                "Fonterra",
                "Fletcher Building",
                "NZ Post",
                f"{surname()} Contracting Ltd",
                "Silver Fern Farms",
                "The Warehouse",
            ),
        }[country],
        "insurer": {
            "US": (
                "Blue Cross Blue Shield",
                "Aetna",
                "UnitedHealthcare",
                "Kaiser Permanente",
                "Cigna",
                "Humana",
                "Anthem",
            ),
            "UK": ("AXA Health", "Bupa", "Vitality", "Aviva"),
            "SC": ("AXA Health", "Bupa", "Aviva"),
            "CA": ("Sun Life", "Manulife", "Canada Life", "Green Shield Canada"),
            "AU": ("Bupa", "Medibank", "HCF", "nib"),
            "IE": ("VHI", "Laya Healthcare", "Irish Life Health"),
            "NZ": ("Southern Cross", "nib NZ", "AIA NZ"),
        }[country],
        "funeral": (
            f"{surname()} & Sons Funeral Directors",
            f"{surname()} Funeral Home",
            f"{surname()} Funerals",
            f"{town} Crematorium",
        ),
        "lawfirm": (
            f"{surname()} {surname()} Solicitors",
            f"{surname()} & Co.",
            f"{surname()} {surname()} LLP",
            f"{surname()} Law Group",
            f"{surname()} & Associates",
        ),
        "carehome": (
            f"{rng.choice(_TREES)} Lodge Care Home",
            f"{town} Manor Nursing Home",
            f"{rng.choice(_TREES)} Gardens",
            f"{rng.choice(_TREES)} Court Residential Care",
            f"{saint} Nursing Home",
        ),
        "rcparish": (f"{saint} Parish", f"{saint} Church", f"{saint} Parish, {town}"),
        "parish": (
            f"{saint} Parish",
            f"{saint} Church",
            f"{town} Presbyterian Church",
            f"{town} Tongan Methodist Church",
            f"{town} Baptist Church",
            f"{saint} Parish, {town}",
        ),
        "faith": (
            f"{town} Islamic Centre",
            f"{town} Gurdwara",
            f"Beth {rng.choice(('Shalom', 'El', 'Israel'))} Synagogue",
            f"{town} Hindu Temple",
            f"{saint} Church",
        ),
        "hospice": (
            f"{saint} Hospice",
            f"{town} Hospice",
            "Mary Potter Hospice",
            "Marie Curie Hospice",
            f"{rng.choice(_TREES)} House Hospice",
        ),
        "pharm": {
            "US": ("Walgreens", "CVS Pharmacy", "Rite Aid", f"{town} Apothecary"),
            "UK": ("Boots", "Lloyds Pharmacy", "Well Pharmacy", f"{surname()}'s Chemist"),
            "SC": ("Boots", "Lloyds Pharmacy", f"{surname()}'s Chemist"),
            "CA": ("Shoppers Drug Mart", "Rexall", "Jean Coutu", f"{town} Pharmasave"),
            "AU": ("Chemist Warehouse", "Priceline Pharmacy", "TerryWhite Chemmart", f"{town} Amcal"),
            "IE": ("Boots", "McCabes Pharmacy", "Hickey's Pharmacy", f"{surname()}'s Pharmacy"),
            "NZ": ("Life Pharmacy", "Unichem", "Bargain Chemist", f"{town} Pharmacy"),
        }[country],
        "council": {
            "US": (
                f"{county} County Department of Children and Family Services",
                f"{county} County Adult Protective Services",
                f"{town} Housing Authority",
            ),
            "UK": (f"{town} City Council", f"{town} Council", f"{town} Metropolitan Borough Council"),
            "SC": (f"{town} Health and Social Care Partnership", f"{town} City Council Social Work Services"),
            "CA": (f"Children's Aid Society of {town}", f"{town} Housing Corporation", f"City of {town}"),
            "AU": (f"{town} City Council", f"{town} Community Mental Health Service", f"{town} Housing Office"),
            "IE": (f"{place.region} County Council", f"{place.region} County Council Housing Section"),
            "NZ": (f"{town} City Council", f"{town} District Council"),
        }[country],
        "genelab": (
            "Ambry Genetics",
            "Invitae",
            "Myriad Genetics",
            "Sonic Genetics",
            "GeneDx",
            "Blueprint Genetics",
            f"{town} Genomic Laboratory",
        ),
        "lab": {
            "US": ("Quest Diagnostics", "LabCorp", f"{town} Public Health Laboratory"),
            "UK": (f"{town} Pathology", f"{town} Virology Laboratory", f"{town} Microbiology Laboratory"),
            "SC": (f"{town} Microbiology Laboratory",),
            "CA": ("LifeLabs", "Dynacare", f"{town} Public Health Laboratory"),
            "AU": ("Douglass Hanly Moir", "Australian Clinical Labs", "QML Pathology", "Melbourne Pathology"),
            "IE": ("National Virus Reference Laboratory", f"{town} Microbiology Laboratory"),
            "NZ": ("LabPLUS", "Awanui Labs", "Southern Community Laboratories", "Pathlab"),
        }[country],
        "mags": (f"{town} Magistrates' Court", f"{town} Magistrates Court"),
        "opo": (
            f"{place.region_name or 'Ohio'} Donor Network",
            "Gift of Life Donor Program",
            "LifeShare",
            "Lifeline of Ohio",
            "LifeCenter Northwest",
            "New England Donor Services",
        ),
        "uni": (
            f"University of {town}",
            f"{town} State University",
            "Trinity College Dublin",
            "University College Cork",
            f"{town} Institute of Medical Research",
            "University of Otago",
        ),
        "phu": {
            "US": (f"{county} County Public Health", f"{town} Health Department"),
            "UK": (f"{town} Health Protection Team",),
            "SC": (f"{town} Health Protection Team",),
            "CA": (f"{town} Public Health", f"{town} Regional Health Unit"),
            "AU": (f"{town} Public Health Unit",),
            "IE": (f"Department of Public Health {place.region}",),
            "NZ": (f"{town} Regional Public Health", "Toi Te Ora Public Health"),
        }[country],
        "bank": {
            "US": ("Chase", "Wells Fargo", f"{town} Federal Credit Union"),
            "UK": ("Barclays", "Lloyds Bank", "Nationwide"),
            "SC": ("Bank of Scotland", "Royal Bank of Scotland"),
            "CA": ("RBC", "TD Canada Trust", "Scotiabank"),
            "AU": ("Commonwealth Bank", "Westpac", "ANZ"),
            "IE": ("AIB", "Bank of Ireland", "PTSB", f"{town} Credit Union"),
            "NZ": ("ASB", "Kiwibank", "ANZ"),
        }[country],
        "cro": ("IQVIA", "Parexel", "ICON plc", "Syneos Health", "PPD", "Medpace"),
        "clinic": (
            f"{town} Community Mental Health Team",
            f"{rng.choice(_TREES)} Centre",
            f"{town} Early Intervention in Psychosis Service",
            f"{town} Behavioral Health",
            f"{town} Assertive Outreach Team",
        ),
        "fert": (f"{town} Fertility", f"{town} Reproductive Medicine Associates", f"{town} IVF"),
        "neuro": (f"{town} Neurology Associates", f"{town} Movement Disorders Clinic", f"{saint} Neurology"),
    }
    return rng.choice(table[kind])


_STAFF_DOMAINS: Final[dict[str, tuple[str, ...]]] = {
    "US": (
        "mercyhealth.org",
        "uhhospitals.org",
        "northwell.edu",
        "ochsner.org",
        "bjc.org",
        "hfhs.org",
        "promedica.org",
    ),
    "UK": ("nhs.net", "leedsth.nhs.uk", "mft.nhs.uk", "nhs.net"),
    "SC": ("nhs.scot", "ggc.scot.nhs.uk", "nhslothian.scot"),
    "CA": ("uhn.ca", "sinaihealth.ca", "ahs.ca", "fraserhealth.ca", "nshealth.ca"),
    "AU": ("health.nsw.gov.au", "svha.org.au", "monashhealth.org", "health.qld.gov.au", "sa.gov.au"),
    "IE": ("hse.ie", "svhg.ie", "tuh.ie", "ucc.ie"),
    "NZ": ("adhb.govt.nz", "cdhb.health.nz", "waikatodhb.health.nz", "healthnz.govt.nz"),
}
_HOME_DOMAINS: Final[dict[str, tuple[str, ...]]] = {
    "US": ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "hotmail.com"),
    "UK": ("gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com"),
    "SC": ("gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com"),
    "CA": ("gmail.com", "rogers.com", "shaw.ca", "sympatico.ca", "outlook.com", "hotmail.ca"),
    "AU": ("gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com", "icloud.com", "hotmail.com.au"),
    "IE": ("gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "outlook.ie"),
    "NZ": ("gmail.com", "xtra.co.nz", "hotmail.co.nz", "outlook.com", "slingshot.co.nz"),
}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", _ascii(text).lower())


def _email_for(rng: random.Random, person: _Person, domain: str, *, staff: bool) -> str:
    first, last = _slug(person.first), _slug(person.last)
    yy = rng.randint(50, 99) if rng.random() < 0.5 else rng.randint(1, 12)
    if staff:
        local = rng.choice((f"{first}.{last}", f"{first[0]}.{last}", f"{first}{last}", f"{last}.{first}"))
    else:
        local = rng.choice(
            (
                f"{first}.{last}{yy}",
                f"{first[0]}{last}",
                f"{first}{last}",
                f"{_slug(person.nick)}{yy}",
                f"{last}_{first}",
                f"{first}.{last}",
                f"{first}{yy}{last[:1]}",
            )
        )
    return f"{local}@{domain}"


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


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _en_date(rng: random.Random, day: dt.date, country: str, style: str) -> str:
    us = country == "US"
    mon, month = _MONTHS[day.month - 1][:3], _MONTHS[day.month - 1]
    d, m, y, yy = day.day, day.month, day.year, day.year % 100
    styles: dict[str, tuple[str, ...]] = {
        "n": (f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{yy:02d}", f"{m:02d}-{d:02d}-{y}")
        if us
        else (
            f"{d:02d}/{m:02d}/{y}",
            f"{d}/{m}/{y}",
            f"{d}/{m}/{yy:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d:02d}/{m:02d}/{yy:02d}",
        ),
        "l": (f"{month} {d}, {y}", f"{mon} {d}, {y}", f"{month} {_ordinal(d)}, {y}")
        if us
        else (f"{d} {month} {y}", f"{_ordinal(d)} {month} {y}", f"{d} {mon} {y}", f"{_ordinal(d)} of {month} {y}"),
        "m": (f"{d:02d}-{mon}-{y}", f"{d:02d}-{mon.upper()}-{y}", f"{d}-{mon}-{yy:02d}", f"{d:02d}{mon.upper()}{y}"),
        "s": (f"{m}/{d}", f"{month} {d}", f"{mon} {_ordinal(d)}", f"{month} {_ordinal(d)}")
        if us
        else (f"{d}/{m}", f"{d} {month}", f"{_ordinal(d)} {mon}", f"{d}/{m:02d}", f"{_ordinal(d)} {month}"),
        "iso": (day.isoformat(),),
        "us": (f"{m:02d}/{d:02d}/{y}",),
        "dm": (f"{d:02d}/{m:02d}/{y}",),
    }
    if style == "any":
        style = rng.choice(("n", "n", "l", "m", "iso") if not us else ("n", "n", "n", "l", "m"))
    return rng.choice(styles[style])


def _years_before(day: dt.date, years: int, rng: random.Random) -> dt.date:
    return day - dt.timedelta(days=int(years * 365.25) + rng.randrange(1, 360))


def _age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


# ---------------------------------------------------------------------------------------------
# Lazy value tables
# ---------------------------------------------------------------------------------------------
class _Values(dict[str, str]):
    """A value table that makes each value the first time a template asks for it."""

    def __init__(self, factory: Callable[[str], str]) -> None:
        super().__init__()
        self._factory = factory

    def __missing__(self, key: str) -> str:
        value = self._factory(key)
        self[key] = value
        return value


_DATE_KEY = re.compile(r"^(d|nx)(\d+)(?:_([a-z]+))?$")
_BIRTH_KEY = re.compile(r"^b(age|kid|old)(\d+)(?:_([a-z]+))?$")
_DOB_KEY = re.compile(r"^dob(?:_([a-z]+))?$")
_PERSON_KEY = re.compile(r"^(pt|[a-z]*\d+)_([a-z]+)$")
_EMAIL_KEY = re.compile(r"^(em|emh)_(pt|[a-z]*\d+)$")
_SIMPLE_KEY = re.compile(r"^([a-z]+?)(\d*)(?:_([a-z]+))?$")


@dataclass(frozen=True)
class _Spec:
    country: str
    gender: str  # "f", "m" or "x" (either)
    min_age: int
    max_age: int
    origin: str | None = None  # the patient's name origin, when the setting implies one


class _EnNote:
    """Everything one English note says about its people, places and numbers."""

    def __init__(self, rng: random.Random, spec: _Spec) -> None:
        self.rng = rng
        self.country = spec.country
        self.anchor = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 2370))
        self.gap = rng.randint(1, 5)
        self.place = rng.choice(_PLACES[self.country])
        female = {"f": True, "m": False}.get(spec.gender, rng.random() < 0.5)
        self.patient = _make_person(rng, self.country, female=female, origin=spec.origin)
        self.origin_last = self.patient.last
        age = rng.randint(spec.min_age, spec.max_age)
        self.dob = (
            self.anchor - dt.timedelta(days=rng.randrange(20, 330))
            if age == 0
            else _years_before(self.anchor, age, rng)
        )
        self.age = _age_on(self.dob, self.anchor)
        self.addr = _address(rng, self.country, self.place)
        self.phone = _new_phone(rng, self.country, self.place, mobile=rng.random() < 0.75)
        styles = _phone_styles(self.phone)
        self.phone_text = rng.choice(styles)
        self.phone_variant = rng.choice([s for s in styles if s != self.phone_text])
        self.mrn = self._mrn()
        self.natid = self._natid()
        self.email = _email_for(rng, self.patient, rng.choice(_HOME_DOMAINS[self.country]), staff=False)
        self.people: dict[str, _Person] = {"pt": self.patient}
        self.phones: dict[str, _Phone] = {}
        self.numbers: dict[str, int] = {}
        self.objects: dict[str, str] = {}
        self.addresses: dict[str, _Address] = {}

    # -- the record ------------------------------------------------------------------------
    def _mrn(self) -> str:
        rng, c = self.rng, self.country
        if c == "US":
            return rng.choice(
                (
                    _alnum(rng, "99999999"),
                    "E" + _alnum(rng, "9999999"),
                    _alnum(rng, "999999999"),
                    "00" + _alnum(rng, "999999"),
                )
            )
        if c in ("UK", "SC"):
            return rng.choice(
                (_alnum(rng, "A9999999"), _alnum(rng, "AA999999"), _alnum(rng, "A999999A"), "RX" + _alnum(rng, "99999"))
            )
        if c == "CA":
            return rng.choice((_alnum(rng, "9999999"), _alnum(rng, "M99999999"), _alnum(rng, "99-999-999")))
        if c == "AU":
            return rng.choice((_alnum(rng, "9999999"), _alnum(rng, "MR999999"), _alnum(rng, "0999999")))
        if c == "IE":
            return rng.choice((_alnum(rng, "999999"), _alnum(rng, "9999999"), _alnum(rng, "A999999")))
        return rng.choice((_alnum(rng, "A9999999"), _alnum(rng, "999999"), "H" + _alnum(rng, "9999999")))

    def _natid(self) -> str:
        rng, c = self.rng, self.country
        if c == "US":
            return _ssn(rng)
        if c == "UK":
            n = _nhs_number(rng)
            return rng.choice((f"{n[:3]} {n[3:6]} {n[6:]}", n))
        if c == "SC":
            return _chi_number(rng, self.dob)
        if c == "CA":
            return _ohip(rng) if rng.random() < 0.7 else _sin(rng)
        if c == "AU":
            return _medicare_au(rng)
        if c == "IE":
            return _ppsn(rng)
        return _nhi(rng)

    def known(self) -> tuple[KnownIdentifier, ...]:
        p = self.patient
        return (
            KnownIdentifier("PERSON", f"{p.first} {p.last}"),
            KnownIdentifier("PERSON", p.first),
            KnownIdentifier("PERSON", p.last),
            KnownIdentifier("ID", self.mrn),
            KnownIdentifier("ID", self.natid),
            KnownIdentifier("PHONE", self.phone_text),
            KnownIdentifier("ADDRESS", self.addr.street),
            KnownIdentifier("LOCATION", self.addr.town),
            KnownIdentifier("DATE", self.dob.isoformat()),
            KnownIdentifier("EMAIL", self.email),
        )

    # -- people ----------------------------------------------------------------------------
    def person(self, prefix: str) -> _Person:
        if prefix not in self.people:
            letters = re.sub(r"\d+", "", prefix)
            female = True if "f" in letters else False if "m" in letters else None
            related = "r" in letters
            origin = None
            if related or ("o" not in letters and self.rng.random() < 0.5):
                # Relatives and many others share the patient's background.
                origin = self._patient_origin()
            self.people[prefix] = _make_person(
                self.rng,
                self.country,
                female=female,
                origin=None if "w" in letters else origin,
                last=self.patient.last if related else None,
                word="w" in letters,
                particle="h" in letters,
            )
        return self.people[prefix]

    def _patient_origin(self) -> str | None:
        for key, origin in _ORIGINS.items():
            if self.patient.last in origin.last or self.patient.last in origin.last_female:
                return key if key != "word" else None
        return None

    # -- dates -----------------------------------------------------------------------------
    def date(self, kind: str, n: int) -> dt.date:
        if kind == "d":
            return (
                self.anchor - dt.timedelta(days=(9 - n) * self.gap)
                if n <= 9
                else self.anchor + dt.timedelta(days=(n - 9) * self.gap)
            )
        key = f"nx{n}"
        if key not in self.numbers:
            self.numbers[key] = n * self.rng.randint(5, 30)
        return self.anchor + dt.timedelta(days=self.numbers[key])

    def number(self, key: str, low: int, high: int) -> int:
        if key not in self.numbers:
            self.numbers[key] = self.rng.randint(low, high)
        return self.numbers[key]

    def phone_of(self, key: str, *, mobile: bool | None) -> _Phone:
        if key not in self.phones:
            place = self.place if self.rng.random() < 0.6 else self.rng.choice(_PLACES[self.country])
            is_mobile = self.rng.random() < 0.6 if mobile is None else mobile
            self.phones[key] = _new_phone(self.rng, self.country, place, mobile=is_mobile)
        return self.phones[key]

    def obj(self, key: str, make: Callable[[], str]) -> str:
        if key not in self.objects:
            self.objects[key] = make()
        return self.objects[key]

    def surname(self) -> str:
        return _make_person(self.rng, self.country).last

    # -- one value ---------------------------------------------------------------------------
    def value(self, key: str) -> str:
        rng, c = self.rng, self.country
        fixed = self._fixed(key)
        if fixed is not None:
            return fixed
        if m := _DOB_KEY.match(key):
            style = m.group(1) or "any"
            return _en_date(rng, self.dob, c, "n" if style == "any" and rng.random() < 0.6 else style)
        if m := _DATE_KEY.match(key):
            return _en_date(rng, self.date(m.group(1), int(m.group(2))), c, m.group(3) or "any")
        if m := _BIRTH_KEY.match(key):
            age = int(self.value(f"{m.group(1)}{m.group(2)}"))
            birth = self.obj(key.split("_")[0], lambda: _years_before(self.anchor, age, rng).isoformat())
            return _en_date(rng, dt.date.fromisoformat(birth), c, m.group(3) or "n")
        if m := _EMAIL_KEY.match(key):
            who = self.person(m.group(2))
            staff = m.group(1) == "em" and m.group(2) != "pt" and "r" not in m.group(2) and rng.random() < 0.7
            domains = _STAFF_DOMAINS[c] if staff else _HOME_DOMAINS[c]
            return _email_for(rng, who, rng.choice(domains), staff=staff)
        if (m := _PERSON_KEY.match(key)) and m.group(2) in PERSON_FORMS_EN:
            return _en_form(self.person(m.group(1)), m.group(2))
        if m := _SIMPLE_KEY.match(key):
            name, num, suffix = m.group(1), m.group(2), m.group(3) or ""
            maker = _EN_MAKERS.get(name)
            if maker is not None:
                return maker(self, name + num, suffix)
        filler = _EN_FILLERS.get(re.sub(r"\d+$", "", key))
        if filler is not None:
            return rng.choice(filler)
        raise KeyError(f"no value for template key {key!r}")

    def _fixed(self, key: str) -> str | None:
        p, a = self.patient, self.addr
        table: dict[str, Callable[[], str]] = {
            "pt_age": lambda: str(self.age),
            "pt_agew": lambda: _en_words(self.age),
            "mrn": lambda: self.mrn,
            "mrn_v": lambda: (
                self.mrn.lstrip("0")
                if self.mrn.startswith("0")
                else self.mrn.replace("-", "")
                if "-" in self.mrn
                else self.mrn[:-3] + " " + self.mrn[-3:]
                if self.mrn.isdigit()
                else self.mrn.lower()
            ),
            "natid": lambda: self.natid,
            "natid_v": lambda: self._natid_variant(),
            "ph_pt": lambda: self.phone_text,
            "ph_ptv": lambda: self.phone_variant,
            "em_pt": lambda: self.email,
            "addr_pt": lambda: a.street,
            "addr_pt_full": lambda: a.full,
            "pt_city": lambda: a.town,
            "pt_pc": lambda: a.postcode,
            "pt_state": lambda: self.place.region_name or self.place.region,
            "lastfour": lambda: self.natid.replace("-", "").replace(" ", "")[-4:],
            "rmh": lambda: "Ronald McDonald House",
            "lifeline": lambda: "Lifeline",
            "griefline": lambda: "Griefline",
            "scbs": lambda: "Suicide Call Back Service",
            "pt_handle": lambda: self.obj(
                "pt_handle", lambda: f"@{_slug(p.nick)}_{_slug(p.last)[:5]}{self.dob.year % 100:02d}"
            ),
        }
        make = table.get(key)
        return make() if make else None

    def _natid_variant(self) -> str:
        n = self.natid
        if self.country in ("US", "UK", "AU"):
            packed = n.replace("-", "").replace(" ", "")
            return packed if packed != n else f"{n[:3]} {n[3:6]} {n[6:]}"
        if self.country == "SC":
            return f"{n[:6]} {n[6:]}"
        if self.country == "CA":
            return n.replace("-", " ") if "-" in n else n.replace(" ", "")
        if self.country == "IE":
            return f"{n[:7]} {n[7:]}"
        return n


# ---------------------------------------------------------------------------------------------
# Value makers by key name (English notes). Each gets the note, the key without suffix, the suffix.
# ---------------------------------------------------------------------------------------------
def _mk_phone(note: _EnNote, key: str, suffix: str) -> str:
    kind = re.sub(r"\d+$", "", key)
    mobile = {"mob": True, "tel": False, "fax": False}.get(kind)
    styles = _phone_styles(note.phone_of(key, mobile=mobile))
    first = note.obj(f"{key}:style", lambda: note.rng.choice(styles))
    if suffix == "v":
        return note.rng.choice([s for s in styles if s != first])
    return first


def _mk_short(note: _EnNote, key: str, suffix: str) -> str:
    kind = re.sub(r"\d+$", "", key)
    rng = note.rng
    if kind == "ext":
        return note.obj(key, lambda: str(rng.randint(2000, 8999)) if rng.random() < 0.8 else str(rng.randint(100, 999)))
    if kind == "bleep":
        return note.obj(key, lambda: str(rng.randint(1000, 9899)) if rng.random() < 0.7 else str(rng.randint(100, 999)))
    if kind == "pager":
        return note.obj(
            key,
            lambda: (
                f"{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
                if note.country in ("US", "CA")
                else str(rng.randint(10000, 99999))
            ),
        )
    return note.obj(key, lambda: _crisis_line(rng, note.country))


def _mk_id(note: _EnNote, key: str, suffix: str) -> str:
    kind = re.sub(r"\d+$", "", key)
    rng, c = note.rng, note.country
    year = note.anchor.year
    yy = year % 100

    def make() -> str:
        if kind == "ssn":
            return _ssn(rng)
        if kind == "npi":
            return _npi(rng)
        if kind == "nhs":
            n = _nhs_number(rng)
            return rng.choice((f"{n[:3]} {n[3:6]} {n[6:]}", n))
        if kind == "chi":
            return _chi_number(rng, note.anchor - dt.timedelta(days=rng.randint(300, 30000)))
        if kind == "nhi":
            return _nhi(rng)
        if kind == "ppsn":
            return _ppsn(rng)
        if kind == "medicare":
            return _medicare_au(rng)
        if kind == "ohip":
            return _ohip(rng)
        if kind == "sin":
            return _sin(rng)
        if kind == "mrnx":
            return note._mrn()
        if kind == "enc":
            return {
                "US": _alnum(rng, "9999999999"),
                "CA": _alnum(rng, "99999999"),
                "AU": _alnum(rng, "IP9999999"),
                "NZ": _alnum(rng, "E99999999"),
            }.get(c, _alnum(rng, f"{yy:02d}-999999"))
        if kind == "acc":
            return rng.choice(
                (
                    _alnum(rng, f"S{yy:02d}-999999"),
                    _alnum(rng, f"HP{yy:02d}-99999"),
                    _alnum(rng, f"{yy:02d}H-99999"),
                    _alnum(rng, "AA99999999"),
                    _alnum(rng, f"G{yy:02d}-9999"),
                )
            )
        if kind == "ins":
            return {
                "US": rng.choice((_alnum(rng, "AAA999999999"), _alnum(rng, "W999999999"), _alnum(rng, "999999999-01"))),
                "AU": _alnum(rng, "99999999"),
                "IE": _alnum(rng, "9999999"),
                "NZ": _alnum(rng, "999999999"),
                "CA": _alnum(rng, "9999999-99"),
            }.get(c, _alnum(rng, "AA99999999"))
        if kind == "case":
            return {
                "US": rng.choice(
                    (
                        _alnum(rng, f"{year}-FC-999999"),
                        _alnum(rng, f"JV-{yy:02d}-99999"),
                        _alnum(rng, f"{yy:02d}PR99999"),
                    )
                ),
                "UK": _alnum(rng, f"AA{yy:02d}C99999"),
                "SC": _alnum(rng, f"AA{yy:02d}-99-99"),
                "CA": _alnum(rng, f"FS-{yy:02d}-9999999"),
                "AU": _alnum(rng, f"AAA9999/{year}"),
                "IE": _alnum(rng, f"{year}/99999 DCF"),
                "NZ": _alnum(rng, f"FAM-{year}-999-999999"),
            }[c]
        if kind == "sg":
            return rng.choice(
                (
                    _alnum(rng, f"CP-{yy:02d}-99999"),
                    _alnum(rng, f"MASH/{year}/99999"),
                    _alnum(rng, "CIN9999999"),
                    _alnum(rng, f"SG{yy:02d}-9999"),
                    _alnum(rng, f"{yy:02d}/999999"),
                )
            )
        if kind == "cust":
            return {
                "US": _alnum(rng, f"B{yy:02d}-999999"),
                "UK": _alnum(rng, f"99AA/9999/{yy:02d}"),
                "SC": _alnum(rng, f"AA99999{yy:02d}"),
                "CA": _alnum(rng, "99-999999"),
                "AU": _alnum(rng, "CNI 99999999"),
                "IE": _alnum(rng, "99999999"),
                "NZ": _alnum(rng, "PRN 9999999"),
            }[c]
        if kind == "collar":
            return _alnum(rng, rng.choice(("9999", "999", "99999A" if c == "IE" else "9999")))
        if kind == "crime":
            return rng.choice(
                (
                    _alnum(rng, f"99/99999/{yy:02d}"),
                    _alnum(rng, f"{year}0999-9999"),
                    _alnum(rng, "E99999999"),
                    _alnum(rng, "P099999999"),
                    _alnum(rng, f"{yy:02d}-999999"),
                )
            )
        if kind == "donor":
            return rng.choice(
                (_alnum(rng, "AAAA999"), _alnum(rng, "AA99999"), _alnum(rng, f"DN-{year}-9999"), _alnum(rng, "D999999"))
            )
        if kind == "subj":
            initials = (
                _initials(note.patient)[:3]
                if suffix == "pt"
                else "".join(rng.choice("ABCDEFGHJKLMNPRSTW") for _ in range(rng.choice((2, 3))))
            )
            return (
                f"{rng.randint(100, 130):03d}-{rng.randint(1, 60):03d}-{initials}"
                if rng.random() < 0.6
                else f"{initials}{rng.randint(1, 60):03d}"
            )
        if kind == "datix":
            return rng.choice(
                (_alnum(rng, "W999999"), _alnum(rng, "DW-99999"), _alnum(rng, f"IR{year}-9999"), _alnum(rng, "999999"))
            )
        if kind == "mha":
            return rng.choice(
                (_alnum(rng, f"MP/{year}/99999"), _alnum(rng, f"MHT/{yy:02d}/9999"), _alnum(rng, f"{yy:02d}/99999"))
            )
        if kind == "coroner":
            return _alnum(rng, f"COR-{year}-9999")
        if kind == "notary":
            return _alnum(rng, f"{year - rng.randint(1, 4)}-AA-999999")
        if kind == "reg":
            return {
                "US": _alnum(rng, "AA99999"),
                "UK": _alnum(rng, "9999999"),
                "SC": _alnum(rng, "9999999"),
                "CA": _alnum(rng, "99999"),
                "AU": _alnum(rng, "MED0009999999"),
                "IE": _alnum(rng, "999999"),
                "NZ": _alnum(rng, "99999"),
            }[c]
        if kind == "nmc":
            return _alnum(rng, "99A9999A")
        if kind == "plate":
            return {
                "US": _alnum(rng, "9AAA999"),
                "UK": _alnum(rng, f"AA{yy:02d} AAA"),
                "SC": _alnum(rng, f"AA{yy:02d} AAA"),
                "CA": _alnum(rng, "AAAA 999"),
                "AU": _alnum(rng, "9AA 9AA"),
                "IE": _alnum(rng, f"{yy:02d}1-A-99999").replace(
                    "-A-", rng.choice(("-D-", "-KE-", "-G-", "-C-", "-L-"))
                ),
                "NZ": _alnum(rng, "AAA999"),
            }[c]
        if kind == "handle":
            who = note.person(f"q{key[6:] or '0'}")
            return f"@{_slug(who.first)}{rng.choice(('_', '.', ''))}{_slug(who.last)[:6]}{rng.randint(1, 99)}"
        if kind == "acct":
            return _alnum(rng, "9999999999")
        return _alnum(rng, "AA999999")

    return note.obj(key, make)


def _mk_org(note: _EnNote, key: str, suffix: str) -> str:
    kind = re.sub(r"\d+$", "", key)
    return note.obj(key, lambda: _org(note.rng, note.country, kind, note.surname, note.place))


def _mk_place(note: _EnNote, key: str, suffix: str) -> str:
    kind = re.sub(r"\d+$", "", key)
    rng, c = note.rng, note.country

    def make() -> str:
        if kind == "county":
            return rng.choice(_US_COUNTIES) if c == "US" else rng.choice(_IE_PLACES).region
        place = rng.choice([p for p in _PLACES[c] if p.town != note.addr.town] or list(_PLACES[c]))
        if c == "NZ" and place.extra and (kind == "city" or rng.random() < 0.4):
            return place.extra
        if c in ("UK", "SC") and kind == "suburb" and place.extra:
            return place.extra
        return place.town

    return note.obj(key, make)


def _mk_address(note: _EnNote, key: str, suffix: str) -> str:
    kind = re.sub(r"\d+$", "", key)
    if key not in note.addresses:
        place = note.place if note.rng.random() < 0.4 else note.rng.choice(_PLACES[note.country])
        note.addresses[key] = _address(note.rng, note.country, place)
    address = note.addresses[key]
    if suffix == "town":
        return address.town
    if suffix == "pc":
        return address.postcode
    return address.street if kind == "street" else address.full


def _mk_age(note: _EnNote, key: str, suffix: str) -> str:
    kind = re.sub(r"\d+$", "", key)
    low, high = {
        "age": (19, 86), "kid": (1, 15), "teen": (12, 17), "old": (90, 104), "oldw": (90, 104), "agew": (20, 88), "baby": (1, 2),
        "elder": (78, 104), "mid": (45, 82), "young": (18, 50),
    }[kind]  # fmt: skip
    n = note.number(key, low, high)
    if kind in ("oldw", "agew"):
        return _en_words(n, article=note.rng.random() < 0.3)
    return str(n)


def _mk_email(note: _EnNote, key: str, suffix: str) -> str:
    rng = note.rng
    box = rng.choice(
        (
            "safeguarding.team",
            "mash",
            "contact.tracing",
            "bereavement",
            "chaplaincy",
            "mdt.coordinator",
            "genetics.admin",
            "transplant.office",
            "pals",
            "complaints",
            "research.office",
            "perinatal.mh",
        )
    )
    return note.obj(key, lambda: f"{box}@{rng.choice(_STAFF_DOMAINS[note.country])}")


def _mk_url(note: _EnNote, key: str, suffix: str) -> str:
    rng, c, p = note.rng, note.country, note.patient
    first, last = _slug(p.first), _slug(p.last)
    town = _slug(note.addr.town)
    n = rng.randint(100000, 9999999)
    token = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10))
    domain = rng.choice(_STAFF_DOMAINS[c])
    options: dict[str, tuple[str, ...]] = {
        "memorial": {
            "US": (
                f"https://www.legacy.com/us/obituaries/name/{first}-{last}-obituary?id={n}",
                f"https://www.tributearchive.com/obituaries/{n}/{first}-{last}",
            ),
            "UK": (
                f"https://funeral-notices.co.uk/national/all-notices/notice/{last}/{n}",
                f"https://www.muchloved.com/gateway/tribute.htm?trib={n}",
            ),
            "SC": (
                f"https://funeral-notices.co.uk/scotland/all-notices/notice/{last}/{n}",
                f"https://www.muchloved.com/gateway/tribute.htm?trib={n}",
            ),
            "CA": (
                f"https://www.legacy.com/ca/obituaries/name/{first}-{last}-obituary?id={n}",
                f"https://www.arbormemorial.ca/obituaries/{first}-{last}/{n}",
            ),
            "AU": (
                f"https://www.gofundme.com/f/{first}-{last}-funeral-fund",
                f"https://tributes.com.au/{first}-{last}-{n}",
            ),
            "IE": (f"https://rip.ie/death-notice/{first}-{last}-{town}-{_slug(note.addr.region)}/{n}",),
            "NZ": (
                f"https://givealittle.co.nz/cause/{first}-{last}-whanau-support",
                f"https://www.funeralnotices.co.nz/{last}-{first}/{n}",
            ),
        }[c],
        "fund": (
            f"https://www.gofundme.com/f/help-the-{last}-family",
            f"https://gofund.me/{token[:8]}",
            f"https://www.justgiving.com/crowdfunding/{first}-{last}-{n % 1000}",
        ),
        "tele": (
            f"https://{_slug(domain.split('.')[0])}.zoom.us/j/{rng.randint(10**9, 10**11 - 1)}",
            f"https://vc.healthdirect.org.au/t/{token}",
            f"https://nhs.attendanywhere.com/{token}",
            f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{token}",
        ),
        "social": (
            f"facebook.com/{first}.{last}.{n % 1000}",
            f"https://www.instagram.com/{_slug(p.nick)}_{last[:6]}/",
            f"https://www.tiktok.com/@{first}{last[:3]}{n % 100}",
            f"https://x.com/{first}_{last}",
        ),
        "portal": (
            f"https://mychart.{domain}/MyChart/",
            f"https://patientportal.{domain}/login",
            f"https://myhealth.{domain}/records/{n}",
        ),
        "doc": (
            f"https://{domain}/referrals/{token}.pdf",
            f"https://sharepoint.{domain}/sites/mdt/{token}",
            f"https://{domain}/docs/{n}",
        ),
        "survey": (
            f"https://forms.office.com/r/{token}",
            f"https://www.surveymonkey.com/r/{token[:7].upper()}",
            f"https://redcap.{domain}/surveys/?s={token.upper()}",
        ),
    }
    return note.obj(f"url_{suffix}", lambda: rng.choice(options[suffix]))


_EN_MAKERS: Final[dict[str, Callable[[_EnNote, str, str], str]]] = {
    **dict.fromkeys(("mob", "tel", "ph", "fax"), _mk_phone),
    **dict.fromkeys(("ext", "bleep", "pager", "crisis"), _mk_short),
    **dict.fromkeys(
        ("ssn", "npi", "nhs", "chi", "nhi", "ppsn", "medicare", "ohip", "sin", "mrnx", "enc", "acc", "ins", "case", "sg", "cust",
         "collar", "crime", "donor", "subj", "datix", "mha", "coroner", "notary", "reg", "nmc", "plate", "handle", "acct"),
        _mk_id,
    ),
    **dict.fromkeys(
        ("hosp", "practice", "school", "court", "pstn", "charity", "cc", "employer", "insurer", "funeral", "lawfirm", "carehome",
         "parish", "rcparish", "faith", "hospice", "pharm", "council", "lab", "genelab", "mags", "opo", "uni", "clinic", "fert", "neuro", "phu", "bank", "cro"),
        _mk_org,
    ),
    **dict.fromkeys(("city", "county", "suburb"), _mk_place),
    **dict.fromkeys(("addr", "street"), _mk_address),
    **dict.fromkeys(("age", "kid", "teen", "old", "oldw", "agew", "baby", "elder", "mid", "young"), _mk_age),
    "em": _mk_email,
    "yr": lambda note, key, suffix: str(note.anchor.year - note.number(key, 1, 7)),
    "url": _mk_url,
}  # fmt: skip


def _times() -> tuple[str, ...]:
    out = []
    for h in range(24):
        for mnt in (0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55):
            out.append(f"{h:02d}:{mnt:02d}")
            if mnt % 15 == 0:
                out.append(f"{h:02d}{mnt:02d}h")
                out.append(f"{(h % 12) or 12}.{mnt:02d}{'am' if h < 12 else 'pm'}")
    return tuple(out)


_EN_FILLERS: Final[dict[str, tuple[str, ...]]] = {
    "time": _times(),
    "bed": tuple(str(n) for n in range(1, 37)),
    "bay": tuple(f"{b}{n}" for b in "ABCD" for n in range(1, 7)),
    "room": tuple(str(n) for n in range(101, 450, 7)),
    "ward": (
        "Ward 4B",
        "Ward 7",
        "Ward 12",
        "Rowan Ward",
        "Nightingale Ward",
        "Seacole Ward",
        "Lister Ward",
        "Fleming Unit",
        "Ward 3 North",
        "5 East",
        "Kingfisher Ward",
        "Maple Unit",
        "CCU",
        "St Jude's Ward",
    ),
    "ga": tuple(f"{w}+{d}" for w in range(24, 42) for d in range(7)),
    "apgar": tuple(f"{a}, {b} and {c}" for a, b, c in ((8, 9, 9), (6, 8, 9), (9, 9, 10), (4, 7, 9), (7, 9, 9))),
    "weight": tuple(f"{g} g" for g in range(1650, 4400, 35)),
    "epds": tuple(str(n) for n in range(4, 24)),
    "phq": tuple(str(n) for n in range(3, 27)),
    "kscore": tuple(str(n) for n in range(14, 44)),
    "hb": tuple(str(n) for n in range(82, 152, 3)),
    "dur": ("3/7", "6/52", "2/12", "5/7", "48 hours", "10 days", "3/52", "1/12", "4/7", "18 months"),
    "year": tuple(str(y) for y in range(1962, 2019)),
    "lot": tuple(f"{a}{b}{n}" for a in "EFKR" for b in "JKTW" for n in (1041, 2231, 3377, 9012)),
    "icd": (
        "F20.0",
        "F31.2",
        "F32.2",
        "F43.1",
        "O80",
        "Z38.0",
        "C50.9",
        "C18.7",
        "Z80.3",
        "G10",
        "A15.0",
        "B05.9",
        "T74.1",
        "Z63.4",
        "F10.2",
        "N18.5",
        "C91.0",
        "Q90.9",
    ),
    "dose": (
        "5 mg",
        "10 mg",
        "20 mg",
        "50 mg",
        "100 mg",
        "150 mg",
        "200 mg",
        "400 mg",
        "2.5 mg",
        "0.5 mg",
        "1 g",
        "7.5 mg",
    ),
    "nct": tuple(f"NCT0{n}" for n in (4561234, 5123987, 3987402, 4410021, 5532110, 6011876)),
    "rec": tuple(
        f"{y}/{r}/{n:04d}" for y in (21, 22, 23, 24) for r in ("LO", "NE", "WA", "SC", "YH") for n in (123, 1187, 77)
    ),
    "iras": tuple(str(n) for n in range(289001, 342000, 1013)),
    "hla": ("A2 A24 B44 B51 DR4 DR15", "A1 A3 B7 B8 DR3 DR15", "A2 A11 B35 B62 DR1 DR13", "A24 A33 B58 B13 DR7 DR17"),
    "flight": ("NZ 102", "QF 412", "EI 154", "AC 851", "UA 934", "VA 1437", "BA 1466"),
    "gcs": ("15/15", "14/15", "E4V4M6", "15"),
    "bmi": tuple(f"{n / 10:.1f}" for n in range(176, 412, 7)),
    "year_group": ("1", "2", "3", "4", "5", "6", "7", "8", "9"),
    "cigs": ("10", "15", "20", "5", "30"),
    "man": tuple(str(n) for n in range(14, 35)),
    "risk": tuple(f"{n / 10:.1f}" for n in range(18, 99, 4)),
    "proto": ("117", "204", "311", "452", "508", "623"),
    "scr": tuple(f"{n:03d}" for n in range(1, 240, 3)),
}


# ---------------------------------------------------------------------------------------------
# Variable-length blocks (English). Each returns markup; keys use numbers 40+ so they never clash.
# ---------------------------------------------------------------------------------------------
def _pick(rng: random.Random, lines: list[_T], low: int, high: int) -> list[_T]:
    return rng.sample(lines, k=min(len(lines), rng.randint(low, high)))


def _frag_attendees_uk(note: _EnNote) -> str:
    lines = [
        "- <<PERSON:f41_full>>, Team Manager, <<ORG:council41>> (chair)",
        "- <<PERSON:p42_full>>, allocated Social Worker, mobile <<PHONE:mob42>>",
        "- DS <<PERSON:m43_full>>, Safeguarding Unit, <<ORG:pstn43>>",
        "- Dr <<PERSON:p44_ilast>>, Named Doctor for Safeguarding, <<ORG:hosp1>>",
        "- <<PERSON:f45_full>>, School Nurse (<<PHONE:tel45>>)",
        "- <<PERSON:f46_full>>, Designated Safeguarding Lead, <<ORG:school1>>",
        "- <<PERSON:p47_caps>>, IDVA, <<ORG:charity47>>",
        "- <<PERSON:f48_init>> — minute taker",
        "- <<PERSON:p49_full>>, Early Help Practitioner, <<ORG:cc49>>",
    ]
    return "\n".join(_pick(note.rng, lines, 4, 7))


def _frag_contacts_pipe(note: _EnNote) -> str:
    rows = [
        "| <<PERSON:rp50_full>> | sibling | <<AGE:kid50>> | <<PHONE:mob50>> | 1 dose | quarantine until <<DATE:nx1_s>> |",
        "| <<PERSON:rf51_full>> | grandmother | <<AGE:elder51>> | <<PHONE:tel51>> | unknown | bloods for IgG <<DATE:d9_s>> |",
        "| <<PERSON:p52_full>> | classmate | <<AGE:kid52>> | <<PHONE:mob52>> (mum <<PERSON:f53_first>>) | 2 doses | letter only |",
        "| <<PERSON:m54_lf>> | church youth leader | <<AGE:age54>> | <<PHONE:mob54>> | 2 doses | symptom watch |",
        "| <<PERSON:f55_full>> | aunty (household) | <<AGE:age55>> | <<PHONE:mob55>> | 0 doses | MMR given <<DATE:d9_s>>, lot {lot} |",
        "| baby <<PERSON:rp56_first>> | cousin | <<AGE:baby56>> | via aunty | n/a (<6/12) | NHIG <<DATE:d9_s>> |",
        "| <<PERSON:p57_upper>> | bus driver | <<AGE:age57>> | <<PHONE:mob57>> | unknown | declined |",
        "| <<PERSON:wf58_full>> | neighbour | <<AGE:age58>> | <<PHONE:tel58>> | born <1969 | presumed immune |",
    ]
    head = "| Name | Relationship | Age | Phone | MMR | Action |\n|---|---|---|---|---|---|\n"
    return head + "\n".join(_pick(note.rng, rows, 4, 7))


def _frag_contacts_csv(note: _EnNote) -> str:
    rows = [
        '"<<PERSON:p60_lf>>",spouse,<<AGE:age60>>,<<PHONE:mob60>>,<<DATE:d9_iso>>,14,pos,"CXR clear, start 3HP"',
        '"<<PERSON:rp61_lf>>",son,<<AGE:kid61>>,<<PHONE:mob60_v>>,<<DATE:d9_iso>>,0,neg,"repeat TST 8 wk"',
        '<<PERSON:m62_full>>,coworker,<<AGE:age62>>,<<PHONE:mob62>>,<<DATE:nx1_iso>>,,pending,"night shift, same line"',
        '<<PERSON:f63_full>>,friend,<<AGE:age63>>,<<PHONE:tel63>>,,,,"lost to f/u - left msg x3"',
        '"<<PERSON:rf64_lf>>",mother,<<AGE:elder64>>,<<PHONE:tel64>>,<<DATE:d8_iso>>,6,neg,"Hx BCG; lives in <<LOCATION:city64>>"',
        '<<PERSON:p65_full>>,carpool,<<AGE:age65>>,<<PHONE:mob65>>,<<DATE:nx1_iso>>,11,,"IGRA ordered"',
        '"<<PERSON:hp66_lf>>",roommate,<<AGE:age66>>,<<PHONE:mob66>>,<<DATE:d8_iso>>,17,pos,"refused LTBI tx"',
    ]
    return "\n".join(_pick(note.rng, rows, 4, 7))


def _frag_pedigree(note: _EnNote) -> str:
    rng = note.rng
    lines = [
        "I-1 <<PERSON:m70_full>> (maternal grandfather), d. aged <<AGE:elder70>> — prostate ca at 77",
        "I-2 <<PERSON:f71_full>> (maternal grandmother), <<AGE:elder71>>, alive in a nursing home in <<LOCATION:city71>>; breast ca aged 52",
        'I-3 <<PERSON:rm72_first>> (paternal grandfather), d. <<AGE:elder72>>, "stomach trouble"',
        "II-1 <<PERSON:rm73_first>> (father), <<AGE:mid73>>, well",
        "II-2 <<PERSON:f74_full>> (mother), <<AGE:mid74>>, ovarian ca dx {year}, BRCA1 c.68_69del (tested <<DATE:d3_s>>)",
        "II-3 <<PERSON:f75_first>> (maternal aunt), <<AGE:mid75>>, bilateral breast ca, BRCA1+",
        "II-4 <<PERSON:m76_lower>> (maternal uncle), d. 58, pancreatic ca",
        "III-1 <<PERSON:rf77_first>> (sister), <<AGE:young77>>, not tested, lives in <<LOCATION:city77>>",
        "III-3 <<PERSON:rm78_first>> (brother), <<AGE:young78>>, declined testing",
        "III-5 <<PERSON:f79_full>> (cousin, daughter of II-3), <<AGE:young79>>, BRCA1+ (<<ORG:genelab1>>, <<DATE:d1>>)",
        "III-6 <<PERSON:p80_initd>> (cousin), <<AGE:young80>>, adopted out — no contact",
        "IV-1 <<PERSON:rp81_first>> (proband's child), <<AGE:kid81>>",
    ]
    keep = sorted(
        _pick(rng, lines, 7, 11),
        key=lambda s: (s.split(" ", 1)[0].split("-")[0], int(s.split(" ", 1)[0].split("-")[1])),
    )
    proband = "III-2 <<PERSON:pt_full>> (proband), <<AGE:pt_age>>"
    out = [line for line in keep if not line.startswith(("IV", "III-3", "III-5", "III-6"))]
    out.append(proband)
    out += [line for line in keep if line.startswith(("III-3", "III-5", "III-6", "IV"))]
    return "\n".join(out)


def _frag_mdt_attendees(note: _EnNote) -> str:
    people = [
        "Mr <<PERSON:m82_full>> (Colorectal Surgeon)",
        "Dr <<PERSON:p83_ilast>> (Radiology)",
        "Dr <<PERSON:p84_full>> (Histopathology)",
        "<<PERSON:f85_full>> (Colorectal CNS)",
        "Dr <<PERSON:p86_last>> (Clinical Oncology)",
        "Ms <<PERSON:f87_full>> (Surgeon)",
        "<<PERSON:p88_full>> (Dietitian)",
        "Dr <<PERSON:p89_full>> (Palliative Care)",
        "<<PERSON:f90_initd>> (Research Nurse)",
        "Dr <<PERSON:hp91_full>> (Gastroenterology)",
    ]
    return "; ".join(_pick(note.rng, people, 5, 9))


def _frag_tb_attendees(note: _EnNote) -> str:
    rows = [
        "| <<PERSON:p92_full>>, MD | Hematology/Oncology (moderator) |",
        "| <<PERSON:p93_lf>>, MD | Radiation Oncology |",
        "| <<PERSON:p94_full>>, DO | Hematopathology |",
        "| <<PERSON:f95_full>>, NP | Lymphoma clinic |",
        "| <<PERSON:p96_full>>, PharmD | Oncology pharmacy |",
        "| <<PERSON:f97_full>>, LCSW | Social work |",
        "| <<PERSON:p98_full>>, MD | Nuclear medicine |",
        "| <<PERSON:wp99_full>>, RN | Clinical research |",
    ]
    return "\n".join(_pick(note.rng, rows, 4, 8))


def _frag_screen_rows(note: _EnNote) -> str:
    rng = note.rng
    rows = [
        "| S-{scr1} | <<ID:subj1_pt>> | <<PERSON:pt_lfi>> | <<ID:mrn>> | <<AGE:pt_age>> | <<DATE:d8_n>> | enrolled | — |",
        "| S-{scr2} | <<ID:subj2>> | <<PERSON:p100_lfi>> | <<ID:mrnx100>> | <<AGE:age100>> | <<DATE:d6_n>> | screen fail | eGFR 38 |",
        "| S-{scr3} | — | <<PERSON:p101_lfi>> | <<ID:mrnx101>> | <<AGE:old101>> | — | not approached | ECOG 3 |",
        "| S-{scr4} | <<ID:subj4>> | <<PERSON:p102_lfi>> | <<ID:mrnx102>> | <<AGE:age102>> | <<DATE:d7_n>> | withdrew | moved to <<LOCATION:city102>> |",
        "| S-{scr5} | <<ID:subj5>> | <<PERSON:p103_lfi>> | <<ID:mrnx103>> | <<AGE:age103>> | <<DATE:d9_n>> | in screening | awaiting biopsy <<ID:acc103>> |",
        '| S-{scr6} | — | <<PERSON:p104_lfi>> | <<ID:mrnx104>> | <<AGE:age104>> | — | declined | "too far to travel" |',
    ]
    first, rest = rows[0], rows[1:]
    chosen = _pick(rng, rest, 3, 5)
    chosen.insert(rng.randrange(len(chosen) + 1), first)
    return "\n".join(chosen)


def _frag_contacts_nz_perinatal(note: _EnNote) -> str:
    rows = [
        "- Midwife (LMC): <<PERSON:f105_full>>, <<PHONE:mob105>>",
        "- Well Child nurse: <<PERSON:f106_first>>, <<PHONE:tel106>>",
        "- Kaupapa Māori service: <<PERSON:p107_full>>, <<ORG:cc107>>",
        "- GP: Dr <<PERSON:p108_full>>, <<ORG:practice1>>, fax <<PHONE:fax108>>",
        "- Maternal Mental Health key worker: <<PERSON:f109_full>>, <<EMAIL:em_f109>>",
        "- Oranga Tamariki social worker: <<PERSON:p110_full>>, <<PHONE:mob110>>",
    ]
    return "\n".join(_pick(note.rng, rows, 3, 6))


_EN_FRAGMENTS: Final[dict[str, Callable[[_EnNote], str]]] = {
    "attendees_uk": _frag_attendees_uk,
    "contacts_pipe": _frag_contacts_pipe,
    "contacts_csv": _frag_contacts_csv,
    "pedigree": _frag_pedigree,
    "mdt_attendees": _frag_mdt_attendees,
    "tb_attendees": _frag_tb_attendees,
    "screen_rows": _frag_screen_rows,
    "contacts_nz_perinatal": _frag_contacts_nz_perinatal,
}


# ---------------------------------------------------------------------------------------------
# English templates
# ---------------------------------------------------------------------------------------------
EN_BLIND12_TEMPLATES: Final[dict[str, str]] = {
    "adv_directive_poa_us": """\
ADVANCE DIRECTIVE AND DURABLE POWER OF ATTORNEY FOR HEALTH CARE
Scanned to Media by HIM. Original returned to principal.

PRINCIPAL
Name: <<PERSON:pt_lfup>>          DOB: <<DATE:dob_us>>          MRN: <<ID:mrn>>
Address: <<ADDRESS:addr_pt_full>>
Home phone: <<PHONE:ph_pt>>     E-mail: <<EMAIL:em_pt>>
SSN (last 4, notary log only): <<ID:lastfour>>

PART 1. DESIGNATION OF AGENT
I, <<PERSON:pt_mid>>, designate my daughter <<PERSON:rf1_full>> as my agent for health care decisions.
   Cell <<PHONE:mob1>>     Work <<PHONE:tel1>> ext. <<PHONE:ext1>>
   Address: <<ADDRESS:addr1>>
If she is not willing, able or reasonably available, I designate <<PERSON:m2_full>> (son-in-law), <<PHONE:mob2>>, <<EMAIL:emh_m2>>.
I do NOT want my nephew <<PERSON:rm3_full>> to be consulted about my care.

PART 2. TREATMENT PREFERENCES
[X] If I have a terminal condition I do not want CPR, mechanical ventilation or dialysis.
[X] Comfort care including morphine and lorazepam, even if it may hasten my death.
[ ] Artificial nutrition and hydration by tube.
I completed a POLST on <<DATE:d3>> with Dr. <<PERSON:m4_last>> at <<ORG:practice1>>.
I would like a visit from Pastor <<PERSON:m5_full>> of <<ORG:parish1>> (<<PHONE:tel5>>) when I am dying.

PART 3. ANATOMICAL GIFTS
I wish to donate any needed organs and tissues through <<ORG:opo1>>.

PART 4. SIGNATURE
Signed this <<DATE:d5_l>> at <<LOCATION:pt_city>>, {pt_state}.
Witness 1: <<PERSON:p6_full>>, <<ADDRESS:addr6>>
Witness 2: <<PERSON:p7_lf>> - "I am not related to the principal by blood, marriage or adoption and I am not employed by <<ORG:hosp1>>."

NOTARY ACKNOWLEDGMENT
State of {pt_state}, County of <<LOCATION:county1>>
On <<DATE:d5_us>> before me, <<PERSON:f8_full>>, Notary Public, personally appeared <<PERSON:pt_upper>>, known to me or proved on the basis of satisfactory evidence.
Commission No. <<ID:notary1>>     My commission expires <<DATE:nx3_l>>.

Reviewed with the principal by <<PERSON:f9_full>>, LCSW (<<PHONE:tel9>>). Principal is <<AGE:pt_age>> years old, alert, GCS {gcs}, able to state the choices above in her/his own words. Copy to agent and to Dr. <<PERSON:m4_ilast>>.
""",
    "bereavement_call_au": """\
PALLIATIVE CARE SERVICE - BEREAVEMENT FOLLOW-UP (6 WEEKS)
Deceased: <<PERSON:pt_caps>>    UR <<ID:mrn>>    DOB <<DATE:dob>>    DOD <<DATE:d2>>
Place of death: <<ORG:hospice1>>, room {room}. Age at death: <<AGE:pt_age>>.
Primary contact: <<PERSON:rf1_full>> (daughter) <<PHONE:mob1>>
Secondary: <<PERSON:m2_full>> (son-in-law) <<PHONE:mob2>>

Phoned <<PERSON:rf1_first>> on <<DATE:d8_s>> at {time1}. She said: "Mum went on the Tuesday night, <<PERSON:rm3_first>> and I were with her and the night nurse, <<PERSON:f4_first>>, was just lovely." Funeral was at <<ORG:funeral1>> on <<DATE:d5_s>>; grandson <<PERSON:rm5_nickfull>> gave the eulogy. The family have put up <<URL:url_memorial>> and have had messages from cousins in <<LOCATION:city2>>.
<<PERSON:rf1_first>> reports poor sleep and tearfulness, appetite down, "a couple of glasses of wine a night". K10 {kscore}. Denies thoughts of self-harm. Still caring for her father-in-law <<PERSON:m6_full>>, who is <<AGE:oldw1>> and lives at <<ORG:carehome1>>.
Sleep hygiene discussed; declined temazepam. Given <<ORG:griefline>> <<PHONE:crisis1>> and <<ORG:lifeline>> <<PHONE:crisis2>>. GP: Dr <<PERSON:p7_ilast>>, <<ORG:practice1>>, ph <<PHONE:tel7>>, fax <<PHONE:fax7>> - letter sent.
Condolence card posted to <<ADDRESS:addr_pt_full>>.
Plan: ring again around <<DATE:nx2_s>>; invitation to the Remembrance Service at <<ORG:parish1>>.
<<PERSON:f8_full>> | Bereavement Coordinator | ext <<PHONE:ext8>> | <<EMAIL:em_f8>>
""",
    "chaplaincy_ie": """\
Pastoral Care Department - Chaplaincy Record
<<ORG:hosp1>> | {ward} | Bed {bed}
Patient: <<PERSON:pt_caps>>   MRN <<ID:mrn>>   DOB <<DATE:dob>>   PPSN on file: <<ID:natid>>
Denomination: Roman Catholic. Home parish: <<ORG:rcparish1>>, <<LOCATION:city1>>.
Referred by S/N <<PERSON:f2_full>> via bleep <<PHONE:bleep2>>.

Visit <<DATE:d7>> {time1}. <<PERSON:pt_first>> is aware of the prognosis (metastatic ca pancreas, ECOG 3). Wife <<PERSON:rf3_full>> present with their daughter <<PERSON:rf4_first>>, who flew home from <<LOCATION:city2>> yesterday. Fr <<PERSON:m5_full>> administered the Sacrament of the Sick. At the family's request Pastor <<PERSON:m6_full>> (son-in-law's church) joined by phone and prayed with them.
<<PERSON:pt_first>> spoke about his mother, who lived to <<AGE:oldw1>> in <<LOCATION:city3>>, and about his late brother <<PERSON:rm7_first>>. He asked that his grandson "<<PERSON:rm8_nick>>" be told he is proud of him. Rosary and Miraculous Medal left at bedside.
Plan: chaplain on call if he deteriorates - wife's mobile <<PHONE:mob3>>, daughter <<PHONE:mob4>>. Family would like the Month's Mind Mass offered in <<ORG:rcparish1>>.
Signed: <<PERSON:f9_full>>, Chaplain, bleep <<PHONE:bleep9>>
""",
    "cp_strategy_uk": """\
STRATEGY DISCUSSION (s47 CHILDREN ACT 1989) - CONFIDENTIAL
Child: <<PERSON:pt_full>> ("<<PERSON:pt_nick>>")   DOB <<DATE:dob>>   NHS No <<ID:natid>>
Address: <<ADDRESS:addr_pt_full>>
Education: <<ORG:school1>>, Year {year_group}
LA ref <<ID:sg1>> | Police ref <<ID:crime1>> | <<DATE:d8>> {time1} (MS Teams)

Present:
[[attendees_uk]]
Apologies: Health Visitor <<PERSON:f9_full>> (<<ORG:practice1>>).

Household:
- Mother: <<PERSON:rf10_full>> (<<AGE:age10>>), DOB <<DATE:bage10>>, mobile <<PHONE:mob10>>
- Mother's partner: <<PERSON:m11_full>> (<<AGE:age11>>) - not the child's father
- Half-sibling: <<PERSON:p12_first>>, <<AGE:kid12>>
- Birth father <<PERSON:m13_full>> lives in <<LOCATION:city2>>; no contact since {yr1}.

Summary: On <<DATE:d7_s>> <<PERSON:pt_first>> told class teacher Miss <<PERSON:f14_last>> that "<<PERSON:m11_nick>> hit me with the belt". Bruising L upper arm approx 3 x 2 cm. DSL Mr <<PERSON:m15_full>> (<<PHONE:tel15>> ext <<PHONE:ext15>>) referred to the MASH at {time2}. CP medical by Dr <<PERSON:p16_last>> (paediatric registrar) at <<ORG:hosp1>> - findings consistent with non-accidental injury; skeletal survey not indicated (age over 2). Previous referral in {yr2}: domestic abuse incident, police attended.
Decisions: threshold for s47 met; single-agency medical complete; ABE interview to be arranged by DC <<PERSON:m17_full>> (collar <<ID:collar17>>). Safety plan: <<PERSON:pt_first>> and <<PERSON:p12_first>> to stay with maternal grandmother <<PERSON:f18_full>> at <<ADDRESS:addr18>> (tel <<PHONE:tel18>>) pending a viability assessment.
Next review <<DATE:nx1>>. Minutes: <<PERSON:f19_init>> (business support), <<EMAIL:em1>>.
""",
    "measles_contacts_nz": """\
NOTIFIABLE DISEASE - MEASLES - CONTACT TRACING WORKSHEET
Unit: <<ORG:phu1>>
Case: <<PERSON:pt_caps>>   NHI <<ID:natid>>   DOB <<DATE:dob>>   Age <<AGE:pt_age>>
Address: <<ADDRESS:addr_pt_full>>   Ph: <<PHONE:ph_pt>>
Parent/caregiver: <<PERSON:rf1_full>> (<<PHONE:mob1>>); Samoan interpreter <<PERSON:f2_full>> used for the interview.
Fever from <<DATE:d3_s>>, rash onset <<DATE:d6_s>>. MMR x0 - whānau declined, "<<PERSON:rm3_first>>'s cousin had a reaction". Measles PCR positive (<<ORG:lab1>>, lab no. <<ID:acc1>>).
Infectious period: <<DATE:d2_s>> to <<DATE:d9_s>>.
Exposure events:
* <<DATE:d4_s>> {time1}-{time2} <<ORG:employer1>>
* <<DATE:d5_s>> <<ORG:school1>>, room {room}; teacher <<PERSON:f4_full>>
* <<DATE:d5_s>> evening service, <<ORG:parish1>>
* <<DATE:d7_s>> ED waiting room, <<ORG:hosp1>>, {time3}-{time4}
* Flight {flight}, <<LOCATION:city1>> to <<LOCATION:city2>>, seat 23C
Close contacts:
[[contacts_pipe]]
Actions: MMR within 72 h offered to susceptible contacts; NHIG for infants under 6/12 and pregnant contacts; quarantine letters emailed.
Case manager: <<PERSON:f5_full>>, Health Protection Nurse, <<PHONE:tel5>>, <<EMAIL:em_f5>>
Medical Officer of Health: Dr <<PERSON:m6_full>> (MCNZ <<ID:reg6>>)
""",
    "tb_contacts_ca": """\
TB PREVENTION AND CONTROL - CONTACT INVESTIGATION
Index case: <<PERSON:pt_lf>>, DOB <<DATE:dob_iso>>, health card <<ID:natid>>, chart <<ID:mrn>>
Smear 3+, NAAT positive, culture pending (<<ORG:lab1>>). CXR: cavitary RUL. Started RIPE on <<DATE:d4>>; DOT by <<ORG:phu1>> nurse <<PERSON:f1_full>> (<<PHONE:tel1>>).
Lives at <<ADDRESS:addr_pt_full>> with six others. Works nights at <<ORG:employer1>> (supervisor <<PERSON:m2_full>>, <<PHONE:tel2>>). Travelled to <<LOCATION:city1>> in the infectious period for the funeral of a cousin, <<PERSON:rp3_full>>.
Interpreter (Tagalog): <<PERSON:f4_full>>, ext. <<PHONE:ext4>>.
Contact list (exported CSV; TST in mm):
name,relationship,age,phone,tst_date,tst_mm,igra,notes
[[contacts_csv]]
Next: second-round testing of the workplace if first round >10% positive. Medical Officer of Health <<PERSON:p5_full>>, MD notified <<DATE:d9_l>>.
Entered by <<PERSON:f1_init>>.
""",
    "custody_fme_uk": """\
FORENSIC MEDICAL EXAMINATION - POLICE CUSTODY
Custody suite: <<ORG:pstn1>>     Custody record no: <<ID:cust1>>
Detained person: <<PERSON:pt_lfup>>    DOB <<DATE:dob>>    NHS <<ID:natid>>
Arrested <<DATE:d8>> {time1}, suspected assault. Arresting officer PC <<PERSON:p2_full>> <<ID:collar2>>; custody sergeant <<PERSON:m3_ilast>>. Vehicle <<ID:plate1>> seized.
Called by custody staff at {time2}: "DP says he's diabetic and hearing voices".
Appropriate adult: his aunt <<PERSON:rf4_full>> (<<PHONE:mob4>>), arrived {time3}. Solicitor: <<PERSON:m5_full>> of <<ORG:lawfirm1>> (<<PHONE:tel5>>).

History: T1DM on insulin glargine 24 units nocte and NovoRapid with meals; paranoid schizophrenia under <<ORG:clinic1>> (care coordinator <<PERSON:f6_full>>, <<PHONE:tel6>>), last paliperidone depot {dose} on <<DATE:d3_s>>. Drinks 8 cans a day. CIWA-Ar 11. CBG 14.2. GCS {gcs}.
Injuries: 3 cm laceration L eyebrow - Steri-Strips; abrasions both wrists (handcuffs).
Opinion: fit to detain with 30-minute rousing checks; fit to interview with an appropriate adult; needs mental health assessment - referred to liaison and diversion worker <<PERSON:f7_first>> (<<PHONE:mob7>>).
He asked: "can you ring my missus, <<PERSON:f8_first>>, on <<PHONE:mob8>>, tell her I'm at <<LOCATION:city1>> nick". Declined - passed to custody staff.
FME: Dr <<PERSON:p9_full>>, Forensic Physician, GMC <<ID:reg9>>     Time out {time4}
""",
    "brca_pedigree_uk": """\
CLINICAL GENETICS - CANCER FAMILY HISTORY CLINIC
Proband: <<PERSON:pt_full>>   DOB <<DATE:dob>>   NHS <<ID:natid>>   Hosp no <<ID:mrn>>
Referred by Dr <<PERSON:p1_full>>, <<ORG:practice1>> (<<PHONE:tel1>>)
Seen with husband <<PERSON:m2_full>> on <<DATE:d9>>.

Pedigree (generations numbered from the top; ages today):
[[pedigree]]

Manchester score {man}; CanRisk 10-year breast cancer risk {risk}%. The familial BRCA1 variant was reported in II-2 (report <<ID:acc1>>, <<ORG:genelab1>>, <<DATE:d2>>).
Plan: predictive testing for <<PERSON:pt_first>> today, results clinic <<DATE:nx2_s>>. Cascade letters for <<PERSON:rf77_first>> and the cousin in III-5. <<PERSON:pt_first>> asked us not to contact her father <<PERSON:rm73_first>> directly.
Genetic counsellor: <<PERSON:f3_full>>, <<PHONE:tel3>>, <<EMAIL:em_f3>>
""",
    "huntington_predictive_us": """\
GENETIC COUNSELING NOTE - HUNTINGTON DISEASE PREDICTIVE TESTING (session 2 of 3)
Patient: <<PERSON:pt_full>>   MRN <<ID:mrn>>   DOB <<DATE:dob_l>>   Phone <<PHONE:ph_pt>>
Support person: <<PERSON:p1_full>> (partner), present.
Referred by: <<PERSON:p2_full>>, MD, <<ORG:neuro1>>

Family history: mother <<PERSON:rf3_full>> (II-2) diagnosed with HD at 47 (CAG 44, <<ORG:genelab1>>), now <<AGE:mid3>> and in <<ORG:carehome1>>. Maternal grandfather <<PERSON:m4_full>> (I-1) "drank and was violent", died in <<LOCATION:city1>> in {year}; maternal grandmother <<PERSON:f5_first>> is <<AGE:old5>> and has no symptoms. Maternal aunt <<PERSON:f6_full>> (II-3), 52, tested negative. Brother <<PERSON:rm7_first>> (III-1) has not been told; sister <<PERSON:rf8_first>> (III-3), 29, pregnant, EDD <<DATE:nx4_s>>.

| Relative | Position | Age | Status |
|---|---|---|---|
| <<PERSON:rf3_first>> | II-2 | <<AGE:mid3>> | affected, CAG 44 |
| <<PERSON:f6_first>> | II-3 | 52 | CAG 17/20 |
| <<PERSON:rm7_first>> | III-1 | <<AGE:young7>> | untested |
| <<PERSON:pt_first>> | III-2 | <<AGE:pt_age>> | consultand |

Discussed: 50% prior risk, reduced-penetrance alleles (36-39), insurance (GINA does not cover life or long-term-care insurance), plan if positive. Neurology exam by Dr. <<PERSON:p9_last>>: UHDRS motor 0. PHQ-9 {phq}. Psychologist <<PERSON:f10_full>>, PhD will see <<PERSON:pt_firstlow>> before results.
Results appointment: <<DATE:nx2_l>>, in person only. Counselor: <<PERSON:f11_full>>, MS, CGC - <<EMAIL:em_f11>>, <<PHONE:tel11>>
""",
    "incident_witness_uk": """\
SERIOUS INCIDENT INVESTIGATION - INPATIENT FALL WITH HARM
Datix ref <<ID:datix1>> | Patient: <<PERSON:pt_caps>>, <<AGE:pt_age>> years, hospital no. <<ID:mrn>>, {ward}, bed {bed}
Date of incident: <<DATE:d5>>, about {time1}
Investigating officer: <<PERSON:f1_full>>, Matron, ext <<PHONE:ext1>>
Family: daughter <<PERSON:rf2_full>> (<<PHONE:mob2>>, <<EMAIL:em_rf2>>) informed under Duty of Candour on <<DATE:d6_s>>.

Witness statements (extracts, verbatim):
1. HCA <<PERSON:f3_full>>: "I was doing obs in bay {bay} when I heard a bang. <<PERSON:pt_first>> was on the floor by the sink. Staff Nurse <<PERSON:f4_first>> and I got the HoverJack."
2. Staff Nurse <<PERSON:f4_full>>, RN: "The falls assessment was done on admission by <<PERSON:m5_ilast>>. He was on enhanced obs but we had two HCAs off sick and I was covering bay {bay} as well."
3. Patient in the next bed, Mr <<PERSON:m6_full>>: "the old boy kept shouting for someone called <<PERSON:rf7_first>> and nobody came for ages."
4. Dr <<PERSON:p8_full>> (FY2, bleep <<PHONE:bleep8>>): "Reviewed at {time2}. GCS 14. CT head showed an acute subdural; discussed with neurosurgery at <<ORG:hosp2>>, for conservative management."
Findings: bed rails not indicated; call bell out of reach; lying and standing BP not done; 1:1 not in place because of staffing.
Safeguarding referral <<ID:sg1>> made. Report to <<PERSON:p9_full>>, Director of Nursing, by <<DATE:nx2_l>>.
""",
    "complaint_response_au": """\
CONSUMER FEEDBACK - COMPLAINT <<ID:datix1>>
Received <<DATE:d2>> by email from <<PERSON:f1_full>> (<<EMAIL:emh_f1>>) on behalf of her father, <<PERSON:pt_full>> (UR <<ID:mrn>>, DOB <<DATE:dob>>).
Concerns, in the complainant's words: "Dad waited nine hours in ED at <<ORG:hosp1>> on <<DATE:d1_l>>. A nurse called <<PERSON:f2_first>> told us there were no beds and to go home. Dr <<PERSON:m3_last>> never examined him. He was back by ambulance the next morning with sepsis. My brother <<PERSON:rm4_first>> rang the ward on <<PHONE:tel4>> four times and nobody answered."
Staff interviewed: <<PERSON:f2_full>> (RN, ED), Dr <<PERSON:m3_full>> (ED registrar), <<PERSON:p5_full>> (NUM).

Dear Ms <<PERSON:f1_last>>,
Thank you for taking the time to tell us about your father's care. I am sorry for the distress this caused you, <<PERSON:pt_first>> and your family. ... We have reviewed the triage (ATS 3) and the sepsis pathway was not commenced at {time1}. The ED registrar has reflected on this with his supervisor.
If you remain dissatisfied you may contact the health complaints commissioner in your state. I can be contacted on <<PHONE:tel6>> or at <<EMAIL:em_p6>>.
Yours sincerely,
<<PERSON:p6_full>>
Patient Experience Manager, <<ORG:hosp1>>
Posted to: <<ADDRESS:addr1>>
""",
    "mha_assessment_uk": """\
MENTAL HEALTH ACT 1983 ASSESSMENT - AMHP REPORT
Patient: <<PERSON:pt_full>> (also known as "<<PERSON:pt_nick>>")   DOB <<DATE:dob>>   NHS <<ID:natid>>   RiO <<ID:mrn>>
Place of assessment: <<ADDRESS:addr_pt_full>> (home; police present under s135(1) warrant <<ID:case1>> issued by <<ORG:mags1>>)
Date: <<DATE:d8_l>>, {time1}
AMHP: <<PERSON:f1_full>>, <<ORG:council1>>, mobile <<PHONE:mob1>>
s12 approved doctor: Dr <<PERSON:p2_full>> (GMC <<ID:reg2>>)
Second doctor: Dr <<PERSON:p3_ilast>>, GP, <<ORG:practice1>>, who knows the patient.
Nearest relative (s26): mother, <<PERSON:rf4_full>>, <<ADDRESS:addr4>>, <<PHONE:tel4>> - consulted by phone, does not object. Father <<PERSON:rm5_first>> lives in <<LOCATION:city1>>; no contact.

Background: <<AGE:pt_age>>-year-old with bipolar affective disorder (F31.2); three previous admissions, the last in {yr1} under s3 to <<ORG:hosp1>>. Stopped lithium about {dur} ago. Neighbour <<PERSON:p6_full>> rang police after he was on the roof shouting that "<<PERSON:m7_full>> from the council" was stealing his thoughts. Young Mania Rating Scale 31. Not eating; has not slept for four nights.
Outcome: application for admission under section 2 (Form A2) completed at {time2}. Bed: {ward}, <<ORG:hosp2>>. Conveyed by ambulance with PC <<PERSON:p8_last>> <<ID:collar8>>. His dog, Bella, is with his sister <<PERSON:rf9_first>> (<<PHONE:mob9>>).
""",
    "psych_hold_us": """\
ED PSYCHIATRY CONSULT - dictated not proofread
pt <<PERSON:pt_lower>> mrn <<ID:mrn>> dob <<DATE:dob_n>> placed on 72 hour hold by <<ORG:pstn1>> officer <<PERSON:p1_lower>> badge <<ID:collar1>> at {time1} after girlfriend <<PERSON:f2_firstlow>> called police pt is a <<AGE:pt_age>> yo with schizoaffective d/o (F25.0) per collateral from mom <<PERSON:rf3_lower>> at <<PHONE:ph3>> he has not slept in 4 days stopped his seroquel 2 wks ago and has been texting her that dr <<PERSON:m5_lastlow>> at <<ORG:clinic1>> put a chip in his tooth dad <<PERSON:rm4_firstlow>> in <<LOCATION:city1>> is aware one prior hospitalization at <<ORG:hosp1>> in {yr1} case manager <<PERSON:f6_lower>> from <<ORG:council1>> phone <<PHONE:tel6>> no known access to firearms per mom uncle <<PERSON:rm7_firstlow>> took the guns out of the house <<DATE:d8_s>>
mse disheveled guarded pressured speech ah positive denies si endorses passive hi toward dr <<PERSON:m5_lastlow>> phq9 not done insight poor
insurance <<ORG:insurer1>> member id <<ID:ins1>>
plan admit inpatient psych pending bed olanzapine 10 mg po now 1:1 sitter
dictated by <<PERSON:p8_lower>> md / transcribed by <<PERSON:f9_init>> <<DATE:d9_n>> {time2}
""",
    "mh_tribunal_ie": """\
MENTAL HEALTH TRIBUNAL - REPORT OF THE RESPONSIBLE CONSULTANT PSYCHIATRIST
Mental Health Act 2001, sections 17 and 18
Patient: <<PERSON:pt_full>>    DOB <<DATE:dob>>    MRN <<ID:mrn>>
Admission order (Form 6) made <<DATE:d2>>; MHC reference <<ID:mha1>>
Approved centre: <<ORG:hosp1>>, {ward}
Tribunal: <<DATE:nx1_l>> at {time1}
Legal representative: <<PERSON:m1_full>>, <<ORG:lawfirm1>>, <<PHONE:tel1>>, <<EMAIL:emh_m1>>
Independent psychiatrist (s17(1)(c)): Dr <<PERSON:p2_full>>, IMC <<ID:reg2>>
Applicant: Garda <<PERSON:m3_full>>, <<ORG:pstn1>> (s12 removal from <<LOCATION:city1>>)

History: <<PERSON:pt_first>> is <<AGE:pt_age>> and lives with her partner <<PERSON:p4_full>> at <<ADDRESS:addr_pt_full>>. Gardaí were called by a neighbour, <<PERSON:f5_full>>, on <<DATE:d1_l>> after <<PERSON:pt_first>> was found on the hard shoulder of the motorway saying she had to "get to <<PERSON:m6_first>> before the bishop does". Her sister <<PERSON:rf7_first>> describes three weeks of poor sleep after their father's death in {year}.
Current: olanzapine 15 mg nocte, compliant. Insight partial. Schedule for Assessment of Insight {phq}/14.
Opinion: continues to meet s3(1)(a) and (b). I recommend the order be affirmed.
<<PERSON:p8_full>>, Consultant Psychiatrist, IMC <<ID:reg8>>, <<DATE:d9_n>>
""",
    "delivery_summary_us": """\
LABOR AND DELIVERY SUMMARY
Mother: <<PERSON:pt_caps>>   MRN <<ID:mrn>>   DOB <<DATE:dob>>   G3P2 -> G3P3
EDD <<DATE:nx1>> by 8-week US; delivered at {ga} weeks.
Support: FOB <<PERSON:m1_full>> (<<PHONE:mob1>>); doula <<PERSON:f2_full>>.
Induction for gestational hypertension. Bishop score 4 -> misoprostol 25 mcg PV x2, then oxytocin. Epidural at {time1}.
Delivery: <<DATE:d9_n>> at {time2}, NSVD (O80, Z37.0), 2nd-degree laceration repaired. CNM <<PERSON:f3_full>>, CNM delivered; Dr. <<PERSON:m4_last>> (OB hospitalist) present for shoulder dystocia drill - McRoberts, resolved in 40 s.
Infant: Baby Girl <<PERSON:pt_last>>, newborn MRN <<ID:mrnx1>>, {weight}, Apgars {apgar}. Peds: <<PERSON:p5_full>>, MD (<<ORG:practice1>>). Parents plan to name her <<PERSON:rf6_full>>.
Cord gases labelled "Baby of <<PERSON:pt_full>>": pH 7.24. Vitamin K 1 mg IM, erythromycin, hep B vaccine lot {lot}. Newborn screen to be drawn at 24 h.
EBL 450 mL. Hgb {hb}. Rh positive. Breastfeeding; lactation (<<PERSON:f7_first>>) consulted.
Postpartum: EPDS {epds} (Edinburgh); declines contraception for now. Older children <<PERSON:rp8_first>> (<<AGE:kid8>>) and <<PERSON:rp9_first>> (<<AGE:kid9>>) staying with grandma <<PERSON:f10_full>>.
Discharge address: <<ADDRESS:addr_pt_full>>; phone <<PHONE:ph_pt>>. WIC referral faxed to <<PHONE:fax11>>. Pediatrician follow-up <<DATE:nx2_s>>.
""",
    "antenatal_booking_uk": """\
MATERNITY BOOKING APPOINTMENT
Woman: <<PERSON:pt_full>>   DOB <<DATE:dob>>   NHS <<ID:natid>>   Hosp no <<ID:mrn>>
Address: <<ADDRESS:addr_pt_full>>   Mobile <<PHONE:ph_pt>>   Email <<EMAIL:em_pt>>
Interpreter needed: no. Preferred name: "<<PERSON:pt_nick>>".
LMP <<DATE:d1_n>> (certain). Dating scan <<DATE:nx1_n>>. EDD by LMP <<DATE:nx9_l>>.
G2 P1: SVD {yr1} at <<ORG:hosp2>>, 3.4 kg, son <<PERSON:rm1_first>>, now <<AGE:kid1>>.
Partner: <<PERSON:m2_full>>, <<AGE:age2>>, employed at <<ORG:employer1>>; mobile <<PHONE:mob2>>. Partner's family history: his sister <<PERSON:f3_first>> has Turner syndrome? - to clarify with geneticist.
Routine enquiry about domestic abuse: asked alone - "no". Safeguarding: none. Previous CAMHS input age 15.
Mental health: anxiety, sertraline {dose}; Whooley questions positive; EPDS {epds}. Referred to perinatal mental health (<<PERSON:f4_full>>, <<EMAIL:em_f4>>).
Screening: combined test for Down's, Edwards' and Patau's syndromes accepted; sickle cell and thalassaemia (FOQ) - partner's origin: <<LOCATION:city1>>. Anti-D: Rh negative, Kleihauer if sensitising event. BMI {bmi}. Smoker {cigs}/day - CO 9 ppm; referred to stop smoking service.
Named midwife: <<PERSON:f5_full>>, RM, team "Willow", <<PHONE:mob5>>. Consultant: Mr <<PERSON:m6_last>> (antenatal clinic <<DATE:nx2_s>>).
GP: Dr <<PERSON:p7_full>>, <<ORG:practice1>>.
""",
    "nicu_twins_au": """\
NEONATAL INTENSIVE CARE UNIT - DISCHARGE SUMMARY
Name: <<PERSON:pt_full>> (Twin A)   UR <<ID:mrn>>   DOB <<DATE:dob>> {time1}   GA at birth {ga}
Twin B: <<PERSON:rp1_full>> (UR <<ID:mrnx1>>), discharged <<DATE:d6_s>>
Mother: <<PERSON:f2_full>>, UR <<ID:mrnx2>>, mobile <<PHONE:mob2>>. Mother (<<PERSON:f2_init>>) rooming in from <<DATE:d5_s>>.
Father: <<PERSON:rm3_full>>, mobile <<PHONE:mob3>>
Medicare: <<ID:natid>>
Course: RDS - CPAP and one dose of poractant alfa; caffeine until 34 weeks. Small PDA, closed spontaneously. ROP screening by Dr <<PERSON:p4_last>>: stage 1 zone III, resolved. Hearing screen passed (both ears). NBST collected <<DATE:d2_s>>. Hep B vaccine batch {lot}.
Feeding: EBM with fortifier 4-hourly; lactation consultant <<PERSON:f5_first>> reviewed mum.
Social: family live in <<LOCATION:city1>>, 2.5 h drive; stayed at <<ORG:rmh>>. SW <<PERSON:f6_full>>, ext <<PHONE:ext6>>. Older brother <<PERSON:rm7_first>> (<<AGE:kid7>>) at <<ORG:school1>>; grandmother <<PERSON:f8_full>> helping.
Follow-up: neonatal clinic <<DATE:nx1_s>>; GP Dr <<PERSON:p9_full>>, <<ORG:practice1>>; child and family health nurse.
Discharge weight {weight}. Discharged home to <<ADDRESS:addr_pt_full>>.
""",
    "paeds_school_ca": """\
Developmental Paediatrics - Consultation Letter
Dear Dr. <<PERSON:p1_last>>,
Re: <<PERSON:pt_full>>, DOB <<DATE:dob_l>>, health card <<ID:natid>>, chart <<ID:mrn>>
I saw <<PERSON:pt_first>> on <<DATE:d9_l>> with foster mother <<PERSON:f2_full>> and CAS worker <<PERSON:f3_full>> (<<ORG:council1>>, <<PHONE:tel3>> ext. <<PHONE:ext3>>). Birth mother <<PERSON:rf4_full>> joined by phone from <<LOCATION:city1>>.
School: Grade {year_group} at <<ORG:school1>>. Teacher Mrs. <<PERSON:f5_last>> completed the Vanderbilt and Conners 3 (inattention T 78). Educational assistant <<PERSON:p6_first>> works with <<PERSON:pt_nick>> in the mornings; principal Mr. <<PERSON:m7_full>> (<<EMAIL:emh_m7>>) is arranging an IPRC.
Impression: ADHD, combined presentation; prenatal alcohol exposure likely (FASD assessment pending); asthma, well controlled on fluticasone 125 mcg BID.
Plan: start methylphenidate controlled-release 10 mg qAM, increase to 15 mg after one week if tolerated. Weight and BP at each visit. Please send the school forms to <<EMAIL:emh_f2>>.
Sincerely,
<<PERSON:p8_full>>, MD FRCPC - <<ORG:hosp1>> - tel <<PHONE:tel8>> - fax <<PHONE:fax8>>
cc: <<PERSON:f3_full>>, CAS; <<ORG:school1>>
<<PERSON:p8_init>>/<<PERSON:f12_initlow>>
""",
    "oncology_mdt_uk": """\
LOWER GI CANCER MDT - MINUTES
Date: <<DATE:d9>>   Chair: Mr <<PERSON:m1_full>> (Consultant Colorectal Surgeon)
Present: [[mdt_attendees]]
Apologies: Dr <<PERSON:p2_full>> (Medical Oncology), <<PERSON:f3_full>> (CNS)
Teams: <<URL:url_tele>>

1. <<PERSON:pt_caps>> | <<ID:mrn>> | NHS <<ID:natid>> | <<AGE:pt_age>> y | referred by Dr <<PERSON:p4_ilast>>, <<ORG:hosp2>>
Sigmoid adenocarcinoma (C18.7), T3 N1 M0 on CT <<DATE:d6_s>>; dMMR (loss of MLH1/PMS2) - MLH1 promoter methylation pending (Lynch screen). Outcome: laparoscopic anterior resection; refer to genetics if unmethylated. CNS key worker <<PERSON:f3_first>> to ring the patient on <<PHONE:ph_pt>>; wife <<PERSON:rf5_first>> would like to be present.
2. <<PERSON:p6_caps>> | <<ID:mrnx6>> | <<AGE:age6>> y - Dukes' B, post-op; no adjuvant therapy. Discharge to GP with CEA surveillance.
3. <<PERSON:p7_caps>> | <<ID:mrnx7>> | <<AGE:old7>> y - frail, CFS 7, lives with daughter <<PERSON:f8_first>>. Best supportive care; referral to <<ORG:hospice1>>.
Actions: <<PERSON:f9_init>> to book CT; histology review by Dr <<PERSON:p10_last>>.
Minutes: <<PERSON:f11_full>>, MDT Co-ordinator, ext <<PHONE:ext11>>, <<EMAIL:em_f11>>
""",
    "tumor_board_us": """\
MULTIDISCIPLINARY TUMOR BOARD - HEMATOLOGIC MALIGNANCIES
<<ORG:hosp1>> | <<DATE:d9_l>> | Conference room {room} / <<URL:url_tele>>
| Attendee | Service |
|---|---|
[[tb_attendees]]

Case 1, presented by <<PERSON:p1_full>>, MD (fellow): <<PERSON:pt_full>> (MRN <<ID:mrn>>, CSN <<ID:enc1>>), <<AGE:pt_age>>-year-old with classical Hodgkin lymphoma, nodular sclerosis, stage IIB with bulky mediastinal mass. Core biopsy <<ID:acc1>> (<<DATE:d4_s>>). PET-CT Deauville 4 after 2 cycles of ABVD. Fertility preservation done at <<ORG:fert1>>. Partner <<PERSON:p2_full>>; mother <<PERSON:rf3_full>> is health care proxy.
Recommendation: escalate to BV-AVD; screen for trial {nct} - research coordinator <<PERSON:f4_full>> (<<PHONE:tel4>>, pager <<PHONE:pager4>>).
Case 2: <<PERSON:p5_lf>>, MRN <<ID:mrnx5>>, <<AGE:old5>> F, AML with MDS-related changes; not a candidate for intensive induction. Azacitidine + venetoclax vs hospice; daughter <<PERSON:f6_full>> (HCPOA) to meet with palliative care. Insurance <<ORG:insurer1>>, member <<ID:ins6>>.
Case 3: <<PERSON:hm7_full>>, <<AGE:age7>> M, Waldenström macroglobulinemia - ibrutinib.
Documented by <<PERSON:f8_initd>>
""",
    "whanau_hui_nz": """\
WHĀNAU HUI - PALLIATIVE CARE
Patient: <<PERSON:pt_full>>   NHI <<ID:natid>>   DOB <<DATE:dob>>   Age <<AGE:pt_age>>
Date: <<DATE:d9>>   Whānau room, {ward}, <<ORG:hosp1>>
Present: <<PERSON:pt_first>>; wife <<PERSON:f1_full>>; son <<PERSON:rm2_full>> (<<PHONE:mob2>>); daughter <<PERSON:rf3_first>> (on video from <<LOCATION:city1>>); kaumātua <<PERSON:m4_full>>.
Staff: Dr <<PERSON:p5_full>> (palliative medicine); CNS <<PERSON:f6_full>>; kaiāwhina <<PERSON:p7_full>>; social worker <<PERSON:f8_first>>.
Karakia to open by <<PERSON:m4_first>>.
Kōrero: <<PERSON:pt_first>> understands the cancer has spread to the liver. He wants to go home to <<LOCATION:city2>> and, after death, to lie at <<ORG:cc1>>. His mother lived to <<AGE:oldw1>> "and was sharp to the end". Mokopuna <<PERSON:rp9_first>> and <<PERSON:rp10_first>> want to stay over.
Plan: home with hospice support (<<ORG:hospice1>>, after hours <<PHONE:tel11>>); syringe driver teaching for <<PERSON:f1_first>>; Advance Care Plan completed; EPOA (welfare) is <<PERSON:rm2_first>>. Contact <<PERSON:f1_first>> first on <<PHONE:mob1>>, then <<PERSON:rm2_first>> on <<PHONE:mob2_v>>.
Karakia to close. Recorded by <<PERSON:f6_init>>.
""",
    "trial_screening_log_us": """\
SCREENING AND ENROLLMENT LOG - Protocol ONC-{proto} ({nct})
Site 112, <<ORG:hosp1>> | PI: <<PERSON:p1_full>>, MD | Coordinator: <<PERSON:f2_full>>, CCRP (<<EMAIL:em_f2>>)
| Screen # | Subject ID | Patient | MRN | Age | Consent | Status | Notes |
|---|---|---|---|---|---|---|---|
[[screen_rows]]

Notes:
- <<PERSON:pt_init>> consented in clinic with daughter <<PERSON:rf3_first>> as witness; ICF v3.0 dated <<DATE:d1_n>>. Call back <<PHONE:ph_pt>>.
- Eligibility confirmed by <<PERSON:p1_ilast>> on <<DATE:d9_n>>. Randomized {time1} via IWRS.
- Monitoring visit with CRA <<PERSON:p4_full>> (<<ORG:cro4>>) scheduled <<DATE:nx1_n>>.
""",
    "research_consent_uk": """\
PARTICIPANT CONSENT FORM (version 4.0, <<DATE:d1_l>>)
Study: Early Supported Discharge after Stroke. IRAS {iras}; REC ref {rec}; sponsor <<ORG:uni1>>
Participant ID: <<ID:subj1_pt>>     NHS no: <<ID:natid>>     Hospital no: <<ID:mrn>>
Please initial each box:
1. I confirm I have read the information sheet dated <<DATE:d1_s>>.   [<<PERSON:pt_init>>]
2. I understand my participation is voluntary.                     [<<PERSON:pt_init>>]
3. I agree to my GP, Dr <<PERSON:p1_full>> of <<ORG:practice1>>, being informed.   [<<PERSON:pt_init>>]
4. I agree to be contacted about future research on <<PHONE:ph_pt>> or <<EMAIL:em_pt>>.   [ ]
Name of participant: <<PERSON:pt_upper>>     Date: <<DATE:d9_n>>
Participant unable to sign (Parkinson's disease, tremor); consent witnessed by <<PERSON:p2_full>> (independent witness, not a member of the research team).
Personal consultee (for follow-up if capacity is lost): son <<PERSON:rm3_full>>, <<ADDRESS:addr3>>, <<PHONE:mob3>>.
Person taking consent: <<PERSON:f4_full>>, Research Nurse, <<EMAIL:em_f4>>     Date: <<DATE:d9_n>>
Copies: participant; site file; medical notes.
""",
    "donor_referral_us": """\
DONOR REFERRAL AND AUTHORIZATION - <<ORG:opo1>>
Referral #<<ID:donor1>>, called in by <<PERSON:f1_full>>, RN (MICU, <<ORG:hosp1>>) at {time1} on <<DATE:d8_s>>. Callback <<PHONE:tel1>>.
Potential donor: <<PERSON:pt_lf>>, MRN <<ID:mrn>>, DOB <<DATE:dob>>, <<AGE:pt_age>> y/o, ABO O pos.
Anoxic brain injury after out-of-hospital cardiac arrest. Brain death exam #1 by Dr. <<PERSON:m2_full>> at {time2}; apnea test positive.
Legal next of kin: spouse <<PERSON:p3_full>> (<<PHONE:mob3>>). First-person authorization on the state registry (registered <<DATE:d1_n>>).
Family conference: <<PERSON:p3_first>>, patient's sister <<PERSON:rf4_full>> and brother-in-law <<PERSON:m5_full>>; hospital chaplain <<PERSON:p6_full>> present. Medical/social history questionnaire completed with <<PERSON:rf4_first>>, who said "<<PERSON:pt_nick>> would want this".
UNOS Donor ID <<ID:donor2>>. HLA {hla}. Serologies pending.
Medical examiner case <<ID:coroner1>>, investigator <<PERSON:p7_full>> (<<PHONE:tel7>>) - released with conditions.
Allocation: L kidney to <<ORG:hosp2>>; liver to <<ORG:hosp3>>.
OPO coordinator: <<PERSON:p8_full>> (<<PHONE:mob8>>, <<EMAIL:em_p8>>)
""",
    "living_donor_ca": """\
LIVING KIDNEY DONOR PROGRAM - INDEPENDENT LIVING DONOR ADVOCATE NOTE
Potential donor: <<PERSON:pt_full>> (<<AGE:pt_age>>), MRN <<ID:mrn>>, health card <<ID:natid>>, DOB <<DATE:dob_l>>
Intended recipient: brother <<PERSON:rm1_full>>, MRN <<ID:mrnx1>>, on haemodialysis at <<ORG:hosp1>> since {yr1}.
Interviewed alone on <<DATE:d8_l>>. Motivation altruistic and consistent; states "nobody is pushing me - my wife <<PERSON:f2_first>> is nervous, and our neighbour <<PERSON:p3_full>> donated to his daughter so I know what it involves". Understands the risk of ESKD (1-2% lifetime), the option of the Kidney Paired Donation program, and that he may withdraw at any time without the reason being given to <<PERSON:rm1_first>>.
Work: forklift driver at <<ORG:employer1>>; 6-8 weeks off; short-term disability through <<ORG:insurer1>>, policy <<ID:ins1>>. Reimbursement program paperwork given.
Supports: wife, mother <<PERSON:rf4_full>> (lives in <<LOCATION:city1>>).
Contact: home <<PHONE:ph_pt>>, cell <<PHONE:mob5>>, email <<EMAIL:em_pt>>. Address <<ADDRESS:addr_pt_full>>.
ILDA: <<PERSON:p6_full>>, MSW, RSW - <<PHONE:tel6>>
""",
    "safeguarding_adult_ie": """\
SAFEGUARDING AND PROTECTION TEAM - PRELIMINARY SCREENING (ADULT)
Adult at risk: <<PERSON:pt_full>>, <<AGE:pt_age>> yrs, DOB <<DATE:dob>>, MRN <<ID:mrn>>, PPSN <<ID:natid>>
Address: <<ADDRESS:addr_pt_full>> (lives alone)
Concern raised <<DATE:d5>> by PHN <<PERSON:f1_full>> (<<PHONE:tel1>>): nephew <<PERSON:rm2_full>> has been collecting <<PERSON:pt_first>>'s pension at the post office in <<LOCATION:city1>> and her account at <<ORG:bank1>> is overdrawn; home help <<PERSON:f3_first>> reports no food in the house on <<DATE:d4_s>>.
Garda involvement: <<ORG:pstn1>>, Garda <<PERSON:m4_full>>, reg. <<ID:collar4>>.
Neighbour <<PERSON:p5_full>> (<<PHONE:mob5>>) says: "<<PERSON:rm2_first>> comes on a Thursday with a lad in a van, <<ID:plate1>>, and they don't stay long."
GP: Dr <<PERSON:p6_full>>, <<ORG:practice1>>. MMSE 23/30 on <<DATE:d3_s>>; capacity for financial decisions to be assessed.
Enduring Power of Attorney: made {year}, not registered; named attorney her niece <<PERSON:rf7_full>> (<<EMAIL:em_rf7>>).
Outcome: reasonable grounds for concern - safeguarding plan; referral to the Decision Support Service discussed.
Social worker: <<PERSON:f8_full>>, <<EMAIL:em_f8>>, <<PHONE:mob8>>
""",
    "crisis_log_au": """\
CATT - CONTACT LOG
Client: <<PERSON:pt_lfup>> ("<<PERSON:pt_nick>>")   UR <<ID:mrn>>   ph <<PHONE:ph_pt>>
<<DATE:d6_n>> {time1} Call from housemate <<PERSON:p1_first>> (<<PHONE:mob1>>): "she's locked herself in the bathroom and says she took all her quetiapine". Ambulance requested.
<<DATE:d6_n>> {time2} SMS from client to duty phone: "tell <<PERSON:f2_firstlow>> im sorry. dont call mum"
<<DATE:d7_n>> {time3} Reviewed in ED <<ORG:hosp1>> by <<PERSON:p3_ilast>> (psych reg). Medically cleared by toxicology (paracetamol level <10 at 4 h).
<<DATE:d8_n>> Home visit <<ADDRESS:addr_pt_full>> with <<PERSON:m4_first>> (RPN). Mum <<PERSON:rf5_full>> present; drove down from <<LOCATION:city1>>. Safety plan done. <<ORG:lifeline>> <<PHONE:crisis1>>; <<ORG:scbs>> <<PHONE:crisis2>>; CATT <<PHONE:tel6>>.
<<DATE:d9_n>> Friend flagged an Instagram post (<<URL:url_social>>). Client's handle <<ID:pt_handle>>. Welfare check by <<ORG:pstn1>> - safe.
Case manager: <<PERSON:f7_full>> (<<EMAIL:em_f7>>). Next appt <<DATE:nx1_s>> at {time4}.
""",
    "awi_certificate_sc": """\
ADULTS WITH INCAPACITY (SCOTLAND) ACT 2000 - SECTION 47 CERTIFICATE AND TREATMENT PLAN
Patient: <<PERSON:pt_caps>>   CHI <<ID:natid>>   DOB <<DATE:dob>>   Age <<AGE:pt_age>>
Address: <<ADDRESS:addr_pt_full>> (currently <<ORG:hosp1>>, {ward})
Welfare guardian: <<PERSON:rf1_full>> (daughter), appointed by <<ORG:court1>>, ref <<ID:case1>>, tel <<PHONE:mob1>>
Also consulted: son <<PERSON:rm2_full>> (lives in <<LOCATION:city1>>); GP Dr <<PERSON:p3_full>>, <<ORG:practice1>>.
Assessment: Alzheimer's disease, MMSE 11/30; unable to retain information about the proposed treatment (PEG insertion discussed and not proceeded with; oral nutrition with SALT advice).
Treatment plan: fundamental healthcare procedures; antibiotics; venepuncture; not for CPR (DNACPR form dated <<DATE:d7_n>>).
Certificate valid from <<DATE:d9_n>> to <<DATE:nx3_n>>.
Signed: Dr <<PERSON:p4_full>>, Consultant in Medicine for the Elderly, GMC <<ID:reg4>>, bleep <<PHONE:bleep4>>
Witnessed: <<PERSON:f5_full>>, Charge Nurse
""",
    "perinatal_mh_nz": """\
MATERNAL MENTAL HEALTH SERVICE - INITIAL ASSESSMENT
Name: <<PERSON:pt_full>>   NHI <<ID:natid>>   DOB <<DATE:dob>>   Ph <<PHONE:ph_pt>>
Baby: <<PERSON:rm1_full>>, born <<DATE:d2_l>> at <<ORG:hosp1>>, {ga} weeks, {weight}.
Partner: <<PERSON:m2_full>> (<<PHONE:mob2>>). Nan (<<PERSON:f3_first>>) lives with them in <<LOCATION:city1>>.
Referral from LMC midwife <<PERSON:f4_full>> on <<DATE:d6_s>>: EPDS {epds}, item 10 scored 2.
History: <<PERSON:pt_first>> describes intrusive thoughts of harming <<PERSON:rm1_first>> ("what if I drop him"), ego-dystonic, checking at night. No psychotic symptoms. Previous depression in {yr1} after her brother <<PERSON:rm5_first>> died. Family: mother <<PERSON:f6_full>> had "a breakdown" after <<PERSON:pt_first>>'s birth.
Plan: sertraline 25 mg (compatible with breastfeeding); CBT with psychologist <<PERSON:p7_full>>; whānau support.
Contacts:
[[contacts_nz_perinatal]]
Crisis: <<PHONE:crisis1>>. Next review <<DATE:nx1_s>>.
""",
}

_EN_SPECS: Final[dict[str, _Spec]] = {
    "adv_directive_poa_us": _Spec("US", "x", 62, 99),
    "bereavement_call_au": _Spec("AU", "f", 72, 104, "it"),
    "chaplaincy_ie": _Spec("IE", "m", 55, 92),
    "cp_strategy_uk": _Spec("UK", "f", 3, 13),
    "measles_contacts_nz": _Spec("NZ", "x", 1, 12),
    "tb_contacts_ca": _Spec("CA", "x", 22, 80),
    "custody_fme_uk": _Spec("UK", "m", 18, 64),
    "brca_pedigree_uk": _Spec("UK", "f", 24, 50),
    "huntington_predictive_us": _Spec("US", "x", 21, 45),
    "incident_witness_uk": _Spec("UK", "m", 70, 101),
    "complaint_response_au": _Spec("AU", "m", 60, 98),
    "mha_assessment_uk": _Spec("UK", "m", 19, 70),
    "psych_hold_us": _Spec("US", "m", 18, 60),
    "mh_tribunal_ie": _Spec("IE", "f", 19, 75),
    "delivery_summary_us": _Spec("US", "f", 17, 44),
    "antenatal_booking_uk": _Spec("UK", "f", 18, 44),
    "nicu_twins_au": _Spec("AU", "x", 0, 0),
    "paeds_school_ca": _Spec("CA", "f", 5, 12),
    "oncology_mdt_uk": _Spec("UK", "m", 40, 93),
    "tumor_board_us": _Spec("US", "x", 18, 39),
    "whanau_hui_nz": _Spec("NZ", "m", 55, 99, "maori"),
    "trial_screening_log_us": _Spec("US", "x", 40, 85),
    "research_consent_uk": _Spec("UK", "x", 60, 96),
    "donor_referral_us": _Spec("US", "x", 18, 70),
    "living_donor_ca": _Spec("CA", "m", 24, 65),
    "safeguarding_adult_ie": _Spec("IE", "f", 75, 102),
    "crisis_log_au": _Spec("AU", "f", 16, 40),
    "awi_certificate_sc": _Spec("SC", "x", 70, 103),
    "perinatal_mh_nz": _Spec("NZ", "f", 18, 42, "pacific"),
}


# ---------------------------------------------------------------------------------------------
# Chinese notes: names (with pinyin where the characters are known), places, organisations
# ---------------------------------------------------------------------------------------------
def _pairs(text: str) -> dict[str, str]:
    """``"王:Wang 李:Li"`` -> ``{"王": "Wang", "李": "Li"}``."""
    return dict(item.split(":", 1) for item in text.split())


_ZH_SURNAMES: Final = _pairs(
    "王:Wang 李:Li 张:Zhang 刘:Liu 陈:Chen 杨:Yang 黄:Huang 赵:Zhao 吴:Wu 周:Zhou 徐:Xu 孙:Sun 马:Ma 朱:Zhu 胡:Hu "
    "郭:Guo 何:He 高:Gao 林:Lin 罗:Luo 郑:Zheng 梁:Liang 谢:Xie 宋:Song 唐:Tang 许:Xu 韩:Han 冯:Feng 邓:Deng 曹:Cao "
    "彭:Peng 曾:Zeng 肖:Xiao 田:Tian 董:Dong 袁:Yuan 潘:Pan 于:Yu 蒋:Jiang 蔡:Cai 余:Yu 杜:Du 叶:Ye 程:Cheng 苏:Su "
    "魏:Wei 吕:Lv 丁:Ding 任:Ren 沈:Shen 姚:Yao 卢:Lu 姜:Jiang 崔:Cui 钟:Zhong 谭:Tan 陆:Lu 汪:Wang 范:Fan 金:Jin "
    "石:Shi 廖:Liao 贾:Jia 夏:Xia 韦:Wei 付:Fu 方:Fang 白:Bai 邹:Zou 孟:Meng 熊:Xiong 秦:Qin 邱:Qiu 江:Jiang 尹:Yin "
    "薛:Xue 闫:Yan 段:Duan 雷:Lei 侯:Hou 龙:Long 史:Shi 陶:Tao 黎:Li 贺:He 顾:Gu 毛:Mao 郝:Hao 龚:Gong 邵:Shao "
    "万:Wan 钱:Qian 严:Yan 覃:Qin 武:Wu 戴:Dai 莫:Mo 孔:Kong 向:Xiang 汤:Tang 常:Chang 温:Wen 康:Kang 施:Shi 文:Wen "
    "牛:Niu 樊:Fan 葛:Ge 邢:Xing 安:An 齐:Qi 易:Yi 乔:Qiao 伍:Wu 庞:Pang 颜:Yan 倪:Ni 庄:Zhuang 聂:Nie 章:Zhang "
    "鲁:Lu 岳:Yue 翟:Zhai 殷:Yin 詹:Zhan 申:Shen 欧:Ou 耿:Geng 关:Guan 兰:Lan 焦:Jiao 俞:Yu 左:Zuo 柳:Liu 甘:Gan "
    "祝:Zhu 包:Bao 宁:Ning 尚:Shang 符:Fu 舒:Shu 阮:Ruan 柯:Ke 纪:Ji 梅:Mei 童:Tong 凌:Ling 毕:Bi 单:Shan 季:Ji "
    "裴:Pei 霍:Huo 涂:Tu 成:Cheng 苗:Miao 谷:Gu 盛:Sheng 曲:Qu 翁:Weng 冉:Ran 骆:Luo 蓝:Lan 路:Lu 游:You 辛:Xin "
    "靳:Jin 管:Guan 柴:Chai 蒙:Meng 鲍:Bao 华:Hua 喻:Yu 祁:Qi 蒲:Pu 房:Fang 滕:Teng 屈:Qu 饶:Rao 解:Xie 牟:Mou "
    "艾:Ai 尤:You 阳:Yang 时:Shi 穆:Mu 农:Nong 司:Si 卓:Zhuo 古:Gu 吉:Ji 缪:Miao 简:Jian 车:Che 项:Xiang 连:Lian 麦:Mai"
)
_ZH_COMPOUND: Final = _pairs(
    "欧阳:Ouyang 司马:Sima 上官:Shangguan 诸葛:Zhuge 东方:Dongfang 皇甫:Huangfu 尉迟:Yuchi 慕容:Murong 令狐:Linghu 端木:Duanmu 公孙:Gongsun 夏侯:Xiahou 司徒:Situ 申屠:Shentu 宇文:Yuwen 长孙:Zhangsun 南宫:Nangong"
)
_ZH_RARE: Final = _pairs(
    "佘:She 訾:Zi 仉:Zhang 亓:Qi 郗:Xi 昝:Zan 逄:Pang 禚:Zhuo 钭:Tou 蒯:Kuai 笪:Da 冼:Xian 岑:Cen 逯:Lu 隗:Wei 厍:She 蔺:Lin 麻:Ma 练:Lian 揭:Jie 粟:Su 邝:Kuang 鄂:E 扈:Hu 晏:Yan"
)
_ZH_CHAR_PINYIN: Final = _pairs(
    "东:dong 丹:dan 丽:li 云:yun 亮:liang 伟:wei 佳:jia 俊:jun 倩:qian 健:jian 兰:lan 兵:bing 军:jun 冬:dong 凤:feng "
    "凯:kai 刚:gang 利:li 勇:yong 华:hua 博:bo 国:guo 坤:kun 娜:na 娟:juan 婷:ting 宁:ning 宇:yu 小:xiao 岩:yan 峰:feng "
    "帅:shuai 帆:fan 平:ping 建:jian 强:qiang 彬:bin 志:zhi 想:xiang 慧:hui 成:cheng 敏:min 文:wen 斌:bin 旭:xu 明:ming "
    "春:chun 晨:chen 晶:jing 杨:yang 杰:jie 林:lin 柳:liu 桂:gui 梅:mei 楠:nan 欢:huan 欣:xin 波:bo 洁:jie 洋:yang 浩:hao "
    "海:hai 涛:tao 淑:shu 燕:yan 玉:yu 玲:ling 珍:zhen 琳:lin 琴:qin 瑜:yu 瑞:rui 璐:lu 畅:chang 磊:lei 秀:xiu 红:hong "
    "艳:yan 芝:zhi 花:hua 芳:fang 英:ying 荣:rong 莉:li 莹:ying 萍:ping 超:chao 辉:hui 金:jin 鑫:xin 阳:yang 雪:xue "
    "雷:lei 霞:xia 静:jing 颖:ying 飞:fei 香:xiang 鹏:peng 龙:long 子:zi 涵:han 梓:zi 萱:xuan 然:ran 轩:xuan 一:yi "
    "诺:nuo 怡:yi 诗:shi 雨:yu 桐:tong 熙:xi 沐:mu 思:si 远:yuan 嘉:jia 锦:jin 程:cheng 振:zhen 卫:wei 爱:ai 光:guang "
    "胜:sheng 向:xiang 和:he 秋:qiu 月:yue 庆:qing 晓:xiao 梦:meng 悦:yue 琪:qi 昊:hao 睿:rui 泽:ze 航:hang 辰:chen "
    "晴:qing 语:yu 彤:tong 妍:yan 永:yong 福:fu 德:de 生:sheng 有:you 根:gen 喜:xi 翠:cui 菊:ju 莲:lian 娣:di 财:cai "
    "宏:hong 伦:lun 凡:fan 亦:yi 可:ke 欢:huan 乐:le 安:an 心:xin 新:xin 宝:bao 贵:gui 兴:xing 武:wu 伶:ling 桃:tao "
    "豆:dou 朵:duo 果:guo 糖:tang 妞:niu 壮:zhuang 鱼:yu 天:tian 军:jun 青:qing 松:song 柏:bai 美:mei 家:jia 君:jun "
    "佑:you 民:min 长:chang 江:jiang 黎:li"
)
_ZH_GIVEN_F: Final = (
    "子涵",
    "梓萱",
    "一诺",
    "欣怡",
    "诗涵",
    "雨桐",
    "思远",
    "嘉怡",
    "晓梦",
    "悦",
    "琪",
    "晴",
    "语彤",
    "妍",
    "美玲",
    "翠",
    "菊",
    "莲",
    "秀英",
    "桂英",
    "玉兰",
    "春燕",
    "雪梅",
    "晓燕",
    "丽君",
    "心怡",
    "可欣",
    "佳琪",
)
_ZH_GIVEN_M: Final = (
    "浩然",
    "宇轩",
    "俊熙",
    "沐阳",
    "锦程",
    "昊",
    "睿",
    "泽宇",
    "航",
    "辰",
    "永福",
    "德生",
    "有根",
    "喜财",
    "宏伟",
    "伦",
    "亦凡",
    "子轩",
    "家乐",
    "天佑",
    "青松",
    "柏林",
    "新民",
    "兴武",
    "贵生",
)
_ZH_WORD_GIVEN: Final = (
    ("峰", "m"),
    ("海燕", "f"),
    ("建国", "m"),
    ("国庆", "m"),
    ("春花", "f"),
    ("秋月", "f"),
    ("向东", "m"),
    ("和平", "m"),
    ("红梅", "f"),
    ("建军", "m"),
    ("卫东", "m"),
    ("爱华", "f"),
    ("光明", "m"),
    ("胜利", "m"),
    ("振华", "m"),
    ("志强", "m"),
    ("桂花", "f"),
    ("冬梅", "f"),
    ("春梅", "f"),
    ("金凤", "f"),
    ("平安", "m"),
    ("文明", "m"),
    ("美丽", "f"),
    ("安心", "f"),
    ("长江", "m"),
    ("黎明", "m"),
)
_ZH_MINORITY: Final = (
    ("阿依古丽·买买提", "f"), ("热依拉·艾力", "f"), ("木拉提·吐尔逊", "m"), ("迪丽娜尔·阿不都", "f"), ("阿不都热合曼·艾则孜", "m"),
    ("古丽米拉·吾斯曼", "f"), ("扎西顿珠", "m"), ("格桑卓玛", "f"), ("次仁央金", "f"), ("巴特尔", "m"), ("其木格", "f"), ("乌兰图雅", "f"),
    ("阿力木江·买买提明", "m"), ("努尔兰·哈力木", "m"), ("依明江", "m"), ("达瓦次仁", "m"), ("斯琴高娃", "f"), ("阿牛木呷", "m"), ("吉克阿依", "f"),
    ("莫色拉则", "m"), ("帕提古丽•吐尔洪", "f"), ("艾克拜尔.买买提", "m"), ("娜仁花", "f"), ("白玛", "f"), ("丹增", "m"), ("布仁巴雅尔", "m"),
)  # fmt: skip
_ZH_MILK: Final = (
    "豆豆",
    "朵朵",
    "乐乐",
    "果果",
    "糖糖",
    "妞妞",
    "壮壮",
    "小雨",
    "小鱼儿",
    "小宝",
    "贝贝",
    "团团",
    "圆圆",
    "毛毛",
    "丫丫",
    "石头",
)
_ZH_CO_PREFIXES: Final = tuple(
    p
    for p in (str(x) for x in importlib.import_module("faker.providers.company.zh_CN").Provider.company_prefixes)
    if "公司" not in p
)
_ZH_TITLE_END: Final = ("女士", "先生", "医生", "主任", "护士", "大夫", "阿姨", "大爷", "药师", "老师")


@dataclass(frozen=True)
class _ZhPerson:
    xing: str
    ming: str
    full: str
    female: bool
    py_xing: str
    py_ming: str
    nick: str
    py_init: str = ""


def _pinyin_of(text: str) -> str:
    syllables = [_ZH_CHAR_PINYIN.get(ch, "") for ch in text]
    if not syllables or not all(syllables):
        return ""
    out = syllables[0]
    for syl in syllables[1:]:
        out += ("'" if syl[0] in "aoe" else "") + syl
    return out


_ZH_FEMININE: Final = set("霞芳娜敏静秀英丽艳娟燕玲桂丹萍玉兰梅莉珍凤晶颖雪慧倩琴婷琳淑香芝花璐莹")
_ZH_MASCULINE: Final = set("强伟磊勇军刚鹏斌帅龙峰兵雷坤涛杰超")
_ZH_FAKER_F: Final = tuple(
    n for n in _faker_list("zh_CN", "first_names_female") if _pinyin_of(n) and not set(n) & _ZH_MASCULINE
)
_ZH_FAKER_M: Final = tuple(
    n for n in _faker_list("zh_CN", "first_names_male") if _pinyin_of(n) and not set(n) & _ZH_FEMININE
)
_TW_LAST: Final = _faker_list("zh_TW", "last_names")
_TW_F: Final = _faker_list("zh_TW", "first_names_female")
_TW_M: Final = _faker_list("zh_TW", "first_names_male")


def _make_zh_person(
    rng: random.Random, letters: str, *, female: bool | None = None, xing: str | None = None
) -> _ZhPerson:
    if female is None:
        female = True if "f" in letters else False if "m" in letters else rng.random() < 0.5
    if "y" in letters:
        full, sex = rng.choice([m for m in _ZH_MINORITY if (m[1] == "f") == female] or list(_ZH_MINORITY))
        parts = re.split(r"[·•.]", full)
        return _ZhPerson(parts[-1], parts[0], full, sex == "f", "", "", parts[0][:2])
    if "t" in letters and xing is None:
        surname = xing or rng.choice(_TW_LAST)
        given = rng.choice(_TW_F if female else _TW_M)
        return _ZhPerson(surname, given, surname + given, female, "", "", given[-1] * 2)
    if xing is None:
        roll = rng.random()
        if "c" in letters or roll < 0.05:
            xing = rng.choice(list(_ZH_COMPOUND))
        elif "x" in letters or roll < 0.10:
            xing = rng.choice(list(_ZH_RARE))
        else:
            xing = rng.choice(list(_ZH_SURNAMES))
    given = ""
    while not _pinyin_of(given):
        if "w" in letters or rng.random() < 0.15:
            given = rng.choice([g for g, s in _ZH_WORD_GIVEN if (s == "f") == female])
        else:
            roll = rng.random()
            if roll < 0.55:
                given = rng.choice(_ZH_FAKER_F if female else _ZH_FAKER_M)
            elif roll < 0.85:
                given = rng.choice(_ZH_GIVEN_F if female else _ZH_GIVEN_M)
            else:
                singles = [n for n in (_ZH_FAKER_F if female else _ZH_FAKER_M) if len(n) == 1]
                given = rng.choice(singles) + rng.choice(singles)
    py_xing = _ZH_SURNAMES.get(xing) or _ZH_COMPOUND.get(xing) or _ZH_RARE.get(xing, "")
    nick = given[-1] * 2 if rng.random() < 0.6 else rng.choice(_ZH_MILK)
    initials = (py_xing[:1] + "".join(_ZH_CHAR_PINYIN.get(ch, "?")[0] for ch in given)).upper()
    person = _ZhPerson(
        xing, given, xing + given, female, py_xing, _pinyin_of(given), nick, initials if "?" not in initials else ""
    )
    if person.full.endswith(_ZH_TITLE_END) or person.full.startswith("老"):
        return _make_zh_person(rng, letters, female=female, xing=None)
    return person


def _zh_form(person: _ZhPerson, form: str) -> str:
    py_ming = person.py_ming.capitalize()
    forms: dict[str, Callable[[], str]] = {
        "name": lambda: person.full,
        "xing": lambda: person.xing,
        "ming": lambda: person.ming,
        "nick": lambda: person.nick,
        "py": lambda: f"{person.py_xing} {py_ming}",
        "pyup": lambda: f"{person.py_xing.upper()} {py_ming}",
        "pycaps": lambda: f"{person.py_xing} {person.py_ming}".upper(),
        "pyinit": lambda: person.py_init,
        "pymx": lambda: f"{py_ming} {person.py_xing}",
    }
    return forms[form]()


PERSON_FORMS_ZH: Final = frozenset(("name", "xing", "ming", "nick", "py", "pyup", "pycaps", "pyinit", "pymx"))


@dataclass(frozen=True)
class _ZhCity:
    province: str  # "" for a municipality
    city: str  # without 市
    districts: tuple[str, ...]
    area: str
    counties: tuple[str, ...] = ()


_ZH_CITIES: Final = (
    _ZhCity("浙江省", "杭州", ("西湖区", "拱墅区", "余杭区", "上城区"), "0571", ("桐庐县", "淳安县")),
    _ZhCity("湖南省", "长沙", ("岳麓区", "开福区", "雨花区"), "0731", ("长沙县",)),
    _ZhCity("湖南省", "邵阳", ("双清区", "大祥区"), "0739", ("新邵县", "隆回县", "洞口县", "绥宁县")),
    _ZhCity("广东省", "广州", ("天河区", "越秀区", "白云区", "海珠区"), "020"),
    _ZhCity("广东省", "深圳", ("南山区", "福田区", "龙岗区"), "0755"),
    _ZhCity("广东省", "湛江", ("赤坎区", "霞山区"), "0759", ("遂溪县", "徐闻县")),
    _ZhCity("四川省", "成都", ("武侯区", "锦江区", "金牛区"), "028", ("金堂县", "大邑县")),
    _ZhCity("四川省", "南充", ("顺庆区", "高坪区"), "0817", ("南部县", "仪陇县", "营山县")),
    _ZhCity("河南省", "郑州", ("金水区", "二七区"), "0371", ("中牟县",)),
    _ZhCity("河南省", "周口", ("川汇区",), "0394", ("鹿邑县", "郸城县", "沈丘县")),
    _ZhCity("江苏省", "南京", ("鼓楼区", "玄武区", "秦淮区"), "025"),
    _ZhCity("江苏省", "徐州", ("云龙区", "鼓楼区"), "0516", ("沛县", "睢宁县", "丰县")),
    _ZhCity("湖北省", "武汉", ("武昌区", "洪山区", "江汉区"), "027"),
    _ZhCity("山东省", "济南", ("历下区", "槐荫区"), "0531", ("平阴县",)),
    _ZhCity("山东省", "青岛", ("市南区", "黄岛区"), "0532"),
    _ZhCity("", "北京", ("海淀区", "朝阳区", "丰台区", "西城区"), "010", ("密云区",)),
    _ZhCity("", "上海", ("徐汇区", "浦东新区", "闵行区"), "021"),
    _ZhCity("", "天津", ("和平区", "南开区", "河西区"), "022"),
    _ZhCity("云南省", "昆明", ("五华区", "盘龙区"), "0871", ("富民县", "宜良县")),
    _ZhCity("贵州省", "遵义", ("红花岗区", "汇川区"), "0851", ("湄潭县", "凤冈县")),
    _ZhCity("江西省", "赣州", ("章贡区",), "0797", ("于都县", "兴国县", "宁都县")),
    _ZhCity("新疆维吾尔自治区", "乌鲁木齐", ("天山区", "沙依巴克区"), "0991", ("乌鲁木齐县",)),
    _ZhCity("内蒙古自治区", "呼和浩特", ("新城区", "赛罕区"), "0471", ("托克托县", "武川县")),
    _ZhCity("辽宁省", "沈阳", ("和平区", "皇姑区"), "024", ("康平县", "法库县")),
    _ZhCity("福建省", "厦门", ("思明区", "湖里区"), "0592"),
    _ZhCity("陕西省", "西安", ("雁塔区", "碑林区"), "029", ("周至县", "蓝田县")),
)  # fmt: skip
_ZH_ROADS: Final = (
    "文三路",
    "解放路",
    "人民路",
    "中山路",
    "建设路",
    "长江路",
    "黄河路",
    "和平路",
    "胜利街",
    "光明路",
    "向阳路",
    "幸福路",
    "学院路",
    "新华街",
    "友谊路",
    "青年路",
    "东风路",
    "红旗路",
    "朝阳街",
    "建国路",
    "春华路",
    "迎宾大道",
    "滨江路",
    "育才路",
    "高峰路",
    "海燕街",
)
_ZH_ESTATES: Final = (
    "阳光花园",
    "金色家园",
    "翠苑一区",
    "幸福里",
    "锦绣华庭",
    "和平新村",
    "春江花月",
    "紫金小区",
    "怡景苑",
    "职工宿舍",
    "安居小区",
    "桂花园",
)
_ZH_TOWNS: Final = ("黄桥镇", "石桥镇", "新塘镇", "龙泉镇", "白沙镇", "马家镇", "长乐镇", "青山镇", "桃源镇", "柳河镇")
_ZH_VILLAGES: Final = (
    "下河村",
    "李家村",
    "王庄村",
    "柳树村",
    "五星村",
    "红旗村",
    "张家湾村",
    "高峰村",
    "和平村",
    "向阳村",
    "石门村",
)
_ZH_WORDS: Final = ("鑫达", "华瑞", "宏远", "恒通", "金诚", "博大", "康宁", "新元", "信诚", "正泰", "安和", "德信")


@dataclass(frozen=True)
class _ZhAddress:
    street: str  # the known "street address"
    full: str
    city: _ZhCity
    rural: bool


def _zh_address(rng: random.Random, city: _ZhCity, *, rural: bool | None = None) -> _ZhAddress:
    if rural is None:
        rural = bool(city.counties) and rng.random() < 0.3
    head = f"{city.province}{city.city}市"
    if rural and city.counties:
        street = f"{rng.choice(_ZH_TOWNS)}{rng.choice(_ZH_VILLAGES)}{rng.randint(1, 12)}组{rng.randint(1, 80)}号"
        return _ZhAddress(street, f"{head}{rng.choice(city.counties)}{street}", city, True)
    road = f"{rng.choice(_ZH_ROADS)}{rng.randint(1, 400)}号"
    if rng.random() < 0.75:
        road += f"{rng.choice(_ZH_ESTATES)}{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{rng.randint(1, 33)}{rng.randint(1, 4):02d}室"
    return _ZhAddress(road, f"{head}{rng.choice(city.districts)}{road}", city, False)


def _zh_org(rng: random.Random, kind: str, city: _ZhCity) -> str:
    c = city.city
    d = rng.choice(city.districts)
    n = rng.choice("一二三四五六七八")
    road = rng.choice(_ZH_ROADS)
    road_short = road[:-1] if road.endswith(("路", "街")) else road
    word = rng.choice(_ZH_WORDS)
    table: dict[str, tuple[str, ...]] = {
        "hosp": (
            f"{c}市第{n}人民医院",
            f"{c}市中心医院",
            f"{c}市人民医院",
            f"{c}市中医院",
            f"{d}人民医院",
            f"{c}医科大学附属第{n}医院",
        ),
        "psych": (f"{c}市精神卫生中心", f"{c}市康宁医院", f"{c}市第七人民医院", f"{c}市安定医院"),
        "mch": (f"{c}市妇幼保健院", f"{d}妇幼保健院", f"{c}市妇女儿童医院"),
        "child": (f"{c}市儿童医院", f"{c}市妇女儿童医疗中心"),
        "onco": (f"{c}市肿瘤医院", f"{c}市第{n}人民医院肿瘤中心"),
        "school": (
            f"{c}市第{rng.randint(1, 40)}中学",
            f"{d}实验小学",
            f"{road_short}小学",
            f"{c}外国语学校",
            f"{c}市{word}中学",
        ),
        "kg": (f"{d}{word}幼儿园", f"{c}市机关幼儿园", f"{road_short}幼儿园"),
        "uni": (f"{c}大学", f"{c}医科大学", f"{c}职业技术学院", f"{c}师范大学"),
        "police": (f"{road_short}派出所", f"{c}市公安局{d}分局", f"{rng.choice(_ZH_TOWNS)}派出所"),
        "court": (f"{c}市{d}人民法院", f"{c}市中级人民法院"),
        "jds": (f"{c}{word}司法鉴定所", f"{c}市公安司法鉴定中心", f"{c}{word}法医司法鉴定所"),
        "kss": (f"{c}市第{n}看守所", f"{c}市看守所", f"{c}市拘留所"),
        "chc": (
            f"{road_short}街道社区卫生服务中心",
            f"{rng.choice(_ZH_TOWNS)}卫生院",
            f"{d}{road_short}社区卫生服务站",
        ),
        "company": (
            f"{c}{rng.choice(_ZH_CO_PREFIXES)}科技有限公司",
            f"{c}{rng.choice(_ZH_CO_PREFIXES)}物流有限公司",
            f"{rng.choice(_ZH_CO_PREFIXES)}建筑工程有限公司",
            f"{c}{word}服装厂",
            f"{c}{word}食品有限公司",
        ),
        "charity": (
            f"{c}市慈善总会",
            f"{c}市红十字会",
            f"{c}市{word}社会工作服务中心",
            f"{d}{word}公益服务中心",
            f"{c}市{word}关爱协会",
        ),
        "insurer": ("中国人寿", "中国平安", "太平洋保险", "泰康人寿", "新华保险"),
        "funeral": (f"{c}市殡仪馆", f"{c}{word}陵园", f"{d}殡仪服务中心"),
        "lawfirm": (f"{word}律师事务所", f"{c}{word}律师事务所"),
        "ylh": (f"{c}市{word}养老院", f"{d}颐养中心", f"{rng.choice(_ZH_TOWNS)}敬老院"),
        "mzj": (f"{d}民政局", f"{c}市民政局"),
        "jdb": (f"{road_short}街道办事处", f"{road_short}街道"),
        "jwh": (f"{rng.choice(_ZH_ESTATES)}社区居委会", f"{rng.choice(_ZH_VILLAGES)}村委会"),
        "cdc": (f"{d}疾病预防控制中心", f"{c}市疾控中心", f"{d}疾控中心"),
        "lab": ("金域医学检验所", "迪安诊断", "华大基因", "艾迪康医学检验中心", f"{c}{word}医学检验所"),
        "fulian": (f"{d}妇联", f"{c}市妇联"),
        "redcross": (f"{c}市红十字会", f"{city.province or c + '市'}红十字会"),
        "shop": (f"{c}{word}超市", "永辉超市", f"沃尔玛{d}店", f"{road_short}农贸市场", f"{d}{word}商场"),
        "tiaojie": (f"{c}市医疗纠纷人民调解委员会", f"{d}医疗纠纷人民调解委员会"),
        "pharma": ("恒瑞医药", "百济神州", "信达生物", "君实生物", "石药集团"),
        "cro": ("泰格医药", "昆泰", "精鼎医药", "方达医药"),
        "employer": (
            f"{c}{word}电子厂",
            f"{c}{word}物流有限公司",
            f"{d}{word}建筑工程队",
            "美团",
            "顺丰速运",
            f"{c}市公交集团",
        ),
    }
    return rng.choice(table[kind])


_ZH_PROVINCE_ABBR: Final = {
    "浙江省": "浙", "湖南省": "湘", "广东省": "粤", "四川省": "川", "河南省": "豫", "江苏省": "苏", "湖北省": "鄂", "山东省": "鲁",
    "云南省": "云", "贵州省": "黔", "江西省": "赣", "新疆维吾尔自治区": "新", "内蒙古自治区": "蒙", "辽宁省": "辽", "福建省": "闽", "陕西省": "陕",
    "北京": "京", "上海": "沪", "天津": "津",
}  # fmt: skip
_ZH_MOBILE_PREFIXES: Final = (
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
    "157",
    "158",
    "159",
    "166",
    "173",
    "177",
    "180",
    "181",
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
_ZH_HOME_DOMAINS: Final = (
    "163.com",
    "126.com",
    "qq.com",
    "sina.com",
    "foxmail.com",
    "hotmail.com",
    "139.com",
    "yeah.net",
)
_ZH_STAFF_DOMAINS: Final = (
    "rmyy.cn",
    "fybjy.org.cn",
    "xkyy.com.cn",
    "jwzx.org.cn",
    "zlyy.cn",
    "cdc-sz.cn",
    "hospital.edu.cn",
)


def _zh_phone_styles(number: str, area: str = "") -> tuple[str, ...]:
    if not area:
        n = number
        return (
            n,
            n,
            f"{n[:3]}-{n[3:7]}-{n[7:]}",
            f"{n[:3]} {n[3:7]} {n[7:]}",
            f"+86 {n[:3]} {n[3:7]} {n[7:]}",
            f"+86-{n}",
            f"{n[:3]}-{n[3:]}",
        )
    n = number
    half = len(n) // 2
    return (
        f"{area}-{n}",
        f"({area}){n}",
        f"{area}-{n[:half]} {n[half:]}",
        f"{area} {n}",
        f"+86-{area[1:]}-{n}",
        f"{area}{n}",
    )


def _zh_date(rng: random.Random, day: dt.date, style: str) -> str:
    y, m, d = day.year, day.month, day.day
    cn_year = "".join("〇一二三四五六七八九"[int(ch)] for ch in str(y))
    styles: dict[str, tuple[str, ...]] = {
        "l": (f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日"),
        "n": (f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{y}.{m:02d}.{d:02d}", f"{y}.{m}.{d}", f"{y}/{m:02d}/{d:02d}"),
        "s": (f"{m}月{d}日", f"{m}月{d}号", f"{m:02d}-{d:02d}", f"{m}月{d}日"),
        "cn": (f"{cn_year}年{_zh_number(m)}月{_zh_number(d)}日",),
        "iso": (day.isoformat(),),
        "c": (f"{y}{m:02d}{d:02d}",),
    }
    if style == "any":
        style = rng.choice(("l", "l", "n", "n", "iso"))
    return rng.choice(styles[style])


class _ZhNote:
    """Everything one Chinese note says about its people, places and numbers."""

    def __init__(self, rng: random.Random, spec: _Spec) -> None:
        self.rng = rng
        self.anchor = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(0, 2370))
        self.gap = rng.randint(1, 5)
        self.city = rng.choice(_ZH_CITIES)
        female = {"f": True, "m": False}.get(spec.gender, rng.random() < 0.5)
        while True:
            self.patient = _make_zh_person(rng, "", female=female)
            if self.patient.py_xing and self.patient.py_ming and self.patient.py_init:
                break
        age = rng.randint(spec.min_age, spec.max_age)
        self.dob = (
            self.anchor - dt.timedelta(days=rng.randrange(1, 25)) if age == 0 else _years_before(self.anchor, age, rng)
        )
        self.age = _age_on(self.dob, self.anchor)
        self.addr = _zh_address(rng, self.city)
        self.phone = rng.choice(_ZH_MOBILE_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(8))
        styles = _zh_phone_styles(self.phone)
        self.phone_text = rng.choice(styles[:3])
        self.phone_variant = rng.choice([s for s in styles if s != self.phone_text])
        self.zyh = rng.choice(
            (
                f"ZY{self.anchor.year}{rng.randint(0, 999999):06d}",
                f"{rng.randint(0, 9999999):07d}",
                f"{self.anchor.year % 100:02d}{rng.randint(0, 99999999):08d}",
                f"Z{rng.randint(10**8, 10**9 - 1)}",
            )
        )
        self.rid = cn_resident_id(rng, self.dob)
        local = _pinyin_of(self.patient.ming) or "user"
        self.email = rng.choice(
            (
                f"{self.patient.py_xing.lower()}{local}{self.dob.year % 100:02d}@{rng.choice(_ZH_HOME_DOMAINS)}",
                f"{rng.randint(10**7, 10**10)}@qq.com",
                f"{local}.{self.patient.py_xing.lower()}@{rng.choice(_ZH_HOME_DOMAINS)}",
                f"{self.patient.py_init.lower()}{self.dob:%Y%m%d}@{rng.choice(_ZH_HOME_DOMAINS)}",
            )
        )
        self.people: dict[str, _ZhPerson] = {"pt": self.patient}
        self.numbers: dict[str, int] = {}
        self.objects: dict[str, str] = {}
        self.addresses: dict[str, _ZhAddress] = {}

    def known(self) -> tuple[KnownIdentifier, ...]:
        p = self.patient
        return (
            KnownIdentifier("PERSON", p.full),
            KnownIdentifier("PERSON", p.ming),
            KnownIdentifier("PERSON", p.xing),
            KnownIdentifier("ID", self.zyh),
            KnownIdentifier("ID", self.rid),
            KnownIdentifier("PHONE", self.phone_text),
            KnownIdentifier("ADDRESS", self.addr.street),
            KnownIdentifier("LOCATION", f"{self.city.city}市"),
            KnownIdentifier("DATE", self.dob.isoformat()),
            KnownIdentifier("EMAIL", self.email),
        )

    def person(self, prefix: str) -> _ZhPerson:
        if prefix not in self.people:
            letters = re.sub(r"\d+", "", prefix)
            xing = self.patient.xing if "r" in letters else self.person("m1").xing if "k" in letters else None
            self.people[prefix] = _make_zh_person(self.rng, letters, xing=xing)
        return self.people[prefix]

    def number(self, key: str, low: int, high: int) -> int:
        if key not in self.numbers:
            self.numbers[key] = self.rng.randint(low, high)
        return self.numbers[key]

    def obj(self, key: str, make: Callable[[], str]) -> str:
        if key not in self.objects:
            self.objects[key] = make()
        return self.objects[key]

    def date(self, kind: str, n: int) -> dt.date:
        if kind == "d":
            return (
                self.anchor - dt.timedelta(days=(9 - n) * self.gap)
                if n <= 9
                else self.anchor + dt.timedelta(days=(n - 9) * self.gap)
            )
        return self.anchor + dt.timedelta(days=n * self.number(f"nx{n}", 5, 30))

    def value(self, key: str) -> str:
        rng = self.rng
        fixed = self._fixed(key)
        if fixed is not None:
            return fixed
        if m := _DOB_KEY.match(key):
            return _zh_date(rng, self.dob, m.group(1) or "any")
        if m := _DATE_KEY.match(key):
            return _zh_date(rng, self.date(m.group(1), int(m.group(2))), m.group(3) or "any")
        if m := _BIRTH_KEY.match(key):
            age = int(self.value(f"{m.group(1)}{m.group(2)}"))
            birth = self.obj(key.split("_")[0], lambda: _years_before(self.anchor, age, rng).isoformat())
            return _zh_date(rng, dt.date.fromisoformat(birth), m.group(3) or "l")
        if m := _EMAIL_KEY.match(key):
            who = self.person(m.group(2))
            local = f"{who.py_xing.lower()}{_pinyin_of(who.ming)}" if who.py_xing and _pinyin_of(who.ming) else ""
            if not local or rng.random() < 0.25:
                return f"{rng.randint(10**6, 10**10)}@qq.com"
            staff = m.group(1) == "em" and "r" not in m.group(2) and rng.random() < 0.6
            return f"{local}{'' if staff else rng.randint(1, 99)}@{rng.choice(_ZH_STAFF_DOMAINS if staff else _ZH_HOME_DOMAINS)}"
        if (m := _PERSON_KEY.match(key)) and m.group(2) in PERSON_FORMS_ZH:
            return _zh_form(self.person(m.group(1)), m.group(2))
        if m := _SIMPLE_KEY.match(key):
            maker = _ZH_MAKERS.get(m.group(1))
            if maker is not None:
                return maker(self, m.group(1) + m.group(2), m.group(3) or "")
        filler = _ZH_FILLERS.get(re.sub(r"\d+$", "", key))
        if filler is not None:
            return rng.choice(filler)
        raise KeyError(f"no value for template key {key!r}")

    def _fixed(self, key: str) -> str | None:
        a, c, rng = self.addr, self.city, self.rng
        table: dict[str, Callable[[], str]] = {
            "pt_age": lambda: str(self.age),
            "pt_agecn": lambda: _zh_number(self.age),
            "zyh": lambda: self.zyh,
            "zyh_v": lambda: (
                self.zyh[2:]
                if self.zyh.startswith("ZY")
                else "00" + self.zyh
                if self.zyh.isdigit()
                else self.zyh.lower()
            ),
            "rid": lambda: self.rid,
            "rid_v": lambda: f"{self.rid[:6]} {self.rid[6:14]} {self.rid[14:]}",
            "ph_pt": lambda: self.phone_text,
            "ph_ptv": lambda: self.phone_variant,
            "em_pt": lambda: self.email,
            "addr_pt": lambda: a.street,
            "addr_pt_full": lambda: a.full,
            "pt_city": lambda: f"{c.city}市",
            "pt_cityshort": lambda: c.city,
            "pt_province": lambda: c.province or f"{c.city}市",
            "pt_wx": lambda: self.obj(
                "pt_wx",
                lambda: rng.choice(
                    (
                        f"{self.patient.py_xing.lower()}{_pinyin_of(self.patient.ming)}{self.dob.year % 100:02d}",
                        f"wxid_{''.join(rng.choice('abcdefghijkmnpqrstuvwxyz0123456789') for _ in range(12))}",
                        f"{self.patient.py_init.lower()}_{rng.randint(100, 9999)}",
                    )
                ),
            ),
        }
        make = table.get(key)
        return make() if make else None


def _zh_mk_phone(note: _ZhNote, key: str, suffix: str) -> str:
    kind = re.sub(r"\d+$", "", key)
    rng = note.rng
    if kind == "mob":
        styles = _zh_phone_styles(
            note.obj(f"{key}:number", lambda: rng.choice(_ZH_MOBILE_PREFIXES) + _digits(rng, 8, first="0123456789"))
        )
    else:
        area = note.obj(f"{key}:area", lambda: (note.city if rng.random() < 0.7 else rng.choice(_ZH_CITIES)).area)
        local = note.obj(f"{key}:local", lambda: _digits(rng, 8 if len(area) == 3 or rng.random() < 0.7 else 7))
        styles = _zh_phone_styles(local, area)
    first = note.obj(f"{key}:style", lambda: rng.choice(styles))
    return rng.choice([s for s in styles if s != first]) if suffix == "v" else first


def _zh_mk_short(note: _ZhNote, key: str, suffix: str) -> str:
    kind = re.sub(r"\d+$", "", key)
    rng = note.rng
    if kind == "ext":
        return note.obj(key, lambda: str(rng.randint(2000, 8999)))
    return note.obj(
        key,
        lambda: rng.choice(
            (
                f"400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                f"400{rng.randint(1000000, 9999999)}",
                f"{note.city.area}-{rng.randint(10**7, 10**8 - 1)}",
                f"800-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
            )
        ),
    )


def _zh_mk_id(note: _ZhNote, key: str, suffix: str) -> str:
    kind = re.sub(r"\d+$", "", key)
    number = key[len(kind) :]
    rng = note.rng
    year = note.anchor.year
    abbr = _ZH_PROVINCE_ABBR.get(note.city.province or note.city.city, "京")

    def make() -> str:
        if kind in ("rid", "ridkid"):
            # Born when the note says the holder's age says (age1 / young1 / kid61 ... if the note gave one).
            ages = [
                note.numbers[f"{a}{number}"]
                for a in ("age", "young", "mid", "elder", "old", "kid")
                if f"{a}{number}" in note.numbers
            ]
            if ages:
                return cn_resident_id(rng, _years_before(note.anchor, ages[0], rng))
            low, high = (400, 5500) if kind == "ridkid" else (6600, 30000)
            return cn_resident_id(rng, note.anchor - dt.timedelta(days=rng.randint(low, high)))
        if kind == "zyhx":
            return rng.choice((f"ZY{year}{rng.randint(0, 999999):06d}", f"{rng.randint(0, 9999999):07d}"))
        if kind == "mzh":
            return rng.choice((f"MZ{year}{rng.randint(0, 99999999):08d}", f"{rng.randint(10**11, 10**12 - 1)}"))
        if kind == "bah":
            return f"{rng.randint(10**5, 10**8 - 1)}"
        if kind == "jzk":
            return f"{rng.randint(10**11, 10**12 - 1)}"
        if kind == "ybk":
            return rng.choice(
                (f"{rng.randint(10**11, 10**12 - 1)}", _alnum(rng, "A99999999"), _alnum(rng, "9999999999A"))
            )
        if kind == "csz":
            return _alnum(rng, "A999999999")
        if kind == "ajbh":
            return f"（{year}）{abbr}{rng.randint(100, 9999):04d}{rng.choice('民刑行')}{rng.choice(('初', '终', '特'))}{rng.randint(1, 30000)}号"
        if kind == "jdbh":
            return f"{abbr}{rng.choice(_ZH_WORDS)}司鉴〔{year}〕{rng.choice(('临鉴字', '法病字', '精鉴字'))}第{rng.randint(1, 2000):04d}号"
        if kind == "zybh":
            return f"{rng.choice(_CN_AREA_CODES)}{year}{rng.randint(0, 999999):06d}"
        if kind == "jh":
            return f"{rng.randint(0, 999999):06d}"
        if kind == "wx":
            who = note.person(f"q{key[2:] or '0'}")
            return rng.choice(
                (
                    f"wxid_{''.join(rng.choice('abcdefghijkmnpqrstuvwxyz0123456789') for _ in range(12))}",
                    f"{who.py_xing.lower() or 'xiao'}{_pinyin_of(who.ming) or 'yu'}{rng.randint(1, 999)}",
                    f"{rng.choice(('sunny', 'momo', 'lucky', 'tiantian', 'xiaoyu'))}_{rng.randint(1970, 2010)}",
                )
            )
        if kind == "qq":
            return str(rng.randint(10**6, 10**10))
        if kind == "hz":
            return _alnum(rng, "E99999999")
        if kind == "txz":
            return _alnum(rng, "C99999999")
        if kind == "syz":
            initials = (
                note.patient.py_init
                if suffix == "pt"
                else "".join(rng.choice("BCDFGHJLMQSTWXYZ") for _ in range(rng.choice((2, 3))))
            )
            return rng.choice(
                (
                    f"{rng.randint(1, 30):02d}-{rng.randint(1, 200):03d}-{initials}",
                    f"S{rng.randint(1, 30):02d}{rng.randint(1, 200):03d}{initials}",
                )
            )
        if kind == "jxz":
            return rng.choice(
                (
                    f"OPO{year}{rng.randint(1, 9999):04d}",
                    f"D{year}-{rng.randint(1, 999):03d}",
                    f"{abbr}RC-{year}-{rng.randint(1, 999):03d}",
                )
            )
        if kind == "zyzs":
            return f"{rng.randint(10**14, 10**15 - 1)}"
        if kind == "cp":
            return f"{abbr}{rng.choice('ABCDEFGHJK')}{rng.choice(('·', ''))}{_alnum(rng, rng.choice(('99999', '9A999', 'A9999', '999A9')))}"
        if kind == "blh":
            return rng.choice(
                (
                    f"B{year}-{rng.randint(1, 99999):05d}",
                    f"{year % 100:02d}P{rng.randint(1, 99999):05d}",
                    f"BL{rng.randint(10**6, 10**7 - 1)}",
                )
            )
        if kind == "bd":
            return f"{rng.randint(10**15, 10**16 - 1)}"
        if kind == "xh":
            return f"{year - rng.randint(0, 3)}{rng.randint(10**5, 10**6 - 1)}{rng.randint(10, 99)}"
        if kind == "gh":
            return str(rng.randint(1000, 99999))
        if kind == "bh":
            return f"{year}{rng.randint(0, 999999):06d}"
        if kind == "lsh":  # 流调编号 / 个案编号
            return f"{abbr}{year}{rng.randint(1, 9999):04d}"
        return _alnum(rng, "AA999999")

    return note.obj(key, make)


_CN_AREA_CODES: Final = (
    "110105",
    "310104",
    "440106",
    "330106",
    "420102",
    "510107",
    "430102",
    "320102",
    "370202",
    "430503",
    "411602",
    "450103",
)


def _zh_mk_org(note: _ZhNote, key: str, suffix: str) -> str:
    kind = re.sub(r"\d+$", "", key)
    city = note.city if note.rng.random() < 0.7 else note.rng.choice(_ZH_CITIES)
    return note.obj(key, lambda: _zh_org(note.rng, kind, city))


def _zh_mk_place(note: _ZhNote, key: str, suffix: str) -> str:
    kind = re.sub(r"\d+$", "", key)
    rng = note.rng

    def make() -> str:
        city = rng.choice([c for c in _ZH_CITIES if c.city != note.city.city])
        if kind == "city":
            return city.city if rng.random() < 0.7 else f"{city.city}市"
        if kind == "county":
            with_counties = [c for c in _ZH_CITIES if c.counties]
            return rng.choice(rng.choice(with_counties).counties)
        if kind == "town":
            return rng.choice(_ZH_TOWNS)
        if kind == "village":
            return rng.choice(_ZH_VILLAGES)
        return rng.choice(note.city.districts)

    return note.obj(key, make)


def _zh_mk_address(note: _ZhNote, key: str, suffix: str) -> str:
    if key not in note.addresses:
        city = note.city if note.rng.random() < 0.6 else note.rng.choice(_ZH_CITIES)
        note.addresses[key] = _zh_address(note.rng, city)
    address = note.addresses[key]
    return address.street if suffix == "street" else address.full


def _zh_mk_age(note: _ZhNote, key: str, suffix: str) -> str:
    kind = re.sub(r"\d+$", "", key)
    low, high = {
        "age": (19, 86), "kid": (1, 15), "teen": (12, 17), "old": (90, 104), "oldcn": (90, 104), "agecn": (20, 88), "baby": (1, 2),
        "elder": (78, 104), "eldercn": (78, 104), "mid": (45, 82), "young": (18, 50),
    }[kind]  # fmt: skip
    n = note.number(key, low, high)
    return _zh_number(n) if kind.endswith("cn") else str(n)


def _zh_mk_url(note: _ZhNote, key: str, suffix: str) -> str:
    rng = note.rng
    token = "".join(rng.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(22))
    dom = rng.choice(_ZH_STAFF_DOMAINS)
    options = {
        "fund": (
            f"https://www.shuidichou.com/cf/contribute/{token[:16].lower()}",
            f"https://m.qschou.com/project/index/{token[:8].lower()}-{token[8:12].lower()}",
            f"https://gongyi.qq.com/succor/detail.htm?id={rng.randint(10**5, 10**6)}",
        ),
        "sf": (
            f"https://sf.{dom}/q/{token[:8]}",
            f"https://wj.qq.com/s2/{rng.randint(10**6, 10**7)}/{token[:4].lower()}",
            f"https://www.wjx.cn/vm/{token[:7]}.aspx",
        ),
        "wxa": (f"https://mp.weixin.qq.com/s/{token}",),
        "tele": (
            f"https://meeting.tencent.com/dm/{token[:12]}",
            f"https://meeting.tencent.com/p/{rng.randint(10**9, 10**10 - 1)}",
        ),
        "doc": (
            f"https://{dom}/upload/{note.anchor.year}/{token[:10].lower()}.pdf",
            f"http://www.{dom}/news/{rng.randint(1000, 99999)}.html",
        ),
    }
    return note.obj(f"url_{suffix}", lambda: rng.choice(options[suffix]))


_ZH_MAKERS: Final[dict[str, Callable[[_ZhNote, str, str], str]]] = {
    **dict.fromkeys(("mob", "tel"), _zh_mk_phone),
    **dict.fromkeys(("ext", "hot"), _zh_mk_short),
    **dict.fromkeys(
        ("rid", "ridkid", "zyhx", "mzh", "bah", "jzk", "ybk", "csz", "ajbh", "jdbh", "zybh", "jh", "wx", "qq", "hz", "txz", "syz", "jxz",
         "zyzs", "cp", "blh", "bd", "lsh", "xh", "gh", "bh"),
        _zh_mk_id,
    ),
    **dict.fromkeys(
        ("hosp", "psych", "mch", "child", "onco", "school", "kg", "uni", "police", "court", "jds", "kss", "chc", "company", "charity",
         "insurer", "funeral", "lawfirm", "ylh", "mzj", "jdb", "jwh", "cdc", "lab", "fulian", "redcross", "employer", "shop", "tiaojie",
         "pharma", "cro"),
        _zh_mk_org,
    ),
    **dict.fromkeys(("city", "county", "town", "village", "district"), _zh_mk_place),
    "addr": _zh_mk_address,
    **dict.fromkeys(("age", "kid", "teen", "old", "oldcn", "agecn", "baby", "elder", "eldercn", "mid", "young"), _zh_mk_age),
    "url": _zh_mk_url,
    "yr": lambda note, key, suffix: str(note.anchor.year - note.number(key, 1, 7)),
}  # fmt: skip


def _zh_times() -> tuple[str, ...]:
    out = []
    for h in range(24):
        for mnt in (0, 10, 15, 20, 30, 40, 45, 50):
            out.append(f"{h:02d}:{mnt:02d}")
            if mnt in (0, 30):
                out.append(f"{h}时{mnt:02d}分")
                out.append(
                    f"{'上午' if h < 12 else '下午' if h < 18 else '晚上'}{(h % 12) or 12}点{'半' if mnt == 30 else ''}"
                )
    return tuple(out)


_ZH_FILLERS: Final[dict[str, tuple[str, ...]]] = {
    "time": _zh_times(),
    "bed": tuple(str(n) for n in range(1, 61)),
    "ward": (
        "一病区",
        "二病区",
        "三病区",
        "5病区",
        "精神科二病区",
        "开放病区",
        "封闭病区",
        "VIP病区",
        "东区",
        "12楼西",
    ),
    "ga": tuple(f"{w}+{d}" for w in range(28, 42) for d in range(7)),
    "apgar": ("9-10-10", "8-9-10", "10-10-10", "7-9-10", "9分-10分-10分"),
    "weight": tuple(f"{g}g" for g in range(1850, 4300, 45)),
    "year": tuple(str(y) for y in range(1958, 2019)),
    "dur": ("3天", "2周", "半年", "1月余", "10余年", "3年", "2天", "1周"),
    "lot": tuple(f"{y}{m:02d}{c}" for y in (2022, 2023, 2024) for m in (3, 7, 11) for c in ("A", "B", "01")),
    "icd": (
        "F20.0",
        "F31.2",
        "F32.2",
        "F43.1",
        "O80",
        "Z38.0",
        "C50.9",
        "C18.7",
        "C34.1",
        "A15.0",
        "Q90.9",
        "G10",
        "N18.5",
    ),
    "score": tuple(str(n) for n in range(6, 28)),
    "sds": tuple(str(n) for n in range(52, 80)),
    "kps": ("30", "40", "50", "60", "70"),
    "hb": tuple(str(n) for n in range(82, 150, 3)),
    "nct": tuple(f"NCT0{n}" for n in (4561234, 5123987, 3987402, 4410021, 5532110)),
    "ctr": tuple(f"CTR2024{n:04d}" for n in (112, 498, 1023, 2210)),
    "proto": ("HR-0731-III", "SHR-1210-302", "BGB-A317-309", "JS001-021"),
    "hla": ("A2 A11 B46 B60 DR9 DR15", "A24 A33 B58 B13 DR3 DR12", "A2 A24 B51 B62 DR4 DR14"),
    "scr": tuple(f"{n:03d}" for n in range(1, 240, 3)),
    "panss": tuple(str(n) for n in range(62, 121, 3)),
    "grade": ("一", "二", "三", "四", "五", "六"),
    "cls": tuple(str(n) for n in range(1, 13)),
    "flight": ("CZ3539", "MU5137", "CA1831", "HU7605", "3U8633", "G1234次", "D3125次"),
}


# ---------------------------------------------------------------------------------------------
# Variable-length blocks (Chinese)
# ---------------------------------------------------------------------------------------------
def _zh_frag_mdt(note: _ZhNote) -> str:
    people = [
        "<<PERSON:m31_name>>（胸外科）",
        "<<PERSON:f32_name>>主任（肿瘤内科）",
        "<<PERSON:m33_xing>>主任（放疗科）",
        "<<PERSON:p34_name>>（影像科）",
        "<<PERSON:f35_name>>副主任医师（病理科）",
        "<<PERSON:p36_name>>（呼吸与危重症医学科）",
        "<<PERSON:f37_name>>（临床营养科）",
        "<<PERSON:xf38_name>>（肿瘤专科护士）",
        "<<PERSON:cm39_name>>（介入科）",
        "<<PERSON:p40_pyup>>（进修医师）",
    ]
    return "、".join(_pick(note.rng, people, 5, 9))


_ZH_PEDIGREE: Final = (
    ("1-1", "Ⅰ-1 <<PERSON:m70_name>>（外祖父），已故，享年<<AGE:elder70>>岁，前列腺癌"),
    ("1-2", "Ⅰ-2 <<PERSON:f71_name>>（外祖母），<<AGE:eldercn71>>岁，52岁确诊乳腺癌，现居<<LOCATION:county71>>"),
    ("1-3", 'Ⅰ-3 <<PERSON:rm72_name>>（祖父），已故，死因不详（家属称"胃不好"）'),
    ("2-1", "Ⅱ-1 <<PERSON:rm73_name>>（父亲），<<AGE:mid73>>岁，体健"),
    ("2-2", "Ⅱ-2 <<PERSON:f74_name>>（母亲），<<AGE:mid74>>岁，卵巢癌（{year}年确诊）"),
    ("2-3", "Ⅱ-3 <<PERSON:f75_ming>>（姨妈），<<AGE:mid75>>岁，双侧乳腺癌"),
    ("2-4", "Ⅱ-4 <<PERSON:m76_name>>（舅舅），58岁去世，胰腺癌"),
    ("3-1", "Ⅲ-1 <<PERSON:rf77_name>>（姐姐），<<AGE:young77>>岁，未检测，在<<LOCATION:city77>>工作"),
    ("3-3", "Ⅲ-3 <<PERSON:rm78_ming>>（弟弟），<<AGE:young78>>岁，拒绝检测"),
    ("3-5", "Ⅲ-5 <<PERSON:f79_name>>（表妹，Ⅱ-3之女），<<AGE:young79>>岁，BRCA1阳性"),
    ("4-1", "Ⅳ-1 <<PERSON:f80_nick>>（先证者之女），<<AGE:kid80>>岁"),
)


def _zh_frag_pedigree(note: _ZhNote) -> str:
    chosen = _pick(note.rng, list(_ZH_PEDIGREE), 7, 10)
    chosen.append(("3-2", "Ⅲ-2 <<PERSON:pt_name>>（先证者），<<AGE:pt_age>>岁"))
    return "\n".join(line for _, line in sorted(chosen))


def _zh_frag_contacts(note: _ZhNote) -> str:
    rows = [
        "| <<PERSON:rp50_name>> | 哥哥/姐姐 | <<AGE:kid50>> | <<PHONE:mob50>> | 1剂 | 医学观察至<<DATE:nx1_s>> |",
        "| <<PERSON:f51_name>> | 外婆 | <<AGE:elder51>> | <<PHONE:tel51>> | 不详 | 采血查IgG |",
        "| <<PERSON:p52_name>> | 同班同学 | <<AGE:kid52>> | <<PHONE:mob52>>（家长<<PERSON:f53_name>>） | 2剂 | 健康告知 |",
        "| <<PERSON:yf54_name>> | 邻居 | <<AGE:age54>> | <<PHONE:mob54>> | 不详 | 应急接种 |",
        "| <<PERSON:m55_name>> | 输液室同室 | <<AGE:age55>> | <<PHONE:mob55>> | 不详 | 电话随访 |",
        "| <<PERSON:f56_name>> | 保育员 | <<AGE:age56>> | <<PHONE:mob56>> | 2剂 | 症状监测 |",
        "| <<PERSON:rp57_nick>> | 妹妹 | <<AGE:baby57>> | 同住 | 未满8月龄 | 注射丙种球蛋白 |",
        "| <<PERSON:wm58_name>> | 出租车司机 | <<AGE:age58>> | <<PHONE:mob58>> | 不详 | 已告知 |",
    ]
    head = "| 姓名 | 关系 | 年龄 | 联系电话 | 免疫史 | 处置 |\n|---|---|---|---|---|---|\n"
    return head + "\n".join(_pick(note.rng, rows, 4, 7))


def _zh_frag_csv(note: _ZhNote) -> str:
    rows = [
        "<<PERSON:f60_name>>,妻子,<<AGE:age60>>,<<PHONE:mob60>>,<<ID:rid60>>,15,正常,预防性服药",
        "<<PERSON:rp61_name>>,子女,<<AGE:kid61>>,<<PHONE:mob60_v>>,<<ID:ridkid61>>,6,正常,3个月后复查",
        "<<PERSON:m62_name>>,同事,<<AGE:age62>>,<<PHONE:mob62>>,<<ID:rid62>>,12,正常,复查",
        "<<PERSON:p63_name>>,同宿舍,<<AGE:age63>>,<<PHONE:mob63>>,<<ID:rid63>>,18,右上肺斑片影,转定点医院",
        "<<PERSON:rm64_name>>,父亲,<<AGE:elder64>>,<<PHONE:tel64>>,,未做,陈旧性病灶,定期随访",
        "<<PERSON:p65_name>>,同事,<<AGE:age65>>,<<PHONE:mob65>>,<<ID:rid65>>,拒绝,,失访（已电话3次）",
        "<<PERSON:yp66_name>>,室友,<<AGE:age66>>,<<PHONE:mob66>>,<<ID:rid66>>,9,正常,健康教育",
    ]
    chosen = _pick(note.rng, rows, 4, 7)
    return "\n".join(f"{i},{row}" for i, row in enumerate(chosen, start=1))


def _zh_frag_screen(note: _ZhNote) -> str:
    rows = [
        "| S{scr1} | <<ID:syz1_pt>> | <<PERSON:pt_pyinit>> | <<ID:zyh>> | <<AGE:pt_age>> | <<DATE:d8_n>> | 入选 | — |",
        "| S{scr2} | <<ID:syz2>> | <<PERSON:p100_pyinit>> | <<ID:zyhx100>> | <<AGE:age100>> | <<DATE:d6_n>> | 筛选失败 | 肌酐清除率不达标 |",
        "| S{scr3} | — | <<PERSON:p101_pyinit>> | <<ID:mzh101>> | <<AGE:old101>> | — | 未签署 | 家属拒绝 |",
        "| S{scr4} | <<ID:syz4>> | <<PERSON:p102_pyinit>> | <<ID:zyhx102>> | <<AGE:age102>> | <<DATE:d7_n>> | 退出 | 搬家至<<LOCATION:city102>> |",
        "| S{scr5} | <<ID:syz5>> | <<PERSON:p103_pyinit>> | <<ID:zyhx103>> | <<AGE:age103>> | <<DATE:d9_n>> | 筛选中 | 待病理<<ID:blh103>> |",
    ]
    first, rest = rows[0], rows[1:]
    chosen = _pick(note.rng, rest, 2, 4)
    chosen.insert(note.rng.randrange(len(chosen) + 1), first)
    return "\n".join(chosen)


def _zh_frag_handover(note: _ZhNote) -> str:
    rows = [
        '{bed2}床 <<PERSON:p2_name>>，<<AGE:old2>>岁，"慢阻肺急性加重"，无创呼吸机辅助通气，SpO2 92%，女儿<<PERSON:f3_name>>陪护。',
        "{bed3}床 <<PERSON:yf4_name>>，<<AGE:age4>>岁，维吾尔族，需翻译，夜间由其侄子<<PERSON:y5_name>>（<<PHONE:mob5>>）协助沟通。",
        '{bed4}床 <<PERSON:p6_name>>，<<AGE:age6>>岁，新入，"糖尿病酮症"，胰岛素泵入，每小时测血糖。',
        "{bed5}床 <<PERSON:m7_name>>，<<AGE:age7>>岁，术后第1天，镇痛泵在位，家属老<<PERSON:m8_xing>>要求明早找<<PERSON:m9_xing>>主任谈话。",
        "{bed6}床 <<PERSON:cf10_name>>，<<AGE:oldcn10>>岁，跌倒高风险（Morse 55分），已上床栏，保姆<<PERSON:f11_xing>>阿姨陪护。",
    ]
    return "\n".join(_pick(note.rng, rows, 2, 5))


_ZH_FRAGMENTS: Final[dict[str, Callable[[_ZhNote], str]]] = {
    "zh_mdt_attendees": _zh_frag_mdt,
    "zh_pedigree": _zh_frag_pedigree,
    "zh_contacts": _zh_frag_contacts,
    "zh_csv": _zh_frag_csv,
    "zh_screen": _zh_frag_screen,
    "zh_handover": _zh_frag_handover,
}


# ---------------------------------------------------------------------------------------------
# Chinese templates
# ---------------------------------------------------------------------------------------------
ZH_BLIND12_TEMPLATES: Final[dict[str, str]] = {
    "jsk_feiziyuan": """\
精神科非自愿住院入院评估记录
患者：<<PERSON:pt_name>>   性别：男   年龄：<<AGE:pt_age>>岁   住院号：<<ID:zyh>>
身份证号：<<ID:rid>>   入院时间：<<DATE:d8_l>> {time1}
现住址：<<ADDRESS:addr_pt_full>>
送诊人：父亲<<PERSON:rm1_name>>（电话<<PHONE:mob1>>），<<ORG:police1>>民警<<PERSON:m2_name>>（警号<<ID:jh2>>）协助送诊。
病史由父亲及社区网格员<<PERSON:f3_name>>提供：患者近{dur}无故怀疑邻居"<<PERSON:m4_name>>"在其家中安装监控，<<DATE:d6_s>>持刀砸邻居家门，被民警带至我院。{yr1}年曾在<<ORG:psych2>>诊断"精神分裂症"（ICD-10：F20.0），规律服用利培酮4mg/日约半年后自行停药。
精神检查：意识清，接触被动，存在被害妄想、评论性幻听，自知力缺失。PANSS总分{panss}分。危险性评估3级。
根据《中华人民共和国精神卫生法》第三十条第二款第（二）项，经<<PERSON:m5_name>>主任医师、<<PERSON:f6_xing>>主治医师评估，决定实施非自愿住院治疗。
监护人签字：<<PERSON:rm1_name>>   与患者关系：父子   日期：<<DATE:d8_n>>
母亲<<PERSON:f7_name>>（电话<<PHONE:tel7>>）在<<LOCATION:city1>>打工未能到场，已电话告知。
经治医师：<<PERSON:p8_name>>   执业证书编号：<<ID:zyzs8>>
""",
    "jsk_bingcheng": """\
病程记录
<<DATE:d7_n>> {time1}   <<PERSON:m1_name>>主任医师查房记录
患者<<PERSON:pt_name>>，女，<<AGE:pt_age>>岁，因"情绪低落伴消极观念3月，服药自杀未遂1天"于<<DATE:d5_l>>入院，住院号<<ID:zyh>>。
今日查房：患者诉夜眠改善，仍早醒，反复说"对不起我老公<<PERSON:m2_ming>>和女儿<<PERSON:kf3_nick>>"。护士长<<PERSON:f4_xing>>反映患者昨晚与同病房病友<<PERSON:f5_name>>（{bed}床）发生口角。丈夫<<PERSON:m2_name>>（<<PHONE:mob2>>）今日探视；患者母亲<<PERSON:f6_name>>从<<LOCATION:county1>>老家赶来。
汉密尔顿抑郁量表（HAMD-17）{score}分，贝克自杀意念量表阳性。
<<PERSON:m1_xing>>主任指示：舍曲林加至100mg qd，加用喹硫平25mg qn；一级护理，24小时专人陪护，防自杀。已与丈夫谈话，出院后由家属监护服药。患者单位<<ORG:company1>>同事<<PERSON:f7_name>>来电询问病情，按保护性医疗制度未告知。
记录者：<<PERSON:p8_name>>   审核：<<PERSON:m1_name>>
""",
    "xinli_zixun": """\
心理咨询记录（第3次）
来访者：<<PERSON:pt_name>>   性别：女   年龄：<<AGE:pt_age>>   学院：<<ORG:uni1>>护理学院   学号：<<ID:xh1>>
联系方式：<<PHONE:ph_pt>>   微信：<<ID:pt_wx>>   邮箱：<<EMAIL:em_pt>>
咨询日期：<<DATE:d9_l>> {time1}   咨询师：<<PERSON:f1_name>>（二级心理咨询师）
转介来源：辅导员<<PERSON:m2_xing>>老师（<<PHONE:tel2>>）
主诉：与室友关系紧张，失眠2周，"觉得活着没意思"。
咨询过程：来访者谈到室友<<PERSON:f3_name>>和<<PERSON:f4_ming>>"孤立我"，高中好友<<PERSON:f5_nick>>在<<LOCATION:city1>>读书，每晚视频。父亲<<PERSON:rm6_name>>在<<ORG:employer1>>打工，母亲{yr1}年病逝。外婆<<PERSON:f7_name>>已<<AGE:oldcn7>>岁，住在<<LOCATION:village1>>，是她"最想念的人"。
评估：SDS标准分{sds}，PHQ-9 {score}分；有消极观念，无具体计划及准备。
处理：签订安全协议；告知24小时心理援助热线<<PHONE:hot1>>；建议至<<ORG:psych1>>精神科就诊；已告知辅导员<<PERSON:m2_name>>。
下次咨询：<<DATE:nx1_s>>。
""",
    "chanke_fenmian": """\
分娩记录
产妇姓名：<<PERSON:pt_name>>   年龄：<<AGE:pt_age>>岁   住院号：<<ID:zyh>>   床号：{bed}
孕产史：G2P1，孕{ga}周，LOA
丈夫：<<PERSON:m1_name>>   电话：<<PHONE:mob1>>   身份证号：<<ID:rid1>>
临产：<<DATE:d9_n>> {time1}；宫口开全：{time2}
分娩：<<DATE:d9_l>> {time3}，自然分娩，会阴Ⅰ度裂伤，已缝合。引产前Bishop评分6分。
新生儿：<<PERSON:pt_name>>之女，体重{weight}，身长50cm，Apgar评分{apgar}。新生儿住院号<<ID:zyhx1>>。
拟取名：<<PERSON:kf2_name>>。出生医学证明编号：<<ID:csz1>>
接生者：助产士<<PERSON:f3_name>>   助手：<<PERSON:f4_xing>>护士   产科医生：<<PERSON:p5_name>>
产后2小时出血250ml。新生儿乙肝疫苗（批号{lot}）、卡介苗已接种。
产妇母亲<<PERSON:f6_name>>（<<PHONE:mob6>>）陪护；产妇称"我婆婆<<PERSON:f7_name>>在<<LOCATION:county1>>带老大"。
""",
    "chanke_jiandang": """\
孕产妇保健手册建档记录
建档单位：<<ORG:mch1>>   建档日期：<<DATE:d9_n>>   手册编号：<<ID:bh1>>
孕妇姓名：<<PERSON:pt_name>>   出生日期：<<DATE:dob_l>>   身份证号：<<ID:rid>>
工作单位：<<ORG:company1>>   电话：<<PHONE:ph_pt>>   电子邮箱：<<EMAIL:em_pt>>
现住址：<<ADDRESS:addr_pt_full>>
丈夫：<<PERSON:m1_name>>   年龄：<<AGE:age1>>   电话：<<PHONE:mob1>>   职业：个体
末次月经：<<DATE:d1_l>>   预产期：<<DATE:nx9_l>>
孕产史：G3P1，{yr1}年于<<ORG:hosp2>>剖宫产一女（<<PERSON:kf2_name>>，现<<AGE:kid2>>岁），{yr2}年人工流产1次。
家族史：母亲<<PERSON:f3_name>>患2型糖尿病；丈夫之兄<<PERSON:km4_name>>之女患唐氏综合征。
早孕期筛查：唐氏筛查低风险；无创DNA已预约<<DATE:nx2_s>>。Hb {hb} g/L，乙肝表面抗原阴性。
责任医生：<<PERSON:f5_name>>   社区随访：<<ORG:chc1>> <<PERSON:f6_xing>>医生，电话<<PHONE:tel6>>
""",
    "xinshenger_shuangtai": """\
新生儿科出院记录
姓名：<<PERSON:pt_name>>（双胎之大）   性别：男   住院号：<<ID:zyh>>   出生时间：<<DATE:dob_l>> {time1}
双胎之小：<<PERSON:f1_name>>之子（住院号<<ID:zyhx1>>），已于<<DATE:d6_s>>出院
母亲：<<PERSON:f1_name>>，<<AGE:age1>>岁，身份证号<<ID:rid1>>，电话<<PHONE:mob1>>
父亲：<<PERSON:rm2_name>>，电话<<PHONE:mob2>>
出生胎龄{ga}周，出生体重{weight}，Apgar评分{apgar}。
诊疗经过：新生儿呼吸窘迫综合征，予猪肺磷脂注射液200mg/kg气管内注入，CPAP辅助通气5天；新生儿黄疸予蓝光治疗；早产儿视网膜病变筛查（<<PERSON:m3_name>>医生）未见异常；听力筛查双耳通过。乙肝疫苗批号{lot}。足跟血筛查<<DATE:d2_s>>已采。
出生医学证明编号：<<ID:csz1>>
出院医嘱：<<ORG:child1>>新生儿随访门诊，<<DATE:nx1_s>>复查；社区随访<<ORG:chc1>>（<<PHONE:tel4>>）。
家住<<LOCATION:county1>>，外婆<<PERSON:f5_name>>协助照护。
""",
    "erke_menzhen": """\
儿童发育行为门诊病历
姓名：<<PERSON:pt_name>>   小名：<<PERSON:pt_nick>>   性别：男   年龄：<<AGE:pt_age>>岁   门诊号：<<ID:mzh1>>
就诊日期：<<DATE:d9_l>>
陪诊：奶奶<<PERSON:f1_name>>（<<PHONE:mob1>>）；父母在<<LOCATION:city1>>务工，父亲<<PERSON:rm2_name>>（<<PHONE:mob2>>）视频参与。
主诉：上课注意力不集中、多动2年。
现病史：班主任<<PERSON:f3_xing>>老师反映其上课离座、与同学<<PERSON:p4_name>>打架；数学老师<<PERSON:m5_name>>在家长群点名。学校：<<ORG:school1>>{grade}年级{cls}班。SNAP-IV父母版及教师版均达诊断阈值。
既往史：支气管哮喘，布地奈德吸入，控制可。
诊断：注意缺陷多动障碍（混合型），F90.0。
处理：哌甲酯缓释片18mg qd；家长行为训练；已开具《给老师的一封信》，请<<PERSON:f3_xing>>老师填写后发至<<EMAIL:em_p6>>。
医生：<<PERSON:p6_name>>
""",
    "ertong_baohu": """\
疑似儿童遭受家庭暴力强制报告登记表
报告单位：<<ORG:child1>>急诊科   报告时间：<<DATE:d8_l>> {time1}
儿童姓名：<<PERSON:pt_name>>   性别：女   出生日期：<<DATE:dob_l>>   身份证号：<<ID:rid>>
就读：<<ORG:kg1>>
家庭住址：<<ADDRESS:addr_pt_full>>
监护人：母亲<<PERSON:f1_name>>（<<PHONE:mob1>>）；继父<<PERSON:m2_name>>
伤情：双上臂多处条状瘀斑，左前臂尺骨闭合性骨折，臀部陈旧性瘀斑。
患儿自述："<<PERSON:m2_ming>>叔叔用衣架打我"，"妈妈不让我告诉<<PERSON:f3_xing>>老师"。
已报告：<<ORG:police1>>（接警民警<<PERSON:m4_name>>，警号<<ID:jh4>>，回执编号<<ID:lsh4>>），<<ORG:fulian1>>，<<ORG:jwh1>>。
社工<<PERSON:f5_name>>已介入；患儿暂由外婆<<PERSON:f6_name>>（<<PHONE:mob6>>，住<<ADDRESS:addr6>>）照顾。
报告人：<<PERSON:p7_name>>（接诊医生）   科室电话：<<PHONE:tel7>>转<<PHONE:ext7>>
""",
    "zhongliu_mdt": """\
肿瘤多学科诊疗（MDT）讨论记录
时间：<<DATE:d9_l>> {time1}   地点：门诊6楼MDT会议室 / 腾讯会议 <<URL:url_tele>>
主持人：<<PERSON:m1_name>>主任（胸外科）
参会人员：[[zh_mdt_attendees]]
记录人：<<PERSON:f2_name>>
患者：<<PERSON:pt_name>>，男，<<AGE:pt_age>>岁，住院号<<ID:zyh>>，病理号<<ID:blh1>>
病史汇报（<<PERSON:p3_name>>住院医师）：因"咳嗽、痰中带血2月"入院。胸部CT（<<DATE:d3_n>>）示右肺上叶占位4.2cm，纵隔淋巴结肿大。穿刺病理：肺腺癌，EGFR 19外显子缺失。cT2bN2M0，ⅢA期，ECOG 1分。
讨论意见：
<<PERSON:m1_xing>>主任：目前手术难以R0切除，建议先行新辅助治疗。
肿瘤内科<<PERSON:f4_name>>：建议奥希替尼新辅助，8周后复评。
放疗科<<PERSON:m5_xing>>主任：如不能手术，考虑同步放化疗。
结论：新辅助靶向治疗；可筛选临床试验{ctr}，由研究护士<<PERSON:f7_name>>（<<PHONE:mob7>>）联系。
家属：儿子<<PERSON:rm8_name>>（<<PHONE:mob8>>）、女儿<<PERSON:rf9_name>>在场，已知情。
""",
    "anning_jiating_huiyi": """\
安宁疗护家庭会议记录
患者：<<PERSON:pt_name>>   女   <<AGE:pt_age>>岁   住院号：<<ID:zyh>>   诊断：胰腺癌伴肝转移   KPS {kps}分
时间：<<DATE:d8_l>> {time1}   地点：安宁疗护病房家属谈话室
参加人员：医生<<PERSON:m2_name>>、护士长<<PERSON:f3_name>>、社工<<PERSON:f4_name>>、志愿者小<<PERSON:f5_xing>>；家属：丈夫<<PERSON:m1_name>>（<<PHONE:mob1>>）、长子<<PERSON:km6_name>>、女儿<<PERSON:kf7_name>>（从<<LOCATION:city1>>赶回）、患者妹妹<<PERSON:rf8_name>>。
沟通内容：告知病情进展，预计生存期以周计。患者本人意愿：不行气管插管及心肺复苏，希望回<<LOCATION:village1>>老家。患者母亲<<PERSON:f9_name>>已<<AGE:oldcn9>>岁，家属决定暂不告知。
结论：签署《生前预嘱》（"我的五个愿望"），医疗照护代理人为长子<<PERSON:km6_ming>>；居家安宁疗护由<<ORG:chc1>>承接，夜间电话<<PHONE:tel10>>。
记录：<<PERSON:f4_name>>   <<DATE:d8_n>>
""",
    "aishang_fudao": """\
哀伤辅导电话回访记录
逝者：<<PERSON:pt_name>>，男，享年<<AGE:pt_age>>岁，住院号<<ID:zyh>>，于<<DATE:d2_l>>在我科离世。
回访对象：<<PERSON:f1_name>>（配偶），电话<<PHONE:mob1>>
回访时间：<<DATE:d9_n>> {time1}   回访人：社工<<PERSON:f2_name>>
内容：家属诉"老<<PERSON:pt_xing>>走的那天，孙子<<PERSON:rm3_nick>>一直在哭"。丧事已于<<DATE:d4_s>>在<<ORG:funeral1>>办理。近来失眠、食欲下降，PHQ-9 {score}分。大女儿<<PERSON:rf4_name>>在<<LOCATION:city1>>工作，每周回来一次；邻居<<PERSON:p5_name>>常来陪伴。
处理：介绍哀伤支持小组（<<ORG:charity1>>，每月第二个周六）；心理援助热线<<PHONE:hot1>>；建议到<<ORG:chc1>>随访。家属同意在科室公众号刊发纪念文章：<<URL:url_wxa>>
下次回访：<<DATE:nx2_s>>
""",
    "yichuan_jiaxi": """\
遗传咨询记录
先证者：<<PERSON:pt_name>>（Ⅲ-2），女，<<AGE:pt_age>>岁，门诊号<<ID:mzh1>>，身份证号<<ID:rid>>
咨询日期：<<DATE:d9_l>>   遗传咨询师：<<PERSON:f1_name>>   陪同：丈夫<<PERSON:m2_name>>
咨询原因：家族中多人患乳腺癌、卵巢癌，咨询遗传性乳腺癌-卵巢癌综合征风险。
家系调查（Ⅰ、Ⅱ、Ⅲ、Ⅳ代）：
[[zh_pedigree]]
基因检测：先证者母亲（Ⅱ-2）BRCA1 c.5470_5477del致病变异（<<ORG:lab1>>，报告编号<<ID:blh1>>，<<DATE:d2_n>>）。
建议：先证者行该位点验证检测；向姐姐<<PERSON:rf77_ming>>及表妹发放级联检测告知信；先证者要求暂不告知父亲<<PERSON:rm73_name>>。
联系电话：<<PHONE:ph_pt>>
""",
    "liudiao_mazhen": """\
麻疹病例流行病学个案调查表
个案编号：<<ID:lsh1>>   报告单位：<<ORG:hosp1>>   调查单位：<<ORG:cdc1>>
患者姓名：<<PERSON:pt_name>>   性别：男   年龄：<<AGE:pt_age>>岁   家长姓名：<<PERSON:rm1_name>>
身份证号：<<ID:rid>>   联系电话：<<PHONE:ph_pt>>
现住址：<<ADDRESS:addr_pt_full>>
就读：<<ORG:kg1>>（{cls}班），班主任<<PERSON:f2_name>>
发病：<<DATE:d3_l>>发热，<<DATE:d5_s>>出疹；含麻疹成分疫苗接种史：无（家长称"<<PERSON:rm1_ming>>的侄子打完疫苗抽筋"）。
暴露史：发病前7-21天随母亲<<PERSON:f3_name>>乘坐{flight}从<<LOCATION:city1>>返回。
传染期活动：<<DATE:d4_s>> {time1}-{time2}在<<ORG:chc1>>输液；<<DATE:d5_s>>下午随外婆到<<ORG:shop1>>购物（晚高峰前后）。
密切接触者登记：
[[zh_contacts]]
调查人：<<PERSON:p4_name>>、<<PERSON:f5_name>>   调查日期：<<DATE:d9_n>>   电话：<<PHONE:tel4>>
""",
    "jiehe_mijie": """\
肺结核患者密切接触者筛查登记（系统导出）
患者：<<PERSON:pt_name>>，身份证号<<ID:rid>>，登记号<<ID:lsh1>>，痰涂片阳性（A15.0），GeneXpert利福平耐药阴性。
工作单位：<<ORG:company1>>（车间主任<<PERSON:m1_name>>，<<PHONE:mob1>>）；住址：<<ADDRESS:addr_pt_full>>
督导医生：<<ORG:chc1>> <<PERSON:f2_name>>，<<PHONE:tel2>>
序号,姓名,关系,年龄,电话,身份证号,PPD(mm),胸片,处理
[[zh_csv]]
备注：患者{yr1}年曾在<<LOCATION:county1>>老家治疗，未规律服药。录入：<<PERSON:f2_name>>
""",
    "qiguan_juanxian": """\
公民逝世后器官捐献协调记录
捐献者编号：<<ID:jxz1>>
潜在捐献者：<<PERSON:pt_name>>，男，<<AGE:pt_age>>岁，住院号<<ID:zyh>>，身份证号<<ID:rid>>
原发病：重型颅脑损伤（<<DATE:d6_s>>骑电动车被撞，由<<ORG:police1>>处理，肇事车辆<<ID:cp1>>）
脑死亡判定：<<DATE:d8_n>> {time1}第一次判定（<<PERSON:m1_name>>、<<PERSON:f2_name>>），{time2}第二次判定。
协调员：<<PERSON:f3_name>>（<<ORG:redcross1>>，<<PHONE:mob3>>）、<<PERSON:m4_name>>（本院OPO）
家属沟通：妻子<<PERSON:f5_name>>（身份证号<<ID:rid5>>）、父亲<<PERSON:rm6_name>>、母亲<<PERSON:f7_name>>均同意捐献，签署《中国人体器官捐献登记表》；见证人<<ORG:redcross1>>工作人员<<PERSON:m8_name>>。
HLA分型：{hla}。器官经中国人体器官分配与共享计算机系统分配。
家属要求：遗体由<<ORG:funeral1>>接运；希望将来告诉儿子<<PERSON:rm9_nick>>"爸爸救了别人"。
""",
    "huoti_gongti": """\
亲属活体肾移植供受者伦理审查材料
供者：<<PERSON:pt_name>>，女，<<AGE:pt_age>>岁，身份证号<<ID:rid>>，电话<<PHONE:ph_pt>>
受者：<<PERSON:rm1_name>>（供者之弟），<<AGE:young1>>岁，身份证号<<ID:rid1>>，住院号<<ID:zyhx1>>，维持性血液透析{dur}（<<ORG:hosp1>>）
亲属关系证明：户口本（户主<<PERSON:rm2_name>>）；<<ORG:police1>>出具亲属关系证明（<<DATE:d3_n>>）。
供者单独谈话记录（<<DATE:d8_l>>）："是我自己愿意的。我老公<<PERSON:m3_name>>一开始不同意，后来也签字了。弟弟家两个孩子还小。"
供者工作单位：<<ORG:employer1>>；丈夫电话<<PHONE:mob3>>。
伦理委员会审查：<<DATE:nx1_l>>，主任委员<<PERSON:m4_name>>，委员<<PERSON:f5_name>>、<<PERSON:p6_name>>。
""",
    "sifa_jianding": """\
<<ORG:jds1>>
司法鉴定意见书
<<ID:jdbh1>>
一、基本情况
委托人：<<ORG:police1>>（经办人<<PERSON:m1_name>>，警号<<ID:jh1>>）
委托日期：<<DATE:d5_cn>>   鉴定日期：<<DATE:d8_cn>>
被鉴定人：<<PERSON:pt_name>>，男，<<DATE:dob_l>>出生，身份证号<<ID:rid>>，住<<ADDRESS:addr_pt_full>>
二、案情摘要
据委托书载：<<DATE:d1_l>>晚，被鉴定人在<<LOCATION:town1>>一烧烤店与<<PERSON:m2_name>>、<<PERSON:m3_name>>发生纠纷被打伤，当晚送<<ORG:hosp1>>救治（住院号<<ID:zyh>>）。
三、检验过程
查体：左眼眶周青紫，鼻骨骨折（CT示）；左侧第5、6肋骨骨折。
四、鉴定意见
被鉴定人<<PERSON:pt_name>>之损伤程度属轻伤二级。
司法鉴定人：<<PERSON:p4_name>>（执业证号<<ID:zyzs4>>）   <<PERSON:p5_name>>（执业证号<<ID:zyzs5>>）
<<DATE:d9_cn>>
""",
    "jiya_tijian": """\
<<ORG:kss1>>在押人员入所健康检查表
姓名：<<PERSON:pt_name>>   性别：男   民族：汉   出生日期：<<DATE:dob_n>>   身份证号：<<ID:rid>>
在押人员编号：<<ID:zybh1>>   送押单位：<<ORG:police1>>   案件编号：<<ID:ajbh1>>
送押民警：<<PERSON:m1_name>>（警号<<ID:jh1>>）、<<PERSON:m2_xing>>警官
既往史：自述"有乙肝，在<<ORG:hosp1>>看过"；海洛因吸食史，{yr1}年曾强制隔离戒毒。
体检：血压138/86mmHg，左前臂陈旧性刀疤，右手背文身"<<PERSON:f3_ming>>"。尿吗啡检测阳性。
紧急联系人：妻子<<PERSON:f3_name>>，<<PHONE:mob3>>；哥哥<<PERSON:rm4_name>>，<<PHONE:mob4>>
结论：可以收押，入所后观察戒断症状。
检查医生：<<PERSON:p5_name>>   检查日期：<<DATE:d9_l>>
""",
    "yuli_zhishi": """\
生前预嘱（预立医疗指示）
本人<<PERSON:pt_name>>，<<DATE:dob_cn>>出生，公民身份号码<<ID:rid>>，现住<<ADDRESS:addr_pt_full>>，在意识清楚、未受胁迫的情况下，作出如下医疗指示：
一、当我处于疾病终末期或不可逆昏迷时，不要心肺复苏、气管插管和呼吸机。
二、我希望充分止痛，尽量在家中或<<ORG:hosp1>>安宁疗护病房离世。
三、我指定以下人员为医疗代理人：
    第一顺位：长女<<PERSON:rf1_name>>，身份证号<<ID:rid1>>，电话<<PHONE:mob1>>
    第二顺位：侄子<<PERSON:rm2_name>>，电话<<PHONE:mob2>>
四、我不同意由次子<<PERSON:rm3_name>>代为作出医疗决定。
五、我愿意捐献角膜，已在<<ORG:redcross1>>登记（登记号<<ID:jxz1>>）。
立预嘱人：<<PERSON:pt_name>>（签名并按手印）   年龄：<<AGE:pt_agecn>>岁
见证人一：<<PERSON:p4_name>>（邻居），身份证号<<ID:rid4>>
见证人二：<<PERSON:p5_name>>（<<ORG:jwh1>>工作人员）
签署日期：<<DATE:d9_cn>>
""",
    "shouquan_weituo": """\
授权委托书
委托人（患者）：<<PERSON:pt_name>>   性别：女   年龄：<<AGE:pt_age>>岁   住院号：<<ID:zyh>>   身份证号：<<ID:rid>>
受托人：<<PERSON:m1_name>>   与患者关系：夫妻   身份证号：<<ID:rid1>>   联系电话：<<PHONE:mob1>>
委托事项：本人住院治疗期间，委托<<PERSON:m1_name>>代表本人签署各类知情同意书、参与医疗决策。
委托期限：自<<DATE:d7_l>>至本次住院结束。
委托人签字：<<PERSON:pt_name>>   受托人签字：<<PERSON:m1_name>>   日期：<<DATE:d7_n>>
经治医师：<<PERSON:p2_name>>   见证护士：<<PERSON:f3_name>>
备注：女儿<<PERSON:kf4_name>>（<<PHONE:mob4>>）在<<LOCATION:city1>>，电话告知并同意；患者本人住址<<ADDRESS:addr_pt>>，联系电话<<PHONE:ph_pt>>。
""",
    "yiliao_jiufen": """\
医疗纠纷调查笔录
事由：患者<<PERSON:pt_name>>（住院号<<ID:zyh>>）术后死亡医疗纠纷
时间：<<DATE:d8_l>> {time1}   地点：医务科会议室
调查人：医务科<<PERSON:m1_name>>、<<PERSON:f2_name>>；记录人：<<PERSON:f3_name>>
被询问人：<<PERSON:f4_name>>，<<ORG:hosp1>>普外科护士，工号<<ID:gh4>>
问：<<DATE:d6_s>>夜班期间患者情况如何？
答："凌晨两点多我巡视时，<<PERSON:pt_xing>>大爷说肚子胀，我报告了值班的<<PERSON:m5_xing>>医生，他说先观察。四点左右家属<<PERSON:rf6_name>>跑出来喊人，血压86/50，我又给<<PERSON:m5_name>>打了两次电话（<<PHONE:mob5>>）。"
家属陈述（患者之子<<PERSON:rm7_name>>，电话<<PHONE:mob7>>）："我爸在<<ORG:hosp2>>做过检查，都说没事，怎么做个手术人就没了？"
同病房病友<<PERSON:m8_name>>（{bed}床）："那天晚上护士来过两次，医生没来。"
家属委托代理人：<<ORG:lawfirm1>> <<PERSON:m9_name>>律师。已申请<<ORG:tiaojie1>>调解，尸检委托<<ORG:jds1>>。
被询问人签字：<<PERSON:f4_name>>   <<DATE:d8_n>>
""",
    "linchuang_shaixuan": """\
临床试验受试者筛选与入选登记表
方案编号：{proto}   注册号：{ctr}   申办方：<<ORG:pharma1>>   CRO：<<ORG:cro1>>
研究中心：<<ORG:onco1>>   主要研究者：<<PERSON:m1_name>>   CRC：<<PERSON:f2_name>>（<<PHONE:mob2>>）
| 筛选号 | 受试者编号 | 姓名缩写 | 住院号/门诊号 | 年龄 | 知情同意日期 | 结果 | 备注 |
|---|---|---|---|---|---|---|---|
[[zh_screen]]
备注：<<PERSON:pt_name>>（<<PERSON:pt_pycaps>>）由女儿<<PERSON:f3_name>>陪同签署知情同意书（第2.0版，<<DATE:d1_l>>）。回访电话<<PHONE:ph_pt>>。
监查员：<<PERSON:p4_name>>，<<EMAIL:em_p4>>
""",
    "yiwu_shegong": """\
医务社会工作个案记录
服务对象：<<PERSON:pt_name>>，男，<<AGE:pt_age>>岁，住院号<<ID:zyh>>，诊断：急性淋巴细胞白血病
转介：血液科护士长<<PERSON:f1_xing>>，<<DATE:d4_s>>
家庭情况：父亲<<PERSON:rm2_name>>在<<ORG:employer2>>做保安，母亲<<PERSON:f3_name>>在家照顾弟弟<<PERSON:rm4_nick>>；家住<<ADDRESS:addr_pt_full>>，<<ORG:jwh1>>主任<<PERSON:m5_name>>（<<PHONE:mob5>>）出具困难证明。
经济：已花费约32万元，城乡居民医保报销后自付11万元；已申请<<ORG:charity1>>救助；家长在<<URL:url_fund>>发起筹款。
联系方式：父亲<<PHONE:mob2>>，微信<<ID:wx2>>；母亲<<PHONE:mob3>>。
学校：<<ORG:school1>>班主任<<PERSON:f6_name>>组织同学写信。
计划：链接<<ORG:mzj1>>临时救助；安排志愿者陪伴。
社工：<<PERSON:f7_name>>   <<DATE:d9_n>>
""",
    "jiating_bingchuang": """\
家庭病床查床记录
患者：<<PERSON:pt_name>>，女，<<AGE:pt_age>>岁（<<DATE:dob_l>>出生），建床号<<ID:bh1>>，医保卡号<<ID:ybk1>>
地址：<<ADDRESS:addr_pt_full>>
家庭：老伴<<PERSON:m1_name>>已于{yr1}年去世；儿子<<PERSON:km2_name>>（<<PHONE:mob2>>）同住，女儿<<PERSON:kf6_name>>住<<LOCATION:district6>>，每周来两次。
查床日期：<<DATE:d9_l>>   责任医生：<<ORG:chc1>> <<PERSON:m3_name>>，护士<<PERSON:f4_name>>
病情：长期卧床，骶尾部压力性损伤2期，Braden评分11分；进食呛咳，洼田饮水试验3级。老人精神可，反复叫儿子小名"<<PERSON:km2_nick>>"。
照护者：保姆<<PERSON:f5_xing>>阿姨（<<PHONE:mob5>>）。
处理：换药；营养科会诊建议匀浆膳；告知家属如有发热拨打<<PHONE:tel3>>。
下次查床：<<DATE:nx1_s>>
""",
    "huli_jiaoban": """\
护理交班报告   {ward}   <<DATE:d9_n>> 夜班
{bed1}床 <<PERSON:pt_name>>，男，<<AGE:pt_age>>岁，住院号<<ID:zyh>>，"脑梗死"，右侧肢体肌力2级，鼻饲，家属<<PERSON:rf1_name>>陪护（<<PHONE:mob1>>）。
[[zh_handover]]
交班护士：<<PERSON:f12_name>>   接班护士：<<PERSON:f13_name>>   护士长：<<PERSON:f14_xing>>
""",
    "xinli_weiji": """\
心理危机干预随访记录
对象：<<PERSON:pt_name>>，女，<<AGE:pt_age>>岁，门诊号<<ID:mzh1>>
<<DATE:d6_n>> {time1} 接患者室友小<<PERSON:f1_xing>>电话（<<PHONE:mob1>>）：患者发朋友圈"<<PERSON:m2_ming>>，我走了"，已报警。
<<DATE:d6_n>> {time2} <<ORG:police1>>民警<<PERSON:m3_name>>反馈在<<LOCATION:district1>>江边找到患者，送<<ORG:hosp1>>急诊。
<<DATE:d7_n>> 急诊洗胃后生命体征平稳；母亲<<PERSON:f4_name>>从<<LOCATION:county1>>赶到。前男友<<PERSON:m2_name>>（微信号<<ID:wx2>>）已被家属拉黑。
<<DATE:d8_n>> 转<<ORG:psych1>>门诊，<<PERSON:f5_xing>>医生诊断"抑郁发作"，予艾司西酞普兰10mg。
<<DATE:d9_n>> 电话随访（<<PHONE:ph_ptv>>），情绪平稳，同意每周复诊；单位领导老<<PERSON:m6_xing>>批准休假两周。
随访人：<<PERSON:f7_name>>（<<EMAIL:em_f7>>）
""",
}

_ZH_SPECS: Final[dict[str, _Spec]] = {
    "jsk_feiziyuan": _Spec("CN", "m", 18, 55),
    "jsk_bingcheng": _Spec("CN", "f", 22, 55),
    "xinli_zixun": _Spec("CN", "f", 18, 22),
    "chanke_fenmian": _Spec("CN", "f", 20, 42),
    "chanke_jiandang": _Spec("CN", "f", 21, 42),
    "xinshenger_shuangtai": _Spec("CN", "m", 0, 0),
    "erke_menzhen": _Spec("CN", "m", 6, 12),
    "ertong_baohu": _Spec("CN", "f", 3, 9),
    "zhongliu_mdt": _Spec("CN", "m", 45, 93),
    "anning_jiating_huiyi": _Spec("CN", "f", 50, 85),
    "aishang_fudao": _Spec("CN", "m", 70, 103),
    "yichuan_jiaxi": _Spec("CN", "f", 24, 45),
    "liudiao_mazhen": _Spec("CN", "m", 1, 6),
    "jiehe_mijie": _Spec("CN", "x", 20, 70),
    "qiguan_juanxian": _Spec("CN", "m", 18, 60),
    "huoti_gongti": _Spec("CN", "f", 25, 60),
    "sifa_jianding": _Spec("CN", "m", 18, 65),
    "jiya_tijian": _Spec("CN", "m", 18, 60),
    "yuli_zhishi": _Spec("CN", "m", 65, 101),
    "shouquan_weituo": _Spec("CN", "f", 40, 96),
    "yiliao_jiufen": _Spec("CN", "m", 60, 95),
    "linchuang_shaixuan": _Spec("CN", "x", 40, 80),
    "yiwu_shegong": _Spec("CN", "m", 5, 15),
    "jiating_bingchuang": _Spec("CN", "f", 80, 104),
    "huli_jiaoban": _Spec("CN", "m", 55, 98),
    "xinli_weiji": _Spec("CN", "f", 17, 35),
}


def _zh_note(rng: random.Random, name: str) -> tuple[str, tuple[GoldSpan, ...], tuple[KnownIdentifier, ...]]:
    note = _ZhNote(rng, _ZH_SPECS[name])
    markup = _FRAGMENT.sub(lambda m: _ZH_FRAGMENTS[m.group(1)](note), ZH_BLIND12_TEMPLATES[name])
    text, spans = render(markup, _Values(note.value), age_of=blind12_age_of)
    return text, spans, note.known()


# ---------------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------------
_FRAGMENT = re.compile(r"\[\[([a-z_]+)\]\]")


def _en_note(rng: random.Random, name: str) -> tuple[str, tuple[GoldSpan, ...], tuple[KnownIdentifier, ...]]:
    note = _EnNote(rng, _EN_SPECS[name])
    markup = _FRAGMENT.sub(lambda m: _EN_FRAGMENTS[m.group(1)](note), EN_BLIND12_TEMPLATES[name])
    text, spans = render(markup, _Values(note.value), age_of=blind12_age_of)
    return text, spans, note.known()


def generate_blind12(language: str, count: int) -> list[SynthNote]:
    """``count`` notes in ``language`` ("en" or "zh"); note ``i`` uses the ``i``-th template in sorted
    name order, round robin, and its own seeded generator, so the first notes never depend on ``count``."""
    if language == "en":
        templates: dict[str, str] = EN_BLIND12_TEMPLATES
        build = _en_note
    elif language == "zh":
        templates = ZH_BLIND12_TEMPLATES
        build = _zh_note
    else:
        raise ValueError(f"unsupported language {language!r}: blind12 has 'en' and 'zh'")
    names = sorted(templates)
    notes: list[SynthNote] = []
    for index in range(count):
        name = names[index % len(names)]
        rng = random.Random(f"{BLIND12_SEED}:{language}:{index}")
        text, spans, known = build(rng, name)
        notes.append(
            SynthNote(f"{BLIND12_SPLIT}-{language}-{index + 1:04d}", BLIND12_SPLIT, language, name, text, spans, known)
        )
    return notes
