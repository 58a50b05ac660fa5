"""The no-GPU backend: a deterministic digest of the structured record, no language model.

Used when no model server is configured (the embedded default, CI, a hospital trying the flow
before its GPU arrives). It works from the same de-identified context as the model would and answers
in the same JSON shape (sections -> sentences -> {text, cites}), every sentence copied from the fact
it cites, so the grounding checks, re-identification and delivery run exactly as in production. The
document says plainly that no language model wrote it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from integration.context import DraftContext, Fact, display_when
from integration.draft_tasks import get_task
from integration.ports import Generation, GenerationRequest

ACTIVE_WORDS = ("(active", "(recurrence", "(relapse")
NOT_DOCUMENTED = {"en": "Not documented.", "zh": "未记录。"}
ABNORMAL = {"en": " (abnormal)", "zh": "（异常）"}
NOTE_CHARS = 200  # a note under review is quoted only in part: the reviewer has the note itself


def _active_condition(f: Fact) -> bool:
    return f.category == "condition" and any(w in f.text.lower() for w in ACTIVE_WORDS)


def _qa_missing(f: Fact) -> bool:
    return f.category == "qa-check" and any(w in f.text for w in ("section", "必填"))


# What each kind of section lists. A fact may appear in more than one section.
SELECT: dict[str, Callable[[Fact], bool]] = {
    "patient": lambda f: f.category == "patient",
    "encounter": lambda f: f.category == "encounter",
    "conditions": lambda f: f.category == "condition",
    "active-conditions": _active_condition,
    "course": lambda f: f.in_encounter and f.category in {"procedure", "report", "note", "order", "device"},
    "abnormal": lambda f: f.category == "observation" and f.abnormal and f.in_encounter,
    "results": lambda f: f.category == "observation" and f.in_encounter,
    "earlier-results": lambda f: f.category == "observation" and not f.in_encounter,
    "active-meds": lambda f: f.category == "medication" and (f.status == "active" or f.in_encounter),
    "allergies": lambda f: f.category == "allergy",
    "pending": lambda f: f.pending,
    "devices": lambda f: f.category == "device",
    "risks": lambda f: (
        f.category == "observation"
        and f.in_encounter
        and any(w in f.text.lower() for w in ("fall", "morse", "braden", "pressure", "跌倒", "压疮", "压力性损伤"))
    ),
    "note": lambda f: f.category == "note" and f.in_encounter,
    "qa-missing": _qa_missing,
    "qa-time": lambda f: f.category == "qa-check" and not _qa_missing(f),
}
# Per task, per section (in the order of the task's titles): the selections listed there.
PLAN: dict[str, list[tuple[str, ...]]] = {
    "discharge_summary": [
        ("patient", "encounter"),
        ("conditions",),
        ("course", "abnormal"),
        ("active-conditions",),
        ("results",),
        ("active-meds", "allergies"),
        ("pending",),
    ],
    "visit_summary": [
        ("patient", "encounter"),
        ("abnormal", "results"),
        ("course",),
        ("active-conditions",),
        ("active-meds", "allergies"),
        ("pending",),
    ],
    "admission_ddx": [("encounter", "active-conditions"), ("abnormal",), ("pending",), ("allergies", "active-meds")],
    "result_interpretation": [("results",), ("earlier-results",), ("active-conditions",), ("pending",), ("abnormal",)],
    "documentation_qa": [("note",), ("qa-missing",), (), ("qa-time",), ("qa-missing",)],
    "nursing_handoff": [
        ("patient", "encounter"),
        ("active-conditions", "allergies"),
        ("results", "devices", "risks"),
        ("pending",),
    ],
}


def _sentence(fact: Fact, language: str) -> dict[str, Any]:
    text = fact.text
    if fact.category == "note" and len(text) > NOTE_CHARS:
        text = text[:NOTE_CHARS].rstrip() + "…"
    when = fact.span or (display_when(fact.when) if fact.when else "")
    prefix = f"{when}: " if when and when != "-" else ""
    body = f"{prefix}{text}{ABNORMAL[language] if fact.abnormal else ''}"
    if body[-1:] not in {".", "。", "!", "！", "?", "？", "…"}:
        body += "。" if language == "zh" else "."
    return {"text": body, "cites": [fact.sid]}


def titles_of(schema: Mapping[str, Any] | None) -> list[str]:
    """The section titles a response schema allows (``draft_schema``'s enum), if it names them."""
    try:
        enum = schema["properties"]["sections"]["items"]["properties"]["title"]["enum"]  # type: ignore[index]
    except (KeyError, TypeError):
        return []
    return [str(t) for t in enum]


def answer(ctx: DraftContext, titles: list[str]) -> dict[str, Any]:
    """The digest, in the draft answer shape: every sentence is one fact, citing it."""
    language = "zh" if ctx.language == "zh" else "en"
    plan = PLAN.get(ctx.task, [])
    sections = []
    for index, title in enumerate(titles):
        chosen: list[Fact] = []
        for name in plan[index] if index < len(plan) else ():
            chosen += [f for f in ctx.facts if SELECT[name](f) and f not in chosen]
        sentences = [_sentence(f, language) for f in chosen] or [{"text": NOT_DOCUMENTED[language], "cites": []}]
        sections.append({"title": title, "sentences": sentences})
    return {"sections": sections}


class ExtractiveBackend:
    name = "extractive"

    def health(self) -> bool:
        return True

    def generate(self, request: GenerationRequest) -> Generation:
        ctx = request.context
        if not isinstance(ctx, DraftContext):
            raise TypeError("the extractive backend needs the structured DraftContext")
        titles = titles_of(request.response_schema) or get_task(ctx.task).sections(ctx.language)
        text = json.dumps(answer(ctx, titles), ensure_ascii=False)
        return Generation(text=text, backend="extractive", model="medgo-bridge/extractive", revision="2")
