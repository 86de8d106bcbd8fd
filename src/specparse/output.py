"""Serialise records (JSON, YAML) and write files atomically so no output is ever half-written."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import JobSpec

TEXT_FORMATS = ("json", "yaml")


def record_data(spec: JobSpec) -> dict[str, Any]:
    """The record as plain JSON-compatible data (dates as ISO strings); YAML and JSON share it."""
    return spec.model_dump(mode="json")


def to_json(spec: JobSpec, *, indent: int | None = 2) -> str:
    return json.dumps(record_data(spec), indent=indent, ensure_ascii=False) + "\n"


def to_yaml(spec: JobSpec) -> str:
    import yaml

    return str(yaml.safe_dump(record_data(spec), sort_keys=False, allow_unicode=True, width=100))


def render(spec: JobSpec, fmt: str) -> str:
    if fmt == "yaml":
        return to_yaml(spec)
    return to_json(spec)


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` beside ``path`` under a temporary name, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
