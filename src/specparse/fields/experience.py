"""Experience clauses in detail: full- or part-time, the job class named, an alternate class, the field.

Civil-service requirements name experience in a few set phrasings, all read here:
- "two years of full-time paid experience as a Systems Aide" / "with the City … as a Chief Clerk";
- "experience in a class at the level of Management Assistant which provides experience in: …";
- "… as an Accounting Clerk or in a class at that level performing accounting work" (an alternate class);
- "2,080 hours of paid experience as a Lifeguard" (hours are counted as full-time, 2,080 to the year).
A job class is recognised by its capitalised title after "as a" or "at the level of"; a role written in
lower case ("as a journey-level plumber") is a field of experience, not a class.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .requirements import DURATION, experience_field

# One word of a class title: "Senior", "Clerk-Typist", "II", "911".
_TITLE_WORD = r"(?:[A-Z][\w'’/-]*(?:\.(?=\s+[A-Z]))?|[IVX]{1,4}\b|\d{1,3}\b)"
# Words that may sit inside a title ("Operations and Statistical Research Analyst", "Director of Systems").
_ONE_TITLE = _TITLE_WORD + r"(?:\s+(?:(?:and|of|&|for|-)\s+)?" + _TITLE_WORD + r")*"
# Several titles: "Equipment Operator, Power Shovel Operator", "Carpenter or Electrician", "a Director of Systems".
_TITLES = _ONE_TITLE + r"(?:(?:\s*,\s*|,?\s+or\s+|,?\s+and\s+)(?:an?\s+)?" + _ONE_TITLE + r")*"
_CLASS = re.compile(
    r"\b(?:as\s+(?:an?|the)|at\s+the\s+level\s+of(?:\s+an?)?|in\s+the\s+(?:class|classification|position)\s+of(?:\s+an?)?"
    # CalHR: "performing the duties of a Program Systems Analyst", "equivalent to Research Program Specialist I"
    r"|(?:performing\s+)?the\s+duties\s+of(?:\s+an?)?|equivalent\s+to(?:\s+that\s+of)?(?:\s+an?)?)"
    r"\s+(?P<title>" + _TITLES + r")"
    r"(?![\w'’]|\s+[a-z]+['’]s\b)"  # "as a City department's representative": a possessive, not a class
)
# "or in a class at that level which provides experience in …", "or in a clerical class at the same level".
_ALTERNATE = re.compile(
    r",?\s*\bor\s+in\s+an?\s+(?:[a-z-]+\s+){0,2}(?:class|classification|position)\s+(?:which\s+is\s+)?at\s+"
    r"(?:(?:that|the\s+same|this|an?\s+equivalent)\s+level\b|the\s+level\s+of\s+(?:an?\s+)?"
    + _TITLES
    + r"(?:\s*\([^)]*\))?)[,\s]*(?P<rest>[^;.]*)"
)
# What an "at the level of" class must provide: "… which provides experience in: …".
_PROVIDES = re.compile(
    r"\b(?:which|that)\s+(?:provides?|includes?|involves?)\s+(?:experience\s+)?(?:in|with|performing)?\s*:?\s*(?P<rest>[^;.]*)",
    re.I,
)
_LEAD_IN = re.compile(
    r"^(?:which|that)\s+(?:provides?|includes?|involves?)\s+(?:experience\s+)?(?:in|with)?\s*:?\s*", re.I
)
_FULL_TIME = re.compile(r"\bfull[- ]?time\b", re.I)
_PART_TIME = re.compile(r"\bpart[- ]?time\b", re.I)
_HOURS = re.compile(r"\b\d{1,3}(?:,\d{3})+\s+hours\b|\b\d{3,5}\s+hours\b", re.I)
_EXPERIENCE_WORD = re.compile(r"\bexperience\b", re.I)
# Words that say how the experience was paid or timed, not what it was in.
_DEBRIS = re.compile(r"\b(?:full[- ]?time|part[- ]?time|paid|of)\b", re.I)
# A field that is only the class phrase ("class at the level of") or the employer is no field.
_NOT_A_FIELD = re.compile(
    r"^(?:an?\s+)?(?:class|classification|position)(?:\s+at\b.*)?$|^(?:the\s+)?city\s+of\b",
    re.I,
)
# "as an Executive, Senior, Coordinating or Web Content Producer": a level word alone names no class;
# nor does an abbreviation left where a sentence was cut ("at the level of a Sr.").
_NOT_A_CLASS = re.compile(
    r"(?:Senior|Sr\.?|Junior|Jr\.?|Executive|Coordinating|Principal|Chief|Assistant|Associate|Supervising|Lead|Head)",
    re.I,
)
_EMPLOYER = re.compile(r"^(?:City|County|State)\s+of\s+(?:[A-Z][\w.]*\s+){1,2}(?=[A-Z])")
# "Program Systems Analyst, Range C": a pay range of the class (CalHR), not another class.
_RANGE = re.compile(r",?\s+Range\s+[A-Z]\b.*$")
_LEVEL = re.compile(r"\b[IVX]{1,4}$")
# "with the City of Los Angeles", "with the City of Los Angeles' Departments of …": the employer, not a field.
_EMPLOYER_PHRASE = re.compile(
    r"\s*,?\s*\b(?:with|for|employed\s+by)\s+(?:the\s+)?(?:City|County|State)\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*'?s?",
)
_AFTER_CLASS = re.compile(
    r"^\s*,?\s*(?:in\s+(?!an?\s+(?:class|position)\b|the\s+(?:class|position)\b)|which\s+(?:provides|includes)\s+"
    r"(?:experience\s+)?(?:in\s+)?)?(?P<duties>(?<=\s)(?!with\b|within\b|for\b|and\b|or\b)[a-z][^;.]*)",
)
_DOING = re.compile(r"\bexperience\s+(?P<duties>(?!including\b)[a-z]+ing\b[^;.]*)", re.I)
# "experience in one or more of the following areas:": the areas are the sub-items under it.
_THE_FOLLOWING = re.compile(
    r"\bof\s+the\s+following(?:\s+[\w-]+)?\s*:?$|^(?:any\s+|at\s+least\s+)?(?:one|two|three|\w+)?\s*(?:or\s+more\s+)?of\s+the\s+following\b",
    re.I,
)
_TAIL = re.compile(r"[\s,;:]+(?:and|or)?\s*$", re.I)


@dataclass(slots=True)
class ExperienceFacts:
    full_time: bool | None
    class_title: str | None
    alternate: str | None
    field: str | None


def clause(text: str) -> str:
    """The experience clause of a sentence: from its duration (or hours) on; the whole text when none."""
    duration = DURATION.search(text) or _HOURS.search(text)
    if duration and _EXPERIENCE_WORD.search(text, duration.end()):
        return text[duration.start() :]
    return text


def full_time(text: str) -> bool | None:
    """True for "full-time" (or hours, which the City counts at full time), False for "part-time"."""
    own = clause(text)
    word = _EXPERIENCE_WORD.search(own)
    head = own[: word.end()] if word else own  # "two years of full-time paid experience"
    if _FULL_TIME.search(head):
        return True
    if _PART_TIME.search(head):
        return False
    return True if _HOURS.search(head) else None


def class_title(text: str) -> str | None:
    """The job class an experience clause names, as printed ("Management Assistant")."""
    own = clause(text)
    # "as an Accounting Clerk, or in a class at the level of Senior Administrative Clerk": both classes.
    titles = [_TAIL.sub("", _RANGE.sub("", match.group("title"))).strip() for match in _CLASS.finditer(own)]
    return ", ".join(dict.fromkeys(t for t in titles if t)) or None


def class_names(title: str) -> list[str]:
    """The separate classes of a ``class_title`` ("Carpenter, Electrician or Plumber" gives three)."""
    parts = re.split(r"\s*,\s*(?:or\s+|and\s+)?|\s+or\s+", title)
    names: list[str] = []
    for part in parts:
        name = re.sub(r"^(?:an?|the)\s+", "", part.strip(), flags=re.I)
        name = _EMPLOYER.sub("", name)  # "a City of Los Angeles Assistant Inspector IV"
        if _LEVEL.fullmatch(name) and names:
            # "Project Manager I, II, or III": a bare level number takes the title before it.
            name = f"{_LEVEL.sub('', names[-1]).strip()} {name}"
        if name and not _NOT_A_CLASS.fullmatch(name):
            names.append(name)
    return names


def alternate(text: str) -> str | None:
    """What an alternate class must provide ("… or in a class at that level performing accounting work")."""
    match = _ALTERNATE.search(clause(text))
    if match is None:
        return None
    rest = _TAIL.sub("", _LEAD_IN.sub("", match.group("rest").strip())).strip()
    if rest:
        return rest
    # No duties printed: the clause itself says an alternate class is allowed.
    return re.sub(r"^[,\s]*or\s+", "", match.group(0).strip(), flags=re.I)


def field(text: str) -> str | None:
    """What the experience must be in, as printed; never how it was paid or the class phrase itself."""
    own = _EMPLOYER_PHRASE.sub("", clause(text))
    cut = _ALTERNATE.search(own)
    before = own[: cut.start()] if cut else own
    provides = _PROVIDES.search(before)
    if provides:
        return _tidy(provides.group("rest"))
    named = _CLASS.search(before)
    if named:
        # "at the level of Systems Analyst in the analysis, design …", "… Officer III supervising …"
        duties = _AFTER_CLASS.match(before[named.end() :])
        if duties:
            return _tidy(duties.group("duties"))
        before = before[: named.start()]
    doing = _DOING.search(before)  # "experience processing customer requests …"
    for found in (experience_field(before), doing.group("duties") if doing else None):
        tidy = _tidy(found) if found else None
        if tidy:
            return tidy
    return None


def _tidy(value: str) -> str | None:
    value = _TAIL.sub("", re.sub(r"\s+", " ", value)).strip(" ,:")
    if not value or _NOT_A_FIELD.search(value) or _THE_FOLLOWING.search(value):
        return None
    if not _DEBRIS.sub("", value).strip(" ,-"):
        return None  # "full-time paid": only how, not what
    value = re.sub(r"^(?:(?:full[- ]?time|part[- ]?time|paid)\s+)+", "", value, flags=re.I)
    return value or None


def describe(text: str) -> ExperienceFacts:
    return ExperienceFacts(
        full_time=full_time(text), class_title=class_title(text), alternate=alternate(text), field=field(text)
    )
