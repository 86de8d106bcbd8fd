"""Salary ranges: "$49,903 to $72,996", "$25.50 - $31.00 per hour", "(flat-rated)", with their period."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol, TypeVar

from ..caseless import Caseless
from ..prechecks import ascii_lowered, holds_any

_AMOUNT = r"\$\s?(?P<{name}>\d{{1,3}}(?:,\d{{3}})+(?:\.\d{{1,2}})?|\d+(?:\.\d{{1,2}})?)(?P<{name}k>\s?[kK]\b)?"
RANGE = re.compile(
    _AMOUNT.format(name="low") + r"(?:\s*(?:-|–|—|to|through|thru)\s*" + _AMOUNT.format(name="high") + r")?"
)
PERIODS: tuple[tuple[str, Caseless], ...] = (
    ("hour", Caseless(r"\b(per\s+hour|hourly|an\s+hour|/\s*h(ou)?r\b|p/h|hr\.?\b)")),
    ("biweekly", Caseless(r"\b(bi-?weekly|every\s+two\s+weeks|per\s+pay\s+period)\b")),
    ("semimonthly", Caseless(r"\b(semi-?monthly|twice\s+a\s+month)\b")),
    ("week", Caseless(r"\b(per\s+week|weekly|/\s*wk)\b")),
    ("month", Caseless(r"\b(per\s+month|monthly|a\s+month|/\s*mo(nth)?\b|mo\.)")),
    ("year", Caseless(r"\b(per\s+year|annual(ly)?|yearly|per\s+annum|a\s+year|/\s*yr|/\s*year)\b")),
)
# "$3,214.00 - $4,017.00 MONTH", "$22.57 - $28.75 HOUR", "$55,518.00 - $97,157.00 Annually" (posting field lists).
_BARE_PERIOD = re.compile(
    r"^\s*(?:/|per\s+|an?\s+)?(?P<word>hour|hr|week|month|mo|year|yr|annum|annually|monthly|hourly|weekly|bi-?weekly)\b",
    re.I,
)
_BARE_WORDS = {
    "hr": "hour",
    "mo": "month",
    "yr": "year",
    "annum": "year",
    "annually": "year",
    "monthly": "month",
    "hourly": "hour",
    "weekly": "week",
    "biweekly": "biweekly",
    "bi-weekly": "biweekly",
}
_FLAT = re.compile(r"^\s*,?\s*flat[- ]?rated\b", re.I)
# "The salary in the Department of Water and Power is $…": the ranges that follow are that department's.
_DEPARTMENT_NOTE = re.compile(
    r"\b(?:in|for|at)\s+(?:the\s+)?(?P<dept>(?:Department|Dept\.?)\s+of\s+[A-Z][\w&' ]+?|[A-Z][\w&' ]+?\s+Department)"
    r"(?=\s+(?:is|are|will)\b|\s*[:,])"
)
_NOTE = re.compile(r"\((?P<note>[^()$]{2,60})\)")
# With no period word, the size of the figure tells: nobody is paid $45,000 an hour.
HOURLY_BELOW = 300.0
# A row of at least this many ascending amounts with nothing between them is a step table.
MIN_STEPS = 3
MONTHLY_BELOW = 20_000.0


@dataclass(frozen=True, slots=True)
class Range:
    min: float | None
    max: float | None
    period: str | None
    text: str
    note: str | None
    inferred: bool


# Marks a line whose period is not read yet (None is a reading: no period printed).
_UNREAD = "<unread>"


def _number(value: str | None, thousands: str | None) -> float | None:
    if value is None:
        return None
    number = float(value.replace(",", ""))
    return number * 1000 if thousands else number


# Words (lower case) one of which every match of each period's pattern holds, in PERIODS' order: most
# texts asked about are the words around an amount ("$49,903 to $72,996"), with no period word at all,
# and each pattern opens with "\b" and an alternation, tried at every position.
_PERIOD_WORDS: tuple[tuple[str, ...], ...] = (
    ("hour", "hr", "p/h"),  # hour: "per hour", "hourly", "an hour", "/hr", "p/h", "hr."
    ("week", "period"),  # biweekly: "bi-weekly", "every two weeks", "per pay period"
    ("month",),  # semimonthly: "semi-monthly", "twice a month"
    ("week", "wk"),  # week: "per week", "weekly", "/wk"
    ("mo",),  # month: "per month", "monthly", "a month", "/mo", "mo."
    ("year", "annu", "yr"),  # year: "per year", "annually", "yearly", "per annum", "/yr"
)
_WORDED_PERIODS = tuple(
    (period, pattern, words) for (period, pattern), words in zip(PERIODS, _PERIOD_WORDS, strict=True)
)


def _period(text: str) -> str | None:
    # Lower-cased once for all the patterns (see Caseless); None for text that is not ASCII, which every
    # pattern is tried on (re.I matches some other letters to ASCII ones, "ſ" to "s"; str.lower does not).
    lowered = ascii_lowered(text)
    for period, pattern, words in _WORDED_PERIODS:
        if holds_any(lowered, words) and pattern.search_lowered(text, lowered):
            return period
    return None


def _bare_period(tail: str) -> str | None:
    match = _BARE_PERIOD.match(tail)
    if not match:
        return None
    word = match.group("word").lower()
    return _BARE_WORDS.get(word, word)


def _step_row(line: str, matches: list[re.Match[str]], context_period: str | None) -> Range | None:
    """A row of pay steps ("Monthly  $4,000  $4,200  $4,410  $4,630") is one range, first step to last."""
    if len(matches) < MIN_STEPS or any(m.group("high") for m in matches):
        return None
    values = [_number(m.group("low"), m.group("lowk")) or 0.0 for m in matches]
    if values != sorted(values) or len(set(values)) < len(values):
        return None
    between = RANGE.sub("", line)
    if re.search(r"[;,]|\band\b", between):
        return None  # "$98,073 and $99,200": separate flat rates, not steps
    period = _period(line) or context_period
    inferred = period is None
    if period is None:
        period = "hour" if values[-1] < HOURLY_BELOW else "month" if values[-1] < MONTHLY_BELOW else "year"
    text = f"{matches[0].group(0).strip()} … {matches[-1].group(0).strip()}"
    return Range(min=values[0], max=values[-1], period=period, text=text, note="steps", inferred=inferred)


def find_salaries(text: str, context_period: str | None = None) -> list[Range]:
    """Every salary range in ``text``; the period comes from the nearby words, the heading, or the size."""
    ranges: list[Range] = []
    if "$" not in text:
        return ranges  # every range opens with its "$" (most header blocks print none)
    for line in filter(None, (part.strip() for part in text.splitlines())):
        if "$" not in line:
            continue  # no range on the line: nothing below finds one
        matches = list(RANGE.finditer(line))
        steps = _step_row(line, matches, context_period)
        if steps is not None:
            ranges.append(steps)
            continue
        lead = _DEPARTMENT_NOTE.search(line[: matches[0].start()]) if matches else None
        department = lead.group("dept").strip() if lead else None
        line_period: str | None = _UNREAD  # the line's own period, read once for all its ranges
        for position, match in enumerate(matches):
            low = _number(match.group("low"), match.group("lowk"))
            high = _number(match.group("high"), match.group("highk"))
            if low is None or low == 0:
                continue
            end = matches[position + 1].start() if position + 1 < len(matches) else len(line)
            tail = line[match.end() : end]
            around = line[max(0, match.start() - 40) : match.start()] + tail[:60]
            period = _bare_period(tail) or _period(tail[:40]) or _period(around)
            if period is None:
                if line_period is _UNREAD:
                    line_period = _period(line)
                period = line_period or context_period
            inferred = period is None
            if period is None:
                top = high or low
                period = "hour" if top < HOURLY_BELOW else "month" if top < MONTHLY_BELOW else "year"
            note_match = _NOTE.search(tail[:80])
            note = note_match.group("note").strip() if note_match and not _period(note_match.group(0)) else None
            printed = match.group(0).strip() + (f" {note_match.group(0)}" if note and note_match else "")
            if note is None and _FLAT.match(tail):
                note = "flat-rated"
            if note is None and department:
                note = department
            ranges.append(
                Range(
                    min=low,
                    max=high if high is not None else low,
                    period=period,
                    text=printed,
                    note=note,
                    inferred=inferred,
                )
            )
    return ranges


def heading_period(heading: str | None) -> str | None:
    return _period(heading) if heading else None


class _Spanned(Protocol):
    @property
    def min(self) -> float | None: ...
    @property
    def max(self) -> float | None: ...
    @property
    def period(self) -> str | None: ...


# A summary needs at least this many ranges under it; spanning one range is merely repeating it.
MIN_SPANNED = 2


_R = TypeVar("_R", bound=_Spanned)


def summaries_last(ranges: list[_R]) -> list[_R]:
    """A range that exactly spans the others of its period goes after them.

    "SALARY: Annually $68,611.00 - $104,065.00" over "$68,611 to $100,307" and the Water and Power
    "$70,908 to $88,092 and $83,770 to $104,065" (a job-board print's field box over the bulletin's own
    salary text): the box is the lowest start to the highest top of the ranges below, not a range anyone
    is paid on, so the first range listed must be the first one printed under it. It is kept, after the
    ranges it spans, so no figure of the document is lost.
    """
    summaries = [position for position, candidate in enumerate(ranges) if _spans(candidate, ranges)]
    if not summaries:
        return ranges
    kept = [found for position, found in enumerate(ranges) if position not in summaries]
    return kept + [ranges[position] for position in summaries]


def _spans(candidate: _Spanned, ranges: list[_R]) -> bool:
    if candidate.min is None or candidate.max is None or candidate.min == candidate.max:
        return False
    others = [
        other
        for other in ranges
        if other is not candidate and other.period == candidate.period and other.min is not None
    ]
    if len(others) < MIN_SPANNED:
        return False
    lowest = min(other.min for other in others if other.min is not None)
    highest = max(other.max if other.max is not None else other.min or 0.0 for other in others)
    return candidate.min == lowest and candidate.max == highest
