"""The one entry point: bytes in, JobSpec out — read, sniff, extract, clean, split, build, validate."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, BinaryIO

from .errors import EmptyDocumentError
from .source import DEFAULT_MAX_INPUT_BYTES, make_source, read_input

if TYPE_CHECKING:
    from .models import JobSpec

Input = str | os.PathLike[str] | bytes | bytearray | memoryview | BinaryIO


def parse(
    source: Input,
    *,
    format: str | None = None,
    name: str | None = None,
    password: str | None = None,
    vocab: str | os.PathLike[str] | None = None,
    pdf_engine: str | None = None,
    max_bytes: int = DEFAULT_MAX_INPUT_BYTES,
) -> JobSpec:
    """Parse one job class specification.

    ``source`` is a path, bytes or a binary file object. ``format`` forces a reader instead of
    sniffing; ``name`` is the display name for bytes and streams; ``vocab`` is a TOML file of extra
    heading aliases. Raises a subclass of ``SpecparseError`` on any input it cannot read.
    """
    from .build import build_record
    from .clean import clean
    from .extract import extract
    from .lines import number_lines
    from .sections import split_sections
    from .vocab import load_vocabulary

    data, display = read_input(source, name=name, max_bytes=max_bytes)
    options = {"pdf_engine": pdf_engine} if pdf_engine else {}
    src = make_source(data, display, format=format, password=password, options=options)
    vocabulary = load_vocabulary(os.fspath(vocab) if vocab is not None else None)
    extraction = extract(src)
    lines = number_lines(extraction.lines)
    cleaned = clean(lines, vocabulary)
    if not any(line.text for line in cleaned.body):
        raise EmptyDocumentError("no text")
    split = split_sections(cleaned.body, vocabulary)
    return build_record(src, extraction, split, cleaned.furniture, cleaned.body, vocabulary)
