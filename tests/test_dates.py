"""Dates in every notation specs print them, and which kind of date a label names."""

from __future__ import annotations

from datetime import date

import pytest

from specparse.dates import is_date_only, parse_date, parse_stamp
from specparse.fields.header import closing_in_text
from specparse.fields.header_dates import _date_kind, read_dates
from specparse.lines import Line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7/1/09", date(2009, 7, 1)),  # Alameda "Approved by CSB"
        ("06-22-18", date(2018, 6, 22)),  # LA "Open Date"
        ("June 22, 2018", date(2018, 6, 22)),
        ("Revised: 4/12/2006", date(2006, 4, 12)),
        ("THURSDAY, APRIL 12, 2018", date(2018, 4, 12)),  # LA application deadline
        ("2019-04-30", date(2019, 4, 30)),  # posting "Date Posted"
        ("5/16/2019 12:00 PM Mountain", date(2019, 5, 16)),  # posting "Closing Date"
        ("Last updated: May 2, 2025", date(2025, 5, 2)),  # UW Markdown
        ("Series established December 19, 1995", date(1995, 12, 19)),  # CalHR
        ("March 2014", date(2014, 3, 1)),
        ("no date here", None),
        ("13/45/2019", None),
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_date_only_lines() -> None:
    assert is_date_only("4/3/2013")
    assert is_date_only("Friday, June 22, 2018")
    assert not is_date_only("Revised 4/12/2006 by the board")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Applications must be received by THURSDAY, FEBRUARY 9, 2017.", date(2017, 2, 9)),
        (
            "Applications and Qualifications Questionnaires must be received by THURSDAY, NOVEMBER 17, 2016.",
            date(2016, 11, 17),
        ),
        ("must be received by 11:59 pm Eastern Standard Time (EST) on Friday, October 20, 2017.", date(2017, 10, 20)),
        ("The interviews are anticipated to begin during the period of MARCH 27, 2017 to APRIL 07, 2017.", None),
    ],
)
def test_deadline_sentence(sentence: str, expected: date | None) -> None:
    assert closing_in_text([Line(text=sentence)]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Other wordings of the deadline (CDS/ODS postings, a UK vacancy form, wording of our own).
        ("We're accepting submissions until Wednesday, May 4, 2022 at 11:59 p.m. EST.", date(2022, 5, 4)),
        ("No later than close of business 11th January 2012", date(2012, 1, 11)),
        ("Applications close on March 3, 2024.", date(2024, 3, 3)),
        ("Apply by 6/30/2025 to be considered.", date(2025, 6, 30)),
        ("Certification must be completed no later than June 2025.", None),  # not the application deadline
    ],
)
def test_more_deadline_sentences(sentence: str, expected: date | None) -> None:
    assert closing_in_text([Line(text=sentence)]) == expected


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Closing Date", "closing"),
        ("Apply by", "closing"),
        ("Applications close", "closing"),
        ("Deadline", "closing"),
        ("Opening date", "open"),
        ("Date Posted", "posted"),
        ("Posted on", "posted"),
        ("Posting date", "posted"),
        ("Published", "posted"),
        ("Last Reviewed", "revised"),
        ("Last Updated", "revised"),
        ("Rev.", "revised"),
        ("Effective Date", "approved"),
        ("Board approved", "approved"),
        ("Adopted", "approved"),
        ("Applications reviewed", None),  # when applications are read, not a revision
        ("Date Prepared", None),
    ],
)
def test_date_label_kind(label: str, kind: str | None) -> None:
    assert _date_kind(label) == kind


def _header_dates(*texts: str) -> dict[str, date | None]:
    lines = [Line(text=t, number=n) for n, t in enumerate(texts, start=1)]
    return read_dates(lines, [], lines, [])


def test_labelled_dates_in_the_header() -> None:
    dates = _header_dates("Updated: April 20, 2022", "Published: November 08, 2021", "Closing Date: Open until filled")
    assert (dates["revised"], dates["open"], dates["closing"]) == (date(2022, 4, 20), date(2021, 11, 8), None)


def test_application_period_gives_open_and_closing() -> None:
    # LA's filing period table row; wording of our own for the second.
    la = read_dates([], [], [Line(text="Filing Period 1 | FRIDAY, JUNE 5, 2026 to THURSDAY, JUNE 18, 2026")], [])
    ours = read_dates([], [], [Line(text="Application period: 3/1/2024 - 3/15/2024")], [])
    assert (la["open"], la["closing"]) == (date(2026, 6, 5), date(2026, 6, 18))
    assert (ours["open"], ours["closing"]) == (date(2024, 3, 1), date(2024, 3, 15))


def test_label_over_date_but_not_in_a_listing() -> None:
    body = [Line(text="###Initial Closing Date"), Line(text="02/11/2013")]
    assert read_dates([], [], body, [])["closing"] == date(2013, 2, 11)
    listing = [Line(text=t) for t in ("Close Date", "02/16/2026", "Close Date", "03/01/2026")]
    assert read_dates([], [], listing, [])["closing"] is None


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Fri Oct 24 00:00:00 UTC 2025", date(2025, 10, 24)),  # schema.org datePosted on a job board
        ("2013-01-20T09:30:00Z", date(2013, 1, 20)),
        ("2013-01-20 10:00:00 -0500", date(2013, 1, 20)),  # Jekyll "date:"
        ("1-20-2013", date(2013, 1, 20)),  # a job board's "post-date:"
        ("soon", None),
    ],
)
def test_parse_stamp(stamp: str, expected: date | None) -> None:
    assert parse_stamp(stamp) == expected
