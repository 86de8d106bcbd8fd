"""Progress on standard error: a rich bar when stderr is a terminal, then one summary line.

stdout carries data only, so the bar, the per-file errors and the summary all go to stderr; rich
is imported only when a bar is actually shown.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import IO, Any

FAILED_STATUSES = ("empty", "encrypted", "unsupported", "corrupt", "too_large", "timeout", "crashed", "io_error")


@dataclass(slots=True)
class Tally:
    total: int
    counts: Counter[str] = field(default_factory=Counter)

    @property
    def converted(self) -> int:
        return self.counts["ok"]

    @property
    def skipped(self) -> int:
        return self.counts["skipped"]

    @property
    def failed(self) -> int:
        return sum(self.counts[s] for s in FAILED_STATUSES)

    def summary(self, seconds: float, *, interrupted: bool = False) -> str:
        done = self.converted + self.skipped + self.failed
        kinds = ", ".join(f"{self.counts[s]} {s}" for s in FAILED_STATUSES if self.counts[s])
        failed = f"{self.failed} failed" + (f" ({kinds})" if kinds else "")
        rate = f", {self.converted / seconds:.1f} files/s" if seconds > 0 and self.converted else ""
        stop = f"interrupted after {done} of {self.total}: " if interrupted else ""
        return f"specparse: {stop}{self.converted} converted, {self.skipped} skipped, {failed} in {seconds:.2f} s{rate}"


class Progress:
    """The bar (maybe) and the error lines; ``show`` decides whether a bar is drawn at all."""

    def __init__(self, total: int, *, show: bool, stderr: IO[str] | None = None) -> None:
        self.stderr = stderr or sys.stderr
        self.bar: Any = None
        self.task: Any = None
        if show and total:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                TaskProgressColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            from rich.progress import Progress as RichProgress

            self.bar = RichProgress(
                TextColumn("[bold]specparse"),
                BarColumn(),
                MofNCompleteColumn(),
                TaskProgressColumn(),
                TextColumn("{task.fields[rate]}"),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                TextColumn("{task.fields[failures]}"),
                console=Console(file=self.stderr),
                transient=True,
            )
            self.task = self.bar.add_task("files", total=total, rate="", failures="")
            self.bar.start()

    def advance(self, tally: Tally, elapsed: float) -> None:
        if self.bar is None:
            return
        rate = f"{(tally.converted + tally.failed) / elapsed:.0f} files/s" if elapsed > 0 else ""
        failures = f"[red]{tally.failed} failed" if tally.failed else ""
        self.bar.update(self.task, advance=1, rate=rate, failures=failures)

    def error(self, line: str) -> None:
        if self.bar is not None:
            self.bar.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            print(line, file=self.stderr, flush=True)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None
