"""The no-GPU backend: a deterministic digest of the structured record, no language model.

Used when no model server is configured (the embedded default, CI, a hospital trying the flow
before its GPU arrives). It works from the same de-identified context as the model would, so
re-identification and delivery are exercised exactly as in production, and the document says
plainly that no language model wrote it.
"""

from __future__ import annotations

from collections.abc import Iterable

from integration.context import DraftContext, Fact
from integration.ports import Generation, GenerationRequest

LABELS = {
    "en": {
        "patient": "Patient",
        "encounter": "Encounter",
        "reason": "Reason",
        "problems": "Active problems",
        "course": "Course of this encounter",
        "abnormal": "Abnormal results",
        "meds": "Medications",
        "allergies": "Allergies",
        "none": "None documented.",
        "inpatient": "inpatient stay",
        "from": "from",
        "to": "to",
        "age": "age",
        "sex": "sex",
        "attending": "attending",
        "recent": "Recent results",
        "focus": "Results of this report",
        "ddx": "A ranked differential needs a language model; listed here are the facts a clinician would weigh.",
    },
    "zh": {
        "patient": "患者",
        "encounter": "本次就诊",
        "reason": "就诊原因",
        "problems": "现存问题",
        "course": "诊疗经过",
        "abnormal": "异常结果",
        "meds": "用药",
        "allergies": "过敏史",
        "none": "未记录。",
        "inpatient": "住院",
        "from": "自",
        "to": "至",
        "age": "年龄",
        "sex": "性别",
        "attending": "主管医师",
        "recent": "近期结果",
        "focus": "本次报告结果",
        "ddx": "排序的鉴别诊断需要大语言模型；以下列出临床医师需要权衡的事实。",
    },
}
ACTIVE_WORDS = ("(active", "(recurrence", "(relapse")
SEX = {"zh": {"female": "女", "male": "男", "other": "其他", "unknown": "未知"}}


def _lines(facts: Iterable[Fact]) -> list[str]:
    return [f"- {f.when[:10] + ': ' if f.when else ''}{f.text} [{f.sid}]" for f in facts]


class ExtractiveBackend:
    name = "extractive"

    def health(self) -> bool:
        return True

    def generate(self, request: GenerationRequest) -> Generation:
        ctx = request.context
        if not isinstance(ctx, DraftContext):
            raise TypeError("the extractive backend needs the structured DraftContext")
        text = render(ctx)
        return Generation(text=text, backend="extractive", model="medgo-bridge/extractive", revision="1")


def render(ctx: DraftContext) -> str:
    lab = LABELS.get(ctx.language, LABELS["en"])
    sex = SEX.get(ctx.language, {}).get(ctx.sex or "", ctx.sex or "?")
    out = [f"{lab['patient']}: {ctx.patient_label} ({lab['sex']}: {sex}, {lab['age']}: {ctx.age or '?'})"]
    enc = ctx.encounter
    if enc:
        kind = lab["inpatient"] if enc.inpatient else (enc.type_text or enc.class_code)
        line = f"{lab['encounter']}: {kind}, {lab['from']} {enc.start[:16] or '?'} {lab['to']} {enc.end[:16] or '?'}"
        if enc.attending:
            line += f"; {lab['attending']}: {enc.attending}"
        out.append(line)
        if enc.reasons:
            out.append(f"{lab['reason']}: {'; '.join(enc.reasons)}")

    def section(title: str, facts: list[Fact]) -> None:
        out.append("")
        out.append(f"{title}:")
        out.extend(_lines(facts) or [lab["none"]])

    facts = ctx.facts
    if ctx.task == "admission_ddx":
        out += ["", lab["ddx"]]
    if ctx.focus:
        section(f"{lab['focus']} — {ctx.focus}", [f for f in facts if f.in_encounter])
    section(
        lab["problems"],
        [f for f in facts if f.category == "condition" and any(w in f.text.lower() for w in ACTIVE_WORDS)],
    )
    section(
        lab["course"],
        [f for f in facts if f.in_encounter and f.category in {"procedure", "report", "note", "condition"}],
    )
    section(lab["abnormal"], [f for f in facts if f.category == "observation" and f.abnormal])
    recent = [f for f in facts if f.category == "observation" and f.in_encounter and not f.abnormal]
    if recent:
        section(lab["recent"], recent[-10:])
    section(
        lab["meds"],
        [f for f in facts if f.category == "medication" and ("(active)" in f.text or f.in_encounter)],
    )
    section(lab["allergies"], [f for f in facts if f.category == "allergy"])
    return "\n".join(out)
