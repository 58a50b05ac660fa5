"""Prompt templates, versioned, in English and Chinese.

The prompt is rendered here in the core, not in the model adapter, because the leak gate must
check the exact text that leaves for the model server. Everything static comes first (the system
prompt, then the task's instructions, section titles and answer format) and the patient's fact
ledger last, so the server's prefix cache holds the whole instruction part across patients.

Version history (recorded in every draft and its Provenance as ``task/lang@version``):
- 1: free text with inline ``[S#]`` citations.
- 2: JSON answer (``integration.draft_schema``) whose sentences cite ledger ids; section titles fixed
  per task and language; ledger lines ``S# | Type | when | text``; three new tasks (documentation
  review, nursing handoff, result interpretation's optional plain-language part).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from integration.context import DraftContext
from integration.draft_schema import draft_schema
from integration.draft_tasks import get_task

TEMPLATE_VERSION = "2"

# MedGo's model card uses a "professional medical assistant" system prompt; the output rules follow.
SYSTEM = {
    "en": (
        "You are MedGo, a professional medical assistant drafting clinical documents for physicians and nurses. "
        "Use only the numbered facts given. Do not invent diagnoses, results, doses, drug names or dates. "
        "Copy numbers, units, dates and drug names exactly as they appear in the facts you cite. Where something "
        "is not documented, say 'Not documented.' instead of guessing. Refer to people and places only by the "
        "placeholders given (such as <PERSON_1>), copied exactly. Your text is a draft that a clinician will "
        "review and sign."
    ),
    "zh": (
        "你是MedGo，一名专业的医疗助手，为医生和护士起草临床文书。请用中文回答。只使用给出的编号事实，不得编造诊断、"
        "结果、剂量、药名或日期；所引用事实中的数字、单位、日期和药名须原样照抄；未记录的内容请写“未记录。”，不要猜测。"
        "人名和地点只用给出的占位符（如<PERSON_1>），并原样照抄。你的文字是草稿，须经临床医师审核签名。"
    ),
}

ANSWER_FORMAT = {
    "en": (
        "Answer with one JSON object and nothing else, shaped "
        '{{"sections": [{{"title": "...", "sentences": [{{"text": "...", "cites": ["S3", "S7"]}}]}}]}}. '
        "Use these section titles, exactly and in this order: {titles}. Write one statement per sentence. Put the "
        'ids of the facts each sentence rests on in its "cites" (never in the text). A sentence that no fact '
        'supports is not written; "Not documented." is written with empty cites.'
    ),
    "zh": (
        "只输出一个JSON对象，不要输出其他内容，格式为"
        '{{"sections": [{{"title": "...", "sentences": [{{"text": "...", "cites": ["S3", "S7"]}}]}}]}}。'
        "按以下顺序使用这些标题，一字不改：{titles}。每句只陈述一件事，并把所依据事实的编号写在该句的"
        '"cites"中（不要写在正文里）。没有事实依据的句子不要写；“未记录。”一句的cites为空。'
    ),
}

INSTRUCTIONS = {
    ("discharge_summary", "en"): (
        "Write the hospital course / discharge summary of this stay for the discharging physician: the "
        "condition on admission, admission diagnoses, what was done and how the patient responded, discharge "
        "diagnoses, condition at discharge, discharge medications and instructions (name every active "
        "medication and every allergy), and every result still pending. Add no diagnosis that the facts do not state."
    ),
    ("discharge_summary", "zh"): (
        "请为本次住院书写出院小结：入院时情况、入院诊断、诊疗经过及疗效、出院诊断、出院时情况、出院医嘱（列出全部在用药物"
        "和过敏史）、待回报的检查结果。不得添加事实中没有的诊断。"
    ),
    ("visit_summary", "en"): (
        "Write a visit / progress summary of this encounter: the reason for the visit, findings, assessment, "
        "active problems, medications and follow-up."
    ),
    ("visit_summary", "zh"): "请书写本次就诊小结：就诊原因、检查所见、评估、现存问题、用药及随访。",
    ("admission_ddx", "en"): (
        "For this admission, give a differential diagnosis ranked from most to least likely. For each candidate "
        "write one sentence of supporting facts and one of contradicting facts, each citing them. Then name the "
        "cannot-miss diagnoses, the examinations that would best separate the candidates, and what remains "
        "uncertain, saying plainly how uncertain the ranking is. This is decision support for the treating "
        "physician: recommend examinations only; never write orders, prescriptions or doses."
    ),
    ("admission_ddx", "zh"): (
        "请针对本次入院给出按可能性从高到低排序的鉴别诊断：每个候选诊断各用一句写出支持的事实和不支持的事实，并引用之；"
        "再列出不可漏诊的诊断、最有助于鉴别的检查建议以及尚不确定之处，明确说明排序的不确定程度。本内容仅供经治医师决策参考："
        "只可建议检查，不得开具医嘱、处方或剂量。"
    ),
    ("result_interpretation", "en"): (
        "Interpret the results of the focus report for the treating clinician: which values are abnormal and how "
        "far, how they compare with earlier values of the same tests, what they may mean in this patient's "
        "context, and what follow-up is usually considered."
    ),
    ("result_interpretation", "zh"): (
        "请为经治医师解读本次报告的结果：哪些指标异常及异常程度、与同一项目既往结果的比较、结合患者情况的可能意义、"
        "通常考虑的后续处理。"
    ),
    ("documentation_qa", "en"): (
        "Review the note under focus (the facts marked Check were found by software and must each be reported). "
        "Name the note reviewed, every required section it lacks, every statement in it that disagrees with the "
        "record facts (quote both sides with their ids), whether it met its time limit, and the corrections to "
        "make. Report findings only; do not rewrite the note. This is a preliminary review for the note's author "
        "and the quality team."
    ),
    ("documentation_qa", "zh"): (
        "请对焦点文书进行病历质控（标为Check的事实由软件核查得出，须逐条报告）：写明被审核的文书、缺失的必填项目、"
        "与病历事实不一致之处（引用双方的事实编号）、是否符合书写时限，以及修改建议。只报告问题，不要改写原文书。"
        "本意见为初步质控意见，供文书作者和质控人员参考。"
    ),
    ("nursing_handoff", "en"): (
        "Write the nursing shift handoff in SBAR form for the nurse taking over. Situation: who the patient is "
        "and the current state. Background: the admission reason, relevant history and allergies. Assessment: "
        "vital-sign trends, abnormal results, lines and drains, and risks such as falls or pressure injury. "
        "Recommendation: pending results and tasks, and what to watch during the next shift."
    ),
    ("nursing_handoff", "zh"): (
        "请按SBAR格式书写护理交班，供接班护士使用。现状（S）：患者是谁及目前状况；背景（B）：入院原因、相关病史及过敏史；"
        "评估（A）：生命体征趋势、异常结果、管路（导管、引流）以及跌倒、压力性损伤等风险；建议（R）：待回报结果和待办事项，"
        "以及下一班需重点观察的内容。"
    ),
}
PLAIN_LANGUAGE = {
    "en": " Then add a short plain-language summary for the patient, in everyday words.",
    "zh": "最后附一段面向患者的通俗易懂的说明。",
}


@dataclass(frozen=True)
class Prompt:
    system: str
    user: str
    version: str  # e.g. "discharge_summary/en@2": recorded in the draft and its Provenance
    sections: tuple[str, ...] = ()
    schema: dict[str, Any] | None = None

    @property
    def full_text(self) -> str:
        return f"{self.system}\n{self.user}"


def template_version(task: str, language: str, *, plain_language: bool = False) -> str:
    plain = "+plain" if plain_language and task == "result_interpretation" else ""
    return f"{task}{plain}/{language}@{TEMPLATE_VERSION}"


def instructions(task: str, language: str, *, plain_language: bool = False) -> tuple[str, list[str]]:
    """The static part of the user message (everything before the ledger) and the section titles."""
    spec = get_task(task)
    plain = plain_language and task == "result_interpretation"
    titles = spec.sections(language, optional=plain)
    text = INSTRUCTIONS[(task, language)] + (PLAIN_LANGUAGE[language] if plain else "")
    sep = "、" if language == "zh" else "; "
    return f"{text}\n{ANSWER_FORMAT[language].format(titles=sep.join(titles))}", titles


def render(context: DraftContext, *, plain_language: bool = False) -> Prompt:
    lang = context.language if context.language in SYSTEM else "en"
    static, titles = instructions(context.task, lang, plain_language=plain_language)
    user = f"{static}\n\n{context.ledger()}"
    return Prompt(
        SYSTEM[lang],
        user,
        template_version(context.task, lang, plain_language=plain_language),
        tuple(titles),
        draft_schema(titles),
    )
