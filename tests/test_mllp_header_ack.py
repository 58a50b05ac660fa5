"""Reading MSH without a full parse, the AE/AR verdicts (HL7 table 0357), and the ACKs we build."""

from __future__ import annotations

import pytest

from connectors.hl7v2.batch import split_messages
from connectors.hl7v2.header import SUPPORTED_VERSIONS, read_header
from connectors.mllp.ack import ack_code, build_ack, parse_ack


def adt(
    control_id: str = "MSG0001",
    *,
    version: str = "2.5.1",
    charset: str = "",
    name: str = "DOE^JANE",
    msh15: str = "",
    encoding: str = "utf-8",
    facility: str = "HOSP",
    sep: str = "\r",
) -> bytes:
    msh = ["MSH", "^~\\&", "ADT", facility, "MEDGO", "AI", "20260512083000", "", "ADT^A01^ADT_A01", control_id, "P"]
    msh += [version, "", "", msh15, "", "", charset]
    # Joining "MSH" and "^~\\&" with "|" yields MSH-1 (the separator itself) and MSH-2.
    segments = [
        "|".join(msh),
        "EVN|A01|20260512083000",
        f"PID|1||MRN-{control_id}^^^HOSP^MR||{name}||19610402|F",
        "PV1|1|I|W1^101^1",
    ]
    return (sep.join(segments) + sep).encode(encoding)


def fields(segment: bytes, sep: bytes = b"|") -> list[bytes]:
    return segment.split(sep)


def ack_segments(ack: bytes) -> dict[bytes, list[bytes]]:
    return {seg[:3]: fields(seg, seg[3:4]) for seg in ack.split(b"\r") if seg}


# --- reading ------------------------------------------------------------------------------------


def test_reads_header_fields_and_pid3() -> None:
    reading = read_header(adt(charset="UNICODE UTF-8"))
    assert reading.problem is None
    h = reading.header
    assert (h.sending_application, h.sending_facility) == ("ADT", "HOSP")
    assert (h.message_type, h.control_id, h.version, h.charset) == (
        "ADT^A01^ADT_A01",
        "MSG0001",
        "2.5.1",
        "UNICODE UTF-8",
    )
    assert h.patient_id == "MRN-MSG0001"
    assert reading.source == "ADT^HOSP"
    assert reading.trigger == "A01"
    assert not reading.enhanced


def test_configured_source_wins() -> None:
    assert read_header(adt(), source="LIS-1").source == "LIS-1"


@pytest.mark.parametrize("sep", ["\r", "\n", "\r\n"])
def test_segment_terminators_cr_lf_crlf_read_alike(sep: str) -> None:
    reading = read_header(adt(sep=sep))
    assert reading.problem is None
    assert reading.header.patient_id == "MRN-MSG0001"


def test_lf_inside_a_cr_terminated_message_is_data() -> None:
    msg = adt().replace(b"DOE^JANE", b"DOE^JANE\nSECOND LINE")
    assert read_header(msg).problem is None


def test_bom_and_leading_blank_lines_are_tolerated() -> None:
    assert read_header(b"\xef\xbb\xbf\r\n" + adt()).problem is None


def test_non_default_delimiters_are_honoured() -> None:
    # Field separator ^ and component separator ~, as in hapi's segmentfinder_a24 test file.
    msg = b"MSH^~|\\&^SEND^FAC^RECV^FAC2^20120918173931^^ADT~A24^CTRL-9^T^2.4^^^AL^AL\rPID^1^^11111~~~FOO^^SMITH~JOHN\r"
    reading = read_header(msg)
    assert reading.problem is None
    assert reading.header.control_id == "CTRL-9"
    assert reading.header.message_type == "ADT~A24"
    assert reading.trigger == "A24"
    assert reading.header.patient_id == "11111"
    assert reading.enhanced
    ack = build_ack(reading, ack_code(reading, None))
    assert ack.startswith(b"MSH^~|\\&^RECV^FAC2^SEND^FAC^")
    msa = ack_segments(ack)[b"MSA"]
    assert msa[:3] == [b"MSA", b"CA", b"CTRL-9"]
    assert b"^ACK~A24~ACK^" in ack


def test_short_encoding_characters_take_defaults() -> None:
    msg = b"MSH|^~}|ADMISSION|ADT1|RADIOLOGY|MIR1|19930502185327||BAR^P01|908594|P|2.4\rEVN|P01|1993\r"
    reading = read_header(msg)
    assert reading.problem is None
    assert reading.delimiters.escape == "}"
    assert reading.delimiters.subcomponent == "&"
    assert build_ack(reading, "AA").startswith(b"MSH|^~}&|")


@pytest.mark.parametrize(
    ("raw", "ack", "code", "location"),
    [
        (b"", "AR", "100", ""),
        (b"\r\n\r\n", "AR", "100", ""),
        (b"\x00\x00\x02MSH|0000|||M|M||||||2.80MMMMM0S0", "AR", "100", ""),
        (b"PID|1||123\rMSH|^~\\&|A|B|C|D|2026||ADT^A01|1|P|2.5\r", "AR", "100", ""),
        (b"MSHH0\r", "AR", "102", "MSH^1^1"),
        (b"MSH|^~\\\\&|SE050|050|PACS|050|2012||ADT^A01|102|T|2.6\r", "AR", "102", "MSH^1^2"),
        (b"MSH|^\xfd00|||R||0||ADT^A07||T|2.7|\r", "AR", "102", "MSH^1^2"),
        (b"MSH|^|||||||ADT^A40|||2.8\rIN2|||\r", "AR", "101", "MSH^1^10"),
        (b"MSH|^~\\&|A|B|C|D|2026|||1|P|2.5\r", "AR", "101", "MSH^1^9"),
        (b"MSH|^~\\&|A|B|C|D|2026||ADT^A01|1|P|\r", "AR", "101", "MSH^1^12"),
        (b"MSH|^~\\&|A|B|C|D|2026||ADT^A01|1|P\r", "AR", "101", "MSH^1^12"),
        (b"MSH|^~\\&|A|B|C|D|2026||ADT^A01|1|P|2.9\r", "AR", "203", "MSH^1^12"),
        (b"MSH|^~\\&|A|B|C|D|2026||ADT^A01|1|P|3.0\r", "AR", "203", "MSH^1^12"),
        (b"MSH|^~\\&|A|B|C|D|2026||ADT^A01|1|P|2.5\rWHOOPS||CE|X\r", "AR", "100", ""),
        (b"MSH|^~\\&|A|B|C|D|2026||ADT^A01|1|P|2.5\rpid|1\r", "AR", "100", ""),
        (b"MSH|^~\\&|A|B|C|D|2026||ADT^A01|1|P|2.5||||||KLINGON\rPID|1\r", "AE", "103", "MSH^1^18"),
    ],
)
def test_structural_problems_get_precise_codes(raw: bytes, ack: str, code: str, location: str) -> None:
    problem = read_header(raw).problem
    assert problem is not None
    assert (problem.ack_code, problem.code, problem.location) == (ack, code, location)


def test_all_supported_versions_and_vid_components() -> None:
    for version in sorted(SUPPORTED_VERSIONS):
        assert read_header(adt(version=version)).problem is None, version
    assert read_header(adt(version="2.5.1^CHN^2.0")).header.version == "2.5.1"


def test_undecodable_bytes_are_ae_with_the_field_located() -> None:
    msg = adt(name="DOE^JANE").replace(b"DOE^JANE", b"DO\xff\xfe^JANE")
    problem = read_header(msg).problem
    assert problem is not None
    assert (problem.ack_code, problem.code, problem.location) == ("AE", "102", "PID^1^5")
    assert "DO" not in problem.text  # codes and locations only


def test_charset_default_and_per_source_override() -> None:
    gb = adt(name="王^秀英", encoding="gb18030")  # no MSH-18: the UTF-8 default cannot read it
    assert read_header(gb).problem is not None
    assert read_header(gb, default_charset="GB 18030-2000").problem is None
    reading = read_header(gb, charset_overrides={"ADT^HOSP": "GBK"})
    assert reading.problem is None
    assert reading.header.charset == "GBK"
    assert reading.codec == "gb18030"


def test_gb18030_is_decoded_before_splitting_so_trail_bytes_do_not_split_fields() -> None:
    # 東 is 0x96 0x7C in GBK/GB18030: its second byte is "|". A byte-level split would break PID.
    name = "東^秀英"
    assert b"|" in "東".encode("gb18030")
    msg = adt(name=name, charset="GB 18030-2000", encoding="gb18030")
    msg = msg.replace(b"||19610402", "||19610402|||東城區".encode("gb18030"))
    reading = read_header(msg)
    assert reading.problem is None
    assert reading.header.patient_id == "MRN-MSG0001"
    text = msg.decode("gb18030")
    assert text.split("\r")[2].split("|")[5] == name


# --- acknowledgements ---------------------------------------------------------------------------


def test_aa_swaps_sender_and_receiver_and_echoes_what_it_must() -> None:
    msg = adt("CTRL-42", charset="UNICODE UTF-8")
    reading = read_header(msg)
    ack = build_ack(reading, ack_code(reading, None))
    segs = ack_segments(ack)
    msh = segs[b"MSH"]
    assert msh[2:6] == [b"MEDGO", b"AI", b"ADT", b"HOSP"]
    assert msh[8] == b"ACK^A01^ACK"
    assert msh[9] and msh[9] != b"CTRL-42" and len(msh[9]) <= 20
    assert msh[10:12] == [b"P", b"2.5.1"]
    assert msh[17] == b"UNICODE UTF-8"
    assert segs[b"MSA"] == [b"MSA", b"AA", b"CTRL-42"]
    assert b"ERR" not in segs
    assert fields(build_ack(reading, "AA").split(b"\r")[0])[9] != msh[9]


def test_old_versions_get_a_two_component_msh9() -> None:
    reading = read_header(adt(version="2.3"))
    assert ack_segments(build_ack(reading, "AA"))[b"MSH"][8] == b"ACK^A01"


def test_ack_is_written_in_the_message_charset_with_msh18_echoed() -> None:
    msg = adt("G1", charset="GB 18030-2000", encoding="gb18030", facility="北京协和", name="王^秀英")
    reading = read_header(msg)
    assert reading.problem is None
    ack = build_ack(reading, "AA")
    assert "北京协和".encode("gb18030") in ack  # MSH-4 became MSH-6, byte-exact
    assert ack_segments(ack)[b"MSH"][17] == b"GB 18030-2000"
    assert "王".encode("gb18030") not in ack


def test_error_ack_carries_err_with_codes_and_location_only() -> None:
    msg = adt("E1", name="DOE^JANE").replace(b"2.5.1", b"9.9")
    reading = read_header(msg)
    assert reading.problem is not None
    ack = build_ack(reading, ack_code(reading, reading.problem), reading.problem)
    segs = ack_segments(ack)
    assert segs[b"MSA"][:3] == [b"MSA", b"AR", b"E1"]
    err = segs[b"ERR"]
    assert err[1] == b"MSH^1^12^203&Unsupported version id&HL70357"  # v2.3-style ERR-1
    assert err[2] == b"MSH^1^12"  # ERR-2 location
    assert err[3] == b"203^Unsupported version id^HL70357"  # ERR-3 CWE from table 0357
    assert err[4] == b"E"  # ERR-4 severity
    for phi in (b"DOE", b"JANE", b"MRN-E1", b"19610402"):
        assert phi not in ack


def test_undecodable_message_still_gets_an_ae_with_msa2() -> None:
    msg = adt("U1").replace(b"DOE^JANE", b"D\xc3(^JANE")
    reading = read_header(msg)
    problem = reading.problem
    assert problem is not None
    ack = build_ack(reading, ack_code(reading, problem), problem)
    parsed = parse_ack(ack)
    assert (parsed.code, parsed.control_id, parsed.error_codes, parsed.error_locations) == (
        "AE",
        "U1",
        ("102",),
        ("PID^1^5",),
    )


def test_bad_encoding_characters_still_echo_msh10() -> None:
    reading = read_header(b"MSH|^~\\\\&|SE050|050|PACS|050|2012||ADT^A01|102|T|2.6\r")
    ack = build_ack(reading, "AR", reading.problem)
    assert ack.startswith(b"MSH|^~\\&|PACS|050|SE050|050|")
    assert parse_ack(ack).control_id == "102"


@pytest.mark.parametrize(
    ("msh15", "problem_ack", "expected"), [("AL", None, "CA"), ("ER", "AE", "CE"), ("SU", "AR", "CR")]
)
def test_enhanced_mode_uses_commit_codes(msh15: str, problem_ack: str | None, expected: str) -> None:
    msg = adt(msh15=msh15)
    if problem_ack == "AE":
        msg = msg.replace(b"DOE", b"D\xff")
    elif problem_ack == "AR":
        msg = msg.replace(b"|2.5.1|", b"|1.0|")
    reading = read_header(msg)
    assert reading.enhanced
    assert ack_code(reading, reading.problem) == expected
    assert parse_ack(build_ack(reading, expected, reading.problem)).code == expected


def test_parse_ack_reads_old_style_err1() -> None:
    raw = b"MSH|^~\\&|R|F|S|F|2026||ACK|9|P|2.3\rMSA|AE|C7|bad\rERR|PID^1^3^101&Required field missing&HL70357\r"
    parsed = parse_ack(raw)
    assert (parsed.code, parsed.control_id, parsed.error_codes, parsed.error_locations) == (
        "AE",
        "C7",
        ("101",),
        ("PID^1^3",),
    )
    assert not parsed.accepted
    assert parse_ack(b"garbage").code == ""


# --- files --------------------------------------------------------------------------------------


def test_split_files_with_envelopes_bom_and_mixed_line_ends() -> None:
    one, two = adt("F1", sep="\r\n"), adt("F2", sep="\n")
    data = b"\xef\xbb\xbfFHS|^~\\&|X\r\nBHS|^~\\&|X\r\n" + one + b"\r\n" + two + b"BTS|2\nFTS|1\n\n\n"
    messages = split_messages(data)
    assert [read_header(m).header.control_id for m in messages] == ["F1", "F2"]
    assert all(m.endswith(b"\r") and b"\n" not in m for m in messages)
    assert messages[0] == adt("F1")


def test_split_keeps_text_before_the_first_msh_as_its_own_item() -> None:
    messages = split_messages(b"/* a comment */\n" + adt("F3", sep="\n"))
    assert len(messages) == 2
    assert read_header(messages[0]).problem is not None
    assert read_header(messages[1]).header.control_id == "F3"


def test_a_raw_cr_inside_obx5_base64_is_a_continuation_not_a_bad_segment() -> None:
    head = b"MSH|^~\\&|LIS|H|EMR|H|20260101||ORU^R01|C1|P|2.5.1\rPID|1||1^^^H^MR\r"
    split = head + b"OBX|1|ED|PDF^Report||^application^pdf^Base64^JVBERi0xLjQK\rdGVzdA+/0=||||||F\r"
    assert read_header(split).problem is None
    # a genuinely bad segment id is still refused, even right after an OBX
    bad = head + b"OBX|1|NM|1^x||1|||N|||F\rWHOOPS|1|2\r"
    problem = read_header(bad).problem
    assert problem is not None and problem.code == "100"
