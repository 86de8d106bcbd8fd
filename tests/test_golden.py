"""Every sample parses to the expected JSON beside it; ``pytest --update-golden`` rewrites them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import specparse
from conftest import SAMPLES

SAMPLE_SUFFIXES = {".txt", ".md", ".html", ".htm", ".docx", ".doc", ".pdf", ".rtf"}
SAMPLE_SUFFIXES |= {".xml"}
NOT_SAMPLES = {"README.md"}  # the samples folder's own documentation
SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.suffix.lower() in SAMPLE_SUFFIXES and p.name not in NOT_SAMPLES)


def golden_path(sample: Path) -> Path:
    return sample.with_name(sample.name + ".expected.json")


def record_for(sample: Path) -> dict[str, Any]:
    # Parse from bytes under the bare file name so the golden does not depend on the checkout path.
    data: dict[str, Any] = specparse.parse(sample.read_bytes(), name=sample.name).model_dump(mode="json")
    return data


def diff(expected: Any, actual: Any, path: str = "$") -> list[str]:
    """Field-level differences, so a failing golden says which value moved."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        found = []
        for key in sorted(set(expected) | set(actual)):
            if key not in actual:
                found.append(f"{path}.{key}: missing")
            elif key not in expected:
                found.append(f"{path}.{key}: unexpected {actual[key]!r:.80}")
            else:
                found.extend(diff(expected[key], actual[key], f"{path}.{key}"))
        return found
    if isinstance(expected, list) and isinstance(actual, list):
        found = [f"{path}: {len(expected)} items expected, {len(actual)} found"] if len(expected) != len(actual) else []
        for index, (left, right) in enumerate(zip(expected, actual, strict=False)):
            found.extend(diff(left, right, f"{path}[{index}]"))
        return found
    return [] if expected == actual else [f"{path}: expected {expected!r:.80}, got {actual!r:.80}"]


def test_every_sample_has_a_golden() -> None:
    missing = [p.name for p in SAMPLE_FILES if not golden_path(p).exists()]
    assert SAMPLE_FILES, "no samples found"
    assert not missing, f"samples without an expected JSON (run pytest --update-golden and review): {missing}"


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.name)
def test_sample_matches_golden(sample: Path, update_golden: bool) -> None:
    actual = record_for(sample)
    golden = golden_path(sample)
    if update_golden:
        golden.write_text(json.dumps(actual, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return
    if not golden.exists():
        pytest.fail(f"{golden.name} is missing: run pytest --update-golden and review the file")
    expected = json.loads(golden.read_text(encoding="utf-8"))
    differences = diff(expected, actual)
    assert not differences, "\n".join(differences[:40])
