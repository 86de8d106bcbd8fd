"""The input record: bytes, a name and what they are, with the format sniffed from the content."""

from __future__ import annotations

import hashlib
import io
import os
import re
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePath
from typing import BinaryIO

from .decoding import decode_text
from .errors import InputReadError, SkippedInputError, UnsupportedFormatError
from .limits import MAX_INPUT_BYTES, check_input_size, current

FORMATS = ("text", "markdown", "html", "docx", "doc", "pdf", "rtf", "wordml")

# The extension is only a hint; these are the names users give each format.
EXTENSION_HINTS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".htm": "html",
    ".html": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".docm": "docx",
    ".dotx": "docx",
    ".doc": "doc",
    ".dot": "doc",
    ".pdf": "pdf",
    ".rtf": "rtf",
    ".xml": "wordml",
}

DEFAULT_MAX_INPUT_BYTES = MAX_INPUT_BYTES  # the default of limits.Limits.max_input_bytes

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OWNER_FILE_SIZE, _OWNER_NAME_FIELD = 162, 54
_HTML_START = re.compile(
    rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|div|table|p|h[1-6])\b", re.I | re.S
)
_HTML_ANYWHERE = re.compile(rb"<(html|body|div|table|p|br|h[1-6])\b[^>]*>", re.I)
_WORDML = re.compile(
    rb"<\?mso-application\s+progid=\"Word\.Document\"|xmlns:w=\"http://schemas\.microsoft\.com/office/word/2003/wordml\"",
    re.I,
)
_MARKDOWN_HINTS = re.compile(rb"^(#{1,6} |\s*[-*] |\|.*\|\s*$|---\s*$)", re.M)
_BINARY_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
# A run of NULs in a text file is padding (a spec exported from fixed-length fields); the text
# reader drops NULs, so only scattered ones and other controls mark a binary file.
_NUL_PADDING = re.compile(rb"\x00{4,}")
_BINARY_CONTROL_BYTES = bytes([*range(0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
# Word processors older than OLE2 Word, often saved as .doc: named so the error says what they are.
_LEGACY_MAGIC = (
    (b"\xffWPC", "a WordPerfect document; save it as .docx or .pdf"),
    (b"\xdb\xa5", "a Word for Windows 2.0 document: unsupported, save it as .docx"),
    (b"\x9b\xa5", "a Word for Windows 1.x document: unsupported, save it as .docx"),
)


@dataclass(frozen=True, slots=True)
class Source:
    """What is known about one input before it is read: its bytes, its name and its sniffed format."""

    data: bytes
    name: str
    format: str
    hint: str | None = None  # the format the name suggested, when it had a known extension
    password: str | None = None
    options: dict[str, str] = field(default_factory=dict)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def mismatch(self) -> bool:
        """True when the name promised another format than the bytes hold (a .doc that is RTF)."""
        if self.hint is None or self.hint == self.format:
            return False
        return {self.hint, self.format} != {"text", "markdown"}


def _read_capped(handle: BinaryIO, size: int, max_bytes: int) -> bytes:
    """The file's bytes, at most one past ``max_bytes``: /dev/zero or a growing file never ends.

    A read asking for the limit allocates a buffer of that size first (256 MB by default, for a 5 KB
    file), so a file that says how long it is is asked for that much and one byte more, and read on
    only when it grew meanwhile.
    """
    limit = max_bytes + 1
    if size <= 0:
        return handle.read(limit)  # a pipe or a device says nothing of its length
    data = handle.read(min(size + 1, limit))
    if len(data) > size and len(data) < limit:
        data += handle.read(limit - len(data))
    return data


def read_input(
    source: str | os.PathLike[str] | bytes | bytearray | memoryview | BinaryIO,
    *,
    name: str | None = None,
    max_bytes: int | None = None,
) -> tuple[bytes, str]:
    """Return the bytes and a display name of a path, a bytes object or a binary file object.

    ``max_bytes`` defaults to the ``max_input_bytes`` limit in force (see ``specparse.limits``).
    """
    limits = current()
    if max_bytes is None:
        max_bytes = limits.max_input_bytes
    elif max_bytes != limits.max_input_bytes:
        limits = replace(limits, max_input_bytes=max_bytes)
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        display = name or "<bytes>"
    elif isinstance(source, (str, os.PathLike)):
        # A Path already is one (the batch and most callers pass them): building it again re-parses it.
        path = source if isinstance(source, Path) else Path(source)
        display = name or str(source)
        try:
            with path.open("rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                check_input_size(size, limits)
                data = _read_capped(handle, size, max_bytes)
        except IsADirectoryError as exc:
            raise InputReadError("is a directory") from exc
        except FileNotFoundError as exc:
            raise InputReadError("no such file") from exc
        except PermissionError as exc:
            raise InputReadError("permission denied") from exc
        except OSError as exc:
            raise InputReadError(exc.strerror or str(exc)) from exc
    elif hasattr(source, "read"):
        chunk = source.read(max_bytes + 1)
        if not isinstance(chunk, (bytes, bytearray)):
            raise TypeError("file objects must be opened in binary mode")
        data = bytes(chunk)
        display = name or str(getattr(source, "name", "<stream>"))
    else:
        raise TypeError(f"cannot read a {type(source).__name__}; pass a path, bytes or a binary file")
    check_input_size(len(data), limits)
    return data, display


def hint_from_name(name: str) -> str | None:
    return EXTENSION_HINTS.get(name_suffix(name).lower())


def name_suffix(name: str) -> str:
    """``PurePath(name).suffix``, without building the path for the usual name (a file name after the
    last "/"): pathlib parses every part of it, which cost more than sniffing the file's head."""
    base = name.rpartition("/")[2]
    if os.sep != "/" or os.altsep is not None or not base or base == ".":
        return PurePath(name).suffix  # another platform's separators, or a name pathlib tidies first
    dot = base.rfind(".")
    return base[dot:] if 0 < dot < len(base) - 1 else ""


def is_lock_file(name: str) -> bool:
    """Word writes ``~$name.docx`` owner files beside open documents; they hold no document."""
    return "~$" in name and PurePath(name).name.startswith("~$")  # no PurePath for the usual name


def _is_owner_file(data: bytes) -> bool:
    """Word's owner (lock) file, even renamed: a name length, the 8-bit name padded to 54 bytes,
    then the same length again before the UTF-16 name (162 bytes in all)."""
    return (
        len(data) == _OWNER_FILE_SIZE
        and 0 < data[0] < _OWNER_NAME_FIELD
        and data[_OWNER_NAME_FIELD] == data[0]
        and data[_OWNER_NAME_FIELD + 1] == 0
        and not any(data[1 + data[0] : _OWNER_NAME_FIELD])
    )


def sniff(data: bytes, hint: str | None = None) -> str:
    """Name the format of ``data`` from its content; ``hint`` only settles text against Markdown."""
    if _is_owner_file(data):
        raise SkippedInputError("a Word lock file (owner file), not a document")
    head = data[:4096]
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(_OLE_MAGIC):
        return "doc"  # the OLE reader tells Word 97 from encrypted OOXML and other OLE files
    for magic, what in _LEGACY_MAGIC:
        if head.startswith(magic):
            raise UnsupportedFormatError(what)
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _sniff_zip(data)
    if stripped.startswith(b"{\\rtf"):
        return "rtf"
    text_head = _decode_head(head)
    if text_head is not None:
        encoded = text_head.encode("utf-8", "replace")
        # The substring tests spare most files the slower case-insensitive search (every WordML match
        # contains "<?" and "<?mso-application", or '="' and "xmlns:w="), and the lower-casing first
        # (a text file holds neither "<?" nor '="').
        if (
            (b"<?" in encoded or b'="' in encoded)
            and (b"<?mso-application" in (lowered := encoded.lower()) or b"xmlns:w=" in lowered)
            and _WORDML.search(encoded)
        ):
            return "wordml"
        # Every HTML tag opens with "<": a head without one (most text files) is no page.
        if b"<" in encoded and (_HTML_START.search(encoded) or len(_HTML_ANYWHERE.findall(encoded)) >= 3):
            return "html"
        if hint == "markdown" or (hint != "text" and len(_MARKDOWN_HINTS.findall(encoded)) >= 3):
            return "markdown"
        return "text"
    raise UnsupportedFormatError("not a document specparse reads (binary content of an unknown kind)")


def _sniff_zip(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, EOFError):
        return "docx"  # a broken zip is most likely a truncated .docx; its reader reports it
    if "word/document.xml" in names or any(n.endswith("document.xml") for n in names if n.startswith("word/")):
        return "docx"
    if "xl/workbook.xml" in names:
        raise UnsupportedFormatError("a spreadsheet (.xlsx), not a document")
    if "ppt/presentation.xml" in names:
        raise UnsupportedFormatError("a presentation (.pptx), not a document")
    if "mimetype" in names or "content.xml" in names:
        raise UnsupportedFormatError("an OpenDocument file; save it as .docx or .pdf")
    raise UnsupportedFormatError("a zip archive that is not a Word document")


def _decode_head(head: bytes) -> str | None:
    """Decode the start of a file if it looks like text in any encoding the text reader handles."""
    if not head:
        return ""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(head):
        return decode_text(head)
    if b"\x00" in head:  # the substitution costs a pass over the head even where there is no NUL
        head = _NUL_PADDING.sub(b"", head)  # padding inside a text file is no sign of a binary one
    if b"\x00" in head and _BINARY_CONTROL.search(head[:2048]):
        return None
    # Counted by deleting them (C speed) rather than collecting every match.
    if len(head) - len(head.translate(None, _BINARY_CONTROL_BYTES)) > len(head) // 50 + 1:
        return None
    if head.isascii():
        # What decode_text gives: a BOM is no ASCII, and a NUL left here made the head binary above.
        return head.decode("ascii")
    return decode_text(head)


def _looks_utf16(head: bytes) -> bool:
    """UTF-16 without a BOM puts a NUL beside most ASCII characters."""
    sample = head[:512]
    if len(sample) < 4 or b"\x00" not in sample:
        return False  # no NUL at all (nearly every file): neither half can be mostly NULs
    evens, odds = sample[0::2], sample[1::2]
    return odds.count(0) > len(odds) * 0.6 or evens.count(0) > len(evens) * 0.6


def make_source(
    data: bytes,
    name: str,
    *,
    format: str | None = None,
    password: str | None = None,
    options: dict[str, str] | None = None,
) -> Source:
    """Build the Source for ``data``: refuse lock files, sniff the format unless one is forced."""
    if is_lock_file(name):
        raise SkippedInputError("a Word lock file (~$...), not a document")
    hint = hint_from_name(name)
    if format is not None and format not in FORMATS:
        raise UnsupportedFormatError(f"unknown format {format!r}; choose from {', '.join(FORMATS)}")
    detected = format or sniff(data, hint)
    return Source(data=data, name=name, format=detected, hint=hint, password=password, options=options or {})
