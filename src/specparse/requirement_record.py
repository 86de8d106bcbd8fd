"""Requirement items found by the field parsers, turned into the record's models with every detail.

The parsers in ``fields/requirements.py`` and ``fields/licenses.py`` find education, experience and
licences; the detail readers (``fields/experience.py``, ``fields/courses.py``, ``fields/license_class.py``)
add what the City of Los Angeles data dictionary asks of each: full- or part-time, the class named,
course counts and units, a driver's licence class. Kept here so ``build.py`` only asks for finished models.
"""

from __future__ import annotations

from .fields import courses as course_fields
from .fields import experience as experience_fields
from .fields import license_class
from .fields.alternatives import Way
from .fields.requirements import Alternative, EducationItem, ExperienceItem, LicenseItem
from .models import Course, CourseUnits, Education, Experience, License, RequirementSet
from .text_cache import text_cache


def education_model(item: EducationItem) -> Education:
    return Education(text=item.text, level=item.level, field=item.field)


def experience_model(item: ExperienceItem) -> Experience:
    facts = _experience_facts(item.text)
    return Experience(
        text=item.text,
        years=item.years,
        field=facts.field,
        full_time=facts.full_time,
        schedules=facts.schedules,
        class_title=facts.class_title,
        alternate=facts.alternate,
    )


# The same experience sentence is described for the record's experience list and again for each
# alternative naming it; the description is a pure function of the text (only read here, never changed).
@text_cache(4096)
def _experience_facts(text: str) -> experience_fields.ExperienceFacts:
    return experience_fields.describe(text)


def license_model(item: LicenseItem) -> License:
    driver = _is_driver(item)
    # The sentence before the name: "Class A or Class B driver's license" is named "Class B driver's license".
    kind = (license_class.license_type(item.text) or license_class.license_type(item.name)) if driver else None
    return License(
        name=item.name,
        required=item.required,
        text=item.text,
        type=kind,
        endorsements=license_class.endorsements(item.text) if driver else [],
    )


def _is_driver(item: LicenseItem) -> bool:
    return "driv" in item.name.lower()


def course_models(text: str) -> list[Course]:
    return [
        Course(
            text=found.text,
            count=found.count,
            units=[CourseUnits(amount=amount, system=system) for amount, system in found.units],
            units_per_course=found.units_per_course,
            subject=found.subject,
            details=found.details,
        )
        for found in course_fields.parse_courses(text)
    ]


def requirement_set(alt: Alternative) -> RequirementSet:
    conjunction = alt.conjunction if isinstance(alt, Way) else None
    parts = alt.parts if isinstance(alt, Way) else []
    return RequirementSet(
        label=alt.label,
        parent=alt.parent,
        text=alt.text,
        education=[education_model(e) for e in alt.education],
        experience=[experience_model(e) for e in alt.experience],
        courses=course_models(alt.text),
        licenses=[license_model(lic) for lic in alt.licenses],
        conjunction=conjunction,
        parts=[requirement_set(part) for part in parts],
    )
