"""Header rules one wording at a time: titles, class codes and employers (issue 9, LABELS.md meanings).

Each rule's rows use wording seen at two or more employers, or wording of our own; negative rows
show what the rule must not take.
"""

from __future__ import annotations

import pytest

import specparse
from specparse.fields import class_code as codes
from specparse.fields import employer_sentences
from specparse.fields import jurisdiction as employers
from specparse.fields.header import read_header
from specparse.fields.title import clean_title, labelled_title, metadata_title, styled_title
from specparse.lines import Line
from specparse.vocab import load_vocabulary

VOCAB = load_vocabulary(None)


def _lines(*texts: str, bold_first: bool = False) -> list[Line]:
    return [Line(text=t, number=n, bold=bold_first and n == 1) for n, t in enumerate(texts, start=1)]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Job Title: Property Assessor", "Job Requisition ID: 76636"], "Property Assessor"),  # Alberta
        (["POST TITLE: Digital Communications Lead", "PAYBAND: Band A"], "Digital Communications Lead"),  # UK forms
        (["Position Title: Records Technician"], "Records Technician"),  # our own
        (["Working title Chief AI Engineer", "Position number 418-100-1"], "Chief AI Engineer"),  # CA duty statement
        (["###Title", "Graphics Designer"], "Graphics Designer"),  # PeopleAdmin posting as Markdown
        (["Job Title", "Licensing Inspector"], "Licensing Inspector"),  # a table row's label over its value
        # A class title beats the working title printed beside it.
        (["Classification Statewide Data Officer", "Working title Data Officer"], "Statewide Data Officer"),
        # Negative rows: a label row, a title label printed twice, a bare code.
        (["Working Title Unit/Section", "Chief Counsel Executive Team"], None),
        (["Title", "Title", "Title"], None),
        (["Working title", "Position number 418-100-0209-xxx"], None),
        (["Classification: AS-02"], None),
        (["Classification: Exempt", "Working Title: Assistant Chief Data Officer"], "Assistant Chief Data Officer"),
        (["Classification: Chief Counsel (Exempt)", "Working Title: Chief Counsel"], "Chief Counsel (Exempt)"),
    ],
)
def test_labelled_title(texts: list[str], expected: str | None) -> None:
    found = labelled_title(_lines(*texts), VOCAB)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["=== JOB DETAILS ===", "Accounting Technician"], "Accounting Technician"),  # posting banner
        (["Careers", "Apply", "Senior Planner"], "Senior Planner"),  # site chrome
        (["Office of Data and Innovation", "Chief Strategist"], "Chief Strategist"),  # letterhead
        (["Classification Office/Department", "Librarian"], "Librarian"),  # a form's label row
        (["\uf0b1 Position", "Web Producer"], "Web Producer"),  # icon-font glyph before a banner
        (["Job Description", "Custodian"], "Custodian"),  # the document's kind alone
        (["Who We Are", "Park Ranger"], "Park Ranger"),  # a heading about the employer
        (["Programme Delivery Manager job description"], "Programme Delivery Manager"),  # GDS
        (["Digital performance analyst - B2"], "Digital performance analyst"),  # a pay band
        (["SYSTEMS ANALYST (A)"], "Systems Analyst"),  # a level suffix
        (["The main responsibilities of the post are:", "Resumes@example.gov"], None),  # lead-in, an address
    ],
)
def test_styled_title(texts: list[str], expected: str | None) -> None:
    found = styled_title(_lines(*texts), VOCAB)
    assert (found[0] if found else None) == expected


def test_a_heading_may_carry_a_colon() -> None:
    lines = [Line(text="Innovation Fellow: Service Designer", heading_level=3, number=1)]
    found = styled_title(lines, VOCAB)
    assert found is not None
    assert found[0] == "Innovation Fellow: Service Designer"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Web Developer - City of Orlando", ("Web Developer", "City of Orlando")),
        ("Graphic Designer, Springfield State University", ("Graphic Designer", "Springfield State University")),
        ("Administrative Officer - Internal Operations", ("Administrative Officer - Internal Operations", None)),
        ("[jobs] Records Technician", ("Records Technician", None)),  # a mailing-list subject prefix
        ("Web operations job description", ("Web operations", None)),
        ("Graphic Designer, Sr.", ("Graphic Designer, Sr.", None)),  # "Sr." is no employer
        ("Careers", (None, None)),  # a site's banner in <title>
        ("Job Details | City of Springfield", (None, "City of Springfield")),
    ],
)
def test_metadata_title(value: str, expected: tuple[str, str | None]) -> None:
    assert metadata_title(value, VOCAB) == expected


def test_clean_title_drops_decoration() -> None:
    assert clean_title("*** Park Ranger ***", VOCAB) == "Park Ranger"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Class Code: 1513", "1513"),
        ("Job Code: U8046", "U8046"),
        ("Code No. 7565", "7565"),
        # Numbers of a recruitment or a seat are never class codes.
        ("Job Number: EGB93163", None),
        ("Position number 418-100-9452-001", None),
        ("Job Requisition ID: 76636", None),
        ("Advertisement Number: 44660", None),
        ("Posting #: 2024-117", None),
        ("Zip Code: 94501", None),
    ],
)
def test_labelled_code(text: str, expected: str | None) -> None:
    assert codes.labelled_code(text) == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Classification: Program Services 4 (024PSA)"], "024PSA"),  # Alberta
        (["Classification", "AS-02"], "AS-02"),  # CDS heading over value
        (["Classification: PM3"], "PM3"),  # our own
        (["PM3 Planning and Program Analyst 3"], "PM3"),  # Manitoba: code, name, level repeated
        (["Salary(s): RS4 $55,868.00 - $68,578.00 per year"], "RS4"),  # the pay line names the class
        (["Classification: Human Services Worker 4"], None),  # a name without a code
        (["AB1 Highway Project"], None),  # the level is not repeated: not a classification line
    ],
)
def test_classification_code(texts: list[str], expected: str | None) -> None:
    found = codes.classification_code(_lines(*texts))
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This role is an indeterminate position and is classified as an AS-03, in the PA group.", "AS-03"),
        ("This role is a 2-year assignment at an IT-02 level, in the IT Group.", "IT-02"),
        ("Designated as an AS-06, this role reports to the Director.", "AS-06"),
        ("Please include your classification and level (e.g., IT-02).", None),  # an example, not the job's
    ],
)
def test_classification_in_sentence(text: str, expected: str | None) -> None:
    assert codes.classification_in_sentence(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Utah Valley University is an Affirmative Action/ Equal Opportunity/ Equal Access Employer.",
            "Utah Valley University",
        ),
        ("The County of Marin is an equal opportunity employer.", "County of Marin"),
        ("The City of Los Angeles does not discriminate on the basis of race.", "City of Los Angeles"),
        ("The NYC Digital Service is looking for a Service Designer who is passionate.", "NYC Digital Service"),
        ("The Government Digital Service is seeking motivated individuals.", "Government Digital Service"),
        (
            "The Canadian Digital Service (CDS) is part of Employment and Social Development Canada.",
            "Canadian Digital Service",
        ),
        ("Join the Ontario Digital Service (ODS) to design and deliver services.", "Ontario Digital Service"),
        ("Come join the Department of the Treasury.", "Department of the Treasury"),
        ("As a junior developer at MOJ Justice Digital you will be building web systems.", "MOJ Justice Digital"),
        ("The City of Springfield invites applications for the position of Clerk.", "City of Springfield"),
        (
            "The Springfield Unified School District is now accepting applications.",
            "Springfield Unified School District",
        ),
        ("To learn more about the New York City's Employee benefits, visit the benefits page.", "New York City"),
        ("Learn about the County of Marin's benefits package.", "County of Marin"),
        ("The Manitoba government recognizes the importance of an exemplary public service.", "Manitoba government"),
        # Negative rows: a team one joins, a place in passing, a pronoun.
        ("We are recruiting an engineer to join the Office of the Chief Technology Officer.", None),
        ("The position is located in the town of Swan River, near Utah County.", None),
        ("We are an equal opportunity employer.", None),
    ],
)
def test_employer_sentence(text: str, expected: str | None) -> None:
    assert employer_sentences.employer_sentence(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Company: Government of Alberta", "Government of Alberta"),
        ("Employer: Douglas County Government (CO)", "Douglas County"),
        ("Organization: Ministry of Finance", "Ministry of Finance"),
        ("Location: Edmonton, AB", None),
    ],
)
def test_employer_field(text: str, expected: str | None) -> None:
    assert employers.employer_field(text) == expected


def test_a_town_in_a_long_sentence_is_not_the_employer() -> None:
    text = (
        "Forest Technician\n\nThe successful candidate will work out of the office in the town of Swan River and "
        "travel across the region to inspect timber sales.\n\nDUTIES\nInspects timber sales.\n"
    )
    assert specparse.parse(text.encode(), name="t.txt").jurisdiction is None


def test_provenance_records_the_line_of_each_fact() -> None:
    text = "City of Alameda\nLEAD CUSTOMER SERVICE REPRESENTATIVE\nCode No. 7565\nRevised: 4/12/2006\n\nDEFINITION\nLeads.\n"
    spec = specparse.parse(text.encode(), name="a.txt")
    lines = [Line(text=t, number=n) for n, t in enumerate(text.splitlines(), start=1)]
    head = read_header(lines[:5], [], [], lines, VOCAB)  # the record does not carry provenance yet
    assert (spec.title, spec.class_code) == ("Lead Customer Service Representative", "7565")
    assert head.provenance == {"title": 2, "class_code": 3, "jurisdiction": 1, "date_revised": 4}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Canadian Digital Service (CDS) collaborates with federal departments.", "Canadian Digital Service"),
        ("The Springfield Water Authority (SWA) runs the city's water supply.", "Springfield Water Authority"),
        ("The Supportive Living Monitoring Program (SLMP) inspects homes.", None),  # a program of the employer
        ("The Digital Credentials program (DCP) will establish credentials.", None),  # not the name's initials
        ("Our team (SST) keeps systems running.", None),
        ("The Chief Information Officer (CIO) serves as the agency's technology lead.", None),  # a role
    ],
)
def test_introduced_organisation(text: str, expected: str | None) -> None:
    assert employers.introduced_organisation(text) == expected


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("The Records Technician maintains the county's paper and electronic records and files.", "Records Technician"),
        (
            "The Senior Accountant will prepare the city's financial statements and reconcile accounts.",
            "Senior Accountant",
        ),
        ("The Springfield School of Business is a dynamic learning community of students.", None),  # the employer
        ("The successful candidate will support the finance team with month-end work.", None),  # no job named
    ],
)
def test_title_from_the_opening_summary(opening: str, expected: str | None) -> None:
    text = f"{opening}\n\nDUTIES\nKeeps records.\n"
    assert specparse.parse(text.encode(), name="s.txt").title == expected
