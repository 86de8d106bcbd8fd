"""The File Information Block: which Word generation wrote the file and where its tables live."""

from __future__ import annotations

from dataclasses import dataclass

from ...errors import CorruptDocumentError, EncryptedDocumentError, UnsupportedFormatError
from .binary import u16, u32

WIDENT_WORD97 = 0xA5EC
WIDENT_WORD6 = 0xA5DC  # Word 6.0 and Word 95 files
NFIB_WORD6_FIRST = 101  # Word 6.0
NFIB_WORD95_LAST = 105  # Word 95 writes 104; anything from 106 on uses the Word 97 layout
FIB_WORD6_FCLCB_OFFSET = 0x58  # Word 6/95 keep their fc/lcb pairs at a fixed place
FIB_WORD6_CCP_OFFSET = 0x34
FIB_WORD6_CPN_BTE_CHP = 0x18E  # how many CHPX/PAPX pages exist, when the bin tables list fewer
FIB_WORD6_CPN_BTE_PAP = 0x190

# Indices into FibRgFcLcb97 (the same order as the Word 6 table up to fcClx).
FC_STSHF = 1
FC_PLCF_HDD = 11
FC_PLCF_BTE_CHPX = 12
FC_PLCF_BTE_PAPX = 13
FC_STTBF_FFN = 15
FC_CLX = 33
FC_PLF_LST = 73
FC_PLF_LFO = 74

_F_COMPLEX = 0x0004
_F_ENCRYPTED = 0x0100
_F_WHICH_TBL_STM = 0x0200

STORY_NAMES = (
    "text", "footnotes", "headers", "macros", "comments", "endnotes", "textboxes", "header_textboxes"
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Fib:
    """What the reader needs from the FIB; ``ccp`` holds the story lengths in CP order."""

    word6: bool  # Word 6.0/95: 8-bit text, no table stream, properties in older encodings
    n_fib: int
    lid: int
    complex: bool
    table_stream: str | None  # "0Table"/"1Table" for Word 97+, None when tables sit in WordDocument
    fc_min: int
    fc_mac: int
    ccp: tuple[int, ...]
    fc_lcb: tuple[tuple[int, int], ...]
    chpx_pages: int = 0  # Word 6/95 only: the FIB's count of CHPX and PAPX formatting pages
    papx_pages: int = 0

    def pair(self, index: int) -> tuple[int, int]:
        """The (fc, lcb) of one table, (0, 0) when this FIB is too short to record it."""
        return self.fc_lcb[index] if index < len(self.fc_lcb) else (0, 0)


def parse_fib(word: bytes) -> Fib:
    """Parse the FIB at the start of the WordDocument stream; refuse encrypted and ancient files."""
    if len(word) < 0x60:
        raise CorruptDocumentError("corrupt Word document: the WordDocument stream is too short for a FIB")
    ident, n_fib, lid = u16(word, 0), u16(word, 2), u16(word, 6)
    flags = u16(word, 0x0A)
    if ident not in (WIDENT_WORD97, WIDENT_WORD6):
        raise CorruptDocumentError(f"corrupt Word document: unknown FIB signature 0x{ident:04X}")
    if n_fib < NFIB_WORD6_FIRST:
        raise UnsupportedFormatError(f"Word 2.0 or older document (nFib {n_fib}): unsupported, save it as .docx")
    if flags & _F_ENCRYPTED:
        raise EncryptedDocumentError("encrypted Word document: it is password-protected; remove the password in Word")
    word6 = n_fib <= NFIB_WORD95_LAST
    fc_min, fc_mac = u32(word, 0x18), u32(word, 0x1C)
    if word6:
        ccp = tuple(u32(word, FIB_WORD6_CCP_OFFSET + 4 * i) for i in range(len(STORY_NAMES)))
        pairs = _pairs(word, FIB_WORD6_FCLCB_OFFSET, FC_CLX + 1)
        pages = (
            (u16(word, FIB_WORD6_CPN_BTE_CHP), u16(word, FIB_WORD6_CPN_BTE_PAP))
            if len(word) >= FIB_WORD6_CPN_BTE_PAP + 2
            else (0, 0)
        )
        return Fib(True, n_fib, lid, bool(flags & _F_COMPLEX), None, fc_min, fc_mac, ccp, pairs, *pages)
    csw = u16(word, 32)
    lw_offset = 32 + 2 + 2 * csw
    cslw = u16(word, lw_offset)
    if cslw < 11:
        raise CorruptDocumentError(f"corrupt Word document: the FIB holds only {cslw} counts")
    # fibRgLw: cbMac, lProductCreated, lProductRevised, then the eight story lengths.
    ccp = tuple(u32(word, lw_offset + 2 + 4 * (3 + i)) for i in range(len(STORY_NAMES)))
    fc_offset = lw_offset + 2 + 4 * cslw
    count = u16(word, fc_offset)
    pairs = _pairs(word, fc_offset + 2, min(count, (len(word) - fc_offset - 2) // 8))
    table = "1Table" if flags & _F_WHICH_TBL_STM else "0Table"
    return Fib(False, n_fib, lid, bool(flags & _F_COMPLEX), table, fc_min, fc_mac, ccp, pairs)


def _pairs(word: bytes, offset: int, count: int) -> tuple[tuple[int, int], ...]:
    return tuple((u32(word, offset + 8 * i), u32(word, offset + 8 * i + 4)) for i in range(count))
