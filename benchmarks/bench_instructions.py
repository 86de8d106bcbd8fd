"""CPU instructions, not seconds: specparse and pycola on the Los Angeles bulletins, counted by valgrind.

    python benchmarks/bench_instructions.py [--pycola-python P] [--limit N]

On a shared machine the same timed run swings by 20-30% (see bench_peers.py); an instruction count
does not: ``valgrind --tool=callgrind`` counts what the processes execute, the same figure whatever
else the machine is doing. Each tool converts the same .txt bulletins in one run, start-up included:
specparse through its CLI (``-j 1 --format jsonl``; every process it starts is counted: the CLI, the
fork server and the worker), pycola through its folder extractor (given as the interpreter of its own
environment, never a project dependency). The run is some 50 times slower than without valgrind
(about two and a half minutes for specparse on the 642 bulletins). Figures only, no assertions.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# Sibling scripts, not a package (appended: this folder's profile.py must not shadow the standard one).
sys.path.append(str(Path(__file__).resolve().parent))
import accuracy_cityofla as acc
from bench_peers import compile_bytecode, txt_files

# Each part file callgrind writes names its process ("pid: N") and the instructions it holds ("summary: N").
PID_LINE = re.compile(r"^pid: (\d+)$", re.M)
SUMMARY_LINE = re.compile(r"^summary: (\d+)$", re.M)
TIMEOUT_S = 3600


def counted(command: list[str], work: Path) -> dict[int, int]:
    """Instructions per process of ``command`` and every process it starts.

    A process made by fork alone (the fork server's workers) inherits callgrind's counters as they
    stood in its parent, so its "Collected" total at exit counts the parent's work before the fork a
    second time (some 1.8 G instructions: the fork server's imports). ``--dump-before=fork`` makes the
    parent write what it has counted so far, and zero its counters, just before each fork: the child
    then counts only its own work, and a process's instructions are the sum of its part files.
    """
    valgrind = ["valgrind", "--tool=callgrind", "--trace-children=yes", "--dump-before=fork"]
    valgrind.append(f"--callgrind-out-file={work}/callgrind.%p")
    subprocess.run([*valgrind, *command], capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    per_process: dict[int, int] = {}
    for part in work.glob("callgrind.*"):
        text = part.read_text(errors="replace")
        pid, summary = PID_LINE.search(text), SUMMARY_LINE.search(text)
        if pid and summary:
            per_process[int(pid[1])] = per_process.get(int(pid[1]), 0) + int(summary[1])
    return per_process


def linked_folder(files: list[Path], folder: Path) -> Path:
    """The measured files alone in a folder of links (pycola reads whole folders)."""
    folder.mkdir()
    for path in files:
        (folder / path.name).symlink_to(path.resolve())
    return folder


def specparse_count(folder: Path, work: Path) -> dict[int, int]:
    out = work / "specparse.jsonl"
    # No per-file timeout: under valgrind a file takes some 50 times its usual time.
    command = [sys.executable, "-m", "specparse", str(folder), "--format", "jsonl", "-o", str(out)]
    return counted([*command, "-j", "1", "-q", "--force", "--timeout", "0"], work)


def pycola_count(python: str, folder: Path, work: Path) -> dict[int, int]:
    return counted([python, "-c", acc.PYCOLA_SCRIPT, f"{folder}/", str(work / "pycola.csv")], work)


def _work(scratch: str, tool: str) -> Path:
    work = Path(scratch) / tool
    work.mkdir()
    return work


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pycola-python", help="python of an environment with pycola and pandas")
    parser.add_argument("--limit", type=int, default=0, help="only the first N bulletins (0: all 642)")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt-get install valgrind)", file=sys.stderr)
        return 1
    files = txt_files(args.limit)
    if not files:
        print("no Los Angeles bulletins under ../shared/corpus", file=sys.stderr)
        return 1
    compile_bytecode(sys.executable)
    with tempfile.TemporaryDirectory() as scratch:
        folder = linked_folder(files, Path(scratch) / "in")
        rows = [("specparse", specparse_count(folder, _work(scratch, "specparse")))]
        if args.pycola_python:
            rows.append(("pycola", pycola_count(args.pycola_python, folder, _work(scratch, "pycola"))))
    base = sum(rows[0][1].values())
    print(f"{len(files)} Los Angeles bulletins (.txt), one run each under valgrind (callgrind)\n")
    print("| tool | processes | instructions (G) | M per bulletin | x specparse's work |")
    print("|---|---|---|---|---|")
    for tool, per_process in rows:
        total = sum(per_process.values())
        shares = " + ".join(f"{n / 1e9:.2f}" for n in sorted(per_process.values(), reverse=True))
        print(
            f"| {tool} | {len(per_process)} ({shares}) | {total / 1e9:.2f} | {total / len(files) / 1e6:.1f} | "
            f"{total / base:.2f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
