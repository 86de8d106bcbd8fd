"""Tests of the Word 2003 XML (flat WordprocessingML) reader: documents written here, then the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from specparse.errors import CorruptDocumentError, EmptyDocumentError, UnsupportedFormatError
from specparse.extract import Extraction
from specparse.extract import wordml as wordml_reader
from specparse.lines import Line
from specparse.source import make_source

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"

HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<?mso-application progid="Word.Document"?>'
    '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
    'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" '
    'xmlns:aml="http://schemas.microsoft.com/aml/2001/core" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xml:space="preserve">'
)
STYLES = (
    "<w:styles>"
    '<w:style w:type="paragraph" w:default="on" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/>'
    '<w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>'
    "</w:styles>"
)
LISTS = (
    '<w:lists><w:listDef w:listDefId="0">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:nfc w:val="0"/><w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:nfc w:val="4"/><w:lvlText w:val="%2)"/></w:lvl>'
    '</w:listDef><w:listDef w:listDefId="1">'
    '<w:lvl w:ilvl="0"><w:nfc w:val="23"/><w:lvlText w:val="\u00b7"/></w:lvl>'
    "</w:listDef>"
    '<w:list w:ilfo="1"><w:ilst w:val="0"/></w:list><w:list w:ilfo="2"><w:ilst w:val="1"/></w:list>'
    "</w:lists>"
)


def doc(body: str, *, styles: str = STYLES, lists: str = LISTS) -> bytes:
    return f"{HEAD}{styles}{lists}<w:body><wx:sect>{body}</wx:sect></w:body></w:wordDocument>".encode()


def para(text: str, ppr: str = "", rpr: str = "") -> str:
    return f"<w:p><w:pPr>{ppr}</w:pPr><w:r><w:rPr>{rpr}</w:rPr><w:t>{text}</w:t></w:r></w:p>"


def listed(text: str, ilfo: int, ilvl: int = 0) -> str:
    return para(text, f'<w:listPr><w:ilvl w:val="{ilvl}"/><w:ilfo w:val="{ilfo}"/></w:listPr>')


def read(data: bytes, name: str = "spec.xml") -> Extraction:
    source = make_source(data, name)
    assert source.format == "wordml"
    return wordml_reader.extract(source)


def test_paragraphs_styles_lists_and_tables() -> None:
    body = (
        "<wx:sub-section>"
        + para("DEFINITION", '<w:pStyle w:val="berschrift1"/>')
        + para("Under direction, leads the work.")
        + para("Knowledge", rpr='<w:b w:val="on"/>')
        + para("Not bold", rpr='<w:b w:val="off"/>')
        + listed("Performs lead duties.", 1)
        + listed("Receives inquiries.", 1, 1)
        + listed("Trains staff.", 1)
        + listed("A bullet.", 2)
        + "<w:tbl><w:tr><w:tc>"
        + para("Class Code: 7565")
        + "</w:tc><w:tc>"
        + para("Approved: 7/1/09")
        + "</w:tc></w:tr></w:tbl>"
        + "</wx:sub-section>"
    )
    assert read(doc(body)).lines == [
        Line("DEFINITION", bold=True, heading_level=1),
        Line("Under direction, leads the work."),
        Line("Knowledge", bold=True),
        Line("Not bold"),
        Line("1. Performs lead duties.", list_item=True),
        Line("a) Receives inquiries.", list_item=True),
        Line("2. Trains staff.", list_item=True),
        Line("\u2022 A bullet.", list_item=True),
        Line("Class Code: 7565  Approved: 7/1/09"),
    ]


def test_annotations_fields_links_and_breaks() -> None:
    body = (
        "<w:p><w:r><w:t>Performs </w:t></w:r>"
        '<aml:annotation aml:id="1" w:type="Word.Insertion"><aml:content>'
        "<w:r><w:t>difficult </w:t></w:r></aml:content></aml:annotation>"
        '<aml:annotation aml:id="2" w:type="Word.Deletion"><aml:content>'
        "<w:r><w:delText>easy </w:delText></w:r></aml:content></aml:annotation>"
        '<aml:annotation aml:id="3" w:type="Word.Comment"><aml:content>'
        "<w:p><w:r><w:t>a reviewer comment</w:t></w:r></w:p></aml:content></aml:annotation>"
        '<w:hlink w:dest="http://example.org"><w:r><w:t>work</w:t></w:r></w:hlink>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t> 3</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        "<w:r><w:br/><w:t>next line</w:t></w:r></w:p>"
    )
    extraction = read(doc(body))
    assert [line.text for line in extraction.lines] == ["Performs difficult work 3", "next line"]
    assert extraction.warnings == [("tracked_changes", "tracked changes were read as accepted")]


def test_headers_and_footers_in_section_properties() -> None:
    section = (
        '<w:sectPr><w:hdr w:type="odd">'
        + para("City of Alameda")
        + '</w:hdr><w:hdr w:type="first">'
        + para("City of Alameda")
        + '</w:hdr><w:ftr w:type="odd">'
        + para("Human Resources")
        + "</w:ftr></w:sectPr>"
    )
    assert read(doc(para("Body text.") + section)).lines == [
        Line("City of Alameda", region="header"),
        Line("Body text."),
        Line("Human Resources", region="footer"),
    ]


def test_failures() -> None:
    with pytest.raises(EmptyDocumentError):
        read(doc(para("")))
    with pytest.raises(CorruptDocumentError, match="broken XML"):
        read(doc(para("x"))[:-40])
    with pytest.raises(UnsupportedFormatError, match="not a Word 2003"):
        wordml_reader.extract(make_source(b"<?xml version='1.0'?><html/>", "x.xml", format="wordml"))
    entity = HEAD.replace("?>", '?><!DOCTYPE w:wordDocument [<!ENTITY e SYSTEM "file:///etc/passwd">]>', 1)
    with pytest.raises(CorruptDocumentError, match="DOCTYPE"):
        read(f"{entity}<w:body>{para('&e;')}</w:body></w:wordDocument>".encode())


def corpus_file(relative: str) -> Path:
    path = CORPUS / relative
    if not path.is_file():
        pytest.skip(f"corpus file {relative} not present (../shared/corpus is absent)")
    return path


@pytest.mark.corpus
def test_oletools_word2003_sample_named_doc() -> None:
    path = corpus_file("bad/word2003_flat_xml.xml")
    # Saved with a .doc name, the content still decides the format.
    lines = read(path.read_bytes(), "renamed.doc").lines
    assert lines[0] == Line("Test", heading_level=1)
    assert lines[1].text == "This is a harmless test document."
    assert "It contains neither macros nor dde links" in lines[2].text
    assert "\u00fcnic\u00f6de-\u00dftring\u00df and different text sizes, colors and fonts" in lines[3].text


@pytest.mark.corpus
def test_tika_wordml_table_document() -> None:
    path = corpus_file("formats/tika/testWORDML_tableInsideParagraph.doc")
    lines = read(path.read_bytes(), path.name).lines
    body = [line.text for line in lines if line.region == "body"]
    assert body == ["First Page", "Some Data  Second column  Third", "tic-tac-toe", "1  20"]
    assert [line.text for line in lines if line.region == "footer"] == ["/"]
