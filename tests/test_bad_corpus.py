"""The real broken and hostile files in ../shared/corpus/bad/: each ends with its status, one line, no traceback.

Every file is run twice: through ``specparse.parse`` (the status a batch report would record) and through
the installed CLI in its own process (exactly one ``specparse: error: FILE: cause`` line on stderr and
exit 1, or JSON on stdout and a silent stderr for the files that must convert), within a time and
memory budget measured on that process.
"""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import CORPUS
from specparse.errors import STATUSES, status_of
from specparse.pipeline import parse
from specparse.source import hint_from_name

BAD = CORPUS / "bad"
pytestmark = pytest.mark.corpus

# Budgets per file for the CLI process, start-up included (a cold interpreter takes ~0.5 s, ~60 MB).
MAX_SECONDS = 20.0
MAX_RSS_MB = 400

# name -> (the statuses the contract allows, a pattern the error message must match)
# Where PROVENANCE.tsv allows two outcomes ("partial text recovery or clean per-file error") both are
# listed; anything else (crashed, timeout, a traceback, a wrong class of error) fails.
EXPECTED: dict[str, tuple[frozenset[str], str | None]] = {
    "doc_empty_document.doc": (frozenset({"empty"}), None),
    "doc_fuzzed_clusterfuzz_5418937293340672.doc": (frozenset({"corrupt"}), None),
    "doc_password_protected.doc": (frozenset({"encrypted"}), r"password|encrypt"),
    # The doc reader reads Word 6/95 text; PROVENANCE also allows a clean 'unsupported Word version'.
    "doc_word6_old_fib.doc": (frozenset({"ok", "unsupported"}), r"word|version"),
    "doc_word95_old_fib.doc": (frozenset({"ok", "unsupported"}), r"word|version"),
    "docx_encrypted_ole_container.docx": (frozenset({"encrypted"}), r"password|encrypt"),
    "docx_fuzzed_clusterfuzz_5313273089884160.docx": (frozenset({"corrupt"}), None),
    # Strict OOXML: read it, or say it is not supported; never an empty spec as success.
    "docx_iso_strict_namespaces.docx": (frozenset({"ok", "unsupported"}), r"strict"),
    # The body is one empty paragraph holding a bookmark: no text, and no crash on the missing styles part.
    "docx_missing_styles_part.docx": (frozenset({"empty"}), None),
    "docx_truncated_zip.docx": (frozenset({"corrupt"}), r"zip|truncat|damaged"),
    # POI expects the entity unresolved; refusing the DOCTYPE is the other clean outcome.
    "docx_xxe_external_entity.docx": (frozenset({"ok", "corrupt"}), r"entit|doctype"),
    "empty_zero_bytes.txt": (frozenset({"empty"}), None),
    "ole_corrupt_property_set_61300.bin": (frozenset({"unsupported", "corrupt"}), None),
    "ole_short_last_block.wps": (frozenset({"unsupported", "corrupt"}), None),
    "pdf_broken_xref_issue297.pdf": (frozenset({"ok"}), None),
    "pdf_circular_form_xobjects.pdf": (frozenset({"ok", "corrupt"}), None),
    "pdf_corrupt_zlib_stream.pdf": (frozenset({"ok", "corrupt"}), None),
    "pdf_encrypted_aes256_r6_userpw.pdf": (frozenset({"encrypted"}), r"password"),
    "pdf_encrypted_empty_userpw_r6.pdf": (frozenset({"ok"}), None),
    "pdf_header_only_not_a_pdf.pdf": (frozenset({"corrupt"}), r"pdf"),
    # Its four pages hold only "Page1".."Page4", which the cleaner drops as page markers (see
    # test_missing_xref_trailer_pages_are_recovered for the reader's part).
    "pdf_missing_xref_trailer.pdf": (frozenset({"empty"}), None),
    "pdf_page_without_contents.pdf": (frozenset({"empty"}), None),
    "pdf_scanned_image_no_text_layer.pdf": (frozenset({"empty"}), r"scan|ocr|text layer"),
    "txt_latin1_not_utf8.txt": (frozenset({"ok"}), None),
    "txt_utf16le_no_bom.txt": (frozenset({"ok"}), None),
    "word2003_flat_xml.xml": (frozenset({"ok"}), None),
    "xlsx_billion_laughs_poc_xmlbomb.xlsx": (frozenset({"unsupported"}), r"spreadsheet"),
    "~$strict.docx": (frozenset({"skipped"}), r"lock file"),
}

PDF_USER_PASSWORD = "usersecret"  # from pdfminer.six's test of aes-256-r6.pdf


def outcome(path: Path, **options: str) -> tuple[str, str]:
    """The status and message ``parse`` ends with, as a batch report would record them."""
    try:
        parse(path, **options)
    except Exception as exc:
        return status_of(exc), str(exc)
    return "ok", ""


def bad_files() -> list[str]:
    return sorted(EXPECTED)


@dataclass(frozen=True)
class CliRun:
    returncode: int
    stdout: bytes
    stderr: bytes
    seconds: float
    max_rss_mb: float


def run_cli(*args: str) -> CliRun:
    """Run ``python -m specparse ARGS``; measure its wall time and, with wait4, its own peak memory."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        process = subprocess.Popen(
            [sys.executable, "-m", "specparse", *args], stdin=subprocess.DEVNULL, stdout=out, stderr=err
        )
        killer = threading.Timer(MAX_SECONDS * 3, process.kill)  # a hang still ends the test
        killer.start()
        try:
            _, wait_status, usage = os.wait4(process.pid, 0)
        finally:
            killer.cancel()
        process.returncode = os.waitstatus_to_exitcode(wait_status)
        seconds = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        return CliRun(process.returncode, out.read(), err.read(), seconds, usage.ru_maxrss / 1024)


@pytest.fixture(scope="module")
def cli_runs() -> dict[str, CliRun]:
    """Every bad file through the CLI, four processes at a time."""
    if not BAD.is_dir():
        pytest.skip(f"the shared corpus is not present at {BAD}")
    names = bad_files()
    with ThreadPoolExecutor(max_workers=4) as pool:
        runs = list(pool.map(lambda name: run_cli(str(BAD / name)), names))
    return dict(zip(names, runs, strict=True))


def test_every_bad_file_has_an_expectation(corpus: Path) -> None:
    on_disk = {p.name for p in (corpus / "bad").iterdir() if p.name != "PROVENANCE.tsv"}
    with (corpus / "bad" / "PROVENANCE.tsv").open(newline="") as handle:
        listed = {row["local_name"] for row in csv.DictReader(handle, delimiter="\t")}
    assert on_disk == listed, "PROVENANCE.tsv and the folder disagree"
    assert set(EXPECTED) == on_disk, "a bad file without an expected status (or an expectation without a file)"
    assert all(statuses <= set(STATUSES) for statuses, _ in EXPECTED.values())


@pytest.mark.parametrize("name", bad_files())
def test_library_status(corpus: Path, name: str) -> None:
    statuses, pattern = EXPECTED[name]
    start = time.monotonic()
    status, message = outcome(corpus / "bad" / name)
    elapsed = time.monotonic() - start
    assert status in statuses, f"{name}: {status} ({message}), expected {sorted(statuses)}"
    assert status != "crashed"
    if status != "ok":
        assert message, "an error needs a message"
        assert "\n" not in message, "an error message is one line"
        if pattern:
            assert re.search(pattern, message, re.I), f"{name}: message {message!r} does not say {pattern!r}"
    assert elapsed < MAX_SECONDS / 2


@pytest.mark.parametrize("name", bad_files())
def test_cli_one_line_or_json(cli_runs: dict[str, CliRun], name: str) -> None:
    run = cli_runs[name]
    path = str(BAD / name)
    stderr = run.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr
    assert run.seconds < MAX_SECONDS, f"{name} took {run.seconds:.1f}s"
    assert run.max_rss_mb < MAX_RSS_MB, f"{name} peaked at {run.max_rss_mb:.0f} MB"
    statuses, _ = EXPECTED[name]
    if run.returncode == 0:
        assert "ok" in statuses, f"{name} converted but should fail with {sorted(statuses)}"
        assert json.loads(run.stdout)["source"]["name"] == path
        assert stderr == "", f"library noise or warnings on stderr: {stderr[:300]!r}"
        return
    assert run.returncode == 1, stderr
    assert run.stdout == b""
    lines = stderr.splitlines()
    assert len(lines) == 1, f"{name}: expected one error line, got {len(lines)}: {stderr[:500]!r}"
    prefix = f"specparse: error: {path}: "
    assert lines[0].startswith(prefix), lines[0]
    status = lines[0][len(prefix) :].split(":", 1)[0]
    assert status in statuses, f"{name}: the error line names status {status!r}"
    assert "internal error" not in lines[0], f"{name}: a bug escaped as {lines[0]!r}"


def test_encrypted_pdf_opens_with_its_password(corpus: Path) -> None:
    name = "pdf_encrypted_aes256_r6_userpw.pdf"
    # The page may hold no spec-like text; what matters is that it is no longer 'encrypted'.
    status, message = outcome(corpus / "bad" / name, password=PDF_USER_PASSWORD)
    assert status in {"ok", "empty"}, f"{status}: {message}"
    wrong = run_cli(str(corpus / "bad" / name), "--password", "not-the-password")
    assert wrong.returncode == 1
    assert wrong.stderr.decode().count("\n") == 1
    assert "password" in wrong.stderr.decode().lower()


def test_missing_xref_trailer_pages_are_recovered(corpus: Path) -> None:
    """pdfminer's 'missing startxref after trailer' file: all four incremental pages are read."""
    from specparse.extract import extract
    from specparse.source import make_source

    name = "pdf_missing_xref_trailer.pdf"
    extraction = extract(make_source((corpus / "bad" / name).read_bytes(), name))
    texts = [line.text.strip() for line in extraction.lines if line.text.strip()]
    assert texts == ["Page1", "Page2", "Page3", "Page4"]
    assert extraction.pages == 4


def test_lock_file_name_survives_the_error_line(corpus: Path) -> None:
    """'~$' names are reported as given, not mangled, so a batch report can point at them."""
    run = run_cli(str(corpus / "bad" / "~$strict.docx"))
    assert run.stderr.decode().strip().endswith("~$strict.docx: skipped: a Word lock file (~$...), not a document")


def test_no_entity_url_is_fetched_for_the_xxe_docx(corpus: Path) -> None:
    """The POI file's entity names http://poi.apache.org/; whatever the outcome, nothing fetched appears."""
    run = run_cli(str(corpus / "bad" / "docx_xxe_external_entity.docx"))
    out = (run.stdout + run.stderr).decode("utf-8", "replace").lower()
    assert "<html" not in out
    assert "<!doctype html" not in out


@pytest.fixture(scope="module")
def batch_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], str, float]:
    """The whole bad folder through batch mode once: statuses by file name, stderr, seconds."""
    if not BAD.is_dir():
        pytest.skip(f"the shared corpus is not present at {BAD}")
    folder = tmp_path_factory.mktemp("batch")
    report = folder / "report.jsonl"
    command = [sys.executable, "-m", "specparse", str(BAD), "-o", str(folder / "out")]
    start = time.monotonic()
    result = subprocess.run(
        [*command, "--report", str(report), "-q", "-j", "2", "--exclude", "PROVENANCE.tsv"],
        capture_output=True,
        timeout=MAX_SECONDS * 6,
        stdin=subprocess.DEVNULL,
    )
    seconds = time.monotonic() - start
    statuses = {Path(row["input"]).name: row["status"] for row in map(json.loads, report.read_text().splitlines())}
    return statuses, result.stderr.decode("utf-8", "replace"), seconds


def test_batch_statuses_and_error_lines(batch_run: tuple[dict[str, str], str, float]) -> None:
    """Batch mode: each reported file has its expected status and one stderr line if it failed."""
    statuses, stderr, seconds = batch_run
    assert seconds < MAX_SECONDS * 3
    assert "Traceback" not in stderr
    # A non-document under a name no document format uses (.xlsx, .bin, .wps) is 'skipped' in a
    # folder run, so a stray spreadsheet does not fail a batch; named alone it is 'unsupported'.
    wrong = {
        name: status
        for name, status in statuses.items()
        if status not in EXPECTED[name][0] and not (status == "skipped" and hint_from_name(name) is None)
    }
    assert not wrong, f"unexpected statuses: {wrong}"
    failures = [name for name, status in statuses.items() if status not in {"ok", "skipped"}]
    assert len(stderr.splitlines()) == len(failures), stderr


def test_batch_reports_every_file(batch_run: tuple[dict[str, str], str, float]) -> None:
    """Issue #6: every file of a folder ends with a status — a .bin, .wps or .xlsx included (at least 'skipped')."""
    statuses, _, _ = batch_run
    assert set(statuses) == set(EXPECTED), f"no report line for {sorted(set(EXPECTED) - set(statuses))}"
