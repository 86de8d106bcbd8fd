"""Conversational lead-in headings named by how they end, and field labels that are not blocks.

Every wording here is ours (written for the test), modelled on patterns seen at several employers.
"""

from __future__ import annotations

import pytest

import specparse
from specparse.lines import Line, number_lines
from specparse.sections import split_sections
from specparse.vocab import load_vocabulary

VOCAB = load_vocabulary()


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("As a member of the data team, you will:", "duties"),
        ("In this role you'll:", "duties"),
        ("Day to day, you will be responsible for:", "duties"),
        ("The position will involve:", "duties"),
        ("Key Objectives", "duties"),
        ("Key objective 2: Vendor management", "duties"),
        ("Things you might do in a typical day", "duties"),
        ("Things our analysts might do on a given day", "duties"),
        ("Applicants should possess the following:", "qualifications"),
        ("The right candidate for this role is:", "qualifications"),
        ("Prerequisites", "qualifications"),
        ("Harbor County is proud to be an Equal Opportunity Employer", "equal_opportunity"),
        ("The Water Board is an affirmative action employer", "equal_opportunity"),
        ("Application Evaluation", "selection_process"),
        ("Review of Applications", "selection_process"),
        ("Equal Opportunity Notice", "equal_opportunity"),  # the statement, not a note
        ("EEO Notice", "equal_opportunity"),
    ],
)
def test_lead_in_heading_is_classified(heading: str, key: str) -> None:
    assert VOCAB.lookup(heading) == key


@pytest.mark.parametrize(
    "heading",
    [
        "You will:",  # nothing leads in: no subject
        "Here's how it will work:",  # steps of whatever block it stands in
    ],
)
def test_lead_in_without_a_subject(heading: str) -> None:
    assert VOCAB.lookup(heading) is None


def test_what_you_will_need_stays_the_requirements() -> None:
    assert VOCAB.lookup("What you will need") == "qualifications"


def _md_keys(text: str) -> list[str]:
    record = specparse.parse(text.encode(), name="posting.md")
    return [section.key for section in record.sections]


def test_weighted_duty_area_headings_are_duties() -> None:
    text = (
        "# Analyst\n\n## About the role\n\nYou will improve services.\n\n"
        "## Research and discovery (40%)\n\n- Interview users.\n- Map journeys.\n\n"
        "## Delivery, 60%\n\n- Ship changes.\n"
    )
    assert _md_keys(text) == ["definition", "duties", "duties"]


def test_how_it_works_lead_in_stays_in_the_selection_block() -> None:
    text = (
        "# Analyst\n\n## Duties\n\nPlans surveys.\n\n## Evaluation\n\nWe rate every application.\n\n"
        "**Here's how it will work:**\n\n- You answer questions.\n- A panel scores them.\n"
    )
    assert _md_keys(text) == ["duties", "selection_process"]


def _lines(text: str) -> list[Line]:
    return number_lines([Line(text=t) for t in text.split("\n")])


def test_label_over_a_colon_value_is_a_field() -> None:
    # Applicant-tracking pages print "Closing Date" and, on the next line, ": 14 March 2026, 11:59 PM".
    split = split_sections(
        _lines("DUTIES\nPlans surveys.\n\nCLOSING DATE\n: 14 March 2026, 11:59 PM\nNUMBER OF OPENINGS\n: 2"), VOCAB
    )
    assert [s.key for s in split.sections] == ["duties"]
    assert "CLOSING DATE" in [line.text for line in split.fields]


def test_field_prone_label_beside_other_fields_is_a_field() -> None:
    split = split_sections(
        _lines(
            "DUTIES\nPlans surveys.\n\nEmployment Type: Permanent\nHours of Work: 36 hours a week, "
            "day shift\nEquity Groups: Indigenous persons, persons with disabilities\nLocation: Regina"
        ),
        VOCAB,
    )
    assert [s.key for s in split.sections] == ["duties"]
    # A lone "Hours of Work:" block of its own is still working conditions.
    alone = split_sections(_lines("DUTIES\nPlans surveys.\n\nHours of Work: Shifts rotate weekly."), VOCAB)
    assert [s.key for s in alone.sections] == ["duties", "working_conditions"]


def test_table_of_label_headings_over_short_values_folds_its_field_labels() -> None:
    rows = [
        ("Duties", True),
        ("Plans surveys and reports on them.", False),
        ("Announcement number", True),
        ("TX-26-001", False),
        ("Supervisory status", True),
        ("No", False),
        ("Work Schedule", True),
        ("Full time", False),
        ("Appointment Type", True),
        ("Permanent", False),
    ]
    lines = number_lines([Line(text=t, bold=bold) for t, bold in rows])
    split = split_sections(lines, VOCAB)
    assert [s.key for s in split.sections] == ["duties", "other", "other"]
    kept = [line.text for s in split.sections for line in s.lines]
    assert "Supervisory status" in kept
    assert "Work Schedule" in kept


def test_known_blocks_of_one_line_each_are_not_a_field_table() -> None:
    rows = [
        ("Supervision Received", True),
        ("General supervision from the unit manager", False),
        ("Working Conditions", True),
        ("Office setting", False),
        ("Physical Demands", True),
        ("Sitting for long periods", False),
    ]
    split = split_sections(number_lines([Line(text=t, bold=bold) for t, bold in rows]), VOCAB)
    assert [s.key for s in split.sections] == ["supervision", "working_conditions", "physical_demands"]


def test_lead_in_sentence_marked_below_a_known_block_stays_in_it() -> None:
    text = (
        "# Analyst\n\n### Preferred Qualifications\n\n"
        "#### We would like to see candidates with the following experience and skills:\n\n"
        "- Survey design.\n- Plain language.\n\n### How to apply\n\nSend a CV.\n"
    )
    assert _md_keys(text) == ["desirable_qualifications", "application"]


@pytest.mark.parametrize(
    "line",
    [
        "ENVIRONMENTAL SUPERVISOR",  # ours: a job title in a list of titles, not working conditions
        "Curator of Education",  # ours: a title naming its field after "of"
        "Director of Human Resources",  # ours
    ],
)
def test_job_titles_name_no_block(line: str) -> None:
    assert VOCAB.lookup(line) is None


def test_time_of_day_is_not_a_label() -> None:
    split = split_sections(
        _lines("NOTES\nApply early.\nHours of work are 7:30 AM to 4:00 PM, Monday to Friday."), VOCAB
    )
    assert [s.key for s in split.sections] == ["notes"]


def test_numbered_group_of_a_duties_block_continues_it() -> None:
    text = (
        "RESPONSIBILITIES\n1. Inspections:\n• Visit sites.\n2. Reporting:\n• Write findings.\n"
        "3. Licensing Support\n• Help applicants file.\n\nQUALIFICATIONS\nA degree."
    )
    split = split_sections(_lines(text), VOCAB)
    assert [s.key for s in split.sections] == ["duties", "qualifications"]


@pytest.mark.parametrize(
    ("heading", "key", "also"),
    [
        ("Benefits and Compensation", "salary", ("benefits",)),  # ours; NYC-style postings
        ("Salary and Benefits", "salary", ("benefits",)),  # ours
        ("Preferred Skills", "desirable_qualifications", ("skills",)),  # ours
        ("Person Specification - Skills Required", "qualifications", ("skills",)),  # ours
        ("Desirable Qualifications", "desirable_qualifications", ()),  # names no second block
        ("Knowledge, Skills and Abilities", "knowledge_skills_abilities", ()),  # one block
    ],
)
def test_heading_naming_a_second_block(heading: str, key: str, also: tuple[str, ...]) -> None:
    assert VOCAB.lookup(heading) == key
    assert VOCAB.companions(heading, key) == also


def test_second_block_is_published_without_repeating_its_text() -> None:
    text = "# Analyst\n\n## Duties\n\n- Plan.\n\n## Salary and Benefits\n\n$50,000 a year and a pension.\n"
    record = specparse.parse(text.encode(), name="posting.md")
    assert [(s.key, s.heading, s.text) for s in record.sections][1:] == [
        ("salary", "Salary and Benefits", "$50,000 a year and a pension."),
        ("benefits", "Salary and Benefits", ""),
    ]


def test_plain_lead_in_naming_duties_opens_them() -> None:
    text = (
        "SUMMARY\nSupports the elections office.\n\nThe tasks you may be given could include:\n"
        "• Process voter registrations.\n• Staff the front counter.\n"
    )
    split = split_sections(_lines(text), VOCAB)
    assert [s.key for s in split.sections] == ["definition", "duties"]


def test_run_in_statements_beside_each_other_are_not_fields() -> None:
    text = (
        "DUTIES\nPlans surveys.\n\nEEO: The County is an equal opportunity employer and welcomes all.\n"
        "Accommodation: Ask the recruiter for any accommodation you need.\n"
    )
    split = split_sections(_lines(text), VOCAB)
    assert [s.key for s in split.sections] == ["duties", "equal_opportunity", "equal_opportunity"]


def test_lead_in_under_an_empty_heading_says_what_the_block_holds() -> None:
    rows = [
        ("Market Analyst", True, False),
        ("The Position", True, False),
        ("As part of the planning unit you will be responsible for:", False, False),
        ("Tracking prices.", False, True),
        ("Writing briefs.", False, True),
    ]
    split = split_sections(number_lines([Line(text=t, bold=b, list_item=item) for t, b, item in rows]), VOCAB)
    assert [(s.key, s.heading) for s in split.sections] == [("duties", "The Position")]
