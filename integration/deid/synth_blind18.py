# ruff: noqa: E501
"""Blind evaluation set 18: messages and machines between people.

Theme: text that passes between people through machines -- patient-portal messages, secure staff
chat and pager/bleep logs, SMS appointment reminders and the replies to them, e-mail threads with
signatures and quoted replies, call-centre and nurse-triage-line transcripts, telehealth visit
notes, OCR of scanned faxes and handwritten forms (with recognition errors), voicemail
transcriptions, after-hours answering-service messages, and text typed in a hurry (no capitals,
typos, abbreviations, emojis). English notes are set in the US, the UK, India, Ireland and Canada;
Chinese notes in mainland China (互联网医院问诊、微信随访、短信提醒、12320热线、护士站交班群、传真件OCR、
语音留言、钉钉工作群、患者留言板).

Written blind: the author saw only ``synth.py`` (the template format, ``render``,
``cn_resident_id``), ``model.py`` and the structure test, never the de-identifier, its
recognisers, word lists or benchmarks. **Do not tune the de-identifier against these templates**;
look only at aggregate figures.

Gold conventions (those of ``synth.py``): ``<<KIND:key>>`` is a gold span, ``{key}`` is filler.

* PERSON: every person's name in any form (patients, relatives, staff, callers, anyone), including
  first-name-only, surname-only, initials ("JO"), lower-case, ALL-CAPS, possessive stems, mistyped
  and OCR-garbled forms and chat handles built from a name. Titles and roles stay outside (Dr, Mr,
  Mrs, Sr, RN, MD, 医生, 护士, 主任, 老师, 阿姨); the 老/小 prefix of a surname stays outside (in 老王 and
  小李 only 王 and 李 are gold), while a nickname built on a given-name character (小娟, 阿芳, 娟娟) is one span.
* ID: record/hospital/NHS/UHID/health-card numbers, staff, badge, licence and registration numbers,
  case/claim/order/referral/ticket/reference numbers, specimen and accession numbers, device
  serials, insurance and policy numbers, meeting IDs, IP addresses, WeChat/QQ account IDs, courier
  waybills; 住院号、门诊号、床号 (the bed number alone)、医保号、病案号、工单号、问诊单号 and the like.
  Each Chinese record holds exactly one 18-digit resident ID, the patient's.
* PHONE: phone, mobile, pager and fax numbers in any national format, an extension included in
  the span; short public service numbers (911, 999, 112, 120, 12320) are not gold.
* EMAIL, URL: the whole address.
* ADDRESS: a street address (the whole line, city and postcode included).
* LOCATION: a city, town or district named on its own; countries, states, provinces, counties
  and regions are not gold.
* DATE: any date with a day or a month, in any form (spoken, OCR-garbled, "the 21st", 3月14号);
  times, weekdays, "today" and bare years are not gold.
* AGE: only ages of 90 or more (digits, English words or Chinese numerals); younger ages are
  rendered but not gold.
* ORG: named local facilities and firms (hospitals, practices, pharmacies, labs, answering
  services, insurers, employers, couriers). National programmes and apps (NHS 111, HSE,
  eSanjeevani, 12320, 微信, 钉钉) are not gold; drugs, doses, scores and lab values are not gold.

``known`` holds what the patient's record would hold: name parts, record number(s), the resident
ID (Chinese), phone, address, birth date (ISO) and e-mail.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass
from typing import Final

from faker import Faker

from integration.deid.model import KnownIdentifier
from integration.deid.synth import SynthNote, cn_resident_id, render

__all__ = [
    "BLIND18_SEED",
    "BLIND18_SPLIT",
    "EN_BLIND18_TEMPLATES",
    "ZH_BLIND18_TEMPLATES",
    "blind18_age_of",
    "generate_blind18",
]

BLIND18_SEED: Final = 47190358
BLIND18_SPLIT: Final = "blind18"

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


def blind18_age_of(value: str) -> int:
    """Read an ``<<AGE:…>>`` value: digits ("93"), English words ("ninety-three", "a hundred and
    one") or Chinese numerals ("九十三", "一百零二")."""
    text = value.strip().lower()
    if text.isdigit():
        return int(text)
    if text and all(ch in "零〇一二两三四五六七八九十百" for ch in text):
        total = 0
        current = 0
        for ch in text:
            if ch == "十":
                total += (current or 1) * 10
                current = 0
            elif ch == "百":
                total += (current or 1) * 100
                current = 0
            elif ch in "零〇":
                continue
            else:
                current = "一二三四五六七八九".index(ch) + 1 if ch != "两" else 2
        return total + current
    words = text.replace("-", " ").split()
    if not words:
        raise ValueError(f"not an age: {value!r}")
    total = 0
    for word in words:
        if word == "and":
            continue
        if word == "a":
            total += 1
        elif word in _EN_ONES:
            total += _EN_ONES.index(word)
        elif word in _EN_TENS[2:]:
            total += _EN_TENS.index(word) * 10
        elif word == "hundred":
            total = (total or 1) * 100
        else:
            raise ValueError(f"not an age: {value!r}")
    return total


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------
_FAKERS: dict[str, Faker] = {}


def _fake(locale: str, rng: random.Random) -> Faker:
    """A Faker for ``locale``, reseeded from ``rng`` (so each note is deterministic on its own)."""
    fake = _FAKERS.get(locale)
    if fake is None:
        fake = _FAKERS[locale] = Faker(locale)
    fake.seed_instance(rng.randrange(1 << 30))
    return fake


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))


def _weighted(rng: random.Random, options: list[tuple[str, int]]) -> str:
    return rng.choices([o for o, _ in options], weights=[w for _, w in options])[0]


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum())


_OCR_SWAPS: Final = {
    "m": "rn", "l": "1", "O": "0", "o": "0", "e": "c", "h": "b", "S": "5", "i": "l", "B": "8",
    "a": "o", "n": "h", "u": "v", "c": "e", "I": "l", "t": "f", "g": "q", "E": "F", "D": "O",
}  # fmt: skip
_OCR_DIGITS: Final = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z", "6": "b"}


def _ocr(text: str, rng: random.Random, swaps: int = 2) -> str:
    """Garble one or two characters the way OCR of a faxed or handwritten page does."""
    chars = list(text)
    positions = [i for i, ch in enumerate(chars) if ch in _OCR_SWAPS]
    for i in rng.sample(positions, min(len(positions), rng.randint(1, swaps))):
        chars[i] = _OCR_SWAPS[chars[i]]
    return "".join(chars)


def _ocr_digits(text: str, rng: random.Random) -> str:
    chars = list(text)
    positions = [i for i, ch in enumerate(chars) if ch in _OCR_DIGITS]
    for i in rng.sample(positions, min(len(positions), rng.randint(1, 2))):
        chars[i] = _OCR_DIGITS[chars[i]]
    return "".join(chars)


def _typo(word: str, rng: random.Random) -> str:
    """A hurried mistyping: two letters swapped, one dropped or one doubled."""
    positions = [i for i in range(1, len(word) - 1) if word[i].isalpha()]
    if len(word) < 4 or not positions:
        return word + word[-1]
    i = rng.choice(positions)
    choice = rng.randrange(3)
    if choice == 0 and word[i + 1].isalpha() and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if choice == 1 and word[i - 1].isalpha() and word[i + 1].isalpha():
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


_MONTHS: Final = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_ORD_WORDS: Final = (
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
    "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth",
    "twenty-ninth", "thirtieth", "thirty-first",
)  # fmt: skip
_WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ZH_WEEKDAYS: Final = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _en_dates(prefix: str, d: dt.date, rng: random.Random) -> dict[str, str]:
    month = _MONTHS[d.month - 1]
    us = f"{d:%m/%d/%Y}"
    return {
        f"{prefix}_us": us,
        f"{prefix}_uss": f"{d.month}/{d.day}/{d:%y}",
        f"{prefix}_uk": f"{d:%d/%m/%Y}",
        f"{prefix}_uks": f"{d.day}/{d.month}/{d:%y}",
        f"{prefix}_iso": d.isoformat(),
        f"{prefix}_long": f"{month} {d.day}, {d.year}",
        f"{prefix}_ukl": f"{d.day} {month} {d.year}",
        f"{prefix}_mon": f"{month[:3]} {d.day}",
        f"{prefix}_dmon": f"{d.day} {month[:3]}",
        f"{prefix}_dmy": f"{d.day:02d}-{month[:3]}-{d.year}",
        f"{prefix}_dmyu": f"{d.day:02d}-{month[:3].upper()}-{d:%y}",
        f"{prefix}_md": f"{d.month}/{d.day}",
        f"{prefix}_dm": f"{d.day}/{d.month}",
        f"{prefix}_ord": _ordinal(d.day),
        f"{prefix}_dots": f"{d:%d.%m.%Y}",
        f"{prefix}_mdo": f"{month} {_ordinal(d.day)}",
        f"{prefix}_dmo": f"{_ordinal(d.day)} {month}",
        f"{prefix}_lower": f"{month.lower()} {_ordinal(d.day)}",
        f"{prefix}_lowerfull": f"{month.lower()} {_ordinal(d.day)} {d.year}",
        f"{prefix}_spoken": f"{month} {_ORD_WORDS[d.day]}",
        f"{prefix}_spokeny": f"{month} {_ORD_WORDS[d.day]} {d.year}",
        f"{prefix}_mony": f"{month[:3]} {d.day}, {d.year}",
        f"{prefix}_month": f"{month} {d.year}",
        f"{prefix}_ocr": _ocr_digits(us, rng),
        f"{prefix}_ocruk": _ocr_digits(f"{d:%d/%m/%Y}", rng),
        f"{prefix}_wd": _WEEKDAYS[d.weekday()],
        f"{prefix}_wds": _WEEKDAYS[d.weekday()][:3],
    }


def _zh_dates(prefix: str, d: dt.date, rng: random.Random) -> dict[str, str]:
    return {
        f"{prefix}_zh": f"{d.year}年{d.month}月{d.day}日",
        f"{prefix}_zhmd": f"{d.month}月{d.day}日",
        f"{prefix}_zhhao": f"{d.month}月{d.day}号",
        f"{prefix}_hao": f"{d.day}号",
        f"{prefix}_iso": d.isoformat(),
        f"{prefix}_slash": f"{d:%Y/%m/%d}",
        f"{prefix}_dot": f"{d.year}.{d.month}.{d.day}",
        f"{prefix}_sd": f"{d.month}.{d.day}",
        f"{prefix}_md2": f"{d:%m-%d}",
        f"{prefix}_compact": f"{d:%Y%m%d}",
        f"{prefix}_zhmonth": f"{d.year}年{d.month}月",
        f"{prefix}_spoken": f"{_zh_number(d.month)}月{_zh_number(d.day)}号",
        f"{prefix}_ocr": _ocr_digits(d.isoformat(), rng),
        f"{prefix}_wd": _ZH_WEEKDAYS[d.weekday()],
    }


def _times(rng: random.Random) -> dict[str, str]:
    """Five times of day in increasing order (a log or a chat runs forwards)."""
    out: dict[str, str] = {}
    start = rng.randrange(0, 24 * 60 - 300)
    moments = sorted(start + rng.randrange(0, 300) for _ in range(5))
    for i, moment in enumerate(moments, start=1):
        hour, minute = divmod(moment, 60)
        styles = (
            f"{hour:02d}:{minute:02d}",
            f"{hour % 12 or 12}:{minute:02d} {'pm' if hour >= 12 else 'am'}",
            f"{hour:02d}{minute:02d}",
            f"{hour % 12 or 12}:{minute:02d}{'PM' if hour >= 12 else 'AM'}",
        )
        out[f"t{i}"] = rng.choice(styles)
        out[f"t{i}_24"] = styles[0]
        zh_part = "凌晨" if hour < 6 else "上午" if hour < 12 else "下午" if hour < 18 else "晚上"
        out[f"t{i}_zh"] = rng.choice(
            (styles[0], f"{zh_part}{hour % 12 or 12}点{minute}分", f"{zh_part}{hour % 12 or 12}点")
        )
    return out


# ---------------------------------------------------------------------------------------------
# English people
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Name:
    first: str
    last: str
    female: bool
    middle: str = ""
    nick: str = ""


# Hand-written names from many communities: (first, last, "f"/"m").
_DIVERSE: Final[tuple[tuple[str, str, str], ...]] = (
    ("Chinedu", "Okafor", "m"), ("Ngozi", "Adeyemi", "f"), ("Oluwaseun", "Balogun", "m"),
    ("Kwame", "Mensah", "m"), ("Abena", "Owusu-Ansah", "f"), ("Tendai", "Moyo", "m"),
    ("Thandiwe", "Dlamini", "f"), ("Fatoumata", "Traoré", "f"), ("Wanjiru", "Kamau", "f"),
    ("Selamawit", "Tesfaye", "f"), ("Abdirahman", "Warsame", "m"), ("Hodan", "Farah", "f"),
    ("Chiamaka", "Eze", "f"), ("Babajide", "Ogunleye", "m"), ("Yaw", "Asante", "m"),
    ("Priya", "Raghunathan", "f"), ("Venkatesh", "Subramaniam", "m"), ("Harpreet", "Sandhu", "f"),
    ("Gurpreet", "Dhillon", "m"), ("Anjali", "Deshpande", "f"), ("Mohammed Iqbal", "Siddiqui", "m"),
    ("Sunita", "Chatterjee", "f"), ("Rajesh", "Krishnamurthy", "m"), ("Lakshmi", "Narayanan", "f"),
    ("Tanvir", "Hossain", "m"), ("Nimal", "Perera", "m"), ("Dilani", "Jayasuriya", "f"),
    ("Thi Lan", "Nguyen", "f"), ("Van Minh", "Tran", "m"), ("Siti", "Rahmawati", "f"),
    ("Maria Luisa", "Santos-Reyes", "f"), ("Jose Rizal", "Dela Cruz", "m"), ("Min-jun", "Kim", "m"),
    ("Ji-woo", "Park", "f"), ("Haruto", "Sato", "m"), ("Somchai", "Srisuk", "m"),
    ("Wei-Ling", "Chen", "f"), ("José Luis", "Hernández", "m"), ("Ximena", "Castillo", "f"),
    ("Guadalupe", "Ramírez", "f"), ("Juan Pablo", "de la Cruz", "m"), ("Lucía", "Fernández-Ortega", "f"),
    ("Fatima", "Al-Sayed", "f"), ("Omar", "Haddad", "m"), ("Yousef", "Al-Rashid", "m"),
    ("Layla", "Nasser", "f"), ("Mariam", "El-Khoury", "f"), ("Khalid", "bin Ismail", "m"),
    ("Agnieszka", "Wiśniewska", "f"), ("Oleksandr", "Kovalenko", "m"), ("Dragana", "Petrović", "f"),
    ("Bogdan", "Ionescu", "m"), ("Katarzyna", "Nowak", "f"), ("Zsófia", "Horváth", "f"),
    ("Jiří", "Dvořák", "m"), ("Sione", "Taufa", "m"), ("Losa", "Tuilagi", "f"),
    ("Mele", "Fifita", "f"), ("Tevita", "Havili", "m"), ("Keola", "Kahananui", "m"),
    ("Winona", "Littlechild", "f"), ("Dakota", "Manyfingers", "m"), ("Tahnee", "Yellowhorse", "f"),
    ("Raven", "Cardinal", "f"), ("Jarrah", "Wirrpanda", "m"), ("Aoife", "Ní Bhriain", "f"),
    ("Seán", "Ó Súilleabháin", "m"), ("Caoimhe", "Mac Giolla Phádraig", "f"), ("Niamh", "O'Donoghue", "f"),
    ("Pádraig", "Mac Carthaigh", "m"), ("Pieter", "van der Merwe", "m"), ("Anouk", "de Vries", "f"),
    ("Rohan", "D'Souza", "m"), ("Elaine", "da Silva", "f"), ("Friedrich", "von Hagen", "m"),
    ("Celeste", "le Roux", "f"), ("Ines", "dos Santos", "f"), ("Declan", "McGillicuddy", "m"),
)  # fmt: skip

# Names that are also ordinary words.
_WORD_FIRST_F: Final = (
    "Hope",
    "Grace",
    "Rose",
    "Faith",
    "Sandy",
    "Joy",
    "Dawn",
    "Ivy",
    "Amber",
    "Holly",
    "April",
    "June",
    "May",
    "Crystal",
    "Summer",
    "Precious",
    "Blessing",
    "Charity",
)
_WORD_FIRST_M: Final = (
    "Will",
    "Mark",
    "Bill",
    "Rich",
    "Sandy",
    "Hunter",
    "Pat",
    "Guy",
    "Chase",
    "Dean",
    "Miles",
    "Sonny",
    "Victor",
    "Justice",
)
_WORD_LAST: Final = (
    "Young",
    "Brown",
    "White",
    "Green",
    "Black",
    "Long",
    "Bell",
    "Hall",
    "Rice",
    "King",
    "Cook",
    "Mann",
    "Little",
    "Moody",
    "Strong",
    "Price",
    "Frost",
    "Wise",
    "Sharp",
    "Banks",
    "Lane",
    "Marsh",
    "Gentle",
    "Good",
    "Hope",
    "Bishop",
    "Waters",
    "Day",
    "Love",
    "Friend",
)

_NICKS: Final = {
    "William": "Bill", "Robert": "Bob", "Elizabeth": "Liz", "Margaret": "Peggy", "Katherine": "Kate",
    "Richard": "Rich", "Joseph": "Joe", "Patricia": "Pat", "Alexander": "Sandy", "Christopher": "Chris",
    "Venkatesh": "Venky", "Rajesh": "Raju", "Oluwaseun": "Seun", "Babajide": "Jide", "Abdirahman": "Abdi",
    "Michael": "Mick", "Thomas": "Tommy", "Jennifer": "Jen", "Deborah": "Debbie", "James": "Jim",
    "Susan": "Sue", "Anthony": "Tony", "Daniel": "Danny", "Pádraig": "Podge", "Seán": "Seánie",
    "Guadalupe": "Lupe", "José Luis": "Pepe", "Chiamaka": "Amaka", "Katarzyna": "Kasia", "Oleksandr": "Sasha",
    "Priya": "Pri", "Mohammed Iqbal": "Iqbal", "Jose Rizal": "Jojo", "Maria Luisa": "Malou",
}  # fmt: skip

_COUNTRY_LOCALES: Final[dict[str, list[tuple[str, int]]]] = {
    "us": [("en_US", 6), ("es_MX", 2), ("yo_NG", 1), ("vi_VN", 1)],
    "uk": [("en_GB", 6), ("en_IN", 2), ("pl_PL", 1), ("tw_GH", 1)],
    "in": [("en_IN", 9), ("en_GB", 1)],
    "ie": [("en_IE", 6), ("en_GB", 2), ("pl_PL", 1), ("yo_NG", 1)],
    "ca": [("en_CA", 5), ("en_IN", 2), ("fr_CA", 2), ("en_US", 1)],
}


def _en_name(rng: random.Random, country: str, female: bool | None = None, last: str | None = None) -> _Name:
    if female is None:
        female = rng.random() < 0.55
    roll = rng.random()
    if roll < 0.55:
        fake = _fake(_weighted(rng, _COUNTRY_LOCALES[country]), rng)
        first = fake.first_name_female() if female else fake.first_name_male()
        surname = fake.last_name()
    elif roll < 0.85:
        pool = [n for n in _DIVERSE if (n[2] == "f") == female]
        first, surname, _ = rng.choice(pool)
    else:
        first = rng.choice(_WORD_FIRST_F if female else _WORD_FIRST_M)
        surname = rng.choice(_WORD_LAST)
    if last is not None:
        surname = last
    middle = rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < 0.3 else ""
    return _Name(first.strip(), surname.strip(), female, middle, _NICKS.get(first.strip(), ""))


def _en_person(role: str, n: _Name, rng: random.Random) -> dict[str, str]:
    first, last = n.first, n.last
    full = f"{first} {last}"
    inits = (first[0] + n.middle + last[0]).upper()
    return {
        f"{role}_first": first,
        f"{role}_last": last,
        f"{role}_full": full,
        f"{role}_mid": f"{first} {n.middle}. {last}" if n.middle else full,
        f"{role}_lf": f"{last}, {first}",
        f"{role}_il": f"{first[0]}. {last}",
        f"{role}_ilns": f"{first[0]}.{last}",
        f"{role}_fi": f"{first} {last[0].upper()}.",
        f"{role}_inits": inits,
        f"{role}_caps": last.upper(),
        f"{role}_capsfull": full.upper(),
        f"{role}_capslf": f"{last.upper()}, {first.upper()}",
        f"{role}_lower": first.lower(),
        f"{role}_lowerfull": full.lower(),
        f"{role}_lowerlast": last.lower(),
        f"{role}_typo": _typo(last, rng),
        f"{role}_typofirst": _typo(first, rng),
        f"{role}_nick": n.nick or first,
        f"{role}_nicklower": (n.nick or first).lower(),
        f"{role}_ocr": _ocr(full, rng),
        f"{role}_ocrlf": _ocr(f"{last.upper()}, {first}", rng),
        f"{role}_handle": (_ascii(first)[:1] + _ascii(last)).lower() or "user",
        f"{role}_dotted": f"{_ascii(first)}.{_ascii(last)}".lower(),
        f"{role}_she": "she" if n.female else "he",
        f"{role}_her": "her" if n.female else "his",
        f"{role}_herobj": "her" if n.female else "him",
        f"{role}_title": rng.choice(("Mrs", "Ms")) if n.female else "Mr",
        f"{role}_herc": "Her" if n.female else "His",
        f"{role}_shec": "She" if n.female else "He",
        f"{role}_mf": "F" if n.female else "M",
        f"{role}_parent": "mother" if n.female else "father",
        f"{role}_mum": "Mum" if n.female else "Dad",
        f"{role}_mom": "mom" if n.female else "dad",
        f"{role}_papa": "mummy" if n.female else "papa",
        f"{role}_grand": "grandmother" if n.female else "grandfather",
        f"{role}_capsfirst": f"{last.upper()} {first}",
        f"{role}_child": "daughter" if n.female else "son",
        f"{role}_ocrlast": _ocr(last, rng, swaps=1),
    }


# ---------------------------------------------------------------------------------------------
# English places, organisations, numbers
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _City:
    name: str
    region: str
    area: str
    postal: str
    localities: tuple[str, ...] = ()


_CITIES: Final[dict[str, tuple[_City, ...]]] = {
    "us": (
        _City("Tacoma", "WA", "253", "984"),
        _City("Dayton", "OH", "937", "454"),
        _City("Fresno", "CA", "559", "937"),
        _City("Worcester", "MA", "508", "016"),
        _City("Albuquerque", "NM", "505", "871"),
        _City("Macon", "GA", "478", "312"),
        _City("Boise", "ID", "208", "837"),
        _City("Scranton", "PA", "570", "185"),
        _City("Lubbock", "TX", "806", "794"),
        _City("Duluth", "MN", "218", "558"),
        _City("Paterson", "NJ", "973", "075"),
        _City("Yonkers", "NY", "914", "107"),
    ),
    "uk": (
        _City("Leeds", "West Yorkshire", "0113", "LS"),
        _City("Swindon", "Wiltshire", "01793", "SN"),
        _City("Wolverhampton", "West Midlands", "01902", "WV"),
        _City("Stockport", "Greater Manchester", "0161", "SK"),
        _City("Derby", "Derbyshire", "01332", "DE"),
        _City("Luton", "Bedfordshire", "01582", "LU"),
        _City("Swansea", "Wales", "01792", "SA"),
        _City("Ipswich", "Suffolk", "01473", "IP"),
        _City("Bolton", "Lancashire", "01204", "BL"),
        _City("Dundee", "Scotland", "01382", "DD"),
    ),
    "in": (
        _City("Pune", "Maharashtra", "020", "411", ("Kothrud", "Aundh", "Hadapsar")),
        _City("Nagpur", "Maharashtra", "0712", "440", ("Dharampeth", "Sitabuldi", "Manish Nagar")),
        _City("Coimbatore", "Tamil Nadu", "0422", "641", ("RS Puram", "Gandhipuram", "Saibaba Colony")),
        _City("Mysuru", "Karnataka", "0821", "570", ("Vijayanagar", "Kuvempunagar", "Jayalakshmipuram")),
        _City("Kochi", "Kerala", "0484", "682", ("Kakkanad", "Edappally", "Palarivattom")),
        _City("Lucknow", "Uttar Pradesh", "0522", "226", ("Gomti Nagar", "Aliganj", "Indira Nagar")),
        _City("Indore", "Madhya Pradesh", "0731", "452", ("Vijay Nagar", "Palasia", "Rajendra Nagar")),
        _City("Vadodara", "Gujarat", "0265", "390", ("Alkapuri", "Gotri", "Manjalpur")),
        _City("Bhubaneswar", "Odisha", "0674", "751", ("Saheed Nagar", "Patia", "Nayapalli")),
    ),
    "ie": (
        _City("Galway", "Galway", "091", "H91"),
        _City("Sligo", "Sligo", "071", "F91"),
        _City("Ennis", "Clare", "065", "V95"),
        _City("Athlone", "Westmeath", "090", "N37"),
        _City("Tralee", "Kerry", "066", "V92"),
        _City("Drogheda", "Louth", "041", "A92"),
        _City("Limerick", "Limerick", "061", "V94"),
        _City("Kilkenny", "Kilkenny", "056", "R95"),
        _City("Letterkenny", "Donegal", "074", "F92"),
        _City("Navan", "Meath", "046", "C15"),
    ),
    "ca": (
        _City("Brampton", "ON", "905", "L6"),
        _City("Hamilton", "ON", "905", "L8"),
        _City("Red Deer", "AB", "403", "T4N"),
        _City("Saskatoon", "SK", "306", "S7"),
        _City("Moncton", "NB", "506", "E1C"),
        _City("Kelowna", "BC", "250", "V1Y"),
        _City("Thunder Bay", "ON", "807", "P7"),
        _City("Sherbrooke", "QC", "819", "J1H"),
        _City("Lethbridge", "AB", "403", "T1J"),
        _City("Halifax", "NS", "902", "B3H"),
    ),
}

_STREETS: Final[dict[str, tuple[str, ...]]] = {
    "us": (
        "Maple Ridge Dr",
        "N 26th St",
        "Elm Ave",
        "Pacific Ave",
        "Old Orchard Rd",
        "W Main St",
        "Cedar Ln",
        "Lincoln Blvd",
        "Sycamore Ct",
        "Quail Run Rd",
        "E Fairmount Ave",
        "Hillcrest Dr",
    ),
    "uk": (
        "Harehills Lane",
        "Victoria Road",
        "Church Street",
        "Meadow Close",
        "Kingsway",
        "Albert Terrace",
        "Oak Tree Avenue",
        "Mill Lane",
        "Station Road",
        "The Crescent",
        "Brookfield Drive",
        "Queens Park Road",
    ),
    "in": (
        "Karve Road",
        "MG Road",
        "Station Road",
        "Nehru Nagar Main Road",
        "2nd Cross, 5th Main",
        "Paud Road",
        "Link Road",
        "Ring Road",
        "Temple Street",
        "Gandhi Marg",
    ),
    "ie": (
        "Main Street",
        "Bóthar na Trá",
        "Father Griffin Road",
        "Ard na Gréine",
        "Church View",
        "Fairgreen Road",
        "Castle Street",
        "Newcastle Road",
        "Ashgrove Park",
        "Cois Abhann",
    ),
    "ca": (
        "Queen St E",
        "Bovaird Dr W",
        "Ross St",
        "8th St E",
        "Main St",
        "Pandosy St",
        "Red River Rd",
        "King St W",
        "Mountain Rd",
        "Robie St",
    ),
}
_IN_SOCIETIES: Final = (
    "Sai Krupa Apartments",
    "Shanti Niketan CHS",
    "Green Park Society",
    "Lakshmi Nivas",
    "Gulmohar Residency",
    "Sunshine Towers",
    "Ganga Vihar",
)

# (name, e-mail/web domain)
_ORGS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "us": (("Lakeview Family Medicine", "lakeviewfm.org"), ("St. Agnes Regional Medical Center", "stagnesrmc.org"),
           ("Mercy Ridge Hospital", "mercyridge.org"), ("Valley Oak Internal Medicine", "valleyoakim.com"),
           ("Riverbend Pediatrics", "riverbendpeds.com"), ("Cascade Heart & Vascular", "cascadehv.org"),
           ("Northside Community Health Center", "northsidechc.org"), ("Good Shepherd Medical Group", "gsmedgroup.org")),
    "uk": (("Elmfield Medical Practice", "elmfieldmp.nhs.uk"), ("Northgate Surgery", "northgatesurgery.nhs.uk"),
           ("Riverside Health Centre", "riversidehc.nhs.uk"), ("St Aidan's Community Hospital", "staidans.nhs.uk"),
           ("Calder Valley Hospital", "caldervalley.nhs.uk"), ("Wharfedale Road Surgery", "wharfedalerd.nhs.uk")),
    "in": (("Shree Sai Multispeciality Hospital", "shreesaihospital.in"), ("Lotus Heart Institute", "lotusheart.in"),
           ("Sanjeevani Nursing Home", "sanjeevaninh.in"), ("Kaveri Medical Centre", "kaverimedical.in"),
           ("Aarogya Polyclinic", "aarogyapoly.in"), ("Sparsh Women's Hospital", "sparshwomens.in")),
    "ie": (("Ballymore Medical Centre", "ballymoremc.ie"), ("St. Brigid's Hospital", "stbrigids.ie"),
           ("Corrib Family Practice", "corribfp.ie"), ("Shannon Valley Clinic", "shannonvalleyclinic.ie"),
           ("St. Finbarr's Community Hospital", "stfinbarrs.ie"), ("Bridge Street Medical", "bridgestmedical.ie")),
    "ca": (("Northview Family Health Team", "northviewfht.ca"), ("Lakeshore Community Health Centre", "lakeshorechc.ca"),
           ("St. Columba General Hospital", "stcolumba.ca"), ("Prairie Ridge Medical Clinic", "prairieridgemc.ca"),
           ("Harbourview Medical Associates", "harbourviewmed.ca"), ("Maple Grove Walk-In Clinic", "maplegrovewalkin.ca")),
}  # fmt: skip
# Hospitals with an emergency department: (name, e-mail/web domain).
_HOSPITALS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "us": (("St. Agnes Regional Medical Center", "stagnesrmc.org"), ("Mercy Ridge Hospital", "mercyridge.org"),
           ("Valley General Hospital", "valleygeneral.org"), ("Baptist Memorial - Riverside", "bmriverside.org")),
    "uk": (("Calder Valley Hospital", "caldervalley.nhs.uk"), ("Royal Pennine Infirmary", "pennine.nhs.uk"),
           ("Severnside General Hospital", "severnside.nhs.uk"), ("Queen Eleanor Hospital", "qeh.nhs.uk")),
    "in": (("Shree Sai Multispeciality Hospital", "shreesaihospital.in"), ("Lotus Heart Institute", "lotusheart.in"),
           ("Jeevan Jyoti Hospital", "jeevanjyoti.in"), ("Sahyadri Super Speciality Hospital", "sahyadrisuper.in")),
    "ie": (("St. Brigid's Hospital", "stbrigids.ie"), ("Mercy Regional Hospital", "mercyregional.ie"),
           ("Our Lady of Lourdes Hospital", "ollh.ie"), ("University Hospital Corrib", "uhcorrib.ie")),
    "ca": (("St. Columba General Hospital", "stcolumba.ca"), ("Lakehead Regional Health Centre", "lakeheadrhc.ca"),
           ("Queen Victoria Memorial Hospital", "qvmh.ca"), ("Prairie Sky Regional Hospital", "prairiesky.ca")),
}  # fmt: skip
_PHARMACIES: Final[dict[str, tuple[str, ...]]] = {
    "us": ("Walgreens", "CVS Pharmacy", "Rite Aid", "Bartell Drugs", "Hy-Vee Pharmacy", "Kroger Pharmacy"),
    "uk": ("Boots", "Lloyds Pharmacy", "Well Pharmacy", "Day Lewis Pharmacy", "Rowlands Pharmacy"),
    "in": ("Apollo Pharmacy", "MedPlus", "Wellness Forever", "Noble Chemists", "Sri Balaji Medicals"),
    "ie": ("McCabes Pharmacy", "Hickey's Pharmacy", "Boots", "O'Sullivans Pharmacy", "Life Pharmacy"),
    "ca": ("Shoppers Drug Mart", "Rexall", "London Drugs", "Jean Coutu", "Guardian Pharmacy"),
}
_LABS: Final[dict[str, tuple[str, ...]]] = {
    "us": ("Quest Diagnostics", "LabCorp", "Sonora Quest Laboratories", "Pacific Northwest Pathology"),
    "uk": ("Leeds Pathology Partnership", "Synnovis", "Healthcare Diagnostics Ltd"),
    "in": ("Metropolis Healthcare", "Dr Lal PathLabs", "Thyrocare", "Suburban Diagnostics"),
    "ie": ("Eurofins Biomnis", "Western Pathology Services", "Medlab Pathology"),
    "ca": ("LifeLabs", "Dynacare", "Alberta Precision Laboratories"),
}
_SERVICES: Final[dict[str, tuple[str, ...]]] = {
    "us": (
        "NightWatch Answering Service",
        "Tri-County Answering Service",
        "CallCare Nurse Line",
        "AfterOurs Medical Answering",
    ),
    "uk": ("Pennine Out of Hours Service", "Medvivo", "Herts Urgent Care", "Brisdoc"),
    "in": ("MediCall Contact Centre", "Medi Assist", "CareConnect Helpdesk", "HealthLine 24x7 Services"),
    "ie": ("Shannondoc", "Westdoc", "SouthDoc", "NEDOC"),
    "ca": ("MedAnswer Canada", "Prairie After-Hours Answering", "Maritime Call Centre Ltd", "NorthStar Answering"),
}
_INSURERS: Final[dict[str, tuple[str, ...]]] = {
    "us": ("Cascade Mutual Health Plan", "Blue Ridge Health Alliance", "Aetna", "Cigna", "Molina Healthcare"),
    "uk": ("Bupa", "AXA Health", "Vitality Health", "Aviva"),
    "in": ("Star Health", "HDFC ERGO", "Niva Bupa", "Care Health Insurance"),
    "ie": ("VHI", "Laya Healthcare", "Irish Life Health", "Level Health"),
    "ca": ("Sun Life", "Manulife", "Green Shield Canada", "Blue Cross Saskatchewan"),
}
_EMAIL_DOMAINS: Final[dict[str, tuple[str, ...]]] = {
    "us": ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"),
    "uk": ("gmail.com", "yahoo.co.uk", "hotmail.co.uk", "btinternet.com", "outlook.com"),
    "in": ("gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"),
    "ie": ("gmail.com", "eircom.net", "hotmail.com", "icloud.com"),
    "ca": ("gmail.com", "hotmail.ca", "shaw.ca", "rogers.com", "sympatico.ca"),
}
_EMPLOYERS: Final[dict[str, tuple[str, ...]]] = {
    "us": (
        "Pierce County Transit",
        "Northwest Freight Lines",
        "Kessler Roofing LLC",
        "Summit Ridge Elementary",
        "BrightPath Logistics",
    ),
    "uk": ("Arriva Yorkshire", "Hartley & Sons Joinery", "Greggs", "Swindon Borough Council", "Kestrel Print Ltd"),
    "in": ("Infosys", "Bharat Forge", "Sharma Textiles Pvt Ltd", "Zomato", "Kirloskar Brothers"),
    "ie": ("Medtronic Galway", "Dunnes Stores", "Aughinish Alumina", "Kerry Group", "Boyle Sports"),
    "ca": ("Maple Leaf Foods", "Canadian Tire", "Prairie Pulse Co-op", "Irving Oil", "Okanagan Orchards Ltd"),
}
# (minimum patient age, female relations, male relations); a spouse is added when the sexes differ.
_EN_RELATION_TIERS: Final[tuple[tuple[int, tuple[str, ...], tuple[str, ...]], ...]] = (
    (0, ("sister", "neighbour", "carer", "wife"), ("brother", "neighbour", "carer", "husband")),
    (38, ("daughter", "niece"), ("son", "nephew")),
    (50, ("daughter-in-law", "daughter"), ("son-in-law", "son")),
    (62, ("granddaughter",), ("grandson",)),
)


def _relations(
    rel_female: bool, pt_female: bool, age: int, tiers: tuple[tuple[int, tuple[str, ...], tuple[str, ...]], ...]
) -> list[str]:
    """Words for how a relative stands to a patient of ``age`` (no grandchildren for a 30-year-old)."""
    spouses = {"wife", "husband", "妻子", "丈夫", "老伴"}
    out: list[str] = []
    for minimum, female_words, male_words in tiers:
        if age >= minimum:
            out += female_words if rel_female else male_words
    if rel_female == pt_female:
        out = [word for word in out if word not in spouses]
    return out


def _nanp(rng: random.Random, area: str) -> tuple[str, ...]:
    exchange = f"{rng.randrange(2, 10)}{_digits(rng, 2)}"
    line = _digits(rng, 4)
    return (
        f"{area}-{exchange}-{line}", f"({area}) {exchange}-{line}", f"{area}.{exchange}.{line}",
        f"+1 {area} {exchange} {line}", f"1-{area}-{exchange}-{line}", f"{area}{exchange}{line}",
        f"({area}){exchange}-{line}", f"+1 ({area}) {exchange}-{line}",
    )  # fmt: skip


def _phone_forms(rng: random.Random, country: str, city: _City, mobile: bool) -> tuple[str, ...]:
    """Several written forms of one number; the first is the record's own form."""
    if country in ("us", "ca"):
        return _nanp(rng, city.area)
    if country == "uk":
        if mobile:
            body = f"7{rng.randrange(400, 990)}{_digits(rng, 6)}"
            return (
                f"0{body[:4]} {body[4:]}",
                f"+44 {body[:4]} {body[4:]}",
                f"0{body}",
                f"+44 (0){body[:4]} {body[4:7]} {body[7:]}",
                f"0{body[:4]}-{body[4:]}",
            )
        area = city.area
        local = _digits(rng, 11 - len(area))
        local = str(rng.randrange(2, 10)) + local[1:]
        half = len(local) // 2 if len(local) == 6 else 3
        return (
            f"{area} {local[:half]} {local[half:]}",
            f"({area}) {local}",
            f"+44 {area[1:]} {local[:half]} {local[half:]}",
            f"+44 (0){area[1:]} {local}",
            f"{area}{local}",
        )
    if country == "in":
        if mobile:
            body = f"{rng.choice('6789')}{_digits(rng, 9)}"
            return (
                f"+91 {body[:5]} {body[5:]}",
                f"{body}",
                f"0{body[:5]} {body[5:]}",
                f"+91-{body}",
                f"+91 {body[:3]} {body[3:6]} {body[6:]}",
                f"91{body}",
            )
        area = city.area
        local = str(rng.randrange(2, 8)) + _digits(rng, 10 - len(area))
        return (
            f"{area}-{local}",
            f"+91-{area[1:]}-{local[:4]} {local[4:]}",
            f"({area}) {local}",
            f"{area} {local[:4]} {local[4:]}",
            f"+91 {area[1:]} {local}",
        )
    # Ireland
    if mobile:
        prefix = rng.choice(("083", "085", "086", "087", "089"))
        body = _digits(rng, 7)
        return (
            f"{prefix} {body[:3]} {body[3:]}",
            f"+353 {prefix[1:]} {body[:3]} {body[3:]}",
            f"{prefix}{body}",
            f"{prefix}-{body}",
            f"+353{prefix[1:]}{body}",
            f"(0{prefix[1:]}) {body}",
        )
    area = city.area
    body = str(rng.randrange(2, 10)) + _digits(rng, 5 if area == "091" else 6)
    return (
        f"{area} {body[:3]} {body[3:]}",
        f"({area}) {body}",
        f"+353 {area[1:]} {body[:3]} {body[3:]}",
        f"+353 (0){area[1:]} {body}",
        f"{area}-{body}",
    )


def _ext(rng: random.Random, country: str) -> str:
    n = _digits(rng, rng.choice((2, 3, 4)))
    if country == "in":
        return rng.choice((f" Extn. {n}", f" ext {n}", f" (Ext-{n})"))
    if country in ("uk", "ie"):
        return rng.choice((f" ext {n}", f" ext. {n}", f" x{n}"))
    return rng.choice((f" ext. {n}", f" x{n}", f" ext {n}", f" #{n}"))


def _nhs_number(rng: random.Random) -> str:
    while True:
        body = [rng.randrange(10) for _ in range(9)]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(body)) % 11
        if check == 11:
            check = 0
        if check != 10:
            digits = "".join(map(str, body)) + str(check)
            return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def _npi(rng: random.Random) -> str:
    body = f"1{_digits(rng, 8)}"
    total = 0
    for i, ch in enumerate(reversed("80840" + body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


_MBI_LETTERS: Final = "ACDEFGHJKMNPQRTUVWXY"


def _mbi(rng: random.Random) -> str:
    an = _MBI_LETTERS + "0123456789"
    raw = (
        str(rng.randrange(1, 10)) + rng.choice(_MBI_LETTERS) + rng.choice(an) + str(rng.randrange(10))
        + rng.choice(_MBI_LETTERS) + rng.choice(an) + str(rng.randrange(10))
        + rng.choice(_MBI_LETTERS) + rng.choice(_MBI_LETTERS) + str(rng.randrange(10)) + str(rng.randrange(10))
    )  # fmt: skip
    return f"{raw[:4]}-{raw[4:7]}-{raw[7:]}" if rng.random() < 0.5 else raw


def _en_record_numbers(rng: random.Random, country: str) -> dict[str, str]:
    """Record numbers in the country's own styles: ``mrn`` is the record's form, ``mrn_text`` a
    variant as typed in a message."""
    if country == "us":
        mrn = rng.choice(
            (
                _digits(rng, 8),
                f"E{_digits(rng, 7)}",
                f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
                f"MR{_digits(rng, 6)}",
            )
        )
        health = _mbi(rng) if rng.random() < 0.5 else f"{_letters(rng, 3)}{_digits(rng, 9)}"
    elif country == "uk":
        mrn = rng.choice((f"{rng.choice('KHRMJ')}{_digits(rng, 6)}", f"RJ{_digits(rng, 6)}", _digits(rng, 8)))
        health = _nhs_number(rng)
    elif country == "in":
        mrn = rng.choice(
            (
                f"UHID{_digits(rng, 8)}",
                f"SSH/{rng.randrange(18, 25)}/{_digits(rng, 6)}",
                f"MR-{_digits(rng, 7)}",
                f"{_letters(rng, 3)}.{_digits(rng, 7)}",
            )
        )
        health = f"{_digits(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}"  # ABHA number
    elif country == "ie":
        mrn = rng.choice((_digits(rng, 7), f"{rng.choice('MBG')}{_digits(rng, 6)}", f"H{_digits(rng, 7)}"))
        health = f"{_digits(rng, 7)}{_letters(rng, 1, 'ABCDEFGHKLMNPRTVWX')}{rng.choice(('', 'A', 'W'))}"  # PPSN
    else:
        mrn = rng.choice((f"H-{_digits(rng, 7)}", _digits(rng, 9), f"{_letters(rng, 2)}{_digits(rng, 6)}"))
        health = rng.choice(
            (
                f"{_digits(rng, 4)}-{_digits(rng, 3)}-{_digits(rng, 3)}-{_letters(rng, 2)}",
                f"{_digits(rng, 5)} {_digits(rng, 4)}",
                _digits(rng, 10),
            )
        )
    text = mrn
    if mrn.isdigit() and len(mrn) >= 7:
        text = rng.choice((mrn, mrn, f"{mrn[:3]}-{mrn[3:]}", f"{mrn[:4]} {mrn[4:]}"))
    return {"mrn": mrn, "mrn_text": text, "health_no": health, "health_ocr": _ocr_digits(health, rng)}


def _en_ids(rng: random.Random, country: str) -> dict[str, str]:
    year = rng.choice(("23", "24", "25"))
    lic = {
        "us": rng.choice((f"MD{_digits(rng, 6)}", f"RN{_digits(rng, 7)}", f"{_letters(rng, 1)}{_digits(rng, 5)}")),
        "uk": rng.choice((_digits(rng, 7), f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 4)}{_letters(rng, 1)}")),
        "in": rng.choice(
            (f"MMC/{_digits(rng, 5)}", f"KMC {_digits(rng, 5)}", f"TNMC/{_digits(rng, 6)}", f"{_digits(rng, 5)}")
        ),
        "ie": rng.choice((_digits(rng, 6), f"{_digits(rng, 5)}")),
        "ca": rng.choice((f"{_digits(rng, 5)}", f"0{_digits(rng, 5)}", f"{_letters(rng, 1)}{_digits(rng, 5)}")),
    }[country]
    return {
        "acct": f"{_digits(rng, 9)}",
        "ins_id": rng.choice(
            (
                f"{_letters(rng, 3)}{_digits(rng, 9)}",
                f"{_digits(rng, 3)}-{_digits(rng, 5)}-{_digits(rng, 2)}",
                f"W{_digits(rng, 9)}",
                f"{_letters(rng, 2)}{_digits(rng, 8)}",
            )
        ),
        "grp": rng.choice(
            (f"{_digits(rng, 6)}", f"GRP-{_digits(rng, 5)}", f"{_letters(rng, 1)}{_digits(rng, 4)}-{_digits(rng, 3)}")
        ),
        "claim": rng.choice(
            (
                f"CLM-{year}-{_digits(rng, 7)}",
                f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 9)}",
                f"CL{_digits(rng, 8)}",
            )
        ),
        "case_no": rng.choice((f"{_digits(rng, 8)}", f"CS-{_digits(rng, 6)}", f"{year}-{_digits(rng, 5)}")),
        "ticket": rng.choice((f"INC{_digits(rng, 7)}", f"TKT-{_digits(rng, 6)}", f"SR{_digits(rng, 8)}")),
        "order_no": rng.choice(
            (f"ORD{_digits(rng, 7)}", f"{_digits(rng, 9)}", f"O-{_digits(rng, 4)}-{_digits(rng, 4)}")
        ),
        "ref_no": rng.choice(
            (f"REF-20{year}-{_digits(rng, 5)}", f"R{_digits(rng, 7)}", f"{_letters(rng, 3)}/{_digits(rng, 4)}/{year}")
        ),
        "rx_no": rng.choice((f"{_digits(rng, 7)}", f"RX{_digits(rng, 7)}", f"{_digits(rng, 3)}-{_digits(rng, 4)}")),
        "acc_no": rng.choice((f"{year}-{_digits(rng, 7)}", f"ACC{_digits(rng, 8)}", f"A{year}{_digits(rng, 6)}")),
        "spec_no": rng.choice(
            (f"S{year}-{_digits(rng, 6)}", f"{_letters(rng, 2)}{year}-{_digits(rng, 5)}", f"{_digits(rng, 10)}")
        ),
        "serial": rng.choice(
            (f"{_alnum(rng, 3)}-{_digits(rng, 5)}-{_alnum(rng, 1)}", f"SN{_digits(rng, 9)}", f"{_alnum(rng, 10)}")
        ),
        "serial2": rng.choice((f"{_alnum(rng, 4)}{_digits(rng, 6)}", f"PM-{_digits(rng, 4)}-{_digits(rng, 4)}")),
        "badge": rng.choice((f"{_digits(rng, 5)}", f"E{_digits(rng, 5)}", f"{_digits(rng, 6)}")),
        "emp_id": rng.choice((f"EMP-{_digits(rng, 6)}", f"{_letters(rng, 1)}{_digits(rng, 6)}", f"{_digits(rng, 7)}")),
        "lic": lic,
        "npi": _npi(rng),
        "meeting_id": rng.choice(
            (
                f"{_digits(rng, 3)} {_digits(rng, 4)} {_digits(rng, 4)}",
                f"{_digits(rng, 10)}",
                f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
            )
        ),
        "vm_id": rng.choice((f"VM-{_digits(rng, 6)}", f"{_digits(rng, 7)}", f"M{_digits(rng, 5)}")),
        "ip": f"{rng.randrange(24, 223)}.{rng.randrange(0, 256)}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}",
        "access_code": f"{_alnum(rng, 3)}-{_alnum(rng, 3)}-{_alnum(rng, 3)}",
        "booking_ref": _alnum(rng, 6),
        "fax_job": f"{_digits(rng, 4)}",
        "call_id": rng.choice(
            (f"{_digits(rng, 10)}", f"C{_digits(rng, 8)}", f"{year}{_digits(rng, 2)}-{_digits(rng, 5)}")
        ),
        "pa_no": rng.choice(
            (f"PA{_digits(rng, 8)}", f"{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 5)}", f"AUTH-{_digits(rng, 6)}")
        ),
        "ssn": f"{rng.randrange(100, 666):03d}-{rng.randrange(10, 100):02d}-{rng.randrange(1000, 10000):04d}",
        "msg_id": rng.choice((f"{_digits(rng, 8)}", f"MSG-{_digits(rng, 6)}")),
    }


def _en_values(
    rng: random.Random, country: str, note_date: dt.date, *, old: bool = False
) -> tuple[dict[str, str], list[KnownIdentifier]]:
    v: dict[str, str] = {}
    city = rng.choice(_CITIES[country])
    city2 = rng.choice([c for c in _CITIES[country] if c != city])
    v["city"] = city.name
    v["region"] = city.region
    v["city2"] = city2.name
    v["region2"] = city2.region

    pt = _en_name(rng, country)
    same_family = rng.random() < 0.45
    rel = _en_name(rng, country, last=pt.last if same_family else None)
    people = {
        "pt": pt, "rel": rel, "doc": _en_name(rng, country), "doc2": _en_name(rng, country),
        "rn": _en_name(rng, country), "rn2": _en_name(rng, country), "st": _en_name(rng, country),
        "st2": _en_name(rng, country), "x1": _en_name(rng, country), "x2": _en_name(rng, country),
        "x3": _en_name(rng, country), "mum": _en_name(rng, country, female=True),
    }  # fmt: skip
    for role, name in people.items():
        v.update(_en_person(role, name, rng))

    # ages and dates
    age = rng.randint(76, 104) if old else rng.randint(90, 104) if rng.random() < 0.25 else rng.randint(19, 89)
    v["rel_rel"] = rng.choice(_relations(rel.female, pt.female, age, _EN_RELATION_TIERS))
    dob = note_date - dt.timedelta(days=365 * age + rng.randrange(5, 360) + age // 4)
    v["age"] = str(age)
    v["age_w"] = _en_words(age)
    elder = rng.randint(86, 103)
    v["old_age"] = str(elder)
    v["old_age_w"] = _en_words(elder)
    v["kid_age"] = str(rng.randint(2, 15))
    v.update(_en_dates("dob", dob, rng))
    v.update(_en_dates("d_note", note_date, rng))
    v.update(_en_dates("d_prev", note_date - dt.timedelta(days=rng.randint(1, 45)), rng))
    discharge = note_date - dt.timedelta(days=rng.randint(1, 9))
    v.update(_en_dates("d_dc", discharge, rng))
    v.update(_en_dates("d_adm", discharge - dt.timedelta(days=rng.randint(3, 20)), rng))
    v.update(_en_dates("d_appt", note_date + dt.timedelta(days=rng.randint(1, 21)), rng))
    v.update(_en_dates("d_next", note_date + dt.timedelta(days=rng.randint(25, 120)), rng))
    v.update(_times(rng))
    v["dob_year"] = str(dob.year)

    # address
    n = rng.randint(2, 9899)
    street = f"{n} {rng.choice(_STREETS[country])}"
    if country == "us":
        unit = rng.choice(("", "", f" Apt {rng.randint(1, 40)}{rng.choice('ABCD')}", f" Unit {rng.randint(100, 420)}"))
        street += unit
        zip_code = city.postal + _digits(rng, 2)
        addr = f"{street}, {city.name}, {city.region} {zip_code}"
        postcode = zip_code
    elif country == "uk":
        street = rng.choice(
            (
                f"{rng.randint(1, 220)} {rng.choice(_STREETS[country])}",
                f"Flat {rng.randint(1, 24)}, {rng.randint(1, 90)} {rng.choice(_STREETS[country])}",
            )
        )
        postcode = f"{city.postal}{rng.randint(1, 28)} {rng.randint(1, 9)}{_letters(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        addr = f"{street}, {city.name} {postcode}"
    elif country == "in":
        street = f"Flat {rng.randint(1, 9)}0{rng.randint(1, 8)}, {rng.choice(_IN_SOCIETIES)}, {rng.choice(_STREETS[country])}"
        postcode = city.postal + _digits(rng, 3)
        addr = f"{street}, {rng.choice(city.localities)}, {city.name} - {postcode}"
    elif country == "ie":
        street = rng.choice(
            (
                f"{rng.randint(1, 120)} {rng.choice(_STREETS[country])}",
                f"Apt {rng.randint(1, 30)}, {rng.choice(_STREETS[country])}",
            )
        )
        postcode = f"{city.postal} {_alnum(rng, 4)}"
        addr = f"{street}, {city.name}, Co. {city.region}, {postcode}"
    else:
        street = rng.choice((street, f"{rng.randint(101, 2405)}-{n} {rng.choice(_STREETS[country])}"))
        fsa = city.postal + (_letters(rng, 1, "ABCEGHJKLMNPRSTVXY") if len(city.postal) == 2 else "")
        postcode = f"{fsa} {rng.randint(1, 9)}{_letters(rng, 1, 'ABCEGHJKLMNPRSTVXY')}{rng.randint(1, 9)}"
        addr = f"{street}, {city.name}, {city.region} {postcode}"
    v["pt_addr"] = addr
    v["pt_street"] = street
    v["pt_postcode"] = postcode
    v["pt_addr_lower"] = addr.lower()
    v["pt_addr_ocr"] = _ocr(addr, rng)
    org_street = f"{rng.randint(10, 3000)} {rng.choice(_STREETS[country])}"
    v["org_addr"] = f"{org_street}, {city.name}" + (f", {city.region}" if country in ("us", "ca") else "")

    # organisations
    orgs = rng.sample(list(_ORGS[country]), 3)
    (v["org"], v["org_dom"]), (v["org2"], v["org2_dom"]), (v["org3"], _) = orgs
    v["hosp"], v["hosp_dom"] = rng.choice([h for h in _HOSPITALS[country] if h[0] not in (v["org"], v["org2"])])
    hosp_city = rng.choice((city, city, city2))
    v["hosp_city"] = hosp_city.name
    v["hosp_email"] = rng.choice(("pals", "patient.experience", "enquiries", "contactus")) + "@" + v["hosp_dom"]
    v["pharm"] = rng.choice(_PHARMACIES[country])
    v["lab"] = rng.choice(_LABS[country])
    v["svc"] = rng.choice(_SERVICES[country])
    v["ins"] = rng.choice(_INSURERS[country])
    v["employer"] = rng.choice(_EMPLOYERS[country])

    # phones
    pt_forms = _phone_forms(rng, country, city, mobile=rng.random() < 0.6)
    v["pt_ph"] = rng.choice(pt_forms)
    v["pt_ph_canon"] = pt_forms[0]
    v["pt_ph_ocr"] = _ocr_digits(pt_forms[0], rng)
    digits_only = [ch for ch in pt_forms[0] if ch.isdigit()]
    words = " ".join(_EN_ONES[int(ch)] if ch != "0" else rng.choice(("zero", "oh")) for ch in digits_only)
    v["pt_ph_words"] = words
    for key, mobile in (
        ("pt_mob", True),
        ("rel_ph", True),
        ("rel_ph2", False),
        ("doc_ph", True),
        ("rn_ph", True),
        ("x1_ph", True),
        ("st_ph", True),
    ):
        v[key] = rng.choice(_phone_forms(rng, country, city, mobile))
    clinic = _phone_forms(rng, country, city, mobile=False)
    v["org_ph"] = rng.choice(clinic)
    v["org_ph_ext"] = rng.choice(clinic) + _ext(rng, country)
    v["org_fax"] = rng.choice(_phone_forms(rng, country, city, mobile=False))
    v["org2_ph"] = rng.choice(_phone_forms(rng, country, city2, mobile=False))
    v["org2_fax"] = rng.choice(_phone_forms(rng, country, city2, mobile=False))
    v["hosp_ph"] = rng.choice(_phone_forms(rng, country, hosp_city, mobile=False))
    v["hosp_fax"] = rng.choice(_phone_forms(rng, country, hosp_city, mobile=False))
    v["pharm_ph"] = rng.choice(_phone_forms(rng, country, city, mobile=False))
    v["svc_ph"] = rng.choice(_phone_forms(rng, country, city2, mobile=False))
    v["pager"] = rng.choice(_phone_forms(rng, country, city, mobile=country != "us"))
    v["pager2"] = rng.choice(_phone_forms(rng, country, city, mobile=country != "us"))
    v["callback_ext"] = rng.choice(clinic) + _ext(rng, country)
    v["fax_ocr"] = _ocr_digits(rng.choice(clinic), rng)
    abroad = rng.choice([c for c in ("us", "uk", "in", "ie", "ca") if c != country])
    abroad_forms = _phone_forms(rng, abroad, rng.choice(_CITIES[abroad]), mobile=True)
    v["abroad_ph"] = next((f for f in abroad_forms if f.startswith("+")), abroad_forms[0])

    # e-mail and web
    dom = rng.choice(_EMAIL_DOMAINS[country])
    pa, pl = _ascii(pt.first).lower(), _ascii(pt.last).lower()
    v["pt_email"] = rng.choice(
        (
            f"{pa}.{pl}{rng.randint(1, 99)}@{dom}",
            f"{pa[:1]}{pl}{dob:%y}@{dom}",
            f"{pl}.{pa}@{dom}",
            f"{pa}{dob.year}@{dom}",
        )
    )
    ra, rl = _ascii(rel.first).lower(), _ascii(rel.last).lower()
    v["rel_email"] = rng.choice(
        (
            f"{ra}.{rl}@{rng.choice(_EMAIL_DOMAINS[country])}",
            f"{ra}{rl[:1]}{rng.randint(10, 99)}@{rng.choice(_EMAIL_DOMAINS[country])}",
        )
    )
    staff_dom = "nhs.net" if country == "uk" and rng.random() < 0.6 else v["org_dom"]
    for role in ("doc", "doc2", "rn", "st", "x1"):
        first, last = _ascii(people[role].first).lower(), _ascii(people[role].last).lower()
        v[f"{role}_email"] = rng.choice(
            (
                f"{first}.{last}@{staff_dom}",
                f"{first[:1]}{last}@{staff_dom}",
                f"{first}.{last}{rng.randint(1, 9)}@{staff_dom}",
            )
        )
    v["org_email"] = rng.choice(("frontdesk", "referrals", "appointments", "admin", "reception")) + "@" + v["org_dom"]
    v["portal_url"] = rng.choice(
        (
            f"https://mychart.{v['org_dom']}/MyChart/Messages/{_digits(rng, 7)}",
            f"https://portal.{v['org_dom']}/msg?id={_digits(rng, 8)}",
            f"https://{v['org_dom']}/patient/login?ref={_alnum(rng, 8).lower()}",
        )
    )
    v["tele_url"] = rng.choice(
        (
            f"https://{v['org_dom']}/telehealth/join/{_alnum(rng, 10).lower()}",
            f"https://meet.{v['org_dom']}/dr-{_ascii(people['doc'].last).lower()}",
            f"https://zoom.us/j/{_digits(rng, 10)}?pwd={_alnum(rng, 12)}",
        )
    )
    v["short_url"] = rng.choice(
        (
            f"https://bit.ly/{_alnum(rng, 7)}",
            f"http://{v['org_dom'][:6]}.link/{_alnum(rng, 6).lower()}",
            f"https://tinyurl.com/{_alnum(rng, 8).lower()}",
        )
    )
    v["form_url"] = (
        f"www.{v['org_dom']}/forms/{rng.choice(('intake', 'consent', 'refill', 'feedback'))}-{_digits(rng, 5)}"
    )

    # identifiers
    v.update(_en_record_numbers(rng, country))
    v.update(_en_ids(rng, country))

    known = [
        KnownIdentifier("PERSON", f"{pt.first} {pt.last}"),
        KnownIdentifier("PERSON", pt.first),
        KnownIdentifier("PERSON", pt.last),
        KnownIdentifier("ID", v["mrn"]),
        KnownIdentifier("ID", v["health_no"]),
        KnownIdentifier("PHONE", v["pt_ph_canon"]),
        KnownIdentifier("ADDRESS", addr),
        KnownIdentifier("DATE", dob.isoformat()),
        KnownIdentifier("EMAIL", v["pt_email"]),
    ]
    return v, known


# ---------------------------------------------------------------------------------------------
# Chinese people, places, numbers
# ---------------------------------------------------------------------------------------------
_ZH_SURNAMES: Final[tuple[tuple[str, str], ...]] = (
    ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"),
    ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"),
    ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("高", "Gao"), ("林", "Lin"), ("罗", "Luo"), ("郑", "Zheng"),
    ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"), ("唐", "Tang"), ("许", "Xu"), ("韩", "Han"), ("冯", "Feng"),
    ("邓", "Deng"), ("曹", "Cao"), ("彭", "Peng"), ("曾", "Zeng"), ("肖", "Xiao"), ("田", "Tian"), ("董", "Dong"),
    ("潘", "Pan"), ("袁", "Yuan"), ("蔡", "Cai"), ("蒋", "Jiang"), ("余", "Yu"), ("杜", "Du"), ("叶", "Ye"),
    ("程", "Cheng"), ("魏", "Wei"), ("苏", "Su"), ("吕", "Lü"), ("丁", "Ding"), ("任", "Ren"), ("姚", "Yao"),
    ("沈", "Shen"), ("钟", "Zhong"), ("崔", "Cui"), ("谭", "Tan"), ("陆", "Lu"), ("范", "Fan"), ("金", "Jin"),
    ("文", "Wen"), ("石", "Shi"), ("江", "Jiang"), ("方", "Fang"), ("向", "Xiang"), ("牛", "Niu"), ("白", "Bai"),
    ("龙", "Long"), ("万", "Wan"), ("左", "Zuo"), ("钱", "Qian"), ("常", "Chang"), ("司", "Si"), ("仇", "Qiu"),
    ("欧阳", "Ouyang"), ("司马", "Sima"), ("诸葛", "Zhuge"), ("上官", "Shangguan"), ("东方", "Dongfang"),
    ("皇甫", "Huangfu"), ("慕容", "Murong"), ("令狐", "Linghu"), ("夏侯", "Xiahou"), ("公孙", "Gongsun"),
    ("端木", "Duanmu"), ("尉迟", "Yuchi"),
)  # fmt: skip
_ZH_GIVEN: Final[tuple[tuple[str, str], ...]] = (
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("强", "qiang"),
    ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"),
    ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("秀", "xiu"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"),
    ("英", "ying"), ("华", "hua"), ("建", "jian"), ("国", "guo"), ("文", "wen"), ("玲", "ling"), ("红", "hong"),
    ("梅", "mei"), ("婷", "ting"), ("雪", "xue"), ("晨", "chen"), ("浩", "hao"), ("宇", "yu"), ("欣", "xin"),
    ("怡", "yi"), ("俊", "jun"), ("鹏", "peng"), ("辉", "hui"), ("斌", "bin"), ("琳", "lin"), ("佳", "jia"),
    ("子", "zi"), ("轩", "xuan"), ("涵", "han"), ("诗", "shi"), ("雨", "yu"), ("萱", "xuan"), ("瑶", "yao"),
    ("晓", "xiao"), ("燕", "yan"), ("春", "chun"), ("兰", "lan"), ("凤", "feng"), ("德", "de"), ("福", "fu"),
    ("安", "an"), ("宁", "ning"), ("志", "zhi"), ("海", "hai"), ("立", "li"), ("新", "xin"), ("永", "yong"),
    ("淑", "shu"), ("慧", "hui"), ("琴", "qin"), ("云", "yun"), ("莉", "li"), ("倩", "qian"), ("月", "yue"),
    ("荣", "rong"), ("成", "cheng"), ("玉", "yu"), ("亮", "liang"), ("飞", "fei"), ("波", "bo"), ("金", "jin"),
)  # fmt: skip
# Whole given names that are also ordinary words or are typical of a generation.
_ZH_GIVEN_WHOLE: Final[tuple[tuple[str, str], ...]] = (
    ("平安", "Ping'an"), ("建国", "Jianguo"), ("国庆", "Guoqing"), ("秀英", "Xiuying"), ("桂兰", "Guilan"),
    ("淑珍", "Shuzhen"), ("招娣", "Zhaodi"), ("来福", "Laifu"), ("美玲", "Meiling"), ("思远", "Siyuan"),
    ("文", "Wen"), ("高", "Gao"), ("金", "Jin"), ("春梅", "Chunmei"), ("红旗", "Hongqi"), ("卫东", "Weidong"),
    ("爱华", "Aihua"), ("永康", "Yongkang"), ("幸福", "Xingfu"), ("阳光", "Yangguang"),
)  # fmt: skip
# Homophones and look-alikes a hurried typist or an OCR engine puts in the wrong place.
_ZH_SLIPS: Final = {
    "伟": "玮", "芳": "方", "静": "净", "丽": "莉", "军": "君", "娟": "涓", "明": "铭", "敏": "闽", "杰": "洁",
    "华": "花", "国": "囯", "建": "健", "文": "雯", "玲": "铃", "红": "虹", "梅": "眉", "婷": "亭", "雪": "学",
    "晨": "辰", "浩": "皓", "宇": "雨", "欣": "新", "俊": "骏", "辉": "晖", "斌": "彬", "琳": "林", "佳": "家",
    "涵": "寒", "瑶": "遥", "燕": "艳", "春": "纯", "兰": "蓝", "凤": "风", "德": "得", "福": "富", "安": "按",
    "志": "智", "海": "嗨", "永": "勇", "慧": "惠", "云": "芸", "莉": "丽", "倩": "茜", "月": "悦", "荣": "容",
    "成": "诚", "玉": "钰", "亮": "靓", "飞": "非", "波": "博", "平": "萍", "强": "墙", "磊": "垒", "涛": "滔",
    "张": "章", "王": "玉", "李": "季", "陈": "陳", "刘": "刘", "杨": "扬", "黄": "簧", "赵": "照", "周": "舟",
}  # fmt: skip
_ZH_TRAD: Final = {
    "张": "張", "陈": "陳", "刘": "劉", "杨": "楊", "黄": "黃", "赵": "趙", "吴": "吳", "郑": "鄭", "谢": "謝",
    "罗": "羅", "冯": "馮", "邓": "鄧", "叶": "葉", "苏": "蘇", "钟": "鍾", "陆": "陸", "欧阳": "歐陽", "东方": "東方",
    "华": "華", "国": "國", "丽": "麗", "红": "紅", "梅": "梅", "兰": "蘭", "凤": "鳳", "云": "雲", "荣": "榮",
    "伟": "偉", "娟": "娟", "军": "軍", "强": "強", "辉": "輝", "飞": "飛", "杰": "傑", "静": "靜",
}  # fmt: skip


@dataclass(frozen=True)
class _ZhName:
    surname: str
    surname_py: str
    given: str
    given_py: str
    female: bool


_FEMALE_CHARS: Final = set("芳娜敏静丽艳娟秀霞英玲红梅婷雪欣怡琳佳涵诗雨萱瑶晓燕春兰凤淑慧琴云莉倩月玉")


_NEUTRAL_CHARS: Final = set("文子晓雨安宁华平明新玉春")
_ZH_WHOLE_FEMALE: Final = frozenset({"秀英", "桂兰", "淑珍", "招娣", "美玲", "春梅", "爱华", "平安", "文", "幸福"})
_ZH_WHOLE_MALE: Final = frozenset(
    {"平安", "建国", "国庆", "来福", "思远", "文", "高", "金", "红旗", "卫东", "爱华", "永康", "阳光"}
)


def _zh_name(rng: random.Random, surname: tuple[str, str] | None = None, female: bool | None = None) -> _ZhName:
    sur, sur_py = surname or rng.choice(_ZH_SURNAMES)
    if female is None:
        female = rng.random() < 0.5
    roll = rng.random()
    if roll < 0.15:
        wanted = _ZH_WHOLE_FEMALE if female else _ZH_WHOLE_MALE
        given, given_py = rng.choice([g for g in _ZH_GIVEN_WHOLE if g[0] in wanted])
        return _ZhName(sur, sur_py, given, given_py, female)
    pool = [g for g in _ZH_GIVEN if (g[0] in _FEMALE_CHARS) == female or g[0] in _NEUTRAL_CHARS]
    count = 1 if roll < 0.4 else 2
    chars = rng.sample(pool, count)
    given = "".join(c for c, _ in chars)
    syllables = [p for _, p in chars]
    joined = f"{syllables[0]}'{syllables[1]}" if count == 2 and syllables[1][0] in "aeo" else "".join(syllables)
    return _ZhName(sur, sur_py, given, joined.capitalize(), female)


def _zh_slip(name: str, rng: random.Random) -> str:
    positions = [i for i, ch in enumerate(name) if ch in _ZH_SLIPS and _ZH_SLIPS[ch] != ch]
    if not positions:
        return name
    i = rng.choice(positions[1:] or positions)
    return name[:i] + _ZH_SLIPS[name[i]] + name[i + 1 :]


def _zh_trad(text: str) -> str:
    for simple, trad in _ZH_TRAD.items():
        text = text.replace(simple, trad)
    return text


def _zh_person(role: str, n: _ZhName, rng: random.Random) -> dict[str, str]:
    full = n.surname + n.given
    last_char = n.given[-1]
    py = f"{n.surname_py} {n.given_py}"
    initials = "".join(part[0] for part in n.surname_py.lower().split()) + "".join(
        ch[0] for ch in n.given_py.lower().replace("'", " ").split()
    )
    return {
        f"{role}_name": full,
        f"{role}_xing": n.surname,
        f"{role}_ming": n.given,
        f"{role}_py": py,
        f"{role}_pycaps": f"{n.surname_py.upper()} {n.given_py}",
        f"{role}_pyallcaps": py.upper(),
        f"{role}_pyrev": f"{n.given_py} {n.surname_py}",
        f"{role}_pylower": (n.surname_py + n.given_py).lower().replace("'", ""),
        f"{role}_abbr": initials,
        f"{role}_xiao": "小" + last_char,
        f"{role}_a": "阿" + last_char,
        f"{role}_dd": last_char * 2,
        f"{role}_slip": _zh_slip(full, rng),
        f"{role}_trad": _zh_trad(full),
        f"{role}_sex": "女" if n.female else "男",
        f"{role}_ta": "她" if n.female else "他",
        f"{role}_hon": "女士" if n.female else "先生",
        f"{role}_elder": "奶奶" if n.female else "爷爷",
        f"{role}_auntie": "阿姨" if n.female else "叔叔",
        f"{role}_oldman": "老太" if n.female else "老头",
    }


@dataclass(frozen=True)
class _ZhCity:
    province: str
    city: str
    abbr: str
    districts: tuple[str, ...]
    area: str


_ZH_CITIES: Final[tuple[_ZhCity, ...]] = (
    _ZhCity("浙江省", "杭州", "hz", ("西湖区", "拱墅区", "上城区", "滨江区", "余杭区"), "0571"),
    _ZhCity("浙江省", "温州", "wz", ("鹿城区", "瓯海区", "龙湾区"), "0577"),
    _ZhCity("浙江省", "绍兴", "sx", ("越城区", "柯桥区", "上虞区"), "0575"),
    _ZhCity("江苏省", "苏州", "sz", ("姑苏区", "吴中区", "相城区"), "0512"),
    _ZhCity("江苏省", "南通", "nt", ("崇川区", "通州区", "海门区"), "0513"),
    _ZhCity("江苏省", "徐州", "xz", ("鼓楼区", "云龙区", "泉山区"), "0516"),
    _ZhCity("广东省", "佛山", "fs", ("禅城区", "南海区", "顺德区"), "0757"),
    _ZhCity("湖北省", "宜昌", "yc", ("西陵区", "伍家岗区", "夷陵区"), "0717"),
    _ZhCity("湖北省", "武汉", "wh", ("武昌区", "洪山区", "江汉区"), "027"),
    _ZhCity("四川省", "绵阳", "my", ("涪城区", "游仙区", "安州区"), "0816"),
    _ZhCity("四川省", "成都", "cd", ("武侯区", "锦江区", "成华区"), "028"),
    _ZhCity("河南省", "洛阳", "ly", ("洛龙区", "西工区", "涧西区"), "0379"),
    _ZhCity("山东省", "烟台", "yt", ("芝罘区", "莱山区", "福山区"), "0535"),
    _ZhCity("山东省", "青岛", "qd", ("市南区", "崂山区", "李沧区"), "0532"),
    _ZhCity("安徽省", "合肥", "hf", ("蜀山区", "包河区", "庐阳区"), "0551"),
    _ZhCity("福建省", "泉州", "qz", ("鲤城区", "丰泽区", "洛江区"), "0595"),
    _ZhCity("湖南省", "株洲", "zz", ("天元区", "芦淞区", "荷塘区"), "0731"),
)
_ZH_TOWNS: Final = (
    "义乌",
    "昆山",
    "慈溪",
    "晋江",
    "仙桃",
    "桐庐县",
    "安吉县",
    "长兴县",
    "德清县",
    "江阴",
    "平湖",
    "临安",
    "宜兴",
    "海宁",
)
_ZH_ROADS: Final = (
    "文三路",
    "解放路",
    "人民路",
    "中山北路",
    "建设大道",
    "学院路",
    "长江路",
    "和平街",
    "新华路",
    "延安路",
    "体育场路",
    "凤起路",
    "天目山路",
    "工农路",
    "胜利街",
    "朝阳路",
    "滨江大道",
    "迎宾大道",
    "黄河路",
    "民主路",
)
_ZH_COMPOUNDS: Final = (
    "翠苑一区",
    "阳光花园",
    "金色家园",
    "幸福里小区",
    "锦绣华庭",
    "桂花苑",
    "万科城",
    "碧桂园",
    "铁路新村",
    "纺织厂宿舍",
    "丽景湾",
    "和平新村",
    "东方明珠花园",
    "世纪新城",
)
_ZH_PHARMACIES: Final = ("老百姓大药房", "益丰大药房", "国大药房", "大参林", "一心堂", "海王星辰")
_ZH_LABS: Final = ("金域医学检验所", "迪安诊断", "艾迪康检验中心", "华大基因")
_ZH_COURIERS: Final = ("顺丰速运", "京东物流", "中通快递", "邮政EMS")
_ZH_EMPLOYER_WORDS: Final = ("恒信物流", "华腾纺织", "明远电子", "金桥建设", "绿源食品", "远航汽配")
_ZH_RELATION_TIERS: Final[tuple[tuple[int, tuple[str, ...], tuple[str, ...]], ...]] = (
    (0, ("姐姐", "妹妹", "妻子"), ("哥哥", "弟弟", "丈夫")),
    (40, ("女儿", "侄女", "老伴"), ("儿子", "侄子", "老伴")),
    (52, ("儿媳", "女儿"), ("女婿", "儿子")),
    (62, ("孙女", "外孙女"), ("孙子", "外孙")),
)
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


def _zh_mobile(rng: random.Random) -> tuple[str, ...]:
    body = rng.choice(_ZH_MOBILE_PREFIXES) + _digits(rng, 8)
    return (
        body, f"{body[:3]} {body[3:7]} {body[7:]}", f"{body[:3]}-{body[3:7]}-{body[7:]}", f"+86 {body[:3]} {body[3:7]} {body[7:]}",
        f"+86{body}", f"+86-{body}", f"{body[:7]} {body[7:]}",
    )  # fmt: skip


def _zh_landline(rng: random.Random, area: str) -> tuple[str, ...]:
    local = str(rng.randrange(2, 9)) + _digits(rng, 7)
    return (
        f"{area}-{local}", f"({area}){local}", f"{area} {local[:4]} {local[4:]}", f"{area}{local}",
        f"+86 {area[1:]} {local}", f"{area}－{local}",
    )  # fmt: skip


def _zh_values(
    rng: random.Random, note_date: dt.date, *, old: bool = False
) -> tuple[dict[str, str], list[KnownIdentifier]]:
    v: dict[str, str] = {}
    city = rng.choice(_ZH_CITIES)
    city2 = rng.choice([c for c in _ZH_CITIES if c != city])
    district = rng.choice(city.districts)
    v["prov"] = city.province
    v["city"] = city.city
    v["city_shi"] = city.city + "市"
    v["district"] = district
    v["city2"] = city2.city
    v["prov2"] = city2.province
    v["town"] = rng.choice(_ZH_TOWNS)

    pt = _zh_name(rng)
    surname = (pt.surname, pt.surname_py)
    rel = _zh_name(rng, surname if rng.random() < 0.5 else None)
    people = {
        "pt": pt, "rel": rel, "doc": _zh_name(rng), "doc2": _zh_name(rng), "rn": _zh_name(rng, female=rng.random() < 0.9),
        "rn2": _zh_name(rng, female=rng.random() < 0.9), "st": _zh_name(rng), "x1": _zh_name(rng), "x2": _zh_name(rng),
    }  # fmt: skip
    for role, name in people.items():
        v.update(_zh_person(role, name, rng))
    for role in ("x3", "x4"):
        fake = _fake(rng.choice(("zh_CN", "zh_CN", "zh_TW")), rng)
        sur, given = fake.last_name(), fake.first_name()
        v[f"{role}_name"], v[f"{role}_xing"], v[f"{role}_ming"] = sur + given, sur, given

    age = rng.randint(76, 104) if old else rng.randint(90, 105) if rng.random() < 0.25 else rng.randint(18, 89)
    v["rel_rel"] = rng.choice(_relations(rel.female, pt.female, age, _ZH_RELATION_TIERS))
    dob = note_date - dt.timedelta(days=365 * age + rng.randrange(5, 360) + age // 4)
    v["age"] = str(age)
    v["age_zh"] = _zh_number(age)
    elder = rng.randint(86, 104)
    v["old_age"] = str(elder)
    v["old_age_zh"] = _zh_number(elder)
    v["kid_age"] = str(rng.randint(2, 14))
    v.update(_zh_dates("dob", dob, rng))
    v.update(_zh_dates("d_note", note_date, rng))
    v.update(_zh_dates("d_prev", note_date - dt.timedelta(days=rng.randint(1, 45)), rng))
    discharge = note_date - dt.timedelta(days=rng.randint(1, 9))
    v.update(_zh_dates("d_dc", discharge, rng))
    v.update(_zh_dates("d_adm", discharge - dt.timedelta(days=rng.randint(3, 20)), rng))
    v.update(_zh_dates("d_appt", note_date + dt.timedelta(days=rng.randint(1, 21)), rng))
    v.update(_zh_dates("d_next", note_date + dt.timedelta(days=rng.randint(25, 120)), rng))
    v.update(_times(rng))

    road = rng.choice(_ZH_ROADS)
    compound = rng.choice(_ZH_COMPOUNDS)
    bldg, unit, room = rng.randint(1, 36), rng.randint(1, 4), f"{rng.randint(1, 28)}0{rng.randint(1, 6)}"
    short = rng.choice(
        (
            f"{compound}{bldg}幢{unit}单元{room}室",
            f"{compound}{bldg}栋{room}",
            f"{road}{rng.randint(1, 899)}号{compound}{bldg}-{unit}-{room}",
        )
    )
    addr = f"{city.province}{city.city}市{district}{road}{rng.randint(1, 899)}号{compound}{bldg}幢{unit}单元{room}室"
    v["pt_addr"] = addr
    v["pt_addr_city"] = f"{city.city}市{district}{road}{rng.randint(1, 899)}号{compound}{bldg}栋{room}"
    v["pt_addr_short"] = short
    v["pt_addr_ocr"] = _zh_slip(addr, rng).replace("号", "弓", 1) if rng.random() < 0.5 else addr.replace("幢", "憧", 1)
    v["rel_addr"] = (
        f"{city2.province}{city2.city}市{rng.choice(city2.districts)}{rng.choice(_ZH_ROADS)}{rng.randint(1, 500)}号"
    )
    v["org_addr"] = f"{city.city}市{district}{rng.choice(_ZH_ROADS)}{rng.randint(1, 500)}号"

    hospital = rng.choice(
        (
            f"{city.city}市第一人民医院",
            f"{city.city}市中医院",
            f"{city.city}市第三人民医院",
            f"{city.city}市妇幼保健院",
            f"{district}人民医院",
            f"{city.city}医科大学附属第二医院",
        )
    )
    v["org"] = hospital
    v["org_ih"] = hospital + "互联网医院"
    v["org_dom"] = f"{city.abbr}{rng.choice(('rmyy', 'zyy', 'dyyy', 'fybjy', 'syy'))}.com.cn"
    v["org2"] = rng.choice(
        (
            f"{district}{rng.choice(('翠苑', '文新', '古荡', '城东', '南苑', '北门'))}街道社区卫生服务中心",
            f"{city2.city}市人民医院",
            f"{city.city}市康复医院",
            f"{city.city}市第二人民医院",
        )
    )
    v["org3"] = rng.choice(
        (f"{district}福康养老院", "夕阳红颐养中心", f"{city.city}市社会福利院", f"{district}康乐护理院")
    )
    v["pharm"] = f"{rng.choice(_ZH_PHARMACIES)}（{road}店）" if rng.random() < 0.5 else rng.choice(_ZH_PHARMACIES)
    v["lab"] = rng.choice(_ZH_LABS)
    v["courier"] = rng.choice(_ZH_COURIERS)
    v["employer"] = f"{city.city}{rng.choice(_ZH_EMPLOYER_WORDS)}有限公司"

    pt_forms = _zh_mobile(rng)
    v["pt_ph"] = rng.choice(pt_forms)
    v["pt_ph_canon"] = pt_forms[0]
    v["pt_ph_zhnum"] = "".join("幺" if ch == "1" and rng.random() < 0.5 else _ZH_DIGITS[int(ch)] for ch in pt_forms[0])
    v["pt_ph_ocr"] = _ocr_digits(pt_forms[1], rng)
    v["pt_ph_tail"] = pt_forms[0][-4:]
    for key in ("rel_ph", "doc_ph", "rn_ph", "st_ph", "x1_ph", "x2_ph", "rel_ph2"):
        v[key] = rng.choice(_zh_mobile(rng))
    ward = _zh_landline(rng, city.area)
    v["ward_ph"] = rng.choice(ward)
    v["ward_ph_ext"] = ward[0] + rng.choice(("转", "-", " 转 ", "转分机")) + _digits(rng, 4)
    v["org_fax"] = rng.choice(_zh_landline(rng, city.area))
    v["org2_ph"] = rng.choice(_zh_landline(rng, city.area))
    v["org2_fax"] = rng.choice(_zh_landline(rng, city2.area))
    v["home_ph"] = rng.choice(_zh_landline(rng, city.area))
    hotline = f"400-{_digits(rng, 3)}-{_digits(rng, 4)}"
    v["hotline"] = rng.choice((hotline, hotline.replace("-", " "), hotline.replace("-", "")))

    py = pt.surname_py.lower() + pt.given_py.lower().replace("'", "")
    v["pt_email"] = rng.choice(
        (
            f"{py}{dob.year}@163.com",
            f"{py}@qq.com",
            f"{_digits(rng, rng.randint(8, 10)).lstrip('0') or '8'}@qq.com",
            f"{py}{rng.randint(1, 99)}@126.com",
            f"{pt.surname_py.lower()}{dob:%m%d}@sina.com",
        )
    )
    rpy = rel.surname_py.lower() + rel.given_py.lower().replace("'", "")
    v["rel_email"] = rng.choice((f"{rpy}@163.com", f"{rpy}{rng.randint(10, 99)}@qq.com", f"{rpy}@foxmail.com"))
    for role in ("doc", "doc2", "st"):
        n = people[role]
        v[f"{role}_email"] = f"{n.surname_py.lower()}{n.given_py.lower().replace(chr(39), '')}@{v['org_dom']}"
    v["ih_url"] = rng.choice(
        (
            f"https://ih.{v['org_dom']}/wz/{note_date:%Y%m%d}{_digits(rng, 5)}",
            f"https://www.{v['org_dom']}/hlwyy/consult?id={_digits(rng, 9)}",
            f"http://wx.{v['org_dom']}/fz/{_alnum(rng, 8).lower()}",
        )
    )
    v["short_url"] = rng.choice(
        (
            f"https://t.cn/{_alnum(rng, 7)}",
            f"http://dwz.cn/{_alnum(rng, 6)}",
            f"https://url.cn/{_alnum(rng, 7).lower()}",
        )
    )
    v["form_url"] = f"https://wj.{v['org_dom']}/s/{_digits(rng, 7)}"

    rid = cn_resident_id(rng, dob)
    v["rid"] = rid
    v["rid_sp"] = f"{rid[:6]} {rid[6:14]} {rid[14:]}"
    v["zyh"] = rng.choice(
        (
            f"ZY{note_date:%Y}{_digits(rng, 6)}",
            _digits(rng, 10),
            f"{_digits(rng, 8)}",
            f"{note_date:%y}{_digits(rng, 6)}",
        )
    )
    v["mzh"] = rng.choice((f"MZ{_digits(rng, 8)}", _digits(rng, 10), f"{_digits(rng, 12)}"))
    v["bed"] = rng.choice(
        (
            str(rng.randint(1, 48)),
            f"{rng.randint(1, 42):02d}",
            f"加{rng.randint(1, 6)}",
            f"{rng.choice('ABC')}{rng.randint(1, 20)}",
        )
    )
    v["bed2"] = str(rng.randint(1, 48))
    v["bed3"] = rng.choice((str(rng.randint(1, 48)), f"加{rng.randint(7, 9)}"))
    for key in ("zyh2", "zyh3", "zyh4"):
        v[key] = rng.choice(
            (f"ZY{note_date:%Y}{_digits(rng, 6)}", _digits(rng, 10), f"{note_date:%y}{_digits(rng, 6)}")
        )
    v["meeting"] = rng.choice(
        (
            f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
            f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
            _digits(rng, 9),
        )
    )
    v["ward_no"] = f"{rng.randint(3, 22)}"
    v["ybh"] = rng.choice(
        (
            f"{rng.choice('KHAG')}{_digits(rng, 8)}",
            f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
            f"{city.abbr.upper()}{_digits(rng, 11)}",
            _digits(rng, 10),
        )
    )
    v["bah"] = rng.choice((f"BA{_digits(rng, 8)}", _digits(rng, 8), f"{note_date:%Y}-{_digits(rng, 6)}"))
    v["jzk"] = rng.choice((f"{_digits(rng, 10)}", f"JZ{_digits(rng, 9)}"))
    v["wzd"] = rng.choice(
        (f"WZ{note_date:%Y%m%d}{_digits(rng, 4)}", f"{note_date:%Y%m%d}{_digits(rng, 6)}", f"IH-{_digits(rng, 9)}")
    )
    v["order"] = rng.choice((f"{note_date:%Y%m%d}{_digits(rng, 8)}", f"DD{_digits(rng, 12)}"))
    v["cfh"] = rng.choice((f"CF{note_date:%Y%m%d}{_digits(rng, 4)}", f"{_digits(rng, 11)}", f"RX-{_digits(rng, 7)}"))
    v["tm"] = rng.choice((f"{note_date:%y%m%d}{_digits(rng, 5)}", f"{_digits(rng, 12)}"))
    v["gd"] = rng.choice(
        (f"12320-{note_date:%Y%m%d}-{_digits(rng, 4)}", f"GD{note_date:%Y%m%d}{_digits(rng, 4)}", f"{_digits(rng, 14)}")
    )
    v["gh"] = rng.choice((f"{_digits(rng, 4)}", f"N{_digits(rng, 4)}", f"{_digits(rng, 6)}"))
    v["gh2"] = rng.choice((f"{_digits(rng, 4)}", f"D{_digits(rng, 5)}"))
    v["zsbm"] = _digits(rng, 15)
    v["kd"] = rng.choice((f"SF{_digits(rng, 13)}", f"JD{_digits(rng, 13)}", f"7{_digits(rng, 13)}"))
    v["wx"] = rng.choice(
        (
            f"wxid_{_alnum(rng, 12).lower()}",
            f"{py}{rng.randint(60, 99)}",
            f"{pt.surname_py.lower()}_{_alnum(rng, 5).lower()}",
        )
    )
    v["qq"] = _digits(rng, rng.randint(8, 10)).lstrip("0") or "88123456"
    v["sn"] = rng.choice(
        (f"SN:{_alnum(rng, 4)}-{_digits(rng, 6)}", f"{_alnum(rng, 12)}", f"{_alnum(rng, 2)}{_digits(rng, 8)}")
    )
    v["sn"] = v["sn"].removeprefix("SN:")
    v["call_id"] = rng.choice((f"CR-{note_date:%m%d}-{_digits(rng, 4)}", f"{_digits(rng, 12)}"))
    v["mdt_no"] = f"MDT{note_date:%Y}{_digits(rng, 4)}"
    v["ip"] = f"{rng.randrange(36, 223)}.{rng.randrange(0, 256)}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"
    v["ins_no"] = rng.choice((f"P{_digits(rng, 12)}", f"{_letters(rng, 4)}{_digits(rng, 10)}"))
    v["claim"] = rng.choice((f"LP{note_date:%Y}{_digits(rng, 6)}", f"{_digits(rng, 15)}"))

    known = [
        KnownIdentifier("PERSON", pt.surname + pt.given),
        KnownIdentifier("PERSON", pt.given),
        KnownIdentifier("ID", rid),
        KnownIdentifier("ID", v["zyh"]),
        KnownIdentifier("ID", v["ybh"]),
        KnownIdentifier("PHONE", v["pt_ph_canon"]),
        KnownIdentifier("ADDRESS", addr),
        KnownIdentifier("DATE", dob.isoformat()),
        KnownIdentifier("EMAIL", v["pt_email"]),
    ]
    return v, known


# ---------------------------------------------------------------------------------------------
# English templates (name prefix = country: ca, ie, in, uk, us)
# ---------------------------------------------------------------------------------------------
EN_BLIND18_TEMPLATES: Final[dict[str, str]] = {
    "ca_answering_service_log": """MESSAGE LOG -- <<ORG:svc>>
Client acct: <<ORG:org>> (after hours)
Msg ID: <<ID:msg_id>>   Rec'd: <<DATE:d_note_iso>> {t1_24}   Oper: <<PERSON:st_fi>> (op# <<ID:badge>>)
------------------------------------------------------------
CALLER ....... <<PERSON:rel_full>> ({rel_rel})
CALLBACK ..... <<PHONE:rel_ph>>   alt <<PHONE:rel_ph2>>
PATIENT ...... <<PERSON:pt_capslf>>   DOB <<DATE:dob_iso>>   HC# <<ID:health_no>>
ADDRESS ...... <<ADDRESS:pt_addr>>
REASON ....... pt on warfarin, slipped in bathroom around {t2}, small cut above L eyebrow, bleeding stopped with pressure. caller unsure if needs ER. pt is <<AGE:age>>, lives alone. family dr is Dr. <<PERSON:doc_last>>.
ACTION ....... paged on-call Dr <<PERSON:doc2_il>> @ <<PHONE:pager>> {t3}, no answer; repaged {t4}
RESOLUTION ... Dr. <<PERSON:doc2_last>> returned call {t5}, advised <<ORG:hosp>> ED in <<LOCATION:hosp_city>> for head CT given anticoagulation. caller agreed, will drive. -<<PERSON:st_inits>>
""",
    "ca_portal_thread_quoted": """Subject: RE: RE: refill + question about my bloodwork
Portal: <<URL:portal_url>>
Clinic: <<ORG:org>> | <<ADDRESS:org_addr>> | Tel <<PHONE:org_ph>> | Fax <<PHONE:org_fax>>

From: <<PERSON:rn_full>>, RN (for Dr. <<PERSON:doc_full>>)
Sent: <<DATE:d_note_long>> {t3}
To: <<PERSON:pt_full>>

Hi <<PERSON:pt_first>>,
Dr. <<PERSON:doc_last>> reviewed your results from <<ORG:lab>> (accession <<ID:acc_no>>). Your A1c came down to 7.1, which is good progress. The refill for metformin was sent to <<ORG:pharm>> this morning (Rx <<ID:rx_no>>). Please book a follow-up for after <<DATE:d_next_mon>>; you can call the front desk at <<PHONE:org_ph_ext>>.
Thanks,
<<PERSON:rn_first>>

> From: <<PERSON:pt_full>> <<<EMAIL:pt_email>>>
> Sent: <<DATE:d_prev_long>> {t1}
> Hi it's <<PERSON:pt_nick>> again. I still haven't heard about my blood test from <<DATE:d_prev_mon>>. Also I'm almost out of metformin. My health card is <<ID:health_no>> if you need it. My {rel_rel} <<PERSON:rel_first>> can pick it up, cell is <<PHONE:rel_ph>>.
>
> > From: <<ORG:org>> (automated)
> > Your lab results are available. Log in to view. Do not reply to this message.
""",
    "ca_pharmacy_refill_line": """<<ORG:pharm>> -- REFILL LINE / IVR TRANSCRIPT
Call ID <<ID:call_id>>   Date <<DATE:d_note_uss>>   Time {t1}
Caller ANI: <<PHONE:pt_ph>>
IVR: Please enter your prescription number followed by the pound key.
Caller (keypad): <<ID:rx_no>>
IVR: I did not recognize that number. Press zero to speak to a pharmacy team member.
AGENT (<<PERSON:st_first>>): Pharmacy, this is <<PERSON:st_first>>, can I have your name and date of birth?
CALLER: yeah it's <<PERSON:pt_lowerfull>>, <<DATE:dob_long>>. I'm calling about my mum too, <<PERSON:mum_full>>, she's <<AGE:old_age>> and her puffers ran out.
AGENT: For your mother I'll need her own prescriber's OK, the Rx was from Dr. <<PERSON:doc_typo>> at <<ORG:org>>. I'll fax a renewal request to <<PHONE:org_fax>>.
CALLER: ok, and can you deliver? I moved, new address is <<ADDRESS:pt_addr>>.
AGENT: Updated. Delivery {d_appt_wd} <<DATE:d_appt_mon>> between 2 and 6. Reference <<ID:order_no>>.
[call ended {t2}] notes by <<PERSON:st_handle>>
""",
    "ca_telehealth_virtual_visit": """VIRTUAL CARE NOTE -- <<ORG:org>>
Platform: OTN video (link <<URL:tele_url>>), meeting ID <<ID:meeting_id>>
Date of service: <<DATE:d_note_long>>   Start {t1} / end {t2}
Patient: <<PERSON:pt_full>>   DOB: <<DATE:dob_us>>   Age <<AGE:age>>   Chart <<ID:mrn_text>>
Patient location: home, <<LOCATION:city>>, {region} (verified by pt). Provider location: clinic.
Others present: {rel_rel} <<PERSON:rel_first>> (helped with camera); interpreter <<PERSON:x1_full>> (Punjabi, ID <<ID:emp_id>>) joined by phone from <<PHONE:x1_ph>>.
Consent: verbal consent for virtual visit obtained.

S: 2/52 hx productive cough, low-grade fevers, SOB on stairs. No CP. Sick contact: grandchild <<PERSON:x2_first>> had "the flu" at daycare.
O: Appears mildly unwell on video, speaking full sentences, RR ~20 counted on screen. Home sat 93% RA per pt's device (serial <<ID:serial>>). Temp 38.1 by pt.
A: Probable CAP, low risk.
P: Amoxicillin 1 g TID x 5d sent to <<ORG:pharm>>. CXR req faxed to <<ORG:lab>>. Return precautions reviewed; 811 or 911 if worse. F/u phone call <<DATE:d_appt_mdo>>.
Video dropped twice; completed by phone at <<PHONE:pt_ph>>.
<<PERSON:doc_full>>, MD  (CPSO <<ID:lic>>)
""",
    "ca_voicemail_transcript": """Voicemail to text -- clinic general box
From: <<PHONE:pt_ph>>   Received {d_note_wds} <<DATE:d_note_mon>> {t1}   Length 0:47   Msg <<ID:vm_id>>
Transcription (automated, may contain errors):
"hi this is uh <<PERSON:pt_lowerfull>> calling for doctor <<PERSON:doc_lowerlast>> um my date of birth is <<DATE:dob_lowerfull>> I had the echo done at <<ORG:hosp>> on <<DATE:d_prev_lower>> and nobody called me with the result I'm a bit worried because of the skipped beats thing uh you can reach me at <<PHONE:pt_ph_words>> or my {rel_rel} <<PERSON:rel_lower>> at <<PHONE:rel_ph>> okay thanks bye"
----
Actioned by: <<PERSON:st_full>> {t3} -- result in chart, routed to Dr <<PERSON:doc_last>> inbox. LM for pt to call back, ref <<ID:ticket>>.
""",
    "ca_sms_reminder_replies": """SMS log -- <<ORG:org>> appointment reminders (outbound number <<PHONE:org_ph>>)
<<DATE:d_note_iso>> {t1}  OUT -> <<PHONE:pt_ph>>: Hi <<PERSON:pt_first>>, reminder of your appt with Dr. <<PERSON:doc_last>> on {d_appt_wds} <<DATE:d_appt_mon>> at {t2}. Reply C to confirm, R to reschedule. Bring your health card.
<<DATE:d_note_iso>> {t3}  IN  <- <<PHONE:pt_ph>>: R
<<DATE:d_note_iso>> {t3}  OUT -> <<PHONE:pt_ph>>: Please call <<PHONE:org_ph_ext>> to reschedule or book online at <<URL:short_url>>
<<DATE:d_note_iso>> {t4}  IN  <- <<PHONE:pt_ph>>: cant get thru on phone 😩 can i do the <<DATE:d_next_ord>> instead?? this is <<PERSON:rel_lower>> {rel_rel} of <<PERSON:pt_lower>> btw
<<DATE:d_note_iso>> {t5}  OUT (manual, <<PERSON:st_first>>): Hi <<PERSON:rel_first>>, I've moved <<PERSON:pt_first>>'s appt to <<DATE:d_next_mdo>> same time. Conf# <<ID:booking_ref>>. Thanks!
<<DATE:d_note_iso>> {t5}  IN  <- <<PHONE:pt_ph>>: 👍 thank u
""",
    "ie_email_thread_signature": """From: <<PERSON:doc_full>> <<<EMAIL:doc_email>>>
Sent: {d_note_wd} <<DATE:d_note_ukl>> {t1}
To: <<EMAIL:doc2_email>>
Cc: <<PERSON:st_full>> <<<EMAIL:st_email>>>
Subject: RE: Re: <<PERSON:pt_capsfirst>> MRN <<ID:mrn>> -- query re: OPD appt

Hi <<PERSON:doc2_first>>,

Thanks for coming back to me. Just to clarify, {pt_title} <<PERSON:pt_last>> (DOB <<DATE:dob_uk>>) is still on your waiting list since <<DATE:d_prev_ukl>> and {pt_her} GP Dr <<PERSON:x1_last>> in <<LOCATION:city>> has sent a second letter. {pt_herc} PPSN is <<ID:health_no>> if the appointments office needs it. {pt_shec} can be contacted on <<PHONE:pt_ph>> or via {pt_her} {rel_rel} <<PERSON:rel_first>> on <<PHONE:rel_ph>>.

Kind regards,
<<PERSON:doc_first>>

<<PERSON:doc_full>>
Registrar, Department of Medicine
<<ORG:org>> | <<ADDRESS:org_addr>>
T: <<PHONE:org_ph_ext>>  |  F: <<PHONE:org_fax>>
MCRN <<ID:lic>>
---- This e-mail and any attachments are confidential. If received in error please notify the sender. ----

-----Original Message-----
From: <<PERSON:doc2_full>>
Sent: <<DATE:d_prev_dots>> {t2}
Subject: Re: <<PERSON:pt_capsfirst>>

<<PERSON:doc_first>> -- can you send me the referral? Nothing on our system under that MRN. <<PERSON:doc2_il>>
""",
    "ie_fax_ocr_referral": """[OCR of faxed page 1/2 -- recognition confidence 71%]
FAX FROM: <<ORG:org>>     FAX NO: <<PHONE:fax_ocr>>     <<DATE:d_note_ocruk>> {t1_24}
TO: Outpatients, <<ORG:hosp>>     Fax: <<PHONE:hosp_fax>>

REFERRAL -- URGENT
Patient narne: <<PERSON:pt_ocr>>          D.O.B: <<DATE:dob_ocruk>>
Address: <<ADDRESS:pt_addr_ocr>>
Tel: <<PHONE:pt_ph_ocr>>      Hosp No: <<ID:health_ocr>>
Referring GP: Dr <<PERSON:doc_ocr>>, <<ORG:org>>, <<LOCATION:city>>
Reason: 6/52 weight loss, iron def anaemia Hb 8.9, ? lower GI cause. Pt is <<AGE:age>> yrs, independent. Lives with <<PERSON:rel_ocr>> ({rel_rel}).
Medical card no: <<ID:case_no>>
Signed: [illegible] <<PERSON:doc_inits>>     Date: <<DATE:d_note_dots>>
--- page 2 not legible ---
""",
    "ie_handwritten_form_ocr": """HANDWRITTEN REGISTRATION FORM -- scanned & OCR'd (errors not corrected)
Practice: <<ORG:org>>
Surname: <<PERSON:pt_ocrlast>>   First name(s): <<PERSON:pt_first>>
Date of birth: <<DATE:dob_ocruk>>   Age: <<AGE:age>>
Address: <<ADDRESS:pt_addr_ocr>>
Mobile: <<PHONE:pt_ph_ocr>>   Email: <<EMAIL:pt_email>>
PPS No: <<ID:health_ocr>>   GMS card: <<ID:case_no>>
Next of kin: <<PERSON:rel_ocr>>  Relationship: {rel_rel}  Tel: <<PHONE:rel_ph>>
Previous GP: Dr <<PERSON:x1_last>>, <<LOCATION:city2>>
Private insurer: <<ORG:ins>>   Member no: <<ID:ins_id>>
Signature: <<PERSON:pt_il>>   Date: <<DATE:d_note_uks>>
For office use -- entered by <<PERSON:st_inits>> on <<DATE:d_note_dmon>>
""",
    "ie_ooh_triage_call": """<<ORG:svc>> -- TRIAGE CALL RECORD
Case <<ID:case_no>> | Call rec'd <<DATE:d_note_dots>> {t1_24} | Line: GP out-of-hours
Caller: <<PERSON:rel_full>> (rel: {rel_rel}) | Callback <<PHONE:rel_ph>>
Pt: <<PERSON:pt_full>> DOB <<DATE:dob_uk>> | Reg GP: Dr <<PERSON:doc_last>>, <<ORG:org>>
Pt location at time of call: <<ADDRESS:pt_addr>>
Triage nurse: <<PERSON:rn_fi>> | Call duration 06:12
Transcript summary:
<<PERSON:rel_first>> says {pt_she} is "not right" since the afternoon, vomited x3, not keeping fluids down. Pt is <<AGE:age>> and usually very sharp. No falls. Meds in a blister pack from <<ORG:pharm>>.
RN advised treatment centre visit; caller has no car. Home visit allocated to Dr <<PERSON:doc2_mid>> (car 3), ETA 90 min. Driver <<PERSON:x2_first>>.
Home visit note ({t3}): alert, dry mucosa, BP 98/60. Sent by ambulance to <<ORG:hosp>>; ED informed by phone <<PHONE:hosp_ph>>.
""",
    "ie_staff_group_chat": """[Ward 4B nurses -- group chat export, <<DATE:d_note_uk>>]
{t1} - <<PERSON:rn_first>>: morning all, bed 12 <<PERSON:pt_caps>> had a bad night, sats dropped to 88 @ 3am, reg <<PERSON:doc_first>> came up
{t1} - <<PERSON:rn2_first>>: is that the one from <<LOCATION:city>>? {pt_her} {rel_rel} <<PERSON:rel_first>> rang 4 times last night lol
{t2} - <<PERSON:rn_first>>: yep. {rel_rel}s number is <<PHONE:rel_ph>> wants a call before 10
{t2} - <<PERSON:x1_lower>>: ill ring, im on the floor today. whats the MRN again
{t3} - <<PERSON:rn_first>>: <<ID:mrn>>
{t3} - <<PERSON:x2_nick>>: also pharmacy (<<PERSON:x3_first>>) says {pt_her} apixaban script is for <<PERSON:pt_typo>> with a typo, needs re-writing before discharge
{t4} - <<PERSON:rn2_first>>: sr <<PERSON:st_last>> says discharge is pencilled for <<DATE:d_appt_dmo>> if bloods ok
{t5} - <<PERSON:x1_lower>>: done, spoke to {rel_rel} 👍
""",
    "in_call_centre_booking": """<<ORG:org>> -- Central Appointment Desk -- Call Transcript
Agent: <<PERSON:st_full>> (Agent ID <<ID:emp_id>>)   Call ID: <<ID:call_id>>   <<DATE:d_note_dmy>> {t1}
Caller number: <<PHONE:pt_ph>>

Agent: Good morning, <<ORG:org>>, this is <<PERSON:st_first>> speaking, how may I help you?
Caller: Haan hello, I want appointment for my {pt_parent} with Dr <<PERSON:doc_full>>, cardiology.
Agent: Sure sir. Patient name and UHID please?
Caller: <<PERSON:pt_capsfull>>. UHID is <<ID:mrn>>. I am {pt_her} {rel_child}, <<PERSON:rel_full>>.
Agent: Age and date of birth?
Caller: <<AGE:age>> years, <<DATE:dob_uk>>.
Agent: Dr <<PERSON:doc_last>> OPD is Monday-Wednesday-Friday. Earliest is <<DATE:d_appt_dmo>>, 11:20 am slot.
Caller: OK book it. Also send on WhatsApp <<PHONE:rel_ph>>, my {pt_parent} phone is not smart phone.
Agent: Done sir. Your booking ID is <<ID:booking_ref>>. Please carry previous ECG and the <<ORG:ins>> card, policy <<ID:ins_id>>. Our address is <<ADDRESS:org_addr>>, near the bus depot. For any change call <<PHONE:org_ph_ext>>.
Caller: Thank you madam.
[Disposition: Appointment booked | QA reviewed by <<PERSON:st2_il>>]
""",
    "in_teleconsult_note": """TELECONSULTATION RECORD
Provider: <<ORG:org>> (hub)   Spoke: PHC, <<LOCATION:city2>>
Mode: video via eSanjeevani; fell back to phone <<PHONE:pt_ph>> due to poor network
Date: <<DATE:d_note_uk>>   Consult ID: <<ID:case_no>>
Patient: <<PERSON:pt_full>>   <<AGE:age>>Y / {pt_mf}   ABHA: <<ID:health_no>>
Accompanied by: CHO <<PERSON:x1_full>> and ASHA worker <<PERSON:x2_first>>
Address: <<ADDRESS:pt_addr>>

C/o: burning micturition x 4 days, fever with chills. k/c/o T2DM on metformin 500 BD.
Vitals (by CHO): T 100.4F, BP 132/84, CBG 246.
Impression: UTI, uncontrolled DM.
Advice: urine R/M and culture at <<ORG:lab>> (sample ID <<ID:spec_no>>); nitrofurantoin 100 mg BD x 5 days; increase fluids; review on <<DATE:d_appt_dmy>> or earlier if vomiting.
Prescription sent to registered mobile. Doctor: Dr. <<PERSON:doc_full>>, MBBS MD, Reg. No. <<ID:lic>>
""",
    "in_tpa_preauth_email": """From: cashless desk <<<EMAIL:org_email>>>
To: <<EMAIL:x1_email>>
Date: <<DATE:d_note_dmy>> {t1}
Subject: Pre-auth query -- <<PERSON:pt_capsfull>> -- Policy <<ID:ins_id>> -- Claim <<ID:claim>>

Dear <<PERSON:x1_first>> ji,
Please find attached the pre-authorisation request for our patient <<PERSON:pt_full>> (UHID <<ID:mrn>>, DOB <<DATE:dob_dmy>>) admitted on <<DATE:d_adm_dmy>> under Dr <<PERSON:doc_il>> for laparoscopic cholecystectomy. Insurer: <<ORG:ins>>. TPA: <<ORG:svc>>. Estimated cost Rs 1,35,000.
Query raised by your team on <<DATE:d_dc_dm>> (ref <<ID:pa_no>>) regarding past history has been answered by the treating doctor.
Kindly expedite as surgery is planned for <<DATE:d_appt_dmon>>.

Regards,
<<PERSON:st_full>>
Insurance Coordinator, <<ORG:org>>
Ph: <<PHONE:org_ph_ext>> | Mob: <<PHONE:st_ph>>

> On <<DATE:d_prev_ukl>>, <<PERSON:x1_full>> <<<EMAIL:x1_email>>> wrote:
> Please submit indoor case papers and first consultation note. Patient's mobile on file <<PHONE:pt_ph>> not reachable.
""",
    "in_whatsapp_family_followup": """WhatsApp chat export -- "Dr <<PERSON:doc_first>> clinic" (business account <<PHONE:org_ph>>)
[<<DATE:d_note_uks>>, {t1}] <<PERSON:rel_full>>: good morning dr saab 🙏 {pt_papa} sugar fasting 182 today
[<<DATE:d_note_uks>>, {t1}] <<PERSON:rel_full>>: <attached: report_<<ID:spec_no>>.pdf>
[<<DATE:d_note_uks>>, {t2}] <<PERSON:doc_full>>: Good morning. Is {pt_she} taking the glimepiride after breakfast? and walking?
[<<DATE:d_note_uks>>, {t3}] <<PERSON:rel_full>>: yes yes. only sweets at <<PERSON:x1_lower>> wedding on sunday 😅
[<<DATE:d_note_uks>>, {t3}] <<PERSON:doc_full>>: Ok. Continue same. Repeat HbA1c after <<DATE:d_next_dmon>> at <<ORG:lab>>, they will collect from home. Ask for <<PERSON:x2_first>> at the collection centre, number <<PHONE:x1_ph>>.
[<<DATE:d_note_uks>>, {t4}] <<PERSON:rel_full>>: ok dr. also my aunty <<PERSON:x3_first>> knee pain is more, can we come thursday?
[<<DATE:d_note_uks>>, {t5}] <<PERSON:st_first>> (clinic staff): Thursday full, Friday <<DATE:d_appt_dmon>> 6:30pm ok? patient <<PERSON:pt_lower>> uhid <<ID:mrn>> linked
[<<DATE:d_note_uks>>, {t5}] <<PERSON:rel_full>>: 👍
""",
    "in_lab_sms_and_reply": """SMS inbox -- <<PHONE:pt_ph>>
From: VM-<<ID:order_no>> (<<ORG:lab>>)  <<DATE:d_note_dm>> {t1}
Dear <<PERSON:pt_capsfull>>, your sample (ID <<ID:spec_no>>) for LIPID PROFILE, TSH collected on <<DATE:d_prev_dmy>> is reported. Download: <<URL:short_url>> . For queries call <<PHONE:org_ph>>. -Team <<ORG:lab>>

From: <<PHONE:doc_ph>> (Dr <<PERSON:doc_last>>)  <<DATE:d_note_dm>> {t3}
<<PERSON:pt_first>> ji report seen. LDL high 168. Start rosuvastatin 10 at night, recheck after 3 months. Show to Dr <<PERSON:doc2_typo>> also at <<ORG:org>> on <<DATE:d_appt_dmon>>.

To: <<PHONE:doc_ph>>  <<DATE:d_note_dm>> {t4}
ok sir thank u. my {rel_rel} <<PERSON:rel_nicklower>> also want to do test, same lab ok?
""",
    "uk_bleep_log_csv": """bleep_log_export.csv -- <<ORG:hosp>> switchboard -- night of <<DATE:d_note_uk>>
time,bleep_from,bleep_to,holder,callback,patient,ward,hosp_no,reason,resp
{t1_24},ward 9,<<ID:badge>>,<<PERSON:doc_il>> (F1 med),<<PHONE:callback_ext>>,<<PERSON:pt_capslf>>,9,<<ID:mrn>>,NEWS 6 - T 38.4,answered {t2_24}
{t2_24},ED,<<ID:emp_id>>,<<PERSON:doc2_full>> (med reg),<<PHONE:org_ph_ext>>,<<PERSON:x1_capslf>>,ED,<<ID:acct>>,referral ?PE,answered
{t3_24},ward 12,<<ID:badge>>,<<PERSON:doc_il>> (F1 med),<<PHONE:callback_ext>>,<<PERSON:x2_caps>>,12,<<ID:case_no>>,K+ 6.2 on VBG,no answer - rebleeped
{t4_24},switch,<<ID:emp_id>>,<<PERSON:doc2_full>> (med reg),<<PHONE:abroad_ph>>,n/a,n/a,n/a,"ext call from {rel_rel} of <<PERSON:pt_last>>, <<PERSON:rel_full>>",returned {t5_24}
Site manager on duty: <<PERSON:rn_full>> (<<PHONE:pager2>>)
""",
    "uk_gp_sms_and_reply": """Practice messaging -- <<ORG:org>>
Sent <<DATE:d_note_uk>> {t1} to <<PHONE:pt_ph>> (<<PERSON:pt_full>>, NHS <<ID:health_no>>)
"Dear <<PERSON:pt_first>>, Dr <<PERSON:doc_last>> has reviewed your blood test. Please book a routine telephone appointment to discuss -- no rush. Use this link to book: <<URL:short_url>> (expires <<DATE:d_appt_dmon>>). <<ORG:org>> <<PHONE:org_ph>>"
Patient reply received {t2}:
"hi its <<PERSON:pt_nicklower>> i cant open the link on my phone, its my {rel_rel}s phone anyway (<<PERSON:rel_lower>>). can someone ring me on the landline <<PHONE:rel_ph2>> after 3, im at work at <<ORG:employer>> till then. thanks"
Reply handled by <<PERSON:st_full>> (receptionist) {t3}: booked tel appt {d_appt_wd} <<DATE:d_appt_dmo>> {t4} with Dr <<PERSON:doc_full>>. Note added to record <<ID:mrn>>.
""",
    "uk_email_discharge_query": """From: <<EMAIL:rel_email>>
To: <<EMAIL:hosp_email>>
Date: <<DATE:d_note_dots>> {t1}
Subject: {pt_mum}'s discharge -- <<PERSON:pt_full>> -- hospital no <<ID:mrn>>

Hello,
My {pt_parent} {pt_title} <<PERSON:pt_full>> (DOB <<DATE:dob_ukl>>, NHS number <<ID:health_no>>) was discharged from <<ORG:hosp>> on <<DATE:d_dc_ukl>>. The letter says {pt_her} GP will get a copy but <<ORG:org>> say they have nothing. {pt_herc} new tablets ran out yesterday. Could someone please send the discharge summary to Dr <<PERSON:doc_full>> and ring me on <<PHONE:rel_ph>>? {pt_shec} is <<AGE:age>> and I don't want {pt_herobj} going without.
{pt_herc} address is <<ADDRESS:pt_addr>>.

Many thanks,
<<PERSON:rel_full>>
Sent from my iPhone

-----
Reply from <<PERSON:st2_full>>, PALS officer, <<DATE:d_note_dmon>> {t3}:
Dear {rel_title} <<PERSON:rel_last>>, I've passed this to ward 22 sister <<PERSON:rn_full>> who will fax the summary to the practice (<<PHONE:org_fax>>) today. Our reference: <<ID:ticket>>.
""",
    "uk_hurried_handover_texts": """texts, <<DATE:d_note_dmon>> -- <<PERSON:doc_lower>> (<<PHONE:doc_ph>>) and <<PERSON:doc2_lower>> (<<PHONE:rn_ph>>)
{t1} <<PERSON:doc_lower>>: hey r u still in? cant find the handover sheet
{t1} <<PERSON:doc2_lower>>: on the desk by the printer. main ones: <<PERSON:pt_lowerlast>> bay 3 (the <<AGE:age>> yo from <<LOCATION:city>>) needs rpt trop at 2, and mrs <<PERSON:x1_lowerlast>> side rm 2 is for palliative, family aware, {x2_child} <<PERSON:x2_lower>> wants a call if any change <<PHONE:x1_ph>>
{t2} <<PERSON:doc_lower>>: ta. whats <<PERSON:pt_lowerlast>>s hosp no, system is down
{t2} <<PERSON:doc2_lower>>: <<ID:mrn_text>> i think. dob <<DATE:dob_uks>>
{t3} <<PERSON:doc_lower>>: legend x
{t4} <<PERSON:doc2_lower>>: oh and <<PERSON:x3_lower>> from bed mgmt said theres a bed at <<ORG:hosp>> for the rehab pt tmrw
""",
    "uk_ocr_faxed_lab_result": """*** SCANNED DOCUMENT -- OCR TEXT ***
<<ORG:lab>>   Tel <<PHONE:org_ph>>   Fax <<PHONE:fax_ocr>>
CUMULATIVE REPORT            Printed <<DATE:d_note_ocruk>> {t1_24}
Name: <<PERSON:pt_ocrlf>>        Sex: {pt_mf}   DOB: <<DATE:dob_ocruk>>
NHS No: <<ID:health_ocr>>     Hosp No: <<ID:mrn>>
Lab No: <<ID:acc_no>>   Specimen: <<ID:spec_no>>   Coll: <<DATE:d_prev_uk>>
Requested by: <<PERSON:doc_ocr>>   Location: <<ORG:org>>
TEST          RESULT   UNITS     REF
Sodium        131 L    mmol/L    133-146
Potassium     5.9 H    mmol/L    3.5-5.3
Creatinine    188 H    umol/L    45-84
eGFR          23       mL/min
Phoned to <<PERSON:rn_first>> at surgery by <<PERSON:st_ocr>> {t2_24}, read back OK.
""",
    "uk_voicemail_pharmacy": """Voicemail (auto-transcribed), practice prescriptions line
Received: {d_note_wd} <<DATE:d_note_dmo>> {t1} from <<PHONE:pharm_ph>>
"Hiya, it's <<PERSON:x1_first>> from <<ORG:pharm>> on <<ADDRESS:org_addr>>, calling about a patient of Dr <<PERSON:doc_typo>>, <<PERSON:pt_full>>, date of birth <<DATE:dob_spokeny>>... sorry, that's <<DATE:dob_uk>>. We've had a script through for the co-codamol 30/500 but it's been sent to us twice, item reference <<ID:rx_no>>. Can someone cancel the duplicate on the EPS? The pharmacist is <<PERSON:x2_full>>, you can get us on <<PHONE:pharm_ph>>, that's the direct line, or the shop <<PHONE:st_ph>>. Ta, bye."
Task created for <<PERSON:st_first>> (prescriptions clerk) -- ref <<ID:ticket>>
""",
    "us_answering_service_message": """<<ORG:svc>> -- AFTER HOURS MESSAGE
For: <<ORG:org>>   Acct <<ID:acct>>
Taken by: <<PERSON:st_first>> #<<ID:badge>>   <<DATE:d_note_us>> {t1}   URGENT
Caller: <<PERSON:rel_capsfull>> ({rel_rel})
Callback: <<PHONE:rel_ph>>   Alt: <<PHONE:pt_ph>>
Patient: <<PERSON:pt_capslf>>   DOB <<DATE:dob_us>>   Age <<AGE:age>>
Msg: CALLER STATES PT MORE CONFUSED THAN USUAL SINCE SUPPER, TEMP 101.2, HAS A FOLEY. PT LIVES AT <<ADDRESS:pt_addr>>. REG DR IS DR <<PERSON:doc_caps>>. CALLER ASKS FOR ON CALL TO CALL BACK ASAP.
Paged: Dr <<PERSON:doc2_full>> via <<PHONE:pager>> at {t2}; no ans; repaged {t3}.
Disposition: Dr <<PERSON:doc2_last>> returned call {t4}, advised ED at <<ORG:hosp>>. Msg closed by <<PERSON:st2_inits>>.
""",
    "us_dictation_phone_encounter": """TELEPHONE ENCOUNTER -- dictated via speech recognition, not proofread
Provider: <<PERSON:doc_full>>, NP   Date: <<DATE:d_note_us>>
Patient: <<PERSON:pt_full>>   MRN: <<ID:mrn>>   DOB: <<DATE:dob_us>>
This is doctor <<PERSON:doc_lowerlast>> dictating a telephone encounter for patient <<PERSON:pt_lowerfull>> comma date of birth <<DATE:dob_spokeny>> period new paragraph. Patient is a <<AGE:age_w>> year-old who called the nurse line this morning and spoke with <<PERSON:rn_full>> about increased swelling in the legs period. Weight up four pounds per home scale period. I called patient back at <<PHONE:pt_ph_words>> and spoke with patient and {rel_rel} <<PERSON:rel_first>> period. Plan increase furosemide to 40 mg b.i.d. times three days comma repeat BMP at <<ORG:lab>> on <<DATE:d_appt_spoken>> comma order number <<ID:order_no>> period. If weight up more than two pounds call clinic at <<PHONE:org_ph>> period. Cc Dr. <<PERSON:doc2_last>> cardiology at <<ORG:hosp>> period end of dictation.
[Transcription note: "Dr. <<PERSON:doc2_typo>>" in audio -- verify spelling]
""",
    "us_email_prior_auth": """From: <<PERSON:st_full>> <<<EMAIL:st_email>>>
To: prior auth team, <<ORG:ins>>
Date: <<DATE:d_note_long>>
Subject: FW: Prior authorization -- <<PERSON:pt_lf>> -- Member ID <<ID:ins_id>> / Group <<ID:grp>>

Hello,
Following up on PA request <<ID:pa_no>> submitted <<DATE:d_prev_us>> for MRI lumbar spine for the member below. It has been pending 9 business days.
Member: <<PERSON:pt_full>>   DOB <<DATE:dob_us>>   Medicare/Medicaid ID: <<ID:health_no>>
Ordering: <<PERSON:doc_full>>, MD   NPI <<ID:npi>>
Facility: <<ORG:org2>> (fax <<PHONE:org2_fax>>)
Please call me at <<PHONE:org_ph_ext>> or fax clinicals to <<PHONE:org_fax>>.
Thank you,
<<PERSON:st_full>>
Referral Coordinator | <<ORG:org>> | <<ADDRESS:org_addr>>

---------- Forwarded message ---------
From: <<EMAIL:doc_email>>
Date: {d_prev_wds}, <<DATE:d_prev_mony>> at {t2}
Subject: Re: MRI for <<PERSON:pt_last>>
<<PERSON:st_nick>>, can you chase the PA for {pt_title} <<PERSON:pt_last>>? {pt_shec}'s been waiting since <<DATE:d_prev_md>>. -- <<PERSON:doc_inits>>
""",
    "us_fax_cover_ocr": """[scanned fax -- OCR]
F A X   C O V E R   S H E E T
<<ORG:org>>
<<ADDRESS:org_addr>>
Phone <<PHONE:org_ph>>    Fax <<PHONE:fax_ocr>>
Date: <<DATE:d_note_ocr>>        Pages (incl. cover): 4
To: <<PERSON:x1_ocr>>, Medical Records, <<ORG:hosp>>    Fax #: <<PHONE:hosp_fax>>
From: <<PERSON:st_ocr>>
Re: <<PERSON:pt_ocrlf>>   DOB <<DATE:dob_ocr>>   SSN <<ID:ssn>>   Acct <<ID:acct>>
[X] Urgent  [ ] For review  [X] Please reply
Comments: records request per pt signed release dated <<DATE:d_prev_us>>. Please include op note from <<DATE:d_dc_mon>> and path <<ID:acc_no>>. Questions call <<PERSON:st_first>> at <<PHONE:callback_ext>>.
CONFIDENTIALITY NOTICE: This facsimile contains PHI. If received in error notify sender at <<PHONE:org_ph>> and destroy.
Fax job <<ID:fax_job>> -- OK
""",
    "us_nurse_triage_line": """NURSE ADVICE LINE -- CALL RECORD
<<ORG:svc>> on behalf of <<ORG:org>>
Call ID <<ID:call_id>>   Date <<DATE:d_note_us>>   Start {t1}
Caller: <<PERSON:pt_full>> (self)   Phone: <<PHONE:pt_ph>>
DOB: <<DATE:dob_us>>   Address confirmed: <<ADDRESS:pt_addr>>
PCP: <<PERSON:doc_fi>> (<<ORG:org>>)   Insurance: <<ORG:ins>> ID <<ID:ins_id>>
RN: <<PERSON:rn_full>>, RN   Protocol: Abdominal Pain, Adult (Schmitt-Thompson)

RN: Hi, this is <<PERSON:rn_first>>, a registered nurse. Can you spell your last name for me?
CALLER: <<PERSON:pt_last>>, it's on my card. The pain is right side, started after lunch.
RN: Any fever, vomiting, is the pain constant?
CALLER: Constant, I threw up twice. My {rel_rel} <<PERSON:rel_first>> wants me to just take Tylenol.
Disposition: See in ED now. Caller agrees; {rel_rel} driving to <<ORG:hosp>>. RN called ED charge nurse <<PERSON:rn2_full>> at <<PHONE:hosp_ph>>. Care advice given. Call ended {t2}.
""",
    "us_pager_log": """PAGING SYSTEM LOG -- <<ORG:hosp>> -- <<DATE:d_note_iso>>
seq | time | to (pager) | from | message
001 | {t1_24} | <<PERSON:doc_il>> (<<PHONE:pager>>) | 5W RN <<PERSON:rn_first>> | pt <<PERSON:pt_caps>> rm 512 BP 84/50 pls call <<PHONE:callback_ext>>
002 | {t2_24} | <<PERSON:doc_il>> (<<PHONE:pager>>) | 5W RN <<PERSON:rn_first>> | 2nd page re <<PERSON:pt_caps>> MRN <<ID:mrn>>, MAP 58
003 | {t3_24} | <<PERSON:doc2_il>> (<<PHONE:pager2>>) | <<PERSON:doc_il>> | RRT called rm 512, please come
004 | {t4_24} | RRT group | operator <<PERSON:st_first>> | RRT 5W-512 <<PERSON:pt_lf>>
005 | {t5_24} | <<PERSON:x1_il>> (<<PHONE:x1_ph>>) | <<PERSON:doc2_handle>> | fam mtg re <<PERSON:pt_last>> w {rel_rel} <<PERSON:rel_first>> <<DATE:d_appt_md>> 1pm, call <<PHONE:rel_ph>>
""",
    "us_portal_message_reply": """MyChart message -- <<ORG:org>>
From: <<PERSON:pt_full>> (MRN <<ID:mrn_text>>)   Sent <<DATE:d_note_uss>> {t1}   IP <<ID:ip>>
To: Dr. <<PERSON:doc_full>> care team
Subject: med question

hi dr <<PERSON:doc_lowerlast>> sorry to bother u, since starting the lisinopril on <<DATE:d_prev_md>> i have this dry cough that keeps me up at night. is that normal?? my {rel_rel} <<PERSON:rel_first>> ({rel_she}s a nurse in <<LOCATION:city2>>) said to ask u. also can u send my records to my new doctor, <<PERSON:x1_fi>> at <<ORG:org3>>, fax <<PHONE:org2_fax>>. thx <<PERSON:pt_lower>>
sent from my phone

-- Reply --
From: <<PERSON:rn2_full>>, RN on behalf of Dr. <<PERSON:doc_last>>   <<DATE:d_note_uss>> {t3}
Hi <<PERSON:pt_first>>, yes, a dry cough is a known side effect. Dr. <<PERSON:doc_last>> would like to switch you to losartan 50 mg daily, sent to <<ORG:pharm>>. For the records release please sign the form at <<URL:form_url>>. Call <<PHONE:org_ph>> with questions.
""",
    "us_secure_chat_log": """Secure Chat -- conversation export <<DATE:d_note_iso>>
Participants: <<PERSON:doc_full>> (Hospitalist), <<PERSON:rn_full>> (RN 6N), <<PERSON:x1_full>> (Case Mgmt), <<PERSON:x2_full>> (PharmD)
[{t1}] <<PERSON:rn_first>>: 6N-14 <<PERSON:pt_lf>> (<<ID:mrn>>) c/o CP 6/10, EKG in media
[{t1}] <<PERSON:doc_first>>: coming. trop?
[{t2}] <<PERSON:rn_first>>: drawn, spec <<ID:spec_no>>
[{t2}] <<PERSON:x2_first>>: heads up pt's home med list says "eliquis per Dr <<PERSON:x3_typo>>" but fill hx from <<ORG:pharm>> shows nothing since <<DATE:d_prev_mon>>
[{t3}] <<PERSON:x1_first>>: fyi {rel_rel} <<PERSON:rel_full>> is POA, cell <<PHONE:rel_ph>>, lives out of state, prefers text
[{t3}] <<PERSON:doc_first>>: thx. trop 0.02. will call. @<<PERSON:x1_handle>> can u check if <<ORG:org3>> rehab still has a bed for <<DATE:d_appt_md>>?
[{t4}] <<PERSON:x1_first>>: will do 👍
""",
    "us_sms_reminder_replies": """Text messages -- <<ORG:org>> reminders (short code) <-> <<PHONE:pt_ph>>
<<DATE:d_note_md>> {t1} OUT: <<ORG:org>>: <<PERSON:pt_first>>, your appt w/ <<PERSON:doc_fi>> is {d_appt_wds} <<DATE:d_appt_md>> at {t2}, <<ADDRESS:org_addr>>. Reply Y to confirm, N to cancel. Txt STOP to opt out.
<<DATE:d_note_md>> {t3} IN: N
<<DATE:d_note_md>> {t3} OUT: Your appointment has been cancelled. To reschedule call <<PHONE:org_ph>>.
<<DATE:d_note_md>> {t4} IN: wait no!! i meant yes. this is {pt_her} {rel_rel} <<PERSON:rel_nicklower>>, {pt_she} is <<AGE:age>> & cant see the screen lol. pls put it back
<<DATE:d_note_md>> {t5} OUT (staff <<PERSON:st_fi>>): Hi <<PERSON:rel_nick>>, no problem -- I rebooked {pt_title} <<PERSON:pt_last>> for the same time. Confirmation <<ID:booking_ref>>.
<<DATE:d_note_md>> {t5} IN: ty!!! 🙏🙏
""",
    "us_telehealth_visit": """TELEHEALTH VISIT NOTE
<<ORG:org>> -- Video visit via <<URL:tele_url>>   Meeting ID <<ID:meeting_id>>
DOS: <<DATE:d_note_long>>   Provider: <<PERSON:doc_mid>>, MD   NPI <<ID:npi>>
Patient: <<PERSON:pt_full>>   DOB <<DATE:dob_us>> (<<AGE:age>> y/o)   MRN <<ID:mrn>>
Patient location: home, <<LOCATION:city>>, {region}. Provider location: <<ORG:org>> clinic office.
Also present: {rel_rel} <<PERSON:rel_full>>; Spanish interpreter <<PERSON:x1_first>> (vendor ID <<ID:emp_id>>)

CC: f/u HTN, DM2
HPI: Home BP log (cuff serial <<ID:serial>>) averages 148/92. CGM sensor <<ID:serial2>> shows TIR 61%. Missed doses while staying with cousin <<PERSON:x2_first>> in <<LOCATION:city2>> over the holidays.
Exam: limited by video; NAD, speaking full sentences.
A/P: HTN uncontrolled -- amlodipine 5 -> 10. DM2 -- continue regimen. Labs at <<ORG:lab>> before next visit <<DATE:d_next_us>>.
Audio lost x2; visit completed by phone <<PHONE:pt_ph>>. Total time 22 min.
Electronically signed <<PERSON:doc_full>>, MD <<DATE:d_note_us>> {t3}
""",
    "us_voicemail_transcription": """Visual Voicemail -- Clinic line <<PHONE:org_ph>>
From: <<PHONE:rel_ph>>   <<DATE:d_note_uss>> {t1}   0:58   Msg <<ID:vm_id>>
"Yeah hi, this is <<PERSON:rel_full>>, I'm calling about my {pt_grand}, <<PERSON:pt_full>>, {pt_her} birthday is <<DATE:dob_long>>... {pt_she}'s <<AGE:age_w>>. {pt_shec} was supposed to get a call from Doctor <<PERSON:doc_typo>> about {pt_her} CT scan from <<ORG:hosp>> and nobody called. {pt_herc} chart number I think is <<ID:mrn_text>>. Um, {pt_she}'s staying with me now at <<ADDRESS:pt_addr>>, so please don't call the old landline. My cell is <<PHONE:rel_ph>>, or my partner <<PERSON:x1_first>> at <<PHONE:x1_ph>>. Thanks, bye."
Transcript confidence: low. Listened by <<PERSON:st_full>> {t3}; task to Dr <<PERSON:doc_last>> pool, ref <<ID:ticket>>.
""",
}


# ---------------------------------------------------------------------------------------------
# Chinese templates (mainland)
# ---------------------------------------------------------------------------------------------
ZH_BLIND18_TEMPLATES: Final[dict[str, str]] = {
    "zh_12320_hotline_ticket": """12320卫生热线 工单
工单号：<<ID:gd>>    受理时间：<<DATE:d_note_iso>> {t1_24}    受理坐席：<<PERSON:st_name>>（工号<<ID:gh>>）
来电号码：<<PHONE:rel_ph>>    来电人：<<PERSON:rel_name>>（患者{rel_rel}）
患者姓名：<<PERSON:pt_name>>    性别：{pt_sex}    年龄：<<AGE:age>>岁
身份证号：<<ID:rid>>
联系地址：<<ADDRESS:pt_addr>>
诉求类型：就医咨询/投诉建议
诉求内容：来电人反映其家属于<<DATE:d_prev_zhmd>>在<<ORG:org>>门诊就诊（门诊号<<ID:mzh>>），接诊医生<<PERSON:doc_xing>>医生开具的检查预约到<<DATE:d_next_zhmd>>，认为等待时间过长，希望提前。另反映挂号窗口工作人员态度生硬。
处理意见：转<<ORG:org>>医务科办理，联系人<<PERSON:x1_name>>，电话<<PHONE:ward_ph_ext>>，要求3个工作日内回复来电人。
回访记录：<<DATE:d_appt_zhmd>>回访，来电人表示医院已将检查改至<<DATE:d_appt_zhhao>>，对处理结果满意。回访人：<<PERSON:st_xiao>>
""",
    "zh_after_hours_duty_call": """夜间值班电话记录本（<<ORG:org>> 内科二病区）
日期：<<DATE:d_note_zh>>    值班医生：<<PERSON:doc_name>>    值班护士：<<PERSON:rn_name>>、<<PERSON:rn2_name>>
{t1_zh}  来电：<<PHONE:rel_ph>>（患者家属，自称{rel_rel}<<PERSON:rel_xing>>）
  内容：询问<<ID:bed>>床<<PERSON:pt_name>>今晚情况，称白天<<PERSON:doc2_xing>>主任说要转ICU。答复：病情已告知，具体需当面沟通，明早8点查房后由主管医生<<PERSON:doc2_name>>电话联系。
{t2_zh}  来电：总值班（<<PHONE:ward_ph>>）
  内容：急诊收治一名患者拟入我科，床位已满，协调加床<<ID:bed2>>床。
{t3_zh}  来电：检验科<<PERSON:x1_xiao>>
  内容：<<ID:bed>>床<<PERSON:pt_name>>（住院号<<ID:zyh>>）血钾6.3mmol/L危急值，已复述确认，通知<<PERSON:doc_xing>>医生处理。
{t4_zh}  外呼：<<PHONE:rel_ph2>>，联系患者另一家属<<PERSON:x2_name>>，无人接听，已发短信。
记录人：<<PERSON:rn_abbr>>
""",
    "zh_call_center_booking": """<<ORG:org>>预约服务中心 通话录音转写
通话编号：<<ID:call_id>>    日期：<<DATE:d_note_slash>> {t1_24}    坐席：<<PERSON:st_xiao>>（工号<<ID:gh>>）
主叫：<<PHONE:pt_ph>>
坐席：您好，<<ORG:org>>预约中心，工号<<ID:gh>>为您服务。
来电：喂，你好，我想给我家老人约个心内科的号，<<PERSON:doc_name>>主任的专家号。
坐席：好的，请问患者姓名和身份证号？
来电：<<PERSON:pt_name>>，身份证<<ID:rid_sp>>。我是{pt_ta}{rel_rel}，叫<<PERSON:rel_name>>。
坐席：患者今年多大年纪？
来电：<<AGE:age_zh>>了，腿脚不方便，能不能约个上午的？
坐席：<<PERSON:doc_xing>>主任最近的号是<<DATE:d_appt_zhmd>>上午第12号，就诊卡号是<<ID:jzk>>吧？
来电：对对对。到时候短信发我手机<<PHONE:rel_ph>>，{pt_ta}那个老人机收不到。
坐席：好的，已为您预约成功，预约码<<ID:order>>，请就诊当天提前半小时到门诊一楼自助机取号。还有别的需要吗？
来电：没了，谢谢啊。
【质检备注】规范用语完整。质检员：<<PERSON:x1_name>>
""",
    "zh_complaint_ticket": """医务科 投诉/纠纷登记表（扫描件转录）
编号：<<ID:gd>>    登记日期：<<DATE:d_note_zh>>    接待人：<<PERSON:x1_name>>
投诉人：<<PERSON:rel_name>>    与患者关系：{rel_rel}    联系电话：<<PHONE:rel_ph>>    微信号：<<ID:wx>>
患者：<<PERSON:pt_name>>    住院号：<<ID:zyh>>    病案号：<<ID:bah>>    科室：骨科{ward_no}病区    床号：<<ID:bed>>
事由：投诉人称<<DATE:d_prev_zhmd>>术后当晚呼叫铃响了20分钟无人应答，值班护士<<PERSON:rn_xing>>护士解释当时在抢救另一患者；并称主刀医生<<PERSON:doc_name>>术前谈话不充分。投诉人已在网上发帖，要求医院公开道歉。
调查：调取护理呼叫系统日志（设备编号<<ID:sn>>），<<DATE:d_prev_md2>> {t2_24}至{t3_24}确有呼叫未及时响应记录。
处理：科室主任<<PERSON:doc2_name>>、护士长<<PERSON:rn2_name>>与家属面谈，已致歉；护理部对当班人员批评教育。
家属签字：<<PERSON:rel_slip>>（字迹潦草）    日期：<<DATE:d_appt_dot>>
""",
    "zh_dingtalk_work_group": """【钉钉】<<ORG:org>>·医务部工作群  <<DATE:d_note_zhmd>>
<<PERSON:x1_name>>：@所有人 明天上级来检查病历质量，各科室自查一下归档情况
<<PERSON:doc_name>>：收到。我们科<<PERSON:pt_name>>那份（病案号<<ID:bah>>）还差出院小结，<<PERSON:doc2_xiao>>在补
<<PERSON:doc2_name>>：在补了，下午4点前交
<<PERSON:st_name>>：信息科：住院号<<ID:zyh>>那份病历系统里患者身份证号录错了，应为<<ID:rid>>，已按申请单修改，请<<PERSON:doc_xing>>老师确认
<<PERSON:doc_name>>：好的谢谢<<PERSON:st_xing>>工
<<PERSON:rn_name>>：另外提醒一下，<<DATE:d_appt_zhhao>>护理质控会改到线上，链接稍后发
<<PERSON:x1_name>>：👌 有事打我手机<<PHONE:x1_ph>>
""",
    "zh_discharge_followup_table": """出院患者电话随访登记表（{ward_no}病区）  随访护士：<<PERSON:rn_name>>  随访日期：<<DATE:d_note_iso>>
| 序号 | 姓名 | 住院号 | 出院日期 | 联系电话 | 接听人 | 随访情况 |
| 1 | <<PERSON:pt_name>> | <<ID:zyh>> | <<DATE:d_dc_iso>> | <<PHONE:pt_ph>> | 本人 | 伤口愈合好，按时服药，<<DATE:d_appt_zhmd>>门诊复查 |
| 2 | <<PERSON:x1_name>> | <<ID:zyh2>> | <<DATE:d_dc_md2>> | <<PHONE:x1_ph>> | 家属<<PERSON:x4_name>> | 诉夜间咳嗽，已建议至<<ORG:org2>>就诊 |
| 3 | <<PERSON:x2_name>> | <<ID:zyh3>> | <<DATE:d_prev_iso>> | <<PHONE:x2_ph>> | 未接通 | 两次未接，改日再访 |
| 4 | <<PERSON:x3_name>> | <<ID:zyh4>> | <<DATE:d_prev_sd>> | <<PHONE:home_ph>> | 保姆 | 老人<<AGE:old_age>>岁，进食可，大便干，嘱多饮水 |
备注：第1位患者年龄<<AGE:age>>岁，家住<<ADDRESS:pt_addr_short>>，独居，已转社区<<PERSON:doc2_xing>>医生上门。
""",
    "zh_email_thread": """发件人：<<PERSON:doc_name>> <<<EMAIL:doc_email>>>
收件人：<<EMAIL:doc2_email>>
抄送：<<PERSON:st_name>>
时间：<<DATE:d_note_zh>> {t2_24}
主题：回复：回复：会诊邀请——<<PERSON:pt_name>>（住院号<<ID:zyh>>）

<<PERSON:doc2_xing>>老师好：
患者<<PERSON:pt_name>>，{pt_sex}，<<AGE:age>>岁，<<DATE:d_prev_zhmd>>入院，诊断右肺下叶占位。家属（{rel_rel}<<PERSON:rel_name>>，电话<<PHONE:rel_ph>>）希望尽快安排胸外科评估。影像资料已上传，云胶片链接：<<URL:ih_url>>
麻烦您看看<<DATE:d_appt_zhhao>>下午是否方便来会诊。
<<PERSON:doc_name>>
<<ORG:org>> 呼吸与危重症医学科
办公电话：<<PHONE:ward_ph_ext>>  传真：<<PHONE:org_fax>>

----- 原始邮件 -----
发件人：<<PERSON:doc2_name>>
时间：<<DATE:d_prev_slash>> {t1_24}
<<PERSON:doc_ming>>：病人的片子我这边打不开，麻烦再发一下，或者让<<PERSON:st_xiao>>刻个盘送过来。<<PERSON:doc2_abbr>>
""",
    "zh_family_wechat_group": """微信群聊记录导出：“<<PERSON:pt_name>>术后康复群”（<<DATE:d_note_iso>>）
{t1_24} <<PERSON:rel_name>>：<<PERSON:rn_xing>>护士早上好，我家老<<PERSON:pt_xing>>今天早上体温37.8，要紧吗
{t1_24} <<PERSON:rn_name>>：早，伤口有没有红肿渗液？拍张照片发群里
{t2_24} <<PERSON:rel_name>>：[图片]
{t2_24} <<PERSON:rn_name>>：看着还好，多喝水，下午再测一次。超过38.5打病房电话<<PHONE:ward_ph>>
{t3_24} <<PERSON:x1_dd>>妈：我是隔壁床的家属，我们家<<PERSON:x1_ming>>出院小结什么时候能拿？
{t3_24} <<PERSON:rn_name>>：@<<PERSON:x1_dd>>妈 明天上午找<<PERSON:doc_xing>>医生签字后就可以，记得带上医保卡（医保号<<ID:ybh>>那张）
{t4_24} <<PERSON:rel_name>>：好的谢谢 🙏🙏 另外我们家<<PERSON:x2_ming>>问复查是不是<<DATE:d_appt_zhhao>>
{t5_24} <<PERSON:doc_name>>：是的，<<DATE:d_appt_zhmd>>上午来门诊找我，挂号时报住院号<<ID:zyh>>
""",
    "zh_fax_ocr_referral": """【传真件OCR识别结果，未校对】
<<ORG:org2>> 双向转诊单（上转）     传真号：<<PHONE:org2_fax>>    发送时间：<<DATE:d_note_ocr>> {t1_24}
患者姓名：<<PERSON:pt_slip>>    性别：{pt_sex}    出生日期：<<DATE:dob_ocr>>
身份证号：<<ID:rid>>
家庭住址：<<ADDRESS:pt_addr_ocr>>
联系电话：<<PHONE:pt_ph_ocr>>    医保号：<<ID:ybh>>
初步诊断：2型糖尿病 血糖控制不佳；糖尿病足？
转出医生：<<PERSON:doc2_slip>>    联系电话：<<PHONE:doc_ph>>
转入医院：<<ORG:org>> 内分泌科    接收医生：<<PERSON:doc_name>>
家属：<<PERSON:rel_slip>>    电话：<<PHONE:rel_ph>>
（第2页模糊，无法识别）
""",
    "zh_fax_transfer_notice": """转院联系单（传真）
发：<<ORG:org>> 重症医学科    传真：<<PHONE:org_fax>>    电话：<<PHONE:ward_ph_ext>>
收：<<ORG:org2>>    传真：<<PHONE:org2_fax>>
日期：<<DATE:d_note_zh>>
兹有患者<<PERSON:pt_name>>，{pt_sex}，<<AGE:age_zh>>岁，住院号<<ID:zyh>>，床号<<ID:bed>>，身份证号<<ID:rid>>，因“脑梗死恢复期”病情稳定，家属要求转回当地（<<LOCATION:city2>>）继续康复治疗。拟于<<DATE:d_appt_zhmd>>由120转运，随车医生<<PERSON:doc2_name>>、护士<<PERSON:rn2_name>>。
贵院联系人：<<PERSON:x1_name>>主任，电话<<PHONE:x1_ph>>。
患者家属：<<PERSON:rel_name>>（{rel_rel}），电话<<PHONE:rel_ph>>，住址<<ADDRESS:rel_addr>>。
经治医生：<<PERSON:doc_name>>    科主任签字：<<PERSON:doc2_xing>>
""",
    "zh_handwritten_form_ocr": """手写版《家庭医生签约服务登记表》扫描识别（识别准确率约80%）
签约机构：<<ORG:org2>>    团队长：<<PERSON:doc_slip>>
居民姓名：<<PERSON:pt_slip>>    性别：{pt_sex}    年龄：<<AGE:age>>
出生日期：<<DATE:dob_ocr>>    身份证号码：<<ID:rid>>
现住址：<<ADDRESS:pt_addr_ocr>>
本人电话：<<PHONE:pt_ph_ocr>>    家属电话：<<PHONE:rel_ph>>（{rel_rel} <<PERSON:rel_slip>>）
慢病：高血压 √  糖尿病 □  慢阻肺 □
医保类型：城乡居民    医保号：<<ID:ybh>>
签约日期：<<DATE:d_note_dot>>    居民签字：<<PERSON:pt_name>>    经办人：<<PERSON:st_abbr>>
""",
    "zh_home_doctor_sms": """【<<ORG:org2>>】<<PERSON:pt_name>>{pt_auntie}您好，我是您的签约家庭医生<<PERSON:doc_name>>，<<DATE:d_appt_zhmd>>（{d_appt_wd}）上午8:00-10:00在社区免费测血压血糖，请空腹前来，带好医保卡。有事请打<<PHONE:doc_ph>>。
回复：好的<<PERSON:doc_xing>>医生，我那天要去<<LOCATION:town>>看孙子，能不能换到<<DATE:d_next_hao>>？
【<<ORG:org2>>】可以的，<<DATE:d_next_zhhao>>也有，到时候找<<PERSON:rn_xing>>护士登记就行。
回复：好 谢谢 我老伴<<PERSON:x2_ming>>也一起去行不
【<<ORG:org2>>】可以，两位一起来。回复TD退订
""",
    "zh_hurried_typing": """{t1_24} <<PERSON:doc_abbr>>: <<ID:bed>>床<<PERSON:pt_xing>>{pt_oldman}血压又上来了180 你去看下
{t1_24} <<PERSON:rn_ming>>: 好 马上
{t2_24} <<PERSON:rn_ming>>: 看了 刚吃完饭 说头晕 {pt_ta}{rel_rel}<<PERSON:rel_ming>>在 电话<<PHONE:rel_ph>> 说之前在<<ORG:org2>>吃的是氨氯地平
{t2_24} <<PERSON:doc_abbr>>: 住院号多少我开医嘱
{t2_24} <<PERSON:rn_ming>>: <<ID:zyh>>
{t3_24} <<PERSON:doc_abbr>>: 开了 硝苯地平控释 半小时后复测  对了<<PERSON:x1_xiao>>说明天<<DATE:d_appt_sd>>要出院？？谁说的
{t3_24} <<PERSON:rn_ming>>: 老<<PERSON:x2_xing>>说的吧 我也不知道 问<<PERSON:doc2_xing>>主任
{t4_24} <<PERSON:doc_abbr>>: 。。。行 我问  你记得跟<<PERSON:rn2_dd>>交班
""",
    "zh_insurance_claim_consult": """商业保险理赔咨询记录（保险公司客服电话 <<PHONE:hotline>>）
咨询日期：<<DATE:d_note_zh>>    客服：<<PERSON:st_name>>（工号<<ID:gh>>）
来电人：<<PERSON:rel_name>>（被保险人{rel_rel}）    来电号码：<<PHONE:rel_ph>>
被保险人：<<PERSON:pt_name>>    证件号码：<<ID:rid>>    保单号：<<ID:ins_no>>
咨询内容：被保险人<<DATE:d_adm_zh>>至<<DATE:d_dc_zh>>在<<ORG:org>>住院（住院号<<ID:zyh>>），来电询问理赔所需材料。
答复：需提供出院小结、费用清单、发票原件、病案首页复印件（病案号<<ID:bah>>）、被保险人身份证及银行卡。可通过公众号上传，或邮寄至<<ADDRESS:org_addr>>理赔中心。案件号：<<ID:claim>>。
来电人另问：被保险人今年<<AGE:age_zh>>岁，明年是否还能续保？答复：需核保部门评估，将由<<PERSON:x1_name>>专员于<<DATE:d_appt_zhmd>>前回电。
""",
    "zh_internet_hospital_consult": """<<ORG:org_ih>> 图文问诊记录
问诊单号：<<ID:wzd>>    <<DATE:d_note_iso>> {t1_24}
医生：<<PERSON:doc_name>>（副主任医师，执业证书编码<<ID:zsbm>>）
患者：<<PERSON:pt_name>>  {pt_sex}  <<AGE:age>>岁  就诊人绑定手机<<PHONE:pt_ph>>
【患者】医生你好，我是<<PERSON:pt_ming>>，上次<<DATE:d_prev_zhhao>>在您门诊看的甲状腺结节，报告出来了想让您看看
【患者】[图片：超声报告]
【医生】您好，看了，TI-RADS 3类，良性可能大，6个月后复查超声就可以。
【患者】好的好的，那我家里人<<PERSON:rel_name>>也有结节能一起问吗😂
【医生】建议单独为{rel_rel}建一个就诊人问诊哦。
【患者】明白，谢谢<<PERSON:doc_xing>>医生！复查在哪里预约
【医生】可在本平台或拨打<<PHONE:ward_ph_ext>>预约，或点击<<URL:ih_url>>
【系统】本次问诊已结束，欢迎评价。
""",
    "zh_lab_result_push": """【<<ORG:org>>】检验报告推送
<<PERSON:pt_name>>您好，您于<<DATE:d_prev_zhmd>>送检的标本（条码号<<ID:tm>>，门诊号<<ID:mzh>>）报告已出，项目：血常规、肝功能、甲功三项。查看报告：<<URL:short_url>>
如有异常指标，请于<<DATE:d_appt_zhmd>>前到开单医生<<PERSON:doc_name>>处复诊。
外送项目由<<ORG:lab>>检测，样本号<<ID:order>>，咨询电话<<PHONE:hotline>>。
——————
患者回复：请问<<PERSON:doc_xing>>医生哪天坐诊？我{rel_rel}<<PERSON:rel_name>>帮我看了报告，TSH有个箭头
自动回复：<<PERSON:doc_xing>>医生门诊时间为每周二、四上午。本短信由系统自动发送，请勿直接回复。
""",
    "zh_mdt_online_minutes": """线上MDT会诊纪要（腾讯会议，会议号<<ID:meeting>>）
MDT编号：<<ID:mdt_no>>    时间：<<DATE:d_note_zh>> {t1_24}-{t2_24}
主持：<<PERSON:doc_name>>（肿瘤科）
参会：<<PERSON:doc2_name>>（胸外科）、<<PERSON:x1_name>>（影像科）、<<PERSON:x2_name>>（病理科）、<<PERSON:rn_name>>（专科护士）、<<ORG:org2>> <<PERSON:x3_name>>（远程接入）
患者：<<PERSON:pt_name>>，{pt_sex}，<<AGE:age>>岁，住院号<<ID:zyh>>，病理号<<ID:tm>>
讨论：<<PERSON:x1_xing>>主任读片：右肺上叶病灶较<<DATE:d_prev_zhmonth>>增大。<<PERSON:x2_xing>>老师：EGFR 19del。
结论：先行靶向治疗，<<DATE:d_next_zhmd>>复查CT后再评估手术。由<<PERSON:rn_xiao>>负责告知家属<<PERSON:rel_name>>（<<PHONE:rel_ph>>）。
记录：<<PERSON:st_name>>
""",
    "zh_message_board": """<<ORG:org>> 官网·患者留言板
留言人：<<PERSON:rel_pylower>>（实名：<<PERSON:rel_name>>）    <<DATE:d_note_iso>> {t1_24}    IP属地：<<LOCATION:city>>
标题：感谢<<ORG:org>>心内科全体医护
内容：我家老人<<PERSON:pt_name>><<DATE:d_prev_zhmd>>半夜胸痛送来急诊，是<<PERSON:doc_name>>医生和<<PERSON:rn_name>>护士连夜抢救，放了支架。住院期间<<PERSON:rn2_xing>>护士长和<<PERSON:rn2_xiao>>特别耐心。{pt_ta}今年<<AGE:age>>了，恢复得很好。特此感谢！另外想问一下出院后复查是挂<<PERSON:doc_xing>>医生的号吗？我的电话<<PHONE:rel_ph>>，邮箱<<EMAIL:rel_email>>，病人本人电话<<PHONE:pt_ph>>
—— 管理员回复（<<DATE:d_note_zhhao>>）：感谢您的认可，已转达科室。复查可挂<<PERSON:doc_xing>>医生周三专家门诊，或致电<<PHONE:ward_ph>>。
""",
    "zh_miniprogram_booking": """【微信小程序·预约挂号】订单详情
订单号：<<ID:order>>
医院：<<ORG:org>>（<<ADDRESS:org_addr>>）
科室：老年医学科    医生：<<PERSON:doc_name>>
就诊人：<<PERSON:pt_name>>  <<AGE:age>>岁    就诊卡：<<ID:jzk>>    证件号：<<ID:rid>>
联系人：<<PERSON:rel_name>>（{rel_rel}）    手机：<<PHONE:rel_ph>>
就诊时间：<<DATE:d_appt_iso>> {d_appt_wd} {t2_24}
支付：微信支付 ¥28.00（医保个账）    医保号：<<ID:ybh>>
温馨提示：请提前15分钟到3楼老年医学科分诊台签到。如需取消，请于<<DATE:d_appt_zhmd>>前一天18:00前操作。
""",
    "zh_nurse_call_system_log": """护理呼叫系统日志导出  病区：{ward_no}病区  主机序列号：<<ID:sn>>  导出人：<<PERSON:rn_name>>  <<DATE:d_note_compact>>
时间,床号,患者,呼叫类型,响应人,响应时长
{t1_24},<<ID:bed>>,<<PERSON:pt_name>>,普通呼叫,<<PERSON:rn2_name>>,00:41
{t2_24},<<ID:bed>>,<<PERSON:pt_name>>,卫生间紧急呼叫,<<PERSON:rn_name>>,00:18
{t3_24},<<ID:bed2>>,<<PERSON:x1_name>>,输液呼叫,<<PERSON:rn2_xing>>,01:55
{t4_24},<<ID:bed3>>,<<PERSON:x2_name>>,普通呼叫,未响应,--
{t5_24},<<ID:bed>>,<<PERSON:pt_name>>,普通呼叫,<<PERSON:rn_abbr>>,00:32
备注：{t2_24}卫生间呼叫系患者跌倒，已上报不良事件，事件编号<<ID:call_id>>。家属<<PERSON:rel_name>>已电话告知（<<PHONE:rel_ph>>）。
""",
    "zh_nurse_station_handover_group": """护士站交班群（微信） <<DATE:d_note_zhmd>> 夜班→白班
<<PERSON:rn_name>>：交班：今日出院2人，入院3人。重点：
1）<<ID:bed>>床 <<PERSON:pt_name>>，<<AGE:age>>岁，心衰，夜间端坐呼吸，呋塞米已加量，尿量1200。家属{rel_rel}<<PERSON:rel_ming>>陪护，电话<<PHONE:rel_ph>>
2）<<ID:bed2>>床 老<<PERSON:x1_xing>>，夜里拔了一次留置针，已重新穿刺，约束带已和家属签字
3）<<ID:bed3>>床 <<PERSON:x2_name>>，明早空腹抽血，条码已贴（<<ID:tm>>）
<<PERSON:rn2_dd>>：收到👌 <<PERSON:pt_xing>>{pt_elder}那床今天要做心超吗
<<PERSON:rn_name>>：对，<<PERSON:doc_xing>>医生开了，预约<<DATE:d_appt_hao>>还是今天我忘了😂 你查一下
<<PERSON:x3_name>>：护士长：今天<<PERSON:rn_xiao>>休息，<<PERSON:st_name>>顶班
""",
    "zh_ocr_prescription": """【处方笺 拍照识别】
<<ORG:org>> 门诊处方    处方号：<<ID:cfh>>
姓名：<<PERSON:pt_slip>>    性别：{pt_sex}    年龄：<<AGE:age>>岁    门诊号：<<ID:mzh>>
费别：医保    医保号：<<ID:ybh>>    日期：<<DATE:d_note_ocr>>
临床诊断：高血压病3级；冠心病
Rp：
  苯磺酸氨氯地平片 5mg×28片  用法：5mg qd po
  阿托伐他汀钙片 20mg×14片  用法：20mg qn po
医师：<<PERSON:doc_slip>>    审核药师：<<PERSON:x1_name>>    调配：<<PERSON:x2_abbr>>
（识别置信度低的字段已标黄）
""",
    "zh_oldest_old_callback": """高龄老人健康回访记录（街道百岁老人/高龄关爱项目）
回访日期：<<DATE:d_note_zh>>    回访人：<<ORG:org2>> <<PERSON:rn_name>>
老人姓名：<<PERSON:pt_name>>    年龄：<<AGE:age_zh>>岁    出生：<<DATE:dob_zh>>
身份证：<<ID:rid>>
住址：<<ADDRESS:pt_addr_city>>    座机：<<PHONE:home_ph>>
主要照护人：{rel_rel} <<PERSON:rel_name>>（<<PHONE:rel_ph>>），保姆<<PERSON:x1_a>>
情况：老人神志清，耳背，能扶拐行走。老伴<<PERSON:x2_name>>去年去世，今年<<AGE:old_age_zh>>岁的姐姐住在<<ORG:org3>>。近期食欲可，夜尿3次。
处理：测血压146/78，已提醒按时服药；下次上门<<DATE:d_next_zhmd>>。
""",
    "zh_pharmacy_delivery_sms": """【<<ORG:pharm>>】您的处方药订单<<ID:order>>已由<<ORG:courier>>发出，运单号<<ID:kd>>，收件人<<PERSON:pt_xing>>*（<<PHONE:pt_ph>>），地址<<ADDRESS:pt_addr_city>>，预计<<DATE:d_appt_zhmd>>送达。处方号<<ID:cfh>>，开方医生<<PERSON:doc_name>>。
【快递员】你好我是送药的小<<PERSON:x1_xing>>，电话<<PHONE:x1_ph>>，家里有人吗
回复：我在上班，放门卫吧，我{rel_rel}<<PERSON:rel_ming>>下午会拿
【快递员】好的 门卫<<PERSON:x2_a>>签收了
回复：👍谢谢
""",
    "zh_remote_ecg_device": """远程心电监测报告（可穿戴设备）
设备型号：单导联贴片    设备序列号：<<ID:sn>>
用户：<<PERSON:pt_name>>    绑定手机：<<PHONE:pt_ph>>    出生日期：<<DATE:dob_iso>>
佩戴时间：<<DATE:d_adm_iso>> {t1_24} 至 <<DATE:d_dc_iso>> {t2_24}
上传IP：<<ID:ip>>
结论：窦性心律，阵发性房颤（总负荷4.2%），最长持续{kid_age}分钟。
判读医生：<<PERSON:doc_name>>（<<ORG:org>> 心电诊断中心）    审核：<<PERSON:doc2_abbr>>
已于<<DATE:d_note_zhmd>> {t3_24}通过电话告知患者及{rel_rel}<<PERSON:rel_name>>，建议<<DATE:d_appt_zhhao>>心内科门诊就诊。
""",
    "zh_security_audit_log": """互联网医院平台 账号操作审计日志（节选）
导出人：信息科 <<PERSON:st_name>>（工号<<ID:gh>>）    导出时间：<<DATE:d_note_iso>> {t5_24}
time | user | role | action | target | ip
<<DATE:d_note_iso>> {t1_24} | <<PERSON:doc_pylower>> | 医生 | 查看病历 | 患者<<PERSON:pt_name>>/<<ID:mzh>> | <<ID:ip>>
<<DATE:d_note_iso>> {t2_24} | <<PERSON:doc_pylower>> | 医生 | 开具处方 | <<ID:cfh>> | <<ID:ip>>
<<DATE:d_note_iso>> {t3_24} | <<PERSON:rn_pylower>> | 护士 | 修改手机号 | <<PHONE:pt_ph>> -> <<PHONE:rel_ph>> | <<ID:ip>>
<<DATE:d_note_iso>> {t4_24} | <<PERSON:x1_pylower>> | 客服 | 导出订单 | <<ID:order>> | <<ID:ip>>
说明：<<PERSON:x1_name>>的导出操作未走审批，已报科主任<<PERSON:doc2_name>>。
""",
    "zh_sms_reminder_replies": """短信平台收发记录  发送号码：<<ORG:org>>短信平台
<<DATE:d_note_iso>> {t1_24} 发→<<PHONE:pt_ph>>：【<<ORG:org>>】<<PERSON:pt_name>>您好，您预约了<<DATE:d_appt_zhmd>>上午<<PERSON:doc_name>>医生的门诊，就诊序号17，请带好身份证和医保卡。取消预约请回复QX。
<<DATE:d_note_iso>> {t2_24} 收←<<PHONE:pt_ph>>：QX
<<DATE:d_note_iso>> {t2_24} 发→<<PHONE:pt_ph>>：【<<ORG:org>>】您的预约已取消。
<<DATE:d_note_iso>> {t3_24} 收←<<PHONE:pt_ph>>：不对不对我点错了！！我是{pt_ta}{rel_rel}<<PERSON:rel_name>>，{pt_ta}<<AGE:age>>岁了眼睛不好，帮忙恢复一下 谢谢
<<DATE:d_note_iso>> {t4_24} 人工回复（<<PERSON:st_xiao>>）：您好，已为<<PERSON:pt_xing>>{pt_elder}重新预约<<DATE:d_appt_zhhao>>，序号变为23号。如有疑问请致电<<PHONE:ward_ph_ext>>。
<<DATE:d_note_iso>> {t4_24} 收←<<PHONE:pt_ph>>：好的🙏
""",
    "zh_telehealth_consult_note": """远程会诊记录单
申请医院：<<ORG:org2>>（<<LOCATION:town>>）    会诊医院：<<ORG:org>>
会诊时间：<<DATE:d_note_zh>> {t1_24}    会诊方式：视频（会议号<<ID:meeting>>）
申请医生：<<PERSON:doc2_name>>，联系电话<<PHONE:doc_ph>>
会诊专家：<<PERSON:doc_name>>（主任医师）
患者：<<PERSON:pt_name>>    {pt_sex}    <<AGE:age_zh>>岁    住院号：<<ID:zyh>>    身份证：<<ID:rid>>
病史摘要：反复咳嗽咳痰10年，气促加重1周，<<DATE:d_prev_zhmd>>在当地住院。
会诊意见：考虑慢阻肺急性加重合并Ⅱ型呼衰，建议无创通气，调整抗感染方案；如24小时无改善转我院，联系<<PERSON:rn_xing>>护士长（<<PHONE:rn_ph>>）安排床位。
视频中断2次，部分内容经电话补充。记录人：<<PERSON:st_pylower>>
""",
    "zh_voice_input_progress_note": """【病程记录·语音录入，未校对】
<<DATE:d_note_zh>> 8:30 主治医师查房记录
患者<<PERSON:pt_slip>>（应为<<PERSON:pt_name>>），<<AGE:age>>岁，因“反复胸闷3年加重2天”入院。今日<<PERSON:doc_name>>主治医师查房，患者诉胸闷较前缓解，夜间可平卧。查体血压一百三十二八十二，双肺底少许湿罗音。<<PERSON:doc_xing>>主治医师指示：继续目前治疗，完善心超，明日请<<ORG:org2>>的<<PERSON:x1_name>>主任会诊。患者家属<<PERSON:rel_ming>>诉联系电话改为<<PHONE:rel_ph>>，原号码<<PHONE:pt_ph_zhnum>>停用。
（语音识别：“心超”识别为“新潮”，已人工改正；患者姓名识别有误）
记录医生：<<PERSON:doc2_name>>
""",
    "zh_voicemail_transcript": """【语音留言转文字】来电号码：<<PHONE:rel_ph>>  <<DATE:d_note_slash>> {t2_24}  时长52秒
“喂，<<PERSON:doc_xing>>医生你好，我是<<PERSON:pt_name>>的家属，我是{pt_ta}{rel_rel}，叫<<PERSON:rel_name>>。{pt_ta}住院号是<<ID:zyh>>，就是<<DATE:d_prev_spoken>>从你们那儿出院的那个，身份证号<<ID:rid>>。{pt_ta}现在腿又肿了，想问问要不要提前复查。我电话是<<PHONE:pt_ph_zhnum>>，哦不对那是{pt_ta}的，我的是<<PHONE:rel_ph>>。还有我们现在搬到<<LOCATION:city2>>了，地址<<ADDRESS:rel_addr>>，麻烦你回个电话，谢谢啊。”
处理：<<PERSON:rn_name>> {t3_24} 回电，已约<<DATE:d_appt_zhmd>>复诊。
""",
    "zh_wechat_followup": """微信随访记录（<<ORG:org>>慢病管理中心，企业微信）
随访对象：<<PERSON:pt_name>>    微信昵称：“<<PERSON:pt_dd>>”    微信号：<<ID:wx>>
随访人：<<PERSON:rn_name>>    日期：<<DATE:d_note_zhmd>>
{t1_24} <<PERSON:rn_name>>：<<PERSON:pt_ming>>您好，这周血糖记录发我看看哈
{t2_24} <<PERSON:pt_dd>>：[图片] 空腹7.2 7.8 6.9 餐后都在11左右
{t2_24} <<PERSON:rn_name>>：餐后偏高，主食减一点。胰岛素笔针头每次换吗
{t3_24} <<PERSON:pt_dd>>：没有😅 一个针头用一周
{t3_24} <<PERSON:rn_name>>：要每次换哦。下次门诊<<DATE:d_appt_zhmd>>，<<PERSON:doc_name>>主任，记得带血糖本。QQ群里的资料也看看（群号<<ID:qq>>）
{t4_24} <<PERSON:pt_dd>>：好的 谢谢<<PERSON:rn_xing>>老师 我家<<PERSON:rel_xing>>老师也问好
""",
}


# ---------------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------------
# Templates whose patient is an elderly person (a grandparent, a 高龄 resident): their ages are drawn older.
_OLD_TEMPLATES: Final = frozenset({
    "in_call_centre_booking", "in_whatsapp_family_followup", "uk_email_discharge_query", "us_voicemail_transcription",
    "zh_call_center_booking", "zh_hurried_typing", "zh_message_board", "zh_nurse_station_handover_group",
    "zh_oldest_old_callback", "zh_sms_reminder_replies",
})  # fmt: skip
_FIRST_DAY: Final = dt.date(2023, 1, 2)


def generate_blind18(language: str, count: int) -> list[SynthNote]:
    """``count`` notes; note ``i`` uses the ``i``-th template in sorted-name order (round robin),
    its own ``random.Random(f"{BLIND18_SEED}:{language}:{i}")`` and Fakers seeded from it."""
    if language == "en":
        templates = EN_BLIND18_TEMPLATES
    elif language == "zh":
        templates = ZH_BLIND18_TEMPLATES
    else:
        raise ValueError(f"unsupported language {language!r}; expected 'en' or 'zh'")
    names = sorted(templates)
    notes: list[SynthNote] = []
    for i in range(count):
        name = names[i % len(names)]
        rng = random.Random(f"{BLIND18_SEED}:{language}:{i}")
        note_date = _FIRST_DAY + dt.timedelta(days=rng.randrange(0, 1000))
        old = name in _OLD_TEMPLATES
        if language == "en":
            values, known = _en_values(rng, name.split("_", 1)[0], note_date, old=old)
        else:
            values, known = _zh_values(rng, note_date, old=old)
        text, spans = render(templates[name], values, age_of=blind18_age_of)
        notes.append(
            SynthNote(
                note_id=f"{BLIND18_SPLIT}-{language}-{i + 1:04d}",
                split=BLIND18_SPLIT,
                language=language,
                template=name,
                text=text,
                spans=spans,
                known=tuple(known),
            )
        )
    return notes
