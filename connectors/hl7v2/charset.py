"""Character sets of HL7 v2 messages (MSH-18, HL7 table 0211) and how to decode them.

Real feeds get this wrong both ways: Chinese interfaces often send GBK with MSH-18 empty, and some
senders declare 8859/1 while sending UTF-8. So the order is: a per-source override (the operator
knows the feed), then MSH-18, then the configured default. GBK is decoded as GB18030, its superset.
Nothing is decoded with ``errors="replace"``: a name mangled into U+FFFD is worse than a refusal,
so undecodable input raises and the caller stores it and answers AE.
"""

from __future__ import annotations

# HL7 table 0211 values (and common variants) -> Python codec.
_TABLE_0211 = {
    "ASCII": "ascii",
    "8859/1": "iso-8859-1",
    "8859/2": "iso-8859-2",
    "8859/5": "iso-8859-5",
    "8859/7": "iso-8859-7",
    "8859/15": "iso-8859-15",
    "UNICODE UTF-8": "utf-8",
    "UTF-8": "utf-8",
    "UNICODE": "utf-8",
    "GB 18030-2000": "gb18030",
    "GB18030": "gb18030",
    "GBK": "gb18030",
    "GB2312": "gb18030",
    "CNS 11643-1992": "big5",
    "BIG-5": "big5",
    "BIG5": "big5",
    "ISO IR87": "iso-2022-jp",
    "ISO IR159": "iso-2022-jp",
    "KS X 1001": "euc-kr",
    "WINDOWS-1252": "cp1252",
    "CP1252": "cp1252",
}


class UnsupportedCharset(ValueError):
    """MSH-18 (or an override) names a character set we cannot decode."""


def codec_for(name: str) -> str:
    """The Python codec for an MSH-18 value or an operator's override (case-insensitive)."""
    key = " ".join(name.strip().upper().split())
    if key in _TABLE_0211:
        return _TABLE_0211[key]
    raise UnsupportedCharset(f"character set {name.strip()[:40]!r} is not supported")


def choose(msh18: str, *, override: str | None = None, default: str = "UNICODE UTF-8") -> str:
    """The codec to decode a message with: override, else MSH-18's first repetition, else default."""
    if override:
        return codec_for(override)
    first = msh18.split("~")[0].strip() if msh18 else ""
    return codec_for(first) if first else codec_for(default)


def decode(raw: bytes, codec: str) -> str:
    """Decode strictly; raises UnicodeDecodeError rather than inventing characters."""
    if codec == "utf-8" and raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]  # a BOM some Windows senders prepend
    return raw.decode(codec, errors="strict")
