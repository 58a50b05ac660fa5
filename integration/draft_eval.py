"""Score drafts against their ledger, and shadow-run stored jobs through a candidate model server.

A hospital compares MedGo, another model or a new prompt on its own records before switching: the
stored jobs are de-identified again exactly as the pipeline does (same policy, same leak gate), sent
to the candidate, checked by the same grounding code, and scored beside the draft already stored.
Nothing is written: no draft, no vault row, no delivery. The report holds ids, model names and
numbers, never text from a record.

Scores (per draft, and summed over a run):

* **citation precision**: citations that name a ledger fact *and* sit in a sentence whose numbers,
  units, dates and drugs that fact supports, over all citations;
* **unsupported sentence rate**: sentences with any finding (uncited, unknown citation, unsupported
  number / unit / date / drug, order language, stray placeholder), over all sentences;
* **omission rate**: checklist items (allergies, discharge medications, abnormal results ...) that the
  record makes applicable but no sentence covers, over the applicable items;
* **structured**: the answer was the schema's JSON (an unstructured answer scores zero sentences).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from sqlalchemy import select

from integration.context import Fact
from integration.db import session_scope
from integration.drafting import gated_prompt, generate_grounded, generation_request, job_context
from integration.grounding import render_note, required
from integration.models import Draft, Job
from integration.ports import LlmBackend
from integration.services import Services

__all__ = ["Score", "ShadowReport", "applicable_items", "score_citations", "shadow"]

# Findings that say a cited fact does not carry what the sentence claims.
_SUPPORT_ISSUES = ("number:", "unit:", "date:", "date-unshiftable:", "drug:")


@dataclass(frozen=True)
class Score:
    structured: int = 0  # drafts (0 or 1 for one draft)
    drafts: int = 0
    sentences: int = 0
    unsupported: int = 0
    citations: int = 0
    supported_citations: int = 0
    applicable_items: int = 0
    omitted_items: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(*(a + b for a, b in zip(asdict(self).values(), asdict(other).values(), strict=True)))

    @property
    def citation_precision(self) -> float | None:
        return self.supported_citations / self.citations if self.citations else None

    @property
    def unsupported_rate(self) -> float | None:
        return self.unsupported / self.sentences if self.sentences else None

    @property
    def omission_rate(self) -> float | None:
        return self.omitted_items / self.applicable_items if self.applicable_items else None

    def summary(self) -> dict[str, Any]:
        def r(value: float | None) -> float | None:
            return None if value is None else round(value, 4)

        return {
            **asdict(self),
            "citation_precision": r(self.citation_precision),
            "unsupported_rate": r(self.unsupported_rate),
            "omission_rate": r(self.omission_rate),
        }


def applicable_items(checklist: Iterable[str], facts: list[Fact]) -> set[str]:
    """Checklist items the record makes applicable: at least one ledger fact requires them."""
    return {item for item in checklist if any(required(item, f) for f in facts)}


def score_citations(citations: Mapping[str, Any] | None, applicable: set[str]) -> Score:
    """Score one draft from its stored citation map (``drafts.citations``)."""
    if not citations:
        return Score(drafts=1, applicable_items=len(applicable), omitted_items=len(applicable))
    sentences = [s for s in citations.get("sentences") or [] if isinstance(s, Mapping)]
    cites = supported = unsupported = 0
    for sentence in sentences:
        issues = [str(i) for i in sentence.get("issues") or []]
        unknown = {i.split(":", 1)[1] for i in issues if i.startswith("unknown-citation:")}
        backed = not any(i.startswith(_SUPPORT_ISSUES) for i in issues)
        for sid in sentence.get("cites") or []:
            cites += 1
            supported += 1 if backed and sid not in unknown else 0
        unsupported += 1 if issues else 0
    omitted = {str(k) for k in (citations.get("omissions") or {})} & applicable
    return Score(
        structured=1 if citations.get("structured") else 0,
        drafts=1,
        sentences=len(sentences),
        unsupported=unsupported,
        citations=cites,
        supported_citations=supported,
        applicable_items=len(applicable),
        omitted_items=len(omitted),
    )


@dataclass
class ShadowRow:
    draft_id: int
    task: str
    language: str
    baseline: dict[str, Any]
    candidate: dict[str, Any] | None = None
    error: str | None = None  # PHI-free: an error code and class


@dataclass
class ShadowReport:
    candidate: dict[str, str] | None
    rows: list[ShadowRow] = field(default_factory=list)
    baseline_total: Score = field(default_factory=Score)
    candidate_total: Score = field(default_factory=Score)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "candidate": self.candidate,
            "drafts": len(self.rows),
            "failed": sum(1 for r in self.rows if r.error),
            "baseline": self.baseline_total.summary(),
            "rows": [asdict(r) for r in self.rows],
        }
        if self.candidate is not None:
            out["candidate_scores"] = self.candidate_total.summary()
        return out


def shadow(
    services: Services,
    candidate: LlmBackend | None,
    *,
    limit: int = 50,
    task: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ShadowReport:
    """Score the newest ``limit`` stored drafts; with ``candidate``, re-run their jobs through it too."""
    with session_scope(services.sessions) as session:
        query = select(Draft.id).order_by(Draft.id.desc()).limit(limit)
        if task:
            query = query.where(Draft.task == task)
        draft_ids = list(session.scalars(query))
    info = _describe(candidate) if candidate is not None else None
    report = ShadowReport(candidate=info)
    trial = replace(services, backend=candidate) if candidate is not None else services
    for n, draft_id in enumerate(draft_ids, start=1):
        report.rows.append(_one(services, trial, draft_id, with_candidate=candidate is not None, report=report))
        if progress:
            progress(n, len(draft_ids))
    return report


def _one(
    services: Services, trial: Services, draft_id: int, *, with_candidate: bool, report: ShadowReport
) -> ShadowRow:
    with session_scope(services.sessions) as session:
        draft = session.get(Draft, draft_id)
        assert draft is not None
        job = session.get(Job, draft.job_id)
        row = ShadowRow(draft_id, draft.task, draft.language, baseline={})
        stored = dict(draft.citations or {})
        baseline_meta = {"model": draft.model, "revision": draft.model_revision, "template": draft.prompt_version}
        try:
            if job is None:
                raise LookupError("the draft's job is gone")
            prepared = job_context(trial, session, job)
        except Exception as exc:  # a record pruned or changed since: report it, score what is stored
            row.error = _safe(exc)
            prepared = None
    applicable = applicable_items(prepared.task.checklist, prepared.context.facts) if prepared else set()
    base = score_citations(stored, applicable)
    row.baseline = {**baseline_meta, **base.summary()}
    report.baseline_total += base
    if not with_candidate or prepared is None:
        return row
    try:
        prompt = gated_prompt(trial, prepared)
        request = generation_request(trial.settings, prepared, prompt)
        mapping = dict(prepared.deid.mapping)
        generation, grounded, retried = generate_grounded(
            trial, request, prepared.context, prompt.sections, prepared.task.checklist, mapping
        )
        rendered = render_note(grounded, prepared.context, mapping=mapping, shift_days=prepared.shift)
    except Exception as exc:
        row.error = _safe(exc)
        return row
    cand = score_citations(rendered.citations, applicable)
    row.candidate = {
        "model": generation.model,
        "revision": generation.revision,
        "template": prompt.version,
        "json_retried": retried,
        **cand.summary(),
    }
    report.candidate_total += cand
    return row


def _describe(backend: LlmBackend) -> dict[str, str]:
    return {
        "backend": str(getattr(backend, "name", type(backend).__name__)),
        "model": str(getattr(backend, "model", "")),
        "revision": str(getattr(backend, "revision", "")),
        "url": str(getattr(backend, "base_url", "")),
    }


def _safe(exc: BaseException) -> str:
    code = getattr(exc, "code", None)
    return f"{type(exc).__name__}" + (f" ({code})" if isinstance(code, str) else "")
