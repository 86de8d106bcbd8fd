"""The document as the review page shows it: every extracted line, grouped into spans.

A span is the front matter, one section, or the back matter. Page header and footer lines stay where
the reader met them, inside the span they interrupt, marked as furniture; boilerplate lines stay too,
struck through, with the pattern that dropped them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..lines import Line
from ..vocab import Vocabulary
from .gather import Gathered

# The clean step drops bare dates at the foot of the document without a vocabulary pattern.
PRINT_STAMP = "a bare date at the foot of the document (a print stamp)"


@dataclass(slots=True)
class Row:
    anchor: str  # element id: "L12" for body line 12, "F3" for the third header/footer line
    number: int  # body line number; 0 for page furniture
    text: str  # as extracted (a dropped line keeps its text here)
    page: int | None
    furniture: str | None = None  # "page header" / "page footer"
    dropped: str | None = None  # why the line was left out of the record
    field_list: bool = False  # a "Label: value" line read as header metadata
    heading: bool = False  # the section's heading line


@dataclass(slots=True)
class Span:
    kind: str  # "front", "section", "back"
    label: str  # the margin label: a section key, "front matter", "back matter"
    heading: str | None
    first: int  # first body line, 0 when the span has none
    last: int
    index: int = 0  # the section's position in record.sections, for the colour band
    rows: list[Row] = field(default_factory=list)


def dropped_reason(text: str, vocab: Vocabulary) -> str:
    for number, pattern in enumerate(vocab.boilerplate, start=1):
        if pattern.fullmatch(text):
            return f"boilerplate pattern {number}: {pattern.pattern}"
    return PRINT_STAMP


def document_spans(gathered: Gathered) -> list[Span]:
    """Every line of the document in reading order, in front matter, section and back matter spans."""
    record, split, cleaned = gathered.record, gathered.split, gathered.cleaned
    dropped = {line.number for line in cleaned.dropped if line.number}
    fields = {line.number for line in split.fields if line.number}
    section_of = _section_of_lines(gathered)
    last_section_line = record.sections[-1].end_line if record.sections else 0
    spans: list[Span] = []
    furniture_count = 0
    for line in gathered.lines:
        if line.region != "body":
            if not line.text:
                continue
            furniture_count += 1
            row = _furniture_row(line, furniture_count, gathered.vocab)
            if not spans:
                spans.append(_front(0))
            spans[-1].rows.append(row)
            continue
        number = line.number
        position = section_of.get(number)
        kind = (
            "section"
            if position is not None
            else ("back" if last_section_line and number > last_section_line else "front")
        )
        if not spans or not _same_span(spans[-1], kind, position):
            spans.append(_new_span(kind, position, number, gathered))
        span = spans[-1]
        span.last = number
        if not span.first:
            span.first = number
        row = Row(anchor=f"L{number}", number=number, text=line.text, page=line.page, field_list=number in fields)
        if number in dropped:
            row.dropped = dropped_reason(line.text, gathered.vocab)
        if position is not None and number == record.sections[position].start_line:
            row.heading = True
        span.rows.append(row)
    for span in spans:  # the margin states the record's span, not the blank lines up to the next heading
        if span.kind == "section":
            section = record.sections[span.index]
            span.first, span.last = section.start_line, section.end_line
    return spans


def _section_of_lines(gathered: Gathered) -> dict[int, int]:
    """Body line -> section position; the blank lines between two sections belong to the first."""
    sections = gathered.record.sections
    section_of: dict[int, int] = {}
    for position, section in enumerate(sections):
        following = sections[position + 1].start_line if position + 1 < len(sections) else section.end_line + 1
        for number in range(section.start_line, max(following, section.end_line + 1)):
            section_of.setdefault(number, position)
    return section_of


def _furniture_row(line: Line, count: int, vocab: Vocabulary) -> Row:
    row = Row(anchor=f"F{count}", number=0, text=line.text, page=line.page, furniture=f"page {line.region}")
    if vocab.is_boilerplate(line.text):
        row.dropped = dropped_reason(line.text, vocab)
    return row


def _same_span(span: Span, kind: str, position: int | None) -> bool:
    return span.kind == kind and (kind != "section" or span.index == position)


def _front(number: int) -> Span:
    return Span(kind="front", label="front matter", heading=None, first=number, last=number)


def _new_span(kind: str, position: int | None, number: int, gathered: Gathered) -> Span:
    if kind == "section" and position is not None:
        section = gathered.record.sections[position]
        return Span(
            kind="section", label=section.key, heading=section.heading, first=number, last=number, index=position
        )
    if kind == "back":
        return Span(kind="back", label="back matter", heading=None, first=number, last=number)
    return _front(number)
