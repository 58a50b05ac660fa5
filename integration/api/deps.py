"""Request dependencies: the service container and API-key authentication."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request, Security, status
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from integration import apikeys
from integration.db import session_scope
from integration.services import Services

bearer = HTTPBearer(auto_error=False, description="An API key from `medgo-bridge apikey create NAME`.")
api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="The same key, as a header.")


def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


ServicesDep = Annotated[Services, Depends(get_services)]


def authenticate(
    services: ServicesDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer)],
    header_key: Annotated[str | None, Security(api_key_header)],
) -> str:
    """The caller's name (the API key's name; it names the source of what they send)."""
    key = credentials.credentials if credentials else header_key
    if not services.settings.auth_required and not key:
        return services.settings.default_source
    if not key:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "An API key is required: send 'Authorization: Bearer <key>' or 'X-API-Key: <key>'. "
            "Create one with `medgo-bridge apikey create NAME`.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    with session_scope(services.sessions) as session:
        row = apikeys.verify(session, key)
        if row is None:
            raise HTTPException(
                status.HTTP_401_UNAUTHORIZED,
                "The API key is unknown or revoked.",
                headers={"WWW-Authenticate": "Bearer"},
            )
        return row.name


Caller = Annotated[str, Depends(authenticate)]
