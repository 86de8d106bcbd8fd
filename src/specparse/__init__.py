"""specparse: turn job class specifications into validated, structured data.

``parse`` and the models are imported on first use so that importing the package (and so
``specparse --help``) stays instant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__
from .errors import (
    CorruptDocumentError,
    EmptyDocumentError,
    EncryptedDocumentError,
    InputReadError,
    LimitExceededError,
    MissingDependencyError,
    SkippedInputError,
    SpecparseError,
    UnsupportedFormatError,
    VocabularyError,
)

if TYPE_CHECKING:
    from .models import JobSpec
    from .pipeline import parse

__all__ = [
    "CorruptDocumentError",
    "EmptyDocumentError",
    "EncryptedDocumentError",
    "InputReadError",
    "JobSpec",
    "LimitExceededError",
    "MissingDependencyError",
    "SkippedInputError",
    "SpecparseError",
    "UnsupportedFormatError",
    "VocabularyError",
    "__version__",
    "parse",
]


def __getattr__(name: str) -> Any:
    if name == "parse":
        from .pipeline import parse

        return parse
    if name == "JobSpec":
        from .models import JobSpec

        return JobSpec
    raise AttributeError(f"module 'specparse' has no attribute {name!r}")
