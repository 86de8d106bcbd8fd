"""The City of LA salary columns skip a job-board print's summary box that spans the ranges under it."""

from __future__ import annotations

from specparse.cityofla_salary import _is_summary


def test_a_box_spanning_the_ranges_printed_under_it_is_a_summary() -> None:
    ranges = [(50000, 80000), (50000, 70000), (60000, 80000)]
    assert _is_summary((50000, 80000), ranges)


def test_ordinary_ranges_are_not_summaries() -> None:
    ranges = [(50000, 70000), (52000, 73000), (61000, 80000)]
    assert not _is_summary((50000, 70000), ranges)
    assert not _is_summary((45000, 45000), [(45000, 45000), (40000, 50000), (41000, 52000)])  # a flat rate
    assert not _is_summary((50000, 80000), [(50000, 80000), (50000, 80000)])  # nothing under it
