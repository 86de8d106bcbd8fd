"""Throughput of specparse and its peers on the same files, in the same run: docs/s, pages/s, ratios.

    python benchmarks/bench_peers.py [--pycola-python P] [--markitdown-python P] [--docling-python P]
                                     [--limit N] [--pdf-limit 20] [--repeat 1]

The documents are the Los Angeles bulletins in ../shared/corpus: every .txt of the bulletin folder
(642, or the first ``--limit``) and the bulletin PDFs, topped up with the corpus's format-test PDFs to
``--pdf-limit``. This script installs nothing: each peer lives in its own environment and is given as
that environment's interpreter, never as a project dependency, e.g.

    python3 -m venv ~/.venvs/pycola && ~/.venvs/pycola/bin/pip install pycola pandas
    python3 -m venv ~/.venvs/markitdown && ~/.venvs/markitdown/bin/pip install 'markitdown[pdf,docx]'

Each tool converts the whole set in one process of its own (specparse: its CLI batch with one worker,
``-j 1``, to JSON Lines; pycola: its folder extractor to its CSV, .txt only; markitdown and docling:
their converter called once per file, output written to a folder), so every time includes interpreter
start-up and imports. Wall time is shown, and the child processes' CPU time, which other load on a
shared machine disturbs less; the rates and the "x specparse" ratios (the tool's CPU seconds over
specparse's, above 1 = slower than specparse) are per CPU second. Docling's PDF pipeline downloads its
layout models from a hub on first use, so it only runs where those models are already cached.
specparse gets a second row, "files only": the CPU its worker spent on the files themselves (its
--report's per-file CPU), leaving out interpreter start-up and imports — the rate one core keeps up
over a long batch, where the start-up is paid once. Figures only, no assertions.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

# A sibling script, not a package. Appended, not prepended: this folder holds a profile.py that must
# not shadow the standard library's (cProfile imports it).
sys.path.append(str(Path(__file__).resolve().parent))
import accuracy_cityofla as acc

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
LA_TXT = CORPUS / "specs" / "la_kaggle" / "job_bulletins_txt"
LA_PDF = CORPUS / "specs" / "la_kaggle" / "pdfs"
FORMAT_PDFS = CORPUS / "formats"
TIMEOUT_S = 3600

# Run inside a peer's own environment: convert each listed file, write its text, count failures.
# argv: the tool, a file listing the inputs (one path a line), the output folder.
PEER_SCRIPT = r"""
import json, sys
from pathlib import Path
tool, listing, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
files = listing.read_text("utf-8").splitlines()
if tool == "markitdown":
    from markitdown import MarkItDown
    converter = MarkItDown()
    def convert(path):
        return converter.convert(path).text_content
else:
    from docling.document_converter import DocumentConverter
    converter = DocumentConverter()
    def convert(path):
        return converter.convert(path).document.export_to_markdown()
failed = 0
for number, path in enumerate(files):
    try:
        text = convert(path)
    except Exception:
        failed += 1
        continue
    (out / f"{number}.md").write_text(text, "utf-8")
print(json.dumps({"failed": failed}))
"""


# specparse's CLI, then a stop of its fork server: the batch workers are the fork server's children,
# so their CPU time reaches this process's RUSAGE_CHILDREN only once the CLI has reaped the server
# (left alone, the server outlives the CLI and its time is lost). ``_stop`` is what CPython's own
# tests use; without it the figure leaves out the workers.
SPECPARSE_SCRIPT = """
import sys
from multiprocessing import forkserver
from specparse.cli import main
try:
    main()
finally:
    getattr(forkserver._forkserver, "_stop", lambda: None)()
"""


@dataclass(frozen=True)
class Timing:
    tool: str
    docs: int
    failed: int
    wall: float
    cpu: float
    # specparse only: the CPU its worker spent on the files themselves (the --report's per-file CPU),
    # without interpreter start-up and imports: the rate one core keeps up over a long batch.
    files_cpu: float | None = None


# Converts the files into a work folder; returns the failures and, where the tool reports it, the CPU
# seconds spent on the files themselves.
Runner = Callable[[list[Path], Path], tuple[int, float | None]]


def txt_files(limit: int) -> list[Path]:
    files = sorted(LA_TXT.glob("*.txt"))
    return files[:limit] if limit > 0 else files


def pdf_files(limit: int) -> list[Path]:
    """The Los Angeles bulletin PDFs first, then the corpus's format-test PDFs to make ``limit``."""
    files = sorted(LA_PDF.glob("*.pdf")) + sorted(p for p in FORMAT_PDFS.rglob("*") if p.suffix.lower() == ".pdf")
    return files[:limit]


def page_count(files: list[Path]) -> int:
    """Pages as PDFium counts them (a file it cannot open counts none)."""
    pages = 0
    for path in files:
        try:
            document = pdfium.PdfDocument(path)
        except pdfium.PdfiumError:
            continue
        pages += len(document)
        document.close()
    return pages


def compile_bytecode(python: str) -> None:
    """Write specparse's compiled bytecode, as ``pip install`` does, before anything is measured.

    An editable checkout compiles a module on import and caches the result, unless
    PYTHONDONTWRITEBYTECODE is set: then every interpreter of every run compiles each module changed
    since its cache was written, some 0.05 CPU-seconds per process that no installed copy pays. The
    peers' environments were installed by pip, so theirs is compiled already.
    """
    where = "import os, specparse; print(os.path.dirname(specparse.__file__))"
    package = subprocess.run([python, "-c", where], capture_output=True, text=True, check=True).stdout.strip()
    subprocess.run([python, "-m", "compileall", "-q", package], capture_output=True, check=False)


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def specparse_runner(python: str) -> Runner:
    def run(files: list[Path], work: Path) -> tuple[int, float | None]:
        out, report = work / "specparse.jsonl", work / "report.jsonl"
        command = [python, "-c", SPECPARSE_SCRIPT, "convert", *map(str, files)]
        command += ["--format", "jsonl", "-j", "1", "-q", "-o", str(out), "--report", str(report)]
        subprocess.run(command, check=False, capture_output=True, timeout=TIMEOUT_S)
        written = sum(1 for line in out.open(encoding="utf-8") if line.strip()) if out.exists() else 0
        rows = [json.loads(line) for line in report.read_text("utf-8").splitlines()] if report.exists() else []
        return len(files) - written, sum(row.get("cpu_seconds") or 0.0 for row in rows) or None

    return run


def pycola_runner(python: str) -> Runner:
    def run(files: list[Path], work: Path) -> tuple[int, float | None]:
        folder = work / "in"  # pycola reads a whole folder: link in only the files measured
        folder.mkdir()
        for path in files:
            (folder / path.name).symlink_to(path.resolve())
        out = work / "pycola.csv"
        acc.run_pycola_folder(folder, python, out)
        written = {Path(row["FILE_NAME"]).name for row in acc.read_rows(out.read_text("utf-8"))}
        return len(files) - len(written), None  # pycola leaves out a file it fails on

    return run


def script_runner(tool: str, python: str) -> Runner:
    def run(files: list[Path], work: Path) -> tuple[int, float | None]:
        listing = work / "files.txt"
        listing.write_text("\n".join(map(str, files)), "utf-8")
        (work / "out").mkdir()
        command = [python, "-c", PEER_SCRIPT, tool, str(listing), str(work / "out")]
        done = subprocess.run(command, check=True, capture_output=True, text=True, timeout=TIMEOUT_S)
        failed: int = json.loads(done.stdout.strip().splitlines()[-1])["failed"]
        return failed, None

    return run


def measure(tool: str, run: Runner, files: list[Path], repeat: int) -> Timing | None:
    """Best of ``repeat`` runs by CPU time (the least disturbed run on a shared machine); None, with
    the tool's own last words on stderr, when its process fails as a whole."""
    best: Timing | None = None
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as work:
            wall, cpu = time.perf_counter(), children_cpu()
            try:
                failed, files_cpu = run(files, Path(work))
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError, ValueError) as error:
                said = getattr(error, "stderr", None) or ""
                said = said.decode("utf-8", "replace") if isinstance(said, bytes) else said
                code = getattr(error, "returncode", None)
                print(
                    f"{tool} was not measured ({type(error).__name__}, exit {code}): {said.strip()[-400:]}",
                    file=sys.stderr,
                )
                return None
            timing = Timing(tool, len(files), failed, time.perf_counter() - wall, children_cpu() - cpu, files_cpu)
        if best is None or timing.cpu < best.cpu:
            best = timing
    return best


def measure_all(runners: dict[str, Runner], tools: list[str], files: list[Path], repeat: int) -> list[Timing]:
    timings = (measure(tool, runners[tool], files, repeat) for tool in tools)
    return [timing for timing in timings if timing is not None]


def table(title: str, timings: list[Timing], pages: int | None) -> list[str]:
    base = next((t for t in timings if t.tool == "specparse"), None)
    header = "| tool | docs | failed | wall s | CPU s | docs/CPU-s |"
    header += " pages/CPU-s |" * (pages is not None) + " CPU x specparse |"
    lines = [title, "", header, "|---" * header.count(" |") + "|"]
    for t in timings:
        cells = [t.tool, str(t.docs), str(t.failed), f"{t.wall:.1f}", f"{t.cpu:.1f}", rate(t.docs, t.cpu)]
        if pages is not None:
            cells.append(rate(pages, t.cpu))
        cells.append(f"{t.cpu / base.cpu:.1f}" if base and base.cpu else "-")
        lines.append("| " + " | ".join(cells) + " |")
        if t.files_cpu:
            # The same run, counting only the worker's CPU on the files (start-up and imports left out).
            cells = [f"{t.tool}, files only", str(t.docs), str(t.failed), "-", f"{t.files_cpu:.1f}"]
            cells.append(rate(t.docs, t.files_cpu))
            if pages is not None:
                cells.append(rate(pages, t.files_cpu))
            cells.append(f"{t.files_cpu / base.cpu:.1f}" if base and base.cpu else "-")
            lines.append("| " + " | ".join(cells) + " |")
    return lines


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:.1f}" if seconds > 0 else "-"


def peers(args: argparse.Namespace) -> dict[str, str]:
    given = {"pycola": args.pycola_python, "markitdown": args.markitdown_python, "docling": args.docling_python}
    return {tool: python for tool, python in given.items() if python}


def parser() -> argparse.ArgumentParser:
    options = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    options.add_argument("--pycola-python", help="python of an environment with pycola and pandas")
    options.add_argument("--markitdown-python", help="python of an environment with markitdown[pdf,docx]")
    options.add_argument("--docling-python", help="python of an environment with docling (and its models cached)")
    options.add_argument("--specparse-python", default=sys.executable, help="python whose specparse is measured")
    options.add_argument("--limit", type=int, default=0, help="first N .txt bulletins (0: all 642)")
    options.add_argument("--pdf-limit", type=int, default=20, help="PDFs measured")
    options.add_argument("--repeat", type=int, default=1, help="runs of each tool; the least CPU is shown")
    return options


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.repeat < 1 or args.limit < 0 or args.pdf_limit < 0:
        print("--repeat must be at least 1, --limit and --pdf-limit not negative", file=sys.stderr)
        return 2
    if not LA_TXT.is_dir():
        print(f"the bulletins are not at {LA_TXT}", file=sys.stderr)
        return 2
    tools = peers(args)
    for tool, python in tools.items():
        if not Path(python).is_file():
            print(f"--{tool}-python {python}: no such interpreter", file=sys.stderr)
            return 2
    compile_bytecode(args.specparse_python)
    runners: dict[str, Runner] = {"specparse": specparse_runner(args.specparse_python)}
    for tool, python in tools.items():
        runners[tool] = pycola_runner(python) if tool == "pycola" else script_runner(tool, python)
    texts, pdfs = txt_files(args.limit), pdf_files(args.pdf_limit)
    # pycola reads only the bulletins' .txt; docling takes no plain text.
    txt_tools = [t for t in runners if t != "docling"]
    pdf_tools = [t for t in runners if t != "pycola"]
    txt_rows = measure_all(runners, txt_tools, texts, args.repeat)
    print("\n".join(table(f"Los Angeles bulletins, .txt ({LA_TXT})", txt_rows, None)))
    if pdfs:
        pages = page_count(pdfs)
        pdf_rows = measure_all(runners, pdf_tools, pdfs, args.repeat)
        print()
        print("\n".join(table(f"PDFs: {len(pdfs)} files, {pages} pages", pdf_rows, pages)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
