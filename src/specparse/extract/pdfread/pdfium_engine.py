"""The default engine: PDFium (pypdfium2) text pages cut into positioned runs with font hints.

Speed matters (the batch goal is 150+ pages/second/core): a ctypes call costs about 2 µs, so this
reads the page text in one call and asks for geometry per printed line (PDFium's own line breaks),
never per character. Each line's boxes come from ``FPDFText_CountRects`` over its character range
(one box per text object); a line is cut only where two boxes sit far apart, which is how tables and
two-column layouts drawn row by row show up. Font size and weight are sampled at the first (and, for
bold, last) character of each run.
"""

from __future__ import annotations

import ctypes
import math
import re
from itertools import pairwise

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ...errors import CorruptDocumentError, EncryptedDocumentError, LimitExceededError
from .layout import PageText, Segment

PDFIUM_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD
BOLD_WEIGHT = 600
FORCE_BOLD_FLAG = 1 << 18  # PDF font descriptor flag 19, ForceBold
# Bold fonts without a weight in their descriptor still say so in their name ("Arial,Bold").
BOLD_FONT_NAME = re.compile(r"bold|black|heavy|semibold|demibold", re.I)
# PDFium marks a hyphen it recognised at a line end as U+0002 or U+FFFE; other controls are debris,
# and lone surrogates (broken ToUnicode maps) cannot be encoded at all.
_CONTROLS = re.compile(r"[\x00\x01\x03-\x09\x0b\x0c\x0e-\x1f\ud800-\udfff]")
# PDFium puts text at one height on one line; it is cut into runs where two text objects are more
# than this many font sizes apart, so columns (the Nature layout has a 1.5 em gutter) and table cells
# drawn row by row come apart. Justified word gaps stay under this.
SPLIT_GAP_EM = 1.0
# The ink of a text run (x-height to accents, brackets, descenders) spans about 0.5 to 1.3 font sizes;
# ink far outside this range means the reported size is not the printed one.
INK_EMS = (0.25, 2.0)
# Where a line's box sits around its baseline, in font sizes (typical Latin ascender and descender).
ASCENT_EM = 0.8
DESCENT_EM = 0.2
# Safety bounds against hostile pages: a job spec page holds a few thousand characters.
MAX_PAGE_CHARS = 500_000
MAX_OBJECTS_CHECKED = 10_000  # objects looked at on a text-less page when telling a scan from a blank
_LINE = re.compile(r"[^\r\n]+")
_FONT_NAME_BYTES = 128


def open_document(data: bytes, password: str | None) -> pdfium.PdfDocument:
    """Open a PDF; an empty user password needs none. Errors become specparse errors."""
    try:
        return pdfium.PdfDocument(data, password=password or None)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == PDFIUM_PASSWORD_ERROR:
            if not password:
                raise EncryptedDocumentError("encrypted PDF: a password is needed (use --password)") from exc
            raise EncryptedDocumentError("wrong password") from exc
        raise CorruptDocumentError(f"not a readable PDF ({_reason(exc)})") from exc


def _reason(exc: Exception) -> str:
    text = str(exc)
    found = re.search(r"PDFium: ([^)]*)", text)
    return (found.group(1) if found else text).lower().rstrip(".")


def read_pages(data: bytes, password: str | None, max_pages: int) -> list[PageText]:
    """Every page's positioned text; the document and each page are closed however this ends."""
    document = open_document(data, password)
    try:
        count = len(document)
        if count > max_pages:
            raise LimitExceededError(
                f"PDF has {count:,} pages, over the {max_pages:,}-page limit (set SPECPARSE_PDF_MAX_PAGES)"
            )
        bold_fonts: dict[tuple[bytes, int], bool] = {}  # font name and flags -> bold, for the document
        return [_read_page(document, index, bold_fonts) for index in range(count)]
    finally:
        document.close()


def _read_page(document: pdfium.PdfDocument, index: int, bold_fonts: dict[tuple[bytes, int], bool]) -> PageText:
    page = document[index]
    try:
        left, bottom, right, top = page.get_cropbox()
        textpage = page.get_textpage()
        try:
            segments = _Reader(textpage.raw, left, top, bold_fonts).segments(textpage.get_text_range())
        finally:
            textpage.close()
        has_images = not segments and _has_image(page.raw)
        return PageText(index + 1, right - left, top - bottom, segments, has_images)
    finally:
        page.close()


def _has_image(raw_page: object) -> bool:
    """Whether a page without text draws an image (a scan) rather than nothing or only rules."""
    count = min(pdfium_c.FPDFPage_CountObjects(raw_page), MAX_OBJECTS_CHECKED)
    for index in range(count):
        kind = pdfium_c.FPDFPageObj_GetType(pdfium_c.FPDFPage_GetObject(raw_page, index))
        # A scan may also sit inside a form XObject; the form is not opened, so it counts.
        if kind in (pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_FORM):
            return True
    return False


class _Reader:
    """Geometry and font queries on one PDFium text page, with reusable ctypes out-parameters."""

    def __init__(self, raw: object, left: float, top: float, bold_fonts: dict[tuple[bytes, int], bool]) -> None:
        self.raw = raw
        self._bold_fonts = bold_fonts
        self.left = left
        self.top = top
        self._doubles = [ctypes.c_double() for _ in range(4)]
        self._refs = [ctypes.byref(d) for d in self._doubles]
        self._matrix = pdfium_c.FS_MATRIX()
        self._flags = ctypes.c_int()
        self._flags_ref = ctypes.byref(self._flags)
        self._name = ctypes.create_string_buffer(_FONT_NAME_BYTES)

    def segments(self, text: str) -> list[Segment]:
        count = pdfium_c.FPDFText_CountChars(self.raw)
        if count <= 0:
            return []
        if count > MAX_PAGE_CHARS:
            raise LimitExceededError(f"a page has {count:,} characters, over the {MAX_PAGE_CHARS:,} limit")
        if len(text) != count:
            # Text indices must be character indices; rebuild them one by one if PDFium's string
            # differs (characters outside the BMP come back as surrogate pairs).
            text = "".join(chr(pdfium_c.FPDFText_GetUnicode(self.raw, i) or 32) for i in range(count))
        text = _CONTROLS.sub(" ", text.replace("\x02", "-").replace("\ufffe", "-"))
        found: list[Segment] = []
        for match in _LINE.finditer(text):
            start, end = match.span()
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                found.extend(self._line_segments(text, start, end))
        return found

    def _line_segments(self, text: str, start: int, end: int) -> list[Segment]:
        rects = self._rects(start, end - start)
        if not rects:
            return []  # only invisible characters
        first_font = self._font(start, rects[0][3] - rects[0][2])
        em = max(first_font[0], 1.0)
        cuts = [start]
        group_left, group_right, group_bottom, group_top = rects[0]
        for rect in rects[1:]:
            r_left, r_right, r_bottom, r_top = rect
            far = r_left - group_right > SPLIT_GAP_EM * em or r_right < group_left
            other_row = r_bottom > group_top or r_top < group_bottom
            if far or other_row:
                probe = r_left + min(0.5, (r_right - r_left) / 2)
                index = pdfium_c.FPDFText_GetCharIndexAtPos(self.raw, probe, (r_top + r_bottom) / 2, 1.0, 1.0)
                if cuts[-1] < index < end:
                    cuts.append(index)
                    group_left, group_right, group_bottom, group_top = rect
                    continue
            group_left, group_right = min(group_left, r_left), max(group_right, r_right)
            group_bottom, group_top = min(group_bottom, r_bottom), max(group_top, r_top)
        cuts.append(end)
        if len(cuts) == 2:
            # Uncut, every box joined the one group: its bounds are the line's, no second pass needed.
            bounds = (group_left, group_right, group_bottom, group_top)
            return [self._segment(text, start, end, bounds, first_font)]
        pieces = []
        for piece_start, piece_end in pairwise(cuts):
            while piece_start < piece_end and text[piece_start].isspace():
                piece_start += 1
            while piece_end > piece_start and text[piece_end - 1].isspace():
                piece_end -= 1
            piece_rects = self._rects(piece_start, piece_end - piece_start)
            if piece_rects:
                font = self._font(piece_start, piece_rects[0][3] - piece_rects[0][2])
                pieces.append(self._segment(text, piece_start, piece_end, _bounds(piece_rects), font))
        return pieces

    def _segment(
        self,
        text: str,
        start: int,
        end: int,
        bounds: tuple[float, float, float, float],
        font: tuple[float, float | None],
    ) -> Segment:
        """One run from ``start`` to ``end`` (no outer spaces) drawn within ``bounds`` (left, right, bottom, top)."""
        x0, x1, low, high = bounds
        size, baseline = font
        if baseline is not None:
            # Boxes hung from the baseline: fonts differ in ascent and descent (LiberationSerif-Bold
            # against its regular face), which would make line steps look uneven at a heading.
            low, high = baseline - DESCENT_EM * size, baseline + ASCENT_EM * size
        bold = self._bold(start) and (end - 1 == start or self._bold(end - 1))
        return Segment(text[start:end], x0 - self.left, self.top - high, x1 - self.left, self.top - low, size, bold)

    def _font(self, index: int, ink_height: float) -> tuple[float, float | None]:
        """Font size in points as printed, and the baseline of a character (None if unknown)."""
        size = pdfium_c.FPDFText_GetFontSize(self.raw, index)
        if not INK_EMS[0] * size <= ink_height <= INK_EMS[1] * size:
            # PDFium reports the size operand (Tf); TeX and some printers set "1 Tf" (or "199 Tf") and
            # scale the text matrix instead, so the printed size needs the matrix. Ink this far off
            # the size is the cheap sign (a line of dots also triggers it, harmlessly).
            matrix = self._matrix
            if pdfium_c.FPDFText_GetMatrix(self.raw, index, matrix):
                scale = math.hypot(matrix.c, matrix.d)
                if scale > 0:
                    size *= scale
        y = self._doubles[1]
        if pdfium_c.FPDFText_GetCharOrigin(self.raw, index, self._refs[0], self._refs[1]):
            return size, y.value
        return size, None

    def _rects(self, start: int, count: int) -> list[tuple[float, float, float, float]]:
        """Boxes (left, right, bottom, top) of the text objects in a character range."""
        total = pdfium_c.FPDFText_CountRects(self.raw, start, count)
        left, top, right, bottom = self._doubles
        refs = self._refs
        rects = []
        for index in range(max(total, 0)):
            if pdfium_c.FPDFText_GetRect(self.raw, index, refs[0], refs[1], refs[2], refs[3]):
                rects.append((left.value, right.value, bottom.value, top.value))
        return rects

    def _bold(self, index: int) -> bool:
        """Whether a character's font is bold: by name, ForceBold flag or weight, cached per font."""
        pdfium_c.FPDFText_GetFontInfo(self.raw, index, self._name, _FONT_NAME_BYTES, self._flags_ref)
        key = (self._name.value, self._flags.value)
        known = self._bold_fonts.get(key) if key[0] else None  # nameless fonts are not one font
        if known is None:
            known = bool(
                self._flags.value & FORCE_BOLD_FLAG
                or BOLD_FONT_NAME.search(self._name.value.decode("latin-1"))
                or pdfium_c.FPDFText_GetFontWeight(self.raw, index) >= BOLD_WEIGHT
            )
            self._bold_fonts[key] = known
        return known


def _bounds(rects: list[tuple[float, float, float, float]]) -> tuple[float, float, float, float]:
    """The box (left, right, bottom, top) around non-empty ``rects``."""
    if len(rects) == 1:
        return rects[0]
    return (
        min(r[0] for r in rects),
        max(r[1] for r in rects),
        min(r[2] for r in rects),
        max(r[3] for r in rects),
    )
