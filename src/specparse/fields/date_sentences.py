"""Dates stated in sentences: a filing period, filing windows, a deadline and an approval in the body."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from ..caseless import Caseless
from ..dates import DATE_PATTERN, has_digit, parse_date
from ..lines import Line
from ..prechecks import ascii_lowered, holds_any, may_contain
from ..text_cache import text_cache

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
    lowered = ascii_lowered(text)
    if not holds_any(lowered, ("from",)):
        return ()
    ends = []
    for match in _WINDOW.finditer_lowered(text, lowered):
        start, end = parse_date(match.group("start")), parse_date(match.group("end"))
        if start and end and start <= end:
            ends.append(end)
    return tuple(ends)


def closing_in_text(lines: list[Line]) -> date | None:
    """The application deadline stated in a sentence anywhere in the body, when the header gave none."""
    found = _first_found(_deadline_date, lines)
    return found[0] if found else None


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
    the search would have found its match. ``lowered`` is ``ascii_lowered(text)`` when the caller
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
    lowered = ascii_lowered(text)
    if not holds_any(lowered, _SENTENCE_WORDS["closing"]):
        return None
    # "No later than …" matches only at the line's start, so a line holding "later" is searched whole.
    starts = _DEADLINE_STARTS if "later" not in (lowered if lowered is not None else text.lower()) else ("",)
    return _sentence_date_in(_DEADLINE_SENTENCE, text, lowered, starts)


@text_cache()
def _approval_date(text: str) -> date | None:
    """The approval a sentence states ("This was approved … on October 26, 2000"); a cheap word test first."""
    lowered = ascii_lowered(text)
    if not holds_any(lowered, _SENTENCE_WORDS["approved"]):
        return None
    return _sentence_date_in(_APPROVED_SENTENCE, text, lowered)


# Which sentence readers may find something in a line, a bit for each: read_dates asks every reader of
# every dated body line, and on a bulletin's own lines each reader's cache missed (a call, a lower-cased
# copy and its word tests, four times over). The bits come from the very tests each reader makes before
# its pattern, so a reader whose bit is off answers nothing there.
PERIOD, WINDOW, DEADLINE, APPROVAL = 1, 2, 4, 8


@text_cache()
def reader_hints(text: str) -> int:
    """The bits of the readers whose word tests ``text`` passes (0 for a line without a digit)."""
    if not has_digit(text):
        return 0
    lowered = ascii_lowered(text)
    hints = 0
    if holds_any(lowered, _PERIOD_WORDS) and holds_any(lowered, _PERIOD_NOUNS):
        hints |= PERIOD
    if holds_any(lowered, ("from",)):
        hints |= WINDOW
    if holds_any(lowered, _SENTENCE_WORDS["closing"]):
        hints |= DEADLINE
    if holds_any(lowered, _SENTENCE_WORDS["approved"]):
        hints |= APPROVAL
    return hints


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
    lowered = ascii_lowered(text)
    if not holds_any(lowered, _PERIOD_WORDS) or not holds_any(lowered, _PERIOD_NOUNS):
        return None
    match = _search_from_first(_PERIOD, text, _PERIOD_WORDS, lowered)
    if not match:
        return None
    start, end = parse_date(match.group("start")), parse_date(match.group("end"))
    return (start, end) if start and end and start <= end else None
