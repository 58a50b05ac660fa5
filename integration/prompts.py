"""Prompt templates, versioned, in English and Chinese.

The prompt is rendered here in the core, not in the model adapter, because the leak gate must
check the exact text that leaves for the model server. Static instructions come first and the
patient's ledger last, so the server's prefix cache hits across requests.
"""

from __future__ import annotations

from dataclasses import dataclass

from integration.context import DraftContext

TEMPLATE_VERSION = "1"

SYSTEM = {
    "en": (
        "You are MedGo, a professional medical assistant drafting clinical documents for physicians. "
        "Use only the facts given. Do not invent diagnoses, results, doses or dates. Where something is not "
        "documented, write 'not documented'. End each sentence with the fact ids it relies on, e.g. [S3][S7]. "
        "Refer to people and places only by the placeholders given (such as <PERSON_1>); copy them exactly. "
        "Your text is a draft that a clinician will review and sign."
    ),
    "zh": (
        "你是MedGo，一名专业的医疗助手，为医生起草临床文书。请用中文回答。只使用给出的事实，不得编造诊断、结果、剂量或日期；"
        "未记录的内容请写“未记录”。每句话末尾标注所依据的事实编号，如[S3][S7]。人名和地点只用给出的占位符（如<PERSON_1>），"
        "并原样照抄。你的文字是草稿，须经临床医师审核签名。"
    ),
}

INSTRUCTIONS = {
    ("discharge_summary", "en"): (
        "Write a hospital course / discharge summary with these sections: Admission, Admission diagnoses, "
        "Hospital course, Discharge diagnoses, Condition at discharge, Discharge medications and instructions, "
        "Pending results."
    ),
    (
        "discharge_summary",
        "zh",
    ): "请写出院小结，分为：入院情况、入院诊断、诊疗经过、出院诊断、出院情况、出院医嘱、待回报结果。",
    ("visit_summary", "en"): (
        "Write a visit / progress summary with these sections: Reason for visit, Findings, Assessment, "
        "Active problems, Medications, Follow-up."
    ),
    ("visit_summary", "zh"): "请写就诊小结，分为：就诊原因、检查所见、评估、现存问题、用药、随访。",
    ("admission_ddx", "en"): (
        "For this admission, list a ranked differential diagnosis. For each candidate give the supporting and "
        "the contradicting facts, then name the cannot-miss diagnoses, the examinations that would best "
        "separate the candidates, and what remains uncertain. This is decision support: do not order tests "
        "or prescribe."
    ),
    ("admission_ddx", "zh"): (
        "请针对本次入院给出按可能性排序的鉴别诊断：每个候选诊断列出支持与不支持的事实，再列出不可漏诊的诊断、"
        "最有助于鉴别的检查建议以及尚不确定之处。本内容仅供决策参考，不得开具医嘱或处方。"
    ),
    ("result_interpretation", "en"): (
        "Interpret the results of the focus report for the treating clinician: which values are abnormal and "
        "how far, how they compare with earlier values, what they may mean in this patient's context, and "
        "what follow-up is usually considered. Then add a short plain-language summary for the patient."
    ),
    ("result_interpretation", "zh"): (
        "请为经治医师解读本次报告的结果：哪些指标异常及异常程度、与既往结果的比较、结合患者情况的可能意义、"
        "通常考虑的后续处理；最后附一段通俗易懂的患者版说明。"
    ),
}


@dataclass(frozen=True)
class Prompt:
    system: str
    user: str
    version: str  # e.g. "discharge_summary/en@1": recorded in the draft and its Provenance

    @property
    def full_text(self) -> str:
        return f"{self.system}\n{self.user}"


def render(context: DraftContext) -> Prompt:
    lang = context.language if context.language in SYSTEM else "en"
    instructions = INSTRUCTIONS[(context.task, lang)]
    user = f"{instructions}\n\n{context.ledger()}"
    return Prompt(SYSTEM[lang], user, f"{context.task}/{lang}@{TEMPLATE_VERSION}")
