"""Splitting at headings: field lists, sub-headings, two-line headings, 'Label:' openers, provenance."""

from __future__ import annotations

from specparse.lines import Line, number_lines
from specparse.sections import split_sections
from specparse.vocab import load_vocabulary

VOCAB = load_vocabulary()


def _lines(text: str) -> list[Line]:
    return number_lines([Line(text=t) for t in text.split("\n")])


def _md(rows: list[tuple[str, int | None]]) -> list[Line]:
    return number_lines([Line(text=t, heading_level=level, list_item=t.startswith("\u2022")) for t, level in rows])


def test_field_list_is_metadata_not_sections() -> None:
    # A posting's "=== JOB DETAILS ===" block (electionline postings): "Title:" and "Closing Date:"
    # are fields there, not headings; the labelled pay line is a field and a salary section of its own.
    split = split_sections(
        _lines(
            "=== JOB DETAILS ===\nTitle: Elections Specialist II\nSalary: $3,214.00 - $4,017.00 MONTH\n"
            "Department: Clerk & Recorder\nOpening Date: 05/01/2019\nClosing Date: 5/16/2019 12:00 PM\n\n"
            "=== JOB DESCRIPTION ===\nThe specialist supports elections."
        ),
        VOCAB,
    )
    assert [line.text for line in split.fields][:2] == [
        "Title: Elections Specialist II",
        "Salary: $3,214.00 - $4,017.00 MONTH",
    ]
    # The banners mark parts of the saved page: blocks that map to nothing.
    assert [(s.key, s.heading) for s in split.sections] == [
        ("other", "JOB DETAILS"),
        ("salary", "Salary"),
        ("other", "JOB DESCRIPTION"),
    ]
    assert [line.text for line in split.sections[1].lines] == ["$3,214.00 - $4,017.00 MONTH"]
    assert "Salary: $3,214.00 - $4,017.00 MONTH" not in [line.text for line in split.sections[0].lines]


def test_three_labelled_requirements_are_not_a_field_list() -> None:
    split = split_sections(
        _lines(
            "MINIMUM QUALIFICATIONS\nEducation: Graduation from high school.\n"
            "Experience: Four years of increasingly responsible experience in customer service.\n"
            "License: Possession of a valid California driver's license."
        ),
        VOCAB,
    )
    assert [s.key for s in split.sections] == ["qualifications", "education", "experience", "licenses"]
    assert split.sections[2].lines[0].text.startswith("Four years")


def test_markdown_sub_headings_stay_in_their_section() -> None:
    # UW class specs group duties under "### Clinical Care & Diagnostics" inside "## Essential Duties".
    split = split_sections(
        _md(
            [
                ("Essential Duties and Responsibilities", 2),
                ("Clinical Care & Diagnostics", 3),
                ("\u2022 Perform health assessments.", None),
                ("Research Support", 3),
                ("\u2022 Support research protocols.", None),
                ("Required Qualifications", 2),
                ("\u2022 Associate's degree.", None),
            ]
        ),
        VOCAB,
    )
    assert [s.key for s in split.sections] == ["duties", "qualifications"]
    assert len(split.sections[0].content()) == 4


def test_unknown_heading_under_an_empty_heading_is_its_sub_heading() -> None:
    split = split_sections(
        # "TRAINING STANDARDS:" is known by its words now (qualifications); an unknown sub-heading keeps
        # the point of the test.
        _lines("JOB DESCRIPTION\nDoes things.\n\nQUALIFICATIONS\nAPPOINTMENT BASIS:\nTwo years of experience."),
        VOCAB,
    )
    assert [s.key for s in split.sections] == ["definition", "qualifications"]
    assert not any(s.key == "other" for s in split.sections)


def test_heading_split_over_two_lines() -> None:
    split = split_sections(_lines("DEFINITION\nDoes things.\n\nMINIMUM\nQUALIFICATIONS\nTwo years."), VOCAB)
    assert [(s.key, s.heading) for s in split.sections][1] == ("qualifications", "MINIMUM QUALIFICATIONS")


def test_long_label_line_opens_its_section() -> None:
    long_rest = "Any combination of work experience and training. " * 6
    split = split_sections(_lines(f"DEFINITION\nDoes things.\n\nExperience: {long_rest}"), VOCAB)
    assert split.sections[-1].key == "experience"


def test_competency_sub_labels_stay_inside_a_knowledge_and_abilities_block() -> None:
    # CalHR prints "Knowledge and Abilities" then "Knowledge of: …" and "Ability to: …".
    split = split_sections(
        _lines("Knowledge and Abilities\nKnowledge of: Codes; rules.\nAbility to: Read; write."), VOCAB
    )
    assert [s.key for s in split.sections] == ["knowledge_skills_abilities"]


def test_title_case_heading_in_plain_text_ends_the_section() -> None:
    text = (
        # "Accommodations" is known by its meaning now (equal_opportunity): an unknown wording keeps the point.
        "Experience\nThree years of professional experience.\n\nParking Arrangements\n"
        "Staff parking is available at the north lot for a monthly fee, payable by payroll deduction."
    )
    split = split_sections(_lines(text), VOCAB)
    assert [s.key for s in split.sections] == ["experience", "other"]
    assert split.sections[0].content()[0].text.startswith("Three years")


def test_sections_keep_line_span_and_page() -> None:
    lines = number_lines(
        [
            Line(text="DEFINITION", page=1),
            Line(text="Does things.", page=1),
            Line(text="DUTIES", page=2),
            Line(text="Files.", page=2),
        ]
    )
    split = split_sections(lines, VOCAB)
    assert [(s.key, s.start_line, s.end_line, s.page) for s in split.sections] == [
        ("definition", 1, 2, 1),
        ("duties", 3, 4, 2),
    ]


def test_connector_line_is_not_a_heading() -> None:
    split = split_sections(_lines("MINIMUM QUALIFICATIONS\nTwo years of experience;\n\nOR\n\nA degree."), VOCAB)
    assert [s.key for s in split.sections] == ["qualifications"]


def test_bold_heading_split_over_two_lines() -> None:
    lines = number_lines(
        [
            Line(text="Definition", bold=True),
            Line(text="Does things."),
            Line(text="Minimum", bold=True),
            Line(text="Qualifications", bold=True),
            Line(text="Two years."),
        ]
    )
    split = split_sections(lines, VOCAB)
    assert [(s.key, s.heading) for s in split.sections] == [
        ("definition", "Definition"),
        ("qualifications", "Minimum Qualifications"),
    ]


def test_document_kind_banner_is_not_a_section() -> None:
    text = "CITY OF LAKEWOOD\nJOB DESCRIPTION\n\nSENIOR ACCOUNTANT\n\nDEFINITION\nPerforms accounting work.\n"
    split = split_sections(_lines(text), VOCAB)
    assert [s.key for s in split.sections] == ["definition"]
    assert "SENIOR ACCOUNTANT" in [line.text for line in split.preamble]


def test_posting_part_banners_open_blocks_that_map_to_nothing() -> None:
    # "=== JOB DESCRIPTION ===" in a posting saved as text marks the part of the page holding the whole
    # posting: its unheaded intro stays in a block of its own (nothing lost) that is no definition; the
    # headings inside it open the blocks (the corpus labels of these postings count only those).
    text = (
        "=== JOB DESCRIPTION ===\nThe training administrator develops and delivers election training.\n\n"
        "GENERAL DEFINITION OF WORK:\nPerforms administrative work.\n"
    )
    split = split_sections(_lines(text), VOCAB)
    assert [s.key for s in split.sections] == ["other", "definition"]
    assert split.sections[0].content()[0].text.startswith("The training administrator")


def test_pay_field_of_the_front_matter_is_read_in_place_by_the_header() -> None:
    split = split_sections(
        _lines(
            "CITY OF ELMWOOD\nPARK RANGER\nClass Code: 4410\nSalary: $4,100 - $5,200 Monthly\n\nDEFINITION\nPatrols."
        ),
        VOCAB,
    )
    assert [s.key for s in split.sections] == ["salary", "definition"]
    assert "Salary: $4,100 - $5,200 Monthly" not in [line.text for line in split.preamble]
    assert [line.text for line in split.header_lines()] == [
        "CITY OF ELMWOOD",
        "PARK RANGER",
        "Class Code: 4410",
        "Salary: $4,100 - $5,200 Monthly",
        "",
    ]


def test_empty_last_heading_is_back_matter() -> None:
    # Job boards close the page with a questionnaire label and nothing under it ("Required Question").
    split = split_sections(_lines("DUTIES\nPlans surveys.\n\nREQUIRED QUESTION"), VOCAB)
    assert [s.key for s in split.sections] == ["duties"]
    assert [line.text for line in split.trailer] == ["REQUIRED QUESTION"]


def test_capitals_sentence_over_two_lines_is_not_a_heading() -> None:
    text = (
        "NOTES\nApply early.\n\nTHIS TEST IS OPEN ONLY\nTO CURRENT CITY EMPLOYEES\n\nKNOWLEDGE, SKILLS\n"
        "AND ABILITIES\nKnowledge of x.\n\nSELECTION PROCESS\nTHE TEST WILL BE HELD ONLINE.\n"
    )
    split = split_sections(_lines(text), VOCAB)
    assert [s.key for s in split.sections] == ["notes", "knowledge_skills_abilities", "selection_process"]


def test_closing_equal_opportunity_tagline_stays_a_section() -> None:
    split = split_sections(_lines("DUTIES\nPlans surveys.\n\nAN EQUAL OPPORTUNITY EMPLOYER"), VOCAB)
    assert [s.key for s in split.sections] == ["duties", "equal_opportunity"]


def test_header_table_pay_row_is_a_salary_section() -> None:
    # A Word header table read as lines: the label cell and the amount cell with no colon between.
    split = split_sections(
        _lines(
            "COUNTY OF ELMWOOD\nCLASS TITLE Park Ranger\nSALARY RANGE $4,100 - $5,200 Monthly\n\nDEFINITION\nPatrols."
        ),
        VOCAB,
    )
    assert [(s.key, s.heading) for s in split.sections] == [("salary", "SALARY RANGE"), ("definition", "DEFINITION")]
    # A grade before the amounts names no pay of its own: that line stays in the title block.
    graded = split_sections(_lines("PARK RANGER\nSalary Grade 22 ($62,400 - $81,120)\n\nDEFINITION\nPatrols."), VOCAB)
    assert [s.key for s in graded.sections] == ["definition"]
