"""The catalogue of draft tasks: name, LOINC document type, titles, sections and omission checklist.

The section titles are the answer's schema (``draft_schema(section_titles)``): the model can only
write under these headings, and the grounding checker reports a heading it left out. The checklist
names what the record holds that a draft of this kind must not leave out (see
:mod:`integration.grounding`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# LOINC document types a differential may be filed under. 51848-0 is the right concept, but not every
# EMR accepts it (US Core only obliges servers to take eight note types): MEDGO_DDX_LOINC_CODE
# picks one of the others for such an EMR.
DDX_LOINC = {
    "51848-0": "Evaluation note",
    "11488-4": "Consult note",
    "11506-3": "Progress note",
    "34117-2": "History and physical note",
}
# A result interpretation is filed as the kind of report it interprets.
IMAGING_LOINC = ("18748-4", "Diagnostic imaging study")


@dataclass(frozen=True)
class DraftTask:
    name: str
    loinc_code: str
    loinc_display: str
    title_en: str
    title_zh: str
    sections_en: tuple[str, ...] = ()
    sections_zh: tuple[str, ...] = ()
    # Omission checklist (integration.grounding.CHECKLIST holds what each item selects in the ledger).
    checklist: tuple[str, ...] = ()
    # Sections only present when a setting asks for them (result interpretation's plain-language part).
    optional_en: tuple[str, ...] = field(default=())
    optional_zh: tuple[str, ...] = field(default=())

    def title(self, language: str) -> str:
        return self.title_zh if language == "zh" else self.title_en

    def sections(self, language: str, *, optional: bool = False) -> list[str]:
        base = self.sections_zh if language == "zh" else self.sections_en
        extra = (self.optional_zh if language == "zh" else self.optional_en) if optional else ()
        return [*base, *extra]


TASKS: dict[str, DraftTask] = {
    t.name: t
    for t in (
        DraftTask(
            "discharge_summary",
            "18842-5",
            "Discharge summary",
            "Discharge summary (AI draft)",
            "出院小结（AI草稿）",
            sections_en=(
                "Admission",
                "Admission diagnoses",
                "Hospital course",
                "Discharge diagnoses",
                "Condition at discharge",
                "Discharge medications and instructions",
                "Pending results",
            ),
            # WS/T 500.53 / WS 445 layout of a Chinese 出院小结.
            sections_zh=("入院情况", "入院诊断", "诊疗经过", "出院诊断", "出院情况", "出院医嘱", "待回报结果"),
            checklist=("allergies", "discharge-medications", "abnormal-results", "pending-results", "procedures"),
        ),
        DraftTask(
            "visit_summary",
            "11506-3",
            "Progress note",
            "Visit summary (AI draft)",
            "就诊小结（AI草稿）",
            sections_en=("Reason for visit", "Findings", "Assessment", "Active problems", "Medications", "Follow-up"),
            sections_zh=("就诊原因", "检查所见", "评估", "现存问题", "用药", "随访"),
            checklist=("allergies", "abnormal-results"),
        ),
        # Decision support only: a ranked differential with the facts for and against each candidate.
        DraftTask(
            "admission_ddx",
            "51848-0",
            "Evaluation note",
            "Admission differential diagnosis (AI draft, decision support)",
            "入院鉴别诊断（AI草稿，仅供决策参考）",
            sections_en=(
                "Ranked differential diagnosis",
                "Cannot-miss diagnoses",
                "Recommended examinations",
                "Uncertainty",
            ),
            sections_zh=("鉴别诊断（按可能性排序）", "不可漏诊的诊断", "建议检查", "不确定之处"),
            checklist=("allergies", "abnormal-results"),
        ),
        DraftTask(
            "result_interpretation",
            "11502-2",
            "Laboratory report",
            "Result interpretation (AI draft)",
            "检验/检查结果解读（AI草稿）",
            sections_en=(
                "Results",
                "Comparison with earlier results",
                "Clinical significance",
                "Follow-up to consider",
            ),
            sections_zh=("本次结果", "与既往结果比较", "临床意义", "后续处理建议"),
            optional_en=("Plain-language summary for the patient",),
            optional_zh=("患者版通俗说明",),
            checklist=("abnormal-results",),
        ),
        # A review of someone else's note, for its author and the quality team. 11488-4 Consult note: an
        # opinion from outside the treating team, and one of the eight note types every US Core server
        # must accept; LOINC has no document type for a documentation-quality review (docs/prompts.md).
        DraftTask(
            "documentation_qa",
            "11488-4",
            "Consult note",
            "Documentation quality review (AI draft, preliminary)",
            "病历质控意见（AI草稿，初步）",
            sections_en=(
                "Note reviewed",
                "Missing required sections",
                "Inconsistencies with the record",
                "Time limits",
                "Suggested corrections",
            ),
            sections_zh=("被审核文书", "缺失的必填项目", "与病历不一致之处", "时限", "修改建议"),
            checklist=("qa-findings",),
        ),
        DraftTask(
            "nursing_handoff",
            "34746-8",
            "Nurse note",
            "Nursing shift handoff, SBAR (AI draft)",
            "护理交班（SBAR，AI草稿）",
            sections_en=("Situation", "Background", "Assessment", "Recommendation"),
            sections_zh=("现状（S）", "背景（B）", "评估（A）", "建议（R）"),
            checklist=("allergies", "lines-drains", "risks", "pending-results", "abnormal-results"),
        ),
    )
}


def get_task(name: str) -> DraftTask:
    try:
        return TASKS[name]
    except KeyError:
        raise KeyError(f"unknown draft task {name!r}; known: {', '.join(sorted(TASKS))}") from None


def document_type(task: DraftTask, *, ddx_code: str = "51848-0", focus_kind: str = "") -> tuple[str, str]:
    """(LOINC code, display) a draft of ``task`` is filed under."""
    if task.name == "admission_ddx":
        if ddx_code not in DDX_LOINC:
            raise ValueError(f"unsupported differential document type {ddx_code!r}; known: {sorted(DDX_LOINC)}")
        return ddx_code, DDX_LOINC[ddx_code]
    if task.name == "result_interpretation" and focus_kind == "imaging":
        return IMAGING_LOINC
    return task.loinc_code, task.loinc_display


BANNER = {
    "en": "AI draft — generated by software, not reviewed. Review and sign before use.",
    "zh": "【AI生成草稿，需经治医师审核签名后生效】",
}
