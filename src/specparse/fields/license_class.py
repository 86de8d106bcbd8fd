"""A driver's licence's class and endorsements, as printed with it.

"a valid California Class B (or A) driver's license", "Class A commercial driver's license",
"Class A or B driver's license with a tank (N) endorsement", "with either the Haz-Mat & Tank
Endorsements (X) or the Firefighter Endorsement".
"""

from __future__ import annotations

import re

from ..prechecks import may_contain
from .spacing import single_spaced

_DRIVER = re.compile(r"\bdriv(?:er|ing)", re.I)
_CLASS = re.compile(
    r"\bClass\s+[A-C]\b(?:\s*(?:,|or|and/or|and|\(or)\s*(?:Class\s+)?[A-C]\b\)?)*(?:\s+commercial\b)?",
)
_LETTER = re.compile(r"\b(?:Class\s+)?([A-C])\b")
_ENDORSEMENT = re.compile(
    r"\b(?:with|require|and|or)\s+(?:an?\s+|the\s+|either\s+the\s+)?(?:California\s+)?"
    r"(?P<name>(?:(?!licen[cs]e|\bwith\b)[^.;:]){2,60}?)\s+endorsements?\b",
    re.I,
)


def license_type(text: str) -> str | None:
    """The class a driver's licence sentence names ("Class B", "Class A or B", "Class A commercial")."""
    if "Class" not in text or not _DRIVER.search(text):  # _CLASS (case-sensitive) needs its word
        return None
    # "Class C driver's license; or a valid Class B driver's license …": every class the sentence names.
    found = dict.fromkeys(single_spaced(m.group(0)).strip() for m in _CLASS.finditer(text))
    return ", ".join(found) or None


def class_letters(license_class: str) -> list[str]:
    """The letters of a licence class as printed: "Class B (or A)" gives B and A."""
    return list(dict.fromkeys(_LETTER.findall(license_class.replace("Class", " Class"))))


def endorsements(text: str) -> list[str]:
    """Endorsements named with a licence ("Haz-Mat & Tank", "Firefighter", "passenger")."""
    if not may_contain(text, ("endorsement",)):
        return []  # most licence sentences name none; the pattern is tried at every word
    names = [single_spaced(m.group("name")).strip(" ,") for m in _ENDORSEMENT.finditer(text)]
    return list(dict.fromkeys(n for n in names if n))
