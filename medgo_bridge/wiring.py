"""Build the service container and the API app from settings: the only place adapters are chosen."""

from __future__ import annotations

import hashlib
import hmac
from typing import Literal

from fastapi import FastAPI

from connectors import fhir_inbound
from connectors.emr_fhir_client import FhirEmrClient
from connectors.hl7v2.mapping import Hl7v2Mapper
from connectors.hl7v2.mdm_sender import MdmSender
from inference.extractive import ExtractiveBackend
from inference.model_server import ModelServerBackend
from integration import db
from integration.api.app import create_app
from integration.deid.policy import use_policy_file
from integration.deid.vault import Vault
from integration.inprocess import InProcessDispatcher
from integration.ports import DocumentSender, EmrClient, LlmBackend
from integration.reconcile import reconcile
from integration.rules import engine_from
from integration.services import Services, vault_key
from integration.settings import Settings, TaskMode, get_settings
from workers.dispatch import CeleryDispatcher

Dispatch = Literal["auto", "inprocess", "celery"]


def make_backend(settings: Settings) -> LlmBackend:
    if not settings.llm_url:
        return ExtractiveBackend()
    token = settings.llm_token.get_secret_value() if settings.llm_token else None
    return ModelServerBackend(
        settings.llm_url,
        model=settings.llm_model,
        revision=settings.llm_revision,
        token=token,
        timeout_s=settings.llm_timeout_s,
        max_concurrency=settings.llm_max_concurrency,
        slot_wait_s=settings.llm_slot_wait_s,
        circuit_failures=settings.llm_circuit_failures,
        circuit_reset_s=settings.llm_circuit_reset_s,
        stream=settings.llm_stream,
    )


def make_emr(settings: Settings) -> EmrClient | None:
    if not settings.emr_fhir_url:
        return None
    token = settings.emr_token.get_secret_value() if settings.emr_token else None
    return FhirEmrClient(settings.emr_fhir_url, token=token, timeout_s=settings.emr_timeout_s)


def make_hl7_sender(settings: Settings) -> DocumentSender | None:
    if not settings.emr_mllp_address:
        return None
    return MdmSender(
        settings.emr_mllp_address,
        charset=settings.emr_mllp_charset,
        availability=settings.emr_mllp_availability,
        tls_ca=settings.emr_mllp_tls_ca,
        timeout_s=settings.emr_timeout_s,
    )


def build_services(settings: Settings | None = None, *, dispatch: Dispatch = "auto", resume: bool = True) -> Services:
    settings = settings or get_settings()
    url = settings.effective_database_url
    if settings.auto_migrate:
        db.upgrade(url)
    engine = db.make_engine(url)
    key = vault_key(settings)
    use_policy_file(settings.deid_policy_file)  # a broken policy file stops the start, not the first draft
    secret = (
        settings.deid_secret.get_secret_value().encode()
        if settings.deid_secret
        else hmac.new(key, b"medgo-bridge deid secret", hashlib.sha256).digest()
    )
    services = Services(
        settings=settings,
        engine=engine,
        sessions=db.make_session_factory(engine),
        rules=engine_from(settings.rules_file),
        backend=make_backend(settings),
        emr=make_emr(settings),
        vault=Vault(key),
        deid_secret=secret,
        hl7_mapper=Hl7v2Mapper(
            settings.mllp_default_charset, settings.mllp_charset_overrides, timezone=settings.hl7_timezone or None
        ),
        hl7_sender=make_hl7_sender(settings),
    )
    mode = settings.task_mode.value if dispatch == "auto" else dispatch
    if mode == TaskMode.celery.value:
        services.dispatcher = CeleryDispatcher(settings)
    else:
        services.dispatcher = InProcessDispatcher(services)
        if resume:
            reconcile(services, older_than_s=0)
    return services


def build_app(services: Services | None = None) -> FastAPI:
    return create_app(services or build_services(), extra_routers=[fhir_inbound.router])
