"""'Label: value' lines in the body: field lists, a header's labelled values, label/value pairs.

A posting's "=== JOB DETAILS ===" list, a title block's "Salary Range: $7,812 - $9,496 Monthly" over
"FLSA: Non-Exempt", a Taleo page's "Closing Date" over ": Nov 12, 2025": values of the header, not
the headings of sections.
"""

from __future__ import annotations

import re

from ..lines import Line
from ..paragraphs import LIST_MARKER
from ..text_cache import text_cache
from ..vocab import Vocabulary
from .headings import Heading
from .neighbours import next_text

# A run of short "Label: value" lines with at least this many labels over at least this many rows is a
# field list (a posting's "=== JOB DETAILS ===" block, a CalHR header "Class Code: 0010 / Established:
# 10/20/1931", a laid-out county header with two fields a row), read as metadata, not as headings.
FIELD_LIST_MIN_LINES = 4
FIELD_LIST_MIN_ROWS = 2
MAX_FIELD_LABEL_WORDS = 5
MAX_FIELD_VALUE_CHARS = 90

_GRADE_VALUE = re.compile(r"^[A-Z]{0,3}-?\d{1,4}[A-Z]?$")
_FIELD = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z0-9 #&/'().-]{0,40}?)\s*:\s+(?P<value>\S.*)$")

# A second "Label: value" on the same line of a laid-out header ("Class Code: 2217   FLSA: Exempt", or
# with the gap collapsed, "Job Code: 79712 Salary: $2,104.00 Biweekly"): capitalised words before a colon;
# the match ends where the value starts.
INLINE_LABEL = re.compile(r"\s(?P<label>(?:[A-Z][\w/&#.()-]*\s+){0,3}[A-Z][\w/&#.()-]*)\s*:\s+(?=\S)")

# Keys whose labels head a short value in a field list ("Closing Date: …", "Hours of Work: …", "Work
# Schedule", "Supervisory status", "Diversity Groups"): there they are fields, not blocks.
FIELD_PRONE_KEYS = frozenset({"application", "working_conditions", "equal_opportunity", "supervision"})
# A label/value table printed as headings over one short value each ("Supervisory status" / "No",
# "Work Schedule" / "Full time" in US federal postings): this many in a row.
MIN_FIELD_TABLE_ROWS = 3
MAX_TABLE_VALUE_CHARS = 120


def header_field(lines: list[Line], index: int, heading: Heading) -> bool:
    """'Salary Range: $7,812 - $9,496 Monthly' over 'FLSA: Non-Exempt' in the title block is a field.

    A short header has too few fields to count as a field list, yet a salary there is one more
    labelled value of the header, not the start of a salary section.
    """
    # "Pay Grade: 25" / "Salary Range: J140" are labelled values just the same.
    if heading.key != "salary" or not ("$" in heading.rest or _GRADE_VALUE.match(heading.rest)):
        return False
    before = next((line.text for line in reversed(lines[:index]) if line.text.strip()), "")
    after = next((line.text for line in lines[index + 1 :] if line.text.strip()), "")
    return bool(field_label(before) or field_label(after))


def field_list_length(lines: list[Line], index: int, vocab: Vocabulary) -> int:
    """How many lines from ``index`` form a field list ("Title: X", "Salary: $Y", "Closing Date: Z"), or 0."""
    if index > 0 and field_label(lines[index - 1].text):
        return 0  # only the start of a run counts
    end = index
    labels: list[str] = []
    while end < len(lines):
        match = field_label(lines[end].text)
        if match is None:
            break
        labels.append(match)
        labels.extend(m.group("label") for m in INLINE_LABEL.finditer(lines[end].text))
        end += 1
    if len(labels) < FIELD_LIST_MIN_LINES or end - index < FIELD_LIST_MIN_ROWS:
        return 0
    known = sum(1 for label in labels if vocab.lookup(label) is not None)
    return end - index if known * 2 <= len(labels) else 0


def field_list_starts(lines: list[Line]) -> list[bool]:
    """Where ``field_list_length`` may find a field list: a field line after a line that is none.

    Each line's label is read once here, where ``field_list_length`` asked for it twice per line.
    """
    # field_label's colon test inline: most lines have none, and this asks every line.
    labelled = [":" in line.text and _field_label(line.text) is not None for line in lines]
    return [here and not (index and labelled[index - 1]) for index, here in enumerate(labelled)]


def field_label(text: str) -> str | None:
    if ":" not in text:
        return None  # asked of every line; most have no colon, which every field has
    return _field_label(text)


# An employer's documents repeat most of their lines, colons and all: a pure function, cached.
@text_cache()
def _field_label(text: str) -> str | None:
    match = _FIELD.match(text)
    if not match or LIST_MARKER.match(text):
        return None
    label, value = match.group("label").strip(), match.group("value").strip()
    if len(label.split()) > MAX_FIELD_LABEL_WORDS or len(value) > MAX_FIELD_VALUE_CHARS:
        return None
    return label


def value_follows(lines: list[Line], index: int) -> bool:
    """The next line holds the value after a colon: Taleo prints "Closing Date" over ": Nov 12, 2025"."""
    return next_text(lines, index).startswith(":")


def labelled_value(lines: list[Line], index: int, heading: Heading) -> bool:
    """'Hours of Work: A - SGEU Office 36' beside other fields is a value of the posting, not a block.

    Only for labels that head short values in field lists (``FIELD_PRONE_KEYS``); "Education: …" beside
    "Experience: …" are the requirement's own sub-labels.
    """
    if heading.key not in FIELD_PRONE_KEYS or not _value_like(heading.rest):
        return False
    return _is_field_row(lines, index, -1) or _is_field_row(lines, index, 1)


def _value_like(value: str) -> bool:
    """A value, not a run-in paragraph ("EEO/ADA: The County is an Equal Employment Opportunity …")."""
    value = value.strip()
    return bool(value) and len(value) <= MAX_TABLE_VALUE_CHARS and not value.endswith(".")


def _is_field_row(lines: list[Line], index: int, step: int) -> bool:
    position = index + step
    while 0 <= position < len(lines) and not lines[position].text.strip():
        position += step
    if not 0 <= position < len(lines):
        return False
    text = lines[position].text.strip()
    match = _FIELD.match(text)
    return bool(
        text.startswith(":")
        or (
            match
            and not LIST_MARKER.match(text)
            and len(match.group("label").split()) <= MAX_FIELD_LABEL_WORDS
            and _value_like(match.group("value"))
        )
        or (step > 0 and value_follows(lines, position))
    )


def one_short_value(content: list[Line]) -> bool:
    """A block of one short value ("Full time", "{{ page.supervisory_status }}")."""
    return len(content) == 1 and len(content[0].text.strip()) <= MAX_TABLE_VALUE_CHARS


def holds_one_short_value(lines: list[Line]) -> bool:
    """``one_short_value`` of the lines with text, stopping at the second one: asked of every section."""
    found: Line | None = None
    for line in lines:
        if line.text:
            if found is not None:
                return False
            found = line
    return found is not None and len(found.text.strip()) <= MAX_TABLE_VALUE_CHARS
