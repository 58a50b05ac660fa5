"""Identifier-shaped numbers that no labelled rule claimed: the number sweep.

The context rules in ``analyzer.py`` find an identifier by the words around it ("MRN", "pager"). Every
new author brings labels and layouts nobody listed ("Hosp no", "短号", "Armband", "警情号"), so sets
written blind landed at 0.81-0.92 recall for identifiers and phones however many rules came before.
Philter (UCSF) reached 0.99 on i2b2 the other way round: keep what is known to be safe, redact the rest.
Here, a token that holds five or more digits, or four and a letter, is an identifier unless it is a
known-safe shape: a measurement followed by its unit, a decimal, a thousands-grouped amount, a price, a
date or clock time (the date rules own those), a blood pressure or dose ratio, a small or reference
range, a diagnosis or staging code, a lab count after its name. Shorter numbers are taken after *any*
label shaped like one ("… no.", "#", "…号", "…码", "分机", "bleep"), alone in brackets, read out as words,
masked, or in the shapes of the region's identity cards and messaging handles.

A false positive costs a placeholder the model reads around; a miss is a disclosure, so the balance is
set for recall. ``docs/deidentification.md`` has the figures on sets written blind.
"""

from __future__ import annotations

from typing import Final

import regex  # type: ignore[import-untyped]  # Presidio's own dependency; no stubs published
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from integration.deid.results import recognizer_result

__all__ = ["NumberSweepRecognizer"]

_FLAGS: Final = regex.VERSION1


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
    # a small range (10-12, 3-0 suture); a zero-padded part makes a code, not a range ("104-007")
    r"|(?:0|[1-9]\d{0,2})[\-–](?:0|[1-9]\d{0,2})(?!\d)"
    r"|\d{1,4}(?:\.\d{1,3})?[\-–]\d{1,4}\.\d{1,3}|\d{1,4}\.\d{1,3}[\-–]\d{1,4}"  # a reference range (0.51-0.95)
    r"|(?:19|20)\d{2}[\-–](?:19|20)\d{2}"  # years served (1971-1974)
    r"|[0-2]\d[0-5]\d[\-–][0-2]\d[0-5]\d"  # a shift (1900-0700)
    # dates and clock times belong to the date rules, which shift rather than mask them
    r"|(?:1[89]|20)\d{2}[\-/.]\d{1,2}(?:[\-/.]\d{1,2})?(?:T\d{1,2}(?::\d{2}){1,2})?"
    r"|\d{1,2}[\-/.]\d{1,2}[\-/.](?:\d{2}|\d{4})"  # (a three-digit "year" makes a code: "24-04-817")
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
    r"|sample|Sample|barcode|Barcode|label|Label|tag|Tag|site|Site|subject|Subject|collar|Collar|shield|Shield"
    r"|warrant|Warrant)(?![\p{L}])"
    r"\.?[ \t]*[:#=]?[ \t]*\K(?:[A-Za-z]{1,5}[\-/ ]?)?\d[A-Za-z0-9]*(?:[\-/.][A-Za-z0-9]+)*(?:[ ]\d+){0,4}"
    r"(?:[ ][A-Z]\d?(?![\p{L}\d]))?",
    _FLAGS,
)
_ZH_ANY_LABEL: Final = regex.compile(
    r"\p{Han}{1,6}(?:号码|號碼|编号|編號|编码|編碼|号|號|码|碼|证|證|卡|ID|No\.?)[\s　]*[:：#＃]?[\s　]*\K"
    # one Han character may lead the digits ("转2275737", "供8517") and 号 may close them ("250号")
    r"(?:\+|加|\p{Han}(?=\d{3}))?(?:[A-Za-z]{1,5}[\-－]?)?\d[A-Za-z0-9*]*(?:[\-－/][A-Za-z0-9*]+)*(?:[ ]\d+){0,4}"
    r"(?:号|號)?",
    _FLAGS,
)
_ZH_BED: Final = regex.compile(
    r"(?:床位号|床位號|床位|病床|床号|床號|床)[\s　]*[:：]?[\s　]*\K"
    r"(?:\+|加)?[A-Za-z]{0,3}[\-－]?(?:\+|加)?\d{1,4}(?![\d.])"
    r"|(?<![A-Za-z0-9])(?:\+|加)?[A-Za-z]{0,3}[\-－]?\d{1,4}(?:[\-－]\d{1,3})?(?=\s*床)(?!\s*床位费)",
    _FLAGS,
)
# Short numbers that only a label makes a phone. Pager, bleep and extension words are
# ``analyzer._LABELLED_PHONE``'s; after these general ones four digits at least are needed ("call 911"
# is no one's number).
_EN_PHONE_LABEL: Final = regex.compile(
    r"(?<![\p{L}])(?i:tel|phone|ph|mobile|mob|cell|fax|contact|callback|call\s+back|call|reached\s+(?:on|at)"
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
# A masked national number ("***-**-4861", "xxx-xx-2136", "###-##-0259"); the last four digits after
# their label are ``analyzer._EN_PARTIAL_ID``'s.
_EN_MASKED: Final = regex.compile(
    r"(?<![\w#*])[#*xX]{3}[\- ]?[#*xX]{2}[\- ]?\d{4}(?!\d)",
    _FLAGS,
)
# Official document numbers: "汉人社工认〔2022〕4907号", "浙大司鉴所〔2023〕法病鉴字第262号", and court case
# numbers "（2021）沪0101行初366号".
_ZH_DOCUMENT_NO: Final = regex.compile(
    r"\p{Han}{1,12}[〔\[［【](?:19|20)\d{2}[〕\]］】]\p{Han}{0,8}第?\d{1,7}号"
    r"|[（(](?:19|20)\d{2}[）)]\p{Han}{1,3}\d{2,6}\p{Han}{1,5}\d{1,7}号"
    # certificate and mediation numbers: "贵优字5286792号", "陕民优字1431007", "宜医调字20211010"
    r"|(?:(?![号號证證])\p{Han}){1,4}字第?\d{4,10}号?",
    _FLAGS,
)
# A reference the writer asks to have quoted, or a booking code: "Please quote OUR REF FBY-0041",
# "File/Dossier: 535510.688", "PNR 3GFQR9", "Booking ref FUTSKQ". The label is strong enough that the
# value is taken whatever its shape (a decimal, letters only), and capitalised words before it go too.
_EN_QUOTED_REFERENCE: Final = regex.compile(
    r"(?<![\p{L}])(?i:please[ \t]+quote|quote|quoting|our[ \t]+ref(?:erence)?|your[ \t]+ref(?:erence)?"
    r"|file(?:/dossier)?(?:[ \t]+(?:no|ref))?|dossier|pnr|booking[ \t]+(?:ref(?:erence)?|code|no|number)"
    r"|confirmation[ \t]+(?:code|no|number)|record[ \t]+locator|locator)\.?[ \t]*[:#]?[ \t]*\K"
    r"(?:[A-Z]{2,5}[ \-])*(?:(?=[A-Z0-9\-./]*\d)[A-Z0-9][A-Z0-9\-./]{3,24}(?<![.\-/])|[A-Z]{5,8})(?![\p{L}\d])",
    _FLAGS,
)
# A GS1 device identifier as scanned: "(01)10200729485512(17)110649(10)Z41381".
_GS1_UDI: Final = regex.compile(r"(?:\(\d{2,4}\)[A-Za-z0-9\-]{1,20}){2,}", _FLAGS)
# A US court docket: "2:25-cv-75687", "1:21-cr-00412-JMF" (the "2:25" is no clock time).
_EN_DOCKET: Final = regex.compile(r"(?<![\w:])\d:\d{2}-[a-z]{2,3}-\d{3,6}(?:-[A-Z]{2,4})*(?![\w])", _FLAGS)
# The capitals before a number that belong to it: "SI 2024/5587", "StEIS 2022/90725", "MBR 9805 6821 61".
_CAPS_PREFIX: Final = regex.compile(
    r"(?<![\p{L}\d])(?=\p{L}*\p{Lu}\p{L}*\p{Lu})\p{L}{2,6}(?:[ \t]?[#.][ \t]?|[ \t])$", _FLAGS
)
# A transaction or confirmation code: eight or more capitals and digits, at least two of each kind
# ("QBG3US0ZLE"); gene and drug names are shorter or written in mixed case.
_EN_CAPS_CODE: Final = regex.compile(
    r"(?<![\w\-])(?=(?:[A-Z]*\d){2})(?=(?:\d*[A-Z]){3})[A-Z0-9]{8,20}(?![\w\-])",
    _FLAGS,
)
# After an identifier's label, "147/24" is a register number, not a ratio.
_NUMBER_OVER_YEAR: Final = regex.compile(r"[A-Za-z]{0,5}[ ]?\d{1,5}/\d{2,4}", _FLAGS)
# An extension with its label, straight after a number ("0371-68761561，分机4737").
_ZH_EXTENSION: Final = regex.compile(
    r"(?<=\d[，,\s（(]?)(?:[转轉]?(?:分机|分機)|转|轉)[ 　]?[:：]?[ 　]?\d{2,6}(?!\d)", _FLAGS
)
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
    r"(?<=[(（\[【][ \t]?)(?!(?:19|20)\d{2}[)）\]】 ])(?:[A-Za-z]{1,5}[\-]?|[A-Z]{2,5}[ ]#?)?\d{4,}(?:[\-/]\d+)*"
    r"(?=[ \t]?[)）\]】])",
    _FLAGS,
)


_YEARISH: Final = regex.compile(r"(?:19|20)\d{2}", _FLAGS)


_TERM_BEFORE: Final = regex.compile(r"([\p{L}][\p{L}\d\-]*)[ \t]*[:=]?[ \t]*$", _FLAGS)


def _digit_count(value: str) -> int:
    return sum(c.isdigit() for c in value)


_UNIT_SUFFIX: Final = regex.compile(r"(?<=\d)[A-Za-z%µμ][A-Za-z%µμ0-9/]*$", _FLAGS)


_RANGE: Final = regex.compile(r"(\d{1,3})[\-–](\d{1,3})", _FLAGS)


def _is_safe_number(text: str, start: int, end: int, *, labelled: bool = False) -> bool:
    """A measurement, amount, date, code or range rather than an identifier.

    After an identifier's label ("Subject no.: 185-600") a range shape is an identifier's: a range
    has no number label, and one going down ("920-753") is no range anywhere.
    """
    token = text[start:end]
    if (range_ := _RANGE.fullmatch(token)) and (labelled or int(range_.group(2)) < int(range_.group(1))):
        return False
    if labelled and _NUMBER_OVER_YEAR.fullmatch(token):
        return False
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


def _with_prefix(text: str, start: int) -> int:
    """``start`` moved back over a capitalised code word written before the number ("CL 1643 4835")."""
    prefix = _CAPS_PREFIX.search(text[max(0, start - 7) : start])
    return start - len(prefix.group()) if prefix else start


class NumberSweepRecognizer(LocalRecognizer):
    """Identifier-shaped numbers that no labelled rule claimed (see the module docstring)."""

    def __init__(self, *, supported_language: str = "en", allow: frozenset[str] = frozenset()) -> None:
        # ``allow`` is the drug/lab allow-list (case-folded): "PLT 245000" is a count, not an identifier.
        self._allow = allow
        zh = supported_language == "zh"
        # shapes that are identifiers wherever they stand
        self._shapes = (
            (_HANDLE, _ID_CARD, _ZH_SPOKEN_DIGITS, _ZH_DOCUMENT_NO, _GS1_UDI)
            if zh
            else (
                _HANDLE,
                _ID_CARD,
                _EN_SPOKEN_DIGITS,
                _EN_MASKED,
                _EN_QUOTED_REFERENCE,
                _EN_DOCKET,
                _EN_CAPS_CODE,
                _GS1_UDI,
            )
        )
        # numbers after a label or in brackets, with the digits each needs
        self._labelled = (
            ((_ZH_ANY_LABEL, 2), (_ZH_BED, 1), (_BRACKETED, 2)) if zh else ((_EN_ANY_LABEL, 3), (_BRACKETED, 2))
        )
        self._phones = (
            (_ZH_PHONE_LABEL, _ZH_EXTENSION, _PAREN_COUNTRY_PHONE) if zh else (_EN_PHONE_LABEL, _PAREN_COUNTRY_PHONE)
        )
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
                results.append(
                    recognizer_result(self, "ID_NUMBER", _with_prefix(text, match.start()), match.end(), 0.35)
                )
            for pattern in self._shapes:
                for match in pattern.finditer(text):
                    results.append(recognizer_result(self, "ID_NUMBER", match.start(), match.end(), 0.4))
            for pattern, needed in self._labelled:
                for match in pattern.finditer(text):
                    if _digit_count(match.group()) < needed or _is_safe_number(
                        text, match.start(), match.end(), labelled=True
                    ):
                        continue
                    start = _with_prefix(text, match.start())
                    results.append(recognizer_result(self, "ID_NUMBER", start, match.end(), 0.35))
        if "PHONE_NUMBER" in entities:
            for pattern in self._phones:
                for match in pattern.finditer(text):
                    if _UNIT.match(text, match.end()):
                        continue
                    results.append(recognizer_result(self, "PHONE_NUMBER", match.start(), match.end(), 0.35))
        return results

    def _after_lab_term(self, text: str, start: int) -> bool:
        term = _TERM_BEFORE.search(text[max(0, start - 24) : start])
        return bool(term) and term.group(1).casefold() in self._allow
