"""Word styles: resolve a paragraph or character style through its basedOn chain to what the walker needs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from .dialect import Dialect, int_or

MAX_STYLE_CHAIN = 32  # basedOn links followed before giving up (a hostile file may loop)
MAX_HEADING_LEVEL = 6  # Line.heading_level is h1-h6; Word's Heading 7-9 fold into 6
BODY_OUTLINE_LEVEL = 9  # w:outlineLvl 9 means "body text", not a heading

# Built-in style names are stored in English whatever the UI language ("heading 1", "Title");
# when styles.xml is missing the ids ("Heading1") are all there is.
_HEADING_NAME = re.compile(r"^\s*heading\s*([1-9])\s*$", re.I)
_TITLE_NAME = re.compile(r"^\s*title\s*$", re.I)
_LIBREOFFICE_SPACE = "_20_"


@dataclass(frozen=True, slots=True)
class ParagraphStyle:
    """What a paragraph style contributes once its basedOn chain is resolved."""

    heading_level: int | None = None
    bold: bool | None = None
    caps: bool | None = None
    hidden: bool | None = None
    num_id: str | None = None
    ilvl: int | None = None


@dataclass(frozen=True, slots=True)
class _Style:
    name: str
    based_on: str | None
    ppr: etree._Element | None
    rpr: etree._Element | None


def heading_from_name(name: str) -> int | None:
    # LibreOffice's Word 2003 export escapes the space in style names: "Heading_20_2".
    match = _HEADING_NAME.match(name.replace(_LIBREOFFICE_SPACE, " "))
    if match:
        return min(int(match.group(1)), MAX_HEADING_LEVEL)
    return 1 if _TITLE_NAME.match(name) else None


def heading_from_outline(value: str | None) -> int | None:
    level = int_or(value, BODY_OUTLINE_LEVEL)
    if 0 <= level < BODY_OUTLINE_LEVEL:
        return min(level + 1, MAX_HEADING_LEVEL)
    return None


class Styles:
    """The styles part (styles.xml, or w:styles of a Word 2003 file); works empty when it is missing."""

    def __init__(self, root: etree._Element | None, dialect: Dialect) -> None:
        self.d = dialect
        self._elements: dict[str, etree._Element] = {}
        self._styles: dict[str, _Style | None] = {}
        self.default_paragraph: str | None = None
        self._default_rpr: etree._Element | None = None
        self._para_cache: dict[str | None, ParagraphStyle] = {}
        self._char_cache: dict[str, tuple[bool | None, bool | None, bool | None]] = {}
        if root is not None:
            self._load(root)

    def _load(self, root: etree._Element) -> None:
        q, d = self.d.q, self.d
        defaults = root.find(q("docDefaults"))
        if defaults is not None:
            self._default_rpr = defaults.find(f"{q('rPrDefault')}/{q('rPr')}")
        # Only the styles a document uses are read in full: Word's styles.xml lists hundreds
        # (350 KB in the Alameda sample) of which a spec uses a handful.
        for style in root.iterchildren(q("style")):
            style_id = d.attr(style, "styleId")
            if style_id is None:
                continue
            self._elements.setdefault(style_id, style)
            default = (d.attr(style, "default") or "").lower()
            if default in ("1", "true", "on") and d.attr(style, "type") == "paragraph":
                self.default_paragraph = style_id

    def _style(self, style_id: str) -> _Style | None:
        if style_id not in self._styles:
            element = self._elements.get(style_id)
            d = self.d
            self._styles[style_id] = (
                None
                if element is None
                else _Style(
                    name=d.val(element, "name") or style_id,
                    based_on=d.val(element, "basedOn"),
                    ppr=element.find(d.q("pPr")),
                    rpr=element.find(d.q("rPr")),
                )
            )
        return self._styles[style_id]

    def _chain(self, style_id: str | None) -> list[_Style]:
        chain: list[_Style] = []
        seen: set[str] = set()
        while style_id is not None and style_id not in seen and len(chain) < MAX_STYLE_CHAIN:
            seen.add(style_id)
            style = self._style(style_id)
            if style is None:
                break
            chain.append(style)
            style_id = style.based_on
        return chain

    def paragraph(self, style_id: str | None) -> ParagraphStyle:
        """The resolved paragraph style ``style_id`` (the default paragraph style when None)."""
        cached = self._para_cache.get(style_id)
        if cached is None:
            cached = self._resolve_paragraph(style_id)
            self._para_cache[style_id] = cached
        return cached

    def _resolve_paragraph(self, style_id: str | None) -> ParagraphStyle:
        d = self.d
        chain = self._chain(style_id if style_id is not None else self.default_paragraph)
        heading: int | None = None
        for style in chain:
            heading = heading_from_name(style.name)
            if heading is None:
                heading = heading_from_outline(d.val(style.ppr, "outlineLvl"))
            if heading is not None or d.val(style.ppr, "outlineLvl") is not None:
                break
        if heading is None and not chain and style_id is not None:
            heading = heading_from_name(re.sub(r"(?<=[a-z])(?=\d)", " ", style_id))
        num_id: str | None = None
        ilvl: int | None = None
        for style in chain:
            num = None if style.ppr is None else style.ppr.find(d.q(d.num_pr))
            if num is not None:
                num_id = d.val(num, d.num_id)
                ilvl = int_or(d.val(num, "ilvl"), 0) if d.val(num, "ilvl") is not None else None
                break
        return ParagraphStyle(
            heading_level=heading,
            bold=self._first(chain, "b"),
            caps=self._caps(chain),
            hidden=self._first(chain, "vanish"),
            num_id=num_id,
            ilvl=ilvl,
        )

    def _first(self, chain: list[_Style], switch: str) -> bool | None:
        for style in chain:
            value = self.d.toggle(style.rpr, switch)
            if value is not None:
                return value
        return self.d.toggle(self._default_rpr, switch)

    def _caps(self, chain: list[_Style]) -> bool | None:
        caps, small = self._first(chain, "caps"), self._first(chain, "smallCaps")
        return None if caps is None and small is None else bool(caps or small)

    def character(self, style_id: str) -> tuple[bool | None, bool | None, bool | None]:
        """(bold, caps, hidden) set by character style ``style_id``; None where it says nothing."""
        cached = self._char_cache.get(style_id)
        if cached is None:
            chain = self._chain(style_id)
            d = self.d
            bold = next((v for s in chain if (v := d.toggle(s.rpr, "b")) is not None), None)
            caps_values = [d.toggle(s.rpr, n) for s in chain for n in ("caps", "smallCaps")]
            caps = None if all(v is None for v in caps_values) else any(bool(v) for v in caps_values)
            hidden = next((v for s in chain if (v := d.toggle(s.rpr, "vanish")) is not None), None)
            cached = (bold, caps, hidden)
            self._char_cache[style_id] = cached
        return cached

    def numbering_link(self, style_id: str) -> str | None:
        """The list instance a numbering style points at (for abstractNum w:numStyleLink)."""
        for style in self._chain(style_id):
            num = None if style.ppr is None else style.ppr.find(self.d.q(self.d.num_pr))
            if num is not None:
                return self.d.val(num, self.d.num_id)
        return None
