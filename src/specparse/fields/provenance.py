"""Provenance of header facts: the body line each chosen value was read from.

The header readers pick each value from the lines nearest the title first (title block, field list,
page furniture, trailer) and fall back to the whole body. The line a value came from is found here,
once the value is known, by looking through the lines in that same order for the first one that
states it. Keeping this apart from the choosing code lets the readers change freely: whatever value
they settle on, its line is where that value is printed. A value read from a page header or footer
has no body line and gets no entry (the record keeps furniture apart from the numbered body).
"""

from __future__ import annotations

import re
from datetime import date

from ..dates import DATE_RE, parse_date
from ..lines import Line

# "FLSA: Non-Exempt" and "FLSA Status Exempt": the record's value is exempt / non_exempt.
_NON_EXEMPT = re.compile(r"\bnon[\s-]?exempt\b", re.I)
_EXEMPT = re.compile(r"(?<![\w-])(?<!non )exempt\b", re.I)
_FOLD = re.compile(r"[\W_]+")


def header_provenance(values: dict[str, object], near: list[Line], everywhere: list[Line]) -> dict[str, int]:
    """``{"title": 3, "class_code": 4, "dates.revised": 30, ...}``: body line numbers of the values given.

    ``near`` are the lines the header block is read from, in the readers' order of preference;
    ``everywhere`` is every body line, searched when the value is not stated near the title.
    """
    found: dict[str, int] = {}
    for key, value in values.items():
        if value is None:
            continue
        line = first_stating(key, value, [*near, *everywhere])
        if line is not None and line.number:
            found[key] = line.number
    return found


def first_stating(key: str, value: object, lines: list[Line]) -> Line | None:
    """The first of ``lines`` stating ``value`` (of header field ``key``), or None."""
    if isinstance(value, date):
        return next((line for line in lines if _states_date(line.text, value)), None)
    if key == "flsa":
        pattern = _NON_EXEMPT if value == "non_exempt" else _EXEMPT
        # "FLSA Status" over "Exempt": the label's own line is where a reader looks for it.
        labelled = [line for line in lines if "flsa" in line.text.lower()]
        return next((line for line in labelled if pattern.search(line.text)), None) or next(
            (line for line in lines if pattern.search(line.text)), None
        )
    wanted = _folded(str(value))
    if not wanted:
        return None
    if key == "class_code":  # a code is a whole token: "7565" is not found inside "175650"
        code = str(value)
        end = r"(?![A-Za-z0-9])" if code[-1:].isalnum() else ""  # "2301-18-" as read from "2301-18-03"
        token = re.compile(rf"(?<![A-Za-z0-9]){re.escape(code)}{end}", re.I)
        return next((line for line in lines if token.search(line.text)), None)
    return next((line for line in lines if wanted in _folded(line.text)), None)


def _states_date(text: str, value: date) -> bool:
    if not any(ch.isdigit() for ch in text):
        return False
    return any(parse_date(match.group(0)) == value for match in DATE_RE.finditer(text))


def _folded(text: str) -> str:
    """Lower case letters and digits only: "LEAD CUSTOMER SERVICE REP." states "Lead Customer Service Rep"."""
    return _FOLD.sub("", text).lower()


HEADER_FACTS = ("title", "class_code", "jurisdiction", "department", "flsa", "bargaining_unit")


def record_provenance(
    header_values: dict[str, object], chosen: dict[str, int], near: list[Line], everywhere: list[Line]
) -> dict[str, int]:
    """The record's ``provenance``: the line each reader chose a value from, else the first line stating it.

    ``chosen`` is what the header readers recorded (``date_<kind>`` keys; 0 for a value taken from the
    document's metadata or a page header/footer, which has no body line). Where no body line was
    recorded, the value is looked for in the lines, so a front-matter title printed again as the
    page's heading still points at that heading.
    """
    direct = {_record_key(key): number for key, number in chosen.items() if number}
    found = {key: number for key, number in direct.items() if header_values.get(key) is not None}
    missing = {key: value for key, value in header_values.items() if key not in found}
    found.update(header_provenance(missing, near, everywhere))
    return found


def _record_key(key: str) -> str:
    return f"dates.{key[5:]}" if key.startswith("date_") else key
