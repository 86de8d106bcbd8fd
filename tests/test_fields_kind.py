"""Documents that are not one class are reported with stable warning codes, not silently mis-parsed."""

from __future__ import annotations

import specparse


def _codes(text: str) -> set[str]:
    return {w.code for w in specparse.parse(text.encode(), name="doc.txt").warnings}


def test_page_that_is_not_a_spec() -> None:
    about = (
        "Mission\nThe network brings election officials and advocates together.\n\n"
        "Testimonials\n\u201cIt provided tangible examples to implement in my work.\u201d\n"
    )
    assert "not_a_spec" in _codes(about)


def test_class_spec_is_not_flagged() -> None:
    spec = "CLERK\n\nDUTIES\nFiles records.\n\nMINIMUM QUALIFICATIONS\nOne year of clerical experience.\n"
    codes = _codes(spec)
    assert "not_a_spec" not in codes
    assert "class_series" not in codes


def test_series_page() -> None:
    series = (
        "Photography Series\nSeries established March 17, 1971\n\nScope\nThis series describes the classes.\n\n"
        "Definition of Levels\nPhotographer\nThe entry level.\nSenior Photographer\nThe lead level.\n\n"
        "Minimum Qualifications\nTwo years of experience in photography.\n"
    )
    assert "class_series" in _codes(series)


def test_class_series_concept_heading_is_not_a_series_page() -> None:
    # UW class specs print "Class Series Concept" on every single-class page.
    text = "# Animal Technician 1\n\n## Class Series Concept\n\nPerform animal care duties.\n\n## Typical Work\n\n- Feed animals.\n"
    assert "class_series" not in {w.code for w in specparse.parse(text.encode(), name="a.md").warnings}


def test_weekly_job_listing() -> None:
    rows = "\n".join(f"Job Title {n}        {40 + n},000-{60 + n},500" for n in range(14))
    listing = f"WEEKLY SUMMARY OF CITY JOB OPPORTUNITIES\nTHIS LIST PREPARED: January 8, 2016\n\n{rows}\n"
    assert "job_listing" in _codes(listing)


def test_bulletin_with_several_salary_ranges_is_not_a_listing() -> None:
    ranges = "; ".join(f"${50 + n},000 to ${70 + n},000" for n in range(14))
    bulletin = (
        f"CLERK\n\nANNUAL SALARY\n{ranges}\n\nDUTIES\nFiles records.\n\nREQUIREMENT\nOne year of clerical experience.\n"
    )
    assert "job_listing" not in _codes(bulletin)
