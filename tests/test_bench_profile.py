"""benchmarks/profile.py prints its tables on a few bulletins (figures only; no time is asserted)."""

from __future__ import annotations

import pytest

from conftest import load_benchmark, require_corpus


@pytest.mark.corpus
def test_profile_prints_both_tables_and_the_modules(capsys: pytest.CaptureFixture[str]) -> None:
    require_corpus()
    profile = load_benchmark("profile")
    assert profile.main(["--set", "la", "--limit", "3", "--top", "4"]) == 0
    out = capsys.readouterr().out
    assert "3 files (la), 3 parsed, 0 failed" in out
    for title in ("Top 4 by own time", "Top 4 by cumulative time", "Own time per module"):
        assert title in out
    assert "specparse/pipeline.py" in out  # parse itself leads the cumulative table


@pytest.mark.corpus
def test_profile_one_table_when_sorted(capsys: pytest.CaptureFixture[str]) -> None:
    require_corpus()
    profile = load_benchmark("profile")
    assert profile.main(["--set", "pdf", "--limit", "2", "--top", "2", "--sort", "cumtime"]) == 0
    out = capsys.readouterr().out
    assert "pages" in out
    assert "by own time" not in out
