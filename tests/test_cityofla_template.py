"""The City of Los Angeles' own template rows for Systems Analyst 1596 come out of the .txt and the PDF.

Scored cell by cell by ``benchmarks/cityofla_template.py`` (its docstring says how the template's
spellings are read); reads the shared corpus in place and skips without it.
"""

from __future__ import annotations

from pathlib import Path

from conftest import load_benchmark

MIN_ROW_SCORE = 0.90


def _check(source: str, *, bulletin_columns: bool) -> None:
    """The template's rows, each with at least MIN_ROW_SCORE of its 15 requirement (fact) cells right."""
    bench = load_benchmark("cityofla_template")
    expected = bench.template_rows()
    got = bench.specparse_rows(bench.SOURCES[source])
    assert list(got) == list(expected), "not the template's rows"
    columns = bench.REQUIREMENT_COLUMNS + (bench.BULLETIN_COLUMNS if bulletin_columns else ())
    scores, misses = bench.score(expected, got, columns)
    low = {key: value for key, value in scores.items() if value < MIN_ROW_SCORE}
    assert not low, f"rows under {MIN_ROW_SCORE}: {low}; misses: {misses}"


def test_template_rows_from_the_text_bulletin(corpus: Path) -> None:
    _check("txt", bulletin_columns=True)


def test_template_rows_from_the_pdf_bulletin(corpus: Path) -> None:
    # All 22 cells, as for the .txt: the title line and the salary box now read as the bulletin prints them.
    _check("pdf", bulletin_columns=True)
