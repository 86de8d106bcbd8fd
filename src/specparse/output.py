"""Serialise records (JSON, YAML) and write files atomically so no output is ever half-written."""

from __future__ import annotations

import contextlib
import functools
import itertools
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import JobSpec

TEXT_FORMATS = ("json", "yaml")
# One file per input in a batch: the output keeps the whole input name, so x.doc and x.pdf never collide.
# "html" is the review page ``specparse view DIR`` writes per input (see specparse.view.site).
OUTPUT_SUFFIXES = {"json": ".json", "yaml": ".yaml", "html": ".html"}


def record_data(spec: JobSpec) -> dict[str, Any]:
    """The record as plain JSON-compatible data (dates as ISO strings); YAML and JSON share it."""
    return spec.model_dump(mode="json")


def to_json(spec: JobSpec, *, indent: int | None = 2) -> str:
    # pydantic's serializer writes the same text as json.dumps(record_data(spec), indent=2,
    # ensure_ascii=False) about four times faster, which matters at a thousand records a second.
    return spec.model_dump_json(indent=indent) + "\n"


def to_yaml(spec: JobSpec) -> str:
    import yaml

    return str(yaml.safe_dump(record_data(spec), sort_keys=False, allow_unicode=True, width=100))


def to_jsonl(spec: JobSpec) -> str:
    """One record on one line, for streams that jq and friends read line by line."""
    return spec.model_dump_json() + "\n"


def render(spec: JobSpec, fmt: str) -> str:
    if fmt == "yaml":
        return to_yaml(spec)
    if fmt == "jsonl":
        return to_jsonl(spec)
    return to_json(spec)


def render_bytes(spec: JobSpec, fmt: str) -> bytes:
    """``render`` as UTF-8 bytes; JSON skips the decode-then-encode round trip (batch writes)."""
    if fmt in ("json", "jsonl"):
        indent = 2 if fmt == "json" else None
        return spec.__pydantic_serializer__.to_json(spec, indent=indent) + b"\n"
    return render(spec, fmt).encode("utf-8")


@functools.cache
def new_file_mode() -> int:
    """0o666 less the process umask (which can only be read by setting it)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def temporary_prefix(path: Path) -> str:
    """Temporary files of ``path`` start with this; the pid keeps concurrent runs' files apart."""
    return f".{path.name}.{os.getpid()}."


# Distinguishes one process's temporary files; the pid in the prefix separates processes.
_SERIAL = itertools.count()
# Bound on name clashes with leftovers of a dead process that had the same pid.
TEMPORARY_ATTEMPTS = 100


def create_temporary(path: Path) -> tuple[int, str]:
    """Create ``.NAME.PID.N.part`` beside ``path`` exclusively; return its descriptor and name.

    Cheaper than ``tempfile.mkstemp`` (no random names, no fchmod: the 0o666 mode passed to open
    is reduced by the umask exactly as any new file's is), which matters at a thousand files a second.
    """
    prefix = str(path.parent / temporary_prefix(path))
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    for _attempt in range(TEMPORARY_ATTEMPTS):
        temporary = f"{prefix}{next(_SERIAL)}.part"
        try:
            return os.open(temporary, flags, 0o666), temporary
        except FileExistsError:
            continue
    raise FileExistsError(f"{path}: no free temporary name beside it")


def write_atomic(path: Path, text: str | bytes, *, durable: bool = True) -> None:
    """Write ``text`` beside ``path`` under a unique temporary name, then rename it into place.

    A reader never sees half a file, and two runs writing the same path never interleave: the
    last rename wins whole. ``durable`` also fsyncs before the rename (survives a power cut); batch
    runs skip it because a re-run redoes any file whose output is missing.
    """
    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        handle, temporary = create_temporary(path)
    except FileNotFoundError:  # the folder is new: create it only then, not before every file
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = create_temporary(path)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(handle, view) :]
            if durable:
                os.fsync(handle)
        finally:
            os.close(handle)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
