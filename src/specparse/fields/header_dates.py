"""Header dates: dates printed after labels, dates stated in sentences (date_sentences), and which source wins."""

from __future__ import annotations

import re
from datetime import date

from ..caseless import Caseless
from ..dates import DATE_PATTERN, has_digit, is_date_only, parse_date
from ..lines import Line
from ..prechecks import ends_with_none
from ..text_cache import text_cache
from .date_labels import LABEL_OVER_DATE_WINDOW, _date_kind, _labels_over_dates
from .date_sentences import (
    APPROVAL,
    DEADLINE,
    PERIOD,
    WINDOW,
    _application_period,
    _approval_date,
    _deadline_date,
    _first_found,
    _last_window_end,
    reader_hints,
)

_BLANK_DATE = re.compile(r"^\W*(?P<label>[A-Za-z][A-Za-z .'/-]{0,40}?)\s*:\s*(?:-{1,3}|—|–|n/?a|none)\s*$", re.I)
# What a _BLANK_DATE line ends with (in any letter case, before white space): its lazy label is tried at
# every length on each header line, most of which end otherwise.
_BLANK_ENDINGS = ("-", "n/a", "na", "none")


def _blank_date(text: str) -> re.Match[str] | None:
    """``_BLANK_DATE.match(text)``, not tried on a line without its colon or an ASCII one without its
    blank's end."""
    if ":" not in text or ends_with_none(text, _BLANK_ENDINGS):
        return None
    return _BLANK_DATE.match(text)


# A date is found first and its label looked for just before it: one regex with a lazy label in
# front of the date was quadratic in the line length (400 ms on one 8 KB line).
_ANY_DATE = Caseless(DATE_PATTERN)
_LABEL_BEFORE = re.compile(r"(?P<label>[A-Za-z][A-Za-z .,/&()'-]{0,60}?)\s*[:\-]?\s*$")
LABEL_WINDOW = 70


# has_digit remembered by text: every body line is asked, and an employer's bulletins repeat most of
# theirs (a repeated line is then answered without running Python code).
_has_digit = text_cache()(has_digit)


def labelled_dates(text: str) -> list[tuple[str, str, str]]:
    """(label, date text, whole match) for each date printed right after a label in ``text``."""
    found = []
    for match in _ANY_DATE.finditer(text):
        label = _LABEL_BEFORE.search(text, max(0, match.start() - LABEL_WINDOW), match.start())
        if label:
            found.append((label.group("label"), text[match.start() : match.end()], text[label.start() : match.end()]))
    return found


def read_dates(
    head: list[Line],
    later: list[Line],
    everywhere: list[Line],
    undated: list[tuple[str, int]],
    provenance: dict[str, int] | None = None,
) -> dict[str, date | None]:
    """Dates by kind: the header block's own first, then furniture and trailer, then the body.

    A web page's "Updated: 6/3/2012" footer is not the class revision when the header says
    "Revised: --". Labels printed without a readable date are appended to ``undated``; the line each
    date came from is recorded in ``provenance`` as ``date_<kind>``.
    """
    lines: dict[str, int] = {}
    dates, blank = _dates(head, undated, lines)
    more, _ = _dates(later, undated, lines)
    for kind, value in more.items():
        if dates[kind] is None and kind not in blank:
            dates[kind] = value
    body = [line for line in everywhere if line.text]
    # The period and sentence readers find nothing in a line without a digit (every date has one):
    # searching the lines with one only saves three passes over the whole body.
    dated = [line for line in body if _has_digit(line.text)]
    # Each sentence reader asked only of the lines that pass its word tests (see reader_hints).
    hinted = [(line, reader_hints(line.text)) for line in dated]

    def passing(reader: int) -> list[Line]:
        return [line for line, hints in hinted if hints & reader]

    # "Filing Period 1 | FRIDAY, JUNE 5, 2026 to THURSDAY, JUNE 18, 2026": both ends of the period.
    period = _first_found(_application_period, passing(PERIOD))
    if period:
        (start, end), line = period
        for kind, value in (("open", start), ("closing", end)):
            if dates[kind] is None:
                dates[kind], lines[kind] = value, line.number
    # "Applications will only be accepted … from <date> to <date> and from <date> to <date>": the end of
    # the last filing window.
    if dates["closing"] is None and "closing" not in blank:
        windows = _last_window_end(body, passing(WINDOW))
        if windows:
            dates["closing"], lines["closing"] = windows[0], windows[1].number
    # "###Initial Closing Date" over "02/11/2013": a body heading over its date.
    with_digit = {id(line) for line in dated}
    for kind, (value, line) in _labels_over_dates(body[:LABEL_OVER_DATE_WINDOW], with_digit).items():
        if dates.get(kind) is None and kind not in blank:
            dates[kind], lines[kind] = value, line.number
    for kind, reader, bit in (("closing", _deadline_date, DEADLINE), ("approved", _approval_date, APPROVAL)):
        # A deadline sentence counts even under "Closing: --" (the sentence is more specific).
        if dates[kind] is None and (kind == "closing" or kind not in blank):
            found = _first_found(reader, passing(bit))
            # "Revised: 10/26/2000" over "This was approved … on October 26, 2000": the approval of that
            # revision, which the revised date already holds, not the class's own approval.
            if found and kind == "approved" and found[0] in (dates["revised"], dates["established"]):
                found = None
            if found:
                dates[kind], lines[kind] = found[0], found[1].number
    if provenance is not None:
        provenance.update({f"date_{kind}": number for kind, number in lines.items() if dates.get(kind)})
    return dates


def _dates(
    lines: list[Line], undated: list[tuple[str, int]], numbers: dict[str, int]
) -> tuple[dict[str, date | None], set[str]]:
    """Dates by kind from labelled lines, and the kinds printed with no date ("Revised: --")."""
    blank: set[str] = set()
    found: dict[str, list[tuple[date, int]]] = {
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
                found[pending_label].append((parsed, line.number))
            pending_label = None
            continue
        pending_label = None
        matched_any = False
        empty = _blank_date(text)
        if empty and (kind := _date_kind(empty.group("label"))):
            blank.add("open" if kind == "posted" else kind)
            continue
        for label, date_text, whole in labelled_dates(text) if has_digit(text) else ():
            kind = _date_kind(label)
            parsed = parse_date(date_text)
            if kind and parsed:
                found[kind].append((parsed, line.number))
                matched_any = True
            elif kind and not parsed:
                undated.append((whole, line.number))
        if not matched_any and text.rstrip().endswith(":"):
            pending_label = _date_kind(text)
    chosen = {
        "approved": min(found["approved"], default=None),
        "established": min(found["established"], default=None),
        "revised": max(found["revised"], default=None),
        "open": min(found["open"] or found["posted"], default=None),
        "closing": max(found["closing"], default=None),
    }
    dates: dict[str, date | None] = {}
    for kind, pick in chosen.items():
        dates[kind] = pick[0] if pick else None
        if pick and kind not in numbers:
            numbers[kind] = pick[1]
    return dates, blank
