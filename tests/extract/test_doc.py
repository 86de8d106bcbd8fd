"""The Word 97-2003 / Word 6 binary reader: hand-built files for each rule, then the real corpus."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from specparse.errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    SkippedInputError,
    SpecparseError,
    UnsupportedFormatError,
)
from specparse.extract import Extraction, extract
from specparse.lines import Line
from specparse.source import make_source

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"

# ---------------------------------------------------------------------------------------------
# A minimal OLE2 compound-file writer (version 3, 512-byte sectors; every stream is padded to the
# 4096-byte mini-stream cutoff, with the padding counted in its size, so only the FAT is needed).
_SECTOR = 512
_FREE, _END, _FAT_SECTOR = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def _cfb(streams: dict[str, bytes]) -> bytes:
    names = sorted(streams, key=lambda n: (len(n), n.upper()))
    blobs = [streams[n].ljust(max(4096, -(-len(streams[n]) // _SECTOR) * _SECTOR), b"\0") for n in names]
    dir_sectors = -(-(len(names) + 1) * 128 // _SECTOR)
    data_sectors = sum(len(b) // _SECTOR for b in blobs)
    fat_sectors = 1
    while fat_sectors * 128 < fat_sectors + dir_sectors + data_sectors:
        fat_sectors += 1
    fat = [_FAT_SECTOR] * fat_sectors

    def chain(count: int) -> int:
        start = len(fat)
        fat.extend(range(start + 1, start + count))
        fat.append(_END)
        return start

    dir_start = chain(dir_sectors)
    starts = [chain(len(b) // _SECTOR) for b in blobs]
    fat.extend([_FREE] * (fat_sectors * 128 - len(fat)))

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        encoded = name.encode("utf-16-le") + b"\0\0"
        return (
            encoded.ljust(64, b"\0")
            + struct.pack("<HBB3I", len(encoded), kind, 1, _FREE, right, child)
            + b"\0" * 36
            + struct.pack("<3I", start, size, 0)
        )

    directory = entry("Root Entry", 5, 1 if names else _FREE, _FREE, _END, 0)
    for index, name in enumerate(names):
        right = index + 2 if index + 1 < len(names) else _FREE
        directory += entry(name, 2, _FREE, right, starts[index], len(blobs[index]))
    directory = directory.ljust(dir_sectors * _SECTOR, b"\0")
    difat = list(range(fat_sectors)) + [_FREE] * (109 - fat_sectors)
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\0" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\0" * 6
        + struct.pack("<IIIIIIIII", 0, fat_sectors, dir_start, 0, 4096, _END, 0, _END, 0)
        + struct.pack("<109I", *difat)
    )
    body = struct.pack(f"<{len(fat)}I", *fat) + directory + b"".join(blobs)
    return header + body


# ---------------------------------------------------------------------------------------------
# A Word 97 file: FIB, text at 0x800, a CLX in 1Table; optional header stories (PlcfHdd).
_TEXT_AT = 0x800
_FC_STSHF, _FC_PLCF_HDD, _FC_BTE_CHPX, _FC_BTE_PAPX, _FC_CLX = 1, 11, 12, 13, 33
Runs = list[tuple[int, int, bytes]]  # (first CP, CP after the last, grpprl) of compressed text


def _fkp(runs: Runs, paragraphs: bool, styles: list[int]) -> bytes:
    """One formatted disk page: the runs' FCs, their offsets, and their (PAPX or CHPX) bodies."""
    page = bytearray(512)
    count = len(runs)
    for index, (start, _, _) in enumerate(runs):
        struct.pack_into("<I", page, 4 * index, _TEXT_AT + start)
    struct.pack_into("<I", page, 4 * count, _TEXT_AT + runs[-1][1])
    end = 511
    for index, (_, _, grpprl) in enumerate(runs):
        if paragraphs:
            content = struct.pack("<H", styles[index]) + grpprl
            body = (
                bytes([(len(content) + 1) // 2]) + content
                if len(content) % 2
                else b"\0" + bytes([len(content) // 2]) + content
            )
        else:
            body = bytes([len(grpprl)]) + grpprl
        end = (end - len(body)) & ~1
        page[end : end + len(body)] = body
        page[4 * (count + 1) + (13 if paragraphs else 1) * index] = end // 2
    page[511] = count
    return bytes(page)


def _stsh(styles: list[tuple[int, int, bytes]]) -> bytes:
    """A style sheet of (sti, stk, chpx grpprl) styles: stk 1 paragraph (istd 0 = Normal), 2 character."""
    stshi = struct.pack("<HHHHHH", len(styles), 10, 1, 0, 0, 0) + b"\0" * 6
    out = struct.pack("<H", len(stshi)) + stshi
    for istd, (sti, stk, chpx) in enumerate(styles):
        base = 0x0FFF if istd == 0 else 0
        std = struct.pack("<HHHHH", sti, stk | base << 4, (2 if stk == 1 else 1), 0, 0)
        std += struct.pack("<H", 1) + "S".encode("utf-16-le") + b"\0\0"
        if stk == 1:
            std += struct.pack("<HH", 2, istd)
        std += b"\0" * (len(std) & 1) + struct.pack("<H", len(chpx)) + chpx
        std += b"\0" * (len(std) & 1)
        out += struct.pack("<H", len(std)) + std
    return out


def _word97(
    stories: list[str],
    *,
    wide: bool = False,
    flags: int = 0x0200,
    n_fib: int = 0xC1,
    ident: int = 0xA5EC,
    hdd_cps: list[int] | None = None,
    pieces: int = 1,
    table_name: str = "1Table",
    chpx: Runs | None = None,
    papx: list[tuple[int, int, int, bytes]] | None = None,
    styles: list[tuple[int, int, bytes]] | None = None,
) -> bytes:
    """``stories`` are main text, footnotes, headers… in CP order (the FIB's ccp fields);
    ``chpx``/``papx`` runs (papx with a style index) and ``styles`` need compressed text."""
    text = "".join(stories)
    raw = text.encode("utf-16-le" if wide else "cp1252")
    table = b""
    fc_lcb = [(0, 0)] * 93
    if hdd_cps is not None:
        fc_lcb[_FC_PLCF_HDD] = (len(table), 4 * len(hdd_cps))
        table += struct.pack(f"<{len(hdd_cps)}I", *hdd_cps)
    # Split the text into ``pieces`` pieces to exercise the piece table.
    bounds = [len(text) * i // pieces for i in range(pieces + 1)]
    width = 2 if wide else 1
    fcs = [_TEXT_AT + b * width if wide else ((_TEXT_AT + b) * 2) | 0x40000000 for b in bounds[:-1]]
    plc = struct.pack(f"<{pieces + 1}I", *bounds) + b"".join(struct.pack("<HIH", 0, fc, 0) for fc in fcs)
    clx = b"\x01\x02\x00\xaa\xbb" + b"\x02" + struct.pack("<I", len(plc)) + plc  # one Prc to skip, then Pcdt
    fc_lcb[_FC_CLX] = (len(table), len(clx))
    table += clx
    pages = b""
    page_at = -(-(_TEXT_AT + len(raw)) // 512)
    for index, runs in ((_FC_BTE_CHPX, chpx), (_FC_BTE_PAPX, papx)):
        if runs:
            plain = [(start, end, grpprl) for start, end, *_, grpprl in runs]
            page = _fkp(plain, index == _FC_BTE_PAPX, [run[2] for run in runs] if index == _FC_BTE_PAPX else [])
            bte = struct.pack("<III", _TEXT_AT + runs[0][0], _TEXT_AT + runs[-1][1], page_at + len(pages) // 512)
            fc_lcb[index] = (len(table), len(bte))
            table += bte
            pages += page
    if styles is not None:
        sheet = _stsh(styles)
        fc_lcb[_FC_STSHF] = (len(table), len(sheet))
        table += sheet
    ccp = [len(s) for s in stories] + [0] * (8 - len(stories))
    fib = struct.pack("<HHHHHH", ident, n_fib, 0, 0x0409, 0, flags) + b"\0" * 12
    fib = fib[:0x18] + struct.pack("<II", _TEXT_AT, _TEXT_AT + len(raw)) + fib[0x20:]
    fib += struct.pack("<H", 14) + b"\0" * 28
    fib += struct.pack("<H", 22) + struct.pack("<22I", 0, 0, 0, *ccp, *([0] * 11))
    fib += struct.pack("<H", 93) + b"".join(struct.pack("<II", fc, lcb) for fc, lcb in fc_lcb)
    fib += b"\0\0"
    word = (fib.ljust(_TEXT_AT, b"\0") + raw).ljust(page_at * 512, b"\0") + pages
    return _cfb({"WordDocument": word, table_name: table})


def _read(data: bytes, name: str = "test.doc") -> Extraction:
    return extract(make_source(data, name))


def _texts(lines: list[Line], region: str = "body") -> list[str]:
    return [line.text for line in lines if line.region == region]


# ---------------------------------------------------------------------------------------------
def test_paragraphs_from_a_compressed_piece() -> None:
    lines = _read(_word97(["First paragraph.\rSecond one.\r"])).lines
    assert _texts(lines) == ["First paragraph.", "Second one."]


def test_utf16_pieces_and_several_pieces() -> None:
    text = "Должностная инструкция\rΕλληνικά and 日本語 — done\r"
    assert _texts(_read(_word97([text], wide=True, pieces=3)).lines) == [
        "Должностная инструкция",
        "Ελληνικά and 日本語 — done",
    ]


def test_surrogate_pairs_keep_positions() -> None:
    lines = _read(_word97(["Emoji \U0001f600 here\rNext\r"], wide=True, pieces=2)).lines
    assert _texts(lines) == ["Emoji \U0001f600 here", "Next"]


def test_field_keeps_result_and_drops_instruction() -> None:
    text = (
        "Page \x13 PAGE \\* MERGEFORMAT \x143\x15 of \x13NUMPAGES\x145\x15\r"
        'See \x13 HYPERLINK "http://example.com" \x14the site\x15.\r'
        "Nested \x13IF \x13 DATE \x142010\x15 = 1 \x14outer result\x15 done\r"
        "Gone \x13 TC entry without separator \x15here\r"
    )
    assert _texts(_read(_word97([text])).lines) == [
        "Page 3 of 5",
        "See the site.",
        "Nested outer result done",
        "Gone here",
    ]


def test_special_characters() -> None:
    text = "non\x1ebreaking hy\x1fphen\x01\x08 anchors\x05\rline\x0bbreak\rbefore\x0cafter\r"
    assert _texts(_read(_word97([text])).lines) == [
        "non-breaking hyphen anchors",
        "line",
        "break",
        "before",
        "after",
    ]


def test_table_rows_without_paragraph_properties() -> None:
    text = "Intro\rClass Code:\x071234\x07\x07Approved:\x077/1/09\x07\x07After\r"
    assert _texts(_read(_word97([text])).lines) == [
        "Intro",
        "Class Code:  1234",
        "Approved:  7/1/09",
        "After",
    ]


def test_footnotes_and_textboxes_follow_the_body_and_comments_are_skipped() -> None:
    stories = ["Body\x02 text\r", "\x02 A footnote\r", "", "", "A comment\r", "\x02 An endnote\r", "Boxed\r"]
    lines = _read(_word97(stories)).lines
    assert _texts(lines) == ["Body text", "", "A footnote", "", "An endnote", "", "Boxed"]


def test_header_and_footer_stories() -> None:
    body, headers = "Body\r", "\x03\r\x04\r" + "Even head\r" + "Odd head\r" + "Odd foot\r" + "Odd head\r"
    # Six separator stories (two non-empty), then even header, odd header, (no even footer),
    # odd footer, (no first-page stories); a second section repeating the odd header.
    sep = [0, 2, 4, 4, 4, 4]
    first = [4, 14, 23, 23, 32, 32]
    second = [32, 32, 41, 41, 41, 41, 41]
    lines = _read(_word97([body, "", headers], hdd_cps=sep + first + second)).lines
    assert _texts(lines) == ["Body"]
    assert _texts(lines, "header") == ["Even head", "Odd head"]
    assert _texts(lines, "footer") == ["Odd foot"]


_BOLD, _NOT_BOLD, _DELETED = b"\x35\x08\x01", b"\x35\x08\x00", b"\x00\x08\x01"
_IN_TABLE, _ROW_END = b"\x16\x24\x01", b"\x16\x24\x01\x17\x24\x01"


def test_whole_paragraph_bold_from_direct_formatting() -> None:
    text = "Duties\rMixed bold text\r"
    runs = [(0, 7, _BOLD), (7, 13, _NOT_BOLD), (13, 17, _BOLD), (17, len(text), b"")]
    lines = _read(_word97([text], chpx=runs)).lines
    assert [(line.text, line.bold) for line in lines] == [("Duties", True), ("Mixed bold text", False)]


def test_character_style_bold_and_heading_style() -> None:
    text = "Title line\rStrong words\rPlain\r"
    styles = [(0, 1, b""), (2, 1, _BOLD), (87, 2, _BOLD)]  # Normal, heading 2, a bold character style
    papx = [(0, 11, 1, b""), (11, len(text), 0, b"")]
    chpx = [(0, 11, b""), (11, 24, b"\x30\x4a\x02\x00"), (24, len(text), b"")]
    lines = _read(_word97([text], chpx=chpx, papx=papx, styles=styles)).lines
    assert [(line.text, line.bold, line.heading_level) for line in lines] == [
        ("Title line", True, 2),
        ("Strong words", True, None),
        ("Plain", False, None),
    ]


def test_tracked_deletion_is_dropped() -> None:
    text = "Salary $1,000 $2,000 a month\r"
    lines = _read(_word97([text], chpx=[(0, 7, b""), (7, 14, _DELETED), (14, len(text), b"")])).lines
    assert _texts(lines) == ["Salary $2,000 a month"]


def test_table_rows_from_paragraph_properties() -> None:
    # An empty middle cell: without the TTP mark its 0x07 would read as the row's end.
    text = "A\x07\x07C\x07\x07Two\rparagraphs\x07D\x07\x07After\r"
    papx = [
        (0, 2, 0, _IN_TABLE),
        (2, 3, 0, _IN_TABLE),
        (3, 5, 0, _IN_TABLE),
        (5, 6, 0, _ROW_END),
        (6, 10, 0, _IN_TABLE),
        (10, 21, 0, _IN_TABLE),
        (21, 23, 0, _IN_TABLE),
        (23, 24, 0, _ROW_END),
        (24, len(text), 0, b""),
    ]
    lines = _read(_word97([text], papx=papx, styles=[(0, 1, b"")])).lines
    # The second row's first cell holds two paragraphs: each paragraph becomes its own line.
    assert _texts(lines) == ["A  C", "Two", "paragraphs", "D", "After"]


def test_encrypted_word_document() -> None:
    with pytest.raises(EncryptedDocumentError, match="encrypted Word document"):
        _read(_word97(["Secret\r"], flags=0x0300))


def test_word2_or_older_is_unsupported() -> None:
    with pytest.raises(UnsupportedFormatError, match=r"Word 2\.0 or older"):
        _read(_word97(["Old\r"], n_fib=45))


def test_unknown_fib_signature_is_corrupt() -> None:
    with pytest.raises(CorruptDocumentError):
        _read(_word97(["Text\r"], ident=0x1234))


def test_piece_table_outside_the_stream_is_corrupt() -> None:
    data = bytearray(_word97(["Text\r"]))
    piece_fc = struct.pack("<I", 0x40000000 | (_TEXT_AT * 2))
    pos = data.index(piece_fc)
    data[pos : pos + 4] = struct.pack("<I", 0x40000000 | 0x7FFFFF0)
    with pytest.raises(CorruptDocumentError, match="outside its stream"):
        _read(bytes(data))


def test_empty_document() -> None:
    with pytest.raises(EmptyDocumentError, match="no text"):
        _read(_word97(["\r\r\x07\x07\r"]))


def test_missing_table_stream_is_corrupt() -> None:
    with pytest.raises(CorruptDocumentError, match="1Table stream is missing"):
        _read(_word97(["Text\r"], table_name="0Table"))


@pytest.mark.parametrize(
    ("streams", "error", "message"),
    [
        (
            {"EncryptionInfo": b"x", "EncryptedPackage": b"y"},
            EncryptedDocumentError,
            "password-protected .docx",
        ),
        ({"Workbook": b"x"}, UnsupportedFormatError, "Excel"),
        ({"PowerPoint Document": b"x"}, UnsupportedFormatError, "PowerPoint"),
        ({"\x05SummaryInformation": b"x"}, UnsupportedFormatError, "only document properties"),
        ({"Something": b"x"}, UnsupportedFormatError, "not a Word document"),
    ],
)
def test_other_ole_files(streams: dict[str, bytes], error: type[SpecparseError], message: str) -> None:
    with pytest.raises(error, match=message):
        _read(_cfb(streams))


def test_unknown_ole_file_named_by_its_extension() -> None:
    with pytest.raises(UnsupportedFormatError, match="Microsoft Works"):
        _read(_cfb({"MM": b"x"}), "letter.wps")


def test_truncated_ole_is_corrupt() -> None:
    with pytest.raises(CorruptDocumentError):
        _read(_word97(["Text\r"])[:700])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 255)), min_size=1, max_size=12))
def test_mutated_files_fail_cleanly(edits: list[tuple[int, int]]) -> None:
    data = bytearray(
        _word97(["Head\x13 PAGE \x141\x15\rA\x07B\x07\x07", "", "\x03\rHeader\r"], hdd_cps=[0, 2] + [2] * 6 + [9])
    )
    for position, value in edits:
        data[512 + position % (len(data) - 512)] = value  # keep the OLE header, damage the rest
    try:
        result = _read(bytes(data))
    except SpecparseError:
        return
    assert isinstance(result.lines, list)


# ---------------------------------------------------------------------------------------------
# Real files, read in place from ../shared/corpus.
def _corpus_docs() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    found = {
        *CORPUS.glob("formats/**/*.doc"),
        *CORPUS.glob("formats/**/*.DOC"),
        *CORPUS.glob("bad/*.doc"),
        *CORPUS.glob("specs/la_kaggle/other/*.doc"),
    }
    return sorted(found)


def _corpus_file(relative: str) -> Path:
    path = CORPUS / relative
    if not path.is_file():
        pytest.skip(f"corpus file {relative} is absent (../shared/corpus not available)")
    return path


def _corpus_read(relative: str) -> Extraction:
    path = _corpus_file(relative)
    return _read(path.read_bytes(), path.name)


@pytest.mark.corpus
@pytest.mark.parametrize("path", _corpus_docs(), ids=lambda p: p.name)
def test_every_corpus_doc_gives_text_or_one_clear_error(path: Path) -> None:
    try:
        result = _read(path.read_bytes(), path.name)
    except SpecparseError as exc:
        message = str(exc)
    else:
        assert any(line.text.strip() for line in result.lines)
        return
    assert message
    assert message == message.strip()
    assert "Traceback" not in message


def test_corpus_is_present_or_skipped() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    assert len(_corpus_docs()) >= 40


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("relative", "error", "message"),
    [
        ("bad/doc_password_protected.doc", EncryptedDocumentError, "encrypted Word document"),
        ("formats/poi/PasswordProtected.doc", EncryptedDocumentError, "encrypted Word document"),
        ("formats/tika/testWORD_protected_passtika.doc", EncryptedDocumentError, "encrypted Word document"),
        ("bad/docx_encrypted_ole_container.docx", EncryptedDocumentError, "password-protected .docx"),
        ("bad/doc_empty_document.doc", EmptyDocumentError, "no text"),
        ("bad/doc_fuzzed_clusterfuzz_5418937293340672.doc", CorruptDocumentError, "corrupt Word document"),
        ("bad/ole_corrupt_property_set_61300.bin", UnsupportedFormatError, "Excel"),
        ("bad/ole_short_last_block.wps", UnsupportedFormatError, "Microsoft Works"),
        ("formats/tika/testWordPerfect_42.doc", UnsupportedFormatError, "WordPerfect|binary content"),
    ],
)
def test_corpus_failures(relative: str, error: type[SpecparseError], message: str) -> None:
    path = _corpus_file(relative)
    with pytest.raises(error, match=message):
        _read(path.read_bytes(), path.name)


@pytest.mark.corpus
def test_renamed_word_lock_file_is_skipped() -> None:
    path = _corpus_file("specs/la_kaggle/other/lockfile__IME_AND_INTELLIGENCE_ANALYST_2236.doc")
    with pytest.raises(SkippedInputError, match="lock file"):
        _read(path.read_bytes(), path.name)


@pytest.mark.corpus
def test_simple_table_cells() -> None:
    lines = _texts(_corpus_read("formats/poi/simple-table.doc").lines)
    assert lines[1:] == [
        "Cell 1,1  Cell 1,2  Cell 1,3",
        "Cell 2,1  Cell 2,2  Cell 2,3",
        "This text is below the table.",
    ]


@pytest.mark.corpus
def test_fields_keep_results_only() -> None:
    lines = _corpus_read("formats/poi/test-fields.doc").lines
    body = _texts(lines)
    assert "Footnote with field: Fridrich Strba" in body
    assert "Field in text box: 2" in body
    assert not any("MERGEFORMAT" in text or "AUTHOR" in text for text in body)
    assert _texts(lines, "header") == ["page 1", "Textbox in header with field: 3:18 PM"]
    assert _texts(lines, "footer") == ["Document1"]


@pytest.mark.corpus
def test_header_footer_unicode() -> None:
    lines = _corpus_read("formats/poi/HeaderFooterUnicode.doc").lines
    assert _texts(lines, "header") == ["This is a simple header, with a € euro symbol in it."]
    assert _texts(lines, "footer") == ["The footer, with Molière, has Unicode in it."]
    assert "EUR - €" in _texts(lines)
    molière = next(line for line in lines if line.text == "Molière")
    assert molière.bold


@pytest.mark.corpus
def test_lists_are_numbered() -> None:
    lines = _corpus_read("formats/poi/Lists.doc").lines
    items = [line.text for line in lines if line.list_item]
    assert items[:3] == ["• Unordered list 1", "• UL 2", "• UL 3"]
    assert items[-9:-4] == ["1. OL 1", "2. OL 2", "2.1. OL 2.1", "2.2. OL 2.2", "2.2.1. OL 2.2.1"]
    assert lines[0].text == "Heading Level 1"
    assert lines[0].heading_level == 1


@pytest.mark.corpus
def test_list_levels_skipped_then_resumed() -> None:
    items = [line.text for line in _corpus_read("formats/tika/testWORD_override_list_numbering.doc").lines]
    at = items.index("2.a.I 2.a.I")
    assert items[at + 1] == "2.b 2.b"
    # Test 4: a restyling override continues its list; a restarting one counts on its own.
    at = items.index("Test 4: ListFormatOverride")
    assert [text.split()[0] for text in items[at + 2 : at + 8]] == ["1", "B", "C", "A", "B", "4"]


@pytest.mark.corpus
def test_word2_is_named() -> None:
    with pytest.raises(UnsupportedFormatError, match=r"Word for Windows 2\.0"):
        _corpus_read("formats/poi/word2.doc")


@pytest.mark.corpus
def test_tracked_deletions_are_dropped() -> None:
    body = "\n".join(_texts(_corpus_read("formats/tika/testWORD_2006ml.doc").lines))
    assert "Deleted paragraph1" not in body
    assert "Del r1c1" not in body
    assert "Second paragraph here" in body


@pytest.mark.corpus
def test_page_break_splits_paragraphs() -> None:
    assert _texts(_corpus_read("formats/poi/page-break.doc").lines) == ["Line 1", "Line 2"]


@pytest.mark.corpus
def test_footnote_text_follows_body() -> None:
    assert _texts(_corpus_read("formats/poi/footnote.doc").lines) == [
        "Test text",
        "",
        "TestFootnote",
        "",
        "TestEndnote",
    ]


@pytest.mark.corpus
def test_cyrillic_unicode_pieces() -> None:
    lines = _texts(_corpus_read("formats/poi/o_kurs.doc").lines)
    assert lines[:3] == [
        "МИНИСТЕРСТВО ЭКОНОМИЧЕСКОГО РАЗВИТИЯ И ТОРГОВЛИ",
        "РОССИЙСКОЙ ФЕДЕРАЦИИ",
        "ВЫСШАЯ КОММЕРЧЕСКАЯ ШКОЛА",
    ]


@pytest.mark.corpus
def test_fast_saved_complex_file() -> None:
    lines = _corpus_read("formats/poi/Bug33519.doc").lines
    assert lines[0].text == "РУСЕНСКИ КЛУБ ЗА ПЪТЕШЕСТВИЯ БЯЛА ЗВЕЗДА"
    assert "Янтра  8,9,10 април  Каранци  Кривина  40 лв." in _texts(lines)


@pytest.mark.corpus
@pytest.mark.parametrize(
    "relative", ["formats/poi/Word6.doc", "bad/doc_word6_old_fib.doc", "formats/tika/testWORD6.doc"]
)
def test_word6_text(relative: str) -> None:
    result = _corpus_read(relative)
    assert _texts(result.lines) == ["The quick brown fox jumps over the lazy dog"]
    assert [code for code, _ in result.warnings] == ["doc_word6"]


@pytest.mark.corpus
def test_word95_text() -> None:
    lines = _texts(_corpus_read("formats/poi/Word95.doc").lines)
    assert "Paragraph 3. Has some RED text and some BLUE BOLD text in it." in lines


@pytest.mark.corpus
def test_word95_russian_text_uses_the_cyrillic_code_page() -> None:
    result = _corpus_read("formats/poi/word95err.doc").lines
    lines = _texts(result)
    # Word 95 paragraph pages mark table rows; the heading is bold by direct formatting.
    assert "Алиготе, белое п/с  Басвинекс  “Бордо-элит”  0,7 л  31-00" in lines
    assert result[0].bold
    assert lines[:2] == [
        "Компания Аскат М",
        "предлагает со склада в Москве следующий ассортимент настоящих молдавских вин:",
    ]


@pytest.mark.corpus
def test_alameda_sample_matches_the_text_sample() -> None:
    sample = CORPUS.parent.parent / "wt-samples" / "samples" / "alameda-lead-customer-service-representative.doc"
    if not sample.is_file():
        pytest.skip("the Alameda .doc sample has not been generated")
    lines = _read(sample.read_bytes(), sample.name).lines
    body = _texts(lines)
    assert body[:3] == ["Approved by CSB: 7/1/09", "LEAD CUSTOMER SERVICE REPRESENTATIVE", "DEFINITION"]
    assert lines[2].heading_level == 2
    assert "9. Performs related work as required." in body
    assert _texts(lines, "header") == ["City of Alameda", "Code No. 7565"]
