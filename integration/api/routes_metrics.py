"""``GET /metrics``: Prometheus text format (the metric list is in docs/deployment.md, "Metrics").

Public by default (``MEDGO_METRICS_PUBLIC``): it holds counts, durations and codes, never PHI, and a
Prometheus scraper is easiest to run without a key. Where the API port is reachable from outside the
internal network, turn it off; Prometheus then sends the key with ``authorization: credentials_file``.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Request, Security
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials

from integration import metrics
from integration.api.deps import ServicesDep, api_key_header, authenticate, bearer

router = APIRouter(tags=["health"])


def _metrics_access(
    services: ServicesDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer)],
    header_key: Annotated[str | None, Security(api_key_header)],
) -> None:
    if not services.settings.metrics_public:
        authenticate(services, credentials, header_key)


@router.get(
    "/metrics",
    summary="Prometheus metrics: this process's counters plus database and queue state",
    response_class=Response,
    responses={200: {"content": {"text/plain": {}}, "description": "Prometheus text exposition format."}},
)
def get_metrics(request: Request, _: Annotated[None, Security(_metrics_access)]) -> Response:
    # Blocking (a few GROUP BY queries, cached): FastAPI runs a sync route in its thread pool.
    registry = request.app.state.metrics_registry
    return Response(metrics.exposition(registry), media_type=metrics.CONTENT_TYPE_LATEST)
