"""Strict per-field accuracy of specparse against hand-written labels, and section coverage over the corpus.

Labels live in ``tests/accuracy/labels/**/*.toml``, one per document, written by reading the document
(never by copying specparse's output); ``--set housestyles`` scores ``tests/fixtures/housestyles/*.toml``,
specs written for this project. Each label names its document by a path relative to the shared corpus
(``file = "specs/…"``) or to the project (``project_file = "…"``).

Strict, like ``../shared/eval/score.py`` (the meaning of each fact follows ``../shared/eval/LABELS.md``):
every label of a one-class document (``kind = "spec"``) states every field of MANDATORY (in the sibling
``strict_labels.py``) — a value, or the field's name in ``none = [...]`` (scalars) / ``[]`` (lists) when the
document does not have it — and a value the parser gives for a fact the document does not have is a miss.
A mandatory field missing from a label is an error of the label: it is reported (``label errors``), never
silently skipped, and the tests fail on it. Labels of pages that are not one class (``kind`` = series,
listing or not_spec) must state ``kind`` only. OPTIONAL fields are judged when the label states them.

    kind                                     spec, series (several classes), listing (several jobs) or not_spec
    title, class_code                        strings, compared folding case, spacing and punctuation
    jurisdiction                             list of acceptable spellings of the employer; [] = none named
    sections                                 canonical keys with a printed heading, a set over JUDGED_SECTIONS
                                             (knowledge/skills/abilities compared as one group, ksa)
    duties_count                             duty statements (LABELS.md rule); ``duties_count_alt`` = other
                                             counts equally right; ``none`` = no duties block
    experience_years                         sorted distinct years of experience the requirements name
    education_levels                         distinct levels the requirement blocks name, substitutions included
    salary_min                               lowest figure of the first salary range printed
    [dates] approved/established/revised/open/closing   ISO dates; each kind not printed goes in ``none`` as
                                             ``"dates.open"`` etc.
    drivers_license                          true when a driver's licence is required (for all or some
                                             positions), false when only preferred or not named
  optional: department, bargaining_unit, flsa (exempt/non_exempt), salary_period, knowledge_count,
            skills_count, abilities_count, alternatives (ways to qualify), notes (judgment calls; not scored)

Run: ``python benchmarks/accuracy.py`` (``--set housestyles``; ``--details`` lists every miss and every
label error, ``--coverage`` adds the whole-corpus run: every file parses, and the share of files with each
core section).
"""

from __future__ import annotations

import argparse
import sys
import time
import tomllib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# strict_labels is a sibling script, not a package: make it importable however this file was loaded
# (run as a script, or through tests/conftest.py's load_benchmark).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from strict_labels import (
    DATE_KINDS,
    MANDATORY,
    agrees,
    expectations,
    fold,
    section_groups,
)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
LABELS = ROOT / "tests" / "accuracy" / "labels"
# Hand-written fixtures in house styles the corpus lacks; each TOML labels the document beside it.
HOUSESTYLES = ROOT / "tests" / "fixtures" / "housestyles"
LABEL_SETS = {"corpus": LABELS, "housestyles": HOUSESTYLES}
SPEC_SUFFIXES = {".txt", ".md", ".html", ".htm", ".pdf", ".doc", ".docx", ".rtf"}
COVERAGE_SECTIONS = ("definition", "duties", "qualifications", "salary")

Record = dict[str, Any]


@dataclass(slots=True)
class Outcome:
    """One labelled document's verdicts: field -> (correct, expected, got); and its label's errors."""

    label: Path
    document: str
    verdicts: dict[str, tuple[bool, Any, Any]] = field(default_factory=dict)
    error: str | None = None
    label_errors: list[str] = field(default_factory=list)


def _first_salary(record: Record, key: str) -> Any:
    ranges = record["salary"]
    return ranges[0][key] if ranges else None


def _section_keys(record: Record) -> list[str]:
    return section_groups([section["key"] for section in record["sections"]])


def _experience_years(record: Record) -> list[float]:
    years = {exp["years"] for exp in record["qualifications"]["experience"] if exp["years"] is not None}
    return sorted(float(y) for y in years)


def _ways(record: Record) -> list[dict[str, Any]]:
    """The ways to qualify: alternatives that are not sub-requirements of another."""
    return [alt for alt in record["qualifications"]["alternatives"] if alt["parent"] is None]


def _education_levels(record: Record) -> list[str]:
    return sorted({edu["level"] for edu in record["qualifications"]["education"] if edu["level"]})


def _drivers_license(record: Record) -> bool:
    """A licence whose name speaks of driving and that is not merely preferred (as the strict scorer)."""
    return any(
        "driv" in (fold(lic["name"]) or "") and lic["required"] != "preferred"
        for lic in record["qualifications"]["licenses"]
    )


def _kind(record: Record) -> str:
    codes = {warning["code"] for warning in record["warnings"]}
    if "not_a_spec" in codes:
        return "not_spec"
    if "job_listing" in codes:
        return "listing"
    return "series" if "class_series" in codes else "spec"


def _count(path: Callable[[Record], list[Any]]) -> Callable[[Record], int]:
    return lambda record: len(path(record))


# field -> what the parser gave for it
def _date_getter(kind: str) -> Callable[[Record], Any]:
    return lambda r: r["dates"][kind]


GETTERS: dict[str, Callable[[Record], Any]] = {
    "kind": _kind,
    "title": lambda r: r["title"],
    "class_code": lambda r: r["class_code"],
    "jurisdiction": lambda r: r["jurisdiction"],
    "department": lambda r: r["department"],
    "flsa": lambda r: r["flsa"],
    "bargaining_unit": lambda r: r["bargaining_unit"],
    "sections": _section_keys,
    "duties_count": _count(lambda r: r["duties"]),
    "knowledge_count": _count(lambda r: r["qualifications"]["knowledge"]),
    "skills_count": _count(lambda r: r["qualifications"]["skills"]),
    "abilities_count": _count(lambda r: r["qualifications"]["abilities"]),
    "alternatives": _count(_ways),
    "experience_years": _experience_years,
    "education_levels": _education_levels,
    "salary_min": lambda r: _first_salary(r, "min"),
    "salary_period": lambda r: _first_salary(r, "period"),
    **{f"dates.{kind}": _date_getter(kind) for kind in DATE_KINDS},
    "drivers_license": _drivers_license,
}


def label_files(label_set: str = "corpus") -> list[Path]:
    return sorted(LABEL_SETS[label_set].rglob("*.toml"))


def document_for(label: dict[str, Any]) -> Path:
    if "project_file" in label:
        return ROOT / str(label["project_file"])
    return CORPUS / str(label["file"])


def document_for_label(label_path: Path) -> Path:
    return document_for(tomllib.loads(label_path.read_text("utf-8")))


def evaluate(label_path: Path) -> Outcome:
    import specparse

    label = tomllib.loads(label_path.read_text("utf-8"))
    document = document_for(label)
    outcome = Outcome(label=label_path, document=str(label.get("file") or label.get("project_file")))
    wanted, outcome.label_errors = expectations(label)
    try:
        record = specparse.parse(document).model_dump(mode="json")
    except specparse.SpecparseError as exc:
        outcome.error = f"{type(exc).__name__}: {exc}"
        record = None
    for name, expected in wanted.items():
        got = GETTERS[name](record) if record is not None else None
        correct = record is not None and agrees(name, expected, got, label)
        outcome.verdicts[name] = (correct, expected, got)
    return outcome


def unreadable(outcome: Outcome) -> bool:
    """A document whose reader has not landed yet (a format not supported on this branch)."""
    return bool(outcome.error and "not supported yet" in outcome.error)


def score(outcomes: list[Outcome]) -> tuple[dict[str, tuple[int, int]], tuple[int, int]]:
    per_field: dict[str, list[int]] = {}
    for outcome in outcomes:
        for name, (correct, _, _) in outcome.verdicts.items():
            tally = per_field.setdefault(name, [0, 0])
            tally[0] += int(correct)
            tally[1] += 1
    table = {name: (good, total) for name, (good, total) in sorted(per_field.items())}
    overall = (sum(g for g, _ in table.values()), sum(t for _, t in table.values()))
    return table, overall


def run_labelled(label_set: str = "corpus") -> tuple[list[Outcome], list[Outcome]]:
    """Outcomes for documents that could be read, and those whose reader is not available yet."""
    outcomes = [evaluate(path) for path in label_files(label_set)]
    return [o for o in outcomes if not unreadable(o)], [o for o in outcomes if unreadable(o)]


def miss_lines(outcomes: list[Outcome]) -> list[str]:
    """One line per field that disagrees with its label: document, field, expected, got."""
    return [
        f"{o.document}: {name} expected {e!r} got {g!r}"
        for o in outcomes
        for name, (ok, e, g) in o.verdicts.items()
        if not ok
    ]


def label_errors(outcomes: list[Outcome]) -> list[str]:
    """Every label's errors (a mandatory field not stated, an unknown field…), one line each."""
    return [f"{o.label.relative_to(ROOT)}: {error}" for o in outcomes for error in o.label_errors]


def coverage(root: Path) -> tuple[int, Counter[str], list[tuple[str, str]], float]:
    """Parse every spec file under ``root``: how many parsed, each core section's count, failures."""
    import specparse

    files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in SPEC_SUFFIXES)
    found: Counter[str] = Counter()
    failures: list[tuple[str, str]] = []
    parsed = 0
    started = time.perf_counter()
    for path in files:
        try:
            record = specparse.parse(path)
        except specparse.SpecparseError as exc:
            failures.append((str(path.relative_to(root)), f"{type(exc).__name__}: {exc}"))
            continue
        except Exception as exc:  # a crash is a bug to report, not to hide
            failures.append((str(path.relative_to(root)), f"CRASH {type(exc).__name__}: {exc}"))
            continue
        parsed += 1
        keys = {section.key for section in record.sections}
        found.update(key for key in COVERAGE_SECTIONS if key in keys)
    return parsed, found, failures, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list every field that disagrees with its label")
    parser.add_argument("--coverage", action="store_true", help="also parse the whole development corpus")
    parser.add_argument(
        "--set",
        dest="label_set",
        choices=sorted(LABEL_SETS),
        default="corpus",
        help="which labels to score: the corpus documents or the house-style fixtures",
    )
    args = parser.parse_args(argv)
    if args.label_set == "corpus" and not CORPUS.is_dir():
        print(f"the shared corpus is not at {CORPUS}", file=sys.stderr)
        return 2
    outcomes, waiting = run_labelled(args.label_set)
    table, (good, total) = score(outcomes)
    print(f"{len(outcomes)} labelled documents ({len(waiting)} more wait for their reader)")
    print(f"{'field':<20} {'correct':>8} {'of':>4} {'accuracy':>9}")
    for name, (field_good, field_total) in table.items():
        print(f"{name:<20} {field_good:>8} {field_total:>4} {field_good / field_total:>9.3f}")
    print(f"{'overall':<20} {good:>8} {total:>4} {good / total if total else 0:>9.3f}")
    for outcome in waiting:
        print(f"waiting: {outcome.document} ({outcome.error})")
    errors = label_errors(outcomes + waiting)
    print(f"label errors: {len(errors)} (every spec label states: {', '.join(MANDATORY)})")
    for error in errors:
        print(f"  {error}")
    if args.details:
        for outcome in outcomes:
            misses = [(n, e, g) for n, (ok, e, g) in outcome.verdicts.items() if not ok]
            if outcome.error:
                print(f"\n{outcome.document}: {outcome.error}")
            elif misses:
                print(f"\n{outcome.document}")
            for name, expected, got in misses:
                print(f"  {name}: expected {expected!r} got {got!r}")
    if args.coverage:
        parsed, found, failures, seconds = coverage(CORPUS / "specs")
        print(f"\ncorpus: {parsed} of {parsed + len(failures)} spec files parsed in {seconds:.1f}s")
        for key in COVERAGE_SECTIONS:
            share = found[key] / parsed if parsed else 0.0
            print(f"  {key:<16} found in {found[key]:>4} ({share:.1%})")
        for name, error in failures:
            print(f"  failed: {name}: {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
