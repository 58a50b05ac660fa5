"""Every corpus HL7 v2 message over a real TCP socket, and an independent client (python-hl7).

The corpus README warns that the "malformed" files are broken in different ways and that a
tolerant reader may accept some of them. The verdict for each is decided below, file by file,
with the reason; the well-formed folder has three exceptions, also explained.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from connectors.hl7v2.batch import split_file
from connectors.hl7v2.header import read_header
from connectors.mllp.client import SyncMllpClient
from connectors.mllp.server import RunningServer
from tests.test_mllp_server import embedded, rows

pytestmark = pytest.mark.corpus

# (file, 1-based message index) -> (MSA-1, ERR-3 code) where the answer is not plain acceptance.
WELL_FORMED_EXCEPTIONS = {
    # Two messages of this example file have an empty MSH-10 (required): nothing to correlate the
    # ACK with and nothing to deduplicate on.
    ("hapi_example_oml_o21.hl7", 11): ("AR", "101"),
    ("hapi_example_oml_o21.hl7", 12): ("AR", "101"),
}

# Malformed files: the answer to each item batch.py splits the file into (empty file: one empty frame).
# Enhanced-mode senders (MSH-15 valued) get CA/CR instead of AA/AR.
_COMMENTED = ("AR", "100")  # a "// ..." comment line after the message is an invalid segment
MALFORMED: dict[str, list[tuple[str, str | None]]] = {
    # Segments "WHOOPS" and "ID" (a mangled PID) are not segment ids; MSH-15 is ER.
    "cdc-iis_testencoding.hl7": [("CR", "100"), ("CR", "100")],
    # A file of 18 example messages with /* */ and // comment lines: the leading comment is an item
    # of its own (no MSH: AR 100); messages followed by a comment line are refused (AR 100);
    # the others, including those with the non-standard encoding characters ^~\} and ^~}, are
    # accepted, since those delimiters are unambiguous (escape "}", defaults for the rest).
    "hapi_messages_with_comments.txt": [
        ("AR", "100"),  # the opening /* ... */ comment
        ("CR", "100"),  # ORU^R01, MSH-15 AL, followed by "// *** Original message"
        ("AA", None),  # BAR^P01 with ^~\}
        _COMMENTED,  # the ACK^ message
        _COMMENTED,
        _COMMENTED,
        _COMMENTED,
        ("AA", None),  # BAR^P01 v2.4, directly followed by the next MSH
        _COMMENTED,  # v2.1 BAR^P01
        _COMMENTED,
        _COMMENTED,  # ^~} (three encoding characters)
        _COMMENTED,
        _COMMENTED,
        ("AA", None),
        ("CA", None),  # ORM^O01 v2.2, MSH-15 NE: answered all the same (see server docs)
        ("CA", None),
        ("CA", None),  # MSH-15 AL
        ("AA", None),  # QRY^Q01 v2.1
        _COMMENTED,  # the last QRY, followed by the closing /* ... */ comment
    ],
    # Field separator "^" and component separator "~": unusual but unambiguous, so accepted.
    "hapi_segmentfinder_a24_caret_field_sep.hl7": [("CA", None)],
    # MSH-2 "^~\\&" repeats the escape character as the sub-component separator: ambiguous.
    # The field separator is fine, so MSH-15 (AL) is still read: enhanced mode, CR.
    "lfh_sample_unix.hl7": [("CR", "102")],
    "lfh_sample_win.hl7": [("CR", "102")],
    "nhapi_aoor1_empty.hl7": [("AR", "100")],  # empty
    "nhapi_fuzz_id_000014.hl7": [("AR", "100")],  # NUL bytes before MSH
    "nhapi_fuzz_id_000087.hl7": [("AR", "102")],  # a non-ASCII byte and a repeat in MSH-2
    "nhapi_nullref1.hl7": [("AR", "102")],  # "MSHH0": no usable field separator
    "nhapi_stackoverflow1.hl7": [("AR", "101")],  # MSH-10 empty
}


def _expected_plain(message: bytes) -> str:
    return "CA" if read_header(message).enhanced else "AA"


@pytest.fixture
def listener(make_services: Any) -> Iterator[tuple[Any, RunningServer]]:
    services = embedded(make_services)
    server = RunningServer(services, host="127.0.0.1", port=0)
    try:
        yield services, server
    finally:
        server.stop()


def test_every_well_formed_corpus_message_is_accepted(corpus: Path, listener: tuple[Any, RunningServer]) -> None:
    services, server = listener
    files = sorted((corpus / "hl7v2").glob("*.hl7"))
    assert len(files) >= 28
    sent: list[bytes] = []
    seen_exceptions = set()
    with SyncMllpClient("127.0.0.1", server.port, timeout_s=30) as client:
        for path in files:
            for index, message in enumerate(split_file(path), start=1):
                ack = client.send(message)
                sent.append(message)
                expected = WELL_FORMED_EXCEPTIONS.get((path.name, index))
                control_id = read_header(message).header.control_id
                assert ack.control_id == control_id, (path.name, index)
                if expected is None:
                    assert (ack.code, ack.error_codes) == (_expected_plain(message), ()), (path.name, index)
                else:
                    seen_exceptions.add((path.name, index))
                    assert (ack.code, ack.error_codes[:1]) == (expected[0], (expected[1],)), (path.name, index)
    assert seen_exceptions == set(WELL_FORMED_EXCEPTIONS)
    stored = rows(services)
    assert [bytes(r.raw) for r in stored] == sent  # every message stored, byte-exact, in order
    assert len(services.dispatcher.ids) == len(sent) - len(WELL_FORMED_EXCEPTIONS)


def test_malformed_corpus_files_get_the_documented_answers(corpus: Path, listener: tuple[Any, RunningServer]) -> None:
    services, server = listener
    assert {p.name for p in (corpus / "hl7v2" / "malformed").iterdir()} == set(MALFORMED)
    total = 0
    with SyncMllpClient("127.0.0.1", server.port, timeout_s=30) as client:
        for name, expected in MALFORMED.items():
            path = corpus / "hl7v2" / "malformed" / name
            items = split_file(path) or [path.read_bytes()]
            assert len(items) == len(expected), name
            for index, (message, (code, error)) in enumerate(zip(items, expected, strict=True), start=1):
                ack = client.send(message)
                total += 1
                got = (ack.code, ack.error_codes[0] if ack.error_codes else None)
                assert got == (code, error), (name, index)
                if error is not None:
                    assert ack.raw.count(b"\rERR") == 1
                    assert f"{error}^".encode() in ack.raw and b"HL70357" in ack.raw
                    control_id = read_header(message).header.control_id
                    assert ack.control_id == control_id, (name, index)
    stored = rows(services)
    assert len(stored) == total  # refused input is stored too, for the console
    refused = sum(1 for answers in MALFORMED.values() for code, _ in answers if code in ("AR", "AE", "CR", "CE"))
    assert sum(1 for r in stored if r.status == "rejected") == refused


def test_python_hl7_client_interoperates(corpus: Path, listener: tuple[Any, RunningServer]) -> None:
    """python-hl7's own MLLPClient and its ``mllp_send`` command talk to our listener."""
    import hl7
    from hl7.client import MLLPClient

    _services, server = listener
    messages = [m for p in sorted((corpus / "hl7v2").glob("*.hl7"))[:12] for m in split_file(p)]
    with MLLPClient("127.0.0.1", server.port) as client:
        for message in messages:
            reply = client.send_message(message)
            parsed = hl7.parse(reply.strip(b"\x0b\x1c\r").decode("latin-1"))
            assert str(parsed.segment("MSA")[1]) in ("AA", "CA")
            assert str(parsed.segment("MSA")[2]) == read_header(message).header.control_id

    mllp_send = Path(sys.executable).with_name("mllp_send")
    target = corpus / "hl7v2" / "hapi_example_oml_o21.hl7"  # 13 messages in one file
    result = subprocess.run(
        [str(mllp_send), "--loose", "-f", str(target), "-p", str(server.port), "127.0.0.1"],
        capture_output=True,
        timeout=60,
        check=True,
    )
    answers = [line for line in result.stdout.split(b"\x1c") if b"MSA|" in line]
    assert len(answers) == 13
    assert sum(b"MSA|AA|" in a for a in answers) == 11  # two have an empty MSH-10: AR 101
