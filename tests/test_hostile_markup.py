"""Hostile HTML and RTF built in the test: deep nesting, entities, lying charsets, bogus control words."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from hostile_files import BILLION_LAUGHS, outcome
from specparse import limits

CLEAN = {"ok", "empty", "corrupt", "too_large", "unsupported"}
SECRET = "TOP-SECRET-html-4b1d"
HTML_SPEC = "<html><body><h2>DEFINITION</h2><p>Cleans things.</p><h2>EXAMPLE OF DUTIES</h2><ul><li>Sweeps.</li></ul>"
RTF_SPEC = r"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}\pard\b DEFINITION\b0\par Cleans things.\par}"


@pytest.fixture(autouse=True, scope="module")
def _warm_up() -> None:
    outcome(HTML_SPEC.encode(), "warm.html")
    outcome(RTF_SPEC.encode(), "warm.rtf")


def timed(data: bytes, name: str) -> tuple[str, str, float]:
    start = time.monotonic()
    status, message, _ = outcome(data, name)
    return status, message, time.monotonic() - start


def test_plain_html_and_rtf_read() -> None:
    for data, name in ((HTML_SPEC.encode(), "spec.html"), (RTF_SPEC.encode(), "spec.rtf")):
        status, message, spec = outcome(data, name)
        assert status == "ok", message
        assert spec.definition == "Cleans things."


# --- HTML ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("tag", ["div", "b", "table><tr><td", "ul><li"])
def test_html_nested_100k_deep(tag: str) -> None:
    close = "</" + "></".join(reversed(tag.split("><"))) + ">"
    page = "<html><body><p>DEFINITION</p>" + f"<{tag}>" * 100_000 + "deep" + close * 100_000 + "</body></html>"
    status, message, seconds = timed(page.encode(), "deep.html")
    assert status in CLEAN, message
    assert seconds < 5


def test_html_depth_limit_is_configurable() -> None:
    """Past ``html_max_depth`` the reader stops walking and keeps the deeper content as flat text."""
    page = HTML_SPEC + "<div>" * 80 + "<p>deep text</p>" + "</div>" * 80
    with limits.override(html_max_depth=50):
        status, message, spec = outcome(page.encode(), "deep.html")
    assert status == "ok", message
    assert "deep text" in spec.model_dump_json()


def test_html_past_the_parser_depth_is_refused_with_its_reason() -> None:
    page = "<html><body><p>DEFINITION</p>" + "<div>" * 5_000 + "deep" + "</div>" * 5_000
    status, message, _ = outcome(page.encode(), "deep.html")
    assert status in {"too_large", "corrupt"}, message
    assert "nested" in message


def test_html_external_entity_never_leaks(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    page = (
        f'<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>\n'
        "<html><body><h2>DEFINITION</h2><p>Cleans &xxe; things.</p><p>More.</p><div>x</div></body></html>"
    )
    status, message, spec = outcome(page.encode(), "xxe.html")
    assert status in CLEAN, message
    assert SECRET not in message
    if spec is not None:
        assert SECRET not in spec.model_dump_json()


def test_html_billion_laughs_does_not_expand() -> None:
    page = f'<?xml version="1.0"?>\n{BILLION_LAUGHS.replace("lolz", "html")}\n<html><body><p>DEFINITION</p><p>&lol9;</p><div>x</div></body></html>'
    status, message, seconds = timed(page.encode(), "lol.html")
    assert status in CLEAN, message
    assert seconds < 2
    _, _, spec = outcome(page.encode(), "lol.html")
    if spec is not None:
        assert "lollollol" not in spec.model_dump_json()


@pytest.mark.parametrize("charset", ["utf-7", "utf-32", "x-no-such-charset", "utf-16", "../../etc/passwd", "a" * 5000])
def test_html_lying_charset(charset: str) -> None:
    page = f'<html><head><meta charset="{charset}"></head><body><h2>DEFINITION</h2><p>Cleans things.</p></body></html>'
    status, message, _ = outcome(page.encode(), "charset.html")
    assert status in {"ok", "empty", "corrupt"}, message


def test_html_many_unclosed_tags_and_huge_attribute() -> None:
    page = HTML_SPEC + "<p>" * 50_000 + f'<a href="{"x" * 5_000_000}">link</a>'
    status, message, seconds = timed(page.encode(), "unclosed.html")
    assert status in CLEAN, message
    assert seconds < 10


# --- RTF -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("depth", [2_000, 200_000])
def test_rtf_groups_nested_deep(depth: int) -> None:
    data = r"{\rtf1\ansi DEFINITION\par " + "{" * depth + "deep" + "}" * depth + "}"
    status, message, seconds = timed(data.encode(), "deep.rtf")
    assert status in CLEAN, message
    assert seconds < 5


def test_rtf_depth_limit_is_configurable() -> None:
    data = r"{\rtf1\ansi DEFINITION\par Cleans.\par " + "{" * 80 + "deep" + "}" * 80 + "}"
    with limits.override(rtf_max_depth=50):
        status, message, _ = outcome(data.encode(), "deep.rtf")
    assert status == "too_large", message
    assert "SPECPARSE_RTF_MAX_DEPTH" in message


@pytest.mark.parametrize(
    "body",
    [
        r"\bin999999999 abc",
        r"\bin-5 abc",
        r"\u99999999999? \u-99999? \u65535? text",
        r"\'zz\'\'\'",
        r"\ansicpg99999 text",
        r"{\*\pict " + "ab" * 2_000_000 + "}",
        r"{\field{\*\fldinst " * 5_000 + "x" + "}}" * 5_000,
        "}" * 10_000,
        "\\" * 10_000,
        r"\par" * 200_000,
        r"\uc99999 \u66? text",
        "\\" + "a" * 100_000,
    ],
    ids=[
        "bin-huge",
        "bin-negative",
        "unicode-range",
        "bad-hex",
        "bad-codepage",
        "huge-pict",
        "nested-fields",
        "closers",
        "backslashes",
        "many-pars",
        "uc-huge",
        "long-word",
    ],
)
def test_rtf_bogus_control_words(body: str) -> None:
    data = r"{\rtf1\ansi\deff0 DEFINITION\par " + body + r"\par}"
    status, message, seconds = timed(data.encode("latin-1"), "bogus.rtf")
    assert status in CLEAN, message
    assert seconds < 5


def test_rtf_unterminated() -> None:
    status, message, _ = outcome(rb"{\rtf1\ansi {\b DEFINITION\par Cleans things.", "cut.rtf")
    assert status in CLEAN, message


@pytest.mark.parametrize(
    "element",
    [
        '<iframe src="{uri}"></iframe>',
        '<object data="{uri}"></object>',
        '<link rel="import" href="{uri}">',
        '<img src="{uri}">',
        '<frameset><frame src="{uri}"></frameset>',
    ],
    ids=["iframe", "object", "import", "img", "frame"],
)
def test_html_never_loads_what_it_points_at(element: str, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    page = HTML_SPEC + element.format(uri=secret.as_uri()) + "</body></html>"
    status, message, spec = outcome(page.encode(), "refs.html")
    assert status in CLEAN, message
    if spec is not None:
        assert SECRET not in spec.model_dump_json()


def test_rtf_include_fields_are_not_followed(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    path = str(secret).replace("\\", "\\\\")
    data = (
        r"{\rtf1\ansi DEFINITION\par Cleans "
        + r"{\field{\*\fldinst INCLUDETEXT \""
        + path
        + r"\"}{\fldrslt shown result}}"
        + r"{\field{\*\fldinst INCLUDEPICTURE \""
        + path
        + r"\"}{\fldrslt }}"
        + r" things.\par}"
    )
    status, message, spec = outcome(data.encode(), "include.rtf")
    assert status == "ok", message
    dumped = spec.model_dump_json()
    assert SECRET not in dumped
    assert "shown result" in dumped
