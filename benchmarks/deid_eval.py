"""Span-level precision / recall / F2 of the de-identifier on synthetic clinical notes and a public set.

Datasets (all synthetic, nothing downloaded):

* ``integration.deid.synth``: tuning EN/ZH and held-out EN/ZH, each run twice: *with* the record's
  structured identifiers (``KnownIdentifier``s: the production setting) and *without* (free text alone).
* ``presidio``: microsoft/presidio-research ``synth_dataset_v2.json`` (1,500 generic English PII
  sentences) read in place from the shared corpus, entity types mapped to ours (``PRESIDIO_KINDS``);
  ``TITLE``, ``NRP``, ages under 90 and a bare year ("1977", "1990s") are out of scope:
  a detection on them is neither right nor wrong.

Matching rule. A gold span is **found** when the union of all detected spans (any kind) covers every
alphanumeric character of it (punctuation and spaces inside may stay: they identify nobody). It is
**partial** when some but not all of those characters are covered, **missed** when none are. Recall =
found / gold, i.e. partial counts as a miss. A detected span is **correct** when it overlaps any gold
span by at least one character; precision = correct / detections (detections overlapping only
out-of-scope gold are left out). Per-type rows: recall by gold kind, precision by detected kind.
F2 = 5PR / (4P + R) (recall weighted, as presidio-research recommends).

Throughput: ``DeidSession.text`` time only (new session per note, as one job), process pinned to one
core with ``os.sched_setaffinity``.

    python benchmarks/deid_eval.py                          # lite 500 / full 200 per set, every set, ~25 min
    # the held-out sets (docs/deidentification.md says which were measured when), ~25 min:
    python benchmarks/deid_eval.py --splits blind12,blind13,blind19,blind21,blind23 --no-presidio --full-notes 0
    python benchmarks/deid_eval.py --notes 100 --presidio-limit 300 --examples 5
    python benchmarks/deid_eval.py --full-notes 0 --json deid_eval.json   # full on 500 too (~20 min)
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from integration.deid import DeidSession, KnownIdentifier, build_analyzer
from integration.deid.blind_sets import BLIND_SETS, HELD_OUT, generate_split
from integration.deid.synth import GOLD_KINDS
from integration.errors import PermanentError

ROOT = Path(__file__).resolve().parents[1]
PRESIDIO_SET = ROOT.parent / "shared" / "corpus" / "deid" / "presidio_synth_dataset_v2.json"

_YEAR_ONLY = re.compile(r"(?:in\s+)?(?:1[89]|20)\d{2}s?")

# presidio-research entity type -> our kind; None = out of scope (not PHI under Safe Harbor).
PRESIDIO_KINDS: dict[str, str | None] = {
    "PERSON": "PERSON",
    "STREET_ADDRESS": "ADDRESS",
    "ZIP_CODE": "ADDRESS",
    "GPE": "LOCATION",
    "ORGANIZATION": "ORG",
    "PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "DATE_TIME": "DATE",
    "DOMAIN_NAME": "URL",
    "IP_ADDRESS": "ID",
    "US_SSN": "ID",
    "US_DRIVER_LICENSE": "ID",
    "CREDIT_CARD": "ID",  # account numbers (Safe Harbor #10)
    "IBAN_CODE": "ID",
    "AGE": "AGE",  # only 90 and over; younger ages are out of scope
    "TITLE": None,
    "NRP": None,
}


@dataclass(frozen=True)
class Span:
    kind: str
    start: int
    end: int


@dataclass
class Tally:
    """Counts for one dataset; ``add`` one note at a time."""

    gold: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    found: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    partial: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    detected: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    correct: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    missed_examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    false_examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(
        self,
        text: str,
        gold: Iterable[Span],
        detected: Iterable[Span],
        ignored: Iterable[Span] = (),
        *,
        keep_examples: int = 0,
    ) -> None:
        gold = list(gold)
        detected = list(detected)
        ignored = list(ignored)
        covered = bytearray(len(text))
        for d in detected:
            covered[d.start : d.end] = b"\x01" * (d.end - d.start)
        for g in gold:
            chars = [i for i in range(g.start, g.end) if text[i].isalnum()] or list(range(g.start, g.end))
            hit = sum(covered[i] for i in chars)
            self.gold[g.kind] += 1
            if hit == len(chars):
                self.found[g.kind] += 1
                continue
            if hit:
                self.partial[g.kind] += 1
            if len(self.missed_examples[g.kind]) < keep_examples:
                self.missed_examples[g.kind].append(_context(text, g.start, g.end, "partial" if hit else "missed"))
        for d in detected:
            if any(_overlaps(d, g) for g in gold):
                self.detected[d.kind] += 1
                self.correct[d.kind] += 1
            elif any(_overlaps(d, g) for g in ignored):
                continue
            else:
                self.detected[d.kind] += 1
                if len(self.false_examples[d.kind]) < keep_examples:
                    self.false_examples[d.kind].append(_context(text, d.start, d.end, "false"))

    def rows(self) -> list[dict[str, Any]]:
        kinds = sorted(set(self.gold) | set(self.detected), key=_kind_order)
        rows = [
            self._row(k, self.gold[k], self.found[k], self.partial[k], self.detected[k], self.correct[k]) for k in kinds
        ]
        rows.append(
            self._row(
                "ALL",
                sum(self.gold.values()),
                sum(self.found.values()),
                sum(self.partial.values()),
                sum(self.detected.values()),
                sum(self.correct.values()),
            )
        )
        return rows

    @staticmethod
    def _row(kind: str, gold: int, found: int, partial: int, detected: int, correct: int) -> dict[str, Any]:
        recall = found / gold if gold else None
        precision = correct / detected if detected else None
        return {
            "kind": kind,
            "gold": gold,
            "found": found,
            "partial": partial,
            "missed": gold - found - partial,
            "recall": recall,
            "detected": detected,
            "correct": correct,
            "precision": precision,
            "f2": f2(precision, recall),
        }


def f2(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    if precision == 0 and recall == 0:
        return 0.0
    return 5 * precision * recall / (4 * precision + recall)


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _kind_order(kind: str) -> int:
    return GOLD_KINDS.index(kind) if kind in GOLD_KINDS else len(GOLD_KINDS)


def _context(text: str, start: int, end: int, tag: str) -> str:
    before = text[max(0, start - 25) : start].replace("\n", " ")
    after = text[end : end + 15].replace("\n", " ")
    return f"{tag}: …{before}[{text[start:end]}]{after}…".replace("\n", " ")


# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Case:
    text: str
    language: str
    gold: tuple[Span, ...]
    ignored: tuple[Span, ...] = ()
    known: tuple[KnownIdentifier, ...] = ()


def synth_cases(split: str, language: str, count: int) -> list[Case]:
    notes = generate_split(split, language, count)
    return [Case(n.text, language, tuple(Span(g.kind, g.start, g.end) for g in n.spans), (), n.known) for n in notes]


def presidio_cases(path: Path, limit: int | None) -> list[Case]:
    samples = json.loads(path.read_text(encoding="utf-8"))
    cases: list[Case] = []
    for sample in samples[:limit]:
        gold: list[Span] = []
        ignored: list[Span] = []
        for s in sample["spans"]:
            kind = PRESIDIO_KINDS.get(s["entity_type"])
            span_kind = kind or s["entity_type"]
            span = Span(span_kind, s["start_position"], s["end_position"])
            if kind == "AGE":
                digits = "".join(c for c in s["entity_value"] if c.isdigit())
                if not digits or int(digits) < 90:
                    kind = None
            elif kind == "DATE" and _YEAR_ONLY.fullmatch(s["entity_value"].strip()):
                kind = None  # a year alone may stay under Safe Harbor
            (gold if kind else ignored).append(span)
        cases.append(Case(sample["full_text"], "en", tuple(gold), tuple(ignored)))
    return cases


@dataclass
class RunResult:
    tally: Tally
    seconds: float
    notes: int
    kilobytes: float


def run(analyzer: Any, cases: Sequence[Case], *, with_known: bool, keep_examples: int = 0) -> RunResult:
    tally = Tally()
    elapsed = 0.0
    size = 0
    for case in cases:
        session = DeidSession(analyzer, case.known if with_known else ())
        started = time.perf_counter()
        session.text(case.text, case.language)
        elapsed += time.perf_counter() - started
        size += len(case.text.encode("utf-8"))
        detected = [Span(f.kind, f.start, f.end) for f in session.findings]
        tally.add(case.text, case.gold, detected, case.ignored, keep_examples=keep_examples)
    return RunResult(tally, elapsed, len(cases), size / 1024)


# ---------------------------------------------------------------------------------------------
def _fmt(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def print_table(title: str, result: RunResult) -> None:
    print(f"\n### {title}")
    notes_per_s = result.notes / result.seconds if result.seconds else 0.0
    ms_per_kb = 1000 * result.seconds / result.kilobytes if result.kilobytes else 0.0
    print(
        f"{result.notes} notes, {result.kilobytes:.0f} KB: {notes_per_s:.0f} notes/s, {ms_per_kb:.2f} ms/KB (one core)"
    )
    print(f"{'kind':<9}{'gold':>6}{'found':>7}{'partial':>8}{'missed':>7}{'recall':>8}{'det':>7}{'prec':>8}{'F2':>8}")
    for r in result.tally.rows():
        print(
            f"{r['kind']:<9}{r['gold']:>6}{r['found']:>7}{r['partial']:>8}{r['missed']:>7}{_fmt(r['recall']):>8}"
            f"{r['detected']:>7}{_fmt(r['precision']):>8}{_fmt(r['f2']):>8}"
        )


def print_examples(result: RunResult) -> None:
    for kind, examples in sorted(result.tally.missed_examples.items()):
        for example in examples:
            print(f"  {kind:<8} {example}")
    for kind, examples in sorted(result.tally.false_examples.items()):
        for example in examples:
            print(f"  det {kind:<4} {example}")


def _pin_one_core() -> str:
    try:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    except (AttributeError, OSError) as exc:  # not Linux
        return f"not pinned ({exc})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--notes", type=int, default=500, help="notes per split and language (default 500)")
    parser.add_argument(
        "--full-notes",
        type=int,
        default=200,
        help="notes per split and language for profile full, ~8x slower (default 200; 0 = same as --notes)",
    )
    parser.add_argument("--presidio-limit", type=int, default=None, help="first N presidio samples (default all)")
    parser.add_argument("--no-presidio", action="store_true", help="skip the public presidio-research set")
    parser.add_argument("--profiles", default="lite,full", help="comma-separated profiles (default lite,full)")
    parser.add_argument("--examples", type=int, default=0, help="print up to N missed/false spans per kind")
    parser.add_argument("--json", type=Path, default=None, help="write all figures to this JSON file")
    parser.add_argument(
        "--splits",
        default=",".join(("tuning", "heldout", *BLIND_SETS)),
        help="synthetic sets: tuning, heldout (the first held-out set, since used for tuning: a dev set), "
        f"blind .. {list(BLIND_SETS)[-1]} (each written by an author who had not seen the recognisers, measured "
        f"once before any fix made from it; still held out: {', '.join(HELD_OUT) or 'none'}; "
        "docs/deidentification.md says which were used for fixes afterwards)",
    )
    args = parser.parse_args(argv)
    splits = [s.strip() for s in args.splits.split(",") if s.strip()]
    if unknown := set(splits) - {"tuning", "heldout", *BLIND_SETS}:
        parser.error(f"unknown split(s): {', '.join(sorted(unknown))}")

    print(f"de-identification evaluation; {_pin_one_core()}")
    presidio: list[Case] = []
    if not args.no_presidio:
        if PRESIDIO_SET.is_file():
            presidio = presidio_cases(PRESIDIO_SET, args.presidio_limit)
        else:
            print(f"presidio set not found at {PRESIDIO_SET}; skipped")
    cache: dict[tuple[str, str, int], list[Case]] = {}

    def datasets(count: int) -> list[tuple[str, list[Case], bool]]:
        found: list[tuple[str, list[Case], bool]] = []
        for split in splits:
            for language in ("en", "zh"):
                key = (split, language, count)
                if key not in cache:
                    cache[key] = synth_cases(split, language, count)
                for with_known in (True, False):
                    label = f"{split} {language.upper()} {'with' if with_known else 'without'} record identifiers"
                    found.append((label, cache[key], with_known))
        if presidio:
            found.append(("presidio-research synth_dataset_v2 (EN, no identifiers)", presidio, False))
        return found

    report: dict[str, Any] = {"profiles": {}}
    for profile in [p.strip() for p in args.profiles.split(",") if p.strip()]:
        try:
            analyzer = build_analyzer(profile)
        except PermanentError as exc:
            print(f"\n## profile {profile}: unavailable ({exc})")
            report["profiles"][profile] = {"available": False, "reason": str(exc)}
            continue
        count = args.full_notes if profile == "full" and args.full_notes else args.notes
        print(f"\n## profile {profile} ({count} synthetic notes per split and language)")
        results: dict[str, Any] = {}
        for label, cases, with_known in datasets(count):
            result = run(analyzer, cases, with_known=with_known, keep_examples=args.examples)
            print_table(f"{profile}: {label}", result)
            if args.examples:
                print_examples(result)
            results[label] = {
                "notes": result.notes,
                "kilobytes": round(result.kilobytes, 1),
                "seconds": round(result.seconds, 3),
                "notes_per_s": round(result.notes / result.seconds, 1) if result.seconds else None,
                "ms_per_kb": round(1000 * result.seconds / result.kilobytes, 3) if result.kilobytes else None,
                "rows": result.tally.rows(),
                "missed_examples": dict(result.tally.missed_examples),
                "false_examples": dict(result.tally.false_examples),
            }
        report["profiles"][profile] = {"available": True, "notes_per_set": count, "datasets": results}
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
