"""Date labels: which kind of date a label names, and a short label alone on its line over its date."""

from __future__ import annotations

import itertools
import re
from datetime import date

from ..caseless import Caseless
from ..dates import is_date_only, parse_date
from ..lines import Line
from ..text_cache import text_cache

# Which date each label names. Order matters: "Revised" before "Approved" so "Approved as revised"
# counts as a revision only when nothing else says so.
DATE_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "closing",
        re.compile(
            r"\b(clos(e|es|ed|ing)|deadline|final filing|filing deadline|until filled|last day to apply|"
            r"apply (by|before)|applications? (due|accepted until|received until)|submissions? until|"
            r"accepting (applications|submissions) until|expir(es|y|ation)|end date)\b",
            re.I,
        ),
    ),
    (
        "open",
        re.compile(r"\b(open(s|ing)?\s*date|date\s+opened|exam\s+open|opens?|start\s+date\s+of\s+posting)\b", re.I),
    ),
    # "Date Posted" is when the advert went up; an "Opening Date" printed beside it wins.
    ("posted", re.compile(r"\b(posted(\s+on)?|post(ing)?\s*date|date\s+posted|published|publication\s+date)\b", re.I)),
    (
        "revised",
        re.compile(
            r"\b(r|rev|revised|revision|revisions|amended|updated|last\s+revised|modified|(last|date)\s+reviewed|reviewed\s+(on|date))\b\.?",
            re.I,
        ),
    ),
    (
        "established",
        re.compile(r"\b(est|established|created|originated|class\s+created|date\s+established)\b\.?", re.I),
    ),
    (
        "approved",
        re.compile(r"\b(approved|adopted|approval|board\s+action|effective|csb|commission\s+action|ratified)\b", re.I),
    ),
)
# Any kind's label: one search that finds none in most lines, where the kinds' patterns are six.
_ANY_DATE_LABEL = Caseless("|".join(f"(?:{pattern.pattern})" for _, pattern in DATE_LABELS))
_LABEL_ONLY = re.compile(r"^\W*(?P<label>[A-Za-z][A-Za-z .'/-]{2,40}?)\s*:?\s*$")
MAX_LABEL_CHARS = 41  # the longest label _LABEL_ONLY takes
_WORD_CHARACTER = re.compile(r"\w")
MAX_LABEL_WORDS = 5
# Only the posting's own opening fields: a page's "Close Date" / "02/16/2026" rows further down list
# other jobs.
LABEL_OVER_DATE_WINDOW = 60


# "Closing Date" over ": Nov 12, 2025, 12:59:00 AM" (a Taleo page's label and value cells), "Closes" over
# "March 3, 2024 at 5:00 p.m. Eastern": the value cell's colon and the time of day around the date.
_CELL_COLON = re.compile(r"^\s*:\s*")
_TIME_OF_DAY = re.compile(r",?\s+(?:at\s+)?\d{1,2}(?::\d{2}){1,2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s+[A-Za-z]{2,10})?\s*$")


def _date_cell(text: str) -> str:
    return _TIME_OF_DAY.sub("", _CELL_COLON.sub("", text)).strip()


def _labels_over_dates(lines: list[Line], with_digit: set[int]) -> dict[str, tuple[date, Line]]:
    """{kind: (date, label line)} for a short date label alone on its line with the date on the next.

    ``with_digit`` holds the ``id`` of every line with a digit (the caller has tested them all).
    """
    found: dict[str, tuple[date, Line]] = {}
    for line, below in itertools.pairwise(lines):
        # The tests are all required, so their order is free: the cheapest and most selective first.
        # Most lines below are no date, and most lines are no short date label; the label is asked
        # before the value below is cleaned and read (a heading such as "NOTES" sits over a paragraph).
        if id(below) not in with_digit:
            continue  # every date has a digit
        kind = _label_kind(line.text)
        if not kind:
            continue
        if _printed_again(line.text.strip().lower(), lines):
            continue  # a label printed again and again heads a listing of other jobs
        value = _date_cell(below.text)
        if not is_date_only(value):
            continue
        parsed = parse_date(value)
        if parsed:
            found.setdefault("open" if kind == "posted" else kind, (parsed, line))
    return found


@text_cache()  # a pure function of the line; an employer prints the same headings in every document
def _label_kind(text: str) -> str | None:
    """The kind of date a line names when it is nothing but a short date label ("Closing Date:")."""
    # A label's kind is named by words the line holds as the label does (only non-word characters,
    # white space and a colon are around it), so a line naming no kind has no label of one.
    if not _may_be_label(text) or not _ANY_DATE_LABEL.search(text):
        return None
    label = _LABEL_ONLY.match(text)
    if not label or len(label.group("label").split()) > MAX_LABEL_WORDS:
        return None
    return _date_kind(label.group("label"))


def _may_be_label(text: str) -> bool:
    """False only for a line ``_LABEL_ONLY`` cannot match, found without trying its lazy label.

    The pattern tries a label of every length at every line, which costs microseconds on a paragraph.
    Its label starts at the line's first word character (only non-word characters come before) and
    only white space and a colon follow it, so the line from that character on, without those, is
    the label without its trailing spaces: never longer than ``MAX_LABEL_CHARS``.
    """
    first = _WORD_CHARACTER.search(text)
    if first is None:
        return False
    rest = text[first.start() :].rstrip()
    if rest.endswith(":"):
        rest = rest[:-1].rstrip()
    return len(rest) <= MAX_LABEL_CHARS


def _printed_again(printed: str, lines: list[Line]) -> bool:
    """Whether more than one of ``lines`` reads ``printed`` (stripped, lower case) as printed.

    Lower-casing keeps the length of ASCII text, so a line of another length is passed by without
    lower-casing it (most are paragraphs).
    """
    count = 0
    for other in lines:
        text = other.text.strip()
        if text.isascii() and len(text) != len(printed):
            continue
        if text.lower() == printed:
            count += 1
    return count > 1


@text_cache()  # a pure function of a label; an employer prints the same labels in every document
def _date_kind(label: str) -> str | None:
    if not _ANY_DATE_LABEL.search(label):
        return None
    for kind, pattern in DATE_LABELS:
        if pattern.search(label):
            return kind
    return None
