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


def _cells(bulletin: str) -> dict[str, str]:
    spec = specparse.parse(bulletin.encode(), name="x.txt")
    return dict(zip(CITYOFLA_COLUMNS, csv_rows(spec, "cityofla")[0], strict=True))


def test_salary_columns_are_the_first_range_of_each_line() -> None:
    # A flat rate first on the Water and Power line, and a range printed without its second "$".
    dwp_line = "The salary in the Department of Water and Power is $43,000 (flat rated); $45,000 to 56,500."
    cells = _cells(BULLETIN.replace("$50,000 to $70,000", f"$50,000 to $70,000\n{dwp_line}"))
    assert (cells["ENTRY_SALARY_GEN"], cells["ENTRY_SALARY_DWP"]) == ("$50000-$70000", "$43000 (flat-rated)")
    cells = _cells(BULLETIN.replace("$50,000 to $70,000", "$50,000 to $70,000\nThe DWP salary is $52,100 to 64,900"))
    assert cells["ENTRY_SALARY_DWP"] == "$52100-$64900"
    # A class paid only by the Department: its range is the first one listed, the dictionary's general range.
    only = "The salary range in the Department of Water and Power is $61,000 to $75,000; $66,000 to $80,000."
    cells = _cells(BULLETIN.replace("$50,000 to $70,000", only))
    assert (cells["ENTRY_SALARY_GEN"], cells["ENTRY_SALARY_DWP"]) == ("$61000-$75000", "$61000-$75000")


def test_every_driver_class_named_is_kept() -> None:
    notes = (
        "1. A valid California Class B driver's license is required prior to appointment.\n"
        "2. A valid California Class A driver's license may be required for some positions.\n"
        "3. For positions requiring a valid Class A or B driver's license, a driving history is asked for.\n"
    )
    cells = _cells(
        BULLETIN.replace("1. Some positions may require a valid California Class B driver's license.\n", notes)
    )
    assert (cells["DRIVERS_LICENSE_REQ"], cells["DRIV_LIC_TYPE"]) == ("R", "A|B")


def test_letters_under_a_substitution_are_not_sub_requirements() -> None:
    substitution = (
        "3. Six months of part-time paid experience as a Lab Helper.\n\n"
        "A certificate in one of the following may be substituted for up to six months of the experience:\n"
        "a. Water sampling technician\n"
        "b. Soil testing technician\n\n"
    )
    text = BULLETIN.replace(BULLETIN[BULLETIN.index("3. Six months") : BULLETIN.index("PROCESS NOTES")], substitution)
    spec = specparse.parse(text.encode(), name="x.txt")
    keys = [(row[3], row[4]) for row in csv_rows(spec, "cityofla")]
    assert keys == [("1", "A"), ("2", "A"), ("2", "B"), ("3", "A")]
