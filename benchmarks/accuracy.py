"""Per-field accuracy of specparse against hand-written labels, and section coverage over the corpus.

Labels live in ``tests/accuracy/labels/**/*.toml``, one per document, written by reading the document
(never by copying specparse's output). Each names its document by a path relative to the shared corpus
(``file = "specs/la_kaggle/job_bulletins_txt/X.txt"``) or to the project (``project_file = "samples/…"``)
and holds only the facts it judges:

    kind                                     spec (the default), series (several classes), listing
                                             (several jobs, e.g. a weekly summary) or not_spec
    title, class_code, jurisdiction, department, bargaining_unit   strings, compared without case or spacing
    flsa                                     exempt or non_exempt
    sections                                 canonical keys present, compared as a set over JUDGED_SECTIONS
    duties_count, knowledge_count, skills_count, abilities_count, alternatives   integers
    experience_years                         years of experience each requirement alternative asks for, in order
    education_levels                         education levels named in the requirements, as a set
    salary_min, salary_period                the first salary range printed
    [dates] approved/established/revised/open/closing   ISO dates
    none = ["class_code", …]                 fields the document does not have: the parser must give nothing

Run: ``python benchmarks/accuracy.py`` (``--set housestyles`` scores the hand-written fixtures in
``tests/fixtures/housestyles`` instead of the corpus; ``--details`` lists every miss, ``--coverage`` adds the
whole-corpus run: every file parses, and the share of files with each core section).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import tomllib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
LABELS = ROOT / "tests" / "accuracy" / "labels"
# Hand-written fixtures in house styles the corpus lacks; each TOML labels the document beside it.
HOUSESTYLES = ROOT / "tests" / "fixtures" / "housestyles"
LABEL_SETS = {"corpus": LABELS, "housestyles": HOUSESTYLES}
SPEC_SUFFIXES = {".txt", ".md", ".html", ".htm", ".pdf", ".doc", ".docx", ".rtf"}
# Keys whose presence a reader can judge unambiguously from the printed headings.
JUDGED_SECTIONS = frozenset(
    {
        "definition",
        "duties",
        "qualifications",
        "knowledge",
        "skills",
        "abilities",
        "knowledge_skills_abilities",
        "salary",
        "benefits",
        "selection_process",
        "application",
    }
)
COVERAGE_SECTIONS = ("definition", "duties", "qualifications", "salary")
DATE_KINDS = ("approved", "established", "revised", "open", "closing")

Record = dict[str, Any]


@dataclass(slots=True)
class Outcome:
    """One labelled document's verdicts: field -> (correct, expected, got)."""

    label: Path
    document: str
    verdicts: dict[str, tuple[bool, Any, Any]] = field(default_factory=dict)
    error: str | None = None


def _norm_text(value: Any) -> str | None:
    if value is None:
        return None
    return re.sub(r"\s+", " ", str(value)).strip().lower() or None


def _first_salary(record: Record, key: str) -> Any:
    ranges = record["salary"]
    return ranges[0][key] if ranges else None


def _section_keys(record: Record) -> set[str]:
    return {section["key"] for section in record["sections"]} & JUDGED_SECTIONS


def _alternative_years(record: Record) -> list[float]:
    years = [alt["experience"][0]["years"] for alt in _ways(record) if alt["experience"]]
    return [float(y) for y in years if y is not None]


def _ways(record: Record) -> list[dict[str, Any]]:
    """The ways to qualify: alternatives that are not sub-requirements of another."""
    return [alt for alt in record["qualifications"]["alternatives"] if alt["parent"] is None]


def _education_levels(record: Record) -> set[str]:
    return {edu["level"] for edu in record["qualifications"]["education"] if edu["level"]}


def _kind(record: Record) -> str:
    codes = {warning["code"] for warning in record["warnings"]}
    if "not_a_spec" in codes:
        return "not_spec"
    if "job_listing" in codes:
        return "listing"
    return "series" if "class_series" in codes else "spec"


def _count(path: Callable[[Record], list[Any]]) -> Callable[[Record], int]:
    return lambda record: len(path(record))


# field -> (what the parser gave, how to compare with the label)
GETTERS: dict[str, Callable[[Record], Any]] = {
    "title": lambda r: r["title"],
    "class_code": lambda r: r["class_code"],
    "jurisdiction": lambda r: r["jurisdiction"],
    "department": lambda r: r["department"],
    "flsa": lambda r: r["flsa"],
    "bargaining_unit": lambda r: r["bargaining_unit"],
    "kind": _kind,
    "sections": _section_keys,
    "duties_count": _count(lambda r: r["duties"]),
    "knowledge_count": _count(lambda r: r["qualifications"]["knowledge"]),
    "skills_count": _count(lambda r: r["qualifications"]["skills"]),
    "abilities_count": _count(lambda r: r["qualifications"]["abilities"]),
    "alternatives": _count(_ways),
    "experience_years": _alternative_years,
    "education_levels": _education_levels,
    "salary_min": lambda r: _first_salary(r, "min"),
    "salary_period": lambda r: _first_salary(r, "period"),
    **{f"dates.{kind}": (lambda r, k=kind: r["dates"][k]) for kind in DATE_KINDS},
}
EMPTY: dict[str, Any] = {"sections": set(), "experience_years": [], "education_levels": set()}


def _expected(label: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    yield "kind", label.get("kind", "spec")
    for name in GETTERS:
        if name == "kind":
            continue
        if name.startswith("dates."):
            value = label.get("dates", {}).get(name.split(".", 1)[1])
            if value is not None:
                yield name, str(value)
        elif name in label:
            yield name, label[name]
    for name in label.get("none", []):
        if name not in GETTERS:
            raise ValueError(f"unknown field in none: {name}")
        yield name, EMPTY.get(name, 0 if name.endswith(("_count", "alternatives")) else None)


def _agrees(name: str, expected: Any, got: Any) -> bool:
    if got is None and name in EMPTY:
        return False  # the document was not read at all
    if name in {"title", "class_code", "jurisdiction", "department", "bargaining_unit"}:
        return _norm_text(expected) == _norm_text(got)
    if name in {"sections", "education_levels"}:
        return set(expected) == set(got)
    if name == "experience_years":
        return [float(x) for x in expected] == list(got)
    if name == "salary_min":
        return (expected is None and got is None) or (
            expected is not None and got is not None and abs(float(expected) - float(got)) < 0.01
        )
    return bool(expected == got)


def label_files(label_set: str = "corpus") -> list[Path]:
    return sorted(LABEL_SETS[label_set].rglob("*.toml"))


def document_for(label: dict[str, Any]) -> Path:
    if "project_file" in label:
        return ROOT / label["project_file"]
    return CORPUS / label["file"]


def evaluate(label_path: Path) -> Outcome:
    import specparse

    label = tomllib.loads(label_path.read_text("utf-8"))
    document = document_for(label)
    outcome = Outcome(label=label_path, document=str(label.get("file") or label.get("project_file")))
    try:
        record = specparse.parse(document).model_dump(mode="json")
    except specparse.SpecparseError as exc:
        outcome.error = f"{type(exc).__name__}: {exc}"
        record = None
    for name, expected in _expected(label):
        got = GETTERS[name](record) if record is not None else None
        if isinstance(got, set):
            got = sorted(got)
        outcome.verdicts[name] = (_agrees(name, expected, got), expected, got)
    return outcome


def unreadable(outcome: Outcome) -> bool:
    """A document whose reader has not landed yet (PDF, HTML while their branches are unmerged)."""
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
