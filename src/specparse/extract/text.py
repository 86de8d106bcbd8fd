"""Plain text and Markdown: decode (UTF-8, UTF-16, cp1252 fallback) and keep structural hints."""

from __future__ import annotations

import html
import re

from ..decoding import decode_text
from ..errors import EmptyDocumentError
from ..lines import Line
from ..source import Source
from ..text_cache import text_cache
from . import Extraction
from .frontmatter import front_matter

# Named, decimal and hexadecimal character references, with their semicolon (a bare "AT&T" stays).
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(.+?)\1\s*:?\s*$")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_MD_RULE = re.compile(r"^\s*([-*_=])(\s*\1){2,}\s*$")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_HTML_TAG = re.compile(r"</?(a|b|strong|em|i|u|span|br|p|div)\b[^>]*>", re.I)
# Lines with none of these characters, and no leading "-" or "+", carry no Markdown markup, so the
# patterns below can be skipped (a plain character class: one pass, no anchor retried at every position).
_MARKUP_CHARS = re.compile(r"[#|*_=>`\[\]<\\]")
# The same characters one by one: a document holds few of them at all (the "_" and "=" of a web address),
# and a line can hold only those, which substring tests find several times faster than the class search.
MARKUP_CHARS = "#|*_=>`[]<\\"
_BULLET_STARTS = ("-", "+")
_INLINE_CHARS = re.compile(r"[*_`\[\]<\\]")
_LINK_ONLY = re.compile(r"\[[^\]]*\]\([^)]*\)|<a\b[^>]*>.*?</a>", re.I)
_MD_ESCAPE = re.compile(r"\\([*_#`|\[\]])")
_MD_BULLET = re.compile(r"^\s*[-*+]\s+(?=\S)")


def extract(source: Source) -> Extraction:
    text = decode_text(source.data).replace("\x00", "")
    if "&" in text:
        # Text and Markdown saved from a web page keep its entities ("Parks &amp; Recreation",
        # "employee&#39;s", "&nbsp;"): they are the characters they name.
        text = _ENTITY.sub(lambda match: html.unescape(match.group(0)), text)
    if not text.strip():
        raise EmptyDocumentError("no text")
    # Plain-text specs are often web pages saved as text with Markdown markup left in (the Alameda
    # seed has "### **DEFINITION**" in a .txt), so both formats read the markup the same way.
    # (str.splitlines also breaks at form feeds, so no line holds one.)
    raw_lines = text.splitlines()
    # YAML front matter ("---" / "title: …" / "---") is handed over as metadata, and its lines are kept
    # apart from the body like a page header: they are the file's label, not the job's text (a
    # "description:" key is no Definition heading), yet nothing of them is lost from the record.
    metadata, length = front_matter(raw_lines)
    lines = [Line(text=raw.strip(), region="header") for raw in raw_lines[:length]]
    append = lines.append
    # Without a bar anywhere no line is a table row (most files): the per-line test is skipped.
    tables = "|" in text
    marks = tuple(char for char in MARKUP_CHARS if char in text)
    for raw in raw_lines[length:]:
        if not raw:
            append(Line(raw))  # a blank line (a third of most files) holds no markup and is no table row
            continue
        # _markdown_line's own first test, inline (a call less for most lines of most files), asking the
        # line only about the markup characters the text holds: ``_MARKUP_CHARS.search(raw)`` exactly.
        marked = False
        for char in marks:
            if char in raw:
                marked = True
                break
        plain = not marked and not (("-" in raw or "+" in raw) and raw.lstrip()[:1] in _BULLET_STARTS)
        line = Line(raw) if plain else _markdown_line(raw)
        append(line)
        if tables and _is_table_row(raw) and line.text:
            # Each row of a Markdown table is a paragraph of its own ("| 40% | Processes permits |"
            # under "| % | Description |"), not a line wrapped into the next row.
            append(Line(text=""))
    return Extraction(lines=lines, metadata=metadata)


def _is_table_row(raw: str) -> bool:
    if "|" not in raw:
        return False  # asked of every line; most have no bar at all
    stripped = raw.strip()
    return len(stripped) > 1 and stripped.startswith("|") and stripped.endswith("|")


def _markdown_line(raw: str) -> Line:
    """Strip Markdown markup but keep what it said: heading level, bold line, list item."""
    if not _MARKUP_CHARS.search(raw) and raw.lstrip()[:1] not in _BULLET_STARTS:
        return Line(raw)  # most lines of most specs: nothing to strip
    text, heading_level, bold, list_item = _read_markup(raw)
    return Line(text, None, bold, heading_level, list_item)


# A file's marked-up lines are mostly its boilerplate (a URL's "_" or "=", a numbered note), repeated
# in every file of an employer: what the markup said is a pure function of the line, so cached.
@text_cache()
def _read_markup(raw: str) -> tuple[str, int | None, bool, bool]:
    """The text, heading level, bold and list-item flags a line with markup characters stands for."""
    if _MD_RULE.match(raw) or _MD_TABLE_RULE.match(raw):
        return "", None, False, False
    heading = _MD_HEADING.match(raw)
    if heading:
        return _inline(heading.group(2)), len(heading.group(1)), False, False
    bold = bool(_MD_BOLD_LINE.match(raw))
    stripped = raw.strip()
    if stripped.startswith("|") and stripped.endswith("|"):
        raw_cells = [cell.strip() for cell in stripped.strip("|").split("|") if cell.strip()]
        if raw_cells and all(_LINK_ONLY.fullmatch(cell) for cell in raw_cells):
            return "", None, False, False  # a row of nothing but links is site navigation
        return "  ".join(_inline(cell) for cell in raw_cells), None, False, False
    list_item = bool(_MD_BULLET.match(raw))
    if list_item:
        raw = "\u2022 " + _MD_BULLET.sub("", raw, count=1)
    if stripped.startswith(">"):
        raw = stripped.lstrip("> ")
    return _inline(raw), None, bold, list_item


def _inline(text: str) -> str:
    if not _INLINE_CHARS.search(text):
        return text
    # Each pattern only where a character every match of it holds is there ("](" of a link, "<" of a
    # tag, "*" or "__" of emphasis, "\\" of an escape): a web address's "_" alone brings a line here,
    # and the patterns are tried at every position of a long paragraph.
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    if "<" in text:
        text = _HTML_TAG.sub("", text)
    if "*" in text or "__" in text:
        text = _MD_EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or "", text)
    return _MD_ESCAPE.sub(r"\1", text) if "\\" in text else text
