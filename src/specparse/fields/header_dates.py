"""Header dates: dates printed after labels, dates stated in sentences, and which source wins."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from typing import TypeVar

from ..caseless import Caseless
from ..dates import DATE_PATTERN, has_digit, is_date_only, parse_date
from ..lines import Line
from ..prechecks import holds_any, may_contain
from ..text_cache import text_cache
from .date_labels import LABEL_OVER_DATE_WINDOW, _date_kind, _labels_over_dates

_BLANK_DATE = re.compile(r"^\W*(?P<label>[A-Za-z][A-Za-z .'/-]{0,40}?)\s*:\s*(?:-{1,3}|—|–|n/?a|none)\s*$", re.I)
# What a _BLANK_DATE line ends with (in any letter case, before white space): its lazy label is tried at
# every length on each header line, most of which end otherwise.
_BLANK_ENDINGS = ("-", "n/a", "na", "none")


def _blank_date(text: str) -> re.Match[str] | None:
    """``_BLANK_DATE.match(text)``, not tried on an ASCII line without its colon or its blank's end."""
    if text.isascii() and (":" not in text or not text.rstrip().lower().endswith(_BLANK_ENDINGS)):
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
    # "Filing Period 1 | FRIDAY, JUNE 5, 2026 to THURSDAY, JUNE 18, 2026": both ends of the period.
    period = _first_found(_application_period, dated)
    if period:
        (start, end), line = period
        for kind, value in (("open", start), ("closing", end)):
            if dates[kind] is None:
                dates[kind], lines[kind] = value, line.number
    # "Applications will only be accepted … from <date> to <date> and from <date> to <date>": the end of
    # the last filing window.
    if dates["closing"] is None and "closing" not in blank:
        windows = _last_window_end(body, dated)
        if windows:
            dates["closing"], lines["closing"] = windows[0], windows[1].number
    # "###Initial Closing Date" over "02/11/2013": a body heading over its date.
    with_digit = {id(line) for line in dated}
    for kind, (value, line) in _labels_over_dates(body[:LABEL_OVER_DATE_WINDOW], with_digit).items():
        if dates.get(kind) is None and kind not in blank:
            dates[kind], lines[kind] = value, line.number
    for kind, reader in (("closing", _deadline_date), ("approved", _approval_date)):
        # A deadline sentence counts even under "Closing: --" (the sentence is more specific).
        if dates[kind] is None and (kind == "closing" or kind not in blank):
            found = _first_found(reader, dated)
            # "Revised: 10/26/2000" over "This was approved … on October 26, 2000": the approval of that
            # revision, which the revised date already holds, not the class's own approval.
            if found and kind == "approved" and found[0] in (dates["revised"], dates["established"]):
                found = None
            if found:
                dates[kind], lines[kind] = found[0], found[1].number
    if provenance is not None:
        provenance.update({f"date_{kind}": number for kind, number in lines.items() if dates.get(kind)})
    return dates


# "Applications must be received by THURSDAY, APRIL 12, 2018.", "We're accepting submissions until
# Wednesday, May 4, 2022", "No later than close of business 11th January 2012": the deadline in a sentence.
_DEADLINE_SENTENCE = Caseless(
    rf"(?:\b(?:received|postmarked|submitted|filed|accepted|accepting\s+(?:applications|submissions|resumes))\s+"
    rf"(?:(?:on-?line|electronically|in\s+person)\s+)?"
    rf"(?:by|before|no\s+later\s+than|on\s+or\s+before|until)"
    rf"|^\W*no\s+later\s+than|\bapplications?\s+(?:close|closes|are\s+due|due)(?:\s+on)?"
    rf"|\bapply\s+(?:by|before))"
    rf"\s+(?:[^.]{{0,60}}?\s)?(?P<date>{DATE_PATTERN})",
)
# "Filing Period 1 … JUNE 5, 2026 to JUNE 18, 2026", "Application period: 3/1/2024 - 3/15/2024".
_PERIOD = Caseless(
    rf"\b(?:filing|application|posting|recruitment|advertis(?:ing|ement))\s+(?:period|dates?|window)\b"
    rf".{{0,40}}?(?P<start>{DATE_PATTERN})\s*(?:to|through|thru|until|[-–—])\s*(?:\w+,?\s+)?(?P<end>{DATE_PATTERN})",
)
# One of these words is in every match of the deadline / approval sentence patterns (a cheap pre-check).
_SENTENCE_WORDS = {
    "closing": ("received", "postmarked", "submitted", "filed", "accept", "later", "application", "apply"),
    "approved": ("approved", "adopted"),
}
# Every _DEADLINE_SENTENCE match starts with one of these, but for "no later than" opening a line.
_DEADLINE_STARTS = ("received", "postmarked", "submitted", "filed", "accepted", "accepting", "application", "apply")
# One of these is in every _PERIOD match, and starts it.
_PERIOD_WORDS = ("filing", "application", "posting", "recruitment", "advertis")
_PERIOD_NOUNS = ("period", "date", "window")  # and one of these
# "Note: This was approved as an SPB Staff Item on October 26, 2000." (CalHR).
_APPROVED_SENTENCE = Caseless(
    rf"\b(?:was|were|is|been)\s+(?:approved|adopted)\b[^.]{{0,60}}?\s(?P<date>{DATE_PATTERN})"
)
# "from 8:00 a.m., Tuesday, February 10, 2015 to Midnight, Thursday, February 12, 2015", "From 8:00 am
# Tuesday, July 2, 2019 to 11:59 pm, Thursday, July 4, 2019": one filing window, times and weekdays
# around its dates. Led by its literal word (the "\b" before it is the look-behind after it): a
# pattern opening with "\b" is tried at every position of a line, one opening with a word only where
# the word is.
_WINDOW = Caseless(
    rf"from(?<!\wfrom)\s+(?:[\w:.,]+\s+){{0,4}}?(?P<start>{DATE_PATTERN})[^.]{{0,80}}?\bto\s+(?:[\w:.,]+\s+){{0,4}}?(?P<end>{DATE_PATTERN})",
)
# The sentence that makes the windows filing windows: "Applications will only be accepted …",
# "Filing is open …", "Apply online …".
_FILING_WORDS = Caseless(r"\b(?:accepted|accepting|filing|submitted|apply|applications?\s+(?:open|period))\b")
_FILING_HINTS = ("accept", "filing", "submitted", "apply", "application")  # one is in every _FILING_WORDS match
# A list of windows under "… accepted on the dates listed below:" is printed on the next few lines.
WINDOW_LIST_LINES = 4


@text_cache()  # every body line is asked; an employer's bulletins repeat most of theirs
def _is_filing_sentence(text: str) -> bool:
    return may_contain(text, _FILING_HINTS) and bool(_FILING_WORDS.search(text))


def _last_window_end(lines: list[Line], dated: list[Line]) -> tuple[date, Line] | None:
    """The end of the last filing window a filing sentence (or the short list under it) prints.

    ``dated`` holds the lines with a digit, in order: every window has a date, so only they can print
    one, and only a filing sentence up to ``WINDOW_LIST_LINES`` lines before the first of those can
    own one. Most documents print no window: asking their dated lines spares asking every line
    whether it is a filing sentence.
    """
    first = next((line for line in dated if _window_ends(line.text)), None)
    if first is None:
        return None
    start = next(position for position, line in enumerate(lines) if line is first)
    for position in range(max(0, start - WINDOW_LIST_LINES), len(lines)):
        line = lines[position]
        if not _is_filing_sentence(line.text):
            continue
        ends = []
        for candidate in lines[position : position + 1 + WINDOW_LIST_LINES]:
            # The first four characters, lower-cased, start as the whole line lower-cased does (each
            # character lower-cases on its own, to one character or more).
            if candidate is not line and not candidate.text.lstrip()[:4].lower().startswith("from"):
                break  # only a window list directly under the sentence belongs to it
            ends += [(end, candidate) for end in _window_ends(candidate.text)]
        if ends:
            return max(ends, key=lambda found: found[0])
    return None


@text_cache(4096)  # a pure function of the line; filing sentences repeat across an employer's bulletins
def _window_ends(text: str) -> tuple[date, ...]:
    """The end of each "from <date> … to <date>" window ``text`` prints, start before end."""
    if not has_digit(text):
        return ()  # every window has a date, so a digit
    lowered = _ascii_lowered(text)
    if not holds_any(lowered, ("from",)):
        return ()
    ends = []
    for match in _finditer(_WINDOW, text, lowered):
        start, end = parse_date(match.group("start")), parse_date(match.group("end"))
        if start and end and start <= end:
            ends.append(end)
    return tuple(ends)


def closing_in_text(lines: list[Line]) -> date | None:
    """The application deadline stated in a sentence anywhere in the body, when the header gave none."""
    found = _first_found(_deadline_date, lines)
    return found[0] if found else None


def _ascii_lowered(text: str) -> str | None:
    """``text.lower()`` for ASCII text, None for other text (see prechecks.holds_any): a reader lowers
    its line once for its word tests and its patterns."""
    return text.lower() if text.isascii() else None


def _finditer(pattern: Caseless, text: str, lowered: str | None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` given ``_ascii_lowered(text)``."""
    if pattern.lowered is not None and lowered is not None:
        return pattern.lowered.finditer(lowered)
    return pattern.blind.finditer(text)


def _sentence_date_in(pattern: Caseless, text: str, lowered: str | None, starts: tuple[str, ...] = ()) -> date | None:
    # Not cached itself: its callers are, by the text alone (hashing a long compiled pattern for a
    # cache key costs microseconds).
    if not has_digit(text):
        return None  # every date pattern needs a digit; most lines have none
    match = _search_from_first(pattern, text, starts, lowered) if starts else pattern.search_lowered(text, lowered)
    return parse_date(match.group("date")) if match else None


def _search_from_first(
    pattern: Caseless, text: str, starts: tuple[str, ...], lowered: str | None = None
) -> re.Match[str] | None:
    """``pattern.search(text)`` for a pattern each match of which starts with one of ``starts``
    (lower case), or at the text's start when ``starts`` holds "" .

    A pattern with alternatives at its start is tried at every position of a line; no match starts
    elsewhere than at one of its words, so on an ASCII line it is tried only there, first place first
    (``\\b`` and look-behinds still see the characters before it): the first that matches is where
    the search would have found its match. ``lowered`` is ``_ascii_lowered(text)`` when the caller
    has it.
    """
    if pattern.lowered is None or not text.isascii():
        return pattern.search(text)
    if lowered is None:
        lowered = text.lower()
    if "" in starts:
        return pattern.lowered.search(lowered)
    places = []
    for word in starts:
        found = lowered.find(word)
        while found != -1:
            places.append(found)
            found = lowered.find(word, found + 1)
    if len(places) > 1:
        places.sort()
    match = pattern.lowered.match
    for place in places:
        matched = match(lowered, place)
        if matched:
            return matched
    return None


# Every dated body line is asked, and lines repeat across an employer's bulletins: cached, one cache per
# reader keyed by the text alone (a key holding the pattern and its words costs more to hash than the
# lookup saves).
@text_cache()
def _deadline_date(text: str) -> date | None:
    """The deadline a sentence states ("Applications must be received by …"); a cheap word test first."""
    lowered = _ascii_lowered(text)
    if not holds_any(lowered, _SENTENCE_WORDS["closing"]):
        return None
    # "No later than …" matches only at the line's start, so a line holding "later" is searched whole.
    starts = _DEADLINE_STARTS if "later" not in (lowered if lowered is not None else text.lower()) else ("",)
    return _sentence_date_in(_DEADLINE_SENTENCE, text, lowered, starts)


@text_cache()
def _approval_date(text: str) -> date | None:
    """The approval a sentence states ("This was approved … on October 26, 2000"); a cheap word test first."""
    lowered = _ascii_lowered(text)
    if not holds_any(lowered, _SENTENCE_WORDS["approved"]):
        return None
    return _sentence_date_in(_APPROVED_SENTENCE, text, lowered)


_T = TypeVar("_T")


def _first_found(reader: Callable[[str], _T | None], lines: list[Line]) -> tuple[_T, Line] | None:
    for line in lines:
        value = reader(line.text)
        if value:
            return value, line
    return None


@text_cache()  # a pure function of the line, asked of every dated line (see _sentence_date_in)
def _application_period(text: str) -> tuple[date, date] | None:
    if not has_digit(text):
        return None
    lowered = _ascii_lowered(text)
    if not holds_any(lowered, _PERIOD_WORDS) or not holds_any(lowered, _PERIOD_NOUNS):
        return None
    match = _search_from_first(_PERIOD, text, _PERIOD_WORDS, lowered)
    if not match:
        return None
    start, end = parse_date(match.group("start")), parse_date(match.group("end"))
    return (start, end) if start and end and start <= end else None


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
