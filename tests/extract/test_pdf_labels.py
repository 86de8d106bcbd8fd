"""Label-column pages, form rows of labels over values, and bold set inside running text (PDF reader).

The layouts are written here in our own wording with ``tiny_pdf``: a job board's print of a posting
(bold labels down the left, each one's content to its right, one label wrapped over two lines), a
duty-statement form (a bold row of labels over a row of values), and their look-alikes that must be
read as before.
"""

from __future__ import annotations

import pytest

from specparse import parse
from specparse.extract import extract
from specparse.lines import Line, normalise_text
from specparse.source import make_source
from tiny_pdf import Text, make_pdf

LEFT, RIGHT = 40, 200


def _lines(pages: list[list[Text]], engine: str = "pdfium") -> list[Line]:
    source = make_source(make_pdf(pages), "posting.pdf", options={"pdf_engine": engine})
    return [line for line in extract(source).lines if line.region == "body"]


def _texts(lines: list[Line]) -> list[str]:
    return [normalise_text(line.text) for line in lines if line.text]


def _board_print() -> list[Text]:
    """A posting printed from a job board: labels in a bold left column, content at the right."""
    return [
        Text(150, 30, "PARKS MAINTENANCE WORKER", bold=True, size=16),
        Text(LEFT, 80, "SALARY:", bold=True),
        Text(RIGHT, 80, "$41,600.00 - $55,120.00 Annually"),
        Text(LEFT, 104, "OPENING DATE:", bold=True),
        Text(RIGHT, 104, "03/02/24"),
        Text(330, 104, "CLOSING DATE:", bold=True),
        Text(420, 104, "03/16/24"),
        Text(LEFT, 128, "DUTIES:", bold=True),
        Text(RIGHT, 128, "Pay Information", bold=True),
        Text(RIGHT, 152, "$20.00 - $26.50 per hour"),
        Text(RIGHT, 176, "Notes:", bold=True),
        Text(RIGHT + 12, 200, "1. Step increases follow each year of service."),
        Text(RIGHT + 12, 212, "2. Overtime is paid at time and a half."),
        Text(RIGHT, 236, "Maintains park grounds, trails and picnic areas; repairs"),
        Text(RIGHT, 248, "irrigation lines; and operates mowers and small equipment."),
        Text(LEFT, 272, "MINIMUM", bold=True),
        Text(RIGHT, 272, "1. One year of paid grounds maintenance experience; or"),
        Text(LEFT, 284, "QUALIFICATIONS:", bold=True),
        Text(RIGHT, 284, "2. Completion of a certificate program in horticulture."),
        Text(LEFT, 308, "SPECIAL REQUIREMENTS:", bold=True),
        Text(RIGHT, 308, "A valid driver's license is required at appointment."),
    ]


def test_board_print_reads_each_label_before_its_content() -> None:
    texts = _texts(_lines([_board_print()]))
    assert texts == [
        "PARKS MAINTENANCE WORKER",
        "SALARY: $41,600.00 - $55,120.00 Annually",
        "OPENING DATE: 03/02/24",
        "CLOSING DATE: 03/16/24",
        "Pay Information",
        "$20.00 - $26.50 per hour",
        "Notes:",
        "1. Step increases follow each year of service.",
        "2. Overtime is paid at time and a half.",
        # The cell opened with sections of its own; its label names the paragraph after them.
        "DUTIES:",
        "Maintains park grounds, trails and picnic areas; repairs",
        "irrigation lines; and operates mowers and small equipment.",
        # A label wrapped over two lines is one label, not torn apart by the content beside it.
        "MINIMUM QUALIFICATIONS:",
        "1. One year of paid grounds maintenance experience; or",
        "2. Completion of a certificate program in horticulture.",
        "SPECIAL REQUIREMENTS: A valid driver's license is required at appointment.",
    ]


def test_board_print_labels_are_bold_headings_and_values_are_fields() -> None:
    lines = {normalise_text(line.text): line for line in _lines([_board_print()]) if line.text}
    assert lines["DUTIES:"].bold
    assert lines["MINIMUM QUALIFICATIONS:"].bold
    assert not lines["OPENING DATE: 03/02/24"].bold


def test_board_print_record_sections() -> None:
    record = parse(make_pdf([_board_print()]), name="posting.pdf")
    assert record.dates.open is not None
    assert record.dates.open.isoformat() == "2024-03-02"
    assert record.duties
    assert record.duties[0].startswith("Maintains park grounds")
    assert not any("$" in duty or "Overtime" in duty for duty in record.duties)


@pytest.mark.parametrize(
    "runs",
    [
        # A header block of fields over prose starting at the left margin: no label column.
        [
            Text(LEFT, 60, "CLASS TITLE:", bold=True),
            Text(RIGHT, 60, "Records Clerk"),
            Text(LEFT, 74, "CLASS CODE:", bold=True),
            Text(RIGHT, 74, "2210"),
            Text(LEFT, 100, "Under supervision, files, retrieves and indexes records of the department."),
            Text(LEFT, 112, "Answers questions from the public at the counter and by telephone."),
        ],
    ],
)
def test_fields_over_prose_are_read_across(runs: list[Text]) -> None:
    assert _texts(_lines([runs]))[:2] == ["CLASS TITLE: Records Clerk", "CLASS CODE: 2210"]


def _form() -> list[Text]:
    """A duty-statement form: bold labels in a row, their values in the row beneath."""
    return [
        Text(50, 60, "Classification", bold=True),
        Text(316, 60, "Office/Department", bold=True),
        Text(50, 82, "Senior Records Analyst"),
        Text(316, 82, "Department of Archives"),
        Text(50, 130, "Working Title", bold=True),
        Text(316, 130, "Effective Date", bold=True),
        Text(50, 152, "Records Program Lead"),
        Text(50, 200, "General Statement", bold=True),
        *(
            Text(40, 218 + 12 * i, line)
            for i, line in enumerate(
                (
                    "Under general direction of the State Archivist, the incumbent plans, organizes and leads the",
                    "records management program of the department, sets retention schedules with each program area,",
                    "trains records coordinators, reviews requests for the destruction of records, and advises the",
                    "executive team on the storage, retrieval and protection of public records in every format.",
                )
            )
        ),
    ]


def test_form_label_row_over_value_row_pairs_each_column() -> None:
    texts = _texts(_lines([_form()]))
    assert texts[:5] == [
        "Classification: Senior Records Analyst",
        "Office/Department: Department of Archives",
        "Working Title: Records Program Lead",
        "Effective Date",
        "General Statement",
    ]


def test_form_empty_field_is_no_heading() -> None:
    lines = {normalise_text(line.text): line for line in _lines([_form()]) if line.text}
    assert not lines["Effective Date"].bold
    assert lines["General Statement"].bold


def test_bold_header_row_of_a_key_value_table_is_not_paired() -> None:
    runs = [
        Text(42, 60, "Item", bold=True),
        Text(176, 60, "Position information", bold=True),
        Text(42, 88, "Office/Department"),
        Text(176, 88, "Department of Archives"),
        Text(42, 116, "Unit/Section"),
        Text(176, 116, "Records Management"),
    ]
    assert _texts(_lines([runs]))[:3] == [
        "Item Position information",
        "Office/Department Department of Archives",
        "Unit/Section Records Management",
    ]


def test_bold_inside_running_text_is_no_heading() -> None:
    runs = [
        Text(LEFT, 40, "State of Somewhere"),
        Text(LEFT, 54, "Department of Records", bold=True, size=14),
        Text(LEFT, 100, "3. For information about transfers between the City of"),
        Text(LEFT, 112, "Springfield departments and the utility, see the transfer page.", bold=True),
        Text(LEFT, 140, "After meeting the minimum qualifications, candidates will be", bold=True),
        Text(LEFT, 152, "invited to the following:", bold=True),
    ]
    lines = {normalise_text(line.text): line for line in _lines([runs]) if line.text}
    assert lines["Department of Records"].bold  # a title block line under a short one stays a heading
    assert not lines["Springfield departments and the utility, see the transfer page."].bold
    assert not lines["invited to the following:"].bold
    assert not lines["After meeting the minimum qualifications, candidates will be"].bold
