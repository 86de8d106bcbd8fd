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

from ..prechecks import may_contain
from ..text_cache import text_cache
from .durations import find_duration, match_duration
from .experience_patterns import (
    _AFTER_CLASS,
    _ARTICLE,
    _BRACKETS,
    _CLASS,
    _COMMA_DOING,
    _DEBRIS,
    _DOING,
    _DURATION_DOING,
    _DUTY_LIST,
    _EMPLOYER,
    _EXPERIENCE_WORD,
    _EXPERIENCE_WORD_LOWER,
    _FOLLOWING_LIST,
    _FULL_TIME,
    _HOURS,
    _HOW,
    _HOW_LEAD,
    _LEAD_IN,
    _LEVEL,
    _LEVEL_ONLY,
    _MODIFIED_CLASS,
    _NOT_A_CLASS,
    _NOT_A_FIELD,
    _NOT_A_KIND,
    _OR_LEAD,
    _ORGANISATION,
    _PART_TIME,
    _PROVIDES,
    _RANGE,
    _ROLE,
    _THE_FOLLOWING,
    _THREE_LETTERS,
    _TITLE_LIST,
    _UNIT_THEN_DOING,
    ONE_TITLE_ONLY,
)
from .experience_phrases import alternate_class, without_employer, without_tail
from .requirements import experience_field
from .spacing import single_spaced

Schedule = Literal["full_time", "part_time"]


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
