"""Grounding, unit by unit: each kind of bad model answer is caught, flagged and shown the documented way.

The context is built by hand (the ledger as the model would see it: placeholders, shifted dates), so
every check is exercised without a database or a model; tests/test_tasks_end_to_end.py feeds the same
kinds of answers through the whole pipeline.
"""

from __future__ import annotations

import json

import pytest

from inference.extractive import ExtractiveBackend
from integration.context import DraftContext, EncounterInfo, Fact, number
from integration.draft_schema import draft_schema
from integration.draft_tasks import get_task
from integration.grounding import Grounded, ground, render_note, split_reasoning
from integration.ledger import estimate_tokens, fit
from integration.ports import GenerationRequest
from integration.prompts import render

MAPPING = {"<PERSON_1>": "Margaret Ellison", "<PERSON_2>": "Chidi Okafor"}
SHIFT = 10  # the ledger's dates are 10 days later than the record's
TITLES = get_task("discharge_summary").sections("en")
CHECKLIST = get_task("discharge_summary").checklist


def _context(language: str = "en", task: str = "discharge_summary") -> DraftContext:
    enc = EncounterInfo(
        "Encounter/e1", True, "IMP", "admission", "2026-05-11T08:10:00", "2026-05-16T11:00:00", [], "<PERSON_2>", None
    )
    facts = [
        Fact("", "Patient/p1", "", "patient", "<PERSON_1>; sex: female; age: 78", in_encounter=True, kind="Patient"),
        Fact("", "AllergyIntolerance/a1", "", "allergy", "Penicillin, reaction: Skin rash", kind="AllergyIntolerance"),
        Fact(
            "",
            "Encounter/e1",
            "2026-05-11T08:10:00",
            "encounter",
            "inpatient stay (admission); 2026-05-11 08:10 to 2026-05-16 11:00 (5 days); attending: <PERSON_2>",
            in_encounter=True,
            kind="Encounter",
        ),
        Fact(
            "",
            "Observation/wbc",
            "2026-05-11T09:00:00",
            "observation",
            "白细胞计数: 13.5 10*9/L",
            abnormal=True,
            in_encounter=True,
            kind="Observation",
            key="白细胞计数",
        ),
        Fact(
            "",
            "Observation/k",
            "2026-05-12T06:00:00",
            "observation",
            "Potassium: 3.1 mmol/L",
            abnormal=True,
            in_encounter=True,
            kind="Observation",
            key="Potassium",
        ),
        Fact(
            "",
            "MedicationRequest/m1",
            "2026-05-16",
            "medication",
            "Amoxicillin-clavulanate 875/125 mg oral tablet (active), twice daily",
            in_encounter=True,
            kind="MedicationRequest",
            status="active",
        ),
    ]
    return DraftContext(task, language, "Patient/p1", "<PERSON_1>", "female", "78", enc, number(facts))


def _answer(*sentences: tuple[str, list[str]], title: str = "Hospital course", all_sections: bool = True) -> str:
    """A well-formed answer: the given sentences under ``title``, every other section covering the checklist."""
    sections = [{"title": title, "sentences": [{"text": t, "cites": c} for t, c in sentences]}]
    if all_sections:
        filler = {
            "Discharge medications and instructions": [
                {"text": "Amoxicillin-clavulanate 875/125 mg oral tablet, twice daily.", "cites": ["S6"]},
                {"text": "Allergy: penicillin (skin rash).", "cites": ["S2"]},
            ],
            "Discharge diagnoses": [
                {"text": "Potassium 3.1 mmol/L and 白细胞计数 13.5 10*9/L.", "cites": ["S4", "S5"]}
            ],
        }
        for other in TITLES:
            if other != title:
                sections.append({"title": other, "sentences": filler.get(other, [])})
    return json.dumps({"sections": sections}, ensure_ascii=False)


def _ground(raw: str, context: DraftContext | None = None, titles: list[str] = TITLES) -> Grounded:
    ctx = context or _context()
    task = get_task(ctx.task)
    return ground(raw, ctx, titles=titles, checklist=task.checklist, mapping=MAPPING)


def _issues(grounded: Grounded) -> list[str]:
    return [i for s in grounded.sentences for i in s.issues]


def test_a_grounded_answer_passes_and_the_note_is_clean() -> None:
    raw = _answer(
        ("<PERSON_1> was admitted on 2026-05-11 for 5 days under <PERSON_2>.", ["S1", "S3"]),
        ("Potassium was low at 3.1 mmol/L.", ["S5"]),
    )
    grounded = _ground(raw)
    assert grounded.structured and _issues(grounded) == [] and grounded.flags() == []
    rendered = render_note(grounded, _context(), mapping=MAPPING, shift_days=SHIFT)
    assert "Margaret Ellison was admitted on 2026-05-01" in rendered.body  # identity and real date restored
    assert "[S" not in rendered.body and "<PERSON" not in rendered.body
    assert "Automated checks" not in rendered.body  # nothing to review
    first = rendered.citations["sentences"][0]
    assert first["cites"] == ["S1", "S3"] and first["sources"] == ["Patient/p1", "Encounter/e1"]
    assert rendered.citations["sources"][:2] == ["Patient/p1", "Encounter/e1"]
    assert "Observation/k" in rendered.citations["sources"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Potassium 3.10 mmol/l on 2026-05-12.",  # trailing zero, unit case
        "白细胞计数13.5×10⁹/L。",  # superscript power, Chinese text around the number
        "白细胞计数 １３.５ ×10^9/L。",  # full-width digits
        "Stayed 5 天.",  # 天 = days
        "钾 3.1 mmol/L（2026年5月12日）。",  # a Chinese date form of the ISO date
    ],
)
def test_numbers_units_and_dates_are_normalised_before_comparing(sentence: str) -> None:
    grounded = _ground(_answer((sentence, ["S3", "S4", "S5"])))
    assert _issues(grounded) == []


def test_an_invented_number_is_flagged_and_marked_in_the_note() -> None:
    grounded = _ground(_answer(("Potassium was 5.2 mmol/L.", ["S5"])))
    assert _issues(grounded) == ["number:5.2 mmol/L"]
    assert "unsupported-number" in grounded.flags()
    body = render_note(grounded, _context(), mapping=MAPPING, shift_days=SHIFT).body
    assert "Potassium was 5.2 mmol/L. [check 1]" in body  # kept, visibly marked
    assert "[check 1] 5.2 mmol/L is not in the cited record facts" in body


def test_a_unit_that_differs_from_the_fact_is_flagged() -> None:
    grounded = _ground(_answer(("Potassium 3.1 mg/dL.", ["S5"])))
    assert _issues(grounded) == ["unit:3.1 mg/dL"]
    assert "unit-mismatch" in grounded.flags()


def test_a_number_must_be_in_the_facts_the_sentence_cites_not_anywhere() -> None:
    # 3.1 is in S5, but this sentence cites S4 only.
    grounded = _ground(_answer(("White cells 13.5 and potassium 3.1.", ["S4"])))
    assert _issues(grounded) == ["number:3.1"]


def test_an_uncited_sentence_is_flagged_but_not_documented_needs_no_citation() -> None:
    grounded = _ground(_answer(("She improved steadily.", []), ("Imaging: not documented.", [])))
    assert _issues(grounded) == ["uncited"]
    assert "uncited-sentence" in grounded.flags()
    body = render_note(grounded, _context(), mapping=MAPPING, shift_days=SHIFT).body
    assert "She improved steadily. [check 1]" in body and "not documented." in body


def test_a_citation_to_a_missing_fact_is_flagged() -> None:
    grounded = _ground(_answer(("Troponin was normal.", ["S99"])))
    assert _issues(grounded) == ["unknown-citation:S99"]
    assert "unknown-citation" in grounded.flags()
    rendered = render_note(grounded, _context(), mapping=MAPPING, shift_days=SHIFT)
    assert "cites a record fact that does not exist" in rendered.body
    assert rendered.citations["sentences"][0]["sources"] == []


def test_dates_must_be_in_the_cited_facts_and_restorable() -> None:
    grounded = _ground(_answer(("Potassium 3.1 mmol/L on 2026-05-14.", ["S5"]), ("Seen on 5月12日.", ["S5"])))
    assert _issues(grounded) == ["date:2026-05-14", "date-unshiftable:05-12"]
    body = render_note(grounded, _context(), mapping=MAPPING, shift_days=SHIFT).body
    # the date in the reviewer note is the real one, like the note text
    assert "the date 2026-05-04 is not in the cited record facts" in body


def test_a_drug_not_in_the_cited_facts_is_flagged() -> None:
    grounded = _ground(_answer(("Discharged on warfarin.", ["S6"]), ("Amoxicillin-clavulanate continued.", ["S6"])))
    assert _issues(grounded) == ["drug:warfarin"]
    assert "unsupported-drug" in grounded.flags()


def test_unknown_and_damaged_placeholders_are_flagged() -> None:
    grounded = _ground(_answer(("<PERSON_7> visited.", ["S1"]), ("<PERSON 1> walked.", ["S1"])))
    assert "unknown-placeholder:<PERSON_7>" in grounded.flags()
    assert "mangled-placeholder:<PERSON 1>" in grounded.flags()
    body = render_note(grounded, _context(), mapping=MAPPING, shift_days=SHIFT).body
    assert "<PERSON_7> visited. [check 1]" in body  # never a guessed name
    assert "Margaret Ellison walked. [check 2]" in body  # restored (intent unambiguous) but marked


def test_a_think_block_is_removed_and_kept_apart() -> None:
    raw = "<think>The potassium is 3.1; <PERSON_1> is elderly.</think>\n" + _answer(("Potassium 3.1 mmol/L.", ["S5"]))
    grounded = _ground(raw)
    assert grounded.structured and grounded.reasoning == "The potassium is 3.1; <PERSON_1> is elderly."
    assert grounded.flags() == ["reasoning-removed"]
    body = render_note(grounded, _context(), mapping=MAPPING, shift_days=SHIFT).body
    assert "think" not in body and "elderly" not in body
    # a block cut off by the token limit is all reasoning
    assert split_reasoning("<think>unfinished") == ("", "unfinished")


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        ('{"sections": [{"title": "Hospital course", "sentences": [{"text": "cut', "not JSON"),
        ('{"sections": [{"title": "Summary", "sentences": []}]}', "$.sections[0].title"),
        ('{"sections": [{"title": "Hospital course", "sentences": [{"text": "x", "cites": ["7"]}]}]}', "cites"),
        ('{"sections": [], "note": "extra"}', "$: expected"),
    ],
)
def test_broken_json_or_schema_is_reported_never_dropped(raw: str, error: str) -> None:
    grounded = _ground(raw)
    assert not grounded.structured and error in grounded.error
    assert "unstructured-output" in grounded.flags()
    body = render_note(grounded, _context(), mapping=MAPPING, shift_days=SHIFT).body
    assert "none of its statements could be checked" in body


def test_code_fences_around_the_json_are_tolerated() -> None:
    grounded = _ground("```json\n" + _answer(("Potassium 3.1 mmol/L.", ["S5"])) + "\n```")
    assert grounded.structured


def test_omissions_and_missing_sections_are_listed_for_the_reviewer() -> None:
    raw = json.dumps(
        {"sections": [{"title": "Hospital course", "sentences": [{"text": "Admitted.", "cites": ["S3"]}]}]}
    )
    grounded = _ground(raw)
    assert set(grounded.omissions) == {"allergies", "discharge-medications", "abnormal-results"}
    assert grounded.omissions["abnormal-results"] == ["S4", "S5"]
    assert "omission:allergies" in grounded.flags() and "missing-section:Pending results" in grounded.flags()
    body = render_note(grounded, _context(), mapping=MAPPING, shift_days=SHIFT).body
    assert "Allergy not mentioned: Penicillin, reaction: Skin rash" in body
    assert "Section missing: Pending results" in body


def test_a_differential_must_not_read_as_a_prescription() -> None:
    ctx = _context(task="admission_ddx")
    titles = get_task("admission_ddx").sections("en")
    raw = json.dumps(
        {
            "sections": [
                {
                    "title": titles[2],
                    "sentences": [
                        {"text": "Start amoxicillin-clavulanate 875 mg twice daily.", "cites": ["S6"]},
                        {"text": "A repeat potassium would help.", "cites": ["S5"]},
                    ],
                }
            ]
        }
    )
    grounded = _ground(raw, ctx, titles)
    assert grounded.sentences[0].issues == ["order-language"] and grounded.sentences[1].issues == []
    assert "therapy-order-language" in grounded.flags()


def test_chinese_markers_and_reviewer_section() -> None:
    ctx = _context("zh")
    titles = get_task("discharge_summary").sections("zh")
    raw = json.dumps(
        {"sections": [{"title": "诊疗经过", "sentences": [{"text": "血钾5.9 mmol/L", "cites": ["S5"]}]}]},
        ensure_ascii=False,
    )
    body = render_note(_ground(raw, ctx, titles), ctx, mapping=MAPPING, shift_days=SHIFT).body
    assert "诊疗经过：\n血钾5.9 mmol/L。【核对1】" in body
    assert "审核提示（软件自动核查，签名前请删除）：" in body and "【核对1】“5.9 mmol/L”不见于所引用的病历事实" in body
    assert "未提及的过敏史: Penicillin" in body


def test_the_extractive_backend_answers_in_the_same_shape_fully_grounded() -> None:
    for language in ("en", "zh"):
        for task in ("discharge_summary", "visit_summary", "admission_ddx", "nursing_handoff"):
            ctx = _context(language, task)
            prompt = render(ctx)
            request = GenerationRequest(
                task=task, language=language, system="", user="", context=ctx, response_schema=prompt.schema
            )
            raw = ExtractiveBackend().generate(request).text
            grounded = ground(
                raw, ctx, titles=list(prompt.sections), checklist=get_task(task).checklist, mapping=MAPPING
            )
            assert grounded.structured, (task, language)
            assert _issues(grounded) == [] and grounded.omissions == {}, (task, language, _issues(grounded))
            assert [t for t, _ in grounded.sections] == list(prompt.sections)


# --- the ledger and its budget ------------------------------------------------------------------------


def _long_context(results: int = 60) -> DraftContext:
    ctx = _context()
    extra = [
        Fact(
            "",
            f"Observation/t{i}",
            f"2026-05-{11 + i // 24:02d}T{i % 24:02d}:00:00",
            "observation",
            f"Body temperature: {36 + (i % 10) / 10} Cel",
            in_encounter=True,
            kind="Observation",
            key="Body temperature",
        )
        for i in range(results)
    ] + [
        Fact("", f"Condition/old{i}", f"20{10 + i}-01-01", "condition", f"Old problem {i} (resolved)", kind="Condition")
        for i in range(8)
    ]
    ctx.facts = number(ctx.facts + extra)
    return ctx


def test_a_ledger_within_budget_is_left_alone() -> None:
    ctx = _context()
    before = ctx.ledger()
    fit(ctx, max_tokens=10_000, max_facts=200)
    assert ctx.ledger() == before and ctx.condensed == [] and not ctx.ledger_tokens_measured


def test_an_over_budget_ledger_is_condensed_in_stages_and_says_so() -> None:
    ctx = _long_context()
    refs_before = set(ctx.sources)
    full = estimate_tokens(ctx.ledger())
    fit(ctx, max_tokens=full // 3, max_facts=200)
    assert ctx.condensed[:2] == ["history", "trends"]
    assert ctx.ledger_tokens is not None and ctx.ledger_tokens <= full // 3
    assert set(ctx.sources) == refs_before  # condensed, not cut: every reference is still covered
    lines = ctx.ledger().splitlines()
    trend = next(line for line in lines if "Body temperature, 60 results" in line)
    assert trend.split(" | ")[1] == "Summary*"
    # protected facts keep their own lines
    assert any("Penicillin" in line for line in lines) and any("Potassium: 3.1" in line for line in lines)
    # the draft built on it carries the flag and tells the reviewer
    grounded = _ground(_answer(("Admitted.", ["S1"])), ctx)
    body = render_note(grounded, ctx, mapping=MAPPING, shift_days=SHIFT).body
    assert "were condensed before the model saw them: history, trends" in body


def test_citing_a_condensed_line_covers_the_facts_it_stands_for() -> None:
    ctx = _long_context()
    fit(ctx, max_tokens=estimate_tokens(ctx.ledger()) // 3, max_facts=200)
    trend = next(f for f in ctx.facts if f.kind == "Summary" and f.key == "Body temperature")
    rendered = render_note(
        _ground(_answer(("Temperatures were recorded.", [trend.sid])), ctx), ctx, mapping=MAPPING, shift_days=SHIFT
    )
    assert set(rendered.citations["facts"][trend.sid]["sources"]) == {f"Observation/t{i}" for i in range(60)}


def test_the_server_tokenizer_is_used_after_the_leak_gate() -> None:
    calls: list[str] = []

    def gate(text: str) -> None:
        calls.append("gate")

    def counter(text: str) -> int:
        calls.append("count")
        return 5_000 if len(calls) < 3 else 100  # the first measurement is over budget

    ctx = _long_context()
    fit(ctx, max_tokens=1_000, max_facts=200, counter=counter, gate=gate)
    assert calls[:4] == ["gate", "count", "gate", "count"]
    assert ctx.ledger_tokens == 100 and ctx.ledger_tokens_measured and ctx.condensed == ["history"]


def test_a_server_without_a_tokenizer_falls_back_to_the_estimate() -> None:
    ctx = _context()
    fit(ctx, max_tokens=10_000, max_facts=200, counter=lambda _text: None)
    assert ctx.ledger_tokens == estimate_tokens(ctx.ledger()) and not ctx.ledger_tokens_measured


def test_the_estimate_counts_han_digits_and_latin_differently() -> None:
    assert estimate_tokens("血钾偏低") == 3  # 4 Han characters x 0.72
    assert estimate_tokens("1234567890") == 15  # Qwen splits numbers into digits
    assert estimate_tokens("potassium low") == 4  # 13 characters / 4.0


def test_the_prompt_puts_static_text_first_and_the_schema_names_the_sections() -> None:
    a, b = _context(), _context()
    b.facts = b.facts[:3]
    pa, pb = render(a), render(b)
    assert pa.system == pb.system
    static = pa.user.split("Record facts")[0]
    assert pb.user.startswith(static)  # everything before the ledger is shared: prefix cache
    assert pa.version == "discharge_summary/en@2"
    assert pa.schema == draft_schema(TITLES)
    assert render(_context("en", "result_interpretation"), plain_language=True).version == (
        "result_interpretation+plain/en@2"
    )


def test_the_prompts_doc_covers_every_template_and_flag() -> None:
    from pathlib import Path

    from integration.draft_tasks import TASKS
    from integration.grounding import ISSUE_FLAG
    from integration.prompts import template_version

    doc = (Path(__file__).resolve().parents[1] / "docs" / "prompts.md").read_text(encoding="utf-8")
    for name in TASKS:
        for language in ("en", "zh"):
            plain = name == "result_interpretation"
            assert f"`{template_version(name, language, plain_language=plain)}`" in doc, (name, language)
    for code in [*ISSUE_FLAG, *ISSUE_FLAG.values()]:
        assert f"`{code}" in doc, code
    for flag in ("json-retried", "unstructured-output", "reasoning-removed", "ledger-condensed", "omission:"):
        assert flag in doc
