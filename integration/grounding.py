"""Check a model answer against the fact ledger, in code, before a clinician sees it.

The answer is JSON (``integration.draft_schema``): sections of sentences, each citing ledger ids.
Every check works on the de-identified answer and the ledger exactly as the model saw them (placeholders,
shifted dates), so nothing here needs the real identities:

- the answer parses and follows the task's schema (broken JSON: the job asks once more, then keeps the
  raw text flagged ``unstructured-output``; see :mod:`integration.drafting`);
- every citation names a fact of the ledger;
- numbers (with units), dates and drug names in a sentence appear in the facts it cites, after
  normalising full-width digits, decimals (3.10 = 3.1), thousands separators, unit spellings
  (10^9/L = ×10⁹/L = 10*9/L, 天 = days) and date forms (ISO, 2024/5/11, 2024年5月11日);
- a sentence without a citation is flagged, unless it only says that something is not documented;
- per task, an omission checklist (allergies, active medications, abnormal results, pending results,
  procedures, lines and drains, fall / pressure-injury risks, the code-made documentation checks):
  every ledger fact of each item must be cited somewhere, else the item is flagged;
- every section the task requires is present;
- placeholders the session did not issue, or damaged ones, are flagged (``reidentify`` reports them);
- a ``<think>`` block is removed (and kept, de-identified, only when configured);
- a differential must not read as an order or prescription.

Nothing is dropped and nothing passes silently: a sentence with a finding stays in the note with a
visible marker (``[check 1]`` / ``【核对1】``) and the findings are listed in a reviewer section at the
end of the note; the draft's flags and the stored citation map say the same for the API and console.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from integration.context import DraftContext, Fact
from integration.deid import reidentify
from integration.deid.dates import unshift_text
from integration.draft_schema import FACT_ID_PATTERN

THINK = re.compile(r"<think>.*?</think>\s*", re.DOTALL | re.IGNORECASE)
FACT_ID = re.compile(FACT_ID_PATTERN)

# --- parsing -----------------------------------------------------------------------------------------


@dataclass
class Sentence:
    section: str
    text: str  # de-identified, as the model wrote it
    cites: list[str]
    issues: list[str] = field(default_factory=list)


@dataclass
class Grounded:
    structured: bool  # the answer parsed and followed the schema
    error: str = ""  # why not (PHI-free: a JSON error position or a schema path)
    sections: list[tuple[str, list[Sentence]]] = field(default_factory=list)
    raw: str = ""  # the answer without its reasoning (what is shown when it is not structured)
    reasoning: str | None = None
    omissions: dict[str, list[str]] = field(default_factory=dict)
    missing_sections: list[str] = field(default_factory=list)
    placeholder_flags: list[str] = field(default_factory=list)

    @property
    def sentences(self) -> list[Sentence]:
        return [s for _title, group in self.sections for s in group]

    def flags(self) -> list[str]:
        """Draft-level flags: one per kind of finding (the citation map has the detail)."""
        out: list[str] = []
        if self.reasoning is not None:
            out.append("reasoning-removed")
        if not self.structured:
            out.append("unstructured-output")
        for sentence in self.sentences:
            for issue in sentence.issues:
                code = ISSUE_FLAG.get(issue.split(":", 1)[0])
                if code and code not in out:
                    out.append(code)
        out += [f"missing-section:{t}" for t in self.missing_sections]
        out += [f"omission:{item}" for item in self.omissions]
        out += [f for f in self.placeholder_flags if f not in out]
        return out


ISSUE_FLAG = {
    "uncited": "uncited-sentence",
    "unknown-citation": "unknown-citation",
    "number": "unsupported-number",
    "unit": "unit-mismatch",
    "date": "unsupported-date",
    "date-unshiftable": "unsupported-date",
    "drug": "unsupported-drug",
    "order-language": "therapy-order-language",
}


def split_reasoning(raw: str) -> tuple[str, str | None]:
    """(answer, reasoning) — an unterminated block (the model ran out of tokens mid-thought) is all reasoning."""
    if "<think>" not in raw.lower():
        return raw, None
    thoughts = [m.group(0) for m in THINK.finditer(raw)]
    text = THINK.sub("", raw)
    lowered = text.lower()
    if "<think>" in lowered:
        cut = lowered.index("<think>")
        thoughts.append(text[cut:])
        text = text[:cut]
    reasoning = "\n".join(re.sub(r"</?think>", "", t, flags=re.IGNORECASE).strip() for t in thoughts)
    return text, reasoning


def _load_json(text: str) -> tuple[Any, str]:
    body = text.strip()
    fence = re.fullmatch(r"```(?:json)?\s*(.*?)\s*```", body, re.DOTALL)
    if fence:
        body = fence.group(1)
    try:
        return json.loads(body), ""
    except json.JSONDecodeError as exc:
        first, last = body.find("{"), body.rfind("}")
        if 0 <= first < last:
            try:
                return json.loads(body[first : last + 1]), ""
            except json.JSONDecodeError:
                pass
        return None, f"not JSON ({exc.msg} at character {exc.pos})"


def _schema_error(data: Any, titles: list[str]) -> str:
    """The first way ``data`` breaks the draft schema, as a path; "" when it follows it."""
    if not isinstance(data, dict) or set(data) != {"sections"} or not isinstance(data["sections"], list):
        return "$: expected an object with only 'sections' (a list)"
    for i, section in enumerate(data["sections"]):
        where = f"$.sections[{i}]"
        if not isinstance(section, dict) or set(section) != {"title", "sentences"}:
            return f"{where}: expected an object with 'title' and 'sentences'"
        if not isinstance(section["title"], str) or (titles and section["title"] not in titles):
            return f"{where}.title: not one of the task's section titles"
        if not isinstance(section["sentences"], list):
            return f"{where}.sentences: expected a list"
        for j, sentence in enumerate(section["sentences"]):
            at = f"{where}.sentences[{j}]"
            if not isinstance(sentence, dict) or set(sentence) != {"text", "cites"}:
                return f"{at}: expected an object with 'text' and 'cites'"
            if not isinstance(sentence["text"], str):
                return f"{at}.text: expected a string"
            cites = sentence["cites"]
            if not isinstance(cites, list) or not all(isinstance(c, str) and FACT_ID.match(c) for c in cites):
                return f"{at}.cites: expected a list of fact ids (S1, S2, …)"
    return ""


# --- normalising numbers, units and dates -----------------------------------------------------------

_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_DATES = [
    # (pattern, has year, can be un-shifted on the way out: unshift_text knows these three forms)
    (re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"), True, True),
    (re.compile(r"(?<![\d/])(\d{4})/(\d{1,2})/(\d{1,2})(?![\d/])"), True, True),
    (re.compile(r"(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日"), True, True),
    (re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})[日号]"), False, False),
    (
        re.compile(rf"\b({_MONTHS})[a-z]*\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?", re.IGNORECASE),
        False,
        False,
    ),
    (re.compile(rf"(?<!\d)(\d{{1,2}})\s+({_MONTHS})[a-z]*\.?(?:\s+(\d{{4}}))?", re.IGNORECASE), False, False),
]
_MONTH_NUM = {m: i for i, m in enumerate(_MONTHS.split("|"), start=1)}
_MONTH_NUM["sept"] = 9
_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
_PLACEHOLDER_LIKE = re.compile(r"[<＜〈《\[【{]\s*[A-Za-z]+[_＿\-\s]?\s*\d+\s*[>＞〉》\]】}]|\b[A-Z]+_\d+\b")
_SID = re.compile(r"\bS\d+\b")
_LIST_MARK = re.compile(r"^\s*(?:[(（]?\d{1,2}[.)）、:：]\s|[(（]\d{1,2}[)）]|第[一二三四五六七八九十\d]+[位个项条]?)")
_NUMBER = re.compile(
    r"(?<![A-Za-z\d.])(\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<unit>[x×*]\s*10\s*[\^*]?\s*\d+\s*/\s*[A-Za-z]+|10\s*[\^*]\s*\d+\s*/\s*[A-Za-z]+"
    r"|次/分钟?|毫米汞柱|小时|分钟|个月|毫克|毫升|岁|天|日|周|克|升|单位|[A-Za-zµμ%°][A-Za-z0-9µμ%°/^*.]*))?"
)
# Spellings of one unit -> one name, so "7 天" matches "(7 days)" and "×10⁹/L" matches "10*9/L".
_UNIT_SYNONYMS = {
    "天": "d", "日": "d", "day": "d", "days": "d", "d": "d",
    "小时": "h", "hour": "h", "hours": "h", "hr": "h", "hrs": "h", "h": "h",
    "岁": "y", "year": "y", "years": "y", "yr": "y", "yrs": "y", "yo": "y",
    "分钟": "min", "minute": "min", "minutes": "min", "min": "min", "mins": "min",
    "次/分": "/min", "次/分钟": "/min", "bpm": "/min", "beats/min": "/min", "breaths/min": "/min", "/min": "/min",
    "周": "wk", "week": "wk", "weeks": "wk", "wk": "wk",
    "个月": "mo", "month": "mo", "months": "mo",
    "毫米汞柱": "mmhg", "mmhg": "mmhg", "毫克": "mg", "克": "g", "毫升": "ml", "升": "l", "单位": "u",
    "°c": "°c", "℃": "°c", "c": "°c",
}  # fmt: skip
# Units that name a quantity; anything else after a number ("13.5 on admission") is ordinary prose.
_KNOWN_UNITS = {
    "mmol/l", "umol/l", "mg/dl", "g/dl", "g/l", "mg/l", "ng/ml", "pg/ml", "ug/l", "u/l", "iu/l", "iu/ml", "meq/l",
    "mosm/kg", "mg", "g", "kg", "ug", "mcg", "ml", "l", "iu", "u", "units", "mmhg", "cmh2o", "kpa", "%", "°c", "cm",
    "mm", "fl", "pg", "s", "sec", "kg/m2", "ml/min", "ml/h", "l/min", "mg/kg", "/hpf", "/lpf", "/ul", "/min", "d",
    "h", "y", "min", "wk", "mo", "bpm", "mmol/mol", "g/24h", "mg/24h",
}  # fmt: skip


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _unit(raw: str | None) -> str:
    if not raw:
        return ""
    unit = _nfkc(raw).casefold().replace(" ", "").replace("µ", "u").replace("μ", "u").rstrip(".,;:")
    power = re.fullmatch(r"[x×*]?10[\^*]?(\d+)/([a-z]+)", unit)
    if power:
        return f"10^{power.group(1)}/{power.group(2)}"
    unit = _UNIT_SYNONYMS.get(unit, unit)
    return unit if unit in _KNOWN_UNITS or unit in _UNIT_SYNONYMS.values() else ""


def _value(raw: str) -> str:
    try:
        value = Decimal(raw.replace(",", ""))
    except InvalidOperation:
        return raw
    return format(value.normalize(), "f")


def _date_keys(text: str) -> tuple[list[tuple[str, bool, bool]], str]:
    """Dates in ``text`` as ("YYYY-MM-DD" or "MM-DD", has year, restorable), and the text without them."""
    found: list[tuple[str, bool, bool]] = []
    for pattern, has_year, restorable in _DATES:

        def take(m: re.Match[str], has_year: bool = has_year, restorable: bool = restorable) -> str:
            groups = m.groups()
            try:
                if has_year:
                    y, mo, d = int(groups[0]), int(groups[1]), int(groups[2])
                    found.append((f"{y:04d}-{mo:02d}-{d:02d}", True, restorable))
                elif groups[0].isdigit() and not groups[1].isdigit():  # "11 May [2026]"
                    mo, d = _MONTH_NUM[groups[1][:4].lower().rstrip(".")[:3]], int(groups[0])
                    found.append((f"{mo:02d}-{d:02d}", False, False))
                elif groups[0].isdigit():  # 5月11日
                    found.append((f"{int(groups[0]):02d}-{int(groups[1]):02d}", False, False))
                else:  # "May 11[, 2026]"
                    mo, d = _MONTH_NUM[groups[0][:4].lower().rstrip(".")[:3]], int(groups[1])
                    found.append((f"{mo:02d}-{d:02d}", False, False))
            except (KeyError, ValueError):
                return m.group(0)
            return " "

        text = pattern.sub(take, text)
    return found, _TIME.sub(" ", text)


def _numbers(text: str) -> list[tuple[str, str, str]]:
    """(value, unit, as written) of every number in ``text`` that is not a date, time, id or list mark."""
    text = _PLACEHOLDER_LIKE.sub(" ", _nfkc(text))
    text = _SID.sub(" ", text)
    _dates, text = _date_keys(text)
    text = _LIST_MARK.sub(" ", text)
    out = []
    for m in _NUMBER.finditer(text):
        out.append((_value(m.group(1)), _unit(m.group("unit")), m.group(0).strip().rstrip(".,;:")))
    return out


# --- drug names -------------------------------------------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Common drugs in English and Chinese, to catch a drug the model names that no cited fact mentions
# (a drug the record lists is checked through the ledger's own medication names as well).
DRUGS_EN = _words(
    """
apixaban rivaroxaban dabigatran edoxaban warfarin heparin enoxaparin clopidogrel ticagrelor prasugrel aspirin
metformin insulin glargine glipizide gliclazide sitagliptin empagliflozin dapagliflozin atorvastatin rosuvastatin
simvastatin pravastatin ezetimibe amlodipine nifedipine lisinopril enalapril ramipril losartan valsartan irbesartan
candesartan metoprolol bisoprolol carvedilol atenolol propranolol furosemide torsemide bumetanide
hydrochlorothiazide spironolactone eplerenone digoxin amiodarone diltiazem verapamil nitroglycerin isosorbide
hydralazine sacubitril ceftriaxone cefazolin cefepime ceftazidime cefuroxime cephalexin piperacillin tazobactam
meropenem imipenem vancomycin linezolid daptomycin azithromycin clarithromycin doxycycline levofloxacin
ciprofloxacin moxifloxacin amoxicillin clavulanate ampicillin penicillin metronidazole clindamycin trimethoprim
sulfamethoxazole nitrofurantoin gentamicin amikacin fluconazole voriconazole acyclovir valacyclovir oseltamivir
remdesivir prednisone prednisolone methylprednisolone dexamethasone hydrocortisone levothyroxine omeprazole
pantoprazole esomeprazole famotidine ondansetron metoclopramide acetaminophen paracetamol ibuprofen naproxen
morphine hydromorphone oxycodone fentanyl tramadol gabapentin pregabalin sertraline escitalopram citalopram
fluoxetine mirtazapine trazodone quetiapine olanzapine haloperidol lorazepam diazepam midazolam zolpidem
levetiracetam phenytoin valproate lamotrigine donepezil memantine tamsulosin finasteride albuterol salbutamol
ipratropium tiotropium budesonide fluticasone montelukast allopurinol colchicine febuxostat alteplase tenecteplase
"""
)
DRUGS_ZH = _words(
    """
阿哌沙班 利伐沙班 达比加群 华法林 肝素 依诺肝素 氯吡格雷 替格瑞洛 阿司匹林 二甲双胍 胰岛素 格列齐特 西格列汀 恩格列净
达格列净 阿托伐他汀 瑞舒伐他汀 辛伐他汀 氨氯地平 硝苯地平 厄贝沙坦 缬沙坦 氯沙坦 美托洛尔 比索洛尔 卡维地洛 呋塞米
托拉塞米 螺内酯 地高辛 胺碘酮 硝酸甘油 头孢曲松 头孢他啶 头孢哌酮 头孢呋辛 哌拉西林 他唑巴坦 美罗培南 亚胺培南
万古霉素 利奈唑胺 阿奇霉素 左氧氟沙星 莫西沙星 阿莫西林 甲硝唑 奥司他韦 泼尼松 甲泼尼龙 地塞米松 氢化可的松
左甲状腺素 奥美拉唑 泮托拉唑 艾司奥美拉唑 昂丹司琼 对乙酰氨基酚 布洛芬 吗啡 芬太尼 曲马多 加巴喷丁 普瑞巴林 舍曲林
艾司西酞普兰 喹硫平 奥氮平 氟哌啶醇 劳拉西泮 地西泮 咪达唑仑 左乙拉西坦 丙戊酸钠 多奈哌齐 坦索罗辛 沙丁胺醇
布地奈德 孟鲁司特 别嘌醇 秋水仙碱 非布司他 阿替普酶
"""
)
_DRUG_EN = re.compile(r"\b(" + "|".join(DRUGS_EN) + r")\b", re.IGNORECASE)


def _drugs(text: str, ledger_drugs: set[str]) -> set[str]:
    folded = _nfkc(text).casefold()
    found = {m.group(1).casefold() for m in _DRUG_EN.finditer(folded)}
    found |= {d for d in DRUGS_ZH if d in folded}
    found |= {d for d in ledger_drugs if d in folded}
    # "头孢曲松" also contains no shorter listed name; but "依诺肝素" contains "肝素": keep the longest.
    return {d for d in found if not any(d != o and d in o for o in found)}


def _ledger_drug(fact: Fact) -> str | None:
    """The drug a medication fact names (its first word, or its Chinese name), for matching sentences."""
    if fact.category != "medication":
        return None
    head = re.split(r"[\s(（,，]", _nfkc(fact.text).strip(), maxsplit=1)[0].casefold()
    if any("\u4e00" <= ch <= "\u9fff" for ch in head):
        return head if len(head) >= 2 else None
    return head if len(head) >= 4 and head.isalpha() else None


# --- the sentence checks ----------------------------------------------------------------------------

_ABSENCE = re.compile(
    r"not documented|none documented|no [a-z ,/-]{0,40} (?:documented|recorded)|未记录|无记录|暂无记录|未见记录|未提及",
    re.IGNORECASE,
)
_ORDER_LANGUAGE = [
    re.compile(
        r"\bprescrib\w*|\b(?:start|give|administer|initiate|begin)\b[^.;]{0,40}\d+\s*(?:mg|g|ml|units?|iu|mcg)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"开具|处方|(?:给予|予以|予|静滴|静推|口服|肌注)[^。；;]{0,12}\d+\s*(?:mg|g|ml|毫克|克|毫升|单位|iu)",
        re.IGNORECASE,
    ),
]  # fmt: skip


def _is_absence(text: str) -> bool:
    return bool(_ABSENCE.search(text)) and not any(ch.isdigit() for ch in _nfkc(text))


def check_sentence(
    sentence: Sentence, ledger: Mapping[str, Fact], ledger_drugs: set[str], mapping: Mapping[str, str], task: str
) -> None:
    issues = sentence.issues
    known = [c for c in sentence.cites if c in ledger]
    issues += [f"unknown-citation:{c}" for c in sentence.cites if c not in ledger]
    if not sentence.cites and not _is_absence(sentence.text):
        issues.append("uncited")
    if known:
        evidence = "\n".join(ledger[c].line() for c in known)
        ev_dates, _ = _date_keys(_nfkc(evidence))
        full = {d for d, has_year, _r in ev_dates if has_year}
        month_days = {d[5:] for d in full} | {d for d, has_year, _r in ev_dates if not has_year}
        dates, _ = _date_keys(_nfkc(sentence.text))
        for key, has_year, restorable in dates:
            if (has_year and key not in full) or (not has_year and key not in month_days):
                issues.append(f"date:{key}")
            elif not restorable:
                # Written so that the date shift cannot be undone on delivery: it would reach the note shifted.
                issues.append(f"date-unshiftable:{key}")
        ev_numbers: dict[str, set[str]] = {}
        for value, unit, _w in _numbers(evidence):
            ev_numbers.setdefault(value, set()).add(unit)
        for value, unit, written in _numbers(sentence.text):
            units = ev_numbers.get(value)
            if units is None:
                issues.append(f"number:{written}")
            elif unit and "" not in units and unit not in units:
                issues.append(f"unit:{written}")
        ev_drugs = _nfkc(evidence).casefold()
        for drug in sorted(_drugs(sentence.text, ledger_drugs)):
            if drug not in ev_drugs:
                issues.append(f"drug:{drug}")
    elif sentence.cites:
        pass  # only unknown citations: already flagged, nothing to compare against
    if task == "admission_ddx" and any(p.search(sentence.text) for p in _ORDER_LANGUAGE):
        issues.append("order-language")
    result = reidentify(sentence.text, mapping)
    issues += [f"placeholder:{p}" for p in [*result.unknown_placeholders, *result.mangled]]


# --- the omission checklist -------------------------------------------------------------------------

_RISK = re.compile(r"fall|morse|braden|pressure (?:injury|ulcer|sore)|跌倒|坠床|压疮|压力性损伤|褥疮", re.IGNORECASE)


def required(item: str, fact: Fact) -> bool:
    """Whether ``fact`` is one the checklist ``item`` requires a draft to cover."""
    if item == "allergies":
        return fact.category == "allergy"
    if item == "discharge-medications":
        return fact.category == "medication" and fact.status == "active"
    if item == "abnormal-results":
        return fact.category == "observation" and fact.abnormal and fact.in_encounter
    if item == "pending-results":
        return fact.pending
    if item == "procedures":
        return fact.category == "procedure" and fact.in_encounter
    if item == "lines-drains":
        return fact.category == "device" and fact.status in {"active", "intended", "on-hold", ""}
    if item == "risks":
        return fact.category in {"observation", "condition"} and fact.in_encounter and bool(_RISK.search(fact.text))
    if item == "qa-findings":
        return fact.category == "qa-check"
    raise KeyError(f"unknown checklist item {item!r}")


CHECKLIST_ITEMS = (
    "allergies",
    "discharge-medications",
    "abnormal-results",
    "pending-results",
    "procedures",
    "lines-drains",
    "risks",
    "qa-findings",
)


def omissions(checklist: tuple[str, ...], facts: list[Fact], cited: set[str]) -> dict[str, list[str]]:
    """Checklist item -> ids of the ledger facts it requires that no sentence cites."""
    by_sid = {f.sid: f for f in facts}
    cited_refs = {r for sid in cited if sid in by_sid for r in by_sid[sid].refs}
    out: dict[str, list[str]] = {}
    for item in checklist:
        missing = [
            f.sid
            for f in facts
            if required(item, f) and f.sid not in cited and not (f.refs and set(f.refs) <= cited_refs)
        ]
        if missing:
            out[item] = missing
    return out


# --- putting it together ----------------------------------------------------------------------------


def ground(
    raw: str,
    context: DraftContext,
    *,
    titles: list[str],
    checklist: tuple[str, ...],
    mapping: Mapping[str, str],
) -> Grounded:
    """Parse and check one model answer. Never raises on bad model output: it reports it."""
    answer, reasoning = split_reasoning(raw)
    data, error = _load_json(answer)
    if not error:
        error = _schema_error(data, titles)
    result = Grounded(structured=not error, error=error, raw=answer.strip(), reasoning=reasoning)
    if error:
        found = reidentify(answer, mapping)
        result.placeholder_flags = [f"unknown-placeholder:{p}" for p in found.unknown_placeholders] + [
            f"mangled-placeholder:{p}" for p in found.mangled
        ]
        return result
    ledger = {f.sid: f for f in context.facts}
    ledger_drugs = {d for d in (_ledger_drug(f) for f in context.facts) if d}
    for section in data["sections"]:
        group = [Sentence(section["title"], s["text"].strip(), list(s["cites"])) for s in section["sentences"]]
        group = [s for s in group if s.text]  # an empty string says nothing: there is nothing to show or check
        for sentence in group:
            check_sentence(sentence, ledger, ledger_drugs, mapping, context.task)
        result.sections.append((section["title"], group))
    present = {title for title, _g in result.sections}
    result.missing_sections = [t for t in titles if t not in present]
    cited = {c for s in result.sentences for c in s.cites if c in ledger}
    result.omissions = omissions(checklist, context.facts, cited)
    for sentence in result.sentences:
        for issue in sentence.issues:
            if issue.startswith("placeholder:"):
                token = issue.split(":", 1)[1]
                kind = "unknown" if token in reidentify(token, mapping).unknown_placeholders else "mangled"
                flag = f"{kind}-placeholder:{token}"
                if flag not in result.placeholder_flags:
                    result.placeholder_flags.append(flag)
    return result


# --- what the clinician sees ------------------------------------------------------------------------

REVIEW_HEAD = {
    "en": "Automated checks for the reviewer (remove before signing):",
    "zh": "审核提示（软件自动核查，签名前请删除）：",
}
ISSUE_TEXT = {
    "en": {
        "uncited": "no record fact is cited for this statement",
        "unknown-citation": "cites a record fact that does not exist",
        "number": "{0} is not in the cited record facts",
        "unit": "the unit of {0} differs from the cited record facts",
        "date": "the date {0} is not in the cited record facts",
        "date-unshiftable": "a date written without its year or in another format ({0}): check it against the record",
        "drug": "the drug {0} is not in the cited record facts",
        "order-language": "reads as an order or prescription; this draft is decision support only",
        "placeholder": "a name or place could not be restored safely ({0}): check it",
    },
    "zh": {
        "uncited": "该句未引用任何病历事实",
        "unknown-citation": "引用了不存在的病历事实",
        "number": "“{0}”不见于所引用的病历事实",
        "unit": "“{0}”的单位与所引用的病历事实不符",
        "date": "日期{0}不见于所引用的病历事实",
        "date-unshiftable": "日期（{0}）缺少年份或格式不规范，请与病历核对",
        "drug": "药品“{0}”不见于所引用的病历事实",
        "order-language": "该句读起来像医嘱或处方；本草稿仅供决策参考",
        "placeholder": "人名或地点（{0}）无法可靠还原，请核对",
    },
}
OMISSION_TEXT = {
    "en": {
        "allergies": "Allergy not mentioned",
        "discharge-medications": "Active medication not mentioned",
        "abnormal-results": "Abnormal result not mentioned",
        "pending-results": "Pending result or open order not mentioned",
        "procedures": "Procedure not mentioned",
        "lines-drains": "Line or drain not mentioned",
        "risks": "Risk assessment not mentioned",
        "qa-findings": "Documentation check not reported",
    },
    "zh": {
        "allergies": "未提及的过敏史",
        "discharge-medications": "未提及的在用药物",
        "abnormal-results": "未提及的异常结果",
        "pending-results": "未提及的待回报结果或未完成医嘱",
        "procedures": "未提及的操作/手术",
        "lines-drains": "未提及的管路",
        "risks": "未提及的风险评估",
        "qa-findings": "未报告的文书核查结果",
    },
}
OTHER_TEXT = {
    "en": {
        "missing-section": "Section missing: {0}",
        "unstructured": "The model's answer was not in the required structure ({0}). It is shown as written; "
        "none of its statements could be checked against the record.",
        "condensed": "The record was longer than the prompt budget; these parts were condensed before the model "
        "saw them: {0}.",
        "over-budget": "Even condensed, the record exceeded the prompt budget.",
    },
    "zh": {
        "missing-section": "缺少章节：{0}",
        "unstructured": "模型的回答不符合规定结构（{0}），以下按原文显示，其中内容均未能与病历核对。",
        "condensed": "病历超出提示长度预算，以下部分在提交模型前已被压缩：{0}。",
        "over-budget": "即使压缩后，病历仍超出提示长度预算。",
    },
}


@dataclass(frozen=True)
class Rendered:
    body: str  # the note's text after the banner: clean (no fact ids), re-identified, dates restored
    citations: dict[str, Any]  # the citation map stored with the draft


def _restore(text: str, mapping: Mapping[str, str], shift_days: int) -> str:
    return reidentify(unshift_text(text, shift_days), mapping).text


def _end(text: str, language: str) -> str:
    text = text.rstrip()
    if not text or text[-1] in ".!?。！？；;:：)）】]\"”'":
        return text
    return text + ("。" if language == "zh" else ".")


def _issue_text(issue: str, language: str, mapping: Mapping[str, str], shift_days: int) -> str:
    code, _, detail = issue.partition(":")
    template = ISSUE_TEXT[language].get(code, code)
    if code == "date":
        detail = unshift_text(detail, shift_days) if len(detail) == 10 else detail
    elif code == "placeholder":
        pass  # the damaged token itself: showing the original would hide the problem
    else:
        detail = _restore(detail, mapping, shift_days)
    return template.format(detail)


def render_note(
    grounded: Grounded,
    context: DraftContext,
    *,
    mapping: Mapping[str, str],
    shift_days: int,
) -> Rendered:
    """The note body the clinician reviews and the citation map stored beside it."""
    lang = "zh" if context.language == "zh" else "en"
    ledger = {f.sid: f for f in context.facts}
    review: list[str] = []
    lines: list[str] = []
    sentences_out: list[dict[str, Any]] = []
    marker = 0
    if not grounded.structured:
        text = re.sub(r"\s*\[S\d+\]", "", grounded.raw)  # fact ids mean nothing outside the bridge
        lines.append(_restore(text, mapping, shift_days))
        review.append(OTHER_TEXT[lang]["unstructured"].format(grounded.error))
    for title, group in grounded.sections:
        parts = []
        for sentence in group:
            shown = _end(_restore(sentence.text, mapping, shift_days), lang)
            check = None
            if sentence.issues:
                marker += 1
                check = marker
                tag = f"【核对{marker}】" if lang == "zh" else f" [check {marker}]"
                why = "；".join if lang == "zh" else "; ".join
                review.append(
                    (f"【核对{marker}】" if lang == "zh" else f"[check {marker}] ")
                    + why(dict.fromkeys(_issue_text(i, lang, mapping, shift_days) for i in sentence.issues))
                )
                shown += tag
            parts.append(shown)
            sources: list[str] = []
            for sid in sentence.cites:
                for ref in ledger[sid].refs if sid in ledger else ():
                    if ref not in sources:
                        sources.append(ref)
            sentences_out.append(
                {
                    "section": title,
                    "text": _restore(sentence.text, mapping, shift_days),
                    "cites": sentence.cites,
                    "sources": sources,
                    "issues": sentence.issues,
                    "check": check,
                }
            )
        lines.append(f"{title}{'：' if lang == 'zh' else ':'}")
        empty = "未记录。" if lang == "zh" else "Not documented."
        lines.append(("" if lang == "zh" else " ").join(parts) if parts else empty)
        lines.append("")
    for title in grounded.missing_sections:
        review.append(OTHER_TEXT[lang]["missing-section"].format(title))
    for item, sids in grounded.omissions.items():
        for sid in sids:
            fact = ledger[sid]
            what = _restore(_fact_summary(fact), mapping, shift_days)
            review.append(f"{OMISSION_TEXT[lang].get(item, item)}: {what}")
    condensed = [c for c in context.condensed if c != "over-budget"]
    if condensed:
        review.append(OTHER_TEXT[lang]["condensed"].format(", ".join(condensed)))
    if "over-budget" in context.condensed:
        review.append(OTHER_TEXT[lang]["over-budget"])
    body = "\n".join(lines).strip()
    if review:
        body += "\n\n" + REVIEW_HEAD[lang] + "\n" + "\n".join(f"- {r}" for r in review)

    cited = [c for s in grounded.sentences for c in s.cites if c in ledger]
    facts_out = {
        sid: {"line": _restore(ledger[sid].line(), mapping, shift_days), "sources": list(ledger[sid].refs)}
        for sid in dict.fromkeys(cited)
    }
    sources = [context.patient_ref] + ([context.encounter.ref] if context.encounter else [])
    for sid in dict.fromkeys(cited):
        sources += [r for r in ledger[sid].refs if r not in sources]
    citations = {
        "version": 1,
        "structured": grounded.structured,
        "error": grounded.error or None,
        "sentences": sentences_out,
        "facts": facts_out,
        "sources": sources,
        "omissions": grounded.omissions,
        "missing_sections": grounded.missing_sections,
        "ledger": {
            "facts": len(context.facts),
            "tokens": context.ledger_tokens,
            "tokens_measured": context.ledger_tokens_measured,
            "condensed": context.condensed,
        },
    }
    return Rendered(body, citations)


def _fact_summary(fact: Fact) -> str:
    when = fact.span or (fact.when[:10] if fact.when else "")
    return f"{fact.text}" + (f" ({when})" if when and when != "-" else "")
