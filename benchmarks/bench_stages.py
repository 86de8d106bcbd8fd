"""CPU milliseconds per document in each stage of ``specparse.parse``, to show where the time goes.

    .venv/bin/python benchmarks/bench_stages.py [--repeat 5] [--limit 300] [FOLDER]

Without a folder it reads the Los Angeles bulletins (.txt) in ../shared/corpus. Each stage is timed
with CPU time (best of ``--repeat`` passes), so other load on the machine disturbs it less than
wall time; the stages are the pipeline's own calls, in its order (see ``specparse.pipeline``).
"""

from __future__ import annotations

import argparse
import time
from itertools import pairwise
from pathlib import Path

from specparse import limits
from specparse.build import build_record
from specparse.clean import clean
from specparse.extract import extract
from specparse.lines import number_lines
from specparse.output import render_bytes
from specparse.sections import split_sections
from specparse.source import make_source, read_input
from specparse.vocab import load_vocabulary

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
DEFAULT_FOLDER = CORPUS / "specs" / "la_kaggle" / "job_bulletins_txt"
STAGES = ("read", "sniff", "extract", "number", "clean", "sections", "build", "json")


def one_pass(files: list[str]) -> dict[str, float]:
    """Seconds of CPU per stage over every file."""
    vocabulary = load_vocabulary(None)
    spent = dict.fromkeys(STAGES, 0.0)
    with limits.use(limits.current()):
        for path in files:
            marks = [time.process_time()]
            data, display = read_input(path)
            marks.append(time.process_time())
            source = make_source(data, display)
            marks.append(time.process_time())
            extraction = extract(source)
            marks.append(time.process_time())
            lines = number_lines(extraction.lines)
            marks.append(time.process_time())
            cleaned = clean(lines, vocabulary)
            marks.append(time.process_time())
            split = split_sections(cleaned.body, vocabulary)
            marks.append(time.process_time())
            spec = build_record(source, extraction, split, cleaned.furniture, cleaned.body, vocabulary)
            marks.append(time.process_time())
            render_bytes(spec, "json")
            marks.append(time.process_time())
            for stage, (before, after) in zip(STAGES, pairwise(marks), strict=True):
                spent[stage] += after - before
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--limit", type=int, default=300, help="files read from the folder (sorted)")
    options = parser.parse_args()
    if not options.folder.is_dir():
        raise SystemExit(f"{options.folder}: no such folder")
    files = [str(p) for p in sorted(options.folder.rglob("*")) if p.is_file()][: options.limit]
    best = dict.fromkeys(STAGES, float("inf"))
    for _ in range(options.repeat):
        for stage, seconds in one_pass(files).items():
            best[stage] = min(best[stage], seconds)
    total = sum(best.values())
    print(f"{len(files)} files from {options.folder}, best of {options.repeat} (CPU ms per document)")
    for stage in STAGES:
        share = best[stage] / total if total else 0.0
        print(f"  {stage:<9} {best[stage] / len(files) * 1000:7.3f} ms  {share:6.1%}")
    print(f"  {'total':<9} {total / len(files) * 1000:7.3f} ms  ({len(files) / total:.0f} docs/CPU-s)")


if __name__ == "__main__":
    main()
