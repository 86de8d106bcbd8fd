"""Requirements: education levels and fields, years of experience, alternatives, substitutions.

The licence readers (``licenses``) and the sentence splitter (``sentences``) live in modules of their own
and are re-exported here: callers read every requirement fact from this module.
"""

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
from .licenses import (
    DRIVERS_LICENSE,
    LICENSE_NAME,
    LICENSE_WORDS,
    LicenseItem,
    driving_licenses,
    parse_licenses,
    requirement_of,
)
from .lists import strip_marker
from .sentences import sentences
from .spacing import single_spaced

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
_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.I)
_RELATED_TAIL = re.compile(
    r",?\s+(?:or\s+(?:a\s+)?(?:closely\s+)?related\s+(?:field|area|discipline)s?|or\s+equivalent)\s*$", re.I
)
# Re-exported: callers read every requirement fact from this module.
__all__ = [
    "DRIVERS_LICENSE",
    "DURATION",
    "EDUCATION_LEVELS",
    "LICENSE_NAME",
    "LICENSE_WORDS",
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
    value = single_spaced(value).strip(" ,")
    value = _ARTICLE.sub("", value)
    value = _RELATED_TAIL.sub("", value)
    return value or None


def years_named(text: str) -> list[float]:
    """Every figure of experience ``text`` names ("four years …, two of which …" gives [4, 2])."""
    return experience_years.experience_years(text)


def substitutions(text: str) -> list[str]:
    if not may_contain(text, SUBSTITUTION_WORDS) or not SUBSTITUTION_PHRASE.search(text):
        return []
    return [chunk.strip() for chunk in _AFTER_PERIOD.split(text) if SUBSTITUTION_PHRASE.search(chunk)]
