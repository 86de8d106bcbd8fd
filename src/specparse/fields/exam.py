"""Who may take the examination, and what kind of appointment a posting fills.

Civil-service bulletins end with the basis of the examination: "THIS EXAMINATION IS TO BE GIVEN BOTH ON
AN INTERDEPARTMENTAL PROMOTIONAL AND AN OPEN COMPETITIVE BASIS", "… ONLY ON A DEPARTMENTAL PROMOTIONAL
BASIS"; some say it near the title instead ("Exam Open to All, including Current City Employees",
"Open to Current City Employees"). The codes are the City of Los Angeles data dictionary's.
"""

from __future__ import annotations

import re

# "to be given … on an … basis", the sentence may be broken over lines; typos ("INTERDEPARMENTAL") seen.
_BASIS = re.compile(r"\bto\s+be\s+given\b(?P<how>[^.]{0,160}?)\bbasis\b", re.I | re.S)
_INTERDEPARTMENTAL = re.compile(r"\binter\s*-?\s*depar\w*\s+promotion", re.I)
_DEPARTMENTAL = re.compile(r"(?<![\w-])depar\w*\s+promotion", re.I)
_OPEN = re.compile(r"\bopen\s+competiti\w*|\bopen\s+basis\b", re.I)
_OPEN_TO = re.compile(r"\bopen\s+to\s+(?P<who>all\b[^)\n]*|(?:current\s+)?(?:city|county|state)\s+employees)", re.I)

# "appointments are anticipated to be made on a part-time basis", "will be used to fill full-time positions".
_EMPLOYMENT = re.compile(
    r"\b(?P<kind>full[- ]?time|part[- ]?time|as[- ]needed)\s+(?:basis|positions?|appointments?|vacanc\w+)\b", re.I
)
_APPOINTMENT = re.compile(r"\b(?:appoint\w*|positions?|vacanc\w+|hired|eligible\s+list|fill)\b", re.I)


def exam_type(text: str) -> str | None:
    """OPEN, INT_DEPT_PROM, DEPT_PROM or OPEN_INT_PROM from the basis statement, else from "open to …"."""
    for match in _BASIS.finditer(text):
        how = match.group("how")
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


def employment(sentences: list[str]) -> list[str]:
    """Kinds of appointment (full_time, part_time, as_needed) the sentences say are filled."""
    kinds: list[str] = []
    for sentence in sentences:
        if not _APPOINTMENT.search(sentence):
            continue
        for match in _EMPLOYMENT.finditer(sentence):
            kind = re.sub(r"[- ]+", "_", match.group("kind").lower()).replace("fulltime", "full_time")
            kind = kind.replace("parttime", "part_time")
            if kind not in kinds:
                kinds.append(kind)
    return kinds
