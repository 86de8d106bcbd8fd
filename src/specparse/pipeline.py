"""The one entry point: bytes in, JobSpec out — read, sniff, extract, clean, split, build, validate."""

from __future__ import annotations

import functools
import logging
import os
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO, NamedTuple

from . import limits as limits_module
from .errors import CorruptDocumentError, EmptyDocumentError, LimitExceededError
from .source import make_source, read_input

if TYPE_CHECKING:
    from collections.abc import Callable

    from .clean import Cleaned
    from .extract import Extraction
    from .limits import Limits
    from .lines import Line
    from .models import JobSpec
    from .sections import Split
    from .vocab import Vocabulary

Input = str | os.PathLike[str] | bytes | bytearray | memoryview | BinaryIO

# Loggers of the parsing libraries: pdfminer warns "CropBox missing from /Page" for every page of many
# real PDFs. With no handler of their own, Python's last-resort handler prints them on stderr.
NOISY_LOGGERS = ("pdfminer", "pdfplumber", "pypdfium2", "olefile", "docx", "PIL", "fontTools")


def parse(
    source: Input,
    *,
    format: str | None = None,
    name: str | None = None,
    password: str | None = None,
    vocab: str | os.PathLike[str] | None = None,
    pdf_engine: str | None = None,
    max_bytes: int | None = None,
    limits: Limits | None = None,
) -> JobSpec:
    """Parse one job class specification.

    ``source`` is a path, bytes or a binary file object. ``format`` forces a reader instead of
    sniffing; ``name`` is the display name for bytes and streams; ``vocab`` is a TOML file of extra
    heading aliases; ``limits`` replaces the safety limits in force (``specparse.limits``), and
    ``max_bytes`` the input-size limit alone. Raises a subclass of ``SpecparseError`` on any input it
    cannot read.
    """
    # Fix the limits for this call: readers consult them in hot loops, the environment only once.
    with limits_module.use(limits if limits is not None else limits_module.current()):
        return run_steps(source, format, name, password, vocab, pdf_engine, max_bytes).record


@dataclass(slots=True)
class Steps:
    """What each step of one conversion produced (the review page shows them beside the record)."""

    lines: list[Line]  # all lines in reading order, body lines numbered, furniture numbered 0
    cleaned: Cleaned  # body (boilerplate blanked), furniture, dropped
    split: Split
    record: JobSpec
    vocab: Vocabulary
    extraction: Extraction


def run_steps(
    source: Input,
    format: str | None,
    name: str | None,
    password: str | None,
    vocab: str | os.PathLike[str] | None,
    pdf_engine: str | None,
    max_bytes: int | None,
) -> Steps:
    """Read, sniff, extract, clean, split and build, keeping every intermediate result.

    The caller fixes the limits in force (``parse`` does); raises ``SpecparseError`` subclasses only.
    """
    build_record, clean, extract, number_lines, split_sections, load_vocabulary = _step_functions()
    data, display = read_input(source, name=name, max_bytes=max_bytes)
    options = {"pdf_engine": pdf_engine} if pdf_engine else {}
    src = make_source(data, display, format=format, password=password, options=options)
    vocabulary = load_vocabulary(os.fspath(vocab) if vocab is not None else None)
    try:
        with library_noise_hidden():
            extraction = extract(src)
    except RecursionError as exc:  # a reader recursed on a self-referencing structure it did not bound
        raise CorruptDocumentError("structure nested too deeply to read (a loop in the file?)") from exc
    except MemoryError as exc:
        raise LimitExceededError("ran out of memory reading the file") from exc
    lines = number_lines(extraction.lines)
    cleaned = clean(lines, vocabulary)
    if not any(line.text for line in cleaned.body):
        raise EmptyDocumentError("no text")
    split = split_sections(cleaned.body, vocabulary)
    record = build_record(src, extraction, split, cleaned.furniture, cleaned.body, vocabulary)
    return Steps(lines, cleaned, split, record, vocabulary, extraction)


class _StepFunctions(NamedTuple):
    build_record: Callable[..., JobSpec]
    clean: Callable[[list[Line], Vocabulary], Cleaned]
    extract: Callable[..., Extraction]
    number_lines: Callable[[list[Line]], list[Line]]
    split_sections: Callable[[list[Line], Vocabulary], Split]
    load_vocabulary: Callable[[str | None], Vocabulary]


@functools.cache
def _step_functions() -> _StepFunctions:
    """The steps' modules, imported on the first parse (``specparse --help`` loads none of them) and
    then kept: an import statement run on every call resolves its package and module again each
    time, which cost more than numbering a bulletin's lines."""
    from .build import build_record
    from .clean import clean
    from .extract import extract
    from .lines import number_lines
    from .sections import split_sections
    from .vocab import load_vocabulary

    return _StepFunctions(build_record, clean, extract, number_lines, split_sections, load_vocabulary)


# The NullHandler given to each noisy logger: finding it among the logger's handlers is a list
# membership test, where looking for any NullHandler walks them through a generator on every file.
_HUSHED: dict[str, logging.Handler] = {}


@contextmanager
def library_noise_hidden() -> Iterator[None]:
    """Hide the parsing libraries' warnings and log records unless the application asked for them.

    An application that configured logging (``specparse --debug`` does) sees them through its root
    handlers, and ``python -W`` options are respected; otherwise they are dropped.
    """
    existing = logging.Logger.manager.loggerDict
    for logger_name in NOISY_LOGGERS:
        # The logger getLogger returns, read from its registry without the lock and the call (every
        # call after the first finds it there); a placeholder or a missing name goes through getLogger.
        logger = existing.get(logger_name)
        if not isinstance(logger, logging.Logger):
            logger = logging.getLogger(logger_name)
        if _HUSHED.get(logger_name) in logger.handlers:
            continue  # the handler added by an earlier call is still there (every call after the first)
        if not any(isinstance(handler, logging.NullHandler) for handler in logger.handlers):
            handler = logging.NullHandler()
            logger.addHandler(handler)
            _HUSHED[logger_name] = handler
    with warnings.catch_warnings():
        if not sys.warnoptions and not logging.getLogger().handlers:
            warnings.simplefilter("ignore")
        yield
