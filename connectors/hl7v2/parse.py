"""Read an HL7 v2 message for mapping: decode, split with the message's own delimiters, unescape.

Why not ``hl7apy.parser.parse_message`` on this path: it builds ~1,400 typed elements for a 30-OBX
ORU and checks each against the version's structures, which costs ~55 ms per message
(``docs/performance.md``); mapping needs a few dozen fields. So this module splits segments,
fields, repetitions, components and subcomponents itself, with the delimiters declared in MSH-1/2,
and unescapes only the values the mapper reads. hl7apy stays the parser of record where it adds
something: :func:`validate_strict` runs its full STRICT parse and structure/datatype validation off
the hot path (console, replay, conformance checks), and the round-trip tests of outbound MDM^T02
read our messages back with it. hl7apy has no unescaping, so that lives here.

Tolerated real-world quirks: CR, LF and CRLF segment ends (mixed too), leading BOM / NUL / MLLP
framing bytes, Z-segments, missing trailing fields, ``""`` (HL7 null), a doubled escape character
in MSH-2, lines without a segment id (joined to the previous segment, as senders that put raw line
breaks into OBX-5 mean them), non-default delimiters, and declared-8859/1-but-really-UTF-8 content.

Character set: per-source override, then MSH-18, then the configured default
(:mod:`connectors.hl7v2.charset`). Decoding is strict: undecodable bytes raise
:class:`~integration.errors.PermanentError` with a PHI-free message (codec and byte offset only).
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from connectors.hl7v2 import charset as charsets
from integration.errors import PermanentError

# Segment ends as found in the corpus: CR (the standard), LF (git copies), CRLF, and mixtures.
_LINE_SPLIT = re.compile(r"\r\n|\r|\n")
_SEGMENT_ID = re.compile(r"[A-Z][A-Z0-9]{2}\Z")
# Bytes a sender or an MLLP frame may leave in front of MSH: BOM, NUL, VT (MLLP start), whitespace.
_LEADING_JUNK = b"\xef\xbb\xbf\x00\x0b\r\n\t "
_SINGLE_BYTE_CODECS = frozenset(
    {"ascii", "iso-8859-1", "iso-8859-2", "iso-8859-5", "iso-8859-7", "iso-8859-15", "cp1252"}
)
_HEX = frozenset("0123456789abcdefABCDEF")
_CHARSET_NAME = re.compile(r"[A-Za-z0-9 /._-]{1,20}\Z")  # an MSH-18 code may be echoed; anything else is not


class Hl7ParseError(PermanentError):
    """The bytes are not an HL7 v2 message we can read. The message names positions, never values."""

    code = "hl7-parse"


@dataclass(frozen=True, slots=True)
class Delimiters:
    """MSH-1 and MSH-2. A missing encoding character is ``""`` and never splits anything."""

    field: str = "|"
    component: str = "^"
    repetition: str = "~"
    escape: str = "\\"
    subcomponent: str = "&"
    truncation: str = ""  # v2.7+ fifth encoding character, usually "#"

    @property
    def encoding_characters(self) -> str:
        return self.component + self.repetition + self.escape + self.subcomponent + self.truncation


def _split(text: str, sep: str) -> list[str]:
    return text.split(sep) if sep and sep in text else [text]


class Value:
    """One repetition of a field: components split and unescaped once, on first read.

    ``c(i)`` and ``s(i, j)`` are 1-based like HL7 positions (``PID-5.2`` is ``rep.c(2)``). Reads are
    stripped and treat the HL7 null ``""`` as empty, since mapping never distinguishes the two.
    """

    __slots__ = ("_comps", "_msg", "_vals", "raw")

    def __init__(self, raw: str, msg: ParsedMessage) -> None:
        self.raw = raw
        self._msg = msg
        self._comps: list[str] | None = None
        self._vals: list[str] | None = None

    def _components(self) -> list[str]:
        if self._comps is None:
            self._comps = _split(self.raw, self._msg.delimiters.component)
        return self._comps

    def _values(self) -> list[str]:
        # The mapper reads the same few components several times (code, display, system …):
        # unescape each once.
        if self._vals is None:
            sub = self._msg.delimiters.subcomponent
            unescape = self._msg.unescape
            vals = []
            for comp in self._components():
                if sub and sub in comp:
                    comp = comp.split(sub, 1)[0]
                vals.append(_clean(unescape(comp)))
            self._vals = vals
        return self._vals

    def c(self, i: int) -> str:
        """Component ``i``, first subcomponent, unescaped."""
        vals = self._vals if self._vals is not None else self._values()
        return vals[i - 1] if i <= len(vals) else ""

    def parts(self, n: int) -> list[str]:
        """Components 1..n (first subcomponents, unescaped), padded with ``""``: one call for hot paths."""
        vals = self._vals if self._vals is not None else self._values()
        if len(vals) >= n:
            return vals[:n]
        return vals + [""] * (n - len(vals))

    def s(self, i: int, j: int) -> str:
        """Subcomponent ``j`` of component ``i``, unescaped."""
        if j == 1:
            return self.c(i)
        comps = self._components()
        if i > len(comps):
            return ""
        sub = self._msg.delimiters.subcomponent
        if not sub or sub not in comps[i - 1]:
            return ""
        parts = comps[i - 1].split(sub)
        return _clean(self._msg.unescape(parts[j - 1])) if j <= len(parts) else ""

    def text(self) -> str:
        """The whole repetition as text (TX/FT/ST): unescaped, delimiters kept literally, not stripped."""
        raw = self.raw
        return "" if raw == '""' else self._msg.unescape(raw)

    def __bool__(self) -> bool:
        raw = self.raw
        return bool(raw) and raw != '""' and not raw.isspace()

    def __repr__(self) -> str:  # never the value: reprs end up in logs and tracebacks
        return f"<Value {len(self.raw)} chars>"


def _clean(value: str) -> str:
    value = value.strip()
    return "" if value == '""' else value


_EMPTY: list[Value] = []


class Segment:
    """One segment. ``fields[n]`` is field ``n`` as sent (escaped): ``MSH`` is numbered like the standard,
    so ``fields[1]`` is MSH-1 (the field separator) and ``fields[2]`` MSH-2."""

    __slots__ = ("_firsts", "_msg", "_reps", "fields", "index", "name")

    def __init__(self, name: str, fields: list[str], msg: ParsedMessage, index: int) -> None:
        self.name = name
        self.fields = fields
        self._msg = msg
        self.index = index  # position in the message, 0 = MSH; used in PHI-free error locations
        self._firsts: dict[int, Value] = {}
        self._reps: dict[int, list[Value]] = {}

    def raw(self, n: int) -> str:
        return self.fields[n] if n < len(self.fields) else ""

    def reps(self, n: int) -> list[Value]:
        """Non-empty repetitions of field ``n``."""
        cached = self._reps.get(n)
        if cached is not None:
            return cached
        raw = self.fields[n] if n < len(self.fields) else ""
        msg = self._msg
        rep = msg.delimiters.repetition
        if not raw or raw == '""' or raw.isspace():
            out = _EMPTY
        elif not rep or rep not in raw or (self.name == "MSH" and n <= 2):
            out = [Value(raw, msg)]  # one repetition (MSH-1/2 are the delimiters: never split)
        else:
            out = [Value(r, msg) for r in raw.split(rep) if r and r != '""' and not r.isspace()]
        self._reps[n] = out
        return out

    def first(self, n: int) -> Value:
        """The first repetition of field ``n`` (possibly empty)."""
        cached = self._firsts.get(n)
        if cached is not None:
            return cached
        raw = self.raw(n)
        rep = self._msg.delimiters.repetition
        if rep and rep in raw and not (self.name == "MSH" and n <= 2):
            raw = raw.split(rep, 1)[0]
        value = self._firsts[n] = Value(raw, self._msg)
        return value

    def get(self, n: int, c: int = 1, s: int = 1) -> str:
        """Unescaped, stripped ``SEG-n.c.s`` of the first repetition; ``""`` when absent."""
        if c == 1 and s == 1 and n < len(self.fields):
            raw = self.fields[n]
            d = self._msg.delimiters
            # Most fields read this way are plain codes and numbers: skip building a Value.
            if not (
                (d.component and d.component in raw)
                or (d.repetition and d.repetition in raw)
                or (d.escape and d.escape in raw)
                or (d.subcomponent and d.subcomponent in raw)
            ):
                return _clean(raw)
        return self.first(n).s(c, s)

    def text(self, n: int, joiner: str = "\n") -> str:
        """Field ``n`` as free text: repetitions joined by ``joiner`` (TX/FT senders use ``~`` for lines)."""
        raw = self.raw(n)
        rep = self._msg.delimiters.repetition
        parts = raw.split(rep) if rep and rep in raw else [raw]
        unescape = self._msg.unescape
        return joiner.join("" if p == '""' else unescape(p) for p in parts)

    @property
    def delimiters(self) -> Delimiters:
        return self._msg.delimiters

    @property
    def message(self) -> ParsedMessage:
        return self._msg

    def __repr__(self) -> str:
        return f"<Segment {self.name} #{self.index}>"


@dataclass
class ParsedMessage:
    """A decoded message split into segments. ``warnings`` are PHI-free notes for the console."""

    text: str
    delimiters: Delimiters
    codec: str
    declared_charset: str
    segments: list[Segment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    _escapes: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def msh(self) -> Segment:
        return self.segments[0]

    @property
    def message_code(self) -> str:
        return self.msh.get(9, 1).upper()

    @property
    def trigger(self) -> str:
        return self.msh.get(9, 2).upper()

    @property
    def structure(self) -> str:
        return self.msh.get(9, 3).upper()

    @property
    def control_id(self) -> str:
        return self.msh.get(10)

    @property
    def version(self) -> str:
        return self.msh.get(12)

    @property
    def event(self) -> str:
        """``MSH-9.1^MSH-9.2`` (``ADT^A03``); for ADT without MSH-9.2, EVN-1 supplies the trigger."""
        code, trigger = self.message_code, self.trigger
        if not trigger:
            evn = self.first("EVN")
            trigger = evn.get(1).upper() if evn is not None else ""
        return f"{code}^{trigger}" if trigger else code

    def first(self, name: str) -> Segment | None:
        for seg in self.segments:
            if seg.name == name:
                return seg
        return None

    def all(self, name: str) -> list[Segment]:
        return [seg for seg in self.segments if seg.name == name]

    def __iter__(self) -> Iterator[Segment]:
        return iter(self.segments)

    def unescape(self, value: str) -> str:
        """Undo HL7 escape sequences (\\F\\ \\S\\ \\T\\ \\R\\ \\E\\ \\P\\ \\Xhh..\\ \\.br\\ …)."""
        esc = self.delimiters.escape
        if not esc or esc not in value:
            return value
        return self._unescape(value, esc)

    def _unescape(self, value: str, esc: str) -> str:
        out: list[str] = []
        pending = bytearray()  # consecutive \X..\ runs form one byte string (a UTF-8 character may span several)
        i, n = 0, len(value)
        while i < n:
            start = value.find(esc, i)
            if start < 0:
                self._flush_hex(pending, out)
                out.append(value[i:])
                break
            end = value.find(esc, start + 1)
            if end < 0:  # an unterminated escape is text, not an error
                self._flush_hex(pending, out)
                out.append(value[i:])
                break
            if start > i:
                self._flush_hex(pending, out)
                out.append(value[i:start])
            seq = value[start + 1 : end]
            simple = self._escapes.get(seq)
            if simple is not None:
                self._flush_hex(pending, out)
                out.append(simple)
            elif seq[:1] == "X" and len(seq) > 1 and len(seq) % 2 == 1 and all(ch in _HEX for ch in seq[1:]):
                pending += bytes.fromhex(seq[1:])
            elif seq[:1] == ".":
                self._flush_hex(pending, out)
                out.append(_formatting(seq))
            elif seq[:1] in {"C", "M", "Z"} and seq[1:].isalnum():
                # Character-set switches and locally defined escapes: nothing we can render.
                self._flush_hex(pending, out)
                self._warn_once("escape sequences \\C\\, \\M\\ or \\Z\\ were dropped")
            else:
                # Not an escape sequence (e.g. a Windows path in a sloppy sender's text): keep it.
                self._flush_hex(pending, out)
                out.append(value[start:end])
                i = end
                continue
            i = end + 1
        self._flush_hex(pending, out)
        return "".join(out)

    def _flush_hex(self, pending: bytearray, out: list[str]) -> None:
        if not pending:
            return
        data = bytes(pending)
        pending.clear()
        try:
            out.append(data.decode(self.codec))
        except UnicodeDecodeError:
            # \XC7\ in a UTF-8 message: the sender meant ISO-8859-1 bytes (dcm4che's SIU samples do this).
            out.append(data.decode("iso-8859-1"))
            self._warn_once(f"hex escapes were not valid {self.codec}; read as ISO-8859-1")

    def _warn_once(self, text: str) -> None:
        if text not in self.warnings:
            self.warnings.append(text)


def _formatting(seq: str) -> str:
    """FT formatting commands as plain text: line breaks survive, layout hints do not."""
    cmd = seq[1:3]
    arg = seq[3:].strip()
    if cmd == "br":
        return "\n"
    if cmd == "sp":
        count = int(arg) if arg.isdigit() else 1
        return "\n" * max(1, min(count, 20))
    if cmd == "sk":
        count = int(arg) if arg.isdigit() else 1
        return " " * max(1, min(count, 80))
    if cmd == "ce":
        return "\n"
    return ""  # .fi .nf .in .ti: fill mode and indents have no plain-text equivalent


def _escape_table(d: Delimiters) -> dict[str, str]:
    table = {"F": d.field, "S": d.component, "T": d.subcomponent, "R": d.repetition, "E": d.escape, "H": "", "N": ""}
    table["P"] = d.truncation or "#"
    return table


# --- decoding -------------------------------------------------------------------------------------


def _strip_leading(raw: bytes) -> bytes:
    start = 0
    while start < len(raw) and raw[start] in _LEADING_JUNK:
        if raw.startswith(b"\xef\xbb\xbf", start):
            start += 3
            continue
        start += 1
    return raw[start:]


def _declared_charset(raw: bytes) -> str:
    """MSH-18 read from the bytes, before decoding (it names the decoding). ``""`` when absent."""
    end = len(raw)
    for terminator in (b"\r", b"\n"):
        pos = raw.find(terminator)
        if 0 <= pos < end:
            end = pos
    line = raw[:end].decode("iso-8859-1")
    if len(line) < 4:
        return ""
    parts = line.split(line[3])
    # parts[0] = "MSH", parts[1] = MSH-2, so MSH-n is parts[n - 1].
    value = parts[17] if len(parts) > 17 else ""
    rep = parts[1][1:2] if len(parts) > 1 else ""
    if rep and rep in value:
        value = value.split(rep, 1)[0]
    return value.strip()


def decode(
    raw: bytes, *, default_charset: str = "UNICODE UTF-8", override: str | None = None
) -> tuple[str, str, str, list[str]]:
    """(text, codec, declared MSH-18, warnings). Raises :class:`Hl7ParseError` for undecodable input."""
    body = _strip_leading(raw)
    if not body:
        raise Hl7ParseError("empty HL7 message", code="hl7-empty")
    if not body.startswith(b"MSH"):
        raise Hl7ParseError("HL7 message does not start with an MSH segment", code="hl7-no-msh")
    declared = _declared_charset(body)
    warnings: list[str] = []
    try:
        codec = charsets.choose(declared, override=override, default=default_charset)
    except charsets.UnsupportedCharset:
        name = override or declared
        shown = repr(name) if _CHARSET_NAME.match(name) else "(not a character set name)"
        raise Hl7ParseError(
            f"character set {shown} is not supported (MSH-18 or source override)", code="hl7-charset"
        ) from None
    if not override and declared and codec in _SINGLE_BYTE_CODECS and _looks_utf8(body):
        # "8859/1" declared, UTF-8 sent (dcm4che's OMI sample; common in practice). Decoding as
        # declared would turn "é" into "Ã©" silently; valid multi-byte UTF-8 is almost never
        # accidental in Latin-1 text, so believe the bytes and say so.
        named = declared if _CHARSET_NAME.match(declared) else "another character set"
        warnings.append(f"MSH-18 declares {named} but the content is UTF-8; decoded as UTF-8")
        codec = "utf-8"
    try:
        text = charsets.decode(body, codec)
    except UnicodeDecodeError as exc:
        raise Hl7ParseError(
            f"HL7 message is not valid {codec} (byte offset {exc.start}); "
            "check MSH-18 or set a character set override for this source",
            code="hl7-charset",
        ) from None
    return text, codec, declared, warnings


def _looks_utf8(raw: bytes) -> bool:
    if raw.isascii():
        return False
    try:
        raw.decode("utf-8", errors="strict")
    except UnicodeDecodeError:
        return False
    return True


# --- splitting ------------------------------------------------------------------------------------


def _delimiters(msh_line: str, warnings: list[str]) -> Delimiters:
    if len(msh_line) < 4:
        raise Hl7ParseError("MSH segment has no field separator (MSH-1)", code="hl7-delimiters")
    fs = msh_line[3]
    if fs.isalnum() or fs in " \t":
        raise Hl7ParseError("MSH-1 field separator is invalid", code="hl7-delimiters")
    end = msh_line.find(fs, 4)
    enc = msh_line[4:] if end < 0 else msh_line[4:end]
    chars: list[str] = []
    for ch in enc:
        if ch == fs or ch.isalnum() or ch in " \t" or not ch.isascii():
            raise Hl7ParseError("MSH-2 encoding characters are invalid", code="hl7-delimiters")
        if ch in chars:
            # "^~\\&": a sender escaped the backslash when writing MSH-2. Keep the first of each.
            if "MSH-2 repeats an encoding character; duplicates ignored" not in warnings:
                warnings.append("MSH-2 repeats an encoding character; duplicates ignored")
            continue
        chars.append(ch)
    if len(chars) < 4:
        warnings.append("MSH-2 declares fewer than four encoding characters")
    chars += [""] * (5 - len(chars))
    return Delimiters(fs, chars[0], chars[1], chars[2], chars[3], chars[4])


def split_messages(text: str) -> list[str]:
    """Split text holding several messages (a file, a batch body) at each MSH. Tests and tools only:
    one MLLP frame holds one message, and :func:`parse_text` refuses more."""
    out: list[str] = []
    current: list[str] = []
    for line in _LINE_SPLIT.split(text):
        if line.startswith("MSH") and len(line) > 3 and not line[3].isalnum():
            if current:
                out.append("\r".join(current))
            current = [line]
        elif current:
            current.append(line)
    if current:
        out.append("\r".join(current))
    return out


def parse_text(
    text: str, *, codec: str = "utf-8", declared_charset: str = "", warnings: list[str] | None = None
) -> ParsedMessage:
    """Split an already decoded message. Raises :class:`Hl7ParseError` when it is not one readable message."""
    text = text.lstrip("\ufeff\x00\x0b\r\n\t ").rstrip("\x1c\r\n\x00")
    if not text.startswith("MSH"):
        raise Hl7ParseError("HL7 message does not start with an MSH segment", code="hl7-no-msh")
    notes: list[str] = list(warnings or [])
    lines = _LINE_SPLIT.split(text)
    delims = _delimiters(lines[0], notes)
    fs = delims.field
    msg = ParsedMessage(text=text, delimiters=delims, codec=codec, declared_charset=declared_charset, warnings=notes)
    msg._escapes = _escape_table(delims)
    joined = 0
    raw_segments: list[str] = []
    for line in lines:
        if not line:
            continue
        head = line[:3]
        if _SEGMENT_ID.match(head) and (len(line) == 3 or line[3] == fs):
            raw_segments.append(line)
        elif raw_segments and line.strip("\x00 \t"):
            # A raw line break inside a field (OBX-5 text, mostly): the sender meant it as text.
            raw_segments[-1] += "\n" + line
            joined += 1
    if joined:
        notes.append(f"{joined} line(s) without a segment id joined to the previous segment")
    msh_count = sum(1 for s in raw_segments if s.startswith("MSH"))
    if msh_count > 1:
        raise Hl7ParseError(
            f"one HL7 message expected, found {msh_count} MSH segments (split batches before mapping)",
            code="hl7-multiple-messages",
        )
    for index, line in enumerate(raw_segments):
        name = line[:3]
        fields = line.split(fs)
        if name == "MSH":
            fields.insert(1, fs)  # so that fields[n] is MSH-n
        msg.segments.append(Segment(name, fields, msg, index))
    if len(msg.msh.fields) < 10:
        raise Hl7ParseError("MSH segment is too short (MSH-9 message type missing)", code="hl7-msh")
    if not msg.message_code:
        raise Hl7ParseError("MSH-9 message type is empty", code="hl7-msh")
    return msg


def parse(raw: bytes, *, default_charset: str = "UNICODE UTF-8", override: str | None = None) -> ParsedMessage:
    """Decode (override → MSH-18 → default) and split one message."""
    text, codec, declared, warnings = decode(raw, default_charset=default_charset, override=override)
    return parse_text(text, codec=codec, declared_charset=declared, warnings=warnings)


# --- optional strict path (hl7apy) -----------------------------------------------------------------

_VALUE_IN_TEXT = re.compile(r"Value .*? not in table", re.DOTALL)
_MAX_LENGTH = re.compile(r"The value .*? exceed the max length", re.DOTALL)


def validate_strict(msg: ParsedMessage, *, limit: int = 50) -> list[str]:
    """Conformance problems hl7apy finds: structure (groups, cardinality), datatypes, tables, lengths.

    Slow (tens of ms): for the console, replays and interface acceptance tests, never the mapping
    path. hl7apy parses tolerantly (a STRICT parse stops at the first problem), then validates
    against the version's structures and writes every finding. Findings name elements
    (``PID.PID_8``), tables and limits; values are cut out because hl7apy's messages quote them.
    Returns ``[]`` for a conforming message.
    """
    from hl7apy.consts import VALIDATION_LEVEL
    from hl7apy.exceptions import ChildNotFound, ChildNotValid, MaxChildLimitReached, UnsupportedVersion
    from hl7apy.parser import parse_message

    er7 = "\r".join(_segment_text(seg) for seg in msg.segments)
    try:
        parsed: Any = parse_message(er7, validation_level=VALIDATION_LEVEL.TOLERANT, find_groups=True)
    except (ChildNotFound, ChildNotValid, MaxChildLimitReached, UnsupportedVersion) as exc:
        return [f"parse: {type(exc).__name__}: {exc}"]  # these name elements and versions only
    except Exception as exc:  # hl7apy raises bare errors on some malformed input; their text may quote values
        return [f"parse: {type(exc).__name__}"]
    fd, path = tempfile.mkstemp(prefix="medgo-hl7-", suffix=".txt")
    os.close(fd)
    try:
        # The report file holds every finding; the exception only repeats the first.
        with contextlib.suppress(Exception):
            parsed.validate(report_file=path)
        with open(path, encoding="utf-8") as report:
            lines = [line.strip() for line in report if line.strip()]
    finally:
        os.unlink(path)
    out: list[str] = []
    for line in lines[:limit]:
        line = _VALUE_IN_TEXT.sub("value not in table", line)
        line = _MAX_LENGTH.sub("a value exceeds the max length", line)
        out.append(line)
    return out


def _segment_text(seg: Segment) -> str:
    """The segment as sent (joined continuation lines stay inside their field)."""
    if seg.name == "MSH":
        return seg.fields[0] + seg.fields[1] + seg.fields[1].join(seg.fields[2:])
    return seg.delimiters.field.join(seg.fields)
