"""Levels of education a requirement names, in the phrasings job specs and postings use.

"Bachelor's degree in …", "BA/BS", "university degree", "a degree in X" (bachelor); "Associate degree",
"two-year course of study", "post-secondary diploma" (associate); "post-secondary education in X",
"related certificate", "60 semester units" (some_college); "High school diploma or GED", "Grade 12"
(high_school). An "equivalent combination of education and experience" names no level.
"""

from __future__ import annotations

import re

from ..prechecks import ascii_lowered, holds_any, may_contain
from ..text_cache import text_cache
from ..word_prechecks import Letters, Words

# "post-secondary", "post secondary", "postsecondary", "post high school": after school, not school.
_NOT_POST = r"(?<!post-)(?<!post )(?<!post)"

EDUCATION_LEVELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("doctorate", re.compile(r"\b(doctor(ate|al)|ph\.?\s?d\b|ed\.?\s?d\b|d\.?sc)", re.I)),
    (
        "professional",
        re.compile(
            r"\b(j\.?d\.?\b|juris doctor|law degree|law school|m\.?d\.?\b(?! county)|medical degree|d\.?v\.?m"
            r"|doctor of (veterinary|medicine|pharmacy))",
            re.I,
        ),
    ),
    (
        "master",
        re.compile(
            # "Master's degree", "Master of Public Administration", "M.S.", "MBA" — not "Master Exercise
            # Practitioner" or "MS Office", hence the guarded words and case-sensitive abbreviations.
            r"\b(master['’]s\b|masters\s+degree|master\s+of\s+\w+|master['’]?s?\s+degree|graduate degree"
            r"|(?-i:M\.S\.|M\.A\.|M\.B\.A\.|MBA|M\.P\.A\.|MPA|MPH|MSW|(?:MS|MA)\s+(?:degree|in)\b)"
            # Commonwealth and specialist abbreviations: "MSc", "M.Sc.", "MEng", "MLIS", "MFA", "M.Ed."
            r"|(?-i:M\.?Sc\b\.?|M\.?Eng\b\.?|MLIS|MFA|MPP|M\.Ed\.|MEd\b))",
            re.I,
        ),
    ),
    (
        "bachelor",
        re.compile(
            r"\b(bachelor['’]?s?|baccalaureate|(?-i:B\.A\.|B\.S\.|(?:BA|BS)\s+(?:degree|in)\b|BA/BS|BS/BA|B\.A\./B\.S\.)"
            # "BSc", "B.Sc.", "BEng", "BCom", "BBA", "honours degree" (Commonwealth postings)
            r"|(?-i:B\.?Sc\b\.?|B\.?Eng\b\.?|B\.?Comm?\b\.?|BBA\b)|honou?rs\s+degree"
            r"|four[- ](?:\(4\)[- ])?year (college|university|degree)|college degree|university degree"
            r"|undergraduate degree|four \(?4?\)?\s*years of (college|university)"
            r"|graduation from (an? )?(accredited )?(recognized )?(college|university))",
            re.I,
        ),
    ),
    (
        "associate",
        re.compile(
            r"\b(associate['’]?s?\s+(of\s+\w+\s+)?degree|associate['’]?s?\s+in\b|associate of"
            r"|(?-i:A\.A\.|A\.S\.|(?:AA|AS)\s+degree)|two[- ](?:\(2\)[- ])?year (college|degree|diploma|program)"
            r"|junior college degree|two[- ](?:\(2\)[- ])?year\s+(?:course|program)\s+of\s+study"
            # "post-secondary diploma", "related diploma", "diploma in accounting" (not a school diploma)
            r"|(?:post[- ]?secondary|college|technical|related|relevant|applicable)\s+diploma"
            r"|diploma\s+in\s+(?!high\b))",
            re.I,
        ),
    ),
    (
        "some_college",
        re.compile(
            r"\b(\d+\s+(semester|quarter)\s+(units|hours)|(one|two|three|1|2|3)\s+(\(\d\)\s+)?years? of (college|university)"
            r"|college[- ]level (course|units)|units (of|in) college|college (course|coursework|units)"
            r"|completion of \w+ (semester|quarter) units|some college"
            r"|post[- ]?secondary\s+(?:education|studies|study|training|coursework|courses|program|in)\b"
            r"|(?:post[- ]?secondary|college|technical|related|relevant)\s+certificate\b)",
            re.I,
        ),
    ),
    (
        "high_school",
        re.compile(
            rf"\b({_NOT_POST}high school|g\.?e\.?d\.?\b|twelfth grade|12th grade|grade\s+(?:12|twelve)\b"
            rf"|{_NOT_POST}secondary school|{_NOT_POST}secondary\s+diploma|general education development)",
            re.I,
        ),
    ),
)
# "A degree in a related field", "university degree", "post-secondary degree" with no level named:
# a degree without qualification is a bachelor's ("a high degree of accuracy" is not one, nor courses
# from "a closely related degree program").
_BARE_DEGREE = re.compile(
    r"\b(?:an?|university|post[- ]?secondary|undergraduate|academic|related|relevant|recognized)\s+degree\b(?!\s+(?:of|programs?|courses?)\b)"
    r"|\bdegree\s+in\s+[a-z]",
    re.I,
)
# "any combination of post high school education and/or experience", "an equivalent combination of
# education and experience": an equivalency, not a level.
_COMBINATION = re.compile(r"\bcombination\s+of\s+[^.;]{0,200}?\bexperience\b", re.I)
# The words, one of which every match of each level's pattern above holds (see word_prechecks): most
# texts the requirement readers ask about name no schooling, and seven case-blind patterns, each
# tried at every word, cost far more than the word tests. Keep them in step with the patterns.
_LEVEL_WORDS: dict[str, Words] = {
    "doctorate": Words(("doctora", "ph.d", "ed.d", "d.sc")),
    "professional": Words(
        ("j.d", "juris doctor", "law degree", "law school", "m.d", "medical degree", "d.v.m", "doctor of")
    ),
    "master": Words(
        ("master", "graduate degree"),
        ("MS", "MA", "MBA", "MPA", "MPH", "MSW", "MSc", "MEng", "MLIS", "MFA", "MPP", "MEd"),
    ),
    "bachelor": Words(
        (
            "bachelor",
            "baccalaureate",
            "honors degree",
            "honours degree",
            "four-year",
            "four (4) year",
            "college degree",
            "university degree",
            "undergraduate degree",
            "graduation from",
        ),
        ("BA", "BS", "BEng", "BCom", "BBA"),
    ),
    "associate": Words(
        (
            "associate",
            # "two-year college|degree|diploma|program", "two (2) year course of study": the letter after
            # "year" too, or every "two years of experience" would pass (each word test costs a scan of
            # the text, so a few words, not one per phrase).
            "two-year c",
            "two-year d",
            "two-year p",
            "two (2) year c",
            "two (2) year d",
            "two (2) year p",
            "junior college degree",
            "diploma",
        ),
        ("AA", "AS"),
    ),
    "some_college": Words(("semester", "quarter", "college", "university", "post-secondary", "certificate")),
    "high_school": Words(("high school", "g.e.d", "grade", "secondary", "general education development")),
}
# The two levels whose words pass most requirement sentences ("college", "university", "graduation
# from"), for lower-cased ASCII text: the pattern's branches led by their words, each with a look-behind
# standing for the "\b" before it, so the engine skips to the places those words stand where the
# case-blind "\b(…)" was tried at every position; a branch whose words the text lacks is not tried at
# all. A level's pattern matches a text exactly when one of its branches does (the case-sensitive
# abbreviations on the text as printed); the tests compare them.
_Branch = tuple[tuple[str, ...], re.Pattern[str]]  # words one of which every match holds (none: always tried)
_LOWERED_BRANCHES: dict[str, tuple[tuple[_Branch, ...], re.Pattern[str] | None]] = {
    "bachelor": (
        (
            (
                (),
                re.compile(
                    r"bachelor(?<!\wbachelor)|baccalaureate(?<!\wbaccalaureate)|hono(?<!\whono)u?rs\s+degree"
                    r"|four(?<!\wfour)(?:[- ](?:\(4\)[- ])?year (?:college|university|degree)"
                    r"| \(?4?\)?\s*years of (?:college|university))"
                    r"|college(?<!\wcollege) degree|university(?<!\wuniversity) degree"
                    r"|undergraduate(?<!\wundergraduate) degree"
                    r"|graduation(?<!\wgraduation) from (?:an? )?(?:accredited )?(?:recognized )?(?:college|university)"
                ),
            ),
        ),
        # "B.A.", "BS in", "BA/BS", "BSc", "BEng", "BCom", "BBA": as printed, all led by "B".
        re.compile(r"B(?<!\wB)(?:\.A\.|\.S\.|[AS]\s+(?:degree|in)\b|A/BS|S/BA|\.?Sc\b|\.?Eng\b|\.?Comm?\b|BA\b)"),
    ),
    "some_college": (
        (
            # "college-level course", "college coursework", "college certificate", "units in college",
            # "some college": every branch holding "college" led by it (look-behinds for the words before).
            (
                ("college",),
                re.compile(
                    r"college(?:(?<!\wcollege)(?:[- ]level (?:course|units)| (?:course|coursework|units)"
                    r"|\s+certificate\b)|(?<=\bunits of college)|(?<=\bunits in college)|(?<=\bsome college))"
                ),
            ),
            (
                ("of college", "of university"),
                re.compile(
                    r"(?:one(?<!\wone)|two(?<!\wtwo)|three(?<!\wthree)|[123](?<!\w[123]))"
                    r"\s+(?:\(\d\)\s+)?years? of (?:college|university)"
                ),
            ),
            (("semester", "quarter"), re.compile(r"\d(?<!\w\d)\d*\s+(?:semester|quarter)\s+(?:units|hours)")),
            (("semester", "quarter"), re.compile(r"completion(?<!\wcompletion) of \w+ (?:semester|quarter) units")),
            (
                ("secondary",),
                re.compile(
                    r"post(?<!\wpost)[- ]?secondary\s+"
                    r"(?:education|studies|study|training|coursework|courses|program|in|certificate)\b"
                ),
            ),
            (
                ("certificate",),
                re.compile(
                    r"(?:technical(?<!\wtechnical)|related(?<!\wrelated)|relevant(?<!\wrelevant))\s+certificate\b"
                ),
            ),
        ),
        None,
    ),
}


def names_level(level: str, pattern: re.Pattern[str], text: str, lowered: str | None) -> bool:
    """``bool(pattern.search(text))`` for the ``level`` of EDUCATION_LEVELS that ``pattern`` is;
    ``lowered`` is ``text.lower()`` when ``text`` is ASCII, else None."""
    branches = _LOWERED_BRANCHES.get(level)
    if branches is None or lowered is None:  # re.I matches some other letters to ASCII ones ("ſ" to "s")
        return pattern.search(text) is not None
    blind, cased = branches
    for words, branch in blind:
        if (not words or holds_any(lowered, words)) and branch.search(lowered):
            return True
    return cased is not None and cased.search(text) is not None


_COURSE_ONLY = re.compile(r"\bcourses?\b(?!\s*work)", re.I)
_SCHOOL_COMPLETED = re.compile(r"\b(graduat\w*|diploma|g\.?e\.?d|equivalen\w*|twelfth|12th)\b", re.I)


def education_level(text: str) -> str | None:
    """The highest level of education ``text`` names."""
    levels = education_levels(text)
    return levels[0] if levels else None


def education_levels(text: str) -> list[str]:
    """Every level of education ``text`` names, highest first ("a Bachelor's or Master's degree")."""
    return list(_education_levels(text))


# The requirement readers (alternatives, the Education paragraphs, the stated facts) read the same
# paragraphs and sentences again, about three times each; this pure function of a text is cached.
@text_cache(4096)
def _education_levels(text: str) -> tuple[str, ...]:
    if may_contain(text, ("combination",)):
        text = _COMBINATION.sub(" ", text)
    letters = Letters(text)
    lowered = ascii_lowered(text)
    levels = [
        level
        for level, pattern in EDUCATION_LEVELS
        if letters.may_hold(_LEVEL_WORDS[level]) and names_level(level, pattern, text, lowered)
    ]
    if "some_college" in levels and levels[0] != "some_college" and not _names_certificate(text):
        levels.remove("some_college")  # "a degree … and 8 semester units in chemistry": units are coursework
    if "high_school" in levels and _COURSE_ONLY.search(text) and not _SCHOOL_COMPLETED.search(text):
        levels.remove("high_school")  # "one course in trigonometry from a high school, college …": a place
    degrees = ("doctorate", "professional", "master", "bachelor", "associate")
    if not any(level in levels for level in degrees) and may_contain(text, ("degree",)) and _BARE_DEGREE.search(text):
        levels.insert(0, "bachelor")
    return tuple(levels)


_CERTIFICATE = re.compile(r"\bcertificate\b", re.I)


def _names_certificate(text: str) -> bool:
    """ "a related diploma or certificate": the certificate is a level of its own, not coursework."""
    return bool(_CERTIFICATE.search(text))
