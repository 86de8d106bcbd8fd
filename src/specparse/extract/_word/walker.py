"""Walk WordprocessingML blocks (paragraphs, tables, text boxes) into Lines, as Word would display them.

Choices, for every flavour:
- tracked changes are read as accepted: inserted and moved-to text kept, deleted and moved-from dropped;
- fields show their result, never their instruction;
- a manual line break (``w:br``, ``w:cr``) splits the paragraph into several Lines (it is a visible
  new line, and spec headers use it for "Class Code: 1234 <br> Approved: ..."); the list marker goes
  on the first piece only. Page and column breaks become a space, so words are never glued;
- text boxes are read once (the mc:Choice, or the mc:Fallback when the Choice has no Word content)
  and their paragraphs follow the paragraph that anchors them;
- hidden text (``w:vanish``) is skipped; caps and small caps are upper-cased as displayed;
- table rows are one Line with cells joined by two spaces, unless a cell holds prose (long text, a
  list, or a nested table): then the row's cells are walked as ordinary blocks, one Line each.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from ...limits import check_depth, current
from ...lines import Line, Region
from ..rows import heading_beside_prose
from .dialect import AML_2003, MC, WX_2003, Dialect, int_or
from .glyphs import CHECKED_BOX, UNCHECKED_BOX, symbol
from .numbering import Numbering
from .styles import Styles, heading_from_outline

MAX_FIELD_NESTING = 64
LONG_CELL_CHARS = 200  # a cell longer than this is prose (a DUTIES cell), not a header-block value
BREAK_TYPES_AS_SPACE = frozenset({"page", "column"})

_AML_INSERTION = "Word.Insertion"
_AML_TRACKED = frozenset({_AML_INSERTION, "Word.Deletion"})


@dataclass(slots=True)
class _Paragraph:
    text: list[str] = field(default_factory=list)
    all_bold: bool = True
    has_text: bool = False
    boxes: list[etree._Element] = field(default_factory=list)


class Walker:
    """Turns block containers (a body, a header part, a table cell) into Lines; one per document part."""

    def __init__(self, dialect: Dialect, styles: Styles, numbering: Numbering) -> None:
        self.d = dialect
        self.styles = styles
        self.numbering = numbering
        self._fields: list[bool] = []  # one entry per open field: True once past its separator
        self._fields_overflow = 0
        self.tracked_changes = False
        q = dialect.q
        self._p, self._tbl, self._tr, self._tc, self._r = q("p"), q("tbl"), q("tr"), q("tc"), q("r")
        self._ppr, self._pstyle, self._outline = q("pPr"), q("pStyle"), q("outlineLvl")
        self._num_pr = q(dialect.num_pr)
        self._txbx = q("txbxContent")
        self._alternate = f"{{{MC}}}AlternateContent"
        self._annotation = f"{{{AML_2003}}}annotation"
        self._aml_content = f"{{{AML_2003}}}content"
        # Containers whose children are read as if they stood in their place.
        self._block_wrappers = frozenset(
            {
                q("sdt"),
                q("sdtContent"),
                q("customXml"),
                q("ins"),
                q("moveTo"),
                q("body"),
                f"{{{WX_2003}}}sect",
                f"{{{WX_2003}}}sub-section",
                f"{{{WX_2003}}}pBdrGroup",
            }
        )
        self._inline_wrappers = frozenset(
            {
                q(dialect.hyperlink),
                q("smartTag"),
                q("sdt"),
                q("sdtContent"),
                q("customXml"),
                q("ins"),
                q("moveTo"),
                q("fldSimple"),
                q("bdo"),
                q("dir"),
                self._aml_content,
            }
        )
        self._dropped = frozenset({q("del"), q("moveFrom")})
        self._run_kinds = {
            q("t"): "t",
            q("rPr"): "rPr",
            q("tab"): "tab",
            q("ptab"): "tab",
            q("br"): "br",
            q("cr"): "br",
            q("sym"): "sym",
            q("noBreakHyphen"): "-",
            q("fldChar"): "fldChar",
            q("drawing"): "box",
            q("pict"): "box",
            q("object"): "box",
            self._alternate: "alternate",
            q("ruby"): "ruby",
        }
        self._run_props = {
            q("rStyle"): "rStyle",
            q("b"): "b",
            q("vanish"): "vanish",
            q("caps"): "caps",
            q("smallCaps"): "caps",
        }

    # -- blocks ---------------------------------------------------------------------------------------

    def part(self, container: etree._Element, region: Region) -> list[Line]:
        """The Lines of one document part (body, header, footnotes); fields never span parts."""
        self._fields = []
        self._fields_overflow = 0
        return self.blocks(container, region)

    def blocks(self, container: etree._Element, region: Region, depth: int = 0) -> list[Line]:
        check_depth("word", depth)
        lines: list[Line] = []
        for child in self._block_children(container, depth):
            if child.tag == self._p:
                lines.extend(self.paragraph(child, region, depth))
            elif child.tag == self._tbl:
                lines.extend(self.table(child, region, depth))
        return lines

    def _block_children(self, container: etree._Element, depth: int) -> Iterator[etree._Element]:
        for child in container:
            tag = child.tag
            if tag == self._p or tag == self._tbl:
                yield child
            elif tag in self._block_wrappers or (tag == self._annotation and self._inserted(child)):
                check_depth("word", depth)
                yield from self._block_children(child, depth + 1)
            elif tag == self._aml_content:
                yield from self._block_children(child, depth + 1)
            elif tag == self._alternate:
                picked = self._pick(child)
                if picked is not None:
                    yield from self._block_children(picked, depth + 1)
            elif tag in self._dropped:
                self.tracked_changes = True

    def _inserted(self, annotation: etree._Element) -> bool:
        """Whether a Word 2003 aml:annotation is an insertion (read); deletions and comments are not."""
        kind = annotation.get(f"{{{self.d.w}}}type")
        if kind in _AML_TRACKED:
            self.tracked_changes = True
        return kind == _AML_INSERTION

    def _pick(self, alternate: etree._Element) -> etree._Element | None:
        """One branch of mc:AlternateContent: the first Choice holding Word content, else the Fallback."""
        fallback = None
        for branch in alternate:
            if not isinstance(branch.tag, str):
                continue
            if branch.tag == f"{{{MC}}}Fallback":
                fallback = branch
            elif next(branch.iter(f"{{{self.d.w}}}*"), None) is not None:
                return branch
        return fallback

    # -- tables ---------------------------------------------------------------------------------------

    def table(self, table: etree._Element, region: Region, depth: int) -> list[Line]:
        lines: list[Line] = []
        for row in self._descendants_at(table, self._tr, depth):
            trpr = row.find(self.d.q("trPr"))
            if trpr is not None and trpr.find(self.d.q("del")) is not None:
                self.tracked_changes = True
                continue
            cell_elements = list(self._descendants_at(row, self._tc, depth))
            cells = [self.blocks(cell, region, depth + 1) for cell in cell_elements]
            if any(self._is_prose(cell, found) for cell, found in zip(cell_elements, cells, strict=True)):
                for cell_lines in cells:
                    lines.extend(cell_lines)
                continue
            filled = [line for cell_lines in cells for line in cell_lines if line.text.strip()]
            if len(filled) == 1:
                # A one-paragraph row (a layout table around a heading or a list item) keeps its hints.
                lines.append(filled[0])
                continue
            nonempty = [kept for kept in ([line for line in c if line.text.strip()] for c in cells) if kept]
            if len(nonempty) == 2 and len(nonempty[0]) == 1:
                left, right = nonempty
                if heading_beside_prose(left[0].text, left[0].bold, [line.text for line in right]):
                    lines.extend([left[0], *right])
                    continue
            texts = [" ".join(line.text for line in cell_lines) for cell_lines in cells]
            joined = "  ".join(text for text in texts if text.strip())
            if joined.strip():
                cell_all = [line for cell_lines in cells for line in cell_lines]
                lines.append(Line(text=joined, bold=all(line.bold for line in cell_all), region=region))
        return lines

    def _descendants_at(self, parent: etree._Element, tag: str, depth: int) -> Iterator[etree._Element]:
        """Rows of a table or cells of a row, looking through content controls and custom XML."""
        for child in parent:
            if child.tag == tag:
                yield child
            elif child.tag in self._block_wrappers and depth <= current().word_max_nesting:
                yield from self._descendants_at(child, tag, depth + 1)

    def _is_prose(self, cell: etree._Element, lines: list[Line]) -> bool:
        if cell.find(f".//{self._tbl}") is not None:
            return True
        if sum(len(line.text) for line in lines) > LONG_CELL_CHARS:
            return True
        return len(lines) > 1 and any(line.list_item for line in lines)

    # -- paragraphs -----------------------------------------------------------------------------------

    def paragraph(self, paragraph: etree._Element, region: Region, depth: int) -> list[Line]:
        d = self.d
        style_id = outline = None
        num: etree._Element | None = None
        ppr = paragraph.find(self._ppr)
        for prop in () if ppr is None else ppr:
            if prop.tag == self._pstyle:
                style_id = d.attr(prop, "val")
            elif prop.tag == self._outline:
                outline = d.attr(prop, "val")
            elif prop.tag == self._num_pr:
                num = prop
        style = self.styles.paragraph(style_id)
        heading = style.heading_level if outline is None else heading_from_outline(outline)
        marker = self._marker(num, style_id, style.num_id, style.ilvl)
        para = _Paragraph()
        self._inline(paragraph, para, style_id, depth)
        lines: list[Line] = []
        bold = para.has_text and para.all_bold
        pieces = "".join(para.text).split("\n")
        for index, piece in enumerate(pieces):
            if not piece.strip():
                continue
            first = index == 0 or not lines
            text = f"{marker} {piece.strip()}" if marker and first else piece
            lines.append(
                Line(
                    text=text,
                    bold=bold,
                    heading_level=heading,
                    list_item=bool(marker) and first,
                    region=region,
                )
            )
        for box in para.boxes:
            lines.extend(self.blocks(box, region, depth + 1))
        return lines

    def _marker(
        self, num: etree._Element | None, style_id: str | None, style_num: str | None, style_ilvl: int | None
    ) -> str | None:
        d = self.d
        num_id = d.val(num, d.num_id) if num is not None else None
        ilvl_value = d.val(num, "ilvl") if num is not None else None
        if num_id is None:
            num_id = style_num
        if num_id is None or num_id == "0":
            return None
        if ilvl_value is not None:
            ilvl = int_or(ilvl_value, 0)
        elif style_ilvl is not None:
            ilvl = style_ilvl
        else:
            linked = self.numbering.level_for_style(num_id, style_id) if style_id else None
            ilvl = linked if linked is not None else 0
        return self.numbering.marker(num_id, ilvl)

    def _inline(self, parent: etree._Element, para: _Paragraph, style_id: str | None, depth: int) -> None:
        check_depth("word", depth)
        for child in parent:
            tag = child.tag
            if tag == self._r:
                self._run(child, para, style_id, depth)
            elif tag in self._inline_wrappers:
                self._inline(child, para, style_id, depth + 1)
            elif tag == self._annotation:
                if self._inserted(child):
                    self._inline(child, para, style_id, depth + 1)
            elif tag == self._alternate:
                picked = self._pick(child)
                if picked is not None:
                    self._inline(picked, para, style_id, depth + 1)
            elif tag in self._dropped:
                self.tracked_changes = True

    def _run(self, run: etree._Element, para: _Paragraph, style_id: str | None, depth: int) -> None:
        d = self.d
        bold, caps, hidden = self._run_format(None, style_id)
        for child in run:
            kind = self._run_kinds.get(child.tag)
            if kind is None:
                continue  # instrText, delText, footnote marks, rPr's siblings we do not show
            text = ""
            visible = all(self._fields)  # taken before a field begins, so a checkbox shows its box
            if kind == "t":
                text = child.text or ""  # the parser drops comments, so w:t is one text node
            elif kind == "rPr":
                bold, caps, hidden = self._run_format(child, style_id)
            elif kind == "tab":
                text = "\t"
            elif kind == "br":
                text = " " if (d.attr(child, "type") or "") in BREAK_TYPES_AS_SPACE else "\n"
            elif kind == "sym":
                text = symbol(d.attr(child, "font"), d.attr(child, "char"))
            elif kind == "-":
                text = "-"
            elif kind == "fldChar":
                text = self._checkbox(child)
                self._field_char(d.attr(child, "fldCharType"))
            elif kind == "box":
                para.boxes.extend(self._textboxes(child, depth + 1))
            elif kind == "alternate":
                picked = self._pick(child)
                if picked is not None:
                    para.boxes.extend(self._textboxes(picked, depth + 1))
            elif kind == "ruby":
                # The base text is what reads; the w:rt pronunciation guide above it is left out.
                base = child.find(self.d.q("rubyBase"))
                if base is not None:
                    self._inline(base, para, style_id, depth + 1)
            if text and not hidden and visible:
                if caps:
                    text = text.upper()
                para.text.append(text)
                if text.strip():
                    para.has_text = True
                    para.all_bold = para.all_bold and bold

    def _run_format(self, rpr: etree._Element | None, style_id: str | None) -> tuple[bool, bool, bool]:
        """(bold, caps, hidden) of a run."""
        d = self.d
        paragraph_style = self.styles.paragraph(style_id)
        bold = caps = hidden = char_bold = char_caps = char_hidden = None
        for prop in () if rpr is None else rpr:
            name = self._run_props.get(prop.tag)
            if name == "rStyle":  # own properties win over the character style, then the paragraph style
                char_bold, char_caps, char_hidden = self.styles.character(d.attr(prop, "val") or "")
            elif name == "b":
                bold = d.switch(prop)
            elif name == "vanish":
                hidden = d.switch(prop)
            elif name == "caps":
                caps = bool(caps) or d.switch(prop)
        return (
            _first_set(bold, char_bold, paragraph_style.bold),
            _first_set(caps, char_caps, paragraph_style.caps),
            _first_set(hidden, char_hidden, paragraph_style.hidden),
        )

    def _checkbox(self, field_char: etree._Element) -> str:
        """The box a legacy FORMCHECKBOX field shows (it has no result text): FLSA "Exempt [x]" forms."""
        box = field_char.find(f"{self.d.q('ffData')}/{self.d.q('checkBox')}")
        if box is None:
            return ""
        checked = self.d.toggle(box, "checked")
        if checked is None:
            checked = self.d.val(box, "default") in ("1", "true", "on")
        return CHECKED_BOX if checked else UNCHECKED_BOX

    def _field_char(self, kind: str | None) -> None:
        # Complex fields span runs (and sometimes paragraphs): begin, instruction, separate, result, end.
        # Fields nested past the limit are counted, not stacked, so their ends still balance.
        if kind == "begin":
            if len(self._fields) < MAX_FIELD_NESTING:
                self._fields.append(False)
            else:
                self._fields_overflow += 1
        elif kind == "separate" and self._fields and not self._fields_overflow:
            self._fields[-1] = True
        elif kind == "end":
            if self._fields_overflow:
                self._fields_overflow -= 1
            elif self._fields:
                self._fields.pop()

    def _textboxes(self, element: etree._Element, depth: int) -> Iterator[etree._Element]:
        """The outermost w:txbxContent under a drawing or picture, one branch of any AlternateContent."""
        if depth > current().word_max_nesting:
            return
        for child in element:
            if child.tag == self._txbx:
                yield child
            elif child.tag == self._alternate:
                picked = self._pick(child)
                if picked is not None:
                    yield from self._textboxes(picked, depth + 1)
            elif isinstance(child.tag, str):
                yield from self._textboxes(child, depth + 1)


def _first_set(*values: bool | None) -> bool:
    for value in values:
        if value is not None:
            return value
    return False
