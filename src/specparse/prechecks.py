"""Cheap tests run before a costly case-blind pattern, to skip the lines it cannot match.

A pattern with alternatives at its start (``\\b(?:received|submitted|...)``) is tried at every position
of every line; most lines have none of its words. A substring test on the lower-cased line is many
times cheaper, and must never skip a line the pattern would match: each caller lists words, one of
which every match of its pattern contains.
"""

from __future__ import annotations


def may_contain(text: str, words: tuple[str, ...]) -> bool:
    """False only when ``text`` holds none of ``words`` (lower case) in any letter case.

    Text that is not all ASCII always passes: ``re.I`` matches some other letters to ASCII ones ("ſ"
    to "s", "ı" and "İ" to "i") where ``str.lower`` does not, so only the pattern can tell.
    """
    if not text.isascii():
        return True
    lower = text.lower()
    for word in words:  # noqa: SIM110 (a plain loop: any() over a generator costs more than the tests)
        if word in lower:
            return True
    return False


def ascii_lowered(text: str) -> str | None:
    """``text.lower()`` for ASCII text, None for other text: what ``holds_any`` and
    ``Caseless.search_lowered`` take, so that a reader lowers its line once for all its tests."""
    return text.lower() if text.isascii() else None


def holds_any(lowered: str | None, words: tuple[str, ...]) -> bool:
    """``may_contain`` for a caller that has lower-cased the text already: ``lowered`` is
    ``ascii_lowered(text)`` (None for text that is not ASCII, which always passes)."""
    if lowered is None:
        return True
    for word in words:  # noqa: SIM110 (a plain loop: any() over a generator costs more than the tests)
        if word in lowered:
            return True
    return False


def ends_with_none(text: str, endings: tuple[str, ...]) -> bool:
    """True only when ``text`` cannot end with one of ``endings`` (lower case) in any letter case, white
    space after it aside: ASCII text whose lower-cased end is none of them. Text that is not ASCII never
    is (see ``may_contain``); ``str.rstrip`` takes the white space ``\\s`` takes on ASCII text, and the
    "\n" that ``$`` may stand before."""
    return text.isascii() and not text.rstrip().lower().endswith(endings)
