"""Same spec, same record: the Alameda sample gives the same core fields in every format."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import specparse
from conftest import SAMPLES

STEM = "alameda-lead-customer-service-representative"
REFERENCE = SAMPLES / f"{STEM}.txt"
OTHER_FORMATS = sorted(
    p for p in SAMPLES.glob(f"{STEM}.*") if p != REFERENCE and not p.name.endswith(".json") and p.suffix != ".py"
)
CORE_FIELDS = ("title", "class_code", "jurisdiction", "dates", "duties", "qualifications", "definition")


def core(path: Path) -> dict[str, Any]:
    record = specparse.parse(path).model_dump(mode="json")
    fields = {name: record[name] for name in CORE_FIELDS}
    fields["section_keys"] = [section["key"] for section in record["sections"]]
    return fields


def test_every_format_is_present() -> None:
    suffixes = {p.suffix for p in OTHER_FORMATS}
    assert {".doc", ".docx", ".pdf", ".html", ".rtf", ".md"} <= suffixes


@pytest.mark.parametrize("sample", OTHER_FORMATS, ids=lambda p: p.name.removeprefix(STEM))
def test_core_fields_match_the_text_version(sample: Path) -> None:
    expected = core(REFERENCE)
    actual = core(sample)
    for name, value in expected.items():
        assert actual[name] == value, f"{sample.name}: {name} differs"
