"""The patterns the experience clause readers (``experience``) cut a clause with: lead-ins of a class title,
what a class provides, how the experience was paid or timed, what kind it was, where it was.

Kept apart from the readers so that each module stays short; ``experience`` is their only user.
"""

from __future__ import annotations

import re

from ..caseless import Caseless
from .durations import DURATION
from .experience_phrases import ONE_TITLE, TITLES

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
