"""Phrases cut out of an experience clause, and the class-title pattern they share with its readers.

"… with the City of Los Angeles" names the employer, "…; or" joins the clause to the next, "… or in a
class at that level performing accounting work" allows an alternate class: ``experience`` reads the
field, the class and the alternate around them. Each plain pattern here opened with optional spaces
or "\\b" and was tried at every position of every clause; the readers find the phrase from its word on
(or read the clause from its end) and give exactly what the plain pattern gives, which the tests compare.
"""

from __future__ import annotations

import re

# One word of a class title: "Senior", "Clerk-Typist", "II", "911".
TITLE_WORD = r"(?:[A-Z][\w'’/-]*(?:\.(?=\s+[A-Z]))?|[IVX]{1,4}\b|\d{1,3}\b)"
# Words that may sit inside a title ("Operations and Statistical Research Analyst", "Director of Systems").
ONE_TITLE = TITLE_WORD + r"(?:\s+(?:(?:and|of|&|for|-)\s+)?" + TITLE_WORD + r")*"
# Several titles: "Equipment Operator, Power Shovel Operator", "Carpenter or Electrician", "a Director of Systems".
TITLES = ONE_TITLE + r"(?:(?:\s*,\s*|,?\s+or\s+|,?\s+and\s+)(?:an?\s+)?" + ONE_TITLE + r")*"
# "or in a class at that level which provides experience in …", "or in a clerical class at the same level".
# Every match of ALTERNATE holds "or" and one of these (case-sensitive like the pattern): a cheap test first.
ALTERNATE_WORDS = ("class", "position")
ALTERNATE = re.compile(
    r",?\s*\bor\s+in\s+an?\s+(?:[a-z-]+\s+){0,2}(?:class|classification|position)\s+(?:which\s+is\s+)?at\s+"
    r"(?:(?:that|the\s+same|this|an?\s+equivalent)\s+level\b|the\s+level\s+of\s+(?:an?\s+)?"
    + TITLES
    + r"(?:\s*\([^)]*\))?)[,\s]*(?P<rest>[^;.]*)"
)
# ALTERNATE from its "or" on, led by the word (a look-behind standing for the "\b"): the plain pattern
# opens with ",?\s*" and was tried at every position of every clause holding "or" and "class".
_ALTERNATE_CORE = re.compile(
    r"or(?<!\wor)\s+in\s+an?\s+(?:[a-z-]+\s+){0,2}(?:class|classification|position)\s+(?:which\s+is\s+)?at\s+"
    r"(?:(?:that|the\s+same|this|an?\s+equivalent)\s+level\b|the\s+level\s+of\s+(?:an?\s+)?"
    + TITLES
    + r"(?:\s*\([^)]*\))?)[,\s]*(?P<rest>[^;.]*)"
)
# "with the City of Los Angeles", "with the City of Los Angeles' Departments of …": the employer, not a field.
EMPLOYER_PHRASE = re.compile(
    r"\s*,?\s*\b(?:with|for|employed\s+by)\s+(?:the\s+)?(?:City|County|State)\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*'?s?",
)
# EMPLOYER_PHRASE from its word on, led by the word (a look-behind standing for the "\b"): the plain
# pattern opens with "\s*,?\s*" and was tried at every position of every clause naming a City.
_EMPLOYER_CORE = re.compile(
    r"(?:with(?<!\wwith)|for(?<!\wfor)|employed(?<!\wemployed)\s+by)\s+(?:the\s+)?(?:City|County|State)\s+of\s+"
    r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*'?s?",
)
TAIL = re.compile(r"[\s,;:]+(?:and|or)?\s*$", re.I)


def alternate_class(own: str) -> tuple[int, re.Match[str]] | None:
    r"""The "or in a class at that level …" phrase of a clause, if it has one: where ALTERNATE's match
    starts (the comma and spaces ",?\s*" takes before the "or") and the match from the "or" on."""
    if "or" not in own or not any(word in own for word in ALTERNATE_WORDS):
        return None
    match = _ALTERNATE_CORE.search(own)
    if match is None:
        return None
    start = match.start()
    while start and own[start - 1].isspace():
        start -= 1
    if start and own[start - 1] == ",":
        start -= 1
    return start, match


def without_employer(own: str) -> str:
    r"""``EMPLOYER_PHRASE.sub("", own)``: each phrase found from its word on, with the spaces and the one
    comma before it that "\s*,?\s*" takes (all the spaces, then a comma, then the spaces before that:
    where the plain pattern's leftmost match of that phrase starts), never reaching into the match before."""
    kept: list[str] = []
    last = 0
    for match in _EMPLOYER_CORE.finditer(own):
        start = match.start()
        while start > last and own[start - 1].isspace():
            start -= 1
        if start > last and own[start - 1] == ",":
            start -= 1
            while start > last and own[start - 1].isspace():
                start -= 1
        kept.append(own[last:start])
        last = match.end()
    if not kept:
        return own
    kept.append(own[last:])
    return "".join(kept)


def without_tail(value: str) -> str:
    """``TAIL.sub("", value)``, read from the end (the pattern was tried at every space of the text): the
    last word when it is "and" or "or" with the run of spaces, commas, semicolons and colons before it,
    else that run at the very end."""
    if not value.isascii():  # re.I matches some other letters to ASCII ones; str.lower does not
        return TAIL.sub("", value)
    end = len(value.rstrip())
    last = value[max(0, end - 3) : end].lower()
    for word in ("and", "or"):
        if last.endswith(word):
            start = run = end - len(word)
            while run and _is_tail_character(value[run - 1]):
                run -= 1
            if run < start:
                return value[:run]
            break
    run = len(value)
    while run and _is_tail_character(value[run - 1]):
        run -= 1
    return value[:run]


def _is_tail_character(character: str) -> bool:
    return character.isspace() or character in ",;:"  # [\s,;:]
