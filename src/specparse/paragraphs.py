"""Join a section's lines into paragraphs: wrapped lines rejoined, list items and breaks kept apart."""

from __future__ import annotations

import re

from .lines import Line
from .text_cache import text_cache

# Bullets as extracted from Word symbol fonts, HTML and plain text, and "1." / "a)" / "(iv)" numbering.
LIST_MARKER = re.compile(
    r"^\s*(?P<marker>[\u2022\u25aa\u25cf\u25e6\u2023\u2043\u00b7\u25a0\u25a1\u27a2\uf0b7\uf0a7\uf076\uf0d8\u2713\u2714>*-]"
    r"|o(?=\s)|\(?\d{1,2}[.)](?!\d)|\(?[a-zA-Z][.)](?=\s)|\(?[ivxIVX]{1,4}[.)](?=\s))\s*"
)
# A line counts as ended early when the next word would have fitted within this share of the margin.
HARD_BREAK_SLACK = 0.9
MARGIN_PERCENTILE = 0.9
# No printed page holds a line this long; a document that has one was never wrapped.
UNWRAPPED_LINE_CHARS = 300
_TERMINAL = re.compile(r"[.:;!?)\"']\s*$")
# _TERMINAL's characters: a line's last one tested directly is several times cheaper than the search,
# and this test runs two or three times for every line of every document.
_TERMINAL_CHARS = frozenset(".:;!?)\"'")
# "OR" alone between two requirement paragraphs ends the first; the next may still start in lower case.
_CONNECTOR = re.compile(r"\W*(?:or|and|and/or)\W*", re.I)
# "…construction materials and methods." over "Ability to read plans…": a knowledge run and an
# abilities run printed as consecutive lines are two paragraphs even when the first fills the line.
# The same holds for "Option 2:" / "Pattern II:" opening the next way to qualify.
_OPENER = re.compile(
    r"^(?:knowledge\s+of|abilit(?:y|ies)\s+to|skills?\s+(?:in|at|with)\b"
    r"|(?:option|pattern|alternative)\s+(?:[IVX]{1,4}|\d{1,2}|[A-H])\s*[:.])",
    re.I,
)


# "20%  • Establishes leadership …": a duty table's share of time printed before the group's first
# bullet; the line opens an item although its first character is no marker.
_SHARE_THEN_MARKER = re.compile(
    r"^\s*\(?\d{1,3}(?:\.\d+)?\s*%\s*\)?\s*[-:\u2013]?\s*[\u2022\u25aa\u25cf\u2023\u2043\u00b7\uf0b7\uf0a7]"
)


def _opens_with_marker(text: str) -> bool:
    return LIST_MARKER.match(text) is not None


# ``bool(LIST_MARKER.match(text))``: asked of every line and paragraph by the paragraph joiner, the
# heading tests and the list readers, and the bulletins repeat most of their lines, so remembered.
opens_with_marker = text_cache()(_opens_with_marker)


def starts_item(line: Line) -> bool:
    # The share pattern needs its "%": most lines have none, and this asks every line of every section.
    text = line.text
    return line.list_item or opens_with_marker(text) or ("%" in text and bool(_SHARE_THEN_MARKER.match(text)))


def margin(lines: list[Line]) -> int:
    """The width printed lines wrap at: a high percentile of line lengths, so a stray long line does not count."""
    # A line with any text keeps some after rstrip (and only such a line does): one strip per line, and a
    # list sorted in place rather than a generator fed to sorted().
    lengths = [len(text) for line in lines if (text := line.text.rstrip())]
    lengths.sort()
    if not lengths:
        return 0
    if lengths[-1] > UNWRAPPED_LINE_CHARS:
        return lengths[-1]  # text saved from a web page is not wrapped at all: every break is meant
    return lengths[min(len(lengths) - 1, int(len(lengths) * MARGIN_PERCENTILE))]


def paragraphs(lines: list[Line], *, one_line_per_paragraph: bool, width: int | None = None) -> list[str]:
    """Group lines into paragraphs.

    In printed-line formats (text, PDF) consecutive lines are one wrapped paragraph; in paragraph
    formats (Word, HTML, RTF) every line already is one; a printed line that stops short of the
    ``width`` margin (the document's, else the lines') although the next word would fit ends its
    paragraph. Either way a list item starts a paragraph,
    and a paragraph cut mid-sentence by a stray blank line ("customer" / "service" in the Alameda
    page) is mended when the next part starts in lower case.
    """
    result: list[str] = []
    current: list[str] = []
    broken = False  # a blank line (or a paragraph-format boundary) was seen since the last text

    width = width if width is not None else margin(lines)
    for line in lines:
        raw = line.text
        if not raw or not (text := raw.strip()):  # an empty line (most blank ones) without the strip
            broken = True
            continue
        # Each test only where its answer counts (the same outcome as computing all three every line):
        # a list item starts a paragraph whatever follows; a line joins the one before unless a break
        # (blank line, paragraph format or a hard break) stands between them and it does not continue it.
        ends = False
        if starts_item(line):
            ends = True
        elif broken or one_line_per_paragraph or (bool(current) and _hard_break(current[-1], text, width)):
            ends = not _continues(result, current, text)
            if not ends and not current and result:
                current.append(result.pop())  # the part cut off by a stray blank line goes on
        if ends and current:
            result.append(" ".join(current))
            current = []
        current.append(text)
        broken = False
    if current:
        result.append(" ".join(current))
    return result


def _hard_break(previous: str, text: str, width: int) -> bool:
    """The line before ended short of the margin although the next word would have fitted there.

    A posting saved as text lists duties one per line ("Answer telephone." / "File as required.")
    with no blank lines between; wrapped prose fills each line up to the margin instead.
    """
    terminal = _ends_terminal(previous)
    if terminal and _OPENER.match(text):
        return True
    if not terminal and not text[:1].isupper():
        return False
    first_word = text.split(" ", 1)[0]
    return len(previous) + 1 + len(first_word) <= width * HARD_BREAK_SLACK


def _ends_terminal(text: str) -> bool:
    """``_TERMINAL.search(text)``: the last character before trailing white space ends a sentence or clause."""
    return text.rstrip()[-1:] in _TERMINAL_CHARS


def _continues(result: list[str], current: list[str], text: str) -> bool:
    # Only a part starting in lower case continues the one before: asked first, as most parts start
    # otherwise and the tests of the part before (a pattern among them) need not run.
    if not text[:1].islower():
        return False
    previous = current[-1] if current else (result[-1] if result else "")
    return bool(previous) and not _ends_terminal(previous) and not _CONNECTOR.fullmatch(previous)
