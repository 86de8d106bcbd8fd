"""What a strict accuracy label must state, and how each stated fact is compared with specparse's record.

Shared by ``benchmarks/accuracy.py`` (which documents the label format in its docstring): the mandatory and
optional fields, the label's own errors (a mandatory field left unstated, an unknown field), and the strict
comparison in which "the document does not have it" (``none`` / ``[]``) is judged like any other value.
"""

from __future__ import annotations

import re
from typing import Any

# Keys whose presence a reader can judge unambiguously from the printed headings. Knowledge, skills and
# abilities compare as one group ("ksa"), as in the shared strict scorer: whether a document heads them
# together or apart is a matter of cutting, not of finding.
SECTION_GROUP = {
    "definition": "definition",
    "duties": "duties",
    "qualifications": "qualifications",
    "knowledge": "ksa",
    "skills": "ksa",
    "abilities": "ksa",
    "knowledge_skills_abilities": "ksa",
    "ksa": "ksa",
    "salary": "salary",
    "benefits": "benefits",
    "selection_process": "selection_process",
    "application": "application",
}
JUDGED_SECTIONS = frozenset(SECTION_GROUP)
DATE_KINDS = ("approved", "established", "revised", "open", "closing")
KINDS = ("spec", "series", "listing", "not_spec")
DATE_FIELDS = tuple(f"dates.{kind}" for kind in DATE_KINDS)
# Every label of a one-class document states these (a value, or the field in `none` / [] when absent).
MANDATORY = (
    "kind",
    "title",
    "class_code",
    "jurisdiction",
    "sections",
    "duties_count",
    "experience_years",
    "education_levels",
    "salary_min",
    *DATE_FIELDS,
    "drivers_license",
)
OPTIONAL = (
    "department",
    "bargaining_unit",
    "flsa",
    "salary_period",
    "knowledge_count",
    "skills_count",
    "abilities_count",
    "alternatives",
)
# Fields whose "absent" is an empty list, written `[]` in the label (not in `none`).
LIST_FIELDS = frozenset({"jurisdiction", "sections", "experience_years", "education_levels"})
COUNT_FIELDS = frozenset({"knowledge_count", "skills_count", "abilities_count", "alternatives"})
# Label keys that are not scored facts.
BOOKKEEPING = frozenset({"file", "project_file", "dates", "none", "notes", "duties_count_alt"})
KNOWN_FIELDS = frozenset({*MANDATORY, *OPTIONAL})


def fold(value: Any) -> str | None:
    """Case, spacing and punctuation folded away, as the shared strict scorer compares text."""
    if value is None:
        return None
    return re.sub(r"[^a-z0-9]+", " ", str(value).lower()).strip() or None


def section_groups(keys: list[str]) -> list[str]:
    return sorted({SECTION_GROUP[key] for key in keys if key in SECTION_GROUP})


def _stated(label: dict[str, Any], name: str) -> tuple[bool, Any]:
    """Whether the label states ``name``, and the value it expects (None / [] / 0 for "absent")."""
    if name in label.get("none", []):
        return True, 0 if name in COUNT_FIELDS else None
    if name.startswith("dates."):
        value = label.get("dates", {}).get(name.split(".", 1)[1])
        return value is not None, None if value is None else str(value)
    return name in label, label.get(name)


def expectations(label: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The fields this label judges with their expected values, and the label's errors."""
    errors: list[str] = []
    kind = label.get("kind")
    if kind not in KINDS:
        errors.append(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    keys = set(label) - KNOWN_FIELDS - BOOKKEEPING
    errors += [f"unknown field {name!r}" for name in sorted(keys)]
    for name in label.get("none", []):
        if name not in KNOWN_FIELDS or name == "kind":
            errors.append(f"none names an unknown field {name!r}")
        elif name in LIST_FIELDS:
            errors.append(f"{name} absent is written [] (not in none)")
        elif _stated({k: v for k, v in label.items() if k != "none"}, name)[0]:
            errors.append(f"{name} has a value and is also in none")
    errors += [f"dates.{k} is not a date kind" for k in label.get("dates", {}) if k not in DATE_KINDS]
    wanted: dict[str, Any] = {}
    for name in (*MANDATORY, *OPTIONAL):
        stated, value = _stated(label, name)
        if stated:
            wanted[name] = value
        elif name in MANDATORY and kind == "spec":
            errors.append(f"mandatory field {name} not stated (give a value, or none / [] when absent)")
    for name in LIST_FIELDS & set(wanted):
        if not isinstance(wanted[name], list):
            errors.append(f"{name} must be a list")
    sections = wanted.get("sections") or []
    errors += [f"unknown section key {key!r}" for key in sections if key not in SECTION_GROUP]
    if "drivers_license" in wanted and not isinstance(wanted["drivers_license"], bool):
        errors.append("drivers_license must be true or false")
    return wanted, errors


def agrees(name: str, expected: Any, got: Any, label: dict[str, Any]) -> bool:
    """Strict comparison: an expected None/[]/0 is a hit only when the parser gave nothing too."""
    if name == "jurisdiction":
        return fold(got) in {fold(j) for j in expected} if expected else not got
    if name in {"title", "class_code", "department", "bargaining_unit"}:
        return fold(expected) == fold(got)
    if name == "sections":
        return got is not None and section_groups(expected) == got
    if name == "education_levels":
        return got is not None and set(expected) == set(got)
    if name == "experience_years":
        return got is not None and sorted({float(x) for x in expected}) == got
    if name == "duties_count":
        return (got or 0) in ([expected, *label.get("duties_count_alt", [])] if expected is not None else [0])
    if name == "salary_min":
        if expected is None or got is None:
            return expected is None and got is None
        return abs(float(expected) - float(got)) < 0.01
    return bool(expected == got)
