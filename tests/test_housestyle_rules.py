"""General rules added for house styles the corpus lacks, each checked on a minimal made-up snippet."""

from __future__ import annotations

import pytest

import specparse
from specparse.fields.alternatives import alternatives
from specparse.fields.requirements import years_of
from specparse.lines import Line, number_lines
from specparse.paragraphs import paragraphs
from specparse.sections import split_sections
from specparse.vocab import load_vocabulary

VOCAB = load_vocabulary()


def _lines(text: str) -> list[Line]:
    return number_lines([Line(text=t) for t in text.split("\n")])


def _parse(text: str) -> specparse.JobSpec:
    return specparse.parse(text.encode(), name="doc.txt")


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("ESSENTAIL FUNCTIONS", "duties"),  # two neighbouring letters swapped
        ("MINUMUM QUALIFICATIONS", "qualifications"),
        ("Duties, Functions and Responsibilities", "duties"),
    ],
)
def test_typo_and_wording_variants(heading: str, key: str) -> None:
    assert VOCAB.lookup(heading) == key


def test_a_swap_does_not_turn_a_title_word_into_a_heading() -> None:
    # The swap rule needs the same letters in place elsewhere: "INVESTIGATOR" is still not "investigation".
    assert VOCAB.lookup("INVESTIGATOR") is None


def test_heading_with_trailing_comma_runs_on_to_the_next_line() -> None:
    split = split_sections(
        _lines("DEFINITION\nDoes things.\n\nKNOWLEDGE, SKILLS\nAND ABILITIES\nKnowledge of x."), VOCAB
    )
    assert [(s.key, s.heading) for s in split.sections][1] == (
        "knowledge_skills_abilities",
        "KNOWLEDGE, SKILLS AND ABILITIES",
    )
    assert split.sections[1].lines[0].text == "Knowledge of x."


def test_salary_line_in_a_short_header_is_a_field_and_a_salary_section() -> None:
    # LABELS.md counts a labelled pay line of the title block as a salary block; it stays a header field.
    text = "ROAD WORKER\n\nSalary Range: $4,000 - $5,000 Monthly\nFLSA: Non-Exempt\n\nDEFINITION\nMaintains roads.\n"
    record = _parse(text)
    salary = [section for section in record.sections if section.key == "salary"]
    assert [(s.heading, s.text) for s in salary] == [("Salary Range", "$4,000 - $5,000 Monthly")]
    assert [(r.min, r.max, r.period) for r in record.salary] == [(4000, 5000, "month")]
    assert record.flsa == "non_exempt"
    assert record.front_matter is not None
    assert "Salary" not in record.front_matter.text


def test_ability_run_after_a_full_knowledge_line_is_its_own_paragraph() -> None:
    lines = [
        Line("Knowledge of drafting standards; surveying methods; construction materials and the methods."),
        Line("Ability to read plans; write reports."),
    ]
    assert len(paragraphs(lines, one_line_per_paragraph=False, width=95)) == 2


def test_option_lines_are_two_ways_even_when_the_first_fills_the_line() -> None:
    lines = [
        Line("Option 1: One year of experience in fare inspection, security, code enforcement or safety."),
        Line("Option 2: Thirty semester units of college and six months of public contact experience."),
    ]
    ways = alternatives(paragraphs(lines, one_line_per_paragraph=False, width=95))
    assert [way.experience[0].years for way in ways] == [1, 0.5]


def test_education_and_experience_sub_heading_is_not_a_way() -> None:
    ways = alternatives(
        [
            "A. Education and Experience",
            "Either I:",
            "A degree and two years of experience.",
            "Or II:",
            "A master's degree and one year of experience.",
        ]
    )
    assert [way.experience[0].years for way in ways] == [2, 1]


def test_range_in_words_takes_the_lower_bound() -> None:
    assert years_of("A diploma and three to five years of experience in building maintenance.") == 3


def test_organisation_line_is_the_jurisdiction_not_the_title() -> None:
    record = _parse("FAIRFAX COUNTY PUBLIC SCHOOLS\n\nBUS DRIVER\n\nDEFINITION\nDrives buses.\n\nDUTIES\n- Drives.\n")
    assert record.jurisdiction == "Fairfax County Public Schools"
    assert record.title == "Bus Driver"


def test_labelled_title_stops_at_the_next_field_label() -> None:
    record = _parse("TITLE: ENGINEERING TECHNICIAN          CODE: 60415\n\nDEFINITION\nDraws plans.\n")
    assert record.title == "Engineering Technician"
    assert record.class_code == "60415"


def test_document_kind_is_not_a_title() -> None:
    assert _parse("SALT LAKE COUNTY\nJob Classification\n\nClerk\n\nDefinition: Files papers.\n").title == "Clerk"


def _codes(text: str) -> set[str]:
    return {w.code for w in _parse(text).warnings}


def test_title_naming_several_levels_is_a_series() -> None:
    assert "class_series" in _codes("PLANNER I / II\n\nDEFINITION\nPlans.\n\nDUTIES\n- Plans.\n")


def test_three_class_code_lines_make_a_series() -> None:
    text = "CLERK\n\nDEFINITION\nClerical work.\n\nDUTIES\n- Files.\n\n" + "".join(
        f"CLERK {level}\nClass Code: 110{n}\nDoes level {n} work.\n\n" for n, level in enumerate(["I", "II", "III"], 1)
    )
    assert "class_series" in _codes(text)


def test_one_class_code_cited_in_revision_notes_is_not_a_series() -> None:
    text = "CLERK\nClass Code: 1101\n\nDEFINITION\nClerical work.\n\nDUTIES\n- Files.\n\nClass Code 1102 . . . 12-18-15\nClass Code 1103 . . . 02-18-05\n"
    codes = _codes(text)
    assert "not_a_spec" not in codes
    assert "class_series" not in codes


def test_word_before_flsa_label_stays_in_the_value() -> None:
    text = "CUSTODIAN\nBargaining Unit: Maintenance and Service Related      FLSA: Non-Exempt\n\nDEFINITION\nCleans.\n"
    record = _parse(text)
    assert record.bargaining_unit == "Maintenance and Service Related"
    assert record.flsa == "non_exempt"


def test_salary_field_between_blank_lines_of_a_markdown_header_is_a_salary_section() -> None:
    # The hiring range names pay; a grade alone ("Pay Grade: 25") states no amount and stays a field only.
    text = "# Advisor\n\n**Pay Grade:** 25\n\n**Hiring Range:** $52,000 - $58,000 per year\n\n**Position Summary**\n\nAdvises.\n"
    record = specparse.parse(text.encode(), name="doc.md")
    assert [s.heading for s in record.sections if s.key == "salary"] == ["Hiring Range"]
    assert [r.min for r in record.salary] == [52000]


def test_authority_named_for_its_area_keeps_the_area() -> None:
    record = _parse("METROPOLITAN TRANSIT AUTHORITY OF HARRIS COUNTY\n\nMECHANIC\n\nDEFINITION\nRepairs buses.\n")
    assert record.jurisdiction == "Metropolitan Transit Authority of Harris County"


def test_policy_page_with_only_a_purpose_heading_is_not_a_spec() -> None:
    text = "TOWN HR POLICY 4.12\n\nPURPOSE\nSets out when staff may work remotely.\n\nPROCEDURE\nFile a form.\n"
    assert "not_a_spec" in _codes(text)


def test_spec_with_only_a_definition_heading_is_still_a_spec() -> None:
    text = "CLERK\n\nDEFINITION\nPerforms clerical duties. Requires two years of experience in an office.\n"
    assert "not_a_spec" not in _codes(text)


def test_header_giving_two_class_codes_is_a_series() -> None:
    text = "# Assistant / Associate Engineer\n\nClass Codes: 3120 / 3121\n\n## Definition\n\nEngineering.\n\n## Duties\n\n- Designs.\n"
    assert "class_series" in {w.code for w in specparse.parse(text.encode(), name="doc.md").warnings}
