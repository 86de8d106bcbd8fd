"""Shortcuts taken for speed give exactly what the plain way gives.

Each fast path below replaces a straightforward computation (a pattern tried at every position, a
paragraph split into sentences) with a cheaper one that must never differ. Hypothesis builds texts out
of the fragments that matter to each pattern, in every letter case and with odd white space, and
compares the two ways.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from specparse.fields import exam, requirements

SETTINGS = settings(max_examples=400, deadline=None, derandomize=True)


def _texts(fragments: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(fragments), max_size=30).map("".join)


_EMPLOYMENT_FRAGMENTS = [
    "Appointments", "will be", "made", "on a", "full-time", "Part Time", "as-needed", "basis", "positions",
    "Job Type:", "Full-Time", ". ", "; ", "\n", " ", "The list", "may be used to fill", "vacancies", "ſ", "time",
]  # fmt: skip


@SETTINGS
@given(st.lists(_texts(_EMPLOYMENT_FRAGMENTS), max_size=5))
def test_employment_skips_only_paragraphs_without_a_kind(paragraphs: list[str]) -> None:
    every = [s for p in paragraphs for s in requirements.sentences(p)]
    kept = [s for p in paragraphs if exam.may_name_employment(p) for s in requirements.sentences(p)]
    assert exam.employment(kept) == exam.employment(every)


def test_a_capped_read_gets_the_whole_file_and_no_more_than_one_byte_past_the_limit() -> None:
    import io

    from specparse.source import _read_capped

    data = bytes(range(256)) * 40
    assert _read_capped(io.BytesIO(data), len(data), 1_000_000) == data
    assert _read_capped(io.BytesIO(data), len(data), 100) == data[:101]
    # A file that grew after its length was taken is read on, up to the limit.
    assert _read_capped(io.BytesIO(data), 50, 1_000_000) == data
    assert _read_capped(io.BytesIO(data), 50, 5000) == data[:5001]
    # A pipe or a device reports no length.
    assert _read_capped(io.BytesIO(data), 0, 7) == data[:8]


_DATE_FRAGMENTS = [
    "from", "FROM", "From", " ", "8:00 a.m.,", "Tuesday,", "February 10, 2015", "3/1/2024", "3/15/2024", "to",
    "TO", "Midnight,", "July 4, 2019", "Filing", "period", "Application", "DATES", "window", ":", "-", "thru",
    "posting", "through", ".", "2019",
]  # fmt: skip


@SETTINGS
@given(_texts(_DATE_FRAGMENTS))
def test_date_readers_with_word_tests_read_what_the_patterns_read(text: str) -> None:
    from specparse.dates import parse_date
    from specparse.fields import date_sentences

    windows = []
    for match in date_sentences._WINDOW.finditer(text):
        start, end = parse_date(match.group("start")), parse_date(match.group("end"))
        if start and end and start <= end:
            windows.append(end)
    assert date_sentences._window_ends(text) == tuple(windows)
    period = date_sentences._PERIOD.search(text)
    dates = (parse_date(period.group("start")), parse_date(period.group("end"))) if period else None
    plain = dates if dates and dates[0] and dates[1] and dates[0] <= dates[1] else None
    assert date_sentences._application_period(text) == plain


@SETTINGS
@given(st.text(alphabet=st.sampled_from(list(".:;!?)\"'a ,\t\n\u00a0\u2003\x1cZ")), max_size=12))
def test_a_line_ends_a_sentence_as_the_pattern_says(text: str) -> None:
    from specparse import paragraphs

    assert paragraphs._ends_terminal(text) == bool(paragraphs._TERMINAL.search(text))


_EMPLOYER_FRAGMENTS = [
    "The City of Springfield", "THE COUNTY OF MARIN", " ", "  ", "\n", "\t", "is", "IS", "an", "Equal",
    "Opportunity", "Employer", "does not discriminate", "DOES NOT DISCRIMINATE", "is part of", "department",
    "is hiring", "Is Looking For", "seeks", "welcomes applications", "offers a competitive", "Join", "JOIN",
    "join", "As a", "as an", "AS A", "analyst", "at", "AT", "the", ".", ",", "is committed to a diverse",
    "ſeeks", "é",
]  # fmt: skip


@SETTINGS
@given(_texts(_EMPLOYER_FRAGMENTS))
def test_employer_sentence_triggers_are_the_plain_tests(text: str) -> None:
    import re

    from specparse.fields import employer_sentences
    from specparse.prechecks import ascii_lowered, may_contain

    assert employer_sentences._SUBJECT_VERB.count("(?i") == 1  # the one case-blind group the lowered phrase drops
    subject = (
        may_contain(text, employer_sentences._SUBJECT_VERB_WORDS)
        and bool(employer_sentences._SUBJECT_WORD.search(text))
        and bool(employer_sentences._SUBJECT_VERB_AFTER_SPACE.search(text))
    )
    assert employer_sentences._subject_phrase_in(text, ascii_lowered(text)) == subject
    # The object pattern cannot match without what the trigger asks for.
    if employer_sentences._AS_OBJECT.search(text):
        assert employer_sentences._object_pattern(text) is not None
    plain_as_an = bool(re.search(r"[Aa]s\s+an?\s", text))
    assert bool(employer_sentences._AS_AN.search(text)) == plain_as_an
