"""Blind evaluation set 4: ambulatory, primary-care and community documents, with gold PHI spans.

Written blind to the recognisers (see ``synth.py`` for the gold conventions and ``render``). The
documents are the ones clinics outside the hospital write: referral letters and replies, telephone
encounters, home and district nursing visits, pharmacy and therapy notes, certificates, insurance
letters, portal threads, e-mails, family meetings, immunisation records; and in Chinese 门诊病历,
社区/家庭医生随访, 转诊单, 处方笺, 证明与病假条, 体检报告, 接种记录, 互联网问诊, 家属群聊天, 医保报销材料.

Everything is invented from Faker (several locales) and hand-written lists with a seeded
``random.Random``. Deterministic for one Faker version. ``known`` lists what the EMR's Patient
resource would hold for the note's patient; the text writes those values sometimes exactly and
sometimes in other spellings, and carries many identifiers the record does not list.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from faker import Faker

from integration.deid.model import KnownIdentifier
from integration.deid.synth import SynthNote, cn_resident_id, render

__all__ = [
    "BLIND4_SEED",
    "EN_BLIND4_TEMPLATES",
    "ZH_BLIND4_TEMPLATES",
    "age_value",
    "generate_blind4",
]

BLIND4_SEED: Final[int] = 58203617
_SPLIT: Final = "blind4"
_LANG_SALT: Final[dict[str, int]] = {"en": 4101, "zh": 8609}


# ---------------------------------------------------------------------------------------------
# Ages written in words / Chinese numerals
# ---------------------------------------------------------------------------------------------
_EN_UNITS: Final = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_EN_TENS: Final = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ZH_DIGITS: Final = "零一二三四五六七八九"


def _en_words(n: int) -> str:
    if n >= 100:
        rest = n - 100
        return "one hundred" + ("" if rest == 0 else " and " + _en_words(rest))
    if n < 20:
        return _EN_UNITS[n]
    tens, unit = divmod(n, 10)
    return _EN_TENS[tens] + ("" if unit == 0 else "-" + _EN_UNITS[unit])


def _zh_numeral(n: int) -> str:
    if n >= 100:
        rest = n - 100
        if rest == 0:
            return "一百"
        if rest < 10:
            return "一百零" + _ZH_DIGITS[rest]
        return (
            "一百一十" + ("" if rest % 10 == 0 else _ZH_DIGITS[rest % 10]) if rest < 20 else "一百" + _zh_numeral(rest)
        )
    if n < 10:
        return _ZH_DIGITS[n]
    tens, unit = divmod(n, 10)
    head = "" if tens == 1 else _ZH_DIGITS[tens]
    return head + "十" + ("" if unit == 0 else _ZH_DIGITS[unit])


@functools.cache
def _word_ages() -> dict[str, int]:
    table: dict[str, int] = {}
    for n in range(0, 121):
        table[_en_words(n)] = n
        table[_en_words(n).replace("-", " ")] = n
        table[_zh_numeral(n)] = n
    return table


def age_value(text: str) -> int:
    """The age an ``AGE`` gold value stands for: digits, English words or Chinese numerals."""
    cleaned = text.strip().lower()
    if cleaned.isdigit():
        return int(cleaned)
    try:
        return _word_ages()[cleaned]
    except KeyError:
        raise ValueError(f"unreadable age of {len(text)} characters") from None


# ---------------------------------------------------------------------------------------------
# Shared helpers
# ---------------------------------------------------------------------------------------------
@functools.cache
def _faker(locale: str) -> Faker:
    return Faker(locale)


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z]", "", folded)


def _digits(rng: random.Random, n: int, *, first_nonzero: bool = False) -> str:
    head = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return head + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _letters(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", _ascii(text).lower()) or "clinic"


def _shift(d: dt.date, days: int) -> dt.date:
    return d + dt.timedelta(days=days)


def _age_on(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _birth_for(rng: random.Random, age: int, on: dt.date) -> dt.date:
    start = dt.date(on.year - age - 1, on.month, 1) + dt.timedelta(days=rng.randint(1, 360))
    while _age_on(start, on) != age:
        start += dt.timedelta(days=1 if _age_on(start, on) > age else -1)
    return start


@dataclass(frozen=True)
class _Persona:
    """A person's name pieces (EN: given/middle/family; ZH: surname/given)."""

    given: str
    family: str
    sex: str  # "M" / "F"
    middle: str = ""
    nick: str = ""
    romanised: str = ""  # ZH only: pinyin for passports and e-mail


def _message_times(rng: random.Random, last: dt.date, n: int) -> list[tuple[dt.date, tuple[int, int]]]:
    """``n`` increasing (date, (hour, minute)) stamps over the few days up to ``last``, for message threads."""
    stamps: list[tuple[dt.date, tuple[int, int]]] = []
    day, minute = _shift(last, -rng.randint(1, 3)), rng.randint(7 * 60, 12 * 60)
    for _ in range(n):
        if minute > 22 * 60 or (stamps and rng.random() < 0.3 and day < last):
            day, minute = _shift(day, 1), rng.randint(7 * 60, 11 * 60)
        stamps.append((day, divmod(minute, 60)))
        minute += rng.randint(3, 300)
    return stamps


def _pick_age(rng: random.Random, lo: int, hi: int, p_old: float) -> int:
    if hi >= 90 and rng.random() < p_old:
        return rng.randint(max(90, lo), hi)
    return rng.randint(lo, min(89, hi))


# ---------------------------------------------------------------------------------------------
# English: hand-written data
# ---------------------------------------------------------------------------------------------
_EN_COUNTRY_WEIGHTS: Final = (("US", 30), ("GB", 20), ("AU", 12), ("IN", 11), ("IE", 8), ("NZ", 8), ("CA", 11))
_EN_LOCALE_OF: Final = {
    "US": "en_US", "GB": "en_GB", "AU": "en_AU", "IN": "en_IN", "IE": "en_IE", "NZ": "en_NZ", "CA": "en_CA",
}  # fmt: skip
_EN_NAME_DIASPORA: Final = (
    "en_US", "en_GB", "en_IN", "en_IE", "en_NZ", "en_NG", "en_KE", "en_PK", "ga_IE", "es_MX", "pl_PL", "vi_VN",
)  # fmt: skip

# (given, family, sex): names that are rare, compound, foreign, apostrophised or look like words.
_EN_RARE_NAMES: Final = (
    ("Siobhán", "Ní Bhriain", "F"), ("Oluwaseun", "Adeyemi-Hart", "M"), ("Nguyễn Thị", "Lan", "F"),
    ("Zbigniew", "Wróblewski", "M"), ("Aroha", "Te Whata", "F"), ("Kwame", "Mensah-Bonsu", "M"),
    ("Marie-Claire", "van der Berg", "F"), ("Tadhg", "Ó Súilleabháin", "M"), ("D'Arcy", "McAllister", "M"),
    ("Padmavathi", "Venkataraman", "F"), ("Björn", "Åkesson", "M"), ("Xóchitl", "Ramírez Cruz", "F"),
    ("Yusuf", "Öztürk", "M"), ("Ilse", "de Vries", "F"), ("Hemi", "Walker-Ngata", "M"), ("Precious", "Dlamini", "F"),
    ("Jean-Baptiste", "Marchetti", "M"), ("Saoirse", "Mac Giolla Phádraig", "F"), ("Rangi", "Parata", "M"),
    ("Hope", "Bell", "F"), ("Grant", "Hill", "M"), ("April", "Summers", "F"), ("Will", "Cook", "M"),
    ("Dawn", "Brown", "F"), ("Sunny", "Day", "M"), ("Faith", "Rose", "F"), ("Royal", "King", "M"),
    ("Iolanthe", "Featherstonehaugh", "F"), ("Wojciech", "Szczęsny", "M"), ("Thandiwe", "Nkosi", "F"),
    ("Gurpreet", "Singh Sandhu", "M"), ("Mei-Ling", "Chua", "F"), ("Anh", "Trần", "F"), ("Dmitri", "Kuznetsov", "M"),
    ("Fionnuala", "O'Dwyer", "F"), ("Rhys", "ap Gwilym", "M"), ("Ngozi", "Okonkwo-Ellis", "F"), ("Bao", "Lý", "M"),
    ("Aigerim", "Seitkali", "F"), ("Koa", "Kahananui", "M"), ("Mhairi", "MacLeod", "F"), ("Hamish", "Baird", "M"),
    ("Parveen", "Akhtar", "F"), ("Ahmad", "bin Ismail", "M"), ("Sione", "Tu'ipulotu", "M"), ("Leilani", "Fonoti", "F"),
    ("Carmel", "Fitzgerald", "F"), ("Mohammed", "Al-Rashidi", "M"), ("Eilidh", "Drummond", "F"), ("Ravi", "Iyer", "M"),
)  # fmt: skip
_EN_NICKNAMES: Final = {
    "William": "Bill", "Robert": "Bob", "Margaret": "Peggy", "Elizabeth": "Betty", "Katherine": "Kate",
    "James": "Jim", "Richard": "Dick", "Patricia": "Trish", "Jennifer": "Jen", "Michael": "Mike",
    "Thomas": "Tom", "Christopher": "Chris", "Dorothy": "Dot", "Edward": "Ted", "Susan": "Sue",
    "Anthony": "Tony", "Joseph": "Joe", "Charles": "Chuck", "Deborah": "Debbie", "Rebecca": "Becky",
    "Alexander": "Sandy", "Patrick": "Paddy", "Kathleen": "Kath", "Frances": "Fran", "Henry": "Harry",
    "Mary": "Molly", "Samantha": "Sam", "Samuel": "Sam", "Benjamin": "Ben", "Alexandra": "Alex",
    "Victoria": "Vicky", "Jessica": "Jess", "Matthew": "Matt", "Andrew": "Andy", "Timothy": "Tim", "Stephen": "Steve",
    "Steven": "Steve", "Jonathan": "Jon", "Abigail": "Abby", "Zachary": "Zach", "Joshua": "Josh", "Kimberly": "Kim",
    "Pamela": "Pam", "Gregory": "Greg", "Christine": "Chris", "Nathan": "Nate", "Theresa": "Tess", "Eleanor": "Nell",
    "Gerard": "Ger", "Siobhán": "Shiv", "Oluwaseun": "Seun", "Padmavathi": "Padma",
    "Zbigniew": "Zbyszek", "Jean-Baptiste": "JB", "Venkatesh": "Venky", "Nicholas": "Nick", "Daniel": "Danny",
}  # fmt: skip
_EN_CITIES: Final = {
    "US": (
        ("Springfield", "IL"), ("Dayton", "OH"), ("Tucson", "AZ"), ("Bangor", "ME"), ("Fresno", "CA"),
        ("El Paso", "TX"), ("Duluth", "MN"), ("Savannah", "GA"), ("Spokane", "WA"), ("Lancaster", "PA"),
        ("Albuquerque", "NM"), ("Asheville", "NC"), ("Boise", "ID"), ("Providence", "RI"), ("Macon", "GA"),
        ("Green Bay", "WI"), ("Baton Rouge", "LA"), ("Sioux Falls", "SD"), ("Hilo", "HI"), ("Burlington", "VT"),
    ),
    "GB": (
        ("Leeds", ""), ("Swansea", ""), ("Aberdeen", ""), ("Norwich", ""), ("Stoke-on-Trent", ""), ("Bristol", ""),
        ("Dundee", ""), ("Carlisle", ""), ("Derby", ""), ("Wolverhampton", ""), ("Newry", ""), ("Ipswich", ""),
        ("Hull", ""), ("Bath", ""), ("Wrexham", ""), ("Sunderland", ""), ("Truro", ""), ("Inverness", ""),
    ),
    "AU": (
        ("Ballarat", "VIC"), ("Toowoomba", "QLD"), ("Wagga Wagga", "NSW"), ("Launceston", "TAS"), ("Geelong", "VIC"),
        ("Parramatta", "NSW"), ("Fremantle", "WA"), ("Mackay", "QLD"), ("Darwin", "NT"), ("Mount Gambier", "SA"),
        ("Bendigo", "VIC"), ("Cairns", "QLD"), ("Dubbo", "NSW"), ("Bunbury", "WA"), ("Queanbeyan", "NSW"),
    ),
    "IN": (
        ("Pune", "Maharashtra"), ("Coimbatore", "Tamil Nadu"), ("Mysuru", "Karnataka"), ("Lucknow", "Uttar Pradesh"),
        ("Kochi", "Kerala"), ("Indore", "Madhya Pradesh"), ("Vadodara", "Gujarat"), ("Bhubaneswar", "Odisha"),
        ("Nagpur", "Maharashtra"), ("Guwahati", "Assam"), ("Ludhiana", "Punjab"), ("Visakhapatnam", "Andhra Pradesh"),
        ("Thiruvananthapuram", "Kerala"), ("Jaipur", "Rajasthan"), ("Mangaluru", "Karnataka"),
        ("Chennai", "Tamil Nadu"),
    ),
    "IE": (
        ("Ennis", "Clare"), ("Tralee", "Kerry"), ("Athlone", "Westmeath"), ("Letterkenny", "Donegal"),
        ("Castlebar", "Mayo"), ("Navan", "Meath"), ("Clonmel", "Tipperary"), ("Dundalk", "Louth"),
        ("Mallow", "Cork"), ("Tullamore", "Offaly"), ("Sligo", "Sligo"), ("Kilkenny", "Kilkenny"),
    ),
    "NZ": (
        ("Whangārei", ""), ("Palmerston North", ""), ("Tauranga", ""), ("Invercargill", ""), ("Nelson", ""),
        ("Hamilton", ""), ("Napier", ""), ("Dunedin", ""), ("Gisborne", ""), ("Timaru", ""), ("Rotorua", ""),
    ),
    "CA": (
        ("Kelowna", "BC"), ("Sudbury", "ON"), ("Moncton", "NB"), ("Saskatoon", "SK"), ("Trois-Rivières", "QC"),
        ("Red Deer", "AB"), ("Thunder Bay", "ON"), ("Kamloops", "BC"), ("Brandon", "MB"), ("Sherbrooke", "QC"),
        ("Lethbridge", "AB"), ("Charlottetown", "PE"), ("Kingston", "ON"), ("Nanaimo", "BC"),
    ),
}  # fmt: skip
_EN_SUBURBS: Final = {
    "IN": ("Koregaon Park", "Indiranagar", "Banjara Hills", "Salt Lake", "Anna Nagar", "Gomti Nagar", "Kakkanad"),
    "NZ": ("Ponsonby", "Karori", "Riccarton", "Frankton", "Mount Maunganui", "Hillcrest", "Ōtāhuhu"),
    "AU": ("", ""),
}
_EN_ABROAD: Final = (
    "Lagos", "Manila", "Kraków", "Karachi", "Dhaka", "Ho Chi Minh City", "Guadalajara", "Nairobi", "Kerala",
    "Punjab", "Tonga", "Samoa", "Fiji", "Portugal", "Jamaica", "Trinidad", "Cape Town", "Harare", "Colombo",
    "Kathmandu", "Auckland", "Perth", "Glasgow", "Toronto", "Boston", "Galway", "Cork", "Sydney", "Vancouver",
    "Thailand", "Bali", "Morocco", "Peru", "Ghana", "Kenya", "Brazil", "Egypt", "Tanzania", "Vietnam", "Mexico",
)  # fmt: skip
_EN_STREET_TYPES: Final = {
    "US": ("St", "Ave", "Street", "Avenue", "Rd", "Blvd", "Dr", "Lane", "Ct", "Way", "Pkwy", "Terrace"),
    "GB": ("Road", "Street", "Lane", "Close", "Crescent", "Avenue", "Gardens", "Way", "Drive", "Mews", "Row"),
    "AU": ("Street", "St", "Road", "Rd", "Parade", "Crescent", "Avenue", "Court", "Place", "Highway"),
    "IN": ("Road", "Marg", "Nagar", "Cross Road", "Main Road", "Street", "Colony"),
    "IE": ("Road", "Street", "Avenue", "Park", "Drive", "Lawn", "Grove", "Terrace", "Court"),
    "NZ": ("Street", "Road", "Avenue", "Crescent", "Place", "Terrace", "Drive"),
    "CA": ("Street", "Avenue", "Road", "Drive", "Crescent", "Boulevard", "Court", "Chemin"),
}
_EN_STREET_WORDS: Final = (
    "Church", "Station", "Mill", "Orchard", "Park", "Victoria", "George", "King", "Queen", "Main", "High",
    "Elm", "Maple", "Oak", "Willow", "Cedar", "Beech", "Rowan", "Hawthorn", "Chestnut", "Albert", "Alexandra",
    "Riverside", "Lakeview", "Hillcrest", "Kingfisher", "Heather", "Tamarind", "Gandhi", "Nehru", "Pohutukawa",
    "Kowhai", "Wattle", "Banksia", "Jacaranda", "Laurel", "Sycamore", "Primrose", "Bluebell", "Magnolia", "Cypress",
)  # fmt: skip
_EN_INSURERS: Final = {
    "US": ("Aetna", "UnitedHealthcare", "Cigna Healthcare", "Humana", "Blue Cross Blue Shield of Illinois",
           "Anthem Blue Cross", "Molina Healthcare", "Kaiser Permanente", "Highmark", "Ambetter from Sunshine Health"),
    "GB": ("Bupa", "AXA Health", "Vitality", "Aviva", "WPA", "Simplyhealth"),
    "AU": ("Medibank", "Bupa Australia", "HCF", "nib", "HBF", "Teachers Health", "Australian Unity"),
    "IN": ("Star Health and Allied Insurance", "HDFC ERGO", "Niva Bupa", "ICICI Lombard", "Care Health Insurance"),
    "IE": ("Vhi Healthcare", "Laya Healthcare", "Irish Life Health", "Level Health"),
    "NZ": ("Southern Cross Health Insurance", "nib NZ", "AIA New Zealand", "Partners Life", "ACC"),
    "CA": ("Sun Life", "Manulife", "Pacific Blue Cross", "Canada Life", "Green Shield Canada", "WSIB"),
}  # fmt: skip
_EN_PHARMACY_CHAINS: Final = {
    "US": ("CVS Pharmacy", "Walgreens", "Rite Aid", "Kroger Pharmacy", "Walmart Pharmacy", "Costco Pharmacy"),
    "GB": ("Boots", "Lloydspharmacy", "Well Pharmacy", "Superdrug Pharmacy", "Rowlands Pharmacy"),
    "AU": ("Chemist Warehouse", "Priceline Pharmacy", "TerryWhite Chemmart", "Amcal", "Blooms The Chemist"),
    "IN": ("Apollo Pharmacy", "MedPlus", "Wellness Forever", "Frank Ross Pharmacy", "Netmeds"),
    "IE": ("Boots", "McCabes Pharmacy", "Hickey's Pharmacy", "Life Pharmacy", "CarePlus Pharmacy"),
    "NZ": ("Unichem", "Life Pharmacy", "Green Cross Health", "Bargain Chemist"),
    "CA": ("Shoppers Drug Mart", "Rexall", "London Drugs", "Jean Coutu", "Uniprix"),
}  # fmt: skip
_EN_SAINTS: Final = (
    "Luke", "Vincent", "Mary", "Joseph", "Columba", "Brigid", "Catherine", "Michael", "Anne", "Patrick",
    "Margaret", "Andrew", "Francis", "Elizabeth", "Thomas", "Teresa", "Jude", "Bernadette", "Kevin", "Oswald",
)  # fmt: skip
_EN_ADJ: Final = (
    "Riverside", "Lakeside", "Meadowbrook", "Harbourview", "Greenfield", "Oakwood", "Summit", "Northgate",
    "Sunrise", "Evergreen", "Willowbank", "Bayview", "Highland", "Clearwater", "Southside", "Westbury",
    "Cedar Valley", "Pinecrest", "Silverdale", "Kingsway", "Parkside", "Hillview",
)  # fmt: skip
_EN_EMAIL_DOMAINS: Final = {
    "US": ("gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net", "proton.me"),
    "GB": ("gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com"),
    "AU": ("bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com.au", "iinet.net.au"),
    "IN": ("gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.in"),
    "IE": ("gmail.com", "eircom.net", "hotmail.com", "icloud.com"),
    "NZ": ("xtra.co.nz", "gmail.com", "outlook.co.nz", "slingshot.co.nz"),
    "CA": ("gmail.com", "sympatico.ca", "shaw.ca", "videotron.ca", "rogers.com"),
}  # fmt: skip

# Non-PHI filler.
_EN_EPONYMS: Final = (
    "Parkinson's disease", "Crohn's disease", "Hashimoto's thyroiditis", "Graves' disease", "Bell's palsy",
    "Dupuytren's contracture", "Alzheimer's dementia", "Ménière's disease", "Sjögren's syndrome",
    "Raynaud's phenomenon", "Barrett's oesophagus", "Paget's disease of bone", "Addison's disease",
    "Guillain-Barré syndrome (2009)", "a Baker's cyst", "de Quervain's tenosynovitis", "Morton's neuroma",
    "Hodgkin lymphoma in remission", "Osgood-Schlatter disease", "Charcot foot", "Wernicke encephalopathy",
)  # fmt: skip
_EN_DX: Final = (
    "type 2 diabetes", "hypertension", "COPD", "atrial fibrillation on anticoagulation", "CKD stage 3b",
    "osteoarthritis of both knees", "heart failure with reduced EF", "hypothyroidism", "asthma",
    "major depressive disorder", "generalised anxiety", "gout", "osteoporosis with previous wrist fracture",
    "chronic low back pain", "obstructive sleep apnoea", "iron-deficiency anaemia", "benign prostatic hyperplasia",
    "migraine without aura", "polymyalgia rheumatica", "peripheral arterial disease", "vascular dementia",
)  # fmt: skip
_EN_DRUGS: Final = (
    ("metformin", "500 mg BD"), ("amlodipine", "5 mg daily"), ("atorvastatin", "40 mg nocte"),
    ("apixaban", "5 mg twice daily"), ("levothyroxine", "75 mcg mane"), ("sertraline", "50 mg daily"),
    ("furosemide", "40 mg in the morning"), ("ramipril", "2.5 mg od"), ("bisoprolol", "2.5 mg daily"),
    ("co-codamol", "30/500 two tablets QDS PRN"), ("alendronic acid", "70 mg weekly"),
    ("allopurinol", "100 mg daily"), ("tiotropium", "18 mcg inhaled daily"), ("salbutamol", "2 puffs PRN"),
    ("gabapentin", "300 mg TDS"), ("empagliflozin", "10 mg daily"), ("warfarin", "as per INR clinic"),
    ("insulin glargine", "18 units nocte"), ("tamsulosin", "400 mcg nocte"), ("prednisolone", "15 mg reducing"),
    ("donepezil", "5 mg at night"), ("omeprazole", "20 mg daily"), ("mirtazapine", "15 mg nocte"),
    ("oxycodone MR", "10 mg BD"), ("methotrexate", "15 mg once weekly (Fridays)"),
    ("adalimumab", "40 mg every other week"), ("semaglutide", "0.5 mg weekly"), ("dupilumab", "300 mg every 2 weeks"),
    ("morphine sulfate oral solution", "2.5 mg PRN"),
)  # fmt: skip
_EN_COMPLAINTS: Final = (
    "exertional breathlessness", "intermittent palpitations", "a change in bowel habit", "worsening knee pain",
    "recurrent falls", "a persistent cough", "low mood and poor sleep", "painless jaundice", "a new tremor",
    "rectal bleeding", "weight loss of 6 kg", "headaches on waking", "numbness in both feet", "swollen ankles",
)  # fmt: skip
_EN_DURATIONS: Final = (
    "three weeks", "two months", "about ten days", "six weeks", "about a month", "several months", "4/52",
    "2 weeks", "the past fortnight", "18 months", "a year or so",
)  # fmt: skip
_EN_LABS: Final = (
    ("HbA1c", "71 mmol/mol"), ("eGFR", "38"), ("ferritin", "9 ug/L"), ("TSH", "7.9 mU/L"), ("INR", "3.4"),
    ("potassium", "5.8"), ("haemoglobin", "94 g/L"), ("BNP", "1,240 pg/mL"), ("PSA", "6.2"), ("CRP", "48"),
    ("vitamin D", "21 nmol/L"), ("ALT", "112 U/L"), ("sodium", "128 mmol/L"), ("LDL", "4.1 mmol/L"),
)  # fmt: skip
_EN_DEPTS: Final = (
    "Cardiology", "Gastroenterology", "Respiratory", "Rheumatology", "Neurology", "Endocrinology",
    "Care of the Elderly", "Urology", "Dermatology", "Orthopaedics", "Renal", "Haematology", "Memory Clinic",
)  # fmt: skip
_EN_TESTS: Final = (
    "Timed Up and Go 19 s", "Barthel index 65/100", "Berg balance 38/56", "MoCA 21/30", "Waterlow score 16",
    "Braden 14", "PHQ-9 of 17", "GAD-7 of 12", "Tinetti 18/28", "Lachman negative", "Phalen's test positive",
    "Dix-Hallpike negative", "Epley manoeuvre performed", "Tinel's sign positive at the wrist", "Oxford knee score 22",
)  # fmt: skip
_EN_VACCINES: Final = (
    "Influenza (quadrivalent)", "COVID-19 booster (Comirnaty)", "Pneumococcal PCV20", "Shingrix dose 1",
    "Shingrix dose 2", "Tdap (Boostrix)", "Hepatitis A (Havrix)", "Typhoid (Typhim Vi)", "Yellow fever (Stamaril)",
    "Japanese encephalitis (Ixiaro)", "Rabies pre-exposure", "MMR", "HPV (Gardasil 9)", "Hepatitis B (Engerix-B)",
    "RSV (Arexvy)", "Meningococcal ACWY", "Polio (IPV)",
)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# English: value factory
# ---------------------------------------------------------------------------------------------
_US_AREAS: Final = ("217", "312", "415", "520", "207", "559", "915", "218", "912", "509", "717", "505", "828", "208")
_CA_AREAS: Final = ("250", "705", "506", "306", "819", "403", "807", "204", "613", "902", "604", "416")
_GB_LAND: Final = (("0113", 3), ("01792", 2), ("01224", 3), ("01603", 3), ("01782", 3), ("0117", 3), ("020", 4))
_AU_LAND: Final = ("02", "03", "07", "08")
_IN_STD: Final = ("020", "0422", "0821", "0522", "0484", "0731", "0265", "0674", "0712", "044", "080", "022")
_IE_LAND: Final = ("01", "021", "065", "066", "090", "074", "094", "046", "052", "042")
_NZ_LAND: Final = ("09", "06", "07", "03", "04")
_MONTHS: Final = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip
_WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class _En:
    """Random English identifiers in one country's conventions."""

    def __init__(self, rng: random.Random, country: str) -> None:
        self.rng = rng
        self.country = country
        self.us_order = country in {"US"} or (country == "CA" and rng.random() < 0.5)

    # ---- names -------------------------------------------------------------------------------
    def person(self, sex: str | None = None, *, local: bool = False, rare: float = 0.12) -> _Persona:
        rng = self.rng
        sex = sex or rng.choice("MF")
        if rng.random() < rare:
            pool = [n for n in _EN_RARE_NAMES if n[2] == sex]
            given, family, _ = rng.choice(pool)
        else:
            local_name = local or rng.random() < 0.7
            locale = _EN_LOCALE_OF[self.country] if local_name else rng.choice(_EN_NAME_DIASPORA)
            fake = _faker(locale)
            given = fake.first_name_male() if sex == "M" else fake.first_name_female()
            family = fake.last_name()
            roll = rng.random()
            if roll < 0.08:
                family = f"{family}-{_faker(rng.choice(_EN_NAME_DIASPORA)).last_name()}"
            elif roll < 0.12:
                given = (
                    f"{given}-{_faker(locale).first_name_male() if sex == 'M' else _faker(locale).first_name_female()}"
                )
        middle = ""
        if rng.random() < 0.45:
            fake = _faker(_EN_LOCALE_OF[self.country])
            middle = fake.first_name_male() if sex == "M" else fake.first_name_female()
        nick = _EN_NICKNAMES.get(given, "")
        return _Persona(given=given, family=family, sex=sex, middle=middle, nick=nick)

    def full(self, p: _Persona) -> str:
        rng = self.rng
        if p.middle and rng.random() < 0.3:
            return f"{p.given} {p.middle[0]}. {p.family}"
        if p.middle and rng.random() < 0.15:
            return f"{p.given} {p.middle} {p.family}"
        return f"{p.given} {p.family}"

    def last_first(self, p: _Persona) -> str:
        rng = self.rng
        style = rng.randrange(4)
        if style == 0:
            return f"{p.family}, {p.given}"
        if style == 1:
            return f"{p.family.upper()}, {p.given}"
        if style == 2 and p.middle:
            return f"{p.family.upper()}, {p.given.upper()} {p.middle[0].upper()}"
        return f"{p.family.upper()} {p.given}"

    def upper(self, p: _Persona) -> str:
        return self.rng.choice((f"{p.given} {p.family}".upper(), f"{p.family.upper()}, {p.given.upper()}"))

    def init_last(self, p: _Persona) -> str:
        rng = self.rng
        style = rng.randrange(3)
        if style == 0:
            return f"{p.given[0]}. {p.family}"
        if style == 1 and p.middle:
            return f"{p.given[0]}{p.middle[0]} {p.family}"
        return f"{p.given[0]} {p.family}"

    def initials(self, p: _Persona) -> str:
        first, last = p.given[0].upper(), p.family[0].upper()
        mid = p.middle[0].upper() if p.middle else ""
        return self.rng.choice((f"{first}{mid}{last}", f"{first}.{mid + '.' if mid else ''}{last}.", f"{first}{last}"))

    def call(self, p: _Persona) -> str:
        return p.nick if p.nick and self.rng.random() < 0.7 else p.given.split("-")[0].split(" ")[0]

    # ---- contact -----------------------------------------------------------------------------
    def phone_forms(self, kind: str = "any") -> tuple[str, ...]:
        """Several spellings of one number; the first is the canonical one."""
        rng, c = self.rng, self.country
        mobile = kind == "mobile" or (kind == "any" and rng.random() < 0.55)
        d = functools.partial(_digits, rng)
        if c in {"US", "CA"}:
            a = rng.choice(_US_AREAS if c == "US" else _CA_AREAS)
            b, n = str(rng.randint(201, 989)), d(4)
            return (
                f"({a}) {b}-{n}",
                f"{a}-{b}-{n}",
                f"{a}.{b}.{n}",
                f"+1 {a} {b} {n}",
                f"1-{a}-{b}-{n}",
                f"{a}{b}{n}",
                f"+1 ({a}) {b}-{n}",
                f"{a} {b} {n}",
            )
        if c == "GB":
            if mobile:
                a, b = "07" + str(rng.randint(400, 999)), d(6)
                return (f"{a} {b}", f"{a} {b[:3]} {b[3:]}", f"+44 {a[1:]} {b}", f"+44 (0){a[1:]} {b}", f"{a}{b}")
            code, _ = rng.choice(_GB_LAND)
            rest = d(11 - len(code), first_nonzero=True)
            split = 4 if code == "020" else 3
            return (
                f"{code} {rest[:split]} {rest[split:]}",
                f"{code} {rest}",
                f"({code}) {rest[:split]} {rest[split:]}",
                f"+44 {code[1:]} {rest[:split]} {rest[split:]}",
                f"+44 (0){code[1:]} {rest}",
            )
        if c == "AU":
            if mobile:
                a, b, e = "04" + d(2), d(3), d(3)
                return (f"{a} {b} {e}", f"{a}{b}{e}", f"+61 {a[1:]} {b} {e}", f"{a}-{b}-{e}", f"+61{a[1:]}{b}{e}")
            code, r = rng.choice(_AU_LAND), d(8, first_nonzero=True)
            return (
                f"({code}) {r[:4]} {r[4:]}",
                f"{code} {r[:4]} {r[4:]}",
                f"+61 {code[1:]} {r[:4]} {r[4:]}",
                f"{code}{r}",
                f"({code}) {r}",
            )
        if c == "IN":
            if mobile:
                r = str(rng.randint(6, 9)) + d(9)
                return (
                    f"+91 {r[:5]} {r[5:]}",
                    f"{r[:5]} {r[5:]}",
                    f"+91-{r}",
                    f"0{r}",
                    f"{r}",
                    f"+91 {r[:3]} {r[3:6]} {r[6:]}",
                )
            std = rng.choice(_IN_STD)
            r = d(10 - len(std) + 1, first_nonzero=True)
            return (f"{std}-{r}", f"({std}) {r[:4]} {r[4:]}", f"{std} {r}", f"+91 {std[1:]} {r}")
        if c == "IE":
            if mobile:
                a, r = "08" + rng.choice("35679"), d(7)
                return (f"{a} {r[:3]} {r[3:]}", f"{a}-{r}", f"+353 {a[1:]} {r[:3]} {r[3:]}", f"{a}{r}", f"({a}) {r}")
            code = rng.choice(_IE_LAND)
            r = d(7 if code == "01" else rng.choice((5, 7)), first_nonzero=True)
            return (f"({code}) {r[:3]} {r[3:]}", f"{code} {r}", f"+353 {code[1:]} {r[:3]} {r[3:]}", f"{code}-{r}")
        if c == "NZ":
            if mobile:
                a, r = "02" + rng.choice("1279"), d(rng.choice((7, 7, 6)))
                return (f"{a} {r[:3]} {r[3:]}", f"{a}-{r[:3]}-{r[3:]}", f"+64 {a[1:]} {r[:3]} {r[3:]}", f"{a}{r}")
            code, r = rng.choice(_NZ_LAND), d(7, first_nonzero=True)
            return (
                f"({code}) {r[:3]} {r[3:]}",
                f"{code} {r[:3]} {r[3:]}",
                f"+64 {code[1:]} {r[:3]} {r[3:]}",
                f"{code}-{r[:3]} {r[3:]}",
            )
        raise ValueError(c)

    def phone(self, kind: str = "any", *, ext: float = 0.0) -> str:
        number = self.rng.choice(self.phone_forms(kind))
        if ext and self.rng.random() < ext:
            number += self.rng.choice((" ext. ", " ext ", " x", " Ext ", ", ext. ")) + _digits(
                self.rng, self.rng.choice((3, 4))
            )
        return number

    def email(self, p: _Persona, *, personal: bool = True, domain: str = "") -> str:
        rng = self.rng
        g, f = _ascii(p.given).lower() or "pt", _ascii(p.family).lower() or "user"
        if personal:
            domain = domain or rng.choice(_EN_EMAIL_DOMAINS[self.country])
            local = rng.choice(
                (
                    f"{g}.{f}",
                    f"{g[0]}{f}{rng.randint(1, 99)}",
                    f"{g}{f[0]}{rng.randint(40, 2009)}",
                    f"{f}.{g}",
                    f"{g}_{f}",
                    f"{(p.nick and _ascii(p.nick).lower()) or g}{f[:3]}",
                )
            )
        else:
            local = rng.choice((f"{g}.{f}", f"{g[0]}{f}", f"{g[0]}.{f}", f"{f}{g[0]}"))
        return f"{local}@{domain}"

    # ---- places ------------------------------------------------------------------------------
    def city(self) -> tuple[str, str]:
        return self.rng.choice(_EN_CITIES[self.country])

    def street(self) -> str:
        rng, c = self.rng, self.country
        word = rng.choice(_EN_STREET_WORDS) if rng.random() < 0.6 else _faker(_EN_LOCALE_OF[c]).last_name()
        road = f"{word} {rng.choice(_EN_STREET_TYPES[c])}"
        n = rng.randint(1, 240) if c != "US" else rng.randint(10, 9800)
        roll = rng.random()
        if c == "US":
            if roll < 0.3:
                return f"{n} {road}, Apt {rng.randint(1, 30)}{rng.choice('ABCD')}"
            if roll < 0.38:
                return f"{n} {road} #{rng.randint(100, 420)}"
            return f"{n} {road}"
        if c == "GB":
            if roll < 0.2:
                return f"Flat {rng.randint(1, 24)}, {rng.choice(_EN_ADJ)} Court, {n} {road}"
            if roll < 0.3:
                return f"{rng.choice(_EN_ADJ)} Cottage, {road}"
            return f"{n} {road}"
        if c == "AU":
            if roll < 0.3:
                return f"{rng.randint(1, 18)}/{n} {road}"
            if roll < 0.4:
                return f"Unit {rng.randint(1, 40)}, {n} {road}"
            return f"{n} {road}"
        if c == "IN":
            if roll < 0.4:
                return f"Flat {rng.randint(1, 12)}0{rng.randint(1, 8)}, {rng.choice(_EN_ADJ)} Apartments, {road}"
            return f"H.No. {rng.randint(1, 30)}-{rng.randint(1, 9)}-{rng.randint(10, 400)}, {road}"
        if c == "IE":
            if roll < 0.3:
                return f"Apt {rng.randint(1, 60)}, {rng.choice(_EN_ADJ)} House, {road}"
            return f"{n} {road}"
        if c == "NZ":
            if roll < 0.3:
                return (
                    f"{rng.randint(1, 9)}{rng.choice('ABC')} {road}"
                    if rng.random() < 0.5
                    else f"Flat {rng.randint(1, 6)}, {n} {road}"
                )
            return f"{n} {road}"
        if roll < 0.3:
            return f"{rng.randint(100, 2400)}-{n} {road}"
        return f"{n} {road}"

    def postcode(self) -> str:
        rng, c = self.rng, self.country
        if c == "US":
            return _digits(rng, 5, first_nonzero=True) + (f"-{_digits(rng, 4)}" if rng.random() < 0.2 else "")
        if c == "GB":
            return str(_faker("en_GB").postcode())
        if c == "AU":
            return str(rng.randint(2000, 7999))
        if c == "IN":
            return _digits(rng, 6, first_nonzero=True)
        if c == "IE":
            code = str(_faker("en_IE").postcode()).replace(" ", "")
            return f"{code[:3]} {code[3:]}"
        if c == "NZ":
            return str(rng.randint(1010, 9893))
        code = str(_faker("en_CA").postcode()).replace(" ", "")
        return f"{code[:3]} {code[3:]}"

    def address_tail(self, city: tuple[str, str], postcode: str) -> str:
        """City (and region) + postcode, as written under or after the street line."""
        c, (town, region) = self.country, city
        if c == "US":
            return f"{town}, {region} {postcode}"
        if c == "GB":
            return f"{town} {postcode}" if self.rng.random() < 0.6 else f"{town.upper()} {postcode}"
        if c == "AU":
            return f"{town.upper()} {region} {postcode}" if self.rng.random() < 0.5 else f"{town} {region} {postcode}"
        if c == "IN":
            suburb = self.rng.choice(_EN_SUBURBS["IN"])
            return f"{suburb}, {town} - {postcode}, {region}"
        if c == "IE":
            return f"{town}, Co. {region}, {postcode}"
        if c == "NZ":
            suburb = self.rng.choice(_EN_SUBURBS["NZ"])
            return f"{suburb}, {town} {postcode}"
        return f"{town}, {region} {postcode}"

    # ---- identifiers -------------------------------------------------------------------------
    def mrn(self) -> str:
        rng = self.rng
        style = rng.randrange(7)
        if style == 0:
            return f"{rng.randint(10000, 9999999):08d}"
        if style == 1:
            return "M" + _digits(rng, 7)
        if style == 2:
            return _letters(rng, 2) + _digits(rng, 6)
        if style == 3:
            return f"{_digits(rng, 3, first_nonzero=True)}-{_digits(rng, 3)}-{_digits(rng, 2)}"
        if style == 4:
            return "E" + _digits(rng, 9)
        if style == 5:
            return _digits(rng, 7, first_nonzero=True) + rng.choice("ABCDEFGHJKLMNPQRSTVWXY")
        return "RX" + _digits(rng, 7)

    def mrn_alt(self, mrn: str) -> str:
        rng = self.rng
        if mrn.isdigit() and mrn.startswith("0"):
            return rng.choice((mrn.lstrip("0"), f"{mrn[:4]} {mrn[4:]}", f"#{mrn}"))
        if "-" in mrn:
            return mrn.replace("-", rng.choice(("", " ")))
        head = re.match(r"[A-Z]+", mrn)
        if head:
            return rng.choice(
                (f"{head.group()} {mrn[head.end() :]}", f"{head.group()}-{mrn[head.end() :]}", mrn.lower())
            )
        return f"{mrn[:-1]} {mrn[-1]}"

    def national_id(self) -> tuple[str, str, tuple[str, ...]]:
        """(label, canonical value, other spellings)."""
        rng, c = self.rng, self.country
        if c == "US":
            area = rng.choice([a for a in range(1, 900) if a != 666])
            a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
            return (
                rng.choice(("SSN", "SS#", "Social Security No.")),
                f"{a}-{g}-{s}",
                (f"{a} {g} {s}", f"{a}{g}{s}", f"XXX-XX-{s}", f"***-**-{s}", s),
            )
        if c == "GB":
            while True:
                body = _digits(rng, 9, first_nonzero=True)
                check = 11 - sum(int(ch) * w for ch, w in zip(body, range(10, 1, -1), strict=True)) % 11
                if check == 11:
                    check = 0
                if check != 10:
                    break
            n = body + str(check)
            return (
                rng.choice(("NHS No.", "NHS number", "NHS#")),
                f"{n[:3]} {n[3:6]} {n[6:]}",
                (n, f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:3]}{n[3:6]} {n[6:]}"),
            )
        if c == "AU":
            body = str(rng.randint(2, 6)) + _digits(rng, 7)
            check = sum(int(ch) * w for ch, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
            n = f"{body}{check}{rng.randint(1, 9)}"
            irn = rng.randint(1, 5)
            return (
                "Medicare No.",
                f"{n[:4]} {n[4:9]} {n[9]}",
                (n, f"{n[:4]} {n[4:9]} {n[9]}-{irn}", f"{n[:4]}-{n[4:9]}-{n[9]}"),
            )
        if c == "IN":
            n = str(rng.randint(2, 9)) + _digits(rng, 11)
            return (
                rng.choice(("Aadhaar", "UID", "Aadhaar No.")),
                f"{n[:4]} {n[4:8]} {n[8:]}",
                (n, f"XXXX XXXX {n[8:]}", f"{n[:4]}-{n[4:8]}-{n[8:]}"),
            )
        if c == "IE":
            body = _digits(rng, 7)
            total = sum(int(ch) * w for ch, w in zip(body, range(8, 1, -1), strict=True))
            letter = "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]
            return "PPSN", body + letter, (f"{body} {letter}", f"{body}{letter.lower()}", f"{body}-{letter}")
        if c == "NZ":
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ"
            while True:
                letters = _letters(rng, 3, alphabet)
                nums = _digits(rng, 3)
                values = [alphabet.index(ch) + 1 for ch in letters] + [int(ch) for ch in nums]
                total = sum(v * w for v, w in zip(values, (7, 6, 5, 4, 3, 2), strict=True)) % 11
                if total != 0:
                    check = (11 - total) % 10
                    break
            n = f"{letters}{nums}{check}"
            return "NHI", n, (f"{n[:3]} {n[3:]}", n.lower(), f"{n[:3]}-{n[3:]}")
        n = _digits(rng, 10, first_nonzero=True)
        vc = _letters(rng, 2)
        return (
            rng.choice(("OHIP", "Health card", "PHN")),
            f"{n[:4]}-{n[4:7]}-{n[7:]}-{vc}",
            (f"{n[:4]} {n[4:7]} {n[7:]} {vc}", f"{n}{vc}", f"{n[:4]}-{n[4:7]}-{n[7:]}"),
        )

    def provider_id(self) -> tuple[str, str]:
        rng, c = self.rng, self.country
        if c == "US":
            body = "1" + _digits(rng, 8)
            return "NPI", body + _luhn_digit("80840" + body)
        if c == "GB":
            return rng.choice(("GMC", "GMC No.", "GMC#")), _digits(rng, 7, first_nonzero=True)
        if c == "AU":
            return rng.choice(("Provider No.", "Prescriber No.")), _digits(rng, 6, first_nonzero=True) + rng.choice(
                "ABCDFHJKLTWXY"
            ) + rng.choice("ABCDFHJKLTWXY")
        if c == "IN":
            state = rng.choice(("MMC", "KMC", "TNMC", "DMC", "UPMC", "TCMC"))
            return (
                "Reg. No.",
                f"{state} {rng.choice((f'{rng.randint(1990, 2020)}/{rng.randint(1, 12):02d}/', ''))}"
                f"{_digits(rng, 5, first_nonzero=True)}",
            )
        if c == "IE":
            return "IMC No.", _digits(rng, 6, first_nonzero=True)
        if c == "NZ":
            return "MCNZ", _digits(rng, 5, first_nonzero=True)
        return rng.choice(("CPSO #", "CPSBC", "Lic.")), _digits(rng, rng.choice((5, 6)), first_nonzero=True)

    def dea(self) -> str:
        rng = self.rng
        d = [rng.randint(0, 9) for _ in range(6)]
        check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return rng.choice("ABFM") + _letters(rng, 1) + "".join(map(str, d)) + str(check)

    def member_id(self) -> str:
        rng, c = self.rng, self.country
        if c == "US":
            roll = rng.randrange(4)
            if roll == 0:
                return _letters(rng, 3) + _digits(rng, 9)
            if roll == 1:
                return "W" + _digits(rng, 9)
            if roll == 2:
                alpha = "ACDEFGHJKMNPQRTUVWXY"
                an = alpha + "0123456789"
                return (
                    f"{rng.randint(1, 9)}{rng.choice(alpha)}{rng.choice(an)}{rng.randint(0, 9)}-"
                    f"{rng.choice(alpha)}{rng.choice(an)}{rng.randint(0, 9)}-{rng.choice(alpha)}{rng.choice(alpha)}"
                    f"{rng.randint(0, 9)}{rng.randint(0, 9)}"
                )
            return f"{_digits(rng, 8, first_nonzero=True)}*{_digits(rng, 2)}"
        if c == "IN":
            head = f"{rng.choice(('P', 'HB', 'SH'))}/{rng.randint(100000, 999999)}/{rng.randint(1, 99):02d}"
            return f"{head}/{rng.randint(2019, 2025)}/{_digits(rng, 6)}"
        return rng.choice((_digits(rng, 8, first_nonzero=True), _letters(rng, 2) + _digits(rng, 7), _digits(rng, 10)))

    def claim_no(self) -> str:
        rng = self.rng
        return rng.choice(
            (
                f"CLM-{rng.randint(2019, 2025)}-{_digits(rng, 7)}",
                _digits(rng, 12, first_nonzero=True),
                f"{rng.randint(19, 25)}{_letters(rng, 1)}{_digits(rng, 7)}",
                f"C{_digits(rng, 9)}",
            )
        )

    def plate(self) -> str:
        rng, c = self.rng, self.country
        if c == "US":
            return rng.choice(
                (f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}", f"{_letters(rng, 3)} {_digits(rng, 4)}")
            )
        if c == "GB":
            return f"{_letters(rng, 2)}{rng.randint(51, 74)} {_letters(rng, 3)}"
        if c == "AU":
            return rng.choice(
                (
                    f"{rng.randint(1, 9)}{_letters(rng, 2)}{rng.randint(1, 9)}{_letters(rng, 2)}",
                    f"{_letters(rng, 3)}-{_digits(rng, 3)}",
                )
            )
        if c == "IN":
            state = rng.choice(("MH", "KA", "TN", "UP", "KL", "GJ"))
            return f"{state} {rng.randint(1, 50):02d} {_letters(rng, 2)} {_digits(rng, 4)}"
        if c == "IE":
            county = rng.choice(("D", "C", "G", "KY", "MO", "L"))
            serial = _digits(rng, rng.randint(3, 5), first_nonzero=True)
            return f"{rng.randint(12, 24)}{rng.choice(('1', '2', ''))}-{county}-{serial}"
        if c == "NZ":
            return f"{_letters(rng, 3)}{_digits(rng, 3)}"
        return f"{_letters(rng, 4)} {_digits(rng, 3)}"

    def driver_licence(self, p: _Persona, birth: dt.date) -> str:
        rng, c = self.rng, self.country
        if c == "GB":
            fam = (_ascii(p.family).upper() + "99999")[:5]
            month = birth.month + (50 if p.sex == "F" else 0)
            mid = (_ascii(p.middle)[:1] or "9").upper()
            initials = f"{_ascii(p.given)[:1].upper()}{mid}"
            return (
                f"{fam}{str(birth.year)[2]}{month:02d}{birth.day:02d}{str(birth.year)[3]}{initials}9{_letters(rng, 2)}"
            )
        if c == "US":
            return f"{_ascii(p.family)[:1].upper() or 'D'}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}"
        if c == "IN":
            return (
                f"{rng.choice(('MH', 'KA', 'TN'))}{rng.randint(1, 50):02d} {rng.randint(2005, 2022)}{_digits(rng, 7)}"
            )
        if c == "CA":
            return f"{_ascii(p.family)[:1].upper() or 'S'}{_digits(rng, 4)}-{_digits(rng, 5)}-{_digits(rng, 5)}"
        return rng.choice((_digits(rng, 9, first_nonzero=True), _letters(rng, 2) + _digits(rng, 6)))

    def passport(self) -> str:
        rng, c = self.rng, self.country
        if c == "IN":
            return _letters(rng, 1) + _digits(rng, 7, first_nonzero=True)
        if c in {"AU", "IE", "NZ"}:
            return _letters(rng, 2) + _digits(rng, 7)
        if c == "CA":
            return _letters(rng, 2) + _digits(rng, 6)
        return _digits(rng, 9, first_nonzero=True)

    # ---- dates -------------------------------------------------------------------------------
    def date(self, d: dt.date, *, short: bool = False) -> str:
        """One date in a random style usual for the country (``short``: day and month only)."""
        rng = self.rng
        us = self.us_order if rng.random() < 0.9 else not self.us_order
        month, mon = _MONTHS[d.month - 1], _MONTHS[d.month - 1][:3]
        if short:
            styles = (
                f"{d.month}/{d.day}" if us else f"{d.day}/{d.month}",
                f"{d.month:02d}/{d.day:02d}" if us else f"{d.day:02d}/{d.month:02d}",
                f"{month} {d.day}" if us else f"{d.day} {month}",
                f"{mon} {_ordinal(d.day)}" if us else f"{_ordinal(d.day)} {mon}",
                f"{_WEEKDAYS[d.weekday()]} {_ordinal(d.day)}"
                if rng.random() < 0.3
                else f"{_WEEKDAYS[d.weekday()][:3]} {d.day} {mon}",
                f"{d.day}-{mon}",
            )
            return rng.choice(styles)
        numeric = (
            f"{d.month:02d}/{d.day:02d}/{d.year}" if us else f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.month}/{d.day}/{d.year % 100:02d}" if us else f"{d.day}/{d.month}/{d.year % 100:02d}",
            f"{d.month}/{d.day}/{d.year}" if us else f"{d.day}.{d.month:02d}.{d.year}",
            f"{d.month:02d}-{d.day:02d}-{d.year}" if us else f"{d.day:02d}-{d.month:02d}-{d.year}",
        )
        worded = (
            f"{month} {d.day}, {d.year}" if us else f"{d.day} {month} {d.year}",
            f"{mon} {d.day}, {d.year}" if us else f"{d.day} {mon} {d.year}",
            f"{d.day:02d}-{mon.upper()}-{d.year}",
            f"{d.day:02d}{mon}{d.year}",
            f"{_ordinal(d.day)} {month} {d.year}" if not us else f"{month} {_ordinal(d.day)}, {d.year}",
            f"{_WEEKDAYS[d.weekday()]}, {month} {d.day}, {d.year}"
            if us
            else f"{_WEEKDAYS[d.weekday()]} {d.day} {month} {d.year}",
            f"{d.day}-{mon}-{d.year % 100:02d}",
        )
        roll = rng.random()
        if roll < 0.45:
            return rng.choice(numeric)
        if roll < 0.55:
            return d.isoformat()
        return rng.choice(worded)

    def timestamp(self, d: dt.date, at: tuple[int, int] | None = None) -> str:
        rng = self.rng
        h, m = at or (rng.randint(7, 21), rng.randint(0, 59))
        hm = f"{h:02d}:{m:02d}"
        ampm = f"{(h - 1) % 12 + 1}:{m:02d} {'PM' if h >= 12 else 'AM'}"
        styles = (
            f"{self.date(d)} {hm}",
            f"{self.date(d)} at {ampm.lower()}",
            f"{d.isoformat()}T{hm}:{rng.randint(0, 59):02d}",
            f"{self.date(d)}, {h:02d}{m:02d}h",
            f"{self.date(d)} {ampm}",
            f"{hm} {self.date(d)}",
            f"{self.date(d, short=True)} {ampm.lower().replace(' ', '')}",
        )
        return rng.choice(styles)


# ---------------------------------------------------------------------------------------------
# English templates: ``<<KIND:key>>`` gold, ``{key}`` filler
# ---------------------------------------------------------------------------------------------
EN_BLIND4_TEMPLATES: dict[str, str] = {
    "gp_referral_letter": """<<ORG:practice>>
<<ADDRESS:practice_street>>
<<ADDRESS:practice_tail>>
Tel: <<PHONE:practice_phone>>    Fax: <<PHONE:practice_fax>>

<<DATE:d_letter>>

Dr <<PERSON:spec_name>>
{dept} Outpatients
<<ORG:hospital>>
<<ADDRESS:hosp_addr>>

Dear Dr <<PERSON:spec_last>>,

Re: <<PERSON:pt_name>>, DOB <<DATE:pt_dob>>, {natid_label} <<ID:pt_natid_alt>>
<<ADDRESS:pt_addr>>. Mobile <<PHONE:pt_phone_alt>>

Thank you for seeing this <<AGE:pt_age>>-year-old {pt_man}, whom I reviewed on <<DATE:d_visit>> with {complaint} \
over {duration}. \
{pt_he_c} was seen by my colleague Dr <<PERSON:gp2_name>> on <<DATE:d_prev1>>, when {pt_his} {lab1} was {lab1_val}; \
a repeat \
on <<DATE:d_short1>> was no better. Background: {dx}; {eponym}.

{pt_he_c} lives with {pt_his} {nok_rel}, <<PERSON:nok_given>>, who is happy to be contacted on <<PHONE:nok_phone>>. \
<<PERSON:pt_call>> prefers correspondence by e-mail (<<EMAIL:pt_email>>). {pt_he_c} is flying to \
<<LOCATION:travel_place>> \
on <<DATE:d_travel>> for {duration2}, so an appointment before then would be much appreciated.

Current medication: {drug1} {dose1}; {drug2} {dose2}.
Allergies: {allergy}.

Yours sincerely,


<<PERSON:gp_name>>{gp_cred}
{gp_word}
{gp_id_label} <<ID:gp_provider_id>>

cc: {pt_title} <<PERSON:pt_init_last>> (patient)
""",
    "specialist_clinic_letter": """<<ORG:hospital>> — Department of {dept}
<<ADDRESS:hosp_addr>> | Appointments <<PHONE:hosp_phone>> | <<URL:hosp_url>>

Consultant: Dr <<PERSON:spec_name>>        Clinic date: <<DATE:d_visit>>
Dictated <<DATE:d_dict>>, typed <<DATE:d_typed>> by <<PERSON:sec_name>>
Hospital No: <<ID:pt_mrn>>   {natid_label}: <<ID:pt_natid>>

PRIVATE & CONFIDENTIAL
Dr <<PERSON:gp_init_last>>
<<ORG:practice>>
<<ADDRESS:practice_addr>>

Dear <<PERSON:gp_given>>,

<<PERSON:pt_last_first>> — DOB <<DATE:pt_dob>> — <<ADDRESS:pt_street>>, <<LOCATION:pt_city>>

Diagnoses: 1. {dx}  2. {eponym}
Plan: start {drug1} {dose1}; stop {drug2}; {lab2} in six weeks.

I saw <<PERSON:pt_call>> today with {pt_his} {nok_rel}, <<PERSON:nok_name>>. {pt_he_c} describes {complaint} \
for {duration}. Results from <<ORG:lab>> dated <<DATE:d_prev1>> showed {lab1} {lab1_val}. {pt_his_c} brother \
<<PERSON:rel2_given>>, who lives in <<LOCATION:rel2_city>>, had similar problems in his fifties, and I have \
suggested he \
asks his own GP about screening. On examination {test1}; BP {bp}.

I will see {pt_him} again in the satellite clinic at <<ORG:hospital2>> on <<DATE:d_next>>. If there is \
deterioration in the meantime please ring my secretary on <<PHONE:spec_phone>> or e-mail <<EMAIL:spec_email>>.

With kind regards

Dr <<PERSON:spec_name>>
{spec_role}
{spec_id_label} <<ID:spec_id>>

cc: <<PERSON:pt_name>>, <<ADDRESS:pt_addr>>
    Dr <<PERSON:cc1_name>>, {dept2}, <<ORG:hospital2>>
    <<PERSON:cc2_name>>, Clinical Nurse Specialist — <<EMAIL:cc2_email>>
""",
    "telephone_encounter": """TELEPHONE ENCOUNTER
Patient: <<PERSON:pt_upper>>    MRN: <<ID:pt_mrn_alt>>    DOB: <<DATE:pt_dob>>
Call received: <<DATE:d_call_ts>>    Call-back number: <<PHONE:nok_phone>>
Caller: <<PERSON:nok_name>> ({nok_rel}); identity checked against DOB and address on file (<<ADDRESS:pt_street>>).
Taken by: <<PERSON:nurse_name>>, RN

S: {nok_rel_cap} says {pt_he} has had {complaint} since <<DATE:d_onset>>, worse since the weekend. Seen at \
<<ORG:urgent_care>> on <<DATE:d_prev1>> and given {drug3}. Still taking {drug1} {dose1}. No chest pain. Neighbour \
<<PERSON:neighbour_name>> checks on {pt_him} each morning.
O: n/a (phone). Last BP in chart {bp} on <<DATE:d_prev2>>.
A/P: advised to attend if worse. Appointment booked with Dr <<PERSON:gp_last>> for <<DATE:d_next_ts>>. Message routed \
to <<PERSON:gp2_name>> (covering) for review of {lab1}.

Call-back <<DATE:d_call2_ts>>: no answer on home line <<PHONE:pt_phone>>; voicemail left on mobile \
<<PHONE:pt_phone2>>. Spoke to <<PERSON:nok_given>> instead, who will bring {pt_him} in.

Electronically signed: <<PERSON:nurse_name>>, RN  <<DATE:d_sign_ts>>
""",
    "home_health_visit": """<<ORG:homehealth>> — SKILLED NURSING VISIT
Office <<PHONE:agency_phone>> · Fax <<PHONE:agency_fax>>

Patient: <<PERSON:pt_last_first>>    Agency ID <<ID:agency_pt_id>>    Payer: <<ORG:insurer>> <<ID:member_id>>
Address: <<ADDRESS:pt_addr>>    Home <<PHONE:pt_phone>>
Visit date: <<DATE:d_visit>>   Time in {time_in}   Time out {time_out}
Age: <<AGE:pt_age>>   Certifying physician: Dr <<PERSON:gp_name>> ({gp_id_label} <<ID:gp_provider_id>>)

Homebound status: leaves home only for medical appointments with assistance of {pt_his} {nok_rel} \
<<PERSON:nok_given>> (cell <<PHONE:nok_phone>>), who drives over from <<LOCATION:nok_city>> on weekends.
Primary caregiver: <<PERSON:carer_name>>, aide with <<ORG:carer_agency>> (<<PHONE:carer_phone>>), weekdays.

Vitals: BP {bp}, HR {hr}, SpO2 {spo2} on RA, weight {weight}. {test1}.
Skin: stage 2 sacral pressure injury, 2.1 x 1.4 cm, cleansed and dressed. Previous measurement <<DATE:d_short1>>.
Medications reconciled against <<ORG:pharmacy>> profile (Rx <<ID:rx_no>>, <<ID:rx_no2>>): {drug1} {dose1}, {drug2} \
{dose2}.
Teaching: signs of infection; {eponym} medication timing.
Emergency plan: spare key with neighbour <<PERSON:neighbour_name>> at <<ADDRESS:neighbour_addr>> \
(<<PHONE:neighbour_phone>>).

Next SN visit <<DATE:d_next>>. PT (<<PERSON:ther_name>>) to see on <<DATE:d_short2>>.
Clinician: <<PERSON:nurse_name>>, RN — e-signed <<DATE:d_sign_ts>>
""",
    "district_nurse_visit": """<<ORG:community_trust>>
District Nursing — Home Visit Record

Name: <<PERSON:pt_name>>    {natid_label} <<ID:pt_natid>>    D.O.B. <<DATE:pt_dob>>
Address: <<ADDRESS:pt_street>>, <<ADDRESS:pt_tail>>    Key safe: yes (code held by team)
GP: Dr <<PERSON:gp_init_last>>, <<ORG:practice>>    NOK: <<PERSON:nok_name>> ({nok_rel}) <<PHONE:nok_phone>>

<<DATE:d_visit_ts>>
Visited for leg ulcer care and catheter review. <<PERSON:pt_call>> was sat in the front room, {pt_his} \
{rel2_rel} <<PERSON:rel2_given>> visiting from <<LOCATION:rel2_city>>. {pt_he_c} tells me {pt_he} turned \
<<AGE:pt_age>> last month and had a card from the Palace. Doppler ABPI 0.9. Compression reapplied.
Catheter (Foley 14 Ch) changed; next due <<DATE:d_short1>>. Waterlow reassessed: {waterlow}.
Meds: {drug1} {dose1} — blister pack from <<ORG:pharmacy>>, delivered Thursdays by <<PERSON:pharm_given>>.
Carers from <<ORG:carer_agency>> visit QDS; today's carer <<PERSON:carer_name>> reports reduced appetite.
Discussed with Dr <<PERSON:gp_last>> by phone (<<PHONE:practice_phone>>) — bloods requested, {lab1}.

Next visit <<DATE:d_next>>.
<<PERSON:nurse_name>>, Community Staff Nurse    Base: <<ADDRESS:practice_addr>>    Team mobile <<PHONE:nurse_phone>>
""",
    "pharmacy_medrec_call": """MEDICATION RECONCILIATION — TELEPHONE
Pharmacist: <<PERSON:pharm_name>>, PharmD    <<ORG:pharmacy>>, <<ADDRESS:pharmacy_addr>>    Ph <<PHONE:pharmacy_phone>>
Date/time: <<DATE:d_call_ts>>

Patient: <<PERSON:pt_name_exact>> ("<<PERSON:pt_call>>")    DOB <<DATE:pt_dob>>    Ph <<PHONE:pt_phone>>
Also on the call: {rel2_rel} <<PERSON:rel2_name>> (on speaker). Identity confirmed by name + DOB.
Insurance: <<ORG:insurer>>, member <<ID:member_id>>, group <<ID:group_no>>, BIN {bin}, PCN {pcn}

| Medication | Prescriber | Last fill | Notes |
| {drug1} {dose1} | Dr <<PERSON:spec_last>> (<<ORG:hospital>>) | <<DATE:d_fill1>> | Rx <<ID:rx_no>> |
| {drug2} {dose2} | Dr <<PERSON:gp_last>> | <<DATE:d_fill2>> | filled at <<ORG:pharmacy2>> |
| {drug3} | — | — | taking {pt_his} {nok_rel} <<PERSON:nok_given>>'s supply |

Discrepancies: duplicate {drug1} on discharge list from <<DATE:d_prev1>>; patient stopped {drug2} on \
<<DATE:d_short1>> after a fall. Also reports OTC ibuprofen.
Plan: faxed PCP Dr <<PERSON:gp_name>> at <<PHONE:practice_fax>>; blister packing from <<DATE:d_next>>; \
delivery to <<ADDRESS:pt_addr>>. Follow-up call booked.

<<PERSON:pharm_name>>
""",
    "physio_initial_assessment": """<<ORG:ther_clinic>> — Physiotherapy Initial Assessment
Clinician: <<PERSON:ther_name>> ({ther_reg_label} <<ID:ther_reg>>)    Date: <<DATE:d_visit>>

Client: <<PERSON:pt_name>>    DOB: <<DATE:pt_dob>>    Ph: <<PHONE:pt_phone_alt>>    Email: <<EMAIL:pt_email>>
Referred by: Dr <<PERSON:gp_init_last>>, <<ORG:practice>> (referral dated <<DATE:d_ref>>)
Funding: <<ORG:insurer>> claim <<ID:claim_no>>    Employer: <<ORG:employer>>

HPC: Injured <<DATE:d_onset>> lifting stock at work ({occupation}) in <<LOCATION:work_town>>. Seen at \
<<ORG:urgent_care>> \
same day; X-ray NAD. Pain 6/10, worse with sitting. Past hx: {eponym}.
Social: lives with partner <<PERSON:nok_given>> and two children; plays weekend netball/footy with \
<<ORG:sports_club>>. \
Manager <<PERSON:manager_name>> has offered light duties.
O/E: {test1}; {test2}. Lumbar flexion limited to knee level.
Impression: mechanical low back pain, no red flags.
Plan: 6 sessions; home exercise programme at <<URL:hep_url>>. Review <<DATE:d_next>> with <<PERSON:ther2_given>> \
(I am on leave from <<DATE:d_short1>>). Report to case manager <<PERSON:cm_name>> <<EMAIL:cm_email>>.

<<PERSON:ther_name>>
""",
    "ot_home_assessment": """OCCUPATIONAL THERAPY — HOME ENVIRONMENT ASSESSMENT
Service: <<ORG:community_trust>>    OT: <<PERSON:ther_name>>    Student: <<PERSON:ther2_given>>
Visit: <<DATE:d_visit>>    Referral from: <<PERSON:sw_name>>, social worker (<<PHONE:sw_phone>>)

Client: <<PERSON:pt_last_first>>    Age <<AGE:pt_age_w>>    ID <<ID:pt_mrn>>
Home: <<ADDRESS:pt_addr>> — two-storey terrace, 3 steps to front door, bathroom upstairs.
Present: client, {pt_his} {nok_rel} <<PERSON:nok_name>> and son-in-law <<PERSON:rel3_name>>.

Function: mobilises with frame indoors. Transfers: bed with minimal assist; toilet — unable to rise without rail. \
{test1}. Falls: three since <<DATE:d_prev1>>, last on <<DATE:d_short1>> in the kitchen. {eponym}.
Equipment: raised toilet seat, perching stool, 2 x grab rails and a bed lever ordered from <<ORG:dme_co>> \
(order <<ID:claim_no>>); delivery expected <<DATE:d_next>>. Pendant alarm via <<ORG:carer_agency>>, contact numbers \
<<PHONE:nok_phone>> and <<PHONE:rel2_phone>>.
Driving: still drives ({pt_his} car <<ID:pt_plate>>); advised to discuss with GP.

<<PERSON:ther_name>>, Occupational Therapist
""",
    "school_fitness_certificate": """<<ORG:practice>>
<<ADDRESS:practice_addr>> · <<PHONE:practice_phone>>

MEDICAL CERTIFICATE (SCHOOL)

To: The Principal, <<ORG:school>>
Attn: <<PERSON:teacher_name>> (class teacher) and <<PERSON:school_nurse>> (school nurse)

This is to certify that <<PERSON:pt_name>> (date of birth <<DATE:pt_dob>>; student no. <<ID:student_id>>), of \
<<ADDRESS:pt_street>>, was examined by me on <<DATE:d_visit>>. {pt_he_c} has {child_dx} and was unfit to attend \
school from <<DATE:d_cert_from>> to <<DATE:d_cert_to>> inclusive. {pt_he_c} may return on <<DATE:d_return>> but \
should be excused from PE and swimming until <<DATE:d_short1>>.
{pt_he_c} needs {child_med} available at school; parent <<PERSON:nok_name>> will bring it in. Emergency contacts: \
<<PHONE:nok_phone>> / <<PHONE:rel2_phone>> (<<PERSON:rel2_given>>).

Signed: Dr <<PERSON:gp_name>>    {gp_id_label} <<ID:gp_provider_id>>
Date: <<DATE:d_letter>>
""",
    "work_fitness_note": """STATEMENT OF FITNESS FOR WORK
Patient's name: <<PERSON:pt_upper>>    Date of birth: <<DATE:pt_dob>>    Employee no. <<ID:employee_no>>
Employer: <<ORG:employer>>, <<ADDRESS:employer_addr>>
FAO: <<PERSON:manager_name>> (line manager) <<EMAIL:manager_email>> · HR <<PHONE:hr_phone>>

I assessed your case on: <<DATE:d_visit>>
because of: {dx2}
and I advise that you may be fit for work taking account of the following advice:
[x] a phased return to work   [x] amended duties   [ ] altered hours   [ ] workplace adaptations
Comments: no driving of company vehicles (reg <<ID:pt_plate>>) or forklifts while on {drug3}; licence \
<<ID:pt_dl>> not surrendered. Please review with occupational health (<<ORG:occ_health>>, <<PERSON:cc1_name>>).
This will be the case from <<DATE:d_cert_from>> to <<DATE:d_cert_to>>.
I will need to assess your fitness for work again at the end of this period.

Doctor's signature: <<PERSON:gp_name>>    Date of statement: <<DATE:d_letter>>
<<ORG:practice>>, <<ADDRESS:practice_street>>, <<ADDRESS:practice_tail>>
""",
    "prior_authorization_letter": """<<ORG:practice>>
<<ADDRESS:practice_addr>>
Phone <<PHONE:practice_phone>> | Fax <<PHONE:practice_fax>>

<<DATE:d_letter>>

<<ORG:insurer>> — Utilization Management / Pharmacy Prior Authorization
Attn: <<PERSON:reviewer_name>>, RN, Clinical Reviewer
Fax: <<PHONE:insurer_fax>>    Case reference: <<ID:pa_ref>>

RE: Letter of medical necessity — {drug1} {dose1}
Member: <<PERSON:pt_name>>    Member ID: <<ID:member_id>>    Group: <<ID:group_no>>    DOB: <<DATE:pt_dob>>
Prescriber: <<PERSON:gp_name>>, MD    {gp_id_label} <<ID:gp_provider_id>>    DEA <<ID:dea_no>>

To whom it may concern,

I am writing on behalf of my patient, <<PERSON:pt_given>> <<PERSON:pt_family>>, to appeal the denial dated \
<<DATE:d_prev3>> (claim <<ID:claim_no>>). {pt_he_c} has {dx2} and {eponym}. {pt_he_c} tried {drug2} from \
<<DATE:d_prev1>> \
to <<DATE:d_prev2>> without benefit ({lab1} {lab1_val}), and could not tolerate {drug3}. The request was reviewed by \
your medical director, Dr <<PERSON:peer_name>>, during a peer-to-peer call on <<DATE:d_short1>> \
(<<PHONE:insurer_phone>>).

Supporting records from <<ORG:hospital>> are attached, and the online form was submitted at <<URL:form_url>>.
Please direct questions to my nurse <<PERSON:nurse_name>> at <<PHONE:nurse_phone>> or <<EMAIL:nurse_email>>.

Sincerely,
<<PERSON:gp_name>>, MD
""",
    "patient_portal_thread": """Patient portal — message thread (<<URL:portal_url>>)
Subject: refill + question about {drug1}

From: <<PERSON:pt_name>> <<<EMAIL:pt_email>>>    Sent: <<DATE:d_msg1>>
hi dr <<PERSON:gp_last_lc>>, this is <<PERSON:nok_given_lc>> (<<PERSON:pt_given_lc>>'s {nok_rel}) writing on \
{pt_his} account. \
{pt_he}s been really dizzy since the new dose on the <<DATE:d_short1>>. also can the refill go to the \
<<ORG:pharmacy>> on <<ADDRESS:pharmacy_addr>> not the mail order? my cell is <<PHONE:nok_phone>> thx

From: <<PERSON:nurse_name>>, RN (for Dr <<PERSON:gp_last>>)    Sent: <<DATE:d_msg2>>
Hi <<PERSON:nok_given>>, thanks for letting us know. Please hold {drug1} tonight and check {pt_his} BP. Dr \
<<PERSON:gp_last>> would like to see {pt_him} on <<DATE:d_next_ts>>; a video visit is fine: <<URL:tele_url>>. \
Refill sent to <<ORG:pharmacy>> (ph <<PHONE:pharmacy_phone>>).

From: <<PERSON:pt_given_lc>> <<PERSON:pt_family_lc>>    Sent: <<DATE:d_msg3>>
ok. BP was {bp} this am. my {rel2_rel} <<PERSON:rel2_given_lc>> can drive me, her # is <<PHONE:rel2_phone>>. \
also pls update my email to <<EMAIL:pt_email2>>

From: <<PERSON:gp_name>>{gp_cred}    Sent: <<DATE:d_msg4>>
Thanks — see you then. Email updated.
""",
    "care_coordination_email": """From: <<PERSON:cm_name>> <<<EMAIL:cm_email>>>
To: <<EMAIL:sw_email>>; <<EMAIL:nurse_email>>
Cc: Dr <<PERSON:gp_name>> <<<EMAIL:gp_email>>>
Sent: <<DATE:d_msg1>>
Subject: <<PERSON:pt_initials>> / MRN <<ID:pt_mrn>> — discharge home, services needed

Hi <<PERSON:sw_given>> and <<PERSON:nurse_given>>,

Quick summary for tomorrow's huddle. <<PERSON:pt_name>> ({pt_title}, <<AGE:pt_age>>, DOB <<DATE:pt_dob>>) is being \
discharged from <<ORG:hospital>> on <<DATE:d_discharge>> after an admission for {dx2}. Lives alone at \
<<ADDRESS:pt_addr>>; {pt_his} {nok_rel} <<PERSON:nok_name>> is in <<LOCATION:nok_city>> and can only visit monthly \
(<<PHONE:nok_phone>>, <<EMAIL:nok_email>>).

Needs: home nursing via <<ORG:homehealth>> (intake <<PHONE:agency_phone>>), meals on wheels, {drug1} blister packs \
from <<ORG:pharmacy>>. {pt_his_c} previous care coordinator was <<PERSON:cc1_name>> at <<ORG:hospital2>>.
<<PERSON:sw_given>> — could you check {pt_his} <<ORG:insurer>> cover (member <<ID:member_id>>)?

Thanks,
<<PERSON:cm_given>>

<<PERSON:cm_name>> | Care Coordinator | <<ORG:practice>> | direct <<PHONE:cm_phone>>

-----Original Message-----
From: <<PERSON:nurse_name>>
Sent: <<DATE:d_msg2>>
Re: falls risk — <<PERSON:pt_given>> mentioned {pt_his} neighbour <<PERSON:neighbour_given>> found {pt_him} on the \
floor on <<DATE:d_short1>>. Neighbour's number is <<PHONE:neighbour_phone>>.
""",
    "hospice_family_meeting": """<<ORG:hospice>> — FAMILY MEETING NOTE
Date/time: <<DATE:d_visit_ts>>    Venue: family room / video link <<URL:tele_url>>

Patient: <<PERSON:pt_name>>, <<AGE:pt_age>> years    Hospice no. <<ID:pt_mrn>>    DOB <<DATE:pt_dob>>
Present: <<PERSON:nok_name>> ({nok_rel}, health-care proxy); <<PERSON:rel2_name>> ({rel2_rel}, joined by phone from \
<<LOCATION:rel2_city>>); grandchild <<PERSON:rel3_given>>; Dr <<PERSON:spec_name>> (palliative medicine); \
<<PERSON:sw_name>> (social work); Chaplain <<PERSON:chaplain_name>>; <<PERSON:nurse_name>>, RN.

Summary: <<PERSON:pt_call>> has {dx} with progressive decline since <<DATE:d_prev1>>; PPS 30%. Oral intake minimal. \
{pt_he_c} has said {pt_he} wishes to die at home at <<ADDRESS:pt_street>>, near {pt_his} late {spouse_word}'s family \
in <<LOCATION:pt_origin>>.
Discussion: DNACPR confirmed (form dated <<DATE:d_prev2>>). {drug1} {dose1} via syringe driver if needed. \
<<PERSON:rel2_given>> asks whether {pt_his} sister <<PERSON:other_pt_name>>, aged <<AGE:other_pt2_age>>, can visit \
from <<ORG:care_home>>.
Plan: transfer home with <<ORG:homehealth>> on <<DATE:d_next>>; equipment from <<ORG:dme_co>>; \
bereavement contact <<PERSON:cc2_name>> <<PHONE:hospice_phone>>.

Recorded by <<PERSON:sw_name>>, MSW
""",
    "immunisation_record": """IMMUNISATION RECORD — <<ORG:practice>>
Name: <<PERSON:pt_last_first>>    DOB: <<DATE:pt_dob>>    Registry ID: <<ID:imm_reg_id>>    {natid_label} \
<<ID:pt_natid_alt>>

Vaccine                         | Date            | Lot       | Site        | Given by            | Where
{vac1} | <<DATE:d_dose1>> | {lot1} | L deltoid   | <<PERSON:nurse_init_last>> | <<ORG:pharmacy>>
{vac2} | <<DATE:d_dose2>> | {lot2} | R deltoid   | <<PERSON:nurse2_name>>      | <<ORG:practice>>
{vac3} | <<DATE:d_dose3>> | {lot3} | L deltoid   | self-reported (given in <<LOCATION:pt_origin>>) |
{vac4} | <<DATE:d_dose4>> | —         | —           | declined             |

Travel consultation <<DATE:d_visit>>: travelling to <<LOCATION:travel_place>> and <<LOCATION:travel_place2>> \
from <<DATE:d_travel>> for {duration2}, staying with friends. Passport <<ID:pt_passport>> recorded for the ICVP.
Advised on malaria prophylaxis ({antimalarial}), Japanese encephalitis risk and rabies. Consent from patient; \
chaperone \
<<PERSON:nurse2_name>>.
Next due: {vac2} booster on or after <<DATE:d_next>>. Reminder to <<PHONE:pt_phone>> / <<EMAIL:pt_email>>.
""",
    "interpreter_assisted_visit": """CLINIC VISIT — INTERPRETER PRESENT
Date: <<DATE:d_visit>>    Provider: <<PERSON:gp_name>>{gp_cred}    Clinic: <<ORG:practice>>
Patient: <<PERSON:pt_name>> (prefers <<PERSON:pt_call>>)    MRN <<ID:pt_mrn_alt>>    Preferred language: {interp_lang}
Interpreter: <<PERSON:interp_name>>, ID #<<ID:interp_id>>, <<ORG:interp_agency>> (by video, <<PHONE:interp_phone>>)
Patient declined family interpretation by {pt_his} {nok_rel} <<PERSON:nok_given>>, who waited outside.

HPI: <<AGE:pt_age>> y/o {pt_man}, arrived from <<LOCATION:pt_origin>> on <<DATE:d_prev1>> to join family \
in <<LOCATION:pt_city>>. Previously treated at <<ORG:hospital2>> for {dx}; brought a letter from Dr \
<<PERSON:cc1_name>> dated <<DATE:d_prev2>>. Reports {complaint} for {duration}.
Meds (from boxes): {drug1} {dose1}; {drug2}.
Assessment/Plan: {dx2}. Labs today. Registered with <<ORG:pharmacy>>. Passport <<ID:pt_passport>> copied for \
registration; temporary address c/o <<PERSON:nok_name>>, <<ADDRESS:nok_addr>>, phone <<PHONE:nok_phone>>.
Follow-up <<DATE:d_next>> with the same interpreter if possible (<<PERSON:interp_name>> requested).
""",
    "care_home_gp_round": """<<ORG:care_home>> — GP WARD ROUND
Date: <<DATE:d_visit>>    GP: Dr <<PERSON:gp_name>> (<<ORG:practice>>)    Nurse in charge: <<PERSON:nurse_name>>
Home tel <<PHONE:care_home_phone>>

1. <<PERSON:pt_last_first>>, Room {room}, DOB <<DATE:pt_dob>>, {natid_label} <<ID:pt_natid>>
   Age <<AGE:pt_age>>. {dx}; {eponym}. Two falls this week (<<DATE:d_short1>>, <<DATE:d_short2>>). \
Stop {drug2}. {nok_rel_cap} <<PERSON:nok_name>> informed by phone <<PHONE:nok_phone>> and asked that \
<<PERSON:rel2_given>> in <<LOCATION:rel2_city>> is also told.
2. <<PERSON:other_pt_name>>, Room {room2} — chest infection improving; complete {drug3}. Son <<PERSON:rel3_name>> \
visiting.
3. <<PERSON:other_pt2_name>> (<<AGE:other_pt2_age>>) — weight loss; refer dietitian. Notes transferred from \
<<ORG:hospital>> under <<ID:other_pt_mrn>>.
4. Mrs <<PERSON:other_pt3_family>> — scalp lesion noticed by the visiting hairdresser; photo taken, 2WW referral. BP \
{bp}.

Next round <<DATE:d_next>>. Prescriptions to <<ORG:pharmacy>> (<<PHONE:pharmacy_phone>>).
""",
    "community_midwife_booking": """COMMUNITY MIDWIFERY — BOOKING APPOINTMENT
Midwife: <<PERSON:nurse_name>> (team mobile <<PHONE:nurse_phone>>)    Location: <<ORG:practice>>
Date: <<DATE:d_visit>>    Hospital no. <<ID:pt_mrn>>

Woman: <<PERSON:pt_name>>    DOB <<DATE:pt_dob>>    {natid_label} <<ID:pt_natid>>
Address: <<ADDRESS:pt_addr>>    Mobile <<PHONE:pt_phone>>    Email <<EMAIL:pt_email>>
Partner: <<PERSON:nok_name>> (<<PHONE:nok_phone>>), works at <<ORG:employer>>
LMP <<DATE:d_lmp>>    EDD by dates <<DATE:d_edd>>    G2P1 — first baby <<PERSON:rel3_given>> born at \
<<ORG:hospital2>> on <<DATE:d_prev1>> by emergency LSCS.

Hx: {preg_hx}. Family hx: mother has {eponym}. Moved from <<LOCATION:pt_origin>> {duration} ago; GP records \
requested from \
Dr <<PERSON:cc1_name>>.
Plan: dating scan at <<ORG:hospital>> — letter to follow; bloods today; folic acid 400 mcg daily. Interpreter not \
needed.
Safeguarding: nil. Consent for data sharing with health visitor <<PERSON:cc2_name>>.
""",
    "dme_delivery_note": """<<ORG:dme_co>> — EQUIPMENT DELIVERY & SET-UP
Delivery ticket <<ID:claim_no>>    Date <<DATE:d_visit_ts>>    Technician <<PERSON:ther_name>>

Deliver to: <<PERSON:pt_name>>, <<ADDRESS:pt_addr>>
Contact on site: <<PERSON:nok_name>> <<PHONE:nok_phone>>    Alt: <<PHONE:pt_phone>>
Ordering clinician: Dr <<PERSON:spec_name>>, <<ORG:hospital>> (order dated <<DATE:d_ref>>)
Payer: <<ORG:insurer>>, ID <<ID:member_id>>, prior auth <<ID:pa_ref>>

Items: CPAP (serial <<ID:device_sn>>), humidifier, full-face mask M; hospital bed with pressure mattress; \
oxygen concentrator 2 L/min.
Set-up: demonstrated to patient and {nok_rel}; nightly use target 4 h; data card uploads to <<URL:portal_url>>.
Old concentrator collected (serial <<ID:device_sn2>>), previously registered to <<PERSON:other_pt_name>> — \
asset record corrected.
Patient signature: <<PERSON:pt_initials>>    Next check <<DATE:d_next>>.
""",
    "post_discharge_call": """TRANSITIONAL CARE — 48-HOUR POST-DISCHARGE CALL
Caller: <<PERSON:nurse_name>>, RN Care Manager, <<ORG:practice>>
Call date: <<DATE:d_call_ts>>    Discharge: <<ORG:hospital>>, <<DATE:d_discharge>>    Admit <<DATE:d_admit>>

Spoke with: patient <<PERSON:pt_name>> and {pt_his} {nok_rel} <<PERSON:nok_given>> on <<PHONE:pt_phone_alt>>.
DOB <<DATE:pt_dob>> verified.
Dx: {dx2}. Discharge meds reviewed: new {drug1} {dose1}; {drug2} dose changed; {drug3} stopped. Patient has \
the discharge summary from Dr <<PERSON:spec_name>>.
Follow-up: PCP visit with Dr <<PERSON:gp_last>> on <<DATE:d_next_ts>> (within 7 days); {dept} clinic \
<<DATE:d_short2>>. Transport via <<ORG:carer_agency>>. Home health referral to <<ORG:homehealth>> accepted \
(<<PHONE:agency_phone>>).
Red flags reviewed. Pt would like results sent to <<EMAIL:pt_email>> and copy to {pt_his} son <<PERSON:rel2_name>> \
<<EMAIL:rel2_email>> (consent on file <<DATE:d_prev3>>).
Time spent 22 min.
""",
    "community_mental_health_letter": """<<ORG:community_trust>> — Community Mental Health Team
<<ADDRESS:practice_addr>> · Duty line <<PHONE:practice_phone>>

<<DATE:d_letter>>

Dr <<PERSON:gp_name>>
<<ORG:practice>>

Dear Dr <<PERSON:gp_last>>

<<PERSON:pt_name>> (<<DATE:pt_dob>>), <<ADDRESS:pt_addr>> — {natid_label} <<ID:pt_natid_alt>>

I reviewed <<PERSON:pt_given>> at home on <<DATE:d_visit>> with my colleague <<PERSON:nurse_name>>, CPN. \
{pt_he_c} has {dx2}; PHQ-9 today {phq9}. {pt_he_c} lost {pt_his} job at <<ORG:employer>> on <<DATE:d_prev2>> \
and split from {pt_his} partner <<PERSON:nok_name>>, who has since moved to \
<<LOCATION:nok_city>>. {pt_he_c} spends most days with {pt_his} friend <<PERSON:neighbour_name>> \
(<<PHONE:neighbour_phone>>), \
whom {pt_he} has named as a safety contact.

Plan: increase {drug1} to {dose1}; weekly CPN contact; crisis numbers given. {pt_he_c} asked us to use {pt_his} new \
mobile, <<PHONE:pt_phone2>>, and not to write to the old address.

Yours sincerely

<<PERSON:spec_name>>
Consultant Psychiatrist, {spec_id_label} <<ID:spec_id>>
cc: <<PERSON:pt_name>>; <<PERSON:cc2_name>>, care co-ordinator
""",
    "lab_result_callback": """RESULT NOTIFICATION LOG — <<ORG:practice>>
Result: {lab1} {lab1_val} (collected <<DATE:d_prev1>>, reported <<DATE:d_prev2>> by <<ORG:lab>>, accession \
<<ID:claim_no>>)
Patient: <<PERSON:pt_upper>>, MRN <<ID:pt_mrn>>, DOB <<DATE:pt_dob>>
Flagged for: Dr <<PERSON:gp_name>> — "please call today"

Attempt 1 <<DATE:d_call_ts>> to <<PHONE:pt_phone>>: number not in service.
Attempt 2 <<DATE:d_call2_ts>> to work number <<PHONE:pt_phone2>> (<<ORG:employer>>): spoke to colleague \
<<PERSON:manager_name>>, no details given, asked for call back.
Attempt 3: emergency contact <<PERSON:nok_name>> ({nok_rel}) <<PHONE:nok_phone>> — confirmed pt now staying at \
<<ADDRESS:nok_addr>> and has a new mobile <<PHONE:pt_phone_alt>>.
Reached patient <<DATE:d_sign_ts>>. Advised to attend <<ORG:urgent_care>> today; {pt_he} agreed. Demographics \
updated; email <<EMAIL:pt_email2>> added.
Logged by <<PERSON:nurse_name>>
""",
}


# ---------------------------------------------------------------------------------------------
# English: one note's values
# ---------------------------------------------------------------------------------------------
_EN_TEMPLATE_COUNTRIES: Final[dict[str, tuple[str, ...]]] = {
    "prior_authorization_letter": ("US",),
    "home_health_visit": ("US", "CA"),
    "district_nurse_visit": ("GB", "IE", "AU", "NZ"),
    "work_fitness_note": ("GB", "IE", "AU", "NZ", "CA", "IN"),
    "community_midwife_booking": ("GB", "IE", "AU", "NZ", "CA"),
    "community_mental_health_letter": ("GB", "IE", "AU", "NZ"),
}
# (youngest, oldest, chance of 90+) for the note's patient.
_EN_TEMPLATE_AGES: Final[dict[str, tuple[int, int, float]]] = {
    "school_fitness_certificate": (5, 17, 0.0),
    "community_midwife_booking": (19, 44, 0.0),
    "physio_initial_assessment": (19, 66, 0.0),
    "work_fitness_note": (18, 66, 0.0),
    "hospice_family_meeting": (55, 104, 0.5),
    "care_home_gp_round": (72, 104, 0.55),
    "district_nurse_visit": (60, 103, 0.45),
    "home_health_visit": (62, 103, 0.4),
    "ot_home_assessment": (60, 102, 0.4),
    "post_discharge_call": (40, 101, 0.25),
}
_EN_TLD: Final = {"US": "org", "GB": "nhs.uk", "AU": "org.au", "IN": "in", "IE": "ie", "NZ": "org.nz", "CA": "ca"}
_EN_GP_CRED: Final = {
    "US": (", MD", ", DO", " MD", ", MD, FAAFP"), "GB": (" MBChB MRCGP", " MRCGP", " BM BS", ""),
    "AU": (" MBBS FRACGP", " FRACGP", ""), "IN": (", MBBS, MD", " MBBS", ", MBBS DNB"),
    "IE": (" MICGP", " MB BCh BAO", ""), "NZ": (" FRNZCGP", " MBChB", ""), "CA": (", MD CCFP", ", MD", " CCFP"),
}  # fmt: skip


def _en_org(e: _En, kind: str, town: str, person: _Persona) -> str:
    rng, c = e.rng, e.country
    adj, saint, fam = rng.choice(_EN_ADJ), rng.choice(_EN_SAINTS), person.family
    if kind == "practice":
        options = {
            "US": (f"{adj} Family Medicine", f"{fam} Internal Medicine Associates", f"{town} Primary Care, PLLC"),
            "GB": (f"The {adj} Surgery", f"{fam} & Partners", f"{town} Health Centre", f"{adj} Medical Practice"),
            "AU": (f"{adj} Medical Centre", f"{town} Family Practice", f"{adj} General Practice"),
            "IN": (f"{fam} Clinic & Polyclinic", f"{adj} Family Clinic", f"{town} Health Care Centre"),
            "IE": (f"{town} Medical Centre", f"{adj} Family Practice", f"{fam}'s Medical Practice"),
            "NZ": (f"{adj} Medical Centre", f"{town} Health", f"{adj} Family Doctors"),
            "CA": (f"{adj} Family Health Team", f"Clinique médicale {adj}", f"{town} Community Health Centre"),
        }[c]
        return rng.choice(options)
    if kind == "hospital":
        options = {
            "US": (f"{town} Regional Medical Center", f"St. {saint}'s Hospital", f"{fam} Memorial Hospital"),
            "GB": (f"Royal {town} Infirmary", f"St {saint}'s Hospital", f"{town} General Hospital"),
            "AU": (f"{town} Base Hospital", f"St {saint}'s Private Hospital", f"{town} Health"),
            "IN": (f"{fam} Multispeciality Hospital", f"{town} Medical College Hospital", f"{adj} Hospitals"),
            "IE": (f"University Hospital {town}", f"St {saint}'s General Hospital", f"{town} Regional Hospital"),
            "NZ": (f"{town} Hospital", f"{adj} Private Hospital", f"Te Whatu Ora {town}"),
            "CA": (f"{town} General Hospital", f"Hôpital {saint}", f"{adj} Health Centre"),
        }[c]
        return rng.choice(options)
    if kind == "lab":
        return rng.choice(
            {
                "US": ("Quest Diagnostics", "Labcorp", f"{town} Clinical Laboratory"),
                "GB": (f"{town} Pathology", "Synnovis", "Eurofins Clinical Diagnostics"),
                "AU": ("Sonic Healthcare", "Healius Pathology", "Australian Clinical Labs"),
                "IN": ("Dr Lal PathLabs", "Metropolis Healthcare", "SRL Diagnostics"),
                "IE": ("Eurofins Biomnis", f"{town} Hospital Laboratory"),
                "NZ": ("Awanui Labs", "Pathlab Bay of Plenty", f"{town} Community Labs"),
                "CA": ("LifeLabs", "Dynacare", f"{town} Hospital Laboratory"),
            }[c]
        )
    if kind == "urgent_care":
        return rng.choice((f"{adj} Urgent Care", f"{town} Walk-in Centre", f"{adj} After Hours Clinic", "MedExpress"))
    if kind == "homehealth":
        return rng.choice(
            (
                f"{adj} Home Health",
                f"Visiting Nurse Association of {town}",
                f"{saint} Home Care Services",
                "Bayada Home Health Care",
                f"{adj} Community Nursing",
            )
        )
    if kind == "carer_agency":
        return rng.choice(
            (f"{adj} Home Care Ltd", "Helping Hands", f"Home Instead {town}", "Right at Home", f"{fam} Care Services")
        )
    if kind == "community_trust":
        return {
            "US": f"{town} County Health Department",
            "GB": f"{town} Community Healthcare NHS Trust",
            "AU": f"{town} Community Health",
            "IN": f"{town} Municipal Health Services",
            "IE": f"HSE Community Services {town}",
            "NZ": f"Te Whatu Ora {town} Community Services",
            "CA": f"{town} Home and Community Care",
        }[c]
    if kind == "pharmacy":
        chain = rng.choice(_EN_PHARMACY_CHAINS[c])
        return rng.choice(
            (
                chain,
                f"{chain} #{rng.randint(100, 19999)}" if c == "US" else f"{chain} {town}",
                f"{fam}'s Pharmacy",
                f"{adj} Chemist",
            )
        )
    if kind == "employer":
        fake = _faker(_EN_LOCALE_OF[c] if c != "IE" else "en_GB")
        base = (
            str(fake.company())
            if c in {"US", "CA"} or rng.random() < 0.5
            else f"{fam} {rng.choice(('Logistics', 'Engineering', 'Foods', 'Builders'))}"
        )
        suffix = {
            "US": " Inc.",
            "GB": " Ltd",
            "AU": " Pty Ltd",
            "IN": " Pvt. Ltd.",
            "IE": " Ltd",
            "NZ": " Limited",
            "CA": " Inc.",
        }[c]
        return rng.choice(
            (
                base + suffix,
                base,
                f"{town} City Council",
                rng.choice(
                    ("Woolworths", "Amazon", "Tata Consultancy Services", "An Post", "Fonterra", "Canada Post", "Tesco")
                ),
            )
        )
    if kind == "school":
        return rng.choice(
            {
                "US": (f"{fam} Elementary School", f"{town} Middle School", f"{adj} High School"),
                "GB": (f"St {saint}'s C of E Primary School", f"{town} Grammar School", f"{adj} Academy"),
                "AU": (f"{town} Public School", f"St {saint}'s Catholic College", f"{adj} State School"),
                "IN": (f"Kendriya Vidyalaya {town}", f"{adj} Public School", f"St. {saint}'s Convent School"),
                "IE": (f"Scoil {saint}", f"{town} Community College", f"St {saint}'s National School"),
                "NZ": (f"{town} Intermediate", f"{adj} School", f"{town} Girls' High School"),
                "CA": (f"École {saint}", f"{town} Secondary School", f"{adj} Public School"),
            }[c]
        )
    if kind == "sports_club":
        return rng.choice(
            (f"{town} Rovers FC", f"{adj} Netball Club", f"{town} Rugby Club", f"{adj} Cricket Club", f"{saint}s GAA")
        )
    if kind == "occ_health":
        return rng.choice(
            (f"{adj} Occupational Health", "Health Management Ltd", "Medigold Health", f"{town} Occupational Medicine")
        )
    if kind == "care_home":
        return rng.choice(
            (
                f"{adj} Care Home",
                f"St {saint}'s Nursing Home",
                f"{adj} Lodge",
                f"{fam} House",
                f"{adj} Gardens Aged Care",
            )
        )
    if kind == "dme_co":
        return rng.choice(
            (
                f"{adj} Medical Supply",
                "Apria Healthcare",
                "Lincare",
                "Medequip",
                f"{town} Mobility",
                "ResMed Sleep Solutions",
            )
        )
    if kind == "interp_agency":
        return rng.choice(
            (
                "LanguageLine Solutions",
                f"{adj} Interpreting Services",
                "TIS National",
                "Pacific Interpreters",
                "thebigword",
            )
        )
    if kind == "hospice":
        return rng.choice(
            (
                f"St {saint}'s Hospice",
                f"{town} Hospice",
                f"{adj} Hospice Care",
                f"Marie Curie Hospice {town}",
                f"{fam} House Hospice",
            )
        )
    if kind == "ther_clinic":
        return rng.choice(
            (
                f"{adj} Physiotherapy",
                f"{town} Sports Physio",
                f"Back in Motion {town}",
                f"PhysioFirst {adj}",
                f"{fam} Physio & Rehab",
            )
        )
    raise ValueError(kind)


def _en_url(e: _En, kind: str, org: str) -> str:
    rng, slug, tld = e.rng, _slug(org)[:18], _EN_TLD[e.country]
    code = _letters(rng, 3, "abcdefghjkmnpqrstuvwxyz") + _digits(rng, 4)
    if kind == "site":
        return rng.choice(
            (f"https://www.{slug}.{tld}", f"www.{slug}.{tld}/appointments", f"https://{slug}.{tld}/patients/")
        )
    if kind == "portal":
        return rng.choice(
            (
                f"https://mychart.{slug}.org/MyChart/Messaging",
                f"https://patient.{slug}.{tld}/messages/{_digits(rng, 7)}",
                f"https://portal.{slug}.com/inbox?thread={_digits(rng, 8)}",
            )
        )
    if kind == "tele":
        return rng.choice(
            (
                f"https://{slug}.zoom.us/j/{_digits(rng, 11, first_nonzero=True)}",
                f"https://meet.{slug}.health/{code}",
                f"https://doxy.me/{slug}{rng.randint(1, 99)}",
                f"https://vc.{slug}.{tld}/join/{code}",
            )
        )
    if kind == "hep":
        return rng.choice(
            (
                f"https://{slug}.physitrack.com/home-exercise/{code}",
                f"https://www.hep2go.com/program.php?id={_digits(rng, 6)}",
                f"https://{slug}.{tld}/hep/{code}",
            )
        )
    return rng.choice(
        (
            f"https://provider.{slug}.com/priorauth/{code}",
            f"https://www.covermymeds.com/request/{code.upper()}",
            f"https://{slug}.com/forms/pa?ref={_digits(rng, 8)}",
        )
    )


def _en_values(rng: random.Random, template: str) -> tuple[dict[str, str], tuple[KnownIdentifier, ...]]:
    weights = _EN_COUNTRY_WEIGHTS
    allowed = _EN_TEMPLATE_COUNTRIES.get(template)
    pool = [c for c, _ in weights if not allowed or c in allowed]
    country = rng.choices(pool, weights=[w for c, w in weights if c in pool])[0]
    e = _En(rng, country)
    for locale in sorted({*_EN_LOCALE_OF.values(), *_EN_NAME_DIASPORA}):
        _faker(locale).seed_instance(rng.randrange(2**32))

    lo, hi, p_old = _EN_TEMPLATE_AGES.get(template, (18, 104, 0.2))
    age = _pick_age(rng, lo, hi, p_old)
    visit = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randint(0, 2750))
    birth = _birth_for(rng, age, visit)
    sex = "F" if template == "community_midwife_booking" else rng.choice("MF")
    pt = e.person(sex)
    city = e.city()
    postcode = e.postcode()
    street = e.street()
    tail = e.address_tail(city, postcode)
    phone_forms = e.phone_forms()
    pt_phone = phone_forms[0]
    label, natid, natid_forms = e.national_id()
    mrn = e.mrn()
    email = e.email(pt)

    v: dict[str, str] = {}
    full_exact = f"{pt.given} {pt.family}"
    he, his, him = ("he", "his", "him") if pt.sex == "M" else ("she", "her", "her")
    v.update(
        pt_name=e.full(pt) if rng.random() < 0.6 else full_exact,
        pt_name_exact=full_exact,
        pt_given=pt.given,
        pt_family=pt.family,
        pt_call=e.call(pt),
        pt_given_lc=e.call(pt).lower(),
        pt_family_lc=pt.family.lower(),
        pt_last_first=e.last_first(pt),
        pt_upper=e.upper(pt),
        pt_init_last=e.init_last(pt),
        pt_initials=e.initials(pt),
        pt_he=he,
        pt_his=his,
        pt_him=him,
        pt_he_c=he.capitalize(),
        pt_his_c=his.capitalize(),
        pt_man=rng.choice(("man", "gentleman")) if pt.sex == "M" else rng.choice(("woman", "lady")),
        pt_title=rng.choice(("Mr",) if pt.sex == "M" else ("Mrs", "Ms", "Miss")) if rng.random() < 0.95 else "Mx",
        spouse_word="wife" if pt.sex == "M" else "husband",
        pt_dob=e.date(birth),
        pt_age=str(age),
        pt_age_w=_en_words(age) if rng.random() < 0.5 else str(age),
        pt_mrn=mrn,
        pt_mrn_alt=e.mrn_alt(mrn) if rng.random() < 0.6 else mrn,
        natid_label=label,
        pt_natid=natid,
        pt_natid_alt=rng.choice(natid_forms) if rng.random() < 0.6 else natid,
        pt_phone=pt_phone,
        pt_phone_alt=rng.choice(phone_forms[1:]) if rng.random() < 0.7 else pt_phone,
        pt_phone2=e.phone("mobile" if rng.random() < 0.6 else "land"),
        pt_email=email,
        pt_email2=e.email(pt),
        pt_street=street,
        pt_tail=tail,
        pt_addr=f"{street}, {tail}",
        pt_city=city[0],
        pt_origin=rng.choice(_EN_ABROAD),
        travel_place=rng.choice(_EN_ABROAD),
        travel_place2=rng.choice(_EN_ABROAD),
        pt_plate=e.plate(),
        pt_dl=e.driver_licence(pt, birth),
        pt_passport=e.passport(),
    )

    # Relatives, friends, neighbours.
    young = age < 18
    nok = e.person(rng.choice("MF"), local=rng.random() < 0.5, rare=0.05)
    if young:
        nok = _Persona(nok.given, pt.family if rng.random() < 0.7 else nok.family, nok.sex, nok.middle, nok.nick)
        nok_rel = "mother" if nok.sex == "F" else "father"
    elif age > 70:
        nok_rel = {
            "F": rng.choice(("daughter", "niece", "wife", "granddaughter")),
            "M": rng.choice(("son", "husband", "nephew")),
        }[nok.sex]
    else:
        nok_rel = {
            "F": rng.choice(("wife", "partner", "sister", "mother")),
            "M": rng.choice(("husband", "partner", "brother", "father")),
        }[nok.sex]
    if nok_rel in {"daughter", "son", "granddaughter", "mother", "father", "sister", "brother"} and rng.random() < 0.6:
        nok = _Persona(nok.given, pt.family, nok.sex, nok.middle, nok.nick)
    rel2 = e.person(rng.choice("MF"), rare=0.08)
    rel3 = e.person(rng.choice("MF"), local=True)
    nok_city = e.city()
    v.update(
        nok_name=e.full(nok),
        nok_given=nok.given,
        nok_given_lc=nok.given.lower(),
        nok_rel=nok_rel,
        nok_rel_cap=nok_rel.capitalize(),
        nok_phone=e.phone("mobile"),
        nok_email=e.email(nok),
        nok_addr=f"{e.street()}, {e.address_tail(nok_city, e.postcode())}",
        nok_city=nok_city[0],
        rel2_name=e.full(rel2),
        rel2_given=rel2.given,
        rel2_given_lc=rel2.given.lower(),
        rel2_rel=rng.choice(("brother", "son", "nephew") if rel2.sex == "M" else ("sister", "daughter", "niece")),
        rel2_city=rng.choice((e.city()[0], rng.choice(_EN_ABROAD))),
        rel2_phone=e.phone("mobile"),
        rel2_email=e.email(rel2),
        rel3_given=rel3.given,
        rel3_name=e.full(rel3),
    )
    neighbour, carer = e.person(local=True), e.person(rare=0.2)
    v.update(
        neighbour_name=rng.choice((e.full(neighbour), f"{neighbour.given} {neighbour.family}", neighbour.given)),
        neighbour_given=neighbour.given,
        neighbour_phone=e.phone(),
        neighbour_addr=f"{e.street()}, {city[0]}",
        carer_name=rng.choice((e.full(carer), carer.given)),
        carer_phone=e.phone("mobile"),
    )

    # Staff.
    gp, gp2, spec, nurse, nurse2 = (e.person(rare=0.1) for _ in range(5))
    pharm, ther, ther2, sw, cm = (e.person(rare=0.1) for _ in range(5))
    interp, chaplain, sec, cc1, cc2 = (e.person(rare=0.15) for _ in range(5))
    manager, teacher, school_nurse, reviewer, peer = (e.person() for _ in range(5))
    gp_label, gp_id = e.provider_id()
    spec_label, spec_id = e.provider_id()
    practice_city = city if rng.random() < 0.6 else e.city()
    town = practice_city[0]
    practice = _en_org(e, "practice", town, e.person(local=True))
    hospital = _en_org(e, "hospital", town, e.person(local=True))
    hospital2 = _en_org(e, "hospital", e.city()[0], e.person(local=True))
    pharmacy = _en_org(e, "pharmacy", town, e.person(local=True))
    pharmacy2 = _en_org(e, "pharmacy", town, e.person(local=True))
    insurer = rng.choice(_EN_INSURERS[country])
    tld = _EN_TLD[country]
    staff_domain = "nhs.net" if country == "GB" and rng.random() < 0.6 else f"{_slug(practice)[:16]}.{tld}"
    hosp_domain = f"{_slug(hospital)[:16]}.{tld}"
    practice_street = e.street()
    practice_tail = e.address_tail(practice_city, e.postcode())
    v.update(
        gp_name=e.full(gp),
        gp_last=gp.family,
        gp_given=gp.given,
        gp_init_last=e.init_last(gp),
        gp_last_lc=gp.family.lower(),
        gp_cred=rng.choice(_EN_GP_CRED[country]),
        gp_word=rng.choice(("General Practitioner", "Family Physician", "GP Principal")),
        gp_id_label=gp_label,
        gp_provider_id=gp_id,
        gp_email=e.email(gp, personal=False, domain=staff_domain),
        gp2_name=rng.choice((e.full(gp2), e.init_last(gp2))),
        spec_name=e.full(spec),
        spec_last=spec.family,
        spec_id_label=spec_label,
        spec_id=spec_id,
        spec_email=e.email(spec, personal=False, domain=hosp_domain),
        spec_phone=e.phone("land", ext=0.4),
        sec_name=rng.choice((e.full(sec), e.initials(sec))),
        nurse_name=e.full(nurse),
        nurse_given=nurse.given,
        nurse_init_last=e.init_last(nurse),
        nurse_phone=e.phone("mobile"),
        nurse_email=e.email(nurse, personal=False, domain=staff_domain),
        nurse2_name=e.full(nurse2),
        pharm_name=e.full(pharm),
        pharm_given=pharm.given,
        ther_name=e.full(ther),
        ther2_given=ther2.given,
        ther_reg=rng.choice(("PH", "PHY000", "")) + _digits(rng, 6, first_nonzero=True),
        ther_reg_label={
            "GB": "HCPC",
            "AU": "AHPRA",
            "NZ": "PBNZ",
            "IE": "CORU",
            "IN": "IAP",
            "US": "Lic #",
            "CA": "Reg #",
        }[country],
        sw_name=e.full(sw),
        sw_given=sw.given,
        sw_email=e.email(sw, personal=False, domain=hosp_domain),
        sw_phone=e.phone("land", ext=0.5),
        cm_name=e.full(cm),
        cm_given=cm.given,
        cm_email=e.email(cm, personal=False, domain=staff_domain),
        cm_phone=e.phone("land", ext=0.5),
        interp_name=e.full(interp),
        interp_id=_digits(rng, rng.choice((4, 5, 6)), first_nonzero=True),
        interp_phone=e.phone("land", ext=0.6),
        chaplain_name=rng.choice((e.full(chaplain), chaplain.given)),
        cc1_name=e.full(cc1),
        cc2_name=e.full(cc2),
        cc2_email=e.email(cc2, personal=False, domain=hosp_domain),
        manager_name=e.full(manager),
        manager_email=e.email(manager, personal=False, domain=f"{_slug(manager.family)}corp.com"),
        teacher_name=rng.choice((e.full(teacher), f"{teacher.given[0]}. {teacher.family}")),
        school_nurse=e.full(school_nurse),
        reviewer_name=e.full(reviewer),
        peer_name=e.full(peer),
        spec_role=rng.choice(
            (
                "Consultant Physician",
                f"Consultant, {rng.choice(_EN_DEPTS)}",
                "Associate Specialist",
                "Attending Physician",
            )
        ),
    )
    v.update(
        practice=practice,
        practice_street=practice_street,
        practice_tail=practice_tail,
        practice_addr=f"{practice_street}, {practice_tail}",
        practice_phone=e.phone("land", ext=0.15),
        practice_fax=e.phone("land"),
        hospital=hospital,
        hospital2=hospital2,
        hosp_addr=f"{e.street()}, {e.address_tail(e.city(), e.postcode())}",
        hosp_phone=e.phone("land", ext=0.3),
        hosp_url=_en_url(e, "site", hospital),
        lab=_en_org(e, "lab", town, e.person()),
        urgent_care=_en_org(e, "urgent_care", town, e.person()),
        homehealth=_en_org(e, "homehealth", town, e.person()),
        agency_phone=e.phone("land"),
        agency_fax=e.phone("land"),
        carer_agency=_en_org(e, "carer_agency", town, e.person()),
        community_trust=_en_org(e, "community_trust", town, e.person()),
        pharmacy=pharmacy,
        pharmacy2=pharmacy2,
        pharmacy_addr=f"{e.street()}, {town}",
        pharmacy_phone=e.phone("land"),
        insurer=insurer,
        insurer_phone=e.phone("land", ext=0.3),
        insurer_fax=e.phone("land"),
        employer=_en_org(e, "employer", town, e.person()),
        employer_addr=f"{e.street()}, {e.address_tail(e.city(), e.postcode())}",
        hr_phone=e.phone("land", ext=0.5),
        school=_en_org(e, "school", town, e.person(local=True)),
        sports_club=_en_org(e, "sports_club", town, e.person()),
        occ_health=_en_org(e, "occ_health", town, e.person()),
        care_home=_en_org(e, "care_home", town, e.person()),
        care_home_phone=e.phone("land"),
        dme_co=_en_org(e, "dme_co", town, e.person()),
        interp_agency=_en_org(e, "interp_agency", town, e.person()),
        hospice=(hospice := _en_org(e, "hospice", town, e.person())),
        hospice_phone=e.phone("land"),
        ther_clinic=(ther_clinic := _en_org(e, "ther_clinic", town, e.person())),
        portal_url=_en_url(e, "portal", hospital if rng.random() < 0.5 else practice),
        tele_url=_en_url(e, "tele", hospice if template == "hospice_family_meeting" else practice),
        hep_url=_en_url(e, "hep", ther_clinic),
        form_url=_en_url(e, "form", insurer),
        work_town=rng.choice((town, e.city()[0])),
    )

    # Other patients.
    other, other2, other3 = e.person(rare=0.15), e.person(), e.person()
    other_age = _pick_age(rng, 70, 104, 0.45)
    v.update(
        other_pt_name=rng.choice((e.full(other), e.last_first(other))),
        other_pt_mrn=e.mrn(),
        other_pt2_name=rng.choice((e.full(other2), e.upper(other2))),
        other_pt2_age=str(other_age),
        other_pt3_family=other3.family,
    )

    # Identifiers.
    v.update(
        agency_pt_id=rng.choice(("HH", "A", "")) + _digits(rng, 6, first_nonzero=True),
        member_id=e.member_id(),
        group_no=rng.choice(
            (_digits(rng, 6, first_nonzero=True), f"{_digits(rng, 7)}-{_digits(rng, 3)}", f"GRP{_digits(rng, 5)}")
        ),
        claim_no=e.claim_no(),
        pa_ref=rng.choice((f"PA{_digits(rng, 9)}", f"UM-{_digits(rng, 8)}", f"{_letters(rng, 2)}{_digits(rng, 10)}")),
        rx_no=rng.choice(("", "#", "RX")) + _digits(rng, 7, first_nonzero=True),
        rx_no2=_digits(rng, 7, first_nonzero=True) + f"-{rng.randint(0, 9):02d}",
        dea_no=e.dea(),
        employee_no=rng.choice(("E", "EMP", "")) + _digits(rng, rng.choice((5, 6, 7)), first_nonzero=True),
        student_id=rng.choice(("S", "", "STU-")) + _digits(rng, rng.choice((6, 7, 8)), first_nonzero=True),
        imm_reg_id=rng.choice(("AIR-", "IIS ", "NIR", "")) + _digits(rng, 9, first_nonzero=True),
        device_sn=rng.choice(
            (
                f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}",
                f"2{_digits(rng, 10)}",
                f"SN-{_digits(rng, 4)}-{_letters(rng, 2)}{_digits(rng, 3)}",
            )
        ),
        device_sn2=f"{_letters(rng, 2)}{_digits(rng, 8)}",
    )

    # Dates around the visit.
    def day(lo: int, hi: int) -> dt.date:
        return _shift(visit, rng.randint(lo, hi))

    v.update(
        d_visit=e.date(visit),
        d_visit_ts=e.timestamp(visit),
        d_letter=e.date(day(0, 5)),
        d_ref=e.date(day(-60, -3)),
        d_dict=e.date(visit),
        d_typed=e.date(day(1, 9)),
        d_next=e.date(day(7, 120)),
        d_next_ts=e.timestamp(day(1, 14)),
        d_prev1=e.date(day(-400, -30)),
        d_prev2=e.date(day(-29, -2)),
        d_prev3=e.date(day(-90, -8)),
        d_onset=e.date(day(-40, -1)),
        d_travel=e.date(day(10, 80)),
        d_return=e.date(day(3, 20)),
        d_cert_from=e.date(day(-10, 0)),
        d_cert_to=e.date(day(1, 28)),
        d_fill1=e.date(day(-40, -1)),
        d_fill2=e.date(day(-60, -1)),
        d_dose1=e.date(day(-700, -200)),
        d_dose2=e.date(day(-190, -20)),
        d_dose3=e.date(day(-5000, -1500)),
        d_dose4=e.date(day(-10, 0)),
        **{f"d_msg{i + 1}": e.timestamp(d, at) for i, (d, at) in enumerate(_message_times(rng, visit, 4))},
        d_call_ts=e.timestamp(visit),
        d_call2_ts=e.timestamp(day(0, 1)),
        d_sign_ts=e.timestamp(day(0, 2)),
        d_short1=e.date(day(-20, 20), short=True),
        d_short2=e.date(day(1, 30), short=True),
        d_lmp=e.date(day(-80, -50)),
        d_edd=e.date(day(200, 230)),
        d_admit=e.date(day(-12, -4)),
        d_discharge=e.date(day(-3, -1)),
    )

    # Filler (not PHI).
    (drug1, dose1), (drug2, dose2), (drug3, _dose3) = rng.sample(_EN_DRUGS, 3)
    (lab1, lab1_val), (lab2, _lab2_val) = rng.sample(_EN_LABS, 2)
    dx, dx2 = rng.sample(_EN_DX, 2)
    test1, test2 = rng.sample(_EN_TESTS, 2)
    vac1, vac2, vac3, vac4 = rng.sample(_EN_VACCINES, 4)
    v.update(
        dx=dx,
        dx2=dx2,
        eponym=rng.choice(_EN_EPONYMS),
        drug1=drug1,
        dose1=dose1,
        drug2=drug2,
        dose2=dose2,
        drug3=drug3,
        lab1=lab1,
        lab1_val=lab1_val,
        lab2=lab2,
        test1=test1,
        test2=test2,
        complaint=rng.choice(_EN_COMPLAINTS),
        duration=rng.choice(_EN_DURATIONS),
        duration2=rng.choice(_EN_DURATIONS),
        dept=rng.choice(_EN_DEPTS),
        dept2=rng.choice(_EN_DEPTS),
        allergy=rng.choice(("NKDA", "penicillin (rash)", "codeine — vomiting", "sulfa drugs", "latex", "nil known")),
        occupation=rng.choice(
            ("warehouse operative", "nurse aide", "electrician", "barista", "delivery driver", "teacher", "chef")
        ),
        child_dx=rng.choice(
            (
                "acute tonsillitis",
                "influenza A",
                "a fractured left radius",
                "gastroenteritis",
                "hand, foot and mouth disease",
                "an asthma exacerbation",
            )
        ),
        child_med=rng.choice(
            (
                "a salbutamol inhaler and spacer",
                "an EpiPen (adrenaline 0.15 mg)",
                "paracetamol as needed",
                "insulin and a glucose meter",
            )
        ),
        vac1=vac1,
        vac2=vac2,
        vac3=vac3,
        vac4=vac4,
        lot1=_letters(rng, 2) + _digits(rng, 4),
        lot2=_digits(rng, 2) + _letters(rng, 2) + _digits(rng, 3),
        lot3="unknown",
        interp_lang=rng.choice(
            (
                "Vietnamese",
                "Punjabi",
                "Arabic",
                "Polish",
                "Tongan",
                "Somali",
                "Mandarin",
                "Portuguese",
                "Dari",
                "Spanish",
            )
        ),
        bin=_digits(rng, 6),
        pcn=rng.choice(("ADV", "MEDDADV", "9999", "CN")),
        bp=f"{rng.randint(98, 182)}/{rng.randint(55, 104)}",
        hr=str(rng.randint(52, 118)),
        spo2=f"{rng.randint(88, 99)}%",
        weight=f"{rng.randint(41, 130)} kg",
        time_in=f"{rng.randint(8, 15):02d}:{rng.choice(('05', '20', '35', '50'))}",
        time_out=f"{rng.randint(15, 17):02d}:{rng.choice(('00', '10', '45'))}",
        room=str(rng.randint(1, 40)),
        phq9=f"{rng.randint(5, 26)}/27",
        preg_hx=rng.choice(
            (
                "asthma",
                "hypothyroidism on levothyroxine",
                "previous gestational diabetes",
                "nil significant",
                "migraine",
            )
        ),
        antimalarial=rng.choice(("atovaquone-proguanil", "doxycycline 100 mg daily", "mefloquine weekly")),
        waterlow=rng.choice(("score 16, high risk", "score 12, at risk", "score 21, very high risk")),
        room2=str(rng.randint(1, 40)),
    )

    known = (
        KnownIdentifier("PERSON", full_exact),
        KnownIdentifier("PERSON", pt.given),
        KnownIdentifier("PERSON", pt.family),
        *((KnownIdentifier("PERSON", pt.middle),) if pt.middle else ()),
        KnownIdentifier("ID", mrn),
        KnownIdentifier("ID", natid),
        KnownIdentifier("PHONE", pt_phone),
        KnownIdentifier("ADDRESS", street),
        KnownIdentifier("LOCATION", city[0]),
        KnownIdentifier("DATE", birth.isoformat()),
        KnownIdentifier("EMAIL", email),
    )
    return v, known


# ---------------------------------------------------------------------------------------------
# Chinese: hand-written data
# ---------------------------------------------------------------------------------------------
# (province, city, districts, landline area code)
_ZH_CITIES: Final = (
    ("", "北京市", ("朝阳区", "海淀区", "丰台区", "西城区", "通州区", "昌平区"), "010"),
    ("", "上海市", ("浦东新区", "徐汇区", "闵行区", "静安区", "杨浦区", "宝山区"), "021"),
    ("广东省", "广州市", ("天河区", "越秀区", "海珠区", "白云区", "番禺区"), "020"),
    ("广东省", "深圳市", ("南山区", "福田区", "龙岗区", "宝安区"), "0755"),
    ("浙江省", "杭州市", ("西湖区", "拱墅区", "余杭区", "滨江区", "上城区"), "0571"),
    ("湖北省", "武汉市", ("武昌区", "江汉区", "洪山区", "汉阳区"), "027"),
    ("四川省", "成都市", ("武侯区", "锦江区", "青羊区", "成华区", "双流区"), "028"),
    ("江苏省", "南京市", ("鼓楼区", "玄武区", "秦淮区", "江宁区"), "025"),
    ("山东省", "青岛市", ("市南区", "崂山区", "黄岛区", "李沧区"), "0532"),
    ("湖南省", "长沙市", ("岳麓区", "芙蓉区", "天心区", "雨花区"), "0731"),
    ("陕西省", "西安市", ("雁塔区", "碑林区", "未央区", "长安区"), "029"),
    ("辽宁省", "沈阳市", ("和平区", "沈河区", "铁西区", "皇姑区"), "024"),
    ("河南省", "郑州市", ("金水区", "二七区", "中原区", "管城回族区"), "0371"),
    ("福建省", "厦门市", ("思明区", "湖里区", "集美区"), "0592"),
    ("云南省", "昆明市", ("五华区", "盘龙区", "官渡区"), "0871"),
    ("", "重庆市", ("渝中区", "江北区", "沙坪坝区", "九龙坡区"), "023"),
    ("新疆维吾尔自治区", "乌鲁木齐市", ("天山区", "沙依巴克区", "新市区"), "0991"),
    ("黑龙江省", "哈尔滨市", ("南岗区", "道里区", "香坊区"), "0451"),
    ("安徽省", "合肥市", ("蜀山区", "包河区", "庐阳区"), "0551"),
    ("广西壮族自治区", "南宁市", ("青秀区", "兴宁区", "西乡塘区"), "0771"),
    ("江苏省", "苏州市", ("姑苏区", "吴中区", "工业园区"), "0512"),
    ("浙江省", "温州市", ("鹿城区", "瓯海区", "龙湾区"), "0577"),
)  # fmt: skip
# (province, city, county, towns)
_ZH_RURAL: Final = (
    ("河南省", "周口市", "沈丘县", ("槐店回族镇", "刘庄店镇", "付井镇")),
    ("安徽省", "阜阳市", "临泉县", ("城关镇", "韦寨镇", "迎仙镇")),
    ("四川省", "南充市", "仪陇县", ("金城镇", "新政镇", "马鞍镇")),
    ("湖南省", "邵阳市", "隆回县", ("桃洪镇", "六都寨镇", "金石桥镇")),
    ("江西省", "赣州市", "于都县", ("贡江镇", "罗坳镇", "银坑镇")),
    ("山东省", "菏泽市", "曹县", ("青堌集镇", "庄寨镇", "韩集镇")),
    ("甘肃省", "天水市", "秦安县", ("兴国镇", "莲花镇", "郭嘉镇")),
    ("贵州省", "毕节市", "威宁彝族回族苗族自治县", ("草海镇", "炉山镇")),
    ("河北省", "保定市", "涞源县", ("涞源镇", "银坊镇")),
)  # fmt: skip
_ZH_HOMETOWNS: Final = (
    "河南周口", "安徽阜阳", "四川南充", "湖南邵阳", "江西赣州", "山东菏泽", "甘肃天水", "黑龙江齐齐哈尔", "内蒙古赤峰",
    "广西玉林", "湖北黄冈", "贵州毕节", "福建莆田", "浙江温州", "江苏盐城", "河北邯郸", "山西大同", "吉林延边",
    "新疆喀什", "西藏日喀则", "云南大理", "海南儋州", "香港", "澳门", "台湾台中", "马来西亚", "新加坡", "日本大阪",
    "美国旧金山", "加拿大温哥华", "澳大利亚墨尔本", "英国伦敦", "德国汉堡", "韩国首尔", "越南河内", "俄罗斯伊尔库茨克",
)  # fmt: skip
_ZH_ROADS: Final = (
    "解放路", "中山路", "人民路", "建设路", "和平街", "文一西路", "长江路", "黄河路", "学院路", "胜利街", "光明路",
    "幸福路", "新华路", "青年路", "五一路", "延安路", "淮海中路", "天府大道", "科技园南路", "望京西路", "洪山路",
    "金沙江路", "沙河街", "团结路", "朝阳北路", "东风路", "北京南路", "长安街", "滨江大道", "工农路", "环城西路",
)  # fmt: skip
_ZH_COMPOUND_A: Final = (
    "锦绣", "阳光", "翠苑", "金色", "幸福", "碧桂园", "万科", "绿地", "保利", "和谐", "书香", "紫荆", "东方", "滨江",
    "南湖", "丽景", "怡和", "枫林", "金桥", "龙湖", "世纪", "康乐", "华侨", "桃源",
)  # fmt: skip
_ZH_COMPOUND_B: Final = (
    "花园",
    "家园",
    "小区",
    "新村",
    "公寓",
    "苑",
    "城",
    "华庭",
    "名都",
    "佳园",
    "一区",
    "二期",
    "雅居",
    "里",
)
_ZH_SURNAMES: Final = (
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"), ("黄", "huang"),
    ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"),
    ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("高", "gao"), ("林", "lin"), ("罗", "luo"), ("郑", "zheng"),
    ("梁", "liang"), ("谢", "xie"), ("宋", "song"), ("唐", "tang"), ("许", "xu"), ("韩", "han"), ("冯", "feng"),
    ("邓", "deng"), ("曹", "cao"), ("彭", "peng"), ("曾", "zeng"), ("肖", "xiao"), ("田", "tian"), ("董", "dong"),
    ("袁", "yuan"), ("潘", "pan"), ("于", "yu"), ("蒋", "jiang"), ("蔡", "cai"), ("余", "yu"), ("杜", "du"),
    ("叶", "ye"), ("程", "cheng"), ("苏", "su"), ("魏", "wei"), ("吕", "lv"), ("丁", "ding"), ("任", "ren"),
    ("沈", "shen"), ("姚", "yao"), ("卢", "lu"), ("姜", "jiang"), ("崔", "cui"), ("钟", "zhong"), ("谭", "tan"),
    ("陆", "lu"), ("汪", "wang"), ("范", "fan"), ("金", "jin"), ("石", "shi"), ("廖", "liao"), ("贾", "jia"),
    ("夏", "xia"), ("韦", "wei"), ("付", "fu"), ("方", "fang"), ("白", "bai"), ("邹", "zou"), ("孟", "meng"),
    ("熊", "xiong"), ("秦", "qin"), ("邱", "qiu"), ("江", "jiang"), ("尹", "yin"), ("薛", "xue"), ("闫", "yan"),
    ("段", "duan"), ("雷", "lei"), ("侯", "hou"), ("龙", "long"), ("史", "shi"), ("陶", "tao"), ("黎", "li"),
    ("贺", "he"), ("顾", "gu"), ("毛", "mao"), ("郝", "hao"), ("龚", "gong"), ("邵", "shao"), ("万", "wan"),
    ("钱", "qian"), ("严", "yan"), ("覃", "qin"), ("武", "wu"), ("戴", "dai"), ("莫", "mo"), ("孔", "kong"),
    ("向", "xiang"), ("汤", "tang"), ("温", "wen"), ("牛", "niu"), ("常", "chang"), ("祝", "zhu"), ("甘", "gan"),
)  # fmt: skip
_ZH_RARE_SURNAMES: Final = (
    ("欧阳", "ouyang"), ("司马", "sima"), ("上官", "shangguan"), ("诸葛", "zhuge"), ("慕容", "murong"),
    ("端木", "duanmu"), ("皇甫", "huangfu"), ("尉迟", "yuchi"), ("令狐", "linghu"), ("长孙", "zhangsun"),
    ("禤", "xuan"), ("亓", "qi"), ("冼", "xian"), ("钭", "tou"), ("逄", "pang"), ("仉", "zhang"), ("訾", "zi"),
    ("佘", "she"), ("鄢", "yan"), ("阚", "kan"), ("晏", "yan"), ("宓", "mi"), ("蒯", "kuai"), ("寇", "kou"),
    ("亢", "kang"), ("单", "shan"), ("东方", "dongfang"), ("公孙", "gongsun"), ("第五", "diwu"), ("万俟", "moqi"),
)  # fmt: skip
_ZH_GIVEN_M: Final = (
    ("伟", "wei"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("杰", "jie"),
    ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("刚", "gang"), ("辉", "hui"), ("宇", "yu"), ("浩", "hao"),
    ("轩", "xuan"), ("俊", "jun"), ("熙", "xi"), ("德", "de"), ("国", "guo"), ("庆", "qing"), ("建", "jian"),
    ("志", "zhi"), ("海", "hai"), ("峰", "feng"), ("鹏", "peng"), ("斌", "bin"), ("飞", "fei"), ("凯", "kai"),
    ("博", "bo"), ("睿", "rui"), ("泽", "ze"), ("昊", "hao"), ("铭", "ming"), ("瀚", "han"), ("翔", "xiang"),
    ("毅", "yi"), ("诚", "cheng"), ("福", "fu"), ("贵", "gui"), ("根", "gen"), ("树", "shu"), ("荣", "rong"),
    ("生", "sheng"), ("水", "shui"), ("胜", "sheng"), ("利", "li"), ("卫", "wei"), ("东", "dong"), ("宏", "hong"),
    ("振", "zhen"), ("旭", "xu"), ("立", "li"), ("成", "cheng"), ("光", "guang"), ("永", "yong"), ("彬", "bin"),
    ("亮", "liang"), ("文", "wen"), ("华", "hua"), ("平", "ping"), ("春", "chun"), ("金", "jin"), ("山", "shan"),
)  # fmt: skip
_ZH_GIVEN_F: Final = (
    ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("艳", "yan"), ("娟", "juan"),
    ("霞", "xia"), ("玲", "ling"), ("婷", "ting"), ("涵", "han"), ("欣", "xin"), ("怡", "yi"), ("萱", "xuan"),
    ("桐", "tong"), ("淑", "shu"), ("珍", "zhen"), ("玉", "yu"), ("兰", "lan"), ("秀", "xiu"), ("英", "ying"),
    ("桂", "gui"), ("凤", "feng"), ("红", "hong"), ("梅", "mei"), ("琴", "qin"), ("云", "yun"), ("佳", "jia"),
    ("晨", "chen"), ("晓", "xiao"), ("丹", "dan"), ("倩", "qian"), ("颖", "ying"), ("璐", "lu"), ("瑶", "yao"),
    ("琳", "lin"), ("雪", "xue"), ("莉", "li"), ("蕾", "lei"), ("薇", "wei"), ("岚", "lan"), ("巧", "qiao"),
    ("翠", "cui"), ("娥", "e"), ("慧", "hui"), ("蓉", "rong"), ("燕", "yan"), ("萍", "ping"), ("媛", "yuan"),
    ("钰", "yu"), ("彤", "tong"), ("妍", "yan"), ("悦", "yue"), ("馨", "xin"), ("可", "ke"), ("欢", "huan"),
    ("雨", "yu"), ("思", "si"), ("梓", "zi"), ("诺", "nuo"), ("一", "yi"), ("子", "zi"), ("春", "chun"), ("爱", "ai"),
)  # fmt: skip
# Names outside the surname + given pattern: (full name, sex, romanised).
_ZH_OTHER_NAMES: Final = (
    ("阿依古丽·买买提", "F", "ayiguli maimaiti"), ("木拉提·艾力", "M", "mulati aili"),
    ("热依拉·吐尔逊", "F", "reyila tuerxun"), ("扎西顿珠", "M", "zhaxi dunzhu"), ("格桑卓玛", "F", "gesang zhuoma"),
    ("巴特尔", "M", "bateer"), ("其其格", "F", "qiqige"), ("阿卜杜拉·艾海提", "M", "abudula aihaiti"),
    ("次仁央宗", "F", "ciren yangzong"), ("吉克阿依", "F", "jike ayi"), ("约翰·史密斯", "M", "john smith"),
    ("玛丽亚·加西亚", "F", "maria garcia"), ("伊万·彼得罗夫", "M", "ivan petrov"), ("阮氏红", "F", "nguyen thi hong"),
    ("朴英姬", "F", "piao yingji"), ("金敏浩", "M", "jin minhao"), ("迪丽娜尔·阿不都", "F", "dilinaer abudu"),
    ("斯琴高娃", "F", "siqin gaowa"), ("乌兰托娅", "F", "wulan tuoya"), ("达瓦次仁", "M", "dawa ciren"),
    ("艾克拜尔·米吉提", "M", "aikebaier mijiti"), ("安娜·伊万诺娃", "F", "anna ivanova"),
)  # fmt: skip
_ZH_MOBILE_PREFIXES: Final = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156", "157",
    "158", "159", "166", "173", "176", "177", "180", "181", "182", "183", "186", "187", "188", "189", "191", "195",
    "198", "199",
)  # fmt: skip
_ZH_EMAIL_DOMAINS: Final = (
    "163.com",
    "126.com",
    "qq.com",
    "sina.com",
    "foxmail.com",
    "hotmail.com",
    "gmail.com",
    "139.com",
    "yeah.net",
    "aliyun.com",
)
_ZH_BIG_HOSPITALS: Final = (
    "北京协和医院", "四川大学华西医院", "复旦大学附属中山医院", "中山大学附属第一医院", "浙江大学医学院附属第一医院",
    "华中科技大学同济医学院附属同济医院", "中南大学湘雅医院", "山东大学齐鲁医院", "西安交通大学第一附属医院",
    "南方医科大学南方医院", "首都医科大学附属北京天坛医院", "上海交通大学医学院附属瑞金医院", "空军军医大学西京医院",
    "江苏省人民医院", "郑州大学第一附属医院", "中国医科大学附属盛京医院", "重庆医科大学附属第一医院",
)  # fmt: skip
_ZH_PHARMACY_CHAINS: Final = (
    "老百姓大药房",
    "大参林",
    "益丰大药房",
    "一心堂",
    "国大药房",
    "海王星辰",
    "漱玉平民大药房",
    "叮当快药",
    "九州通大药房",
    "健之佳",
)
_ZH_INSURERS: Final = (
    "中国人寿保险股份有限公司", "中国平安人寿保险股份有限公司", "中国太平洋人寿保险股份有限公司",
    "泰康人寿保险有限责任公司", "新华人寿保险股份有限公司", "众安在线财产保险股份有限公司",
    "中国人民健康保险股份有限公司", "太平人寿保险有限公司", "阳光人寿保险股份有限公司",
)  # fmt: skip
_ZH_IH: Final = ("微医互联网医院", "京东健康互联网医院", "好大夫在线", "平安好医生", "阿里健康", "丁香医生", "医鹿")
_ZH_EXAM_CENTERS: Final = ("美年大健康", "爱康国宾", "慈铭体检", "瑞慈体检", "迪安健检")
_ZH_BANKS: Final = ("中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "交通银行", "招商银行", "邮储银行")

# Non-PHI filler.
_ZH_DX: Final = (
    "2型糖尿病", "原发性高血压（2级，高危）", "慢性阻塞性肺疾病", "冠状动脉粥样硬化性心脏病", "脑梗死后遗症",
    "骨质疏松症", "慢性胃炎", "甲状腺功能减退症", "慢性肾脏病3期", "高脂血症", "腰椎间盘突出症", "膝骨关节炎",
    "焦虑状态", "痛风性关节炎", "支气管哮喘", "心房颤动", "慢性心力衰竭（NYHA III级）", "抑郁发作", "前列腺增生",
    "缺铁性贫血",
)  # fmt: skip
_ZH_EPONYMS: Final = (
    "帕金森病", "阿尔茨海默病", "克罗恩病", "桥本甲状腺炎", "格雷夫斯病", "川崎病（幼年）", "唐氏综合征", "贝尔面瘫",
    "梅尼埃病", "库欣综合征", "雷诺现象", "干燥综合征", "巴雷特食管", "吉兰-巴雷综合征病史", "艾迪生病",
)  # fmt: skip
_ZH_DRUGS: Final = (
    ("二甲双胍缓释片", "0.5g bid"), ("苯磺酸氨氯地平片", "5mg qd"), ("阿托伐他汀钙片", "20mg qn"),
    ("阿司匹林肠溶片", "100mg qd"), ("门冬胰岛素30注射液", "早14U 晚12U 皮下注射"), ("厄贝沙坦氢氯噻嗪片", "1片 qd"),
    ("左甲状腺素钠片", "50μg qd 晨起空腹"), ("多巴丝肼片", "125mg tid"), ("复方丹参滴丸", "10丸 tid"),
    ("连花清瘟胶囊", "4粒 tid"), ("硝苯地平控释片", "30mg qd"), ("瑞舒伐他汀钙片", "10mg qn"),
    ("阿卡波糖片", "50mg tid 随餐"), ("利伐沙班片", "15mg qd"), ("酒石酸美托洛尔片", "25mg bid"),
    ("沙库巴曲缬沙坦钠片", "50mg bid"), ("碳酸钙D3片", "600mg qd"), ("塞来昔布胶囊", "200mg qd"),
    ("奥美拉唑肠溶胶囊", "20mg qd"), ("舍曲林片", "50mg qd"), ("甘精胰岛素注射液", "睡前16U"),
    ("王氏保赤丸", "每次60粒"), ("马应龙麝香痔疮膏", "外用 bid"), ("云南白药胶囊", "0.5g tid"),
    ("同仁堂牛黄清心丸", "1丸 qd"), ("片仔癀", "0.6g bid"), ("六味地黄丸", "8丸 tid"), ("逍遥丸", "8丸 tid"),
)  # fmt: skip
_ZH_COMPLAINTS: Final = (
    "反复头晕", "胸闷气短", "双下肢水肿", "咳嗽咳痰", "口干多饮", "腰痛伴左下肢放射痛", "夜尿增多", "失眠、情绪低落",
    "右膝关节疼痛", "上腹部隐痛", "手抖", "反复跌倒", "食欲下降、消瘦", "心慌",
)  # fmt: skip
_ZH_DURATIONS: Final = ("3天", "1周", "半个月", "2月余", "半年", "1年余", "10余天", "3个月", "5年", "20余年")
_ZH_LABS: Final = (
    "空腹血糖 8.9mmol/L", "糖化血红蛋白 7.8%", "血肌酐 142μmol/L", "LDL-C 3.6mmol/L", "尿酸 512μmol/L", "TSH 6.8mIU/L",
    "血红蛋白 96g/L", "INR 2.4", "BNP 860pg/mL", "血钾 5.6mmol/L", "ALT 88U/L", "尿微量白蛋白/肌酐 65mg/g",
)  # fmt: skip
_ZH_DEPTS: Final = (
    "心内科", "内分泌科", "神经内科", "呼吸与危重症医学科", "老年医学科", "骨科", "消化内科", "肾内科", "康复医学科",
    "全科医学科", "中医科", "妇产科", "儿科", "精神心理科", "皮肤科", "眼科",
)  # fmt: skip
_ZH_SCALES: Final = (
    "Barthel指数 55分",
    "MMSE 19分",
    "Morse跌倒评分 55分",
    "Braden评分 13分",
    "PHQ-9 16分",
    "GAD-7 11分",
    "洼田饮水试验 3级",
    "Berg平衡量表 36分",
)
_ZH_VACCINES: Final = (
    "乙肝疫苗（第1剂）", "乙肝疫苗（第2剂）", "卡介苗", "脊灰灭活疫苗（IPV）", "百白破疫苗", "麻腮风疫苗",
    "乙脑减毒活疫苗", "A群流脑多糖疫苗", "甲肝减毒活疫苗", "水痘疫苗", "13价肺炎球菌多糖结合疫苗", "流感疫苗（四价）",
    "23价肺炎球菌多糖疫苗", "带状疱疹疫苗（第1剂）", "新冠病毒疫苗加强针", "HPV疫苗（九价）第2剂",
    "狂犬病疫苗（第3针）", "EV71疫苗",
)  # fmt: skip
_ZH_VAC_MAKERS: Final = (
    "北京科兴",
    "武汉生物",
    "成都生物",
    "华兰生物",
    "智飞生物",
    "沃森生物",
    "康泰生物",
    "北京生物",
    "默沙东",
    "葛兰素史克",
)


# ---------------------------------------------------------------------------------------------
# Chinese: value factory
# ---------------------------------------------------------------------------------------------
_ZH_NUM_DATE: Final = "〇一二三四五六七八九"


def _zh_upper_date_part(n: int) -> str:
    if n < 10:
        return _ZH_DIGITS[n]
    tens, unit = divmod(n, 10)
    return ("" if tens == 1 else _ZH_DIGITS[tens]) + "十" + ("" if unit == 0 else _ZH_DIGITS[unit])


class _Zh:
    """Random Chinese identifiers."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    # ---- names -------------------------------------------------------------------------------
    def person(self, sex: str | None = None, *, rare: float = 0.1, surname: str = "") -> _Persona:
        rng = self.rng
        sex = sex or rng.choice("MF")
        roll = rng.random()
        if not surname and roll < rare * 0.45:
            options = [n for n in _ZH_OTHER_NAMES if n[1] == sex]
            full, _, roman = rng.choice(options)
            return _Persona(given=full, family="", sex=sex, romanised=roman)
        if not surname and roll < rare * 0.6:
            fake = _faker("zh_TW")
            name = str(fake.name_male() if sex == "M" else fake.name_female())
            return _Persona(given=name[1:], family=name[:1], sex=sex, romanised="")
        if surname:
            family, fam_roman = surname, dict(_ZH_SURNAMES + _ZH_RARE_SURNAMES).get(surname, "")
        elif roll < rare:
            family, fam_roman = rng.choice(_ZH_RARE_SURNAMES)
        else:
            family, fam_roman = rng.choice(_ZH_SURNAMES)
        if rng.random() < 0.25:
            fake = _faker("zh_CN")
            given = str(fake.first_name_male() if sex == "M" else fake.first_name_female())
            return _Persona(given=given, family=family, sex=sex, romanised="")
        pool = _ZH_GIVEN_M if sex == "M" else _ZH_GIVEN_F
        chars = rng.sample(pool, 1 if rng.random() < 0.25 else 2)
        if len(chars) == 2 and rng.random() < 0.08:
            chars = [chars[0], chars[0]]
        given = "".join(c for c, _ in chars)
        roman = " ".join((fam_roman, "".join(p for _, p in chars))) if fam_roman else ""
        return _Persona(given=given, family=family, sex=sex, romanised=roman)

    @staticmethod
    def full(p: _Persona) -> str:
        return p.family + p.given

    @staticmethod
    def call_name(p: _Persona) -> str:
        """What goes before 先生/女士/阿姨/医生: the surname, or the whole name when there is none."""
        return p.family or p.given.split("·")[0]

    def nick(self, p: _Persona) -> str:
        rng = self.rng
        last = p.given[-1] if p.family else p.given.split("·")[0][:2]
        return rng.choice((f"小{last}", f"阿{last}", last * 2 if p.family else last))

    def pinyin(self, p: _Persona) -> str:
        rng = self.rng
        if not p.family and p.romanised:
            words = p.romanised.title().split(" ")
            return rng.choice((" ".join(words), p.romanised.upper(), f"{words[-1].upper()}, {' '.join(words[:-1])}"))
        roman = p.romanised or f"{_ascii(p.family) or 'x'} {_ascii(p.given) or 'y'}"
        if roman.strip() in {"x y", ""}:
            roman = rng.choice(("zhang", "wang", "li")) + " " + rng.choice(("wei", "fang", "min"))
        fam, _, given = roman.partition(" ")
        return rng.choice(
            (
                f"{fam.upper()} {given.upper()}",
                f"{fam.capitalize()} {given.capitalize()}",
                f"{given.capitalize()} {fam.capitalize()}",
                f"{fam.upper()}, {given.upper()}",
            )
        )

    # ---- contact -----------------------------------------------------------------------------
    def mobile_forms(self) -> tuple[str, ...]:
        rng = self.rng
        n = rng.choice(_ZH_MOBILE_PREFIXES) + _digits(rng, 8)
        return (
            n,
            f"{n[:3]} {n[3:7]} {n[7:]}",
            f"{n[:3]}-{n[3:7]}-{n[7:]}",
            f"+86 {n[:3]} {n[3:7]} {n[7:]}",
            f"+86-{n}",
            f"(+86){n}",
        )

    def mobile(self) -> str:
        forms = self.mobile_forms()
        return forms[0] if self.rng.random() < 0.55 else self.rng.choice(forms[1:])

    def landline(self, area: str, *, ext: float = 0.0) -> str:
        rng = self.rng
        local = _digits(rng, 8 if len(area) == 3 else rng.choice((7, 8)), first_nonzero=True)
        if local[0] in "01":
            local = "6" + local[1:]
        forms = (
            f"{area}-{local}",
            f"({area}){local}",
            f"{area} {local[:4]} {local[4:]}" if len(local) == 8 else f"{area} {local}",
            f"{local}",
            f"{area}{local}",
            f"+86 {area[1:]} {local}",
            f"（{area}）{local}",
            f"{area}-{local}",
        )
        number = rng.choice(forms)
        if ext and rng.random() < ext:
            number += rng.choice(("转", "-", " 转 ", "分机", " ext.")) + _digits(
                rng, rng.choice((3, 4)), first_nonzero=True
            )
        return number

    def hotline(self) -> str:
        rng = self.rng
        return rng.choice(
            (
                f"400-{_digits(rng, 3)}-{_digits(rng, 4)}",
                f"400 {_digits(rng, 3)} {_digits(rng, 4)}",
                f"95{_digits(rng, 3, first_nonzero=True)}",
                f"800-{_digits(rng, 3)}-{_digits(rng, 4)}",
            )
        )

    def email(self, p: _Persona, birth_year: int) -> str:
        rng = self.rng
        roman = (p.romanised or "").replace(" ", "")
        if not roman:
            roman = rng.choice(("xiaoyu", "happy", "sunny", "lily", "tiger", "jack", "mumu", "kk"))
        domain = rng.choice(_ZH_EMAIL_DOMAINS)
        if domain == "qq.com" and rng.random() < 0.6:
            return f"{_digits(rng, rng.choice((8, 9, 10)), first_nonzero=True)}@qq.com"
        local = rng.choice(
            (
                roman,
                f"{roman}{birth_year}",
                f"{roman}{rng.randint(1, 999)}",
                f"{roman[:1]}{roman[1:]}_{birth_year % 100:02d}",
                f"{roman}.{rng.choice(('cn', 'hz', 'sh', 'bj'))}",
            )
        )
        return f"{local}@{domain}"

    def staff_email(self, p: _Persona, domain: str) -> str:
        roman = (p.romanised or "").replace(" ", "") or _letters(self.rng, 6, "abcdefghjkmnpqrstwxyz")
        return f"{roman}{self.rng.choice(('', str(self.rng.randint(1, 99))))}@{domain}"

    # ---- places ------------------------------------------------------------------------------
    def compound(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.12:
            return rng.choice(
                ("电力局宿舍", "纺织厂家属院", "铁路新村", "机关大院", "师范学院教工宿舍", "化肥厂生活区")
            )
        return rng.choice(_ZH_COMPOUND_A) + rng.choice(_ZH_COMPOUND_B)

    def road(self) -> str:
        rng = self.rng
        if rng.random() < 0.1:
            return str(_faker("zh_CN").street_name())
        return rng.choice(_ZH_ROADS)

    def urban_street(self, district: str) -> str:
        """District + road + number + compound + building/unit/room."""
        rng = self.rng
        bldg, unit, room = rng.randint(1, 32), rng.randint(1, 6), f"{rng.randint(1, 33)}{rng.randint(1, 4):02d}"
        tail = rng.choice(
            (f"{bldg}号楼{unit}单元{room}室", f"{bldg}栋{unit}单元{room}", f"{bldg}幢{room}室", f"{bldg}-{unit}-{room}")
        )
        return f"{district}{self.road()}{rng.randint(1, 999)}号{self.compound()}{tail}"

    def rural_street(self, town: str) -> str:
        rng = self.rng
        village = rng.choice(
            (
                rng.choice(_ZH_SURNAMES)[0] + "家村",
                rng.choice(_ZH_SURNAMES)[0] + "庄村",
                "新民村",
                "红旗村",
                "和平村",
                "大湾村",
                "杨柳坪村",
            )
        )
        return f"{town}{village}{rng.choice(('', str(rng.randint(1, 12)) + '组'))}{rng.randint(1, 120)}号"

    def tw_address(self) -> str:
        rng = self.rng
        city, district = rng.choice(
            (("臺北市", "大安區"), ("新北市", "板橋區"), ("臺中市", "西屯區"), ("高雄市", "苓雅區"), ("臺南市", "東區"))
        )
        road = rng.choice(("復興南路一段", "中正路", "民生東路三段", "文心路二段", "成功路"))
        return f"{city}{district}{road}{rng.randint(1, 400)}號{rng.randint(2, 15)}樓"

    # ---- identifiers -------------------------------------------------------------------------
    def mrn(self, on: dt.date) -> str:
        rng = self.rng
        return rng.choice(
            (
                f"MZ{on:%Y%m%d}{_digits(rng, 4)}",
                f"{rng.randint(1, 9999999):010d}",
                f"ZY{_digits(rng, 8)}",
                f"J{_digits(rng, 8)}",
                f"{on.year}{_digits(rng, 6)}",
                f"B{_digits(rng, 7)}",
            )
        )

    def mrn_alt(self, mrn: str) -> str:
        rng = self.rng
        if mrn.isdigit() and mrn.startswith("0"):
            return mrn.lstrip("0")
        if mrn[:2].isalpha():
            return f"{mrn[:2]}-{mrn[2:]}" if rng.random() < 0.5 else mrn.lower()
        if mrn[:1].isalpha():
            return f"{mrn[0]} {mrn[1:]}"
        return f"{mrn[:4]}-{mrn[4:]}"

    def resident_id_forms(self, rid: str) -> tuple[str, ...]:
        return (
            f"{rid[:6]}********{rid[14:]}",
            f"{rid[:6]} {rid[6:14]} {rid[14:]}",
            f"{rid[:3]}***********{rid[14:]}",
            f"{rid[:4]}**********{rid[14:]}",
            rid.lower() if rid.endswith("X") else f"{rid[:6]}-{rid[6:14]}-{rid[14:]}",
        )

    def plate(self) -> str:
        rng = self.rng
        prov = rng.choice("京沪粤浙苏鄂川湘鲁豫陕辽闽云渝皖桂黑冀赣")
        letter = rng.choice("ABCDEFGHJK")
        body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
        return rng.choice(
            (
                f"{prov}{letter}{body}",
                f"{prov}{letter}·{body}",
                f"{prov}{letter} {body}",
                f"{prov}{letter}{rng.choice('DF')}{_digits(rng, 5)}",
            )
        )

    # ---- dates -------------------------------------------------------------------------------
    def date(self, d: dt.date, *, short: bool = False) -> str:
        rng = self.rng
        if short:
            return rng.choice(
                (
                    f"{d.month}月{d.day}日",
                    f"{d.month}月{d.day}号",
                    f"{d.month:02d}-{d.day:02d}",
                    f"{d.month}.{d.day}",
                    f"{d.month}/{d.day}",
                )
            )
        roll = rng.random()
        if roll < 0.04:
            year = "".join(_ZH_NUM_DATE[int(ch)] for ch in str(d.year))
            return f"{year}年{_zh_upper_date_part(d.month)}月{_zh_upper_date_part(d.day)}日"
        styles = (
            f"{d.year}年{d.month}月{d.day}日",
            f"{d.year}年{d.month:02d}月{d.day:02d}日",
            d.isoformat(),
            f"{d.year}/{d.month}/{d.day}",
            f"{d.year}.{d.month:02d}.{d.day:02d}",
            f"{d.year}.{d.month}.{d.day}",
            f"{d:%Y%m%d}",
            f"{d.year % 100:02d}年{d.month}月{d.day}日",
            f"{d.year}-{d.month}-{d.day}",
            f"{d.year}/{d.month:02d}/{d.day:02d}",
        )
        weights = (30, 12, 22, 8, 6, 4, 3, 2, 4, 9)
        return rng.choices(styles, weights=weights)[0]

    def timestamp(self, d: dt.date, at: tuple[int, int] | None = None) -> str:
        rng = self.rng
        h, m = at or (rng.randint(7, 22), rng.randint(0, 59))
        part = "上午" if h < 12 else ("下午" if h < 18 else "晚上")
        h12 = h if h <= 12 else h - 12
        styles = (
            f"{d.isoformat()} {h:02d}:{m:02d}",
            f"{d.year}年{d.month}月{d.day}日 {h:02d}:{m:02d}",
            f"{d.year}年{d.month}月{d.day}日{h}时{m}分",
            f"{d.year}/{d.month}/{d.day} {part}{h12}:{m:02d}",
            f"{d.month}月{d.day}日 {h:02d}:{m:02d}",
            f"{d.isoformat()} {h:02d}:{m:02d}:{rng.randint(0, 59):02d}",
            f"{d.month}月{d.day}日{part}{h12}点{'半' if m >= 30 else ''}",
        )
        return rng.choice(styles)


# ---------------------------------------------------------------------------------------------
# Chinese templates
# ---------------------------------------------------------------------------------------------
ZH_BLIND4_TEMPLATES: dict[str, str] = {
    "menzhen_bingli": """<<ORG:hospital>>
门 诊 病 历
科别：{dept}    就诊时间：<<DATE:d_visit_ts>>    门诊号：<<ID:pt_mrn>>
姓名：<<PERSON:pt_name>>    性别：{pt_sex}    年龄：<<AGE:pt_age>>岁    职业：{occupation}
身份证号：<<ID:pt_id>>    联系电话：<<PHONE:pt_phone>>
现住址：<<ADDRESS:pt_addr>>
工作单位：<<ORG:pt_employer>>

主诉：{complaint}{duration}。
现病史：患者{duration}前无明显诱因出现{complaint}，<<DATE:d_onset>>曾在<<ORG:center>>就诊，予{drug2}治疗，效果欠佳。\
近两个月随{fam1_rel}<<PERSON:fam1_name>>从<<LOCATION:pt_hometown>>来<<LOCATION:pt_city_short>>居住。
既往史：{dx}；{eponym}。否认药物过敏史。
个人史：原籍<<LOCATION:pt_hometown>>，吸烟20年，已戒。
家族史：母亲患{family_dx}。
查体：BP {bp}mmHg，HR {hr}次/分，神清，双肺呼吸音清，双下肢无水肿。
辅助检查：<<DATE:d_prev1>>外院：{lab1}。
初步诊断：1.{dx}  2.{dx2}
处理：1.{drug1} {dose1}；2.完善相关检查；3.<<DATE:d_next>>复诊，不适随诊。

医师签名：<<PERSON:doc_name>>
陪诊家属：<<PERSON:fam1_name>>（{fam1_rel}）  电话：<<PHONE:fam1_phone>>
""",
    "gaoxueya_suifang": """<<ORG:center>>
高血压患者随访服务记录表

姓名：<<PERSON:pt_name_exact>>            健康档案编号：<<ID:pt_health_rec>>
随访日期：<<DATE:d_visit>>    随访方式：□门诊  ☑家庭  □电话
症状：{complaint}
体征：血压 {bp} mmHg    体重 {weight} kg    心率 {hr} 次/分
生活方式指导：日吸烟量 0 支；日饮酒量 1 两；运动 每周3次，每次30分钟；摄盐情况 中
服药依从性：□规律 ☑间断 □不服药
药物名称1：{drug1}    用法用量：{dose1}
药物名称2：{drug2}    用法用量：{dose2}
转诊：☑有  原因：血压控制不满意  机构及科别：<<ORG:hospital>>{dept}
下次随访日期：<<DATE:d_next>>
随访医生签名：<<PERSON:doc_name>>

备注：患者独居于<<ADDRESS:pt_addr_short>>，子女<<PERSON:fam1_name>>在<<LOCATION:fam2_city>>打工，\
每周日晚打电话回来（<<PHONE:fam1_phone>>）。紧急联系人为对门邻居<<PERSON:neighbour_surname>>{neighbour_title}\
（<<PHONE:neighbour_phone>>）。家中座机<<PHONE:pt_phone2>>。
""",
    "jiating_yisheng_qianyue": """家庭医生签约服务记录

签约编号：<<ID:sign_no>>    签约日期：<<DATE:d_sign>>    服务包：老年人基础包 + 慢病管理包
签约居民：<<PERSON:pt_name>>    性别：{pt_sex}    出生日期：<<DATE:pt_dob>>
身份证号：<<ID:pt_id_alt>>    手机：<<PHONE:pt_phone_alt>>    微信号：<<ID:pt_wechat>>
居住地址：<<ADDRESS:pt_addr>>    电子邮箱：<<EMAIL:pt_email>>
家庭成员：{fam1_rel}<<PERSON:fam1_name>>（<<AGE:fam1_age>>岁）；{fam2_rel}<<PERSON:fam2_name>>（<<PHONE:fam2_phone>>）
签约团队：<<ORG:center>>  全科医生<<PERSON:doc_name>>（工作手机<<PHONE:doc_phone>>）、社区护士<<PERSON:nurse_name>>、\
公卫医生<<PERSON:doc3_name>>

随访记录：
<<DATE:d_prev1>>  电话随访。<<PERSON:pt_surname>>{pt_title_old}诉近期夜间{complaint}，嘱记录血压。
<<DATE:d_prev2>>  门诊随访。血压 {bp}mmHg，调整{drug1}为{dose1}。
<<DATE:d_visit>>  上门随访（<<PERSON:doc_surname>>医生、<<PERSON:nurse_surname>>护士）。查{lab1}。{scale}。\
家属<<PERSON:fam2_name>>反映老人<<DATE:d_short1>>在小区门口摔倒一次，已由<<ORG:hospital>>急诊处理。
下次随访：<<DATE:d_next>>。
居民（或家属）签字：<<PERSON:fam2_name>>
""",
    "zhuanzhen_shangzhuan": """双向转诊单（上转）                    No. <<ID:referral_no>>

<<ORG:hospital>>{dept}：
    现有患者<<PERSON:pt_name>>，性别{pt_sex}，年龄<<AGE:pt_age>>岁，因{complaint}{duration}，经我中心初步诊断为{dx}，\
需转入贵院进一步诊治。
    患者身份证号：<<ID:pt_id>>    医保卡号：<<ID:pt_mi_card>>
    家庭住址：<<ADDRESS:pt_addr>>    联系电话：<<PHONE:pt_phone>> / <<PHONE:pt_phone2>>
    主要既往史：{dx2}；{eponym}。
    治疗经过：<<DATE:d_prev1>>起予{drug1} {dose1}，<<DATE:d_prev2>>查{lab1}。
    转诊医生：<<PERSON:doc_name>>（<<PHONE:doc_phone>>）
                                            <<ORG:center>>
                                            <<DATE:d_visit>>
----------------------------------------------------------------
存  根
患者<<PERSON:pt_name>>，<<AGE:pt_age>>岁，于<<DATE:d_visit>>转往<<ORG:hospital>>，已电话联系<<PERSON:doc2_surname>>主任\
（<<PHONE:hosp_phone>>）。陪同：{fam1_rel}<<PERSON:fam1_name>>。
""",
    "zhuanzhen_huizhuan": """双向转诊（回转）单

<<ORG:center>> <<PERSON:doc_surname>>医生：
    患者<<PERSON:pt_name>>因{dx}于<<DATE:d_admit>>至<<DATE:d_discharge>>在我院{dept}住院治疗（住院号<<ID:pt_mrn>>），\
现病情稳定，转回贵中心继续康复治疗及随访。
    出院诊断：1.{dx}  2.{dx2}
    出院带药：{drug1} {dose1}；{drug2} {dose2}
    康复建议：低盐低脂饮食，监测血压血糖；<<DATE:d_next>>至我院{dept}门诊复查{lab1}。\
预约电话<<PHONE:hosp_phone>>，或登录<<URL:hosp_url>>预约。
    患者联系方式：<<PHONE:pt_phone_alt>>（本人）、<<PHONE:fam1_phone>>（{fam1_rel}<<PERSON:fam1_name>>）。
    主管医生：<<PERSON:doc2_name>>（<<EMAIL:doc2_email>>）    科主任：<<PERSON:chief_name>>
    病区护士长：<<PERSON:nurse_name>>（联系电话<<PHONE:ward_phone>>）
                                            <<ORG:hospital>>
                                            <<DATE:d_letter>>
""",
    "tangniaobing_manbing": """2型糖尿病患者随访服务记录

患者：<<PERSON:pt_name>>    健康档案号：<<ID:pt_health_rec>>    社保卡号：<<ID:pt_mi_card>>
随访日期：<<DATE:d_visit>>    随访方式：家庭（入户）    地址：<<ADDRESS:pt_addr_short>>
症状：{complaint}
体征：血压 {bp}mmHg，体重 {weight}kg，足背动脉搏动：减弱（双侧）
辅助检查：{lab1}；{lab2}
血糖监测：{fam1_rel}<<PERSON:fam1_nick>>每日用血糖仪（序列号<<ID:device_sn>>）测指尖血糖并记在本子上，\
<<DATE:d_short1>>夜间出现低血糖一次（3.1mmol/L），进食后缓解。
用药情况：{drug1} {dose1}；{drug2} {dose2}。自述另服"{drug3}"（<<ORG:pharmacy>>购买）。
服药依从性：间断。
此次随访分类：控制不满意。
转诊建议：转<<ORG:hospital>>{dept}，已联系<<PERSON:doc2_name>>医生。
下次随访：<<DATE:d_next>>
随访医生：<<PERSON:doc_name>>    <<ORG:center>>
""",
    "dianhua_suifang": """出院患者电话随访记录表

随访时间：<<DATE:d_msg1>>    随访人：<<PERSON:nurse_name>>（<<ORG:hospital>>{dept}）
患者姓名：<<PERSON:pt_name>>    住院号：<<ID:pt_mrn_alt>>    出院日期：<<DATE:d_discharge>>
出院诊断：{dx}
拨打电话：<<PHONE:pt_phone>>（无人接听）→ <<PHONE:fam1_phone>>（{fam1_rel}<<PERSON:fam1_name>>接听）

随访内容：
1. 患者目前在<<LOCATION:fam2_city>>{fam2_rel}<<PERSON:fam2_name>>家中休养，地址<<ADDRESS:fam_addr>>。
2. 已于<<DATE:d_short1>>在<<ORG:center>>拆线，伤口愈合好。
3. 服药：{drug1} {dose1}，能按时服用；{drug2}自行停用，已告知不可随意停药。
4. 家属询问复查事宜，告知<<DATE:d_next>>上午到{dept}门诊找<<PERSON:doc2_surname>>主任，可提前在<<URL:hosp_url>>预约。
5. 患者对护理工作满意，特别提到夜班护士<<PERSON:nurse2_name>>。

第二次随访：<<DATE:d_msg2>>，患者本人接听（新号码<<PHONE:pt_phone_alt>>），无不适。
""",
    "chufang_jian": """<<ORG:hospital>>
处 方 笺                                       普通处方
费别：☑医保 □自费    医保号：<<ID:pt_mi_card>>    处方编号：<<ID:rx_no>>
姓名：<<PERSON:pt_name>>    性别：{pt_sex}    年龄：<<AGE:pt_age>>岁    门诊号：<<ID:pt_mrn>>
科别：{dept}    开具日期：<<DATE:d_visit>>
临床诊断：{dx}；{eponym}
Rp:
  {drug1}  ×2盒
      Sig: {dose1}
  {drug2}  ×1盒
      Sig: {dose2}
医师：<<PERSON:doc_name>>（执业证书编码 <<ID:doc_license>>）    金额：¥ 186.40
审核药师：<<PERSON:pharm_name>>    调配：<<PERSON:pharm2_name>>    核对/发药：<<PERSON:pharm_surname>>药师
代办人：<<PERSON:fam1_name>>    代办人身份证号：<<ID:fam1_id>>    电话：<<PHONE:fam1_phone>>
外配处方可至<<ORG:pharmacy>>（<<ADDRESS:pharmacy_addr>>，<<PHONE:pharmacy_phone>>）取药。
""",
    "zhenduan_zhengming": """<<ORG:hospital>>
诊 断 证 明 书
                                                编号：<<ID:cert_no>>
姓名：<<PERSON:pt_name>>    性别：{pt_sex}    年龄：<<AGE:pt_age>>    民族：{ethnic}
身份证号：<<ID:pt_id>>
工作单位：<<ORG:pt_employer>>
门诊/住院号：<<ID:pt_mrn>>
诊断：{dx}；{dx2}
    兹证明该患者于<<DATE:d_admit>>至<<DATE:d_discharge>>在我院{dept}住院治疗，共住院{stay_days}天。\
建议：出院后全休（自<<DATE:d_cert_from>>起至<<DATE:d_cert_to>>止），避免重体力劳动，<<DATE:d_next>>门诊复查。
医师：<<PERSON:doc_name>>    科主任：<<PERSON:chief_name>>
                                    医务科（盖章）
                                    <<DATE:d_letter>>
注：本证明涂改无效，仅供患者向<<ORG:pt_employer>>请假使用。
""",
    "bingjia_tiao": """病 假 条

<<ORG:pt_employer>>人力资源部 <<PERSON:hr_name>>：
    兹有贵单位员工<<PERSON:pt_name>>（工号<<ID:employee_no>>），因{dx2}于<<DATE:d_visit>>来我院就诊，\
建议病休{sick_leave}（<<DATE:d_cert_from>>—<<DATE:d_cert_to>>）。
    特此证明。
                                    经治医生：<<PERSON:doc_name>>
                                    <<ORG:hospital>>门诊部
                                    <<DATE:d_letter>>
附：员工本人电话<<PHONE:pt_phone>>；单位如需核实，请致电我院医务科<<PHONE:hosp_phone>>，或发邮件至<<EMAIL:hosp_email>>。
（本人另有<<ORG:hospital2>>诊断证明一份，就诊日期<<DATE:d_prev2>>。）
""",
    "tijian_baogao": """<<ORG:exam_center>>
健 康 体 检 报 告

体检编号：<<ID:exam_no>>    体检日期：<<DATE:d_exam>>    报告日期：<<DATE:d_report>>
姓名：<<PERSON:pt_name>>    性别：{pt_sex}    年龄：<<AGE:pt_age>>    婚否：已婚
身份证：<<ID:pt_id_alt>>    手机：<<PHONE:pt_phone_alt>>
单位：<<ORG:pt_employer>>（团体体检，联系人<<PERSON:hr_name>>，<<PHONE:hr_phone>>）

一、一般检查：身高 168cm，体重 {weight}kg，BMI 27.1，血压 {bp}mmHg
二、实验室检查：{lab1}↑；{lab2}
三、影像：胸部CT：右肺上叶磨玻璃结节（约5mm）；腹部B超：脂肪肝（轻度）
四、主要异常及建议：
  1. 肺结节：建议12个月后复查低剂量CT，可至<<ORG:hospital>>胸外科就诊。
  2. {dx2}：建议{dept}随诊。

主检医师：<<PERSON:doc_name>>    总检审核：<<PERSON:doc2_name>>
电子报告查询：<<URL:report_url>>    客服热线：<<PHONE:hotline>>
报告已同步发送至<<EMAIL:pt_email>>。
""",
    "chusheng_yixue_zhengming": """《出生医学证明》签发登记 / 补发申请表

出生医学证明编号：<<ID:birth_cert_no>>
新生儿姓名：<<PERSON:baby_name>>    性别：{baby_sex}    出生时间：<<DATE:d_baby_birth>>
出生地点：<<LOCATION:birth_place>>    出生孕周：39+2周    体重：{baby_weight}克    身长：50厘米
母亲姓名：<<PERSON:pt_name>>    年龄：<<AGE:pt_age>>    国籍：中国    民族：{ethnic}
母亲有效身份证件号码：<<ID:pt_id>>
父亲姓名：<<PERSON:fam1_name>>    年龄：<<AGE:fam1_age>>    有效身份证件号码：<<ID:fam1_id>>
出生地点分类：医院    助产机构名称：<<ORG:hospital>>
接生人员：<<PERSON:nurse_name>>    签发日期：<<DATE:d_letter>>
家庭住址：<<ADDRESS:pt_addr>>    联系电话：<<PHONE:pt_phone>>

补发原因：原证于<<DATE:d_prev3>>搬家时遗失，已于<<DATE:d_prev2>>在《<<ORG:newspaper>>》登报声明作废。
申请人：<<PERSON:pt_name>>    受理人：<<PERSON:doc3_name>>（<<ORG:hospital>>出生医学证明管理办公室）
""",
    "yufang_jiezhong": """<<ORG:center>>预防接种门诊
儿童预防接种证    编号：<<ID:vac_cert_no>>

儿童姓名：<<PERSON:pt_name>>    性别：{pt_sex}    出生日期：<<DATE:pt_dob>>    出生体重：{baby_weight}g
监护人：<<PERSON:fam1_name>>（{fam1_rel}）    联系电话：<<PHONE:pt_phone>>    备用：<<PHONE:fam2_phone>>
家庭住址：<<ADDRESS:pt_addr>>
户籍所在地：<<LOCATION:pt_hometown>>
出生医院：<<ORG:hospital>>    出生医学证明编号：<<ID:birth_cert_no>>

疫苗名称                 接种日期         生产企业        批号        部位     接种者
{vac1}    <<DATE:d_dose1>>    <<ORG:vac_maker1>>    {lot1}    右上臂    <<PERSON:nurse_name>>
{vac2}    <<DATE:d_dose2>>    <<ORG:vac_maker2>>    {lot2}    左上臂    <<PERSON:nurse2_name>>
{vac3}    <<DATE:d_dose3>>    <<ORG:vac_maker1>>    {lot3}    右大腿    <<PERSON:nurse_name>>
{vac4}    <<DATE:d_dose4>>    （外地接种，<<LOCATION:fam2_city>>补录）

异常反应：<<DATE:d_short1>>接种后低热37.8℃，次日自行消退。
下次接种：<<DATE:d_next>>  {vac5}
入托入学查验：<<ORG:school>>，保健老师<<PERSON:teacher_name>>。
""",
    "hulianwang_wenzhen": """<<ORG:ih>>  图文问诊记录
问诊单号：<<ID:ih_order_no>>    下单时间：<<DATE:d_msg1>>
就诊人：<<PERSON:pt_name>>（{pt_sex}，<<AGE:pt_age>>岁）    账号：<<PHONE:fam1_phone>>（{fam1_rel}代问）
接诊医生：<<PERSON:doc_name>>  {doc_rank}  <<ORG:hospital>>{dept}

病情描述（家属填写）：老人{complaint}{duration}，<<DATE:d_short1>>在<<ORG:center>>测{lab1}，平时吃{drug1}。

[<<DATE:d_msg2>>] 患者：医生您好，我是<<PERSON:fam1_name>>，替我{parent_word}问一下，报告单已经上传了。
[<<DATE:d_msg3>>] <<PERSON:doc_surname>>医生：您好，看了报告，建议把{drug2}先停一下，{drug1}继续。老人现在住哪里？方\
便的话来我们\
<<ORG:hospital2>>门诊当面看一下。
[<<DATE:d_msg4>>] 患者：在<<LOCATION:pt_city_short>>，住<<ADDRESS:pt_addr_short>>，离你们有点远。我\
{sib_word}<<PERSON:fam2_name>>\
可以陪去，{fam2_ta}电话<<PHONE:fam2_phone>>。
[<<DATE:d_msg5>>] <<PERSON:doc_surname>>医生：好的，先开个处方，药品配送到家。复诊可点这个链接：<<URL:ih_url>>

电子处方：{drug1} {dose1}    审方药师：<<PERSON:pharm_name>>
配送地址：<<ADDRESS:pt_addr>>    收件人：<<PERSON:fam1_name>>    <<PHONE:fam1_phone>>
""",
    "jiashu_weixinqun": """【<<PERSON:pt_surname>>{pt_title_old}家庭医生服务群】聊天记录（导出）
群成员：<<PERSON:doc_name>>（家庭医生）、<<PERSON:nurse_name>>（社区护士）、<<PERSON:fam1_name>>、\
<<PERSON:fam2_name>>、{wx_display}、<<PERSON:fam3_nick>>

—— <<DATE:d_msg1>> ——
<<PERSON:fam1_name>>：<<PERSON:doc_surname>>医生，我{parent_word}今天早上量血压{bp}，有点高，要不要加药？
<<PERSON:doc_name>>：先别急，上午再量两次，把数字发群里。{drug1}按时吃了吗？
<<PERSON:fam1_name>>：吃了的
—— <<DATE:d_msg2>> ——
<<PERSON:fam2_name>>：[图片] 这是<<DATE:d_short1>>在<<ORG:hospital>>做的检查报告
<<PERSON:nurse_surname>>护士：收到。明天上午我和<<PERSON:doc_surname>>医生上门看看，地址还是\
<<ADDRESS:pt_addr_short>>吧？
<<PERSON:fam3_nick>>：对的，明天我在家，到了打我电话<<PHONE:fam3_phone>>，楼下门禁坏了
{wx_display}：谢谢医生[抱拳]
—— <<DATE:d_msg3>> ——
<<PERSON:fam1_name>>：<<PERSON:doc_surname>>医生，另外我姑姑<<PERSON:other_pt_name>>也想签你们家庭医生，她住\
<<ADDRESS:fam_addr>>，\
手机<<PHONE:other_phone>>，身份证号<<ID:other_id>>，可以吗？
<<PERSON:doc_name>>：可以的，让她带身份证和医保卡到<<ORG:center>>一楼签约窗口，或者打<<PHONE:center_phone>>预约上门。
""",
    "yibao_lipei": """<<ORG:insurer>>
理 赔 申 请 书

报案号：<<ID:claim_no>>    保单号：<<ID:policy_no>>
被保险人：<<PERSON:pt_name>>    证件类型：居民身份证    证件号码：<<ID:pt_id>>
出险日期：<<DATE:d_onset>>    出险地点：<<LOCATION:travel_place>>
申请人：<<PERSON:fam1_name>>（与被保险人关系：{fam1_rel}）    身份证号：<<ID:fam1_id>>    手机：<<PHONE:fam1_phone>>
通讯地址：<<ADDRESS:fam_addr>>    电子邮箱：<<EMAIL:fam1_email>>
就诊医院：<<ORG:hospital>>（住院号<<ID:pt_mrn>>），<<DATE:d_admit>>入院，<<DATE:d_discharge>>出院
基本医保结算：统筹支付 12,480.00元（结算单号<<ID:settle_no>>，经办机构<<ORG:mi_bureau>>）
发票号码：<<ID:invoice_no>>
异地就医备案：参保地<<LOCATION:pt_hometown>>，就医地<<LOCATION:pt_city_short>>，备案日期<<DATE:d_prev3>>
领款账户：户名 <<PERSON:fam1_name>>    开户行 <<ORG:bank>>    账号 <<ID:bank_card>>
授权声明：本人授权贵公司向<<ORG:hospital>>及<<ORG:hospital2>>调取被保险人病历资料。
申请人签名：<<PERSON:fam1_name>>    日期：<<DATE:d_letter>>
理赔专员：<<PERSON:agent_name>>    服务电话：<<PHONE:insurer_phone>>
""",
    "laonianren_jiankang_guanli": """<<ORG:center>>
老年人健康管理服务记录（65岁及以上）

姓名：<<PERSON:pt_name>>    性别：{pt_sex}    年龄：<<AGE:pt_age>>岁（<<DATE:pt_dob>>出生）    档案编号：\
<<ID:pt_health_rec>>
住址：<<ADDRESS:pt_addr>>
居住情况：与{fam1_rel}<<PERSON:fam1_name>>同住；另有子女<<PERSON:fam2_name>>在<<LOCATION:fam2_city>>。
体检日期：<<DATE:d_exam>>
生活自理能力评估：轻度依赖（5分）。认知功能：粗筛阳性，{scale}。情感状态：粗筛阴性。
一般状况：体温36.4℃，脉率{hr}次/分，血压 左侧{bp}mmHg；{lab1}。
既往史：{dx}；{eponym}。
健康指导：防跌倒，慎用{drug3}；接种{vac1}（已于<<DATE:d_dose1>>接种）。
责任医生：<<PERSON:doc_name>>    村医：<<PERSON:vill_doc_name>>（<<ORG:village_clinic>>，<<PHONE:vill_phone>>）
本人/家属签字：<<PERSON:fam1_name>>    随访联系电话：<<PHONE:pt_phone>>
""",
    "anning_liaohu_jiating_huiyi": """安宁疗护家庭会议记录

时间：<<DATE:d_visit_ts>>    地点：<<ORG:hospital>>安宁疗护病区家属谈话室
患者：<<PERSON:pt_name>>，{pt_sex}，<<AGE:pt_age>>岁，住院号<<ID:pt_mrn>>
参会人员：主管医生<<PERSON:doc_name>>、<<PERSON:nurse_surname>>护士长、社工<<PERSON:sw_name>>、志愿者\
<<PERSON:volunteer_name>>；\
患者{fam1_rel}<<PERSON:fam1_name>>、{fam2_rel}<<PERSON:fam2_name>>（视频参会，人在<<LOCATION:fam2_city>>）、孙女\
<<PERSON:fam3_name>>

会议内容：
1. 病情告知：患者{dx}晚期，<<DATE:d_prev1>>以来进食明显减少，{scale}。
2. 患者本人意愿：清醒时多次表示想回<<LOCATION:pt_hometown>>老家，"落叶归根"；不做气管插管及心肺复苏。
3. 家属意见：{fam2_rel}<<PERSON:fam2_name>>希望再转<<ORG:hospital2>>试一次治疗，经讨论后同意尊重老人意愿。
4. 症状管理：{drug1} {dose1}；必要时{drug3}。
5. 后续安排：拟于<<DATE:d_next>>出院回家，由<<ORG:center>>家庭病床接续（联系人<<PERSON:doc3_name>>，\
<<PHONE:center_phone>>）。
   哀伤辅导由社工<<PERSON:sw_surname>>老师跟进，家属联系电话<<PHONE:fam1_phone>>，病历复印件发送至<<EMAIL:fam1_email>>。
记录人：<<PERSON:sw_name>>
""",
    "kangfu_zhiliao_jilu": """<<ORG:hospital2>>康复医学科
康复治疗记录单

姓名：<<PERSON:pt_name>>    性别：{pt_sex}    年龄：<<AGE:pt_age>>    病案号：<<ID:pt_mrn>>    联系电话：\
<<PHONE:pt_phone_alt>>
诊断：{dx}；{eponym}
治疗师：<<PERSON:ther_name>>    督导：<<PERSON:ther2_name>>

<<DATE:d_prev1>>  初次评定：{scale}；右侧肢体Brunnstrom III期。制定PT+OT方案，每周5次。
<<DATE:d_prev2>>  第10次治疗：可扶助行器步行10米。{fam1_rel}<<PERSON:fam1_nick>>学习转移技术。
<<DATE:d_visit>>  中期评定：Barthel指数较前提高15分。患者诉想早日回<<ORG:pt_employer>>上班。
居家训练视频已发至家属微信（<<ID:fam_wechat>>）及邮箱<<EMAIL:fam1_email>>，另见<<URL:report_url>>。
下次评定：<<DATE:d_next>>。如需上门康复，请联系<<ORG:center>>康复站<<PERSON:ther3_name>>治疗师（<<PHONE:ther_phone>>）。
""",
    "yaoxue_menzhen_zixun": """药学门诊 · 用药咨询记录

咨询时间：<<DATE:d_visit_ts>>    咨询方式：电话（<<PHONE:pt_phone_alt>>）
药师：<<PERSON:pharm_name>>（<<ORG:hospital>>药学部）
患者：<<PERSON:pt_name>>    性别：{pt_sex}    年龄：<<AGE:pt_age>>    门诊号：<<ID:pt_mrn>>
咨询人：{fam1_rel}<<PERSON:fam1_name>>

现用药清单（家属拍照提供）：
1. {drug1} {dose1}——<<ORG:hospital>>{dept}<<PERSON:doc2_surname>>医生开具（<<DATE:d_prev1>>）
2. {drug2} {dose2}——<<ORG:center>><<PERSON:doc_surname>>医生开具（<<DATE:d_prev2>>）
3. {drug3}——<<ORG:pharmacy>>自购，邻居<<PERSON:neighbour_surname>>{neighbour_title}推荐
4. 保健品若干（朋友从<<LOCATION:travel_place>>带回）

问题与建议：存在重复用药风险；{drug3}与{drug1}合用需监测。已电话告知<<PERSON:doc_surname>>医生\
（<<PHONE:doc_phone>>）。建议<<DATE:d_next>>携全部药盒来药学门诊复核。
药师签名：<<PERSON:pharm_name>>
""",
    "jiating_bingchuang_shangmen": """"互联网+护理服务"上门服务记录

订单号：<<ID:ih_order_no>>    服务时间：<<DATE:d_visit_ts>>    服务项目：PICC维护 + 压疮换药
服务对象：<<PERSON:pt_name>>    年龄：<<AGE:pt_age>>    身份证：<<ID:pt_id_alt>>
上门地址：<<ADDRESS:pt_addr>>    预约人：{fam1_rel}<<PERSON:fam1_name>>（<<PHONE:fam1_phone>>）
护士：<<PERSON:nurse_name>>（执业证书编号<<ID:nurse_license>>），<<ORG:hospital>>
同行：<<PERSON:nurse2_name>>（安全陪护）    小区门卫登记车牌：<<ID:plate>>

评估：神志清，{scale}。骶尾部压疮2期，约3×2cm。PICC置管于<<DATE:d_prev1>>，外露长度无变化。
处置：PICC冲封管、更换敷料；压疮清创换药。
照护者：住家保姆<<PERSON:caregiver_surname>>阿姨（<<ORG:caregiver_agency>>派遣，<<PHONE:caregiver_phone>>），已示范翻\
身方法。
下次服务：<<DATE:d_next>>。如有发热请拨打120或联系<<ORG:center>>（<<PHONE:center_phone>>）。
""",
    "guoji_yiliao_fanyi": """<<ORG:hospital>> 国际医疗部  门诊记录

患者：<<PERSON:pt_name>>（<<PERSON:pt_pinyin>>）    性别：{pt_sex}    出生日期：<<DATE:pt_dob>>
证件：<<ID:pt_passport>>（{permit_kind}）；居住证号码：<<ID:pt_id>>
联系电话：<<PHONE:pt_phone>>；境外电话：<<PHONE:pt_phone_abroad>>    邮箱：<<EMAIL:pt_email>>
陪同翻译：<<PERSON:interp_name>>（<<ORG:interp_company>>，<<PHONE:interp_phone>>）
商业保险：<<ORG:intl_insurer>>，会员号<<ID:policy_no>>，直付授权号<<ID:claim_no>>

主诉：{complaint}{duration}。
现病史：患者<<DATE:d_prev1>>从<<LOCATION:pt_hometown>>来<<LOCATION:pt_city_short>>工作，在<<ORG:pt_employer>>任职。<<DATE:d_onset>>起\
{complaint}，\
曾在<<LOCATION:pt_hometown>>的诊所就诊，带来病历（医生<<PERSON:foreign_doc>>）。
诊断：{dx2}。
处理：{drug1} {dose1}。<<DATE:d_next>>复诊。紧急联系人：<<PERSON:fam1_name>>（{fam1_rel}）<<PHONE:fam1_phone>>。
接诊医生：<<PERSON:doc_name>>
""",
    "xuesheng_fuke_zhengming": """学生因病缺课复课证明

<<ORG:school>>{grade_class}班主任<<PERSON:teacher_surname>>老师：
    学生<<PERSON:pt_name>>（学籍号<<ID:student_id>>）因{child_dx}于<<DATE:d_prev1>>至<<DATE:d_visit>>在我院儿科诊治，\
现已痊愈（已过隔离期），可于<<DATE:d_return>>返校复课。体育课暂免至<<DATE:d_short1>>。
    家长：<<PERSON:fam1_name>>    电话：<<PHONE:fam1_phone>>

                                    医生：<<PERSON:doc_name>>
                                    <<ORG:hospital>>
                                    <<DATE:d_letter>>
校医审核：<<PERSON:school_doc_name>>    审核日期：<<DATE:d_short2>>
""",
}


# ---------------------------------------------------------------------------------------------
# Chinese: one note's values
# ---------------------------------------------------------------------------------------------
_ZH_TEMPLATE_AGES: Final[dict[str, tuple[int, int, float]]] = {
    "yufang_jiezhong": (0, 6, 0.0),
    "xuesheng_fuke_zhengming": (6, 17, 0.0),
    "chusheng_yixue_zhengming": (20, 42, 0.0),
    "bingjia_tiao": (18, 60, 0.0),
    "tijian_baogao": (22, 65, 0.0),
    "guoji_yiliao_fanyi": (20, 70, 0.0),
    "kangfu_zhiliao_jilu": (30, 75, 0.0),
    "laonianren_jiankang_guanli": (65, 104, 0.5),
    "anning_liaohu_jiating_huiyi": (50, 104, 0.45),
    "jiating_bingchuang_shangmen": (60, 103, 0.4),
    "jiating_yisheng_qianyue": (60, 102, 0.35),
    "jiashu_weixinqun": (60, 101, 0.3),
    "hulianwang_wenzhen": (55, 100, 0.25),
    "gaoxueya_suifang": (45, 100, 0.2),
    "tangniaobing_manbing": (45, 100, 0.2),
}
# Templates whose first relative must be the patient's child.
_ZH_CHILD_RELATIVE: Final = frozenset({"hulianwang_wenzhen", "jiashu_weixinqun", "anning_liaohu_jiating_huiyi"})
_ZH_RURAL_TEMPLATES: Final = frozenset(
    {"laonianren_jiankang_guanli", "gaoxueya_suifang", "tangniaobing_manbing", "jiating_yisheng_qianyue"}
)
_ZH_NEWSPAPERS: Final = (
    "杭州日报",
    "南方都市报",
    "钱江晚报",
    "齐鲁晚报",
    "楚天都市报",
    "新民晚报",
    "华西都市报",
    "北京青年报",
    "扬子晚报",
)
_ZH_FOREIGN: Final = (
    ("约翰·史密斯", "M", "John Smith", "护照", "美国旧金山", "+1 415 {a} {b}"),
    ("玛丽亚·加西亚", "F", "Maria Garcia", "护照", "西班牙巴塞罗那", "+34 6{a}{b}"),
    ("伊万·彼得罗夫", "M", "Ivan Petrov", "护照", "俄罗斯伊尔库茨克", "+7 914 {a} {b}"),
    ("阮氏红", "F", "Nguyen Thi Hong", "护照", "越南河内", "+84 91 {a} {b}"),
    ("安娜·伊万诺娃", "F", "Anna Ivanova", "护照", "俄罗斯海参崴", "+7 924 {a} {b}"),
    ("金敏浩", "M", "Kim Min-ho", "护照", "韩国首尔", "+82 10-{a}-{b}"),
)  # fmt: skip


def _zh_org(z: _Zh, kind: str, city: str, district: str) -> str:
    rng = z.rng
    short = city.removesuffix("市")
    if kind == "hospital":
        roll = rng.random()
        if roll < 0.35:
            return rng.choice(_ZH_BIG_HOSPITALS)
        return rng.choice(
            (
                f"{city}第{rng.choice('一二三四五六七')}人民医院",
                f"{city}中医院",
                f"{short}市中心医院",
                f"{city}妇幼保健院",
                f"{district}人民医院",
                f"{short}仁爱医院",
                f"{city}第{rng.choice('一二三')}医院",
                f"{short}和睦家医院",
                f"{city}老年病医院",
                f"{district}中西医结合医院",
            )
        )
    if kind == "center":
        street = rng.choice(("新华", "和平", "东湖", "望江", "长安", "枫桥", "城东", "南苑", "湖滨", "桃园", "文汇"))
        return rng.choice(
            (
                f"{district}{street}街道社区卫生服务中心",
                f"{short}市{district}{street}社区卫生服务中心",
                f"{street}社区卫生服务站",
                f"{district}{street}镇卫生院",
            )
        )
    if kind == "pharmacy":
        return rng.choice(
            (
                f"{rng.choice(_ZH_PHARMACY_CHAINS)}（{z.road()}店）",
                rng.choice(_ZH_PHARMACY_CHAINS),
                f"{rng.choice(_ZH_SURNAMES)[0]}氏大药房",
                f"{short}百姓缘大药房",
            )
        )
    if kind == "employer":
        return rng.choice(
            (
                f"{short}{_faker('zh_CN').company()}",
                str(_faker("zh_CN").company()),
                f"{city}{rng.choice(('自来水公司', '公交集团', '第二中学', '供电公司', '市场监督管理局'))}",
                rng.choice(
                    ("华为技术有限公司", "顺丰速运", "美团", "中国移动通信集团", "比亚迪股份有限公司", "富士康科技集团")
                ),
            )
        )
    if kind == "school":
        return rng.choice(
            (
                f"{city}第{rng.choice('一二三四五六七八九十')}中学",
                f"{district}实验小学",
                f"{short}市{rng.choice(('阳光', '金色摇篮', '小天使', '启明星'))}幼儿园",
                f"{district}{rng.choice(('育才', '红星', '外国语', '新华'))}小学",
            )
        )
    raise ValueError(kind)


def _zh_values(rng: random.Random, template: str) -> tuple[dict[str, str], tuple[KnownIdentifier, ...]]:
    z = _Zh(rng)
    for locale in ("zh_CN", "zh_TW"):
        _faker(locale).seed_instance(rng.randrange(2**32))
    lo, hi, p_old = _ZH_TEMPLATE_AGES.get(template, (18, 100, 0.15))
    age = _pick_age(rng, lo, hi, p_old)
    visit = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randint(0, 2750))
    birth = _birth_for(rng, age, visit)
    sex = "F" if template == "chusheng_yixue_zhengming" else rng.choice("MF")

    foreign = None
    if template == "guoji_yiliao_fanyi":
        roll = rng.random()
        if roll < 0.45:
            foreign = rng.choice([f for f in _ZH_FOREIGN if f[1] == sex] or list(_ZH_FOREIGN))
            pt = _Persona(given=foreign[0], family="", sex=foreign[1], romanised=foreign[2])
            sex = pt.sex
        else:
            pt = z.person(sex, rare=0.0)
    else:
        pt = z.person(sex, rare=0.15)

    prov, city, districts, area = rng.choice(_ZH_CITIES)
    district = rng.choice(districts)
    rural = template in _ZH_RURAL_TEMPLATES and rng.random() < 0.4
    if rural:
        prov, city, county, towns = rng.choice(_ZH_RURAL)
        district = county
        street = f"{county}{z.rural_street(rng.choice(towns))}"
        short_addr = street.removeprefix(county)
        area = "0" + _digits(rng, 3, first_nonzero=True)
    else:
        street = z.urban_street(district)
        short_addr = street.removeprefix(district)
        if rng.random() < 0.4:
            short_addr = re.sub(r"^.*?号", "", short_addr) or short_addr
    full_addr = rng.choice((f"{prov}{city}{street}", f"{city}{street}", street, f"{prov}{city}{street}"))

    rid = cn_resident_id(rng, birth)
    mrn = z.mrn(visit)
    phone_forms = z.mobile_forms()
    phone = phone_forms[0]
    email = z.email(pt, birth.year)
    full_name = z.full(pt)

    v: dict[str, str] = {}
    old = age >= 60
    v.update(
        pt_name=full_name,
        pt_name_exact=full_name,
        pt_surname=z.call_name(pt),
        pt_pinyin=z.pinyin(pt),
        pt_sex="男" if pt.sex == "M" else "女",
        pt_title_old=(("大爷", "爷爷", "伯") if pt.sex == "M" else ("阿姨", "奶奶", "婆婆"))[rng.randrange(3)]
        if old
        else ("先生" if pt.sex == "M" else "女士"),
        parent_word="爸" if pt.sex == "M" else "妈",
        pt_age=str(age) if rng.random() < 0.75 else _zh_numeral(age),
        pt_dob=z.date(birth),
        pt_id=rid,
        pt_id_alt=rng.choice(z.resident_id_forms(rid)) if rng.random() < 0.7 else rid,
        pt_mrn=mrn,
        pt_mrn_alt=z.mrn_alt(mrn) if rng.random() < 0.6 else mrn,
        pt_mi_card=rng.choice(
            (
                f"{_digits(rng, 2, first_nonzero=True)}{_digits(rng, 10)}",
                f"{rid[:6]}{_digits(rng, 9)}",
                f"H{_digits(rng, 11)}",
                rid,
            )
        ),
        pt_health_rec=f"{rid[:6]}{_digits(rng, 3)}{_digits(rng, 8)}"[:17]
        if rng.random() < 0.6
        else f"JK{_digits(rng, 12)}",
        pt_phone=phone,
        pt_phone_alt=rng.choice(phone_forms[1:]) if rng.random() < 0.65 else phone,
        pt_phone2=z.landline(area),
        pt_email=email,
        pt_wechat=rng.choice(
            (
                f"wxid_{_letters(rng, 12, 'abcdefghijkmnpqrstuvwxyz0123456789')}",
                f"{(pt.romanised or 'mm').split(' ')[0]}{rng.randint(60, 2010)}",
                f"{(pt.romanised or 'ab').replace(' ', '_')}_{rng.randint(1, 99)}",
            )
        ),
        pt_addr=full_addr,
        pt_addr_short=short_addr,
        pt_city_short=city.removesuffix("市"),
        pt_hometown=rng.choice(_ZH_HOMETOWNS[:22]) if foreign is None else foreign[4],
        pt_employer=_zh_org(z, "employer", city, district),
    )

    # Foreign / HK / TW patient documents.
    if foreign is not None:
        a, b = _digits(rng, 3, first_nonzero=True), _digits(rng, 4)
        v.update(
            permit_kind="护照",
            pt_passport=rng.choice(("", "P", "X")) + _digits(rng, 8, first_nonzero=True),
            pt_phone_abroad=foreign[5].format(a=a, b=b),
        )
    elif rng.random() < 0.5:
        v.update(
            permit_kind="台湾居民来往大陆通行证",
            pt_passport=_digits(rng, 8, first_nonzero=True),
            pt_phone_abroad=f"+886 9{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
        )
        if template == "guoji_yiliao_fanyi":
            v["pt_hometown"] = rng.choice(("台湾台中", "台湾高雄", "台北", "新北市板桥"))
    else:
        v.update(
            permit_kind="港澳居民来往内地通行证",
            pt_passport=rng.choice("HM") + _digits(rng, 10, first_nonzero=True),
            pt_phone_abroad=f"+852 {rng.choice('569')}{_digits(rng, 3)} {_digits(rng, 4)}",
        )
        if template == "guoji_yiliao_fanyi":
            v["pt_hometown"] = rng.choice(("香港", "澳门", "香港九龙", "香港新界"))

    # Relatives.
    child_rel = template in _ZH_CHILD_RELATIVE
    if age < 18:
        fam1 = z.person("F", rare=0.05) if rng.random() < 0.7 else z.person("M", surname=pt.family or "")
        fam1_rel = "母亲" if fam1.sex == "F" else "父亲"
        fam2 = z.person("M" if fam1.sex == "F" else "F", surname=pt.family if fam1.sex == "F" and pt.family else "")
        fam2_rel = "父亲" if fam2.sex == "M" else "母亲"
    elif template == "chusheng_yixue_zhengming":
        fam1, fam1_rel = z.person("M"), "丈夫"
        fam2, fam2_rel = z.person("F"), "母亲"
    elif old or child_rel:
        fam1_sex = rng.choice("MF")
        fam1 = z.person(fam1_sex, surname=pt.family if fam1_sex == "M" or rng.random() < 0.7 else "")
        fam1_rel = "儿子" if fam1_sex == "M" else "女儿"
        if not child_rel and rng.random() < 0.3:
            fam1 = z.person("F" if pt.sex == "M" else "M")
            fam1_rel = "老伴" if rng.random() < 0.5 else ("妻子" if pt.sex == "M" else "丈夫")
        fam2_sex = rng.choice("MF")
        fam2 = z.person(fam2_sex, surname=pt.family if fam2_sex == "M" else "")
        fam2_rel = rng.choice(("儿子", "小儿子")) if fam2_sex == "M" else rng.choice(("女儿", "大女儿", "儿媳"))
    else:
        fam1 = z.person("F" if pt.sex == "M" else "M")
        fam1_rel = rng.choice(("妻子", "爱人")) if pt.sex == "M" else rng.choice(("丈夫", "爱人"))
        fam2_sex = rng.choice("MF")
        fam2 = z.person(fam2_sex, surname=pt.family if fam2_sex == "M" and pt.family else "")
        fam2_rel = "哥哥" if fam2_sex == "M" else rng.choice(("姐姐", "妹妹"))
    fam3 = z.person(rare=0.05, surname=pt.family if pt.family and rng.random() < 0.6 else "")
    fam_city = rng.choice(_ZH_CITIES)
    fam1_age = (
        max(age + rng.randint(-5, 5), 19)
        if fam1_rel in {"老伴", "妻子", "丈夫", "爱人"}
        else (
            age + rng.randint(20, 34)
            if age < 18
            else (max(age - rng.randint(22, 34), 18) if fam1_rel in {"儿子", "女儿"} else age + rng.randint(-2, 6))
        )
    )
    v.update(
        fam1_name=z.full(fam1),
        fam1_rel=fam1_rel,
        fam1_nick=z.nick(fam1),
        fam1_age=str(fam1_age) if rng.random() < 0.8 else _zh_numeral(fam1_age),
        fam1_phone=z.mobile(),
        fam1_id=cn_resident_id(rng, _birth_for(rng, fam1_age, visit)),
        fam1_email=z.email(fam1, birth.year + 25),
        fam2_name=z.full(fam2),
        fam2_rel=fam2_rel,
        fam2_phone=z.mobile(),
        fam2_ta="他" if fam2.sex == "M" else "她",
        sib_word=("弟弟" if fam2.sex == "M" else "妹妹"),
        fam2_city=rng.choice((fam_city[1], fam_city[1].removesuffix("市"), rng.choice(_ZH_HOMETOWNS))),
        fam3_name=z.full(fam3),
        fam3_nick=z.nick(fam3),
        fam3_phone=z.mobile(),
        fam_addr=f"{fam_city[1]}{z.urban_street(rng.choice(fam_city[2]))}" if rng.random() < 0.8 else z.tw_address(),
        fam_wechat=rng.choice(
            (
                f"wxid_{_letters(rng, 10, 'abcdefghijkmnpqrstuvwxyz0123456789')}",
                f"{fam1.romanised.replace(' ', '') if fam1.romanised else 'jia'}{rng.randint(70, 99)}",
            )
        ),
        wx_display=rng.choice(
            ("岁月静好", "平安是福", "知足常乐", "向日葵", "Sunny", "淡定", "荷塘月色", "开心每一天")
        ),
    )
    baby = z.person(surname=fam1.family or "")
    v.update(
        baby_name=z.full(baby),
        baby_sex="男" if baby.sex == "M" else "女",
        baby_weight=str(rng.randint(2600, 4100)),
        birth_place=rng.choice((f"{prov}{city}{district}", f"{city}{district}", f"{city}")),
    )

    # Neighbours, carers, other patients.
    nb = z.person(rare=0.05)
    cg = z.person("F", rare=0.05)
    other = z.person("F", rare=0.1, surname=pt.family if pt.family and rng.random() < 0.5 else "")
    v.update(
        neighbour_surname=z.call_name(nb),
        neighbour_title=("大爷" if nb.sex == "M" else "阿姨")
        if rng.random() < 0.7
        else ("先生" if nb.sex == "M" else "女士"),
        neighbour_phone=z.mobile() if rng.random() < 0.7 else z.landline(area),
        caregiver_surname=z.call_name(cg),
        caregiver_phone=z.mobile(),
        caregiver_agency=f"{city.removesuffix('市')}{rng.choice(('好帮手', '阿姨来了', '巾帼', '安心', '福满堂'))}"
        "家政服务有限公司",
        other_pt_name=z.full(other),
        other_phone=z.mobile(),
        other_id=cn_resident_id(rng, _birth_for(rng, rng.randint(60, 88), visit)),
    )

    # Staff.
    doc, doc2, doc3, chief, nurse, nurse2 = (z.person(rare=0.08) for _ in range(6))
    pharm, pharm2, ther, ther2, ther3, sw = (z.person(rare=0.08) for _ in range(6))
    interp, vill_doc, school_doc, agent, hr, volunteer = (z.person(rare=0.1) for _ in range(6))
    teacher = z.person("F")
    hospital = _zh_org(z, "hospital", city, district)
    if template in {"chusheng_yixue_zhengming", "yufang_jiezhong"} and rng.random() < 0.7:
        hospital = rng.choice(
            (f"{city}妇幼保健院", f"{city.removesuffix('市')}市妇产科医院", f"{district}妇幼保健计划生育服务中心")
        )
    hospital2 = _zh_org(z, "hospital", city, rng.choice(districts) if not rural else district)
    center = _zh_org(z, "center", city, district)
    hosp_stem = _letters(rng, rng.randint(3, 6), "abcdefghjkmnpqrstwxyz") + rng.choice(("hospital", "yy", "h", ""))
    hosp_domain = f"{hosp_stem}.{rng.choice(('com.cn', 'org.cn', 'cn', 'com'))}"
    v.update(
        doc_name=z.full(doc),
        doc_surname=z.call_name(doc),
        doc_phone=z.mobile(),
        doc_license=f"{rng.randint(1, 2)}{rng.choice(('10', '31', '44', '33', '42', '51'))}{_digits(rng, 3)}"
        f"{rng.randint(1990, 2020)}{_digits(rng, 5)}"[:15],
        doc2_name=z.full(doc2),
        doc2_surname=z.call_name(doc2),
        doc2_email=z.staff_email(doc2, hosp_domain),
        doc3_name=z.full(doc3),
        chief_name=z.full(chief),
        nurse_name=z.full(nurse),
        nurse_surname=z.call_name(nurse),
        nurse2_name=z.full(nurse2),
        nurse_license=f"{rng.randint(2005, 2022)}{_digits(rng, 8)}",
        pharm_name=z.full(pharm),
        pharm2_name=z.full(pharm2),
        pharm_surname=z.call_name(pharm2),
        ther_name=z.full(ther),
        ther2_name=z.full(ther2),
        ther3_name=z.full(ther3),
        ther_phone=z.mobile(),
        sw_name=z.full(sw),
        sw_surname=z.call_name(sw),
        volunteer_name=z.full(volunteer),
        interp_name=z.full(interp),
        interp_phone=z.mobile(),
        interp_company=f"{city.removesuffix('市')}{rng.choice(('译声', '环球', '语桥', '博译'))}翻译有限公司",
        vill_doc_name=z.full(vill_doc),
        vill_phone=z.mobile(),
        village_clinic=f"{rng.choice(('新民村', '红旗村', '和平村', '大湾村', '杨柳坪村', '王家村', '李庄村'))}卫生室",
        school_doc_name=z.full(school_doc),
        teacher_name=z.full(teacher),
        teacher_surname=z.call_name(teacher),
        agent_name=z.full(agent),
        hr_name=z.full(hr),
        hr_phone=z.landline(area, ext=0.4),
        foreign_doc=rng.choice(
            ("Dr. Michael Brown", "Dr. Tanaka Hiroshi", "Dr. Sarah O'Connor", "陈国伟医生", "Dr. Lee Chong Wei")
        )
        .removeprefix("Dr. ")
        .removesuffix("医生"),
        doc_rank=rng.choice(("主任医师", "副主任医师", "主治医师", "住院医师")),
    )
    v.update(
        hospital=hospital,
        hospital2=hospital2,
        center=center,
        hosp_phone=z.landline(area, ext=0.3),
        ward_phone=z.landline(area, ext=0.5),
        hosp_url=rng.choice(
            (
                f"https://www.{hosp_domain}",
                f"http://www.{hosp_domain}/yygh/",
                f"https://{hosp_domain}/wx/appointment?dept={rng.randint(100, 999)}",
            )
        ),
        hosp_email=f"{rng.choice(('yiwuke', 'ywk', 'mzb', 'office'))}@{hosp_domain}",
        center_phone=z.landline(area),
        pharmacy=_zh_org(z, "pharmacy", city, district),
        pharmacy_addr=f"{city}{district}{z.road()}{rng.randint(1, 400)}号",
        pharmacy_phone=z.landline(area),
        insurer=rng.choice(_ZH_INSURERS) + rng.choice(("", f"{city.removesuffix('市')}分公司")),
        insurer_phone=z.hotline(),
        mi_bureau=f"{city}医疗保障局" if rng.random() < 0.6 else f"{city}{district}医疗保障局",
        bank=rng.choice(_ZH_BANKS) + rng.choice(("", f"{city.removesuffix('市')}{z.road()}支行")),
        exam_center=f"{rng.choice(_ZH_EXAM_CENTERS)}{city.removesuffix('市')}{rng.choice(('分院', '体检中心', ''))}",
        ih=rng.choice((*_ZH_IH, f"{hospital}互联网医院")),
        ih_url=rng.choice(
            (
                f"https://ih.{hosp_domain}/consult/{_digits(rng, 10)}",
                f"https://m.{rng.choice(('guahao', 'haodf', 'jddj', 'pahealth'))}.com/follow/"
                f"{_letters(rng, 8, 'abcdefghjkmnpqrstwxyz23456789')}",
            )
        ),
        report_url=rng.choice(
            (
                f"https://report.{hosp_domain}/q?no={_digits(rng, 10)}",
                "https://mp.weixin.qq.com/s/"
                + _letters(rng, 22, "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
                f"http://{hosp_domain}/kfzd/{_digits(rng, 6)}.html",
            )
        ),
        hotline=z.hotline(),
        school=_zh_org(z, "school", city, district),
        newspaper=rng.choice(_ZH_NEWSPAPERS),
        intl_insurer=rng.choice(
            ("Cigna Global", "Bupa Global", "AXA 安盛", "MSH International", "Allianz Care", "友邦保险")
        ),
        vac_maker1=rng.choice(_ZH_VAC_MAKERS),
        vac_maker2=rng.choice(_ZH_VAC_MAKERS),
        travel_place=rng.choice(
            (
                "云南省大理市",
                "海南三亚",
                "西藏拉萨",
                "泰国普吉岛",
                "日本东京",
                "新疆伊犁",
                "桂林阳朔",
                "香港",
                "越南芽庄",
                "内蒙古呼伦贝尔",
            )
        ),
    )

    # Identifiers.
    v.update(
        sign_no=f"QY{visit.year}{_digits(rng, 8)}",
        referral_no=f"ZZ{visit:%Y%m}{_digits(rng, 5)}",
        rx_no=f"CF{visit:%Y%m%d}{_digits(rng, 5)}",
        cert_no=f"ZM-{visit.year}-{_digits(rng, 6)}",
        employee_no=rng.choice(("", "HW", "E", "GH")) + _digits(rng, rng.choice((5, 6, 8)), first_nonzero=True),
        exam_no=f"TJ{visit:%y%m%d}{_digits(rng, 4)}",
        birth_cert_no=f"{rng.choice('MNOPQR')}{_digits(rng, 9)}",
        vac_cert_no=f"{rid[:6]}{visit.year}{_digits(rng, 5)}",
        ih_order_no=rng.choice((f"{visit:%Y%m%d}{_digits(rng, 8)}", f"WZ{_digits(rng, 12)}")),
        claim_no=f"{rng.choice(('CL', 'PA', '9'))}{_digits(rng, 11)}",
        policy_no=rng.choice(
            (f"P{_digits(rng, 15)}", f"{_digits(rng, 2, first_nonzero=True)}{_digits(rng, 14)}", f"8{_digits(rng, 9)}")
        ),
        settle_no=f"JS{_digits(rng, 14)}",
        invoice_no=rng.choice((_digits(rng, 8), f"{visit.year % 100}{_digits(rng, 18)}")),
        bank_card=rng.choice(
            (
                f"6222 {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 3)}",
                f"62{_digits(rng, 17)}",
                f"6217{_digits(rng, 12)}",
            )
        ),
        device_sn=rng.choice((f"{_letters(rng, 2)}{_digits(rng, 10)}", f"SN{_digits(rng, 12)}")),
        plate=z.plate(),
        student_id=f"G{rid}",
    )

    # Dates.
    def day(lo: int, hi: int) -> dt.date:
        return _shift(visit, rng.randint(lo, hi))

    baby_day = birth if age < 18 else day(-900, -200)
    v.update(
        d_visit=z.date(visit),
        d_visit_ts=z.timestamp(visit),
        d_prev1=z.date(day(-200, -20)),
        d_prev2=z.date(day(-19, -2)),
        d_prev3=z.date(day(-120, -10)),
        d_next=z.date(day(7, 90)),
        d_onset=z.date(day(-40, -1)),
        d_sign=z.date(day(-700, -100)),
        d_cert_from=z.date(day(-3, 0)),
        d_cert_to=z.date(day(5, 30)),
        d_return=z.date(day(1, 7)),
        d_letter=z.date(day(0, 3)),
        d_admit=z.date(day(-25, -10)),
        d_discharge=z.date(day(-9, -1)),
        d_exam=z.date(day(-14, 0)),
        d_report=z.date(day(1, 10)),
        d_baby_birth=z.timestamp(baby_day) if rng.random() < 0.7 else z.date(baby_day),
        d_dose1=z.date(day(-700, -300)),
        d_dose2=z.date(day(-299, -100)),
        d_dose3=z.date(day(-99, -20)),
        d_dose4=z.date(day(-19, 0)),
        **{f"d_msg{i + 1}": z.timestamp(d, at) for i, (d, at) in enumerate(_message_times(rng, visit, 5))},
        d_short1=z.date(day(-20, -1), short=True),
        d_short2=z.date(day(1, 20), short=True),
    )

    # Filler.
    (drug1, dose1), (drug2, dose2), (drug3, _d3) = rng.sample(_ZH_DRUGS, 3)
    dx, dx2 = rng.sample(_ZH_DX, 2)
    lab1, lab2 = rng.sample(_ZH_LABS, 2)
    vac = rng.sample(_ZH_VACCINES, 5)
    v.update(
        dept=rng.choice(_ZH_DEPTS),
        dx=dx,
        dx2=dx2,
        eponym=rng.choice(_ZH_EPONYMS),
        drug1=drug1,
        dose1=dose1,
        drug2=drug2,
        dose2=dose2,
        drug3=drug3,
        lab1=lab1,
        lab2=lab2,
        complaint=rng.choice(_ZH_COMPLAINTS),
        duration=rng.choice(_ZH_DURATIONS),
        scale=rng.choice(_ZH_SCALES),
        bp=f"{rng.randint(100, 186)}/{rng.randint(58, 108)}",
        hr=str(rng.randint(52, 112)),
        weight=str(rng.randint(38, 96)),
        occupation=rng.choice(("退休", "教师", "个体", "务农", "快递员", "会计", "工程师", "无业", "保洁员", "司机")),
        ethnic=rng.choice(("汉族", "汉族", "汉族", "回族", "满族", "壮族", "维吾尔族", "藏族", "蒙古族", "土家族")),
        vac1=vac[0],
        vac2=vac[1],
        vac3=vac[2],
        vac4=vac[3],
        vac5=vac[4],
        lot1=f"{visit.year}{_digits(rng, 6)}",
        lot2=f"{_letters(rng, 1)}{_digits(rng, 7)}",
        lot3=f"{visit.year - 1}{_digits(rng, 4)}-{rng.randint(1, 9)}",
        child_dx=rng.choice(
            ("甲型流感", "水痘", "手足口病", "疱疹性咽峡炎", "急性支气管炎", "左前臂骨折", "诺如病毒感染")
        ),
        stay_days=str(rng.randint(6, 24)),
        sick_leave=rng.choice(("3天", "一周", "两周", "7天", "1个月", "10天", "半个月")),
        family_dx=rng.choice(("高血压", "2型糖尿病", "脑卒中", "乳腺癌", "冠心病", "骨质疏松")),
        grade_class=rng.choice(("一年级（3）", "三年级（2）", "五年级（1）", "初二（6）", "高一（4）", "大班")),
    )

    known = [KnownIdentifier("PERSON", full_name)]
    if pt.family:
        known += [KnownIdentifier("PERSON", pt.family), KnownIdentifier("PERSON", pt.given)]
    elif "·" in pt.given:
        known += [KnownIdentifier("PERSON", part) for part in pt.given.split("·")]
    known += [
        KnownIdentifier("ID", rid),
        KnownIdentifier("ID", mrn),
        KnownIdentifier("PHONE", phone),
        KnownIdentifier("ADDRESS", street),
        KnownIdentifier("LOCATION", city),
        KnownIdentifier("DATE", birth.isoformat()),
        KnownIdentifier("EMAIL", email),
    ]
    return v, tuple(known)


# ---------------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------------
_BUILDERS: Final[dict[str, Callable[[random.Random, str], tuple[dict[str, str], tuple[KnownIdentifier, ...]]]]] = {
    "en": _en_values,
    "zh": _zh_values,
}
_TEMPLATES: Final[dict[str, dict[str, str]]] = {"en": EN_BLIND4_TEMPLATES, "zh": ZH_BLIND4_TEMPLATES}


def _templates_in_order(language: str) -> Sequence[tuple[str, str]]:
    table = _TEMPLATES[language]
    return [(name, table[name]) for name in sorted(table)]


def generate_blind4(language: str, count: int = 500) -> list[SynthNote]:
    """``count`` blind-4 notes in ``language`` ("en" or "zh"); the same arguments always give the same notes."""
    if language not in _TEMPLATES:
        raise ValueError(f"unknown language {language!r}; expected 'en' or 'zh'")
    templates = _templates_in_order(language)
    build = _BUILDERS[language]
    notes: list[SynthNote] = []
    for index in range(count):
        name, template = templates[index % len(templates)]
        rng = random.Random(BLIND4_SEED * 100_003 + _LANG_SALT[language] * 1_009 + index)
        values, known = build(rng, name)
        text, spans = render(template, values, age_of=age_value)
        notes.append(
            SynthNote(
                note_id=f"{_SPLIT}-{language}-{index + 1:04d}",
                split=_SPLIT,
                language=language,
                template=name,
                text=text,
                spans=spans,
                known=known,
            )
        )
    return notes
