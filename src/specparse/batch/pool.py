"""A small supervised pool of worker processes: a short queue of files per worker, dead workers replaced.

concurrent.futures' pool breaks for good when one worker dies (BrokenProcessPool); here a worker
that segfaults, exits, hangs past the hard deadline or is killed by the kernel costs only the file
it held (status crashed or timeout) and a fresh worker takes its place.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.context import ForkServerContext, SpawnContext
from multiprocessing.process import BaseProcess
from pathlib import Path

from .worker import Result, Task, WorkerConfig, worker_main

# The worker's own alarm ends a slow file cleanly; this extra margin is for a worker stuck where the
# alarm cannot reach it (inside C code), after which the parent kills it.
HARD_TIMEOUT_GRACE = 5.0
# How long a worker asked to stop (Ctrl-C, end of run) may take before it is killed.
STOP_GRACE = 1.0
# Imported once in the fork server, so every worker (and every replacement) starts warm.
PRELOAD = [
    "specparse.batch.worker",
    "specparse.batch.preload",
    "specparse.pipeline",
    "specparse.models",
    "specparse.build",
    "specparse.clean",
    "specparse.sections",
    "specparse.extract.text",
    "specparse.output",
    "specparse.tabular",
]
# Every worker first re-runs the parent's main script (multiprocessing's __main__ fix-up for spawned
# children). Started from the command line, that script imports the CLI and click: imported once in
# the fork server, the workers find them loaded instead of each importing them again.
CLI_MODULE = "specparse.cli"
# Files queued at each worker: the next one is ready the moment the current one ends. Small files
# get a deeper queue (about QUEUE_SECONDS of work, sent as one message) so the parent wakes up and
# writes to the pipe once per handful of files rather than once per file; big files keep a short
# queue so the last worker does not finish long after the others.
MIN_PREFETCH = 2
MAX_PREFETCH = 16
QUEUE_SECONDS = 0.05
# Weight of the newest file in the running average of seconds per file.
AVERAGE_WEIGHT = 0.2
# How often the parent wakes up with nothing to read, to check deadlines.
POLL_SECONDS = 0.5
# After these outcomes the worker is replaced by a fresh one.
RESTART_STATUSES = frozenset({"crashed", "timeout", "too_large"})


def _context() -> ForkServerContext | SpawnContext:
    """forkserver: workers fork from a clean, pre-warmed server (no parent threads, cheap restarts)."""
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([*PRELOAD, CLI_MODULE] if CLI_MODULE in sys.modules else PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def start_early() -> None:
    """Start the fork server now, so its imports (a few hundred ms) overlap the parent's own set-up.

    Called once the plan holds work: the first worker otherwise waits for the imports after the output
    files are opened (and, for CSV, the column readers imported). A run that turns out to have nothing
    to convert (a usage error, every output already up to date) starts no server at all: walking the
    folders costs far less than the server's imports, which such a run would pay for nothing.
    """
    if isinstance(_context(), ForkServerContext):
        from multiprocessing import forkserver

        with contextlib.suppress(OSError):
            forkserver.ensure_running()


@dataclass(slots=True)
class _Slot:
    process: BaseProcess
    conn: Connection
    tasks: deque[Task] = field(default_factory=deque)  # in flight, in the order the worker runs them
    started: float = 0.0  # when the worker began the first of ``tasks``


def _describe_exit(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return f"worker process died ({name})"
    return f"worker process exited with code {code}"


def _remove_temporaries(task: Task, pid: int | None) -> None:
    """A killed worker cannot clean up; remove the temporary files it was writing for this task."""
    if task.output is None or pid is None:
        return
    target = Path(task.output)
    with contextlib.suppress(OSError):
        for leftover in target.parent.glob(f".{target.name}.{pid}.*.part"):
            leftover.unlink()


class WorkerPool:
    """Run tasks on ``jobs`` workers and yield each Result as it finishes (completion order)."""

    def __init__(self, config: WorkerConfig, jobs: int) -> None:
        self.config = config
        self.jobs = max(1, jobs)
        self.context = _context()
        self.slots: list[_Slot] = []
        self.hard_timeout = (config.timeout + HARD_TIMEOUT_GRACE) if config.timeout else None
        self.average_seconds: float | None = None  # per file, over the results seen so far

    def _start(self) -> _Slot:
        parent_end, child_end = self.context.Pipe(duplex=True)
        process = self.context.Process(target=worker_main, args=(child_end, self.config), daemon=True)
        process.start()
        child_end.close()
        return _Slot(process=process, conn=parent_end)

    def _retire(self, slot: _Slot) -> None:
        if slot.process.is_alive():
            slot.process.kill()
        slot.process.join(STOP_GRACE)
        with contextlib.suppress(OSError):
            slot.conn.close()
        for task in slot.tasks:  # a killed worker may have begun writing any of its queued files
            _remove_temporaries(task, slot.process.pid)

    def run(self, tasks: Sequence[Task]) -> Iterator[Result]:
        pending = list(reversed(tasks))  # pop() takes the next task in input order
        self.slots = [self._start() for _ in range(min(self.jobs, len(tasks)))]
        for slot in self.slots:
            self._fill(slot, pending)
        while any(slot.tasks for slot in self.slots):
            ready = wait(self._waitables(), timeout=self._wait_seconds())
            now = time.monotonic()
            for index, slot in enumerate(self.slots):
                readable = slot.conn in ready
                # Everything the worker has sent since the last wake-up, in one go.
                while slot.tasks:
                    result = self._collect(slot, ready, now, readable=readable)
                    if result is None:
                        break
                    if result.status in RESTART_STATUSES or slot.process.sentinel in ready:
                        # An alarm or MemoryError can strike mid-import or mid-write: never reuse that
                        # worker. Its queued files were not started; they go back to the front of the line.
                        self._retire(slot)
                        pending.extend(reversed(list(slot.tasks)[1:]))
                        slot = self.slots[index] = self._start()
                        yield result
                        break
                    slot.tasks.popleft()
                    slot.started = now
                    self._observe(result.seconds)
                    yield result
                    readable = bool(slot.tasks) and self._has_data(slot)
                self._fill(slot, pending)

    def _observe(self, seconds: float) -> None:
        previous = self.average_seconds
        self.average_seconds = seconds if previous is None else previous + AVERAGE_WEIGHT * (seconds - previous)

    def _prefetch(self) -> int:
        if self.average_seconds is None:
            return MIN_PREFETCH
        wanted = int(QUEUE_SECONDS / max(self.average_seconds, 1e-6))
        return max(MIN_PREFETCH, min(MAX_PREFETCH, wanted))

    @staticmethod
    def _has_data(slot: _Slot) -> bool:
        try:
            return slot.conn.poll(0)
        except (EOFError, OSError):
            return True  # closed: _collect finds out why

    def _fill(self, slot: _Slot, pending: list[Task]) -> None:
        """Top up the worker's queue so it never waits for the parent between files; one message."""
        batch: list[Task] = []
        depth = self._prefetch()
        while pending and len(slot.tasks) < depth:
            task = pending.pop()
            if not slot.tasks:
                slot.started = time.monotonic()
            slot.tasks.append(task)
            batch.append(task)
        if batch:
            # A dead worker cannot take the tasks; _collect reports the file as crashed on the next pass.
            with contextlib.suppress(OSError):
                slot.conn.send(batch)

    def _waitables(self) -> list[Connection | int]:
        items: list[Connection | int] = []
        for slot in self.slots:
            if slot.tasks:
                items.extend((slot.conn, slot.process.sentinel))
        return items

    def _wait_seconds(self) -> float:
        if self.hard_timeout is None:
            return POLL_SECONDS
        now = time.monotonic()
        deadlines = [s.started + self.hard_timeout - now for s in self.slots if s.tasks]
        return max(0.01, min([POLL_SECONDS, *deadlines]))

    def _collect(self, slot: _Slot, ready: Sequence[object], now: float, *, readable: bool) -> Result | None:
        task = slot.tasks[0]
        if readable:
            try:
                result: Result = slot.conn.recv()
                return result
            except (EOFError, OSError):
                pass  # died while answering: fall through to the death check
        if slot.process.sentinel in ready or not slot.process.is_alive():
            slot.process.join(STOP_GRACE)
            code = slot.process.exitcode
            # SIGKILL from outside is most often the kernel's out-of-memory killer.
            status = "too_large" if code == -signal.SIGKILL else "crashed"
            return Result(task.index, status, _describe_exit(code), seconds=now - slot.started)
        if self.hard_timeout is not None and now - slot.started > self.hard_timeout:
            message = f"took longer than {self.config.timeout:g} s (worker killed)"
            return Result(task.index, "timeout", message, seconds=now - slot.started)
        return None

    def close(self) -> None:
        """Stop every worker: politely (SIGTERM lets a write finish cleaning up), then by force."""
        for slot in self.slots:
            if slot.process.is_alive():
                with contextlib.suppress(OSError):
                    slot.process.terminate()
        deadline = time.monotonic() + STOP_GRACE
        for slot in self.slots:
            slot.process.join(max(0.0, deadline - time.monotonic()))
            if slot.process.is_alive():
                slot.process.kill()
                slot.process.join(STOP_GRACE)
            # Even a worker that exited on SIGTERM may have been stopped between creating its
            # temporary file and the cleanup that guards it; leave no .part file behind.
            for task in slot.tasks:
                _remove_temporaries(task, slot.process.pid)
            with contextlib.suppress(OSError):
                slot.conn.close()
        self.slots = []


def default_jobs() -> int:
    """One worker per core this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)
