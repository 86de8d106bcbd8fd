"""Tests of the .docx reader: fixtures built here (python-docx and hand-written XML), then the corpus."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK
from docx_builder import W, document_xml, make_docx, num, p, part_xml

from specparse.errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    LimitExceededError,
    SpecparseError,
    UnsupportedFormatError,
)
from specparse.extract import Extraction
from specparse.extract import docx as docx_reader
from specparse.lines import Line
from specparse.source import make_source

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def read(data: bytes, name: str = "test.docx") -> Extraction:
    return docx_reader.extract(make_source(data, name, format="docx"))


def texts(data: bytes) -> list[str]:
    return [line.text for line in read(data).lines]


def saved(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# -- documents built with python-docx ---------------------------------------------------------------


def test_paragraphs_headings_bold_and_caps() -> None:
    document = docx.Document()
    document.add_heading("Lead Customer Service Representative", level=0)
    document.add_heading("Definition", level=1)
    document.add_paragraph("Under direction, leads the work.")
    bold = document.add_paragraph()
    bold.add_run("Knowledge").bold = True
    mixed = document.add_paragraph()
    mixed.add_run("Education: ").bold = True
    mixed.add_run("high school.")
    caps = document.add_paragraph()
    caps.add_run("examples of duties").font.all_caps = True
    assert read(saved(document)).lines == [
        Line("Lead Customer Service Representative", heading_level=1),
        Line("Definition", heading_level=1, bold=True),  # the template's Heading 1 style is bold
        Line("Under direction, leads the work."),
        Line("Knowledge", bold=True),
        Line("Education: high school."),
        Line("EXAMPLES OF DUTIES"),
    ]


def test_heading_styles_resolve_levels() -> None:
    document = docx.Document()
    for level in (2, 3, 9):
        document.add_heading(f"Level {level}", level=level)
    assert [line.heading_level for line in read(saved(document)).lines] == [2, 3, 6]


def test_table_rows_join_cells_with_two_spaces() -> None:
    document = docx.Document()
    document.add_paragraph("Before")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Class Code: 7565"
    table.cell(0, 1).text = "Approved: 7/1/09"
    table.cell(1, 0).text = "FLSA: Non-exempt"
    document.add_paragraph("After")
    assert texts(saved(document)) == [
        "Before",
        "Class Code: 7565  Approved: 7/1/09",
        "FLSA: Non-exempt",
        "After",
    ]


def test_long_cell_prose_is_read_paragraph_by_paragraph() -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "DUTIES"
    long_text = "Performs assigned lead duties including receiving work schedules and assignments. " * 3
    table.cell(0, 1).text = long_text
    table.cell(0, 1).add_paragraph("Performs related work as required.")
    assert texts(saved(document)) == ["DUTIES", long_text, "Performs related work as required."]


def test_headers_and_footers_are_kept_apart_and_deduplicated() -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "City of Alameda"
    document.sections[0].footer.paragraphs[0].text = "Human Resources"
    document.add_paragraph("Body text.")
    second = document.add_section()
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "City of Alameda"
    document.add_paragraph("More body text.")
    assert read(saved(document)).lines == [
        Line("City of Alameda", region="header"),
        Line("Body text."),
        Line("More body text."),
        Line("Human Resources", region="footer"),
    ]


def test_line_break_splits_and_page_break_is_a_space() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    run = paragraph.add_run("Class Code: 7565")
    run.add_break()
    paragraph.add_run("Approved: 7/1/09")
    other = document.add_paragraph()
    other.add_run("end of page")
    other.runs[0].add_break(WD_BREAK.PAGE)
    other.add_run("next")
    assert texts(saved(document)) == ["Class Code: 7565", "Approved: 7/1/09", "end of page next"]


# -- hand-written XML for what python-docx cannot write -----------------------------------------------

NUMBERING = part_xml(
    "numbering",
    '<w:abstractNum w:abstractNumId="0">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>'
    '<w:lvlText w:val="%1.%2.%3"/></w:lvl>'
    "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="1">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>'
    "</w:abstractNum>"
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="0"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>',
)


def test_automatic_numbering_renders_markers() -> None:
    body = (
        p("Performs lead duties.", num(1))
        + p("Receives inquiries.", num(1, 1))
        + p("Explains policies.", num(1, 1))
        + p("Deep item.", num(1, 2))
        + p("Trains staff.", num(1))
        + p("Nested again.", num(1, 1))
        + p("Plain paragraph.")
        + p("A bullet.", num(2))
        + p("Restarted at five.", num(3))
        + p("Not numbered.", num(0))
    )
    lines = read(make_docx(body, parts={"rId9": ("numbering", NUMBERING)})).lines
    assert [(line.text, line.list_item) for line in lines] == [
        ("1. Performs lead duties.", True),
        ("a) Receives inquiries.", True),
        ("b) Explains policies.", True),
        ("1.b.I Deep item.", True),
        ("2. Trains staff.", True),
        ("a) Nested again.", True),
        ("Plain paragraph.", False),
        ("\u2022 A bullet.", True),
        ("5. Restarted at five.", True),
        ("Not numbered.", False),
    ]


def test_numbering_through_a_paragraph_style() -> None:
    styles = part_xml(
        "styles",
        '<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/>'
        f"<w:pPr>{num(1)}</w:pPr></w:style>",
    )
    body = p("First.", '<w:pStyle w:val="ListNumber"/>') + p("Second.", '<w:pStyle w:val="ListNumber"/>')
    parts = {"rId8": ("styles", styles), "rId9": ("numbering", NUMBERING)}
    assert texts(make_docx(body, parts=parts)) == ["1. First.", "2. Second."]


def test_styles_resolve_based_on_chains_outline_levels_and_style_bold() -> None:
    styles = part_xml(
        "styles",
        '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
        '<w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="SpecHeading"><w:name w:val="Spec Heading"/>'
        '<w:basedOn w:val="Heading2"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Outline"><w:name w:val="Outline"/>'
        '<w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Loop1"><w:name w:val="Loop1"/>'
        '<w:basedOn w:val="Loop2"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Loop2"><w:name w:val="Loop2"/>'
        '<w:basedOn w:val="Loop1"/></w:style>',
    )
    body = (
        p("DEFINITION", '<w:pStyle w:val="SpecHeading"/>')
        + p("Outlined", '<w:pStyle w:val="Outline"/>')
        + p("Direct outline", '<w:outlineLvl w:val="0"/>')
        + p("Looping style", '<w:pStyle w:val="Loop1"/>')
        + p("Not bold", '<w:pStyle w:val="Heading2"/>', '<w:b w:val="0"/>')
    )
    assert read(make_docx(body, parts={"rId8": ("styles", styles)})).lines == [
        Line("DEFINITION", bold=True, heading_level=2),
        Line("Outlined", heading_level=3),
        Line("Direct outline", heading_level=1),
        Line("Looping style"),
        Line("Not bold", heading_level=2),
    ]


def test_missing_styles_part_still_reads_heading_ids() -> None:
    body = p("Title line", '<w:pStyle w:val="Heading1"/>') + p("Body")
    assert read(make_docx(body)).lines == [Line("Title line", heading_level=1), Line("Body")]


def test_text_box_read_once_from_alternate_content() -> None:
    box = "<w:txbxContent><w:p><w:r><w:t>Boxed text</w:t></w:r></w:p></w:txbxContent>"
    vml = box.replace("Boxed", "VML")
    body = (
        "<w:p><w:r><w:t>Anchor</w:t></w:r><w:r><mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice>'
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
        + f"<w:p><w:r><w:pict><v:shape><v:textbox>{vml}</v:textbox></v:shape></w:pict></w:r></w:p>"
    )
    assert texts(make_docx(body)) == ["Anchor", "Boxed text", "VML text"]


def test_tracked_changes_read_as_accepted() -> None:
    body = (
        '<w:p><w:r><w:t xml:space="preserve">Performs </w:t></w:r>'
        '<w:ins w:id="1" w:author="a"><w:r><w:t xml:space="preserve">difficult </w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="a"><w:r><w:delText xml:space="preserve">easy </w:delText></w:r></w:del>'
        '<w:moveFrom w:id="3" w:author="a"><w:r><w:t>moved away </w:t></w:r></w:moveFrom>'
        "<w:r><w:t>work.</w:t></w:r></w:p>"
    )
    extraction = read(make_docx(body))
    assert [line.text for line in extraction.lines] == ["Performs difficult work."]
    assert ("tracked_changes", "tracked changes were read as accepted") in extraction.warnings


def test_fields_keep_results_and_drop_instructions() -> None:
    body = (
        '<w:p><w:r><w:t xml:space="preserve">Revised </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText> DATE \\@ "M/d/yy" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>6/23/09</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:fldSimple w:instr=" PAGE "><w:r><w:t xml:space="preserve"> page 1</w:t></w:r></w:fldSimple></w:p>'
    )
    assert texts(make_docx(body)) == ["Revised 6/23/09 page 1"]


def test_symbols_tabs_hyphens_and_hidden_text() -> None:
    body = (
        '<w:p><w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:tab/><w:t>on</w:t><w:noBreakHyphen/>'
        "<w:t>site</w:t><w:softHyphen/><w:t>work</w:t></w:r>"
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>secret</w:t></w:r></w:p>"
    )
    assert texts(make_docx(body)) == ["\u2022\ton-sitework"]


def test_nested_table_rows_are_read_in_order() -> None:
    inner = "<w:tbl><w:tr><w:tc>" + p("Inner A") + "</w:tc><w:tc>" + p("Inner B") + "</w:tc></w:tr></w:tbl>"
    body = "<w:tbl><w:tr><w:tc>" + p("Outer") + "</w:tc><w:tc>" + inner + p("") + "</w:tc></w:tr></w:tbl>"
    assert texts(make_docx(body)) == ["Outer", "Inner A  Inner B"]


def test_footnotes_follow_the_body() -> None:
    notes = part_xml(
        "footnotes",
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1">' + p("A footnote.") + "</w:footnote>",
    )
    body = '<w:p><w:r><w:t>Text</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>' + p("More")
    assert texts(make_docx(body, parts={"rId7": ("footnotes", notes)})) == ["Text", "More", "A footnote."]


def test_strict_namespace_documents_are_read() -> None:
    strict = document_xml(p("Strict text")).replace(W, "http://purl.oclc.org/ooxml/wordprocessingml/main")
    extraction = read(make_docx("", document=strict))
    assert [line.text for line in extraction.lines] == ["Strict text"]


# -- failures ---------------------------------------------------------------------------------------


def test_empty_body_is_an_empty_document() -> None:
    with pytest.raises(EmptyDocumentError, match="no text"):
        read(make_docx(p("")))


def test_truncated_zip_is_corrupt() -> None:
    data = make_docx(p("Some text"))
    with pytest.raises(CorruptDocumentError):
        read(data[: len(data) // 2])


def test_zip_without_document_part_is_unsupported() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hello")
    with pytest.raises(UnsupportedFormatError, match=r"word/document\.xml"):
        read(buffer.getvalue())


def test_unknown_namespace_is_unsupported() -> None:
    odd = document_xml(p("x")).replace(W, "urn:example:not-word")
    with pytest.raises(UnsupportedFormatError, match="namespace"):
        read(make_docx("", document=odd))


def test_broken_xml_is_corrupt() -> None:
    with pytest.raises(CorruptDocumentError, match="broken XML"):
        read(make_docx("", document="<w:document><w:body>"))


def test_entity_declarations_are_refused_without_fetching() -> None:
    xxe = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        + document_xml(p("before &e; after")).split("?>", 1)[1]
    )
    with pytest.raises(CorruptDocumentError, match="DOCTYPE"):
        read(make_docx("", document=xxe))


def test_billion_laughs_is_refused() -> None:
    entities = '<!ENTITY a0 "aaaaaaaaaa">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    bomb = f'<?xml version="1.0"?><!DOCTYPE d [{entities}]>' + document_xml(p("&a9;")).split("?>", 1)[1]
    with pytest.raises(CorruptDocumentError):
        read(make_docx("", document=bomb))


def test_highly_compressed_entry_is_refused_before_inflating() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", document_xml(p("x")))
        archive.writestr("word/media/padding.bin", b"\0" * (4 * 1024 * 1024))
    with pytest.raises(LimitExceededError, match="compresses"):
        read(buffer.getvalue())


def test_too_many_entries_is_refused() -> None:
    from specparse import limits

    with limits.override(zip_max_entries=2), pytest.raises(LimitExceededError, match="entries"):
        read(make_docx(p("x")))


def test_lying_size_header_cannot_inflate_past_its_declared_size() -> None:
    data = bytearray(make_docx(p("Some text that is longer than eight bytes")))
    name = b"word/document.xml"
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        real = archive.getinfo("word/document.xml").file_size
    # Rewrite the declared uncompressed size in both the local header and the central directory.
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(name)] == name:
                data[start + offset : start + offset + 4] = (8).to_bytes(4, "little")
            start += 4
    assert real > 8
    # zipfile stops inflating at the declared size, so the entry fails its CRC instead of growing.
    with pytest.raises(CorruptDocumentError, match="damaged zip entry"):
        read(bytes(data))


# -- corpus -----------------------------------------------------------------------------------------


def corpus_docx() -> list[Path]:
    return sorted((CORPUS / "formats").rglob("*.docx")) if CORPUS.is_dir() else []


def corpus_file(relative: str) -> Path:
    path = CORPUS / relative
    if not path.is_file():
        pytest.skip(f"corpus file {relative} not present (../shared/corpus is absent)")
    return path


def read_corpus(relative: str) -> Extraction:
    path = corpus_file(relative)
    return docx_reader.extract(make_source(path.read_bytes(), path.name))


@pytest.mark.corpus
@pytest.mark.parametrize("path", corpus_docx(), ids=lambda path: path.name)
def test_every_corpus_docx_gives_text_or_one_clear_error(path: Path) -> None:
    try:
        extraction = docx_reader.extract(make_source(path.read_bytes(), path.name))
    except SpecparseError as exc:
        message = str(exc)
    else:
        message = ""
        assert any(line.text.strip() for line in extraction.lines if line.region == "body")
    # A failure must say what is wrong in a short message.
    assert message == "" or len(message) < 200


@pytest.mark.corpus
def test_corpus_present() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    assert corpus_docx()


@pytest.mark.corpus
@pytest.mark.parametrize(
    "relative",
    ["formats/tika/testWORD_override_list_numbering.docx", "formats/poi/NumberingWOverrides.docx"],
)
def test_self_describing_numbering_matches_what_word_shows(relative: str) -> None:
    # These files type, as each item's text, the number Word displays for it ("1.b.III", "2.17").
    items = [line.text for line in read_corpus(relative).lines if line.list_item]
    numbered = [text.split(" ", 1) for text in items if not text.startswith("\u2022")]
    assert len(numbered) > 5
    assert all(marker == shown for marker, shown in numbered)


@pytest.mark.corpus
def test_poi_numbering_formats() -> None:
    texts_ = [line.text for line in read_corpus("formats/poi/Numbering.docx").lines]
    assert texts_[:4] == ["\u2022 Level 1", "\u2022 Level 2", "\u2022 Level 3", "\u2022 Level 4"]
    assert texts_[8:13] == ["1.1. Level2", "1.1.1. Level3", "NEW-1-FORMAT Level1", "a) Level2", "i) Level3"]


@pytest.mark.corpus
def test_poi_complex_numbered_lists_restart_and_continue() -> None:
    texts_ = [line.text for line in read_corpus("formats/poi/ComplexNumberedLists.docx").lines]
    assert "a. 2-a" in texts_
    assert "1. Restarted to 1 from 5" in texts_
    assert "10. Jump to new list at 10" in texts_
    assert "12. Carrying on @ 12" in texts_


@pytest.mark.corpus
def test_headers_land_in_their_region_only() -> None:
    lines = read_corpus("formats/poi/HeaderFooterUnicode.docx").lines
    header = "This is a simple header, with a \u20ac euro symbol in it."
    assert Line(header, region="header") in lines
    assert all(header not in line.text for line in lines if line.region == "body")
    three = read_corpus("formats/poi/ThreeColHeadFoot.docx").lines
    assert [line.text for line in three if line.region == "footer"] == ["Footer Left\tFooter Middle\tFooter Right"]
    python_docx = read_corpus("formats/python-docx/hdr-header-footer.docx").lines
    assert Line("Header for section-1", region="header") in python_docx


@pytest.mark.corpus
def test_text_boxes_are_read_once_per_region() -> None:
    lines = read_corpus("formats/tika/testWORD_text_box.docx").lines
    assert [(line.text, line.region) for line in lines] == [
        ("This text is inside of a text box in the header of the document.", "header"),
        ("This text is directly in the body of the document.", "body"),
        ("This text is inside of a text box in the body of the document.", "body"),
        ("This text is inside of a text box in the footer of the document.", "footer"),
    ]


@pytest.mark.corpus
def test_field_codes_show_results_only() -> None:
    assert [line.text for line in read_corpus("formats/poi/FieldCodes.docx").lines] == [
        "ANTONI",
        "16 June 2010",
    ]


@pytest.mark.corpus
def test_strict_corpus_file_is_read() -> None:
    texts_ = [line.text for line in read_corpus("bad/docx_iso_strict_namespaces.docx").lines]
    assert texts_ == [
        "\u2022 Bullet1",
        "\u2022 Bullet2",
        "1. Number1",
        "2. Number2",
        "Cellaa  Cellab",
        "Cellba  Cellbb",
    ]


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("relative", "error", "message"),
    [
        ("bad/docx_truncated_zip.docx", CorruptDocumentError, "zip"),
        ("bad/docx_fuzzed_clusterfuzz_5313273089884160.docx", CorruptDocumentError, "zip"),
        ("bad/docx_xxe_external_entity.docx", CorruptDocumentError, "DOCTYPE"),
        ("bad/docx_missing_styles_part.docx", EmptyDocumentError, "no text"),
        ("bad/docx_encrypted_ole_container.docx", UnsupportedFormatError, "OLE"),
        ("formats/poi/EmptyDocumentWithHeaderFooter.docx", EmptyDocumentError, "only page headers"),
    ],
)
def test_bad_corpus_files_fail_clearly(relative: str, error: type[SpecparseError], message: str) -> None:
    path = corpus_file(relative)
    with pytest.raises(error, match=message):
        docx_reader.extract(make_source(path.read_bytes(), "x.docx", format="docx"))


@pytest.mark.corpus
def test_billion_laughs_part_from_corpus_is_refused() -> None:
    path = corpus_file("bad/xlsx_billion_laughs_poc_xmlbomb.xlsx")
    with zipfile.ZipFile(path) as archive:
        bomb = archive.read("xl/sharedStrings.xml")
    with pytest.raises(CorruptDocumentError):
        read(make_docx("", document=bomb.decode("utf-8")))


def test_one_paragraph_layout_rows_keep_their_hints() -> None:
    styles = part_xml("styles", '<w:style w:type="paragraph" w:styleId="H"><w:name w:val="heading 2"/></w:style>')
    body = "<w:tbl><w:tr><w:tc>" + p("DEFINITION", '<w:pStyle w:val="H"/>') + "</w:tc><w:tc>" + p("")
    body += "</w:tc></w:tr></w:tbl>"
    assert read(make_docx(body, parts={"rId8": ("styles", styles)})).lines == [Line("DEFINITION", heading_level=2)]


def test_hostile_start_values_do_not_build_huge_markers() -> None:
    numbering = part_xml(
        "numbering",
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="999999999"/>'
        '<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    )
    assert texts(make_docx(p("Item", num(1)), parts={"rId9": ("numbering", numbering)})) == ["999999999) Item"]


def test_deep_nesting_is_refused() -> None:
    depth = 60
    body = "<w:tbl><w:tr><w:tc>" * depth + p("deep") + "</w:tc></w:tr></w:tbl>" * depth
    with pytest.raises(LimitExceededError, match="nested"):
        read(make_docx(body))
    wrapped = "<w:sdt><w:sdtContent>" * depth + p("deep") + "</w:sdtContent></w:sdt>" * depth
    with pytest.raises(LimitExceededError, match="nested"):
        read(make_docx(wrapped))


def test_ruby_text_keeps_the_base_only() -> None:
    body = (
        "<w:p><w:r><w:ruby><w:rt><w:r><w:t>kan</w:t></w:r></w:rt>"
        "<w:rubyBase><w:r><w:t>\u6f22</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>"
    )
    assert texts(make_docx(body)) == ["\u6f22"]


def test_legacy_form_checkboxes_show_their_state() -> None:
    def box(state: str) -> str:
        return (
            f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:default w:val="0"/>{state}'
            "</w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r>"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        )

    body = f'<w:p>{box("<w:checked/>")}<w:r><w:t xml:space="preserve"> Exempt </w:t></w:r>'
    body += f'{box("")}<w:r><w:t xml:space="preserve"> Non-exempt</w:t></w:r></w:p>'
    assert texts(make_docx(body)) == ["\u2612 Exempt \u2610 Non-exempt"]


@pytest.mark.parametrize(
    ("font", "char", "shown"),
    [
        ("Symbol", "F0B7", "\u2022"),  # the usual hand-typed bullet
        ("Symbol", "F061", "\u03b1"),  # Symbol puts Greek on Latin letters
        ("Symbol", "0033", "3"),
        ("Wingdings", "F0FC", "\u2713"),  # tick
        ("Wingdings", "F0A7", "\u25aa"),  # square bullet
        ("Wingdings 3", "F07D", ""),  # an unknown symbol font's glyph is dropped, not shown as PUA
        ("Arial", "2264", "\u2264"),
    ],
)
def test_symbol_characters(font: str, char: str, shown: str) -> None:
    body = f'<w:p><w:r><w:t>x</w:t><w:sym w:font="{font}" w:char="{char}"/></w:r></w:p>'
    assert texts(make_docx(body)) == [f"x{shown}"]
