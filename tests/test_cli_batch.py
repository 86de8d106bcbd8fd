"""The batch side of the CLI through click's CliRunner: every option, exit codes, order, resuming."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from batch_fixtures import make_tree, write_spec
from specparse.cli import main
from specparse.tabular import CITYOFLA_COLUMNS, FLAT_COLUMNS


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def jsonl(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_tree_output_mirrors_input_and_keeps_the_whole_name(tmp_path: Path) -> None:
    src = tmp_path / "in"
    make_tree(src, 4)
    # x.txt and x.md side by side must land in two outputs
    write_spec(src / "a" / "twin.txt")
    write_spec(src / "a" / "twin.md")
    result = run(src, "-o", tmp_path / "out", "-j", "2")
    assert result.exit_code == 0, result.output
    outputs = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.json"))
    assert outputs == [
        "a/deep/spec03.txt.json",
        "a/spec01.txt.json",
        "a/twin.md.json",
        "a/twin.txt.json",
        "b/deep/spec00.txt.json",
        "b/spec02.txt.json",
    ]
    record = json.loads((tmp_path / "out" / "a" / "deep" / "spec03.txt.json").read_text())
    assert record["class_code"] == "1003"
    assert "6 converted, 0 skipped, 0 failed" in result.stderr
    assert result.stdout == ""


def test_yaml_tree(tmp_path: Path) -> None:
    make_tree(tmp_path / "in", 2)
    result = run(tmp_path / "in", "-o", tmp_path / "out", "--format", "yaml")
    assert result.exit_code == 0
    assert sorted(p.name for p in (tmp_path / "out").rglob("*.yaml")) == ["spec00.txt.yaml", "spec01.txt.yaml"]


def test_jsonl_to_stdout_in_input_order_whatever_the_jobs(tmp_path: Path) -> None:
    files = make_tree(tmp_path / "in", 7)
    one = run(tmp_path / "in", "--format", "jsonl", "-j", "1")
    two = run(tmp_path / "in", "--format", "jsonl", "-j", "2")
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout
    csv_one = run(tmp_path / "in", "--format", "csv", "--csv-layout", "cityofla", "-j", "1")
    csv_two = run(tmp_path / "in", "--format", "csv", "--csv-layout", "cityofla", "-j", "2")
    assert csv_one.stdout == csv_two.stdout
    names = [record["source"]["name"] for record in jsonl(one.stdout)]  # type: ignore[index]
    expected = sorted(files, key=lambda p: p.relative_to(tmp_path / "in").parts)
    assert [Path(n).resolve() for n in names] == [p.resolve() for p in expected]


def test_jsonl_order_holds_when_an_early_file_is_slow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from batch_faults import HOOK

    monkeypatch.setenv("_SPECPARSE_BATCH_PARSE_HOOK", HOOK)
    write_spec(tmp_path / "in" / "a0_slow.txt", code="1000")  # the hook sleeps on names starting "slow"
    os.rename(tmp_path / "in" / "a0_slow.txt", tmp_path / "in" / "slow0.txt")
    for number in range(1, 5):
        write_spec(tmp_path / "in" / f"t{number}.txt", code=str(1000 + number))
    result = run(tmp_path / "in", "--format", "jsonl", "-j", "2")
    codes = [r["class_code"] for r in jsonl(result.stdout)]
    assert codes == ["1000", "1001", "1002", "1003", "1004"]


def test_jsonl_to_file_and_explicit_files(tmp_path: Path) -> None:
    first = write_spec(tmp_path / "x" / "one.txt", code="1111")
    second = write_spec(tmp_path / "y" / "one.txt", code="2222")
    result = run(second, first, "--format", "jsonl", "-o", tmp_path / "all.jsonl")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert [r["class_code"] for r in jsonl((tmp_path / "all.jsonl").read_text())] == ["2222", "1111"]
    assert not list(tmp_path.glob(".all.jsonl.*"))


@pytest.mark.parametrize(("name", "fmt"), [("all.jsonl", "jsonl"), ("ALL.NDJSON", "jsonl"), ("all.csv", "csv")])
def test_the_output_suffix_names_the_stream_format_when_none_is_given(tmp_path: Path, name: str, fmt: str) -> None:
    make_tree(tmp_path / "in", 3)
    out = tmp_path / name
    result = run(tmp_path / "in", "-o", out, "-j", "1")
    assert result.exit_code == 0, result.output
    assert out.is_file(), "one stream file, not a folder of that name"
    text = out.read_text()
    if fmt == "jsonl":
        assert len(jsonl(text)) == 3
    else:
        assert tuple(next(csv.reader(io.StringIO(text)))) == FLAT_COLUMNS


def test_an_explicit_format_wins_over_the_output_suffix(tmp_path: Path) -> None:
    make_tree(tmp_path / "in", 2)
    result = run(tmp_path / "in", "--format", "json", "-o", tmp_path / "odd.csv")
    assert result.exit_code == 0, result.output
    assert len(list((tmp_path / "odd.csv").rglob("*.json"))) == 2


def test_csv_flat_columns_and_one_row_per_spec(tmp_path: Path) -> None:
    make_tree(tmp_path / "in", 3)
    result = run(tmp_path / "in", "--format", "csv")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == FLAT_COLUMNS
    assert len(rows) == 4
    by_column = dict(zip(rows[0], rows[1], strict=True))
    assert by_column["class_code"] == "1001"  # a/spec01 sorts before b/...
    assert by_column["salary_min"] == "49903"
    assert by_column["date_open"] == "2018-06-22"


def test_csv_cityofla_layout(tmp_path: Path) -> None:
    write_spec(tmp_path / "WIDGET_INSPECTOR_4321_062218.txt")
    result = run(tmp_path / "WIDGET_INSPECTOR_4321_062218.txt", "--format", "csv", "--csv-layout", "cityofla")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == CITYOFLA_COLUMNS
    assert [(r["REQUIREMENT_SET_ID"], r["REQUIREMENT_SUBSET_ID"]) for r in rows] == [("1", "A"), ("2", "A"), ("2", "B")]
    assert {r["FILE_NAME"] for r in rows} == {"WIDGET_INSPECTOR_4321_062218.txt"}
    assert rows[0]["JOB_CLASS_NO"] == "4321"
    assert rows[0]["EDUCATION_YEARS"] == "4"
    assert rows[0]["SCHOOL_TYPE"] == "COLLEGE OR UNIVERSITY"
    assert rows[0]["EDUCATION_MAJOR"] == "ENGINEERING"
    assert rows[1]["EXPERIENCE_LENGTH"] == "2"
    # Sub-requirement a. is course work (since schema 1.1 courses are structured), b. more experience.
    assert (rows[1]["COURSE_COUNT"], rows[1]["COURSE_SUBJECT"]) == ("1", "QUALITY CONTROL")
    assert rows[1]["EXP_JOB_CLASS_TITLE"] == "WIDGET AIDE"
    assert rows[1]["FULL_TIME_PART_TIME"] == "FULL_TIME"
    assert rows[2]["EXP_JOB_CLASS_FUNCTION"] == "warehouse"
    assert rows[0]["DRIVERS_LICENSE_REQ"] == "R"
    assert rows[0]["ENTRY_SALARY_GEN"] == "$49903-$72996"
    assert rows[0]["OPEN_DATE"] == "06/22/18"


def test_include_and_exclude(tmp_path: Path) -> None:
    make_tree(tmp_path / "in", 4)
    write_spec(tmp_path / "in" / "notes.md")
    only_md = run(tmp_path / "in", "--format", "jsonl", "--include", "*.md")
    assert [Path(r["source"]["name"]).name for r in jsonl(only_md.stdout)] == ["notes.md"]  # type: ignore[index]
    no_b = run(tmp_path / "in", "--format", "jsonl", "--exclude", "b/*", "--exclude", "*.md")
    assert [Path(r["source"]["name"]).name for r in jsonl(no_b.stdout)] == ["spec03.txt", "spec01.txt"]  # type: ignore[index]


def test_second_run_skips_up_to_date_outputs_and_force_redoes_them(tmp_path: Path) -> None:
    make_tree(tmp_path / "in", 3)
    out = tmp_path / "out"
    assert run(tmp_path / "in", "-o", out).exit_code == 0
    again = run(tmp_path / "in", "-o", out, "--report", tmp_path / "r.jsonl")
    assert again.exit_code == 0
    assert "0 converted, 3 skipped, 0 failed" in again.stderr
    skipped = jsonl((tmp_path / "r.jsonl").read_text())
    assert {r["status"] for r in skipped} == {"skipped"}
    assert all(Path(str(r["output"])).is_file() for r in skipped)
    # touching an input makes only that one stale
    stale = tmp_path / "in" / "a" / "spec01.txt"
    os.utime(stale, (stale.stat().st_atime, stale.stat().st_mtime + 100))
    partial = run(tmp_path / "in", "-o", out)
    assert "1 converted, 2 skipped" in partial.stderr
    forced = run(tmp_path / "in", "-o", out, "--force")
    assert "3 converted, 0 skipped" in forced.stderr


def test_report_has_one_status_line_per_input_and_failures_exit_1(tmp_path: Path) -> None:
    src = tmp_path / "in"
    write_spec(src / "good.txt")
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)
    (src / "~$locked.docx").write_bytes(b"owner file")
    result = run(src, "-o", tmp_path / "out", "--report", tmp_path / "report.jsonl", "--include", "*")
    assert result.exit_code == 1
    lines = {Path(r["input"]).name: r for r in jsonl((tmp_path / "report.jsonl").read_text())}
    assert list(lines) == sorted(lines)  # input order
    assert lines["good.txt"]["status"] == "ok"
    assert lines["good.txt"]["output"].endswith("good.txt.json")
    assert lines["empty.txt"]["status"] == "empty"
    assert lines["empty.txt"]["output"] is None
    assert lines["binary.pdf"]["status"] in {"corrupt", "unsupported"}
    assert lines["~$locked.docx"]["status"] == "skipped"
    assert lines["binary.pdf"]["error"]
    assert "specparse: error:" in result.stderr
    assert "empty.txt: empty:" in result.stderr
    assert "1 converted, 1 skipped, 2 failed" in result.stderr


def test_quiet_silences_the_summary_but_not_errors(tmp_path: Path) -> None:
    write_spec(tmp_path / "in" / "ok.txt")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    result = run(tmp_path / "in", "-o", tmp_path / "out", "-q")
    assert result.exit_code == 1
    assert "converted" not in result.stderr
    assert "empty.txt" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{tmp}/in", "{tmp}/missing", "-o", "{tmp}/out"], "no such file or folder"),
        (["{tmp}/in"], "needs -o FOLDER"),
        (["{tmp}/in/a.txt", "-", "--format", "jsonl"], "standard input"),
        (["{tmp}/in", "--format", "csv", "--csv-layout", "nope"], "nope"),
        (["{tmp}/in", "-o", "{tmp}/out", "-j", "0"], "-j"),
        (["{tmp}/in", "--format", "jsonl", "-o", "{tmp}/in"], "is a folder"),
        (["{tmp}/in", "--format", "jsonl", "--report", "{tmp}/in/a.txt/r.jsonl"], "cannot write"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    write_spec(tmp_path / "in" / "a.txt")
    result = run(*[a.format(tmp=tmp_path) for a in args])
    assert result.exit_code == 2
    assert message in result.stderr


def test_unwritable_output_folder_fails_before_any_work(tmp_path: Path) -> None:
    write_spec(tmp_path / "in" / "a.txt")
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run(tmp_path / "in", "-o", blocker / "out")
    assert result.exit_code == 2
    assert "not writable" in result.stderr


def test_single_file_behaviour_is_unchanged(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "one.txt", code="7777")
    printed = run(spec)
    assert printed.exit_code == 0
    assert json.loads(printed.stdout)["class_code"] == "7777"
    assert printed.stdout.startswith("{\n")  # pretty JSON, not a JSONL line
    assert printed.stderr == ""
    written = run(spec, "-o", tmp_path / "one.json")
    assert json.loads((tmp_path / "one.json").read_text())["class_code"] == "7777"
    assert written.stdout == ""
    (tmp_path / "empty.txt").write_bytes(b"")
    failed = run(tmp_path / "empty.txt")
    assert failed.exit_code == 1
    assert failed.stderr.startswith(f"specparse: error: {tmp_path / 'empty.txt'}: ")


def test_output_ending_in_slash_makes_a_one_file_batch(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "one.txt")
    result = run(spec, "-o", f"{tmp_path / 'out'}/")
    assert result.exit_code == 0
    assert (tmp_path / "out" / "one.txt.json").is_file()


def test_awkward_names_stay_inside_the_output_folder(tmp_path: Path) -> None:
    src = tmp_path / "in"
    names = ["-rf.txt", 'it\'s "quoted".txt', "a..b.txt", "ünïcødé spec.txt", "space name.txt"]
    for name in names:
        write_spec(src / "sub dir" / name)
    out = tmp_path / "out"
    result = run(src, "-o", out)
    assert result.exit_code == 0, result.stderr
    written = sorted(p.name for p in out.rglob("*.json"))
    assert written == sorted(f"{n}.json" for n in names)
    assert all(p.resolve().is_relative_to(out.resolve()) for p in out.rglob("*"))
    assert not list(tmp_path.glob("*.json"))


def test_two_runs_writing_the_same_outputs_never_interleave(tmp_path: Path) -> None:
    import subprocess
    import sys

    make_tree(tmp_path / "in", 12)
    command = [sys.executable, "-c", "from specparse.cli import main; main()", str(tmp_path / "in")]
    runs = [
        subprocess.Popen([*command, "-o", str(tmp_path / "out"), "--force", "-q", "-j", "2"], stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    for process in runs:
        _out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
    outputs = list((tmp_path / "out").rglob("*"))
    assert not [p for p in outputs if p.name.endswith(".part")]
    records = [json.loads(p.read_text()) for p in outputs if p.suffix == ".json"]
    assert len(records) == 12


def test_inputs_are_never_modified(tmp_path: Path) -> None:
    files = make_tree(tmp_path / "in", 3)
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in files}
    run(tmp_path / "in", "-o", tmp_path / "out", "--report", tmp_path / "r.jsonl")
    run(tmp_path / "in", "--format", "csv", "-o", tmp_path / "x.csv")
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in files} == before


def test_a_stray_non_document_in_a_folder_is_reported_skipped(tmp_path: Path) -> None:
    import subprocess
    import sys

    folder = tmp_path / "specs"
    folder.mkdir()
    (folder / "spec.txt").write_text("CLERK\n\nDEFINITION\nUnder supervision, files records.\n")
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "noext").write_text("TYPIST\n\nDEFINITION\nTypes letters.\n")  # a spec saved without an extension
    report = tmp_path / "report.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "specparse", str(folder), "-o", str(tmp_path / "out"), "--report", str(report), "-q"],
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    rows = {Path(row["input"]).name: row for row in map(json.loads, report.read_text().splitlines())}
    assert rows["picture.png"]["status"] == "skipped"
    assert rows["picture.png"]["error"].startswith("not a document specparse reads")
    assert rows["spec.txt"]["status"] == "ok"
    assert rows["noext"]["status"] == "ok"
    assert (tmp_path / "out" / "noext.json").is_file()


def _batch_in_a_process(tmp_path: Path, env: dict[str, str]) -> dict[str, dict[str, object]]:
    """A real process: the workers' environment is the run's own, whatever ran before in this one."""
    import subprocess
    import sys

    make_tree(tmp_path / "in", 2)
    report = tmp_path / "report.jsonl"
    command = [sys.executable, "-m", "specparse", str(tmp_path / "in"), "--format", "jsonl", "-j", "1", "-q"]
    subprocess.run([*command, "--report", str(report)], env={**os.environ, **env}, capture_output=True, timeout=120)
    rows = [json.loads(line) for line in report.read_text().splitlines()]
    return {Path(str(row["input"])).name: row for row in rows}


def test_a_limit_set_in_the_environment_holds_for_every_file_of_a_batch(tmp_path: Path) -> None:
    rows = _batch_in_a_process(tmp_path, {"SPECPARSE_MAX_INPUT_BYTES": "100"})
    assert len(rows) == 2
    assert {row["status"] for row in rows.values()} == {"too_large"}


def test_an_unreadable_limit_fails_each_file_with_its_setting_named(tmp_path: Path) -> None:
    rows = _batch_in_a_process(tmp_path, {"SPECPARSE_MAX_INPUT_BYTES": "lots"})
    assert len(rows) == 2
    for row in rows.values():
        assert row["status"] != "ok"
        assert "SPECPARSE_MAX_INPUT_BYTES" in str(row["error"])
