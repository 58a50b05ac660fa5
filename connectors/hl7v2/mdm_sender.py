"""Deliver drafts as MDM^T02 over MLLP to EMRs without a FHIR API (``integration.ports.DocumentSender``).

One attempt per call: the pipeline's step runner owns retries and dead-lettering. The ACK decides:
AA/CA delivered; AE/CE, a timeout or a dropped connection are worth retrying; AR/CR mean the EMR
refuses this message as such, so resending the same bytes cannot help and the draft is quarantined
(dead-lettered with the ACK's error codes) for a person to look at.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from connectors.hl7v2.mdm import build_for_draft
from connectors.mllp.client import MllpError, RetryPolicy, SyncMllpClient, client_ssl_context
from integration.errors import PermanentError, TransientError


class MdmSender:
    def __init__(
        self,
        address: str,
        *,
        charset: str = "UNICODE UTF-8",
        availability: str = "UN",
        tls_ca: Path | None = None,
        timeout_s: float = 30.0,
    ) -> None:
        host, sep, port = address.rpartition(":")
        if not sep or not host or not port.isdigit():
            raise ValueError("the EMR's MLLP address must be host:port")
        self.endpoint = f"mllp://{address}"
        self._host, self._port = host, int(port)
        self._charset, self._availability = charset, availability
        self._tls_ca = tls_ca
        self._timeout_s = timeout_s
        self._policy = RetryPolicy()
        # One connection per process, used by one delivery at a time: drafts are few, and MLLP
        # allows only one unacknowledged message per connection anyway.
        self._lock = threading.Lock()
        self._client: SyncMllpClient | None = None

    def _connection(self) -> SyncMllpClient:
        if self._client is None:
            ssl_context = client_ssl_context(ca_file=str(self._tls_ca)) if self._tls_ca else None
            self._client = SyncMllpClient(self._host, self._port, timeout_s=self._timeout_s, ssl_context=ssl_context)
        return self._client

    def send(self, draft: Any, patient: dict[str, Any] | None, encounter: dict[str, Any] | None) -> str:
        message = build_for_draft(
            draft, patient=patient, encounter=encounter, charset=self._charset, availability=self._availability
        )
        with self._lock:
            try:
                ack = self._connection().send(message)
            except MllpError as exc:
                self._drop()
                raise TransientError(f"MDM^T02 to {self.endpoint}: {type(exc).__name__}", code="mllp-no-ack") from None
        verdict = self._policy.verdict(ack)
        codes = ",".join(ack.error_codes) or "none"
        if verdict == "delivered":
            return ack.control_id
        if verdict == "quarantine":
            raise PermanentError(
                f"MDM^T02 refused by {self.endpoint}: {ack.code} (HL7 0357 codes {codes}); fix and replay",
                code=f"mllp-{ack.code.lower()}",
            )
        raise TransientError(
            f"MDM^T02 to {self.endpoint}: {ack.code or 'no readable ACK'} (codes {codes})",
            code=f"mllp-{(ack.code or 'bad-ack').lower()}",
        )

    def _drop(self) -> None:
        if self._client is not None:
            try:
                self._client.close()
            finally:
                self._client = None
