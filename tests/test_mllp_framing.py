"""MLLP frame decoding: noise, arbitrary splits, lenient ends, oversize frames and resynchronisation."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from connectors.mllp.framing import Abandoned, Event, Frame, FrameDecoder, Oversize, frame

MSG_A = b"MSH|^~\\&|A|B|C|D|20260101||ADT^A01|1|P|2.5.1\rPID|1||123\r"
MSG_B = b"MSH|^~\\&|A|B|C|D|20260101||ADT^A08|2|P|2.5.1\r"
MSG_C = "MSH|^~\\&|A|B|C|D|20260101||ADT^A01|3|P|2.5.1|||||||UNICODE UTF-8\rPID|1||9||王^秀英\r".encode()


def feed_all(decoder: FrameDecoder, chunks: list[bytes]) -> list[Event]:
    events: list[Event] = []
    for chunk in chunks:
        events.extend(decoder.feed(chunk))
    return events


def payloads(events: list[Event]) -> list[bytes]:
    return [e.payload for e in events if isinstance(e, Frame)]


def test_frame_wraps_payload() -> None:
    assert frame(b"MSH|x") == b"\x0bMSH|x\x1c\r"
    assert payloads(FrameDecoder(1000).feed(frame(MSG_A))) == [MSG_A]


def test_noise_between_frames_is_skipped_and_counted() -> None:
    stream = b"\r\n  \x00\x00" + frame(MSG_A) + b"\n\n keepalive \r" + frame(MSG_B) + b"\x00"
    decoder = FrameDecoder(1000)
    assert payloads(decoder.feed(stream)) == [MSG_A, MSG_B]
    assert decoder.noise_bytes == len(b"\r\n  \x00\x00") + len(b"\n\n keepalive \r") + 1
    assert not decoder.in_frame


def test_several_frames_in_one_read_and_missing_final_cr() -> None:
    # The second frame lacks the CR after 0x1C; the third follows immediately: unambiguous.
    stream = frame(MSG_A) + b"\x0b" + MSG_B + b"\x1c" + frame(MSG_C)
    assert payloads(FrameDecoder(1000).feed(stream)) == [MSG_A, MSG_B, MSG_C]


def test_frame_is_delivered_at_the_end_block_without_waiting_for_the_cr() -> None:
    decoder = FrameDecoder(1000)
    assert payloads(decoder.feed(b"\x0b" + MSG_A + b"\x1c")) == [MSG_A]
    # The CR arriving later is swallowed, not counted as noise.
    assert decoder.feed(b"\r") == []
    assert decoder.noise_bytes == 0


def test_every_split_point_gives_the_same_frames() -> None:
    stream = b"\n" + frame(MSG_A) + b" \r\n" + frame(MSG_C) + b"\x0b" + MSG_B + b"\x1c" + frame(b"")
    expected = [MSG_A, MSG_C, MSG_B, b""]
    for i in range(len(stream) + 1):
        for j in range(i, len(stream) + 1, 7):
            chunks = [stream[:i], stream[i:j], stream[j:]]
            assert payloads(feed_all(FrameDecoder(1000), chunks)) == expected, (i, j)


def test_byte_by_byte() -> None:
    stream = frame(MSG_A) + frame(MSG_C)
    assert payloads(feed_all(FrameDecoder(1000), [bytes([b]) for b in stream])) == [MSG_A, MSG_C]


@settings(max_examples=200, deadline=None)
@given(
    messages=st.lists(st.binary(max_size=300).map(lambda b: b.replace(b"\x0b", b"").replace(b"\x1c", b"")), max_size=6),
    noise=st.lists(st.sampled_from([b"", b"\r", b"\n", b"\r\n", b" ", b"\x00"]), min_size=7, max_size=7),
    cuts=st.lists(st.integers(min_value=0, max_value=4000), max_size=12),
)
def test_any_chunking_of_any_payloads(messages: list[bytes], noise: list[bytes], cuts: list[int]) -> None:
    stream = b"".join(noise[i] + frame(m) for i, m in enumerate(messages)) + noise[-1]
    points = sorted({c % (len(stream) + 1) for c in cuts})
    chunks = [stream[a:b] for a, b in zip([0, *points], [*points, len(stream)], strict=True)]
    events = feed_all(FrameDecoder(10_000), chunks)
    assert payloads(events) == messages
    assert all(isinstance(e, Frame) for e in events)


def test_oversize_frame_is_reported_with_its_head_and_the_stream_resynchronises() -> None:
    big = b"MSH|^~\\&|A|B|C|D|20260101||ORU^R01|77|P|2.5.1\r" + b"OBX|1|TX|||" + b"x" * 50_000 + b"\r"
    decoder = FrameDecoder(1000)
    stream = frame(big) + frame(MSG_A)
    events: list[Event] = []
    peak = 0
    for k in range(0, len(stream), 512):  # arrives in pieces, as from a socket
        events.extend(decoder.feed(stream[k : k + 512]))
        peak = max(peak, decoder.pending_bytes)
    assert peak <= 1000  # never buffered beyond the limit
    assert isinstance(events[0], Oversize)
    assert events[0].size == len(big)
    assert events[0].head.startswith(b"MSH|^~\\&|A|B|C|D|20260101||ORU^R01|77|")
    assert payloads(events[1:]) == [MSG_A]


def test_oversize_frame_without_end_block_resyncs_at_next_start_block() -> None:
    decoder = FrameDecoder(100)
    events = feed_all(decoder, [b"\x0b" + b"y" * 150, b"z" * 150, frame(MSG_B)])
    assert isinstance(events[0], Oversize)
    assert events[0].size == 300
    assert payloads(events) == [MSG_B]


def test_frame_exactly_at_the_limit_is_accepted() -> None:
    payload = b"M" * 100
    assert payloads(FrameDecoder(100).feed(frame(payload))) == [payload]
    assert isinstance(FrameDecoder(99).feed(frame(payload))[0], Oversize)


def test_restarted_frame_abandons_the_partial_one() -> None:
    events = FrameDecoder(1000).feed(b"\x0bMSH|partial" + frame(MSG_A))
    assert events[0] == Abandoned(len(b"MSH|partial"))
    assert payloads(events) == [MSG_A]
