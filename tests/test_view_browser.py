"""The review pages in a real browser (headless Chromium from the system, driven by Playwright).

What a person sees: the section labels in the margin, a click on a duty lighting up its lines, a click
on a warning scrolling to its line, a hostile spec's script shown as text and never run, and the index
filtering by status. Screenshots of each page (laptop screen and print) are kept in tests/artifacts/.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from specparse.view import render
from specparse.view.site import build_site
from view_fixtures import SAMPLE_DOCX, SCRIPT, UNKNOWN_HEADING, small_folder, write_hostile

CHROMIUM = Path("/usr/bin/chromium")
# No downloads, no background traffic: the pages must work entirely offline.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LAPTOP = {"width": 1366, "height": 768}
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
if not CHROMIUM.exists():
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium; .ci/run installs it)", allow_module_level=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport=LAPTOP)
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.requests = []
    page.on("request", lambda request: page.requests.append(request.url))
    yield page
    context.close()


def _open(page: Any, path: Path) -> None:
    page.goto(path.as_uri())
    page.wait_for_load_state("load")


def _keep(page: Any, name: str) -> None:
    """Screenshots of the page on a laptop screen and as printed, for a person to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
    page.emulate_media(media="print")
    page.screenshot(path=str(ARTIFACTS / f"{name}.print.png"), full_page=True)
    page.emulate_media(media="screen")


def _in_view(page: Any, selector: str) -> bool:
    return bool(
        page.eval_on_selector(
            selector,
            "e => { const r = e.getBoundingClientRect(), p = document.getElementById('doc').getBoundingClientRect();"
            " return r.top >= p.top && r.bottom <= p.bottom; }",
        )
    )


def test_sample_page_shows_sections_in_the_margin_and_lights_up_a_duty(page: Any, tmp_path: Path) -> None:
    target = tmp_path / "alameda.html"
    target.write_text(render(SAMPLE_DOCX), encoding="utf-8")
    _open(page, target)
    labels = page.locator(".span .label .key")
    shown = [text.replace("\u200b", "") for text in labels.all_inner_texts()]
    assert {"definition", "duties", "knowledge", "abilities"} <= set(shown)
    assert page.locator(".span .label .key", has_text="duties").is_visible()
    duty = page.locator("#g-duties a.v").nth(7)
    words = duty.inner_text().split()[:3]
    duty.click()
    lit = page.locator(".row.hl")
    assert lit.count() >= 1
    assert " ".join(words) in " ".join(lit.all_inner_texts())
    assert _in_view(page, ".row.hl")
    assert page.locator("#g-duties a.v.active").count() == 1
    # The reverse way: a click on a document line lights up what the record read from it.
    page.locator("#L12 .tx").click()
    active = page.locator("#record a.v.active")
    assert active.count() >= 1
    assert page.locator("#g-duties a.v.active").count() == 1
    assert "Participates in the development" in page.locator("#g-duties a.v.active").inner_text()
    duty.click()
    _keep(page, "view-sample")
    page.pdf(path=str(tmp_path / "alameda.pdf"))
    assert (tmp_path / "alameda.pdf").read_bytes().startswith(b"%PDF")
    assert page.requests == [target.as_uri()]  # nothing fetched beyond the page itself


def test_print_puts_the_record_first_and_drops_the_panes(page: Any, tmp_path: Path) -> None:
    target = tmp_path / "alameda.html"
    target.write_text(render(SAMPLE_DOCX), encoding="utf-8")
    _open(page, target)
    page.emulate_media(media="print")
    record, doc = (page.locator(selector).bounding_box() for selector in ("#record", "#doc"))
    assert record["y"] < doc["y"]
    assert page.eval_on_selector("#doc", "e => getComputedStyle(e).overflowY") == "visible"


def test_hostile_script_is_text_and_a_warning_scrolls_to_its_line(page: Any, tmp_path: Path) -> None:
    target = tmp_path / "hostile.html"
    target.write_text(render(write_hostile(tmp_path / "widget-inspector.txt")), encoding="utf-8")
    _open(page, target)
    assert page.evaluate("window.PWNED") is None
    assert page.title().startswith("SENIOR WIDGET INSPECTOR <script>")  # the title shows the markup, not its effect
    assert page.dialogs == []
    assert page.locator("img").count() == 0
    assert SCRIPT in page.locator("h1").inner_text()
    assert page.get_by_text(SCRIPT).first.is_visible()
    warning = page.locator("#warnings a", has_text=UNKNOWN_HEADING)
    row = warning.get_attribute("href")
    assert row is not None
    assert not _in_view(page, row)
    warning.click()
    assert _in_view(page, row)
    assert "hl" in (page.locator(row).get_attribute("class") or "")
    _keep(page, "view-hostile")


def test_index_lists_every_input_and_filters_by_status(page: Any, tmp_path: Path) -> None:
    folder = small_folder(tmp_path / "in")
    site = tmp_path / "site"
    assert build_site([str(folder)], str(site), jobs=1, quiet=True) == 1
    _open(page, site / "index.html")
    rows = page.locator("#specs tbody tr")
    assert rows.count() == 3
    page.select_option("#status", "failed")
    visible = page.locator("#specs tbody tr:not([hidden])")
    assert visible.count() == 1
    assert "broken.docx" in visible.inner_text()
    assert page.locator("#shown").inner_text() == "1 of 3 shown"
    page.select_option("#status", "")
    page.fill("#q", "widget")
    assert page.locator("#specs tbody tr:not([hidden])").count() == 1
    page.fill("#q", "")
    page.click("th:has-text('Duties')")
    page.click("th:has-text('Duties')")  # descending: the most duties first
    assert "widget-inspector" in page.locator("#specs tbody tr").first.inner_text()
    _keep(page, "view-index")
    page.locator("a", has_text="widget-inspector").click()
    page.wait_for_load_state("load")
    assert page.evaluate("window.PWNED") is None
    assert page.locator("nav a").get_attribute("href") == "../index.html"


@pytest.fixture(autouse=True, scope="module")
def _fresh_artifacts() -> None:
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
