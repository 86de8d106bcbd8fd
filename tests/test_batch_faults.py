"""Hostile workers: a file that crashes, hangs or eats memory costs only itself; Ctrl-C exits 130.

Faults are injected through the internal parse hook (tests/batch_faults.py); the file name picks
the fault. The SIGINT test runs the real console entry point in a subprocess.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from batch_faults import HOOK
from batch_fixtures import write_spec
from specparse.batch import pool
from specparse.cli import main

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and rlimits")

TESTS = Path(__file__).resolve().parent


@pytest.fixture(autouse=True)
def fault_hook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("_SPECPARSE_BATCH_PARSE_HOOK", HOOK)


def statuses(report: Path) -> dict[str, dict[str, object]]:
    return {Path(str(r["input"])).name: r for r in map(json.loads, report.read_text().splitlines())}


def run_batch(tmp_path: Path, *extra: str) -> tuple[int, str, dict[str, dict[str, object]]]:
    report = tmp_path / "report.jsonl"
    args = [str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--report", str(report), *extra]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    return result.exit_code, result.stderr, statuses(report)


@pytest.mark.parametrize(("name", "status"), [("crash.txt", "crashed"), ("segfault.txt", "crashed"), ("bug.txt", "crashed")])
def test_a_dying_worker_costs_only_its_file(tmp_path: Path, name: str, status: str) -> None:
    for number in range(4):
        write_spec(tmp_path / "in" / f"ok{number}.txt")
    write_spec(tmp_path / "in" / name)
    code, stderr, report = run_batch(tmp_path, "-j", "2")
    assert code == 1
    assert report[name]["status"] == status
    assert all(report[f"ok{n}.txt"]["status"] == "ok" for n in range(4))
    assert "4 converted, 0 skipped, 1 failed" in stderr


def test_a_slow_file_times_out_and_the_run_goes_on(tmp_path: Path) -> None:
    write_spec(tmp_path / "in" / "sleep.txt")
    write_spec(tmp_path / "in" / "zz.txt")
    started = time.monotonic()
    code, _stderr, report = run_batch(tmp_path, "-j", "1", "--timeout", "1")
    assert time.monotonic() - started < 30
    assert code == 1
    assert report["sleep.txt"]["status"] == "timeout"
    assert report["zz.txt"]["status"] == "ok"


def test_a_worker_deaf_to_its_alarm_is_killed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool, "HARD_TIMEOUT_GRACE", 0.5)
    write_spec(tmp_path / "in" / "stuck.txt")
    write_spec(tmp_path / "in" / "zz.txt")
    code, _stderr, report = run_batch(tmp_path, "-j", "1", "--timeout", "0.5")
    assert code == 1
    assert report["stuck.txt"]["status"] == "timeout"
    assert "killed" in str(report["stuck.txt"]["error"])
    assert report["zz.txt"]["status"] == "ok"
    assert not list((tmp_path / "out").rglob("*.part"))


def test_memory_cap_turns_a_hog_into_too_large(tmp_path: Path) -> None:
    write_spec(tmp_path / "in" / "hog.txt")
    write_spec(tmp_path / "in" / "zz.txt")
    code, _stderr, report = run_batch(tmp_path, "-j", "1", "--max-memory", "1024")
    assert code == 1
    assert report["hog.txt"]["status"] == "too_large"
    assert report["zz.txt"]["status"] == "ok"


def test_ctrl_c_exits_130_and_keeps_only_whole_outputs(tmp_path: Path) -> None:
    for number in range(40):
        write_spec(tmp_path / "in" / f"slow{number:02d}.txt", code=str(3000 + number))
    env = {**os.environ, "_SPECPARSE_BATCH_PARSE_HOOK": HOOK}
    env["PYTHONPATH"] = os.pathsep.join([str(TESTS), env.get("PYTHONPATH", "")])
    command = [sys.executable, "-c", "from specparse.cli import main; main()"]
    process = subprocess.Popen(
        [*command, str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-j", "2"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    out = tmp_path / "out"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.json"))) < 3:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGINT)  # as a terminal does: the whole process group
    started = time.monotonic()
    _stdout, stderr = process.communicate(timeout=60)
    took = time.monotonic() - started
    finished = list(out.glob("*.json"))
    leftovers = [p.name for p in out.glob(".*")]
    context = f"stderr={stderr.decode()!r} took={took:.1f}s finished={len(finished)} leftovers={leftovers}"
    assert process.returncode == 130, context
    assert took < 15, context  # promptly, with room for a loaded test machine
    assert 3 <= len(finished) < 40, context
    for path in finished:
        assert json.loads(path.read_text())["class_code"].startswith("30")
    assert not leftovers, context
    assert b"interrupted after" in stderr
