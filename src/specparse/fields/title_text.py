"""Titles named in running text: the opening summary's subject, an "Under … direction, the X …"
definition, and a form's value row as far as the summary confirms it."""

from __future__ import annotations

import re

from ..lines import Line
from ..vocab import Vocabulary
from .title import _CLASSIFICATION_TITLE, _FORM_LABEL, TITLE_LABEL, _plausible, _rank, clean_title

# "The Records Technician maintains …": with no title line, the subject of the opening summary, printed
# in capitals as a job's name is.
_SUMMARY_SUBJECT = re.compile(
    r"^(?:The|A|An)\s+(?P<title>[A-Z][\w/&-]*(?:\s+(?:of|and|for|[A-Z][\w/&-]*)){0,6}?)\s+"
    r"(?:is|will|serves|performs|provides|maintains|leads|manages|plans|oversees|supports|reports|assists|"
    r"coordinates|develops|designs|works|conducts|ensures)\b"
)
_EMPLOYER_WORDS = re.compile(
    r"\b(?:University|College|School|Department|Office|Agency|City|County|State|Government|Ministry|Service|"
    r"Division|Company|Team|Unit|Branch|Program|Institute|Board|Commission|Council)\b"
)


def summary_subject_title(lines: list[Line], vocab: Vocabulary) -> tuple[str, Line] | None:
    """The job named as the subject of the first paragraph ("The Records Technician maintains …")."""
    for line in lines:
        if not line.text.strip():
            continue
        match = _SUMMARY_SUBJECT.match(line.text.strip())
        if match and not _EMPLOYER_WORDS.search(match.group("title")) and _plausible(match.group("title")):
            return clean_title(match.group("title"), vocab), line
        return None  # only the opening paragraph names the job this way
    return None


# "Under administrative direction of the Deputy Secretary, the HAVA Administrator provides …", "Under
# general supervision, the Account Clerk performs …": a class's definition names the job as its subject.
_DIRECTED_SUBJECT = re.compile(
    r"^Under\s+(?:the\s+)?(?:\w+\s+){0,2}(?:direction|supervision|guidance)\b[^,]{0,100},\s+(?:the|an?)\s+"
    r"(?P<title>[A-Z][\w/&-]*(?:\s+(?:of|and|for|[A-Z][\w/&-]*)){0,6}?)\s+"
    r"(?:is|will|serves|performs|provides|maintains|leads|manages|plans|oversees|supports|assists|coordinates|"
    r"develops|directs|conducts|ensures)\b"
)


def directed_subject_title(lines: list[Line], vocab: Vocabulary) -> tuple[str, Line] | None:
    """The job named in an "Under … direction, the X performs …" sentence of the opening lines."""
    for line in lines:
        match = _DIRECTED_SUBJECT.match(line.text.strip())
        if match and not _EMPLOYER_WORDS.search(match.group("title")) and _plausible(match.group("title")):
            return clean_title(match.group("title"), vocab), line
    return None


# The job as the opening summary names it: "As the Assistant Chief Data Officer, you will …", "the Chief
# Counsel serves as …", "the Deputy Director of Data Operations Strategy will lead …".
_SUMMARY_NAMES = re.compile(
    r"\bAs\s+(?:the|an?)\s+(?P<as>[A-Z][\w&/-]*(?:\s+(?:of\s+)?[A-Z][\w&/-]*){0,6}),\s+you\b"
    r"|\b[Tt]he\s+(?P<subject>[A-Z][\w&/-]*(?:\s+(?:of\s+)?[A-Z][\w&/-]*){0,6})\s+"
    r"(?:serves|will|provides|is\s+responsible|leads|manages|oversees|advises|directs|plans)\b"
)
_PARENTHESIS = re.compile(r"^\s*\([^)]{1,20}\)")


def form_row_title(lines: list[Line], vocab: Vocabulary) -> tuple[str, Line] | None:
    """The title from a form's value row that the opening summary confirms.

    A duty statement's form prints two labels on a row ("Classification Office/Department") over two
    values run together ("Chief Counsel (Exempt) Office of Data & Innovation (ODI)"): where one cell
    ends is unknown, so the title is the start of the value row that the summary names as the job
    ("… the Chief Counsel serves as …"). A classification row beats a working-title row.
    """
    content = [line for line in lines if line.text.strip()]
    summary = " ".join(line.text.strip() for line in content)
    names = [_words(match.group("as") or match.group("subject")) for match in _SUMMARY_NAMES.finditer(summary)]
    rows = []
    for position, line in enumerate(content[:-1]):
        label = TITLE_LABEL.match(line.text) or _CLASSIFICATION_TITLE.match(line.text)
        if label and _FORM_LABEL.search(line.text):
            rows.append((_rank(label.group(0)), position))
    for _, position in sorted(rows):
        value = content[position + 1]
        below = content[position + 2] if position + 2 < len(content) else None
        # A short line right under the value row is the first cell wrapped ("Strategy").
        wrapped = below.text.strip() if below and below.number == value.number + 1 else ""
        for name in names:
            title = _confirmed_prefix(value.text, wrapped, name)
            if title:
                return clean_title(title, vocab), value
    return None


def _words(text: str) -> list[str]:
    return [word for word in re.findall(r"[a-z0-9]+", text.lower()) if word != "of"]


def _confirmed_prefix(value: str, wrapped: str, name: list[str]) -> str | None:
    """The start of ``value`` spelling ``name`` (the wrapped line may end it), with a "(Exempt)" after it."""
    if not name:
        return None
    tokens = list(re.finditer(r"[A-Za-z0-9]+", value))
    spelled = [token for token in tokens if token.group(0).lower() != "of"]
    for count in range(len(name), 0, -1):
        head = [token.group(0).lower() for token in spelled[:count]]
        rest = name[count:]
        if head != name[:count] or (rest and rest != _words(wrapped)):
            continue
        end = spelled[count - 1].end()
        title = value[:end]
        if rest:
            return f"{title} {wrapped}"
        suffix = _PARENTHESIS.match(value[end:])
        return title + (suffix.group(0) if suffix else "")
    return None
