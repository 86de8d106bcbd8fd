"""A degree's majors and an apprenticeship's trades, as the City of Los Angeles data dictionary lists them.

"with a major in a physical or natural science" gives PHYSICAL SCIENCE and NATURAL SCIENCE; "a
bachelor's degree from an accredited four-year college or university in information systems, software
engineering, …, or a related field" gives each field without the catch-all; "a degree in Engineering
from an accredited college" stops at where the degree is from. Units required "in accounting" are course
work, not a major. "Completion of a recognized apprenticeship as a carpenter or cabinetmaker" names the
trades of the apprenticeship (the dictionary's own example).
"""

from __future__ import annotations

import re

from .courses import split_subjects

# Where a major ends: "… and successful completion" (not "Library and Information Science"), "with",
# "from an accredited …", "including coursework …", "or a closely related field".
_END = (
    r"(?=\s*(?:[;.:(]|$)|,?\s+(?-i:and\s+(?![A-Z]))|,?\s+(?:with|from|which|who|that|plus|including|such\s+as|may|upon|"
    r"or\s+(?:a\s+)?(?:closely\s+)?related)\b|,?\s+at\s+an?\b)"
)
# "a major in X", "majoring in X", "degree in X", "degree … college or university in X", "B.S. in X".
_MAJOR = re.compile(
    r"\b(?:major(?:ing)?|concentration|specialization|emphasis)\s+(?:in|of)\s+(?P<a>[^;.:()]+?)" + _END + r"|"
    r"\bdegree\s+(?:in|of)\s+(?P<b>(?!a\s+related)[^;.:()]+?)" + _END + r"|"
    r"\bdegree\s+from\s+an?\s+(?:[\w-]+\s+){0,4}?(?:college|university)(?:\s+or\s+(?:college|university))?\s+in\s+"
    r"(?P<c>[^;.:()]+?)" + _END,
    re.I,
)
_APPRENTICESHIP = re.compile(
    r"\bapprenticeship\s+(?:program\s+)?(?:as\s+an?|in(?:\s+the)?|for)\s+(?P<trade>[^;.:()]+?)"
    r"(?=\s*(?:[;.:(]|$)|,?\s+(?:and|with|from|which|or\s+(?:a\s+)?(?:closely\s+)?related)\b|,?\s+(?:at|in)\s+an?\b)",
    re.I,
)
_FIELD_WORD = re.compile(r"^(?:an?\s+)?(?:the\s+)?(?:field|area|discipline)\s+of\s+", re.I)
# "a physical or natural science": adjectives sharing the noun printed after the last one.
_ADJECTIVE = re.compile(r"^[a-z]+(?:al|ic|il|ive|ary)$", re.I)
_NOT_A_MAJOR = re.compile(
    r"^(?:related|any|the\s+following|an?\s+(?:related|appropriate))\b|\brelated\s+(?:field|area|discipline)|"
    r"\bdegree\b|\bany\s+major\b|\bfollowing\b|\bcertificate\b|\bdesignation\b|^upon\b",
    re.I,
)


def majors(text: str) -> list[str]:
    """The majors a degree sentence names, each on its own ("Physical Science", "Natural Science")."""
    found: list[str] = []
    for match in _MAJOR.finditer(text):
        value = match.group("a") or match.group("b") or match.group("c")
        found += _shared_noun(split_subjects(_FIELD_WORD.sub("", value)))
    return list(dict.fromkeys(m for m in found if m and not _NOT_A_MAJOR.search(m)))


def is_major(name: str) -> bool:
    """False for catch-alls and lead-ins ("a closely related field", "any of the following areas")."""
    return bool(name.strip()) and not _NOT_A_MAJOR.search(name)


def trades(text: str) -> list[str]:
    """The trades of an apprenticeship ("as a carpenter or cabinetmaker" gives both); none when not one."""
    found: list[str] = []
    for match in _APPRENTICESHIP.finditer(text):
        found += split_subjects(match.group("trade"))
    return list(dict.fromkeys(t for t in found if t and not _NOT_A_MAJOR.search(t)))


def _shared_noun(items: list[str]) -> list[str]:
    """ "physical", "natural science" → "physical science", "natural science"."""
    if len(items) < 2:
        return items
    last = items[-1].split()
    if len(last) < 2 or not all(_ADJECTIVE.match(item) for item in items[:-1]):
        return items
    return [f"{item} {last[-1]}" for item in items[:-1]] + [items[-1]]
