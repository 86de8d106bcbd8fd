"""Split cleaned body lines into sections at headings, keeping each section's lines and span."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import DATE_RE, is_date_only
from .lines import Line
from .paragraphs import LIST_MARKER
from .vocab import Vocabulary

MAX_HEADING_CHARS = 90
MAX_HEADING_WORDS = 12
MAX_UNKNOWN_HEADING_WORDS = 8
MAX_LABEL_WORDS = 8
# "Knowledge" or "Abilities" alone on a line, neither bold nor capitals, is a heading only this short.
MAX_PLAIN_HEADING_WORDS = 5
# A Title Case line alone is a heading only when a paragraph at least this long follows it.
MIN_PARAGRAPH_CHARS = 60
# A run of short "Label: value" lines with at least this many labels over at least this many rows is a
# field list (a posting's "=== JOB DETAILS ===" block, a CalHR header "Class Code: 0010 / Established:
# 10/20/1931", a laid-out county header with two fields a row), read as metadata, not as headings.
FIELD_LIST_MIN_LINES = 4
FIELD_LIST_MIN_ROWS = 2
MAX_FIELD_LABEL_WORDS = 5
MAX_FIELD_VALUE_CHARS = 90
# A document-kind banner ("JOB DESCRIPTION") carries at most a few short title-block lines under it.
MAX_BANNER_LINES = 6
MAX_BANNER_CHARS = 60

_GRADE_VALUE = re.compile(r"^[A-Z]{0,3}-?\d{1,4}[A-Z]?$")
# The second line of a heading split after its first words: "AND ABILITIES", "& Responsibilities".
_RUNS_ON = re.compile(r"^(?:and|or|&)\s+\S", re.I)
_LABEL = re.compile(r"^(?P<label>[A-Za-z(][A-Za-z0-9 /&,'().-]{0,80}?)\s*:\s*(?P<rest>.*)$")
_FIELD = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z0-9 #&/'().-]{0,40}?)\s*:\s+(?P<value>\S.*)$")
# A second "Label: value" on the same line of a laid-out header ("Class Code: 2217   FLSA: Exempt").
_INLINE_FIELD = re.compile(r"\s(?P<label>(?:[A-Z][\w/&#.()-]*\s+){0,3}[A-Z][\w/&#.()-]*)\s*:\s+\S")
# "=== JOB DESCRIPTION ===" in postings saved as text.
_BANNER = re.compile(r"^[=*#~_-]{2,}\s*(?P<inner>.*?)\s*[=*#~_-]{2,}$")
_OUTLINE_PREFIX = re.compile(r"^\s*(?:[IVXLC]{1,5}|[A-Z]|\d{1,2})[.)]\s+")
_SENTENCE_END = re.compile(r"[.;,]$")
# "Either I", "Or II", "OR 2" join requirement patterns (CalHR); they are never headings.
_LABELLED_CONNECTOR = re.compile(r"^\W*(?:either|or|and)\s+(?:[IVX]{1,4}|\d{1,2}|[A-H])\W*$", re.I)
# "Knowledge of:" and "Ability to:" inside a "Knowledge and Abilities" block are its sub-labels.
_COMPETENCY_KEYS = frozenset({"knowledge", "skills", "abilities"})
_SMALL_WORDS = frozenset({"of", "and", "or", "the", "to", "in", "for", "a", "an", "on", "at", "by", "with", "&"})


@dataclass(slots=True)
class RawSection:
    """A heading and the lines under it, as printed."""

    key: str
    heading: str | None
    lines: list[Line] = field(default_factory=list)
    start_line: int = 0
    end_line: int = 0
    page: int | None = None
    known: bool = True

    def content(self) -> list[Line]:
        return [line for line in self.lines if line.text]


@dataclass(slots=True)
class Split:
    """The document cut at its headings: text before the first, the sections, text after the last."""

    preamble: list[Line]
    sections: list[RawSection]
    trailer: list[Line]
    fields: list[Line] = field(default_factory=list)  # "Label: value" field-list lines, wherever they stood


@dataclass(frozen=True, slots=True)
class _Heading:
    key: str
    text: str
    rest: str
    known: bool
    consumed: int = 1  # a heading split over two lines consumes both


def split_sections(lines: list[Line], vocab: Vocabulary) -> Split:
    """Cut the body at headings; unknown headings after the first known one open 'other' sections."""
    preamble: list[Line] = []
    sections: list[RawSection] = []
    fields: list[Line] = []
    levels: list[int | None] = []  # heading level of each section's heading
    index = 0
    while index < len(lines):
        line = lines[index]
        run = _field_list_length(lines, index, vocab)
        if run:
            block = lines[index : index + run]
            fields.extend(block)
            (sections[-1].lines if sections else preamble).extend(block)
            index += run
            continue
        in_competencies = bool(sections) and sections[-1].key == "knowledge_skills_abilities"
        heading = _heading_at(lines, index, vocab, seen_known=bool(sections), in_competencies=in_competencies)
        if heading is not None and (_nested(line, heading, levels) or _under_empty(heading, sections)):
            heading = None
        if heading is not None and not sections and _header_field(lines, index, heading):
            fields.append(line)
            heading = None
        if heading is None:
            (sections[-1].lines if sections else preamble).append(line)
            index += 1
            continue
        levels.append(line.heading_level)
        section = RawSection(
            key=heading.key,
            heading=heading.text,
            start_line=line.number,
            end_line=lines[index + heading.consumed - 1].number,
            page=line.page,
            known=heading.known,
        )
        if heading.rest:
            section.lines.append(Line(text=heading.rest, page=line.page, number=line.number))
        sections.append(section)
        index += heading.consumed
    if _is_banner(sections):
        # "JOB DESCRIPTION" over the title, then "DEFINITION": the first was the document's kind.
        banner = sections.pop(0)
        preamble.append(Line(text=banner.heading or "", number=banner.start_line, page=banner.page))
        preamble.extend(banner.lines)
    trailer = _cut_trailer(sections)
    for section in sections:
        numbered = [line.number for line in section.lines if line.text and line.number]
        if numbered:
            section.end_line = max(section.end_line, numbered[-1])
    return Split(preamble=preamble, sections=sections, trailer=trailer, fields=fields)


def _header_field(lines: list[Line], index: int, heading: _Heading) -> bool:
    """'Salary Range: $7,812 - $9,496 Monthly' over 'FLSA: Non-Exempt' in the title block is a field.

    A short header has too few fields to count as a field list, yet a salary there is one more
    labelled value of the header, not the start of a salary section.
    """
    # "Pay Grade: 25" / "Salary Range: J140" are labelled values just the same.
    if heading.key != "salary" or not ("$" in heading.rest or _GRADE_VALUE.match(heading.rest)):
        return False
    before = next((line.text for line in reversed(lines[:index]) if line.text.strip()), "")
    after = next((line.text for line in lines[index + 1 :] if line.text.strip()), "")
    return bool(_field(before) or _field(after))


def _is_banner(sections: list[RawSection]) -> bool:
    """The first heading names the document ("JOB DESCRIPTION") when only title-block lines follow it
    and a later heading opens the same kind of section."""
    if len(sections) < 2 or not sections[0].known:
        return False
    first = sections[0]
    if not any(section.key == first.key for section in sections[1:]):
        return False
    content = first.content()
    return len(content) <= MAX_BANNER_LINES and all(
        len(line.text) <= MAX_BANNER_CHARS and not line.text.rstrip().endswith(".") for line in content
    )


def _under_empty(heading: _Heading, sections: list[RawSection]) -> bool:
    """An unknown heading straight under a known one that has no text yet is its sub-heading.

    "QUALIFICATIONS" then "Minimum Experience and Training Requirements:" is one block.
    """
    return not heading.known and bool(sections) and sections[-1].known and not sections[-1].content()


def _nested(line: Line, heading: _Heading, levels: list[int | None]) -> bool:
    """An unknown heading one level below the current section's is a sub-heading inside it.

    A Markdown "### Clinical Care & Diagnostics" under "## Essential Duties" groups duties; it does
    not end the duties section.
    """
    if heading.known or not levels or line.heading_level is None:
        return False
    parent = levels[-1]
    return parent is not None and line.heading_level > parent


def _field_list_length(lines: list[Line], index: int, vocab: Vocabulary) -> int:
    """How many lines from ``index`` form a field list ("Title: X", "Salary: $Y", "Closing Date: Z"), or 0."""
    if index > 0 and _field(lines[index - 1].text):
        return 0  # only the start of a run counts
    end = index
    labels: list[str] = []
    while end < len(lines):
        match = _field(lines[end].text)
        if match is None:
            break
        labels.append(match)
        labels.extend(m.group("label") for m in _INLINE_FIELD.finditer(lines[end].text))
        end += 1
    if len(labels) < FIELD_LIST_MIN_LINES or end - index < FIELD_LIST_MIN_ROWS:
        return 0
    known = sum(1 for label in labels if vocab.lookup(label) is not None)
    return end - index if known * 2 <= len(labels) else 0


def _field(text: str) -> str | None:
    match = _FIELD.match(text)
    if not match or LIST_MARKER.match(text):
        return None
    label, value = match.group("label").strip(), match.group("value").strip()
    if len(label.split()) > MAX_FIELD_LABEL_WORDS or len(value) > MAX_FIELD_VALUE_CHARS:
        return None
    return label


def _heading_at(
    lines: list[Line], index: int, vocab: Vocabulary, *, seen_known: bool, in_competencies: bool = False
) -> _Heading | None:
    line = lines[index]
    text = line.text.strip()
    if not text or line.list_item or _LABELLED_CONNECTOR.match(text):
        return None
    label = _label_heading(text, vocab)
    if label is not None and not (in_competencies and label.key in _COMPETENCY_KEYS):
        return label  # "Experience: Any combination of …" opens a section however long the line
    if len(text) > MAX_HEADING_CHARS:
        return None
    banner = _BANNER.match(text)
    if banner:
        text = banner.group("inner")  # "=== JOB DESCRIPTION ===" in postings saved as text
    if not _could_be_heading(text):
        return None
    styled = line.heading_level is not None or line.bold or _is_caps(text) or bool(banner)
    bare = text.rstrip(":").strip()
    key = vocab.lookup(bare)
    if key is not None and vocab.is_connector(bare):
        return None
    if key is not None and styled and _continues(lines, index, bare):
        # "KNOWLEDGE, SKILLS" over "AND ABILITIES": the first line is a heading of its own, but the
        # trailing comma or the next line's "and …" shows the heading runs on.
        joined = _two_line_heading(lines, index, bare, vocab)
        if joined is not None:
            return joined
    if key is not None and (styled or _stands_alone(lines, index, bare)):
        return _Heading(key=key, text=bare, rest="", known=True)
    if not styled:
        if seen_known and _titled_alone(lines, index, bare, vocab):
            return _Heading(key="other", text=bare, rest="", known=False)
        return None
    joined = _two_line_heading(lines, index, bare, vocab)
    if joined is not None:
        return joined
    if seen_known and _looks_like_unknown_heading(bare, vocab):
        return _Heading(key="other", text=bare, rest="", known=False)
    return None


def _label_heading(text: str, vocab: Vocabulary) -> _Heading | None:
    """'Education: Graduation from high school…' opens an education section with that text."""
    match = _LABEL.match(text)
    if not match:
        return None
    label = match.group("label").strip()
    rest = match.group("rest").strip()
    if len(label.split()) > MAX_LABEL_WORDS or re.search(r"\d{2}", label):
        return None
    if rest and (is_date_only(rest) or DATE_RE.fullmatch(rest)):
        return None  # "Closing Date: 5/1/2019" is a value, not a section
    key = vocab.lookup(label)
    if key is None:
        return None
    return _Heading(key=key, text=label, rest=rest, known=True)


def _could_be_heading(text: str) -> bool:
    words = text.split()
    if len(text) > MAX_HEADING_CHARS or len(words) > MAX_HEADING_WORDS:
        return False
    if "$" in text or DATE_RE.search(text):
        return False
    return not LIST_MARKER.match(text) or bool(_OUTLINE_PREFIX.match(text))


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _stands_alone(lines: list[Line], index: int, bare: str) -> bool:
    """A plain line like 'Knowledge' is a heading when it is short and sits on its own."""
    if len(bare.split()) > MAX_PLAIN_HEADING_WORDS or _SENTENCE_END.search(bare):
        return False
    previous = lines[index - 1].text if index > 0 else ""
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    return not previous.strip() or not following.strip() or lines[index].text.rstrip().endswith(":")


def _titled_alone(lines: list[Line], index: int, bare: str, vocab: Vocabulary) -> bool:
    """A short Title Case line after a blank line, over a paragraph, is a heading in plain text.

    Postings saved as text keep headings such as "Accommodations" or "Description of Work" only as
    lines of their own; without this the section before runs on over them.
    """
    words = bare.split()
    if (
        len(words) > MAX_PLAIN_HEADING_WORDS
        or _SENTENCE_END.search(bare)
        or not _looks_like_unknown_heading(bare, vocab)
    ):
        return False
    if any(w[:1].islower() and w.lower() not in _SMALL_WORDS for w in words) or not words[0][:1].isupper():
        return False
    previous = lines[index - 1].text.strip() if index > 0 else ""
    after = next((line.text.strip() for line in lines[index + 1 :] if line.text.strip()), "")
    return not previous and len(after) >= MIN_PARAGRAPH_CHARS


def _continues(lines: list[Line], index: int, bare: str) -> bool:
    following = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
    return bool(following) and (bare.endswith(",") or bool(_RUNS_ON.match(following)))


def _two_line_heading(lines: list[Line], index: int, bare: str, vocab: Vocabulary) -> _Heading | None:
    """'MINIMUM' over 'QUALIFICATIONS' (narrow PDF columns) is one heading."""
    if index + 1 >= len(lines):
        return None
    following = lines[index + 1].text.strip().rstrip(":")
    both_bold = lines[index].bold and lines[index + 1].bold  # "Minimum" over "Qualifications" in a bold cell
    if not following or not (both_bold or (_is_caps(following) and _is_caps(bare))):
        return None
    joined = f"{bare} {following}"
    if len(joined.split()) > MAX_HEADING_WORDS:
        return None
    key = vocab.lookup(joined)
    if key is None:
        return None
    return _Heading(key=key, text=joined, rest="", known=True, consumed=2)


def _looks_like_unknown_heading(bare: str, vocab: Vocabulary) -> bool:
    words = bare.split()
    if not 1 <= len(words) <= MAX_UNKNOWN_HEADING_WORDS or vocab.is_connector(bare):
        return False
    if _SENTENCE_END.search(bare) or bare.endswith(("?", "!")):
        return False
    letters = sum(c.isalpha() for c in bare)
    return letters >= 4 and letters >= len(bare.replace(" ", "")) * 0.6


def _cut_trailer(sections: list[RawSection]) -> list[Line]:
    """Lift revision stamps ("r: 6/23/09", "Revised 4/12/2006") off the end of the last section."""
    if not sections:
        return []
    last = sections[-1].lines
    cut = len(last)
    for position in range(len(last) - 1, -1, -1):
        text = last[position].text
        if not text:
            continue
        if _is_stamp(text):
            cut = position
            continue
        break
    trailer = last[cut:]
    del last[cut:]
    return trailer if any(line.text for line in trailer) else []


def _is_stamp(text: str) -> bool:
    if is_date_only(text):
        return True
    match = _LABEL.match(text)
    return bool(match and len(match.group("label").split()) <= 6 and is_date_only(match.group("rest")))
