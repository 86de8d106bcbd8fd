"""The class/job code: labelled codes, codes under their heading, and group-and-level classifications.

A posting, requisition, recruitment, vacancy, announcement, advertisement, position or job number
identifies one recruitment or one seat, not the class: it is never read as the class code.
"""

from __future__ import annotations

import re

from ..lines import Line

# "Code No. 7565", "Class Code: 1513", "Job Code 0042", "Class No. 1234-A", "Classification Code: 7A23"
CLASS_CODE = re.compile(
    r"\b(?:class(?:ification)?|job|title|class\s+spec(?:ification)?)?\s*"
    r"(?:code|no\.?|number|#)\s*(?:no\.?|number|#)?\s*[:#.]?\s*(?P<code>[A-Z]{0,3}-?\d[\dA-Z-]{1,9})\b",
    re.I,
)
_FOOTER_CLASS = re.compile(r"\bclass\s+(?:no\.?\s*|#\s*)?(?P<code>\d{3,6}[A-Z]?)\b", re.I)
_CODE_LABEL = re.compile(r"\b(class(ification)?|job)\s+(code|no\b|number|#)|\bcode\s*(no\b|#|:|number)|^code\b", re.I)
# "Job Code: 17160 - Systems Officer 5" deep in a posting: these labels cannot mean anything else.
STRONG_CODE_LABEL = re.compile(r"\b(?:class(?:ification)?|job)\s+code\b", re.I)
# Numbers of a recruitment or a seat: "Job Number: EGB93163", "Position number 418-100-9452-001",
# "Job Requisition ID: 76636", "Advertisement Number: 44660", "Posting #: 2024-117".
_NOT_CLASS_NUMBER = re.compile(
    r"\b(?:posting|requisition|req|recruitment|vacancy|announcement|advertisement|competition|position|"
    r"job\s+(?:number|no\b|id|#)|job\s+posting|bulletin)",
    re.I,
)
_FIELD_BREAK = re.compile(r"[:;|\t]|\s{2,}")
_POSTING_NUMBER = re.compile(
    r"\b(?:job|posting|requisition|recruitment|vacancy|announcement|advertisement)\s*(?:number|no\.?|#|id)\s*[:#]?\s*"
    r"(?P<number>[A-Z]{0,4}-?\d[\dA-Z-]{1,12})\b",
    re.I,
)
# Codes that are not the class code: "Schematic Code: AA20" (CalHR), "Zip Code", "Pay Code", "Budget Code".
_OTHER_CODE = re.compile(
    r"\b(schem(atic)?|zip|postal|pay|budget|account|area|dress|fund|ethics|penal|labor|vehicle|education)\s+code\b",
    re.I,
)
# "UW Code and Representative Group" over "- 17724 (NE S SEIU 925 Non Supv)": the code sits on the next line.
CODE_HEADING = re.compile(r"^\s*(?:[\w/]+\s+){0,2}(?:class(?:ification)?|job)?\s*code\b[^\d]{0,40}$", re.I)
CODE_VALUE = re.compile(r"^\s*(?:[-*\u2022]\s*)?(?P<code>[A-Z]{0,3}-?\d{3,8}[A-Z]?)\b")

# A Canadian group-and-level classification: "IT-02", "AS-06", "PM3", "EG1", "PE-04".
GROUP_LEVEL = r"[A-Z]{2,3}-?\d{1,2}"
# "Classification: PM3", "Classification: Program Services 4 (024PSA)", "## Classification" over "AS-02".
_CLASSIFICATION_LABEL = re.compile(r"^\s*(?:job\s+)?classification(?:\s+(?:and|&)\s+level)?\s*:?\s*(?P<rest>.*)$", re.I)
_CODE_IN_PARENS = re.compile(r"\((?P<code>[A-Z0-9]{0,4}\d[A-Z0-9]{1,6})\)\s*$")
_BARE_GROUP_LEVEL = re.compile(rf"^\s*(?P<code>{GROUP_LEVEL})\s*$")
# "is classified as an AS-03", "at an IT-02 level", "Designated as an AS-06", "classified at the PM3 level".
_GROUP_LEVEL_SENTENCE = re.compile(
    rf"\b(?i:classified|designated)\s+(?i:as|at)\s+(?i:an?\s+|the\s+)?(?P<code>{GROUP_LEVEL})\b"
    rf"|\b(?i:at)\s+(?i:an?\s+|the\s+)(?P<level>{GROUP_LEVEL})\s+(?i:level)\b"
)
# "PM3 Planning and Program Analyst 3": the classification's code and its name, the level repeated.
_CODE_AND_NAME = re.compile(
    r"^\s*(?P<code>[A-Z]{2,3}-?(?P<level>\d{1,2}))\s+[A-Z][A-Za-z ,&/-]+?\s+(?P<again>\d{1,2})\s*$"
)
# "Salary(s): RS4 $55,868.00 - $68,578.00 per year": the pay line names the classification it pays.
_SALARY_CODE = re.compile(rf"^\s*salary(?:\(s\)|ies)?\s*(?:range)?\s*:\s*(?P<code>{GROUP_LEVEL})\s+\$", re.I)


# "SYSTEMS ANALYST 1596 (A)", "CARPENTER 3344" (the City of Los Angeles' job-board prints): the title
# line of a header block ends with the class code, and maybe a level letter, with no label at all.
_TRAILING_CODE = re.compile(r"[A-Za-z)][\s,–—-]+(?P<code>\d{4,5})(?:\s*\((?P<level>[A-Z])\))?\s*$")
# "Summer Intern 2019": a year printed after a title is the year of the recruitment, not its code;
# a level letter after the number ("… 1960 (A)") is never printed after a year.
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# "Teamsters Local 1021", "Highway 1010 Crew Lead", "Fire Station 1024": a noun that takes a number
# makes the number part of the name.
_NUMBERED_NOUN = re.compile(
    r"\b(?:local|route|highway|interstate|form|title|section|chapter|rule|part|unit|room|suite|building|"
    r"station|district|zone|region|area|ward|precinct|lodge|phase|lot|pier|gate|terminal|plant|model|"
    r"version|series|type|step|grade|level|band|range|no\.?|number|#)[\s,–—-]+\d{4,5}\b[^\w]*(?:\([A-Z]\))?\s*$",
    re.I,
)


def trailing_code(title_line: str) -> str | None:
    """'SYSTEMS ANALYST 1596 (A)' → '1596'; 'Summer Intern 2019', 'Teamsters Local 1021' → None.

    Read only from a header block's title line and only when no labelled code exists: a bare number is
    the weakest sign of a class code.
    """
    match = _TRAILING_CODE.search(title_line)
    if not match or _NUMBERED_NOUN.search(title_line):
        return None
    if _YEAR.match(match.group("code")) and not match.group("level"):
        return None
    return match.group("code")


def labelled_code(text: str) -> str | None:
    """'Class Code: 1513' → '1513'; 'Position Number 418-100-1410-001' → None."""
    if not _CODE_LABEL.search(text) or _OTHER_CODE.search(text):
        return None
    for match in CLASS_CODE.finditer(text):
        # The label is the words just before the match, back to the previous field's colon or gap.
        before = _FIELD_BREAK.split(text[max(0, match.start() - 30) : match.start()])[-1]
        if not _NOT_CLASS_NUMBER.search(before + text[match.start() : match.start("code")]):
            return match.group("code").upper()
    return None


def posting_number(text: str) -> str | None:
    """'Job Number: 19302110' → '19302110': not a class code, but glued to titles all the same."""
    match = _POSTING_NUMBER.search(text)
    return match.group("number") if match else None


def footer_code(text: str) -> str | None:
    """'Rev. 3/15/21 • Class 1516': a page footer names the class by number without the word code."""
    match = _FOOTER_CLASS.search(text)
    return match.group("code").upper() if match else None


def code_below_heading(lines: list[Line]) -> tuple[str, Line] | None:
    for position, line in enumerate(lines[:-1]):
        if CODE_HEADING.match(line.text) and not CLASS_CODE.search(line.text):
            match = CODE_VALUE.match(lines[position + 1].text)
            if match:
                return match.group("code").upper(), lines[position + 1]
    return None


def classification_code(lines: list[Line]) -> tuple[str, Line] | None:
    """A group-and-level classification given as a field, heading over value, or header line."""
    content = [line for line in lines if line.text.strip()]
    for position, line in enumerate(content):
        labelled = _CLASSIFICATION_LABEL.match(line.text)
        if labelled:
            rest = labelled.group("rest")
            found = _CODE_IN_PARENS.search(rest) or _BARE_GROUP_LEVEL.match(rest)
            if not rest.strip() and position + 1 < len(content):
                found = _BARE_GROUP_LEVEL.match(content[position + 1].text)
                if found:
                    return found.group("code").upper(), content[position + 1]
            if found:
                return found.group("code").upper(), line
        named = _CODE_AND_NAME.match(line.text)
        if named and named.group("level").lstrip("0") == named.group("again").lstrip("0"):
            return named.group("code"), line
        salary = _SALARY_CODE.match(line.text)
        if salary:
            return salary.group("code"), line
    return None


def classification_in_sentence(text: str) -> str | None:
    match = _GROUP_LEVEL_SENTENCE.search(text)
    return (match.group("code") or match.group("level")) if match else None
