# ruff: noqa: E501
"""Blind evaluation set 15: maternity, neonatal, paediatrics and fertility.

Theme: antenatal booking, birth plans, labour and delivery records, partograph entries, NICU and
newborn-unit handovers, newborn screening cards, immunisation records, school-nurse and
health-visitor notes, child development reviews, IVF / embryology laboratory records (couple IDs,
cycle numbers, straw labels, donor codes), adoption and foster-care medicals, and paediatric
discharge letters naming parents, siblings and carers. English notes are set in the US, the UK,
Canada, Singapore and Kenya; Chinese notes are mainland records (产科建档、产检、分娩记录、新生儿筛查、
出生医学证明、预防接种证、儿保、生殖中心、学校卫生、托育).

Written blind: the author saw only ``synth.py`` (the template format, ``render``, ``cn_resident_id``),
``model.py`` and the structure test, never the de-identifier, its name lists or its benchmarks.
**Do not tune the de-identifier against these templates**; use only aggregate figures.

Gold conventions (those of ``synth.py``): ``<<KIND:key>>`` is a gold span and ``{key}`` is filler
that is not PHI.

* PERSON: every person's name in any form (patients, babies, parents, siblings, carers, staff,
  donors' names if ever written): full names, first names only, surnames only, initials, nicknames,
  lower-case, ALL-CAPS, "LAST, First", possessives (the ``'s`` stays outside) and mis-typed forms.
  Titles and roles stay outside the span (Dr, Mr, Mrs, Ms, Sister, RN, RM, CNM, MD, 医生, 护士,
  助产士, 主任, 老师, 阿姨). In Chinese the 老/小 prefix of a surname stays outside and the surname
  alone is gold (老<<王>>, 小<<周>>); a nickname built on a given-name character (小娟, 阿芳, 娟娟) and
  a baby's milk name (豆豆) is one span. "Baby Girl", "B/O", "之女" stay outside.
* ID: record, hospital, NHS / health-card / NRIC / national numbers, staff licence and badge
  numbers, case / claim / order / referral numbers, specimen and accession numbers, newborn
  screening kit numbers, birth-certificate numbers, device serials, insurance numbers, cot and bed
  numbers, couple IDs, cycle numbers, straw labels, donor codes, M-Pesa references. Vaccine batch
  numbers identify a product lot, not a person, and are not gold.
* PHONE: phones and faxes with their extensions. EMAIL, URL: whole addresses.
* ADDRESS: street / postal addresses and postcodes. LOCATION: cities, towns, districts and
  neighbourhoods below a state or province (countries, states, provinces and counties are not gold).
* DATE: any date with a day or a month (times, weekdays, bare years and gestations such as 36/40 or
  38+2 are not gold).
* AGE: only ages of 90 or more (a great-grandparent's); younger ages are written but not gold.
* ORG: named local facilities and firms (hospitals, clinics, practices, nurseries, schools,
  laboratories, insurers, employers). National programmes (NHS, Medicaid, NHIF, MediSave, 国家免疫
  规划) are not gold.

Each Chinese note holds exactly one 18-digit resident ID in its text, the patient's, with a valid
check digit. ``known`` holds what the patient's record holds: name and name parts, record numbers,
phone, address, birth date (ISO) and e-mail.
"""

from __future__ import annotations

import datetime as dt
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
    "BLIND15_SEED",
    "BLIND15_SPLIT",
    "EN_BLIND15_TEMPLATES",
    "ZH_BLIND15_TEMPLATES",
    "blind15_age_of",
    "generate_blind15",
]

BLIND15_SEED: Final = 47193862
BLIND15_SPLIT: Final = "blind15"

# ---------------------------------------------------------------------------------------------
# Ages: digits, English words, Chinese numerals
# ---------------------------------------------------------------------------------------------
_EN_ONES: Final = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_EN_TENS: Final = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ZH_DIGITS: Final = "零一二三四五六七八九"
_ZH_VALUES: Final = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}


def _en_words(n: int) -> str:
    if n < 20:
        return _EN_ONES[n]
    if n < 100:
        return _EN_TENS[n // 10] + (f"-{_EN_ONES[n % 10]}" if n % 10 else "")
    rest = n % 100
    return f"{_EN_ONES[n // 100]} hundred" + (f" and {_en_words(rest)}" if rest else "")


def _zh_numeral(n: int) -> str:
    if n < 10:
        return _ZH_DIGITS[n]
    if n < 20:
        return "十" + (_ZH_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _ZH_DIGITS[n // 10] + "十" + (_ZH_DIGITS[n % 10] if n % 10 else "")
    rest = n % 100
    head = _ZH_DIGITS[n // 100] + "百"
    if rest == 0:
        return head
    if rest < 10:
        return head + "零" + _ZH_DIGITS[rest]
    return head + _ZH_DIGITS[rest // 10] + "十" + (_ZH_DIGITS[rest % 10] if rest % 10 else "")


def blind15_age_of(value: str) -> int:
    """Read an ``<<AGE:…>>`` value: ``93``, ``ninety-three``, ``one hundred and two``, ``九十三``, ``一百零二``."""
    text = value.strip().lower()
    if text.isdigit():
        return int(text)
    if text and all(ch in _ZH_VALUES or ch in "十百" for ch in text):
        total = current = 0
        for ch in text:
            if ch == "十":
                total += (current or 1) * 10
                current = 0
            elif ch == "百":
                total += (current or 1) * 100
                current = 0
            else:
                current = _ZH_VALUES[ch]
        return total + current
    words = [w for w in re.split(r"[\s-]+", text) if w and w != "and"]
    if not words:
        raise ValueError("not an age")
    total = current = 0
    for word in words:
        if word == "a":
            current = 1
        elif word in _EN_ONES:
            current += _EN_ONES.index(word)
        elif word in _EN_TENS[2:]:
            current += _EN_TENS.index(word) * 10
        elif word == "hundred":
            total += (current or 1) * 100
            current = 0
        else:
            raise ValueError("not an age")
    return total + current


# ---------------------------------------------------------------------------------------------
# Faker, seeded per note from the note's own random.Random
# ---------------------------------------------------------------------------------------------
_FAKERS: dict[str, Faker] = {}


def _fk(locale: str, rng: random.Random) -> Faker:
    fake = _FAKERS.get(locale)
    if fake is None:
        fake = _FAKERS[locale] = Faker(locale)
    fake.seed_instance(rng.randrange(2**31))
    return fake


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]", "", folded.lower())


# ---------------------------------------------------------------------------------------------
# English names
# ---------------------------------------------------------------------------------------------
_WORD_F: Final = (
    "Hope", "Grace", "Rose", "Faith", "Joy", "April", "June", "May", "Summer", "Dawn", "Sandy", "Ivy",
    "Pearl", "Ruby", "Mercy", "Patience", "Precious", "Blessing", "Charity", "Honor", "Destiny", "Harmony",
    "Liberty", "Sunny", "Holly", "Amber", "Jade", "Iris", "Robin", "Star", "Autumn", "Brooke", "Heather",
    "Melody", "Sky", "Purity", "Memory", "Goodness", "Olive", "Hazel", "Fern", "Poppy", "Daisy", "Willow",
)  # fmt: skip
_WORD_M: Final = (
    "Will", "Mark", "Bill", "Rich", "Chase", "Hunter", "Grant", "Miles", "Jack", "Guy", "Frank", "Art",
    "Gene", "Sonny", "King", "Justice", "Pierce", "Drew", "Wade", "Gift", "Innocent", "Lucky", "Brilliant",
    "Rocky", "Forrest", "Cash", "Rusty", "Reed", "Rowan", "Clay", "Dusty", "Royal", "Victor", "Noble",
)  # fmt: skip
_WORD_LAST: Final = (
    "Young", "Brown", "White", "Green", "Black", "Gray", "Bell", "Hill", "Wood", "Stone", "Rice", "Hope",
    "Love", "King", "Page", "Cook", "Baker", "Fisher", "Hunter", "Price", "Long", "Little", "Strong", "Sharp",
    "Moody", "Swift", "Bird", "Lamb", "Fox", "Wolf", "Child", "Cross", "Marsh", "Lane", "Field", "Hall",
    "Church", "Rose", "Grant", "May", "Day", "Winter", "Frost", "Snow", "Storm", "Gold", "Silver", "Sweet",
    "Goodchild", "Walker", "Mann", "Sparrow", "Best", "Friend", "Noble", "Bliss", "Joy", "Brook", "Parish",
    "Mercy", "Chance", "Welcome", "Blessing",
)  # fmt: skip
_KE_F: Final = (
    "Wanjiru", "Achieng", "Akinyi", "Atieno", "Njeri", "Wambui", "Nyambura", "Chebet", "Jepkosgei", "Nafula",
    "Nekesa", "Mwikali", "Kemunto", "Moraa", "Zawadi", "Imani", "Neema", "Wairimu", "Wangari", "Adhiambo",
    "Awino", "Jeruto", "Cherono", "Kerubo", "Mumbua", "Nduku", "Halima", "Amina", "Faith", "Mercy", "Purity",
    "Sharon", "Caroline", "Beatrice", "Lilian", "Everlyne", "Winnie", "Emmaculate", "Risper", "Doreen",
)  # fmt: skip
_KE_M: Final = (
    "Otieno", "Omondi", "Kamau", "Mwangi", "Kiprop", "Kipchoge", "Wafula", "Barasa", "Onyango", "Odhiambo",
    "Njoroge", "Kiptoo", "Mutua", "Musyoka", "Ochieng", "Juma", "Baraka", "Kibet", "Cheruiyot", "Wekesa",
    "Mutiso", "Kariuki", "Gitau", "Brian", "Kevin", "Dennis", "Collins", "Victor", "Gift", "Felix", "Amos",
)  # fmt: skip
_KE_LAST: Final = (
    "Otieno", "Odhiambo", "Kamau", "Mwangi", "Njoroge", "Wanjiku", "Kiprono", "Chepkoech", "Wafula", "Mutiso",
    "Ndung'u", "Kariuki", "Omollo", "Ouma", "Achieng", "Nyaga", "Kimani", "Gitau", "Macharia", "Korir",
    "Rotich", "Langat", "Cheruiyot", "Wekesa", "Mohamed", "Abdi", "Owino", "Akoth", "Mueni", "Wambua",
    "Kilonzo", "Muthoni", "Okoth", "Were", "Simiyu", "Nyongesa", "Karanja", "Njuguna", "Kiplagat", "Chelimo",
    "Ng'ang'a", "Ole Sankale", "Wa Kahiga",
)  # fmt: skip
_SA_F: Final = (
    "Priya", "Ananya", "Lakshmi", "Deepika", "Harpreet", "Gurpreet", "Simran", "Nusrat", "Farzana", "Ayesha",
    "Rukhsana", "Kavya", "Meenakshi", "Shabana", "Pooja", "Sunita", "Anjali", "Divya", "Jaspreet", "Tahmina",
)  # fmt: skip
_SA_M: Final = (
    "Arjun", "Rahul", "Vikram", "Sandeep", "Imran", "Tariq", "Harjit", "Manpreet", "Rajesh", "Suresh",
    "Arvind", "Faisal", "Kamran", "Abdul", "Ravi", "Nikhil", "Ajay", "Bilal", "Gurdeep", "Sanjay",
)  # fmt: skip
_SA_LAST: Final = (
    "Patel", "Sharma", "Singh", "Kaur", "Gupta", "Reddy", "Nair", "Iyer", "Chowdhury", "Rahman", "Begum",
    "Hussain", "Khan", "Subramaniam", "Krishnan", "Banerjee", "Mukherjee", "Gill", "Dhillon", "Sandhu",
    "Mistry", "Desai", "Shah", "Chaudhry", "Qureshi", "Ahmed", "Islam", "Uddin", "Pillai", "Menon",
    "D'Souza", "Fernandes", "Sen Gupta",
)  # fmt: skip
_AR_F: Final = (
    "Fatima",
    "Aisha",
    "Mariam",
    "Noor",
    "Layla",
    "Yasmin",
    "Huda",
    "Rania",
    "Salma",
    "Amal",
    "Zainab",
    "Hala",
    "Hodan",
    "Fadumo",
    "Ikram",
)
_AR_M: Final = (
    "Mohammed",
    "Ahmed",
    "Omar",
    "Yusuf",
    "Khalid",
    "Hamza",
    "Karim",
    "Samir",
    "Bilal",
    "Ali",
    "Hassan",
    "Abdirahman",
    "Mustafa",
)
_AR_LAST: Final = (
    "Al-Hassan", "El-Amin", "Abdullah", "Haddad", "Nasser", "Al Mansouri", "Saleh", "Darwish", "Khoury",
    "Al-Rashid", "Hamdan", "Abu-Zaid", "El Sayed", "Mahmoud", "Jaber", "Farah", "Osman", "Warsame", "Hersi",
    "Mohamud", "Abdi",
)  # fmt: skip
_EE_F: Final = (
    "Agnieszka",
    "Katarzyna",
    "Oksana",
    "Natalia",
    "Iryna",
    "Svetlana",
    "Ewa",
    "Olena",
    "Marta",
    "Zuzana",
    "Ioana",
    "Jelena",
    "Milena",
    "Anastasia",
    "Daria",
)
_EE_M: Final = (
    "Piotr",
    "Tomasz",
    "Oleksandr",
    "Dmitri",
    "Andrzej",
    "Bogdan",
    "Mihai",
    "Nikola",
    "Vasyl",
    "Marek",
    "Jakub",
    "Aleksandr",
)
_EE_LAST: Final = (
    "Kowalczyk", "Wiśniewska", "Nowak", "Shevchenko", "Kovalenko", "Petrović", "Horvat", "Popescu", "Ivanova",
    "Dąbrowski", "Zielińska", "Bondarenko", "Melnyk", "Kowalski", "Novák", "Dvořák", "Jovanović", "Ionescu",
    "Lewandowska", "Tkachenko",
)  # fmt: skip
_HISP_F: Final = (
    "María José",
    "Guadalupe",
    "Ximena",
    "Valentina",
    "Yesenia",
    "Maricela",
    "Itzel",
    "Xóchitl",
    "Lupita",
    "Marisol",
    "Dulce",
    "Esperanza",
)
_HISP_M: Final = (
    "José Luis",
    "Jesús",
    "Alejandro",
    "Juan Carlos",
    "Diego",
    "Santiago",
    "Luis Ángel",
    "Rigoberto",
    "Efraín",
)
_HISP_LAST: Final = (
    "de la Cruz", "del Río", "De León", "de los Santos", "García-López", "Hernández-Ruiz", "Vásquez", "Ortiz",
    "Quispe", "Mamani", "Rodríguez", "Martínez", "Flores", "Ramírez", "Castillo", "Villanueva",
)  # fmt: skip
_PAC_F: Final = ("Losa", "Mele", "Sina", "Malia", "Ana", "Vailea", "Salote", "Lupe", "Fetu", "Moana", "Leilani")
_PAC_M: Final = ("Sione", "Tevita", "Viliami", "Siaosi", "Tavita", "Ioane", "Mikaele", "Pita")
_PAC_LAST: Final = (
    "Tuilagi",
    "Fonoti",
    "Taufa",
    "Fifita",
    "Havili",
    "Leota",
    "Faleolo",
    "Tupou",
    "Vaifale",
    "Mataele",
    "Aumua",
    "Sapolu",
    "Fuimaono",
)
_IND_F: Final = (
    "Tanis",
    "Skye",
    "Winona",
    "Dakota",
    "Shania",
    "Cheyenne",
    "Kateri",
    "Elisapee",
    "Annie",
    "Siqiniq",
    "Ooleepeeka",
    "Tayanita",
)
_IND_M: Final = ("Jaani", "Pauloosie", "Tagak", "Dakota", "Ashkii", "Hototo", "Nakoma", "Wapun", "Tecumseh")
_IND_LAST: Final = (
    "Cardinal", "Littlechild", "Bull", "Crowchild", "Starblanket", "Eagle Bear", "Yellowhorn", "Bearspaw",
    "Twoyoungmen", "Wolfleg", "Morningstar", "Whitehorse", "Manyfingers", "Qaunaq", "Kilabuk", "Akeeagok",
    "Ishulutaq", "Tsosie", "Begay", "Yazzie", "Benally", "Runningwater", "Swampy", "Thunderchild", "Kakegamic",
    "Meekis", "Many Grey Horses",
)  # fmt: skip
_SGC_LAST: Final = (
    "Tan",
    "Lim",
    "Lee",
    "Ng",
    "Ong",
    "Wong",
    "Goh",
    "Chua",
    "Chan",
    "Koh",
    "Teo",
    "Ang",
    "Yeo",
    "Tay",
    "Ho",
    "Low",
    "Toh",
    "Sim",
    "Chong",
    "Lau",
    "Quek",
    "Seah",
)
_SGC_F: Final = (
    "Mei Ling",
    "Siew Hoon",
    "Hui Min",
    "Xin Yi",
    "Jia Hui",
    "Li Ting",
    "Shu Fen",
    "Pei Shan",
    "Yi Xuan",
    "Wen Xin",
    "Hui Ling",
    "Su Lin",
)
_SGC_M: Final = (
    "Wei Jie",
    "Jun Hao",
    "Kai Wen",
    "Yong Sheng",
    "Boon Kiat",
    "Hock Seng",
    "Zhi Hao",
    "Jun Wei",
    "Wee Leong",
    "Ming Xuan",
)
_SG_ENGLISH: Final = (
    "Rachel",
    "Ethan",
    "Cheryl",
    "Darren",
    "Jasmine",
    "Bryan",
    "Vanessa",
    "Marcus",
    "Sharon",
    "Jonathan",
    "Audrey",
    "Caleb",
)
_MY_F: Final = (
    "Nur Aisyah",
    "Siti Nurhaliza",
    "Nurul Huda",
    "Farah Nadia",
    "Aishah",
    "Nor Azlina",
    "Hidayah",
    "Syafiqah",
    "Nur Iman",
)
_MY_M: Final = (
    "Muhammad Hafiz",
    "Ahmad Faizal",
    "Mohd Irfan",
    "Khairul Anwar",
    "Ismail",
    "Hakim",
    "Firdaus",
    "Muhammad Danish",
)
_MY_FATHER: Final = (
    "Abdullah",
    "Rahman",
    "Ismail",
    "Osman",
    "Hamid",
    "Yusof",
    "Salleh",
    "Ahmad",
    "Zainal",
    "Kassim",
    "Jamaludin",
)
_TA_F: Final = ("Kavitha", "Revathi", "Thenmozhi", "Malathi", "Yamini", "Shalini", "Anitha", "Kalaivani")
_TA_M: Final = ("Rajendran", "Suresh", "Kumar", "Muthu", "Ganesan", "Vignesh", "Karthik", "Selvam")
_PH_F: Final = ("Maria Cristina", "Jocelyn", "Rowena", "Marites", "Analyn", "Jennalyn", "Luzviminda", "Rhea")
_PH_M: Final = ("Mark Anthony", "Rodel", "Ramon", "Jun", "Ricardo", "Jerome", "Arnel")
_PH_LAST: Final = (
    "dela Cruz",
    "Santos",
    "Reyes",
    "Bautista",
    "Villanueva",
    "Dimaculangan",
    "Macaraeg",
    "de Guzman",
    "Mendoza",
    "Dela Peña",
)
_VN_LAST: Final = ("Nguyen", "Tran", "Pham", "Le", "Hoang", "Vo", "Dang", "Bui", "Do")
_VN_F: Final = ("Thi Lan", "Thi Hoa", "Thu Trang", "Ngoc Anh", "Thi Mai", "Bich Ngoc")
_VN_M: Final = ("Van Minh", "Van Duc", "Quoc Bao", "Minh Tuan", "Van Hung")
_NICK: Final = {
    "Elizabeth": "Lizzie", "Rebecca": "Bex", "Katherine": "Kate", "Catherine": "Cathy", "Jennifer": "Jen",
    "Margaret": "Maggie", "Natalie": "Nat", "Samantha": "Sam", "Danielle": "Dani", "Natasha": "Tash",
    "Christopher": "Chris", "William": "Billy", "Robert": "Bob", "Michael": "Mikey", "Alexander": "Sasha",
    "Anthony": "Tony", "Joseph": "Joe", "Jonathan": "Jon", "Matthew": "Matty", "Nicholas": "Nico",
    "Richard": "Richie", "Edward": "Ted", "Victoria": "Tori", "Patricia": "Trish", "Jessica": "Jess",
    "Abigail": "Abby", "Stephanie": "Steph", "Amanda": "Mandy", "Deborah": "Debs", "Olivia": "Liv",
    "Isabella": "Bella", "Charlotte": "Lottie", "Alexandra": "Lexi", "Wanjiru": "Shiru", "Wairimu": "Wai",
    "Katarzyna": "Kasia", "Agnieszka": "Aga", "Aleksandr": "Sasha", "Oleksandr": "Sasha", "Mohammed": "Mo",
    "Muhammad Hafiz": "Hafiz", "Nur Aisyah": "Aisyah", "Maria Cristina": "Tina", "Guadalupe": "Lupe",
    "José Luis": "Pepe", "Jesús": "Chuy", "Oluwaseun": "Seun", "Chiamaka": "Amaka", "Chukwuemeka": "Emeka",
    "Elisapee": "Lisa", "Anastasia": "Nastya", "Jepkosgei": "Jepko", "Adhiambo": "Adhis", "Nyambura": "Nyams",
    "Thomas": "Tommy", "Benjamin": "Benji", "Daniel": "Danny", "Jacqueline": "Jackie", "Susan": "Sue",
    "Kimberly": "Kim", "Christine": "Chrissy", "Emmaculate": "Emma", "Siew Hoon": "Hoon", "Mei Ling": "Ling",
    "Hui Min": "Min", "Mark Anthony": "MJ", "Luzviminda": "Luz", "Xóchitl": "Xochi", "Valentina": "Vale",
}  # fmt: skip


@dataclass(frozen=True)
class _Person:
    first: str
    last: str
    middle: str
    family_first: bool = False
    joiner: str = ""

    @property
    def full(self) -> str:
        if self.joiner:
            return f"{self.first}{self.joiner}{self.last}"
        if self.family_first:
            return f"{self.last} {self.first}"
        return f"{self.first} {self.last}"


_COUNTRY_CULTURES: Final[dict[str, tuple[tuple[str, int], ...]]] = {
    "us": (
        ("us", 8),
        ("hisp", 4),
        ("word", 3),
        ("ar", 1),
        ("ng", 1),
        ("sa", 1),
        ("vn", 1),
        ("ee", 1),
        ("ind", 1),
        ("pac", 1),
    ),
    "uk": (("gb", 8), ("sa", 3), ("word", 3), ("ee", 2), ("ng", 2), ("ar", 1), ("ke", 1), ("sgc", 1)),
    "ca": (("us", 5), ("fr", 4), ("ind", 3), ("sa", 2), ("word", 2), ("ph", 2), ("ee", 1), ("sgc", 1), ("ar", 1)),
    "sg": (("sgc", 8), ("my", 4), ("ta", 3), ("ph", 2), ("sa", 1), ("gb", 1), ("vn", 1)),
    "ke": (("ke", 12), ("word", 3), ("ar", 2), ("sa", 1), ("gb", 1), ("ng", 1)),
}


def _culture(rng: random.Random, country: str) -> str:
    table = _COUNTRY_CULTURES[country]
    return rng.choices([c for c, _ in table], weights=[w for _, w in table])[0]


def _given(rng: random.Random, culture: str, female: bool) -> str:
    """One given name of ``culture`` (used for first and middle names)."""
    if culture in ("us", "gb", "fr", "ng", "hisp", "ee", "sa", "ke") and rng.random() < 0.5:
        locale = {
            "us": "en_US",
            "gb": "en_GB",
            "fr": "fr_CA",
            "ng": rng.choice(("yo_NG", "ig_NG")),
            "hisp": "es_MX",
            "ee": "pl_PL",
            "sa": "en_IN",
            "ke": "en_KE",
        }[culture]
        fake = _fk(locale, rng)
        return str(fake.first_name_female() if female else fake.first_name_male())
    pools: dict[str, tuple[Sequence[str], Sequence[str]]] = {
        "us": (_WORD_F, _WORD_M), "gb": (_WORD_F, _WORD_M), "word": (_WORD_F, _WORD_M), "ke": (_KE_F, _KE_M),
        "sa": (_SA_F, _SA_M), "ar": (_AR_F, _AR_M), "ee": (_EE_F, _EE_M), "hisp": (_HISP_F, _HISP_M),
        "pac": (_PAC_F, _PAC_M), "ind": (_IND_F, _IND_M), "sgc": (_SG_ENGLISH, _SG_ENGLISH), "my": (_MY_F, _MY_M),
        "ta": (_TA_F, _TA_M), "ph": (_PH_F, _PH_M), "vn": (_VN_F, _VN_M), "fr": (_WORD_F, _WORD_M),
        "ng": (("Chiamaka", "Ngozi", "Adaeze", "Folake", "Yetunde", "Abena", "Akosua", "Blessing", "Precious"), ("Oluwaseun", "Chukwuemeka", "Tunde", "Emeka", "Kwame", "Kofi", "Godwin", "Innocent")),
    }  # fmt: skip
    female_pool, male_pool = pools[culture]
    return rng.choice(female_pool if female else male_pool)


def _surname(rng: random.Random, culture: str) -> str:
    if culture in ("us", "gb", "fr", "ng", "hisp", "ee", "sa", "ke") and rng.random() < 0.5:
        locale = {
            "us": "en_US",
            "gb": rng.choice(("en_GB", "en_NZ", "en_AU")),
            "fr": "fr_CA",
            "ng": rng.choice(("yo_NG", "ig_NG")),
            "hisp": "es_MX",
            "ee": "pl_PL",
            "sa": "en_IN",
            "ke": "en_KE",
        }[culture]
        return str(_fk(locale, rng).last_name())
    pools: dict[str, Sequence[str]] = {
        "us": _WORD_LAST, "gb": _WORD_LAST, "word": _WORD_LAST, "ke": _KE_LAST, "sa": _SA_LAST, "ar": _AR_LAST,
        "ee": _EE_LAST, "hisp": _HISP_LAST, "pac": _PAC_LAST, "ind": _IND_LAST, "sgc": _SGC_LAST, "my": _MY_FATHER,
        "ta": _TA_M, "ph": _PH_LAST, "vn": _VN_LAST, "fr": ("Tremblay", "Gagnon", "Côté", "Bouchard", "St-Pierre", "Lévesque", "D'Amours", "Leblanc"),
        "ng": ("Okafor", "Adeyemi", "Okonkwo", "Mensah", "Asante", "Boateng", "Nwosu", "Eze", "Balogun", "Adebayo"),
    }  # fmt: skip
    return rng.choice(pools[culture])


def _en_person(rng: random.Random, culture: str, female: bool, last: str = "") -> _Person:
    if culture == "sgc":
        chinese = rng.choice(_SGC_F if female else _SGC_M)
        family = last or rng.choice(_SGC_LAST)
        if rng.random() < 0.35:  # an English name in front: "Rachel Tan Mei Ling" (first = "Rachel", middle = Chinese)
            return _Person(rng.choice(_SG_ENGLISH), family, chinese)
        return _Person(chinese, family, rng.choice(_SG_ENGLISH), family_first=True)
    if culture == "vn":
        return _Person(rng.choice(_VN_F if female else _VN_M), last or rng.choice(_VN_LAST), "", family_first=True)
    if culture == "my" and not last:
        return _Person(
            rng.choice(_MY_F if female else _MY_M), rng.choice(_MY_FATHER), "", joiner=" binti " if female else " bin "
        )
    if culture == "ta" and not last:
        return _Person(
            rng.choice(_TA_F if female else _TA_M), rng.choice(_TA_M), "", joiner=" d/o " if female else " s/o "
        )
    first = _given(rng, culture, female)
    surname = last or _surname(rng, culture if culture != "word" else rng.choice(("word", "us", "gb")))
    middle = _given(rng, culture, female)
    if middle == first:
        middle = _given(rng, "word", female)
    return _Person(first, surname, middle if middle != first else "Lee")


_RESERVED_INITIALS: Final = {
    "MD",
    "RN",
    "NP",
    "DR",
    "MR",
    "MS",
    "GP",
    "HV",
    "RM",
    "OT",
    "PT",
    "SN",
    "CN",
    "ED",
    "OR",
    "IV",
    "ID",
    "NO",
    "AM",
    "PM",
    "OK",
    "BP",
    "HR",
    "DO",
    "PA",
    "ST",
    "NB",
    "CS",
    "BO",
}
_PARTICLES: Final = {
    "de",
    "la",
    "del",
    "los",
    "van",
    "der",
    "von",
    "dela",
    "bin",
    "binti",
    "d/o",
    "s/o",
    "ole",
    "wa",
    "el",
    "al",
}


def _initials(person: _Person) -> str:
    words = [w for w in re.split(r"[\s-]+", person.full) if w and w.lower() not in _PARTICLES]
    letters = "".join(w[0] for w in words if w[0].isalpha()).upper()
    if len(letters) > 3:
        letters = letters[0] + letters[-1]
    if letters in _RESERVED_INITIALS or len(letters) < 2:
        letters = person.first[0].upper() + person.last.replace(" ", "")[:2].title()
    return letters


def _typo(rng: random.Random, text: str) -> str:
    positions = [i for i, ch in enumerate(text) if ch.isalpha() and i > 0]
    for _ in range(20):
        if not positions:
            break
        i = rng.choice(positions)
        op = rng.randrange(4)
        if op == 0 and i + 1 < len(text) and text[i + 1].isalpha() and text[i] != text[i + 1]:
            out = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        elif op == 1:
            out = text[:i] + text[i] + text[i:]
        elif op == 2 and len(positions) > 5:
            out = text[:i] + text[i + 1 :]
        else:
            vowels = "aeiou"
            if text[i].lower() not in vowels:
                continue
            out = text[:i] + rng.choice([v for v in vowels if v != text[i].lower()]) + text[i + 1 :]
        if out != text and out.strip() == out:
            return out
    return text + text[-1]


_PATIENT_MAIL: Final = ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "protonmail.com")
_COUNTRY_MAIL: Final = {
    "us": ("comcast.net", "aol.com"), "uk": ("btinternet.com", "hotmail.co.uk", "sky.com"),
    "ca": ("rogers.com", "shaw.ca", "videotron.ca"), "sg": ("singnet.com.sg", "yahoo.com.sg"), "ke": ("yahoo.co.ke", "gmail.com"),
}  # fmt: skip
_STAFF_MAIL: Final = {
    "us": ("mercyhealth.org", "stagneswomens.org", "childrens-valley.org"), "uk": ("nhs.net", "nhs.net", "trust.nhs.uk"),
    "ca": ("midwiferycollective.ca", "fht.on.ca", "ahs.ca"), "sg": ("kkh.com.sg", "polyclinic.sg", "orchidfertility.sg"),
    "ke": ("afyamama.or.ke", "health.go.ke", "tumainimedical.co.ke"),
}  # fmt: skip


def _email(rng: random.Random, person: _Person, domain: str) -> str:
    first, last = _ascii(person.first) or "x", _ascii(person.last) or "y"
    local = rng.choice(
        (
            f"{first}.{last}",
            f"{first}{last}{rng.randrange(10, 99)}",
            f"{first[0]}.{last}",
            f"{first}_{last}",
            f"{last}.{first}",
            f"{first}{rng.randrange(1980, 2010)}",
            f"{first[0]}{last}",
        )
    )
    return f"{local}@{domain}"


def _en_forms(prefix: str, person: _Person, rng: random.Random, domain: str) -> dict[str, str]:
    nick = _NICK.get(person.first, "")
    if not nick and (person.family_first or person.joiner):
        nick = person.first
    if not nick:
        nick = (
            person.first.split()[0]
            if " " in person.first
            else (person.first[:3] + "ie" if len(person.first) >= 7 and rng.random() < 0.3 else person.first)
        )
    last_first = f"{person.last}, {person.first}"
    if person.joiner:
        last_first = person.full
    if person.joiner:
        fi = person.first
    elif person.family_first:
        fi = ".".join(w[0] for w in person.first.split()) + f". {person.last}"
    else:
        fi = f"{person.first[0]}. {person.last}"
    return {
        f"{prefix}_first": person.first,
        f"{prefix}_last": person.last,
        f"{prefix}_full": person.full,
        f"{prefix}_fml": f"{person.first} {person.middle} {person.last}"
        if person.middle and not person.family_first
        else person.full,
        f"{prefix}_mid": person.middle or person.first,
        f"{prefix}_lf": last_first,
        f"{prefix}_lfc": f"{person.last.upper()}, {person.first}" if not person.joiner else person.full.upper(),
        f"{prefix}_caps": person.full.upper(),
        f"{prefix}_lower": person.full.lower(),
        f"{prefix}_fi": fi,
        f"{prefix}_ini": _initials(person),
        f"{prefix}_inid": ".".join(_initials(person).upper()) + ".",
        f"{prefix}_typo": _typo(rng, person.full),
        f"{prefix}_nick": nick,
        f"{prefix}_email": _email(rng, person, domain),
        f"{prefix}_ulast": person.last.upper(),
        f"{prefix}_ufirst": person.first.upper(),
    }


# ---------------------------------------------------------------------------------------------
# English places, organisations, phones, identifiers, dates
# ---------------------------------------------------------------------------------------------
_US_CITIES: Final = (
    ("Houston", "TX"), ("Phoenix", "AZ"), ("San Antonio", "TX"), ("Columbus", "OH"), ("Charlotte", "NC"),
    ("Indianapolis", "IN"), ("Denver", "CO"), ("Memphis", "TN"), ("Baltimore", "MD"), ("Milwaukee", "WI"),
    ("Albuquerque", "NM"), ("Fresno", "CA"), ("Sacramento", "CA"), ("Omaha", "NE"), ("Tulsa", "OK"),
    ("Minneapolis", "MN"), ("Dearborn", "MI"), ("Paterson", "NJ"), ("Lowell", "MA"), ("El Paso", "TX"),
    ("Gallup", "NM"), ("Anchorage", "AK"), ("Boise", "ID"), ("Hope", "AR"), ("Joplin", "MO"), ("Yakima", "WA"),
)  # fmt: skip
_UK_TOWNS: Final = (
    "Leeds", "Bradford", "Leicester", "Luton", "Slough", "Birmingham", "Manchester", "Bristol", "Croydon",
    "Walsall", "Wolverhampton", "Sheffield", "Nottingham", "Cardiff", "Glasgow", "Norwich", "Plymouth",
    "Sunderland", "Oldham", "Preston", "Reading", "Peterborough", "Ipswich", "Swindon", "Hull", "Bath", "Sale",
    "Wigan", "Dewsbury", "Blackburn",
)  # fmt: skip
_CA_CITIES: Final = (
    ("Toronto", "ON"), ("Ottawa", "ON"), ("Mississauga", "ON"), ("Brampton", "ON"), ("Hamilton", "ON"),
    ("Thunder Bay", "ON"), ("Winnipeg", "MB"), ("Saskatoon", "SK"), ("Regina", "SK"), ("Prince Albert", "SK"),
    ("Edmonton", "AB"), ("Calgary", "AB"), ("Red Deer", "AB"), ("Surrey", "BC"), ("Kamloops", "BC"),
    ("Halifax", "NS"), ("Montréal", "QC"), ("Gatineau", "QC"), ("Sherbrooke", "QC"), ("Moncton", "NB"),
    ("St. John's", "NL"), ("Iqaluit", "NU"), ("Whitehorse", "YT"), ("Québec", "QC"), ("Laval", "QC"), ("Trois-Rivières", "QC"),
)  # fmt: skip
_SG_TOWNS: Final = (
    "Tampines",
    "Jurong West",
    "Woodlands",
    "Sengkang",
    "Punggol",
    "Ang Mo Kio",
    "Bedok",
    "Toa Payoh",
    "Yishun",
    "Bukit Batok",
    "Choa Chu Kang",
    "Pasir Ris",
    "Hougang",
    "Clementi",
    "Bukit Panjang",
)
_KE_TOWNS: Final = (
    "Nairobi",
    "Mombasa",
    "Kisumu",
    "Nakuru",
    "Eldoret",
    "Thika",
    "Machakos",
    "Kisii",
    "Kakamega",
    "Kericho",
    "Nyeri",
    "Naivasha",
    "Malindi",
    "Bungoma",
    "Homa Bay",
    "Garissa",
    "Kitale",
    "Kitengela",
    "Ruiru",
)
_KE_ESTATES: Final = (
    "Kayole",
    "Umoja",
    "Githurai 45",
    "Rongai",
    "Kawangware",
    "Embakasi",
    "Donholm",
    "South B",
    "Buruburu",
    "Kahawa West",
    "Mathare North",
    "Dandora Phase 2",
    "Pipeline",
    "Zimmerman",
    "Kariobangi",
)


def _place(rng: random.Random, country: str) -> str:
    if country == "us":
        return rng.choice(_US_CITIES)[0]
    if country == "uk":
        return rng.choice(_UK_TOWNS)
    if country == "ca":
        return rng.choice(_CA_CITIES)[0]
    if country == "sg":
        return rng.choice(_SG_TOWNS)
    return rng.choice(_KE_TOWNS)


def _address(rng: random.Random, country: str, town: str) -> tuple[str, str]:
    """(one-line address, postcode) with ``town`` in it."""
    if country == "us":
        fake = _fk("en_US", rng)
        state = dict(_US_CITIES).get(town, "TX")
        zipcode = f"{rng.randrange(10000, 99999)}" + (f"-{rng.randrange(1000, 9999)}" if rng.random() < 0.25 else "")
        return f"{fake.street_address()}, {town}, {state} {zipcode}", zipcode
    if country == "uk":
        fake = _fk("en_GB", rng)
        postcode = str(fake.postcode())
        street = str(fake.street_address()).replace("\n", ", ")
        return f"{street}, {town}, {postcode}", postcode
    if country == "ca":
        fake = _fk("en_CA", rng)
        province = dict(_CA_CITIES).get(town, "ON")
        postcode = str(fake.postcode())
        unit = rng.choice(("", f"Unit {rng.randrange(1, 40)}, ", f"{rng.randrange(100, 2400)}-"))
        return f"{unit}{fake.street_address()}, {town}, {province} {postcode}", postcode
    if country == "sg":
        postal = f"{rng.randrange(10, 83):02d}{rng.randrange(1000, 9999)}"
        block = rng.randrange(100, 999)
        street = rng.choice(
            (
                f"{town} Street {rng.randrange(11, 92)}",
                f"{town} Avenue {rng.randrange(1, 10)}",
                f"{town} Drive {rng.randrange(1, 20)}",
                f"{town} Central",
            )
        )
        return f"Blk {block} {street}, #{rng.randrange(2, 25):02d}-{rng.randrange(10, 999)}, Singapore {postal}", postal
    code = rng.choice(("00100", "00200", "00500", "80100", "40100", "20100", "30100", "01000", "00610"))
    if rng.random() < 0.5:
        return f"P.O. Box {rng.randrange(10, 99999)}-{code}, {town}", code
    estate = rng.choice(_KE_ESTATES)
    return (
        f"House No. {rng.randrange(1, 300)}, {estate}, off {rng.choice(('Thika Road', 'Mombasa Road', 'Jogoo Road', 'Kangundo Road', 'Ngong Road', 'Outering Road'))}, {town}",
        code,
    )


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _nhs_number(rng: random.Random) -> str:
    while True:
        body = [rng.randrange(10) for _ in range(9)]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(body)) % 11
        if check == 11:
            check = 0
        if check != 10:
            digits = "".join(map(str, body)) + str(check)
            return rng.choice(
                (f"{digits[:3]} {digits[3:6]} {digits[6:]}", digits, f"{digits[:3]}-{digits[3:6]}-{digits[6:]}")
            )


def _nric(rng: random.Random, prefix: str) -> str:
    digits = [rng.randrange(10) for _ in range(7)]
    total = sum(d * w for d, w in zip(digits, (2, 7, 6, 5, 4, 3, 2), strict=True)) + (4 if prefix in "TG" else 0)
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return prefix + "".join(map(str, digits)) + table[total % 11]


def _npi(rng: random.Random) -> str:
    body = "1" + _digits(rng, 8)
    total = 0
    for i, ch in enumerate(reversed("80840" + body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def _ramq(rng: random.Random, person: _Person, birth: dt.date, female: bool) -> str:
    letters = (_ascii(person.last) + "XXX")[:3].upper() + (_ascii(person.first) or "X")[0].upper()
    month = birth.month + (50 if female else 0)
    return f"{letters} {birth.year % 100:02d}{month:02d} {birth.day:02d}{_digits(rng, 2)}"


def _phone(rng: random.Random, country: str, kind: str = "mobile") -> str:
    """A phone number of ``country``; ``kind`` is mobile, land, ext or fax."""
    if country in ("us", "ca"):
        areas = (
            (
                "212",
                "312",
                "415",
                "602",
                "713",
                "210",
                "614",
                "704",
                "317",
                "303",
                "901",
                "410",
                "414",
                "505",
                "559",
                "916",
                "402",
                "918",
                "612",
                "313",
                "973",
                "978",
                "915",
            )
            if country == "us"
            else (
                "416",
                "647",
                "905",
                "613",
                "604",
                "778",
                "403",
                "780",
                "306",
                "204",
                "514",
                "418",
                "902",
                "867",
                "807",
            )
        )
        a, e, line = rng.choice(areas), str(rng.randrange(201, 999)), _digits(rng, 4)
        number = rng.choice(
            (
                f"({a}) {e}-{line}",
                f"{a}-{e}-{line}",
                f"{a}.{e}.{line}",
                f"+1 {a} {e} {line}",
                f"1-{a}-{e}-{line}",
                f"({a}){e}-{line}",
                f"+1-{a}-{e}-{line}",
            )
        )
        if kind == "ext":
            number += rng.choice(
                (
                    f" ext. {rng.randrange(100, 9999)}",
                    f" x{rng.randrange(100, 9999)}",
                    f" ext {rng.randrange(10, 999)}",
                    f" poste {rng.randrange(100, 9999)}" if country == "ca" else f" Ext. {rng.randrange(100, 999)}",
                )
            )
        return number
    if country == "uk":
        if kind == "mobile":
            body = "7" + str(rng.choice((4, 5, 7, 8, 9))) + _digits(rng, 8)
            return rng.choice(
                (
                    f"0{body[:4]} {body[4:]}",
                    f"0{body}",
                    f"+44 {body[:4]} {body[4:]}",
                    f"+44 (0){body[:4]} {body[4:7]} {body[7:]}",
                    f"0{body[:4]} {body[4:7]} {body[7:]}",
                )
            )
        area, local = rng.choice(
            (
                ("20", 8),
                ("113", 7),
                ("161", 7),
                ("121", 7),
                ("116", 7),
                ("117", 7),
                ("1632", 6),
                ("1274", 6),
                ("1752", 6),
                ("1482", 6),
                ("1603", 6),
            )
        )
        digits = _digits(rng, local)
        if local == 8:
            number = rng.choice(
                (
                    f"020 {digits[:4]} {digits[4:]}",
                    f"(020) {digits[:4]} {digits[4:]}",
                    f"+44 20 {digits[:4]} {digits[4:]}",
                )
            )
        else:
            number = rng.choice(
                (
                    f"0{area} {digits[:3]} {digits[3:]}" if local == 7 else f"0{area} {digits}",
                    f"(0{area}) {digits}",
                    f"+44 (0){area} {digits}",
                )
            )
        if kind == "ext":
            number += rng.choice(
                (
                    f" ext {rng.randrange(1000, 9999)}",
                    f" x{rng.randrange(1000, 9999)}",
                    f" (ext. {rng.randrange(100, 999)})",
                )
            )
        return number
    if country == "sg":
        first = rng.choice("89") if kind == "mobile" else "6"
        digits = first + _digits(rng, 7)
        number = rng.choice(
            (
                f"{digits[:4]} {digits[4:]}",
                digits,
                f"+65 {digits[:4]} {digits[4:]}",
                f"+65-{digits[:4]}-{digits[4:]}",
                f"(65) {digits[:4]} {digits[4:]}",
                f"+65{digits}",
            )
        )
        if kind == "ext":
            number += f" ext {rng.randrange(1000, 9999)}"
        return number
    if kind == "mobile":
        body = rng.choice(("7", "1")) + rng.choice(("0", "1", "2", "9", "4", "5")) + _digits(rng, 7)
        return rng.choice(
            (
                f"0{body[:3]} {body[3:6]} {body[6:]}",
                f"0{body}",
                f"+254 {body[:3]} {body[3:6]} {body[6:]}",
                f"+254{body}",
                f"254-{body[:3]}-{body[3:]}",
                f"0{body[:3]}-{body[3:6]}-{body[6:]}",
                f"0{body[:3]} {body[3:]}",
            )
        )
    ke_area = rng.choice(("20", "41", "57", "51", "53", "61"))
    ke_local = _digits(rng, 7 if ke_area == "20" else 6)
    number = rng.choice(
        (
            f"0{ke_area} {ke_local[:3]} {ke_local[3:]}",
            f"+254 {ke_area} {ke_local}",
            f"(0{ke_area}) {ke_local}",
            f"+254-{ke_area}-{ke_local}",
        )
    )
    if kind == "ext":
        number += rng.choice((f" ext. {rng.randrange(100, 999)}", f" Ext {rng.randrange(1000, 9999)}"))
    return number


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
_DATE_STYLES: Final[dict[str, tuple[str, ...]]] = {
    "us": ("mdy", "mdy0", "mdy2", "long_md", "iso", "abbr_md"),
    "uk": ("dmy", "dmy1", "dmy2", "long_dm", "abbr", "dmydot", "ord_y"),
    "ca": ("iso", "long_md", "long_dm", "dmy", "mdy0", "abbr_up", "iso_slash"),
    "sg": ("dmy", "long_dm", "abbr", "abbr_up", "iso", "dmy2"),
    "ke": ("dmy", "dmy1", "dmydot", "dmyd", "long_dm", "abbr_sp"),
}
_SHORT_STYLES: Final[dict[str, tuple[str, ...]]] = {
    "us": ("md_slash", "mon_d", "mdy", "long_md"),
    "uk": ("dm_slash", "ord", "dmy", "day_mon"),
    "ca": ("mon_d", "iso", "day_mon"),
    "sg": ("day_mon", "dmy", "dm_slash"),
    "ke": ("dm_slash", "dmy", "day_mon", "ord"),
}


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _en_date(d: dt.date, style: str) -> str:
    month = _MONTHS[d.month - 1]
    formats: dict[str, Callable[[], str]] = {
        "mdy": lambda: f"{d.month}/{d.day}/{d.year}",
        "mdy0": lambda: d.strftime("%m/%d/%Y"),
        "mdy2": lambda: d.strftime("%m/%d/%y"),
        "dmy": lambda: d.strftime("%d/%m/%Y"),
        "dmy1": lambda: f"{d.day}/{d.month}/{d.year}",
        "dmy2": lambda: d.strftime("%d/%m/%y"),
        "dmydot": lambda: d.strftime("%d.%m.%Y"),
        "dmyd": lambda: d.strftime("%d-%m-%Y"),
        "long_dm": lambda: f"{d.day} {month} {d.year}",
        "long_md": lambda: f"{month} {d.day}, {d.year}",
        "abbr": lambda: f"{d.day:02d}-{month[:3]}-{d.year}",
        "abbr_md": lambda: f"{month[:3]} {d.day}, {d.year}",
        "abbr_sp": lambda: f"{d.day} {month[:3]} {d.year % 100:02d}",
        "abbr_up": lambda: f"{d.day:02d}{month[:3].upper()}{d.year}",
        "iso": d.isoformat,
        "iso_slash": lambda: d.strftime("%Y/%m/%d"),
        "ord_y": lambda: f"{_ordinal(d.day)} {month} {d.year}",
        "ord": lambda: f"{_ordinal(d.day)} {month}",
        "md_slash": lambda: f"{d.month}/{d.day}",
        "dm_slash": lambda: f"{d.day}/{d.month}",
        "mon_d": lambda: f"{month[:3]} {d.day}",
        "day_mon": lambda: f"{d.day} {month[:3]}",
    }
    return formats[style]()


def _time(rng: random.Random, hour: int, minute: int, country: str) -> str:
    if country == "us" and rng.random() < 0.5:
        return f"{(hour - 1) % 12 + 1}:{minute:02d} {'AM' if hour < 12 else 'PM'}"
    return rng.choice(
        (
            f"{hour:02d}:{minute:02d}",
            f"{hour:02d}{minute:02d}",
            f"{hour:02d}:{minute:02d}h" if country == "ca" else f"{hour:02d}.{minute:02d}",
        )
    )


# ---------------------------------------------------------------------------------------------
# English organisations
# ---------------------------------------------------------------------------------------------
def _en_orgs(rng: random.Random, country: str, town: str, town2: str) -> dict[str, str]:
    saint = rng.choice(
        (
            "St. Agnes",
            "Good Samaritan",
            "Mercy",
            "Riverside",
            "Lakeview",
            "St. Brigid's",
            "Holy Cross",
            "Valley",
            "Sunrise",
            "Northside",
        )
    )
    if country == "us":
        fake = _fk("en_US", rng)
        return {
            "hosp": rng.choice(
                (
                    f"{saint} Medical Center",
                    f"{town} Women's & Infants' Hospital",
                    f"{saint} Regional Hospital",
                    f"{town} Children's Hospital",
                )
            ),
            "clinic": rng.choice(
                (
                    f"{town2} Family Health Center",
                    "Bloom Pediatrics",
                    "Little Sprouts Pediatric Clinic",
                    f"{saint} Women's Clinic",
                    "Northgate Community Health",
                )
            ),
            "practice": rng.choice(
                ("Cornerstone Family Medicine", f"{town2} Pediatric Associates", "Oak Tree Pediatrics")
            ),
            "lab_org": rng.choice(
                ("Quest Diagnostics", "LabCorp", f"{town} Regional Laboratory", "Precision Genetics Lab")
            ),
            "school": rng.choice(
                (
                    f"{fake.last_name()} Elementary School",
                    f"{town2} Middle School",
                    "Lincoln Park Elementary",
                    "Roosevelt STEM Academy",
                )
            ),
            "nursery": rng.choice(
                (
                    "Little Acorns Daycare",
                    "KinderCare of Westside",
                    "Bright Beginnings Learning Center",
                    "Tiny Steps Child Care",
                )
            ),
            "employer": str(fake.company()),
            "insurer": rng.choice(
                (
                    "Aetna Better Health",
                    "Blue Cross Blue Shield",
                    "UnitedHealthcare Community Plan",
                    "Molina Healthcare",
                    "Cigna",
                    "Ambetter",
                )
            ),
            "pharmacy": rng.choice(("Walgreens #4471", "CVS Pharmacy", "Rite Aid", f"{town} Apothecary")),
            "ivf_org": rng.choice(
                (
                    "Sunrise Fertility & IVF",
                    f"{town} Reproductive Medicine Associates",
                    "Beacon Fertility Center",
                    "Cradle IVF Partners",
                )
            ),
            "agency": rng.choice(
                (
                    f"{fake.last_name()} County Department of Children and Family Services",
                    "Bethany Christian Services",
                    "Lutheran Family Services",
                )
            ),
        }
    if country == "uk":
        fake = _fk("en_GB", rng)
        return {
            "hosp": rng.choice(
                (
                    f"{town} Royal Infirmary",
                    f"{town} General Hospital",
                    f"{town} Women's Hospital",
                    "St Helier Hospital",
                    f"Royal {town} Hospital",
                )
            ),
            "clinic": rng.choice(
                (f"{town2} Children's Centre", "Parkside Health Centre", "Meadowbank Clinic", f"{town2} Family Hub")
            ),
            "practice": rng.choice(
                (
                    "The Willows Surgery",
                    f"{fake.last_name()} Medical Practice",
                    "Castlefields Health Centre",
                    "Oakwood Surgery",
                    f"{town2} Road Surgery",
                )
            ),
            "lab_org": rng.choice((f"{town} Newborn Screening Laboratory", "Viapath", f"{town} Pathology")),
            "school": rng.choice(
                (f"{fake.last_name()} Primary School", f"St Mary's C of E Primary, {town2}", "Greenfield Academy")
            ),
            "nursery": rng.choice(
                ("Little Acorns Day Nursery", "Rainbow Kids Nursery", "Tiny Toes Pre-school", "Busy Bees Nursery")
            ),
            "employer": str(fake.company()),
            "insurer": rng.choice(("Bupa", "AXA Health", "Vitality Health", "Aviva")),
            "pharmacy": rng.choice(("Boots", "Well Pharmacy", "Lloyds Pharmacy")),
            "ivf_org": rng.choice(
                ("Bourn Hall Clinic", f"{town} Fertility Centre", "CARE Fertility", "Create Fertility")
            ),
            "agency": rng.choice(
                (
                    f"{town} City Council Children's Services",
                    f"{town} Metropolitan Borough Council",
                    "Adoption Counts",
                    "One Adoption",
                )
            ),
        }
    if country == "ca":
        fake = _fk("en_CA", rng)
        return {
            "hosp": rng.choice(
                (
                    f"{town} General Hospital",
                    f"{town} Regional Health Centre",
                    "Grace Women's Health Centre",
                    f"{saint} Hospital",
                )
            ),
            "clinic": rng.choice(
                (
                    "Northern Lights Family Health Team",
                    f"{town2} Community Health Centre",
                    "Bayview Birth Centre",
                    "Grand River Midwives",
                    "Sage Femme Midwifery",
                )
            ),
            "practice": rng.choice(
                (f"{town2} Family Health Team", "Maple Leaf Medical Clinic", "Riverbend Pediatrics")
            ),
            "lab_org": rng.choice(("LifeLabs", "Dynacare", "Newborn Screening Ontario", f"{town} Regional Lab")),
            "school": rng.choice((f"{fake.last_name()} Public School", "École Sainte-Marie", f"{town2} Elementary")),
            "nursery": rng.choice(
                ("Little Explorers Daycare", "CPE Les Petits Lutins", "Sunshine Early Learning Centre")
            ),
            "employer": str(fake.company()),
            "insurer": rng.choice(("Sun Life", "Manulife", "Blue Cross Canada", "Desjardins Insurance", "Canada Life")),
            "pharmacy": rng.choice(("Shoppers Drug Mart", "Jean Coutu", "Rexall")),
            "ivf_org": rng.choice(
                ("Olive Fertility Centre", f"{town} Fertility Partners", "Hannam Fertility Centre", "Procrea Fertility")
            ),
            "agency": rng.choice(
                (
                    f"Children's Aid Society of {town}",
                    f"{town} Child and Family Services",
                    "Native Child and Family Services",
                )
            ),
        }
    if country == "sg":
        return {
            "hosp": rng.choice(
                (
                    "KK Women's and Children's Hospital",
                    "Thomson Medical Centre",
                    "Mount Alvernia Hospital",
                    "Orchid Women's Specialist Centre",
                )
            ),
            "clinic": rng.choice(
                (f"{town} Polyclinic", f"{town2} Polyclinic", "Lumière Women's Clinic", "Cradle Family Clinic")
            ),
            "practice": rng.choice(
                (f"{town2} Family Clinic", "Healthway Medical", "Kids Clinic @ Bishan", "Raffles Medical")
            ),
            "lab_org": rng.choice(("Innoquest Diagnostics", "Parkway Laboratories", "National Newborn Screening Lab")),
            "school": rng.choice((f"{town} Primary School", f"{town2} Secondary School", "Rivervale Primary School")),
            "nursery": rng.choice(
                ("Little Seeds Preschool", "Sunflower Kids Preschool", "Cherie Hearts", "My Little Campus")
            ),
            "employer": rng.choice(
                (
                    "DBS Bank",
                    "Sembcorp Industries",
                    "Keppel Shipyard",
                    "Sheng Siong Supermarket",
                    "Grab Holdings",
                    "SATS Ltd",
                )
            ),
            "insurer": rng.choice(("AIA Singapore", "Great Eastern Life", "NTUC Income", "Prudential Assurance")),
            "pharmacy": rng.choice(("Guardian Pharmacy", "Watsons", "Unity Pharmacy")),
            "ivf_org": rng.choice(
                (
                    "Orchid Fertility Centre",
                    "Virtus Fertility Centre",
                    "Thomson Fertility Centre",
                    "O&G Partners Fertility",
                )
            ),
            "agency": rng.choice(
                ("Harbourlight Family Service Centre", "Touch Adoption Agency", "Lutheran Community Care Services")
            ),
        }
    return {
        "hosp": rng.choice(
            (
                "Pumwani Maternity Hospital",
                f"{town} County Referral Hospital",
                "Mama Lucy Kibaki Hospital",
                "St. Mary's Mission Hospital",
                "Tumaini Nursing Home",
                f"{town} Level 5 Hospital",
            )
        ),
        "clinic": rng.choice(
            (
                f"{town2} Health Centre",
                "Kahawa West Health Centre",
                "Neema Medical Centre",
                "Bondeni Dispensary",
                "Jamii Afya Clinic",
            )
        ),
        "practice": rng.choice(("Baraka Medical Clinic", "Upendo Children's Clinic", f"{town2} Family Clinic")),
        "lab_org": rng.choice(("Afya Diagnostics Ltd", "Lancet Kenya", "Pathcare Kenya", f"{town} Biochem Lab")),
        "school": rng.choice(
            (f"{town2} Primary School", "Moi Avenue Primary", "St. Teresa's Girls Primary", "Brookhouse Preparatory")
        ),
        "nursery": rng.choice(("Little Angels Daycare", "Tunaweza Kindergarten", "Happy Feet Nursery")),
        "employer": rng.choice(
            ("Safaricom PLC", "Kenya Power", "Bidco Africa", "Twiga Foods", "Equity Bank", "Naivas Supermarket")
        ),
        "insurer": rng.choice(("Jubilee Insurance", "Britam", "AAR Insurance", "CIC Insurance", "Madison Insurance")),
        "pharmacy": rng.choice(("Goodlife Pharmacy", "Haltons Pharmacy", "Mydawa")),
        "ivf_org": rng.choice(
            (
                "Nairobi IVF Centre",
                "Footsteps to Fertility Centre",
                "Mombasa Fertility Clinic",
                "Kenya Fertility Centre",
            )
        ),
        "agency": rng.choice(("Little Angels Network", "Tumaini Children's Home", "Child Welfare Society of Kenya")),
    }


# ---------------------------------------------------------------------------------------------
# English note values
# ---------------------------------------------------------------------------------------------
_EN_PEOPLE_F: Final = ("gm", "gg", "mw", "mw2", "rn", "rn2", "hv", "dl", "sm", "fc")
_EN_PEOPLE_ANY: Final = (
    "ob",
    "pd",
    "gp",
    "em",
    "em2",
    "an",
    "sw",
    "it",
    "sn",
    "tc",
    "fc2",
    "lab",
    "reg",
    "chv",
    "cl",
    "au",
    "o1",
    "o2",
    "o3",
)
# Child age in days per template (patient role "k"); default one to twelve years.
_KID_DAYS: Final[dict[str, tuple[int, int]]] = {
    "uk_k_development_review": (720, 930),
    "uk_k_immunisation_export": (400, 1600),
    "ca_k_immunization_record": (400, 1900),
    "sg_k_dap_referral": (540, 1800),
    "sg_k_preschool_form": (700, 2100),
    "us_k_school_nurse": (1900, 4700),
    "ke_k_peds_discharge": (200, 2500),
}


def _en_values(name: str, rng: random.Random) -> tuple[dict[str, str], list[KnownIdentifier]]:
    country, role = name.split("_")[:2]
    v: dict[str, str] = {}
    staff_domain = rng.choice(_STAFF_MAIL[country])
    patient_domains = _PATIENT_MAIL + _COUNTRY_MAIL[country]

    # --- people
    mum_culture = _culture(rng, country)
    mum = _en_person(rng, mum_culture, True)
    partner_culture = mum_culture if rng.random() < 0.7 else _culture(rng, country)
    partner = _en_person(rng, partner_culture, rng.random() < 0.1)
    if mum.family_first or mum.joiner:
        baby_last = partner.last if not partner.joiner else mum.last
    else:
        baby_last = rng.choice(
            (
                partner.last,
                partner.last,
                mum.last,
                f"{mum.last}-{partner.last}" if " " not in mum.last + partner.last else partner.last,
            )
        )
    baby_female = rng.random() < 0.5
    baby_culture = partner_culture if rng.random() < 0.6 else mum_culture
    if baby_culture in ("my", "ta"):
        baby = _en_person(rng, baby_culture, baby_female)
        baby = _Person(
            baby.first,
            partner.last if partner.joiner else baby.last,
            "",
            joiner=(" binti " if baby_female else " bin ")
            if baby_culture == "my"
            else (" d/o " if baby_female else " s/o "),
        )
    else:
        baby = _en_person(rng, baby_culture, baby_female, last=baby_last if not partner.joiner else "")
    sib = _en_person(
        rng,
        baby_culture if baby_culture not in ("my", "ta") else "word",
        rng.random() < 0.5,
        last=baby.last if not baby.joiner else "",
    )
    sib2 = _en_person(
        rng,
        baby_culture if baby_culture not in ("my", "ta") else "word",
        rng.random() < 0.5,
        last=baby.last if not baby.joiner else "",
    )
    people: dict[str, _Person] = {"m": mum, "p": partner, "b": baby, "s": sib, "s2": sib2}
    for key in _EN_PEOPLE_F:
        people[key] = _en_person(rng, _culture(rng, country), True)
    for key in _EN_PEOPLE_ANY:
        people[key] = _en_person(rng, _culture(rng, country), rng.random() < 0.55)
    if rng.random() < 0.5 and not mum.joiner and not mum.family_first:  # grandmother shares mum's maiden name sometimes
        people["gm"] = _en_person(rng, mum_culture, True, last=mum.last)
    for key, person in people.items():
        domain = (
            rng.choice(patient_domains)
            if key in ("m", "p", "b", "s", "s2", "gm", "gg", "fc", "fc2", "au", "o1", "o2", "o3")
            else staff_domain
        )
        v.update(_en_forms(key, person, rng, domain))
    v["b_bn"] = f"{baby.first} {mum.last}"  # a birth name before adoption
    v["b_adopt"] = f"{baby.first} {people['o1'].last}" if not people["o1"].joiner else f"{baby.first} {baby.last}"
    v["b_he"], v["b_his"], v["b_he_cap"], v["b_his_cap"] = (
        ("she", "her", "She", "Her") if baby_female else ("he", "his", "He", "His")
    )
    v["b_sex"] = "female" if baby_female else "male"
    v["b_girl"] = "girl" if baby_female else "boy"
    v["b_girl_cap"] = "Girl" if baby_female else "Boy"
    v["b_sx"] = "F" if baby_female else "M"

    # --- dates
    visit = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(0, 1400))
    if role == "m":
        gest_days = rng.randrange(8 * 7, 41 * 7)
    elif role == "d":
        gest_days = rng.randrange(34 * 7, 42 * 7)
    else:
        gest_days = rng.randrange(37 * 7, 41 * 7)
    if role == "k":
        lo, hi = _KID_DAYS.get(name, (365, 12 * 365))
        b_dob = visit - dt.timedelta(days=rng.randrange(lo, hi))
    elif role == "b":
        b_dob = visit - dt.timedelta(days=rng.randrange(0, 75))
    elif role == "d":
        b_dob = visit - dt.timedelta(days=rng.randrange(0, 4))
    else:
        b_dob = visit + dt.timedelta(days=280 - gest_days if role == "m" else 290)
    if role in ("m", "f"):
        lmp = visit - dt.timedelta(days=gest_days if role == "m" else rng.randrange(2, 20))
    else:
        lmp = b_dob - dt.timedelta(days=gest_days)
    edd = lmp + dt.timedelta(days=280)
    m_dob = visit - dt.timedelta(days=rng.randrange(18 * 365, 44 * 365))
    p_dob = m_dob - dt.timedelta(days=rng.randrange(-1500, 4000))
    s_dob = b_dob - dt.timedelta(days=rng.randrange(500, 3500))
    styles = _DATE_STYLES[country]
    short = _SHORT_STYLES[country]

    def put(key: str, d: dt.date, *, year: bool = True) -> None:
        v[key] = _en_date(d, rng.choice(styles if year else styles + short))
        v[f"{key}_l"] = _en_date(d, "long_md" if country in ("us", "ca") and rng.random() < 0.7 else "long_dm")
        v[f"{key}_iso"] = d.isoformat()

    put("visit", visit)
    put("lmp", lmp)
    put("edd", edd)
    put("m_dob", m_dob)
    put("p_dob", p_dob)
    put("b_dob", b_dob)
    put("s_dob", s_dob)
    put("scan", lmp + dt.timedelta(days=rng.randrange(60, 95)))
    put("next", visit + dt.timedelta(days=rng.randrange(7, 60)), year=False)
    adm = visit - dt.timedelta(days=rng.randrange(2, 9))
    put("adm", adm)
    put("dis", visit)
    base = b_dob if role in ("b", "d") else visit - dt.timedelta(days=40)
    for i, offset in enumerate(sorted(rng.sample(range(0, 80), 4)), start=1):
        put(f"d{i}", base + dt.timedelta(days=offset), year=rng.random() < 0.6)
    put("until", visit + dt.timedelta(days=rng.randrange(365, 1100)))
    # timed entries in order
    minutes = sorted(rng.sample(range(0, 24 * 60), 8))
    for i, m in enumerate(minutes, start=1):
        v[f"t{i}"] = _time(rng, m // 60, m % 60, country)

    # --- ages (only gg's can be gold)
    m_age = (visit - m_dob).days // 365
    v["m_age"] = str(m_age)
    v["p_age"] = str((visit - p_dob).days // 365)
    v["gm_age"] = str(m_age + rng.randrange(19, 32))
    gg_age = rng.randrange(84, 105)
    v["gg_age"] = str(gg_age)
    v["gg_agew"] = _en_words(gg_age)
    age_days = (visit - b_dob).days
    v["b_aged"] = str(max(age_days, 0))
    v["b_agew"] = str(max(age_days, 0) // 7)
    v["b_agem"] = str(max(age_days, 0) * 12 // 365)
    v["b_agey"] = str(max(age_days, 0) // 365)
    v["s_age"] = str(max((visit - s_dob).days // 365, 1))
    v["s2_age"] = str(rng.randrange(1, 15))
    v["gest"] = f"{gest_days // 7}+{gest_days % 7}"
    v["gest_w"] = str(gest_days // 7)
    ga_birth = (b_dob - lmp).days
    v["ga_birth"] = f"{ga_birth // 7}+{ga_birth % 7}"
    v["gravida"] = str(rng.randrange(2, 6))
    v["para"] = str(rng.randrange(1, int(v["gravida"])))
    weight = rng.randrange(1100 if role == "b" else 2300, 4400)
    v["wt_g"] = str(weight)
    v["wt_lb"] = f"{weight * 0.0022046:.0f} lb {(weight * 0.035274) % 16:.0f} oz"
    v["apgar1"], v["apgar5"] = str(rng.randrange(3, 10)), str(rng.randrange(7, 11))
    v["bili"] = str(rng.randrange(140, 360))
    v["hb"] = f"{rng.randrange(95, 135) / 10:.1f}"
    v["bp"] = f"{rng.randrange(100, 145)}/{rng.randrange(60, 95)}"
    v["grade"] = str(rng.randrange(1, 9))
    v["blood_group"] = rng.choice(("O pos", "A pos", "B pos", "O neg", "A neg", "AB pos"))
    v["batch1"], v["batch2"], v["batch3"] = (
        f"{_letters(rng, 2)}{_digits(rng, 4)}{rng.choice('ABCD')}" for _ in range(3)
    )
    v["lang"] = rng.choice(
        (
            "Urdu",
            "Polish",
            "Somali",
            "Tigrinya",
            "Arabic",
            "Romanian",
            "Bengali",
            "Pashto",
            "Spanish",
            "Swahili",
            "Tagalog",
            "Punjabi",
        )
    )

    # --- places and organisations
    town = _place(rng, country)
    if name.endswith("_qc"):
        town = rng.choice(("Montréal", "Gatineau", "Sherbrooke", "Québec", "Laval", "Trois-Rivières"))
    town2 = _place(rng, country)
    town3 = _place(rng, country)
    v["city"], v["city2"], v["city3"] = town, town2, town3
    v["estate"] = rng.choice(_KE_ESTATES) if country == "ke" else rng.choice(_SG_TOWNS) if country == "sg" else town2
    v["addr"], v["postcode"] = _address(rng, country, town)
    v["addr2"], _ = _address(rng, country, town2)
    v["addr_org"], _ = _address(rng, country, town3)
    v.update(_en_orgs(rng, country, town, town2))
    v["hosp2"] = _en_orgs(rng, country, town2, town3)["hosp"]
    if v["hosp2"] == v["hosp"]:
        v["hosp2"] = _en_orgs(rng, country, town3, town)["clinic"]

    # --- phones
    v["phone"] = _phone(rng, country, "mobile")
    v["phone_p"] = _phone(rng, country, "mobile")
    v["phone_gm"] = _phone(rng, country, "mobile" if rng.random() < 0.5 else "land")
    v["phone_h"] = _phone(rng, country, "land")
    v["phone_w"] = _phone(rng, country, "land")
    v["phone_ext"] = _phone(rng, country, "ext")
    v["fax"] = _phone(rng, country, "fax" if country not in ("uk", "ke", "sg") else "land")
    v["phone_s"] = _phone(rng, country, "mobile")
    v["phone_o"] = _phone(rng, "us" if country != "us" else "uk", "mobile")
    for key in ("o1", "o2", "o3"):
        v[f"{key}_phone"] = _phone(rng, country, "mobile")

    # --- identifiers
    year = visit.year
    yy = year % 100
    if country == "us":
        m_mrn = rng.choice((_digits(rng, 8), f"E{_digits(rng, 7)}", f"00{_digits(rng, 7)}", f"MR-{_digits(rng, 6)}"))
        b_mrn = rng.choice((_digits(rng, 8), f"NB{_digits(rng, 7)}", f"{yy}-{_digits(rng, 6)}"))
        m_nat = f"{rng.choice('WYXZ')}{_letters(rng, 2)}{_digits(rng, 7)}"
        b_nat = f"{_digits(rng, 3)}-{year}-{_digits(rng, 6)}"
        p_nat = f"{_letters(rng, 3)}{_digits(rng, 9)}"
        v["ins"] = rng.choice(
            (
                f"{_letters(rng, 3)}{_digits(rng, 9)}",
                f"W{_digits(rng, 9)}",
                f"{_digits(rng, 9)}-01",
                f"U{_digits(rng, 8)} 01",
            )
        )
        v["lic_mw"] = f"CNM.{_digits(rng, 6)}"
        v["lic_ob"] = _npi(rng)
        v["bc"] = f"{_digits(rng, 3)}-{year}-{_digits(rng, 6)}"
    elif country == "uk":
        m_mrn = rng.choice(
            (
                f"{rng.choice('KMDRJ')}{_digits(rng, 7)}",
                f"RXH{_digits(rng, 7)}",
                f"{_digits(rng, 6)}{rng.choice('ABX')}",
                f"H{_digits(rng, 6)}",
            )
        )
        b_mrn = rng.choice((f"{rng.choice('KMDRJ')}{_digits(rng, 7)}", f"B{_digits(rng, 7)}", f"NN{_digits(rng, 6)}"))
        m_nat, b_nat, p_nat = _nhs_number(rng), _nhs_number(rng), _nhs_number(rng)
        v["ins"] = rng.choice(
            (
                f"{_digits(rng, 2)} {_digits(rng, 4)} {_digits(rng, 4)}",
                f"MATEX{_digits(rng, 8)}",
                f"{_letters(rng, 2)}{_digits(rng, 6)}{rng.choice('ABCD')}",
            )
        )
        v["lic_mw"] = f"{_digits(rng, 2)}{rng.choice('ABCDEFGHIJKLY')}{_digits(rng, 4)}{rng.choice('EOSWN')}"
        v["lic_ob"] = _digits(rng, 7)
        v["bc"] = f"{rng.choice(('DXZ', 'QBT', 'HEA'))} {_digits(rng, 6)}"
    elif country == "ca":
        m_mrn = rng.choice(
            (f"C{_digits(rng, 7)}", _digits(rng, 7), f"{_letters(rng, 1)}{_digits(rng, 6)}-{_digits(rng, 2)}")
        )
        b_mrn = rng.choice((f"C{_digits(rng, 7)}", _digits(rng, 8)))
        province = dict(_CA_CITIES).get(town, "ON")
        if province == "QC":
            m_nat = _ramq(rng, mum, m_dob, True)
            b_nat = _ramq(rng, baby, b_dob, baby_female)
            p_nat = _ramq(rng, partner, p_dob, False)
        elif province == "BC":
            m_nat, b_nat, p_nat = (f"9{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}" for _ in range(3))
        else:
            m_nat, b_nat, p_nat = (
                f"{_digits(rng, 4)}-{_digits(rng, 3)}-{_digits(rng, 3)}-{_letters(rng, 2)}" for _ in range(3)
            )
        v["ins"] = rng.choice(
            (f"{_digits(rng, 7)}-{_digits(rng, 2)}", f"G{_digits(rng, 6)} ID {_digits(rng, 9)}", f"{_digits(rng, 9)}")
        )
        v["lic_mw"] = f"CMO {_digits(rng, 4)}"
        v["lic_ob"] = f"CPSO #{_digits(rng, 5)}"
        v["bc"] = f"{year}-{_digits(rng, 2)}-{_digits(rng, 6)}"
    elif country == "sg":
        m_mrn = rng.choice((f"{yy}K{_digits(rng, 6)}{_letters(rng, 1)}", f"HRN {_digits(rng, 7)}", _digits(rng, 10)))
        b_mrn = rng.choice((f"{yy}K{_digits(rng, 6)}{_letters(rng, 1)}", f"HRN {_digits(rng, 7)}"))
        m_nat = _nric(rng, "S" if m_dob.year < 2000 else "T")
        b_nat = _nric(rng, "T")
        p_nat = _nric(rng, rng.choice("SSG"))
        v["ins"] = rng.choice(
            (f"L{_digits(rng, 8)}", f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 1)}", f"IS{_digits(rng, 9)}")
        )
        v["lic_mw"] = f"R{_digits(rng, 5)}{_letters(rng, 1)}"
        v["lic_ob"] = f"M{_digits(rng, 5)}{_letters(rng, 1)}"
        v["bc"] = f"T{yy:02d}{_digits(rng, 5)}{_letters(rng, 1)}"
    else:
        m_mrn = rng.choice(
            (
                f"IP {year}/{_digits(rng, 6)}",
                f"OP/{yy}/{_digits(rng, 5)}",
                f"{_digits(rng, 6)}/{yy}",
                f"MNH-{_digits(rng, 6)}",
            )
        )
        b_mrn = rng.choice((f"IP {year}/{_digits(rng, 6)}", f"NBU/{_digits(rng, 4)}/{yy}", f"{_digits(rng, 6)}/{yy}"))
        m_nat = rng.choice(("2", "3")) + _digits(rng, 7)
        b_nat = f"{_digits(rng, 7)}"
        p_nat = rng.choice(("1", "2", "3")) + _digits(rng, 7)
        v["ins"] = rng.choice(
            (
                f"SHA-{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 3)}",
                f"CR{_digits(rng, 10)}-{_digits(rng, 1)}",
                f"{_digits(rng, 8)}",
            )
        )
        v["lic_mw"] = f"NCK {_digits(rng, 5)}"
        v["lic_ob"] = f"A{_digits(rng, 4)}"
        v["bc"] = f"B1 {_digits(rng, 7)}"
    v["m_mrn"], v["b_mrn"], v["m_nat"], v["b_nat"], v["p_nat"] = m_mrn, b_mrn, m_nat, b_nat, p_nat
    v["npi"] = _npi(rng)
    v["lic_pd"] = {
        "us": _npi(rng),
        "uk": _digits(rng, 7),
        "ca": f"CPSO #{_digits(rng, 5)}",
        "sg": f"M{_digits(rng, 5)}{_letters(rng, 1)}",
        "ke": f"A{_digits(rng, 4)}",
    }[country]
    v["grp"] = rng.choice((f"{_digits(rng, 6)}", f"GRP-{_digits(rng, 5)}", f"{_letters(rng, 2)}{_digits(rng, 4)}"))
    v["claim"] = rng.choice((f"CLM-{year}-{_digits(rng, 8)}", f"{_digits(rng, 12)}", f"PA{_digits(rng, 9)}"))
    v["ref"] = rng.choice(
        (f"REF{_digits(rng, 7)}", f"{_letters(rng, 2)}-{_digits(rng, 6)}", f"R{yy}/{_digits(rng, 5)}", _digits(rng, 9))
    )
    v["order"] = rng.choice((f"ORD{_digits(rng, 8)}", f"{_digits(rng, 10)}", f"O-{_digits(rng, 7)}"))
    v["acc"] = rng.choice(
        (
            f"S{yy}-{_digits(rng, 5)}",
            f"{_letters(rng, 2)}{yy}-{_digits(rng, 6)}",
            f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 7)}",
            f"US{_digits(rng, 8)}",
        )
    )
    v["acc2"] = rng.choice((f"CY{yy}-{_digits(rng, 7)}", f"G{_digits(rng, 8)}", f"{yy}:{_digits(rng, 6)}"))
    v["spec"] = rng.choice(
        (f"SP-{_digits(rng, 8)}", f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 2)}", f"BB{_digits(rng, 7)}")
    )
    v["kit"] = rng.choice(
        (
            f"{_digits(rng, 2)}-{_digits(rng, 6)}",
            f"NBS{_digits(rng, 8)}",
            _digits(rng, 9),
            f"{yy}{_letters(rng, 1)}{_digits(rng, 6)}",
        )
    )
    v["case"] = rng.choice(
        (
            f"CASE-{_digits(rng, 6)}",
            f"{_letters(rng, 2)}/{yy}/{_digits(rng, 4)}",
            f"{_digits(rng, 7)}",
            f"LAC{_digits(rng, 6)}",
        )
    )
    v["student"] = rng.choice((_digits(rng, 7), f"S{_digits(rng, 8)}", f"{_digits(rng, 4)}-{_digits(rng, 4)}"))
    v["badge"] = rng.choice((f"{_digits(rng, 5)}", f"EMP{_digits(rng, 6)}", f"#{_digits(rng, 4)}"))
    v["serial"] = rng.choice(
        (
            f"SN {_letters(rng, 3)}{_digits(rng, 7)}",
            f"{_letters(rng, 2)}{_digits(rng, 2)}-{_digits(rng, 6)}",
            f"{_digits(rng, 4)}-{_digits(rng, 5)}-{_letters(rng, 2)}",
        )
    )
    v["serial2"] = rng.choice((f"{_letters(rng, 4)}{_digits(rng, 6)}", f"SN{_digits(rng, 10)}"))
    v["couple"] = rng.choice(
        (
            f"CPL-{yy}-{_digits(rng, 4)}",
            f"C{_digits(rng, 5)}",
            f"{_letters(rng, 2)}{_digits(rng, 4)}/{_letters(rng, 2)}{_digits(rng, 4)}",
        )
    )
    v["cycle"] = rng.choice(
        (
            f"IVF-{year}-{_digits(rng, 4)}",
            f"CY{_digits(rng, 6)}",
            f"{yy}/{_digits(rng, 4)}-C{rng.randrange(1, 6)}",
            f"FET{_digits(rng, 5)}",
        )
    )
    straw_base = f"{_letters(rng, 2)}{_digits(rng, 4)}"
    for k in (1, 2, 3):
        v[f"straw{k}"] = rng.choice(
            (f"{straw_base}-D{rng.randrange(5, 7)}-{k:02d}", f"{straw_base}/{k}", f"{straw_base}.E{k}")
        )
    v["donor"] = rng.choice(
        (
            f"D-{_digits(rng, 4)}",
            f"Donor #{_digits(rng, 5)}",
            f"{_letters(rng, 3)}{_digits(rng, 4)}",
            f"ED{_digits(rng, 3)}-{_letters(rng, 1)}",
        )
    )
    v["donor2"] = rng.choice((f"SB{_digits(rng, 5)}", f"{_digits(rng, 4)}{_letters(rng, 1)}", f"XY-{_digits(rng, 4)}"))
    v["cot"] = rng.choice(
        (f"{rng.randrange(1, 40)}", f"C{rng.randrange(1, 30)}", f"{rng.choice('ABCD')}{rng.randrange(1, 13)}")
    )
    v["bed"] = rng.choice(
        (f"{rng.randrange(1, 40)}", f"{rng.randrange(1, 8)}{rng.choice('ABCDEF')}", f"B{rng.randrange(1, 30)}")
    )
    v["anc_no"] = rng.choice((f"{rng.randrange(1, 999)}/{yy}", f"ANC {_digits(rng, 4)}/{yy}", f"{_digits(rng, 5)}"))
    v["cwc_no"] = rng.choice((f"{rng.randrange(1, 999)}/{yy}", f"CWC {_digits(rng, 4)}", f"{_digits(rng, 5)}"))
    v["mpesa"] = (
        f"{rng.choice('QRS')}{_letters(rng, 2)}{_digits(rng, 1)}{_letters(rng, 2)}{_digits(rng, 1)}{_letters(rng, 3)}"
    )
    v["band"] = _digits(rng, 10)
    v["appt"] = rng.choice((f"APT{_digits(rng, 7)}", f"{_letters(rng, 3)}{_digits(rng, 3)}", f"#{_digits(rng, 6)}"))
    v["fin"] = _nric(rng, rng.choice("FG"))
    v["chart"] = rng.choice((f"{_digits(rng, 6)}", f"CH{_digits(rng, 5)}"))
    for key in ("o1", "o2", "o3"):
        v[f"{key}_id"] = rng.choice((f"{_digits(rng, 6)}/{yy}", f"IP {year}/{_digits(rng, 6)}", f"{_digits(rng, 8)}"))
        v[f"{key}_age"] = str(rng.randrange(16, 43))

    # --- URLs
    slug = _ascii(v["hosp"])[:14] or "maternity"
    v["url"] = rng.choice(
        (
            f"https://mychart.{slug}.org/MyChart/Scheduling?id={_digits(rng, 7)}",
            f"https://portal.{slug}.com/appointments/{_letters(rng, 2)}{_digits(rng, 6)}",
            f"www.{slug}.org/maternity/birth-plan",
            f"https://{slug}.patientportal.net/login?ref={_digits(rng, 6)}",
        )
    )
    v["url2"] = rng.choice(
        (
            f"https://www.{_ascii(v['clinic'])[:16]}.ca/forms/intake",
            f"http://{_ascii(v['clinic'])[:12]}.org/parents",
            f"https://bit.ly/{_letters(rng, 3).lower()}{_digits(rng, 3)}{_letters(rng, 2)}",
            f"https://forms.gle/{_letters(rng, 5)}{_digits(rng, 4)}",
        )
    )
    v["ward_email"] = (
        f"{rng.choice(('maternity.triage', 'nicu.parents', 'labourward', 'neonatal.outreach', 'antenatal.bookings'))}@{staff_domain}"
    )

    # --- the patient's record
    if role in ("b", "k"):
        patient, mrn, nat, dob, email, phone = baby, b_mrn, b_nat, b_dob, v["m_email"], v["phone"]
        prefix = "b"
    else:
        patient, mrn, nat, dob, email, phone = mum, m_mrn, m_nat, m_dob, v["m_email"], v["phone"]
        prefix = "m"
    known = [
        KnownIdentifier("PERSON", patient.full),
        KnownIdentifier("PERSON", patient.first),
        KnownIdentifier("PERSON", patient.last),
        KnownIdentifier("ID", mrn),
        KnownIdentifier("ID", nat),
        KnownIdentifier("PHONE", phone),
        KnownIdentifier("ADDRESS", v["addr"]),
        KnownIdentifier("DATE", dob.isoformat()),
        KnownIdentifier("EMAIL", email),
    ]
    if "adoption" in name:
        known.append(KnownIdentifier("PERSON", v["b_adopt"]))
    if v[f"{prefix}_nick"] != patient.first:
        known.append(KnownIdentifier("PERSON", v[f"{prefix}_nick"]))
    return v, known


# ---------------------------------------------------------------------------------------------
# Chinese names (with pinyin, so a person can also be written in pinyin)
# ---------------------------------------------------------------------------------------------
_ZH_SURNAMES: Final = (
    ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"),
    ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"),
    ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("高", "Gao"), ("林", "Lin"), ("罗", "Luo"), ("郑", "Zheng"),
    ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"), ("唐", "Tang"), ("韩", "Han"), ("冯", "Feng"), ("邓", "Deng"),
    ("曹", "Cao"), ("彭", "Peng"), ("曾", "Zeng"), ("肖", "Xiao"), ("田", "Tian"), ("董", "Dong"), ("袁", "Yuan"),
    ("潘", "Pan"), ("于", "Yu"), ("蒋", "Jiang"), ("蔡", "Cai"), ("杜", "Du"), ("叶", "Ye"), ("程", "Cheng"),
    ("苏", "Su"), ("魏", "Wei"), ("吕", "Lyu"), ("丁", "Ding"), ("任", "Ren"), ("沈", "Shen"), ("姚", "Yao"),
    ("卢", "Lu"), ("金", "Jin"), ("文", "Wen"), ("石", "Shi"), ("龙", "Long"), ("万", "Wan"), ("钟", "Zhong"),
    ("白", "Bai"), ("牛", "Niu"), ("时", "Shi"), ("向", "Xiang"), ("付", "Fu"), ("易", "Yi"), ("简", "Jian"),
)  # fmt: skip
_ZH_COMPOUND: Final = (
    ("欧阳", "Ouyang"), ("司马", "Sima"), ("诸葛", "Zhuge"), ("上官", "Shangguan"), ("慕容", "Murong"),
    ("东方", "Dongfang"), ("皇甫", "Huangfu"), ("令狐", "Linghu"), ("尉迟", "Yuchi"), ("公孙", "Gongsun"),
    ("夏侯", "Xiahou"), ("端木", "Duanmu"),
)  # fmt: skip
_ZH_F: Final = (
    ("丽", "li"), ("娟", "juan"), ("芳", "fang"), ("敏", "min"), ("静", "jing"), ("婷", "ting"), ("雪", "xue"),
    ("梅", "mei"), ("燕", "yan"), ("红", "hong"), ("霞", "xia"), ("玲", "ling"), ("萍", "ping"), ("慧", "hui"),
    ("佳", "jia"), ("欣", "xin"), ("怡", "yi"), ("琳", "lin"), ("晓", "xiao"), ("秀", "xiu"), ("兰", "lan"),
    ("倩", "qian"), ("颖", "ying"), ("璐", "lu"), ("蕾", "lei"), ("悦", "yue"), ("瑶", "yao"), ("雯", "wen"),
    ("妍", "yan"), ("思", "si"), ("雨", "yu"), ("梦", "meng"), ("春", "chun"), ("月", "yue"), ("凤", "feng"),
    ("洁", "jie"), ("琴", "qin"), ("菊", "ju"), ("桂", "gui"), ("翠", "cui"),
)  # fmt: skip
_ZH_M: Final = (
    ("伟", "wei"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("勇", "yong"), ("杰", "jie"), ("涛", "tao"),
    ("明", "ming"), ("超", "chao"), ("刚", "gang"), ("平", "ping"), ("辉", "hui"), ("鹏", "peng"), ("华", "hua"),
    ("飞", "fei"), ("鑫", "xin"), ("波", "bo"), ("斌", "bin"), ("宇", "yu"), ("浩", "hao"), ("凯", "kai"),
    ("健", "jian"), ("俊", "jun"), ("帆", "fan"), ("建", "jian"), ("国", "guo"), ("志", "zhi"), ("海", "hai"),
    ("峰", "feng"), ("东", "dong"), ("晨", "chen"), ("阳", "yang"), ("亮", "liang"), ("成", "cheng"), ("龙", "long"),
)  # fmt: skip
_ZH_WORD_GIVEN: Final = (
    ("平安", "Ping'an"), ("国庆", "Guoqing"), ("建国", "Jianguo"), ("胜利", "Shengli"), ("和平", "Heping"),
    ("春生", "Chunsheng"), ("秋菊", "Qiuju"), ("冬梅", "Dongmei"), ("海燕", "Haiyan"), ("红梅", "Hongmei"),
    ("小红", "Xiaohong"), ("文静", "Wenjing"), ("高兴", "Gaoxing"), ("金花", "Jinhua"), ("夏至", "Xiazhi"),
)  # fmt: skip
_ZH_BABY: Final = (
    ("子涵", "Zihan"), ("梓萱", "Zixuan"), ("一诺", "Yinuo"), ("浩然", "Haoran"), ("欣怡", "Xinyi"), ("思远", "Siyuan"),
    ("雨桐", "Yutong"), ("沐阳", "Muyang"), ("可馨", "Kexin"), ("宇轩", "Yuxuan"), ("若汐", "Ruoxi"), ("梓睿", "Zirui"),
    ("诗涵", "Shihan"), ("嘉怡", "Jiayi"), ("俊熙", "Junxi"), ("锦程", "Jincheng"), ("安然", "Anran"), ("一鸣", "Yiming"),
    ("沐晨", "Muchen"), ("平安", "Ping'an"), ("佑安", "You'an"), ("知夏", "Zhixia"), ("念慈", "Nianci"), ("乐", "Le"),
    ("朵", "Duo"), ("晨曦", "Chenxi"), ("星辰", "Xingchen"), ("小满", "Xiaoman"),
)  # fmt: skip
_ZH_MILK: Final = (
    "豆豆", "糖糖", "乐乐", "朵朵", "果果", "甜甜", "贝贝", "多多", "妞妞", "可可", "然然", "悠悠", "团团", "圆圆",
    "安安", "宁宁", "球球", "小米", "小满", "米粒", "嘟嘟", "壮壮", "石头", "丫丫",
)  # fmt: skip
_ZH_HOMOPHONE: Final = {
    "丽": "利", "娟": "鹃", "芳": "方", "敏": "民", "静": "晶", "婷": "亭", "红": "宏", "伟": "玮", "军": "君",
    "杰": "洁", "明": "铭", "华": "桦", "玲": "铃", "萍": "平", "慧": "惠", "欣": "鑫", "怡": "仪", "琳": "林",
    "晓": "小", "磊": "垒", "涛": "滔", "辉": "晖", "鹏": "朋", "飞": "菲", "浩": "皓", "凯": "恺", "俊": "骏",
    "宇": "雨", "建": "健", "志": "智", "张": "章", "王": "汪", "陈": "程", "刘": "柳", "徐": "许", "杨": "扬",
    "梅": "玫", "燕": "艳", "霞": "侠", "雪": "学", "雯": "文", "峰": "锋", "强": "墙", "海": "还", "国": "果",
}  # fmt: skip


@dataclass(frozen=True)
class _ZhPerson:
    surname: str
    given: str
    surname_py: str
    given_py: str

    @property
    def full(self) -> str:
        return self.surname + self.given


def _zh_person(
    rng: random.Random, female: bool, surname: tuple[str, str] | None = None, baby: bool = False
) -> _ZhPerson:
    sur = surname or (rng.choice(_ZH_COMPOUND) if rng.random() < 0.08 else rng.choice(_ZH_SURNAMES))
    if baby:
        given, given_py = rng.choice(_ZH_BABY)
    elif rng.random() < 0.1:
        given, given_py = rng.choice(_ZH_WORD_GIVEN)
    else:
        pool = _ZH_F if female else _ZH_M
        parts = [rng.choice(pool) for _ in range(1 if rng.random() < 0.25 else 2)]
        if len(parts) == 2 and parts[0][0] == parts[1][0]:
            parts = parts[:1]
        given = "".join(c for c, _ in parts)
        given_py = "".join(py for _, py in parts).capitalize()
    return _ZhPerson(sur[0], given, sur[1], given_py)


def _zh_faker_person(rng: random.Random, female: bool, locale: str = "zh_CN") -> _ZhPerson:
    fake = _fk(locale, rng)
    surname = str(fake.last_name())
    given = str(fake.first_name_female() if female else fake.first_name_male())
    return _ZhPerson(surname, given, "", "")


def _zh_nick(rng: random.Random, person: _ZhPerson) -> str:
    char = person.given[-1]
    nick = rng.choice((f"小{char}", f"阿{char}", char * 2))
    if nick.endswith(("女士", "先生", "医生", "主任", "护士", "大夫", "阿姨", "大爷", "药师", "老师")):
        nick = char * 2
    return nick


def _zh_typo(rng: random.Random, person: _ZhPerson) -> str:
    chars = list(person.full)
    positions = [i for i, c in enumerate(chars) if c in _ZH_HOMOPHONE]
    if positions:
        i = rng.choice(positions)
        chars[i] = _ZH_HOMOPHONE[chars[i]]
        return "".join(chars)
    if len(person.given) == 2:
        return person.surname + person.given[::-1]
    return person.surname + person.given + person.given[-1]


def _zh_forms(prefix: str, person: _ZhPerson, rng: random.Random, domain: str) -> dict[str, str]:
    py_given = person.given_py or "Xiaoyu"
    py_sur = person.surname_py or "Li"
    qq = f"{rng.randrange(10000000, 3999999999)}@qq.com"
    email = rng.choice(
        (
            qq,
            f"{_ascii(py_sur + py_given)}{rng.randrange(1, 999)}@{domain}",
            f"{_ascii(py_given)}.{_ascii(py_sur)}@{domain}",
        )
    )
    return {
        f"{prefix}_full": person.full,
        f"{prefix}_sur": person.surname,
        f"{prefix}_given": person.given if len(person.given) > 1 else person.full,
        f"{prefix}_nick": _zh_nick(rng, person),
        f"{prefix}_py": f"{py_sur} {py_given}",
        f"{prefix}_pyup": f"{py_sur.upper()} {py_given.upper()}",
        f"{prefix}_pyr": f"{py_given} {py_sur}",
        f"{prefix}_typo": _zh_typo(rng, person),
        f"{prefix}_email": email,
    }


# ---------------------------------------------------------------------------------------------
# Chinese places, organisations, phones, identifiers, dates
# ---------------------------------------------------------------------------------------------
_ZH_CITIES: Final = (
    ("浙江省", "杭州", ("西湖区", "拱墅区", "滨江区", "余杭区"), "0571"), ("浙江省", "宁波", ("鄞州区", "海曙区", "江北区"), "0574"),
    ("浙江省", "温州", ("鹿城区", "瓯海区", "龙湾区"), "0577"), ("江苏省", "南京", ("鼓楼区", "玄武区", "江宁区"), "025"),
    ("江苏省", "苏州", ("姑苏区", "吴中区", "工业园区"), "0512"), ("安徽省", "合肥", ("蜀山区", "包河区", "庐阳区"), "0551"),
    ("湖北省", "武汉", ("江汉区", "武昌区", "洪山区"), "027"), ("湖南省", "长沙", ("岳麓区", "芙蓉区", "雨花区"), "0731"),
    ("四川省", "成都", ("武侯区", "锦江区", "青羊区", "成华区"), "028"), ("陕西省", "西安", ("雁塔区", "碑林区", "未央区"), "029"),
    ("河南省", "郑州", ("金水区", "二七区", "中原区"), "0371"), ("山东省", "济南", ("历下区", "市中区", "槐荫区"), "0531"),
    ("山东省", "青岛", ("市南区", "市北区", "崂山区"), "0532"), ("广东省", "广州", ("天河区", "越秀区", "海珠区", "番禺区"), "020"),
    ("广东省", "深圳", ("南山区", "福田区", "宝安区", "龙岗区"), "0755"), ("广东省", "佛山", ("禅城区", "顺德区", "南海区"), "0757"),
    ("福建省", "厦门", ("思明区", "湖里区", "集美区"), "0592"), ("云南省", "昆明", ("五华区", "盘龙区", "官渡区"), "0871"),
    ("江西省", "南昌", ("东湖区", "西湖区", "青山湖区"), "0791"), ("河北省", "石家庄", ("长安区", "桥西区", "裕华区"), "0311"),
    ("辽宁省", "沈阳", ("和平区", "沈河区", "皇姑区"), "024"), ("黑龙江省", "哈尔滨", ("南岗区", "道里区", "香坊区"), "0451"),
    ("广西壮族自治区", "南宁", ("青秀区", "兴宁区", "西乡塘区"), "0771"), ("贵州省", "贵阳", ("云岩区", "南明区", "观山湖区"), "0851"),
)  # fmt: skip
_ZH_CITY_PINYIN: Final = {
    "杭州": "hz", "宁波": "nb", "温州": "wz", "南京": "nj", "苏州": "sz", "合肥": "hf", "武汉": "wh", "长沙": "cs",
    "成都": "cd", "西安": "xa", "郑州": "zz", "济南": "jn", "青岛": "qd", "广州": "gz", "深圳": "szs", "佛山": "fs",
    "厦门": "xm", "昆明": "km", "南昌": "nc", "石家庄": "sjz", "沈阳": "sy", "哈尔滨": "hrb", "南宁": "nn", "贵阳": "gy",
}  # fmt: skip
_ZH_TOWNS: Final = (
    "义乌",
    "慈溪",
    "昆山",
    "江阴",
    "晋江",
    "寿光",
    "浏阳",
    "乐清",
    "诸暨",
    "桐乡",
    "张家港",
    "海宁",
    "余姚",
    "瑞安",
    "仙桃",
    "简阳",
)
_ZH_ROADS: Final = (
    "文三路",
    "解放路",
    "人民路",
    "中山北路",
    "建设大道",
    "延安路",
    "和平街",
    "青年路",
    "胜利街",
    "长江路",
    "黄河路",
    "学院路",
    "湖滨路",
    "东风路",
    "幸福路",
    "朝阳路",
    "新华路",
    "振兴大道",
)
_ZH_ESTATES: Final = (
    "阳光花园",
    "翠苑一区",
    "金色家园",
    "和谐小区",
    "碧桂园",
    "万科城",
    "绿城桂花园",
    "锦绣江南",
    "滨江花园",
    "幸福里",
    "书香门第",
    "南苑新村",
    "春晓苑",
)
_ZH_KINDER: Final = ("阳光", "小星星", "蓝天", "童心", "金色摇篮", "爱弥儿", "小太阳", "七色花", "向日葵", "启蒙")
_ZH_CN_MONTHS: Final = ("正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊")


def _zh_lunar(rng: random.Random) -> str:
    day = rng.randrange(1, 30)
    day_text = (
        f"初{_ZH_DIGITS[day]}"
        if day < 10
        else ("初十" if day == 10 else ("二十" if day == 20 else _zh_numeral(day).replace("二十", "廿")))
    )
    return f"农历{_ZH_CN_MONTHS[rng.randrange(12)]}月{day_text}"


def _zh_date(d: dt.date, style: str) -> str:
    formats: dict[str, Callable[[], str]] = {
        "cn": lambda: f"{d.year}年{d.month}月{d.day}日",
        "cn0": lambda: f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "iso": d.isoformat,
        "dot": lambda: f"{d.year}.{d.month:02d}.{d.day:02d}",
        "slash": lambda: f"{d.year}/{d.month}/{d.day}",
        "compact": lambda: d.strftime("%Y%m%d"),
        "md": lambda: f"{d.month}月{d.day}日",
        "md_dash": lambda: f"{d.month:02d}-{d.day:02d}",
        "md_hao": lambda: f"{d.month}月{d.day}号",
        "cn_spaced": lambda: f"{d.year} 年 {d.month} 月 {d.day} 日",
    }
    return formats[style]()


def _zh_phone(rng: random.Random, kind: str, area: str) -> str:
    if kind == "mobile":
        body = rng.choice(("13", "15", "18", "17", "19")) + str(rng.randrange(10)) + _digits(rng, 8)
        return rng.choice(
            (
                body,
                body,
                f"{body[:3]}-{body[3:7]}-{body[7:]}",
                f"{body[:3]} {body[3:7]} {body[7:]}",
                f"+86 {body[:3]} {body[3:7]} {body[7:]}",
                f"+86-{body}",
                f"(+86){body}",
            )
        )
    local = (
        (rng.choice("2345678") + _digits(rng, 7))
        if len(area) == 3
        else (rng.choice("2345678") + _digits(rng, 6 if rng.random() < 0.2 else 7))
    )
    number = rng.choice(
        (
            f"{area}-{local}",
            f"({area}){local}",
            f"{area} {local[:4]} {local[4:]}",
            f"{area}－{local}",
            f"+86 {area[1:]} {local}",
        )
    )
    if kind == "ext":
        number += rng.choice(
            (f"转{rng.randrange(100, 9999)}", f"-{rng.randrange(100, 999)}", f" 分机{rng.randrange(100, 9999)}")
        )
    return number


_ZH_BABY_ROLE_DAYS: Final[dict[str, tuple[int, int]]] = {
    "zh_k_jiezhong_jilu": (60, 900),
    "zh_k_aefi_baogao": (60, 1500),
    "zh_k_fayu_pinggu": (540, 1500),
    "zh_k_tuoyu_ruyuan": (400, 1100),
    "zh_k_xuexiao_weisheng": (2300, 4700),
    "zh_k_shouyang_tijian": (200, 2500),
    "zh_k_erke_jizhen": (200, 3000),
    "zh_k_erbao_tijian": (150, 1100),
    "zh_k_jiazhang_qun": (1100, 2100),
}


def _zh_values(name: str, rng: random.Random) -> tuple[dict[str, str], list[KnownIdentifier]]:
    role = name.split("_")[1]
    v: dict[str, str] = {}
    province, city, districts, area = rng.choice(_ZH_CITIES)
    province2, city2, districts2, area2 = rng.choice(_ZH_CITIES)
    district = rng.choice(districts)
    city_suffix = rng.choice(("市", "", "市"))
    v["city"] = city + city_suffix
    v["city2"] = city2 + rng.choice(("市", ""))
    v["district"] = district
    v["district2"] = rng.choice(districts2)
    v["town"] = rng.choice(_ZH_TOWNS) + rng.choice(("市", ""))
    v["province"] = province
    v["province2"] = province2
    road = rng.choice(_ZH_ROADS)
    estate = rng.choice(_ZH_ESTATES)
    v["estate"] = estate
    building = f"{rng.randrange(1, 30)}{rng.choice(('幢', '栋', '号楼'))}{rng.randrange(1, 5)}单元{rng.randrange(1, 33)}{rng.randrange(1, 5):02d}室"
    v["addr"] = rng.choice(
        (
            f"{province}{city}市{district}{road}{rng.randrange(1, 999)}号{estate}{building}",
            f"{city}市{district}{estate}{building}",
            f"{district}{road}{rng.randrange(1, 999)}号{estate}{building}",
            f"{city}{district}{road}{rng.randrange(1, 400)}弄{rng.randrange(1, 80)}号{rng.randrange(101, 2404)}室",
        )
    )
    v["addr2"] = (
        f"{city2}市{v['district2']}{rng.choice(_ZH_ROADS)}{rng.randrange(1, 999)}号{rng.choice(_ZH_ESTATES)}{rng.randrange(1, 20)}-{rng.randrange(1, 4)}-{rng.randrange(101, 1802)}"
    )
    v["addr_short"] = f"{estate}{building}"
    v["addr_org"] = f"{city}市{rng.choice(districts)}{rng.choice(_ZH_ROADS)}{rng.randrange(1, 600)}号"

    # --- organisations
    n = rng.choice(("一", "二", "三", "四", "五", "六"))
    v["hosp"] = rng.choice(
        (
            f"{city}市妇幼保健院",
            f"{city}市妇产科医院",
            f"{city}市妇女儿童医疗中心",
            f"{city}{rng.choice(('和睦家', '美中宜和', '安琪儿'))}妇产医院",
            f"{city}市第{n}人民医院",
        )
    )
    v["hosp2"] = rng.choice(
        (f"{city2}市第{n}人民医院", f"{v['district2']}人民医院", f"{city2}市中心医院", f"{city}市儿童医院")
    )
    v["ek"] = rng.choice((f"{city}市儿童医院", f"{city}大学附属儿童医院", f"{city}市妇幼保健院"))
    v["sq"] = (
        f"{district}{rng.choice(('北山', '翠苑', '文新', '南湖', '东湖', '城北', '五里亭', '天桥'))}街道社区卫生服务中心"
    )
    v["ivf"] = rng.choice(
        (
            f"{city}市妇幼保健院生殖医学中心",
            f"{city}医科大学附属第{n}医院生殖中心",
            f"{city}{rng.choice(('家恩德', '集爱', '送子鸟', '宝贝'))}生殖医院",
        )
    )
    v["jingku"] = f"{province[:-1] if province.endswith('省') else province}人类精子库"
    v["kinder"] = f"{city}市{rng.choice(_ZH_KINDER)}幼儿园" if rng.random() < 0.5 else f"{rng.choice(_ZH_KINDER)}幼儿园"
    v["tuoyu"] = rng.choice(
        (
            f"{rng.choice(_ZH_KINDER)}托育中心",
            f"{district}{rng.choice(('小橡树', '贝乐', '童话'))}托育园",
            "爱心宝贝托育",
        )
    )
    v["school"] = rng.choice(
        (f"{city}市{road[:2]}小学", f"{district}实验小学", f"{city}市第{n}中学", f"{road[:2]}路小学")
    )
    v["employer"] = str(_fk("zh_CN", rng).company())
    v["lab"] = rng.choice(("金域医学检验所", "迪安诊断", f"{city}市新生儿疾病筛查中心", "华大基因"))
    v["insurer"] = rng.choice(("中国人寿", "平安保险", "太平洋保险", "泰康人寿", "新华保险"))
    v["blood_bank"] = f"{province}脐带血造血干细胞库"
    v["milk_bank"] = f"{city}市妇幼保健院母乳库"

    # --- people
    mum = _zh_person(rng, True)
    partner = _zh_person(rng, False)
    baby_sur = (partner.surname, partner.surname_py) if rng.random() < 0.85 else (mum.surname, mum.surname_py)
    baby_female = rng.random() < 0.5
    baby = _zh_person(rng, baby_female, baby_sur, baby=True)
    sib = _zh_person(rng, rng.random() < 0.5, baby_sur, baby=True)
    people: dict[str, _ZhPerson] = {
        "m": mum, "p": partner, "b": baby, "s": sib,
        "gm": _zh_person(rng, True, (mum.surname, mum.surname_py) if rng.random() < 0.2 else None),
        "gm2": _zh_person(rng, True),
        "gg": _zh_person(rng, True),
        "gf": _zh_person(rng, False, (partner.surname, partner.surname_py)),
    }  # fmt: skip
    for key in ("o1", "o2", "o3", "o4"):
        people[key] = _zh_person(rng, True)
    for key, female in (
        ("ys", True),
        ("ys2", False),
        ("ys3", True),
        ("zc", True),
        ("hs", True),
        ("hs2", True),
        ("pt", False),
        ("pt2", True),
        ("xy", True),
        ("ls", True),
        ("sg", False),
        ("bm", True),
        ("jk", True),
    ):
        people[key] = (
            _zh_faker_person(rng, female, "zh_TW" if rng.random() < 0.08 else "zh_CN")
            if rng.random() < 0.6
            else _zh_person(rng, female)
        )
    for key, person in people.items():
        v.update(_zh_forms(key, person, rng, rng.choice(("163.com", "126.com", "sina.com", "foxmail.com"))))
    v["b_milk"] = rng.choice(_ZH_MILK)
    v["s_milk"] = rng.choice([m for m in _ZH_MILK if m != v["b_milk"]])
    v["b_sex"] = "女" if baby_female else "男"
    v["b_zi"] = "女" if baby_female else "子"
    v["b_ta"] = "她" if baby_female else "他"
    v["s_rel"] = rng.choice(("哥哥", "姐姐"))
    tw = _zh_faker_person(rng, rng.random() < 0.5, "zh_TW")
    v["tw_full"] = tw.full
    v["tw_sur"] = tw.surname

    # --- dates
    visit = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(0, 1400))
    if role == "m":
        gest_days = rng.randrange(8 * 7, 41 * 7)
    elif role == "d":
        gest_days = rng.randrange(34 * 7, 42 * 7)
    else:
        gest_days = rng.randrange(37 * 7, 41 * 7)
    if role == "k":
        lo, hi = _ZH_BABY_ROLE_DAYS.get(name, (300, 3000))
        b_dob = visit - dt.timedelta(days=rng.randrange(lo, hi))
    elif role == "b":
        b_dob = visit - dt.timedelta(days=rng.randrange(0, 60))
    elif role == "d":
        b_dob = visit - dt.timedelta(days=rng.randrange(0, 4))
    else:
        b_dob = visit + dt.timedelta(days=280 - gest_days if role == "m" else 290)
    if role in ("m", "f"):
        lmp = visit - dt.timedelta(days=gest_days if role == "m" else rng.randrange(2, 20))
    else:
        lmp = b_dob - dt.timedelta(days=gest_days)
    edd = lmp + dt.timedelta(days=280)
    m_dob = visit - dt.timedelta(days=rng.randrange(20 * 365, 44 * 365))
    p_dob = m_dob - dt.timedelta(days=rng.randrange(-1200, 3600))
    styles = ("cn", "cn", "cn0", "iso", "iso", "dot", "slash", "compact", "cn_spaced")

    def put(key: str, d: dt.date, *, year: bool = True) -> None:
        v[key] = _zh_date(d, rng.choice(styles if year else (*styles, "md", "md", "md_dash", "md_hao")))
        v[f"{key}_cn"] = _zh_date(d, "cn")
        v[f"{key}_iso"] = d.isoformat()

    put("visit", visit)
    put("lmp", lmp)
    put("edd", edd)
    put("m_dob", m_dob)
    put("p_dob", p_dob)
    put("b_dob", b_dob)
    put("s_dob", b_dob - dt.timedelta(days=rng.randrange(700, 3000)))
    put("scan", lmp + dt.timedelta(days=rng.randrange(60, 95)))
    put("next", visit + dt.timedelta(days=rng.randrange(7, 60)), year=False)
    put("adm", visit - dt.timedelta(days=rng.randrange(2, 12)))
    put("dis", visit)
    base = b_dob if role in ("b", "d") else visit - dt.timedelta(days=40)
    for i, offset in enumerate(sorted(rng.sample(range(0, 80), 4)), start=1):
        put(f"d{i}", base + dt.timedelta(days=offset), year=rng.random() < 0.6)
    put("until", visit + dt.timedelta(days=rng.randrange(365, 1100)))
    v["lunar"] = _zh_lunar(rng)
    minutes = sorted(rng.sample(range(0, 24 * 60), 8))
    for i, m in enumerate(minutes, start=1):
        h, mm = divmod(m, 60)
        v[f"t{i}"] = rng.choice((f"{h:02d}:{mm:02d}", f"{h:02d}:{mm:02d}", f"{h}时{mm:02d}分", f"{h:02d}{mm:02d}"))

    # --- ages and clinical filler
    m_age = (visit - m_dob).days // 365
    v["m_age"] = str(m_age)
    v["m_agez"] = _zh_numeral(m_age)
    v["p_age"] = str((visit - p_dob).days // 365)
    v["gm_age"] = str(m_age + rng.randrange(20, 32))
    gg_age = rng.randrange(84, 105)
    v["gg_age"] = str(gg_age)
    v["gg_agez"] = _zh_numeral(gg_age)
    days = max((visit - b_dob).days, 0)
    v["b_aged"], v["b_agem"], v["b_agey"] = str(days), str(days * 12 // 365), str(days // 365)
    v["s_age"] = str(days // 365 + rng.randrange(2, 8))
    v["gest"] = f"{gest_days // 7}+{gest_days % 7}"
    v["gest_w"] = str(gest_days // 7)
    ga = (b_dob - lmp).days
    v["ga_birth"] = f"{ga // 7}+{ga % 7}"
    v["gravida"] = str(rng.randrange(1, 5))
    v["para"] = str(rng.randrange(0, int(v["gravida"])))
    weight = rng.randrange(1200 if role == "b" else 2400, 4300)
    v["wt_g"] = str(weight)
    v["wt_kg"] = f"{rng.randrange(80, 320) / 10:.1f}"
    v["apgar1"], v["apgar5"] = str(rng.randrange(4, 10)), str(rng.randrange(7, 11))
    v["bili"] = str(rng.randrange(140, 360))
    v["hb"] = str(rng.randrange(95, 135))
    v["bp"] = f"{rng.randrange(100, 145)}/{rng.randrange(60, 95)}"
    v["grade"] = rng.choice(("一", "二", "三", "四", "五", "六"))
    v["cls"] = str(rng.randrange(1, 9))
    v["batch1"], v["batch2"], v["batch3"] = (
        f"{rng.randrange(2022, 2026)}{_digits(rng, 6)}"
        if rng.random() < 0.5
        else f"{_letters(rng, 1)}{_digits(rng, 8)}"
        for _ in range(3)
    )

    # --- phones
    v["phone"] = _zh_phone(rng, "mobile", area)
    v["phone_p"] = _zh_phone(rng, "mobile", area)
    v["phone_gm"] = _zh_phone(rng, "mobile" if rng.random() < 0.6 else "land", area)
    v["phone_h"] = _zh_phone(rng, "land", area)
    v["phone_w"] = _zh_phone(rng, "land", area)
    v["phone_ext"] = _zh_phone(rng, "ext", area)
    v["fax"] = _zh_phone(rng, "land", area)
    v["phone_s"] = _zh_phone(rng, "mobile", area)
    v["phone_o"] = _zh_phone(rng, "land", area2)
    tw_mobile = f"9{_digits(rng, 2)}{_digits(rng, 6)}"
    v["phone_tw"] = rng.choice(
        (
            f"+886 {tw_mobile[:3]} {tw_mobile[3:6]} {tw_mobile[6:]}",
            f"0{tw_mobile[:3]}-{tw_mobile[3:6]}-{tw_mobile[6:]}",
            f"+886-{tw_mobile}",
        )
    )
    for key in ("o1", "o2", "o3", "o4"):
        v[f"{key}_phone"] = _zh_phone(rng, "mobile", area)
        v[f"{key}_id"] = rng.choice(
            (f"{_digits(rng, 7)}", f"MZ{_digits(rng, 9)}", f"{visit.year % 100}{_digits(rng, 6)}")
        )
        v[f"{key}_age"] = str(rng.randrange(21, 43))
        v[f"{key}_gest"] = f"{rng.randrange(12, 36)}+{rng.randrange(7)}"

    # --- identifiers (one 18-digit resident ID per note: the patient's)
    yy = visit.year % 100
    patient_dob = b_dob if role in ("b", "k") else m_dob
    v["rid"] = cn_resident_id(rng, patient_dob)
    v["zy"] = rng.choice(
        (f"ZY{_digits(rng, 8)}", _digits(rng, 7), f"{visit.year}{_digits(rng, 5)}", f"{_digits(rng, 6)}")
    )
    v["zy_b"] = rng.choice((f"ZY{_digits(rng, 8)}", _digits(rng, 7), f"{visit.year}{_digits(rng, 5)}"))
    v["mz"] = rng.choice((f"MZ{_digits(rng, 10)}", _digits(rng, 12), f"{_digits(rng, 4)}-{_digits(rng, 6)}"))
    v["ba"] = rng.choice((_digits(rng, 6), _digits(rng, 8), f"BA{_digits(rng, 7)}"))
    v["bed"] = rng.choice(
        (
            str(rng.randrange(1, 60)),
            f"+{rng.randrange(1, 9)}",
            f"{rng.randrange(1, 40):02d}",
            f"A{rng.randrange(1, 30)}",
            f"加{rng.randrange(1, 6)}",
        )
    )
    v["bed2"] = str(rng.randrange(1, 60))
    v["yb"] = rng.choice(
        (
            _digits(rng, 12),
            f"{_letters(rng, 1)}{_digits(rng, 8)}",
            f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
            _digits(rng, 10),
        )
    )
    v["csz"] = f"{rng.choice('NOPQRST')}{_digits(rng, 9)}"
    v["jzz"] = rng.choice((_digits(rng, 16), f"{_digits(rng, 6)}{visit.year}{_digits(rng, 5)}", _digits(rng, 20)))
    v["eb"] = rng.choice(
        (f"{_digits(rng, 6)}-{visit.year}-{_digits(rng, 5)}", _digits(rng, 14), f"MZ{_digits(rng, 10)}")
    )
    v["sc"] = rng.choice((f"XS{yy}-{_digits(rng, 6)}", _digits(rng, 10), f"{_letters(rng, 2)}{_digits(rng, 8)}"))
    v["tm"] = rng.choice((_digits(rng, 10), _digits(rng, 12), f"{yy}{_digits(rng, 9)}"))
    v["tm2"] = rng.choice((_digits(rng, 11), f"B{_digits(rng, 9)}"))
    v["zq"] = rng.choice(
        (
            f"IVF-{visit.year}-{_digits(rng, 4)}",
            f"ICSI{yy}-{_digits(rng, 4)}",
            f"{yy}{_digits(rng, 5)}",
            f"FET{_digits(rng, 6)}",
        )
    )
    v["fq"] = rng.choice((f"F{yy}-{_digits(rng, 4)}", f"FQ{_digits(rng, 6)}", f"{_digits(rng, 5)}-{_digits(rng, 2)}"))
    straw = f"{_letters(rng, 1)}{_digits(rng, 4)}"
    for k in (1, 2, 3):
        v[f"mg{k}"] = rng.choice((f"{straw}-D{rng.randrange(3, 7)}-{k:02d}", f"{straw}/{k}", f"{straw}{chr(64 + k)}"))
    v["gj"] = rng.choice(
        (
            f"ZJ-S-{_digits(rng, 4)}",
            f"{_letters(rng, 2)}{_digits(rng, 5)}",
            f"S{_digits(rng, 6)}",
            f"供{_digits(rng, 4)}",
        )
    )
    v["lic"] = f"{rng.randrange(1, 3)}{_digits(rng, 14)}"
    v["lic2"] = f"{rng.randrange(2010, 2024)}{_digits(rng, 8)}"
    v["gh"] = rng.choice((_digits(rng, 4), _digits(rng, 5), f"H{_digits(rng, 4)}"))
    v["yy"] = rng.choice((f"A{_digits(rng, 4)}", f"{_digits(rng, 3)}号", f"YY{_digits(rng, 8)}"))
    v["sn"] = rng.choice(
        (
            f"SN{_digits(rng, 10)}",
            f"{_letters(rng, 3)}{_digits(rng, 7)}",
            f"{_letters(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
        )
    )
    v["xh"] = rng.choice(
        (_digits(rng, 8), f"{visit.year - rng.randrange(0, 6)}{_digits(rng, 4)}", f"L{_digits(rng, 9)}")
    )
    v["zz"] = rng.choice((f"ZZ{visit.year}-{_digits(rng, 5)}", f"{_digits(rng, 9)}", f"转{yy}{_digits(rng, 5)}"))
    v["tb"] = _digits(rng, 8)
    v["hx"] = f"H{_digits(rng, 8)}" if rng.random() < 0.5 else f"M{_digits(rng, 8)}"
    v["hz"] = f"E{_digits(rng, 8)}"
    v["qdx"] = rng.choice((f"QDX{visit.year}{_digits(rng, 5)}", f"{_letters(rng, 2)}{_digits(rng, 8)}"))
    v["ddh"] = _digits(rng, 16)
    v["ajh"] = rng.choice(
        (
            f"({visit.year}){rng.choice(('浙', '苏', '粤', '川'))}0{rng.randrange(100, 199)}民收{_digits(rng, 3)}号",
            f"SY{visit.year}-{_digits(rng, 4)}",
        )
    )
    v["aefi"] = f"{_digits(rng, 6)}{visit.year}{_digits(rng, 4)}"
    v["mr"] = rng.choice((f"MR{_digits(rng, 6)}", f"{_digits(rng, 3)}-{_digits(rng, 4)}"))

    # --- URLs
    site = _ZH_CITY_PINYIN.get(city, "fy")
    v["url"] = rng.choice(
        (
            f"https://www.{site}fy.com.cn/yygh/?id={_digits(rng, 6)}",
            f"https://mp.weixin.qq.com/s/{_letters(rng, 4)}{_digits(rng, 3)}{_letters(rng, 3).lower()}",
            f"http://yjzx.{site}.gov.cn/query?no={_digits(rng, 8)}",
            f"https://jkda.{site}wsjk.cn/mch/{_digits(rng, 7)}",
        )
    )
    v["url2"] = rng.choice(
        (
            f"https://{site}sczx.org.cn/result",
            f"www.{site}ivf.cn/patient/{_digits(rng, 5)}",
            f"https://wj.qq.com/s2/{_digits(rng, 8)}/{_letters(rng, 4).lower()}",
        )
    )
    v["ward_email"] = rng.choice((f"chanke@{site}fy.cn", f"nicu_{site}@163.com", f"ivflab@{site}ivf.cn"))

    # --- the patient's record
    if role in ("b", "k"):
        patient, dob, zy = baby, b_dob, v["zy_b"]
    else:
        patient, dob, zy = mum, m_dob, v["zy"]
    known = [
        KnownIdentifier("PERSON", patient.full),
        KnownIdentifier("PERSON", patient.given),
        KnownIdentifier("ID", v["rid"]),
        KnownIdentifier("ID", zy),
        KnownIdentifier("ID", v["mz"]),
        KnownIdentifier("PHONE", v["phone"]),
        KnownIdentifier("ADDRESS", v["addr"]),
        KnownIdentifier("DATE", dob.isoformat()),
        KnownIdentifier("EMAIL", v["m_email"]),
    ]
    if role in ("b", "k"):
        known.append(KnownIdentifier("PERSON", v["b_milk"]))
    return v, known


# ---------------------------------------------------------------------------------------------
# English templates: "{country}_{role}_{what}"; role m = antenatal (the mother is the patient),
# d = delivery / postnatal (the mother), f = fertility (the female partner), b = newborn or
# infant, k = child.
# ---------------------------------------------------------------------------------------------
EN_BLIND15_TEMPLATES: Final[dict[str, str]] = {
    "us_m_prenatal_intake": """<<ORG:hosp>> - Department of Obstetrics & Gynecology
NEW OB INTAKE                                   Visit date: <<DATE:visit>>

Patient: <<PERSON:m_lfc>>        MRN: <<ID:m_mrn>>        DOB: <<DATE:m_dob>> ({m_age} y/o)
Preferred name: "<<PERSON:m_nick>>"
Address: <<ADDRESS:addr>>
Cell: <<PHONE:phone>>     Email: <<EMAIL:m_email>>
Insurance: <<ORG:insurer>>, member ID <<ID:ins>>, group <<ID:grp>>
FOB / partner: <<PERSON:p_full>> ({p_age}), cell <<PHONE:phone_p>>
Emergency contact: her mother <<PERSON:gm_full>> <<PHONE:phone_gm>>

HPI: {m_age} y/o G{gravida}P{para} at {gest} wks by LMP <<DATE:lmp>> (sure), EDD <<DATE:edd>>, confirmed by dating US <<DATE:scan>> (accession <<ID:acc>>). Mild nausea, no bleeding.
OB hx: SVD at term of <<PERSON:s_first>> (now {s_age}) in <<LOCATION:city2>>, uncomplicated; one SAB.
FHx: pt's grandmother <<PERSON:gg_full>> is <<AGE:gg_age>> and lives with the family - T2DM, HTN. No twins, no NTDs.
Social: works at <<ORG:employer>>. Lives in <<LOCATION:city>> with partner and <<PERSON:s_first>>. No tobacco/EtOH. WIC referral placed.

Plan: prenatal labs today (order <<ID:order>>), cfDNA, CF/SMA carrier screen, Rh {blood_group}. ASA 81 mg from 12 wks. RTC <<DATE:next>> with Dr. <<PERSON:ob_last>>.

Seen by <<PERSON:mw_full>>, CNM (lic <<ID:lic_mw>>)   Scribe: <<PERSON:cl_full>>
Attending co-sign: <<PERSON:ob_fi>>, MD  NPI <<ID:npi>>""",
    "us_m_birth_plan": """MY BIRTH PLAN - <<PERSON:m_first>> + <<PERSON:p_first>>
Due date: <<DATE:edd_l>>   |   Delivering at: <<ORG:hosp>>   |   OB: Dr. <<PERSON:ob_full>>
Doula: <<PERSON:dl_full>> (<<PHONE:phone_s>>) - please let her stay after visiting hours!

Hi! I'm <<PERSON:m_nick>> (legal name <<PERSON:m_full>>, MRN <<ID:m_mrn>>). Thank you for taking care of us.

LABOR
- I'd like to move around and use the tub if it's free. Intermittent monitoring if baby is ok.
- My sister <<PERSON:au_first>> made a playlist, please let it play :)
- Epidural: I'll ask if I want one. Please don't offer every hour.
- No students in the room unless we agree first (sorry!).

BIRTH
- Delayed cord clamping. <<PERSON:p_first>> wants to cut the cord.
- Baby's name will be <<PERSON:b_fml>> - please put it on the crib card.
- Skin to skin right away, weigh later.

AFTER
- Vitamin K yes, eye ointment yes, hep B yes. Circumcision: discuss.
- Breastfeeding. Lactation visit please (we loved <<PERSON:rn_first>> from the class on <<DATE:d1>>!)
- If C-section: clear drape, <<PERSON:p_first>> in the OR, skin to skin in recovery.

Our pediatrician is Dr. <<PERSON:pd_last>> at <<ORG:clinic>> (fax <<PHONE:fax>>).
Grandma <<PERSON:gm_nick>> will be watching <<PERSON:s_first>> - her number is <<PHONE:phone_gm>> in case we can't answer.
Questions? Text me at <<PHONE:phone>> or email <<EMAIL:m_email>>.
We pre-registered online: <<URL:url>>""",
    "us_b_nicu_handoff": """NICU RN HANDOFF (SBAR)   <<DATE:visit>> {t1}
Pod C, bed <<ID:cot>> - "Baby <<PERSON:m_last>>" / <<PERSON:b_full>>   MRN <<ID:b_mrn>>
DOB <<DATE:b_dob>>, GA at birth {ga_birth}, DOL {b_aged}, BW {wt_g} g, {b_sex}

S: Report from <<PERSON:rn_full>>, RN to <<PERSON:rn2_first>>. Stable night, 2 self-resolving desats.
B: Mom <<PERSON:m_full>>, G{gravida}P{para}, {m_age} yo, PPROM, GBS unknown, 2 doses BMZ. Dad (<<PERSON:p_first>>) at bedside most evenings; maternal grandma "<<PERSON:gm_nick>>" is on the visitor list. Sib <<PERSON:s_first>> ({s_age}) cleared to visit after flu screen.
A: CPAP +5, FiO2 23-25%. OG feeds MBM 12 ml q3h, tolerating. Bili {bili} at 0500, under phototx line. Isolette serial <<ID:serial>> alarming for humidity, biomed ticket <<ID:ref>>.
R: Dr. <<PERSON:pd_last>> rounds at 0900. NNP <<PERSON:reg_full>> wants repeat CBC/CRP (order <<ID:order>>). SW <<PERSON:sw_first>> to meet parents re: transport and Medicaid for baby.
Parents: mom <<PHONE:phone>> / dad <<PHONE:phone_p>>. Mom pumping; <<PERSON:m_first>>'s milk labels double-checked with <<PERSON:rn2_ini>>.""",
    "us_b_newborn_screen_card": """NEWBORN SCREENING SPECIMEN CARD - STATE PUBLIC HEALTH LABORATORY
Kit No. <<ID:kit>>                      Lab Accession <<ID:acc>>
---------------------------------------------------------------
BABY'S LAST NAME  <<PERSON:b_ulast>>          FIRST  <<PERSON:b_ufirst>>
SEX {b_sx}   BIRTH DATE <<DATE:b_dob_iso>>   TIME {t1}   BIRTH WT {wt_g} g   GA {ga_birth}
COLLECTION DATE <<DATE:d1>>   TIME {t2}   AGE AT COLLECTION 26 h
FEEDING: breast / formula   TRANSFUSED: N   NICU: N   TPN: N
MOTHER  <<PERSON:m_lfc>>     MOTHER'S DOB <<DATE:m_dob>>     MOTHER'S MRN <<ID:m_mrn>>
MOTHER'S PHONE <<PHONE:phone>>
ADDRESS <<ADDRESS:addr>>
SUBMITTER <<ORG:hosp>> Newborn Nursery   PH <<PHONE:phone_w>>   FAX <<PHONE:fax>>
PHYSICIAN OF RECORD <<PERSON:pd_lf>>, MD   NPI <<ID:npi>>
COLLECTED BY <<PERSON:rn_ini>>     BABY MRN <<ID:b_mrn>>
---------------------------------------------------------------
Lab use: received <<DATE:d2>>, tested <<DATE:d3>>. All analytes within normal limits except borderline TSH - repeat requested on a new card, specimen <<ID:spec>>. Result phoned to the nursery, spoke with <<PERSON:cl_first>>.""",
    "us_f_embryology_log": """<<ORG:ivf_org>> - EMBRYOLOGY LABORATORY WORKSHEET
Couple ID: <<ID:couple>>    Cycle: <<ID:cycle>>    Protocol: antagonist / ICSI / PGT-A
Female partner: <<PERSON:m_lfc>>  DOB <<DATE:m_dob>>  MRN <<ID:m_mrn>>
Male partner:   <<PERSON:p_lfc>>  DOB <<DATE:p_dob>>
Backup donor sperm vial: <<ID:donor>> (thawed: NO)

Retrieval <<DATE:d1>>: 14 COCs, 11 MII. ICSI by <<PERSON:em_ini>>, witnessed by <<PERSON:em2_ini>>.

day,embryo,grade,fate,straw label,witness
D3,E1,8c G1,extended culture,-,<<PERSON:em2_ini>>
D5,E1,4AA,biopsy + vitrified,<<ID:straw1>>,<<PERSON:em_ini>>
D5,E3,4AB,biopsy + vitrified,<<ID:straw2>>,<<PERSON:em2_ini>>
D6,E5,3BB,vitrified,<<ID:straw3>>,<<PERSON:em_ini>>
D6,E6,2CC,discard (consented),-,<<PERSON:em2_ini>>

PGT-A samples to <<ORG:lab_org>>, requisition <<ID:order>>. Storage: tank 2 / canister B / cane 14.
Embryologists: <<PERSON:em_full>>, <<PERSON:em2_full>>. Physician: Dr. <<PERSON:ob_last>>.
FET planning call booked for <<DATE:next>>; patient cell <<PHONE:phone>>. Consents signed on the portal: <<URL:url>>""",
    "us_k_peds_discharge": """<<ORG:hosp>> - Pediatric Hospital Medicine
DISCHARGE SUMMARY

Patient: <<PERSON:b_full>>        MRN: <<ID:b_mrn>>        DOB: <<DATE:b_dob>>   ({b_agey} y)
Admitted: <<DATE:adm>>        Discharged: <<DATE:dis>>
Attending: <<PERSON:pd_full>>, MD        Resident: <<PERSON:reg_fi>>, MD
PCP: Dr. <<PERSON:gp_last>>, <<ORG:practice>> - fax <<PHONE:fax>>

Dear Dr. <<PERSON:gp_last>>,

Thank you for allowing us to care for <<PERSON:b_first>>, a {b_agey}-year-old {b_girl} with moderate persistent asthma admitted with an exacerbation after a viral URI. {b_he_cap} needed continuous albuterol for 10 hours and was weaned to q4h by hospital day 2. CXR without focal consolidation. Discharged on fluticasone/salmeterol, albuterol PRN and dexamethasone (2 doses given).

Social: <<PERSON:b_first>> lives with {b_his} mother <<PERSON:m_full>> and stepfather <<PERSON:p_full>> in <<LOCATION:city>>, together with siblings <<PERSON:s_first>> ({s_age}) and <<PERSON:s2_first>> ({s2_age}). Maternal grandmother <<PERSON:gm_full>> does after-school care; great-grandmother (<<AGE:gg_age>> y/o) also lives in the home. Smoke exposure: stepdad smokes outside, counselled. Home nebulizer DME order <<ID:order>>; Medicaid prior auth <<ID:claim>>.

Follow-up: PCP in 2-3 days; pulmonology (Dr. <<PERSON:an_last>>) on <<DATE:next>>. School medication form faxed to the <<ORG:school>> nurse.
Mom's cell <<PHONE:phone>>; grandma <<PHONE:phone_gm>>.

Dictated by <<PERSON:reg_full>>, MD, PGY-2. Cosigned <<PERSON:pd_fi>>, MD, <<DATE:dis>>.""",
    "us_k_school_nurse": """From: <<PERSON:sn_full>> <<<EMAIL:sn_email>>>
To: <<EMAIL:m_email>>
Date: <<DATE:visit>> {t3}
Subject: <<PERSON:b_first>> - visit to the health office today

Hi Ms. <<PERSON:m_last>>,

Just letting you know <<PERSON:b_first>> (grade {grade}, homeroom Mrs. <<PERSON:tc_last>>) came to see me after lunch with an itchy throat and a few hives on {b_his} neck. No trouble breathing, lips and tongue fine. I gave cetirizine per the allergy action plan and watched for 45 minutes; the hives faded and {b_he} went back to class. The Epi-pen on file expires <<DATE:d2>> - please send a new one.

Also, <<PERSON:b_first>>'s little brother <<PERSON:s_first>> still needs his kindergarten immunization record (MMR #2). You can upload it at <<URL:url2>> or drop it off.

Thanks,
<<PERSON:sn_first>>
<<PERSON:sn_fi>>, BSN, RN - School Nurse, <<ORG:school>>
Office <<PHONE:phone_ext>> | Fax <<PHONE:fax>>

--- HEALTH OFFICE LOG ---
Student: <<PERSON:b_lfc>>   ID <<ID:student>>   DOB <<DATE:b_dob>>
{t2}  c/o itchy throat + urticaria after lunch (possible peanut cross-contact). Cetirizine 10 mg PO. RN <<PERSON:sn_ini>>
{t3}  Hives resolving, VSS. Mother notified by email; father (<<PERSON:p_first>>) called at work <<PHONE:phone_p>>, no answer, VM left. RN <<PERSON:sn_ini>>
{t4}  Returned to class. Cafeteria manager <<PERSON:cl_full>> informed re: table labels.""",
    "us_k_cardiology_dictation": """DICTATION - PEDIATRIC CARDIOLOGY - <<ORG:clinic>>
Job #<<ID:ref>>   Dictated <<DATE:visit>> {t5}   Transcribed <<DATE:d1>>   (speech recognition, not proofread)

this is doctor <<PERSON:pd_lower>> dictating a new patient consult on <<PERSON:b_lower>> date of birth <<DATE:b_dob_l>> medical record number <<ID:b_mrn>> period referred by doctor <<PERSON:gp_typo>> at <<ORG:practice>> for a murmur heard at the well visit period new paragraph
history <<PERSON:b_first>> is a {b_agey} year old {b_girl} who comes in today with mom <<PERSON:m_first>> and grandmother miss <<PERSON:gm_lower>> comma who provides most of the childcare period no syncope no chest pain with exertion comma plays soccer with brother <<PERSON:s_lower>> without difficulty period family history significant for a maternal uncle with sudden death at age 30 something comma mom thinks in <<LOCATION:city2>> comma not further specified period great grandfather is alive at <<AGE:gg_agew>> period
exam grade two over six vibratory murmur left lower sternal border comma softer standing period echo today accession <<ID:acc>> structurally normal heart comma trivial T R period
impression stills murmur period no follow up needed period letter to doctor <<PERSON:gp_last>> fax <<PHONE:fax>> period cc mom at <<EMAIL:m_email>> per her request
end of dictation thank you
--
[transcriptionist <<PERSON:cl_ini>>: "stills" = Still's murmur; "doctor <<PERSON:gp_typo>>" may be Dr. <<PERSON:gp_full>>, please verify]""",
    "uk_m_booking": """<<ORG:hosp>> NHS Foundation Trust - Maternity Services
ANTENATAL BOOKING APPOINTMENT
Date: <<DATE:visit>>     Gestation: {gest}     Venue: <<ORG:clinic>>

Name: <<PERSON:m_full>>          Known as: <<PERSON:m_nick>>
NHS No: <<ID:m_nat>>     Hosp No: <<ID:m_mrn>>     DOB: <<DATE:m_dob>>
Address: <<ADDRESS:addr>>
Tel: <<PHONE:phone>> (mob) / <<PHONE:phone_h>> (home)     Email: <<EMAIL:m_email>>
GP: Dr <<PERSON:gp_full>>, <<ORG:practice>>
Named midwife: <<PERSON:mw_full>> (team mobile <<PHONE:phone_s>>)
Partner: <<PERSON:p_full>>, DOB <<DATE:p_dob>>, works at <<ORG:employer>>
Interpreter: {lang} - <<PERSON:it_full>> (booked via the interpreting service, ref <<ID:ref>>)

Obstetric history: G{gravida} P{para}. SVD at term (<<PERSON:s_first>>, now {s_age}) at <<ORG:hosp2>>.
LMP <<DATE:lmp>>   EDD by scan <<DATE:edd>>   Dating scan <<DATE:scan>>
Booking bloods taken - lab no. <<ID:acc>>. Sickle cell & thalassaemia FOQ completed. Carbon monoxide 1 ppm.
Family history: mum's grandmother (<<PERSON:gg_full>>, <<AGE:gg_age>>) has type 2 diabetes. Partner's brother has sickle trait.
Safeguarding: routine enquiry asked when alone - no concerns disclosed. No previous children's social care involvement.
Plan: consultant-led care (BMI 36) - appointment with Mr <<PERSON:ob_last>> on <<DATE:next>>. Aspirin 150 mg nocte from 12/40. GTT at 26/40.

Signed: <<PERSON:mw_fi>> RM   NMC PIN <<ID:lic_mw>>""",
    "uk_d_labour_record": """LABOUR WARD - INTRAPARTUM RECORD (continuation sheet)      <<ORG:hosp>>
<<PERSON:m_lfc>>     Hosp no <<ID:m_mrn>>     NHS <<ID:m_nat>>     Room 6
<<DATE:b_dob>>
{t1}  Admitted from triage, contracting 3:10, VE 4 cm, cx fully effaced, vertex -2, membranes intact. FH 135 bpm. Partner <<PERSON:p_first>> present.  <<PERSON:mw_ini>>
{t2}  Entonox effective. Obs WNL. Handover from <<PERSON:mw_first>> to <<PERSON:mw2_full>> (Band 6).  <<PERSON:mw_ini>>
{t3}  SROM, clear liquor. VE 7 cm, OA.  <<PERSON:mw2_ini>>
{t4}  Reviewed by Dr <<PERSON:reg_fi>> (ST4): CTG suspicious (variables), plan FBS if persists.  <<PERSON:mw2_ini>>
{t5}  Fully dilated. Passive 2nd stage. Student MW <<PERSON:sm_first>> assisting under supervision.  <<PERSON:mw2_ini>>
{t6}  SVD of a live {b_girl}, {wt_g} g, Apgar {apgar1}/{apgar5}. Skin to skin. Cord gases sent.  <<PERSON:mw2_ini>> / <<PERSON:sm_ini>>
{t7}  Active 3rd stage, syntometrine IM, placenta complete. EBL 350 ml. 2nd degree tear sutured by <<PERSON:mw2_ini>>, checked by <<PERSON:reg_ini>>.
Baby labels checked x2 with mum: baby NHS no <<ID:b_nat>>, hosp no <<ID:b_mrn>>.
Coordinator aware: Sister <<PERSON:rn_last>>.

Voice note from Dr <<PERSON:reg_last>> (auto-transcribed): "saw mrs <<PERSON:m_lower>> post delivery partner <<PERSON:p_lower>> at bedside, perineum fine, consultant mister <<PERSON:ob_typo>> informed, plan routine postnatal care".""",
    "uk_b_health_visitor": """PERSONAL CHILD HEALTH RECORD (PCHR) - HEALTH VISITOR NEW BIRTH VISIT
Baby: <<PERSON:b_full>>     NHS no. <<ID:b_nat>>     DOB: <<DATE:b_dob>>
Parent(s)/carer(s): <<PERSON:m_full>> and <<PERSON:p_full>>
Address: <<ADDRESS:addr>>
HV: <<PERSON:hv_full>> - <<ORG:clinic>> 0-19 team, tel <<PHONE:phone_w>>

Visit <<DATE:visit>> (day {b_aged}). Weight {wt_g} g (50th centile). Feeding: breast, 8-10 feeds/24h, good latch observed. Cord off. Skin: mild jaundice face only, resolving.
Newborn blood spot: taken day 5 by community midwife <<PERSON:mw_first>>; card <<ID:kit>>; results letter received <<DATE:d2>>, all screened conditions not suspected.
Hearing: clear response both ears. NIPE: hips normal, red reflex present.
Household: mum, dad, big sister <<PERSON:s_first>> ({s_age} yrs), nan <<PERSON:gm_first>> visits daily. Mum's grandmother ("Great-Nanna <<PERSON:gg_first>>", aged <<AGE:gg_agew>>) lives next door. Mum's EPDS 7.
Safe sleep, car seat and smoke alarm discussed. Mum's mobile <<PHONE:phone>> (prefers WhatsApp).
Next contact: 6-8 week review with GP Dr <<PERSON:gp_last>> at <<ORG:practice>>; HV 6-8 week contact <<DATE:next>>.
Entered by <<PERSON:hv_fi>> (Specialist Community Public Health Nurse)""",
    "uk_k_development_review": """<<ORG:clinic>> - Health Visiting Service
2-2.5 YEAR INTEGRATED REVIEW

Child: <<PERSON:b_fml>>          DOB: <<DATE:b_dob>>          NHS: <<ID:b_nat>>
Setting: <<ORG:nursery>> (keyworker <<PERSON:tc_first>>)
Present: mum <<PERSON:m_first>>, <<PERSON:b_first>>, baby brother <<PERSON:s_first>>
Date: <<DATE:visit>>     Completed by: <<PERSON:hv_full>>, HV

ASQ-3: communication 25 (below cut-off 25.17), gross motor 55, fine motor 45, problem solving 40, personal-social 35.
ASQ:SE-2 below cut-off.
<<PERSON:b_first>> has around 15 single words, no two-word phrases. Follows simple instructions. Good eye contact, points to share interest. Hearing - no concerns from parents; grommets history in dad's family.
Mum feels {b_he} is "just like <<PERSON:p_first>> was". <<PERSON:b_first>>'s nursery report (from <<PERSON:tc_full>>) also notes limited speech.

Plan:
1. Referral to Speech & Language Therapy, <<ORG:hosp>> - referral ID <<ID:ref>>.
2. Audiology referral via GP (Dr <<PERSON:gp_last>>, <<ORG:practice>>).
3. Early Language Identification Measure repeat in 3 months.
4. Two-year-old funded childcare already in place.
Letter copied to: parents at <<ADDRESS:addr>>; nursery manager <<PERSON:cl_full>> (<<EMAIL:cl_email>>).""",
    "uk_k_adoption_medical": """CONFIDENTIAL - HEALTH ASSESSMENT FOR ADOPTION (Child: Initial / Review)
Agency: <<ORG:agency>>     LA case no: <<ID:case>>     Assessment date: <<DATE:visit>>

Child's current name: <<PERSON:b_adopt>>     Birth name: <<PERSON:b_bn>>
DOB: <<DATE:b_dob>>     NHS no: <<ID:b_nat>>     Place of birth: <<LOCATION:city2>>
Placement: foster carers <<PERSON:fc_full>> and <<PERSON:fc2_full>>, <<ADDRESS:addr2>>, tel <<PHONE:phone_h>>
Social worker: <<PERSON:sw_full>> (<<PHONE:phone_ext>>, <<EMAIL:sw_email>>)
Prospective adopters: <<PERSON:o1_full>> and <<PERSON:o2_full>> (matching panel <<DATE:next>>)

Birth family (from records, shared with consent of the agency medical adviser):
Birth mother <<PERSON:m_full>>, DOB <<DATE:m_dob>>, booked late at {gest} weeks; smoking, cannabis. Birth father not named. Maternal grandmother <<PERSON:gm_full>> was considered as kinship carer - not progressed. Half-sibling <<PERSON:s_first>> placed separately with <<PERSON:o3_full>>; letterbox contact twice yearly.

Health: born at {ga_birth} weeks, {wt_g} g, 5 days on <<ORG:hosp>> SCBU for NAS monitoring (Finnegan max 6), no treatment. Immunisations up to date. Growth along 25th centile. Development: walking, babbles, some words.

Adviser: <<PERSON:pd_full>>, Medical Adviser (GMC <<ID:lic_ob>>)
c.c. <<PERSON:fc_first>> and <<PERSON:fc2_first>> (carers); GP <<ORG:practice>>.""",
    "uk_k_immunisation_export": """Child Health Information Service - immunisation history (CSV export <<DATE:visit>>)
nhs_number,surname,forename,dob,postcode,vaccine,dose,date_given,batch,given_by,site
<<ID:b_nat>>,<<PERSON:b_ulast>>,<<PERSON:b_first>>,<<DATE:b_dob>>,<<ADDRESS:postcode>>,DTaP/IPV/Hib/HepB,1,<<DATE:d1>>,{batch1},<<PERSON:rn_ini>>,<<ORG:practice>>
<<ID:b_nat>>,<<PERSON:b_ulast>>,<<PERSON:b_first>>,<<DATE:b_dob>>,<<ADDRESS:postcode>>,MenB,1,<<DATE:d1>>,{batch2},<<PERSON:rn_ini>>,<<ORG:practice>>
<<ID:b_nat>>,<<PERSON:b_ulast>>,<<PERSON:b_first>>,<<DATE:b_dob>>,<<ADDRESS:postcode>>,Rotavirus,1,<<DATE:d1>>,{batch3},<<PERSON:rn_ini>>,<<ORG:practice>>
<<ID:b_nat>>,<<PERSON:b_ulast>>,<<PERSON:b_first>>,<<DATE:b_dob>>,<<ADDRESS:postcode>>,MMR,1,<<DATE:d3>>,{batch2},<<PERSON:rn2_ini>>,<<ORG:clinic>>

Practice nurse note (<<PERSON:rn2_full>>, <<DATE:visit>>): mum <<PERSON:m_first>> attended with <<PERSON:b_first>> and {b_his} sister <<PERSON:s_first>>. Dose 2 of 6-in-1 was missed (family in <<LOCATION:city2>> visiting <<PERSON:m_first>>'s grandmother, who is <<AGE:gg_age>>). Catch-up booked <<DATE:next>>. Reminder text to <<PHONE:phone>>. Red book updated.""",
    "uk_d_postnatal_messages": """Community midwifery - text messages exported to notes (<<PERSON:m_full>>, NHS <<ID:m_nat>>)

[<<DATE:d1>> {t2}] <<PERSON:mw_first>> (MW): Hi <<PERSON:m_nick>>, it's <<PERSON:mw_first>> from the community team. I'll visit tomorrow between 10 and 12 for <<PERSON:b_first>>'s day 5 heel prick. Is <<ADDRESS:addr>> still right?
[<<DATE:d1>> {t3}] <<PERSON:m_first>>: yes thats us!! buzzer doesnt work so ring <<PERSON:p_first>> on <<PHONE:phone_p>> x
[<<DATE:d2>> {t1}] <<PERSON:m_first>>: hiya sorry baby was sick twice after feeds, is that normal? my mum <<PERSON:gm_first>> says gripe water??
[<<DATE:d2>> {t4}] <<PERSON:mw_first>> (MW): Small posits are common. Any green vomit, fewer wet nappies or not waking for feeds - ring the maternity triage line <<PHONE:phone_w>> straight away. No gripe water under 1 month please.
[<<DATE:d2>> {t5}] <<PERSON:m_first>>: ok thank u. also the paed dr <<PERSON:pd_typo>> said to book the hip scan?
[<<DATE:d2>> {t6}] <<PERSON:mw_first>> (MW): Yes - breech babies get one at 6 weeks. Booking team: <<EMAIL:ward_email>>. I've asked <<PERSON:cl_full>> to send the letter.
[<<DATE:d3>> {t7}] <<PERSON:p_first>>: Hi it's <<PERSON:m_nick>>'s partner, her phone's dead. Stitches really sore today, temp 37.9
[<<DATE:d3>> {t8}] <<PERSON:mw2_first>> (MW, covering for <<PERSON:mw_first>>): Please bring her to triage now, I'll let them know. Ask for Sister <<PERSON:rn_last>>.

Filed by <<PERSON:mw_fi>> RM, <<ORG:hosp>> community team. Hosp no <<ID:m_mrn>>.""",
    "uk_f_ivf_witness_checklist": """<<ORG:ivf_org>>          HFEA centre licence on file
WITNESSING CHECKLIST - EMBRYO TRANSFER
Patient: <<PERSON:m_caps>>   DOB <<DATE:m_dob>>   Clinic ID <<ID:m_mrn>>   NHS <<ID:m_nat>>
Partner: <<PERSON:p_caps>>   DOB <<DATE:p_dob>>
Treatment cycle: <<ID:cycle>>     Couple ref: <<ID:couple>>
Sperm source: donor <<ID:donor>> (UK-recruited, identity-release)

Step                              | Performed | Witness | Time
ID check with patient (verbal)    | <<PERSON:em_ini>>        | <<PERSON:em2_ini>>      | {t2}
Straw <<ID:straw1>> removed from dewar | <<PERSON:em_ini>>        | <<PERSON:em2_ini>>      | {t3}
Warming + assessment (4BA, re-expanded) | <<PERSON:em2_ini>>        | <<PERSON:em_ini>>      | {t4}
Catheter loaded, ID re-confirmed  | <<PERSON:em_ini>>        | <<PERSON:rn_ini>>      | {t5}
Transfer by Dr <<PERSON:ob_last>>          | <<PERSON:ob_ini>>        | <<PERSON:em_ini>>      | {t6}

Remaining in storage: <<ID:straw2>>, <<ID:straw3>> (consent to store until <<DATE:until>>).
Embryologist: <<PERSON:em_full>>    Witness: <<PERSON:em2_full>>    Nurse: <<PERSON:rn_full>>
Pregnancy test <<DATE:next>>. Results line <<PHONE:phone_ext>>. Patient mobile <<PHONE:phone>>.""",
    "ca_m_prenatal_record": """ONTARIO PERINATAL RECORD 1 - summary (copied from midwifery chart)
Practice: <<ORG:clinic>>     Primary midwife: <<PERSON:mw_full>>, RM (<<ID:lic_mw>>)     Second: <<PERSON:mw2_first>>
Client: <<PERSON:m_lfc>>     DOB <<DATE:m_dob>>     Health card <<ID:m_nat>>     Chart <<ID:chart>>
Address: <<ADDRESS:addr>>     Phone <<PHONE:phone>>     Email <<EMAIL:m_email>>
Partner: <<PERSON:p_full>> - <<PHONE:phone_p>>     Language: English / {lang}
Planned birth place: home, backup <<ORG:hosp>>

Gravida {gravida} Para {para}. LMP <<DATE:lmp>>, EDB <<DATE:edd>> (by 1st trimester U/S <<DATE:scan>>, report <<ID:acc>>).
Previous births: <<PERSON:s_first>> ({s_age}) - SVD at <<ORG:hosp2>>; <<PERSON:s2_first>> ({s2_age}) - waterbirth at home in <<LOCATION:city2>>.
Family hx: client's grandmother <<PERSON:gg_fi>>, <<AGE:gg_age>>, living in <<LOCATION:city3>>; GDM in mother.
GBS swab <<DATE:d2>>: negative. Rh pos. Rubella immune. HIV/Hep B/syphilis negative.
Consults: OB Dr. <<PERSON:ob_full>> (<<ID:lic_ob>>) re: previous PPH - agrees with home birth with IV access.
Supports at birth: <<PERSON:p_first>>, doula <<PERSON:dl_first>>, her sister <<PERSON:au_full>>.""",
    "ca_b_rourke_visit": """RBR well-baby visit - <<ORG:practice>>
Name: <<PERSON:b_fml>>     Health no.: <<ID:b_nat>>     DOB: <<DATE:b_dob>>     Visit: <<DATE:visit>>
Parents: <<PERSON:m_full>> (mom), <<PERSON:p_full>> (dad)     Phone <<PHONE:phone>>
Seen by: <<PERSON:gp_full>>, MD     Nurse: <<PERSON:rn_first>>

Growth: wt {wt_g} g (back above BW), HC and length along 50th.
Nutrition: breastfed, vitamin D 400 IU daily. Concerns: fussy evenings.
Education: car seat, safe sleep, crying/shaken baby, second-hand smoke (grandpa <<PERSON:gm_last>> smokes on the deck).
Development: startles to sound, sucks well.
Exam: anterior fontanelle soft, hips stable, red reflex bilat, cord off. Mild jaundice - TcB 180 today.
Newborn screening: normal (card <<ID:kit>>, <<ORG:lab_org>>). Hearing: passed at <<ORG:hosp>>.
Immunization: hep B #1 given in hospital <<DATE:d1>>.
Mom's mood: EPDS 11 - follow-up call from public health nurse <<PERSON:hv_full>> (<<PHONE:phone_w>>) booked <<DATE:next>>.
Next visit 1 month. Baby's older sister <<PERSON:s_first>> due for 18-month visit, booked same day.""",
    "ca_k_foster_intake": """<<ORG:agency>> - CHILD IN CARE: INITIAL MEDICAL (within 72 h of admission)
Child: <<PERSON:b_full>>     DOB: <<DATE:b_dob>>     Health card: <<ID:b_nat>>     CAS file: <<ID:case>>
First Nation / band affiliation: yes - Status no. <<ID:band>> (Jordan's Principle request open)
Date of exam: <<DATE:visit>>     Examining physician: Dr. <<PERSON:pd_full>> (<<ID:lic_pd>>)
Brought by: child protection worker <<PERSON:sw_full>> (cell <<PHONE:phone_s>>, <<EMAIL:sw_email>>)
Foster placement: <<PERSON:fc_full>> and <<PERSON:fc2_first>>, <<ADDRESS:addr2>>, <<PHONE:phone_h>>

History (from worker and from <<PERSON:b_first>>): apprehended <<DATE:adm>> from the home of mother <<PERSON:m_full>> in <<LOCATION:city>>. Mother's partner <<PERSON:p_first>> not the biological father. Siblings <<PERSON:s_first>> ({s_age}) and <<PERSON:s2_first>> ({s2_age}) placed with maternal aunt <<PERSON:au_full>> in <<LOCATION:city2>>. Kokum (great-grandmother) <<PERSON:gg_full>>, age <<AGE:gg_age>>, has been the main support and wants visits - worker to arrange.
Previous care at <<ORG:clinic>> (Dr. <<PERSON:gp_last>>); immunization record requested (ref <<ID:ref>>).
Exam: wt 25th centile, ht 10th. Dental caries x4. Healed impetigo. No injuries of concern. Developmentally reading at grade level per <<PERSON:b_first>>.
Plan: dental referral, vision screen, catch-up MMR #2 + Tdap-IPV. Follow-up in 6 weeks, <<DATE:next>>. Cultural connection: Elder visit via <<ORG:nursery>> program.
cc: <<PERSON:sw_fi>> (CPW); <<PERSON:fc_first>> (foster parent); band health director <<PERSON:o1_full>>.""",
    "ca_d_delivery_summary_qc": """<<ORG:hosp>> - Centre mère-enfant / Mother-child unit
DELIVERY SUMMARY / SOMMAIRE D'ACCOUCHEMENT
Mère / Mother: <<PERSON:m_lfc>>     RAMQ: <<ID:m_nat>>     Dossier: <<ID:m_mrn>>     DDN: <<DATE:m_dob>>
Conjoint / Partner: <<PERSON:p_full>>     RAMQ: <<ID:p_nat>>
Adresse: <<ADDRESS:addr>>     Tél.: <<PHONE:phone>>

Admission <<DATE:adm>> at {gest} - spontaneous labour. Epidural at 5 cm (Dr <<PERSON:an_last>>, anesthésiste).
Delivery <<DATE:b_dob>> at {t3}: SVD, {b_sex}, {wt_g} g, Apgar {apgar1}-{apgar5}. Nuchal cord x1 reduced. Delivered by <<PERSON:ob_full>>, MD, assisted by nurse <<PERSON:rn_full>>; resident <<PERSON:reg_first>> (R2).
Placenta complete, EBL 400 ml. 1st degree laceration, not sutured.
Baby: <<PERSON:b_full>>, dossier <<ID:b_mrn>>, bracelet no. <<ID:serial2>>. Vitamin K and erythromycin given. Skin-to-skin 1 h. Breastfeeding.
Declaration of birth (DEC) completed and signed by both parents; SP-3 form given.
Postpartum: discharge planned <<DATE:dis>>. CLSC follow-up: nurse <<PERSON:hv_full>>, <<PHONE:phone_ext>>.
Mom's mother <<PERSON:gm_full>> (<<PHONE:phone_gm>>) staying with family for 2 weeks; the big brother <<PERSON:s_first>> stays at <<ORG:nursery>> days.
Signed: <<PERSON:ob_fi>>, MD, OB-GYN     <<DATE:dis>>""",
    "ca_k_immunization_record": """IMMUNIZATION RECORD - Public Health (printout)
Client: <<PERSON:b_lfc>>     DOB: <<DATE:b_dob>>     PHN/ULI: <<ID:b_nat>>     Client ID <<ID:chart>>
Parent/guardian: <<PERSON:m_full>>, <<PHONE:phone>>, <<EMAIL:m_email>>
Address: <<ADDRESS:addr>>

Date         | Agent              | Dose | Lot       | Site | Provider      | Location
<<DATE:d1>> | DTaP-IPV-Hib-HB    | 1    | {batch1} | LVL  | <<PERSON:rn_fi>>  | <<ORG:clinic>>
<<DATE:d1>> | Pneu-C-13          | 1    | {batch2} | RVL  | <<PERSON:rn_fi>>  | <<ORG:clinic>>
<<DATE:d2>> | Rot-1              | 2    | {batch3} | PO   | <<PERSON:rn2_fi>> | <<ORG:clinic>>
<<DATE:d3>> | MMR                | 1    | {batch1} | LD   | <<PERSON:rn2_fi>> | <<ORG:practice>>
<<DATE:d4>> | Var                | 1    | {batch2} | RD   | <<PERSON:gp_fi>>  | <<ORG:practice>>

Comments: dose of <<DATE:d2>> given late - family was in <<LOCATION:city2>>. Parent reported mild fever after MMR. Exemption on file for the older sibling <<PERSON:s_first>> (non-medical).
Printed for <<ORG:nursery>> at parent request. Verify online: <<URL:url2>>""",
    "ca_b_nicu_transport": """NEONATAL TRANSPORT RECORD
Referring: <<ORG:hosp2>>, <<LOCATION:city2>> (Dr. <<PERSON:gp_full>>, <<PHONE:phone_ext>>)
Receiving: <<ORG:hosp>> Level III NICU, <<LOCATION:city>>
Transport team: RN <<PERSON:rn_full>>, RT <<PERSON:cl_full>>, NNP <<PERSON:reg_full>>; medical control Dr. <<PERSON:pd_last>>
Call received <<DATE:b_dob>> {t1}; team departed {t2}; at bedside {t4}; departed {t5}; arrived {t7}.
Aircraft/vehicle: fixed wing, transport incubator serial <<ID:serial>>.

Patient: Baby {b_girl_cap} <<PERSON:m_last>> ("<<PERSON:b_first>>" per parents), DOB <<DATE:b_dob>>, {ga_birth} wks, BW {wt_g} g. Health card pending; referring chart <<ID:b_mrn>>.
Mother: <<PERSON:m_full>>, <<ID:m_nat>>, remains at referring site - contact <<PHONE:phone>>. Father <<PERSON:p_full>> driving down, <<PHONE:phone_p>>.
Issues: RDS - intubated, surfactant x1 by referring team; UVC placed. Glucose 2.1 - D10W bolus.
Handover at receiving NICU to charge nurse <<PERSON:rn2_full>>, bed <<ID:cot>>.
Grandmother <<PERSON:gm_full>> (<<PHONE:phone_gm>>) given unit phone and parking info. Family travelling from <<LOCATION:city3>>.""",
    "sg_m_anc_polyclinic": """<<ORG:clinic>> - Antenatal Clinic
Visit: <<DATE:visit>>     Queue no: {grade}04
Patient: <<PERSON:m_full>>     NRIC: <<ID:m_nat>>     HRN: <<ID:m_mrn>>     DOB: <<DATE:m_dob>>
Address: <<ADDRESS:addr>>     HP: <<PHONE:phone>>     Home: <<PHONE:phone_h>>
Husband: <<PERSON:p_full>> (NRIC <<ID:p_nat>>), HP <<PHONE:phone_p>>, works at <<ORG:employer>>
Domestic helper: <<PERSON:au_full>>, FIN <<ID:fin>> (will accompany to appointments)

{gest} weeks, G{gravida}P{para}. EDD <<DATE:edd>> (by dating scan <<DATE:scan>>).
BP {bp}, urine dipstick NAD, SFH appropriate. FH 148 by Doppler.
OGTT <<DATE:d1>>: fasting 5.3 - GDM. Referred to dietitian and to KKH for combined care (referral <<ID:ref>>).
Mother-in-law (<<PERSON:gm_full>>) lives with them; husband's grandmother, <<AGE:gg_age>>, also at home - helper cares for her.
Elder child <<PERSON:s_first>> ({s_age}) attends <<ORG:nursery>> in <<LOCATION:estate>>.
MediSave claim form signed; Baby Bonus pre-registration done.
Next appt: <<DATE:next>> with Dr <<PERSON:ob_full>> (MCR <<ID:lic_ob>>). Seen by nurse clinician <<PERSON:mw_full>>.""",
    "sg_b_jaundice_review": """<<ORG:hosp>> - Neonatal Jaundice Clinic / Day Ward
Patient: B/O <<PERSON:m_full>>     Baby name (registered): <<PERSON:b_full>>
Baby NRIC/BC: <<ID:b_nat>>     Case no: <<ID:b_mrn>>     DOB: <<DATE:b_dob>>
Mother NRIC: <<ID:m_nat>>     Contact: <<PHONE:phone>> (mother), <<PHONE:phone_p>> (father <<PERSON:p_first>>)

Day {b_aged} of life, term {ga_birth}, BW {wt_g} g, SVD at <<ORG:hosp2>>. Total bilirubin today {bili} umol/L - above phototherapy threshold for age.
G6PD: normal (newborn screen <<ID:kit>>). Blood group: baby O pos, mother O pos, DAT negative.
Feeding: breast + top-up formula 30 ml. Wet diapers 6/day.
Plan: admit for phototherapy, ward 64 cot <<ID:cot>>. Repeat SB in 12 h (lab no <<ID:acc>>).
Consultant: Dr <<PERSON:pd_full>> (MCR <<ID:lic_pd>>). MO: Dr <<PERSON:reg_last>>. SSN <<PERSON:rn_full>>.
Confinement lady (<<PERSON:au_first>>) advised to stop sun-bathing the baby at home in <<LOCATION:estate>>.
Grandma <<PERSON:gm_first>> asked about "yellow water" herbal remedy - advised against.
Discharge summary to polyclinic: <<ORG:clinic>>.""",
    "sg_f_ivf_cycle": """<<ORG:ivf_org>>
ASSISTED REPRODUCTION - CYCLE SUMMARY
Wife: <<PERSON:m_full>>     NRIC <<ID:m_nat>>     DOB <<DATE:m_dob>>     HRN <<ID:m_mrn>>
Husband: <<PERSON:p_full>>     NRIC <<ID:p_nat>>     DOB <<DATE:p_dob>>
Marriage certificate sighted: yes (no. <<ID:bc>>)
Couple no: <<ID:couple>>     Cycle no: <<ID:cycle>>     Attempt: 2nd fresh

Stimulation from <<DATE:d1>>: follitropin 225 IU + antagonist. Trigger <<DATE:d2>> {t2}.
OPU <<DATE:d3>>: 12 oocytes, 9 mature, 7 fertilised (ICSI).
Day 5: 1 blastocyst transferred by Dr <<PERSON:ob_last>> (4AB); 2 vitrified: <<ID:straw1>>, <<ID:straw2>>.
Embryologist: <<PERSON:em_full>>     Witness: <<PERSON:em2_first>>     Nurse coordinator: <<PERSON:rn_full>> (<<PHONE:phone_ext>>)
Luteal support: progesterone PV. Serum hCG on <<DATE:next>>.
Co-funding and MediSave (Assisted Conception) claim submitted, ref <<ID:claim>>.
Note: husband's mother <<PERSON:gm_full>> called the clinic asking about results - no information given (no consent on file).""",
    "sg_k_preschool_form": """HEALTH DECLARATION & MEDICAL FORM - <<ORG:nursery>>
Child's name (as in BC): <<PERSON:b_caps>>     Preferred name: <<PERSON:b_nick>>
BC/NRIC no.: <<ID:b_nat>>     DOB: <<DATE:b_dob>>     Class: K1 Sunflower
Father: <<PERSON:p_full>>, <<PHONE:phone_p>>, <<EMAIL:p_email>>
Mother: <<PERSON:m_full>>, <<PHONE:phone>>, <<EMAIL:m_email>>
Emergency (not parent): grandmother <<PERSON:gm_full>>, <<PHONE:phone_gm>>; helper <<PERSON:au_first>>
Authorised to pick up: <<PERSON:gm_first>>, <<PERSON:au_first>> (helper, FIN <<ID:fin>>)

Allergies: egg (hives, 2 episodes). Medication: cetirizine syrup 2.5 ml PRN.
Immunisation per NIS: up to date (HPB record checked <<DATE:d2>>).
Developmental screening: normal at 18-month visit.
Examined by Dr <<PERSON:gp_full>>, <<ORG:practice>>, <<ADDRESS:addr_org>>, tel <<PHONE:phone_w>> on <<DATE:visit>>.
Centre use: received by teacher <<PERSON:tc_full>> on <<DATE:d3>>. Sibling <<PERSON:s_first>> already enrolled (N2).""",
    "sg_k_dap_referral": """REFERRAL - DEVELOPMENTAL ASSESSMENT
From: Dr <<PERSON:gp_full>>, <<ORG:clinic>> (fax <<PHONE:fax>>)
To: Department of Child Development, <<ORG:hosp>>
Date: <<DATE:visit>>     Referral no: <<ID:ref>>

Patient: <<PERSON:b_full>>     NRIC: <<ID:b_nat>>     DOB: <<DATE:b_dob>> ({b_agem} months)
Parents: <<PERSON:m_full>> (mother, <<PHONE:phone>>) and <<PERSON:p_full>> (father)
Address: <<ADDRESS:addr>>

Dear colleague,
Thank you for seeing <<PERSON:b_first>>, seen today for the developmental screen. Parents and the preschool teacher (<<PERSON:tc_fi>>, <<ORG:nursery>>) are concerned about speech delay: about 10 words, no phrases, limited pointing, lines up toys. Hearing screen passed at birth. Older brother <<PERSON:s_first>> had speech therapy at {s_age} and is now fine.
Home languages: Mandarin (grandparents) and English. Maternal grandfather's mother, <<AGE:gg_age>> years old, lives with the family and speaks only Teochew.
Grateful for assessment and early intervention. Parents prefer weekend calls to father on <<PHONE:phone_p>>.

Yours sincerely,
<<PERSON:gp_fi>> (MCR <<ID:lic_pd>>)""",
    "ke_m_anc_booklet": """MOTHER & CHILD HEALTH HANDBOOK - ANTENATAL PROFILE (transcribed to KenyaEMR)
Facility: <<ORG:clinic>>     ANC No.: <<ID:anc_no>>     Visit: <<DATE:visit>>
Name: <<PERSON:m_full>>     Age: {m_age}     ID No.: <<ID:m_nat>>     SHA No.: <<ID:ins>>
Residence: <<LOCATION:estate>>, <<LOCATION:city>>     Postal: <<ADDRESS:addr>>
Tel: <<PHONE:phone>>     Next of kin: <<PERSON:p_full>> (husband) <<PHONE:phone_p>>
Community Health Promoter: <<PERSON:chv_full>> - <<PHONE:phone_s>>

Gravida {gravida} Para {para}. LMP <<DATE:lmp>>     EDD <<DATE:edd>>     Gestation {gest_w} weeks.
Hb {hb} g/dl. Blood group {blood_group}. VDRL neg. HIV: NR (KP test, counsellor <<PERSON:cl_first>>). Hep B neg.
IPTp-SP dose 2 given. TT/Td 2 given. LLITN issued. Iron/folate (IFAS) given.
Birth plan: deliver at <<ORG:hosp>>, transport by boda boda from <<PERSON:chv_first>>'s stage; money saved through chama; blood donor identified - brother-in-law <<PERSON:o1_full>>.
Previous child <<PERSON:s_first>> born at home in <<LOCATION:city2>> assisted by grandmother <<PERSON:gm_full>> - counselled on skilled birth attendance.
Husband's grandmother, aged <<AGE:gg_age>>, lives with them and is bedridden; Linda Mama registration done.
Next visit: <<DATE:next>>. Nurse: <<PERSON:mw_full>> (<<ID:lic_mw>>)""",
    "ke_d_delivery_register": """MATERNITY REGISTER (MOH 333) - extract, <<ORG:hosp>> labour ward, page 47
Date,Adm No,Name,Age,Residence,Phone,G/P,Mode,Outcome,Wt(g),Conducted by
<<DATE:b_dob>>,<<ID:m_mrn>>,<<PERSON:m_full>>,{m_age},<<LOCATION:estate>>,<<PHONE:phone>>,G{gravida}P{para},SVD,Live {b_sx},{wt_g},<<PERSON:mw_ini>>
<<DATE:b_dob>>,<<ID:o1_id>>,<<PERSON:o1_full>>,{o1_age},<<LOCATION:city2>>,<<PHONE:o1_phone>>,G1P0,SVD,Live F,3100,<<PERSON:mw2_ini>>
<<DATE:d1>>,<<ID:o2_id>>,<<PERSON:o2_caps>>,{o2_age},<<LOCATION:city3>>,<<PHONE:o2_phone>>,G3P2,C/S,Live M,3650,Dr <<PERSON:ob_last>>
<<DATE:d1>>,<<ID:o3_id>>,<<PERSON:o3_lf>>,{o3_age},<<LOCATION:city>>,<<PHONE:o3_phone>>,G2P1,SVD,FSB,2400,<<PERSON:mw_ini>>

Ward in-charge remarks: <<PERSON:m_first>> (row 1) - PPH 600 ml managed with oxytocin + misoprostol; husband <<PERSON:p_first>> donated 1 unit. Baby named <<PERSON:b_first>> by family. Discharged <<DATE:dis>>, follow-up PNC at <<ORG:clinic>>.
Row 4: fresh stillbirth, bereavement counselling by <<PERSON:sw_full>>.
Checked by <<PERSON:rn_full>>, Nursing Officer i/c, <<ID:lic_mw>>""",
    "ke_b_nbu_handover": """NEWBORN UNIT - NURSING HANDOVER (night to day)     <<ORG:hosp>>     <<DATE:visit>>
Cot <<ID:cot>>: Baby of <<PERSON:m_full>> - IP No. <<ID:b_mrn>>, {b_sex}, DOB <<DATE:b_dob>>, GA {ga_birth}, BW {wt_g} g, now day {b_aged}.
Dx: prematurity, suspected sepsis (completed 48 h benzylpenicillin + gentamicin), neonatal jaundice on phototherapy (bili {bili}).
Night: 2 apnoeic spells, self-resolved. Temp 36.6-37.0 in KMC.
KMC: mother does 18 h/day; when she rests, auntie <<PERSON:au_first>> does skin-to-skin. Father <<PERSON:p_full>> visits evenings from <<LOCATION:city2>>.
Feeds: EBM 20 ml 2-hourly by cup. Mother expressing well.
Pending: CBC (lab no <<ID:acc>>), bilirubin repeat at 0800.
Baby's name chosen: <<PERSON:b_first>> (after paternal grandmother <<PERSON:gm_full>>).
Mother's phone <<PHONE:phone>>; the CHV <<PERSON:chv_first>> will follow up at home in <<LOCATION:estate>>.
Bill: NHIF/SHA cover confirmed; balance paid via M-Pesa, ref <<ID:mpesa>>.
Night nurse: <<PERSON:rn_full>>     Day nurse: <<PERSON:rn2_full>>     Paediatrician: Dr <<PERSON:pd_last>>""",
    "ke_b_cwc_sms": """CHILD WELFARE CLINIC - defaulter tracing log (<<ORG:clinic>>)
Child: <<PERSON:b_full>>     CWC No: <<ID:cwc_no>>     DOB: <<DATE:b_dob>>     Birth notification: <<ID:bc>>
Mother: <<PERSON:m_full>>, <<PHONE:phone>>     Village/estate: <<LOCATION:estate>>

Bulk SMS sent <<DATE:d1>> {t2} to <<PHONE:phone>>:
"Habari <<PERSON:m_first>>. Mtoto <<PERSON:b_first>> anatarajiwa kliniki tarehe <<DATE:next>> kwa chanjo ya wiki 10 (Penta 2, PCV 2, OPV 2, Rota 2). Asante - <<ORG:clinic>>"
Reply <<DATE:d2>> {t3}: "sawa daktari but I travelled to <<LOCATION:city2>> for my grandmother burial. will come next week"
Call <<DATE:d3>> by CHV <<PERSON:chv_full>>: phone off. Alternative number from father <<PERSON:p_first>>: <<PHONE:phone_p>>.
Home visit <<DATE:d4>> (<<PERSON:chv_first>> with nurse <<PERSON:rn_first>>): mother back, baby well, weight {wt_g} g. Elder sibling <<PERSON:s_first>> ({s_age} yrs) missed measles-rubella 2 - both brought to clinic same day.
Vaccines given by <<PERSON:rn_fi>> - recorded in handbook and eCHIS. Great-grandmother in the home is <<AGE:gg_agew>> years old and cared for by the family.""",
    "ke_k_peds_discharge": """<<ORG:hosp>> - Department of Paediatrics
DISCHARGE SUMMARY
Name: <<PERSON:b_full>>     IP No: <<ID:b_mrn>>     DOB: <<DATE:b_dob>>     Sex: {b_sx}
Admitted: <<DATE:adm>>     Discharged: <<DATE:dis>>     Ward: 4C, bed <<ID:bed>>
Consultant: Dr <<PERSON:pd_full>> (KMPDC <<ID:lic_pd>>)     MO: Dr <<PERSON:reg_full>>

Diagnosis: severe pneumonia with moderate acute malnutrition; sickle cell disease (HbSS) - newly diagnosed.
Course: IV benzylpenicillin + gentamicin 5 days, oxygen 3 days, F-75 then RUTF. Sickle screen sent to <<ORG:lab_org>> (sample <<ID:spec>>).
Family: lives in <<LOCATION:estate>> with mother <<PERSON:m_full>> (ID <<ID:m_nat>>, <<PHONE:phone>>), father <<PERSON:p_full>>, and siblings <<PERSON:s_first>> ({s_age}) and <<PERSON:s2_first>> ({s2_age}); grandmother <<PERSON:gm_first>> helps. Both siblings advised to have sickle screening.
Follow-up: sickle cell clinic <<DATE:next>>; nutrition clinic weekly. Penicillin V prophylaxis, folic acid, hydroxyurea to be discussed.
Payment: SHA + M-Pesa <<ID:mpesa>> (paid by uncle <<PERSON:o1_full>>).
Discharging nurse: <<PERSON:rn_full>>     Social worker: <<PERSON:sw_fi>>     Email copy to parent: <<EMAIL:m_email>>""",
}


# ---------------------------------------------------------------------------------------------
# Chinese templates: "zh_{role}_{what}", roles as for English (d = the mother around the birth,
# including records kept under the mother's identity such as the screening card).
# ---------------------------------------------------------------------------------------------
ZH_BLIND15_TEMPLATES: Final[dict[str, str]] = {
    "zh_m_jiandang": """<<ORG:hosp>>  孕产妇建档登记表
建档日期：<<DATE:visit>>    门诊号：<<ID:mz>>    母子健康手册编号：<<ID:eb>>
孕妇姓名：<<PERSON:m_full>>    出生日期：<<DATE:m_dob>>    年龄：{m_age}岁
身份证号：<<ID:rid>>    医保卡号：<<ID:yb>>
户籍地址：{province2}<<LOCATION:city2>>    现住址：<<ADDRESS:addr>>
联系电话：<<PHONE:phone>>    电子邮箱：<<EMAIL:m_email>>
丈夫姓名：<<PERSON:p_full>>    年龄：{p_age}岁    电话：<<PHONE:phone_p>>    工作单位：<<ORG:employer>>
紧急联系人：<<PERSON:gm_full>>（孕妇母亲）<<PHONE:phone_gm>>

孕产史：G{gravida}P{para}。末次月经：<<DATE:lmp>>，预产期：<<DATE:edd>>，早孕B超（<<DATE:scan>>）符合孕周。
既往史：无特殊。家族史：外婆<<PERSON:gg_full>>今年<<AGE:gg_agez>>岁，有高血压病史；否认遗传病史。
高危评估：绿色（低风险）。孕早期筛查已预约，检验条码<<ID:tm>>。
建档医生：<<PERSON:ys_full>>    登记护士：<<PERSON:hs_full>>（工号<<ID:gh>>）
下次产检：<<DATE:next>>，请关注医院公众号预约：<<URL:url>>""",
    "zh_m_chanjian_fuzhen": """产科门诊复诊记录    <<DATE:visit>>    <<ORG:hosp>>
<<PERSON:m_full>>，{m_age}岁，G{gravida}P{para}，孕{gest}周。门诊号<<ID:mz>>，身份证<<ID:rid>>。
主诉：无腹痛、阴道流血流液，胎动好。丈夫<<PERSON:p_sur>>先生陪同就诊。
查体：血压{bp}mmHg，宫高、腹围与孕周相符，胎心148次/分。
辅助检查：OGTT（<<DATE:d1>>）空腹5.2，1小时10.4，2小时8.9，诊断妊娠期糖尿病；Hb {hb}g/L。
处理：营养门诊会诊（<<PERSON:ys3_full>>营养师），自我血糖监测，两周后复查。孕妇自述婆婆<<PERSON:gm2_given>>每天做糯米饭，已宣教。
患者要求下次由<<PERSON:ys_sur>>主任看诊，已为其预约<<DATE:next>>上午，预约号<<ID:yy>>。
医师签名：<<PERSON:ys2_full>>""",
    "zh_d_fenmian_jilu": """<<ORG:hosp>>  分娩记录
姓名：<<PERSON:m_full>>  年龄：{m_age}岁  住院号：<<ID:zy>>  床号：<<ID:bed>>  身份证号：<<ID:rid>>
入院时间：<<DATE:adm>> {t1}    孕周：{ga_birth}周    孕产次：G{gravida}P{para}
临产时间：<<DATE:b_dob>> {t2}    宫口开全：{t4}    胎儿娩出：{t5}    胎盘娩出：{t6}
分娩方式：自然分娩（左枕前）    会阴：Ⅰ度裂伤，已缝合    出血量：300ml
新生儿：<<PERSON:m_full>>之{b_zi}，性别{b_sex}，体重{wt_g}g，Apgar评分1分钟{apgar1}分、5分钟{apgar5}分，早接触早吸吮30分钟。
新生儿住院号：<<ID:zy_b>>，脚印、腕带已核对（腕带条码<<ID:tm2>>）。
接生者：<<PERSON:zc_full>>（助产士）  助手：<<PERSON:hs_given>>  上级医师：<<PERSON:ys_sur>>医生
家属：丈夫<<PERSON:p_full>>在产房陪产，电话<<PHONE:phone_p>>。孩子奶奶<<PERSON:gm2_full>>在门外等候，已告知母婴平安。
记录者：<<PERSON:zc_sur>>  <<DATE:b_dob>>""",
    "zh_d_chancheng_guancha": """产程观察记录（续页）  <<PERSON:m_full>>  住院号<<ID:zy>>  身份证<<ID:rid>>  <<DATE:b_dob>>
时间    宫缩        胎心    宫口    先露    签名
{t1}   30秒/5分   140    2cm    -2     <<PERSON:zc_sur>>
{t2}   35秒/4分   138    4cm    -1     <<PERSON:zc_sur>>
{t3}   40秒/3分   146    6cm    0      <<PERSON:hs2_full>>
{t4}   45秒/2分   132    9cm    +1     <<PERSON:hs2_full>>
{t5}   宫口开全，进入第二产程，通知<<PERSON:ys_full>>医生到场。    <<PERSON:hs2_given>>
备注：产妇由小<<PERSON:hs_sur>>（实习助产士）陪伴，导乐<<PERSON:bm_full>>按摩腰骶部；丈夫<<PERSON:p_nick>>情绪紧张，已安抚。胎监仪编号<<ID:sn>>，{t3}曾报警一次，工程部已登记。""",
    "zh_d_xinshenger_shaicha": """新生儿疾病筛查采血卡  （标本编号：<<ID:sc>>）
采血单位：<<ORG:hosp>>产科    送检：<<ORG:lab>>
母亲姓名：<<PERSON:m_full>>    住院号：<<ID:zy>>    床号：<<ID:bed>>
母亲身份证号：<<ID:rid>>
新生儿性别：{b_sex}    出生日期：<<DATE:b_dob>> {t2}    出生体重：{wt_g}g    孕周：{ga_birth}
采血日期：<<DATE:d1>>    哺乳：母乳喂养≥6次
联系地址：<<ADDRESS:addr>>
联系电话1：<<PHONE:phone>>    联系电话2（父亲<<PERSON:p_full>>）：<<PHONE:phone_p>>
采血人：<<PERSON:hs_full>>
---------------------------------------------
筛查结果（<<DATE:d2>>）：TSH 偏高，需召回复查。已电话通知产妇本人（<<PERSON:m_given>>接听），召回编号<<ID:zz>>，复查地点<<ORG:ek>>新筛门诊。结果查询：<<URL:url2>>""",
    "zh_d_tingli_shaicha": """新生儿听力筛查报告单          <<ORG:hosp>>
母亲：<<PERSON:m_full>>    母亲身份证号：<<ID:rid>>    病案号：<<ID:ba>>
新生儿：<<PERSON:m_full>>之{b_zi}（出生<<DATE:b_dob>>，{b_sex}）
初筛日期：<<DATE:d1>>    方法：TEOAE + AABR    设备序列号：<<ID:sn>>
结果：左耳 通过 / 右耳 未通过
建议：42天内复筛。复筛预约电话<<PHONE:phone_ext>>。
检查者：<<PERSON:hs2_full>>    审核：<<PERSON:ys3_full>>
家长签字：<<PERSON:p_full>>    联系电话：<<PHONE:phone>>
附：孩子爷爷<<PERSON:gf_full>>询问是否与家族中曾祖母（今年<<AGE:gg_age>>岁，耳背）有关，已解释老年性耳聋与此无关。""",
    "zh_d_chusheng_zhengming": """出生医学证明 签发登记（首次签发）
出生医学证明编号：<<ID:csz>>
新生儿姓名：<<PERSON:b_full>>    性别：{b_sex}    出生时间：<<DATE:b_dob_cn>> {t3}
出生孕周：{ga_birth}周    体重：{wt_g}g    出生地点：{province}<<LOCATION:city>>
接生机构：<<ORG:hosp>>
母亲姓名：<<PERSON:m_full>>    年龄：{m_age}    国籍：中国    民族：汉
母亲有效身份证件号码：<<ID:rid>>
父亲姓名：<<PERSON:p_full>>    年龄：{p_age}    有效身份证件：护照 <<ID:hz>>
家庭住址：<<ADDRESS:addr>>
签发日期：<<DATE:visit>>    签发人：<<PERSON:hs_full>>    领证人：<<PERSON:p_given>>（父亲），电话<<PHONE:phone_p>>
备注：父母双方共同确认新生儿姓名拼写 <<PERSON:b_pyup>>，用于办理护照。""",
    "zh_k_jiezhong_jilu": """儿童预防接种证（电子档案导出）
接种证编号：<<ID:jzz>>    儿童姓名：<<PERSON:b_full>>    性别：{b_sex}    出生日期：<<DATE:b_dob>>
身份证号：<<ID:rid>>    监护人：<<PERSON:m_full>>（母）    联系电话：<<PHONE:phone>>
现住址：<<ADDRESS:addr>>    管理单位：<<ORG:sq>>预防接种门诊

疫苗名称,剂次,接种日期,批号,接种部位,接种单位,接种医生
乙肝疫苗,1,<<DATE:b_dob>>,{batch1},右上臂,<<ORG:hosp>>,<<PERSON:hs_full>>
卡介苗,1,<<DATE:b_dob>>,{batch2},左上臂,<<ORG:hosp>>,<<PERSON:hs_full>>
乙肝疫苗,2,<<DATE:d1>>,{batch1},右上臂,<<ORG:sq>>,<<PERSON:jk_full>>
脊灰灭活疫苗,1,<<DATE:d2>>,{batch3},左大腿,<<ORG:sq>>,<<PERSON:jk_full>>
百白破疫苗,1,<<DATE:d3>>,{batch2},右大腿,<<ORG:sq>>,<<PERSON:jk_sur>>

备注：<<DATE:d3>>由奶奶<<PERSON:gm2_full>>带来接种，已核对身份。下次接种时间<<DATE:next>>。""",
    "zh_k_erbao_tijian": """儿童健康检查记录（{b_agem}月龄）   <<ORG:sq>>
姓名：<<PERSON:b_full>>（小名“<<PERSON:b_milk>>”）  性别：{b_sex}  出生日期：<<DATE:b_dob>>
身份证号：<<ID:rid>>    儿保卡号：<<ID:eb>>
父亲：<<PERSON:p_full>>  母亲：<<PERSON:m_full>>  联系电话：<<PHONE:phone>>
体检日期：<<DATE:visit>>
体重{wt_kg}kg，身长、头围均在P25-P50。前囟已闭。出牙8颗。
发育筛查（DDST）：通过。语言：能说简单词语，会叫“奶奶”。
喂养：三餐两点，平时由外婆<<PERSON:gm_given>>照看，外婆喜欢喂米糊，已指导添加辅食种类。
血红蛋白{hb}g/L。眼保健：红光反射正常。
指导：预防意外伤害，口腔保健。<<PERSON:b_milk>>的{s_rel}<<PERSON:s_full>>（{s_age}岁）同日做视力筛查，结果另附。
下次体检：<<DATE:next>>    医生：<<PERSON:ys2_full>>    护士：小<<PERSON:hs_sur>>""",
    "zh_b_nicu_jiaojieban": """NICU 交接班记录    <<DATE:visit>> 夜班→白班
<<ID:bed>>床  <<PERSON:b_full>>（<<PERSON:m_full>>之{b_zi}）  住院号<<ID:zy_b>>  身份证<<ID:rid>>
日龄{b_aged}天，胎龄{ga_birth}周，出生体重{wt_g}g。
S：夜间呼吸暂停2次，刺激后缓解。
B：母亲妊娠期高血压，剖宫产娩出。父亲<<PERSON:p_full>>每日下午探视，电话<<PHONE:phone_p>>。
A：CPAP 5cmH2O，FiO2 25%。胃管喂养母乳每3小时12ml。经皮胆红素{bili}μmol/L，继续蓝光。暖箱编号<<ID:sn>>湿度报警，已报设备科（报修单<<ID:zz>>）。
R：今晨<<PERSON:ys2_sur>>主任查房，复查血常规+CRP（条码<<ID:tm>>）。社工<<PERSON:sg_full>>下午与家属沟通费用及医保（医保号<<ID:yb>>）。
交班：<<PERSON:hs_full>>    接班：<<PERSON:hs2_given>>
家属留言：外婆说“<<PERSON:b_milk>>加油”，请护士转告。""",
    "zh_k_erke_chuyuan": """<<ORG:ek>>  出院小结
姓名：<<PERSON:b_full>>  性别：{b_sex}  年龄：{b_agey}岁  住院号：<<ID:zy_b>>  床号：<<ID:bed>>
身份证号：<<ID:rid>>    入院日期：<<DATE:adm>>    出院日期：<<DATE:dis>>
入院诊断：支气管肺炎；出院诊断：支气管肺炎（肺炎支原体感染）
诊疗经过：入院后予阿奇霉素抗感染、雾化等治疗，体温于第3天恢复正常，复查胸片炎症吸收。
家庭情况：患儿平时与父母及{s_rel}<<PERSON:s_given>>同住，父母工作忙，白天由奶奶<<PERSON:gm2_full>>照顾；曾祖母<<PERSON:gg_full>>（<<AGE:gg_age>>岁）同住，已嘱家中注意通风，避免交叉感染。
出院医嘱：口服阿奇霉素序贯治疗，1周后门诊复查，复诊时间<<DATE:next>>。
主治医师：<<PERSON:ys2_full>>    住院医师：<<PERSON:ys3_typo>>
家长：<<PERSON:m_full>>，<<PHONE:phone>>；<<PERSON:p_full>>，<<PHONE:phone_p>>""",
    "zh_f_ivf_zhouqi": """<<ORG:ivf>>  辅助生殖治疗周期记录
夫妇编号：<<ID:fq>>    周期号：<<ID:zq>>    方案：拮抗剂方案 / ICSI
女方：<<PERSON:m_full>>  {m_age}岁  身份证<<ID:rid>>  病历号<<ID:ba>>  电话<<PHONE:phone>>
男方：<<PERSON:p_full>>  {p_age}岁  护照号<<ID:hz>>（外籍工作期间）  电话<<PHONE:phone_p>>
结婚证已核验（三证齐全）。

<<DATE:d1>> 启动促排，FSH 225IU。
<<DATE:d2>> 扳机。<<DATE:d3>> 取卵，获卵12枚，MII 9枚，ICSI受精7枚。取卵医生：<<PERSON:ys_full>>；麻醉：<<PERSON:ys3_sur>>医生。
D5 移植1枚（4AB），移植医生<<PERSON:ys_sur>>主任；冷冻囊胚2枚，载杆编号<<ID:mg1>>、<<ID:mg2>>。
胚胎师：<<PERSON:pt_full>>  核对：<<PERSON:pt2_full>>
黄体支持：黄体酮阴道凝胶。<<DATE:next>>抽血查hCG。
随访护士：<<PERSON:hs_full>>，随访电话<<PHONE:phone_ext>>，邮箱<<EMAIL:ward_email>>
备注：女方母亲<<PERSON:gm_full>>多次来电询问结果，已按规定未予告知。""",
    "zh_f_peitai_dongcun": """胚胎实验室  冷冻/解冻双人核对记录          <<ORG:ivf>>
日期：<<DATE:visit>>    周期号：<<ID:zq>>    夫妇编号：<<ID:fq>>
女方：<<PERSON:m_full>>（<<PERSON:m_pyup>>）  身份证号：<<ID:rid>>
男方：<<PERSON:p_full>>

操作,胚胎,评级,载杆编号,液氮罐/提桶,操作者,核对者,时间
冷冻,E2,4AA,<<ID:mg1>>,3号罐/B桶,<<PERSON:pt_sur>>,<<PERSON:pt2_sur>>,{t2}
冷冻,E4,4BB,<<ID:mg2>>,3号罐/B桶,<<PERSON:pt_sur>>,<<PERSON:pt2_sur>>,{t3}
冷冻,E5,3BC,<<ID:mg3>>,3号罐/C桶,<<PERSON:pt2_sur>>,<<PERSON:pt_sur>>,{t4}

冷冻保存协议有效期至<<DATE:until>>，续费请联系<<PHONE:phone_w>>。
实验室负责人：<<PERSON:pt_full>>    记录：<<PERSON:pt2_full>>
患者联系方式：<<PHONE:phone>>，<<EMAIL:m_email>>""",
    "zh_f_gongjing_shiyong": """人类精子库供精使用登记（保密）
使用机构：<<ORG:ivf>>    供精来源：<<ORG:jingku>>
供精者编号：<<ID:gj>>    精液冷冻管数：2    血型：O型
受者：<<PERSON:m_full>>    身份证号：<<ID:rid>>    周期号：<<ID:zq>>
受者丈夫：<<PERSON:p_full>>（无精子症，睾丸穿刺未见精子）
知情同意书签署日期：<<DATE:d1>>    伦理委员会批件号：<<ID:zz>>
AID日期：<<DATE:d2>>    操作医生：<<PERSON:ys_full>>    护士：<<PERSON:hs_given>>
妊娠结局随访：<<DATE:next>>随访，随访人<<PERSON:hs2_full>>，电话<<PHONE:phone>>
说明：同一供精者使用者不超过5名妇女；供受双方互盲。受者婆婆<<PERSON:gm2_full>>不知情，家属要求保密。""",
    "zh_k_xuexiao_weisheng": """<<ORG:school>>  校医室 传染病疫情报告 / 晨午检登记
报告日期：<<DATE:visit>>    报告人：校医<<PERSON:xy_full>>    联系电话：<<PHONE:phone_w>>
学生：<<PERSON:b_full>>（{grade}年级{cls}班，学号<<ID:xh>>）  性别：{b_sex}  出生日期：<<DATE:b_dob>>  身份证号：<<ID:rid>>
班主任：<<PERSON:ls_full>>老师
晨检发现：发热38.6℃，手、口腔见疱疹，疑似手足口病。已通知家长<<PERSON:m_given>>（母亲，<<PHONE:phone>>）接回，建议至<<ORG:ek>>就诊。
同班近一周另有2名学生因病缺课：<<PERSON:o1_full>>、<<PERSON:o2_full>>（家长电话<<PHONE:o2_phone>>），已上报<<ORG:sq>>，报告卡编号<<ID:zz>>。
处置：教室消毒，班级晨午检加强，居家隔离至症状消失后1周，凭复课证明返校。
家长回复（微信）：“谢谢<<PERSON:ls_sur>>老师，孩子奶奶下午去接。”
复课日期：<<DATE:next>>    复课证明由<<PERSON:ys2_full>>医生开具。""",
    "zh_k_tuoyu_ruyuan": """<<ORG:tuoyu>>  儿童入托（园）健康检查表
幼儿姓名：<<PERSON:b_full>>    乳名：<<PERSON:b_milk>>    性别：{b_sex}    出生日期：<<DATE:b_dob>>
身份证号：<<ID:rid>>    预防接种证编号：<<ID:jzz>>
父亲姓名：<<PERSON:p_full>>    电话：<<PHONE:phone_p>>    工作单位：<<ORG:employer>>
母亲姓名：<<PERSON:m_full>>    电话：<<PHONE:phone>>
家庭住址：<<ADDRESS:addr>>
接送人：外公外婆（外婆<<PERSON:gm_full>>，<<PHONE:phone_gm>>）、保姆<<PERSON:bm_sur>>阿姨
过敏史：鸡蛋过敏（荨麻疹）。既往史：热性惊厥1次（<<DATE:d1>>）。
体检：体重{wt_kg}kg，血红蛋白{hb}g/L，视力筛查通过，口腔龋齿0颗。
体检单位：<<ORG:sq>>    体检医生：<<PERSON:ys2_full>>    体检日期：<<DATE:visit>>
托育机构保健员：<<PERSON:xy_given>>    入托日期：<<DATE:next>>    班级：小托{cls}班（带班老师<<PERSON:ls_full>>）""",
    "zh_m_gaowei_zhuanzhen": """高危孕产妇转诊单（存根）    转诊单号：<<ID:zz>>
转出单位：<<ORG:sq>>    转入单位：<<ORG:hosp>>
转诊日期：<<DATE:visit>> {t3}    转诊方式：救护车，随车医生<<PERSON:ys3_full>>
孕妇姓名：<<PERSON:m_full>>    年龄：{m_age}岁    身份证号：<<ID:rid>>
户籍：<<LOCATION:town>>    现住址：<<ADDRESS:addr>>    联系电话：<<PHONE:phone>>
孕周：{gest}周    高危因素：重度子痫前期（血压{bp}mmHg，尿蛋白3+）；瘢痕子宫。
风险评估分级：红色。已予硫酸镁负荷量、拉贝洛尔口服。
转出单位联系人：<<PERSON:ys_full>>，电话<<PHONE:phone_w>>，传真<<PHONE:fax>>
家属：丈夫<<PERSON:p_full>>同车，电话<<PHONE:phone_p>>；孕妇母亲<<PERSON:gm_nick>>（小名）从<<LOCATION:city2>>赶来。
接收单位签收：<<PERSON:ys2_full>>（产科二线）  时间：{t5}""",
    "zh_d_chanhou_fangshi": """产后访视记录表（第{cls}次）    <<ORG:sq>>
产妇姓名：<<PERSON:m_full>>    身份证号：<<ID:rid>>    手机：<<PHONE:phone>>
分娩日期：<<DATE:b_dob>>    分娩医院：<<ORG:hosp>>    分娩方式：剖宫产
访视日期：<<DATE:visit>>    访视地址：<<ADDRESS:addr_short>>
产妇：体温36.8℃，乳房不胀，恶露量少色淡红，切口愈合好。情绪：EPDS 9分，诉夜间睡眠差。
新生儿：<<PERSON:b_given>>（小名<<PERSON:b_milk>>），体重{wt_g}g，脐带已脱落，黄疸消退，母乳喂养。
家庭：月嫂<<PERSON:bm_full>>照顾，至<<DATE:d4>>离开；此后由婆婆<<PERSON:gm2_sur>>阿姨帮忙。丈夫老<<PERSON:p_sur>>在<<ORG:employer>>上班，经常加班。
指导：产后盆底康复，避孕，42天复查（<<DATE:next>>）。
访视人员：<<PERSON:hs_full>>、<<PERSON:hs2_nick>>    产妇签字：<<PERSON:m_typo>>""",
    "zh_k_fayu_pinggu": """<<ORG:ek>> 儿童发育行为门诊
评估日期：<<DATE:visit>>    门诊号：<<ID:mz>>
姓名：<<PERSON:b_full>>    英文名/拼音：<<PERSON:b_py>>    性别：{b_sex}    年龄：{b_agem}月
身份证号：<<ID:rid>>    出生日期：<<DATE:b_dob>>
主诉：语言发育落后，叫名字反应差半年。
现病史：家长（母亲<<PERSON:m_full>>）诉患儿目前仅能说“爸爸”“妈妈”，不会用手指物，喜欢转圈、排列玩具。白天由外婆带，外婆叫{b_ta}“<<PERSON:b_milk>>”时偶有回应。
出生史：G{gravida}P{para}，足月顺产，出生体重{wt_g}g，无窒息。
评估：Gesell 语言DQ 55，社交DQ 58；ADOS-2 提示孤独症谱系障碍可能。
建议：转康复科<<PERSON:ys3_sur>>治疗师处进行早期干预；{s_rel}<<PERSON:s_full>>亦建议做发育筛查。
联系电话：<<PHONE:phone>>（母亲）；父亲<<PERSON:p_py>>在国外工作，邮箱<<EMAIL:p_email>>
医生：<<PERSON:ys2_full>>""",
    "zh_k_shouyang_tijian": """收养登记 儿童健康检查报告
收养登记案号：<<ID:ajh>>    检查日期：<<DATE:visit>>
被收养人：<<PERSON:b_full>>（原名：<<PERSON:o3_given>>）    性别：{b_sex}    出生日期：<<DATE:b_dob>>
身份证号：<<ID:rid>>
原监护机构：<<LOCATION:city2>>市儿童福利院    负责人：<<PERSON:sg_full>>，电话<<PHONE:phone_o>>
收养人：<<PERSON:p_full>>、<<PERSON:m_full>>夫妇    住址：<<ADDRESS:addr>>    电话：<<PHONE:phone>>
检查结果：生长发育与年龄相符；唇腭裂术后（<<DATE:d1>>于<<ORG:hosp2>>手术）；乙肝表面抗原阴性。
疫苗接种：按国家免疫规划程序完成，接种证<<ID:jzz>>。
体检医院：<<ORG:ek>>    检查医师：<<PERSON:ys2_full>>    护士：<<PERSON:hs_given>>
备注：福利院保育员<<PERSON:bm_full>>陪同，提供日常照护记录。""",
    "zh_k_jiazhang_qun": """（{cls}班家长群聊天记录摘录，<<ORG:kinder>>保健室存档）
<<DATE:d1>> {t1}  <<PERSON:ls_full>>老师：各位家长好，今天<<PERSON:b_milk>>（<<PERSON:b_full>>）午睡后发热38.2℃，已通知家长接回。
<<DATE:d1>> {t2}  <<PERSON:b_milk>>妈妈：谢谢<<PERSON:ls_sur>>老师，我马上让孩子外婆去接。
<<DATE:d1>> {t3}  <<PERSON:o1_nick>>妈妈：我家<<PERSON:o1_given>>昨天也有点咳嗽，是不是流感？
<<DATE:d1>> {t4}  保健医生<<PERSON:xy_given>>：请家长们注意观察，有症状请就医并告知老师。
<<DATE:d2>> {t5}  <<PERSON:b_milk>>爸爸：医院说是甲流，已经吃药了，医生开的假条发群里了。
<<DATE:d2>> {t6}  <<PERSON:ls_sur>>老师：收到，祝<<PERSON:b_given>>早日康复！

保健室登记：幼儿<<PERSON:b_full>>，身份证号<<ID:rid>>，诊断甲型流感（<<ORG:ek>>，就诊卡号<<ID:mz>>），居家隔离至<<DATE:next>>。
家长联系电话：<<PHONE:phone>>。登记人：<<PERSON:xy_full>>""",
    "zh_k_erke_jizhen": """<<ORG:ek>>  儿科急诊病历（语音录入，未校对）
就诊时间：<<DATE:visit>> {t6}    急诊号：<<ID:mz>>    分诊：Ⅱ级
患儿<<PERSON:b_typo>>，{b_sex}，{b_agey}岁，身份证<<ID:rid>>。
主诉：高热抽搐一次。
现病史：患儿今晚发热最高39.8度，约{t5}在家中抽搐一次，表现为双眼上翻四肢抖动约两分钟，自行缓解。奶奶<<PERSON:gm2_given>>说的是抽了三分钟。爸爸<<PERSON:p_full>>说前年也抽过一次在<<LOCATION:city2>>那边医院看的。
既往史：热性惊厥病史。家族史：父亲幼时有热性惊厥。
查体：神清，咽充血，扁桃体二度肿大。颈软，病理征阴性。
处理：布洛芬退热，查血常规加CRP，条码<<ID:tm>>，留观。
医生：<<PERSON:ys2_sur>>医生（语音：“<<PERSON:ys2_typo>>”）  护士：<<PERSON:hs_full>>
家属电话：<<PHONE:phone_p>>""",
    "zh_m_yunfu_xuexiao": """<<ORG:hosp>>  孕妇学校 第{cls}期 报名表（导出）
课程：分娩镇痛与自由体位    日期：<<DATE:next>>    授课：<<PERSON:zc_full>>（助产士）
序号,姓名,年龄,孕周,门诊号,手机,陪同家属
1,<<PERSON:m_full>>,{m_age},{gest},<<ID:mz>>,<<PHONE:phone>>,<<PERSON:p_full>>
2,<<PERSON:o1_full>>,{o1_age},{o1_gest},<<ID:o1_id>>,<<PHONE:o1_phone>>,无
3,<<PERSON:o2_full>>,{o2_age},{o2_gest},<<ID:o2_id>>,<<PHONE:o2_phone>>,<<PERSON:o4_full>>
4,<<PERSON:o3_full>>,{o3_age},{o3_gest},<<ID:o3_id>>,<<PHONE:o3_phone>>,婆婆
备注：1号学员<<PERSON:m_given>>（身份证<<ID:rid>>）申请导乐分娩，已转<<PERSON:zc_sur>>老师。报名链接：<<URL:url>>""",
    "zh_b_bingli_taolun": """新生儿科 疑难病例讨论记录
时间：<<DATE:visit>> {t4}    地点：新生儿科示教室
主持人：<<PERSON:ys2_full>>主任    记录人：<<PERSON:ys3_full>>
参加人员：<<PERSON:ys_full>>、<<PERSON:hs_full>>（护士长）、<<PERSON:hs2_full>>、规培医生小<<PERSON:zc_sur>>
患儿：<<PERSON:b_full>>，{b_sex}，日龄{b_aged}天，住院号<<ID:zy_b>>，身份证号<<ID:rid>>
病史汇报（<<PERSON:ys3_sur>>医生）：患儿系G{gravida}P{para}，胎龄{ga_birth}周，因“母亲前置胎盘大出血”急诊剖宫产娩出，出生体重{wt_g}g，Apgar {apgar1}-{apgar5}分。生后出现呼吸窘迫，予PS及机械通气。目前拟诊坏死性小肠结肠炎（Ⅱ期）。
讨论：<<PERSON:ys2_sur>>主任：继续禁食、胃肠减压，请外科<<PERSON:ys_sur>>医生会诊，评估手术指征。
家属沟通：患儿父亲<<PERSON:p_full>>、祖父<<PERSON:gf_full>>已知情，签署病危通知书。
结论：保守治疗48小时，复查腹部平片（检查号<<ID:tm2>>）。""",
    "zh_k_aefi_baogao": """疑似预防接种异常反应（AEFI）个案报告卡
编码：<<ID:aefi>>    报告单位：<<ORG:sq>>    报告人：<<PERSON:jk_full>>    联系电话：<<PHONE:phone_w>>
患者姓名：<<PERSON:b_full>>    性别：{b_sex}    出生日期：<<DATE:b_dob>>    身份证号：<<ID:rid>>
监护人：<<PERSON:m_full>>    联系电话：<<PHONE:phone>>    现住址：<<ADDRESS:addr>>（<<LOCATION:estate>>）
疫苗：麻腮风疫苗，批号{batch1}，接种日期<<DATE:d1>>，接种单位<<ORG:sq>>
反应发生日期：<<DATE:d2>>    主要临床表现：发热39.0℃，皮疹
就诊情况：就诊于<<ORG:ek>>，门诊号<<ID:mz>>，接诊医生<<PERSON:ys2_full>>
初步临床诊断：一般反应（发热）    转归：痊愈
报告日期：<<DATE:visit>>    审核：<<PERSON:ys3_sur>>科长""",
    "zh_d_pougongchan": """<<ORG:hosp>>  手术记录
姓名：<<PERSON:m_full>>  住院号：<<ID:zy>>  床号：<<ID:bed>>  身份证号：<<ID:rid>>
手术日期：<<DATE:b_dob>>    手术开始 {t3}  结束 {t5}
术前诊断：孕{ga_birth}周，G{gravida}P{para}，瘢痕子宫，臀位    术后诊断：同上，新生儿娩出
手术名称：子宫下段剖宫产术    麻醉方式：腰硬联合麻醉（麻醉医生<<PERSON:ys3_full>>）
术者：<<PERSON:ys_full>>    一助：<<PERSON:ys2_given>>    器械护士：<<PERSON:hs_full>>    巡回：<<PERSON:hs2_sur>>
手术经过：……于{t4}以LOA位娩出一活{b_sex}婴，体重{wt_g}g，Apgar评分{apgar1}-{apgar5}分，交台下助产士<<PERSON:zc_full>>处理。胎盘完整娩出，子宫收缩好，术中出血400ml。
新生儿腕带：<<PERSON:m_full>>之{b_zi}，住院号<<ID:zy_b>>。
术后：送回病房，告知丈夫<<PERSON:p_full>>及岳母<<PERSON:gm_full>>手术顺利。
记录者：<<PERSON:ys2_full>>""",
    "zh_d_muru_juanzeng": """<<ORG:milk_bank>>  母乳捐赠者登记及筛查表
捐赠者编号：<<ID:mr>>    登记日期：<<DATE:visit>>
姓名：<<PERSON:m_full>>    年龄：{m_age}    身份证号：<<ID:rid>>
手机：<<PHONE:phone>>    微信同号    住址：<<ADDRESS:addr>>
宝宝：<<PERSON:b_full>>（<<DATE:b_dob>>出生于<<ORG:hosp>>），纯母乳喂养，生长良好
健康筛查：HIV、梅毒、乙肝、丙肝、HTLV阴性（检验条码<<ID:tm>>），无吸烟饮酒，近期未服药
捐赠方式：在家吸乳冷冻，每周由志愿者<<PERSON:o4_full>>上门收取
审核：<<PERSON:hs_full>>（母乳库护士）    负责医生：<<PERSON:ys2_full>>
捐赠者留言：“希望能帮到NICU里的宝宝，我的姐姐<<PERSON:o1_given>>的孩子当年也是早产儿。”""",
    "zh_m_chanqian_zhenduan": """<<ORG:hosp>> 产前诊断中心  羊膜腔穿刺知情同意书（摘要）
孕妇：<<PERSON:m_full>>    年龄：{m_age}岁    孕周：{gest}    门诊号：<<ID:mz>>
身份证号：<<ID:rid>>    联系电话：<<PHONE:phone>>
指征：无创DNA提示21三体高风险（报告编号<<ID:sc>>，<<ORG:lab>>，<<DATE:d1>>）
拟行：羊膜腔穿刺，染色体核型+CNV-seq，标本编号<<ID:tm>>
风险告知：流产风险约0.5%，穿刺失败、宫内感染等。
孕妇签名：<<PERSON:m_full>>    丈夫签名：<<PERSON:p_full>>    日期：<<DATE:visit>>
谈话医生：<<PERSON:ys_full>>    遗传咨询师：<<PERSON:ys3_full>>
报告领取：约4周后（<<DATE:next>>前后），可通过<<URL:url2>>查询，或电话<<PHONE:phone_ext>>。
家属补充：孕妇外婆<<PERSON:gg_full>>今年<<AGE:gg_agez>>岁，家族中无已知染色体病。""",
    "zh_d_shetai_xinshenger": """涉台婚姻 新生儿出院登记          <<ORG:hosp>>
母亲：<<PERSON:m_full>>（大陆居民）    身份证号：<<ID:rid>>    住院号：<<ID:zy>>
父亲：<<PERSON:p_full>>（台湾居民）    台湾居民来往大陆通行证：<<ID:tb>>
新生儿：<<PERSON:b_full>>（护照拼音 <<PERSON:b_pyup>>），{b_sex}，出生<<DATE:b_dob>>，{wt_g}g
出生医学证明编号：<<ID:csz>>
出院日期：<<DATE:dis>>    出院后住：<<ADDRESS:addr>>
联系：母亲<<PHONE:phone>>；父亲（台湾）<<PHONE:phone_tw>>
曾祖母<<PERSON:gf_sur>>老太太（今年<<AGE:gg_age>>岁）托姑姑<<PERSON:tw_full>>从台湾带来红包和长命锁。
宣教：新生儿户口可登记在母亲户籍（<<LOCATION:city2>>），需结婚证、出生医学证明；办理护照请至出入境管理部门。
经治医生：<<PERSON:ys2_full>>    责任护士：<<PERSON:hs_full>>""",
    "zh_d_qidaixue_cunchu": """<<ORG:blood_bank>>  脐带血采集及储存确认单
合同编号：<<ID:qdx>>    采集日期：<<DATE:b_dob>>    采集医院：<<ORG:hosp>>
产妇姓名：<<PERSON:m_full>>    身份证号：<<ID:rid>>    住院号：<<ID:zy>>
新生儿：<<PERSON:m_full>>之{b_zi}（待取名，家长暂定名“<<PERSON:b_milk>>”）
采集人：<<PERSON:zc_full>>（助产士）    运输人：<<PERSON:o4_full>>    交接时间：{t6}
采集量：86ml    血袋条码：<<ID:tm2>>
缴费：首期费用已通过<<ORG:insurer>>母婴险理赔抵扣，订单号<<ID:ddh>>
客户联系人：<<PERSON:p_full>>    电话：<<PHONE:phone_p>>    电子邮箱：<<EMAIL:p_email>>
客服专员：<<PERSON:sg_full>>，<<PHONE:phone_ext>>""",
}


# ---------------------------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------------------------
def generate_blind15(language: str, count: int) -> list[SynthNote]:
    """``count`` notes; note ``i`` takes the ``i``-th template in sorted name order, round robin."""
    builders: dict[
        str, tuple[dict[str, str], Callable[[str, random.Random], tuple[dict[str, str], list[KnownIdentifier]]]]
    ] = {
        "en": (EN_BLIND15_TEMPLATES, _en_values),
        "zh": (ZH_BLIND15_TEMPLATES, _zh_values),
    }
    if language not in builders:
        raise ValueError(f"unsupported language {language!r}; expected 'en' or 'zh'")
    templates, build = builders[language]
    names = sorted(templates)
    notes: list[SynthNote] = []
    for i in range(count):
        name = names[i % len(names)]
        rng = random.Random(f"{BLIND15_SEED}:{language}:{i}")
        values, known = build(name, rng)
        text, spans = render(templates[name], values, age_of=blind15_age_of)
        notes.append(
            SynthNote(
                note_id=f"{BLIND15_SPLIT}-{language}-{i + 1:04d}",
                split=BLIND15_SPLIT,
                language=language,
                template=name,
                text=text,
                spans=spans,
                known=tuple(known),
            )
        )
    return notes
