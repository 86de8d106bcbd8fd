"""Strict accuracy over the hand-labelled corpus documents must not regress; the whole corpus must parse.

The labels (tests/accuracy/labels) were written by reading each document; benchmarks/accuracy.py judges
every field each label states, including "the document does not have it" (a value then is a miss), and
reports a label that leaves a mandatory field unstated as an error. Skipped when ../shared is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_benchmark, require_corpus

require_corpus()

# Floors of the strict per-field figures (and the pooled overall figure): what the parser measured once the
# issue-9 work was merged (overall 0.973, above the 0.97 the issue asks for). They only ever go up. Every
# field the benchmark scores must have a floor here.
STRICT_FLOORS_CORPUS = {
    "overall": 0.973,
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
    "drivers_license": 0.973,
    "duties_count": 0.906,
    "education_levels": 1.0,
    "experience_years": 0.866,
    "flsa": 1.0,
    "jurisdiction": 0.973,
    "kind": 1.0,
    "knowledge_count": 1.0,
    "salary_min": 1.0,
    "salary_period": 1.0,
    "sections": 0.813,
    "title": 1.0,
}
MIN_LABELLED_DOCUMENTS = 87
# Share of corpus files in which each core section is found; LA bulletins have no definition section,
# so that one has no floor. A sudden drop below these is a bug in heading detection.
MIN_SECTION_SHARE = {"duties": 0.85, "qualifications": 0.85, "salary": 0.80}


BENCH = load_benchmark("accuracy")


def test_labels_name_existing_documents_and_state_every_mandatory_field() -> None:
    outcomes, waiting = BENCH.run_labelled()
    assert len(outcomes) + len(waiting) >= MIN_LABELLED_DOCUMENTS
    for outcome in outcomes + waiting:
        assert BENCH.document_for_label(outcome.label).is_file(), f"{outcome.label.name} names a missing document"
    errors = BENCH.label_errors(outcomes + waiting)
    assert not errors, "\n".join(errors)


def test_strict_accuracy_meets_floors() -> None:
    outcomes, waiting = BENCH.run_labelled()
    assert len(outcomes) >= MIN_LABELLED_DOCUMENTS - len(waiting)
    table, (good, total) = BENCH.score(outcomes)
    misses = BENCH.miss_lines(outcomes)
    assert set(table) <= set(STRICT_FLOORS_CORPUS), (
        f"fields without a floor: {sorted(set(table) - set(STRICT_FLOORS_CORPUS))}"
    )
    low = {name: round(g / t, 3) for name, (g, t) in table.items() if g / t < STRICT_FLOORS_CORPUS[name] - 1e-9}
    assert not low, f"fields below their floor: {low}\n" + "\n".join(misses[:40])
    assert good / total >= STRICT_FLOORS_CORPUS["overall"] - 1e-9, "\n".join(misses[:40])


@pytest.mark.slow
def test_whole_corpus_parses() -> None:
    parsed, found, failures, _ = BENCH.coverage(BENCH.CORPUS / "specs")
    # Acceptable: a reader that has not landed yet, and a Word lock file that is deliberately skipped.
    real = [
        (name, error)
        for name, error in failures
        if "not supported yet" not in error and not error.startswith("SkippedInputError")
    ]
    assert not real, real[:10]
    assert parsed > 0
    for key, floor in MIN_SECTION_SHARE.items():
        assert found[key] / parsed >= floor, f"{key} found in only {found[key]} of {parsed} files"


SEED = 'project_file = "samples/alameda-lead-customer-service-representative.txt"\nkind = "spec"\n'


def test_scoring_counts_a_wrong_value_as_a_miss(tmp_path: Path) -> None:
    # The benchmark itself must be able to fail: a label that disagrees with the record is a miss.
    label = tmp_path / "x.toml"
    label.write_text(SEED + 'title = "Wrong"\n')
    outcome = BENCH.evaluate(label)
    assert outcome.verdicts["title"][0] is False
    assert outcome.verdicts["kind"][0] is True


def test_a_value_for_a_fact_the_document_lacks_is_a_miss(tmp_path: Path) -> None:
    # Strict: "none" / [] are judged too. The seed has a title, so a label saying it has none must miss.
    label = tmp_path / "x.toml"
    label.write_text(SEED + 'none = ["title"]\njurisdiction = []\n')
    outcome = BENCH.evaluate(label)
    assert outcome.verdicts["title"][0] is False
    assert outcome.verdicts["jurisdiction"][0] is False


def test_a_label_leaving_a_mandatory_field_unstated_is_an_error(tmp_path: Path) -> None:
    label = tmp_path / "x.toml"
    label.write_text(SEED + 'title = "Lead Customer Service Representative"\nsurprise = 1\n')
    outcome = BENCH.evaluate(label)
    unstated = [e for e in outcome.label_errors if e.startswith("mandatory field")]
    assert len(unstated) == len(BENCH.MANDATORY) - 2  # all but kind and title
    assert any("surprise" in e for e in outcome.label_errors)
    assert "class_code" not in outcome.verdicts  # an unstated field is reported, never scored as a hit
