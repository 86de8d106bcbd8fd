"""Property modifiers (sprms): how to walk a grpprl in Word 97+ and in Word 6/95, and which codes matter.

Word 97 sprms are 16-bit with the operand size in their top three bits; Word 6/95 sprms are one
byte whose operand size must be looked up ([MS-DOC] predecessor "Word 6 binary file format").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .binary import u16

_SPRM_T_DEF_TABLE = 0xD608
_SPRM_T_DEF_TABLE10 = 0xD606
_SPRM_P_CHG_TABS = 0xC615
# Operand sizes by the sprm's spra field (bits 13-15); 6 means a length byte follows.
_SPRA_SIZES = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}

# Word 6/95 operand sizes by sprm code; any code not listed takes a one-byte operand.
_WORD6_SIZES: dict[int, int] = {
    **dict.fromkeys((20, 70, 74, 192, 194, 196, 200), 4),
    **dict.fromkeys((68, 193, 199), 5),
    **dict.fromkeys((73, 95, 136, 137), 3),
    **dict.fromkeys((120, 187), 12),
    **dict.fromkeys(
        (2, 16, 17, 18, 19, 21, 22, 26, 27, 28, 30, 31, 32, 33, 34, 35, 36, 38, 39, 40, 41, 42, 43, 45,
         46, 47, 48, 49, 69, 72, 80, 93, 96, 97, 99, 101, 105, 106, 107, 109, 110, 121, 122, 123, 124,
         140, 141, 144, 145, 148, 149, 154, 155, 156, 157, 160, 161, 164, 165, 166, 167, 168, 169, 170,
         171, 182, 183, 184, 189, 195, 197, 198),
        2,
    ),
}  # fmt: skip
_WORD6_VARIABLE = frozenset((3, 12, 15, 81, 103, 108, 188, 190, 191))  # a length byte follows
_WORD6_CHG_TABS = 23


def iter_sprms(grpprl: bytes) -> Iterator[tuple[int, bytes]]:
    """Yield (sprm, operand) for each Word 97 property modifier; stops at a truncated one."""
    offset = 0
    end = len(grpprl)
    while offset + 2 <= end:
        sprm = grpprl[offset] | grpprl[offset + 1] << 8
        offset += 2
        size = _SPRA_SIZES.get(sprm >> 13)
        if size is None:
            if offset >= end:
                return
            if sprm in (_SPRM_T_DEF_TABLE, _SPRM_T_DEF_TABLE10):
                # The table definition's length is a 16-bit count that includes one of its own bytes.
                size = 2 + max(u16(grpprl, offset) - 1, 0) if offset + 2 <= end else end - offset
            elif sprm == _SPRM_P_CHG_TABS and grpprl[offset] == 255:
                size = _chg_tabs_size(grpprl, offset)
            else:
                size = 1 + grpprl[offset]
        if offset + size > end:
            return
        yield sprm, grpprl[offset : offset + size]
        offset += size


def iter_sprms6(grpprl: bytes) -> Iterator[tuple[int, bytes]]:
    """Yield (sprm, operand) for each Word 6/95 property modifier; stops at a truncated one."""
    offset = 0
    end = len(grpprl)
    while offset + 1 < end:
        sprm = grpprl[offset]
        offset += 1
        if sprm in _WORD6_VARIABLE:
            size = 1 + grpprl[offset]
        elif sprm == _WORD6_CHG_TABS and grpprl[offset] == 255:
            size = _chg_tabs_size(grpprl, offset)
        elif sprm == _WORD6_CHG_TABS:
            size = 1 + grpprl[offset]
        else:
            size = _WORD6_SIZES.get(sprm, 1)
        if offset + size > end:
            return
        yield sprm, grpprl[offset : offset + size]
        offset += size


def _chg_tabs_size(grpprl: bytes, offset: int) -> int:
    """A tab-change sprm of length 255 spells out its deletions and additions instead."""
    deletions = grpprl[offset + 1] if offset + 1 < len(grpprl) else 0
    add_at = offset + 2 + 4 * deletions
    additions = grpprl[add_at] if add_at < len(grpprl) else 0
    return 2 + 4 * deletions + 1 + 3 * additions


@dataclass(frozen=True, slots=True)
class Dialect:
    """The sprm walker and the codes the reader looks for, per Word generation (-1: none)."""

    iter_sprms: Callable[[bytes], Iterator[tuple[int, bytes]]]
    bold: int
    char_style: int  # sprmCIstd: the run's character style ("Strong" and the like)
    deleted: int  # fRMarkDel: text deleted with change tracking on, still stored in the file
    in_table: int
    ttp: int
    ilfo: int
    ilvl: int
    outline: int
    itap: int


WORD97 = Dialect(iter_sprms, bold=0x0835, char_style=0x4A30, deleted=0x0800, in_table=0x2416,
                 ttp=0x2417, ilfo=0x460B, ilvl=0x260A, outline=0x2640, itap=0x6649)  # fmt: skip
# Word 6/95 number lists through ANLD sprms, not list tables, so only tables and bold are read.
WORD6 = Dialect(
    iter_sprms6,
    bold=85,
    char_style=80,
    deleted=65,
    in_table=24,
    ttp=25,
    ilfo=-1,
    ilvl=-1,
    outline=-1,
    itap=-1,
)
