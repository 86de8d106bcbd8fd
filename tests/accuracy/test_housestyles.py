"""Strict accuracy over the hand-written house-style fixtures (tests/fixtures/housestyles) must not regress.

Each fixture is a short class specification written for this project in a house style the shared corpus
lacks (county NATURE OF WORK pages, Roman-numbered outlines, Markdown postings, pipe-separated headers,
series pages, a benefits summary); the TOML beside it holds what a careful reader says it states, decided
before looking at specparse's output, and states every mandatory field (benchmarks/accuracy.py). Needs no
corpus, so it always runs.
"""

from __future__ import annotations

from conftest import load_benchmark

MIN_FIXTURES = 27
# Floors of the strict per-field figures (and the pooled overall figure): what the parser measured once the
# issue-9 work was merged (overall 0.989). They only ever go up. Every field the benchmark scores must have
# a floor here.
STRICT_FLOORS_HOUSESTYLES = {
    "overall": 0.988,
    "abilities_count": 1.0,
    "alternatives": 1.0,
    "bargaining_unit": 1.0,
    "class_code": 1.0,
    "dates.approved": 1.0,
    "dates.closing": 1.0,
    "dates.established": 1.0,
    "dates.open": 1.0,
    "dates.revised": 1.0,
    "department": 1.0,
    "drivers_license": 1.0,
    "duties_count": 0.956,
    "education_levels": 0.956,
    "experience_years": 0.869,
    "flsa": 1.0,
    "jurisdiction": 1.0,
    "kind": 1.0,
    "knowledge_count": 1.0,
    "salary_min": 1.0,
    "salary_period": 1.0,
    "sections": 1.0,
    "skills_count": 1.0,
    "title": 1.0,
}


BENCH = load_benchmark("accuracy")


def test_every_fixture_has_a_label_naming_it_and_stating_every_mandatory_field() -> None:
    labels = BENCH.label_files("housestyles")
    assert len(labels) >= MIN_FIXTURES
    documents = {p for p in BENCH.HOUSESTYLES.iterdir() if p.suffix in {".txt", ".md"} and p.name != "README.md"}
    named = set()
    for path in labels:
        document = BENCH.document_for_label(path)
        assert document.is_file(), f"{path.name} names a missing document"
        named.add(document)
    assert documents <= named, f"fixtures without a label: {sorted(p.name for p in documents - named)}"
    outcomes, waiting = BENCH.run_labelled("housestyles")
    errors = BENCH.label_errors(outcomes + waiting)
    assert not errors, "\n".join(errors)


def test_housestyles_strict_accuracy_meets_floors() -> None:
    outcomes, waiting = BENCH.run_labelled("housestyles")
    assert not waiting
    table, (good, total) = BENCH.score(outcomes)
    misses = BENCH.miss_lines(outcomes)
    floors = STRICT_FLOORS_HOUSESTYLES
    assert set(table) <= set(floors), f"fields without a floor: {sorted(set(table) - set(floors))}"
    low = {name: round(g / t, 3) for name, (g, t) in table.items() if g / t < floors[name] - 1e-9}
    assert not low, f"fields below their floor: {low}\n" + "\n".join(misses)
    assert good / total >= floors["overall"] - 1e-9, "\n".join(misses)


def test_series_and_not_a_spec_are_recognised() -> None:
    # These two must never silently pass as one class: a batch filters on the warning codes.
    outcomes, _ = BENCH.run_labelled("housestyles")
    kinds = {o.document: o.verdicts["kind"] for o in outcomes if o.verdicts["kind"][1] != "spec"}
    assert len(kinds) >= 2
    for document, (ok, expected, got) in kinds.items():
        assert ok, f"{document}: expected {expected} got {got}"
