"""Pick the 8-bit code page of Word 6/95 text, which the file does not state outright."""

from __future__ import annotations

from ...errors import CorruptDocumentError
from .binary import span, u16
from .fib import FC_STTBF_FFN, Fib

# Language ids whose Windows code page is not cp1252.
_LID_CODEPAGES = {
    0x0402: "cp1251", 0x0419: "cp1251", 0x0422: "cp1251", 0x0423: "cp1251", 0x0C1A: "cp1251",
    0x042F: "cp1251", 0x0405: "cp1250", 0x040E: "cp1250", 0x0415: "cp1250", 0x041B: "cp1250",
    0x0424: "cp1250", 0x041A: "cp1250", 0x0418: "cp1250", 0x041C: "cp1250", 0x0408: "cp1253",
    0x041F: "cp1254", 0x040D: "cp1255", 0x0401: "cp1256", 0x0425: "cp1257", 0x0426: "cp1257",
    0x0427: "cp1257", 0x041E: "cp874", 0x042A: "cp1258",
}  # fmt: skip
# Font charsets (FFN chs) of single-byte Windows code pages other than Western.
_CHARSET_CODEPAGES = {
    161: "cp1253", 162: "cp1254", 163: "cp1258", 177: "cp1255", 178: "cp1256", 186: "cp1257",
    204: "cp1251", 222: "cp874", 238: "cp1250",
}  # fmt: skip
CJK_LIDS = frozenset({0x0404, 0x0411, 0x0412, 0x0804, 0x0C04, 0x1004})
NON_WESTERN_SHARE = 0.3  # share of letters stored as high bytes above which the text is not Western
MAX_FONTS = 1024


def word6_codepage(fib: Fib, word: bytes) -> str:
    """The language id decides when it names a non-Western language. Otherwise, a Russian text
    typed on an English Word (POI word95err.doc) is told by its letters: when high bytes make up a
    large share of the letters and the font table holds one non-Western charset, that charset wins.
    """
    by_lid = _LID_CODEPAGES.get(fib.lid)
    if by_lid:
        return by_lid
    sample = word[fib.fc_min : min(fib.fc_mac, fib.fc_min + 65536)]
    high = sum(1 for byte in sample if byte >= 0xC0)
    letters = high + sum(1 for byte in sample if 0x41 <= byte <= 0x5A or 0x61 <= byte <= 0x7A)
    if not letters or high / letters < NON_WESTERN_SHARE:
        return "cp1252"
    try:
        fonts = _font_charsets(fib, word)
    except CorruptDocumentError:
        return "cp1252"  # a damaged font table only loses the hint, not the text
    charsets = {_CHARSET_CODEPAGES[chs] for chs in fonts if chs in _CHARSET_CODEPAGES}
    return charsets.pop() if len(charsets) == 1 else "cp1252"


def _font_charsets(fib: Fib, word: bytes) -> list[int]:
    """Charsets of the Word 6 font table (SttbfFfn: total size, then FFNs led by their size - 1)."""
    fc, lcb = fib.pair(FC_STTBF_FFN)
    if lcb < 8:
        return []
    table = span(word, fc, lcb, "font table")
    end = min(u16(table, 0), len(table))
    at, charsets = 2, list[int]()
    while at + 5 <= end and len(charsets) < MAX_FONTS:
        charsets.append(table[at + 4])
        at += table[at] + 1
    return charsets
