"""Bytes to text: UTF-8 (with or without BOM), UTF-16 (BOM or the NUL pattern), else cp1252.

Shared by the format sniffer (``source``), which decodes a file's head, and the text reader, which decodes it all.
"""

from __future__ import annotations

import codecs

UTF16_SHARE = 0.6


def decode_text(data: bytes) -> str:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 (BOM or the NUL pattern), else cp1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace")
    utf16 = utf16_without_bom(data[:512])
    if utf16:
        return data.decode(utf16, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A file cut mid-character still counts as UTF-8.
        if exc.start >= len(data) - 3:
            return data.decode("utf-8", "replace")
    return data.decode("cp1252", "replace")


def utf16_without_bom(sample: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when most characters have a NUL beside them, else None.

    Only pairs with one NUL count: a run of NUL padding inside an 8-bit text (a spec saved from a
    fixed-length field) puts NULs in both halves and says nothing about the encoding.
    """
    if b"\x00" not in sample:
        return None  # no NUL at all (nearly every file): no pair can have one
    pairs = [(sample[i], sample[i + 1]) for i in range(0, len(sample) - 1, 2)]
    mixed = [pair for pair in pairs if (pair[0] == 0) != (pair[1] == 0)]
    if len(pairs) < 2 or len(mixed) < len(pairs) // 4:
        return None
    if sum(1 for low, high in mixed if high == 0) > len(mixed) * UTF16_SHARE:
        return "utf-16-le"
    if sum(1 for low, high in mixed if low == 0) > len(mixed) * UTF16_SHARE:
        return "utf-16-be"
    return None
