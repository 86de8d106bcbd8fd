"""Case-blind patterns that run about twice as fast on the ASCII text nearly every document is.

Python's ``re.I`` folds the case of every character it compares. On ASCII text, lower-casing the text
once (which keeps every position) and matching a pattern written in lower case without ``re.I`` finds
the same matches at the same positions, in about half the time. ``Caseless`` does that where it is
exact and falls back to the ``re.I`` pattern where it is not: on text that is not ASCII (``re.I`` also
matches "ſ" to "s" and the Kelvin sign to "k", which ``str.lower`` does not), and for a pattern that
names a capital letter outside an escape (``[A-Z]``, which would not match lower-cased text).

Matches found on the lower-cased text hold its (lower-case) characters, at the original's positions:
take ``text[match.start(group) : match.end(group)]`` for a part as printed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Escapes ("\W", "\S", "\D", "\B", "\A", "\Z", "\x41") and group names ("(?P<Name>", "(?P=Name)") may hold
# capitals without naming one; any other capital letter in a pattern is a letter to match.
_NOT_LETTERS = re.compile(r"\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|\\.|\(\?P<\w+>|\(\?P=\w+\)")
_CAPITAL = re.compile(r"[A-Z]")
# Inline flags would change what the pattern means in ways this module does not follow.
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]+[:)]")


def lower_case_safe(pattern: str) -> bool:
    """True when ``pattern`` matches lower-cased ASCII text exactly as it matches any ASCII text with re.I."""
    bare = _NOT_LETTERS.sub("", pattern)
    return not _CAPITAL.search(bare) and not _INLINE_FLAGS.search(pattern)


class Caseless:
    """A pattern compiled with ``re.I``, searched on the lower-cased text where that is exact."""

    __slots__ = ("blind", "lowered")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.blind = re.compile(pattern, flags | re.I)
        self.lowered = re.compile(pattern, flags) if lower_case_safe(pattern) else None

    def _target(self, text: str) -> tuple[re.Pattern[str], str]:
        if self.lowered is not None and text.isascii():
            return self.lowered, text.lower()
        return self.blind, text

    def search(self, text: str) -> re.Match[str] | None:
        pattern, target = self._target(text)
        return pattern.search(target)

    def search_lowered(self, text: str, lowered: str | None) -> re.Match[str] | None:
        """``search(text)`` for a caller trying several patterns on one text: ``lowered`` is
        ``text.lower()`` when ``text`` is ASCII, else None."""
        if self.lowered is not None and lowered is not None:
            return self.lowered.search(lowered)
        return self.blind.search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pattern, target = self._target(text)
        return pattern.finditer(target)

    def finditer_lowered(self, text: str, lowered: str | None) -> Iterator[re.Match[str]]:
        """``finditer(text)`` given ``lowered`` as ``search_lowered`` takes it."""
        if self.lowered is not None and lowered is not None:
            return self.lowered.finditer(lowered)
        return self.blind.finditer(text)
