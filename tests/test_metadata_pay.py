"""Pay stated only by a document's metadata: front matter of a job post, schema.org microdata of a page."""

from __future__ import annotations

import pytest

import specparse
from specparse.fields.header_meta import metadata_pay


@pytest.mark.parametrize(
    ("metadata", "expected"),
    [
        # A Jekyll job post's front matter (our own wording of the common keys).
        ({"salary_min": "79,468", "salary_max": "103,309"}, "$79,468 - $103,309"),
        ({"pay-low": "22.50", "pay-high": "31.75"}, "$22.50 - $31.75"),
        # schema.org JobPosting microdata: <meta itemprop="minValue" content="52000">.
        ({"minvalue": "52000", "maxvalue": "61000"}, "$52000 - $61000"),
        ({"salary": "£44,743 - £60,484"}, "£44,743 - £60,484"),
        # Not pay figures: a grade, a word, keys that only contain other words.
        ({"pay_grade": "GS-13"}, None),
        ({"salary": "Competitive"}, None),
        ({"title": "Payroll Clerk", "date": "2020-01-01"}, None),
    ],
)
def test_metadata_pay(metadata: dict[str, str], expected: str | None) -> None:
    assert metadata_pay(metadata) == expected


def test_front_matter_pay_comes_before_a_cap_in_the_text() -> None:
    text = (
        "---\ntitle: Records Analyst\nsalary_min: '61,200'\nsalary_max: '79,560'\n---\n\n"
        "# Records Analyst\n\n## Salary\n\nThe highest salary the schedule allows is **$172,500** a year.\n\n"
        "## Duties\n\n- Keeps the records schedule.\n- Answers records requests.\n"
    )
    spec = specparse.parse(text.encode(), name="records-analyst.md")
    assert (spec.salary[0].min, spec.salary[0].max) == (61200, 79560)


def test_microdata_pay_of_a_web_page() -> None:
    page = (
        "<html><head><title>Jobs</title></head><body><div itemscope>"
        '<meta itemprop="minValue" content="48000"><meta itemprop="maxValue" content="56000">'
        "<h1>Park Ranger</h1><h2>Duties</h2><ul><li>Patrols the parks.</li><li>Guides visitors.</li></ul>"
        "</div></body></html>"
    )
    spec = specparse.parse(page.encode(), name="ranger.html")
    assert (spec.salary[0].min, spec.salary[0].max) == (48000, 56000)
