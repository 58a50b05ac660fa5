"""Train the name/identifier CRF (``name_model``) from the development sets.

    python -m integration.deid.train_name_model --notes 300 --out integration/deid/models

Only development sets are read: the synthetic ``tuning`` split and the blind sets that are no longer
held out. A held-out set passed with ``--sets`` is refused, so a figure measured on it stays honest.
Chinese names are replaced by random ones before training (see ``name_model``). The models written
are what the ``full`` profile loads; ``docs/deidentification.md`` records the command and figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from integration.deid.analyzer import ALLOW_LIST
from integration.deid.blind_sets import BLIND_SETS, HELD_OUT, generate_split
from integration.deid.name_model import (
    FEATURES_VERSION,
    MODEL_FILES,
    features,
    label_tokens,
    lowercase_names,
    manifest_path,
    substitute_zh_names,
    tokenize,
)

DEFAULT_SETS: Final[tuple[str, ...]] = ("tuning", *(name for name in BLIND_SETS if name not in HELD_OUT))
_SEED: Final = 20261122
# Share of English training notes whose names are (mostly) lower-cased, as hurried notes write them.
_LOWERCASE_SHARE: Final = 0.2


def train(
    language: str,
    sets: Sequence[str],
    notes: int,
    out: Path,
    *,
    c1: float = 0.05,
    c2: float = 0.01,
    iterations: int = 150,
    progress: bool = True,
) -> Path:
    """Train one language's model from ``notes`` notes of each set; returns the model file written."""
    import pycrfsuite

    held = [name for name in sets if name in HELD_OUT]
    if held:
        raise ValueError(f"refusing to train on held-out set(s) {', '.join(held)}: their figures must stay honest")
    rng = random.Random(f"{_SEED}:{language}")
    trainer = pycrfsuite.Trainer(verbose=False)
    sequences = tokens_total = 0
    started = time.monotonic()
    for name in sets:
        for note in generate_split(name, language, notes):
            if language == "zh":
                note = substitute_zh_names(note, rng)
            elif rng.random() < _LOWERCASE_SHARE:
                note = lowercase_names(note, rng)
            tokens = tokenize(note.text, language)
            if not tokens:
                continue
            trainer.append(features(note.text, tokens, language, ALLOW_LIST), label_tokens(tokens, note.spans))
            sequences += 1
            tokens_total += len(tokens)
        if progress:
            print(
                f"[{language}] {name}: {sequences} notes, {tokens_total} tokens ({time.monotonic() - started:.0f} s)",
                file=sys.stderr,
            )
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True})
    out.mkdir(parents=True, exist_ok=True)
    path = out / MODEL_FILES[language]
    trainer.train(str(path))
    manifest = {
        "language": language,
        "features_version": FEATURES_VERSION,
        "sets": list(sets),
        "notes_per_set": notes,
        "notes": sequences,
        "tokens": tokens_total,
        "c1": c1,
        "c2": c2,
        "iterations": iterations,
        "lowercase_share": _LOWERCASE_SHARE if language == "en" else 0.0,
        "trained": dt.date.today().isoformat(),
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
    }
    manifest_path(language, out).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    if progress:
        log = trainer.logparser.last_iteration
        print(
            f"[{language}] trained {path} in {time.monotonic() - started:.0f} s "
            f"(loss {log.get('loss', float('nan')):.1f}, {path.stat().st_size / 1e6:.1f} MB)",
            file=sys.stderr,
        )
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--languages", default="en,zh", help="comma-separated: en, zh (default both)")
    parser.add_argument(
        "--sets", default=",".join(DEFAULT_SETS), help="development sets to train on (default: all not held out)"
    )
    parser.add_argument("--notes", type=int, default=300, help="notes per set and language (default 300)")
    parser.add_argument("--out", type=Path, default=Path("integration/deid/models"), help="directory for the models")
    parser.add_argument("--c1", type=float, default=0.05, help="L1 penalty (sparser, smaller model)")
    parser.add_argument("--c2", type=float, default=0.01, help="L2 penalty")
    parser.add_argument("--iterations", type=int, default=150, help="L-BFGS iterations")
    args = parser.parse_args(argv)
    sets = [s for s in args.sets.split(",") if s]
    try:
        for language in (x for x in args.languages.split(",") if x):
            train(language, sets, args.notes, args.out, c1=args.c1, c2=args.c2, iterations=args.iterations)
    except ValueError as exc:
        parser.error(str(exc))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
