"""The style sheet (STSH): each paragraph style's built-in identity and the bold/list it implies."""

from __future__ import annotations

from dataclasses import dataclass

from .binary import u16
from .sprms import WORD6, WORD97, Dialect

MAX_STYLES = 4096  # istd is a 12-bit number
MAX_BASE_DEPTH = 16  # Word allows 11 levels of "based on"; deeper chains are loops or damage
STI_HEADING_FIRST, STI_HEADING_LAST = 1, 9  # built-in "heading 1".."heading 9"
MAX_HEADING_LEVEL = 6  # Line.heading_level is h1-h6; Word's heading 7-9 fold into 6
STI_TITLE = 62  # the built-in "Title" style: the spec's title line (LibreOffice exports use it)
_STK_PARAGRAPH = 1
_STK_CHARACTER = 2
_ISTD_NIL = 0x0FFF


@dataclass(frozen=True, slots=True)
class Style:
    """A paragraph or character style after its "based on" chain is applied."""

    heading_level: int | None = None
    bold: bool = False
    sets_bold: bool = False  # the style itself (or its bases) says bold on or off
    ilfo: int = 0
    ilvl: int = 0


@dataclass(frozen=True, slots=True)
class _RawStyle:
    sti: int
    base: int
    papx: bytes
    chpx: bytes


def read_styles(stsh: bytes, dialect: Dialect = WORD97) -> dict[int, Style]:
    """Parse an STSH into resolved styles by istd; unreadable entries are skipped.

    Word 6/95 style sheets differ only in the name (8-bit with a one-byte length) and the sprms.
    """
    raw: dict[int, _RawStyle] = {}
    if len(stsh) < 6:
        return {}
    header_size = u16(stsh, 0)
    if header_size < 4 or 2 + header_size > len(stsh):
        return {}
    count, base_size = u16(stsh, 2), u16(stsh, 4)
    offset = 2 + header_size
    for istd in range(min(count, MAX_STYLES)):
        if offset + 2 > len(stsh):
            break
        size = u16(stsh, offset)
        std = stsh[offset + 2 : offset + 2 + size]
        offset += 2 + size
        if size and len(std) == size:
            parsed = _parse_std(std, base_size, dialect is WORD6)
            if parsed is not None:
                raw[istd] = parsed
    return {istd: _resolve(istd, raw, dialect) for istd in raw}


def _parse_std(std: bytes, base_size: int, word6: bool) -> _RawStyle | None:
    if len(std) < 8 or base_size < 8:
        return None
    sti = u16(std, 0) & 0x0FFF
    stk, base = u16(std, 2) & 0x000F, u16(std, 2) >> 4
    upx_count = u16(std, 4) & 0x000F
    wanted = {_STK_PARAGRAPH: 2, _STK_CHARACTER: 1}.get(stk)
    if wanted is None or upx_count < wanted:
        return None
    at = base_size
    if at + 2 > len(std):
        return None
    if word6:
        at += 1 + std[at] + 1  # an 8-bit name: count, characters, a terminating zero
    else:
        at += 2 + 2 * u16(std, at) + 2  # xstzName: count, UTF-16 characters, a terminating zero
    upxs: list[bytes] = []
    for _ in range(wanted):
        at += at & 1
        if at + 2 > len(std):
            return None
        upx_size = u16(std, at)
        upxs.append(std[at + 2 : at + 2 + upx_size])
        at += 2 + upx_size
    if stk == _STK_CHARACTER:
        return _RawStyle(sti=sti, base=base, papx=b"", chpx=upxs[0])
    papx = upxs[0][2:]  # a paragraph UPX starts with the style's own istd
    return _RawStyle(sti=sti, base=base, papx=papx, chpx=upxs[1])


def _resolve(istd: int, raw: dict[int, _RawStyle], dialect: Dialect) -> Style:
    chain: list[_RawStyle] = []
    current = istd
    while current in raw and current != _ISTD_NIL and len(chain) < MAX_BASE_DEPTH:
        chain.append(raw[current])
        current = raw[current].base
    bold, sets_bold, ilfo, ilvl, outline = False, False, 0, 0, None
    for style in reversed(chain):
        for sprm, operand in dialect.iter_sprms(style.chpx):
            if sprm == dialect.bold:
                bold = bold_value(operand[0], bold)
                sets_bold = True
        for sprm, operand in dialect.iter_sprms(style.papx):
            if sprm == dialect.ilfo:
                ilfo = u16(operand, 0)
            elif sprm == dialect.ilvl:
                ilvl = operand[0]
            elif sprm == dialect.outline:
                outline = operand[0]
    sti = raw[istd].sti
    level: int | None = None
    if STI_HEADING_FIRST <= sti <= STI_HEADING_LAST:
        level = min(sti, MAX_HEADING_LEVEL)
    elif sti == STI_TITLE:
        level = 1
    elif outline is not None and outline < 9:
        level = min(outline + 1, MAX_HEADING_LEVEL)
    return Style(heading_level=level, bold=bold, sets_bold=sets_bold, ilfo=ilfo, ilvl=ilvl)


def bold_value(operand: int, inherited: bool) -> bool:
    """sprmCFBold: 0 off, 1 on, 0x80 as the style says, 0x81 the opposite of the style."""
    if operand == 0x81:
        return not inherited
    if operand == 0x80:
        return inherited
    return operand == 1
