"""The cityofla layout's rows and cells from bulletins written here in the City's house style."""

from __future__ import annotations

import specparse
from specparse.tabular import CITYOFLA_COLUMNS, csv_rows

BULLETIN = """LAB TECHNICIAN

Class Code: 7777
Open Date: 01-15-19
(Exam Open to Current City Employees)

ANNUAL SALARY

$50,000 to $70,000

DUTIES

A Lab Technician tests samples.

REQUIREMENTS/MINIMUM QUALIFICATIONS

1. Graduation from an accredited four-year college or university with a major in Chemistry or Biology; or
2. Two years of full-time paid experience in a class at the level of Lab Aide which provides experience in:
a. sampling water; or
b. testing soil; or
3. Six months of part-time paid experience as a Lab Helper or in a class at that level washing glassware; and
a. completion of two courses, of at least three semester or four quarter units each, in chemistry; and
b. At least one of the courses must include a laboratory.

PROCESS NOTES

1. Some positions may require a valid California Class B driver's license.

THIS EXAMINATION IS TO BE GIVEN ONLY ON AN INTERDEPARTMENTAL PROMOTIONAL BASIS
"""


def _rows() -> list[dict[str, str]]:
    spec = specparse.parse(BULLETIN.encode(), name="LAB_TECHNICIAN_7777_011519.txt")
    return [dict(zip(CITYOFLA_COLUMNS, row, strict=True)) for row in csv_rows(spec, "cityofla")]


def test_choices_are_rows_and_required_sub_items_one_row() -> None:
    rows = _rows()
    assert [(r["REQUIREMENT_SET_ID"], r["REQUIREMENT_SUBSET_ID"]) for r in rows] == [
        ("1", "A"),
        ("2", "A"),
        ("2", "B"),
        ("3", "A"),
    ]


def test_cells_follow_the_dictionary() -> None:
    first, second, third, fourth = _rows()
    assert first["EDUCATION_MAJOR"] == "CHEMISTRY|BIOLOGY"
    assert (second["EXPERIENCE_LENGTH"], second["FULL_TIME_PART_TIME"]) == ("2", "FULL_TIME")
    assert (second["EXP_JOB_CLASS_TITLE"], second["EXP_JOB_CLASS_FUNCTION"]) == ("LAB AIDE", "sampling water")
    assert third["EXP_JOB_CLASS_FUNCTION"] == "testing soil"
    assert (fourth["EXPERIENCE_LENGTH"], fourth["FULL_TIME_PART_TIME"]) == ("0.5", "PART_TIME")
    assert (fourth["EXP_JOB_CLASS_TITLE"], fourth["EXP_JOB_CLASS_ALT_RESP"]) == ("LAB HELPER", "washing glassware")
    assert (fourth["COURSE_COUNT"], fourth["COURSE_LENGTH"], fourth["COURSE_SUBJECT"]) == ("2", "4Q|3S", "CHEMISTRY")
    assert fourth["MISC_COURSE_DETAILS"] == "At least one of the courses must include a laboratory."
    for row in (first, fourth):
        assert (row["DRIVERS_LICENSE_REQ"], row["DRIV_LIC_TYPE"]) == ("P", "B")
        assert row["EXAM_TYPE"] == "INT_DEPT_PROM"
        assert (row["ENTRY_SALARY_GEN"], row["OPEN_DATE"]) == ("$50000-$70000", "01/15/19")
        assert row["JOB_DUTIES"] == "A Lab Technician tests samples."


LEAD_IN = BULLETIN.replace(
    BULLETIN[BULLETIN.index("1. Graduation") : BULLETIN.index("PROCESS NOTES")],
    "Four years of full-time paid experience as a pump mechanic working with one or more of the following "
    "controls:\na. electric controls\nb. pneumatic controls\n\n",
)


def test_lettered_ways_under_a_lead_in_are_set_one_with_their_own_function() -> None:
    spec = specparse.parse(LEAD_IN.encode(), name="x.txt")
    rows = [dict(zip(CITYOFLA_COLUMNS, row, strict=True)) for row in csv_rows(spec, "cityofla")]
    assert [(r["REQUIREMENT_SET_ID"], r["REQUIREMENT_SUBSET_ID"]) for r in rows] == [("1", "A"), ("1", "B")]
    assert [r["EXP_JOB_CLASS_FUNCTION"] for r in rows] == ["electric controls", "pneumatic controls"]
    assert {r["EXPERIENCE_LENGTH"] for r in rows} == {"4"}
