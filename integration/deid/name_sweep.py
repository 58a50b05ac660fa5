"""English names by what they are not: too rare to be a word, or lower case after a role.

Two or three capitalised words in a row (or "SURNAME, Given", "Surname, I.", a table cell) are a name
when every word is a census name or too rare to be ordinary English, and one is rare or a census given
name: "Clodagh Hernandez", "Charvi Hill". Word frequencies come from ``wordfreq`` (inside its wheel;
nothing downloaded). Lower-case names are taken after a role, a title, a kinship word or a chat greeting
("spouse tyler bright-holland", "hi its cindy"), and names spelt out in dictation (D-U-G-A-R).
"""

from __future__ import annotations

import functools
from typing import Final

import regex  # type: ignore[import-untyped]  # Presidio's own dependency; no stubs published
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from integration.deid.gazetteer import _WORD_NAMES, census_key, census_names, census_names_raw
from integration.deid.results import recognizer_result, word_set

__all__ = ["LowerCaseNameRecognizer", "RareNameRecognizer", "SignOffNameRecognizer", "is_common_english", "zipf"]

_FLAGS: Final = regex.VERSION1


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
_HEADER_WORDS: Final[frozenset[str]] = word_set(
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


# Bounded: the words looked up come from notes, names among them, and a worker runs for weeks.
@functools.lru_cache(maxsize=32768)
def is_common_english(word: str) -> bool:
    """True when ``word`` (any case) is frequent enough in English to be read as a word, not a name."""
    return zipf(word) >= _COMMON_ZIPF


def _in_census(word: str) -> tuple[bool, bool]:
    given, surnames = census_names()
    key = census_key(word)
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
                results.append(recognizer_result(self, self.ENTITY, cell.start(), cell.end(), 0.4))
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
                    results.append(recognizer_result(self, self.ENTITY, start, end, 0.4))
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
    r"|friend|neighbou?r|landlord|caregiver|carer|guardian|seeing|cc|typed\s+by|doctor",
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
    r"|ask|love|cheers|regards|seeing|cc|typed\s+by|doctor|ask\s+for))(?![\p{L}\-])"
    r"\.?(?:'s)?[ \t]*[:(\-–!]?[ \t]*(?:(?i:dr|mr|mrs|ms|mx|miss|prof)\.?[ \t]+)?(?=[a-z])",
    _FLAGS,
)
_STOP: Final[frozenset[str]] = word_set(
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
            if not kept and close:
                # after a title or a kinship word, a census name that is also a word is a name: "dr hill",
                # "his wife dawn", "her husband hunter"
                word = regex.match(r"[a-z][a-z’'\-]+", match.group())
                if word is not None and self._census_word(word.group()):
                    results.append(recognizer_result(self, self.ENTITY, start, start + word.end(), 0.4))
                continue
            if kept and (named or len(kept) >= 2 or (close and not is_common_english(kept[0].group()))):
                results.append(
                    recognizer_result(self, self.ENTITY, start + kept[0].start(), start + kept[-1].end(), 0.4)
                )
        for match in _SPELLED.finditer(text):
            results.append(recognizer_result(self, self.ENTITY, match.start(), match.end(), 0.4))
        return results

    def _census_word(self, value: str) -> bool:
        if value in _STOP or value in self._allow or value.upper() in _HEADER_WORDS or zipf(value) >= _LOWER_MAX_ZIPF:
            return False
        raw_given, raw_surnames = census_names_raw()
        upper = value.upper().replace("'", "").replace("’", "")
        return upper in raw_given or upper in raw_surnames or any(_in_census(value))

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


# The last line of a message or note, when it is only a name or initials: who wrote it ("Ilse", "- RM",
# "Thanks, Joy"). Words that end notes without naming anyone are left alone.
_LAST_LINE: Final = regex.compile(
    r"(?:^|\n)[ \t]*(?:[-–—~]+[ \t]*"
    r"|(?i:thanks|thank\s+you|thx|regards|kind\s+regards|cheers|best|many\s+thanks),?[ \t]+)?"
    r"\K(?:\p{Lu}{2,3}|\p{Lu}\.[ \t]?\p{Lu}\.(?:[ \t]?\p{Lu}\.)?|"
    + _CAP_WORD
    + r"(?:[ \t]"
    + _CAP_WORD
    + r"){0,2})[ \t]*[.,]?[ \t]*\Z",
    _FLAGS,
)
_DASHED_NAME: Final = regex.compile(r"(?m)^[ \t]*[-–—~][ \t]?\K\p{Lu}\p{Ll}+(?=[ \t]*$)", _FLAGS)
_NOT_A_SIGNATURE: Final[frozenset[str]] = word_set(
    """THANKS REGARDS CHEERS BEST END ENDS NOTED DONE SIGNED ACKNOWLEDGED REVIEWED AMENDED CONFIDENTIAL
    ATTACHMENTS ATTACHED NIL NONE NKDA NAD DNR DNAR DNACPR TBC TBA NFA NBM OK EOM PTO RIP FYI ACK ENC ENCL
    CC BCC ICU ED ER OR GP PT OT SW HCA NOK AMA DAMA ADL ADLS IV PO PRN STAT BD TDS QDS OD ON NEB NEBS CXR
    ECG EKG CT MRI USS FBC UE LFT CRP ABG VBG TTO TTA MDT MDM SOAP SBAR COVID UTI AKI CKD COPD CCF CHF
    DVT PE MI ACS TIA CVA AF"""
)


class SignOffNameRecognizer(LocalRecognizer):
    """A name or initials alone on the last line: how ward messages, letters and handovers are signed.

    A single capitalised word counts when it is a census name or no English word ("Ilse", "Joy"); the
    words notes end with ("Noted", "NKDA") never do.
    """

    ENTITY: Final = "PERSON"

    def __init__(self, *, allow: frozenset[str] = frozenset()) -> None:
        self._allow = allow
        super().__init__(supported_entities=[self.ENTITY], name="SignOffNameRecognizer", supported_language="en")

    def load(self) -> None:
        census_names()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if self.ENTITY not in entities:
            return []
        results: list[RecognizerResult] = []
        match = _LAST_LINE.search(text.rstrip())
        if match is not None and self._signature(match.group().rstrip(" \t.,")):
            value = match.group().rstrip(" \t.,")
            results.append(recognizer_result(self, self.ENTITY, match.start(), match.start() + len(value), 0.4))
        # a dash and a given name alone on a line, inside the text: a message signed before the practice's
        # details ("- Mercy" / "Northside Primary Care | …"); plan bullets are clinical words, never given names
        given, _ = census_names()
        raw_given, _ = census_names_raw()
        for line in _DASHED_NAME.finditer(text):
            word = line.group()
            if (
                word.upper() not in _NOT_A_SIGNATURE
                and word.casefold() not in self._allow
                and (word.upper() in given or word.upper() in raw_given)
            ):
                results.append(recognizer_result(self, self.ENTITY, line.start(), line.end(), 0.4))
        return results

    def _signature(self, value: str) -> bool:
        words = value.replace(".", " ").split()
        if any(w.upper() in _NOT_A_SIGNATURE or w.casefold() in self._allow for w in words):
            return False
        return bool(regex.fullmatch(r"[\p{Lu}. \t]+", value)) or all(self._name_like(w) for w in words)

    @staticmethod
    def _name_like(word: str) -> bool:
        is_given, is_surname = _in_census(word)
        raw_given, raw_surnames = census_names_raw()
        upper = word.upper()
        return is_given or is_surname or upper in raw_given or upper in raw_surnames or not is_common_english(word)
