"""Hostile .docx packages built in the test: zip bombs, XXE, billion laughs, deep nesting, truncation, bit flips.

Each must end with a clean status in well under a second and a few MB of memory, and nothing read
through an entity (a local secret file, a URL) may ever appear in any output.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import SAMPLES
from hostile_files import (
    BILLION_LAUGHS,
    bit_flips,
    deep_xml_body,
    document_xml,
    external_entity_prolog,
    make_docx,
    outcome,
    set_declared_size,
    truncations,
)
from specparse import limits

SAMPLE_DOCX = SAMPLES / "alameda-lead-customer-service-representative.docx"
SECRET = "TOP-SECRET-7f3a9c-DO-NOT-LEAK"
CLEAN_FAILURES = {"corrupt", "too_large", "empty", "unsupported"}
DOC_RELS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def document_rels(*kinds: str) -> bytes:
    """word/_rels/document.xml.rels pointing at word/<kind>.xml for each kind (styles, numbering...)."""
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{DOC_RELS_TYPE}{kind}" Target="{kind}.xml"/>'
        for i, kind in enumerate(kinds, start=10)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>'
    ).encode()


def part_with_entity(part: str, prolog: str, reference: str) -> bytes:
    """A minimal ``part`` (document, styles, numbering, footnotes) whose text uses an entity."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    head = f'<?xml version="1.0" encoding="UTF-8"?>\n{prolog}'
    if part == "document":
        return document_xml("DEFINITION", f"Before {reference} after.", prolog=prolog)
    if part == "styles":
        return (
            f'{head}<w:styles {w}><w:style w:type="paragraph" w:styleId="Normal">'
            f'<w:name w:val="{reference}"/></w:style></w:styles>'
        ).encode()
    if part == "numbering":
        return (
            f'{head}<w:numbering {w}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
            f'<w:lvlText w:val="{reference}"/></w:lvl></w:abstractNum></w:numbering>'
        ).encode()
    if part == "footnotes":
        return (
            f'{head}<w:footnotes {w}><w:footnote w:id="1"><w:p><w:r><w:t>{reference}</w:t></w:r></w:p>'
            "</w:footnote></w:footnotes>"
        ).encode()
    raise ValueError(part)


def docx_with_entity(part: str, prolog: str, reference: str) -> bytes:
    if part == "document":
        return make_docx(part_with_entity(part, prolog, reference))
    return make_docx(
        document_xml("DEFINITION", "Plain text."),
        {
            f"word/{part}.xml": part_with_entity(part, prolog, reference),
            "word/_rels/document.xml.rels": document_rels(part),
        },
    )


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET)
    return path


class Listener:
    """A loopback TCP server that only counts connections: proof that no entity URL is fetched."""

    def __init__(self) -> None:
        self.server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(8)
        self.server.settimeout(0.05)
        self.port = self.server.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self.server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            connection.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.server.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


@pytest.fixture(autouse=True, scope="module")
def _warm_up() -> None:
    """Import the reader and the pipeline once, so timings measure the file and not the imports."""
    outcome(make_docx(), "warm.docx")


def assert_quick_and_small(data: bytes, name: str, statuses: set[str], *, seconds: float = 1.0, mb: float = 8.0) -> str:
    """Parse and check the status, the wall time and the Python heap peak; return the message."""
    tracemalloc.start()
    start = time.monotonic()
    try:
        status, message, _ = outcome(data, name)
        elapsed = time.monotonic() - start
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert status in statuses, f"{status}: {message}"
    assert elapsed < seconds, f"took {elapsed:.2f}s"
    assert peak < mb * 1024 * 1024, f"peaked at {peak / 1e6:.1f} MB"
    return message


# --- zip bombs -----------------------------------------------------------------------------------


def test_inflation_ratio_bomb_is_refused_fast() -> None:
    bomb = make_docx(extra={"word/media/image1.bin": bytes(20 * 1024 * 1024)})  # 20 MB of zeros, ~20 KB zipped
    assert len(bomb) < 100_000
    message = assert_quick_and_small(bomb, "bomb.docx", {"too_large"})
    assert "ratio" in message or ":1" in message


def test_declared_size_over_total_limit_is_refused_before_inflating() -> None:
    lying = set_declared_size(make_docx(), "word/document.xml", 0xFFFF_FFF0)
    message = assert_quick_and_small(lying, "huge.docx", {"too_large"})
    assert "bytes" in message


def test_entry_that_inflates_past_its_declared_size_stops() -> None:
    """A local header claiming 40 bytes for a 1 MB part: reading stops at 40 (then the CRC fails)."""
    package = make_docx(document_xml("DEFINITION", "x" * 1_000_000))
    assert_quick_and_small(set_declared_size(package, "word/document.xml", 40), "short.docx", CLEAN_FAILURES)


def test_entry_count_limit() -> None:
    extra = {f"word/media/{i}.png": b"" for i in range(30)}
    with limits.override(zip_max_entries=20):
        status, message, _ = outcome(make_docx(extra=extra), "many.docx")
    assert status == "too_large"
    assert "entries" in message


def test_total_size_limit() -> None:
    with limits.override(zip_max_total_bytes=100_000):
        status, message, _ = outcome(make_docx(document_xml("DEFINITION", "y" * 200_000)), "big.docx")
    assert status == "too_large"
    assert "bytes" in message


def test_part_size_limit() -> None:
    with limits.override(zip_max_part_bytes=50_000):
        status, message, _ = outcome(make_docx(document_xml("DEFINITION", "z " * 50_000)), "part.docx")
    assert status == "too_large"
    assert "document.xml" in message


# --- XML entities --------------------------------------------------------------------------------

ENTITY_PARTS = ["document", "styles", "numbering", "footnotes"]


@pytest.mark.parametrize("part", ENTITY_PARTS)
def test_external_file_entity_never_leaks(part: str, secret_file: Path) -> None:
    data = docx_with_entity(part, external_entity_prolog(secret_file.as_uri()), "&xxe;")
    status, message, spec = outcome(data, "xxe.docx")
    assert status in {"ok", "corrupt"}, f"{status}: {message}"
    assert SECRET not in message
    if spec is not None:
        assert SECRET not in spec.model_dump_json()


@pytest.mark.parametrize("part", ENTITY_PARTS)
def test_external_entity_never_leaks_through_the_cli(part: str, secret_file: Path, tmp_path: Path) -> None:
    path = tmp_path / f"xxe-{part}.docx"
    path.write_bytes(docx_with_entity(part, external_entity_prolog(secret_file.as_uri()), "&xxe;"))
    result = subprocess.run(
        [sys.executable, "-m", "specparse", str(path)], capture_output=True, timeout=60, stdin=subprocess.DEVNULL
    )
    assert SECRET.encode() not in result.stdout + result.stderr
    assert b"Traceback" not in result.stderr
    if result.returncode:
        assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    "prolog",
    [
        '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "http://127.0.0.1:{port}/entity">]>',
        '<!DOCTYPE w:document SYSTEM "http://127.0.0.1:{port}/external.dtd">',
        '<!DOCTYPE w:document [<!ENTITY % remote SYSTEM "http://127.0.0.1:{port}/param.dtd"> %remote;]>',
    ],
    ids=["general-entity", "external-dtd", "parameter-entity"],
)
def test_no_network_access(prolog: str, listener: Listener) -> None:
    reference = "&xxe;" if "xxe" in prolog else "text"
    data = docx_with_entity("document", prolog.format(port=listener.port), reference)
    status, message, _ = outcome(data, "remote.docx")
    time.sleep(0.1)  # let a connection that was made reach the counter
    assert listener.connections == 0, "an entity or DTD URL was fetched"
    assert status in {"ok", "corrupt"}, f"{status}: {message}"


@pytest.mark.parametrize("part", ENTITY_PARTS)
def test_billion_laughs_is_refused_fast(part: str) -> None:
    data = docx_with_entity(part, BILLION_LAUGHS.replace("lolz", "w:document"), "&lol9;")
    message = assert_quick_and_small(data, "lol.docx", {"ok", "corrupt"})
    assert "lollollol" not in message


def test_billion_laughs_text_never_expands() -> None:
    status, _, spec = outcome(docx_with_entity("document", BILLION_LAUGHS, "&lol3;"), "lol3.docx")
    if spec is not None:
        assert "lollollol" not in spec.model_dump_json()
    else:
        assert status == "corrupt"


# --- structure -----------------------------------------------------------------------------------


@pytest.mark.parametrize("depth", [300, 20_000])
def test_deeply_nested_tables(depth: int) -> None:
    data = make_docx(document_xml("DEFINITION", "Text.", body_prefix=deep_xml_body(depth)))
    message = assert_quick_and_small(data, "deep.docx", {"too_large", "corrupt"}, seconds=2.0, mb=32.0)
    assert "nested" in message or "deep" in message or "depth" in message


def test_no_main_document_part() -> None:
    status, message, _ = outcome(make_docx(extra={"_rels/.rels": b"<Relationships/>"}), "norels.docx")
    assert status in {"ok", "corrupt"}, f"{status}: {message}"


def test_empty_document_part() -> None:
    status, _, _ = outcome(make_docx(extra={"word/document.xml": b""}), "blank.docx")
    assert status in {"corrupt", "empty"}


# --- damaged real files --------------------------------------------------------------------------


def sample_docx() -> bytes:
    if not SAMPLE_DOCX.is_file():
        pytest.skip(f"{SAMPLE_DOCX} is missing")
    return SAMPLE_DOCX.read_bytes()


@pytest.mark.parametrize("cut", range(12))
def test_truncated_sample(cut: int) -> None:
    data = truncations(sample_docx())[cut]
    status, message, _ = outcome(data, "cut.docx")
    assert status != "crashed", message
    assert status in CLEAN_FAILURES | {"ok"}


@pytest.mark.parametrize("seed", range(16))
def test_bit_flipped_sample(seed: int) -> None:
    status, message, _ = outcome(bit_flips(sample_docx(), 8, seed), "flipped.docx")
    assert status != "crashed", message


# --- references out of the package ---------------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    ["{uri}", "../../../../../../..{path}", "/..{path}", "{path}"],
    ids=["external-uri", "path-traversal", "absolute-traversal", "absolute"],
)
@pytest.mark.parametrize("kind", ["styles", "numbering", "footnotes", "header"])
def test_relationships_never_leave_the_zip(kind: str, target: str, secret_file: Path) -> None:
    """A part relationship pointing at a file outside the package must not read it."""
    resolved = target.format(uri=secret_file.as_uri(), path=secret_file)
    mode = ' TargetMode="External"' if resolved.startswith("file:") else ""
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId10" Type="{DOC_RELS_TYPE}{kind}" Target="{resolved}"{mode}/>'
        "</Relationships>"
    ).encode()
    body = '<w:sectPr><w:headerReference w:type="default" r:id="rId10" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></w:sectPr>'
    data = make_docx(
        document_xml("DEFINITION", "Plain text.", body_prefix=body if kind == "header" else ""),
        {"word/_rels/document.xml.rels": rels},
    )
    status, message, spec = outcome(data, "rels.docx")
    assert status in {"ok", "corrupt"}, f"{status}: {message}"
    assert SECRET not in message
    if spec is not None:
        assert SECRET not in spec.model_dump_json()


@pytest.mark.parametrize(
    "prolog",
    [
        '<!DOCTYPE w:wordDocument [<!ENTITY xxe SYSTEM "{uri}">]>',
        '<!DOCTYPE w:wordDocument [<!ENTITY % p SYSTEM "{uri}"> %p;]>',
        BILLION_LAUGHS.replace("lolz", "w:wordDocument").replace("{", "{{").replace("}", "}}"),
    ],
    ids=["external-entity", "parameter-entity", "billion-laughs"],
)
def test_word_2003_xml_entities(prolog: str, secret_file: Path) -> None:
    """The flat Word 2003 XML reader parses the whole file as XML: the same refusals apply."""
    reference = "&lol9;" if "lol" in prolog else "&xxe;" if "xxe" in prolog else "text"
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
        + prolog.format(uri=secret_file.as_uri())
        + '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body>'
        + f"<w:p><w:r><w:t>DEFINITION</w:t></w:r></w:p><w:p><w:r><w:t>Cleans {reference} things.</w:t></w:r></w:p>"
        + "</w:body></w:wordDocument>"
    )
    start = time.monotonic()
    status, message, spec = outcome(xml.encode(), "flat.xml")
    assert time.monotonic() - start < 1
    assert status in {"ok", "corrupt"}, f"{status}: {message}"
    assert SECRET not in message
    if spec is not None:
        dumped = spec.model_dump_json()
        assert SECRET not in dumped
        assert "lollollol" not in dumped
