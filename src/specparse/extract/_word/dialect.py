"""The tag vocabulary of each WordprocessingML flavour (transitional, ISO strict, Word 2003 XML)."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

W_TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
W_2003 = "http://schemas.microsoft.com/office/word/2003/wordml"
WX_2003 = "http://schemas.microsoft.com/office/word/2003/auxHint"
AML_2003 = "http://schemas.microsoft.com/aml/2001/core"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"

_OFF_VALUES = frozenset({"0", "false", "off", "none"})


@dataclass(frozen=True, slots=True)
class Dialect:
    """Where one flavour keeps what the walker reads; ``q(name)`` is the Clark tag in its namespace."""

    w: str
    num_pr: str  # the paragraph's list reference: numPr (OOXML) or listPr (Word 2003)
    num_id: str  # the list instance id inside it: numId (OOXML) or ilfo (Word 2003)
    hyperlink: str  # hyperlink (OOXML) or hlink (Word 2003)

    def q(self, name: str) -> str:
        return f"{{{self.w}}}{name}"

    def attr(self, element: etree._Element, name: str) -> str | None:
        """An attribute in the main namespace, or unqualified (some hand-written files omit the prefix)."""
        value = element.get(f"{{{self.w}}}{name}")
        return value if value is not None else element.get(name)

    def val(self, parent: etree._Element | None, child: str) -> str | None:
        """The ``w:val`` of ``parent``'s ``child`` element, or None when either is absent."""
        if parent is None:
            return None
        element = parent.find(f"{{{self.w}}}{child}")
        return None if element is None else self.attr(element, "val")

    def toggle(self, props: etree._Element | None, child: str) -> bool | None:
        """A bold/caps style switch: None when unset, else whether it is on (``<w:b/>`` is on)."""
        if props is None:
            return None
        element = props.find(f"{{{self.w}}}{child}")
        return None if element is None else self.switch(element)

    def switch(self, element: etree._Element) -> bool:
        """Whether an on/off property element is on (``<w:b/>``, ``w:val="on"``, ``"true"``, ``"1"``)."""
        value = self.attr(element, "val")
        return value is None or value.lower() not in _OFF_VALUES


def ooxml_dialect(namespace: str) -> Dialect:
    return Dialect(w=namespace, num_pr="numPr", num_id="numId", hyperlink="hyperlink")


WORD2003 = Dialect(w=W_2003, num_pr="listPr", num_id="ilfo", hyperlink="hlink")


def int_or(value: str | None, default: int, base: int = 10) -> int:
    try:
        return int(value, base) if value is not None else default
    except ValueError:
        return default
