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
    field: str | None


class License(_Model):
    name: str
    required: LicenseRequirement = Field(description="all positions, some positions, or preferred.")
    text: str


class RequirementSet(_Model):
    label: str | None = Field(description="The alternative's own label as printed (1., A., Pattern I...).")
    parent: str | None = Field(
        description="For a sub-requirement ('a.' under '2.'), the label of the alternative it belongs to; else null."
    )
    text: str
    education: list[Education]
    experience: list[Experience]
    courses: list[str] = Field(
        description="Course work this way asks for, as printed ('12 semester units in drafting', 'course work in accounting')."
    )
    licenses: list[License]


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
