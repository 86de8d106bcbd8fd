"""Caseless finds what the re.I pattern finds, at the same positions, on any text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from specparse.caseless import Caseless, lower_case_safe
from specparse.dates import DATE_PATTERN
from specparse.fields import date_sentences, salary
from specparse.prechecks import ascii_lowered

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True)

PATTERNS = [
    date_sentences._DEADLINE_SENTENCE,
    date_sentences._PERIOD,
    date_sentences._WINDOW,
    date_sentences._FILING_WORDS,
    date_sentences._APPROVED_SENTENCE,
    Caseless(DATE_PATTERN),
    *(pattern for _, pattern in salary.PERIODS),
    Caseless(r"^\W*no\s+later\s+than\b(?P<rest>.*)$", re.M),
]
FRAGMENTS = [
    "Applications", "must be", "RECEIVED", "by", "Received BY", "no later than", "NO LATER THAN", "apply by",
    "June 5, 2026", "JUNE 18, 2026", "3/1/2024", "3/15/2024", "12th January 2012", "from", "FROM 8:00 A.M.",
    "to", "TO", "Filing Period", "application window", "was approved", "WAS ADOPTED", "on", " ", "  ", "\n",
    ".", ",", "-", "per hour", "HOURLY", "/hr", "Bi-Weekly", "MONTHLY", "mo.", "per annum", "/YR", "ſ", "K", "\u212a", "É", "sept.", "SEPT", "until", "Accepting Submissions Until",
]  # fmt: skip


@SETTINGS
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=20).map("".join))
def test_matches_are_the_case_blind_patterns(text: str) -> None:
    for pattern in PATTERNS:
        blind = [(m.span(), m.groupdict()) for m in pattern.blind.finditer(text)]
        found = list(pattern.finditer(text))
        assert [m.span() for m in found] == [span for span, _ in blind]
        for match, (_, groups) in zip(found, blind, strict=True):
            for name, value in groups.items():
                start, end = match.span(name)
                assert (text[start:end] if start >= 0 else None) == value
        first = pattern.search(text)
        assert (first.span() if first else None) == (blind[0][0] if blind else None)
        lowered_text = ascii_lowered(text)
        lowered = pattern.search_lowered(text, lowered_text)
        assert (lowered.span() if lowered else None) == (blind[0][0] if blind else None)
        assert [m.span() for m in pattern.finditer_lowered(text, lowered_text)] == [span for span, _ in blind]


@pytest.mark.parametrize(
    ("pattern", "safe"),
    [
        (r"\bapply\s+by\b", True),
        (r"\W*(?P<Date>\d+)\S", True),  # escapes and group names are no letters to match
        (r"[A-Za-z]+", False),  # a capital in a class would miss the lower-cased text
        (r"City of", False),
        (r"(?i:city)", False),  # inline flags are left to the plain pattern
    ],
)
def test_which_patterns_may_run_on_lower_cased_text(pattern: str, safe: bool) -> None:
    assert lower_case_safe(pattern) is safe
    assert (Caseless(pattern).lowered is not None) is safe
