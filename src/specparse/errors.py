"""The exceptions specparse raises: one base class, one subclass per kind of failure."""

from __future__ import annotations

from typing import ClassVar

# The one-word outcome of each file, in the batch report and behind every error line.
STATUSES = (
    "ok",
    "empty",
    "encrypted",
    "unsupported",
    "corrupt",
    "too_large",
    "timeout",
    "crashed",
    "io_error",
    "skipped",
)


class SpecparseError(Exception):
    """Base of every error specparse raises on purpose.

    ``status`` is the stable one-word outcome a batch report records for the file
    (ok, empty, encrypted, unsupported, corrupt, too_large, timeout, crashed, io_error, skipped).
    """

    status: ClassVar[str] = "corrupt"


class UnsupportedFormatError(SpecparseError):
    """The bytes are of a kind specparse does not read (a spreadsheet, an image, Word 6…)."""

    status = "unsupported"


class MissingDependencyError(SpecparseError):
    """An optional library needed for this input is not installed; the message names the extra."""

    status = "unsupported"


class EncryptedDocumentError(SpecparseError):
    """The document is password-protected and no (correct) password was given."""

    status = "encrypted"


class EmptyDocumentError(SpecparseError):
    """The file holds no text (zero bytes, an empty document, a scan with no text layer)."""

    status = "empty"


class CorruptDocumentError(SpecparseError):
    """The file claims a format but its structure is broken; chained from the reader's own error."""

    status = "corrupt"


class LimitExceededError(SpecparseError):
    """A safety limit was hit (input size, zip inflation, stream size, nesting depth…)."""

    status = "too_large"


class SkippedInputError(SpecparseError):
    """The input is deliberately not converted, such as a Word owner/lock file (``~$name.docx``)."""

    status = "skipped"


class InputReadError(SpecparseError):
    """The file could not be read from disk (missing, a directory, no permission)."""

    status = "io_error"


class VocabularyError(SpecparseError):
    """A heading vocabulary file is malformed."""

    status = "unsupported"


def status_of(exc: BaseException) -> str:
    """The status a batch report records for a file whose conversion raised ``exc``."""
    if isinstance(exc, SpecparseError):
        return exc.status
    if isinstance(exc, MemoryError):
        return "too_large"
    if isinstance(exc, OSError):
        return "io_error"
    return "crashed"  # anything else is a bug in specparse or a library it calls
