"""Open the OLE2 compound file and decide what it holds before any Word structure is trusted."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import PurePath

import olefile

from ...errors import (
    CorruptDocumentError,
    EncryptedDocumentError,
    SpecparseError,
    UnsupportedFormatError,
)
from ...limits import check_count

# Streams that name the application which wrote a non-Word OLE file, checked in this order.
_OTHER_KINDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("Workbook",), "an Excel spreadsheet (.xls), not a document"),
    (("Book",), "an Excel 5/95 spreadsheet (.xls), not a document"),
    (("PowerPoint Document",), "a PowerPoint presentation (.ppt), not a document"),
    (("VisioDocument",), "a Visio drawing, not a document"),
    (("Quill",), "a Publisher file, not a document"),
    (("CONTENTS", "SPELLING"), "a Microsoft Works document; save it as .docx"),
    (("MatOST",), "a Microsoft Works document; save it as .docx"),
)

# When the streams do not say, the extension of an OLE file that is not Word names its program.
_SUFFIX_KINDS = {
    ".wps": "a Microsoft Works document (.wps); save it as .docx",
    ".xls": "an Excel spreadsheet (.xls), not a document",
    ".ppt": "a PowerPoint presentation (.ppt), not a document",
    ".msg": "an Outlook message (.msg), not a document",
}


@dataclass(frozen=True, slots=True)
class WordStreams:
    """The streams a Word reader needs; ``tables`` maps "0Table"/"1Table" to bytes when present."""

    word: bytes
    tables: dict[str, bytes]


def open_word_streams(data: bytes, name: str = "") -> WordStreams:
    """Read the WordDocument and table streams, or raise the error that says what the OLE file is.

    ``name`` only sharpens the message for OLE files of unknown layout (a ``.wps`` is from Works).
    """
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except SpecparseError:
        raise
    except Exception as exc:  # olefile raises OSError, struct.error, IndexError… on broken files
        raise CorruptDocumentError(f"corrupt OLE2 compound file: {_short(exc)}") from exc
    try:
        names = _stream_names(ole)
        if "WordDocument" not in names:
            raise _not_word(names, PurePath(name).suffix.lower())
        word = _read(ole, "WordDocument")
        tables: dict[str, bytes] = {name: _read(ole, name) for name in ("0Table", "1Table") if name in names}
        return WordStreams(word=word, tables=tables)
    except SpecparseError:
        raise
    except Exception as exc:
        raise CorruptDocumentError(f"corrupt OLE2 compound file: {_short(exc)}") from exc
    finally:
        ole.close()


def _stream_names(ole: olefile.OleFileIO) -> set[str]:
    return {"/".join(path) for path in ole.listdir(streams=True, storages=False)}


def _read(ole: olefile.OleFileIO, name: str) -> bytes:
    size = int(ole.get_size(name))
    # olefile walks a stream's sector chain as far as its declared size: bounding the size bounds the walk.
    check_count("ole_sectors", -(-size // ole.sectorsize))
    with ole.openstream(name) as stream:
        content: bytes = stream.read(size + 1)
    return content


def _not_word(names: set[str], suffix: str) -> SpecparseError:
    top_level = {name for name in names if "/" not in name}
    if {"EncryptionInfo", "EncryptedPackage"} & top_level:
        return EncryptedDocumentError(
            "encrypted Office Open XML file (a password-protected .docx): remove the password in Word"
        )
    for streams, message in _OTHER_KINDS:
        if all(stream in top_level for stream in streams):
            return UnsupportedFormatError(message)
    if top_level and all(name.startswith(("\x05", "\x01")) for name in top_level):
        return UnsupportedFormatError("an OLE2 file holding only document properties, no document text")
    if suffix in _SUFFIX_KINDS:
        return UnsupportedFormatError(_SUFFIX_KINDS[suffix])
    shown = ", ".join(sorted(repr(n) for n in top_level)[:5]) or "none"
    return UnsupportedFormatError(f"an OLE2 compound file that is not a Word document (streams: {shown})")


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text[:160]
