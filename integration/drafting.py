"""Draft: de-identify the patient's context, ask the model, restore identities, store the draft.

State machine of a job: queued -> deidentified -> generated -> delivered; failed (will retry),
dead (retries exhausted or a permanent error). A redelivered task finds the state and resumes;
a job that already has a draft never asks the model again.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select

from integration import audit
from integration.context import build_context, patient_language, record_identifiers
from integration.db import session_scope
from integration.deid import DeidSession, reidentify
from integration.deid.analyzer import build_analyzer
from integration.deid.dates import date_shift_days, unshift_text
from integration.deid.selftest import self_test
from integration.draft_tasks import BANNER, get_task
from integration.errors import PermanentError
from integration.models import Delivery, DeliveryState, Draft, Job, JobState, VaultEntry, utcnow
from integration.ports import Generation, GenerationRequest
from integration.prompts import render
from integration.services import Services

log = logging.getLogger("medgo.drafting")

DEID_POLICY = "structured-first+presidio-{profile}@1"
THINK = re.compile(r"<think>.*?</think>\s*", re.DOTALL | re.IGNORECASE)
EXTRACTIVE_NOTE = {
    "en": "Generated without a language model (extractive backend): a structured digest of the record.",
    "zh": "本草稿未使用大语言模型生成（抽取式后端）：为病历结构化数据的摘要。",
}


@dataclass(frozen=True)
class CleanText:
    text: str
    flags: list[str]


def clean_output(raw: str, mapping: dict[str, str], shift_days: int) -> CleanText:
    """Strip reasoning, undo the date shift, put the real identities back, and say what was odd."""
    flags: list[str] = []
    text = raw
    if THINK.search(text) or "<think>" in text.lower():
        flags.append("reasoning-removed")
        text = THINK.sub("", text)
        # An unterminated block (the model ran out of tokens mid-thought) is dropped entirely.
        text = re.split(r"<think>", text, flags=re.IGNORECASE)[0] if "<think>" in text.lower() else text
    text = unshift_text(text, shift_days)
    result = reidentify(text, mapping)
    flags += [f"unknown-placeholder:{p}" for p in result.unknown_placeholders]
    flags += [f"mangled-placeholder:{p}" for p in result.mangled]
    return CleanText(result.text.strip(), flags)


def draft_job(services: Services, job_id: int) -> int | None:
    """Produce the draft of one job. Returns the draft id (None when the job is finished or dead)."""
    settings = services.settings
    with session_scope(services.sessions) as session:
        job = session.get(Job, job_id)
        if job is None:
            raise PermanentError(f"job {job_id} does not exist")
        if job.state in (JobState.delivered, JobState.dead):
            return None
        existing = session.scalar(select(Draft.id).where(Draft.job_id == job.id))
        if existing is not None:
            services.dispatcher.deliver(existing)  # a redelivered task: only the delivery may be missing
            return existing
        task = get_task(job.task)
        patient, known = record_identifiers(session, job.patient_ref)
        if patient is None:
            raise PermanentError(f"job {job_id}: the record holds no Patient resource for this job")
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
            max_facts=settings.context_max_facts,
            trigger_ref=job.trigger_ref,
        )
        prompt = render(context)
        deid.gate(prompt.full_text)  # fail closed: raises LeakGateRefusal, nothing is sent
        sealed = services.vault.seal(deid.mapping, {"date_shift_days": shift})
        vault = session.scalar(select(VaultEntry).where(VaultEntry.job_id == job.id))
        expires = utcnow() + timedelta(days=settings.vault_retention_days)
        if vault is None:
            session.add(VaultEntry(job_id=job.id, ciphertext=sealed, expires_at=expires))
        else:
            vault.ciphertext, vault.expires_at = sealed, expires
        job.state, job.language, job.attempts = JobState.deidentified, language, job.attempts + 1
        mapping = dict(deid.mapping)
        encounter = context.encounter
        audit.record(
            session,
            "worker",
            "deidentified",
            "job",
            job.id,
            placeholders=len(mapping),
            facts=len(context.facts),
            findings=len(deid.findings),
        )

    request = GenerationRequest(
        task=task.name,
        language=language,
        system=prompt.system,
        user=prompt.user,
        max_new_tokens=settings.llm_max_new_tokens,
        temperature=settings.llm_temperature,
        top_p=settings.llm_top_p,
        context=context,
    )
    generation: Generation = services.backend.generate(request)  # no DB transaction held meanwhile
    cleaned = clean_output(generation.text, mapping, shift)
    body = cleaned.text
    if generation.backend == "extractive":
        body = f"{EXTRACTIVE_NOTE[language]}\n\n{body}"
    text = f"{BANNER[language]}\n\n{body}\n"

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
            loinc_code=task.loinc_code,
            loinc_display=task.loinc_display,
            title=task.title(language),
            language=language,
            text=text,
            backend=generation.backend,
            model=generation.model,
            model_revision=generation.revision,
            prompt_version=prompt.version,
            deid_policy=DEID_POLICY.format(profile=settings.deid_profile),
            sources=context.sources,
            flags=cleaned.flags,
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
            flags=cleaned.flags,
        )
        draft_id = draft.id
    if target != "none":
        services.dispatcher.deliver(draft_id)
    return draft_id


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
