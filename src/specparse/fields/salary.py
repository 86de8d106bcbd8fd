"""Salary ranges: "$49,903 to $72,996", "$25.50 - $31.00 per hour", "(flat-rated)", with their period."""

from __future__ import annotations

import re
from dataclasses import dataclass

_AMOUNT = r"\$\s?(?P<{name}>\d{{1,3}}(?:,\d{{3}})+(?:\.\d{{1,2}})?|\d+(?:\.\d{{1,2}})?)(?P<{name}k>\s?[kK]\b)?"
RANGE = re.compile(
    _AMOUNT.format(name="low") + r"(?:\s*(?:-|–|—|to|through|thru)\s*" + _AMOUNT.format(name="high") + r")?"
)
PERIODS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("hour", re.compile(r"\b(per\s+hour|hourly|an\s+hour|/\s*h(ou)?r\b|p/h|hr\.?\b)", re.I)),
    ("biweekly", re.compile(r"\b(bi-?weekly|every\s+two\s+weeks|per\s+pay\s+period)\b", re.I)),
    ("semimonthly", re.compile(r"\b(semi-?monthly|twice\s+a\s+month)\b", re.I)),
    ("week", re.compile(r"\b(per\s+week|weekly|/\s*wk)\b", re.I)),
    ("month", re.compile(r"\b(per\s+month|monthly|a\s+month|/\s*mo(nth)?\b|mo\.)", re.I)),
    ("year", re.compile(r"\b(per\s+year|annual(ly)?|yearly|per\s+annum|a\s+year|/\s*yr|/\s*year)\b", re.I)),
)
_NOTE = re.compile(r"\((?P<note>[^()$]{2,60})\)")
# With no period word, the size of the figure tells: nobody is paid $45,000 an hour.
HOURLY_BELOW = 300.0
MONTHLY_BELOW = 20_000.0


@dataclass(frozen=True, slots=True)
class Range:
    min: float | None
    max: float | None
    period: str | None
    text: str
    note: str | None
    inferred: bool


def _number(value: str | None, thousands: str | None) -> float | None:
    if value is None:
        return None
    number = float(value.replace(",", ""))
    return number * 1000 if thousands else number


def _period(text: str) -> str | None:
    for period, pattern in PERIODS:
        if pattern.search(text):
            return period
    return None


def find_salaries(text: str, context_period: str | None = None) -> list[Range]:
    """Every salary range in ``text``; the period comes from the nearby words, the heading, or the size."""
    ranges: list[Range] = []
    for line in filter(None, (part.strip() for part in text.splitlines())):
        matches = list(RANGE.finditer(line))
        for position, match in enumerate(matches):
            low = _number(match.group("low"), match.group("lowk"))
            high = _number(match.group("high"), match.group("highk"))
            if low is None or low == 0:
                continue
            end = matches[position + 1].start() if position + 1 < len(matches) else len(line)
            tail = line[match.end() : end]
            around = line[max(0, match.start() - 40) : match.start()] + tail[:60]
            period = _period(tail[:40]) or _period(around) or _period(line) or context_period
            inferred = period is None
            if period is None:
                top = high or low
                period = "hour" if top < HOURLY_BELOW else "month" if top < MONTHLY_BELOW else "year"
            note_match = _NOTE.search(tail[:80])
            note = note_match.group("note").strip() if note_match and not _period(note_match.group(0)) else None
            ranges.append(
                Range(
                    min=low,
                    max=high if high is not None else low,
                    period=period,
                    text=match.group(0).strip() + (f" ({note})" if note else ""),
                    note=note,
                    inferred=inferred,
                )
            )
    return ranges


def heading_period(heading: str | None) -> str | None:
    return _period(heading) if heading else None
