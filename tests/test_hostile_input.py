"""Hostile input before any reader: sizes, endless files, odd paths, wrong names, odd encodings, the limits themselves."""

from __future__ import annotations

import codecs
import logging
import os
import random
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pytest

from hostile_files import make_pdf, outcome, text_page
from specparse import limits
from specparse.errors import STATUSES, InputReadError, LimitExceededError, status_of
from specparse.limits import InvalidLimitError, Limits, parse_size
from specparse.pipeline import NOISY_LOGGERS, library_noise_hidden, parse

SPEC_TEXT = "CLEANER\n\nDEFINITION\nCleans things.\n\nEXAMPLE OF DUTIES\n1. Sweeps floors.\n2. Empties bins.\n"


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "specparse", *args],
        capture_output=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
    )


# --- size ----------------------------------------------------------------------------------------


def test_input_size_limit_names_its_setting(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(SPEC_TEXT * 100)
    with pytest.raises(LimitExceededError, match=r"over the 1,000-byte limit \(set SPECPARSE_MAX_INPUT_BYTES\)"):
        parse(path, max_bytes=1000)
    with pytest.raises(LimitExceededError):
        parse(path, limits=Limits(max_input_bytes=1000))


def test_input_size_limit_from_the_environment_through_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(SPEC_TEXT * 100)
    result = cli(str(path), env={"SPECPARSE_MAX_INPUT_BYTES": "1K"})
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        f"specparse: error: {path}: too_large: input is {path.stat().st_size:,} bytes, over the 1,024-byte limit "
        "(set SPECPARSE_MAX_INPUT_BYTES)"
    ]


def test_bad_limit_setting_is_one_clean_line(tmp_path: Path) -> None:
    path = tmp_path / "spec.txt"
    path.write_text(SPEC_TEXT)
    result = cli(str(path), env={"SPECPARSE_ZIP_MAX_ENTRIES": "lots"})
    assert result.returncode == 1
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1
    assert "SPECPARSE_ZIP_MAX_ENTRIES: cannot read 'lots' as a size" in lines[0]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_endless_file_is_read_no_further_than_the_limit() -> None:
    start = time.monotonic()
    with pytest.raises(LimitExceededError):
        parse("/dev/zero", max_bytes=1024 * 1024)
    assert time.monotonic() - start < 2


def test_stream_input_is_bounded() -> None:
    class Endless:
        def read(self, size: int = -1) -> bytes:
            assert size > 0, "an unbounded read of a stream"
            return b"a" * size

    with pytest.raises(LimitExceededError):
        parse(Endless(), max_bytes=4096)  # type: ignore[arg-type]


# --- paths ---------------------------------------------------------------------------------------


def test_directory_missing_and_unreadable(tmp_path: Path) -> None:
    assert outcome_of_path(tmp_path) == ("io_error", "is a directory")
    assert outcome_of_path(tmp_path / "nope.docx") == ("io_error", "no such file")
    locked = tmp_path / "locked.txt"
    locked.write_text(SPEC_TEXT)
    locked.chmod(0)
    if os.access(locked, os.R_OK):  # root reads anything
        pytest.skip("running as root: permissions are not enforced")
    assert outcome_of_path(locked) == ("io_error", "permission denied")


def outcome_of_path(path: Path) -> tuple[str, str]:
    try:
        parse(path)
    except Exception as exc:
        return status_of(exc), str(exc)
    return "ok", ""


def test_io_error_is_its_own_status() -> None:
    assert InputReadError.status == "io_error"
    assert status_of(OSError("disk gone")) == "io_error"
    assert status_of(MemoryError()) == "too_large"
    assert status_of(KeyError("bug")) == "crashed"
    assert set(STATUSES) >= {"ok", "timeout", "crashed", "skipped"}


# --- names that lie ------------------------------------------------------------------------------


def test_lock_file_is_skipped_whatever_it_holds() -> None:
    assert outcome(SPEC_TEXT.encode(), "~$spec.docx")[0] == "skipped"


@pytest.mark.parametrize("name", ["spec.pdf", "spec.docx", "spec.doc", "spec.rtf", "spec"])
def test_text_with_a_wrong_extension_is_read_as_text(name: str) -> None:
    status, message, spec = outcome(SPEC_TEXT.encode(), name)
    assert status == "ok", message
    assert spec.source.format == "text"
    if "." in name:
        assert "format_mismatch" in {w.code for w in spec.warnings}


def test_pdf_named_docx_is_read_as_pdf() -> None:
    pdf = make_pdf([text_page("DEFINITION", "Cleans things.")])
    status, message, spec = outcome(pdf, "spec.docx")
    assert status == "ok", message
    assert spec.source.format == "pdf"


def random_bytes(seed: int, size: int = 4096) -> bytes:
    return random.Random(seed).randbytes(size)


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 8,
        b"\x89PNG\r\n\x1a\n" + random_bytes(1),
        b"GIF89a" + random_bytes(2),
        b"\x7fELF" + random_bytes(3),
        random_bytes(4),
    ],
    ids=["all-bytes", "png", "gif", "elf", "random"],
)
def test_binary_junk_is_unsupported(data: bytes) -> None:
    assert outcome(data, "junk.txt")[0] == "unsupported"


def test_all_zero_bytes_are_no_text() -> None:
    assert outcome(bytes(4096), "zeros.txt")[0] in {"empty", "unsupported"}


# --- encodings -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoded",
    [
        codecs.BOM_UTF8 + SPEC_TEXT.encode(),
        codecs.BOM_UTF16_LE + SPEC_TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + SPEC_TEXT.encode("utf-16-be"),
        SPEC_TEXT.encode("utf-16-le"),
        SPEC_TEXT.encode("utf-16-be"),
        SPEC_TEXT.replace("things", "caf\u00e9s \u2013 \u201cclean\u201d").encode("cp1252"),
        SPEC_TEXT.replace("things", "na\u00efve").encode("latin-1"),
        SPEC_TEXT.replace("\n", "\r").encode(),
        SPEC_TEXT.replace("\n", "\r\n").encode(),
        SPEC_TEXT.encode()[:-3] + b"\xe2\x80",  # cut inside a UTF-8 character
    ],
    ids=[
        "utf8-bom",
        "utf16le-bom",
        "utf16be-bom",
        "utf16le",
        "utf16be",
        "cp1252",
        "latin1",
        "cr",
        "crlf",
        "cut",
    ],
)
def test_odd_encodings_read_the_text(encoded: bytes) -> None:
    status, message, spec = outcome(encoded, "spec.txt")
    assert status == "ok", message
    assert spec.definition
    assert spec.definition.startswith("Cle")
    assert "\ufffd" not in (spec.definition or "")


def test_one_long_paragraph_is_quick() -> None:
    """A 100 KB paragraph without a date (a Word cell holding every duty, or a hostile file)."""
    outcome(b"DEFINITION\nwarm up.\n", "warm.txt")
    start = time.monotonic()
    status, message, _ = outcome(("word " * 20_000).encode(), "one-line.txt")
    assert status in {"ok", "empty"}, message
    assert time.monotonic() - start < 2, "super-linear work on one long line"


def test_many_lines_are_linear() -> None:
    outcome(b"DEFINITION\nwarm up.\n", "warm.txt")
    timings = []
    for count in (4_000, 16_000):
        start = time.monotonic()
        status, message, _ = outcome(b"DEFINITION\nText.\n" + b"x\n\n" * count, "lines.txt")
        assert status == "ok", message
        timings.append(time.monotonic() - start)
    assert timings[1] < timings[0] * 4 * 2 + 0.5, f"4x the lines took {timings[1] / timings[0]:.1f}x the time"


# --- the limits module -------------------------------------------------------------------------


def test_limits_from_environment_and_override() -> None:
    env = {"SPECPARSE_ZIP_MAX_ENTRIES": "5_000", "SPECPARSE_PDF_MAX_STREAM_BYTES": "8M", "SPECPARSE_OTHER": "x"}
    loaded = Limits.from_env(env)
    assert loaded.zip_max_entries == 5000
    assert loaded.pdf_max_stream_bytes == 8 * 1024 * 1024
    assert loaded.html_max_depth == limits.HTML_MAX_DEPTH
    with limits.override(zip_max_entries=7):
        assert limits.current().zip_max_entries == 7
        with limits.override(html_max_depth=3):
            assert (limits.current().zip_max_entries, limits.current().html_max_depth) == (7, 3)
    assert limits.current().zip_max_entries == Limits.from_env().zip_max_entries


def test_the_environment_is_read_afresh_on_every_call(monkeypatch: pytest.MonkeyPatch) -> None:
    # The limits built from the environment are remembered per set of values, never per process.
    monkeypatch.setenv("SPECPARSE_HTML_MAX_DEPTH", "40")
    assert limits.current().html_max_depth == 40
    monkeypatch.setenv("SPECPARSE_HTML_MAX_DEPTH", "41")
    assert limits.current().html_max_depth == 41
    monkeypatch.setenv("SPECPARSE_HTML_MAX_DEPTH", "forty")
    for _ in range(2):  # a bad value fails each time it is read, not only the first
        with pytest.raises(InvalidLimitError, match="SPECPARSE_HTML_MAX_DEPTH"):
            limits.current()
    monkeypatch.delenv("SPECPARSE_HTML_MAX_DEPTH")
    assert limits.current().html_max_depth == limits.HTML_MAX_DEPTH


@pytest.mark.parametrize("text", ["", "-5", "1.5M", "ten", "5X"])
def test_bad_sizes_are_refused(text: str) -> None:
    with pytest.raises(InvalidLimitError):
        parse_size(text)


def test_limits_must_be_positive() -> None:
    with pytest.raises(InvalidLimitError):
        Limits(zip_max_entries=0)


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (lambda: limits.check_depth("html", 9, Limits(html_max_depth=8)), "HTML elements nested deeper than 8 levels"),
        (lambda: limits.check_depth("rtf", 9, Limits(rtf_max_depth=8)), "RTF groups nested deeper than 8"),
        (lambda: limits.check_depth("pdf", 9, Limits(pdf_max_depth=8)), "SPECPARSE_PDF_MAX_DEPTH"),
        (lambda: limits.check_depth("word", 9, Limits(word_max_nesting=8)), "SPECPARSE_WORD_MAX_NESTING"),
        (lambda: limits.check_count("ole_sectors", 9, Limits(ole_max_sectors=8)), "spans more than 8 sectors"),
        (lambda: limits.check_count("doc_pieces", 9, Limits(doc_max_pieces=8)), "piece table"),
        (lambda: limits.check_count("doc_chars", 9, Limits(doc_max_chars=8)), "characters"),
        (lambda: limits.check_stream_size(9, limits=Limits(pdf_max_stream_bytes=8)), "decompresses to over 8"),
        (lambda: limits.check_part_size("word/document.xml", 9, Limits(zip_max_part_bytes=8)), "word/document.xml"),
    ],
)
def test_each_limit_has_its_own_message(call: object, expected: str) -> None:
    with pytest.raises(LimitExceededError, match=expected):
        call()  # type: ignore[operator]


# --- library noise -------------------------------------------------------------------------------


def test_library_noise_is_hidden_unless_logging_is_configured(
    capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logging.root, "handlers", [])  # as in the CLI without --debug (pytest adds its own)
    monkeypatch.setattr(sys, "warnoptions", [])
    with library_noise_hidden():
        for name in NOISY_LOGGERS:
            logging.getLogger(f"{name}.page").warning("CropBox missing from /Page, defaulting to MediaBox")
        warnings.warn("font widths missing", UserWarning, stacklevel=1)
    captured = capfd.readouterr()
    assert captured.err == ""
    assert captured.out == ""


def test_debug_shows_library_warnings(tmp_path: Path) -> None:
    """--debug configures logging, so the records reach stderr (as the one place they are asked for)."""
    code = (
        "import logging\n"
        "logging.basicConfig(level=logging.WARNING)\n"
        "from specparse.pipeline import library_noise_hidden\n"
        "with library_noise_hidden():\n"
        "    logging.getLogger('pdfminer.pdfpage').warning('CropBox missing')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert b"CropBox missing" in result.stderr
