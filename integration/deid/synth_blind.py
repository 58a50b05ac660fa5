"""A blind held-out set of synthetic clinical notes with gold PHI spans.

What it is: English (US hospital) and Chinese (mainland hospital) note templates, filled from
Faker and a seeded ``random.Random`` with invented people, identifiers, places and dates, rendered
with :func:`integration.deid.synth.render` (``<<KIND:key>>`` marks a gold span, ``{key}`` is
filler that is not PHI). Each note also carries the structured identifiers its EMR record would
hold (``known``), in the record's own canonical form: the free text may write the same phone
number or birth date differently, as clinicians do.

Provenance: written blind to the recognisers on 2026-11-21. The author had read only
``synth.py`` (for the template format and value helpers) and ``model.py``; not the analyzer, the
session, the self-test, the de-identification docs nor the evaluation script. **Do not use this
set for tuning**: do not read its templates or notes while changing recognisers, and do not add
patterns because of a miss seen here. Report only aggregate figures from it; once it has been
used to tune anything it is no longer blind and must be replaced.

Gold conventions (needed to score, not phrasings):

* Every date element finer than a year is gold ``DATE`` (with or without a year); a bare year and
  clock times are filler.
* ``AGE`` is gold only for 90 or more, and only the number (not "-year-old" / 岁).
* A clinician's title ("Dr.", "RN", 主任 after a full name) is outside the span; a Chinese
  surname-only form carrying its honorific or prefix (王女士, 张主任, 老李, 小周) is one span.
* A possessive 's is outside an English name span.
* All people named are gold ``PERSON`` (patient, relatives, visitors, clinicians, staff).
* Street addresses, cities-with-zip and zip codes in an address are ``ADDRESS``; a city named on
  its own in prose (or a birthplace) is ``LOCATION``. A state or province on its own is filler.
* Record, account, member, licence, certificate, device, accession, specimen, plate, badge, NPI,
  DEA, SSN, MBI, resident-ID, passport and IP numbers are ``ID``; phone and fax numbers
  (extensions included) are ``PHONE``.
* Department and ward names (ICU, 心内科), eponyms (Parkinson, Graves, 桥本), drugs, doses, lab
  values, durations and ages under 90 are filler.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from faker import Faker

from integration.deid.model import KnownIdentifier
from integration.deid.synth import GOLD_KINDS, SynthNote, cn_resident_id, render

__all__ = [
    "BLIND_SEED",
    "BLIND_SPLIT",
    "EN_BLIND_TEMPLATES",
    "GOLD_KINDS",
    "MBI_ALPHABET",
    "ZH_BLIND_TEMPLATES",
    "generate_blind",
    "mbi_is_valid",
    "resident_id_is_valid",
]

BLIND_SEED: Final = 61121126
BLIND_SPLIT: Final = "blind"

# ---------------------------------------------------------------------------------------------
# Identifier formats
# ---------------------------------------------------------------------------------------------
# CMS Medicare Beneficiary Identifier: letters A-Z without S, L, O, I, B, Z.
MBI_ALPHABET: Final = "ACDEFGHJKMNPQRTUVWXY"
_DIGITS: Final = "0123456789"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_DIGITS) for _ in range(n))


def _mbi(rng: random.Random) -> str:
    """An MBI in the CMS format; shown with or without the dashes printed on the card."""
    alnum = MBI_ALPHABET + _DIGITS
    chars = [
        str(rng.randint(1, 9)),
        rng.choice(MBI_ALPHABET),
        rng.choice(alnum),
        rng.choice(_DIGITS),
        rng.choice(MBI_ALPHABET),
        rng.choice(alnum),
        rng.choice(_DIGITS),
        rng.choice(MBI_ALPHABET),
        rng.choice(MBI_ALPHABET),
        rng.choice(_DIGITS),
        rng.choice(_DIGITS),
    ]
    raw = "".join(chars)
    return raw if rng.random() < 0.5 else f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"


def mbi_is_valid(value: str) -> bool:
    """True if ``value`` (dashes allowed) follows the CMS MBI character rules."""
    raw = value.replace("-", "")
    if len(raw) != 11:
        return False
    alnum = MBI_ALPHABET + _DIGITS
    rules = ("1-9", "L", "A", "D", "L", "A", "D", "L", "L", "D", "D")
    for char, rule in zip(raw, rules, strict=True):
        ok = {
            "1-9": char in "123456789",
            "L": char in MBI_ALPHABET,
            "A": char in alnum,
            "D": char in _DIGITS,
        }[rule]
        if not ok:
            return False
    return True


_ID_WEIGHTS: Final = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK: Final = "10X98765432"


def resident_id_is_valid(value: str) -> bool:
    """True if ``value`` is 18 characters with a correct GB 11643 check character."""
    if len(value) != 18 or not value[:17].isdigit():
        return False
    total = sum(int(c) * w for c, w in zip(value[:17], _ID_WEIGHTS, strict=True))
    return value[17] == _ID_CHECK[total % 11]


def _luhn_check_digit(payload: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def _npi(rng: random.Random) -> str:
    """A 10-digit NPI with a valid check digit (Luhn over the 80840 prefix)."""
    base = rng.choice("12") + _digits(rng, 8)
    return base + str(_luhn_check_digit("80840" + base))


def _dea(rng: random.Random, last_name: str) -> str:
    """A DEA registration number with a valid check digit."""
    initial = last_name[:1].upper()
    second = initial if "A" <= initial <= "Z" else "9"
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFGM") + second + "".join(map(str, d)) + str(check)


def _ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice(["{a:03d}-{g:02d}-{s:04d}", "{a:03d} {g:02d} {s:04d}", "{a:03d}{g:02d}{s:04d}"]).format(
        a=area, g=group, s=serial
    )


def _drivers_licence(rng: random.Random) -> tuple[str, str]:
    letter = rng.choice("ABCDEFGHJKLMNPRSTW")
    options = [
        ("CA", f"{letter}{_digits(rng, 7)}"),
        ("NY", f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}"),
        ("FL", f"{letter}{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 3)}-0"),
        ("IL", f"{letter}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}"),
        ("TX", _digits(rng, 8)),
        ("WA", f"WDL{rng.choice('ABCDEFGHJK')}{_digits(rng, 2)}{rng.choice('MNPQRSTUVW')}{_digits(rng, 3)}"),
    ]
    return rng.choice(options)


def _device_serial(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice(
        [
            f"{rng.choice(letters)}{rng.choice(letters)}{rng.choice(letters)}{_digits(rng, 6)}{rng.choice(letters)}",
            f"{_digits(rng, 2)}{rng.choice(letters)}{_digits(rng, 7)}",
            f"SN-{_digits(rng, 4)}-{rng.choice(letters)}{_digits(rng, 4)}",
            f"{rng.choice(letters)}{rng.choice(letters)}{_digits(rng, 8)}",
        ]
    )


def _us_phone_digits(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(201, 989), rng.randint(201, 989), rng.randint(0, 9999)


def _us_phone_fmt(rng: random.Random, parts: tuple[int, int, int], *, ext: bool = False) -> str:
    a, b, c = parts
    base = rng.choice(
        [
            f"({a}) {b}-{c:04d}",
            f"{a}-{b}-{c:04d}",
            f"{a}.{b}.{c:04d}",
            f"{a}{b}{c:04d}",
            f"+1 {a} {b} {c:04d}",
            f"1-{a}-{b}-{c:04d}",
            f"({a}){b}-{c:04d}",
        ]
    )
    if ext:
        n = rng.randint(10, 9999)
        base += rng.choice([f" ext. {n}", f" x{n}", f", ext {n}", f" Ext {n}"])
    return base


def _cn_mobile_digits(rng: random.Random) -> str:
    return f"1{rng.choice('3456789')}{rng.randint(0, 9)}{_digits(rng, 8)}"


def _cn_mobile_fmt(rng: random.Random, d: str) -> str:
    return rng.choice(
        [
            d,
            d,
            f"{d[:3]}-{d[3:7]}-{d[7:]}",
            f"{d[:3]} {d[3:7]} {d[7:]}",
            f"+86 {d[:3]} {d[3:7]} {d[7:]}",
            f"+86-{d}",
            f"+86{d}",
            f"(+86){d}",
        ]
    )


_CN_AREA_CODES: Final = ("010", "021", "022", "023", "020", "0755", "0571", "025", "027", "028", "0731", "0532", "0371")


def _cn_landline(rng: random.Random, *, ext: bool = False) -> str:
    area = rng.choice(_CN_AREA_CODES)
    local = _digits(rng, 8 if len(area) == 3 else rng.choice([7, 8]))
    local = str(rng.randint(2, 8)) + local[1:]
    base = rng.choice(
        [
            f"{area}-{local}",
            f"({area}){local}",
            f"{area} {local[:4]} {local[4:]}",
            f"{area}{local}",
            f"+86 {area[1:]} {local}",
            f"{area}-{local[:4]}-{local[4:]}",
        ]
    )
    if ext:
        base += rng.choice(
            [f"转{rng.randint(1000, 8999)}", f"-{rng.randint(100, 899)}", f" 转 {rng.randint(1000, 8999)}"]
        )
    return base


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------
_EN_MONTHS: Final = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _en_date(rng: random.Random, day: dt.date, *, year: bool = True) -> str:
    m, d, y = day.month, day.day, day.year
    month = _EN_MONTHS[m - 1]
    mon = month[:3]
    if not year:
        return rng.choice([f"{m}/{d}", f"{m:02d}/{d:02d}", f"{month} {d}", f"{mon} {d}", f"{month} {_ordinal(d)}"])
    return rng.choice(
        [
            f"{m:02d}/{d:02d}/{y}",
            f"{m}/{d}/{y}",
            f"{m}/{d}/{y % 100:02d}",
            f"{month} {d}, {y}",
            f"{mon} {d}, {y}",
            f"{d} {month} {y}",
            f"{d:02d}-{mon}-{y}",
            day.isoformat(),
            f"{d:02d}{mon.upper()}{y}",
            f"{month} {_ordinal(d)}, {y}",
            f"{m:02d}-{d:02d}-{y}",
        ]
    )


_CN_NUMERALS: Final = "〇一二三四五六七八九"


def _cn_small(n: int) -> str:
    if n < 10:
        return _CN_NUMERALS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN_NUMERALS[tens]) + "十" + ("" if ones == 0 else _CN_NUMERALS[ones])


def _zh_date(rng: random.Random, day: dt.date, *, year: bool = True, numerals: bool = False) -> str:
    y, m, d = day.year, day.month, day.day
    if numerals:
        return "".join(_CN_NUMERALS[int(c)] for c in str(y)) + f"年{_cn_small(m)}月{_cn_small(d)}日"
    if not year:
        return rng.choice([f"{m}月{d}日", f"{m}月{d}号", f"{m:02d}月{d:02d}日"])
    return rng.choice(
        [
            f"{y}年{m}月{d}日",
            f"{y}年{m:02d}月{d:02d}日",
            day.isoformat(),
            f"{y}.{m}.{d}",
            f"{y}.{m:02d}.{d:02d}",
            f"{y}/{m}/{d}",
            f"{y}/{m:02d}/{d:02d}",
            f"{y}-{m}-{d}",
        ]
    )


def _age_and_birth(rng: random.Random, admit: dt.date) -> tuple[int, dt.date]:
    age = rng.randint(90, 106) if rng.random() < 0.3 else rng.randint(19, 89)
    birth = admit - dt.timedelta(days=age * 365 + age // 4 + rng.randint(5, 350))
    return age, birth


def _clock(rng: random.Random) -> str:
    return rng.choice(["{h:02d}:{m:02d}", "{h:02d}{m:02d}"]).format(h=rng.randint(0, 23), m=rng.randint(0, 59))


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------
_EN_OTHER_LOCALES: Final = ("en_GB", "en_IE", "en_IN", "en_NZ", "es_MX")
_EN_LOCALES: Final = ("en_US", *_EN_OTHER_LOCALES)


@dataclass(frozen=True)
class _EnName:
    first: str
    last: str
    middle: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def initial(self) -> str:
        return f"{self.first[0]}. {self.last}"

    @property
    def last_first(self) -> str:
        return f"{self.last}, {self.first}"

    @property
    def caps(self) -> str:
        mid = f" {self.middle[0]}" if self.middle else ""
        return f"{self.last.upper()}, {self.first.upper()}{mid.upper()}"

    @property
    def full_mid(self) -> str:
        return f"{self.first} {self.middle} {self.last}" if self.middle else self.full


def _en_name(fk: dict[str, Faker], rng: random.Random, sex: str | None = None, *, middle: bool = False) -> _EnName:
    """Half en_US, half other locales; some hyphenated surnames and middle names."""
    loc = "en_US" if rng.random() < 0.5 else rng.choice(_EN_OTHER_LOCALES)
    f = fk[loc]
    if sex == "F":
        first = f.first_name_female()
    elif sex == "M":
        first = f.first_name_male()
    else:
        first = f.first_name()
    first = first.split()[0]
    last = f.last_name()
    if rng.random() < 0.12:
        last = f"{last}-{fk[rng.choice(_EN_LOCALES)].last_name()}"
    mid = ""
    if middle and rng.random() < 0.4:
        mid = (f.first_name_female() if sex == "F" else f.first_name_male()).split()[0]
        if rng.random() < 0.5:
            mid = f"{mid[0]}."
    return _EnName(first, last, mid)


# Hand-written, deliberately outside Faker's zh_CN lists: rarer surnames (compound included) and
# given-name characters.
_ZH_RARE_SURNAMES: Final = (
    "欧阳", "司马", "上官", "诸葛", "慕容", "东方", "皇甫", "尉迟", "令狐", "公孙", "夏侯", "端木", "长孙",
    "闫", "仝", "钮", "訾", "亓", "逄", "鞠", "蔺", "邝", "佘", "冼", "宓", "昝", "揭", "眭", "隗", "濮",
    "禤", "笪", "谌", "冉", "匡", "晏", "岑", "靳", "戚", "桑", "郦", "麦", "植", "扈", "糜", "敖",
)  # fmt: skip
_ZH_RARE_GIVEN: Final = (
    "翊玥珏昀婕筠彧骁钰沁漪璇濛皓炜琨蕤霁湛芃曦澍朔韫祎熠琦晗煜珩瑾骞昶晞婳懿岚峤栩铎"
    "泓霈铮岱砚朗彤菡茉苒樾屹晟钧灏璟淇槿蓁嵘"
)


def _zh_name(fk: Faker, rng: random.Random, sex: str | None = None) -> tuple[str, str]:
    """(surname, given): half Faker zh_CN, half the hand-written lists; 2-, 3- and 4-char names."""
    if rng.random() < 0.5:
        surname = fk.last_name()
        if sex == "女":
            given = fk.first_name_female()
        elif sex == "男":
            given = fk.first_name_male()
        else:
            given = fk.first_name()
        return surname, given
    surname = rng.choice(_ZH_RARE_SURNAMES)
    n = 1 if rng.random() < 0.35 else 2
    given = "".join(rng.choice(_ZH_RARE_GIVEN) for _ in range(n))
    return surname, given


# ---------------------------------------------------------------------------------------------
# Clinical filler (never gold)
# ---------------------------------------------------------------------------------------------
_EN_FILL: Final[dict[str, tuple[str, ...]]] = {
    "drug": (
        "apixaban 2.5 mg BID",
        "carvedilol 6.25 mg BID",
        "tamsulosin 0.4 mg qHS",
        "sertraline 50 mg daily",
        "piperacillin-tazobactam 4.5 g IV q6h",
        "vancomycin 1.25 g IV q12h",
        "methimazole 10 mg daily",
        "prednisone 40 mg daily",
        "hydralazine 25 mg TID",
        "oxycodone 5 mg q4h PRN",
        "lisinopril 10 mg daily",
        "donepezil 5 mg qHS",
        "carbidopa-levodopa 25/100 TID",
        "pantoprazole 40 mg daily",
    ),
    "otc": ("acetaminophen 500 mg", "docusate 100 mg", "melatonin 3 mg", "loratadine 10 mg", "vitamin D3 2000 IU"),
    "lab": (
        "Na 129",
        "K 5.6",
        "creatinine 2.1",
        "BUN 44",
        "WBC 14.8",
        "Hgb 7.9",
        "platelets 88",
        "INR 3.4",
        "lactate 3.2",
        "troponin T 61 ng/L",
        "NT-proBNP 4210",
        "glucose 412",
        "TSH <0.01",
        "ALT 212",
    ),
    "dx": (
        "sepsis from a urinary source",
        "acute on chronic systolic heart failure",
        "aspiration pneumonia",
        "GI bleed from a duodenal ulcer",
        "acute kidney injury",
        "new-onset atrial fibrillation",
        "left MCA stroke",
        "C. diff colitis",
        "small bowel obstruction",
        "hyperkalemia",
    ),
    "epo_dx": (
        "Parkinson disease",
        "Graves disease",
        "Hashimoto thyroiditis",
        "Alzheimer dementia",
        "Crohn disease",
        "Raynaud phenomenon",
        "Sjogren syndrome",
        "Hodgkin lymphoma in remission",
        "Barrett esophagus",
        "Guillain-Barre syndrome",
        "Meniere disease",
        "Paget disease of bone",
        "Wolff-Parkinson-White",
    ),
    "endo_dx": ("Graves disease", "Hashimoto thyroiditis", "Cushing syndrome", "Addison disease"),
    "duration": ("2 days", "4 days", "1 week", "10 days", "3 weeks", "36 hours", "6 months", "several weeks"),
    "unit": ("MICU", "4 West", "Cardiac Step-Down", "Surgical ICU", "Med/Surg", "Telemetry", "ED Pod B"),
    "job": ("machinist", "school bus driver", "bookkeeper", "carpenter", "nurse's aide", "postal clerk", "farmer"),
    "cc": ("shortness of breath", "chest pressure", "fall at home", "confusion", "abdominal pain", "syncope"),
    "symptom": ("a cough", "poor appetite", "leg swelling", "dizziness", "a low-grade fever", "loose stools"),
    "rad_hx": ("RLQ pain and fever", "weight loss, r/o malignancy", "trauma, fall from standing"),
    "finding": (
        "3.1 cm simple cyst in the left kidney; no hydronephrosis",
        "acute uncomplicated appendicitis, appendix 11 mm",
        "diverticulosis without diverticulitis; small hiatal hernia",
    ),
    "cause": ("septic shock", "acute hypoxic respiratory failure", "cardiac arrest, PEA", "end-stage dementia"),
    "subject": ("question about my pills", "lab results", "refill", "swelling in my ankles"),
    "allergy": ("NKDA", "penicillin (rash)", "sulfa", "codeine (nausea)", "iodinated contrast"),
    "transport": ("ALS ambulance", "critical care transport", "BLS ambulance"),
    "tx_reason": ("interventional cardiology", "neurosurgical evaluation", "ECMO candidacy", "ERCP"),
    "specialty": ("Cardiology", "Gastroenterology", "Neurology", "Geriatric Medicine", "Endocrinology"),
    "device_brand": ("Medtronic Azure", "Boston Scientific Accolade", "Abbott Assurity"),
    "state": ("MA", "OH", "PA", "GA", "TX", "CA", "MN", "AZ", "NY", "WA"),
    "position": ("reverse Trendelenburg", "supine", "lateral decubitus"),
}
# (diagnosis, procedure, implant, specimen) and (specimen, pathology diagnosis): kept consistent.
_EN_SURGERY: Final = (
    ("displaced left femoral neck fracture", "left hip hemiarthroplasty", "cemented femoral stem", "femoral head"),
    ("right knee osteoarthritis", "right total knee arthroplasty", "tibial baseplate", "tibial plateau bone"),
    ("sigmoid adenocarcinoma", "sigmoid colectomy with port placement", "implantable venous port", "sigmoid colon"),
    ("lumbar stenosis with radiculopathy", "L4-5 laminectomy and stimulator trial", "spinal cord stimulator",
     "ligamentum flavum"),
    ("right hip osteoarthritis", "right total hip arthroplasty", "acetabular shell", "femoral head"),
)  # fmt: skip
_EN_PATHOLOGY: Final = (
    ("Thyroid, right lobe, lobectomy", "Hashimoto thyroiditis; no malignancy identified"),
    ("Thyroid, total thyroidectomy", "papillary thyroid carcinoma, 0.8 cm, margins negative"),
    ("Gallbladder, cholecystectomy", "chronic cholecystitis with cholelithiasis"),
    ("Colon, sigmoid, polypectomy", "tubular adenoma; no high-grade dysplasia"),
)
_EN_REAL_CITIES: Final = (
    "Worcester", "Dayton", "Tucson", "Boise", "Albany", "Fresno", "Macon", "Lubbock", "Duluth", "Erie",
    "Spokane", "Savannah", "Scranton", "Topeka", "Billings", "Pueblo", "Yonkers", "Lowell", "Akron",
)  # fmt: skip
_EN_SAINTS: Final = ("Luke's", "Vincent's", "Joseph", "Mary's", "Elizabeth's", "Anne's", "Francis")
_EN_RELATIONS: Final = (
    ("daughter", "F"), ("son", "M"), ("wife", "F"), ("husband", "M"), ("niece", "F"), ("grandson", "M"),
    ("sister", "F"), ("brother", "M"), ("daughter-in-law", "F"), ("partner", None),
)  # fmt: skip
_EN_RELATIONS_YOUNG: Final = (
    ("wife", "F"), ("husband", "M"), ("partner", None), ("mother", "F"), ("father", "M"), ("sister", "F"),
    ("brother", "M"), ("roommate", None),
)  # fmt: skip


def _en_city(fk: Faker, rng: random.Random) -> str:
    return fk.city() if rng.random() < 0.5 else rng.choice(_EN_REAL_CITIES)


def _en_zip(rng: random.Random) -> str:
    z = f"{rng.randint(1001, 99950):05d}"
    return z if rng.random() < 0.8 else f"{z}-{rng.randint(1, 9999):04d}"


def _en_values(fk: dict[str, Faker], rng: random.Random) -> tuple[dict[str, str], tuple[KnownIdentifier, ...]]:
    us = fk["en_US"]
    sex = rng.choice("FM")
    pt = _en_name(fk, rng, sex, middle=True)
    admit = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 900))
    age, birth = _age_and_birth(rng, admit)
    rel_relation, rel_sex = rng.choice(_EN_RELATIONS if age >= 60 else _EN_RELATIONS_YOUNG)
    rel1 = _en_name(fk, rng, rel_sex)
    if rel_relation in ("daughter", "son", "wife", "husband", "grandson") and rng.random() < 0.5:
        rel1 = _EnName(rel1.first, pt.last, "")
    rel2 = _en_name(fk, rng)
    people = {
        key: _en_name(fk, rng)
        for key in (
            "doc_a", "doc_b", "doc_c", "res", "nurse", "visitor", "sitter", "wound", "pa", "anes", "rad",
            "path", "path2", "sw", "pharm", "landlord", "officer", "witness", "rep", "stu",
        )
    }  # fmt: skip
    discharge = admit + dt.timedelta(days=rng.randint(2, 15))
    proc = admit + dt.timedelta(days=rng.randint(0, 2))
    city, city2 = _en_city(us, rng), _en_city(us, rng)
    state, zipcode = rng.choice(_EN_FILL["state"]), _en_zip(rng)
    hosp = rng.choice(
        [
            f"{us.last_name()} Memorial Hospital",
            f"{city} Regional Medical Center",
            f"St. {rng.choice(_EN_SAINTS)} Hospital",
            f"{city2} Community Hospital",
        ]
    )
    hosp2 = rng.choice(
        [f"{city2} University Hospital", f"{us.last_name()} Heart Institute", "Mercy General of " + city2]
    )
    clinic = rng.choice(
        [f"{city} Family Medicine", f"{us.last_name()} Internal Medicine Associates", f"{city2} Primary Care"]
    )
    domain = rng.choice(["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "aol.com", "icloud.com"])
    email = (
        rng.choice(
            [
                f"{pt.first.lower()}.{pt.last.lower()}{rng.randint(1, 99)}@{domain}",
                f"{pt.first[0].lower()}{pt.last.lower()}{rng.randint(40, 99)}@{domain}",
                f"{pt.last.lower()}family@{domain}",
            ]
        )
        .replace("'", "")
        .replace(" ", "")
    )
    phone_parts = _us_phone_digits(rng)
    a, b, c = phone_parts
    phone_known = f"({a}) {b}-{c:04d}"
    phone_text = phone_known if rng.random() < 0.6 else _us_phone_fmt(rng, phone_parts)
    mrn = rng.choice(
        [
            f"{rng.randint(0, 99999999):08d}",
            f"{rng.randint(1000000, 9999999)}",
            f"E{rng.randint(1000000, 9999999)}",
            f"M{_digits(rng, 9)}",
            f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
            f"{rng.randint(10, 99)}-{_digits(rng, 6)}",
        ]
    )
    ssn = _ssn(rng)
    dl_state, dl = _drivers_licence(rng)
    street = us.street_address()
    pt_he, pt_his, pt_him = ("she", "her", "her") if sex == "F" else ("he", "his", "him")
    web = us.domain_word()
    v: dict[str, str] = {
        # patient
        "pt_first": pt.first,
        "pt_last": pt.last,
        "pt_full": pt.full,
        "pt_full_mid": pt.full_mid,
        "pt_lf": pt.last_first,
        "pt_caps": pt.caps,
        "pt_init": pt.initial,
        "pt_title": ("Mrs." if rng.random() < 0.5 else "Ms.") if sex == "F" else "Mr.",
        "sex": sex,
        "sex_word": "woman" if sex == "F" else "man",
        "pt_he": pt_he,
        "pt_he_cap": pt_he.capitalize(),
        "pt_his": pt_his,
        "pt_him": pt_him,
        "age": str(age),
        # relatives, visitors, staff
        "rel1_first": rel1.first,
        "rel1_full": rel1.full,
        "rel1_init": rel1.initial,
        "rel1_relation": rel_relation,
        "rel1_his": {"F": "her", "M": "his"}.get(rel_sex or "", "their"),
        "rel2_first": rel2.first,
        "rel2_full": rel2.full,
        "rel_age": str(rng.randint(24, 74)),
    }
    for key, person in people.items():
        v[f"{key}_first"] = person.first
        v[f"{key}_last"] = person.last
        v[f"{key}_full"] = person.full
        v[f"{key}_init"] = person.initial
        v[f"{key}_lf"] = person.last_first
    # identifiers
    v |= {
        "mrn": mrn,
        "mrn_other": rng.choice([f"{_digits(rng, 9)}", f"H{_digits(rng, 7)}", f"{_digits(rng, 4)}-{_digits(rng, 4)}"]),
        "acct": rng.choice([_digits(rng, 10), f"V{_digits(rng, 10)}", f"A-{_digits(rng, 8)}"]),
        "csn": _digits(rng, 10),
        "member": rng.choice(
            [
                f"{rng.choice('XJWHZQ')}{rng.choice('ABEHKW')}{rng.choice('CDHJM')}{_digits(rng, 9)}",
                f"W{_digits(rng, 9)}",
                f"{_digits(rng, 9)}-0{rng.randint(1, 4)}",
                f"MBR{_digits(rng, 8)}",
            ]
        ),
        "ssn": ssn,
        "mbi": _mbi(rng),
        "dl": dl,
        "dl_state": dl_state,
        "npi": _npi(rng),
        "dea": _dea(rng, people["doc_c"].last),
        "device_sn": _device_serial(rng),
        "plate": rng.choice([us.license_plate(), f"{rng.randint(1, 9)}{us.lexify('???').upper()}{_digits(rng, 3)}"]),
        "license": rng.choice(
            [f"A{_digits(rng, 6)}", f"MD.{_digits(rng, 7)}", f"G {_digits(rng, 5)}", _digits(rng, 8)]
        ),
        "sw_license": f"{rng.choice(['LICSW', 'LCSW'])}-{_digits(rng, 6)}",
        "cert": rng.choice([f"{admit.year}-{_digits(rng, 6)}", f"{_digits(rng, 3)}-{admit.year}-{_digits(rng, 6)}"]),
        "me_case": f"ME{admit.year % 100:02d}-{_digits(rng, 4)}",
        "case_no": f"{admit.year % 100:02d}-SP-{_digits(rng, 5)}",
        "aps_no": f"APS-{_digits(rng, 7)}",
        "accession": rng.choice(
            [f"CT{_digits(rng, 10)}", f"RAD-{admit.year % 100:02d}-{_digits(rng, 7)}", _digits(rng, 8)]
        ),
        "specimen_id": rng.choice([f"S{admit.year % 100:02d}-{rng.randint(100, 39999)}", f"SP-{_digits(rng, 6)}"]),
        "bb_id": f"{rng.choice('ABCDE')}{_digits(rng, 3)}-{_digits(rng, 4)}",
        "badge": _digits(rng, rng.choice([4, 5])),
        "clia": f"{_digits(rng, 2)}D{_digits(rng, 7)}",
        "ip": us.ipv4_private() if rng.random() < 0.5 else us.ipv4_public(),
        # contact
        "phone": phone_text,
        "rel1_phone": _us_phone_fmt(rng, _us_phone_digits(rng)),
        "rel1_phone_ext": _us_phone_fmt(rng, _us_phone_digits(rng), ext=True),
        "visitor_phone": _us_phone_fmt(rng, _us_phone_digits(rng)),
        "clinic_phone": _us_phone_fmt(rng, _us_phone_digits(rng)),
        "clinic_phone_ext": _us_phone_fmt(rng, _us_phone_digits(rng), ext=True),
        "clinic_fax": _us_phone_fmt(rng, _us_phone_digits(rng)),
        "pharm_phone": _us_phone_fmt(rng, _us_phone_digits(rng)),
        "funeral_phone": _us_phone_fmt(rng, _us_phone_digits(rng)),
        "rep_phone": _us_phone_fmt(rng, _us_phone_digits(rng)),
        "email": email,
        "rel1_email": f"{rel1.first.lower()}{rng.randint(1, 999)}@{rng.choice(['gmail.com', 'hotmail.com'])}".replace(
            "'", ""
        ),
        "doc_a_email": f"{people['doc_a'].first[0].lower()}{people['doc_a'].last.lower()}@{web}health.org".replace(
            "'", ""
        ).replace(" ", ""),
        "portal_url": f"https://mychart.{web}health.org/MyChart/Visits?id={_digits(rng, 7)}",
        "tele_url": rng.choice(
            [f"https://{web}.zoom.us/j/{_digits(rng, 10)}", f"https://video.{web}care.com/room/{us.lexify('????')}"]
        ),
        # places
        "street": street,
        "city": city,
        "zip": zipcode,
        "state": state,
        "city_state_zip": f"{city}, {state} {zipcode}",
        "city2": city2,
        "rel1_street": us.street_address(),
        "rel1_csz": f"{_en_city(us, rng)}, {rng.choice(_EN_FILL['state'])} {_en_zip(rng)}",
        "clinic_street": us.street_address(),
        "clinic_csz": f"{_en_city(us, rng)}, {state} {_en_zip(rng)}",
        "emp_street": f"{us.building_number()} {us.street_name()}",
        # organisations
        "hosp": hosp,
        "hosp_caps": hosp.upper(),
        "hosp2": hosp2,
        "clinic": clinic,
        "snf": rng.choice([f"{us.last_name()} Rehabilitation and Nursing", f"{city} Gardens Skilled Nursing"]),
        "employer": rng.choice([us.company(), f"{city} School District", f"{us.last_name()} Trucking"]),
        "pharmacy": rng.choice([f"{us.last_name()} Pharmacy", f"{city2} Apothecary", f"{us.last_name()} Drug"]),
        "funeral": rng.choice([f"{us.last_name()} & Sons Funeral Home", f"{us.last_name()} Funeral Chapel"]),
        # dates
        "dob": _en_date(rng, birth),
        "admit": _en_date(rng, admit),
        "admit2": _en_date(rng, admit),
        "discharge": _en_date(rng, discharge),
        "proc": _en_date(rng, proc),
        "proc2": _en_date(rng, proc),
        "report": _en_date(rng, proc + dt.timedelta(days=rng.randint(1, 4))),
        "prior": _en_date(rng, admit - dt.timedelta(days=rng.randint(60, 900))),
        "follow": _en_date(rng, discharge + dt.timedelta(days=rng.randint(5, 40)), year=False),
        "call": _en_date(rng, discharge + dt.timedelta(days=rng.randint(2, 20))),
        "visit": _en_date(rng, admit),
        "visit_noyear": _en_date(rng, admit - dt.timedelta(days=rng.randint(7, 60)), year=False),
        "msg": _en_date(rng, admit),
        "letter": _en_date(rng, admit),
        "death": _en_date(rng, discharge),
        "last_dose1": _en_date(rng, admit - dt.timedelta(days=1), year=False),
        "last_dose2": _en_date(rng, admit - dt.timedelta(days=rng.randint(3, 20)), year=False),
        "onset": _en_date(rng, admit - dt.timedelta(days=rng.randint(2, 10)), year=False),
        "event": _en_date(rng, discharge + dt.timedelta(days=rng.randint(3, 30)), year=False),
        # filler
        "clock": _clock(rng),
        "clock2": _clock(rng),
        "bp": f"{rng.randint(88, 182)}/{rng.randint(48, 104)}",
        "hr": str(rng.randint(48, 134)),
        "sat": str(rng.randint(84, 99)),
        "past_year": str(rng.randint(1975, 2021)),
        "ebl": str(rng.choice([20, 50, 75, 150, 300])),
        "los": str((discharge - admit).days),
        "speed": str(rng.choice([25, 35, 40, 55])),
        "unit_no": str(rng.randint(3, 48)),
    }
    for key, options in _EN_FILL.items():
        if key not in v:
            v[key] = rng.choice(options)
    v["surg_dx"], v["surg_proc"], v["implant"], v["specimen"] = rng.choice(_EN_SURGERY)
    v["path_specimen"], v["path_dx"] = rng.choice(_EN_PATHOLOGY)
    v["drug2"] = rng.choice(_EN_FILL["drug"])
    v["lab2"] = rng.choice(_EN_FILL["lab"])
    known: list[KnownIdentifier] = [
        KnownIdentifier("PERSON", pt.first),
        KnownIdentifier("PERSON", pt.last),
        KnownIdentifier("PERSON", pt.full),
    ]
    if pt.middle and not pt.middle.endswith("."):
        known.append(KnownIdentifier("PERSON", pt.middle))
    known += [
        KnownIdentifier("ID", mrn),
        KnownIdentifier("ID", ssn),
        KnownIdentifier("PHONE", phone_known),
        KnownIdentifier("ADDRESS", street),
        KnownIdentifier("ADDRESS", city),
        KnownIdentifier("DATE", birth.isoformat()),
        KnownIdentifier("EMAIL", email),
    ]
    return v, tuple(known)


_ZH_FILL: Final[dict[str, tuple[str, ...]]] = {
    "dept": ("心内科", "神经内科", "呼吸与危重症医学科", "老年医学科", "消化内科", "肾内科", "内分泌科", "ICU"),
    "dept2": ("内分泌科", "感染科", "心内科", "营养科", "康复医学科", "精神心理科"),
    "dept_surg": ("普外科", "骨科", "心外科", "甲乳外科", "泌尿外科"),
    "dx": (
        "重症肺炎",
        "急性心肌梗死",
        "脑梗死",
        "上消化道出血",
        "急性肾损伤",
        "慢性心力衰竭急性加重",
        "2型糖尿病酮症酸中毒",
        "尿路感染",
        "慢性阻塞性肺疾病急性加重",
    ),
    "epo_dx": (
        "帕金森病",
        "桥本甲状腺炎",
        "格雷夫斯病",
        "阿尔茨海默病",
        "克罗恩病",
        "库欣综合征",
        "雷诺综合征",
        "干燥综合征",
        "吉兰-巴雷综合征",
    ),
    "drug": (
        "阿托伐他汀钙片20mg qn",
        "硫酸氢氯吡格雷片75mg qd",
        "左甲状腺素钠片50μg qd",
        "多巴丝肼片125mg tid",
        "美托洛尔缓释片23.75mg qd",
        "螺内酯20mg qd",
        "哌拉西林他唑巴坦4.5g ivgtt q8h",
        "甲巯咪唑10mg qd",
        "奥美拉唑40mg ivgtt qd",
        "甘精胰岛素16U ih qn",
        "托拉塞米10mg iv",
    ),
    "tcm": ("复方丹参滴丸", "六味地黄丸", "银杏叶片", "安宫牛黄丸"),
    "lab": (
        "血钾5.8mmol/L",
        "血钠128mmol/L",
        "肌酐212μmol/L",
        "白细胞15.6×10^9/L",
        "血红蛋白76g/L",
        "血小板62×10^9/L",
        "NT-proBNP 5320pg/ml",
        "降钙素原2.4ng/ml",
        "D-二聚体3.2mg/L",
        "TSH 0.01mIU/L",
    ),
    "lab_name": ("血常规", "肝肾功能", "甲功", "凝血功能", "电解质"),
    "duration": ("3天", "1周", "2周余", "半月", "1月", "10余天", "2年", "数小时"),
    "cc": ("反复胸闷气促", "发热伴咳嗽咳痰", "头晕乏力", "双下肢水肿", "腹痛腹胀", "意识障碍"),
    "symptom": ("胸闷", "头晕", "咳嗽", "乏力", "腹胀", "纳差"),
    "death_cause": ("感染性休克", "呼吸循环衰竭", "心源性猝死", "多器官功能衰竭"),
    "job": ("退休", "农民", "教师", "个体", "工人", "无业"),
    "ethnic": ("汉族", "汉族", "回族", "满族", "壮族", "土家族"),
    "marital": ("已婚", "丧偶", "已婚", "离异"),
    "reason": ("血压偏低", "肾功能下降", "出血风险", "药物相互作用"),
}
_ZH_SURGERY: Final = (
    ("左股骨颈骨折", "左侧人工股骨头置换术", "人工股骨头假体", "股骨头"),
    ("右膝骨关节炎", "右侧全膝关节置换术", "膝关节假体", "胫骨平台骨质"),
    ("乙状结肠癌", "腹腔镜乙状结肠切除+输液港植入术", "输液港", "乙状结肠"),
    ("腰椎管狭窄症", "腰椎减压+脊髓刺激器植入术", "脊髓刺激器", "黄韧带"),
    ("右髋骨关节炎", "右侧全髋关节置换术", "髋臼假体", "股骨头"),
)
_ZH_RELATIONS: Final = (
    ("儿子", "男"), ("女儿", "女"), ("老伴", None), ("儿媳", "女"), ("女婿", "男"), ("孙女", "女"), ("侄子", "男"),
    ("妻子", "女"), ("丈夫", "男"),
)  # fmt: skip
_ZH_PLACE_CHARS: Final = "安平兴和丰泰宁清河新田石桥东西南北山溪湾岭塘林阳明华龙凤庄坪坝沟柳杨梅"
_ZH_COUNTING: Final = "一二三四五六七八九"
_ZH_PLATE_PREFIX: Final = "京沪津渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云陕甘"


def _zh_place(rng: random.Random) -> str:
    return "".join(rng.choice(_ZH_PLACE_CHARS) for _ in range(2))


def _zh_address(fk: Faker, rng: random.Random, city: str, district: str, *, rural: bool = False) -> str:
    street = f"{fk.street_name().rstrip('街路')}{rng.choice(['路', '大道', '街', '巷', '中路'])}{rng.randint(1, 688)}号"
    estate = f"{_zh_place(rng)}{rng.choice(['小区', '花园', '新村', '家园', '苑'])}"
    building, unit, room = rng.randint(1, 36), rng.randint(1, 6), rng.randint(101, 2603)
    county, town, village = _zh_place(rng), _zh_place(rng), _zh_place(rng)
    if rural:
        return rng.choice(
            [
                f"{fk.province()}{county}县{town}镇{village}村{rng.randint(1, 12)}组{rng.randint(1, 99)}号",
                f"{county}县{town}乡{village}村{rng.randint(1, 60)}号",
                f"{city}市{county}县{town}镇{village}村",
            ]
        )
    return rng.choice(
        [
            f"{fk.province()}{city}市{district}区{street}{estate}{building}栋{unit}单元{room}室",
            f"{city}市{district}区{street}{estate}{building}号楼{unit}单元{room}",
            f"{district}区{estate}{building}-{unit}-{room}",
            f"{city}市{district}区{street}",
            f"{fk.province()}{county}县{town}镇{village}村{rng.randint(1, 12)}组{rng.randint(1, 99)}号",
            f"{county}县{town}乡{village}村{rng.randint(1, 60)}号",
        ]
    )


def _zh_values(fk: dict[str, Faker], rng: random.Random) -> tuple[dict[str, str], tuple[KnownIdentifier, ...]]:
    cn = fk["zh_CN"]
    sex = rng.choice("男女")
    surname, given = _zh_name(cn, rng, sex)
    admit = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 900))
    discharge = admit + dt.timedelta(days=rng.randint(3, 20))
    proc = admit + dt.timedelta(days=rng.randint(1, 3))
    age, birth = _age_and_birth(rng, admit)
    rel_rel, rel_sex = rng.choice(_ZH_RELATIONS)
    rel1_s, rel1_g = _zh_name(cn, rng, rel_sex)
    if rel_rel in ("儿子", "女儿", "孙女", "侄子") and rng.random() < 0.7:
        rel1_s = surname
    rel2_s, rel2_g = _zh_name(cn, rng)
    staff = {
        key: _zh_name(cn, rng)
        for key in (
            "doc_a", "doc_b", "doc_c", "resident", "nurse", "nurse2", "anes", "pharm", "rad", "rad2", "path",
            "path2", "sw", "officer", "visitor", "carer_src",
        )
    }  # fmt: skip
    city, district = cn.city_name(), cn.district()
    address = _zh_address(cn, rng, city, district)
    mobile_known = _cn_mobile_digits(rng)
    mobile_text = mobile_known if rng.random() < 0.6 else _cn_mobile_fmt(rng, mobile_known)
    resid = cn_resident_id(rng, birth)
    rel_age = rng.randint(26, 72)
    rel_birth = admit - dt.timedelta(days=rel_age * 365 + rng.randint(5, 350))
    zyh = rng.choice(
        [
            f"ZY{admit.year}{_digits(rng, 5)}",
            _digits(rng, 10),
            _digits(rng, rng.choice([6, 7])),
            f"{admit.year % 100}{_digits(rng, 6)}",
        ]
    )
    hosp = rng.choice(
        [
            f"{city}市第{rng.choice(_ZH_COUNTING)}人民医院",
            f"{city}市中心医院",
            f"{cn.province()}人民医院",
            f"{city}医科大学附属第{rng.choice('一二三')}医院",
            f"{city}市中医院",
        ]
    )
    hosp2 = rng.choice([f"{_zh_place(rng)}县人民医院", f"{cn.city_name()}市第{rng.choice(_ZH_COUNTING)}医院"])
    clinic = rng.choice(
        [
            f"{district}区{_zh_place(rng)}街道社区卫生服务中心",
            f"{_zh_place(rng)}镇卫生院",
            f"{district}区{_zh_place(rng)}社区卫生服务站",
        ]
    )
    email = rng.choice(
        [
            f"{_digits(rng, rng.randint(6, 10)).lstrip('0') or '1'}@qq.com",
            f"{cn.user_name()}{rng.randint(60, 99)}@163.com",
            f"{cn.user_name()}@126.com",
        ]
    )
    if age >= 70:
        nick = surname + ("奶奶" if sex == "女" else "爷爷")
    elif age >= 40:
        nick = "老" + surname
    else:
        nick = "小" + surname
    web = rng.choice(["hospital", "yy", "rmyy", "zxyy", "fy"])
    site = rng.choice(["hzsy", "njgl", "whxh", "csxy", "sdfy", "gzsrm", "cqyd", "xaj"])
    plate_prefix = rng.choice(_ZH_PLATE_PREFIX) + rng.choice("ABCDEFGHJK")
    v: dict[str, str] = {
        "pt_name": surname + given,
        "pt_given": given,
        "pt_title": surname + ("女士" if sex == "女" else "先生"),
        "pt_nick": nick,
        "sex": sex,
        "ta": "她" if sex == "女" else "他",
        "age": str(age),
        "rel1_name": rel1_s + rel1_g,
        "rel1_rel": rel_rel,
        "rel2_name": rel2_s + rel2_g,
        "rel_age": str(rel_age),
        "carer": rng.choice(["老", "小"]) + staff["carer_src"][0],
        "visitor": "".join(staff["visitor"]),
        "doc_a_title": staff["doc_a"][0] + rng.choice(["主任", "教授"]),
        "doc_c_title": staff["doc_c"][0] + rng.choice(["医生", "大夫"]),
        "nurse_xiao": "小" + staff["nurse2"][0],
        "officer_xiao": rng.choice(["小", "老"]) + staff["officer"][0],
    }
    for key, (s, g) in staff.items():
        v[key] = s + g
    v |= {
        # identifiers
        "zyh": zyh,
        "mzh": rng.choice([f"MZ{_digits(rng, 8)}", _digits(rng, 12), f"0{_digits(rng, 9)}"]),
        "bah": rng.choice([_digits(rng, rng.choice([6, 7, 8])), f"BA{_digits(rng, 7)}"]),
        "bed": rng.choice([str(rng.randint(1, 68)), str(rng.randint(1, 68)), f"加{rng.randint(1, 9)}"]),
        "resid": resid,
        "rel1_resid": cn_resident_id(rng, rel_birth),
        "ybk": rng.choice(
            [
                f"{rng.randint(11, 65)}{_digits(rng, 4)}{_digits(rng, 8)}",
                f"H{_digits(rng, 9)}",
                f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
            ]
        ),
        "sbk": f"{rng.choice('ABCDEFGHJKLMNPQR')}{_digits(rng, 8)}",
        "passport": rng.choice(
            [
                f"E{_digits(rng, 8)}",
                f"E{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{_digits(rng, 7)}",
                f"G{_digits(rng, 8)}",
            ]
        ),
        "exam_no": rng.choice([f"CT{proc:%Y%m%d}{_digits(rng, 4)}", f"US{_digits(rng, 9)}", _digits(rng, 10)]),
        "img_no": _digits(rng, rng.choice([7, 8])),
        "path_no": rng.choice(
            [
                f"P{proc.year % 100}-{_digits(rng, 5)}",
                f"{proc.year}-{_digits(rng, 5)}",
                f"{proc.year % 100}B{_digits(rng, 5)}",
            ]
        ),
        "lic_no": f"1{_digits(rng, 14)}",
        "plate": rng.choice(
            [
                f"{plate_prefix}{_digits(rng, 3)}{rng.choice('ABCDEFGHJKLMN')}{_digits(rng, 1)}",
                f"{plate_prefix}·{_digits(rng, 5)}",
                f"{plate_prefix} D{_digits(rng, 5)}",
            ]
        ),
        "device_sn": _device_serial(rng),
        "disability_no": resid + rng.choice("1234567") + rng.choice("1234"),
        "dibao_no": f"{resid[:6]}{admit.year}{_digits(rng, 5)}",
        "death_cert": f"{rng.choice('ABCDEFGH')}{_digits(rng, 9)}",
        "wechat": rng.choice(
            [f"wxid_{cn.lexify('??????????').lower()}", f"{cn.user_name()}_{rng.randint(1960, 2005)}"]
        ),
        "ip": cn.ipv4_private() if rng.random() < 0.5 else cn.ipv4_public(),
        # contact
        "mobile": mobile_text,
        "rel1_mobile": _cn_mobile_fmt(rng, _cn_mobile_digits(rng)),
        "visitor_mobile": _cn_mobile_fmt(rng, _cn_mobile_digits(rng)),
        "dept_tel": _cn_landline(rng, ext=rng.random() < 0.5),
        "hosp_tel": _cn_landline(rng),
        "clinic_tel": _cn_landline(rng) if rng.random() < 0.6 else _cn_mobile_fmt(rng, _cn_mobile_digits(rng)),
        "office_tel": _cn_landline(rng, ext=rng.random() < 0.3),
        "email": email,
        "hosp_url": f"https://www.{site}{web}.com.cn/report?no={_digits(rng, 8)}",
        "consult_url": rng.choice(
            [
                f"https://ih.{web}{_digits(rng, 3)}.cn/booking/{_digits(rng, 6)}",
                f"http://wx.{web}.org.cn/yy?id={_digits(rng, 7)}",
            ]
        ),
        # places
        "addr": address,
        "city": f"{city}市",
        "rural_addr": _zh_address(cn, rng, cn.city_name(), cn.district(), rural=True),
        "rel_addr": _zh_address(cn, rng, cn.city_name(), cn.district()),
        "birthplace": f"{cn.province()}{cn.city_name()}市",
        "far_city": f"{cn.city_name()}",
        # organisations
        "hosp": hosp,
        "hosp2": hosp2,
        "clinic": clinic,
        "employer": rng.choice(
            [cn.company(), f"{city}市第{rng.choice(_ZH_COUNTING)}中学", f"{city}市{_zh_place(rng)}机械厂"]
        ),
        "funeral": f"{city}市殡仪馆",
        "street_office": f"{district}区{_zh_place(rng)}街道办事处",
        # dates
        "dob": _zh_date(rng, birth),
        "admit": _zh_date(rng, admit),
        "admit2": _zh_date(rng, admit),
        "discharge": _zh_date(rng, discharge),
        "proc": _zh_date(rng, proc),
        "proc2": _zh_date(rng, proc),
        "report": _zh_date(rng, proc + dt.timedelta(days=rng.randint(2, 6))),
        "follow": _zh_date(rng, discharge + dt.timedelta(days=rng.randint(7, 40)), year=False),
        "call": _zh_date(rng, discharge + dt.timedelta(days=rng.randint(3, 30))),
        "visit": _zh_date(rng, admit),
        "visit_noyear": _zh_date(rng, admit - dt.timedelta(days=rng.randint(7, 60)), year=False),
        "msg": _zh_date(rng, admit),
        "onset": _zh_date(rng, admit - dt.timedelta(days=rng.randint(2, 20)), year=False),
        "death": _zh_date(rng, discharge),
        "last_dose1": _zh_date(rng, admit - dt.timedelta(days=1), year=False),
        "last_dose2": _zh_date(rng, admit - dt.timedelta(days=rng.randint(3, 15)), year=False),
        "consent_cn": _zh_date(rng, proc - dt.timedelta(days=1), numerals=rng.random() < 0.6),
        "d1": _zh_date(rng, admit),
        "d2": _zh_date(rng, admit + dt.timedelta(days=1), year=rng.random() < 0.5),
        "trip": _zh_date(rng, admit - dt.timedelta(days=rng.randint(5, 40))),
        # filler
        "clock": f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        "clock2": f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        "bp": f"{rng.randint(88, 182)}/{rng.randint(48, 104)}",
        "hr": str(rng.randint(48, 134)),
        "temp": f"{rng.randint(360, 392) / 10:.1f}",
        "los": str((discharge - admit).days),
        "past_year": str(rng.randint(1978, 2021)),
        "ebl": str(rng.choice([10, 30, 50, 100, 200])),
    }
    for key, options in _ZH_FILL.items():
        v[key] = rng.choice(options)
    v["surg_dx"], v["surg_proc"], v["implant"], v["specimen"] = rng.choice(_ZH_SURGERY)
    v["drug2"] = rng.choice(_ZH_FILL["drug"])
    v["lab2"] = rng.choice(_ZH_FILL["lab"])
    known = (
        KnownIdentifier("PERSON", v["pt_name"]),
        KnownIdentifier("PERSON", given),
        KnownIdentifier("ID", zyh),
        KnownIdentifier("ID", resid),
        KnownIdentifier("PHONE", mobile_known),
        KnownIdentifier("ADDRESS", address),
        KnownIdentifier("ADDRESS", v["city"]),
        KnownIdentifier("DATE", birth.isoformat()),
        KnownIdentifier("EMAIL", email),
    )
    return v, known


# ---------------------------------------------------------------------------------------------
# Templates (blind). ``<<KIND:key>>`` is gold, ``{key}`` is filler.
# ---------------------------------------------------------------------------------------------
EN_BLIND_TEMPLATES: Final[dict[str, str]] = {
    "en_bl_discharge_summary": (
        "<<ORG:hosp_caps>>\nDISCHARGE SUMMARY                                    Unit: {unit}\n"
        "NAME: <<PERSON:pt_caps>>            MR#: <<ID:mrn>>\n"
        "ACCT: <<ID:acct>>    DOB: <<DATE:dob>>    AGE/SEX: <<AGE:age>>/{sex}\n"
        "ADMIT: <<DATE:admit>>    DISCH: <<DATE:discharge>>    LOS: {los} d\n"
        "ATTENDING: <<PERSON:doc_a_full>>, MD (NPI <<ID:npi>>)\nPCP: <<PERSON:doc_b_init>>, <<ORG:clinic>>\n\n"
        "HOSPITAL COURSE: <<PERSON:pt_last>> presented with {dx} and was started on {drug}. {lab} on arrival, "
        "{lab2} by day 3. Background of {epo_dx}; smoker until {past_year}. Goals of care were revisited with "
        "{pt_title} <<PERSON:pt_last>>'s {rel1_relation}, <<PERSON:rel1_full>>, who is health care proxy. "
        "Discharged to <<ORG:snf>> for short-term rehab.\n"
        "FOLLOW-UP: Dr. <<PERSON:doc_b_last>>'s office on <<DATE:follow>> at {clock}; <<PHONE:clinic_phone_ext>>.\n"
        "Dictated by <<PERSON:res_full>>, MD (PGY-2). cc: <<PERSON:doc_b_full>>, MD\n"
    ),
    "en_bl_ed_triage": (
        "ED TRIAGE        Arrival <<DATE:admit>> {clock}\n"
        "<<AGE:age>> y.o. {sex} BIBA from home (<<ADDRESS:street>>, <<ADDRESS:city>>) c/o {cc} x {duration}.\n"
        "Accompanied by {rel1_relation} <<PERSON:rel1_first>>; {rel1_his} cell <<PHONE:rel1_phone>>.\n"
        "ESI 2. HR {hr}  BP {bp}  SpO2 {sat}% RA. Pain 7/10. Allergies: {allergy}.\n"
        "PMH: {epo_dx}. Home meds: {drug}, {otc}.\n"
        "Coverage: member <<ID:member>> / Medicare <<ID:mbi>>\n"
        "Wristband <<ID:mrn>> applied. Triage RN <<PERSON:nurse_full>>.\n"
    ),
    "en_bl_trauma_activation": (
        "TRAUMA ACTIVATION (Level 2) -- <<DATE:admit>> {clock}\n"
        "Restrained driver, single-vehicle MVC into a pole at about {speed} mph. Vehicle plate <<ID:plate>> per "
        "Officer <<PERSON:officer_last>> (badge <<ID:badge>>). Driver license in wallet: <<ID:dl>> ({dl_state}).\n"
        "Pt is a <<AGE:age>>yo {sex_word}, GCS 14, c-collar in place. FAST negative. {lab}.\n"
        "<<PERSON:pt_full>> identified by the license; temporary MRN <<ID:mrn>>.\n"
        "Family: {rel1_relation} (<<PERSON:rel1_full>>) reached at <<PHONE:rel1_phone>>, en route.\n"
        "Trauma surgeon <<PERSON:doc_a_init>> at bedside; ortho (Dr. <<PERSON:doc_c_last>>) consulted.\n"
    ),
    "en_bl_endocrine_consult": (
        "ENDOCRINOLOGY CONSULTATION\n"
        "Requesting: <<PERSON:doc_a_full>> (Hospital Medicine)     Date of service: <<DATE:admit>>\n"
        "Patient: <<PERSON:pt_lf>>   MRN <<ID:mrn>>   DOB <<DATE:dob>>\n\n"
        "Thank you for asking us to see {pt_title} <<PERSON:pt_last>>, a <<AGE:age>>-year-old with {endo_dx} and "
        "{dx}. <<PERSON:pt_first>> describes {duration} of palpitations and weight loss. {pt_he_cap} lives with "
        "{pt_his} {rel1_relation} <<PERSON:rel1_full>> in <<LOCATION:city2>> and worked at <<ORG:employer>> until "
        "{past_year}. Mother had Hashimoto thyroiditis; a brother has Addison disease.\n"
        "Labs: {lab}, {lab2}.\nRecommendations: {drug}; repeat TFTs in 6 weeks. We will follow.\n"
        "Discussed with Dr. <<PERSON:doc_a_last>>.\n"
        "<<PERSON:doc_c_init>>, MD, Endocrine fellow; seen and agree, <<PERSON:doc_b_full>>, MD\n"
    ),
    "en_bl_operative": (
        "OPERATIVE REPORT\nPatient: <<PERSON:pt_full>>\nMRN: <<ID:mrn>>\nDate of operation: <<DATE:proc>>\n"
        "Surgeon: <<PERSON:doc_a_full>>, MD\n"
        "Assistants: <<PERSON:res_full>>, MD; <<PERSON:pa_full>>, PA-C\n"
        "Anesthesia: general endotracheal, <<PERSON:anes_init>>, MD\n"
        "Pre-op diagnosis: {surg_dx}\nProcedure: {surg_proc}\n"
        "Implant: {implant}, serial no. <<ID:device_sn>>\n"
        "Description: The patient was placed {position}. A Pfannenstiel-style exposure was not required. "
        "Kocher maneuver not performed. Hemostasis achieved.\n"
        "Specimen: {specimen} to pathology, <<ID:specimen_id>>.\nEBL {ebl} mL. Counts correct x2 "
        "(circulator <<PERSON:nurse_full>>, RN).\n"
        "Dr. <<PERSON:doc_a_last>> was present and scrubbed for the entire case. Dictated <<DATE:proc2>> {clock}.\n"
    ),
    "en_bl_nursing_shift": (
        "Nursing Shift Summary 1900-0700   <<DATE:admit>>\n"
        "Pt: <<PERSON:pt_lf>> (<<AGE:age>>{sex})   Code status: DNR/DNI   Isolation: contact\n"
        "- Neuro: A&Ox2, sundowning. Asked repeatedly for <<PERSON:rel1_first>>. CAM positive.\n"
        "- CV: HR {hr}, BP {bp}. {drug} held for SBP < 100, Dr. <<PERSON:res_last>> aware.\n"
        "- Visitors: {rel1_relation} <<PERSON:rel1_full>> and a neighbor, <<PERSON:visitor_full>>, until 2100. "
        "<<PERSON:visitor_first>> left a number: <<PHONE:visitor_phone>>.\n"
        "- Safety: bed alarm on, 1:1 sitter (<<PERSON:sitter_first>>) from 0200.\n"
        "- Skin: stage 2 sacral, Braden 13; wound RN <<PERSON:wound_init>> to see.\n"
        "Report given to <<PERSON:nurse_first>> at 0710.\n"
    ),
    "en_bl_social_work": (
        "SOCIAL WORK ASSESSMENT\nDate: <<DATE:admit>>     Referral: <<PERSON:doc_a_full>>\n"
        "Pt rents a second-floor unit at <<ADDRESS:street>>, <<ADDRESS:city>>, {state} <<ADDRESS:zip>>. "
        "Landlord <<PERSON:landlord_full>> has filed for eviction (docket <<ID:case_no>>).\n"
        "Income SSDI. SSN <<ID:ssn>> verified for the MassHealth application; Medicare MBI <<ID:mbi>>.\n"
        "Supports: {rel1_relation} <<PERSON:rel1_full>> (<<PHONE:rel1_phone>>; <<EMAIL:rel1_email>>), "
        "{rel_age}, works nights. <<PERSON:rel2_first>>, a grandchild, visits on weekends.\n"
        "Formerly a {job} with <<ORG:employer>>. Elder-services report filed, ref <<ID:aps_no>>.\n"
        "Plan: home safety eval; PCA hours. -- <<PERSON:sw_full>>, <<ID:sw_license>>\n"
    ),
    "en_bl_radiology": (
        "<<ORG:hosp_caps>>\nDEPARTMENT OF RADIOLOGY\n"
        "Patient Name:\n   <<PERSON:pt_caps>>\nMRN:\n   <<ID:mrn>>\nDOB: <<DATE:dob>>    Sex: {sex}\n"
        "Accession #: <<ID:accession>>\nExam: CT ABDOMEN PELVIS W IV CONTRAST\nExam date: <<DATE:proc>> {clock}\n"
        "Ordering: <<PERSON:doc_a_lf>>, MD\n\n"
        "HISTORY: <<AGE:age>> year old with {rad_hx}.\nCOMPARISON: CT <<DATE:prior>>.\n"
        "FINDINGS: {finding}. Murphy sign was not assessed.\n"
        "IMPRESSION: as above.\n"
        "Result phoned to Dr. <<PERSON:doc_a_last>> at {clock2} on <<DATE:proc2>> and read back.\n"
        "Electronically signed by <<PERSON:rad_full>>, MD\n"
    ),
    "en_bl_pathology": (
        "SURGICAL PATHOLOGY REPORT              Case: <<ID:specimen_id>>\n"
        "Patient: <<PERSON:pt_lf>>   Med Rec #: <<ID:mrn>>   Age: <<AGE:age>>   Sex: {sex}\n"
        "Collected: <<DATE:proc>>   Received: <<DATE:proc2>>   Reported: <<DATE:report>>\n"
        "Submitting physician: <<PERSON:doc_a_init>>      Client: <<ORG:clinic>>\n\n"
        "FINAL DIAGNOSIS: {path_specimen}: {path_dx}.\n"
        "Intradepartmental consult: <<PERSON:path2_full>>, MD concurs.\n\n"
        "<<PERSON:path_full>>, MD, Pathologist      CLIA <<ID:clia>>\n"
    ),
    "en_bl_referral_letter": (
        "<<ORG:clinic>>\n<<ADDRESS:clinic_street>>\n<<ADDRESS:clinic_csz>>\n"
        "Tel <<PHONE:clinic_phone>>   Fax <<PHONE:clinic_fax>>\n\n<<DATE:letter>>\n\n"
        "<<PERSON:doc_b_full>>, MD\n{specialty}, <<ORG:hosp>>\n\n"
        "RE: <<PERSON:pt_full_mid>>   DOB <<DATE:dob>>   Insurance ID <<ID:member>>\n\n"
        "Dear <<PERSON:doc_b_first>>,\n"
        "I would be grateful if you could see this <<AGE:age>>-year-old {sex_word} with {epo_dx} and recent "
        "{dx}. <<PERSON:pt_first>>'s {rel1_relation}, <<PERSON:rel1_full>>, will bring {pt_him} to the "
        "appointment. {pt_he_cap} can be reached at <<PHONE:phone>> or <<EMAIL:email>>.\n\n"
        "Kind regards,\n\n<<PERSON:doc_a_full>>, MBBS (NPI <<ID:npi>>)\n<<EMAIL:doc_a_email>>\n"
        "cc: <<PERSON:doc_c_init>>; patient\n"
    ),
    "en_bl_telephone_encounter": (
        "Telephone Encounter\n<<DATE:call>> {clock} -- incoming\n"
        "Caller: <<PERSON:rel1_full>> ({rel1_relation}; on file as authorized)\n"
        "Best callback: <<PHONE:rel1_phone_ext>>\nRe: <<PERSON:pt_init>> / <<ID:mrn>>\n\n"
        "<<PERSON:rel1_first>> reports {pt_he} has had {symptom} since <<DATE:onset>> and is "
        "taking {drug} as prescribed. Denies fever. Pharmacy on file: <<ORG:pharmacy>>, <<PHONE:pharm_phone>>.\n"
        "Advised: ED if worse. Routed to Dr. <<PERSON:doc_a_last>> for review.\n"
        "<<PERSON:nurse_full>>, RN\n"
    ),
    "en_bl_med_rec": (
        "MEDICATION RECONCILIATION -- admission <<DATE:admit>>\n"
        "Sources: patient; {rel1_relation} (<<PERSON:rel1_first>>); <<ORG:pharmacy>> fill history; "
        "records from <<ORG:clinic>>\n\n"
        "Medication                      | Last dose | Prescriber               | Action\n"
        "{drug}  | <<DATE:last_dose1>> | <<PERSON:doc_b_init>>   | continue\n"
        "{drug2}  | <<DATE:last_dose2>> | <<PERSON:doc_c_lf>> (DEA <<ID:dea>>) | hold ({lab})\n"
        "{otc}  | unknown | OTC | continue\n\n"
        "Verified by <<PERSON:pharm_full>>, PharmD, <<DATE:admit2>>.\n"
    ),
    "en_bl_portal_message": (
        "Patient Message\nFrom: <<PERSON:pt_full>> <<<EMAIL:email>>>\n"
        "Sent: <<DATE:msg>> {clock}   Client IP: <<ID:ip>>\nSubject: {subject}\n\n"
        "Hi Dr. <<PERSON:doc_a_last>>, since the visit on <<DATE:visit_noyear>> I've been taking {drug} but "
        "still have {symptom}. My {rel1_relation} <<PERSON:rel1_first>> thinks I should stop it. "
        "Should I? Thanks, <<PERSON:pt_first>>\n\n"
        "Reply from <<PERSON:nurse_full>>, RN: Please don't stop it yet. Book a visit at <<URL:portal_url>> "
        "or call <<PHONE:clinic_phone_ext>>.\n"
    ),
    "en_bl_death_note": (
        "DEATH PRONOUNCEMENT AND SUMMARY\n"
        "Decedent: <<PERSON:pt_full_mid>>; MRN <<ID:mrn>>; DOB <<DATE:dob>>; age <<AGE:age>>\n"
        "Called by <<PERSON:nurse_full>>, RN at {clock}. No heart or breath sounds, pupils fixed. "
        "Time of death {clock2} on <<DATE:death>>. Cause: {cause}; contributing {epo_dx}.\n"
        "Present: {rel1_relation} <<PERSON:rel1_full>> and <<PERSON:rel2_full>>. "
        "Next-of-kin address: <<ADDRESS:rel1_street>>, <<ADDRESS:rel1_csz>>.\n"
        "Medical examiner notified (case <<ID:me_case>>), jurisdiction declined. "
        "Funeral home: <<ORG:funeral>>, <<PHONE:funeral_phone>>.\n"
        "Death certificate <<ID:cert>> to be signed by Dr. <<PERSON:doc_a_last>> (license <<ID:license>>).\n"
    ),
    "en_bl_transfer_summary": (
        "INTERFACILITY TRANSFER SUMMARY\nFrom: <<ORG:hosp>> ({unit})\nTo: <<ORG:hosp2>>\n"
        "Transfer date: <<DATE:discharge>>\n"
        "Sending: <<PERSON:doc_a_full>>     Accepting: <<PERSON:doc_c_full>>\n"
        "<<PERSON:pt_full>>, <<AGE:age>>{sex}; our MRN <<ID:mrn>>, receiving MRN <<ID:mrn_other>>, "
        "CSN <<ID:csn>>\n"
        "Reason: needs {tx_reason}. Course: {dx}, complicated by {epo_dx}. Last {lab}.\n"
        "Transport by {transport} (unit {unit_no}). Family (<<PERSON:rel1_full>>) following by car, "
        "<<PHONE:rel1_phone>>.\n"
    ),
    "en_bl_progress_prose": (
        "Hospital day {los}.\n"
        "<<PERSON:pt_last>> slept poorly. <<PERSON:pt_first>> wants to be home before a granddaughter's wedding "
        "on <<DATE:event>>. Seen with <<PERSON:stu_full>>, MS3.\n"
        "Exam: {bp}, HR {hr}. Crackles at bases. Babinski downgoing.\n"
        "{lab}; {lab2}. Started {drug} on <<DATE:admit2>>.\n"
        "Spoke with <<PERSON:rel1_init>> ({rel1_relation}) by phone; agrees with plan. If creatinine rises, "
        "page renal (<<PERSON:doc_c_last>>).\n"
        "-- <<PERSON:doc_a_full>>\n"
    ),
    "en_bl_dmv_clinic_visit": (
        "OUTPATIENT VISIT - <<ORG:clinic>>\nVisit date: <<DATE:visit>>\n"
        "<<PERSON:pt_full_mid>> (DOB <<DATE:dob>>, MRN <<ID:mrn>>) is here for a DMV medical form. "
        "License <<ID:dl>> ({dl_state}); plate <<ID:plate>> for placard renewal.\n"
        "{pt_he_cap} is a <<AGE:age>>-year-old {job} with {epo_dx}; last drove {duration} ago. "
        "Employer on form: <<ORG:employer>>, <<ADDRESS:emp_street>>.\n"
        "Home: <<ADDRESS:street>>, <<ADDRESS:city_state_zip>>. Phone <<PHONE:phone>>.\n"
        "Signed: <<PERSON:doc_a_full>>, DO; license <<ID:license>>; NPI <<ID:npi>>\n"
    ),
    "en_bl_preprocedure_checklist": (
        "PRE-PROCEDURE CHECKLIST          <<DATE:proc>>\n"
        "[x] Two identifiers: name <<PERSON:pt_caps>> / DOB <<DATE:dob>>\n"
        "[x] Armband <<ID:mrn>>    Blood bank band <<ID:bb_id>>\n"
        "[x] Consent signed; witness <<PERSON:witness_full>>\n"
        "[x] Device: {device_brand}, SN <<ID:device_sn>>; rep <<PERSON:rep_full>> <<PHONE:rep_phone>> notified\n"
        "[x] NPO after midnight; last {drug} on <<DATE:last_dose1>>\n"
        "[x] Ride home: <<PERSON:rel1_full>>, <<PHONE:rel1_phone>>\n"
        "RN <<PERSON:nurse_init>>     Anesthesia <<PERSON:anes_full>>\n"
    ),
    "en_bl_telehealth": (
        "TELEHEALTH VIDEO VISIT\nDate: <<DATE:visit>>     Link: <<URL:tele_url>>\n"
        "Patient location: home, <<ADDRESS:street>>, <<ADDRESS:city>> ({state}). Connected from <<ID:ip>>.\n"
        "Provider location: <<ORG:clinic>>. Identity confirmed with name and DOB.\n"
        "Also present: {rel1_relation}, <<PERSON:rel1_full>>.\n"
        "HPI: {epo_dx} with worsening tremor over {duration}; on {drug}. Family history of Parkinson disease "
        "in an uncle.\nPlan: titrate; in-person visit with <<PERSON:doc_b_init>> on <<DATE:follow>>.\n"
        "Total time 25 min. -- <<PERSON:doc_a_full>>, NP\n"
    ),
}

ZH_BLIND_TEMPLATES: Final[dict[str, str]] = {
    "zh_bl_discharge_summary": (
        "<<ORG:hosp>>\n出 院 小 结\n"
        "科室：{dept}　床号：<<ID:bed>>　住院号：<<ID:zyh>>\n"
        "姓名：<<PERSON:pt_name>>　性别：{sex}　年龄：<<AGE:age>>岁\n"
        "入院时间：<<DATE:admit>>　出院时间：<<DATE:discharge>>\n"
        "住院天数：{los}天\n"
        "入院情况：患者因“{cc}{duration}”入院，既往{epo_dx}。\n"
        "诊疗经过：入院后查{lab}，予{drug}、{drug2}，"
        "病情好转。住院期间<<PERSON:doc_a_title>>多次查房指导。\n"
        "出院医嘱：继续{drug2}；<<DATE:follow>>到<<PERSON:doc_b>>"
        "主任门诊复诊，预约电话<<PHONE:dept_tel>>。\n"
        "住院医师：<<PERSON:resident>>　主治医师：<<PERSON:doc_c>>\n"
    ),
    "zh_bl_progress_note": (
        "<<DATE:admit2>> {clock}　主治医师查房记录\n"
        "今日<<PERSON:doc_c>>主治医师查房，<<PERSON:pt_name>>诉"
        "{symptom}较前减轻，夜眠可。查体：BP {bp}mmHg，"
        "HR {hr}次/分，双肺呼吸音粗。复查{lab}。\n"
        "<<PERSON:doc_c_title>>指示：继续{drug}，监测出入量。"
        "家属<<PERSON:rel1_name>>（{rel1_rel}）要求暂缓有创检查，"
        "已告知风险并签字。\n"
        "记录人：<<PERSON:resident>>\n"
    ),
    "zh_bl_consult": (
        "会诊记录\n申请科室：{dept}　申请医师：<<PERSON:doc_a>>\n"
        "申请时间：<<DATE:admit>> {clock}\n"
        "被邀科室：{dept2}　会诊医师：<<PERSON:doc_b>>（副主任医师）\n"
        "病史摘要：<<PERSON:pt_name>>，{sex}，<<AGE:age>>岁，"
        "住院号<<ID:zyh>>，因{dx}收住。{lab}。\n"
        "会诊意见：考虑合并{epo_dx}，建议完善TPOAb、TRAb，"
        "加用{drug}，必要时转我科。\n"
        "会诊医师：<<PERSON:doc_b>>　<<DATE:admit>>\n"
    ),
    "zh_bl_operation": (
        "手术记录\n姓名 <<PERSON:pt_name>>　病案号 <<ID:bah>>　科别 {dept_surg}　床号 <<ID:bed>>\n"
        "手术日期：<<DATE:proc>>　开始{clock}　结束{clock2}\n"
        "术前诊断：{surg_dx}\n手术名称：{surg_proc}\n"
        "术者：<<PERSON:doc_a>>　一助：<<PERSON:doc_c>>\n"
        "二助：<<PERSON:resident>>　麻醉：<<PERSON:anes>>\n"
        "器械护士：<<PERSON:nurse>>　巡回护士：<<PERSON:nurse2>>\n"
        "手术经过：……植入{implant}，序列号<<ID:device_sn>>。"
        "{specimen}送病理，病理号<<ID:path_no>>。出血约{ebl}ml。\n"
        "术毕安返病房，向其{rel1_rel}<<PERSON:rel1_name>>交代病情。\n"
    ),
    "zh_bl_nursing_record": (
        "一般护理记录单\n科别：{dept}　姓名：<<PERSON:pt_name>>\n"
        "床号：<<ID:bed>>床　住院号：<<ID:zyh>>\n"
        "日期　时间　T　P　BP　病情观察及措施　签名\n"
        "<<DATE:d1>>　08:00　{temp}　{hr}　{bp}　神志清，"
        "遵医嘱予{drug}。　<<PERSON:nurse>>\n"
        "　　15:30　<<PERSON:pt_nick>>精神可，{rel1_rel}<<PERSON:rel1_name>>"
        "探视，护工<<PERSON:carer>>陪护，已宣教防跌倒。　<<PERSON:nurse2>>\n"
        "<<DATE:d2>>　02:10　患者诉{symptom}，已通知值班医生"
        "<<PERSON:resident>>，遵嘱处理。　<<PERSON:nurse_xiao>>\n"
    ),
    "zh_bl_consent": (
        "<<ORG:hosp>>\n手术知情同意书\n"
        "患者姓名：<<PERSON:pt_name>>　性别：{sex}　年龄：<<AGE:age>>岁\n"
        "住院号：<<ID:zyh>>　身份证号码：<<ID:resid>>\n"
        "拟行手术：{surg_proc}　拟手术日期：<<DATE:proc>>\n"
        "医师已告知手术目的、风险及替代方案，我已知晓。\n"
        "患者签名：<<PERSON:pt_name>>　日期：<<DATE:consent_cn>>\n"
        "授权委托人：<<PERSON:rel1_name>>　与患者关系：{rel1_rel}\n"
        "委托人身份证号：<<ID:rel1_resid>>\n"
        "联系电话：<<PHONE:rel1_mobile>>\n"
        "谈话医师：<<PERSON:doc_a>>　<<DATE:consent_cn>>\n"
    ),
    "zh_bl_referral": (
        "双向转诊单（上转）\n<<ORG:hosp>>：\n"
        "现有患者<<PERSON:pt_name>>，{sex}，<<AGE:age>>岁，"
        "家住<<ADDRESS:addr>>，因{dx}需转贵院{dept}诊治。\n"
        "医保卡号：<<ID:ybk>>　社保卡号：<<ID:sbk>>\n"
        "转出单位：<<ORG:clinic>>\n"
        "转诊医生：<<PERSON:doc_c>>　联系电话：<<PHONE:clinic_tel>>\n"
        "转出日期：<<DATE:admit>>\n"
        "——回执——\n已收到患者<<PERSON:pt_title>>。"
        "接诊医生：<<PERSON:doc_b>>　<<DATE:admit2>>\n"
    ),
    "zh_bl_followup_call": (
        "出院随访电话记录\n随访日期：<<DATE:call>>　随访人：<<PERSON:nurse>>\n"
        "拨打<<PHONE:mobile>>无人接听，改拨家属"
        "<<PHONE:rel1_mobile>>，{rel1_rel}<<PERSON:rel1_name>>接听。"
        "据其介绍，<<PERSON:pt_nick>>（<<AGE:age>>岁）出院后回"
        "<<ADDRESS:rural_addr>>老家休养，{symptom}不明显，"
        "按时服用{drug}。嘱<<DATE:follow>>前后回院复查"
        "{lab_name}，不适随时拨打科室电话<<PHONE:dept_tel>>。\n"
    ),
    "zh_bl_ct_report": (
        "<<ORG:hosp>>　CT检查报告单\n"
        "姓名：<<PERSON:pt_name>>　性别：{sex}　年龄：<<AGE:age>>岁\n"
        "住院号：<<ID:zyh>>　检查号：<<ID:exam_no>>　影像号：<<ID:img_no>>\n"
        "检查日期：<<DATE:proc>>　申请科室：{dept}\n"
        "申请医生：<<PERSON:doc_a>>\n检查项目：胸部CT平扫\n"
        "影像所见：双肺散在斑片影，纵隔未见肿大淋巴结。\n"
        "诊断意见：双肺炎症，请结合临床。\n"
        "报告医生：<<PERSON:rad>>　审核医生：<<PERSON:rad2>>\n"
        "报告时间：<<DATE:proc2>> {clock}\n"
        "报告查询：<<URL:hosp_url>>　咨询电话：<<PHONE:hosp_tel>>\n"
    ),
    "zh_bl_pathology": (
        "病理诊断报告书\n病理号：<<ID:path_no>>\n"
        "<<PERSON:pt_name>>｜{sex}｜<<AGE:age>>岁｜送检单位：<<ORG:hosp2>>\n"
        "送检医生：<<PERSON:doc_c>>　送检日期：<<DATE:proc>>\n"
        "收到日期：<<DATE:proc2>>\n"
        "病理诊断：（甲状腺右叶）桥本甲状腺炎，未见恶性。\n"
        "诊断医师：<<PERSON:path>>　复核医师：<<PERSON:path2>>\n"
        "报告日期：<<DATE:report>>\n"
    ),
    "zh_bl_admission_record": (
        "入院记录\n姓名：<<PERSON:pt_name>>　出生地：<<LOCATION:birthplace>>\n"
        "性别：{sex}　职业：{job}　民族：{ethnic}　婚姻：{marital}\n"
        "年龄：<<AGE:age>>岁　工作单位：<<ORG:employer>>\n"
        "住址：<<ADDRESS:addr>>\n"
        "联系人：<<PERSON:rel1_name>>（{rel1_rel}）电话<<PHONE:rel1_mobile>>\n"
        "入院时间：<<DATE:admit>> {clock}\n"
        "主诉：{cc}{duration}。\n现病史：患者于<<DATE:onset>>起"
        "出现{cc}，在<<ORG:clinic>>予{drug}无好转。\n"
        "个人史：{past_year}年起吸烟。持护照<<ID:passport>>于"
        "<<DATE:trip>>自境外返回。\n"
    ),
    "zh_bl_death_record": (
        "死亡记录\n患者<<PERSON:pt_name>>，{sex}，<<AGE:age>>岁，"
        "住院号<<ID:zyh>>，<<DATE:admit>>因{dx}入院。"
        "<<DATE:death>> {clock}经抢救无效死亡。\n"
        "死亡原因：{death_cause}。\n"
        "家属<<PERSON:rel1_name>>、<<PERSON:rel2_name>>在场，"
        "拒绝尸检并签字。死亡医学证明编号<<ID:death_cert>>，"
        "遗体由<<ORG:funeral>>接运。\n"
        "记录医师：<<PERSON:resident>>　上级医师：<<PERSON:doc_a>>\n"
    ),
    "zh_bl_emergency_triage": (
        "急诊预检分诊记录\n来院时间：<<DATE:admit>> {clock}　来院方式：120\n"
        "<<PERSON:pt_name>>，<<AGE:age>>岁，{sex}，骑电动车与一辆小轿车"
        "（车牌<<ID:plate>>）相撞后1小时。随车医生<<PERSON:doc_c>>"
        "介绍途中血压{bp}mmHg。\n"
        "随身证件：身份证<<ID:resid>>。\n"
        "陪同：<<PERSON:visitor>>（对方驾驶员）<<PHONE:visitor_mobile>>\n"
        "分诊级别：Ⅱ级　去向：抢救室\n分诊护士：<<PERSON:nurse>>\n"
    ),
    "zh_bl_med_reconciliation": (
        "入院用药重整记录\n日期：<<DATE:admit>>　临床药师：<<PERSON:pharm>>\n"
        "患者：<<PERSON:pt_name>>（<<ID:bed>>床）\n"
        "信息来源：本人、{rel1_rel}<<PERSON:rel1_name>>、"
        "<<ORG:clinic>>处方记录\n"
        "药品　｜　末次服药　｜　处理\n"
        "{drug}　｜　<<DATE:last_dose1>>　｜　继续\n"
        "{drug2}　｜　<<DATE:last_dose2>>　｜　暂停（{reason}）\n"
        "{tcm}　｜　不详　｜　建议停用\n"
        "已与主管医生<<PERSON:doc_c_title>>沟通。\n"
    ),
    "zh_bl_online_consult": (
        "互联网医院图文问诊\n问诊时间：<<DATE:msg>> {clock}\n"
        "用户手机：<<PHONE:mobile>>　登录IP：<<ID:ip>>\n"
        "就诊人：<<PERSON:pt_name>>　邮箱：<<EMAIL:email>>\n"
        "【患者】<<PERSON:doc_b>>医生您好，我<<DATE:visit_noyear>>"
        "在您门诊开的{drug}吃了{duration}，还是{symptom}，"
        "我女儿<<PERSON:rel2_name>>让我问问要不要加药。\n"
        "【医生】您好，建议复查{lab_name}，可在线预约：<<URL:consult_url>>\n"
    ),
    "zh_bl_social_work": (
        "医务社工服务记录\n服务对象：<<PERSON:pt_name>>　转介：<<PERSON:doc_a>>（{dept}）\n"
        "日期：<<DATE:call>>\n"
        "家庭情况：{rel1_rel}<<PERSON:rel1_name>>在<<LOCATION:far_city>>"
        "打工，另一家属<<PERSON:rel2_name>>（{rel_age}岁）在"
        "<<ORG:employer>>上班，住<<ADDRESS:rel_addr>>。\n"
        "经济：低保证号<<ID:dibao_no>>，残疾证号<<ID:disability_no>>。\n"
        "已联系<<ORG:street_office>>经办人<<PERSON:officer_xiao>>"
        "（<<PHONE:office_tel>>，微信<<ID:wechat>>）协助申请救助。\n"
        "社工：<<PERSON:sw>>\n"
    ),
    "zh_bl_outpatient": (
        "<<ORG:hosp>>门诊病历\n"
        "就诊日期：<<DATE:visit>>　科室：{dept}　门诊号：<<ID:mzh>>\n"
        "<<PERSON:pt_name>>　{sex}　<<AGE:age>>岁　医保：<<ID:ybk>>\n"
        "主诉：{cc}{duration}。\n"
        "现病史：<<PERSON:pt_title>>自述<<DATE:onset>>起{cc}，"
        "自服{drug}。既往{epo_dx}，{past_year}年确诊。\n"
        "处理：查{lab_name}；{drug2}。\n"
        "医师：<<PERSON:doc_b>>　执业证书编码<<ID:lic_no>>\n"
    ),
}

_TEMPLATES: Final[dict[str, dict[str, str]]] = {"en": EN_BLIND_TEMPLATES, "zh": ZH_BLIND_TEMPLATES}
_VALUES: Final[
    dict[str, Callable[[dict[str, Faker], random.Random], tuple[dict[str, str], tuple[KnownIdentifier, ...]]]]
] = {
    "en": _en_values,
    "zh": _zh_values,
}
_LOCALE_SETS: Final[dict[str, tuple[str, ...]]] = {"en": _EN_LOCALES, "zh": ("zh_CN",)}


def generate_blind(language: str, count: int = 500) -> list[SynthNote]:
    """``count`` blind notes in ``language`` (``en`` / ``zh``), split ``blind``.

    Deterministic for one Faker version. Templates are dealt in shuffled rounds, so every template
    is used (once ``count`` reaches the template count) and no two rounds share an order.
    """
    if language not in _TEMPLATES:
        raise ValueError(f"unknown language {language!r}")
    templates = sorted(_TEMPLATES[language].items())
    seed = BLIND_SEED + (0 if language == "en" else 1009)
    rng = random.Random(seed)
    fakers: dict[str, Faker] = {}
    for offset, locale in enumerate(_LOCALE_SETS[language]):
        fake = Faker(locale)
        fake.seed_instance(seed + 17 * offset)
        fakers[locale] = fake
    notes: list[SynthNote] = []
    order: list[tuple[str, str]] = []
    for index in range(count):
        if not order:
            order = list(templates)
            rng.shuffle(order)
        name, template = order.pop()
        values, known = _VALUES[language](fakers, rng)
        text, spans = render(template, values)
        notes.append(
            SynthNote(f"{BLIND_SPLIT}-{language}-{index + 1:04d}", BLIND_SPLIT, language, name, text, spans, known)
        )
    return notes
