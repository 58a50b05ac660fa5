"""Put the original values back into the model's answer.

Only placeholders this session issued are replaced, and only in their exact form. A model may
invent ``<PERSON_7>`` or damage a token (``<PERSON 1>``, ``person_1``, full-width brackets): those
are reported so the caller can reject or flag the draft rather than deliver a wrong name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

from integration.deid.model import KINDS

__all__ = ["ReidResult", "reidentify"]

_KIND_ALT: Final = "|".join(KINDS)

# One pass, so a restored value can never itself be read as a placeholder. The exact form is the
# first alternative, so at any position it wins over the looser shapes.
_TOKEN: Final = re.compile(
    rf"(?P<exact><(?P<ekind>{_KIND_ALT})_(?P<enum>[0-9]+)>)"
    # Damaged but bracketed: any bracket style, stray spaces, a space/hyphen/nothing instead of
    # the underscore, any letter case, full-width digits (\d is Unicode-aware).
    rf"|(?P<bracketed>[<＜〈《\[【{{]\s*(?P<bkind>{_KIND_ALT})\s*[_＿\-\s]?\s*(?P<bnum>\d+)\s*[>＞〉》\]】}}]?)"
    # Damaged and bare: only with an underscore, else "ID 2" in ordinary prose would count.
    rf"|(?P<bare>(?<![A-Za-z0-9_])(?P<rkind>{_KIND_ALT})[_＿](?P<rnum>\d+)(?![0-9]))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ReidResult:
    text: str
    unknown_placeholders: list[str] = field(default_factory=list)
    mangled: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.unknown_placeholders and not self.mangled


def reidentify(text: str, mapping: Mapping[str, str]) -> ReidResult:
    """Replace issued placeholders by their originals; report unknown and damaged ones.

    A damaged token whose canonical form was issued is restored as well (the intent is
    unambiguous) but still listed in ``mangled``; one that maps to nothing is left as written.
    """
    unknown: list[str] = []
    mangled: list[str] = []

    def _replace(match: re.Match[str]) -> str:
        token = match.group(0)
        kind = match["ekind"] or match["bkind"] or match["rkind"]
        number = match["enum"] or match["bnum"] or match["rnum"]
        canonical = f"<{kind.upper()}_{int(number)}>"
        if token == canonical:
            if token in mapping:
                return mapping[token]
            unknown.append(token)
            return token
        mangled.append(token)
        return mapping.get(canonical, token)

    return ReidResult(text=_TOKEN.sub(_replace, text), unknown_placeholders=unknown, mangled=mangled)
