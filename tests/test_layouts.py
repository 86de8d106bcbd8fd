"""Specs laid out with tables, list numbering, styled headings, footers and text boxes parse alike in every format.

The fixtures in tests/fixtures/layouts/ are built by make_layouts.py (python-docx, then LibreOffice for the
.doc/.pdf/.rtf/.html versions). The facts below were written by hand from the wording in make_layouts.py
before any fixture was parsed; every format of a fixture must give exactly these facts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import specparse
from specparse.extract import extract
from specparse.source import make_source

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "layouts"
FORMATS = ("docx", "doc", "pdf", "rtf", "html")
CORE_KEYS = ["definition", "duties", "qualifications"]
# A labelled "Salary: $…" line of the header block, or a header table's "SALARY RANGE | $6,012 …" row,
# is a salary section too (LABELS.md counts it as a headed block).
PAY_AND_CORE_KEYS = ["salary", *CORE_KEYS]

EXPECTED: dict[str, dict[str, Any]] = {
    "header-table": {
        "title": "Senior Accountant",
        "class_code": "1516",
        "dates": {"established": "2004-07-01", "revised": "2021-03-15"},
        "flsa": "exempt",
        "salary": [(6012.0, 7308.0, "month")],
        "section_keys": PAY_AND_CORE_KEYS,
        "duties": 5,
        "education": ["bachelor"],
        "experience": [3.0],
    },
    "two-column": {
        "title": "Water Quality Inspector",
        "class_code": "4120",
        "dates": {"approved": "2017-09-12"},
        "flsa": "non_exempt",
        "salary": [(31.5, 38.25, "hour")],
        "section_keys": PAY_AND_CORE_KEYS,
        "duties": 4,
        "education": ["high_school"],
        "experience": [2.0],
    },
    "symbol-lists": {
        "title": "Payroll Technician",
        "class_code": "2217",
        "dates": {"revised": "2019-11-02"},
        "flsa": "non_exempt",
        "salary": [(52416.0, 63710.0, "year")],
        # "1. Education: …" / "2. Experience: …" are numbered requirement items inside the minimum
        # qualifications, not headings: they stay in that section (their values are read all the same).
        "section_keys": PAY_AND_CORE_KEYS,
        "duties": 4,
        "education": ["high_school"],
        "experience": [2.0],
    },
    "styled-headings": {
        "title": "Senior Librarian",
        "class_code": "1516",
        "dates": {"revised": "2021-03-15"},
        "flsa": None,
        "salary": [],
        "section_keys": CORE_KEYS,
        "duties": 3,
        "education": ["master"],
        "experience": [2.0],
    },
    "text-box": {
        "title": "Maintenance Worker II",
        "class_code": "3302",
        "dates": {"established": "2012-04-01"},
        "flsa": None,
        "salary": [],
        "section_keys": CORE_KEYS,
        "duties": 3,
        "education": ["high_school"],
        "experience": [1.0],
    },
    "tab-header": {
        "title": "Building Inspector I",
        "class_code": "5531",
        "dates": {"established": "2008-02-01", "revised": "2022-06-30"},
        "flsa": "non_exempt",
        "salary": [(4850.0, 5900.0, "month")],
        "section_keys": PAY_AND_CORE_KEYS,
        "duties": 4,
        "education": ["associate"],
        "experience": [2.0],
    },
}
_DATE_KINDS = ("approved", "established", "revised", "open", "closing")


def facts(path: Path) -> dict[str, Any]:
    record = specparse.parse(path).model_dump(mode="json")
    qualifications = record["qualifications"]
    return {
        "title": record["title"],
        "class_code": record["class_code"],
        "dates": {kind: record["dates"][kind] for kind in _DATE_KINDS if record["dates"][kind] is not None},
        "flsa": record["flsa"],
        "salary": [(s["min"], s["max"], s["period"]) for s in record["salary"]],
        "section_keys": [section["key"] for section in record["sections"]],
        "duties": len(record["duties"]),
        "education": [item["level"] for item in qualifications["education"]],
        "experience": [item["years"] for item in qualifications["experience"]],
    }


CASES = [pytest.param(stem, fmt, id=f"{stem}.{fmt}") for stem in EXPECTED for fmt in FORMATS]


def test_every_fixture_exists_in_every_format() -> None:
    missing = [f"{stem}.{fmt}" for stem in EXPECTED for fmt in FORMATS if not (FIXTURES / f"{stem}.{fmt}").is_file()]
    assert not missing


@pytest.mark.parametrize(("stem", "fmt"), CASES)
def test_layout_gives_the_hand_written_facts(stem: str, fmt: str) -> None:
    actual = facts(FIXTURES / f"{stem}.{fmt}")
    expected = EXPECTED[stem]
    wrong = {name: (actual[name], value) for name, value in expected.items() if actual[name] != value}
    assert not wrong, f"{stem}.{fmt}: (got, expected) {wrong}"


# The Symbol-font (U+F0B7) bullets read as "•" and the 1./a./i. levels keep their own markers.
SYMBOL_LIST_ITEMS = [
    "• Processes biweekly payroll for assigned departments.",
    "1. Education:",
    "a. Graduation from high school or equivalent.",
    "2. Experience:",
    "i. use of an automated payroll system; and",
    "ii. application of wage and hour rules.",
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_list_markers_survive_every_reader(fmt: str) -> None:
    path = FIXTURES / f"symbol-lists.{fmt}"
    lines = extract(make_source(path.read_bytes(), path.name)).lines
    items = {line.text for line in lines if line.list_item}
    assert [text for text in SYMBOL_LIST_ITEMS if text not in items] == []
    assert not any("\uf0b7" in line.text for line in lines)


@pytest.mark.parametrize("fmt", ["docx", "doc", "rtf", "html", "pdf"])
def test_heading_cell_beside_prose_becomes_a_heading_line(fmt: str) -> None:
    path = FIXTURES / f"two-column.{fmt}"
    texts = [line.text for line in extract(make_source(path.read_bytes(), path.name)).lines]
    assert "DEFINITION" in texts
    assert "MINIMUM QUALIFICATIONS" in texts
    assert texts.index("MINIMUM QUALIFICATIONS") + 1 < len(texts)
    assert texts[texts.index("MINIMUM QUALIFICATIONS") + 1].startswith("Graduation from high school")
    assert texts.index("DEFINITION") < texts.index("EXAMPLES OF DUTIES") - 2  # the definition comes between
