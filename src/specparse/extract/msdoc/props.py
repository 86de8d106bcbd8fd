"""The PAPX/CHPX formatted disk pages (FKPs) that map stretches of the text stream to formatting."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from .binary import plc_cps, span, u8, u16, u32

FKP_SIZE = 512
MAX_FKP_PAGES = 1 << 16  # bin-table entries; each page covers at most a few hundred runs


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


def read_runs(
    word: bytes, table: bytes, pair: tuple[int, int], *, paragraphs: bool, word6: bool = False, pages: int = 0
) -> RunIndex:
    """Read a PlcfBtePapx/PlcfBteChpx bin table and every FKP page it points to.

    Word 6/95 bin tables hold 16-bit page numbers and may list fewer pages than the FIB's count
    (``pages``): the rest follow the last listed page in the stream.
    """
    fc, lcb = pair
    entry_size = 2 if word6 else 4
    if lcb < 4 + 4 + entry_size:
        return RunIndex((), ())
    plc = span(table, fc, lcb, "formatting bin table")
    _, count = plc_cps(plc, entry_size)
    count = min(count, MAX_FKP_PAGES)
    base = 4 * (count + 1)
    if word6:
        numbers = [u16(plc, base + 2 * index) for index in range(count)]
        last_page = len(word) // FKP_SIZE - 1
        extra = min(pages, MAX_FKP_PAGES) - count
        if numbers and extra > 0:
            numbers += range(numbers[-1] + 1, min(numbers[-1] + 1 + extra, last_page + 1))
    else:
        numbers = [u32(plc, base + 4 * index) & 0x3FFFFF for index in range(count)]
    runs: list[Run] = []
    for page_number in dict.fromkeys(numbers):  # a hostile bin table may repeat one page many times
        page = span(word, page_number * FKP_SIZE, FKP_SIZE, "formatting page (FKP)")
        if paragraphs:
            runs.extend(_papx_page(page, word6))
        else:
            runs.extend(_chpx_page(page))
    runs.sort(key=lambda run: run.fc_start)
    return RunIndex(tuple(runs), tuple(run.fc_start for run in runs))


def _papx_page(page: bytes, word6: bool) -> Iterator[Run]:
    count = page[FKP_SIZE - 1]
    bx_start = 4 * (count + 1)
    bx_size = 7 if word6 else 13  # an offset byte and the paragraph height (PHE: 6 or 12 bytes)
    if bx_start + bx_size * count > FKP_SIZE - 1:
        return
    for index in range(count):
        fc_start, fc_end = u32(page, 4 * index), u32(page, 4 * index + 4)
        word_offset = page[bx_start + bx_size * index]
        if word_offset == 0:  # no PAPX: the Normal style with no direct formatting
            yield Run(fc_start, fc_end, b"")
            continue
        at = 2 * word_offset
        if word6:
            # Word 6: a count of words, then the style (16 bits) and the grpprl.
            body = page[at + 1 : at + 1 + 2 * u8(page, at)]
        else:
            size = 2 * u8(page, at) - 1
            if size == -1:  # a zero count byte means the next byte holds the real (word) count
                size = 2 * u8(page, at + 1)
                at += 1
            body = page[at + 1 : at + 1 + size]
        if len(body) >= 2:
            yield Run(fc_start, fc_end, body[2:], istd=u16(body, 0))


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
