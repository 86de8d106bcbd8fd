"""A batch starts its worker processes only when it has a file to convert.

The fork server imports the whole parser (some 0.5 CPU-seconds); a run that turns out to have nothing
to do (every output already up to date, an input that does not exist) must not pay for it. Each case
runs the CLI in a process of its own, which then says whether a fork server was started.
"""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
from pathlib import Path

import pytest

from batch_fixtures import make_tree

pytestmark = pytest.mark.skipif(
    "forkserver" not in multiprocessing.get_all_start_methods(),
    reason="this platform has no fork server (its workers are spawned one by one)",
)

# Runs the CLI, then reports on stderr's last line whether this process started a fork server.
CLI_THEN_REPORT = """
import sys
from multiprocessing import forkserver
from specparse.cli import main
try:
    main()
except SystemExit as exit:
    code = exit.code
started = forkserver._forkserver._forkserver_pid is not None
print("fork server started" if started else "no fork server", file=sys.stderr)
sys.exit(code)
"""


def _run(*args: str | Path) -> tuple[int, str]:
    command = [sys.executable, "-c", CLI_THEN_REPORT, "convert", *map(str, args), "-j", "1"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    return done.returncode, done.stderr.strip().splitlines()[-1]


def test_a_run_with_files_to_convert_starts_the_fork_server(tmp_path: Path) -> None:
    make_tree(tmp_path / "in", 2)
    assert _run(tmp_path / "in", "-o", tmp_path / "out") == (0, "fork server started")


def test_a_rerun_with_every_output_up_to_date_starts_no_worker(tmp_path: Path) -> None:
    make_tree(tmp_path / "in", 2)
    assert _run(tmp_path / "in", "-o", tmp_path / "out")[0] == 0
    assert _run(tmp_path / "in", "-o", tmp_path / "out") == (0, "no fork server")


def test_a_missing_input_is_reported_without_starting_workers(tmp_path: Path) -> None:
    code, last = _run(tmp_path / "absent", tmp_path / "also-absent", "--format", "jsonl")
    assert (code, last) == (2, "no fork server")
