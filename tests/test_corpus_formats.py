"""Every real Word, PDF and RTF test file of other projects either parses or fails with one clear error."""

from __future__ import annotations

from pathlib import Path

import pytest

import specparse
from conftest import CORPUS

FORMAT_FILES = sorted(p for p in (CORPUS / "formats").rglob("*") if p.is_file()) if CORPUS.is_dir() else []
SPEC_FILES = (
    sorted((CORPUS / "specs" / "la_kaggle" / "pdfs").glob("*.pdf"))
    + sorted((CORPUS / "specs" / "calhr_html").glob("*.html"))
    + sorted((CORPUS / "specs" / "la_kaggle" / "other").glob("*"))
    if CORPUS.is_dir()
    else []
)


def _ids(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


@pytest.mark.parametrize("path", FORMAT_FILES + SPEC_FILES, ids=_ids)
def test_reads_or_fails_with_one_clear_line(path: Path, corpus: Path) -> None:
    try:
        record = specparse.parse(path)
    except specparse.SpecparseError as exc:
        error: specparse.SpecparseError | None = exc
    else:
        error = None
    if error is not None:
        message = str(error)
        assert message, f"{path.name}: an error without a message"
        assert "\n" not in message, f"{path.name}: error message is not one line: {message!r}"
        assert error.status in {"empty", "encrypted", "unsupported", "corrupt", "too_large", "skipped"}
        return
    assert record.source.lines > 0
    words = " ".join(s.text for s in record.sections) + (record.front_matter.text if record.front_matter else "")
    assert words.strip(), f"{path.name}: parsed but no text reached the record"


@pytest.mark.parametrize("path", SPEC_FILES[:20], ids=_ids)
def test_la_bulletin_pdfs_have_title_and_code(path: Path, corpus: Path) -> None:
    if path.suffix != ".pdf":
        pytest.skip("not an LA bulletin PDF")
    record = specparse.parse(path)
    assert record.title, path.name
    # The bulletin file names end in the class code ("..._PORT_POLICE_SERGEANT_3222.pdf").
    digits = [part for part in path.stem.replace("__", "_").split("_") if part.isdigit() and len(part) == 4]
    assert record.class_code in digits, (path.name, record.class_code)
