"""Forms: a row of bold labels over a row of values, read as one "Label: value" row per column.

State duty statements print "Classification | Office/Department" in bold over "Chief Counsel |
Office of Data & Innovation"; read row by row, no value would stand beside its label.
"""

from __future__ import annotations

from .labels import WRAP_STEP_EM
from .layout import CELL_GAP_EM, Row, Segment, join_row

# A form's value row sits at most this many font sizes under its row of labels ...
STACK_GAP_EM = 2.5
# ... whose labels are a few words each ("Position Number", "Office/Department").
MAX_FIELD_LABEL_WORDS = 4


def stacked_fields(rows: list[list[Segment]]) -> list[list[Segment] | Row]:
    """Rows with each labels-over-values pair replaced by its "Label: value" rows, column by column.

    Each value cell sits under its label's left edge (a long value wraps onto the next line); a label with
    nothing under it stays alone. A bold row heading a key/value table ("Item | Position
    information" over "Office/Department | ODI", "Unit/Section | CalData", ...) is no such row.
    """
    out: list[list[Segment] | Row] = []
    index = 0
    while index < len(rows):
        found = _stacked(rows, index)
        if found is None:
            out.append(rows[index])
            index += 1
            continue
        pairs, used = found
        out.extend(pairs)
        index += used
    return out


def _cells(row: list[Segment]) -> list[list[Segment]]:
    cells: list[list[Segment]] = []
    for seg in row:
        if cells and seg.x0 - cells[-1][-1].x1 <= CELL_GAP_EM * max(seg.size, 1.0):
            cells[-1].append(seg)
        else:
            cells.append([seg])
    return cells


def _stacked(rows: list[list[Segment]], index: int) -> tuple[list[Row], int] | None:
    """The rows for a labels row at ``index`` and its value rows, and how many rows they took."""
    labels_row = rows[index]
    label_cells = _cells(labels_row)
    if len(label_cells) < 2 or index + 1 >= len(rows) or not all(seg.bold for seg in labels_row):
        return None
    label_rows = [join_row(cell) for cell in label_cells]
    if any(not _field_label(row.text) for row in label_rows):
        return None
    size = max(seg.size for seg in labels_row)
    values: list[list[Segment]] = [[] for _ in label_rows]
    used = 1
    previous_top = labels_row[0].top
    step_limit = STACK_GAP_EM * size  # the first value row may sit lower than a wrapped line
    for row in rows[index + 1 :]:
        if any(seg.bold for seg in row) or row[0].top - previous_top > step_limit:
            break
        columns = [_column(cell, label_rows, size) for cell in _cells(row)]
        if None in columns:
            return None  # a value not under a label: a table of another kind
        for column, cell in zip(columns, _cells(row), strict=True):
            values[column or 0].extend(cell)
        used += 1
        previous_top = row[0].top
        step_limit = WRAP_STEP_EM * size
    if used == 1:
        return None
    following = rows[index + used] if index + used < len(rows) else None
    if following and not any(seg.bold for seg in following) and _column(following, label_rows, size) == 0:
        return None  # more unstyled rows in the same columns: the bold row headed a table
    return [_field_row(label, cell, size) for label, cell in zip(label_rows, values, strict=True)], used


def _column(cell: list[Segment], label_rows: list[Row], size: float) -> int | None:
    return next((i for i, row in enumerate(label_rows) if abs(cell[0].x0 - row.x0) <= size), None)


def _field_row(label: Row, cell: list[Segment], size: float) -> Row:
    """ "Classification: Chief Counsel": the label's colon is the one the form's box stood for."""
    if not cell:
        # An empty field ("Effective Date" with nothing under it) is a label, not a heading.
        return Row(label.text, label.x0, label.top, label.x1, label.bottom, size, False, field=True)
    text = " ".join(seg.text.strip() for seg in cell)
    bottom = max(seg.bottom for seg in cell)
    x1 = max(label.x1, *(seg.x1 for seg in cell))
    name = label.text if label.text.endswith(":") else f"{label.text}:"
    return Row(f"{name} {text}", label.x0, label.top, x1, bottom, size, False, field=True)


def _field_label(text: str) -> bool:
    """ "Position Number", "Office/Department": a few words, with letters ("%" heads a column of figures)."""
    letters = sum(char.isalpha() for char in text)
    return letters >= 2 and len(text.split()) <= MAX_FIELD_LABEL_WORDS and not text.endswith(".")
