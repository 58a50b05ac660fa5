"""HL7 v2 acknowledgements: build them for what we received, read them for what we sent.

An ACK is written in the message's own delimiters and character set, with MSH-18 echoed; the
sender's MSH-3/4 and MSH-5/6 are swapped and copied byte-for-byte (see
:class:`connectors.hl7v2.header.HeaderReading`). Original mode answers AA/AE/AR, enhanced mode
(MSH-15 valued) answers with the commit codes CA/CE/CR. An error carries an ERR segment with codes
and a location only, never message content: v2.5+ ERR-2 (location), ERR-3 (HL7 table 0357 code as
CWE) and ERR-4 (severity), plus the v2.3-style ERR-1 for receivers that predate v2.5.
"""

from __future__ import annotations

import itertools
import os
import re
import time
from dataclasses import dataclass

from connectors.hl7v2.header import TABLE_0357, HeaderReading
from integration.ingest_hl7 import Hl7Problem

ACCEPT_CODES = frozenset({"AA", "CA"})
_ENHANCED = {"AA": "CA", "AE": "CE", "AR": "CR"}
# Before v2.3.1 MSH-9 had two components (no message structure).
_TWO_COMPONENT_MSH9 = frozenset({"2.1", "2.2", "2.3"})
_ids = itertools.count(1)
_ID_PREFIX = f"{os.getpid() % 100000:05d}"


def ack_code(reading: HeaderReading, problem: Hl7Problem | None) -> str:
    """AA/AE/AR, or CA/CE/CR when the sender asked for enhanced mode (MSH-15 valued).

    Every message is answered, even when MSH-15 says NE, or ER/SU and the outcome does not match:
    an MLLP peer that waits for a reply anyway (most do, whatever MSH-15 says) would otherwise
    stall until its timeout and resend forever, while a peer that really does not read replies
    only leaves a few bytes unread. MSH-16 (application ACKs) is not honoured: processing is
    asynchronous and its outcome is visible in the console, not sent back as a later ACK.
    """
    code = problem.ack_code if problem else "AA"
    return _ENHANCED.get(code, code) if reading.enhanced else code


def new_control_id() -> str:
    """A fresh MSH-10: at most 20 characters (the v2.5 length), unique per process and time."""
    return f"{_ID_PREFIX}{time.time_ns() // 1_000_000 % 10**9:09d}{next(_ids) % 1_000_000:06d}"


def build_ack(reading: HeaderReading, code: str, problem: Hl7Problem | None = None) -> bytes:
    """The ACK message (unframed) answering the message ``reading`` describes."""
    d = reading.delimiters
    f, c, s = d.field, d.component, d.subcomponent
    version_field = reading.msh_field(12) or "2.5.1"
    version = version_field.split(c)[0].strip()
    trigger = reading.trigger
    msh9 = f"ACK{c}{trigger}" if version in _TWO_COMPONENT_MSH9 else f"ACK{c}{trigger}{c}ACK"
    msh = [
        "MSH",
        reading.encoding_chars,
        reading.msh_field(5),
        reading.msh_field(6),
        reading.msh_field(3),
        reading.msh_field(4),
        time.strftime("%Y%m%d%H%M%S+0000", time.gmtime()),
        "",
        msh9,
        new_control_id(),
        reading.msh_field(11) or "P",
        version_field,
    ]
    if reading.msh_field(18):
        msh += ["", "", "", "", "", reading.msh_field(18)]
    segments = [f.join(msh)]
    msa = ["MSA", code, reading.msh_field(10)]
    if problem is not None:
        msa.append(TABLE_0357.get(problem.code, ""))  # MSA-3: what v2.1-2.3 receivers display
    segments.append(f.join(msa))
    if problem is not None:
        text = TABLE_0357.get(problem.code, "")
        location = c.join(problem.location.split("^")) if problem.location else ""
        err1 = (
            f"{location}{c}{problem.code}{s}{text}{s}HL70357"
            if location
            else f"{c}{c}{c}{problem.code}{s}{text}{s}HL70357"
        )
        err3 = f"{problem.code}{c}{text}{c}HL70357"
        segments.append(f.join(["ERR", err1, location, err3, "E"]))
    return ("\r".join(segments) + "\r").encode(reading.codec, "surrogateescape")


@dataclass(frozen=True)
class AckResult:
    """An acknowledgement as the sender sees it."""

    code: str  # MSA-1: AA/AE/AR/CA/CE/CR; "" when the reply was not a readable ACK
    control_id: str  # MSA-2: the MSH-10 it answers
    raw: bytes
    error_codes: tuple[str, ...] = ()  # HL7 table 0357 codes from ERR-3 (or ERR-1.4 on old receivers)
    error_locations: tuple[str, ...] = ()  # ERR-2 (or ERR-1.1-3), e.g. "MSH^1^10"
    latency_s: float = 0.0

    @property
    def accepted(self) -> bool:
        return self.code in ACCEPT_CODES


def parse_ack(raw: bytes) -> AckResult:
    """Read MSA-1/MSA-2 and the ERR codes of an ACK. Lenient: never raises."""
    if not raw.startswith(b"MSH") or len(raw) < 8:
        return AckResult("", "", raw)
    sep = raw[3:4]
    comp = raw[4:5]
    sub = raw[7:8] if raw[7:8] and raw[7:8] != sep else b"&"
    text = raw.decode("latin-1")  # only ASCII codes and ids are read; latin-1 never fails
    f, c, s = sep.decode("latin-1"), comp.decode("latin-1"), sub.decode("latin-1")
    segments = [seg.lstrip("\n") for seg in re.split(r"\r\n|\r|\n", text) if seg.strip()]
    code = control_id = ""
    codes: list[str] = []
    locations: list[str] = []
    for seg in segments:
        fields = seg.split(f)
        if fields[0] == "MSA":
            code = fields[1].strip().upper() if len(fields) > 1 else ""
            control_id = fields[2].strip() if len(fields) > 2 else ""
        elif fields[0] == "ERR":
            err3 = fields[3].split(c)[0].strip() if len(fields) > 3 else ""
            err2 = fields[2].strip() if len(fields) > 2 else ""
            err1 = fields[1].split(c) if len(fields) > 1 else []
            if not err3 and len(err1) > 3:
                err3 = err1[3].split(s)[0].strip()
            if not err2 and err1 and any(p.strip() for p in err1[:3]):
                err2 = c.join(err1[:3])
            if err3:
                codes.append(err3)
            if err2:
                locations.append("^".join(err2.split(c)))
    return AckResult(code, control_id, raw, tuple(codes), tuple(locations))
