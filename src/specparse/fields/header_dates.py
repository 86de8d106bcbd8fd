"""Header dates: which kind of date a label names, dates stated in sentences, and which source wins."""

from __future__ import annotations

import re
from datetime import date

from ..dates import DATE_PATTERN, is_date_only, parse_date
from ..lines import Line

# Which date each label names. Order matters: "Revised" before "Approved" so "Approved as revised"
# counts as a revision only when nothing else says so.
DATE_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "closing",
        re.compile(r"\b(clos(e|es|ing)|deadline|final filing|filing deadline|until filled|last day to apply)\b", re.I),
    ),
    ("open", re.compile(r"\b(open(s|ing)?\s*date|date\s+opened|exam\s+open|opens?)\b", re.I)),
    # "Date Posted" is when the advert went up; an "Opening Date" printed beside it wins.
    ("posted", re.compile(r"\b(posted|posting\s+date|date\s+posted)\b", re.I)),
    (
        "revised",
        re.compile(r"\b(r|rev|revised|revision|revisions|amended|updated|last\s+revised|modified)\b\.?", re.I),
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
_BLANK_DATE = re.compile(r"^\W*(?P<label>[A-Za-z][A-Za-z .'/-]{0,40}?)\s*:\s*(?:-{1,3}|—|–|n/?a|none)\s*$", re.I)
_ANY_DATE = re.compile(DATE_PATTERN, re.I)
_LABELLED_DATE = re.compile(rf"(?P<label>[A-Za-z][A-Za-z .,/&()'-]{{0,60}}?)\s*[:\-]?\s*(?P<date>{DATE_PATTERN})", re.I)


def read_dates(
    head: list[Line], later: list[Line], everywhere: list[Line], undated: list[tuple[str, int]]
) -> dict[str, date | None]:
    """Dates by kind: the header block's own first, then furniture and trailer, then sentences.

    A web page's "Updated: 6/3/2012" footer is not the class revision when the header says
    "Revised: --". Labels printed without a readable date are appended to ``undated``.
    """
    dates, blank = _dates(head, undated)
    more, _ = _dates(later, undated)
    for kind, value in more.items():
        if dates[kind] is None and kind not in blank:
            dates[kind] = value
    if dates["closing"] is None:
        dates["closing"] = closing_in_text(everywhere)
    if dates["approved"] is None and "approved" not in blank:
        dates["approved"] = _sentence_date(_APPROVED_SENTENCE, everywhere)
    return dates


# "Applications must be received by THURSDAY, APRIL 12, 2018." — the deadline stated in a sentence.
_DEADLINE_SENTENCE = re.compile(
    rf"\b(?:received|postmarked|submitted|filed|accepted)\s+(?:(?:on-?line|electronically|in\s+person)\s+)?"
    rf"(?:by|before|no\s+later\s+than|on\s+or\s+before|until)\s+(?:[^.]{{0,60}}?\s)?(?P<date>{DATE_PATTERN})",
    re.I,
)


# "Note: This was approved as an SPB Staff Item on October 26, 2000." (CalHR).
_APPROVED_SENTENCE = re.compile(
    rf"\b(?:was|were|is|been)\s+(?:approved|adopted)\b[^.]{{0,60}}?\s(?P<date>{DATE_PATTERN})", re.I
)


def closing_in_text(lines: list[Line]) -> date | None:
    """The application deadline stated in a sentence anywhere in the body, when the header gave none."""
    return _sentence_date(_DEADLINE_SENTENCE, lines)


def _sentence_date(pattern: re.Pattern[str], lines: list[Line]) -> date | None:
    for line in lines:
        match = pattern.search(line.text)
        if match:
            parsed = parse_date(match.group("date"))
            if parsed:
                return parsed
    return None


def _dates(lines: list[Line], undated: list[tuple[str, int]]) -> tuple[dict[str, date | None], set[str]]:
    """Dates by kind from labelled lines, and the kinds printed with no date ("Revised: --")."""
    blank: set[str] = set()
    found: dict[str, list[date]] = {
        "approved": [],
        "established": [],
        "revised": [],
        "open": [],
        "posted": [],
        "closing": [],
    }
    pending_label: str | None = None
    for line in lines:
        text = line.text
        if pending_label is not None and is_date_only(text):
            parsed = parse_date(text)
            if parsed:
                found[pending_label].append(parsed)
            pending_label = None
            continue
        pending_label = None
        matched_any = False
        empty = _BLANK_DATE.match(text)
        if empty and (kind := _date_kind(empty.group("label"))):
            blank.add("open" if kind == "posted" else kind)
            continue
        # The labelled-date pattern tries 60 label lengths at every position: only lines holding a
        # date need it (a 100 KB paragraph without one took 6 s, 500 KB 40 s).
        for match in _LABELLED_DATE.finditer(text) if _ANY_DATE.search(text) else ():
            kind = _date_kind(match.group("label"))
            parsed = parse_date(match.group("date"))
            if kind and parsed:
                found[kind].append(parsed)
                matched_any = True
            elif kind and not parsed:
                undated.append((match.group(0), line.number))
        if not matched_any and text.rstrip().endswith(":"):
            pending_label = _date_kind(text)
    dates = {
        "approved": min(found["approved"], default=None),
        "established": min(found["established"], default=None),
        "revised": max(found["revised"], default=None),
        "open": min(found["open"] or found["posted"], default=None),
        "closing": max(found["closing"], default=None),
    }
    return dates, blank


def _date_kind(label: str) -> str | None:
    for kind, pattern in DATE_LABELS:
        if pattern.search(label):
            return kind
    return None
