"""Where batch results go: the JSONL/CSV stream, the --report file, both in input order.

Workers finish in any order; ``Reorder`` holds results back until every earlier input is done, so
the stream is identical whatever the number of workers, and still starts flowing at once.
A file target is written under a temporary name and renamed when the run ends (also on Ctrl-C,
then holding every record finished so far): nobody ever reads half a record.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from ..output import new_file_mode, temporary_prefix
from .worker import Result


class Reorder:
    """Accept results in completion order, release them in input order."""

    def __init__(self, first: int = 0) -> None:
        self.next = first
        self.waiting: dict[int, Any] = {}

    def push(self, index: int, item: Any) -> Iterator[Any]:
        self.waiting[index] = item
        while self.next in self.waiting:
            yield self.waiting.pop(self.next)
            self.next += 1


class AtomicTextFile:
    """A text file written beside its target and renamed into place by ``commit``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, self.temporary = tempfile.mkstemp(prefix=temporary_prefix(path), suffix=".part", dir=path.parent)
        if hasattr(os, "fchmod"):
            os.fchmod(handle, new_file_mode())
        self.stream: IO[str] = os.fdopen(handle, "w", encoding="utf-8", newline="")

    def commit(self) -> None:
        self.stream.close()
        os.replace(self.temporary, self.path)

    def discard(self) -> None:
        self.stream.close()
        with contextlib.suppress(OSError):
            os.unlink(self.temporary)


class StreamSink:
    """JSONL lines or CSV rows, to standard output (flushed per record) or to a file."""

    def __init__(self, fmt: str, target: str | None, stdout: IO[str], header: list[str] | None) -> None:
        self.file = AtomicTextFile(Path(target)) if target else None
        self.stream = self.file.stream if self.file else stdout
        self.fmt = fmt
        self.writer = csv.writer(self.stream, lineterminator="\n") if fmt == "csv" else None
        if self.writer is not None and header is not None:
            self.writer.writerow(header)
            self._flush()

    def _flush(self) -> None:
        if self.file is None:
            self.stream.flush()

    def write(self, payload: Any) -> None:
        if self.writer is not None:
            self.writer.writerows(payload)
        else:
            self.stream.write(payload)
        self._flush()

    def close(self) -> None:
        if self.file is not None:
            self.file.commit()

    def discard(self) -> None:
        if self.file is not None:
            self.file.discard()


class ReportSink:
    """--report: one JSON line per input with its status, written as results come in input order."""

    def __init__(self, target: str) -> None:
        self.file = AtomicTextFile(Path(target))

    def write(self, path: str, output: str | None, result: Result) -> None:
        line = {
            "input": path,
            "output": output if result.status in ("ok", "skipped") else None,
            "status": result.status,
            "error": result.error,
            "format": result.format,
            "pages": result.pages,
            "seconds": round(result.seconds, 4),
            "cpu_seconds": round(result.cpu_seconds, 4),
            "worker_peak_mb": result.peak_mb,
        }
        self.file.stream.write(json.dumps(line, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.file.commit()
