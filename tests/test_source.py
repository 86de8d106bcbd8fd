"""Reading inputs and sniffing formats from content, the extension being only a hint."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from specparse.errors import InputReadError, LimitExceededError, SkippedInputError, UnsupportedFormatError
from specparse.source import make_source, read_input, sniff


def _zip(names: list[str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"%PDF-1.7\n...", "pdf"),
        (b"\xef\xbb\xbf%PDF-1.4", "pdf"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504, "doc"),
        (b"{\\rtf1\\ansi hello}", "rtf"),
        (b"  \r\n{\\rtf1 hello}", "rtf"),
        (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        (b"<html><head><title>t</title></head></html>", "html"),
        (b"<!-- saved from url --><html>", "html"),
        (b'<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument>', "wordml"),
        (b"DEFINITION\nUnder direction, performs...\n", "text"),
        ("DÉFINITION — résumé\n".encode(), "text"),
        ("DEFINITION\r\n".encode("utf-16"), "text"),
        ("DEFINITION of the class\r\n".encode("utf-16-le"), "text"),  # UTF-16 without a BOM
        (b"Caf\xe9 supervisor\n", "text"),  # cp1252
        (b"", "text"),
    ],
)
def test_sniff_by_content(data: bytes, expected: str) -> None:
    assert sniff(data) == expected


def test_sniff_docx_zip() -> None:
    assert sniff(_zip(["[Content_Types].xml", "word/document.xml"])) == "docx"


@pytest.mark.parametrize(
    ("names", "message"),
    [
        (["xl/workbook.xml"], "spreadsheet"),
        (["ppt/presentation.xml"], "presentation"),
        (["mimetype", "content.xml"], "OpenDocument"),
        (["readme.txt"], "zip archive"),
    ],
)
def test_sniff_other_zips_are_unsupported(names: list[str], message: str) -> None:
    with pytest.raises(UnsupportedFormatError, match=message):
        sniff(_zip(names))


def test_binary_junk_is_unsupported() -> None:
    with pytest.raises(UnsupportedFormatError):
        sniff(bytes(range(256)) * 4)


def test_markdown_needs_the_hint_or_several_marks() -> None:
    assert sniff(b"just one line\n", hint="markdown") == "markdown"
    assert sniff(b"# Title\n\n- a\n- b\n") == "markdown"


def test_extension_is_a_hint_and_mismatch_is_reported() -> None:
    source = make_source(b"{\\rtf1 hello}", "spec.doc")
    assert source.format == "rtf"
    assert source.hint == "doc"
    assert source.mismatch


def test_text_and_markdown_are_no_mismatch() -> None:
    assert not make_source(b"# Title\n- a\n- b\n- c\n", "spec.txt").mismatch


def test_forced_format_wins() -> None:
    assert make_source(b"plain", "x.txt", format="markdown").format == "markdown"
    with pytest.raises(UnsupportedFormatError, match="unknown format"):
        make_source(b"plain", "x.txt", format="xls")


def test_word_lock_files_are_skipped() -> None:
    with pytest.raises(SkippedInputError, match="lock file"):
        make_source(b"\x05owner", "folder/~$spec.docx")


def test_read_input_from_path_bytes_and_stream(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"abc")
    assert read_input(path) == (b"abc", str(path))
    assert read_input(b"abc") == (b"abc", "<bytes>")
    assert read_input(io.BytesIO(b"abc"), name="s.txt") == (b"abc", "s.txt")


def test_read_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputReadError, match="no such file"):
        read_input(tmp_path / "missing.txt")
    with pytest.raises(InputReadError, match="directory"):
        read_input(tmp_path)
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 100)
    with pytest.raises(LimitExceededError, match="limit"):
        read_input(big, max_bytes=10)
    with pytest.raises(LimitExceededError):
        read_input(io.BytesIO(b"x" * 100), max_bytes=10)
    with pytest.raises(TypeError, match="binary mode"):
        read_input(io.StringIO("text"))  # type: ignore[arg-type]
