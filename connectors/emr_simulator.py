"""A stand-in FHIR R4 EMR server for tests, the demo and the compose sandbox.

It is deliberately small but strict where our write-back path depends on the EMR's behaviour:
transaction atomicity, ``urn:uuid:`` placeholder resolution, conditional create, R4 validation with
OperationOutcome ``expression`` paths, and faults that a real EMR shows in production (5xx, 429,
slowness, and a commit whose response never arrives).

Layout of the app (one port):

* ``/fhir`` — the FHIR base (``EmrSimulatorServer.url``): ``metadata``, transaction/batch at the
  base, ``POST/GET/PUT`` on ``/{type}`` and ``/{type}/{id}``, ``/{type}/{id}/_history/{vid}``.
* ``/_emr`` — test hooks outside the FHIR base: list stored resources, reset, faults.
"""

from __future__ import annotations

import asyncio
import copy
import functools
import json
import re
import socket
import threading
import time
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from http import HTTPStatus
from types import TracebackType
from typing import Any, Literal, Self
from urllib.parse import parse_qsl

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.resource import Resource
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import Receive, Scope, Send

from integration import __version__

FHIR_PATH = "/fhir"
FHIR_JSON = "application/fhir+json"
_JSON_MEDIA_TYPES = frozenset({FHIR_JSON, "application/json", "application/json+fhir"})
_ID_RE = re.compile(r"[A-Za-z0-9\-.]{1,64}")
_TYPE_RE = re.compile(r"[A-Z][A-Za-z]{1,63}")
_PLACEHOLDER_PREFIXES = ("urn:uuid:", "urn:oid:")
_MAX_ISSUES = 20
_SEARCH_CONTROL_PARAMS = frozenset({"_count", "_format"})
_SEARCH_PARAMS = frozenset({"_id", "identifier", "subject", "patient", "target", "status"})

DropMode = Literal["500", "close"]


@dataclass(frozen=True)
class EmrSimulatorConfig:
    """Behaviour switches that differ between real EMRs."""

    # Validate every written resource with the R4B models (and FHIR JSON's no-empty-element rule).
    strict_validation: bool = True
    # Epic and others ignore ifNoneExist / If-None-Exist; turning this off proves that our own
    # find-before-post idempotency is what prevents duplicates, not the server's courtesy.
    conditional_create: bool = True


# --------------------------------------------------------------------------------------------------
# FHIR helpers
# --------------------------------------------------------------------------------------------------


@functools.cache
def _resource_class(resource_type: str) -> type[Resource] | None:
    """The R4B model of a concrete resource type, or None for anything else."""
    if not _TYPE_RE.fullmatch(resource_type) or resource_type in {"Resource", "DomainResource"}:
        return None
    try:
        cls = get_fhir_model_class(resource_type)
    except ValueError:
        return None
    if isinstance(cls, type) and issubclass(cls, Resource):
        return cls
    return None


def _now_instant() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _issue(code: str, diagnostics: str, expression: str | None = None, severity: str = "error") -> dict[str, Any]:
    issue: dict[str, Any] = {"severity": severity, "code": code, "diagnostics": diagnostics}
    if expression:
        issue["expression"] = [expression]
    return issue


def _operation_outcome(issues: list[dict[str, Any]]) -> dict[str, Any]:
    return {"resourceType": "OperationOutcome", "issue": issues[:_MAX_ISSUES]}


class FhirError(Exception):
    """An HTTP error answered as an OperationOutcome."""

    def __init__(self, status: int, issues: list[dict[str, Any]], headers: Mapping[str, str] | None = None) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status
        self.issues = issues
        self.headers = dict(headers or {})

    @classmethod
    def single(cls, status: int, code: str, diagnostics: str, expression: str | None = None) -> FhirError:
        return cls(status, [_issue(code, diagnostics, expression)])


def _expression_from_loc(prefix: str, loc: tuple[int | str, ...]) -> str:
    """A FHIRPath-like expression from a pydantic error location."""
    parts = [prefix]
    for segment in loc:
        if isinstance(segment, int):
            parts[-1] += f"[{segment}]"
            continue
        name = "resourceType" if segment == "resource_type" else segment
        if name.endswith("__ext"):
            name = "_" + name[: -len("__ext")]
        # pydantic inserts validator / union tags such as "function-after[...]" that are not elements.
        if re.fullmatch(r"_?[A-Za-z][A-Za-z0-9_]*", name):
            parts.append(name)
    return ".".join(parts)


def _issue_code_for(error_type: str) -> str:
    if error_type == "missing":
        return "required"
    if error_type in {"extra_forbidden", "json_invalid", "model_type", "dict_type", "list_type"}:
        return "structure"
    return "value"


def _empty_element_issues(value: Any, path: str) -> Iterator[dict[str, Any]]:
    """FHIR JSON forbids empty objects, arrays and strings, and nulls outside primitive arrays."""
    if isinstance(value, dict):
        if not value:
            yield _issue("structure", "empty object", path)
        for key, item in value.items():
            child = f"{path}.{key}"
            if item is None:
                yield _issue("structure", "null value", child)
            else:
                yield from _empty_element_issues(item, child)
    elif isinstance(value, list):
        if not value:
            yield _issue("structure", "empty array", path)
        for index, item in enumerate(value):
            if item is not None:
                yield from _empty_element_issues(item, f"{path}[{index}]")
    elif isinstance(value, str) and not value.strip():
        yield _issue("structure", "empty or blank string", path)


def validate_resource(resource: Mapping[str, Any], prefix: str | None = None) -> list[dict[str, Any]]:
    """OperationOutcome issues for one resource (empty when valid). ``prefix`` starts each expression."""
    resource_type = resource.get("resourceType")
    path = prefix or (resource_type if isinstance(resource_type, str) else "Resource")
    if not isinstance(resource_type, str):
        return [_issue("required", "resourceType is missing", f"{path}.resourceType")]
    cls = _resource_class(resource_type)
    if cls is None:
        return [_issue("not-supported", "unknown resource type", f"{path}.resourceType")]
    issues = list(_empty_element_issues(resource, path))
    try:
        cls.model_validate(dict(resource))
    except ValidationError as exc:
        for error in exc.errors(include_url=False, include_input=False):
            issues.append(
                _issue(_issue_code_for(error["type"]), error["msg"], _expression_from_loc(path, error["loc"]))
            )
    except Exception as exc:  # fhir_core raises KeyError/TypeError on some malformed nesting
        issues.append(_issue("structure", f"resource could not be parsed ({type(exc).__name__})", path))
    return issues


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def _split_unescaped(text: str, sep: str, maxsplit: int = -1) -> list[str]:
    """Split on ``sep`` not preceded by a backslash (FHIR search escaping of ``,`` ``|`` ``$``)."""
    parts: list[str] = []
    current: list[str] = []
    escaped = False
    for char in text:
        if escaped:
            current.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == sep and (maxsplit < 0 or len(parts) < maxsplit):
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    if escaped:
        current.append("\\")
    parts.append("".join(current))
    return parts


def _identifiers(resource: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    found: list[Mapping[str, Any]] = []
    # The R4 DocumentReference "identifier" search parameter covers masterIdentifier too.
    for key in ("identifier", "masterIdentifier"):
        value = resource.get(key)
        if isinstance(value, Mapping):
            found.append(value)
        elif isinstance(value, list):
            found.extend(item for item in value if isinstance(item, Mapping))
    return found


def _token_matches(identifier: Mapping[str, Any], token: str) -> bool:
    if "|" in token.replace("\\|", ""):
        system, value = (_unescape(part) for part in _split_unescaped(token, "|", maxsplit=1))
        if system and identifier.get("system") != system:
            return False
        if not system and identifier.get("system"):
            return False  # "|value" means "no system"
        return not value or identifier.get("value") == value
    return identifier.get("value") == _unescape(token)


def _normalise_reference(reference: str) -> str:
    """``http://x/fhir/Patient/1/_history/2`` -> ``Patient/1`` (enough for the simulator's searches)."""
    reference = reference.split("/_history/", 1)[0].rstrip("/")
    parts = reference.split("/")
    return "/".join(parts[-2:]) if len(parts) >= 2 else reference


def _reference_matches(reference: Any, wanted: str, required_type: str | None = None) -> bool:
    if not isinstance(reference, Mapping) or not isinstance(reference.get("reference"), str):
        return False
    actual = _normalise_reference(reference["reference"])
    actual_type, _, actual_id = actual.partition("/")
    if required_type and actual_type != required_type:
        return False
    if "/" in wanted:
        return actual == _normalise_reference(wanted)
    return actual_id == wanted


def _param_matches(resource: Mapping[str, Any], name: str, raw_value: str) -> bool:
    """One search parameter (comma = OR) against one resource."""
    alternatives = _split_unescaped(raw_value, ",")
    if name == "_id":
        return resource.get("id") in {_unescape(v) for v in alternatives}
    if name == "identifier":
        return any(_token_matches(ident, v) for ident in _identifiers(resource) for v in alternatives)
    if name == "status":
        return resource.get("status") in {_unescape(v) for v in alternatives}
    if name in {"subject", "target"}:
        value = resource.get(name)
        refs = value if isinstance(value, list) else [value]
        return any(_reference_matches(ref, _unescape(v)) for ref in refs for v in alternatives)
    if name == "patient":
        refs = [resource.get("subject"), resource.get("patient")]
        return any(_reference_matches(ref, _unescape(v), "Patient") for ref in refs for v in alternatives)
    return False


def _parse_search(params: list[tuple[str, str]], where: str) -> tuple[list[tuple[str, str]], int | None]:
    filters: list[tuple[str, str]] = []
    count: int | None = None
    for name, value in params:
        if name == "_count":
            if not value.isdigit():
                raise FhirError.single(400, "invalid", "_count must be a non-negative integer", where)
            count = int(value)
        elif name in _SEARCH_CONTROL_PARAMS:
            continue
        elif name in _SEARCH_PARAMS:
            filters.append((name, value))
        else:
            # Lenient servers ignore unknown parameters and return everything; for a test double that
            # would hide client bugs (a misspelt "identifier" would match every document).
            raise FhirError.single(400, "not-supported", f"unsupported search parameter {name!r}", where)
    return filters, count


def _walk_references(value: Any, path: str) -> Iterator[tuple[dict[str, Any], str]]:
    """Every ``{"reference": "..."}`` object inside a resource, with its expression path."""
    if isinstance(value, dict):
        if isinstance(value.get("reference"), str):
            yield value, path
        for key, item in value.items():
            yield from _walk_references(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk_references(item, f"{path}[{index}]")


# --------------------------------------------------------------------------------------------------
# The simulated EMR (state + FHIR semantics, no HTTP)
# --------------------------------------------------------------------------------------------------


class FaultSettings(BaseModel):
    """Body of ``POST /_emr/faults``; omitted fields keep their current value."""

    model_config = ConfigDict(extra="forbid")

    fail_next: int | None = Field(None, ge=0, description="The next N writes fail before storing.")
    status: int | None = Field(None, ge=400, le=599, description="HTTP status of those failures.")
    drop_after_commit_next: int | None = Field(
        None, ge=0, description="The next N writes are stored, then the response is lost."
    )
    drop_mode: DropMode | None = Field(
        None, description="'500': answer HTTP 500 after committing; 'close': cut the connection mid-response."
    )
    latency_s: float | None = Field(None, ge=0, le=120, description="Delay before every FHIR request.")


@dataclass
class _Faults:
    fail_next: int = 0
    status: int = 503
    drop_after_commit_next: int = 0
    drop_mode: DropMode = "500"
    latency_s: float = 0.0


@dataclass
class _Plan:
    """One write of a transaction, before it is committed."""

    method: str
    resource_type: str
    resource: dict[str, Any]
    path: str  # expression of the resource, e.g. "Bundle.entry[0].resource"
    entry_path: str | None = None  # "Bundle.entry[0]"; None for a plain create/update
    full_url: str | None = None
    if_none_exist: str | None = None
    target_id: str = ""
    existing: dict[str, Any] | None = None  # conditional create matched this stored resource


@dataclass
class Outcome:
    """What the HTTP layer sends back."""

    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)
    drop: DropMode | None = None  # committed, but the client must not learn it


class SimulatedEmr:
    """In-memory FHIR store with transaction semantics and injectable faults. Thread-safe."""

    def __init__(self, config: EmrSimulatorConfig | None = None) -> None:
        self.config = config or EmrSimulatorConfig()
        # One lock for everything: a transaction's conditional searches, id assignment and commit must
        # be atomic together, and the store is small.
        self._lock = threading.RLock()
        self._store: dict[str, dict[str, list[dict[str, Any]]]] = {}
        self._next_id = 1
        self._faults = _Faults()

    # --- test hooks ------------------------------------------------------------------------------
    def reset(self) -> None:
        with self._lock:
            self._store.clear()
            self._next_id = 1
            self._faults = _Faults()

    def resources(self, resource_type: str) -> list[dict[str, Any]]:
        """Current version of every stored resource of a type, in creation order."""
        with self._lock:
            return [copy.deepcopy(versions[-1]) for versions in self._store.get(resource_type, {}).values()]

    def faults(self) -> dict[str, Any]:
        with self._lock:
            return asdict(self._faults)

    def set_faults(self, settings: FaultSettings) -> dict[str, Any]:
        with self._lock:
            for name, value in settings.model_dump(exclude_none=True).items():
                setattr(self._faults, name, value)
            return asdict(self._faults)

    def latency_s(self) -> float:
        with self._lock:
            return self._faults.latency_s

    # --- FHIR interactions -----------------------------------------------------------------------
    def capability_statement(self, base: str) -> dict[str, Any]:
        interactions = [{"code": c} for c in ("read", "vread", "create", "update", "search-type")]
        search_params = [
            {"name": "identifier", "type": "token"},
            {"name": "_id", "type": "token"},
            {"name": "subject", "type": "reference"},
            {"name": "patient", "type": "reference"},
            {"name": "status", "type": "token"},
        ]
        return {
            "resourceType": "CapabilityStatement",
            "status": "active",
            "date": _now_instant()[:10],
            "kind": "instance",
            "software": {"name": "medgo-bridge EMR simulator", "version": __version__},
            "implementation": {"description": "In-memory stand-in EMR for tests", "url": base},
            "fhirVersion": "4.0.1",
            "format": ["json"],
            "rest": [
                {
                    "mode": "server",
                    "resource": [
                        {
                            "type": "DocumentReference",
                            "interaction": interactions,
                            "conditionalCreate": self.config.conditional_create,
                            "searchParam": search_params,
                        },
                        {
                            "type": "Provenance",
                            "interaction": interactions,
                            "conditionalCreate": self.config.conditional_create,
                            "searchParam": [
                                {"name": "identifier", "type": "token"},
                                {"name": "target", "type": "reference"},
                            ],
                        },
                    ],
                    "interaction": [{"code": "transaction"}, {"code": "batch"}],
                }
            ],
        }

    def read(self, resource_type: str, resource_id: str, version_id: str | None = None) -> Outcome:
        self._check_type(resource_type)
        with self._lock:
            versions = self._store.get(resource_type, {}).get(resource_id)
            if versions is None:
                raise FhirError.single(404, "not-found", f"{resource_type}/{resource_id} is not known")
            if version_id is None:
                resource = versions[-1]
            else:
                if not version_id.isdigit() or not 1 <= int(version_id) <= len(versions):
                    raise FhirError.single(404, "not-found", "no such version")
                resource = versions[int(version_id) - 1]
            return Outcome(200, copy.deepcopy(resource), {"ETag": f'W/"{resource["meta"]["versionId"]}"'})

    def search(self, resource_type: str, params: list[tuple[str, str]], base: str) -> Outcome:
        self._check_type(resource_type)
        filters, count = _parse_search(params, resource_type)
        with self._lock:
            matches = self._matching(resource_type, filters)
        shown = matches if count is None else matches[:count]
        bundle: dict[str, Any] = {
            "resourceType": "Bundle",
            "id": str(uuid.uuid4()),
            "meta": {"lastUpdated": _now_instant()},
            "type": "searchset",
            "total": len(matches),
            "link": [{"relation": "self", "url": f"{base}/{resource_type}"}],
        }
        if shown:
            bundle["entry"] = [
                {
                    "fullUrl": f"{base}/{resource_type}/{resource['id']}",
                    "resource": resource,
                    "search": {"mode": "match"},
                }
                for resource in shown
            ]
        return Outcome(200, bundle)

    def create(self, resource_type: str, resource: Any, base: str, if_none_exist: str | None = None) -> Outcome:
        self._check_type(resource_type)
        resource = self._require_resource(resource, resource_type)
        plan = _Plan("POST", resource_type, resource, resource_type, if_none_exist=if_none_exist)
        with self._lock:
            self._begin_write()
            self._validate_plans([plan])
            self._resolve([plan])
            self._check_placeholders([plan])
            stored, statuses = self._commit([plan])
            drop = self._after_commit()
        headers = {
            "Location": f"{base}/{_version_location(stored[0])}",
            "ETag": f'W/"{stored[0]["meta"]["versionId"]}"',
        }
        return Outcome(statuses[0], stored[0], headers, drop)

    def update(self, resource_type: str, resource_id: str, resource: Any, base: str) -> Outcome:
        self._check_type(resource_type)
        if not _ID_RE.fullmatch(resource_id):
            raise FhirError.single(400, "invalid", "malformed id")
        resource = self._require_resource(resource, resource_type)
        if resource.get("id") != resource_id:
            raise FhirError.single(400, "invalid", "resource id must match the URL", f"{resource_type}.id")
        plan = _Plan("PUT", resource_type, resource, resource_type, target_id=resource_id)
        with self._lock:
            self._begin_write()
            self._validate_plans([plan])
            self._check_placeholders([plan])
            stored, statuses = self._commit([plan])
            drop = self._after_commit()
        headers = {
            "Location": f"{base}/{_version_location(stored[0])}",
            "ETag": f'W/"{stored[0]["meta"]["versionId"]}"',
        }
        return Outcome(statuses[0], stored[0], headers, drop)

    def process_bundle(self, body: Any) -> Outcome:
        """``POST [base]`` with a transaction or batch Bundle."""
        if not isinstance(body, dict) or body.get("resourceType") != "Bundle":
            raise FhirError.single(400, "structure", "expected a Bundle", "Bundle.resourceType")
        bundle_type = body.get("type")
        if bundle_type not in {"transaction", "batch"}:
            raise FhirError.single(400, "invalid", "Bundle.type must be transaction or batch", "Bundle.type")
        entries = body.get("entry", [])
        if not isinstance(entries, list):
            raise FhirError.single(400, "structure", "Bundle.entry must be an array", "Bundle.entry")
        if self.config.strict_validation:
            self._validate_bundle_shell(body)
        with self._lock:
            self._begin_write()
            if bundle_type == "transaction":
                response_entries = self._transaction(entries)
                response_type = "transaction-response"
            else:
                response_entries = self._batch(entries)
                response_type = "batch-response"
            committed = any(entry["response"]["status"][:1] == "2" for entry in response_entries)
            drop = self._after_commit() if committed else None
        response = {
            "resourceType": "Bundle",
            "id": str(uuid.uuid4()),
            "type": response_type,
            "entry": response_entries,
        }
        return Outcome(200, response, {}, drop)

    # --- internals -------------------------------------------------------------------------------
    @staticmethod
    def _check_type(resource_type: str) -> None:
        if _resource_class(resource_type) is None:
            raise FhirError.single(404, "not-supported", "unknown resource type")

    @staticmethod
    def _require_resource(resource: Any, resource_type: str) -> dict[str, Any]:
        if not isinstance(resource, dict):
            raise FhirError.single(400, "structure", "body must be a JSON object")
        if resource.get("resourceType") != resource_type:
            raise FhirError.single(
                400, "invalid", "resourceType does not match the URL", f"{resource_type}.resourceType"
            )
        return copy.deepcopy(resource)

    @staticmethod
    def _validate_bundle_shell(body: dict[str, Any]) -> None:
        # The R4B Bundle model does not validate entry resources reliably (and crashes on unknown
        # types), so validate the envelope without them and each resource on its own.
        shell = copy.deepcopy(body)
        for entry in shell.get("entry", []):
            if isinstance(entry, dict):
                entry.pop("resource", None)
        try:
            Bundle.model_validate(shell)
        except ValidationError as exc:
            issues = [
                _issue(_issue_code_for(e["type"]), e["msg"], _expression_from_loc("Bundle", e["loc"]))
                for e in exc.errors(include_url=False, include_input=False)
            ]
            raise FhirError(400, issues) from None

    def _begin_write(self) -> None:
        if self._faults.fail_next > 0:
            self._faults.fail_next -= 1
            status = self._faults.status
            code = "throttled" if status == 429 else "transient" if status >= 500 else "processing"
            headers = {"Retry-After": "1"} if status in {429, 503} else {}
            raise FhirError(status, [_issue(code, "simulated failure before storing")], headers)

    def _after_commit(self) -> DropMode | None:
        if self._faults.drop_after_commit_next > 0:
            self._faults.drop_after_commit_next -= 1
            return self._faults.drop_mode
        return None

    def _transaction(self, entries: list[Any]) -> list[dict[str, Any]]:
        plans = [self._plan_entry(index, entry) for index, entry in enumerate(entries)]
        seen: set[str] = set()
        for plan in plans:
            if plan.full_url:
                if plan.full_url in seen:
                    raise FhirError.single(400, "invalid", "duplicate fullUrl", f"{plan.entry_path}.fullUrl")
                seen.add(plan.full_url)
        self._validate_plans(plans)
        self._resolve(plans)
        self._check_placeholders(plans)
        stored, statuses = self._commit(plans)
        return [_response_entry(resource, status) for resource, status in zip(stored, statuses, strict=True)]

    def _batch(self, entries: list[Any]) -> list[dict[str, Any]]:
        results: list[dict[str, Any]] = []
        for index, entry in enumerate(entries):
            try:
                plan = self._plan_entry(index, entry)
                self._validate_plans([plan])
                self._resolve([plan])
                self._check_placeholders([plan])  # batch entries may not depend on each other
                stored, statuses = self._commit([plan])
                results.append(_response_entry(stored[0], statuses[0]))
            except FhirError as exc:
                results.append(
                    {
                        "response": {
                            "status": f"{exc.status} {_reason(exc.status)}",
                            "outcome": _operation_outcome(exc.issues),
                        }
                    }
                )
        return results

    def _plan_entry(self, index: int, entry: Any) -> _Plan:
        where = f"Bundle.entry[{index}]"
        if not isinstance(entry, dict):
            raise FhirError.single(400, "structure", "entry must be an object", where)
        request = entry.get("request")
        if not isinstance(request, dict):
            raise FhirError.single(400, "required", "entry.request is required", f"{where}.request")
        method = request.get("method")
        url = request.get("url")
        if not isinstance(method, str) or not isinstance(url, str):
            raise FhirError.single(400, "required", "request.method and url are required", f"{where}.request")
        resource = entry.get("resource")
        if not isinstance(resource, dict):
            raise FhirError.single(400, "required", "entry.resource is required", f"{where}.resource")
        resource = copy.deepcopy(resource)
        resource_type = resource.get("resourceType")
        if not isinstance(resource_type, str) or _resource_class(resource_type) is None:
            raise FhirError.single(400, "not-supported", "unknown resource type", f"{where}.resource.resourceType")
        full_url = entry.get("fullUrl") if isinstance(entry.get("fullUrl"), str) else None
        path = f"{where}.resource"
        if method == "POST":
            if url.split("?", 1)[0].strip("/") != resource_type:
                raise FhirError.single(400, "invalid", "request.url must be the resource type", f"{where}.request.url")
            if_none_exist = request.get("ifNoneExist")
            return _Plan(
                "POST",
                resource_type,
                resource,
                path,
                entry_path=where,
                full_url=full_url,
                if_none_exist=if_none_exist if isinstance(if_none_exist, str) else None,
            )
        if method == "PUT":
            url_type, _, url_id = url.strip("/").partition("/")
            if "?" in url:
                raise FhirError.single(
                    400, "not-supported", "conditional update is not supported", f"{where}.request.url"
                )
            if url_type != resource_type or not _ID_RE.fullmatch(url_id):
                raise FhirError.single(400, "invalid", "request.url must be Type/id", f"{where}.request.url")
            if resource.get("id") != url_id:
                raise FhirError.single(400, "invalid", "resource id must match request.url", f"{path}.id")
            return _Plan("PUT", resource_type, resource, path, entry_path=where, full_url=full_url, target_id=url_id)
        raise FhirError.single(400, "not-supported", f"method {method!r} is not supported", f"{where}.request.method")

    def _validate_plans(self, plans: list[_Plan]) -> None:
        if not self.config.strict_validation:
            return
        issues: list[dict[str, Any]] = []
        for plan in plans:
            issues.extend(validate_resource(plan.resource, plan.path))
        if issues:
            raise FhirError(422, issues)

    def _matching(self, resource_type: str, filters: list[tuple[str, str]]) -> list[dict[str, Any]]:
        return [
            copy.deepcopy(versions[-1])
            for versions in self._store.get(resource_type, {}).values()
            if all(_param_matches(versions[-1], name, value) for name, value in filters)
        ]

    def _resolve(self, plans: list[_Plan]) -> None:
        """Assign ids (or find the existing resource of a conditional create); rewrite placeholders."""
        mapping: dict[str, str] = {}
        for plan in plans:
            if plan.method == "POST":
                if plan.if_none_exist and self.config.conditional_create:
                    query = plan.if_none_exist.split("?", 1)[-1]
                    params = parse_qsl(query, keep_blank_values=True)
                    where = f"{plan.entry_path}.request.ifNoneExist" if plan.entry_path else "If-None-Exist"
                    filters, _ = _parse_search(params, where)
                    if not filters:
                        raise FhirError.single(400, "invalid", "empty conditional create criteria", where)
                    matches = self._matching(plan.resource_type, filters)
                    if len(matches) > 1:
                        raise FhirError.single(412, "duplicate", "conditional create matched several resources", where)
                    if matches:
                        plan.existing = matches[0]
                        plan.target_id = matches[0]["id"]
                if not plan.target_id:
                    plan.target_id = self._new_id(plan.resource_type, plans)
            if plan.full_url:
                mapping[plan.full_url] = f"{plan.resource_type}/{plan.target_id}"
        for plan in plans:
            for holder, _ in _walk_references(plan.resource, plan.path):
                replacement = mapping.get(holder["reference"])
                if replacement is not None:
                    holder["reference"] = replacement

    def _new_id(self, resource_type: str, plans: list[_Plan]) -> str:
        # Client-chosen ids (PUT) share the id space with ours, so skip any that are taken.
        taken = self._store.get(resource_type, {}).keys() | {
            p.target_id for p in plans if p.resource_type == resource_type
        }
        while str(self._next_id) in taken:
            self._next_id += 1
        new_id = str(self._next_id)
        self._next_id += 1
        return new_id

    @staticmethod
    def _check_placeholders(plans: list[_Plan]) -> None:
        issues = [
            _issue("not-found", "placeholder reference not resolved within the Bundle", f"{path}.reference")
            for plan in plans
            if plan.existing is None
            for holder, path in _walk_references(plan.resource, plan.path)
            if holder["reference"].startswith(_PLACEHOLDER_PREFIXES)
        ]
        if issues:
            raise FhirError(400, issues)

    def _commit(self, plans: list[_Plan]) -> tuple[list[dict[str, Any]], list[int]]:
        now = _now_instant()
        stored: list[dict[str, Any]] = []
        statuses: list[int] = []
        for plan in plans:
            if plan.existing is not None:
                stored.append(plan.existing)
                statuses.append(200)
                continue
            versions = self._store.setdefault(plan.resource_type, {}).setdefault(plan.target_id, [])
            resource = plan.resource
            resource["id"] = plan.target_id
            meta = dict(resource.get("meta") or {})
            meta["versionId"] = str(len(versions) + 1)
            meta["lastUpdated"] = now
            resource["meta"] = meta
            statuses.append(201 if not versions else 200)
            versions.append(resource)
            stored.append(copy.deepcopy(resource))
        return stored, statuses


def _version_location(resource: Mapping[str, Any]) -> str:
    return f"{resource['resourceType']}/{resource['id']}/_history/{resource['meta']['versionId']}"


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _response_entry(resource: Mapping[str, Any], status: int) -> dict[str, Any]:
    return {
        "response": {
            "status": f"{status} {_reason(status)}",
            "location": _version_location(resource),
            "etag": f'W/"{resource["meta"]["versionId"]}"',
            "lastModified": resource["meta"]["lastUpdated"],
        }
    }


# --------------------------------------------------------------------------------------------------
# HTTP layer
# --------------------------------------------------------------------------------------------------


class FhirJSONResponse(JSONResponse):
    media_type = FHIR_JSON


class _ConnectionDropResponse(Response):
    """Starts a 200 response and never finishes it: uvicorn then closes the connection.

    The client sees a status line but no complete body, as when the EMR (or a proxy) dies after the
    commit. Only meaningful under a real server (uvicorn), not starlette's TestClient.
    """

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(b"content-type", FHIR_JSON.encode()), (b"content-length", b"4096")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b"{", "more_body": True})


def _render(outcome: Outcome) -> Response:
    if outcome.drop == "close":
        return _ConnectionDropResponse()
    if outcome.drop == "500":
        issues = [_issue("exception", "simulated failure after the write was committed")]
        return FhirJSONResponse(_operation_outcome(issues), status_code=500)
    return FhirJSONResponse(outcome.body, status_code=outcome.status, headers=outcome.headers)


async def _read_json(request: Request) -> Any:
    media_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media_type and media_type not in _JSON_MEDIA_TYPES:
        raise FhirError.single(415, "not-supported", "only FHIR JSON is supported")
    raw = await request.body()
    try:
        return json.loads(raw)
    except ValueError:
        raise FhirError.single(400, "structure", "body is not valid JSON") from None


def _fhir_base(request: Request) -> str:
    return str(request.base_url).rstrip("/") + FHIR_PATH


def emr_of(app: FastAPI) -> SimulatedEmr:
    """The simulated EMR behind an app made by :func:`create_emr_app`."""
    emr = app.state.emr
    assert isinstance(emr, SimulatedEmr)
    return emr


def create_emr_app(config: EmrSimulatorConfig | None = None) -> FastAPI:
    """The simulator as an ASGI app: FHIR base at ``/fhir``, test hooks at ``/_emr``."""
    emr = SimulatedEmr(config)
    app = FastAPI(title="medgo-bridge EMR simulator", version=__version__)
    app.state.emr = emr

    @app.exception_handler(FhirError)
    async def _fhir_error(_: Request, exc: FhirError) -> Response:
        return FhirJSONResponse(_operation_outcome(exc.issues), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_: Request, exc: StarletteHTTPException) -> Response:
        code = "not-found" if exc.status_code == 404 else "not-supported"
        return FhirJSONResponse(_operation_outcome([_issue(code, str(exc.detail))]), status_code=exc.status_code)

    async def delay() -> None:
        latency = emr.latency_s()
        if latency > 0:
            await asyncio.sleep(latency)

    @app.get(f"{FHIR_PATH}/metadata")
    async def metadata(request: Request) -> Response:
        await delay()
        return FhirJSONResponse(emr.capability_statement(_fhir_base(request)))

    async def bundle(request: Request) -> Response:
        await delay()
        return _render(emr.process_bundle(await _read_json(request)))

    app.add_api_route(FHIR_PATH, bundle, methods=["POST"])
    app.add_api_route(f"{FHIR_PATH}/", bundle, methods=["POST"], include_in_schema=False)

    @app.post(f"{FHIR_PATH}/{{resource_type}}")
    async def create(resource_type: str, request: Request) -> Response:
        await delay()
        if_none_exist = request.headers.get("if-none-exist")
        body = await _read_json(request)
        return _render(emr.create(resource_type, body, _fhir_base(request), if_none_exist))

    @app.get(f"{FHIR_PATH}/{{resource_type}}")
    async def search(resource_type: str, request: Request) -> Response:
        await delay()
        params = list(request.query_params.multi_items())
        return _render(emr.search(resource_type, params, _fhir_base(request)))

    @app.get(f"{FHIR_PATH}/{{resource_type}}/{{resource_id}}")
    async def read(resource_type: str, resource_id: str) -> Response:
        await delay()
        return _render(emr.read(resource_type, resource_id))

    @app.get(f"{FHIR_PATH}/{{resource_type}}/{{resource_id}}/_history/{{version_id}}")
    async def vread(resource_type: str, resource_id: str, version_id: str) -> Response:
        await delay()
        return _render(emr.read(resource_type, resource_id, version_id))

    @app.put(f"{FHIR_PATH}/{{resource_type}}/{{resource_id}}")
    async def update(resource_type: str, resource_id: str, request: Request) -> Response:
        await delay()
        body = await _read_json(request)
        return _render(emr.update(resource_type, resource_id, body, _fhir_base(request)))

    # --- test hooks ------------------------------------------------------------------------------
    @app.get("/_emr/resources/{resource_type}")
    async def list_resources(resource_type: str) -> list[dict[str, Any]]:
        return emr.resources(resource_type)

    @app.delete("/_emr", status_code=204)
    async def reset() -> Response:
        emr.reset()
        return Response(status_code=204)

    @app.get("/_emr/faults")
    async def get_faults() -> dict[str, Any]:
        return emr.faults()

    @app.post("/_emr/faults")
    async def set_faults(settings: FaultSettings) -> dict[str, Any]:
        return emr.set_faults(settings)

    return app


# --------------------------------------------------------------------------------------------------
# Running it
# --------------------------------------------------------------------------------------------------


class EmrSimulatorServer:
    """The simulator under uvicorn in a background thread, on 127.0.0.1 and a free port.

    >>> with EmrSimulatorServer() as emr:
    ...     client = FhirEmrClient(emr.url)  # "http://127.0.0.1:PORT/fhir"
    """

    def __init__(
        self,
        config: EmrSimulatorConfig | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        startup_timeout_s: float = 10.0,
    ) -> None:
        self.app = create_emr_app(config)
        self.emr = emr_of(self.app)
        self._host = host
        self._port = port
        self._startup_timeout_s = startup_timeout_s
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.root_url = ""
        self.url = ""

    def start(self) -> Self:
        if self._server is not None:
            raise RuntimeError("EMR simulator already started")
        # Binding the socket here (port 0 = any free port) avoids the race of picking a port first.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self._host, self._port))
        port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app,
            log_config=None,  # leave the host application's logging alone
            log_level="warning",
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=2,
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name=f"emr-simulator-{port}", daemon=True
        )
        thread.start()
        deadline = time.monotonic() + self._startup_timeout_s
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                server.should_exit = True
                thread.join(timeout=5)
                sock.close()
                raise RuntimeError("EMR simulator did not start")
            time.sleep(0.01)
        self._server, self._thread = server, thread
        self.root_url = f"http://{self._host}:{port}"
        self.url = self.root_url + FHIR_PATH
        return self

    def stop(self) -> None:
        if self._server is None or self._thread is None:
            return
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._server = self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # --- conveniences that skip HTTP -------------------------------------------------------------
    def resources(self, resource_type: str) -> list[dict[str, Any]]:
        return self.emr.resources(resource_type)

    def set_faults(
        self,
        *,
        fail_next: int | None = None,
        status: int | None = None,
        drop_after_commit_next: int | None = None,
        drop_mode: DropMode | None = None,
        latency_s: float | None = None,
    ) -> dict[str, Any]:
        settings = FaultSettings(
            fail_next=fail_next,
            status=status,
            drop_after_commit_next=drop_after_commit_next,
            drop_mode=drop_mode,
            latency_s=latency_s,
        )
        return self.emr.set_faults(settings)

    def reset(self) -> None:
        self.emr.reset()


def run_emr_simulator(host: str, port: int, config: EmrSimulatorConfig | None = None) -> None:
    """Serve the simulator in the foreground (``medgo-bridge simulate-emr``); FHIR base is ``/fhir``."""
    uvicorn.run(create_emr_app(config), host=host, port=port, log_level="info", access_log=False)
