"""The two salary columns of the City of Los Angeles layout, read from the salary section as printed.

LA bulletins print the general ranges on one line and the Department of Water and Power's on the next:
"$37,584 to $54,935" then "The salary in the Department of Water and Power is $43,785 (flat rated);
$43,263 to $53,766". The record's salary list keeps each range but not always the line it came from (a
range whose note is "flat rated" loses "Water and Power"), and a range printed without its second "$"
("$74,896 to 93,041") is read as one figure. So the columns are taken from the section's lines: the
dictionary wants the first range listed (ENTRY_SALARY_GEN) and the first range of a Water and Power line
(ENTRY_SALARY_DWP). A class paid only by the Department ("The salary range in the Department of Water and
Power is …") has that range as its first listed one, so both columns hold it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import JobSpec, SalaryRange

_DWP = re.compile(r"water\s+and\s+power|\bDWP\b", re.I)
# "$68,611 to $100,307", "$74,896 to 93,041", "$43,785 (flat rated)", "$86,312 (flat-rated)".
_RANGE = re.compile(
    r"\$\s?(?P<low>\d{1,3}(?:,\d{3})+|\d{4,7})(?:\.\d\d)?(?:\s*(?:to|-|–|—)\s*\$?\s?(?P<high>\d{1,3}(?:,\d{3})+|\d{4,7}))?"
)
# Lines that speak of salary but are not a range of the class ("$1,000 bonus", "per hour").
_NOT_ANNUAL = re.compile(r"\b(?:bonus|per\s+hour|hourly|an\s+hour|stipend|differential)\b", re.I)


def _figure(text: str) -> int:
    return int(text.replace(",", ""))


def _cell(low: int, high: int | None) -> str:
    if high is None or high == low:
        return f"${low} (flat-rated)"
    return f"${low}-${high}"


def _ranges(line: str) -> list[tuple[int, int | None]]:
    found = []
    for match in _RANGE.finditer(line):
        low = _figure(match["low"])
        high = _figure(match["high"]) if match["high"] else None
        # "$74,896 to 93,041" is a range; "$5,000 to 10" is no salary range.
        found.append((low, high if high is None or high >= low else None))
    return found


def _is_summary(candidate: tuple[int, int | None], others: list[tuple[int, int | None]]) -> bool:
    """A job-board print's "SALARY: Annually $68,611.00 - $104,065.00" box spans the ranges printed under
    it (lowest start to highest top): no one is paid on it (the record lists it last, fields.salary)."""
    low, high = candidate
    rest = [other for other in others if other != candidate]
    if high is None or high == low or len(rest) < 2:
        return False
    return low == min(r[0] for r in rest) and high == max(r[1] or r[0] for r in rest)


def salary_cells(spec: JobSpec) -> dict[str, str]:
    """ENTRY_SALARY_GEN and ENTRY_SALARY_DWP from the salary section, else from the record's ranges."""
    text = "\n".join(s.text for s in spec.sections if s.key == "salary")
    lines = [
        (_ranges(line), bool(_DWP.search(line)))
        for line in re.split(r"\n+", text)
        if not _NOT_ANNUAL.search(line) and _ranges(line)
    ]
    every = [found for ranges, _ in lines for found in ranges]
    general = dwp = ""
    for ranges, names_dwp in lines:
        kept = [found for found in ranges if not _is_summary(found, every)]
        if not kept:
            continue
        general = general or _cell(*kept[0])
        if names_dwp:
            dwp = dwp or _cell(*kept[0])
    if general:
        return {"ENTRY_SALARY_GEN": general, "ENTRY_SALARY_DWP": dwp}
    return _from_record(spec.salary)


def _from_record(salary: list[SalaryRange]) -> dict[str, str]:
    general = next((s for s in salary if not _DWP.search(f"{s.text} {s.note or ''}")), None)
    dwp = next((s for s in salary if _DWP.search(f"{s.text} {s.note or ''}")), None)
    return {"ENTRY_SALARY_GEN": _record_cell(general or dwp), "ENTRY_SALARY_DWP": _record_cell(dwp)}


def _record_cell(item: SalaryRange | None) -> str:
    if item is None or item.min is None:
        return ""
    high = None if item.max is None else round(item.max)
    return _cell(round(item.min), high)
