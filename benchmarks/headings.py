"""Every heading specparse finds in the corpus and the calibration set, how each is classified, and how
well the vocabulary generalises to an employer it has not seen.

    .venv/bin/python benchmarks/headings.py [--limit N] [--top 40] [--show-known]

Reads ``../shared/corpus/specs/<source>/**`` and ``../shared/eval/calibration/docs`` in place. Prints:
the headings per section key; the unknown ones ranked by frequency; and, per source (a corpus
sub-folder, or a calibration document's repository from ``SOURCES.tsv``), the share of its known
headings that still land on the right key when the aliases only that source uses are taken out of the
vocabulary (leave-one-source-out: the word classifier and the other sources' aliases must carry them).
"Right" is the calibration label's section set for a calibration document, else the key the full
vocabulary gives. A second column does the same with no aliases at all (words only). Headings are
found once with the full vocabulary and then re-classified; the splitter is not re-run per source.
"""

from __future__ import annotations

import argparse
import copy
import csv
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from specparse.clean import clean
from specparse.errors import SpecparseError
from specparse.extract import extract
from specparse.lines import number_lines
from specparse.pipeline import library_noise_hidden
from specparse.sections import split_sections
from specparse.source import make_source, read_input
from specparse.vocab import SECTION_KEYS, Vocabulary, build_vocabulary, normalise_heading, vocabulary_data

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus" / "specs"
CALIBRATION = SHARED / "eval" / "calibration"
READABLE = {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".doc", ".docx", ".rtf"}
# The calibration labels group keys coarsely (LABELS.md): education and experience are requirements,
# every knowledge/skills/abilities key is "ksa".
GROUP = {
    "education": "qualifications",
    "experience": "qualifications",
    "knowledge": "ksa",
    "skills": "ksa",
    "abilities": "ksa",
    "knowledge_skills_abilities": "ksa",
}


@dataclass(frozen=True, slots=True)
class Found:
    source: str
    document: str
    heading: str
    key: str
    known: bool


@dataclass(slots=True)
class SourceShare:
    source: str
    headings: int = 0
    own_aliases: int = 0
    right_without_own: int = 0
    right_words_only: int = 0
    misses: list[tuple[str, str, str | None]] = field(default_factory=list)  # heading, full key, left-out key

    @property
    def share(self) -> float:
        return self.right_without_own / self.headings if self.headings else 1.0

    @property
    def words_only(self) -> float:
        return self.right_words_only / self.headings if self.headings else 1.0


@dataclass(slots=True)
class Report:
    found: list[Found] = field(default_factory=list)
    shares: list[SourceShare] = field(default_factory=list)
    unreadable: int = 0

    @property
    def mean_share(self) -> float:
        """The sources weighed alike (the Los Angeles bulletins alone outnumber the rest ten to one)."""
        return sum(s.share for s in self.shares) / len(self.shares) if self.shares else 1.0

    @property
    def overall_share(self) -> float:
        total = sum(s.headings for s in self.shares)
        return sum(s.right_without_own for s in self.shares) / total if total else 1.0


def group(key: str | None) -> str | None:
    return GROUP.get(key, key) if key is not None else None


def documents(limit: int | None) -> Iterator[tuple[str, Path, set[str] | None]]:
    """(source, path, the label's section groups or None) for every readable document."""
    if CORPUS.is_dir():
        for folder in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
            files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in READABLE)
            for path in files[:limit]:
                yield folder.name, path, None
    sources_file = CALIBRATION / "SOURCES.tsv"
    if not sources_file.is_file():
        return
    with sources_file.open(encoding="utf-8") as handle:
        rows = {row["id"]: row["repo"] for row in csv.DictReader(handle, delimiter="\t")}
    taken: Counter[str] = Counter()
    for path in sorted((CALIBRATION / "docs").iterdir()):
        repo = rows.get(path.stem)
        label_file = CALIBRATION / "labels" / f"{path.stem}.json"
        if repo is None or not label_file.is_file() or (limit is not None and taken[repo] >= limit):
            continue
        taken[repo] += 1
        label = json.loads(label_file.read_text(encoding="utf-8"))
        yield repo, path, {g for g in map(group, label.get("sections", [])) if g}


def headings_of(path: Path, vocab: Vocabulary) -> list[tuple[str, str, bool]]:
    data, display = read_input(str(path))
    with library_noise_hidden():
        extraction = extract(make_source(data, display))
    cleaned = clean(number_lines(extraction.lines), vocab)
    split = split_sections(cleaned.body, vocab)
    return [(s.heading, s.key, s.known) for s in split.sections if s.heading]


def without_aliases(data: dict[str, Any], dropped: set[str]) -> Vocabulary:
    reduced = copy.deepcopy(data)
    for key in SECTION_KEYS:
        table = reduced.get(key)
        if table and "aliases" in table:
            table["aliases"] = [a for a in table["aliases"] if normalise_heading(a) not in dropped]
    return build_vocabulary(reduced, "vocabulary without some aliases")


def measure(limit: int | None = None) -> Report:
    data = vocabulary_data()
    full = build_vocabulary(data, "built-in vocabulary")
    report = Report()
    labels: dict[tuple[str, str], set[str] | None] = {}
    for source, path, label in documents(limit):
        try:
            found = headings_of(path, full)
        except (SpecparseError, ValueError, OSError):
            report.unreadable += 1
            continue
        labels[(source, path.name)] = label
        report.found += [Found(source, path.name, heading, key, known) for heading, key, known in found]
    all_aliases = {normalise_heading(a) for key in SECTION_KEYS for a in data.get(key, {}).get("aliases", [])}
    used_by: dict[str, set[str]] = defaultdict(set)
    for item in report.found:
        norm = normalise_heading(item.heading)
        if norm in all_aliases:
            used_by[norm].add(item.source)
    words_only = without_aliases(data, all_aliases)
    for source in sorted({item.source for item in report.found}):
        own = {alias for alias, sources in used_by.items() if sources == {source}}
        reduced = without_aliases(data, own)
        share = SourceShare(source=source, own_aliases=len(own))
        for item in report.found:
            if item.source != source or not item.known or item.key == "other":
                continue
            label = labels[(item.source, item.document)]
            right = label if label is not None else {group(item.key)}
            share.headings += 1
            left_out = reduced.lookup(item.heading)
            if group(left_out) in right:
                share.right_without_own += 1
            else:
                share.misses.append((item.heading, item.key, left_out))
            share.right_words_only += group(words_only.lookup(item.heading)) in right
        report.shares.append(share)
    return report


def print_report(report: Report, top: int, show_known: bool, show_misses: bool) -> None:
    found = report.found
    print(f"{len(found)} headings in {len({(f.source, f.document) for f in found})} documents", end="")
    print(f" ({report.unreadable} unreadable)")
    by_key = Counter(f.key if f.known else "(unknown)" for f in found)
    for key, count in by_key.most_common():
        print(f"  {key:28} {count:6}")
    if show_known:
        print("\nclassified headings (most frequent first):")
        for (heading, key), count in Counter((f.heading, f.key) for f in found if f.known).most_common(top):
            print(f"  {count:5}  {key:26} {heading}")
    print(f"\nunknown headings, most frequent first (top {top}):")
    unknown = Counter(f.heading for f in found if not f.known)
    sources = defaultdict(set)
    for f in found:
        if not f.known:
            sources[f.heading].add(f.source)
    for heading, count in unknown.most_common(top):
        print(f"  {count:5}  [{len(sources[heading])} source(s)]  {heading}")
    print("\nleave-one-source-out: share of a source's known headings on the right key")
    print(f"  {'source':48} {'headings':>8} {'own aliases':>11} {'without own':>11} {'words only':>10}")
    for share in report.shares:
        print(
            f"  {share.source:48} {share.headings:8} {share.own_aliases:11} {share.share:11.3f} {share.words_only:10.3f}"
        )
    print(f"overall leave-one-source-out share {report.overall_share:.3f} (per heading)")
    print(f"mean leave-one-source-out share {report.mean_share:.3f} (per source)")
    if show_misses:
        print("\nleave-one-source-out misses (heading, full vocabulary's key, key without the source's aliases):")
        for share in report.shares:
            for (heading, key, left_out), count in Counter(share.misses).most_common(top):
                print(f"  {count:4}  {share.source:36} {heading!r:60} {key} -> {left_out}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=None, help="at most this many documents per source")
    parser.add_argument("--top", type=int, default=40, help="how many unknown headings to list")
    parser.add_argument("--show-known", action="store_true", help="also list the classified headings")
    parser.add_argument("--show-misses", action="store_true", help="also list the leave-one-source-out misses")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir() and not CALIBRATION.is_dir():
        print(f"no corpus at {CORPUS} and no calibration set at {CALIBRATION}", file=sys.stderr)
        return 1
    print_report(measure(args.limit), args.top, args.show_known, args.show_misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
