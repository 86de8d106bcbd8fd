"""Find the labelled pay lines of a title block or field list ("Salary: $74,839 - $96,438 per year").

Such a line is a header field (the salary parser and the header readers read it there) and, as the
strict labels count it, a headed salary block of its own: ``sections.py`` gives it a salary section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..fields.salary import find_salaries
from ..paragraphs import LIST_MARKER
from ..vocab import Vocabulary
from .body_fields import INLINE_LABEL

MAX_PAY_LABEL_WORDS = 5
MAX_PAY_VALUE_CHARS = 120
# How many non-blank lines either side of a pay line may hold another field for it to be in a field list.
FIELD_LIST_REACH = 3

# Cells of a laid-out header row: "Job Code: 79712    Salary: $2,104.00 Biweekly    FLSA: Non-Exempt",
# "Job Code: 3310 | Pay Grade: 14 | FLSA: Non-Exempt", "Position Number: 00123456 · Pay Grade: 25".
_CELL_GAP = re.compile(r"\s{2,}|\t|\s*\|\s*|\s+·\s+")
_CELL = re.compile(r"^\W*?(?P<label>[A-Za-z][A-Za-z0-9 ()/&'.-]{0,40}?)\s*[*_]*\s*:\s*[*_]*\s*(?P<value>\S.*)$")
# "SALARY RANGE $6,012 - $7,308 Monthly": a label cell, then an amount cell.
_TABLE_ROW = re.compile(r"^(?P<label>[A-Za-z][A-Za-z ()/&'.-]{2,40}?)\s+(?P<value>[$£€]\s?\d.*)$")
# "£44,743 - £60,484": a currency figure the pay parser may not read as a range.
_CURRENCY_FIGURE = re.compile(r"[$£€]\s?\d")


@dataclass(frozen=True, slots=True)
class PayField:
    label: str  # as printed: "Salary(s)", "Salary (Annual)", "Pay Range"
    value: str  # what follows the label when the label opens the line, else ""
    whole_line: bool  # the label is one cell of a row of fields: the row stays one line


def pay_field(text: str, vocab: Vocabulary) -> PayField | None:
    """The salary label and value of a 'Label: value' line whose label names pay and whose value is an
    amount ("Pay Range: $31.20 - $39.00 hourly"); a grade alone ("Salary Range: 27") is not pay."""
    if ":" not in text or ("$" not in text and "£" not in text and "€" not in text):
        return None  # an amount is printed with its currency sign (see _states_amount)
    stripped = LIST_MARKER.sub("", text, count=1).strip() if LIST_MARKER.match(text) else text.strip()
    laid_out = "  " in stripped or "\t" in stripped or "|" in stripped or "·" in stripped
    cells = [cell for cell in _CELL_GAP.split(stripped) if cell.strip()] if laid_out else [stripped]
    for cell in cells:
        match = _CELL.match(cell)
        if match is None:
            continue
        label, value = match.group("label").strip(), match.group("value").strip()
        if len(label.split()) > MAX_PAY_LABEL_WORDS or len(value) > MAX_PAY_VALUE_CHARS:
            continue
        if vocab.lookup(label) != "salary" or not _states_amount(value):
            continue
        alone = len(cells) == 1
        return PayField(label=label, value=value if alone else "", whole_line=not alone)
    return _inline_pay_field(stripped, vocab)


def table_pay_field(text: str, vocab: Vocabulary) -> PayField | None:
    """A title block's table row read as one line, label cell then amount cell, with no colon between
    ("SALARY RANGE $6,012 - $7,308 Monthly" from a Word header table)."""
    match = _TABLE_ROW.match(text.strip())
    if match is None:
        return None
    label, value = match.group("label").strip(), match.group("value").strip()
    if len(label.split()) > MAX_PAY_LABEL_WORDS or len(value) > MAX_PAY_VALUE_CHARS:
        return None
    if vocab.lookup(label) != "salary" or not _states_amount(value):
        return None
    return PayField(label=label, value=value, whole_line=False)


def _inline_pay_field(text: str, vocab: Vocabulary) -> PayField | None:
    labels = list(INLINE_LABEL.finditer(text))
    for position, match in enumerate(labels):
        end = labels[position + 1].start() if position + 1 < len(labels) else len(text)
        if vocab.lookup(match.group("label")) == "salary" and _states_amount(text[match.end() : end]):
            return PayField(label=match.group("label"), value="", whole_line=True)
    return None


def is_field(text: str) -> bool:
    """A 'Label: value' line, bulleted or not ("• Job ID: 180334")."""
    stripped = LIST_MARKER.sub("", text, count=1) if LIST_MARKER.match(text) else text
    match = _CELL.match(stripped.strip())
    return bool(match and len(match.group("label").split()) <= MAX_PAY_LABEL_WORDS)


def _states_amount(value: str) -> bool:
    return bool(_CURRENCY_FIGURE.search(value) or find_salaries(value))
