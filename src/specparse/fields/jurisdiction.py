"""The employer: a name the document gives as the employer (field, letterhead line or sentence)."""

from __future__ import annotations

import re

from ..prechecks import ends_with_none, may_contain
from ..text_cache import text_cache

# The kind of government is matched in any case ("COUNTY OF MARIPOSA" heads many county specs).
JURISDICTION = re.compile(
    r"\b(?:(?i:City|County|State|Town|Village|Borough|Township|Commonwealth|Port|University|Parish|"
    r"Government|Province)"
    r"(?:\s+(?i:and\s+County))?\s+(?i:of)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}"
    r"|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s+(?i:County|Unified School District|School District|"
    r"Community College District|College District|Water District|Sanitation District|Transit District|"
    r"Housing Authority|Port Authority|Transit Authority|Regional Transit)"
    # "Metropolitan Transit Authority of Harris County": the authority's own area follows "of".
    r"(?:\s+(?i:of)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?=\s*$))?"
    r")\b"
)
# "FAIRFAX COUNTY PUBLIC SCHOOLS", "IOWA STATE UNIVERSITY", "Cook County Health": a line that is nothing
# but an employer's name ending in the kind of institution it is. Matched against the whole line only,
# since "University Police Officer" or "College Aide" inside a title line is not an employer.
# Words of a job's title, never of an employer's name: "DIRECTOR OF PUBLIC HEALTH" and "Deputy County
# Counsel" are class titles printed where a letterhead could be.
ROLE_WORDS = (
    r"\b(?i:assistant|associate|deputy|chief|director|dean|head|manager|supervis\w*|superintendent|president|"
    r"vice|officer|coordinator|administrator|specialist|analyst|nurse|technician|senior|principal|lead|acting|"
    r"interim|clerk|counsel|attorney|engineer|inspector|planner|worker|aide)\b"
)
_ROLE_WORD = re.compile(ROLE_WORDS)
ORGANISATION_LINE = re.compile(
    rf"^(?!.*{ROLE_WORDS})\s*(?:The\s+)?[A-Z][\w.'&-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w.'&-]*){{0,5}}\s+"
    r"(?i:University|College|Public\s+Schools|Schools|Health|Health\s+System|Hospital\s+District|"
    r"Fire\s+District|Park\s+District|Library\s+District|Utility\s+District|Irrigation\s+District|"
    r"Municipal\s+Utility\s+District|Regional\s+Transit\s+District)\s*$"
)
# "Employer: Douglas County Government (CO)", "Company: Government of Alberta": a posting's field list
# names the employer outright.
EMPLOYER_LABEL = re.compile(
    r"^\s*(?:employer|jurisdiction|agency name|organi[sz]ation|hiring (?:agency|organi[sz]ation)|company)"
    r"\s*:\s*(?P<name>.+)$",
    re.I,
)
# "UNIT/DIVISION: Government Digital Service": the unit that hires, used only when nothing names the
# employer itself.
UNIT_LABEL = re.compile(r"^\s*unit\s*/\s*division\s*:\s*(?P<name>.+)$", re.I)
_STOP = re.compile(r"\s+(?:Code|Class|Approved|Revised|Job|Department|Bulletin)\b.*$", re.I)

# A proper name of an organisation: capitalised words, with "of", "the", "and", "for", "&" between
# ("Mayor's Office for Economic Opportunity", "Department of the Treasury", "NYC Digital Service").
_WORD = r"(?:[A-Z][\w.'’&-]*|U\.S\.)"
ORG = rf"{_WORD}(?:\s+(?:(?:of|the|and|for|&)\s+)*{_WORD}){{0,7}}"
# Words a captured name must not be: a sentence-initial pronoun or a generic noun is not an employer.
_NOT_NAME = re.compile(r"^(?:We|You|Our|This|It|They|Team|Us|Applicants?|Candidates?)$")
# "The City is an equal opportunity employer", "The County offers …": a kind of employer without its
# name says nothing about which one.
_GENERIC_NAME = re.compile(
    r"^(?:City|County|State|Town|Village|Township|District|Department|Agency|Office|Company|Organi[sz]ation|"
    r"University|College|Government|Province|Commonwealth|Board|Commission|Authority|Employer|Division)$",
    re.I,
)
_LEADING_THE = re.compile(r"^[Tt]he\s+")


# Every ORGANISATION_LINE match ends with one of these words (in any letter case) and white space; the
# pattern first looks through the whole line for a role word at every position.
_ORGANISATION_ENDINGS = ("university", "college", "schools", "health", "system", "district")
# One of these (in any letter case) is in every JURISDICTION match: a kind of government, or the kind of
# district or authority a name ends with ("town" is in "Township").
_JURISDICTION_WORDS = (
    "city", "county", "state", "town", "village", "borough", "commonwealth", "port", "university", "parish",
    "government", "province", "district", "authority", "transit",
)  # fmt: skip


def organisation_line(text: str) -> re.Match[str] | None:
    """``ORGANISATION_LINE.match(text)``, not tried on an ASCII line ending in no organisation word.

    Only ASCII text is judged by its end (see ``prechecks.ends_with_none``).
    """
    if ends_with_none(text, _ORGANISATION_ENDINGS):
        return None
    return ORGANISATION_LINE.match(text)


# Asked of every short header line and of titles; an employer prints the same header lines in every
# document: a pure function of the line, so cached.
@text_cache()
def jurisdiction_in(text: str) -> str | None:
    """A government or institution name in a short line ("City of Alameda", "IOWA STATE UNIVERSITY")."""
    whole = organisation_line(text)
    if whole is None and not may_contain(text, _JURISDICTION_WORDS):
        return None  # no name of either kind: most header lines ("Class Code: 1513")
    # "Deputy County" is the start of the title "Deputy County Counsel", not a county.
    names = (_STOP.sub("", match.group(0)).strip() for match in ([whole] if whole else JURISDICTION.finditer(text)))
    name = next((found for found in names if not _ROLE_WORD.search(found)), "")
    if _caps(name):
        name = " ".join(w.lower() if w.lower() in {"of", "and"} else w.capitalize() for w in name.split())
    return name or None


def employer_field(text: str) -> str | None:
    """The value of an "Employer:" / "Company:" / "Organization:" field."""
    match = EMPLOYER_LABEL.match(text)
    if not match:
        return None
    name = match.group("name").strip()
    return jurisdiction_in(name) or re.sub(r"\s*\([^)]*\)\s*$", "", name).strip() or None


def unit_field(text: str) -> str | None:
    match = UNIT_LABEL.match(text)
    return match.group("name").strip() or None if match else None


# "California State Personnel Board Specification", "Civil Service Commission Class Specification": a
# title-block line naming whose specification this is.
_SPECIFICATION_OF = re.compile(
    rf"^\W*(?:[Tt]he\s+)?(?P<name>{ORG})\s+(?i:(?:class(?:ification)?\s+|job\s+|position\s+)?specifications?)\s*$"
)
_KIND_WORDS = re.compile(r"(?:\s+(?:Class|Classification|Job|Position))+$")


@text_cache()  # a pure function of the line, asked of every short header line
def specification_owner(text: str) -> str | None:
    """The organisation a "<Organisation> (Class) Specification" line names."""
    # The pattern tries a name of every length first; its line ends with the word (see organisation_line).
    if ends_with_none(text, ("specification", "specifications")):
        return None
    match = _SPECIFICATION_OF.match(text)
    if not match:
        return None
    name = _KIND_WORDS.sub("", match.group("name"))
    return name if _ORGANISATION_WORD.search(name) and _good_name(name) else None


# "UW Code and Representative Group", "CSU Job Code": an employer's acronym owning the class code.
_OWNED_CODE = re.compile(r"^\W*(?P<acronym>[A-Z]{2,6})\s+(?:(?i:job|class|title)\s+)?(?i:code)\b")
# Acronyms of classification systems and labels, not of employers: "SOC Code", "NOC Code", "EEO Code".
_SYSTEM_ACRONYMS = frozenset(
    {"SOC", "NOC", "EEO", "EEOC", "FLSA", "CIP", "ONET", "DOT", "NAICS", "HR", "BU", "ZIP", "ID", "PIN"}
    | {"JOB", "CLASS", "TITLE", "CODE", "PAY", "UNIT", "AREA", "DEPT", "STATE", "FUND", "BUDGET", "POST", "GRADE"}
)


def code_owner(text: str) -> str | None:
    """The employer acronym that owns a class-code label ("UW Code" → "UW")."""
    match = _OWNED_CODE.match(text)
    acronym = match.group("acronym") if match else None
    return acronym if acronym and acronym not in _SYSTEM_ACRONYMS else None


# "Location: Wake County, NC", "Work Location: Thurston County - Olympia, WA": where the job is, not who
# employs (a state agency's posting names the county it sits in).
LOCATION_FIELD = re.compile(
    r"^\W*(?:(?:job|work|duty|primary|office)\s+)?(?:locations?|address|work\s*site|based\s+in)\s*[:\-]", re.I
)


def department_employer(text: str) -> str | None:
    """A department field naming a whole organisation ("Department: Office of the Secretary of State").

    Used only when nothing else names the employer; "Department: Registration and Elections" (a unit
    with no organisation word) is not one.
    """
    match = _DEPARTMENT_FIELD.match(text)
    if not match:
        return None
    name = match.group("name").strip().rstrip(".")
    if not _ORGANISATION_WORD.search(name):
        return None
    return name if _good_name(name) else None


_DEPARTMENT_FIELD = re.compile(rf"^\s*(?i:department|agency)\s*:\s*(?P<name>(?:[Tt]he\s+)?{ORG})\s*$")


# "The Canadian Digital Service (CDS) collaborates with federal departments …" opening a posting:
# an organisation introduced by its name and acronym as the subject of the first sentences.
_INTRODUCED = re.compile(rf"^\W*(?:[Tt]he\s+)?(?P<name>{ORG})\s+\((?P<acronym>[A-Z][A-Za-z]{{1,7}})\)\s+[a-z]+")


# "The Supportive Living Monitoring Program (SLMP)": a program, team or unit is part of the employer.
_PART_OF_EMPLOYER = re.compile(r"\b(?:Program|Programme|Project|Team|Unit|Branch|Section|Initiative)$")


_ORGANISATION_WORD = re.compile(
    r"\b(?:Service|Services|Office|Department|Agency|Authority|Commission|Board|Council|Government|Ministry|"
    r"University|College|District|Institute|Administration|Bureau|Corporation|Foundation|Association|"
    r"City|County|State)\b"
)


def introduced_organisation(text: str) -> str | None:
    """The organisation an opening paragraph introduces by name and acronym ("The X (XYZ) works …")."""
    match = _INTRODUCED.match(text)
    if not match:
        return None
    name = _LEADING_THE.sub("", match.group("name"))
    initials = "".join(word[0] for word in name.split() if word[0].isupper())
    # The acronym must be the name's own ("Canadian Digital Service (CDS)"), not a program's.
    if _PART_OF_EMPLOYER.search(name) or match.group("acronym").upper() != initials.upper():
        return None
    if not _ORGANISATION_WORD.search(name):
        return None  # "The Chief Information Officer (CIO) serves …" introduces a role
    return name if _good_name(name) else None


def _good_name(name: str) -> bool:
    """'MOJ Justice Digital' and 'Utah Valley University' are names; 'We', 'You' or a lone 'WE' are not."""
    words = name.split()
    return (
        len(name) >= 3
        and not _NOT_NAME.match(words[0])
        and not _GENERIC_NAME.match(name)
        and (len(words) > 1 or not name.isupper())
    )


def _caps(text: str) -> bool:
    letters = list(filter(str.isalpha, text))  # map/filter: a generator per character cost more
    return len(letters) >= 3 and all(map(str.isupper, letters))
