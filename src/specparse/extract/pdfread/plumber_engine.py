"""The alternative engine: pdfplumber (pdfminer.six) words with their boxes, fonts and sizes.

Slower than PDFium but pure Python; chosen with ``options["pdf_engine"] = "pdfplumber"`` and
installed with the ``pdfplumber`` extra.
"""

from __future__ import annotations

import io
from typing import Any

from ...errors import (
    CorruptDocumentError,
    EncryptedDocumentError,
    LimitExceededError,
    MissingDependencyError,
)
from .layout import PageText, Segment
from .pdfium_engine import BOLD_FONT_NAME

# Characters closer than this share of the font size belong to one word; pdfplumber's fixed
# 3-point default glues words set in small type ("pdfencryptiontest").
X_TOLERANCE_RATIO = 0.15
# A character repeated less than this share of its width away is a copy (fake bold), not a new letter.
COPY_OFFSET_SHARE = 0.5


def read_pages(data: bytes, password: str | None, max_pages: int) -> list[PageText]:
    """Every page's words as segments; pages are closed as they are read to keep memory flat."""
    try:
        import pdfplumber
    except ImportError as exc:
        raise MissingDependencyError("pdfplumber engine needs: pip install 'specparse[pdfplumber]'") from exc
    try:
        document = pdfplumber.open(io.BytesIO(data), password=password or "")
    except Exception as exc:
        raise _open_error(exc, password) from exc
    with document:
        count = len(document.pages)
        if count > max_pages:
            raise LimitExceededError(
                f"PDF has {count:,} pages, over the {max_pages:,}-page limit (set SPECPARSE_PDF_MAX_PAGES)"
            )
        pages = []
        for page in document.pages:
            try:
                pages.append(_read_page(page))
            finally:
                page.close()
        return pages


def _read_page(page: Any) -> PageText:
    copies = _drawn_twice(page.chars)
    if copies:
        page = page.filter(lambda obj: id(obj) not in copies)
    words = page.extract_words(extra_attrs=["fontname", "size"], x_tolerance_ratio=X_TOLERANCE_RATIO)
    segments = [
        Segment(
            text=word["text"],
            x0=float(word["x0"]),
            top=float(word["top"]),
            x1=float(word["x1"]),
            bottom=float(word["bottom"]),
            size=float(word["size"]),
            bold=bool(BOLD_FONT_NAME.search(str(word["fontname"]))),
        )
        for word in words
        if word["text"].strip()
    ]
    has_images = not segments and bool(page.images)
    return PageText(page.page_number, float(page.width), float(page.height), segments, has_images)


def _drawn_twice(chars: list[dict[str, Any]]) -> set[int]:
    """Characters repeated within a point of themselves: fake bold drawn twice, slightly offset.

    PDFium drops such copies itself; pdfplumber would read "DDUUTTIIEESS". Its own
    ``dedupe_chars`` does the same job but made LA bulletins ten times slower.
    """
    seen: dict[tuple[str, int], list[float]] = {}
    copies: set[int] = set()
    for char in chars:
        text, x0, y = char["text"], float(char["x0"]), round(char["top"])
        # Closer than half a glyph: "ll" in small type sits a full glyph width apart.
        reach = COPY_OFFSET_SHARE * (float(char["x1"]) - x0)
        if any(abs(x0 - other) < reach for dy in (-1, 0, 1) for other in seen.get((text, y + dy), ())):
            copies.add(id(char))
        else:
            seen.setdefault((text, y), []).append(x0)
    return copies


def _open_error(exc: Exception, password: str | None) -> Exception:
    """pdfplumber wraps pdfminer's errors; a wrong or missing password is told apart by its class."""
    cause: BaseException | None = exc
    for _ in range(10):
        if cause is None:
            break
        if type(cause).__name__ == "PDFPasswordIncorrect":
            if not password:
                return EncryptedDocumentError("encrypted PDF: a password is needed (use --password)")
            return EncryptedDocumentError("wrong password")
        cause = cause.__cause__ or cause.__context__
    return CorruptDocumentError(f"not a readable PDF ({str(exc) or type(exc).__name__})")
