"""How many of the values a record lists survive de-identification of the notes that mention them.

The production guarantee is that every identifier the structured record holds is found in free text
(and the leak gate refuses a prompt where one remains). This counts, per synthetic set, language and
kind, the occurrences of each note's own known values in its text and how many are left after
de-identification. Known-value matching does not depend on NER, so the ``lite`` profile is used.

    python benchmarks/deid_known.py [--notes 500]
"""

from __future__ import annotations

import argparse
import functools
from collections import Counter
from collections.abc import Callable

from integration.deid import DeidSession, build_analyzer
from integration.deid.blind_sets import BLIND_SETS, generate_split
from integration.deid.synth import SynthNote


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=500, help="notes per set and language (default 500)")
    args = parser.parse_args(argv)
    analyzer = build_analyzer("lite")
    sets: dict[str, Callable[[str], list[SynthNote]]] = {
        split: functools.partial(lambda split, lang: generate_split(split, lang, args.notes), split)
        for split in ("tuning", "heldout", *BLIND_SETS)
    }
    failures = 0
    for name, make in sets.items():
        for lang in ("en", "zh"):
            total: Counter[str] = Counter()
            left: Counter[str] = Counter()
            for note in make(lang):
                out = DeidSession(analyzer, note.known).text(note.text, lang)
                for known in note.known:
                    if len(known.value) < 2 or known.value not in note.text:
                        continue
                    total[known.kind] += note.text.count(known.value)
                    # Counted as a word: "Tran" inside "Transmission" is not the name.
                    left[known.kind] += sum(1 for _ in _words(out, known.value))
            failures += sum(left.values())
            shown = ", ".join(f"{k} {total[k] - left[k]}/{total[k]}" for k in sorted(total))
            print(f"{name:<8} {lang}: {shown}", flush=True)
    print("known values left in the output:", failures)
    return 0


def _words(text: str, value: str) -> list[int]:
    import re

    edge = r"(?<![0-9A-Za-z])" if value[0].isalnum() and value[0].isascii() else ""
    tail = r"(?![0-9A-Za-z])" if value[-1].isalnum() and value[-1].isascii() else ""
    return [m.start() for m in re.finditer(edge + re.escape(value) + tail, text)]


if __name__ == "__main__":
    raise SystemExit(main())
