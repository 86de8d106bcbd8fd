"""The RTF reader: tokens, code pages, destinations, fields, tables, lists, regions and limits."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from specparse.errors import CorruptDocumentError, EmptyDocumentError, LimitExceededError
from specparse.extract import rtf
from specparse.extract.rtf_lexer import Lexer, skip_group
from specparse.lines import Line
from specparse.source import Source

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
TIKA = CORPUS / "formats" / "tika"
FONTS = r"{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\froman\fcharset2 Symbol;}{\f2\fnil\fcharset204 Arial Cyr;}"
FONTS += r"{\f3\fnil\fcharset128 MS Mincho;}{\f4\fnil\fcharset238 Arial CE;}}"


def read(body: str | bytes, header: str = r"{\rtf1\ansi\ansicpg1252\deff0" + FONTS) -> list[Line]:
    raw = body.encode("latin-1") if isinstance(body, str) else body
    data = header.encode("latin-1") + raw + b"}"
    return rtf.extract(Source(data=data, name="doc.rtf", format="rtf")).lines


def texts(body: str | bytes) -> list[str]:
    return [line.text for line in read(body)]


def test_paragraphs_bold_and_breaks() -> None:
    assert read(
        r"\pard\plain {\b DEFINITION}\par Under {\b direction}, performs\line work.\par\par\b Bold \b0\par"
    ) == [
        Line("DEFINITION", bold=True),
        Line("Under direction, performs"),
        Line("work."),
        Line("Bold", bold=True),
    ]


def test_special_characters_and_symbols() -> None:
    body = r"a\emdash b\endash c\bullet d \lquote x\rquote  \ldblquote y\rdblquote  "
    body += r"e\~f g\_h op\-tional \{\}\\\tab z\par"
    assert texts(body) == ["a\u2014b\u2013c\u2022d \u2018x\u2019 \u201cy\u201d e\u00a0f g-h optional {}\\\tz"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (r"caf\u233?\par", "café"),
        (r"\uc2 caf\u233\'3f\'3f!\par", "café!"),
        (r"\uc0 caf\u233 e\par", "cafée"),
        (r"{\uc2\u163 \'81\'92}x\par", "£x"),
        (r"\u-10240?\u-8398?\par", "\U00010332"),
        (r"\u-4064 ?ok\par", "\uf020ok"),
        (r"\u-257?BOM\par", "BOM"),
        (r"\u9999999999?\u-99999?x\par", "\ufffd\ufffdx"),
    ],
)
def test_unicode_escapes_and_skip_counts(body: str, expected: str) -> None:
    assert texts(body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (r"\f4 za\'bf\'f3\'b3\'e6\par", "zażółć"),
        (r"\f2 \'cf\'f0\'e8\'e2\'e5\'f2\par", "Привет"),
        (r"\f3 \'82\'b1\'82\'f1\par", "こん"),
        (r"\f3 \'81e\'81g\par", "‘“"),  # lead byte escaped, trail byte written as a literal letter
        (r"\f0 caf\'e9\par", "café"),
        (r"{\f4 \'b9}{\f0 \'b9}\par", "ą¹"),
    ],
)
def test_bytes_decode_in_the_font_code_page(body: str, expected: str) -> None:
    assert texts(body) == [expected]


def test_ansicpg_is_the_default_code_page() -> None:
    lines = read(r"\'e0\'e1\par", header=r"{\rtf1\ansi\ansicpg1251{\fonttbl{\f0\fnil Arial;}}")
    assert [line.text for line in lines] == ["аб"]


def test_mac_code_page() -> None:
    assert [line.text for line in read(r"caf\'8e\par", header=r"{\rtf1\mac ")] == ["café"]


def test_fields_keep_the_result_not_the_instruction() -> None:
    body = r'See {\field{\*\fldinst {HYPERLINK "http://x.example/"}}{\fldrslt {\ul the site}}} now.\par'
    body += r"{\field{\fldinst PAGE}{\fldrslt 3}}\par"
    assert texts(body) == ["See the site now.", "3"]


def test_skipped_destinations() -> None:
    body = (
        r"{\info{\title Not text}{\author Me}}{\*\generator Writer;}{\colortbl;\red0\green0\blue0;}"
        r"{\pict\pngblip 89504e47}{\*\shppict{\pict\bin5 {}\{x}}{\*\unknown dest}"
        r"{\*\bkmkstart b}{\*\bkmkend b}{\v hidden }{\xe {\v index}}Kept\par"
    )
    assert texts(body) == ["Kept"]


def test_destination_words_count_only_at_the_start_of_a_group() -> None:
    # A stray \pict or \* inside running text must not swallow the rest of its group.
    assert texts(r"{Before \pict after \* star \header end}\par") == ["Before after  star end"]


def test_text_box_text_is_kept_and_its_drawing_twin_skipped() -> None:
    body = (
        r"{\shp{\*\shpinst\shpleft0{\sp{\sn fillColor}{\sv 268435473}}"
        r"{\shptxt \pard Class Code: 7565\par}}"
        r"{\shprslt{\*\do\dobxcolumn{\dptxbxtext \pard Class Code: 7565\par}}}}"
        r"\pard Body{\*}\par"
    )
    assert texts(body) == ["Class Code: 7565", "Body"]
    anchored = r"\pard Before {\shp{\*\shpinst{\shptxt \pard In box\par Second}}} after\par"
    assert texts(anchored) == ["In box", "Second", "Before  after"]


def test_binary_data_with_braces_is_skipped() -> None:
    assert texts(r"{\*\objdata \bin4 }}}{}A\par") == ["A"]
    assert texts(r"{\pict\bin3 {{{}B\par") == ["B"]


def test_table_rows_and_layout_cells() -> None:
    row = r"\trowd\cellx1000\cellx2000 \pard\intbl Class Code:\cell 7565\cell\row "
    row += r"\trowd\cellx1000\cellx2000 \pard\intbl {\b A}\cell {\b B}\cell\row "
    long = "performs a variety of difficult administrative work in support of customer accounts " * 2
    row += r"\trowd\cellx1000\cellx2000 \pard\intbl DUTIES\cell " + long + r"\par More\cell\row \pard after\par"
    assert read(row) == [
        Line("Class Code:  7565"),
        Line("A  B", bold=True),
        Line("DUTIES"),
        Line(long.strip()),
        Line("More"),
        Line("after"),
    ]


def test_list_text_becomes_the_marker() -> None:
    body = (
        r"{\listtext\pard\plain\f1 \'b7\tab}\ls1 First\par"
        r"{\listtext\pard\plain 2.\tab}Second\par"
        r"{\pntext\f0 a)\tab}Third\par"
        r"{\listtext\pard\plain\f0 \'96\tab}Dash\par"
        r"{\listtext\pard\plain\f0 o\tab}Courier\par"
        r"{\listtext\pard\plain\f0 Step 1:\tab}Worded\par"
        r"{\*\pn\pnlvlblt{\pntxtb\'b7}}Plain\par"
    )
    assert read(body) == [
        Line("• First", list_item=True),
        Line("2. Second", list_item=True),
        Line("a) Third", list_item=True),
        Line("• Dash", list_item=True),
        Line("• Courier", list_item=True),
        Line("Step 1: Worded", list_item=True),
        Line("Plain"),
    ]


def test_headings_from_outline_level_and_style_sheet() -> None:
    header = r"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}{\stylesheet{\s0 Normal;}{\s1\b heading 1;}"
    header += r"{\s2\outlinelevel1 Custom Two;}{\*\cs10 Default Paragraph Font;}}"
    body = r"\pard\s1 Title\par\pard\s2 Sub\par\pard\outlinelevel2 Deep\par\pard\s0 Body\par"
    lines = read(body + r"\pard\outlinelevel9 Text\par", header)
    assert [(line.text, line.heading_level) for line in lines] == [
        ("Title", 1),
        ("Sub", 2),
        ("Deep", 3),
        ("Body", None),
        ("Text", None),
    ]


def test_headers_footers_and_footnotes_are_kept_apart() -> None:
    body = (
        r"{\header \pard City of Alameda\par}{\footerl \pard Page foot}"
        r"\pard Body{\super\chftn}{\footnote \pard\plain Note text.}\par"
    )
    assert read(body) == [
        Line("City of Alameda", region="header"),
        Line("Page foot", region="footer"),
        Line("Note text.", region="footer"),
        Line("Body"),
    ]


def test_truncated_document_keeps_its_text_and_warns() -> None:
    data = rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\pard Cut off {\b here"
    extraction = rtf.extract(Source(data=data, name="cut.rtf", format="rtf"))
    assert [line.text for line in extraction.lines] == ["Cut off here"]
    assert [code for code, _ in extraction.warnings] == ["truncated"]


@pytest.mark.parametrize(
    "data",
    [b"", b"plain text", rb"{\rtf1\ansi}", rb"{\rtf1{\fonttbl{\f0 Arial;}}{\info{\title T}}\par\par}"],
)
def test_no_text(data: bytes) -> None:
    with pytest.raises((EmptyDocumentError, CorruptDocumentError)):
        rtf.extract(Source(data=data, name="x.rtf", format="rtf"))


def test_empty_document_is_reported_as_empty() -> None:
    with pytest.raises(EmptyDocumentError, match="no text"):
        rtf.extract(Source(data=rb"{\rtf1\ansi\pard\par}", name="x.rtf", format="rtf"))


def test_not_rtf_is_corrupt() -> None:
    with pytest.raises(CorruptDocumentError):
        rtf.extract(Source(data=b"<html>not rtf</html>", name="x.rtf", format="rtf"))


def test_deep_nesting_is_a_limit() -> None:
    data = b"{\\rtf1 " + b"{" * 5000 + b"x" + b"}" * 5001
    with pytest.raises(LimitExceededError):
        rtf.extract(Source(data=data, name="deep.rtf", format="rtf"))


def test_nesting_within_the_limit_reads() -> None:
    data = b"{\\rtf1 " + b"{" * 900 + b"x" + b"}" * 901
    assert [line.text for line in rtf.extract(Source(data=data, name="d.rtf", format="rtf")).lines] == ["x"]


def test_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rtf, "MAX_RTF_BYTES", 50)
    with pytest.raises(LimitExceededError):
        read("x" * 100)


def test_skipping_a_huge_hostile_destination_is_fast() -> None:
    data = b"{\\rtf1{\\*\\objdata " + b"{\\\\}" * 50_000 + b"}Done\\par}"
    started = time.perf_counter()
    lines = rtf.extract(Source(data=data, name="big.rtf", format="rtf")).lines
    assert [line.text for line in lines] == ["Done"]
    assert time.perf_counter() - started < 2


def test_lexer_tokens() -> None:
    kinds = [(t.kind, t.value, t.param) for t in Lexer(rb"{\b1 x\'41\~\par99999999999999 }", 10)]
    assert kinds == [
        ("open", "", None),
        ("word", "b", 1),
        ("text", "", None),
        ("hex", "", None),
        ("symbol", "~", None),
        ("word", "par", 9999999999),
        ("close", "", None),
    ]
    assert skip_group(rb"a{b}\}c}rest", 0) == 8


def tika(name: str) -> list[Line]:
    path = TIKA / name
    if not path.is_file():
        pytest.skip(f"corpus file not found: {path}")
    return rtf.extract(Source(data=path.read_bytes(), name=name, format="rtf")).lines


@pytest.mark.corpus
def test_tika_windows_1250() -> None:
    assert [line.text for line in tika("testRTFWindowsCodepage1250.rtf")] == [
        "zażółć gęślą jaźń",
        "ZAŻÓŁĆ GĘŚLĄ JAŹŃ",
    ]


@pytest.mark.corpus
def test_tika_czech_word_2010() -> None:
    found = [line.text for line in tika("testRTFWord2010CzechCharacters.rtf")]
    assert found[:2] == ["Článek týdne", "Část svitku s textem Knihy Izajáš"]


@pytest.mark.corpus
def test_tika_japanese() -> None:
    lines = tika("testRTFJapanese.rtf")
    body = [line.text for line in lines if line.region == "body"]
    assert body[0] == "ゾルゲと尾崎、淡々と最期"
    assert "1. ゾルゲの処刑記録、" in body
    assert [line.text for line in lines if line.region == "header"] == ["ゾルゲの処刑記録、"]
    assert [line.text for line in tika("testRTF-ms932.rtf")] == ["Hello", "こんにちは", "Test", "テスト"]


@pytest.mark.corpus
def test_tika_hyperlink_keeps_link_text_only() -> None:
    joined = "\n".join(line.text for line in tika("testRTFHyperlink.rtf"))
    assert "you can read answers to our most frequently asked questions." in joined
    for instruction in ("HYPERLINK", "http://", "<A HREF"):
        assert instruction not in joined


@pytest.mark.corpus
def test_tika_table_cells_are_separated() -> None:
    assert [line.text for line in tika("testRTFTableCellSeparation.rtf")] == ["a  b", "c  d", "ä  ë", "ö  ü"]


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["testRTFListMicrosoftWord.rtf", "testRTFListLibreOffice.rtf"])
def test_tika_lists(name: str) -> None:
    lines = tika(name)
    items = [line.text for line in lines if line.list_item]
    assert items[:6] == ["1. one", "2. two", "3. three", "• first", "• second", "• third"]
    assert "A short ordered list:" in [line.text for line in lines if not line.list_item]


@pytest.mark.corpus
def test_tika_various_regions_and_unicode() -> None:
    lines = tika("testRTFVarious.rtf")
    assert Line("This is the header text.", region="header") in lines
    assert Line("This is the footer text.", region="footer") in lines
    assert Line("This is a footnote.", region="footer") in lines
    body = [line.text for line in lines if line.region == "body"]
    assert "Row 1 Col 1  Row 1 Col 2  Row 1 Col 3" in body
    assert "Here is a text box" in body
    assert "\U00010332\U0001033f\U00010344\U00010339\U00010343\U0001033a" in body
    assert [line.text for line in lines if line.list_item] == [
        "• Bullet 1",
        "• Bullet 2",
        "• Bullet 3",
        "1) Number bullet 1",
        "2) Number bullet 2",
        "3) Number bullet 3",
    ]


@pytest.mark.corpus
def test_tika_controls() -> None:
    assert [line.text for line in tika("testRTFControls.rtf")][:2] == [
        "Thiswordhasanem\u2014dash",
        "Thiswordhasanen\u2013dash",
    ]


@pytest.mark.corpus
def test_every_corpus_rtf_reads() -> None:
    paths = sorted((CORPUS / "formats").rglob("*.rtf"))
    if not paths:
        pytest.skip(f"no rtf files under {CORPUS / 'formats'}")
    for path in paths:
        lines = rtf.extract(Source(data=path.read_bytes(), name=path.name, format="rtf")).lines
        assert any(line.text for line in lines), path.name
        assert all("\\" not in line.text or "G:\\" in line.text for line in lines), path.name
