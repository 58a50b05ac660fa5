"""Fit the fact ledger into its token budget: condense in stages, never cut silently.

A long record (years of history, a week of four-hourly vital signs, long notes) does not fit one
prompt. Dropping the overflow would hide facts from the model *and* from the omission checks, so the
ledger is condensed instead, one stage at a time, until it fits:

1. ``history``   facts from outside this stay/report, one line per category (count, latest values);
2. ``trends``    repeated results of one test during the stay, one line per test (every value of a
                 short series; first, lowest, highest, latest and abnormal count of a long one);
3. ``long-text`` long notes and report texts shortened (never the note under review);
4. ``stay``      the remaining routine facts of the stay, one line per category;
5. ``counts``    the history lines reduced to counts;
6. ``rest``      everything not protected folded into one line of counts.

A condensed line is a fact of its own (``Summary`` kind) that stands for every record reference it
covers, so a citation of it still leads to the sources. Protected facts are never condensed: the
patient, the stay, allergies, pending results and open orders, abnormal results of the stay, active
medications, lines and drains, and the code-made documentation checks. The draft is flagged
``ledger-condensed`` whenever a stage ran, and ``ledger-over-budget`` if even the last one did not fit.

The size is measured with the model server's tokenizer when a counter is given (``count_tokens``), else
estimated by :func:`estimate_tokens`.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import replace

from integration import fhirtime
from integration.context import DraftContext, Fact, display_when, number

log = logging.getLogger("medgo.ledger")

TokenCounter = Callable[[str], "int | None"]
Gate = Callable[[str], None]

# Calibrated against the Qwen BPE vocabulary (qwen.tiktoken, the byte-level BPE that Qwen2 and Qwen3,
# hence MedGo, keep) by least squares over 1,500 ledger lines from the bundled samples and the Synthea
# corpus and 1,500 Chinese medical texts (docs/prompts.md, "Token budget"): 0.67 token per Han
# character, 1.46 per digit (Qwen splits numbers into digits; dates bring separators), one per 4.3 other
# characters. The constants below are those plus ~7 %, so the estimate errs high: a ledger that is too
# long is refused by the server, one that is a little short only condenses a little early.
CJK_TOKENS_PER_CHAR = 0.72
DIGIT_TOKENS = 1.5
LATIN_CHARS_PER_TOKEN = 4.0

STAGES = ("history", "trends", "long-text", "stay", "counts", "rest")
SHORTEN_OVER = 400  # characters of one fact's text before the long-text stage shortens it
SHORTEN_TO = 240
LIST_ITEMS = 8  # items named on one condensed line before "+N more"


_CJK_RANGES = (("\u3400", "\u9fff"), ("\uf900", "\ufaff"), ("\u3000", "\u303f"), ("\uff00", "\uffef"))


def _is_cjk(ch: str) -> bool:
    # Han (with extension A and compatibility ideographs), CJK punctuation, full-width forms.
    return any(lo <= ch <= hi for lo, hi in _CJK_RANGES)


def estimate_tokens(text: str) -> int:
    """Tokens of ``text`` for a Qwen-family tokenizer, without one (see the calibration above)."""
    cjk = digits = other = 0
    for ch in text:
        if _is_cjk(ch):
            cjk += 1
        elif ch.isdigit():
            digits += 1
        else:
            other += 1
    return math.ceil(cjk * CJK_TOKENS_PER_CHAR + digits * DIGIT_TOKENS + other / LATIN_CHARS_PER_TOKEN)


def measure(text: str, counter: TokenCounter | None = None, gate: Gate | None = None) -> tuple[int, bool]:
    """(tokens, measured): the server's count when it gives one, else the estimate."""
    if counter is not None:
        if gate is not None:
            gate(text)  # the tokenizer is on the model server: the text leaves the bridge
        try:
            counted = counter(text)
        except Exception as exc:  # a tokenizer that fails must not fail the draft: estimate instead
            log.warning("token counter failed (%s); using the estimate", type(exc).__name__)
            counted = None
        if counted is not None:
            return counted, True
    return estimate_tokens(text), False


def protected(fact: Fact) -> bool:
    """Facts a reviewer must see one by one, whatever the budget."""
    if fact.category in {"patient", "encounter", "allergy", "qa-check"} or fact.pending:
        return True
    if fact.kind == "Summary":
        return False
    if fact.in_encounter and (fact.abnormal or fact.category == "device"):
        return True
    # Active medications wherever they were started: every task's medication list needs them.
    return fact.category == "medication" and fact.status == "active"


def fit(
    context: DraftContext,
    *,
    max_tokens: int,
    max_facts: int,
    counter: TokenCounter | None = None,
    gate: Gate | None = None,
) -> None:
    """Condense ``context.facts`` stage by stage until the ledger fits; record what was done."""
    facts = list(context.facts)
    applied: list[str] = []
    tokens, measured = 0, False
    for stage in (None, *STAGES):
        if stage is not None:
            condensed = _STAGE[stage](facts, context)
            if condensed == facts:
                continue  # nothing for this stage to do
            facts = condensed
            applied.append(stage)
        context.facts = number(sorted(facts, key=lambda f: (f.category != "patient", fhirtime.sort_key(f.when))))
        if len(context.facts) > max_facts:
            continue
        tokens, measured = measure(context.ledger(), counter, gate)
        if tokens <= max_tokens:
            break
    else:
        tokens, measured = measure(context.ledger(), counter, gate)
        if tokens > max_tokens or len(context.facts) > max_facts:
            applied.append("over-budget")
    context.condensed = applied
    context.ledger_tokens, context.ledger_tokens_measured = tokens, measured


# --- the stages ------------------------------------------------------------------------------------


CATEGORY_WORDS = {
    "condition": "conditions",
    "observation": "results",
    "medication": "medications",
    "procedure": "procedures",
    "report": "reports",
    "note": "notes",
    "immunization": "immunizations",
    "order": "orders",
    "device": "devices",
}


def _dates(facts: list[Fact]) -> tuple[str, str]:
    whens = sorted((f.when for f in facts if f.when), key=fhirtime.sort_key)
    return (whens[0], whens[-1]) if whens else ("", "")


def _span(facts: list[Fact]) -> str:
    first, last = _dates(facts)
    if not first:
        return "-"
    a, b = display_when(first)[:10], display_when(last)[:10]
    return a if a == b else f"{a} to {b}"


def _covers(facts: list[Fact]) -> tuple[str, ...]:
    out: list[str] = []
    for fact in facts:
        out += [r for r in fact.refs if r not in out]
    return tuple(out)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _item(fact: Fact, limit: int = 80) -> str:
    marks = " (abnormal)" if fact.abnormal else ""
    date = f" ({display_when(fact.when)[:10]})" if fact.when else ""
    return f"{_short(fact.text, limit)}{marks}{date}"


def _category_line(category: str, facts: list[Fact], *, in_scope: bool, label: str) -> Fact:
    latest_first = sorted(facts, key=lambda f: fhirtime.sort_key(f.when), reverse=True)
    if category == "observation":
        # Latest value of each test: what a summary of old results is for.
        seen: set[str] = set()
        chosen = []
        for fact in latest_first:
            if (fact.key or fact.text) not in seen:
                seen.add(fact.key or fact.text)
                chosen.append(fact)
        what = f"{len(facts)} {label} results; latest of each test"
    else:
        chosen = latest_first
        what = f"{len(facts)} {label} {CATEGORY_WORDS.get(category, category)}; latest first"
    items = [_item(f) for f in chosen[:LIST_ITEMS]]
    more = f"; +{len(chosen) - LIST_ITEMS} more" if len(chosen) > LIST_ITEMS else ""
    return Fact(
        "",
        "",
        _dates(facts)[1],
        category,
        f"{what}: {'; '.join(items)}{more}",
        in_encounter=in_scope,
        kind="Summary",
        covers=_covers(facts),
        span=_span(facts),
    )


def _group(facts: list[Fact], pick: Callable[[Fact], bool], *, in_scope: bool, label: str) -> list[Fact]:
    chosen = [f for f in facts if pick(f)]
    if not chosen:
        return facts
    rest = [f for f in facts if not pick(f)]
    by_category: dict[str, list[Fact]] = {}
    for fact in chosen:
        by_category.setdefault(fact.category, []).append(fact)
    return rest + [_category_line(c, group, in_scope=in_scope, label=label) for c, group in by_category.items()]


def _history(facts: list[Fact], _ctx: DraftContext) -> list[Fact]:
    def pick(f: Fact) -> bool:
        return not f.in_encounter and not protected(f) and f.kind != "Summary"

    return _group(facts, pick, in_scope=False, label="earlier")


def _trends(facts: list[Fact], _ctx: DraftContext) -> list[Fact]:
    series: dict[str, list[Fact]] = {}
    for fact in facts:
        repeated = fact.category == "observation" and fact.in_encounter and bool(fact.key)
        if repeated and not fact.pending and fact.kind != "Summary":
            series.setdefault(fact.key, []).append(fact)
    out = [f for f in facts if not (f.key in series and len(series[f.key]) >= 3 and f in series[f.key])]
    for key, group in series.items():
        if len(group) < 3:
            continue
        group.sort(key=lambda f: fhirtime.sort_key(f.when))
        text = f"{key}, {len(group)} results: " + _series(group)
        out.append(
            Fact(
                "",
                "",
                group[-1].when,
                "observation",
                text,
                abnormal=any(f.abnormal for f in group),
                in_encounter=True,
                kind="Summary",
                key=key,
                covers=_covers(group),
                span=_span(group),
            )
        )
    return out


TREND_VALUES = 8  # a longer series keeps its first, lowest, highest and latest values


def _value_of(fact: Fact) -> str:
    value = fact.text.split(": ", 1)[1] if ": " in fact.text else fact.text
    return f"{display_when(fact.when)[5:]} {value}{' (abnormal)' if fact.abnormal else ''}"


def _number_of(fact: Fact) -> float | None:
    value = fact.text.split(": ", 1)[1] if ": " in fact.text else fact.text
    head = value.split(" ", 1)[0]
    try:
        return float(head)
    except ValueError:
        return None


def _series(group: list[Fact]) -> str:
    """Every value of a short series; the shape of a long one (first, extremes, latest, abnormal count)."""
    if len(group) <= TREND_VALUES:
        return "; ".join(_value_of(f) for f in group)
    numeric = [(n, f) for f in group if (n := _number_of(f)) is not None]
    parts = [f"first {_value_of(group[0])}"]
    if numeric:
        parts.append(f"lowest {_value_of(min(numeric, key=lambda p: p[0])[1])}")
        parts.append(f"highest {_value_of(max(numeric, key=lambda p: p[0])[1])}")
    abnormal = sum(1 for f in group if f.abnormal)
    if abnormal:
        parts.append(f"{abnormal} abnormal")
    latest = group[-(TREND_VALUES // 2) :]
    parts.append("latest " + "; ".join(_value_of(f) for f in latest))
    return "; ".join(parts)


def _long_text(facts: list[Fact], ctx: DraftContext) -> list[Fact]:
    out = []
    for fact in facts:
        under_review = ctx.focus_kind == "note" and fact.category == "note" and fact.in_encounter
        keep = under_review or fact.category == "qa-check" or fact.kind == "Summary"  # summaries are bounded
        if len(fact.text) > SHORTEN_OVER and not keep:
            text = f"{fact.text[:SHORTEN_TO].rstrip()}… [shortened; {len(fact.text)} characters in the record]"
            fact = replace(fact, text=text)
        out.append(fact)
    return out


def _stay(facts: list[Fact], ctx: DraftContext) -> list[Fact]:
    def pick(f: Fact) -> bool:
        under_review = ctx.focus_kind == "note" and f.category == "note"
        return f.in_encounter and not protected(f) and f.kind != "Summary" and not under_review

    return _group(facts, pick, in_scope=True, label="routine")


def _counts(facts: list[Fact], _ctx: DraftContext) -> list[Fact]:
    out = []
    for fact in facts:
        if fact.kind == "Summary" and not fact.in_encounter:
            n = len(fact.covers)
            word = CATEGORY_WORDS.get(fact.category, fact.category)
            fact = replace(fact, text=f"{n} earlier {word} (not listed; their references are kept)")
        out.append(fact)
    return out


def _rest(facts: list[Fact], _ctx: DraftContext) -> list[Fact]:
    folded = [f for f in facts if not protected(f)]
    if len(folded) <= 1:
        return facts
    counts: dict[str, int] = {}
    for fact in folded:
        counts[fact.category] = counts.get(fact.category, 0) + max(1, len(fact.covers))
    text = "further facts not listed to stay within the token budget: " + ", ".join(
        f"{CATEGORY_WORDS.get(c, c)} {n}" for c, n in sorted(counts.items())
    )
    line = Fact("", "", _dates(folded)[1], "summary", text, kind="Summary", covers=_covers(folded), span=_span(folded))
    return [f for f in facts if protected(f)] + [line]


_STAGE: dict[str, Callable[[list[Fact], DraftContext], list[Fact]]] = {
    "history": _history,
    "trends": _trends,
    "long-text": _long_text,
    "stay": _stay,
    "counts": _counts,
    "rest": _rest,
}
