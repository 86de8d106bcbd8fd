"""The HTML reader: blocks, lists, tables, chrome removal, charsets and limits."""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path

import pytest

from specparse.errors import CorruptDocumentError, EmptyDocumentError, LimitExceededError
from specparse.extract import html
from specparse.lines import Line
from specparse.source import Source

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
CALHR = CORPUS / "specs" / "calhr_html"


def read(markup: str | bytes, name: str = "page.html") -> list[Line]:
    data = markup.encode("utf-8") if isinstance(markup, str) else markup
    return html.extract(Source(data=data, name=name, format="html")).lines


def body(markup: str | bytes) -> list[Line]:
    return [line for line in read(markup) if line.region == "body"]


def texts(markup: str | bytes) -> list[str]:
    return [line.text for line in body(markup)]


def test_blocks_headings_and_bold() -> None:
    page = """<html><head><title> Lead
      Clerk </title></head><body>
      <h1>Lead Clerk</h1><h3>DEFINITION</h3>
      <p>Under  direction,&nbsp;performs
         work.</p>
      <p><b>Knowledge</b></p>
      <p><strong>Education:</strong> High school.</p>
      <p style="font-weight:700">Abilities <span style="font-weight:normal">(some)</span></p>
      <div>loose text<p>inner</p>tail text</div>
    </body></html>"""
    assert read(page) == [
        Line("Lead Clerk", region="header"),
        Line("Lead Clerk", heading_level=1),
        Line("DEFINITION", heading_level=3),
        Line("Under direction, performs work."),
        Line("Knowledge", bold=True),
        Line("Education: High school."),
        Line("Abilities (some)"),
        Line("loose text"),
        Line("inner"),
        Line("tail text"),
    ]


def test_br_splits_a_block_and_pre_keeps_its_lines() -> None:
    assert texts("<p>City of Alameda<br>Code No. 7565<br/>Approved</p><pre>a  b\nc\n\nd</pre>") == [
        "City of Alameda",
        "Code No. 7565",
        "Approved",
        "a b",
        "c",
        "d",
    ]


def test_list_markers() -> None:
    page = """<ul><li>one</li><li><p>two</p><p>more</p></li></ul>
      <ol start="3"><li>three</li><li value="7">seven</li><li>eight</li></ol>
      <ol type="a"><li>x</li><li>y</li></ol><ol type="I"><li>a</li><li>b</li><li>c</li><li>d</li></ol>"""
    lines = body(page)
    assert [(line.text, line.list_item) for line in lines] == [
        ("• one", True),
        ("• two", True),
        ("more", False),
        ("3. three", True),
        ("7. seven", True),
        ("8. eight", True),
        ("a. x", True),
        ("b. y", True),
        ("I. a", True),
        ("II. b", True),
        ("III. c", True),
        ("IV. d", True),
    ]


def test_nested_list_items_each_get_their_marker() -> None:
    assert texts("<ol><li>Duties<ul><li>types</li><li>files</li></ul></li><li>Other</li></ol>") == [
        "1. Duties",
        "• types",
        "• files",
        "2. Other",
    ]


def test_word_save_as_html_list_paragraphs() -> None:
    # Word writes the marker as text in a Symbol-font span inside <![if !supportLists]>.
    glyph = "<span style='font-family:Symbol'>\u00b7<span style='font:7.0pt'>&nbsp;&nbsp; </span></span>"
    page = f"""<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]>
      {glyph}<![endif]>Performs duties</p>
      <p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><span>1.<span>&nbsp; </span></span>Second</p>
      <p style='mso-list:l1 level1 lfo2'>orphan</p><p>\u00b7 not a list</p>"""
    assert body(page) == [
        Line("• Performs duties", list_item=True),
        Line("1. Second", list_item=True),
        Line("orphan"),
        Line("\u00b7 not a list"),
    ]


WORD_PAGE = b"""<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><title>Spec</title>
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>HR</o:Author></o:DocumentProperties></xml><![endif]-->
<style><!-- p.MsoNormal {margin:0in;} --></style></head>
<body lang=EN-US><div class=WordSection1>
<p class=MsoTitle align=center><b><span style='font-size:14.0pt'>ACCOUNT CLERK<o:p></o:p></span></b></p>
<p class=MsoNormal>Under supervision, performs clerical work\x97and related duties.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoNormalTable><tr><td><p class=MsoNormal>Class Code:<o:p></o:p></p></td>
<td><p class=MsoNormal>1234<o:p></o:p></p></td></tr></table></div></body></html>"""


def test_word_save_as_html_page() -> None:
    assert read(WORD_PAGE) == [
        Line("Spec", region="header"),
        Line("ACCOUNT CLERK", bold=True),
        Line("Under supervision, performs clerical work\u2014and related duties."),
        Line("Class Code:  1234"),
    ]


def test_data_table_rows_join_cells_with_two_spaces() -> None:
    page = """<table><tr><th><p>Class Code</p></th><th>Title</th></tr>
      <tr><td><p>7565</p></td><td>Lead <b>Clerk</b><br> </td><td></td></tr>
      <tr><td><b>Bold</b></td><td><strong>Row</strong></td></tr></table>"""
    assert body(page) == [
        Line("Class Code  Title"),
        Line("7565  Lead Clerk"),
        Line("Bold  Row", bold=True),
    ]


def test_header_cell_with_line_breaks_is_read_line_by_line() -> None:
    page = "<table><tr><td>Class Code: 7565<br>Approved: 7/1/09</td><td>City of <b>Alameda</b></td></tr></table>"
    assert texts(page) == ["Class Code: 7565", "Approved: 7/1/09", "City of Alameda"]


def test_layout_table_cells_are_read_as_blocks() -> None:
    prose = "Performs a variety of difficult administrative work in support of customer accounts. " * 3
    page = f"""<table><tr><td><b>DUTIES</b></td><td><p>{prose}</p></td></tr>
      <tr><td>Skills</td><td><ul><li>typing</li><li>filing</li></ul></td></tr></table>"""
    assert body(page) == [
        Line("DUTIES", bold=True),
        Line(prose.strip()),
        Line("Skills"),
        Line("• typing", list_item=True),
        Line("• filing", list_item=True),
    ]


def test_site_chrome_is_dropped() -> None:
    page = """<body><header><a href="/">City</a><nav><a>Home</a></nav></header>
      <a href="#main" class="skip">Skip to main content</a>
      <div class="breadcrumbs">Home &gt; Jobs</div>
      <div id="sideNavBox">Benefits</div><div class="ms-mpSearchBox">Search this site</div>
      <div id="cookie-banner">We use cookies</div>
      <form><input value="query"><button>Go</button><select><option>One</option></select>
      <p>Spec text inside an ASP.NET form.</p></form>
      <span class="sr-only">Main Content Anchor</span><p style="display: none">hidden</p>
      <p hidden>also hidden</p><script>var x = "<p>no</p>";</script><style>p {}</style>
      <article><header><h1>Kept Title</h1></header><p>Body</p></article>
      <footer>Copyright</footer></body>"""
    assert texts(page) == ["Spec text inside an ASP.NET form.", "Kept Title", "Body"]


def test_footer_by_class_is_kept_apart_as_footer_region() -> None:
    spec = "<p>" + "Spec text. " * 30 + "</p>"
    lines = read(f"<div id='content'>{spec}<div class='spec-footer'>r: 6/23/09</div></div>")
    assert lines[-1] == Line("r: 6/23/09", region="footer")


def test_main_content_root_is_preferred_over_body() -> None:
    text = "Definition text. " * 20
    page = f"<body><div class='promo'>Apply today</div><main><p>{text}</p></main></body>"
    assert texts(page) == [("Definition text. " * 20).strip()]


def test_tiny_content_container_does_not_hide_the_page() -> None:
    assert texts("<body><div class='content'>x</div><p>Real text</p></body>") == ["x", "Real text"]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ('<meta charset="windows-1250"><p>\xb3\xf3d\x9f</p>'.encode("latin-1"), "łódź"),
        (
            b'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>\x93caf\xe9\x94</p>',
            "\u201ccafé\u201d",
        ),
        ("<p>café – ok</p>".encode(), "café – ok"),
        (b"<p>caf\xe9</p>", "café"),
        (b"\xef\xbb\xbf<p>bom</p>", "bom"),
        ("<p>wide</p>".encode("utf-16"), "wide"),
        (
            '<?xml version="1.0" encoding="utf-8"?><html><body><p>xhtml é</p></body></html>'.encode(),
            "xhtml é",
        ),
        (b"<p>R&amp;D &lt;b&gt; &#8226; &eacute;</p>", "R&D <b> • é"),
    ],
)
def test_charsets_and_entities(data: bytes, expected: str) -> None:
    assert texts(data) == [expected]


def test_entities_are_not_resolved_from_a_doctype() -> None:
    page = b'<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]><body><p>a &x; b</p></body>'
    assert all("root:" not in line.text for line in read(page))


def test_deep_nesting_keeps_the_text() -> None:
    assert texts("<html><body>" + "<div>" * 1000 + "deep" + "</div>" * 1000 + "</body></html>") == ["deep"]


def test_unbounded_nesting_is_refused_cleanly() -> None:
    with pytest.raises((LimitExceededError, CorruptDocumentError)):
        read("<html><body>" + "<div>" * 5000 + "deep" + "</div>" * 5000 + "</body></html>")


def test_walk_depth_limit_reads_the_rest_as_text() -> None:
    from specparse import limits

    with limits.override(html_max_depth=5):
        assert texts("<body>" + "<div>" * 10 + "<p>deep</p><p>er</p>" + "</div>" * 10 + "</body>") == ["deeper"]


def test_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html, "MAX_HTML_BYTES", 100)
    with pytest.raises(LimitExceededError):
        read("<p>" + "x" * 200 + "</p>")


@pytest.mark.parametrize("page", ["", "<html><body>  </body></html>", "<nav>Home</nav><script>x()</script>"])
def test_no_text_is_empty(page: str) -> None:
    with pytest.raises(EmptyDocumentError):
        read(page)


def calhr_pages() -> list[Path]:
    if not CALHR.is_dir():
        pytest.skip(f"corpus not found at {CALHR}")
    return sorted(CALHR.glob("*.html"))


# Headings seen on every CalHR class or series page (checked by reading the pages).
CALHR_HEADINGS = ("California State Personnel Board Specification", "Minimum Qualifications")


# Navigation, header and footer chrome seen on every CalHR page.
CALHR_CHROME = (
    "Savings Plus Retirement Planning",
    "Main Content Anchor",
    "Link Back to Top",
    "Turn on more accessible mode",
    "Conditions of Use",
    "Skip Ribbon Commands",
)


@pytest.mark.corpus
def test_calhr_pages_give_title_and_headings_without_chrome() -> None:
    for path in calhr_pages():
        lines = read(path.read_bytes(), path.name)
        headings = [line.text for line in lines if line.heading_level]
        title = next(line.text for line in lines if line.region == "header")
        assert title.endswith("- CalHR")
        assert title.removesuffix(" - CalHR") in headings[0], path.name
        for heading in CALHR_HEADINGS:
            assert heading in headings, (path.name, heading)
        assert any(h.startswith("Knowledge and Abilities") or h.endswith("Abilities") for h in headings)
        joined = "\n".join(line.text for line in lines)
        for chrome in CALHR_CHROME:
            assert chrome not in joined, (path.name, chrome)


@pytest.mark.corpus
def test_calhr_pages_lose_no_spec_text() -> None:
    import lxml.html

    for path in calhr_pages():
        data = path.read_bytes()
        # SharePoint keeps the spec itself in its rich-text field; every word of it must survive.
        field = lxml.html.fromstring(data).xpath("//div[contains(@class, 'ms-rtestate-field')]")
        assert field, path.name
        wanted = Counter(re.findall(r"\w+", " ".join(" ".join(div.itertext()) for div in field)))
        got = Counter(re.findall(r"\w+", " ".join(line.text for line in body(data))))
        assert not wanted - got, (path.name, wanted - got)


@pytest.mark.corpus
def test_calhr_class_page_reads_in_order() -> None:
    pages = calhr_pages()
    lines = body(next(p for p in pages if p.name == "0010.html").read_bytes())
    assert [line.text for line in lines[:8]] == [
        "County/State Liaison (0010)",
        "County/State Liaison",
        "California State Personnel Board Specification",
        "• Schematic Code: AA20",
        "• Class Code: 0010",
        "• Established: 10/20/1931",
        "• Revised: 07/01/1997",
        "• Title Changed: 07/01/1997",
    ]
    assert [line.text for line in lines if line.heading_level == 2][1:] == [
        "Definition",
        "Typical Tasks",
        "Minimum Qualifications",
        "Knowledge and Abilities",
    ]
    assert lines[-1].text == "Updated: 6/3/2012"


@pytest.mark.corpus
def test_calhr_series_table_is_one_line_per_row() -> None:
    pages = calhr_pages()
    found = [line.text for line in body(next(p for p in pages if p.name == "7737.html").read_bytes())]
    assert "Schem Code  Class Code  Class" in found
    assert "LM46  7737  Associate Program Systems Analyst" in found


@pytest.mark.corpus
def test_calhr_pages_are_fast() -> None:
    pages = calhr_pages()
    sources = [Source(data=p.read_bytes(), name=p.name, format="html") for p in pages]
    html.extract(sources[0])
    started = time.perf_counter()
    for source in sources:
        html.extract(source)
    per_page = (time.perf_counter() - started) / len(sources)
    assert per_page < 0.25, f"{per_page * 1000:.0f} ms per page"
