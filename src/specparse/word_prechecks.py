"""Cheap word tests before costly patterns whose words may be printed with dots or spaces inside.

``prechecks.may_contain`` tests plain words. A pattern such as ``ph\\.?\\s?d\\b`` ("PhD", "Ph.D", "Ph. D")
has no word that every match holds as printed; it does once dots and spaces are gone: "phd". So the
text and the words are compared by their letters and digits only: every other ASCII character is
dropped from both. Dropping characters never parts letters that a match holds side by side, so a
text the pattern matches always passes; it may also pass a text the pattern does not match ("used
daily" holds "edd"), which only costs the pattern's search.

Each caller lists, for each pattern, words one of which every match holds: ``blind`` compared in any
letter case, ``cased`` as printed, for the case-sensitive parts of a pattern (``(?-i:MBA)``).
"""

from __future__ import annotations

# Every ASCII character but letters and digits, for bytes.translate to drop (on bytes it is a table
# look-up per character, several times faster than str.translate with a mapping).
_NOT_LETTER_OR_DIGIT = bytes(code for code in range(128) if not chr(code).isalnum())


def letters_and_digits(text: str) -> bytes:
    """ASCII ``text`` without its characters other than letters and digits."""
    return text.encode("ascii").translate(None, _NOT_LETTER_OR_DIGIT)


def _letters(text: str) -> str:
    # Compared as str: "word in letters" on bytes first tries the word as an integer (``65 in b"A"``)
    # and raises and clears a formatted TypeError each time, which cost more than the search itself.
    return letters_and_digits(text).decode("ascii")


class Words:
    """Words (as printed: "Ph.D", "high school") one of which every match of a pattern holds."""

    __slots__ = ("blind", "cased")

    def __init__(self, blind: tuple[str, ...], cased: tuple[str, ...] = ()) -> None:
        self.blind = tuple(_letters(word).lower() for word in blind)
        self.cased = tuple(_letters(word) for word in cased)


class Letters:
    """One text's letters and digits, as printed and lower-cased, for several word tests."""

    __slots__ = ("_ascii", "_cased", "_lower")

    def __init__(self, text: str) -> None:
        # re.I matches some other letters to ASCII ones ("ſ" to "s", "K" to "k") where str.lower
        # does not: a text that is not all ASCII always passes, and only the pattern can tell.
        self._ascii = text.isascii()
        self._cased = _letters(text) if self._ascii else ""
        self._lower = self._cased.lower()

    def may_hold(self, words: Words) -> bool:
        """False only when no match of the pattern ``words`` belongs to can be in the text."""
        if not self._ascii:
            return True
        # Plain loops: any() over a generator costs more than the tests.
        for word in words.blind:
            if word in self._lower:
                return True
        for word in words.cased:  # noqa: SIM110
            if word in self._cased:
                return True
        return False
