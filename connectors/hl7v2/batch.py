"""Split HL7 v2 files into messages ready to send: one MSH each, segments ended by CR.

Files seen in the wild hold several messages, FHS/BHS/BTS/FTS batch envelopes, LF or CRLF line
ends (editors and git convert them), a UTF-8 BOM, blank lines between messages and at the end.
The envelope segments are dropped (each message is sent on its own over MLLP); everything else is
kept. Text before the first MSH that is not an envelope is returned as an item of its own rather
than dropped, so the receiver refuses it visibly instead of the sender losing it silently.
"""

from __future__ import annotations

import re
from pathlib import Path

ENVELOPE_SEGMENTS = (b"FHS", b"BHS", b"BTS", b"FTS")
_BOM = b"\xef\xbb\xbf"
_LINE_END = re.compile(rb"\r\n|\r|\n")


def lines(data: bytes) -> list[bytes]:
    """Segment lines of a file: CR, LF and CRLF all end a line. Files pass through editors and git,
    which mix line ends; an LF inside a field is far rarer in a file than a mixed line end."""
    if data.startswith(_BOM):
        data = data[3:]
    return _LINE_END.split(data)


def split_messages(data: bytes) -> list[bytes]:
    """The messages in a file's bytes, each as ``segment\\r...segment\\r``."""
    messages: list[list[bytes]] = []
    current: list[bytes] | None = None
    stray: list[bytes] = []
    for line in lines(data):
        if not line.strip():
            continue
        head = line[:3]
        if head in ENVELOPE_SEGMENTS and (len(line) == 3 or not line[3:4].isalnum()):
            current = None  # a batch boundary ends the message before it
            continue
        if head == b"MSH":
            if stray:
                messages.append(stray)
                stray = []
            current = [line]
            messages.append(current)
        elif current is not None:
            current.append(line)
        else:
            stray.append(line)
    if stray:
        messages.append(stray)
    return [b"\r".join(segments) + b"\r" for segments in messages]


def split_file(path: str | Path) -> list[bytes]:
    return split_messages(Path(path).read_bytes())
