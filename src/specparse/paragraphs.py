"""Join a section's lines into paragraphs: wrapped lines rejoined, list items and breaks kept apart."""

from __future__ import annotations

import re

from .lines import Line

# Bullets as extracted from Word symbol fonts, HTML and plain text, and "1." / "a)" / "(iv)" numbering.
LIST_MARKER = re.compile(
    r"^\s*(?P<marker>[\u2022\u25aa\u25cf\u25e6\u2023\u2043\u00b7\u25a0\u25a1\u27a2\uf0b7\uf0a7\uf076\uf0d8\u2713\u2714>*-]"
    r"|o(?=\s)|\(?\d{1,2}[.)](?!\d)|\(?[a-zA-Z][.)](?=\s)|\(?[ivxIVX]{1,4}[.)](?=\s))\s*"
)
_TERMINAL = re.compile(r"[.:;!?)\"']\s*$")


def starts_item(line: Line) -> bool:
    return line.list_item or bool(LIST_MARKER.match(line.text))


def paragraphs(lines: list[Line], *, one_line_per_paragraph: bool) -> list[str]:
    """Group lines into paragraphs.

    In printed-line formats (text, PDF) consecutive lines are one wrapped paragraph; in paragraph
    formats (Word, HTML, RTF) every line already is one. Either way a list item starts a paragraph,
    and a paragraph cut mid-sentence by a stray blank line ("customer" / "service" in the Alameda
    page) is mended when the next part starts in lower case.
    """
    result: list[str] = []
    current: list[str] = []
    broken = False  # a blank line (or a paragraph-format boundary) was seen since the last text

    def flush() -> None:
        if current:
            result.append(" ".join(current))
            current.clear()

    for line in lines:
        text = line.text.strip()
        if not text:
            broken = True
            continue
        continues = _continues(result, current, text)
        if starts_item(line) or ((broken or one_line_per_paragraph) and not continues):
            flush()
        elif not current and result and continues and (broken or one_line_per_paragraph):
            current.append(result.pop())
        current.append(text)
        broken = False
    flush()
    return result


def _continues(result: list[str], current: list[str], text: str) -> bool:
    previous = current[-1] if current else (result[-1] if result else "")
    return bool(previous) and not _TERMINAL.search(previous) and text[:1].islower()
