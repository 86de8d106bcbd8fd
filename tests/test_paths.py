"""Promotion paths: edges from the classes a requirement names to the bulletin's class."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from click.testing import CliRunner

import specparse
from specparse.cli import main
from specparse.fields.experience import class_names
from specparse.paths import EDGE_COLUMNS, Edge, edges, top_targets, write_dot

BULLETIN = """{title}

Class Code: {code}
Open Date: 01-15-19

ANNUAL SALARY

$50,000 to $70,000

DUTIES

Supervises the work.

REQUIREMENTS/MINIMUM QUALIFICATIONS

1. Two years of full-time paid experience as a {source} with the City of Los Angeles; or
2. One year of part-time paid experience at the level of Project Manager I, II, or III which provides experience in:
a. scheduling; or
b. budgeting.
"""


def _write(path: Path, title: str, code: str, source: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(BULLETIN.format(title=title, code=code, source=source), encoding="utf-8")
    return path


def test_one_edge_per_requirement_and_class(tmp_path: Path) -> None:
    spec = specparse.parse(_write(tmp_path / "a.txt", "LAB SUPERVISOR", "1234", "Lab Technician"))
    assert edges(spec) == [
        Edge("LAB TECHNICIAN", "LAB SUPERVISOR", "1234", 2.0, True, "1", ""),
        Edge("PROJECT MANAGER I", "LAB SUPERVISOR", "1234", 1.0, False, "2", ""),
        Edge("PROJECT MANAGER II", "LAB SUPERVISOR", "1234", 1.0, False, "2", ""),
        Edge("PROJECT MANAGER III", "LAB SUPERVISOR", "1234", 1.0, False, "2", ""),
    ]


def test_class_names_drop_what_names_no_class() -> None:
    assert class_names("Executive, Senior, Coordinating or Web Content Producer") == ["Web Content Producer"]
    assert class_names("City of Los Angeles Assistant Inspector IV") == ["Assistant Inspector IV"]


def test_cli_csv_and_dot_over_a_folder_with_a_bad_file(tmp_path: Path) -> None:
    _write(tmp_path / "in" / "a.txt", "LAB SUPERVISOR", "1234", "Lab Technician")
    _write(tmp_path / "in" / "b.txt", "LAB MANAGER", "1235", "Lab Supervisor")
    (tmp_path / "in" / "c.pdf").write_bytes(b"%PDF-1.4 broken")
    runner = CliRunner()
    result = runner.invoke(main, ["paths", str(tmp_path / "in"), "-j", "1", "-q"])
    assert result.exit_code == 1  # the bad file fails, the rest go on
    assert result.stderr.count("specparse: error:") == 1
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == EDGE_COLUMNS
    assert ("LAB SUPERVISOR", "LAB MANAGER") in {(r["from_class"], r["to_class"]) for r in rows}
    assert rows[0]["full_time"] == "true"
    dot = runner.invoke(main, ["paths", str(tmp_path / "in" / "a.txt"), "--format", "dot", "-q", "-j", "1"])
    assert dot.stdout.startswith("digraph promotions {")
    assert '"LAB TECHNICIAN" -> "LAB SUPERVISOR" [label="2y"];' in dot.stdout


def test_top_targets_count_distinct_sources() -> None:
    found = [
        Edge("A", "X", "1", 1.0, True, "1", ""),
        Edge("A", "X", "1", 2.0, True, "2", ""),
        Edge("B", "X", "1", 1.0, True, "3", ""),
        Edge("A", "Y", "2", 1.0, True, "1", ""),
    ]
    assert top_targets(found, 2) == [("X", 2), ("Y", 1)]
    out = io.StringIO()
    assert write_dot(found, out) == 4
