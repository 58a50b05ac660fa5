"""The evaluation sets written blind, by name, for the benchmarks and their structure test.

Each set was written by an author who had read only ``synth.render`` and ``KnownIdentifier``, never the
recognisers. ``docs/deidentification.md`` says which were measured once and which later became
development sets (used for fixes): a figure on a development set is no held-out figure.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from integration.deid.synth import SynthNote
from integration.deid.synth_blind import generate_blind
from integration.deid.synth_blind2 import generate_blind2
from integration.deid.synth_blind3 import generate_blind3
from integration.deid.synth_blind4 import generate_blind4
from integration.deid.synth_blind5 import generate_blind5
from integration.deid.synth_blind6 import generate_blind6
from integration.deid.synth_blind7 import generate_blind7
from integration.deid.synth_blind8 import generate_blind8
from integration.deid.synth_blind9 import generate_blind9
from integration.deid.synth_blind10 import generate_blind10
from integration.deid.synth_blind11 import generate_blind11
from integration.deid.synth_blind12 import generate_blind12
from integration.deid.synth_blind13 import generate_blind13
from integration.deid.synth_blind14 import generate_blind14
from integration.deid.synth_blind15 import generate_blind15
from integration.deid.synth_blind16 import generate_blind16
from integration.deid.synth_blind17 import generate_blind17
from integration.deid.synth_blind18 import generate_blind18
from integration.deid.synth_blind19 import generate_blind19
from integration.deid.synth_blind20 import generate_blind20
from integration.deid.synth_blind21 import generate_blind21
from integration.deid.synth_blind22 import generate_blind22
from integration.deid.synth_blind23 import generate_blind23

__all__ = ["BLIND_SETS", "HELD_OUT", "generate_split"]

BLIND_SETS: Final[dict[str, Callable[[str, int], list[SynthNote]]]] = {
    "blind": generate_blind,
    "blind2": generate_blind2,
    "blind3": generate_blind3,
    "blind4": generate_blind4,
    "blind5": generate_blind5,
    "blind6": generate_blind6,
    "blind7": generate_blind7,
    "blind8": generate_blind8,
    "blind9": generate_blind9,
    "blind10": generate_blind10,
    "blind11": generate_blind11,
    "blind12": generate_blind12,
    "blind13": generate_blind13,
    "blind14": generate_blind14,
    "blind15": generate_blind15,
    "blind16": generate_blind16,
    "blind17": generate_blind17,
    "blind18": generate_blind18,
    "blind19": generate_blind19,
    "blind20": generate_blind20,
    "blind21": generate_blind21,
    "blind22": generate_blind22,
    "blind23": generate_blind23,
}
# Sets no fix has been made from: their figures are the held-out ones.
HELD_OUT: Final[tuple[str, ...]] = ("blind12", "blind13", "blind19", "blind21", "blind23")


def generate_split(split: str, language: str, count: int) -> list[SynthNote]:
    """Notes of any synthetic split: ``tuning``, ``heldout`` or a blind set."""
    from integration.deid.synth import generate

    if split in BLIND_SETS:
        return BLIND_SETS[split](language, count)
    return generate(split, language, count)
