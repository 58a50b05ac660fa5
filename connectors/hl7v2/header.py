"""Read an HL7 v2 message's header from raw bytes, cheaply, and decide whether it can be accepted.

The listener must answer every message quickly and store it byte-exact, so this module does not
parse the message. It finds MSH, learns the delimiters from MSH-1/MSH-2 (senders do use
non-default ones), picks the character set (per-source override, then MSH-18, then the default),
decodes the whole message strictly, and reads only MSH-3/4/9/10/11/12/15/16/18 and PID-3.1. A few
structural checks decide whether the answer is AR/AE and with which HL7 table 0357 code; a
problem's text and location never contain message content, only codes, field positions and sizes.

The raw bytes are never rewritten: segment terminators CR, LF and CRLF are normalised only for
reading.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from connectors.hl7v2 import charset
from connectors.hl7v2.parse import Delimiters
from integration.ingest_hl7 import Hl7Header, Hl7Problem

# HL7 table 0357 (message error condition codes) values used here, with their table text.
SEGMENT_SEQUENCE_ERROR = "100"
REQUIRED_FIELD_MISSING = "101"
DATA_TYPE_ERROR = "102"
TABLE_VALUE_NOT_FOUND = "103"
VALUE_TOO_LONG = "104"
UNSUPPORTED_VERSION = "203"
APPLICATION_INTERNAL_ERROR = "207"
TABLE_0357 = {
    "0": "Message accepted",
    SEGMENT_SEQUENCE_ERROR: "Segment sequence error",
    REQUIRED_FIELD_MISSING: "Required field missing",
    DATA_TYPE_ERROR: "Data type error",
    TABLE_VALUE_NOT_FOUND: "Table value not found",
    VALUE_TOO_LONG: "Value too long",
    "200": "Unsupported message type",
    "201": "Unsupported event code",
    "202": "Unsupported processing id",
    UNSUPPORTED_VERSION: "Unsupported version id",
    "204": "Unknown key identifier",
    "205": "Duplicate key identifier",
    "206": "Application record locked",
    APPLICATION_INTERNAL_ERROR: "Application internal error",
}

SUPPORTED_VERSIONS = frozenset(
    {"2.1", "2.2", "2.3", "2.3.1", "2.4", "2.5", "2.5.1", "2.6", "2.7", "2.7.1", "2.8", "2.8.1", "2.8.2"}
)
DEFAULT_ENCODING_CHARS = "^~\\&"
_SEGMENT_ID = re.compile(r"[A-Z][A-Z0-9]{2}")
# Base64 (RFC 4648) with at least one character no segment id has: lowercase, "+", "/" or "=".
_CONTINUATION = re.compile(r"(?=.*[a-z+/=])[A-Za-z0-9+/=]+")
_BOM = b"\xef\xbb\xbf"
# Lengths that keep every stored column inside its size (a too-long value must never fail the batch).
_MAX_SOURCE = 100
_MAX_PATIENT_ID = 64
_MAX_CHARSET = 40


@dataclass(frozen=True)
class HeaderReading:
    """What the listener needs from one message: the header for storage, the verdict and what to echo.

    ``msh`` holds the MSH fields by HL7 field number (``msh[1]`` is the field separator, ``msh[2]``
    the encoding characters as sent). Values are decoded with ``codec`` and ``surrogateescape``, so
    encoding them back with the same codec reproduces the sender's bytes exactly, even when the rest
    of the message did not decode.
    """

    header: Hl7Header
    problem: Hl7Problem | None
    source: str
    delimiters: Delimiters = field(default_factory=Delimiters)
    codec: str = "ascii"
    msh: tuple[str, ...] = ()

    def msh_field(self, number: int) -> str:
        return self.msh[number] if 0 <= number < len(self.msh) else ""

    @property
    def encoding_chars(self) -> str:
        """MSH-2 for the answer: all four characters in use (a sender may have sent fewer), plus the
        v2.7 truncation character when it sent one."""
        d = self.delimiters
        return d.component + d.repetition + d.escape + d.subcomponent + self.msh_field(2)[4:5]

    @property
    def accept_ack_type(self) -> str:
        """MSH-15 (AL, NE, ER, SU) or "" when the sender asked for original mode."""
        return self.msh_field(15).strip().upper()

    @property
    def application_ack_type(self) -> str:
        return self.msh_field(16).strip().upper()

    @property
    def enhanced(self) -> bool:
        """Enhanced acknowledgement mode: the sender valued MSH-15, so it gets a commit ACK (CA/CE/CR)."""
        return bool(self.accept_ack_type)

    @property
    def trigger(self) -> str:
        parts = self.msh_field(9).split(self.delimiters.component)
        return parts[1].strip() if len(parts) > 1 else ""


def read_header(
    raw: bytes,
    *,
    source: str = "",
    charset_overrides: Mapping[str, str] | None = None,
    default_charset: str = "UNICODE UTF-8",
) -> HeaderReading:
    """Read MSH (and PID-3.1) from ``raw`` and say whether, and why, the message must be refused.

    ``source`` is the listener's configured source name; when empty the source is MSH-3^MSH-4.
    Never raises on bad input: every defect becomes an :class:`Hl7Problem`.
    """
    overrides = charset_overrides or {}
    start = _skip_lead(raw)
    body = raw[start:]
    if not body.strip(b"\r\n\t \x00"):
        return _refused(source, "AR", SEGMENT_SEQUENCE_ERROR, "empty message: no MSH segment")
    if not body.startswith(b"MSH"):
        # NUL padding, a batch header (FHS/BHS) or garbage: the first segment must be MSH.
        return _refused(source, "AR", SEGMENT_SEQUENCE_ERROR, "the message does not start with an MSH segment")
    if len(body) < 4:
        return _refused(source, "AR", DATA_TYPE_ERROR, "MSH has no field separator", "MSH^1^1")

    sep = body[3:4]
    if not _usable_delimiter(sep[0]):
        return _refused(source, "AR", DATA_TYPE_ERROR, "MSH-1 field separator is unusable", "MSH^1^1")
    msh_bytes = _first_segment(body)
    raw_fields = [b"MSH", sep, *msh_bytes[4:].split(sep)]
    delimiters = _delimiters(sep.decode("ascii"), raw_fields[2])
    if delimiters is None:
        # 102: MSH-2 is a value of the wrong form (duplicated, alphanumeric or missing characters).
        # The field separator is still known, so MSH-10 can be echoed in MSA-2 for the sender's
        # correlation; the ACK itself uses the default encoding characters.
        fields = _decode_fields(raw_fields, "latin-1")
        fields = (*fields[:2], DEFAULT_ENCODING_CHARS, *fields[3:])
        problem = Hl7Problem("AR", DATA_TYPE_ERROR, "MSH-2 encoding characters are unusable", "MSH^1^2")
        return _reading(fields, Delimiters(sep.decode("ascii")), "latin-1", source, "", problem)

    # The charset name (MSH-18) and the sender's names (MSH-3/4) are ASCII in practice: read them
    # from the bytes before choosing the codec that decodes everything else. (A GBK character whose
    # trail byte is "|" in MSH-3..17 would shift this byte-level count; the fields we keep are
    # re-read below from the decoded text, where that cannot happen.)
    pre = [b.decode("utf-8", "replace") for b in raw_fields]
    pre_source = source or _source_name(pre, delimiters)
    msh18 = pre[18].strip() if len(pre) > 18 else ""
    override = overrides.get(pre_source)
    charset_name = (override or msh18.split(delimiters.repetition)[0].strip() or default_charset)[:_MAX_CHARSET]
    try:
        codec = charset.choose(msh18, override=override, default=default_charset)
    except charset.UnsupportedCharset:
        # AE 103: MSH-18 is coded from table 0211 and its value is not one we know. The content may be
        # fine; the sender can correct the declaration (or the operator add an override) and resend.
        fields = _decode_fields(raw_fields, "latin-1")
        return _reading(
            fields,
            delimiters,
            "latin-1",
            source,
            charset_name,
            Hl7Problem("AE", TABLE_VALUE_NOT_FOUND, "MSH-18 names an unsupported character set", "MSH^1^18"),
        )

    try:
        text = charset.decode(body, codec)
    except UnicodeDecodeError as exc:
        # AE 102: bytes that are not valid in the declared charset are a data error in some field, and
        # the field can be named. Nothing is decoded with replacement characters: a mangled name is
        # worse than a refusal. The raw bytes are stored, so nothing is lost.
        fields = _decode_fields(raw_fields, codec)
        location = _byte_location(body, exc.start, sep)
        problem = Hl7Problem(
            "AE", DATA_TYPE_ERROR, f"bytes not valid in the declared character set ({codec})", location
        )
        return _reading(fields, delimiters, codec, source, charset_name, problem)

    segments = _segments(text)
    fields = ("MSH", delimiters.field, *segments[0][4:].split(delimiters.field))
    for number, name in ((9, "message type"), (10, "message control id"), (12, "version id")):
        value = fields[number].split(delimiters.component)[0].strip() if len(fields) > number else ""
        if not value:
            problem = Hl7Problem("AR", REQUIRED_FIELD_MISSING, f"MSH-{number} {name} is empty", f"MSH^1^{number}")
            return _reading(fields, delimiters, codec, source, charset_name, problem)
    version = fields[12].split(delimiters.component)[0].strip()
    if version not in SUPPORTED_VERSIONS:
        problem = Hl7Problem("AR", UNSUPPORTED_VERSION, "MSH-12 version is not one of 2.1 to 2.8.2", "MSH^1^12")
        return _reading(fields, delimiters, codec, source, charset_name, problem)
    previous = ""
    for ordinal, segment in enumerate(segments, start=1):
        head = segment.split(delimiters.field, 1)[0]
        if previous == "OBX" and len(head) > 3 and _CONTINUATION.fullmatch(head):
            # A raw CR inside OBX-5 (base64 ED data): the "segment" that follows starts with a long run
            # of base64 and then carries on with OBX's remaining fields. A segment id is three capitals
            # and digits; this cannot be one. The mapper joins it back; refusing the whole result for
            # it would lose a report a clinician needs.
            continue
        previous = segment[:3]
        if not _SEGMENT_ID.fullmatch(segment[:3]) or (len(segment) > 3 and segment[3] != delimiters.field):
            # ERL has no way to point at "the n-th segment" without a valid id, so the position
            # goes into the stored text (PHI-free) and the ERR location stays empty.
            problem = Hl7Problem("AR", SEGMENT_SEQUENCE_ERROR, f"segment {ordinal} has no valid segment id", "")
            return _reading(fields, delimiters, codec, source, charset_name, problem)
    patient_id = _patient_id(segments, delimiters)
    return _reading(fields, delimiters, codec, source, charset_name, None, patient_id)


# --- internals ---------------------------------------------------------------------------------


def _skip_lead(raw: bytes) -> int:
    """Where the message starts: after a UTF-8 BOM and blank lines some senders put in front."""
    start = 3 if raw.startswith(_BOM) else 0
    while start < len(raw) and raw[start] in b"\r\n\t ":
        start += 1
    return start


def _usable_delimiter(byte: int) -> bool:
    return 0x21 <= byte <= 0x7E and not chr(byte).isalnum()


def _first_segment(body: bytes) -> bytes:
    ends = [i for i in (body.find(b"\r"), body.find(b"\n")) if i >= 0]
    return body[: min(ends)] if ends else body


def _delimiters(field_sep: str, msh2: bytes) -> Delimiters | None:
    """Delimiters from MSH-2. Fewer than four characters take the defaults for the rest (old senders
    send ``^~\\`` or ``^~}``); a fifth (v2.7 truncation) is allowed. Anything ambiguous is refused."""
    if not 1 <= len(msh2) <= 5 or not all(_usable_delimiter(b) for b in msh2):
        return None
    chars = msh2.decode("ascii")
    defaults = DEFAULT_ENCODING_CHARS
    picked = [chars[i] if i < len(chars) else defaults[i] for i in range(4)]
    used = [field_sep, *picked, *chars[4:]]
    if len(set(used)) != len(used):
        return None
    return Delimiters(field_sep, *picked)


def _decode_fields(raw_fields: list[bytes], codec: str) -> tuple[str, ...]:
    return tuple(b.decode(codec, "surrogateescape") for b in raw_fields)


def _segments(text: str) -> list[str]:
    """Segments of a decoded message. CR is the HL7 terminator; CRLF and, in a message without any
    CR, LF are accepted too. A lone LF inside a CR-terminated message is data, not a terminator."""
    if "\r" not in text:
        return [p for p in text.split("\n") if p.strip()]
    return [p[1:] if p.startswith("\n") else p for p in text.split("\r") if p.strip()]


def _byte_location(body: bytes, offset: int, sep: bytes) -> str:
    """ERL location (segment^sequence^field) of a byte offset, from the bytes; best effort."""
    term = b"\r" if b"\r" in body else b"\n"
    seg_start = body.rfind(term, 0, offset) + 1
    if body[seg_start : seg_start + 1] == b"\n":
        seg_start += 1
    seg_id = body[seg_start : seg_start + 3]
    if not _SEGMENT_ID.fullmatch(seg_id.decode("latin-1")):
        return ""
    earlier = body[:seg_start].split(term)
    sequence = 1 + sum(1 for line in earlier if line.lstrip(b"\n")[:3] == seg_id)
    field_no = body[seg_start:offset].count(sep) + (1 if seg_id == b"MSH" else 0)
    return f"{seg_id.decode('ascii')}^{sequence}^{field_no}"


def _source_name(fields: list[str] | tuple[str, ...], delimiters: Delimiters) -> str:
    def namespace(number: int) -> str:
        value = fields[number] if len(fields) > number else ""
        parts = [p.strip() for p in value.split(delimiters.component)]
        # HD: namespace id, else the universal id.
        return next((p for p in parts if p), "")

    name = f"{namespace(3)}^{namespace(4)}"
    return (name if name != "^" else "unknown")[:_MAX_SOURCE]


def _patient_id(segments: list[str], d: Delimiters) -> str:
    for segment in segments:
        if segment.startswith("PID" + d.field):
            pid = segment.split(d.field)
            if len(pid) > 3:
                first = pid[3].split(d.repetition)[0].split(d.component)[0].strip()
                return first[:_MAX_PATIENT_ID]
            return ""
    return ""


def _clean(value: str) -> str:
    """Text safe for a database column: lone surrogates (undecodable bytes) become "?"."""
    return value.encode("utf-8", "replace").decode("utf-8") if any("\udc80" <= c <= "\udcff" for c in value) else value


def _reading(
    fields: tuple[str, ...],
    delimiters: Delimiters,
    codec: str,
    source: str,
    charset_name: str,
    problem: Hl7Problem | None,
    patient_id: str = "",
) -> HeaderReading:
    def get(number: int) -> str:
        return _clean(fields[number].strip()) if len(fields) > number else ""

    name = source[:_MAX_SOURCE] if source else _clean(_source_name(fields, delimiters))
    header = Hl7Header(
        sending_application=get(3),
        sending_facility=get(4),
        message_type=get(9),
        control_id=get(10),
        version=get(12).split(delimiters.component)[0],
        charset=charset_name,
        patient_id=_clean(patient_id),
    )
    return HeaderReading(header, problem, name, delimiters, codec, fields)


def _refused(source: str, ack_code: str, code: str, text: str, location: str = "") -> HeaderReading:
    return HeaderReading(
        Hl7Header(), Hl7Problem(ack_code, code, text, location), source[:_MAX_SOURCE] if source else "unknown"
    )
