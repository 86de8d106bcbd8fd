"""Header metadata from title blocks and posting field lists, through the whole pipeline."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

import specparse
from specparse.fields.header import _without_code

POSTING = """=== JOB DETAILS ===
Title: Special Data Assistant
Salary: $110,240.00 - $163,893.00 YEAR
Employer: Commonwealth of Pennsylvania
Date Posted: 2024-01-11
Job Number: N-2024-73594
Department: Department of State
Opening Date: 01/12/2024
Closing Date: 1/21/2024 11:59 PM Eastern
Job Code: U8046
Union: Non Union
Bargaining Unit: A3
FLSA: Exempt

=== JOB DESCRIPTION ===
The Department of State is seeking a data analyst to join the election team and report results.

QUALIFICATIONS
Graduation from a four-year college and two years of experience in data analysis.
"""


def test_posting_field_list() -> None:
    spec = specparse.parse(POSTING.encode(), name="posting.txt")
    assert spec.title == "Special Data Assistant"
    assert spec.jurisdiction == "Commonwealth of Pennsylvania"
    assert spec.department == "Department of State"
    assert spec.class_code == "U8046"  # the job code, not the posting number
    assert spec.bargaining_unit == "A3"  # the unit, not "Union: Non Union"
    assert spec.flsa == "exempt"
    assert spec.dates.open == date(2024, 1, 12)  # the opening date, not the day it was posted
    assert spec.dates.closing == date(2024, 1, 21)
    assert [(s.min, s.period) for s in spec.salary] == [(110240.0, "year")]
    assert not any(w.code == "salary_period_inferred" for w in spec.warnings)


CALHR = """County/State Liaison (0010)
California State Personnel Board Specification
Schematic Code: AA20
Class Code: 0010
Established: 10/20/1931
Revised: --
Title Changed: --

Definition
Under direction, serves as the primary liaison on program issues.

Minimum Qualifications
Five years of experience in agricultural work.

Updated: 6/3/2012
"""


def test_class_title_block() -> None:
    spec = specparse.parse(CALHR.encode(), name="0010.txt")
    assert spec.title == "County/State Liaison"  # the (code) of a web page title dropped
    assert spec.class_code == "0010"  # the class code, not the schematic code
    assert spec.dates.established == date(1931, 10, 20)
    assert spec.dates.revised is None  # "Revised: --" beats the page's "Updated:" stamp


def test_title_line_carrying_the_code() -> None:
    text = "CHIEF PARK RANGER\t\t\tClass Code:      1968\nOpen Date: 12-01-06\n\nANNUAL SALARY\n$88,197 to $109,599\n\nDUTIES\nDirects rangers.\n"
    spec = specparse.parse(text.encode(), name="ranger.txt")
    assert (spec.title, spec.class_code, spec.dates.open) == ("Chief Park Ranger", "1968", date(2006, 12, 1))


def test_code_on_the_line_under_its_heading() -> None:
    text = "# Animal Technician 1\n\n## UW Code and Representative Group\n\n- 17724 (NE S SEIU 925 Non Supv)\n\n## Basic Function\n\nCare for animals.\n"
    spec = specparse.parse(text.encode(), name="at1.md")
    assert spec.class_code == "17724"


def test_salary_ranges_for_departments() -> None:
    text = (
        "VIDEO TECHNICIAN\nClass Code: 6145\n\nANNUAL SALARY\n\n$52,951 to $77,402 and $58,672 to $85,795\n\n"
        "The salary in the Department of Water and Power is $98,073 (flat-rated).\n\nDUTIES\nOperates equipment.\n"
    )
    spec = specparse.parse(text.encode(), name="video.txt")
    assert [(s.min, s.max, s.period, s.note) for s in spec.salary] == [
        (52951.0, 77402.0, "year", None),
        (58672.0, 85795.0, "year", None),
        (98073.0, 98073.0, "year", "flat-rated"),
    ]


COUNTY = """COUNTY OF MARIPOSA
CLASS SPECIFICATION

SENIOR ACCOUNTANT

Class Code: 2217                         FLSA: Exempt
Bargaining Unit: Mid-Management          Date Adopted: March 3, 2015
Salary Range: $5,512 - $6,701 Monthly    Revised: 11/07/2019

DEFINITION:
Under general direction, performs professional accounting work.
"""


def test_laid_out_county_header() -> None:
    spec = specparse.parse(COUNTY.encode(), name="county.txt")
    assert (spec.title, spec.jurisdiction, spec.class_code) == ("Senior Accountant", "County of Mariposa", "2217")
    assert (spec.flsa, spec.bargaining_unit) == ("exempt", "Mid-Management")
    assert (spec.dates.approved, spec.dates.revised) == (date(2015, 3, 3), date(2019, 11, 7))
    assert [(s.min, s.max, s.period) for s in spec.salary] == [(5512.0, 6701.0, "month")]
    # The labelled pay line of the header is a salary section too (LABELS.md), read once as a range.
    assert [s.key for s in spec.sections] == ["salary", "definition"]


def test_department_line_in_the_title_block() -> None:
    text = "STATE OF EXAMPLE\nDepartment of Transportation\n\nCLASS TITLE: Maintenance Worker II\nJOB CODE: 4410\n\nNature of Work\nSkilled highway maintenance.\n"
    spec = specparse.parse(text.encode(), name="merit.txt")
    assert (spec.title, spec.class_code, spec.department) == (
        "Maintenance Worker II",
        "4410",
        "Department of Transportation",
    )
    assert spec.jurisdiction == "State of Example"


def test_word_table_header_block() -> None:
    # A .docx whose header is a table: "Class Title: …  Class Code: …" in one row.
    document = docx.Document()
    document.add_paragraph("Town of Eastfield", style="Title")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Class Title: Water Treatment Operator I"
    table.cell(0, 1).text = "Class Code: 5120"
    table.cell(1, 0).text = "FLSA: Non-Exempt"
    table.cell(1, 1).text = "Salary Grade: 14 ($22.10 - $29.40 hourly)"
    document.add_heading("Purpose", level=1)
    document.add_paragraph("Operates water treatment plant equipment.")
    buffer = io.BytesIO()
    document.save(buffer)
    spec = specparse.parse(buffer.getvalue(), name="town.docx")
    assert (spec.title, spec.class_code, spec.jurisdiction) == (
        "Water Treatment Operator I",
        "5120",
        "Town of Eastfield",
    )
    assert spec.flsa == "non_exempt"
    assert [(s.min, s.max, s.period) for s in spec.salary] == [(22.10, 29.40, "hour")]


def test_salary_step_table_is_one_range() -> None:
    text = "CLERK\n\nSALARY\nMonthly  $4,000  $4,200  $4,410  $4,630\n\nDUTIES\nFiles records.\n"
    spec = specparse.parse(text.encode(), name="clerk.txt")
    assert [(s.min, s.max, s.period, s.note) for s in spec.salary] == [(4000.0, 4630.0, "month", "steps")]


@pytest.mark.parametrize(
    ("title", "code", "expected"),
    [
        ("Election Processing Supervisor-19302110", "19302110", "Election Processing Supervisor"),  # a county posting
        ("Accountant (1513)", "1513", "Accountant"),
        ("Clerk Typist #1358", "1358", "Clerk Typist"),
        ("Analyst - 0010", "0010", "Analyst"),
        ("Police Officer II", "II", "Police Officer II"),  # only a separated code is cut
        # A code of 3+ digits after a plain space is the class code too ("SYSTEMS ANALYST 1596" heads
        # a county spec whose footer says "Class 1596"); the old row kept it, against LABELS.md.
        ("Senior Analyst 1234", "1234", "Senior Analyst"),
        ("Systems Analyst 1596", "1596", "Systems Analyst"),
        ("Planner 2", "2", "Planner 2"),  # a level numeral stays
        ("1234", "1234", "1234"),  # never cut a title to nothing
    ],
)
def test_title_sheds_a_glued_on_class_code(title: str, code: str, expected: str) -> None:
    assert _without_code(title, code) == expected
