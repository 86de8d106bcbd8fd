"""RTF text into Lines: the paragraphs, list markers and table rows of one region (body, header, footer)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lines import Line, Region
from .rows import heading_beside_prose

# A cell with more than one paragraph, or this much text, makes its row a layout row whose cell
# paragraphs become Lines of their own (a spec's DUTIES often sits in one big cell).
LAYOUT_CELL_CHARS = 150

# A numbered marker ("1.", "a)", "(iv)", "2.1") is kept as written.
_NUMBERED = re.compile(r"^\(?[0-9]+([.][0-9]+)*[.):]?$|^\(?[A-Za-z]{1,5}[.):]$")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(slots=True)
class _Cell:
    paragraphs: list[tuple[str, bool]] = field(default_factory=list)


@dataclass(slots=True)
class Flow:
    """The text of one region: the paragraph being read, its list marker and the table row.

    Finished Lines are appended to ``lines``, which the regions of one document share.
    """

    region: Region
    lines: list[Line]
    segments: list[tuple[str, bool]] = field(default_factory=list)
    marker: list[str] = field(default_factory=list)
    cell: _Cell = field(default_factory=_Cell)
    cells: list[_Cell] = field(default_factory=list)

    def paragraph(self, level: int | None, *, in_cell: bool) -> None:
        """A paragraph break: inside a table cell it only separates the cell's paragraphs."""
        if in_cell:
            text, bold, _ = self._take()
            self.cell.paragraphs.append((text, bold))
            return
        if self.cells:
            self.end_row()
        self._end_paragraph(level)

    def end(self, level: int | None) -> None:
        """End the region's text: a row left open by a truncated table first, then the last paragraph."""
        if self.cells:
            self.end_row()
        self._end_paragraph(level)

    def end_cell(self) -> None:
        text, bold, _ = self._take()
        self.cell.paragraphs.append((text, bold))
        self.cells.append(self.cell)
        self.cell = _Cell()

    def end_row(self) -> None:
        if self.cell.paragraphs or self.segments:
            self.end_cell()
        cells = [[p for p in cell.paragraphs if p[0]] for cell in self.cells]
        self.cells = []
        cells = [cell for cell in cells if cell]
        layout = any(len(cell) > 1 or len(cell[0][0]) > LAYOUT_CELL_CHARS for cell in cells)
        if layout:
            for cell in cells:
                self.lines.extend(Line(text, bold=bold, region=self.region) for text, bold in cell)
        elif len(cells) == 2 and heading_beside_prose(cells[0][0][0], cells[0][0][1], [cells[1][0][0]]):
            self.lines.append(Line(cells[0][0][0], bold=cells[0][0][1], region=self.region))
            self.lines.append(Line(cells[1][0][0], bold=cells[1][0][1], region=self.region))
        elif cells:
            text = "  ".join(cell[0][0] for cell in cells)
            bold = all(cell[0][1] for cell in cells)
            self.lines.append(Line(text, bold=bold, region=self.region))

    def _end_paragraph(self, level: int | None) -> None:
        text, bold, marker = self._take()
        if not text and not marker:
            return
        if marker:
            text = f"{marker} {text}".rstrip()
        self.lines.append(Line(text, bold=bold, heading_level=level, list_item=bool(marker), region=self.region))

    def _take(self) -> tuple[str, bool, str]:
        # A stray U+FEFF (\u-257) is an invisible leftover of conversions, never text.
        text = "".join(piece for piece, _ in self.segments).replace("\ufeff", "").strip()
        if _SURROGATE.search(text):
            # \uN gives UTF-16 code units; characters beyond the BMP arrive as surrogate pairs.
            text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        bold = bool(text) and all(b for piece, b in self.segments if piece.strip())
        marker = _marker("".join(self.marker))
        self.segments, self.marker = [], []
        return text, bold, marker


def _marker(raw: str) -> str:
    marker = raw.replace("\t", " ").strip()
    if not marker or _NUMBERED.match(marker):
        return marker
    # A lone glyph ("\'b7" in Symbol, "o" in Courier New, "§" in Wingdings, a dash) is a bullet;
    # longer text ("Step 1:") is kept as written.
    if len(marker) == 1 or not any(char.isalnum() for char in marker):
        return "\u2022"
    return marker
