"""benchmarks/bench_peers.py: its options, and a run with no peer given on 3 bulletins (figures, no times asserted)."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import SHARED, load_benchmark


@pytest.fixture(scope="module")
def bench() -> Any:
    return load_benchmark("bench_peers")


def test_only_the_peers_given_are_run(bench: Any) -> None:
    args = bench.parser().parse_args(["--markitdown-python", "/venv/bin/python", "--limit", "5"])
    assert bench.peers(args) == {"markitdown": "/venv/bin/python"}
    assert (args.limit, args.pdf_limit, args.repeat) == (5, 20, 1)
    assert bench.peers(bench.parser().parse_args([])) == {}


@pytest.mark.parametrize("argv", [["--repeat", "0"], ["--limit", "-1"], ["--pycola-python", "/no/such/python"]])
def test_bad_options_are_refused_before_anything_runs(
    bench: Any, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    if not bench.LA_TXT.is_dir():
        pytest.skip(f"the shared corpus is not present at {SHARED}")
    assert bench.main(argv) == 2
    assert capsys.readouterr().err


def test_the_table_shows_rates_and_the_ratio_to_specparse(bench: Any) -> None:
    timings = [bench.Timing("specparse", 10, 0, 2.0, 1.0), bench.Timing("peer", 10, 1, 5.0, 4.0)]
    lines = bench.table("PDFs", timings, 20)
    assert lines[2].count("|") == lines[3].count("|") == lines[4].count("|")
    assert lines[4] == "| specparse | 10 | 0 | 2.0 | 1.0 | 10.0 | 20.0 | 1.0 |"
    assert lines[5] == "| peer | 10 | 1 | 5.0 | 4.0 | 2.5 | 5.0 | 4.0 |"


@pytest.mark.corpus
def test_runs_with_no_peer_on_three_files(bench: Any, capsys: pytest.CaptureFixture[str]) -> None:
    if not bench.LA_TXT.is_dir():
        pytest.skip(f"the shared corpus is not present at {SHARED}")
    assert bench.main(["--limit", "3", "--pdf-limit", "3"]) == 0
    out = capsys.readouterr().out
    assert "| specparse | 3 | 0 |" in out
    assert "pages/CPU-s" in out
    assert "pycola" not in out.split("|", 1)[1]  # no peer row when none is given
