"""The definition: the definition block, or failing one the job's summary paragraph.

Many postings and duty statements have no "Definition" heading: the job's summary stands under a
"General Statement" / "Purpose" label, or is the opening paragraph ("Under the administrative
direction of the Chief Deputy Director, the Chief Counsel …", "The Software Officer will be …").
Paragraphs about the employer, the team or the recruitment are not the job's definition.
"""

from __future__ import annotations

import itertools
import re

# "General Statement", "Position Summary", "Nature & Purpose of Position", "Purpose of Job", "About the
# role": a label line whose paragraph below is the job's summary.
SUMMARY_LABEL = re.compile(
    r"^\W*(?:general\s+statement|(?:position|job|role|class|work)\s+(?:summary|purpose|overview)|summary|purpose|"
    r"overview\s+of\s+(?:the\s+)?(?:position|role)|about\s+(?:the|this)\s+(?:role|position|job)|"
    r"nature\s+(?:&|and)\s+purpose\s+of\s+(?:the\s+)?(?:position|job|role)|purpose\s+of\s+(?:the\s+)?(?:position|job|role)|"
    r"(?:the\s+)?role)\s*:?\s*$",
    re.I,
)
# Openings that describe the job itself.
_UNDER_DIRECTION = re.compile(
    r"^Under\s+(?:the\s+)?(?:\w+\s+){0,2}(?:direction|supervision|guidance)\b", re.I
)  # "Under the administrative direction of the …, the X …" (California duty statements)
_AS_THE_ROLE = re.compile(
    r"^As\s+(?:a|an|the)\s+(?P<role>[A-Za-z][\w/&-]*(?:\s+[A-Za-z][\w/&-]*){0,6}?)(?:,|\s+(?:in|at|on|for|with|you)\b)"
)
# "This position is responsible for …" describes the job; "This role is a 2-year assignment" the recruitment.
_ROLE_NOUN = re.compile(
    r"^(?:The|This|Our)\s+(?:position|role|job|incumbent|post(?:holder)?|successful\s+(?:candidate|applicant))\s+"
    r"(?:is\s+responsible|will|performs|provides|supports|leads|manages|oversees|works|serves|reports|assists|plans)\b",
    re.I,
)
# "The multimedia designer is a visual storyteller", "The Software Officer will be responsible for".
_SUBJECT = re.compile(
    r"^(?:The|A|An)\s+(?P<subject>[\w/&.-]+(?:\s+[\w/&.()-]+){0,12}?)\s+"
    r"(?:is|are|will|serves|performs|provides|works|leads|manages|plans|oversees|supports|reports|maintains|"
    r"assists|coordinates|develops|designs|acts|has|conducts|ensures)\b"
)
# "…, you will be responsible for": the reader addressed as the holder of the job.
# (Lower case: "How You Will Be Evaluated" is a section's name, not the reader addressed.)
_YOU = re.compile(r"\byou\s+(?:will|are|would|can|lead|work|join)\b|\byou'll\b")
# "To assist in the design and production of …": a purpose statement, trusted only under its label.
_PURPOSE = re.compile(r"^To\s+[a-z]+\b")
# A paragraph about the employer: "The Stephen M. Ross School of Business at the University … is",
# "We are …", "The Canadian Digital Service (CDS) is part of …", "Join the …".
_ORG_WORDS = re.compile(
    r"\b(?:University|College|School|Department|Office|Agency|City|County|State|Government|Ministry|Service|"
    r"Division|Company|Organi[sz]ation|Team|Unit|Branch|Program|Institute|Centre|Center|Board|Commission)\b"
)
_EMPLOYER_OPENING = re.compile(r"^(?:We|Our|Join|About\s+us|At\s+[A-Z])\b")
# A duties table under a "% Description" heading: "40% Prioritize …", "45%" over bullets.
_WEIGHTED = re.compile(r"^\s*\d{1,3}\s*%")
MIN_SUMMARY_CHARS = 40
# "{{ page.role_name }} - GS-{{ page.gs_level }}": a site template's placeholders, unrendered in the
# source file (Jekyll, Liquid, Handlebars), say nothing about the job.
_PLACEHOLDER = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")
MIN_TEMPLATE_TEXT_LETTERS = 4


def _template_only(paragraph: str) -> bool:
    if "{{" not in paragraph and "{%" not in paragraph:
        return False
    rest = _PLACEHOLDER.sub("", paragraph)
    return sum(map(str.isalpha, rest)) < MIN_TEMPLATE_TEXT_LETTERS


def definition(
    section_paragraphs: list[str],
    preamble_paragraphs: list[str],
    other_paragraphs: list[str],
    title: str | None,
) -> str | None:
    """The definition block's text, skipping employer paragraphs; else the job's summary paragraph."""
    kept = _without_employer_opening([p for p in section_paragraphs if p.strip() and not _template_only(p)], title)
    if kept and not _WEIGHTED.match(kept[0]):
        return "\n\n".join(kept)
    return summary_paragraph([*preamble_paragraphs, *other_paragraphs], title)


def summary_paragraph(paragraphs: list[str], title: str | None) -> str | None:
    """The paragraph under a summary label, else the first paragraph that describes the job."""
    content = [p.strip() for p in paragraphs if p.strip()]
    for label, below in itertools.pairwise(content):
        if SUMMARY_LABEL.match(label) and _summary_like(below, title, labelled=True):
            return below
    return next((p for p in content if _summary_like(p, title, labelled=False)), None)


def describes_job(paragraph: str, title: str | None) -> bool:
    """True when the paragraph's opening is about the job (its holder, the role), not the employer."""
    text = paragraph.strip()
    if _UNDER_DIRECTION.match(text) or _ROLE_NOUN.match(text):
        return True
    role = _AS_THE_ROLE.match(text)
    if role and not _ORG_WORDS.search(role.group("role")):
        # "As a Senior Developer …, you will"; not "As a basic requirement, applicants must …".
        first_sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
        return bool(_YOU.search(first_sentence)) or _shares_title_word(role.group("role"), title)
    subject = _SUBJECT.match(text)
    if subject and not _ORG_WORDS.search(subject.group("subject")):
        return _shares_title_word(subject.group("subject"), title)
    return False


def describes_employer(paragraph: str) -> bool:
    text = paragraph.strip()
    if _EMPLOYER_OPENING.match(text):
        return True
    subject = _SUBJECT.match(text)
    return bool(subject and _ORG_WORDS.search(subject.group("subject")))


def _summary_like(paragraph: str, title: str | None, *, labelled: bool) -> bool:
    if len(paragraph) < MIN_SUMMARY_CHARS or _WEIGHTED.match(paragraph) or paragraph.startswith(("\u2022", "-")):
        return False
    if describes_employer(paragraph):
        return False
    if labelled:
        return True
    return describes_job(paragraph, title) or bool(_PURPOSE.match(paragraph) and labelled)


def _without_employer_opening(paragraphs: list[str], title: str | None) -> list[str]:
    """Drop the employer paragraphs a "Job Summary" opens with, when the job's own paragraph follows."""
    if not paragraphs or not describes_employer(paragraphs[0]):
        return paragraphs
    for position, paragraph in enumerate(paragraphs):
        if describes_job(paragraph, title):
            return paragraphs[position:]
    return paragraphs


def _shares_title_word(subject: str, title: str | None) -> bool:
    """'multimedia designer' shares 'designer' with 'Senior Designer'; without a title, any subject."""
    if not title:
        return False
    words = {w for w in re.findall(r"[a-z]+", title.lower()) if len(w) > 3}
    return bool(words & set(re.findall(r"[a-z]+", subject.lower())))
