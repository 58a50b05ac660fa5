# ruff: noqa: E501
"""Blind evaluation set 8: an Asia-Pacific multilingual practice (issue 4).

**Written blind.** The author of this module saw only ``synth.render`` / ``synth.cn_resident_id`` /
the gold kinds and ``model.KnownIdentifier``; never the recognisers, gazetteers, policies, other
synthetic sets or any benchmark output. Its figures estimate how the de-identifier does on text
its authors never saw. **Do not tune recognisers, gazetteers or policies against these notes or
templates**, and do not edit the templates to make the engine look better; look only at aggregate
figures.

Domain. English notes from Singapore, Malaysia, Hong Kong, the Philippines, India, Australia,
New Zealand and mainland China's international clinics (polyclinic SOAP notes, foreign-worker and
domestic-helper examinations, dengue notifications, TB contact tracing, claim letters, MC slips,
WhatsApp threads, referral letters, vaccination records); Chinese notes from Taiwan (繁體), Hong
Kong and Macau (繁體, 粵語口語) and the mainland (简体): 门诊/急诊/住院, 健保/医保, 外劳/外佣体检,
登革热/结核, 疫苗, 转诊信, 诊断证明书, 微信/LINE 消息, 长照访视. Names are written as they really
appear there (romanised Chinese in either order, bin/binti, s/o d/o a/l a/p, initials-first Indian
names, Filipino compound names and nicknames, Māori and Pacific names, Korean and Japanese names,
英文名 + 中文名, 冠夫姓, 复姓, transliterated foreigners, names that are ordinary words).

Gold conventions (what a span covers):

* PERSON: every person named, patient or not: relatives, staff, employers, agents, other patients,
  contacts. Titles and honorifics are outside the span (Dr, Mr, Mrs, Ms, Miss, Mx, Mdm, Encik,
  Puan, Cik, Dato', Nurse, ", RN" / ", EN" / ", MD" / ", NP", "MBBS, MD"; 先生, 女士, 小姐, 太太,
  太 (陳太), 醫生/医生, 醫師, 主任, 护士/護理師, 姑娘, 大夫, 阿姨, 大爷, 药师/藥師, 工人姐姐 and kinship
  terms such as 阿嫲/阿嬤/阿公/Ah Ma/Lola, which are never gold). bin/binti/binte, s/o, d/o, a/l,
  a/p inside a full name are part of it, as are internal initials, hyphens, the middle dot of
  transliterated names and the comma of a "SURNAME, Given" label. A name written as one run of
  name words (``Jason Tan Wei Ming``, ``Peter 陳志明``, ``陳大文 Chan Tai Man``) is one span; a name
  repeated in brackets is a second span. Nicknames (Jun-Jun, 阿明, 明仔) and bare surnames or given
  names are gold. Spans never include surrounding punctuation or possessive ``'s``.
* AGE: the number only (``97``, ``ninety-seven``, ``九十三``), and only for ages of 90 or more; the
  words "year old"/岁/歲 stay outside. Younger ages are written but not gold.
* DATE: every day-level date (with or without the year, any calendar including 民國), birth dates
  included. Bare years, clock times, weekdays, durations, "POD 3", "day 5 of fever" are not gold.
* ID: record numbers, national/resident IDs (also masked or reformatted), passports, work
  permits, FIN/NRIC, HKID, MyKad, PhilHealth, Medicare, NHI, Aadhaar (masked), ABHA, 健保卡號,
  居留證, 回乡证/居住证, claim/policy/referral/lab accession/notification numbers, bank accounts,
  bed numbers (the bed code only), staff registration/provider numbers, WeChat/LINE IDs. Vaccine
  lot numbers, ICD-10/CPT codes, queue numbers, ward names, drug doses, company UENs, facility
  accreditation codes (醫事機構代號) and vaccine manufacturers are not gold.
* PHONE: every telephone or fax number, including hospital lines and bare extensions; emergency
  short codes (995, 999, 000, 111, 119, 120) are not gold.
* EMAIL: every e-mail address. URL: record- or person-specific links (portal tokens, wa.me links,
  social-media profiles); public information pages are not gold.
* ADDRESS: street addresses (a patient's, a dormitory's, a facility's), as one span including
  unit, building, estate, dormitory name, postcode and any town written inside it.
  LOCATION: a city, town, suburb, district, barangay or estate written on its own. Countries,
  states/provinces and territories (Singapore, Hong Kong, 澳門, Selangor, NSW, 广东省) are not gold.
* ORG: named care providers (hospitals, clinics, polyclinics, old-age homes, long-term-care units),
  employers, employment agencies and schools, even when a person's name is inside (Ng Teng Fong
  General Hospital, 邵逸夫医院): the whole name is one ORG span. Government bodies and schemes
  (MOH, NEA, Medisave, PhilHealth, Medicare, 健保署, 医保局, 醫院管理局), commercial insurers and
  vaccine manufacturers are not gold.

Each note carries the ``known`` identifiers its EMR Patient resource would hold: full name and
parts, record number, national/resident ID (健保卡號 too in Taiwan), phone, street address (kind
ADDRESS), city/town/district (kind LOCATION), ISO birth date, e-mail.
Text uses them exactly and in variants (other name orders, nicknames, reformatted phones, masked
IDs), and also names many people and numbers the record does not list.
"""

from __future__ import annotations

import datetime as dt
import functools
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
    "BLIND8_SEED",
    "EN_BLIND8_TEMPLATES",
    "ZH_BLIND8_TEMPLATES",
    "blind8_age_of",
    "generate_blind8",
]

BLIND8_SEED: Final[int] = 58203917

_Gen = Callable[[random.Random], str]

# ---------------------------------------------------------------------------------------------
# Ages written as digits, English words or Chinese numerals
# ---------------------------------------------------------------------------------------------
# fmt: off
_ONES: Final = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)
_TENS: Final = ("_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# fmt: on
_EN_NUMBER: Final[dict[str, int]] = {w: i for i, w in enumerate(_ONES)} | {
    w: 10 * i for i, w in enumerate(_TENS) if i >= 2
}
_ZH_DIGIT: Final[dict[str, int]] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip


def blind8_age_of(text: str) -> int:
    """An age written as digits, English words ("one hundred and two") or Chinese numerals ("一百零二")."""
    value = text.strip()
    if value.isdigit():
        return int(value)
    if any(c in _ZH_DIGIT or c in "十百廿" for c in value):
        total, digit = 0, 0
        for char in value:
            if char in _ZH_DIGIT:
                digit = _ZH_DIGIT[char]
            elif char == "十":
                total += (digit or 1) * 10
                digit = 0
            elif char == "廿":
                total += 20
                digit = 0
            elif char == "百":
                total += (digit or 1) * 100
                digit = 0
            else:
                raise ValueError("not a Chinese numeral age")
        return total + digit
    current = 0
    words = [w for w in re.split(r"[\s\-]+", value.lower()) if w]
    if not words:
        raise ValueError("empty age")
    for word in words:
        if word == "and":
            continue
        if word == "a":
            current += 1
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _EN_NUMBER:
            current += _EN_NUMBER[word]
        else:
            raise ValueError("not an age in words")
    return current


def _en_words(n: int, rng: random.Random) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[unit]}" if unit else "")
    rest = n - 100
    head = rng.choice(("one hundred", "a hundred")) if rest == 0 else "one hundred"
    return head if rest == 0 else f"{head} and {_en_words(rest, rng)}"


def _zh_numeral(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n - 10] if n > 10 else "")
    if n < 100:
        tens, unit = divmod(n, 10)
        return digits[tens] + "十" + (digits[unit] if unit else "")
    hundreds, rest = divmod(n, 100)
    head = digits[hundreds] + "百"
    if rest == 0:
        return head
    if rest < 10:
        return head + "零" + digits[rest]
    tens, unit = divmod(rest, 10)
    return head + digits[tens] + "十" + (digits[unit] if unit else "")


# ---------------------------------------------------------------------------------------------
# Identifier formats
# ---------------------------------------------------------------------------------------------
def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _sg_nric(rng: random.Random, birth: dt.date, foreign: bool) -> str:
    if foreign:
        prefix = "G" if rng.random() < 0.6 else "F"
        body = _digits(rng, 7)
    elif birth.year >= 2000:
        prefix, body = "T", f"{birth:%y}" + _digits(rng, 5)
    elif birth.year >= 1968:
        prefix, body = "S", f"{birth:%y}" + _digits(rng, 5)
    else:
        prefix, body = "S", rng.choice("01") + _digits(rng, 6)
    total = sum(int(c) * w for c, w in zip(body, (2, 7, 6, 5, 4, 3, 2), strict=True))
    if prefix in "TG":
        total += 4
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return prefix + body + table[total % 11]


def _mykad(rng: random.Random, birth: dt.date, female: bool) -> str:
    place = rng.choice(("01", "02", "05", "07", "08", "10", "12", "13", "14", "21", "22", "30", "54"))
    last = rng.choice("02468" if female else "13579")
    return f"{birth:%y%m%d}-{place}-{_digits(rng, 3)}{last}"


def _hkid(rng: random.Random) -> str:
    letter = rng.choice("ACDEGHKPRVYZ")
    digits = _digits(rng, 6)
    total = 36 * 9 + (ord(letter) - 55) * 8 + sum(int(c) * w for c, w in zip(digits, (7, 6, 5, 4, 3, 2), strict=True))
    check = (11 - total % 11) % 11
    return f"{letter}{digits}({'A' if check == 10 else check})"


_TW_LETTERS: Final[dict[str, int]] = {
    "A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "I": 34, "J": 18, "K": 19,
    "L": 20, "M": 21, "N": 22, "O": 35, "P": 23, "Q": 24, "R": 25, "S": 26, "T": 27, "U": 28, "V": 29,
    "W": 32, "X": 30, "Y": 31, "Z": 33,
}  # fmt: skip


def _tw_id(rng: random.Random, female: bool, *, resident_permit: bool = False) -> str:
    letter = rng.choice("AAAFFFBEDHJKTROPQUVWMN")
    second = ("9" if female else "8") if resident_permit else ("2" if female else "1")
    body = second + _digits(rng, 7)
    code = _TW_LETTERS[letter]
    total = code // 10 + (code % 10) * 9 + sum(int(c) * w for c, w in zip(body, (8, 7, 6, 5, 4, 3, 2, 1), strict=True))
    return f"{letter}{body}{(10 - total % 10) % 10}"


def _macau_id(rng: random.Random) -> str:
    return f"{rng.choice('157')}{_digits(rng, 6)}({rng.randrange(10)})"


def _resident_permit(rng: random.Random, birth: dt.date, home: str, female: bool) -> str:
    """港澳台居民居住证: 810000 / 820000 / 830000 + birth date + sequence + MOD 11-2 check."""
    area = {"hk": "810000", "mo": "820000"}.get(home, "830000")
    seq = f"{rng.randrange(100):02d}{rng.choice('02468' if female else '13579')}"
    body = f"{area}{birth:%Y%m%d}{seq}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(c) * w for c, w in zip(body, weights, strict=True))
    return body + "10X98765432"[total % 11]


def _medicare(rng: random.Random) -> str:
    digits = [rng.randint(2, 6)] + [rng.randrange(10) for _ in range(7)]
    check = sum(d * w for d, w in zip(digits, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    text = "".join(map(str, digits))
    return f"{text[:4]} {text[4:]}{check} {rng.randint(1, 3)}"


def _nhi(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        head = [rng.choice(letters) for _ in range(3)]
        body = [rng.randrange(10) for _ in range(3)]
        values = [letters.index(c) + 1 for c in head] + body
        rest = sum(v * w for v, w in zip(values, (7, 6, 5, 4, 3, 2), strict=True)) % 11
        if rest:
            return "".join(head) + "".join(map(str, body)) + str((11 - rest) % 10)


def _passport(rng: random.Random, style: str) -> str:
    return {
        "py": f"E{_digits(rng, 8)}",
        "cn": f"E{_digits(rng, 8)}",
        "fil": f"P{_digits(rng, 7)}{rng.choice('ABC')}",
        "fwl": f"{rng.choice('BCXP')}{_digits(rng, 7)}",
        "indo": f"{rng.choice('BCX')}{_digits(rng, 7)}",
        "ban": f"{rng.choice(('EF', 'EB', 'A'))}{_digits(rng, 7)}",
        "mya": f"M{rng.choice('ABCDEFGH')}{_digits(rng, 6)}",
        "ind": f"{rng.choice('JKLMNPRSTUVZ')}{_digits(rng, 7)}",
        "tam": f"{rng.choice('JKLMNPRSTUVZ')}{_digits(rng, 7)}",
        "kor": f"M{_digits(rng, 8)}",
        "jpn": f"T{rng.choice('KRSZ')}{_digits(rng, 7)}",
        "fx": f"{rng.choice('5CKLPX')}{_digits(rng, 8)}",
    }.get(style, f"{rng.choice(('PA', 'LA', 'N', '5', 'C'))}{_digits(rng, 7)}")


# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------
@dataclass
class _Person:
    style: str
    female: bool
    age: int
    birth: dt.date
    full: str
    sur: str
    given: str
    call: str
    first: str
    nick: str
    init: str
    alt: str
    west: str = ""
    roman: str = ""
    handle: str = ""  # ascii "given.surname" base for e-mail addresses and profile links
    spouse_sur: str = ""
    nation: str = ""


def _h(*parts: str) -> str:
    return ".".join(a for a in map(_ascii, parts) if a)


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", folded.lower())


_FOREIGN_NATION: Final[dict[str, tuple[str, str]]] = {
    "John Smith": ("美国", "美國"), "Maria Santos": ("菲律宾", "菲律賓"), "David Williams": ("英国", "英國"),
    "Anna Ivanova": ("俄罗斯", "俄羅斯"), "Muhammad Rashid": ("巴基斯坦", "巴基斯坦"), "Emily Johnson": ("美国", "美國"),
    "Michael Miller": ("加拿大", "加拿大"), "Sophia Mueller": ("德国", "德國"), "Alexander Petrov": ("俄罗斯", "俄羅斯"),
    "Carlos Rodriguez": ("西班牙", "西班牙"), "Lucy Martin": ("英国", "英國"), "Abdullah Khan": ("巴基斯坦", "巴基斯坦"),
    "Nguyen Thi Mai": ("越南", "越南"), "Le Van Hung": ("越南", "越南"), "Kim Min-jun": ("韩国", "韓國"),
    "Park Ji-yeon": ("韩国", "韓國"), "Sato Kenichi": ("日本", "日本"), "Tanaka Yumi": ("日本", "日本"),
}  # fmt: skip


# English-language name pools -------------------------------------------------------------
# fmt: off
_CHN_SUR: Final = ("Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Chan", "Koh", "Teo", "Ang", "Yeo", "Tay", "Ho", "Low", "Toh", "Sim", "Chong", "Chia", "Leong", "Foo", "Lau", "Yap", "Seah", "Quek", "Heng", "Loh", "Pang", "Soh", "Long", "Khoo", "Lai", "Yong", "Ee", "Oh")
_CHN_GIVEN_M: Final = ("Ah Kow", "Kok Wah", "Boon Huat", "Wei Ming", "Kim Hock", "Ah Huat", "Chee Keong", "Soon Heng", "Jun Jie", "Zhi Hao", "Teck Seng", "Beng Hock", "Yong Sheng", "Ah Seng", "Kah Wai", "Jian Hong", "Eng Soon", "Boon Kiat", "Ming Hui", "Ah Chai")
_CHN_GIVEN_F: Final = ("Bee Leng", "Siew Ling", "Mei Ling", "Hui Min", "Jia Hui", "Swee Lan", "Geok Choo", "Ai Ling", "Li Ting", "Xin Yi", "Ah Lian", "Siew Hoon", "Poh Choo", "Bee Hwa", "Yu Xuan", "Pei Shan", "Hwee Ling", "Lay Hoon", "Ah Moi", "Kim Neo")
_WEST_M: Final = ("Jason", "Peter", "Kelvin", "Alvin", "Desmond", "Raymond", "Kenneth", "Ivan", "Ricky", "Benjamin", "Marcus", "Daniel", "Terence", "Vincent", "Bryan", "Gabriel", "Sunny", "Bill", "Frank", "Will", "Patrick", "Eric")
_WEST_F: Final = ("Mary", "Michelle", "Jasmine", "Eunice", "Irene", "Shirley", "Winnie", "Queenie", "Carmen", "Rachel", "Joy", "Faith", "Hope", "Grace", "Charity", "Angel", "Cherry", "Candy", "Summer", "Rose", "May", "Ivy", "Crystal", "Precious")
_HKC_SUR: Final = ("Chan", "Wong", "Cheung", "Leung", "Lau", "Lee", "Ho", "Ng", "Yeung", "Kwok", "Tsang", "Tang", "Chow", "Lam", "Mak", "Tam", "Yip", "Fung", "Law", "Au Yeung", "Szeto", "Chu", "Lo", "Man", "Young", "Long", "Sin")
_HKC_GIVEN_M: Final = ("Tai Man", "Siu Ming", "Chi Keung", "Kwok Wah", "Tsz Ho", "Ka Lok", "Wai Kit", "Chun Yin", "Hon Wing", "Kin Fai", "Yiu Tung", "Man Kit", "Chi Wai", "Wing Hong")
_HKC_GIVEN_F: Final = ("Ka Yan", "Wing Sze", "Mei Ling", "Pui Yee", "Hoi Yan", "Siu Fong", "Yuk Lan", "Shuk Fan", "Wai Man", "Lai Kuen", "Po Chu", "Suet Ying", "Siu Wah", "Kam Fung")
_PY_SUR: Final = ("Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Wu", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Song", "Xie", "Han", "Tang", "Ouyang", "Sima")
_PY_GIVEN_M: Final = ("Wei", "Lei", "Jun", "Haoran", "Jianguo", "Zhiqiang", "Yong", "Tao", "Ming", "Hao", "Yuxuan", "Zihao", "Jie", "Qiang", "Bo", "Peng", "Long", "Guoqing")
_PY_GIVEN_F: Final = ("Fang", "Jing", "Min", "Xiuying", "Guiying", "Xinyi", "Zihan", "Li", "Yan", "Na", "Ting", "Lan", "Shulan", "Mei", "Xue", "Yu", "Hong")
_MAL_GIVEN_M: Final = (("Ahmad", "Ahmad", "Mat"), ("Muhammad Faiz", "Faiz", "Faiz"), ("Mohd Hafiz", "Hafiz", "Apis"), ("Azman", "Azman", "Man"), ("Rosli", "Rosli", "Li"), ("Amirul Hakim", "Amirul", "Amir"), ("Zulkifli", "Zulkifli", "Zul"), ("Khairul Anuar", "Khairul", "Khai"), ("Mohamad Rizal", "Rizal", "Ijal"), ("Syed Hussein", "Hussein", "Syed"), ("Hamzah", "Hamzah", "Hamzah"), ("Iskandar", "Iskandar", "Is"))
_MAL_GIVEN_F: Final = (("Siti Nurhaliza", "Siti", "Ct"), ("Nur Aisyah", "Aisyah", "Echa"), ("Noraini", "Noraini", "Ani"), ("Fatimah", "Fatimah", "Timah"), ("Aminah", "Aminah", "Minah"), ("Rohani", "Rohani", "Ani"), ("Zarina", "Zarina", "Ina"), ("Nurul Huda", "Nurul", "Huda"), ("Hasnah", "Hasnah", "Nah"), ("Sharifah Nor", "Sharifah", "Ifah"), ("Siti Khadijah", "Khadijah", "Dijah"), ("Nor Azizah", "Azizah", "Zah"))
_MAL_FATHER: Final = ("Abdullah", "Ismail", "Osman", "Hassan", "Yusof", "Ibrahim", "Abdul Rahman", "Salleh", "Hamid", "Mohd Noor", "Ahmad", "Jaafar", "Sulaiman", "Kassim", "Ali")
_TAM_GIVEN_M: Final = (("Rajendran", "Raj"), ("Muthu", "Muthu"), ("Subramaniam", "Subra"), ("Kumaran", "Kumar"), ("Selvam", "Selvam"), ("Ganesan", "Ganesh"), ("Murugan", "Murugan"), ("Arumugam", "Aru"), ("Ramesh", "Ramesh"), ("Sivakumar", "Siva"), ("Vijayan", "Vijay"), ("Krishnan", "Krish"))
_TAM_GIVEN_F: Final = (("Kavitha", "Kavi"), ("Lakshmi", "Lakshmi"), ("Meena", "Meena"), ("Vasanthi", "Vasanthi"), ("Saraswathy", "Saras"), ("Devi", "Devi"), ("Malar", "Malar"), ("Priya", "Priya"), ("Kamala", "Kamala"), ("Rani", "Rani"), ("Valli", "Valli"), ("Anjali", "Anju"))
_TAM_FATHER: Final = ("Muthusamy", "Ramasamy", "Krishnan", "Subramaniam", "Arumugam", "Velu", "Perumal", "Govindasamy", "Nadarajan", "Karuppiah", "Sinnathamby", "Palaniappan", "Rajoo", "Maniam")
_IND_GIVEN_M: Final = ("Anil Kumar", "Rahul", "Sanjay", "Vikram", "Amit", "Suresh", "Rajesh", "Arjun", "Mohammed Rafiq", "Harpreet", "Sundar Raman", "Venkat Rao", "Joseph")
_IND_GIVEN_F: Final = ("Priya", "Sunita", "Anjali", "Pooja", "Neha", "Kavya", "Deepa", "Lakshmi", "Fatima", "Gurpreet Kaur", "Sreelakshmi", "Annamma", "Divya")
_IND_SUR: Final = ("Sharma", "Nair", "Iyer", "Menon", "Reddy", "Patel", "Gupta", "Singh", "Das", "Pillai", "Rao", "Khan", "Joshi", "Kulkarni", "Chatterjee", "Varghese", "Thomas", "Fernandes", "Kurian")
_FIL_GIVEN_F: Final = ("Maria Cristina", "Ma. Theresa", "Joy", "Princess", "Lovely", "Precious", "Honey Grace", "Mary Jane", "Rosalie", "Marites", "Angelica", "Jhoanna", "Kristine Joy", "Mylene", "Faith", "Cherry Mae", "Baby")
_FIL_GIVEN_M: Final = ("Jose Miguel", "Juan Carlos", "Rodrigo", "Mark Anthony", "John Paul", "Reynaldo", "Ronaldo", "Romeo", "Jerome", "King", "Prince", "Christian", "Arnel", "Efren")
_FIL_NICK: Final = ("Tin", "Jun-Jun", "Bong", "Bing", "Nene", "Inday", "Dodong", "Toto", "Cha-Cha", "Len-Len", "Boy", "Jojo", "Pinky", "Ading")
_FIL_SUR: Final = ("Dela Cruz", "Santos", "Reyes", "Garcia", "Bautista", "Mendoza", "Villanueva", "Del Rosario", "Dimaculangan", "Macaraeg", "Soriano", "Aquino", "Ramos", "Castillo", "Sy", "Go", "Co", "Uy", "Manalo", "Pascual", "De Guzman", "Lacson", "Magbanua")
_INDO_F: Final = ("Sumiati", "Suparti", "Wartini", "Juwariyah", "Sulastri", "Siti Aminah", "Sri Wahyuni", "Dewi Lestari", "Nur Hidayah", "Eka Putri", "Tri Handayani", "Ani Suryani", "Rina Marlina", "Lilis Suryati", "Yuli Astuti")
_INDO_M: Final = ("Sutrisno", "Suparman", "Slamet", "Agus Setiawan", "Budi Santoso", "Eko Prasetyo", "Joko Susilo", "Dedi Kurniawan")
_INDO_FATHER: Final = ("Karto", "Sukarman", "Wiryo", "Rahmat", "Suparno", "Ngadimin")
_MYA_M: Final = ("Aung Ko Ko", "Zaw Min Htet", "Kyaw Zin Oo", "Myo Min Tun", "Thura Aung", "Htet Naing", "Win Naing", "Soe Moe")
_MYA_F: Final = ("Thandar Win", "Ei Phyu Mon", "Nilar Aye", "Su Su Hlaing", "Khin Myat Noe", "May Thu", "Hnin Wai", "Aye Aye Khaing")
_BAN_M: Final = (("Md. Shahidul", "Islam"), ("Mohammad Rahim", "Uddin"), ("Abdul", "Karim"), ("Rasel", "Mia"), ("Sumon", "Ahmed"), ("Mohammad Alamgir", "Hossain"), ("Rubel", "Hossain"), ("Shahin", "Alam"), ("Md. Jahangir", "Alam"), ("Kamrul", "Hasan"), ("Sohel", "Rana"), ("Milon", "Sarker"))
_BAN_F: Final = (("Nasima", "Begum"), ("Rokeya", "Khatun"), ("Shirin", "Akter"), ("Taslima", "Begum"))
_KOR_SUR: Final = ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin", "Oh", "Seo")
_KOR_GIVEN_M: Final = ("Min-jun", "Hyun-woo", "Ji-ho", "Young-ho", "Sung-min", "Jae-won", "Dong-hyun", "Sang-woo")
_KOR_GIVEN_F: Final = ("Ji-yeon", "Seo-yeon", "Da-eun", "Soo-ah", "Eun-ji", "Min-ji", "Hye-jin", "Yu-na")
_JPN_SUR: Final = ("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Mori", "Ono")
_JPN_GIVEN_M: Final = ("Haruto", "Ren", "Hiroshi", "Takeshi", "Kenji", "Daiki", "Sota", "Kazuo")
_JPN_GIVEN_F: Final = ("Yui", "Aoi", "Sakura", "Keiko", "Yoko", "Haruka", "Emi", "Michiko")
_MAO_GIVEN_M: Final = ("Tama", "Wiremu", "Hemi", "Rāwiri", "Manaia", "Kahu", "Te Ariki", "Nikau", "Tāne", "Hōhepa")
_MAO_GIVEN_F: Final = ("Aroha", "Mere", "Ngaio", "Anahera", "Hine", "Tui", "Mereana", "Moana", "Whetu", "Kiri")
_MAO_SUR: Final = ("Ngata", "Te Whata", "Parata", "Tipene", "Henare", "Te Rangi", "Pōmare", "Tamihana", "Rewi", "Kereama", "Te Kani", "Ngāwati", "Walker", "Wihongi")
_PAC_GIVEN_M: Final = ("Sione", "Tevita", "Iosefa", "Siaosi", "Viliami", "Fetu", "Semisi", "Pita")
_PAC_GIVEN_F: Final = ("Mele", "Losa", "Malia", "Seini", "Ana", "Lupe", "Vaiola", "Salote")
_PAC_SUR: Final = ("Tupou", "Fifita", "Faleolo", "Fonua", "Taufa", "Vea", "Leota", "Tuilagi", "Aumua", "Mahe", "Latu", "Havili", "Pulu", "Sapolu")
_WES_WORD_SUR: Final = ("Young", "Long", "Little", "White", "Brown", "Green", "Hill", "Wood", "Bird", "Baker", "Cook", "Mason", "Hope", "Moon", "Rich", "Fox", "Sharp", "King", "Day")
_WES_WORD_GIVEN_F: Final = ("Hope", "Faith", "Joy", "Grace", "Summer", "Rose", "May", "Honey", "Autumn", "Ruby")
_WES_WORD_GIVEN_M: Final = ("Bill", "Frank", "Will", "Art", "Sunny", "Rusty", "Chase", "Hunter")
_WES_NICK: Final[dict[str, str]] = {
    "William": "Bill", "Robert": "Bob", "Elizabeth": "Liz", "Margaret": "Peggy", "James": "Jim",
    "Richard": "Rick", "Katherine": "Kate", "Jennifer": "Jen", "Michael": "Mike", "Patricia": "Trish",
    "Christopher": "Chris", "Alexander": "Alex", "Thomas": "Tom", "Samantha": "Sam", "Deborah": "Deb",
}
# fmt: on


@functools.cache
def _faker(locale: str) -> Faker:
    return Faker(locale)


def _initials(words: str) -> str:
    return " ".join(f"{w[0]}." for w in words.replace("-", " ").split())


def _en_person(
    rng: random.Random, style: str, female: bool, region: str, *, sur: str = "", father: str = ""
) -> _Person:
    """Name forms for one invented person; ``sur`` / ``father`` tie relatives together."""
    west = ""
    if style in ("chn", "hkc"):
        s = sur or rng.choice(_CHN_SUR if style == "chn" else _HKC_SUR)
        pool = (
            (_CHN_GIVEN_F if female else _CHN_GIVEN_M) if style == "chn" else (_HKC_GIVEN_F if female else _HKC_GIVEN_M)
        )
        g = rng.choice(pool)
        if rng.random() < (0.4 if style == "chn" else 0.55):
            west = rng.choice(_WEST_F if female else _WEST_M)
        if west:
            full = rng.choice((f"{west} {s} {g}", f"{s} {g} {west}", f"{west} {s} {g}"))
            alt = rng.choice((f"{west} {s}", f"{g} {s}"))
        else:
            full = f"{s} {g}"
            alt = rng.choice((f"{g} {s}", f"{s.upper()}, {g}", f"{s} {g.replace(' ', '')}"))
        nick = rng.choice((f"Ah {g.split()[-1]}", west or g.split()[-1], f"Ah {g.split()[0]}"))
        return _Person(
            style,
            female,
            0,
            dt.date(2000, 1, 1),
            full,
            s,
            g,
            s,
            west or g,
            nick,
            f"{_initials(g)} {s}",
            alt,
            west,
            handle=_h(west or g, s),
        )
    if style == "py":
        s = sur or rng.choice(_PY_SUR)
        g = rng.choice(_PY_GIVEN_F if female else _PY_GIVEN_M)
        if rng.random() < 0.25:
            west = rng.choice(_WEST_F if female else _WEST_M)
        full = f"{s} {g}" if rng.random() < 0.6 else f"{g} {s}"
        alt = f"{g} {s}" if full.startswith(s + " ") else f"{s.upper()} {g}"
        if west:
            full = f"{west} {full}" if rng.random() < 0.5 else full
            alt = f"{west} {s}"
        nick = rng.choice((f"Xiao {g[:1].upper()}{g[1:]}", f"Lao {s}", west or g))
        return _Person(
            style,
            female,
            0,
            dt.date(2000, 1, 1),
            full,
            s,
            g,
            s,
            west or g,
            nick,
            f"{g[0]}. {s}",
            alt,
            west,
            handle=_h(g, s),
        )
    if style == "mal":
        given, call, nick = rng.choice(_MAL_GIVEN_F if female else _MAL_GIVEN_M)
        dad = father or rng.choice(_MAL_FATHER)
        link = ("binte" if region == "sg" and rng.random() < 0.5 else "binti") if female else "bin"
        full = f"{given} {link} {dad}"
        alt = rng.choice(
            (f"{given} {dad}", f"{given} {link.upper()} {dad}".upper(), f"{given} {'bte' if female else 'b.'} {dad}")
        )
        return _Person(
            style,
            female,
            0,
            dt.date(2000, 1, 1),
            full,
            dad,
            given,
            call,
            call,
            nick,
            f"{_initials(given)} {dad}",
            alt,
            handle=_h(call, _ascii(dad)[:6]),
        )
    if style == "tam":
        given, nick = rng.choice(_TAM_GIVEN_F if female else _TAM_GIVEN_M)
        dad = father or rng.choice(_TAM_FATHER)
        link = ("a/p" if female else "a/l") if region == "my" else ("d/o" if female else "s/o")
        full = f"{given} {link} {dad}"
        alt = rng.choice((f"{given} {dad}", f"{given} {link.upper()} {dad}".upper(), f"{dad[0]}. {given}"))
        return _Person(
            style,
            female,
            0,
            dt.date(2000, 1, 1),
            full,
            dad,
            given,
            given,
            given,
            nick,
            f"{dad[0]}. {given}",
            alt,
            handle=_h(given),
        )
    if style == "ind":
        if rng.random() < 0.4 and not sur:
            given, nick = rng.choice(_TAM_GIVEN_F if female else _TAM_GIVEN_M)
            dad = father or rng.choice(_TAM_FATHER)
            full = f"{given} {dad}"
            return _Person(
                style,
                female,
                0,
                dt.date(2000, 1, 1),
                full,
                dad,
                given,
                given,
                given,
                nick,
                f"{dad[0]}. {given}",
                f"{dad[0]}. {given}",
                handle=_h(given, _ascii(dad)[:3]),
            )
        g = rng.choice(_IND_GIVEN_F if female else _IND_GIVEN_M)
        s = sur or rng.choice(_IND_SUR)
        full = f"{g} {s}"
        nick = g.split()[0]
        return _Person(
            style,
            female,
            0,
            dt.date(2000, 1, 1),
            full,
            s,
            g,
            s,
            g.split()[0],
            nick,
            f"{_initials(g)} {s}",
            f"{s.upper()} {g}",
            handle=_h(g.split()[0], s),
        )
    if style == "fil":
        g = rng.choice(_FIL_GIVEN_F if female else _FIL_GIVEN_M)
        s = sur or rng.choice(_FIL_SUR)
        middle = rng.choice([x for x in _FIL_SUR if x != s])
        full = rng.choice((f"{g} {middle[0]}. {s}", f"{g} {middle} {s}", f"{g} {s}"))
        alt = rng.choice((f"{s}, {g}", f"{g} {s}", f"{s.upper()}, {g.upper()}")) if full != f"{g} {s}" else f"{s}, {g}"
        nick = rng.choice(_FIL_NICK) if rng.random() < 0.7 else g.split()[-1]
        return _Person(
            style,
            female,
            0,
            dt.date(2000, 1, 1),
            full,
            s,
            g,
            s,
            g,
            nick,
            f"{_initials(g)} {s}",
            alt,
            handle=_h(g.split()[0], s),
        )
    if style == "indo":
        name = rng.choice(_INDO_F if female else _INDO_M)
        parts = name.split()
        s = parts[-1]
        g = " ".join(parts[:-1]) or name
        alt = f"{name} {'binti' if female else 'bin'} {rng.choice(_INDO_FATHER)}".upper()
        return _Person(
            style,
            female,
            0,
            dt.date(2000, 1, 1),
            name,
            s,
            g,
            parts[0],
            parts[0],
            parts[0],
            name,
            alt,
            handle=_h(*name.split()),
        )
    if style == "mya":
        name = rng.choice(_MYA_F if female else _MYA_M)
        parts = name.split()
        return _Person(
            style,
            female,
            0,
            dt.date(2000, 1, 1),
            name,
            parts[-1],
            " ".join(parts[:-1]),
            name,
            name,
            parts[0],
            name,
            name.upper(),
            handle=_h(*name.split()),
        )
    if style == "ban":
        g, s = rng.choice(_BAN_F if female else _BAN_M)
        full = f"{g} {s}"
        first = g.replace("Md. ", "").replace("Mohammad ", "")
        return _Person(
            style,
            female,
            0,
            dt.date(2000, 1, 1),
            full,
            s,
            g,
            s,
            first,
            first,
            f"{_initials(g)} {s}",
            rng.choice((f"{s} {g}", full.upper(), full.replace("Md. ", "Mohammad "))),
            handle=_h(first, s),
        )
    if style in ("kor", "jpn"):
        s = sur or rng.choice(_KOR_SUR if style == "kor" else _JPN_SUR)
        g = rng.choice(
            (_KOR_GIVEN_F if female else _KOR_GIVEN_M) if style == "kor" else (_JPN_GIVEN_F if female else _JPN_GIVEN_M)
        )
        surname_first = rng.random() < 0.5
        full = f"{s} {g}" if surname_first else f"{g} {s}"
        alt = f"{g} {s}" if surname_first else f"{s.upper()} {g}"
        if style == "kor" and rng.random() < 0.3:
            west = rng.choice(_WEST_F if female else _WEST_M)
            alt = f"{west} {s}"
        return _Person(
            style,
            female,
            0,
            dt.date(2000, 1, 1),
            full,
            s,
            g,
            s,
            west or g,
            west or g,
            f"{g[0]}. {s}",
            alt,
            west,
            handle=_h(g, s),
        )
    if style in ("mao", "pac"):
        g = rng.choice(
            (_MAO_GIVEN_F if female else _MAO_GIVEN_M) if style == "mao" else (_PAC_GIVEN_F if female else _PAC_GIVEN_M)
        )
        s = sur or rng.choice(_MAO_SUR if style == "mao" else _PAC_SUR)
        full = f"{g} {s}"
        plain = unicodedata.normalize("NFKD", full).encode("ascii", "ignore").decode()
        alt = plain if plain != full else f"{s.upper()}, {g}"
        return _Person(style, female, 0, dt.date(2000, 1, 1), full, s, g, s, g, g, f"{g[0]}. {s}", alt, handle=_h(g, s))
    # "wes": Anglo / European names, Faker plus names that are ordinary words
    fake = _faker("en_NZ" if region == "nz" else "en_AU")
    fake.seed_instance(rng.getrandbits(32))
    if rng.random() < 0.3:
        g = rng.choice(_WES_WORD_GIVEN_F if female else _WES_WORD_GIVEN_M)
    else:
        g = fake.first_name_female() if female else fake.first_name_male()
    s = sur or (rng.choice(_WES_WORD_SUR) if rng.random() < 0.3 else fake.last_name())
    middle = fake.first_name_female() if female else fake.first_name_male()
    full = f"{g} {middle[0]}. {s}" if rng.random() < 0.3 else f"{g} {s}"
    alt = f"{s.upper()}, {g}"
    nick = _WES_NICK.get(g, g)
    return _Person(style, female, 0, dt.date(2000, 1, 1), full, s, g, s, g, nick, f"{g[0]}. {s}", alt, handle=_h(g, s))


# Chinese-language name pools: (simplified, traditional, pinyin, Cantonese romanisation) -----------
# fmt: off
_ZH_SUR: Final = (
    ("陈", "陳", "chen", "Chan"), ("黄", "黃", "huang", "Wong"), ("李", "李", "li", "Lee"), ("张", "張", "zhang", "Cheung"),
    ("梁", "梁", "liang", "Leung"), ("刘", "劉", "liu", "Lau"), ("林", "林", "lin", "Lam"), ("吴", "吳", "wu", "Ng"),
    ("何", "何", "he", "Ho"), ("郭", "郭", "guo", "Kwok"), ("郑", "鄭", "zheng", "Cheng"), ("杨", "楊", "yang", "Yeung"),
    ("麦", "麥", "mai", "Mak"), ("蔡", "蔡", "cai", "Choi"), ("马", "馬", "ma", "Ma"), ("周", "周", "zhou", "Chau"),
    ("胡", "胡", "hu", "Wu"), ("曾", "曾", "zeng", "Tsang"), ("谭", "譚", "tan", "Tam"), ("叶", "葉", "ye", "Yip"),
    ("邓", "鄧", "deng", "Tang"), ("冯", "馮", "feng", "Fung"), ("卢", "盧", "lu", "Lo"), ("罗", "羅", "luo", "Law"),
    ("王", "王", "wang", "Wong"), ("赵", "趙", "zhao", "Chiu"), ("孙", "孫", "sun", "Suen"), ("徐", "徐", "xu", "Tsui"),
    ("朱", "朱", "zhu", "Chu"), ("高", "高", "gao", "Ko"), ("许", "許", "xu", "Hui"), ("谢", "謝", "xie", "Tse"),
    ("苏", "蘇", "su", "So"), ("简", "簡", "jian", "Kan"), ("詹", "詹", "zhan", "Chim"), ("赖", "賴", "lai", "Lai"),
    ("刘", "劉", "liu", "Lau"), ("黄", "黃", "huang", "Wong"), ("陈", "陳", "chen", "Chan"), ("王", "王", "wang", "Wong"),
)  # fmt: skip
_ZH_RARE_SUR: Final = (
    ("欧阳", "歐陽", "ouyang", "Au Yeung"), ("司徒", "司徒", "situ", "Szeto"), ("司马", "司馬", "sima", "Sze Ma"),
    ("诸葛", "諸葛", "zhuge", "Chu Kot"), ("上官", "上官", "shangguan", "Sheung Kwun"), ("东方", "東方", "dongfang", "Tung Fong"),
    ("慕容", "慕容", "murong", "Mo Yung"), ("皇甫", "皇甫", "huangfu", "Wong Po"), ("禤", "禤", "xuan", "Huen"),
    ("冼", "冼", "xian", "Sin"), ("佘", "佘", "she", "Se"), ("靳", "靳", "jin", "Kan"), ("岑", "岑", "cen", "Sum"),
    ("阙", "闕", "que", "Kuet"), ("亓", "亓", "qi", "Kei"), ("逯", "逯", "lu", "Luk"),
)  # fmt: skip
_ZH_GIVEN_M: Final = (
    ("伟", "偉", "wei", "Wai"), ("志", "志", "zhi", "Chi"), ("明", "明", "ming", "Ming"), ("强", "強", "qiang", "Keung"),
    ("国", "國", "guo", "Kwok"), ("华", "華", "hua", "Wah"), ("建", "建", "jian", "Kin"), ("俊", "俊", "jun", "Chun"),
    ("杰", "傑", "jie", "Kit"), ("浩", "浩", "hao", "Ho"), ("宏", "宏", "hong", "Wang"), ("德", "德", "de", "Tak"),
    ("军", "軍", "jun", "Kwan"), ("平", "平", "ping", "Ping"), ("振", "振", "zhen", "Chun"), ("宇", "宇", "yu", "Yu"),
    ("轩", "軒", "xuan", "Hin"), ("睿", "睿", "rui", "Yui"), ("海", "海", "hai", "Hoi"), ("天", "天", "tian", "Tin"),
    ("文", "文", "wen", "Man"), ("大", "大", "da", "Tai"), ("少", "少", "shao", "Siu"), ("永", "永", "yong", "Wing"),
    ("耀", "耀", "yao", "Yiu"), ("祖", "祖", "zu", "Cho"), ("立", "立", "li", "Lap"), ("家", "家", "jia", "Ka"),
    ("子", "子", "zi", "Tsz"), ("嘉", "嘉", "jia", "Ka"), ("金", "金", "jin", "Kam"), ("春", "春", "chun", "Chun"),
)  # fmt: skip
_ZH_GIVEN_F: Final = (
    ("美", "美", "mei", "Mei"), ("玲", "玲", "ling", "Ling"), ("嘉", "嘉", "jia", "Ka"), ("欣", "欣", "xin", "Yan"),
    ("淑", "淑", "shu", "Shuk"), ("芬", "芬", "fen", "Fan"), ("秀", "秀", "xiu", "Sau"), ("英", "英", "ying", "Ying"),
    ("咏", "詠", "yong", "Wing"), ("诗", "詩", "shi", "Sze"), ("宝", "寶", "bao", "Po"), ("珠", "珠", "zhu", "Chu"),
    ("丽", "麗", "li", "Lai"), ("惠", "惠", "hui", "Wai"), ("敏", "敏", "min", "Man"), ("慧", "慧", "hui", "Wai"),
    ("佩", "佩", "pei", "Pui"), ("仪", "儀", "yi", "Yee"), ("月", "月", "yue", "Yuet"), ("凤", "鳳", "feng", "Fung"),
    ("娟", "娟", "juan", "Kuen"), ("玉", "玉", "yu", "Yuk"), ("燕", "燕", "yan", "Yin"), ("洁", "潔", "jie", "Kit"),
    ("莹", "瑩", "ying", "Ying"), ("雅", "雅", "ya", "Nga"), ("婷", "婷", "ting", "Ting"), ("涵", "涵", "han", "Ham"),
    ("晨", "晨", "chen", "San"), ("桂", "桂", "gui", "Kwai"), ("兰", "蘭", "lan", "Lan"), ("秋", "秋", "qiu", "Chau"),
    ("静", "靜", "jing", "Ching"), ("红", "紅", "hong", "Hung"), ("梅", "梅", "mei", "Mui"), ("霞", "霞", "xia", "Ha"),
)  # fmt: skip
# Names that are ordinary words: (surname row, given row)
_ZH_WORD_NAMES: Final = (
    (("高", "高", "gao", "Ko"), ("山", "山", "shan", "Shan"), False), (("夏", "夏", "xia", "Ha"), ("雨", "雨", "yu", "Yu"), True),
    (("白", "白", "bai", "Pak"), ("雪", "雪", "xue", "Suet"), True), (("金", "金", "jin", "Kam"), ("鑫", "鑫", "xin", "Yam"), False),
    (("安", "安", "an", "On"), ("然", "然", "ran", "Yin"), True), (("方", "方", "fang", "Fong"), ("圆", "圓", "yuan", "Yuen"), True),
    (("林", "林", "lin", "Lam"), ("立", "立", "li", "Lap"), False), (("江", "江", "jiang", "Kong"), ("河", "河", "he", "Ho"), False),
    (("常", "常", "chang", "Sheung"), ("青", "青", "qing", "Ching"), False), (("文", "文", "wen", "Man"), ("静", "靜", "jing", "Ching"), True),
    (("黎", "黎", "li", "Lai"), ("明", "明", "ming", "Ming"), False), (("石", "石", "shi", "Shek"), ("磊", "磊", "lei", "Lui"), False),
    (("马", "馬", "ma", "Ma"), ("跃", "躍", "yue", "Yeuk"), False), (("田", "田", "tian", "Tin"), ("野", "野", "ye", "Ye"), False),
    (("向", "向", "xiang", "Heung"), ("前", "前", "qian", "Chin"), False), (("叶", "葉", "ye", "Yip"), ("茂", "茂", "mao", "Mau"), False),
    (("甘", "甘", "gan", "Kam"), ("甜", "甜", "tian", "Tim"), True), (("宁", "寧", "ning", "Ning"), ("静", "靜", "jing", "Ching"), True),
)  # fmt: skip
_ZH_FOREIGN: Final = (
    ("约翰·史密斯", "約翰·史密斯", "John Smith", False), ("玛丽亚·桑托斯", "瑪麗亞·桑托斯", "Maria Santos", True),
    ("大卫·威廉斯", "大衛·威廉斯", "David Williams", False), ("安娜·伊万诺娃", "安娜·伊萬諾娃", "Anna Ivanova", True),
    ("穆罕默德·拉希德", "穆罕默德·拉希德", "Muhammad Rashid", False), ("艾米丽·约翰逊", "艾蜜莉·強森", "Emily Johnson", True),
    ("迈克尔·米勒", "麥可·米勒", "Michael Miller", False), ("索菲亚·穆勒", "蘇菲亞·穆勒", "Sophia Mueller", True),
    ("亚历山大·彼得罗夫", "亞歷山大·彼得羅夫", "Alexander Petrov", False), ("卡洛斯·罗德里格斯", "卡洛斯·羅德里格斯", "Carlos Rodriguez", False),
    ("露西·马丁", "露西·馬丁", "Lucy Martin", True), ("阿卜杜拉·汗", "阿卜杜拉·汗", "Abdullah Khan", False),
)  # fmt: skip
_ZH_FOREIGN_CJK: Final = (
    ("阮氏梅", "阮氏梅", "Nguyen Thi Mai", True, "阮", "氏梅"), ("黎文雄", "黎文雄", "Le Van Hung", False, "黎", "文雄"),
    ("金敏俊", "金敏俊", "Kim Min-jun", False, "金", "敏俊"), ("朴智妍", "朴智妍", "Park Ji-yeon", True, "朴", "智妍"),
    ("佐藤健一", "佐藤健一", "Sato Kenichi", False, "佐藤", "健一"), ("田中由美", "田中由美", "Tanaka Yumi", True, "田中", "由美"),
)  # fmt: skip
_ZH_LATIN_WORKERS: Final = (
    ("Siti Aminah", True, "id"), ("Sri Wahyuni", True, "id"), ("Dewi Lestari", True, "id"), ("Sumiati", True, "id"),
    ("Nur Hidayah", True, "id"), ("Maria Santos", True, "ph"), ("Marites Reyes", True, "ph"), ("Joy Dela Cruz", True, "ph"),
    ("Lovely Bautista", True, "ph"), ("Nguyen Thi Mai", True, "vn"), ("Tran Thi Hoa", True, "vn"), ("Tran Van Nam", False, "vn"),
    ("Somchai Srisuk", False, "th"), ("Agus Setiawan", False, "id"), ("Pham Van Duc", False, "vn"), ("Wanida Phromma", True, "th"),
)  # fmt: skip
_HK_ENGLISH_M: Final = (
    "Peter",
    "Kenneth",
    "Ivan",
    "Ricky",
    "Alan",
    "Tony",
    "Eric",
    "Jacky",
    "Wilson",
    "Sunny",
    "Long",
    "Gary",
)
_HK_ENGLISH_F: Final = (
    "Mary",
    "Winnie",
    "Queenie",
    "Carmen",
    "Joyce",
    "Fanny",
    "Candy",
    "Cherry",
    "Ivy",
    "Apple",
    "Kitty",
    "Hope",
)
_MO_PORTUGUESE: Final = (("José", "João", "Miguel", "António"), ("Maria", "Ana", "Sofia", "Teresa"))
# fmt: on


def _zh_person(
    rng: random.Random, style: str, female: bool, age: int, *, sur: tuple[str, str, str, str] | None = None
) -> _Person:
    trad = style in ("tw", "hk", "mo", "fxt")
    idx = 1 if trad else 0
    if style in ("fx", "fxt"):
        if rng.random() < 0.6:
            choices = [f for f in _ZH_FOREIGN if f[3] == female]
            simp, tr, latin, _ = rng.choice(choices)
            full = tr if trad else simp
            given, surname = full.split("·")
            return _Person(
                style,
                female,
                age,
                dt.date(2000, 1, 1),
                full,
                surname,
                given,
                surname,
                given,
                given,
                latin,
                latin,
                west=latin.split()[0],
                roman=latin,
                handle=_h(*latin.split()),
                nation=_FOREIGN_NATION.get(latin, ("美国", "美國"))[1 if trad else 0],
            )
        cjk = rng.choice([f for f in _ZH_FOREIGN_CJK if f[3] == female])
        return _Person(
            style,
            female,
            age,
            dt.date(2000, 1, 1),
            cjk[0],
            cjk[4],
            cjk[5],
            cjk[4],
            cjk[5],
            cjk[5],
            cjk[2],
            cjk[2],
            roman=cjk[2],
            handle=_h(*cjk[2].split()),
            nation=_FOREIGN_NATION.get(cjk[2], ("日本", "日本"))[1 if trad else 0],
        )
    if style == "fwl":
        name, _, _ = rng.choice([w for w in _ZH_LATIN_WORKERS if w[1] == female] or list(_ZH_LATIN_WORKERS))
        parts = name.split()
        return _Person(
            style,
            female,
            age,
            dt.date(2000, 1, 1),
            name,
            parts[-1],
            " ".join(parts[:-1]) or name,
            parts[0],
            parts[0],
            parts[0],
            name.upper(),
            name.upper(),
            roman=name,
            handle=_h(*name.split()),
        )
    word = None
    if sur is None and rng.random() < 0.1:
        word = rng.choice([w for w in _ZH_WORD_NAMES if w[2] == female] + [w for w in _ZH_WORD_NAMES if not w[2]][:3])
    if word is not None:
        s_row, g_rows = word[0], [word[1]]
    else:
        s_row = sur or (rng.choice(_ZH_RARE_SUR) if rng.random() < 0.12 else rng.choice(_ZH_SUR))
        pool = _ZH_GIVEN_F if female else _ZH_GIVEN_M
        g_rows = [rng.choice(pool)] if rng.random() < 0.18 else rng.sample(pool, 2)
    s = s_row[idx]
    g = "".join(r[idx] for r in g_rows)
    full = s + g
    if style in ("hk", "mo"):
        roman = f"{s_row[3]} {' '.join(r[3] for r in g_rows)}"
    elif style == "tw":
        roman = f"{s_row[2].capitalize()} {'-'.join(r[2] for r in g_rows).capitalize()}"
    else:
        roman = f"{s_row[2].capitalize()} {''.join(r[2] for r in g_rows).capitalize()}"
    last = g_rows[-1][idx]
    if style == "hk":
        nick = rng.choice((f"阿{last}", f"{last}仔" if not female else f"阿{g[0]}", f"{g}"))
    elif age >= 60:
        nick = rng.choice((f"阿{last}", f"老{s}" if len(s) == 1 else f"阿{last}"))
    else:
        nick = rng.choice((f"阿{last}", f"小{last}", f"{last}{last}"))
    west = ""
    if style == "hk" and rng.random() < 0.55:
        west = rng.choice(_HK_ENGLISH_F if female else _HK_ENGLISH_M)
    elif style == "mo" and rng.random() < 0.3:
        west = rng.choice(_MO_PORTUGUESE[1 if female else 0])
    elif style == "cn" and age < 50 and rng.random() < 0.15:
        west = rng.choice(_HK_ENGLISH_F if female else _HK_ENGLISH_M)
    spouse_sur = rng.choice(_ZH_SUR)[idx]
    alt = f"{west} {full}" if west else f"{full} {roman}"
    call = s
    if female and style in ("tw", "hk") and age >= 55 and sur is None and word is None and rng.random() < 0.4:
        # 冠夫姓: registered with the husband's surname in front
        full = spouse_sur + full
        alt = s + g
        call = spouse_sur
        s = spouse_sur + s
    return _Person(
        style,
        female,
        age,
        dt.date(2000, 1, 1),
        full,
        s,
        g,
        call,
        g,
        nick,
        roman,
        alt,
        west=west,
        roman=roman,
        handle=_h("".join(r[2] for r in g_rows), s_row[2]),
        spouse_sur=spouse_sur,
    )


# ---------------------------------------------------------------------------------------------
# Places, phones, organisations
# ---------------------------------------------------------------------------------------------
def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([w[0] for w in weighted], weights=[w[1] for w in weighted])[0]


def _mobile(rng: random.Random, region: str, language: str) -> list[str]:
    """Formats of one mobile number; the first is how the record stores it."""
    if region == "sg":
        d = rng.choice("89") + _digits(rng, 7)
        return [f"+65 {d[:4]} {d[4:]}", f"{d[:4]} {d[4:]}", d, f"+65{d}", f"{d[:4]}-{d[4:]}"]
    if region == "my":
        p = rng.choice(("12", "13", "16", "17", "19", "11"))
        r = _digits(rng, 8 if p == "11" else 7)
        return [f"+60 {p}-{r[:3]} {r[3:]}", f"0{p}-{r[:3]} {r[3:]}", f"0{p}{r}", f"+60{p}{r}", f"0{p} {r}"]
    if region == "hk":
        d = rng.choice("569") + _digits(rng, 7)
        return [f"+852 {d[:4]} {d[4:]}", f"{d[:4]} {d[4:]}", d, f"+852-{d}", f"(852) {d}"]
    if region == "mo":
        d = "6" + rng.choice("2368") + _digits(rng, 6)
        return [f"{d[:4]} {d[4:]}", f"+853 {d[:4]} {d[4:]}", d, f"(853) {d}"]
    if region == "ph":
        p = rng.choice(("917", "918", "927", "939", "945", "956", "977", "998"))
        r = _digits(rng, 7)
        return [f"+63 {p} {r[:3]} {r[3:]}", f"0{p} {r[:3]} {r[3:]}", f"0{p}{r}", f"0{p}-{r[:3]}-{r[3:]}", f"+63{p}{r}"]
    if region == "in":
        d = rng.choice("6789") + _digits(rng, 9)
        return [f"+91 {d[:5]} {d[5:]}", f"{d[:5]} {d[5:]}", f"0{d[:5]} {d[5:]}", d, f"+91-{d}"]
    if region == "au":
        d = "4" + _digits(rng, 8)
        return [f"0{d[:3]} {d[3:6]} {d[6:]}", f"+61 {d[:3]} {d[3:6]} {d[6:]}", f"0{d}", f"0{d[:3]}-{d[3:6]}-{d[6:]}"]
    if region == "nz":
        p = rng.choice(("21", "22", "27"))
        r = _digits(rng, 7)
        return [f"0{p} {r[:3]} {r[3:]}", f"+64 {p} {r[:3]} {r[3:]}", f"0{p}{r}", f"0{p}-{r[:3]}-{r[3:]}"]
    if region == "tw":
        d = "09" + _digits(rng, 8)
        return [
            f"{d[:4]}-{d[4:7]}-{d[7:]}",
            d,
            f"{d[:4]} {d[4:7]} {d[7:]}",
            f"+886 {d[1:4]} {d[4:7]} {d[7:]}",
            f"+886-{d[1:]}",
        ]
    p = rng.choice(("138", "139", "135", "186", "158", "188", "177", "150", "133", "199", "151", "187"))
    r = _digits(rng, 8)
    formats = [f"{p}{r}", f"{p} {r[:4]} {r[4:]}", f"{p}-{r[:4]}-{r[4:]}", f"+86 {p} {r[:4]} {r[4:]}", f"+86-{p}{r}"]
    if language == "en":
        formats.insert(0, formats.pop(3))
    return formats


def _landline(rng: random.Random, region: str) -> list[str]:
    if region == "sg":
        d = "6" + _digits(rng, 7)
        return [f"{d[:4]} {d[4:]}", f"+65 {d[:4]} {d[4:]}", d]
    if region == "my":
        area = rng.choice(("03", "04", "05", "06", "07", "088"))
        r = _digits(rng, 8 if area == "03" else 7)
        return [f"{area}-{r[:4]} {r[4:]}", f"+60 {area[1:]}-{r}", f"{area}{r}"]
    if region == "hk":
        d = rng.choice("23") + _digits(rng, 7)
        return [f"{d[:4]} {d[4:]}", f"+852 {d[:4]} {d[4:]}", d]
    if region == "mo":
        d = "28" + _digits(rng, 6)
        return [f"{d[:4]} {d[4:]}", f"+853 {d[:4]} {d[4:]}", d]
    if region == "ph":
        area, r = rng.choice(
            (("02", "8" + _digits(rng, 7)), ("032", "2" + _digits(rng, 6)), ("082", "2" + _digits(rng, 6)))
        )
        return [f"({area}) {r[:-4]} {r[-4:]}", f"{area}-{r}", f"+63 {area[1:]} {r}"]
    if region == "in":
        area = rng.choice(("044", "080", "022", "0484", "040"))
        r = _digits(rng, 11 - len(area))
        return [f"{area}-{r[:4]} {r[4:]}", f"{area} {r}", f"+91 {area[1:]} {r}"]
    if region == "au":
        area = rng.choice(("02", "03", "07", "08"))
        r = rng.choice("89") + _digits(rng, 7)
        return [f"({area}) {r[:4]} {r[4:]}", f"{area} {r[:4]} {r[4:]}", f"+61 {area[1]} {r[:4]} {r[4:]}"]
    if region == "nz":
        area = rng.choice(("09", "04", "06"))
        r = rng.choice("2345") + _digits(rng, 6)
        return [f"({area}) {r[:3]} {r[3:]}", f"{area} {r[:3]} {r[3:]}", f"+64 {area[1]} {r[:3]} {r[3:]}"]
    if region == "tw":
        area = rng.choice(("02", "02", "04", "07", "03", "06"))
        r = rng.choice("2345678") + _digits(rng, 7 if area == "02" else 6)
        return [f"({area}) {r[:-4]}-{r[-4:]}", f"{area}-{r[:-4]}-{r[-4:]}", f"{area}{r}"]
    area = rng.choice(("010", "021", "020", "0571", "027", "028", "0731", "025", "0532", "0755"))
    r = rng.choice("2345678") + _digits(rng, 7)
    return [f"{area}-{r}", f"({area}) {r[:4]} {r[4:]}", f"{area}-{r[:4]}-{r[4:]}"]


# fmt: off
_SG_TOWNS: Final = ("Tampines", "Bedok", "Ang Mo Kio", "Jurong West", "Woodlands", "Yishun", "Hougang", "Sengkang", "Punggol", "Toa Payoh", "Bukit Batok", "Choa Chu Kang", "Clementi", "Pasir Ris", "Bishan", "Bukit Merah", "Geylang", "Serangoon", "Queenstown", "Kallang")
_MY_CITIES: Final = (("Petaling Jaya", "Selangor", "47300"), ("Shah Alam", "Selangor", "40150"), ("Johor Bahru", "Johor", "80100"), ("Kuala Lumpur", "Wilayah Persekutuan", "50450"), ("George Town", "Pulau Pinang", "10200"), ("Ipoh", "Perak", "30450"), ("Seremban", "Negeri Sembilan", "70200"), ("Klang", "Selangor", "41200"), ("Kota Kinabalu", "Sabah", "88300"), ("Kuching", "Sarawak", "93350"), ("Kajang", "Selangor", "43000"), ("Batu Pahat", "Johor", "83000"))
_MY_STREETS: Final = ("Jalan SS 2/24", "Jalan Tun Razak", "Jalan Kenari 5", "Jalan Mutiara Emas 3/12", "Jalan Permas 10/2", "Jalan Bunga Raya 7", "Lorong Maarof", "Jalan Sultan Ismail", "Jalan DJ 4, Taman Desa Jaya", "Jalan Kebun Teh 1", "Jalan Meru Impian 2", "Lorong Kurau 3")
_HK_PLACES: Final = (("Lek Yuen Estate", "Sha Tin"), ("Shek Kip Mei Estate", "Sham Shui Po"), ("Choi Hung Estate", "Wong Tai Sin"), ("Wah Fu Estate", "Pok Fu Lam"), ("Tin Yiu Estate", "Tin Shui Wai"), ("Kwong Tin Estate", "Lam Tin"), ("City One Shatin", "Sha Tin"), ("Tai Koo Shing", "Quarry Bay"), ("Mei Foo Sun Chuen", "Lai Chi Kok"), ("On Ting Estate", "Tuen Mun"), ("Kwai Fong Estate", "Kwai Chung"), ("Oi Man Estate", "Ho Man Tin"))
_HK_STREETS: Final = (("Shan Tung Street", "Mong Kok"), ("Fa Yuen Street", "Mong Kok"), ("Chun Yeung Street", "North Point"), ("Castle Peak Road", "Tsuen Wan"), ("Un Chau Street", "Sham Shui Po"), ("Tai Ho Road", "Tsuen Wan"), ("King's Road", "North Point"), ("Tung Choi Street", "Mong Kok"), ("Ma Tau Wai Road", "To Kwa Wan"))
_PH_CITIES: Final = ("Quezon City", "Caloocan", "Cebu City", "Davao City", "Pasig", "Taguig", "Antipolo", "Iloilo City", "Bacolod", "Cagayan de Oro", "Malabon", "Marikina")
_PH_BRGY: Final = ("San Isidro", "Holy Spirit", "Commonwealth", "Bagong Silangan", "Poblacion", "Mabolo", "Lahug", "Talamban", "Bangkal", "Tatalon", "Payatas", "Santo Niño", "Malanday", "Concepcion Uno")
_PH_STREETS: Final = ("Mabini St.", "Rizal Ave.", "Bonifacio St.", "Luna St.", "Sampaguita St.", "Narra St.", "Ilang-Ilang St.", "Kamagong St.", "Gumamela St.", "Aguinaldo Highway")
_IN_PLACES: Final = (("Chennai", ("Anna Nagar", "T. Nagar", "Velachery", "Mylapore", "Adyar")), ("Bengaluru", ("Koramangala", "Indiranagar", "Jayanagar", "Whitefield")), ("Mumbai", ("Andheri West", "Dadar", "Chembur", "Borivali")), ("Kochi", ("Kakkanad", "Edappally", "Vyttila")), ("Hyderabad", ("Banjara Hills", "Kukatpally", "Ameerpet")), ("Coimbatore", ("RS Puram", "Gandhipuram", "Peelamedu")))
_AU_SUBURBS: Final = (("Parramatta", "NSW", "2150"), ("Hurstville", "NSW", "2220"), ("Chatswood", "NSW", "2067"), ("Cabramatta", "NSW", "2166"), ("Eastwood", "NSW", "2122"), ("Blacktown", "NSW", "2148"), ("Box Hill", "VIC", "3128"), ("Glen Waverley", "VIC", "3150"), ("Footscray", "VIC", "3011"), ("Springvale", "VIC", "3171"), ("Sunnybank", "QLD", "4109"), ("Inala", "QLD", "4077"), ("Cannington", "WA", "6107"), ("Mount Druitt", "NSW", "2770"))
_AU_STREETS: Final = ("Wattle Grove", "Bridge Road", "Station Street", "Church Street", "Kingsway", "Acacia Avenue", "Banksia Crescent", "Jacaranda Drive", "Marsden Road", "Canterbury Road", "Whitehorse Road", "Mains Road", "Railway Parade", "Ellam Drive")
_NZ_SUBURBS: Final = (("Ōtara", "Auckland", "2023"), ("Māngere", "Auckland", "2022"), ("Manurewa", "Auckland", "2102"), ("Papatoetoe", "Auckland", "2025"), ("Glen Innes", "Auckland", "1072"), ("Ōtāhuhu", "Auckland", "1062"), ("Cannons Creek", "Porirua", "5024"), ("Naenae", "Lower Hutt", "5011"), ("Flaxmere", "Hastings", "4120"), ("Otara", "Auckland", "2023"))
_NZ_STREETS: Final = ("Kowhai Street", "Bader Drive", "Rata Street", "Tōtara Road", "Pūriri Avenue", "Kāhu Crescent", "Mahia Road", "Station Road", "Tui Street", "Awatea Road", "Great South Road")
_CN_EN_PLACES: Final = (("Beijing", ("Chaoyang", "Haidian", "Dongcheng")), ("Shanghai", ("Xuhui", "Pudong", "Jing'an", "Changning")), ("Guangzhou", ("Tianhe", "Yuexiu")), ("Shenzhen", ("Nanshan", "Futian")), ("Chengdu", ("Wuhou", "Jinjiang")), ("Hangzhou", ("Xihu", "Binjiang")))
_CN_EN_ROADS: Final = ("Jianguo Road", "Dongsanhuan Middle Road", "Huaihai Middle Road", "Hongqiao Road", "Tianhe North Road", "Shennan Avenue", "Renmin South Road", "Wensan Road", "Fangcaodi West Street", "Biyun Road")
_CN_EN_COMPOUNDS: Final = ("Jianwai SOHO", "Vanke Park", "Lido Place", "Green Lake Garden", "Yanlord Town", "Shimao Riviera", "Palm Springs", "Central Park", "Seasons Park", "Oriental Kenzo")

_ZH_CN_PLACES: Final = (
    ("北京市", ("朝阳区", "海淀区", "东城区", "西城区", "丰台区")), ("上海市", ("徐汇区", "浦东新区", "静安区", "闵行区")),
    ("广州市", ("天河区", "越秀区", "海珠区", "白云区")), ("杭州市", ("西湖区", "拱墅区", "上城区")), ("武汉市", ("江岸区", "武昌区", "洪山区")),
    ("成都市", ("武侯区", "锦江区", "青羊区")), ("长沙市", ("芙蓉区", "岳麓区")), ("南京市", ("玄武区", "鼓楼区")), ("青岛市", ("市南区", "崂山区")),
    ("深圳市", ("南山区", "福田区", "龙岗区")),
)  # fmt: skip
_ZH_CN_ROADS: Final = ("建国路", "中山路", "人民路", "解放路", "长江路", "文化路", "和平路", "学院路", "体育西路", "南京西路", "天府大道", "五一大道", "延安西路", "江南大道")
_ZH_CN_ESTATES: Final = ("阳光花园", "翠湖苑", "锦绣家园", "金色家园", "世纪城", "丽都花园", "幸福里小区", "怡景新村", "滨江花园", "桂花园")
_ZH_TW_PLACES: Final = (
    ("臺北市", ("大安區", "信義區", "中山區", "士林區", "萬華區")), ("新北市", ("板橋區", "三重區", "中和區", "新莊區")),
    ("臺中市", ("西屯區", "北區", "南屯區")), ("臺南市", ("東區", "北區", "安平區")), ("高雄市", ("苓雅區", "三民區", "鳳山區", "前鎮區")),
    ("桃園市", ("中壢區", "桃園區", "平鎮區")),
)  # fmt: skip
_ZH_TW_ROADS: Final = ("復興南路一段", "忠孝東路四段", "中山北路二段", "民生路", "中華路一段", "文化路", "建國路", "和平東路三段", "自由路", "中正路", "成功路", "民族路")
_ZH_HK_PLACES: Final = (("瀝源邨", "富裕樓", "沙田"), ("石硤尾邨", "美映樓", "深水埗"), ("彩虹邨", "金漢樓", "黃大仙"), ("華富邨", "華樂樓", "薄扶林"), ("天耀邨", "耀盛樓", "天水圍"), ("廣田邨", "廣靖樓", "藍田"), ("沙田第一城", "第39座", "沙田"), ("太古城", "洛陽閣", "鰂魚涌"), ("美孚新邨", "第5期", "荔枝角"), ("安定邨", "定泰樓", "屯門"), ("葵芳邨", "葵富樓", "葵涌"))
_ZH_MO_PLACES: Final = (("黑沙環中街", "海景花園", "黑沙環"), ("高士德大馬路", "富華大廈", "高士德"), ("孫逸仙大馬路", "海洋花園", "氹仔"), ("白朗古將軍大馬路", "南方花園", "筷子基"), ("俾利喇街", "怡德大廈", "沙梨頭"), ("路環荔枝碗馬路", "石排灣公屋", "路環"))
# fmt: on


def _address(rng: random.Random, region: str, language: str) -> tuple[str, str, str]:
    """(street address, city/town/district, full address as written on a letter)."""
    if language == "zh":
        if region == "cn":
            city, districts = rng.choice(_ZH_CN_PLACES)
            district = rng.choice(districts)
            if rng.random() < 0.5:
                street = f"{district}{rng.choice(_ZH_CN_ROADS)}{rng.randint(1, 399)}号{rng.choice(_ZH_CN_ESTATES)}{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{rng.randint(1, 33)}{rng.randint(1, 4):02d}室"
            else:
                street = f"{district}{rng.choice(_ZH_CN_ESTATES)}{rng.randint(1, 30)}号楼{rng.randint(1, 28)}{rng.randint(1, 6):02d}"
            return street, city, city + street
        if region == "tw":
            city, districts = rng.choice(_ZH_TW_PLACES)
            district = rng.choice(districts)
            road = rng.choice(_ZH_TW_ROADS)
            if rng.random() < 0.5:
                street = f"{district}{road}{rng.randint(1, 300)}巷{rng.randint(1, 20)}弄{rng.randint(1, 60)}號{rng.randint(2, 12)}樓"
            else:
                street = f"{district}{road}{rng.randint(1, 400)}號{rng.randint(2, 15)}樓之{rng.randint(1, 6)}"
            return street, city, city + street
        if region == "hk":
            estate, block, district = rng.choice(_ZH_HK_PLACES)
            street = (
                f"{estate}{block}{rng.randint(2, 38)}樓{rng.randint(1, 24):02d}室"
                if rng.random() < 0.6
                else f"{estate}{block}{rng.randint(2, 38)}樓{rng.choice('ABCDEFGH')}室"
            )
            return street, district, district + street
        road, building, district = rng.choice(_ZH_MO_PLACES)
        street = f"{road}{rng.randint(1, 300)}號{building}{rng.randint(1, 30)}樓{rng.choice('ABCDEFGHJ')}座"
        return street, district, "澳門" + street
    if region == "sg":
        town = rng.choice(_SG_TOWNS)
        block = f"{rng.randint(1, 899)}{rng.choice(('', '', '', 'A', 'B', 'C'))}"
        road = rng.choice(
            (
                "Street 21",
                "Ave 3",
                "Avenue 6",
                "Drive",
                "Street 81",
                "North Street 4",
                "Central",
                "Ring Road",
                "Street 11",
                "Crescent",
                "Road",
            )
        )
        street = f"Blk {block} {town} {road}, #{rng.randint(2, 25):02d}-{rng.randint(1, 999):02d}"
        return street, town, f"{street}, Singapore {rng.randint(10, 82):02d}{_digits(rng, 4)}"
    if region == "my":
        city, state, pc = rng.choice(_MY_CITIES)
        street = f"No. {rng.randint(1, 120)}, {rng.choice(_MY_STREETS)}"
        return street, city, f"{street}, {pc} {city}, {state}"
    if region == "hk":
        if rng.random() < 0.55:
            estate, district = rng.choice(_HK_PLACES)
            street = f"Room {rng.randint(2, 38)}{rng.randint(1, 24):02d}, {rng.choice(('Wing Yuen', 'Fu Yat', 'Hong Shing', 'Lok Man', 'Yat Fai', 'Block 3', 'Block 12'))} House, {estate}".replace(
                "Block 3 House", "Block 3"
            ).replace("Block 12 House", "Block 12")
        else:
            road, district = rng.choice(_HK_STREETS)
            street = f"Flat {rng.choice('ABCDEFGH')}, {rng.randint(2, 26)}/F, {rng.choice(('Wah Fung', 'Tung Lee', 'Kam Wah', 'Hing Fat', 'Po Hing'))} Building, {rng.randint(1, 480)} {road}"
        return street, district, f"{street}, {district}, Hong Kong"
    if region == "ph":
        city = rng.choice(_PH_CITIES)
        brgy = rng.choice(_PH_BRGY)
        if rng.random() < 0.5:
            street = f"{rng.randint(1, 250)} {rng.choice(_PH_STREETS)}, Brgy. {brgy}"
        else:
            street = f"Blk {rng.randint(1, 40)} Lot {rng.randint(1, 60)}, Phase {rng.randint(1, 4)}, {rng.choice(('Camella Homes', 'Villa Verde', 'Greenfields Subd.', 'Bria Homes'))}, Brgy. {brgy}"
        return street, city, f"{street}, {city}"
    if region == "in":
        city, areas = rng.choice(_IN_PLACES)
        area = rng.choice(areas)
        if rng.random() < 0.5:
            street = f"No. {rng.randint(1, 90)}, {_ordinal(rng.randint(1, 9))} Cross Street, {area}"
        else:
            street = f"Flat {rng.randint(1, 9)}0{rng.randint(1, 8)}, {rng.choice(('Sai Krupa', 'Lakshmi Nivas', 'Green Acres', 'Prestige Park'))} Apartments, {area}"
        return street, city, f"{street}, {city} {rng.randint(400001, 682999)}"
    if region == "au":
        suburb, state, pc = rng.choice(_AU_SUBURBS)
        number = f"{rng.randint(1, 12)}/{rng.randint(1, 180)}" if rng.random() < 0.3 else str(rng.randint(1, 240))
        street = f"{number} {rng.choice(_AU_STREETS)}"
        return street, suburb, f"{street}, {suburb} {state} {pc}"
    if region == "nz":
        suburb, city, pc = rng.choice(_NZ_SUBURBS)
        street = f"{rng.randint(1, 180)}{rng.choice(('', '', 'A', 'B'))} {rng.choice(_NZ_STREETS)}"
        return street, suburb, f"{street}, {suburb}, {city} {pc}"
    city, districts = rng.choice(_CN_EN_PLACES)
    street = f"Apt {rng.randint(2, 32)}{rng.randint(1, 8):02d}, Building {rng.randint(1, 20)}, {rng.choice(_CN_EN_COMPOUNDS)}, {rng.randint(1, 300)} {rng.choice(_CN_EN_ROADS)}"
    return street, city, f"{street}, {rng.choice(districts)} District, {city}"


# fmt: off
_ORGS: Final[dict[tuple[str, str], tuple[str, ...]]] = {
    ("sg", "hosp"): ("Tan Tock Seng Hospital", "Changi General Hospital", "Sengkang General Hospital", "Ng Teng Fong General Hospital", "Khoo Teck Puat Hospital", "National University Hospital", "Singapore General Hospital", "Alexandra Hospital", "Woodlands Health"),
    ("sg", "clinic"): ("{town} Polyclinic", "{town} Polyclinic", "Raffles Medical {town}", "Healthway Medical ({town})", "Onecare Clinic {town}", "Shenton Family Medical Clinic ({town})", "Bukit Batok Medical Clinic"),
    ("sg", "emp"): ("Hock Seng Construction Pte Ltd", "Tiong Aik Marine Pte Ltd", "Kim Soon Engineering Pte Ltd", "Sin Heng Builders Pte Ltd", "Ban Lee M&E Contractors Pte Ltd", "Golden Harvest Logistics Pte Ltd", "Eng Hup Facilities Services Pte Ltd", "Lian Beng Cleaning Services Pte Ltd"),
    ("sg", "agency"): ("Best Home Employment Agency", "Sunshine Maid Agency Pte Ltd", "Homekeeper Employment Services", "Caring Hands Maid Agency", "Faithful Helpers Employment Agency", "Happy Family Maid Services Pte Ltd"),
    ("sg", "home"): ("Orange Valley Nursing Home ({town})", "Sree Narayana Mission Home", "Lentor Residence", "Ren Ci Nursing Home", "Bright Hill Evergreen Home", "St Joseph's Home"),
    ("sg", "school"): ("{town} Primary School", "{town} Secondary School", "Kuo Chuan Presbyterian Primary School"),
    ("my", "hosp"): ("Hospital Kuala Lumpur", "Hospital Sultanah Aminah", "Hospital Tengku Ampuan Rahimah", "Hospital Pulau Pinang", "Hospital Raja Permaisuri Bainun", "Pantai Hospital Ampang", "Sunway Medical Centre", "Gleneagles Hospital Penang", "KPJ Johor Specialist Hospital", "Hospital Queen Elizabeth"),
    ("my", "clinic"): ("Klinik Kesihatan Seksyen 7", "Klinik Kesihatan Kelana Jaya", "Klinik Kesihatan Bandar Baru Bangi", "Klinik Kesihatan Mahmoodiah", "Klinik Dr. {sur} & Rakan-Rakan", "Poliklinik Mediviron {city}", "Klinik Famili {sur}"),
    ("my", "emp"): ("Sawit Makmur Plantation Sdn Bhd", "Perindustrian Hup Seng Sdn Bhd", "Pembinaan Jaya Teguh Sdn Bhd", "Kilang Papan Sin Lee Sdn Bhd", "Glove Master Industries Sdn Bhd", "Restoran Nasi Kandar Pelita Emas"),
    ("my", "agency"): ("Agensi Pekerjaan Bestari Sdn Bhd", "Agensi Pekerjaan Maju Jaya", "Sri Murni Maid Agency Sdn Bhd"),
    ("my", "home"): ("Pusat Jagaan Warga Emas Kasih Murni", "Rumah Seri Kenangan", "Eden Elderly Care Centre"),
    ("my", "school"): ("SK Taman Desa Jaya", "SJK(C) Chung Hwa {city}", "SMK Seksyen 9"),
    ("hk", "hosp"): ("Queen Mary Hospital", "Prince of Wales Hospital", "Queen Elizabeth Hospital", "Tuen Mun Hospital", "Pamela Youde Nethersole Eastern Hospital", "Kwong Wah Hospital", "Yan Chai Hospital", "Caritas Medical Centre", "United Christian Hospital", "Tseung Kwan O Hospital", "North District Hospital"),
    ("hk", "clinic"): ("Lek Yuen General Out-patient Clinic", "Shek Kip Mei Health Centre", "Violet Peel General Out-patient Clinic", "Robert Black General Out-patient Clinic", "Tsuen Wan Adventist Clinic", "Kwun Tong Jockey Club Health Centre"),
    ("hk", "emp"): ("Wing Fat Trading Company Limited", "Kam Wah Catering Limited", "Golden Dragon Logistics Limited", "Po Hing Engineering Limited"),
    ("hk", "agency"): ("Bright Future Employment Agency", "Golden Helper Centre Limited", "Homely Maid Employment Agency", "Lucky Star Employment Centre"),
    ("hk", "home"): ("Evergreen Elderly Home (Sha Tin)", "Yee Hong Care and Attention Home", "Grace Nursing Home", "Happy Valley Care Home", "Fook Hong Elderly Centre"),
    ("hk", "school"): ("Sha Tin Methodist Primary School", "Po Leung Kuk Tin Ka Ping Primary School", "Maryknoll Convent School"),
    ("ph", "hosp"): ("Philippine General Hospital", "St. Luke's Medical Center", "Vicente Sotto Memorial Medical Center", "Jose R. Reyes Memorial Medical Center", "Quezon City General Hospital", "Southern Philippines Medical Center", "East Avenue Medical Center", "The Medical City", "Lung Center of the Philippines"),
    ("ph", "clinic"): ("Brgy. {brgy} Health Center", "{city} Health Office TB-DOTS Clinic", "Tatalon Super Health Center", "Kalusugan Family Clinic"),
    ("ph", "emp"): ("JRB Garments Manufacturing Inc.", "Manila Harbour Stevedoring Corp.", "Golden Grains Trading Inc.", "Sta. Elena Call Center Solutions Inc."),
    ("ph", "agency"): ("Bagong Pag-asa Manpower Services Inc.", "Global Pinoy Recruitment Agency", "Magsaysay Overseas Placement Corp."),
    ("ph", "school"): ("{brgy} Elementary School", "San Isidro National High School"),
    ("ph", "home"): ("Golden Acres Home for the Aged", "Bahay Kalinga Elderly Care"),
    ("in", "hosp"): ("Apollo Hospitals, Greams Road", "Christian Medical College Vellore", "Rajiv Gandhi Government General Hospital", "Kauvery Hospital", "Sri Ramachandra Medical Centre", "Amrita Hospital Kochi", "Manipal Hospital Old Airport Road", "KEM Hospital", "Aster Medcity"),
    ("in", "clinic"): ("Urban Primary Health Centre, {area}", "Primary Health Centre {area}", "Sri Balaji Clinic", "Dr. {sur}'s Family Clinic"),
    ("in", "emp"): ("Sri Murugan Textiles Pvt Ltd", "Kaveri Logistics Pvt Ltd", "Coromandel Infra Builders Pvt Ltd", "Nilgiri Software Services Pvt Ltd"),
    ("in", "school"): ("St. Mary's Matriculation Higher Secondary School", "Kendriya Vidyalaya {area}", "Bharathi Vidya Bhavan"),
    ("in", "home"): ("Little Sisters of the Poor Home", "Anbu Illam Old Age Home"),
    ("in", "agency"): ("Gulf Link Manpower Consultants", "Sai Overseas Recruiting Agency"),
    ("au", "hosp"): ("Westmead Hospital", "Royal Prince Alfred Hospital", "Box Hill Hospital", "Monash Medical Centre", "Princess Alexandra Hospital", "Fiona Stanley Hospital", "St George Hospital", "Liverpool Hospital", "Royal Melbourne Hospital", "Queen Elizabeth II Jubilee Hospital"),
    ("au", "clinic"): ("{suburb} Family Medical Practice", "{suburb} Medical Centre", "Wattle Health Clinic", "Harbourside GP Clinic"),
    ("au", "emp"): ("Southern Cross Cleaning Pty Ltd", "Bluegum Logistics Pty Ltd", "Parramatta Fresh Produce Pty Ltd", "Coastline Constructions Pty Ltd"),
    ("au", "home"): ("Wattle Grove Aged Care", "Jacaranda Lodge", "Uniting Mirinjani", "Banksia Gardens Residential Care"),
    ("au", "school"): ("{suburb} Public School", "{suburb} High School"),
    ("au", "agency"): ("Harmony Home Care Services", "Golden Years Support Agency"),
    ("nz", "hosp"): ("Middlemore Hospital", "Auckland City Hospital", "Wellington Regional Hospital", "Hutt Hospital", "North Shore Hospital", "Hawke's Bay Hospital"),
    ("nz", "clinic"): ("{suburb} Medical Centre", "Tōtara Hauora Clinic", "Turuki Healthcare", "{suburb} Whānau Ora Clinic", "Papatoetoe Family Doctors"),
    ("nz", "emp"): ("Pacific Freight Ltd", "Tāmaki Meat Processors Ltd", "Southern Orchards Ltd", "Harbour City Cleaning Ltd"),
    ("nz", "home"): ("Kōwhai Rest Home", "Selwyn Oaks Rest Home", "Tōtara Park Care Home"),
    ("nz", "school"): ("{suburb} Primary School", "Te Kura Kaupapa Māori o Ōtara", "{suburb} College"),
    ("nz", "agency"): ("Whānau Support Services Ltd", "Aroha Home Care Ltd"),
    ("cn", "hosp"): ("Beijing United Family Hospital", "Shanghai United Family Hospital", "Jiahui International Hospital", "Peking Union Medical College Hospital International Medical Services", "Guangzhou United Family Hospital", "The University of Hong Kong-Shenzhen Hospital", "Shanghai East International Medical Center"),
    ("cn", "clinic"): ("United Family Wangjing Clinic", "ParkwayHealth Jinqiao Medical Center", "Raffles Medical Shanghai", "Global Doctor Chengdu Clinic", "SinoUnited Health Clinic"),
    ("cn", "emp"): ("Meridian Auto Parts (Shanghai) Co., Ltd.", "Lotus Bridge Trading (Shenzhen) Co., Ltd.", "Haidian Software Outsourcing Co., Ltd.", "Pearl River Textiles Co., Ltd."),
    ("cn", "school"): ("Yew Chung International School", "Dulwich College Beijing", "Shanghai Community International School"),
    ("cn", "home"): ("Cherish Yearn Senior Living", "Sunshine Elderly Care Centre"),
    ("cn", "agency"): ("Beijing Ayi Household Services Co., Ltd.",),
}
_ZH_ORGS: Final[dict[tuple[str, str], tuple[str, ...]]] = {
    ("tw", "hosp"): ("臺大醫院", "臺北榮民總醫院", "林口長庚紀念醫院", "馬偕紀念醫院", "高雄醫學大學附設中和紀念醫院", "成大醫院", "中國醫藥大學附設醫院", "亞東紀念醫院", "奇美醫院", "彰化基督教醫院", "臺北市立聯合醫院仁愛院區"),
    ("tw", "clinic"): ("安心家醫科診所", "仁和內科診所", "永康耳鼻喉科診所", "大安區健康服務中心", "福安家庭醫學科診所", "佳音小兒科診所"),
    ("tw", "emp"): ("宏昇精密工業股份有限公司", "永信紡織股份有限公司", "金豐食品股份有限公司", "聯鑫電子股份有限公司", "國碩營造股份有限公司"),
    ("tw", "agency"): ("金安人力仲介有限公司", "福康國際人力仲介有限公司", "大順人力資源管理顧問有限公司", "宏福人力仲介有限公司"),
    ("tw", "home"): ("康寧居家長照機構", "仁愛老人長期照顧中心", "雙福居家服務中心", "松柏園護理之家"),
    ("tw", "school"): ("信義國小", "仁愛國小", "民生國中"),
    ("hk", "hosp"): ("瑪麗醫院", "威爾斯親王醫院", "伊利沙伯醫院", "屯門醫院", "東區尤德夫人那打素醫院", "廣華醫院", "仁濟醫院", "明愛醫院", "基督教聯合醫院", "將軍澳醫院", "北區醫院"),
    ("hk", "clinic"): ("瀝源普通科門診診所", "南山普通科門診診所", "柏立基普通科門診診所", "仁心醫務所", "觀塘賽馬會普通科門診診所"),
    ("hk", "emp"): ("永發貿易有限公司", "金華飲食集團有限公司", "寶興工程有限公司"),
    ("hk", "agency"): ("寶康僱傭中心", "安心家傭中心", "喜臨門僱傭中心", "樂家外傭介紹所"),
    ("hk", "home"): ("松鶴護老院", "仁安護老中心", "福康安老院", "頤康護老院", "慈恩護理安老院"),
    ("hk", "school"): ("沙田循道衛理小學", "保良局田家炳小學", "聖保羅書院小學"),
    ("mo", "hosp"): ("仁伯爵綜合醫院", "鏡湖醫院", "科大醫院"),
    ("mo", "clinic"): ("塔石衛生中心", "黑沙環衛生中心", "氹仔衛生中心", "筷子基衛生中心", "工人醫療所"),
    ("mo", "emp"): ("永利建築置業有限公司", "新東方餐飲有限公司", "華興物業管理有限公司"),
    ("mo", "agency"): ("好幫手職業介紹所", "安心家傭職業介紹所"),
    ("mo", "home"): ("頤康護養院", "聖方濟各安老院", "望廈老人院"),
    ("mo", "school"): ("培正中學", "濠江中學附屬小學"),
    ("cn", "hosp"): ("北京协和医院", "复旦大学附属华山医院", "中山大学附属第一医院", "四川大学华西医院", "浙江大学医学院附属邵逸夫医院", "上海市第六人民医院", "武汉大学人民医院", "中南大学湘雅医院", "南京鼓楼医院", "青岛大学附属医院", "广州市第八人民医院", "北京地坛医院", "上海市肺科医院"),
    ("cn", "clinic"): ("望京社区卫生服务中心", "石牌街社区卫生服务中心", "枫林街道社区卫生服务中心", "芙蓉区定王台街道社区卫生服务中心", "西湖区北山街道社区卫生服务中心"),
    ("cn", "emp"): ("深圳市华益电子有限公司", "杭州恒达物流有限公司", "上海锦程餐饮管理有限公司", "成都天府建设工程有限公司", "广州市白云区新景制衣厂"),
    ("cn", "agency"): ("好阿姨家政服务有限公司", "安心家政服务中心"),
    ("cn", "home"): ("福寿康养老院", "夕阳红护理院", "金色年华养老中心", "颐和养老公寓"),
    ("cn", "school"): ("阳光幼儿园", "朝阳区实验小学", "育才幼儿园", "第一中学"),
}
# fmt: on


def _org_name(rng: random.Random, region: str, language: str, kind: str, sur: str) -> str:
    table = _ZH_ORGS if language == "zh" else _ORGS
    pattern = rng.choice(table.get((region, kind)) or table[(region, "clinic")])
    if "{" not in pattern:
        return pattern
    town = rng.choice(_SG_TOWNS)
    city = rng.choice(_PH_CITIES) if region == "ph" else rng.choice(_MY_CITIES)[0]
    return pattern.format(
        town=town, sur=sur, city=city, brgy=rng.choice(_PH_BRGY),
        area=rng.choice(rng.choice(_IN_PLACES)[1]), suburb=rng.choice(_AU_SUBURBS if region == "au" else _NZ_SUBURBS)[0],
    )  # fmt: skip


# fmt: off
_EMAIL_DOMAINS: Final[dict[str, tuple[str, ...]]] = {
    "sg": ("gmail.com", "yahoo.com.sg", "hotmail.com", "singnet.com.sg", "outlook.com"),
    "my": ("gmail.com", "yahoo.com.my", "hotmail.com", "streamyx.com"),
    "hk": ("gmail.com", "yahoo.com.hk", "netvigator.com", "hotmail.com"),
    "mo": ("gmail.com", "macau.ctm.net", "yahoo.com.hk"),
    "ph": ("gmail.com", "yahoo.com", "yahoo.com.ph"),
    "in": ("gmail.com", "rediffmail.com", "yahoo.co.in"),
    "au": ("gmail.com", "bigpond.com", "outlook.com", "optusnet.com.au"),
    "nz": ("gmail.com", "xtra.co.nz", "outlook.co.nz"),
    "cn": ("163.com", "qq.com", "126.com", "sina.com", "gmail.com"),
    "tw": ("gmail.com", "yahoo.com.tw", "ms12.hinet.net", "pchome.com.tw"),
}
# fmt: on


# ---------------------------------------------------------------------------------------------
# Non-PHI filler: numbers that must survive de-identification
# ---------------------------------------------------------------------------------------------
def _f(lo: float, hi: float, digits: int = 1) -> _Gen:
    return lambda r: f"{r.uniform(lo, hi):.{digits}f}"


def _i(lo: int, hi: int) -> _Gen:
    return lambda r: str(r.randint(lo, hi))


def _c(*options: str) -> _Gen:
    return lambda r: r.choice(options)


_COMMON_FILL: Final[dict[str, _Gen]] = {
    "bp": lambda r: f"{r.randint(96, 182)}/{r.randint(54, 104)}",
    "hr": _i(52, 128), "temp": _f(36.1, 39.9), "sat": _i(89, 100), "rr": _i(12, 30), "wt": _f(38, 98),
    "ht": _i(142, 186), "bmi": _f(17, 34), "hb": _f(8.2, 15.9), "wbc": _f(1.8, 14.5), "plt": _i(18, 380),
    "hct": _f(33, 52), "crp": _f(0.5, 180), "cr": _i(48, 260), "egfr": _i(12, 105), "hba1c": _f(5.4, 11.8),
    "ldl": _f(1.4, 4.9), "glu": _f(4.2, 19.8), "na": _i(121, 146), "k": _f(2.9, 5.8), "alt": _i(12, 420),
    "acr": _f(0.8, 65), "inr": _f(0.9, 3.4), "ck": _i(180, 9800), "tst": _i(0, 24), "pain": _i(0, 10),
    "mmse": _i(8, 29), "barthel": lambda r: str(5 * r.randint(0, 20)), "days": _i(1, 5), "dur": _i(2, 14),
    "amt": lambda r: f"{r.uniform(85, 14800):,.2f}", "yr": _i(1998, 2022), "q": _i(101, 499), "room": _i(1, 24),
    "time": lambda r: f"{r.randint(0, 23):02d}:{r.choice(('00', '05', '10', '15', '20', '30', '40', '45', '50', '55'))}",
    "irn": _i(1, 5), "team": _c("A", "B", "C", "3", "5"), "ckd": _c("2", "3a", "3b", "4"), "gcs": _c("15", "14", "E4V4M6", "13"),
    "dd": _i(2, 7), "mg": _c("5", "10", "20", "40", "0.5", "2.5"), "pct": _i(5, 95), "cd4": _i(120, 1100), "ml": _c("0.5", "0.25", "0.1"),
    "lot": lambda r: r.choice(("FK", "EW", "GH", "HA", "X", "U", "AB", "J", "T")) + str(r.randint(1000, 99999)) + r.choice(("", "", "A", "B")),
    "icd": _c("A90", "A91", "A15.0", "A16.2", "E11.9", "E11.65", "I10", "I50.9", "J18.9", "J44.1", "N39.0", "Z02.1", "Z11.1", "Z20.1", "R50.9", "K29.7", "M54.5", "S72.00"),
    "pltd": _i(12, 98), "cat": _c("1", "2", "3", "3", "4"), "pod": _i(1, 7), "trop": _f(0.02, 12.0, 2), "urate": _f(0.32, 0.72, 2),
    "cwt": _f(6.5, 34.0), "yrs": _i(1, 15), "n": _i(1, 6), "iadl": _i(0, 8), "err": _i(0, 10), "glumg": _i(62, 380),
    "hid": lambda r: _digits(r, 10), "das": _f(3.2, 7.1, 2), "accr": lambda r: _digits(r, 8),
    "uen": lambda r: f"{r.randint(1995, 2021)}{_digits(r, 5)}{r.choice('CDEGHKMNRWZ')}",
    "wk": _c("週一", "週二", "週三", "週四", "週五", "週六", "週日"),
}  # fmt: skip
_EN_FILL: Final[dict[str, _Gen]] = _COMMON_FILL | {
    "med": _c("metformin 850 mg BD", "amlodipine 5 mg OM", "atorvastatin 20 mg ON", "aspirin 100 mg OD", "losartan 50 mg OD", "paracetamol 1 g QDS PRN", "omeprazole 20 mg OM", "insulin glargine 18 units ON", "furosemide 40 mg OM", "bisoprolol 2.5 mg OD", "gliclazide 80 mg BD", "sitagliptin 100 mg OD", "lactulose 15 mL BD", "donepezil 5 mg ON"),
    "tbmed": _c("HRZE 4 tabs OD (weight band 55-70 kg)", "isoniazid 300 mg + rifampicin 600 mg OD", "3HP weekly x 12 doses", "pyridoxine 10 mg OD"),
    "cxr": _c("clear lung fields", "no active lesion", "right upper zone fibrocalcific change", "left apical cavity 2.3 cm", "bilateral hilar prominence", "cardiomegaly, CTR 0.58", "normal"),
    "vax": _c("Comirnaty XBB.1.5 (Pfizer-BioNTech)", "Influvac Tetra 2024/25", "Vaxigrip Tetra", "Prevenar 20 (PCV20)", "Shingrix", "Boostrix", "M-M-R II", "Rotarix", "Hexaxim", "Gardasil 9", "Qdenga (TAK-003)", "BCG (Serum Institute)"),
    "dmmed": _c("metformin 1 g BD", "gliclazide MR 60 mg OM", "sitagliptin 100 mg OD", "empagliflozin 10 mg OD", "insulin glargine 22 units ON"),
    "htmed": _c("amlodipine 10 mg OM", "losartan 100 mg OD", "perindopril 4 mg OD", "nifedipine LA 30 mg OD"),
    "cause": _c("thiazide diuretic", "SIADH (carbamazepine)", "poor oral intake", "beer potomania"),
    "pos": _c("positive", "negative"), "neg": _c("negative", "non-reactive", "not detected"),
    "lang": _c("Hokkien", "Cantonese", "Malay", "Tamil", "Tagalog", "Mandarin"),
    "ward": _c("Ward 64", "Ward 9A", "Ward 6B", "Ward 47", "Ward 11C", "Ward 5E", "Ward 73"),
    "dx": _c("acute gastroenteritis", "URTI", "acute low back pain", "viral fever", "gout flare", "sprained left ankle", "acute bronchitis", "conjunctivitis"),
    "pub": _c("https://www.moh.gov.sg/diseases-updates/dengue", "www.nea.gov.sg/dengue-zika", "https://www.healthdirect.gov.au/dengue-fever", "https://www.who.int/news-room/fact-sheets/detail/tuberculosis", "www.healthhub.sg"),
}  # fmt: skip
_ZH_FILL: Final[dict[str, _Gen]] = _COMMON_FILL | {
    "med": _c("氨氯地平片 5 mg qd", "二甲双胍片 0.5 g tid", "阿托伐他汀钙片 20 mg qn", "阿司匹林肠溶片 100 mg qd", "缬沙坦胶囊 80 mg qd", "奥美拉唑肠溶胶囊 20 mg qd", "甘精胰岛素 16 U qn", "呋塞米片 20 mg qd", "对乙酰氨基酚片 0.5 g prn", "多奈哌齐片 5 mg qn"),
    "medt": _c("Amlodipine 5 mg QD", "Metformin 500 mg BID", "Atorvastatin 20 mg HS", "阿斯匹靈 100 mg QD", "Valsartan 80 mg QD", "乙醯胺酚 500 mg Q6H PRN", "Donepezil 5 mg HS", "Furosemide 40 mg QD", "Lansoprazole 30 mg QD"),
    "tbmed": _c("异烟肼 0.3 g + 利福平 0.45 g + 吡嗪酰胺 1.5 g + 乙胺丁醇 0.75 g qd", "2HRZE/4HR 方案", "异烟肼 0.3 g qd 预防性服药 6 个月"),
    "cxr": _c("双肺纹理增多", "右上肺斑片影", "左上肺空洞，直径约 2.1 cm", "未见明显异常", "心影增大，CTR 0.56"),
    "cxrt": _c("兩側肺紋理增加", "右上肺葉浸潤", "未見明顯異常", "左上肺纖維鈣化病灶", "心臟擴大，CTR 0.57"),
    "vax": _c("乙肝疫苗（重组酵母）", "百白破疫苗", "麻腮风联合减毒活疫苗", "13价肺炎球菌多糖结合疫苗", "流感病毒裂解疫苗（四价）", "脊灰减毒活疫苗（bOPV）", "A群C群脑膜炎球菌多糖疫苗", "乙脑减毒活疫苗", "水痘减毒活疫苗"),
    "vaxt": _c("四價流感疫苗", "13價結合型肺炎鏈球菌疫苗", "新冠XBB.1.5單價疫苗", "帶狀皰疹疫苗（Shingrix）", "破傷風減量白喉混合疫苗", "23價肺炎鏈球菌多醣體疫苗"),
    "mfr": _c("北京生物制品研究所", "武汉生物制品研究所", "华兰生物疫苗股份有限公司", "辉瑞", "葛兰素史克", "赛诺菲巴斯德", "科兴生物"),
    "pos": _c("阳性", "阴性"), "post": _c("陽性", "陰性"),
    "dx": _c("急性上呼吸道感染", "急性胃肠炎", "2型糖尿病", "原发性高血压", "社区获得性肺炎", "腰椎间盘突出症", "泌尿道感染", "带状疱疹"),
    "dxt": _c("急性上呼吸道感染", "第二型糖尿病", "高血壓", "肺炎", "泌尿道感染", "退化性膝關節炎", "失智症", "慢性阻塞性肺病"),
    "adl": lambda r: str(5 * r.randint(0, 20)), "cms": _i(2, 8), "bed_n": _i(1, 60),
    "pub": _c("https://www.cdc.gov.tw", "https://www.chp.gov.hk/tc/healthtopics/content/24/19.html", "https://www.ssm.gov.mo", "http://www.nhc.gov.cn", "https://www.nhi.gov.tw"),
}  # fmt: skip

_LANGUAGE_OF: Final[dict[str, str]] = {
    "chn": "Hokkien", "hkc": "Cantonese", "py": "Mandarin", "mal": "Malay", "tam": "Tamil", "ind": "Hindi", "fil": "Tagalog",
    "indo": "Bahasa Indonesia", "mya": "Burmese", "ban": "Bengali", "kor": "Korean", "jpn": "Japanese", "mao": "te reo Māori",
    "pac": "Tongan", "wes": "English",
}  # fmt: skip
_ORIGIN_OF: Final[dict[str, str]] = {
    "chn": "Malaysia", "hkc": "Hong Kong", "py": "China", "mal": "Malaysia", "tam": "India", "ind": "India", "fil": "the Philippines",
    "indo": "Indonesia", "mya": "Myanmar", "ban": "Bangladesh", "kor": "South Korea", "jpn": "Japan", "mao": "New Zealand",
    "pac": "Tonga", "wes": "the UK",
}  # fmt: skip
_GRAND_OF: Final[dict[str, tuple[str, str]]] = {
    "chn": ("Ah Gong", "Ah Ma"), "hkc": ("Ah Yeh", "Ah Ma"), "py": ("Yeye", "Nainai"), "mal": ("Atuk", "Nenek"), "tam": ("Thatha", "Paati"),
    "ind": ("Dadaji", "Dadi"), "fil": ("Lolo", "Lola"), "indo": ("Kakek", "Nenek"), "mya": ("Ah Phoe", "Ah Phwa"), "ban": ("Dada", "Dadi"),
    "kor": ("Harabeoji", "Halmeoni"), "jpn": ("Ojiichan", "Obaachan"), "mao": ("Koro", "Kuia"), "pac": ("Grandpa", "Nana"), "wes": ("Pop", "Nan"),
}  # fmt: skip
# fmt: off
_ZH_NATION: Final[dict[str, tuple[str, str]]] = {"id": ("印尼", "印尼"), "ph": ("菲律宾", "菲律賓"), "vn": ("越南", "越南"), "th": ("泰国", "泰國")}
_EN_WORKER_MIX: Final[dict[str, tuple[tuple[str, int], ...]]] = {
    "sg": (("fil", 45), ("indo", 35), ("mya", 20)), "my": (("indo", 60), ("fil", 15), ("ban", 15), ("mya", 10)),
    "hk": (("fil", 55), ("indo", 45)), "cn": (("fil", 100),), "au": (("fil", 60), ("ind", 40)), "nz": (("fil", 60), ("pac", 40)),
    "ph": (("fil", 100),), "in": (("ind", 100),),
}  # fmt: skip
_REGION_MIX: Final[dict[str, tuple[tuple[str, int], ...]]] = {
    "sg": (("chn", 50), ("mal", 13), ("tam", 12), ("fil", 6), ("ban", 4), ("indo", 4), ("wes", 5), ("py", 6)),
    "my": (("mal", 45), ("chn", 30), ("tam", 13), ("indo", 5), ("ban", 4), ("mya", 3)),
    "hk": (("hkc", 72), ("fil", 10), ("indo", 8), ("wes", 5), ("py", 5)),
    "ph": (("fil", 92), ("chn", 4), ("wes", 4)),
    "in": (("ind", 100),),
    "au": (("wes", 50), ("chn", 8), ("hkc", 4), ("py", 8), ("kor", 5), ("ind", 8), ("pac", 4), ("mao", 3), ("fil", 4), ("jpn", 3), ("mal", 3)),
    "nz": (("wes", 42), ("mao", 22), ("pac", 18), ("chn", 4), ("py", 4), ("ind", 6), ("kor", 4)),
    "cn": (("py", 72), ("wes", 12), ("kor", 8), ("jpn", 5), ("hkc", 3)),
    "tw": (("tw", 90), ("fwl", 6), ("fxt", 4)),
    "zhhk": (("hk", 88), ("fwl", 8), ("fxt", 4)),
    "mo": (("mo", 88), ("fwl", 6), ("fxt", 6)),
    "zhcn": (("cn", 94), ("fx", 6)),
}  # fmt: skip
_WORKER_STYLES: Final = frozenset({"ban", "indo", "mya", "fwl"})
_FAMILY: Final = ("sp", "son", "dau", "rel", "kin", "nok", "mum", "dad", "bro", "sis", "gc", "gd", "gs")
_STAFF: Final = ("dr", "rn", "staff", "pharm", "physio", "sw", "cm", "hw", "ot", "tp", "clerk", "gn")
_WORKERS: Final = ("mdw", "fdh", "helper", "cg")
_MALE_ROLES: Final = ("son", "bro", "dad", "gs")
_FEMALE_ROLES: Final = ("dau", "sis", "mum", "gd", "dil", "niece", "resf", "gn")
_SHARE_SUR: Final = frozenset({"chn", "hkc", "py", "kor", "jpn", "wes", "fil", "mao", "pac", "ind", "cn", "tw", "hk", "mo"})
_WIFE_TAKES_SUR: Final = frozenset({"wes", "fil", "jpn", "mao", "pac", "ind"})

_PERSON_FIELDS: Final = frozenset({"full", "sur", "given", "call", "first", "nick", "init", "alt", "upper", "west", "eng", "roman", "engfull", "xfull", "hsur"})
_PERSON_FILL: Final = frozenset({"ttl", "he", "him", "his", "hec", "sex", "sexw", "mum", "kin", "lang", "origin", "xs", "ta", "sexzh", "nat", "child", "ma"})
_DATE_FORMATS: Final = frozenset({"dmy", "dmyd", "dmy2", "dmon", "dmons", "dord", "mdy", "mon", "iso", "dm", "md", "dmo", "zh", "zhmd", "slash", "dot", "roc", "rocs", "zhn", "dash", "yr"})
_MONTHS: Final = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
# fmt: on


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _format_date(fmt: str, d: dt.date) -> str:
    month = _MONTHS[d.month - 1]
    return {
        "dmy": f"{d:%d/%m/%Y}", "dmyd": f"{d:%d-%m-%Y}", "dmy2": f"{d.day}/{d.month}/{d:%y}", "dmon": f"{d.day} {month[:3]} {d.year}",
        "dmons": f"{d:%d}-{month[:3]}-{d:%y}", "dord": f"{_ordinal(d.day)} {month} {d.year}", "mdy": f"{d:%m/%d/%Y}",
        "mon": f"{month} {d.day}, {d.year}", "iso": d.isoformat(), "dm": f"{d.day}/{d.month}", "md": f"{month[:3]} {d.day}",
        "dmo": f"{d.day} {month}", "zh": f"{d.year}年{d.month}月{d.day}日", "zhmd": f"{d.month}月{d.day}日", "slash": f"{d:%Y/%m/%d}",
        "dot": f"{d.year}.{d.month}.{d.day}", "roc": f"民國{d.year - 1911}年{d.month}月{d.day}日", "rocs": f"{d.year - 1911}/{d:%m/%d}",
        "zhn": "".join("〇一二三四五六七八九"[int(c)] for c in str(d.year)) + f"年{_zh_numeral(d.month)}月{_zh_numeral(d.day)}日",
        "dash": f"{d.year}-{d.month}-{d.day}", "yr": str(d.year),
    }[fmt]  # fmt: skip


@dataclass(frozen=True)
class _Spec:
    home: str = ""  # the patient's home region when it differs from the template's region
    styles: tuple[str, ...] = ()  # patient name styles (default: the region's mix)
    band: str = "any"  # patient age band: any / adult / old / worker / child
    female: float = 0.5


class _Note:
    """Everything invented for one note; values are created the first time a key asks for them."""

    def __init__(self, language: str, template_name: str, spec: _Spec, rng: random.Random) -> None:
        self.language = language
        self.rng = rng
        self.region = template_name.split("_", 1)[0]
        self.home = spec.home or self.region
        self.trad = language == "zh" and self.region in ("tw", "hk", "mo")
        day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(960))
        self.visit = day.replace(day=28) if (day.month, day.day) == (2, 29) else day
        self.people: dict[str, _Person] = {}
        self.phones: dict[str, list[str]] = {}
        self.ids: dict[str, str] = {}
        self.places: dict[str, tuple[str, str, str]] = {}
        self.orgs: dict[str, str] = {}
        self.dates: dict[str, dt.date] = {}
        self.extra: dict[str, str] = {}
        self.fills: dict[str, set[str]] = {}
        self.clock = 0
        style = rng.choice(spec.styles) if spec.styles else _pick(rng, self._mix(self.home))
        female = rng.random() < spec.female
        self.people["pt"] = self._create(style, female, self._band_age(spec.band), None, "")

    # -- people ------------------------------------------------------------------------------
    def _mix(self, region: str) -> tuple[tuple[str, int], ...]:
        if self.language == "zh":
            return _REGION_MIX[{"hk": "zhhk", "cn": "zhcn"}.get(region, region)]
        return _REGION_MIX[region]

    def _band_age(self, band: str) -> int:
        rng = self.rng
        if band == "child":
            return rng.randint(1, 12)
        if band == "worker":
            return rng.randint(21, 52)
        if band == "old":
            return rng.randint(90, 104) if rng.random() < 0.35 else rng.randint(62, 89)
        if band == "adult":
            return rng.randint(90, 99) if rng.random() < 0.05 else rng.randint(19, 89)
        return rng.randint(90, 103) if rng.random() < 0.14 else rng.randint(16, 89)

    def _create(self, style: str, female: bool, age: int, family: _Person | None, role: str) -> _Person:
        rng = self.rng
        if self.language == "zh":
            sur_row = None
            if family is not None and family.style == style and style in _SHARE_SUR:
                if role in ("son", "dau", "gc", "gd", "gs", "rel", "kin"):
                    sur_row = self._zh_row(family.spouse_sur if family.female else family.sur)
                elif role in ("bro", "sis"):
                    sur_row = self._zh_row(
                        family.sur[-1:] if len(family.sur) == 2 and family.call != family.sur else family.sur
                    )
                elif role == "sp" and family.female:
                    sur_row = self._zh_row(family.spouse_sur)
                elif role == "dad":
                    sur_row = self._zh_row(family.sur)
            person = _zh_person(rng, style, female, age, sur=sur_row)
        else:
            sur = father = ""
            if family is not None and family.style == style:
                child = role in ("son", "dau", "gc", "gd", "gs", "rel", "kin")
                if style in ("mal", "tam"):
                    if child and not family.female and role in ("son", "dau"):
                        father = family.given
                    elif role in ("bro", "sis"):
                        father = family.sur
                elif style in _SHARE_SUR:
                    if role in ("bro", "sis") or (child and (not family.female or style in _WIFE_TAKES_SUR)):
                        sur = family.sur
                    elif child:
                        sur = family.spouse_sur
                    elif role == "sp":
                        sur = family.sur if style in _WIFE_TAKES_SUR else (family.spouse_sur if family.female else "")
                    elif role == "dad" or (role == "mum" and style in _WIFE_TAKES_SUR):
                        sur = family.sur
            person = _en_person(rng, style, female, self.region, sur=sur, father=father)
            if not person.spouse_sur:
                person.spouse_sur = (
                    person.sur
                    if (not female or style in _WIFE_TAKES_SUR)
                    else _en_person(rng, style, False, self.region).sur
                )
        person.age = age
        back = (
            self.visit.replace(year=self.visit.year - age)
            if (self.visit.month, self.visit.day) != (2, 29)
            else self.visit
        )
        person.birth = back - dt.timedelta(days=rng.randint(1, 364))
        return person

    def _zh_row(self, surname: str) -> tuple[str, str, str, str]:
        for row in (*_ZH_SUR, *_ZH_RARE_SUR, *(w[0] for w in _ZH_WORD_NAMES)):
            if surname in (row[0], row[1]):
                return row
        return self.rng.choice(_ZH_SUR)

    def person(self, ent: str) -> _Person:
        if ent in self.people:
            return self.people[ent]
        taken = {p.full for p in self.people.values()}
        for _ in range(8):  # two different entities in one note should not share a full name
            person = self._new_person(ent)
            if person.full not in taken:
                break
        self.people[ent] = person
        return person

    def _new_person(self, ent: str) -> _Person:
        rng = self.rng
        pt = self.people["pt"]
        female = rng.random() < 0.5
        if ent.startswith(_MALE_ROLES):
            female = False
        elif ent.startswith(_FEMALE_ROLES):
            female = True
        elif ent.startswith("sp"):
            female = not pt.female
        elif ent.startswith(_WORKERS):
            female = rng.random() < 0.92
        elif ent.startswith("mate"):
            female = pt.female
        if ent.startswith(_FAMILY):
            role = next(r for r in _FAMILY if ent.startswith(r))
            style = pt.style
            if role == "sp":
                age = min(104, max(18, pt.age + rng.randint(-6, 6)))
            elif role in ("son", "dau"):
                age = min(80, max(3, pt.age - rng.randint(24, 38))) if pt.age >= 40 else rng.randint(1, 15)
            elif role in ("mum", "dad"):
                age = min(100, pt.age + rng.randint(21, 40))
            elif role in ("gc", "gd", "gs"):
                age = min(40, max(1, pt.age - rng.randint(48, 62)))
            else:
                age = min(100, max(5, pt.age + rng.randint(-10, 10)))
            person = self._create(style, female, age, pt, role)
        elif ent.startswith(_STAFF):
            mix = tuple(m for m in self._mix(self.region) if m[0] not in _WORKER_STYLES and m[0] not in ("fx", "fxt"))
            person = self._create(_pick(rng, mix), female, rng.randint(24, 64), None, "staff")
        elif ent.startswith(_WORKERS):
            if self.language == "zh":
                style = "cn" if self.region == "cn" else "fwl"
            else:
                style = _pick(rng, _EN_WORKER_MIX[self.region])
            person = self._create(
                style, female, rng.randint(23, 48) if style != "cn" else rng.randint(40, 62), None, "worker"
            )
        elif ent.startswith("res"):
            mix = tuple(m for m in self._mix(self.region) if m[0] not in _WORKER_STYLES)
            employer = self.people.get("emp1")
            person = self._create(
                employer.style if employer is not None and ent.startswith("resf") else _pick(rng, mix),
                female,
                rng.randint(90, 103) if rng.random() < 0.3 else rng.randint(70, 89),
                None,
                "other",
            )
        elif ent.startswith("mate"):
            person = self._create(pt.style, female, rng.randint(22, 50), None, "mate")
        elif ent.startswith("emp"):
            mix = tuple(m for m in self._mix(self.region) if m[0] not in _WORKER_STYLES and m[0] not in ("fx", "fxt"))
            person = self._create(_pick(rng, mix), female, rng.randint(30, 75), None, "other")
        else:
            roll = rng.random()
            age = rng.randint(18, 75) if roll < 0.7 else rng.randint(1, 17) if roll < 0.88 else rng.randint(76, 98)
            person = self._create(_pick(rng, self._mix(self.region)), female, age, None, "other")
        return person

    def person_value(self, field: str, ent: str) -> str:
        p = self.person(ent)
        if field == "upper":
            return p.full.upper()
        if field in ("west", "eng"):
            return p.west or p.first
        if field == "roman":
            return p.roman or p.alt
        if field == "engfull":
            return f"{p.west} {p.full}" if p.west else f"{p.full} {p.roman}"
        if field == "xfull":
            return p.alt
        if field == "hsur":
            return (p.spouse_sur or p.sur) if p.female else p.sur
        value: str = getattr(p, field)
        return value

    def person_fill(self, field: str, ent: str) -> str:
        p = self.person(ent)
        rng = self.rng
        f = p.female
        if field == "ttl":
            if p.style == "mal" and self.region in ("sg", "my"):
                return rng.choice(("Puan", "Mdm", "Cik") if f else ("Encik", "Mr"))
            if p.style in ("wes", "mao") and rng.random() < 0.04:
                return "Mx"
            if f:
                if self.region in ("sg", "my") and p.style in ("chn", "tam", "ind", "py") and p.age >= 40:
                    return "Mdm"
                return rng.choice(("Mrs", "Ms")) if p.age >= 30 else rng.choice(("Ms", "Miss"))
            return "Mr"
        simple = {
            "he": ("she", "he"), "him": ("her", "him"), "his": ("her", "his"), "hec": ("She", "He"), "sex": ("F", "M"),
            "sexw": ("female", "male"), "mum": ("mum", "dad"), "ta": ("她", "他"), "sexzh": ("女", "男"), "child": ("daughter", "son"),
            "ma": ("媽" if self.trad else "妈", "爸"),
        }  # fmt: skip
        if field in simple:
            return simple[field][0 if f else 1]
        if field == "kin":
            return _GRAND_OF.get(p.style, ("Grandpa", "Grandma"))[1 if f else 0]
        if field == "lang":
            return _LANGUAGE_OF.get(p.style, "English")
        if field == "origin":
            return _ORIGIN_OF.get(p.style, "overseas")
        if field == "xs":
            if f:
                return rng.choice(("小姐", "女士")) if p.age < 45 and self.trad else "女士"
            return "先生"
        # nat
        if p.style == "fwl":
            latin = p.full
            for name, _, nation in _ZH_LATIN_WORKERS:
                if name == latin:
                    return _ZH_NATION[nation][1 if self.trad else 0]
            return "印尼"
        if p.style in ("fx", "fxt"):
            return p.nation
        return "中國" if self.trad else "中国"

    # -- numbers -----------------------------------------------------------------------------
    def phone(self, key: str, ent: str, kind: str) -> list[str]:
        slot = f"{kind}:{ent}"
        if slot not in self.phones:
            region = self.home if ent == "pt" or ent.startswith(_FAMILY) else self.region
            if ent.startswith(_WORKERS) and self.language == "en":
                region = self.region
            formats = _mobile(self.rng, region, self.language) if kind == "mobile" else _landline(self.rng, region)
            if ent != "pt":
                head = formats.pop(self.rng.randrange(len(formats)))
                formats.insert(0, head)
            self.phones[slot] = formats
        return self.phones[slot]

    def national_id(self, ent: str) -> str:
        if ent in self.ids:
            return self.ids[ent]
        p = self.person(ent)
        rng = self.rng
        region = self.home if ent == "pt" or ent.startswith(_FAMILY) else self.region
        foreign = p.style in _WORKER_STYLES or (region == "sg" and p.style == "fil")
        if self.language == "zh":
            if region == "tw":
                value = _tw_id(rng, p.female, resident_permit=p.style in ("fwl", "fxt"))
            elif region == "hk":
                value = _hkid(rng)
            elif region == "mo":
                value = _macau_id(rng)
            else:
                value = _passport(rng, "fx") if p.style in ("fx", "fwl") else cn_resident_id(rng, p.birth)
        elif region == "sg":
            value = _sg_nric(rng, p.birth, foreign or p.style in ("py", "ban", "indo", "mya"))
        elif region == "my":
            value = _passport(rng, p.style) if foreign else _mykad(rng, p.birth, p.female)
        elif region == "hk":
            value = _hkid(rng)
        elif region == "ph":
            value = f"{_digits(rng, 2)}-{_digits(rng, 9)}-{rng.randrange(10)}"
        elif region == "in":
            value = f"XXXX XXXX {_digits(rng, 4)}"
        elif region == "au":
            value = _medicare(rng)
        elif region == "nz":
            value = _nhi(rng)
        else:
            value = cn_resident_id(rng, p.birth) if p.style == "py" else _passport(rng, p.style)
        self.ids[ent] = value
        return value

    def id_variant(self, value: str) -> str:
        rng = self.rng
        options: list[str] = []
        if re.fullmatch(r"[STFG]\d{7}[A-Z]", value):
            options = [f"{value[0]}XXXX{value[5:]}", value.lower(), f"{value[0]} {value[1:8]} {value[8]}"]
        elif re.fullmatch(r"\d{6}-\d{2}-\d{4}", value):
            options = [value.replace("-", ""), value.replace("-", " ")]
        elif re.fullmatch(r"[A-Z]\d{6}\([0-9A]\)", value):
            options = [value[:7] + value[8], f"{value[:7]} ({value[8]})", f"{value[:7]}（{value[8]}）"]
        elif re.fullmatch(r"\d{2}-\d{9}-\d", value):
            digits = value.replace("-", "")
            options = [digits, f"{digits[:4]}-{digits[4:8]}-{digits[8:]}"]
        elif value.startswith("XXXX XXXX"):
            options = [value.replace(" ", "-").lower(), "********" + value[-4:], value.replace(" ", "")]
        elif re.fullmatch(r"\d{4} \d{5} \d", value):
            options = [value.replace(" ", ""), value[:10]]
        elif re.fullmatch(r"[A-Z]{3}\d{4}", value):
            options = [value.lower(), f"{value[:3]} {value[3:]}"]
        elif re.fullmatch(r"\d{17}[\dX]", value):
            options = [
                f"{value[:6]} {value[6:14]} {value[14:]}",
                f"{value[:6]}********{value[14:]}",
                f"{value[:3]}***********{value[14:]}",
            ]
        elif re.fullmatch(r"[A-Z][1289]\d{8}", value):
            options = [f"{value[:6]}****", value.lower(), f"{value[:3]}****{value[7:]}"]
        elif re.fullmatch(r"\d{7}\(\d\)", value):
            options = [f"{value[0]}/{value[1:7]}/{value[8]}", value[:7] + value[8]]
        if not options:
            options = [
                f"{value[:2]} {value[2:]}",
                value.lower() if value.lower() != value else value[:-2] + " " + value[-2:],
            ]
        return rng.choice(options)

    def record_number(self, ent: str) -> str:
        slot = f"mrn:{ent}"
        if slot not in self.ids:
            rng = self.rng
            region = self.region
            value = {
                "sg": f"{rng.randint(10, 99)}{rng.choice('ABCDEFGHJK')}{_digits(rng, 6)}",
                "my": f"RN{_digits(rng, 7)}",
                "hk": f"HN{rng.randint(10, 23)}{_digits(rng, 6)}",
                "mo": f"{rng.choice('SK')}{_digits(rng, 7)}",
                "ph": f"{rng.randint(2008, 2024)}-{_digits(rng, 6)}",
                "in": f"{rng.randint(20, 24)}{_digits(rng, 8)}",
                "au": f"{rng.randint(1, 9)}{_digits(rng, 6)}",
                "nz": f"P{_digits(rng, 6)}",
                "tw": f"{rng.randint(1, 9)}{_digits(rng, 7)}",
            }.get(
                region,
                f"{rng.choice(('ZY', 'MZ', '00', 'BJU', 'SH'))}{_digits(rng, 8)}"
                if self.language == "en"
                else f"{rng.choice(('ZY', 'MZ', '00', ''))}{_digits(rng, 8)}",
            )
            self.ids[slot] = value
        return self.ids[slot]

    def other_id(self, field: str, ent: str) -> str:
        slot = f"{field}:{ent}"
        if slot in self.ids:
            return self.ids[slot]
        rng = self.rng
        v = self.visit
        zh = self.language == "zh"
        region = self.region
        if field == "wp":
            value = {
                "sg": f"{rng.choice('012')} {_digits(rng, 8)}",
                "tw": f"{_digits(rng, 10)}",
                "my": f"PLKS{_digits(rng, 8)}",
            }.get(region, _digits(rng, 9))
        elif field == "pp":
            value = _passport(rng, self.person(ent).style)
        elif field == "claim":
            value = (
                f"{rng.choice(('BX', 'LP', 'CL'))}{v.year}{_digits(rng, 8)}"
                if zh
                else {"ph": _digits(rng, 13), "au": _digits(rng, 9)}.get(region, f"CLM-{v.year}-{_digits(rng, 7)}")
            )
        elif field == "pol":
            value = _digits(rng, 12) if zh else f"{rng.choice('PLHT')}{_digits(rng, 9)}"
        elif field == "ref":
            value = f"ZZ{v:%Y%m%d}{_digits(rng, 4)}" if zh else f"REF/{v:%y}/{_digits(rng, 5)}"
        elif field == "acc":
            value = f"{v:%Y%m%d}{_digits(rng, 4)}" if zh else f"{v:%y%m%d}-{_digits(rng, 4)}"
        elif field == "bed":
            value = str(rng.randint(1, 48)) if rng.random() < 0.6 else f"{rng.choice('ABCDE')}{rng.randint(1, 16):02d}"
        elif field == "nhi":
            value = f"0000 {_digits(rng, 4)} {_digits(rng, 4)}"
        elif field == "arc":
            value = _tw_id(rng, self.person(ent).female, resident_permit=True)
        elif field == "hrp":
            value = f"{'M' if self.person(ent).style == 'mo' else 'H'}{_digits(rng, 8)}"
        elif field == "tbz":
            value = _digits(rng, 8)
        elif field == "rp":
            p = self.person(ent)
            value = _resident_permit(rng, p.birth, {"tw": "tw", "mo": "mo"}.get(p.style, "hk"), p.female)
        elif field == "abha":
            value = f"91-{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}"
        elif field == "lic":
            value = {
                "sg": f"M{_digits(rng, 5)}{rng.choice('ABCDEFGHIJ')}", "my": _digits(rng, 5), "hk": f"M{_digits(rng, 5)}",
                "ph": _digits(rng, 7), "in": f"{rng.choice(('TN', 'KA', 'MH', 'KL'))}/{_digits(rng, 5)}",
                "au": f"MED000{_digits(rng, 7)}", "nz": _digits(rng, 5), "tw": _digits(rng, 6), "mo": f"M-{_digits(rng, 4)}",
            }.get(region, _digits(rng, 15))  # fmt: skip
        elif field == "prov":
            value = f"{_digits(rng, 6)}{rng.choice('0123456789ABCDEFGHJK')}{rng.choice('ABFHJKLTWXY')}"
        elif field == "mac":
            value = f"AC{_digits(rng, 8)}"
        elif field == "tbno":
            value = f"{v.year}-{_digits(rng, 4)}" if not zh else f"{v.year}{_digits(rng, 6)}"
        elif field == "wx":
            p = self.person(ent)
            h = p.handle.replace(".", "_")
            value = rng.choice(
                (
                    f"{h}{rng.randint(1, 99)}",
                    f"wxid_{''.join(rng.choice('abcdefghjkmnpqrstuvwxyz0123456789') for _ in range(10))}",
                    f"{h.split('_')[0]}_{p.birth:%Y}",
                )
            )
        elif field == "lineid":
            value = f"{self.person(ent).handle.replace('.', '')[:10]}{rng.randint(1, 999)}"
        elif field == "ins":
            value = _digits(rng, 10) if zh else f"{rng.choice(('AIA', 'GE', 'PRU', 'AXA', 'BUPA'))}{_digits(rng, 9)}"
        elif field == "case":
            value = f"{v.year}{_digits(rng, 8)}" if zh else f"{v:%y}D{_digits(rng, 6)}"
        elif field == "vac":
            value = _digits(rng, 12)
        elif field == "ext":
            value = _digits(rng, 4)
        elif field == "acct":
            value = f"{rng.choice(('6222', '6225', '6217', '6228'))} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 3)}"
        else:  # "mrn2"
            mrn = self.record_number(ent)
            value = f"{mrn[:2]}-{mrn[2:]}" if not mrn[:2].isdigit() else f"{mrn[:4]} {mrn[4:]}"
        self.ids[slot] = value
        return value

    # -- places, organisations, dates --------------------------------------------------------
    def place(self, ent: str) -> tuple[str, str, str]:
        if ent not in self.places:
            region = self.home if ent == "pt" or ent.startswith(_FAMILY) else self.region
            street, city, full = _address(self.rng, region, self.language)
            if ent.startswith("org") and full.startswith("Apt "):  # a facility, not a flat
                full = full.split(", ", 2)[2]
            self.places[ent] = (street, city, full)
        return self.places[ent]

    def org(self, kind: str, ent: str) -> str:
        slot = f"{kind}:{ent}"
        if slot not in self.orgs:
            sur = self.person(f"x{ent}").sur if kind == "clinic" else ""
            self.orgs[slot] = _org_name(self.rng, self.region, self.language, kind, sur)
        return self.orgs[slot]

    def date(self, ent: str) -> dt.date:
        if ent == "dob":
            return self.people["pt"].birth
        if ent.startswith("dob") and len(ent) > 3:
            return self.person(ent[3:]).birth
        if ent not in self.dates:
            rng = self.rng
            if ent == "v":
                day = self.visit
            elif ent.startswith(("fu", "tcu", "next", "appt", "due")):
                day = self.visit + dt.timedelta(days=rng.randint(5, 120))
            elif ent.startswith("mc"):
                day = self.visit + dt.timedelta(days=rng.randint(1, 4))
            elif ent.startswith(("adm", "ons")):
                day = self.visit - dt.timedelta(days=rng.randint(1, 18))
            elif ent.startswith(("prev", "last", "hx", "old", "dx")):
                day = self.visit - dt.timedelta(days=rng.randint(20, 900))
            else:
                day = self.visit + dt.timedelta(days=rng.randint(-30, 30))
            self.dates[ent] = day
        return self.dates[ent]

    # -- dispatch ----------------------------------------------------------------------------
    def value(self, key: str) -> str:
        field, _, ent = key.rpartition("_")
        if not field:
            table = _ZH_FILL if self.language == "zh" else _EN_FILL
            base = key.rstrip("0123456789")
            if base not in table:
                raise KeyError(key)
            if base == "time":  # clock times in one note run forward
                self.clock += self.rng.randint(5, 95) if self.clock else self.rng.randint(6 * 60, 22 * 60)
                minutes = self.clock % (24 * 60)
                return f"{minutes // 60:02d}:{minutes % 60 // 5 * 5:02d}"
            used = self.fills.setdefault(base, set())
            value = table[base](self.rng)
            for _ in range(6):  # vax1/vax2/med1/med2 ... should differ within a note
                if value not in used:
                    break
                value = table[base](self.rng)
            used.add(value)
            return value
        rng = self.rng
        if field in _PERSON_FIELDS:
            return self.person_value(field, ent)
        if field in _PERSON_FILL:
            return self.person_fill(field, ent)
        if field in _DATE_FORMATS:
            return _format_date(field, self.date(ent))
        if field in ("age", "agew", "agezh"):
            age = self.person(ent).age
            return str(age) if field == "age" else _en_words(age, rng) if field == "agew" else _zh_numeral(age)
        if field in ("tel", "tel2"):
            formats = self.phone(key, ent, "mobile")
            return formats[0] if field == "tel" else self.extra.setdefault(f"tel2:{ent}", rng.choice(formats[1:]))
        if field in ("land", "otel", "ofax"):
            return self.phone(key, ent if field == "land" else f"{field}{ent}", "land")[0]
        if field == "nid":
            return self.national_id(ent)
        if field == "nid2":
            return self.id_variant(self.national_id(ent))
        if field == "mrn":
            return self.record_number(ent)
        if field in (
            "wp",
            "pp",
            "claim",
            "pol",
            "ref",
            "acc",
            "bed",
            "nhi",
            "arc",
            "hrp",
            "tbz",
            "rp",
            "abha",
            "lic",
            "prov",
            "mac",
            "tbno",
            "wx",
            "lineid",
            "ins",
            "case",
            "vac",
            "ext",
            "mrn2",
            "acct",
        ):
            return self.other_id(field, ent)
        if field == "addr":
            return self.place(ent)[0]
        if field == "addrfull":
            return self.place(ent)[2]
        if field == "city":
            return self.place(ent)[1]
        if field == "oaddr":
            return self.place(f"org{ent}")[2]
        if field == "dist":
            if self.language == "zh" and self.region in ("cn", "tw"):
                return rng.choice(rng.choice(_ZH_CN_PLACES if self.region == "cn" else _ZH_TW_PLACES)[1])
            return _address(rng, self.region, self.language)[1]
        if field == "brgy":
            return rng.choice(_PH_BRGY)
        if field == "dorm":
            name = rng.choice(
                (
                    "Pioneer Lodge",
                    "Jurong Penjuru Dormitory",
                    "Tuas South Dormitory",
                    "Kranji Lodge",
                    "Sungei Kadut Dormitory",
                    "Mandai Lodge",
                )
            )
            road = rng.choice(
                (
                    "Tuas South Avenue 1",
                    "Penjuru Walk",
                    "Kranji Way",
                    "Sungei Kadut Loop",
                    "Mandai Estate",
                    "Jalan Papan",
                )
            )
            return f"{name}, {rng.randint(1, 80)} {road}, #{rng.randint(1, 9):02d}-{rng.randint(1, 60):02d}"
        if field == "email":
            slot = f"email:{ent}"
            if slot not in self.extra:
                p = self.person(ent)
                if self.language == "zh" and self.home == "cn" and p.style == "cn" and rng.random() < 0.4:
                    user = str(rng.randint(10000000, 2999999999))
                else:
                    h = p.handle or "user"
                    user = rng.choice(
                        (
                            h,
                            f"{h.replace('.', '')}{rng.randint(1, 99)}",
                            f"{h.replace('.', '_')}{p.birth:%y}",
                            f"{h[0]}{h.split('.')[-1]}",
                        )
                    )
                region = self.home if ent == "pt" or ent.startswith(_FAMILY) else self.region
                self.extra[slot] = f"{user}@{rng.choice(_EMAIL_DOMAINS.get(region, _EMAIL_DOMAINS['sg']))}"
            return self.extra[slot]
        if field == "mail":
            name = next((v for k, v in self.orgs.items() if k.endswith(f":{ent}")), "") or self.org("hosp", ent)
            words = [w for w in re.split(r"[^A-Za-z]+", unicodedata.normalize("NFKD", name)) if w and w[0].isupper()]
            slug = "".join(w[0] for w in words).lower() if len(words) > 2 else _ascii(name)[:12]
            tld = {
                "sg": "com.sg",
                "my": "com.my",
                "hk": "org.hk",
                "ph": "com.ph",
                "in": "in",
                "au": "com.au",
                "nz": "org.nz",
                "tw": "org.tw",
                "mo": "org.mo",
            }.get(self.region, "cn")
            return f"{rng.choice(('admissions', 'enquiry', 'hr', 'claims', 'referral', 'appointments', 'reception'))}@{slug or 'clinic'}.{tld}"
        if field in ("hosp", "clinic", "emp", "agency", "home", "school"):
            return self.org(field, ent)
        if field == "wa":
            digits = re.sub(r"\D", "", next(f for f in self.phone(key, ent, "mobile") if f.startswith("+")))
            return f"https://wa.me/{digits}"
        if field == "fb":
            return f"https://www.facebook.com/{self.person(ent).handle}.{rng.randint(1, 99)}"
        if field == "line":
            return f"https://line.me/ti/p/~{self.other_id('lineid', ent)}"
        if field == "portal":
            token = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
            base = {
                "sg": "https://eservices.healthhub.sg/appointments/view?ref=", "hk": "https://www.ha.org.hk/hago/appt?ref=",
                "my": "https://mysejahtera.moh.gov.my/appt/", "au": "https://portal.myhealthrecord.gov.au/share/",
                "nz": "https://app.managemyhealth.co.nz/r/", "ph": "https://memberinquiry.philhealth.gov.ph/claim/",
                "in": "https://phr.abdm.gov.in/share/", "tw": "https://myhealthbank.nhi.gov.tw/share/", "mo": "https://app.ssm.gov.mo/r/",
            }.get(self.region, "https://wx.jiankangyun.cn/report?id=")  # fmt: skip
            return base + token
        raise KeyError(key)


class _Values(dict[str, str]):
    """A dict that invents a value the first time ``render`` asks for a key."""

    def __init__(self, note: _Note) -> None:
        super().__init__()
        self.note = note

    def __missing__(self, key: str) -> str:
        value = self.note.value(key).strip()
        self[key] = value
        return value


def _known(note: _Note) -> tuple[KnownIdentifier, ...]:
    p = note.people["pt"]
    street, city, _ = note.place("pt")
    pairs: list[tuple[str, str]] = [("PERSON", p.full), ("PERSON", p.sur), ("PERSON", p.given)]
    if p.west:
        pairs.append(("PERSON", p.west))
    if note.language == "zh" and p.style in ("hk", "mo"):
        pairs.append(("PERSON", p.roman))
    pairs += [("ID", note.record_number("pt")), ("ID", note.national_id("pt"))]
    if note.language == "zh" and note.home == "tw" and p.style == "tw":
        pairs.append(("ID", note.other_id("nhi", "pt")))
    pairs += [
        ("PHONE", note.phone("tel_pt", "pt", "mobile")[0]), ("ADDRESS", street), ("LOCATION", city),
        ("DATE", p.birth.isoformat()), ("EMAIL", note.value("email_pt")),
    ]  # fmt: skip
    seen: dict[tuple[str, str], None] = {}
    for kind, value in pairs:
        if value.strip():
            seen.setdefault((kind, value.strip()), None)
    return tuple(KnownIdentifier(kind, value) for kind, value in seen)


def generate_blind8(language: str, count: int = 500) -> list[SynthNote]:
    """``count`` notes for ``language`` ("en" or "zh"), the same on every run and in every process."""
    if language not in ("en", "zh"):
        raise ValueError(f"unsupported language {language!r}; expected 'en' or 'zh'")
    templates = EN_BLIND8_TEMPLATES if language == "en" else ZH_BLIND8_TEMPLATES
    specs = _EN_SPECS if language == "en" else _ZH_SPECS
    names = sorted(templates)
    notes: list[SynthNote] = []
    for index in range(count):
        name = names[index % len(names)]
        rng = random.Random(f"{BLIND8_SEED}:{language}:{index}")
        note = _Note(language, name, specs.get(name, _Spec()), rng)
        values = _Values(note)
        known = _known(note)
        text, spans = render(templates[name], values, age_of=blind8_age_of)
        notes.append(SynthNote(f"blind8-{language}-{index + 1:04d}", "blind8", language, name, text, spans, known))
    return notes


# ---------------------------------------------------------------------------------------------
# Templates. ``<<KIND:field_entity>>`` is gold, ``{field_entity}`` / ``{filler}`` is not. The same
# entity suffix is the same invented person, number or place within a note; ``pt`` is the patient.
# ---------------------------------------------------------------------------------------------
EN_BLIND8_TEMPLATES: dict[str, str] = {
    "au_discharge_summary": """<<ORG:hosp_a>> - DISCHARGE SUMMARY
Patient: <<PERSON:alt_pt>>   URN: <<ID:mrn_pt>>   DOB: <<DATE:dmy_dob>> (<<AGE:age_pt>> y)   Medicare: <<ID:nid2_pt>>
Admitted: <<DATE:dmy_adm>>   Discharged: <<DATE:dmy_v>>   Unit: General Medicine, Team {team}   {ward}, bed <<ID:bed_pt>>
Consultant: Dr <<PERSON:full_dr1>>   Discharging doctor: Dr <<PERSON:full_dr2>> (ext <<PHONE:ext_dr2>>)
Usual GP: Dr <<PERSON:full_dr3>>, <<ORG:clinic_b>>, fax <<PHONE:ofax_b>>

Presenting problem: found on the floor at home by a neighbour, long lie ~{dur} h. CK {ck} U/L, Na {na} mmol/L, Cr {cr} umol/L.
Diagnoses: 1. Mechanical fall, no fracture on CT (W19)  2. Hyponatraemia secondary to {cause}  3. Delirium, resolved
Course: sodium corrected slowly with fluid restriction 1.2 L/day. CAM positive on day 1, negative from <<DATE:dmo_b>>. Physio (<<PERSON:first_physio1>>) cleared for 4WW with supervision; OT home visit done with {his_pt} son.
Medications on discharge: {med1}; {med2}; {med3}. CEASED: hydrochlorothiazide.
Follow-up: GP within 7 days for repeat UEC. Geriatric clinic <<DATE:dmy_fu>> at {time}.
NOK: <<PERSON:full_son>> (son) <<PHONE:tel_son>>; second contact <<PERSON:first_dau>> <<PHONE:tel_dau>>.
{ttl_pt} <<PERSON:call_pt>> lives alone at <<ADDRESS:addr_pt>>, <<LOCATION:city_pt>>. ACAT referral sent; My Aged Care ID <<ID:mac_pt>>.
""",
    "au_gp_referral": """<<ORG:clinic_a>>
<<ADDRESS:oaddr_a>>
Ph <<PHONE:otel_a>>   Fax <<PHONE:ofax_a>>   Provider No. <<ID:prov_dr1>>

<<DATE:dord_v>>

Dr <<PERSON:full_dr2>>
Diabetes and Endocrinology Outpatients, <<ORG:hosp_b>>

Dear Dr <<PERSON:call_dr2>>,

Re: <<PERSON:full_pt>>, DOB <<DATE:dmy_dob>>
<<ADDRESS:addrfull_pt>>
Medicare <<ID:nid_pt>> (IRN {irn})   Mobile <<PHONE:tel2_pt>>

Thank you for seeing this <<AGE:age_pt>> year old {sexw_pt}, who came to Australia from {origin_pt} in {yr}, with poorly controlled type 2 diabetes. HbA1c was {hba1c}% on <<DATE:dmy_a>> despite {med1} and {med2}. eGFR {egfr}, urine ACR {acr} mg/mmol, BMI {bmi}.
{hec_pt} prefers to be called <<PERSON:nick_pt>> and is usually accompanied by {his_pt} daughter <<PERSON:full_dau>> (<<PHONE:tel_dau>>), who interprets from {lang_pt}. A Health Care Homes care plan was done with our practice nurse <<PERSON:full_rn1>> on <<DATE:dmy_b>>.
Past history: hypertension, fatty liver, right knee OA. No retinopathy on screening at <<ORG:clinic_c>> in {yr2}.

Kind regards,
Dr <<PERSON:full_dr1>>, FRACGP
""",
    "au_ward_handover": """NURSING HANDOVER (ISBAR) - <<ORG:hosp_a>>, {ward} - <<DATE:dmy_v>> 0700
Outgoing: <<PERSON:full_rn1>>, RN   Incoming: <<PERSON:first_rn2>> (CN), <<PERSON:full_rn3>>, EN

Bed <<ID:bed_pt>> - <<PERSON:alt_pt>>, <<AGE:age_pt>>{sex_pt}, UR <<ID:mrn_pt>>
S: admitted <<DATE:dmo_adm>> with CAP, day {dd} IV ceftriaxone. Overnight T {temp}, HR {hr}, BP {bp}, SpO2 {sat}% on 2 L NP.
B: lives with son <<PERSON:first_son>> in <<LOCATION:city_pt>>; speaks {lang_pt}, interpreter booked (TIS job <<ID:ref_tis>>).
A: sacral pressure area stage 1, falls risk high, pain {pain}/10.
R: chase sputum MCS (lab no. <<ID:acc_pt>>); family meeting at {time} with Dr <<PERSON:call_dr1>>.

Bed <<ID:bed_res1>> - <<PERSON:alt_res1>>, <<AGE:age_res1>>, UR <<ID:mrn_res1>>
S: #NOF day {pod} post hemiarthroplasty. Hb {hb}. NOK is niece <<PERSON:full_niece1>>, <<PHONE:tel_niece1>>.

Bed <<ID:bed_res2>> - <<PERSON:full_res2>> ("<<PERSON:nick_res2>>"), <<AGE:age_res2>>
S: CCF, furosemide infusion, weight {wt} kg, Na {na}. For RACF return to <<ORG:home_b>> when stable.

Escalation: MET call ext <<PHONE:ext_met>>; after hours via switch <<PHONE:otel_a>>. Dial 000 only outside the hospital.
""",
    "cn_intl_clinic_note": """<<ORG:clinic_a>> - Family Medicine Consultation
Date: <<DATE:dmon_v>> {time}   Provider: <<PERSON:full_dr1>>, MD   Interpreter: <<PERSON:full_st1>>
Patient: <<PERSON:full_pt>> ({sexw_pt}, DOB <<DATE:iso_dob>>, <<AGE:age_pt>> y)   ID/Passport: <<ID:nid_pt>>
MRN <<ID:mrn_pt>>   Insurer: Cigna Global, member no. <<ID:ins_pt>>   Mobile <<PHONE:tel_pt>>   WeChat ID <<ID:wx_pt>>
Employer: <<ORG:emp_a>> (HR: <<PERSON:full_emp1>>, <<EMAIL:email_emp1>>)

CC: fever for {dd} days, myalgia and retro-orbital pain after a trip to <<LOCATION:city_trip>> and Thailand.
HPI: lives at <<ADDRESS:addr_pt>>, <<LOCATION:city_pt>> with spouse <<PERSON:full_sp>>; no sick contacts at home. Colleague <<PERSON:full_c1>> had a similar illness last week.
Vitals: T {temp} C, HR {hr}, BP {bp}, SpO2 {sat}%.
Labs: WBC {wbc}, PLT {plt}, ALT {alt}, dengue NS1 {pos}, dengue IgM {pos2}, influenza A/B PCR {neg}.
Assessment: suspected dengue fever (A90); no warning signs.
Plan: oral fluids 2.5 L/day, paracetamol only (no NSAIDs), CBC again on <<DATE:md_fu>>. Notify the district CDC per protocol.
Patient reachable via spouse <<PHONE:tel_sp>> if phone off. Results will be posted to <<URL:portal_pt>>.
""",
    "cn_intl_insurance_preauth": """PRE-AUTHORISATION REQUEST - DIRECT BILLING
To: Claims Department, Allianz Care / MSH China   Fax <<PHONE:ofax_ins>>
From: <<ORG:hosp_a>>, <<ADDRESS:oaddr_a>>   Tel <<PHONE:otel_a>>
Case manager: <<PERSON:full_cm1>> (<<EMAIL:mail_a>>)   Date of request: <<DATE:dmy_v>>

Member: <<PERSON:upper_pt>>   DOB <<DATE:dmy_dob>>   Passport <<ID:pp_pt>>   Policy no. <<ID:pol_pt>>   Member ID <<ID:ins_pt>>
Policyholder/employer: <<ORG:emp_a>>   Dependant on policy: <<PERSON:full_sp>>
Planned admission: <<DATE:dmy_fu>>   Procedure: laparoscopic cholecystectomy (CPT 47562), LOS 2 nights, estimated cost CNY {amt}
Clinical summary: {ttl_pt} <<PERSON:call_pt>> has had 3 episodes of biliary colic since <<DATE:dmon_ons>>. Ultrasound on <<DATE:dmy_prev>>: multiple gallstones, CBD 5 mm. ALT {alt}, bilirubin 14 umol/L, lipase normal. BMI {bmi}.
Surgeon: Dr <<PERSON:full_dr1>> (licence <<ID:lic_dr1>>)   Anaesthetist: Dr <<PERSON:full_dr2>>
Please reply to <<EMAIL:mail_a>> or call <<PERSON:first_cm1>> on <<PHONE:tel_cm1>>. Member's mobile <<PHONE:tel2_pt>>.
""",
    "hk_ae_note": """HOSPITAL AUTHORITY - <<ORG:hosp_a>> Accident & Emergency Department
Attendance no. <<ID:case_pt>>   Triage Cat {cat} at {time}   <<DATE:dmy_v>>
Name: <<PERSON:upper_pt>>   HKID: <<ID:nid_pt>>   Sex/Age: {sex_pt}/<<AGE:age_pt>>
Contact: <<PHONE:tel_pt>>   Address: <<ADDRESS:addrfull_pt>>
Escort: domestic helper <<PERSON:full_mdw>> (<<PHONE:tel_mdw>>); daughter <<PERSON:west_dau>> informed by phone at {time2}.

C/O: fell from bed at home around 05:30, R hip pain, unable to weight bear. No LOC.
PMH: HT, DM on {med1}, AF on warfarin, INR {inr}. Old CMS: FU at <<ORG:clinic_b>>, last seen <<DATE:dmy_prev>>.
O/E: R leg shortened and externally rotated. GCS {gcs}. BP {bp}, P {hr}, SpO2 {sat}%.
Ix: XR R hip - displaced #NOF. Hb {hb}, Cr {cr}.
Dx: #NOF R (S72.00)
Mx: IV morphine 2 mg, admit Ortho via EMW, bed <<ID:bed_pt>>. Discussed with Dr <<PERSON:full_dr2>> (Ortho MO).
Seen by: Dr <<PERSON:init_dr1>> (AED)
""",
    "hk_helper_whatsapp": """[<<DATE:dmy2_v>> {time}] <<PERSON:first_mdw>>: Mam, Ah Ma <<PERSON:nick_pt>> vomit 2 times after lunch, temp {temp}. I give Panadol already?
[<<DATE:dmy2_v>> {time2}] <<PERSON:west_dau>>: Ok. Take her to <<ORG:clinic_a>>, bring her HKID and the green book. My brother <<PERSON:first_son>> can meet you there, his no. <<PHONE:tel_son>>
[<<DATE:dmy2_v>> {time3}] <<PERSON:first_mdw>>: Mam clinic say no more ticket today. Nurse <<PERSON:full_rn1>> say go A&E <<ORG:hosp_a>>
[<<DATE:dmy2_v>> {time4}] <<PERSON:west_dau>>: Ok go. Call 999 if she cannot walk. Tell them she is <<AGE:age_pt>>, allergic to penicillin, on {med1}
[<<DATE:dmy2_v>> {time5}] <<PERSON:first_son>>: I'm at <<ORG:hosp_a>> now. Triage cat {cat}. They ask her address, still <<ADDRESS:addr_pt>>, <<LOCATION:city_pt>>?
[<<DATE:dmy2_v>> {time6}] <<PERSON:west_dau>>: yes. Her old HA no. <<ID:mrn2_pt>>. Dr <<PERSON:sur_dr1>>'s clinic phone <<PHONE:otel_b>> if they need the med list
[<<DATE:dmy2_v>> {time7}] <<PERSON:first_mdw>>: Mam my agency <<ORG:agency_a>> ask if I can off this Sunday, {ttl_ag1} <<PERSON:first_ag1>> will call you <<PHONE:tel_ag1>>
""",
    "hk_rche_ward_round": """Community Geriatric Assessment Team - visit to <<ORG:home_a>>
<<ADDRESS:oaddr_a>>   Date: <<DATE:dmon_v>>
CGAT doctor: Dr <<PERSON:full_dr1>>   CGAT nurse: <<PERSON:full_rn1>>   Home in-charge: {ttl_st1} <<PERSON:full_st1>> (<<PHONE:otel_a>>)

1. <<PERSON:full_pt>>, <<AGE:age_pt>>{sex_pt}, HKID <<ID:nid2_pt>>, bed <<ID:bed_pt>>
   Advanced dementia, MMSE {mmse}/30 on <<DATE:dmy_prev>>, Barthel {barthel}. Poor intake, weight {wt} kg (down 3 kg). Albumin 29.
   Plan: thickened fluids (IDDSI level 2), SLP review. NOK daughter-in-law <<PERSON:full_dil1>> (<<PHONE:tel_dil1>>) agreed ACP meeting on <<DATE:dm_fu>>.
2. <<PERSON:full_res1>>, <<AGE:age_res1>>, bed <<ID:bed_res1>> - stage 3 sacral sore, swab MRSA, dressing per protocol.
3. <<PERSON:full_res2>>, <<AGE:age_res2>>, bed <<ID:bed_res2>> - fall on <<DATE:dmy_b>>, no injury; stop zopiclone.
4. <<PERSON:upper_res3>>, bed <<ID:bed_res3>>, HN <<ID:mrn_res3>> - DM, H'stix {glu}-{glu2}, reduce gliclazide to 40 mg.
Next visit in 4 weeks. Enquiries: CGAT office <<PHONE:otel_c>>.
""",
    "in_opd_referral": """<<ORG:hosp_a>>
Department of General Medicine - OPD Referral
UHID: <<ID:mrn_pt>>   ABHA: <<ID:abha_pt>>   Aadhaar: <<ID:nid_pt>>   OP No. <<ID:case_pt>>
Date: <<DATE:dmyd_v>>

To: Dr <<PERSON:init_dr2>>, MD (Pulmonology), <<ORG:hosp_b>>

Patient: <<PERSON:full_pt>>, <<AGE:age_pt>>/{sex_pt}, C/o <<PERSON:full_rel1>> (Ph <<PHONE:tel_rel1>>)
Address: <<ADDRESS:addrfull_pt>>   Mobile: <<PHONE:tel2_pt>>

Respected Sir/Madam,
Kindly see this patient with cough for 6 weeks, evening rise of temperature and weight loss (now {wt} kg). Sputum CBNAAT (lab no. <<ID:acc_pt>>): MTB detected, rifampicin resistance not detected. CXR: {cxr}. HIV {neg}, RBS {glu} mmol/L, Hb {hb} g/dL.
Notified on Ni-kshay, ID <<ID:tbno_pt>>; started {tbmed} on <<DATE:dmy_b>>. Household contacts: <<PERSON:full_sp>> (<<AGE:age_sp>>) and <<PERSON:first_son>> (<<AGE:age_son>>) - TPT advised.
Referred for evaluation of haemoptysis (~50 mL on <<DATE:dmo_ons>>).

Yours sincerely,
Dr <<PERSON:full_dr1>>, MBBS, MD
Reg. No. <<ID:lic_dr1>>   Ph: <<PHONE:otel_a>> Extn <<PHONE:ext_opd>>
""",
    "in_vaccination_card": """IMMUNISATION CARD - <<ORG:clinic_a>>
Child: <<PERSON:full_pt>>   DOB: <<DATE:dmy_dob>>   Sex: {sex_pt}   RCH ID: <<ID:vac_pt>>
Mother: <<PERSON:full_mum>>   Father: <<PERSON:full_dad>>   Mobile: <<PHONE:tel_mum>>
Address: <<ADDRESS:addr_pt>>, <<LOCATION:city_pt>>

Vaccine | Dose | Date | Batch | Given by
{vax1} | 0.5 mL IM | <<DATE:dmy_prev1>> | {lot1} | <<PERSON:init_hw1>>
{vax2} | 0.5 mL IM | <<DATE:dmy_prev2>> | {lot2} | <<PERSON:init_hw1>>
{vax3} | {ml} mL | <<DATE:dmy_v>> | {lot3} | ANM <<PERSON:first_hw2>>
Weight today {cwt} kg. AEFI: none observed in 30 min.
Next due: MR-2 + DPT booster on <<DATE:dmy_due>>.
ASHA: <<PERSON:full_hw3>> (<<PHONE:tel_hw3>>). Medical Officer: Dr <<PERSON:full_dr1>>.
""",
    "my_fomema_exam": """FOMEMA - FOREIGN WORKER MEDICAL EXAMINATION
Registered clinic: <<ORG:clinic_a>>   Examining doctor: Dr <<PERSON:full_dr1>> (MMC <<ID:lic_dr1>>)
Exam date: <<DATE:dmy_v>>   Worker ref.: <<ID:case_pt>>
Name (as passport): <<PERSON:upper_pt>>   Passport: <<ID:nid_pt>>   Permit: <<ID:wp_pt>>
Nationality: {origin_pt}   Sex: {sex_pt}   DOB: <<DATE:dmy_dob>>   Sector: plantation
Employer: <<ORG:emp_a>>, <<ADDRESS:oaddr_a>>   PIC: <<PERSON:full_emp1>> (<<PHONE:tel_emp1>>)
Agent: <<ORG:agency_a>> / <<PERSON:first_ag1>> <<PHONE:tel_ag1>>

History: no chronic illness declared. Worker speaks {lang_pt}; co-worker <<PERSON:full_mate1>> translated.
Exam: Ht {ht} cm, Wt {wt} kg, BP {bp}, pulse {hr}. Vision 6/9 both eyes.
Lab (<<ID:acc_pt>>): HIV {neg1}, VDRL {neg2}, HBsAg {neg3}, malaria BFMP {neg4}, urine opiates/cannabinoids negative, UPT {neg5}.
CXR (<<DATE:dmy_b>>): {cxr}.
Result: pending review by radiologist Dr <<PERSON:full_dr2>>.
Worker's phone in Malaysia: <<PHONE:tel_pt>>; hostel at <<ADDRESS:addr_pt>>, <<LOCATION:city_pt>>.
""",
    "my_insurance_preauth": """<<ORG:hosp_a>> - GUARANTEE LETTER REQUEST (ADMISSION)
To: TPA Medical Claims Unit / AIA Bhd   Fax: <<PHONE:ofax_tpa>>
Patient: <<PERSON:full_pt>>   NRIC: <<ID:nid_pt>>   Policy: <<ID:pol_pt>>   Medical card: <<ID:ins_pt>>
Admission: <<DATE:dmon_v>> {time}   Room {room}, bed <<ID:bed_pt>>
Attending: Dr <<PERSON:full_dr1>> (Consultant Cardiologist), MMC <<ID:lic_dr1>>
Provisional diagnosis: NSTEMI (I21.4). Troponin I {trop} ng/mL, ECG ST depression V4-V6.
Past: T2DM since {yr} on {dmmed}; hypertension on {htmed}. Ex-smoker 20 pack-years.
Plan: coronary angiogram +/- PCI on <<DATE:dmy_fu>>. Estimated bill RM {amt}.
Next of kin: <<PERSON:full_sp>> (spouse) <<PHONE:tel_sp>>, WhatsApp <<URL:wa_sp>>; son <<PERSON:first_son>> <<PHONE:tel_son>>.
Patient address: <<ADDRESS:addrfull_pt>>. Patient contact: <<PHONE:tel2_pt>>.
Prepared by: <<PERSON:full_clerk1>>, Patient Services Executive, ext <<PHONE:ext_a>>, <<EMAIL:mail_a>>
""",
    "my_klinik_kesihatan": """KLINIK KESIHATAN - REKOD PESAKIT LUAR / OUTPATIENT RECORD
<<ORG:clinic_a>>   Tarikh: <<DATE:dmy_v>>   No. Pendaftaran: <<ID:mrn_pt>>
Nama: <<PERSON:upper_pt>>   No. K/P: <<ID:nid2_pt>>   Umur: <<AGE:age_pt>>   Jantina: {sex_pt}
Alamat: <<ADDRESS:addrfull_pt>>   Tel: <<PHONE:tel2_pt>>
Accompanied by spouse <<PERSON:full_sp>> (tel <<PHONE:tel_sp>>).

S: fever and body ache x {dd} days, retro-orbital pain. Neighbour <<PERSON:first_c1>> in the same taman had dengue last week.
O: T {temp}, BP {bp}, HR {hr}. Tourniquet test positive. FBC: Hb {hb}, WBC {wbc}, Plt {pltd}, Hct {hct}.
A: Dengue fever without warning signs (A90), day {dd} of illness. NS1 {pos}.
P: Notified via e-Notifikasi, no. <<ID:case_pt>>. Home monitoring card given. Review at KK on <<DATE:dm_fu>>. MC {days} days from <<DATE:dmy_v>>.
Pegawai Perubatan: Dr <<PERSON:full_dr1>>   Jururawat: <<PERSON:first_rn1>>
""",
    "nz_gp_soap": """<<ORG:clinic_a>> - Consultation
<<DATE:dmy_v>> {time}   Seen by: <<PERSON:full_dr1>> (GP)   NHI: <<ID:nid_pt>>   PMS no. <<ID:mrn_pt>>
Patient: <<PERSON:full_pt>>, <<AGE:age_pt>> y, {sexw_pt}. Prefers "<<PERSON:nick_pt>>".
Whānau present: <<PERSON:full_sp>> (partner) and moko <<PERSON:first_gc1>>.

S: gout flare R 1st MTP since <<DATE:dmo_ons>>, third this year. Drinks 2-3 cans of fizzy a day. No fever.
O: T {temp}, BP {bp}, HR {hr}. Hot swollen R 1st MTP. Urate {urate} mmol/L (<<DATE:dmy_prev>>), eGFR {egfr}.
A: Acute gout (M10.07), undertreated.
P: colchicine 0.5 mg x 2 then 0.5 mg 12-hourly x 3 days; allopurinol uptitrate to 200 mg once flare settled.
   Gout programme pharmacist <<PERSON:full_pharm1>> to ring on <<PHONE:tel2_pt>>. Recall <<DATE:dmy_fu>>.
   Results visible in portal: <<URL:portal_pt>>
   Community nurse home visit if no transport: <<ADDRESS:addrfull_pt>>.
""",
    "nz_immunisation_message": """From: <<ORG:clinic_a>> <<EMAIL:mail_a>>
To: <<EMAIL:email_mum>>
Sent: <<DATE:dord_v>> {time}
Subject: Immunisations due for <<PERSON:first_pt>>

Kia ora <<PERSON:first_mum>>,

Our records show <<PERSON:full_pt>> (NHI <<ID:nid_pt>>, birthday <<DATE:dmo_dob>>) is due for {vax1} and {vax2}. The last vaccine given was {vax3} on <<DATE:dmy_prev>> (batch {lot}).
Our nurse <<PERSON:full_rn1>> runs immunisation clinics every week. Book online at <<URL:portal_pt>> or ring us on <<PHONE:otel_a>>. If you have moved from <<ADDRESS:addr_pt>>, please update your details so <<PERSON:first_pt>>'s records stay with us.
For health advice call Healthline (free, 24/7); in an emergency dial 111.

Ngā mihi,
<<PERSON:full_st1>>, Practice Administrator
<<ORG:clinic_a>> | <<ADDRESS:oaddr_a>>
""",
    "ph_philhealth_claim": """CLAIM FORM 2 (CF-2) - SUMMARY ATTACHMENT
Health Care Institution: <<ORG:hosp_a>>   PhilHealth accreditation no. H{accr}
Patient (Last name, First name): <<PERSON:alt_pt>>
PhilHealth Identification Number (PIN): <<ID:nid_pt>>   Member: <<PERSON:full_sp>> (spouse), PIN <<ID:nid_sp>>
Date admitted: <<DATE:mdy_adm>> {time}   Date discharged: <<DATE:mdy_v>> {time2}   Disposition: improved
Admitting diagnosis: Dengue fever with warning signs (A91). Platelet nadir {pltd} x10^9/L on <<DATE:mon_b>>; Hct {hct}%.
Case rate: A91 - PHP {amt}. No Balance Billing (NBB) eligible: yes.
Attending physician: <<PERSON:full_dr1>>, MD - PRC Lic. No. <<ID:lic_dr1>>
Certified correct: <<PERSON:full_st1>>, Billing Clerk, <<PHONE:otel_a>> / <<EMAIL:mail_a>>
Patient address: <<ADDRESS:addrfull_pt>>   Contact: <<PHONE:tel2_pt>>   Watcher: <<PERSON:nick_rel1>> (<<PHONE:tel_rel1>>, Messenger <<URL:fb_rel1>>)
Claim series no.: <<ID:claim_pt>>
""",
    "ph_tb_contact_tracing": """CITY HEALTH OFFICE - NTP / TB-DOTS
<<ORG:clinic_a>>
HOUSEHOLD CONTACT INVESTIGATION FORM
Index case: <<PERSON:upper_pt>>   Age/Sex: <<AGE:age_pt>>/{sex_pt}   PhilHealth PIN: <<ID:nid_pt>>
Address: <<ADDRESS:addrfull_pt>>
TB Case No.: <<ID:tbno_pt>>   Registered: <<DATE:mdy_ons>>   Xpert MTB/RIF: MTB detected, RIF resistance not detected. CXR {cxr}.
Contact nos. of index case / treatment partner: <<PHONE:tel2_pt>> / <<PHONE:tel_tp>> (<<PERSON:full_tp>>, BHW)

No. | Name | Age | Relationship | Symptoms | TST (mm) | Remarks
1 | <<PERSON:full_son>> | <<AGE:age_son>> | son | cough 2 wks | {tst1} | refer to <<ORG:hosp_b>>
2 | <<PERSON:full_sp>> | <<AGE:age_sp>> | spouse | none | {tst2} | CXR requested
3 | <<PERSON:full_gc1>> | <<AGE:age_gc1>> | grandchild | none | {tst3} | TPT started <<DATE:mdy_a>>
4 | <<PERSON:full_c1>> | <<AGE:age_c1>> | neighbour | night sweats | {tst4} | sputum x2
5 | <<PERSON:nick_c2>> (<<PERSON:full_c2>>) | <<AGE:age_c2>> | tricycle co-driver | none | {tst5} | declined
Interviewed by: <<PERSON:full_hw1>>, RN   Date: <<DATE:mdy_v>>
Noted by: Dr <<PERSON:full_dr1>>, City TB Coordinator
""",
    "sg_dengue_notification": """NOTIFICATION OF INFECTIOUS DISEASE (MD 131)
To: Communicable Diseases Division, MOH (via CDLENS)   Copy: NEA Environmental Public Health
Notifying doctor: Dr <<PERSON:full_dr1>> (MCR <<ID:lic_dr1>>), <<ORG:clinic_a>>, tel <<PHONE:otel_a>>
Date of notification: <<DATE:dmy_v>>   Disease: dengue fever (A90)   NS1 {pos} on <<DATE:dmy_ons>>, IgM {pos2}
Patient: <<PERSON:upper_pt>>   NRIC/FIN: <<ID:nid_pt>>   DOB: <<DATE:dmy_dob>>   Sex: {sex_pt}
Residential address: <<ADDRESS:addrfull_pt>>
Workplace/school: <<ORG:emp_a>>, <<ADDRESS:oaddr_a>>
Contact: <<PHONE:tel_pt>> (HP) / <<PHONE:land_pt>> (home)
Onset: <<DATE:dmy_ons>>. No travel in past 14 days. Son <<PERSON:first_son>> also febrile since <<DATE:dm_ons2>>.
Platelet {pltd} x10^9/L, Hct {hct}%. Referred to <<ORG:hosp_b>> ED.
Remarks: patient lives in an active cluster near <<LOCATION:dist_a>>. NEA officer <<PERSON:full_st1>> reached at <<PHONE:tel_st1>>.
Patient information sheet: {pub}
""",
    "sg_discharge_summary": """<<ORG:hosp_a>> - INPATIENT DISCHARGE SUMMARY
Name: <<PERSON:full_pt>>   NRIC: <<ID:nid2_pt>>   Case no.: <<ID:case_pt>>   MRN: <<ID:mrn_pt>>
Age: <<AGE:age_pt>>   Sex: {sex_pt}   Ward/Bed: {ward}/<<ID:bed_pt>>   Class: B2
Admission: <<DATE:dmy_adm>>   Discharge: <<DATE:dmy_v>>
Principal diagnosis: urosepsis (N39.0) with AKI. Secondary: T2DM, HTN, CKD {ckd}, dementia (MMSE {mmse}).
Progress: urine and blood cultures grew ESBL E. coli; IV ertapenem 1 g OD x {dur} days. Creatinine peaked at {cr}, now {cr2}.
Caregiver training done with FDW <<PERSON:full_mdw>> and daughter <<PERSON:full_dau>>.
Medications: {med1}; {med2}; {med3}
Follow-up: <<ORG:clinic_b>> in 2 weeks; Geriatric clinic <<DATE:dmon_fu>> (Dr <<PERSON:call_dr2>>).
Financial: MediShield Life claim ref <<ID:claim_pt>>; Medisave of son <<PERSON:full_son>> (NRIC <<ID:nid_son>>) used for S$ {amt}.
Discharging doctor: Dr <<PERSON:full_dr1>>. Enquiries: ward clerk <<PERSON:first_clerk1>>, <<PHONE:otel_a>> ext <<PHONE:ext_a>>.
""",
    "sg_family_whatsapp": """[<<DATE:dmy2_v>>, {time}] <<PERSON:first_dau>>: Dr, my {mum_pt} <<PERSON:nick_pt>> still cannot eat since yesterday, vomit 3x. BP machine show {bp}. Bring to A&E at <<ORG:hosp_a>> or wait for polyclinic appt on <<DATE:dm_fu>>?
[<<DATE:dmy2_v>>, {time2}] <<ORG:clinic_b>>: Hi, this is nurse <<PERSON:first_rn1>>. Pls bring {his_pt} IC (<<ID:nid2_pt>>) and medicine list. If still vomiting go A&E.
[<<DATE:dmy2_v>>, {time3}] <<PERSON:first_dau>>: ok thanks. my brother <<PERSON:first_son>> will drive, his no. <<PHONE:tel_son>>. {his_pt} helper <<PERSON:first_mdw>> coming also
[<<DATE:dmy2_v>>, {time4}] <<PERSON:first_son>>: Reached. Triage say P2, queue no. {q}. They ask for {his_pt} HP, I gave <<PHONE:tel2_pt>>
[<<DATE:dmy2_v>>, {time5}] <<PERSON:first_dau>>: Dr <<PERSON:call_dr1>> from polyclinic say can send referral to <<EMAIL:email_dau>>
[<<DATE:dmy2_v>>, {time6}] <<PERSON:first_son>>: Admitted {ward}, bed <<ID:bed_pt>>. Visiting 12-8pm. {kin_pt} say want to go home already lol
""",
    "sg_fw_medical_exam": """MOM SIX-MONTHLY MEDICAL EXAMINATION - WORK PERMIT HOLDER
Clinic: <<ORG:clinic_a>>   Date: <<DATE:dmy_v>>
Worker: <<PERSON:upper_pt>>   FIN: <<ID:nid_pt>>   WP No.: <<ID:wp_pt>>   Passport: <<ID:pp_pt>>
Nationality: {origin_pt}   DOB: <<DATE:dmyd_dob>>   Sector: construction
Employer: <<ORG:emp_a>> (UEN {uen})   Contact person: <<PERSON:full_emp1>>, <<PHONE:tel_emp1>>
Dormitory: <<ADDRESS:dorm_pt>>

CXR for TB: {cxr}. Syphilis (TPHA): {neg1}. HIV: {neg2}. BP {bp}, BMI {bmi}.
Room-mate <<PERSON:full_mate1>> (FIN <<ID:nid_mate1>>) was diagnosed with PTB on <<DATE:dmy_prev>>; worker referred to TB Control Unit for contact screening, IGRA {pos}.
Examined by Dr <<PERSON:full_dr1>> (MCR <<ID:lic_dr1>>). Results submitted via WP Online.
Worker's mobile <<PHONE:tel_pt>>; friend <<PERSON:nick_mate2>> ({lang_pt} interpreter) <<PHONE:tel_mate2>>.
""",
    "sg_mc_slip": """<<ORG:clinic_a>>
<<ADDRESS:oaddr_a>>   Tel: <<PHONE:otel_a>>
MEDICAL CERTIFICATE   No. <<ID:case_pt>>

This is to certify that <<PERSON:full_pt>> (NRIC/FIN <<ID:nid2_pt>>) is unfit for duty from <<DATE:dmon_v>> to <<DATE:dmon_mc>> inclusive ({days} days).
Diagnosis (with patient's consent): {dx}.

Dr <<PERSON:full_dr1>>   MBBS (S'pore)   MCR <<ID:lic_dr1>>
Verify this MC: <<URL:portal_pt>>   Issued <<DATE:dmy_v>> {time}
""",
    "sg_mdw_health_check": """SIX-MONTHLY MEDICAL EXAMINATION (6ME) FOR MIGRANT DOMESTIC WORKER
Clinic: <<ORG:clinic_a>>   Date of exam: <<DATE:dmy_v>>
MDW: <<PERSON:full_pt>>   FIN: <<ID:nid_pt>>   WP No.: <<ID:wp_pt>>   Nationality: {origin_pt}
Employer: {ttl_emp1} <<PERSON:full_emp1>>   NRIC <<ID:nid_emp1>>   HP <<PHONE:tel_emp1>>
Address of employment: <<ADDRESS:addrfull_pt>>
Employment agency: <<ORG:agency_a>> - officer <<PERSON:full_ag1>>, <<EMAIL:email_ag1>>

Pregnancy test: {neg1}   Syphilis: {neg2}   HIV: {neg3}   CXR (TB): {cxr}
Weight {wt} kg (previous 6ME on <<DATE:dmy_prev>>: {wt2} kg). BMI {bmi}.
Remarks: MDW is called "<<PERSON:nick_pt>>" by the family and cares for the employer's mother, Mdm <<PERSON:call_resf1>>, <<AGE:age_resf1>>.
Declared by Dr <<PERSON:full_dr1>>, MCR <<ID:lic_dr1>>. Submitted to MOM on <<DATE:dmy_v>>. MDW's own phone: <<PHONE:tel_pt>>.
""",
    "sg_polyclinic_soap": """<<ORG:clinic_a>> - Chronic Disease Management Programme
Visit: <<DATE:dmy_v>> {time}   Room {room}
Patient: <<PERSON:upper_pt>>   NRIC: <<ID:nid_pt>>   Age/Sex: <<AGE:age_pt>>/{sex_pt}
Accompanied by son <<PERSON:first_son>> (HP <<PHONE:tel_son>>), who translates {lang_pt}.

S: {ttl_pt} <<PERSON:call_pt>> c/o giddiness x {dur} days, worse on standing. No chest pain, no LOC. Son says the helper <<PERSON:full_mdw>> packs the pill box weekly.
O: BP {bp} sitting, {bp2} standing; HR {hr}; SpO2 {sat}%. HbA1c {hba1c}% (prev {hba1c2}% on <<DATE:dmon_prev>>), LDL {ldl}, eGFR {egfr}.
A: 1. T2DM (E11.9) suboptimal  2. HTN (I10) with postural drop  3. CKD stage {ckd}
P: reduce {med1}; continue {med2}. Medisave deduction S$ {amt} (CDMP), balance CHAS Blue.
   TCU <<DATE:dmo_fu>> with Dr <<PERSON:call_dr1>>'s team. Care coordinator <<PERSON:full_rn1>> will call <<PHONE:tel2_pt>> re foot screening.
Seen by: Dr <<PERSON:full_dr1>> (MCR <<ID:lic_dr1>>)
""",
    "sg_tb_contact_screening": """TB CONTROL UNIT - CONTACT INVESTIGATION
Index case: <<PERSON:full_pt>> (<<ID:nid_pt>>), smear {pos} PTB notified <<DATE:dmy_ons>>, case no. <<ID:tbno_pt>>
Case officer: <<PERSON:full_cm1>>, <<EMAIL:email_cm1>>, DID <<PHONE:land_cm1>>

Household contacts (<<ADDRESS:addr_pt>>):
- <<PERSON:full_sp>>, spouse, <<AGE:age_sp>> y, IGRA {pos1}, CXR {cxr1}
- <<PERSON:full_son>>, son, NRIC <<ID:nid_son>>, HP <<PHONE:tel_son>>, IGRA {pos2}
- <<PERSON:full_mdw>> (MDW), FIN <<ID:nid_mdw>>, IGRA {pos3}, for 3HP
Workplace contacts (<<ORG:emp_a>>):
- <<PERSON:full_c1>>, HP <<PHONE:tel_c1>>, TST {tst1} mm
- <<PERSON:full_c2>>, HP <<PHONE:tel_c2>>, TST {tst2} mm
- <<PERSON:full_c3>>, declined screening
Next review <<DATE:dmy_fu>> at TBCU. Index case reachable on <<PHONE:tel2_pt>>.
""",
}

ZH_BLIND8_TEMPLATES: dict[str, str] = {
    "cn_dengue_report": """登革热病例个案调查表
报告卡编号：<<ID:case_pt>>
患者姓名：<<PERSON:full_pt>>　性别：{sexzh_pt}　年龄：<<AGE:age_pt>>岁　身份证号：<<ID:nid_pt>>
现住址：<<ADDRESS:addrfull_pt>>　联系电话：<<PHONE:tel_pt>>
工作单位：<<ORG:emp_a>>
发病日期：<<DATE:zh_ons>>　就诊日期：<<DATE:zh_v>>　就诊单位：<<ORG:hosp_a>>
实验室检测：NS1抗原{pos}，IgM抗体{pos2}，血小板 {pltd}×10⁹/L，白细胞 {wbc}×10⁹/L
发病前14天活动地点：<<LOCATION:dist_a>>菜市场、<<LOCATION:dist_b>>公园；<<DATE:zhmd_ons2>>曾赴<<LOCATION:city_trip>>探亲，另有东南亚旅行史（泰国）。
同住人员：<<PERSON:full_sp>>（配偶，<<PHONE:tel_sp>>）、<<PERSON:full_dau>>（女儿），均无发热。
防蚊灭蚊：已对住所周边200米开展应急灭蚊，布雷图指数 {pct}。
报告医生：<<PERSON:full_dr1>>（<<PHONE:tel_dr1>>）
调查人：<<PERSON:full_hw1>>、<<PERSON:full_hw2>>（<<ORG:clinic_a>>）　调查时间：<<DATE:zh_v>> {time}
""",
    "cn_diagnosis_certificate": """<<ORG:hosp_a>>
诊 断 证 明 书
门诊号：<<ID:mrn_pt>>　　编号：<<ID:case_pt>>
姓名：<<PERSON:full_pt>>　性别：{sexzh_pt}　年龄：<<AGE:age_pt>>岁　身份证号：<<ID:nid_pt>>
工作单位：<<ORG:emp_a>>
就诊日期：<<DATE:zh_v>>　　科别：骨科
诊断：右桡骨远端骨折（S52.5）
建议：石膏外固定，全休 {dur} 天（自<<DATE:zhmd_v>>起），<<DATE:zhmd_fu>>门诊复查X线。
医师：<<PERSON:full_dr1>>（执业证书编码 <<ID:lic_dr1>>）　　科主任：<<PERSON:sur_dr2>>主任
（本证明仅供<<PERSON:sur_pt>>{xs_pt}向单位请假使用，涂改无效）
开具日期：<<DATE:zhn_v>>　（医院盖章）　医务科经办：<<PERSON:full_clerk1>>，<<PHONE:otel_a>>
""",
    "cn_discharge_summary": """<<ORG:hosp_a>>　出院小结
姓名：<<PERSON:full_pt>>　性别：{sexzh_pt}　年龄：<<AGE:age_pt>>岁　住院号：<<ID:mrn_pt>>　床号：<<ID:bed_pt>>
科室：老年医学科　入院日期：<<DATE:dash_adm>>　出院日期：<<DATE:dash_v>>
身份证号：<<ID:nid_pt>>　医保类型：城镇职工基本医疗保险　医保卡号：<<ID:ins_pt>>
入院诊断：1. 社区获得性肺炎　2. 2型糖尿病　3. 阿尔茨海默病
住院经过：患者因"咳嗽、发热{dd}天"入院，T {temp}℃，WBC {wbc}×10⁹/L，CRP {crp} mg/L，胸部CT：{cxr}。予哌拉西林他唑巴坦 4.5 g q8h 抗感染，{dur} 天后体温正常。
出院医嘱：1. {med1}　2. {med2}　3. {med3}　4. <<DATE:zhmd_fu>>老年医学科门诊复诊（<<PERSON:full_dr2>>主任）
家属：<<PERSON:full_son>>（儿子，<<PHONE:tel_son>>）、<<PERSON:full_dau>>（女儿）。护工<<PERSON:sur_cg1>>阿姨陪护。
住址：<<ADDRESS:addrfull_pt>>　联系电话：<<PHONE:tel_pt>>
经治医师：<<PERSON:full_dr1>>　上级医师：<<PERSON:full_dr2>>　护士长：<<PERSON:full_rn1>>　病区电话：<<PHONE:otel_a>>
""",
    "cn_emergency_record": """<<ORG:hosp_a>>　急诊病历
就诊时间：<<DATE:slash_v>> {time}　分诊级别：{cat}级　急诊号：<<ID:case_pt>>
患者：<<PERSON:full_pt>>，{sexzh_pt}，<<AGE:age_pt>>岁，身份证 <<ID:nid2_pt>>，电话 <<PHONE:tel2_pt>>
陪同：{ta_pt}的同事<<PERSON:full_c1>>（<<PHONE:tel_c1>>），工作单位<<ORG:emp_a>>。
主诉：重物砸伤左足伴疼痛、肿胀2小时。
现病史：今日 {time2} 在工地被钢管砸伤左足背，当即疼痛，不能行走，无昏迷。
既往史：体健，{yr}年行阑尾切除术。否认药物过敏。
查体：T {temp}℃，P {hr}次/分，BP {bp} mmHg，SpO₂ {sat}%。左足背肿胀，第2、3跖骨处压痛明显。
辅助检查：DR（检查号 <<ID:acc_pt>>）示左足第2、3跖骨骨折，断端轻度移位。
初步诊断：左足第2、3跖骨骨折
处理：石膏托固定，抬高患肢，已请骨科<<PERSON:full_dr2>>医生会诊。工伤事宜由单位安全员<<PERSON:sur_emp1>>{xs_emp1}负责，电话 <<PHONE:tel_emp1>>。
急诊医师：<<PERSON:full_dr1>>　分诊护士：<<PERSON:full_rn1>>
""",
    "cn_foreign_patient_note": """<<ORG:hosp_a>>　国际医疗部　门诊记录
日期：<<DATE:zh_v>>　　病历号：<<ID:mrn_pt>>
患者：<<PERSON:full_pt>>（<<PERSON:roman_pt>>），{sexzh_pt}，<<AGE:age_pt>>岁，国籍：{nat_pt}，护照号：<<ID:nid_pt>>
工作单位：<<ORG:emp_a>>　　居住地址：<<ADDRESS:addrfull_pt>>
联系电话：<<PHONE:tel_pt>>　邮箱：<<EMAIL:email_pt>>
陪同翻译：<<PERSON:full_st1>>（医务社工部）
主诉：反复上腹痛2周，进食后加重。
查体：腹软，剑突下轻压痛。BP {bp} mmHg，HR {hr}次/分。
辅助检查：¹³C呼气试验{pos}；血常规 Hb {hb} g/L。
诊断：幽门螺杆菌感染；慢性胃炎（K29.7）
处理：四联疗法14天；<<DATE:zhmd_fu>>复查呼气试验。商业保险直付，保单号 <<ID:pol_pt>>。
紧急联系人：配偶 <<PERSON:full_sp>>（<<PHONE:tel_sp>>）
医师：<<PERSON:full_dr1>>　复诊预约：<<PERSON:full_st2>>，<<PHONE:otel_a>>
""",
    "cn_inpatient_admission": """入院记录
<<ORG:hosp_a>>　心内科　<<ID:bed_pt>>床　住院号：<<ID:mrn_pt>>
姓名：<<PERSON:full_pt>>　性别：{sexzh_pt}　年龄：<<AGE:age_pt>>岁　出生日期：<<DATE:zh_dob>>
身份证号：<<ID:nid_pt>>　职业：退休
现住址：<<ADDRESS:addrfull_pt>>
联系人：<<PERSON:full_son>>（子）　电话：<<PHONE:tel_son>>
入院时间：<<DATE:zh_v>> {time}　病史陈述者：患者本人及其女<<PERSON:given_dau>>
主诉：反复胸闷{yrs}年，加重{days}天。
现病史：患者{yrs2}年前开始出现活动后胸闷，<<DATE:zhmd_ons>>起症状加重。曾于<<DATE:zh_prev>>在<<ORG:hosp_b>>行冠脉造影示前降支狭窄70%。
既往史：高血压病史{n}年，服用{med1}。
个人史：生于<<LOCATION:city_c>>，久居<<LOCATION:city_pt>>。吸烟{n2}0年，已戒。
婚育史：配偶<<PERSON:full_sp>>体健。
体格检查：T {temp}℃，P {hr}次/分，R {rr}次/分，BP {bp} mmHg。
实验室检查：肌钙蛋白I {trop} ng/mL，LDL-C {ldl} mmol/L，肌酐 {cr} μmol/L。
初步诊断：冠状动脉粥样硬化性心脏病，不稳定型心绞痛
记录医师：<<PERSON:full_dr1>>　主治医师：<<PERSON:full_dr2>>　主任医师：<<PERSON:full_dr3>>　责任护士：<<PERSON:full_rn1>>
""",
    "cn_insurance_claim": """商业医疗保险理赔申请书
保单号：<<ID:pol_pt>>　　报案号：<<ID:claim_pt>>
被保险人：<<PERSON:full_pt>>　证件类型：居民身份证　证件号码：<<ID:nid_pt>>
出生日期：<<DATE:iso_dob>>　联系电话：<<PHONE:tel2_pt>>　电子邮箱：<<EMAIL:email_pt>>
通讯地址：<<ADDRESS:addrfull_pt>>
出险日期：<<DATE:zh_ons>>　就诊医院：<<ORG:hosp_a>>　住院号：<<ID:mrn_pt>>
出险经过：骑电动车摔伤致右锁骨骨折，行切开复位内固定术，住院{dur}天。
申请金额：人民币 {amt} 元（医保统筹已支付 {amt2} 元）
领款账户：<<ID:acct_pt>>（户名同被保险人）
申请人签名：<<PERSON:full_pt>>　日期：<<DATE:zh_v>>
代办人：<<PERSON:full_rel1>>（亲属）　电话：<<PHONE:tel_rel1>>　身份证号：<<ID:nid_rel1>>
理赔专员：<<PERSON:full_st1>>（<<PHONE:tel_st1>>）　主治医生：<<PERSON:full_dr1>>
""",
    "cn_outpatient_record": """<<ORG:clinic_a>>　门诊病历
<<DATE:slash_v>> {time}　全科门诊　门诊号 <<ID:mrn_pt>>
<<PERSON:full_pt>>　{sexzh_pt}　<<AGE:age_pt>>岁　身份证 <<ID:nid_pt>>　医保卡 <<ID:ins_pt>>
主诉：头晕伴血压控制不佳1月。
现病史：近1月自测血压 {bp} mmHg 左右，晨起头晕，无胸痛。
既往史：2型糖尿病{n}年，口服{med1}。
查体：BP {bp2} mmHg，HR {hr}次/分，双下肢无水肿。
辅助检查：空腹血糖 {glu} mmol/L，HbA1c {hba1c}%，肌酐 {cr} μmol/L，尿微量白蛋白/肌酐 {acr} mg/mmol。
诊断：原发性高血压2级（很高危）；2型糖尿病（E11.9）
处理：1. 加用{med2}　2. 家庭医生签约，签约医生<<PERSON:full_dr1>>，团队护士<<PERSON:full_rn1>>（<<PHONE:tel_rn1>>）　3. <<DATE:zhmd_fu>>复诊
备注：患者女儿<<PERSON:nick_dau>>代为取药，联系电话 <<PHONE:tel_dau>>。
接诊医生：<<PERSON:full_dr2>>　调配药师：<<PERSON:full_pharm1>>
""",
    "cn_referral_compatriot": """双向转诊单（转出）
转出单位：<<ORG:clinic_a>>　　转入单位：<<ORG:hosp_b>>
患者姓名：<<PERSON:full_pt>>（<<PERSON:roman_pt>>）　性别：{sexzh_pt}　年龄：<<AGE:age_pt>>岁
证件：港澳居民来往内地通行证 <<ID:hrp_pt>>；港澳台居民居住证 <<ID:rp_pt>>；香港身份证 <<ID:nid2_pt>>
内地住址：<<ADDRESS:addrfull_sz>>
香港住址：<<ADDRESS:addrfull_pt>>
联系电话：<<PHONE:tel_pt>>（香港）／<<PHONE:tel_sz>>（内地）
初步诊断：冠心病，不稳定型心绞痛；高血压3级
转诊原因：需行冠脉介入治疗，患者及家属要求转上级医院。
病情摘要：<<DATE:zhmd_ons>>起活动后胸痛，心电图 V1–V4 ST段压低，肌钙蛋白I {trop} ng/mL。
家属：<<PERSON:engfull_sp>>（配偶，<<PHONE:tel_sp>>）
转诊医生：<<PERSON:full_dr1>>　联系电话：<<PHONE:otel_a>> 转 <<PHONE:ext_a>>
转诊日期：<<DATE:zh_v>>　转诊编号：<<ID:ref_pt>>
""",
    "cn_tb_contacts": """肺结核患者密切接触者筛查登记表
报告单位：<<ORG:clinic_a>>　　结核病定点医院：<<ORG:hosp_b>>
指示病例：<<PERSON:full_pt>>，{sexzh_pt}，<<AGE:age_pt>>岁，身份证号 <<ID:nid_pt>>，登记号 <<ID:tbno_pt>>
现住址：<<ADDRESS:addrfull_pt>>　联系电话：<<PHONE:tel_pt>>
确诊日期：<<DATE:zh_ons>>　痰涂片{pos}，GeneXpert MTB 阳性／利福平敏感；治疗方案：{tbmed}

序号｜姓名｜关系｜年龄｜身份证号｜联系电话｜症状｜PPD（mm）｜胸片
1｜<<PERSON:full_sp>>｜配偶｜<<AGE:age_sp>>｜<<ID:nid_sp>>｜<<PHONE:tel_sp>>｜无｜{tst1}｜{cxr1}
2｜<<PERSON:full_son>>｜子｜<<AGE:age_son>>｜<<ID:nid_son>>｜<<PHONE:tel_son>>｜咳嗽2周｜{tst2}｜{cxr2}
3｜<<PERSON:full_c1>>｜同事｜<<AGE:age_c1>>｜<<ID:nid_c1>>｜<<PHONE:tel_c1>>｜无｜{tst3}｜未见异常
4｜<<PERSON:full_c2>>｜同宿舍｜<<AGE:age_c2>>｜<<ID:nid_c2>>｜<<PHONE:tel_c2>>｜低热｜{tst4}｜待查
5｜<<PERSON:full_c3>>｜邻居｜<<AGE:age_c3>>｜<<ID:nid_c3>>｜<<PHONE:tel_c3>>｜无｜{tst5}｜未查
调查人：<<PERSON:full_hw1>>　审核：<<PERSON:full_dr1>>　调查日期：<<DATE:zh_v>>
""",
    "cn_vaccination_record": """预防接种证（电子）　接种证编号：<<ID:vac_pt>>
儿童姓名：<<PERSON:full_pt>>　性别：{sexzh_pt}　出生日期：<<DATE:zh_dob>>
身份证号：<<ID:nid_pt>>
监护人：<<PERSON:full_mum>>（母亲，身份证 <<ID:nid_mum>>）　<<PERSON:full_dad>>（父亲，<<PHONE:tel_dad>>）　联系电话：<<PHONE:tel_mum>>
家庭住址：<<ADDRESS:addrfull_pt>>
接种单位：<<ORG:clinic_a>>预防接种门诊

疫苗名称｜剂次｜接种日期｜批号｜生产企业｜接种医生
{vax1}｜第1剂｜<<DATE:slash_prev1>>｜{lot1}｜{mfr1}｜<<PERSON:full_rn1>>
{vax2}｜第2剂｜<<DATE:slash_prev2>>｜{lot2}｜{mfr2}｜<<PERSON:full_rn1>>
{vax3}｜加强｜<<DATE:slash_v>>｜{lot3}｜{mfr3}｜<<PERSON:full_rn2>>
留观30分钟无异常反应。下次接种：<<DATE:zh_due>>
入托入学查验单位：<<ORG:school_a>>
""",
    "cn_wechat_family": """【家属微信聊天记录（转录）】
<<PERSON:nick_dau>>：<<DATE:zhmd_v>> {time} <<PERSON:sur_dr1>>医生您好，我是<<PERSON:full_pt>>的女儿，我{ma_pt}今天量血压 {bp}，说头晕。
<<PERSON:sur_dr1>>医生：先别慌，老人家今年<<AGE:age_pt>>了，{med1}照常吃了吗？
<<PERSON:nick_dau>>：吃了。我哥<<PERSON:given_son>>下午带去<<ORG:hosp_a>>，挂号用医保卡 <<ID:ins_pt>>。
<<PERSON:sur_dr1>>医生：好，到了找急诊的<<PERSON:full_dr2>>，我打过招呼了，手机 <<PHONE:tel_dr2>>。
<<PERSON:given_son>>：到了，排队号 {q}。护士要身份证号，是 <<ID:nid_pt>> 吧？
<<PERSON:nick_dau>>：对。地址填<<ADDRESS:addrfull_pt>>。我微信号 <<ID:wx_dau>>，有事加我。
<<PERSON:sur_dr1>>医生：化验结果出来后可在公众号查看：<<URL:portal_pt>>
<<PERSON:full_gs>>：我在外地赶不回来，医院总机<<PHONE:otel_a>>我存好了，有事打我<<PHONE:tel_gs>>。
""",
    "hk_ae_record": """醫院管理局　<<ORG:hosp_a>>　急症科
求診編號：<<ID:case_pt>>　分流類別：第{cat}類　日期：<<DATE:dmy_v>>
姓名：<<PERSON:full_pt>>（<<PERSON:roman_pt>>）　香港身份證：<<ID:nid_pt>>　年齡：<<AGE:age_pt>>　性別：{sexzh_pt}
電話：<<PHONE:tel_pt>>　地址：<<ADDRESS:addrfull_pt>>
陪同：外傭 <<PERSON:full_fdh>>（<<PHONE:tel_fdh>>）；兒子<<PERSON:engfull_son>>已獲通知。
主訴：今早氣促、咳嗽有痰三日，發燒。
檢查：BP {bp}，P {hr}，T {temp}°C，SpO2 {sat}%（室內空氣），GCS {gcs}，H'stix {glu}
胸肺X光：{cxrt}
診斷：肺炎（J18.9）
處理：IV Augmentin 1.2 g，收入內科病房，床號 <<ID:bed_pt>>。已通知<<PERSON:sur_dr2>>醫生（內科）。
分流護士：<<PERSON:full_rn1>>　醫務社工：<<PERSON:full_sw1>>（<<PHONE:otel_b>>）
主診醫生：<<PERSON:full_dr1>>
""",
    "hk_discharge_rche": """出院摘要（致安老院舍）
<<ORG:hosp_a>>　內科及老人科
病人：<<PERSON:full_pt>>　<<PERSON:roman_pt>>　HKID <<ID:nid2_pt>>　HN <<ID:mrn_pt>>
年齡：<<AGE:agezh_pt>>歲　入院：<<DATE:dmy_adm>>　出院：<<DATE:dmy_v>>
院舍：<<ORG:home_a>>（<<ADDRESS:oaddr_a>>，電話 <<PHONE:otel_a>>），院舍主管<<PERSON:full_gn1>>姑娘
診斷：1. 吸入性肺炎　2. 柏金遜症　3. 認知障礙症
住院經過：入院時 T {temp}°C，WBC {wbc}，CRP {crp}。言語治療師建議稠度 2 級流質。
出院藥物：{medt1}；{medt2}；{medt3}
覆診：<<DATE:dmy_fu>> 老人科專科門診（<<PERSON:sur_dr2>>醫生）；社區老人評估小組<<PERSON:full_gn2>>姑娘會到院舍跟進。
家屬：女兒<<PERSON:engfull_dau>>（<<PHONE:tel_dau>>）、外甥<<PERSON:full_rel1>>
醫生：<<PERSON:full_dr1>>（註冊編號 <<ID:lic_dr1>>）
""",
    "hk_fdh_medical": """外籍家庭傭工　體格檢查報告
診所：<<ORG:clinic_a>>　檢查日期：<<DATE:dmy_v>>
傭工姓名：<<PERSON:full_pt>>　國籍：{nat_pt}　香港身份證：<<ID:nid_pt>>　護照：<<ID:pp_pt>>
僱主：<<PERSON:engfull_emp1>>{xs_emp1}　電話：<<PHONE:tel_emp1>>
工作地址：<<ADDRESS:addrfull_pt>>
僱傭中心：<<ORG:agency_a>>（職員 <<PERSON:eng_ag1>>，<<PHONE:otel_ag1>>）
檢查項目：胸肺X光 {cxrt}；乙型肝炎表面抗原 {post}；梅毒 {post2}；驗孕 {post3}；血壓 {bp}
同鄉 <<PERSON:full_mate1>> 陪同翻譯（<<PHONE:tel_mate1>>）。
傭工手提電話：<<PHONE:tel_pt>>　診所護士：<<PERSON:full_rn1>>
醫生：<<PERSON:full_dr1>>（註冊編號 <<ID:lic_dr1>>）
""",
    "hk_whatsapp_family": """[<<DATE:dmy_v>> {time}] <<PERSON:eng_gd>>: 阿嫲今朝又唔肯食藥，佢話頭暈，量咗血壓 {bp}。
[{time2}] <<PERSON:eng_gs>>: 唔該你帶佢去<<ORG:clinic_a>>睇吓先，我放工過嚟。佢張身份證 <<ID:nid2_pt>> 喺抽屜。
[{time3}] <<PERSON:eng_gd>>: 工人姐姐<<PERSON:first_fdh>>話佢琴晚跌咗一跤。診所話冇籌，叫我哋去<<ORG:hosp_a>>急症。
[{time4}] <<PERSON:eng_gs>>: 我同<<PERSON:full_dr1>>醫生講咗，佢話入院先。阿嫲今年<<AGE:agezh_pt>>歲，好易脫水。
[{time5}] <<PERSON:eng_gd>>: 到咗，分流第{cat}類。護士問地址，我寫咗<<ADDRESS:addr_pt>>。佢哋要阿嫲電話，我畀咗<<PHONE:tel2_pt>>。
[{time6}] <<PERSON:eng_gs>>: 唔該晒。我打俾姑媽<<PERSON:nick_dau>>，佢電話 <<PHONE:tel_dau>>。
[{time7}] <<PERSON:eng_gd>>: HA Go 有覆診紀錄：<<URL:portal_pt>>
""",
    "mo_health_centre_note": """<<ORG:clinic_a>>　門診紀錄
日期：<<DATE:slash_v>>　病歷號：<<ID:mrn_pt>>
姓名：<<PERSON:full_pt>>（<<PERSON:roman_pt>>）　澳門居民身份證：<<ID:nid_pt>>　年齡：<<AGE:age_pt>>
電話：<<PHONE:tel_pt>>　住址：<<ADDRESS:addrfull_pt>>
主訴：口渴、多尿兩個月，體重下降 3 kg。
檢查：BP {bp}，BMI {bmi}，空腹血糖 {glu} mmol/L，HbA1c {hba1c}%。
評估：第二型糖尿病控制欠佳
處理：{medt1}；轉介<<ORG:hosp_a>>內分泌科；營養師<<PERSON:full_st1>>跟進飲食。
家人：配偶<<PERSON:full_sp>>（<<PHONE:tel_sp>>）
護士：<<PERSON:full_rn1>>　預約電話：<<PHONE:otel_a>>
醫生：<<PERSON:full_dr1>>（<<ID:lic_dr1>>）
""",
    "mo_referral_letter": """轉介信
<<ORG:clinic_a>>　致　<<ORG:hosp_b>> 老人科
日期：<<DATE:zh_v>>
病人：<<PERSON:full_pt>>，{sexzh_pt}，<<AGE:age_pt>>歲，澳門居民身份證 <<ID:nid2_pt>>，病歷號 <<ID:mrn_pt>>
住址：<<ADDRESS:addr_pt>>（<<LOCATION:city_pt>>）　聯絡電話：<<PHONE:land_pt>>
敬啟者：
上述病人近三個月記憶力明顯衰退，MMSE {mmse}/30，常在<<LOCATION:dist_a>>街市迷路，曾由治安警察局協助尋回。日常由女兒<<PERSON:full_dau>>（<<PHONE:tel_dau>>）及外傭<<PERSON:full_fdh>>照顧，社工<<PERSON:full_sw1>>（<<PHONE:tel_sw1>>）定期家訪。
現用藥物：{medt1}；{medt2}
懇請貴科評估認知障礙症並跟進。
此致
<<PERSON:full_dr1>>醫生　<<ORG:clinic_a>>　電話 <<PHONE:otel_a>>
""",
    "tw_dengue_investigation": """登革熱疑似病例　疫情調查表
通報編號：<<ID:case_pt>>　通報日期：<<DATE:rocs_v>>
個案姓名：<<PERSON:full_pt>>　身分證字號：<<ID:nid_pt>>　出生日期：<<DATE:rocs_dob>>　年齡：<<AGE:age_pt>>
居住地址：<<ADDRESS:addrfull_pt>>　手機：<<PHONE:tel_pt>>
工作地點：<<ORG:emp_a>>（<<ADDRESS:oaddr_a>>）
發病日：<<DATE:roc_ons>>　NS1：{post}　就醫：<<ORG:clinic_a>> → <<ORG:hosp_b>>
發病前14天活動史：<<LOCATION:dist_a>>黃昏市場、<<LOCATION:dist_b>>公園、宮廟。
同住家人：<<PERSON:full_sp>>（<<PHONE:tel_sp>>）、<<PERSON:full_son>>、外籍看護<<PERSON:full_cg1>>
孳生源清除：住家周圍積水容器 {n} 個，已清除。
調查人員：<<PERSON:full_hw1>>（衛生所護理師）、<<PERSON:full_hw2>>　聯絡：<<PHONE:otel_b>> 分機 <<PHONE:ext_b>>
""",
    "tw_foreign_caregiver_exam": """受聘僱外國人健康檢查證明（聘僱後第6個月）
指定醫院：<<ORG:hosp_a>>　檢查日期：<<DATE:roc_v>>
受檢者：<<PERSON:full_pt>>　國籍：{nat_pt}　居留證號：<<ID:nid_pt>>　護照號碼：<<ID:pp_pt>>
雇主：<<PERSON:full_emp1>>　雇主身分證字號：<<ID:nid_emp1>>　電話：<<PHONE:land_emp1>>
被看護者：<<PERSON:full_res1>>（<<AGE:age_res1>>歲，巴氏量表 {adl} 分）
工作地址：<<ADDRESS:addrfull_pt>>
仲介公司：<<ORG:agency_a>>　聯絡人：<<PERSON:full_ag1>>　<<PHONE:tel_ag1>>　LINE：<<ID:lineid_ag1>>
檢驗編號：<<ID:acc_pt>>
檢查結果：胸部X光 {cxrt}；梅毒血清 {post}；腸道寄生蟲糞便檢查 {post2}；麻疹抗體 {post3}
判定：合格
檢查醫師：<<PERSON:full_dr1>>醫師　證書字號 <<ID:lic_dr1>>
""",
    "tw_line_family": """【LINE 群組「阿嬤照顧小組」】
<<DATE:slash_v>>（{wk}）
{time} <<PERSON:nick_dau>>：阿嬤今天早上血糖 {glumg}，有點高
{time2} <<PERSON:given_son>>：我下午請假載阿嬤去<<ORG:clinic_a>>，健保卡在誰那？
{time3} <<PERSON:nick_dau>>：在看護<<PERSON:first_cg1>>那邊。阿嬤的身分證 <<ID:nid2_pt>>，掛號要用
{time4} <<PERSON:full_gs>>：我問了<<PERSON:sur_dr1>>醫師，他說血糖超過300就直接去<<ORG:hosp_a>>急診
{time5} <<PERSON:given_son>>：好。居服督導<<PERSON:full_cm1>>說長照複評改到<<DATE:zhmd_fu>>，要填阿嬤地址<<ADDRESS:addr_pt>>跟家裡電話<<PHONE:land_pt>>
{time6} <<PERSON:nick_dau>>：阿嬤說她都<<AGE:agezh_pt>>歲了不想再打針 😅
""",
    "tw_ltc_visit": """長期照顧　個案管理訪視紀錄
A單位：<<ORG:home_a>>　個管師：<<PERSON:full_cm1>>（<<PHONE:tel_cm1>>）
個案：<<PERSON:full_pt>>　身分證字號：<<ID:nid_pt>>　出生：<<DATE:roc_dob>>（<<AGE:age_pt>>歲）
長照需要等級：CMS 第{cms}級　福利身分：一般戶
地址：<<ADDRESS:addrfull_pt>>
主要照顧者：<<PERSON:full_son>>（子），電話 <<PHONE:tel_son>>，LINE <<URL:line_son>>；外籍看護 <<PERSON:full_cg1>>（居留證 <<ID:arc_cg1>>）
訪視日期：<<DATE:roc_v>>
評估：ADL（巴氏量表）{adl}分，IADL {iadl}分，SPMSQ 錯{err}題；右側偏癱，可扶助行器行走。
照顧計畫：居家服務每週{n}次（居服員<<PERSON:full_sw1>>），居家復能由治療師<<PERSON:full_physio1>>執行，交通接送至<<ORG:hosp_a>>復健科，輔具補助（輪椅、氣墊床）。
下次訪視：<<DATE:rocs_fu>>
""",
    "tw_nhi_preauth": """全民健康保險　藥品事前審查申請書
保險對象：<<PERSON:full_pt>>　身分證號：<<ID:nid_pt>>　健保卡號：<<ID:nhi_pt>>
出生日期：<<DATE:rocs_dob>>　病歷號碼：<<ID:mrn_pt>>
申請醫院：<<ORG:hosp_a>>（醫事機構代號 {hid}）
申請項目：Adalimumab 40 mg Q2W（類風濕性關節炎，M05.79），DAS28 {das}
病史摘要：自<<DATE:roc_hx>>起使用 MTX 15 mg/週及 HCQ 200 mg/日逾6個月，仍有 {n} 處關節腫脹；ESR {pct} mm/hr，CRP {crp} mg/L。
主治醫師：<<PERSON:full_dr1>>（醫師證書 <<ID:lic_dr1>>）　臨床藥師：<<PERSON:full_pharm1>>
聯絡人：<<PERSON:full_clerk1>>　電話：<<PHONE:otel_a>> 分機 <<PHONE:ext_a>>
申請日期：<<DATE:roc_v>>
""",
    "tw_outpatient_note": """<<ORG:clinic_a>>　門診病歷
就診日期：<<DATE:rocs_v>>　病歷號：<<ID:mrn_pt>>　健保卡號：<<ID:nhi_pt>>
姓名：<<PERSON:full_pt>>　性別：{sexzh_pt}　年齡：<<AGE:age_pt>>　身分證：<<ID:nid2_pt>>
S：咳嗽、流鼻水 {days} 天，喉嚨痛，無發燒。
O：T {temp}°C，BP {bp}，咽部紅腫，肺音清。
A：{dxt}
P：{medt1} × 3 天；多喝水；若發燒超過三天請回診。回診日 <<DATE:rocs_fu>>。
轉介：<<ORG:hosp_a>>（<<PERSON:full_dr2>>醫師）
陪同：配偶<<PERSON:full_sp>>　聯絡電話：<<PHONE:tel2_pt>>
醫師：<<PERSON:full_dr1>>　跟診護理師：<<PERSON:full_rn1>>
""",
}

_EN_SPECS: Final[dict[str, _Spec]] = {
    "au_discharge_summary": _Spec(band="old"),
    "au_ward_handover": _Spec(band="old"),
    "cn_intl_clinic_note": _Spec(styles=("py", "py", "wes", "kor", "jpn"), band="adult"),
    "cn_intl_insurance_preauth": _Spec(styles=("wes", "kor", "jpn", "py"), band="adult"),
    "hk_ae_note": _Spec(styles=("hkc",), band="old"),
    "hk_helper_whatsapp": _Spec(styles=("hkc",), band="old", female=1.0),
    "hk_rche_ward_round": _Spec(styles=("hkc",), band="old"),
    "in_vaccination_card": _Spec(band="child"),
    "my_fomema_exam": _Spec(styles=("indo", "ban", "mya", "fil"), band="worker"),
    "sg_dengue_notification": _Spec(band="adult"),
    "sg_discharge_summary": _Spec(band="old"),
    "sg_family_whatsapp": _Spec(band="old"),
    "sg_fw_medical_exam": _Spec(styles=("ban", "ban", "ind", "mya", "py"), band="worker", female=0.1),
    "sg_mc_slip": _Spec(band="adult"),
    "sg_mdw_health_check": _Spec(styles=("fil", "indo", "mya"), band="worker", female=1.0),
    "sg_polyclinic_soap": _Spec(band="old"),
    "nz_immunisation_message": _Spec(band="child"),
}
_ZH_SPECS: Final[dict[str, _Spec]] = {
    "cn_diagnosis_certificate": _Spec(band="adult"),
    "cn_discharge_summary": _Spec(band="old"),
    "cn_emergency_record": _Spec(band="adult"),
    "cn_insurance_claim": _Spec(band="adult"),
    "cn_foreign_patient_note": _Spec(styles=("fx",), band="adult"),
    "cn_inpatient_admission": _Spec(band="old"),
    "cn_referral_compatriot": _Spec(home="hk", styles=("hk",), band="adult"),
    "cn_vaccination_record": _Spec(band="child"),
    "cn_wechat_family": _Spec(band="old"),
    "hk_ae_record": _Spec(styles=("hk",), band="old"),
    "hk_discharge_rche": _Spec(styles=("hk",), band="old"),
    "hk_fdh_medical": _Spec(styles=("fwl",), band="worker", female=1.0),
    "hk_whatsapp_family": _Spec(styles=("hk",), band="old", female=1.0),
    "mo_referral_letter": _Spec(styles=("mo",), band="old"),
    "tw_foreign_caregiver_exam": _Spec(styles=("fwl",), band="worker", female=0.8),
    "tw_line_family": _Spec(styles=("tw",), band="old", female=1.0),
    "tw_ltc_visit": _Spec(styles=("tw",), band="old"),
}
