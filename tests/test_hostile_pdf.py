"""Hostile PDFs built in the test: stream bombs, page floods, loops in the page tree and in XObjects, deep nesting."""

from __future__ import annotations

import subprocess
import sys
import time
import tracemalloc
import zlib
from pathlib import Path

import pytest

from conftest import SAMPLES
from hostile_files import assemble_pdf, bit_flips, make_pdf, outcome, text_page, truncations
from specparse import limits

SAMPLE_PDF = SAMPLES / "alameda-lead-customer-service-representative.pdf"
CLEAN = {"ok", "empty", "corrupt", "too_large", "unsupported"}
SPEC_PAGE = text_page("DEFINITION", "Cleans offices and keeps supplies.", "EXAMPLE OF DUTIES", "1. Sweeps floors.")


@pytest.fixture(autouse=True, scope="module")
def _warm_up() -> None:
    """Load pdfium and the pipeline once, so timings measure the file and not the imports."""
    outcome(make_pdf([SPEC_PAGE]), "warm.pdf")


def timed(data: bytes, name: str = "hostile.pdf") -> tuple[str, str, float, float]:
    """Status, message, seconds and Python heap peak (MB) of parsing ``data``."""
    tracemalloc.start()
    start = time.monotonic()
    try:
        status, message, _ = outcome(data, name)
        seconds = time.monotonic() - start
        peak = tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()
    return status, message, seconds, peak


def test_plain_pdf_reads() -> None:
    status, message, spec = outcome(make_pdf([SPEC_PAGE]), "plain.pdf")
    assert status == "ok", message
    assert spec.definition == "Cleans offices and keeps supplies."


# --- stream bombs ----------------------------------------------------------------------------------


def test_stream_bomb_over_a_lowered_limit() -> None:
    content = SPEC_PAGE + b"\n" + b" " * (2 * 1024 * 1024)
    with limits.override(pdf_max_stream_bytes=1024 * 1024):
        status, message, _, _ = timed(make_pdf([content], compress=True))
    assert status == "too_large", message
    assert "SPECPARSE_PDF_MAX_STREAM_BYTES" in message


def test_stream_bomb_at_the_default_limit_is_refused_fast_and_small() -> None:
    """100 KB on disk, 100 MB inflated: refused before pdfium inflates it whole (it peaked at 1.5 GB)."""
    bomb = make_pdf([SPEC_PAGE + b"\n" + b" " * (100 * 1024 * 1024)], compress=True)
    assert len(bomb) < 200_000
    status, message, seconds, peak_mb = timed(bomb)
    assert status == "too_large", message
    assert seconds < 1.5
    assert peak_mb < 8


def test_streams_under_the_limit_still_read() -> None:
    with limits.override(pdf_max_stream_bytes=64 * 1024):
        status, message, _ = outcome(make_pdf([SPEC_PAGE], compress=True), "small.pdf")
    assert status == "ok", message


def test_corrupt_flate_stream_is_left_to_the_reader() -> None:
    pdf = make_pdf([SPEC_PAGE], compress=True)
    start = pdf.index(b"stream\n") + len(b"stream\n") + 4
    broken = pdf[:start] + b"\xff\xff\xff\xff" + pdf[start + 4 :]
    status, message, _ = outcome(broken, "zlib.pdf")
    assert status in CLEAN, message


# --- pages ---------------------------------------------------------------------------------------


def test_page_limit() -> None:
    pdf = make_pdf([SPEC_PAGE] * 5)
    with limits.override(pdf_max_pages=3):
        status, message, _ = outcome(pdf, "pages.pdf")
    assert status == "too_large", message
    assert "pages" in message


def test_page_count_that_lies() -> None:
    pdf = make_pdf([SPEC_PAGE]).replace(b"/Count 1", b"/Count 2000000000")
    status, message, seconds, _ = timed(pdf)
    assert status in CLEAN, message
    assert seconds < 2


def test_page_tree_that_contains_itself() -> None:
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        3: b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R] /Count 2 >>",
    }
    status, message, seconds, _ = timed(assemble_pdf(objects))
    assert status in {"empty", "corrupt"}, message
    assert seconds < 2


# --- recursion -----------------------------------------------------------------------------------


def form_xobject(resources: bytes, draw: bytes) -> bytes:
    return (
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << "
        + resources
        + f" >> >> /Length {len(draw)} >>\nstream\n".encode()
        + draw
        + b"\nendstream"
    )


def pdf_with_forms(forms: dict[int, bytes], first: int) -> bytes:
    pdf = make_pdf([SPEC_PAGE + f"\n/X{first} Do".encode()], extra_objects=forms)
    return pdf.replace(
        b"/Resources << /Font << /F1 3 0 R >> >>",
        f"/Resources << /Font << /F1 3 0 R >> /XObject << /X{first} {first} 0 R >> >>".encode(),
    )


def run_isolated(tmp_path: Path, data: bytes, seconds: float) -> tuple[str, str]:
    """Parse in a child process: a reader stuck in C code (pdfium) cannot be interrupted in-process."""
    path = tmp_path / "isolated.pdf"
    path.write_bytes(data)
    code = (
        "import sys\n"
        "from specparse.errors import status_of\n"
        "from specparse.pipeline import parse\n"
        "try:\n    parse(sys.argv[1])\n    print('ok')\n"
        "except Exception as exc:\n    print(status_of(exc), exc)\n"
    )
    try:
        result = subprocess.run(
            [sys.executable, "-c", code, str(path)], capture_output=True, timeout=seconds, text=True
        )
    except subprocess.TimeoutExpired:
        return "timeout", f"still running after {seconds} s"
    status, _, message = result.stdout.strip().partition(" ")
    return status, message or result.stderr[-300:]


def test_form_xobject_drawing_itself(tmp_path: Path) -> None:
    status, message = run_isolated(tmp_path, pdf_with_forms({20: form_xobject(b"/X20 20 0 R", b"/X20 Do")}, 20), 20)
    assert status in CLEAN, message


def test_form_xobjects_that_draw_each_other_twice(tmp_path: Path) -> None:
    """Two forms each drawing both: pdfium bounds the depth, not the fan-out, so this is 2**depth draws."""
    resources = b"/X20 20 0 R /X21 21 0 R"
    forms = {20: form_xobject(resources, b"/X20 Do /X21 Do"), 21: form_xobject(resources, b"/X20 Do /X21 Do")}
    status, message = run_isolated(tmp_path, pdf_with_forms(forms, 20), 20)
    assert status in CLEAN, message


def test_form_xobject_tree_that_fans_out(tmp_path: Path) -> None:
    """No loop, but 24 levels of forms each drawing the next twice: 16 million draws, a PDF billion laughs."""
    forms = {
        n: form_xobject(f"/X{n + 1} {n + 1} 0 R".encode(), f"/X{n + 1} Do /X{n + 1} Do".encode()) for n in range(20, 44)
    }
    forms[44] = form_xobject(b"", b"")
    status, message = run_isolated(tmp_path, pdf_with_forms(forms, 20), 20)
    assert status in CLEAN, message


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deeply_nested_arrays_in_the_page(depth: int) -> None:
    nested = b"[" * depth + b"0" + b"]" * depth
    status, message, seconds, _ = timed(make_pdf([SPEC_PAGE], page_extra=b"/Junk " + nested + b" "))
    assert status in CLEAN, message
    assert seconds < 3


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deeply_nested_dictionaries_in_the_catalog(depth: int) -> None:
    nested = b"<< /A " * depth + b"0" + b" >>" * depth
    status, message, seconds, _ = timed(make_pdf([SPEC_PAGE], root_extra=b"/Junk " + nested + b" "))
    assert status in CLEAN, message
    assert seconds < 3


def test_deep_graphics_state_nesting() -> None:
    content = b"q " * 100_000 + SPEC_PAGE + b" Q" * 100_000
    status, message, seconds, _ = timed(make_pdf([content]))
    assert status in CLEAN, message
    assert seconds < 5


def test_huge_declared_length_and_size() -> None:
    pdf = make_pdf([SPEC_PAGE]).replace(b"/Length ", b"/Length 99999999999 /Was ", 1)
    pdf = pdf.replace(b"/Size ", b"/Size 2147483647 /Was ")
    status, message, seconds, _ = timed(pdf)
    assert status in CLEAN, message
    assert seconds < 2


# --- damaged real files --------------------------------------------------------------------------


def sample_pdf() -> bytes:
    if not SAMPLE_PDF.is_file():
        pytest.skip(f"{SAMPLE_PDF} is missing")
    return SAMPLE_PDF.read_bytes()


@pytest.mark.parametrize("cut", range(12))
def test_truncated_sample(cut: int) -> None:
    status, message, _ = outcome(truncations(sample_pdf())[cut], "cut.pdf")
    assert status in CLEAN, message


@pytest.mark.parametrize("seed", range(16))
def test_bit_flipped_sample(seed: int) -> None:
    status, message, _ = outcome(bit_flips(sample_pdf(), 16, seed), "flipped.pdf")
    assert status in CLEAN, message


def test_form_draw_limit_is_configurable() -> None:
    """Three levels of forms each drawing the next three times: 1 + 3 + 9 + 27 = 40 draws."""
    forms = {n: form_xobject(f"/X{n + 1} {n + 1} 0 R".encode(), f"/X{n + 1} Do".encode() * 3) for n in range(20, 23)}
    forms[23] = form_xobject(b"", b"")
    pdf = pdf_with_forms(forms, 20)
    assert outcome(pdf, "forms.pdf")[0] == "ok"
    with limits.override(pdf_max_form_draws=30):
        status, message, _ = outcome(pdf, "forms.pdf")
    assert status == "too_large", message
    assert "SPECPARSE_PDF_MAX_FORM_DRAWS" in message


def test_compressed_forms_are_counted_too(tmp_path: Path) -> None:
    resources = b"/X20 20 0 R /X21 21 0 R"
    draw = zlib.compress(b"/X20 Do /X21 Do")
    form = (
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Filter /FlateDecode /Resources << /XObject << "
        + resources
        + f" >> >> /Length {len(draw)} >>\nstream\n".encode()
        + draw
        + b"\nendstream"
    )
    status, message = run_isolated(tmp_path, pdf_with_forms({20: form, 21: form}, 20), 20)
    assert status == "too_large", message


def test_glyph_far_off_the_page_is_quick() -> None:
    """A damaged file put one glyph at x = -5,919,024: column detection must not scale with that."""
    body = [f"Line {n} of the definition text goes here." for n in range(30)]
    far = b"\nBT /F1 12 Tf -900000000 500 Td (far away) Tj ET"
    status, message, seconds, peak_mb = timed(make_pdf([text_page("DEFINITION", *body) + far]))
    assert status in CLEAN, message
    assert seconds < 2
    assert peak_mb < 50
