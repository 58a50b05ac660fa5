"""FHIR R4 write-back client: finds and posts draft documents on the EMR (:class:`EmrClient`).

Errors are classified for the caller's retry policy: anything that may succeed later (no
connection, timeouts, a connection cut mid-response, 408/429/5xx, a 2xx whose body cannot be read)
is a :class:`TransientError`; any other 4xx or a request we refuse to send is a
:class:`PermanentError`.

Exception messages are built only from the HTTP status and the OperationOutcome issue *codes* and
*expression* paths. ``diagnostics``/``details`` text, response bodies, URLs with query strings and
the request body are never included: EMRs echo submitted clinical text in them.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Any, Self
from urllib.parse import urlsplit

import httpx
from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.resource import Resource
from pydantic import ValidationError

from integration import __version__
from integration.errors import PermanentError, TransientError

logger = logging.getLogger(__name__)

FHIR_JSON = "application/fhir+json"
USER_AGENT = f"medgo-bridge/{__version__}"
_MAX_ISSUES_IN_MESSAGE = 5
_MAX_EXPRESSION_CHARS = 120
_CODE_RE = re.compile(r"[a-z][a-z0-9-]{0,39}")
_EXPRESSION_SAFE_PREFIX_RE = re.compile(r"[A-Za-z0-9_.\[\]]*")
_TYPE_RE = re.compile(r"[A-Z][A-Za-z]{1,63}")
_RELATIVE_REF_RE = re.compile(
    r"(?:^|/)([A-Z][A-Za-z]{1,63}/[A-Za-z0-9\-.]{1,64}(?:/_history/[A-Za-z0-9\-.]{1,64})?)/?$"
)


@functools.cache
def _is_resource_type(name: str) -> bool:
    if not _TYPE_RE.fullmatch(name) or name in {"Resource", "DomainResource"}:
        return False
    try:
        cls = get_fhir_model_class(name)
    except ValueError:
        return False
    return isinstance(cls, type) and issubclass(cls, Resource)


def _safe_expression(expression: Any) -> str:
    """An OperationOutcome expression reduced to element names, or ``?``.

    FHIRPath can carry literals (``Patient.name.where(family='…')``) and a careless server can put
    anything in the field, so keep only the leading ``Type.element[0].child`` part, and only if it
    starts with a real resource type.
    """
    if not isinstance(expression, str):
        return "?"
    match = _EXPRESSION_SAFE_PREFIX_RE.match(expression)
    prefix = match.group(0) if match else ""
    if not _is_resource_type(prefix.split(".", 1)[0].split("[", 1)[0]):
        return "?"
    prefix = prefix[:_MAX_EXPRESSION_CHARS]
    return prefix if prefix == expression else prefix + "…"


def _safe_code(code: Any) -> str:
    return code if isinstance(code, str) and _CODE_RE.fullmatch(code) else "?"


def summarize_operation_outcome(body: Any) -> str:
    """``"error/required@DocumentReference.content, …"`` from an OperationOutcome; ``""`` otherwise.

    Only codes and element paths: never ``diagnostics`` or ``details`` (they may echo PHI).
    """
    if not isinstance(body, Mapping) or body.get("resourceType") != "OperationOutcome":
        return ""
    issues = body.get("issue")
    if not isinstance(issues, list):
        return ""
    parts: list[str] = []
    for issue in issues[:_MAX_ISSUES_IN_MESSAGE]:
        if not isinstance(issue, Mapping):
            continue
        text = f"{_safe_code(issue.get('severity'))}/{_safe_code(issue.get('code'))}"
        expressions = issue.get("expression")
        if isinstance(expressions, list) and expressions:
            text += "@" + "|".join(_safe_expression(e) for e in expressions[:3])
        parts.append(text)
    if len(issues) > _MAX_ISSUES_IN_MESSAGE:
        parts.append(f"+{len(issues) - _MAX_ISSUES_IN_MESSAGE} more")
    return ", ".join(parts)


def _escape_search_value(value: str) -> str:
    # FHIR search escaping: a literal "|", "," or "$" in a token must not be read as a separator.
    return re.sub(r"([\\|,$])", r"\\\1", value)


def _has_identifier(resource: Mapping[str, Any], system: str, value: str) -> bool:
    candidates: list[Any] = []
    for key in ("identifier", "masterIdentifier"):
        item = resource.get(key)
        candidates.extend(item if isinstance(item, list) else [item])
    return any(isinstance(c, Mapping) and c.get("system") == system and c.get("value") == value for c in candidates)


class FhirEmrClient:
    """:class:`integration.ports.EmrClient` over FHIR R4 REST (JSON). One instance per EMR endpoint.

    Threads may share an instance (``httpx.Client`` pools connections and is thread-safe); only
    ``close()`` must wait until no request is in flight.

    ``post_transaction`` checks the Bundle with the R4B models before sending it, so a malformed
    draft is a :class:`PermanentError` naming the element instead of a round trip to the EMR.
    """

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        timeout_s: float = 30.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        base = base_url.strip().rstrip("/")
        parts = urlsplit(base)
        if parts.scheme not in {"http", "https"} or not parts.netloc or parts.query or parts.fragment:
            raise ValueError("EMR FHIR base URL must be an absolute http(s) URL without query or fragment")
        if timeout_s <= 0:
            raise ValueError("timeout_s must be positive")
        self.endpoint = base
        headers = {"Accept": FHIR_JSON, "User-Agent": USER_AGENT}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self._client = httpx.Client(
            headers=headers,
            # Connecting should be quick or not at all; a transaction may legitimately take longer.
            timeout=httpx.Timeout(timeout_s, connect=min(timeout_s, 10.0)),
            transport=transport,
            # A redirected POST is either re-sent as GET or replayed; neither is safe for a write.
            follow_redirects=False,
        )

    # --- EmrClient ---------------------------------------------------------------------------------
    def find_document(self, identifier_system: str, identifier_value: str) -> str | None:
        token = f"{_escape_search_value(identifier_system)}|{_escape_search_value(identifier_value)}"
        what = "DocumentReference search"
        response = self._send("GET", f"{self.endpoint}/DocumentReference", what, params={"identifier": token})
        bundle = self._json(response, what)
        if bundle.get("resourceType") != "Bundle" or bundle.get("type") != "searchset":
            raise TransientError(f"EMR {what}: response is not a searchset Bundle", code="emr-bad-response")
        entries = bundle.get("entry") or []
        if not isinstance(entries, list):
            raise TransientError(f"EMR {what}: Bundle.entry is not an array", code="emr-bad-response")
        resources = [
            e["resource"]
            for e in entries
            if isinstance(e, Mapping)
            and isinstance(e.get("resource"), Mapping)
            and e["resource"].get("resourceType") == "DocumentReference"
        ]
        # A server that does not support the parameter may ignore it and return every document; only
        # a document that really carries our identifier proves an earlier delivery.
        matches = [r for r in resources if _has_identifier(r, identifier_system, identifier_value)]
        if len(resources) != len(matches):
            logger.warning(
                "EMR DocumentReference search returned %d resources without the searched identifier; "
                "the server may ignore the identifier parameter",
                len(resources) - len(matches),
            )
        if not matches:
            return None
        if len(matches) > 1:
            logger.warning("EMR holds %d DocumentReferences with one identifier; using the first", len(matches))
        doc_id = matches[0].get("id")
        if not isinstance(doc_id, str) or not doc_id:
            raise TransientError(f"EMR {what}: matching DocumentReference has no id", code="emr-bad-response")
        return f"DocumentReference/{doc_id}"

    def read(self, reference: str) -> dict[str, Any] | None:
        """GET ``Type/id`` (the focus of an id-only Subscriptions notification); None when it is gone."""
        rtype, _, rid = reference.partition("/")
        if not _is_resource_type(rtype) or not re.fullmatch(r"[A-Za-z0-9\-.]{1,64}", rid):
            raise PermanentError("EMR read: not a relative Type/id reference", code="emr-config")
        what = f"{rtype} read"
        try:
            response = self._send("GET", f"{self.endpoint}/{rtype}/{rid}", what)
        except PermanentError as exc:
            if exc.code in {"emr-http-404", "emr-http-410"}:
                return None
            raise
        data = self._json(response, what)
        if data.get("resourceType") != rtype:
            raise TransientError(f"EMR {what}: answered with another resource type", code="emr-bad-response")
        return dict(data)

    def post_transaction(self, bundle: Mapping[str, Any]) -> list[str]:
        what = "transaction"
        request_entries = self._check_transaction(bundle)
        try:
            body = json.dumps(bundle, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        except (TypeError, ValueError) as exc:
            raise PermanentError(
                f"EMR {what}: Bundle is not JSON-serialisable ({type(exc).__name__})",
                code="emr-invalid-bundle",
            ) from None
        response = self._send("POST", self.endpoint, what, content=body, headers={"Content-Type": FHIR_JSON})
        # From here on the EMR has (very likely) committed, so an unreadable answer is transient: the
        # caller's retry starts with find_document and discovers the delivery.
        answer = self._json(response, what)
        if answer.get("resourceType") != "Bundle" or answer.get("type") != "transaction-response":
            raise TransientError(f"EMR {what}: response is not a transaction-response Bundle", code="emr-bad-response")
        entries = answer.get("entry")
        if not isinstance(entries, list) or len(entries) != request_entries:
            raise TransientError(
                f"EMR {what}: response has a different number of entries than the request",
                code="emr-bad-response",
            )
        return [self._location(entry, index, what) for index, entry in enumerate(entries)]

    # --- lifecycle -------------------------------------------------------------------------------
    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"FhirEmrClient(endpoint={self.endpoint!r})"

    # --- internals -------------------------------------------------------------------------------
    @staticmethod
    def _check_transaction(bundle: Mapping[str, Any]) -> int:
        """Refuse to send what the EMR must reject anyway; returns the number of entries."""
        what = "transaction"
        if bundle.get("resourceType") != "Bundle" or bundle.get("type") != "transaction":
            raise PermanentError(f"EMR {what}: not a transaction Bundle", code="emr-invalid-bundle")
        entries = bundle.get("entry")
        if not isinstance(entries, Sequence) or isinstance(entries, str) or not entries:
            raise PermanentError(f"EMR {what}: Bundle has no entries", code="emr-invalid-bundle")
        problems: list[str] = []
        for index, entry in enumerate(entries):
            where = f"Bundle.entry[{index}]"
            request = entry.get("request") if isinstance(entry, Mapping) else None
            if not isinstance(request, Mapping) or not request.get("method") or not request.get("url"):
                problems.append(f"{where}.request")
                continue
            resource = entry.get("resource")
            if resource is None:
                continue
            resource_type = resource.get("resourceType") if isinstance(resource, Mapping) else None
            if not isinstance(resource_type, str) or not _is_resource_type(resource_type):
                problems.append(f"{where}.resource.resourceType")
                continue
            try:
                get_fhir_model_class(resource_type).model_validate(dict(resource))
            except ValidationError as exc:
                # Element paths only: pydantic's messages and inputs would quote the clinical text.
                for error in exc.errors(include_url=False, include_input=False):
                    loc = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error["loc"])
                    problems.append(f"{where}.resource{loc}")
            except Exception:  # fhir_core raises KeyError/TypeError on some malformed nesting
                problems.append(f"{where}.resource")
        if problems:
            shown = ", ".join(problems[:_MAX_ISSUES_IN_MESSAGE])
            more = (
                f" (+{len(problems) - _MAX_ISSUES_IN_MESSAGE} more)" if len(problems) > _MAX_ISSUES_IN_MESSAGE else ""
            )
            raise PermanentError(f"EMR {what}: invalid Bundle at {shown}{more}", code="emr-invalid-bundle")
        return len(entries)

    def _send(
        self,
        method: str,
        url: str,
        what: str,
        *,
        params: Mapping[str, str] | None = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        try:
            response = self._client.request(method, url, params=params, content=content, headers=headers)
        except httpx.TimeoutException as exc:
            raise TransientError(f"EMR {what}: timed out ({type(exc).__name__})", code="emr-timeout") from exc
        except httpx.ConnectError as exc:
            raise TransientError(f"EMR {what}: cannot connect", code="emr-unreachable") from exc
        except (httpx.UnsupportedProtocol, httpx.LocalProtocolError) as exc:
            # Our request is malformed for this endpoint: sending it again changes nothing.
            raise PermanentError(
                f"EMR {what}: request refused locally ({type(exc).__name__})", code="emr-config"
            ) from exc
        except (httpx.TransportError, httpx.DecodingError) as exc:
            # ReadError / RemoteProtocolError: the server (or a proxy) dropped the connection, possibly
            # after committing; the caller's retry checks with find_document first.
            raise TransientError(
                f"EMR {what}: connection lost ({type(exc).__name__})", code="emr-connection-lost"
            ) from exc
        except httpx.RequestError as exc:
            raise PermanentError(f"EMR {what}: request failed ({type(exc).__name__})", code="emr-request") from exc

        status = response.status_code
        if response.is_success:
            return response
        summary = summarize_operation_outcome(self._maybe_json(response))
        message = f"EMR {what}: HTTP {status}" + (f"; OperationOutcome {summary}" if summary else "")
        if status in {408, 429} or status >= 500:
            raise TransientError(message, code=f"emr-http-{status}")
        if response.is_redirect:
            raise PermanentError(
                message + " (redirects are not followed; check the base URL)", code=f"emr-http-{status}"
            )
        raise PermanentError(message, code=f"emr-http-{status}")

    @staticmethod
    def _maybe_json(response: httpx.Response) -> Any:
        try:
            return response.json()
        except ValueError:
            return None

    @staticmethod
    def _json(response: httpx.Response, what: str) -> Mapping[str, Any]:
        try:
            data = response.json()
        except ValueError:
            raise TransientError(f"EMR {what}: response is not JSON", code="emr-bad-response") from None
        if not isinstance(data, Mapping):
            raise TransientError(f"EMR {what}: response is not a JSON object", code="emr-bad-response")
        return data

    def _location(self, entry: Any, index: int, what: str) -> str:
        """``Type/id/_history/n`` relative to the base, from ``entry.response.location`` (or the resource)."""
        response = entry.get("response") if isinstance(entry, Mapping) else None
        if not isinstance(response, Mapping):
            raise TransientError(f"EMR {what}: entry[{index}] has no response", code="emr-bad-response")
        status = response.get("status")
        if not isinstance(status, str) or not status.strip().startswith("2"):
            raise TransientError(
                f"EMR {what}: entry[{index}] status is not 2xx in a successful transaction",
                code="emr-bad-response",
            )
        location = response.get("location")
        if isinstance(location, str) and location:
            relative = self._relative(location)
            if relative:
                return relative
        # Some servers omit location on 200 answers but return the resource.
        resource = entry.get("resource")
        if isinstance(resource, Mapping) and resource.get("resourceType") and resource.get("id"):
            ref = f"{resource['resourceType']}/{resource['id']}"
            meta = resource.get("meta")
            version = meta.get("versionId") if isinstance(meta, Mapping) else None
            return f"{ref}/_history/{version}" if version else ref
        raise TransientError(f"EMR {what}: entry[{index}] has no usable location", code="emr-bad-response")

    def _relative(self, location: str) -> str | None:
        path = location.strip().split("?", 1)[0].split("#", 1)[0]
        if path.startswith(self.endpoint + "/"):
            path = path[len(self.endpoint) + 1 :]
        elif "://" in path:
            # Behind a proxy the EMR may report another host name for its base; keep the tail.
            path = urlsplit(path).path
        match = _RELATIVE_REF_RE.search(path)
        return match.group(1) if match else None
