"""The record's qualifications, read from the sections the splitter found and the paragraphs in them."""

from __future__ import annotations

from collections.abc import Callable

from . import requirement_blocks
from .fields import alternatives as alternative_sets
from .fields import credentials, license_class, lists, requirements
from .fields import requirement_facts as facts
from .models import Qualifications
from .requirement_record import education_model, experience_model, license_model, requirement_set
from .sections import RawSection, Split

COMPETENCY_KEYS = frozenset({"knowledge", "skills", "abilities", "knowledge_skills_abilities"})
REQUIREMENT_KEYS = requirement_blocks.REQUIREMENT_KEYS
LICENSE_KEYS = frozenset({"licenses", "special_requirements", "qualifications", "education", "experience"})


def read_qualifications(
    split: Split,
    by_key: dict[str, list[tuple[RawSection, list[str]]]],
    paras: Callable[[RawSection], list[str]],
    preamble: list[str],
) -> Qualifications:
    """The minimum qualifications: education, experience, licences and competencies, wherever stated."""

    def paras_of(*keys: str) -> list[str]:
        return [p for key in keys for _, paras in by_key.get(key, []) for p in paras]

    requirement_paras = facts.required_only(requirement_blocks.requirement_paragraphs(split, paras, preamble))
    education = [edu for p in facts.required_only(paras_of("education")) if (edu := requirements.parse_education(p))]
    experience = [exp for p in facts.required_only(paras_of("experience")) if (exp := requirements.parse_experience(p))]
    alternatives = alternative_sets.alternatives(requirement_paras) if requirement_paras else []
    # Everything named: the "Education:" paragraphs, then any further level the alternatives name
    # ("(A Master's Degree … may be substituted …)" under an experience pattern).
    named = {e.level for e in education}
    for alt in alternatives:
        for item in alt.education:
            if item.level not in named:
                named.add(item.level)
                education.append(item)
    if not experience:
        experience = list({e.text: e for alt in alternatives for e in alt.experience}.values())
    # Every figure and level named, not only the first of each sentence; a degree a condition of
    # employment asks for; levels a posting without requirement headings states in its lists.
    stated = [*requirement_paras, *facts.required_only(requirement_blocks.requirement_tail(split, paras))]
    # "• 3+ years of professional experience" in a list under a heading the vocabulary does not know.
    stated += facts.experience_bullets(
        [
            p
            for raw in split.sections
            if not raw.known and not facts.names_a_preference(raw.heading or "")
            for p in paras(raw)
        ]
    )
    experience = facts.add_experience(experience, stated)
    education = facts.add_education(education, stated)
    education = facts.add_education(education, paras_of("special_requirements", "licenses"), stated=True)
    if not any(raw.key in REQUIREMENT_KEYS for raw in split.sections):
        others = [p for raw in split.sections if raw.key not in facts.NOT_REQUIREMENTS for p in paras(raw)]
        education = facts.add_education(education, others, stated=True)
    licenses = [lic for p in paras_of(*sorted(LICENSE_KEYS)) for lic in requirements.parse_licenses(p)]
    licenses += facts.licenses_anywhere(
        [(raw.key, paras(raw)) for raw in split.sections if raw.key not in LICENSE_KEYS]
    )
    # Other licences and certificates a sentence requires, in the requirements or the notes under them
    # ("… Universal Technician Certification is required at the time of filing").
    required = [c for p in paras_of(*sorted(LICENSE_KEYS), "notes") for c in credentials.required_credentials(p)]
    licenses = credentials.merge(licenses, required)
    licenses += [
        lic for p in paras_of("desirable_qualifications") for lic in requirements.parse_licenses(p, preferred=True)
    ]
    competencies: dict[str, list[str]] = {"knowledge": [], "skills": [], "abilities": []}
    for raw in split.sections:
        if raw.key in COMPETENCY_KEYS:
            default = None if raw.key == "knowledge_skills_abilities" else raw.key
            for kind, items in lists.split_competencies(paras(raw), default).items():
                competencies[kind] += items
    return Qualifications(
        text="\n\n".join(paras_of("qualifications")) or None,
        education=[education_model(e) for e in education],
        experience=[experience_model(e) for e in experience],
        knowledge=competencies["knowledge"],
        skills=competencies["skills"],
        abilities=competencies["abilities"],
        licenses=[license_model(lic) for lic in _strongest_per_class(licenses)],
        alternatives=[requirement_set(alt) for alt in alternatives],
        substitutions=[s for p in requirement_paras for s in requirements.substitutions(p)],
    )


def _strongest_per_class(found: list[requirements.LicenseItem]) -> list[requirements.LicenseItem]:
    """One item per licence name and class: "a valid Class B California driver's license" in the
    requirements and "a valid Class A California driver's license may be required" in the notes are two
    licences; "Class B (or A)" and "Class A or B" are the same classes, the strongest statement kept."""
    groups: dict[frozenset[str], list[requirements.LicenseItem]] = {}
    for item in found:
        kind = license_class.license_type(item.text) if "driv" in item.name.lower() else None
        groups.setdefault(frozenset(license_class.class_letters(kind or "")), []).append(item)
    kept = {id(item) for group in groups.values() for item in facts.strongest(group)}
    return [item for item in found if id(item) in kept]
