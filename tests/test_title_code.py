"""A class code printed bare after the title ("SYSTEMS ANALYST 1596 (A)"), and a salary range that only
summarises the ranges printed with it.

Rows are wording of our own or seen at two or more employers (the City of Los Angeles' job-board prints
"CARPENTER 3344", "TREE SURGEON 3114", "SYSTEMS ANALYST 1596 (A)"); negative rows show what each rule must
not take.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import specparse
from specparse.fields import class_code as codes
from specparse.fields.header import read_header
from specparse.fields.salary import Range, summaries_last
from specparse.lines import Line
from specparse.vocab import load_vocabulary

VOCAB = load_vocabulary(None)


def _lines(*texts: str) -> list[Line]:
    return [Line(text=t, number=n) for n, t in enumerate(texts, start=1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SYSTEMS ANALYST 1596 (A)", "1596"),
        ("CARPENTER 3344", "3344"),
        ("Water Utility Operator 12045", "12045"),  # our own
        ("Records Clerk - 4410", "4410"),  # our own
        ("Real Estate Officer 1960 (B)", "1960"),  # a year is never followed by a level letter
        # Negative rows: a year, a number that is part of the name, a level, a short number.
        ("Summer Intern 2019", None),
        ("Seasonal Lifeguard 2024", None),
        ("Teamsters Local 1021", None),
        ("Highway 1010 Crew Lead", None),
        ("Fire Station 1024", None),
        ("Route 66 Coordinator", None),
        ("Local 1021 Representative", None),
        ("Form 700 Filer", None),
        ("Planner 2", None),
        ("Accountant 310", None),
        ("1596", None),
    ],
)
def test_trailing_code(text: str, expected: str | None) -> None:
    assert codes.trailing_code(text) == expected


@pytest.mark.parametrize(
    ("texts", "title", "code"),
    [
        (
            ["CITY OF SPRINGFIELD", "WATER UTILITY OPERATOR 12045 (A)", "An Equal Opportunity Employer"],
            "Water Utility Operator",
            "12045",
        ),
        (["CITY OF SPRINGFIELD", "CARPENTER 3344", "Open to all"], "Carpenter", "3344"),
        # A labelled code wins; the number after the title is then left to the title's own rules.
        (["CITY OF SPRINGFIELD", "CARPENTER 3344", "Class Code: 3345"], "Carpenter 3344", "3345"),
        # The header's posting number is glued to the title, but is no class code.
        (["CITY OF SPRINGFIELD", "CARPENTER 24017", "Job Number: 24017"], "Carpenter", None),
        # A year stays in the title.
        (["CITY OF SPRINGFIELD", "SUMMER INTERN 2019"], "Summer Intern 2019", None),
    ],
)
def test_title_line_code(texts: list[str], title: str, code: str | None) -> None:
    lines = _lines(*texts)
    header = read_header(lines, [], [], lines, VOCAB)
    assert (header.title, header.class_code) == (title, code)


def _range(low: float, high: float, period: str = "year") -> Range:
    return Range(min=low, max=high, period=period, text=f"${low} - ${high}", note=None, inferred=False)


def test_a_spanning_range_goes_after_the_ranges_it_spans() -> None:
    box, general, senior = _range(50_000, 90_000), _range(50_000, 70_000), _range(65_000, 90_000)
    assert summaries_last([box, general, senior]) == [general, senior, box]
    # Not an exact span, another period, or only one range under it: the order stays as printed.
    wider = _range(45_000, 90_000)
    assert summaries_last([wider, general, senior]) == [wider, general, senior]
    hourly = _range(50_000, 90_000, "hour")
    assert summaries_last([hourly, general, senior]) == [hourly, general, senior]
    assert summaries_last([box, _range(50_000, 90_000, "month")]) == [box, _range(50_000, 90_000, "month")]


@pytest.mark.parametrize(
    "text",
    [
        # A field list over a salary section (a job board's print of a bulletin).
        "RECORDS CLERK\n\nSalary: $50,000.00 - $90,000.00 Annually\n\nSALARY\n\n"
        "The salary is $50,000 to $70,000 per year.\nSenior level: $65,000 to $90,000 per year.\n\n"
        "DUTIES\n\nA Records Clerk files records.\n",
        # A salary section giving the span first, then the grades.
        "RECORDS CLERK\n\nDUTIES\n\nA Records Clerk files records.\n\nCOMPENSATION\n\n"
        "Pay range: $50,000 - $90,000 annually\n\nGrade 1: $50,000 - $70,000 annually\n"
        "Grade 2: $65,000 - $90,000 annually\n",
    ],
)
def test_the_summary_range_is_listed_last(tmp_path: Path, text: str) -> None:
    path = tmp_path / "posting.txt"
    path.write_text(text, encoding="utf-8")
    spec = specparse.parse(path)
    assert [(r.min, r.max, r.period) for r in spec.salary] == [
        (50_000.0, 70_000.0, "year"),
        (65_000.0, 90_000.0, "year"),
        (50_000.0, 90_000.0, "year"),
    ]
