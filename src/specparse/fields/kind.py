"""What kind of document this is: one class, a series page defining several classes, or not a spec at all.

Outcomes other than "one class" are reported as warnings with stable codes, so a batch run can filter
them (``class_series``, ``job_listing``, ``not_a_spec``) instead of trusting fields that describe
something else.
"""

from __future__ import annotations

import itertools
import re

from ..lines import Line
from ..prechecks import ascii_lowered, holds_any
from ..sections import Split
from ..word_prechecks import Letters, Words

# Signs that a page describes a job. A careers landing page or an organisation's "about" page
# (seen among saved job postings) shows at most one of them; the sparsest real posting shows four.
JOB_CUES: dict[str, re.Pattern[str]] = {
    "duties": re.compile(r"\bduties\b|\bresponsibilit(?:y|ies)\b|\bessential functions\b", re.I),
    "qualifications": re.compile(r"\bqualifications?\b|\brequirements?\b", re.I),
    "experience": re.compile(r"\byears? of\b[^.]{0,60}\bexperience\b|\bexperience (?:in|with|as)\b", re.I),
    "education": re.compile(r"\b(?:degree|diploma|graduation|high school|college|GED)\b", re.I),
    "salary": re.compile(r"\$\s?\d|\bsalary\b|\bper hour\b|\bhourly\b", re.I),
    "competencies": re.compile(r"\bknowledge of\b|\babilit(?:y|ies) to\b|\bskills? in\b", re.I),
    "application": re.compile(r"\bapply\b|\bapplicants?\b|\bapplication\b", re.I),
    "position": re.compile(r"\b(?:this|the) position\b|\bincumbents?\b|\bin this class\b", re.I),
}
MIN_JOB_CUES = 2
# A weekly "summary of job opportunities" prints a title and a pay range per job and no job described.
DESCRIBING_SECTIONS = frozenset(
    {"definition", "duties", "qualifications", "education", "experience", "knowledge_skills_abilities", "knowledge"}
)
LISTING_MIN_FIGURES = 12
_PAY_FIGURE = re.compile(r"\$?\b\d{2,3},\d{3}\b")
JOB_SECTIONS = frozenset(
    {
        "definition",
        "duties",
        "qualifications",
        "education",
        "experience",
        "knowledge",
        "skills",
        "abilities",
        "knowledge_skills_abilities",
        "salary",
        "desirable_qualifications",
    }
)
WEAK_JOB_SECTIONS = frozenset({"definition"})
# "Photography Series", "Series established March 17, 1971", "Definition of Levels",
# "… Series Specification - Class Titles and Codes": a page defining a series of classes.
_SERIES_TITLE = re.compile(r"\bseries\s*$", re.I)
# "Office Assistant I / II / III", "Planner I/II", "Engineer I, II and III": a title naming several levels.
_LEVELS_TITLE = re.compile(
    r"\b(?:[IVX]{1,4}|\d)\s*(?:/|,|&|\band\b|\bor\b)\s*(?:[IVX]{1,4}|\d)(?:\s*(?:/|,|&|\band\b)\s*(?:[IVX]{1,4}|\d))*\s*$"
)
# "Class Code: 1101" … "Class Code: 1103": a page giving several classes their own codes defines a series.
# Only a line that is nothing but the code counts: LA bulletins cite other classes' codes in their
# revision notes ("Class Code 7615 . . . 12-18-15").
_CLASS_CODE_LINE = re.compile(
    r"^\s*(?:class|job)\s+(?:code|no\.?|number)\s*[:#]?\s*(?P<code>[A-Z]{0,3}-?\d{3,8})\s*$", re.I
)
SERIES_MIN_CODES = 3
# "Class Codes: 3120 / 3121": one header giving several classes' codes (a flexibly staffed series).
_SEVERAL_CODES = re.compile(
    r"\b(?:class|job)\s+codes\s*[:#]?\s*[A-Z]{0,3}-?\d{3,8}\s*(?:/|,|&|\band\b)\s*[A-Z]{0,3}-?\d{3,8}\b", re.I
)
# Words every match of _SERIES_LINE, of _CLASS_CODE_LINE, and of _SEVERAL_CODES contains.
_SERIES_WORDS = ("series", "definition")
_CODE_WORDS = re.compile(r"(?:class|job)\s+(?:code|no|number)", re.I)
_CODES_WORDS = re.compile(r"(?:class|job)\s+codes", re.I)
# _CODES_WORDS is tried at every position of the whole text: first the words its matches hold (in the
# letters of the few texts that have the word "codes").
_CODES_LETTERS = Words(("class codes", "job codes"))
_CODE_LINE_STARTS = frozenset("cCjJ")
_SERIES_LINE = re.compile(
    r"^\s*(?:series\s+established\b|definition\s+of\s+levels\b|.*\bseries\s+specification\b.*\bclass\s+titles\b)", re.I
)


def document_warnings(split: Split, body: list[Line], title: str | None) -> list[tuple[str, str]]:
    """Warnings saying the document is a class series or not a job specification at all."""
    text = "\n".join(line.text for line in body if line.text)
    described = {section.key for section in split.sections} & DESCRIBING_SECTIONS
    if not described and len(_PAY_FIGURE.findall(text)) >= LISTING_MIN_FIGURES:
        return [
            (
                "job_listing",
                "this page lists several jobs and their pay (a weekly summary or job board), "
                "not one class; the fields are not one job's",
            )
        ]
    # A "PURPOSE" or "OVERVIEW" heading alone reads as a definition, but an HR policy or a benefits page
    # has one too: without any other job section, the page must show the cues of a job.
    if not any(section.key in JOB_SECTIONS - WEAK_JOB_SECTIONS for section in split.sections):
        # Counting stops at the minimum: each cue is a search of the whole text.
        cues = itertools.islice((name for name, pattern in JOB_CUES.items() if pattern.search(text)), MIN_JOB_CUES)
        if len(list(cues)) < MIN_JOB_CUES:
            return [
                (
                    "not_a_spec",
                    "this does not read as a job specification or posting: no duties, "
                    "requirements or salary found; the fields are likely empty or wrong",
                )
            ]
    # Each line pattern below is tried on every line only when the whole text has the words it needs
    # (a line matching is in the text): most documents have none, and one search of the text is cheap.
    # The text is lower-cased once for those word tests (None when not ASCII: see prechecks).
    lowered = ascii_lowered(text)
    series_line = (
        next((line.text.strip() for line in body if _SERIES_LINE.match(line.text)), None)
        if holds_any(lowered, _SERIES_WORDS)
        else None
    )
    codes = (
        {
            match.group("code")
            for line in body
            # The line must open with "class" or "job" (no other letter matches "c" or "j" case-blind):
            # testing its first letter is cheaper than the pattern, tried on every line.
            if line.text.lstrip()[:1] in _CODE_LINE_STARTS
            for match in [_CLASS_CODE_LINE.match(line.text)]
            if match
        }
        if _CODE_WORDS.search(text)
        else set()
    )
    if len(codes) >= SERIES_MIN_CODES and not series_line:
        series_line = f"{len(codes)} class codes"
    if (
        not series_line
        and holds_any(lowered, ("codes",))
        and Letters(text).may_hold(_CODES_LETTERS)
        and _CODES_WORDS.search(text)
    ):
        series_line = next((line.text.strip() for line in body if _SEVERAL_CODES.search(line.text)), None)
    if (title and (_SERIES_TITLE.search(title) or _LEVELS_TITLE.search(title))) or series_line:
        found = series_line if series_line else title
        return [
            (
                "class_series",
                f"this page defines a series of classes ({found!r}), not one class; fields may mix the levels",
            )
        ]
    return []
