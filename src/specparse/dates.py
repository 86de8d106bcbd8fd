"""Dates as specs print them (7/1/09, 06-22-18, June 22, 2018, 2009-07-01) turned into ``date``."""

from __future__ import annotations

import re
from datetime import date

from .text_cache import text_cache

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_NAME = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
# Two-digit years up to this many years ahead of today are this century ("7/1/09" is 2009, "3/85" 1985).
TWO_DIGIT_YEAR_AHEAD = 1

DATE_PATTERN = (
    r"(?:"
    r"\d{4}-\d{1,2}-\d{1,2}"  # 2009-07-01
    r"|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"  # 7/1/09, 06-22-18, 7.1.2009
    rf"|{_MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"  # June 22, 2018
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAME},?\s+\d{{4}}"  # 22 June 2018
    rf"|{_MONTH_NAME},?\s+\d{{4}}"  # June 2018
    r"|\d{1,2}/\d{4}"  # 6/2018
    r")"
)
DATE_RE = re.compile(rf"(?<![\w/.-]){DATE_PATTERN}(?![\w/-])", re.I)
_DATE_ONLY = re.compile(rf"\s*(?:[A-Za-z]+,?\s+)?{DATE_PATTERN}\s*\.?\s*", re.I)


def _year(value: str) -> int:
    year = int(value)
    if len(value) == 2:
        pivot = (date.today().year + TWO_DIGIT_YEAR_AHEAD) % 100
        year += 2000 if year <= pivot else 1900
    return year


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# Patterns of the date token, compiled once: parse_date runs for every date-shaped string read.
_DIGIT_START = re.compile(r"\d")
_ISO_TOKEN = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
_NUMERIC_TOKEN = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})")
_MONTH_YEAR_TOKEN = re.compile(r"(\d{1,2})/(\d{4})")
_ORDINAL_SUFFIX = re.compile(r"(st|nd|rd|th)$")


@text_cache(4096)  # a pure function of the text; an employer prints the same dates often
def parse_date(text: str) -> date | None:
    """The first date in ``text``, or None. Month-and-year dates become the first of the month."""
    match = DATE_RE.search(text)
    if not match:
        return None
    token = (
        match.group(0).lower().replace(",", " ").replace(".", " " if not _DIGIT_START.match(match.group(0)) else ".")
    )
    parts = token.split()
    if _ISO_TOKEN.fullmatch(token):
        y, m, d = (int(p) for p in token.split("-"))
        return _safe(y, m, d)
    numeric = _NUMERIC_TOKEN.fullmatch(token)
    if numeric:
        return _safe(_year(numeric.group(3)), int(numeric.group(1)), int(numeric.group(2)))
    month_year = _MONTH_YEAR_TOKEN.fullmatch(token)
    if month_year:
        return _safe(int(month_year.group(2)), int(month_year.group(1)), 1)
    words = [p.rstrip(".") for p in parts]
    month = next((_MONTHS[w] for w in words if w in _MONTHS), None)
    numbers = [_ORDINAL_SUFFIX.sub("", w) for w in words if w not in _MONTHS]
    numbers = [n for n in numbers if n.isdigit()]
    if month is None or not numbers:
        return None
    year = int(numbers[-1])
    day = int(numbers[0]) if len(numbers) > 1 else 1
    return _safe(year, month, day)


def all_dates(text: str) -> list[date]:
    """Every date in ``text`` in order of appearance (unparseable look-alikes skipped)."""
    found = []
    for match in DATE_RE.finditer(text):
        parsed = parse_date(match.group(0))
        if parsed is not None:
            found.append(parsed)
    return found


_UNICODE_DIGIT = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """``re.search(r"\\d", text)``: every date has a digit, and most lines have none.

    On ASCII text the digits are 0-9 only, and ten one-character ``in`` tests (each a memchr) are
    several times faster than the pattern's scan of every character; other text may hold digits of
    other scripts ("٣", "３"), which the pattern (and so every date pattern) matches.
    """
    if not text.isascii():
        return _UNICODE_DIGIT.search(text) is not None
    return (
        "0" in text
        or "1" in text
        or "2" in text
        or "3" in text
        or "4" in text
        or "5" in text
        or "6" in text
        or "7" in text
        or "8" in text
        or "9" in text
    )


def is_date_only(text: str) -> bool:
    """True for a line that is nothing but a date, optionally after a weekday ("Friday, June 22, 2018")."""
    return bool(_DATE_ONLY.fullmatch(text))


# "2013-01-20T09:30:00Z" (front matter, <meta>), "Fri Oct 24 00:00:00 UTC 2025" (a Java timestamp in a
# job board's <meta itemprop="datePosted">): the time of day is dropped, the date kept.
_ISO_TIME = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2})[T ]\d{1,2}:\d{2}.*$")
_CLOCK = re.compile(r"\s\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s*(?:[A-Z]{2,5}|[+-]\d{2}:?\d{2}))?(?=\s|$)")


def parse_stamp(text: str) -> date | None:
    """A date from a metadata value that may carry a time of day ("2013-01-20 10:00:00 -0500")."""
    text = _ISO_TIME.sub(r"\1", text.strip())
    return parse_date(_CLOCK.sub("", text))
