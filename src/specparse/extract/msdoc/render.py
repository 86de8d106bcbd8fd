"""Turn one story's characters into Lines: fields, special characters, paragraphs and table rows.

Word's in-text control characters ([MS-DOC] 2.8.x): 0x0D ends a paragraph, 0x07 ends a table
cell or (on the row's TTP paragraph) a row, 0x0B is a manual line break, 0x0C a page or section
break, 0x13/0x14/0x15 open a field, separate its instruction from its result, and close it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...lines import Line, Region
from ..rows import heading_beside_prose
from .formatting import UNKNOWN, Formatting, ParaProps
from .lists import Numbering

MAX_FIELD_DEPTH = 64  # Word nests fields a few levels deep; beyond this only the count is kept
ROW_MAX_CHARS = 250  # a row longer than this is prose laid out in a table: one Line per paragraph
CELL_SEPARATOR = "  "
_PARAGRAPH_ENDS = "\r\x07\x0c"
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
# Characters that stand for something else: a non-breaking hyphen prints as a hyphen; the rest
# (optional hyphen, picture and drawing anchors, note and comment references, note separators)
# print nothing that belongs in text.
_REPLACE = {"\x1e": "-", "\x0b": "\n"}
_DROP = frozenset("\x00\x01\x02\x03\x04\x05\x06\x08\x0e\x0f\x10\x11\x12\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1f")


@dataclass(slots=True)
class _Paragraph:
    text: list[str] = field(default_factory=list)
    cps: list[int] = field(default_factory=list)  # CPs of the visible characters, for bold
    end: str = "\r"
    props: ParaProps = UNKNOWN

    @property
    def string(self) -> str:
        return "".join(self.text)


def render_story(
    chars: str,
    start: int,
    formatting: Formatting | None,
    numbering: Numbering | None,
    region: Region = "body",
) -> list[Line]:
    """Render the characters of a story that begins at CP ``start``."""
    paragraphs = _paragraphs(chars, start, formatting)
    return _TableBuilder(formatting, numbering, region).build(paragraphs)


def _paragraphs(chars: str, start: int, formatting: Formatting | None) -> list[_Paragraph]:
    paragraphs: list[_Paragraph] = []
    current = _Paragraph()
    fields: list[bool] = []  # one entry per open field: True once its result has begun
    overflow = 0
    hidden = 0  # how many open fields are still in their instruction part
    deletions = formatting is not None and formatting.has_deletions
    for offset, char in enumerate(chars):
        if deletions and formatting is not None and formatting.deleted(start + offset):
            continue  # tracked deletions (POI/Tika testWORD_2006ml "Deleted paragraph1") are gone
        if char == _FIELD_BEGIN:
            if len(fields) < MAX_FIELD_DEPTH:
                fields.append(False)
                hidden += 1
            else:
                overflow += 1
        elif char == _FIELD_SEPARATOR:
            if fields and not overflow and not fields[-1]:
                fields[-1] = True
                hidden -= 1
        elif char == _FIELD_END:
            if overflow:
                overflow -= 1
            elif fields and not fields.pop():
                hidden -= 1
        elif hidden or overflow:
            continue  # a field instruction (PAGE \* MERGEFORMAT, HYPERLINK "…") prints nothing
        elif char in _PARAGRAPH_ENDS:
            current.end = char
            if formatting is not None:
                current.props = formatting.paragraph(start + offset)
            paragraphs.append(current)
            current = _Paragraph()
        elif char not in _DROP:
            current.text.append(_REPLACE.get(char, char))
            current.cps.append(start + offset)
    if current.text:
        paragraphs.append(current)
    return paragraphs


class _TableBuilder:
    """Groups cell paragraphs into rows and renders every paragraph or row as Lines."""

    def __init__(self, formatting: Formatting | None, numbering: Numbering | None, region: Region) -> None:
        self._formatting = formatting
        self._numbering = numbering
        self._region: Region = region
        self._lines: list[Line] = []
        self._cell: list[_Paragraph] = []
        self._row: list[list[_Paragraph]] = []

    def build(self, paragraphs: list[_Paragraph]) -> list[Line]:
        previous_end = ""
        for paragraph in paragraphs:
            props = paragraph.props
            if paragraph.end == "\x07":
                # Without a PAPX, approximate: the row-end mark is an empty 0x07 paragraph straight
                # after a cell mark (so an empty last cell reads as a row end too).
                approximate = previous_end == "\x07" and not paragraph.string.strip()
                row_end = props.row_end if props.known else approximate
                if row_end:
                    self._flush_row()
                else:
                    self._cell.append(paragraph)
                    self._row.append(self._cell)
                    self._cell = []
            elif props.known and props.in_table:
                self._cell.append(paragraph)
            else:
                self._flush_row()
                self._emit(paragraph)
            previous_end = paragraph.end
        self._flush_row()
        return _tidy(self._lines)

    def _flush_row(self) -> None:
        if self._cell:
            self._row.append(self._cell)
            self._cell = []
        if not self._row:
            return
        cells = [[p for p in cell if p.string.strip()] for cell in self._row]
        self._row = []
        texts = [" ".join(_clean(p.string.replace("\n", " ")) for p in cell) for cell in cells]
        if any(len(cell) > 1 for cell in cells) or sum(map(len, texts)) > ROW_MAX_CHARS:
            for cell in cells:
                for paragraph in cell:
                    self._emit(paragraph)
            return
        filled = [(text, cell) for text, cell in zip(texts, cells, strict=True) if text]
        if len(filled) == 2 and heading_beside_prose(filled[0][0], self._bold(filled[0][1][0]), [filled[1][0]]):
            # A section laid out as a row: its heading in the left cell, its text in the right.
            for _, cell in filled:
                for paragraph in cell:
                    self._emit(paragraph)
            return
        if filled:
            bold = all(self._bold(p) for _, cell in filled for p in cell)
            text = CELL_SEPARATOR.join(text for text, _ in filled)
            self._lines.append(Line(text=text, bold=bold, region=self._region))

    def _emit(self, paragraph: _Paragraph) -> None:
        props = paragraph.props
        pieces = paragraph.string.split("\n")
        marker = ""
        if self._numbering is not None and props.ilfo and paragraph.string.strip():
            marker = self._numbering.marker(props.ilfo, props.ilvl)
        bold = self._bold(paragraph)
        for index, piece in enumerate(pieces):
            text = _clean(piece)
            if index == 0 and marker:
                text = f"{marker} {text}"
            self._lines.append(
                Line(
                    text=text,
                    bold=bold and bool(text),
                    heading_level=props.heading_level if text else None,
                    list_item=bool(marker) and index == 0,
                    region=self._region,
                )
            )

    def _bold(self, paragraph: _Paragraph) -> bool:
        if self._formatting is None:
            return False
        visible = [cp for char, cp in zip(paragraph.text, paragraph.cps, strict=True) if not char.isspace()]
        return self._formatting.bold(visible, paragraph.props.style_bold)


def _clean(text: str) -> str:
    """Pair UTF-16 surrogates that were kept one per CP, and trim the ends."""
    if any("\ud800" <= char <= "\udfff" for char in text):
        text = text.encode("utf-16-le", errors="surrogatepass").decode("utf-16-le", errors="replace")
    return text.strip()


def _tidy(lines: list[Line]) -> list[Line]:
    """Drop leading and trailing blank lines and collapse runs of blanks into one."""
    tidy: list[Line] = []
    for line in lines:
        if not line.text and (not tidy or not tidy[-1].text):
            continue
        tidy.append(line)
    while tidy and not tidy[-1].text:
        tidy.pop()
    return tidy
