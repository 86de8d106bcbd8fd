"""Where specparse spends its time, per function: a cProfile run of ``parse`` + JSON over a document set.

    .venv/bin/python benchmarks/profile.py [--set la|pdf] [--limit N] [--top 15] [--sort tottime|cumtime]
        [--timer wall|cpu]

``--set la`` (the default) parses the Los Angeles bulletins (.txt, 642 files) in ../shared/corpus;
``--set pdf`` the Los Angeles bulletin PDFs, topped up with the corpus's format-test PDFs to ``--limit``
(default 20). Everything runs in this process, after one unprofiled warm-up parse so that importing
the readers and loading the vocabulary (paid once per process, see bench_batch.py's start-up figure)
do not hide the per-document work. It prints figures only: the top functions by own time (time
inside the function itself) and by cumulative time (including what it calls), each with its share
of the profiled total, and the own-time share per module. cProfile slows pure-Python code more than
C code, so the shares lean towards Python functions; compare runs with each other, not with
bench_stages.py's unprofiled milliseconds. ``--timer wall`` (the default) adds the least overhead
but charges time spent waiting for a core on a loaded machine to whatever was running; ``--timer cpu``
leaves that out but its clock costs a system call per event, which inflates often-called functions.
"""

from __future__ import annotations

import sys
from pathlib import Path

# This file is named like the standard library's ``profile`` module, which ``cProfile`` imports: when
# it runs as a script its folder comes first on sys.path, so take the folder out before that import.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != _HERE]

import argparse  # noqa: E402
import cProfile  # noqa: E402
import pstats  # noqa: E402
import re  # noqa: E402
import time  # noqa: E402
from collections import defaultdict  # noqa: E402
from dataclasses import dataclass  # noqa: E402

from specparse import parse  # noqa: E402
from specparse.output import render_bytes  # noqa: E402

CORPUS = _HERE.parent.parent / "shared" / "corpus"
LA_TXT = CORPUS / "specs" / "la_kaggle" / "job_bulletins_txt"
LA_PDF = CORPUS / "specs" / "la_kaggle" / "pdfs"
FORMAT_PDFS = CORPUS / "formats"
DEFAULT_LIMIT = {"la": 0, "pdf": 20}  # 0: every file of the set
SORT_KEYS = ("tottime", "cumtime")
# cProfile's clock. "wall" (its default, a cheap clock read) keeps the profiler's own overhead small,
# but on a loaded machine the time spent waiting for a core is charged to whichever function was
# running. "cpu" excludes that wait, but reading the process CPU clock is a system call per event, so
# it inflates functions called very often (len, str.strip) and roughly doubles the run.
TIMERS = {"wall": time.perf_counter, "cpu": time.process_time}
STDLIB = re.compile(r"^.*/lib/python3\.\d+/")

# pstats keys functions by (file, line, name); a function's row in its stats table holds
# (primitive calls, total calls, own seconds, cumulative seconds, callers).
FunctionKey = tuple[str, int, str]


@dataclass(frozen=True)
class Row:
    label: str
    calls: int
    own: float
    cumulative: float


def document_set(name: str, limit: int) -> list[Path]:
    """The files of ``--set``: the LA .txt folder, or the LA PDFs topped up with the format-test PDFs."""
    if name == "la":
        files = sorted(LA_TXT.glob("*.txt"))
    else:
        files = sorted(LA_PDF.glob("*.pdf"))
        files += sorted(p for p in FORMAT_PDFS.rglob("*") if p.suffix.lower() == ".pdf")
    return files[:limit] if limit > 0 else files


def short_path(filename: str) -> str:
    """``specparse/sections.py`` rather than the full site-packages or worktree path."""
    path = filename.replace("\\", "/")
    for marker in ("/site-packages/", "/src/"):
        if marker in path:
            return path.split(marker, 1)[1]
    return STDLIB.sub("", path)  # the standard library: "re/_parser.py"


def label(key: FunctionKey) -> str:
    filename, line, name = key
    if filename == "~":  # a built-in (C) function, e.g. "<method 'sub' of 're.Pattern' objects>"
        return name
    return f"{short_path(filename)}:{line}({name})"


def module_of(key: FunctionKey) -> str:
    """A row's module for the per-module summary: ``specparse.sections``, ``pydantic``, ``re``..."""
    filename, _, name = key
    if filename == "~":  # "<method 'sub' of 're.Pattern' objects>" -> "C: re.Pattern"
        quoted = name.split("'")
        return "C: " + (quoted[3] if len(quoted) > 3 else name.strip("<>").split(" ")[-1].rsplit(".", 1)[0])
    path = short_path(filename).removesuffix(".py").removesuffix("/__init__")
    parts = [p for p in path.split("/") if p]
    if parts and parts[0] == "specparse":
        return ".".join(parts)
    return parts[0] if parts else filename


def rows(stats: pstats.Stats) -> list[Row]:
    table: dict[FunctionKey, tuple[int, int, float, float, object]] = stats.stats  # type: ignore[attr-defined]
    return [
        Row(label(key), total_calls, own, cumulative) for key, (_, total_calls, own, cumulative, _) in table.items()
    ]


def by_module(stats: pstats.Stats) -> dict[str, float]:
    table: dict[FunctionKey, tuple[int, int, float, float, object]] = stats.stats  # type: ignore[attr-defined]
    spent: dict[str, float] = defaultdict(float)
    for key, (_, _, own, _, _) in table.items():
        spent[module_of(key)] += own
    return spent


def profile_files(files: list[Path], timer: str = "wall") -> tuple[pstats.Stats, float, float, int, int]:
    """Profile parse + JSON rendering of each file; returns the stats, wall and CPU seconds, pages, failures."""
    render_bytes(parse(files[0]), "json")  # warm-up: imports, vocabulary, compiled patterns
    profiler = cProfile.Profile(TIMERS[timer]) if timer != "wall" else cProfile.Profile()
    pages = failures = 0
    wall, cpu = time.perf_counter(), time.process_time()
    profiler.enable()
    for path in files:
        try:
            spec = parse(path)
        except Exception:  # a failing file is counted and shown, never hides the figures of the rest
            failures += 1
            continue
        render_bytes(spec, "json")
        pages += spec.source.pages or 0
    profiler.disable()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return pstats.Stats(profiler), wall, cpu, pages, failures


def top_table(all_rows: list[Row], sort: str, top: int, total: float) -> list[str]:
    ordered = sorted(all_rows, key=lambda r: r.own if sort == "tottime" else r.cumulative, reverse=True)[:top]
    title = "own time (tottime)" if sort == "tottime" else "cumulative time (cumtime)"
    lines = [f"Top {top} by {title}:", f"  {'own s':>7} {'own %':>6} {'cum s':>7} {'cum %':>6} {'calls':>9}  function"]
    for row in ordered:
        lines.append(
            f"  {row.own:7.3f} {row.own / total:6.1%} {row.cumulative:7.3f} {row.cumulative / total:6.1%}"
            f" {row.calls:9d}  {row.label}"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", dest="doc_set", choices=("la", "pdf"), default="la")
    parser.add_argument("--limit", type=int, help="files profiled (la: all 642 by default, pdf: 20)")
    parser.add_argument("--top", type=int, default=15, help="functions listed per table")
    parser.add_argument("--sort", choices=SORT_KEYS, help="one table only (both by default)")
    parser.add_argument(
        "--timer", choices=tuple(TIMERS), default="wall", help="the profiler's clock (see the description)"
    )
    args = parser.parse_args(argv)
    limit = DEFAULT_LIMIT[args.doc_set] if args.limit is None else args.limit
    files = document_set(args.doc_set, limit)
    if not files:
        print(f"no {args.doc_set} documents under {CORPUS}", file=sys.stderr)
        return 2
    stats, wall, cpu, pages, failures = profile_files(files, args.timer)
    # cProfile's own-time sum can fall a little short of the outermost call's cumulative time (its
    # overhead is charged unevenly); the larger of the two keeps every share at or below 100 %.
    all_rows = rows(stats)
    total = max([stats.total_tt, *(r.cumulative for r in all_rows)])  # type: ignore[attr-defined]
    parsed = len(files) - failures
    pages_note = f", {pages} pages" if args.doc_set == "pdf" else ""
    print(f"{len(files)} files ({args.doc_set}{pages_note}), {parsed} parsed, {failures} failed")
    print(
        f"profiled: wall {wall:.2f} s, CPU {cpu:.2f} s ({parsed / cpu:.1f} docs/CPU-s under the profiler); "
        f"profile total {total:.2f} s of {args.timer} time (the shares below are of it)"
    )
    for sort in [args.sort] if args.sort else list(SORT_KEYS):
        print()
        print("\n".join(top_table(all_rows, sort, args.top, total)))
    print(f"\nOwn time per module (top {args.top}):")
    modules = sorted(by_module(stats).items(), key=lambda item: item[1], reverse=True)[: args.top]
    for module, seconds in modules:
        print(f"  {seconds:7.3f} {seconds / total:6.1%}  {module}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
