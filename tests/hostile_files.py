"""Builders of small hostile files for the tests and fuzz harnesses: Word packages, PDFs, markup, OLE patches.

Every file is made in memory in milliseconds, so the hostile suite needs no stored attack files.
"""

from __future__ import annotations

import io
import random
import zipfile
import zlib
from typing import Any

from specparse.errors import status_of

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    b"</Types>"
)
ROOT_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" '
    b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    b'Target="word/document.xml"/></Relationships>'
)


def document_xml(*paragraphs: str, prolog: str = "", body_prefix: str = "") -> bytes:
    """A WordprocessingML main part with one plain paragraph per string (``&name;`` entity refs allowed)."""
    runs = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{prolog}'
        f'<w:document xmlns:w="{W_NS}"><w:body>{body_prefix}{runs}</w:body></w:document>'
    )
    return xml.encode("utf-8")


def make_docx(document: bytes | None = None, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal .docx package; ``extra`` adds or replaces parts by name."""
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "word/document.xml": document if document is not None else document_xml("DEFINITION", "Does things."),
    }
    parts.update(extra or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def set_declared_size(package: bytes, part: str, size: int) -> bytes:
    """Rewrite the uncompressed size a zip's central directory (and local header) declare for ``part``."""
    data = bytearray(package)
    encoded = part.encode()
    central = data.find(b"PK\x01\x02")  # first central directory header
    while central != -1:
        name_length = int.from_bytes(data[central + 28 : central + 30], "little")
        if bytes(data[central + 46 : central + 46 + name_length]) == encoded:
            data[central + 24 : central + 28] = size.to_bytes(4, "little")
            local = int.from_bytes(data[central + 42 : central + 46], "little")
            data[local + 22 : local + 26] = size.to_bytes(4, "little")
            return bytes(data)
        central = data.find(b"PK\x01\x02", central + 4)
    raise KeyError(part)


BILLION_LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    + "]>"
)


def external_entity_prolog(url: str) -> str:
    return f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{url}">]>'


def deep_xml_body(depth: int) -> str:
    """Nested tables-in-cells ``depth`` deep: legal WordprocessingML, hostile depth."""
    return "<w:tbl><w:tr><w:tc>" * depth + "<w:p/>" + "</w:tc></w:tr></w:tbl>" * depth


def outcome(data: bytes, name: str, **options: Any) -> tuple[str, str, Any]:
    """Parse bytes as a file called ``name``: the status, the message, and the record when ok."""
    from specparse.pipeline import parse

    try:
        spec = parse(data, name=name, **options)
    except Exception as exc:
        return status_of(exc), str(exc), None
    return "ok", "", spec


# --- PDF -----------------------------------------------------------------------------------------


def make_pdf(
    pages: list[bytes],
    *,
    compress: bool = False,
    extra_objects: dict[int, bytes] | None = None,
    page_extra: bytes = b"",
    root_extra: bytes = b"",
) -> bytes:
    """A PDF with one page per content stream, Helvetica as F1, and a correct xref table.

    Objects: 1 catalog, 2 page tree, 3 font, then a page and its content per page; ``extra_objects``
    adds raw numbered objects (numbers above those used) for hostile structures.
    """
    objects: dict[int, bytes] = {
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    }
    kids = []
    number = 4
    for content in pages:
        page_number, content_number = number, number + 1
        kids.append(f"{page_number} 0 R".encode())
        objects[page_number] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
            + f"/Contents {content_number} 0 R ".encode()
            + page_extra
            + b">>"
        )
        objects[content_number] = _stream(content, compress)
        number += 2
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R " + root_extra + b">>"
    objects[2] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + f"] /Count {len(pages)} >>".encode()
    objects.update(extra_objects or {})
    return assemble_pdf(objects)


def _stream(content: bytes, compress: bool) -> bytes:
    if compress:
        content = zlib.compress(content, 9)
        return f"<< /Length {len(content)} /Filter /FlateDecode >>\nstream\n".encode() + content + b"\nendstream"
    return f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream"


def assemble_pdf(objects: dict[int, bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = out.tell()
        out.write(f"{number} 0 obj\n".encode() + objects[number] + b"\nendobj\n")
    size = max(objects) + 1
    xref = out.tell()
    out.write(f"xref\n0 {size}\n0000000000 65535 f \n".encode())
    for number in range(1, size):
        if number in offsets:
            out.write(f"{offsets[number]:010d} 00000 n \n".encode())
        else:
            out.write(b"0000000000 65535 f \n")
    out.write(f"trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def text_page(*lines: str) -> bytes:
    """A content stream printing each line with Helvetica 12 pt, 16 pt apart."""
    ops = ["BT /F1 12 Tf 72 720 Td 16 TL"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({escaped}) Tj T*")
    ops.append("ET")
    return "\n".join(ops).encode("latin-1")


# --- mutations -----------------------------------------------------------------------------------


def bit_flips(data: bytes, count: int, seed: int) -> bytes:
    """``data`` with ``count`` random bits flipped (deterministic per seed)."""
    rng = random.Random(seed)
    mutated = bytearray(data)
    for _ in range(count):
        position = rng.randrange(len(mutated))
        mutated[position] ^= 1 << rng.randrange(8)
    return bytes(mutated)


def truncations(data: bytes, points: int = 12) -> list[bytes]:
    """``data`` cut at evenly spread lengths, from a few bytes to one byte short."""
    cuts = sorted({max(1, len(data) * k // points) for k in range(points)} | {len(data) - 1})
    return [data[:cut] for cut in cuts]


# --- OLE (.doc) ----------------------------------------------------------------------------------


def ole_stream_offsets(data: bytes, stream: str) -> list[int]:
    """File offset of each byte of an OLE stream in the regular FAT (streams of 4096 bytes and more)."""
    import olefile

    ole = olefile.OleFileIO(io.BytesIO(data))
    try:
        entry = ole.direntries[ole._find(stream)]
        sector_size = ole.sectorsize
        assert entry.size >= ole.minisectorcutoff, f"{stream} lives in the mini stream"
        offsets: list[int] = []
        sector = entry.isectStart
        while len(offsets) < entry.size:
            base = (sector + 1) * sector_size
            offsets.extend(range(base, base + sector_size))
            sector = ole.fat[sector]
        return offsets[: entry.size]
    finally:
        ole.close()


def patch_stream(data: bytes, stream: str, position: int, new: bytes) -> bytes:
    """Overwrite bytes of an OLE stream in place (same length), leaving the container intact."""
    offsets = ole_stream_offsets(data, stream)
    patched = bytearray(data)
    for index, byte in enumerate(new):
        patched[offsets[position + index]] = byte
    return bytes(patched)


def read_stream(data: bytes, stream: str) -> bytes:
    import olefile

    ole = olefile.OleFileIO(io.BytesIO(data))
    try:
        return bytes(ole.openstream(stream).read())
    finally:
        ole.close()


def ole_sector_size(data: bytes) -> int:
    return 1 << int.from_bytes(data[0x1E:0x20], "little")


def ole_chain(data: bytes, stream: str) -> list[int]:
    """The regular-FAT sector numbers holding ``stream``, in order (read with olefile)."""
    import olefile

    ole = olefile.OleFileIO(io.BytesIO(data))
    try:
        entry = ole.direntries[ole._find(stream)]
        chain: list[int] = []
        sector = entry.isectStart
        while sector < 0xFFFFFFFA and len(chain) * ole.sectorsize < entry.size:
            chain.append(sector)
            sector = ole.fat[sector]
        return chain
    finally:
        ole.close()


def ole_fat_entry_offset(data: bytes, sector: int) -> int:
    """File offset of the FAT entry for ``sector`` (FAT sectors listed in the header's DIFAT)."""
    size = ole_sector_size(data)
    per_sector = size // 4
    slot = 0x4C + 4 * (sector // per_sector)
    fat_sector = int.from_bytes(data[slot : slot + 4], "little")
    return (fat_sector + 1) * size + (sector % per_sector) * 4


def ole_dir_entry_offset(data: bytes, stream: str) -> int:
    """File offset of the 128-byte directory entry of ``stream``."""
    import olefile

    ole = olefile.OleFileIO(io.BytesIO(data))
    try:
        sid = ole._find(stream)
        size = ole.sectorsize
        sector = ole.first_dir_sector
        for _ in range(sid // (size // 128)):
            sector = ole.fat[sector]
        return (sector + 1) * size + (sid % (size // 128)) * 128
    finally:
        ole.close()


def put_u32(data: bytes, offset: int, value: int) -> bytes:
    return data[:offset] + (value & 0xFFFFFFFF).to_bytes(4, "little") + data[offset + 4 :]
