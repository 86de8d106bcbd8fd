"""The City of Los Angeles layout: the 25 columns of its job-bulletin data dictionary, one row per way.

A row is one way to qualify: a requirement set ("1.", "2.") with the sub-requirements ("a.", "b.") that
go together. Sub-requirements printed as choices ("a. …; or b. …") are a row each (2/A, 2/B); those
that are all required ("3. …; and a. … b. …") are one row (3/A) holding all of their facts. Only the
record is read here, never document text; the dictionary's conventions are applied: months as
fractions of years, ``|`` between several values, its allowable values (FULL_TIME, #Q|#S, P/R …).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import TYPE_CHECKING

from .fields.courses import split_subjects
from .fields.experience import class_names
from .fields.license_class import class_letters
from .fields.lists import join_items

if TYPE_CHECKING:
    from .models import Course, Education, JobSpec, License, RequirementSet, SalaryRange

MULTI_SEPARATOR = "|"

# The columns of the City of Los Angeles job-bulletin data dictionary, in its order.
CITYOFLA_COLUMNS = (
    "FILE_NAME",
    "JOB_CLASS_TITLE",
    "JOB_CLASS_NO",
    "REQUIREMENT_SET_ID",
    "REQUIREMENT_SUBSET_ID",
    "JOB_DUTIES",
    "EDUCATION_YEARS",
    "SCHOOL_TYPE",
    "EDUCATION_MAJOR",
    "EXPERIENCE_LENGTH",
    "FULL_TIME_PART_TIME",
    "EXP_JOB_CLASS_TITLE",
    "EXP_JOB_CLASS_ALT_RESP",
    "EXP_JOB_CLASS_FUNCTION",
    "COURSE_COUNT",
    "COURSE_LENGTH",
    "COURSE_SUBJECT",
    "MISC_COURSE_DETAILS",
    "DRIVERS_LICENSE_REQ",
    "DRIV_LIC_TYPE",
    "ADDTL_LIC",
    "EXAM_TYPE",
    "ENTRY_SALARY_GEN",
    "ENTRY_SALARY_DWP",
    "OPEN_DATE",
)

# The dictionary counts years of schooling; the record knows the level reached.
EDUCATION_YEARS = {"associate": 2.0, "bachelor": 4.0, "master": 6.0, "doctorate": 8.0}
SCHOOL_TYPES = {
    "high_school": "HIGH SCHOOL",
    "some_college": "COLLEGE OR UNIVERSITY",
    "associate": "COLLEGE OR UNIVERSITY",
    "bachelor": "COLLEGE OR UNIVERSITY",
    "master": "COLLEGE OR UNIVERSITY",
    "doctorate": "COLLEGE OR UNIVERSITY",
    "professional": "COLLEGE OR UNIVERSITY",
}
DRIVER_LICENSE_CODES = {"all": "R", "some": "P", "preferred": "P"}
# The dictionary's COURSE_LENGTH form is "#Q|#S": quarter units first, then semester units.
UNIT_LETTERS = {"quarter": "Q", "semester": "S"}
# LA bulletins number requirement sets "1." "2." and their sub-requirements "a." "b.".
_SUBSET_LABEL = re.compile(r"^\(?([A-Za-z]{1,2})[.)]?$")
_DRIVER = re.compile(r"driv(?:er|ing)", re.I)
# A salary the LA bulletins print for the Department of Water and Power apart from the general one.
_DWP = re.compile(r"water and power|\bDWP\b", re.I)
# "experience in one of the following: a. … b. …": the sub-requirements are choices even unjoined.
_CHOICE = re.compile(r"\b(?:one|any)\s+of\s+the\s+following\b", re.I)
# "two years of college", "60 units … or two years of college or university": years of schooling stated.
_YEARS_OF_COLLEGE = re.compile(
    r"\b(?P<n>\d+|one|two|three|four)\s+(?:\(\d\)\s+)?years?\s+of\s+(?:college|university)", re.I
)
_YEAR_WORDS = {"one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0}
_TRAILING = re.compile(r"[\s;,:.]*(?:\b(?:and|or)\b)?[\s;,:.]*$", re.I)


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value == int(value) else f"{value:g}"


def _join(values: list[str]) -> str:
    return MULTI_SEPARATOR.join(dict.fromkeys(v for v in values if v))


@dataclass(slots=True)
class _Group:
    """One requirement set with the sub-requirements ("a.", "b.") printed under it."""

    main: RequirementSet | None
    subsets: list[RequirementSet] = field(default_factory=list)


def _group_sets(alternatives: list[RequirementSet]) -> list[_Group]:
    groups: list[_Group] = []
    for alternative in alternatives:
        label = (alternative.label or "").strip()
        if alternative.parent is not None or _SUBSET_LABEL.match(label):
            if not groups:  # lettered ways with no number above them: sub-requirements of set 1
                groups.append(_Group(None))
            # Under the numbered item it names as parent ("a." under "2." of "1. …; and 2. …").
            owner = next((g for g in reversed(groups) if g.main and g.main.label == alternative.parent), groups[-1])
            owner.subsets.append(alternative)
        else:
            # "1. …; and 2. …" is one way but two of the dictionary's requirement sets.
            groups.extend(_Group(part) for part in alternative.parts or [alternative])
    return groups


def _ways(group: _Group) -> list[list[RequirementSet]]:
    """The sub-requirements of a set cut into its rows.

    Each lettered item is a row, as the dictionary says, except where the set says they all go with it:
    "3. Two years … as a Systems Aide; and" then "a. …" "b. …" is one row (the City's template row 3/A).
    """
    if not group.subsets:
        return [[]]
    together = (
        group.main is not None
        and group.main.conjunction == "and"
        and not _CHOICE.search(group.main.text)
        and all(s.conjunction != "or" for s in group.subsets[:-1])
    )
    return [list(group.subsets)] if together else [[subset] for subset in group.subsets]


def requirement_items(spec: JobSpec) -> Iterator[tuple[str, str, RequirementSet]]:
    """Each requirement item with its set number and the row letter of its sub-requirement ("" for a set)."""
    for set_number, group in enumerate(_group_sets(spec.qualifications.alternatives), start=1):
        if group.main is not None:
            yield str(set_number), "", group.main
        for position, subsets in enumerate(_ways(group)):
            for subset in subsets:
                yield str(set_number), _subset_id(position), subset


def _subset_id(position: int) -> str:
    """A-Z for 1-26, then AA, BB... as the dictionary asks."""
    letter = chr(ord("A") + position % 26)
    return letter * (position // 26 + 1)


def _salary(item: SalaryRange | None) -> str:
    if item is None or item.min is None:
        return ""
    if item.max is None or item.max == item.min:
        return f"${_number(item.min)} (flat-rated)"
    return f"${_number(item.min)}-${_number(item.max)}"


def _own_text(item: RequirementSet) -> str:
    """The item's words after its label, without a lead-in it shares with its siblings."""
    label = (item.label or "").strip()
    start = item.text.rfind(f"{label} ") if label else -1
    if start <= 0:
        return _unlabelled(item)
    return _TRAILING.sub("", item.text[start + len(label) :].strip())


def _unlabelled(item: RequirementSet) -> str:
    label = item.label or ""
    text = item.text.strip()
    text = text[len(label) :].strip() if label and text.startswith(label) else text
    return _TRAILING.sub("", text)


def _duties(spec: JobSpec) -> str:
    """The duties as printed (the summary the dictionary asks for), else the duty items joined."""
    printed = " ".join(s.text for s in spec.sections if s.key == "duties" and s.text.strip())
    return re.sub(r"\s+", " ", printed).strip() or join_items(spec.duties)


def cityofla_rows(spec: JobSpec) -> list[list[str]]:
    """One row per way to qualify, the bulletin-level columns repeated on each."""
    general = next((s for s in spec.salary if not _DWP.search(f"{s.text} {s.note or ''}")), None)
    dwp = next((s for s in spec.salary if _DWP.search(f"{s.text} {s.note or ''}")), None)
    code = spec.class_code or ""
    shared = {
        "FILE_NAME": PurePath(spec.source.name).name,
        "JOB_CLASS_TITLE": spec.title or "",
        "JOB_CLASS_NO": code.zfill(4) if code.isdigit() else code,
        "JOB_DUTIES": _duties(spec),
        "EXAM_TYPE": spec.exam_type or "",
        "ENTRY_SALARY_GEN": _salary(general),
        "ENTRY_SALARY_DWP": _salary(dwp),
        "OPEN_DATE": spec.dates.open.strftime("%m/%d/%y") if spec.dates.open else "",
    }
    groups = _group_sets(spec.qualifications.alternatives) or [_Group(None)]
    rows: list[list[str]] = []
    for set_number, group in enumerate(groups, start=1):
        for position, subsets in enumerate(_ways(group)):
            cells = dict(shared)
            cells["REQUIREMENT_SET_ID"] = str(set_number)
            cells["REQUIREMENT_SUBSET_ID"] = _subset_id(position)
            cells.update(_requirement_cells(group.main, subsets, spec))
            rows.append([cells.get(column, "") for column in CITYOFLA_COLUMNS])
    return rows


def _years_of_school(item: Education) -> float | None:
    stated = _YEARS_OF_COLLEGE.search(item.text)
    if stated and item.level == "some_college":
        return _YEAR_WORDS.get(stated.group("n").lower()) or _float(stated.group("n"))
    return EDUCATION_YEARS.get(item.level or "")


def _float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _requirement_cells(main: RequirementSet | None, subsets: list[RequirementSet], spec: JobSpec) -> dict[str, str]:
    parts = [p for p in (main, *subsets) if p is not None]
    if parts:
        education = [e for p in parts for e in p.education]
        experience = [x for p in parts for x in p.experience]
        licenses = [lic for p in parts for lic in p.licenses]
        courses = [c for p in parts for c in p.courses]
    else:  # no alternatives found: the qualifications as a whole are the one set
        quals = spec.qualifications
        education, experience, licenses, courses = quals.education, quals.experience, quals.licenses, []
    # A sub-requirement holding no fact of its own under a set asking for experience says what the
    # experience must be in ("… which provides experience in: a. the development of …").
    # So does one whose experience is a lead-in it shares with its siblings ("… in one or more of the
    # following controls: a. electric controls"): then its own words after the label are the function.
    functions = [
        _own_text(s)
        for s in subsets
        if experience
        and (
            not (s.education or s.experience or s.courses or s.licenses)
            or (s.experience and all(x.field is None and x.class_title is None for x in s.experience))
        )
    ]
    # Units or courses taken at a college are course work (COURSE_*), not a school attended for years.
    schooling = [e for e in education if e.level != "some_college" or _YEARS_OF_COLLEGE.search(e.text)]
    years = [_years_of_school(e) for e in schooling]
    known = [y for y in years if y is not None]
    return {
        "EDUCATION_YEARS": _number(min(known)) if known else "",
        "SCHOOL_TYPE": _join(sorted({SCHOOL_TYPES[e.level] for e in schooling if e.level in SCHOOL_TYPES})),
        "EDUCATION_MAJOR": _join([s.upper() for e in schooling if e.field for s in split_subjects(e.field)]),
        "EXPERIENCE_LENGTH": _number(max((x.years for x in experience if x.years is not None), default=None)),
        "FULL_TIME_PART_TIME": _join(
            ["FULL_TIME" if x.full_time else "PART_TIME" for x in experience if x.full_time is not None]
        ),
        "EXP_JOB_CLASS_TITLE": _join(
            [n.upper() for x in experience if x.class_title for n in class_names(x.class_title)]
        ),
        "EXP_JOB_CLASS_ALT_RESP": _join([x.alternate for x in experience if x.alternate]),
        "EXP_JOB_CLASS_FUNCTION": _join(functions or [x.field for x in experience if x.field]),
        **_course_cells(courses),
        # The dictionary asks for the licences "specified in the job bulletin": the same on every row.
        **_license_cells(spec.qualifications.licenses or licenses),
    }


def _course_cells(courses: list[Course]) -> dict[str, str]:
    count = next((c.count for c in courses if c.count is not None), None)
    units = next((c.units for c in courses if c.units), [])
    ordered = sorted(units, key=lambda u: list(UNIT_LETTERS).index(u.system))
    return {
        "COURSE_COUNT": str(count) if count is not None else "",
        "COURSE_LENGTH": _join([f"{_number(u.amount)}{UNIT_LETTERS[u.system]}" for u in ordered]),
        "COURSE_SUBJECT": _join([s.upper() for c in courses for s in c.subject]),
        "MISC_COURSE_DETAILS": " ".join(c.details for c in courses if c.details),
    }


def _license_cells(licenses: list[License]) -> dict[str, str]:
    driver = [lic for lic in licenses if _DRIVER.search(lic.name)]
    letters = [letter for lic in driver if lic.type for letter in class_letters(lic.type)]
    return {
        # "A valid driver's license is required" anywhere outweighs "some positions may require".
        "DRIVERS_LICENSE_REQ": min((DRIVER_LICENSE_CODES[lic.required] for lic in driver), key="RP".index, default=""),
        "DRIV_LIC_TYPE": _join(sorted(set(letters))),
        "ADDTL_LIC": _join([lic.name.upper() for lic in licenses if not _DRIVER.search(lic.name)]),
    }
