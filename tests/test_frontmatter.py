"""Document metadata: YAML front matter and HTML <meta>, and the header facts read from it."""

from __future__ import annotations

from datetime import date

import pytest

import specparse
from specparse.extract.frontmatter import front_matter, meta_tags


@pytest.mark.parametrize(
    ("text", "expected", "length"),
    [
        # A Jekyll job-board post (wording of our own, in the shape such boards use).
        (
            "---\nlayout: job\ntitle: Web Developer\ncompany: City of Springfield\npost-date: 1-20-2013\n--- \nBody",
            {"layout": "job", "title": "Web Developer", "company": "City of Springfield", "post-date": "1-20-2013"},
            6,
        ),
        # Quoted values with trailing spaces, a folded block scalar, a nested list skipped.
        (
            "---\ntitle: 'Analyst - Internal Operations '\ndescription: >-\n  Line one\n  line two.\n"
            "breadcrumbs:\n  - title: Home\ntags: [a, b]\n---\n",
            {"title": "Analyst - Internal Operations", "description": "Line one line two."},
            9,
        ),
        # "post-date : 3-31-2013": a space before the colon.
        ("---\npost-date : 3-31-2013\n---", {"post-date": "3-31-2013"}, 3),
        (
            '---\ntitle: "Digital Service Expert: Technical Lead"\n---',
            {"title": "Digital Service Expert: Technical Lead"},
            3,
        ),
        ("---\ntitle: never closed\n\nBody text", {}, 0),  # a rule, not front matter
        ("Title: Clerk\n---\n", {}, 0),  # front matter only opens a file
        ("", {}, 0),
    ],
)
def test_front_matter(text: str, expected: dict[str, str], length: int) -> None:
    assert front_matter(text.splitlines()) == (expected, length)


def test_meta_tags_first_of_each_key_wins() -> None:
    pairs: list[tuple[str | None, str | None]] = [
        ("og:title", "Property Clerk"),
        ("OG:TITLE", "Other"),
        ("description", "  "),
        (None, "x"),
        ("hiringOrganization", "Government of Somewhere"),
    ]
    assert meta_tags(pairs) == {"og:title": "Property Clerk", "hiringorganization": "Government of Somewhere"}


POST = """---
layout: job
title: Graphic Designer - Springfield State University
location: Springfield, IL
post-date: 2-3-2013
description: >-
  A definition-looking blurb written for the listing page.
---

Springfield State University is an Equal Opportunity Employer.

##Summary of Duties

Designs print and web pieces for the university.
"""


def test_markdown_post_metadata_feeds_the_header() -> None:
    spec = specparse.parse(POST.encode(), name="post.markdown")
    assert spec.title == "Graphic Designer"  # the " - Employer" suffix split off
    assert spec.jurisdiction == "Springfield State University"
    assert spec.dates.open == date(2013, 2, 3)
    # The front matter stays in the record, apart from the body text.
    assert "layout: job" in spec.headers_footers
    assert all(not (s.text or "").startswith("A definition-looking") for s in spec.sections)


def test_body_title_field_beats_the_front_matter_title() -> None:
    text = "---\ntitle: Graphic Designer\n---\n\n###Title\nGraphics Designer\n\n###Department\nArt\n"
    assert specparse.parse(text.encode(), name="p.md").title == "Graphics Designer"


def test_front_matter_title_without_a_body_title() -> None:
    text = "---\ntitle: Web operations job description\n---\n\nYou will run our servers.\n"
    assert specparse.parse(text.encode(), name="p.md").title == "Web operations"


PAGE = """<html><head><title>Licensing Clerk Job Details | Government of Somewhere</title>
<meta property="og:title" content="Licensing Clerk">
<meta itemprop="datePosted" content="Fri Nov 07 02:00:00 UTC 2025">
<meta itemprop="hiringOrganization" content="Government of Somewhere">
</head><body><p>Apply now</p><p>Processes licence applications and keeps the register.</p>
<h2>Qualifications</h2><p>Two years of clerical experience.</p></body></html>"""


def test_html_meta_feeds_the_header() -> None:
    spec = specparse.parse(PAGE.encode(), name="job.html")
    assert spec.title == "Licensing Clerk"
    assert spec.jurisdiction == "Government of Somewhere"
    assert spec.dates.open == date(2025, 11, 7)


def test_page_heading_beats_a_site_wide_og_title() -> None:
    page = (
        '<html><head><meta property="og:title" content="Springfield - Official Website"></head>'
        "<body><h1>Park Ranger</h1><p>Patrols the parks and helps visitors.</p></body></html>"
    )
    assert specparse.parse(page.encode(), name="ranger.html").title == "Park Ranger"
