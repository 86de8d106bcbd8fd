"""Page geometry: positioned text pieces grouped into printed rows, in reading order (columns too).

Both engines feed this module the same records: pypdfium2 gives runs of a line cut at wide gaps,
pdfplumber gives words. Coordinates are top-down points (``top`` < ``bottom``), as on the printed page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import accumulate

# Pieces of one row further apart than this many font sizes are separate table cells or columns;
# justified prose stretches word gaps to about one em, so cells need clearly more.
CELL_GAP_EM = 1.6
# Pieces closer than this are parts of one word that the PDF drew with two text objects.
TOUCH_GAP_EM = 0.1
# Two pieces share a row when their vertical overlap covers this much of the shorter one.
ROW_OVERLAP = 0.5
# A column gutter: a vertical band at least this wide ...
MIN_GUTTER_WIDTH = 9.0
# ... that text crosses for at most this share of the page's total text height (titles and running
# headers may span both columns) ...
MAX_GUTTER_CROSSING = 0.2
# ... lying in the middle part of the text block (a share of its width from each side) ...
GUTTER_SEARCH_MARGIN = 0.2
# ... with at least this many rows on each side ...
MIN_COLUMN_ROWS = 2
# ... whose rows fill their column on average (a key/value table has short labels on the left).
MIN_COLUMN_FILL = 0.6
# ... and whose rows carry words, not single values: a tab-aligned header block ("Class Code: 5531
# FLSA: Non-Exempt") leaves a gutter before its last value column, whose rows are one token each.
MIN_COLUMN_WORDS = 1.5
# A left side beside the text with at most this share of its rows, all bold and each level with a
# row of text, is a column of section headings in a layout table, not a column of text.
LABEL_COLUMN_SHARE = 0.25
# A bold capitals cell of at most this many words before at least this many plain words on the
# same printed row is a section heading beside its text.
HEADING_CELL_MAX_WORDS = 6
PROSE_CELL_MIN_WORDS = 3
# Column splits nest (a side may hold two columns again) this deep at most: four-column pages exist,
# more is a table.
MAX_COLUMN_SPLITS = 3
# The search array spans the text's x range: a damaged file put a glyph at x = -5,919,024 and the
# array took 260 MB and 20 s. No real page is wider than this many points (200 inches).
MAX_GUTTER_SPAN = 14_400
_FREE_RUN = re.compile(rb"\x01+")


@dataclass(slots=True)
class Segment:
    """A run of text on one baseline with its box, font size and whether its font is bold."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool


@dataclass(slots=True)
class PageText:
    """The positioned text of one page; ``has_images`` tells a scan from a blank page."""

    number: int
    width: float
    height: float
    segments: list[Segment] = field(default_factory=list)
    has_images: bool = False


@dataclass(slots=True)
class Row:
    """One printed line: its text, box, the largest font size in it, and whether all of it is bold.

    ``block`` numbers the column or full-width band the row belongs to, so paragraph gaps are only
    measured between rows of the same flow.
    """

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool
    block: int = 0
    field: bool = False  # a "Label: value" row of a form: a run of them is one block, no paragraph gaps


def page_rows(page: PageText) -> list[Row]:
    """The rows of a page in reading order: top to bottom, left column before right column."""
    from .forms import stacked_fields  # forms builds on this module's rows

    rows: list[Row] = []
    for block_number, block in enumerate(_reading_blocks(page.segments)):
        for grouped in stacked_fields(group_rows(block)):
            parts = [grouped] if isinstance(grouped, Row) else [join_row(p) for p in _split_heading_cell(grouped)]
            for row in parts:
                if row.text:
                    row.block = block_number
                    rows.append(row)
    return rows


def _split_heading_cell(segments: list[Segment]) -> list[list[Segment]]:
    """ "DEFINITION | Under direction, inspects ...": a bold capitals heading cell, a cell gap, then
    plain prose is a heading row of a layout table; the heading becomes a row of its own.

    "CLASS CODE | 1516" or "SALARY RANGE | $6,012 - $7,308" stays whole: the value is no prose.
    """
    count = next((i for i, seg in enumerate(segments) if not seg.bold), len(segments))
    if count == 0 or count == len(segments):
        return [segments]
    head, rest = segments[:count], segments[count:]
    if rest[0].x0 - head[-1].x1 <= CELL_GAP_EM * max(rest[0].size, head[-1].size, 1.0):
        return [segments]
    label = " ".join(seg.text.strip() for seg in head)
    letters = [char for char in label if char.isalpha()]
    if not letters or not all(char.isupper() for char in letters) or ":" in label:
        return [segments]
    if len(label.split()) > HEADING_CELL_MAX_WORDS or any(seg.bold for seg in rest):
        return [segments]
    words = [word for seg in rest for word in seg.text.split() if any(char.isalpha() for char in word)]
    if len(words) < PROSE_CELL_MIN_WORDS:
        return [segments]
    return [head, rest]


def group_rows(segments: list[Segment]) -> list[list[Segment]]:
    """Cluster segments into rows by vertical overlap, each row sorted left to right."""
    rows: list[list[Segment]] = []
    row_top = row_bottom = 0.0
    for seg in sorted(segments, key=lambda s: (s.top, s.x0)):
        # Plain comparisons rather than min()/max(): this runs for every segment of every page.
        top, bottom = seg.top, seg.bottom
        overlap = (bottom if bottom < row_bottom else row_bottom) - (top if top > row_top else row_top)
        shorter = bottom - top if bottom - top < row_bottom - row_top else row_bottom - row_top
        if rows and overlap >= ROW_OVERLAP * (shorter if shorter > 0.1 else 0.1):
            rows[-1].append(seg)
            row_top = top if top < row_top else row_top
            row_bottom = bottom if bottom > row_bottom else row_bottom
        else:
            rows.append([seg])
            row_top, row_bottom = top, bottom
    for row in rows:
        if len(row) > 1:
            row.sort(key=lambda s: s.x0)
    return rows


def join_row(segments: list[Segment]) -> Row:
    first = segments[0]
    if len(segments) == 1:
        return Row(first.text.strip(), first.x0, first.top, first.x1, first.bottom, first.size, first.bold)
    parts = [first.text]
    top, x1, bottom, size, bold = first.top, first.x1, first.bottom, first.size, first.bold
    previous = first
    for seg in segments[1:]:
        gap = seg.x0 - previous.x1
        em = max(seg.size, previous.size, 1.0)
        if gap > CELL_GAP_EM * em:
            parts.append("  ")
        elif gap > TOUCH_GAP_EM * em:
            parts.append(" ")
        parts.append(seg.text)
        top, bottom = min(top, seg.top), max(bottom, seg.bottom)
        x1, size, bold = max(x1, seg.x1), max(size, seg.size), bold and seg.bold
        previous = seg
    return Row("".join(parts).strip(), first.x0, top, x1, bottom, size, bold)


def _reading_blocks(segments: list[Segment], depth: int = 0) -> list[list[Segment]]:
    """Split a page into flows: full-width bands and, where a gutter is found, left then right column.

    Each side is split again (three-column Federal Register and IRS pages), up to a fixed depth.
    """
    gutter = find_gutter(segments) if depth < MAX_COLUMN_SPLITS else None
    if gutter is None:
        return [segments]
    middle = (gutter[0] + gutter[1]) / 2
    spanning = group_rows([s for s in segments if s.x0 < middle < s.x1])
    left: list[Segment] = []
    right: list[Segment] = []
    for seg in segments:
        if seg.x0 < middle < seg.x1:
            continue
        # A piece of a full-width row that happens to fall on one side (an author's affiliation
        # mark after the names) stays in that row.
        row = next((row for row in spanning if _overlaps_row(seg, row)), None)
        if row is not None:
            row.append(seg)
        elif seg.x1 <= middle:
            left.append(seg)
        else:
            right.append(seg)
    for row in spanning:
        row.sort(key=lambda s: s.x0)
    # Full-width rows (a title above the columns, a footer below) cut the page into bands; each band
    # is read left column first.
    cuts = [min(s.top for s in row) for row in spanning]
    blocks: list[list[Segment]] = []
    for band in range(len(cuts) + 1):
        for side in (left, right):
            part = [s for s in side if _band_of((s.top + s.bottom) / 2, cuts) == band]
            if part:
                blocks.extend(_reading_blocks(part, depth + 1))
        if band < len(spanning):
            blocks.append(spanning[band])
    return blocks


def _overlaps_row(seg: Segment, row: list[Segment]) -> bool:
    top = min(s.top for s in row)
    bottom = max(s.bottom for s in row)
    overlap = min(seg.bottom, bottom) - max(seg.top, top)
    return overlap >= ROW_OVERLAP * max(min(seg.bottom - seg.top, bottom - top), 0.1)


def _band_of(y: float, cuts: list[float]) -> int:
    return sum(1 for cut in cuts if cut < y)


def find_gutter(segments: list[Segment]) -> tuple[float, float] | None:
    """The widest mostly-empty vertical band between two column-shaped halves, or None."""
    if len(segments) < 2 * MIN_COLUMN_ROWS:
        return None
    lo = int(min(s.x0 for s in segments))
    hi = int(max(s.x1 for s in segments)) + 1
    total_height = _covered_height(segments)
    if hi - lo < 4 * MIN_GUTTER_WIDTH or hi - lo > MAX_GUTTER_SPAN or total_height <= 0:
        return None
    # Text height crossing each point of x, summed with a difference array (one pass per segment).
    delta = [0.0] * (hi - lo + 2)
    for seg in segments:
        start, stop = int(seg.x0) - lo + 1, int(seg.x1) - lo
        if stop > start:
            delta[start] += seg.bottom - seg.top
            delta[stop] -= seg.bottom - seg.top
    crossing = list(accumulate(delta))
    margin = int((hi - lo) * GUTTER_SEARCH_MARGIN)
    limit = MAX_GUTTER_CROSSING * total_height
    free = bytes(height <= limit for height in crossing[margin : hi - lo - margin + 1])
    runs = [match.span() for match in _FREE_RUN.finditer(free)]
    if not runs:
        return None
    start, stop = max(runs, key=lambda span: span[1] - span[0])
    if stop - start < MIN_GUTTER_WIDTH:
        return None
    left_edge, right_edge = float(lo + margin + start), float(lo + margin + stop)
    # Lines crossing into the band a little (within the tolerance above) are split at its middle.
    middle = (left_edge + right_edge) / 2
    left = [s for s in segments if s.x1 <= middle]
    right = [s for s in segments if s.x0 >= middle]
    if _is_column(left, left_edge) and _is_column(right, None) and not _label_column(left, right):
        return left_edge, right_edge
    return None


def _label_column(left: list[Segment], right: list[Segment]) -> bool:
    """A spec laid out as a table: bold headings in a narrow left cell, each level with its text.

    Read as columns, every heading would come before all the text; read across, each row starts
    with its heading. Rows of the left side above or below the right side's text (a header block)
    do not count.
    """
    right_rows = group_rows(right)
    top, bottom = min(s.top for s in right), max(s.bottom for s in right)
    beside = [row for row in group_rows(left) if row[0].bottom > top and row[0].top < bottom]
    if not beside or len(beside) > LABEL_COLUMN_SHARE * len(right_rows):
        return False
    if not all(seg.bold for row in beside for seg in row):
        return False
    return all(any(_overlaps_row(row[0], other) for other in right_rows) for row in beside)


def _covered_height(segments: list[Segment]) -> float:
    """The height of the page the text occupies: the union of the segments' vertical extents.

    Word-level segments (pdfplumber) stack many boxes per line, so summing them would overstate it.
    """
    total = 0.0
    reach = float("-inf")
    for seg in sorted(segments, key=lambda s: s.top):
        if seg.bottom > reach:
            total += seg.bottom - max(seg.top, reach)
            reach = seg.bottom
    return total


def _is_column(segments: list[Segment], right_limit: float | None) -> bool:
    rows = [join_row(row) for row in group_rows(segments)]
    if len(rows) < MIN_COLUMN_ROWS:
        return False
    start = min(r.x0 for r in rows)
    end = right_limit if right_limit is not None else max(r.x1 for r in rows)
    width = end - start
    if width <= 0:
        return False
    if sum(len(r.text.split()) for r in rows) / len(rows) < MIN_COLUMN_WORDS:
        return False
    return sum(r.x1 - r.x0 for r in rows) / len(rows) >= MIN_COLUMN_FILL * width
