"""Header rules added in the second header round: whose specification a line names, an employer's
acronym owning the code label, a location field is no employer, wrapped employer sentences, pay-grade
suffixes, the subject of an "Under … direction" definition, filing windows and approval notes.

Rows use wording seen at two or more employers, or wording of our own; negative rows show what each
rule must not take.
"""

from __future__ import annotations

from datetime import date

import pytest

import specparse
from specparse.extract.frontmatter import front_matter
from specparse.fields import employer_sentences
from specparse.fields import jurisdiction as employers
from specparse.fields.header import read_header
from specparse.fields.header_dates import read_dates
from specparse.fields.header_meta import read_metadata
from specparse.fields.title import clean_title, styled_title
from specparse.fields.title_text import directed_subject_title, form_row_title
from specparse.lines import Line
from specparse.vocab import load_vocabulary

VOCAB = load_vocabulary(None)


def _lines(*texts: str) -> list[Line]:
    return [Line(text=t, number=n) for n, t in enumerate(texts, start=1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("California State Personnel Board Specification", "California State Personnel Board"),  # CalHR
        ("Civil Service Commission Class Specification", "Civil Service Commission"),  # our own
        ("The Riverbend Housing Authority Job Specifications", "Riverbend Housing Authority"),  # our own
        # Negative rows: no organisation named, only the document's kind or the job.
        ("Class Specifications", None),
        ("Custodian Class Specification", None),
        ("Senior Planner Job Specification", None),
    ],
)
def test_specification_owner(text: str, expected: str | None) -> None:
    assert employers.specification_owner(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UW Code and Representative Group", "UW"),  # University of Washington class specs
        ("CSU Job Code: 0410", "CSU"),  # our own
        # Negative rows: classification systems and plain labels.
        ("SOC Code: 43-4051", None),
        ("JOB CODE: 1234", None),
        ("CLASS CODE 60415", None),
        ("TITLE CODE: 10234", None),
        ("Job Code: 1234", None),
    ],
)
def test_code_owner(text: str, expected: str | None) -> None:
    assert employers.code_owner(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Department: Office of the Secretary of State", "Office of the Secretary of State"),  # WA posting
        ("DEPARTMENT: State Board of Elections", "State Board of Elections"),  # NC posting
        ("Agency: Department of Natural Resources", "Department of Natural Resources"),  # our own
        # Negative rows: a unit with no organisation word, a sentence.
        ("Department: REGISTRATION AND ELECTIONS", None),
        ("Department: Public Works", None),
        ("The department serves the Office of the Mayor.", None),
    ],
)
def test_department_employer(text: str, expected: str | None) -> None:
    assert employers.department_employer(text) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # A state agency's posting names the county the job sits in (NC, WA postings; our own wording).
        (["LOCATION: Wake County, NC", "DEPARTMENT: State Board of Elections"], "State Board of Elections"),
        (
            ["Location: Thurston County - Olympia, WA", "Department: Office of the Secretary of State"],
            "Office of the Secretary of State",
        ),
        (["Work Location: Kent County", "Agency: Department of Natural Resources"], "Department of Natural Resources"),
        # A county's own letterhead still names the county.
        (["COUNTY OF MARIPOSA", "Location: Mariposa, CA"], "County of Mariposa"),
    ],
)
def test_a_location_field_is_not_the_employer(texts: list[str], expected: str) -> None:
    lines = _lines(*texts)
    assert read_header(lines, [], [], lines, VOCAB).jurisdiction == expected


@pytest.mark.parametrize(
    ("previous", "text", "expected"),
    [
        # An LA bulletin's wrapped note; our own county wording.
        (
            "Under the Americans with Disabilities Act, the City of",
            "Los Angeles does not discriminate on the basis of disability.",
            "City of Los Angeles",
        ),
        (
            "Applications are welcome from all. The County of",
            "Marin is an equal opportunity employer.",
            "County of Marin",
        ),
        # Negative rows: the previous sentence ended; nothing on the line names an employer.
        ("Thank you for applying.", "Springfield Township is an equal opportunity employer.", "Springfield Township"),
        ("Benefits are described by the City of", "Springfield on its website.", None),
        # A heading over its paragraph is no wrapped name (a Saskatchewan posting; our own wording).
        ("About Us", "The Riverbend Water Commission (RWC) is seeking an analyst.", "Riverbend Water Commission"),
    ],
)
def test_employer_sentence_wrapped(previous: str, text: str, expected: str | None) -> None:
    assert employer_sentences.employer_sentence_after(previous, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At the City of Springfield, you will help residents every day.", "City of Springfield"),  # our own
        ("At Riverbend Water Authority, we value public service.", "Riverbend Water Authority"),  # our own
        ("The Alberta government offers a competitive benefits package.", "Alberta government"),  # our own
        # Negative rows: a government in general, a government's parts, a place one works in.
        ("The federal government funds this program.", None),
        ("The Ontario government agencies listed below are hiring.", None),
        ("At times, you will work evenings.", None),
    ],
)
def test_more_employer_sentences(text: str, expected: str | None) -> None:
    assert employer_sentences.employer_sentence(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("DEPUTY DIRECTOR, Grade 27", "Deputy Director"),  # a county posting's title field
        ("Planner II - Pay Grade 41", "Planner II"),  # our own
        ("Budget Analyst (Salary Range 22)", "Budget Analyst"),  # our own
        # Negative rows: a grade word inside the title, a level numeral.
        ("Grade Checker", "Grade Checker"),
        ("Elections Specialist II", "Elections Specialist II"),
    ],
)
def test_pay_grade_suffix(value: str, expected: str) -> None:
    assert clean_title(value, VOCAB) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Under administrative direction of the Deputy Secretary of State, the HAVA Administrator provides leadership.",
            "HAVA Administrator",
        ),  # a state elections posting
        ("Under general supervision, the Account Clerk performs routine accounting work.", "Account Clerk"),  # our own
        # Negative rows: an organisation as the subject; no subject at all.
        ("Under general direction, the Department of Finance provides budget services.", None),
        ("Under general supervision, performs routine clerical work.", None),
    ],
)
def test_directed_subject_title(text: str, expected: str | None) -> None:
    found = directed_subject_title(_lines(text), VOCAB)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # LA bulletins: one window; two windows in one sentence; a list of windows under the sentence.
        (
            [
                "Applications WILL ONLY BE ACCEPTED ON-LINE from 8:00 a.m., Tuesday, February 10, 2015 "
                "to Midnight, Thursday, February 12, 2015."
            ],
            date(2015, 2, 12),
        ),
        (
            [
                "Applications will be accepted from 8:00 a.m. TUESDAY, JULY 25, 2017 to 11:59 p.m. THURSDAY, "
                "JULY 27, 2017 and from 8:00 a.m. TUESDAY, AUGUST 1, 2017 to 11:59 p.m. THURSDAY, AUGUST 3, 2017."
            ],
            date(2017, 8, 3),
        ),
        (
            [
                "Applications will only be accepted on-line on the dates listed below:",
                "From 8:00 am Tuesday, January 8, 2019 to 11:59 pm, Thursday, January 10, 2019",
                "From 8:00 am Tuesday, July 2, 2019 to 11:59 pm, Thursday, July 4, 2019",
            ],
            date(2019, 7, 4),
        ),
        (["Filing is open from March 1, 2024 to March 15, 2024."], date(2024, 3, 15)),  # our own
        # Negative rows: a window not about filing; a "from" date with no end.
        (["The office is closed from December 24, 2024 to January 2, 2025."], None),
        (["Applications will be kept on file for two years from July 14, 2017."], None),
    ],
)
def test_last_filing_window_is_the_closing_date(texts: list[str], expected: date | None) -> None:
    assert read_dates([], [], _lines(*texts), [])["closing"] == expected


def test_an_approval_note_of_the_revision_is_not_the_class_approval() -> None:
    # CalHR prints "Revised" in the header and the revision's approval in a note; our own wording for
    # a class approved on a date of its own.
    revision = _lines("Revised: 10/26/2000", "Note: This was approved as a staff item on October 26, 2000.")
    own = _lines("Established: 04/23/1991", "This class was approved by the Commission on May 3, 1995.")
    assert read_dates(revision[:1], [], revision, [])["approved"] is None
    assert read_dates(own[:1], [], own, [])["approved"] == date(1995, 5, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Employer sentences in other wordings than the calibration documents' (our own wording).
        ("The Government of Alberta is committed to a diverse and inclusive public service.", "Government of Alberta"),
        ("The Province of Manitoba is committed to employment equity.", "Province of Manitoba"),
        ("Springfield Township welcomes applications from all qualified people.", "Springfield Township"),
        ("The County of Marin offers a competitive benefits package.", "County of Marin"),
        ("Explore the City of Springfield's comprehensive health benefits online.", "City of Springfield"),
        ("About Us The Riverbend Water Commission is seeking an analyst.", "Riverbend Water Commission"),
        # Negative rows: a kind of employer without its name; a benefit of something else.
        ("The City is an equal opportunity employer.", None),
        ("The County offers a competitive benefits package.", None),
        ("We are committed to a diverse workforce.", None),
    ],
)
def test_employer_sentence_wordings(text: str, expected: str | None) -> None:
    assert employer_sentences.employer_sentence(text) == expected


@pytest.mark.parametrize(
    ("title", "employer"),
    [
        # Class titles that end like an organisation's name or start with a county word (our own wording).
        ("DIRECTOR OF PUBLIC HEALTH", None),
        ("Chief of Behavioral Health", None),
        ("DEPUTY COUNTY COUNSEL", None),
        ("Assistant County Administrator", None),
    ],
)
def test_a_title_line_is_not_an_employer(title: str, employer: str | None) -> None:
    text = f"{title}\nClass Code: 1234\n\nDEFINITION\nUnder direction, plans and directs the work.\n"
    spec = specparse.parse(text.encode(), name="t.txt")
    assert (spec.title, spec.jurisdiction, spec.class_code) == (clean_title(title, VOCAB), employer, "1234")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Deputy County Counsel - County of Marin", "County of Marin"),  # our own
        ("IOWA STATE UNIVERSITY", "Iowa State University"),
        ("Cook County Health", "Cook County Health"),
        ("Chief Deputy County Assessor", None),
    ],
)
def test_jurisdiction_in_skips_title_words(line: str, expected: str | None) -> None:
    assert employers.jurisdiction_in(line) == expected


@pytest.mark.parametrize(
    ("metadata", "title", "employer", "opened"),
    [
        # A post's title carrying the team, with the role and the org in keys of their own (a Jekyll
        # jobs site; our own values).
        (
            {"title": "18F - Content Strategist", "role_name": "Content Strategist", "org": "18F"},
            "Content Strategist",
            "18F",
            None,
        ),
        (
            {
                "title": "PRS - Parks and Recreation Planner",
                "role_name": "P&R Planner",
                "org": "Parks Recreation Service",
            },
            "Parks and Recreation Planner",
            "Parks Recreation Service",
            None,
        ),
        ({"role_name": "Trail Planner", "org": "Parks Office"}, "Trail Planner", "Parks Office", None),
        ({"title": "Parks Office - Trail Planner", "org": "Parks Office"}, "Trail Planner", "Parks Office", None),
        (
            {"title": "Data Analyst", "opens": "July 15, 2019", "date": "2019-07-01"},
            "Data Analyst",
            None,
            date(2019, 7, 15),
        ),
        # Negative row: a title whose first part is not the employer keeps it.
        (
            {"title": "Budget - Senior Analyst", "org": "City of Springfield"},
            "Budget - Senior Analyst",
            "City of Springfield",
            None,
        ),
    ],
)
def test_front_matter_keys(metadata: dict[str, str], title: str, employer: str | None, opened: date | None) -> None:
    facts = read_metadata(metadata, VOCAB)
    assert (facts.title, facts.employer, facts.dates.get("open")) == (title, employer, opened)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Closing Date", ": Nov 12, 2025, 12:59:00 AM"], date(2025, 11, 12)),  # a Taleo page's cells
        (["Closes", "March 3, 2024 at 5:00 p.m. Eastern"], date(2024, 3, 3)),  # our own
        (["Application Deadline", "4/21/2021 11:59 PM"], date(2021, 4, 21)),  # our own
        # Negative row: a sentence under the label is no date cell.
        (["Closing Date", ": Open until filled, reviewed from Nov 12, 2025"], None),
    ],
)
def test_date_label_over_its_value_cell(texts: list[str], expected: date | None) -> None:
    assert read_dates([], [], _lines(*texts), [])["closing"] == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Get to know Riverbend Marketing", "Web Operations Manager"], "Web Operations Manager"),  # our own
        (["Meet the team", "Trail Planner"], "Trail Planner"),  # our own
        (["Minimum Qualifications", "Custodian"], "Custodian"),  # a section heading above the title
        (["Working Conditions"], None),
    ],
)
def test_headings_that_are_no_title(texts: list[str], expected: str | None) -> None:
    found = styled_title(_lines(*texts), VOCAB)
    assert (found[0] if found else None) == expected


def test_nested_front_matter_keys() -> None:
    # A jobs site nests its post's fields under "position:"; schema.org names the employer under
    # "hiringOrganization:" (our own values).
    lines = [
        "---",
        "position:",
        "  type: Full Time",
        "  title: Web Operations Manager",
        "  company: Riverbend Marketing LLC",
        "hiringOrganization:",
        "  name: City of Springfield",
        "title: Jobs board post",
        "---",
        "Body.",
    ]
    metadata, length = front_matter(lines)
    assert length == 9
    assert metadata["title"] == "Jobs board post"  # a top-level key wins over a nested one
    assert metadata["position.title"] == "Web Operations Manager"
    assert metadata["company"] == "Riverbend Marketing LLC"
    assert metadata["hiringorganization.name"] == "City of Springfield"


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # Two labels over two values run together; the summary confirms where the title ends (our own
        # wording in the shape of a state duty-statement form).
        (
            [
                "Classification Office/Department",
                "Senior Budget Analyst (Exempt) Office of Finance",
                "Working Title Unit/Section",
                "Budget Lead Planning Unit",
                "General Statement",
                "Under direction of the Deputy Director, the Senior Budget Analyst serves as the lead analyst.",
            ],
            "Senior Budget Analyst (Exempt)",
        ),
        (
            [
                "Classification Office/Department",
                "Exempt Office of Finance",
                "Working Title Unit/Section",
                "Chief Data Steward DataOps",
                "As the Chief Data Steward, you will lead the data governance work.",
            ],
            "Chief Data Steward",
        ),
        # The first cell wrapped onto a line of its own.
        (
            [
                "Classification Office/Department",
                "Deputy Director, Budget Office of Finance",
                "Policy",
                "The Deputy Director of Budget Policy will lead a team of analysts.",
            ],
            "Deputy Director, Budget Policy",
        ),
        # Negative row: the summary names no job that starts the value row.
        (
            [
                "Working Title Unit/Section",
                "Chief Counsel Executive Team",
                "The team provides legal advice to the office.",
            ],
            None,
        ),
    ],
)
def test_form_row_title_confirmed_by_the_summary(rows: list[str], expected: str | None) -> None:
    lines = [Line(text=t, number=n) for n, t in enumerate(rows, start=1)]
    found = form_row_title(lines, VOCAB)
    assert (found[0] if found else None) == expected
