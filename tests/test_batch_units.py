"""The pieces of a batch without workers: discovery and naming, reordering, tallies, CSV layouts."""

from __future__ import annotations

import csv
import os
from pathlib import Path, PurePosixPath

import pytest

import specparse
from batch_fixtures import spec_text, write_spec
from specparse.batch.discovery import DiscoveryError, discover, output_path
from specparse.batch.progress import Tally
from specparse.batch.sinks import Reorder
from specparse.tabular import CITYOFLA_COLUMNS, FLAT_COLUMNS, _subset_id, csv_rows


def relatives(items: list[object]) -> list[str]:
    return [item.relative.as_posix() for item in items]  # type: ignore[attr-defined]


def test_walk_is_sorted_recursive_skips_hidden_and_keeps_every_other_file(tmp_path: Path) -> None:
    for name in ["b.txt", "a/z.pdf", "a/b/c.docx", ".hidden/x.txt", "a/.x.txt", "notes.csv", "img.png"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    # Formats are told by content, so files of unknown extensions are taken too (and reported).
    assert relatives(discover([str(tmp_path)])) == ["a/b/c.docx", "a/z.pdf", "b.txt", "img.png", "notes.csv"]  # type: ignore[arg-type]
    assert relatives(discover([str(tmp_path)], include=["*.txt", "*.pdf"])) == ["a/z.pdf", "b.txt"]  # type: ignore[arg-type]


def test_several_roots_keep_their_own_folder_names(tmp_path: Path) -> None:
    write_spec(tmp_path / "one" / "x.txt")
    write_spec(tmp_path / "two" / "x.txt")
    found = discover([str(tmp_path / "two"), str(tmp_path / "one")])
    assert relatives(found) == ["two/x.txt", "one/x.txt"]  # type: ignore[arg-type]


def test_explicit_files_bypass_include_and_duplicates_collapse(tmp_path: Path) -> None:
    odd = tmp_path / "spec.weird"
    odd.write_text(spec_text())
    found = discover([str(odd), str(odd)], include=["*.txt"])
    assert relatives(found) == ["spec.weird"]  # type: ignore[arg-type]


def test_output_folder_inside_the_input_is_not_walked(tmp_path: Path) -> None:
    write_spec(tmp_path / "x.txt")
    write_spec(tmp_path / "out" / "old.txt")
    assert relatives(discover([str(tmp_path)], output_dir=str(tmp_path / "out"))) == ["x.txt"]  # type: ignore[arg-type]


def test_symlinked_folder_loops_are_not_followed(tmp_path: Path) -> None:
    write_spec(tmp_path / "d" / "x.txt")
    os.symlink(tmp_path / "d", tmp_path / "d" / "loop")
    assert relatives(discover([str(tmp_path / "d")])) == ["x.txt"]  # type: ignore[arg-type]


def test_missing_input_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DiscoveryError, match="no such file"):
        discover([str(tmp_path / "nope")])


@pytest.mark.parametrize(
    ("relative", "expected"),
    [
        ("a/b/x.doc", "a/b/x.doc.json"),
        ("x.pdf", "x.pdf.json"),
        ("../../etc/passwd", "etc/passwd.json"),  # cannot come from discovery; the guard holds anyway
        ("-rf", "-rf.json"),
    ],
)
def test_output_path_stays_inside(tmp_path: Path, relative: str, expected: str) -> None:
    target = output_path(tmp_path / "out", PurePosixPath(relative), ".json")
    assert target.relative_to(tmp_path / "out").as_posix() == expected


def test_reorder_releases_in_input_order() -> None:
    order = Reorder()
    assert list(order.push(2, "c")) == []
    assert list(order.push(0, "a")) == ["a"]
    assert list(order.push(1, "b")) == ["b", "c"]


def test_tally_summary_names_failure_kinds() -> None:
    tally = Tally(total=5)
    tally.counts.update(["ok", "ok", "skipped", "timeout", "corrupt"])
    line = tally.summary(2.0)
    assert line.startswith("specparse: 2 converted, 1 skipped, 2 failed (1 corrupt, 1 timeout) in 2.00 s")
    assert "interrupted after 5 of 5" in tally.summary(1.0, interrupted=True)


@pytest.mark.parametrize(("position", "letters"), [(0, "A"), (25, "Z"), (26, "AA"), (27, "BB")])
def test_subset_ids_follow_the_dictionary(position: int, letters: str) -> None:
    assert _subset_id(position) == letters


def test_cityofla_columns_are_the_data_dictionarys(corpus: Path) -> None:
    meta = corpus / "specs" / "la_kaggle" / "_meta"
    with (meta / "kaggle_data_dictionary.csv").open(encoding="utf-8") as stream:
        dictionary = [row["Field Name"] for row in csv.DictReader(stream)]
    with (meta / "sample_job_class_export_template.csv").open(encoding="utf-8") as stream:
        template = next(csv.reader(stream))
    assert list(CITYOFLA_COLUMNS) == dictionary == template


def test_cityofla_rows_of_a_real_bulletin(corpus: Path) -> None:
    bulletin = corpus / "specs" / "la_kaggle" / "job_bulletins_txt" / "SYSTEMS_ANALYST_1596_102717.txt"
    rows = [dict(zip(CITYOFLA_COLUMNS, row, strict=True)) for row in csv_rows(specparse.parse(bulletin), "cityofla")]
    # The bulletin: set 1 alone, set 2 with sub-requirements a-c, set 3 with a-b (as in the template).
    assert [(r["REQUIREMENT_SET_ID"], r["REQUIREMENT_SUBSET_ID"]) for r in rows][:4] == [
        ("1", "A"),
        ("2", "A"),
        ("2", "B"),
        ("2", "C"),
    ]
    assert {r["JOB_CLASS_NO"] for r in rows} == {"1596"}
    assert rows[0]["ENTRY_SALARY_GEN"] == "$68611-$100307"
    assert rows[0]["OPEN_DATE"] == "10/27/17"


def test_flat_row_matches_its_columns(tmp_path: Path) -> None:
    spec = specparse.parse(write_spec(tmp_path / "x.txt"))
    (row,) = csv_rows(spec, "flat")
    assert len(row) == len(FLAT_COLUMNS)
    cells = dict(zip(FLAT_COLUMNS, row, strict=True))
    assert cells["licenses"] == "|".join(lic.name for lic in spec.qualifications.licenses)
    assert cells["class_code"] == "4321"


def test_json_text_is_what_json_dumps_would_write(tmp_path: Path) -> None:
    import json

    from specparse.output import record_data, to_json

    spec = specparse.parse(spec_text('WIDGET \u00e9 \u2028 \U0001f600 "Q" INSPECTOR').encode(), name="x.txt")
    assert to_json(spec) == json.dumps(record_data(spec), indent=2, ensure_ascii=False) + "\n"


def test_outputs_get_the_umask_mode_not_mkstemps_0600(tmp_path: Path) -> None:
    from specparse.output import new_file_mode, write_atomic

    write_atomic(tmp_path / "x.json", "{}\n")
    assert (tmp_path / "x.json").stat().st_mode & 0o777 == new_file_mode()
    assert new_file_mode() & 0o044  # group/other can read under any ordinary umask
