"""The facts a record's requirement blocks name: every level of education, every figure of experience,
and driver's licences wherever the document states them.

The field parsers in ``requirements`` read one sentence; this module decides which paragraphs count:
requirement blocks without their "Desired:" sub-blocks, conditions of employment for education, and
any block at all for a driver's licence (notes, special requirements, a stray sentence).
"""

from __future__ import annotations

import re

from ..prechecks import may_contain
from .licenses import LICENSE_WORD
from .lists import has_marker, strip_marker
from .requirements import (
    EducationItem,
    ExperienceItem,
    LicenseItem,
    driving_licenses,
    education_levels,
    experience_field,
    parse_education,
    sentences,
    years_named,
)

# "Desired:", "Preferred Qualifications:", "Assets:" alone on a line inside a requirements block: what
# follows is a preference until a "Required:" label (a separate desirable block is no requirement).
_DESIRED_LABEL = re.compile(
    r"^[\W_]*(?:desired|desirable|preferred|preferences|nice\s+to\s+have|assets?|bonus)"
    r"(?:\s+(?:qualifications|skills|experience|requirements))?\s*:?[\W_]*$",
    re.I,
)
_REQUIRED_LABEL = re.compile(
    r"^[\W_]*(?:required|essential|minimum|mandatory|must\s+have)(?:\s+(?:qualifications|skills|requirements))?"
    r"\s*:?[\W_]*$",
    re.I,
)
# Blocks whose text is never a statement of what the job requires.
NOT_REQUIREMENTS = frozenset(
    {
        "definition",
        "distinguishing_features",
        "supervision",
        "duties",
        "desirable_qualifications",
        "salary",
        "benefits",
        "application",
        "selection_process",
        "equal_opportunity",
    }
)
# "You have a secondary diploma", "Must have a degree in …": a level stated as a requirement.
_STATED = re.compile(
    r"\b(?:you\s+have|you\s+will\s+have|must|required|requires|requirement|minimum|possess\w*|completion\s+of|"
    r"graduation\s+from|need\s+to\s+have)\b",
    re.I,
)


_PREFERENCE_WORDS = re.compile(r"\b(?:desir\w*|prefer\w*|assets?|nice\s+to\s+have|bonus|plus)\b", re.I)


def names_a_preference(heading: str) -> bool:
    """ "Preferred Assets", "Desired Skills": a heading over what is wished for, not required."""
    return bool(_PREFERENCE_WORDS.search(heading))


# "Do you possess a master's degree …", "What is your highest level of education?": a questionnaire.
_QUESTION = re.compile(r"^\W*(?:do|does|did|are|is|which|what|how\s+many)\b|\?\W*$", re.I)


def _statements(paragraph: str) -> list[str]:
    return [s for s in sentences(strip_marker(paragraph)) if not _is_question(s)]


def _is_question(sentence: str) -> bool:
    # Without a "?" only the first branch of _QUESTION can match, and only at the start: match() tries
    # that one place, where search() tried every position for the second.
    return bool(_QUESTION.search(sentence) if "?" in sentence else _QUESTION.match(sentence))


# "• 3+ years of professional experience designing services", "• Minimum 5 years' experience in …": a
# posting's bullet that opens with a length of experience states a requirement under any heading.
_YEARS_BULLET = re.compile(
    r"^\W*(?:at\s+least\s+|minimum\s+(?:of\s+)?|a\s+minimum\s+of\s+)?"
    r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*(?:(?:-|to)\s*\d+\s*)?"
    r"(?:\(\d+\)\s*)?(?:years?|months?)['’]?\s+(?:of\s+)?[^.;:]{0,60}?\b(?:experience|work)\b",
    re.I,
)


# "Graduation from …", "Bachelor's degree in …", "Possession of …": a paragraph opening as a requirement.
_OPENS_AS_REQUIREMENT = re.compile(
    r"^\W*(?:graduation\s+from|(?:a\s+)?(?:bachelor|master|associate|doctora)\w*['’]?s?\s+degree|high\s+school"
    r"|completion\s+of|possession\s+of|equivalent\s+to\s+graduation)\b",
    re.I,
)


def opens_as_requirement(paragraph: str) -> bool:
    """True for a paragraph that opens with a length of experience or a level of schooling: a
    requirement wherever it stands ("Two years of experience in …", "Graduation from college …")."""
    body = strip_marker(paragraph)
    return bool(_YEARS_BULLET.match(body) or _OPENS_AS_REQUIREMENT.match(body))


def experience_bullets(paragraphs: list[str]) -> list[str]:
    """The bulleted items among ``paragraphs`` that open with a length of experience."""
    return [p for p in paragraphs if has_marker(p) and _YEARS_BULLET.match(strip_marker(p))]


def required_only(paragraphs: list[str]) -> list[str]:
    """The paragraphs of a requirements block without its "Desired:" sub-blocks."""
    kept: list[str] = []
    desired = False
    for paragraph in paragraphs:
        if _DESIRED_LABEL.match(paragraph):
            desired = True
        elif _REQUIRED_LABEL.match(paragraph):
            desired = False
        elif not desired:
            kept.append(paragraph)
    return kept


def add_experience(found: list[ExperienceItem], paragraphs: list[str]) -> list[ExperienceItem]:
    """``found`` plus one item for each further figure of experience the paragraphs name.

    "four years …, eighteen months of which must have been supervisory" names 4 and 1.5; the item of the
    second figure carries the sentence that names it.
    """
    result = list(found)
    named = {item.years for item in result if item.years is not None}
    for paragraph in paragraphs:
        for sentence in _statements(paragraph):
            for years in years_named(sentence):
                if years not in named:
                    named.add(years)
                    result.append(ExperienceItem(text=sentence, years=years, field=experience_field(sentence)))
    return result


def add_education(found: list[EducationItem], paragraphs: list[str], *, stated: bool = False) -> list[EducationItem]:
    """``found`` plus one item for each further level the paragraphs name (all levels of each sentence).

    With ``stated``, only sentences that state the level as a requirement count ("You have a secondary
    diploma"): for blocks that are not requirement blocks by their heading.
    """
    result = list(found)
    named = {item.level for item in result}
    for paragraph in paragraphs:
        for sentence in _statements(paragraph):
            if stated and not _STATED.search(sentence):
                continue
            item = parse_education(sentence)
            if item is None or item.level is None:
                continue
            for level in education_levels(item.text):
                if level not in named:
                    named.add(level)
                    result.append(EducationItem(text=item.text, level=level, field=item.field))
    return result


def licenses_anywhere(blocks: list[tuple[str, list[str]]]) -> list[LicenseItem]:
    """Driver's licences named in any block: ``blocks`` are (section key, paragraphs) in document order.

    The sentence's own words decide ("is required", "some positions may require", "is an asset");
    a Desirable Qualifications heading decides only for a sentence that says nothing itself.
    """
    return [
        item
        for key, paragraphs in blocks
        # Most blocks name no licence at all: one word test of the whole block before one per paragraph.
        if may_contain("\n".join(paragraphs), LICENSE_WORD)
        for paragraph in paragraphs
        for item in driving_licenses(paragraph, preferred=key == "desirable_qualifications")
    ]


STRENGTH = {"all": 0, "some": 1, "preferred": 2}


def strongest(found: list[LicenseItem]) -> list[LicenseItem]:
    """One item per licence name, the strongest requirement of those stated, in first-seen order."""
    seen: dict[str, LicenseItem] = {}
    for item in found:
        key = item.name.lower()
        if key not in seen or STRENGTH.get(item.required, 0) < STRENGTH.get(seen[key].required, 0):
            seen[key] = item
    return list(seen.values())
