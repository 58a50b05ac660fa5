"""MLLP framing: ``0x0B payload 0x1C 0x0D``, decoded from a byte stream that arrives in any pieces.

Real peers are sloppy: keep-alive newlines or NUL padding between frames, a missing CR after 0x1C,
a sender that restarts a frame without finishing the last one, a message larger than anyone should
buffer. The decoder is lenient wherever the intent is unambiguous (0x0B and 0x1C never occur in
HL7 text in any supported character set), reports everything else as an event, and never holds
more than ``max_frame_bytes`` plus a small head of an oversize frame.
"""

from __future__ import annotations

from dataclasses import dataclass

START_BLOCK = 0x0B
END_BLOCK = 0x1C
CARRIAGE_RETURN = 0x0D
_SB = b"\x0b"
_EB = b"\x1c"
# How much of an oversize frame is kept: enough for MSH, so the AR can name the sender's MSH-10.
OVERSIZE_HEAD_BYTES = 4096


def frame(payload: bytes) -> bytes:
    """Wrap one message for the wire."""
    return _SB + payload + b"\x1c\r"


@dataclass(frozen=True)
class Frame:
    payload: bytes


@dataclass(frozen=True)
class Oversize:
    """A frame longer than the limit: its content was dropped except for ``head``."""

    size: int  # bytes seen before the frame ended (or was abandoned)
    head: bytes


@dataclass(frozen=True)
class Abandoned:
    """A frame interrupted by a new start block before its end block: the sender gave up on it."""

    size: int


Event = Frame | Oversize | Abandoned


class FrameDecoder:
    """Feed it bytes as they arrive; it returns the complete frames (and anomalies) in order."""

    def __init__(self, max_frame_bytes: int) -> None:
        self.max_frame_bytes = max_frame_bytes
        self.noise_bytes = 0  # bytes seen outside any frame (whitespace, padding, garbage)
        self._buf = bytearray()
        self._in_frame = False
        self._size = 0
        self._oversize = False
        self._head = b""
        self._after_end = False

    @property
    def pending_bytes(self) -> int:
        """Bytes of an unfinished frame held in memory (bounded by the limit)."""
        return len(self._buf)

    @property
    def in_frame(self) -> bool:
        return self._in_frame

    def feed(self, data: bytes) -> list[Event]:
        events: list[Event] = []
        pos, end = 0, len(data)
        while pos < end:
            if self._after_end:
                # The CR that should follow 0x1C. Its absence is tolerated: the frame is already complete.
                self._after_end = False
                if data[pos] == CARRIAGE_RETURN:
                    pos += 1
                    continue
            if not self._in_frame:
                start = data.find(_SB, pos)
                if start < 0:
                    self.noise_bytes += end - pos
                    break
                self.noise_bytes += start - pos
                self._begin()
                pos = start + 1
                continue
            stop = data.find(_EB, pos)
            limit = stop if stop >= 0 else end
            restart = data.find(_SB, pos, limit)
            if restart >= 0:
                self._append(data, pos, restart)
                events.append(self._interrupted())
                self._begin()
                pos = restart + 1
                continue
            self._append(data, pos, limit)
            if stop < 0:
                break
            events.append(self._finish())
            self._after_end = True
            pos = stop + 1
        return events

    # --- internals -----------------------------------------------------------------------------

    def _begin(self) -> None:
        self._in_frame = True
        self._buf.clear()
        self._size = 0
        self._oversize = False
        self._head = b""

    def _append(self, data: bytes, start: int, stop: int) -> None:
        if stop <= start:
            return
        self._size += stop - start
        if self._oversize:
            return
        if self._size > self.max_frame_bytes:
            self._oversize = True
            self._head = bytes(self._buf[:OVERSIZE_HEAD_BYTES])
            if len(self._head) < OVERSIZE_HEAD_BYTES:
                self._head += data[start : start + OVERSIZE_HEAD_BYTES - len(self._head)]
            self._buf = bytearray()  # release the memory, not just the length
            return
        self._buf += data[start:stop]

    def _finish(self) -> Event:
        self._in_frame = False
        if self._oversize:
            return Oversize(self._size, self._head)
        payload = bytes(self._buf)
        self._buf.clear()
        return Frame(payload)

    def _interrupted(self) -> Event:
        self._in_frame = False
        if self._oversize:
            # The end block never came; the next start block is where the stream makes sense again.
            return Oversize(self._size, self._head)
        self._buf.clear()
        return Abandoned(self._size)
