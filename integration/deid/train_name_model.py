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
import functools
import hashlib
import json
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Final

from integration.deid import zh_surnames
from integration.deid.analyzer import ALLOW_LIST
from integration.deid.blind_sets import BLIND_SETS, HELD_OUT, generate_split
from integration.deid.name_model import (
    FEATURES_VERSION,
    MODEL_FILES,
    ZH_COMPOUND_SURNAMES,
    ZH_SURNAME_CHARS,
    features,
    label_tokens,
    manifest_path,
    tokenize,
)
from integration.deid.synth import GoldSpan, SynthNote

DEFAULT_SETS: Final[tuple[str, ...]] = ("tuning", *(name for name in BLIND_SETS if name not in HELD_OUT))
_SEED: Final = 20261122
# Random surnames for the name replacement: the common hundred ten times as often as the rest.
_ZH_SURNAMES: Final = zh_surnames.COMMON * 10 + "".join(c for c in zh_surnames.MORE if c >= "\u4e00")
_COMPOUND: Final = frozenset(ZH_COMPOUND_SURNAMES)
# Share of English training notes whose names are (mostly) lower-cased, as hurried notes write them.
_LOWERCASE_SHARE: Final = 0.2


@functools.cache
def _zh_name_char_pool() -> tuple[str, ...]:
    """Common Chinese characters (wordfreq's single-character words), not any list of names."""
    from wordfreq import top_n_list

    return tuple(w for w in top_n_list("zh", 20000) if len(w) == 1 and "\u4e00" <= w <= "\u9fff")[:2500]


def substitute_zh_names(note: SynthNote, rng: random.Random) -> SynthNote:
    """The note with every Chinese PERSON span rewritten: random surname, random common characters.

    Length and offsets are kept (one character for one), so the gold spans stay exact. A leading
    surname stays a surname (or a compound one), and 小/老/阿 prefixes stay, so the model learns
    those forms; the rest is random, so it cannot learn the generator's names. A name written twice
    is rewritten per occurrence, which only gives the model more names to read.
    """
    pool = _zh_name_char_pool()
    chars = list(note.text)
    spans: list[GoldSpan] = []
    for span in note.spans:
        if span.kind != "PERSON" or not all("\u4e00" <= c <= "\u9fff" or c == "·" for c in span.value):
            spans.append(span)
            continue
        value = span.value
        new: list[str] = []
        i = 0
        if value[:2] in _COMPOUND and len(value) >= 3:
            new.extend(rng.choice(ZH_COMPOUND_SURNAMES))
            i = 2
        elif value[0] in "小老阿" and len(value) == 2:
            new.append(value[0])
            i = 1
            new.append(rng.choice(_ZH_SURNAMES) if value[1] in ZH_SURNAME_CHARS else rng.choice(pool))
            i = 2
        elif value[0] in ZH_SURNAME_CHARS and len(value) >= 2:
            new.append(rng.choice(_ZH_SURNAMES))
            i = 1
        while i < len(value):
            if value[i] == "·":
                new.append("·")
            elif i > 0 and value[i] == value[i - 1]:  # 叠字 stay doubled
                new.append(new[-1])
            else:
                new.append(rng.choice(pool))
            i += 1
        replacement = "".join(new)
        chars[span.start : span.end] = list(replacement)
        spans.append(GoldSpan(span.kind, span.start, span.end, replacement))
    return SynthNote(note.note_id, note.split, note.language, note.template, "".join(chars), tuple(spans), note.known)


def lowercase_names(note: SynthNote, rng: random.Random, share: float = 0.7) -> SynthNote:
    """The note with a ``share`` of its English PERSON spans lower-cased ("cc rachel", "typed by liam").

    Hurried notes write names in lower case; the sets have few, so training sees some of every form.
    """
    chars = list(note.text)
    spans: list[GoldSpan] = []
    for span in note.spans:
        if span.kind == "PERSON" and rng.random() < share:
            value = span.value.lower()
            if len(value) == span.end - span.start:  # lower() can change a length ("İ"): leave those
                chars[span.start : span.end] = list(value)
                span = GoldSpan(span.kind, span.start, span.end, value)
        spans.append(span)
    return SynthNote(note.note_id, note.split, note.language, note.template, "".join(chars), tuple(spans), note.known)


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
