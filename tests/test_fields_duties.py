"""The duties contract: which paragraphs of a duties block are duty statements (wording written for
these tests, in the shapes class specifications and duty statements print)."""

from __future__ import annotations

import pytest

import specparse
from specparse.fields.duties import (
    duty_items,
    is_column_header,
    percent_share,
)
from specparse.fields.duty_lead_ins import LEAD_IN_HEADING, duties_after_lead_in, duties_under_heading
from specparse.fields.lists import join_items

CASES = [
    # A prose paragraph running tasks together with semicolons: one item per clause, two clauses too.
    (
        ["Plans and assigns the work of a crew; inspects completed work; and performs related duties."],
        ["Plans and assigns the work of a crew", "inspects completed work", "performs related duties"],
    ),
    (["Reviews permit applications; answers questions from the public."], 2),
    # In a run, a new sentence starts a new task as a semicolon does ...
    (
        ["Plans the budget; reviews spending. Trains staff; audits records. Performs related duties as assigned."],
        [
            "Plans the budget",
            "reviews spending",
            "Trains staff",
            "audits records",
            "Performs related duties as assigned",
        ],
    ),
    (["Drafts grants, e.g. federal ones; tracks awards. May also supervise interns."], 3),
    # ... unless it has a subject of its own: it describes the job and stays with the clause before it.
    (["Sorts mail; delivers parcels. Overtime shifts are available in some positions."], 2),
    (["Inspects wells; samples water. The Technician may work at remote sites."], 2),
    # A prose paragraph without semicolons is one item; each further prose paragraph one more.
    (["Under general direction, plans and directs the work of the permit center."], 1),
    (["Directs the unit and its staff.", "Prepares the annual budget and reports to the board."], 2),
    # A one-per-line list keeps a line with a stray semicolon whole.
    (["Answers telephones.", "Files records; keeps logs current.", "Greets visitors.", "Sorts mail."], 4),
    # Five or more lines are a one-per-line list: a line running clauses with semicolons is one duty.
    (
        [
            "Duties include:",
            "Directs the records unit; assigns and reviews work.",
            "Prepares the budget; tracks spending.",
            "Trains staff; writes procedures; audits files.",
            "Answers questions from the public; resolves complaints.",
            "Represents the office at meetings.",
        ],
        5,
    ),
    # A pointer to another document is no duty.
    (
        [
            "Inspects sites; writes reports.",
            "For a full list of duties, please see the class specification.",
            "(Download PDF reader)",
        ],
        2,
    ),
    # Lead-ins are not items; bulleted items are, with semicolons inside them left alone.
    (["Examples of duties include:", "• Reviews reports; approves them.", "• Trains staff."], 2),
    (
        ["Typical tasks:", "1. Operates a loader.", "2. Maintains equipment."],
        ["Operates a loader.", "Maintains equipment."],
    ),
    # A statement of duty above the bullets counts; a sentence about the list does not.
    (
        [
            "You will be responsible for building and running the council's web services.",
            "- Writes code",
            "- Reviews code",
        ],
        3,
    ),
    (["The following duties are illustrative and not all-inclusive of the work.", "- Writes code", "- Tests code"], 2),
    # A sentence about the employer or about the responsibilities as a whole introduces the list.
    (["We are a small team that cares about the people who use our services.", "- Writes code", "- Tests code"], 2),
    (["Our office runs the county's elections and keeps the voter rolls up to date.", "1. Trains poll workers."], 1),
    (
        ["The responsibilities of this role will grow as the program expands over the next year.", "• Plans events."],
        1,
    ),
    # A bullet wrapped onto a line of its own is rejoined; a new prose block after the list is not.
    (
        [
            "• Maximizes cloud platforms (e.g., AWS,",
            "Azure) to build applications",
            "• Trains staff in the use of",
            "new tools.",
        ],
        ["Maximizes cloud platforms (e.g., AWS, Azure) to build applications", "Trains staff in the use of new tools."],
    ),
    (["• Trains staff.", "Please click on this link to view the job description."], ["Trains staff."]),
    # A lead-in after the duties that opens a list about the employer ends them; a duty lead-in does not.
    (["• Assesses property.", "What Sets Us Apart:", "• Flexible work arrangements."], ["Assesses property."]),
    (["• Assesses property.", "In addition, you will:", "• Trains assessors."], 2),
    # ... and so does one opening a list about the person sought.
    (["• Assesses property.", "The ideal candidate will have:", "• A degree in planning."], 1),
    (["1. Drafts permits.", "You should possess the following:", "- Patience."], 1),
    # A paragraph about the duties listed is not one of them.
    (
        [
            "The following duties are normal for this position and are not all-inclusive.",
            "Plans elections; trains poll workers; and audits results.",
        ],
        ["Plans elections", "trains poll workers", "audits results"],
    ),
    # Template tags left in a page saved with its source (Jekyll/Liquid, Jinja) are markup, not duties.
    (["{% if page.open %}", "Plans the program; trains staff; and audits results.", "{% endif %}"], 3),
    (["{{ page.role_name }}", "• Drafts reports.", "{# draft #}", "• Reviews budgets.", "{%- endif -%}"], 2),
    # Group titles over sub-lists are not items.
    (["1. Field Inspection:", "• Inspects sites.", "• Writes reports.", "2. Enforcement:", "• Issues notices."], 3),
    # Table column header rows are not items.
    (["Task # Description", "1 Writes programs.", "2 Tests programs."], 2),
    # Percentage-of-time layouts: a group's bullets are its items; its title and summary are not.
    (
        [
            "Percentages Description",
            "40% Data Governance",
            "Leads the governance program for the department.",
            "• Advises the director on policy.",
            "• Chairs the working group.",
            "30% • Manages projects against plans.",
            "• Reports progress.",
            "5% Performs other assignments as required.",
        ],
        [
            "Advises the director on policy.",
            "Chairs the working group.",
            "Manages projects against plans.",
            "Reports progress.",
            "Performs other assignments as required.",
        ],
    ),
    # A group without bullets is one item ("25% -", "(30%)" as other employers print them).
    (["25% - Supervises clerical staff and reviews their work.", "(30%) Prepares payroll; reconciles accounts."], 3),
    (["45%", "• Inspects bridges.", "55%", "• Writes inspection reports."], 2),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_duty_items(paragraphs: list[str], expected: list[str] | int) -> None:
    items = duty_items(paragraphs)
    if isinstance(expected, int):
        assert len(items) == expected, items
    else:
        assert items == expected


@pytest.mark.parametrize(
    ("text", "header"),
    [
        ("Percentages Description", True),
        ("% Description", True),
        ("Percentage of Time Duties", True),
        ("Task # Description", True),
        ("Description", False),  # a heading naming a block, not a table header row
        ("Duties", False),
        ("Essential Functions", False),
        ("Reviews the work of staff.", False),
    ],
)
def test_column_header(text: str, header: bool) -> None:
    assert is_column_header(text) is header


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("40% Prioritize data standards", True),
        ("25% - Supervises staff", True),
        ("(30%) Prepares payroll", True),
        ("5% • Performs other work", True),
        ("Reduces costs by 40% each year", False),
        ("2024 budget", False),
    ],
)
def test_percent_share(text: str, share: bool) -> None:
    assert percent_share(text) is share


def test_join_keeps_the_printed_punctuation() -> None:
    clauses = ["Develops and maintains information systems", "designs reports", "does related work"]
    assert join_items(clauses) == "Develops and maintains information systems; designs reports; does related work"
    assert join_items(["Answers telephone.", "Files as required."]) == "Answers telephone. Files as required."


def test_duty_table_continues_across_its_repeated_column_header() -> None:
    text = (
        "DATA MANAGER\n\nESSENTIAL FUNCTIONS\n\n"
        "40% Data Governance\n\n• Advises the director on data policy.\n\n• Chairs the data working group.\n\n"
        "% Description\n\n"
        "60% Delivery\n\n• Manages data projects against plans.\n\n"
        "SUPERVISION RECEIVED\n\nReports to the Chief Data Officer.\n"
    )
    spec = specparse.parse(text.encode(), name="manager.txt")
    assert spec.duties == [
        "Advises the director on data policy.",
        "Chairs the data working group.",
        "Manages data projects against plans.",
    ]
    assert "definition" not in {s.key for s in spec.sections}


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        # A lead-in line opens the duties where no heading does (UK, Canadian and US posting wording).
        (
            [
                (
                    False,
                    [
                        "Intro.",
                        "Main responsibilities of the post are:",
                        "• Builds services.",
                        "• Tests them.",
                        "Apply now.",
                    ],
                )
            ],
            2,
        ),
        (
            [
                (
                    False,
                    [
                        "Principal Duties and Responsibilities:",
                        "Renewals",
                        "- Manages renewals.",
                        "Vendors",
                        "- Liaises.",
                    ],
                )
            ],
            2,
        ),
        (
            [
                (
                    False,
                    [
                        "As a Senior Developer, you will:",
                        "- Designs systems.",
                        "What you bring to the team",
                        "- Skills.",
                    ],
                )
            ],
            1,
        ),
        # The list goes on under unknown group headings, not into a known block.
        (
            [
                (False, ["Primary responsibilities for this position are:"]),
                (True, ["• Builds sites."]),
                (True, ["• Runs servers."]),
            ],
            2,
        ),
        ([(False, ["Key accountabilities include:", "• Leads the team."]), (False, ["• Bachelor's degree."])], 1),
        ([(False, ["As part of the data team, you will:", "• Builds dashboards.", "• Cleans data."])], 2),
        ([(False, ["This position includes:", "1. Mapping parcels.", "2. Answering calls."])], 2),
        # Bullets lost in a copy to plain text: short unmarked lines after the lead-in are the list; each
        # duty lead-in of the block opens one; a lead-in about something else ends it.
        (
            [
                (
                    False,
                    [
                        "As the Records Supervisor, you will:",
                        "Direct the records unit",
                        "Plan the archive move",
                        "We are looking for someone who is:",
                        "A clear communicator.",
                        "What you'll do:",
                        "Train new clerks",
                        "A few reasons you might love this job:",
                        "You will serve the public.",
                    ],
                )
            ],
            3,
        ),
        # A line naming the duties right above a list item is a heading that was not cut as one.
        ([(False, ["Intro.", "Day-to-day", "- Reviews pull requests.", "- Pairs with designers."])], 2),
        ([(False, ["Main Duties", "1. Sorts mail.", "Apply by Friday."])], 1),
        ([(False, ["Main duties are listed in the attached description."])], 0),
        # A sentence starting "You will …" without a colon opens nothing.
        ([(False, ["You will serve your community.", "• Pension."])], 0),
        # No lead-in, no duties; a lead-in about qualifications opens none.
        ([(False, ["• Builds services."])], 0),
        ([(False, ["You may be suited for this role if you:", "• Like code."])], 0),
    ],
)
def test_duties_after_a_lead_in(blocks: list[tuple[bool, list[str]]], expected: int) -> None:
    assert len(duties_after_lead_in(blocks)) == expected


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        ([("MAIN RESPONSIBILITIES", ["• Maps services.", "• Runs workshops."])], 2),
        ([("Why join us", ["• Pension."]), ("Main Duties", ["1. Builds apps.", "2. Line manages staff."])], 2),
        ([("Essential Job Duties", ["Plans events; books venues; and reports results."])], 3),
        ([("A Day in the Life", ["- Reviews designs.", "- Writes code."])], 2),
        ([("What you might do on a typical day", ["- Runs user tests."])], 1),
        # Headings that do not name the duties give none.
        ([("What we offer", ["• Pension."]), ("Responsibility for budgets", ["• None."])], 0),
    ],
)
def test_duties_under_an_unknown_heading(blocks: list[tuple[str | None, list[str]]], expected: int) -> None:
    assert len(duties_under_heading(blocks)) == expected


@pytest.mark.parametrize(
    "text",
    [
        (
            "# Data Analyst\n\n### Responsibilities\n\n"
            "The analyst joins a small team with long experience of survey work and statistical reporting.\n\n"
            "Responsibilities include:\n\n* Cleans survey data.\n\n* Writes monthly reports.\n\n"
            "### Qualifications\n\nA degree in statistics.\n"
        ),
        (
            "# Web Editor\n\nMAIN DUTIES OF THE POST\n\n"
            "The web team publishes the council's news and guidance for residents every day.\n\n"
            "In the last year the team has:\n\n• launched a new site\n\n"
            "**The main responsibilities of the post are:**\n\n• Edits pages.\n\n• Trains authors.\n\n"
            "QUALIFICATIONS\n\nExperience of web publishing.\n"
        ),
    ],
)
def test_a_lead_in_taken_for_a_heading_opens_the_duties(text: str) -> None:
    """The block above a lead-in heading ("Responsibilities include") introduces the duties it lists."""
    spec = specparse.parse(text.encode(), name="posting.md")
    assert len(spec.duties) == 2, spec.duties


@pytest.mark.parametrize(
    ("heading", "lead_in"),
    [
        ("Responsibilities include", True),
        ("The main responsibilities of the post are", True),
        ("Key duties will include:", True),
        ("In this role you will:", True),
        ("Responsibilities", False),
        ("Main Duties", False),
        ("Duties and Responsibilities", False),
    ],
)
def test_lead_in_heading(heading: str, lead_in: bool) -> None:
    assert bool(LEAD_IN_HEADING.match(heading)) is lead_in


def test_a_numbered_group_heading_continues_the_numbered_duties() -> None:
    """'3. Licensing Support' after group 2 of the duties is group 3, though its words name licences."""
    text = (
        "# Care Inspector\n\n### Responsibilities\n\n1. Inspections:\n\n* Inspects care homes.\n\n* Writes reports.\n\n"
        "2. Complaints:\n\n* Investigates complaints.\n\n"
        "### 3. Licensing Support\n\n* Helps new operators apply.\n\n* Reviews applications.\n\n"
        "### Qualifications\n\nA degree in social work.\n"
    )
    spec = specparse.parse(text.encode(), name="inspector.md")
    assert len(spec.duties) == 5, spec.duties
    assert "licenses" not in {s.key for s in spec.sections}


def test_a_share_of_time_before_a_bullet_opens_an_item() -> None:
    """'20%  • Trains …' after a wrapped bullet whose last line has no full stop starts a new item."""
    from specparse.lines import Line
    from specparse.paragraphs import paragraphs

    lines = [
        Line(text="• Maintains the records of the unit and the reports of"),
        Line(text="its staff"),
        Line(text="20%  • Trains new staff in the use of the case system and the"),
        Line(text="filing rules."),
        Line(text="(15%) • Answers questions from the public."),
    ]
    assert paragraphs(lines, one_line_per_paragraph=False, width=60) == [
        "• Maintains the records of the unit and the reports of its staff",
        "20%  • Trains new staff in the use of the case system and the filing rules.",
        "(15%) • Answers questions from the public.",
    ]


def test_headings_weighting_groups_of_duties_are_one_duties_block() -> None:
    """'## Field Work (60%)' and '## Reporting (40%)' over bullets: the weighted groups are the duties."""
    text = (
        "# Survey Technician\n\n## Summary\n\nThe technician supports the county's land surveys.\n\n"
        "## Field Work (60%)\n\n- Sets out survey control.\n- Operates GPS equipment.\n\n"
        "## Reporting (40%)\n\n- Drafts plats.\n\n## Qualifications\n\nTwo years of survey experience.\n"
    )
    spec = specparse.parse(text.encode(), name="surveyor.md")
    assert spec.duties == ["Sets out survey control.", "Operates GPS equipment.", "Drafts plats."]


@pytest.mark.parametrize(
    ("first", "second"), [("Key objective #1: Build", "Key objective #2: Grow"), ("Goal 1", "Goal 2")]
)
def test_numbered_group_headings_go_on_with_the_duties(first: str, second: str) -> None:
    """'### Key objective #2' (or 'Goal 2') under the duties heading is a group of the duties."""
    text = (
        "# Analyst\n\n## Summary\n\nThe analyst supports the office.\n\n## Key Responsibilities\n\n"
        f"### {first}\n\n- Sets up pipelines.\n- Writes tests.\n\n### {second}\n\n- Hires analysts.\n\n"
        "## Qualifications\n\nTwo years of experience.\n"
    )
    spec = specparse.parse(text.encode(), name="analyst.md")
    assert spec.duties == ["Sets up pipelines.", "Writes tests.", "Hires analysts."]


@pytest.mark.parametrize(
    ("lead_in", "cut_as_heading"), [("The role will involve:", True), ("This position includes:", False)]
)
def test_a_lead_in_heading_over_a_list_opens_the_duties(lead_in: str, cut_as_heading: bool) -> None:
    """A lead-in over a list opens the duties: as a heading, whatever block its words seemed to name
    (the section becomes the duties), or as a line of the text."""
    text = (
        "# Policy Fellow\n\n## Our Office\n\nThe office runs pilot programs for the state.\n\n"
        f"### {lead_in}\n\n1. Designing pilot programs;\n2. Working with agencies;\n\n"
        "### Eligibility\n\nYou must be authorized to work in the United States.\n"
    )
    spec = specparse.parse(text.encode(), name="fellow.md")
    assert spec.duties == ["Designing pilot programs", "Working with agencies"]
    assert ("duties" in {s.key for s in spec.sections}) is cut_as_heading


@pytest.mark.parametrize(
    ("header", "rows", "expected"),
    [
        (
            "| % | Description |",
            ["| 40% | Processes permits. |", "| 30% | Answers the public. |", "| 30% | Files. |"],
            3,
        ),
        ("| Task | Description |", ["| 1 | Processes permits. |", "| 2 | Answers the public. |"], 2),
    ],
)
def test_a_markdown_table_of_duties_is_one_duty_per_row(header: str, rows: list[str], expected: int) -> None:
    """Rows of a Markdown duties table are not one wrapped paragraph; the header row is no duty."""
    text = (
        "# Clerk\n\n## Essential Functions\n\n"
        + "\n".join([header, "|---|---|", *rows])
        + "\n\n## Qualifications\n\nOne year of clerical experience.\n"
    )
    spec = specparse.parse(text.encode(), name="clerk.md")
    assert len(spec.duties) == expected, spec.duties
