"""The course and licence columns of the City of Los Angeles layout, from the record's facts.

COURSE_LENGTH is the dictionary's "#Q|#S" (quarter units first); DRIVERS_LICENSE_REQ is R when a
driver's licence is required anywhere, P when only some positions may require one; DRIV_LIC_TYPE every
class named; ADDTL_LIC the other licences, certificates and registrations.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .fields.license_class import class_letters

if TYPE_CHECKING:
    from .models import Course, License

MULTI_SEPARATOR = "|"
DRIVER_LICENSE_CODES = {"all": "R", "some": "P", "preferred": "P"}
# The dictionary's COURSE_LENGTH form is "#Q|#S": quarter units first, then semester units.
UNIT_LETTERS = {"quarter": "Q", "semester": "S"}
_DRIVER = re.compile(r"driv(?:er|ing)", re.I)


def number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value == int(value) else f"{value:g}"


def join(values: list[str]) -> str:
    return MULTI_SEPARATOR.join(dict.fromkeys(v for v in values if v))


def course_cells(courses: list[Course]) -> dict[str, str]:
    count = next((c.count for c in courses if c.count is not None), None)
    units = next((c.units for c in courses if c.units), [])
    ordered = sorted(units, key=lambda u: list(UNIT_LETTERS).index(u.system))
    return {
        "COURSE_COUNT": str(count) if count is not None else "",
        "COURSE_LENGTH": join([f"{number(u.amount)}{UNIT_LETTERS[u.system]}" for u in ordered]),
        "COURSE_SUBJECT": join([s.upper() for c in courses for s in c.subject]),
        "MISC_COURSE_DETAILS": " ".join(c.details for c in courses if c.details),
    }


def license_cells(licenses: list[License]) -> dict[str, str]:
    driver = [lic for lic in licenses if _DRIVER.search(lic.name)]
    letters = [letter for lic in driver if lic.type for letter in class_letters(lic.type)]
    return {
        # "A valid driver's license is required" anywhere outweighs "some positions may require".
        "DRIVERS_LICENSE_REQ": min((DRIVER_LICENSE_CODES[lic.required] for lic in driver), key="RP".index, default=""),
        "DRIV_LIC_TYPE": join(sorted(set(letters))),
        "ADDTL_LIC": join([lic.name.upper() for lic in licenses if not _DRIVER.search(lic.name)]),
    }
