"""CSV layouts of a JobSpec: ``flat`` (one row per spec) and ``cityofla`` (one row per requirement set).

Both only rearrange what the record holds; nothing here reads document text. The City of Los Angeles
layout has its own module, ``cityofla.py``. Multi-valued cells join
their values with ``|`` (the convention of the City of Los Angeles data dictionary). Column lists are
module constants so the README and the tests name the same columns.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .cityofla import CITYOFLA_COLUMNS, _subset_id, cityofla_rows

if TYPE_CHECKING:
    from .models import JobSpec

__all__ = ["CITYOFLA_COLUMNS", "FLAT_COLUMNS", "_subset_id", "csv_header", "csv_rows", "flat_row"]

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


LAYOUTS: dict[str, tuple[tuple[str, ...], Callable[[JobSpec], list[list[str]]]]] = {
    "flat": (FLAT_COLUMNS, lambda spec: [flat_row(spec)]),
    "cityofla": (CITYOFLA_COLUMNS, cityofla_rows),
}


def csv_header(layout: str) -> list[str]:
    return list(LAYOUTS[layout][0])


def csv_rows(spec: JobSpec, layout: str) -> list[list[str]]:
    return LAYOUTS[layout][1](spec)
