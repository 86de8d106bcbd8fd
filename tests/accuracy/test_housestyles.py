"""Accuracy over the hand-written house-style fixtures (tests/fixtures/housestyles) must not regress.

Each fixture is a short class specification written for this project in a house style the shared corpus
lacks (county NATURE OF WORK pages, Roman-numbered outlines, Markdown postings, pipe-separated headers,
series pages, a benefits summary); the TOML beside it holds what a careful reader says it states, decided
before looking at specparse's output. Needs no corpus, so it always runs.
"""

from __future__ import annotations

import tomllib

from conftest import load_benchmark

MIN_FIXTURES = 14
MIN_FIELD_ACCURACY = 0.85
MIN_OVERALL_ACCURACY = 0.98


BENCH = load_benchmark("accuracy")


def test_every_fixture_has_a_label_naming_it() -> None:
    labels = BENCH.label_files("housestyles")
    assert len(labels) >= MIN_FIXTURES
    documents = {p for p in BENCH.HOUSESTYLES.iterdir() if p.suffix in {".txt", ".md"} and p.name != "README.md"}
    named = set()
    for path in labels:
        label = tomllib.loads(path.read_text("utf-8"))
        document = BENCH.document_for(label)
        assert document.is_file(), f"{path.name} names a missing document"
        unknown = set(label) - {*BENCH.GETTERS, "file", "project_file", "dates", "none"}
        assert not unknown, f"{path.name}: unknown label fields {sorted(unknown)}"
        named.add(document)
    assert documents <= named, f"fixtures without a label: {sorted(p.name for p in documents - named)}"


def test_housestyles_accuracy_meets_thresholds() -> None:
    outcomes, waiting = BENCH.run_labelled("housestyles")
    assert not waiting
    table, (good, total) = BENCH.score(outcomes)
    misses = [
        f"{o.document}: {name} expected {e!r} got {g!r}"
        for o in outcomes
        for name, (ok, e, g) in o.verdicts.items()
        if not ok
    ]
    low = {name: round(g / t, 3) for name, (g, t) in table.items() if g / t < MIN_FIELD_ACCURACY}
    assert not low, f"fields below {MIN_FIELD_ACCURACY}: {low}\n" + "\n".join(misses)
    assert good / total >= MIN_OVERALL_ACCURACY, "\n".join(misses)


def test_series_and_not_a_spec_are_recognised() -> None:
    # These two must never silently pass as one class: a batch filters on the warning codes.
    outcomes, _ = BENCH.run_labelled("housestyles")
    kinds = {o.document: o.verdicts["kind"] for o in outcomes if o.verdicts["kind"][1] != "spec"}
    assert len(kinds) >= 2
    for document, (ok, expected, got) in kinds.items():
        assert ok, f"{document}: expected {expected} got {got}"
