"""Validate inbound FHIR R4 JSON and describe failures as an OperationOutcome.

``fhir.resources.R4B`` (R4-compatible) does the structural validation. It does not check code
values and raises a bare error on an unknown ``resourceType``, so both are checked here first,
and every failure names the element with a FHIRPath-like expression (``Bundle.entry[3].resource
.birthDate``). Diagnostics describe the *rule* that failed, never the offending value: the value
may be PHI and OperationOutcomes end up in sender logs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.bundle import Bundle
from pydantic import ValidationError

ACCEPTED_BUNDLE_TYPES = ("transaction", "batch", "collection", "message", "history", "document")
ALL_BUNDLE_TYPES = (
    "document", "message", "transaction", "transaction-response", "batch", "batch-response",
    "history", "searchset", "collection",
)  # fmt: skip


@dataclass(frozen=True)
class Issue:
    """One OperationOutcome.issue. ``code`` is from the FHIR issue-type value set."""

    code: str
    diagnostics: str
    expression: str | None = None
    severity: str = "error"

    def to_fhir(self) -> dict[str, Any]:
        issue: dict[str, Any] = {
            "severity": self.severity,
            "code": self.code,
            "diagnostics": self.diagnostics,
        }
        if self.expression:
            issue["expression"] = [self.expression]
        return issue


class InvalidFhir(Exception):
    def __init__(self, issues: list[Issue], status: int) -> None:
        super().__init__(issues[0].diagnostics if issues else "invalid FHIR")
        self.issues = issues
        self.status = status  # 400 for unparseable input, 422 for an unprocessable resource


def operation_outcome(issues: list[Issue]) -> dict[str, Any]:
    return {"resourceType": "OperationOutcome", "issue": [i.to_fhir() for i in issues]}


def _expression(root: str, loc: tuple[int | str, ...]) -> str:
    out = root
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _known_resource_type(name: object) -> bool:
    if not isinstance(name, str) or not name:
        return False
    try:
        get_fhir_model_class(name)
    except (ValueError, KeyError, AttributeError):
        return False
    return True


def parse_bundle(raw: bytes) -> dict[str, Any]:
    """Parse and validate a Bundle we are willing to process; raise :class:`InvalidFhir`."""
    try:
        data = json.loads(raw)
    except UnicodeDecodeError:
        raise InvalidFhir([Issue("invalid", "Body is not UTF-8 encoded JSON.")], 400) from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise InvalidFhir([Issue("structure", f"Body is not valid JSON ({exc.msg} at {where}).")], 400) from None
    if not isinstance(data, dict):
        raise InvalidFhir([Issue("structure", "Body must be a JSON object (a FHIR resource).")], 400)

    resource_type = data.get("resourceType")
    if resource_type != "Bundle":
        shown = resource_type if _known_resource_type(resource_type) else "an unknown or missing type"
        raise InvalidFhir(
            [
                Issue(
                    "not-supported",
                    f"Expected resourceType 'Bundle', got {shown}. POST a Bundle to /fhir.",
                    "resourceType" if resource_type is None else f"{resource_type}",
                )
            ],
            422,
        )

    issues: list[Issue] = []
    bundle_type = data.get("type")
    if bundle_type not in ALL_BUNDLE_TYPES:
        issues.append(Issue("code-invalid", "Bundle.type is missing or not a Bundle type code.", "Bundle.type"))
    elif bundle_type not in ACCEPTED_BUNDLE_TYPES:
        issues.append(
            Issue(
                "not-supported",
                f"Bundle.type '{bundle_type}' is not accepted; send one of {', '.join(ACCEPTED_BUNDLE_TYPES)}.",
                "Bundle.type",
            )
        )
    entries = data.get("entry", [])
    if isinstance(entries, list):
        for i, entry in enumerate(entries):
            resource = entry.get("resource") if isinstance(entry, dict) else None
            if isinstance(resource, dict) and not _known_resource_type(resource.get("resourceType")):
                issues.append(
                    Issue(
                        "structure",
                        "Unknown or missing resourceType; it must name an R4 resource.",
                        f"Bundle.entry[{i}].resource.resourceType",
                    )
                )
    if issues:
        raise InvalidFhir(issues, 422)

    try:
        Bundle.model_validate(data)
    except ValidationError as exc:
        issues = [
            Issue(
                "structure" if err["type"] in {"extra_forbidden", "missing"} else "value",
                _describe(err),
                _expression("Bundle", tuple(err["loc"])),
            )
            for err in exc.errors(include_input=False)[:20]
        ]
        raise InvalidFhir(issues, 422) from None
    except (ValueError, TypeError) as exc:  # fhir_core raises these outside pydantic for some shapes
        raise InvalidFhir([Issue("structure", f"Bundle failed R4 validation ({type(exc).__name__}).")], 422) from None
    return data


def _describe(err: Any) -> str:
    kind = err["type"]
    if kind == "extra_forbidden":
        return "Element is not defined for this resource in FHIR R4."
    if kind == "missing":
        return "Required element is missing."
    # pydantic's message text describes the rule ("does not match spec regex", "valid list"),
    # not the value, because include_input=False dropped the input.
    msg = str(err.get("msg", "invalid value"))
    return msg.removeprefix("Value error, ")
