"""One batch run: discover inputs, skip what is up to date, convert the rest on workers, report.

Exit codes: 0 every input converted (or skipped as up to date), 1 any input failed, 2 usage
errors, 130 interrupted by Ctrl-C (finished outputs are kept).
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..output import OUTPUT_SUFFIXES
from .discovery import DiscoveryError, InputFile, discover, output_path
from .pool import WorkerPool, start_early
from .progress import Progress, Tally
from .sinks import Reorder, ReportSink, StreamSink
from .worker import HOOK_ENV, Result, Task, WorkerConfig

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 0, 1, 2, 130, 141


class UsageError(Exception):
    """A batch invocation that cannot run at all; the CLI reports it and exits 2."""


@dataclass(slots=True)
class BatchOptions:
    inputs: Sequence[str]
    output: str | None = None  # a folder for json/yaml, a file (or stdout) for jsonl/csv
    fmt: str = "json"
    csv_layout: str = "flat"
    include: Sequence[str] = ()
    exclude: Sequence[str] = ()
    jobs: int = 1
    force: bool = False
    report: str | None = None
    timeout: float | None = 60.0
    max_memory_mb: int | None = None
    quiet: bool = False
    progress: bool | None = None  # None: a bar when stderr is a terminal
    parse_options: dict[str, Any] = field(default_factory=dict)
    # fmt "html" (``specparse view DIR``): the index the pages link to, and a callback given every
    # input's result in input order, from which the index is written.
    site_index: str | None = None
    on_result: Callable[[InputFile, Result], None] | None = None


def _check_writable(folder: Path) -> None:
    """Fail before any work if outputs cannot be created, rather than once per file."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".specparse-write-test."):
            pass
    except OSError as exc:
        raise UsageError(f"{folder}: output folder is not writable ({exc.strerror or exc})") from exc


def _up_to_date(source: str, target: Path) -> bool:
    try:
        return target.stat().st_mtime >= Path(source).stat().st_mtime
    except OSError:
        return False


def plan(options: BatchOptions) -> tuple[list[InputFile], list[Task], list[Result], dict[int, str]]:
    """The inputs, the tasks to run, the results known without running (up-to-date skips), and
    each input's output file (json/yaml only)."""
    tree = options.fmt in OUTPUT_SUFFIXES
    if tree and not options.output:
        raise UsageError(f"converting several files to {options.fmt} needs -o FOLDER (or --format jsonl/csv)")
    try:
        inputs = discover(
            options.inputs,
            include=options.include,
            exclude=options.exclude,
            output_dir=options.output if tree else None,
        )
    except DiscoveryError as exc:
        raise UsageError(str(exc)) from exc
    tasks: list[Task] = []
    known: list[Result] = []
    outputs: dict[int, str] = {}
    out_dir = Path(options.output) if tree and options.output else None
    if out_dir is not None:
        _check_writable(out_dir)
    for index, item in enumerate(inputs):
        target = output_path(out_dir, item.relative, OUTPUT_SUFFIXES[options.fmt]) if out_dir else None
        if target is not None:
            outputs[index] = str(target)
        if target is not None and not options.force and _up_to_date(item.path, target):
            known.append(Result(index, "skipped", "output is newer than the input (use --force)"))
        else:
            tasks.append(Task(index, item.path, str(target) if target else None))
    return inputs, tasks, known, outputs


def _open_sinks(options: BatchOptions, stdout: IO[str]) -> tuple[StreamSink | None, ReportSink | None]:
    """Open the stream and report files up front, so a bad path is a usage error before any work."""
    for target in (options.output if options.fmt in ("jsonl", "csv") else None, options.report):
        if target and Path(target).is_dir():
            raise UsageError(f"{target}: is a folder; --format {options.fmt} and --report write one file")
    stream = report = None
    try:
        if options.fmt in ("jsonl", "csv"):
            header = None
            if options.fmt == "csv":
                # Imported only for CSV: the column lists pull in the field readers (~0.1 s of regular
                # expressions) that the parent of a JSON Lines run never uses; its workers parse.
                from ..tabular import csv_header

                header = csv_header(options.csv_layout)
            stream = StreamSink(options.fmt, options.output, stdout, header)
        if options.report:
            report = ReportSink(options.report)
    except OSError as exc:
        if stream is not None:
            stream.discard()
        raise UsageError(f"{exc.filename or options.output}: cannot write ({exc.strerror or exc})") from exc
    return stream, report


def _results(pool: WorkerPool, tasks: list[Task], known: list[Result]) -> Iterator[Result]:
    yield from known
    if tasks:
        yield from pool.run(tasks)


def run_batch(options: BatchOptions, *, stdout: IO[str] | None = None, stderr: IO[str] | None = None) -> int:
    """Run the whole batch and return the process exit code."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    inputs, tasks, known, outputs = plan(options)
    if tasks:
        start_early()
    started = time.perf_counter()
    tally = Tally(total=len(inputs))
    config = WorkerConfig(
        fmt=options.fmt,
        csv_layout=options.csv_layout,
        parse_options=options.parse_options,
        timeout=options.timeout,
        max_memory_mb=options.max_memory_mb,
        hook=os.environ.get(HOOK_ENV),
        site_index=options.site_index,
    )
    stream, report = _open_sinks(options, stdout)
    show = options.progress if options.progress is not None else stderr.isatty()
    progress = Progress(len(inputs), show=show and not options.quiet, stderr=stderr)
    pool = WorkerPool(config, min(options.jobs, max(1, len(tasks))))
    code = EXIT_OK
    try:
        order = Reorder()
        for result in _results(pool, tasks, known):
            tally.counts[result.status] += 1
            progress.advance(tally, time.perf_counter() - started)
            if result.status not in ("ok", "skipped"):
                progress.error(f"specparse: error: {inputs[result.index].path}: {result.status}: {result.error}")
            for ready in order.push(result.index, result):
                if stream is not None and ready.status == "ok":
                    stream.write(ready.payload)
                if report is not None:
                    report.write(inputs[ready.index].path, outputs.get(ready.index), ready)
                if options.on_result is not None:
                    options.on_result(inputs[ready.index], ready)
        code = EXIT_FAILED if tally.failed else EXIT_OK
    except KeyboardInterrupt:
        code = EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of our stdout went away (`| head`): stop quietly, as shell tools do.
        code = EXIT_BROKEN_PIPE
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), stdout.fileno())
    finally:
        pool.close()
        progress.stop()
        for sink, target in ((stream, options.output), (report, options.report)):
            try:
                if sink is not None:
                    sink.close()
            except OSError as exc:
                if code != EXIT_BROKEN_PIPE:
                    progress.error(f"specparse: error: {target}: cannot write output: {exc.strerror or exc}")
                    code = code or EXIT_FAILED
    if not options.quiet and code != EXIT_BROKEN_PIPE:
        print(tally.summary(time.perf_counter() - started, interrupted=code == EXIT_INTERRUPTED), file=stderr)
    return code
