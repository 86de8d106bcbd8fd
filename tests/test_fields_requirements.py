"""Requirements: years of experience, education levels, alternatives and substitutions, one row per oddity."""

from __future__ import annotations

import pytest

from specparse.fields.alternatives import alternatives
from specparse.fields.requirements import education_levels, parse_licenses, substitutions, years_of


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Two (2) years of experience in elections.", 2.0),  # county postings
        ("Six months of full-time paid experience in clerical work.", 0.5),  # LA
        ("one year of full-time paid experience as a Planning Aide.", 1.0),
        ("HS Diploma or GED and 18 months of experience in the conduct of elections.", 1.5),
        ("Two years as a Police Sergeant in the Los Angeles Police Department.", 2.0),  # no word "experience"
        ("Minimum of 1-2 years of clinical veterinary technician experience.", 1.0),  # UW: the lower bound
        ("Completion of a recognized three year apprenticeship as a carpet layer.", None),  # schooling
        ("Two years of college with major study in animal science and two years of experience.", 2.0),
        ("Current license (or eligibility to obtain within 6 months of hire).", None),  # a time limit
        ("A certificate may substitute for one year of the required experience.", None),  # a substitution
        ("Requires completion of four years of college and four years of administrative experience.", 4.0),
    ],
)
def test_years_of_experience(text: str, years: float | None) -> None:
    assert years_of(text) == years


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("Graduation from high school supplemented by course work in customer relations.", ["high_school"]),
        ("HS Diploma or GED and 18 months of experience.", ["high_school"]),
        ("Graduation from an accredited four-year college or university.", ["bachelor"]),
        ("Education: Equivalent to graduation from college.", ["bachelor"]),  # CalHR
        ("A Bachelor's or Master's degree in urban planning.", ["master", "bachelor"]),
        ("Bachelor s degree from an accredited institution.", ["bachelor"]),  # apostrophe lost
        ("Completion of 90 semester or 135 quarter units from an accredited college.", ["some_college"]),
        ("Graduation from college with a major in science and 8 semester units in chemistry.", ["bachelor"]),
        ("Associate's degree or higher in Veterinary Technology.", ["associate"]),
        ("Proficiency in MS Office and a Master Exercise Practitioner designation.", []),  # not degrees
    ],
)
def test_education_levels(text: str, levels: list[str]) -> None:
    assert education_levels(text) == levels


def _shape(paragraphs: list[str]) -> list[tuple[str | None, list[float | None]]]:
    return [(alt.label, [e.years for e in alt.experience]) for alt in alternatives(paragraphs)]


def test_numbered_alternatives_joined_by_or() -> None:
    # LA: "1. …; or 2. …"
    assert _shape(
        ["1. Four years of full-time paid experience as a welder; or", "2. Two years of experience as a Senior welder."]
    ) == [
        ("1.", [4.0]),
        ("2.", [2.0]),
    ]


def test_numbered_items_joined_by_and_are_one_set() -> None:
    result = alternatives(
        [
            "1. Two years of full-time paid experience operating drills; and",
            "2. A valid California Class A driver's license.",
        ]
    )
    assert len(result) == 1
    assert result[0].licenses


def test_connector_lines_with_a_common_certificate() -> None:
    # UW: certificate AND (A OR B OR C); the certificate belongs to every way.
    result = alternatives(
        [
            "AALAS Laboratory Animal Technician (LAT) certification.",
            "AND",
            "High school graduation AND three years of experience in an animal research environment,",
            "OR",
            "Two years of college and two years of experience in an animal research environment,",
            "OR",
            "Bachelor's Degree and one year of experience in an animal research environment.",
        ]
    )
    assert [[e.years for e in alt.experience] for alt in result] == [[3.0], [2.0], [1.0]]
    assert all(alt.text.startswith("AALAS") for alt in result)


def test_either_or_patterns() -> None:
    # CalHR: "Either I" / "Or II" lines, with "Experience:" and "Education:" sub-labels under II.
    result = alternatives(
        [
            "Either I",
            "One year of bridge architectural experience at the level of a Trainee.",
            "Or II",
            "Two years of architectural engineering experience. and",
            "Equivalent to graduation from college with major work in architecture.",
        ]
    )
    assert [(alt.label, [e.years for e in alt.experience]) for alt in result] == [("I", [1.0]), ("II", [2.0])]
    assert [e.level for e in result[1].education] == ["bachelor"]


def test_lead_in_before_numbered_alternatives_is_common() -> None:
    result = alternatives(
        [
            "Possession of a valid medical license. and Experience: Either",
            "1. Five years of experience in the practice of medicine. or",
            "2. Five years of experience performing research in medical fields.",
        ]
    )
    assert [alt.label for alt in result] == ["1.", "2."]
    assert all("medical license" in alt.text for alt in result)


def test_lettered_sub_items_stay_with_their_alternative() -> None:
    result = alternatives(
        [
            "1. One year of experience as a Real Estate Associate; or",
            "2. Graduation from a four year college; and two years of experience in one of the following:",
            "a) negotiating leases;",
            "b) appraising real property.",
        ]
    )
    assert [(alt.label, alt.parent) for alt in result] == [("1.", None), ("2.", None), ("a)", "2."), ("b)", "2.")]
    assert [e.years for e in result[1].experience] == [2.0]
    assert "appraising" in result[3].text


def test_single_paragraph_is_one_alternative() -> None:
    assert (
        len(
            alternatives(
                ["Graduation from high school and one year of office experience; or an equivalent combination."]
            )
        )
        == 1
    )


def test_substitutions_and_licences() -> None:
    text = "A Master's degree may substitute for one year of the required experience."
    assert substitutions(text) == [text]
    licenses = parse_licenses("Some positions may require a valid California driver's license.")
    assert [(lic.name, lic.required) for lic in licenses] == [("California driver's license", "some")]


def test_courses_named_in_an_alternative() -> None:
    result = alternatives(
        [
            "1. Completion of 12 semester units in drafting at an accredited college; or",
            "2. Two years of engineering drafting experience.",
        ]
    )
    assert result[0].courses == ["12 semester units in drafting at an accredited college"]
    assert result[1].courses == []


def test_numbered_requirements_joined_by_and_with_a_substitution_item() -> None:
    # LA Park Ranger: "1. citizenship; and 2. a degree. 3. The following experience may be substituted …"
    result = alternatives(
        [
            "1. U.S. citizenship; and",
            "2. Graduation from an accredited four-year college or university.",
            "3. The following experience may be substituted for the education lacking on a year-for-year basis:",
            "(a) Full-time experience as a Park Ranger;",
        ]
    )
    assert [alt.label for alt in result if alt.parent is None] == ["1."]


def test_hours_of_experience() -> None:
    # LA: "2,080 hours of paid experience" is one year of full-time work.
    assert years_of("2,080 hours of paid experience as an Airport Guide II; or") == 1.0
    assert years_of("4,160 hours of paid experience as an Airport Guide I.") == 2.0
    assert years_of("Positions work 40 hours per week.") is None


def test_course_taken_at_a_high_school_is_not_a_level() -> None:
    # LA Office Engineering Technician: the course may come from any school.
    text = (
        "Completion of one course in trigonometry from a high school, university, college, trade or technical school."
    )
    assert education_levels(text) == []
    assert education_levels("Graduation from high school supplemented by course work in accounting.") == ["high_school"]
