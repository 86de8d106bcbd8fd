"""The JobSpec record: the pydantic models whose JSON Schema is the published output contract."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.1"

SectionKey = Literal[
    "definition",
    "distinguishing_features",
    "supervision",
    "duties",
    "qualifications",
    "desirable_qualifications",
    "education",
    "experience",
    "knowledge",
    "skills",
    "abilities",
    "knowledge_skills_abilities",
    "licenses",
    "special_requirements",
    "physical_demands",
    "working_conditions",
    "salary",
    "notes",
    "application",
    "selection_process",
    "equal_opportunity",
    "benefits",
    "other",
]
SalaryPeriod = Literal["hour", "week", "biweekly", "semimonthly", "month", "year"]
EducationLevel = Literal["high_school", "some_college", "associate", "bachelor", "master", "doctorate", "professional"]
LicenseRequirement = Literal["all", "some", "preferred"]
ExamType = Literal["OPEN", "INT_DEPT_PROM", "DEPT_PROM", "OPEN_INT_PROM"]
EmploymentType = Literal["full_time", "part_time", "as_needed"]
Conjunction = Literal["and", "or"]
UnitSystem = Literal["semester", "quarter"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourceInfo(_Model):
    name: str = Field(description="File name (or '<stdin>', '<bytes>') as given.")
    format: str = Field(description="Format read from the bytes: text, markdown, html, docx, doc, pdf, rtf, wordml.")
    sha256: str = Field(description="SHA-256 of the input bytes.")
    size: int = Field(description="Input size in bytes.")
    pages: int | None = Field(description="Page count where the format has pages (PDF), else null.")
    lines: int = Field(description="Number of body lines extracted; section spans refer to these.")


class Dates(_Model):
    approved: date | None = Field(description="Approved or adopted by the board/commission.")
    established: date | None = Field(description="Class established or created.")
    revised: date | None = Field(description="The latest revision.")
    open: date | None = Field(description="Posting or exam open date.")
    closing: date | None = Field(description="Application deadline.")


class SalaryRange(_Model):
    min: float | None
    max: float | None
    period: SalaryPeriod | None
    currency: str = "USD"
    text: str = Field(description="The salary text as printed.")
    note: str | None = Field(default=None, description="A qualifier printed with the range, e.g. 'flat-rated'.")


class Section(_Model):
    key: SectionKey = Field(description="Canonical key from the heading vocabulary; 'other' when unknown.")
    heading: str | None = Field(description="Heading as printed; null for text before the first heading.")
    text: str = Field(description="The section's text, paragraphs separated by blank lines.")
    items: list[str] = Field(description="List items found in the section (numbered, bulleted or ';'-run).")
    start_line: int = Field(description="First body line (1-based) of the section, heading included.")
    end_line: int = Field(description="Last body line of the section.")
    page: int | None = Field(description="Page the section starts on, where the format has pages.")


class Block(_Model):
    text: str
    start_line: int
    end_line: int
    page: int | None


class Education(_Model):
    text: str
    level: EducationLevel | None
    field: str | None


class Experience(_Model):
    text: str
    years: float | None = Field(description="Years required; months are converted (six months = 0.5).")
    field: str | None = Field(
        description="What the experience must be in, as printed ('the development of computer-based systems')."
    )
    full_time: bool | None = Field(
        default=None,
        description="True for full-time (also hours counted at 2,080 a year), false for part-time, null when not said.",
    )
    class_title: str | None = Field(
        default=None,
        description="The job class named, as printed ('Management Assistant' from 'as a Management Assistant' or "
        "'at the level of Management Assistant'); several are kept as printed ('Carpenter or Electrician').",
    )
    alternate: str | None = Field(
        default=None,
        description="What an alternate class must provide, from '… or in a class at that level which provides "
        "experience in …'; null when no alternate class is allowed.",
    )


class CourseUnits(_Model):
    amount: float
    system: UnitSystem


class Course(_Model):
    text: str = Field(description="The course requirement as printed.")
    count: int | None = Field(default=None, description="Number of courses ('four courses'), else null.")
    units: list[CourseUnits] = Field(
        default_factory=list,
        description="Units asked for, one entry per system ('three semester or four quarter units').",
    )
    units_per_course: bool = Field(
        default=False, description="True when the units are for each course ('… units each')."
    )
    subject: list[str] = Field(
        default_factory=list, description="Subjects, each as printed ('Information Systems', 'Systems Analysis')."
    )
    details: str | None = Field(default=None, description="Further course conditions not structured above, as printed.")


class License(_Model):
    name: str
    required: LicenseRequirement = Field(description="all positions, some positions, or preferred.")
    text: str
    type: str | None = Field(
        default=None, description="A driver's licence class as printed ('Class B', 'Class A commercial'), else null."
    )
    endorsements: list[str] = Field(
        default_factory=list, description="Endorsements named with the licence ('Tank Vehicle', 'Passenger')."
    )


class RequirementSet(_Model):
    label: str | None = Field(description="The alternative's own label as printed (1., A., Pattern I...).")
    parent: str | None = Field(
        description="For a sub-requirement ('a.' under '2.'), the label of the alternative it belongs to; else null."
    )
    text: str
    education: list[Education]
    experience: list[Experience]
    courses: list[Course] = Field(
        description="Course work this way asks for ('12 semester units in drafting'); a list of strings before 1.1."
    )
    licenses: list[License]
    conjunction: Conjunction | None = Field(
        default=None,
        description="The word printed after this item joining it to the next ('; or', '; and', an 'OR' line); "
        "null when none is printed.",
    )
    parts: list[RequirementSet] = Field(
        default_factory=list,
        description="For a way printed as numbered items joined by 'and' ('1. …; and 2. …'), each item with its "
        "own facts (the data dictionary's requirement sets); empty otherwise.",
    )


class Qualifications(_Model):
    text: str | None = Field(description="The minimum-qualifications text as printed.")
    education: list[Education]
    experience: list[Experience]
    knowledge: list[str]
    skills: list[str]
    abilities: list[str]
    licenses: list[License]
    alternatives: list[RequirementSet] = Field(
        description="Alternative ways to qualify ('1. ... or 2. ...'); one entry when there is a single way."
    )
    substitutions: list[str] = Field(description="Statements of what may substitute for what.")


class ParseWarning(_Model):
    code: str = Field(description="Stable code, e.g. unknown_heading, missing_section, date_not_understood.")
    message: str
    line: int | None


class JobSpec(_Model):
    """A job class specification as structured data."""

    schema_version: str = SCHEMA_VERSION
    source: SourceInfo
    title: str | None
    class_code: str | None
    jurisdiction: str | None
    department: str | None
    dates: Dates
    flsa: Literal["exempt", "non_exempt"] | None
    exam_type: ExamType | None = Field(
        default=None,
        description="Who may take the examination, from 'this examination is to be given on an … basis': OPEN, "
        "INT_DEPT_PROM (interdepartmental promotional), DEPT_PROM (departmental), OPEN_INT_PROM (both).",
    )
    employment: list[EmploymentType] = Field(
        default_factory=list,
        description="Kinds of appointment the document says it fills (full-time, part-time, as-needed), where it says.",
    )
    bargaining_unit: str | None
    salary: list[SalaryRange]
    definition: str | None
    distinguishing_features: str | None
    duties: list[str]
    qualifications: Qualifications
    sections: list[Section]
    front_matter: Block | None = Field(description="Text before the first section heading (title block).")
    back_matter: Block | None = Field(description="Revision stamps and the like after the last section.")
    headers_footers: list[str] = Field(description="Page header and footer text, kept apart from sections.")
    warnings: list[ParseWarning]
    provenance: dict[str, int] = Field(
        default_factory=dict,
        description="Body line each header fact was read from: title, class_code, jurisdiction, department, flsa, "
        "bargaining_unit, dates.<kind>. A fact read from a page header or footer has no entry.",
    )
