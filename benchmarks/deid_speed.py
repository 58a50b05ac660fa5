"""De-identification time alone, on one core, for one synthetic set: to compare two checkouts.

``deid_eval.py`` measures speed while it measures recall; this times only ``DeidSession.text`` (a new
session per note, with the note's record identifiers, as one job), so two commits can be timed on the
same notes in the same minutes:

    python benchmarks/deid_speed.py --split blind4 --notes 150
    git worktree add /tmp/before <commit> && PYTHONPATH=/tmp/before python benchmarks/deid_speed.py --split blind4

With ``PYTHONPATH`` pointing at another checkout, that checkout's de-identifier and sets are timed
(a set is looked up by module name, so checkouts older than ``blind_sets.py`` work too).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
from collections.abc import Callable

from integration.deid import DeidSession, build_analyzer
from integration.deid.synth import SynthNote, generate


def _generator(split: str) -> Callable[[str, int], list[SynthNote]]:
    if split in ("tuning", "heldout"):
        return lambda language, count: generate(split, language, count)
    module = importlib.import_module(f"integration.deid.synth_{split}")
    found: Callable[[str, int], list[SynthNote]] = getattr(module, f"generate_{split}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--split", default="blind4", help="synthetic set (default blind4)")
    parser.add_argument("--notes", type=int, default=150, help="notes per language (default 150)")
    parser.add_argument("--profile", default="lite", choices=("lite", "full"))
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    make = _generator(args.split)
    analyzer = build_analyzer(args.profile)
    for language in ("en", "zh"):
        notes = make(language, args.notes)
        DeidSession(analyzer, []).text(notes[0].text, language)  # warm-up: lazy loads
        started = time.perf_counter()
        for note in notes:
            DeidSession(analyzer, note.known).text(note.text, language)
        seconds = time.perf_counter() - started
        kilobytes = sum(len(n.text.encode()) for n in notes) / 1024
        print(
            f"{args.split} {language} {args.profile}: {len(notes)} notes, {kilobytes:.0f} KB, "
            f"{1000 * seconds / kilobytes:.1f} ms/KB, {len(notes) / seconds:.1f} notes/s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
