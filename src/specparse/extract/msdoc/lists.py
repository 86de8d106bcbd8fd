"""Automatic numbering: the list definitions (LST), list overrides (LFO) and the running counters."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ...errors import CorruptDocumentError
from .binary import i32, span, u8, u16, u32

MAX_LISTS = 4096
LEVELS = 9
BULLET = "\u2022"
_LSTF_SIZE = 28
_LVLF_SIZE = 28
_LFO_SIZE = 16
_LFOLVL_SIZE = 8
_LFOLVL_START_AT = 0x10
_LFOLVL_FORMATTING = 0x20
_NFC_DECIMAL, _NFC_UPPER_ROMAN, _NFC_LOWER_ROMAN = 0, 1, 2
_NFC_UPPER_LETTER, _NFC_LOWER_LETTER, _NFC_ORDINAL = 3, 4, 5
_NFC_DECIMAL_ZERO, _NFC_BULLET, _NFC_NONE = 22, 23, 255
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
          (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip


@dataclass(frozen=True, slots=True)
class Level:
    start: int
    nfc: int
    template: str  # the number text; characters 0-8 stand for the counters of those levels


@dataclass(frozen=True, slots=True)
class Override:
    """One LFO: the list it instantiates and the levels it restarts or redefines."""

    lsid: int
    formats: dict[int, Level] = field(default_factory=dict)  # levels redefined by this LFO
    starts: dict[int, int] = field(default_factory=dict)  # levels restarted at a given number

    def apply(self, base: tuple[Level, ...]) -> tuple[Level, ...]:
        levels = tuple(self.formats.get(index, level) for index, level in enumerate(base))
        return tuple(
            replace(level, start=self.starts[index]) if index in self.starts else level
            for index, level in enumerate(levels)
        )


@dataclass(slots=True)
class Numbering:
    """List definitions by lsid, the LFOs paragraphs point at (1-based ilfo), and running counters."""

    levels: dict[int, tuple[Level, ...]]
    lfos: tuple[Override, ...]
    counters: dict[tuple[str, int], list[int | None]] = field(default_factory=dict)

    def marker(self, ilfo: int, ilvl: int) -> str:
        """Advance the counter of list ``ilfo`` at level ``ilvl`` and return its rendered marker."""
        if not 1 <= ilfo <= len(self.lfos):
            return ""
        lfo = self.lfos[ilfo - 1]
        base = self.levels.get(lfo.lsid)
        if not base:
            return ""
        levels = lfo.apply(base)
        ilvl = min(ilvl, len(levels) - 1)
        # "Restart numbering" makes a new LFO that overrides a level's start: it counts on its own,
        # while other LFOs, even ones that only restyle a level, share the counters of their list
        # (Tika testWORD_override_list_numbering, test 4: "1", "B", "C", restart "A", "B", then "4").
        key = ("lfo", ilfo) if lfo.starts else ("list", lfo.lsid)
        counts = self.counters.setdefault(key, [None] * LEVELS)
        current = counts[ilvl]
        counts[ilvl] = levels[ilvl].start if current is None else current + 1
        for deeper in range(ilvl + 1, LEVELS):
            counts[deeper] = None
        level = levels[ilvl]
        if level.nfc == _NFC_NONE:
            return ""
        if level.nfc == _NFC_BULLET:
            return BULLET
        parts: list[str] = []
        for char in level.template:
            code = ord(char)
            if code < LEVELS:
                lvl = levels[min(code, len(levels) - 1)]
                if counts[code] is None:
                    # An item that skips a level starts it: the next item at that level counts on
                    # from here (Tika testWORD_override_list_numbering "2.a.I" then "2.b").
                    counts[code] = lvl.start
                parts.append(_format_number(counts[code] or 0, lvl.nfc))
            elif 0xF000 <= code <= 0xF0FF or code < 0x20:
                parts.append(BULLET)  # a Symbol/Wingdings glyph used as a custom bullet
            else:
                parts.append(char)
        return "".join(parts).strip()


def read_numbering(table: bytes, lst: tuple[int, int], lfo: tuple[int, int]) -> Numbering | None:
    """Parse PlfLst (with the LVLs that follow it) and PlfLfo; None when the document has no lists."""
    fc_lst, lcb_lst = lst
    fc_lfo, lcb_lfo = lfo
    if lcb_lst < 2 or lcb_lfo < 4:
        return None
    head = span(table, fc_lst, lcb_lst, "list table (PlfLst)")
    count = min(u16(head, 0), MAX_LISTS)
    at = fc_lst + 2 + _LSTF_SIZE * count
    levels: dict[int, tuple[Level, ...]] = {}
    for index in range(count):
        lsid = i32(head, 2 + _LSTF_SIZE * index)
        simple = u8(head, 2 + _LSTF_SIZE * index + 26) & 1
        parsed: list[Level] = []
        for _ in range(1 if simple else LEVELS):
            level, at = _read_level(table, at)
            parsed.append(level)
        levels[lsid] = tuple(parsed)
    lfos = span(table, fc_lfo, lcb_lfo, "list override table (PlfLfo)")
    lfo_count = min(max(i32(lfos, 0), 0), (len(lfos) - 4) // _LFO_SIZE)
    lsids = [i32(lfos, 4 + _LFO_SIZE * index) for index in range(lfo_count)]
    level_counts = [u8(lfos, 4 + _LFO_SIZE * index + 12) for index in range(lfo_count)]
    try:
        overrides = _read_overrides(table, fc_lfo + 4 + _LFO_SIZE * lfo_count, lsids, level_counts)
    except CorruptDocumentError:
        overrides = [Override(lsid) for lsid in lsids]  # damaged overrides: use the list definitions
    return Numbering(levels=levels, lfos=tuple(overrides))


def _read_overrides(table: bytes, at: int, lsids: list[int], level_counts: list[int]) -> list[Override]:
    """Read each LFO's LFOData: a CP, then per overridden level a start value and maybe a new LVL."""
    found: list[Override] = []
    for lsid, count in zip(lsids, level_counts, strict=True):
        at += 4  # cp, unused
        override = Override(lsid)
        for _ in range(count):
            start, flags = i32(table, at), u32(table, at + 4)
            at += _LFOLVL_SIZE
            ilvl = flags & 0x0F
            if flags & _LFOLVL_FORMATTING:
                level, at = _read_level(table, at)
                override.formats[ilvl] = level
            if flags & _LFOLVL_START_AT:
                override.starts[ilvl] = start
        found.append(override)
    return found


def _read_level(table: bytes, at: int) -> tuple[Level, int]:
    lvlf = span(table, at, _LVLF_SIZE, "list level (LVL)")
    start, nfc = i32(lvlf, 0), lvlf[4]
    chpx_size, papx_size = lvlf[24], lvlf[25]
    at += _LVLF_SIZE + papx_size + chpx_size
    length = u16(table, at)
    text = span(table, at + 2, 2 * length, "list level text").decode("utf-16-le", errors="replace")
    return Level(start=start, nfc=nfc, template=text), at + 2 + 2 * length


def _format_number(value: int, nfc: int) -> str:
    if nfc in (_NFC_UPPER_ROMAN, _NFC_LOWER_ROMAN) and 0 < value < 4000:
        roman = _roman(value)
        return roman.upper() if nfc == _NFC_UPPER_ROMAN else roman
    if nfc in (_NFC_UPPER_LETTER, _NFC_LOWER_LETTER) and value > 0:
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if nfc == _NFC_UPPER_LETTER else letter
    if nfc == _NFC_ORDINAL:
        suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
        return f"{value}{suffix}"
    if nfc == _NFC_DECIMAL_ZERO:
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    parts: list[str] = []
    for amount, numeral in _ROMAN:
        count, value = divmod(value, amount)
        parts.append(numeral * count)
    return "".join(parts)
