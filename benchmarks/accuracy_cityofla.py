"""Per-column accuracy of the City of Los Angeles layout (``--csv-layout cityofla``) against hand labels.

The labels (``tests/accuracy/cityofla/*.csv``, one per bulletin, the data dictionary's 25 columns) were
written by reading each bulletin; their README gives the conventions. This script runs a tool on the
labelled bulletins, aligns its rows with the labels by (FILE_NAME, REQUIREMENT_SET_ID,
REQUIREMENT_SUBSET_ID) and prints, per column, cells right / cells labelled. A labelled row the tool
did not write, or a row it wrote that no label has, counts every scored cell of it wrong.

    python benchmarks/accuracy_cityofla.py [--details] [--labels tests/accuracy/cityofla/X.csv ...]
    python benchmarks/accuracy_cityofla.py --tool pycola --python ~/.venvs/pycola/bin/python

``--python`` is the interpreter whose tool is run (default: this one for specparse). pycola is never a
dependency of specparse: it is run in its own environment, and its output mapped to the dictionary's
spelling (``PYCOLA_SEPARATORS``) before the same scoring.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "accuracy" / "cityofla"
BULLETINS = ROOT.parent / "shared" / "corpus" / "specs" / "la_kaggle" / "job_bulletins_txt"
KEY = ("FILE_NAME", "REQUIREMENT_SET_ID", "REQUIREMENT_SUBSET_ID")
UNJUDGED = "*"  # a label cell the dictionary leaves open to several defensible answers
PRESENT = "<present>"  # JOB_DUTIES is judged only for presence: its text is the bulletin's own
# Leading words a reader may or may not include when starting a free-text value.
_LEAD = {"in", "the", "a", "an", "as", "of", "with", "following", "and", "or", "experience", "performing"}
# pycola joins several values with its own separators; the dictionary uses "|".
PYCOLA_SEPARATORS = {
    "EXP_JOB_CLASS_TITLE": "; ",
    "ADDTL_LIC": ", ",
    "DRIV_LIC_TYPE": " OR ",
    "COURSE_LENGTH": ",",
    "SCHOOL_TYPE": "|",
}

Row = dict[str, str]
Key = tuple[str, str, str]


def _words(value: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", value.lower())


def _items(value: str) -> set[str]:
    return {" ".join(_words(v.replace("-", " ").replace("_", " "))) for v in value.split("|") if v.strip()}


def _number(value: str) -> float | None:
    try:
        return round(float(value), 2)
    except ValueError:
        return None


def _salary(value: str) -> tuple[int, ...]:
    # "$68,611-$100,307", "68611-100307" and "$86,312 (flat-rated)" name the same figures.
    return tuple(int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", value)[:2])


def _units(value: str) -> set[tuple[float, str]]:
    # "36Q|24S", "24S, 36Q" and "24.0S,36.0Q" name the same unit counts.
    return {(float(n), kind) for n, kind in re.findall(r"(\d+(?:\.\d+)?)\s*([QS])", value.upper())}


def _date(value: str) -> date | None:
    for form in ("%m/%d/%y", "%m-%d-%y", "%m/%d/%Y", "%m-%d-%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(value.strip(), form).date()
        except ValueError:
            continue
    return None


def _loose(label: str, got: str) -> bool:
    """Free text: the label's first four words (after leading fillers) occur in order in the tool's
    value, and the value is not much longer than the label (a whole paragraph is not an answer)."""
    want, have = _words(label), _words(got)
    while want and want[0] in _LEAD:
        want = want[1:]
    head = want[:4]
    if not head:
        return not have
    found = any(have[i : i + len(head)] == head for i in range(len(have) - len(head) + 1))
    return found and len(have) <= max(3 * len(want), len(want) + 20)


def _loose_items(label: str, got: str) -> bool:
    want = [" ".join(_words(v)) for v in label.split("|") if v.strip()]
    have = [" ".join(_words(v)) for v in got.split("|") if v.strip()]
    return len(want) == len(have) and all(any(w in h for h in have) for w in want)


Compare = Callable[[str, str], bool]
COMPARE: dict[str, Compare] = {
    "JOB_CLASS_TITLE": lambda e, g: _words(e) == _words(g),
    "JOB_CLASS_NO": lambda e, g: e.strip() == g.strip(),
    "JOB_DUTIES": lambda e, g: (e == PRESENT) == bool(g.strip()),
    "EDUCATION_YEARS": lambda e, g: _number(e) == _number(g),
    "SCHOOL_TYPE": lambda e, g: _items(e) == _items(g),
    "EDUCATION_MAJOR": lambda e, g: _items(e) == _items(g),
    "EXPERIENCE_LENGTH": lambda e, g: _number(e) == _number(g),
    "FULL_TIME_PART_TIME": lambda e, g: _items(e) == _items(g),
    "EXP_JOB_CLASS_TITLE": lambda e, g: _items(e) == _items(g),
    "EXP_JOB_CLASS_ALT_RESP": _loose,
    "EXP_JOB_CLASS_FUNCTION": _loose,
    "COURSE_COUNT": lambda e, g: _number(e) == _number(g),
    "COURSE_LENGTH": lambda e, g: _units(e) == _units(g) and bool(e.strip()) == bool(g.strip()),
    "COURSE_SUBJECT": lambda e, g: _items(e) == _items(g),
    "MISC_COURSE_DETAILS": _loose,
    "DRIVERS_LICENSE_REQ": lambda e, g: e.strip().upper() == g.strip().upper(),
    "DRIV_LIC_TYPE": lambda e, g: _items(e) == _items(g),
    "ADDTL_LIC": _loose_items,
    "EXAM_TYPE": lambda e, g: e.strip().upper() == g.strip().upper(),
    "ENTRY_SALARY_GEN": lambda e, g: _salary(e) == _salary(g),
    "ENTRY_SALARY_DWP": lambda e, g: _salary(e) == _salary(g),
    "OPEN_DATE": lambda e, g: _date(e) == _date(g) if e.strip() else not g.strip(),
}
SCORED = tuple(COMPARE)


@dataclass(slots=True)
class Tally:
    right: int = 0
    total: int = 0
    filled_right: int = 0  # among label cells with a value: how often the tool gave that value
    filled: int = 0

    def add(self, ok: bool, *, filled: bool) -> None:
        self.right += ok
        self.total += 1
        if filled:
            self.filled_right += ok
            self.filled += 1


@dataclass(slots=True)
class Score:
    columns: dict[str, Tally] = field(default_factory=lambda: {c: Tally() for c in SCORED})
    labelled_rows: int = 0
    matched_rows: int = 0
    missing: list[Key] = field(default_factory=list)
    extra: list[Key] = field(default_factory=list)
    files_rows_exact: int = 0
    files: int = 0
    misses: list[str] = field(default_factory=list)


def label_files() -> list[Path]:
    return sorted(LABELS.glob("*.csv"))


def read_rows(text: str) -> list[Row]:
    return [{k: (v or "") for k, v in row.items() if k} for row in csv.DictReader(io.StringIO(text))]


def key(row: Row) -> Key:
    return (
        Path(row["FILE_NAME"]).name,
        row["REQUIREMENT_SET_ID"].strip(),
        row["REQUIREMENT_SUBSET_ID"].strip().upper(),
    )


def load_labels(paths: Iterable[Path] | None = None) -> dict[Key, Row]:
    rows: dict[Key, Row] = {}
    for path in paths or label_files():
        for row in read_rows(path.read_text("utf-8")):
            rows[key(row)] = row
    return rows


def run_specparse_to(inputs: list[Path], python: str, out: Path) -> None:
    """specparse's CLI with one worker: the cityofla CSV of files and folders."""
    command = [python, "-c", "from specparse.cli import main; main()", "convert", *map(str, inputs)]
    command += ["--format", "csv", "--csv-layout", "cityofla", "-j", "1", "-q", "-o", str(out)]
    subprocess.run(command, check=True, capture_output=True, timeout=3600)


def run_specparse(files: list[Path], python: str = sys.executable) -> list[Row]:
    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "la.csv"
        run_specparse_to(files, python, out)
        return read_rows(out.read_text("utf-8"))


PYCOLA_SCRIPT = (
    "import sys\n"
    "from pycola.bulletin_parser import Extractor\n"
    "Extractor({'input_path': sys.argv[1], 'output_filename': sys.argv[2]}).extraction()\n"
)


def run_pycola_folder(folder: Path, python: str, out: Path) -> None:
    """pycola's own folder run: every file of the folder into one CSV (its Extractor class)."""
    command = [python, "-c", PYCOLA_SCRIPT, f"{folder}/", str(out)]
    subprocess.run(command, check=True, capture_output=True, timeout=3600)


def run_pycola(files: list[Path], python: str) -> list[Row]:
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "in"
        folder.mkdir()
        for path in files:  # pycola reads a whole folder: link in only the labelled bulletins
            (folder / path.name).symlink_to(path.resolve())
        out = Path(work) / "pycola.csv"
        run_pycola_folder(folder, python, out)
        return [pycola_to_dictionary(row) for row in read_rows(out.read_text("utf-8"))]


def pycola_to_dictionary(row: Row) -> Row:
    """pycola writes "-" for an empty cell, "a"/"" for subsets (no letter: the set itself) and joins
    several values with its own separators; spell them as the dictionary does."""
    mapped = {k: ("" if v.strip() == "-" else v.strip()) for k, v in row.items()}
    mapped["REQUIREMENT_SET_ID"] = mapped.get("REQUIREMENT_SET_ID", "").rstrip(".") or "1"
    mapped["REQUIREMENT_SUBSET_ID"] = (mapped.get("REQUIREMENT_SUBSET_ID", "") or "A").upper()
    for column, separator in PYCOLA_SEPARATORS.items():
        mapped[column] = "|".join(p.strip() for p in mapped.get(column, "").split(separator) if p.strip())
    return mapped


def score(labels: dict[Key, Row], got_rows: list[Row]) -> Score:
    result = Score()
    labelled_files = {k[0] for k in labels}
    got: dict[Key, Row] = {}
    for produced in got_rows:
        if key(produced)[0] in labelled_files:
            got.setdefault(key(produced), produced)
    result.labelled_rows = len(labels)
    for k, label in labels.items():
        row = got.get(k)
        if row is None:
            result.missing.append(k)
        else:
            result.matched_rows += 1
        for column in SCORED:
            expected = label.get(column, "")
            if expected.strip() == UNJUDGED:
                continue
            value = row.get(column, "") if row is not None else None
            ok = value is not None and COMPARE[column](expected, value)
            result.columns[column].add(ok, filled=bool(expected.strip()))
            if not ok:
                shown = "(no row)" if value is None else repr(value[:90])
                result.misses.append(f"{k[0]} {k[1]}/{k[2]} {column}: expected {expected[:90]!r} got {shown}")
    for k in got.keys() - labels.keys():
        result.extra.append(k)
        result.misses.append(f"{k[0]} {k[1]}/{k[2]}: extra row")
        for column in SCORED:
            result.columns[column].add(False, filled=False)
    files = {k[0] for k in labels}
    result.files = len(files)
    for name in files:
        want = {k for k in labels if k[0] == name}
        have = {k for k in got if k[0] == name}
        result.files_rows_exact += want == have
    return result


def table(scores: dict[str, Score]) -> str:
    names = list(scores)
    lines = ["| column | " + " | ".join(f"{n} (all cells) | {n} (labelled values)" for n in names) + " |"]
    lines.append("|---|" + "---|---|" * len(names))
    for column in SCORED:
        cells = []
        for name in names:
            t = scores[name].columns[column]
            cells.append(f"{t.right / t.total:.3f} ({t.right}/{t.total})" if t.total else "-")
            cells.append(f"{t.filled_right / t.filled:.3f} ({t.filled_right}/{t.filled})" if t.filled else "-")
        lines.append(f"| {column} | " + " | ".join(cells) + " |")
    for name in names:
        s = scores[name]
        lines.append(
            f"\n{name}: rows labelled {s.labelled_rows}, matched {s.matched_rows}, missing {len(s.missing)}, "
            f"extra {len(s.extra)}; bulletins with exactly the labelled rows {s.files_rows_exact}/{s.files}"
        )
    return "\n".join(lines)


def run_tool(tool: str, files: list[Path], python: str | None) -> list[Row]:
    if tool == "pycola":
        if not python:
            raise SystemExit("--tool pycola needs --python: the interpreter of pycola's own environment")
        return run_pycola(files, python)
    return run_specparse(files, python or sys.executable)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tool", choices=("specparse", "pycola"), default="specparse")
    parser.add_argument("--python", help="interpreter whose tool is run (pycola: its own venv's python)")
    parser.add_argument("--details", action="store_true", help="list every miss")
    parser.add_argument("--labels", nargs="+", type=Path, help="score only these label CSVs (e.g. one batch)")
    args = parser.parse_args(argv)
    if not BULLETINS.is_dir():
        print(f"the bulletins are not at {BULLETINS}", file=sys.stderr)
        return 2
    labels = load_labels(args.labels)
    files = [BULLETINS / name for name in sorted({k[0] for k in labels})]
    result = score(labels, run_tool(args.tool, files, args.python))
    print(table({args.tool: result}))
    if args.details:
        print("\n".join(result.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
