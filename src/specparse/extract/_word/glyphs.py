"""Characters Word draws rather than stores: Symbol/Wingdings glyphs (w:sym) and form checkboxes."""

from __future__ import annotations

from .dialect import int_or

CHECKED_BOX, UNCHECKED_BOX = "\u2612", "\u2610"

# w:sym gives a glyph number in a symbol font (often with the private-use F000 offset), not a
# character. Symbol puts Greek on the Latin letters; Wingdings holds the bullets and ticks that
# specs type by hand ("§" shows as a square bullet, "ü" as a tick). Unmapped glyphs are dropped
# rather than emitted as private-use characters nobody can read.
_GREEK_UPPER = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ"
_GREEK_LOWER = "αβχδεφγηιϕκλμνοπθρστυϖωξψζ"
_SYMBOL_FONT = {
    **{0x41 + i: char for i, char in enumerate(_GREEK_UPPER)},
    **{0x61 + i: char for i, char in enumerate(_GREEK_LOWER)},
    **{code: chr(code) for code in range(0x20, 0x41) if chr(code) not in "\"$'*-@"},
    0x2D: "\u2212",
    0xA3: "\u2264",
    0xAE: "\u2192",
    0xB0: "\u00b0",
    0xB1: "\u00b1",
    0xB3: "\u2265",
    0xB4: "\u00d7",
    0xB7: "\u2022",
    0xB9: "\u2260",
    0xD7: "\u00b7",
}
_WINGDINGS_FONT = {
    0x6C: "\u25cf",
    0x6E: "\u25a0",
    0x6F: "\u25a1",
    0x71: "\u2751",
    0x76: "\u2756",
    0x9F: "\u2022",
    0xA1: "\u25cb",
    0xA7: "\u25aa",
    0xA8: "\u25fb",
    0xD8: "\u27a2",
    0xFC: "\u2713",
    0xFD: "\u2612",
    0xFE: "\u2611",
}
_FONTS = {"symbol": _SYMBOL_FONT, "wingdings": _WINGDINGS_FONT}


def symbol(font: str | None, code: str | None) -> str:
    """The character a ``w:sym`` shows; "" when it is a glyph with no Unicode counterpart we know."""
    value = int_or(code, -1, base=16)
    if value < 0 or value > 0x10FFFF:
        return ""
    table = _FONTS.get((font or "").strip().lower())
    if table is not None and (value <= 0xFF or 0xF000 <= value <= 0xF0FF):
        return table.get(value & 0xFF, "")
    if 0xE000 <= value <= 0xF8FF:
        return ""
    return chr(value)
