"""Build small .docx packages from hand-written WordprocessingML for the reader tests."""

from __future__ import annotations

import io
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = (
    f'xmlns:w="{W}" xmlns:r="{R}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def document_xml(body: str) -> str:
    return f"{XML_DECLARATION}<w:document {NS}><w:body>{body}</w:body></w:document>"


def part_xml(root: str, inner: str) -> str:
    return f"{XML_DECLARATION}<w:{root} {NS}>{inner}</w:{root}>"


def make_docx(body: str, *, parts: dict[str, tuple[str, str]] | None = None, document: str | None = None) -> bytes:
    """A .docx whose body is ``body``; ``parts`` maps a relationship id to (type, XML) of extra parts."""
    rels = ""
    files: dict[str, str] = {}
    for rel_id, (kind, xml) in (parts or {}).items():
        name = f"{kind}{rel_id}.xml" if kind in ("header", "footer") else f"{kind}.xml"
        rels += f'<Relationship Id="{rel_id}" Type="{_REL_TYPE}{kind}" Target="{name}"/>'
        files[f"word/{name}"] = xml
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "_rels/.rels",
            f'<?xml version="1.0"?><Relationships xmlns="{_RELS}">'
            f'<Relationship Id="rId1" Type="{_REL_TYPE}officeDocument" Target="word/document.xml"/>'
            "</Relationships>",
        )
        archive.writestr("word/document.xml", document if document is not None else document_xml(body))
        archive.writestr(
            "word/_rels/document.xml.rels",
            f'<?xml version="1.0"?><Relationships xmlns="{_RELS}">{rels}</Relationships>',
        )
        for name, xml in files.items():
            archive.writestr(name, xml)
    return buffer.getvalue()


def p(text: str, ppr: str = "", rpr: str = "") -> str:
    """A paragraph with one run."""
    run = f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{run}</w:p>"


def num(num_id: int, ilvl: int = 0) -> str:
    return f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
