"""Per-paragraph and per-character properties a reader keeps: table marks, headings, lists, bold."""

from __future__ import annotations

from dataclasses import dataclass

from .binary import u16
from .pieces import DocumentText
from .props import Run, RunIndex
from .sprms import Dialect
from .styles import MAX_HEADING_LEVEL, Style, bold_value

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

    def __init__(
        self, text: DocumentText, papx: RunIndex, chpx: RunIndex, styles: dict[int, Style], dialect: Dialect
    ) -> None:
        self._text = text
        self._dialect = dialect
        self._papx = papx
        self._chpx = chpx
        self._styles = styles
        self._para_cache: dict[int, ParaProps] = {}
        self._bold_cache: dict[int, tuple[int | None, int | None]] = {}
        self._deleted_runs = {
            id(run)
            for run in chpx.runs
            if any(sprm == dialect.deleted and value[0] for sprm, value in dialect.iter_sprms(run.grpprl))
        }

    @property
    def has_deletions(self) -> bool:
        return bool(self._deleted_runs)

    def deleted(self, cp: int) -> bool:
        """True for text deleted under change tracking: the final document does not hold it."""
        run = self._chpx.at(self._text.fc_of(cp))
        return run is not None and id(run) in self._deleted_runs

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
            operand, char_style = self._bold_sprms(run) if run is not None else (None, None)
            base = style_bold
            if char_style is not None:
                # A character style ("Strong") that sets bold wins over the paragraph style.
                style = self._styles.get(char_style)
                if style is not None and style.sets_bold:
                    base = style.bold
            bold = base if operand is None else bold_value(operand, base)
            if not bold:
                return False
        return True

    def _bold_sprms(self, run: Run) -> tuple[int | None, int | None]:
        """The run's direct bold operand and character style, when it has them."""
        key = id(run)
        if key not in self._bold_cache:
            operand = char_style = None
            for sprm, value in self._dialect.iter_sprms(run.grpprl):
                if sprm == self._dialect.bold:
                    operand = value[0]
                elif sprm == self._dialect.char_style and len(value) >= 2:
                    char_style = u16(value, 0)
            self._bold_cache[key] = (operand, char_style)
        return self._bold_cache[key]

    def _decode_papx(self, run: Run) -> ParaProps:
        style = self._styles.get(run.istd, Style())
        in_table = row_end = False
        ilfo, ilvl, level = style.ilfo, style.ilvl, style.heading_level
        dialect = self._dialect
        for sprm, operand in dialect.iter_sprms(run.grpprl):
            if sprm == dialect.in_table:
                in_table = operand[0] == 1
            elif sprm == dialect.itap:
                in_table = in_table or u16(operand, 0) > 0
            elif sprm == dialect.ttp:
                row_end = operand[0] == 1
            elif sprm == dialect.ilfo:
                ilfo = u16(operand, 0)
            elif sprm == dialect.ilvl:
                ilvl = operand[0]
            elif sprm == dialect.outline and operand[0] < _OUTLINE_BODY_TEXT:
                level = min(operand[0] + 1, MAX_HEADING_LEVEL)
        return ParaProps(True, in_table, row_end, level, style.bold, ilfo, ilvl)
