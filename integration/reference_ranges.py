"""Typical adult reference ranges for common LOINC codes, used only when the source gives none.

Many feeds (Synthea among them) send values without ``referenceRange`` or ``interpretation``.
A summary that cannot point at abnormal results misses what a reviewer most needs, so a small,
conservative table fills the gap; the sender's own range or flag always wins.
"""

from __future__ import annotations

from typing import Any

# code -> (low, high, unit); None = unbounded on that side.
TYPICAL: dict[str, tuple[float | None, float | None, str]] = {
    "2339-0": (70, 99, "mg/dL"),  # Glucose
    "2345-7": (70, 99, "mg/dL"),  # Glucose, serum/plasma
    "4548-4": (None, 5.7, "%"),  # Hemoglobin A1c
    "8480-6": (90, 139, "mm[Hg]"),  # Systolic BP
    "8462-4": (60, 89, "mm[Hg]"),  # Diastolic BP
    "39156-5": (18.5, 30, "kg/m2"),  # BMI
    "2093-3": (None, 200, "mg/dL"),  # Total cholesterol
    "18262-6": (None, 130, "mg/dL"),  # LDL
    "2085-9": (40, None, "mg/dL"),  # HDL
    "2571-8": (None, 150, "mg/dL"),  # Triglycerides
    "38483-4": (0.6, 1.3, "mg/dL"),  # Creatinine
    "2160-0": (0.6, 1.3, "mg/dL"),  # Creatinine, serum
    "6299-2": (7, 20, "mg/dL"),  # Urea nitrogen
    "2947-0": (135, 145, "mmol/L"),  # Sodium
    "2951-2": (135, 145, "mmol/L"),  # Sodium, serum
    "6298-4": (3.5, 5.1, "mmol/L"),  # Potassium
    "2823-3": (3.5, 5.1, "mmol/L"),  # Potassium, serum
    "718-7": (12, 17.5, "g/dL"),  # Hemoglobin
    "6690-2": (4, 11, "10*3/uL"),  # Leukocytes
    "777-3": (150, 400, "10*3/uL"),  # Platelets
    "8867-4": (50, 100, "/min"),  # Heart rate
    "9279-1": (12, 20, "/min"),  # Respiratory rate
    "8310-5": (36.1, 37.9, "Cel"),  # Body temperature
    "2708-6": (92, None, "%"),  # Oxygen saturation
    "59408-5": (92, None, "%"),  # Oxygen saturation by pulse oximetry
}


def _range_from_source(ranges: Any) -> tuple[float | None, float | None] | None:
    for rr in ranges or []:
        if not isinstance(rr, dict):
            continue
        low, high = (rr.get("low") or {}).get("value"), (rr.get("high") or {}).get("value")
        if low is not None or high is not None:
            return (float(low) if low is not None else None, float(high) if high is not None else None)
    return None


def flag_for(code: str | None, value: Any, unit: str | None, source_ranges: Any = None) -> bool | None:
    """True when outside the range, False when inside, None when we cannot tell."""
    if not isinstance(value, int | float):
        return None
    bounds = _range_from_source(source_ranges)
    if bounds is None and code in TYPICAL:
        low, high, typical_unit = TYPICAL[code]
        if unit and unit.replace(" ", "") != typical_unit:
            return None  # a different unit: comparing would be wrong
        bounds = (low, high)
    if bounds is None:
        return None
    low, high = bounds
    return (low is not None and value < low) or (high is not None and value > high)
