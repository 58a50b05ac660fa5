"""Names in the shapes interfaces give them, in both languages.

HL7 v2 person components ("DOE^JOHN^Q", "1854581455^YAO^FANG"; a coded element names its coding system
and is left alone), XML name elements, JSON name values, X12 ``NM1`` person segments, user names after
who-did-it labels in audit and device logs, and chat-export speakers after a timestamp. In the pipeline
HL7 and FHIR name fields are de-identified by element path; these reach the text engine when such
fragments are pasted into notes, NTE or OBX text.
"""

from __future__ import annotations

from typing import Final

import regex  # type: ignore[import-untyped]  # Presidio's own dependency; no stubs published
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from integration.deid.name_sweep import is_common_english
from integration.deid.results import recognizer_result, word_set

__all__ = ["MachineNameRecognizer"]

_FLAGS: Final = regex.VERSION1


# HL7 v2 person fields pasted into text: "DOE^JOHN^Q^^MR", "1854581455^YAO^FANG", "wileyd^WILEY^DARREN".
# A coded element ("2951-2^Sodium^LN", "I10^Essential hypertension^I10") names its coding system; a
# person does not.
_CARET_FIELD: Final = regex.compile(r"(?<![^\s|~\[(>\"'=:,])[^\s|~^<>\"]*(?:\^[^|~^\n<>\"]*){1,9}", _FLAGS)
_CODING_SYSTEMS: Final = word_set(
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
                        recognizer_result(
                            self, self.ENTITY, match.start(), match.start() + len(match.group().rstrip()), 0.4
                        )
                    )
        for cue in _USER_CUE.finditer(text):
            user = _USER.match(text, cue.end())
            if user and (
                any(c.isdigit() for c in user.group()) or "." in user.group() or not is_common_english(user.group())
            ):
                results.append(recognizer_result(self, self.ENTITY, user.start(), user.end(), 0.4))
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
            return [recognizer_result(self, self.ENTITY, start, start + han.end(), 0.4)]
        else:
            return []
        begin = 0 if (lead and first.islower() and not first.isdigit()) else lead  # the user name is the person too
        start = field.start() + sum(len(p) + 1 for p in parts[:begin])
        end = field.start() + sum(len(p) + 1 for p in parts[: lead + count]) - 1
        return [recognizer_result(self, self.ENTITY, start, end, 0.4)] if end > start else []
