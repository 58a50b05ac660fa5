# ruff: noqa: E501
"""Blind evaluation set 9: machine-made and semi-structured clinical text (HL7 v2, CDA/XML, JSON, CSV, EDI, logs).

Written BLIND: its author read only ``synth.py`` (``GoldSpan``, ``SynthNote``, ``render``,
``cn_resident_id``, ``GOLD_KINDS``), ``model.py`` and the structure test, never the recognisers, their
word lists, the other sets or any score. **Do not tune the de-identifier against these templates or
their notes**; report only aggregate figures. Once a recogniser is changed because of what these notes
contain, the set no longer estimates anything and a new blind set must be written.

Domain: text as it arrives through interfaces, not as a clinician types it -- HL7 v2 segments pasted
into notes, C-CDA and Chinese EMR XML, API JSON fragments (braces cut off, as pasted excerpts), CSV/TSV
exports, fixed-width report headers, OCR'd fax covers, e-mail headers, secure-chat and audit logs,
device alarm logs, X12 837 claims, pharmacy labels, SMS gateway logs, 病案首页, 医保结算清单, LIS/PACS
报文, 叫号/随访/院感/转诊 system exports.

Each note carries a fresh persona and the ``KnownIdentifier``s its Patient resource would hold: full
name, given, (English: middle,) family, record number (English MRN, Chinese 病案号), national ID
(English SSN ``123-45-6789``; Chinese exactly one 18-character resident ID from ``cn_resident_id``),
phone (English ``(415) 555-0123``; Chinese 11-digit mobile), street address line, city (kind
LOCATION), ISO birth date and e-mail. The text uses these values both exactly and in system variants
(upper case, caret-split, "Family, Given", pinyin, E.164, masked), and carries much PHI the record does
not list (staff, relatives, other patients, user names).

Gold conventions (``<<KIND:key>>`` in the templates):

* PERSON: every name of a real person -- patient, relatives, staff, other patients -- in any system
  form. A span never includes titles or credentials (Dr., MR, MD, RN, 医生, 主任, 护士, 药师, the 老 of
  老王), quotes, tags or separators. Names split by HL7/X12 separators (``DOE^JOHN^Q``,
  ``NM1*IL*1*DOE*JOHN*Q``) or by markup (``<given>``/``<family>``) are one span per component, a
  single middle initial included; a name written in one run (``Doe, John Q``, ``JOHN DOE``,
  ``ZHANG WEI``, ``张伟``) is one span. Partially masked names (``张*伟``, ``王**``) stay PERSON.
  Name-derived user names, chat handles and e-mail-style logins (``jsmith42``, ``doe.john``,
  ``zhangwei01``; the ``@`` of a handle is outside) are PERSON. Role and service accounts
  (``hl7_interface``, ``admin``, ``CENSUS_NIGHTLY``, ``sched_batch``) are not gold. Initials standing
  for a person (``JD``, ``km`` of "JD/km") and OCR-garbled names (``8ENJAMIN``) are PERSON. A surname
  used alone before a title (王主任, 冯医生) is a PERSON span of the surname; an English alias (Kevin)
  is PERSON.
* ID: numbers that point to a person, encounter, order, specimen, prescription, appointment, claim or
  device: MRN/病案号/住院号/门诊号/就诊卡号, SSN (also masked ``XXX-XX-1234`` and bare 9 digits),
  resident IDs (also masked or with a lower-case ``x``), visit/account, accession, placer/filler
  order, 医嘱号, 处方号, 检验条码, 发票号码, 结算流水号, 医保编号/医保卡号, member, group, claim and
  prior-authorisation numbers, tax IDs, NPI/DEA/dictator IDs, staff numbers (工号), FHIR Patient
  logical ids, immunisation-registry ids, appointment and ride-confirmation numbers, 健康卡号, 检查号,
  影像号, referral/report-card/application/follow-up-task numbers, device serial numbers, IP
  addresses. In an HL7 CX field only the number is gold (``^^^HOSP^MR`` stays outside). NOT gold:
  HL7 message control IDs
  (MSH-10), X12 interchange/group control numbers, request ids, CDA document ids, dictation and fax job
  numbers, SMS message ids, queue ticket numbers, batch/lot numbers, OIDs, 票据代码/校验码, LOINC, CPT,
  ICD-10, NDC, CVX codes, sending/receiving application and facility mnemonics (``NGH_LAB``) and host
  names built from them, payer ids, 医保机构代码.
* PHONE: every phone, fax, pager and internal extension, whoever it belongs to (facility lines
  included), in any format (E.164, ``tel:`` value without the scheme, dotted, digits only, masked
  ``138****5678``, ``+86``). An extension attached to a number (``x22``, ``转8021``) is inside the span;
  a bare internal extension (``x4213``, ``ext 4-2231``) is gold for its digits, the ``x``/``ext`` label
  outside. HL7 XTN components split by ``^`` (area code, local number) are separate spans.
* EMAIL: every address, role mailboxes included; ``mailto:`` and angle brackets outside.
* URL: every portal/tracking/verification URL, whole.
* ADDRESS: a street address; a contiguous run street-city-state-ZIP (or 省市区路号室) is ONE span.
  LOCATION: a city, district, ZIP or 邮编 standing on its own (separate field, tag or component).
  出生地 (省+市) is LOCATION. States and provinces on their own (an HL7/X12 state component, the
  province in a 票据 heading) and countries are not gold. All addresses are gold, facilities' and
  employers' included.
* DATE: every date of any element finer than the year, whoever it concerns (birth, admission, result,
  audit, message timestamps, month-day ``3月12日``, month-year ``2019年5月``). A timestamp written as
  one token (``20240312083015``, ``2024-03-12T08:30:15Z``, ``240312``) is one DATE span, time
  included; where a space separates the time (``2024-03-12 08:30:15``) the DATE span is the date alone
  and the time is not gold. An attached weekday (``Tue, 12 Mar 2024``) is inside the span. Bare years
  and times alone are never gold.
* ORG: hospitals, clinics, laboratories, pharmacies, community health centres, employers (工作单位),
  transport and home-health agencies. Payers/insurance plans, software vendors, standards bodies and
  government agencies are not gold.
* AGE: an age of 90 or more only (``render`` drops younger ones), digits (``93``, ``093``), English
  words (``ninety-seven``, ``one hundred and two``, ``a hundred``) or Chinese numerals (``九十三``,
  ``一百零二``); ``岁``/``-year-old``/``Y`` stay outside.

Lab values, units, reference ranges, drug names, doses, bed and room numbers, clinical codes, times of
day and the non-gold identifiers above are present on purpose and are not gold.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from collections.abc import Callable
from typing import Final

from faker import Faker

from integration.deid.model import KnownIdentifier
from integration.deid.synth import SynthNote, cn_resident_id, render

__all__ = [
    "BLIND9_SEED",
    "EN_BLIND9_TEMPLATES",
    "ZH_BLIND9_TEMPLATES",
    "blind9_age_of",
    "generate_blind9",
]

BLIND9_SEED: Final[int] = 47220913
_SPLIT: Final = "blind9"

# ---------------------------------------------------------------------------------------------
# Ages written as digits, English words or Chinese numerals
# ---------------------------------------------------------------------------------------------
_EN_ONES: Final = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_EN_TENS: Final = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_CN_DIGITS: Final = "零一二三四五六七八九"


def _en_words(n: int, rng: random.Random) -> str:
    if n < 20:
        return _EN_ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _EN_TENS[tens] + (f"-{_EN_ONES[ones]}" if ones else "")
    hundreds, rest = divmod(n, 100)
    head = rng.choice(("a hundred", "one hundred")) if hundreds == 1 else f"{_EN_ONES[hundreds]} hundred"
    if not rest:
        return head
    return f"{head}{rng.choice((' and ', ' '))}{_en_words(rest, rng)}"


def _cn_numeral(n: int) -> str:
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n - 10] if n > 10 else "")
    if n < 100:
        tens, ones = divmod(n, 10)
        return _CN_DIGITS[tens] + "十" + (_CN_DIGITS[ones] if ones else "")
    hundreds, rest = divmod(n, 100)
    head = _CN_DIGITS[hundreds] + "百"
    if not rest:
        return head
    if rest < 10:
        return head + "零" + _CN_DIGITS[rest]
    tens, ones = divmod(rest, 10)
    return head + _CN_DIGITS[tens] + "十" + (_CN_DIGITS[ones] if ones else "")


_EN_NUMBER_WORDS: Final[dict[str, int]] = {
    **{word: value for value, word in enumerate(_EN_ONES)},
    **{word: 10 * value for value, word in enumerate(_EN_TENS) if word},
    "a": 1,
}
_CN_VALUES: Final[dict[str, int]] = {**{c: i for i, c in enumerate(_CN_DIGITS)}, "〇": 0, "两": 2}


def blind9_age_of(text: str) -> int:
    """Read an age written as digits, English words or Chinese numerals ("093", "ninety-seven", "一百零二")."""
    value = text.strip()
    if value.isascii() and value.isdigit():
        return int(value)
    lowered = value.lower().replace("-", " ")
    words = [w for w in lowered.split() if w != "and"]
    if words and all(w in _EN_NUMBER_WORDS or w == "hundred" for w in words):
        total = current = 0
        for word in words:
            if word == "hundred":
                total += (current or 1) * 100
                current = 0
            else:
                current += _EN_NUMBER_WORDS[word]
        return total + current
    if value and all(c in _CN_VALUES or c in "十百" for c in value):
        total = digit = 0
        for char in value:
            if char == "十":
                total += (digit or 1) * 10
                digit = 0
            elif char == "百":
                total += (digit or 1) * 100
                digit = 0
            else:
                digit = _CN_VALUES[char]
        return total + digit
    raise ValueError("not an age")


# ---------------------------------------------------------------------------------------------
# Name, place and identifier material
# ---------------------------------------------------------------------------------------------
_EN_LOCALES: Final[tuple[tuple[str, int], ...]] = (
    ("en_US", 46), ("es_MX", 9), ("en_IN", 6), ("vi_VN", 4), ("yo_NG", 3), ("pl_PL", 3), ("fr_FR", 3),
    ("pt_BR", 3), ("en_GB", 3), ("ga_IE", 2), ("tr_TR", 2), ("it_IT", 2), ("de_DE", 2), ("hu_HU", 1),
    ("zh_ROM", 4),
)  # fmt: skip
_FOREIGN_LOCALES: Final = tuple(loc for loc, _ in _EN_LOCALES if loc != "en_US")
_TITLE_LIKE: Final = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Pastor|MD|RN|NP)\b", re.IGNORECASE)
_ASCII_FOLD: Final = str.maketrans(
    {"ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D", "æ": "ae"}
)
_AREA_CODES: Final = (
    201,
    212,
    213,
    214,
    303,
    305,
    312,
    404,
    408,
    415,
    469,
    503,
    512,
    602,
    614,
    617,
    702,
    713,
    718,
    720,
    206,
    916,
    919,
    971,
)
_FREE_MAIL: Final = ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "comcast.net")
_SAINTS: Final = ("Joseph", "Mary", "Luke", "Vincent", "Francis", "Elizabeth", "Jude", "Anthony", "Catherine", "Agnes")

# (surname, pinyin); common, rare and compound (复姓) surnames
_ZH_SURNAMES: Final[tuple[tuple[str, str], ...]] = (
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"), ("黄", "huang"),
    ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"),
    ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("高", "gao"), ("林", "lin"), ("罗", "luo"), ("郑", "zheng"),
    ("梁", "liang"), ("谢", "xie"), ("宋", "song"), ("唐", "tang"), ("许", "xu"), ("韩", "han"), ("冯", "feng"),
    ("邓", "deng"), ("曹", "cao"), ("彭", "peng"), ("曾", "zeng"), ("肖", "xiao"), ("田", "tian"), ("董", "dong"),
    ("袁", "yuan"), ("潘", "pan"), ("蒋", "jiang"), ("蔡", "cai"), ("余", "yu"), ("杜", "du"), ("叶", "ye"),
    ("程", "cheng"), ("苏", "su"), ("魏", "wei"), ("吕", "lv"), ("丁", "ding"), ("任", "ren"), ("沈", "shen"),
    ("姚", "yao"), ("卢", "lu"), ("姜", "jiang"), ("崔", "cui"), ("钟", "zhong"), ("谭", "tan"), ("陆", "lu"),
    ("汪", "wang"), ("范", "fan"), ("金", "jin"), ("石", "shi"), ("廖", "liao"), ("贾", "jia"), ("夏", "xia"),
    ("韦", "wei"), ("方", "fang"), ("白", "bai"), ("邹", "zou"), ("孟", "meng"), ("熊", "xiong"), ("秦", "qin"),
    ("邱", "qiu"), ("江", "jiang"), ("尹", "yin"), ("薛", "xue"), ("闫", "yan"), ("段", "duan"), ("雷", "lei"),
    ("侯", "hou"), ("龙", "long"), ("史", "shi"), ("陶", "tao"), ("黎", "li"), ("贺", "he"), ("顾", "gu"),
    ("毛", "mao"), ("郝", "hao"), ("龚", "gong"), ("邵", "shao"), ("万", "wan"), ("钱", "qian"), ("覃", "qin"),
    ("武", "wu"), ("戴", "dai"), ("莫", "mo"), ("孔", "kong"), ("汤", "tang"),
)  # fmt: skip
_ZH_RARE_SURNAMES: Final[tuple[tuple[str, str], ...]] = (
    ("亓", "qi"), ("禚", "zhuo"), ("仉", "zhang"), ("郗", "xi"), ("逄", "pang"), ("笪", "da"), ("佘", "she"),
    ("昝", "zan"), ("眭", "sui"), ("隗", "wei"), ("蒯", "kuai"), ("宓", "mi"), ("訾", "zi"), ("缑", "gou"),
    ("亢", "kang"), ("阚", "kan"), ("冼", "xian"), ("钮", "niu"), ("甄", "zhen"), ("楚", "chu"),
)  # fmt: skip
_ZH_COMPOUND_SURNAMES: Final[tuple[tuple[str, str], ...]] = (
    ("欧阳", "ouyang"), ("司马", "sima"), ("上官", "shangguan"), ("诸葛", "zhuge"), ("东方", "dongfang"),
    ("皇甫", "huangfu"), ("尉迟", "yuchi"), ("公孙", "gongsun"), ("慕容", "murong"), ("令狐", "linghu"),
    ("端木", "duanmu"), ("夏侯", "xiahou"), ("司徒", "situ"), ("宇文", "yuwen"),
)  # fmt: skip
_ZH_GIVEN_CHARS: Final[tuple[tuple[str, str], ...]] = (
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("强", "qiang"),
    ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"),
    ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("秀", "xiu"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"),
    ("桂", "gui"), ("英", "ying"), ("华", "hua"), ("玉", "yu"), ("兰", "lan"), ("建", "jian"), ("国", "guo"),
    ("志", "zhi"), ("文", "wen"), ("海", "hai"), ("红", "hong"), ("梅", "mei"), ("晨", "chen"), ("宇", "yu"),
    ("浩", "hao"), ("然", "ran"), ("欣", "xin"), ("怡", "yi"), ("子", "zi"), ("轩", "xuan"), ("梓", "zi"),
    ("涵", "han"), ("萱", "xuan"), ("博", "bo"), ("思", "si"), ("雨", "yu"), ("嘉", "jia"), ("俊", "jun"),
    ("鹏", "peng"), ("飞", "fei"), ("慧", "hui"), ("婷", "ting"), ("雪", "xue"), ("琳", "lin"), ("颖", "ying"),
    ("佳", "jia"), ("晓", "xiao"), ("春", "chun"), ("燕", "yan"), ("云", "yun"), ("斌", "bin"), ("辉", "hui"),
    ("宁", "ning"), ("凯", "kai"), ("瑞", "rui"), ("淑", "shu"), ("珍", "zhen"), ("凤", "feng"), ("德", "de"),
    ("福", "fu"), ("荣", "rong"), ("永", "yong"), ("成", "cheng"), ("昊", "hao"), ("天", "tian"), ("一", "yi"),
    ("诺", "nuo"), ("安", "an"), ("琪", "qi"), ("若", "ruo"), ("曦", "xi"), ("铭", "ming"), ("泽", "ze"),
    ("睿", "rui"), ("彤", "tong"), ("璐", "lu"), ("翠", "cui"), ("卫", "wei"), ("东", "dong"), ("金", "jin"),
    ("宝", "bao"), ("丹", "dan"), ("倩", "qian"), ("蕾", "lei"), ("薇", "wei"), ("岚", "lan"), ("坤", "kun"),
    ("鑫", "xin"), ("森", "sen"), ("阳", "yang"), ("亮", "liang"), ("帆", "fan"), ("骏", "jun"), ("彦", "yan"),
    ("玥", "yue"), ("昕", "xin"), ("赟", "yun"), ("喆", "zhe"), ("淼", "miao"), ("秋", "qiu"), ("菊", "ju"),
)  # fmt: skip
_ZH_ENGLISH_ALIASES: Final = (
    "Kevin",
    "Amy",
    "Jason",
    "Linda",
    "Tony",
    "Cathy",
    "Eric",
    "Grace",
    "Leo",
    "Vivian",
    "Jack",
    "Sunny",
    "Frank",
    "Iris",
    "Ben",
    "Coco",
)
_ZH_TITLE_ENDINGS: Final = ("女士", "先生", "医生", "主任", "护士", "大夫", "阿姨", "大爷", "药师", "老师")

# resident-ID area code -> (province, city, district, landline area code, postcode)
_ZH_AREAS: Final[dict[str, tuple[str, str, str, str, str]]] = {
    "110105": ("北京市", "北京市", "朝阳区", "010", "100020"),
    "310104": ("上海市", "上海市", "徐汇区", "021", "200030"),
    "440106": ("广东省", "广州市", "天河区", "020", "510620"),
    "330106": ("浙江省", "杭州市", "西湖区", "0571", "310012"),
    "420102": ("湖北省", "武汉市", "江岸区", "027", "430014"),
    "510107": ("四川省", "成都市", "武侯区", "028", "610041"),
    "430102": ("湖南省", "长沙市", "芙蓉区", "0731", "410011"),
    "320102": ("江苏省", "南京市", "玄武区", "025", "210018"),
    "370202": ("山东省", "青岛市", "市南区", "0532", "266001"),
}
_ZH_EXTRA_AREAS: Final[tuple[tuple[str, str, str, str, str], ...]] = (
    ("河南省", "周口市", "郸城县", "0394", "477150"),
    ("安徽省", "阜阳市", "颍州区", "0558", "236001"),
    ("福建省", "泉州市", "丰泽区", "0595", "362000"),
    ("河北省", "保定市", "莲池区", "0312", "071000"),
    ("江西省", "赣州市", "章贡区", "0797", "341000"),
    ("浙江省", "温州市", "鹿城区", "0577", "325000"),
)
_ZH_ROADS: Final = (
    "建国路",
    "中山路",
    "人民路",
    "解放路",
    "文三路",
    "延安西路",
    "天河北路",
    "长江路",
    "黄河路",
    "和平大街",
    "团结路",
    "东风路",
    "新华路",
    "青年路",
    "光明街",
    "幸福路",
    "学院路",
    "滨江大道",
    "凤凰北路",
    "朝阳路",
)
_ZH_ESTATES: Final = (
    "阳光花园",
    "金都华庭",
    "翠苑一区",
    "锦绣江南",
    "和谐家园",
    "碧水湾",
    "丽景苑",
    "书香门第",
    "银河小区",
    "紫荆苑",
    "蓝湾国际",
    "铁路新村",
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
_ZH_MAIL: Final = ("163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "139.com")
_ZH_NUMERAL_ORDINALS: Final = ("第一", "第二", "第三", "第四", "第五", "第六", "第七")


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.translate(_ASCII_FOLD)).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z]", "", folded)


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def _npi(rng: random.Random) -> str:
    body = rng.choice("12") + "".join(rng.choice("0123456789") for _ in range(8))
    return body + _luhn_digit("80840" + body)


def _dea(rng: random.Random, family: str) -> str:
    digits = [rng.randrange(10) for _ in range(6)]
    check = (digits[0] + digits[2] + digits[4] + 2 * (digits[1] + digits[3] + digits[5])) % 10
    initial = (_ascii(family)[:1] or "X").upper()
    return rng.choice("ABFM") + initial + "".join(map(str, digits)) + str(check)


def _digits(rng: random.Random, n: int, *, lead: str = "123456789") -> str:
    return rng.choice(lead) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"


def _ocr(text: str, rng: random.Random) -> str:
    swaps = {
        "o": "0",
        "O": "0",
        "l": "1",
        "I": "1",
        "i": "1",
        "e": "c",
        "S": "5",
        "B": "8",
        "a": "o",
        "n": "rn",
        "m": "rn",
    }
    positions = [i for i, c in enumerate(text) if c in swaps]
    if not positions:
        return text
    i = rng.choice(positions)
    return text[:i] + swaps[text[i]] + text[i + 1 :]


# ---------------------------------------------------------------------------------------------
# Entities: people, facilities, organisations, dates. Created lazily per key prefix.
# ---------------------------------------------------------------------------------------------
class _Person:
    """One invented person; every rendering of them in a note comes from these attributes."""

    def __init__(self, maker: _Maker, key: str) -> None:
        rng = maker.rng
        self.key = key
        self.kind = re.sub(r"\d+$", "", key)
        self.maker = maker
        self.sex = rng.choice("MF")
        low, high = {"pt": (1, 104), "s": (26, 66), "r": (18, 86), "m": (20, 45), "o": (1, 103)}.get(
            self.kind, (20, 80)
        )
        if self.kind == "pt":
            roll = rng.random()
            age = rng.randint(90, 104) if roll < 0.22 else rng.randint(1, 17) if roll < 0.3 else rng.randint(18, 89)
        else:
            age = rng.randint(low, high)
        self.birth = maker.note_date - dt.timedelta(days=age * 365 + rng.randrange(365))
        self.age = (maker.note_date - self.birth).days * 100 // 36525
        self.given: str = ""
        self.middle: str = ""
        self.family: str = ""
        self.full: str = ""
        self.pinyin_family = self.pinyin_given = ""
        zh_name = maker.language == "zh" and self.kind != "f"
        if zh_name:
            self._zh_name(rng)
        else:
            self._latin_name(rng, maker)
        latin_given, latin_family = (
            (self.pinyin_given, self.pinyin_family) if zh_name else (_ascii(self.given), _ascii(self.family))
        )
        self.latin_given = latin_given.lower() or "x"
        self.latin_family = latin_family.lower() or "x"
        style = rng.randrange(4)
        number = f"{rng.randrange(1, 100):02d}"
        if zh_name:
            self.user = [
                f"{self.latin_family}{self.latin_given}{number}",
                f"{self.latin_family}{self.latin_given}",
                f"{self.latin_family}{self.latin_given[:1]}{number}",
                f"{self.latin_given[:1]}{self.latin_family}{number[1]}",
            ][style]
        else:
            self.user = [
                f"{self.latin_given[:1]}{self.latin_family[:8]}{number}",
                f"{self.latin_family[:7]}{self.latin_given[:1]}",
                f"{self.latin_given[:1]}{_ascii(self.middle)[:1].lower()}{self.latin_family[:6]}",
                f"{self.latin_family[:6]}{self.latin_given[:2]}{number}",
            ][style]
        self.number = number
        # phones
        if maker.language == "zh":
            self.mobile = rng.choice(_ZH_MOBILE_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(8))
        self.area = str(rng.choice(_AREA_CODES))
        self.exchange = str(rng.randint(201, 989))
        self.line = f"{rng.randrange(10000):04d}"
        self.alt = (str(rng.choice(_AREA_CODES)), str(rng.randint(201, 989)), f"{rng.randrange(10000):04d}")
        self.extension = str(rng.randint(2000, 7999))
        self.pager = f"{rng.randint(2, 9)}{rng.randrange(1000, 10000)}"
        self.npi = _npi(rng)
        self.dea = _dea(rng, self.family)
        self.ssn = _ssn(rng)
        self.mrn = _digits(rng, 8)
        self.xmrn = rng.choice(("E", "M", "")) + _digits(rng, 7)
        self.member = "".join(rng.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(3)) + _digits(rng, 9)
        self.dictid = str(rng.randint(1000, 99999))
        self.workno = rng.choice(("", "", "N", "D", "Y")) + _digits(rng, rng.choice((4, 5, 6)), lead="0123456789")
        self.rid = ""
        while maker.language == "zh" and (not self.rid or int(self.rid[16]) % 2 != (self.sex == "M")):
            self.rid = cn_resident_id(rng, self.birth)
        self.bah = _digits(rng, rng.choice((7, 8, 10)), lead="0123456789")
        self.card = _digits(rng, 10)
        self.ybh = rng.choice(("3301", "1101", "4401", "3201")) + _digits(rng, 11, lead="0123456789")
        self.ybkh = rng.choice("ABCDEFGHJK") + _digits(rng, 8)
        self.alias = rng.choice(_ZH_ENGLISH_ALIASES)
        rel_pool: tuple[tuple[str, str, str], ...] = {
            "F": (
                ("DAU", "daughter", "女儿"),
                ("SIS", "sister", "姐姐"),
                ("MTH", "mother", "母亲"),
                ("SPO", "wife", "妻子"),
                ("NIE", "niece", "侄女"),
            ),
            "M": (
                ("SON", "son", "儿子"),
                ("BRO", "brother", "哥哥"),
                ("FTH", "father", "父亲"),
                ("SPO", "husband", "丈夫"),
                ("NEP", "nephew", "外甥"),
            ),
        }[self.sex]
        patient = maker.patient
        if self.kind == "m":
            rel_pool = (("MTH", "mother", "母亲"),)
        elif patient is not None and patient.age >= 55:
            rel_pool = tuple(r for r in rel_pool if r[0] not in ("MTH", "FTH"))
        elif patient is not None and patient.age < 18:
            rel_pool = tuple(r for r in rel_pool if r[0] in ("MTH", "FTH", "SIS", "BRO"))
        self.relcode, self.rel, self.relcn = rng.choice(rel_pool)
        self.email_style = rng.randrange(4)
        self.ocr_seed = rng.randrange(1 << 30)
        self._address: tuple[str, str, str, str, str] | None = None

    def _latin_name(self, rng: random.Random, maker: _Maker) -> None:
        weights = [w for _, w in _EN_LOCALES]
        locales = [loc for loc, _ in _EN_LOCALES]
        if self.kind == "f" and maker.language == "en":
            locale = rng.choice(_FOREIGN_LOCALES)
        elif self.kind == "f":
            locale = "en_US"
        else:
            locale = rng.choices(locales, weights)[0]
        for _ in range(20):
            if locale == "zh_ROM":
                fake = maker.faker("zh_CN")
                given, middle, family = (
                    fake.first_romanized_name(),
                    fake.first_romanized_name(),
                    fake.last_romanized_name(),
                )
            else:
                fake = maker.faker(locale)
                pick = fake.first_name_female if self.sex == "F" else fake.first_name_male
                given, middle, family = pick(), pick(), fake.last_name()
            if self.kind == "r" and maker.patient is not None and rng.random() < 0.55:
                family = maker.patient.family
            parts = (given.strip(), middle.strip(), family.strip())
            if all(parts) and not any(_TITLE_LIKE.match(p) for p in parts) and parts[1] != parts[0]:
                break
        self.given, self.middle, self.family = parts
        self.full = f"{self.given} {self.family}"

    def _zh_name(self, rng: random.Random) -> None:
        maker = self.maker
        for _ in range(50):
            roll = rng.random()
            if self.kind == "r" and maker.patient is not None and rng.random() < 0.45:
                family, family_py = maker.patient.family, maker.patient.pinyin_family
            elif roll < 0.07:
                family, family_py = rng.choice(_ZH_COMPOUND_SURNAMES)
            elif roll < 0.14:
                family, family_py = rng.choice(_ZH_RARE_SURNAMES)
            else:
                family, family_py = rng.choice(_ZH_SURNAMES)
            size = rng.choices((1, 2, 3), (28, 70, 2))[0]
            chars = [rng.choice(_ZH_GIVEN_CHARS) for _ in range(size)]
            given = "".join(c for c, _ in chars)
            full = family + given
            if not full.endswith(_ZH_TITLE_ENDINGS) and len(set(given)) == len(given):
                break
        self.family, self.given, self.full = family, given, full
        self.pinyin_family = family_py
        self.pinyin_given = "".join(p for _, p in chars)

    # addresses -------------------------------------------------------------------------------
    def address(self) -> tuple[str, str, str, str, str]:
        """(street line, city, state/province, ZIP/postcode, district) -- lazily, from Faker or the zh tables."""
        if self._address is None:
            rng = self.maker.rng
            if self.maker.language == "zh":
                if self.rid and rng.random() < 0.8:
                    prov, city, district, _, zipcode = _ZH_AREAS[self.rid[:6]]
                else:
                    prov, city, district, _, zipcode = rng.choice((*_ZH_AREAS.values(), *_ZH_EXTRA_AREAS))
                if district.endswith("县"):
                    line = f"{rng.choice(('城关镇', '汲冢镇', '南丰镇', '白马镇'))}{rng.choice(('前楼村', '李庄村', '新河村', '东湖村'))}{rng.randint(1, 12)}组{rng.randint(1, 80)}号"
                elif rng.random() < 0.7:
                    line = f"{rng.choice(_ZH_ROADS)}{rng.randint(1, 999)}号{rng.choice(_ZH_ESTATES)}{rng.randint(1, 30)}幢{rng.randint(1, 6)}单元{rng.randint(1, 32)}0{rng.randint(1, 4)}室"
                else:
                    line = f"{rng.choice(_ZH_ROADS)}{rng.randint(1, 800)}弄{rng.randint(1, 60)}号{rng.randint(1, 20)}0{rng.randint(1, 4)}室"
                self._address = (line, city, prov, zipcode, district)
            else:
                fake = self.maker.faker("en_US")
                self._address = (
                    fake.street_address(),
                    fake.city(),
                    fake.state_abbr(include_territories=False),
                    fake.zipcode(),
                    "",
                )
        return self._address


class _Facility:
    """A hospital, clinic, lab, pharmacy or employer (``h``, ``ph``, ``e`` key prefixes)."""

    def __init__(self, maker: _Maker, key: str) -> None:
        rng = maker.rng
        kind = re.sub(r"\d+$", "", key)
        self.maker = maker
        self.extension = str(rng.randint(1000, 8999))
        self.ref = _digits(rng, 7)
        if maker.language == "zh":
            prov, city, district, area, zipcode = rng.choice((*_ZH_AREAS.values(), *_ZH_EXTRA_AREAS))
            short = city.removesuffix("市")
            if kind == "e":
                self.name = maker.faker("zh_CN").company()
            else:
                self.name = rng.choice(
                    (
                        f"{short}市{rng.choice(_ZH_NUMERAL_ORDINALS)}人民医院",
                        f"{short}市中医院",
                        f"{prov.removesuffix('省').removesuffix('市')}省{rng.choice(('肿瘤', '老年', '康复', '妇幼保健'))}医院",
                        f"{district}{rng.choice(('翠苑', '文新', '城关', '滨湖', '东湖'))}街道社区卫生服务中心",
                        f"{short}{rng.choice(('仁爱', '博爱', '康宁', '惠民', '济安'))}医院",
                        f"{short}市{district}人民医院",
                    )
                )
            letters = "".join(rng.choice("abcdefghjklmnpqrstwxyz") for _ in range(rng.randint(3, 5)))
            self.code = letters.upper()
            self.domain = (
                f"{letters}{rng.choice(('yy', 'hospital', 'rmyy', ''))}.{rng.choice(('com.cn', 'cn', 'org.cn'))}"
            )
            self.prov, self.city, self.zip = prov, city, zipcode
            road = rng.choice(_ZH_ROADS)
            self.street = f"{road}{rng.randint(1, 600)}号"
            self.addr = f"{'' if prov == city else prov}{city}{district}{self.street}"
            self.phone = f"{area}-{rng.randint(2, 8)}{_digits(rng, 7, lead='0123456789')}"
            self.fax = f"{area}-{rng.randint(2, 8)}{_digits(rng, 7, lead='0123456789')}"
            self.e164 = self.phone
            self.state = prov
        else:
            fake = maker.faker("en_US")
            city = fake.city()
            family = fake.last_name()
            if kind == "e":
                self.name = rng.choice(
                    (
                        fake.company(),
                        f"{fake.last_name()} Medical Transport",
                        f"{city} Home Health",
                        f"{fake.last_name()} & {fake.last_name()} Logistics",
                        f"{city} Unified School District",
                    )
                )
            elif kind == "ph":
                self.name = rng.choice(
                    (
                        f"{family} Pharmacy #{rng.randint(100, 9999)}",
                        f"{city} Drug & Compounding",
                        f"Corner Care Pharmacy #{rng.randint(10, 999)}",
                        f"{family} Apothecary",
                    )
                )
            else:
                self.name = rng.choice(
                    (
                        f"{city} General Hospital",
                        f"{city} Regional Medical Center",
                        f"St. {rng.choice(_SAINTS)} Medical Center",
                        f"{family} Memorial Hospital",
                        f"{city} Family Health Center",
                        f"{family} Orthopedic Associates",
                        f"{city} Reference Laboratory",
                        f"{city} Skilled Nursing & Rehabilitation",
                    )
                )
            words = re.findall(r"[A-Za-z]+", self.name)
            self.code = "".join(w[0] for w in words if w[0].isupper())[:4].upper() or "HOSP"
            self.domain = "".join(w.lower() for w in words[:2]) + rng.choice(
                (".org", ".com", "health.org", "-health.org")
            )
            self.street, self.city, self.state, self.zip = (
                fake.street_address(),
                city,
                fake.state_abbr(include_territories=False),
                fake.zipcode(),
            )
            self.addr = f"{self.street}, {self.city}, {self.state} {self.zip}"
            area = str(rng.choice(_AREA_CODES))
            self.phone = f"({area}) {rng.randint(201, 989)}-{rng.randrange(10000):04d}"
            self.fax = f"{area}-{rng.randint(201, 989)}-{rng.randrange(10000):04d}"
            self.e164 = f"+1{area}{rng.randint(201, 989)}{rng.randrange(10000):04d}"
        self.npi = _npi(rng)
        self.url_id = _digits(rng, rng.choice((6, 8, 10)))
        self.path = rng.choice(("referrals/status", "r", "portal/track", "s", "unsubscribe", "verify"))


class _Date:
    """A date with a few increasing times of day on it (``d`` key prefix): d1 the note's day, d2 later, d3+ earlier."""

    def __init__(self, maker: _Maker, key: str) -> None:
        rng = maker.rng
        index = int(key[1:] or "1")
        if index == 1:
            self.date = maker.note_date
        elif index == 2:  # a later event: signature, next appointment, discharge, transcription
            self.date = maker.note_date + dt.timedelta(days=rng.randint(1, 14))
        else:  # earlier events: admission, previous result, authorisation
            self.date = maker.note_date - dt.timedelta(days=rng.randint(1, 30) + 3 * (index - 3))
        start = rng.randint(0, 20 * 60)
        self.minutes = [start]
        for _ in range(5):
            self.minutes.append(min(self.minutes[-1] + rng.randint(1, 45), 24 * 60 - 1))
        self.seconds = [rng.randrange(60) for _ in self.minutes]
        self.ym = self.date - dt.timedelta(days=rng.randint(200, 3000))


# ---------------------------------------------------------------------------------------------
# Field renderings
# ---------------------------------------------------------------------------------------------
def _person_field(p: _Person, field: str) -> str:
    rng = p.maker.rng
    zh = p.maker.language == "zh" and p.kind != "f"
    street, city, state, zipcode, district = p.address() if field in _ADDRESS_FIELDS else ("", "", "", "", "")
    dash = f"{p.area}-{p.exchange}-{p.line}"
    mi = (p.middle[:1] or p.given[:1]).upper()
    table: dict[str, Callable[[], str]] = {
        "given": lambda: p.given,
        "middle": lambda: p.middle or p.given,
        "family": lambda: p.family,
        "mi": lambda: mi,
        "umi": lambda: mi,
        "umiddle": lambda: (p.middle or p.given).upper(),
        "full": lambda: p.full,
        "fullm": lambda: f"{p.given} {mi}. {p.family}",
        "ufull": lambda: p.full.upper(),
        "ugiven": lambda: p.given.upper(),
        "ufamily": lambda: p.family.upper(),
        "lf": lambda: f"{p.family}, {p.given}",
        "lfm": lambda: f"{p.family}, {p.given} {mi}",
        "ulf": lambda: f"{p.family}, {p.given}".upper() if rng.random() < 0.7 else f"{p.family},{p.given}".upper(),
        "ulfm": lambda: f"{p.family}, {p.given} {mi}".upper(),
        "user": lambda: p.user,
        "dotted": lambda: f"{p.latin_given}.{p.latin_family}",
        "rdotted": lambda: f"{p.latin_family}.{p.latin_given}",
        "initials": lambda: (p.latin_given[:1] + p.latin_family[:1]).upper(),
        "linitials": lambda: (p.latin_given[:1] + p.latin_family[:1]).lower(),
        "ocrfull": lambda: _ocr(p.full, random.Random(p.ocr_seed)),
        "ocrufull": lambda: _ocr(p.full.upper(), random.Random(p.ocr_seed)),
        "email": lambda: _email(p),
        "phone": lambda: f"({p.area}) {p.exchange}-{p.line}" if not zh else p.mobile,
        "e164": lambda: f"+1{p.area}{p.exchange}{p.line}",
        "tel": lambda: f"+1-{dash}",
        "dot": lambda: f"{p.area}.{p.exchange}.{p.line}",
        "digits": lambda: f"{p.area}{p.exchange}{p.line}",
        "dash": lambda: dash,
        "paren": lambda: f"({p.area}){p.exchange}-{p.line}",
        "ext": lambda: f"{p.area}.{p.exchange}.{p.line}{rng.choice(('x', ' x', ' ext. '))}{p.extension}",
        "ext4": lambda: p.extension,
        "area": lambda: p.area,
        "local7": lambda: f"{p.exchange}{p.line}",
        "alt": lambda: "-".join(p.alt),
        "pager": lambda: (
            f"{p.pager[0]}-{p.pager[1:]}"
            if rng.random() < 0.5
            else f"{p.area}-{p.exchange[:1]}{p.pager[:2]}-{p.pager[1:]}"
        ),
        "npi": lambda: p.npi,
        "dea": lambda: p.dea,
        "ssn": lambda: p.ssn,
        "ssnmask": lambda: rng.choice(("XXX-XX-", "***-**-", "xxx-xx-")) + p.ssn[-4:],
        "ssnnodash": lambda: p.ssn.replace("-", ""),
        "mrn": lambda: p.mrn,
        "xmrn": lambda: p.xmrn,
        "member": lambda: p.member,
        "dictid": lambda: p.dictid,
        "workno": lambda: p.workno,
        "dob": lambda: p.birth.isoformat(),
        "dob_us": lambda: f"{p.birth:%m/%d/%Y}",
        "dob_hl7": lambda: f"{p.birth:%Y%m%d}",
        "dob_cn": lambda: (
            f"{p.birth.year}年{p.birth.month}月{p.birth.day}日" if rng.random() < 0.6 else f"{p.birth:%Y年%m月%d日}"
        ),
        "dob_slash": lambda: f"{p.birth:%Y/%m/%d}",
        "age": lambda: str(p.age),
        "age3": lambda: f"{p.age:03d}",
        "agew": lambda: _en_words(p.age, rng),
        "agecn": lambda: _cn_numeral(p.age),
        "street": lambda: street,
        "ustreet": lambda: street.upper(),
        "city": lambda: city,
        "ucity": lambda: city.upper(),
        "state": lambda: state,
        "zip": lambda: zipcode,
        "addr": lambda: (
            f"{'' if state == city else state}{city}{district}{street}"
            if zh
            else f"{street}, {city}, {state} {zipcode}"
        ),
        "addr_line": lambda: street,
        "hukou": lambda: (
            f"{'' if state == city else state}{city}{district}{rng.choice(_ZH_ROADS)}{rng.randint(1, 300)}号"
        ),
        "birthplace": lambda: city if state == city else f"{state}{city}",
        "sex": lambda: p.sex,
        "sexword": lambda: {"M": "man", "F": "woman"}[p.sex],
        "sexcn": lambda: {"M": "男", "F": "女"}[p.sex],
        "sexhl7": lambda: p.sex,
        "rel": lambda: p.rel,
        "relcode": lambda: p.relcode,
        "relcn": lambda: p.relcn,
        # Chinese renderings
        "py": lambda: f"{p.latin_family.title()} {p.latin_given.title()}",
        "upy": lambda: f"{p.latin_family} {p.latin_given}".upper(),
        "upyfamily": lambda: p.latin_family.upper(),
        "upygiven": lambda: p.latin_given.upper(),
        "ename": lambda: p.alias,
        "namemask": lambda: (
            p.family + "*" * len(p.given) if rng.random() < 0.5 or len(p.given) < 2 else p.family + "*" + p.given[1:]
        ),
        "mobile": lambda: p.mobile,
        "mob_sp": lambda: f"{p.mobile[:3]} {p.mobile[3:7]} {p.mobile[7:]}",
        "mob_dash": lambda: f"{p.mobile[:3]}-{p.mobile[3:7]}-{p.mobile[7:]}",
        "mob_86": lambda: (
            f"+86 {p.mobile[:3]}-{p.mobile[3:7]}-{p.mobile[7:]}" if rng.random() < 0.5 else f"(+86) {p.mobile}"
        ),
        "mob_86c": lambda: f"+86{p.mobile}",
        "mob_mask": lambda: f"{p.mobile[:3]}****{p.mobile[7:]}",
        "landline": lambda: (
            f"{_ZH_AREAS.get(p.rid[:6], ('', '', '', '0571', ''))[3]}-{p.exchange[:1]}{p.exchange}{p.line}"
        ),
        "ext_cn": lambda: rng.choice((p.extension, f"{p.extension[:1]}-{p.extension[1:]}")),
        "rid": lambda: p.rid,
        "rid_mask": lambda: rng.choice(
            (p.rid[:6] + "********" + p.rid[14:], p.rid[:3] + "*" * 11 + p.rid[14:], p.rid[:1] + "*" * 16 + p.rid[17:])
        ),
        "rid_low": lambda: p.rid[:17] + p.rid[17].lower(),
        "bah": lambda: p.bah,
        "card": lambda: p.card,
        "ybh": lambda: p.ybh,
        "ybkh": lambda: p.ybkh,
    }
    return table[field]()


_ADDRESS_FIELDS: Final = frozenset(
    {"street", "ustreet", "city", "ucity", "state", "zip", "addr", "addr_line", "hukou", "birthplace"}
)


def _email(p: _Person) -> str:
    maker = p.maker
    if p.kind == "s":
        return f"{p.user if maker.language == 'zh' else p.latin_given + '.' + p.latin_family}@{maker.facility('h1').domain}"
    if maker.language == "zh" and p.kind != "f":
        if p.email_style == 0:
            return f"{p.card[: 8 + p.ocr_seed % 3]}@qq.com"
        return f"{p.latin_family}{p.latin_given}{p.birth.year if p.email_style == 1 else p.number}@{_ZH_MAIL[p.ocr_seed % len(_ZH_MAIL)]}"
    local = [
        f"{p.latin_given}.{p.latin_family}{p.number}",
        f"{p.latin_given[:1]}{p.latin_family}{p.birth.year % 100:02d}",
        f"{p.latin_family}.{p.latin_given}",
        f"{p.latin_given}{p.latin_family[:1]}{p.number}",
    ][p.email_style]
    return f"{local}@{_FREE_MAIL[p.ocr_seed % len(_FREE_MAIL)]}"


def _facility_field(f: _Facility, field: str) -> str:
    table: dict[str, Callable[[], str]] = {
        "name": lambda: f.name,
        "uname": lambda: f.name.upper(),
        "code": lambda: f.code,
        "street": lambda: f.street,
        "city": lambda: f.city,
        "state": lambda: f.state,
        "prov": lambda: f.state,
        "zip": lambda: f.zip,
        "addr": lambda: f.addr,
        "phone": lambda: f.phone,
        "tel": lambda: f.phone,
        "landline": lambda: f.phone,
        "landline_ext": lambda: f"{f.phone}转{f.extension}",
        "fax": lambda: f.fax,
        "e164": lambda: f.e164,
        "npi": lambda: f.npi,
        "url": lambda: (
            f"https://{f.maker.rng.choice(('mychart', 'portal', 'zz', 'fw', 'www'))}.{f.domain}/{f.path}/{f.url_id}"
            if f.maker.rng.random() < 0.6
            else f"https://{f.domain}/{f.path}?id={f.url_id}"
        ),
        "email": lambda: f"{f.maker.rng.choice(('access', 'records', 'him', 'yiwuchu', 'referrals'))}@{f.domain}",
        "ybcode": lambda: f"H{f.ref}{f.url_id[:4]}",
    }
    return table[field]()


_EN_MONTHS: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_EN_WEEKDAYS: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _date_field(d: _Date, field: str) -> str:
    base = field.rstrip("0123456789")
    index = int(field[len(base) :] or "1") - 1
    minutes, seconds = d.minutes[index], d.seconds[index]
    hh, mm = divmod(minutes, 60)
    day = d.date
    month_name = _EN_MONTHS[day.month - 1]
    table: dict[str, Callable[[], str]] = {
        "iso": lambda: day.isoformat(),
        "us": lambda: f"{day:%m/%d/%Y}",
        "usshort": lambda: f"{day.month}/{day.day}/{day:%y}",
        "md": lambda: f"{day:%m/%d}",
        "ymd": lambda: f"{day:%Y%m%d}",
        "yymmdd": lambda: f"{day:%y%m%d}",
        "ts": lambda: f"{day:%Y%m%d}{hh:02d}{mm:02d}{seconds:02d}",
        "tsm": lambda: f"{day:%Y%m%d}{hh:02d}{mm:02d}",
        "tsz": lambda: f"{day:%Y%m%d}{hh:02d}{mm:02d}{seconds:02d}-0500",
        "isot": lambda: f"{day.isoformat()}T{hh:02d}:{mm:02d}:{seconds:02d}Z",
        "mon": lambda: f"{day.day:02d}-{month_name}-{day.year}",
        "monu": lambda: f"{day.day:02d}-{month_name.upper()}-{day.year}",
        "long": lambda: f"{day:%B} {day.day}, {day.year}",
        "short": lambda: f"{month_name} {day.day}",
        "rfc": lambda: f"{_EN_WEEKDAYS[day.weekday()]}, {day.day} {month_name} {day.year}",
        "time": lambda: f"{hh:02d}:{mm:02d}",
        "times": lambda: f"{hh:02d}:{mm:02d}:{seconds:02d}",
        "hh": lambda: f"{hh:02d}",
        "hhmm": lambda: f"{hh:02d}{mm:02d}",
        "cn": lambda: f"{day.year}年{day.month}月{day.day}日",
        "cnz": lambda: f"{day:%Y年%m月%d日}",
        "cnmd": lambda: f"{day.month}月{day.day}日",
        "cnym": lambda: f"{d.ym.year}年{d.ym.month}月",
        "slash": lambda: f"{day:%Y/%m/%d}",
        "dot": lambda: f"{day:%Y.%m.%d}",
    }
    return table[base]()


# ---------------------------------------------------------------------------------------------
# Standalone keys (no underscore): identifiers (gold where the template marks them) and filler
# ---------------------------------------------------------------------------------------------
def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


_STANDALONE: Final[dict[str, Callable[[random.Random], str]]] = {
    # identifiers
    "acc": lambda r: r.choice(
        (
            f"{r.randint(23, 25)}-{r.choice(('CH', 'HE', 'MB', 'CT', 'US'))}-{r.randrange(1000000):06d}",
            f"A{_digits(r, 9)}",
            f"CT{_digits(r, 8)}",
        )
    ),
    "plc": lambda r: r.choice((_digits(r, 7), f"ORD{_digits(r, 8)}", f"P{_digits(r, 9)}")),
    "fil": lambda r: r.choice((f"L{_digits(r, 9)}", _digits(r, 10), f"F{_digits(r, 8)}")),
    "visit": lambda r: r.choice((f"V{_digits(r, 9)}", _digits(r, 10), f"{_digits(r, 8)}-{r.randint(1, 9)}")),
    "claim": lambda r: _digits(r, 13),
    "pa": lambda r: f"PA{_digits(r, 8)}",
    "grp": lambda r: r.choice((f"GRP{_digits(r, 6)}", _digits(r, 7), f"{_alnum(r, 3)}{_digits(r, 5)}")),
    "rx": lambda r: _digits(r, 7),
    "serial": lambda r: r.choice(
        (f"{_alnum(r, 2)}{_digits(r, 8)}", f"SN{_alnum(r, 4)}-{_digits(r, 5)}", f"{_digits(r, 4)}{_alnum(r, 6)}")
    ),
    "ip": lambda r: f"10.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
    "conf": lambda r: f"{_alnum(r, 2)}{_digits(r, 6)}",
    "ref": lambda r: f"REF-{r.randint(23, 25)}{_digits(r, 6)}",
    "iis": lambda r: _digits(r, 9),
    "fhirid": lambda r: r.choice(
        (_digits(r, 7), f"{_hex(r, 8)}-{_hex(r, 4)}-{_hex(r, 4)}", f"e{_alnum(r, 10).lower()}3")
    ),
    "appt": lambda r: _digits(r, 8),
    "tin": lambda r: f"{r.randint(10, 99)}-{_digits(r, 7, lead='0123456789')}",
    "zyh": lambda r: r.choice(
        (f"ZY{_digits(r, 8)}", _digits(r, 8), f"{r.randint(23, 25)}{_digits(r, 6, lead='0123456789')}")
    ),
    "mzh": lambda r: r.choice((_digits(r, 10), f"MZ{_digits(r, 10)}", _digits(r, 12))),
    "tm": lambda r: r.choice(
        (_digits(r, 12), _digits(r, 10), f"{r.randint(23, 25)}{_digits(r, 9, lead='0123456789')}")
    ),
    "yzh": lambda r: _digits(r, r.choice((9, 10, 11))),
    "cfh": lambda r: r.choice((f"CF{_digits(r, 10)}", _digits(r, 11))),
    "fph": lambda r: r.choice((_digits(r, 8, lead="0123456789"), _digits(r, 10, lead="0"))),
    "jslsh": lambda r: _digits(r, 20),
    "bk": lambda r: f"YG{_digits(r, 9)}",
    "zz": lambda r: f"ZZ{_digits(r, 12)}",
    "sqd": lambda r: f"SX{_digits(r, 10)}",
    "jch": lambda r: _digits(r, 9),
    "yxh": lambda r: f"CT{_digits(r, 8)}",
    "jkk": lambda r: _digits(r, 16),
    "task": lambda r: _digits(r, 9),
    # filler: not PHI
    "msgid": lambda r: r.choice(
        (_digits(r, 10), f"MSG{_digits(r, 9)}", _hex(r, 16).upper(), f"{_digits(r, 6)}.{r.randint(1, 9)}")
    ),
    "ms": lambda r: str(r.randint(12, 900)),
    "reqid": lambda r: f"{_hex(r, 8)}-{_hex(r, 4)}",
    "docid": lambda r: f"{_hex(r, 8)}-{_hex(r, 4)}-{_hex(r, 4)}",
    "oid": lambda r: f"{r.randint(100, 9999)}.{r.randint(1, 99)}",
    "jobid": lambda r: _digits(r, 7),
    "faxjob": lambda r: _digits(r, 5),
    "smsid": lambda r: f"SM{_hex(r, 32)}" if r.random() < 0.5 else _digits(r, 16),
    "isa": lambda r: _digits(r, 9, lead="0"),
    "thread": lambda r: str(r.randint(1000, 99999)),
    "unit": lambda r: r.choice(("4W", "5E", "6N", "MICU", "CCU", "3S", "TELE", "ED")),
    "unitl": lambda r: r.choice(("4west", "5east", "micu", "ccu", "tele3", "ortho6")),
    "room": lambda r: str(r.randint(201, 1240)),
    "bedl": lambda r: r.choice("AB"),
    "bed": lambda r: str(r.randint(1, 48)),
    "fc": lambda r: r.choice(("MCR", "MCD", "COM", "SELF", "HMO")),
    "marital": lambda r: r.choice("MSWDU"),
    "lang": lambda r: r.choice(("Spanish", "Vietnamese", "Cantonese", "Yoruba", "Polish", "ASL", "Haitian Creole")),
    "race": lambda r: r.choice(("2106-3", "2054-5", "2028-9", "2131-1")),
    "t": lambda r: f"{r.randint(0, 23):02d}:{r.randrange(60):02d}",
    "na": lambda r: str(r.randint(128, 149)),
    "k": lambda r: f"{r.uniform(3.3, 5.2):.1f}",
    "kcrit": lambda r: f"{r.choice((r.uniform(2.1, 2.8), r.uniform(6.3, 7.4))):.1f}",
    "cr": lambda r: f"{r.uniform(0.6, 4.8):.2f}",
    "glu": lambda r: str(r.randint(62, 420)),
    "trop": lambda r: str(r.randint(45, 2400)),
    "trop2": lambda r: str(r.randint(5, 80)),
    "hb": lambda r: str(r.randint(62, 165)),
    "wbc": lambda r: f"{r.uniform(1.2, 24.0):.1f}",
    "hr": lambda r: str(r.randint(52, 118)),
    "hrhigh": lambda r: str(r.randint(150, 212)),
    "rr": lambda r: str(r.randint(12, 30)),
    "bp": lambda r: f"{r.randint(88, 188)}/{r.randint(44, 104)}",
    "sat": lambda r: str(r.randint(86, 99)),
    "spo2low": lambda r: str(r.randint(78, 87)),
    "temp": lambda r: f"{r.uniform(36.0, 39.4):.1f}",
    "qty": lambda r: str(r.choice((14, 28, 30, 60, 90, 2, 3))),
    "refills": lambda r: str(r.randint(0, 5)),
    "ndc": lambda r: f"{r.randint(10000, 69999)}-{r.randint(100, 999)}-{r.randint(10, 99)}",
    "lot": lambda r: f"{_alnum(r, 2)}{_digits(r, 5)}",
    "pages": lambda r: str(r.randint(2, 14)),
    "amt": lambda r: f"{r.randint(80, 9800)}.{r.randrange(100):02d}",
    "payer": lambda r: r.choice(
        ("MEDICARE PART B", "AETNA BETTER HEALTH", "BLUE CROSS BLUE SHIELD", "UNITED HEALTHCARE", "MEDICAID MCO")
    ),
    "payerid": lambda r: r.choice(("00430", "60054", "87726", "SB580", "47198")),
    "cc": lambda r: r.choice(("SOB", "CHEST PAIN", "FALL", "WEAKNESS", "SYNCOPE", "ABD PAIN")),
    "dispo": lambda r: r.choice(("01 Home", "03 SNF", "06 Home health", "02 Transfer to acute", "still admitted")),
    "event": lambda r: r.choice(("admitted (A01)", "seen in the ED (A04)", "discharged (A03)", "transferred (A02)")),
    "specialty": lambda r: r.choice(("Cardiology", "Nephrology", "Geriatrics", "Orthopedics", "Pulmonology")),
    "visittype": lambda r: r.choice(("NEW PT 40", "FOLLOW UP 20", "ANNUAL WELLNESS", "POST-OP")),
    "role": lambda r: r.choice(("HIM Specialist", "Case Manager", "Referral Coordinator", "Medical Records")),
    "deptcn": lambda r: r.choice(
        ("心内科", "呼吸内科", "老年医学科", "神经内科", "普外科", "肾内科", "骨科", "ICU", "内分泌科")
    ),
    "deptcode": lambda r: r.choice(("0301", "0402", "1203", "0708", "1101")),
    "zone": lambda r: r.choice(("二楼A区", "三楼内科诊区", "门诊四楼", "B区")),
    "qno": lambda r: f"{r.choice('ABC')}{r.randint(1, 120):03d}",
    "win": lambda r: f"{r.randint(1, 12)}号窗口",
    "nation": lambda r: r.choice(("汉族", "汉族", "回族", "满族", "壮族", "土家族")),
    "job": lambda r: r.choice(("退休人员", "职员", "农民", "个体经营者", "教师", "无业")),
    "marry": lambda r: r.choice(("已婚", "丧偶", "未婚", "离婚")),
    "payway": lambda r: r.choice(("城镇职工基本医疗保险", "城乡居民基本医疗保险", "全自费", "商业医疗保险")),
    "route": lambda r: r.choice(("门诊", "急诊", "其他医疗机构转入")),
    "times": lambda r: str(r.randint(1, 9)),
    "morse": lambda r: str(r.randint(45, 95)),
    "abo": lambda r: r.choice("ABO") if r.random() < 0.8 else "AB",
    "rh": lambda r: r.choice(("阳性", "阳性", "阳性", "阴性")),
    "pjdm": lambda r: f"{r.randint(33, 44)}06{_digits(r, 4)}",
    "jym": lambda r: _alnum(r, 6).lower(),
    "ctmodel": lambda r: r.choice(("SOMATOM Force", "uCT 760", "Revolution CT", "Aquilion ONE")),
    "ward": lambda r: r.choice(("东区", "西区", "南楼")),
}


class _Maker:
    """The values of one note: entities are created on first use, so key suffixes name people."""

    def __init__(self, language: str, index: int) -> None:
        self.language = language
        self.rng = random.Random(f"blind9|{BLIND9_SEED}|{language}|{index}")
        self._faker_seed = self.rng.randrange(1 << 30)
        self._fakers: dict[str, Faker] = {}
        self.note_date = dt.date(2023, 1, 1) + dt.timedelta(days=self.rng.randrange(3 * 365))
        self.entities: dict[str, _Person | _Facility | _Date] = {}
        self.patient: _Person | None = None
        self.patient = self.person("pt")

    def faker(self, locale: str) -> Faker:
        fake = self._fakers.get(locale)
        if fake is None:
            fake = _faker(locale)
            fake.seed_instance(self._faker_seed + len(self._fakers) * 7919)
            self._fakers[locale] = fake
        return fake

    def person(self, key: str) -> _Person:
        entity = self.entities.get(key)
        if entity is None:
            entity = _Person(self, key)
            self.entities[key] = entity
        assert isinstance(entity, _Person)
        return entity

    def facility(self, key: str) -> _Facility:
        entity = self.entities.get(key)
        if entity is None:
            entity = _Facility(self, key)
            self.entities[key] = entity
        assert isinstance(entity, _Facility)
        return entity

    def date(self, key: str) -> _Date:
        entity = self.entities.get(key)
        if entity is None:
            entity = _Date(self, key)
            self.entities[key] = entity
        assert isinstance(entity, _Date)
        return entity

    def value(self, key: str) -> str:
        entity, _, field = key.partition("_")
        if not field:
            make = _STANDALONE.get(entity) or _STANDALONE[entity.rstrip("0123456789")]
            return make(self.rng)
        prefix = entity.rstrip("0123456789")
        if prefix == "d":
            return _date_field(self.date(entity), field)
        if prefix in ("h", "ph", "e"):
            return _facility_field(self.facility(entity), field)
        return _person_field(self.person(entity), field)

    def known(self) -> tuple[KnownIdentifier, ...]:
        p = self.patient
        assert p is not None
        street, city, *_ = p.address()
        if self.language == "zh":
            return (
                KnownIdentifier("PERSON", p.full),
                KnownIdentifier("PERSON", p.family),
                KnownIdentifier("PERSON", p.given),
                KnownIdentifier("ID", p.bah),
                KnownIdentifier("ID", p.rid),
                KnownIdentifier("PHONE", p.mobile),
                KnownIdentifier("ADDRESS", street),
                KnownIdentifier("LOCATION", city),
                KnownIdentifier("DATE", p.birth.isoformat()),
                KnownIdentifier("EMAIL", _email(p)),
            )
        return (
            KnownIdentifier("PERSON", p.full),
            KnownIdentifier("PERSON", p.given),
            KnownIdentifier("PERSON", p.middle),
            KnownIdentifier("PERSON", p.family),
            KnownIdentifier("ID", p.mrn),
            KnownIdentifier("ID", p.ssn),
            KnownIdentifier("PHONE", f"({p.area}) {p.exchange}-{p.line}"),
            KnownIdentifier("ADDRESS", street),
            KnownIdentifier("LOCATION", city),
            KnownIdentifier("DATE", p.birth.isoformat()),
            KnownIdentifier("EMAIL", _email(p)),
        )


_FAKERS: dict[str, Faker] = {}


def _faker(locale: str) -> Faker:
    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(locale)
    return _FAKERS[locale]


class _Values(dict[str, str]):
    """``render``'s value mapping: a key is computed the first time a template asks for it."""

    def __init__(self, maker: _Maker) -> None:
        super().__init__()
        self._maker = maker

    def __missing__(self, key: str) -> str:
        value = self._maker.value(key)
        self[key] = value
        return value


# ---------------------------------------------------------------------------------------------
# Templates: ``<<KIND:key>>`` is gold, ``{key}`` filler. Key prefixes: pt patient, s staff, r relative,
# m mother, o other patients/people, f foreign-named person, h facility, ph pharmacy, e employer or agency,
# d date; keys without an underscore are standalone identifiers or filler.
# ---------------------------------------------------------------------------------------------
EN_BLIND9_TEMPLATES: dict[str, str] = {
    "adt_a08_segments": r"""[Interface engine] ADT held for manual review -- raw segments follow
MSH|^~\&|EPICADT|{h1_code}|MEDGO|BRIDGE|<<DATE:d1_ts>>||ADT^A08^ADT_A01|{msgid}|P|2.5.1
EVN|A08|<<DATE:d1_ts>>|||<<PERSON:s1_user>>^<<PERSON:s1_ufamily>>^<<PERSON:s1_ugiven>>
PID|1||<<ID:pt_mrn>>^^^{h1_code}^MR~<<ID:pt_ssn>>^^^SSA^SS||<<PERSON:pt_ufamily>>^<<PERSON:pt_ugiven>>^<<PERSON:pt_umi>>^^MR^^L||<<DATE:pt_dob_hl7>>|{pt_sex}|||<<ADDRESS:pt_ustreet>>^^<<LOCATION:pt_ucity>>^{pt_state}^<<LOCATION:pt_zip>>^USA^H||<<PHONE:pt_paren>>^PRN^PH~^NET^Internet^<<EMAIL:pt_email>>|||{marital}
NK1|1|<<PERSON:r1_ufamily>>^<<PERSON:r1_ugiven>>|{r1_relcode}^{r1_rel}^HL70063||<<PHONE:r1_paren>>^PRN^PH||EC^Emergency Contact
PV1|1|I|{unit}^{room}^{bedl}^{h1_code}|E|||<<ID:s2_npi>>^<<PERSON:s2_ufamily>>^<<PERSON:s2_ugiven>>^^^^MD^^^NPI|||MED||||1|||<<ID:s2_npi>>^<<PERSON:s2_ufamily>>^<<PERSON:s2_ugiven>>|IN|<<ID:visit1>>|{fc}|||||||||||||||||||{h1_code}||A|||<<DATE:d3_tsm>>
NTE|1||Pt prefers <<PERSON:pt_given>>; {r1_rel} <<PERSON:r1_given>> handles scheduling\.br\Demographics verified <<DATE:d1_us>> by <<PERSON:s1_initials>> (cell changed, old # <<PHONE:pt_alt>>)
ACK pending: AE "PID-13 repetition 2 missing use code" """,
    "appointment_schedule_csv": """schedule_export.csv  clinic={h1_code}-IM  run_by=sched_batch  rows=4
ApptID,Date,Time,Provider,PatientName,MRN,Phone,VisitType,Status,Notes
<<ID:appt1>>,<<DATE:d1_iso>>,{d1_time},"<<PERSON:s1_lf>>","<<PERSON:o1_lf>>",<<ID:o1_mrn>>,<<PHONE:o1_dash>>,NEW PT 40,CONF,
<<ID:appt2>>,<<DATE:d1_iso>>,{d1_time2},"<<PERSON:s1_lf>>","<<PERSON:pt_lf>>",<<ID:pt_mrn>>,<<PHONE:pt_phone>>,{visittype},ARRV,"interp {lang}; {r1_rel} <<PERSON:r1_full>> to accompany"
<<ID:appt3>>,<<DATE:d1_iso>>,{d1_time3},"<<PERSON:s2_lf>>","<<PERSON:o2_lf>>",<<ID:o2_mrn>>,<<PHONE:o2_digits>>,FOLLOW UP 20,NOSHOW,"LM on vm <<DATE:d1_md>> -<<PERSON:s3_linitials>>"
<<ID:appt4>>,<<DATE:d2_iso>>,{d2_time},"<<PERSON:s2_lf>>","<<PERSON:o3_lf>>",<<ID:o3_mrn>>,<<PHONE:o3_e164>>,ANNUAL WELLNESS,SCHED,"pt is <<AGE:o3_age>>, needs 40 min slot"
""",
    "audit_log_feed": """AUDIT EXPORT feed=PRIVACY_MONITOR filter=mrn:<<ID:pt_mrn>> rows=6 generated <<DATE:d2_isot>>
<<DATE:d1_isot>> user=<<PERSON:s1_user>> role=RN ws=<<ID:ip1>> action=CHART_OPEN patient="<<PERSON:pt_ulf>>" enc=<<ID:visit1>> reason=TREATMENT
<<DATE:d1_isot2>> user=<<PERSON:s1_user>> action=NOTE_SIGN doc=NURSING_ADMIT enc=<<ID:visit1>>
<<DATE:d1_isot3>> user <<PERSON:s2_user>> accessed chart of <<PERSON:pt_ufull>> (MRN <<ID:pt_mrn>>) via BREAK_THE_GLASS from ws <<ID:ip2>>, stated reason "family asked"
<<DATE:d1_isot4>> user=hl7_interface action=RESULT_FILE acc=<<ID:acc1>> status=F
<<DATE:d1_isot5>> user=<<PERSON:s3_user>> action=DEMOG_EDIT field=HOME_PHONE old="<<PHONE:pt_digits>>" new="<<PHONE:pt_alt>>"
<<DATE:d1_isot6>> user=<<PERSON:s2_user>> action=PRINT object=FACE_SHEET pages=2 printer=4W-NS-01
ALERT rule=SAME_SURNAME user=<<PERSON:s2_user>> (<<PERSON:s2_full>>) vs patient <<PERSON:pt_family>> -> routed to privacy officer <<PERSON:s4_full>> <<EMAIL:s4_email>>
""",
    "cda_record_target": """<!-- C-CDA CCD via HIE gateway, document id {docid}, sender {h1_code} -->
<recordTarget><patientRole>
  <id extension="<<ID:pt_mrn>>" root="2.16.840.1.113883.3.{oid}"/>
  <id extension="<<ID:pt_ssn>>" root="2.16.840.1.113883.4.1"/>
  <addr use="HP"><streetAddressLine><<ADDRESS:pt_street>></streetAddressLine><city><<LOCATION:pt_city>></city><state>{pt_state}</state><postalCode><<LOCATION:pt_zip>></postalCode><country>US</country></addr>
  <telecom use="MC" value="tel:<<PHONE:pt_tel>>"/>
  <telecom use="HP" value="mailto:<<EMAIL:pt_email>>"/>
  <patient>
    <name use="L"><given><<PERSON:pt_given>></given><given><<PERSON:pt_middle>></given><family><<PERSON:pt_family>></family></name>
    <administrativeGenderCode code="{pt_sex}" codeSystem="2.16.840.1.113883.5.1"/>
    <birthTime value="<<DATE:pt_dob_hl7>>"/>
    <guardian><code code="{r1_relcode}" codeSystem="2.16.840.1.113883.5.111"/><telecom value="tel:<<PHONE:r1_tel>>"/>
      <guardianPerson><name><given><<PERSON:r1_given>></given><family><<PERSON:r1_family>></family></name></guardianPerson></guardian>
  </patient>
</patientRole></recordTarget>
<author><time value="<<DATE:d1_tsz>>"/><assignedAuthor><id extension="<<ID:s1_npi>>" root="2.16.840.1.113883.4.6"/>
  <telecom use="WP" value="tel:<<PHONE:s1_tel>>"/>
  <assignedPerson><name><prefix>Dr.</prefix><given><<PERSON:s1_given>></given><family><<PERSON:s1_family>></family><suffix>MD</suffix></name></assignedPerson>
  <representedOrganization><name><<ORG:h1_name>></name><addr><streetAddressLine><<ADDRESS:h1_street>></streetAddressLine><city><<LOCATION:h1_city>></city><state>{h1_state}</state></addr></representedOrganization>
</assignedAuthor></author>
<legalAuthenticator><time value="<<DATE:d2_tsz>>"/><signatureCode code="S"/><assignedEntity><assignedPerson><name><given><<PERSON:s2_given>></given><family><<PERSON:s2_family>></family></name></assignedPerson></assignedEntity></legalAuthenticator>
""",
    "census_csv_export": """# census_{unitl}.csv generated <<DATE:d1_iso>> {d1_times} by CENSUS_NIGHTLY rows=4
"MRN","Patient","DOB","Age","Sex","Room","Attending","Admit","Dx","Code"
"<<ID:o1_mrn>>","<<PERSON:o1_ulf>>","<<DATE:o1_dob_us>>","<<AGE:o1_age>>","{o1_sex}","{room1}","<<PERSON:s1_lf>>","<<DATE:d6_us>>","I50.9","FULL"
"<<ID:pt_mrn>>","<<PERSON:pt_ulf>>","<<DATE:pt_dob_us>>","<<AGE:pt_age>>","{pt_sex}","{room2}","<<PERSON:s2_lf>>","<<DATE:d3_us>>","J18.9","DNR"
"<<ID:o2_mrn>>","<<PERSON:o2_ulf>>","<<DATE:o2_dob_us>>","<<AGE:o2_age>>","{o2_sex}","{room3}","<<PERSON:s1_lf>>","<<DATE:d4_us>>","N17.9","FULL"
"<<ID:o3_mrn>>","<<PERSON:o3_ulf>>","<<DATE:o3_dob_us>>","<<AGE:o3_age>>","{o3_sex}","{room4}","<<PERSON:s2_lf>>","<<DATE:d5_us>>","A41.9","DNR/DNI"
# charge RN <<PERSON:s3_full>> pgr <<PHONE:s3_pager>>; bed mgmt ext <<PHONE:s4_ext4>>
""",
    "dictation_header": """*** DICTATION SYSTEM HEADER ***
Job#: {jobid}   Work type: 12 DISCHARGE SUMMARY   Site: {h1_code}
Dictated: <<DATE:d1_us>> {d1_time}   Transcribed: <<DATE:d2_us>> {d2_time}   TAT: 14h
Dictator: <<PERSON:s1_ulf>> (ID <<ID:s1_dictid>>)   Transcriptionist: <<PERSON:s2_initials>>/<<PERSON:s3_linitials>>
Patient: <<PERSON:pt_ulf>>   Acct: <<ID:visit1>>   MR#: <<ID:pt_mrn>>   Adm: <<DATE:d3_us>>   Dis: <<DATE:d1_us>>
cc: <<PERSON:s4_full>>, MD; <<PERSON:s5_full>>, NP -- <<ORG:h2_name>>, fax <<PHONE:h2_fax>>
--- transcript begins ---
This is a <<AGE:pt_age>>-year-old {pt_sexword} admitted from <<ORG:h3_name>> with {cc}. HPI per {r1_rel} <<PERSON:r1_full>>, who can be reached at <<PHONE:r1_dot>>.
""",
    "edi_837_claim": """ISA*00*          *00*          *ZZ*{h1_code}SUBMIT   *ZZ*CLEARINGHSE    *<<DATE:d1_yymmdd>>*{d1_hhmm}*^*00501*{isa}*0*P*:~
GS*HC*{h1_code}SUBMIT*CLEARINGHSE*<<DATE:d1_ymd>>*{d1_hhmm}*{isa}*X*005010X222A1~
NM1*41*2*<<ORG:h1_uname>>*****46*{isa}~
PER*IC*<<PERSON:s1_ufull>>*TE*<<PHONE:s1_digits>>*EM*<<EMAIL:s1_email>>~
NM1*85*2*<<ORG:h1_uname>>*****XX*<<ID:h1_npi>>~
N3*<<ADDRESS:h1_street>>~
N4*<<LOCATION:h1_city>>*{h1_state}*<<LOCATION:h1_zip>>~
REF*EI*<<ID:tin1>>~
SBR*P*18*<<ID:grp1>>******CI~
NM1*IL*1*<<PERSON:pt_ufamily>>*<<PERSON:pt_ugiven>>*<<PERSON:pt_umi>>***MI*<<ID:pt_member>>~
N3*<<ADDRESS:pt_ustreet>>~
N4*<<LOCATION:pt_ucity>>*{pt_state}*<<LOCATION:pt_zip>>~
DMG*D8*<<DATE:pt_dob_hl7>>*{pt_sex}~
NM1*PR*2*{payer}*****PI*{payerid}~
CLM*<<ID:claim1>>*{amt}***11:B:1*Y*A*Y*Y~
DTP*472*D8*<<DATE:d3_ymd>>~
REF*G1*<<ID:pa1>>~
HI*ABK:I10*ABF:E119*ABF:N183~
NM1*82*1*<<PERSON:s2_ufamily>>*<<PERSON:s2_ugiven>>****XX*<<ID:s2_npi>>~
LX*1~SV1*HC:99214*{amt2}*UN*1***1~DTP*472*D8*<<DATE:d3_ymd>>~
SE*24*0001~GE*1*{isa}~IEA*1*{isa}~
""",
    "email_thread_headers": """Received: from relay2.{h1_code}.local ([<<ID:ip1>>]) by mx.{h1_code}.local with ESMTPS; <<DATE:d1_rfc>> {d1_times} -0500
From: "<<PERSON:s1_lf>>" <<<EMAIL:s1_email>>>
To: <<PERSON:s2_full>> <<<EMAIL:s2_email>>>; "Release of Information" <<<EMAIL:h1_email>>>
Cc: <<EMAIL:s3_email>>
Date: <<DATE:d1_rfc>> {d1_times} -0500
Subject: RE: [SECURE] <<PERSON:pt_lf>> DOB <<DATE:pt_dob_us>> - records to <<ORG:h2_name>>
X-Mailer: Microsoft Outlook 16.0
X-MS-Exchange-Organization-SCL: -1

Hi <<PERSON:s2_given>>,
The patient's {r1_rel} <<PERSON:r1_full>> called from <<PHONE:r1_e164>> again. Authorization on file is dated <<DATE:d3_us>>; please fax the discharge summary to <<PHONE:h2_fax>> attn <<PERSON:s4_full>>.
Thanks,
<<PERSON:s1_given>>
-----Original Message-----
From: <<EMAIL:s2_email>>
Sent: <<DATE:d4_long>> {d4_time}
""",
    "fax_cover_ocr": """F A X   C O V E R   S H E E T                 Pg 1 of {pages}
T0: <<PERSON:s1_ocrfull>>    / <<ORG:h2_name>>
Fax: <<PHONE:h2_fax>>      Ph0ne: <<PHONE:s1_paren>>
FR0M: <<PERSON:s2_full>>, {role} -- <<ORG:h1_name>>
Fax: <<PHONE:h1_fax>>   Tel: <<PHONE:h1_phone>>
Date: <<DATE:d1_us>>   Time: {d1_time}   Job# {faxjob}
RE: Pat1ent <<PERSON:pt_ocrufull>>   D0B <<DATE:pt_dob_us>>   MRN <<ID:pt_mrn>>   SSN <<ID:pt_ssnmask>>
[x] Records request   [ ] Urgent   [x] Please call <<PERSON:s2_given>> at <<PHONE:s2_ext>> on receipt
C0NF1DENTIAL1TY N0TICE: The documents accompanying this te1ecopy contain health information that is legally privi1eged.
If you are not the intended recipient, notify us immediately at <<PHONE:h1_phone>>.
""",
    "fhir_api_log": """POST /fhir/r4/Patient/$match -> 200 ({ms} ms) request-id {reqid}
response excerpt, entry[0].resource:
  "resourceType": "Patient",
  "id": "<<ID:fhirid1>>",
  "identifier": [ "system": "urn:oid:2.16.840.1.113883.3.{oid}", "value": "<<ID:pt_mrn>>" ],
  "name": [ "use": "official", "family": "<<PERSON:pt_family>>", "given": [ "<<PERSON:pt_given>>", "<<PERSON:pt_middle>>" ] ],
  "telecom": [ "system": "phone", "value": "<<PHONE:pt_e164>>", "use": "mobile" ],
  "birthDate": "<<DATE:pt_dob>>",
  "generalPractitioner": [ "reference": "Practitioner/<<ID:s1_npi>>", "display": "<<PERSON:s1_lf>>" ],
  "managingOrganization": [ "display": "<<ORG:h1_name>>" ]
legacy v1 call (same session):
  "patientName": "<<PERSON:pt_ulf>>", "mrn": "<<ID:pt_mrn>>", "dob": "<<DATE:pt_dob_us>>", "age": <<AGE:pt_age>>, "pcp": "<<PERSON:s1_full>>",
  "phoneHome": "<<PHONE:pt_digits>>", "emergencyContact": "<<PERSON:r1_full>> (<<PHONE:r1_dot>>)", "lastEditedBy": "<<PERSON:s2_user>>"
$match candidates: 2, rejected "<<PERSON:o1_lf>>" (mrn <<ID:o1_mrn>>, dob <<DATE:o1_dob>>, score 0.71)
""",
    "fixed_width_rad_header": """RADIOLOGY REPORT                                                    PAGE 1 OF 1
PATIENT: <<PERSON:pt_ulfm>>                 MRN: <<ID:pt_mrn>>      ACC#: <<ID:acc1>>
DOB: <<DATE:pt_dob_us>>   AGE: <<AGE:pt_age3>>Y   SEX: {pt_sex}        LOC: {unit}-{room}
ORDERING: <<PERSON:s1_ulf>>                   NPI: <<ID:s1_npi>>   PH: <<PHONE:s1_dash>>
READING:  <<PERSON:s2_ulf>>                   EXAM DATE: <<DATE:d1_monu>> {d1_time}
EXAM: CT ABD/PELVIS W CONTRAST   CPT 74177   ORDER#: <<ID:plc1>>   VISIT: <<ID:visit1>>
-------------------------------------------------------------------------------------
IMPRESSION: 1. No acute process. 2. 8 mm RLL nodule, f/u CT in 6-12 months (Fleischner).
Prelim called to <<PERSON:s3_fullm>> at {d1_time2} by <<PERSON:s4_user>>.
Electronically signed by <<PERSON:s2_full>>, MD on <<DATE:d2_iso>> {d2_times}
""",
    "lab_callback_comments": """LAB COMMENT LOG   acc <<ID:acc1>>   ({h1_code} core lab, LIS v8)
<<DATE:d1_us>> {d1_time} CRIT: hs-Troponin I {trop} ng/L (ref <34) on <<PERSON:pt_ulfm>> MRN <<ID:pt_mrn>>
<<DATE:d1_us>> {d1_time2} Called to and read back by <<PERSON:s1_family>>, <<PERSON:s1_given>> RN (4 West) -- caller <<PERSON:s2_user>>
<<DATE:d1_us>> {d1_time3} MD notification: pgr <<PHONE:s3_pager>> no answer; notified <<PERSON:s4_initials>> (charge) at x<<PHONE:s4_ext4>>
<<DATE:d1_us>> {d1_time4} K {kcrit} mmol/L repeat on new draw, acc <<ID:acc2>>; collected by <<PERSON:s5_user>>, courier <<PERSON:s6_full>>
Previous result <<DATE:d3_us>>: {trop2} ng/L. Ordering: <<PERSON:s3_lf>> (NPI <<ID:s3_npi>>). Pt location {unit}/{room}.
""",
    "mdm_txa_document": r"""MDM^T02 received, control {msgid}
TXA|1|DS|TX|<<DATE:d1_ts>>|<<ID:s1_npi>>^<<PERSON:s1_ufamily>>^<<PERSON:s1_ugiven>>|<<DATE:d1_ts>>|<<DATE:d2_ts>>||<<ID:s2_npi>>^<<PERSON:s2_ufamily>>^<<PERSON:s2_ugiven>>|<<PERSON:s3_user>>^<<PERSON:s3_ufamily>>^<<PERSON:s3_ugiven>>|{docid}^{h1_code}||||DC_SUMMARY.rtf|AU||AV
PID|1||<<ID:pt_mrn>>^^^{h1_code}^MR||<<PERSON:pt_ufamily>>^<<PERSON:pt_ugiven>>^<<PERSON:pt_umiddle>>||<<DATE:pt_dob_hl7>>|{pt_sex}
OBX|1|TX|DS^Discharge Summary||<<PERSON:pt_full>>, age <<AGE:pt_agew>>, {pt_sexword}, admitted <<DATE:d3_us>> for {cc}.\.br\Lives with {r1_rel} <<PERSON:r1_full>> (<<PHONE:r1_paren>>).||||||F
OBX|2|TX|DS^Discharge Summary||Follow up with <<PERSON:s4_lf>> at <<ORG:h2_name>>, <<ADDRESS:h2_addr>>, tel <<PHONE:h2_phone>>, within 1 week.\.br\Home health: <<ORG:e1_name>> to start <<DATE:d2_us>>.||||||F""",
    "orm_order_message": r"""MSH|^~\&|CPOE|{h1_code}|RIS|{h1_code}|<<DATE:d1_ts>>||ORM^O01|{msgid}|P|2.3
PID|||<<ID:pt_mrn>>^^^{h1_code}^MR||<<PERSON:pt_ufamily>>^<<PERSON:pt_ugiven>>||<<DATE:pt_dob_hl7>>|{pt_sex}||{race}|<<ADDRESS:pt_ustreet>>^^<<LOCATION:pt_ucity>>^{pt_state}^<<LOCATION:pt_zip>>||<<PHONE:pt_digits>>|||||<<ID:visit1>>|<<ID:pt_ssnnodash>>
PV1||O|RAD^^^{h1_code}||||<<ID:s2_npi>>^<<PERSON:s2_ufamily>>^<<PERSON:s2_ugiven>>^<<PERSON:s2_umi>>
ORC|NW|<<ID:plc1>>|||||^^^<<DATE:d2_tsm>>^^R||<<DATE:d1_ts>>|<<PERSON:s1_user>>||<<ID:s2_npi>>^<<PERSON:s2_ufamily>>^<<PERSON:s2_ugiven>>^<<PERSON:s2_umi>>|||||
OBR|1|<<ID:plc1>>||71046^XR CHEST 2 VIEWS^CPT|||<<DATE:d1_ts>>||||N|||||<<ID:s2_npi>>^<<PERSON:s2_ufamily>>^<<PERSON:s2_ugiven>>|<<PHONE:s2_digits>>
NTE|1||Transport: wheelchair. Isolation: contact. Call <<PERSON:s3_full>> RN ext <<PHONE:s3_ext4>> when ready.\.br\Pt HOH, ok to speak with {r1_rel} <<PERSON:r1_given>>""",
    "oru_lab_result": r"""ORU^R01 from {h1_code}_LIS, control {msgid} (ACK AA)
PID|1||<<ID:pt_mrn>>^^^{h1_code}^MR||<<PERSON:pt_family>>^<<PERSON:pt_given>>^<<PERSON:pt_mi>>||<<DATE:pt_dob_hl7>>|{pt_sex}
ORC|RE|<<ID:plc1>>^EPC|<<ID:fil1>>^LAB||CM||||<<DATE:d1_tsm>>|||<<ID:s1_npi>>^<<PERSON:s1_ufamily>>^<<PERSON:s1_ugiven>>^^^^MD
OBR|1|<<ID:plc1>>^EPC|<<ID:fil1>>^LAB|CMP^Comprehensive metabolic panel^L|||<<DATE:d1_tsm>>|||||||<<DATE:d1_tsm>>|Blood|<<ID:s1_npi>>^<<PERSON:s1_ufamily>>^<<PERSON:s1_ugiven>>
OBX|1|NM|2951-2^Sodium^LN||{na}|mmol/L|136-145|N|||F
OBX|2|NM|2823-3^Potassium^LN||{kcrit}|mmol/L|3.5-5.1|HH|||F
OBX|3|NM|2160-0^Creatinine^LN||{cr}|mg/dL|0.60-1.30|H|||F
OBX|4|NM|2345-7^Glucose^LN||{glu}|mg/dL|70-99|H|||F
NTE|1|L|CRITICAL K {kcrit} called to and read back by <<PERSON:s2_full>>, RN on <<DATE:d1_us>> {d1_time2}\.br\Called by <<PERSON:s3_user>> (ext <<PHONE:s3_ext4>>). Hemolysis index 0.""",
    "pager_secure_chat": """[SecureChat export] thread #{thread} "{unit} huddle"  participants: @<<PERSON:s1_dotted>> @<<PERSON:s2_dotted>> @<<PERSON:s3_rdotted>>
<<DATE:d1_iso>> {d1_times} @<<PERSON:s1_dotted>>: rm {room} <<PERSON:pt_family>> sats {spo2low}% on 2L, can someone see
<<DATE:d1_iso>> {d1_times2} @<<PERSON:s2_dotted>>: omw. who's covering overnight?
<<DATE:d1_iso>> {d1_times3} @<<PERSON:s3_rdotted>>: <<PERSON:s4_full>> pgr <<PHONE:s4_pager>>, backup <<PERSON:s5_lf>> cell <<PHONE:s5_dot>>
<<DATE:d1_iso>> {d1_times4} SYSTEM: page to <<PHONE:s4_pager>> sent by <<PERSON:s2_user>> ("rm {room} desat, pls call x<<PHONE:s2_ext4>>")
<<DATE:d1_iso>> {d1_times5} @<<PERSON:s1_dotted>>: pt is <<AGE:pt_agew>> and HOH -- {r1_rel} <<PERSON:r1_given>> wants callback <<PHONE:r1_digits>>
<<DATE:d1_iso>> {d1_times6} @<<PERSON:s2_dotted>>: fyi bed {room} next door is <<PERSON:o1_full>>, not him/her. wrong chart earlier
""",
    "pharmacy_label_text": """{h1_code} OUTPT PHARMACY LABEL  ** REPRINT **
<<ORG:ph1_name>>   <<ADDRESS:ph1_addr>>   <<PHONE:ph1_phone>>
Rx# <<ID:rx1>>    Filled: <<DATE:d1_us>>    Refills: {refills}    Qty: {qty}
<<PERSON:pt_ufull>>
<<ADDRESS:pt_addr>>
TAKE 1 TABLET BY MOUTH TWICE DAILY WITH FOOD
METFORMIN HCL ER 500 MG TAB   NDC {ndc}   Lot {lot}
Prescriber: <<PERSON:s1_ulf>>   DEA <<ID:s1_dea>>   NPI <<ID:s1_npi>>
RPh: <<PERSON:s2_initials>>   Tech: <<PERSON:s3_user>>   Discard after <<DATE:d2_us>>
Pickup: <<PERSON:r1_ufull>> ({r1_rel}) ID checked, sig on file. Pt DOB <<DATE:pt_dob_us>> verified.
""",
    "referral_portal_receipt": """Referral Portal -- submission receipt
Referral ID: <<ID:ref1>>    Status: PENDING REVIEW    Submitted: <<DATE:d1_isot>>
Referring: <<PERSON:s1_lfm>> (NPI <<ID:s1_npi>>), <<ORG:h1_name>>, fax <<PHONE:h1_fax>>
Referred to: <<ORG:h2_name>> -- {specialty}   Intake: <<PERSON:s2_full>> <<EMAIL:s2_email>>
Patient: <<PERSON:pt_full>>   DOB: <<DATE:pt_dob>>   Ph: <<PHONE:pt_phone>>   Member ID: <<ID:pt_member>>   Group: <<ID:grp1>>
Guarantor: <<PERSON:r1_lf>> ({r1_rel})   Guarantor SSN: <<ID:r1_ssnmask>>   Guarantor ph: <<PHONE:r1_dash>>
Attachments: 3 (progress_<<DATE:d3_ymd>>.pdf, echo_<<DATE:d4_ymd>>.pdf, ins_card.jpg)
Track status: <<URL:h2_url>>
Questions: reply to <<EMAIL:h2_email>> or call <<PHONE:h2_phone>>
""",
    "scheduling_system_note": """SCHED NOTE (Cadence) <<DATE:d1_us>> {d1_time} - <<PERSON:s1_user>>
Pt <<PERSON:pt_full>> called re: reschedule {visittype} w/ <<PERSON:s2_lf>>. Verified DOB <<DATE:pt_dob_us>> and addr (<<ADDRESS:pt_street>>).
New appt <<DATE:d2_long>> @ {t1} at <<ORG:h1_name>>, appt # <<ID:appt1>>. Pt asks reminders go to {r1_rel} <<PERSON:r1_full>> <<PHONE:r1_e164>>, not home #.
Pt is <<AGE:pt_agew>>, uses walker; ride booked with <<ORG:e1_name>> conf <<ID:conf1>>, pickup {t2}.
Waitlist swap offered to <<PERSON:o1_full>> (MRN <<ID:o1_mrn>>, ph <<PHONE:o1_dot>>) -- declined. Routed to <<PERSON:s3_user>> for auth.
""",
    "sms_gateway_log": """msg_sid,created_utc,to,from,status,error,body
{smsid1},<<DATE:d1_iso>> {d1_times},<<PHONE:pt_e164>>,<<PHONE:h1_e164>>,delivered,,"Hi <<PERSON:pt_given>>, reminder: appt w/ <<PERSON:s1_full>> on <<DATE:d2_short>> at {t1}. Reply C to confirm. <<URL:h1_url>>"
{smsid2},<<DATE:d1_iso>> {d1_times2},<<PHONE:r1_e164>>,<<PHONE:h1_e164>>,undelivered,30006,"Reminder for <<PERSON:pt_given>> <<PERSON:pt_family>>: <<DATE:d2_short>> {t1}"
{smsid3},<<DATE:d1_iso>> {d1_times3},<<PHONE:h1_e164>>,<<PHONE:pt_e164>>,received,,"C. this is the pt's {r1_rel} <<PERSON:r1_given>>, pt is <<AGE:pt_age>> now & cant read texts. use my # <<PHONE:r1_dash>>"
{smsid4},<<DATE:d1_iso>> {d1_times4},<<PHONE:o1_e164>>,<<PHONE:h1_e164>>,delivered,,"Hi <<PERSON:o1_given>>, your lab results are ready in MyChart."
""",
    "telemetry_alarm_log": """CENTRAL STATION EVENT LOG   unit {unit}   exported <<DATE:d1_us>> {d1_time6}
Bed {room}-{bedl}   Pt: <<PERSON:pt_ulf>>   MRN <<ID:pt_mrn>>   Monitor SN <<ID:serial1>>   Tx <<ID:serial2>>
{d1_time} *** RED   V-TACH   HR {hrhigh}   dur 8s   ack <<PERSON:s1_user>>
{d1_time2} **  YEL   SpO2 LOW {spo2low}%   ack <<PERSON:s1_user>>
{d1_time3} *   INOP  LEADS OFF   silenced <<PERSON:s2_user>>
{d1_time4} *** RED   ASYSTOLE (artifact)   reviewed <<PERSON:s3_lfm>>, tele tech ext <<PHONE:s3_ext4>>
{d1_time5} escalation pager <<PHONE:s4_pager>> (<<PERSON:s4_full>>) x2, no ack
NOTE: pt <<AGE:pt_age>> yo, DNR/DNI per chart; {r1_rel} <<PERSON:r1_given>> at bedside. Device reassigned from <<PERSON:o1_ulf>> at {d1_time}.
""",
    "vxu_immunization": r"""MSH|^~\&|EHR|{h1_code}|IIS|STATEIIS|<<DATE:d1_ts>>||VXU^V04^VXU_V04|{msgid}|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS
PID|1||<<ID:pt_mrn>>^^^{h1_code}^MR~<<ID:iis1>>^^^STATEIIS^SR||<<PERSON:pt_ufamily>>^<<PERSON:pt_ugiven>>^<<PERSON:pt_umiddle>>^^^^L|<<PERSON:m1_ufamily>>^<<PERSON:m1_ugiven>>^^^^^M|<<DATE:pt_dob_hl7>>|{pt_sex}|||<<ADDRESS:pt_ustreet>>^^<<LOCATION:pt_ucity>>^{pt_state}^<<LOCATION:pt_zip>>^USA^P||^PRN^PH^^^<<PHONE:pt_area>>^<<PHONE:pt_local7>>
NK1|1|<<PERSON:m1_ufamily>>^<<PERSON:m1_ugiven>>^^^^^L|MTH^Mother^HL70063|||||||||||||||||||||||||||||||^PRN^PH^^^<<PHONE:m1_area>>^<<PHONE:m1_local7>>
ORC|RE||<<ID:fil1>>^{h1_code}||||||||<<PERSON:s2_user>>^<<PERSON:s2_ufamily>>^<<PERSON:s2_ugiven>>
RXA|0|1|<<DATE:d3_ymd>>||140^Influenza, seasonal, injectable, preservative free^CVX|0.5|mL^mL^UCUM||00^New record^NIP001|<<ID:s1_npi>>^<<PERSON:s1_ufamily>>^<<PERSON:s1_ugiven>>^^^^^^NPI|^^^{h1_code}||||{lot}||SKB^GlaxoSmithKline^MVX|||CP|A
OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|V01^Not VFC eligible^HL70064||||||F|||<<DATE:d3_ymd>>""",
    "adt_alert_notification": """ENCOUNTER NOTIFICATION SERVICE -- ADT ALERT (subscription {thread})
To: <<PERSON:s1_full>> / <<ORG:h2_name>>
Your patient <<PERSON:pt_ufull>> (DOB <<DATE:pt_dob_us>>, sex {pt_sex}) was {event} at <<ORG:h1_name>> on <<DATE:d1_us>> {d1_time}.
Facility MRN: <<ID:pt_xmrn>>   Visit #: <<ID:visit1>>   Chief complaint: "{cc}"   Attending: <<PERSON:s2_ulf>>
Discharge disposition: {dispo}
Case manager <<PERSON:s3_full>>: <<PHONE:s3_ext>> / <<EMAIL:s3_email>>
Pt-reported PCP: <<PERSON:s1_ulf>>; emergency contact <<PERSON:r1_ulf>> <<PHONE:r1_paren>>
Manage alerts: <<URL:h1_url>>
""",
}

ZH_BLIND9_TEMPLATES: dict[str, str] = {
    "adt_transfer_a02": r"""[集成平台] 转科消息 ADT^A02 入站，已转发EMR
MSH|^~\&|HIS|{h1_code}|EMR|{h1_code}|<<DATE:d1_ts>>||ADT^A02|{msgid}|P|2.4
EVN|A02|<<DATE:d1_ts>>||||<<ID:s1_workno>>^<<PERSON:s1_full>>
PID|1||<<ID:pt_bah>>^^^{h1_code}^PI~<<ID:pt_rid_low>>^^^^ID||<<PERSON:pt_full>>^^^^^^L~<<PERSON:pt_upyfamily>>^<<PERSON:pt_upygiven>>^^^^^A||<<DATE:pt_dob_hl7>>|{pt_sexhl7}|||<<ADDRESS:pt_addr_line>>^^<<LOCATION:pt_city>>^^<<LOCATION:pt_zip>>||<<PHONE:pt_mobile>>^PRN^CP|<<PHONE:pt_landline>>^WPN^PH
NK1|1|<<PERSON:r1_full>>|{r1_relcode}|<<ADDRESS:r1_addr>>|<<PHONE:r1_mobile>>
PV1|1|I|{deptcode}^{bed}^^{h1_code}|||0301^{bed2}|<<ID:s2_workno>>^<<PERSON:s2_full>>|||||||||||<<ID:zyh1>>
PV2|||^转科原因：病情需要，由<<PERSON:s3_full>>与<<PERSON:s2_full>>电话沟通后同意转入""",
    "audit_log_export": """系统审计日志导出  导出人 <<PERSON:s4_user>>  条件：患者ID=<<ID:pt_bah>>  共6条
[INFO] <<DATE:d1_iso>> {d1_times} 用户 <<PERSON:s1_user>>（<<PERSON:s1_full>>，工号<<ID:s1_workno>>）于终端 <<ID:ip1>> 查看了患者 <<PERSON:pt_full>>（病案号 <<ID:pt_bah>>）的病历 模块=电子病历浏览
[INFO] <<DATE:d1_iso>> {d1_times2} 用户 <<PERSON:s2_user>> 导出了 <<PERSON:pt_full>> 的检验报告（条码 <<ID:tm1>>）格式=PDF
[WARN] <<DATE:d1_iso>> {d1_times3} 用户 <<PERSON:s2_user>> 修改联系人电话：<<PHONE:r1_mob_mask>> -> <<PHONE:r1_mobile>>（联系人 <<PERSON:r1_full>>）
[INFO] <<DATE:d1_iso>> {d1_times4} 用户 admin 批量查询 姓名包含"<<PERSON:pt_family>>" 命中 <<PERSON:o1_full>>、<<PERSON:o2_full>>、<<PERSON:pt_full>>
[INFO] <<DATE:d2_iso>> {d2_times} 用户 <<PERSON:s3_user>> 打印了身份证复印件 证件号 <<ID:pt_rid_mask>>
[ALERT] 同姓访问规则命中：<<PERSON:s3_user>>（<<PERSON:s3_full>>）与患者同姓，已推送至隐私专员 <<PERSON:s4_full>>（<<EMAIL:s4_email>>）复核
""",
    "blood_request_xml": """<?xml version="1.0" encoding="UTF-8"?>
<输血申请单 申请单号="<<ID:sqd1>>" 提交时间="<<DATE:d1_isot>>" 院区="{ward}">
  <患者 姓名="<<PERSON:pt_full>>" 性别="{pt_sexcn}" 年龄="<<AGE:pt_age>>" 住院号="<<ID:zyh1>>" 身份证号="<<ID:pt_rid>>" 血型="{abo}" RhD="{rh}"/>
  <申请医生 工号="<<ID:s1_workno>>"><<PERSON:s1_full>></申请医生>
  <上级医师><<PERSON:s2_full>></上级医师>
  <采血护士 账号="<<PERSON:s3_user>>"><<PERSON:s3_full>></采血护士>
  <血标本 条码="<<ID:tm1>>" 采集时间="<<DATE:d1_iso>> {d1_time2}"/>
  <输血史>有，<<DATE:d3_cnym>>于<<ORG:h2_name>>输注悬浮红细胞2U，无不良反应</输血史>
  <检验 项目="HGB" 结果="{hb}" 单位="g/L" 参考="130-175"/>
  <知情同意 签署人="<<PERSON:r1_full>>" 关系="{r1_relcn}" 电话="<<PHONE:r1_mobile>>" 签署日期="<<DATE:d1_iso>>"/>
</输血申请单>
""",
    "critical_value_log": """危急值登记（LIS 自动生成）  编号 {msgid}
条码：<<ID:tm1>>  标本：血清  项目：血钾  结果：{kcrit} mmol/L（危急）  参考范围：3.5-5.3
患者：<<PERSON:pt_full>>  ID：<<ID:pt_bah>>  科室：{deptcn}  床号：{bed}  年龄：<<AGE:pt_age>>岁
报告时间：<<DATE:d1_iso>> {d1_times}  报告人：<<PERSON:s1_full>>（<<PERSON:s1_user>>）
接收人：<<PERSON:s2_full>>  接收电话：<<PHONE:s2_ext_cn>>  复述确认：是  接收时间：{d1_times2}
处理医生：<<PERSON:s3_full>>  处理措施：停用氯化钾，复查血钾，心电监护
备注：首次拨打 <<PHONE:h1_landline_ext>> 无人接听，改拨<<PERSON:s3_family>>医生手机 <<PHONE:s3_mob_dash>>
""",
    "device_alarm_log": """中央监护系统报警日志  床位 {deptcn}-{bed}  设备序列号 <<ID:serial1>>  导出 <<DATE:d1_slash>> {d1_time6}
患者 <<PERSON:pt_upy>> / <<PERSON:pt_full>>  住院号 <<ID:zyh1>>  年龄 <<AGE:pt_age>>
{d1_time} 高级  室性心动过速  HR {hrhigh}  持续 6s  确认人 <<PERSON:s1_user>>
{d1_time2} 中级  SpO2 过低 {spo2low}%  确认人 <<PERSON:s1_user>>
{d1_time3} 技术  导联脱落  处理人 <<PERSON:s2_full>>
{d1_time4} 高级  停搏（伪差）  复核 <<PERSON:s3_full>>  分机 <<PHONE:s3_ext_cn>>
备注：<<DATE:d1_cn>> 夜班报警阈值由<<PERSON:s4_full>>调整；设备原绑定患者 <<PERSON:o1_namemask>> 未解绑，已由工程师 <<PERSON:s5_user>> 处理
""",
    "email_complaint_notice": """发件人: "<<PERSON:s1_full>>" <<<EMAIL:s1_email>>>
收件人: <<PERSON:s2_full>> <<<EMAIL:s2_email>>>; 医务处 <<<EMAIL:h1_email>>>
抄送: <<EMAIL:s3_email>>
日期: <<DATE:d1_cn>> {d1_times}
主题: 转发：关于患者<<PERSON:pt_full>>（住院号<<ID:zyh1>>）投诉的情况说明

<<PERSON:s2_family>>主任：
您好！患者家属<<PERSON:r1_full>>（{r1_relcn}，手机<<PHONE:r1_mob_86>>）于<<DATE:d3_cnmd>>来电，反映出院结算有误。经核对，结算单号<<ID:jslsh1>>，已请财务科<<PERSON:s4_full>>（分机<<PHONE:s4_ext_cn>>）复核。
附件：<<PERSON:pt_full>>_病历摘要.pdf
--
<<PERSON:s1_full>> 医务处  电话 <<PHONE:h1_landline>>
""",
    "emr_json_export": """[接口日志] GET /api/v2/patient/detail?patientId=<<ID:pt_bah>> 200 耗时{ms}ms traceId={reqid}
"patientName":"<<PERSON:pt_full>>","pinyin":"<<PERSON:pt_upy>>","gender":"{pt_sexcn}","birthDate":"<<DATE:pt_dob>>","age":"<<AGE:pt_age>>",
"idCardNo":"<<ID:pt_rid>>","mobile":"<<PHONE:pt_mobile>>","email":"<<EMAIL:pt_email>>","address":"<<ADDRESS:pt_addr>>","workUnit":"<<ORG:e1_name>>",
"contactName":"<<PERSON:r1_full>>","contactRelation":"{r1_relcn}","contactPhone":"<<PHONE:r1_mob_dash>>",
"inpatientNo":"<<ID:zyh1>>","deptName":"{deptcn}","bedNo":"{bed}","attendingDoctor":"<<PERSON:s1_full>>","attendingDoctorCode":"<<ID:s1_workno>>",
"nurse":"<<PERSON:s2_full>>","operator":"<<PERSON:s3_user>>","updateTime":"<<DATE:d1_iso>> {d1_times}"
""",
    "exam_request_xml": """<检查申请单 版本="1.2">
  <申请单号><<ID:sqd1>></申请单号><申请时间><<DATE:d1_isot>></申请时间>
  <患者信息><姓名><<PERSON:pt_full>></姓名><性别>{pt_sexcn}</性别><出生日期><<DATE:pt_dob_cn>></出生日期><年龄><<AGE:pt_age>>岁</年龄>
    <门诊号><<ID:mzh1>></门诊号><就诊卡号><<ID:pt_card>></就诊卡号><联系电话><<PHONE:pt_mob_sp>></联系电话></患者信息>
  <申请科室>{deptcn}</申请科室><申请医生 工号="<<ID:s1_workno>>"><<PERSON:s1_full>></申请医生>
  <检查项目 编码="CT0012">胸部CT平扫</检查项目><临床诊断>肺部感染（J18.900）</临床诊断>
  <执行科室>放射科</执行科室><预约时间><<DATE:d2_iso>> {d2_time}</预约时间><预约员><<PERSON:s2_user>></预约员>
  <备注>患者行动不便，由<<PERSON:r1_full>>陪同，联系<<PHONE:r1_mob_86c>></备注>
</检查申请单>
""",
    "followup_csv_export": """随访系统导出 followup_{d1_hh}.csv  随访组：{deptcn}  导出人：<<PERSON:s3_user>>
任务ID,患者姓名,性别,年龄,手机号,随访日期,随访人,结果,备注
<<ID:task1>>,<<PERSON:pt_full>>,{pt_sexcn},<<AGE:pt_age>>,<<PHONE:pt_mobile>>,<<DATE:d1_iso>>,<<PERSON:s1_full>>,已完成,"家属<<PERSON:r1_full>>代接，称老人今年<<AGE:pt_agecn>>岁，饮食可，下次复诊<<DATE:d2_cnmd>>"
<<ID:task2>>,<<PERSON:o1_full>>,{o1_sexcn},<<AGE:o1_age>>,<<PHONE:o1_mob_mask>>,<<DATE:d1_iso>>,<<PERSON:s1_full>>,失访,"空号，备用号码<<PHONE:o1_landline>>无人接"
<<ID:task3>>,<<PERSON:o2_full>>,{o2_sexcn},<<AGE:o2_age>>,<<PHONE:o2_mobile>>,<<DATE:d3_iso>>,<<PERSON:s2_user>>,转诊,"已转<<ORG:h2_name>>继续治疗"
""",
    "front_page_fields": """病案首页（第{times}次住院）  医疗付费方式：{payway}  健康卡号：<<ID:jkk1>>  病案号：<<ID:pt_bah>>
姓名 <<PERSON:pt_full>>  性别 {pt_sexcn}  出生日期 <<DATE:pt_dob_cn>>  年龄 <<AGE:pt_age>>  国籍 中国  民族 {nation}
出生地 <<LOCATION:pt_birthplace>>  身份证号 <<ID:pt_rid>>  职业 {job}  婚姻 {marry}
现住址 <<ADDRESS:pt_addr>>  电话 <<PHONE:pt_mobile>>  邮编 <<LOCATION:pt_zip>>
户口地址 <<ADDRESS:pt_hukou>>
工作单位及地址 <<ORG:e1_name>> <<ADDRESS:e1_addr>>  单位电话 <<PHONE:e1_tel>>
联系人姓名 <<PERSON:r1_full>>  关系 {r1_relcn}  地址 同患者  电话 <<PHONE:r1_mob_sp>>
入院途径 {route}  入院时间 <<DATE:d3_cnz>> {d3_hh}时  出院时间 <<DATE:d1_cnz>> {d1_hh}时
科主任 <<PERSON:s1_full>>  主任（副主任）医师 <<PERSON:s2_full>>  主治医师 <<PERSON:s3_full>>  住院医师 <<PERSON:s4_full>>
责任护士 <<PERSON:s5_full>>  编码员 <<PERSON:s6_full>>  质控医师 <<PERSON:s1_full>>  质控日期 <<DATE:d2_slash>>
""",
    "infection_report_card": """医院感染病例报告卡（院感系统导出）  报卡编号：<<ID:bk1>>
上报科室：{deptcn}  上报人：<<PERSON:s1_full>>  工号：<<ID:s1_workno>>  联系电话：<<PHONE:s1_mobile>>
患者姓名：<<PERSON:pt_full>>  住院号：<<ID:zyh1>>  床号：{bed}  年龄：<<AGE:pt_age>>岁
入院日期：<<DATE:d3_iso>>  感染日期：<<DATE:d1_iso>>  感染部位：下呼吸道  病原体：耐碳青霉烯肺炎克雷伯菌（CRKP）
送检标本：痰  标本条码：<<ID:tm1>>  同病房患者：<<PERSON:o1_full>>（{bed2}床）、<<PERSON:o2_full>>（{bed3}床）
感控专职人员审核：<<PERSON:s2_full>>  审核时间：<<DATE:d2_iso>> {d2_time}
备注：已告知家属<<PERSON:r1_full>>接触隔离要求；陪护人员<<PERSON:o3_full>>（护工，电话<<PHONE:o3_mob_sp>>）已培训。
""",
    "insurance_settlement": """医疗保障基金结算清单
定点医药机构名称：<<ORG:h1_name>>  机构代码：{h1_ybcode}  医保结算等级：三级
医保编号：<<ID:pt_ybh>>  病案号：<<ID:pt_bah>>  申报时间：<<DATE:d1_cn>>
一、基本信息
姓名：<<PERSON:pt_full>>  性别：{pt_sexcn}  出生日期：<<DATE:pt_dob_cn>>  年龄：<<AGE:pt_age>>  国籍：中国  民族：{nation}
患者证件类别：居民身份证  患者证件号码：<<ID:pt_rid>>  职业：{job}
现住址：<<ADDRESS:pt_addr>>
工作单位名称：<<ORG:e1_name>>  工作单位地址：<<ADDRESS:e1_addr>>  单位电话：<<PHONE:e1_tel>>  邮编：<<LOCATION:e1_zip>>
联系人姓名：<<PERSON:r1_full>>  关系：{r1_relcn}  地址：<<ADDRESS:r1_addr>>  电话：<<PHONE:r1_mobile>>
医保类型：{payway}  参保地：<<LOCATION:pt_city>>
结算期间：<<DATE:d3_cn>> 至 <<DATE:d1_cn>>  结算流水号：<<ID:jslsh1>>  票据号码：<<ID:fph1>>
医保机构经办人：<<PERSON:s1_full>>  定点医疗机构填报人：<<PERSON:s2_full>>  联系电话：<<PHONE:h1_landline>>
""",
    "invoice_print": """{h1_prov}医疗门诊收费票据（电子）
票据代码：{pjdm}  票据号码：<<ID:fph1>>  校验码：{jym}  开票日期：<<DATE:d1_iso>>
交款人：<<PERSON:pt_full>>  交款人统一社会信用代码：<<ID:pt_rid_mask>>
医保类型：{payway}  医保编号：<<ID:pt_ybh>>  门诊号：<<ID:mzh1>>  就诊日期：<<DATE:d1_iso>>  性别：{pt_sexcn}
项目名称|数量|单位|金额(元)
西药费|1|项|{amt1}
检查费|1|项|{amt2}
化验费|1|项|{amt3}
收款单位（章）：<<ORG:h1_name>>  复核人：<<PERSON:s1_full>>  收款人：<<PERSON:s2_user>>
查验网址：<<URL:h1_url>>
""",
    "lis_oru_message": r"""MSH|^~\&|LIS|{h1_code}|HIS|{h1_code}|<<DATE:d1_ts>>||ORU^R01|{msgid}|P|2.4
PID|1||<<ID:pt_bah>>^^^^PI~<<ID:pt_rid>>^^^^ID||<<PERSON:pt_full>>^<<PERSON:pt_upy>>||<<DATE:pt_dob_hl7>>|{pt_sexhl7}|||<<ADDRESS:pt_addr>>||<<PHONE:pt_mob_86c>>
PV1|1|I|{deptcn}^^{bed}||||<<ID:s1_workno>>^<<PERSON:s1_full>>
OBR|1|<<ID:yzh1>>|<<ID:tm1>>|BG^血常规+生化|||<<DATE:d1_ts>>|||<<PERSON:s4_user>>
OBX|1|NM|WBC^白细胞计数||{wbc}|10^9/L|3.5-9.5|N|||F
OBX|2|NM|HGB^血红蛋白||{hb}|g/L|130-175|L|||F
OBX|3|NM|K^钾||{kcrit}|mmol/L|3.5-5.3|HH|||F
OBX|4|NM|GLU^葡萄糖||{glu}|mg/dL|70-99|H|||F
NTE|1||危急值已电话通知病区护士<<PERSON:s2_full>>（工号<<ID:s2_workno>>），复述确认；通知人<<PERSON:s3_user>>，时间<<DATE:d1_iso>> {d1_time2}""",
    "nursing_record_tsv": "护理记录单导出\t<<ORG:h1_name>>\t病区 {deptcn}\t打印人 <<PERSON:s4_user>>\n日期\t时间\t体温\t脉搏\t呼吸\t血压\tSpO2\t病情观察及措施\t签名\n<<DATE:d1_dot>>\t{d1_time}\t{temp1}\t{hr1}\t{rr1}\t{bp1}\t{sat1}\t患者<<PERSON:pt_full>>神志清，诉夜间睡眠差，已告知值班医生<<PERSON:s1_full>>\t<<PERSON:s2_full>>\n<<DATE:d1_dot>>\t{d1_time3}\t{temp2}\t{hr2}\t{rr2}\t{bp2}\t{sat2}\t{r1_relcn}<<PERSON:r1_full>>陪护，要求转单间，已联系护士长<<PERSON:s3_family>>\t<<PERSON:s3_full>>/<<PERSON:s2_full>>\n<<DATE:d2_dot>>\t{d2_time}\t{temp3}\t{hr3}\t{rr3}\t{bp3}\t{sat3}\t患者今年<<AGE:pt_agecn>>岁，Morse评分{morse}分，跌倒高危，床栏已拉起\t<<PERSON:s5_full>>\n",
    "order_sheet_pipe": """长期医嘱单导出 | 病区：{deptcn} | 床号：{bed} | 姓名：<<PERSON:pt_full>> | 住院号：<<ID:zyh1>> | 打印人：<<PERSON:s1_user>>
序号|开始时间|医嘱号|医嘱内容|剂量|频次|开立医生|执行护士|停止时间
1|<<DATE:d1_iso>> {d1_time}|<<ID:yzh1>>|0.9%氯化钠注射液100ml+头孢呋辛钠|1.5g|q8h|<<PERSON:s2_full>>|<<PERSON:s3_full>>|
2|<<DATE:d1_iso>> {d1_time2}|<<ID:yzh2>>|阿托伐他汀钙片|20mg|qn|<<PERSON:s2_full>>|<<PERSON:s4_full>>|<<DATE:d2_iso>> {d2_time}
3|<<DATE:d1_iso>> {d1_time3}|<<ID:yzh3>>|一级护理||qd|<<PERSON:s5_full>>|<<PERSON:s3_full>>|
4|<<DATE:d1_iso>> {d1_time4}|<<ID:yzh4>>|低盐低脂糖尿病饮食||qd|<<PERSON:s5_full>>|<<PERSON:s4_full>>|
备注：家属<<PERSON:r1_full>>（{r1_relcn}，<<PHONE:r1_mob_dash>>）已签署知情同意书；会诊医生<<PERSON:s6_full>>（<<ORG:h2_name>>）
""",
    "pacs_report_header": """<<ORG:h1_name>> 医学影像科  CT检查报告单
检查号：<<ID:jch1>>  影像号：<<ID:yxh1>>  登记时间：<<DATE:d1_slash>> {d1_time}
姓名：<<PERSON:pt_full>>  性别：{pt_sexcn}  年龄：<<AGE:pt_age>>岁  住院号：<<ID:zyh1>>  床号：{bed}
申请科室：{deptcn}  申请医生：<<PERSON:s1_full>>  联系电话：<<PHONE:s1_ext_cn>>
检查部位：胸部CT平扫+增强  设备：{ctmodel}（序列号 <<ID:serial1>>）
影像所见：右肺下叶见斑片状高密度影，边界模糊。
诊断意见：右肺下叶炎症，建议治疗后复查。
报告医生：<<PERSON:s2_full>>  审核医生：<<PERSON:s3_full>>  报告日期：<<DATE:d2_cn>>
本报告仅供临床参考  咨询电话：<<PHONE:h1_landline>>
""",
    "pharmacy_dispense": """<<ORG:h1_name>> 门诊药房发药单   处方号：<<ID:cfh1>>   发票号：<<ID:fph1>>
患者：<<PERSON:pt_full>>  性别：{pt_sexcn}  年龄：<<AGE:pt_age>>岁  门诊号：<<ID:mzh1>>  费别：{payway}
临床诊断：2型糖尿病（E11.900）；高血压（I10.x00）
药品名称|规格|数量|用法用量
二甲双胍缓释片|0.5g*30片|{qty}盒|0.5g 口服 bid
苯磺酸氨氯地平片|5mg*7片|2盒|5mg 口服 qd
开方医生：<<PERSON:s1_full>>  审核药师：<<PERSON:s2_full>>  调配：<<PERSON:s3_full>>  核对发药：<<PERSON:s4_full>>
取药人：<<PERSON:r1_full>>（{r1_relcn}）  身份证：<<ID:r1_rid_mask>>  电话：<<PHONE:r1_mob_sp>>
发药时间：<<DATE:d1_iso>> {d1_times}  {win}
""",
    "queue_call_log": """叫号系统记录  诊区：{zone}  诊室：{room}  医生：<<PERSON:s1_full>>（<<ID:s1_workno>>）
<<DATE:d1_iso>> {d1_times} 呼叫 {qno1} <<PERSON:o1_namemask>> 请到{room}诊室就诊 -- 已到
<<DATE:d1_iso>> {d1_times2} 呼叫 {qno2} <<PERSON:pt_namemask>> 请到{room}诊室就诊 -- 过号
<<DATE:d1_iso>> {d1_times3} 复呼 {qno2} <<PERSON:pt_full>>（就诊卡 <<ID:pt_card>>）已到，陪同 <<PERSON:r1_full>>
<<DATE:d1_iso>> {d1_times4} 呼叫 {qno3} <<PERSON:o2_full>> -- 转<<PERSON:s2_full>>诊室
导诊台：<<PERSON:s3_full>>  分机 <<PHONE:s3_ext_cn>>  值班：<<PERSON:s4_user>>
""",
    "regional_referral": """区域医疗协同平台 -- 双向转诊单（上转）
转诊单号：<<ID:zz1>>  提交时间：<<DATE:d1_isot>>
转出机构：<<ORG:h2_name>>  转出医生：<<PERSON:s1_full>>  联系电话：<<PHONE:s1_mob_dash>>
转入机构：<<ORG:h1_name>>  转入科室：{deptcn}  接诊医生：<<PERSON:s2_full>>
患者：<<PERSON:pt_full>>  身份证号：<<ID:pt_rid>>  医保卡号：<<ID:pt_ybkh>>  年龄：<<AGE:pt_age>>
联系电话：<<PHONE:pt_mob_86>>  家庭住址：<<ADDRESS:pt_addr_line>>（<<LOCATION:pt_city>>）
紧急联系人：<<PERSON:r1_full>> <<PHONE:r1_mobile>>
初步诊断：慢性阻塞性肺疾病急性加重（J44.100）
查看详情：<<URL:h1_url>>
""",
    "sms_platform_log": """短信平台发送日志  导出时间 <<DATE:d1_iso>> {d1_times}  操作员 <<PERSON:s1_user>>
流水号|接收号码|模板|内容|状态|回执时间
{smsid1}|<<PHONE:pt_mobile>>|复诊提醒|【<<ORG:h1_name>>】<<PERSON:pt_full>>您好，您预约的<<PERSON:s2_full>>医生门诊于<<DATE:d2_cnmd>>{t1}就诊，请携带身份证及医保卡。退订回T|DELIVRD|<<DATE:d1_iso>> {d1_times2}
{smsid2}|<<PHONE:r1_mob_86c>>|检验结果通知|【<<ORG:h1_name>>】您的家属<<PERSON:pt_namemask>>的检验报告已出，可登录 <<URL:h1_url>> 查看。|DELIVRD|<<DATE:d1_iso>> {d1_times3}
{smsid3}|<<PHONE:o1_mob_mask>>|复诊提醒|【<<ORG:h1_name>>】<<PERSON:o1_namemask>>您好，您的复诊时间已变更。|UNDELIV|
{smsid4}|<<PHONE:s3_mobile>>|危急值提醒|【危急值】{deptcn}{bed}床 <<PERSON:pt_namemask>> 血钾{kcrit}mmol/L，请及时处理。|DELIVRD|<<DATE:d1_iso>> {d1_times4}
""",
    "wechat_work_chat": """【企业微信群聊记录导出】群名：{deptcn}医护群  导出人：<<PERSON:s1_user>>
<<DATE:d1_iso>> {d1_times} <<PERSON:s1_full>>(<<PERSON:s1_user>>)：@<<PERSON:s2_full>> {bed}床老<<PERSON:pt_family>>夜里又喘了，血氧{spo2low}
<<DATE:d1_iso>> {d1_times2} <<PERSON:s2_full>>：收到。家属<<PERSON:r1_full>>刚打电话<<PHONE:r1_mob_sp>>问能不能今天出院
<<DATE:d1_iso>> {d1_times3} <<PERSON:s3_ename>>（<<PERSON:s3_full>>）：出院带药已开，处方号<<ID:cfh1>>
<<DATE:d1_iso>> {d1_times4} <<PERSON:f1_full>>：Bed {bed} patient is <<AGE:pt_age>>, please confirm DNR status with Dr. <<PERSON:s1_py>> before discharge.
<<DATE:d1_iso>> {d1_times5} <<PERSON:s2_full>>：已和<<PERSON:s1_family>>主任确认。另外{bed2}床<<PERSON:o1_full>>明天转<<ORG:h2_name>>
""",
}


def generate_blind9(language: str, count: int = 500) -> list[SynthNote]:
    """``count`` notes in ``language`` ("en" or "zh"), templates round robin in sorted name order."""
    if language == "en":
        templates = EN_BLIND9_TEMPLATES
    elif language == "zh":
        templates = ZH_BLIND9_TEMPLATES
    else:
        raise ValueError(f"unsupported language {language!r}; expected 'en' or 'zh'")
    names = sorted(templates)
    notes: list[SynthNote] = []
    for index in range(count):
        name = names[index % len(names)]
        maker = _Maker(language, index)
        text, spans = render(templates[name], _Values(maker), age_of=blind9_age_of)
        notes.append(
            SynthNote(
                note_id=f"{_SPLIT}-{language}-{index + 1:04d}",
                split=_SPLIT,
                language=language,
                template=name,
                text=text,
                spans=spans,
                known=maker.known(),
            )
        )
    return notes
