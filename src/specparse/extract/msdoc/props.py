"""Direct formatting: sprm lists, and the PAPX/CHPX formatted-disk-pages that map text to them."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from .binary import plc_cps, span, u8, u16, u32

FKP_SIZE = 512
MAX_FKP_PAGES = 1 << 16  # bin-table entries; each page covers at most a few hundred runs

SPRM_C_FBOLD = 0x0835
SPRM_P_ILVL = 0x260A
SPRM_P_ILFO = 0x460B
SPRM_P_FINTABLE = 0x2416
SPRM_P_FTTP = 0x2417
SPRM_P_OUTLVL = 0x2640
SPRM_P_ITAP = 0x6649
SPRM_P_FINNERTTP = 0x244C
_SPRM_T_DEF_TABLE = 0xD608
_SPRM_T_DEF_TABLE10 = 0xD606
_SPRM_P_CHG_TABS = 0xC615
# Operand sizes by the sprm's spra field (bits 13-15); 6 means a length byte follows.
_SPRA_SIZES = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}


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


def _chg_tabs_size(grpprl: bytes, offset: int) -> int:
    """sprmPChgTabs with length 255 spells out its deletions and additions (tab stops in styles)."""
    deletions = grpprl[offset + 1] if offset + 1 < len(grpprl) else 0
    add_at = offset + 2 + 4 * deletions
    additions = grpprl[add_at] if add_at < len(grpprl) else 0
    return 2 + 4 * deletions + 1 + 3 * additions


@dataclass(frozen=True, slots=True)
class Run:
    """One FKP run: the stream range [fc_start, fc_end) and its grpprl (and style for paragraphs)."""

    fc_start: int
    fc_end: int
    grpprl: bytes
    istd: int = 0


@dataclass(frozen=True, slots=True)
class RunIndex:
    runs: tuple[Run, ...]
    starts: tuple[int, ...]

    def at(self, fc: int | None) -> Run | None:
        if fc is None:
            return None
        index = bisect_right(self.starts, fc) - 1
        if index < 0 or fc >= self.runs[index].fc_end:
            return None
        return self.runs[index]


def read_runs(word: bytes, table: bytes, fc: int, lcb: int, paragraphs: bool) -> RunIndex:
    """Read a PlcfBtePapx/PlcfBteChpx bin table and every FKP page it points to."""
    runs: list[Run] = []
    if lcb >= 12:
        _, count = plc_cps(span(table, fc, lcb, "formatting bin table"), 4)
        plc = span(table, fc, lcb, "formatting bin table")
        seen: set[int] = set()
        for index in range(min(count, MAX_FKP_PAGES)):
            page_number = u32(plc, 4 * (count + 1) + 4 * index) & 0x3FFFFF
            if page_number in seen:  # a hostile bin table may point at one page many times
                continue
            seen.add(page_number)
            page = span(word, page_number * FKP_SIZE, FKP_SIZE, "formatting page (FKP)")
            runs.extend(_papx_page(page) if paragraphs else _chpx_page(page))
    runs.sort(key=lambda run: run.fc_start)
    return RunIndex(tuple(runs), tuple(run.fc_start for run in runs))


def _papx_page(page: bytes) -> Iterator[Run]:
    count = page[FKP_SIZE - 1]
    bx_start = 4 * (count + 1)
    if bx_start + 13 * count > FKP_SIZE - 1:
        return
    for index in range(count):
        word_offset = page[bx_start + 13 * index]
        if word_offset == 0:  # no PAPX: the Normal style with no direct formatting
            yield Run(u32(page, 4 * index), u32(page, 4 * index + 4), b"")
            continue
        at = 2 * word_offset
        size = 2 * u8(page, at) - 1
        if size == -1:  # a zero count byte means the next byte holds the real (word) count
            size = 2 * u8(page, at + 1)
            at += 1
        body = page[at + 1 : at + 1 + size]
        if len(body) < 2:
            continue
        yield Run(u32(page, 4 * index), u32(page, 4 * index + 4), body[2:], istd=u16(body, 0))


def _chpx_page(page: bytes) -> Iterator[Run]:
    count = page[FKP_SIZE - 1]
    offsets_start = 4 * (count + 1)
    if offsets_start + count > FKP_SIZE - 1:
        return
    for index in range(count):
        word_offset = page[offsets_start + index]
        grpprl = b""
        if word_offset:
            at = 2 * word_offset
            grpprl = page[at + 1 : at + 1 + u8(page, at)]
        yield Run(u32(page, 4 * index), u32(page, 4 * index + 4), grpprl)
