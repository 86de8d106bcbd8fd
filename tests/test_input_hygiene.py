"""Input hygiene: NUL padding, HTML entities left in text exports, navigation rows and careers-site chrome.

All wording here is our own, laid out the ways web pages and exports deliver it.
"""

from __future__ import annotations

import pytest

from specparse import parse
from specparse.clean import is_navigation
from specparse.decoding import decode_text
from specparse.errors import EmptyDocumentError
from tiny_pdf import Text, make_pdf

SPEC = (
    "CLASS TITLE: Park Ranger\n\n"
    "DEFINITION\nUnder supervision, patrols parks and enforces park rules.\n\n"
    "EXAMPLES OF DUTIES\n- Patrols trails and picnic areas.\n- Explains park rules to visitors.\n"
)


@pytest.mark.parametrize("where", [20, 60, len(SPEC) - 5])
def test_nul_padding_inside_a_text_spec_is_dropped(where: int) -> None:
    data = SPEC.encode()[:where] + b"\x00" * 700 + SPEC.encode()[where:]
    record = parse(data, name="ranger.txt")
    assert record.source.format == "text"
    assert record.title == "Park Ranger"
    assert record.duties == ["Patrols trails and picnic areas.", "Explains park rules to visitors."]


def test_nul_padding_is_no_utf16_sign() -> None:
    assert decode_text(b"Park Ranger" + b"\x00" * 600) == "Park Ranger" + "\x00" * 600
    # Real UTF-16 without a BOM, padded the same way, is still UTF-16.
    assert decode_text("Park Ranger".encode("utf-16-le") + b"\x00" * 40).startswith("Park Ranger")


@pytest.mark.parametrize("data", [b"\x00" * 5000, b"\x00" * 5000 + b"\n\x00\x00"])
def test_a_file_of_nuls_is_still_empty(data: bytes) -> None:
    with pytest.raises(EmptyDocumentError):
        parse(data, name="padding.txt")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("ranger.txt", "DUTIES\n- Maintains trails &amp; campgrounds.\n- Checks the visitor&#39;s permits.\n"),
        ("ranger.md", "## Duties\n\n- Maintains trails &amp; campgrounds.\n- Checks the visitor&#x27;s permits.\n"),
    ],
)
def test_html_entities_in_text_exports_are_decoded(name: str, text: str) -> None:
    record = parse(("CLASS TITLE: Park Ranger\n\n" + text).encode(), name=name)
    assert record.duties == ["Maintains trails & campgrounds.", "Checks the visitor's permits."]


def test_nbsp_entity_is_a_space_and_a_bare_ampersand_stays() -> None:
    record = parse(b"DUTIES\n- Works with AT&T and&nbsp;utility crews.\n- Files reports.\n", name="x.txt")
    assert record.duties[0] == "Works with AT&T and utility crews."


@pytest.mark.parametrize(
    "text",
    [
        "Salary Schedule | MOU | Benefits",  # a county HR site's link row
        "Home > Careers > Job Postings",  # a breadcrumb trail
        "Home » Employment » Class Specifications",
        "Careers · Benefits · Contact Us",
    ],
)
def test_navigation_rows(text: str) -> None:
    assert is_navigation(text)


@pytest.mark.parametrize(
    "text",
    [
        "Full-time | Permanent | Exempt",  # a posting's own summary row
        "Class Code: 2210 | FLSA: Non-Exempt | Range 23",
        "Knowledge > Skills",
        "Salary: $20.00 | Benefits: full | Schedule: days",
    ],
)
def test_content_rows_are_no_navigation(text: str) -> None:
    assert not is_navigation(text)


def test_navigation_rows_stay_visible_as_page_furniture() -> None:
    text = "Home > Careers > Job Postings\nSalary Schedule | MOU | Benefits\n\n" + SPEC
    record = parse(text.encode(), name="ranger.txt")
    assert record.title == "Park Ranger"
    assert "Home > Careers > Job Postings" in record.headers_footers
    assert "Salary Schedule | MOU | Benefits" in record.headers_footers
    assert not any("Benefits" in section.text for section in record.sections)


CAREERS_PAGE = """<html><head><title>Park Ranger | Jobs</title></head><body>
<div class="header-links"><a href="/signin" class="btn btn-default">Sign in</a></div>
<div class="job"><h1>Park Ranger</h1>
<div class="applylink"><a class="btn btn-primary apply" href="/apply/1">Apply now &raquo;</a></div>
<p><strong>Closing Date:</strong> March 1, 2024</p>
<h2>Duties</h2><ul><li>Patrols trails and picnic areas.</li><li>Explains park rules to visitors.</li></ul>
<div class="share-bar"><a href="#">Share</a> <a href="#">Email</a></div>
</div>
<aside id="related"><div>More jobs like this:</div>
<a href="/go/1">Parks and Recreation,</a> <a href="/go/2">Public Safety,</a> <a href="/go/3">All Jobs</a></aside>
</body></html>"""


def test_careers_page_chrome_is_not_content() -> None:
    record = parse(CAREERS_PAGE.encode(), name="ranger.html")
    texts = [line for section in record.sections for line in section.text.splitlines()]
    everything = " ".join([record.title or "", *texts, *record.duties])
    for chrome in ("Sign in", "Apply now", "Share", "More jobs like this", "All Jobs"):
        assert chrome not in everything
    assert record.duties == ["Patrols trails and picnic areas.", "Explains park rules to visitors."]
    # Related links are kept apart as page furniture, not lost.
    assert any("All Jobs" in text for text in record.headers_footers)


@pytest.mark.parametrize("text", ["Apply now »", "Sign In", "Share this job", "Find similar jobs:", "Save Job"])
def test_site_buttons_on_a_line_of_their_own_are_navigation(text: str) -> None:
    assert is_navigation(text)


@pytest.mark.parametrize("text", ["Apply", "How to Apply", "Apply now to join our team of rangers."])
def test_apply_headings_and_sentences_are_content(text: str) -> None:
    assert not is_navigation(text)


def _printed_page(number: int, body: list[str]) -> list[Text]:
    """A careers page printed from a browser: its date and title on top, its address and page below."""
    runs = [
        Text(30, 20, f"3/{number}/24, 10:1{number} AM", size=8),
        Text(250, 20, "Park Ranger | Careers", size=8),
        Text(30, 770, "https://careers.example.gov/jobs/4471/park-ranger", size=8),
        Text(560, 770, f"{number}/2", size=8),
    ]
    runs += [Text(60, 60 + 16 * i, line, bold=line.isupper()) for i, line in enumerate(body)]
    return runs


def test_browser_printed_careers_page_keeps_its_content_only() -> None:
    first = [
        "Home > Careers > Job Postings",
        "Park Ranger",
        "Apply now »",
        "Closing Date: March 29, 2024",
        "DUTIES",
        "- Patrols trails and picnic areas.",
        "- Explains park rules to visitors.",
    ]
    second = ["MINIMUM QUALIFICATIONS", "One year of experience in park operations.", "Share this job"]
    record = parse(make_pdf([_printed_page(1, first), _printed_page(2, second)]), name="ranger.pdf")
    assert record.duties == ["Patrols trails and picnic areas.", "Explains park rules to visitors."]
    content = " ".join(section.text for section in record.sections)
    for chrome in ("Home >", "Apply now", "Share this job", "careers.example.gov", "10:1"):
        assert chrome not in content
    assert "Home > Careers > Job Postings" in record.headers_footers
    assert "Apply now »" in record.headers_footers


@pytest.mark.parametrize(
    "text",
    [
        "This website uses cookies to improve your experience. Accept | Decline",
        "We use cookies to understand how you use our site.",
    ],
)
def test_cookie_banners_are_navigation(text: str) -> None:
    assert is_navigation(text)


def test_a_duty_about_cookies_is_content() -> None:
    assert not is_navigation("Bakes cookies, breads and pastries for the senior center's meal program.")
