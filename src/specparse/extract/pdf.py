"""PDF reader: printed lines with page numbers, running headers/footers apart, columns in reading order.

PDFium (pypdfium2) is the engine by default; ``options["pdf_engine"] = "pdfplumber"`` picks
pdfplumber (the ``pdfplumber`` extra). Both produce positioned text that ``pdfread.assemble`` turns
into Lines, so the two engines differ only in what they see, not in how lines are built.
pdfminer/pdfplumber log and warn a lot about sloppy files; that is kept quiet unless
``options["debug"]`` is true.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import (
    EmptyDocumentError,
    UnsupportedFormatError,
)
from ..limits import current
from ..source import Source
from . import Extraction, reader_errors
from .pdfread.assemble import assemble
from .pdfread.guard import check_pdf
from .pdfread.layout import PageText

ENGINES = ("pdfium", "pdfplumber")
NOISY_LOGGERS = ("pdfminer", "pdfplumber", "pypdfium2")
_TRUE = ("1", "true", "yes", "on")


def extract(source: Source) -> Extraction:
    engine = source.options.get("pdf_engine", "pdfium").lower()
    if engine not in ENGINES:
        raise UnsupportedFormatError(f"unknown pdf_engine {engine!r}; choose from {', '.join(ENGINES)}")
    check_pdf(source.data)  # stream bombs and Form XObject fan-out hang pdfium: refuse them first
    with reader_errors("broken PDF"), _quiet(source.options.get("debug", "").lower() in _TRUE):
        pages = _read_pages(engine, source.data, source.password)
        lines = assemble(pages)
    if not any(line.text for line in lines):
        if any(page.has_images for page in pages):
            raise EmptyDocumentError("no text layer — scanned? run OCR first")
        raise EmptyDocumentError("no text: the pages are blank")
    warnings_found: list[tuple[str, str]] = []
    textless = [page.number for page in pages if page.has_images]
    if textless:
        shown = ", ".join(map(str, textless[:10])) + (" ..." if len(textless) > 10 else "")
        warnings_found.append(("pdf_pages_without_text", f"page(s) {shown} have images but no text layer"))
    return Extraction(lines=lines, pages=len(pages), warnings=warnings_found)


def _read_pages(engine: str, data: bytes, password: str | None) -> list[PageText]:
    max_pages = current().pdf_max_pages  # a spec runs to a few pages; thousands is a manual or hostile
    if engine == "pdfplumber":
        from .pdfread import plumber_engine

        return plumber_engine.read_pages(data, password, max_pages)
    from .pdfread import pdfium_engine

    return pdfium_engine.read_pages(data, password, max_pages)


@contextmanager
def _quiet(verbose: bool) -> Iterator[None]:
    """Keep pdfminer's "Refusing to execute circular reference" style chatter off stderr."""
    if verbose:
        yield
        return
    loggers = [logging.getLogger(name) for name in NOISY_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
