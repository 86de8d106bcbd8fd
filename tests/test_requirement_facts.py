"""Requirement facts wherever and however they are stated: every figure of experience, every level of
education, driver's licences in any block. Wording from several employers' kinds of posting, or written
for these tests; each table has negative rows."""

from __future__ import annotations

import pytest

import specparse
from specparse.fields.requirement_facts import licenses_anywhere, required_only
from specparse.fields.requirements import driving_licenses, education_levels, years_named, years_of


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # Every figure a sentence names.
        ("Four years of experience in accounting, two of which must have been supervisory.", [4, 2]),
        ("Seven years full-time paid experience as an artist, four years of which in supervision.", [7, 4]),
        ("Four years of legal experience after admission to the bar, eighteen months of which supervisory.", [4, 1.5]),
        ("Two (2) years of experience, one (1) of which in a lead capacity.", [2, 1]),
        # Ranges name both bounds.
        ("7-10 years of experience in digital services.", [7, 10]),
        ("5 to 9 years experience in web design or front end web development.", [5, 9]),
        ("Two to three years of experience in customer service.", [2, 3]),
        # Fractions, months and spelled-out numbers.
        ("1½ years of experience as a Clerk Typist.", [1.5]),
        ("1 1/2 years of experience as a Clerk Typist.", [1.5]),
        ("18 months of experience in a public agency.", [1.5]),
        ("One (1) year of experience in elections.", [1]),
        ("3+ years of professional experience designing large-scale services.", [3]),
        ("Minimum of five years of progressively responsible experience.", [5]),
        ("At least 2 years of experience with Python.", [2]),
        ("2+ yrs experience in GIS.", [2]),
        # Experience offered in place of something counts; what a degree may replace is not named again.
        ("An additional 4 years of experience can substitute this education requirement.", [4]),
        ("A Master's degree may substitute for one year of the required experience.", []),
        # A wished-for length of experience is no requirement; a requirement beside a wish still is.
        ("2-3 years of experience in a comparable line department preferred.", []),
        ("Preferred: 5 years of experience in elections.", []),
        ("Two years of experience required and a Master's degree preferred.", [2]),
        ("Master's degree preferred with 7-10 years of experience in technology innovation.", [7, 10]),
        ("Three years of experience in elections, supervisory experience desirable.", [3]),
        # Not experience: schooling, deadlines after hire, ages, terms of assignment.
        ("Two years of training in an approved technical school and one year of experience.", [1]),
        ("Must obtain the certificate within one year of appointment; two years of experience.", [2]),
        ("Must be at least 18 years of age and have work experience.", []),
        ("Work experience is offered for a 2-year assignment.", []),
        ("Completion of a recognized three year apprenticeship.", []),
        ("Certification must be obtained one year after appointment to the working title.", []),
    ],
)
def test_every_figure_of_experience(text: str, years: list[float]) -> None:
    assert years_named(text) == [float(y) for y in years]


def test_first_figure_keeps_its_meaning() -> None:
    # years_of (used for each alternative) stays the first, lower figure and None for a substitution.
    assert years_of("7-10 years of experience in digital services.") == 7.0
    assert years_of("Four years of experience, two of which must have been supervisory.") == 4.0
    assert years_of("A certificate may substitute for one year of the required experience.") is None


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("Bachelor's degree in computer science or a related field.", ["bachelor"]),
        ("BA/BS in communications.", ["bachelor"]),
        ("BSc in Computer Science or BEng.", ["bachelor"]),
        ("MSc in statistics or a related field.", ["master"]),
        ("An undergraduate degree in design.", ["bachelor"]),
        ("University degree in healthcare or a related field and 2 years related experience.", ["bachelor"]),
        ("A degree in a related field plus four years of related work experience.", ["bachelor"]),
        ("Must have a degree in Civil Engineering.", ["bachelor"]),
        ("Related diploma with 4 years of relevant experience.", ["associate"]),
        ("A two-year diploma in business administration.", ["associate"]),
        ("Completion of a post-secondary diploma in accounting.", ["associate"]),
        ("Successful completion of a two-year course of study in information technology.", ["associate"]),
        ("Related certificate with 5 years of relevant experience.", ["some_college"]),
        ("Post-secondary education in Forestry or a related field of study.", ["some_college"]),
        ("High school diploma or GED.", ["high_school"]),
        ("Grade 12 or equivalent.", ["high_school"]),
        ("You have a secondary diploma.", ["high_school"]),
        ("Master's degree in public administration preferred.", ["master"]),
        # Not levels: an equivalency, a degree of something, a school diploma inside "post-secondary".
        ("Any combination of post high school education and/or experience totaling three years.", []),
        ("An equivalent combination of education and experience may be considered.", []),
        ("Requires a high degree of accuracy and attention to detail.", []),
        ("Completion of four courses in Information Systems or a closely related degree program.", []),
        ("Proficiency in MS Office.", []),
    ],
)
def test_education_levels_in_posting_phrasings(text: str, levels: list[str]) -> None:
    assert education_levels(text) == levels


@pytest.mark.parametrize(
    ("text", "required"),
    [
        ("A valid driver's license is required for travel between work sites.", "all"),
        ("Must possess and maintain a valid driver's license.", "all"),
        ("Valid class 5 driver's licence required.", "all"),
        ("Possession of a valid California Class C driver license.", "all"),
        ("Possession of a valid driving licence.", "all"),
        ("Some positions may require a valid driver's license.", "some"),
        ("A valid driver's licence is an asset.", "preferred"),
        ("Class 5 driver's licence preferred.", "preferred"),
        ("Employees who intend to drive a City vehicle shall possess a valid driver's license.", "some"),
        ("For positions requiring a valid Class A driver's license, a driving record is checked.", "some"),
        ("A valid driver's license is desirable.", "preferred"),
    ],
)
def test_driving_licence_requirement_from_the_sentence(text: str, required: str) -> None:
    assert [item.required for item in driving_licenses(text)] == [required]


@pytest.mark.parametrize(
    "text",
    [
        "A driver's license is not required for this position.",
        "Driver's License Required: No",
        "Candidates may be examined on identification such as passport, drivers' license and military ID.",
        "Drives to work sites in a county vehicle.",  # no licence named
    ],
)
def test_no_driving_licence_required(text: str) -> None:
    assert driving_licenses(text) == []


def test_heading_decides_only_for_a_silent_sentence() -> None:
    blocks = [
        ("desirable_qualifications", ["Possession of a valid driver's license."]),
        ("desirable_qualifications", ["A valid driver's license is required for field visits."]),
        ("notes", ["Candidates must hold a valid driver's licence."]),
        ("notes", ["The successful candidate will drive between sites."]),  # no licence named
    ]
    assert [item.required for item in licenses_anywhere(blocks)] == ["preferred", "all", "all"]


@pytest.mark.parametrize(
    ("heading", "paragraphs", "years"),
    [
        # A posting's bullet opening with a length of experience, under a heading the vocabulary lacks.
        ("What you bring", ["- 3+ years of professional experience designing services", "- Curiosity"], [3.0]),
        ("Who you are", ["* Minimum 5 years of experience managing budgets"], [5.0]),
        # Not: prose about the employer, a bullet that does not open with the years, a wish list.
        ("Who we are", ["We have served the county with 20 years of experience in elections."], []),
        ("Nice to have", ["- 2 years of experience with GIS"], []),
    ],
)
def test_years_in_a_bulleted_list_under_any_heading(heading: str, paragraphs: list[str], years: list[float]) -> None:
    body = "\n".join(paragraphs)
    text = (
        f"PLANNER\n\nDUTIES\nPlans work.\n\nMINIMUM QUALIFICATIONS\nA bachelor's degree.\n\n{heading.upper()}\n{body}\n"
    )
    spec = specparse.parse(text.encode(), name="planner.txt")
    assert sorted({e.years for e in spec.qualifications.experience if e.years is not None}) == years


def test_desired_sub_block_is_not_a_requirement() -> None:
    paragraphs = [
        "• Minimum two years web development experience",
        "Desired:",
        "• One year of experience with a content management system",
        "Required:",
        "• Bachelor's degree",
    ]
    assert required_only(paragraphs) == ["• Minimum two years web development experience", "• Bachelor's degree"]


def test_licence_in_notes_and_every_figure_in_a_record() -> None:
    text = (
        "ANALYST\n\nMINIMUM QUALIFICATIONS\n"
        "Four years of experience in program analysis, two of which must have been supervisory.\n\n"
        "NOTES\nA valid driver's license is required for travel between work sites.\n"
    )
    spec = specparse.parse(text.encode(), name="analyst.txt")
    assert sorted({e.years for e in spec.qualifications.experience if e.years is not None}) == [2.0, 4.0]
    assert [(lic.required, "driv" in lic.name.lower()) for lic in spec.qualifications.licenses] == [("all", True)]


def test_preferred_licence_alone_is_not_a_requirement() -> None:
    text = (
        "ANALYST\n\nMINIMUM QUALIFICATIONS\nTwo years of experience in program analysis.\n\n"
        "DESIRABLE QUALIFICATIONS\nPossession of a valid driver's license.\n"
    )
    spec = specparse.parse(text.encode(), name="analyst.txt")
    assert all(lic.required == "preferred" for lic in spec.qualifications.licenses)
