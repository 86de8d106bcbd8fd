"""Run the pipeline's steps and keep what each one produced, for the review page.

The same steps as ``pipeline._parse``, in the same order: the page shows the very lines, cut and
record a conversion produces (``tests/test_view_data.py`` checks the record is identical), without
parsing the JSON back or reading the document twice.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from ..clean import Cleaned
from ..extract import Extraction
from ..lines import Line
from ..models import JobSpec
from ..pipeline import Input
from ..sections import Split
from ..vocab import Vocabulary


@dataclass(slots=True)
class Gathered:
    """Every intermediate result of one conversion."""

    lines: list[Line]  # all lines in reading order, body lines numbered, furniture numbered 0
    cleaned: Cleaned  # body (boilerplate blanked), furniture, dropped
    split: Split
    record: JobSpec
    vocab: Vocabulary
    extraction: Extraction


def gather(
    source: Input,
    *,
    format: str | None = None,
    name: str | None = None,
    password: str | None = None,
    vocab: str | os.PathLike[str] | None = None,
    pdf_engine: str | None = None,
    max_bytes: int | None = None,
) -> Gathered:
    """Convert ``source`` as ``specparse.parse`` does and keep the intermediate results.

    Raises the same ``SpecparseError`` subclasses as ``parse`` on input it cannot read.
    """
    from .. import limits as limits_module

    with limits_module.use(limits_module.current()):
        return _gather(source, format, name, password, vocab, pdf_engine, max_bytes)


def _gather(
    source: Input,
    format: str | None,
    name: str | None,
    password: str | None,
    vocab: str | os.PathLike[str] | None,
    pdf_engine: str | None,
    max_bytes: int | None,
) -> Gathered:
    from ..build import build_record
    from ..clean import clean
    from ..errors import CorruptDocumentError, EmptyDocumentError, LimitExceededError
    from ..extract import extract
    from ..lines import number_lines
    from ..pipeline import library_noise_hidden
    from ..sections import split_sections
    from ..source import make_source, read_input
    from ..vocab import load_vocabulary

    data, display = read_input(source, name=name, max_bytes=max_bytes)
    options = {"pdf_engine": pdf_engine} if pdf_engine else {}
    src = make_source(data, display, format=format, password=password, options=options)
    vocabulary = load_vocabulary(os.fspath(vocab) if vocab is not None else None)
    try:
        with library_noise_hidden():
            extraction = extract(src)
    except RecursionError as exc:
        raise CorruptDocumentError("structure nested too deeply to read (a loop in the file?)") from exc
    except MemoryError as exc:
        raise LimitExceededError("ran out of memory reading the file") from exc
    lines = number_lines(extraction.lines)
    cleaned = clean(lines, vocabulary)
    if not any(line.text for line in cleaned.body):
        raise EmptyDocumentError("no text")
    split = split_sections(cleaned.body, vocabulary)
    record = build_record(src, extraction, split, cleaned.furniture, cleaned.body, vocabulary)
    return Gathered(lines, cleaned, split, record, vocabulary, extraction)
