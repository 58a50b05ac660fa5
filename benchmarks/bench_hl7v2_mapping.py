"""HL7 v2 → FHIR mapping throughput on one core: hl7apy full parse vs the mapping path.

Synthetic, fictional inputs shaped like the performance notes' anchors: an ORU^R01 v2.5 with 30 OBX
(NM with units, ranges and flags) and an ADT^A01 with NK1, AL1 and DG1. Each case is warmed up, run
for a calibrated number of iterations (≥ ``--min-seconds``) ``--trials`` times, and the median rate
is printed. The process is pinned to one core with ``os.sched_setaffinity`` where available.

    .venv/bin/python benchmarks/bench_hl7v2_mapping.py
    .venv/bin/python benchmarks/bench_hl7v2_mapping.py --trials 7 --min-seconds 0.5 --core 1

Target (issue 3): ≥ 200 ORU^R01 (30 OBX) per second per core on the mapping path.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable

from connectors.hl7v2.mapping import Hl7v2Mapper
from connectors.hl7v2.parse import parse

TESTS = [
    ("2345-7", "Glucose", "mg/dL", "70-99", "112", "H"),
    ("2951-2", "Sodium", "mmol/L", "135-145", "139", "N"),
    ("2823-3", "Potassium", "mmol/L", "3.5-5.1", "4.2", "N"),
    ("2075-0", "Chloride", "mmol/L", "98-107", "101", "N"),
    ("2028-9", "CO2", "mmol/L", "22-29", "25", "N"),
    ("3094-0", "Urea nitrogen", "mg/dL", "7-20", "15", "N"),
    ("2160-0", "Creatinine", "mg/dL", "0.6-1.3", "1.6", "H"),
    ("17861-6", "Calcium", "mg/dL", "8.6-10.3", "9.4", "N"),
    ("2885-2", "Protein", "g/dL", "6.0-8.3", "7.1", "N"),
    ("1751-7", "Albumin", "g/dL", "3.5-5.0", "3.1", "L"),
]


def synthetic_oru(n_obx: int = 30) -> bytes:
    segments = [
        "MSH|^~\\&|LIS|HOSP|MEDGO|HOSP|20260512083000+0800||ORU^R01^ORU_R01|LAB000123|P|2.5|||AL|NE|CHN|UNICODE UTF-8",
        "PID|1||900001^^^HOSP^MR||TEST^PATIENT^A||19600101|F|||1 TEST ROAD^^TESTCITY^^100000^CHN||^PRN^PH^^^10^5550100",
        "PV1|1|I|WARD1^101^2^HOSP||||1001^DOCTOR^TEST|||MED|||||||||V900001^^^HOSP^VN|||||||||||||||||||||||||20260510080000+0800",
        "ORC|RE|ORD1^EMR|FIL1^LIS",
        "OBR|1|ORD1^EMR|FIL1^LIS|24323-8^Comprehensive metabolic panel^LN|||20260512070000+0800"
        "|||||||||1001^DOCTOR^TEST||||||20260512082900+0800||CH|F",
    ]
    for i in range(n_obx):
        code, name, unit, rng, value, flag = TESTS[i % len(TESTS)]
        segments.append(
            f"OBX|{i + 1}|NM|{code}^{name}^LN|{i // len(TESTS) + 1}|{value}|{unit}^{unit}^UCUM|{rng}|{flag}"
            "|||F|||20260512070000+0800"
        )
    segments.append("NTE|1|L|Specimen slightly hemolysed.")
    return ("\r".join(segments) + "\r").encode("utf-8")


def synthetic_adt() -> bytes:
    segments = [
        "MSH|^~\\&|HIS|HOSP|MEDGO|HOSP|20260510080000+0800||ADT^A01^ADT_A01|ADT000456|P|2.5|||AL|NE|CHN|UNICODE UTF-8",
        "EVN|A01|20260510080000+0800",
        "PID|1||900001^^^HOSP^MR~110101196001010000^^^CHN^NNCHN||TEST^PATIENT^A||19600101|F"
        "|||1 TEST ROAD^^TESTCITY^^100000^CHN||^PRN^PH^^^10^5550100|||M",
        "NK1|1|TEST^SPOUSE|SPO^Spouse^HL70063||^PRN^PH^^^10^5550101",
        "NK1|2|TEST^CHILD|CHD^Child^HL70063",
        "PV1|1|I|WARD1^101^2^HOSP||||1001^DOCTOR^TEST|||MED||||7|||1001^DOCTOR^TEST||V900001^^^HOSP^VN|||||||||||||||||||||||||20260510080000+0800",
        "AL1|1|DA|70618^Penicillin^RXNORM|SV|Hives~Wheezing",
        "AL1|2|FA|256349002^Peanut^SCT|MO|Rash",
        "DG1|1||I10^Essential hypertension^I10||20260510|A",
        "DG1|2||E11.9^Type 2 diabetes mellitus^I10||20260510|A",
    ]
    return ("\r".join(segments) + "\r").encode("utf-8")


def pin(core: int | None) -> str:
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity)"
    cores = sorted(os.sched_getaffinity(0))
    chosen = core if core is not None and core in cores else cores[-1]
    os.sched_setaffinity(0, {chosen})
    return f"pinned to core {chosen}"


def rate(fn: Callable[[], object], *, trials: int, min_seconds: float) -> tuple[float, float]:
    """Median operations/s and median ms/op."""
    for _ in range(3):
        fn()
    n = 1
    while True:
        start = time.perf_counter()
        for _ in range(n):
            fn()
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds / 4:
            break
        n *= 2
    n = max(1, int(n * min_seconds / max(elapsed, 1e-9)))
    rates = []
    for _ in range(trials):
        start = time.perf_counter()
        for _ in range(n):
            fn()
        rates.append(n / (time.perf_counter() - start))
    median = statistics.median(rates)
    return median, 1000.0 / median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trials", type=int, default=5)
    parser.add_argument("--min-seconds", type=float, default=0.3)
    parser.add_argument("--core", type=int, default=None, help="core to pin to (default: the last allowed)")
    parser.add_argument("--obx", type=int, default=30)
    args = parser.parse_args()

    from hl7apy.consts import VALIDATION_LEVEL
    from hl7apy.parser import parse_message

    pinned = pin(args.core)
    oru, adt = synthetic_oru(args.obx), synthetic_adt()
    mapper = Hl7v2Mapper(timezone="Asia/Shanghai")

    def hl7apy_parse(raw: bytes) -> Callable[[], object]:
        text = raw.decode("utf-8")
        return lambda: parse_message(text, validation_level=VALIDATION_LEVEL.TOLERANT, find_groups=True)

    def hl7apy_parse_read(raw: bytes) -> Callable[[], object]:
        text = raw.decode("utf-8")

        def run() -> object:
            msg = parse_message(text, validation_level=VALIDATION_LEVEL.TOLERANT, find_groups=False)
            return [seg.obx_5.value for seg in msg.children if seg.name == "OBX"], msg.pid.pid_3.value

        return run

    cases: list[tuple[str, str, Callable[[], object]]] = []
    for label, raw in ((f"ORU^R01 ({args.obx} OBX, {len(oru)} B)", oru), (f"ADT^A01 ({len(adt)} B)", adt)):
        cases += [
            (label, "hl7apy parse_message (TOLERANT, find_groups)", hl7apy_parse(raw)),
            (label, "hl7apy parse_message + read PID-3/OBX-5", hl7apy_parse_read(raw)),
            (label, "ours: decode + split (parse)", lambda raw=raw: parse(raw)),  # type: ignore[misc]
            (label, "ours: full mapping to FHIR (Hl7v2Mapper.map)", lambda raw=raw: mapper.map(raw, source="bench")),  # type: ignore[misc]
        ]
    mapped = mapper.map(oru, source="bench")
    print(f"medgo-bridge HL7 v2 mapping benchmark — {pinned}; trials={args.trials}, ≥{args.min_seconds}s each")
    print(f"ORU maps to {len(mapped.resources)} resources; warnings: {mapped.warnings or 'none'}")
    print(f"{'message':<28} {'operation':<48} {'msgs/s':>10} {'ms/msg':>9}")
    results: dict[tuple[str, str], float] = {}
    for label, name, fn in cases:
        per_s, ms = rate(fn, trials=args.trials, min_seconds=args.min_seconds)
        results[(label, name)] = per_s
        print(f"{label:<28} {name:<48} {per_s:>10.1f} {ms:>9.3f}")
    oru_label = next(k[0] for k in results if k[0].startswith("ORU"))
    ours = results[(oru_label, "ours: full mapping to FHIR (Hl7v2Mapper.map)")]
    theirs = results[(oru_label, "hl7apy parse_message (TOLERANT, find_groups)")]
    verdict = "meets" if ours >= 200 else "MISSES"
    print(
        f"ORU mapping path: {ours:.0f} msgs/s/core ({ours / theirs:.0f}x hl7apy full parse); "
        f"{verdict} the ≥200/s target"
    )


if __name__ == "__main__":
    main()
