"""The README's Dask recipe, run locally on a few files (skipped when Dask is not installed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from batch_fixtures import write_spec
from specparse.batch import convert_record


def test_convert_record_never_raises(tmp_path: Path) -> None:
    good = write_spec(tmp_path / "good.txt", code="5150")
    (tmp_path / "empty.txt").write_bytes(b"")
    ok = convert_record(str(good))
    assert ok["status"] == "ok"
    assert ok["record"]["class_code"] == "5150"
    assert convert_record(str(tmp_path / "empty.txt"))["status"] == "empty"
    assert convert_record(str(tmp_path / "missing.txt"))["status"] == "io_error"
    assert convert_record(b"\x00\x01\x02binary\x00", name="x.bin")["status"] == "unsupported"


def test_dask_bag_recipe(tmp_path: Path) -> None:
    bag_module = pytest.importorskip("dask.bag", reason="Dask is optional: pip install 'dask[bag]'")
    for number in range(6):
        write_spec(tmp_path / "specs" / f"s{number}.txt", code=str(6000 + number))
    (tmp_path / "specs" / "empty.txt").write_bytes(b"")
    paths = sorted(str(p) for p in (tmp_path / "specs").rglob("*.txt"))
    results = bag_module.from_sequence(paths, npartitions=3).map(convert_record)
    ok = results.filter(lambda r: r["status"] == "ok").pluck("record").map(json.dumps)
    ok.to_textfiles(str(tmp_path / "out" / "part-*.jsonl"), scheduler="processes", num_workers=2)
    records = [json.loads(line) for part in sorted((tmp_path / "out").glob("part-*.jsonl")) for line in part.open()]
    assert sorted(r["class_code"] for r in records) == [str(6000 + n) for n in range(6)]
    failed = results.filter(lambda r: r["status"] != "ok").compute(scheduler="processes", num_workers=2)
    assert [(Path(r["input"]).name, r["status"]) for r in failed] == [("empty.txt", "empty")]
