"""The definition fallback: the job's summary paragraph when no definition heading exists."""

from __future__ import annotations

import pytest

import specparse
from specparse.fields.summary import definition, describes_employer, describes_job


@pytest.mark.parametrize(
    ("paragraph", "title", "expected"),
    [
        # California duty statements open with the job's place under its supervisor.
        ("Under the administrative direction of the Chief Deputy Director, the Chief Counsel serves as", None, True),
        ("Under general supervision, performs routine clerical work.", None, True),  # a county class spec
        ("As the Assistant Chief Data Officer, you will be responsible for the data strategy.", None, True),
        ("As a Senior Developer in the Digital Service, you will support transformation.", None, True),
        ("The multimedia designer is a visual storyteller, designing content.", "Senior Designer", True),
        ("The Software Officer will be responsible for software licences.", "Software Officer", True),
        ("This position is responsible for the county's payroll.", None, True),  # our own
        # Not the job: the employer, the recruitment, a requirement.
        (
            "The Springfield School of Business at the University of Springfield is a community.",
            "Senior Designer",
            False,
        ),
        ("This role is a 2-year assignment or secondment at an IT-02 level.", None, False),
        ("As a basic requirement, applicants must demonstrate progressive experience.", "Director", False),
        ("The Canadian Digital Service (CDS) is part of Employment and Social Development Canada.", None, False),
    ],
)
def test_describes_job(paragraph: str, title: str | None, expected: bool) -> None:
    assert describes_job(paragraph, title) is expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("We are a multidisciplinary team of developers and designers.", True),
        ("The Office of the Fire Commissioner is a dynamic work environment.", True),
        ("The Records Technician maintains the county's records.", False),
    ],
)
def test_describes_employer(paragraph: str, expected: bool) -> None:
    assert describes_employer(paragraph) is expected


def test_a_weighted_duties_table_is_no_definition() -> None:
    opening = ["General Statement", "Under the general direction of the Director, the Analyst plans studies."]
    found = definition(["40% Prioritize and oversee the creation of data standards."], opening, [], "Analyst")
    assert found == opening[1]


def test_employer_paragraphs_opening_a_summary_are_skipped() -> None:
    paragraphs = [
        "The School of Design at Springfield University is a dynamic learning community.",
        "In addition to its departments, the School houses research centres.",
        "The multimedia designer is a visual storyteller who designs print and web pieces.",
    ]
    assert definition(paragraphs, [], [], "Senior Designer") == paragraphs[2]


def test_a_definition_section_about_the_job_is_kept_whole() -> None:
    paragraphs = ["Performs professional accounting work.", "The incumbent will also supervise clerks."]
    assert definition(paragraphs, [], [], "Accountant") == "\n\n".join(paragraphs)


def test_summary_under_its_label() -> None:
    opening = ["Nature & Purpose of Position", "To assist in the design and production of artwork for print."]
    assert definition([], opening, [], None) == opening[1]


def test_no_summary_gives_no_definition() -> None:
    opening = ["Springfield State University is an equal opportunity employer.", "Apply online by May 1."]
    assert definition([], opening, [], "Clerk") is None


DUTY_STATEMENT = """Duty Statement

Working title Data Engineer

General Statement

Under the general direction of the Chief Data Officer, the Data Engineer builds and runs the
state's shared data platform and advises departments on data pipelines.

Essential Functions

40% Builds data pipelines.

% Description

30% Runs the platform.
"""


def test_duty_statement_definition_through_the_pipeline() -> None:
    spec = specparse.parse(DUTY_STATEMENT.encode(), name="duty.txt")
    assert spec.title == "Data Engineer"
    assert (spec.definition or "").startswith("Under the general direction of the Chief Data Officer")
