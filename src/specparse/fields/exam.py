"""Who may take the examination, and what kind of appointment a posting fills.

Civil-service bulletins end with the basis of the examination: "THIS EXAMINATION IS TO BE GIVEN BOTH ON
AN INTERDEPARTMENTAL PROMOTIONAL AND AN OPEN COMPETITIVE BASIS", "… ONLY ON A DEPARTMENTAL PROMOTIONAL
BASIS"; some say it near the title instead ("Exam Open to All, including Current City Employees",
"Open to Current City Employees"). The codes are the City of Los Angeles data dictionary's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..prechecks import may_contain
from ..text_cache import text_cache

# "to be given … on an … basis", the sentence may be broken over lines; typos ("INTERDEPARMENTAL") seen.
_BASIS = re.compile(r"\bto\s+be\s+given\b(?P<how>[^.]{0,160}?)\bbasis\b", re.I | re.S)
# The same pattern for lower-cased ASCII text, where it is read fastest: the whole document is searched,
# and a case-blind pattern opening with "\b" is tried at every position, while one opening with a literal
# word lets the engine jump from one "to" to the next. "(?<!\wto)" is the "\b" before "to".
_BASIS_LOWER = re.compile(r"to(?<!\wto)\s+be\s+given\b(?P<how>[^.]{0,160}?)\bbasis\b", re.S)
_INTERDEPARTMENTAL = re.compile(r"\binter\s*-?\s*depar\w*\s+promotion", re.I)
_DEPARTMENTAL = re.compile(r"(?<![\w-])depar\w*\s+promotion", re.I)
_OPEN = re.compile(r"\bopen\s+competiti\w*|\bopen\s+basis\b", re.I)
_OPEN_TO = re.compile(r"\bopen\s+to\s+(?P<who>all\b[^)\n]*|(?:current\s+)?(?:city|county|state)\s+employees)", re.I)

# "appointments are anticipated to be made on a part-time basis", "will be used to fill full-time positions".
_KIND = r"(?P<kind>full[- ]?time|part[- ]?time|as[- ]needed)"
_EMPLOYMENT = re.compile(
    # "full-time, permanent position"; not "on-call duties as needed by position"
    r"\b" + _KIND + r"(?:\s+|,\s+(?:[\w-]+,?\s+){0,2}?)(?:basis|positions?|appointments?|vacanc\w+)\b",
    re.I,
)
_APPOINTMENT = re.compile(r"\b(?:appoint\w*|positions?|vacanc\w+|hired|eligible\s+list|fill)\b", re.I)
# "Job Type: Full-Time", "Employment Type: Part Time", "Position Status: Regular/full-time" (job postings).
_LABELLED = re.compile(
    r"\b(?:job|employment|position|appointment|work)\s+(?:type|status|schedule)\s*:\s*(?P<value>[^\n.;]{0,60})", re.I
)
# Words one of which every match of _LABELLED (with its colon), of _APPOINTMENT holds.
_LABEL_WORDS = ("type", "status", "schedule")
_APPOINTMENT_WORDS = ("appoint", "position", "vacanc", "hired", "eligible", "fill")
_KIND_WORD = re.compile(r"\b" + _KIND + r"\b", re.I)
# Both kind patterns above need one of these words: a cheap test before them.
_KIND_WORDS = ("time", "needed")


# Asked of every paragraph of a document, which an employer's bulletins repeat: cached (a repeated
# paragraph is then answered without running Python code).
@text_cache()
def may_name_employment(text: str) -> bool:
    """False when no sentence of ``text`` can name a kind of appointment (most paragraphs): the caller
    need not split it into sentences."""
    return may_contain(text, _KIND_WORDS)


def exam_type(text: str) -> str | None:
    """OPEN, INT_DEPT_PROM, DEPT_PROM or OPEN_INT_PROM from the basis statement, else from "open to …"."""
    for how in _basis_statements(text):
        promotional = (
            "INT_DEPT_PROM" if _INTERDEPARTMENTAL.search(how) else "DEPT_PROM" if _DEPARTMENTAL.search(how) else None
        )
        is_open = bool(_OPEN.search(how))
        if is_open and promotional:
            return "OPEN_INT_PROM"
        if is_open:
            return "OPEN"
        if promotional:
            return promotional
    open_to = _OPEN_TO.search(text)
    if open_to:
        who = open_to.group("who").lower()
        # "Open to All, including Current City Employees" is both; "Open to Current City Employees" promotional.
        return (
            "OPEN_INT_PROM"
            if who.startswith("all") and "employee" in who
            else "OPEN"
            if who.startswith("all")
            else "INT_DEPT_PROM"
        )
    return None


def _basis_statements(text: str) -> Iterator[str]:
    """What each "to be given … basis" statement says between its two ends, in document order."""
    if not text.isascii():  # re.I matches some other letters to ASCII ones ("ſ" to "s"); str.lower does not
        yield from (match.group("how") for match in _BASIS.finditer(text))
        return
    lowered = text.lower()
    start = _first_basis_start(lowered)
    if start is None:
        return
    for match in _BASIS_LOWER.finditer(lowered, start):
        yield text[match.start("how") : match.end("how")]


# What a match's "to be " before its "given" is made of.
_TO_BE_CHARACTERS = frozenset("tobe \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0")


def _first_basis_start(lowered: str) -> int | None:
    """Where the search for the first "to be given … basis" in ASCII ``lowered`` may start; None: none.

    Every match holds "given", and starts at the "to" of the "to<space>be<space>" right before it:
    no match starts before the first "given" less the run of those letters and white space before it
    (a later "given"'s run cannot reach back over the first). Searching the whole bulletin for "to"
    (one in every few words) up to there is spared; the look-behind still sees what comes before.
    """
    given = lowered.find("given")
    if given == -1:
        return None
    start = given
    while start and lowered[start - 1] in _TO_BE_CHARACTERS:
        start -= 1
    return start


def employment(sentences: list[str]) -> list[str]:
    """Kinds of appointment (full_time, part_time, as_needed) the sentences say are filled."""
    kinds: list[str] = []
    for sentence in sentences:
        for kind in _kinds_in(sentence):
            if kind not in kinds:
                kinds.append(kind)
    return kinds


# Every sentence of a document comes here, and an employer's bulletins repeat most of theirs: a pure
# function of the sentence, so cached.
@text_cache()
def _kinds_in(sentence: str) -> tuple[str, ...]:
    if not may_contain(sentence, _KIND_WORDS):
        return ()  # most sentences name no kind of appointment
    found = (
        [m.group("kind") for label in _LABELLED.finditer(sentence) for m in _KIND_WORD.finditer(label["value"])]
        if ":" in sentence and may_contain(sentence, _LABEL_WORDS)
        else []
    )
    if may_contain(sentence, _APPOINTMENT_WORDS) and _APPOINTMENT.search(sentence):
        found += [match.group("kind") for match in _EMPLOYMENT.finditer(sentence)]
    return tuple(
        re.sub(r"[- ]+", "_", word.lower()).replace("fulltime", "full_time").replace("parttime", "part_time")
        for word in found
    )
