"""FastAPI app factory."""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import APIRouter, FastAPI

from integration import __version__, metrics
from integration.api import routes_health, routes_metrics, routes_read
from integration.api.console import create_console
from integration.api.errors import PhiSafeErrors
from integration.services import Services

DESCRIPTION = """
medgo-bridge takes FHIR R4 (and HL7 v2) from the EMR, stores it durably, de-identifies the
patient's context, asks a medical LLM for a draft and writes a **preliminary, AI-labelled**
`DocumentReference` back to the EMR for a clinician to sign.

Authenticate with an API key (`medgo-bridge apikey create NAME`) sent as `Authorization: Bearer <key>`
or `X-API-Key: <key>`. The key's name is recorded as the source of everything sent with it.
"""

TAGS = [
    {"name": "fhir", "description": "Inbound FHIR R4: Bundles and Subscription notifications."},
    {
        "name": "journal",
        "description": "What was received, what it triggered, what was drafted and delivered.",
    },
    {"name": "health", "description": "Liveness, readiness and Prometheus metrics."},
]


def create_app(services: Services, extra_routers: Sequence[APIRouter] = ()) -> FastAPI:
    app = FastAPI(title="medgo-bridge", version=__version__, description=DESCRIPTION, openapi_tags=TAGS)
    app.state.services = services
    app.add_middleware(PhiSafeErrors)
    for router in extra_routers:
        app.include_router(router)
    app.include_router(routes_read.router, tags=["journal"])
    app.include_router(routes_health.router)
    # Database and queue gauges are computed here only, not in the listener or the workers: one
    # copy of the state per deployment (per API replica), whatever the number of processes.
    app.state.metrics_state = metrics.StateCollector(services)
    app.state.metrics_registry = metrics.registry_for(app.state.metrics_state)
    app.include_router(routes_metrics.router)
    # The operations console: its own login, cookies and error pages, so a sub-application.
    app.mount("/console", create_console(services))
    return app
