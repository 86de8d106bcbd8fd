"""The raw-byte PDF guard's shortcut: zlib data too short to reach the stream cap is not inflated."""

from __future__ import annotations

import zlib

import pytest

from specparse.errors import LimitExceededError
from specparse.extract.pdfread import guard
from specparse.limits import Limits


def _pdf_with_stream(payload: bytes) -> bytes:
    """A minimal object holding one Flate stream, as the guard sees it (no pdfium involved)."""
    compressed = zlib.compress(payload, 9)
    return (
        b"%PDF-1.4\n1 0 obj\n<< /Length "
        + str(len(compressed)).encode()
        + b" /Filter /FlateDecode >>\nstream\n"
        + compressed
        + b"\nendstream\nendobj\n%%EOF\n"
    )


def test_deflate_never_beats_the_ratio_the_shortcut_relies_on() -> None:
    """Zeros at level 9 are deflate's best case; they stay under 1032 bytes out per byte in."""
    payload = bytes(4 * 1024 * 1024)
    assert len(payload) / len(zlib.compress(payload, 9)) < guard.MAX_DEFLATE_RATIO


def test_a_stream_that_can_reach_the_cap_is_still_inflated_and_refused() -> None:
    pdf = _pdf_with_stream(bytes(2 * 1024 * 1024))
    with pytest.raises(LimitExceededError):
        guard.check_streams(pdf, Limits(pdf_max_stream_bytes=1024 * 1024))


def test_a_stream_too_short_to_reach_the_cap_is_not_inflated(monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = _pdf_with_stream(b"BT /F1 12 Tf (Clerk) Tj ET\n" * 200)
    inflated: list[int] = []
    real = guard._inflate

    def counting(data: bytes, start: int, cap: int, limits: Limits | None) -> bytes:
        inflated.append(start)
        return real(data, start, cap, limits)

    monkeypatch.setattr(guard, "_inflate", counting)
    left = len(pdf) - (pdf.index(b"stream\n") + len(b"stream\n"))  # bytes from the zlib data to the end
    guard.check_streams(pdf, Limits(pdf_max_stream_bytes=left * guard.MAX_DEFLATE_RATIO))
    assert inflated == []
    guard.check_streams(pdf, Limits(pdf_max_stream_bytes=left * guard.MAX_DEFLATE_RATIO - 1))
    assert len(inflated) == 1
