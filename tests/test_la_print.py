"""The City of Los Angeles' job-board print of its Systems Analyst 1596 bulletin (label-column PDF).

Read in place from the shared corpus (``specs/la_kaggle/_meta/*.pdf``, the City's own PDFs beside its
data dictionary); skips without it. The facts are the bulletin's as printed (the .txt of the same
bulletin and the City's template rows agree).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from specparse import parse
from specparse.extract import extract
from specparse.lines import normalise_text
from specparse.models import JobSpec
from specparse.source import make_source

META = Path("specs") / "la_kaggle" / "_meta"
PRINTS = ("systems_analyst.pdf", "carpenter.pdf", "tree_surgeon.pdf")
DUTY_STATEMENT = (
    "A Systems Analyst analyzes procedures, methods and operations of computer-based information systems; "
    "designs, implements, and recommends information systems to improve the efficiency and economy of City "
    "operations; performs cost benefit and feasibility analyses related to the modification of existing "
    "computer-based information systems, the maintenance and support of information systems, or the "
    "implementation of new computer-based systems; accesses and analyzes information from automated files "
    "using high-level retrieval languages."
)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", text.lower())


@pytest.fixture(scope="module")
def analyst() -> JobSpec:
    from conftest import require_corpus

    return parse(require_corpus() / META / "systems_analyst.pdf")


@pytest.mark.parametrize("name", PRINTS)
def test_label_column_lines(corpus: Path, name: str) -> None:
    """Each label reads as printed: a value cell as "LABEL: value", a long cell under its label."""
    path = corpus / META / name
    lines = extract(make_source(path.read_bytes(), name)).lines
    texts = [normalise_text(line.text) for line in lines if line.text and line.region == "body"]
    assert any(re.fullmatch(r"SALARY: Annually \$[\d,.]+ - \$[\d,.]+", text) for text in texts)
    assert any(re.fullmatch(r"OPENING DATE: \d\d/\d\d/\d\d", text) for text in texts)
    assert any(text.startswith("CLOSING DATE: ") for text in texts)
    # The wrapped label is one line, and the first requirement follows it whole.
    requirements = texts.index("REQUIREMENT(S)/MINIMUM QUALIFICATION(S):")
    assert texts[requirements + 1].startswith("1. ")
    # The duties label stands right over the duty statement, after the salary block of its cell.
    duties = texts.index("DUTIES:")
    assert re.match(r"An? [A-Z]", texts[duties + 1])
    assert not any("$" in text for text in texts[duties:requirements])


def test_open_date(analyst: JobSpec) -> None:
    assert analyst.dates.open == date(2017, 10, 27)


def test_duties_as_printed(analyst: JobSpec) -> None:
    assert _words(" ".join(analyst.duties)) == _words(DUTY_STATEMENT)


def test_salary_ranges_are_all_read(analyst: JobSpec) -> None:
    ranges = [(r.min, r.max, r.period) for r in analyst.salary]
    general, *water_and_power = [(68611.0, 100307.0, "year"), (70908.0, 88092.0, "year"), (83770.0, 104065.0, "year")]
    assert general in ranges
    assert ranges.index(general) < ranges.index(water_and_power[0]) < ranges.index(water_and_power[1])


def test_annual_salary_is_the_first_range(analyst: JobSpec) -> None:
    # The print's "SALARY: Annually $68,611.00 - $104,065.00" box spans the ranges below it: listed last.
    first = analyst.salary[0]
    assert (first.min, first.max, first.period) == (68611.0, 100307.0, "year")
    last = analyst.salary[-1]
    assert (last.min, last.max, last.period) == (68611.0, 104065.0, "year")


def test_title_and_class_code(analyst: JobSpec) -> None:
    # "SYSTEMS ANALYST 1596 (A)": the code after the title, and the level letter, are not the title.
    assert analyst.title == "Systems Analyst"
    assert analyst.class_code == "1596"


def test_requirement_sets(analyst: JobSpec) -> None:
    found = [
        ((alt.label or "").strip(".)"), alt.parent.strip(".)") if alt.parent else None)
        for alt in analyst.qualifications.alternatives
    ]
    assert found == [("1", None), ("2", None), ("a", "2"), ("b", "2"), ("c", "2"), ("3", None), ("a", "3"), ("b", "3")]


def test_the_facts_of_the_print_exactly(analyst: JobSpec) -> None:
    """Issue 9's facts of the print, all at once, as the bulletin prints them."""
    assert (analyst.title, analyst.class_code, analyst.dates.open) == ("Systems Analyst", "1596", date(2017, 10, 27))
    assert [(r.min, r.max, r.period, r.note) for r in analyst.salary] == [
        (68611.0, 100307.0, "year", None),
        (70908.0, 88092.0, "year", "Department of Water and Power"),
        (83770.0, 104065.0, "year", "Department of Water and Power"),
        (68611.0, 104065.0, "year", None),  # the field box spanning the three
    ]
    # One prose paragraph whose task clauses run with semicolons: an item per clause (the README's duties
    # contract), together exactly the printed statement and nothing of the salary notes above it.
    assert " ".join(analyst.duties) == DUTY_STATEMENT
    sets = [(alt.label, alt.parent) for alt in analyst.qualifications.alternatives]
    assert sets == [
        ("1.", None),
        ("2.", None),
        ("a.", "2."),
        ("b.", "2."),
        ("c.", "2."),
        ("3.", None),
        ("a.", "3."),
        ("b.", "3."),
    ]
