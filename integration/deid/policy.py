"""The declared de-identification policy: one action per FHIR element path (``policy.yaml``).

The pipeline's context builder copies only the clinical content it needs and de-identifies its free
text; this module is the declared, reviewable form of the same rules, applied to whole resources:
``medgo-bridge deid`` shows a privacy officer what each element becomes, and
:func:`identifying_values` tells the pipeline which values of a resource are identifiers, so the text
de-identifier and the leak gate hunt for exactly what the table says is identifying.

Paths are dotted element names without indices (``Patient.contact.name``); ``*`` matches one
segment and ``**`` any number. A rule covers the element and everything under it. Where several
match, the most specific wins: more literal segments first, then a rule limited to dates.
"""

from __future__ import annotations

import base64
import binascii
import datetime as _dt
import hashlib
import hmac
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Final, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator

from integration.deid.dates import shift_iso
from integration.deid.model import KINDS, KnownIdentifier

__all__ = [
    "DEFAULT_POLICY_FILE",
    "Policy",
    "PolicyApplier",
    "PolicyError",
    "Rule",
    "deid_policy",
    "identifying_values",
    "load_policy",
    "use_policy_file",
]

DEFAULT_POLICY_FILE: Final = Path(__file__).with_name("policy.yaml")
Action = Literal["drop", "placeholder", "hash", "shift", "text", "keep"]
# A FHIR date, dateTime or instant (the regexes of the R4 specification, simplified to their shape).
_FHIR_DATE: Final = re.compile(
    r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])"
    r"(?:T(?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:Z|[+\-](?:0\d|1[0-4]):[0-5]\d))?)?)?"
)
_SEGMENT: Final = re.compile(r"\*\*|\*|[A-Za-z][A-Za-z0-9]*")
# Where the value of an identifying element is (a HumanName's parts, an Address's lines...). Technical
# parts ("use": "official", "system": "phone") must never become identifiers to hunt for in text.
_VALUE_KEYS: Final = frozenset(
    {"text", "family", "given", "value", "line", "city", "district", "postalCode", "valueString"}
)


class PolicyError(ValueError):
    """The policy file is missing, unreadable or breaks a rule of its format."""


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    path: str
    action: Action
    kind: str | None = None
    when: Literal["date"] | None = None

    @field_validator("path")
    @classmethod
    def _path_shape(cls, value: str) -> str:
        parts = value.split(".")
        if not value or any(not _SEGMENT.fullmatch(p) for p in parts):
            raise ValueError(f"path {value!r}: use dotted element names, '*' or '**'")
        return value

    @field_validator("kind")
    @classmethod
    def _kind_known(cls, value: str | None) -> str | None:
        if value is not None and value not in KINDS:
            raise ValueError(f"kind {value!r} is not a placeholder kind ({', '.join(KINDS)})")
        return value

    @property
    def segments(self) -> tuple[str, ...]:
        return tuple(self.path.split("."))

    @property
    def specificity(self) -> tuple[int, int, int]:
        literal = sum(1 for s in self.segments if s not in {"*", "**"})
        return (literal, 1 if self.when else 0, -sum(1 for s in self.segments if s == "**"))


class Policy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int = Field(ge=1)
    default: Literal["text", "keep"] = "text"
    rules: tuple[Rule, ...]
    _cache: dict[tuple[tuple[str, ...], bool], Rule | None] = PrivateAttr(default_factory=dict)

    def rule_for(self, path: tuple[str, ...], value: Any = None) -> Rule | None:
        """The most specific rule covering ``path`` (``value`` decides ``when: date`` rules)."""
        is_date = isinstance(value, str) and _FHIR_DATE.fullmatch(value) is not None
        # Memoised: every job walks its parties' resources, and the paths repeat from record to record.
        key = (path, is_date)
        if key not in self._cache:
            self._cache[key] = self._match(path, is_date)
        return self._cache[key]

    def _match(self, path: tuple[str, ...], is_date: bool) -> Rule | None:
        best: Rule | None = None
        for rule in self.rules:
            if rule.when == "date" and not is_date:
                continue
            if _covers(rule.segments, path) and (best is None or rule.specificity >= best.specificity):
                best = rule
        return best

    def action_for(self, path: tuple[str, ...], value: Any = None) -> Action:
        rule = self.rule_for(path, value)
        return rule.action if rule else self.default


def _covers(pattern: tuple[str, ...], path: tuple[str, ...]) -> bool:
    """Whether ``pattern`` matches ``path`` or one of its ancestors (a rule covers the subtree)."""
    if not pattern:
        return True
    head, rest = pattern[0], pattern[1:]
    if head == "**":
        return any(_covers(rest, path[i:]) for i in range(len(path) + 1))
    if not path:
        return False
    return (head == "*" or head == path[0]) and _covers(rest, path[1:])


def load_policy(path: str | Path | None = None) -> Policy:
    """Read and check a policy file (the built-in table when ``path`` is None)."""
    file = Path(path) if path else DEFAULT_POLICY_FILE
    return _load(str(file.resolve()))


@lru_cache(maxsize=8)
def _load(file: str) -> Policy:
    try:
        data = yaml.safe_load(Path(file).read_text(encoding="utf-8"))
    except OSError as exc:
        raise PolicyError(f"cannot read the de-identification policy {file}: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise PolicyError(f"de-identification policy {file} is not valid YAML: {exc}") from None
    try:
        return Policy.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise PolicyError(f"de-identification policy {file}: {where}: {first['msg']}") from None


_active_file: Path | None = None


def use_policy_file(path: str | Path | None) -> Policy:
    """Make ``path`` (``MEDGO_DEID_POLICY_FILE``; None: the built-in table) the process's policy.

    Called once by the composition root; it loads and checks the file at once, so a broken policy
    stops the service at start, not at the first draft.
    """
    global _active_file
    policy = load_policy(path)
    _active_file = Path(path) if path else None
    return policy


def deid_policy() -> Policy:
    """The policy in force in this process."""
    return load_policy(_active_file)


# --- what a resource's identifiers are --------------------------------------------------------


def _leaves(node: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(node, list):
        for item in node:
            yield from _leaves(item, path)
    elif isinstance(node, str):
        yield path, node


def _kind_of(rule: Rule, path: tuple[str, ...], node: Any) -> str:
    if rule.kind == "PHONE" and isinstance(node, dict):
        return {"email": "EMAIL", "url": "URL"}.get(str(node.get("system")), "PHONE")
    if rule.kind == "ADDRESS" and path and path[-1] in {"city", "district"}:
        return "LOCATION"
    return rule.kind or "ID"


def identifying_values(resource: dict[str, Any], policy: Policy | None = None) -> list[KnownIdentifier]:
    """Every value of ``resource`` under a rule that names a kind (the identifying elements).

    Only value-bearing parts count (a name's family and given names, an address line, a telecom
    value), never its technical parts (``use``, ``system``). Names also yield the spellings they are
    written in (given + family, family + given, Chinese order without a space).
    """
    policy = policy or load_policy()
    rtype = resource.get("resourceType")
    if not isinstance(rtype, str):
        return []
    out: list[KnownIdentifier] = []

    def visit(node: Any, path: tuple[str, ...]) -> None:
        if isinstance(node, list):
            for item in node:
                visit(item, path)
            return
        rule = policy.rule_for(path) if len(path) > 1 else None
        if rule is not None and rule.action != "keep" and rule.kind is not None:
            if isinstance(node, dict):
                for leaf_path, value in _leaves(node, path):
                    if leaf_path[-1] in _VALUE_KEYS:
                        out.append(KnownIdentifier(_kind_of(rule, leaf_path, node), value))
                if rule.kind == "PERSON":
                    out.extend(KnownIdentifier("PERSON", v) for v in _name_spellings(node))
            elif isinstance(node, str):
                out.append(KnownIdentifier(_kind_of(rule, path, node), node))
            return
        if isinstance(node, dict):
            for key, value in node.items():
                if key != "resourceType":
                    visit(value, (*path, key))

    visit(resource, (rtype,))
    return [k for k in out if k.value.strip()]


def _name_spellings(name: dict[str, Any]) -> list[str]:
    given = [g for g in name.get("given") or [] if isinstance(g, str)]
    family = name.get("family") if isinstance(name.get("family"), str) else None
    if not (given and family):
        return []
    return [" ".join([*given, family]), f"{family}{''.join(given)}", f"{family} {' '.join(given)}"]


# --- applying the policy to a resource ----------------------------------------------------------


@dataclass
class Applied:
    path: str  # dotted element path
    action: str
    kind: str | None


class PolicyApplier:
    """Applies a :class:`Policy` to resources, sharing one set of placeholders.

    ``placeholder`` issues ``<KIND_n>`` for a value; ``text`` de-identifies free text (both from the
    job's :class:`~integration.deid.DeidSession`). ``hash_key`` keys the HMAC; ``shift_days`` moves
    dates. ``ninety_plus`` drops a birth date that makes the person 90 or older (Safe Harbor).
    """

    def __init__(
        self,
        policy: Policy,
        *,
        placeholder: Callable[[str, str], str],
        text: Callable[[str, str], str],
        hash_key: bytes,
        shift_days: int,
        today: _dt.date | None = None,
    ) -> None:
        self.policy = policy
        self._placeholder = placeholder
        self._text = text
        self._hash_key = hash_key
        self._shift = shift_days
        self._today = today or _dt.date.today()
        self.applied: list[Applied] = []

    def apply(self, resource: dict[str, Any]) -> dict[str, Any]:
        rtype = str(resource.get("resourceType") or "Resource")
        out = self._walk(resource, (rtype,))
        assert isinstance(out, dict)
        return out

    def hash(self, value: str) -> str:
        digest = hmac.new(self._hash_key, value.strip().encode(), hashlib.sha256).hexdigest()
        return f"hmac-sha256:{digest[:20]}"

    def _walk(self, node: Any, path: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            items = [i for i in (self._walk(item, path) for item in node) if i is not _DROP]
            return items if items or not node else _DROP
        if isinstance(node, dict):
            if len(path) > 1 and isinstance(node.get("resourceType"), str):
                path = (node["resourceType"],)  # a contained resource: its own rules apply
            if len(path) > 1:
                rule = self.policy.rule_for(path)
                if rule is not None and rule.action in {"drop", "placeholder"}:
                    return self._whole(rule, path, node)
            is_text_attachment = isinstance(node.get("data"), str)
            content_type = str(node.get("contentType", ""))
            out: dict[str, Any] = {}
            for key, value in node.items():
                child = (*path, key)
                if key == "resourceType":
                    out[key] = value
                    continue
                if key == "data" and is_text_attachment:
                    decoded = _decode(value) if content_type.startswith("text/") else None
                    if decoded is None:
                        self.applied.append(Applied(".".join(child), "drop", None))
                        continue
                    value = decoded
                result = self._walk(value, child)
                if result is not _DROP:
                    out[key] = result
            return out
        if isinstance(node, str):
            return self._leaf(node, path)
        return node

    def _whole(self, rule: Rule, path: tuple[str, ...], node: dict[str, Any]) -> Any:
        self.applied.append(Applied(".".join(path), rule.action, rule.kind))
        if rule.action == "drop":
            return _DROP
        spelled = node.get("text") if isinstance(node.get("text"), str) else None
        if spelled is None:
            parts = [*(g for g in node.get("given") or [] if isinstance(g, str))]
            if isinstance(node.get("family"), str):
                parts.append(node["family"])
            spelled = " ".join(parts) or None
        if spelled is None:
            return _DROP
        return {"text": self._placeholder(rule.kind or "ID", spelled)}

    def _leaf(self, value: str, path: tuple[str, ...]) -> Any:
        rule = self.policy.rule_for(path, value)
        action = rule.action if rule else self.policy.default
        kind = rule.kind if rule else None
        dotted = ".".join(path)
        if action != "keep":
            self.applied.append(Applied(dotted, action, kind))
        if action == "keep":
            return value
        if action == "drop":
            return _DROP
        if action == "hash":
            return self.hash(value)
        if action == "placeholder":
            return self._placeholder(kind or "ID", value)
        if action == "shift":
            if path[-1] == "birthDate" and _age(value, self._today) >= 90:
                self.applied[-1] = Applied(dotted, "drop", kind)  # Safe Harbor: 90 and over
                return _DROP
            return shift_iso(value, self._shift) if _FHIR_DATE.fullmatch(value) else self._text(value, dotted)
        return self._text(value, dotted)


class _Dropped:
    def __repr__(self) -> str:
        return "<dropped>"


_DROP: Final = _Dropped()


def _decode(data: str) -> str | None:
    try:
        return base64.b64decode(data, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None


def _age(birth: str, today: _dt.date) -> int:
    try:
        year = int(birth[:4])
    except ValueError:
        return 0
    return today.year - year
