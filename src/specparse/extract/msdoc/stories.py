"""Split the CP space into stories (main text, notes, headers, text boxes) and render each one.

Stories follow each other in CP order: main text, footnotes, headers, macros (Word 6), comments,
endnotes, text boxes, header text boxes. Footnotes, endnotes and text boxes are appended to the
body after the main text; comments and macros are skipped (reviewers' remarks, not document text);
headers and header text boxes go to the header/footer regions.
"""

from __future__ import annotations

from typing import Protocol

from ...errors import CorruptDocumentError
from ...lines import Line, Region
from .binary import plc_cps, span
from .fib import FC_PLCF_HDD, Fib
from .formatting import Formatting
from .lists import Numbering
from .pieces import DocumentText
from .render import render_story

HDD_SEPARATOR_STORIES = 6  # footnote and endnote separators come before the first section's stories
# Per section: even header, odd header, even footer, odd footer, first-page header, first-page footer.
HDD_SECTION_REGIONS: tuple[Region, ...] = ("header", "header", "footer", "footer", "header", "footer")
MAX_HDD_STORIES = 6 * 4096
_APPENDED_TO_BODY = (1, 5, 6)  # footnotes, endnotes, text boxes (indices into Fib.ccp)
_HEADERS, _HEADER_TEXTBOXES = 2, 7


class _Render(Protocol):
    def __call__(self, first: int, last: int, region: Region = "body") -> list[Line]: ...


def story_lines(
    fib: Fib,
    table: bytes,
    text: DocumentText,
    formatting: Formatting | None,
    numbering: Numbering | None,
    warnings: list[tuple[str, str]],
) -> list[Line]:
    """All lines of the document: body first, then appended notes and text boxes, then headers."""
    starts = [sum(fib.ccp[:index]) for index in range(len(fib.ccp))]

    def render(first: int, last: int, region: Region = "body") -> list[Line]:
        last = min(last, len(text.chars))
        if first >= last:
            return []
        return render_story(text.chars[first:last], first, formatting, numbering, region)

    lines = render(0, fib.ccp[0])
    for index in _APPENDED_TO_BODY:
        extra = render(starts[index], starts[index] + fib.ccp[index])
        if extra:
            lines.extend([Line(text=""), *extra] if lines else extra)
    try:
        lines.extend(_header_lines(fib, table, starts[_HEADERS], render))
    except CorruptDocumentError as exc:
        # A damaged header table loses the story boundaries, not the body: report all as headers.
        warnings.append(("doc_header_table_unreadable", f"header/footer stories merged: {exc}"))
        lines.extend(render(starts[_HEADERS], starts[_HEADERS] + fib.ccp[_HEADERS], "header"))
    header_boxes = starts[_HEADER_TEXTBOXES]
    lines.extend(render(header_boxes, header_boxes + fib.ccp[_HEADER_TEXTBOXES], "header"))
    return lines


def _header_lines(fib: Fib, table: bytes, start: int, render: _Render) -> list[Line]:
    length = fib.ccp[_HEADERS]
    if not length:
        return []
    fc, lcb = fib.pair(FC_PLCF_HDD)
    cps, count = plc_cps(span(table, fc, lcb, "header table (PlcfHdd)"), 0) if lcb >= 8 else ([], 0)
    if count == 0:
        return render(start, start + length, "header")
    seen: set[tuple[str, ...]] = set()
    lines: list[Line] = []
    for index in range(min(count, MAX_HDD_STORIES)):
        first, last = start + min(cps[index], length), start + min(cps[index + 1], length)
        if fib.word6:
            # Word 6/95 store only the stories a section uses (flagged in its SEP), so which is a
            # footer cannot be told from the position: all are reported as headers.
            region: Region = "header"
        elif index < HDD_SEPARATOR_STORIES:
            continue
        else:
            region = HDD_SECTION_REGIONS[(index - HDD_SEPARATOR_STORIES) % len(HDD_SECTION_REGIONS)]
        story = [line for line in render(first, last, region) if line.text]
        key = (region, *(line.text for line in story))
        if story and key not in seen:  # every section repeats (or inherits) the same header
            seen.add(key)
            lines.extend(story)
    return lines
