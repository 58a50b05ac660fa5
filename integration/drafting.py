"""Draft: de-identify the patient's context, ask the model, restore identities, store the draft.

State machine of a job: queued -> deidentified -> generated -> delivered; failed (will retry),
dead (retries exhausted or a permanent error). A redelivered task finds the state and resumes;
a job that already has a draft never asks the model again.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, replace
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session
from structlog.contextvars import bind_contextvars

from integration import audit, metrics
from integration.context import DraftContext, build_context, patient_language, record_identifiers
from integration.db import session_scope
from integration.deid import DeidSession
from integration.deid.analyzer import build_analyzer
from integration.deid.dates import date_shift_days, unshift_text
from integration.deid.selftest import self_test
from integration.draft_tasks import BANNER, DraftTask, document_type, get_task
from integration.errors import BridgeError, LeakGateRefusal, PermanentError
from integration.grounding import Grounded, ground, render_note
from integration.ledger import estimate_tokens, fit
from integration.models import Delivery, DeliveryState, Draft, Job, JobState, VaultEntry, utcnow
from integration.ports import Generation, GenerationRequest
from integration.prompts import Prompt, render
from integration.services import Services
from integration.settings import Settings

log = logging.getLogger("medgo.drafting")

DEID_POLICY = "structured-first+presidio-{profile}@1"
EXTRACTIVE_NOTE = {
    "en": "Generated without a language model (extractive backend): a structured digest of the record; "
    "a differential diagnosis or an interpretation needs a language model.",
    "zh": "本草稿未使用大语言模型生成（抽取式后端）：为病历结构化数据的摘要；鉴别诊断和结果解读需要大语言模型。",
}


def draft_job(services: Services, job_id: int) -> int | None:
    """Produce the draft of one job. Returns the draft id (None when the job is finished or dead)."""
    settings = services.settings
    started = time.perf_counter()
    with session_scope(services.sessions) as session:
        job = session.get(Job, job_id)
        if job is None:
            raise PermanentError(f"job {job_id} does not exist")
        # Log lines from here on (this module, the de-identification, the model client) name the job's
        # trigger message too, so one grep follows a message from its ACK to its draft.
        bind_contextvars(job_id=job.id, message_id=job.trigger_message_id, task=job.task)
        if job.state in (JobState.delivered, JobState.dead):
            return None
        existing = session.scalar(select(Draft.id).where(Draft.job_id == job.id))
        if existing is not None:
            services.dispatcher.deliver(existing)  # a redelivered task: only the delivery may be missing
            return existing
        prepared = job_context(services, session, job)
    task, language, shift, context = prepared.task, prepared.language, prepared.shift, prepared.context
    prompt = gated_prompt(services, prepared)
    mapping = dict(prepared.deid.mapping)
    encounter = context.encounter

    with session_scope(services.sessions) as session:
        job = session.get(Job, job_id)
        if job is None:
            raise PermanentError(f"job {job_id} does not exist")
        sealed = services.vault.seal(mapping, {"date_shift_days": shift})
        vault = session.scalar(select(VaultEntry).where(VaultEntry.job_id == job.id))
        expires = utcnow() + timedelta(days=settings.vault_retention_days)
        if vault is None:
            session.add(VaultEntry(job_id=job.id, ciphertext=sealed, expires_at=expires))
        else:
            vault.ciphertext, vault.expires_at = sealed, expires
        job.state, job.language, job.attempts = JobState.deidentified, language, job.attempts + 1
        audit.record(
            session,
            "worker",
            "deidentified",
            "job",
            job.id,
            placeholders=len(mapping),
            facts=len(context.facts),
            findings=len(prepared.deid.findings),
            ledger_tokens=context.ledger_tokens,
            condensed=context.condensed,
        )
    metrics.STAGE_DURATION.labels("deidentify", task.name).observe(time.perf_counter() - started)

    request = generation_request(settings, prepared, prompt)
    generating = time.perf_counter()
    generation, grounded, retried = generate_grounded(
        services, request, context, prompt.sections, task.checklist, mapping
    )
    metrics.STAGE_DURATION.labels("generate", task.name).observe(time.perf_counter() - generating)
    rendered = render_note(grounded, context, mapping=mapping, shift_days=shift)
    flags = grounded.flags()
    if retried:
        flags.insert(0, "json-retried")
    if context.condensed:
        flags.append("ledger-condensed")
    if "over-budget" in context.condensed:
        flags.append("ledger-over-budget")
    body = rendered.body
    if generation.backend == "extractive":
        body = f"{EXTRACTIVE_NOTE[language]}\n\n{body}"
    text = f"{BANNER[language]}\n\n{body}\n"
    loinc_code, loinc_display = document_type(task, ddx_code=settings.ddx_loinc_code, focus_kind=context.focus_kind)

    with session_scope(services.sessions) as session:
        job = session.get(Job, job_id)
        assert job is not None
        existing = session.scalar(select(Draft.id).where(Draft.job_id == job.id))
        if existing is not None:
            return existing  # another worker finished first; its draft stands
        draft = Draft(
            job_id=job.id,
            task=task.name,
            patient_ref=job.patient_ref,
            encounter_ref=job.encounter_ref,
            loinc_code=loinc_code,
            loinc_display=loinc_display,
            title=task.title(language),
            language=language,
            text=text,
            backend=generation.backend,
            model=generation.model,
            model_revision=generation.revision,
            prompt_version=prompt.version,
            deid_policy=DEID_POLICY.format(profile=settings.deid_profile),
            sources=context.sources,
            flags=flags,
            citations=rendered.citations,
            # De-identified, as the model wrote it; kept only for audit when configured.
            reasoning=grounded.reasoning if settings.keep_reasoning else None,
            period_start=_unshift(encounter.start if encounter else "", shift),
            period_end=_unshift(encounter.end if encounter else "", shift),
        )
        session.add(draft)
        session.flush()
        target, endpoint = services.delivery_target
        session.add(
            Delivery(
                draft_id=draft.id,
                target=target,
                endpoint=endpoint,
                state=DeliveryState.stored if target == "none" else DeliveryState.pending,
            )
        )
        job.state, job.error, job.error_code = JobState.generated, None, None
        audit.record(
            session,
            "worker",
            "draft-created",
            "draft",
            draft.id,
            job=job.id,
            backend=generation.backend,
            model=generation.model,
            prompt=prompt.version,
            flags=flags,
            sentences=len(grounded.sentences),
            flagged_sentences=sum(1 for s in grounded.sentences if s.issues),
        )
        draft_id = draft.id
    bind_contextvars(draft_id=draft_id)
    metrics.DRAFTS_CREATED.labels(task.name, generation.backend).inc()
    for flag in {f.split(":", 1)[0] for f in flags}:  # "omission:<item>" counts as "omission"
        metrics.DRAFT_FLAGS.labels(task.name, metrics.code_label(flag)).inc()
    if target != "none":
        services.dispatcher.deliver(draft_id)
    return draft_id


@dataclass
class PreparedJob:
    """A job's de-identified context, before its prompt is fitted, gated and sent."""

    task: DraftTask
    language: str
    shift: int
    deid: DeidSession
    context: DraftContext


def job_context(services: Services, session: Session, job: Job) -> PreparedJob:
    """De-identify the job's patient record into its draft context (reads only; writes nothing)."""
    settings = services.settings
    task = get_task(job.task)
    patient, known = record_identifiers(session, job.patient_ref)
    if patient is None:
        raise PermanentError(f"job {job.id}: the record holds no Patient resource for this job")
    language = job.language or patient_language(patient, settings.default_language)
    shift = date_shift_days(services.deid_secret, job.patient_ref, settings.date_shift_max_days)
    check = self_test(settings.deid_profile)  # cached per process
    if not check.ok:
        # Kinds only, no values: the message lands in logs and the job row.
        raise PermanentError(
            f"de-identification self-test failed for profile {settings.deid_profile!r} "
            f"(recall {check.recall:.2f}; {check.status}); the model is not called",
            code="deid-self-test",
        )
    deid = DeidSession(build_analyzer(settings.deid_profile), known, date_shift_days=shift)
    context = build_context(
        session,
        deid,
        task=task.name,
        patient_ref=job.patient_ref,
        encounter_ref=job.encounter_ref,
        patient=patient,
        language=language,
        trigger_ref=job.trigger_ref,
    )
    return PreparedJob(task, language, shift, deid, context)


def gated_prompt(services: Services, prepared: PreparedJob) -> Prompt:
    """Fit the ledger to the token budget and render the prompt, gated before anything leaves.

    Call it outside any transaction: measuring the ledger may ask the model server's tokenizer. Nothing
    leaves for the server before the whole uncondensed prompt has passed the leak gate (fail closed:
    raises LeakGateRefusal); the ledger sent to be counted and the final prompt are gated again.
    """
    settings = services.settings
    context, deid = prepared.context, prepared.deid
    try:
        whole = render(context, plain_language=settings.result_plain_language).full_text
        deid.gate(whole)
        counter = getattr(services.backend, "count_tokens", None)
        fit(
            context,
            max_tokens=_ledger_budget(services, whole, context),
            max_facts=settings.context_max_facts,
            counter=counter if callable(counter) else None,
            gate=deid.gate,
        )
        prompt = render(context, plain_language=settings.result_plain_language)
        deid.gate(prompt.full_text)
    except LeakGateRefusal:
        metrics.LEAK_GATE_REFUSALS.labels(prepared.task.name).inc()
        raise
    return prompt


def _ledger_budget(services: Services, prompt_text: str, context: DraftContext) -> int:
    """The ledger's token budget: the setting, lowered to what the model server accepts when it says.

    The instructions around the ledger (estimated, with a margin for the chat template) are taken off
    the server's prompt limit, so the condensed prompt is not then refused as too long.
    """
    settings = services.settings
    budget = settings.ledger_max_tokens
    limit = getattr(services.backend, "prompt_token_limit", None)
    server = limit(settings.llm_max_new_tokens) if callable(limit) else None
    if isinstance(server, int):
        overhead = estimate_tokens(prompt_text) - estimate_tokens(context.ledger()) + 64
        budget = max(256, min(budget, server - overhead))
    return budget


def generation_request(settings: Settings, prepared: PreparedJob, prompt: Prompt) -> GenerationRequest:
    return GenerationRequest(
        task=prepared.task.name,
        language=prepared.language,
        system=prompt.system,
        user=prompt.user,
        max_new_tokens=settings.llm_max_new_tokens,
        temperature=settings.llm_temperature,
        top_p=settings.llm_top_p,
        context=prepared.context,
        response_schema=prompt.schema,
    )


def generate_grounded(
    services: Services,
    request: GenerationRequest,
    context: DraftContext,
    titles: tuple[str, ...],
    checklist: tuple[str, ...],
    mapping: dict[str, str],
) -> tuple[Generation, Grounded, bool]:
    """Generate and check; an answer that is not the required JSON is asked for once more.

    With constrained decoding a broken answer is rare (typically cut off at max_new_tokens, or a server
    that ignored the grammar), and one more try usually yields a checkable draft. If the second answer
    is broken too, its text is kept, flagged ``unstructured-output`` and marked in the note as unchecked:
    a draft is never dropped silently, and the job does not loop on the model.
    """
    generation = _call_model(services, request)  # no DB transaction held meanwhile
    grounded = ground(generation.text, context, titles=list(titles), checklist=checklist, mapping=mapping)
    if grounded.structured:
        return generation, grounded, False
    log.warning("model answer is not the draft JSON (%s); asking once more", grounded.error)
    if generation.extra.get("finish_reason") == "length":
        # Cut off at the token limit: the same limit would cut it off again.
        request = replace(request, max_new_tokens=request.max_new_tokens * 2)
    generation = _call_model(services, request)
    return generation, ground(generation.text, context, titles=list(titles), checklist=checklist, mapping=mapping), True


def _call_model(services: Services, request: GenerationRequest) -> Generation:
    """One backend call, counted: outcome, latency and tokens (labelled by backend and task only)."""
    backend = str(getattr(services.backend, "name", "unknown"))
    started = time.perf_counter()
    try:
        generation = services.backend.generate(request)
    except Exception as exc:
        outcome = exc.code if isinstance(exc, BridgeError) else "unexpected"
        metrics.MODEL_REQUESTS.labels(backend, request.task, metrics.code_label(outcome)).inc()
        raise
    extra = generation.extra
    latency = extra.get("latency_s")
    metrics.MODEL_REQUESTS.labels(backend, request.task, "ok").inc()
    metrics.MODEL_LATENCY.labels(backend, request.task).observe(
        float(latency) if isinstance(latency, int | float) else time.perf_counter() - started
    )
    ttft = extra.get("ttft_s")
    if isinstance(ttft, int | float):
        metrics.MODEL_TTFT.labels(backend, request.task).observe(float(ttft))
    if generation.prompt_tokens:
        metrics.MODEL_PROMPT_TOKENS.labels(backend, request.task).inc(generation.prompt_tokens)
    if generation.completion_tokens:
        metrics.MODEL_COMPLETION_TOKENS.labels(backend, request.task).inc(generation.completion_tokens)
    return generation


def _unshift(value: str, shift: int) -> str | None:
    return unshift_text(value, shift) if value else None


def mark_failed(services: Services, job_id: int, error: str, *, dead: bool, code: str = "error") -> None:
    with session_scope(services.sessions) as session:
        job = session.get(Job, job_id)
        if job is not None and job.state not in (JobState.delivered, JobState.generated):
            job.state = JobState.dead if dead else JobState.failed
            job.error, job.error_code = error, code
            audit.record(
                session,
                "worker",
                "dead-lettered" if dead else "failed",
                "job",
                job.id,
                error=error,
                code=code,
            )
