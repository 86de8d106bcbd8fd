"""Property tests: no input escapes as a raw exception, and no line of text is lost or counted twice.

* Random bytes, forced through every reader, and mutated real samples end in a JobSpec or a
  ``SpecparseError`` (whose status a batch report records) — never another exception.
* Nothing lost: every body line that the cleaner did not recognise as boilerplate lands in exactly
  one place of the split (front matter, one section — as its heading or in its lines — or back
  matter), and its words appear in that place of the published record; page header/footer lines
  appear in ``headers_footers``. Checked over the samples and the corpus specs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import CORPUS, SAMPLES
from hostile_files import outcome
from specparse.errors import SpecparseError, UnsupportedFormatError
from specparse.source import FORMATS

FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)

SAMPLE_FILES = sorted(
    p for p in SAMPLES.glob("alameda-lead-customer-service-representative.*") if not p.name.endswith(".json")
)


def never_raw(data: bytes, name: str, **options: str) -> str:
    """Parse and return the status; any exception that is not a SpecparseError fails the test."""
    status, message, _ = outcome(data, name, **options)
    assert status != "crashed", f"{name}: a raw exception escaped: {message}"
    return status


# --- no raw exceptions ---------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@FAST
@given(data=st.binary(max_size=4096))
def test_random_bytes_through_every_reader(fmt: str, data: bytes) -> None:
    never_raw(data, f"random.{fmt}", format=fmt)


MAGIC = [
    b"%PDF-1.4\n",
    b"PK\x03\x04",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"{\\rtf1 ",
    b"<html><body>",
    b"\xef\xbb\xbf",
]


@FAST
@given(magic=st.sampled_from(MAGIC), tail=st.binary(max_size=4096))
def test_random_bytes_behind_a_magic_number(magic: bytes, tail: bytes) -> None:
    never_raw(magic + tail, "magic.bin")


@pytest.mark.parametrize(
    "sample", SAMPLE_FILES, ids=lambda p: p.suffix.lstrip(".") + ("-lo" if "libre" in p.name else "")
)
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(
    edits=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), max_size=12),
    cut=st.floats(0.05, 1),
)
def test_mutated_samples(sample: Path, edits: list[tuple[float, int]], cut: float) -> None:
    data = bytearray(sample.read_bytes())
    for where, byte in edits:
        data[int(where * len(data))] = byte
    never_raw(bytes(data[: max(1, int(cut * len(data)))]), sample.name)


@FAST
@given(
    text=st.text(st.characters(blacklist_categories=["Cs"]), max_size=2000),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"]),
)
def test_odd_encodings_of_random_text(text: str, encoding: str) -> None:
    status = never_raw(text.encode(encoding, "replace"), "random.txt")
    assert status in {"ok", "empty", "unsupported"}


# --- nothing lost --------------------------------------------------------------------------------


def _squash(text: str) -> str:
    """Compare words, not layout: paragraphs() rejoins wrapped lines, mends hyphenation, and a
    "Label: rest" heading line is published as heading "Label" and text "rest"."""
    return re.sub(r"[\W_]+", "", text).lower()


@dataclass
class Accounting:
    name: str
    lost: list[str]
    duplicated: list[str]
    missing_in_record: list[str]

    def report(self) -> str:
        parts = []
        for label, items in (
            ("lost", self.lost),
            ("duplicated", self.duplicated),
            ("not in record", self.missing_in_record),
        ):
            if items:
                parts.append(f"{label} ({len(items)}): " + " | ".join(items[:5]))
        return f"{self.name}: " + "; ".join(parts)


def account(data: bytes, name: str) -> Accounting | None:
    """Run the pipeline stage by stage and account for every kept line; None when the file does not parse."""
    from specparse.build import build_record
    from specparse.clean import clean
    from specparse.extract import extract
    from specparse.lines import number_lines
    from specparse.sections import split_sections
    from specparse.source import make_source
    from specparse.vocab import load_vocabulary

    vocab = load_vocabulary(None)
    try:
        source = make_source(data, name)
        extraction = extract(source)
    except SpecparseError:
        return None
    lines = number_lines(extraction.lines)
    cleaned = clean(lines, vocab)
    if not any(line.text for line in cleaned.body):
        return None
    split = split_sections(cleaned.body, vocab)
    record = build_record(source, extraction, split, cleaned.furniture, cleaned.body, vocab)

    # Where each line number went in the split: (place, text) pairs.
    places: dict[int, list[tuple[str, str]]] = {}
    for line in split.preamble:
        places.setdefault(line.number, []).append(("front_matter", line.text))
    for index, section in enumerate(split.sections):
        for line in section.lines:
            places.setdefault(line.number, []).append((f"section{index}", line.text))
    for line in split.trailer:
        places.setdefault(line.number, []).append(("back_matter", line.text))

    containers = {"front_matter": record.front_matter.text if record.front_matter else ""}
    containers["back_matter"] = record.back_matter.text if record.back_matter else ""
    published = {(section.start_line, section.key): section for section in record.sections}
    for index, raw in enumerate(split.sections):
        section = published.get((raw.start_line, raw.key))  # matched by span, not by position
        containers[f"section{index}"] = f"{section.heading or ''}\n{section.text}" if section else ""
    squashed = {key: _squash(text) for key, text in containers.items()}

    result = Accounting(name, [], [], [])
    for line in cleaned.body:
        if not line.text.strip():
            continue
        # Compared squashed: a banner heading moved to the front matter loses its "=== ... ===".
        found = [place for place, text in places.get(line.number, []) if _squash(text) == _squash(line.text)]
        if len(found) > 1:
            result.duplicated.append(f"{line.number}:{line.text[:60]!r} in {found}")
            continue
        if not found:
            heading_of = _heading_section(split, line.number, line.text)
            if heading_of is None:
                result.lost.append(f"{line.number}:{line.text[:60]!r}")
                continue
            found = [heading_of]
        if _squash(line.text) not in squashed[found[0]]:
            result.missing_in_record.append(f"{line.number}:{line.text[:60]!r} (in {found[0]})")
    published_furniture = _squash(" ".join(record.headers_footers))
    for line in cleaned.furniture:
        if _squash(line.text) not in published_furniture:
            result.missing_in_record.append(f"{line.region}:{line.text[:60]!r}")
    return result


def _heading_section(split: object, number: int, text: str) -> str | None:
    """The section whose heading this line is: its first line ("Education:" + rest), else the second
    line of a heading split over two ("MINIMUM" / "QUALIFICATIONS")."""
    sections = split.sections  # type: ignore[attr-defined]
    line = _squash(text)
    for offset in (0, 1):
        for index, section in enumerate(sections):
            if section.start_line != number - offset or not section.heading:
                continue
            heading = _squash(section.heading)
            rest = "".join(_squash(item.text) for item in section.lines if item.number == number)
            if (
                line == heading + rest
                or (offset == 0 and line.startswith(heading))
                or (offset and heading.endswith(line))
            ):
                return f"section{index}"
    return None


def assert_nothing_lost(path: Path) -> None:
    try:
        accounting = account(path.read_bytes(), path.name)
    except UnsupportedFormatError as exc:  # a reader not merged yet
        pytest.skip(str(exc))
    if accounting is not None:
        assert_accounted(accounting)


def assert_accounted(accounting: Accounting) -> None:
    assert not accounting.lost, accounting.report()
    assert not accounting.duplicated, accounting.report()
    assert not accounting.missing_in_record, accounting.report()


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.name.split(".", 1)[1])
def test_nothing_lost_in_samples(sample: Path) -> None:
    assert_nothing_lost(sample)


def corpus_specs() -> list[Path]:
    specs = CORPUS / "specs"
    if not specs.is_dir():
        return []
    chosen: list[Path] = []
    for folder in sorted(p for p in specs.rglob("*") if p.is_dir()):
        files = sorted(
            p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in {".txt", ".md", ".html", ".pdf"}
        )
        chosen += files[:: max(1, len(files) // 12)]  # an even spread, at most ~12 per folder
    return chosen


@pytest.mark.corpus
@pytest.mark.parametrize("path", corpus_specs() or [None], ids=lambda p: p.name if p else "absent")
def test_nothing_lost_in_corpus_specs(path: Path | None) -> None:
    if path is None:
        pytest.skip(f"the shared corpus is not present at {CORPUS}")
    assert_nothing_lost(path)


@FAST
@given(
    lines=st.lists(
        st.one_of(
            st.sampled_from(["DEFINITION", "EXAMPLE OF DUTIES", "MINIMUM QUALIFICATIONS", "Education:", "", "Page 2"]),
            st.text(st.characters(whitelist_categories=["Lu", "Ll", "Nd", "Zs", "Po"]), min_size=1, max_size=80),
        ),
        max_size=40,
    )
)
def test_nothing_lost_in_random_documents(lines: list[str]) -> None:
    accounting = account("\n".join(lines).encode(), "random.txt")
    if accounting is not None:
        assert_accounted(accounting)


def test_the_accounting_sees_a_lost_and_a_duplicated_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """The property can fail: a splitter that drops one line, or files one twice, is caught."""
    import specparse.sections as sections_module

    real = sections_module.split_sections
    text = b"DEFINITION\nCleans things.\nKeeps supplies.\n\nEXAMPLE OF DUTIES\nSweeps floors.\n"

    def dropping(lines: list[Any], vocab: Any) -> Any:
        split = real(lines, vocab)
        split.sections[0].lines.pop(0)
        return split

    monkeypatch.setattr(sections_module, "split_sections", dropping)
    accounting = account(text, "drop.txt")
    assert accounting is not None
    assert [entry.split(":", 1)[1] for entry in accounting.lost] == ["'Cleans things.'"]

    def doubling(lines: list[Any], vocab: Any) -> Any:
        split = real(lines, vocab)
        split.preamble.append(split.sections[1].lines[0])
        return split

    monkeypatch.setattr(sections_module, "split_sections", doubling)
    accounting = account(text, "double.txt")
    assert accounting is not None
    assert len(accounting.duplicated) == 1
