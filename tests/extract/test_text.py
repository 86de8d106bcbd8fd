"""The text and Markdown reader: encodings, and Markdown markup turned into structural hints."""

from __future__ import annotations

import pytest

from specparse.decoding import decode_text
from specparse.errors import EmptyDocumentError
from specparse.extract.text import extract
from specparse.source import make_source


def lines_of(data: bytes, name: str = "spec.txt") -> list[tuple[str, int | None, bool, bool]]:
    extraction = extract(make_source(data, name))
    return [(line.text, line.heading_level, line.bold, line.list_item) for line in extraction.lines]


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("Résumé".encode(), "Résumé"),
        (b"\xef\xbb\xbfR\xc3\xa9sum\xc3\xa9", "Résumé"),
        ("Résumé".encode("utf-16"), "Résumé"),
        ("Résumé".encode("utf-16-be"), "Résumé"),
        (b"R\xe9sum\xe9 \x93quoted\x94", "Résumé \u201cquoted\u201d"),  # cp1252 fallback
        (b"cut mid-character \xc3", "cut mid-character \ufffd"),
    ],
)
def test_decoding(data: bytes, text: str) -> None:
    assert decode_text(data) == text


def test_markdown_markup_becomes_hints() -> None:
    data = b"## LEAD WORKER\n### **DEFINITION**\n**Knowledge**\n- first *item*\n1. numbered\n---\n> quoted [link](http://x)\n"
    assert lines_of(data, "spec.md") == [
        ("LEAD WORKER", 2, False, False),
        ("DEFINITION", 3, False, False),
        ("Knowledge", None, True, False),
        ("\u2022 first item", None, False, True),
        ("1. numbered", None, False, False),
        ("", None, False, False),
        ("quoted link", None, False, False),
    ]


def test_navigation_rows_of_links_are_dropped_but_tables_kept() -> None:
    data = (
        b'| <a href="#">Salary Schedule</a> | <a href="#">MOU</a> |\n'
        b"|---|---|\n"
        b"| [Home](/) | [Jobs](/jobs) |\n"
        b"| Class Code | 7565 |\n"
    )
    # Each table row is a paragraph of its own, so the kept row is followed by its paragraph break.
    assert [text for text, *_ in lines_of(data)] == ["", "", "", "Class Code  7565", ""]


def test_windows_paths_keep_their_backslashes() -> None:
    assert lines_of(b"G:\\Personnel\\SPECS\\x.doc\n")[0][0] == "G:\\Personnel\\SPECS\\x.doc"


def test_markdown_escapes_are_undone() -> None:
    assert lines_of(b"5 \\* 3 \\_x\\_\n", "a.md")[0][0] == "5 * 3 _x_"


@pytest.mark.parametrize("data", [b"", b"   \n\n\t", "\n".encode("utf-16")])
def test_no_text_is_empty(data: bytes) -> None:
    with pytest.raises(EmptyDocumentError):
        extract(make_source(data, "x.txt"))
