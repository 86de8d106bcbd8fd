"""Hostile Word 97 binaries: the sample .doc with its OLE sector chains, directory, FIB and piece table sabotaged.

Each edit is the in-place change a fuzzer or an attacker makes: loops in sector chains and in the
directory tree, sizes and counts far past the stream, positions that go backwards. Each must end
with a clean status quickly — no hang, no huge allocation, no raw exception.
"""

from __future__ import annotations

import struct
import time

import pytest

from conftest import SAMPLES
from hostile_files import (
    bit_flips,
    ole_chain,
    ole_dir_entry_offset,
    ole_fat_entry_offset,
    outcome,
    patch_stream,
    put_u32,
    read_stream,
)
from specparse import limits

SAMPLE_DOC = SAMPLES / "alameda-lead-customer-service-representative.doc"
CLEAN = {"ok", "empty", "corrupt", "too_large", "unsupported"}
FIB_CCP_TEXT = 0x004C
FIB_FC_CLX = 0x01A2
FIB_LCB_CLX = 0x01A6
FIB_FLAGS = 0x000A
FLAG_1TABLE = 0x0200
FREE_SECTOR = 0xFFFFFFFF
END_OF_CHAIN = 0xFFFFFFFE


def sample() -> bytes:
    if not SAMPLE_DOC.is_file():
        pytest.skip(f"{SAMPLE_DOC} is missing")
    return SAMPLE_DOC.read_bytes()


@pytest.fixture(autouse=True, scope="module")
def _warm_up() -> None:
    if SAMPLE_DOC.is_file():
        outcome(SAMPLE_DOC.read_bytes(), "warm.doc")


def timed(data: bytes) -> tuple[str, str, float]:
    start = time.monotonic()
    status, message, _ = outcome(data, "hostile.doc")
    return status, message, time.monotonic() - start


def assert_clean(data: bytes, statuses: set[str] = CLEAN, seconds: float = 2.0) -> str:
    status, message, elapsed = timed(data)
    assert status in statuses, f"{status}: {message}"
    assert elapsed < seconds, f"took {elapsed:.1f}s"
    return message


def table_stream(data: bytes) -> str:
    flags = struct.unpack_from("<H", read_stream(data, "WordDocument"), FIB_FLAGS)[0]
    return "1Table" if flags & FLAG_1TABLE else "0Table"


def clx_position(data: bytes) -> tuple[int, int]:
    """Offset of the Pcdt (0x02) inside the table stream, and the PlcPcd length it declares."""
    word = read_stream(data, "WordDocument")
    fc = struct.unpack_from("<I", word, FIB_FC_CLX)[0]
    table = read_stream(data, table_stream(data))
    position = fc
    while table[position] == 0x01:  # Prc entries before the piece table
        position += 3 + struct.unpack_from("<H", table, position + 1)[0]
    assert table[position] == 0x02
    return position, struct.unpack_from("<I", table, position + 1)[0]


def test_the_sample_reads() -> None:
    status, message, spec = outcome(sample(), "sample.doc")
    assert status == "ok", message
    assert spec.title


# --- the OLE container ---------------------------------------------------------------------------


def test_sector_chain_that_loops() -> None:
    data = sample()
    chain = ole_chain(data, "WordDocument")
    looped = put_u32(data, ole_fat_entry_offset(data, chain[3]), chain[1])
    assert_clean(looped)


def test_sector_chain_that_points_past_the_file() -> None:
    data = sample()
    chain = ole_chain(data, "WordDocument")
    assert_clean(put_u32(data, ole_fat_entry_offset(data, chain[1]), 0x00FFFFF0))


def test_sector_chain_cut_short() -> None:
    data = sample()
    chain = ole_chain(data, "1Table")
    assert_clean(put_u32(data, ole_fat_entry_offset(data, chain[0]), END_OF_CHAIN))


def test_stream_size_far_past_its_chain() -> None:
    data = sample()
    entry = ole_dir_entry_offset(data, "WordDocument")
    assert_clean(put_u32(data, entry + 0x78, 0x7FFFFFF0))


def test_directory_tree_that_loops() -> None:
    data = sample()
    entry = ole_dir_entry_offset(data, "WordDocument")
    own_id = (entry % 512) // 128  # the sample's directory fits in whole sectors of 4 entries
    looped = put_u32(put_u32(data, entry + 0x44, own_id), entry + 0x48, own_id)
    assert_clean(looped)


def test_sector_chain_limit_is_configurable() -> None:
    with limits.override(ole_max_sectors=4):
        status, message, _ = outcome(sample(), "sample.doc")
    assert status == "too_large", message
    assert "SPECPARSE_OLE_MAX_SECTORS" in message


# --- the FIB -------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [0x7FFFFFFF, 0xFFFFFFFF, 0])
def test_text_length_claims(value: int) -> None:
    assert_clean(patch_stream(sample(), "WordDocument", FIB_CCP_TEXT, value.to_bytes(4, "little")))


@pytest.mark.parametrize(("fc", "lcb"), [(0x7FFFFFF0, 21), (0, 0x7FFFFFF0), (0xFFFFFFFF, 0xFFFFFFFF), (10_000, 0)])
def test_piece_table_location_claims(fc: int, lcb: int) -> None:
    patch = struct.pack("<II", fc, lcb)
    assert_clean(patch_stream(sample(), "WordDocument", FIB_FC_CLX, patch))


def test_table_stream_flag_flipped() -> None:
    data = sample()
    flags = struct.unpack_from("<H", read_stream(data, "WordDocument"), FIB_FLAGS)[0]
    assert_clean(patch_stream(data, "WordDocument", FIB_FLAGS, struct.pack("<H", flags ^ FLAG_1TABLE)))


# --- the piece table -----------------------------------------------------------------------------


def test_piece_table_length_past_the_stream() -> None:
    data = sample()
    position, _ = clx_position(data)
    assert_clean(patch_stream(data, table_stream(data), position + 1, struct.pack("<I", 0x7FFFFFF0)))


@pytest.mark.parametrize("end_cp", [0x7FFFFFF0, 0, 0xFFFFFFFF])
def test_piece_positions_out_of_order_or_huge(end_cp: int) -> None:
    data = sample()
    position, _ = clx_position(data)
    # PlcPcd: CP[0], CP[1], ... then the PCDs; CP[1] is the end of the first piece.
    assert_clean(patch_stream(data, table_stream(data), position + 5 + 4, struct.pack("<I", end_cp)))


@pytest.mark.parametrize("fc", [0x3FFFFFF0, 0x7FFFFFF0, 0x40000000 | 0x3FFFFFF0])
def test_piece_file_offset_past_the_stream(fc: int) -> None:
    data = sample()
    position, lcb = clx_position(data)
    pieces = (lcb - 4) // 12
    pcd = position + 5 + 4 * (pieces + 1)
    assert_clean(patch_stream(data, table_stream(data), pcd + 2, struct.pack("<I", fc)))


def test_piece_count_limit_is_configurable() -> None:
    with limits.override(doc_max_pieces=1, doc_max_chars=10):
        status, message, _ = outcome(sample(), "sample.doc")
    assert status == "too_large", message
    assert "SPECPARSE_DOC_MAX" in message


# --- fuzz-style damage ---------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(12))
def test_bit_flips_in_the_fib(seed: int) -> None:
    data = sample()
    word = read_stream(data, "WordDocument")
    flipped = bit_flips(word[:1024], 6, seed)
    assert_clean(patch_stream(data, "WordDocument", 0, flipped))


@pytest.mark.parametrize("seed", range(12))
def test_bit_flips_in_the_table_stream(seed: int) -> None:
    data = sample()
    stream = table_stream(data)
    table = read_stream(data, stream)
    assert_clean(patch_stream(data, stream, 0, bit_flips(table, 24, seed)))


@pytest.mark.parametrize("seed", range(8))
def test_bit_flips_anywhere(seed: int) -> None:
    assert_clean(bit_flips(sample(), 32, seed))
