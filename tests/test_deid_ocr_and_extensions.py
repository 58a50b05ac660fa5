"""Numbers as faxes, OCR and switchboards write them: extensions, CSV cells, letters read for digits.

Fixtures are written for this file. Each case says what must be found and what must be left alone.
"""

from __future__ import annotations

import pytest

from integration.deid import DeidSession
from integration.deid.ocr_digits import ocr_view
from tests.deid_support import covered, lite


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Switchboard (01632) 960412 x17 for the ward.", "(01632) 960412 x17"),
        ("Ring 0117 496 0123 ext. 4410 after six.", "0117 496 0123 ext. 4410"),
        ("Clinic line (0471) 2233445 Extn. 38 | fax below", "(0471) 2233445 Extn. 38"),
        ("Desk: (0891) 6655443 (Ext-212), ask for the nurse.", "(0891) 6655443 (Ext-212)"),
        ("Office 415-555-0199 extension 2201.", "415-555-0199 extension 2201"),
        ("4471,O. Mensah (reg),(01632) 960412 x06,ROW 9", "(01632) 960412 x06"),
    ],
)
def test_extensions_and_csv_cells_stay_with_their_number(text: str, phone: str) -> None:
    assert covered(text, phone), phone


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("FAX NO: +3S3 61 4O9 9454  received", "+3S3 61 4O9 9454"),
        ("Tel: 087 9l0 364Z   Hosp No: see label", "087 9l0 364Z"),
        ("Fax (9l4) 69B-4471 Date: see header", "(9l4) 69B-4471"),
        ("Mobile: O85 499 2S55 (patient)", "O85 499 2S55"),
        ("Scanned referral dated 11/O9/2O23 from the GP", "11/O9/2O23"),
        ("MRN: 4O1Z77B3 on the wristband copy", "4O1Z77B3"),
        ("手机：138O0l38O05（传真件识别）", "138O0l38O05"),
    ],
)
def test_numbers_with_ocr_letters_are_read_back(text: str, value: str) -> None:
    language = "zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en"
    assert covered(text, value, language), value


@pytest.mark.parametrize(
    "text",
    [
        "On O2 2L via nasal cannula, sats 94%.",
        "Vitamin B12 500 mcg and B6 daily; 2D echo booked.",
        "S1 S2 normal, no added sounds. Is he OK? So far so good.",
        "Power 4 of 5 in both legs; IgG and IgA normal; is it OK?",
        "Spun at 3000g for 10min; cycles of 95 30s, 55 40s, 72 50s; nitrite under 0.07g/kg.",
        "Pump log |12|30s| then |4|15s| as charted.",
    ],
)
def test_clinical_text_with_such_letters_is_left_alone(text: str) -> None:
    session = DeidSession(lite(), ())
    assert session.text(text, "en") == text


def test_ocr_view_keeps_offsets_and_only_touches_number_words() -> None:
    text = "Fax (9l4) 69B-4477, Dr Bloggs, Ward 2O"
    view = ocr_view(text)
    assert view is not None
    corrected, changed = view
    assert len(corrected) == len(text)
    assert corrected == "Fax (914) 698-4477, Dr Bloggs, Ward 20"
    assert [text[a:b] for a, b in changed] == ["9l4", "69B", "2O"]
    assert ocr_view("Plain words and 12345 digits only.") is None


def test_ocr_detections_replace_the_original_characters() -> None:
    session = DeidSession(lite(), ())
    out = session.text("Fax (9l4) 69B-4477 today", "en")
    assert "69B" not in out and "4477" not in out and "<PHONE_1>" in out
    assert session.mapping["<PHONE_1>"] == "(9l4) 69B-4477"
