# ruff: noqa: E501
"""Blind evaluation set 7: specialty clinical documents and dictation artefacts (issue 4).

**Written blind.** The author of this module saw only the rendering helpers of ``synth.py``
(``GoldSpan``, ``SynthNote``, ``render``, ``cn_resident_id``, ``GOLD_KINDS``), the value types of
``model.py`` and one structure-only test; never the recognisers, their gazetteers, the policy or
any other evaluation set. Its figures therefore estimate how the de-identifier does on text its
authors never saw. **Do not tune recognisers against these templates or their notes**: look only
at aggregate figures. Once a recogniser has been changed because of something seen here, the set
is no longer blind and a new one has to be written.

Domain: specialty documents (psychiatry with collateral histories and court holds, obstetrics and
neonatal records, paediatrics, oncology tumour boards, transplant and donor coordination,
dialysis run sheets, rehabilitation, occupational health and workers' compensation, forensic
examinations, clinical-trial visits, genetics reports) and their artefacts (voice-dictation
transcripts, OCR'd faxes, pipe tables), in English and Chinese.

Gold conventions: ``<<KIND:key>>`` marks a gold span, ``{key}`` non-PHI filler. Titles and
credentials (Dr, Mr, Mrs, MD, RN, 先生, 女士, 主任, 护士 ...) stay outside PERSON spans; ``某某``
forms, protocol numbers, trial site numbers, NCT numbers, gene variants, staging, ICD codes,
doses and lab values are not PHI; ages are gold only from 90 up. Values are made lazily per key:
``p1_full`` and ``p1_last`` name the same invented person within one note. Keys whose entity
starts with ``k`` are kin of the patient (``pt``) and share the family name where that is the
custom; ``q`` entities get names that are also common words (Hope, Grace, Price, Young ...) in
English and compound or rare surnames in Chinese.

Deterministic for one Faker version.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from faker import Faker

from integration.deid.model import KnownIdentifier
from integration.deid.synth import SynthNote, cn_resident_id, render

__all__ = [
    "BLIND7_SEED",
    "EN_BLIND7_TEMPLATES",
    "ZH_BLIND7_TEMPLATES",
    "blind7_age_of",
    "generate_blind7",
]

BLIND7_SEED: Final[int] = 73190452
_SPLIT: Final = "blind7"

# ---------------------------------------------------------------------------------------------
# Ages in digits, English words or Chinese numerals
# ---------------------------------------------------------------------------------------------
_EN_UNITS: Final[dict[str, int]] = {
    "zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_EN_TENS: Final[dict[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_ZH_DIGITS: Final[dict[str, int]] = {
    "零": 0, "〇": 0, "一": 1, "幺": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip


def _zh_number(text: str) -> int:
    if not any(c in "十百" for c in text):
        digits = [str(_ZH_DIGITS[c]) for c in text if c in _ZH_DIGITS]
        if not digits:
            raise ValueError("no Chinese numeral")
        return int("".join(digits))
    total = 0
    current = 0
    for char in text:
        if char in _ZH_DIGITS:
            current = _ZH_DIGITS[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
    return total + current


def _en_number(text: str) -> int:
    words = [w for w in re.split(r"[\s\-]+", text.lower().strip()) if w and w != "and"]
    if not words:
        raise ValueError("no English number")
    total = 0
    current = 0
    seen = False
    for word in words:
        if word in ("a", "an"):
            current = 1
        elif word in _EN_UNITS:
            current += _EN_UNITS[word]
            seen = True
        elif word in _EN_TENS:
            current += _EN_TENS[word]
            seen = True
        elif word == "hundred":
            total += (current or 1) * 100
            current = 0
            seen = True
        else:
            raise ValueError("unknown number word")
    if not seen:
        raise ValueError("no English number")
    return total + current


def blind7_age_of(text: str) -> int:
    """Read an age written as digits, English words or Chinese numerals ("97", "ninety-seven",
    "one hundred and two", "a hundred", "九十三", "一百零二", "一百一十")."""
    digits = re.search(r"\d+", text)
    if digits:
        return int(digits.group())
    if any(c in _ZH_DIGITS or c in "十百" for c in text):
        return _zh_number(text)
    return _en_number(text)


def _en_words(n: int, rng: random.Random) -> str:
    """Cardinal in words; 100 may come out as "a hundred", 102 as "one hundred and two"."""
    units = [k for k in _EN_UNITS if k != "oh"]
    tens = list(_EN_TENS)
    if n < 20:
        return units[n]
    if n < 100:
        word = tens[n // 10 - 2]
        return word if n % 10 == 0 else f"{word}-{units[n % 10]}"
    head = rng.choice(["one hundred", "a hundred"]) if n < 200 else f"{units[n // 100]} hundred"
    rest = n % 100
    if rest == 0:
        return head
    joiner = rng.choice([" and ", " "])
    return head + joiner + _en_words(rest, rng)


_ZH_NUM: Final = "零一二三四五六七八九"


def _zh_words(n: int) -> str:
    if n < 10:
        return _ZH_NUM[n]
    if n < 20:
        return "十" + (_ZH_NUM[n % 10] if n % 10 else "")
    if n < 100:
        return _ZH_NUM[n // 10] + "十" + (_ZH_NUM[n % 10] if n % 10 else "")
    head = _ZH_NUM[n // 100] + "百"
    rest = n % 100
    if rest == 0:
        return head
    if rest < 10:
        return head + "零" + _ZH_NUM[rest]
    return head + _ZH_NUM[rest // 10] + "十" + (_ZH_NUM[rest % 10] if rest % 10 else "")


# ---------------------------------------------------------------------------------------------
# Name material. Faker supplies most Latin-script names; the lists below cover what its locales
# do not (romanised Persian, Hebrew and Arabic names, particles, apostrophes, names that are also
# ordinary English words) and the Chinese side (compound, rare and transcribed names).
# ---------------------------------------------------------------------------------------------
_FAKER_LOCALES: Final[tuple[str, ...]] = (
    "en_US", "en_GB", "en_AU", "en_IN", "en_IE", "en_NG", "yo_NG", "fr_FR", "de_DE", "it_IT",
    "es_ES", "es_MX", "pt_BR", "tr_TR", "pl_PL", "nl_NL", "ja_JP", "zh_CN",
)  # fmt: skip

_EN_CULTURES: Final[tuple[tuple[str, int], ...]] = (
    ("en_US", 20), ("en_GB", 6), ("en_AU", 2), ("en_IN", 6), ("en_IE", 3), ("en_NG", 3),
    ("yo_NG", 2), ("fr_FR", 3), ("de_DE", 3), ("it_IT", 3), ("es_ES", 3), ("es_MX", 4),
    ("pt_BR", 3), ("tr_TR", 2), ("pl_PL", 2), ("nl_NL", 2), ("vi", 3), ("ja", 2), ("zh", 4),
    ("fa", 2), ("he", 2), ("ar", 3), ("particle", 3), ("apostrophe", 3), ("hyphen", 2), ("word", 4),
)  # fmt: skip

_FA_FIRST_M: Final = (
    "Mohammad-Reza",
    "Amir",
    "Dariush",
    "Kourosh",
    "Mehdi",
    "Farhad",
    "Babak",
    "Arash",
    "Hossein",
    "Reza",
)
_FA_FIRST_F: Final = (
    "Parisa",
    "Shirin",
    "Maryam",
    "Niloufar",
    "Leila",
    "Azadeh",
    "Roya",
    "Golnar",
    "Mahsa",
    "Fereshteh",
)
_FA_LAST: Final = (
    "Hosseini",
    "Tehrani",
    "Karimi",
    "Rahimi",
    "Moradi",
    "Jafari",
    "Sadeghi",
    "Ghorbani",
    "Rezaei",
    "Mousavi",
    "Esfahani",
    "Shirazi",
    "Najafabadi",
    "Kazemi",
)
_HE_FIRST_M: Final = ("Avraham", "Yosef", "Eitan", "Noam", "Ariel", "Moshe", "Yonatan", "Itai", "Omer", "Shmuel")
_HE_FIRST_F: Final = ("Yael", "Noa", "Tamar", "Shira", "Michal", "Avigail", "Ronit", "Hadas", "Orly", "Liat")
_HE_LAST: Final = (
    "Ben-David",
    "Mizrahi",
    "Peretz",
    "Biton",
    "Dahan",
    "Friedman",
    "Ben-Ami",
    "Shapiro",
    "Katz",
    "Levi",
    "Cohen",
    "Azoulay",
    "Ben-Haim",
    "Avraham",
)
_AR_FIRST_M: Final = ("Ahmad", "Yusuf", "Omar", "Khalid", "Tariq", "Hamza", "Bilal", "Samir", "Karim", "Ibrahim")
_AR_FIRST_F: Final = ("Fatima", "Aisha", "Layla", "Noor", "Mariam", "Huda", "Salma", "Rania", "Yasmin", "Amira")
_AR_LAST: Final = (
    "al-Hassan",
    "bin Yusuf",
    "Al-Khatib",
    "bin Abdullah",
    "al-Rashid",
    "El-Sayed",
    "Abu-Bakr",
    "al-Masri",
    "Haddad",
    "Nasser",
    "Abdel-Rahman",
    "Al Farsi",
    "al-Tamimi",
)
_PARTICLE_LAST: Final = (
    "van der Berg",
    "de la Cruz",
    "van den Heuvel",
    "De Luca",
    "da Silva",
    "dos Santos",
    "von Essen",
    "de Jong",
    "Van Dyke",
    "du Plessis",
    "de la Fuente",
    "van der Merwe",
    "Le Roux",
    "Di Stefano",
    "della Rovere",
    "St. John",
    "Mac Giolla Bhríde",
    "ter Horst",
)
_APOS_LAST: Final = (
    "O'Neill",
    "D'Souza",
    "O'Brien",
    "D'Angelo",
    "O'Connor",
    "N'Diaye",
    "O'Malley",
    "D'Costa",
    "O'Sullivan",
    "D'Amico",
    "M'Bala",
    "O'Hare",
    "Dell'Orto",
    "O'Donoghue",
)
_VI_FIRST_M: Final = ("Van Hung", "Quoc Bao", "Duc Anh", "Hoang Nam", "Minh Tuan", "Thanh Long")
_VI_FIRST_F: Final = ("Thi Lan", "Minh Anh", "Thanh Huong", "Ngoc Mai", "Thu Trang", "Bich Ngoc")
_VI_LAST: Final = (
    "Nguyen",
    "Tran",
    "Le",
    "Pham",
    "Hoang",
    "Huynh",
    "Vo",
    "Dang",
    "Bui",
    "Do",
    "Ngo",
    "Duong",
    "Nguyễn",
    "Trần",
)
_WORD_FIRST_F: Final = (
    "Hope",
    "Grace",
    "Faith",
    "Joy",
    "Sue",
    "Rose",
    "June",
    "April",
    "Summer",
    "Dawn",
    "Ivy",
    "Pearl",
    "Charity",
    "Holly",
    "Crystal",
    "Amber",
    "Precious",
    "Destiny",
    "Honor",
    "Star",
)
_WORD_FIRST_M: Final = (
    "Mark",
    "Bill",
    "Frank",
    "Will",
    "Rich",
    "Chase",
    "Hunter",
    "Art",
    "Guy",
    "Jack",
    "Drew",
    "Sonny",
    "Major",
    "King",
    "Rusty",
    "Sterling",
    "Rock",
    "Gene",
)
_WORD_LAST: Final = (
    "Price",
    "Gray",
    "Lane",
    "Long",
    "Rich",
    "King",
    "Young",
    "Major",
    "Brown",
    "White",
    "Green",
    "Rice",
    "Hall",
    "Best",
    "Bell",
    "Friend",
    "Short",
    "Little",
    "Moody",
    "Hardy",
    "Strong",
    "Church",
    "Post",
    "Sharp",
    "Wise",
    "Hope",
    "Bond",
    "Cash",
    "Fox",
    "Wolf",
    "Lord",
    "Page",
    "Banks",
    "Woods",
    "Rivers",
    "Stone",
    "Gross",
    "Small",
    "Swift",
    "Day",
    "Love",
    "Cross",
)
_NICKNAMES: Final[dict[str, str]] = {
    "William": "Bill", "Robert": "Bob", "Margaret": "Peggy", "Elizabeth": "Liz", "Katherine": "Kate",
    "Catherine": "Cathy", "James": "Jim", "Richard": "Rick", "Susan": "Sue", "Joseph": "Joe",
    "Michael": "Mike", "Francis": "Frank", "Jennifer": "Jen", "Patricia": "Pat", "Christopher": "Chris",
    "Alexander": "Alex", "Anthony": "Tony", "Thomas": "Tom", "Daniel": "Danny", "Deborah": "Debbie",
    "Rebecca": "Becky", "Samuel": "Sam", "Benjamin": "Ben", "Nicholas": "Nick", "Jonathan": "Jon",
    "Matthew": "Matt", "Timothy": "Tim", "Victoria": "Vicky", "Kimberly": "Kim", "Jessica": "Jess",
    "Theodore": "Teddy", "Edward": "Ted", "Charles": "Chuck", "Dorothy": "Dot", "Barbara": "Barb",
    "Mohammad-Reza": "Reza", "Avraham": "Avi", "Yosef": "Yossi", "Ibrahim": "Ibo", "Fatima": "Fati",
    "Thi Lan": "Lan", "Minh Anh": "Anh", "Giovanni": "Gianni", "Francesca": "Cesca", "Alejandro": "Alex",
    "Guadalupe": "Lupe", "Francisco": "Paco", "José": "Pepe", "Mark": "Marky", "Grace": "Gracie",
    "Hope": "Hopey", "Frank": "Frankie", "Sue": "Suzy", "Bill": "Billy", "Will": "Willy",
}  # fmt: skip
_NICKABLE_F: Final = (
    "Margaret",
    "Elizabeth",
    "Katherine",
    "Catherine",
    "Susan",
    "Jennifer",
    "Patricia",
    "Deborah",
    "Rebecca",
    "Victoria",
    "Kimberly",
    "Jessica",
    "Dorothy",
    "Barbara",
)
_NICKABLE_M: Final = (
    "William",
    "Robert",
    "James",
    "Richard",
    "Joseph",
    "Michael",
    "Francis",
    "Christopher",
    "Alexander",
    "Anthony",
    "Thomas",
    "Daniel",
    "Samuel",
    "Benjamin",
    "Nicholas",
    "Jonathan",
    "Matthew",
    "Timothy",
    "Theodore",
    "Edward",
    "Charles",
)
_MIDDLE: Final = (
    "Ann",
    "Marie",
    "Lee",
    "James",
    "Lynn",
    "Ray",
    "Jean",
    "Paul",
    "Rose",
    "Michael",
    "Louise",
    "Anne",
    "Edward",
    "Grace",
    "Joseph",
    "Kaur",
    "Kumar",
    "Maria",
    "Jose",
    "Elena",
)

# Chinese surnames with pinyin (for e-mail addresses).
_ZH_COMMON_SUR: Final[dict[str, str]] = {
    "王": "wang", "李": "li", "张": "zhang", "刘": "liu", "陈": "chen", "杨": "yang", "黄": "huang",
    "赵": "zhao", "吴": "wu", "周": "zhou", "徐": "xu", "孙": "sun", "马": "ma", "朱": "zhu", "胡": "hu",
    "郭": "guo", "何": "he", "高": "gao", "林": "lin", "罗": "luo", "郑": "zheng", "梁": "liang",
    "谢": "xie", "宋": "song", "唐": "tang", "许": "xu", "韩": "han", "冯": "feng", "邓": "deng",
    "曹": "cao", "彭": "peng", "曾": "zeng", "肖": "xiao", "田": "tian", "董": "dong", "袁": "yuan",
    "潘": "pan", "于": "yu", "蒋": "jiang", "蔡": "cai", "余": "yu", "杜": "du", "叶": "ye", "程": "cheng",
    "苏": "su", "魏": "wei", "吕": "lv", "丁": "ding", "任": "ren", "沈": "shen", "姚": "yao", "卢": "lu",
    "姜": "jiang", "崔": "cui", "钟": "zhong", "谭": "tan", "陆": "lu", "汪": "wang", "范": "fan",
    "金": "jin", "石": "shi", "廖": "liao", "贾": "jia", "夏": "xia", "韦": "wei", "方": "fang",
    "白": "bai", "邹": "zou", "孟": "meng", "熊": "xiong", "秦": "qin", "邱": "qiu", "江": "jiang",
    "尹": "yin", "薛": "xue", "段": "duan", "雷": "lei", "侯": "hou", "龙": "long", "史": "shi",
    "陶": "tao", "黎": "li", "贺": "he", "顾": "gu", "毛": "mao", "郝": "hao", "龚": "gong", "邵": "shao",
    "万": "wan", "钱": "qian", "严": "yan", "覃": "qin", "武": "wu", "戴": "dai", "莫": "mo", "孔": "kong",
    "向": "xiang", "汤": "tang", "常": "chang", "温": "wen", "康": "kang", "施": "shi", "文": "wen",
    "牛": "niu", "樊": "fan", "葛": "ge", "邢": "xing", "安": "an", "齐": "qi", "易": "yi", "乔": "qiao",
    "伍": "wu", "庞": "pang", "颜": "yan", "倪": "ni", "庄": "zhuang", "聂": "nie", "章": "zhang",
    "鲁": "lu", "岳": "yue", "翟": "zhai", "殷": "yin", "詹": "zhan", "申": "shen", "欧": "ou", "耿": "geng",
    "关": "guan", "兰": "lan", "焦": "jiao", "俞": "yu", "左": "zuo", "柳": "liu", "甘": "gan", "祝": "zhu",
    "包": "bao", "宁": "ning", "尚": "shang", "符": "fu", "舒": "shu", "阮": "ruan", "柯": "ke", "纪": "ji",
    "梅": "mei", "童": "tong", "凌": "ling", "毕": "bi", "单": "shan", "季": "ji", "裴": "pei", "霍": "huo",
    "涂": "tu", "成": "cheng", "苗": "miao", "谷": "gu", "盛": "sheng", "曲": "qu", "翁": "weng", "冉": "ran",
    "骆": "luo", "蓝": "lan", "路": "lu", "游": "you", "辛": "xin", "靳": "jin", "管": "guan", "柴": "chai",
    "蒙": "meng", "鲍": "bao", "华": "hua", "喻": "yu", "祁": "qi", "房": "fang", "滕": "teng", "屈": "qu",
    "饶": "rao", "解": "xie", "牟": "mou", "艾": "ai", "尤": "you", "时": "shi", "穆": "mu", "农": "nong",
    "司": "si", "卓": "zhuo", "古": "gu", "吉": "ji", "缪": "miao", "简": "jian", "车": "che", "项": "xiang",
    "连": "lian", "芦": "lu", "麦": "mai", "褚": "chu", "娄": "lou", "窦": "dou", "戚": "qi", "岑": "cen",
    "景": "jing", "党": "dang", "宫": "gong", "费": "fei", "卜": "bu", "冷": "leng", "晏": "yan", "席": "xi",
    "卫": "wei", "米": "mi", "柏": "bai", "宗": "zong", "瞿": "qu", "桂": "gui", "全": "quan", "佟": "tong",
    "应": "ying", "臧": "zang", "闵": "min", "苟": "gou", "邬": "wu", "边": "bian", "卞": "bian", "姬": "ji",
    "师": "shi", "和": "he", "仇": "qiu", "栾": "luan", "隋": "sui", "商": "shang", "刁": "diao", "沙": "sha",
    "荣": "rong", "巫": "wu", "寇": "kou", "桑": "sang", "郎": "lang", "甄": "zhen", "丛": "cong", "仲": "zhong",
    "虞": "yu", "敖": "ao", "巩": "gong", "明": "ming", "佘": "she", "池": "chi", "查": "zha", "麻": "ma",
    "苑": "yuan", "迟": "chi", "邝": "kuang", "官": "guan", "封": "feng", "谈": "tan", "匡": "kuang", "鞠": "ju",
    "惠": "hui", "荆": "jing", "乐": "yue", "冀": "ji", "郁": "yu", "胥": "xu", "南": "nan", "班": "ban",
    "储": "chu", "原": "yuan", "栗": "li", "燕": "yan", "楚": "chu", "鄢": "yan", "劳": "lao", "谌": "chen",
    "奚": "xi", "皮": "pi", "粟": "su", "冼": "xian", "蔺": "lin", "楼": "lou", "盘": "pan", "满": "man",
    "闻": "wen", "位": "wei", "厉": "li", "伊": "yi", "仝": "tong", "区": "ou", "郜": "gao", "海": "hai",
    "阚": "kan", "花": "hua", "权": "quan", "强": "qiang", "帅": "shuai", "屠": "tu", "豆": "dou", "朴": "piao",
    "盖": "ge", "练": "lian", "廉": "lian", "禹": "yu", "井": "jing", "祖": "zu", "漆": "qi", "巴": "ba",
    "丰": "feng", "支": "zhi", "卿": "qing", "国": "guo", "狄": "di", "平": "ping", "计": "ji", "索": "suo",
    "宣": "xuan", "晋": "jin", "相": "xiang", "初": "chu", "门": "men", "云": "yun", "容": "rong", "敬": "jing",
    "来": "lai", "扈": "hu", "晁": "chao", "芮": "rui", "都": "du", "普": "pu", "阙": "que", "浦": "pu",
    "戈": "ge", "伏": "fu", "鹿": "lu", "薄": "bo", "邸": "di", "雍": "yong", "辜": "gu", "羊": "yang",
    "阿": "a", "乌": "wu", "母": "mu", "裘": "qiu", "亓": "qi", "修": "xiu", "邰": "tai", "赫": "he",
    "杭": "hang", "况": "kuang", "那": "na", "宿": "su", "鲜": "xian", "印": "yin", "逯": "lu", "隆": "long",
    "茹": "ru", "诸": "zhu", "战": "zhan", "慕": "mu", "危": "wei", "玉": "yu", "银": "yin", "亢": "kang",
    "嵇": "ji", "公": "gong", "哈": "ha", "湛": "zhan", "宾": "bin", "戎": "rong", "勾": "gou", "茅": "mao",
    "利": "li", "於": "yu", "呼": "hu", "居": "ju", "揭": "jie", "干": "gan", "但": "dan", "尉": "yu",
    "冶": "ye", "斯": "si", "元": "yuan", "束": "shu", "檀": "tan", "衣": "yi", "信": "xin", "展": "zhan",
    "阴": "yin", "昝": "zan", "智": "zhi", "幸": "xing", "奉": "feng", "植": "zhi", "衡": "heng", "富": "fu",
    "尧": "yao", "闭": "bi", "由": "you",
}  # fmt: skip
# The first 60 are the everyday ones; the rest (and the lists below) are rarer.
_ZH_COMPOUND_SUR: Final[dict[str, str]] = {
    "欧阳": "ouyang", "司马": "sima", "上官": "shangguan", "诸葛": "zhuge", "皇甫": "huangfu",
    "令狐": "linghu", "慕容": "murong", "东方": "dongfang", "夏侯": "xiahou", "公孙": "gongsun",
    "尉迟": "yuchi", "长孙": "zhangsun", "宇文": "yuwen", "司徒": "situ", "端木": "duanmu",
    "澹台": "tantai", "独孤": "dugu", "南宫": "nangong", "呼延": "huyan", "轩辕": "xuanyuan",
    "万俟": "moqi", "闻人": "wenren", "申屠": "shentu", "百里": "baili",
}  # fmt: skip
_ZH_RARE_SUR: Final[dict[str, str]] = {
    "禚": "zhuo", "逄": "pang", "厍": "she", "隗": "wei", "妫": "gui", "竺": "zhu", "麴": "qu", "訾": "zi",
    "眭": "sui", "郦": "li", "璩": "qu", "宓": "mi", "蒯": "kuai", "谯": "qiao", "钮": "niu", "琚": "ju",
    "暴": "bao", "第五": "diwu", "黑": "hei", "撒": "sa", "覃": "qin", "仉": "zhang", "冮": "gang", "蹇": "jian",
}  # fmt: skip
# Given-name characters with pinyin; "old" ones suit people born before 1970, "young" ones children.
_ZH_GIVEN_OLD: Final[dict[str, str]] = {
    "秀": "xiu", "英": "ying", "桂": "gui", "兰": "lan", "淑": "shu", "珍": "zhen", "德": "de", "福": "fu",
    "国": "guo", "建": "jian", "华": "hua", "平": "ping", "军": "jun", "红": "hong", "梅": "mei", "凤": "feng",
    "玉": "yu", "春": "chun", "志": "zhi", "明": "ming", "文": "wen", "贵": "gui", "荣": "rong", "芬": "fen",
    "兴": "xing", "富": "fu", "霞": "xia", "琴": "qin", "林": "lin", "根": "gen", "宝": "bao", "金": "jin",
    "云": "yun", "海": "hai", "忠": "zhong", "芳": "fang", "素": "su", "娥": "e", "财": "cai", "生": "sheng",
}  # fmt: skip
_ZH_GIVEN_MID: Final[dict[str, str]] = {
    "伟": "wei", "芳": "fang", "娜": "na", "敏": "min", "静": "jing", "丽": "li", "强": "qiang", "磊": "lei",
    "洋": "yang", "勇": "yong", "艳": "yan", "杰": "jie", "娟": "juan", "涛": "tao", "超": "chao", "辉": "hui",
    "峰": "feng", "鹏": "peng", "刚": "gang", "斌": "bin", "婷": "ting", "雪": "xue", "晓": "xiao", "燕": "yan",
    "慧": "hui", "玲": "ling", "丹": "dan", "颖": "ying", "倩": "qian", "蕾": "lei", "珊": "shan", "菲": "fei",
    "俊": "jun", "波": "bo", "亮": "liang", "鑫": "xin", "琳": "lin", "凯": "kai", "健": "jian", "婉": "wan",
}  # fmt: skip
_ZH_GIVEN_YOUNG: Final[dict[str, str]] = {
    "梓": "zi", "涵": "han", "浩": "hao", "宇": "yu", "轩": "xuan", "子": "zi", "晨": "chen", "萱": "xuan",
    "诗": "shi", "雨": "yu", "沐": "mu", "宸": "chen", "奕": "yi", "昊": "hao", "铭": "ming", "锦": "jin",
    "瑶": "yao", "彤": "tong", "欣": "xin", "怡": "yi", "嘉": "jia", "瑞": "rui", "泽": "ze", "一": "yi",
    "诺": "nuo", "依": "yi", "可": "ke", "睿": "rui", "芊": "qian", "思": "si", "若": "ruo", "安": "an",
    "乐": "le", "煜": "yu", "霖": "lin", "钰": "yu", "琪": "qi", "悦": "yue", "航": "hang", "逸": "yi",
}  # fmt: skip
_ZH_TRAD: Final[tuple[tuple[str, str, str, str], ...]] = (
    ("陳", "志偉", "chen", "zhiwei"), ("黃", "淑華", "huang", "shuhua"), ("劉", "家豪", "liu", "jiahao"),
    ("張", "美玲", "zhang", "meiling"), ("鄭", "文傑", "zheng", "wenjie"), ("蔡", "佩蓉", "cai", "peirong"),
    ("謝", "宗翰", "xie", "zonghan"), ("林", "雅婷", "lin", "yating"), ("吳", "建宏", "wu", "jianhong"),
    ("楊", "淑芬", "yang", "shufen"), ("許", "家瑋", "xu", "jiawei"), ("鍾", "詠詩", "zhong", "yongshi"),
    ("歐陽", "曉慧", "ouyang", "xiaohui"), ("馮", "嘉欣", "feng", "jiaxin"), ("賴", "俊傑", "lai", "junjie"),
)  # fmt: skip
_ZH_MINORITY: Final[tuple[tuple[str, str, str, str, bool], ...]] = (
    # (full, "surname"-like part used alone, remaining part, romanisation, female)
    ("买买提·艾力", "买买提", "艾力", "maimaiti.aili", False),
    ("阿依古丽·吐尔逊", "阿依古丽", "吐尔逊", "ayiguli.tuerxun", True),
    ("艾力·买买提", "艾力", "买买提", "aili.maimaiti", False),
    ("古丽娜尔·阿不都热依木", "古丽娜尔", "阿不都热依木", "gulinaer.abuduereyimu", True),
    ("热依拉·艾合买提", "热依拉", "艾合买提", "reyila.aihemaiti", True),
    ("阿不都拉·吾斯曼", "阿不都拉", "吾斯曼", "abudula.wusiman", False),
    ("迪丽努尔·阿布力孜", "迪丽努尔", "阿布力孜", "dilinuer.abulizi", True),
    ("扎西顿珠", "扎西", "顿珠", "zhaxidunzhu", False),
    ("次仁卓玛", "次仁", "卓玛", "cirenzhuoma", True),
    ("格桑梅朵", "格桑", "梅朵", "gesangmeiduo", True),
    ("达瓦次仁", "达瓦", "次仁", "dawaciren", False),
    ("央金拉姆", "央金", "拉姆", "yangjinlamu", True),
    ("洛桑丹增", "洛桑", "丹增", "luosangdanzeng", False),
    ("巴特尔", "巴特", "尔", "bateer", False),
    ("乌云其木格", "乌云", "其木格", "wuyunqimuge", True),
)  # fmt: skip
_ZH_HOMOPHONES: Final[dict[str, str]] = {
    "伟": "维", "芳": "方", "静": "晶", "丽": "莉", "军": "君", "杰": "洁", "明": "名", "华": "化",
    "国": "果", "建": "剑", "红": "洪", "玉": "育", "英": "鹰", "兰": "蓝", "平": "萍", "文": "雯",
    "志": "智", "辉": "晖", "霞": "侠", "梅": "玫", "秀": "绣", "涛": "滔", "磊": "蕾", "勇": "永",
    "艳": "燕", "敏": "民", "刚": "钢", "峰": "锋", "鹏": "朋", "宇": "雨", "浩": "号", "子": "紫",
    "涵": "含", "轩": "宣", "晨": "辰", "雨": "语", "佳": "家", "俊": "骏", "思": "丝", "琳": "林",
    "婷": "庭", "凤": "风", "珍": "真", "德": "得", "福": "富", "春": "纯", "玲": "铃", "晓": "小",
    "燕": "艳", "慧": "惠", "嘉": "家", "瑞": "锐", "泽": "则", "鑫": "新", "斌": "彬", "云": "芸",
    "张": "章", "王": "汪", "李": "黎", "刘": "柳", "陈": "程", "杨": "阳", "黄": "王", "周": "邹",
    "徐": "许", "吴": "武", "林": "凌", "梓": "子", "欣": "新", "怡": "宜", "彤": "桐", "瑶": "遥",
}  # fmt: skip
_ZH_LOOKALIKE: Final[dict[str, str]] = {
    "己": "已", "未": "末", "王": "玉", "土": "士", "人": "入", "天": "夭", "日": "曰", "大": "太",
    "0": "O", "1": "l", "5": "S", "8": "B", "6": "b", "住": "往", "号": "弓", "名": "各", "姓": "性",
    "国": "固", "明": "朋", "晓": "哓", "刘": "划", "陈": "阵", "杨": "扬", "张": "弦",
}  # fmt: skip
_ZH_NICK_CHILD: Final = (
    "豆豆",
    "乐乐",
    "小宝",
    "妞妞",
    "壮壮",
    "小雨",
    "果果",
    "糖糖",
    "天天",
    "球球",
    "嘟嘟",
    "贝贝",
    "毛毛",
    "甜甜",
    "二丫",
    "虎子",
    "小胖",
    "丫丫",
)

# Chinese places: (province, city, districts, landline area code, roads, estates)
_ZH_PLACES: Final[tuple[tuple[str, str, tuple[str, ...], str], ...]] = (
    ("浙江省", "杭州市", ("西湖区", "上城区", "拱墅区", "滨江区", "余杭区", "临平区"), "0571"),
    ("上海市", "上海市", ("徐汇区", "浦东新区", "静安区", "闵行区", "杨浦区"), "021"),
    ("北京市", "北京市", ("海淀区", "朝阳区", "东城区", "丰台区", "昌平区"), "010"),
    ("广东省", "广州市", ("天河区", "越秀区", "海珠区", "番禺区"), "020"),
    ("广东省", "深圳市", ("南山区", "福田区", "宝安区", "龙岗区"), "0755"),
    ("江苏省", "南京市", ("鼓楼区", "玄武区", "江宁区", "秦淮区"), "025"),
    ("湖北省", "武汉市", ("武昌区", "江汉区", "洪山区", "江岸区"), "027"),
    ("四川省", "成都市", ("武侯区", "锦江区", "青羊区", "金牛区"), "028"),
    ("山东省", "青岛市", ("市南区", "崂山区", "李沧区"), "0532"),
    ("湖南省", "长沙市", ("岳麓区", "芙蓉区", "天心区"), "0731"),
    ("新疆维吾尔自治区", "乌鲁木齐市", ("天山区", "沙依巴克区", "新市区"), "0991"),
    ("西藏自治区", "拉萨市", ("城关区", "堆龙德庆区"), "0891"),
    ("江苏省", "苏州市", ("姑苏区", "吴中区", "工业园区"), "0512"),
    ("河南省", "郑州市", ("金水区", "二七区", "中原区"), "0371"),
    ("辽宁省", "沈阳市", ("和平区", "沈河区", "皇姑区"), "024"),
    ("福建省", "厦门市", ("思明区", "湖里区", "集美区"), "0592"),
)  # fmt: skip
_ZH_ROADS: Final = (
    "文三路",
    "解放路",
    "中山北路",
    "人民路",
    "建设大道",
    "长江路",
    "学院路",
    "幸福街",
    "东风路",
    "和平里东街",
    "天府大道",
    "五一路",
    "北京东路",
    "延安西路",
    "淮海中路",
    "体育场路",
    "莫干山路",
    "光明街",
    "团结巷",
    "滨江大道",
    "新华路",
    "工农路",
    "友谊路",
    "朝阳北路",
)
_ZH_ESTATES: Final = (
    "翠苑一区",
    "阳光花园",
    "金色家园",
    "锦绣江南",
    "幸福里小区",
    "紫荆苑",
    "东方名城",
    "世纪新城",
    "和平小区",
    "枫林湾",
    "芳草地小区",
    "绿城桂花园",
    "碧桂园",
    "万科城市花园",
)
_ZH_VILLAGES: Final = (
    "大陆村",
    "石桥村",
    "红旗村",
    "李家庄",
    "下沙村",
    "东岙村",
    "柳树屯",
    "新丰村",
    "王家湾",
    "杏花村",
)
_ZH_TOWNS: Final = ("良渚街道", "瓶窑镇", "新市镇", "黄湖镇", "塘栖镇", "龙门镇", "城关镇", "桥头镇")

_MOBILE_PREFIX: Final = (
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
    "198",
    "199",
)

_EN_COUNTIES: Final = (
    "Cook County",
    "Maricopa County",
    "Harris County",
    "King County",
    "Cuyahoga County",
    "Franklin County",
    "Travis County",
    "Multnomah County",
    "Wayne County",
    "Hennepin County",
    "Suffolk County",
    "Alameda County",
    "Fulton County",
    "Allegheny County",
    "Dane County",
    "Pima County",
    "Bexar County",
    "Orange County",
    "Jefferson County",
    "Salt Lake County",
)
_SAINTS: Final = (
    "Jude",
    "Luke",
    "Mary",
    "Joseph",
    "Vincent",
    "Francis",
    "Anne",
    "Elizabeth",
    "Michael",
    "Agnes",
    "Catherine",
    "Brendan",
)
_EN_MONTHS: Final = (
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
_ORDINALS: Final = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
    "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth",
    "twenty-ninth", "thirtieth", "thirty-first",
)  # fmt: skip
_EN_DIGIT_WORDS: Final = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_ZH_DIGIT_CHARS: Final = "〇一二三四五六七八九"


# ---------------------------------------------------------------------------------------------
# Per-note state: the patient and every other person, phone, place and date a template names
# ---------------------------------------------------------------------------------------------
@dataclass
class _Person:
    female: bool
    age: int
    dob: dt.date
    first: str  # given name (Chinese: 名)
    last: str  # family name (Chinese: 姓)
    middle: str
    nick: str
    full: str
    roman: str  # ASCII romanisation for e-mail addresses and pinyin display ("zhang wei")
    culture: str


@dataclass
class _Phone:
    country: str  # US, UK, AU, IN, CN
    number: str  # national number without trunk prefix (US 10 digits, CN 11 digits)
    style: int


@dataclass
class _Place:
    street: str
    city: str
    state: str
    postcode: str
    province: str = ""
    district: str = ""
    area_code: str = ""


def _call(fake: Faker, method: str) -> str:
    """Call a Faker provider method that the type stubs do not list (romanised names)."""
    return str(getattr(fake, method)())


@functools.cache
def _fakers() -> dict[str, Faker]:
    return {locale: Faker(locale) for locale in _FAKER_LOCALES}


_FEMALE_ROLES: Final = ("mom", "mother", "sis", "wife", "gm", "aunt", "dau", "mw", "doula", "niece", "girl", "lady")
_MALE_ROLES: Final = ("dad", "father", "bro", "husb", "gp", "uncle", "son", "neph", "boy")
_SHARE_ZH_SURNAME_NOT: Final = ("mom", "mother", "wife", "gm", "spouse", "aunt", "husb")


class _Ctx:
    def __init__(self, language: str, rng: random.Random, template_name: str) -> None:
        self.lang = language
        self.rng = rng
        self.fake = _fakers()
        self.template_name = template_name
        start = dt.date(2021, 1, 4)
        self.ref = start + dt.timedelta(days=rng.randrange(1640))
        self.persons: dict[str, _Person] = {}
        self.phones: dict[str, _Phone] = {}
        self.places: dict[str, _Place] = {}
        self.dates: dict[str, dt.date] = {}
        self.strings: dict[tuple[str, str], str] = {}
        self.mrn_style = rng.randrange(6)
        self.site = f"{rng.randint(1, 9)}{rng.randint(0, 4)}{rng.randint(1, 9)}"
        self.hosp_slug = rng.choice(
            ["mercyhealth", "stlukes", "northshore", "valleymed", "bayview", "riverside", "unityhealth", "lakeside"]
        )

    # -- small helpers -------------------------------------------------------------------------
    def digits(self, n: int, *, lead: str = "123456789") -> str:
        return self.rng.choice(lead) + "".join(self.rng.choice("0123456789") for _ in range(n - 1))

    def letters(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    def cached(self, entity: str, what: str, make: Callable[[], str]) -> str:
        key = (entity, what)
        if key not in self.strings:
            self.strings[key] = make()
        return self.strings[key]

    def role_gender(self, entity: str) -> bool | None:
        if "spouse" in entity and "pt" in self.persons:
            return not self.persons["pt"].female
        if any(r in entity for r in _FEMALE_ROLES):
            return True
        if any(r in entity for r in _MALE_ROLES):
            return False
        return None

    def age_for(self, entity: str) -> int:
        rng = self.rng
        pt_age = self.persons["pt"].age if "pt" in self.persons else 50
        if any(r in entity for r in ("baby", "twin", "infant", "newborn")):
            return 0
        if "old" in entity:
            return rng.randint(86, 101)
        if any(r in entity for r in ("gm", "gp")):
            return rng.randint(62, 99)
        if pt_age < 18 and entity.startswith("k"):
            if any(r in entity for r in ("sib", "sis", "bro")):
                return rng.randint(1, max(1, pt_age - 1))
            return rng.randint(max(20, pt_age + 18), pt_age + 45)
        if entity.startswith("k") and any(r in entity for r in ("sib", "sis", "bro")):
            return max(18, pt_age + rng.randint(-9, 9))
        if pt_age >= 85 and entity.startswith("k") and any(r in entity for r in ("son", "dau")):
            return rng.randint(55, 75)
        return rng.randint(21, 79)

    def birth_for(self, age: int) -> dt.date:
        if age == 0:
            return self.ref - dt.timedelta(days=self.rng.randint(0, 4))
        year = self.ref.year - age
        day = self.ref - dt.timedelta(days=self.rng.randint(1, 364))
        try:
            return day.replace(year=day.year - age)
        except ValueError:  # 29 February
            return dt.date(year, 2, 28)

    # -- persons ---------------------------------------------------------------------------------
    def person(self, entity: str) -> _Person:
        if entity not in self.persons:
            self.persons[entity] = self._new_person(entity)
        return self.persons[entity]

    def _new_person(self, entity: str) -> _Person:
        rng = self.rng
        gender = self.role_gender(entity)
        female = rng.random() < 0.5 if gender is None else gender
        age = self.age_for(entity)
        kin = entity.startswith("k") and "pt" in self.persons
        if self.lang == "en":
            culture = self.persons["pt"].culture if kin else _pick_culture(rng, entity)
            first, last, middle = _en_name(self, culture, female)
            if kin:
                last = self.persons["pt"].last
            nick = _NICKNAMES.get(first, first.split(" ")[-1].split("-")[-1])
            roman = f"{first} {last}"
            return _Person(
                female, age, self.birth_for(age), first, last, middle, nick, f"{first} {last}", roman, culture
            )
        pt = self.persons.get("pt")
        person = _zh_person(self, entity, female, age)
        if not kin or pt is None or any(r in entity for r in _SHARE_ZH_SURNAME_NOT):
            return person
        if pt.culture == "minority":
            return _zh_minority(self, female, age)
        family = pt
        if (any(r in entity for r in ("baby", "twin")) or entity.startswith("kh")) and pt.female and pt.age >= 16:
            family = self.person("khusb")  # a newborn and the husband's kin take the husband's surname
        person.last = family.last
        person.full = family.last + person.first
        person.roman = _zh_roman_surname(family.last) + " " + person.roman.split(" ", 1)[-1]
        person.culture = family.culture if family.culture != "trad" else "han"
        return person

    # -- phones ----------------------------------------------------------------------------------
    def phone(self, entity: str) -> _Phone:
        if entity not in self.phones:
            if self.lang == "zh":
                self.phones[entity] = _Phone(
                    "CN", self.rng.choice(_MOBILE_PREFIX) + self.digits(8, lead="0123456789"), 0
                )
            else:
                country = "US"
                if entity in self.persons or entity.startswith("k") or entity == "pt":
                    culture = self.person(entity).culture
                    roll = self.rng.random()
                    if culture == "en_GB" and roll < 0.6:
                        country = "UK"
                    elif culture == "en_AU" and roll < 0.7:
                        country = "AU"
                    elif culture == "en_IN" and roll < 0.4:
                        country = "IN"
                self.phones[entity] = _new_phone(self, country)
        return self.phones[entity]

    # -- places ----------------------------------------------------------------------------------
    def place(self, entity: str) -> _Place:
        if entity not in self.places:
            if entity.startswith("k") and "pt" in self.places and self.rng.random() < 0.6:
                self.places[entity] = self.places["pt"]
            else:
                self.places[entity] = _new_place(self)
        return self.places[entity]

    # -- dates -----------------------------------------------------------------------------------
    def date(self, entity: str) -> dt.date:
        if entity not in self.dates:
            if entity in ("d0", ""):
                self.dates[entity] = self.ref
            elif entity.startswith("f"):
                self.dates[entity] = self.ref + dt.timedelta(days=self.rng.randint(3, 120))
            elif entity.startswith("r"):  # recent: within the admission
                self.dates[entity] = self.ref - dt.timedelta(days=self.rng.randint(1, 10))
            else:
                self.dates[entity] = self.ref - dt.timedelta(days=self.rng.randint(11, 900))
        return self.dates[entity]


def _pick_culture(rng: random.Random, entity: str) -> str:
    if entity.startswith("q"):
        return "word"
    names = [c for c, _ in _EN_CULTURES]
    weights = [w for _, w in _EN_CULTURES]
    return rng.choices(names, weights=weights)[0]


def _en_name(ctx: _Ctx, culture: str, female: bool) -> tuple[str, str, str]:
    """(first, last, middle) for an English-language note."""
    rng = ctx.rng
    us = ctx.fake["en_US"]
    middle = rng.choice(_MIDDLE)
    if culture in ctx.fake:
        fake = ctx.fake[culture]
        if culture == "ja_JP":
            first = _call(fake, "first_romanized_name_female" if female else "first_romanized_name_male")
            return first, _call(fake, "last_romanized_name"), middle
        if culture == "zh_CN":
            return _call(fake, "first_romanized_name"), _call(fake, "last_romanized_name"), middle
        first = fake.first_name_female() if female else fake.first_name_male()
        if culture in ("en_US", "en_GB", "en_AU") and rng.random() < 0.3:
            first = rng.choice(_NICKABLE_F if female else _NICKABLE_M)
        return first, fake.last_name(), middle
    if culture == "ja":
        return _en_name(ctx, "ja_JP", female)
    if culture == "zh":
        return _en_name(ctx, "zh_CN", female)
    if culture == "vi":
        return rng.choice(_VI_FIRST_F if female else _VI_FIRST_M), rng.choice(_VI_LAST), "Thi" if female else "Van"
    if culture == "fa":
        return rng.choice(_FA_FIRST_F if female else _FA_FIRST_M), rng.choice(_FA_LAST), middle
    if culture == "he":
        return rng.choice(_HE_FIRST_F if female else _HE_FIRST_M), rng.choice(_HE_LAST), middle
    if culture == "ar":
        last = rng.choice(_AR_LAST)
        if female and last.startswith("bin "):
            last = "bint " + last[4:]
        return rng.choice(_AR_FIRST_F if female else _AR_FIRST_M), last, middle
    first = us.first_name_female() if female else us.first_name_male()
    if culture == "particle":
        return first, rng.choice(_PARTICLE_LAST), middle
    if culture == "apostrophe":
        return first, rng.choice(_APOS_LAST), middle
    if culture == "hyphen":
        return first, f"{us.last_name()}-{ctx.fake['en_GB'].last_name()}", middle
    # names that are also ordinary words
    if rng.random() < 0.75:
        first = rng.choice(_WORD_FIRST_F if female else _WORD_FIRST_M)
    last = rng.choice(_WORD_LAST) if rng.random() < 0.8 else us.last_name()
    return first, last, middle


_ZH_COMMON_LIST: Final = tuple(_ZH_COMMON_SUR)


def _zh_roman_surname(surname: str) -> str:
    for table in (_ZH_COMMON_SUR, _ZH_COMPOUND_SUR, _ZH_RARE_SUR):
        if surname in table:
            return table[surname]
    return "li"


def _zh_given(ctx: _Ctx, age: int) -> tuple[str, str]:
    rng = ctx.rng
    pools: tuple[dict[str, str], ...]
    if age >= 55:
        pools = (_ZH_GIVEN_OLD, _ZH_GIVEN_OLD, _ZH_GIVEN_MID)
    elif age >= 20:
        pools = (_ZH_GIVEN_MID, _ZH_GIVEN_MID, _ZH_GIVEN_OLD, _ZH_GIVEN_YOUNG)
    else:
        pools = (_ZH_GIVEN_YOUNG, _ZH_GIVEN_YOUNG, _ZH_GIVEN_MID)
    roll = rng.random()
    length = 1 if roll < 0.3 else (2 if roll < 0.99 else 3)
    chars: list[str] = []
    romans: list[str] = []
    for _ in range(length):
        pool = rng.choice(pools)
        char = rng.choice(list(pool))
        chars.append(char)
        romans.append(pool[char])
    return "".join(chars), "".join(romans)


def _zh_minority(ctx: _Ctx, female: bool, age: int) -> _Person:
    candidates = [m for m in _ZH_MINORITY if m[4] == female] or list(_ZH_MINORITY)
    full, head, rest, roman, _ = ctx.rng.choice(candidates)
    return _Person(female, age, ctx.birth_for(age), rest, head, "", head, full, roman.replace(".", " "), "minority")


def _zh_trad(ctx: _Ctx, female: bool, age: int) -> _Person:
    sur, given, sur_py, given_py = ctx.rng.choice(_ZH_TRAD)
    return _Person(
        female, age, ctx.birth_for(age), given, sur, "", "阿" + given[-1], sur + given, f"{sur_py} {given_py}", "trad"
    )


def _zh_person(ctx: _Ctx, entity: str, female: bool, age: int) -> _Person:
    rng = ctx.rng
    dob = ctx.birth_for(age)
    roll = rng.random()
    if entity.startswith("q") or (roll < 0.08 and not entity.startswith("k")):
        table = _ZH_COMPOUND_SUR if rng.random() < 0.6 else _ZH_RARE_SUR
        surname = rng.choice(list(table))
        given, roman = _zh_given(ctx, age)
        nick = rng.choice(_ZH_NICK_CHILD) if age < 14 else "阿" + given[-1]
        return _Person(
            female,
            age,
            dob,
            given,
            surname,
            "",
            nick,
            surname + given,
            f"{table[surname]} {roman}",
            "compound" if len(surname) > 1 else "rare",
        )
    if roll < 0.12 and not entity.startswith("k"):
        return _zh_trad(ctx, female, age)
    if roll < 0.17 and not entity.startswith("k"):
        return _zh_minority(ctx, female, age)
    weights = [6 if i < 60 else 1 for i in range(len(_ZH_COMMON_LIST))]
    surname = rng.choices(_ZH_COMMON_LIST, weights=weights)[0]
    given, roman = _zh_given(ctx, age)
    full = surname + given
    if female and age >= 60 and entity != "pt" and rng.random() < 0.12:
        full = rng.choice(_ZH_COMMON_LIST[:60]) + full  # 冠夫姓
    nick = rng.choice(_ZH_NICK_CHILD) if age < 14 else ("小" if age < 40 else "阿") + given[-1]
    return _Person(female, age, dob, given, surname, "", nick, full, f"{_ZH_COMMON_SUR[surname]} {roman}", "han")


def _new_phone(ctx: _Ctx, country: str) -> _Phone:
    rng = ctx.rng
    if country == "UK":
        return _Phone("UK", "7" + ctx.digits(9, lead="0123456789"), rng.randrange(3))
    if country == "AU":
        return _Phone("AU", "4" + ctx.digits(8, lead="0123456789"), rng.randrange(3))
    if country == "IN":
        return _Phone("IN", rng.choice("6789") + ctx.digits(9, lead="0123456789"), rng.randrange(3))
    area = f"{rng.randint(2, 9)}{rng.randint(0, 8)}{rng.randint(0, 9)}"
    exchange = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
    return _Phone("US", area + exchange + ctx.digits(4, lead="0123456789"), rng.randrange(3))


def _new_place(ctx: _Ctx) -> _Place:
    rng = ctx.rng
    if ctx.lang == "zh":
        province, city, districts, area = rng.choice(_ZH_PLACES)
        district = rng.choice(districts)
        kind = rng.random()
        if kind < 0.55:
            street = f"{district}{rng.choice(_ZH_ROADS)}{rng.randint(1, 399)}号{rng.randint(1, 30)}幢{rng.randint(1, 6)}单元{rng.randint(1, 28)}{rng.randint(1, 4):02d}室"
        elif kind < 0.85:
            street = (
                f"{district}{rng.choice(_ZH_ESTATES)}{rng.randint(1, 40)}栋{rng.randint(1, 33)}{rng.randint(1, 8):02d}"
            )
        else:
            street = f"{district}{rng.choice(_ZH_TOWNS)}{rng.choice(_ZH_VILLAGES)}{rng.randint(1, 12)}组{rng.randint(1, 88)}号"
        return _Place(street, city, "", f"{rng.randint(100000, 859999)}", province, district, area)
    roll = rng.random()
    locale = "en_GB" if roll < 0.08 else ("en_AU" if roll < 0.12 else "en_US")
    fake = ctx.fake[locale]
    street = fake.street_address().replace("\n", ", ")
    if rng.random() < 0.3:
        street += (
            rng.choice([", Apt ", " Apt. ", " #", ", Unit "]) + f"{rng.randint(1, 40)}{rng.choice(['', 'B', 'C'])}"
        )
    state = {"en_US": ctx.fake["en_US"].state_abbr(), "en_GB": "", "en_AU": rng.choice(["NSW", "VIC", "QLD", "WA"])}[
        locale
    ]
    return _Place(street, fake.city(), state, fake.postcode())


# ---------------------------------------------------------------------------------------------
# Formatting helpers
# ---------------------------------------------------------------------------------------------
_EN_LOOKALIKE: Final[dict[str, str]] = {
    "0": "O",
    "1": "l",
    "5": "S",
    "8": "B",
    "m": "rn",
    "l": "1",
    "O": "0",
    "I": "l",
    "e": "c",
    "a": "o",
    "2": "Z",
    "6": "b",
}


def _ocr(value: str, rng: random.Random, table: dict[str, str]) -> str:
    """One or two look-alike substitutions, the way a fax OCR garbles a field."""
    spots = [i for i, c in enumerate(value) if c in table]
    if not spots:
        return value
    chars = list(value)
    for i in rng.sample(spots, k=min(len(spots), rng.choice([1, 1, 2]))):
        chars[i] = table[chars[i]]
    return "".join(chars)


def _ascii(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if c.isascii() and c.isalpha()).lower()


def _spell(word: str) -> str:
    return "-".join(c.upper() for c in word if c.isalpha())


def _en_digits(digits: str, rng: random.Random) -> str:
    zero = rng.choice(["zero", "oh"])
    return " ".join(zero if c == "0" else _EN_DIGIT_WORDS[int(c)] for c in digits if c.isdigit())


def _zh_digits(digits: str, *, yao: bool = False) -> str:
    out = "".join(_ZH_DIGIT_CHARS[int(c)] if c.isdigit() else c for c in digits)
    if yao:
        out = out.replace("一", "幺").replace("〇", "洞")
    return out


def _year_words(year: int, rng: random.Random) -> str:
    if year < 2000:
        rest = year % 100
        tail = _en_words(rest, rng) if rest >= 10 else f"oh {_EN_DIGIT_WORDS[rest]}"
        return f"nineteen {tail}"
    rest = year % 100
    if rest == 0:
        return "two thousand"
    if rest < 10:
        return f"two thousand {_EN_DIGIT_WORDS[rest]}"
    return rng.choice(["twenty ", "two thousand "]) + _en_words(rest, rng)


def _fmt_date(d: dt.date, fmt: str, rng: random.Random) -> str:
    month = _EN_MONTHS[d.month - 1]
    y, m, day = d.year, d.month, d.day
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    formats: dict[str, Callable[[], str]] = {
        "iso": lambda: d.isoformat(),
        "us": lambda: f"{m:02d}/{day:02d}/{y}",
        "usnp": lambda: f"{m}/{day}/{y}",
        "usshort": lambda: f"{m}/{day}/{y % 100:02d}",
        "mdydash": lambda: f"{m:02d}-{day:02d}-{y}",
        "uk": lambda: f"{day:02d}/{m:02d}/{y}",
        "ukdot": lambda: f"{day:02d}.{m:02d}.{y}",
        "long": lambda: f"{month} {day}, {y}",
        "dmy": lambda: f"{day} {month[:3]} {y}",
        "dmylong": lambda: f"{day} {month} {y}",
        "dmyh": lambda: f"{day:02d}-{month[:3].upper()}-{y}",
        "md": lambda: f"{m}/{day}",
        "mdlong": lambda: f"{month} {day}",
        "mdshort": lambda: f"{month[:3]} {day}",
        "ordinal": lambda: f"{day}{suffix} of {month}",
        "spoken": lambda: f"{month.lower()} {_ORDINALS[day - 1]} {_year_words(y, rng)}",
        "spokenmd": lambda: f"{month.lower()} {_ORDINALS[day - 1]}",
        "compact": lambda: f"{y}{m:02d}{day:02d}",
        "zh": lambda: f"{y}年{m}月{day}日",
        "zhpad": lambda: f"{y}年{m:02d}月{day:02d}日",
        "zhmd": lambda: f"{m}月{day}日",
        "zhmdpad": lambda: f"{m:02d}月{day:02d}日",
        "zhdot": lambda: f"{y}.{m:02d}.{day:02d}",
        "zhdot2": lambda: f"{y}.{m}.{day}",
        "zhslash": lambda: f"{y}/{m}/{day}",
        "zhnum": lambda: f"{_zh_digits(str(y))}年{_zh_words(m)}月{_zh_words(day)}日",
        "zhshort": lambda: f"{y % 100:02d}.{m}.{day}",
        "zhym": lambda: f"{y}年{m}月",
        "zhhao": lambda: f"{m}月{day}号",
    }
    return formats[fmt]()


_DATE_FORMATS: Final = frozenset(
    [
        "iso",
        "us",
        "usnp",
        "usshort",
        "mdydash",
        "uk",
        "ukdot",
        "long",
        "dmy",
        "dmylong",
        "dmyh",
        "md",
        "mdlong",
        "mdshort",
        "ordinal",
        "spoken",
        "spokenmd",
        "compact",
        "zh",
        "zhpad",
        "zhmd",
        "zhmdpad",
        "zhdot",
        "zhdot2",
        "zhslash",
        "zhnum",
        "zhshort",
        "zhym",
        "zhhao",
    ]
)


def _fmt_phone(ctx: _Ctx, phone: _Phone, fmt: str) -> str:
    rng = ctx.rng
    n = phone.number
    if phone.country == "CN":
        grouped = f"{n[:3]} {n[3:7]} {n[7:]}"
        return {
            "phone": lambda: n,
            "phone2": lambda: grouped,
            "phone3": lambda: f"{n[:3]}-{n[3:7]}-{n[7:]}",
            "phone86": lambda: rng.choice([f"+86 {grouped}", f"+86-{n}", f"(+86){n}", f"0086 {n}", f"+86 {n}"]),
            "phonew": lambda: rng.choice(
                [_zh_digits(grouped), _zh_digits(n), _zh_digits(f"{n[:3]}，{n[3:7]}，{n[7:]}")]
            ),
            "phoneyao": lambda: _zh_digits(grouped, yao=True),
            "phoneocr": lambda: _ocr(n, rng, _ZH_LOOKALIKE),
            "phone4": lambda: f"{n[:3]} {n[3:]}" if rng.random() < 0.5 else f"{n[:7]} {n[7:]}",
            "phoneplain": lambda: n,
            "phonedot": lambda: f"{n[:3]}.{n[3:7]}.{n[7:]}",
            "phoneintl": lambda: f"+86 {grouped}",
            "phoneext": lambda: n,
        }[fmt]()
    if phone.country == "US":
        a, b, c = n[:3], n[3:6], n[6:]
        styles = [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}"]
        intl = [f"+1 {a}-{b}-{c}", f"+1 ({a}) {b}-{c}", f"+1.{a}.{b}.{c}", f"1-{a}-{b}-{c}", f"+1 {a} {b} {c}"]
        groups = [a, b, c]
    elif phone.country == "UK":
        styles = [f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:]}"]
        intl = [f"+44 {n[:4]} {n[4:]}", f"+44 (0) {n[:4]} {n[4:7]} {n[7:]}", f"0044 {n}"]
        groups = ["0" + n[:4], n[4:7], n[7:]]
    elif phone.country == "AU":
        styles = [f"0{n[:3]} {n[3:6]} {n[6:]}", f"+61 {n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]}-{n[3:6]}-{n[6:]}"]
        intl = [f"+61 {n[:3]} {n[3:6]} {n[6:]}", f"+61{n}", f"+61 (0){n[:3]} {n[3:6]} {n[6:]}"]
        groups = ["0" + n[:3], n[3:6], n[6:]]
    else:  # IN
        styles = [f"+91 {n[:5]} {n[5:]}", f"+91-{n}", f"0{n[:5]} {n[5:]}"]
        intl = [f"+91 {n[:5]} {n[5:]}", f"+91 {n}", f"0091 {n[:5]}-{n[5:]}"]
        groups = [n[:5], n[5:]]
    canonical = styles[phone.style]
    return {
        "phone": lambda: canonical,
        "phone2": lambda: styles[(phone.style + 1 + rng.randrange(2)) % 3],
        "phonedot": lambda: ".".join(groups),
        "phoneplain": lambda: "".join(groups),
        "phoneintl": lambda: rng.choice(intl),
        "phonew": lambda: ", ".join(_en_digits(g, rng) for g in groups),
        "phoneocr": lambda: _ocr(canonical, rng, _EN_LOOKALIKE),
        "phoneext": lambda: (
            canonical
            + rng.choice([" ext. ", " x", " ext ", " extension ", " X"])
            + ctx.digits(rng.choice([3, 4]), lead="123456789")
        ),
    }[fmt]()


_PHONE_FORMATS: Final = frozenset(
    [
        "phone",
        "phone2",
        "phone3",
        "phone86",
        "phonew",
        "phoneyao",
        "phoneocr",
        "phone4",
        "phoneplain",
        "phonedot",
        "phoneintl",
        "phoneext",
    ]
)


def _standalone_phone(ctx: _Ctx, kind: str) -> str:
    """A number that belongs to nobody in particular (a ward, a fax machine, a pager)."""
    rng = ctx.rng
    if kind in ("ukmob", "ukland"):
        number = ctx.digits(10, lead="0123456789")
        if kind == "ukmob":
            return rng.choice(
                [f"07{number[:3]} {number[3:9]}", f"+44 7{number[:3]} {number[3:9]}", f"07{number[:3]}{number[3:9]}"]
            )
        return rng.choice(
            [
                f"+44 (0)20 {number[:4]} {number[4:8]}",
                f"0161 {number[:3]} {number[3:7]}",
                f"0113 {number[:3]} {number[3:7]}",
                f"+44 (0)131 {number[:3]} {number[3:7]}",
            ]
        )
    if kind == "aumob":
        return _fmt_phone(ctx, _new_phone(ctx, "AU"), "phone")
    if kind == "auland":
        return (
            rng.choice(["(02) ", "(03) ", "(07) ", "(08) ", "+61 2 "])
            + f"{ctx.digits(4)} {ctx.digits(4, lead='0123456789')}"
        )
    if kind == "hkph":
        return (
            rng.choice(["+852 ", "(852) ", ""])
            + f"{rng.choice('569')}{ctx.digits(3, lead='0123456789')} {ctx.digits(4, lead='0123456789')}"
        )
    if kind == "inmob":
        return _fmt_phone(ctx, _new_phone(ctx, "IN"), rng.choice(["phone", "phone2", "phoneintl"]))
    phone = _new_phone(ctx, "US")
    n = phone.number
    if kind == "usph":
        return _fmt_phone(ctx, phone, "phone")
    if kind == "usdash":
        return f"{n[:3]}-{n[3:6]}-{n[6:]}"
    if kind == "usdot":
        return f"{n[:3]}.{n[3:6]}.{n[6:]}"
    if kind == "usplain":
        return n
    if kind == "usext":
        return _fmt_phone(ctx, phone, "phoneext")
    if kind == "pager":
        return rng.choice([f"{n[3:6]}-{n[6:]}", f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"])
    if kind == "usw":
        return _fmt_phone(ctx, phone, "phonew")
    if kind == "fax":
        return _fmt_phone(ctx, phone, ctx.rng.choice(["phone", "phone2", "phoneintl"]))
    # Chinese landlines
    _, _, _, area = rng.choice(_ZH_PLACES)
    local = ctx.digits(8 if len(area) == 3 or rng.random() < 0.8 else 7)
    if kind == "land":
        return rng.choice(
            [
                f"{area}-{local}",
                f"({area}){local[:4]} {local[4:]}",
                f"{area} {local[:4]} {local[4:]}",
                f"{area}-{local[:4]}-{local[4:]}",
                f"{area}{local}",
            ]
        )
    if kind == "landext":
        return f"{area}-{local}" + rng.choice(["转", "转", "-", "，分机"]) + ctx.digits(rng.choice([3, 4]))
    if kind == "landzh":
        return _zh_digits(f"{area}-{local}")
    if kind == "landocr":
        return _ocr(f"{area}-{local}", rng, _ZH_LOOKALIKE)
    raise KeyError(kind)


_STANDALONE_PHONES: Final = frozenset(
    [
        "ukmob",
        "ukland",
        "aumob",
        "auland",
        "inmob",
        "usph",
        "usdash",
        "usdot",
        "usplain",
        "usext",
        "pager",
        "usw",
        "fax",
        "hkph",
        "land",
        "landext",
        "landzh",
        "landocr",
    ]
)


# ---------------------------------------------------------------------------------------------
# Forms: ``entity_form`` keys. Each handler gets the note context and the entity name.
# ---------------------------------------------------------------------------------------------
_Handler = Callable[[_Ctx, str], str]


def _en_person_forms() -> dict[str, _Handler]:
    def p(ctx: _Ctx, e: str) -> _Person:
        return ctx.person(e)

    return {
        "full": lambda c, e: p(c, e).full,
        "first": lambda c, e: p(c, e).first,
        "last": lambda c, e: p(c, e).last,
        "mid": lambda c, e: f"{p(c, e).first} {p(c, e).middle[0]}. {p(c, e).last}",
        "fml": lambda c, e: f"{p(c, e).first} {p(c, e).middle} {p(c, e).last}",
        "lf": lambda c, e: f"{p(c, e).last}, {p(c, e).first}",
        "lfm": lambda c, e: f"{p(c, e).last}, {p(c, e).first} {p(c, e).middle[0]}",
        "lfup": lambda c, e: f"{p(c, e).last.upper()}, {p(c, e).first.upper()}",
        "lastup": lambda c, e: p(c, e).last.upper(),
        "lupf": lambda c, e: f"{p(c, e).last.upper()}, {p(c, e).first}",
        "fullup": lambda c, e: p(c, e).full.upper(),
        "flup": lambda c, e: f"{p(c, e).first} {p(c, e).last.upper()}",
        "init": lambda c, e: f"{p(c, e).first[0]}. {p(c, e).last}",
        "lfi": lambda c, e: f"{p(c, e).last}, {p(c, e).first[0]}.",
        "nick": lambda c, e: p(c, e).nick,
        "nickfull": lambda c, e: f"{p(c, e).nick} {p(c, e).last}",
        "lastfirst": lambda c, e: f"{p(c, e).last} {p(c, e).first}",
        "spell": lambda c, e: _spell(p(c, e).last),
        "spellf": lambda c, e: _spell(p(c, e).first),
        "age": lambda c, e: str(p(c, e).age),
        "agew": lambda c, e: _en_words(p(c, e).age, c.rng),
        # pronouns and titles: filler, never gold
        "mr": lambda c, e: (
            ("Mrs." if p(c, e).age > 30 and c.rng.random() < 0.5 else "Ms.") if p(c, e).female else "Mr."
        ),
        "he": lambda c, e: "she" if p(c, e).female else "he",
        "hecap": lambda c, e: "She" if p(c, e).female else "He",
        "him": lambda c, e: "her" if p(c, e).female else "him",
        "his": lambda c, e: "her" if p(c, e).female else "his",
        "hiscap": lambda c, e: "Her" if p(c, e).female else "His",
        "sexw": lambda c, e: (
            ("girl" if p(c, e).female else "boy") if p(c, e).age < 16 else ("woman" if p(c, e).female else "man")
        ),
        "sex": lambda c, e: "F" if p(c, e).female else "M",
    }


def _zh_person_forms() -> dict[str, _Handler]:
    def p(ctx: _Ctx, e: str) -> _Person:
        return ctx.person(e)

    def pinyin(ctx: _Ctx, e: str, style: int) -> str:
        person = p(ctx, e)
        parts = person.roman.split(" ", 1)
        sur, given = (parts[0], parts[1] if len(parts) > 1 else "")
        given = given.replace(" ", "")
        if style == 0:
            return f"{sur.capitalize()} {given.capitalize()}".strip()
        if style == 1:
            return f"{sur.upper()} {given.capitalize()}".strip()
        return f"{given.capitalize()} {sur.capitalize()}".strip()

    def homophone(ctx: _Ctx, e: str) -> str:
        full = p(ctx, e).full
        spots = [i for i, ch in enumerate(full) if ch in _ZH_HOMOPHONES]
        if not spots:
            return full
        i = ctx.rng.choice(spots[1:] or spots)
        return full[:i] + _ZH_HOMOPHONES[full[i]] + full[i + 1 :]

    return {
        "full": lambda c, e: p(c, e).full,
        "sur": lambda c, e: p(c, e).last,
        "given": lambda c, e: p(c, e).first,
        "nick": lambda c, e: p(c, e).nick,
        "pinyin": lambda c, e: pinyin(c, e, 0),
        "pinyinup": lambda c, e: pinyin(c, e, 1),
        "pinyinw": lambda c, e: pinyin(c, e, 2),
        "homo": homophone,
        "spaced": lambda c, e: " ".join(p(c, e).full) if "·" not in p(c, e).full else p(c, e).full,
        "age": lambda c, e: str(p(c, e).age),
        "agezh": lambda c, e: _zh_words(p(c, e).age),
        # filler
        "xs": lambda c, e: "女士" if p(c, e).female else "先生",
        "ta": lambda c, e: "她" if p(c, e).female else "他",
        "sex": lambda c, e: "女" if p(c, e).female else "男",
        "zinv": lambda c, e: "女儿" if p(c, e).female else "儿子",
    }


def _email(ctx: _Ctx, entity: str) -> str:
    rng = ctx.rng
    person = ctx.person(entity)
    nn = f"{rng.randint(1, 99)}" if rng.random() < 0.5 else str(person.dob.year % 100).zfill(2)
    if ctx.lang == "zh":
        parts = person.roman.split(" ", 1)
        sur = _ascii(parts[0]) or "li"
        given = _ascii(parts[1]) if len(parts) > 1 else ""
        domain = rng.choice(
            ["163.com", "qq.com", "126.com", "sina.com", "foxmail.com", "139.com", "outlook.com", "yeah.net"]
        )
        if domain == "qq.com" and rng.random() < 0.6:
            return f"{ctx.digits(rng.randint(8, 10))}@qq.com"
        local = rng.choice(
            [f"{sur}{given}{nn}", f"{given}.{sur}", f"{sur}_{given}", f"{given[:1]}{sur}{nn}", f"{sur}{given}"]
        )
        return f"{local}@{domain}"
    first = _ascii(person.first) or "pat"
    last = _ascii(person.last) or "doe"
    domain = rng.choice(
        [
            "gmail.com",
            "yahoo.com",
            "outlook.com",
            "hotmail.com",
            "icloud.com",
            "proton.me",
            "aol.com",
            "comcast.net",
            "btinternet.com",
            "bigpond.com",
        ]
    )
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first[0]}{last}{nn}",
            f"{last}{first[0]}",
            f"{first}{nn}",
            f"{_ascii(person.nick) or first}.{last}{nn}",
            f"{first}_{last}",
        ]
    )
    return f"{local}@{domain}"


def _work_email(ctx: _Ctx, entity: str) -> str:
    person = ctx.person(entity)
    if ctx.lang == "zh":
        parts = person.roman.split(" ", 1)
        local = _ascii(parts[0]) + (_ascii(parts[1]) if len(parts) > 1 else "")
        return f"{local}@{ctx.rng.choice(['zjhosp.com.cn', 'rmyy.org.cn', 'fyyy.cn', 'gene-lab.cn', 'pharma-cro.com'])}"
    first = _ascii(person.first) or "staff"
    last = _ascii(person.last) or "staff"
    domain = ctx.rng.choice(
        [f"{ctx.hosp_slug}.org", "cro-partners.com", f"{last[:4]}bio.com", "county.gov", "opo-network.org"]
    )
    return ctx.rng.choice([f"{first}.{last}@{domain}", f"{first[0]}{last}@{domain}"])


def _mrn(ctx: _Ctx) -> str:
    rng = ctx.rng
    if ctx.lang == "zh":
        return [
            lambda: ctx.digits(7),
            lambda: "ZY" + ctx.digits(8),
            lambda: f"{ctx.ref.year}{ctx.digits(6, lead='0123456789')}",
            lambda: "0" + ctx.digits(9),
            lambda: ctx.digits(6),
            lambda: f"{rng.choice('BHZ')}{ctx.digits(8)}",
        ][ctx.mrn_style]()
    return [
        lambda: ctx.digits(7),
        lambda: "00" + ctx.digits(6),
        lambda: "E" + ctx.digits(7),
        lambda: f"{ctx.digits(2)}-{ctx.digits(2, lead='0123456789')}-{ctx.digits(4, lead='0123456789')}",
        lambda: "1000" + ctx.digits(6, lead="0123456789"),
        lambda: f"MR{ctx.digits(6)}",
    ][ctx.mrn_style]()


def _ssn(ctx: _Ctx) -> str:
    area = ctx.rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{ctx.rng.randint(1, 99):02d}-{ctx.rng.randint(1, 9999):04d}"


def _id_forms() -> dict[str, _Handler]:
    def yy(c: _Ctx) -> str:
        return f"{c.ref.year % 100:02d}"

    def person_rid(c: _Ctx, e: str) -> str:
        return c.cached(e, "rid", lambda: cn_resident_id(c.rng, c.person(e).dob))

    def rid_spaced(c: _Ctx, e: str) -> str:
        rid = person_rid(c, e)
        return f"{rid[:6]} {rid[6:14]} {rid[14:]}"

    def rid_masked(c: _Ctx, e: str) -> str:
        rid = person_rid(c, e)
        return c.rng.choice(
            [
                rid[:6] + "********" + rid[14:],
                rid[:3] + "*" * 11 + rid[14:],
                rid[:4] + "**********" + rid[14:],
                rid[:10] + "****" + rid[14:],
            ]
        )

    def dig(n: int) -> Callable[[_Ctx, str], str]:
        return lambda c, e: c.digits(n)

    forms: dict[str, _Handler] = {
        "mrn": lambda c, e: c.cached(e, "mrn", lambda: _mrn(c)),
        "mrnw": lambda c, e: (
            _en_digits(c.cached(e, "mrn", lambda: _mrn(c)), c.rng)
            if c.lang == "en"
            else _zh_digits(c.cached(e, "mrn", lambda: _mrn(c)))
        ),
        "mrnsp": lambda c, e: re.sub(r"(\d{3})(?=\d)", r"\1 ", c.cached(e, "mrn", lambda: _mrn(c))),
        "ssn": lambda c, e: c.cached(e, "ssn", lambda: _ssn(c)),
        "ssnplain": lambda c, e: c.cached(e, "ssn", lambda: _ssn(c)).replace("-", ""),
        "ssnsp": lambda c, e: c.cached(e, "ssn", lambda: _ssn(c)).replace("-", " "),
        "acct": lambda c, e: c.rng.choice(
            [
                f"ENC-{c.ref:%Y%m%d}-{c.digits(4, lead='0123456789')}",
                f"V{c.digits(9)}",
                f"A{c.digits(9)}",
                f"HAR{c.digits(8)}",
            ]
        ),
        "claim": lambda c, e: c.rng.choice(
            [
                f"WC-{yy(c)}-{c.digits(6)}",
                f"{c.letters(2)}{c.digits(8)}",
                f"{c.ref.year}-{c.digits(7)}",
                f"CLM{c.digits(9)}",
            ]
        ),
        "badge": lambda c, e: c.rng.choice([c.digits(4), c.digits(5), f"{c.letters(1)}{c.digits(4)}"]),
        "case": lambda c, e: c.rng.choice(
            [
                f"{yy(c)}-{c.digits(6)}",
                f"SA{yy(c)}-{c.digits(5)}",
                f"{c.ref.year}-{c.letters(1)}{c.digits(5)}",
                f"{c.letters(3)}{yy(c)}{c.digits(6)}",
            ]
        ),
        "docket": lambda c, e: c.rng.choice(
            [
                f"{yy(c)}-MH-{c.digits(5)}",
                f"MH{c.ref.year}-{c.digits(4)}",
                f"{c.ref.year}-PR-{c.digits(6)}",
                f"{yy(c)}MH{c.digits(6)}",
            ]
        ),
        "kit": lambda c, e: c.rng.choice(
            [f"SAEK-{yy(c)}-{c.digits(4)}", f"{c.letters(2)}-{c.digits(6)}", f"K{c.digits(9)}"]
        ),
        "evid": lambda c, e: c.rng.choice(
            [f"EV{yy(c)}-{c.digits(6)}", f"{c.digits(3)}-{c.digits(2)}-{c.digits(5)}", f"ITEM-{c.digits(7)}"]
        ),
        "unos": lambda c, e: c.letters(4) + c.digits(3, lead="0123456789"),
        "donor": lambda c, e: c.rng.choice(
            [f"DN-{yy(c)}-{c.digits(4)}", f"{c.letters(2)}{yy(c)}-{c.digits(4)}", f"D{c.digits(7)}"]
        ),
        "waitlist": lambda c, e: c.digits(7),
        "subj": lambda c, e: c.cached(
            e,
            "subj",
            lambda: c.rng.choice(
                [
                    f"{c.site}-{c.digits(4, lead='0')}",
                    f"{c.site}{c.digits(3, lead='0')}",
                    f"S{c.site}-{c.digits(3, lead='0123')}",
                ]
            ),
        ),
        "screen": lambda c, e: c.rng.choice([f"SCR-{c.digits(5)}", f"S{c.site}{c.digits(3)}"]),
        "rand": lambda c, e: f"R{c.digits(5)}",
        "acc": lambda c, e: c.rng.choice(
            [
                f"GX{yy(c)}-{c.digits(6)}",
                f"ACC-{c.ref.year}-{c.digits(6)}",
                f"M{yy(c)}-{c.digits(5)}",
                f"{c.letters(2)}{c.digits(8)}",
            ]
        ),
        "spec": lambda c, e: c.rng.choice(
            [
                f"S{yy(c)}-{c.digits(5)}-A{c.rng.randint(1, 4)}",
                f"BLD-{c.digits(7)}-0{c.rng.randint(1, 4)}",
                f"{c.digits(10)}",
                f"SP{c.digits(6)}",
            ]
        ),
        "serial": lambda c, e: c.rng.choice(
            [
                f"{c.letters(3)}{c.digits(6)}{c.letters(1)}",
                f"{c.digits(4)}-{c.digits(2)}-{c.digits(4)}",
                f"SN{c.digits(8)}",
            ]
        ),
        "plate": lambda c, e: c.rng.choice(
            [
                f"{c.digits(1)}{c.letters(3)}{c.digits(3)}",
                f"{c.letters(3)}-{c.digits(4)}",
                f"{c.letters(2)}{c.digits(2)} {c.letters(3)}",
            ]
        ),
        "dl": lambda c, e: c.rng.choice(
            [f"{c.letters(1)}{c.digits(3)}-{c.digits(4)}-{c.digits(4)}", f"{c.letters(1)}{c.digits(7)}", c.digits(9)]
        ),
        "medicaid": lambda c, e: f"{c.letters(2)}{c.digits(8)}",
        "member": lambda c, e: c.rng.choice(
            [
                f"{c.letters(3)}{c.digits(9)}",
                f"W{c.digits(9)}",
                f"{c.digits(3)}-{c.digits(3)}-{c.digits(3)}-{c.letters(1)}",
            ]
        ),
        "pol": lambda c, e: f"POL-{c.digits(8)}",
        "nhs": lambda c, e: f"{c.digits(3)} {c.digits(3, lead='0123456789')} {c.digits(4, lead='0123456789')}",
        "emp": lambda c, e: c.rng.choice([f"E{c.digits(5)}", c.digits(6), f"{c.letters(2)}-{c.digits(4)}"]),
        "inmate": lambda c, e: c.digits(8),
        # Chinese identifiers
        "rid": person_rid,
        "ridsp": rid_spaced,
        "ridmask": rid_masked,
        "zyh": lambda c, e: c.cached(e, "mrn", lambda: _mrn(c)),
        "mzh": lambda c, e: c.rng.choice([f"MZ{c.digits(10)}", c.digits(12), f"{c.ref:%Y%m%d}{c.digits(4, lead='0')}"]),
        "bah": dig(7),
        "bed": lambda c, e: c.rng.choice(
            [
                str(c.rng.randint(1, 60)),
                f"{c.rng.randint(1, 30)}-{c.rng.randint(1, 48)}",
                f"+{c.rng.randint(1, 9)}",
                f"{c.rng.randint(3, 21):02d}{c.rng.randint(1, 40):02d}",
            ]
        ),
        "yb": lambda c, e: c.rng.choice(
            [
                f"{c.rng.choice(['3301', '3101', '1101', '4401'])}{c.digits(10)}",
                f"{c.letters(1)}{c.digits(9)}",
                f"YB{c.digits(11)}",
            ]
        ),
        "card": lambda c, e: c.rng.choice([c.digits(10), c.digits(12), f"JZK{c.digits(8)}"]),
        "bbh": lambda c, e: f"{c.rng.choice('BSX')}{c.ref:%y%m%d}{c.digits(4, lead='0')}",
        "jyh": lambda c, e: f"{c.ref:%Y%m%d}{c.digits(4, lead='0')}",
        "yxh": lambda c, e: f"{c.rng.choice(['CT', 'MR', 'DR', 'US', 'PET'])}{c.ref:%y%m%d}{c.digits(4, lead='0')}",
        "blh": lambda c, e: c.rng.choice(
            [f"B{yy(c)}-{c.digits(5)}", f"{c.ref.year}-P-{c.digits(5)}", f"F{c.digits(7)}"]
        ),
        "sj": lambda c, e: f"SJ{c.ref:%y%m%d}{c.digits(4, lead='0')}",
        "wz": lambda c, e: c.rng.choice(
            [f"WZ-{c.ref.year}-{c.digits(4)}", f"{c.ref.year}WZ{c.digits(5)}", f"XC{c.digits(10)}"]
        ),
        "jh": lambda c, e: c.digits(6, lead="0123456789"),
        "gh": lambda c, e: c.rng.choice([f"{c.letters(1)}{c.digits(5)}", c.digits(6), f"{c.letters(2)}-{c.digits(4)}"]),
        "ajbh": lambda c, e: f"A{c.rng.choice(['3301', '3101', '4403', '1101'])}{c.digits(18, lead='0123456789')}",
        "ah": lambda c, e: (
            f"{c.rng.choice(['浙', '沪', '京', '粤', '苏', '鄂', '川'])}{c.rng.choice(['01', '02', '03'])}{c.digits(2, lead='0123456789')}{c.rng.choice(['刑医', '民特', '刑初', '行初'])}{c.rng.randint(1, 899)}号"
        ),
        "gsrd": lambda c, e: (
            f"{c.rng.choice(['杭', '沪', '宁', '深', '汉', '蓉'])}人社工认〔{c.ref.year}〕{c.digits(4, lead='0123456789')}号"
        ),
        "jdh": lambda c, e: (
            f"{c.rng.choice(['浙大', '华东', '司鉴', '精卫'])}司鉴所〔{c.ref.year}〕{c.rng.choice(['精鉴字', '临鉴字', '法病鉴字', '物鉴字'])}第{c.rng.randint(1, 999)}号"
        ),
        "zyjd": lambda c, e: f"职诊〔{c.ref.year}〕{c.digits(3, lead='0123456789')}号",
        "cp": lambda c, e: (
            f"{c.rng.choice('浙沪京粤苏鄂川')}{c.rng.choice('ABCDEFG')}{c.rng.choice(['·', ''])}{c.letters(1)}{c.digits(4, lead='0123456789')}"
        ),
        "zyz": lambda c, e: c.digits(15),
        "txz": lambda c, e: f"{c.rng.choice('HM')}{c.digits(8, lead='0123456789')}",
        "jz": lambda c, e: c.rng.choice(
            [
                f"DCD-{c.ref.year}-{c.digits(4, lead='0')}",
                f"ZJ-D{c.ref.year}{c.digits(3, lead='0')}",
                f"COTRS{c.digits(8)}",
            ]
        ),
    }
    return forms


def _place_forms() -> dict[str, _Handler]:
    def pl(c: _Ctx, e: str) -> _Place:
        return c.place(e)

    def addr(c: _Ctx, e: str) -> str:
        place = pl(c, e)
        if c.lang == "zh":
            return (place.city if place.province == place.city else place.province + place.city) + place.street
        tail = f"{place.state} {place.postcode}".strip()
        return f"{place.street}, {place.city}, {tail}"

    def cityline(c: _Ctx, e: str) -> str:
        place = pl(c, e)
        return (
            f"{place.city}, {place.state} {place.postcode}".strip() if place.state else f"{place.city} {place.postcode}"
        )

    return {
        "street": lambda c, e: pl(c, e).street,
        "addr": addr,
        "cityline": cityline,
        "city": lambda c, e: pl(c, e).city,
        "city2": lambda c, e: pl(c, e).city.removesuffix("市"),
        "district": lambda c, e: pl(c, e).district,
        "citydistrict": lambda c, e: pl(c, e).city + pl(c, e).district,
        "county": lambda c, e: c.cached(e, "county", lambda: c.rng.choice(_EN_COUNTIES)),
        "town": lambda c, e: c.fake["en_GB"].city() if c.rng.random() < 0.3 else c.fake["en_US"].city(),
        "village": lambda c, e: c.rng.choice(_ZH_TOWNS) + c.rng.choice(_ZH_VILLAGES),
        "hometown": lambda c, e: (lambda p: p[0].removesuffix("省") + p[1])(c.rng.choice(_ZH_PLACES)),
        "zhcity": lambda c, e: c.cached(e, "zhcity", lambda: c.rng.choice(_ZH_PLACES)[1]),
    }


def _org_forms() -> dict[str, _Handler]:
    def city(c: _Ctx, e: str) -> str:
        return c.place(e).city

    def last(c: _Ctx) -> str:
        return c.fake["en_US"].last_name()

    def word(c: _Ctx) -> str:
        return c.rng.choice(
            [
                "Sunshine",
                "Rainbow",
                "Maple",
                "Harbor",
                "Evergreen",
                "Bluebird",
                "Cedar",
                "Summit",
                "Willow",
                "Lighthouse",
                "Golden",
                "Riverbend",
            ]
        )

    def county(c: _Ctx, e: str) -> str:
        return c.cached(e, "county", lambda: c.rng.choice(_EN_COUNTIES))

    def zh_x(c: _Ctx) -> str:
        return c.rng.choice(
            [
                "华康",
                "仁和",
                "康宁",
                "德济",
                "博爱",
                "明德",
                "恒康",
                "益民",
                "同心",
                "惠民",
                "嘉和",
                "泰安",
                "普济",
                "安康",
            ]
        )

    def zh_place(c: _Ctx, e: str) -> tuple[str, str, str]:
        place = c.place(e)
        return place.province, place.city, place.district

    def en_or_zh(en: Callable[[_Ctx, str], str], zh: Callable[[_Ctx, str], str]) -> _Handler:
        return lambda c, e: c.cached(e, en.__name__ + "org", lambda: (en if c.lang == "en" else zh)(c, e))

    def hosp_en(c: _Ctx, e: str) -> str:
        return c.rng.choice(
            [
                f"{city(c, e)} General Hospital",
                f"St. {c.rng.choice(_SAINTS)}'s Medical Center",
                f"{last(c)} Memorial Hospital",
                f"{city(c, e)} Regional Medical Center",
                f"Mercy {city(c, e)} Hospital",
                f"{city(c, e)} Children's Hospital",
                f"{last(c)}-{last(c)} University Hospital",
                f"{city(c, e)} VA Medical Center",
            ]
        )

    def hosp_zh(c: _Ctx, e: str) -> str:
        prov, cty, dist = zh_place(c, e)
        return c.rng.choice(
            [
                f"{cty}第一人民医院",
                f"{cty}中医院",
                f"{prov}人民医院" if prov != cty else f"{cty}第六人民医院",
                f"{cty}妇幼保健院",
                f"{cty}儿童医院",
                f"{cty}{dist}人民医院",
                f"{cty.removesuffix('市')}{zh_x(c)}医院",
                f"{cty}第三人民医院",
                f"{cty}精神卫生中心",
                f"{cty}康复医院",
            ]
        )

    def school_en(c: _Ctx, e: str) -> str:
        return c.rng.choice(
            [
                f"{last(c)} Elementary School",
                f"{city(c, e)} Middle School",
                f"St. {c.rng.choice(_SAINTS)} Catholic School",
                f"{city(c, e)} High School",
                f"{last(c)} Academy",
                f"{word(c)} Montessori School",
                f"{last(c)} Primary School",
            ]
        )

    def school_zh(c: _Ctx, e: str) -> str:
        _, cty, dist = zh_place(c, e)
        return c.rng.choice(
            [
                f"{cty}{c.rng.choice(['实验', '育才', '外国语', '崇文', '天长', '求是'])}小学",
                f"{cty}第{c.rng.randint(1, 20)}中学",
                f"{dist}{c.rng.choice(_ZH_ROADS)}小学",
                f"{cty.removesuffix('市')}{c.rng.choice(['二', '四', '十四', '学军'])}中",
                f"{dist}{c.rng.choice(['实验', '阳光', '星海'])}学校",
            ]
        )

    def daycare_en(c: _Ctx, e: str) -> str:
        return c.rng.choice(
            [
                f"{word(c)} Kids Daycare",
                f"Little {c.rng.choice(['Acorns', 'Sprouts', 'Explorers', 'Lambs'])} Learning Center",
                f"{last(c)} Family Daycare",
                f"{word(c)} Early Learning Academy",
            ]
        )

    def daycare_zh(c: _Ctx, e: str) -> str:
        _, cty, dist = zh_place(c, e)
        return c.rng.choice(
            [
                f"{dist}{c.rng.choice(_ZH_ESTATES)}幼儿园",
                f"{cty}{c.rng.choice(['蓝天', '机关', '爱心', '春芽', '小太阳'])}幼儿园",
                f"{dist}第{c.rng.choice(['一', '二', '三', '七'])}幼儿园",
            ]
        )

    def employer_en(c: _Ctx, e: str) -> str:
        return c.rng.choice(
            [
                c.fake["en_US"].company(),
                f"{last(c)} Logistics LLC",
                f"{city(c, e)} Distribution Center",
                f"{last(c)} & Sons Roofing",
                f"{last(c)} Meat Packing Co.",
                f"{word(c)} Foods, Inc.",
                f"{city(c, e)} Public Works Department",
            ]
        )

    def employer_zh(c: _Ctx, e: str) -> str:
        _, cty, _ = zh_place(c, e)
        return c.rng.choice(
            [
                f"{cty.removesuffix('市')}{c.fake['zh_CN'].company()}",
                f"{cty.removesuffix('市')}{zh_x(c)}机械制造有限公司",
                f"{cty.removesuffix('市')}{c.rng.choice(['鑫达', '宏远', '永固', '金石'])}石材厂",
                f"{cty.removesuffix('市')}{c.rng.choice(['东方', '远大', '华盛'])}电子科技有限公司",
                f"{c.rng.choice(['中建', '华东'])}{c.rng.randint(1, 9)}局第{c.rng.randint(1, 5)}建设有限公司",
            ]
        )

    def court_en(c: _Ctx, e: str) -> str:
        cnty = county(c, e)
        return c.rng.choice(
            [f"{cnty} Superior Court", f"Probate Court of {cnty}", f"{cnty} District Court", f"Circuit Court of {cnty}"]
        )

    def court_zh(c: _Ctx, e: str) -> str:
        _, cty, dist = zh_place(c, e)
        return c.rng.choice([f"{cty}{dist}人民法院", f"{cty}中级人民法院"])

    def police_en(c: _Ctx, e: str) -> str:
        return c.rng.choice(
            [
                f"{city(c, e)} Police Department",
                f"{county(c, e).removesuffix(' County')} County Sheriff's Office",
                f"{city(c, e)} PD",
            ]
        )

    def police_zh(c: _Ctx, e: str) -> str:
        _, cty, dist = zh_place(c, e)
        return c.rng.choice(
            [
                f"{cty}公安局{dist}分局{c.rng.choice(['文新', '北山', '湖滨', '城东', '长庆'])}派出所",
                f"{cty}公安局{dist}分局",
                f"{dist}公安分局刑侦大队",
            ]
        )

    def lab_en(c: _Ctx, e: str) -> str:
        return c.rng.choice(
            [
                f"{last(c)} Genomics",
                f"{city(c, e)} Molecular Diagnostics",
                f"{last(c)} Genetics Laboratory",
                f"{word(c)} Clinical Genomics, LLC",
            ]
        )

    def lab_zh(c: _Ctx, e: str) -> str:
        _, cty, _ = zh_place(c, e)
        return c.rng.choice(
            [
                f"{cty.removesuffix('市')}{zh_x(c)}医学检验实验室",
                f"{zh_x(c)}基因科技有限公司",
                f"{cty.removesuffix('市')}{zh_x(c)}医学检验所",
            ]
        )

    def sponsor_en(c: _Ctx, e: str) -> str:
        return c.rng.choice(
            [
                f"{last(c)} Therapeutics",
                f"{last(c)}-{last(c)} Pharma AG",
                f"{word(c)} Biosciences, Inc.",
                f"{last(c)} Oncology Ltd",
            ]
        )

    def sponsor_zh(c: _Ctx, e: str) -> str:
        return c.rng.choice(
            [f"{c.rng.choice(['恒瑞', '康弘', '百泽', '信立', '君安'])}生物医药有限公司", f"{zh_x(c)}制药股份有限公司"]
        )

    def opo_en(c: _Ctx, e: str) -> str:
        return c.rng.choice(
            [
                f"{c.rng.choice(['Great Lakes', 'Mid-South', 'Pacific Northwest', 'Tri-State', 'Gulf Coast', 'Rocky Mountain'])} Donor Network",
                f"{last(c)} Organ Recovery Center",
                f"{city(c, e)} Organ Procurement Organization",
            ]
        )

    def opo_zh(c: _Ctx, e: str) -> str:
        prov, cty, _ = zh_place(c, e)
        return c.rng.choice([f"{prov}人体器官捐献管理中心", f"{cty}红十字会", f"{cty}第一人民医院OPO办公室"])

    def agency_en(c: _Ctx, e: str) -> str:
        return c.rng.choice(
            [
                f"{county(c, e)} Child Protective Services",
                f"{last(c)} Family Services",
                f"{city(c, e)} Community Mental Health Center",
                f"{word(c)} House Shelter",
            ]
        )

    def agency_zh(c: _Ctx, e: str) -> str:
        _, cty, dist = zh_place(c, e)
        return c.rng.choice(
            [
                f"{dist}{c.rng.choice(_ZH_ROADS)}社区居委会",
                f"{cty}儿童福利院",
                f"{dist}民政局",
                f"{dist}{c.rng.choice(_ZH_TOWNS)}派出所",
            ]
        )

    def insurer_en(c: _Ctx, e: str) -> str:
        return c.rng.choice([f"{last(c)} Mutual Insurance", f"{word(c)} Health Plan", f"{last(c)} Casualty Company"])

    def insurer_zh(c: _Ctx, e: str) -> str:
        _, cty, _ = zh_place(c, e)
        return f"{cty.removesuffix('市')}{c.rng.choice(['平安', '太平洋', '人保'])}财产保险{c.rng.choice(['支公司', '分公司'])}"

    def jdjg_en(c: _Ctx, e: str) -> str:
        return f"{city(c, e)} Forensic Nursing Program"

    def jdjg_zh(c: _Ctx, e: str) -> str:
        prov, cty, _ = zh_place(c, e)
        return c.rng.choice(
            [
                f"{prov.removesuffix('省')}{zh_x(c)}司法鉴定中心",
                f"{cty}精神卫生中心司法鉴定所",
                f"{cty.removesuffix('市')}{zh_x(c)}法医司法鉴定所",
            ]
        )

    def center_en(c: _Ctx, e: str) -> str:
        return c.rng.choice(
            [
                f"{city(c, e)} Kidney Center",
                f"{last(c)} Rehabilitation Institute",
                f"{city(c, e)} Dialysis Unit",
                f"{word(c)} Skilled Nursing Facility",
            ]
        )

    def center_zh(c: _Ctx, e: str) -> str:
        _, cty, dist = zh_place(c, e)
        return c.rng.choice(
            [
                f"{cty}{dist}社区卫生服务中心",
                f"{cty.removesuffix('市')}{zh_x(c)}血液透析中心",
                f"{cty}康复医院",
                f"{cty.removesuffix('市')}{zh_x(c)}养老院",
            ]
        )

    return {
        "hosp": en_or_zh(hosp_en, hosp_zh),
        "school": en_or_zh(school_en, school_zh),
        "daycare": en_or_zh(daycare_en, daycare_zh),
        "kg": en_or_zh(daycare_en, daycare_zh),
        "employer": en_or_zh(employer_en, employer_zh),
        "court": en_or_zh(court_en, court_zh),
        "police": en_or_zh(police_en, police_zh),
        "lab": en_or_zh(lab_en, lab_zh),
        "sponsor": en_or_zh(sponsor_en, sponsor_zh),
        "opo": en_or_zh(opo_en, opo_zh),
        "agency": en_or_zh(agency_en, agency_zh),
        "insurer": en_or_zh(insurer_en, insurer_zh),
        "jdjg": en_or_zh(jdjg_en, jdjg_zh),
        "center": en_or_zh(center_en, center_zh),
        "hkhosp": lambda c, e: c.rng.choice(
            [
                "瑪麗醫院",
                "伊利沙伯醫院",
                "威爾斯親王醫院",
                "屯門醫院",
                "廣華醫院",
                "東區尤德夫人那打素醫院",
                "聖德肋撒醫院",
                "養和醫院",
            ]
        ),
    }


def _url_forms() -> dict[str, _Handler]:
    def token(c: _Ctx, n: int) -> str:
        return "".join(c.rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(n))

    def handle(c: _Ctx, e: str) -> str:
        person = c.person(e)
        first = _ascii(person.roman.split(" ")[-1]) or "user"
        last = _ascii(person.roman.split(" ")[0]) or "x"
        return c.rng.choice([f"{first}.{last}{c.rng.randint(1, 99)}", f"{first}_{last}", f"real{first}{last[:3]}"])

    def portal(c: _Ctx, e: str) -> str:
        if c.lang == "zh":
            return c.rng.choice(
                [
                    f"https://hlwyy.{c.hosp_slug}.com.cn/visit/{token(c, 10)}",
                    f"https://m.{c.hosp_slug}.cn/report?id={c.digits(12)}",
                    f"http://{c.hosp_slug}.cn/fz/{token(c, 8)}",
                ]
            )
        return c.rng.choice(
            [
                f"https://mychart.{c.hosp_slug}.org/MyChart/Visit/{token(c, 12)}",
                f"https://portal.{c.hosp_slug}.org/p/{token(c, 10)}",
                f"https://{c.hosp_slug}.followmyhealth.com/r/{token(c, 9)}",
            ]
        )

    def tele(c: _Ctx, e: str) -> str:
        if c.lang == "zh":
            return c.rng.choice(
                [f"https://meeting.tencent.com/dm/{token(c, 12)}", f"https://meeting.tencent.com/p/{c.digits(10)}"]
            )
        return c.rng.choice(
            [
                f"https://{c.hosp_slug}.zoom.us/j/{c.digits(11)}?pwd={token(c, 16)}",
                f"https://doxy.me/dr{_ascii(c.person(e).last)}{c.rng.randint(1, 9)}",
                f"https://teams.microsoft.com/l/meetup-join/{token(c, 24)}",
            ]
        )

    def social(c: _Ctx, e: str) -> str:
        if c.lang == "zh":
            return c.rng.choice(
                [
                    f"https://weibo.com/u/{c.digits(10)}",
                    f"https://www.douyin.com/user/{token(c, 14)}",
                    f"https://www.xiaohongshu.com/user/profile/{token(c, 16)}",
                ]
            )
        return c.rng.choice(
            [
                f"https://www.facebook.com/{handle(c, e)}",
                f"instagram.com/{handle(c, e)}",
                f"https://www.tiktok.com/@{handle(c, e)}",
                f"https://x.com/{handle(c, e)}",
            ]
        )

    def fund(c: _Ctx, e: str) -> str:
        if c.lang == "zh":
            return c.rng.choice(
                [
                    f"https://www.shuidichou.com/project/{c.digits(9)}",
                    f"https://m.qschou.com/project/index/{token(c, 16)}",
                ]
            )
        person = c.person(e)
        return f"https://www.gofundme.com/f/help-{_ascii(person.first)}-{_ascii(person.last)}-{c.rng.choice(['recover', 'heal', 'fight-cancer', 'get-home'])}"

    return {"portal": portal, "tele": tele, "social": social, "fund": fund}


def _misc_forms() -> dict[str, _Handler]:
    return {
        "email": lambda c, e: c.cached(e, "email", lambda: _email(c, e)),
        "wemail": lambda c, e: c.cached(e, "wemail", lambda: _work_email(c, e)),
    }


@functools.cache
def _handlers() -> dict[str, _Handler]:
    table: dict[str, _Handler] = {}
    for part in (_id_forms(), _place_forms(), _org_forms(), _url_forms(), _misc_forms()):
        table.update(part)
    return table


@functools.cache
def _person_handlers(language: str) -> dict[str, _Handler]:
    return _en_person_forms() if language == "en" else _zh_person_forms()


# ---------------------------------------------------------------------------------------------
# Filler that is not PHI: vitals, labs, scores, staging, variants, codes, protocol numbers
# ---------------------------------------------------------------------------------------------
def _u(lo: float, hi: float, places: int = 1) -> Callable[[_Ctx], str]:
    return lambda c: f"{c.rng.uniform(lo, hi):.{places}f}"


def _i(lo: int, hi: int) -> Callable[[_Ctx], str]:
    return lambda c: str(c.rng.randint(lo, hi))


def _ch(*options: str) -> Callable[[_Ctx], str]:
    return lambda c: c.rng.choice(options)


_FILLERS: Final[dict[str, Callable[[_Ctx], str]]] = {
    "bp": lambda c: f"{c.rng.randint(92, 172)}/{c.rng.randint(50, 102)}",
    "hr": _i(52, 124), "rr": _i(12, 28), "temp": _u(36.0, 39.1), "tempf": _u(96.8, 102.4),
    "spo2": _i(86, 100), "wt": _u(41, 121), "ht": _i(142, 192), "bmi": _u(16.5, 41.0),
    "hb": _u(6.8, 16.1), "wbc": _u(1.9, 19.5), "plt": _i(38, 512), "cr": _u(0.5, 9.8, 2),
    "bun": _i(7, 96), "k": _u(3.0, 6.6), "na": _i(124, 149), "glu": _i(62, 341), "a1c": _u(5.1, 12.4),
    "inr": _u(0.9, 3.8), "alb": _u(2.1, 4.8), "li": _u(0.3, 1.6, 2), "tsh": _u(0.2, 7.9, 2),
    "phq": _i(0, 27), "gad": _i(0, 21), "moca": _i(9, 30), "mmse": _i(8, 30), "bprs": _i(24, 88),
    "ymrs": _i(4, 44), "audit": _i(0, 32), "ciwa": _i(0, 28), "cows": _i(0, 24),
    "apgar1": _i(1, 9), "apgar5": _i(5, 10), "gaw": _i(24, 41), "gad_d": _i(0, 6), "bwg": _i(640, 4480),
    "ebl": _i(150, 1800), "fhr": _i(110, 165), "dil": _i(2, 10), "gp": lambda c: f"G{c.rng.randint(1, 6)}P{c.rng.randint(0, 4)}",
    "ecog": _i(0, 3), "kps": _ch("60", "70", "80", "90"), "cea": _u(0.8, 88.0), "ca125": _i(8, 2100),
    "psa": _u(0.1, 48.0, 2), "afp": _u(1.0, 900.0), "ki67": _i(2, 90), "ef": _i(20, 68),
    "tnm": _ch("T2N1M0", "cT3N2aM0", "pT1cN0(sn)M0", "T4bN3M1a", "ypT0N0", "cT2N0M0", "pT3N1bM0", "T1aN0M0"),
    "stage": _ch("IIB", "IIIA", "IV", "IA2", "IIIC", "IB", "IVB"),
    "gene": _ch("BRCA1 c.68_69delAG (p.Glu23ValfsTer17)", "BRCA2 c.5946delT (p.Ser1982ArgfsTer22)", "TP53 c.743G>A (p.Arg248Gln)", "MLH1 c.350C>T", "PALB2 c.3113G>A (p.Trp1038Ter)", "CFTR c.1521_1523delCTT (F508del)", "KRAS c.35G>A (p.G12D)", "EGFR exon 19 deletion (p.E746_A750del)", "PIK3CA c.3140A>G (H1047R)", "ATM c.7271T>G", "CHEK2 c.1100delC", "MSH2 c.942+3A>T"),
    "gene2": _ch("SMN1 exon 7 homozygous deletion", "FMR1 CGG repeat 46 (intermediate)", "HBB c.20A>T (p.Glu7Val)", "GJB2 c.35delG", "DMD exon 45-50 deletion", "HTT CAG 42 repeats", "LDLR c.1775G>A"),
    "icd": _ch("F31.2", "F20.0", "F32.2", "F43.10", "F10.239", "O14.14", "O36.5930", "P07.32", "C50.412", "C34.11", "N18.6", "Z94.0", "S52.501A", "T74.21XA", "J45.40", "F90.2", "Q90.9", "Z15.01"),
    "icd2": _ch("E11.9", "I10", "Z79.4", "F41.1", "G40.909", "K21.9", "E78.5", "D63.1"),
    "nct": lambda c: f"NCT0{c.digits(7, lead='0123456789')}",
    "protocol": _ch("ONC-2291-301", "BX-7720-202", "RTX-114-003", "KLP-08-2021", "MK-3475-B15", "CA209-9ER", "LY-3009104-JAHZ", "GS-US-412-5624"),
    "site": lambda c: c.site,
    "arm": _ch("Arm A", "Arm B", "Cohort 2", "Part B"), "visitno": _i(2, 18), "week": _ch("12", "24", "36", "48", "52"),
    "ktv": _u(1.05, 1.85, 2), "urr": _i(58, 79), "uf": _u(0.4, 4.6), "qb": _ch("300", "350", "400", "450"),
    "qd": _ch("500", "600", "800"), "hep": _ch("1000", "1500", "2000", "2500", "3000"),
    "dialyzer": _ch("F180NR", "Optiflux 200NRe", "FX80", "Revaclear 400", "Polyflux 210H"),
    "access": _ch("L brachiocephalic AVF", "R IJ tunneled catheter", "L forearm AV graft", "R radiocephalic AVF"),
    "chair": _i(1, 24), "vp": _i(90, 240), "ap": lambda c: f"-{c.rng.randint(90, 260)}", "tmp": _i(40, 220),
    "drug_ap": _ch("olanzapine", "risperidone", "aripiprazole", "quetiapine", "haloperidol decanoate", "paliperidone palmitate", "clozapine"),
    "dose_ap": _ch("10 mg nightly", "2 mg BID", "15 mg daily", "300 mg qHS", "50 mg IM q4 weeks", "234 mg IM monthly"),
    "drug": _ch("metoprolol succinate 50 mg daily", "apixaban 5 mg BID", "levetiracetam 500 mg BID", "sertraline 100 mg daily", "tacrolimus 2 mg BID", "mycophenolate 720 mg BID", "prednisone 5 mg daily", "sevelamer 800 mg TID", "insulin glargine 18 units qHS", "oxycodone 5 mg q6h PRN"),
    "drug2": _ch("ondansetron 4 mg IV", "cefazolin 2 g IV", "oxytocin 30 units in 500 mL", "magnesium sulfate 4 g load", "betamethasone 12 mg IM x2", "ampicillin 2 g IV q6h", "lorazepam 1 mg PO", "ketorolac 15 mg IV"),
    "unit": _ch("4 West", "5 North", "7B", "Adult Inpatient Psychiatry, Unit 3", "Labor & Delivery", "NICU pod C", "MICU"),
    "room": lambda c: f"{c.rng.randint(2, 9)}{c.rng.randint(0, 3)}{c.rng.randint(1, 9)}{c.rng.choice(['', 'A', 'B'])}",
    "t1": lambda c: f"{c.rng.randint(6, 11):02d}:{c.rng.choice(['00', '05', '15', '30', '42', '50'])}",
    "t2": lambda c: f"{c.rng.randint(12, 17):02d}:{c.rng.choice(['00', '10', '20', '35', '45', '55'])}",
    "t3": lambda c: f"{c.rng.randint(18, 23):02d}:{c.rng.choice(['02', '15', '30', '48'])}",
    "yr": lambda c: str(c.rng.randint(1988, c.ref.year - 1)),
    "dur": _i(2, 21), "pain": _i(0, 10), "fim": _i(38, 118), "berg": _i(12, 56), "tug": _u(8.0, 34.0),
    "rom": _i(40, 135), "mmt": _ch("3/5", "3+/5", "4-/5", "4/5", "4+/5"), "sixmwt": _i(80, 520),
    "pra": _i(0, 98), "abo": _ch("O positive", "A positive", "B negative", "AB positive", "O negative"),
    "hla": _ch("A2, A24; B44, B51; DR7, DR15", "A1, A3; B8, B35; DR3, DR4", "A11, A33; B58, B62; DR9, DR12"),
    "cit": _i(4, 26), "kdpi": _i(8, 92), "meld": _i(9, 40), "tac": _u(3.1, 14.8),
    "impair": _i(3, 40), "rtw": _ch("modified duty, no lifting over 10 lb", "full duty", "off work until re-evaluation", "sedentary duty only"),
    "mg": _ch("5", "10", "20", "25", "50", "100"), "qty": _i(2, 12),
    # Chinese filler
    "wtkid": _u(16.0, 52.0), "htkid": _i(105, 165), "year": lambda c: str(c.ref.year),
    "abozh": _ch("O型 Rh阳性", "A型 Rh阳性", "B型 Rh阳性", "AB型 Rh阳性", "O型 Rh阴性"),
    "glumm": _u(3.9, 21.5), "crum": _i(48, 980), "scr": _i(380, 1120), "egfr": _i(6, 118),
    "zhdrug": _ch("碳酸锂缓释片0.3g 每日两次", "奥氮平片10mg 每晚一次", "阿立哌唑片15mg 每日一次", "氯氮平片25mg 每日三次", "丙戊酸钠缓释片0.5g 每日两次"),
    "zhdrug2": _ch("阿托伐他汀钙片20mg qn", "氯吡格雷75mg qd", "他克莫司胶囊1mg bid", "吗替麦考酚酯0.75g bid", "琥珀酸美托洛尔缓释片47.5mg qd", "达格列净10mg qd"),
    "zhchem": _ch("培美曲塞+卡铂+帕博利珠单抗", "紫杉醇+顺铂", "AC-T方案", "FOLFOX方案", "吉西他滨+奈达铂"),
    "zhward": _ch("精神科二病区", "产科一病区", "NICU", "肾内科", "康复医学科三病区", "老年医学科"),
    "grade": _ch("1", "2", "3"),
}  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Value resolution
# ---------------------------------------------------------------------------------------------
def _resolve(ctx: _Ctx, entity: str, form: str) -> str:
    persons = _person_handlers(ctx.lang)
    if form in persons:
        return persons[form](ctx, entity)
    handlers = _handlers()
    if form in handlers:
        return handlers[form](ctx, entity)
    if form in _PHONE_FORMATS:
        return _fmt_phone(ctx, ctx.phone(entity), form)
    if form in _STANDALONE_PHONES:
        return _standalone_phone(ctx, form)
    if form == "dob" or (form.startswith("dob") and form[3:] in _DATE_FORMATS):
        return _fmt_date(ctx.person(entity).dob, form[3:] or "iso", ctx.rng)
    if form in _DATE_FORMATS:
        return _fmt_date(ctx.date(entity), form, ctx.rng)
    if form.endswith("lc"):
        return _resolve(ctx, entity, form[:-2]).lower()
    if form.endswith("uc"):
        return _resolve(ctx, entity, form[:-2]).upper()
    if form.endswith("ocr"):
        return _ocr(_resolve(ctx, entity, form[:-3]), ctx.rng, _EN_LOOKALIKE if ctx.lang == "en" else _ZH_LOOKALIKE)
    raise KeyError(f"no form {form!r}")


class _Values(dict[str, str]):
    """Values made on first use, so one key prefix names one invented person per note."""

    def __init__(self, ctx: _Ctx) -> None:
        super().__init__()
        self.ctx = ctx

    def __missing__(self, key: str) -> str:
        if key in _FILLERS:
            value = _FILLERS[key](self.ctx)
        else:
            entity, _, form = key.rpartition("_")
            value = _resolve(self.ctx, entity, form).strip()
        self[key] = value
        return value


# ---------------------------------------------------------------------------------------------
# The patient
# ---------------------------------------------------------------------------------------------
_FEMALE_TEMPLATES: Final = ("tumorboard", "portal", "dictation_op")


def _persona(ctx: _Ctx) -> tuple[KnownIdentifier, ...]:
    rng = ctx.rng
    name = ctx.template_name
    female: bool | None = None
    if "_ob" in name or "neo" in name:
        age, female = rng.randint(18, 44), True
    elif "forensic_sa" in name or "xingqin" in name:
        age, female = rng.randint(16, 45), True
    elif "psych_forensic" in name:
        age = rng.randint(18, 70)
    elif any(k in name for k in _FEMALE_TEMPLATES):
        age, female = rng.randint(24, 96), True
    elif "peds" in name:
        age = rng.randint(5, 15)
    elif "donor" in name:
        age = rng.randint(18, 66)
    elif "geri" in name:
        age = rng.randint(90, 106)
    else:
        age = rng.randint(90, 104) if rng.random() < 0.2 else rng.randint(19, 89)
    if female is None:
        female = rng.random() < 0.5
    if ctx.lang == "en":
        culture = _pick_culture(rng, "pt")
        first, last, middle = _en_name(ctx, culture, female)
        nick = _NICKNAMES.get(first, first.split(" ")[-1].split("-")[-1])
        pt = _Person(
            female, age, ctx.birth_for(age), first, last, middle, nick, f"{first} {last}", f"{first} {last}", culture
        )
    elif "trad" in name:
        pt = _zh_trad(ctx, female, age)
    else:
        pt = _zh_person(ctx, "pt", female, age)
        pt.female = female
    ctx.persons["pt"] = pt
    ctx.places["pt"] = _new_place(ctx)
    if age < 16:  # a child's record carries a parent's phone and e-mail
        ctx.phones["pt"] = ctx.phone("kmom")
        ctx.strings[("pt", "email")] = ctx.cached("kmom", "email", lambda: _email(ctx, "kmom"))
    values = _Values(ctx)
    national = values["pt_ssn"] if ctx.lang == "en" else values["pt_rid"]
    known = [
        KnownIdentifier("PERSON", pt.full),
        KnownIdentifier("PERSON", pt.first),
        KnownIdentifier("PERSON", pt.last),
        KnownIdentifier("ID", values["pt_mrn"]),
        KnownIdentifier("ID", national),
        KnownIdentifier("PHONE", values["pt_phone"]),
        KnownIdentifier("ADDRESS", values["pt_street"]),
        KnownIdentifier("LOCATION", values["pt_city"]),
        KnownIdentifier("DATE", pt.dob.isoformat()),
        KnownIdentifier("EMAIL", values["pt_email"]),
    ]
    return tuple(known)


def generate_blind7(language: str, count: int = 500) -> list[SynthNote]:
    """``count`` notes for ``language`` ("en" or "zh"); the same arguments always give the same notes."""
    if language not in ("en", "zh"):
        raise ValueError(f"unsupported language {language!r}; expected 'en' or 'zh'")
    templates = EN_BLIND7_TEMPLATES if language == "en" else ZH_BLIND7_TEMPLATES
    names = sorted(templates)
    rng = random.Random(f"{BLIND7_SEED}-{language}")
    for index, fake in enumerate(_fakers().values()):
        fake.seed_instance(BLIND7_SEED + 7919 * index + (0 if language == "en" else 104729))
    notes: list[SynthNote] = []
    for i in range(count):
        name = names[i % len(names)]
        ctx = _Ctx(language, rng, name)
        known = _persona(ctx)
        values = _Values(ctx)
        text, spans = render(templates[name], values, age_of=blind7_age_of)
        notes.append(SynthNote(f"blind7-{language}-{i + 1:04d}", _SPLIT, language, name, text, spans, known))
    return notes


# ---------------------------------------------------------------------------------------------
# English templates
# ---------------------------------------------------------------------------------------------
EN_BLIND7_TEMPLATES: dict[str, str] = {
    "en_psych_collateral": """INPATIENT PSYCHIATRY - ADMISSION NOTE WITH COLLATERAL
Patient: <<PERSON:pt_lf>>    MRN: <<ID:pt_mrn>>    DOB: <<DATE:pt_dobus>>
Admitted <<DATE:r1_us>> at {t3} from <<ORG:h1_hosp>> ED. Unit: {unit}, room {room}.

ID: <<PERSON:pt_first>> is a <<AGE:pt_age>> y/o {pt_sexw}, domiciled with {pt_his} sister in <<LOCATION:pt_city>>, brought in by EMS after neighbours called about shouting. Working dx bipolar I disorder, current episode manic, severe, with psychotic features ({icd}).

COLLATERAL (patient gave verbal consent; each call documented separately in the flowsheet):
1. Mother, <<PERSON:kmom_full>>, reached at <<PHONE:kmom_phone>>. Reports <<PERSON:pt_nick>> stopped {drug_ap} about six weeks ago "because the pills were listening". Maternal uncle <<PERSON:kuncle_first>> had two admissions to <<ORG:h2_hosp>> in the 1990s.
2. Sister <<PERSON:ksis_first>> (cell <<PHONE:ksis_phonedot>>), lives with the patient at <<ADDRESS:pt_street>>. Last normal sleep around <<DATE:d2_mdlong>>. Has hidden the car keys.
3. Roommate from college, <<PERSON:fr1_full>> (<<PHONE:fr1_phone2>>), received 40+ texts overnight on <<DATE:r2_usshort>> about "the plan".
4. Ex-partner <<PERSON:qx1_full>> declined to give more than a brief statement; asked that {pt_he} not be given the number <<PHONE:qx1_phone>>.
5. Coworker and friend <<PERSON:fr2_nickfull>> at <<ORG:e1_employer>> says {pt_he} gave away {pt_his} paycheck to strangers.
6. Outpatient psychiatrist Dr. <<PERSON:dr1_last>> (<<ORG:a1_agency>>), office <<PHONE:dr1_usext>>, last saw {pt_him} <<DATE:d3_us>>; lithium level then {li} mmol/L.
7. Case manager <<PERSON:cw1_full>>, LCSW, e-mail <<EMAIL:cw1_wemail>>, will attend the team meeting.

Scores: YMRS {ymrs}, BPRS {bprs}, PHQ-9 {phq}. TSH {tsh}. BP {bp}, HR {hr}. Bare year of first episode: {yr}.
Plan: restart {drug_ap} {dose_ap}; family meeting with <<PERSON:kmom_first>> and <<PERSON:ksis_first>> on <<DATE:f1_mdlong>>.
<<PERSON:dr2_full>>, MD (PGY-3) / attending <<PERSON:dr3_init>>, DO""",
    "en_psych_hold": """EMERGENCY PETITION / 72-HOUR HOLD - PSYCHIATRIC EMERGENCY SERVICES
Respondent: <<PERSON:pt_fullup>>   DOB <<DATE:pt_dob>>   SSN <<ID:pt_ssn>>   MRN <<ID:pt_mrn>>
Address of record: <<ADDRESS:pt_addr>>   Phone: <<PHONE:pt_phone>>
Petitioner: Officer <<PERSON:off1_full>>, Badge #<<ID:off1_badge>>, <<ORG:p1_police>> (incident no. <<ID:inc1_case>>)

Narrative: On <<DATE:r1_long>> at approx. {t2}, respondent was found on the overpass above I-{qty}0 near <<LOCATION:x1_city>> stating {pt_he} "had to go home to <<PERSON:kdau_first>>". Respondent is <<AGE:pt_age>> years of age. Daughter <<PERSON:kdau_full>> (<<PHONE:kdau_phone>>) and son-in-law <<PERSON:sonil_full>> confirm two prior attempts ({yr}, and again last spring). Neighbour <<PERSON:qn1_full>> of <<ADDRESS:qn1_street>> supplied the history of wandering.

Court: <<ORG:c1_court>>, Docket No. <<ID:dk_docket>>, hearing set for <<DATE:f1_us>> before Judge <<PERSON:judge_last>>. Public defender <<PERSON:pd1_full>>, Esq., <<PHONE:pd1_usph>>, <<EMAIL:pd1_wemail>>. Independent examiner: Dr. <<PERSON:ex1_mid>>.
Guardian ad litem: <<PERSON:gal_lf>> (appointed <<DATE:d2_usshort>>).
Criteria met: danger to self (C-SSRS high risk). CIWA {ciwa}, BAL negative, UDS positive for cannabinoids. Medicare ID <<ID:pt_member>>.
Evaluating clinician: <<PERSON:dr1_full>>, MD, pager <<PHONE:dr1_pager>>. Witness: <<PERSON:rn1_full>>, RN.""",
    "en_psych_group": """GROUP PSYCHOTHERAPY NOTE - DBT SKILLS (closed group, session {visitno} of 12)
Date: <<DATE:d0_dmy>>   Facilitators: <<PERSON:fac1_full>>, LCSW and <<PERSON:fac2_full>>, PsyD
Identified patient: <<PERSON:pt_lfm>> (MRN <<ID:pt_mrn>>)

Members present (first names only, per group agreement): <<PERSON:m1_first>>, <<PERSON:m2_first>>, <<PERSON:qm3_first>>, <<PERSON:m4_first>>, <<PERSON:qm5_first>> and the patient. Absent: <<PERSON:m6_first>> (called out sick), <<PERSON:qm7_first>>.
Topic: distress tolerance (TIPP, self-soothe). The patient described an argument with {pt_his} partner <<PERSON:kspouse_first>> over the weekend and used paced breathing for {dur} minutes. <<PERSON:m2_first>> offered feedback; <<PERSON:qm3_first>> disclosed a relapse and was referred to the on-call clinician after group.
The patient mentioned that {pt_his} brother <<PERSON:kbro_nickfull>> posts about the family at <<URL:kbro_social>>, which is a trigger.
Diary card: urges to self-harm 2/5, acted 0. PHQ-9 {phq}, GAD-7 {gad}. Safety plan reviewed; crisis line numbers confirmed, and the patient's own number <<PHONE:pt_phone>> updated in the chart.
Next session <<DATE:f1_mdshort>>. <<PERSON:fac1_init>> / <<PERSON:fac2_lfi>>""",
    "en_ob_delivery": """DELIVERY SUMMARY - LABOR & DELIVERY
Mother: <<PERSON:pt_full>>   MRN <<ID:pt_mrn>>   DOB <<DATE:pt_dobus>>   {gp}, GA {gaw}w{gad_d}d, {abo}, GBS negative
Delivery date/time: <<DATE:rb_us>> {t2}   Mode: NSVD over intact perineum   EBL {ebl} mL

Present: CNM <<PERSON:mw1_full>>; doula <<PERSON:doula1_full>> (private, <<PHONE:doula1_phone>>); father of baby <<PERSON:fob_full>>; maternal grandmother <<PERSON:kgm_first>>; RN <<PERSON:rn1_lfi>>; peds resident Dr. <<PERSON:dr1_last>> for meconium.
Infant: Baby Girl <<PERSON:pt_last>>, MRN <<ID:kbaby_mrn>> (linked to mother's chart), weight {bwg} g, Apgars {apgar1} and {apgar5}. Cord gases sent. Name chosen by parents: <<PERSON:kbaby_fml>> (spelling confirmed with mother).
Meds: {drug2}; Rh status noted. Placenta to pathology, specimen <<ID:plac_spec>>.
Contact for discharge planning: FOB <<PERSON:fob_first>>, <<PHONE:fob_phone2>>; home address confirmed as <<ADDRESS:pt_street>>, <<LOCATION:pt_city>>.
Pediatrician of record: <<PERSON:ped1_full>>, MD, <<ORG:cl1_hosp>>, fax <<PHONE:cl1_fax>>.
Birth certificate worksheet handed to <<PERSON:reg1_full>> (registrar). Mother's e-mail for the portal: <<EMAIL:pt_email>>.""",
    "en_neo_twins": """NICU ADMISSION - TWIN GESTATION
Twin A: Baby Boy <<PERSON:pt_lastup>> "A", MRN <<ID:kbaby_mrn>>   Twin B: Baby Boy <<PERSON:pt_lastup>> "B", MRN <<ID:ktwin_mrn>>
Born <<DATE:rb_mdlong>> at {t1} at <<ORG:h1_hosp>>; transferred to our Level III NICU on <<DATE:r2_us>>.
Maternal: <<PERSON:pt_lf>>, <<AGE:pt_age>> y/o {gp}, MRN <<ID:pt_mrn>>, ph <<PHONE:pt_phone>>. Prenatal care with <<PERSON:ob1_full>>, MD. Betamethasone x2 complete. MCDA twins, GA {gaw} weeks.
Father: <<PERSON:kdad_full>> (<<PHONE:kdad_phone>>); lives at same address. Paternal grandparents <<PERSON:kgp_first>> and <<PERSON:kgm_full>> visiting from <<LOCATION:gp_town>>.

Twin B: BW {bwg} g, Apgars {apgar1}/{apgar5}, CPAP +6, FiO2 30%. Surfactant given x1. UVC/UAC placed by <<PERSON:np1_full>>, NNP.
Social: MSW <<PERSON:sw1_full>> met with parents; WIC referral; Medicaid <<ID:kbaby_medicaid>> pending for both infants.
Lactation consultant <<PERSON:lc1_first>> following; donor milk consent signed by <<PERSON:pt_first>> on <<DATE:r1_usshort>>.
Attending neonatologist: <<PERSON:dr1_fml>>, MD. Note cosigned <<DATE:d0_iso>>.""",
    "en_peds_wellchild": """WELL-CHILD VISIT - PEDIATRIC PRIMARY CARE
Patient: <<PERSON:pt_full>> (goes by "<<PERSON:pt_nick>>")   DOB <<DATE:pt_dob>>   MRN <<ID:pt_mrn>>   Age <<AGE:pt_age>> y
Accompanied by: mother <<PERSON:kmom_full>> and younger sibling <<PERSON:ksib1_first>>; father <<PERSON:kdad_first>> joined by phone (<<PHONE:kdad_phone>>).
Guardian contact on file: <<PHONE:kmom_phone>>, <<EMAIL:kmom_email>>.

School: <<ORG:s1_school>>, teacher {t1_mr} <<PERSON:t1_last>> reports difficulty sustaining attention; Vanderbilt forms from {t1_mr} <<PERSON:t1_last>> and from the after-school coach <<PERSON:qco_full>> reviewed (inattentive subscale 7/9).
Sibling <<PERSON:ksib1_first>> attends <<ORG:dc1_daycare>>; the daycare director <<PERSON:dc1_full>> (<<PHONE:dc1_phone>>) reported a hand-foot-mouth outbreak on <<DATE:d1_mdlong>>.
Growth: wt {wtkid} kg, ht {htkid} cm. Vision 20/20, hearing pass. Vaccines today: DTaP-IPV, MMRV. Lead <3.5 mcg/dL.
Assessment: ADHD, predominantly inattentive ({icd}). Plan: behavioural therapy with <<PERSON:th1_full>>, PhD at <<ORG:cmhc_agency>>; recheck <<DATE:f1_us>>.
Home: <<ADDRESS:pt_addr>>. Grandmother <<PERSON:kgm_nickfull>> provides after-school care.
<<PERSON:dr1_full>>, MD, FAAP""",
    "en_peds_school_letter": """<<ORG:cl1_hosp>> - Division of Pediatric Pulmonology
<<DATE:d0_long>>

To: School Nurse <<PERSON:sn1_full>>, RN, <<ORG:s1_school>>
cc: Principal {pr1_mr} <<PERSON:pr1_last>>; homeroom teacher <<PERSON:qt1_full>>

Re: <<PERSON:pt_full>>, DOB <<DATE:pt_dobus>>

To whom it may concern,
<<PERSON:pt_first>> is a <<AGE:pt_agew>>-year-old with moderate persistent asthma ({icd}) followed in our clinic for {dur} months. Please allow {pt_him} to carry albuterol HFA 90 mcg, 2 puffs q4h PRN, and a spacer at all times, including PE and the field trip to <<LOCATION:ft_town>> on <<DATE:f1_mdlong>>.
Emergency contacts: <<PERSON:kmom_full>> (mother) <<PHONE:kmom_phone2>>; <<PERSON:kgp_full>> (grandfather) <<PHONE:kgp_phone>>. Do not release to <<PERSON:x1_full>> (see custody order, case <<ID:cust_case>>).
Peak flow personal best {sixmwt} L/min. Please call our asthma educator <<PERSON:ae1_first>> at <<PHONE:ae1_usext>> with questions.

Sincerely,
<<PERSON:dr1_full>>, MD
<<EMAIL:dr1_wemail>>""",
    "en_onc_tumorboard": """MULTIDISCIPLINARY BREAST TUMOR BOARD - MINUTES
Meeting date: <<DATE:d0_long>>, {t1}, Conference Room 3 / virtual (<<URL:tb_tele>>)
Chair: <<PERSON:ch1_full>>, MD (Surgical Oncology)
Attendees: <<PERSON:a1_full>>, MD (Medical Oncology); <<PERSON:a2_fml>>, MD, PhD (Radiation Oncology); <<PERSON:a3_lf>>, DO (Diagnostic Radiology); <<PERSON:qa4_full>>, MD (Pathology); <<PERSON:a5_init>>, MS, CGC (Genetic Counseling); <<PERSON:a6_full>>, RN, OCN (Nurse Navigator); <<PERSON:a7_full>>, PharmD; <<PERSON:a8_flup>>, MSW; <<PERSON:qa9_full>>, NP (Survivorship); fellows <<PERSON:f1_first>> and <<PERSON:f2_first>>; research coordinator <<PERSON:rc1_full>> (<<EMAIL:rc1_wemail>>).
Apologies: <<PERSON:a10_lfi>>, <<PERSON:qa11_full>>.

Case 1 - <<PERSON:pt_lfup>>, MRN <<ID:pt_mrn>>, <<AGE:pt_age>> F (presented by Dr. <<PERSON:f1_last>>)
Left breast IDC, grade 3, ER 90% / PR 20% / HER2 1+ (IHC), Ki-67 {ki67}%. {tnm}, clinical stage {stage}. Germline: {gene}. Pathology accession <<ID:pt_acc>>, reviewed by Dr. <<PERSON:qa4_last>>.
Discussion: neoadjuvant dose-dense AC-T vs. trial {protocol} ({nct}); <<PERSON:rc1_first>> to check eligibility. Patient's sister <<PERSON:ksis_full>> is also a carrier and is followed at <<ORG:h2_hosp>>.
Recommendation: neoadjuvant chemotherapy then lumpectomy + SLNB. Navigator to call the patient at <<PHONE:pt_phone>> and her husband <<PERSON:khusb_first>> at <<PHONE:khusb_phone>>.

Case 2 - <<PERSON:o2lady_full>> (MRN <<ID:o2lady_mrn>>), 58 F, presented by <<PERSON:a1_last>>: pT1cN0(sn)M0, Oncotype RS 14; endocrine therapy alone. Referring: Dr. <<PERSON:ref2_full>>, <<ORG:h3_hosp>>.
Case 3 - <<PERSON:o3lady_lf>> (MRN <<ID:o3lady_mrn>>), 71 F: CA 15-3 rising to {cea}; PET <<DATE:d4_usshort>> shows new hepatic lesions; refer to phase I clinic.
Minutes recorded by <<PERSON:sec1_full>>; distributed <<DATE:f1_us>>.""",
    "en_onc_mdt_uk": """UPPER GI CANCER MDT OUTCOME - <<ORG:h1_hosp>> NHS Foundation Trust
MDT date: <<DATE:d0_uk>>
Patient: <<PERSON:pt_lupf>> | NHS No: <<ID:pt_nhs>> | Hosp No: <<ID:pt_mrn>> | DOB: <<DATE:pt_dobuk>>
GP: Dr <<PERSON:gp1_init>>, <<ORG:gp1_center>>, tel <<PHONE:gp1_ukland>>
Present: Mr <<PERSON:s1_full>> (Consultant UGI Surgeon, chair); Dr <<PERSON:o1_full>> (Clinical Oncologist); Dr <<PERSON:r1_full>> (Radiologist); Dr <<PERSON:qp1_full>> (Histopathologist); Sister <<PERSON:cns1_full>> (CNS); <<PERSON:d1_full>> (Dietitian); <<PERSON:mdt1_full>> (MDT Coordinator, ext 4471).

Clinical summary: <<AGE:pt_age>>-year-old with dysphagia; OGD <<DATE:d2_dmy>>: ulcerating lesion 32-36 cm. Histology (lab no. <<ID:pt_spec>>): adenocarcinoma, HER2 negative, PD-L1 CPS 6. CT {tnm}. PS {ecog}.
Outcome: for FLOT x4 then re-stage. CNS <<PERSON:cns1_first>> to phone the patient on <<PHONE:pt_phone>> or daughter <<PERSON:kdau_full>> on <<PHONE:kdau_ukmob>>.
Patient lives alone at <<ADDRESS:pt_street>>, <<LOCATION:pt_city>>; neighbour <<PERSON:qn1_first>> holds a key.
Copy to: Dr <<PERSON:gp1_last>>; patient.""",
    "en_tx_donor": """ORGAN OFFER / DONOR COORDINATION NOTE - KIDNEY TRANSPLANT
Recipient: <<PERSON:pt_full>>   MRN <<ID:pt_mrn>>   DOB <<DATE:pt_dobus>>   Waitlist ID <<ID:pt_waitlist>>   ABO {abo}, cPRA {pra}%
Offer received <<DATE:r1_us>> {t3} from <<ORG:o1_opo>>, coordinator <<PERSON:oc1_full>> (<<PHONE:oc1_phone>>, <<EMAIL:oc1_wemail>>).
UNOS Donor ID <<ID:d1_unos>> | OPO donor no. <<ID:d1_donor>> | DCD, 46 y/o, KDPI {kdpi}%, terminal Cr {cr}, CIT so far {cit} h. HLA {hla}.
Crossmatch: virtual negative; flow XM sent to histocompatibility lab, sample <<ID:xm_spec>>.

Recipient reached at <<PHONE:pt_phone>> at {t3}; spouse <<PERSON:kspouse_full>> will drive {pt_him} from <<LOCATION:pt_city>>. Backup recipient <<PERSON:b1_full>> (MRN <<ID:b1_mrn>>) notified; second backup <<PERSON:qb2_lf>>.
Living-donor workup of brother <<PERSON:kbro_full>> (DOB <<DATE:kbro_dobus>>) on hold.
On-call surgeon Dr. <<PERSON:su1_last>> accepted at {t3}; nephrologist <<PERSON:ne1_full>>, MD, aware. Induction: thymoglobulin; maintenance {drug}, tacrolimus trough goal 8-10 (last {tac}).
Transplant coordinator: <<PERSON:tc1_full>>, RN, CCTC, pager <<PHONE:tc1_pager>>.""",
    "en_dialysis_runsheet": """HEMODIALYSIS RUN SHEET | <<ORG:u1_center>> | Chair {chair}
| Patient      | <<PERSON:pt_lfup>>        | MRN        | <<ID:pt_mrn>>      |
| DOB          | <<DATE:pt_dobus>>         | Dialysis # | <<ID:pt_acct>>     |
| Nephrologist | Dr. <<PERSON:ne1_full>>   | Primary RN | <<PERSON:rn1_full>>, RN |
| Emergency    | <<PERSON:kspouse_full>> <<PHONE:kspouse_phone>> | Transport | <<ORG:tr1_employer>> <<PHONE:tr1_usdash>> |
Run date <<DATE:d0_us>> | Access {access} | Dialyzer {dialyzer} | Qb {qb} | Qd {qd} | UF goal {uf} L | Heparin {hep} u
| Time | BP    | HR   | Qb   | VP   | AP   | TMP   | Sig               |
| {t1} | {bp}  | {hr} | {qb} | {vp} | {ap} | {tmp} | <<PERSON:rn1_last>> |
| {t2} | 104/58 | 92  | {qb} | {vp} | {ap} | {tmp} | <<PERSON:pct1_full>>, PCT |
| {t3} | 118/66 | 84  | 300  | 180  | -210 | 140   | <<PERSON:rn1_last>> |
Pre wt {wt} kg, post wt 2.1 kg lower. Kt/V {ktv}, URR {urr}%. K {k}, Hb {hb}. Epoetin per protocol.
Events: cramping at {t2}, saline 200 mL given. Patient's son <<PERSON:kson_first>> called from <<PHONE:kson_phone>> asking about the schedule change to <<DATE:f1_mdlong>>.
Charge RN: <<PERSON:ch1_lf>>.  Reviewed: <<PERSON:ne1_init>>, MD.""",
    "en_rehab_physio": """INPATIENT REHABILITATION - PHYSICAL THERAPY PROGRESS NOTE
Patient: <<PERSON:pt_mid>>   MRN: <<ID:pt_mrn>>   Admit: <<DATE:r1_usshort>>   Dx: L MCA stroke with R hemiparesis
Treating PT: <<PERSON:pt1_full>>, PT, DPT   OT: <<PERSON:ot1_full>>, OTR/L   SLP: <<PERSON:qslp_full>>, CCC-SLP

S: Pt reports R shoulder pain {pain}/10. {pt_hecap} is motivated to return home to <<ADDRESS:pt_addr>> with {pt_his} partner <<PERSON:kspouse_nick>>.
O: Berg {berg}/56, TUG {tug} s with hemi-walker, 6MWT {sixmwt} m. R hip flexion {mmt}, knee ext {mmt}. FIM motor {fim}.
Family training: <<PERSON:kspouse_full>> and daughter-in-law <<PERSON:dauil_full>> attended on <<DATE:r2_mdlong>>; both safe with car transfers.
Home evaluation completed with <<PERSON:ot1_first>>: 3 steps to enter, no rail. DME: tub bench ordered through <<ORG:dme_employer>> (<<PHONE:dme_usph>>).
A: Progressing toward goals. Est. discharge <<DATE:f1_us>>. Outpatient PT referral to <<ORG:op_center>>, attention <<PERSON:op1_full>>, fax <<PHONE:op1_fax>>.
Patient's age documented as <<AGE:pt_age>>.
Electronically signed <<PERSON:pt1_lfi>> <<DATE:d0_mdydash>> {t2}""",
    "en_occ_wc": """OCCUPATIONAL HEALTH - WORKERS' COMPENSATION INITIAL EVALUATION
Employee: <<PERSON:pt_lf>>   Employee/badge no. <<ID:pt_emp>>   DOB <<DATE:pt_dob>>   SSN on claim form <<ID:pt_ssnplain>>
Employer: <<ORG:e1_employer>>, <<ADDRESS:e1_addr>>   Supervisor: <<PERSON:sup1_full>> (<<PHONE:sup1_phoneext>>)
Carrier: <<ORG:i1_insurer>>   Claim # <<ID:c1_claim>>   Adjuster <<PERSON:adj1_full>>, <<EMAIL:adj1_wemail>>, <<PHONE:adj1_usdot>>
Date of injury: <<DATE:r1_us>>   Date of exam: <<DATE:d0_us>>

History: <<PERSON:pt_first>> was lifting a 70-lb carton from pallet {qty} when {pt_he} felt a pop in the low back. Witnessed by coworker <<PERSON:cw1_full>> (badge <<ID:cw1_badge>>) and lead <<PERSON:qld_full>>. First aid by plant EMT <<PERSON:emt1_first>>.
Prior claim {yr} (R wrist), closed. Also works weekends at <<ORG:e2_employer>>.
Exam: lumbar flexion limited to {rom} degrees, SLR negative bilaterally, strength {mmt} EHL. No saddle anesthesia.
Dx: lumbar strain (S39.012A). Work status: {rtw} until <<DATE:f1_mdlong>>. Whole-person impairment not yet rated.
Forms faxed to HR (<<PERSON:hr1_full>>) at <<PHONE:hr1_fax>>; copy mailed to <<ADDRESS:pt_street>>, <<LOCATION:pt_city>>. Employee cell <<PHONE:pt_phone>>.
Examining provider: <<PERSON:dr1_full>>, MD, MPH""",
    "en_forensic_sa": """SEXUAL ASSAULT NURSE EXAMINER (SANE) REPORT - CONFIDENTIAL
Patient: <<PERSON:pt_full>>   MRN <<ID:pt_mrn>>   DOB <<DATE:pt_dobus>>   Exam date <<DATE:d0_us>>, {t3}
Evidence kit no. <<ID:k1_kit>>   Law-enforcement case no. <<ID:lc1_case>>   Chain-of-custody seal <<ID:s1_evid>>
Agency: <<ORG:p1_police>>. Responding officer: Officer <<PERSON:off1_lf>>, badge <<ID:off1_badge>>; detective <<PERSON:det1_full>>, badge <<ID:det1_badge>>, desk <<PHONE:det1_phoneext>>.
Advocate present: <<PERSON:adv1_full>> of <<ORG:adv1_agency>> (hotline 24/7).

History (patient's words): "I was at <<PERSON:x1_nick>>'s apartment on <<ADDRESS:x1_street>> after the party. <<PERSON:x2_first>> drove me. The man said his name was <<PERSON:x3boy_first>>." Suspect vehicle plate reported as <<ID:veh_plate>>.
Assault occurred approx. <<DATE:r1_mdlong>>, 01:30. Patient has not bathed. LMP 2 weeks ago.
Exam: see body map; TEARS classification documented. Photographs x{qty} by <<PERSON:sane1_first>>.
Specimens: oral, vaginal, perianal swabs; blood (tox) item <<ID:s2_evid>>; underwear item <<ID:s3_evid>>.
Prophylaxis: ceftriaxone 500 mg IM, doxycycline 100 mg BID x7d, emergency contraception. HIV nPEP started.
Kit released to Officer <<PERSON:off1_last>> at {t3}; received by property clerk <<PERSON:pc1_full>>.
Follow-up at <<ORG:h2_hosp>> clinic <<DATE:f1_usshort>>. Safe phone: <<PHONE:pt_phone2>>.
SANE: <<PERSON:sane1_full>>, RN, SANE-A""",
    "en_trial_visit": """CLINICAL TRIAL VISIT NOTE - Protocol {protocol} ({nct}), {arm}
Sponsor: <<ORG:sp1_sponsor>>   Site {site}   PI: <<PERSON:pi1_full>>, MD   Sub-I: <<PERSON:si1_full>>, MD
Subject ID: <<ID:pt_subj>>   Screening no. <<ID:pt_screen>>   Randomization no. <<ID:pt_rand>>
Subject initials per sponsor convention are not recorded here. Visit {visitno} (Week {week}), <<DATE:d0_dmyh>>.

Participant <<PERSON:pt_full>> (MRN <<ID:pt_mrn>>) attended with {pt_his} partner <<PERSON:kspouse_first>>. AEs since last visit (<<DATE:r3_dmyh>>): grade 1 fatigue, grade 2 rash (CTCAE v5), attributed as possibly related. ECOG {ecog}. Labs: Hb {hb}, ANC ok, Cr {cr}, ALT normal.
IP accountability: 2 bottles returned, compliance 94%. Next dispense Week {week}+4.
SAE follow-up: hospitalization at <<ORG:h2_hosp>> from <<DATE:r2_usshort>> reported to the sponsor within 24 h.
Sponsor contacts: CRA <<PERSON:cra1_full>> (<<EMAIL:cra1_wemail>>, <<PHONE:cra1_phoneintl>>); medical monitor Dr. <<PERSON:mm1_lf>>, <<PHONE:mm1_ukmob>>.
Subject <<ID:o1_subj>> (other participant, same cohort) rescheduled; do not confuse with <<ID:pt_subj>>.
Coordinator: <<PERSON:crc1_full>>, CCRP. Participant contact confirmed: <<PHONE:pt_phone>>, <<EMAIL:pt_email>>.""",
    "en_genetics_report": """<<ORG:l1_lab>> | CLIA-certified | Hereditary Cancer Panel (84 genes)
PATIENT: <<PERSON:pt_lfup>>   DOB: <<DATE:pt_dobus>>   Sex: {pt_sex}   MRN: <<ID:pt_mrn>>
Accession: <<ID:a1_acc>>   Specimen ID: <<ID:a1_spec>> (blood, EDTA)   Collected: <<DATE:r1_us>>   Reported: <<DATE:d0_us>>
Ordering provider: <<PERSON:op1_full>>, MD, <<ORG:op1_hosp>>   Genetic counselor: <<PERSON:gc1_full>>, MS, CGC (<<PHONE:gc1_phone>>)

RESULT: POSITIVE - one pathogenic variant identified: {gene}, heterozygous.
Variants of uncertain significance: {gene2} (reported for completeness; not for clinical management).
Family history provided: mother <<PERSON:kmom_full>> (ovarian cancer, dx age 52, deceased); maternal aunt <<PERSON:kaunt_first>> (breast, 44); maternal grandmother <<PERSON:kgm_full>> (age <<AGE:kgm_age>>, living); paternal cousin <<PERSON:cz1_full>> tested at another lab (report no. <<ID:cz1_acc>>).
Cascade testing: at-risk relatives <<PERSON:ksis_full>> and <<PERSON:kbro_full>> may use the family-member code.
Interpretation reviewed and signed by <<PERSON:ld1_full>>, PhD, FACMG, Laboratory Director, on <<DATE:d0_long>>.
Results portal for the patient: <<URL:pt_portal>>""",
    "en_dictation_raw": """[VOICE RECOGNITION DRAFT - NOT PROOFREAD]
this is doctor <<PERSON:dr1_lastlc>> dictating on patient <<PERSON:pt_lastfirstlc>> last name spelled <<PERSON:pt_spell>> first name <<PERSON:pt_spellf>> medical record number <<ID:pt_mrnw>> date of birth <<DATE:pt_dobspoken>> period date of service <<DATE:d0_spoken>> period new paragraph
history of present illness colon the patient is a <<AGE:pt_agew>> year old {pt_sexw} who comes in today with {pt_his} daughter <<PERSON:kdau_firstlc>> for follow up of atrial fibrillation comma currently on {drug} period the daughter can be reached at <<PHONE:kdau_phonew>> period new paragraph
she states that doctor <<PERSON:dr2_fulllc>> over at <<ORG:h2_hosplc>> changed the dose on <<DATE:r1_spokenmd>> period blood pressure {bp} comma heart rate {hr} irregularly irregular period echo showed ejection fraction {ef} percent period new paragraph
assessment and plan colon number one comma persistent atrial fibrillation comma continue anticoagulation period number two comma fall risk comma physical therapy referral to <<PERSON:pt1_fulllc>> period
please send a copy to the primary care doctor <<PERSON:pcp_lastlc>> at fax <<PHONE:pcp_usw>> period
end of dictation period job number {qty}{chair}{urr} period transcribed by <<PERSON:tx1_init>> on <<DATE:d0_us>>""",
    "en_dictation_op": """DICTATED BUT NOT READ. Dictated by: <<PERSON:dr1_full>>, MD. Job ID {chair}{urr}{qty}.
operative note for <<PERSON:pt_fulllc>> comma m r n <<ID:pt_mrn>> period surgeon doctor <<PERSON:dr1_lastlc>> period assistant <<PERSON:as1_fulllc>> p a dash c period anesthesia doctor <<PERSON:an1_lastlc>> comma general endotracheal period
preoperative diagnosis colon right distal radius fracture period procedure colon open reduction internal fixation with volar locking plate comma implant lot is in the chart comma plate serial <<ID:im1_serial>> period
the patient's husband, ah, <<PERSON:kspouse_lastfirst>>, sorry, the patient's partner <<PERSON:kspouse_full>>, was updated in the waiting room at {t2} period he asked that we call him at <<PHONE:kspouse_phonew>> when she is in recovery period
estimated blood loss {ebl} milliliters period specimens none period
the patient will follow up with doctor <<PERSON:dr1_lastlc>> in clinic on <<DATE:f1_spokenmd>> period next paragraph scratch that go back period the follow up is with <<PERSON:np1_fulllc>> n p period
c c colon doctor <<PERSON:pcp_full>> comma <<ORG:pcp_hosp>> period
end dictation""",
    "en_fax_ocr": """FAX  FROM: <<ORG:s1_hosp>>   TO: Intake   PAGE 1 OF 3   <<DATE:r1_usocr>> {t1}
FAX# <<PHONE:s1_faxocr>>    CALLBACK <<PHONE:s1_usdash>>
R E F E R R A L   F O R M
Pt Narne:  <<PERSON:pt_lfupocr>>
D0B:  <<DATE:pt_dobus>>     Sex: {pt_sex}
MRN/Acct  <<ID:pt_mrnocr>>    Ins ID: <<ID:pt_member>>
Addr:  <<ADDRESS:pt_streetuc>>
       <<ADDRESS:pt_citylineuc>>
Ph (h): <<PHONE:pt_phone>>   Ph (c): <<PHONE:pt_phone2>>
Referring Dr:  <<PERSON:dr1_lfup>>     NPI  on file
Reason: eval & tx of chronic kid-
ney disease stage 4, eGFR 22, Cr {cr}; pt also fol-
lowed by Dr. <<PERSON:dr2_lastup>> (cardiology) . ..
Emergency contact: <<PERSON:kdau_fullup>> (daugh-
ter) <<PHONE:kdau_phoneocr>>
Notes: please call pt's caregiver <<PERSON:cg1_first>> at
<<PHONE:cg1_usplain>> to schedule. ;; ` '
CONFIDENTIALITY NOTICE: This facsimile contains PHI. If received in error call <<PHONE:s2_usph>>.""",
    "en_fax_labs_ocr": """=== RECEIVED VIA eFAX <<DATE:d0_dmyh>> {t2} ===  fr: <<ORG:l1_lab>>  ph <<PHONE:l1_usdot>>
LAB0RATORY REPORT          Pg 2/2
PATIENT: <<PERSON:pt_lfupocr>>          ACCT# <<ID:pt_acct>>
Medcial Rec No <<ID:pt_mrn>>
DOB  <<DATE:pt_dobusocr>>    AGE <<AGE:pt_age>>    SEX {pt_sex}
ORDERING: <<PERSON:dr1_lfi>>      COPY TO: <<PERSON:dr2_lfi>>
COLLECTED <<DATE:r1_usshort>> {t1}   RECEIVED <<DATE:r1_usshort>> {t2}   SPECIMEN <<ID:sp1_spec>>
 TEST              RESULT    FLAG   UNITS     REF RANGE
 HEMOGLOBIN        {hb}              g/dL      12.0-16.0
 WBC               {wbc}             K/uL      4.0-11.0
 PLATELETS         {plt}             K/uL      150-400
 CREATININE        {cr}      H       mg/dL     0.6-1.2
 POTASSIUM         {k}               mmol/L    3.5-5.1
 HBA1C             {a1c}     H       %         <5.7
 TACROLIMUS        {tac}             ng/mL     5-15
Critical value called to <<PERSON:rn1_full>> RN at {t2} by <<PERSON:mt1_lastup>> MT(ASCP), read-back confirmed.
Pt ph on req: <<PHONE:pt_phoneocr>>    Home: <<ADDRESS:pt_addr>>
** END OF REPORT **  <<ORG:l1_lab>> | Medical Director <<PERSON:md1_full>>, MD | CLIA 05D{urr}{hr}{plt}""",
    "en_table_census": """ICU HANDOFF LIST (I-PASS) - <<DATE:d0_usnp>> night team - printed by <<PERSON:prt_lfi>>
| Bed | Patient               | MRN          | Age | Dx / one-liner                    | Contact                         |
|-----|-----------------------|--------------|-----|-----------------------------------|---------------------------------|
| 1   | <<PERSON:pt_lf>>      | <<ID:pt_mrn>> | <<AGE:pt_age>> | septic shock, on norepi    | <<PERSON:kson_full>> (son) <<PHONE:kson_phone>> |
| 2   | <<PERSON:b2_lf>>      | <<ID:b2_mrn>> | 67  | DKA, insulin gtt, K {k}          | wife <<PERSON:b2w_first>> <<PHONE:b2w_phone>> |
| 3   | <<PERSON:b3_lf>>      | <<ID:b3_mrn>> | <<AGE:b3_age>> | s/p cardiac arrest, TTM         | POA <<PERSON:b3p_full>> <<PHONE:b3p_phone2>> |
| 4   | <<PERSON:qb4_lf>>     | <<ID:b4_mrn>> | 45  | EtOH withdrawal, CIWA {ciwa}     | none listed                      |
| 5   | <<PERSON:b5_lfup>>    | <<ID:b5_mrn>> | 29  | DKA resolved, to floor           | mother <<PERSON:b5m_full>>       |
Action items: <<PERSON:pt_last>> - daughter-in-law calling from <<PHONE:x1_ukmob>> (UK); confirm code status; lactate {k}. <<PERSON:b3_last>> - family meeting <<DATE:f1_md>> {t1} with Dr. <<PERSON:pc1_last>> (palliative).
Fellow: <<PERSON:fe1_full>>, pgr <<PHONE:fe1_pager>>. Attending: <<PERSON:at1_full>>.""",
    "en_geri_consult": """GERIATRIC MEDICINE / PALLIATIVE CARE CONSULT
Patient: <<PERSON:pt_full>>   MRN: <<ID:pt_mrn>>   DOB: <<DATE:pt_dob>>   Requesting: Dr. <<PERSON:req_full>>, hospitalist
Reason: goals of care; the patient is <<AGE:pt_agew>> years old and lives at <<ORG:snf_center>> since <<DATE:d2_long>>.

HPI: Per the patient, "I was born in <<LOCATION:bp_town>> and I've outlived everybody." Aged <<AGE:pt_age>>, with HFrEF (EF {ef}%), CKD 3b, and falls x3 this year. MMSE {mmse}/30.
Family meeting held <<DATE:d0_mdlong>> with son <<PERSON:kson_full>> (HCPOA, <<PHONE:kson_phone>>), daughter <<PERSON:kdau_fml>> by video from <<LOCATION:kdau_city>>, granddaughter <<PERSON:kgdau_nick>>, and the patient's longtime friend <<PERSON:qoldfr_full>>, who is <<AGE:qoldfr_age>>.
Also present: chaplain <<PERSON:ch1_full>>; SW <<PERSON:sw1_full>>; bedside RN <<PERSON:rn1_first>>.
Decisions: DNR/DNI confirmed, POLST updated; hospice referral to <<ORG:hos_agency>>, intake nurse <<PERSON:hi1_full>> <<PHONE:hi1_usph>>.
Medications simplified: stop {drug}; continue {drug2} PRN.
Patient's own number at the facility: <<PHONE:pt_phone>>. Personal e-mail managed by son: <<EMAIL:pt_email>>.
<<PERSON:gm1_full>>, MD, Geriatrics""",
    "en_portal_message": """Patient Portal Message Thread - <<ORG:h1_hosp>>
From: <<PERSON:pt_full>> <<<EMAIL:pt_email>>>
To: Oncology Nurse Line (<<PERSON:rn1_full>>, RN)
Sent: <<DATE:r1_long>> {t3}
Subject: question about my port + the fundraiser [<<ID:pt_mrn>>]

Hi <<PERSON:rn1_first>>, it's <<PERSON:pt_nickfull>>. My port site looks red since Tuesday. Temp {tempf}. My husband <<PERSON:kspouse_first>> says I should call. My sister-in-law <<PERSON:ksisil_full>> set up <<URL:pt_fund>> and people keep asking about my next chemo date, is it still <<DATE:f1_mdshort>>? Also can Dr. <<PERSON:dr1_last>> sign the FMLA for my job at <<ORG:e1_employer>>? HR is <<PERSON:hr1_full>>, <<EMAIL:hr1_wemail>>, fax <<PHONE:hr1_fax>>.
Thanks, <<PERSON:pt_init>>
--
Reply from <<PERSON:rn1_init>>, RN (<<DATE:r1_mdshort>>): Please come to the infusion center today; I've let Dr. <<PERSON:dr1_last>> know. If after hours call <<PHONE:h1_usph>>. Your telehealth link for tomorrow: <<URL:pt_tele>>
Contact on file: <<PHONE:pt_phone>>, <<ADDRESS:pt_addr>>.""",
}


# ---------------------------------------------------------------------------------------------
# Chinese templates
# ---------------------------------------------------------------------------------------------
ZH_BLIND7_TEMPLATES: dict[str, str] = {
    "zh_psych_collateral": """精神科入院记录（精神科二病区）
姓名：<<PERSON:pt_full>>　性别：{pt_sex}　年龄：<<AGE:pt_age>>岁　住院号：<<ID:pt_zyh>>　床号：<<ID:pt_bed>>
身份证号：<<ID:pt_rid>>　联系电话：<<PHONE:pt_phone>>　现住址：<<ADDRESS:pt_addr>>
入院日期：<<DATE:r1_zh>> {t3}
病史提供者：患者母亲<<PERSON:kmom_full>>（电话<<PHONE:kmom_phone2>>）、姐姐<<PERSON:ksis_full>>、同事<<PERSON:co1_full>>，病史基本可靠。
现病史：患者于{yr}年起无明显诱因出现失眠、话多、花钱大手大脚。据母亲反映，近一月"<<PERSON:pt_nick>>整夜不睡，说邻居在监视{pt_ta}"。<<DATE:r2_zhmd>>在<<ORG:co1_employer>>与领导争吵并砸坏电脑，由单位保卫科<<PERSON:bw1_full>>陪同、<<ORG:p1_police>>民警<<PERSON:mj1_full>>（警号<<ID:mj1_jh>>）送至我院急诊。
姐姐<<PERSON:ksis_given>>补充：患者曾于<<ORG:h2_hosp>>住院，诊断"双相情感障碍"，出院后自行停用{zhdrug}。
好友<<PERSON:fr1_full>>（微信同手机号<<PHONE:fr1_phone3>>）称患者近期网贷购物，欠款约3万元；前任<<PERSON:qx1_full>>拒绝提供信息。
个人史：生于<<LOCATION:pt_hometown>>，大专文化，现居<<LOCATION:pt_city>>。
精神检查：意识清，定向完整，接触主动，言语增多，思维奔逸，存在夸大妄想、被害妄想。YMRS {ymrs}分，BPRS {bprs}分。血锂{li}mmol/L，TSH {tsh}mIU/L。
初步诊断：双相情感障碍，目前为伴有精神病性症状的躁狂发作（{icd}）
经治医师：<<PERSON:dr1_full>>　上级医师：<<PERSON:dr2_full>>主任医师　记录日期：<<DATE:r1_zhdot>>""",
    "zh_psych_forensic": """<<ORG:j1_jdjg>>
司法鉴定意见书
<<ID:j1_jdh>>
一、基本情况
委托人：<<ORG:w1_police>>　　委托事项：对被鉴定人<<PERSON:pt_full>>作案时的精神状态及刑事责任能力进行评定
受理日期：<<DATE:r4_zh>>　鉴定日期：<<DATE:d0_zh>>　在场人员：<<PERSON:mj1_full>>警官（警号<<ID:mj1_jh>>）、<<PERSON:mj2_full>>警官
被鉴定人：<<PERSON:pt_full>>，{pt_sex}，<<DATE:pt_dobzh>>出生，身份证号<<ID:pt_ridsp>>，户籍地<<ADDRESS:pt_addr>>。
案件编号：<<ID:c1_ajbh>>；强制医疗申请案号：（{year}）<<ID:c1_ah>>
二、案情摘要
<<DATE:d2_zh>>晚，被鉴定人在<<ADDRESS:x1_addr>>家中持刀砍伤邻居<<PERSON:v1_full>>。本案另一涉案人员{x9_sur}某某另案处理。
三、调查材料
知情人<<PERSON:kdad_full>>（被鉴定人之父，<<PHONE:kdad_phone>>）反映：被鉴定人自{yr}年起"疑神疑鬼"，常说<<PERSON:v1_sur>>家"往水里下毒"。村委会主任<<PERSON:cw1_full>>、堂兄<<PERSON:kcousin_full>>、被害人之妻<<PERSON:v1wife_full>>证言与之相符。既往在<<ORG:h2_hosp>>门诊就诊，门诊号<<ID:pt_mzh>>。
四、检查所见：意识清，接触被动，存在言语性幻听及被害妄想，自知力缺乏。PANSS阳性量表{bprs}分。
五、鉴定意见：被鉴定人<<PERSON:pt_full>>诊断为精神分裂症（{icd}），作案时无刑事责任能力。
鉴定人：<<PERSON:jd1_full>>　主任法医师　执业证号：<<ID:jd1_zyz>>
鉴定人：<<PERSON:jd2_full>>　副主任医师　执业证号：<<ID:jd2_zyz>>
<<DATE:d0_zhnum>>""",
    "zh_ob_delivery": """分娩记录
产妇：<<PERSON:pt_full>>　年龄：<<AGE:pt_age>>岁　住院号：<<ID:pt_zyh>>　床号：<<ID:pt_bed>>　孕{gaw}+{gad_d}周　{gp}　血型{abozh}
丈夫：<<PERSON:khusb_full>>　电话：<<PHONE:khusb_phone>>　身份证号：<<ID:khusb_rid>>
分娩时间：<<DATE:rb_zh>> {t2}　分娩方式：子宫下段剖宫产（双胎，单绒双羊）　出血{ebl}ml
大宝：<<PERSON:pt_full>>之子（大），体重{bwg}g，Apgar 1分钟{apgar1}分、5分钟{apgar5}分，住院号<<ID:kbabyboy_zyh>>
小宝：<<PERSON:pt_full>>之女（小），转NICU，住院号<<ID:ktwingirl_zyh>>，已取名<<PERSON:ktwingirl_full>>，小名"<<PERSON:ktwingirl_nick>>"
手术医师：<<PERSON:dr1_full>>主任、<<PERSON:dr2_full>>医师；助产士：<<PERSON:mw1_full>>；器械护士：<<PERSON:n1_full>>；麻醉医师：<<PERSON:an1_full>>；新生儿科<<PERSON:ne1_full>>医师到场。
陪产家属：婆婆<<PERSON:kgm_full>>、产妇母亲<<PERSON:kmom_full>>（<<PHONE:kmom_phone3>>）。
术中用药：缩宫素、卡贝缩宫素、头孢唑林。
（院感上报名单中记为"{pt_sur}某某之双胎"，不含真实姓名。）
出院随访电话：<<PHONE:pt_phone>>；家庭住址：<<ADDRESS:pt_street>>（<<LOCATION:pt_city>>）。""",
    "zh_neo_nicu": """新生儿科（NICU）入院记录
患儿：<<PERSON:pt_full>>之子　性别：男　日龄：{dur}小时　住院号：<<ID:kbaby_zyh>>　入院时间：<<DATE:rb_zhpad>> {t1}
母亲：<<PERSON:pt_full>>，<<AGE:pt_age>>岁，住院号<<ID:pt_zyh>>，身份证号<<ID:pt_ridmask>>，电话<<PHONE:pt_phone>>
父亲：<<PERSON:khusb_full>>，<<ORG:khusb_employer>>职工，电话<<PHONE:khusb_phone86>>
出生情况：胎龄{gaw}周，出生体重{bwg}g，羊水Ⅲ度污染，Apgar评分{apgar1}-{apgar5}分，出生于<<ORG:h1_hosp>>，由<<PERSON:tr1_full>>医师、<<PERSON:tr2_full>>护士转运入院。
其同胞（双胎之大）<<PERSON:ktwin_full>>在产科母婴同室。
家族史：外婆<<PERSON:kmom_full>>有糖尿病。爷爷<<PERSON:khgp_full>>、奶奶<<PERSON:khgm_full>>来自<<LOCATION:khgp_hometown>>。
初步诊断：新生儿呼吸窘迫综合征；早产儿；新生儿高胆红素血症。
处理：CPAP，PS 200mg/kg气管内注入，留置PICC（<<PERSON:pi1_full>>护士置管）。
告知：已向患儿父亲<<PERSON:khusb_given>>及外婆交代病情；医保登记号<<ID:kbaby_yb>>待办。
主治医师：<<PERSON:dr1_full>>　住院医师：<<PERSON:dr2_pinyin>>（进修）""",
    "zh_peds_outpatient": """儿科门诊病历　门诊号：<<ID:pt_mzh>>　就诊卡号：<<ID:pt_card>>　日期：<<DATE:d0_zhslash>>
患儿：<<PERSON:pt_full>>（小名"<<PERSON:pt_nick>>"）　{pt_sex}　<<AGE:pt_age>>岁　出生日期：<<DATE:pt_dobzh>>
家长：母亲<<PERSON:kmom_full>>，电话<<PHONE:kmom_phone>>；父亲<<PERSON:kdad_full>>，电话<<PHONE:kdad_phone2>>
主诉：发热、咳嗽3天。
现病史：患儿3天前出现发热，最高体温{temp}℃，伴咳嗽。平日由奶奶<<PERSON:kgm_full>>接送，就读于<<ORG:s1_school>>，班主任<<PERSON:t1_full>>老师反映班上同学<<PERSON:cl1_full>>、<<PERSON:cl2_full>>、<<PERSON:qcl3_given>>近期均有类似症状。弟弟<<PERSON:kbro_full>>（<<AGE:kbro_age>>岁）在<<ORG:k1_kg>>上中班，暂无症状。
查体：咽充血，双肺可闻及细湿啰音。体重{wtkid}kg。
辅助检查：WBC {wbc}×10^9/L，CRP 18mg/L，肺炎支原体IgM阳性。
诊断：支气管肺炎（{icd2}）
处理：阿奇霉素干混悬剂10mg/kg qd×3天；<<DATE:f1_zhmd>>复诊；病假条交<<ORG:s1_school>>。
家庭住址：<<ADDRESS:pt_street>>
医师：<<PERSON:dr1_full>>""",
    "zh_peds_psych_school": """儿童青少年心理门诊 首诊记录
姓名：<<PERSON:pt_full>>　年龄：<<AGE:pt_age>>岁　病案号：<<ID:pt_bah>>　就诊日期：<<DATE:d0_zh>>
陪诊：父亲<<PERSON:kdad_full>>（<<ORG:kdad_employer>>工程师，手机<<PHONE:kdad_phone86>>）、外婆<<PERSON:kgm_full>>
学校信息：<<ORG:s1_school>>，班主任<<PERSON:t1_full>>老师（<<PHONE:t1_phone3>>）、心理老师<<PERSON:qt2_full>>老师来电反映：患儿近两月拒绝上学，与同桌<<PERSON:cl1_given>>（全名<<PERSON:cl1_full>>）多次冲突，在班级群里被同学<<PERSON:cl2_full>>、<<PERSON:cl3_full>>嘲笑。
家庭：父母离异，母亲<<PERSON:kmom_full>>现居<<LOCATION:kmom_zhcity>>，每周视频一次；表哥<<PERSON:cousin1_full>>同住。
量表：CDI {phq}分，SCARED {gad}分，SNAP-IV 注意缺陷因子均分2.1。
诊断：儿童情绪障碍；学校适应不良。
建议：家庭治疗（<<PERSON:th1_full>>治疗师），学校层面由<<PERSON:qt2_sur>>老师跟进；<<DATE:f1_zhmdpad>>复诊。
医师：<<PERSON:dr1_full>>副主任医师、<<PERSON:dr2_pinyin>>（进修医师）""",
    "zh_onc_mdt": """肿瘤多学科联合诊疗（MDT）讨论记录
讨论时间：<<DATE:d0_zhpad>> {t3}　地点：<<ORG:h1_hosp>>门诊七楼MDT诊室
主持人：<<PERSON:ch1_full>>主任医师（胸外科）
参会人员：<<PERSON:a1_full>>主任医师（肿瘤内科）、<<PERSON:a2_full>>副主任医师（放疗科）、<<PERSON:qa3_full>>主任医师（影像科）、<<PERSON:a4_full>>副主任医师（病理科）、<<PERSON:a5_full>>主治医师（呼吸与危重症医学科）、<<PERSON:a6_full>>主管药师、<<PERSON:a7_full>>护士长、<<PERSON:a8_full>>（营养科）、<<PERSON:a9_pinyin>>博士（分子诊断）、研究生<<PERSON:a10_full>>、<<PERSON:qa11_full>>（记录）
患者：<<PERSON:pt_full>>　{pt_sex}　<<AGE:pt_age>>岁　住院号：<<ID:pt_zyh>>　影像号：<<ID:pt_yxh>>　病理号：<<ID:pt_blh>>
病史汇报（<<PERSON:a10_full>>）：右肺上叶腺癌，{tnm}，{stage}期。基因检测：{gene}（送检号<<ID:pt_sj>>，<<ORG:l1_lab>>）。PD-L1 TPS 50%，ECOG {ecog}分，CEA {cea}ng/ml。
讨论意见：
<<PERSON:a1_sur>>主任：建议新辅助{zhchem}2~4周期后再评估手术。
<<PERSON:a2_sur>>主任：暂不考虑根治性放疗。
<<PERSON:qa3_sur>>教授：纵隔淋巴结短径1.6cm，建议EBUS-TBNA。
<<PERSON:a4_given>>医生补充：标本量有限，已留存组织蜡块。
患者家属：女儿<<PERSON:kdau_full>>（电话<<PHONE:kdau_phone>>）、女婿<<PERSON:sonil_full>>列席，签署知情同意书。
结论：可考虑入组临床试验 {protocol}（{nct}）。
记录人：<<PERSON:qa11_full>>　<<DATE:d0_zh>>""",
    "zh_tx_donor": """人体器官捐献协调记录
捐献者编号：<<ID:d1_jz>>　登记日期：<<DATE:r1_zh>>
潜在捐献者：<<PERSON:pt_full>>，{pt_sex}，<<AGE:pt_age>>岁，住院号<<ID:pt_zyh>>，身份证号<<ID:pt_rid>>，原发病：重型颅脑损伤（交通事故），血型{abozh}。
协调员：<<PERSON:c1_full>>（<<ORG:o1_opo>>，工号<<ID:c1_gh>>，手机<<PHONE:c1_phone2>>）、<<PERSON:c2_full>>
家属：配偶<<PERSON:kspouse_full>>、父亲<<PERSON:kdad_full>>、母亲<<PERSON:kmom_full>>、哥哥<<PERSON:kbro_full>>均同意捐献，于<<DATE:r2_zhmd>>签署《中国人体器官捐献登记表》；见证人：<<ORG:o2_opo>>工作人员<<PERSON:w1_full>>。
家属联系电话：<<PHONE:kspouse_phone>>、<<PHONE:kbro_phone3>>
脑死亡判定：第一次<<DATE:r3_zhmd>> {t1}，判定医师<<PERSON:j1_full>>、<<PERSON:j2_full>>；第二次间隔12小时后复判，结论一致。
HLA分型：{hla}；热缺血时间0分钟，预计冷缺血时间{cit}小时。
分配：肝脏→<<ORG:h2_hosp>>（受者住院号<<ID:rc1_zyh>>）；左肾→<<ORG:h3_hosp>>；右肾→本院受者<<PERSON:rc2_full>>（<<ID:rc2_zyh>>）。
本记录经<<PERSON:c1_sur>>协调员与家属<<PERSON:kspouse_given>>核对无误。""",
    "zh_dialysis_sheet": """血液透析记录单　<<ORG:c1_center>>　第{chair}号机
| 姓名 | <<PERSON:pt_full>> | 性别 | {pt_sex} | 年龄 | <<AGE:pt_age>> |
| 透析号 | <<ID:pt_card>> | 住院号 | <<ID:pt_zyh>> | 医保号 | <<ID:pt_yb>> |
| 血管通路 | 左前臂动静脉内瘘 | 透析器 | {dialyzer} | 抗凝 | 低分子肝素{hep}IU |
日期：<<DATE:d0_zhdot>>　上机{t1}　下机{t2}　干体重{wt}kg　超滤{uf}L　血流量{qb}ml/min　透析液流量{qd}ml/min
| 时间 | 血压 | 心率 | 血流量 | 静脉压 | 跨膜压 | 签名 |
| {t1} | {bp} | {hr} | {qb} | {vp} | {tmp} | <<PERSON:n1_full>> |
| {t2} | 108/62 | 90 | {qb} | {vp} | {tmp} | <<PERSON:n2_full>> |
| {t3} | 121/70 | 82 | 250 | 160 | 120 | <<PERSON:n1_sur>> |
透析中患者诉双下肢肌肉痉挛，予生理盐水200ml后缓解。透前血钾{k}mmol/L，血红蛋白{hb}g/dL。Kt/V {ktv}，URR {urr}%。
责任护士：<<PERSON:n1_full>>　核对护士：<<PERSON:n2_full>>　主管医师：<<PERSON:dr1_full>>
家属<<PERSON:kson_full>>（儿子，<<PHONE:kson_phone>>）要求下次改为<<DATE:f1_zhmd>>上午；护工<<PERSON:hg1_full>>负责接送。""",
    "zh_rehab": """康复医学科 评定记录
患者：<<PERSON:pt_full>>　住院号：<<ID:pt_zyh>>　床号：<<ID:pt_bed>>　诊断：脑梗死恢复期（右侧偏瘫、运动性失语）
评定日期：<<DATE:d0_zh>>　评定人：<<PERSON:pt1_full>>治疗师、<<PERSON:ot1_full>>作业治疗师、<<PERSON:st1_full>>言语治疗师
Brunnstrom分期：上肢Ⅲ期，手Ⅱ期，下肢Ⅳ期；Fugl-Meyer上肢{rom}分；Berg平衡量表{berg}分；改良Barthel指数{fim}分；MoCA {moca}分。
患者诉右肩疼痛，VAS {pain}分。
家属培训：{kchild_zinv}<<PERSON:kchild_full>>及保姆<<PERSON:bm1_full>>（<<PHONE:bm1_phone>>）已掌握床椅转移及良肢位摆放。
出院计划：拟<<DATE:f1_zhmd>>出院回<<ADDRESS:pt_addr>>家中，社区康复由<<ORG:c1_center>><<PERSON:cd1_full>>医生负责（<<PHONE:cd1_land>>）。家中需加装扶手，已联系<<ORG:e1_employer>>上门。
患者年龄<<AGE:pt_agezh>>岁，跌倒风险高。""",
    "zh_occ_injury": """工伤认定决定书（摘录）　编号：<<ID:g1_gsrd>>
申请人：<<PERSON:pt_full>>，{pt_sex}，出生日期<<DATE:pt_dob>>，身份证号<<ID:pt_rid>>，住址<<ADDRESS:pt_addr>>，联系电话<<PHONE:pt_phone2>>
用人单位：<<ORG:e1_employer>>，地址<<ADDRESS:e1_addr>>，法定代表人<<PERSON:lr1_full>>，联系人<<PERSON:hr1_full>>（人事部，<<PHONE:hr1_landext>>）
受伤时间：<<DATE:r1_zh>> {t1}
受伤经过：申请人系该公司冲压车间操作工（工号<<ID:pt_gh>>），在操作{qty}号冲床时右手被压伤。车间主任<<PERSON:wm1_full>>、同班组工友<<PERSON:cw1_full>>（工号<<ID:cw1_gh>>）、<<PERSON:cw2_full>>在场证明。
就医：<<ORG:h1_hosp>>急诊，门诊号<<ID:pt_mzh>>，诊断右手示指、中指末节离断伤，行再植术，主刀<<PERSON:dr1_full>>主任。
认定结论：符合《工伤保险条例》第十四条第（一）项之规定，予以认定为工伤。
经办人：<<PERSON:jb1_full>>、<<PERSON:jb2_full>>
<<DATE:d0_zhnum>>""",
    "zh_occ_disease": """职业病诊断证明书　<<ID:z1_zyjd>>
劳动者：<<PERSON:pt_full>>　性别：{pt_sex}　工号：<<ID:pt_gh>>　身份证号：<<ID:pt_ridmask>>
用人单位：<<ORG:e1_employer>>（原名<<ORG:e2_employer>>）　接尘工龄：{dur}年　工种：凿岩工
诊断结论：职业性矽肺壹期
诊断依据：高千伏胸片（影像号<<ID:pt_yxh>>）示双肺小阴影总体密集度1级；职业史由车间主任<<PERSON:wm1_full>>、安全员<<PERSON:aq1_full>>证明；同车间工友<<PERSON:cw1_full>>、<<PERSON:qcw2_full>>、<<PERSON:cw3_full>>已于{yr}年确诊。
肺功能：FEV1/FVC 68%，FEV1占预计值72%。
劳动者联系电话：<<PHONE:pt_phone>>；家属<<PERSON:kwife_full>>（<<PHONE:kwife_phone2>>）
诊断医师：<<PERSON:dr1_full>>、<<PERSON:dr2_full>>、<<PERSON:dr3_full>>
诊断机构：<<ORG:h1_hosp>>职业病科　日期：<<DATE:d0_zhpad>>""",
    "zh_forensic_xingqin": """性侵害案件 法医临床检验记录（涉密）
案件编号：<<ID:c1_ajbh>>　委托单位：<<ORG:p1_police>>
办案民警：<<PERSON:mj1_full>>（警号<<ID:mj1_jh>>）、<<PERSON:mj2_full>>（警号<<ID:mj2_jh>>），联系电话<<PHONE:mj1_land>>
被检查人：<<PERSON:pt_full>>　{pt_sex}　<<AGE:pt_age>>岁　身份证号<<ID:pt_rid>>　陪同：母亲<<PERSON:kmom_full>>、社工<<PERSON:sg1_full>>
检查时间：<<DATE:d0_zh>> {t3}　检查地点：<<ORG:h1_hosp>>妇科诊室
案情简介：据办案民警介绍，被检查人于<<DATE:r1_zhmd>>晚在<<ADDRESS:x1_addr>>被犯罪嫌疑人<<PERSON:x1_full>>（绰号"<<PERSON:x1_nick>>"）侵害，嫌疑人驾驶车牌号<<ID:x1_cp>>的白色轿车离开。同行朋友<<PERSON:fr1_full>>目击。
提取物证：阴道拭子2支（物证编号<<ID:w1_wz>>）、内裤1条（<<ID:w2_wz>>）、血样（<<ID:w3_wz>>）。
预防用药：左炔诺孕酮片1.5mg口服；头孢曲松钠1g肌注。
物证移交：<<PERSON:mj2_full>>警官签收。
检验人：<<PERSON:fy1_full>>主检法医师、<<PERSON:fy2_full>>　记录：<<PERSON:n1_full>>护士
被检查人联系电话：<<PHONE:pt_phone>>（仅限民警<<PERSON:mj1_sur>>警官联系）""",
    "zh_trial_visit": """临床试验访视记录
方案编号：{protocol}（{nct}）　申办方：<<ORG:s1_sponsor>>　中心号：{site}　{arm}
受试者编号：<<ID:pt_subj>>　筛选号：<<ID:pt_screen>>　随机号：<<ID:pt_rand>>
受试者出生日期：<<DATE:pt_dob>>
访视：V{visitno}（第{week}周）　访视日期：<<DATE:d0_zhdot>>　上次访视：<<DATE:r3_zhdot>>
受试者<<PERSON:pt_full>>（住院号<<ID:pt_zyh>>）由{kchild_zinv}<<PERSON:kchild_full>>陪同。自上次访视以来出现1级乏力、2级皮疹（CTCAE 5.0），研究者判断可能相关。ECOG {ecog}分。血常规：Hb {hb}g/dL，PLT {plt}×10^9/L。
药物计数：返还2瓶，依从性94%。
SAE随访：<<DATE:r2_zhmd>>因肺部感染于<<ORG:h2_hosp>>住院，已于24小时内上报。
研究团队：<<PERSON:pi1_full>>教授（主要研究者）、<<PERSON:si1_full>>医师；CRC：<<PERSON:crc1_full>>（<<PHONE:crc1_phone>>）；CRA：<<PERSON:cra1_full>>（<<EMAIL:cra1_wemail>>，<<PHONE:cra1_phone86>>）
注意：受试者<<ID:o1_subj>>同日访视，勿与<<ID:pt_subj>>混淆。
受试者联系方式已核对：<<PHONE:pt_phone>>，<<EMAIL:pt_email>>。""",
    "zh_genetics": """<<ORG:l1_lab>>　遗传性肿瘤基因检测报告
样本编号：<<ID:a1_bbh>>　送检号：<<ID:a1_sj>>　检验号：<<ID:a1_jyh>>
受检者：<<PERSON:pt_full>>　性别：{pt_sex}　出生日期：<<DATE:pt_dobzhpad>>　门诊号：<<ID:pt_mzh>>
送检单位：<<ORG:h1_hosp>>　送检医生：<<PERSON:dr1_full>>　遗传咨询师：<<PERSON:gc1_full>>（<<PHONE:gc1_landext>>）
采样日期：<<DATE:r1_zh>>　收样日期：<<DATE:r1_zhmd>>　报告日期：<<DATE:d0_zhpad>>
检测结果：检出1个致病变异：{gene}，杂合。意义未明变异：{gene2}。
家系信息：母亲<<PERSON:kmom_full>>（卵巢癌，已故）；姨妈<<PERSON:kaunt_full>>（乳腺癌，44岁确诊）；外婆<<PERSON:kgm_full>>，<<AGE:kgm_agezh>>岁，健在；表姐<<PERSON:cz1_full>>在外院检测（报告号<<ID:cz1_jyh>>）。
建议：一级亲属<<PERSON:ksis_full>>、<<PERSON:kbro_full>>进行位点验证。
审核：<<PERSON:rv1_full>>　批准：<<PERSON:ap1_full>>
报告查询：<<URL:pt_portal>>""",
    "zh_voice_transcript": """【语音录入 未校对】
患者<<PERSON:pt_homo>> {pt_sex} <<AGE:pt_agezh>>岁 住院号<<ID:pt_mrnw>> 今天上午查房 患者诉昨晚睡眠差 家属<<PERSON:kdau_homo>>说患者夜里起来好几次 血压{bp} 心率{hr} 请<<PERSON:n1_full>>护士联系家属电话<<PHONE:kdau_phonew>> 告知<<DATE:f1_zhhao>>做胃镜 之前在<<ORG:h2_hosp>>做过一次 主管医生<<PERSON:dr1_homo>>说先停{zhdrug2} 另外<<PERSON:qx1_full>>那个家属也打电话来问 号码是<<PHONE:qx1_phonew>> 让他直接找<<PERSON:dr2_sur>>主任 逗号 句号 下一段 患者既往史高血压二十年 糖尿病十年 空腹血糖{glumm} 肌酐{crum} 住院期间每天监测 身份证号码<<ID:pt_rid>> 地址<<ADDRESS:pt_addr>> 完毕""",
    "zh_voice_ward_round": """查房语音记录（转写稿）
今天是<<DATE:d0_zhnum>> <<PERSON:dr1_full>>主任查房 看<<ID:pt_bed>>床 <<PERSON:pt_full>> {pt_sex} 岁数<<AGE:pt_agezh>> 住院号<<ID:pt_zyh>> 昨天夜里发热到{temp}度 血培养已送 标本号<<ID:pt_bbh>> 女儿<<PERSON:kdau_spaced>>手机<<PHONE:kdau_phoneyao>> 儿子<<PERSON:kson_full>>在<<LOCATION:kson_zhcity>>打工 明天回来
<<PERSON:dr1_sur>>主任说 抗生素升级 美罗培南一克 q8h 请<<PERSON:dr2_full>>医生今天联系<<ORG:h2_hosp>>感染科<<PERSON:id1_full>>教授会诊 电话<<PHONE:id1_landzh>>
另外隔壁床<<PERSON:b2_full>>的家属<<PERSON:b2k_full>>投诉陪护床 请<<PERSON:n1_full>>护士长处理
记录 <<PERSON:st1_pinyin>> 实习医生""",
    "zh_fax_ocr": """传 真 件　发件单位：<<ORG:s1_hosp>>　传真号：<<PHONE:s1_landocr>>　共2页 第1页
转　诊　单
姓　名：<<PERSON:pt_fullocr>>　性　别：{pt_sex}　年　龄：<<AGE:pt_age>>
身份证号：<<ID:pt_ridsp>>
住 院 号：<<ID:pt_zyhocr>>
联系电话：<<PHONE:pt_phoneocr>>
家庭住址：<<LOCATION:pt_city>>
<<ADDRESS:pt_street>>
转诊原因：慢性肾脏病5期，拟行血液透析，
请贵院<<PERSON:dr2_full>>主任协助诊
治。肌酐{scr}μmol/L，eGFR {egfr}ml/min。
转出医师：<<PERSON:dr1_fullocr>>　电话：<<PHONE:dr1_landext>>
家属：<<PERSON:kson_full>>　<<PHONE:kson_phone3>>
备注：患者既往在<<ORG:h3_hosp>>就诊，就诊卡号<<ID:pt_card>>。 ' ；。
本传真含患者隐私信息，如误收请致电<<PHONE:s2_land>>。""",
    "zh_table_handover": """护理交班记录　<<DATE:d0_zhpad>>　夜班　交班：<<PERSON:n1_full>>　接班：<<PERSON:n2_full>>
| 床号 | 姓名 | 年龄 | 住院号 | 诊断 | 交班内容 |
| <<ID:pt_bed>> | <<PERSON:pt_full>> | <<AGE:pt_age>> | <<ID:pt_zyh>> | 肺部感染 | 家属<<PERSON:kson_full>>陪护，<<PHONE:kson_phone>> |
| <<ID:b2_bed>> | <<PERSON:b2_full>> | <<AGE:b2_age>> | <<ID:b2_zyh>> | 慢性心衰急性加重 | 夜间端坐呼吸，已通知<<PERSON:dr1_full>>医生 |
| <<ID:b3_bed>> | <<PERSON:qb3_full>> | 68 | <<ID:b3_zyh>> | 糖尿病足 | 血糖{glumm}mmol/L，胰岛素泵 |
| <<ID:b4_bed>> | <<PERSON:b4_full>> | 45 | <<ID:b4_zyh>> | 酒精戒断 | CIWA {ciwa}分，约束带 |
| <<ID:b5_bed>> | <<PERSON:b5old_full>> | <<AGE:b5old_age>> | <<ID:b5_zyh>> | 股骨颈骨折 | 女儿<<PERSON:b5k_full>>电话<<PHONE:b5k_phone2>> |
重点：<<PERSON:pt_sur>>{pt_xs}今晚拟转ICU，联系<<PERSON:icu1_full>>医生（<<PHONE:icu1_landext>>）；<<PERSON:b2_full>>家属要求{b2_sur}某某不得探视。""",
    "zh_geri_palliative": """老年医学科 / 安宁疗护 家庭会议记录
患者：<<PERSON:pt_full>>，{pt_sex}，<<AGE:pt_agezh>>岁（<<DATE:pt_dobzh>>出生），病案号<<ID:pt_bah>>，医保号<<ID:pt_yb>>
会议时间：<<DATE:d0_zh>> {t2}　地点：老年医学科示教室
参加人员：长子<<PERSON:kson_full>>、长女<<PERSON:kdau_full>>、孙子<<PERSON:kgson_full>>（视频，现居<<LOCATION:kgson_zhcity>>）、老伴<<PERSON:kspouseold_full>>（<<AGE:kspouseold_age>>岁）、护工<<PERSON:hg1_sur>>阿姨、社工<<PERSON:sg1_full>>、主管医师<<PERSON:dr1_full>>、护士<<PERSON:n1_full>>
患者本人意识清楚，表示"我活了<<AGE:pt_age>>岁，够本了，不想再插管"。
共识：签署不复苏（DNR）意愿书；转入安宁疗护病区；由<<PERSON:kson_given>>作为主要决策人，电话<<PHONE:kson_phone>>。
老人户籍地<<ADDRESS:pt_addr>>，原单位<<ORG:e1_employer>>退休，单位联系人<<PERSON:hr1_full>>（<<PHONE:hr1_land>>）。
记录：<<PERSON:n1_full>>""",
    "zh_referral_trad": """轉診信
致：<<ORG:h1_hosp>>神經內科　<<PERSON:dr2_full>>醫生
日期：<<DATE:d0_zh>>
病人姓名：<<PERSON:pt_full>>（英文姓名：<<PERSON:pt_pinyinup>>）　性別：{pt_sex}　年齡：<<AGE:pt_age>>歲
港澳居民來往內地通行證號碼：<<ID:pt_txz>>　內地聯絡電話：<<PHONE:pt_phone>>　香港電話：<<PHONE:pt_hkph>>
病人住址：<<ADDRESS:pt_addr>>
病史：病人於{yr}年起出現右手靜止性震顫，曾在香港<<ORG:hk1_hkhosp>>由<<PERSON:hk1_full>>醫生跟進，服用左旋多巴。近月病情加重，家屬（女兒<<PERSON:kdau_full>>，電郵<<EMAIL:kdau_email>>）希望轉介內地就醫。
<<PERSON:dr1_full>>醫生　<<ORG:cl1_center>>
聯絡：<<PHONE:cl1_land>>""",
    "zh_followup_call": """出院随访记录（电话）
随访日期：<<DATE:d0_zhslash>>　随访护士：<<PERSON:n1_full>>
患者：<<PERSON:pt_full>>　出院日期：<<DATE:d1_zhmd>>　住院号：<<ID:pt_zyh>>　联系电话：<<PHONE:pt_phone>>　邮箱：<<EMAIL:pt_email>>
接听人：患者女儿<<PERSON:kdau_full>>（<<PHONE:kdau_phone4>>）
随访内容：患者出院后服用{zhdrug2}，血压{bp}mmHg。家属表示已在网上发起筹款（<<URL:pt_fund>>），患者本人的微博<<URL:pt_social>>也有转发。
复诊预约：<<DATE:f1_zhhao>>上午<<PERSON:dr1_full>>专家门诊；也可通过互联网医院复诊：<<URL:pt_portal>>；线上宣教会议链接<<URL:pt_tele>>。
家属反映社区医生<<PERSON:cd1_full>>（<<ORG:cd1_center>>，<<PHONE:cd1_land>>）已上门测血糖。
患者现居<<ADDRESS:pt_street>>，<<LOCATION:pt_city>>。""",
}
