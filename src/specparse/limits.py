"""Safety limits on hostile input, in one place: each bound a reader enforces, its default and how to change it.

Readers never hard-code a bound on file-controlled sizes or counts; they ask ``current()`` and call the
``check_*`` helpers, which raise ``LimitExceededError`` with a message naming what was too big, the
limit, and the setting that changes it. A limit is changed three ways, the later winning:

* the defaults below (what Apache POI, pypdf and lxml ship with, or tighter);
* an environment variable ``SPECPARSE_<NAME>`` (``SPECPARSE_ZIP_MAX_ENTRIES=50000``), which batch
  worker processes inherit;
* ``override(name=value)`` in code, or ``specparse.parse(..., limits=Limits(...))``.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, fields, replace
from typing import Literal, Protocol

from .errors import LimitExceededError, SpecparseError

MIB = 1024 * 1024

# Input file: a job spec is rarely over a few MB; 256 MB only stops a mistaken disk image or video.
MAX_INPUT_BYTES = 256 * MIB
# Zip containers (.docx): POI's ZipSecureFile allows 1000 entries by default, we are looser because
# Word packages with many embedded images exist; its minimum inflate ratio 0.01 is our 100:1.
ZIP_MAX_ENTRIES = 10_000
ZIP_MAX_TOTAL_BYTES = 200 * MIB  # declared uncompressed sizes of all entries together
ZIP_MAX_PART_BYTES = 64 * MIB  # one XML part parsed
ZIP_MAX_RATIO = 100  # uncompressed:compressed of one entry...
ZIP_RATIO_MIN_BYTES = 1 * MIB  # ...checked once it inflates past this (small XML parts compress 50:1)
# PDF: pypdf caps a decompressed stream at 75 MB (ZLIB_MAX_OUTPUT_LENGTH); page text of a spec is tiny.
PDF_MAX_STREAM_BYTES = 64 * MIB
PDF_MAX_PAGES = 2_000
PDF_MAX_DEPTH = 32  # Form XObjects drawn inside each other (pdfminer #1113 loops them forever)
PDF_MAX_FORM_DRAWS = 20_000  # forms drawn in all, nesting expanded: a logo per page is a few hundred
# Markup nesting. XML parts need no setting: lxml without huge_tree stops at libxml2's 256 levels.
HTML_MAX_DEPTH = 2_000  # elements walked; deeper content is kept as flat text (lxml refuses past 2048)
RTF_MAX_DEPTH = 1_000  # {group} nesting
WORD_MAX_NESTING = 32  # tables in text boxes in tables...: deeper is hostile, not a document
# OLE (.doc): sectors one stream may span; 262,144 sectors of 512 bytes is a 128 MB stream, far past
# any job spec. olefile walks each chain no further than the stream's size, so this bounds the walk.
OLE_MAX_SECTORS = 1 << 18
DOC_MAX_PIECES = 100_000  # Word piece table entries; Word itself splits a document into a few thousand
DOC_MAX_CHARS = 32 * MIB  # characters in all stories together; a spec has a few thousand

ENV_PREFIX = "SPECPARSE_"


DepthKind = Literal["html", "rtf", "pdf", "word"]
CountKind = Literal["ole_sectors", "doc_pieces", "doc_chars"]


class InvalidLimitError(SpecparseError, ValueError):
    """A limit set in the environment or in code is not a positive size; nothing is converted."""

    status = "skipped"


@dataclass(frozen=True, slots=True)
class Limits:
    """Every configurable bound; field names are the settings (``SPECPARSE_`` + upper case in the environment)."""

    max_input_bytes: int = MAX_INPUT_BYTES
    zip_max_entries: int = ZIP_MAX_ENTRIES
    zip_max_total_bytes: int = ZIP_MAX_TOTAL_BYTES
    zip_max_part_bytes: int = ZIP_MAX_PART_BYTES
    zip_max_ratio: int = ZIP_MAX_RATIO
    zip_ratio_min_bytes: int = ZIP_RATIO_MIN_BYTES
    pdf_max_stream_bytes: int = PDF_MAX_STREAM_BYTES
    pdf_max_pages: int = PDF_MAX_PAGES
    pdf_max_depth: int = PDF_MAX_DEPTH
    pdf_max_form_draws: int = PDF_MAX_FORM_DRAWS
    html_max_depth: int = HTML_MAX_DEPTH
    rtf_max_depth: int = RTF_MAX_DEPTH
    word_max_nesting: int = WORD_MAX_NESTING
    ole_max_sectors: int = OLE_MAX_SECTORS
    doc_max_pieces: int = DOC_MAX_PIECES
    doc_max_chars: int = DOC_MAX_CHARS

    def __post_init__(self) -> None:
        for item in fields(self):
            value = getattr(self, item.name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise InvalidLimitError(f"limit {item.name} must be a positive integer, not {value!r}")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Limits:
        """The defaults with any ``SPECPARSE_<NAME>`` variables applied (``1M``, ``64MB``, ``10_000`` allowed)."""
        env = os.environ if environ is None else environ
        return _limits_from_settings(tuple(env.get(variable) for variable in _SETTINGS.values()))


# Each limit's environment variable, in field order.
_SETTINGS = {item.name: ENV_PREFIX + item.name.upper() for item in fields(Limits)}


@functools.lru_cache(maxsize=32)
def _limits_from_settings(raw_values: tuple[str | None, ...]) -> Limits:
    """The limits the environment's raw values give. Cached: ``parse`` asks for them on every file,
    and building and checking a Limits costs more than the rest of a short file's bookkeeping;
    Limits is frozen, so one instance can serve every call with the same settings."""
    changes: dict[str, int] = {}
    for (name, variable), raw in zip(_SETTINGS.items(), raw_values, strict=True):
        if raw is not None and raw.strip():
            changes[name] = parse_size(raw, setting=variable)
    return Limits(**changes)


_SUFFIXES = {"": 1, "K": 1024, "KB": 1024, "M": MIB, "MB": MIB, "G": 1024 * MIB, "GB": 1024 * MIB}


def parse_size(text: str, *, setting: str = "limit") -> int:
    """Read ``"64M"``, ``"10_000"`` or ``"1 GB"`` as an integer; a bad value names its setting."""
    cleaned = text.strip().upper().replace("_", "").replace(",", "").replace(" ", "")
    digits = cleaned.rstrip("KMGB")
    suffix = cleaned[len(digits) :]
    if not digits.isdigit() or suffix not in _SUFFIXES:
        raise InvalidLimitError(f"{setting}: cannot read {text!r} as a size (examples: 5000, 64M, 1GB)")
    return int(digits) * _SUFFIXES[suffix]


_CURRENT: ContextVar[Limits | None] = ContextVar("specparse_limits", default=None)


def current() -> Limits:
    """The limits in force: those set by ``override``/``use`` in this context, else defaults plus environment."""
    active = _CURRENT.get()
    return active if active is not None else Limits.from_env()


@contextmanager
def use(limits: Limits) -> Iterator[Limits]:
    """Run a block under exactly these limits."""
    token = _CURRENT.set(limits)
    try:
        yield limits
    finally:
        _CURRENT.reset(token)


@contextmanager
def override(**changes: int) -> Iterator[Limits]:
    """Run a block with some limits changed from those in force: ``with override(zip_max_entries=50):``."""
    with use(replace(current(), **changes)) as limits:
        yield limits


def _setting(name: str) -> str:
    return ENV_PREFIX + name.upper()


def check_input_size(size: int, limits: Limits | None = None) -> None:
    bound = (limits or current()).max_input_bytes
    if size > bound:
        raise LimitExceededError(
            f"input is {size:,} bytes, over the {bound:,}-byte limit (set {_setting('max_input_bytes')})"
        )


class ZipEntry(Protocol):
    """What the zip checks read of a ``zipfile.ZipInfo``."""

    filename: str
    file_size: int
    compress_size: int


def check_zip(entries: Iterable[ZipEntry], limits: Limits | None = None) -> None:
    """Refuse a zip bomb from its central directory alone, before inflating a byte.

    Python's zipfile stops inflating an entry at its declared ``file_size`` (and fails the CRC if the
    data goes on), so checking declared sizes bounds what reading can allocate.
    """
    bound = limits or current()
    infos = list(entries)
    if len(infos) > bound.zip_max_entries:
        raise LimitExceededError(
            f"zip holds {len(infos):,} entries, over the {bound.zip_max_entries:,}-entry limit "
            f"(set {_setting('zip_max_entries')})"
        )
    total = sum(info.file_size for info in infos)
    if total > bound.zip_max_total_bytes:
        raise LimitExceededError(
            f"zip inflates to {total:,} bytes, over the {bound.zip_max_total_bytes:,}-byte limit "
            f"(set {_setting('zip_max_total_bytes')})"
        )
    for info in infos:
        if info.file_size <= bound.zip_ratio_min_bytes:
            continue
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > bound.zip_max_ratio:
            raise LimitExceededError(
                f"zip entry {info.filename} compresses {ratio:,.0f}:1, over the {bound.zip_max_ratio}:1 ratio limit "
                f"(set {_setting('zip_max_ratio')})"
            )


def check_part_size(part: str, size: int, limits: Limits | None = None) -> None:
    bound = (limits or current()).zip_max_part_bytes
    if size > bound:
        raise LimitExceededError(
            f"part {part} is {size:,} bytes, over the {bound:,}-byte limit (set {_setting('zip_max_part_bytes')})"
        )


def check_stream_size(size: int, what: str = "PDF stream", limits: Limits | None = None) -> None:
    bound = (limits or current()).pdf_max_stream_bytes
    if size > bound:
        raise LimitExceededError(
            f"{what} decompresses to over {bound:,} bytes (set {_setting('pdf_max_stream_bytes')})"
        )


_DEPTH_FIELDS: dict[str, tuple[str, str]] = {
    "html": ("html_max_depth", "HTML elements"),
    "rtf": ("rtf_max_depth", "RTF groups"),
    "pdf": ("pdf_max_depth", "PDF objects"),
    "word": ("word_max_nesting", "Word content (tables, text boxes)"),
}


def check_depth(kind: DepthKind, depth: int, limits: Limits | None = None) -> None:
    """Refuse structures nested deeper than the limit for ``kind`` (call on the way down)."""
    name, what = _DEPTH_FIELDS[kind]
    bound: int = getattr(limits or current(), name)
    if depth > bound:
        raise LimitExceededError(f"{what} nested deeper than {bound:,} levels (set {_setting(name)})")


_COUNT_FIELDS: dict[str, tuple[str, str]] = {
    "ole_sectors": ("ole_max_sectors", "an OLE stream spans more than {bound:,} sectors"),
    "doc_pieces": ("doc_max_pieces", "Word piece table has more than {bound:,} pieces"),
    "doc_chars": ("doc_max_chars", "Word document claims more than {bound:,} characters"),
}


def check_count(kind: CountKind, count: int, limits: Limits | None = None) -> None:
    """Refuse a file-controlled count (sectors walked, pieces, pages) over its limit."""
    name, template = _COUNT_FIELDS[kind]
    bound: int = getattr(limits or current(), name)
    if count > bound:
        raise LimitExceededError(f"{template.format(bound=bound)} (set {_setting(name)})")
