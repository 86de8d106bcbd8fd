"""Word 97-2003 and Word 6/95 binary documents (.doc), read in pure Python on top of olefile.

Every OLE2 compound file is sniffed as "doc" and arrives here; ``msdoc.container`` tells Word from
encrypted OOXML, spreadsheets and other OLE files. Word 97+ files are read through the piece table
with table rows, heading levels (heading/Title styles, outline level), whole-paragraph bold
(paragraph style, character style, direct) and automatic list numbers; Word 6/95 files (8-bit
text, code page chosen by ``msdoc.codepage``) get the same except list numbers (ANLD numbering).

What goes where: main text, then footnotes, endnotes and text boxes as body lines; headers and
footers (and header text boxes) as their regions, de-duplicated; comments are skipped, and so is
text deleted under change tracking. Not read: piece-level property modifiers (Pcd.prm, left by
fast saves). Word has no fixed pages, so ``page`` is left None.
"""

from __future__ import annotations

from ..errors import CorruptDocumentError, EmptyDocumentError, SpecparseError, UnsupportedFormatError
from ..source import Source
from . import Extraction, reader_errors
from .msdoc.codepage import CJK_LIDS, word6_codepage
from .msdoc.container import open_word_streams
from .msdoc.fib import (
    FC_PLCF_BTE_CHPX,
    FC_PLCF_BTE_PAPX,
    FC_PLF_LFO,
    FC_PLF_LST,
    FC_STSHF,
    Fib,
    parse_fib,
)
from .msdoc.formatting import Formatting
from .msdoc.lists import Numbering, read_numbering
from .msdoc.pieces import DocumentText, read_text
from .msdoc.props import read_runs
from .msdoc.sprms import WORD6, WORD97
from .msdoc.stories import story_lines
from .msdoc.styles import read_styles


def extract(source: Source) -> Extraction:
    with reader_errors("corrupt Word document"):
        return _extract(source.data, source.name)


def _extract(data: bytes, name: str) -> Extraction:
    streams = open_word_streams(data, name)
    fib = parse_fib(streams.word)
    warnings: list[tuple[str, str]] = []
    if fib.word6:
        if fib.lid in CJK_LIDS:
            raise UnsupportedFormatError("Far East Word 6/95 document: unsupported, save it as .docx")
        table = streams.word  # Word 6/95 keep their tables in the WordDocument stream
        codepage = word6_codepage(fib, streams.word)
        warnings.append(("doc_word6", f"Word 6/95 document read as {codepage} text without list numbers"))
    else:
        assert fib.table_stream is not None
        found = streams.tables.get(fib.table_stream)
        if found is None:
            raise CorruptDocumentError(f"corrupt Word document: the {fib.table_stream} stream is missing")
        table, codepage = found, "cp1252"
    text = read_text(fib, streams.word, table, codepage)
    formatting, numbering = _formatting(fib, streams.word, table, text, warnings)
    lines = story_lines(fib, table, text, formatting, numbering, warnings)
    if not any(line.text.strip() for line in lines):
        raise EmptyDocumentError("no text")
    return Extraction(lines=lines, pages=None, warnings=warnings)


def _formatting(
    fib: Fib, word: bytes, table: bytes, text: DocumentText, warnings: list[tuple[str, str]]
) -> tuple[Formatting | None, Numbering | None]:
    """Formatting is a bonus: when its tables are damaged, the text is still read without it."""
    try:
        papx = read_runs(
            word, table, fib.pair(FC_PLCF_BTE_PAPX), paragraphs=True, word6=fib.word6, pages=fib.papx_pages
        )
        chpx = read_runs(
            word, table, fib.pair(FC_PLCF_BTE_CHPX), paragraphs=False, word6=fib.word6, pages=fib.chpx_pages
        )
        dialect = WORD6 if fib.word6 else WORD97
        styles = read_styles(_table_part(table, fib.pair(FC_STSHF)), dialect)
        formatting = Formatting(text, papx, chpx, styles, dialect)
        if fib.word6:
            return formatting, None  # Word 6/95 number paragraphs with ANLD sprms, not list tables
    except SpecparseError as exc:
        warnings.append(("doc_formatting_unreadable", f"formatting ignored: {exc}"))
        return None, None
    try:
        numbering = read_numbering(table, fib.pair(FC_PLF_LST), fib.pair(FC_PLF_LFO))
    except SpecparseError as exc:
        warnings.append(("doc_lists_unreadable", f"list numbering ignored: {exc}"))
        numbering = None
    return formatting, numbering


def _table_part(table: bytes, pair: tuple[int, int]) -> bytes:
    fc, lcb = pair
    if lcb == 0 or fc + lcb > len(table):
        return b""
    return table[fc : fc + lcb]
