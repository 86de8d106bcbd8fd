"""Word automatic numbering: list definitions, per-list counters, and the marker text Word displays."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from .dialect import Dialect, int_or
from .styles import Styles

MAX_LEVELS = 9  # Word lists have levels 0-8
MAX_LETTER_REPEAT = 10  # "aaaaaaaaaa"; past that a hostile start value would build huge markers
BULLET = "\u2022"
_PLACEHOLDER = re.compile(r"%([1-9])")

# Word 2003 XML writes the number format as an integer code (w:nfc) instead of a name.
NFC_CODES = {
    "0": "decimal",
    "1": "upperRoman",
    "2": "lowerRoman",
    "3": "upperLetter",
    "4": "lowerLetter",
    "5": "ordinal",
    "22": "decimalZero",
    "23": "bullet",
    "255": "none",
}
_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


@dataclass(frozen=True, slots=True)
class Level:
    start: int = 0  # ECMA-376: an absent w:start means 0 (Tika's override test shows "0th")
    fmt: str = "decimal"
    text: str | None = None  # lvlText such as "%1." or "%1.%2"; None renders "%<level+1>."
    restart: int | None = None  # lvlRestart: 0 means never restart after a higher level
    legal: bool = False  # isLgl: show every level's number as decimal
    style: str | None = None  # pStyle: a paragraph style tied to this level


@dataclass(slots=True)
class ListInstance:
    abstract_id: str
    start_overrides: dict[int, int] = field(default_factory=dict)
    levels: dict[int, Level] = field(default_factory=dict)  # whole-level overrides (lvlOverride/lvl)


def format_number(value: int, fmt: str) -> str:
    """Render ``value`` as Word's number format ``fmt`` would (unknown formats fall back to decimal)."""
    if fmt in ("bullet", "none"):
        # A bullet level quoted inside a deeper level's "%1.%6" shows nothing there.
        return ""
    if fmt in ("lowerLetter", "upperLetter") and 0 < value <= 26 * MAX_LETTER_REPEAT:
        # Word repeats the letter past z: 27 -> "aa", 28 -> "bb".
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman") and 0 < value < 4000:
        roman = ""
        for amount, numeral in _ROMAN:
            while value >= amount:
                roman += numeral
                value -= amount
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "ordinal":
        suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
        return f"{value}{suffix}"
    return str(value)


class Numbering:
    """List definitions and running counters; ``marker`` is called once per numbered paragraph, in order."""

    def __init__(self, dialect: Dialect, styles: Styles) -> None:
        self.d = dialect
        self.styles = styles
        self.abstracts: dict[str, dict[int, Level]] = {}
        self.instances: dict[str, ListInstance] = {}
        self._fmt_tag = "numFmt"
        self._abstract_elements: dict[str, etree._Element] = {}
        self._pending: Callable[[], etree._Element | None] | None = None
        self._style_links: dict[str, str] = {}  # abstract id -> numbering style it borrows levels from
        # Counters are kept per abstract definition: Word continues a list across w:num instances of
        # the same definition unless an instance overrides the start (POI NumberingWOverrides.docx).
        self._counters: dict[str, list[int | None]] = {}
        self._seen: set[str] = set()

    def load_later(self, loader: Callable[[], etree._Element | None]) -> None:
        """Parse numbering.xml only when a paragraph is numbered: some files carry megabytes of unused
        list definitions (docx2python nested_paragraphs_in_header.docx has 816 in 2.3 MB)."""
        self._pending = loader

    def _load_pending(self) -> None:
        loader, self._pending = self._pending, None
        root = loader() if loader is not None else None
        if root is not None:
            self.load_ooxml(root)

    def load_ooxml(self, root: etree._Element) -> None:
        d, q = self.d, self.d.q
        for abstract in root.iterchildren(q("abstractNum")):
            abstract_id = d.attr(abstract, "abstractNumId")
            if abstract_id is None:
                continue
            # Levels are read when the list is first used; most definitions never are.
            self._abstract_elements[abstract_id] = abstract
            link = d.val(abstract, "numStyleLink")
            if link is not None:
                self._style_links[abstract_id] = link
        for num in root.iterchildren(q("num")):
            num_id = d.attr(num, "numId")
            abstract_ref = d.val(num, "abstractNumId")
            if num_id is not None and abstract_ref is not None:
                self.instances[num_id] = self._instance(num, abstract_ref, "numFmt")

    def load_word2003(self, lists: etree._Element) -> None:
        d, q = self.d, self.d.q
        self._fmt_tag = "nfc"
        for definition in lists.iterchildren(q("listDef")):
            def_id = d.attr(definition, "listDefId")
            if def_id is not None:
                self._abstract_elements[def_id] = definition
        for instance in lists.iterchildren(q("list")):
            ilfo = d.attr(instance, "ilfo")
            definition_ref = d.val(instance, "ilst")
            if ilfo is not None and definition_ref is not None:
                self.instances[ilfo] = self._instance(instance, definition_ref, "nfc")

    def _instance(self, element: etree._Element, abstract_id: str, fmt_tag: str) -> ListInstance:
        d = self.d
        instance = ListInstance(abstract_id=abstract_id)
        for override in element.iter(d.q("lvlOverride")):
            ilvl = int_or(d.attr(override, "ilvl"), -1)
            if not 0 <= ilvl < MAX_LEVELS:
                continue
            start = d.val(override, "startOverride")
            if start is not None:
                instance.start_overrides[ilvl] = int_or(start, 1)
            level = override.find(d.q("lvl"))
            if level is not None:
                instance.levels[ilvl] = self._level(level, fmt_tag)
        return instance

    def _levels(self, element: etree._Element, fmt_tag: str) -> dict[int, Level]:
        levels: dict[int, Level] = {}
        for level in element.iter(self.d.q("lvl")):
            ilvl = int_or(self.d.attr(level, "ilvl"), -1)
            if 0 <= ilvl < MAX_LEVELS:
                levels[ilvl] = self._level(level, fmt_tag)
        return levels

    def _level(self, level: etree._Element, fmt_tag: str) -> Level:
        d = self.d
        fmt = d.val(level, fmt_tag) or "decimal"
        if fmt_tag == "nfc":
            fmt = NFC_CODES.get(fmt, "decimal")
        restart = d.val(level, "lvlRestart")
        return Level(
            start=int_or(d.val(level, "start"), 0),
            fmt=fmt,
            text=d.val(level, "lvlText"),
            restart=None if restart is None else int_or(restart, 0),
            legal=bool(d.toggle(level, "isLgl")),
            style=d.val(level, "pStyle"),
        )

    def _definition(self, instance: ListInstance) -> tuple[str, dict[int, Level]]:
        abstract_id = instance.abstract_id
        link = self._style_links.get(abstract_id)
        if link is not None:
            # A list defined through a numbering style (numStyleLink) takes the levels of the list
            # that style points at; one hop is all Word itself follows.
            linked = self.instances.get(self.styles.numbering_link(link) or "")
            if linked is not None and linked.abstract_id in self._abstract_elements:
                abstract_id = linked.abstract_id
        levels = dict(self._abstract(abstract_id))
        levels.update(instance.levels)
        return abstract_id, levels

    def _abstract(self, abstract_id: str) -> dict[int, Level]:
        levels = self.abstracts.get(abstract_id)
        if levels is None:
            element = self._abstract_elements.get(abstract_id)
            levels = {} if element is None else self._levels(element, self._fmt_tag)
            self.abstracts[abstract_id] = levels
        return levels

    def level_for_style(self, num_id: str, style_id: str) -> int | None:
        self._load_pending()
        instance = self.instances.get(num_id)
        if instance is None:
            return None
        for ilvl, level in self._definition(instance)[1].items():
            if level.style == style_id:
                return ilvl
        return None

    def marker(self, num_id: str, ilvl: int) -> str | None:
        """Advance list ``num_id`` at level ``ilvl`` and return the marker shown ("1.", "a)", "•")."""
        self._load_pending()
        instance = self.instances.get(num_id)
        if instance is None or not 0 <= ilvl < MAX_LEVELS:
            return None
        key, levels = self._definition(instance)
        level = levels.get(ilvl)
        if level is None:
            return None
        counters = self._counters.setdefault(key, [None] * MAX_LEVELS)
        if num_id not in self._seen:
            self._seen.add(num_id)
            for overridden in instance.start_overrides:
                counters[overridden] = None
        current = counters[ilvl]
        counters[ilvl] = self._start(instance, levels, ilvl) if current is None else current + 1
        for deeper in range(ilvl + 1, MAX_LEVELS):
            deeper_level = levels.get(deeper)
            # lvlRestart="n" restarts only after levels above n (1-based); "0" never restarts, so
            # Tika's override test shows "1.b.III" after "1.a.II".
            restart = None if deeper_level is None else deeper_level.restart
            if restart is None or ilvl < restart:
                counters[deeper] = None
        if level.fmt == "bullet":
            return BULLET
        text = level.text if level.text is not None else f"%{ilvl + 1}."

        def render(match: re.Match[str]) -> str:
            shown = int(match.group(1)) - 1
            if counters[shown] is None:
                # A skipped level shows its start value and counts as used from then on.
                counters[shown] = self._start(instance, levels, shown)
            shown_level = levels.get(shown, Level())
            fmt = "decimal" if level.legal and shown_level.fmt != "none" else shown_level.fmt
            return format_number(counters[shown] or 0, fmt)

        return _PLACEHOLDER.sub(render, text).strip() or None

    @staticmethod
    def _start(instance: ListInstance, levels: dict[int, Level], ilvl: int) -> int:
        if ilvl in instance.start_overrides:
            return instance.start_overrides[ilvl]
        return levels.get(ilvl, Level()).start
