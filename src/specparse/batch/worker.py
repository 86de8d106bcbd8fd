"""One batch worker process: converts one file at a time under a timeout and a memory cap.

The worker is started once and serves many files, so its imports are paid once. It never lets an
exception out: every file ends as a ``Result`` with one status word (see ``specparse.errors``).
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import os
import signal
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import SpecparseError, UnsupportedFormatError

if TYPE_CHECKING:
    from ..models import JobSpec

# The formats one worker can produce: a record file per input, or a piece of a shared stream.
TREE_FORMATS = ("json", "yaml")
# A review page per input (``specparse view DIR``); its row for the site's index goes back to the parent.
PAGE_FORMAT = "html"
STREAM_FORMATS = ("jsonl", "csv")

# Internal, for fault-injection tests only: "module:function" used instead of specparse.parse.
HOOK_ENV = "_SPECPARSE_BATCH_PARSE_HOOK"

HAS_ALARM = hasattr(signal, "setitimer")

ParseFunction = Callable[..., "JobSpec"]


@dataclass(frozen=True, slots=True)
class WorkerConfig:
    """What every file in a run shares; sent to each worker once, when it starts."""

    fmt: str  # json, yaml (one file per input) or jsonl, csv (rows sent back to the parent)
    csv_layout: str = "flat"
    parse_options: dict[str, Any] = field(default_factory=dict)
    timeout: float | None = 60.0
    max_memory_mb: int | None = None
    hook: str | None = None  # see HOOK_ENV
    site_index: str | None = None  # html pages: the index file each page links back to


@dataclass(frozen=True, slots=True)
class Task:
    index: int
    path: str  # the input as it will be named in the record and the report
    output: str | None  # the file to write (json/yaml), None for stream formats


@dataclass(slots=True)
class Result:
    index: int
    status: str  # ok, empty, encrypted, unsupported, corrupt, too_large, timeout, crashed, io_error, skipped
    error: str | None = None
    payload: Any = None  # a JSONL line (str) or CSV rows (list[list[str]]) for stream formats
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # the worker's CPU time for this file: comparable on a busy machine
    pages: int | None = None
    format: str | None = None
    peak_mb: float | None = None  # the worker's peak resident memory so far (POSIX only)


class FileTimeout(BaseException):
    """Raised by the alarm inside the worker; a BaseException so readers' ``except Exception`` cannot eat it."""


def _on_alarm(signum: int, frame: Any) -> None:
    raise FileTimeout


def _on_term(signum: int, frame: Any) -> None:
    # SystemExit unwinds through write_atomic, which removes its temporary file on the way out.
    raise SystemExit(143)


def resolve_hook(hook: str) -> ParseFunction:
    module_name, _, attribute = hook.partition(":")
    function: ParseFunction = getattr(importlib.import_module(module_name), attribute)
    return function


def set_memory_cap(megabytes: int | None) -> None:
    """Cap the worker's address space so a runaway file ends in MemoryError, not the OOM killer."""
    if not megabytes:
        return
    try:
        import resource
    except ImportError:  # Windows: no rlimits; the cap is documented as POSIX-only
        return
    limit = megabytes * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def convert_one(task: Task, config: WorkerConfig, parse: ParseFunction) -> Result:
    """Convert one file; every outcome, including a timeout or MemoryError, becomes a Result."""
    from ..output import render_bytes, to_jsonl, write_atomic
    from ..tabular import csv_rows

    started, started_cpu = time.perf_counter(), time.process_time()
    result = Result(task.index, "ok")
    if config.timeout:
        signal.setitimer(signal.ITIMER_REAL, config.timeout)
    try:
        if config.fmt == PAGE_FORMAT:
            from ..view.site import write_page

            assert task.output is not None
            spec, result.payload = write_page(task.path, task.output, config.site_index, config.parse_options)
        else:
            spec = parse(task.path, **config.parse_options)
        result.pages, result.format = spec.source.pages, spec.source.format
        if config.fmt == "jsonl":
            result.payload = to_jsonl(spec)
        elif config.fmt == "csv":
            result.payload = csv_rows(spec, config.csv_layout)
        elif config.fmt != PAGE_FORMAT:
            assert task.output is not None
            write_atomic(Path(task.output), render_bytes(spec, config.fmt), durable=False)
    except FileTimeout:
        result.status, result.error = "timeout", f"took longer than {config.timeout:g} s"
    except UnsupportedFormatError as exc:
        result.status, result.error = exc.status, str(exc) or exc.__class__.__name__
        # Imported here: the batch parent imports this module for its Task and Result types and has
        # no use for the source readers (zipfile, hashlib, the limits) that the workers preload.
        from ..source import hint_from_name

        if hint_from_name(task.path) is None:
            # A folder's stray spreadsheet or image, named as no document is: not a failure of the run.
            result.status, result.error = "skipped", f"not a document specparse reads: {result.error}"
    except SpecparseError as exc:
        result.status, result.error = exc.status, str(exc) or exc.__class__.__name__
    except MemoryError:
        result.status, result.error = "too_large", "ran out of memory (the per-worker --max-memory cap)"
    except RecursionError:
        result.status, result.error = "too_large", "structure nested too deeply"
    except OSError as exc:
        result.status, result.error = "io_error", f"cannot write output: {exc.strerror or exc}"
    except Exception as exc:  # a bug in specparse: the file fails, the run goes on
        result.status = "crashed"
        result.error = f"internal error ({exc.__class__.__name__}: {exc}); rerun the file alone with --debug"
        if os.environ.get("SPECPARSE_DEBUG"):
            traceback.print_exc()
    finally:
        if config.timeout:
            signal.setitimer(signal.ITIMER_REAL, 0)
    result.seconds = time.perf_counter() - started
    result.cpu_seconds = time.process_time() - started_cpu
    result.peak_mb = peak_memory_mb()
    return result


def peak_memory_mb() -> float | None:
    """Peak resident set size of this process; shows whether memory stays flat over many files."""
    try:
        import resource
    except ImportError:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


# A tiny spec parsed once in the fork server (``rehearse``): the first real file then finds the
# regular expressions compiled and the serializers used, instead of paying for that itself.
REHEARSAL_DOCUMENT = (
    b"CLERK\n\nDEFINITION\nPerforms routine clerical work.\n\nEXAMPLES OF DUTIES\n"
    b"- Files records.\n\nMINIMUM QUALIFICATIONS\nEducation: graduation from high school.\n"
    b"Experience: one year of clerical work.\n"
)


def warm_up(*, rehearse: bool = False) -> None:
    """Import the pipeline (pydantic models, vocabulary) before the first file, once per worker."""
    from .. import build, clean, models, output, pipeline, sections, tabular, vocab  # noqa: F401

    vocab.load_vocabulary(None)
    if rehearse:
        spec = pipeline.parse(REHEARSAL_DOCUMENT, name="rehearsal.txt")
        output.render_bytes(spec, "json")
        output.to_jsonl(spec)


def worker_main(conn: Connection, config: WorkerConfig) -> None:
    """Serve tasks from ``conn`` until it sends None or closes."""
    # Ctrl-C reaches the whole process group; only the parent decides what stops and when.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _on_term)
    if not HAS_ALARM:  # Windows: no SIGALRM; the parent's hard deadline still ends a slow file
        config = replace(config, timeout=None)
    else:
        signal.signal(signal.SIGALRM, _on_alarm)
    set_memory_cap(config.max_memory_mb)
    from ..pipeline import parse as default_parse

    parse = resolve_hook(config.hook) if config.hook else default_parse
    with contextlib.suppress(Exception):
        warm_up()
    # What is loaded by now (modules, compiled patterns, the vocabulary, the models' validators) lives
    # as long as the worker: moved out of the cyclic collector's reach, the full collections a long
    # batch triggers no longer walk it each time (about 7% of a worker's time on 642 bulletins).
    gc.freeze()
    with _limits_fixed():
        _serve(conn, config, parse)


@contextlib.contextmanager
def _limits_fixed() -> Iterator[None]:
    """Read the safety limits from the environment once for the worker's life, not once per file.

    A worker's environment does not change while it runs. A setting that cannot be read is left
    to fail each file with its own message, as it does outside a batch.
    """
    from .. import limits

    try:
        fixed = limits.current()
    except SpecparseError:
        yield
        return
    with limits.use(fixed):
        yield


def _serve(conn: Connection, config: WorkerConfig, parse: ParseFunction) -> None:
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        # The parent sends a few tasks per message; each result still goes back on its own, the
        # moment it is known, so a crash is blamed on the one file that was running.
        for task in message if isinstance(message, list) else [message]:
            try:
                conn.send(convert_one(task, config, parse))
            except FileTimeout:  # the alarm fired between the file and the send: still a timeout
                conn.send(Result(task.index, "timeout", f"took longer than {config.timeout:g} s"))
            except (BrokenPipeError, EOFError):
                return
