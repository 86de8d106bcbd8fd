"""The pattern of a duration as requirements print it: a figure in words or digits, then its unit.

"Two (2) years", "1-2 years", "three to five years", "1½ years", "six months", "5+ years of full-time paid
…": DURATION finds them in any text; DURATION_LOWER finds the same durations at the same places in
lower-cased ASCII text, where it is read several times faster (``find_duration``, ``match_duration``).
"""

from __future__ import annotations

import re

# Spelled-out numbers as requirements print them ("Two (2) years", "one year", "six months").
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "eighteen": 18,
    "twenty": 20,
    "twenty-four": 24,
    "thirty": 30,
    "thirty-six": 36,
    "forty-eight": 48,
    "a": 1,
    "an": 1,
    "half": 0.5,
    "one-half": 0.5,
    "one and one-half": 1.5,
    "one and a half": 1.5,
    "two and one-half": 2.5,
    "two and a half": 2.5,
}
_NUMBER_WORD = "(?:" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS if len(w) > 2), key=len, reverse=True)) + ")"
# "1½", "1 1/2", "1.5": a digit figure with its fraction.
_FRACTION = r"(?:\.\d+|\s*½|\s+1/2)?"
_DIGITS = r"\d+" + _FRACTION
NUMBER = (
    r"(?P<num>" + _DIGITS + "|" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)) + r")"
)
# The first letters of the figures above (NUMBER_WORDS, digits). Python's re has no fast skip for a
# case-blind alternation, so each number word was tried at every position of a text; this one class
# test (case-blind like the words) fails most positions at once and never one the words would match.
NUMBER_START = r"(?=[\d" + "".join(sorted({word[0] for word in NUMBER_WORDS})) + "])"
# What follows the figure: "1-2 years", "three to five years" (both bounds are named, the lower one is the
# requirement), "two (2) years", "5+ years", "one year of full-time paid …".
_AFTER_FIGURE = (
    r"(?:\s*(?:-|–|to)\s*(?P<upper>"
    + _DIGITS
    + "|"
    + _NUMBER_WORD
    + r"))?"
    + r"(?:\s*\(\s*\d+(?:\.\d+)?\s*\))?\s*(?:\+\s*)?(?:or more\s+)?(?:full[- ]time\s+)?(?:paid\s+)?(?P<unit>years?|months?|yrs?)\b\.?"
)
DURATION = re.compile(NUMBER_START + NUMBER + _AFTER_FIGURE, re.I)


def _alternatives(words: list[str]) -> list[str]:
    """``words`` as the branches of one alternation, their shared beginnings written once: "one and one-half",
    "one and a half", "one-half", "one" give "one(?:\\ and\\ (?:one\\-half|a\\ half)|\\-half|)". The engine then
    compares a letter once where it tried each word in turn. Words that can match at the same place begin
    one another; of those the longer is tried first (the empty branch comes last), as in the list sorted
    longest first, so the alternation matches as that list does."""
    rests: dict[str, list[str]] = {}
    ends = False
    for word in words:
        if word:
            rests.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    branches = []
    for first, rest in rests.items():
        inner = _alternatives(rest)
        branches.append(re.escape(first) + (inner[0] if len(inner) == 1 else "(?:" + "|".join(inner) + ")"))
    return [*branches, ""] if ends else branches


# DURATION for lower-cased ASCII text, where it finds the same durations at the same places: its words are
# all written in lower case, and "\\d" matches the ASCII digits only there. Each branch of the figure opens
# with its own letter or digit (the words as one alternation, above), so the engine skips from one place
# such a character stands to the next, where the look-ahead was tried at every position of the text.
_DIGIT_BRANCHES = [digit + r"\d*" + _FRACTION for digit in "0123456789"]  # "\d+": one digit, then more
DURATION_LOWER = re.compile(
    "(?P<num>"
    + "|".join([*_DIGIT_BRANCHES, *_alternatives(sorted(NUMBER_WORDS, key=len, reverse=True))])
    + ")"
    # What can follow a figure, after any spaces: a range ("-", "–", "to"), "(2)", "+", "or more", "full-time",
    # "paid" or the unit. Every duration passes this test; the figure "a" found in "and", "valid",
    # "management" fails it at once, where the rest of the pattern was tried.
    + r"(?=\s*[\-–t(+ofpym])"
    + _AFTER_FIGURE
)


# What a duration opens with: a digit or a number word's first letter, in either case (as NUMBER_START).
_FIGURE_OPENERS = frozenset("0123456789" + "".join(word[0] + word[0].upper() for word in NUMBER_WORDS))


def match_duration(text: str) -> re.Match[str] | None:
    """``DURATION.match(text)``, read like ``find_duration``."""
    # Asked of each word leading an experience clause ("of", "paid", "full-time"): most cannot open a
    # figure. A character that is not ASCII may still be a digit ("٣") or fold to a letter ("ſ").
    opener = text[:1]
    if opener.isascii() and opener not in _FIGURE_OPENERS:
        return None
    return DURATION_LOWER.match(text.lower()) if text.isascii() else DURATION.match(text)


def find_duration(text: str) -> re.Match[str] | None:
    """``DURATION.search(text)``, read on the lower-cased text where that is exact (the match's places are
    the printed text's, its letters lower case)."""
    return DURATION_LOWER.search(text.lower()) if text.isascii() else DURATION.search(text)
