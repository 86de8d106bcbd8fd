"""Tests for the PDF reader: hand-built PDFs for layout rules, the corpus for real-world robustness."""

from __future__ import annotations

import contextlib
import importlib.util
import re
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from specparse.errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    LimitExceededError,
    MissingDependencyError,
    SpecparseError,
    UnsupportedFormatError,
)
from specparse.extract import Extraction, extract
from specparse.lines import Line, normalise_text
from specparse.source import make_source

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
HAS_PLUMBER = importlib.util.find_spec("pdfplumber") is not None
ENGINES = [
    "pdfium",
    pytest.param("pdfplumber", marks=pytest.mark.skipif(not HAS_PLUMBER, reason="pdfplumber not installed")),
]

# (x, y from the bottom, text, size, bold) — y is PDF user space, as in the content stream.
Item = tuple[float, float, str, float, bool]


def make_pdf(
    pages: Sequence[Sequence[Item]],
    width: int = 612,
    height: int = 792,
    scale: float = 1.0,
    images_on: Sequence[int] = (),
) -> bytes:
    """Write a minimal PDF by hand: Helvetica / Helvetica-Bold text objects at fixed positions.

    With ``scale`` the text matrix carries it and the Tf operand is divided by it, the way TeX
    ("1 Tf") and some printers ("199 Tf") size their text: the printed size stays the same.
    Pages listed in ``images_on`` (0-based) also get a small inline image, like a scan.
    """
    objects: list[bytes] = [b"", b""]  # 1: catalog, 2: page tree, filled in below
    fonts = len(objects) + 1
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for page_index, items in enumerate(pages):
        ops = []
        if page_index in images_on:
            ops.append("q 200 0 0 200 100 300 cm BI /W 2 /H 2 /CS /G /BPC 8 ID abcd EI Q")
        for x, y, text, size, bold in items:
            escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            font = "F2" if bold else "F1"
            ops.append(f"BT /{font} {size / scale} Tf {scale} 0 0 {scale} {x} {y} Tm ({escaped}) Tj ET")
        stream = "\n".join(ops).encode("cp1252")
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>" % (width, height, content, fonts, fonts + 1)
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def read(data: bytes, engine: str = "pdfium", password: str | None = None) -> Extraction:
    return extract(make_source(data, "test.pdf", password=password, options={"pdf_engine": engine}))


def body(extraction: Extraction) -> list[str]:
    return [line.text for line in extraction.lines if line.region == "body"]


def prose(top: float, lines: Sequence[str], x: float = 72, size: float = 10, step: float = 12) -> list[Item]:
    return [(x, top - i * step, text, size, False) for i, text in enumerate(lines)]


@pytest.mark.parametrize("engine", ENGINES)
def test_title_heading_bold_and_pages(engine: str) -> None:
    page1: list[Item] = [(72, 720, "ACCOUNTANT", 18, True), (72, 690, "DEFINITION", 10, True)]
    page1 += prose(676, ["Performs professional accounting work.", "Does related work as required."])
    page2 = prose(720, ["Second page text here.", "And more of it."])
    result = read(make_pdf([page1, page2]), engine)
    assert result.pages == 2
    assert body(result)[:2] == ["ACCOUNTANT", ""]
    title = result.lines[0]
    assert (title.bold, title.heading_level, title.page) == (True, 1, 1)
    definition = next(line for line in result.lines if line.text == "DEFINITION")
    assert definition.bold
    assert definition.heading_level is None
    performs = next(line for line in result.lines if line.text.startswith("Performs"))
    assert not performs.bold
    assert performs.heading_level is None
    assert [line.page for line in result.lines if line.text.startswith("Second")] == [2]


@pytest.mark.parametrize("scale", [0.05, 20.0])
def test_font_size_set_through_the_text_matrix(scale: float) -> None:
    page: list[Item] = [(72, 720, "ACCOUNTANT", 18, True)]
    page += prose(690, ["Performs professional accounting work.", "Does related work as required."])
    lines = read(make_pdf([page], scale=scale)).lines
    assert [line.text for line in lines] == [
        "ACCOUNTANT",
        "",
        "Performs professional accounting work.",
        "Does related work as required.",
    ]
    assert lines[0].heading_level == 1
    assert lines[2].heading_level is None


@pytest.mark.parametrize("engine", ENGINES)
def test_paragraph_break_only_at_a_clear_gap(engine: str) -> None:
    items = prose(720, ["First paragraph line one,", "line two,", "line three."])
    items += prose(720 - 2 * 12 - 26, ["Second paragraph after a gap.", "Its second line."])
    assert body(read(make_pdf([items]), engine)) == [
        "First paragraph line one,",
        "line two,",
        "line three.",
        "",
        "Second paragraph after a gap.",
        "Its second line.",
    ]


_BODIES = ["Examples of duties are listed below.", "Minimum qualifications follow.", "Selection process."]


def _furnished_page(number: int, total: int, text: str) -> list[Item]:
    return [
        (72, 760, "City of Testville - Class Specification", 9, False),
        *prose(700, [text, _BODIES[(number - 1) % len(_BODIES)]]),
        (260, 30, f"Page {number} of {total}", 9, False),
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_running_header_and_footer_move_to_their_regions(engine: str) -> None:
    pages = [_furnished_page(n, 3, f"Body text of page {['one', 'two', 'three'][n - 1]}.") for n in (1, 2, 3)]
    result = read(make_pdf(pages), engine)
    headers = [(line.page, line.text) for line in result.lines if line.region == "header"]
    footers = [(line.page, line.text) for line in result.lines if line.region == "footer"]
    assert headers == [(n, "City of Testville - Class Specification") for n in (1, 2, 3)]
    assert footers == [(n, f"Page {n} of 3") for n in (1, 2, 3)]
    assert "Body text of page two." in body(result)
    assert not any("Testville" in text or text.startswith("Page ") for text in body(result))


def test_one_page_document_keeps_its_header_in_the_body() -> None:
    result = read(make_pdf([_furnished_page(1, 1, "Only page.")]))
    # Nothing repeats on one page, so its top line stays body; only a short last row standing alone
    # in the bottom margin, far below the text, is taken as the page footer.
    assert [line.text for line in result.lines if line.region != "body"] == ["Page 1 of 1"]
    assert body(result)[0] == "City of Testville - Class Specification"


def test_one_page_last_line_close_to_the_text_stays_body() -> None:
    lines = ["Performs related duties as required.", "Revised 3/15/21"]
    result = read(make_pdf([prose(80, lines)]))
    assert all(line.region == "body" for line in result.lines)


@pytest.mark.parametrize("engine", ENGINES)
def test_line_end_hyphenation_is_joined_only_before_lower_case(engine: str) -> None:
    lines = [
        "The position classifi-",
        "cation is reviewed by the",
        "Ex-",
        "Officio member in pre-",
        "1990 records",
    ]
    lines += ["of the more complex and non-", "routine duties."]
    result = body(read(make_pdf([prose(720, lines)]), engine))
    assert result == [
        "The position classification",
        "is reviewed by the",
        "Ex-",
        "Officio member in pre-",
        "1990 records",
        "of the more complex and non-routine",
        "duties.",
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_two_columns_read_left_then_right_below_a_full_width_title(engine: str) -> None:
    left = [f"Left column sentence number {i} here" for i in range(1, 11)]
    right = [f"Right column sentence number {i} here" for i in range(1, 11)]
    items: list[Item] = [(72, 740, "A TITLE THAT RUNS RIGHT ACROSS BOTH OF THE TWO COLUMNS BELOW IT", 14, True)]
    items += prose(700, left, x=72) + prose(700, right, x=320)
    text = [t for t in body(read(make_pdf([items]), engine)) if t]
    assert text == ["A TITLE THAT RUNS RIGHT ACROSS BOTH OF THE TWO COLUMNS BELOW IT", *left, *right]


@pytest.mark.parametrize("engine", ENGINES)
def test_label_and_value_far_apart_stay_one_row_with_a_cell_gap(engine: str) -> None:
    items: list[Item] = [(72, 720, "Class Code:", 10, True), (300, 720, "1234", 10, False)]
    items += prose(700, ["A normal sentence that fills much of the line width here.", "Another one."])
    result = read(make_pdf([items]), engine)
    first = result.lines[0]
    assert first.text == "Class Code:  1234"
    assert not first.bold  # only the label is bold


@pytest.mark.parametrize("engine", ENGINES)
def test_text_drawn_twice_for_fake_bold_is_read_once(engine: str) -> None:
    items = [(72, 720, "DUTIES", 10, False), (72.3, 720, "DUTIES", 10, False)]
    items += prose(700, ["Performs the work.", "Does related work.", "All small illegal skills"])
    items.append((72, 650, "Small type: all illegally filled skills", 4, False))
    text = body(read(make_pdf([items]), engine))
    assert text[0] == "DUTIES"
    assert "All small illegal skills" in text
    assert text[-1] == "Small type: all illegally filled skills"  # "ll" in 4 pt type is no copy


def test_bullet_lines_are_list_items() -> None:
    items = prose(720, ["Duties include:", "\u2022 Prepares reports.", "\u2022 Answers calls."])
    lines = [line for line in read(make_pdf([items])).lines if line.text]
    assert [line.list_item for line in lines] == [False, True, True]
    assert lines[1].text == "• Prepares reports."


@pytest.mark.parametrize("engine", ENGINES)
def test_image_only_pages(engine: str) -> None:
    with pytest.raises(EmptyDocumentError, match="no text layer — scanned"):
        read(make_pdf([[], []], images_on=[0, 1]), engine)
    mixed = read(make_pdf([prose(720, ["Typed page."]), []], images_on=[1]), engine)
    assert body(mixed) == ["Typed page."]
    assert [code for code, _ in mixed.warnings] == ["pdf_pages_without_text"]
    assert "page(s) 2 " in mixed.warnings[0][1]


def test_blank_pages_are_empty_not_scanned() -> None:
    with pytest.raises(EmptyDocumentError, match="blank"):
        read(make_pdf([[]]))


def test_page_limit() -> None:
    from specparse import limits

    data = make_pdf([prose(720, [f"Page {n}"]) for n in range(3)])
    with limits.override(pdf_max_pages=2), pytest.raises(LimitExceededError, match="3 pages"):
        read(data)


def test_page_character_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    from specparse.extract.pdfread import pdfium_engine

    monkeypatch.setattr(pdfium_engine, "MAX_PAGE_CHARS", 10)
    with pytest.raises(LimitExceededError, match="characters"):
        read(make_pdf([prose(720, ["More than ten characters."])]))


@pytest.mark.parametrize("data", [b"%PDF-1.4\nnot really a pdf\n%%EOF", b"%PDF-1.7\n" + b"\x00" * 100])
def test_garbage_is_one_clear_error(data: bytes) -> None:
    with pytest.raises(CorruptDocumentError, match=r"(?i)pdf"):
        read(data)


def test_unknown_engine_is_refused() -> None:
    with pytest.raises(UnsupportedFormatError, match="pdf_engine"):
        read(make_pdf([prose(720, ["x"])]), "ghostscript")


def test_missing_pdfplumber_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pdfplumber", None)
    with pytest.raises(MissingDependencyError, match=re.escape("pip install 'specparse[pdfplumber]'")):
        read(make_pdf([prose(720, ["x"])]), "pdfplumber")


# --- the corpus (read in place; skipped when ../shared is absent) ---------------------------------

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")


def corpus_pdfs() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    found = sorted((CORPUS / "formats").rglob("*.pdf")) + sorted((CORPUS / "bad").glob("pdf_*"))
    return found + sorted((CORPUS / "specs" / "la_kaggle" / "pdfs").glob("*.pdf"))


def read_file(path: Path, engine: str = "pdfium", password: str | None = None) -> Extraction:
    return extract(make_source(path.read_bytes(), path.name, password=password, options={"pdf_engine": engine}))


@needs_corpus
@pytest.mark.corpus
@pytest.mark.parametrize("path", corpus_pdfs(), ids=lambda p: p.name)
def test_every_corpus_pdf_gives_text_or_one_clear_error(path: Path) -> None:
    error: SpecparseError | None = None
    try:
        result = read_file(path)
    except SpecparseError as exc:
        error = exc
    if error is not None:
        assert str(error)
        assert str(error) == str(error).strip()
        return
    assert any(line.text.strip() for line in result.lines if line.region == "body")
    assert all(line.page is not None and 1 <= line.page <= (result.pages or 0) for line in result.lines)


BAD_OUTCOMES = {
    "pdf_scanned_image_no_text_layer.pdf": (EmptyDocumentError, "no text layer — scanned? run OCR first"),
    "pdf_encrypted_aes256_r6_userpw.pdf": (EncryptedDocumentError, "a password is needed (use --password)"),
    "pdf_header_only_not_a_pdf.pdf": (CorruptDocumentError, "not a readable pdf"),
    "pdf_page_without_contents.pdf": (EmptyDocumentError, "blank"),
}


@needs_corpus
@pytest.mark.corpus
@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name", sorted(BAD_OUTCOMES))
def test_bad_files_fail_clearly(name: str, engine: str) -> None:
    error, message = BAD_OUTCOMES[name]
    with pytest.raises(error, match="(?i)" + re.escape(message)):
        read_file(CORPUS / "bad" / name, engine)


@needs_corpus
@pytest.mark.corpus
@pytest.mark.parametrize("engine", ENGINES)
def test_passwords(engine: str) -> None:
    bad = CORPUS / "bad"
    assert body(read_file(bad / "pdf_encrypted_aes256_r6_userpw.pdf", engine, "usersecret")) == ["Hello World"]
    with pytest.raises(EncryptedDocumentError, match=r"^wrong password$"):
        read_file(bad / "pdf_encrypted_aes256_r6_userpw.pdf", engine, "guess")
    assert "pdf encryption test" in body(read_file(bad / "pdf_encrypted_empty_userpw_r6.pdf", engine))


@needs_corpus
@pytest.mark.corpus
@pytest.mark.parametrize("engine", ENGINES)
def test_circular_form_xobjects_do_not_hang(engine: str) -> None:
    assert "Hello world" in " ".join(body(read_file(CORPUS / "bad" / "pdf_circular_form_xobjects.pdf", engine)))


@needs_corpus
@pytest.mark.corpus
@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/statm").is_file(), reason="needs Linux /proc to read memory use")
def test_memory_stays_flat_over_many_files() -> None:
    """PDFium documents, pages and text pages are C objects: each must be closed, on errors too."""
    paths = la_bulletins()[:5] + sorted((CORPUS / "bad").glob("pdf_*"))

    def resident_mb() -> float:
        return int(Path("/proc/self/statm").read_text().split()[1]) * 4096 / 1e6

    def read_all() -> None:
        for path in paths:
            with contextlib.suppress(SpecparseError):
                read_file(path)

    read_all()
    before = resident_mb()
    for _ in range(20):
        read_all()
    assert resident_mb() - before < 15


def la_bulletins() -> list[Path]:
    folder = CORPUS / "specs" / "la_kaggle" / "pdfs"
    return sorted(folder.glob("*.pdf")) if folder.is_dir() else []


@needs_corpus
@pytest.mark.corpus
@pytest.mark.parametrize("path", la_bulletins(), ids=lambda p: p.name[:40])
def test_la_bulletin_opens_with_title_and_class_code(path: Path) -> None:
    lines = [line for line in read_file(path).lines if line.text and line.region == "body"][:6]
    code = next((m for line in lines if (m := re.match(r"Class Code:\s*(\d{4})$", line.text))), None)
    assert code is not None, [line.text for line in lines]
    assert code.group(1) in path.name
    title = lines[0]
    # The bulletin's title is the largest type on its first page; a few open with a banner line.
    assert title.bold
    assert title.heading_level == 1
    assert title.text.isupper()


@needs_corpus
@pytest.mark.corpus
@pytest.mark.parametrize("engine", ENGINES)
def test_tika_two_text_boxes_in_reading_order(engine: str) -> None:
    text = [t for t in body(read_file(CORPUS / "formats" / "tika" / "testPDFTwoTextBoxes.pdf", engine)) if t]
    assert text == ["Left column line 1", "Left column line 2", "Right column line 1", "Right column line 2"]


@needs_corpus
@pytest.mark.corpus
def test_three_column_federal_register_page_reads_down_each_column() -> None:
    text = [t for t in body(read_file(CORPUS / "formats" / "pdfminer.six" / "contrib__pr-00530-ml-lines.pdf")) if t]
    start = text.index("This section of the FEDERAL REGISTER")
    assert text[start + 1 : start + 3] == [
        "contains notices to the public of the proposed",
        "issuance of rules and regulations. The",
    ]
    # The middle column's first line follows the left column's last, not its neighbour on the row.
    assert not any("FEDERAL REGISTER" in t and "eRulemaking" in t for t in text)


@needs_corpus
@pytest.mark.corpus
def test_nature_two_column_article_joins_hyphenated_words() -> None:
    text = body(read_file(CORPUS / "formats" / "textract" / "pdf__two_column.pdf"))
    assert any(t.endswith("a matter ofimportance") for t in text)  # "import-" / "ance"
    assert "to academic, business and governmental organizations." in text


@needs_corpus
@pytest.mark.corpus
def test_irs_running_header_is_a_header() -> None:
    result = read_file(CORPUS / "formats" / "pdfminer.six" / "nonfree__i1040nr.pdf")
    headers = [line for line in result.lines if line.region == "header" and line.text.startswith("Page ")]
    assert len({line.page for line in headers}) > 40
    assert not any(re.match(r"Page \d+ of 48 Instructions", text) for text in body(result))


SAMPLES = Path(__file__).resolve().parents[2] / "samples"
ALAMEDA_PDF = SAMPLES / "alameda-lead-customer-service-representative.pdf"
ALAMEDA_TXT = SAMPLES / "alameda-lead-customer-service-representative.txt"
_MARKUP = re.compile(r"^#+\s*|\*\*|<[^>]+>|^\|.*\|$|^-{3,}$")


def _paragraphs(lines: Sequence[Line]) -> list[str]:
    """Body paragraphs: runs of non-empty body lines joined with spaces (i.e. modulo wrapping)."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line.region != "body":
            continue
        if line.text:
            current.append(line.text)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def test_paragraph_helper_joins_wrapped_lines() -> None:
    lines = [Line("a"), Line("b"), Line(""), Line("c"), Line("x", region="footer")]
    assert _paragraphs(lines) == ["a b", "c"]


@pytest.mark.parametrize("engine", ENGINES)
def test_alameda_sample_gives_the_paragraphs_of_its_source_text(engine: str) -> None:
    """The LibreOffice PDF of the sample must hold the .txt's paragraphs, wrapped differently."""
    source_lines = [_MARKUP.sub("", line).strip() for line in ALAMEDA_TXT.read_text().splitlines()]
    source = normalise_text(" ".join(line for line in source_lines if line))
    starts = [normalise_text(line) for line in source_lines if line]
    result = read_file(ALAMEDA_PDF, engine)
    paragraphs = [normalise_text(p) for p in _paragraphs(result.lines)]
    assert len(paragraphs) >= 12
    for paragraph in paragraphs:
        assert paragraph in source  # no word invented, dropped, mis-hyphenated ("non-routine") or reordered
        # and every break falls where the source starts a line
        assert any(paragraph.startswith(start) or start.startswith(paragraph[:25]) for start in starts)
    assert [line.text for line in result.lines if line.region == "header"] == [
        "City of Alameda",
        "Code No. 7565",
    ] * 2
    footers = [line.text for line in result.lines if line.region == "footer"]
    assert footers[:2] == ["r: 6/23/09", "CL: Human Resources Department"]
    assert len(footers) == 6
    by_text = {line.text: line for line in result.lines}
    assert by_text["LEAD CUSTOMER SERVICE REPRESENTATIVE"].heading_level == 1
    assert by_text["DEFINITION"].bold
    assert by_text["Knowledge"].bold
    assert not next(line for line in result.lines if line.text.startswith("Education:")).bold
    assert [line.text[:3] for line in result.lines if line.list_item] == [f"{n}. " for n in range(1, 10)]
