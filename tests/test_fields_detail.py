"""Requirement details of schema 1.1: experience (full-time, class, alternate, field), courses, licence
class, examination basis, employment, and the conjunctions between requirement items.

Wording is from City of Los Angeles bulletins of different classes (named in comments) or written here.
"""

from __future__ import annotations

import pytest

from specparse.fields import courses, exam, experience, license_class
from specparse.fields.alternatives import alternatives


@pytest.mark.parametrize(
    ("text", "full_time", "title", "alternate", "field"),
    [
        (  # Systems Analyst 1596
            "Graduation from an accredited four-year college or university and two years of full-time paid "
            "experience in a class at the level of Management Assistant which provides experience in:",
            True,
            "Management Assistant",
            None,
            None,
        ),
        (  # Tree Surgeon 3114
            "One year of full-time paid experience with the City of Los Angeles as a Tree Surgeon Assistant or in "
            "a class at that level performing tree trimming or treatment work; or",
            True,
            "Tree Surgeon Assistant",
            "performing tree trimming or treatment work",
            None,
        ),
        (  # Chief Clerk
            "Two years of full-time paid experience as a Principal Clerk, or in a class at that level performing "
            "clerical work.",
            True,
            "Principal Clerk",
            "performing clerical work",
            None,
        ),
        (  # written here: hours count as full time, a role in lower case is a field, not a class
            "2,080 hours of paid experience as a journey-level plumber",
            True,
            None,
            None,
            "journey-level plumber",
        ),
        ("One year of part-time paid experience in customer service; and", False, None, None, "customer service"),
        ("Three years of experience in accounting.", None, None, None, "accounting"),
        (  # Accounting Records Supervisor: the alternate class is named
            "Two years of full-time paid experience as an Accounting Clerk, or in a class at the level of Senior "
            "Administrative Clerk (formerly Senior Clerk) which provides experience in office clerical accounting.",
            True,
            "Accounting Clerk, Senior Administrative Clerk",
            "office clerical accounting",
            None,
        ),
        (  # written here: a class alone with no duties printed
            "Two years of full-time paid experience as a Senior Clerk Typist or in a clerical class at that level",
            True,
            "Senior Clerk Typist",
            "in a clerical class at that level",
            None,
        ),
    ],
)
def test_experience_facts(
    text: str, full_time: bool | None, title: str | None, alternate: str | None, field: str | None
) -> None:
    facts = experience.describe(text)
    assert (facts.full_time, facts.class_title, facts.alternate, facts.field) == (full_time, title, alternate, field)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # CalHR class specifications (two classes' wording)
        (
            "One year of experience performing the duties of a Program Systems Analyst, Range C.",
            "Program Systems Analyst",
        ),
        (
            "One year of experience performing the duties of Photographer in the California state service.",
            "Photographer",
        ),
        ("one year of experience equivalent to Research Program Specialist I", "Research Program Specialist I"),
        # CalHR: a role in lower case is no class
        ("Three years of experience in a position equivalent to that of a trainmaster", None),
    ],
)
def test_class_named_by_its_duties(text: str, title: str | None) -> None:
    assert experience.class_title(text) == title


def test_a_possessive_is_no_class() -> None:
    # Emergency Management Coordinator wording; written here for the class beside it
    assert experience.class_title("Two years of experience as a City department's representative to the EOC") is None
    assert experience.class_title("Two years of experience as a Carpenter with the City") == "Carpenter"


def test_several_classes_are_split() -> None:
    title = experience.class_title(
        "One year of full-time paid experience as an Equipment Operator, Power Shovel Operator or Crane Operator"
    )
    assert title is not None
    assert experience.class_names(title) == ["Equipment Operator", "Power Shovel Operator", "Crane Operator"]


@pytest.mark.parametrize(
    ("text", "field"),
    [
        # Systems analyst / tax compliance wording: duties printed after the class.
        (
            "Two years of full-time paid experience in a class at the level of Systems Analyst in the analysis "
            "and design of computer-based information systems.",
            "the analysis and design of computer-based information systems",
        ),
        (
            "Two years of full-time paid experience in a position at the level of Tax Officer III supervising the "
            "enforcement of permit ordinances.",
            "supervising the enforcement of permit ordinances",
        ),
        # written here: the doing right after "experience"; the kind before it, the employer left out
        ("Two years of full time paid experience processing customer requests; or", "processing customer requests"),
        (
            "Two years of full-time paid real estate experience with the City of Los Angeles as a Real Estate Officer",
            "real estate",
        ),
        ("Five years of experience in one or more of the following areas:", None),
    ],
)
def test_field_of_experience(text: str, field: str | None) -> None:
    assert experience.field(text) == field


def test_field_is_never_debris() -> None:
    assert experience.field("Two years of full-time paid experience.") is None
    assert experience.field("Two years of full-time paid experience in a class at the level of Clerk.") is None
    assert experience.field("Two years of full-time paid experience in the repair of pumps.") == "repair of pumps"


def test_course_count_units_and_subjects() -> None:
    # Systems Analyst 1596 and Senior Systems Analyst print this wording; the catch-all stays whole.
    (found,) = courses.parse_courses(
        "a. Satisfactory completion of four courses, of at least three semester or four quarter units each, in "
        "Information Systems, Systems Analysis, or a closely related degree program from an accredited college."
    )
    assert (found.count, found.units, found.units_per_course) == (4, [(3.0, "semester"), (4.0, "quarter")], True)
    assert found.subject == [
        "Information Systems",
        "Systems Analysis",
        "closely related degree program from an accredited college",
    ]


@pytest.mark.parametrize(
    ("text", "units", "subject"),
    [
        (  # Fire Battalion Chief / Fire Captain wording
            "Completion of 15 semester or 24 quarter units in Fire Science/Fire Protection Administration at an "
            "accredited college or university; and",
            [(15.0, "semester"), (24.0, "quarter")],
            ["Fire Science/Fire Protection Administration"],
        ),
        (  # Accountant wording
            "Graduation from a four-year college or university with at least 24 semester or 36 quarter units "
            "completed in finance, accounting, or business administration",
            [(24.0, "semester"), (36.0, "quarter")],
            ["finance", "accounting", "business administration"],
        ),
        (
            "Completion of 60 semester units or 90 quarter units in an accredited college or university",
            [(60.0, "semester"), (90.0, "quarter")],
            [],
        ),
    ],
)
def test_course_units(text: str, units: list[tuple[float, str]], subject: list[str]) -> None:
    (found,) = courses.parse_courses(text)
    assert (found.units, found.subject, found.count) == (units, subject, None)


def test_course_conditions_are_details() -> None:
    found = courses.parse_courses(
        "Completion of two courses in drafting. At least one of the courses must be in CAD. "
        "A course in surveying is desired."
    )
    assert len(found) == 1
    assert (found[0].count, found[0].subject) == (2, ["drafting"])
    assert found[0].details == "At least one of the courses must be in CAD. A course in surveying is desired."
    (loose,) = courses.parse_courses("b. At least three of the courses must be from the core courses of the program.")
    assert loose.count is None
    assert (loose.details or "").startswith("At least three")


@pytest.mark.parametrize(
    ("text", "kind", "letters", "endorsements"),
    [
        (
            "Some positions may require a valid California Class B (or A) driver's license and valid medical "
            "certificate",
            "Class B (or A)",
            ["B", "A"],
            [],
        ),
        (
            "A valid California Class A or B driver's license with a tank (N) endorsement is required",
            "Class A or B",
            ["A", "B"],
            ["tank (N)"],
        ),
        (
            "a valid Class A commercial driver's license with either the Haz-Mat & Tank Endorsements (X) or the "
            "Firefighter Endorsement",
            "Class A commercial",
            ["A"],
            ["Haz-Mat & Tank", "Firefighter"],
        ),
        ("A valid California driver's license is required.", None, [], []),
    ],
)
def test_license_class(text: str, kind: str | None, letters: list[str], endorsements: list[str]) -> None:
    assert license_class.license_type(text) == kind
    assert (license_class.class_letters(kind) if kind else []) == letters
    assert license_class.endorsements(text) == endorsements


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "THIS EXAMINATION IS TO BE GIVEN BOTH ON AN\nINTERDEPARTMENTAL PROMOTIONAL AND AN OPEN COMPETITIVE BASIS",
            "OPEN_INT_PROM",
        ),
        ("THIS EXAMINATION IS TO BE GIVEN ONLY ON AN OPEN COMPETITIVE BASIS", "OPEN"),
        ("THIS EXAMINATION IS TO BE GIVEN ONLY ON AN INTERDEPARTMENTAL PROMOTIONAL BASIS", "INT_DEPT_PROM"),
        ("THIS EXAMINATION IS TO BE GIVEN ONLY ON A DEPARTMENTAL PROMOTIONAL BASIS", "DEPT_PROM"),
        ("This examination is to be given only on an interdeparmental promotional basis.", "INT_DEPT_PROM"),
        ("(Exam Open to All, including Current City Employees)", "OPEN_INT_PROM"),
        ("(Exam Open to Current City Employees)", "INT_DEPT_PROM"),
        ("The county will test applicants in May.", None),
    ],
)
def test_exam_type(text: str, code: str | None) -> None:
    assert exam.exam_type(text) == code


def test_employment_said_of_appointments_only() -> None:
    assert exam.employment(
        [
            "Initial appointments are anticipated to be made on a part-time basis.",
            "The list will be used to fill full-time positions.",
            "Supervises part-time employees.",  # duties, not the appointment
        ]
    ) == ["part_time", "full_time"]
    # "Job Type: Full-Time Regular" is printed by several employers' postings; the rest written here
    assert exam.employment(["Job Type: Full-Time Regular"]) == ["full_time"]
    assert exam.employment(["Employment Type: Part Time"]) == ["part_time"]
    assert exam.employment(["This is a full-time, permanent position."]) == ["full_time"]
    assert exam.employment(["Full-time employees are eligible for benefits."]) == []
    assert exam.employment(["Performs on-call duties as needed by position."]) == []


def test_conjunctions_as_printed() -> None:
    ways = alternatives(
        [
            "1. Graduation from a four-year college with a major in Chemistry; or",
            "2. Two years of full-time paid experience as a Lab Aide which provides experience in:",
            "a. sampling water; or",
            "b. testing soil; or",
            "3. One year of experience as a Lab Technician; and",
            "a. completion of a course in chemistry.",
            "b. A course in biology is desired.",
        ]
    )
    assert [(w.label, w.parent, w.conjunction) for w in ways] == [
        ("1.", None, "or"),
        ("2.", None, None),
        ("a.", "2.", "or"),
        ("b.", "2.", "or"),
        ("3.", None, "and"),
        ("a.", "3.", None),
        ("b.", "3.", None),
    ]


def test_or_line_between_ways_is_a_conjunction() -> None:
    ways = alternatives(["Two years of experience in welding.", "OR", "One year of experience as a Welder."])
    assert [w.conjunction for w in ways] == ["or", None]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        # Social Worker / Systems Analyst wording, and written here
        (
            "Social Work, Social Welfare, Gerontology or Psychology",
            ["Social Work", "Social Welfare", "Gerontology", "Psychology"],
        ),
        (
            "Computer Science, Information Systems, or Geographical Information Systems",
            ["Computer Science", "Information Systems", "Geographical Information Systems"],
        ),
        ("the areas of Chemistry, Biology or Botany", ["Chemistry", "Biology", "Botany"]),
        ("Chemistry and successful completion of 8 semester units in physics", ["Chemistry"]),
        ("Library and Information Science", ["Library and Information Science"]),
        ("core courses in Civil Engineering", ["Civil Engineering"]),
    ],
)
def test_split_subjects(text: str, subjects: list[str]) -> None:
    assert courses.split_subjects(text) == subjects


def test_numbered_items_joined_by_and_are_parts_of_one_way() -> None:
    # Auditor / Truck Operator shape, in words written here
    ways = alternatives(
        [
            "1. One year of experience as an Account Clerk; and",
            "2. Graduation from a four-year college with either:",
            "a. A major in accounting; or",
            "b. Completion of 24 semester units in accounting.",
        ]
    )
    assert [(w.label, w.parent) for w in ways] == [("1.", None), ("a.", "2."), ("b.", "2.")]
    assert [(p.label, p.conjunction) for p in ways[0].parts] == [("1.", "and"), ("2.", None)]
    assert [len(p.experience) for p in ways[0].parts] == [1, 0]
    assert ways[0].parts[1].education[0].level == "bachelor"


@pytest.mark.parametrize(
    ("text", "count", "subject", "details"),
    [
        # written here, in the shapes of the Laboratory Technician, Senior Real Estate Officer and
        # Transportation Engineering Aide bulletins
        (
            "Completion of 12 semester units at an accredited college in the areas of chemistry or biology, and at "
            "least one of the courses must have had a laboratory",
            None,
            ["chemistry", "biology"],
            "at least one of the courses must have had a laboratory",
        ),
        ("Completion of 3 semester units of statistics at a college.", None, ["statistics"], None),
        (
            "completion of the following two courses: Real Estate Principles, Real Estate Law",
            2,
            ["Real Estate Principles", "Real Estate Law"],
            None,
        ),
        (
            "One course at either the high school or college level in one of the following: Drafting, or Surveying",
            1,
            ["Drafting", "Surveying"],
            None,
        ),
        ("Completion of 60 semester units of coursework from an accredited college.", None, [], None),
    ],
)
def test_course_shapes(text: str, count: int | None, subject: list[str], details: str | None) -> None:
    (found,) = courses.parse_courses(text)
    assert (found.count, found.subject, found.details) == (count, subject, details)


def test_a_golf_course_is_no_course_work() -> None:
    assert (
        courses.parse_courses("Two years of paid experience in golf course operations involving cash handling.") == []
    )


def test_a_sentence_cut_into_two_paragraphs_is_read_whole() -> None:
    # written here: a PDF line wrap read as a paragraph break
    (way,) = alternatives(
        ["1. Two years of full-time paid experience in a class at the level of", "Senior Clerk Typist."]
    )
    assert [x.text for x in way.experience] == [
        "Two years of full-time paid experience in a class at the level of Senior Clerk Typist."
    ]
