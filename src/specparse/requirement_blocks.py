"""Which paragraphs state the job's requirements: the requirement sections, their sub-labels read as
headings, and, in a posting whose headings were lost, the paragraphs that ask for schooling and years."""

from __future__ import annotations

import re
from collections.abc import Callable

from .fields import requirement_facts as facts
from .fields import requirements
from .sections import RawSection, Split

# "Four years of general clerical experience required." stated without a heading above it.
_REQUIRED = re.compile(r"\b(?:required|requires|minimum\s+of|must\s+(?:have|possess))\b", re.I)
REQUIREMENT_KEYS = frozenset({"qualifications", "education", "experience"})
# A sub-label of a requirements block names what it requires ("Equivalencies", "Required:", "And
# Education"); "Who We Are" after the requirements is another block.
_REQUIREMENT_WORDS = re.compile(
    r"\b(?:equivalen\w*|required|requirements?|experience|education|training|qualif\w*|certific\w*|licen[cs]\w*|"
    r"substitut\w*|minimum|eligib\w*|degree)\b",
    re.I,
)


def requirement_paragraphs(split: Split, paras: Callable[[RawSection], list[str]], preamble: list[str]) -> list[str]:
    """Paragraphs of the requirement sections in document order ("Either I", "Experience: …", "Or II").

    A posting whose headings were lost has none; then the paragraphs that ask for both a level of
    education and a length of experience ("Graduation from high school and one year of …") are its
    requirements. Questions from a supplemental questionnaire ("Do you have at least 3 years …?") are not.
    """
    found = [p for raw in split.sections if raw.key in REQUIREMENT_KEYS for p in paras(raw)]
    if found:
        return found
    # Everything before the first heading too: a field-list posting whose headings were not read.
    candidates = [*preamble, *(p for raw in split.sections for p in paras(raw))]
    return [
        p
        for p in candidates
        if not p.rstrip().endswith("?")
        and (requirements.education_level(p) or _REQUIRED.search(p))
        and any(requirements.years_of(s) for s in requirements.sentences(p))
    ]


def requirement_tail(split: Split, paras: Callable[[RawSection], list[str]]) -> list[str]:
    """Paragraphs under unknown headings right after a requirement section: its sub-labels read as
    headings ("Equivalencies", "Required:", "And Education", "AND SPECIALIZED EXPERIENCE") give all
    their paragraphs; other headings there (a class title over its own requirements in a class series)
    only the paragraphs that open as a requirement ("Two years of experience …")."""
    tail: list[str] = []
    in_requirements = False
    for raw in split.sections:
        heading = raw.heading or ""
        if raw.key in REQUIREMENT_KEYS:
            in_requirements = True
        elif in_requirements and not raw.known and not facts.names_a_preference(heading):
            if _REQUIREMENT_WORDS.search(heading):
                tail += paras(raw)
            else:
                tail += [p for p in paras(raw) if facts.opens_as_requirement(p)]
        else:
            in_requirements = False
    return tail
