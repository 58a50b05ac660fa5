"""Unexpected errors become a PHI-free 500 answer and a PHI-free log line.

Starlette's own error middleware logs the full traceback, exception text included, and exception
text can quote the data being processed (a parser's complaint, a driver's statement). This
middleware sits inside it and stops the exception there: the log gets the exception type, where it
was raised and a reference id; the caller gets the same reference in an OperationOutcome.
"""

from __future__ import annotations

import json
import logging
import uuid

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from integration.services import safe_error

log = logging.getLogger("medgo.api")


class PhiSafeErrors:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            reference = uuid.uuid4().hex[:12]
            log.error(
                "request failed", extra={"path": scope.get("path"), "reference": reference, "error": safe_error(exc)}
            )
            if started:
                return  # the answer is already on its way; nothing more can be said to the caller
            body = json.dumps(
                {
                    "resourceType": "OperationOutcome",
                    "issue": [
                        {
                            "severity": "fatal",
                            "code": "exception",
                            "diagnostics": f"Internal error (reference {reference}); nothing was acknowledged. "
                            "Retry later; if it persists, give the reference to the integration team.",
                        }
                    ],
                }
            ).encode()
            await send(
                {
                    "type": "http.response.start",
                    "status": 500,
                    "headers": [
                        (b"content-type", b"application/fhir+json"),
                        (b"content-length", str(len(body)).encode()),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})
