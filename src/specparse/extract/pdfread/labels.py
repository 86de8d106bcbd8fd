"""Label-column pages: bold "SALARY:" / "DUTIES:" labels down the left, each one's content to its right.

Job boards print a posting this way (the governmentjobs/NEOGOV print of a City of Los Angeles
bulletin; other applicant-tracking systems do the same): a two-cell table row per field, the label cell
narrow and bold, sometimes wrapped over two lines ("REQUIREMENT(S)/MINIMUM" over "QUALIFICATION(S):").
Read across its printed rows, the label and the first line of its content would become one line and a
wrapped label would be torn apart by its content. Here each label becomes a line of its own before its
cell's content; a cell holding only a short value becomes one "LABEL: value" line, as a field list
prints. A second bold "CLOSING DATE:" inside a value cell is a field of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from .layout import CELL_GAP_EM, Row, Segment, group_rows, join_row

# Labels start at the left edge of the page's text, within this many font sizes.
LEFT_EDGE_EM = 0.5
# A label is a few words: "APPLICANT FILING STATUS:", "REQUIREMENT(S)/MINIMUM QUALIFICATION(S):".
MAX_LABEL_WORDS = 6
MAX_LABEL_CHARS = 60
# A label wraps onto at most this many printed lines, each at most this many font sizes below the last.
MAX_LABEL_LINES = 3
WRAP_STEP_EM = 1.6
# A content row is level with a label when its top is within this many font sizes of the label's.
LEVEL_EM = 0.5
# A cell of at most this many rows and characters, none a list item, holds a value, not a section.
MAX_VALUE_ROWS = 2
MAX_VALUE_CHARS = 90
# A step between rows this much larger than the cell's usual one starts a paragraph.
PARAGRAPH_STEP = 1.4
_ITEM = re.compile(r"^\(?(?:\d{1,2}|[a-z])[.)]\s")


@dataclass(slots=True)
class Label:
    """One label cell: its text (wrapped lines joined) and the box of its first printed line."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float


def label_column_rows(segments: list[Segment]) -> list[Row] | None:
    """The page's rows with labels set before their content, or None when it has no label column."""
    if not segments:
        return None
    rows = group_rows(segments)
    left_edge = min(seg.x0 for seg in segments)
    labels, content = _labels(rows, left_edge)
    if not labels:
        return None
    right_edge = max(label.x1 for label in labels)
    first_top = labels[0].top - LEVEL_EM * labels[0].size
    below = [row for row in content if row and row[0].top >= first_top]
    # Every other piece of text below the first label sits right of the label column; prose starting
    # at the left margin means these were fields of a header block over ordinary text.
    if not below or any(row[0].x0 < right_edge for row in below):
        return None
    return _place(labels, [part for row in content if row for part in _split_inline_labels(row)])


def _labels(rows: list[list[Segment]], left_edge: float) -> tuple[list[Label], list[list[Segment]]]:
    """Label cells found at the left edge, and every row with its label segments taken out."""
    labels: list[Label] = []
    content: list[list[Segment]] = []
    pending: list[tuple[list[Segment], list[Segment]]] = []  # wrapped label lines waiting for their colon
    for row in rows:
        head = _label_head(row, left_edge)
        if pending and (head is None or head[0].top - pending[-1][0][0].top > WRAP_STEP_EM * head[0].size):
            content.extend(_unwrapped(pending))
            pending = []
        if head is None:
            content.append(row)
            continue
        rest = row[len(head) :]
        pending.append((head, rest))
        text = " ".join(" ".join(seg.text.strip() for seg in part) for part, _ in pending)
        if text.endswith(":"):
            if len(text.split()) <= MAX_LABEL_WORDS and len(text) <= MAX_LABEL_CHARS:
                first = pending[0][0]
                labels.append(
                    Label(
                        text=text,
                        x0=first[0].x0,
                        x1=max(part[-1].x1 for part, _ in pending),
                        top=first[0].top,
                        bottom=max(seg.bottom for seg in first),
                        size=max(seg.size for seg in first),
                    )
                )
                content.extend(rest for _, rest in pending)
            else:
                content.extend(_unwrapped(pending))
            pending = []
        elif len(pending) >= MAX_LABEL_LINES:
            content.extend(_unwrapped(pending))
            pending = []
    content.extend(_unwrapped(pending))
    return labels, content


def _unwrapped(pending: list[tuple[list[Segment], list[Segment]]]) -> list[list[Segment]]:
    """Bold lines that never reached a colon are text after all: their rows go back whole."""
    return [head + rest for head, rest in pending]


def _label_head(row: list[Segment], left_edge: float) -> list[Segment] | None:
    """The bold run opening a row at the left edge, up to and including the piece ending in a colon."""
    first = row[0]
    if not first.bold or first.x0 > left_edge + LEFT_EDGE_EM * max(first.size, 1.0):
        return None
    head: list[Segment] = []
    for seg in row:
        if not seg.bold or (head and seg.x0 - head[-1].x1 > CELL_GAP_EM * max(seg.size, 1.0)):
            break
        head.append(seg)
        if seg.text.rstrip().endswith(":"):
            break
    words = sum(len(seg.text.split()) for seg in head)
    return head if words <= MAX_LABEL_WORDS else None


def _split_inline_labels(row: list[Segment]) -> list[list[Segment]]:
    """ "10/27/17 | CLOSING DATE: | Continuous": a bold label in its own cell after a value starts a row."""
    parts: list[list[Segment]] = [[]]
    for index, seg in enumerate(row):
        previous = parts[-1][-1] if parts[-1] else None
        if previous is not None and not previous.bold and _inline_label(row, index):
            parts.append([])
        parts[-1].append(seg)
    return parts


def _inline_label(row: list[Segment], index: int) -> bool:
    """Whether a bold run ending in a colon starts at ``index``, a cell gap after the piece before.

    pdfplumber gives one piece per word ("CLOSING", "DATE:"), PDFium one per run.
    """
    seg = row[index]
    if not seg.bold or seg.x0 - row[index - 1].x1 <= CELL_GAP_EM * max(seg.size, 1.0):
        return False
    words = 0
    for previous, current in pairwise(row[index - 1 :]):
        if not current.bold or (current is not seg and current.x0 - previous.x1 > CELL_GAP_EM * current.size):
            return False
        words += len(current.text.split())
        if words > MAX_LABEL_WORDS:
            return False
        if current.text.rstrip().endswith(":"):
            return True
    return False


def _place(labels: list[Label], content: list[list[Segment]]) -> list[Row]:
    """Rows top to bottom: each label before the content level with or below it, short cells joined."""
    content.sort(key=lambda part: (min(seg.top for seg in part), part[0].x0))
    starts = [_first_at(content, label) for label in labels]
    rows = [join_row(part) for part in content[: starts[0]]]
    for index, label in enumerate(labels):
        end = starts[index + 1] if index + 1 < len(labels) else len(content)
        rows.extend(_cell_rows(label, content[starts[index] : end]))
    return rows


def _first_at(content: list[list[Segment]], label: Label) -> int:
    limit = label.top - LEVEL_EM * label.size
    return next((i for i, part in enumerate(content) if min(seg.top for seg in part) >= limit), len(content))


def _cell_rows(label: Label, cell: list[list[Segment]]) -> list[Row]:
    """A value cell is one "LABEL: value" row; a longer cell is the label's row, then its rows.

    A second field printed in the cell ("CLOSING DATE: Continuous" after the opening date) ends the
    value and stays a row of its own.
    """
    heading = Row(label.text, label.x0, label.top, label.x1, label.bottom, label.size, True)
    split = next((i for i, part in enumerate(cell) if i and _opens_with_label(part)), len(cell))
    own, fields = [join_row(part) for part in cell[:split]], [join_row(part) for part in cell[split:]]
    value = " ".join(row.text for row in own)
    if own and len(own) <= MAX_VALUE_ROWS and len(value) <= MAX_VALUE_CHARS and not _listed(own):
        bottom = max(row.bottom for row in own)
        x1 = max(row.x1 for row in own)
        return [Row(f"{label.text} {value}", label.x0, label.top, x1, bottom, label.size, False), *fields]
    tail = _untitled_tail(own)
    if tail:
        first = own[tail]
        heading = Row(label.text, label.x0, first.top, label.x1, first.bottom, label.size, True)
        return [*own[:tail], heading, *own[tail:], *fields]
    return [heading, *own, *fields]


def _untitled_tail(cell: list[Row]) -> int | None:
    """Where the label's own text starts in a cell that opens with sections of its own, or None.

    A job board's "DUTIES:" cell may carry the bulletin's salary block first ("ANNUAL SALARY", its
    figures, a bold "NOTES:" and a numbered list) and only then the duty statement. The bold
    sub-headings name their blocks; a list ends its "NOTES:"; the plain paragraph after the list,
    back at the cell's left edge, is what the label names, so the label is read just before it.
    """
    paragraphs = _paragraph_starts(cell)
    if len(paragraphs) < 3:
        return None
    start = paragraphs[-1]
    if not any(row.bold and len(row.text.split()) <= MAX_LABEL_WORDS for row in cell[:start]):
        return None  # no sub-heading: the whole cell is the label's
    left = min(row.x0 for row in cell)
    before = cell[paragraphs[-2] : start]
    if _ITEM.match(cell[start].text) or cell[start].bold or cell[start].x0 > left + LEFT_EDGE_EM * cell[start].size:
        return None
    return start if any(_ITEM.match(row.text) for row in before) else None


def _paragraph_starts(cell: list[Row]) -> list[int]:
    """Indexes of the rows opening a paragraph: after a step clearly larger than the line step.

    The smallest step is the line spacing: a cell of short paragraphs has more gaps than lines.
    """
    steps = [below.top - above.top for above, below in pairwise(cell) if below.top - above.top > 1.0]
    usual = min(steps, default=0.0)
    starts = [0]
    for index in range(1, len(cell)):
        if cell[index].top - cell[index - 1].top > PARAGRAPH_STEP * usual:
            starts.append(index)
    return starts


def _opens_with_label(part: list[Segment]) -> bool:
    """A row split off by ``_split_inline_labels``: a bold run ending in a colon, then its value."""
    head = next((i for i, seg in enumerate(part) if not seg.bold), len(part))
    return 0 < head < len(part) and part[head - 1].text.rstrip().endswith(":")


def _listed(cell: list[Row]) -> bool:
    """A numbered or lettered item ("1. Graduation ...") makes the cell a list, never a value."""
    return any(_ITEM.match(row.text) for row in cell)
