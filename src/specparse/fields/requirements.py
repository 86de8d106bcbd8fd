"""Requirements: education levels and fields, years of experience, licences, alternatives, substitutions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lists import strip_marker

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
_NUMBER = (
    r"(?P<num>\d+(?:\.\d+)?|" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)) + r")"
)
DURATION = re.compile(
    _NUMBER
    # "1-2 years", "three to five years": the lower bound is the requirement
    + r"(?:\s*(?:-|–|to)\s*(?:\d+(?:\.\d+)?|"
    + _NUMBER_WORD
    + r"))?"
    + r"(?:\s*\(\s*\d+(?:\.\d+)?\s*\))?\s*(?:\+\s*)?(?:or more\s+)?(?:full[- ]time\s+)?(?:paid\s+)?(?P<unit>years?|months?)\b",
    re.I,
)
# "three year apprenticeship", "two years of college": a duration of schooling, not of experience.
_SCHOOLING_AFTER = re.compile(
    r"^[\s-]*(?:of\s+)?(?:full[- ]time\s+|formal\s+|recognized\s+)*(?:college|university|high\s+school|"
    r"(?:under)?graduate|study|studies|apprenticeship|training\s+program|course|schooling|education|school)\b",
    re.I,
)
# "within 6 months of hire", "in the last 36 months", "for up to one year": a time limit, not a requirement.
_TIME_LIMIT_BEFORE = re.compile(
    r"\b(?:within|after|last|past|first|every|each|per|up\s+to|probation\w*|recognized|completion\s+of\s+an?)\s*(?:the\s+)?$",
    re.I,
)
# "2,080 hours of paid experience as an Airport Guide II" (LA): full-time hours, 2,080 to the year.
HOURS_PER_YEAR = 2080
# "1000 cumulative hours of part-time paid experience", "960 cumulative hours paid experience" (la2).
_HOURS = re.compile(
    r"(?P<hours>\d{1,3}(?:,\d{3})+|\d{3,5})\s+(?:[a-z]+\s+)?hours\s+(?:of\s+)?(?:[\w-]+\s+){0,3}experience\b", re.I
)
_EXPERIENCE_CUE = re.compile(
    r"\b(?:experience|as\s+an?|at\s+the\s+level|in\s+a\s+class|service|employment|working|work)\b", re.I
)
_EXPERIENCE_FIELD = re.compile(
    r"\bexperience\s+(?:(?:working\s+)?(?:in|as|with|performing|at|doing|involving)\s+(?:an?\s+|the\s+)?)"
    r"(?P<field>[^.;:()]{3,160}?)(?=[.;:(]|,?\s+(?:which|including|or\s+(?:two|three|four|one|\d)|of\s+which|at\s+least)\b|$)",
    re.I,
)
_EXPERIENCE_BEFORE = re.compile(r"\b(?:years?|months?)\s+of\s+(?P<field>[^.;:()]{3,120}?)\s+experience\b", re.I)

EDUCATION_LEVELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("doctorate", re.compile(r"\b(doctor(ate|al)|ph\.?\s?d\b|ed\.?\s?d\b|d\.?sc)", re.I)),
    (
        "professional",
        re.compile(
            r"\b(j\.?d\.?\b|juris doctor|law degree|law school|m\.?d\.?\b(?! county)|medical degree|d\.?v\.?m|doctor of (veterinary|medicine|pharmacy))",
            re.I,
        ),
    ),
    (
        "master",
        re.compile(
            # "Master's degree", "Master of Public Administration", "M.S.", "MBA" — not "Master Exercise
            # Practitioner" or "MS Office", hence the guarded words and case-sensitive abbreviations.
            r"\b(master['’]s\b|masters\s+degree|master\s+of\s+\w+|master['’]?s?\s+degree|graduate degree"
            r"|(?-i:M\.S\.|M\.A\.|M\.B\.A\.|MBA|M\.P\.A\.|MPA|MPH|MSW|(?:MS|MA)\s+(?:degree|in)\b))",
            re.I,
        ),
    ),
    (
        "bachelor",
        re.compile(
            r"\b(bachelor['’]?s?|baccalaureate|(?-i:B\.A\.|B\.S\.|(?:BA|BS)\s+(?:degree|in)\b)|four[- ]year (college|university|degree)|college degree|university degree|undergraduate degree"
            r"|four \(?4?\)?\s*years of (college|university)|graduation from (an? )?(accredited )?(recognized )?(college|university))",
            re.I,
        ),
    ),
    (
        "associate",
        re.compile(
            r"\b(associate['’]?s?\s+(of\s+\w+\s+)?degree|associate['’]?s?\s+in\b|associate of|(?-i:A\.A\.|A\.S\.|(?:AA|AS)\s+degree)|two[- ]year (college|degree)|junior college degree)",
            re.I,
        ),
    ),
    (
        "some_college",
        re.compile(
            r"\b(\d+\s+(semester|quarter)\s+(units|hours)|(one|two|three|1|2|3)\s+(\(\d\)\s+)?years? of (college|university)|college[- ]level (course|units)|units (of|in) college|college (course|coursework|units)|completion of \w+ (semester|quarter) units|some college)",
            re.I,
        ),
    ),
    (
        "high_school",
        re.compile(
            r"\b(high school|g\.?e\.?d\.?\b|twelfth grade|12th grade|secondary school|general education development)",
            re.I,
        ),
    ),
)
_EDUCATION_WORDS = re.compile(
    r"\b(degree|graduat\w*|diploma|high school|college|university|g\.?e\.?d|semester|quarter units|coursework|course work|education)\b",
    re.I,
)
_EDUCATION_FIELD = re.compile(
    r"\b(?:degree|major|units|course\s*work|coursework|courses|graduation)\b[^.;]{0,40}?\b(?:in|with a major in|with major coursework in)\s+"
    r"(?P<field>[^.;:()]{3,120}?)(?=\s*(?:[.;:(]|,\s*(?:or|and)\s+(?:a|an|two|three|four|\d)\b|,\s*(?:and|plus|including|which)\b|\s+(?:and|plus)\s+(?:one|two|three|four|five|\d)\b|$))",
    re.I,
)
_SUPPLEMENTED_FIELD = re.compile(
    r"\bsupplemented by\s+(?:college[- ]level\s+)?course\s*work\s+in\s+(?P<field>[^.;:()]{3,120})", re.I
)

LICENSE_WORDS = re.compile(r"\b(licen[cs]e[sd]?|certificat(e|es|ion|ions)|certified|registration|registered)\b", re.I)
LICENSE_NAME = re.compile(
    r"(?:(?:valid|current|active|appropriate|unrestricted|possession of an?|possess an?)\s+)*"
    r"(?P<name>(?:[A-Z0-9][\w'’./&-]*\s+(?:of\s+|in\s+)?){0,7}(?:Driver'?s?\s+|Driving\s+|Operator'?s\s+|Professional\s+)?"
    r"(?:License|Licence|Certificate|Certification|Registration)(?:\s+(?:as\s+an?|in|of)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})?"
    r"(?:,?\s+Class\s+[A-C]\b)?)",
)
_LICENSE_GENERIC = re.compile(
    r"\b(?:an?\s+)?(?:valid\s+)?(?:(?:California|state|class\s+[a-c])\s+)?driver'?s'?\s+licen[cs]e(?:,?\s+class\s+[a-c])?",
    re.I,
)
_SOME = re.compile(
    r"\b(selected|some|certain|specific|designated|particular)\s+positions?\b|\bpositions?\s+(may|in\s+some)\b|\bmay\s+(be\s+)?require|\bif\s+(required|assigned)\b|\bdepending\s+on\b",
    re.I,
)
_PREFERRED = re.compile(r"\b(prefer(red|able)?|desir(ed|able)|plus|advantage|highly\s+desir\w*|nice to have)\b", re.I)
# A substitution statement is the period-delimited stretch around one of these phrases. Searching
# the phrase and then cutting at periods is linear; one regex with "[^.]*" on both sides was not.
SUBSTITUTION_PHRASE = re.compile(
    r"\b(may\s+(be\s+)?substitut\w*|in\s+lieu\s+of|substitut\w*\s+for|may\s+be\s+(accepted|used)\s+in\s+place|can\s+be\s+substituted|will\s+substitute|equivalent\s+(combination|to))\b",
    re.I,
)
_AFTER_PERIOD = re.compile(r"(?<=\.)")
# What makes a sentence a statement of substitution rather than a requirement ("A Master's degree may
# substitute for one year of the required experience").
_SUBSTITUTES = re.compile(
    r"\b(may\s+(be\s+)?substitut\w*|in\s+lieu\s+of|substitut\w*\s+for|may\s+be\s+(accepted|used)\s+in\s+place|can\s+be\s+substituted|will\s+substitute)\b",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-Z(])")


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


_COURSE_END = re.compile(r"\s+(?:may|is|are|will|must|which)\b", re.I)


def courses(text: str) -> list[str]:
    """The course work ``text`` names, each as printed up to the end of its clause."""
    found = [_COURSE_END.split(match.group(0), maxsplit=1)[0] for match in COURSE.finditer(text)]
    return [re.sub(r"[\s,]+$", "", course) for course in found]


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


_COURSE_ONLY = re.compile(r"\bcourses?\b(?!\s*work)", re.I)
_SCHOOL_COMPLETED = re.compile(r"\b(graduat\w*|diploma|g\.?e\.?d|equivalen\w*|twelfth|12th)\b", re.I)


def education_level(text: str) -> str | None:
    """The highest level of education ``text`` names."""
    levels = education_levels(text)
    return levels[0] if levels else None


def education_levels(text: str) -> list[str]:
    """Every level of education ``text`` names, highest first ("a Bachelor's or Master's degree")."""
    levels = [level for level, pattern in EDUCATION_LEVELS if pattern.search(text)]
    if "some_college" in levels and levels[0] != "some_college":
        levels.remove("some_college")  # "a degree … and 8 semester units in chemistry": units are coursework
    if "high_school" in levels and _COURSE_ONLY.search(text) and not _SCHOOL_COMPLETED.search(text):
        levels.remove("high_school")  # "one course in trigonometry from a high school, college …": a place
    return levels


def education_field(text: str) -> str | None:
    match = _SUPPLEMENTED_FIELD.search(text) or _EDUCATION_FIELD.search(text)
    return _tidy_field(match.group("field")) if match else None


def parse_education(text: str) -> EducationItem | None:
    text = strip_marker(text)
    level = education_level(text)
    if level is None and not _EDUCATION_WORDS.search(text):
        return None
    return EducationItem(text=text, level=level, field=education_field(text))


def years_of(text: str) -> float | None:
    """Years of experience ``text`` asks for ("Four years", "Two (2) years", "six months", "1-2 years" = 1).

    Durations of schooling ("two years of college", "a three year apprenticeship") and time limits
    ("within 6 months of hire") are skipped; a sentence saying what may substitute asks for nothing.
    """
    if not _EXPERIENCE_CUE.search(text) or _SUBSTITUTES.search(text):
        return None
    for match in DURATION.finditer(text):
        if _SCHOOLING_AFTER.match(text[match.end() :]) or _TIME_LIMIT_BEFORE.search(text[: match.start()]):
            continue
        raw = match.group("num").lower()
        number = float(raw) if raw[0].isdigit() else float(NUMBER_WORDS[raw])
        if match.group("unit").lower().startswith("month"):
            number = round(number / 12, 2)
        return number
    hours = _HOURS.search(text)
    if hours:
        return round(float(hours.group("hours").replace(",", "")) / HOURS_PER_YEAR, 2)
    return None


def experience_field(text: str) -> str | None:
    match = _EXPERIENCE_FIELD.search(text) or _EXPERIENCE_BEFORE.search(text)
    return _tidy_field(match.group("field")) if match else None


def parse_experience(text: str) -> ExperienceItem | None:
    text = strip_marker(text)
    years = years_of(text)
    if years is None and not re.search(r"\bexperience\b", text, re.I):
        return None
    return ExperienceItem(text=text, years=years, field=experience_field(text))


def _tidy_field(value: str) -> str | None:
    value = re.sub(r"\s+", " ", value).strip(" ,")
    value = re.sub(r"^(?:a|an|the)\s+", "", value, flags=re.I)
    value = re.sub(
        r",?\s+(?:or\s+(?:a\s+)?(?:closely\s+)?related\s+(?:field|area|discipline)s?|or\s+equivalent)\s*$",
        "",
        value,
        flags=re.I,
    )
    return value or None


def requirement_of(text: str) -> str:
    if _PREFERRED.search(text) and not re.search(r"\brequire", text, re.I):
        return "preferred"
    if _SOME.search(text):
        return "some"
    return "all"


def parse_licenses(text: str, *, preferred: bool = False) -> list[LicenseItem]:
    """Licences and certificates named in ``text``, each with who must hold it."""
    found: list[LicenseItem] = []
    for sentence in sentences(strip_marker(text)):
        if not LICENSE_WORDS.search(sentence):
            continue
        names = [m.group("name").strip() for m in LICENSE_NAME.finditer(sentence)]
        names = [n for n in names if len(n.split()) >= 2 or _LICENSE_GENERIC.search(sentence)]
        if not names:
            generic = _LICENSE_GENERIC.search(sentence)
            if generic:
                names = [re.sub(r"^(?:an?\s+)?(?:valid\s+)?", "", generic.group(0), flags=re.I)]
        required = "preferred" if preferred else requirement_of(sentence)
        for name in dict.fromkeys(names):
            found.append(LicenseItem(name=_tidy_license(name), required=required, text=sentence))
    return found


def _tidy_license(name: str) -> str:
    name = re.sub(r"^(?:The|A|An|Valid|Possession|Current)\s+", "", name.strip())
    return re.sub(r"\s+", " ", name)


def substitutions(text: str) -> list[str]:
    if not SUBSTITUTION_PHRASE.search(text):
        return []
    return [chunk.strip() for chunk in _AFTER_PERIOD.split(text) if SUBSTITUTION_PHRASE.search(chunk)]
