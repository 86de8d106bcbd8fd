"""HTML pages: decode by the declared charset, drop site chrome, emit one Line per block or table row."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree
from lxml.html import HtmlElement

from ..errors import CorruptDocumentError, EmptyDocumentError, LimitExceededError, SpecparseError
from ..limits import current
from ..lines import Line, Region
from ..source import Source
from . import Extraction
from .frontmatter import meta_tags
from .html_page import (
    CHROME,
    DROP_TAGS,
    FOOTER_ROLE,
    MAIN,
    PAGE_HEADER_ROLE,
    classify_cached,
    content_root,
    decode_html,
    parse,
)

MAX_HTML_BYTES = 64 * 1024 * 1024
# Our own walk never recurses, but elements deeper than this are read as plain text: nothing
# legitimate is laid out 2,000 levels deep, and unclosed <font>/<div> soup must not hang us.
# A table cell holding this much text, or any block element, makes its row a layout row whose
# cells are read as blocks (a spec's DUTIES often sits in one big cell beside a label cell).
LAYOUT_CELL_CHARS = 150

BLOCK_TAGS = frozenset(
    (
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
        "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu",
        "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "td", "th", "ul",
    )
)  # fmt: skip
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_STRUCTURE_TAGS = ("table", "ul", "ol", "dl", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote")
_CELL_BLOCKS = tuple(sorted(BLOCK_TAGS - {"td", "th", "body", "html", *_STRUCTURE_TAGS}))

_SECTIONING, _FOOTER, _PAGE_HEADER = 1, 2, 4
_WEIGHT = re.compile(r"font-weight\s*:\s*(\w+)", re.I)
_SPACE = re.compile(r"[ \t\n\r\f\u00a0]+")
# Word's HTML marks list paragraphs with an mso-list style and writes the marker as text in a
# Symbol ("·"), Courier ("o") or Wingdings ("§", "Ø") font.
_WORD_LIST = re.compile(r"mso-list\s*:\s*l\d", re.I)
_WORD_BULLET = re.compile(r"^[\u00b7o\u00a7\u00d8\u00fc\u2022\u25aa\-\u2013]\s+")
_WORD_NUMBER = re.compile(r"^\(?([0-9]+|[A-Za-z]{1,5})[.)]\s")


def extract(source: Source) -> Extraction:
    if len(source.data) > MAX_HTML_BYTES:
        raise LimitExceededError(f"html page is over the {MAX_HTML_BYTES:,}-byte limit")
    text = decode_html(source.data)
    if not text.strip():
        raise EmptyDocumentError("no text")
    try:
        document = parse(text)
        metadata = page_metadata(document)
        lines = _Walker().read(document)
    except SpecparseError:
        raise
    except (RecursionError, MemoryError) as exc:
        raise CorruptDocumentError("html page is nested too deeply or too large to read") from exc
    except etree.ParserError as exc:
        # lxml's word for a page with nothing but comments or whitespace in it.
        if "empty" in str(exc).lower():
            raise EmptyDocumentError("no text") from exc
        raise CorruptDocumentError(f"unreadable html: {exc}") from exc
    except Exception as exc:
        raise CorruptDocumentError(f"unreadable html: {exc}") from exc
    if not any(line.region == "body" for line in lines):
        raise EmptyDocumentError("no text")
    return Extraction(lines=lines, metadata=metadata)


def page_metadata(document: HtmlElement) -> dict[str, str]:
    """``<meta name|property|itemprop content>`` and the ``<title>``, before the walker drops the head."""
    pairs = [
        (meta.get("name") or meta.get("property") or meta.get("itemprop"), meta.get("content"))
        for meta in document.iter("meta")
    ]
    title = document.findtext(".//title")
    return meta_tags([*pairs, ("html:title", title)])


@dataclass
class _ListState:
    ordered: bool
    style: str = "1"
    counter: int = 1


@dataclass
class _Walker:
    """Turn a parsed page into Lines; an explicit stack keeps deep pages off the Python stack."""

    lines: list[Line] = field(default_factory=list)
    segments: list[tuple[str, bool]] = field(default_factory=list)
    heading: int | None = None
    bold: list[bool] = field(default_factory=lambda: [False])
    pre: int = 0
    sectioning: int = 0
    footer: int = 0
    page_header: int = 0
    lists: list[_ListState] = field(default_factory=list)
    marker: str | None = None
    word_list: bool = False
    row: list[tuple[str, bool]] | None = None
    chrome: dict[HtmlElement, int] = field(default_factory=dict)  # classify() flags by element

    def read(self, document: HtmlElement) -> list[Line]:
        title = document.findtext(".//title")
        if title and title.strip():
            self.lines.append(Line(text=_collapse(title), region="header"))
        etree.strip_elements(document, *DROP_TAGS, with_tail=False)
        root = content_root(document, self.chrome)
        # Entries are (element, scope, depth): scope is None before the element is opened, and
        # afterwards the sectioning/footer flags its opening set, undone when it closes.
        stack: list[tuple[HtmlElement, int | None, int]] = [(root, None, 0)]
        max_depth = current().html_max_depth
        while stack:
            element, scope, depth = stack.pop()
            if scope is not None:
                self._close(element, scope)
                continue
            tag = element.tag
            if not isinstance(tag, str):
                self._text(element.tail)
                continue
            flags = classify_cached(self.chrome, element)
            if element is not root and self._dropped(tag, flags):
                self._text(element.tail)
                continue
            if depth > max_depth:  # deeper content is kept as flat text, not walked
                self._text(element.text_content())
                self._text(element.tail)
                continue
            stack.append((element, self._open(element, tag, flags), depth))
            stack.extend((child, None, depth + 1) for child in reversed(element))
        self._flush()
        return self.lines

    def _dropped(self, tag: str, flags: int) -> bool:
        # <header>/<footer> outside an article or section are the site's banner and page foot.
        if tag in ("header", "footer") and not self.sectioning:
            return True
        return bool(flags & CHROME)

    def _open(self, element: HtmlElement, tag: str, flags: int) -> int:
        scope = 0
        if tag in BLOCK_TAGS:
            self._block_boundary()
            style = element.get("style")
            if style and _WORD_LIST.search(style):
                self.word_list = True
        if tag in ("article", "section") or flags & MAIN:
            self.sectioning += 1
            scope |= _SECTIONING
        if flags & FOOTER_ROLE:
            self.footer += 1
            scope |= _FOOTER
        if flags & PAGE_HEADER_ROLE:
            self.page_header += 1
            scope |= _PAGE_HEADER
        if tag in _HEADINGS:
            self.heading = _HEADINGS[tag]
        elif tag == "pre":
            self.pre += 1
        elif tag in ("ul", "ol", "menu", "dir"):
            self.lists.append(_ordered_list(element) if tag == "ol" else _ListState(ordered=False))
        elif tag == "li":
            self.marker = self._next_marker(element)
        elif tag == "tr" and self.row is None and _is_data_row(element):
            self.row = []
        elif tag == "br":
            if self.row is not None:
                self.segments.append((" ", self.bold[-1]))
            else:
                self._flush()
        self.bold.append(_weight(element, tag, self.bold[-1]))
        self._text(element.text)
        return scope

    def _close(self, element: HtmlElement, scope: int) -> None:
        tag = element.tag
        self.bold.pop()
        if self.row is not None and tag in ("td", "th"):
            self.row.append(self._take())
        elif self.row is not None and tag == "tr":
            self._emit_row()
        elif tag in BLOCK_TAGS:
            self._block_boundary()
        if scope & _SECTIONING:
            self.sectioning -= 1
        if scope & _FOOTER:
            self.footer -= 1
        if scope & _PAGE_HEADER:
            self.page_header -= 1
        if tag in _HEADINGS:
            self.heading = None
        elif tag == "pre":
            self.pre -= 1
        elif tag in ("ul", "ol", "menu", "dir") and self.lists:
            self.lists.pop()
        elif tag == "li":
            self.marker = None
        self._text(element.tail)

    def _block_boundary(self) -> None:
        # Inside a data row a cell's <p> wrappers (Word and SharePoint put one in every cell) only
        # separate words; elsewhere a block boundary ends the Line.
        if self.row is None:
            self._flush()
        else:
            self.segments.append((" ", self.bold[-1]))

    def _text(self, text: str | None) -> None:
        if not text:
            return
        if self.pre and self.row is None:
            first, *rest = text.split("\n")
            self.segments.append((first, self.bold[-1]))
            for piece in rest:
                self._flush()
                self.segments.append((piece, self.bold[-1]))
        else:
            self.segments.append((text, self.bold[-1]))

    def _take(self) -> tuple[str, bool]:
        if not self.segments:  # most block boundaries: nothing was read since the last one
            return "", False
        text = _collapse("".join(piece for piece, _ in self.segments))
        bold = bool(text) and all(b for piece, b in self.segments if piece.strip())
        self.segments = []
        return text, bold

    def _flush(self) -> None:
        text, bold = self._take()
        if not text:
            return
        marker, self.marker = self.marker, None
        if marker is not None:
            text = marker + text
        list_item = marker is not None
        if self.word_list and not list_item:
            list_item, text = _word_list_marker(text)
        self.word_list = False
        line = Line(text, bold=bold, heading_level=self.heading, list_item=list_item, region=self._region)
        self.lines.append(line)

    def _emit_row(self) -> None:
        cells = [cell for cell in self.row or [] if cell[0]]
        self.row = None
        if cells:
            text = "  ".join(text for text, _ in cells)
            bold = all(b for _, b in cells)
            self.lines.append(Line(text=text, bold=bold, heading_level=self.heading, region=self._region))

    @property
    def _region(self) -> Region:
        if self.footer:
            return "footer"
        return "header" if self.page_header else "body"

    def _next_marker(self, element: HtmlElement) -> str:
        if not self.lists or not self.lists[-1].ordered:
            return "\u2022 "
        state = self.lists[-1]
        value = element.get("value", "").strip()
        if value.lstrip("-").isdigit():
            state.counter = int(value)
        marker = f"{_ordinal(state.counter, element.get('type') or state.style)}. "
        state.counter += 1
        return marker


def _ordered_list(element: HtmlElement) -> _ListState:
    start = element.get("start", "").strip()
    counter = int(start) if start.lstrip("-").isdigit() else 1
    if element.get("reversed") is not None:
        counter = int(start) if start.lstrip("-").isdigit() else len(element.findall("li"))
    return _ListState(ordered=True, style=element.get("type") or "1", counter=counter)


def _ordinal(number: int, style: str) -> str:
    if style in ("a", "A") and number > 0:
        letters = ""
        while number > 0:
            number, rest = divmod(number - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if style == "A" else letters
    if style in ("i", "I") and 0 < number < 4000:
        return _roman(number).upper() if style == "I" else _roman(number)
    return str(number)


def _roman(number: int) -> str:
    parts = []
    for value, numeral in (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ):  # fmt: skip
        count, number = divmod(number, value)
        parts.append(numeral * count)
    return "".join(parts)


def _weight(element: HtmlElement, tag: str, inherited: bool) -> bool:
    if tag in ("b", "strong"):
        return True
    style = element.get("style")
    found = _WEIGHT.search(style) if style else None
    if found:
        value = found.group(1).lower()
        if value in ("bold", "bolder") or (value.isdigit() and int(value) >= 600):
            return True
        if value in ("normal", "lighter") or value.isdigit():
            return False
    return inherited


def _is_data_row(row: HtmlElement) -> bool:
    """A row of short one-line cells; anything else is layout, its cells read as blocks and lines."""
    for cell in row:
        if cell.tag not in ("td", "th"):
            continue
        if next(cell.iter(*_STRUCTURE_TAGS), None) is not None:
            return False
        if sum(1 for block in cell.iter(*_CELL_BLOCKS) if block.text_content().strip()) > 1:
            return False
        if len(cell.text_content()) > LAYOUT_CELL_CHARS:
            return False
        # A line break with more text after it is a visible line ("Class Code: 7565<br>Approved:
        # 7/1/09" in one header cell); joining those lines would hide the "Label:" openers.
        if any((br.tail or "").strip() or br.getnext() is not None for br in cell.iter("br")):
            return False
    return True


def _word_list_marker(text: str) -> tuple[bool, str]:
    """Word's "Save as HTML" writes list markers as text; a Symbol/Wingdings glyph becomes "• "."""
    bullet = _WORD_BULLET.match(text)
    if bullet:
        return True, "\u2022 " + text[bullet.end() :]
    return bool(_WORD_NUMBER.match(text)), text


def _collapse(text: str) -> str:
    return _SPACE.sub(" ", text).strip()
