"""Bounds-checked little-endian reads over file-controlled byte strings."""

from __future__ import annotations

import struct

from ...errors import CorruptDocumentError

_U16 = struct.Struct("<H")
_U32 = struct.Struct("<I")
_I32 = struct.Struct("<i")


def u8(data: bytes, offset: int) -> int:
    if not 0 <= offset < len(data):
        raise CorruptDocumentError(f"corrupt Word document: read past the end of a structure at {offset}")
    return data[offset]


def u16(data: bytes, offset: int) -> int:
    if not 0 <= offset <= len(data) - 2:
        raise CorruptDocumentError(f"corrupt Word document: read past the end of a structure at {offset}")
    return int(_U16.unpack_from(data, offset)[0])


def u32(data: bytes, offset: int) -> int:
    if not 0 <= offset <= len(data) - 4:
        raise CorruptDocumentError(f"corrupt Word document: read past the end of a structure at {offset}")
    return int(_U32.unpack_from(data, offset)[0])


def i32(data: bytes, offset: int) -> int:
    if not 0 <= offset <= len(data) - 4:
        raise CorruptDocumentError(f"corrupt Word document: read past the end of a structure at {offset}")
    return int(_I32.unpack_from(data, offset)[0])


def span(data: bytes, offset: int, length: int, what: str) -> bytes:
    """Return ``data[offset:offset+length]``, refusing a range that leaves the stream."""
    if offset < 0 or length < 0 or offset + length > len(data):
        raise CorruptDocumentError(
            f"corrupt Word document: the {what} ({length} bytes at {offset}) lies outside its stream"
        )
    return data[offset : offset + length]


def plc_cps(data: bytes, data_size: int) -> tuple[list[int], int]:
    """Split a PLC (n+1 positions then n entries of ``data_size`` bytes) into positions and n."""
    count = (len(data) - 4) // (4 + data_size) if len(data) >= 4 else 0
    positions = [u32(data, 4 * i) for i in range(count + 1)] if count > 0 else []
    return positions, count
