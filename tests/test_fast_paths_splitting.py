"""Shortcuts taken for speed in reading and sectioning give exactly what the plain way gives.

Each test builds lines or documents out of the fragments that matter to a shortcut (white space of every
kind, colons, capitals, bullets, heading words) and compares the fast way with the plain one: the
plain computation written out here, or the same function with its shortcut switched off.
"""

from __future__ import annotations

import dataclasses
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from plain_paragraphs import plain_paragraphs
from specparse import clean, lines
from specparse.lines import Line
from specparse.vocab import load_vocabulary

SETTINGS = settings(max_examples=400, deadline=None, derandomize=True)


def _texts(fragments: list[str], size: int = 12) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(fragments), max_size=size).map("".join)


_ASCII_SPACE_FRAGMENTS = [" ", "  ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1f", "word", "Two", "-", "."]
_SPACE_FRAGMENTS = [
    *_ASCII_SPACE_FRAGMENTS, "\u00a0", "\u2003", "\u3000", "\u200b", "\u2028", "e\u0301", "\u2019", "\u2014", "\x85",
]  # fmt: skip


def _plain_normalise(text: str) -> str:
    """normalise_text without its shortcuts: every line through the same translations and _SPACES."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text).translate(lines._INVISIBLE).translate(lines._TYPOGRAPHIC)
    else:
        text = text.translate(lines._TYPOGRAPHIC)
    return lines._SPACES.sub(" ", text).strip()


@SETTINGS
@given(_texts(_ASCII_SPACE_FRAGMENTS) | _texts(_SPACE_FRAGMENTS))
def test_a_line_normalises_as_the_space_pattern_says(text: str) -> None:
    assert lines.normalise_text.__wrapped__(text) == _plain_normalise(text)


@SETTINGS
@given(
    st.builds(
        Line,
        text=_texts(["a", " ", "B"], 3),
        page=st.none() | st.integers(1, 3),
        bold=st.booleans(),
        heading_level=st.none() | st.integers(1, 6),
        list_item=st.booleans(),
        region=st.sampled_from(["body", "header", "footer"]),
        number=st.integers(0, 9),
    )
)
def test_a_blanked_line_is_the_line_replaced(line: Line) -> None:
    expected = dataclasses.replace(line, text="", bold=False, heading_level=None, list_item=False)
    assert clean._blanked(line) == expected
    assert [getattr(clean._blanked(line), f.name) for f in dataclasses.fields(Line)] == [
        getattr(expected, f.name) for f in dataclasses.fields(Line)
    ]


_NAV_FRAGMENTS = ["Home", " | ", " > ", "Careers", "Jobs", "Apply now", "___", "==", "-", " ", "Salary: $5", "\u2022"]


@SETTINGS
@given(_texts(_NAV_FRAGMENTS, 8))
def test_a_body_line_kind_is_navigation_then_word_test(text: str) -> None:
    expected = (
        clean._NAVIGATION
        if clean.is_navigation(text)
        else (clean._CONTENT if clean._ALNUM.search(text) else clean._NO_WORD)
    )
    assert clean._line_kind(text) == expected


_LINE_FRAGMENTS = [
    "DUTIES", "Duties", "Knowledge", "KNOWLEDGE, SKILLS", "AND ABILITIES", "Minimum Qualifications", "Education:",
    "Salary: $5,000", "About Us", "Why Join Us", "The City", "Special Certifications and Licenses", "• ", "1. ",
    "Assessment of Software Needs", " including:", ":", " ", "Title Case Words", "OR 2", "Job Title: Clerk",
    "Performs the work of the office and answers the public at the counter every day of the week.", "",
    "Closing Date: 5/1/2019", "Hours: 8:15", "description:", "image: x", "40%", "Research (40%)", "# ",
    "There are various job duties you could be assigned, including:", "Learn more about who we are as a team:",
    "Experience: Two years of full-time paid experience as a clerk in the service of the City of Los Angeles.",
]  # fmt: skip
_LINES = st.lists(
    st.builds(
        Line,
        text=st.sampled_from(_LINE_FRAGMENTS) | _texts(_LINE_FRAGMENTS, 3),
        bold=st.booleans(),
        heading_level=st.none() | st.sampled_from([2, 3]),
        list_item=st.booleans(),
        number=st.just(1),
    ),
    min_size=1,
    max_size=8,
)


@SETTINGS
@given(_LINES, st.booleans(), st.booleans(), st.booleans())
def test_a_plain_line_skips_the_vocabulary_only_where_no_heading_can_be(
    document: list[Line], seen_known: bool, in_competencies: bool, in_duties: bool
) -> None:
    from unittest import mock

    from specparse.splitting import headings

    vocab = load_vocabulary(None)
    fast = [
        headings.heading_at(
            document, index, vocab, seen_known=seen_known, in_competencies=in_competencies, in_duties=in_duties
        )
        for index in range(len(document))
    ]
    with mock.patch.object(headings, "_may_head_plain", return_value=True):
        plain = [
            headings.heading_at(
                document, index, vocab, seen_known=seen_known, in_competencies=in_competencies, in_duties=in_duties
            )
            for index in range(len(document))
        ]
    assert fast == plain


@SETTINGS
@given(_texts(_LINE_FRAGMENTS, 4))
def test_a_label_needs_its_colon(text: str) -> None:
    from specparse.splitting import headings

    if ":" not in text:
        assert headings.LABEL.match(text) is None


_FIELD_FRAGMENTS = [
    "Job Title: Clerk",
    "Salary: $5,000",
    "Closing Date: May 1",
    "• Job ID: 7",
    "DUTIES",
    "",
    " ",
    "x" * 130,
]


@SETTINGS
@given(st.lists(st.builds(Line, text=st.sampled_from(_FIELD_FRAGMENTS), number=st.just(1)), max_size=10))
def test_field_lists_section_contents_are_what_the_plain_ways_say(document: list[Line]) -> None:
    from specparse.splitting import body_fields
    from specparse.splitting.raw_sections import RawSection

    vocab = load_vocabulary(None)
    starts = body_fields.field_list_starts(document)
    for index in range(len(document)):
        if not starts[index]:
            assert body_fields.field_list_length(document, index, vocab) == 0
    section = RawSection(key="other", heading=None, lines=document)
    assert section.has_content() == bool(section.content())
    assert body_fields.holds_one_short_value(document) == body_fields.one_short_value(section.content())


@SETTINGS
@given(_texts(["#", "##", "Title", "|", "a|b", "-", "+", " ", "*", "**Bold**", "[x](y)", "_", "=", "x"], 6))
def test_a_text_line_reads_as_markdown_said(text: str) -> None:
    from specparse.extract import text as reader
    from specparse.extract.text import _markdown_line
    from specparse.source import Source

    lines = reader.extract(Source(data=f"start\n{text}\n".encode(), name="x.txt", format="text")).lines
    assert lines[1] == _markdown_line(text)


@SETTINGS
@given(_texts(["A", "B", "c", " ", "1", "-", "É", "ß", "\u4e00", "AB", ":"], 6))
def test_capitals_are_counted_as_the_plain_way_counts(text: str) -> None:
    from specparse.splitting.capitals import is_caps

    letters = [char for char in text if char.isalpha()]
    assert is_caps(text) == (text.isupper() and len(letters) >= 3 and all(char.isupper() for char in letters))


@SETTINGS
@given(_texts(["~$", "~", "$", "a", "/", ".", "doc", "x.docx", "\\"], 6))
def test_a_lock_file_name_is_told_as_the_path_says(name: str) -> None:
    from pathlib import PurePath

    from specparse.source import is_lock_file

    assert is_lock_file(name) == PurePath(name).name.startswith("~$")


def test_each_noisy_logger_keeps_one_null_handler_however_often_parse_runs() -> None:
    import logging

    from specparse.pipeline import NOISY_LOGGERS, library_noise_hidden

    def null_handlers(name: str) -> list[logging.Handler]:
        return [h for h in logging.getLogger(name).handlers if isinstance(h, logging.NullHandler)]

    for _ in range(3):
        with library_noise_hidden():
            pass
    assert all(len(null_handlers(name)) == 1 for name in NOISY_LOGGERS)
    # An application that took the handler away gets a new one on the next call, as on the first.
    logger = logging.getLogger(NOISY_LOGGERS[0])
    for handler in null_handlers(NOISY_LOGGERS[0]):
        logger.removeHandler(handler)
    own = logging.NullHandler()  # its own NullHandler is enough: none is added beside it
    logging.getLogger(NOISY_LOGGERS[1]).handlers[:] = [own]
    with library_noise_hidden():
        pass
    assert len(null_handlers(NOISY_LOGGERS[0])) == 1
    assert logging.getLogger(NOISY_LOGGERS[1]).handlers == [own]


@SETTINGS
@given(_LINES, st.booleans(), st.booleans(), st.booleans())
def test_a_line_that_may_not_head_is_no_heading_whatever_its_neighbours(
    document: list[Line], seen_known: bool, in_competencies: bool, in_duties: bool
) -> None:
    from specparse.splitting import headings

    vocab = load_vocabulary(None)
    for index, line in enumerate(document):
        if not headings.may_head(line):
            found = headings.heading_at(
                document, index, vocab, seen_known=seen_known, in_competencies=in_competencies, in_duties=in_duties
            )
            assert found is None


_PARAGRAPH_LINES = [
    "", "Performs the work of the office and", "answers the public.", "• Files records", "1. Types", "OR", "or",
    "Knowledge of law.", "Ability to read plans", "customer", "service", "Answer telephone.", "20% • Leads",
    "x" * 70, "A short line", "ends with a colon:", "and goes on",
]  # fmt: skip


@SETTINGS
@given(
    st.lists(st.builds(Line, text=st.sampled_from(_PARAGRAPH_LINES), list_item=st.booleans()), max_size=12),
    st.booleans(),
    st.none() | st.integers(10, 80),
)
def test_paragraphs_join_as_the_plain_way_joins(document: list[Line], one_line: bool, width: int | None) -> None:
    from specparse.paragraphs import paragraphs

    assert paragraphs(document, one_line_per_paragraph=one_line, width=width) == plain_paragraphs(
        document, one_line_per_paragraph=one_line, width=width
    )


@SETTINGS
@given(
    _texts(["Salary", " Range", ":", " ", "$", "\u00a3", "\u20ac", "74,839", " - ", "per year", "Pay: ", "| ", "5"], 8)
)
def test_pay_is_found_only_beside_a_currency_sign(text: str) -> None:
    from specparse.splitting.pay_fields import pay_field, table_pay_field

    vocab = load_vocabulary(None)
    if "$" not in text and "\u00a3" not in text and "\u20ac" not in text:
        assert pay_field(text, vocab) is None
        assert table_pay_field(text, vocab) is None
