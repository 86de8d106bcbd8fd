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
from typing import Literal

from ..caseless import Caseless
from ..prechecks import may_contain
from ..text_cache import text_cache
from .durations import find_duration, match_duration
from .experience_phrases import ONE_TITLE, TITLES, alternate_class, without_employer, without_tail
from .requirements import DURATION, experience_field
from .spacing import single_spaced

Schedule = Literal["full_time", "part_time"]

# Each lead-in is written as its first word then a look-behind for the "\b" before it ("as(?<!\was)" for
# "\bas"): every branch then opens with a letter, and the engine skips to the next place one of those
# letters stands, where "\b" first was tried at every position of every experience clause. The
# pattern is case-sensitive, so it reads the printed text as the plain "\b(?:as\s+…|…)" does.
_CLASS = re.compile(
    r"(?:as(?<!\was)\s+(?:an?|the)|at(?<!\wat)\s+the\s+level\s+of(?:\s+an?)?"
    r"|in(?<!\win)\s+the\s+(?:class|classification|position)\s+of(?:\s+an?)?"
    # CalHR: "performing the duties of a Program Systems Analyst", "equivalent to Research Program Specialist I"
    # ("(?:performing\s+)?the" as two branches: "performing …" and "the …" never open at the same place)
    r"|performing(?<!\wperforming)\s+the\s+duties\s+of(?:\s+an?)?|the(?<!\wthe)\s+duties\s+of(?:\s+an?)?"
    r"|equivalent(?<!\wequivalent)\s+to(?:\s+that\s+of)?(?:\s+an?)?)"
    r"\s+(?P<title>" + TITLES + r")"
    r"(?![\w'’]|\s+[a-z]+['’]s\b)"  # "as a City department's representative": a possessive, not a class
)
# What an "at the level of" class must provide: "… which provides experience in: …".
# ("which(?<!\wwhich)" is "\bwhich" led by its word; read on the lower-cased text where that is exact.)
_PROVIDES = Caseless(
    r"(?:which(?<!\wwhich)|that(?<!\wthat))\s+(?:provides?|includes?|involves?)\s+(?:experience\s+)?(?:in|with|performing)?\s*:?\s*(?P<rest>[^;.]*)",
)
_LEAD_IN = re.compile(
    r"^(?:which|that)\s+(?:provides?|includes?|involves?)\s+(?:experience\s+)?(?:in|with)?\s*:?\s*", re.I
)
_FULL_TIME = re.compile(r"\bfull[- ]?time\b", re.I)
_PART_TIME = re.compile(r"\bpart[- ]?time\b", re.I)
# "2,080 hours", "1000 cumulative hours".
_HOURS = re.compile(r"\b(?:\d{1,3}(?:,\d{3})+|\d{3,5})\s+(?:[a-z]+\s+)?hours\b", re.I)
_EXPERIENCE_WORD = re.compile(r"\bexperience\b", re.I)
# The same for lower-cased ASCII text, led by the word (a look-behind standing for the "\b" before it), so
# the engine jumps from one "experience" to the next where "\b" first was tried at every position.
_EXPERIENCE_WORD_LOWER = re.compile(r"experience(?<!\wexperience)\b")
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
_LEVEL_ONLY = re.compile(
    r"(?:(?:progressively|increasingly|highly)\s+)?(?:professional|paraprofessional|sub-?professional|responsible|"
    r"supervisory|managerial|technical|journey[- ]level|senior|administrative|qualifying|relevant|related)",
    re.I,
)
# A job named in lower case ("as a police officer", "as a helper to a journey-level electrician"): a
# function, not a City class.
# ("as(?<!\was)" is "\bas" led by its word, as in _CLASS.)
_ROLE = re.compile(r"as(?<!\was)\s+an?\s+(?P<role>(?!(?:class|classification|position|member)\b)[a-z][^;.]*)")
# "as an exempt or contract Administrative Hearing Examiner": a class with words before its title.
_MODIFIED_CLASS = re.compile(
    r"as(?<!\was)\s+an?\s+(?:(?!(?:to|of|in|for|with|at|by|an?|the|on)\b)[a-z]+(?:\s+(?:or|and)|,)?\s+){1,3}"
    r"(?P<title>" + ONE_TITLE + r")(?=\s*(?:[;.,(]|$))"
)
_DUTY_LIST = re.compile(r",?\s+(?=[a-z]+ing,\s+(?:and\s+)?[a-z]+ing\b)")
_FOLLOWING_LIST = re.compile(r"\b(?:the\s+)?following\b[^;.:]*:\s*[^;.]+", re.I)
# "Paid experience equivalent to two years instructing in the arts", "…, Bureau of X, processing permits".
_DURATION_DOING = re.compile(DURATION.pattern + r"\s+(?P<duties>(?!including\b)[a-z]+ing\b[^;.]*)", re.I)
# What every match of _DURATION_DOING holds from its unit on: DURATION's number words are tried at
# almost every position of a sentence, this shorter pattern only where a "y", "m" stands, and it
# fails on most experience sentences (the duration is followed by "of", not by what was done).
_UNIT_THEN_DOING = Caseless(r"(?:year|month|yr)s?\b\.?\s+(?!including\b)[a-z]+ing\b")
_COMMA_DOING = re.compile(r",\s+(?P<duties>(?!including\b|using\b)[a-z]+ing\s+[^;.]*)")
# How the experience was paid or timed, not what kind it was.
_HOW = re.compile(
    r"\b(?:of|or|and|full[- ]?time|part[- ]?time|paid|unpaid|volunteer|total|cumulative|hours|at\s+least|"
    r"a\s+minimum\s+of|completion|successful|equivalent(?:\s+to)?)\b|\(\s*\d+\s*\)|\d[\d,]*",
    re.I,
)
_NOT_A_KIND = re.compile(r"\b(?:years?|months?|the|this|such|qualifying|required|additional|which|that)\b", re.I)
# "experience in the Los Angeles Police Department (LAPD)": where, not what.
_ORGANISATION = re.compile(
    r"^(?:the\s+)?(?:(?:[A-Z][\w.'’]*|of|and)\s+){0,6}(?:Department|Agency|Bureau|Division|Office|Commission)\b"
    r"|^(?:the\s+)?(?:City|County|State)(?:\s+of\b|$)"
)


# The small patterns of the readers below, compiled once (re.sub with a pattern string looks it up in
# re's cache on every call).
_BRACKETS = re.compile(r"\s*\([^)]*\)")
_TITLE_LIST = re.compile(r"\s*,\s*(?:or\s+|and\s+)?|\s+or\s+")
ONE_TITLE_ONLY = re.compile(ONE_TITLE)
_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.I)
_OR_LEAD = re.compile(r"^[,\s]*or\s+", re.I)
_THREE_LETTERS = re.compile(r"[a-z]{3}")
_HOW_LEAD = re.compile(r"^(?:(?:full[- ]?time|part[- ]?time|paid)\s+)+", re.I)


@dataclass(slots=True)
class ExperienceFacts:
    full_time: bool | None
    schedules: list[Schedule]
    class_title: str | None
    alternate: str | None
    field: str | None


# Each fact describe() reads starts from the clause (five times per sentence): a pure function of the
# sentence, so cached.
@text_cache(4096)
def clause(text: str) -> str:
    """The experience clause of a sentence: from its duration (or hours) on; the whole text when none."""
    duration = find_duration(text) or _HOURS.search(text)
    if duration and _experience_word(text, duration.end()):
        return text[duration.start() :]
    return text


def _experience_word(text: str, start: int = 0) -> re.Match[str] | None:
    """``_EXPERIENCE_WORD.search(text, start)``; the match's places are the printed text's."""
    if text.isascii():  # re.I matches some other letters to ASCII ones ("ſ" to "s"); str.lower does not
        return _EXPERIENCE_WORD_LOWER.search(text.lower(), start)
    return _EXPERIENCE_WORD.search(text, start)


def _head(text: str) -> str:
    own = clause(text)
    word = _experience_word(own)
    return own[: word.end()] if word else own  # "two years of full-time paid experience"


def full_time(text: str) -> bool | None:
    """True for "full-time" (or hours, which the City counts at full time), False for "part-time"."""
    return _full_time(text, schedules(text))


def _full_time(text: str, kinds: list[Schedule]) -> bool | None:
    """``full_time(text)`` from the ``schedules(text)`` the caller has read already."""
    if kinds:
        return kinds[0] == "full_time"
    return True if _HOURS.search(_head(text)) else None


def schedules(text: str) -> list[Schedule]:
    """Every kind of experience printed as accepted: "one year of full-time or two years of part-time …"
    gives both; "600 hours of paid experience" says neither."""
    head = _head(text)
    found: list[tuple[int, Schedule]] = []
    kinds: tuple[tuple[re.Pattern[str], Schedule], ...] = ((_FULL_TIME, "full_time"), (_PART_TIME, "part_time"))
    for pattern, kind in kinds:
        match = pattern.search(head)
        if match:
            found.append((match.start(), kind))
    return [kind for _, kind in sorted(found)]


def class_title(text: str) -> str | None:
    """The job class an experience clause names, as printed ("Management Assistant")."""
    own = clause(text)
    # "as an Accounting Clerk, or in a class at the level of Senior Administrative Clerk": both classes.
    titles = [without_tail(_RANGE.sub("", match.group("title"))).strip() for match in _CLASS.finditer(own)]
    titles += [m.group("title") for m in _MODIFIED_CLASS.finditer(own) if " " in m.group("title")]
    titles += _classes_in_roles(own)
    return ", ".join(dict.fromkeys(t for t in titles if t)) or None


def _classes_in_roles(own: str) -> list[str]:
    """Capitalised classes inside a list of roles: "as a police cadet, police aide, Police Student Worker
    (with the City), or Community Officer" names two classes; the list ends at an item that is more
    than a role ("… administrator in the industry installing …: Oracle, DB2, or SQL Server")."""
    found: list[str] = []
    # (Brackets dropped only where there are any: the pattern was tried at every position of each clause.)
    for role in _ROLE.finditer(_BRACKETS.sub("", own) if "(" in own else own):
        for item in _TITLE_LIST.split(role.group("role")):
            item = item.strip()
            if len(item.split()) > 4 or ":" in item:
                break
            if len(item.split()) >= 2 and ONE_TITLE_ONLY.fullmatch(item):
                found.append(item)
    return found


def class_names(title: str) -> list[str]:
    """The separate classes of a ``class_title`` ("Carpenter, Electrician or Plumber" gives three)."""
    parts = _TITLE_LIST.split(title)
    names: list[str] = []
    for part in parts:
        name = _ARTICLE.sub("", part.strip())
        name = _EMPLOYER.sub("", name)  # "a City of Los Angeles Assistant Inspector IV"
        if _LEVEL.fullmatch(name) and names:
            # "Project Manager I, II, or III": a bare level number takes the title before it.
            name = f"{_LEVEL.sub('', names[-1]).strip()} {name}"
        if name and not _NOT_A_CLASS.fullmatch(name):
            names.append(name)
    return names


def alternate(text: str) -> str | None:
    """What an alternate class must provide ("… or in a class at that level performing accounting work")."""
    own = clause(text)
    found = alternate_class(own)
    if found is None:
        return None
    start, match = found
    rest = without_tail(_LEAD_IN.sub("", match.group("rest").strip())).strip()
    if rest:
        return rest
    # No duties printed: the clause itself says an alternate class is allowed.
    return _OR_LEAD.sub("", own[start : match.end()].strip())


def field(text: str) -> str | None:
    """What the experience must be in, as printed; never how it was paid or the class phrase itself."""
    own = clause(text)
    if "City" in own or "County" in own or "State" in own:  # words every (case-sensitive) employer phrase holds
        own = without_employer(own)
    cut = alternate_class(own)
    before = own[: cut[0]] if cut else own
    kind = _kind(before)
    provides = _PROVIDES.search(before)
    if provides:
        lead = before[: provides.start()].rstrip(" ,")
        if kind and _EXPERIENCE_WORD.fullmatch(lead[-10:].strip()):
            # "… teaching experience which includes marine science": the kind is the function's start.
            return _tidy(f"{kind} {before[lead.rfind('experience') :]}")
        role = _ROLE.search(lead)
        if role and not _CLASS.search(lead) and not _MODIFIED_CLASS.match(lead, role.start()):
            # "as a tree surgeon, which includes climbing trees …": the role and what it includes.
            return _tidy(before[role.start("role") :])
        return _tidy(before[provides.start("rest") : provides.end("rest")])
    named = _CLASS.search(before)
    if named:
        # "at the level of Systems Analyst in the analysis, design …", "… Officer III supervising …"
        duties = _AFTER_CLASS.match(before[named.end() :])
        if duties:
            return _tidy(duties.group("duties"))
        before = before[: named.start()]
    role = _ROLE.search(before)  # "experience within the last ten years as a police officer"
    if role and _MODIFIED_CLASS.match(before, role.start()):
        role = None
    doing = (
        _DOING.search(before)
        or (_UNIT_THEN_DOING.search(before) and _DURATION_DOING.search(before))
        or _COMMA_DOING.search(before)
    )
    found = [experience_field(before), role.group("role") if role else None, doing.group("duties") if doing else None]
    for value in found:
        if value and role and role.group("role").startswith(value[:20]):
            # "as a database administrator in the IT industry installing, tuning and maintaining …":
            # the role is the function; the list of duties after it says what the role does.
            value = _DUTY_LIST.split(value, maxsplit=1)[0]
        tidy = _tidy(value) if value else None
        if tidy and tidy.lower().startswith("following"):
            # "in the following welding processes: shielded metal arc, …": the list is what it is in.
            listed = _FOLLOWING_LIST.search(before)
            return _tidy(listed.group(0)) if listed else tidy
        if tidy:
            return tidy
    # "three years of full-time paid fire suppression certified experience in the … Fire Department".
    return _tidy(f"{kind} experience") if kind else None


def _kind(before: str) -> str | None:
    """The words that say what kind of experience, printed before the word: "… paid teaching experience"."""
    word = _experience_word(before)
    if word is None:
        return None
    head = before[: word.start()]
    while True:  # only the leading words: "paid or volunteer out of classroom … teaching" keeps its "of"
        lead = match_duration(head) or _HOURS.match(head) or _HOW.match(head)
        if lead is None:
            break
        head = head[lead.end() :].lstrip(" ,;:-")
    head = single_spaced(head).strip(" ,;:-")
    if not _THREE_LETTERS.search(head) or _NOT_A_KIND.search(head) or _LEVEL_ONLY.fullmatch(head):
        return None
    return head


def _tidy(value: str) -> str | None:
    value = without_tail(single_spaced(value)).strip(" ,:").removesuffix(".")
    if (
        not value
        or _NOT_A_FIELD.search(value)
        # every match of _THE_FOLLOWING holds "following"
        or (may_contain(value, ("following",)) and _THE_FOLLOWING.search(value))
        or _ORGANISATION.match(value)
    ):
        return None
    what = _DEBRIS.sub("", value).strip(" ,-")
    if not what:
        return None  # "full-time paid": only how, not what
    if _LEVEL_ONLY.fullmatch(what):
        return None  # "full-time paid professional experience as a Chemist": a level, not a field
    value = _HOW_LEAD.sub("", value)
    return value or None


def describe(text: str) -> ExperienceFacts:
    kinds = schedules(text)  # read once: full_time is the first of them
    return ExperienceFacts(
        full_time=_full_time(text, kinds),
        schedules=kinds,
        class_title=class_title(text),
        alternate=alternate(text),
        field=field(text),
    )
