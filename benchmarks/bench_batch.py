"""Batch benchmarks that print figures (never assertions): throughput, pages/s, start-up, memory.

Run from the repository root:  python benchmarks/bench_batch.py [--quick] [--samples DIR]
(SPECPARSE_CORPUS names the corpus folder when it is not ../shared/corpus.)

1. the City of Los Angeles bulletin folder (../shared/corpus/specs/la_kaggle/job_bulletins_txt)
   with -j1 and -j2, end to end through the CLI (read, parse, validate, write JSON);
2. a generated folder of 1,000 files (txt, md, docx, doc, pdf, html, rtf copies of the samples),
   per format, with pages/s for PDF;
3. `specparse --version` start-up (wall and CPU time, and whether heavy libraries were imported);
   and the same run with parsing replaced by a cached record (the cost of the batch machinery);
4. the peak resident memory of a worker, from the --report lines, early and late in the run;
5. markitdown on the same folders when it is installed (a comparison, never a dependency).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("SPECPARSE_CORPUS", ROOT.parent / "shared" / "corpus"))
LA_FOLDER = CORPUS / "specs" / "la_kaggle" / "job_bulletins_txt"
SAMPLE_DIRS = (ROOT / "samples",)
MIXED_FORMATS = (".txt", ".md", ".html", ".docx", ".doc", ".pdf", ".rtf")
MIXED_TOTAL = 1000
GOAL_TEXT_DOCS_PER_CORE = 1000.0
GOAL_PDF_PAGES_PER_CORE = 150.0
GOAL_STARTUP_MS = 120.0
GOAL_WORKER_MB = 150.0
HEAVY_MODULES = ("pydantic", "pypdfium2", "docx", "lxml", "olefile", "pdfplumber", "rich")


_CACHED: list[object] = []


def cached_parse(path: str, **options: object) -> object:
    """Parse hook for the machinery figure: parse once, then hand back that record for every file,
    so what is timed is the batch itself (dispatch, JSON rendering, atomic writes, report)."""
    if not _CACHED:
        from specparse.pipeline import parse

        _CACHED.append(parse(path, **options))  # type: ignore[arg-type]
    return _CACHED[0]


def cli(*args: str) -> list[str]:
    return [sys.executable, "-c", "from specparse.cli import main; main()", *args]


def run_batch(folder: Path, jobs: int, work: Path, label: str, *, machinery: bool = False) -> dict[str, float]:
    out, report = work / f"out-{label}", work / f"report-{label}.jsonl"
    env = dict(os.environ)
    if machinery:
        env["_SPECPARSE_BATCH_PARSE_HOOK"] = "bench_batch:cached_parse"
        env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).parent), env.get("PYTHONPATH", "")])
    started = time.perf_counter()
    subprocess.run(
        cli(str(folder), "-o", str(out), "-j", str(jobs), "--force", "-q", "--report", str(report)),
        check=False,
        env=env,
        stderr=subprocess.DEVNULL,
    )
    seconds = time.perf_counter() - started
    lines = [json.loads(line) for line in report.read_text().splitlines()]
    ok = [r for r in lines if r["status"] == "ok"]
    peaks = [r["worker_peak_mb"] for r in lines if r.get("worker_peak_mb")]
    for r in lines:
        if r["status"] != "ok":
            print(f"    {r['status']}: {r['input']}: {r['error']} ({r['seconds']:.1f} s)")
    tenth = max(1, len(peaks) // 10)
    return {
        "files": len(lines),
        "ok": len(ok),
        "seconds": seconds,
        "docs_per_s": len(ok) / seconds if seconds else 0.0,
        "pages": sum(r["pages"] or 0 for r in ok),
        "worker_seconds": sum(r["seconds"] for r in lines),
        "worker_cpu": sum(r["cpu_seconds"] for r in lines),
        "peak_early_mb": max(peaks[:tenth], default=0.0),
        "peak_mb": max(peaks, default=0.0),
    }


def show(label: str, jobs: int, figures: dict[str, float]) -> None:
    per_core = figures["docs_per_s"] / jobs
    per_cpu = figures["ok"] / figures["worker_cpu"] if figures["worker_cpu"] else 0.0
    print(
        f"{label:<28} -j{jobs}  {figures['ok']:>4}/{figures['files']:<4} ok  {figures['seconds']:7.2f} s  "
        f"{figures['docs_per_s']:8.1f} docs/s  {per_core:8.1f} docs/s/core  "
        f"(worker CPU: {per_cpu:7.1f} docs/CPU-s)  peak {figures['peak_early_mb']:.0f}->{figures['peak_mb']:.0f} MB/worker"
    )


def make_mixed(samples: Path, target: Path, total: int, formats: tuple[str, ...]) -> dict[str, Path]:
    """Per-format folders holding ``total`` files in all (per format: total / 7), copies of the samples."""
    sources: dict[str, Path] = {}
    for path in sorted(samples.iterdir()):
        # one spec per format: not the folder's README.md, not the second (LibreOffice) HTML export
        if path.suffix.lower() in formats and "libreoffice" not in path.name and path.stem.lower() != "readme":
            sources.setdefault(path.suffix.lower(), path)
    folders: dict[str, Path] = {}
    each = total // len(MIXED_FORMATS)
    for suffix, sample in sources.items():
        folder = target / suffix.lstrip(".")
        folder.mkdir(parents=True)
        data = sample.read_bytes()
        for number in range(each):
            (folder / f"sub{number % 10}").mkdir(exist_ok=True)
            (folder / f"sub{number % 10}" / f"spec{number:04d}{suffix}").write_bytes(data)
        folders[suffix] = folder
    return folders


def startup(runs: int) -> None:
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(cli("--version"), check=True, capture_output=True)
        walls.append((time.perf_counter() - started) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
    probe = (
        "import sys; from click.testing import CliRunner; from specparse.cli import main; "
        "CliRunner().invoke(main, ['--help']); CliRunner().invoke(main, ['--version']); "
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY_MODULES!r})))"
    )
    heavy = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout.strip()
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    print(
        f"start-up `specparse --version`: median wall {wall:.0f} ms, CPU {cpu:.0f} ms over {runs} runs "
        f"(goal {GOAL_STARTUP_MS:.0f} ms); heavy modules imported by --help/--version: {heavy}"
    )


def markitdown_rate(folder: Path) -> float | None:
    try:
        from markitdown import MarkItDown  # type: ignore[import-not-found]
    except ImportError:
        return None
    converter = MarkItDown()
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    started = time.perf_counter()
    done = 0
    for path in files:
        try:
            converter.convert(str(path))
            done += 1
        except Exception:  # markitdown's own failures (a missing extra) do not matter for a rate
            continue
    return done / (time.perf_counter() - started) if done else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller mixed folder, fewer start-up runs")
    parser.add_argument("--samples", type=Path, help="folder of samples in every format")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--skip-la", action="store_true", help="only start-up and the mixed folder")
    parser.add_argument("--formats", nargs="+", default=list(MIXED_FORMATS), help="mixed-folder formats")
    options = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
    startup(5 if options.quick else 20)
    with tempfile.TemporaryDirectory(prefix="specparse-bench-") as temporary:
        work = Path(temporary)
        if LA_FOLDER.is_dir() and not options.skip_la:
            for jobs in options.jobs:
                show("LA bulletins (642 .txt)", jobs, run_batch(LA_FOLDER, jobs, work, f"la-{jobs}"))
                figures = run_batch(LA_FOLDER, jobs, work, f"machinery-{jobs}", machinery=True)
                show("  batch machinery only", jobs, figures)
            rate = markitdown_rate(LA_FOLDER)
            if rate is not None:
                print(f"markitdown on the LA folder (1 process, convert only): {rate:.1f} docs/s")
        else:
            print(f"LA folder absent ({LA_FOLDER}): skipped")
        samples = options.samples or next((d for d in SAMPLE_DIRS if len(list(d.glob("*.pdf"))) > 0), None)
        if samples is None:
            print("no samples folder with every format: mixed benchmark skipped")
            return
        total = 200 if options.quick else MIXED_TOTAL
        folders = make_mixed(samples, work / "mixed", total, tuple(options.formats))
        print(f"mixed folder: {total} files from {samples}")
        for suffix, folder in folders.items():
            for jobs in options.jobs:
                figures = run_batch(folder, jobs, work, f"{suffix[1:]}-{jobs}")
                show(f"mixed {suffix}", jobs, figures)
                if suffix == ".pdf" and figures["seconds"]:
                    pages = figures["pages"] / figures["seconds"] / jobs
                    cpu_pages = figures["pages"] / figures["worker_cpu"] if figures["worker_cpu"] else 0.0
                    print(
                        f"{'':<28}      PDF {pages:.1f} pages/s/core, {cpu_pages:.1f} pages/CPU-s "
                        f"(goal {GOAL_PDF_PAGES_PER_CORE:.0f})"
                    )
            rate = markitdown_rate(folder)
            if rate is not None:
                print(f"{'':<28}      markitdown (1 process): {rate:.1f} docs/s")


if __name__ == "__main__":
    main()
