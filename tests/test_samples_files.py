"""The Alameda sample exists in every format, each sniffed to its own format, and matches its generator."""

from __future__ import annotations

import functools
import importlib.util
import io
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from specparse.source import hint_from_name, make_source, sniff

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
STEM = "alameda-lead-customer-service-representative"

# File suffix after the stem -> the format its bytes must sniff as.
EXPECTED = {
    ".txt": "text",
    ".md": "markdown",
    ".html": "html",
    ".libreoffice.html": "html",
    ".docx": "docx",
    ".doc": "doc",
    ".pdf": "pdf",
    ".rtf": "rtf",
    ".xml": "wordml",
}


def _sample(suffix: str) -> Path:
    return SAMPLES / f"{STEM}{suffix}"


@pytest.mark.parametrize(("suffix", "fmt"), EXPECTED.items())
def test_sample_exists_and_sniffs_to_its_format(suffix: str, fmt: str) -> None:
    path = _sample(suffix)
    assert path.is_file(), f"missing sample {path.name}; run samples/make_samples.py"
    data = path.read_bytes()
    assert sniff(data, hint_from_name(path.name)) == fmt
    source = make_source(data, path.name)
    assert source.format == fmt
    assert not source.mismatch


@pytest.mark.parametrize(("suffix", "fmt"), [(s, f) for s, f in EXPECTED.items() if s != ".txt"])
def test_sample_sniffs_without_a_name(suffix: str, fmt: str) -> None:
    # The bytes alone decide; only plain text against Markdown needs the extension's hint (the .txt,
    # a saved web page, carries Markdown markup).
    assert sniff(_sample(suffix).read_bytes()) == fmt


def test_doc_is_word97_ole() -> None:
    import olefile

    data = _sample(".doc").read_bytes()
    assert data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        assert ole.exists("WordDocument")
        assert ole.exists("1Table")


def test_docx_numbers_the_nine_duties_automatically() -> None:
    with zipfile.ZipFile(_sample(".docx")) as archive:
        document = archive.read("word/document.xml").decode("utf-8")
        names = set(archive.namelist())
    assert document.count("<w:numPr>") == 9
    assert "1. Performs" not in document  # the marker comes from numbering.xml, not the text
    assert {"word/numbering.xml", "word/header1.xml", "word/footer1.xml"} <= names


@functools.cache
def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_samples", SAMPLES / "make_samples.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_generator_reads_the_txt_structure() -> None:
    gen = _load_generator()
    spec = gen.parse_txt(_sample(".txt").read_text(encoding="utf-8"))
    assert spec.header == ["City of Alameda", "Code No. 7565", "Approved by CSB: 7/1/09"]
    assert spec.title == "LEAD CUSTOMER SERVICE REPRESENTATIVE"
    headings = [section.heading for section in spec.sections]
    assert headings == ["DEFINITION", "DISTINGUISHING FEATURES", "EXAMPLES OF DUTIES", "EMPLOYMENT STANDARDS"]
    items = [text for section in spec.sections for kind, text in section.blocks if kind == "item"]
    assert len(items) == 9
    assert items[-1] == "Performs related work as required."
    assert spec.footer[0] == "r: 6/23/09"
    texts = [text for section in spec.sections for _, text in section.blocks]
    assert "(OVER)" not in texts
    assert any("customer service, account billing" in text for text in texts)  # the split paragraph


@pytest.mark.parametrize(("suffix", "render"), [(".md", "render_markdown"), (".html", "render_html")])
def test_committed_text_samples_match_the_generator(suffix: str, render: str) -> None:
    gen = _load_generator()
    spec = gen.parse_txt(_sample(".txt").read_text(encoding="utf-8"))
    assert getattr(gen, render)(spec) == _sample(suffix).read_text(encoding="utf-8")
