"""Catch-all sweeps: numbers that are not measurements, and names by what they are not.

The context rules in ``analyzer.py`` find an identifier by the words around it ("MRN", "pager", "son").
Every new author brings labels and layouts nobody listed ("Hosp no", "短号", "Armband", "警情号"), so a
set written blind lands at 0.81-0.92 recall however many rules came before. Philter (UCSF) reached
0.99 on i2b2 the other way round: it keeps what it knows is safe and redacts the rest. These
recognisers borrow that stance where it is cheap in precision:

* **numbers** (both languages): a token that holds five or more digits, or four and a letter, is an
  identifier unless it is a known-safe shape: a measurement followed by its unit, a decimal, a
  thousands-grouped amount, a price, a date or clock time (the date rules own those), a blood
  pressure or dose ratio, a small range, a diagnosis or staging code. Shorter numbers are taken only
  after *any* label that ends like a label ("... no.", "#", "...号", "...码", "分机", "bleep"), or
  alone in brackets;
* **names** (English): two or three capitalised words in a row where each is a census name or a word
  too rare to be ordinary English (word frequencies from ``wordfreq``), and at least one of them is
  not a common word; lower-case names after a role ("spouse tyler bright-holland", "Dr neil bail").

A false positive costs a placeholder the model reads around; a miss is a disclosure, so the balance is
set for recall. ``docs/deidentification.md`` has the figures on sets written blind.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Final

import regex  # type: ignore[import-untyped]  # Presidio's own dependency; no stubs published
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from integration.deid.gazetteer import _WORD_NAMES, census_names, census_names_raw

__all__ = [
    "LowerCaseNameRecognizer",
    "MachineNameRecognizer",
    "NumberSweepRecognizer",
    "RareNameRecognizer",
    "is_common_english",
]

_FLAGS: Final = regex.VERSION1


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# ---------------------------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------------------------
# A token: letters may lead ("SCR1153", "HP20/45299"), digits and letters joined by - / _ . follow;
# digit groups separated by one space join when each is a bare number ("98 231 959", "0044 7720 685990").
_TOKEN: Final = regex.compile(
    r"(?<![A-Za-z0-9_*])(?:\+|\*{2,}|[A-Za-z]{1,6}[\-#/]?)?\d(?:[A-Za-z0-9]|[\-/_.*](?=[A-Za-z0-9*]))*"
    r"(?:[ ](?=\d)\d(?:[0-9]|[\-](?=\d))*[Xx]?(?![A-Za-z0-9]))*"
    # a block or check letter after the digits ("SP-22-598280 A1", "W1361 20 687861 N")
    r"(?:(?<=\d)[ ][A-Z]\d?(?![\p{L}\d]))?",
    _FLAGS,
)
_UNIT: Final = regex.compile(
    r"[ \t]?(?:%|‰|°|℃|x|×|\*10|mg|mcg|µg|μg|ug|ng|pg|g|kg|lb|lbs|oz|ml|mL|l|L|dl|dL|cc|mmol|µmol|μmol|umol|nmol"
    r"|pmol|meq|mEq|mosm|mOsm|iu|IU|u|U|units?|mmHg|cmH2O|kPa|Pa|cm|mm|m|km|in|ft|bpm|beats|breaths|/min|/h|/hr"
    r"|/d|/day|/L|/l|/uL|/µL|/μL|/mm3|/hpf|/lpf|h|hr|hrs|hours?|min|mins|minutes?|s|sec|secs|seconds?|d|days?"
    r"|wk|wks|weeks?|mo|mos|months?|y|yr|yrs|years?|yo|kcal|cal|kj|J|Gy|cGy|mGy|mSv|MBq|mCi|Hz|kHz|W|V|mV|mA"
    r"|cells|copies|tabs?|tablets?|caps?|capsules?|puffs?|drops?|gtt|sprays?|patch(?:es)?|vials?|amps?|doses?"
    r"|packs?|pack-years?|cigarettes?|drinks?|steps|points?|pts|times|fl|fL|px|dpi|mmHg|lpm|LPM|rpm|F|C"
    r"|美元|元|岁|次|分(?![机機])|分钟|秒|小时|天|日|周|月|年|毫克|微克|克|千克|公斤|斤|毫升|升|毫米|厘米|米|支|片|粒|袋|瓶|盒|丸"
    r"|例|人|个|张|块|针|包|滴|单位|mmol/L|g/L|U/L|次/分)"
    r"(?![A-Za-z])",
    _FLAGS,
)
_CURRENCY_BEFORE: Final = regex.compile(r"(?:[$£€¥￥]|USD|RMB|CNY|EUR|GBP|AUD|Rs\.?|INR)[ \t]?$", _FLAGS)
_SAFE_SHAPES: Final = regex.compile(
    r"\d{1,6}[.,]\d{1,4}"  # a decimal
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # an amount grouped in thousands
    r"|\d{1,3}(?:/\d{1,3}){1,2}"  # blood pressure, dose ratios (120/80, 5/325)
    r"|\d{1,3}[\-–]\d{1,3}"  # a small range (10-12)
    r"|\d{1,4}(?:\.\d{1,3})?[\-–]\d{1,4}\.\d{1,3}|\d{1,4}\.\d{1,3}[\-–]\d{1,4}"  # a reference range (0.51-0.95)
    r"|(?:19|20)\d{2}[\-–](?:19|20)\d{2}"  # years served (1971-1974)
    r"|[0-2]\d[0-5]\d[\-–][0-2]\d[0-5]\d"  # a shift (1900-0700)
    # dates and clock times belong to the date rules, which shift rather than mask them
    r"|\d{4}[\-/.]\d{1,2}(?:[\-/.]\d{1,2})?(?:T\d{1,2}(?::\d{2}){1,2})?"
    r"|\d{1,2}[\-/.]\d{1,2}[\-/.]\d{2,4}"
    r"|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"|\d{1,2}[:h]\d{2}(?::\d{2})?"
    r"|\d{3,4}h(?:rs?)?"
    # diagnosis, staging and sequence codes are clinical content
    r"|[A-TV-Z]\d{2}(?:\.[0-9A-Z]{1,4})?"
    r"|[pcyr]?T[0-4x][a-d]?N[0-3x][a-c]?M[01x][a-c]?"
    r"|(?:19|20)\d{2}s?",  # a year alone
    _FLAGS,
)
# Any label: a word or two and then "no." / "number" / "#" / "ID" / "code", in English; a Han word
# ending in 号 / 码 in Chinese. The value needs a digit and, after an English label, three of them.
_EN_ANY_LABEL: Final = regex.compile(
    r"(?<![\p{L}])(?:(?<=\p{L}[ \t]{1,2})no|No|NO|n[or]\.|No\.|NO\.|nr|num|number|Number|#|ID|Id|ref|Ref|code|Code"
    r"|serial|Serial|kit|Kit|badge|Badge|docket|Docket|ticket|Ticket|case|Case|accession|Accession|specimen|Specimen"
    r"|sample|Sample|barcode|Barcode|label|Label|tag|Tag)(?![\p{L}])"
    r"\.?[ \t]*[:#=]?[ \t]*\K(?:[A-Za-z]{1,5}[\-/ ]?)?\d[A-Za-z0-9]*(?:[\-/.][A-Za-z0-9]+)*(?:[ ]\d+){0,4}"
    r"(?:[ ][A-Z]\d?(?![\p{L}\d]))?",
    _FLAGS,
)
_ZH_ANY_LABEL: Final = regex.compile(
    r"\p{Han}{1,6}(?:号码|號碼|编号|編號|编码|編碼|号|號|码|碼|证|證|卡|ID|No\.?)[\s　]*[:：#＃]?[\s　]*\K"
    r"(?:\+|加)?(?:[A-Za-z]{1,5}[\-－]?)?\d[A-Za-z0-9*]*(?:[\-－/][A-Za-z0-9*]+)*(?:[ ]\d+){0,4}",
    _FLAGS,
)
_ZH_BED: Final = regex.compile(
    r"(?:床位号|床位號|床位|病床|床号|床號|床)[\s　]*[:：]?[\s　]*\K(?:\+|加)?[A-Za-z]{0,3}[\-－]?\d{1,4}(?![\d.])"
    r"|(?<![A-Za-z0-9])(?:\+|加)?[A-Za-z]{0,3}[\-－]?\d{1,4}(?:[\-－]\d{1,3})?(?=\s*床)(?!\s*床位费)",
    _FLAGS,
)
# Short numbers that only a label makes a phone: extensions, pagers, hospital short codes.
_EN_PHONE_LABEL: Final = regex.compile(
    r"(?<![\p{L}])(?i:pager|bleep|beeper|page|ext|extn|extension|x|vocera|spectralink|short\s+code)"
    r"\.?[ \t]*[:#(\[]?[ \t]*(?:(?i:at|on|is)[ \t]+)?\K\d(?:[\d]|[\- ](?=\d)){2,13}(?![\d])"
    # after a general word, four digits at least: "call 911" is no one's number
    r"|(?<![\p{L}])(?i:tel|phone|ph|mobile|mob|cell|fax|contact|callback|call\s+back|call|reached\s+(?:on|at)"
    r"|reachable\s+(?:on|at))"
    r"\.?[ \t]*[:#(\[]?[ \t]*(?:(?i:at|on|is)[ \t]+)?\K\d(?:[\d]|[\- ](?=\d)){3,13}(?![\d])",
    _FLAGS,
)
_ZH_PHONE_LABEL: Final = regex.compile(
    r"(?:电话|電話|手机|手機|短号|短號|分机|分機|座机|座機|内线|內線|传呼|呼机|总机|總機|热线|熱線|联系方式|聯絡|聯繫|转|轉)"
    r"[\s　]*[:：]?[\s　]*\K"
    r"\d(?:\d|[\- ](?=\d)){2,14}(?!\d)",
    _FLAGS,
)
# Digits read out, as dictation and speech-to-text write them: "five one two, two one seven, four six
# four nine", "一三八 七七六五 四八七四", "幺五七 四八幺九" (幺 and 洞 are 1 and 0 on the radio). Six or
# more in a row are a number, never prose.
_EN_SPOKEN_DIGITS: Final = regex.compile(
    r"(?<![\p{L}])(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
    r"(?:[ \t]*[,\-]?[ \t]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)){5,}(?![\p{L}])",
    _FLAGS | regex.IGNORECASE,
)
_ZH_SPOKEN_DIGITS: Final = regex.compile(
    r"[〇零一二三四五六七八九幺洞两](?:[ 　,，\-－]?[〇零一二三四五六七八九幺洞两]){5,}", _FLAGS
)
# A masked national number ("***-**-4861", "xxx-xx-2136", "###-##-0259") and the last four digits
# after their label ("SSN (last 4): 2059").
_EN_MASKED: Final = regex.compile(
    r"(?<![\w#*])[#*xX]{3}[\- ]?[#*xX]{2}[\- ]?\d{4}(?!\d)"
    r"|(?i:last[ \t]+(?:4|four)(?:[ \t]+digits)?)[ \t]*[)\]]?[ \t]*[:#=]?[ \t]*\K\d{4}(?!\d)",
    _FLAGS,
)
# Official document numbers: "汉人社工认〔2022〕4907号", "浙大司鉴所〔2023〕法病鉴字第262号", and court case
# numbers "（2021）沪0101行初366号".
_ZH_DOCUMENT_NO: Final = regex.compile(
    r"\p{Han}{1,12}[〔\[［【](?:19|20)\d{2}[〕\]］】]\p{Han}{0,8}第?\d{1,7}号"
    r"|[（(](?:19|20)\d{2}[）)]\p{Han}{1,3}\d{2,6}\p{Han}{1,5}\d{1,7}号",
    _FLAGS,
)
# An extension with its label, straight after a number ("0371-68761561，分机4737").
_ZH_EXTENSION: Final = regex.compile(r"(?<=\d[，,\s]?)(?:分机|分機|转|轉)[ 　]?[:：]?[ 　]?\d{2,6}(?!\d)", _FLAGS)
# A messaging handle after its label ("WeChat ID wxid_8693g1hp8b", "LINE：xinjin485", "微信号 lanlan_77"):
# it reaches the person as surely as a phone number. The value needs a digit or an underscore.
_HANDLE: Final = regex.compile(
    r"(?<![\p{L}])(?:(?i:wechat|weixin|whatsapp|telegram|signal|skype|qq|kakao(?:talk)?|viber)(?:[ \t]?(?i:id))?"
    r"|LINE(?:[ \t]?ID)?|Line[ \t]ID|(?i:user(?:name)?|user[ \t]id|login|handle)|微信号?|微信ID|QQ号?)"
    r"[ \t]*[:：#]?[ \t]*\K(?=[A-Za-z0-9_.\-]*[\d_])[A-Za-z][A-Za-z0-9_.\-]{3,30}(?<![.\-])",
    _FLAGS,
)
# A country code in brackets before a number: "(852) 56111937", "(65) 9123 4567", "(+63) 917 555 0123".
_PAREN_COUNTRY_PHONE: Final = regex.compile(
    r"[(（]\+?(?:1|7|20|27|30|31|33|34|39|44|49|52|55|60|61|62|63|64|65|66|81|82|84|86|91|92|94|95|852|853|855|880|886"
    r"|971|966)[)）][ \t]?\d(?:[\d]|[ \-](?=\d)){6,13}(?!\d)",
    _FLAGS,
)
# Identity card shapes of the region: Hong Kong "R536945 (1)" / "G496999（4）", Singapore NRIC/FIN
# "S 0088910 E" and its masked form "SXXXX183B", Taiwan "A123456789", Macau "1234567(8)".
_ID_CARD: Final = regex.compile(
    r"(?<![A-Za-z0-9])(?:[A-Z]{1,2}\d{6}[ \t]?[(（][0-9A][)）]|[STFGM][ \t]?\d{7}[ \t]?[A-Z]|[STFGM][X*#]{4}\d{3}[A-Z]"
    r"|[A-Z][12]\d{8}|[157]\d{6}[(（]\d[)）])(?![A-Za-z0-9])",
    _FLAGS,
)
# A number alone in brackets: "(68350)", "（DR6523114）", "[4546]"; not a year.
_BRACKETED: Final = regex.compile(
    r"(?<=[(（\[【][ \t]?)(?!(?:19|20)\d{2}[)）\]】 ])(?:[A-Za-z]{1,5}[\-]?)?\d{4,}(?:[\-/]\d+)*(?=[ \t]?[)）\]】])",
    _FLAGS,
)


_YEARISH: Final = regex.compile(r"(?:19|20)\d{2}", _FLAGS)


_TERM_BEFORE: Final = regex.compile(r"([\p{L}][\p{L}\d\-]*)[ \t]*[:=]?[ \t]*$", _FLAGS)


def _digit_count(value: str) -> int:
    return sum(c.isdigit() for c in value)


_UNIT_SUFFIX: Final = regex.compile(r"(?<=\d)[A-Za-z%µμ][A-Za-z%µμ0-9/]*$", _FLAGS)


def _is_safe_number(text: str, start: int, end: int) -> bool:
    token = text[start:end]
    if _SAFE_SHAPES.fullmatch(token):
        return True
    # the unit written onto the number ("64mmHg", "2638g", "4100IU")
    suffix = _UNIT_SUFFIX.search(token)
    if suffix and _UNIT.match(suffix.group()):
        number_end = start + suffix.start()
        if _SAFE_SHAPES.fullmatch(text[start:number_end]) or _digit_count(token) < 7:
            return True
    # a year and a clock time or count written after it ("May 5, 2025 1553")
    groups = token.split(" ")
    # (a long run of groups, "6222 3691 2025 9499 999", is an account number whatever its groups look like)
    if len(groups) == 2 and any(_YEARISH.fullmatch(g) or _SAFE_SHAPES.fullmatch(g) for g in groups):
        return all(_digit_count(g) < 5 or _SAFE_SHAPES.fullmatch(g) for g in groups)
    if _UNIT.match(text, end):
        return True
    return bool(_CURRENCY_BEFORE.search(text[max(0, start - 5) : start]))


class NumberSweepRecognizer(LocalRecognizer):
    """Identifier-shaped numbers that no labelled rule claimed (see the module docstring)."""

    def __init__(self, *, supported_language: str = "en", allow: frozenset[str] = frozenset()) -> None:
        # ``allow`` is the drug/lab allow-list (case-folded): "PLT 245000" is a count, not an identifier.
        self._allow = allow
        super().__init__(
            supported_entities=["ID_NUMBER", "PHONE_NUMBER"],
            name="NumberSweepRecognizer",
            supported_language=supported_language,
        )

    def load(self) -> None:
        return None

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        if "ID_NUMBER" in entities:
            for match in _TOKEN.finditer(text):
                token = match.group()
                digits = _digit_count(token)
                letters = sum(c.isalpha() for c in token)
                masked = token.startswith("**") and digits >= 3  # "***6691": a masked number is still one
                if not (masked or digits >= 5 or (digits >= 4 and letters >= 1)):
                    continue
                if _is_safe_number(text, match.start(), match.end()) or self._after_lab_term(text, match.start()):
                    continue
                results.append(_result(self, "ID_NUMBER", match.start(), match.end(), 0.35))
            zh = self.supported_language == "zh"
            shared = (_HANDLE, _ID_CARD)
            for pattern in (
                (*shared, _ZH_SPOKEN_DIGITS, _ZH_DOCUMENT_NO) if zh else (*shared, _EN_SPOKEN_DIGITS, _EN_MASKED)
            ):
                for match in pattern.finditer(text):
                    results.append(_result(self, "ID_NUMBER", match.start(), match.end(), 0.4))
            labels = (_ZH_ANY_LABEL, _ZH_BED) if zh else (_EN_ANY_LABEL,)
            for pattern in (*labels, _BRACKETED):
                for match in pattern.finditer(text):
                    value = match.group()
                    needed = 3 if pattern is _EN_ANY_LABEL else 1 if pattern is _ZH_BED else 2
                    if _digit_count(value) < needed or _is_safe_number(text, match.start(), match.end()):
                        continue
                    results.append(_result(self, "ID_NUMBER", match.start(), match.end(), 0.35))
        if "PHONE_NUMBER" in entities:
            patterns = (
                (_ZH_PHONE_LABEL, _ZH_EXTENSION, _PAREN_COUNTRY_PHONE)
                if self.supported_language == "zh"
                else (_EN_PHONE_LABEL, _PAREN_COUNTRY_PHONE)
            )
            for pattern in patterns:
                for match in pattern.finditer(text):
                    if _UNIT.match(text, match.end()):
                        continue
                    results.append(_result(self, "PHONE_NUMBER", match.start(), match.end(), 0.35))
        return results

    def _after_lab_term(self, text: str, start: int) -> bool:
        term = _TERM_BEFORE.search(text[max(0, start - 24) : start])
        return bool(term) and term.group(1).casefold() in self._allow


# ---------------------------------------------------------------------------------------------
# English names by what they are not
# ---------------------------------------------------------------------------------------------
# Zipf frequency (log10 per billion words) at or above which a word is ordinary English. Names are in
# wordfreq too ("ryan" 4.6), which is why a census name is never judged by frequency alone.
_COMMON_ZIPF: Final = 3.0
# A census surname rarer than this is evidence of a name on its own ("Mortimer" 3.2, "Hernandez" 3.5),
# a commoner one only completes a name ("Hill" 4.4, "Walker" 4.5).
_SURNAME_ZIPF: Final = 3.6
# Lower-case words commoner than this are words even when the census lists them ("see" 6.1, "will"
# 6.4); given names stay below it ("john" 5.1, "ryan" 4.6).
_LOWER_MAX_ZIPF: Final = 5.4
# Words a header, a ward or a service is made of: census surnames too, never part of a name here.
_HEADER_WORDS: Final[frozenset[str]] = _words(
    """PATIENT NURSE DOCTOR HOSPITAL CLINIC MEDICAL CARE CASE HOME UNIT WARD ROOM BED SERVICE SERVICES CENTER
    CENTRE GENERAL MEMORIAL SAINT ST DR MR MRS MS PROF SCHOOL COLLEGE UNIVERSITY INSURANCE COMPANY POLICE
    COUNTY CITY DISTRICT COUNCIL CHURCH FUNERAL NURSING DEPARTMENT DIVISION FAMILY HEALTH ADMISSION PLAN
    TEST LAB DAY DAYS WEEK NIGHT ACUTE ADULT ALERT ALL AND BABY BLOOD BONE BRAIN BREAST CHART CHEST CHIEF
    CHRONIC CLEAR COLD DIET DOSE DRAIN EAR EYE FEVER FIRST FLOOR FLOW FOOT GAS GOWN GRADE HEAD HEART HIGH
    LEFT RIGHT LEG LIVER LOW MAIN MASS MEAL MOBILE NEWBORN ORAL PAIN PEAK POST RAPID REST ROAD STREET SALT
    SCALE SIGN SIGNS SKIN SLEEP STAGE STOOL SUGAR TUBE VEIN WATER NEW OLD GOOD FULL FREE OPEN SMALL LARGE
    TRUE BACK DOWN ARM CALL CHANCE COURT CROSS EARLY FALL FALLS FAST FIELD FINE FRONT GAIN HARD HOLD HOUSE
    KEY LAW LESS LIGHT LINE MAN MORE MOST NEAR NEWS READ RING RIVER ROUND ROW SALE SINGLE STATE STILL TOWN
    WALK WALL WARM WAY WELL BEST BOTTOM BRIDGE DRY EVEN MILD POOR SHORT STRONG SWEET ART CAN CORN COST
    SON DAUGHTER WIFE HUSBAND MOTHER FATHER BROTHER SISTER FRIEND PARTNER SPOUSE AGE HOSP DOB AIDE"""
)


def zipf(word: str) -> float:
    """Zipf frequency of ``word`` in English (case-folded)."""
    from wordfreq import zipf_frequency  # imported late: its word lists load on first use

    return float(zipf_frequency(word.casefold(), "en"))


@functools.cache
def is_common_english(word: str) -> bool:
    """True when ``word`` (any case) is frequent enough in English to be read as a word, not a name."""
    return zipf(word) >= _COMMON_ZIPF


def _in_census(word: str) -> tuple[bool, bool]:
    given, surnames = census_names()
    # the census writes names without accents ("GARCIA" for García, "PENA" for Peña)
    key = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    key = key.upper().replace("’", "'")
    parts = key.split("-")
    is_given = key in given or (len(parts) > 1 and parts[0] in given)
    is_surname = (
        key in surnames or key.replace("'", "") in surnames or (len(parts) > 1 and all(p in surnames for p in parts))
    )
    return is_given, is_surname


_CAP_WORD: Final = r"(?:[OD][’'])?\p{Lu}\p{Ll}+(?:[’'\-]\p{Lu}?\p{Ll}+)*"
_CAPS_WORD: Final = r"\p{Lu}{2,}(?:[’'\-]\p{Lu}+)*"
_CAP_SEQ: Final = regex.compile(
    r"(?<![\p{L}\d’'\-.])(?:"
    + _CAP_WORD
    + r"(?:[ \t](?:\p{Lu}\.[ \t])?"
    + _CAP_WORD
    + r"){1,2}"
    # registration style: "HANSON Elliott", "CONEFREY, MELISSA", "NGUYEN, MINH TUAN", "BRYAN PARK"
    + r"|"
    + _CAPS_WORD
    + r",?[ \t](?:"
    + _CAP_WORD
    + r"|"
    + _CAPS_WORD
    + r")(?:[ \t]"
    + _CAPS_WORD
    + r")?"
    # "Cyrek, K.", "Van Dyke, Scott K"
    + r"|"
    + _CAP_WORD
    + r"(?:[ \t]"
    + _CAP_WORD
    + r")?,[ \t](?:\p{Lu}\.|"
    + _CAP_WORD
    + r"(?:[ \t]\p{Lu}\.?)?)"
    # an initial and a surname: "C. Jones", "K. Abernethy-Smythe"
    + r"|\p{Lu}\.[ \t]?"
    + _CAP_WORD
    + r")(?![\p{L}\d’'])",
    _FLAGS,
)


class RareNameRecognizer(LocalRecognizer):
    """Two or three capitalised words, each a census name or too rare to be an English word.

    "Clodagh Hernandez", "Charvi Hill", "Siobhán Sandhu": the given name is in no list, but it is no
    English word either. At least one word must be rare or a census given name, so "Hill Street" or
    "Major Trauma" (all common) are left alone; drug and lab terms never count.
    """

    ENTITY: Final = "PERSON"

    def __init__(self, *, allow: frozenset[str] = frozenset(), supported_language: str = "en") -> None:
        # also registered for Chinese, where it reads Latin-script names ("黃志偉（WONG Chi Wai）")
        self._allow = allow
        super().__init__(
            supported_entities=[self.ENTITY], name="RareNameRecognizer", supported_language=supported_language
        )

    def load(self) -> None:
        census_names()
        is_common_english("the")

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if self.ENTITY not in entities:
            return []
        results: list[RecognizerResult] = []
        for cell in _CELL.finditer(text):
            words = cell.group().split()
            grades = [self._grade(w[:1].upper() + w[1:].lower()) for w in words]
            if "bad" not in grades and "strong" in grades and not regex.search(r"\p{Han}", cell.group()):
                results.append(_result(self, self.ENTITY, cell.start(), cell.end(), 0.4))
        for match in _CAP_SEQ.finditer(text):
            # The longest run of two or more name-like words holding a strong one: "Patient Clodagh
            # Hernandez" gives "Clodagh Hernandez".
            run: list[tuple[int, int, str]] = []
            for word in [*_WORDS.finditer(match.group()), None]:
                grade = self._grade(word.group()) if word is not None else "bad"
                if grade != "bad" and word is not None:
                    run.append((word.start(), word.end(), grade))
                    continue
                if len(run) >= 2 and (
                    self._initial_and_surname(match.group(), run) or any(g == "strong" for *_, g in run)
                ):
                    start, end = match.start() + run[0][0], match.start() + run[-1][1]
                    results.append(_result(self, self.ENTITY, start, end, 0.4))
                run = []
        return results

    @staticmethod
    def _initial_and_surname(text: str, run: list[tuple[int, int, str]]) -> bool:
        """ "C. Jones", "Cyrek, K.": an initial makes a surname that is also a word a name."""
        return len(run) == 2 and (
            text[run[0][0] : run[0][1]].endswith(".") or text[run[1][0] : run[1][1]].endswith(".")
        )

    def _grade(self, word: str) -> str:
        """ "strong" (a census given name, or no English word), "ok" (a surname that is also a word), "bad"."""
        if regex.fullmatch(r"\p{Lu}\.", word):
            return "ok"
        if word.casefold() in self._allow:
            return "bad"
        upper = word.upper()
        is_given, is_surname = _in_census(word)
        if (is_given and upper not in _WORD_NAMES) or not is_common_english(word):
            return "strong"
        if is_surname and zipf(word) < _SURNAME_ZIPF:
            return "strong"
        # census names that are also words ("Hill", "Young", "Grace") may complete a name, never
        # the words a header or a ward is made of ("Patient", "Care", "Home")
        if upper in _HEADER_WORDS:
            return "bad"
        raw_given, raw_surnames = census_names_raw()
        return "ok" if is_surname or upper in raw_surnames or upper in raw_given else "bad"


# A table cell holding only a name, in any case ("| li na cheung |", "| SAMANTHA GARCÍA LÓPEZ |").
_CELL: Final = regex.compile(
    r"(?<=[|｜][ \t]{0,3})\p{L}[\p{L}’'\-]*(?:[ \t]\p{L}[\p{L}’'\-]*){1,3}(?=[ \t]*[|｜])", _FLAGS
)
_WORDS: Final = regex.compile(r"\p{Lu}\.|" + _CAPS_WORD + r"|" + _CAP_WORD, _FLAGS)


# Roles after which lower-case words are a name: chat and dictation write "spouse tyler bright-holland".
_KIN_OR_TITLE: Final = regex.compile(
    r"dr|mr|mrs|ms|mx|miss|prof|doctor|spouse|wife|husband|partner|son|daughter|mother|father|mom|mum|dad|brother"
    r"|sister|grandson|granddaughter|grandmother|grandfather|niece|nephew|aunt|uncle|cousin|boyfriend|girlfriend"
    r"|friend|neighbou?r|landlord|caregiver|carer|guardian",
    _FLAGS,
)
_LOWER_CUE: Final = regex.compile(
    r"(?<![\p{L}])(?i:(dr|mr|mrs|ms|mx|miss|prof|spouse|wife|husband|partner|son|daughter|mother|father|mom|mum"
    r"|dad|brother|sister|grandson|granddaughter|grandmother|grandfather|niece|nephew|aunt|uncle|cousin"
    r"|son-in-law|daughter-in-law|boyfriend|girlfriend|friend|neighbou?r|roommate|landlord|caregiver|carer"
    r"|guardian|informant|caller|contact|surgeon|assistant|anaesthetist|anesthesiologist|intensivist|fellow"
    r"|registrar|resident|attending|hospitalist|consultant|nurse|rn|np|pa|pharmacist|therapist|chaplain"
    r"|interpreter|technologist|radiologist|pathologist|coordinator|recorder|scribe|witness|witnessed\s+by"
    r"|reported\s+by|reviewed\s+by|seen\s+by|assessed\s+by|signed\s+by|dictated\s+by|verified\s+by|by"
    r"|aide|officer|constable|worker|manager|clinician|physician|doctor|airway|leader|chair|client|subject"
    r"|visitor|relative|investigator|idva|advocate|accepting|referring|covering|to|from|pending|reviewer"
    r"|rev|fr|pastor|rabbi|imam|sgt|pc|det|its|it's|this\s+is|thx|thanks|thank\s+(?:you|u)|hi|hello|hey|dear|tell"
    r"|ask|love|cheers|regards))(?![\p{L}\-])"
    r"\.?(?:'s)?[ \t]*[:(\-–!]?[ \t]*(?:(?i:dr|mr|mrs|ms|mx|miss|prof)\.?[ \t]+)?(?=[a-z])",
    _FLAGS,
)
_STOP: Final[frozenset[str]] = _words(
    """a an the and or but of to in on at for from with by as is was were be been are has had have do did not
    no nor so if then than that this these those it its he she they we you i me my his her their our your
    him them us who whom which what when where why how all any both each few more most other some such only
    own same too very can will just should now also into over under again further once here there about
    after before above below up down out off per via re pt patient numbers number aide son daughter wife husband
    mother father brother sister friend partner spouse son-in-law daughter-in-law carer caregiver nurse doctor
    hosp hospital age dob mrn"""
)


_LOWER_WORDS: Final = regex.compile(r"[a-z][a-z’'\-]+(?:[ \t]+[a-z][a-z’'\-]+){0,2}", _FLAGS)
# A name spelt out letter by letter in dictation ("last name spelled D-U-G-A-R").
_SPELLED: Final = regex.compile(r"(?<![\p{L}\-])(?:\p{Lu}-){2,}\p{Lu}(?![\p{L}\-])", _FLAGS)


class LowerCaseNameRecognizer(LocalRecognizer):
    """Lower-case names after a role or title ("spouse tyler bright-holland", "Dr neil bail").

    The words run until a function word or a verb-like ending; the group must hold a census name or
    a word too rare to be English, so "son phoned" and "by mouth" stay.
    """

    ENTITY: Final = "PERSON"

    def __init__(self, *, allow: frozenset[str] = frozenset()) -> None:
        self._allow = allow
        super().__init__(supported_entities=[self.ENTITY], name="LowerCaseNameRecognizer", supported_language="en")

    def load(self) -> None:
        census_names()
        is_common_english("the")

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if self.ENTITY not in entities:
            return []
        results: list[RecognizerResult] = []
        for cue in _LOWER_CUE.finditer(text):
            # only the cue is consumed, so a cue among the words ("hi its cindy") is tried in turn
            match = _LOWER_WORDS.match(text, cue.end())
            if match is None:
                continue
            start = match.start()
            kept: list[regex.Match[str]] = []
            named = 0
            for word in regex.finditer(r"[a-z][a-z’'\-]+", match.group()):
                grade = self._grade(word.group(), following=bool(kept))
                if grade == "bad":
                    break
                named += grade == "named"
                kept.append(word)
            # one word must be a census name, or two or more words must all be name-like
            # after a kinship word or a title one word too rare to be English is enough ("daughter bimala")
            close = _KIN_OR_TITLE.fullmatch(cue.group(1).casefold()) is not None
            if kept and (named or len(kept) >= 2 or (close and not is_common_english(kept[0].group()))):
                results.append(_result(self, self.ENTITY, start + kept[0].start(), start + kept[-1].end(), 0.4))
        for match in _SPELLED.finditer(text):
            results.append(_result(self, self.ENTITY, match.start(), match.end(), 0.4))
        return results

    def _grade(self, value: str, *, following: bool) -> str:
        """ "named" (a census name that is no common word, or any given name), "rare" (no English word), "bad"."""
        # the commonest words are never a lower-case name, census or not ("see", "will", "can")
        if value in _STOP or value in self._allow or value.upper() in _HEADER_WORDS or zipf(value) >= _LOWER_MAX_ZIPF:
            return "bad"
        is_given, is_surname = _in_census(value)
        upper = value.upper()
        common = is_common_english(value)
        if (is_given and upper not in _WORD_NAMES) or (is_surname and zipf(value) < _SURNAME_ZIPF):
            return "named"
        if following and (is_surname or "-" in value):
            # the surname after a given name may be an ordinary word ("janet hughes", "kimberly church")
            return "named"
        if not common and not value.endswith(("ed", "ing", "ly")):
            return "rare"
        return "bad"


# ---------------------------------------------------------------------------------------------
# Names as interfaces write them
# ---------------------------------------------------------------------------------------------
# HL7 v2 person fields pasted into text: "DOE^JOHN^Q^^MR", "1854581455^YAO^FANG", "wileyd^WILEY^DARREN".
# A coded element ("2951-2^Sodium^LN", "I10^Essential hypertension^I10") names its coding system; a
# person does not.
_CARET_FIELD: Final = regex.compile(r"(?<![^\s|~\[(>\"'=:,])[^\s|~^<>\"]*(?:\^[^|~^\n<>\"]*){1,9}", _FLAGS)
_CODING_SYSTEMS: Final = _words(
    """LN L SCT SNM SNM3 SNOMED SNOMEDCT I9 I9C I9CM I10 I10C ICD9 ICD10 ICD10CM ICD-10 CPT CPT4 C4 LOINC NDC CVX MVX
    RXNORM RXN UCUM ISO+ HL70001 HL70002 HL70004 HL70078 HL70085 HL70136 HL70163 HL70189 HL70203 NPI99 99ZZZ ANS+
    UPC ATC 99LOCAL LOCAL NCIT DRG MSDRG ICD HCPCS HCPT NUBC CDCREC 99SYS 99CODE"""
)
_NAME_PART: Final = regex.compile(r"[\p{L}][\p{L}’'\-. ]{0,30}", _FLAGS)
_HAN_NAME: Final = regex.compile(r"\p{Han}{2,4}", _FLAGS)
_XML_NAME: Final = regex.compile(
    r"<(?:given|family|name|(?:patient|person|doctor|nurse|author|user|contact|provider)(?:_?[Nn]ame)?|[a-z]+Name"
    r"|姓名|\p{Han}{0,6}(?:医生|医师|醫師|护士|護理師|员|員|人|者|姓名))(?:[ \t][^>]*)?>\K[^<>\n]{1,40}(?=</)",
    _FLAGS,
)
_JSON_NAME: Final = regex.compile(
    r"[\"'](?:(?i:[a-z_]*(?:patient|person|full|first|last|given|family|display|doctor|physician|nurse|provider"
    r"|author|user|contact|caller|sender|recipient|operator|reviewer|signer|guardian|kin)[a-z_]*(?:name)?|name)"
    r"|姓名|患者姓名|\p{Han}{0,6}(?:医生|医师|护士|联系人|操作员|审核人|记录人|签名))[\"']\s*:\s*[\"']\K[^\"'\n]{1,60}(?=[\"'])",
    _FLAGS,
)
_JSON_NOT_PERSON: Final = regex.compile(
    r"(?i)drug|test|file|dept|department|hospital|org|facility|product|item|unit|ward|service|device|host|app|code"
    r"|display[^\"']*(?:code|test)|科室|医院|药品|项目|检查"
)
# X12 837 person segments: "NM1*IL*1*DOE*JOHN*Q***MI*…" (entity type 1 is a person).
_X12_NAME: Final = regex.compile(r"NM1\*[A-Z0-9]{2}\*1\*\K[^*~\n]+(?:\*[^*~\n]*){0,2}", _FLAGS)
# User names after who did something in a log ("user=mmjackso", "ack idsoylu", "导出人 qinyongzhi",
# "@qian.jing"); a common English word there is a verb or a place, not a user ("by mouth").
_USER_CUE: Final = regex.compile(
    r"(?:(?<![\p{L}])(?i:user(?:name|id)?|login|operator|by|ack(?:ed|nowledged)?(?:[ \t]+by)?|caller|routed[ \t]+to"
    r"|assigned[ \t]+to|printed[ \t]+by|exported[ \t]+by|tech|rph|transcriptionist|scribe)"
    r"|用户|账号|操作员|操作人|导出人|确认人|打印人|通知人|预约员|记录人|审核人|执行人|登录名|发送人|接收人|值班|工程师)"
    r"[ \t]*[=:：]?[ \t]*(?=[a-z])|(?<![\w@])@(?=[a-z])",
    _FLAGS,
)
_USER: Final = regex.compile(r"[a-z][a-z0-9._]{2,24}(?<![._])(?![\w@])", _FLAGS)
# Who speaks after a timestamp in a chat export ("2024-08-14 01:37:58 Iris（郝然燕）：…").
_TIMESTAMP_SPEAKER: Final = regex.compile(
    r"(?<=\d{1,2}:\d{2}(?::\d{2})?[ \t])[^\s：:（(\[\]]{1,16}(?=[ \t]?(?:[（(][^）)\n]{1,12}[）)])?[ \t]?[：:])", _FLAGS
)


class MachineNameRecognizer(LocalRecognizer):
    """Names in the shapes interfaces give them: HL7 components, XML elements, JSON values, X12 segments,
    user names in audit and device logs, chat-export speakers. Both languages."""

    ENTITY: Final = "PERSON"

    def __init__(self, *, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=[self.ENTITY], name="MachineNameRecognizer", supported_language=supported_language
        )

    def load(self) -> None:
        is_common_english("the")

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if self.ENTITY not in entities:
            return []
        results: list[RecognizerResult] = []
        for field in _CARET_FIELD.finditer(text):
            results += self._caret_names(field)
        for pattern in (_XML_NAME, _JSON_NAME, _X12_NAME, _TIMESTAMP_SPEAKER):
            for match in pattern.finditer(text):
                if pattern is _JSON_NAME and _JSON_NOT_PERSON.search(text[max(0, match.start() - 40) : match.start()]):
                    continue
                value = match.group().strip()
                if value and not value.isdigit():
                    results.append(
                        _result(self, self.ENTITY, match.start(), match.start() + len(match.group().rstrip()), 0.4)
                    )
        for cue in _USER_CUE.finditer(text):
            user = _USER.match(text, cue.end())
            if user and (
                any(c.isdigit() for c in user.group()) or "." in user.group() or not is_common_english(user.group())
            ):
                results.append(_result(self, self.ENTITY, user.start(), user.end(), 0.4))
        return results

    def _caret_names(self, field: regex.Match[str]) -> list[RecognizerResult]:
        parts = field.group().split("^")
        if any(p.strip().upper() in _CODING_SYSTEMS for p in parts):
            return []
        first = parts[0]
        # XCN: an identifier or a user name, then family, given, middle; XPN: family, given, middle
        lead = 1 if (not first or any(c.isdigit() for c in first) or first.islower()) else 0
        names = parts[lead : lead + 3]
        if len(names) >= 2 and _NAME_PART.fullmatch(names[0]) and _NAME_PART.fullmatch(names[1]):
            count = 2 + (1 if len(names) == 3 and _NAME_PART.fullmatch(names[2]) else 0)
        elif lead and names and (han := _HAN_NAME.match(names[0])):
            # "N27293^甄芳辉": a Chinese name is one component
            start = field.start() + len(parts[0]) + 1
            return [_result(self, self.ENTITY, start, start + han.end(), 0.4)]
        else:
            return []
        begin = 0 if (lead and first.islower() and not first.isdigit()) else lead  # the user name is the person too
        start = field.start() + sum(len(p) + 1 for p in parts[:begin])
        end = field.start() + sum(len(p) + 1 for p in parts[: lead + count]) - 1
        return [_result(self, self.ENTITY, start, end, 0.4)] if end > start else []


def _result(recognizer: LocalRecognizer, entity: str, start: int, end: int, score: float) -> RecognizerResult:
    return RecognizerResult(
        entity_type=entity,
        start=start,
        end=end,
        score=score,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.__class__.__name__,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
        },
    )
