"""The record as the review page lists it: each value with the lines it came from.

Header facts point at ``record.provenance`` (or at the page header/footer line that states them);
list items, requirement texts and salaries are found in their section's lines (see ``locate``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..fields.provenance import first_stating
from ..models import Education, Experience, JobSpec, License, ParseWarning, RequirementSet, Section
from .gather import Gathered
from .locate import TextIndex

HEADER_FACTS = (
    ("title", "Title"),
    ("class_code", "Class code"),
    ("jurisdiction", "Jurisdiction"),
    ("department", "Department"),
    ("flsa", "FLSA"),
    ("bargaining_unit", "Bargaining unit"),
)
DATE_KINDS = ("approved", "established", "revised", "open", "closing")
REQUIREMENT_KEYS = ("qualifications", "education", "experience", "licenses", "special_requirements")
COMPETENCY_KEYS = ("knowledge", "skills", "abilities", "knowledge_skills_abilities")
# "heading not in the vocabulary: 'SPECIAL NOTES'": a warning without a line names its text in quotes.
_QUOTED = re.compile(r"'([^']{3,})'|\"([^\"]{3,})\"")


@dataclass(slots=True)
class Link:
    """Where a value came from: body lines ``first``..``last``, or one furniture row."""

    anchor: str  # the element to scroll to: "L12" or "F3"
    rows: str  # what to highlight: "12-14" (body lines) or "F3"


@dataclass(slots=True)
class Fact:
    label: str
    value: str
    link: Link | None = None
    note: str | None = None  # what was read from the value: "4 years", "bachelor", "all positions"
    children: list[Fact] = field(default_factory=list)


@dataclass(slots=True)
class Group:
    title: str
    key: str  # element id of the group
    facts: list[Fact]
    empty: str = "none found"  # what the page says when the record has nothing here


def body_link(first: int, last: int | None = None) -> Link:
    last = first if last is None else last
    return Link(anchor=f"L{first}", rows=f"{first}-{last}")


class Linker:
    """Finds the lines of record values in one document."""

    def __init__(self, gathered: Gathered) -> None:
        self.gathered = gathered
        self.record = gathered.record
        self.index = TextIndex(gathered.cleaned.body)
        self.furniture = [line for line in gathered.lines if line.region != "body" and line.text]

    def in_sections(self, text: str, keys: Iterable[str], *, in_order: bool = True) -> Link | None:
        """``text`` in the lines of the sections of ``keys`` (first to last), else anywhere in the body.

        One span over them all: an alternative way to qualify joins an "Education:" and an "Experience:"
        section into one text.
        """
        sections = self.sections(keys)
        if sections:
            within = (sections[0].start_line, max(section.end_line for section in sections))
            span = self.index.find(text, within, in_order=in_order)
            if span:
                return body_link(*span)
        return self.anywhere(text)

    def anywhere(self, text: str) -> Link | None:
        span = self.index.find(text)
        return body_link(*span) if span else None

    def sections(self, keys: Iterable[str]) -> list[Section]:
        wanted = set(keys)
        return [section for section in self.record.sections if section.key in wanted]

    def header(self, key: str, value: object) -> Link | None:
        number = self.record.provenance.get(key)
        if number:
            return body_link(number)
        # Read from a page header or footer ("Code No. 7565" on every page): point at its first copy.
        line = first_stating(key, value, self.furniture)
        if line is None:
            return None
        anchor = f"F{self.furniture.index(line) + 1}"  # furniture rows are numbered as rows.document_spans does
        return Link(anchor=anchor, rows=anchor)

    def warning(self, warning: ParseWarning) -> Link | None:
        if warning.line:
            return body_link(warning.line)
        quoted = _QUOTED.search(warning.message)
        return self.anywhere(quoted.group(1) or quoted.group(2)) if quoted else None


def record_groups(gathered: Gathered, linker: Linker) -> list[Group]:
    record = gathered.record
    return [
        Group("Header", "g-header", _header_facts(record, linker)),
        Group("Definition", "g-definition", _definition_facts(record, linker), "no definition section"),
        Group("Duties", "g-duties", _items(record.duties, ("duties",), linker), "no duties found"),
        Group("Requirements", "g-requirements", _requirement_facts(record, linker), "no requirements found"),
        Group("Knowledge, skills, abilities", "g-ksa", _competency_facts(record, linker), "no KSA lists found"),
        Group("Sections", "g-sections", _section_facts(record), "no sections found"),
    ]


def _header_facts(record: JobSpec, linker: Linker) -> list[Fact]:
    facts: list[Fact] = []
    for key, label in HEADER_FACTS:
        value = getattr(record, key)
        if value is not None:
            shown = value.replace("_", "-") if key == "flsa" else str(value)
            facts.append(Fact(label, shown, linker.header(key, value)))
    for kind in DATE_KINDS:
        value = getattr(record.dates, kind)
        if value is not None:
            facts.append(Fact(f"Date {kind}", value.isoformat(), linker.header(f"dates.{kind}", value)))
    for salary in record.salary:
        low = f"{salary.min:,.2f}" if salary.min is not None else "?"
        high = f"{salary.max:,.2f}" if salary.max is not None else low
        figures = f"${low}" if high == low else f"${low} – ${high}"
        note = " · ".join(part for part in (f"per {salary.period}" if salary.period else None, salary.note) if part)
        facts.append(Fact("Salary", figures, linker.anywhere(salary.text), note or None))
    return facts


def _definition_facts(record: JobSpec, linker: Linker) -> list[Fact]:
    facts = []
    for key, label in (("definition", "Definition"), ("distinguishing_features", "Distinguishing features")):
        text = getattr(record, key)
        sections = linker.sections([key])
        if text:
            link = body_link(sections[0].start_line, sections[-1].end_line) if sections else None
            facts.append(Fact(label, text, link))
    return facts


def _items(items: list[str], keys: tuple[str, ...], linker: Linker, label: str = "") -> list[Fact]:
    linker.index.cursor = 0
    return [
        Fact(label or f"{number}.", item, linker.in_sections(item, keys)) for number, item in enumerate(items, start=1)
    ]


def _requirement_facts(record: JobSpec, linker: Linker) -> list[Fact]:
    qualifications = record.qualifications
    linker.index.cursor = 0
    facts = [_alternative(alt, position, linker) for position, alt in enumerate(qualifications.alternatives, start=1)]
    if not facts:  # no alternatives read: list what was found on its own
        facts += [_education(e, linker) for e in qualifications.education]
        facts += [_experience(e, linker) for e in qualifications.experience]
    facts += [_license(lic, linker) for lic in qualifications.licenses]
    facts += [
        Fact("Substitution", text, linker.in_sections(text, REQUIREMENT_KEYS, in_order=False))
        for text in qualifications.substitutions
    ]
    return facts


def _alternative(alt: RequirementSet, position: int, linker: Linker) -> Fact:
    label = f"{alt.parent} › {alt.label}" if alt.parent and alt.label else alt.label or f"Way {position}"
    fact = Fact(label, alt.text, linker.in_sections(alt.text, REQUIREMENT_KEYS))
    fact.children += [_education(e, linker) for e in alt.education]
    fact.children += [_experience(e, linker) for e in alt.experience]
    fact.children += [
        Fact("Courses", c.text, linker.in_sections(c.text, REQUIREMENT_KEYS, in_order=False)) for c in alt.courses
    ]
    fact.children += [_license(lic, linker) for lic in alt.licenses]
    return fact


def _education(item: Education, linker: Linker) -> Fact:
    note = " · ".join(part for part in ((item.level or "").replace("_", " "), item.field or "") if part)
    return Fact("Education", item.text, linker.in_sections(item.text, REQUIREMENT_KEYS, in_order=False), note or None)


def _experience(item: Experience, linker: Linker) -> Fact:
    years = f"{item.years:g} years" if item.years is not None else ""
    note = " · ".join(part for part in (years, item.field or "") if part)
    return Fact("Experience", item.text, linker.in_sections(item.text, REQUIREMENT_KEYS, in_order=False), note or None)


def _license(item: License, linker: Linker) -> Fact:
    required = {"all": "all positions", "some": "some positions", "preferred": "preferred"}[item.required]
    link = linker.in_sections(item.text, (*REQUIREMENT_KEYS, "desirable_qualifications"), in_order=False)
    return Fact("Licence", item.name, link, required)


def _competency_facts(record: JobSpec, linker: Linker) -> list[Fact]:
    facts = []
    for kind in ("knowledge", "skills", "abilities"):
        items = getattr(record.qualifications, kind)
        if items:
            facts.append(
                Fact(kind.capitalize(), f"{len(items)} items", children=_items(items, COMPETENCY_KEYS, linker))
            )
    return facts


def _section_facts(record: JobSpec) -> list[Fact]:
    return [
        Fact(
            section.key,
            section.heading or "(no heading)",
            body_link(section.start_line, section.end_line),
            f"{len(section.items)} item{'' if len(section.items) == 1 else 's'}",
        )
        for section in record.sections
    ]
