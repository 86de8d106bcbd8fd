"""The command line: stdout carries data only, errors are one line, exit codes are 0, 1 and 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from conftest import SAMPLES
from specparse.cli import main

SEED = SAMPLES / "alameda-lead-customer-service-representative.txt"


def run(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run the installed CLI in a real process, as a user would."""
    return subprocess.run([sys.executable, "-m", "specparse", *args], input=input, capture_output=True, timeout=120)


def test_file_to_stdout_is_json() -> None:
    result = run(str(SEED))
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["title"] == "Lead Customer Service Representative"
    assert result.stderr == b""


def test_output_file(tmp_path: Path) -> None:
    out = tmp_path / "spec.json"
    result = run(str(SEED), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == b""
    assert json.loads(out.read_text())["class_code"] == "7565"
    assert [p.name for p in tmp_path.iterdir()] == ["spec.json"], "no temporary file is left behind"


def test_stdin() -> None:
    result = run("-", input=SEED.read_bytes())
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["source"]["name"] == "<stdin>"
    assert record["dates"]["approved"] == "2009-07-01"


def test_yaml_holds_the_same_data_as_json() -> None:
    runner = CliRunner()
    as_json = json.loads(runner.invoke(main, [str(SEED)]).output)
    as_yaml = yaml.safe_load(runner.invoke(main, [str(SEED), "--format", "yaml"]).output)
    assert as_yaml == as_json


@pytest.mark.parametrize("suffix", [".yaml", ".yml", ".YAML"])
def test_a_yaml_output_file_gets_yaml_without_format(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"spec{suffix}"
    result = CliRunner().invoke(main, [str(SEED), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert yaml.safe_load(out.read_text()) == json.loads(CliRunner().invoke(main, [str(SEED)]).output)


def test_an_unknown_output_suffix_still_gets_json(tmp_path: Path) -> None:
    out = tmp_path / "spec.out"
    assert CliRunner().invoke(main, [str(SEED), "-o", str(out)]).exit_code == 0
    assert json.loads(out.read_text())["class_code"] == "7565"


def test_schema_is_json_schema() -> None:
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert schema["title"] == "JobSpec"
    assert {"title", "class_code", "dates", "sections", "qualifications", "warnings"} <= set(schema["properties"])


def test_missing_file_is_one_line_and_exit_1() -> None:
    result = run("no-such-file.txt")
    assert result.returncode == 1
    assert result.stdout == b""
    assert result.stderr.decode().splitlines() == ["specparse: error: no-such-file.txt: io_error: no such file"]


def test_directory_as_file_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["convert", str(tmp_path)])
    assert result.exit_code != 0
    assert "Traceback" not in result.output


def test_empty_file_is_one_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run(str(empty))
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [f"specparse: error: {empty}: empty: no text"]


@pytest.mark.parametrize("args", [["--no-such-option", "x.txt"], ["convert"], [str(SEED), "--format", "xml"]])
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert CliRunner().invoke(main, args).exit_code == 2


def test_version_and_help() -> None:
    runner = CliRunner()
    version = runner.invoke(main, ["--version"])
    assert version.exit_code == 0
    assert "specparse" in version.output
    help_text = runner.invoke(main, ["--help"]).output
    assert "Examples:" in help_text
    assert "specparse spec.doc" in help_text


def test_sections_view() -> None:
    result = CliRunner().invoke(main, ["sections", str(SEED)])
    assert result.exit_code == 0
    assert result.output.splitlines()[1].startswith("definition")


def test_help_imports_no_heavy_library() -> None:
    code = (
        "import sys\n"
        "from specparse.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('pydantic', 'pypdfium2', 'docx', 'lxml', 'olefile', 'yaml', 'rich') if m in sys.modules]\n"
        "print('heavy=' + ','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "heavy=", "--help imported a heavy library"
