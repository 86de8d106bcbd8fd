"""Score ``--csv-layout cityofla`` against the City of Los Angeles' own template rows, cell by cell.

The City published, beside its data dictionary, a template with the rows it expects for the Systems
Analyst 1596 bulletin (``specs/la_kaggle/_meta/sample_job_class_export_template.csv`` in the shared
corpus). This scores specparse's rows for that bulletin, from the .txt and from the City's PDF of it.

Rows are matched by (REQUIREMENT_SET_ID, REQUIREMENT_SUBSET_ID). A row's score is the share of its
fact cells that agree: the 15 requirement columns (EDUCATION_YEARS … ADDTL_LIC); ``--all`` adds the
bulletin-level columns (title, duties, exam type, salaries, open date). FILE_NAME is not a fact.

Cells are compared without case or spacing; the template's own spellings that differ from the data
dictionary it goes with are read as the dictionary's, because specparse writes the dictionary's form:
salaries without ``$`` ("68611-100307" = "$68611-$100307"), "FULL-TIME" (= FULL_TIME), course units
"3M, 4Q" (M is a typo for semester; = "4Q|3S") and driver's licence "M" ("may require" = P).

Run: ``python benchmarks/cityofla_template.py [--all] [--details]``.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

from specparse.cityofla import CITYOFLA_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
LA = ROOT.parent / "shared" / "corpus" / "specs" / "la_kaggle"
TEMPLATE = LA / "_meta" / "sample_job_class_export_template.csv"
SOURCES = {
    "txt": LA / "job_bulletins_txt" / "SYSTEMS_ANALYST_1596_102717.txt",
    "pdf": LA / "_meta" / "systems_analyst.pdf",
}
# The requirement columns of the data dictionary: EDUCATION_YEARS through ADDTL_LIC, in its order.
REQUIREMENT_COLUMNS = CITYOFLA_COLUMNS[
    CITYOFLA_COLUMNS.index("EDUCATION_YEARS") : CITYOFLA_COLUMNS.index("ADDTL_LIC") + 1
]
BULLETIN_COLUMNS = (
    "JOB_CLASS_TITLE",
    "JOB_CLASS_NO",
    "JOB_DUTIES",
    "EXAM_TYPE",
    "ENTRY_SALARY_GEN",
    "ENTRY_SALARY_DWP",
    "OPEN_DATE",
)
Key = tuple[str, str]


def normal(column: str, value: str) -> str:
    """A cell as compared: the dictionary's form, without case or spacing differences."""
    value = re.sub(r"\s+", " ", value).strip().upper()
    if column.startswith("ENTRY_SALARY"):
        value = value.replace("$", "").replace(",", "")
    elif column == "FULL_TIME_PART_TIME":
        value = value.replace("-", "_")
    elif column == "COURSE_LENGTH":
        units = {u.strip().replace("M", "S") for u in re.split(r"[|,]", value) if u.strip()}
        value = "|".join(sorted(units))
    elif column == "DRIVERS_LICENSE_REQ" and value == "M":
        value = "P"
    return value


def read_rows(lines: list[str]) -> dict[Key, dict[str, str]]:
    return {(r["REQUIREMENT_SET_ID"], r["REQUIREMENT_SUBSET_ID"]): r for r in csv.DictReader(lines)}


def template_rows() -> dict[Key, dict[str, str]]:
    return read_rows(TEMPLATE.read_text(encoding="utf-8").splitlines(keepends=True))


def specparse_rows(path: Path) -> dict[Key, dict[str, str]]:
    import io

    import specparse
    from specparse.tabular import CITYOFLA_COLUMNS, csv_rows

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CITYOFLA_COLUMNS)
    writer.writerows(csv_rows(specparse.parse(path), "cityofla"))
    return read_rows(out.getvalue().splitlines(keepends=True))


def score(
    expected: dict[Key, dict[str, str]], got: dict[Key, dict[str, str]], columns: tuple[str, ...]
) -> tuple[dict[Key, float], list[str]]:
    """Each template row's share of agreeing cells (0 for a missing row), and the misses."""
    scores: dict[Key, float] = {}
    misses: list[str] = []
    for key, want in expected.items():
        have = got.get(key)
        if have is None:
            scores[key] = 0.0
            misses.append(f"{key}: row missing")
            continue
        agree = 0
        for column in columns:
            if normal(column, want[column]) == normal(column, have[column]):
                agree += 1
            else:
                misses.append(f"{key} {column}: want {want[column]!r} got {have[column]!r}")
        scores[key] = agree / len(columns)
    return scores, misses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="also score the bulletin-level columns")
    parser.add_argument("--details", action="store_true", help="list every cell that differs")
    args = parser.parse_args()
    if not TEMPLATE.is_file():
        print(f"the shared corpus is not present at {LA}", file=sys.stderr)
        return 2
    columns = REQUIREMENT_COLUMNS + (BULLETIN_COLUMNS if args.all else ())
    expected = template_rows()
    for name, path in SOURCES.items():
        got = specparse_rows(path)
        scores, misses = score(expected, got, columns)
        rows = " ".join(f"{s}/{u}={v:.2f}" for (s, u), v in scores.items())
        same = "same rows" if list(got) == list(expected) else f"rows {list(got)}"
        print(f"{name}: mean {sum(scores.values()) / len(scores):.3f} of {len(columns)} columns; {rows}; {same}")
        if args.details:
            for miss in misses:
                print(f"  {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
