"""Word 2003 XML (flat WordprocessingML, often saved as .doc or .xml) reader, sharing the .docx walker.

The whole document is one XML file: styles in w:styles, list definitions in w:lists (w:listDef
and w:list, numbers as w:nfc codes), the body wrapped in wx:sect / wx:sub-section, tracked
changes as aml:annotation, and page headers/footers inline in each w:sectPr as w:hdr / w:ftr.
"""

from __future__ import annotations

from lxml import etree

from ..errors import (
    EmptyDocumentError,
    UnsupportedFormatError,
)
from ..lines import Line, Region
from ..source import Source
from . import Extraction, reader_errors
from ._word.dialect import W_2003, WORD2003
from ._word.numbering import Numbering
from ._word.safexml import parse_xml
from ._word.styles import Styles
from ._word.walker import Walker

_REGIONS: tuple[tuple[str, Region], ...] = (("hdr", "header"), ("ftr", "footer"))


def extract(source: Source) -> Extraction:
    with reader_errors("unreadable Word 2003 XML"):
        return _read(source.data)


def _read(data: bytes) -> Extraction:
    root = parse_xml(data, "the Word 2003 XML document")
    if root.tag != f"{{{W_2003}}}wordDocument":
        name = etree.QName(root).localname
        raise UnsupportedFormatError(f"XML whose root is {name!r}, not a Word 2003 document")
    d = WORD2003
    styles = Styles(root.find(d.q("styles")), d)
    numbering = Numbering(d, styles)
    lists = root.find(d.q("lists"))
    if lists is not None:
        numbering.load_word2003(lists)
    walker = Walker(d, styles, numbering)
    body = root.find(d.q("body"))
    lines = walker.part(body, "body") if body is not None else []
    regions: dict[Region, list[Line]] = {"header": [], "footer": []}
    seen: set[tuple[Region, tuple[str, ...]]] = set()
    if body is not None:
        for section in body.iter(d.q("sectPr")):
            for tag, region in _REGIONS:
                for part in section.findall(d.q(tag)):
                    part_lines = walker.part(part, region)
                    key = (region, tuple(line.text for line in part_lines))
                    if part_lines and key not in seen:
                        seen.add(key)
                        regions[region].extend(part_lines)
    if not lines:
        raise EmptyDocumentError("no text")
    warnings: list[tuple[str, str]] = []
    if walker.tracked_changes:
        warnings.append(("tracked_changes", "tracked changes were read as accepted"))
    return Extraction(lines=regions["header"] + lines + regions["footer"], warnings=warnings)
