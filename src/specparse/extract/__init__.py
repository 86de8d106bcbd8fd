"""Registry of readers: each format maps to a module whose ``extract(source)`` returns an Extraction.

Readers are imported only when a file of their format arrives, so ``specparse --help`` and text
input never load PDF or Word libraries.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Protocol

from ..errors import CorruptDocumentError, LimitExceededError, SpecparseError, UnsupportedFormatError
from ..lines import Line
from ..source import Source


@dataclass(slots=True)
class Extraction:
    """What a reader got out of a file: lines in reading order, the page count, and any doubts."""

    lines: list[Line]
    pages: int | None = None
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (code, message)
    format: str | None = None  # set when the reader found the file to be another format than sniffed
    # What the file says about itself beside its text: YAML front matter keys, HTML <meta> and <title>
    # (see extract/frontmatter.py). Plain strings; the header step decides what they mean.
    metadata: dict[str, str] = field(default_factory=dict)


class Reader(Protocol):
    def __call__(self, source: Source) -> Extraction: ...


READERS: dict[str, str] = {
    "text": "specparse.extract.text",
    "markdown": "specparse.extract.text",
    "html": "specparse.extract.html",
    "docx": "specparse.extract.docx",
    "doc": "specparse.extract.doc",
    "pdf": "specparse.extract.pdf",
    "rtf": "specparse.extract.rtf",
    "wordml": "specparse.extract.wordml",
}


def extract(source: Source) -> Extraction:
    """Run the reader registered for ``source.format``."""
    module_name = READERS.get(source.format)
    if module_name is None:
        raise UnsupportedFormatError(f"no reader for format {source.format!r}")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("specparse"):
            raise UnsupportedFormatError(f"reading {source.format} is not supported yet") from exc
        raise
    reader: Reader = module.extract
    return reader(source)


@contextmanager
def reader_errors(what: str) -> Iterator[None]:
    """Turn whatever a reader library raises on a damaged file into one clear SpecparseError.

    ``what`` opens the message ("broken PDF", "unreadable .docx"); errors specparse raised on
    purpose pass through unchanged.
    """
    try:
        yield
    except SpecparseError:
        raise
    except (MemoryError, RecursionError) as exc:
        raise LimitExceededError(f"{what}: too large or too deeply nested to read") from exc
    except Exception as exc:
        raise CorruptDocumentError(f"{what} ({type(exc).__name__}: {exc})"[:200]) from exc
