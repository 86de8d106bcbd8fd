"""Per-paragraph and per-character properties a reader keeps: table marks, headings, lists, bold."""

from __future__ import annotations

from dataclasses import dataclass

from .binary import u16
from .pieces import DocumentText
from .props import (
    SPRM_C_FBOLD,
    SPRM_P_FINTABLE,
    SPRM_P_FTTP,
    SPRM_P_ILFO,
    SPRM_P_ILVL,
    SPRM_P_ITAP,
    SPRM_P_OUTLVL,
    Run,
    RunIndex,
    iter_sprms,
)
from .styles import Style, bold_value

_OUTLINE_BODY_TEXT = 9


@dataclass(frozen=True, slots=True)
class ParaProps:
    """What one paragraph's PAPX and style say; ``known`` is False when no PAPX could be found."""

    known: bool = False
    in_table: bool = False
    row_end: bool = False  # the TTP: the 0x07 that closes a table row, not a cell
    heading_level: int | None = None
    style_bold: bool = False
    ilfo: int = 0
    ilvl: int = 0


UNKNOWN = ParaProps()


class Formatting:
    """Looks up formatting by CP through the piece table; caches the decoding of each FKP run."""

    def __init__(self, text: DocumentText, papx: RunIndex, chpx: RunIndex, styles: dict[int, Style]) -> None:
        self._text = text
        self._papx = papx
        self._chpx = chpx
        self._styles = styles
        self._para_cache: dict[int, ParaProps] = {}
        self._bold_cache: dict[int, int | None] = {}

    def paragraph(self, cp: int) -> ParaProps:
        run = self._papx.at(self._text.fc_of(cp))
        if run is None:
            return UNKNOWN
        cached = self._para_cache.get(id(run))
        if cached is None:
            cached = self._decode_papx(run)
            self._para_cache[id(run)] = cached
        return cached

    def bold(self, cps: list[int], style_bold: bool) -> bool:
        """True when every given character is bold, after the paragraph style and direct formatting."""
        if not cps:
            return False
        for cp in cps:
            run = self._chpx.at(self._text.fc_of(cp))
            operand = self._bold_operand(run) if run is not None else None
            bold = style_bold if operand is None else bold_value(operand, style_bold)
            if not bold:
                return False
        return True

    def _bold_operand(self, run: Run) -> int | None:
        key = id(run)
        if key not in self._bold_cache:
            operand = None
            for sprm, value in iter_sprms(run.grpprl):
                if sprm == SPRM_C_FBOLD:
                    operand = value[0]
            self._bold_cache[key] = operand
        return self._bold_cache[key]

    def _decode_papx(self, run: Run) -> ParaProps:
        style = self._styles.get(run.istd, Style())
        in_table = row_end = False
        ilfo, ilvl, level = style.ilfo, style.ilvl, style.heading_level
        for sprm, operand in iter_sprms(run.grpprl):
            if sprm == SPRM_P_FINTABLE:
                in_table = operand[0] == 1
            elif sprm == SPRM_P_ITAP:
                in_table = in_table or u16(operand, 0) > 0
            elif sprm == SPRM_P_FTTP:
                row_end = operand[0] == 1
            elif sprm == SPRM_P_ILFO:
                ilfo = u16(operand, 0)
            elif sprm == SPRM_P_ILVL:
                ilvl = operand[0]
            elif sprm == SPRM_P_OUTLVL and operand[0] < _OUTLINE_BODY_TEXT:
                level = operand[0] + 1
        return ParaProps(True, in_table, row_end, level, style.bold, ilfo, ilvl)
