"""Names in table columns whose header says a person: CSV exports, pipe tables, tab-separated boards.

An ED board exported as CSV ("bed,mrn,name,dob,…,dr,nurse,status") names its doctors and nurses by
initials or first names in plain cells ("IS", "Ji-woo"), where no role word stands before them. The
header says what each column is, so every non-empty cell under a person column is taken, whatever it
looks like, as long as it holds no digit (a date or a number is another column's business).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import regex  # type: ignore[import-untyped]  # Presidio's own dependency; no stubs published
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from integration.deid.results import recognizer_result

__all__ = ["TableColumnIdRecognizer", "TableColumnNameRecognizer", "column_headers"]

_FLAGS: Final = regex.VERSION1
# A header cell naming a person column, in English or Chinese.
_PERSON_HEADER: Final = regex.compile(
    r"(?i:(?:patient|pt|full|first|given|last|family|sur|middle|preferred|maiden|nick|contact|nok|carer|staff"
    r"|clinician|doctor|nurse|author|user)?[ _\-]?name[s]?|patient|pt|surname|forename|dr|doctor|physician|md|do"
    r"|consultant|registrar|reg|resident|attending|intern|fellow|nurse|rn|np|pa|clinician|provider|staff|author"
    r"|seen[ _]by|signed[ _]by|entered[ _]by|recorded[ _]by|by|signature|signed|initials|contact|next[ _]of[ _]kin"
    r"|nok|gp|pcp|carer|caregiver|therapist|physio|pharmacist|worker|key[ _]?worker|relative|family|mother|father"
    r"|parent|guardian|spouse|partner|witness|recorder|owner|assign(?:ed[ _]to|ee)|requester|caller|informant"
    r"|midwife|paramedic|crew|medic|triage[ _]nurse|charge[ _]nurse|bedside[ _]nurse|surgeon|anaesthetist"
    r"|anesthetist|scrub|circulating|interpreter|member|attendee|attendees|present|name[ _]of[ _]\w+)"
    r"|姓名|患者|病人|患者姓名|病人姓名|医生|医师|主治医师|主管医生|主诊医生|接诊医生|经治医生|责任医生|护士|责任护士"
    r"|管床护士|联系人|紧急联系人|家属|家属姓名|监护人|签名|签字|记录人|记录者|操作者|操作人|经办人|执行人|核对人"
    r"|负责人|上报人|报告人|审核人|随访人|护工|陪护|参会人员|姓名/昵称|昵称"
)
_SEPARATOR_ROW: Final = regex.compile(r"[\s|｜:\-–—=+]*")
# A header cell naming an identifier column: its last word is a number word or an identifier's name.
_ID_HEADER: Final = regex.compile(
    r"(?i:(?:[\p{L}/&.]+[ _\-]?){0,3}(?:no|no\.|nr|num|number|#|id|ref|reference|code|mrn|urn|nhi|nhs|chi|ssn|nric"
    r"|bed|room|chair|bay|cot|badge|card|acct|account|claim|case|order|accession|specimen|sample|serial|policy"
    r"|member|subscriber|locator|pnr|booking|ticket|incident|file|docket|licen[cs]e|permit|plate|tag|barcode|label))"
    r"|\p{Han}{0,8}(?:号|號|号码|號碼|编号|編號|编码|編碼|床|床位|证号|證號|卡号|卡號|工号|工號)(?i:ID|No\.?)?"
)
# A row counter is no identifier: "#", "No.", "序号".
_ROW_NUMBER_HEADER: Final = regex.compile(
    r"(?i:#|no\.?|nr\.?|s/?no\.?|sr\.?[ ]?no\.?|item|line|row|seq|序号|序號|编号|編號)"
)
_ID_COLUMN_HEADER: Final = regex.compile(
    r"(?!(?:" + _ROW_NUMBER_HEADER.pattern + r")$)(?:" + _ID_HEADER.pattern + r")", _FLAGS
)
# A cell value an identifier column holds: short, one token or a few groups, with a digit (or a booking code).
_ID_VALUE: Final = regex.compile(
    r"(?=[^\n]{1,32}$)(?:[+＋]?[\p{L}\d][\p{L}\d\-/_.#]*(?:[ ][\p{L}\d][\p{L}\d\-/_.]*){0,3})"
)
# What an identifier column's cell may hold that is no identifier: a date or clock time, a yes/no, a placeholder.
_NOT_AN_ID_VALUE: Final = regex.compile(
    r"(?i:\d{1,4}[\-/.]\d{1,2}[\-/.]\d{1,4}|\d{2,4}年\d{1,2}月(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日|\d{1,2}:\d{2}(?::\d{2})?"
    r"|yes|no|y|n|n/?a|nil|none|unknown|tbc"
    r"|pending|是|否|无|有|未知|待定)"
)


def _cells(line: str, delimiter: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of ``line``, quotes honoured for CSV, border pipes dropped."""
    cells: list[tuple[int, int]] = []
    start = 0
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"' and delimiter == ",":
            quoted = not quoted
        elif ch == delimiter and not quoted:
            cells.append((start, i))
            start = i + 1
    cells.append((start, len(line)))
    if delimiter in "|｜":
        if cells and not line[cells[0][0] : cells[0][1]].strip():
            cells = cells[1:]
        if cells and not line[cells[-1][0] : cells[-1][1]].strip():
            cells = cells[:-1]
    return cells


def _delimiter(line: str) -> str | None:
    for delimiter, least in (("|", 2), ("｜", 2), ("\t", 1), (",", 2)):
        if line.count(delimiter) >= least:
            return delimiter
    return None


def _trim(line: str, start: int, end: int) -> tuple[int, int]:
    """The cell's text without surrounding space and quotes."""
    while start < end and line[start] in " \t\"'“”":
        start += 1
    while end > start and line[end - 1] in " \t\"'“”":
        end -= 1
    return start, end


def _table_rows(text: str) -> Iterator[tuple[int, str, list[str], list[tuple[int, int]]]]:
    """(line offset, line, header cells, cells) for each body row of each delimited table in ``text``.

    A table starts at a line with a delimiter (its header) and runs while the lines keep that
    delimiter; separator rows ("|---|") are skipped. Header cells are stripped of quotes and markup.
    """
    headers: list[str] = []
    delimiter: str | None = None
    offset = 0
    for line in text.split("\n"):
        here = _delimiter(line)
        if here is None or here != delimiter:
            delimiter = here
            headers = [line[a:b].strip(" \t\"'*#") for a, b in _cells(line, here)] if here is not None else []
        elif headers and not _SEPARATOR_ROW.fullmatch(line):
            yield offset, line, headers, _cells(line, delimiter)
        offset += len(line) + 1


def column_headers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, header) of every cell in the body of a delimited table, header case-folded.

    The learned tagger (``name_model``) reads the header as a feature of the cell's tokens, so that
    a column it has seen names in ("Seen by", "护工") says so for cells no rule would take.
    """
    return [
        (offset + a, offset + b, headers[column].casefold())
        for offset, _, headers, cells in _table_rows(text)
        for column, (a, b) in enumerate(cells)
        if column < len(headers)
    ]


def _cells_under(text: str, header: regex.Pattern[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, value) of each trimmed body cell whose column header fully matches ``header``.

    Rows whose cell count is off by more than one from the header's are skipped: a line of prose with
    commas in it is no table row.
    """
    for offset, line, headers, cells in _table_rows(text):
        if abs(len(cells) - len(headers)) > 1:
            continue
        for column, name in enumerate(headers):
            if column < len(cells) and header.fullmatch(name.strip()):
                start, end = _trim(line, *cells[column])
                yield offset + start, offset + end, line[start:end]


class _TableColumnRecognizer(LocalRecognizer):
    """Cells of the columns whose header says what they hold; ``_takes`` decides each cell."""

    ENTITY: str
    HEADER: regex.Pattern[str]

    def __init__(self, *, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=[self.ENTITY], name=type(self).__name__, supported_language=supported_language
        )

    def load(self) -> None:
        """Nothing to load: the header decides."""

    def _takes(self, value: str) -> bool:
        raise NotImplementedError

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if self.ENTITY not in entities:
            return []
        return [
            recognizer_result(self, self.ENTITY, start, end, 0.45)
            for start, end, value in _cells_under(text, self.HEADER)
            if self._takes(value)
        ]


class TableColumnNameRecognizer(_TableColumnRecognizer):
    """Cells under a header that names a person (``name``, ``dr``, ``nurse``, 姓名, 责任护士 …)."""

    ENTITY = "PERSON"
    HEADER = _PERSON_HEADER

    def _takes(self, value: str) -> bool:
        return 0 < len(value) <= 60 and not regex.search(r"\d", value) and bool(regex.search(r"\p{L}", value))


class TableColumnIdRecognizer(_TableColumnRecognizer):
    """Cells under a header that names an identifier (``bed``, ``claim no``, ``PNR``, 床号, 工号 …).

    A bare "41" or "C3" in a bed column, or "3729" under 工号, has no label of its own and is too short
    for the number sweep; its header is the label. The cell needs a digit, or to be a booking-code
    shape (five to eight capitals and digits). A row counter ("#", "No.", 序号) is no identifier column.
    """

    ENTITY = "ID_NUMBER"
    HEADER = _ID_COLUMN_HEADER

    def _takes(self, value: str) -> bool:
        if not _ID_VALUE.fullmatch(value) or _NOT_AN_ID_VALUE.fullmatch(value):
            return False
        return bool(regex.search(r"\d", value) or regex.fullmatch(r"[A-Z0-9]{5,8}", value))
