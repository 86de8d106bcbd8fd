"""The review page without a browser: same record as parse, provenance, line links, escaping, the site."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from specparse import parse
from specparse.cli import main
from specparse.fields.provenance import header_provenance
from specparse.lines import Line
from specparse.view import render
from specparse.view.gather import gather
from specparse.view.locate import TextIndex
from specparse.view.site import build_site
from view_fixtures import BARE_SCRIPT_URL, SAMPLE_DOCX, SCRIPT, UNKNOWN_HEADING, small_folder, write_hostile

SAMPLES = sorted(p for p in SAMPLE_DOCX.parent.glob("alameda-*") if not p.name.endswith(".json"))


class _Page(HTMLParser):
    """The page's elements: scripts, links, ids, and the text of each element with an id."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts = 0
        self.hrefs: list[str] = []
        self.ids: set[str] = set()
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.tags.append(tag)
        self.scripts += tag == "script"
        if values.get("href") is not None:
            self.hrefs.append(values["href"] or "")
        if values.get("id"):
            self.ids.add(values["id"] or "")


def _page(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.suffix)
def test_the_page_shows_the_very_record_parse_returns(sample: Path) -> None:
    assert gather(sample).record == parse(sample)


def test_provenance_points_at_the_line_stating_each_header_fact() -> None:
    for sample in SAMPLES:
        gathered = gather(sample)
        record = gathered.record
        by_number = {line.number: line.text for line in gathered.cleaned.body}
        for key, number in record.provenance.items():
            text = re.sub(r"\W", "", by_number[number]).lower()
            value = record.dates.model_dump()[key[6:]] if key.startswith("dates.") else getattr(record, key)
            if key.startswith("dates."):
                assert str(value.year)[2:] in text, (sample.name, key, by_number[number])
            else:
                assert re.sub(r"\W", "", str(value)).lower() in text, (sample.name, key, by_number[number])
        assert "title" in record.provenance, sample.name


def test_provenance_prefers_the_header_block_and_skips_page_furniture() -> None:
    # Wording of our own: a county header block, then the same class code again in the body.
    near = [
        Line("COUNTY OF EXAMPLE", number=1),
        Line("Page header: Class Code 4417", region="header"),
        Line("SENIOR GROUNDS WORKER", number=2),
        Line("FLSA Status: Non-Exempt", number=3),
    ]
    everywhere = [*[line for line in near if line.number], Line("Approved: June 3, 2019", number=9)]

    found = header_provenance(
        {
            "title": "Senior Grounds Worker",
            "class_code": "4417",
            "jurisdiction": "County of Example",
            "flsa": "non_exempt",
            "dates.approved": date(2019, 6, 3),
            "department": None,
        },
        near,
        everywhere,
    )
    assert found == {"title": 2, "jurisdiction": 1, "flsa": 3, "dates.approved": 9}


def test_items_are_found_across_wrapped_and_hyphenated_lines() -> None:
    body = [
        Line("1. Reviews cus-", number=1),
        Line("tomer accounts and answers", number=2),
        Line("inquiries.", number=3),
        Line("2. Reviews customer accounts weekly.", number=4),
    ]
    index = TextIndex(body)
    assert index.find("Reviews customer accounts and answers inquiries.", in_order=True) == (1, 3)
    assert index.find("Reviews customer accounts weekly.", in_order=True) == (4, 4)
    assert index.find("Something never printed") is None
    assert index.find("$ 2") is None  # too short to point at anywhere in a whole document
    assert index.find("2.", (1, 4)) == (4, 4)  # but fine inside a known span


def test_duties_link_to_the_lines_that_print_them() -> None:
    html = render(SAMPLE_DOCX)
    gathered = gather(SAMPLE_DOCX)
    texts = {line.number: line.text for line in gathered.cleaned.body}
    duty_links = re.findall(
        r"<a class='v' href='#L(\d+)' data-rows='(\d+)-(\d+)'>([^<]*)", html.split("id='g-duties'")[1]
    )
    assert len(duty_links) >= len(gathered.record.duties) == 9
    for first, start, end, text in duty_links[:9]:
        assert first == start
        printed = " ".join(texts[n] for n in range(int(start), int(end) + 1))
        assert text.split()[0] in printed


def test_every_line_and_every_section_label_is_on_the_page() -> None:
    html = render(SAMPLE_DOCX)
    page = _page(html)
    record = gather(SAMPLE_DOCX).record
    assert {f"L{n}" for n in range(1, record.source.lines + 1)} <= page.ids
    for section in record.sections:
        assert f"<span class='key'>{section.key.replace('_', '_<wbr>')}</span>" in html


def test_hostile_text_is_shown_as_text_and_never_linked(tmp_path: Path) -> None:
    html = render(write_hostile(tmp_path / "hostile.txt"))
    page = _page(html)
    assert page.scripts == 1  # the page's own script only
    assert "img" not in page.tags
    assert all(href.startswith("#") for href in page.hrefs), page.hrefs
    assert "&lt;script&gt;" in html
    assert SCRIPT not in html
    assert BARE_SCRIPT_URL in html  # shown, as text
    assert "Content-Security-Policy" in html
    assert "http" not in re.sub(r"http-equiv", "", html)


def test_warnings_link_to_their_line_and_dropped_lines_say_why(tmp_path: Path) -> None:
    html = render(write_hostile(tmp_path / "hostile.txt"))
    record = parse(tmp_path / "hostile.txt")
    warning = next(w for w in record.warnings if w.code == "unknown_heading")
    assert UNKNOWN_HEADING in warning.message
    assert f"<li><a class='w' href='#L{warning.line}'" in html
    dropped = re.search(r"<div class='row drop' id='L\d+'>.*?</div>", html)
    assert dropped is not None
    assert "Page 2 of 2" in dropped.group(0)
    assert "dropped: boilerplate pattern" in dropped.group(0)


def test_the_site_has_a_page_per_input_and_an_index_listing_failures(tmp_path: Path) -> None:
    folder = small_folder(tmp_path / "in")
    out = tmp_path / "site"
    code = build_site([str(folder)], str(out), jobs=1, quiet=True)
    assert code == 1  # broken.docx failed: the batch's exit code
    pages = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.html"))
    assert pages == [f"{SAMPLE_DOCX.name}.html", "hostile/widget-inspector.txt.html", "index.html"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "broken.docx" in index
    assert "data-status='corrupt'" in index
    assert f"href='{SAMPLE_DOCX.name}.html'" in index
    assert "&lt;script&gt;" in index
    assert SCRIPT not in index
    hostile_page = (out / "hostile" / "widget-inspector.txt.html").read_text(encoding="utf-8")
    assert "<a href='../index.html'>" in hostile_page
    assert all(href.startswith(("#", "../index.html")) for href in _page(hostile_page).hrefs)


def test_cli_writes_one_page_or_a_site(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["view", str(SAMPLE_DOCX), "-o", str(tmp_path / "a.html")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "a.html").read_text(encoding="utf-8").startswith("<!doctype html>")
    result = runner.invoke(main, ["view", str(SAMPLE_DOCX)])
    assert result.exit_code == 0
    assert "Lead Customer Service Representative" in result.output
    folder = small_folder(tmp_path / "in")
    assert runner.invoke(main, ["view", str(folder)]).exit_code == 2  # a folder needs -o
    result = runner.invoke(main, ["view", str(folder), "-o", str(tmp_path / "site"), "-j", "1", "-q"])
    assert result.exit_code == 1  # one input failed
    assert (tmp_path / "site" / "index.html").is_file()
    result = runner.invoke(main, ["view", str(tmp_path / "in" / "broken.docx")])
    assert result.exit_code == 1
    assert "corrupt" in result.output
