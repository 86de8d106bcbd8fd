"""Requirements: education levels and fields, years of experience, licences, alternatives, substitutions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..caseless import Caseless
from ..prechecks import may_contain
from ..text_cache import text_cache
from ..word_prechecks import Letters, Words
from . import experience_years
from .durations import DURATION, NUMBER_WORDS
from .education import EDUCATION_LEVELS, education_level, education_levels
from .lists import strip_marker

# "\bexperience" written as the word then a look-behind for the "\b" before it: a pattern led by a literal
# word lets the engine jump from one "experience" to the next, where "\b" first was tried at every
# position of every experience sentence (Caseless reads it on the lower-cased text, where that is exact).
_EXPERIENCE_FIELD = Caseless(
    r"experience(?<!\wexperience)\s+(?:(?:working\s+)?(?:in|as|with|performing|at|doing|involving)\s+(?:an?\s+|the\s+)?)"
    r"(?P<field>[^.;:()]{3,160}?)(?=[.;:(]|,?\s+(?:which|including|or\s+(?:two|three|four|one|\d)|of\s+which|at\s+least)\b|$)",
)
_EXPERIENCE_BEFORE = re.compile(r"\b(?:years?|months?)\s+of\s+(?P<field>[^.;:()]{3,120}?)\s+experience\b", re.I)

_EDUCATION_WORDS = re.compile(
    r"\b(degree|graduat\w*|diploma|high school|college|university|g\.?e\.?d|semester|quarter units|coursework|course work|education)\b",
    re.I,
)
# Each leading word written first, then a look-behind for the "\b" before it (as _EXPERIENCE_FIELD), read
# on the lower-cased text where that is exact: the engine skips to the places those words can start.
_EDUCATION_FIELD = Caseless(
    r"(?:degree(?<!\wdegree)|major(?<!\wmajor)|units(?<!\wunits)|course(?<!\wcourse)\s*work|coursework(?<!\wcoursework)"
    r"|courses(?<!\wcourses)|graduation(?<!\wgraduation))\b[^.;]{0,40}?\b(?:in|with a major in|with major coursework in)\s+"
    r"(?P<field>[^.;:()]{3,120}?)(?=\s*(?:[.;:(]|,\s*(?:or|and)\s+(?:a|an|two|three|four|\d)\b|,\s*(?:and|plus|including|which)\b|\s+(?:and|plus)\s+(?:one|two|three|four|five|\d)\b|$))",
)
# Words one of which every match of _EDUCATION_WORDS, of _EDUCATION_FIELD holds ("course\s*work": "course").
_EDUCATION_WORD_TEST = Words(
    (
        "degree",
        "graduat",
        "diploma",
        "high school",
        "college",
        "university",
        "g.e.d",
        "semester",
        "quarter units",
        "coursework",
        "education",
    )
)
_EDUCATION_FIELD_WORDS = ("degree", "major", "units", "course", "graduation")
_SUPPLEMENTED_FIELD = re.compile(
    r"\bsupplemented by\s+(?:college[- ]level\s+)?course\s*work\s+in\s+(?P<field>[^.;:()]{3,120})", re.I
)

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
# A substitution statement is the period-delimited stretch around one of these phrases. Searching
# the phrase and then cutting at periods is linear; one regex with "[^.]*" on both sides was not.
SUBSTITUTION_PHRASE = re.compile(
    r"\b(may\s+(be\s+)?substitut\w*|in\s+lieu\s+of|substitut\w*\s+for|may\s+be\s+(accepted|used)\s+in\s+place|can\s+be\s+substituted|will\s+substitute|equivalent\s+(combination|to))\b",
    re.I,
)
# Words one of which every match of SUBSTITUTION_PHRASE holds ("in\s+place": "place").
SUBSTITUTION_WORDS = ("substitut", "lieu", "place", "equivalent")
_AFTER_PERIOD = re.compile(r"(?<=\.)")
# The small patterns of the readers below, compiled once (re.sub with a pattern string looks it up in
# re's cache on every call).
_COURSE_TAIL = re.compile(r"[\s,]+$")
_EXPERIENCE_WORD = re.compile(r"\bexperience\b", re.I)
_SPACES = re.compile(r"\s+")
_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.I)
_RELATED_TAIL = re.compile(
    r",?\s+(?:or\s+(?:a\s+)?(?:closely\s+)?related\s+(?:field|area|discipline)s?|or\s+equivalent)\s*$", re.I
)
_REQUIRE_WORD = re.compile(r"\brequire", re.I)
_VALID_LEAD = re.compile(r"^(?:an?\s+)?(?:valid\s+)?", re.I)
_LICENSE_LEAD = re.compile(r"^(?:The|A|An|Valid|Possession|Current)\s+")
# Re-exported: callers read every requirement fact from this module.
__all__ = [
    "DURATION",
    "EDUCATION_LEVELS",
    "NUMBER_WORDS",
    "Alternative",
    "EducationItem",
    "ExperienceItem",
    "LicenseItem",
    "courses",
    "driving_licenses",
    "education_field",
    "education_level",
    "education_levels",
    "experience_field",
    "parse_education",
    "parse_experience",
    "parse_licenses",
    "requirement_of",
    "sentences",
    "substitutions",
    "years_named",
    "years_of",
]
# A sentence ends at the spaces after "." or ";" before a capital or "(". One pattern per stop, each
# starting with its literal character: the regex engine then jumps from one stop to the next, where a
# look-behind for either stop was tried at every position of every paragraph.
_AFTER_FULL_STOP = re.compile(r"\.(\s+)(?=[A-Z(])")
_AFTER_SEMICOLON = re.compile(r";(\s+)(?=[A-Z(])")


@dataclass(slots=True)
class EducationItem:
    text: str
    level: str | None
    field: str | None


@dataclass(slots=True)
class ExperienceItem:
    text: str
    years: float | None
    field: str | None


@dataclass(slots=True)
class LicenseItem:
    name: str
    required: str
    text: str


@dataclass(slots=True)
class Alternative:
    label: str | None
    text: str
    education: list[EducationItem] = field(default_factory=list)
    experience: list[ExperienceItem] = field(default_factory=list)
    licenses: list[LicenseItem] = field(default_factory=list)
    courses: list[str] = field(default_factory=list)
    parent: str | None = None  # the label of the way a sub-requirement ("a.") belongs to


# "12 semester units or 18 quarter units in drafting", "course work in customer relations", "courses in
# accounting": what a requirement asks to have been studied, short of a degree.
COURSE = re.compile(
    r"\b(?:\d+|\w+)\s+(?:semester|quarter)\s+(?:or\s+\d+\s+quarter\s+)?(?:units|hours|credits)\b[^.;]*"
    r"|\b(?:college[- ]level\s+)?(?:course\s*work|courses)\s+in\s+[^.;]+",
    re.I,
)


_COURSE_WORDS = ("semester", "quarter", "course")  # one of which every match of COURSE holds
_COURSE_END = re.compile(r"\s+(?:may|is|are|will|must|which)\b", re.I)


def courses(text: str) -> list[str]:
    """The course work ``text`` names, each as printed up to the end of its clause."""
    if not may_contain(text, _COURSE_WORDS):
        return []
    found = [_COURSE_END.split(match.group(0), maxsplit=1)[0] for match in COURSE.finditer(text)]
    return [_COURSE_TAIL.sub("", course) for course in found]


def sentences(text: str) -> list[str]:
    return list(_sentences(text))


# The requirement readers (alternatives, the Education paragraphs, the stated facts) read the same
# paragraphs and sentences again, about three times each; the splitting is cached.
@text_cache(4096)
def _sentences(text: str) -> tuple[str, ...]:
    breaks = [match.span(1) for match in _AFTER_FULL_STOP.finditer(text)]
    if ";" in text:
        breaks += [match.span(1) for match in _AFTER_SEMICOLON.finditer(text)]
        breaks.sort()
    pieces: list[str] = []
    start = 0
    for end, after in breaks:
        pieces.append(text[start:end])
        start = after
    pieces.append(text[start:])
    return tuple(sentence for piece in pieces if (sentence := piece.strip()))


@text_cache(4096)  # a pure function of the text, asked again for the same paragraphs
def education_field(text: str) -> str | None:
    # Each pattern needs its leading words: most requirement sentences have none of them.
    match = (may_contain(text, ("supplemented",)) and _SUPPLEMENTED_FIELD.search(text)) or (
        may_contain(text, _EDUCATION_FIELD_WORDS) and _EDUCATION_FIELD.search(text)
    )
    # A Caseless match may hold the lower-cased text: the field as printed is taken at its place.
    return _tidy_field(text[match.start("field") : match.end("field")]) if match else None


def parse_education(text: str) -> EducationItem | None:
    # A new item each call: the caller's lists own (and may change) it; the cache holds a plain tuple.
    found = _education(text)
    return EducationItem(*found) if found else None


# The alternatives, the Education paragraphs and the stated facts read the same sentences again
# (4,826 readings of 1,594 texts in the LA bulletins): a pure function of the text, so cached.
@text_cache(4096)
def _education(text: str) -> tuple[str, str | None, str | None] | None:
    text = strip_marker(text)
    level = education_level(text)
    if level is None and not (Letters(text).may_hold(_EDUCATION_WORD_TEST) and _EDUCATION_WORDS.search(text)):
        return None
    return text, level, education_field(text)


def years_of(text: str) -> float | None:
    """Years of experience ``text`` asks for ("Four years", "Two (2) years", "six months", "1-2 years" = 1).

    Durations of schooling ("two years of college", "a three year apprenticeship") and time limits
    ("within 6 months of hire") are skipped; a sentence saying what may substitute asks for nothing.
    """
    return experience_years.first_years(text)


@text_cache(4096)  # a pure function of the text, asked again for the same paragraphs
def experience_field(text: str) -> str | None:
    match = _EXPERIENCE_FIELD.search(text) or _EXPERIENCE_BEFORE.search(text)
    # A Caseless match may hold the lower-cased text: the field as printed is taken at its place.
    return _tidy_field(text[match.start("field") : match.end("field")]) if match else None


def parse_experience(text: str) -> ExperienceItem | None:
    # A new item each call: the caller's lists own (and may change) it; the cache holds a plain tuple.
    found = _experience(text)
    return ExperienceItem(*found) if found else None


# Read again like the education sentences above (3,240 readings of 1,509 texts): cached.
@text_cache(4096)
def _experience(text: str) -> tuple[str, float | None, str | None] | None:
    text = strip_marker(text)
    years = years_of(text)
    if years is None and not _EXPERIENCE_WORD.search(text):
        return None
    return text, years, experience_field(text)


def _tidy_field(value: str) -> str | None:
    value = _SPACES.sub(" ", value).strip(" ,")
    value = _ARTICLE.sub("", value)
    value = _RELATED_TAIL.sub("", value)
    return value or None


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


def years_named(text: str) -> list[float]:
    """Every figure of experience ``text`` names ("four years …, two of which …" gives [4, 2])."""
    return experience_years.experience_years(text)


def _tidy_license(name: str) -> str:
    name = _LICENSE_LEAD.sub("", name.strip())
    return _SPACES.sub(" ", name)


def substitutions(text: str) -> list[str]:
    if not may_contain(text, SUBSTITUTION_WORDS) or not SUBSTITUTION_PHRASE.search(text):
        return []
    return [chunk.strip() for chunk in _AFTER_PERIOD.split(text) if SUBSTITUTION_PHRASE.search(chunk)]
