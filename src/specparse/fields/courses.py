"""Course requirements: how many courses, how many semester or quarter units, in what, and the rest.

"Completion of four courses, of at least three semester or four quarter units each, in Information
Systems, Systems Analysis, or a closely related degree program" gives count 4, units 3 semester and
4 quarter each, and two subjects plus the catch-all "closely related …" kept whole. A sentence that
only adds conditions to course work ("At least three of the courses must be from the core courses …",
"A course in drafting is desired") is kept, unstructured, as the details of the course before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..prechecks import may_contain
from .lists import strip_marker
from .requirements import NUMBER_WORDS, SUBSTITUTION_PHRASE, SUBSTITUTION_WORDS, courses, sentences
from .spacing import single_spaced

_NUM = r"(?:\d+(?:\.\d+)?|" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)) + r")"
# "three semester or four quarter units", "12 semester units or 18 quarter units", "15 semester units".
_UNITS = re.compile(
    r"\b(?P<a>" + _NUM + r")\s+(?P<sa>semester|quarter)(?:\s+(?:units?|hours|credits))?"
    r"(?:\s+or\s+(?P<b>" + _NUM + r")\s+(?P<sb>semester|quarter))?\s*(?:units?|hours|credits)?(?P<each>\s+each)?\b",
    re.I,
)
_COMPLETION = r"\bcomplet\w*\s+(?:of\s+)?(?:at\s+least\s+|a\s+minimum\s+of\s+|the\s+following\s+)?"
# "completion of four courses", "completion of a college level course", "two courses in accounting".
_COUNT = re.compile(
    _COMPLETION + r"(?P<n>" + _NUM + r")\s+(?:[\w-]+\s+){0,2}?courses?\b"
    r"|\b(?P<m>" + _NUM + r")\s+(?:[\w-]+\s+){0,2}?courses?\s+in\b"
    r"|^(?P<o>" + _NUM + r")\s+(?:[\w-]+\s+){0,2}?courses?\b",  # "One course at either the high school or …"
    re.I,
)
# What the courses are in: the "in …" (or "of mathematics", ": A, B") after the units or the course words,
# past "… units each" or where they are taken ("units at an accredited college in chemistry").
_SUBJECT = re.compile(
    r"\b(?:units?|courses?|course\s*work|coursework|credits)\b(?:[^.;:]{0,80}?\beach\b|"
    r"\s+(?:at|from)\s+(?:an?|any)\s+(?:[\w-]+\s+){0,3}?(?:college|university|school)(?:\s+or\s+(?:[\w-]+\s+)?(?:college|university|school))?"
    r"|\s+at\s+either\s+the\s+[^.;:]{0,60}?\blevel)?\s*,?\s*(?:completed\s+)?"
    r"(?:(?:in|on)\s+|of\s+(?!(?:college\s+)?(?:course\s*work|coursework|study|credit|college|the\s+courses))|:\s*)"
    r"(?:any\s+combination\s+of\s+|the\s+(?:areas?|fields?)\s+of\s+|one\s+of\s+the\s+following:?\s*)?(?P<subject>[^.;]+)",
    re.I,
)
# A course requirement's sentence: "courses", "course work", "a course in", units (not "golf course operations").
_COURSE_WORD = re.compile(
    r"\bcourses\b|\bcourse\s*work\b|\bcoursework\b|\b(?:a|one|the|this|each|any)\s+(?:[\w-]+\s+)?course\b|\bunits?\b",
    re.I,
)
# Words one of which every match of _COURSE_WORD holds.
_COURSE_WORDS = ("course", "unit")
# "…, and at least two of the aforementioned courses must have had a laboratory": a condition on them.
_CONDITION = re.compile(r",?\s+and\s+(?P<detail>at\s+least\s+[^.;]*\bcourses?\b[^.;]*)", re.I)
_WISH = re.compile(r"\b(?:desired|desirable|preferred|especially)\b", re.I)
# "or a closely related field …": a catch-all kept whole, as the City's template keeps it.
_CATCH_ALL = re.compile(r",?\s*\b(?:or|and/or)\s+(?:an?\s+|in\s+an?\s+)?(?=(?:closely\s+)?related\b)", re.I)
# Where the course work is to be done is not its subject: "… in drafting at an accredited college".
_PLACE = re.compile(
    r"\s+(?:at|from|through|in)\s+(?:an?|any|the)\s+(?:[\w-]+\s+){0,3}?(?:accredited|recognized|approved|"
    r"college|university|school|institution|trade)\b.*$",
    re.I,
)
_ONLY_PLACE = re.compile(
    r"^(?:an?|any|the)\s+(?:[\w-]+\s+){0,3}?(?:accredited|recognized|approved|college|university|school|institution)\b",
    re.I,
)
# "physical or natural science and successful completion of 8 semester units …": a further requirement.
_FURTHER = re.compile(
    r"\s+(?:and|plus)\s+(?:the\s+)?(?:successful\s+|satisfactory\s+)?(?:completion|(?:one|two|three|four|five|\d+)\s+years?)\b.*$",
    re.I,
)
_STOP = re.compile(r"\s+(?:may|is|are|will|must|which|and\s+(?:one|two|three|four|five|six|\d+)\s+years?)\b.*$", re.I)


@dataclass(slots=True)
class CourseFacts:
    text: str
    count: int | None = None
    units: list[tuple[float, str]] = field(default_factory=list)
    units_per_course: bool = False
    subject: list[str] = field(default_factory=list)
    details: str | None = None


def _number(raw: str) -> float:
    raw = raw.lower()
    return float(raw) if raw[0].isdigit() else float(NUMBER_WORDS[raw])


def split_subjects(text: str) -> list[str]:
    """Subjects of a list as printed: "A, B, or C" gives three; a "closely related …" catch-all stays whole."""
    text = single_spaced(text).strip(" ,;:")
    if _ONLY_PLACE.match(text):
        return []  # "60 semester units in an accredited college": where, not what
    catch_all = _CATCH_ALL.search(text)
    head, tail = (text[: catch_all.start()], text[catch_all.end() :]) if catch_all else (text, "")
    head = _PLACE.sub("", _FURTHER.sub("", head))
    head = re.sub(r"^(?:the\s+)?(?:areas?|fields?|disciplines?)\s+of\s+", "", head, flags=re.I)
    head = re.sub(
        r"^(?:[\w-]+\s+)?(?:courses|course\s*work|coursework)\s+in\s+", "", head, flags=re.I
    )  # "core courses in"
    chunks = [re.sub(r"^(?:or|and|and/or)\s+", "", p.strip(), flags=re.I) for p in head.split(",")]
    # "Social Work, Gerontology or Psychology": "or" inside the last item separates two more.
    parts = [part for chunk in chunks for part in re.split(r"\s+(?:or|and/or)\s+", chunk)]
    subjects = [re.sub(r"^(?:an?|the)\s+", "", p.strip(), flags=re.I) for p in parts]
    if tail.strip():
        subjects.append(tail.strip(" ,"))
    return [s for s in subjects if s]


def _course(sentence: str) -> CourseFacts | None:
    # Each pattern only where its word is: every match of _UNITS holds "semester" or "quarter", every
    # match of _COUNT "course" (sentences naming only units have none, and both try number words at
    # every position).
    units = _UNITS.search(sentence) if may_contain(sentence, ("semester", "quarter")) else None
    count = _COUNT.search(sentence) if may_contain(sentence, ("course",)) else None
    subject = _SUBJECT.search(sentence)
    if _WISH.search(sentence) or not (units or count or (subject and _COMPLETION_OR_COURSES.search(sentence))):
        return None
    # The course clause as printed ("course work in customer relations, business …"), not the whole
    # sentence with its lead-in ("A typical way … would be: Graduation from high school supplemented by …").
    clauses = courses(sentence)
    found = CourseFacts(text=clauses[0] if len(clauses) == 1 else sentence)
    condition = _CONDITION.search(sentence)
    if condition:
        found.details = condition.group("detail").strip()
    if count:
        found.count = int(_number(count.group("n") or count.group("m") or count.group("o")))
    if units:
        found.units.append((_number(units.group("a")), units.group("sa").lower()))
        if units.group("b"):
            found.units.append((_number(units.group("b")), units.group("sb").lower()))
        found.units_per_course = bool(units.group("each"))
    if subject:
        text = subject.group("subject")
        if condition and condition.start() >= subject.start("subject"):
            text = text[: condition.start() - subject.start("subject")]
        found.subject = split_subjects(_STOP.sub("", text))
    return found


# Course work named without a number: "course work in accounting", "completion of courses in welding".
_COMPLETION_OR_COURSES = re.compile(r"\bcomplet\w*|\bcourse\s*work\b|\bcoursework\b|\bcourses\s+in\b", re.I)


_LEVEL_STUDY = re.compile(
    r"\b(?:one|two|three|four|a|\d)\s+(?:years?|semesters?|quarters?)\s+of\s+(?:high\s+school|college|university)"
    r"(?:\s+or\s+(?:high\s+school|college|university))?[- ]level\s+(?P<subject>[a-z][\w ,/&-]*?)\s*(?:[;.]|$)",
    re.I,
)


# What every match of _LEVEL_STUDY holds ("school", "college" or "university", then "-" or " ", then
# "level"): "level" alone passed every "at the level of" of the experience sentences.
_LEVEL_WORDS = tuple(f"{place}{joint}level" for place in ("school", "college", "university") for joint in "- ")


# "…; and", "…," at the end of a list item: the joiner to the next item, not the course's words.
_TRAILING_JOINER = re.compile(r"[\s;,]+(?:and|or)?$")
_JOINER_WORDS = ("and", "or")


def _without_trailing_joiner(sentence: str) -> str:
    """``sentence`` (stripped) without what _TRAILING_JOINER matches, read from its end: the pattern is
    tried at every space of the sentence, and matches only its last word ("and", "or", printed so)
    with the spaces, semicolons and commas before it, or those characters alone."""
    end = len(sentence)
    for word in _JOINER_WORDS:
        if sentence.endswith(word):
            end -= len(word)
            break
    start = end
    while start and (sentence[start - 1].isspace() or sentence[start - 1] in ";,"):  # [\s;,]+
        start -= 1
    return sentence[:start] if start < end else sentence


def parse_courses(text: str) -> list[CourseFacts]:
    """The course requirements of a requirement text, each with its count, units, subjects and details."""
    found: list[CourseFacts] = []
    loose: list[str] = []
    for sentence in sentences(strip_marker(text)):
        sentence = _without_trailing_joiner(sentence.strip())
        # Each pattern only where its words are: most requirement sentences name no course.
        if may_contain(sentence, SUBSTITUTION_WORDS) and SUBSTITUTION_PHRASE.search(sentence):
            continue
        names_course = may_contain(sentence, _COURSE_WORDS) and _COURSE_WORD.search(sentence)
        studied = None if names_course or not may_contain(sentence, _LEVEL_WORDS) else _LEVEL_STUDY.search(sentence)
        if studied:
            # "One year of high school or college level algebra": a subject studied for a time, no course count.
            found.append(CourseFacts(text=sentence, subject=split_subjects(studied.group("subject"))))
            continue
        if not names_course:
            continue
        course = _course(sentence)
        if course is not None:
            found.append(course)
        elif found:
            previous = found[-1]
            previous.details = f"{previous.details} {sentence}" if previous.details else sentence
        else:
            loose.append(sentence)
    if loose:
        # Conditions on course work named elsewhere ("At least three of the courses must be …").
        found.insert(0, CourseFacts(text=" ".join(loose), details=" ".join(loose)))
    return found
