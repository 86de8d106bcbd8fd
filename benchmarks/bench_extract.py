"""Time each reader per document (and per PDF page) over the samples and the shared corpus, and import costs.

Usage: python benchmarks/bench_extract.py [--repeat N] [--corpus DIR | --no-corpus] [--format FMT ...]

For PDFs the table also shows PDFium alone on the same files ("pdfium ms/page": open the document, load
each page and its text page, get the text), the floor the whole PDF path (raw-byte guard, boxes and
fonts per line, layout, furniture) is built on; the line under the table gives the two side by side.

Files are grouped by the format sniffed from their bytes, not by extension. Files whose reader raises a
SpecparseError are skipped and counted as errors; any other exception is a reader bug and is counted
(and listed on stderr) as a crash. Formats whose reader module does not exist yet are reported as
"not available". Import times are measured in fresh interpreters so earlier imports do not hide them.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # measure this checkout, whichever specparse is installed

from specparse.errors import SpecparseError  # noqa: E402
from specparse.extract import READERS, extract  # noqa: E402
from specparse.source import hint_from_name, make_source  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
# Corpus folders read for timing; the text bulletins are many and alike, so only the first few count.
CORPUS_DIRS = ("formats", "specs/la_kaggle/pdfs", "specs/calhr_html")
TEXT_BULLETINS = "specs/la_kaggle/job_bulletins_txt"
TEXT_BULLETIN_LIMIT = 200
DEFAULT_REPEAT = 3
# A hostile file that hangs a reader must not hang the benchmark. The alarm fires between Python
# bytecodes, so a loop inside a C library (pdfium) is only stopped when it returns to Python.
FILE_TIMEOUT_S = 30.0
IMPORT_REPEAT = 3
# Libraries the brief says must load only with their reader, never with `specparse --help`.
HEAVY_MODULES = ("docx", "lxml", "olefile", "pypdfium2", "pdfplumber")
CLI_MODULE = "specparse.cli"

_IMPORT_PROBE = """
import importlib, json, sys, time
pre, target = sys.argv[1], sys.argv[2]
if pre:
    importlib.import_module(pre)
start = time.perf_counter()
try:
    importlib.import_module(target)
except ModuleNotFoundError as exc:
    if exc.name and target.startswith(exc.name):
        print(json.dumps({"missing": True}))
        raise SystemExit(0)
    raise
elapsed = time.perf_counter() - start
heavy = sorted(m for m in sys.argv[3:] if m in sys.modules)
print(json.dumps({"missing": False, "seconds": elapsed, "heavy": heavy}))
"""


class _Timeout(BaseException):
    """Raised by the alarm; a BaseException so a reader's broad ``except Exception`` lets it through."""


@dataclass
class FormatStats:
    files: int = 0
    ok: int = 0
    errors: int = 0
    crashes: int = 0
    timeouts: int = 0
    doc_ms: list[float] = field(default_factory=list)
    page_ms: list[float] = field(default_factory=list)
    floor_page_ms: list[float] = field(default_factory=list)  # PDF only: PDFium alone on the same file
    failures: list[str] = field(default_factory=list)  # crashes and timeouts, one "path: what" each


def collect_files(corpus: Path | None, text_limit: int) -> list[Path]:
    files = sorted(p for p in (ROOT / "samples").glob("*") if p.is_file() and not p.name.startswith("."))
    files = [p for p in files if p.suffix not in {".py", ".json"} and p.name != "README.md"]
    if corpus is None or not corpus.is_dir():
        return files
    for folder in CORPUS_DIRS:
        files += sorted(p for p in (corpus / folder).rglob("*") if p.is_file())
    files += sorted(p for p in (corpus / TEXT_BULLETINS).glob("*") if p.is_file())[:text_limit]
    return files


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise _Timeout


def _timed_extract(data: bytes, name: str, timeout: float) -> tuple[float, int | None]:
    """Run one extraction under the alarm; return its duration in ms and the reader's page count."""
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        start = time.perf_counter()
        result = extract(make_source(data, name))
        elapsed = (time.perf_counter() - start) * 1000
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return elapsed, result.pages


def _bare_pdfium_ms(data: bytes) -> tuple[float, int]:
    """PDFium alone on one file: open, load each page and its text page, get the text (ms, pages)."""
    from bench_pdf import read_with_pdfium  # a sibling script; imported here so pypdfium2 loads only now

    start = time.perf_counter()
    pages = read_with_pdfium(data)
    return (time.perf_counter() - start) * 1000, pages


def _pdfium_floor(data: bytes, repeat: int) -> float | None:
    """Best-of-``repeat`` ms per page of PDFium alone, or None if PDFium cannot open the file."""
    try:
        runs = [_bare_pdfium_ms(data) for _ in range(repeat)]
    except Exception:  # a file the full path refuses may also break bare PDFium; that is not timed
        return None
    best, pages = min(runs)
    return best / pages if pages else None


def _format_of(data: bytes, name: str) -> str:
    try:
        return make_source(data, name).format
    except SpecparseError:
        return hint_from_name(name) or "unknown"


def reader_available(fmt: str) -> bool:
    module = READERS.get(fmt)
    return module is not None and importlib.util.find_spec(module) is not None


def bench(files: list[Path], repeat: int, timeout: float, only: set[str]) -> dict[str, FormatStats]:
    stats: dict[str, FormatStats] = {}
    signal.signal(signal.SIGALRM, _on_alarm)
    for path in files:
        data = path.read_bytes()
        fmt = _format_of(data, path.name)
        if only and fmt not in only:
            continue
        entry = stats.setdefault(fmt, FormatStats())
        entry.files += 1
        if not reader_available(fmt):
            continue
        best: float | None = None
        pages: int | None = None
        try:
            for _ in range(repeat):
                elapsed, pages = _timed_extract(data, path.name, timeout)
                best = elapsed if best is None else min(best, elapsed)
        except SpecparseError:
            entry.errors += 1
            continue
        except _Timeout:
            entry.timeouts += 1
            entry.failures.append(f"{path}: timed out after {timeout:g} s")
            continue
        except (Exception, RecursionError, MemoryError) as exc:
            entry.crashes += 1
            entry.failures.append(f"{path}: {type(exc).__name__}: {str(exc)[:200]}")
            continue
        assert best is not None
        entry.ok += 1
        entry.doc_ms.append(best)
        if pages:
            entry.page_ms.append(best / pages)
            floor = _pdfium_floor(data, repeat) if fmt == "pdf" else None
            if floor is not None:
                entry.floor_page_ms.append(floor)
    return stats


def _p95(values: list[float]) -> float:
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def format_table(stats: dict[str, FormatStats]) -> str:
    header = (
        "format",
        "files",
        "ok",
        "errors",
        "crashes",
        "timeouts",
        "median ms/doc",
        "ms/page",
        "pdfium ms/page",
        "p95 ms/doc",
    )
    rows: list[tuple[str, ...]] = [header]
    for fmt in sorted(stats):
        s = stats[fmt]
        if not reader_available(fmt):
            status = "not available" if fmt in READERS else "no reader"
            rows.append((fmt, str(s.files), status, "", "", "", "", "", "", ""))
            continue
        median = statistics.median(s.doc_ms) if s.doc_ms else None
        page = statistics.median(s.page_ms) if s.page_ms else None
        floor = statistics.median(s.floor_page_ms) if s.floor_page_ms else None
        p95 = _p95(s.doc_ms) if s.doc_ms else None
        counts = (s.files, s.ok, s.errors, s.crashes, s.timeouts)
        rows.append((fmt, *map(str, counts), _ms(median), _ms(page), _ms(floor), _ms(p95)))
    return _render(rows)


def pdf_summary(stats: dict[str, FormatStats]) -> str | None:
    """PDFium alone beside the whole PDF path, per page (medians over the PDFs both read)."""
    s = stats.get("pdf")
    if s is None or not s.page_ms or not s.floor_page_ms:
        return None
    whole, floor = statistics.median(s.page_ms), statistics.median(s.floor_page_ms)
    return (
        f"pdf: PDFium alone {floor:.2f} ms/page ({1000 / floor:.0f} pages/s); whole PDF path {whole:.2f} "
        f"ms/page ({1000 / whole:.0f} pages/s), {whole / floor:.2f} x PDFium"
    )


def _render(rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)


def import_time(module: str, pre: str) -> tuple[float | None, list[str]]:
    """Best-of-N import time of ``module`` in a fresh interpreter after importing ``pre``; None if absent."""
    env_path = str(ROOT / "src")
    best: float | None = None
    heavy: list[str] = []
    for _ in range(IMPORT_REPEAT):
        proc = subprocess.run(
            [sys.executable, "-c", _IMPORT_PROBE, pre, module, *HEAVY_MODULES],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "PYTHONPATH": env_path},
            check=False,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"importing {module} failed:\n{proc.stderr.strip()}")
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        if result["missing"]:
            return None, []
        seconds = float(result["seconds"])
        best = seconds if best is None else min(best, seconds)
        heavy = list(result["heavy"])
    return best, heavy


def import_rows() -> Iterator[tuple[str, ...]]:
    # Readers are timed after specparse.extract is loaded: that is what the registry pays on first use.
    targets = [(module, "specparse.extract") for module in sorted(set(READERS.values()))]
    targets += [("specparse", ""), (CLI_MODULE, "")]
    for module, preloaded in targets:
        try:
            seconds, heavy = import_time(module, preloaded)
        except RuntimeError as exc:
            yield module, "import fails", str(exc).splitlines()[-1][:80]
            continue
        if seconds is None:
            yield module, "not available", ""
        else:
            yield module, f"{seconds * 1000:.1f}", ", ".join(heavy) or "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=DEFAULT_REPEAT, help="runs per file; the best counts")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the shared corpus directory")
    parser.add_argument("--no-corpus", action="store_true", help="time the samples only")
    parser.add_argument("--format", action="append", default=[], help="only this format (repeatable)")
    parser.add_argument("--text-limit", type=int, default=TEXT_BULLETIN_LIMIT, help="text bulletins read")
    parser.add_argument("--timeout", type=float, default=FILE_TIMEOUT_S, help="seconds per extraction")
    parser.add_argument("--no-imports", action="store_true", help="skip the import-time measurements")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    corpus = None if args.no_corpus else args.corpus
    if corpus is not None and not corpus.is_dir():
        print(f"corpus not found at {corpus}: timing the samples only", file=sys.stderr)
    files = collect_files(corpus, args.text_limit)
    stats = bench(files, args.repeat, args.timeout, set(args.format))
    print(f"extraction, best of {args.repeat} run(s) per file, {len(files)} files considered")
    print(format_table(stats))
    summary = pdf_summary(stats)
    if summary:
        print(summary)
    for fmt in sorted(stats):
        for failure in stats[fmt].failures:
            print(f"{fmt}: {failure}", file=sys.stderr)
    if not args.no_imports:
        print()
        print(f"import time (fresh interpreter, best of {IMPORT_REPEAT}; readers after specparse.extract)")
        print(_render([("module", "ms", "heavy libraries loaded"), *import_rows()]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
