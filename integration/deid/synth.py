"""Synthetic clinical notes with gold PHI spans, for measuring the de-identifier (issue 4).

Everything here is invented: Faker (``en_US`` / ``zh_CN``) and a seeded ``random.Random`` fill
hand-written note templates. Nothing is downloaded; Faker's locale data ships in its wheel.

Deterministic: the same ``(split, language, count)`` always gives the same notes (for one Faker
version; Faker may change its word lists between releases).

Two splits, separated twice over:

* ``tuning``: templates ``*_TUNING_TEMPLATES`` with seed ``TUNING_SEED``. Look at these while
  changing recognisers.
* ``heldout``: templates ``*_HELDOUT_TEMPLATES`` with seed ``HELDOUT_SEED``. **Never look at the
  held-out templates or their notes while tuning**; only their aggregate figures. They were
  written to the same clinical brief but with other phrasings (unlabelled names, relatives named
  in prose, other ID formats), so they estimate how the recognisers do on text nobody tuned for.

Each note also carries the structured identifiers its record would have (the patient's name
parts, record number, resident ID, phone, address, birth date, email) as ``KnownIdentifier``s,
so an evaluation can run with them (production) and without them (free text alone).

Gold kinds are the placeholder kinds plus ``AGE`` (an age of 90 or more; Safe Harbor). Ages under
90, drug names, doses, lab values, durations and eponyms (Parkinson, 帕金森) are deliberately
present and are not gold. Dates are always gold (Safe Harbor removes every date element but the
year); a bare year is not written as a date.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from faker import Faker

from integration.deid.model import KnownIdentifier

__all__ = [
    "EN_HELDOUT_TEMPLATES",
    "EN_TUNING_TEMPLATES",
    "GOLD_KINDS",
    "HELDOUT_SEED",
    "SPLITS",
    "TUNING_SEED",
    "ZH_HELDOUT_TEMPLATES",
    "ZH_TUNING_TEMPLATES",
    "GoldSpan",
    "SynthNote",
    "cn_resident_id",
    "generate",
    "render",
]

TUNING_SEED: Final = 20240117
HELDOUT_SEED: Final = 90210917
SPLITS: Final[tuple[str, ...]] = ("tuning", "heldout")
GOLD_KINDS: Final[tuple[str, ...]] = (
    "PERSON", "ID", "PHONE", "EMAIL", "ADDRESS", "LOCATION", "DATE", "ORG", "URL", "AGE",
)  # fmt: skip


@dataclass(frozen=True)
class GoldSpan:
    kind: str
    start: int
    end: int
    value: str


@dataclass(frozen=True)
class SynthNote:
    note_id: str
    split: str
    language: str
    template: str
    text: str
    spans: tuple[GoldSpan, ...]
    known: tuple[KnownIdentifier, ...]


# ---------------------------------------------------------------------------------------------
# Rendering: ``<<KIND:key>>`` is a gold span, ``{key}`` is filler that is not PHI.
# ---------------------------------------------------------------------------------------------
_MARK = re.compile(r"<<([A-Z]+):([a-z0-9_]+)>>|\{([a-z0-9_]+)\}")


def render(
    template: str, values: dict[str, str], *, age_of: Callable[[str], int] = int
) -> tuple[str, tuple[GoldSpan, ...]]:
    """Fill ``template``; gold offsets come from the assembly itself, so they are exact.

    ``<<AGE:key>>`` is gold only for ages of 90 or more (younger ages are not identifying); ``age_of``
    reads an age written in words or Chinese numerals where a set has them.
    """
    parts: list[str] = []
    spans: list[GoldSpan] = []
    position = 0
    last = 0
    for match in _MARK.finditer(template):
        literal = template[last : match.start()]
        parts.append(literal)
        position += len(literal)
        kind, key, plain = match.group(1), match.group(2), match.group(3)
        value = values[plain] if plain else values[key]
        if kind and kind not in GOLD_KINDS:
            raise ValueError(f"unknown gold kind {kind!r} in template")
        if kind and not value:
            raise ValueError(f"empty gold value for {key!r}")
        if kind and not (kind == "AGE" and age_of(value) < 90):
            spans.append(GoldSpan(kind, position, position + len(value), value))
        parts.append(value)
        position += len(value)
        last = match.end()
    parts.append(template[last:])
    return "".join(parts), tuple(spans)


# ---------------------------------------------------------------------------------------------
# Identifier formats
# ---------------------------------------------------------------------------------------------
_ID_WEIGHTS: Final = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK: Final = "10X98765432"
_CN_AREAS: Final = ("110105", "310104", "440106", "330106", "420102", "510107", "430102", "320102", "370202")


def cn_resident_id(rng: random.Random, birth: dt.date) -> str:
    """An 18-character GB 11643 resident ID with a correct ISO 7064 MOD 11-2 check digit."""
    body = f"{rng.choice(_CN_AREAS)}{birth:%Y%m%d}{rng.randrange(1000):03d}"
    total = sum(int(c) * w for c, w in zip(body, _ID_WEIGHTS, strict=True))
    return body + _ID_CHECK[total % 11]


def _us_phone(rng: random.Random) -> str:
    a, b, c = rng.randint(201, 989), rng.randint(200, 989), rng.randint(0, 9999)
    return rng.choice(["({a}) {b}-{c:04d}", "{a}-{b}-{c:04d}", "{a}.{b}.{c:04d}", "+1 {a} {b} {c:04d}"]).format(
        a=a, b=b, c=c
    )


def _cn_mobile(rng: random.Random) -> str:
    d = f"1{rng.choice('3456789')}{rng.randint(0, 9)}{rng.randint(0, 99999999):08d}"
    return rng.choice([d, f"{d[:3]}-{d[3:7]}-{d[7:]}", f"{d[:3]} {d[3:7]} {d[7:]}", f"+86 {d[:3]} {d[3:7]} {d[7:]}"])


def _en_date(rng: random.Random, day: dt.date, *, year: bool = True) -> str:
    month = day.strftime("%B")
    if not year:
        return rng.choice([f"{month} {day.day}", f"{month[:3]} {day.day}", f"{day.month}/{day.day}"])
    return rng.choice(
        [
            f"{day.month:02d}/{day.day:02d}/{day.year}",
            f"{day.month}/{day.day}/{day.year}",
            f"{month} {day.day}, {day.year}",
            day.isoformat(),
            f"{day.day} {month[:3]} {day.year}",
        ]
    )


def _zh_date(rng: random.Random, day: dt.date, *, year: bool = True) -> str:
    if not year:
        return f"{day.month}月{day.day}日"
    return rng.choice([f"{day.year}年{day.month}月{day.day}日", day.isoformat(), f"{day:%Y.%m.%d}"])


def _age_and_birth(rng: random.Random, admit: dt.date) -> tuple[int, dt.date]:
    age = rng.randint(90, 104) if rng.random() < 0.25 else rng.randint(18, 89)
    birth = admit - dt.timedelta(days=age * 365 + rng.randint(10, 300))
    return age, birth


# ---------------------------------------------------------------------------------------------
# Clinical filler: look-alikes that must not be flagged
# ---------------------------------------------------------------------------------------------
_EN_DRUGS: Final = (
    "apixaban 5 mg BID", "metoprolol succinate 25 mg daily", "furosemide 40 mg IV", "metformin 500 mg BID",
    "ceftriaxone 1 g IV q24h", "atorvastatin 40 mg nightly", "levothyroxine 75 mcg", "warfarin 3 mg",
    "insulin glargine 18 units", "amoxicillin-clavulanate 875 mg", "enoxaparin 40 mg SC daily",
)  # fmt: skip
_EN_LABS: Final = (
    "K 3.1", "Na 134", "Cr 1.4", "WBC 11.2", "Hb 10.4", "INR 2.3", "troponin 0.04", "HbA1c 7.9%", "BNP 812",
    "lactate 2.1", "Mg 1.6", "TSH 4.8", "eGFR 48", "CRP 36",
)  # fmt: skip
_EN_DX: Final = (
    "community-acquired pneumonia", "decompensated heart failure", "NSTEMI", "COPD exacerbation",
    "Parkinson disease with falls", "cellulitis of the left leg", "urosepsis", "atrial fibrillation with RVR",
    "Crohn disease flare", "hip fracture after a fall", "Bell palsy", "diabetic ketoacidosis",
)  # fmt: skip
_EN_DURATIONS: Final = ("3 days", "5 days", "7 days", "2 weeks", "48 hours", "10 days")
_ZH_DRUGS: Final = (
    "阿司匹林肠溶片100mg qd", "氯吡格雷75mg qd", "美托洛尔缓释片47.5mg qd", "呋塞米20mg iv", "二甲双胍0.5g bid",
    "头孢曲松2g ivgtt qd", "阿托伐他汀钙20mg qn", "低分子肝素钙4100IU ih q12h", "林可霉素0.6g ivgtt",
)  # fmt: skip
_ZH_LABS: Final = (
    "血钾3.1mmol/L", "血钠134mmol/L", "肌酐126μmol/L", "白细胞11.2×10^9/L", "血红蛋白104g/L", "INR 2.3",
    "肌钙蛋白I 0.04ng/ml", "糖化血红蛋白7.9%", "C反应蛋白36mg/L",
)  # fmt: skip
_ZH_DX: Final = (
    "社区获得性肺炎", "慢性心力衰竭急性加重", "2型糖尿病", "高血压病3级（很高危）", "帕金森病", "张力性气胸",
    "慢性阻塞性肺疾病急性加重", "冠状动脉粥样硬化性心脏病", "周围性面瘫", "股骨颈骨折",
)  # fmt: skip
_ZH_DURATIONS: Final = ("3天", "5天", "1周", "2周", "半月", "10余天")


def _en_values(fake: Faker, rng: random.Random) -> tuple[dict[str, str], tuple[KnownIdentifier, ...]]:
    first, last = fake.first_name(), fake.last_name()
    same_family = rng.random() < 0.5
    rel_first, rel_last = fake.first_name(), (last if same_family else fake.last_name())
    admit = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 700))
    discharge = admit + dt.timedelta(days=rng.randint(2, 12))
    follow = discharge + dt.timedelta(days=rng.randint(7, 30))
    age, birth = _age_and_birth(rng, admit)
    city, state, zipcode = fake.city(), fake.state_abbr(), fake.zipcode()
    mrn = rng.choice([f"{rng.randint(0, 99999999):08d}", f"{rng.randint(1000000, 9999999)}", fake.bothify("?#######")])
    hospital = rng.choice(
        [f"{fake.last_name()} Memorial Hospital", f"{city} General Hospital", f"St. {fake.first_name()} Medical Center"]
    )
    email = f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@{fake.free_email_domain()}"
    v = {
        "first": first,
        "last": last,
        "full": f"{first} {last}",
        "title": rng.choice(["Mr.", "Ms.", "Mrs."]),
        "rel_first": rel_first,
        "rel_full": f"{rel_first} {rel_last}",
        "relation": rng.choice(["wife", "daughter", "son", "husband", "sister"]),
        "doc1": fake.last_name(),
        "doc1_full": f"{fake.first_name()} {fake.last_name()}",
        "doc2": fake.last_name(),
        "nurse": fake.first_name(),
        "mrn": mrn.upper(),
        "acct": f"{rng.randint(10000000, 99999999)}",
        "ssn": fake.ssn(),
        "mbi": fake.bothify("#?##-?##-??##").upper().replace("S", "T").replace("L", "M").replace("O", "P"),
        "plate": fake.license_plate(),
        "ip": fake.ipv4_private(),
        "email": email,
        "url": f"https://portal.{fake.domain_word()}health.org/p/{rng.randint(10000, 99999)}",
        "phone": _us_phone(rng),
        "phone2": _us_phone(rng),
        "street": fake.street_address(),
        "city": city,
        "city_state_zip": f"{city}, {state} {zipcode}",
        "hospital": hospital,
        "clinic": f"{fake.last_name()} Family Clinic",
        "employer": fake.company(),
        "dob": _en_date(rng, birth),
        "admit": _en_date(rng, admit),
        "discharge": _en_date(rng, discharge),
        "follow": _en_date(rng, follow, year=False),
        "age": str(age),
        "drug": rng.choice(_EN_DRUGS),
        "drug2": rng.choice(_EN_DRUGS),
        "lab": rng.choice(_EN_LABS),
        "lab2": rng.choice(_EN_LABS),
        "dx": rng.choice(_EN_DX),
        "duration": rng.choice(_EN_DURATIONS),
        "bp": f"{rng.randint(95, 175)}/{rng.randint(50, 100)}",
        "hr": str(rng.randint(52, 128)),
        "sat": str(rng.randint(86, 99)),
    }
    known = (
        KnownIdentifier("PERSON", first),
        KnownIdentifier("PERSON", last),
        KnownIdentifier("PERSON", v["full"]),
        KnownIdentifier("ID", v["mrn"]),
        KnownIdentifier("PHONE", v["phone"]),
        KnownIdentifier("ADDRESS", v["street"]),
        KnownIdentifier("ADDRESS", city),
        KnownIdentifier("DATE", birth.isoformat()),
        KnownIdentifier("EMAIL", email),
    )
    return v, known


def _zh_values(fake: Faker, rng: random.Random) -> tuple[dict[str, str], tuple[KnownIdentifier, ...]]:
    surname, given = fake.last_name(), fake.first_name()
    rel_surname = surname if rng.random() < 0.5 else fake.last_name()
    admit = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 700))
    discharge = admit + dt.timedelta(days=rng.randint(2, 14))
    follow = discharge + dt.timedelta(days=rng.randint(7, 30))
    age, birth = _age_and_birth(rng, admit)
    city, district = fake.city_name(), fake.district()
    street = f"{fake.street_name().rstrip('街路')}{rng.choice(['路', '大道', '街', '巷'])}{rng.randint(1, 399)}号"
    room = f"{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{rng.randint(101, 2404)}室"
    address = rng.choice(
        [
            f"{fake.province()}{city}市{district}区{street}{room}",
            f"{city}市{district}区{street}",
            f"{district}区{street}",
        ]
    )
    hospital = rng.choice(
        [f"{city}市第一人民医院", f"{city}市中心医院", f"{fake.province()}人民医院", f"{city}大学附属第二医院"]
    )
    female = rng.random() < 0.5
    v = {
        "name": surname + given,
        "given": given,
        "surname_title": surname + ("女士" if female else "先生"),
        "sex": "女" if female else "男",
        "relation": rng.choice(["其子", "其女", "其夫", "其妻", "女儿", "儿子"]),
        "rel_name": rel_surname + fake.first_name(),
        "doc1": fake.name(),
        "doc2": fake.name(),
        "nurse": fake.name(),
        "id": cn_resident_id(rng, birth),
        "mobile": _cn_mobile(rng),
        "mobile2": _cn_mobile(rng),
        "landline": f"0{rng.randint(10, 999)}-{rng.randint(2000000, 89999999)}",
        "zyh": rng.choice([f"ZY{admit.year}{rng.randint(0, 99999):05d}", f"{rng.randint(100000, 9999999)}"]),
        "mzh": f"MZ{rng.randint(10000000, 99999999)}",
        "bed": f"{rng.randint(1, 60)}",
        "ybh": f"{rng.randint(1000, 9999)}{rng.randint(10000000, 99999999)}",
        "address": address,
        "city": f"{city}市",
        "hospital": hospital,
        "hospital2": f"{district}区社区卫生服务中心",
        "employer": fake.company(),
        "dob": _zh_date(rng, birth),
        "admit": _zh_date(rng, admit),
        "discharge": _zh_date(rng, discharge),
        "follow": _zh_date(rng, follow, year=False),
        "age": str(age),
        "drug": rng.choice(_ZH_DRUGS),
        "drug2": rng.choice(_ZH_DRUGS),
        "lab": rng.choice(_ZH_LABS),
        "lab2": rng.choice(_ZH_LABS),
        "dx": rng.choice(_ZH_DX),
        "duration": rng.choice(_ZH_DURATIONS),
        "bp": f"{rng.randint(95, 175)}/{rng.randint(50, 100)}",
        "hr": str(rng.randint(52, 128)),
    }
    known = (
        KnownIdentifier("PERSON", v["name"]),
        KnownIdentifier("PERSON", given),
        KnownIdentifier("ID", v["zyh"]),
        KnownIdentifier("ID", v["id"]),
        KnownIdentifier("PHONE", v["mobile"]),
        KnownIdentifier("ADDRESS", address),
        KnownIdentifier("DATE", birth.isoformat()),
    )
    return v, known


# ---------------------------------------------------------------------------------------------
# Templates. Tuning and held-out are disjoint lists; see the module docstring.
# ---------------------------------------------------------------------------------------------
EN_TUNING_TEMPLATES: Final[dict[str, str]] = {
    "en_discharge_labelled": (
        "DISCHARGE SUMMARY\nPatient: <<PERSON:full>>    MRN: <<ID:mrn>>    DOB: <<DATE:dob>>\n"
        "Admitted <<DATE:admit>>, discharged <<DATE:discharge>> from <<ORG:hospital>>.\n\n"
        "{title} <<PERSON:last>> is a <<AGE:age>>-year-old admitted with {dx}. Treated with {drug} for {duration}; "
        "{lab} on admission, repleted. Attending: Dr. <<PERSON:doc1>>.\n"
        "Follow up with Dr. <<PERSON:doc2>> on <<DATE:follow>>. Call <<PHONE:phone>> with questions.\n"
    ),
    "en_progress_soap": (
        "PROGRESS NOTE <<DATE:admit>>\nPt: <<PERSON:full>> (MRN <<ID:mrn>>)\n"
        "S: Feels better, no chest pain. Wean O2 as tolerated.\n"
        "O: BP {bp}, HR {hr}, SpO2 {sat}% on 2 L. {lab}, {lab2}.\n"
        "A/P: <<AGE:age>> y/o with {dx}. Continue {drug}. Reassess in {duration}.\n"
        "Signed by: <<PERSON:doc1_full>>, MD\n"
    ),
    "en_nursing_shift": (
        "NURSING NOTE - <<DATE:admit>> 07:00\nPatient name: <<PERSON:full>>   Acct #: <<ID:acct>>\n"
        "Received from ED. A&Ox3, ambulating with assist. Foley in place. Given {drug} as ordered.\n"
        "{relation} at bedside; contact: <<PERSON:rel_full>>, <<PHONE:phone2>>.\n"
        "Mr./Ms. <<PERSON:last>> tolerated diet. Nurse <<PERSON:nurse>> to follow.\n"
    ),
    "en_lab_comment": (
        "LAB COMMENT\nMedical Record Number: <<ID:mrn>>  Patient: <<PERSON:full>>  DOB <<DATE:dob>>\n"
        "Critical value {lab} called to Dr. <<PERSON:doc1>> at 14:32 on <<DATE:admit>>, read back.\n"
        "Repeat {lab2} in {duration}. Specimen collected at <<ORG:hospital>>.\n"
    ),
    "en_admission_hp": (
        "ADMISSION H&P\nName: <<PERSON:full>>\nAddress: <<ADDRESS:street>>, <<ADDRESS:city_state_zip>>\n"
        "Phone: <<PHONE:phone>>   Email: <<EMAIL:email>>\n"
        "HPI: <<AGE:age>>-year-old with {dx} for {duration}. Home meds: {drug}, {drug2}.\n"
        "Social: works at <<ORG:employer>>. PCP: Dr. <<PERSON:doc2>> at <<ORG:clinic>>.\n"
    ),
    "en_telephone_encounter": (
        "TELEPHONE ENCOUNTER <<DATE:admit>>\nCaller: <<PERSON:rel_full>> ({relation}) at <<PHONE:phone2>>\n"
        "Regarding patient <<PERSON:full>>, MRN: <<ID:mrn>>. Reports {lab} at outside lab.\n"
        "Advised to continue {drug}. Dr. <<PERSON:doc1>> aware.\n"
    ),
    "en_transfer_note": (
        "TRANSFER NOTE\n{title} <<PERSON:full>>, <<AGE:age>> years old, DOB <<DATE:dob>>, transferred on "
        "<<DATE:admit>> from <<ORG:hospital>> for {dx}. Accepting physician: <<PERSON:doc1_full>>.\n"
        "Meds on transfer: {drug}; {drug2}. Labs: {lab}.\n"
    ),
    "en_discharge_instructions": (
        "DISCHARGE INSTRUCTIONS for <<PERSON:full>> (MRN: <<ID:mrn>>)\n"
        "Take {drug} for {duration}. Check {lab} in 1 week.\n"
        "Appointment: Dr. <<PERSON:doc2>>, <<DATE:follow>> at 10:30.\n"
        "Questions: see <<URL:url>> or call <<PHONE:phone>>.\n"
    ),
    "en_consult_note": (
        "CARDIOLOGY CONSULT <<DATE:admit>>\nRequested by Dr. <<PERSON:doc1>> for {dx}.\n"
        "Patient: <<PERSON:full>>, <<AGE:age>> y/o. Lives at <<ADDRESS:street>> with {relation}.\n"
        "EF 35%, NYHA class II. Recommend {drug}. Thank you, Dr. <<PERSON:doc2>>.\n"
    ),
}

EN_HELDOUT_TEMPLATES: Final[dict[str, str]] = {
    "en_ho_narrative": (
        "<<PERSON:full>> is a <<AGE:age>>-year-old seen on <<DATE:admit>> for {dx}. <<PERSON:first>> reports "
        "{duration} of symptoms. {relation} <<PERSON:rel_first>> drove her in. {lab}; started {drug}.\n"
        "Hospital number <<ID:mrn>>. Discussed with <<PERSON:doc1_full>>.\n"
    ),
    "en_ho_social_work": (
        "SOCIAL WORK NOTE\nMet with <<PERSON:full>> and {relation} <<PERSON:rel_full>> on <<DATE:admit>>. "
        "Lives alone at <<ADDRESS:street>>, <<ADDRESS:city_state_zip>>. SSN <<ID:ssn>> on file for Medicare "
        "application (MBI <<ID:mbi>>). Daughter's cell <<PHONE:phone2>>.\n"
    ),
    "en_ho_ed_triage": (
        "ED TRIAGE <<DATE:admit>> 02:14\n<<AGE:age>>M brought by EMS, vehicle plate <<ID:plate>>. "
        "ID bracelet <<ID:mrn>>, name <<PERSON:last>>, <<PERSON:first>>. Complains of {dx}. BP {bp} HR {hr}.\n"
        "Given {drug}.\n"
    ),
    "en_ho_portal_message": (
        "Patient portal message from <<EMAIL:email>> (login from <<ID:ip>>) on <<DATE:admit>>:\n"
        '"Hi, this is <<PERSON:full>>. My {lab} came back high, should I stop {drug}?"\n'
        "Reply by <<PERSON:nurse>>, RN: please call the clinic at <<PHONE:phone>>.\n"
    ),
    "en_ho_op_note": (
        "OPERATIVE NOTE\nSurgeon: <<PERSON:doc1_full>>. Assistant: <<PERSON:doc2>>.\n"
        "Date of surgery: <<DATE:admit>>. Patient <<PERSON:last>> ({title} <<PERSON:full>>), born <<DATE:dob>>.\n"
        "Procedure for {dx}. EBL 150 mL. {drug} given pre-op.\n"
    ),
    "en_ho_home_health": (
        "HOME HEALTH VISIT <<DATE:admit>>\nVisited <<PERSON:first>> at home, <<ADDRESS:street>> in "
        "<<ADDRESS:city>>. Granddaughter <<PERSON:rel_full>> present. Wound healing; continue {drug} x {duration}. "
        "Next visit <<DATE:follow>>.\n"
    ),
    "en_ho_death_note": (
        "Pronounced at 03:40 on <<DATE:discharge>>. <<PERSON:full>>, age <<AGE:age>>, <<ORG:hospital>> "
        "record <<ID:mrn>>. Family (<<PERSON:rel_full>>) notified by phone <<PHONE:phone2>>.\n"
    ),
    "en_ho_referral_letter": (
        "Dear Dr. <<PERSON:doc2>>,\nThank you for seeing <<PERSON:full>> (DOB <<DATE:dob>>), who works at "
        "<<ORG:employer>>. She was treated at <<ORG:hospital>> from <<DATE:admit>> to <<DATE:discharge>> for "
        "{dx}. {lab}. Reach me at <<PHONE:phone>>.\nSincerely, <<PERSON:doc1_full>>\n"
    ),
    "en_ho_med_rec": (
        "Med reconciliation with <<PERSON:first>> <<PERSON:last>> and pharmacist <<PERSON:nurse>>: {drug}, {drug2}. "
        "Pharmacy fax <<PHONE:phone2>>. Acct <<ID:acct>>. Seen <<DATE:admit>>.\n"
    ),
}

ZH_TUNING_TEMPLATES: Final[dict[str, str]] = {
    "zh_discharge": (
        "出院小结\n姓名：<<PERSON:name>>  性别：{sex}  年龄：<<AGE:age>>岁  住院号：<<ID:zyh>>\n"
        "入院日期：<<DATE:admit>>  出院日期：<<DATE:discharge>>\n"
        "入院诊断：{dx}。予{drug}治疗{duration}，复查{lab}。\n"
        "出院医嘱：<<DATE:follow>>于<<ORG:hospital>>门诊复诊。主治医师：<<PERSON:doc1>>\n"
    ),
    "zh_progress": (
        "病程记录\n<<DATE:admit>> 查房记录\n患者<<PERSON:surname_title>>，<<AGE:age>>岁，{dx}。"
        "今日血压{bp}mmHg，心率{hr}次/分，{lab}。继续{drug}。\n记录者：<<PERSON:doc2>>\n"
    ),
    "zh_nursing": (
        "护理记录\n姓名：<<PERSON:name>> 床号：<<ID:bed>> 住院号：<<ID:zyh>>\n"
        "<<DATE:admit>> 08:00 患者神志清，精神可，遵医嘱予{drug}。{relation}<<PERSON:rel_name>>陪护，"
        "联系电话<<PHONE:mobile2>>。责任护士：<<PERSON:nurse>>\n"
    ),
    "zh_admission": (
        "入院记录\n姓名：<<PERSON:name>>  出生日期：<<DATE:dob>>  身份证号：<<ID:id>>\n"
        "现住址：<<ADDRESS:address>>  手机：<<PHONE:mobile>>\n"
        "主诉：反复胸闷{duration}。既往{dx}病史，长期服用{drug2}。\n"
    ),
    "zh_lab_comment": (
        "检验危急值报告\n门诊号：<<ID:mzh>> 患者：<<PERSON:name>>\n{lab}，已于<<DATE:admit>> 14:20电话通知"
        "<<PERSON:doc1>>医师。复查{lab2}。\n"
    ),
    "zh_insurance": (
        "医保结算单\n姓名：<<PERSON:name>>  医保号：<<ID:ybh>>  身份证号：<<ID:id>>\n"
        "就诊医院：<<ORG:hospital>>  结算日期：<<DATE:discharge>>\n"
    ),
    "zh_consult": (
        "会诊记录\n<<DATE:admit>>，应<<PERSON:doc1>>主任邀请会诊。患者<<PERSON:name>>，{sex}，<<AGE:age>>岁，"
        "因{dx}入院。建议加用{drug}，复查{lab}。会诊医师：<<PERSON:doc2>>\n"
    ),
    "zh_followup": (
        "随访记录\n<<DATE:follow>>电话随访<<PERSON:name>>（手机<<PHONE:mobile>>），患者诉服用{drug}后症状缓解。"
        "嘱<<DATE:follow>>后复查{lab}。随访人：<<PERSON:nurse>>\n"
    ),
}

ZH_HELDOUT_TEMPLATES: Final[dict[str, str]] = {
    "zh_ho_narrative": (
        "<<PERSON:name>>，{sex}，<<AGE:age>>岁，因{dx}于<<DATE:admit>>入住我院。既往体健。"
        "<<PERSON:rel_name>>（{relation}）代诉病史，予{drug}。身份证<<ID:id>>。\n"
    ),
    "zh_ho_transfer": (
        "转院记录：患者<<PERSON:name>>，原在<<ORG:hospital2>>就诊，<<DATE:admit>>转入<<ORG:hospital>>。"
        "家属<<PERSON:rel_name>>手机<<PHONE:mobile2>>，家庭住址<<ADDRESS:address>>。\n"
    ),
    "zh_ho_surgery": (
        "手术记录\n手术日期：<<DATE:admit>>  术者：<<PERSON:doc1>>  助手：<<PERSON:doc2>>\n"
        "病人<<PERSON:name>>（住院号<<ID:zyh>>），术前诊断{dx}，术中出血约100ml，术后予{drug}。\n"
    ),
    "zh_ho_nursing_handover": (
        "交班：<<ID:bed>>床<<PERSON:name>>，<<AGE:age>>岁，{dx}，{lab}，已报告值班医生<<PERSON:doc1>>。"
        "其家属联系电话<<PHONE:landline>>。\n"
    ),
    "zh_ho_social": (
        "个人史：生于<<LOCATION:city>>，现居<<ADDRESS:address>>，就职于<<ORG:employer>>。"
        "联系人<<PERSON:rel_name>>，<<PHONE:mobile2>>。\n"
    ),
    "zh_ho_death": (
        "死亡记录\n<<PERSON:name>>，<<AGE:age>>岁，于<<DATE:discharge>>因{dx}抢救无效死亡。"
        "<<PERSON:rel_name>>签字确认。门诊号<<ID:mzh>>。\n"
    ),
    "zh_ho_discharge_short": (
        "<<PERSON:surname_title>>于<<DATE:discharge>>好转出院，出院带药：{drug}、{drug2}。"
        "<<DATE:follow>>来院复查，如有不适拨打<<PHONE:mobile>>或到<<ORG:hospital>>急诊。\n"
    ),
    "zh_ho_id_check": (
        "患者身份核对：<<PERSON:name>>，证件号码<<ID:id>>，医保卡<<ID:ybh>>，本人手机<<PHONE:mobile>>，"
        "{duration}前曾在<<ORG:hospital2>>就诊。\n"
    ),
}

_TEMPLATES: Final[dict[tuple[str, str], dict[str, str]]] = {
    ("tuning", "en"): EN_TUNING_TEMPLATES,
    ("heldout", "en"): EN_HELDOUT_TEMPLATES,
    ("tuning", "zh"): ZH_TUNING_TEMPLATES,
    ("heldout", "zh"): ZH_HELDOUT_TEMPLATES,
}
_VALUES: Final[dict[str, Callable[[Faker, random.Random], tuple[dict[str, str], tuple[KnownIdentifier, ...]]]]] = {
    "en": _en_values,
    "zh": _zh_values,
}
_LOCALES: Final = {"en": "en_US", "zh": "zh_CN"}


def generate(split: str, language: str, count: int = 500) -> list[SynthNote]:
    """``count`` notes of ``split`` (``tuning`` / ``heldout``) in ``language`` (``en`` / ``zh``).

    Templates are used round-robin so every template appears; each note gets a fresh persona.
    """
    if split not in SPLITS or language not in _LOCALES:
        raise ValueError(f"unknown split/language {split!r}/{language!r}")
    templates = sorted(_TEMPLATES[(split, language)].items())
    seed = (TUNING_SEED if split == "tuning" else HELDOUT_SEED) + (0 if language == "en" else 1)
    rng = random.Random(seed)
    fake = Faker(_LOCALES[language])
    fake.seed_instance(seed)
    notes: list[SynthNote] = []
    for index in range(count):
        name, template = templates[index % len(templates)]
        values, known = _VALUES[language](fake, rng)
        text, spans = render(template, values)
        notes.append(SynthNote(f"{split}-{language}-{index:04d}", split, language, name, text, spans, known))
    return notes
