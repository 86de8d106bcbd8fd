"""Parse untrusted XML parts safely: no entity expansion, no DTD loading, no network, bounded size."""

from __future__ import annotations

from lxml import etree

from ...errors import CorruptDocumentError, LimitExceededError, SpecparseError

# Real Word parts never declare entities; a part that does is either an XXE probe (POI's
# ExternalEntityInText.docx points one at a URL) or a billion-laughs bomb, so it is refused.
_PARSER_OPTIONS = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "huge_tree": False,
    "remove_comments": True,
    "remove_pis": True,
}


def make_parser() -> etree.XMLParser:
    return etree.XMLParser(**_PARSER_OPTIONS)  # type: ignore[arg-type]


def parse_xml(data: bytes, part: str) -> etree._Element:
    """Parse ``data`` (the part named ``part``) or raise a SpecparseError saying what is wrong."""
    try:
        root = etree.fromstring(data, make_parser())
    except SpecparseError:
        raise
    except etree.XMLSyntaxError as exc:
        if "amplification" in str(exc):  # libxml2 stopping a billion-laughs expansion
            raise CorruptDocumentError(f"XML with a DOCTYPE declaring entities in {part}: refused") from exc
        raise CorruptDocumentError(f"broken XML in {part}: {exc}") from exc
    except (MemoryError, RecursionError) as exc:
        raise LimitExceededError(f"XML in {part} is too large or too deeply nested") from exc
    except Exception as exc:
        raise CorruptDocumentError(f"unreadable XML in {part}: {exc}") from exc
    if root is None:
        raise CorruptDocumentError(f"no XML content in {part}")
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):  # type: ignore[union-attr]
        raise CorruptDocumentError(f"XML with a DOCTYPE declaring entities in {part}: refused")
    return root
