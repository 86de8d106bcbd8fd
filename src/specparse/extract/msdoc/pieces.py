"""The piece table: where each run of character positions (CPs) is stored and in which encoding."""

from __future__ import annotations

from array import array
from bisect import bisect_right
from dataclasses import dataclass

from ...errors import CorruptDocumentError
from ...limits import check_count
from .binary import span, u8, u16, u32
from .fib import FC_CLX, Fib

MAX_PRC_ENTRIES = 1 << 16  # property modifiers before the piece table in the CLX
_F_COMPRESSED = 0x40000000
_CLXT_PRC = 1
_CLXT_PCDT = 2
_PCD_SIZE = 8

# Compressed (8-bit) Word 97 pieces are cp1252; the five bytes cp1252 leaves undefined map to
# themselves ([MS-DOC] 2.4.1) instead of failing the decode.
_CP1252_HIGH = {b: bytes([b]).decode("cp1252", errors="replace").replace("\ufffd", chr(b)) for b in range(0x80, 0xA0)}


@dataclass(frozen=True, slots=True)
class Piece:
    cp_start: int
    cp_end: int
    fc: int  # byte offset of the first character in the WordDocument stream
    wide: bool  # UTF-16LE when True, one byte per character otherwise


@dataclass(frozen=True, slots=True)
class DocumentText:
    """All stories' characters, one ``str`` character per CP (UTF-16 surrogates kept unpaired)."""

    chars: str
    pieces: tuple[Piece, ...]
    starts: tuple[int, ...]

    def fc_of(self, cp: int) -> int | None:
        """The stream offset of the character at ``cp``, for looking up its formatting."""
        index = bisect_right(self.starts, cp) - 1
        if index < 0:
            return None
        piece = self.pieces[index]
        if cp >= piece.cp_end:
            return None
        return piece.fc + (cp - piece.cp_start) * (2 if piece.wide else 1)


def read_text(fib: Fib, word: bytes, table: bytes, codepage: str) -> DocumentText:
    """Decode every story's characters through the piece table (or the single run of old files)."""
    total = sum(fib.ccp)
    if total > len(word):  # every character takes at least one byte of the WordDocument stream
        raise CorruptDocumentError(
            f"corrupt Word document: the FIB claims {total:,} characters in a {len(word):,}-byte stream"
        )
    check_count("doc_chars", total)
    fc_clx, lcb_clx = fib.pair(FC_CLX)
    if lcb_clx:
        pieces = _pieces(span(table, fc_clx, lcb_clx, "piece table (CLX)"), fib.word6)
    else:
        pieces = (_single_piece(fib, len(word), total),)
    parts: list[str] = []
    for piece in pieces:
        count = piece.cp_end - piece.cp_start
        if not count:
            continue
        raw = span(word, piece.fc, count * (2 if piece.wide else 1), "text of a piece")
        parts.append(_decode(raw, piece.wide, codepage, count))
    chars = "".join(parts)
    # A stray piece table may describe fewer CPs than the FIB claims; the stories are cut to fit.
    return DocumentText(chars=chars, pieces=pieces, starts=tuple(p.cp_start for p in pieces))


def _pieces(clx: bytes, word6: bool) -> tuple[Piece, ...]:
    offset = 0
    for _ in range(MAX_PRC_ENTRIES):
        kind = u8(clx, offset)
        if kind == _CLXT_PRC:
            offset += 3 + u16(clx, offset + 1)
        elif kind == _CLXT_PCDT:
            length = u32(clx, offset + 1)
            return _plc_pcd(span(clx, offset + 5, length, "piece table (PlcPcd)"), word6)
        else:
            raise CorruptDocumentError(f"corrupt Word document: unknown CLX entry type {kind}")
    raise CorruptDocumentError("corrupt Word document: too many property entries before the piece table")


def _plc_pcd(plc: bytes, word6: bool) -> tuple[Piece, ...]:
    count = (len(plc) - 4) // (4 + _PCD_SIZE)
    if count <= 0:
        raise CorruptDocumentError("corrupt Word document: the piece table is empty")
    check_count("doc_pieces", count)
    cps = [u32(plc, 4 * i) for i in range(count + 1)]
    if cps[0] != 0:
        raise CorruptDocumentError("corrupt Word document: the piece table does not start at CP 0")
    pieces: list[Piece] = []
    total = 0
    for index in range(count):
        start, end = cps[index], cps[index + 1]
        if end < start:
            raise CorruptDocumentError("corrupt Word document: piece table positions go backwards")
        total += end - start
        check_count("doc_chars", total)
        fc = u32(plc, 4 * (count + 1) + _PCD_SIZE * index + 2)
        if word6:
            # Word 6/95 pieces are always 8-bit at the byte offset given.
            pieces.append(Piece(start, end, fc, wide=False))
        elif fc & _F_COMPRESSED:
            pieces.append(Piece(start, end, (fc & ~_F_COMPRESSED) // 2, wide=False))
        else:
            pieces.append(Piece(start, end, fc, wide=True))
    return tuple(pieces)


def _single_piece(fib: Fib, stream_length: int, total: int) -> Piece:
    """Files without a CLX keep all text in one run from fcMin (Word 6 non-complex saves)."""
    stored = fib.fc_mac - fib.fc_min
    wide = not fib.word6 and total > 0 and stored >= 2 * total
    end = min(total, max(stream_length - fib.fc_min, 0) // (2 if wide else 1))
    return Piece(0, end, fib.fc_min, wide)


def _decode(raw: bytes, wide: bool, codepage: str, count: int) -> str:
    if wide:
        text = raw.decode("utf-16-le", errors="surrogatepass")
        if len(text) == count:
            return text
        # Surrogate pairs decode to one character; keep one character per CP so positions line up.
        units = array("H")
        units.frombytes(raw)
        return "".join(map(chr, units))
    if codepage == "cp1252":
        return raw.decode("latin-1").translate(_CP1252_HIGH)
    return raw.decode(codepage, errors="replace")
