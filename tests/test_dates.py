"""Dates in every notation specs print them, and which kind of date a label names."""

from __future__ import annotations

from datetime import date

import pytest

from specparse.dates import is_date_only, parse_date
from specparse.fields.header import closing_in_text
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
