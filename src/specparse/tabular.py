"""CSV layouts of a JobSpec: ``flat`` (one row per spec) and ``cityofla`` (one row per requirement set).

Both only rearrange what the record holds; nothing here reads document text. Multi-valued cells join
their values with ``|`` (the convention of the City of Los Angeles data dictionary). Column lists are
module constants so the README and the tests name the same columns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import TYPE_CHECKING

from .fields.lists import join_items

if TYPE_CHECKING:
    from .models import JobSpec, RequirementSet, SalaryRange

MULTI_SEPARATOR = "|"

FLAT_COLUMNS = (
    "source_name",
    "source_format",
    "source_sha256",
    "pages",
    "title",
    "class_code",
    "jurisdiction",
    "department",
    "date_approved",
    "date_established",
    "date_revised",
    "date_open",
    "date_closing",
    "flsa",
    "bargaining_unit",
    "salary_min",
    "salary_max",
    "salary_period",
    "salary_text",
    "salary_ranges",
    "definition",
    "duties",
    "education_levels",
    "education_fields",
    "experience_years",
    "licenses",
    "alternatives",
    "section_keys",
    "warnings",
)

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
# LA bulletins number requirement sets "1." "2." and their sub-requirements "a." "b.".
_SUBSET_LABEL = re.compile(r"^\(?([A-Za-z]{1,2})[.)]?$")
_DRIVER = re.compile(r"driver", re.I)
# A salary the LA bulletins print for the Department of Water and Power apart from the general one.
_DWP = re.compile(r"water and power|\bDWP\b", re.I)


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value == int(value) else f"{value:g}"


def _join(values: list[str]) -> str:
    return MULTI_SEPARATOR.join(v for v in values if v)


def flat_row(spec: JobSpec) -> list[str]:
    first = spec.salary[0] if spec.salary else None
    quals = spec.qualifications
    dates = spec.dates
    cells = {
        "source_name": spec.source.name,
        "source_format": spec.source.format,
        "source_sha256": spec.source.sha256,
        "pages": _number(spec.source.pages),
        "title": spec.title or "",
        "class_code": spec.class_code or "",
        "jurisdiction": spec.jurisdiction or "",
        "department": spec.department or "",
        "date_approved": dates.approved.isoformat() if dates.approved else "",
        "date_established": dates.established.isoformat() if dates.established else "",
        "date_revised": dates.revised.isoformat() if dates.revised else "",
        "date_open": dates.open.isoformat() if dates.open else "",
        "date_closing": dates.closing.isoformat() if dates.closing else "",
        "flsa": spec.flsa or "",
        "bargaining_unit": spec.bargaining_unit or "",
        "salary_min": _number(first.min) if first else "",
        "salary_max": _number(first.max) if first else "",
        "salary_period": (first.period or "") if first else "",
        "salary_text": first.text if first else "",
        "salary_ranges": str(len(spec.salary)),
        "definition": spec.definition or "",
        "duties": _join(spec.duties),
        "education_levels": _join([e.level or "" for e in quals.education]),
        "education_fields": _join([e.field or "" for e in quals.education]),
        "experience_years": _number(max((x.years for x in quals.experience if x.years is not None), default=None)),
        "licenses": _join([lic.name for lic in quals.licenses]),
        "alternatives": str(len(quals.alternatives)),
        "section_keys": _join([s.key for s in spec.sections]),
        "warnings": _join([w.code for w in spec.warnings]),
    }
    return [cells[column] for column in FLAT_COLUMNS]


@dataclass(slots=True)
class _Group:
    """One requirement set with the sub-requirements ("a.", "b.") printed under it."""

    main: RequirementSet | None
    subsets: list[RequirementSet] = field(default_factory=list)


def _group_sets(alternatives: list[RequirementSet]) -> list[_Group]:
    groups: list[_Group] = []
    for alternative in alternatives:
        label = (alternative.label or "").strip()
        if _SUBSET_LABEL.match(label) and groups:
            groups[-1].subsets.append(alternative)
        else:
            groups.append(_Group(alternative))
    return groups


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


def _unlabelled(item: RequirementSet) -> str:
    label = item.label or ""
    text = item.text.strip()
    return text[len(label) :].strip() if label and text.startswith(label) else text


def cityofla_rows(spec: JobSpec) -> list[list[str]]:
    """One row per requirement set (or sub-requirement), the spec-level columns repeated on each."""
    general = next((s for s in spec.salary if not _DWP.search(f"{s.text} {s.note or ''}")), None)
    dwp = next((s for s in spec.salary if _DWP.search(f"{s.text} {s.note or ''}")), None)
    code = spec.class_code or ""
    shared = {
        "FILE_NAME": PurePath(spec.source.name).name,
        "JOB_CLASS_TITLE": spec.title or "",
        "JOB_CLASS_NO": code.zfill(4) if code.isdigit() else code,
        "JOB_DUTIES": join_items(spec.duties),
        "ENTRY_SALARY_GEN": _salary(general),
        "ENTRY_SALARY_DWP": _salary(dwp),
        "OPEN_DATE": spec.dates.open.strftime("%m/%d/%y") if spec.dates.open else "",
    }
    groups = _group_sets(spec.qualifications.alternatives) or [_Group(None)]
    rows: list[list[str]] = []
    for set_number, group in enumerate(groups, start=1):
        members: list[RequirementSet | None] = list(group.subsets) or [None]
        for position, subset in enumerate(members):
            cells = dict(shared)
            cells["REQUIREMENT_SET_ID"] = str(set_number)
            cells["REQUIREMENT_SUBSET_ID"] = _subset_id(position)
            cells.update(_requirement_cells(group.main, subset, spec))
            rows.append([cells.get(column, "") for column in CITYOFLA_COLUMNS])
    return rows


def _requirement_cells(main: RequirementSet | None, subset: RequirementSet | None, spec: JobSpec) -> dict[str, str]:
    parts = [p for p in (main, subset) if p is not None]
    if parts:
        education = [e for p in parts for e in p.education]
        experience = [x for p in parts for x in p.experience]
        licenses = [lic for p in parts for lic in p.licenses]
    else:  # no alternatives found: the qualifications as a whole are the one set
        quals = spec.qualifications
        education, experience, licenses = quals.education, quals.experience, quals.licenses
    all_licenses = licenses or spec.qualifications.licenses
    driver = [lic for lic in all_licenses if _DRIVER.search(lic.name)]
    years = [EDUCATION_YEARS[e.level] for e in education if e.level in EDUCATION_YEARS]
    return {
        "EDUCATION_YEARS": _number(max(years)) if years else "",
        "SCHOOL_TYPE": _join(sorted({SCHOOL_TYPES[e.level] for e in education if e.level in SCHOOL_TYPES})),
        "EDUCATION_MAJOR": _join([e.field.upper() for e in education if e.field]),
        "EXPERIENCE_LENGTH": _number(max((x.years for x in experience if x.years is not None), default=None)),
        "EXP_JOB_CLASS_FUNCTION": _unlabelled(subset) if subset else _join([x.field for x in experience if x.field]),
        "DRIVERS_LICENSE_REQ": DRIVER_LICENSE_CODES[driver[0].required] if driver else "",
        "ADDTL_LIC": _join([lic.name for lic in all_licenses if not _DRIVER.search(lic.name)]),
    }


LAYOUTS: dict[str, tuple[tuple[str, ...], Callable[[JobSpec], list[list[str]]]]] = {
    "flat": (FLAT_COLUMNS, lambda spec: [flat_row(spec)]),
    "cityofla": (CITYOFLA_COLUMNS, cityofla_rows),
}


def csv_header(layout: str) -> list[str]:
    return list(LAYOUTS[layout][0])


def csv_rows(spec: JobSpec, layout: str) -> list[list[str]]:
    return LAYOUTS[layout][1](spec)
