"""Licences and certificates a requirement names, and who must hold them (all, some positions, preferred)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..caseless import Caseless
from ..prechecks import may_contain
from ..text_cache import text_cache
from .lists import strip_marker
from .sentences import sentences
from .spacing import single_spaced

LICENSE_WORDS = re.compile(r"\b(licen[cs]e[sd]?|certificat(e|es|ion|ions)|certified|registration|registered)\b", re.I)
_LICENSE_WORD_STEMS = ("licen", "certifi", "registrat", "registered")  # one in every LICENSE_WORDS match
LICENSE_NAME = re.compile(
    r"(?:(?:valid|current|active|appropriate|unrestricted|possession of an?|possess an?)\s+)*"
    r"(?P<name>(?:[A-Z0-9][\w'’./&-]*\s+(?:of\s+|in\s+)?){0,7}(?:Driver'?s?\s+|Driving\s+|Operator'?s\s+|Professional\s+)?"
    r"(?:License|Licence|Certificate|Certification|Registration)(?:\s+(?:as\s+an?|in|of)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})?"
    r"(?:,?\s+Class\s+[A-C]\b)?)",
)
# "a valid driver's license", "Class 5 driver's licence", "valid driving licence", "California Class C
# driver license": named in lower case as often as capitalised.
_LICENSE_GENERIC = re.compile(
    r"\b(?:an?\s+)?(?:valid\s+)?(?:(?:California|[A-Z][a-z]+|state|provincial|class\s+[a-z0-9]{1,2})\s+){0,2}"
    r"(?:driver'?s?'?|driving|operator'?s?'?)\s+licen[cs]e(?:,?\s+class\s+[a-z0-9]{1,2}\b)?",
    re.I,
)
_GENERIC_WORDS = ("driv", "operator")  # one of which every match of _LICENSE_GENERIC holds
LICENSE_WORD = ("licen",)  # what every match of DRIVERS_LICENSE holds
# "\b(?:driver'?s?'?|driving)\s+licen[cs]e" led by "driv" (a look-behind standing for the "\b"), read on the
# lower-cased text where that is exact: the engine jumps from one "driv" to the next, where "\b" first was
# tried at every position of every licence sentence and note.
DRIVERS_LICENSE = Caseless(r"driv(?<!\wdriv)(?:er'?s?'?|ing)\s+licen[cs]e")
_SOME = re.compile(
    r"\b(selected|some|certain|specific|designated|particular)\s+positions?\b|\bpositions?\s+(may|in\s+some)\b|\bmay\s+(be\s+)?require|\bif\s+(required|assigned)\b|\bdepending\s+on\b"
    # "Employees who intend to drive their own vehicle …", "For positions requiring a valid Class A …"
    r"|\bwho\s+(?:intend|wish|plan|choose|elect)\s+to\b|\bfor\s+(?:those\s+)?positions?\s+(?:requiring|that\s+require|which\s+require)\b",
    re.I,
)
# _SOME's branches for lower-cased ASCII text, each led by its word (a look-behind standing for the "\b"),
# each tried only where a word it holds stands: _SOME opened with "\b" and was tried at every position of
# every licence sentence naming a position or a requirement. A text holds a match of _SOME exactly when
# it holds a match of one of these: (words one of which the branch holds, the branch).
_SOME_BRANCHES = tuple(
    (words, re.compile(pattern))
    for words, pattern in (
        (
            ("position",),
            r"(?:selected(?<!\wselected)|some(?<!\wsome)|certain(?<!\wcertain)|specific(?<!\wspecific)"
            r"|designated(?<!\wdesignated)|particular(?<!\wparticular))\s+positions?\b",
        ),
        (("position",), r"position(?<!\wposition)s?\s+(?:may|in\s+some)\b"),
        (("require",), r"may(?<!\wmay)\s+(?:be\s+)?require"),
        (("required", "assigned"), r"if(?<!\wif)\s+(?:required|assigned)\b"),
        (("depending",), r"depending(?<!\wdepending)\s+on\b"),
        (("intend", "wish", "plan", "choose", "elect"), r"who(?<!\wwho)\s+(?:intend|wish|plan|choose|elect)\s+to\b"),
        (
            ("position",),
            r"for(?<!\wfor)\s+(?:those\s+)?positions?\s+(?:requiring|that\s+require|which\s+require)\b",
        ),
    )
)
_PREFERRED = re.compile(
    r"\b(prefer(red|able)?|desir(ed|able)|plus|advantage|highly\s+desir\w*|nice to have|an\s+asset|considered\s+an?\s+asset)\b",
    re.I,
)
# Words one of which every match of _PREFERRED, of _SOME holds: most sentences have none.
_PREFERRED_WORDS = ("prefer", "desir", "plus", "advantage", "nice to have", "asset")
_SOME_WORDS = ("position", "require", "assigned", "depending", "intend", "wish", "plan", "choose", "elect")
# The sentence's own words that make a licence a requirement, whatever block it sits in.
_REQUIRED_WORDS = re.compile(
    r"\b(?:require[sd]?|requirement|must|mandatory|necessary|essential|condition\s+of\s+employment|needed)\b", re.I
)
_REQUIRE_WORD = re.compile(r"\brequire", re.I)
_VALID_LEAD = re.compile(r"^(?:an?\s+)?(?:valid\s+)?", re.I)
_LICENSE_LEAD = re.compile(r"^(?:The|A|An|Valid|Possession|Current)\s+")


@dataclass(slots=True)
class LicenseItem:
    name: str
    required: str
    text: str


def requirement_of(text: str) -> str:
    if may_contain(text, _PREFERRED_WORDS) and _PREFERRED.search(text) and not _REQUIRE_WORD.search(text):
        return "preferred"
    if may_contain(text, _SOME_WORDS) and _names_some(text):
        return "some"
    return "all"


def _names_some(text: str) -> bool:
    """``bool(_SOME.search(text))``, read branch by branch on ASCII text."""
    if not text.isascii():  # re.I matches some other letters to ASCII ones ("ſ" to "s"); str.lower does not
        return bool(_SOME.search(text))
    lower = text.lower()
    for words, pattern in _SOME_BRANCHES:
        for word in words:
            if word in lower:
                if pattern.search(lower):
                    return True
                break
    return False


def parse_licenses(text: str, *, preferred: bool = False) -> list[LicenseItem]:
    """Licences and certificates named in ``text``, each with who must hold it.

    ``preferred`` is what the block's heading says (a Desirable Qualifications block); a sentence that
    says itself that the licence is required ("must possess", "is required") decides first.
    """
    # New items each call: the caller's lists own (and may change) them; the cache holds plain tuples.
    return [LicenseItem(name, required, sentence) for name, required, sentence in _licenses(text, preferred)]


# The alternatives, the licence blocks and the driver's licence notes read the same paragraphs and
# sentences again: a pure function of the text, so cached.
@text_cache(4096)
def _licenses(text: str, preferred: bool) -> tuple[tuple[str, str, str], ...]:
    found: list[tuple[str, str, str]] = []
    for sentence in sentences(strip_marker(text)):
        if not may_contain(sentence, _LICENSE_WORD_STEMS) or not LICENSE_WORDS.search(sentence):
            continue
        # Every name LICENSE_NAME (case-sensitive) finds ends in "License", "Licence", "Certificate",
        # "Certification" or "Registration", as printed:
        # most licence sentences print only "driver's license" in lower case, and the pattern backtracks
        # over the capitalised words before each place it fails.
        named = "Licen" in sentence or "Certificat" in sentence or "Registration" in sentence
        names = [m.group("name").strip() for m in LICENSE_NAME.finditer(sentence)] if named else []
        # Every match of _LICENSE_GENERIC holds "driv" or "operator": the pattern only where one is, once.
        generic = _LICENSE_GENERIC.search(sentence) if may_contain(sentence, _GENERIC_WORDS) else None
        names = [n for n in names if len(n.split()) >= 2 or generic]
        if not names and generic:
            names = [_VALID_LEAD.sub("", generic.group(0))]
        required = requirement_of(sentence)
        if preferred and required == "all" and not _REQUIRED_WORDS.search(sentence):
            required = "preferred"
        for name in dict.fromkeys(names):
            found.append((_tidy_license(name), required, sentence))
    return tuple(found)


def driving_licenses(text: str, *, preferred: bool = False) -> list[LicenseItem]:
    """Driver's licences named anywhere (notes, conditions of employment, a stray sentence)."""
    if not may_contain(text, LICENSE_WORD) or not DRIVERS_LICENSE.search(text):
        return []  # asked of every paragraph; the substring test is the cheap part of the pattern
    # New items each call: the caller's lists own (and may change) them; the cache holds plain tuples.
    return [LicenseItem(name, required, sentence) for name, required, sentence in _driving_licenses(text, preferred)]


# The notes naming a driver's licence repeat word for word across an employer's bulletins: a pure
# function of the paragraph, so cached.
@text_cache(4096)
def _driving_licenses(text: str, preferred: bool) -> tuple[tuple[str, str, str], ...]:
    found: list[tuple[str, str, str]] = []
    for sentence in sentences(strip_marker(text)):
        # "identification such as passport, drivers' license": named, not asked for.
        if DRIVERS_LICENSE.search(sentence) and _asked_for(sentence) and not _NOT_NEEDED.search(sentence):
            found += [
                (item.name, item.required, item.text)
                for item in parse_licenses(sentence, preferred=preferred)
                if DRIVERS_LICENSE.search(item.name)
            ]
    return tuple(found)


# What makes a licence named in passing a requirement: the sentence asks for it.
_ASKED_FOR = re.compile(
    r"\b(?:require[sd]?|requiring|requirement|must|shall|possess\w*|valid|maintain|hold|obtain|need(?:ed|s)?|mandatory|"
    r"necessary|essential|prefer\w*|desir\w*|asset|plus)\b",
    re.I,
)


def _asked_for(sentence: str) -> bool:
    """True when the clause naming the driver's licence asks for it (clauses end at semicolons)."""
    return any(_ASKED_FOR.search(part) for part in sentence.split(";") if DRIVERS_LICENSE.search(part))


# "A driver's license is not required", "Required: No": the sentence says the licence is not needed.
_NOT_NEEDED = re.compile(r"\b(?:not|no\s+longer)\s+(?:required|necessary|needed)\b|\brequired\s*[:?]\s*no\b", re.I)


def _tidy_license(name: str) -> str:
    name = _LICENSE_LEAD.sub("", name.strip())
    return single_spaced(name)
